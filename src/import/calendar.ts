/**
 * An iCalendar file (a Google Calendar export, an Outlook .ics) turned into events, with the
 * calendar widget's own reader (src/widgets/event-calendar/feed.ts: TZID, RRULE, EXDATE,
 * RECURRENCE-ID). ical.js is loaded only when a calendar is imported.
 *
 * On top of the reader: each event is reported against the line of its `BEGIN:VEVENT`; an
 * address in LOCATION ("Library, 1 Main St, Fresno, CA 93721, USA") becomes the event's address
 * with its county from the ZIP code; HTML in descriptions (Google writes `<br>` and links) becomes
 * plain text; events that ended before today are left out.
 */
import type {CommunityEvent} from '../core/dataset/schema/index.js';
import type {CountyFips} from '../core/dataset/ca-counties.js';
import {readOneLineAddress, readUrl} from './fields.js';
import {baseName, emptyRecords, type ImportOptions, type ImportPart} from './records.js';
import {Reporter, type Origin} from './report.js';

interface VEventAt {
  line: number;
  id: string;
  override: boolean;
}

/** Where each VEVENT starts, with the id the reader gives it (`ics-<UID>`). */
function vevents(ics: string): VEventAt[] {
  const found: VEventAt[] = [];
  let current: VEventAt | undefined;
  ics.split(/\r\n|\n|\r/).forEach((text, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(text)) current = {line: i + 1, id: '', override: false};
    else if (current && /^UID[:;]/i.test(text)) current.id = `ics-${text.slice(text.indexOf(':') + 1).trim().replace(/[^\w.:-]/g, '_')}`;
    else if (current && /^RECURRENCE-ID[:;]/i.test(text)) current.override = true;
    else if (current && /^END:VEVENT\s*$/i.test(text)) {
      found.push(current);
      current = undefined;
    }
  });
  return found;
}

/** Plain text from a description that may hold HTML (line breaks kept, tags dropped, entities read). */
export function plainText(value: string): string {
  if (!/<[a-z/!][^>]*>|&[a-z#\d]+;/i.test(value)) return value;
  const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};
  return value
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li|h\d)\s*>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e.toLowerCase()] ?? all),
    )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The last day an event happens on, when it is certain (`undefined` for open-ended series). */
function lastDay(event: CommunityEvent): string | undefined {
  if (!event.recurrence) return (event.end ?? event.start).slice(0, 10);
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(event.recurrence.rrule);
  const extra = event.recurrence.rdates?.length;
  return until && !extra ? `${until[1]}-${until[2]}-${until[3]}` : undefined;
}

/** The calendar reader's reasons in words a calendar's owner uses. */
const FEED_REASONS: Record<string, string> = {
  'no SUMMARY': 'it has no title (SUMMARY)',
  'no DTSTART': 'it has no start date (DTSTART)',
  'ends before it starts': 'it ends before it starts',
};

/** Converts one .ics file to events; see the module comment. */
export async function importCalendar(ics: string, options: ImportOptions): Promise<ImportPart> {
  const part: ImportPart = {records: emptyRecords(), problems: [], origins: new Map(), locales: [], attribution: []};
  const report = new Reporter(part.problems, {file: options.file});
  const {parseFeed} = await import('../widgets/event-calendar/feed.js');
  const lang = options.textLang ?? 'en';
  let result;
  try {
    result = parseFeed(ics, {
      language: lang,
      zone: options.timeZone ?? 'America/Los_Angeles',
      organizer: baseName(options.file).replace(/\.[^.]+$/, ''),
    });
  } catch (error) {
    report.error(error instanceof Error ? error.message : String(error));
    return part;
  }
  const starts = vevents(ics);
  const claimed = new Set<VEventAt>();
  const originOf = (id: string, override: boolean): Origin => {
    const at =
      starts.find((v) => !claimed.has(v) && v.id && v.override === override && (id === v.id || id.startsWith(`${v.id}-`))) ??
      starts.find((v) => !claimed.has(v) && v.id && (id === v.id || id.startsWith(`${v.id}-`)));
    if (at) claimed.add(at);
    return {file: options.file, ...(at && {line: at.line})};
  };
  for (const problem of result.problems) {
    const at = starts.find((v) => v.id === `ics-${problem.id.replace(/[^\w.:-]/g, '_')}` && !claimed.has(v));
    if (at) claimed.add(at);
    const reason = FEED_REASONS[problem.reason] ?? problem.reason;
    report.at({file: options.file, ...(at && {line: at.line})}).error(`event "${problem.id}" left out: ${reason}`);
  }

  let past = 0;
  for (const event of result.events) {
    const origin = originOf(event.id, !event.recurrence && /-\d{8}(\d{4})?$/.test(event.id));
    const r = report.at(origin);
    const last = lastDay(event);
    if (last && last < options.today) {
      past++;
      continue;
    }
    const derived: string[] = [];
    for (const key of ['description', 'title'] as const) {
      const value = event[key];
      if (!value) continue;
      const plain = plainText(value.en);
      if (plain !== value.en) {
        for (const l of Object.keys(value)) value[l] = plain;
        r.warn(`HTML in the ${key === 'title' ? 'title' : 'description'} was turned into plain text`);
      }
    }
    // Links from the feed pass the same safe-URL check as a spreadsheet's.
    for (const holder of [event.online, event.rsvp]) {
      if (!holder?.url) continue;
      const read = readUrl(holder.url);
      if (read.value === undefined) {
        r.warn(`link: ${read.reason}; left out`);
        delete holder.url;
      } else holder.url = read.value;
    }
    if (event.rsvp && !Object.keys(event.rsvp).length) delete event.rsvp;
    const locality = event.location?.locality;
    const address = locality ? readOneLineAddress(locality) : undefined;
    if (event.location && address) {
      const {name, ...postal} = address;
      const row = options.zipTable?.zips[postal.zip.slice(0, 5)];
      const county = row?.[0] as CountyFips | undefined;
      event.location = {
        ...(name && {name: lang === 'en' ? {en: name} : {en: name, [lang]: name}}),
        address: postal,
        ...(county && {county}),
        ...(row && {geo: {lat: row[1], lng: row[2], precision: 'approximate' as const}}),
      };
      if (county) {
        event.counties = [county];
        derived.push('county from the ZIP code', 'coordinates: ZIP code centroid');
        if (options.zipTable && !part.attribution.length) part.attribution.push(`ZIP code centroids and counties: ${options.zipTable.source}`);
      }
    }
    event.provenance = {name: baseName(options.file), asOf: options.today, ...(derived.length && {derived})};
    part.records.events.push(event);
    part.origins.set(`events:${event.id}`, origin);
  }
  if (past) report.note(`${past} event(s) that ended before today (${options.today}) were left out`);
  if (!result.events.length && !result.problems.length) report.error('the calendar has no events');
  part.locales.push(lang);
  return part;
}
