import {configureLocalization} from '@lit/localize';
import {matchLocale} from '../locale.js';
import {loaders} from './loaders.js';
import {sourceLocale, targetLocales} from './locale-codes.js';

/** The languages Amparo's own interface is translated into. */
export const UI_LOCALES = [sourceLocale, ...targetLocales] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const {getLocale, setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

/** The interface locale currently in effect. */
export const uiLocale = getLocale as () => UiLocale;

/**
 * Switches the interface language for every Amparo element on the page (the @lit/localize
 * runtime keeps one active locale). `locale` may be any BCP 47 tag; it is matched to the
 * closest translated UI locale, falling back to English. Failures to load a locale module
 * keep the current language and are reported on the console, never thrown at the host page.
 */
export async function setUiLocale(locale: string): Promise<UiLocale> {
  const match = matchLocale(locale, UI_LOCALES, sourceLocale);
  try {
    await setLocale(match);
  } catch (error) {
    console.error(`Amparo: could not load the "${match}" interface strings.`, error);
  }
  return uiLocale();
}
