// End-to-end tests of bringing your own data, on the BUILT files: `amparo import` / `export` /
// `template` (dist/cli/amparo.js), and the builder page (demo/builder/, dist/builder/builder.js)
// in Chromium, whose snippet must work pasted into a page on ANOTHER origin.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {promisify} from 'node:util';
import puppeteer from 'puppeteer-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/find-chromium.mjs';
import {BUILDER_CSP, startServer} from '../../scripts/serve.mjs';

const run = promisify(execFile);
const TMP = '.tmp/e2e/import';
const PARTNERS = 'test/fixtures/import/partners.csv';
const WORKSHOPS = 'test/fixtures/import/workshops.ics';

/** Runs the CLI; resolves with the exit code and output (never rejects on a non-zero exit). */
async function amparo(...args) {
  try {
    const {stdout, stderr} = await run(process.execPath, ['bin/amparo.mjs', ...args]);
    return {code: 0, stdout, stderr};
  } catch (error) {
    return {code: error.code, stdout: error.stdout, stderr: error.stderr};
  }
}

before(() => {
  rmSync(TMP, {recursive: true, force: true});
  mkdirSync(TMP, {recursive: true});
});

describe('amparo import (CLI)', () => {
  it('turns a messy spreadsheet and a Google Calendar export into a dataset that validates, naming every row left out', async () => {
    const out = `${TMP}/partners.json`;
    const r = await amparo('import', PARTNERS, WORKSHOPS, '--out', out, '--today', '2026-12-04');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    // The header is line 1; the quoted cell with a line break in row 2 moves later rows down a line.
    assert.ok(lines.includes(`${PARTNERS}:5: (spreadsheet row 4) no organization name; row left out`), r.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${PARTNERS}:4: (spreadsheet row 3) warning: website: "javascript:alert(1)"`)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${PARTNERS}:9: (spreadsheet row 8) warning: the template's example row`)), r.stdout);
    assert.ok(lines.some((l) => l.startsWith(`${PARTNERS}:8: (spreadsheet row 7) warning: languages: "Triqui"`)), r.stdout);
    assert.ok(lines.includes(`${WORKSHOPS}:71: event "no-title-example@google.com" left out: it has no title (SUMMARY)`), r.stdout);
    assert.match(r.stderr, /Wrote .*partners\.json: .*3 organizations, 3 locations, 3 services, 3 events/);

    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      dataset.organizations.map((o) => o.name.en),
      ['Centro Legal Ejemplo, Inc.', 'Clínica Jurídica de Ejemplo', 'Example Farmworker Legal Aid'],
    );
    assert.ok(!JSON.stringify(dataset).includes('javascript:'));
    assert.deepEqual(dataset.organizations[0].provenance, {name: 'partners.csv', asOf: '2026-12-04'});
    assert.equal(dataset.locations[0].county, '06019');
    assert.equal(dataset.locations[0].geo.precision, 'approximate');
    // It extends the statewide dataset instead of copying its hotlines (which would go stale).
    assert.equal(dataset.meta.extends, 'amparo:default');
    assert.equal(dataset.hotlines, undefined);
    const weekly = dataset.events.find((e) => e.recurrence);
    assert.equal(weekly.location.address.zip, '93721');
    assert.ok(!weekly.description.en.includes('<'), 'HTML turned into text');

    const check = await amparo('validate', out);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stderr, /Valid\./);
  });

  it('merges into an existing dataset: same ids updated, new ones appended, and says what changed', async () => {
    const into = `${TMP}/merge.json`;
    writeFileSync(into, readFileSync(`${TMP}/partners.json`));
    const edited = readFileSync(PARTNERS, 'utf8').replace('https://centro.example.org', 'https://centro.example.org/nuevo');
    writeFileSync(`${TMP}/partners-v2.csv`, edited);
    const r = await amparo('import', `${TMP}/partners-v2.csv`, '--into', into, '--today', '2026-12-04', '--verbose');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /partners-v2\.csv:2: note: organizations "centro-legal-ejemplo-inc" updated: website/);
    assert.match(r.stderr, /organizations: 0 added, 1 updated, 2 unchanged/);
    const merged = JSON.parse(readFileSync(into, 'utf8'));
    assert.equal(merged.organizations[0].website, 'https://centro.example.org/nuevo');
    assert.equal(merged.events.length, 3, 'records not in the import are kept');
  });

  it('exits 1 when nothing usable was found and 2 on usage errors', async () => {
    writeFileSync(`${TMP}/empty.csv`, 'Organization Name,City\r\n,Fresno\r\n');
    const nothing = await amparo('import', `${TMP}/empty.csv`, '--out', `${TMP}/none.json`);
    assert.equal(nothing.code, 1);
    assert.match(nothing.stdout, /empty\.csv:2: no organization name; row left out/);
    assert.equal(existsSync(`${TMP}/none.json`), false);
    assert.equal((await amparo('import', PARTNERS)).code, 2, 'no --out');
    assert.equal((await amparo('import', PARTNERS, '--out', `${TMP}/x.json`, '--map', 'Foo=nonsense')).code, 2);
    assert.equal((await amparo('import', 'missing.csv', '--out', `${TMP}/x.json`)).code, 2);
  });

  it('exports HSDS 3.0 and reads it back', async () => {
    const dir = `${TMP}/hsds`;
    const r = await amparo('export', '--hsds', `${TMP}/partners.json`, '--out', dir);
    assert.equal(r.code, 0, r.stderr);
    for (const f of ['organizations.csv', 'services.csv', 'locations.csv', 'addresses.csv', 'service_at_location.csv', 'phones.csv', 'datapackage.json', 'hsds.json']) {
      assert.ok(existsSync(`${dir}/${f}`), f);
    }
    const back = await amparo('import', dir, '--out', `${TMP}/back.json`, '--today', '2026-12-04', '--no-hotlines');
    assert.equal(back.code, 0, back.stderr);
    const a = JSON.parse(readFileSync(`${TMP}/partners.json`, 'utf8'));
    const b = JSON.parse(readFileSync(`${TMP}/back.json`, 'utf8'));
    assert.deepEqual(b.services.map((s) => [s.id, s.needs, s.languages]), a.services.map((s) => [s.id, s.needs, s.languages]));
  });

  it('writes the spreadsheet template, whose example row is never imported', async () => {
    const r = await amparo('template');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Organization Name,Description,Services,Languages Spoken/);
    assert.equal(readFileSync('dist/templates/organizations.csv', 'utf8'), `${r.stdout.trimEnd()}\r\n`);
    const imported = await amparo('import', 'dist/templates/organizations.csv', '--out', `${TMP}/template.json`);
    assert.equal(imported.code, 1, 'only the example row: nothing to publish');
    assert.match(imported.stdout, /organizations\.csv:2: warning: the template's example row; left out/);
  });
});

