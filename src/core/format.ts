/** Locale-aware formatting shared by the widgets; `Intl` objects are cached per locale. */
import {matchLocale} from './locale.js';

/** Text in several languages, `en` always present: `{"en": "Legal help", "es": "Ayuda legal"}`. */
export type LocalizedText = Readonly<Record<string, string | undefined>> & {readonly en: string};

export interface PickedText {
  text: string;
  /** The language the text is actually in (differs from the requested one on fallback). */
  lang: string;
  /** True when the requested language was missing and another one was used. */
  fallback: boolean;
}

/**
 * Picks the best translation of `value` for `locale`: the exact tag, then the same language
 * (`es-MX` -> `es`, `zh-TW` -> `zh-Hant`, `fil` -> `tl`; see {@link matchLocale}), then English.
 * Callers put `lang` on the element that shows the text so screen readers pronounce a fallback
 * correctly.
 */
export function pickText(value: LocalizedText, locale: string): PickedText {
  const keys = Object.keys(value).filter((k) => value[k]);
  const found = matchLocale(locale, keys, '');
  const key = found || 'en';
  return {text: value[key] ?? value.en, lang: key, fallback: !found};
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  create: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** `YYYY-MM-DD` of `now` in `timeZone` (default California, where the widgets' dates change at local midnight). */
export function isoDayIn(now: Date, timeZone = 'America/Los_Angeles'): string {
  // From the parts, not from a locale's short date: 'en-CA' gives 2026-12-04 in Chromium and
  // Firefox but 12/4/2026 in WebKit (its date patterns come from another CLDR version).
  const parts = dateFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** "March 3, 2026" / "3 de marzo de 2026" for an ISO date (`2026-03-03`), read as a calendar day. */
export function formatIsoDate(iso: string, locale: string): string {
  const [y = 0, m = 1, d = 1] = iso.slice(0, 10).split('-').map(Number);
  return dateFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(y, m - 1, d));
}

/** Whole days between an ISO date and `now` (positive when the date is in the past). */
export function daysSince(iso: string, now: Date = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) / 86_400_000);
}
