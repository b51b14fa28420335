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
  // Printing: the contact form, the rights card and the finder's lazy extras (not in the shared chunk).
  ['print chunk (src/core/print.ts)', (f) => /^chunks\/print-[\w-]+\.js$/.test(f), 1 * KB],
  // Every widget page pays for it: with the loader and a widget chunk it makes the page cost below.
  ['shared chunk (Lit + core + localize)', (f) => /^chunks\/core-[\w-]+\.js$/.test(f), 17.5 * KB],
  // Quick exit and "What changed" (src/core/quick-exit.ts, updates.ts): the finder's and the rights
  // card's, static for both; a calendar or contact page does not download them.
  ['quick exit + updates chunk (finder, rights card)', (f) => /^chunks\/safety-[\w-]+\.js$/.test(f), 1.5 * KB],
  // Not on a page that reads the trusted default dataset (issue 15); every other dataset needs it.
  ['validator chunk (zod/mini + schemas, lazy)', (f) => /^chunks\/validate-[\w-]+\.js$/.test(f), 17 * KB],
  // Issue 15: the validator is a second classic file (below), fetched only for a dataset that is
  // not the trusted default one. The goal is 60 KB (one-widget files: 32 KB); the four widgets' own
  // code held the file at ~66 KB, and issues 12/14/18's additions at 76.5 KB (2026-12-06), until
  // their lazy parts (calendar ics/month/details/jsonld, finder extras/places/card links, the contact
  // form's last step) leave it too: see bench/README.md, "Page cost".
  ['whole IIFE, four widgets (dist/amparo.iife.js)', (f) => f === 'amparo.iife.js', 78 * KB],
  ['one-widget IIFE (dist/iife/)', (f) => /^iife\/amparo-[\w-]+\.iife\.js$/.test(f), 40 * KB],
  // Loaded by the classic files (SRI-pinned) only for a dataset that is not the trusted default.
  ['classic validator file (dist/amparo-validate.js, lazy)', (f) => f === 'amparo-validate.js', 18 * KB],
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
  (f) => f === 'amparo.js' || f === 'amparo.iife.js' || f === 'amparo-validate.js' || f.startsWith('chunks/') || f.startsWith('iife/'),
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
/**
 * Page cost per widget (issue 15): every JS file a page with one widget downloads, gzip -9 each,
 * added up. From the drop-in build's chunk graph (.tmp/chunk-graph.json, written by the build):
 * the loader, the widget's chunk and everything they import statically. With the default dataset
 * (trusted by its sha256, no runtime validator) that is the whole cost; a page with its own dataset
 * also fetches the validator chunk. Lazy parts (the calendar's month grid, the finder's extras, a
 * language other than English) come on demand and are listed per file above.
 */
// Issue 15's goals are finder 30, rights card 28, calendar 30, contact form 32 and the whole IIFE 60 KB.
// The trusted dataset and the split validator reached them (29.99 / 24.4 / 29.4 / 29.7 KB) before the
// widgets gained share, cross-widget links, next events, "What changed", quick exit and the language
// choice (issues 12, 14, 18: ~2.5 KB of shared chunk, 1-2 KB per widget). Until those move into lazy
// parts, the budgets hold today's sizes (2026-12-06) so that nothing grows further unnoticed.
const PAGE_BUDGETS = [
  ['amparo-resource-finder', 'resource-finder', 35.5 * KB],
  ['amparo-rights-card', 'rights-card', 29 * KB],
  ['amparo-event-calendar', 'event-calendar', 33.5 * KB],
  ['amparo-contact-rep', 'contact-rep', 33 * KB],
];
const graph = existsSync('.tmp/chunk-graph.json') ? JSON.parse(readFileSync('.tmp/chunk-graph.json', 'utf8')) : undefined;
if (!graph || !Object.keys(graph).every((f) => existsSync(`dist/${f}`))) {
  rows.push(['page cost per widget: .tmp/chunk-graph.json is missing or stale; run `npm run build`', NaN, 0]);
  failed = true;
} else {
  const closure = (start) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of graph[f]?.imports ?? []) visit(i);
    };
    start.forEach(visit);
    return seen;
  };
  const cost = (set) => [...set].reduce((sum, f) => sum + gz(readFileSync(`dist/${f}`)), 0);
  const validator = Object.keys(graph).find((f) => /^chunks\/validate-[\w-]+\.js$/.test(f));
  const pageRows = [];
  for (const [tag, name, budget] of PAGE_BUDGETS) {
    const chunk = graph['amparo.js']?.dynamicImports.find((f) => f.startsWith(`chunks/${name}-`));
    if (!chunk) {
      rows.push([`page <${tag}> MISSING (no chunk chunks/${name}-*.js)`, NaN, budget]);
      failed = true;
      continue;
    }
    const files = closure(['amparo.js', chunk]);
    const parts = [...files].map((f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')).join(' + ');
    const size = cost(files);
    pageRows.push([`page <${tag}>, default dataset: ${parts}`, size, budget]);
    failed ||= size > budget;
    if (validator && !files.has(validator)) {
      const own = cost(closure([...files, validator]));
      pageRows.push([`  page <${tag}>, own dataset (+ validator chunk, not budgeted)`, own, undefined]);
    }
  }
  rows.push(...pageRows);
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
