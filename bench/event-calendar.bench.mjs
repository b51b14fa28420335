// Benchmark for <amparo-event-calendar> in headless Chromium (see bench/README.md):
//  1. expand 1,000 recurring series (8 rule shapes, 6 zones, EXDATEs) over 12 months: target <= 20 ms;
//  2. render 500 upcoming occurrences in the list, against FullCalendar's list view (dev dependency,
//     bench only) rendering the same 500 events in the same page, interleaved rounds: target >= 3x faster;
//  3. filtering those 500 events key by key: the longest task must stay under 50 ms.
// The widget is bundled from source here with esbuild (production Lit), together with
// FullCalendar (@fullcalendar/core + @fullcalendar/list) and rrule.js (context row), and injected
// into bench/event-calendar.html, served by scripts/serve.mjs with cross-origin isolation so
// performance.now() has 5 us resolution.
//
//   node bench/event-calendar.bench.mjs [--runs 30] [--rates 1,4] [--json results.json]
import {createRequire} from 'node:module';
import {cpus} from 'node:os';
import {parseArgs} from 'node:util';
import {bundleHarness, checkUsage, cpuThrottle, gc, injectHarness, launchBrowser, openPage, parseRates, printTable, startIsolatedServer, writeJson} from './lib.mjs';

const EXPAND_BUDGET_MS = 20;
const LONG_TASK_MS = 50;
const RATIO_TARGET = 3;

const {values: options} = parseArgs({
  options: {runs: {type: 'string', default: '30'}, rates: {type: 'string', default: '1,4'}, json: {type: 'string'}},
});
const RUNS = Number(options.runs);
const RATES = parseRates(options.rates);
checkUsage(RUNS >= 3 && RATES.every((r) => r >= 1), '--runs <n >= 3> --rates <1,4,...> [--json file]');

const started = performance.now();
const code = await bundleHarness('event-calendar.harness.ts');
const FC_VERSION = createRequire(import.meta.url)('@fullcalendar/core/package.json').version;

const server = await startIsolatedServer();
const browser = await launchBrowser();
const results = [];
try {
  const {page, errors} = await openPage(browser, `${server.url}/bench/event-calendar.html`, {
    width: 1000,
    waitUntil: 'load',
    timezone: 'America/Los_Angeles',
  });
  await injectHarness(page, code);
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  const throttle = await cpuThrottle(page);
  for (const rate of RATES) {
    await throttle(rate);
    await gc(page);
    const expand = await page.evaluate((n) => globalThis.amparoBench.expand(n), RUNS + 1);
    const rrule = await page.evaluate((n) => globalThis.amparoBench.expandRrule(n), Math.max(3, Math.ceil(RUNS / 3)));
    await gc(page);
    const render = await page.evaluate((n) => globalThis.amparoBench.render(n), Math.max(5, Math.ceil(RUNS / 2)));
    await gc(page);
    const filter = await page.evaluate((n) => globalThis.amparoBench.filter(n), Math.max(2, Math.ceil(RUNS / 10)));
    results.push({rate, expand, rrule, render, filter});
  }
  await throttle(1);
  if (errors.length) console.warn(`Page errors during the run:\n  ${errors.join('\n  ')}`);

  const version = await browser.version();
  console.log(
    `<amparo-event-calendar>, bundled from source (esbuild, production Lit); FullCalendar ${FC_VERSION}\n${version}, ${cpus().length} CPU cores, ` +
      `timer ${isolated ? '5 us (isolated)' : '100 us'}, ${RUNS} runs per expansion row, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  const header = ['CPU', 'operation', 'median ms', 'max ms', 'target', 'result'];
  const rows = [];
  const verdict = (rate, ok) => (rate === 1 ? (ok ? 'PASS' : 'FAIL') : '(info)');
  for (const {rate, expand, rrule, render, filter} of results) {
    rows.push([`${rate}x`, `expand 1,000 series x 12 months (${expand.occurrences} occurrences; first run ${expand.first.toFixed(1)} ms)`, expand.median.toFixed(2), expand.max.toFixed(2), `<= ${EXPAND_BUDGET_MS}`, verdict(rate, expand.median <= EXPAND_BUDGET_MS)]);
    rows.push([`${rate}x`, `  context: rrule.js, same rules, floating, no tz/sort (${rrule.occurrences}); ours is ${(rrule.median / expand.median).toFixed(1)}x faster`, rrule.median.toFixed(2), rrule.max.toFixed(2), '', '']);
    rows.push([`${rate}x`, `render 500 occurrences (list), ${render.roundRatios.length} rounds`, render.median.toFixed(2), render.max.toFixed(2), '', '']);
    rows.push([`${rate}x`, '  FullCalendar list view, same 500 events, same rounds', render.fcMedian.toFixed(2), render.fcMax.toFixed(2), '', '']);
    rows.push([`${rate}x`, `  ratio FullCalendar / ours (medians; per round ${Math.min(...render.roundRatios).toFixed(1)}-${Math.max(...render.roundRatios).toFixed(1)})`, `${render.ratio.toFixed(2)}x`, '', `>= ${RATIO_TARGET}x`, verdict(rate, render.ratio >= RATIO_TARGET)]);
    rows.push([`${rate}x`, `filter over 500 (limit 500): keystroke -> first commit (${filter.keystrokes} keys)`, filter.commitMedian.toFixed(2), filter.commitMax.toFixed(2), '', '']);
    rows.push([`${rate}x`, `  longest task while filtering (long tasks >= 50 ms: ${filter.longTasks})`, '', filter.longestTask.toFixed(2), `< ${LONG_TASK_MS}`, verdict(rate, filter.longestTask < LONG_TASK_MS && filter.longTasks === 0)]);
  }
  printTable(header, rows);
  if (options.json) {
    writeJson(options.json, {date: new Date().toISOString(), browser: version, cores: cpus().length, runs: RUNS, results});
  }
} finally {
  await browser.close();
  await server.close();
}
