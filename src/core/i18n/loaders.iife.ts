/**
 * The classic single-file builds' language loading: instead of carrying every language inside
 * the file, they fetch `locales/<locale>.json` next to Amparo's files (see json-locale.ts), only
 * for the language the page is in.
 */
import {getPageConfig} from '../page-config.js';
import {templatesFromJson} from './json-locale.js';
import {targetLocales} from './locale-codes.js';

type Templates = Promise<{templates: never}>;

async function fetchLocale(locale: string): Templates {
  const base = getPageConfig().assetBase ?? document.baseURI;
  const response = await fetch(new URL(`locales/${locale}.json`, base), {credentials: 'omit', referrerPolicy: 'no-referrer'});
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return {templates: templatesFromJson(await response.json()) as never};
}

export const loaders = Object.fromEntries(targetLocales.map((l) => [l, () => fetchLocale(l)])) as Record<
  (typeof targetLocales)[number],
  () => Templates
>;
