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
 * with `lang` (the host page's `<html lang>` included), the script's `data-locale`,
 * the browser's `navigator.languages`, else English.
 */
export function resolveLocale(el: Element): string {
  const own = canonicalLocale(el.getAttribute('lang'));
  if (own) return own;
  const ancestor = canonicalLocale(el.parentElement?.closest('[lang]')?.getAttribute('lang'));
  if (ancestor) return ancestor;
  const configured = canonicalLocale(getPageConfig().locale);
  if (configured) return configured;
  for (const tag of navigator.languages ?? []) {
    const locale = canonicalLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/**
 * The best match for `locale` among `available` (exact, then same language, e.g. `es-MX`
 * -> `es`, `zh-TW` -> `zh-Hant`), else `fallback`.
 */
export function matchLocale<T extends string>(locale: string, available: readonly T[], fallback: T): T {
  const lower = locale.toLowerCase();
  const exact = available.find((a) => a.toLowerCase() === lower);
  if (exact) return exact;
  const lang = lower.split('-')[0];
  if (lang === 'zh') {
    const traditional = /-(hant|tw|hk|mo)\b/.test(lower);
    const script = available.find((a) => a.toLowerCase() === (traditional ? 'zh-hant' : 'zh-hans'));
    if (script) return script;
  }
  return available.find((a) => a.toLowerCase().split('-')[0] === lang) ?? fallback;
}
