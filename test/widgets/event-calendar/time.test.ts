import {expect} from '@open-wc/testing';
import {rrulestr} from 'rrule';
import type {CommunityEvent} from '../../../src/core/dataset/schema/index.js';
import {RecurrenceError, WEEKDAY_CODES, expandRule, parseRule} from '../../../src/core/events/recurrence.js';
import {expandEvent, expandEvents} from '../../../src/core/events/occurrences.js';
import {exactOffset, formatWall, parseWall, toInstant, toWall} from '../../../src/core/events/tz.js';

const LA = 'America/Los_Angeles';
const wall = (s: string) => parseWall(s)!;
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
/** Local clock reading in `zone` of instant `t`, e.g. `2026-03-10T18:00`. */
const local = (t: number, zone: string) => formatWall(toWall(t, zone));

function event(partial: Partial<CommunityEvent> = {}): CommunityEvent {
  return {
    id: 'evt-test',
    type: 'kyr-workshop',
    title: {en: 'Test workshop'},
    start: '2026-03-03T18:00',
    end: '2026-03-03T19:30',
    timeZone: LA,
    format: 'online',
    online: {url: 'https://example.org/meet'},
    languages: ['es'],
    organizer: {name: 'Example Org'},
    ...partial,
  } as CommunityEvent;
}

