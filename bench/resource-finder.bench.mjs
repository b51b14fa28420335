// Benchmark for <amparo-resource-finder> in headless Chromium, on 10,000 generated (fictional,
// seeded) resources:
//  1. filter + rank per keystroke (the finder's search.ts, typed char by char: 16 queries, English
//     and Spanish, synonyms, accents, typos, with and without filters): median / p95, target
//     <= 2 ms median; plus the live counts the widget computes on the same keystroke;
//  2. Fuse.js (dev dependency) on the same records and keystrokes, in the same page and run:
//     ratio of medians and of p95s, target: ours >= 5x faster;
//  3. the BUILT widget (dist/amparo.js) with the same records, typed into: time per keystroke
//     (input -> Lit committed -> style + layout) and long tasks (PerformanceObserver 'longtask'),
//     target: no task over 50 ms while typing; how many cards are in the DOM.
// See bench/README.md.
//
//   npm run build && node bench/resource-finder.bench.mjs [--n 10000] [--reps 5] [--rates 1] [--json results.json]
//   (--rates 1,4 adds a run with the CPU throttled 4x: ~5 minutes, Fuse.js being slow there;
//   --widget-only types into the widget and skips the search and Fuse.js rows)
import {existsSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/find-chromium.mjs';
import {startServer} from '../scripts/serve.mjs';

const MEDIAN_BUDGET_MS = 2;
const TARGET_RATIO = 5;
const LONG_TASK_MS = 50;

const {values: options} = parseArgs({
  options: {
    n: {type: 'string', default: '10000'},
    reps: {type: 'string', default: '5'},
    rates: {type: 'string', default: '1'},
    'widget-only': {type: 'boolean', default: false},
    json: {type: 'string'},
  },
});
const N = Number(options.n);
const REPS = Number(options.reps);
const RATES = options.rates.split(',').map(Number);
if (!(N >= 100) || !(REPS >= 1) || RATES.some((r) => !(r >= 1))) {
  console.error('Usage: --n <records >= 100> --reps <k >= 1> --rates <1,4,...> [--json file]');
  process.exit(2);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/amparo.js');
if (!existsSync(DIST)) {
  console.error('dist/amparo.js is missing: the widget part measures the built widget. Run `npm run build` first.');
  process.exit(1);
}
const newestSource = (dir) =>
  readdirSync(dir, {recursive: true})
    .map((f) => join(dir, String(f)))
    .filter((f) => f.endsWith('.ts'))
    .reduce((latest, f) => Math.max(latest, statSync(f).mtimeMs), 0);
if (newestSource(join(ROOT, 'src')) > statSync(DIST).mtimeMs) {
  console.warn('Warning: src/ has changes newer than dist/amparo.js; run `npm run build` to measure them.\n');
}

// --- Statistics. ---
const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const summarise = (xs) => ({median: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs), n: xs.length});
const ms = (x) => x.toFixed(x < 10 ? 3 : 1);

// --- Run. ---
const started = performance.now();
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./resource-finder.harness.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  conditions: ['production'],
  target: 'es2022',
  logLevel: 'error',
});
const harness = bundle.outputFiles[0].text;

