/**
 * Reads the know-your-rights edition from disk: `rights/edition.json` (English) and every
 * `rights/<locale>.json` translation next to it, merged by ./rights.ts.
 */
import {readdir, readFile} from 'node:fs/promises';
import {basename, join} from 'node:path';
import {loadRightsEdition, type LoadedRights} from './rights.js';

export const RIGHTS_DIR = 'scripts/data/rights';

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`rights: cannot read ${path}: ${(error as Error).message}`, {cause: error});
  }
}

/** The merged edition and one report per translation file (files in locale order). */
export async function readRightsEdition(dir = RIGHTS_DIR): Promise<LoadedRights> {
  const edition = await readJson(join(dir, 'edition.json'));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && f !== 'edition.json').sort();
  const translations: unknown[] = [];
  for (const file of files) {
    const json = await readJson(join(dir, file));
    const locale = (json as {locale?: unknown})?.locale;
    if (locale !== basename(file, '.json')) throw new Error(`rights: ${file} says locale ${String(locale)}; name it <locale>.json`);
    translations.push(json);
  }
  return loadRightsEdition(edition, translations);
}
