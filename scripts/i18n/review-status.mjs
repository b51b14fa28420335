// Review status of the interface translations, read from xliff/: a locale counts as reviewed
// only when every <target> is state="signed-off" or "final"; targets drafted by machine are
// state="needs-review-translation" state-qualifier="mt-suggestion" (a target without a state
// counts as not reviewed). Writes src/core/i18n/review-status.ts, which the language choice reads
// to say "Machine translation, not yet reviewed" in that language.
//
//   node scripts/i18n/review-status.mjs                 # regenerate review-status.ts
//   node scripts/i18n/review-status.mjs --check         # fail if it is out of date (npm run localize:check)
//   node scripts/i18n/review-status.mjs --mark-machine vi   # mark every unmarked target of vi as machine-drafted
//   node scripts/i18n/review-status.mjs --sign-off vi       # a reviewer approved every target of vi
//   node scripts/i18n/review-status.mjs --unsign vi         # back to needs-review-translation
import {readFileSync, writeFileSync} from 'node:fs';

const OUT = 'src/core/i18n/review-status.ts';
const REVIEWED = /^(signed-off|final)$/;
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const file = (locale) => `xliff/${locale}.xlf`;

function states(xml) {
  return [...xml.matchAll(/<target(\s[^>]*)?>/g)].map((m) => /\sstate="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '');
}

export function reviewStatus() {
  const machine = [];
  for (const locale of config.targetLocales) {
    const all = states(readFileSync(file(locale), 'utf8'));
    if (!all.length || all.some((s) => !REVIEWED.test(s))) machine.push(locale);
  }
  return machine.sort();
}

function render(machine) {
  return `// Do not edit: written by \`node scripts/i18n/review-status.mjs\` from the <target state> of xliff/.
// A reviewer signs a language off with \`node scripts/i18n/review-status.mjs --sign-off <locale>\`.

/** Interface languages with targets drafted by machine and not yet signed off by a reviewer. */
export const MACHINE_TRANSLATED = ${JSON.stringify(machine)} as const;
`;
}

function setStates(locale, replace) {
  const path = file(locale);
  const xml = readFileSync(path, 'utf8').replace(/<target(\s[^>]*)?>/g, (tag, attrs = '') => replace(attrs.trim(), tag));
  writeFileSync(path, xml);
}

const [command, locale] = process.argv.slice(2);
if (command === '--mark-machine' && locale) {
  setStates(locale, (attrs, tag) => (/\bstate=/.test(attrs) ? tag : '<target state="needs-review-translation" state-qualifier="mt-suggestion">'));
} else if (command === '--sign-off' && locale) {
  setStates(locale, () => '<target state="signed-off">');
} else if (command === '--unsign' && locale) {
  setStates(locale, () => '<target state="needs-review-translation" state-qualifier="mt-suggestion">');
} else if (command && command !== '--check') {
  console.error('usage: review-status.mjs [--check | --mark-machine <locale> | --sign-off <locale> | --unsign <locale>]');
  process.exit(2);
}
const text = render(reviewStatus());
if (command === '--check') {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // Reported below.
  }
  if (current !== text) {
    console.error(`${OUT} is out of date with xliff/: run \`node scripts/i18n/review-status.mjs\`.`);
    process.exit(1);
  }
  console.log(`review status: machine-drafted, not yet reviewed: ${reviewStatus().join(', ') || 'none'}.`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
