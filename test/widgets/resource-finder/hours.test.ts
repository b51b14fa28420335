import {expect} from '@open-wc/testing';
import {formatTime, hoursLines, openState, wallClock, weekdayName} from '../../../src/widgets/resource-finder/hours.js';

// Late November 2026 is Pacific Standard Time (UTC-8); 2026-11-24 is a Tuesday.
const pst = (day: number, hhmm: string) => new Date(`2026-11-${String(day).padStart(2, '0')}T${hhmm}:00-08:00`);
const tueToThu = {weekly: [{days: ['tu', 'we', 'th'] as ('tu' | 'we' | 'th')[], opens: '09:00', closes: '12:00'}]};
const overnight = {weekly: [{days: ['fr', 'sa'] as ('fr' | 'sa')[], opens: '22:00', closes: '02:00'}]};

describe('resource finder: hours', () => {
  it('reads the wall clock in the hours time zone', () => {
    expect(wallClock(pst(24, '10:30'), 'America/Los_Angeles')).to.deep.equal({day: 1, minute: 630});
    expect(wallClock(pst(24, '10:30'), 'America/New_York')).to.deep.equal({day: 1, minute: 810});
  });

  it('is open inside a range, and says when it closes', () => {
    expect(openState(tueToThu, pst(24, '10:00'))).to.deep.equal({status: 'open', closes: '12:00'});
    expect(openState(tueToThu, pst(24, '09:00'))).to.deep.equal({status: 'open', closes: '12:00'});
  });

  it('is closed at closing time and gives the next opening', () => {
    expect(openState(tueToThu, pst(24, '12:00'))).to.deep.equal({status: 'closed', next: {day: 'we', opens: '09:00'}});
    expect(openState(tueToThu, pst(24, '08:59'))).to.deep.equal({status: 'closed', next: {day: 'tu', opens: '09:00'}});
    // Thursday afternoon: next Tuesday.
    expect(openState(tueToThu, pst(26, '13:00'))).to.deep.equal({status: 'closed', next: {day: 'tu', opens: '09:00'}});
  });

  it('handles ranges past midnight', () => {
    expect(openState(overnight, pst(27, '23:00'))).to.deep.equal({status: 'open', closes: '02:00'}); // Friday night
    expect(openState(overnight, pst(28, '01:00'))).to.deep.equal({status: 'open', closes: '02:00'}); // early Saturday
    expect(openState(overnight, pst(29, '01:59'))).to.deep.equal({status: 'open', closes: '02:00'}); // early Sunday
    expect(openState(overnight, pst(29, '02:00'))).to.deep.equal({status: 'closed', next: {day: 'fr', opens: '22:00'}});
    expect(openState(overnight, pst(30, '01:00')).status).to.equal('closed'); // early Monday
  });

  it('treats 00:00–24:00 and open247 as open all day', () => {
    expect(openState({weekly: [{days: ['tu'], opens: '00:00', closes: '24:00'}]}, pst(24, '23:59'))).to.deep.equal({
      status: 'open',
    });
    expect(openState({open247: true}, pst(24, '03:00'))).to.deep.equal({status: 'open'});
  });

  it('never calls unknown hours closed', () => {
    expect(openState(undefined, pst(24, '10:00'))).to.deep.equal({status: 'unknown'});
    expect(openState({weekly: []}, pst(24, '10:00'))).to.deep.equal({status: 'unknown'});
    expect(openState({note: {en: 'By appointment'}}, pst(24, '10:00'))).to.deep.equal({status: 'unknown'});
  });

  it('uses the hours own time zone, else the fallback zone', () => {
    const ny = {timeZone: 'America/New_York', weekly: [{days: ['tu'] as 'tu'[], opens: '09:00', closes: '17:00'}]};
    expect(openState(ny, pst(24, '06:30')).status).to.equal('open'); // 9:30 in New York
    const plain = {weekly: [{days: ['tu'] as 'tu'[], opens: '09:00', closes: '17:00'}]};
    expect(openState(plain, pst(24, '06:30'), 'America/New_York').status).to.equal('open');
    expect(openState(plain, pst(24, '06:30')).status).to.equal('closed');
  });

  it('writes times and days in the person’s language', () => {
    expect(formatTime('09:00', 'en')).to.equal('9:00 AM');
    expect(formatTime('17:30', 'es')).to.match(/17:30|5:30/);
    expect(weekdayName('tu', 'en')).to.equal('Tue');
    expect(weekdayName('tu', 'es', 'long')).to.equal('martes');
    expect(hoursLines(tueToThu, 'en')).to.deep.equal(['Tue, Wed, Thu 9:00 AM – 12:00 PM']);
    expect(hoursLines(undefined, 'en')).to.deep.equal([]);
  });
});
