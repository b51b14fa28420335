/**
 * `ics-src`: an iCalendar feed turned into the calendar's own events. Parsed with ical.js, which
 * lives only in this lazy chunk: it is fetched when a page uses the attribute, never otherwise.
 *
 * Each VEVENT becomes a wall time + IANA zone event (TZID kept; UTC and floating times read in the
 * calendar's X-WR-TIMEZONE or the visitor's zone), with RRULE / EXDATE / RDATE when they fit the
 * expander's subset (recurrence.ts). Anything else is skipped with a reason, never thrown.
 */
import ICAL from 'ical.js';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {parseRule} from '../../core/events/recurrence.js';
import {formatWall, isValidZone, toWall} from '../../core/events/tz.js';

const DAY = 86_400_000;

export interface FeedProblem {
  id: string;
  reason: string;
}

export interface FeedResult {
  events: CommunityEvent[];
  problems: FeedProblem[];
}

/** Why a feed could not be used at all: `network` (CORS, offline, DNS), `http` or `parse`. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: 'network' | 'http' | 'parse',
    message: string,
  ) {
    super(message);
  }
}

export interface FeedOptions {
  /** Language the feed's text is assumed to be in (iCalendar rarely says). */
  language: string;
  /** Zone for floating times when the feed names none (the visitor's). */
  zone: string;
  /** Organizer name when a VEVENT has none (the feed's host). */
  organizer: string;
}

