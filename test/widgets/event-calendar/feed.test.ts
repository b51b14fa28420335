import {expect} from '@open-wc/testing';
import {FeedError, feedAdvice, loadFeed, parseFeed} from '../../../src/widgets/event-calendar/feed.js';
import {expandEvents} from '../../../src/core/events/occurrences.js';

const FEED = new URL('../../fixtures/event-calendar/feed.ics', import.meta.url).href;
const GARBAGE = new URL('../../fixtures/event-calendar/garbage.ics', import.meta.url).href;
const MISSING = new URL('../../fixtures/event-calendar/missing.ics', import.meta.url).href;
const OPTIONS = {language: 'en', zone: 'America/New_York', organizer: 'example.org'};
const HOUR = 3_600_000;

describe('ics-src feed (ical.js)', () => {
  it('converts VEVENTs to wall time + zone events, with RRULE, EXDATE and RECURRENCE-ID', async () => {
    const {events, problems} = await loadFeed(FEED, OPTIONS);
    const byId = new Map(events.map((e) => [e.id, e]));
    const weekly = byId.get('ics-kyr-weekly_example.org')!;
    expect(!!weekly).to.equal(true);
    expect(weekly.start).to.equal('2026-12-01T18:00');
    expect(weekly.end).to.equal('2026-12-01T19:00');
    expect(weekly.timeZone).to.equal('America/Los_Angeles');
    expect(weekly.title).to.deep.equal({en: 'Taller: conozca sus derechos', es: 'Taller: conozca sus derechos'});
    expect(weekly.languages).to.deep.equal(['es']);
    expect(weekly.type).to.equal('kyr-workshop');
    expect(weekly.format).to.equal('in-person');
    expect(weekly.location).to.deep.equal({locality: 'Example Library, 1 Example St, Fresno'});
    expect(weekly.organizer.name).to.equal('Example Coalition (fictional)');
    expect(weekly.recurrence!.rrule).to.equal('FREQ=WEEKLY;COUNT=16;BYDAY=TU'); // ical.js's order
    // Its own EXDATE, plus the date replaced by the RECURRENCE-ID instance.
    expect(weekly.recurrence!.exdates).to.deep.equal(['2026-12-08T18:00', '2026-12-15T18:00']);
    const moved = events.find((e) => e.id.startsWith('ics-kyr-weekly_example.org-'))!;
    expect(moved.start).to.equal('2026-12-15T19:00');
    expect(!!moved.recurrence).to.equal(false);

    // A UTC single event reads in the calendar's X-WR-TIMEZONE; DURATION gives the end; URL makes it online.
    const webinar = byId.get('ics-webinar-utc_example.org')!;
    expect([webinar.start, webinar.end, webinar.timeZone]).to.deep.equal(['2026-12-05T09:00', '2026-12-05T10:30', 'America/Los_Angeles']);
    expect(webinar.format).to.equal('online');
    expect(webinar.online?.url).to.equal('https://example.org/webinar');
    expect(webinar.type).to.equal('legal-clinic');

    // All-day: DTEND is exclusive in iCalendar, inclusive in our model.
    const fair = byId.get('ics-fair-allday_example.org')!;
    expect([fair.start, fair.end, fair.status]).to.deep.equal(['2026-12-10', '2026-12-11', 'cancelled']);

    // Unsupported and broken VEVENTs are reported, not thrown.
    expect(problems.map((p) => p.id)).to.deep.equal(['yearly@example.org', 'no-start@example.org']);
    expect(problems[0]!.reason).to.contain('FREQ');
    expect(problems[1]!.reason).to.contain('DTSTART');

    // The unknown zone passes conversion and is skipped (with a report) by the expander.
    const expanded = expandEvents(events, {from: Date.UTC(2026, 10, 27), to: Date.UTC(2027, 3, 1)});
    expect(expanded.problems.map((p) => p.id)).to.deep.equal(['ics-mars_example.org']);
    const series = expanded.occurrences.filter((o) => o.event === weekly);
    expect(series.length).to.equal(14); // 16 minus the EXDATE and the moved date
    // 6 pm in Los Angeles on both sides of the 2027-03-14 DST change.
    for (const o of series) expect(new Date(o.start).toLocaleTimeString('en-US', {timeZone: 'America/Los_Angeles', hour: 'numeric'})).to.equal('6 PM');
    const utcHours = new Set(series.map((o) => new Date(o.start).getUTCHours()));
    expect([...utcHours].sort()).to.deep.equal([1, 2]);
    expect(series.at(-1)!.end - series.at(-1)!.start).to.equal(HOUR);
  });

  it('reads Windows and prefixed TZIDs, floating times in the fallback zone', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:w',
      'DTSTART;TZID=Pacific Standard Time:20261201T180000',
      'SUMMARY:Windows zone',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:m',
      'DTSTART;TZID=/mozilla.org/20070129_1/America/Chicago:20261201T180000',
      'SUMMARY:Prefixed zone',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:f',
      'DTSTART:20261201T180000',
      'RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20270601T000000Z',
      'RDATE:20261224T180000',
      'SUMMARY:Floating',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const {events, problems} = parseFeed(ics, OPTIONS);
    expect(problems).to.deep.equal([]);
    expect(events.map((e) => e.timeZone)).to.deep.equal(['America/Los_Angeles', 'America/Chicago', 'America/New_York']);
    expect(events[2]!.recurrence).to.deep.equal({rrule: 'FREQ=MONTHLY;BYDAY=2SA;UNTIL=20270601T000000Z', rdates: ['2026-12-24T18:00']});
    expect(events[0]!.title).to.deep.equal({en: 'Windows zone'});
  });

  it('rejects garbage and missing feeds with a reason for the site owner', async () => {
    let error: unknown;
    try {
      await loadFeed(GARBAGE, OPTIONS);
    } catch (e) {
      error = e;
    }
    expect(error instanceof FeedError && error.kind).to.equal('parse');
    expect(feedAdvice(GARBAGE, error, location.origin)).to.contain('not a usable iCalendar');
    error = undefined;
    try {
      await loadFeed(MISSING, OPTIONS);
    } catch (e) {
      error = e;
    }
    expect(error instanceof FeedError && error.kind).to.equal('http');
    expect(String((error as Error).message)).to.contain('404');
    // Another origin that does not answer (as a CORS refusal looks to the page): explain the header.
    error = undefined;
    try {
      await loadFeed('http://127.0.0.1:9/feed.ics', OPTIONS);
    } catch (e) {
      error = e;
    }
    expect(error instanceof FeedError && error.kind).to.equal('network');
    const advice = feedAdvice('http://127.0.0.1:9/feed.ics', error, location.origin);
    expect(advice).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
    expect(advice).to.contain('your own site');
    expect(advice).to.contain('connect-src');
  });

  it('skips a calendar that is not a VCALENDAR', () => {
    let error: unknown;
    try {
      parseFeed('BEGIN:VCARD\r\nFN:Someone\r\nEND:VCARD\r\n', OPTIONS);
    } catch (e) {
      error = e;
    }
    expect(error instanceof FeedError && error.kind).to.equal('parse');
  });
});
