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
import {cpus} from 'node:os';
import {parseArgs} from 'node:util';
import {bundleHarness, checkDist, checkUsage, cpuThrottle, gc, injectHarness, launchBrowser, openPage, parseRates, printTable, startIsolatedServer, summarise, writeJson} from './lib.mjs';

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
const RATES = parseRates(options.rates);
checkUsage(N >= 100 && REPS >= 1 && RATES.every((r) => r >= 1), '--n <records >= 100> --reps <k >= 1> --rates <1,4,...> [--json file]');
checkDist('the widget part');

const ms = (x) => x.toFixed(x < 10 ? 3 : 1);

// --- Run. ---
const started = performance.now();
const harness = await bundleHarness('resource-finder.harness.ts');
const server = await startIsolatedServer();
// Fuse.js at 4x takes minutes for one evaluate call: no protocol timeout.
const browser = await launchBrowser({protocolTimeout: 0});
const results = [];
try {
  const {page, errors} = await openPage(browser, `${server.url}/bench/resource-finder.html`, {width: 400, waitUntil: 'networkidle0'});
  await injectHarness(page, harness);
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  const throttle = await cpuThrottle(page);
  for (const rate of RATES) {
    await throttle(rate);
    await gc(page);
    const widget = await page.evaluate((n) => globalThis.amparoBench.widget(n), N);
    if (options['widget-only']) {
      const typing = summarise(widget.samples.map((x) => x.ms));
      const long = widget.longTasksWhileTyping;
      console.log(`${rate}x widget: median ${ms(typing.median)}, p95 ${ms(typing.p95)}, max ${ms(typing.max)} ms; long tasks while typing: ${long.length}`);
      continue;
    }
    await gc(page);
    const logic = await page.evaluate((n, reps) => globalThis.amparoBench.logic(n, reps), N, REPS);
    results.push({rate, logic, widget});
  }
  await throttle(1);
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
    printTable(header, rows);
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
      writeJson(options.json, {date: new Date().toISOString(), browser: version, cores: cpus().length, n: N, reps: REPS, results});
    }
  }
} finally {
  await browser.close();
  await server.close();
}