// Cross-origin isolation gives the page a 5 µs performance.now() instead of a 100 µs one.
const server = await startServer({
  root: ROOT,
  headers: () => ({'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp'}),
});
// Fuse.js at 4x takes minutes for one evaluate call: no protocol timeout.
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  protocolTimeout: 0,
});
const results = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewport({width: 400, height: 900, deviceScaleFactor: 1});
  await page.goto(`${server.url}/bench/resource-finder.html`, {waitUntil: 'networkidle0'});
  await page.addScriptTag({type: 'module', content: harness});
  await page.waitForFunction(() => globalThis.amparoBench, {timeout: 10_000});
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  const cdp = await page.createCDPSession();
  for (const rate of RATES) {
    await cdp.send('Emulation.setCPUThrottlingRate', {rate});
    await page.evaluate(() => globalThis.gc?.());
    const widget = await page.evaluate((n) => globalThis.amparoBench.widget(n), N);
    if (options['widget-only']) {
      const typing = summarise(widget.samples.map((x) => x.ms));
      const long = widget.longTasksWhileTyping;
      console.log(`${rate}x widget: median ${ms(typing.median)}, p95 ${ms(typing.p95)}, max ${ms(typing.max)} ms; long tasks while typing: ${long.length}`);
      continue;
    }
    await page.evaluate(() => globalThis.gc?.());
    const logic = await page.evaluate((n, reps) => globalThis.amparoBench.logic(n, reps), N, REPS);
    results.push({rate, logic, widget});
  }
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
  if (errors.length) console.warn(`Page errors during the run:\n  ${errors.join('\n  ')}`);

  // --- Report (not with --widget-only). ---
  if (!options['widget-only']) {
    const version = await browser.version();
    const first = results[0].logic;
    console.log(
      `<amparo-resource-finder>: ${first.records.toLocaleString('en')} generated records (seeded), ${first.keystrokes} keystrokes ` +
        `(${first.queries.length} queries typed char by char), place ZIP 90012\n` +
        `${version}, ${cpus().length} CPU cores, ours: ${REPS} repetitions per rate, Fuse.js: 1, timer ` +
        `${isolated ? '5 µs (isolated)' : '100 µs'}, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const header = ['CPU', 'per keystroke', 'median ms', 'p95 ms', 'max ms', 'Fuse / this (med.)', 'Fuse / this (p95)', 'target', 'result'];
    const rows = [];
    const verdicts = [];
    for (const {rate, logic, widget} of results) {
      const searchOnly = summarise(logic.searchOnly);
      const withCounts = summarise(logic.ours.map((s) => s.ms));
      const fuse = summarise(logic.fuse.map((s) => s.ms));
      const typing = summarise(widget.samples.map((s) => s.ms));
      const update = summarise(widget.samples.map((s) => s.update));
      const prepare = summarise(logic.prepare);
      const ratio = (x) => [(fuse.median / x.median).toFixed(1), (fuse.p95 / x.p95).toFixed(1)];
      const judged = rate === 1;
      const pass = (ok) => (judged ? (ok ? 'PASS' : 'FAIL') : '(info)');
      rows.push([`${rate}x`, 'filter + rank (search)', ms(searchOnly.median), ms(searchOnly.p95), ms(searchOnly.max), ...ratio(searchOnly), `med <= ${MEDIAN_BUDGET_MS}, >= ${TARGET_RATIO}x`, pass(searchOnly.median <= MEDIAN_BUDGET_MS && fuse.median / searchOnly.median >= TARGET_RATIO)]);
      rows.push([`${rate}x`, '  + live counts (+ "remove a filter" when empty)', ms(withCounts.median), ms(withCounts.p95), ms(withCounts.max), ...ratio(withCounts), `med <= ${MEDIAN_BUDGET_MS}`, pass(withCounts.median <= MEDIAN_BUDGET_MS)]);
      rows.push([`${rate}x`, 'Fuse.js search + same filters (reference)', ms(fuse.median), ms(fuse.p95), ms(fuse.max), '1.0', '1.0', '', '']);
      const fuseDefaults = summarise(logic.fuseDefaults.map((s) => s.ms));
      rows.push([`${rate}x`, '  context: Fuse.js with its default options', ms(fuseDefaults.median), ms(fuseDefaults.p95), ms(fuseDefaults.max), (fuse.median / fuseDefaults.median).toFixed(1), (fuse.p95 / fuseDefaults.p95).toFixed(1), '', '']);
      rows.push([`${rate}x`, 'widget: input -> rendered + layout', ms(typing.median), ms(typing.p95), ms(typing.max), '', '', `max < ${LONG_TASK_MS}`, pass(typing.max < LONG_TASK_MS)]);
      rows.push([`${rate}x`, '  of which Lit update', ms(update.median), ms(update.p95), ms(update.max), '', '', '', '']);
      const longTyping = widget.longTasksWhileTyping;
      verdicts.push(
        `${rate}x: index + ranking, once per dataset: ${ms(prepare.median)} ms median (Fuse.createIndex: ${ms(logic.fuseIndexMs)} ms); ` +
          `widget first render with ${first.records.toLocaleString('en')} records (load, validate, render): ${widget.firstRender.toFixed(0)} ms; ` +
          `ZIP search: ${widget.placeMs.toFixed(1)} ms; long tasks while typing: ${longTyping.length}` +
          (longTyping.length ? ` (longest ${Math.max(...longTyping.map((x) => x.ms)).toFixed(0)} ms)` : '') +
          `; while loading: ${widget.longTasksLoading.length}` +
          (widget.longTasksLoading.length ? ` (longest ${Math.max(...widget.longTasksLoading.map((x) => x.ms)).toFixed(0)} ms)` : '') +
          `; cards in the DOM at most: ${widget.maxCards}.`,
      );
    }
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
    console.log(line(header));
    console.log(`|${widths.map((w, i) => (i < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
    rows.forEach((r) => console.log(line(r)));
    console.log('');
    verdicts.forEach((v) => console.log(v));

    console.log(`\nPer query at ${results[0].rate}x (median ms per keystroke; results after the last keystroke):`);
    results[0].logic.perQuery.forEach(({ours, fuse}, i) => {
      const o = summarise(ours.map((s) => s.ms)).median;
      const f = summarise(fuse.map((s) => s.ms)).median;
      console.log(
        `  ${first.queries[i].padEnd(44)} ours ${ms(o).padStart(6)} (${String(ours.at(-1).results).padStart(5)})   ` +
          `Fuse ${ms(f).padStart(7)} (${String(fuse.at(-1).results).padStart(5)})   ${(f / o).toFixed(0)}x`,
      );
    });
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify({date: new Date().toISOString(), browser: version, cores: cpus().length, n: N, reps: REPS, results}, null, 2)}\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
