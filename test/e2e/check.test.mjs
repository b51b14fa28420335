// The owner check (#amparo-check) on the BUILT files: a panel only the site owner asks for,
// naming what is wrong in plain words.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {openPage, startHarness} from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(() => harness?.close());

/** The panel's text, once it is there. */
async function panelText(page) {
  await page.waitForFunction(() => document.querySelector('amparo-check-panel')?.shadowRoot?.querySelector('li'), {timeout: 8000});
  return page.evaluate(() => document.querySelector('amparo-check-panel').shadowRoot.textContent.replace(/\s+/g, ' '));
}

describe('owner check (#amparo-check)', () => {
  it('is not loaded, and shows nothing, without #amparo-check', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/check-missing.html');
    assert.equal(await page.evaluate(() => !!document.querySelector('amparo-check-panel')), false);
    assert.ok(!log.requests.some((r) => r.includes('amparo-check')), log.requests.join('\n'));
    await page.close();
  });

  it('names a dataset that is not there and the script loaded twice', async () => {
    const {page} = await openPage(harness, '/test/e2e/pages/check-missing.html#amparo-check');
    const text = await panelText(page);
    assert.match(text, /Amparo check: problems found/);
    assert.match(text, /The dataset answers with an error \(HTTP 404\): http:\/\/[^/]+\/test\/e2e\/pages\/no-such-dataset\.json/);
    assert.match(text, /There is no file at this address/);
    assert.match(text, /loaded more than once/);
    // Visitors' widgets are unchanged: the card shows its own calm failure state.
    const alert = await page.evaluate(() => document.querySelector('amparo-rights-card').shadowRoot.querySelector('[role="alert"]')?.textContent);
    assert.match(alert ?? '', /not available right now/);
    await page.close();
  });

  it('names what the page\'s Content-Security-Policy blocked', async () => {
    const {page} = await openPage(harness, '/test/e2e/pages/strict-check.html#amparo-check');
    const text = await panelText(page);
    assert.match(text, /The page's Content-Security-Policy blocked https:\/\/data\.example\.invalid\/amparo\.json \(connect-src\)/);
    assert.match(text, /The dataset cannot be reached: https:\/\/data\.example\.invalid\/amparo\.json/);
    await page.close();
  });

  it('works next to the classic single file, and names no error for a good page', async () => {
    const {page} = await openPage(harness, '/test/e2e/pages/check-classic.html#amparo-check');
    const text = await panelText(page);
    assert.match(text, /The dataset loads and is valid: http:\/\/[^/]+\/dist\/data\/amparo-ca\.json/);
    assert.match(text, /No Content-Security-Policy violation was seen/);
    assert.doesNotMatch(text, /cannot be reached|answers with an error|cannot be used/);
    await page.close();
  });
});
