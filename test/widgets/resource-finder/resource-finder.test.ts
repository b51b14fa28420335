import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport, canEmulatePrint} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import type {ResourceActionDetail} from '../../../src/widgets/resource-finder/resource-finder.js';
import {$, $$, answerZipTable, cardIds, dataset, finder, has, root, searchFor, TestFinder, text, zip} from './harness.js';

describe('<amparo-resource-finder>', () => {
  let restore: () => void;
  before(() => (restore = answerZipTable()));
  after(() => restore());
  beforeEach(() => setUiLocale('en'));
  afterEach(() => setViewport({width: 800, height: 600}));

  it('starts with the search form, the notario warning, a hotline prompt and every listing', async () => {
    const el = await finder();
    expect($(el, 'label[for="where"]')!.textContent).to.contain('ZIP code, city or county');
    expect(text(el, '[part="emergency"]')).to.contain('Enter your ZIP code or county');
    // The ZIP table is fetched only when a ZIP is searched.
    expect(zip.requests).to.equal(0);
    expect(text(el, '[part="notario"]')).to.contain('DOJ-accredited representative');
    expect(text(el, '.count[role="status"]')).to.equal('8 results. Enter your ZIP code to see help near you.');
    expect($$(el, '.results > li')).to.have.length(8);
    await expect(el).to.be.accessible();
  });

  it('finds help near a ZIP code: local hotline pinned, results by distance, a polite count', async () => {
    const el = await finder();
    const detail = await searchFor(el, '90012');
    // The page learns the county, never the ZIP.
    expect(detail).to.deep.equal({county: '06037', filters: {accepting: false, remote: false}, text: false, results: 5});
    expect(JSON.stringify(detail)).to.not.contain('90012');
    const strip = text(el, '[part="emergency"]');
    expect(strip).to.contain('Example Los Angeles Rapid Response');
    expect(strip).to.contain('Two lists give different numbers'); // the doubtful number's warning
    expect($<HTMLAnchorElement>(el, '[part="emergency"] a.phone')!.getAttribute('href')).to.equal('tel:+12135550113');
    expect(cardIds(el)).to.deep.equal([
      'Asylum applications',
      'Example Pending Renewal Center', // Pasadena, ~7 mi
      'Immigration legal services', // Long Beach, ~21 mi
      'Deportation defense',
      'Asylum advice by phone',
    ]);
    expect(text(el, '.count')).to.equal('5 results for 90012 (Los Angeles County).');
    // Three local listings: no "few providers" notice.
    expect(has(el, '[part="few"]')).to.equal(false);
    const first = $(el, '.results .card')!;
    expect(first.textContent).to.contain('About 0.1 mi');
    expect(text(el, '.results li:nth-child(4) .badges')).to.contain('Statewide');
    expect(text(el, '.results li:nth-child(5) .badges')).to.contain('Remote help');
    await expect(el).to.be.accessible();
  });

  it('searches by county name and by a city the dataset knows', async () => {
    const el = await finder();
    expect((await searchFor(el, 'san francisco county')).county).to.equal('06075');
    expect(text(el, '[part="emergency"]')).to.contain('Example Bay Area Rapid Response');
    expect((await searchFor(el, 'Oakland')).county).to.equal('06001');
    expect(cardIds(el)[0]).to.equal("Workers' rights clinic");
  });

  it('finds a typed city through the ZIP table place names, without accents or case', async () => {
    const el = await finder(
      '',
      dataset((d) => {
        // Like the default dataset: no addresses to find cities by.
        d.locations = [];
        for (const s of d.services) delete s.locationIds;
      }),
    );
    const detail = await searchFor(el, 'san josé');
    expect(detail.county).to.equal('06085');
    expect(JSON.stringify(detail)).to.not.contain('jos');
    expect(has(el, '[role="alert"]')).to.equal(false);
    expect(text(el, '.count')).to.contain('San Jose (Santa Clara County)');
    await searchFor(el, 'Springfield');
    expect(text(el, '[role="alert"]')).to.contain('We could not find “Springfield”');
    expect(has(el, '#county')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers a county picker for an unknown ZIP and for a ZIP outside California', async () => {
    const el = await finder();
    await searchFor(el, '95999');
    expect(text(el, '[role="alert"]')).to.contain('This ZIP code is for PO boxes or businesses');
    await expect(el).to.be.accessible();
    await searchFor(el, '89501');
    expect(text(el, '[role="alert"]')).to.contain('89501 is not a California ZIP code');
    const select = $<HTMLSelectElement>(el, '#county')!;
    const event = oneEvent(el, 'amparo-search');
    select.value = '06037';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail.county).to.equal('06037');
    await el.updateComplete;
    expect(has(el, '#county')).to.equal(false);
    expect(text(el, '[part="emergency"]')).to.contain('Los Angeles');
  });

  it('says the directory cannot search by city when it has no ZIP table and no addresses', async () => {
    const el = await finder(
      '',
      dataset((d) => {
        d.zipTables = [];
        d.locations = [];
        for (const s of d.services) delete s.locationIds;
      }),
    );
    await searchFor(el, 'Modesto');
    expect(text(el, '[role="alert"]')).to.contain('cannot search by city');
    expect(has(el, '#county')).to.equal(true);
  });

  it('filters with live counts and removable chips', async () => {
    const el = await finder('county="Los Angeles"');
    const details = $<HTMLDetailsElement>(el, '[part="filters"]')!;
    details.open = true;
    const label = (key: string) => $$(el, '.check').find((l) => l.textContent!.includes(key))!;
    expect(label('Korean').textContent).to.contain('(1)');
    expect(label('Free').textContent).to.contain('(2)');
    const event = oneEvent(el, 'amparo-search');
    label('Korean').querySelector('input')!.click();
    expect((await event).detail.filters.language).to.deep.equal(['ko']);
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['Asylum applications']);
    // Counts follow the other filters: with Korean on, only the low-cost service is left.
    expect(label('Free').textContent).to.contain('(0)');
    expect(text(el, '[part="filters"] summary')).to.equal('Filters (1 on)');
    const chip = $<HTMLButtonElement>(el, '.chip')!;
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter: Korean');
    await expect(el).to.be.accessible();
    chip.click();
    await el.updateComplete;
    expect(has(el, '.chip')).to.equal(false);
    expect(cardIds(el)).to.have.length(5);
  });

  it('combines the need picker with filters, and clears them all', async () => {
    const el = await finder('county="06037"');
    const need = $<HTMLSelectElement>(el, '#need')!;
    const event = oneEvent(el, 'amparo-search');
    need.value = 'asylum';
    need.dispatchEvent(new Event('change'));
    expect((await event).detail.need).to.equal('asylum');
    await el.updateComplete;
    // DOJ-recognized listings that state no needs may help with any legal need: after those that say asylum.
    expect(cardIds(el)).to.deep.equal([
      'Asylum applications',
      'Example Pending Renewal Center',
      'Immigration legal services',
      'Asylum advice by phone',
    ]);
    $$(el, '.check input')[0]!.click(); // accepting new clients
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['Asylum advice by phone']);
    expect($$(el, '.chip')).to.have.length(2);
    $<HTMLButtonElement>(el, '.chips .link')!.click();
    await el.updateComplete;
    expect(has(el, '.chip')).to.equal(false);
    expect(need.value).to.equal('');
  });

  it('searches free text live, forgiving accents and Spanish words', async () => {
    const el = await finder();
    const q = $<HTMLInputElement>(el, '#q')!;
    q.focus();
    await sendKeys({type: 'asilo'});
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['Asylum applications', 'Asylum advice by phone']);
    expect(text(el, '.chip')).to.contain('“asilo”');
  });

  it('keeps keystrokes cheap: cards are built once, filter counts catch up when typing pauses', async () => {
    const el = await finder('county="Los Angeles"');
    $<HTMLDetailsElement>(el, '[part="filters"]')!.open = true;
    const label = (key: string) => $$(el, '.check').find((l) => l.textContent!.includes(key))!;
    const headingId = (name: string) =>
      $$(el, '.results .card').find((c) => c.querySelector('[data-service]')?.textContent!.trim() === name)?.querySelector('h3')?.id;
    expect(label('Free').textContent).to.contain('(2)');
    const before = headingId('Asylum applications');
    expect(typeof before).to.equal('string');
    const q = $<HTMLInputElement>(el, '#q')!;
    q.focus();
    await sendKeys({type: 'asilo'});
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['Asylum applications', 'Asylum advice by phone']);
    // The card already built for the listing is reused while typing (same heading id), not rebuilt.
    expect(headingId('Asylum applications')).to.equal(before);
    // The count of results is immediate; the filter counts follow once typing pauses.
    expect(text(el, '.count')).to.equal('2 results for Los Angeles County.');
    await waitUntil(() => label('Free').textContent!.includes('(1)'), 'filter counts refreshed', {timeout: 2000});
    // Another place: cards are built again (distances, hotline strip), with fresh ids still unique.
    await searchFor(el, '90012');
    const ids = $$(el, '.results h3').map((h) => h.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.includes(before!)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says which filters to drop when nothing matches, and shows statewide and remote help', async () => {
    // No ZIP table: no county centre, so no nearest help elsewhere either.
    const el = await finder('county="06037" need="workers-rights"', dataset((d) => (d.zipTables = [])));
    expect(text(el, '.count')).to.equal('No results.');
    // The no-results view is loaded on first use.
    await waitUntil(() => has(el, '[part="empty"]'), 'no-results view');
    const empty = $(el, '[part="empty"]')!;
    expect(empty.textContent).to.contain('Nothing matches all your choices.');
    const drop = empty.querySelector<HTMLButtonElement>('.drops button')!;
    expect(drop.textContent!.replace(/\s+/g, ' ').trim()).to.equal("Remove “Workers' rights”: 5 results");
    // Nothing statewide or remote for this need either: all statewide and remote help is shown.
    expect(text(el, '[part="empty"]')).to.contain('Statewide and remote help');
    expect($$(el, '[part="empty"] .card [data-service]').map((h) => h.textContent!.trim())).to.deep.equal([
      'Deportation defense',
      'Asylum advice by phone',
    ]);
    await expect(el).to.be.accessible();
    drop.click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(5);
  });

  it('is honest when the dataset lists no providers, and still gives the county hotline', async () => {
    const el = await finder(
      'county="San Francisco"',
      dataset((d) => {
        d.organizations = [];
        d.services = [];
        d.locations = [];
        d.events = [];
      }),
    );
    expect(text(el, '[part="empty"]')).to.contain('No legal service providers are listed in this directory yet.');
    expect(text(el, '[part="emergency"]')).to.contain('Example Bay Area Rapid Response');
    expect(has(el, '[part="filters"]')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says when a county has no local hotline', async () => {
    const el = await finder('county="Alpine"');
    expect(text(el, '[part="emergency"]')).to.contain('No rapid-response hotline is listed for Alpine County');
    // Statewide lines still show.
    expect(text(el, '[part="emergency"]')).to.contain('Example Statewide Legal Line');
  });

  it('shows everything a card needs: call, map, hours, intake, badges, freshness', async () => {
    const el = await finder('county="06037"');
    const card = $(el, '.results .card')!;
    const call = card.querySelector<HTMLAnchorElement>('a.phone')!;
    expect(call.textContent).to.equal('(213) 555-0110');
    expect(call.getAttribute('href')).to.equal('tel:2135550110');
    const map = [...card.querySelectorAll('a')].find((a) => a.textContent!.includes('Map'))!;
    expect(map.getAttribute('href')).to.equal(
      'https://www.openstreetmap.org/search?query=200%20Example%20Ave%2C%20Los%20Angeles%2C%20CA%2090012',
    );
    const t = card.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Open now · closes 5:00 PM');
    expect(t).to.contain('Mon, Tue, Wed, Thu, Fri 8:00 AM – 5:00 PM');
    expect(t).to.contain('Not taking new clients now');
    expect(t).to.contain('DOJ-accredited representative');
    expect(t).to.contain('English, Spanish, Korean');
    expect(t).to.contain('Low cost');
    expect(t).to.contain('Last verified January 2, 2026.');
    expect(t).to.contain('May be out of date');
    expect(card.querySelector('h3 span')!.getAttribute('lang')).to.equal('en');
    // The doubtful remote line says so; an unknown schedule is never "closed".
    expect(text(el, '.results li:nth-child(5) .fresh')).to.contain('This information may be wrong. The line may have moved');
  });

  it('shows unknown hours as unknown, and unverified listings as such', async () => {
    const el = await finder('county="Alameda"');
    const card = $(el, '.results .card')!;
    const t = card.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Hours not listed: call before you go');
    expect(t).to.not.contain('Closed');
    expect(t).to.contain('Not verified. Listed as of October 1, 2026.');
  });

  it('tells the page about calls, websites and directions', async () => {
    const el = await finder('county="06037"');
    const card = $(el, '.results .card')!;
    const actions: ResourceActionDetail[] = [];
    el.addEventListener('amparo-resource-action', (e) => actions.push(e.detail));
    const links = [...card.querySelectorAll<HTMLAnchorElement>('a')];
    // Keep the test page: stop navigation, the event has fired by then.
    for (const a of links) a.addEventListener('click', (e) => e.preventDefault(), {once: true});
    card.querySelector<HTMLAnchorElement>('a.phone')!.click();
    links.find((a) => a.textContent!.includes('Website'))!.click();
    links.find((a) => a.textContent!.includes('Map'))!.click();
    expect(actions).to.deep.equal([
      {id: 'svc-example-la-asylum', action: 'call'},
      {id: 'svc-example-la-asylum', action: 'website'},
      {id: 'svc-example-la-asylum', action: 'directions'},
    ]);
  });

  it('adds a report link with the listing named, only for safe URLs', async () => {
    const el = await finder('county="06037" report-url="mailto:fixes@example.org"');
    const report = $<HTMLAnchorElement>(el, '.results .card a.report')!;
    expect(report.getAttribute('href')).to.equal(
      `mailto:fixes@example.org?subject=${encodeURIComponent('Problem with a listing: Example Immigrant Justice Center: Asylum applications (svc-example-la-asylum)')}`,
    );
    expect(has(el, '.finder > p a[href^="mailto:"]')).to.equal(true);
    const form = await finder('report-url="https://example.org/report"');
    expect($(form, 'a.report')!.getAttribute('href')).to.equal('https://example.org/report');
    const bad = await finder('report-url="javascript:alert(1)"');
    expect(has(bad, 'a.report')).to.equal(false);
  });

  it('fires no event for attributes, only for what the person does', async () => {
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('amparo-search', count);
    document.addEventListener('amparo-resource-action', count);
    try {
      const el = await finder('county="06037" need="asylum" language="es" limit="1"');
      el.county = '06075';
      el.need = 'daca';
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['DACA renewals']);
      expect(fired).to.equal(0);
    } finally {
      document.removeEventListener('amparo-search', count);
      document.removeEventListener('amparo-resource-action', count);
    }
  });

  it('presets language from the attribute and hides the filters with hide-filters', async () => {
    const el = await finder('language="ko" hide-filters=""');
    expect(has(el, '[part="filters"]')).to.equal(false);
    expect(cardIds(el)).to.deep.equal(['Asylum applications']);
    expect(text(el, '.chip')).to.contain('Korean');
  });

  it('uses the position only when asked, resolved to the nearest ZIP on this device', async () => {
    TestFinder.position = {lat: 37.76, lng: -122.42};
    const el = await finder();
    expect(el.positionAsked).to.equal(0);
    const button = $$<HTMLButtonElement>(el, '.search button').find((b) => b.textContent!.includes('Use my location'))!;
    const event = oneEvent(el, 'amparo-search');
    button.click();
    expect((await event).detail.county).to.equal('06075');
    expect(el.positionAsked).to.equal(1);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#where')!.value).to.equal('94110');
    expect(text(el, '[part="emergency"]')).to.contain('Example Bay Area Rapid Response');
  });

  it('explains a refused position and offers the county picker', async () => {
    TestFinder.position = new Error('denied');
    try {
      const el = await finder();
      $$<HTMLButtonElement>(el, '.search button').find((b) => b.textContent!.includes('Use my location'))!.click();
      await waitUntil(() => has(el, '#county'), 'county picker');
      expect(text(el, '[role="alert"]')).to.contain('We could not get your location');
    } finally {
      TestFinder.position = {lat: 37.76, lng: -122.42};
    }
  });

  it('shows the first results, then more on request, moving focus to the first new one', async () => {
    const el = await finder('limit="2"');
    expect($$(el, '.results > li')).to.have.length(2);
    const more = $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent!.includes('Show more'))!;
    expect(more.textContent).to.contain('6 more');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.results > li')).to.have.length(4);
    expect(root(el).activeElement).to.equal($$(el, '.results .card')[2]);
  });

  it('renders markup in the data as text', async () => {
    const el = await finder(
      '',
      dataset((d) => {
        d.services[0]!.name = {en: '<img src=x onerror="window.__pwned=1">Evil'};
      }),
    );
    expect(has(el, '.results img')).to.equal(false);
    expect(cardIds(el)).to.include('<img src=x onerror="window.__pwned=1">Evil');
  });

  it('prints the hotline and the results shown, without the controls, leaving nothing behind', async function () {
    // Print media can be emulated only in Chromium (CDP); see canEmulatePrint.
    if (!canEmulatePrint) this.skip();
    const el = await finder('county="06037" report-url="mailto:fixes@example.org"');
    const hostContent = document.createElement('p');
    hostContent.textContent = 'The rest of the host page';
    el.parentElement!.before(hostContent);
    await emulateMedia({media: 'print'});
    const original = window.print;
    let seen: Record<string, string> | undefined;
    window.print = () => {
      const display = (selector: string) => getComputedStyle($(el, selector)!).display;
      seen = {
        title: text(el, '.print-title'),
        form: display('.search'),
        filters: display('[part="filters"]'),
        report: display('.report'),
        card: display('.results .card'),
        strip: text(el, '[part="emergency"]'),
        page: getComputedStyle(hostContent).display,
      };
    };
    try {
      $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent!.includes('Print'))!.click();
      await waitUntil(() => seen);
    } finally {
      window.print = original;
      await emulateMedia({media: 'screen'});
      hostContent.remove();
    }
    expect(seen!.title).to.equal('Help for Los Angeles County · November 24, 2026');
    expect(seen!.form).to.equal('none');
    expect(seen!.filters).to.equal('none');
    expect(seen!.report).to.equal('none');
    expect(seen!.page).to.equal('none');
    expect(seen!.card).to.equal('grid');
    expect(seen!.strip).to.contain('Example Los Angeles Rapid Response');
    expect(document.adoptedStyleSheets).to.have.length(0);
    expect(el.hasAttribute('data-amparo-printing')).to.equal(false);
    await el.updateComplete;
    expect(has(el, '.print-title')).to.equal(false);
  });

  it('works with the keyboard alone: form, need, chips', async () => {
    const el = await finder('language="ko"');
    const active = () => root(el).activeElement as HTMLElement | null;
    $(el, '#where')!.focus();
    await sendKeys({press: 'Tab'});
    expect(active()!.textContent!.trim()).to.equal('Search');
    await sendKeys({press: 'Tab'});
    expect(active()!.textContent!.trim()).to.equal('Use my location');
    await sendKeys({press: 'Tab'});
    expect(active()!.id).to.equal('need');
    await sendKeys({press: 'Tab'});
    expect(active()!.id).to.equal('q');
    // A chip removed with Enter hands the focus back to the keyword field.
    $(el, '.chip')!.focus();
    const event = oneEvent(el, 'amparo-search');
    await sendKeys({press: 'Enter'});
    expect((await event).detail.filters.language).to.equal(undefined);
    await el.updateComplete;
    expect(active()!.id).to.equal('q');
  });

  it('renders hostile and minimal records safely: markup as text, missing fields left out', async () => {
    const evil = '<script>window.__pwned = 1</script><b onclick="x()">bold</b>';
    const el = await finder(
      '',
      dataset((d) => {
        d.organizations.push({id: 'org-evil', name: {en: evil}, description: {en: `<img src=x onerror=alert(1)>${evil}`}});
        d.services.push({id: 'svc-evil', organizationId: 'org-evil', name: {en: evil}, needs: ['food']});
        d.services[0]!.eligibility = {en: '<a href="javascript:alert(1)">click</a>'};
      }),
    );
    expect(cardIds(el)).to.include(evil);
    for (const tag of ['script', 'b', 'img', 'a[href^="javascript"]']) {
      expect(has(el, `.results ${tag}`), tag).to.equal(false);
    }
    const card = $$(el, '.results .card').find((c) => c.textContent!.includes('bold'))!;
    // No phone, website, address or hours: none of their links or labels appear.
    expect(card.querySelectorAll('a')).to.have.length(0);
    expect(card.textContent).to.contain('Call to ask about new clients');
    expect(card.textContent).to.contain('Not verified.');
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    await setViewport({width: 320, height: 640});
    const el = await finder('county="06037" report-url="mailto:fixes@example.org"');
    $<HTMLDetailsElement>(el, '[part="filters"]')!.open = true;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const card of $$(el, '.card')) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('shows dataset text in the page language, marked with its language', async () => {
    const el = await finder('lang="es" county="06037"');
    const title = $(el, '.results [data-service] span')!;
    expect(title.textContent).to.equal('Solicitudes de asilo');
    expect(title.getAttribute('lang')).to.equal('es');
    // Untranslated text falls back to English, marked so.
    expect($$(el, '.results [data-service] span')[1]!.getAttribute('lang')).to.equal('en');
  });

  it('passes axe in the dark theme too', async () => {
    const el = await finder('theme="dark" county="06037" need="workers-rights"');
    await expect(el).to.be.accessible();
  });

  it('lays out right to left in Arabic', async () => {
    const el = await finder('lang="ar" county="06037"');
    const base = $(el, '[part="base"]')!;
    // The Arabic strings arrive as a lazy chunk: until then the frame is English (and says so).
    await waitUntil(() => base.getAttribute('lang') === 'ar', 'the Arabic interface loaded', {timeout: 5000});
    // The interface speaks Arabic: the whole frame is Arabic and mirrored.
    expect(base.getAttribute('lang')).to.equal('ar');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
