/**
 * `npm run localize:glossary` (part of `npm run localize:check`): fails when a glossary term is
 * translated another way than the locale's glossary says, in the interface strings or in the
 * know-your-rights content. Every interface target locale needs glossary/<locale>.json; a
 * rights-content locale is checked when it has one. See ./glossary.ts.
 */
import {existsSync, readFileSync} from 'node:fs';
import {flatten} from '../data/rights.js';
import {readRightsEdition} from '../data/rights-files.js';
import {checkGlossary, xliffPairs, type Glossary, type Pair} from './glossary.js';

const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const config = read<{targetLocales: string[]}>('lit-localize.json');
const english = read<Glossary>('glossary/en.json');
const {edition} = await readRightsEdition();
const rightsEnglish = flatten(edition, 'en');
const rightsLocales = edition.locales.map((l) => l.locale).filter((l) => l !== 'en');

const failures: string[] = [];
let checked = 0;
for (const locale of [...new Set([...config.targetLocales, ...rightsLocales])].sort()) {
  const path = `glossary/${locale}.json`;
  if (!existsSync(path)) {
    if (config.targetLocales.includes(locale)) failures.push(`${path} is missing: every interface locale needs a glossary.`);
    continue;
  }
  const pairs: Pair[] = [];
  if (existsSync(`xliff/${locale}.xlf`)) pairs.push(...xliffPairs(readFileSync(`xliff/${locale}.xlf`, 'utf8'), `xliff/${locale}.xlf`));
  const translated = flatten(edition, locale);
  for (const [key, text] of Object.entries(translated)) {
    const en = rightsEnglish[key];
    if (en && text !== en) pairs.push({where: `rights/${locale}.json ${key}`, en, text});
  }
  const {problems, missing} = checkGlossary(english, read<Glossary>(path), pairs);
  checked++;
  for (const id of missing) failures.push(`${path}: no rendering for "${english.terms[id]!.term}" (${id}).`);
  for (const p of problems) {
    failures.push(`${p.where}: "${english.terms[p.term]!.term}" should be "${p.expected}" (glossary/${locale}.json)\n    en: ${p.en}\n    ${locale}: ${p.text}`);
  }
}
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`glossary: ${failures.length} problem(s).`);
  process.exit(1);
}
console.log(`glossary: ${checked} locale(s) render every term one way.`);
