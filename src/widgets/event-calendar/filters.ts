/** Filtering occurrences: pure functions, so they are tested directly and cost nothing per render. */
import {countyByName} from '../../core/dataset/ca-counties.js';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {formatWall} from '../../core/events/tz.js';
import type {Occurrence} from '../../core/events/occurrences.js';

export type EventFormat = CommunityEvent['format'];

export interface Filters {
  type?: string;
  /** Spoken or interpreted (`es` matches `es-MX`). */
  language?: string;
  format?: string;
  /** FIPS code (`06037`); names are resolved with {@link countyCode}. */
  county?: string;
  /** Inclusive range of dates (`2026-12-01`), read in each event's own zone. */
  from?: string;
  to?: string;
  /** Free text, accent- and case-insensitive. */
  q?: string;
  /** Organization id (`organizer.organizationId`): only its events (a link from the finder). */
  org?: string;
}

/** Lower case without accents: "Información" -> "informacion". */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A county given as FIPS (`06037`) or name (`Los Angeles`, `los angeles county`) as FIPS. */
export function countyCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^06\d{3}$/.test(value.trim()) ? value.trim() : countyByName(value);
}

/** Languages an event is held in or interpreted into. */
export function eventLanguages(event: CommunityEvent): string[] {
  return [...new Set([...event.languages, ...(event.interpretation ?? []).map((i) => i.language)])];
}

export function eventCounties(event: CommunityEvent): string[] {
  return [...new Set([...(event.counties ?? []), ...(event.location?.county ? [event.location.county] : [])])];
}

const searchText = new WeakMap<CommunityEvent, string>();

/** Every word a person might search an event by, in all its languages. */
function haystack(event: CommunityEvent): string {
  let text = searchText.get(event);
  if (text === undefined) {
    const l = event.location;
    const values = [
      event.title,
      event.summary,
      event.description,
      l?.name,
      {en: [l?.locality, l?.address?.street, l?.address?.city, l?.address?.zip].filter(Boolean).join(' ')},
      {en: event.organizer.name},
      {en: event.online?.platform ?? ''},
    ];
    text = normalize(values.flatMap((v) => (v ? Object.values(v) : [])).join(' \u0000 '));
    searchText.set(event, text);
  }
  return text;
}

/** What filtering asks of an event, computed once per event object (so once per dataset). */
interface Answers {
  languages: string[];
  counties: string[];
  text: string;
}
const answersOf = new WeakMap<CommunityEvent, Answers>();
let answersComputed = 0;

/** How many events' answers were computed so far (tests check that filtering reuses them). */
export const answersCount = (): number => answersComputed;

/** An event's filter answers: its languages (lower case), counties and searchable text. */
export function eventAnswers(event: CommunityEvent): Answers {
  let a = answersOf.get(event);
  if (!a) {
    answersComputed++;
    a = {languages: eventLanguages(event).map((l) => l.toLowerCase()), counties: eventCounties(event), text: haystack(event)};
    answersOf.set(event, a);
  }
  return a;
}

const languageMatches = (tag: string, wanted: string) => {
  const t = tag.toLowerCase();
  const w = wanted.toLowerCase();
  return t === w || t.startsWith(`${w}-`) || w.startsWith(`${t}-`);
};

/** Whether occurrence `o` passes every filter that is set. */
export function matches(o: Occurrence, f: Filters): boolean {
  return matcher(f)(o);
}

/**
 * A predicate for filters `f`, with the per-keystroke work (normalising the search words, the
 * language and date bounds) done once instead of once per occurrence. Per-event answers are
 * remembered too: a series' occurrences share them.
 */
export function matcher(f: Filters): (o: Occurrence) => boolean {
  const words = f.q ? normalize(f.q).split(/\s+/).filter(Boolean) : [];
  const language = f.language?.toLowerCase();
  const {type, format, county, from, to, org} = f;
  if (!org && !type && !format && !language && !county && !from && !to && !words.length) return () => true;
  let lastEvent: CommunityEvent | undefined;
  let lastResult = false;
  const eventMatches = (e: CommunityEvent): boolean => {
    if (type && e.type !== type) return false;
    if (org && e.organizer.organizationId !== org) return false;
    if (format && e.format !== format) return false;
    if (!language && !county && !words.length) return true;
    const a = eventAnswers(e);
    if (language && !a.languages.some((l) => languageMatches(l, language))) return false;
    if (county && !a.counties.includes(county)) return false;
    if (words.length) {
      const text = a.text;
      for (const word of words) if (!text.includes(word)) return false;
    }
    return true;
  };
  return (o) => {
    const e = o.event;
    if (e !== lastEvent) {
      lastEvent = e;
      lastResult = eventMatches(e);
    }
    if (!lastResult) return false;
    if (from || to) {
      const first = formatWall(o.wallStart, true);
      const last = formatWall(o.allDay ? o.wallEnd - 1 : o.wallEnd, true);
      if (from && last < from) return false;
      if (to && first > to) return false;
    }
    return true;
  };
}
