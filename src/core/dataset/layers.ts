/**
 * Datasets stacked with `meta.extends`: the store's part that runs only for a dataset that is
 * not the trusted default one, so it lives in the validator chunk (validate.ts re-exports it).
 */
import type {Issue} from './validate.js';

type Merge = (base: unknown, own: unknown, baseUrl: string) => unknown;

/** At most this many datasets stacked with `meta.extends` (a nonprofit's on the statewide one is 2). */
const MAX_LAYERS = 3;

/** The URL `meta.extends` names, resolved against the dataset's own URL. */
function extendsUrl(value: string, from: string, defaultUrl: string | undefined): string | undefined {
  if (value === 'amparo:default') return defaultUrl;
  try {
    return new URL(value, from).href;
  } catch {
    return undefined;
  }
}

/**
 * The dataset at `url` with the datasets it extends (`meta.extends`) underneath, fetched once per
 * URL, as one raw document. A base that cannot be loaded is named and left out: the dataset's own
 * records are still shown.
 */
export async function layered(
  url: string,
  json: unknown,
  fetchJson: (url: string) => Promise<unknown>,
  defaultUrl: string | undefined,
  merge: Merge,
  seen: string[] = [url],
): Promise<{json: unknown; issues: Issue[]}> {
  const value = (json as {meta?: {extends?: unknown}} | null)?.meta?.extends;
  if (typeof value !== 'string') return {json, issues: []};
  const problem = (message: string) => ({
    json,
    issues: [{path: '$.meta.extends', message: `${message}; only this dataset's own records are shown`, severity: 'error' as const}],
  });
  const baseUrl = extendsUrl(value, url, defaultUrl);
  if (!baseUrl) return problem(`cannot tell which dataset "${value}" is (no default dataset next to the script)`);
  if (seen.includes(baseUrl)) return problem(`extends ${baseUrl}, which extends it back`);
  if (seen.length >= MAX_LAYERS) return problem(`more than ${MAX_LAYERS} datasets are stacked`);
  let base: unknown;
  try {
    base = await fetchJson(baseUrl);
  } catch (error) {
    return problem(`could not load ${baseUrl} (${error instanceof Error ? error.message : String(error)})`);
  }
  const below = await layered(baseUrl, base, fetchJson, defaultUrl, merge, [...seen, baseUrl]);
  return {json: merge(below.json, json, baseUrl), issues: below.issues};
}