describe('tz', () => {
  it('converts wall time to UTC on both sides of a DST change', () => {
    expect(iso(toInstant(wall('2026-03-07T18:00'), LA))).to.equal('2026-03-08T02:00');
    expect(iso(toInstant(wall('2026-03-09T18:00'), LA))).to.equal('2026-03-10T01:00');
    expect(iso(toInstant(wall('2026-07-01T09:00'), 'America/New_York'))).to.equal('2026-07-01T13:00');
    expect(iso(toInstant(wall('2026-07-01T09:00'), 'America/Phoenix'))).to.equal('2026-07-01T16:00');
    expect(iso(toInstant(wall('2026-07-01T09:00'), 'Asia/Kolkata'))).to.equal('2026-07-01T03:30');
    expect(iso(toInstant(wall('2026-07-01T09:00'), 'UTC'))).to.equal('2026-07-01T09:00');
  });

  it('moves a time in a spring-forward gap forward by the gap (Temporal "compatible")', () => {
    // 2:30 does not exist on 2026-03-08 in Los Angeles: it becomes 3:30 PDT.
    const t = toInstant(wall('2026-03-08T02:30'), LA);
    expect(iso(t)).to.equal('2026-03-08T10:30');
    expect(local(t, LA)).to.equal('2026-03-08T03:30');
    // Lord Howe Island skips 30 minutes (2:00 -> 2:30) on 2026-10-04.
    const lh = toInstant(wall('2026-10-04T02:10'), 'Australia/Lord_Howe');
    expect(local(lh, 'Australia/Lord_Howe')).to.equal('2026-10-04T02:40');
  });

  it('takes the earlier instant of a time repeated in a fall-back overlap', () => {
    const t = toInstant(wall('2026-11-01T01:30'), LA);
    expect(iso(t)).to.equal('2026-11-01T08:30'); // 1:30 PDT, not 1:30 PST (09:30Z)
    expect(iso(toInstant(wall('2026-11-01T02:00'), LA))).to.equal('2026-11-01T10:00');
    expect(iso(toInstant(wall('2026-11-01T00:59'), LA))).to.equal('2026-11-01T07:59');
  });

  it('round-trips every half hour of 2026 in eight zones (gaps shift by their length)', () => {
    const zones = [LA, 'America/New_York', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago'];
    let checked = 0;
    for (const zone of zones) {
      for (let w = wall('2026-01-01T00:00'); w < wall('2027-01-01T00:00'); w += 1_800_000) {
        const t = toInstant(w, zone);
        const back = toWall(t, zone);
        if (back !== w) {
          // Only allowed in a gap: the result is later by the gap, and `w` itself never occurs.
          const gap = exactOffset(zone, t) - exactOffset(zone, t - 86_400_000);
          expect(back - w, `${zone} ${formatWall(w)}`).to.equal(gap);
        }
        if (exactOffset(zone, t - 3_600_000) !== exactOffset(zone, t)) {
          // Near a transition: no earlier instant may show the same wall time.
          for (let e = t - 3 * 3_600_000; e < t; e += 60_000) expect(toWall(e, zone) === w).to.equal(false);
        }
        checked++;
      }
    }
    expect(checked).to.equal(8 * 365 * 48);
  });

  it('rejects impossible dates', () => {
    expect(parseWall('2026-02-30')).to.equal(undefined);
    expect(parseWall('2026-02-29T10:00')).to.equal(undefined);
    expect(parseWall('2028-02-29T10:00')).to.be.a('number');
    expect(parseWall('2026-13-01')).to.equal(undefined);
    expect(parseWall('tomorrow')).to.equal(undefined);
  });
});

describe('recurrence', () => {
  const expand = (rule: string, start: string, to = '2027-12-31T23:59') =>
    expandRule(parseRule(rule), wall(start), {to: wall(to), toUtc: (w) => toInstant(w, LA)}).map((w) => formatWall(w));

  it('keeps a weekly 18:00 Los Angeles series at 18:00 across both DST changes of 2026', () => {
    const e = event({start: '2026-02-24T18:00', end: '2026-02-24T19:30', recurrence: {rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=40'}});
    const occ = expandEvent(e, {from: 0, to: Date.UTC(2028, 0, 1)});
    expect(occ.length).to.equal(40);
    for (const o of occ) {
      expect(local(o.start, LA).slice(11)).to.equal('18:00');
      expect(local(o.end, LA).slice(11)).to.equal('19:30');
    }
    // 18:00 PST = 02:00Z the next day; 18:00 PDT = 01:00Z.
    expect(iso(occ[1]!.start)).to.equal('2026-03-04T02:00');
    expect(iso(occ[2]!.start)).to.equal('2026-03-11T01:00');
    const nov = occ.filter((o) => local(o.start, LA).startsWith('2026-11'));
    expect(nov.map((o) => iso(o.start))).to.deep.equal(['2026-11-04T02:00', '2026-11-11T02:00', '2026-11-18T02:00', '2026-11-25T02:00']);
    expect(iso(occ.find((o) => local(o.start, LA).startsWith('2026-10-27'))!.start)).to.equal('2026-10-28T01:00');
  });

  it('expands ordinals, last days and intervals', () => {
    expect(expand('FREQ=MONTHLY;BYDAY=1MO;COUNT=4', '2026-01-05T10:00')).to.deep.equal([
      '2026-01-05T10:00', '2026-02-02T10:00', '2026-03-02T10:00', '2026-04-06T10:00',
    ]);
    expect(expand('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', '2026-01-30T19:00')).to.deep.equal([
      '2026-01-30T19:00', '2026-02-27T19:00', '2026-03-27T19:00',
    ]);
    expect(expand('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4', '2026-01-31T09:00')).to.deep.equal([
      '2026-01-31T09:00', '2026-02-28T09:00', '2026-03-31T09:00', '2026-04-30T09:00',
    ]);
    // The 31st only in months that have one.
    expect(expand('FREQ=MONTHLY;COUNT=3', '2026-01-31T09:00')).to.deep.equal(['2026-01-31T09:00', '2026-03-31T09:00', '2026-05-31T09:00']);
    expect(expand('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5', '2026-01-05T12:00')).to.deep.equal([
      '2026-01-05T12:00', '2026-01-08T12:00', '2026-01-19T12:00', '2026-01-22T12:00', '2026-02-02T12:00',
    ]);
    expect(expand('FREQ=DAILY;INTERVAL=3;COUNT=3', '2026-02-27T08:00')).to.deep.equal(['2026-02-27T08:00', '2026-03-02T08:00', '2026-03-05T08:00']);
  });

  it('stops at UNTIL (date, floating or UTC), inclusive', () => {
    expect(expand('FREQ=WEEKLY;UNTIL=20260120', '2026-01-06T18:00')).to.deep.equal(['2026-01-06T18:00', '2026-01-13T18:00', '2026-01-20T18:00']);
    expect(expand('FREQ=WEEKLY;UNTIL=20260120T180000', '2026-01-06T18:00')).to.have.length(3);
    // 2026-01-21T02:00Z is 18:00 PST on the 20th.
    expect(expand('FREQ=WEEKLY;UNTIL=20260121T020000Z', '2026-01-06T18:00')).to.have.length(3);
    expect(expand('FREQ=WEEKLY;UNTIL=20260121T015900Z', '2026-01-06T18:00')).to.have.length(2);
  });

  it('applies EXDATE and RDATE', () => {
    const e = event({
      start: '2026-12-01T18:00',
      end: '2026-12-01T19:00',
      recurrence: {rrule: 'FREQ=WEEKLY;COUNT=5', exdates: ['2026-12-15T18:00', '2026-12-29'], rdates: ['2026-12-31T10:00', '2027-01-05']},
    });
    const keys = expandEvent(e, {from: 0, to: Date.UTC(2028, 0, 1)}).map((o) => o.key);
    expect(keys).to.deep.equal([
      'evt-test@2026-12-01T18:00', 'evt-test@2026-12-08T18:00', 'evt-test@2026-12-22T18:00', 'evt-test@2026-12-31T10:00', 'evt-test@2027-01-05T18:00',
    ]);
  });

  it('rejects rules outside the subset with a typed error', () => {
    for (const bad of [
      'FREQ=YEARLY', 'FREQ=HOURLY', 'FREQ=WEEKLY;BYSETPOS=1', 'FREQ=WEEKLY;BYHOUR=9', 'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=MONTHLY;BYDAY=6MO', 'FREQ=MONTHLY;BYMONTHDAY=0', 'FREQ=MONTHLY;BYMONTHDAY=32', 'FREQ=WEEKLY;BYMONTHDAY=1',
      'FREQ=DAILY;INTERVAL=0', 'FREQ=DAILY;COUNT=2;UNTIL=20270101', 'FREQ=DAILY;UNTIL=20260230', 'FREQ=DAILY;BYDAY=XX',
      'FREQ=DAILY;;', 'INTERVAL=2', 'FREQ=DAILY;FREQ=WEEKLY',
    ]) {
      expect(() => parseRule(bad), bad).to.throw(RecurrenceError);
    }
  });

  it('skips and reports events it cannot expand, keeping the rest', () => {
    const {occurrences, problems} = expandEvents(
      [
        event({id: 'ok'}),
        event({id: 'zone', timeZone: 'Mars/Olympus_Mons'}),
        event({id: 'date', start: '2026-02-30T10:00', end: undefined}),
        event({id: 'rule', recurrence: {rrule: 'FREQ=WEEKLY;BYSETPOS=2'}}),
        event({id: 'exdate', recurrence: {rrule: 'FREQ=WEEKLY', exdates: ['2026-04-31T18:00']}}),
        event({id: 'end', end: '2026-03-03'}),
      ],
      {from: 0, to: Date.UTC(2027, 0, 1)},
    );
    expect(occurrences.map((o) => o.event.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => p.id)).to.deep.equal(['zone', 'date', 'rule', 'exdate', 'end']);
  });

  it('hides past occurrences, keeps ongoing ones, and sorts', () => {
    const now = toInstant(wall('2026-03-17T18:30'), LA);
    const {occurrences} = expandEvents(
      [
        event({id: 'b', title: {en: 'B'}, recurrence: {rrule: 'FREQ=WEEKLY;COUNT=4'}}),
        event({id: 'a', title: {en: 'A'}, start: '2026-03-24T18:00', end: '2026-03-24T19:00'}),
        event({id: 'day', start: '2026-03-17', end: '2026-03-17'}),
      ],
      {from: now, to: now + 30 * 86_400_000},
    );
    expect(occurrences.map((o) => o.key)).to.deep.equal(['day@2026-03-17', 'b@2026-03-17T18:00', 'a@2026-03-24T18:00', 'b@2026-03-24T18:00']);
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const icsWall = (w: number) => formatWall(w).replace(/[-:]/g, '') + '00';

describe('recurrence against the rrule library', () => {
  it('matches rrule@2 (floating time) on 3,000 generated rules', () => {
    const rnd = random(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const days = () => [...new Set(Array.from({length: 1 + Math.floor(rnd() * 3)}, () => pick(WEEKDAY_CODES)))];
    let compared = 0;
    let occurrences = 0;
    for (let i = 0; i < 3000; i++) {
      const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY'] as const);
      const parts = [`FREQ=${freq}`];
      if (rnd() < 0.5) parts.push(`INTERVAL=${1 + Math.floor(rnd() * 4)}`);
      if (freq === 'MONTHLY') {
        const mode = rnd();
        if (mode < 0.35) parts.push(`BYDAY=${days().map((d) => `${pick([1, 2, 3, 4, -1, -2])}${d}`).join(',')}`);
        else if (mode < 0.7) parts.push(`BYMONTHDAY=${[...new Set([pick([1, 5, 15, 28, 29, 30, 31, -1, -2, -7]), pick([1, 10, 31, -1])])].join(',')}`);
        else if (mode < 0.8) parts.push(`BYDAY=${days().join(',')}`, `BYMONTHDAY=${pick([1, 13, -1])}`);
      } else if (freq === 'WEEKLY') {
        if (rnd() < 0.7) parts.push(`BYDAY=${days().join(',')}`);
        if (rnd() < 0.3) parts.push(`WKST=${pick(WEEKDAY_CODES)}`);
      } else {
        if (rnd() < 0.3) parts.push(`BYDAY=${days().join(',')}`);
        if (rnd() < 0.15) parts.push(`BYMONTHDAY=${pick([1, 15, -1])}`);
      }
      const y = 2025 + Math.floor(rnd() * 2);
      const start = Date.UTC(y, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 24), pick([0, 15, 30]));
      const end = rnd() < 0.4 ? start + Math.floor(rnd() * 400) * 86_400_000 : undefined;
      if (end !== undefined) parts.push(`UNTIL=${icsWall(end)}`);
      else parts.push(`COUNT=${1 + Math.floor(rnd() * 40)}`);
      const rule = parts.join(';');
      const to = Date.UTC(2029, 0, 1);
      // rrule leaves DTSTART out when it does not match the rule; ours (RFC 5545) always
      // counts it. Anchor both on rrule's first occurrence, which matches by construction.
      const first = rrulestr(`DTSTART:${icsWall(start)}\nRRULE:${rule}`).after(new Date(start - 1), true);
      if (!first || first.getTime() > to) continue;
      const anchored = rrulestr(`DTSTART:${icsWall(first.getTime())}\nRRULE:${rule}`);
      const expected = anchored.between(new Date(first.getTime() - 1), new Date(to), true).map((d) => formatWall(d.getTime()));
      const actual = expandRule(parseRule(rule), first.getTime(), {to}).map((w) => formatWall(w));
      expect(actual, `${rule} from ${formatWall(first.getTime())}`).to.deep.equal(expected);
      // Skipping ahead to a window start gives the same occurrences from there on.
      const windowStart = first.getTime() + Math.floor(rnd() * 900) * 86_400_000;
      const skipped = expandRule(parseRule(rule), first.getTime(), {to, from: windowStart}).filter((w) => w >= windowStart);
      expect(skipped.map((w) => formatWall(w)), `${rule} skipping to ${formatWall(windowStart)}`).to.deep.equal(
        actual.filter((w) => parseWall(w)! >= windowStart),
      );
      compared++;
      occurrences += expected.length;
    }
    expect(compared).to.be.greaterThan(2900);
    expect(occurrences).to.be.greaterThan(20_000);
  });

  it('matches rrule@2 occurrence instants across DST in five zones (converted per occurrence)', () => {
    const zones = [LA, 'America/New_York', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'];
    let n = 0;
    for (const zone of zones) {
      for (const hour of [0, 1, 2, 3, 18, 23]) {
        const start = `2026-02-${pad(20 + (hour % 7))}T${pad(hour)}:30`;
        for (const rule of ['FREQ=DAILY;COUNT=300', 'FREQ=WEEKLY;BYDAY=SU,TU;COUNT=80', 'FREQ=MONTHLY;BYDAY=1SU,-1SU;COUNT=20']) {
          const first = rrulestr(`DTSTART:${icsWall(wall(start))}\nRRULE:${rule}`).after(new Date(wall(start) - 1), true)!;
          const ev = event({start: formatWall(first.getTime()), end: undefined, timeZone: zone, recurrence: {rrule: rule}});
          const ours = expandEvent(ev, {from: 0, to: Date.UTC(2030, 0, 1)});
          const theirs = rrulestr(`DTSTART:${icsWall(first.getTime())}\nRRULE:${rule}`).all();
          expect(ours.length).to.equal(theirs.length);
          ours.forEach((o, i) => {
            const w = theirs[i]!.getTime();
            expect(o.wallStart).to.equal(w);
            expect(o.start).to.equal(toInstant(w, zone));
            // The local clock shows the series time, except inside a spring-forward gap.
            const shown = local(o.start, zone);
            if (shown !== formatWall(w)) expect(toWall(o.start, zone) - w).to.be.greaterThan(0);
            n++;
          });
        }
      }
    }
    expect(n).to.be.greaterThan(10_000);
  });
});

describe('anything the schema accepts', () => {
  it('expands or skips 1,000 random schema-valid rules and dates without throwing', async function () {
    this.timeout(60_000);
    const {RRule: RRuleSchema} = await import('../../../src/core/dataset/schema/events.js');
    const {buildCalendar} = await import('../../../src/widgets/event-calendar/ics.js');
    const rnd = random(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const junk = () => Array.from({length: 1 + Math.floor(rnd() * 8)}, () => pick([...'0123456789ABCDEFMORSTUWXYZ,+-', 'MO', 'TU', '1SU', '-1FR', '2026'])).join('');
    let skipped = 0;
    let expanded = 0;
    for (let i = 0; i < 1000; i++) {
      const parts = [`FREQ=${pick(['DAILY', 'WEEKLY', 'MONTHLY'])}`];
      for (let k = Math.floor(rnd() * 3); k > 0; k--) parts.push(`${pick(['INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'WKST'])}=${junk()}`);
      const rule = parts.join(';');
      expect(RRuleSchema.safeParse(rule).success, rule).to.equal(true);
      const day = `${pick(['2026', '2027', '0001', '9999'])}-${pick(['01', '02', '12'])}-${pick(['01', '29', '30', '31'])}`;
      const e = event({
        start: rnd() < 0.5 ? day : `${day}T${pick(['00:00', '02:30', '23:59'])}`,
        end: undefined,
        recurrence: {rrule: rule, exdates: [`${day}`], rdates: [`2026-02-${pick(['28', '29', '30'])}`]},
      });
      const {occurrences, problems} = expandEvents([e], {from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1)});
      if (problems.length) skipped++;
      else expanded += occurrences.length ? 1 : 0;
      if (i % 10 === 0) expect(() => buildCalendar([{event: e}], {locale: 'en'})).not.to.throw();
    }
    expect(skipped).to.be.greaterThan(50);
    expect(expanded).to.be.greaterThan(50);
  });
});
