/**
 * Translation helper for the know-your-rights edition (see ./rights.ts for the file format).
 *
 *   node scripts/run-ts.mjs scripts/data/rights-keys.ts                    # English {key: text} map
 *   node scripts/run-ts.mjs scripts/data/rights-keys.ts --template ar rtl  # new rights/ar.json skeleton
 *   node scripts/run-ts.mjs scripts/data/rights-keys.ts --check            # coverage of every rights/<locale>.json
 *
 * A template holds every key with its English text (overwrite each value, fill in `translator`)
 * and the `source` hashes of that English. After the English changes, `--check` lists the stale
 * keys; re-translate them and copy their new hashes from a fresh `--template`.
 */
import {flatten, translationTemplate} from './rights.js';
import {readRightsEdition} from './rights-files.js';

const [command, locale, dir] = process.argv.slice(2);
const {edition, reports} = await readRightsEdition();
const today = new Date().toISOString().slice(0, 10);

if (!command) {
  console.log(JSON.stringify(flatten(edition, 'en'), null, 2));
} else if (command === '--template' && locale) {
  if (dir && dir !== 'ltr' && dir !== 'rtl') throw new Error('direction must be ltr or rtl');
  console.log(JSON.stringify(translationTemplate(edition, locale, dir as 'ltr' | 'rtl' | undefined, today), null, 2));
} else if (command === '--check') {
  const keys = Object.keys(flatten(edition, 'en')).length;
  console.log(`${edition.id}: ${keys} keys`);
  for (const r of reports) {
    console.log(`${r.locale}: ${r.translated}/${r.total} translated`);
    if (r.missing.length) console.log(`  missing (English shown): ${r.missing.join(', ')}`);
    if (r.stale.length) console.log(`  stale (English changed since): ${r.stale.join(', ')}`);
    if (r.sameAsEnglish.length) console.log(`  same as English: ${r.sameAsEnglish.join(', ')}`);
  }
  if (reports.some((r) => r.stale.length)) process.exitCode = 1;
} else {
  console.error('usage: rights-keys.ts [--template <locale> [ltr|rtl] | --check]');
  process.exitCode = 2;
}
