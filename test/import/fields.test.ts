import {expect} from '@open-wc/testing';
import {readCost, readCounty, readDate, readEmails, readHours, readOneLineAddress, readPhones, readUrl} from '../../src/import/fields.js';

describe('cell readers', () => {
  it('refuses javascript:, data: and other non-web links, through the safe-URL check', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:void(0)', 'data:text/html,<script>x</script>', 'vbscript:x', 'mailto:a@example.org', 'not a link']) {
      expect(readUrl(bad).value, bad).to.equal(undefined);
    }
    expect(readUrl('https://example.org/help')).to.deep.equal({value: 'https://example.org/help'});
    expect(readUrl('www.example.org')).to.deep.equal({value: 'https://www.example.org', changed: '"https://" added: https://www.example.org'});
  });

  it('checks phone numbers with the schema pattern, rewrites bare digits and reads labels', () => {
    const {phones, problems} = readPhones('Main: (559) 555-0100; 5595550101 ext 2, WhatsApp: +1 559 555 0102 / 555-CALL');
    expect(phones).to.deep.equal([
      {number: '(559) 555-0100', label: 'Main'},
      {number: '(559) 555-0101 x2'},
      {number: '+1 559 555 0102', label: 'WhatsApp', kind: 'whatsapp'},
    ]);
    expect(problems).to.deep.equal([
      'phone "5595550101 ext 2" written as (559) 555-0101 x2',
      'phone "555-CALL" is not a phone number like (415) 555-0100; left out',
    ]);
  });

  it('checks emails', () => {
    expect(readEmails('info@example.org; ayuda@example.org, nope@')).to.deep.equal({
      emails: ['info@example.org', 'ayuda@example.org'],
      problems: ['email "nope@" is not an email address like info@example.org; left out'],
    });
  });

  it('reads weekly hours in English and Spanish, and keeps what it cannot read as a note', () => {
    const week = (t: string) => readHours(t, 'en').hours.weekly;
    expect(week('Mon-Fri 9am-5pm')).to.deep.equal([{days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00'}]);
    expect(week('Lunes a viernes 9 a 5; sábado 10:00-14:00')).to.deep.equal([
      {days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00'},
      {days: ['sa'], opens: '10:00', closes: '14:00'},
    ]);
    expect(week('Tue & Thu 1-5')).to.deep.equal([{days: ['tu', 'th'], opens: '13:00', closes: '17:00'}]);
    expect(week('M-F 12-3pm')).to.deep.equal([{days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '12:00', closes: '15:00'}]);
    expect(readHours('24/7', 'en').hours).to.deep.equal({open247: true});
    expect(readHours('By appointment', 'es')).to.deep.equal({hours: {note: {en: 'By appointment', es: 'By appointment'}}, parsed: false});
    expect(readHours('Mon-Fri 9-5 (closed on holidays)', 'en').hours.note).to.deep.equal({en: 'closed on holidays'});
  });

  it('reads cost, counties, dates and one-line addresses', () => {
    expect(readCost('Gratis').value).to.deep.equal({type: 'free'});
    expect(readCost('$50 consultation').value).to.deep.equal({type: 'fee', amount: 50, currency: 'USD', note: {en: '$50 consultation'}});
    expect(readCost('Donations').value).to.equal(undefined);
    expect([readCounty('Los Angeles'), readCounty('LA County'), readCounty('Condado de Fresno'), readCounty('06075'), readCounty('Nowhere')]).to.deep.equal(
      ['06037', '06037', '06019', '06075', undefined],
    );
    expect([readDate('2026-11-30'), readDate('11/30/2026'), readDate('30/11/2026'), readDate('2026-02-30')]).to.deep.equal(
      ['2026-11-30', '2026-11-30', '2026-11-30', undefined],
    );
    expect(readOneLineAddress('Biblioteca, 1 Example St, Suite 2, Fresno, CA 93721, USA')).to.deep.equal({
      street: '1 Example St',
      suite: 'Suite 2',
      city: 'Fresno',
      state: 'CA',
      zip: '93721',
      name: 'Biblioteca',
    });
    expect(readOneLineAddress('Example Park')).to.equal(undefined);
  });
});
