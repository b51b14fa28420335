// Benchmark: does <amparo-rights-card> re-render within one frame when the person switches the
// situation or the language? Runs the BUILT widget (dist/) in headless Chromium, at normal speed
// and with the CPU throttled 4x (a rough stand-in for a cheap phone), and reports each operation
// as median / p95 in ms and as a ratio to a baseline measured in the same run. See bench/README.md.
//
//   npm run build && npm run bench
//   node bench/rights-card.bench.mjs [--n 200] [--rates 1,4] [--json results.json]
import {cpus} from 'node:os';
import {parseArgs} from 'node:util';
import {checkDist, checkUsage, cpuThrottle, gc, launchBrowser, openPage, parseRates, printTable, startIsolatedServer, summarise, writeJson} from './lib.mjs';

/** One frame at 60 Hz: the budget for a re-render the person should not notice. */
const FRAME_MS = 1000 / 60;
/** Order of the operations inside a round; rounds interleave them so drift hits all equally. */
const OPS = ['rebuild', 'noop', 'scenario', 'language'];
/** The reference for the ratios (see bench/README.md); the other baseline row is context. */
const BASELINE = 'rebuild';
const MEASURED = ['scenario', 'language'];
const LABELS = {
  rebuild: 'baseline: rebuild card DOM',
  noop: 'no-op Lit re-render',
  scenario: 'switch situation (tab)',
  language: 'switch language (select)',
};

const {values: options} = parseArgs({
  options: {
    n: {type: 'string', default: '200'},
    rounds: {type: 'string', default: '4'},
    rates: {type: 'string', default: '1,4'},
    json: {type: 'string'},
  },
});
const N = Number(options.n);
const ROUNDS = Number(options.rounds);
const RATES = parseRates(options.rates);
checkUsage(
  N > 0 && ROUNDS > 0 && N % ROUNDS === 0 && RATES.every((r) => r >= 1),
  '--n <samples, a multiple of --rounds> --rounds <k> --rates <1,4,...> [--json file]',
);
// The built files must exist (and should be newer than the sources).
checkDist('the benchmark');

// --- Run. ---
const started = performance.now();
const server = await startIsolatedServer();
const browser = await launchBrowser();
const results = [];
let info;
try {
  // A phone-sized viewport: the card's layout is the narrow one.
  const {page, errors} = await openPage(browser, `${server.url}/bench/rights-card.html`, {width: 400, waitUntil: 'networkidle0'});
  try {
    info = await page.evaluate(() => globalThis.amparoBench.ready());
  } catch (error) {
    throw new Error(`The bench page did not become ready (${error.message}). Page errors: ${errors.join(' | ') || 'none'}`, {
      cause: error,
    });
  }
  const throttle = await cpuThrottle(page);
  const browserVersion = await browser.version();

  for (const rate of RATES) {
    await throttle(rate);
    const samples = Object.fromEntries(OPS.map((op) => [op, {total: [], update: [], targets: []}]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const op of OPS) {
        await gc(page);
        const {total, update, targets} = await page.evaluate((o, n) => globalThis.amparoBench.run(o, n), op, N / ROUNDS);
        samples[op].total.push(...total);
        samples[op].update.push(...update);
        samples[op].targets.push(...targets);
      }
    }
    const base = summarise(samples[BASELINE].total);
    for (const op of OPS) {
      const {total: xs, targets} = samples[op];
      const total = summarise(xs);
      /** Median per target (which situation / language the switch went to). */
      const byTarget = Object.fromEntries(
        [...new Set(targets)].map((t) => [t, summarise(xs.filter((_, i) => targets[i] === t)).median]),
      );
      results.push({
        rate,
        op,
        ...total,
        updateMedian: summarise(samples[op].update).median,
        ratio: total.median / base.median,
        ratioP95: total.p95 / base.p95,
        pass: total.p95 <= FRAME_MS,
        byTarget,
      });
    }
  }
  await throttle(1);
  if (errors.length) console.warn(`Page errors during the run:\n  ${errors.join('\n  ')}`);

  // --- Report. ---
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `<amparo-rights-card>, built dist/, fixture stories/fixtures/rights-demo.json ` +
      `(${info.tabs} situations; languages ${info.languages.join(', ')}), viewport 400x900\n` +
      `${browserVersion}, ${cpus().length} CPU cores, ${N} samples per operation and CPU rate ` +
      `(${ROUNDS} interleaved rounds, 10 warm-up each), timer ${info.crossOriginIsolated ? '5 µs (isolated)' : '100 µs'}, ` +
      `${seconds} s\n` +
      `Sample = action -> Lit update committed -> forced style + layout. Budget: p95 <= ${FRAME_MS.toFixed(1)} ms (one 60 Hz frame).\n`,
  );
  const header = ['CPU', 'operation', 'median ms', 'p95 ms', 'max ms', 'Lit update med.', 'x baseline (med.)', 'x baseline (p95)', 'one frame'];
  const rows = results.map((r) => [
    `${r.rate}x`,
    LABELS[r.op],
    r.median.toFixed(2),
    r.p95.toFixed(2),
    r.max.toFixed(2),
    r.op === BASELINE ? '' : r.updateMedian.toFixed(2),
    r.ratio.toFixed(2),
    r.ratioP95.toFixed(2),
    MEASURED.includes(r.op) ? (r.pass ? 'PASS' : 'FAIL') : '',
  ]);
  printTable(header, rows);
  console.log('\nMedian ms by target (what the switch went to):');
  for (const r of results.filter((x) => MEASURED.includes(x.op))) {
    const parts = Object.entries(r.byTarget).map(([t, ms]) => `${t} ${ms.toFixed(2)}`);
    console.log(`  ${r.rate}x ${LABELS[r.op].padEnd(24)}  ${parts.join(' · ')}`);
  }

  const failed = results.filter((r) => MEASURED.includes(r.op) && !r.pass);
  console.log(
    failed.length
      ? `\nFAIL: ${failed.map((r) => `${LABELS[r.op]} at ${r.rate}x`).join(', ')} exceeded one frame at p95.`
      : '\nPASS: every switch re-rendered within one frame at p95.',
  );
  if (options.json) {
    writeJson(options.json, {date: new Date().toISOString(), browser: browserVersion, cores: cpus().length, n: N, frameMs: FRAME_MS, results});
  }
} finally {
  await browser.close();
  await server.close();
}
