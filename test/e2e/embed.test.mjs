// End-to-end tests on the BUILT files (run `npm run build` first; `npm test` does).
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import {openPage, startHarness} from './harness.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const registry = readFileSync('src/widgets/registry.ts', 'utf8');
/** Tags the loader knows, read from the registry source. */
const registeredTags = [...registry.matchAll(/'(amparo-[a-z-]+)':\s*\(\)\s*=>\s*import\(/g)].map((m) => m[1]);

let harness;
before(async () => {
  mkdirSync('.tmp/e2e', {recursive: true});
  await build({
    entryPoints: ['test/e2e/probe.js'],
    bundle: true,
    format: 'esm',
    outfile: '.tmp/e2e/probe.js',
    logLevel: 'silent',
  });
  harness = await startHarness();
});
after(() => harness?.close());

describe('drop-in loader (dist/amparo.js)', () => {
  it('fetches nothing but itself on a page without Amparo tags', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/plain.html');
    assert.deepEqual(
      log.requests.filter((r) => r !== '/test/e2e/pages/plain.html' && r !== '/favicon.ico'),
      ['/dist/amparo.js'],
    );
    assert.equal(await page.evaluate(() => globalThis.amparo?.version), pkg.version);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('loads twice (two module URLs and the IIFE twice) without an error', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/twice.html');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.console.filter((m) => m.startsWith('error')),
      [],
    );
    assert.equal(await page.evaluate(() => globalThis.amparo?.version), pkg.version);
    await page.close();
  });

  for (const tag of registeredTags) {
    it(`loads <${tag}> only when the tag is added, and upgrades it`, async () => {
      const {page} = await openPage(harness, '/test/e2e/pages/plain.html');
      harness.requests.length = 0;
      await page.evaluate((t) => document.body.append(document.createElement(t)), tag);
      await page.waitForFunction((t) => customElements.get(t), {timeout: 5000}, tag);
      assert.ok(harness.requests.some((r) => r.startsWith('/dist/chunks/')), 'a chunk was fetched');
      await page.close();
    });
  }
});

describe('the drop-in script on a host page with a strict CSP and Trusted Types', () => {
  it('renders every widget from the default dataset next to the script, with zero violations', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/strict-widgets.html', {
      waitFor: () =>
        ['amparo-resource-finder', 'amparo-rights-card', 'amparo-event-calendar', 'amparo-contact-rep'].every((tag) => {
          const root = document.querySelector(tag)?.shadowRoot;
          return root && !root.querySelector('.skeleton') && root.textContent.trim().length > 40;
        }),
    });
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.errors, []);
    assert.equal(log.requests.filter((r) => r === '/dist/data/amparo-ca.json').length, 1, 'one request for the shared dataset');
    // The contact widget looked up its ZIP: only it fetched ZIP tables.
    assert.ok(log.requests.some((r) => r.startsWith('/dist/data/zip-')), 'the contact widget fetched the ZIP tables');
    const text = async (tag) => page.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(await text('amparo-rights-card'), /Conozca sus derechos/);
    assert.match(await text('amparo-event-calendar'), /ejemplo|demostración/i);
    await page.close();
  });
});

describe('built npm modules under a strict CSP with Trusted Types', () => {
  it('render the dataset and the error state with zero CSP violations', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/strict-probe.html', {
      waitFor: () =>
        [...document.querySelectorAll('amparo-e2e-probe')].every((el) =>
          el.shadowRoot?.querySelector('#meta, [role="alert"]'),
        ),
    });
    assert.deepEqual(log.violations, []);
    assert.deepEqual(log.errors, []);
    const [ready, failed] = await page.$$eval('amparo-e2e-probe', (els) =>
      els.map((el) => ({
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        lang: el.shadowRoot.querySelector('[part="base"]').getAttribute('lang'),
      })),
    );
    assert.match(ready.text, /\S/);
    // The page is <html lang="es">: interface strings are Spanish.
    assert.equal(failed.lang, 'es');
    assert.match(failed.text, /no está disponible|No pudimos cargar/);
    assert.match(failed.text, /Vea esta información en nuestro sitio web/);
    await page.close();
  });
});
