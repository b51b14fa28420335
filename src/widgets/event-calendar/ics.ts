/**
 * Add-to-calendar output built in the browser: RFC 5545 iCalendar text (escaping, 75-octet
 * folding, UID, DTSTAMP, DTSTART/DTEND in UTC or with TZID and a generated VTIMEZONE, RRULE,
 * EXDATE, RDATE). Loaded only when the person downloads a calendar file; the links are in links.ts.
 */
import {msg} from '@lit/localize';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {pickText} from '../../core/format.js';
import {dateStamp, eventDescription, placeText, utcStamp, wallStamp} from './links.js';
import {parseRule} from '../../core/events/recurrence.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {eventTiming} from '../../core/events/occurrences.js';
import {exactOffset, parseWall, toInstant} from '../../core/events/tz.js';

const DAY = 86_400_000;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (CRLF, then one space), never inside a
 * UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const max = out.length ? 74 : 75; // continuation lines start with a space
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}


function offsetText(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  return `${ms < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
}

interface Transition {
  /** Wall time of the change in the old offset (the observance's DTSTART). */
  wall: number;
  from: number;
  to: number;
}

/** The zone's offset changes between `from` and `to` (UTC ms), found to the minute. */
export function zoneTransitions(zone: string, from: number, to: number): Transition[] {
  const out: Transition[] = [];
  let prev = exactOffset(zone, from);
  for (let t = from + DAY; t <= to + DAY; t += DAY) {
    const next = exactOffset(zone, t);
    if (next === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (exactOffset(zone, mid) === prev) lo = mid;
      else hi = mid;
    }
    out.push({wall: hi + prev, from: prev, to: next});
    prev = next;
  }
  return out;
}

const WD = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * A VTIMEZONE for `zone` covering `fromYear - 1` to `toYear`: yearly rules where the changes
 * follow one (e.g. second Sunday of March), else each change listed.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const all = zoneTransitions(zone, Date.UTC(fromYear - 1, 0, 1), Date.UTC(toYear, 11, 31));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (t: Transition, rule?: string) => {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${wallStamp(t.wall)}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`);
    if (rule) lines.push(rule);
    lines.push(`END:${kind}`);
  };
  if (!all.length) {
    const o = exactOffset(zone, Date.UTC(fromYear, 0, 1));
    observance({wall: Date.UTC(1970, 0, 1), from: o, to: o});
  }
  // Group the changes by direction, month and offsets; a group with a steady weekday rule
  // becomes one observance with an RRULE.
  const groups = new Map<string, Transition[]>();
  for (const t of all) {
    const key = `${t.from}|${t.to}|${new Date(t.wall).getUTCMonth()}|${t.wall % DAY}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    const rule = yearlyRule(group);
    if (rule && group.length > 1) observance(group[0]!, rule);
    else group.forEach((t) => observance(t));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function yearlyRule(group: Transition[]): string | undefined {
  const describe = (t: Transition, last: boolean) => {
    const d = new Date(t.wall);
    const day = d.getUTCDate();
    const len = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    const nth = last ? (day + 7 > len ? -1 : 0) : Math.ceil(day / 7);
    return nth ? `${nth}${WD[d.getUTCDay()]}` : '';
  };
  const years = group.map((t) => new Date(t.wall).getUTCFullYear());
  if (years.some((y, i) => i && y !== years[i - 1]! + 1)) return undefined;
  for (const last of [false, true]) {
    const first = describe(group[0]!, last);
    if (first && group.every((t) => describe(t, last) === first)) {
      return `RRULE:FREQ=YEARLY;BYMONTH=${new Date(group[0]!.wall).getUTCMonth() + 1};BYDAY=${first}`;
    }
  }
  return undefined;
}

export interface IcsOptions {
  /** Language of titles and descriptions. */
  locale: string;
  /** DTSTAMP (default: now). */
  now?: number;
  /** Right-hand side of each UID, e.g. the dataset id: `evt-1@example-ca.amparo`. */
  domain?: string;
  /** Extra text appended to DESCRIPTION, e.g. `{rsvp: 'Register: '}` labels. */
  labels?: {register?: string; online?: string};
}

/** One calendar item: a whole event (a series keeps its RRULE), or one occurrence of it. */
export interface IcsItem {
  event: CommunityEvent;
  occurrence?: Occurrence;
}

/** Rewrites UNTIL for export: UTC when DTSTART has a TZID, a DATE for all-day events. */
function exportRule(rrule: string, zone: string, allDay: boolean): string {
  const rule = parseRule(rrule); // throws for unsupported rules, so we never export one
  if (rule.until === undefined) return rrule;
  let value: string;
  if (allDay) value = dateStamp(rule.untilUtc ? rule.until - 1 : rule.until);
  else if (rule.untilUtc) value = utcStamp(rule.until);
  else value = utcStamp(toInstant(rule.until + (rule.untilDate ? DAY - 60_000 : 0), zone));
  return rrule.replace(/UNTIL=[^;]+/, `UNTIL=${value}`);
}

function vevent(item: IcsItem, options: IcsOptions, zones: Set<string>, years: number[]): string[] {
  const {event, occurrence} = item;
  const {wallStart, duration, allDay} = eventTiming(event);
  const zone = event.timeZone;
  const domain = options.domain ?? 'amparo';
  const series = !occurrence && !!event.recurrence;
  const start = occurrence?.wallStart ?? wallStart;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${occurrence && event.recurrence ? `${event.id}-${wallStamp(start)}` : event.id}@${domain}`,
    `DTSTAMP:${utcStamp(options.now ?? Date.now())}`,
  ];
  if (allDay) {
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(start)}`, `DTEND;VALUE=DATE:${dateStamp(start + duration)}`);
  } else if (series) {
    zones.add(zone);
    years.push(new Date(start).getUTCFullYear());
    lines.push(`DTSTART;TZID=${zone}:${wallStamp(start)}`, `DTEND;TZID=${zone}:${wallStamp(start + duration)}`);
  } else {
    lines.push(`DTSTART:${utcStamp(toInstant(start, zone))}`, `DTEND:${utcStamp(toInstant(start + duration, zone))}`);
  }
  if (series) {
    const r = event.recurrence!;
    lines.push(`RRULE:${exportRule(r.rrule, zone, allDay)}`);
    const dates = (list: string[] | undefined, name: string) => {
      if (!list?.length) return;
      const stamps = list.map((text) => {
        const w = parseWall(text);
        if (w === undefined) throw new RangeError(`impossible date "${text}"`);
        return allDay ? dateStamp(w) : wallStamp(text.length === 10 ? w + (wallStart % DAY) : w);
      });
      lines.push(`${name};${allDay ? 'VALUE=DATE' : `TZID=${zone}`}:${stamps.join(',')}`);
    };
    dates(r.exdates, 'EXDATE');
    dates(r.rdates, 'RDATE');
  }
  lines.push(`SUMMARY:${escapeText(pickText(event.title, options.locale).text)}`);
  const text = eventDescription(event, options);
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  const place = placeText(event, options.locale) || (event.format === 'online' ? (event.online?.url ?? '') : '');
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  const url = event.rsvp?.url ?? event.online?.url ?? event.organizer.url;
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  if (event.sequence) lines.push(`SEQUENCE:${event.sequence}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A VCALENDAR with the given items. Items that cannot be exported (bad zone, date or rule) are
 * left out and returned in `skipped`.
 */
export function buildCalendar(items: readonly IcsItem[], options: IcsOptions): {text: string; skipped: string[]} {
  const zones = new Set<string>();
  const years: number[] = [];
  const events: string[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    try {
      events.push(...vevent(item, options, zones, years));
    } catch {
      skipped.push(item.event.id);
    }
  }
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Amparo//Event calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (zones.size) {
    const from = Math.min(...years);
    for (const zone of zones) lines.push(...vtimezone(zone, from, Math.max(from, ...years) + 10));
  }
  lines.push(...events, 'END:VCALENDAR');
  return {text: lines.map(foldLine).join('\r\n') + '\r\n', skipped};
}



export {googleCalendarUrl, outlookCalendarUrl, downloadFile, placeText} from './links.js';

/**
 * The .ics text of whole events (a series with all its dates), with the description's labels in
 * the interface language; `domain` is the right-hand side of each UID (the dataset id).
 */
export function eventsCalendar(events: readonly CommunityEvent[], locale: string, domain: string): string {
  return buildCalendar(
    events.map((event) => ({event})),
    {locale, domain, labels: {register: msg('Register'), online: msg('Online')}},
  ).text;
}
