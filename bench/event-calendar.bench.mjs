// Benchmark for <amparo-event-calendar> in headless Chromium:
//  1. expand 1,000 recurring series (8 rule shapes, 6 zones, EXDATEs) over 12 months: target <= 20 ms;
//  2. render 500 upcoming occurrences in the list (attach -> Lit committed -> style + layout);
//  3. one filter keystroke over those 500 events: target < 50 ms (no long task).
// The widget is bundled from source here with esbuild (production Lit), so it runs before the
// widget is registered in the build. rrule.js (a dev dependency) expands the same rules as context.
// FullCalendar's list view as a baseline needs the
// `@fullcalendar/core` + `@fullcalendar/list` dev dependencies (not installed): not measured yet.
//
//   node bench/event-calendar.bench.mjs [--runs 30] [--rates 1,4] [--json results.json]
import {writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/find-chromium.mjs';

const EXPAND_BUDGET_MS = 20;
const LONG_TASK_MS = 50;

const {values: options} = parseArgs({
  options: {runs: {type: 'string', default: '30'}, rates: {type: 'string', default: '1,4'}, json: {type: 'string'}},
});
const RUNS = Number(options.runs);
const RATES = options.rates.split(',').map(Number);
if (!(RUNS >= 3) || RATES.some((r) => !(r >= 1))) {
  console.error('Usage: --runs <n >= 3> --rates <1,4,...> [--json file]');
  process.exit(2);
}

const started = performance.now();
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./event-calendar.harness.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  conditions: ['production'],
  target: 'es2022',
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;

const browser = await puppeteer.launch({executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc']});
const results = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.emulateTimezone('America/Los_Angeles');
  await page.setViewport({width: 1000, height: 900, deviceScaleFactor: 1});
  await page.setContent('<!doctype html><html lang="en"><body style="margin:0;padding:16px"></body></html>');
  await page.addScriptTag({type: 'module', content: code});
  await page.waitForFunction(() => globalThis.amparoBench, {timeout: 10_000});
  const cdp = await page.createCDPSession();
  for (const rate of RATES) {
    await cdp.send('Emulation.setCPUThrottlingRate', {rate});
    await page.evaluate(() => globalThis.gc?.());
    const expand = await page.evaluate((n) => globalThis.amparoBench.expand(n), RUNS + 1);
    const rrule = await page.evaluate((n) => globalThis.amparoBench.expandRrule(n), Math.max(3, Math.ceil(RUNS / 3)));
    const render = await page.evaluate((n) => globalThis.amparoBench.render(n), RUNS);
    results.push({rate, expand, rrule, render});
  }
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
  if (errors.length) console.warn(`Page errors during the run:\n  ${errors.join('\n  ')}`);

  const version = await browser.version();
  console.log(
    `<amparo-event-calendar>, bundled from source (esbuild, production Lit)\n${version}, ${cpus().length} CPU cores, ` +
      `${RUNS} runs per row, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  const header = ['CPU', 'operation', 'median ms', 'max ms', 'budget', 'result'];
  const rows = [];
  for (const {rate, expand, rrule, render} of results) {
    rows.push([`${rate}x`, `expand 1,000 series x 12 months (${expand.occurrences} occurrences; first run ${expand.first.toFixed(1)} ms)`, expand.median.toFixed(2), expand.max.toFixed(2), `<= ${EXPAND_BUDGET_MS}`, rate === 1 ? (expand.median <= EXPAND_BUDGET_MS ? 'PASS' : 'FAIL') : '(info)']);
    rows.push([`${rate}x`, `  context: rrule.js, same rules, floating, no tz/sort (${rrule.occurrences}); ours is ${(rrule.median / expand.median).toFixed(1)}x faster`, rrule.median.toFixed(2), rrule.max.toFixed(2), '', '']);
    rows.push([`${rate}x`, 'render 500 occurrences (list)', render.median.toFixed(2), render.max.toFixed(2), '', '']);
    rows.push([`${rate}x`, 'filter keystroke over 500 (list)', render.filterMedian.toFixed(2), render.filterMax.toFixed(2), `< ${LONG_TASK_MS}`, rate === 1 ? (render.filterMax < LONG_TASK_MS ? 'PASS' : 'FAIL') : '(info)']);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
  rows.forEach((r) => console.log(line(r)));
  console.log('\nFullCalendar list-view baseline: not measured (needs @fullcalendar/core and @fullcalendar/list as dev dependencies).');
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({date: new Date().toISOString(), browser: version, runs: RUNS, results}, null, 2)}\n`);
  }
} finally {
  await browser.close();
}
