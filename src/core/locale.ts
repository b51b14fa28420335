import {getPageConfig} from './page-config.js';

/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'dv', 'fa', 'he', 'ckb', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for right-to-left languages (Arabic, Farsi, Hebrew, Urdu, ...), else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const lang = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  if (RTL.has(lang)) return 'rtl';
  // Arabic-script Punjabi (Shahmukhi) and similar script-tagged locales.
  return /-arab\b/i.test(locale) ? 'rtl' : 'ltr';
}

/** Normalises `es_mx` / `ES-mx` to `es-MX`; returns undefined for tags the browser rejects. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag || tag === 'auto') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale an element should use, in this order: its own `lang`, the closest ancestor
 * with `lang` (the host page's `<html lang>` included), the script's `data-locale`, then the
 * first of the browser's `navigator.languages` that `supported` has (so a visitor whose browser
 * prefers French, then Spanish, gets Spanish), else the browser's first language, else English.
 * An explicit `lang` is honoured even when unsupported: the widget then says what it shows instead.
 */
export function resolveLocale(el: Element, supported: readonly string[] = []): string {
  const own = canonicalLocale(el.getAttribute('lang'));
  if (own) return own;
  const ancestor = canonicalLocale(el.parentElement?.closest('[lang]')?.getAttribute('lang'));
  if (ancestor) return ancestor;
  const configured = canonicalLocale(getPageConfig().locale);
  if (configured) return configured;
  const browser = (navigator.languages ?? []).flatMap((tag) => canonicalLocale(tag) ?? []);
  const none = '\u0000';
  return browser.find((tag) => matchLocale(tag, supported, none) !== none) ?? browser[0] ?? 'en';
}

/** Language subtags browsers and sites use for the languages we support, to the ones we use. */
const ALIASES: Record<string, string> = {
  // Browsers canonicalise `tl` (Tagalog) to `fil` (Filipino), and Filipinos write either.
  fil: 'tl',
  // Hmong Daw (White Hmong) by its ISO 639-3 code; `hmn` is the macrolanguage our content uses.
  mww: 'hmn',
};

/**
 * A tag as the language we would show for it: the primary language (aliases resolved) and, for
 * languages we keep in two scripts, the script. `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant` are
 * Traditional Chinese; `zh`, `zh-CN`, `zh-SG` and `zh-Hans` Simplified. Punjabi in Arabic script
 * (`pa-Arab`, Shahmukhi) is kept apart from Gurmukhi (`pa`, `pa-Guru`): a Shahmukhi reader is
 * not served Gurmukhi text.
 */
export function languageKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) keys.set(tag, (key = computeKey(tag)));
  return key;
}

/** Widgets pick text for every card on every render: read each tag once. */
const keys = new Map<string, string>();

function computeKey(tag: string): string {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  const lang = ALIASES[parts[0] ?? ''] ?? parts[0] ?? '';
  const rest = parts.slice(1);
  if (lang === 'zh') {
    const traditional = rest.includes('hant') || (!rest.includes('hans') && rest.some((p) => ['tw', 'hk', 'mo'].includes(p)));
    return traditional ? 'zh-hant' : 'zh-hans';
  }
  if (lang === 'pa' && rest.includes('arab')) return 'pa-arab';
  return lang;
}

/**
 * The best match for `locale` among `available`: the exact tag, then the same language as
 * {@link languageKey} reads it (`es-MX` -> `es`, `zh-TW` -> `zh-Hant`, `fil` -> `tl`,
 * `hmn-US` -> `hmn`, `fa-IR` -> `fa`, `hy-AM` -> `hy`, `pa-Guru` -> `pa`), else `fallback`.
 */
export function matchLocale<T extends string>(locale: string, available: readonly T[], fallback: T): T {
  const lower = locale.toLowerCase();
  const exact = available.find((a) => a.toLowerCase() === lower);
  if (exact) return exact;
  const key = languageKey(locale);
  return available.find((a) => languageKey(a) === key) ?? fallback;
}
