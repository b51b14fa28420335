// Issue 15 on the BUILT files: the default dataset is trusted by its bytes (no validator
// downloaded), any other dataset is validated, and the classic file loads its validator as a
// second, SRI-pinned file only then.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {openPage, startHarness} from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(() => harness?.close());

/** Every Amparo element of the page is rendered (serialised into the page: no outer variables). */
const rendered = () =>
  [...document.querySelectorAll('body > *')].every((el) => {
    const root = el.shadowRoot;
    return root && !root.querySelector('.skeleton') && root.textContent.trim().length > 40;
  });

describe('the trusted default dataset', () => {
  it('renders three widgets from the default dataset without downloading the validator', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/default-dataset.html', {waitFor: rendered});
    assert.deepEqual(log.errors, []);
    assert.ok(log.requests.includes('/dist/data/amparo-ca.json'));
    assert.deepEqual(log.requests.filter((r) => r.includes('validate')), [], 'no validator chunk');
    // The loader preloads the shared chunk with the first widget chunk.
    const preloads = await page.$$eval('link[rel=modulepreload]', (links) => links.map((l) => new URL(l.href).pathname));
    assert.ok(preloads.some((p) => /^\/dist\/chunks\/core-[\w-]+\.js$/.test(p)), preloads.join(' '));
    await page.close();
  });

  it('the classic file fetches its validator, SRI-pinned, only for a dataset that is not the default one', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/classic-own.html', {waitFor: rendered});
    assert.deepEqual(log.errors, []);
    assert.equal(log.requests.filter((r) => r === '/dist/amparo-validate.js').length, 1);
    const integrity = await page.$eval('script[src$="amparo-validate.js"]', (s) => s.integrity);
    assert.match(integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
    // The calendar's own events were validated and shown.
    const text = await page.$eval('amparo-event-calendar', (el) => el.shadowRoot.textContent);
    assert.doesNotMatch(text, /couldn't load/i);
    await page.close();
  });
});
