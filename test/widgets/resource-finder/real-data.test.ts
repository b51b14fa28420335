/**
 * The finder on the REAL default dataset (data/amparo-ca.json with its ZIP table), at a fixed
 * date: what a visitor in each of these places gets on day one (issue 11's figures).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {clearDatasetCache} from '../../../src/core/dataset/store.js';
import {$$, finder, searchFor, text, type TestFinder} from './harness.js';

const REAL = '/data/amparo-ca.json';

let placeNames: Set<string>;
before(async () => {
  const data = (await (await fetch(REAL)).json()) as {places: {name: {en: string}}[]};
  placeNames = new Set(data.places.map((p) => p.name.en));
});

/** Provider cards in the results, how many say how far away they are, and any court or facility among them. */
function cards(el: TestFinder) {
  const list = $$(el, '.results > li .card');
  const withDistance = list.filter((c) => /Distance/.test(c.textContent ?? '')).length;
  const placesAsHelp = list.filter((c) => placeNames.has(c.querySelector('h3')?.textContent?.trim() ?? '')).length;
  return {count: list.length, withDistance, placesAsHelp};
}

describe('<amparo-resource-finder> on the default dataset', () => {
  after(() => clearDatasetCache());

  for (const zip of ['90011', '94110', '93706', '92113', '95815', '93901', '92701', '95110']) {
    it(`shows at least 5 provider cards for ${zip}, none of them a court or detention center`, async () => {
      const el = await finder('', REAL);
      await searchFor(el, zip);
      const c = cards(el);
      expect(c.count, zip).to.be.at.least(5);
      expect(c.placesAsHelp, zip).to.equal(0);
    }).timeout(15000);
  }

  // Alpine, Modoc, Imperial, Siskiyou: no provider office or stated service area in the county.
  for (const zip of ['96120', '96101', '92243', '96097']) {
    it(`for ${zip}, says plainly that no provider is listed in the county and shows at least 3 nearest with distance`, async () => {
      const el = await finder('', REAL);
      await searchFor(el, zip);
      const c = cards(el);
      await waitUntil(() => text(el, '[part="few"]'), 'the no-provider notice', {timeout: 4000});
      expect(c.count, zip).to.be.at.least(3);
      expect(c.withDistance, zip).to.be.at.least(3);
      expect(text(el, '[part="few"]'), zip).to.match(/No provider is listed in \w[\w ]* County\./);
      // Always something to call: a hotline number is visible in the strip.
      expect($$(el, '[part="emergency"] a[href^="tel:"]').length, zip).to.be.greaterThan(0);
    }).timeout(15000);
  }
});