/** Fetches and converts a feed (no cookies, no referrer); rejects with a {@link FeedError}. */
export async function loadFeed(url: string, options: FeedOptions, signal?: AbortSignal): Promise<FeedResult> {
  let response: Response;
  try {
    response = await fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', signal});
  } catch (error) {
    throw new FeedError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status}`);
  return parseFeed(await response.text(), options);
}

const WINDOWS_ZONES: Record<string, string> = {
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
};

/** An IANA zone for a TZID (`/mozilla.org/.../America/Los_Angeles` and Windows names included). */
function ianaZone(tzid: string): string {
  if (isValidZone(tzid)) return tzid;
  const mapped = WINDOWS_ZONES[tzid];
  if (mapped) return mapped;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(tzid)?.[1];
  return tail && isValidZone(tail) ? tail : tzid; // unknown: expandEvents skips it with a report
}

type Moment = {wall: number; dateOnly: boolean; utc: boolean; zone?: string};

/** A DATE / DATE-TIME value as floating ms, with how it was zoned. */
function moment(prop: ICAL.Property, value: ICAL.Time): Moment {
  const dateOnly = value.isDate;
  const wall = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute, value.second);
  const tzid = prop.getParameter('tzid');
  return {wall, dateOnly, utc: !tzid && value.zone?.tzid === 'UTC', zone: typeof tzid === 'string' ? ianaZone(tzid) : undefined};
}

/** The moment as wall time in `zone` (converting UTC values). */
function wallIn(m: Moment, zone: string): number {
  if (m.utc && !m.dateOnly && zone !== 'UTC') return toWall(m.wall, zone);
  return m.wall;
}

const TYPES: [RegExp, CommunityEvent['type']][] = [
  [/know your rights|conozca sus derechos|\bkyr\b/i, 'kyr-workshop'],
  [/clinic|cl[ií]nica/i, 'legal-clinic'],
  [/town ?hall|foro|asamblea/i, 'town-hall'],
  [/rally|vigil|march|marcha|vigilia/i, 'rally-vigil'],
  [/training|capacitaci[oó]n|entrenamiento/i, 'training'],
  [/fair|feria/i, 'resource-fair'],
  [/meeting|reuni[oó]n/i, 'community-meeting'],
];

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Converts iCalendar text; throws a `parse` {@link FeedError} only when nothing in it is usable. */
export function parseFeed(ics: string, options: FeedOptions): FeedResult {
  let calendar: ICAL.Component;
  try {
    const parsed: unknown = ICAL.parse(ics);
    // A file with several VCALENDARs parses to an array; use the first.
    const jcal = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
    calendar = new ICAL.Component(jcal as unknown[]);
  } catch (error) {
    throw new FeedError('parse', `not an iCalendar file (${error instanceof Error ? error.message : String(error)})`);
  }
  if (calendar.name !== 'vcalendar') throw new FeedError('parse', `not an iCalendar file (found ${calendar.name})`);
  const calendarZone = text(calendar.getFirstPropertyValue('x-wr-timezone'));
  const defaultZone = calendarZone && isValidZone(ianaZone(calendarZone)) ? ianaZone(calendarZone) : options.zone;
  const calendarName = text(calendar.getFirstPropertyValue('x-wr-calname'));

  const events: CommunityEvent[] = [];
  const problems: FeedProblem[] = [];
  const ids = new Set<string>();
  const masters = new Map<string, {event: CommunityEvent; zone: string; timeOfDay: number}>();
  const overrides: {uid: string; recurrenceId: Moment}[] = [];

  calendar.getAllSubcomponents('vevent').forEach((vevent, index) => {
    const uid = text(vevent.getFirstPropertyValue('uid')) || `event-${index + 1}`;
    try {
      const recurrenceIdProp = vevent.getFirstProperty('recurrence-id');
      const converted = convert(vevent, uid, recurrenceIdProp ? 'override' : 'master');
      let id = converted.event.id;
      for (let n = 2; ids.has(id); n++) id = `${converted.event.id.slice(0, 95)}-${n}`;
      converted.event.id = id;
      ids.add(id);
      events.push(converted.event);
      if (recurrenceIdProp) {
        overrides.push({uid, recurrenceId: moment(recurrenceIdProp, recurrenceIdProp.getFirstValue() as ICAL.Time)});
      } else if (converted.event.recurrence) {
        masters.set(uid, {event: converted.event, zone: converted.zone, timeOfDay: converted.timeOfDay});
      }
    } catch (error) {
      problems.push({id: uid, reason: error instanceof Error ? error.message : String(error)});
    }
  });
  // A VEVENT with RECURRENCE-ID replaces one date of its series: drop that date from the series.
  for (const {uid, recurrenceId} of overrides) {
    const master = masters.get(uid);
    if (!master) continue;
    const wall = wallIn(recurrenceId, master.zone);
    master.event.recurrence!.exdates = [...(master.event.recurrence!.exdates ?? []), formatWall(wall, master.event.start.length === 10)];
  }
  return {events, problems};

  function convert(vevent: ICAL.Component, uid: string, kind: 'master' | 'override') {
    const startProp = vevent.getFirstProperty('dtstart');
    if (!startProp) throw new Error('no DTSTART');
    const start = moment(startProp, startProp.getFirstValue() as ICAL.Time);
    const rrules = vevent.getAllProperties('rrule');
    const recurring = kind === 'master' && rrules.length > 0;
    if (rrules.length > 1) throw new Error('several RRULEs are not supported');
    // A UTC series repeats in UTC (RFC 5545); a single UTC event reads best in the calendar's zone.
    const zone = start.zone ?? (start.utc && recurring ? 'UTC' : defaultZone);
    const wallStart = wallIn(start, zone);
    const allDay = start.dateOnly;
    const ical = new ICAL.Event(vevent);
    const seconds = ical.duration?.toSeconds() ?? (allDay ? 86_400 : 3_600);
    if (!(seconds >= 0)) throw new Error('ends before it starts');
    // An all-day end in our model is the last day, inclusive.
    const wallEnd = allDay ? wallStart + Math.max(DAY, Math.ceil((seconds * 1000) / DAY) * DAY) - DAY : wallStart + seconds * 1000;

    const summary = text(vevent.getFirstPropertyValue('summary'));
    if (!summary) throw new Error('no SUMMARY');
    const summaryLanguage = vevent.getFirstProperty('summary')?.getParameter('language');
    const language = typeof summaryLanguage === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(summaryLanguage) ? summaryLanguage : options.language;
    // The model needs an English entry (the fallback); a feed in another language fills it with the same text.
    const local = (value: string) => ({en: value, [language]: value});
    const description = text(vevent.getFirstPropertyValue('description'));
    const locationText = text(vevent.getFirstPropertyValue('location'));
    const url = text(vevent.getFirstPropertyValue('url'));
    const locationUrl = /^https?:\/\/\S+$/i.test(locationText) ? locationText : '';
    const online = locationUrl || (!locationText && url) ? {url: locationUrl || url} : undefined;
    const organizerProp = vevent.getFirstProperty('organizer');
    const organizer = text(organizerProp?.getParameter('cn')) || calendarName || options.organizer;
    const categories = vevent
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .map(text)
      .join(' ');
    const type = TYPES.find(([re]) => re.test(`${categories} ${summary}`))?.[1] ?? 'other';
    const status = text(vevent.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED' ? 'cancelled' : undefined;
    const suffix = kind === 'override' ? `-${formatWall(start.wall, start.dateOnly).replace(/\D/g, '')}` : '';
    const id = `ics-${uid.replace(/[^\w.:-]/g, '_')}`.slice(0, 100 - suffix.length) + suffix;

    const event = {
      id,
      type,
      title: local(summary),
      ...(description ? {description: local(description)} : {}),
      ...(status ? {status} : {}),
      start: formatWall(wallStart, allDay),
      end: formatWall(wallEnd, allDay),
      timeZone: zone,
      format: online ? (locationText && !locationUrl ? 'hybrid' : 'online') : 'in-person',
      ...(locationText && !locationUrl ? {location: {locality: locationText}} : {}),
      ...(online ? {online} : {}),
      ...(url && !online ? {rsvp: {url}} : {}),
      languages: [language],
      organizer: {name: organizer},
    } as CommunityEvent;
    if (!locationText && !online) {
      // Neither a place nor a link: list it as online with the link shared after registering.
      (event as {format: string}).format = 'online';
      (event as {online?: object}).online = {};
    }

    const timeOfDay = ((wallStart % DAY) + DAY) % DAY;
    if (recurring) {
      const rrule = (rrules[0]!.getFirstValue() as ICAL.Recur).toString();
      parseRule(rrule); // throws RecurrenceError for what the expander does not support
      const dates = (name: 'exdate' | 'rdate') =>
        vevent.getAllProperties(name).flatMap((p) =>
          p.getValues().map((v: ICAL.Time | ICAL.Period) => {
            const t = v instanceof ICAL.Period ? v.start : v;
            const m = moment(p, t);
            return formatWall(m.dateOnly && !allDay ? m.wall + timeOfDay : wallIn(m, zone), allDay);
          }),
        );
      const exdates = dates('exdate');
      const rdates = dates('rdate');
      event.recurrence = {rrule, ...(exdates.length ? {exdates} : {}), ...(rdates.length ? {rdates} : {})};
    }
    return {event, zone, timeOfDay};
  }
}

/** The console message for a site owner whose feed could not be used. */
export function feedAdvice(url: string, error: unknown, pageOrigin: string): string {
  const kind = error instanceof FeedError ? error.kind : 'parse';
  const detail = error instanceof Error ? error.message : String(error);
  const head = `Amparo event calendar: the calendar feed ics-src="${url}" could not be loaded (${detail}).`;
  if (kind === 'network') {
    let sameOrigin: boolean;
    try {
      sameOrigin = new URL(url, document.baseURI).origin === pageOrigin;
    } catch {
      sameOrigin = false;
    }
    return sameOrigin
      ? `${head} Check that the URL is right and reachable, and that your Content-Security-Policy allows it in connect-src.`
      : `${head} Browsers only let this page read a feed from another site if that site allows it: its server must send ` +
          `the header "Access-Control-Allow-Origin: ${pageOrigin}" (or "*") with the .ics file. Most calendar services ` +
          `(Google Calendar, Outlook) do not; then copy the .ics file to your own site (updating it regularly) and point ` +
          `ics-src at that copy. A Content-Security-Policy must also allow the feed's host in connect-src.`;
  }
  if (kind === 'http') return `${head} Check the URL: the server did not return the file.`;
  return `${head} The file is not a usable iCalendar (.ics) feed.`;
}

/**
 * {@link loadFeed} for the element: skipped events are reported on the console, and a feed that
 * cannot be used at all is explained there (undefined then; the element tells the visitor).
 */
export async function readFeed(url: string, options: FeedOptions, signal?: AbortSignal): Promise<FeedResult | undefined> {
  try {
    const result = await loadFeed(url, options, signal);
    for (const p of result.problems) console.warn(`Amparo event calendar: feed event "${p.id}" skipped: ${p.reason}.`);
    return result;
  } catch (error) {
    if (!signal?.aborted) console.error(feedAdvice(url, error, location.origin));
    return undefined;
  }
}

/** A readable host for the organizer fallback. */
export function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname || url;
  } catch {
    return url;
  }
}
