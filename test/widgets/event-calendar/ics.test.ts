import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {rrulestr} from 'rrule';
import type {CommunityEvent} from '../../../src/core/dataset/schema/index.js';
import {
  buildCalendar,
  escapeText,
  foldLine,
  googleCalendarUrl,
  outlookCalendarUrl,
  vtimezone,
  zoneTransitions,
} from '../../../src/widgets/event-calendar/ics.js';
import {parseFeed} from '../../../src/widgets/event-calendar/feed.js';
import {expandEvent} from '../../../src/core/events/occurrences.js';
import {formatWall} from '../../../src/core/events/tz.js';

const NOW = Date.UTC(2026, 10, 15, 12);
const octets = (s: string) => new TextEncoder().encode(s).length;
/** Unfolds and splits iCalendar text into content lines (RFC 5545 3.1). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
const prop = (text: string, name: string) => unfold(text).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

function event(partial: Partial<CommunityEvent> = {}): CommunityEvent {
  return {
    id: 'evt-kyr',
    type: 'kyr-workshop',
    title: {en: 'Know your rights', es: 'Conozca sus derechos'},
    description: {en: 'Bring questions; we answer, in Spanish.\nSecond line \\ backslash'},
    start: '2026-12-01T18:00',
    end: '2026-12-01T19:30',
    timeZone: 'America/Los_Angeles',
    format: 'in-person',
    location: {name: {en: 'Example Library'}, address: {street: '1 Example St', city: 'Oakland', state: 'CA', zip: '94601'}},
    languages: ['es'],
    rsvp: {url: 'https://example.org/rsvp'},
    organizer: {name: 'Example Legal Aid'},
    ...partial,
  } as CommunityEvent;
}

describe('ics', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting multibyte characters', () => {
    const line = `SUMMARY:${'Taller de información — 知道你的权利 🗽 '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(3);
    parts.forEach((p, i) => {
      expect(octets(p)).to.be.at.most(75);
      if (i) expect(p.startsWith(' ')).to.equal(true);
    });
    expect(parts[0]!.length > 0 && octets(parts[0]!) >= 72).to.equal(true);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(folded.includes('\uFFFD')).to.equal(false);
    expect(foldLine('SHORT:line')).to.equal('SHORT:line');
    expect(foldLine('X'.repeat(75))).to.equal('X'.repeat(75));
    expect(foldLine('X'.repeat(76)).split('\r\n')).to.deep.equal(['X'.repeat(75), ' X']);
  });

  it('writes a single event in UTC with UID, DTSTAMP, escaped text and CRLF lines', () => {
    const {text, skipped} = buildCalendar([{event: event()}], {locale: 'es', now: NOW, domain: 'example-ca'});
    expect(skipped).to.deep.equal([]);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).to.equal(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).to.equal(false);
    const lines = unfold(text);
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines.at(-1)).to.equal('END:VCALENDAR');
    expect(lines).to.include.members([
      'VERSION:2.0',
      'UID:evt-kyr@example-ca',
      'DTSTAMP:20261115T120000Z',
      'DTSTART:20261202T020000Z',
      'DTEND:20261202T033000Z',
      'SUMMARY:Conozca sus derechos',
      'LOCATION:Example Library\\, 1 Example St\\, Oakland\\, CA 94601',
      'URL:https://example.org/rsvp',
      'STATUS:CONFIRMED',
    ]);
    expect(prop(text, 'DESCRIPTION')[0]).to.equal(
      'DESCRIPTION:Bring questions\\; we answer\\, in Spanish.\\nSecond line \\\\ backslash\\n\\nRegister: https://example.org/rsvp\\n\\nExample Legal Aid',
    );
    expect(prop(text, 'BEGIN').filter((l) => l === 'BEGIN:VTIMEZONE')).to.have.length(0);
  });

  it('writes a series with TZID, a VTIMEZONE, RRULE (UNTIL in UTC), EXDATE and RDATE', () => {
    const e = event({
      start: '2026-02-24T18:00',
      end: '2026-02-24T20:00',
      recurrence: {rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124', exdates: ['2026-03-10T18:00', '2026-04-07'], rdates: ['2026-12-05T10:00']},
    });
    const {text} = buildCalendar([{event: e}], {locale: 'en', now: NOW});
    const lines = unfold(text);
    expect(lines).to.include.members([
      'DTSTART;TZID=America/Los_Angeles:20260224T180000',
      'DTEND;TZID=America/Los_Angeles:20260224T200000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261125T075900Z',
      'EXDATE;TZID=America/Los_Angeles:20260310T180000,20260407T180000',
      'RDATE;TZID=America/Los_Angeles:20261205T100000',
      'BEGIN:VTIMEZONE',
      'TZID:America/Los_Angeles',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0700',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
    ]);
    // The VTIMEZONE comes before the event and starts a year early, so it covers DTSTART.
    expect(lines.indexOf('BEGIN:VTIMEZONE')).to.be.lessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines).to.include('DTSTART:20250309T020000');

    // Round trip: the exported rule, read by the rrule library with the exdates and rdates,
    // gives the same wall-clock dates as our expansion.
    const set = rrulestr(
      [
        'DTSTART:20260224T180000',
        'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124T235900',
        'EXDATE:20260310T180000,20260407T180000',
        'RDATE:20261205T100000',
      ].join('\n'),
      {forceset: true},
    );
    const theirs = set.all().map((d) => formatWall(d.getTime()));
    const ours = expandEvent(e, {from: 0, to: Date.UTC(2028, 0, 1)}).map((o) => formatWall(o.wallStart));
    expect(ours).to.deep.equal(theirs);
  });

  it('writes all-day events as dates (end exclusive) and a zone without DST as one observance', () => {
    const {text} = buildCalendar(
      [{event: event({id: 'fair', start: '2026-12-12', end: '2026-12-13', recurrence: {rrule: 'FREQ=MONTHLY;COUNT=3'}})}],
      {locale: 'en', now: NOW},
    );
    expect(unfold(text)).to.include.members(['DTSTART;VALUE=DATE:20261212', 'DTEND;VALUE=DATE:20261214', 'RRULE:FREQ=MONTHLY;COUNT=3']);
    const phoenix = vtimezone('America/Phoenix', 2026, 2027);
    expect(phoenix).to.include.members(['TZOFFSETFROM:-0700', 'TZOFFSETTO:-0700']);
    expect(phoenix.filter((l) => l.startsWith('BEGIN:'))).to.deep.equal(['BEGIN:VTIMEZONE', 'BEGIN:STANDARD']);
  });

  it('finds DST changes to the minute, including 30-minute ones', () => {
    const la = zoneTransitions('America/Los_Angeles', Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(la.map((t) => formatWall(t.wall))).to.deep.equal(['2026-03-08T02:00', '2026-11-01T02:00']);
    const lh = zoneTransitions('Australia/Lord_Howe', Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(lh.map((t) => [formatWall(t.wall), (t.to - t.from) / 60_000])).to.deep.equal([
      ['2026-04-05T02:00', -30],
      ['2026-10-04T02:00', 30],
    ]);
  });

  it('skips events it cannot export and keeps the others', () => {
    const {text, skipped} = buildCalendar(
      [{event: event({id: 'bad', recurrence: {rrule: 'FREQ=WEEKLY;BYSETPOS=1'}})}, {event: event({id: 'good'})}],
      {locale: 'en', now: NOW},
    );
    expect(skipped).to.deep.equal(['bad']);
    expect(prop(text, 'UID')).to.deep.equal(['UID:good@amparo']);
  });

  it('exports one occurrence of a series with its own UID', () => {
    const e = event({recurrence: {rrule: 'FREQ=WEEKLY;COUNT=3'}});
    const o = expandEvent(e, {from: 0, to: Date.UTC(2028, 0, 1)})[1]!;
    const {text} = buildCalendar([{event: e, occurrence: o}], {locale: 'en', now: NOW});
    expect(unfold(text)).to.include.members(['UID:evt-kyr-20261208T180000@amparo', 'DTSTART:20261209T020000Z']);
    expect(prop(text, 'RRULE')).to.deep.equal([]);
  });

  it('builds Google Calendar and Outlook.com links for an occurrence', () => {
    const o = expandEvent(event(), {from: 0, to: Date.UTC(2028, 0, 1)})[0]!;
    const google = new URL(googleCalendarUrl(o, 'es'));
    expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('dates')).to.equal('20261202T020000Z/20261202T033000Z');
    expect(google.searchParams.get('text')).to.equal('Conozca sus derechos');
    expect(google.searchParams.get('ctz')).to.equal('America/Los_Angeles');
    const outlook = new URL(outlookCalendarUrl(o, 'en'));
    expect(outlook.hostname).to.equal('outlook.live.com');
    expect(outlook.searchParams.get('startdt')).to.equal('2026-12-02T02:00:00Z');
    expect(outlook.searchParams.get('enddt')).to.equal('2026-12-02T03:30:00Z');
    expect(outlook.searchParams.get('allday')).to.equal('false');
    const day = expandEvent(event({start: '2026-12-12', end: '2026-12-12'}), {from: 0, to: Date.UTC(2028, 0, 1)})[0]!;
    expect(new URL(googleCalendarUrl(day, 'en')).searchParams.get('dates')).to.equal('20261212/20261213');
    expect(new URL(outlookCalendarUrl(day, 'en')).searchParams.get('allday')).to.equal('true');
  });
  describe('round trip through ical.js', () => {
    const roundTripEvents = (): CommunityEvent[] => [
      event(),
      event({
        id: 'evt-weekly',
        title: {en: 'Weekly clinic; bring papers, "docs" & questions — ¿preguntas? 🗽 '.repeat(3).trim()},
        start: '2027-02-02T18:00',
        end: '2027-02-02T19:30',
        recurrence: {rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270415', exdates: ['2027-03-16'], rdates: ['2027-03-20T10:00']},
      }),
      event({
        id: 'evt-monthly',
        timeZone: 'America/New_York',
        start: '2026-10-10T09:00',
        end: '2026-10-10T11:00',
        recurrence: {rrule: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=8'},
      }),
      event({id: 'evt-fair', start: '2026-12-10', end: '2026-12-11', timeZone: 'America/Los_Angeles'}),
      event({id: 'evt-daily-allday', start: '2026-12-20', end: '2026-12-20', recurrence: {rrule: 'FREQ=DAILY;INTERVAL=2;COUNT=5', exdates: ['2026-12-22']}}),
      event({id: 'evt-honolulu', timeZone: 'Pacific/Honolulu', start: '2027-03-14T01:30', end: '2027-03-14T03:00', status: 'cancelled'}),
    ];

    /** Parses with ical.js after registering the file's own VTIMEZONEs, so TZIDs resolve from them. */
    function parse(text: string): ICAL.Component {
      const first = new ICAL.Component(ICAL.parse(text) as unknown[]);
      for (const tz of first.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
      return new ICAL.Component(ICAL.parse(text) as unknown[]);
    }

    it('every generated file parses back to the same events and occurrences', () => {
      const events = roundTripEvents();
      const {text, skipped} = buildCalendar(events.map((e) => ({event: e})), {locale: 'en', now: NOW, domain: 'example-ca'});
      expect(skipped).to.deep.equal([]);
      try {
        const vevents = parse(text).getAllSubcomponents('vevent');
        expect(vevents.length).to.equal(events.length);
        const window = {from: NOW, to: NOW + 200 * 86_400_000};
        events.forEach((e, i) => {
          const v = new ICAL.Event(vevents[i]!);
          expect(v.uid).to.equal(`${e.id}@example-ca`);
          expect(v.summary).to.equal(e.title.en);
          expect(v.description).to.contain(e.description!.en);
          expect(v.location).to.equal('Example Library, 1 Example St, Oakland, CA 94601');
          expect(vevents[i]!.getFirstPropertyValue('status')).to.equal(e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
          const ours = expandEvent(e, window);
          const allDay = e.start.length === 10;
          // ical.js's occurrences in the same window: UTC instants (all-day: the date).
          const theirs: {start: number; end: number}[] = [];
          const it = v.iterator();
          for (let next = it.next(); next && theirs.length < 500; next = it.next()) {
            const details = v.getOccurrenceDetails(next);
            const start = allDay ? Date.UTC(next.year, next.month - 1, next.day) : details.startDate.toUnixTime() * 1000;
            const end = allDay
              ? Date.UTC(details.endDate.year, details.endDate.month - 1, details.endDate.day)
              : details.endDate.toUnixTime() * 1000;
            if (allDay ? end <= window.from - 86_400_000 : end <= window.from) continue;
            if (start > window.to) break;
            theirs.push({start, end});
          }
          const mine = ours.map((o) => (allDay ? {start: o.wallStart, end: o.wallEnd} : {start: o.start, end: o.end}));
          const iso = (xs: {start: number; end: number}[]) => xs.map((x) => `${new Date(x.start).toISOString()}/${new Date(x.end).toISOString()}`);
          if (allDay) {
            // The all-day window edge is a visitor-zone question; compare the dates both list.
            const days = new Set(iso(mine));
            expect(iso(theirs).filter((d) => days.has(d)).length, e.id).to.equal(mine.length);
          } else {
            expect(iso(theirs), e.id).to.deep.equal(iso(mine));
          }
          expect(mine.length > 0, e.id).to.equal(true);
        });
      } finally {
        ICAL.TimezoneService.reset();
      }
    });

    it('our own feed reader reads our export back to the same events', () => {
      const events = roundTripEvents().filter((e) => e.start.length > 10);
      const {text} = buildCalendar(events.map((e) => ({event: e})), {locale: 'en', now: NOW, domain: 'example-ca'});
      const back = parseFeed(text, {language: 'en', zone: 'America/Los_Angeles', organizer: 'x'});
      expect(back.problems).to.deep.equal([]);
      const window = {from: NOW, to: NOW + 200 * 86_400_000};
      const starts = (list: CommunityEvent[]) => list.flatMap((e) => expandEvent(e, window).map((o) => `${o.start}/${o.end}`)).sort();
      expect(starts(back.events)).to.deep.equal(starts(events));
      expect(back.events.map((e) => e.title.en)).to.deep.equal(events.map((e) => e.title.en));
    });
  });
});
