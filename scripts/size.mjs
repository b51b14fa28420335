// Size budgets (gzip -9), checked by `npm test` after `npm run build`. A budget that is exceeded
// fails the run; the table shows every file so regressions are visible in CI logs.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

const KB = 1024;
const gz = (buf) => gzipSync(buf, {level: 9}).length;

/** [label, file matcher, budget in bytes]. Widgets add their own line when they land. */
const budgets = [
  ['loader (dist/amparo.js)', (f) => f === 'amparo.js', 2 * KB],
  // 16 KB until the widgets used the shared pieces of issues 12 and 18 (language choice, autonyms,
  // review status, ContentText, share, cross-links, updates: ~1.6 KB, paid once for all four).
  ['shared chunk (Lit + core + localize)', (f) => /^chunks\/core-[\w-]+\.js$/.test(f), 19 * KB],
  // 16 KB until issue 11-18 schema additions (places, links, updates...); issue 15 decides its cost.
  ['validator chunk (zod/mini + schemas, lazy)', (f) => /^chunks\/validate-[\w-]+\.js$/.test(f), 17 * KB],
  // Issue 2 set 60 KB for the all-in-one file when no widget existed. With four widgets, the
  // zod/mini validator (14 KB) and the Spanish strings it cannot fit; each widget's own single file
  // keeps that budget, and the all-in-one file is held near its size with four widgets (82 KB).
  // Temporarily 94 KB while issues 11-14 add data-truth, failure and language features; issue 15
  // (page cost per widget) brings the all-in-one file to 60 KB.
  ['whole IIFE, four widgets (dist/amparo.iife.js)', (f) => f === 'amparo.iife.js', 94 * KB],
  ['one-widget IIFE (dist/iife/)', (f) => /^iife\/amparo-[\w-]+\.iife\.js$/.test(f), 60 * KB],
  ['<amparo-rights-card> chunk', (f) => /^chunks\/rights-card-[\w-]+\.js$/.test(f), 10 * KB],
  ['<amparo-contact-rep> chunk', (f) => /^chunks\/contact-rep-[\w-]+\.js$/.test(f), 14 * KB],
  // Fetched once the person records an outcome: the report form, the next events near them (with
  // the event times chunk) and the host organization's volunteer and donate links.
  ['<amparo-contact-rep> lazy part (last step)', (f) => /^chunks\/last-step-[\w-]+\.js$/.test(f), 3 * KB],
  ['<amparo-event-calendar> chunk', (f) => /^chunks\/event-calendar-[\w-]+\.js$/.test(f), 12 * KB],
  // Recurrence, time zones and occurrences (src/core/events): static for the calendar, loaded on
  // demand by the finder and the contact form when they show next events.
  ['event times chunk (recurrence, time zones, occurrences)', (f) => /^chunks\/events-[\w-]+\.js$/.test(f), 5 * KB],
  ['<amparo-event-calendar> lazy parts (ics, month, jsonld, details)', (f) => /^chunks\/(ics|month|jsonld|details)-[\w-]+\.js$/.test(f), 3 * KB],
  // Fetched only by a calendar with `ics-src`: the feed reader plus ical.js 2.2.1 (~22.8 KB of it).
  ['<amparo-event-calendar> ics-src feed reader (ical.js, lazy)', (f) => /^chunks\/feed-[\w-]+\.js$/.test(f), 26 * KB],
  // 12 KB until the default dataset had providers; places, recognition dates and the no-provider
  // fallbacks (issue 11) need room. Page-cost budgets per widget replace these (issue 15).
  // 16.5 KB (w4-finder, for the lead to confirm): link state, next events and quick exit wiring,
  // plural counts, the thin-element split (issues 12, 14, 16, 18); the card links are a lazy part.
  ['<amparo-resource-finder> chunk', (f) => /^chunks\/resource-finder-[\w-]+\.js$/.test(f), 16.5 * KB],
  // Fetched only for no results, a typed city, a place not found, "Use my location" or printing.
  ['<amparo-resource-finder> lazy part (extras)', (f) => /^chunks\/extras-[\w-]+\.js$/.test(f), 3 * KB],
  // Fetched only when "Where is a hearing or a detention center?" is opened (or shown open for
  // a court date or a detained relative): courts, detention facilities, locator and case status.
  // A card's share button, next events and volunteer/donate links: loaded with the first card.
  ['<amparo-resource-finder> lazy part (card links)', (f) => /^chunks\/card-links-view-[\w-]+\.js$/.test(f), 2 * KB],
  ['<amparo-resource-finder> lazy part (places)', (f) => /^chunks\/places-[\w-]+\.js$/.test(f), 2 * KB],
];

function filesUnder(dir, prefix = '') {
  return readdirSync(dir, {withFileTypes: true}).flatMap((d) =>
    d.isDirectory() ? filesUnder(`${dir}/${d.name}`, `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/**
 * Until a widget chunk imports the core, rollup emits neither the shared chunk nor the validator
 * chunk. Measure the same code instead: src/core with its dependencies, minified and split the way
 * the real build splits it (the validator is a dynamic import, so it lands in its own file).
 */
async function standIns() {
  const out = await build({
    entryPoints: {core: 'src/core/index.ts'},
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    outdir: 'stand-in',
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const files = out.outputFiles.filter((f) => !f.path.includes('/locales/') && !/\/es-[\w-]+\.js$/.test(f.path));
  const core = files.find((f) => f.path.endsWith('/core.js'));
  const validate = files.find((f) => /\/validate-[\w-]+\.js$/.test(f.path));
  return {core: core?.contents, validate: validate?.contents};
}

if (!existsSync('dist/amparo.js')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const files = filesUnder('dist').filter(
  (f) => f === 'amparo.js' || f === 'amparo.iife.js' || f.startsWith('chunks/') || f.startsWith('iife/'),
);
let failed = false;
const rows = [];
for (const [label, match, budget] of budgets) {
  const hits = files.filter(match);
  const standIn = label.startsWith('shared') ? 'core' : label.startsWith('validator') ? 'validate' : undefined;
  if (hits.length === 0 && standIn) {
    const contents = (await standIns())[standIn];
    const size = contents ? gz(contents) : NaN;
    rows.push([`${label} [stand-in: src/core bundled, no widget chunk yet]`, size, budget]);
    failed ||= !(size <= budget);
    continue;
  }
  if (hits.length === 0) {
    rows.push([`${label} MISSING`, NaN, budget]);
    failed = true;
    continue;
  }
  for (const f of hits) {
    const size = gz(readFileSync(`dist/${f}`));
    rows.push([`${label} ${f}`, size, budget]);
    failed ||= size > budget;
  }
}
for (const f of files.filter((f) => !budgets.some(([, match]) => match(f)))) {
  rows.push([`  ${f}`, gz(readFileSync(`dist/${f}`)), undefined]);
}
for (const [label, size, budget] of rows) {
  const over = budget !== undefined && !(size <= budget);
  const limit = budget === undefined ? '' : ` / ${(budget / KB).toFixed(1)} KB`;
  console.log(`${over ? 'OVER ' : 'ok   '} ${(size / KB).toFixed(2).padStart(6)} KB${limit}  ${label}`);
}
if (failed) {
  console.error('size: a budget is exceeded (see OVER above).');
  process.exit(1);
}
