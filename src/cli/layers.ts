/**
 * `meta.extends` for the CLI: the dataset with the datasets it builds on underneath, as the
 * widgets see it. `amparo:default` is the statewide dataset of this package (dist/data).
 */
import {readFile} from 'node:fs/promises';
import {mergeLayers} from '../core/dataset/validate.js';

const DEFAULT = new URL('../data/amparo-ca.json', import.meta.url);

/** A JSON document from a file: or http(s): URL; "not valid JSON (...)" when it does not parse. */
export async function readJson(url: URL): Promise<unknown> {
  const text =
    url.protocol === 'file:'
      ? await readFile(url, 'utf8')
      : await fetch(url, {headers: {accept: 'application/json'}}).then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.text();
        });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, {cause: error});
  }
}

/** `json` (read from `url`) merged onto what it extends; problems are returned as lines. */
export async function withBases(json: unknown, url: URL, seen: string[] = [url.href]): Promise<{json: unknown; problems: string[]}> {
  const value = (json as {meta?: {extends?: unknown}} | null)?.meta?.extends;
  if (typeof value !== 'string') return {json, problems: []};
  const base = value === 'amparo:default' ? DEFAULT : new URL(value, url);
  if (seen.includes(base.href)) return {json, problems: [`$.meta.extends: ${base.href} extends this dataset back`]};
  let below: unknown;
  try {
    below = await readJson(base);
  } catch (error) {
    return {json, problems: [`$.meta.extends: could not read ${base.href} (${(error as Error).message})`]};
  }
  const deeper = await withBases(below, base, [...seen, base.href]);
  return {json: mergeLayers(deeper.json, json, base.href, url.href), problems: deeper.problems};
}
