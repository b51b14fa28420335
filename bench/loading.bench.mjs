// Loading 10,003 records into <amparo-resource-finder> (the built dist/amparo.js) with no task
// over 50 ms (issue 15): long tasks (PerformanceObserver 'longtask') of the store alone, then of
// the built widget from attaching the element until its first results are
// rendered, at 1x (and 4x if asked). Same-run baselines: JSON.parse of the document, and the
// validator in one task (what the store did before). See bench/README.md.
//
//   npm run build && node bench/loading.bench.mjs [--n 10000] [--runs 3] [--rates 1,4] [--json results.json]
import {parseArgs} from 'node:util';
import {bundleHarness, checkDist, checkUsage, cpuThrottle, gc, injectHarness, launchBrowser, openPage, parseRates, printTable, startIsolatedServer, writeJson} from './lib.mjs';

const LONG_TASK_MS = 50;
const {values: options} = parseArgs({
  options: {n: {type: 'string', default: '10000'}, runs: {type: 'string', default: '3'}, rates: {type: 'string', default: '1'}, json: {type: 'string'}},
});
const N = Number(options.n);
const RUNS = Number(options.runs);
const RATES = parseRates(options.rates);
checkUsage(N >= 100 && RUNS >= 1 && RATES.every((r) => r >= 1), '--n <records >= 100> --runs <k >= 1> --rates <1,4,...> [--json file]');
checkDist('the loading bench');

const harness = await bundleHarness('loading.harness.ts');
const server = await startIsolatedServer();
const browser = await launchBrowser({protocolTimeout: 0});
const results = [];
try {
  for (const rate of RATES) {
    for (let run = 0; run < RUNS; run++) {
      // A fresh page per run: nothing cached, the validator chunk fetched again.
      const {page, errors} = await openPage(browser, `${server.url}/bench/resource-finder.html`, {width: 400, waitUntil: 'networkidle0'});
      // The harness imports the finder bench's generator, which also defines globalThis.amparoBench.
      await injectHarness(page, harness);
      await page.waitForFunction(() => globalThis.amparoLoading, {timeout: 10_000});
      const throttle = await cpuThrottle(page);
      await throttle(rate);
      await gc(page);
      const r = await page.evaluate((n) => globalThis.amparoLoading.load(n), N);
      if (errors.length) throw new Error(errors.join('\n'));
      results.push({rate, run, ...r});
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (x) => x.toFixed(1);
const row = (r, what, ms, tasks) => {
  const longest = Math.max(0, ...tasks.map((t) => t.ms));
  return [
    `${r.rate}x`,
    `run ${r.run + 1}: ${what}`,
    f(r.parseMs),
    f(r.oneTaskValidationMs),
    f(ms),
    String(tasks.length),
    tasks.length ? f(longest) : '-',
    (longest / r.parseMs).toFixed(2),
    tasks.length ? 'FAIL' : 'PASS',
  ];
};
const rows = results.flatMap((r) => [
  row(r, 'store (fetch, parse, validate)', r.storeMs, r.storeTasks),
  row(r, 'widget (store + index + render)', r.loadMs, r.longTasks),
]);
console.log(`${(results[0]?.records ?? 0).toLocaleString('en')} records, ${((results[0]?.bytes ?? 0) / 1e6).toFixed(1)} MB of JSON\n`);
printTable(
  ['CPU', 'run: what', 'baseline: JSON.parse ms', 'before: validator in one task ms', 'until loaded ms', `tasks > ${LONG_TASK_MS} ms`, 'longest task ms', 'longest task / JSON.parse', 'no long task'],
  rows,
);
if (options.json) writeJson(options.json, results);
