// Translator's helper for xliff/<locale>.xlf (lit-localize's interchange files).
//
//   node scripts/i18n/xliff-tool.mjs missing <locale>            # {id: source} of units without a target (JSON)
//   node scripts/i18n/xliff-tool.mjs all <locale>                # {id: {source, target}} of every unit (JSON)
//   node scripts/i18n/xliff-tool.mjs fill <locale> <file.json>   # set targets from {id: target}
//
// Sources and targets are XLIFF text: placeholders stay as <x id="0" equiv-text="…"/> and must be
// kept (in any order the language needs); &lt; &gt; &amp; stay escaped. Filled targets are marked
// as machine-drafted (state="needs-review-translation" state-qualifier="mt-suggestion") unless
// --reviewed is given. Run `npx lit-localize build` and `node scripts/i18n/review-status.mjs` after.
import {readFileSync, writeFileSync} from 'node:fs';

const [command, locale, file, flag] = process.argv.slice(2);
if (!command || !locale) {
  console.error('usage: xliff-tool.mjs missing|all <locale> | fill <locale> <file.json> [--reviewed]');
  process.exit(2);
}
const path = `xliff/${locale}.xlf`;
let xml = readFileSync(path, 'utf8');
const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;

if (command === 'missing' || command === 'all') {
  const out = {};
  for (const [, id, body] of xml.matchAll(UNIT)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (command === 'all') out[id] = {source, target};
    else if (target === undefined || !target.trim()) out[id] = source;
  }
  console.log(JSON.stringify(out, null, 1));
} else if (command === 'fill' && file) {
  const targets = JSON.parse(readFileSync(file, 'utf8'));
  const state = flag === '--reviewed' ? 'state="signed-off"' : 'state="needs-review-translation" state-qualifier="mt-suggestion"';
  let filled = 0;
  const problems = [];
  xml = xml.replace(UNIT, (unit, id, body) => {
    const text = targets[id];
    if (typeof text !== 'string') return unit;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const holders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');
    if (holders(source) !== holders(text)) {
      problems.push(`${id}: placeholders differ from the source (${holders(source)} vs ${holders(text)})`);
      return unit;
    }
    filled++;
    const withoutTarget = body.replace(/\n\s*<target[^>]*>[\s\S]*?<\/target>/, '');
    const withTarget = withoutTarget.replace(/(<\/source>)/, `$1\n  <target ${state}>${text}</target>`);
    return `<trans-unit id="${id}">${withTarget}</trans-unit>`;
  });
  writeFileSync(path, xml);
  for (const p of problems) console.error(p);
  console.log(`${path}: ${filled} target(s) set${problems.length ? `, ${problems.length} refused` : ''}.`);
  if (problems.length) process.exitCode = 1;
} else {
  console.error(`unknown command ${command}`);
  process.exit(2);
}
