/**
 * The default know-your-rights edition: English authored in `rights/edition.json`, every other
 * language in its own flat file `rights/<locale>.json`, merged here into one `RightsEdition`.
 *
 * Pure: JSON in, record out (files are read by ./rights-files.ts). Translators work in parallel,
 * one file each, and never touch the English. A translation file looks like:
 *
 * ```jsonc
 * {
 *   "locale": "es", "dir": "ltr", "method": "machine", "translator": "…", "date": "2026-11-27",
 *   "strings": {"scenarios.at-door.title": "Si llegan agentes a su casa", "phrases.remain-silent": "…"},
 *   // FNV-1a hash of the English each string was translated from (`rights-keys.ts --template`)
 *   "source": {"scenarios.at-door.title": "9c1f0e2a", "phrases.remain-silent": "…"}
 * }
 * ```
 *
 * - A missing (or empty) string stays absent: the widget shows English and says so.
 * - A key the edition does not have is an error: stale translations must not ship.
 * - A string whose English has changed since (its `source` hash differs) is left out and reported.
 */
import * as z from 'zod/mini';
import {IsoDate, Locale, Text} from '../../src/core/dataset/schema/common.js';
import {RightsEditionSchema, type RightsEdition} from '../../src/core/dataset/schema/index.js';
import {textSlots} from '../../src/widgets/rights-card/strings.js';

export {textSlots, type TextSlot} from '../../src/widgets/rights-card/strings.js';


/** One translatable text, by its stable key; a phrase used in several scenarios has one key. */

export const RightsTranslationSchema = z.strictObject({
  locale: Locale,
  dir: z.optional(z.enum(['ltr', 'rtl'])),
  method: z.enum(['machine', 'human', 'reviewed']),
  translator: Text,
  date: IsoDate,
  strings: z.record(z.string(), z.string()),
  source: z.record(z.string(), z.string().check(z.regex(/^[0-9a-f]{8}$/, 'expected an 8-digit hex hash'))),
});

export type RightsTranslation = z.output<typeof RightsTranslationSchema>;

/** What merging one translation file did. */
export interface TranslationReport {
  locale: string;
  /** Keys in the edition. */
  total: number;
  /** Keys merged. */
  translated: number;
  /** Keys with no (or an empty) string: the widget falls back to English. */
  missing: string[];
  /** Keys translated from older English (hash mismatch): left out until re-translated. */
  stale: string[];
  /** Keys whose "translation" is the English text itself (merged, but worth a look). */
  sameAsEnglish: string[];
}

export interface LoadedRights {
  edition: RightsEdition;
  reports: TranslationReport[];
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: the `source` fingerprint of an English string. */
export function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The flat `{key: text}` map of one locale (texts it lacks are left out). */
export function flatten(edition: RightsEdition, locale = 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const {key, texts} of textSlots(edition)) {
    const text = texts[0]![locale];
    if (text) out[key] = text;
  }
  return out;
}

/** `{key: sourceHash(english)}` for every key: the `source` block a translation file carries. */
export function sourceHashes(edition: RightsEdition): Record<string, string> {
  return Object.fromEntries(textSlots(edition).map(({key, texts}) => [key, sourceHash(texts[0]!.en)]));
}

function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.output<S>;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`rights: ${what} is invalid:\n${lines.join('\n')}`);
}

