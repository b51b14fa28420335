/**
 * The glossary check: each locale renders the terms that must never vary (glossary/en.json) one
 * way, in the interface strings (xliff/<locale>.xlf) and in the know-your-rights content
 * (scripts/data/rights/<locale>.json). For every English text that uses a term, its translation
 * must match the locale's pattern (glossary/<locale>.json); a translation that renders the term
 * another way is reported with its id. Pure functions here; the command is ./check-glossary.ts.
 */

export interface GlossaryEntry {
  /** The one rendering, as translators should write it. */
  term: string;
  /** Case-insensitive regular expression accepting the rendering's grammatical forms. */
  match: string;
  note?: string;
}

export interface Glossary {
  locale?: string;
  terms: Record<string, GlossaryEntry>;
}

/** One English text and its translation, with where it comes from (for the report). */
export interface Pair {
  where: string;
  en: string;
  text: string;
}

export interface GlossaryProblem {
  where: string;
  term: string;
  expected: string;
  en: string;
  text: string;
}

const regex = (pattern: string) => new RegExp(pattern, 'iu');

/**
 * Every pair whose English uses a term and whose translation does not use the locale's
 * rendering of it. A term the locale's glossary lacks is reported once as `missing`.
 */
export function checkGlossary(
  english: Glossary,
  local: Glossary,
  pairs: readonly Pair[],
): {problems: GlossaryProblem[]; missing: string[]} {
  const missing = Object.keys(english.terms).filter((id) => !local.terms[id]);
  const problems: GlossaryProblem[] = [];
  for (const [id, en] of Object.entries(english.terms)) {
    const want = local.terms[id];
    if (!want) continue;
    const inEnglish = regex(en.match);
    const inLocal = regex(want.match);
    for (const pair of pairs) {
      if (inEnglish.test(pair.en) && !inLocal.test(pair.text)) {
        problems.push({where: pair.where, term: id, expected: want.term, en: pair.en, text: pair.text});
      }
    }
  }
  return {problems, missing};
}

const decode = (xml: string) =>
  xml
    .replace(/<x [^>]*equiv-text="([^"]*)"[^>]*\/>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The translated units of an XLIFF 1.2 file written by lit-localize, as pairs. */
export function xliffPairs(xml: string, file: string): Pair[] {
  const pairs: Pair[] = [];
  for (const unit of xml.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
    const id = /id="([^"]+)"/.exec(unit)?.[1] ?? '?';
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1];
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(unit)?.[1];
    if (source !== undefined && target !== undefined) pairs.push({where: `${file} ${id}`, en: decode(source), text: decode(target)});
  }
  return pairs;
}
