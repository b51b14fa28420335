/**
 * Page-wide configuration, read once from the `<script data-*>` tag that loaded Amparo.
 *
 * Elements read it through {@link getPageConfig}; per-element attributes (`dataset`,
 * `fallback-url`) override it. The value lives on a global symbol so that the drop-in
 * loader, the IIFE build and the npm build all see the same configuration when a page
 * mixes them.
 */
export interface PageConfig {
  /** Absolute URL of the dataset every element reads unless it sets `dataset`. */
  datasetUrl?: string;
  /** `auto` (follow the page) or a BCP 47 language tag. */
  locale?: string;
  /** A page the site owner offers when the dataset cannot be loaded. */
  fallbackUrl?: string;
}

const KEY = Symbol.for('amparo.page-config');
type WithConfig = typeof globalThis & {[KEY]?: PageConfig};

export function getPageConfig(): PageConfig {
  return (globalThis as WithConfig)[KEY] ?? {};
}

/** Merges `config` into the page configuration; keys already set are kept (first script wins). */
export function setPageConfig(config: PageConfig): void {
  const g = globalThis as WithConfig;
  const current = g[KEY] ?? {};
  const merged: PageConfig = {...current};
  for (const [key, value] of Object.entries(config) as [keyof PageConfig, string | undefined][]) {
    if (value && !merged[key]) merged[key] = value;
  }
  g[KEY] = merged;
}

/** The default dataset ships next to the script: `<script dir>/data/amparo-ca.json`. */
export const DEFAULT_DATASET_PATH = 'data/amparo-ca.json';

/**
 * Reads `data-dataset`, `data-locale` and `data-fallback-url` from the loading script.
 * Relative URLs resolve against the page (as a site owner expects from an attribute);
 * the default dataset resolves against the script's own URL, so any CDN path works.
 */
export function configFromScript(script: HTMLScriptElement | null, scriptUrl: string): PageConfig {
  const data = script?.dataset ?? {};
  const page = document.baseURI;
  return {
    datasetUrl: data['dataset']
      ? new URL(data['dataset'], page).href
      : new URL(DEFAULT_DATASET_PATH, scriptUrl).href,
    locale: data['locale'] || undefined,
    fallbackUrl: data['fallbackUrl'] ? new URL(data['fallbackUrl'], page).href : undefined,
  };
}

/** Finds the `<script>` element whose resolved `src` is `url` (module scripts have no `currentScript`). */
export function findScript(url: string): HTMLScriptElement | null {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === url) return script;
  }
  return null;
}
