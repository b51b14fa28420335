// Interface languages on the BUILT files: the JSON locales of the classic builds say the same as
// lit-localize's own locale modules, and a classic page in Spanish fetches only Spanish.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {pathToFileURL} from 'node:url';
import {openPage, startHarness} from './harness.mjs';

const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

let harness;
before(async () => (harness = await startHarness()));
after(() => harness?.close());

describe('interface languages', () => {
  for (const locale of targetLocales) {
    it(`dist/locales/${locale}.json says what the ${locale} locale module says`, async () => {
      const json = JSON.parse(readFileSync(`dist/locales/${locale}.json`, 'utf8'));
      const {templates} = await import(pathToFileURL(`dist/core/i18n/locales/${locale}.js`).href);
      assert.deepEqual(Object.keys(json).sort(), Object.keys(templates).sort());
      for (const [id, t] of Object.entries(templates)) {
        const mine = json[id];
        if (typeof t === 'string') assert.equal(mine, t, id);
        else assert.deepEqual(mine, [[...t.strings], [...t.values]], id);
      }
    });
  }

  it('a classic single-file page in Spanish fetches the Spanish strings, and only them', async () => {
    const {page, log} = await openPage(harness, '/test/e2e/pages/iife-es.html', {
      waitFor: () => /Conozca sus derechos/.test(document.querySelector('amparo-rights-card')?.shadowRoot?.textContent ?? ''),
    });
    assert.deepEqual(log.requests.filter((r) => r.includes('/locales/')), ['/dist/locales/es.json']);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