describe('the builder page (demo/builder/)', () => {
  let site;
  let other;
  let browser;
  const requests = [];
  before(async () => {
    // The first server hosts Amparo (dist/) and the dataset, with the headers a script host needs.
    site = await startServer({
      onRequest: (path) => requests.push(path),
      headers: (path) =>
        path.startsWith('/demo/builder/') && (path.endsWith('/') || path.endsWith('.html'))
          ? {'content-security-policy': BUILDER_CSP}
          : path.startsWith('/dist/') || path.startsWith('/.tmp/')
            ? {'access-control-allow-origin': '*'}
            : {},
    });
    // The second is the nonprofit's own site, on another origin, serving only the pasted page.
    mkdirSync(`${TMP}/site`, {recursive: true});
    other = await startServer({root: `${TMP}/site`});
    browser = await puppeteer.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await other?.close();
  });

  it('imports files, shows the problems and the data live, and its snippet works on another origin', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await browser.defaultBrowserContext().overridePermissions(site.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.goto(`${site.url}/demo/builder/`, {waitUntil: 'networkidle0'});

    // Every control has a label.
    const unlabelled = await page.$$eval('input, select, textarea', (els) => els.filter((e) => !e.labels?.length).map((e) => e.id));
    assert.deepEqual(unlabelled, []);

    requests.length = 0;
    const input = await page.$('#file');
    await input.uploadFile(resolve(PARTNERS), resolve(WORKSHOPS));
    await page.waitForFunction(() => /^Ready/.test(document.querySelector('#summary').textContent), {timeout: 10000});
    const problems = await page.$eval('#problems', (e) => e.textContent);
    assert.match(problems, /partners\.csv, row 4 \(line 5 of the file\): no organization name; row left out/);
    assert.match(problems, /javascript:alert\(1\)/);
    assert.match(problems, /workshops\.ics, event at line 71: event "no-title-example@google\.com" left out/);
    assert.equal(await page.$eval('#county', (e) => e.value), 'Fresno');

    // The live preview shows the imported organization, and the calendar the imported events.
    await page.click('#w-amparo-event-calendar');
    const shadowText = (tag, re) =>
      page.waitForFunction(
        (t, source) => new RegExp(source).test(document.querySelector(`#preview ${t}`)?.shadowRoot?.textContent ?? ''),
        {timeout: 10000},
        tag,
        re,
      );
    await shadowText('amparo-resource-finder', 'Centro Legal Ejemplo');
    await shadowText('amparo-event-calendar', 'Conozca sus derechos');
    // Nothing left the tab but requests for the page's own files.
    assert.deepEqual(requests.filter((r) => !/^\/(dist|demo)\//.test(r) && r !== '/favicon.ico'), []);

    // Publish settings: Amparo and the dataset on the first server, the page on the second.
    const setValue = async (selector, value) => {
      await page.$eval(selector, (e) => (e.value = ''));
      await page.type(selector, value);
    };
    await setValue('#amparo-url', `${site.url}/dist/`);
    await setValue('#dataset-url', `${site.url}/${TMP}/site-data/amparo-data.json`);
    await page.click('#copy');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#publish-status').textContent));
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.$eval('#snippet', (e) => e.value));
    assert.match(snippet, new RegExp(`<script type="module" src="${site.url}/dist/amparo.js" data-dataset="${site.url}/${TMP}/site-data/amparo-data.json"`));
    assert.match(snippet, /<amparo-resource-finder county="Fresno">/);

    const downloads = resolve(`${TMP}/site-data`);
    mkdirSync(downloads, {recursive: true});
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {behavior: 'allow', downloadPath: downloads});
    await page.click('#download');
    const file = `${downloads}/amparo-data.json`;
    for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(dataset.meta.extends, 'amparo:default');
    assert.equal(dataset.zipTables, undefined);

    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);

    // At 320 px nothing is wider than the screen.
    await page.setViewport({width: 320, height: 640});
    const wide = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 321).map((e) => `${e.tagName}#${e.id} ${Math.round(e.getBoundingClientRect().right)}`));
    assert.deepEqual(wide, [], 'no horizontal scrolling at 320 px');
    await page.close();

    // Pasted into a plain page on another origin, the snippet shows the same data.
    writeFileSync(`${TMP}/site/index.html`, `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Our site</title>\n${snippet}\n</head><body><h1>Our partners</h1></body></html>\n`);
    // The snippet's elements belong in the body; a browser moves them there from the head.
    const pasted = await browser.newPage();
    const pastedErrors = [];
    pasted.on('pageerror', (e) => pastedErrors.push(String(e)));
    await pasted.goto(`${other.url}/index.html`, {waitUntil: 'networkidle0'});
    await pasted.waitForFunction(
      () => /Centro Legal Ejemplo/.test(document.querySelector('amparo-resource-finder')?.shadowRoot?.textContent ?? ''),
      {timeout: 10000},
    );
    assert.notEqual(new URL(other.url).origin, new URL(site.url).origin);
    assert.deepEqual(pastedErrors, []);
    await pasted.close();
  });
});
