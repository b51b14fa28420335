import {expect} from '@open-wc/testing';
import {importCalendar, plainText} from '../../src/import/calendar.js';
import {fixture, TODAY, zipTable} from './helpers.js';

describe('a Google Calendar export (.ics)', () => {
  it('becomes events through the calendar widget reader, each problem at its VEVENT line', async () => {
    const part = await importCalendar(await fixture('workshops.ics'), {file: 'workshops.ics', today: TODAY, zipTable: await zipTable()});
    expect(part.records.events.map((e) => e.id)).to.deep.equal([
      'ics-4kq1example0weekly_google.com',
      'ics-7abcexamplefair_google.com',
      'ics-9zzexamplewebinar_google.com',
    ]);
    expect(part.problems.map((p) => `${p.line}: ${p.severity}: ${p.message}`)).to.deep.equal([
      '71: error: event "no-title-example@google.com" left out: it has no title (SUMMARY)',
      '26: warning: HTML in the description was turned into plain text',
      `undefined: note: 1 event(s) that ended before today (${TODAY}) were left out`,
    ]);
    const weekly = part.records.events[0]!;
    expect(weekly.recurrence!.rrule).to.equal('FREQ=WEEKLY;BYDAY=TU');
    expect(weekly.description!.en).to.equal('Taller gratuito. Traiga sus preguntas.\n\nMás información: example.org/talleres');
    expect(weekly.location).to.deep.include({name: {en: 'Biblioteca Ejemplo'}, county: '06019'});
    expect(weekly.location!.address).to.deep.equal({street: '1 Example St', city: 'Fresno', state: 'CA', zip: '93721'});
    expect(weekly.counties).to.deep.equal(['06019']);
    expect(weekly.provenance).to.deep.equal({name: 'workshops.ics', asOf: TODAY, derived: ['county from the ZIP code', 'coordinates: ZIP code centroid']});
    const webinar = part.records.events[2]!;
    expect([webinar.start, webinar.timeZone, webinar.format]).to.deep.equal(['2027-01-20T18:00', 'America/Los_Angeles', 'online']);
  });

  it('refuses an unsafe link in a feed', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270105T180000Z\r\nSUMMARY:Taller\r\nURL:javascript:alert(1)\r\nLOCATION:Example Hall\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const part = await importCalendar(ics, {file: 'c.ics', today: TODAY});
    expect(JSON.stringify(part.records.events)).not.to.include('javascript');
    expect(part.problems[0]!.message).to.match(/^link: "javascript:alert\(1\)" is not a web address/);
    expect(part.problems[0]!.line).to.equal(3);
  });

  it('turns HTML descriptions into plain text', () => {
    expect(plainText('A<br>B &amp; C<ul><li>one</li><li>two</li></ul>')).to.equal('A\nB & C- one\n- two');
    expect(plainText('no html here')).to.equal('no html here');
  });
});