/** Merges one parsed translation into `edition` (mutated) and says what it did. */
function mergeTranslation(edition: RightsEdition, t: RightsTranslation): TranslationReport {
  const slots = textSlots(edition);
  const known = new Set(slots.map((s) => s.key));
  const unknown = [...new Set([...Object.keys(t.strings), ...Object.keys(t.source)])].filter((k) => !known.has(k));
  if (unknown.length) {
    throw new Error(
      `rights: ${t.locale} has keys the edition does not have (stale or misspelt; remove or re-key them):\n  ${unknown.join('\n  ')}`,
    );
  }
  const unhashed = Object.keys(t.strings).filter((k) => t.strings[k] && !t.source[k]);
  if (unhashed.length) {
    throw new Error(`rights: ${t.locale} has strings without a source hash:\n  ${unhashed.join('\n  ')}`);
  }
  const report: TranslationReport = {locale: t.locale, total: slots.length, translated: 0, missing: [], stale: [], sameAsEnglish: []};
  for (const {key, texts} of slots) {
    const text = t.strings[key];
    const english = texts[0]!.en;
    if (!text) report.missing.push(key);
    else if (t.source[key] !== sourceHash(english)) report.stale.push(key);
    else {
      for (const target of texts) target[t.locale] = text;
      report.translated++;
      if (text === english) report.sameAsEnglish.push(key);
    }
  }
  edition.locales.push({
    locale: t.locale,
    ...(t.dir ? {dir: t.dir} : {}),
    method: t.method,
    translator: t.translator,
    date: t.date,
  });
  return report;
}

/**
 * The edition from `rights/edition.json` (English only) with the translation files merged in,
 * validated again as a whole. Throws on an invalid file, a duplicate locale or unknown keys.
 */
export function loadRightsEdition(editionJson: unknown, translations: readonly unknown[] = []): LoadedRights {
  const edition = parseOrThrow(RightsEditionSchema, structuredClone(editionJson), 'edition.json');
  const foreign = textSlots(edition).flatMap(({key, texts}) =>
    Object.keys(texts[0]!).filter((l) => l !== 'en').map((l) => `${key} (${l})`),
  );
  if (foreign.length || edition.locales.some((l) => l.locale !== 'en')) {
    throw new Error(
      `rights: edition.json holds English only; put other languages in rights/<locale>.json:\n  ${foreign.join('\n  ')}`,
    );
  }
  if (!edition.locales.length) throw new Error('rights: edition.json needs its "en" entry in locales');

  const reports: TranslationReport[] = [];
  const seen = new Set(['en']);
  for (const [i, json] of translations.entries()) {
    const t = parseOrThrow(RightsTranslationSchema, json, `translation #${i + 1}`);
    if (seen.has(t.locale)) throw new Error(`rights: two files for locale ${t.locale} (or a translation into en)`);
    seen.add(t.locale);
    reports.push(mergeTranslation(edition, t));
  }
  return {edition: parseOrThrow(RightsEditionSchema, edition, 'the merged edition'), reports};
}

/**
 * A translation-file skeleton for `locale`: every key with its English text to overwrite, and the
 * `source` hashes that mark which English each string was translated from.
 */
export function translationTemplate(edition: RightsEdition, locale: string, dir: 'ltr' | 'rtl' = 'ltr', date = ''): RightsTranslation {
  return {
    locale,
    dir,
    method: 'machine',
    translator: '',
    date,
    strings: flatten(edition, 'en'),
    source: sourceHashes(edition),
  };
}

/**
 * Moves every locale not in `inline` out of `edition` (mutated) into its own `rights-strings`
 * file (`rights-<locale>.json`, next to the dataset), and points the locale's entry at it.
 */
export function splitRightsLocales(edition: RightsEdition, inline: readonly string[]): {file: string; text: string}[] {
  const files: {file: string; text: string}[] = [];
  for (const info of edition.locales) {
    if (inline.includes(info.locale)) continue;
    const file = `rights-${info.locale}.json`;
    const strings = flatten(edition, info.locale);
    files.push({file, text: `${JSON.stringify({kind: 'rights-strings', edition: edition.id, locale: info.locale, strings}, null, 1)}\n`});
    info.url = file;
  }
  const moved = new Set(files.map((f) => f.file.slice('rights-'.length, -'.json'.length)));
  for (const {texts} of textSlots(edition)) {
    for (const text of texts) for (const locale of moved) delete text[locale];
  }
  return files;
}
