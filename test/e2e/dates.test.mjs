// Officials that are true on the day they are shown: the BUILT contact form with the default
// dataset next to the script, with the browser's clock set to a day after a change of term.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {startHarness} from './harness.mjs';

const dataset = JSON.parse(readFileSync('dist/data/amparo-ca.json', 'utf8'));

let harness;
before(async () => (harness = await startHarness()));
after(() => harness?.close());

/** Opens the page with `Date` fixed at noon in California on `day` (the page's clock only). */
async function openOn(day) {
  const page = await harness.browser.newPage();
  await page.emulateTimezone('America/Los_Angeles');
  await page.evaluateOnNewDocument((iso) => {
    const fixed = new Date(iso).getTime();
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [fixed]));
      }
      static now() {
        return fixed;
      }
    }
    globalThis.Date = FixedDate;
  }, `${day}T12:00:00-08:00`);
  await page.goto(`${harness.server.url}/test/e2e/pages/dates.html`, {waitUntil: 'networkidle0'});
  return page;
}

/** Types a ZIP, looks it up, picks the first candidate of a split ZIP, and reads what is offered. */
async function lookUp(page, zip) {
  return page.evaluate(async (zip) => {
    const el = document.querySelector('amparo-contact-rep');
    await customElements.whenDefined('amparo-contact-rep');
    const root = () => el.shadowRoot;
    const until = async (fn) => {
      for (let i = 0; i < 200 && !fn(); i++) await new Promise((r) => setTimeout(r, 50));
      if (!fn()) throw new Error('timed out');
    };
    await until(() => root()?.querySelector('#zip'));
    const input = root().querySelector('#zip');
    input.value = zip;
    input.dispatchEvent(new Event('input'));
    root().querySelector('[part="lookup"] button[type="submit"]').click();
    await until(() => root().querySelector('#results')?.textContent.includes(zip));
    for (const fieldset of root().querySelectorAll('fieldset')) fieldset.querySelector('input')?.click();
    await new Promise((r) => setTimeout(r, 100));
    const squash = (s) => s.replace(/\s+/g, ' ').trim();
    return {
      offered: [...root().querySelectorAll('.official')].filter((li) => li.querySelector('button')).map((li) => squash(li.querySelector('.name').textContent)),
      ended: [...root().querySelectorAll('.official[data-ended]')].map((li) => squash(li.textContent)),
      text: squash(root().textContent),
    };
  }, zip);
}

describe('officials on the day they are shown (built contact form, default dataset)', () => {
  it('the dataset has a term end for every official and nobody in two bodies', () => {
    assert.deepEqual(dataset.officials.filter((o) => !o.termEnd).map((o) => o.id), []);
    const names = dataset.officials.filter((o) => o.name).map((o) => `${o.name}|${o.termEnd}`);
    const bodies = new Map();
    for (const o of dataset.officials.filter((x) => x.name)) bodies.set(o.name, new Set([...(bodies.get(o.name) ?? []), o.body]));
    // Two different people named Robert Garcia (CA-42, AD-50) are the one known namesake.
    assert.deepEqual([...bodies].filter(([name, b]) => b.size > 1 && name !== 'Robert Garcia').map(([n]) => n), []);
    assert.ok(names.length > 100);
  });

  for (const day of ['2026-12-10', '2027-01-10']) {
    it(`on ${day}, offers nobody whose term has ended, for every ZIP tried, and says which terms ended`, async () => {
      const page = await openOn(day);
      const ended = dataset.officials.filter((o) => o.termEnd && o.termEnd <= day && o.name).map((o) => o.name);
      for (const zip of ['94110', '90011', '93706', '96001', '92243']) {
        const r = await lookUp(page, zip);
        for (const name of ended) assert.ok(!r.offered.some((o) => o.includes(name)), `${zip} on ${day}: ${name} offered`);
        assert.ok(r.ended.length > 0, `${zip} on ${day}: no ended seat shown`);
        assert.ok(r.offered.length >= 2, `${zip} on ${day}: ${r.offered.join(', ')}`);
        // Past meta.reviewBy (2026-12-07): visitors are told some information may be out of date.
        assert.match(r.text, /Some information may be out of date \(checked December 4, 2026\)/);
        if (day === '2027-01-10') {
          // Named only to say the term ended.
          assert.ok(r.ended.some((t) => t.includes('The term of Governor Gavin Newsom ended on January 4, 2027.')), `${zip}: ${r.ended.join(' / ')}`);
          assert.ok(!r.text.includes('Nancy Pelosi'), `${zip}: a 2021-map member is named`);
        }
      }
      await page.close();
    });
  }
});
