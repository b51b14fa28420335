/**
 * Reads the configuration of the `<script>` tag that loaded Amparo and publishes it for the
 * elements. Used by the drop-in loader and the IIFE; it imports nothing at run time from the
 * core, so the loader stays tiny and downloads no shared code on pages without widgets.
 */
import type {PageConfig} from './core/page-config.js';

/** The default dataset ships next to the script: `<script dir>/data/amparo-ca.json`. */
export const DEFAULT_DATASET_PATH = 'data/amparo-ca.json';

/**
 * Reads `data-dataset`, `data-locale`, `data-fallback-url`, `data-help-phone` and the
 * `data-<widget>-page` links from the loading script.
 * Relative URLs resolve against the page (as a site owner expects from an attribute);
 * the default dataset resolves against the script's own URL, so any CDN path works.
 */
export function configFromScript(script: HTMLScriptElement | null, scriptUrl: string): PageConfig {
  const data = script?.dataset ?? {};
  const page = document.baseURI;
  return {
    datasetUrl: new URL(data['dataset'] || DEFAULT_DATASET_PATH, data['dataset'] ? page : scriptUrl).href,
    defaultDatasetUrl: new URL(DEFAULT_DATASET_PATH, scriptUrl).href,
    // The one-widget classic files sit in iife/, one folder down from the others.
    assetBase: new URL(/\/iife\/[^/]*$/.test(new URL(scriptUrl).pathname) ? '../' : './', scriptUrl).href,
    locale: data['locale'] || undefined,
    fallbackUrl: data['fallbackUrl'] ? new URL(data['fallbackUrl'], page).href : undefined,
    helpPhone: data['helpPhone']?.trim() || undefined,
    pages: pagesFrom(data, page),
  };
}

/** `data-finder-page`, `data-calendar-page`, `data-rights-page`, `data-contact-page`, resolved against the page. */
function pagesFrom(data: DOMStringMap, page: string): PageConfig['pages'] {
  const pages: NonNullable<PageConfig['pages']> = {};
  for (const name of ['finder', 'calendar', 'rights', 'contact'] as const) {
    const value = data[`${name}Page`];
    if (value) pages[name] = new URL(value, page).href;
  }
  return Object.keys(pages).length ? pages : undefined;
}

/** Finds the `<script>` element whose resolved `src` is `url` (module scripts have no `currentScript`). */
export function findScript(url: string): HTMLScriptElement | null {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === url) return script;
  }
  return null;
}

/**
 * Publishes `config` where the elements read it (the same global as `setPageConfig` in the
 * core); values already set by an earlier script win.
 */
export function publishPageConfig(config: PageConfig): void {
  const key = Symbol.for('amparo.page-config');
  const g = globalThis as {[key]?: PageConfig};
  const set = Object.fromEntries(Object.entries(config).filter(([, value]) => value));
  g[key] = {...set, ...g[key]};
}
