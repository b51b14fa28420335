// Writes dist/locales/<locale>.json (see src/core/i18n/json-locale.ts) from xliff/<locale>.xlf:
// the interface strings the classic single-file builds fetch when a page is in that language.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * A placeholder's equiv-text split into its literal pieces and its `${…}` expressions (lit-localize
 * merges adjacent expressions, and the text between them, into one placeholder).
 */
function splitExpressions(equiv) {
  const pieces = [''];
  let count = 0;
  for (let i = 0; i < equiv.length; ) {
    if (equiv.startsWith('${', i)) {
      let depth = 0;
      let j = i + 1;
      for (; j < equiv.length; j++) {
        if (equiv[j] === '{') depth++;
        else if (equiv[j] === '}' && --depth === 0) break;
      }
      count++;
      pieces.push('');
      i = j + 1;
    } else pieces[pieces.length - 1] += equiv[i++];
  }
  return {pieces, count};
}

const PLACEHOLDER = /<x id="(\d+)" equiv-text="([^"]*)"\/>/g;

/** The JSON templates of one XLIFF file: only units with a target. */
export function localeJson(xml) {
  const out = {};
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || !target.trim()) continue;
    // The source's expressions in order: placeholder id -> the indices of its expressions.
    const first = new Map();
    let next = 0;
    for (const [, pid, equiv] of source.matchAll(PLACEHOLDER)) {
      first.set(pid, next);
      next += splitExpressions(decode(equiv)).count;
    }
    if (!next) {
      out[id] = decode(target.replace(PLACEHOLDER, (_, __, equiv) => equiv));
      continue;
    }
    const strings = [''];
    const values = [];
    let last = 0;
    for (const m of target.matchAll(PLACEHOLDER)) {
      strings[strings.length - 1] += decode(target.slice(last, m.index));
      const {pieces, count} = splitExpressions(decode(m[2]));
      const start = first.get(m[1]) ?? 0;
      strings[strings.length - 1] += pieces[0];
      for (let k = 0; k < count; k++) {
        values.push(start + k);
        strings.push(pieces[k + 1]);
      }
      last = m.index + m[0].length;
    }
    strings[strings.length - 1] += decode(target.slice(last));
    out[id] = [strings, values];
  }
  return out;
}

export function writeLocaleJson(outDir = 'dist/locales') {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  mkdirSync(outDir, {recursive: true});
  for (const locale of config.targetLocales) {
    const json = localeJson(readFileSync(`xliff/${locale}.xlf`, 'utf8'));
    writeFileSync(`${outDir}/${locale}.json`, JSON.stringify(json));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) writeLocaleJson();
