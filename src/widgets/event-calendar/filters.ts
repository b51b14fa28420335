/** Filtering occurrences: pure functions, so they are tested directly and cost nothing per render. */
import {countyByName} from '../../core/dataset/ca-counties.js';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {formatWall} from './tz.js';
import type {Occurrence} from './occurrences.js';

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

const languageMatches = (tag: string, wanted: string) => {
  const t = tag.toLowerCase();
  const w = wanted.toLowerCase();
  return t === w || t.startsWith(`${w}-`) || w.startsWith(`${t}-`);
};

/** Whether occurrence `o` passes every filter that is set. */
export function matches(o: Occurrence, f: Filters): boolean {
  const e = o.event;
  if (f.type && e.type !== f.type) return false;
  if (f.format && e.format !== f.format) return false;
  if (f.language && !eventLanguages(e).some((l) => languageMatches(l, f.language!))) return false;
  if (f.county && !eventCounties(e).includes(f.county)) return false;
  if (f.from || f.to) {
    const first = formatWall(o.wallStart, true);
    const last = formatWall(o.allDay ? o.wallEnd - 1 : o.wallEnd, true);
    if (f.from && last < f.from) return false;
    if (f.to && first > f.to) return false;
  }
  if (f.q) {
    const text = haystack(e);
    if (!normalize(f.q).split(/\s+/).filter(Boolean).every((word) => text.includes(word))) return false;
  }
  return true;
}
