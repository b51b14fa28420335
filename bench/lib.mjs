// What the benches in this folder share: argument and dist/ checks, statistics, bundling a
// *.harness.ts, the cross-origin-isolated server, opening a page, CPU throttling and
// the Markdown table they print. Each bench keeps its own rows, baselines and report.
import {existsSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/find-chromium.mjs';
import {startServer} from '../scripts/serve.mjs';

/** The project root: served as is, so the pages can load /dist, /data and /stories/fixtures. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `--rates 1,4` as numbers. */
export const parseRates = (rates) => rates.split(',').map(Number);

/** Stops with exit code 2 and the usage line unless the options are valid. */
export function checkUsage(valid, usage) {
  if (valid) return;
  console.error(`Usage: ${usage}`);
  process.exit(2);
}

/**
 * For the benches that measure the built widget: stops if dist/amparo.js is missing (`measures`
 * names what depends on it, for the message) and warns if src/ has newer .ts files.
 */
export function checkDist(measures) {
  const dist = join(ROOT, 'dist/amparo.js');
  if (!existsSync(dist)) {
    console.error(`dist/amparo.js is missing: ${measures} measures the built widget. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const src = join(ROOT, 'src');
  const newestSource = readdirSync(src, {recursive: true})
    .map((f) => join(src, String(f)))
    .filter((f) => f.endsWith('.ts'))
    .reduce((latest, f) => Math.max(latest, statSync(f).mtimeMs), 0);
  if (newestSource > statSync(dist).mtimeMs) {
    console.warn('Warning: src/ has changes newer than dist/amparo.js; run `npm run build` to measure them.\n');
  }
}

// --- Statistics. ---

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Median, p95, max and count of the samples. */
export const summarise = (xs) => ({median: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs), n: xs.length});

// --- Browser side. ---

/** Bundles bench/<name> (a harness importing the widget from source) with production Lit; returns the code. */
export async function bundleHarness(name) {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL(`./${name}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    conditions: ['production'],
    target: 'es2022',
    logLevel: 'error',
  });
  return bundle.outputFiles[0].text;
}

/**
 * Serves the project root (scripts/serve.mjs) with cross-origin isolation, which gives the page a
 * 5 µs performance.now() instead of a 100 µs one.
 */
export const startIsolatedServer = () =>
  startServer({
    root: ROOT,
    headers: () => ({'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp'}),
  });

/** Headless Chromium (found like the tests do) with `gc()` exposed; `options` go to puppeteer.launch. */
export const launchBrowser = (options = {}) =>
  puppeteer.launch({executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], ...options});

/**
 * Opens `url` in a new page with a `width` x 900 px viewport (and the time zone, if given), and
 * returns the page with the array that collects its uncaught errors and console errors.
 */
export async function openPage(browser, url, {width, waitUntil, timezone}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  if (timezone) await page.emulateTimezone(timezone);
  await page.setViewport({width, height: 900, deviceScaleFactor: 1});
  await page.goto(url, {waitUntil});
  return {page, errors};
}

/** Injects the bundled harness into the page and waits for it to define globalThis.amparoBench. */
export async function injectHarness(page, code) {
  await page.addScriptTag({type: 'module', content: code});
  await page.waitForFunction(() => globalThis.amparoBench, {timeout: 10_000});
}

/** Runs a garbage collection in the page (the browser is launched with --expose-gc). */
export const gc = (page) => page.evaluate(() => globalThis.gc?.());

/** Returns `(rate) => Promise`, which throttles the page's CPU `rate` times through CDP (1: full speed). */
export async function cpuThrottle(page) {
  const cdp = await page.createCDPSession();
  return (rate) => cdp.send('Emulation.setCPUThrottlingRate', {rate});
}

// --- Report. ---

/** Prints a Markdown table: the first two columns left-aligned, the others right-aligned. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
  rows.forEach((row) => console.log(line(row)));
}

/** Writes `data` as indented JSON with a final newline (the benches' --json option). */
export const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
