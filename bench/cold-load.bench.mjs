// Cold load of a page with one widget (issue 15): slow 4G (CDP Network.emulateNetworkConditions:
// 400 kbit/s down and up, 400 ms round trip), CPU throttled 4x, cache disabled, files gzip'ed as
// a CDN sends them. Time from navigation start until the widget is usable (its controls or first
// results rendered, no skeleton), per page, rounds interleaved. Peers in the same run: a plain
// static HTML list of the default dataset's services (for the finder) and FullCalendar 6's list
// view on the same events file (for the calendar). See bench/README.md.
//
//   npm run build && node bench/cold-load.bench.mjs [--runs 3] [--cpu 4] [--json results.json]
import {createReadStream, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {parseArgs} from 'node:util';
import {createGzip} from 'node:zlib';
import {build} from 'esbuild';
import {ROOT, checkDist, checkUsage, launchBrowser, printTable, summarise, writeJson} from './lib.mjs';

const {values: options} = parseArgs({
  options: {runs: {type: 'string', default: '3'}, cpu: {type: 'string', default: '4'}, json: {type: 'string'}},
});
const RUNS = Number(options.runs);
const CPU = Number(options.cpu);
checkUsage(RUNS >= 1 && CPU >= 1, '--runs <k >= 1> --cpu <rate >= 1> [--json file]');
checkDist('the cold-load bench');

// Slow 4G as in the issue: ~400 kbit/s each way, 400 ms round trip.
const NETWORK = {offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8};

// --- Peers, written into .tmp/bench/ (served with the project root). ---
mkdirSync(join(ROOT, '.tmp/bench'), {recursive: true});
await build({
  entryPoints: [join(ROOT, 'bench/cold/fullcalendar.entry.mjs')],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: join(ROOT, '.tmp/bench/fullcalendar.js'),
  logLevel: 'error',
});
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const dataset = JSON.parse(readFileSync(join(ROOT, 'dist/data/amparo-ca.json'), 'utf8'));
const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
const items = dataset.services.slice(0, 50).map((s) => {
  const org = orgs.get(s.organizationId);
  const phone = org?.phones?.[0]?.number;
  return `<li><h2>${escape(s.name?.en ?? '')}</h2><p>${escape(org?.name?.en ?? '')}${phone ? ` · <a href="tel:${escape(phone)}">${escape(phone)}</a>` : ''}</p></li>`;
});
writeFileSync(
  join(ROOT, '.tmp/bench/static-list.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static list</title><link rel="icon" href="data:,"></head><body><h1>Legal help near you</h1><ul id="list">${items.join('')}</ul></body></html>`,
);

/** [label, page, usable-check source (runs in the page), peer-of]. */
const widgetReady = (tag) =>
  `(() => { const r = document.querySelector('${tag}')?.shadowRoot; return !!r && !r.querySelector('.skeleton') && r.textContent.trim().length > 40; })()`;
const PAGES = [
  ['<amparo-resource-finder> (default dataset)', '/bench/cold/resource-finder.html', widgetReady('amparo-resource-finder')],
  ['peer: static HTML list (50 services)', '/.tmp/bench/static-list.html', `!!document.querySelector('#list li')`],
  ['<amparo-rights-card> (default dataset)', '/bench/cold/rights-card.html', widgetReady('amparo-rights-card')],
  ['<amparo-contact-rep> (default dataset)', '/bench/cold/contact-rep.html', widgetReady('amparo-contact-rep')],
  ['<amparo-event-calendar> (own events, validated)', '/bench/cold/event-calendar.html', widgetReady('amparo-event-calendar')],
  ['peer: FullCalendar 6 list view (same events)', '/bench/cold/fullcalendar.html', `!!document.querySelector('.fc-list-event, .fc-list-empty')`],
];

// --- A static server that gzips text files, as a CDN does (scripts/serve.mjs sends them raw). ---
const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css'};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(ROOT, path);
  if (!file.startsWith(ROOT) || !statSync(file, {throwIfNoEntry: false})?.isFile()) {
    res.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && type !== 'application/octet-stream';
  res.writeHead(200, {'content-type': type, 'cache-control': 'no-store', ...(gzip && {'content-encoding': 'gzip'})});
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip({level: 9})) : stream).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://localhost:${server.address().port}`;

const browser = await launchBrowser({protocolTimeout: 0});
const samples = PAGES.map(() => []);
const bytes = PAGES.map(() => []);
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, path, ready]] of PAGES.entries()) {
      const page = await browser.newPage();
      await page.setViewport({width: 400, height: 900, deviceScaleFactor: 1});
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU});
      let transferred = 0;
      cdp.on('Network.loadingFinished', (e) => (transferred += e.encodedDataLength));
      // Polls every 25 ms from the first script on; records when the page is usable.
      await page.evaluateOnNewDocument((check) => {
        const test = new Function(`return ${check}`);
        const poll = () => (test() ? (globalThis.__usable = performance.now()) : setTimeout(poll, 25));
        poll();
      }, ready);
      await page.goto(`${origin}${path}`, {waitUntil: 'load', timeout: 120_000});
      await page.waitForFunction(() => globalThis.__usable, {timeout: 120_000, polling: 100});
      samples[i].push(await page.evaluate(() => globalThis.__usable));
      await new Promise((done) => setTimeout(done, 300));
      bytes[i].push(transferred);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const rows = PAGES.map(([label], i) => {
  const s = summarise(samples[i]);
  const peer = label.includes('finder') ? 1 : label.includes('calendar') ? 5 : undefined;
  const ratio = peer === undefined ? '' : (s.median / summarise(samples[peer]).median).toFixed(2);
  return [label, `${RUNS}`, (s.median / 1000).toFixed(2), (Math.min(...samples[i]) / 1000).toFixed(2), (s.max / 1000).toFixed(2), (summarise(bytes[i]).median / 1024).toFixed(1), ratio];
});
console.log(`slow 4G (400 kbit/s, 400 ms RTT), CPU ${CPU}x, cache disabled, gzip -9\n`);
printTable(['page', 'runs', 'usable median s', 'min s', 'max s', 'KB transferred', 'x peer (median)'], rows);
if (options.json) writeJson(options.json, PAGES.map(([label], i) => ({label, ms: samples[i], bytes: bytes[i]})));
