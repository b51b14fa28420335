/**
 * Page-wide configuration: what the `<script data-*>` tag that loaded Amparo says (see
 * `src/script-config.ts`), or what an npm user sets with {@link setPageConfig}.
 *
 * Elements read it through {@link getPageConfig}; per-element attributes (`dataset`,
 * `fallback-url`) override it. It lives on a global symbol, so the drop-in loader, the IIFE
 * build and the npm build all see the same configuration when a page mixes them, and the loader
 * can publish it without importing (and so downloading) the core.
 */
export interface PageConfig {
  /** Absolute URL of the dataset every element reads unless it sets `dataset`. */
  datasetUrl?: string;
  /** `auto` (follow the page) or a BCP 47 language tag. */
  locale?: string;
  /** A page the site owner offers when the dataset cannot be loaded. */
  fallbackUrl?: string;
  /** The folder of Amparo's built files (where the classic builds fetch `locales/<locale>.json`). */
  assetBase?: string;
  /** The statewide dataset that ships next to the script (`meta.extends: "amparo:default"`). */
  defaultDatasetUrl?: string;
  /** Pages of the site that show the other widgets, for links between them (`data-finder-page`...). */
  pages?: Partial<Record<'finder' | 'calendar' | 'rights' | 'contact', string>>;
  /** A phone number the site owner offers in every failure and slow-loading state. */
  helpPhone?: string;
}

export const PAGE_CONFIG_KEY = Symbol.for('amparo.page-config');
type WithConfig = {[PAGE_CONFIG_KEY]?: PageConfig};

export function getPageConfig(): PageConfig {
  return (globalThis as WithConfig)[PAGE_CONFIG_KEY] ?? {};
}

/** Merges `config` into the page configuration; keys already set are kept (first script wins). */
export function setPageConfig(config: PageConfig): void {
  const set = Object.fromEntries(Object.entries(config).filter(([, value]) => value));
  (globalThis as WithConfig)[PAGE_CONFIG_KEY] = {...set, ...getPageConfig()};
}
