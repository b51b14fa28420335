/**
 * Each language Amparo speaks, by its own name (autonym), for language choices. Written out
 * rather than taken from `Intl.DisplayNames`: browsers lack names for some (Hmong), and a
 * language choice must read the same on every phone.
 */
export const AUTONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  ar: 'العربية',
  fa: 'فارسی',
  ru: 'Русский',
  uk: 'Українська',
  pa: 'ਪੰਜਾਬੀ',
  hy: 'Հայերեն',
  hmn: 'Hmoob',
};

/** The autonym of `locale` (exact tag, else its language), else the tag itself. */
export function autonym(locale: string): string {
  return AUTONYMS[locale] ?? AUTONYMS[locale.split('-')[0]!] ?? locale;
}
