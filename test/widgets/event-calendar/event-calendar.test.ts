import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {$, $$, root, TestEventCalendar, calendar, choose, dataset, has, listComplete, openDetails, text, titles, toggle} from './helpers.js';

describe('<amparo-event-calendar>', () => {
  let fired: string[];
  const record = (e: Event) => fired.push(e.type);
  beforeEach(async () => {
    await setUiLocale('en');
    TestEventCalendar.zone = 'America/Los_Angeles';
    fired = [];
    document.addEventListener('amparo-event-open', record);
    document.addEventListener('amparo-add-to-calendar', record);
    await setViewport({width: 1000, height: 800});
  });
  afterEach(() => {
    document.removeEventListener('amparo-event-open', record);
    document.removeEventListener('amparo-add-to-calendar', record);
  });

  it('lists upcoming occurrences grouped by day, hiding past ones, with a count', async () => {
    const el = await calendar();
    // Weekly workshop: 12 Tuesdays (Dec 29 excluded) in 3 months, plus the clinic, vigil and webinar.
    expect(text(el, '[part="count"]')).to.equal('15 events');
    expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
    expect(titles(el).slice(0, 4)).to.deep.equal([
      'Know your rights workshop',
      'Example webinar for volunteers',
      'Vigil for Información y Justicia',
      'Know your rights workshop',
    ]);
    expect(titles(el).includes('Past town hall')).to.equal(false);
    const days = $$(el, '.day-title time').map((t) => t.getAttribute('datetime'));
    expect(days.slice(0, 3)).to.deep.equal(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(days.includes('2026-12-29')).to.equal(false);
    expect(text(el, '.day-title')).to.equal('Tuesday, December 1, 2026');
    expect(text(el, '.event .when')).to.match(/^6:00\s?–\s?7:30\s?PM PST$/);
    // The sample notice comes from the base element.
    expect(text(el, '[data-tone="warning"]')).to.contain('Sample data');
    await expect(el).to.be.accessible();
    expect(fired).to.deep.equal([]);
  });

  it("shows the visitor's own time when their zone differs", async () => {
    const el = await calendar();
    const webinar = $$(el, '.event').find((e) => e.textContent!.includes('webinar'))!;
    expect(webinar.querySelector('.when')!.textContent!.replace(/\s+/g, ' ')).to.match(/5:00\s?–\s?6:00\s?PM EST.*your time: Wed, 2:00\s?PM PST/);
    // The workshop is in the visitor's zone: no second time.
    expect($$(el, '.event')[0]!.querySelector('.yours') === null).to.equal(true);
    TestEventCalendar.zone = 'America/Chicago';
    const el2 = await calendar();
    expect($$(el2, '.event')[0]!.querySelector('.yours')!.textContent).to.match(/your time: Tue, 8:00\s?PM CST/);
  });

  it('combines filters and updates the live count', async () => {
    const el = await calendar();
    await choose(el, 'type', 'kyr-workshop');
    expect(text(el, '[part="count"]')).to.equal('12 events');
    await choose(el, 'language', 'en'); // interpreted into English
    expect(text(el, '[part="count"]')).to.equal('12 events');
    await choose(el, 'format', 'online');
    expect(text(el, '[part="count"]')).to.equal('No events match these filters.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.clear')!.click();
    await el.updateComplete;
    expect(text(el, '[part="count"]')).to.equal('15 events');
    await choose(el, 'q', 'INFORMACION justicia');
    expect(titles(el)).to.deep.equal(['Vigil for Información y Justicia']);
    expect(text(el, '[part="count"]')).to.equal('1 event');
    await choose(el, 'q', '');
    await choose(el, 'county', '06037');
    expect(titles(el)).to.deep.equal(['Vigil for Información y Justicia']);
    await choose(el, 'county', '');
    await choose(el, 'from', '2026-12-10');
    await choose(el, 'to', '2026-12-15');
    expect(titles(el)).to.deep.equal(['Citizenship clinic', 'Know your rights workshop']);
    await choose(el, 'language', 'zh-Hant');
    expect(titles(el)).to.deep.equal(['Citizenship clinic']);
    expect(fired).to.deep.equal([]);
  });

  it('presets filters from attributes (county by name) and limits the list', async () => {
    const el = await calendar('county="Alameda" language="es" limit="3"');
    expect($<HTMLSelectElement>(el, '[name="county"]')!.value).to.equal('06001');
    expect($<HTMLSelectElement>(el, '[name="language"]')!.value).to.equal('es');
    expect(text(el, '[part="count"]')).to.equal('12 events');
    expect($$(el, '.event').length).to.equal(3);
    const more = $$<HTMLButtonElement>(el, '.footer button').find((b) => b.textContent!.includes('Show more'))!;
    more.click();
    await el.updateComplete;
    expect($$(el, '.event').length).to.equal(6);
    const typed = await calendar('type="legal-clinic"');
    expect(titles(typed)).to.deep.equal(['Citizenship clinic']);
    expect(text(typed, '.event .when')).to.equal('All day');
    const none = await calendar('type="town-hall"');
    expect(text(none, '[part="count"]')).to.equal('No events match these filters.');
    await expect(none).to.be.accessible();
    expect(fired).to.deep.equal([]);
  });

  it('shows details and tells the page when the person opens them', async () => {
    const el = await calendar();
    const first = $$(el, '.event')[0]!;
    const button = toggle(first);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(first.querySelector('.details') === null).to.equal(true); // rendered only when opened
    const opened = oneEvent(el, 'amparo-event-open');
    button.click();
    const {detail} = await opened;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = first.querySelector('.details')!;
    expect(details.id).to.equal(button.getAttribute('aria-controls'));
    expect(detail).to.deep.equal({id: 'evt-example-kyr', start: '2026-12-02T02:00:00.000Z'});
    const body = details.textContent!.replace(/\s+/g, ' ');
    expect(body).to.contain('Example Library');
    expect(body).to.contain('Oakland');
    expect(body).to.contain('Address shared after registering.');
    expect(body).to.contain('Link shared after registering.');
    expect(body).to.contain('Interpretation: English');
    expect(body).to.contain('No ID required.');
    expect(body).to.contain('No photos or video.');
    expect(body).to.contain('Example Legal Aid');
    const rsvp = [...details.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(rsvp).to.include.members(['https://example.org/rsvp', 'tel:+15105550104']);
    await expect(el).to.be.accessible();

    const vigil = $$(el, '.event').find((e) => e.textContent!.includes('Vigil'))!;
    await openDetails(el, vigil);
    const v = vigil.querySelector('.details')!.textContent!.replace(/\s+/g, ' ');
    expect(v).to.contain('1 Example Way, Los Angeles, CA 90012');
    expect(v).to.contain('Wheelchair accessible, ASL interpretation');
    expect(v).to.contain('Ramp on the east side.');
    expect(vigil.querySelectorAll('.details-body > p').length).to.equal(2);
    expect(vigil.querySelector<HTMLAnchorElement>('dd a')!.href).to.equal('https://coalition.example.org/');
  });

  it('keeps each row light: badges as one line, no hidden parts, a keyboard disclosure', async () => {
    const el = await calendar();
    const first = $$(el, '.event')[0]!;
    expect(first.querySelectorAll('[hidden]').length).to.equal(0);
    const badges = first.querySelector('.badges')!;
    expect(badges.children.length).to.equal(0);
    expect(badges.textContent).to.contain('Interpretation: English');
    expect(badges.textContent).to.contain('No ID required');
    // Badges that do not apply are not rendered at all (the webinar is neither free nor interpreted).
    const webinar = $$(el, '.event').find((e) => e.textContent!.includes('webinar'))!;
    expect(webinar.querySelector('.badges')!.textContent).to.equal('In English');
    const walker = document.createTreeWalker(first);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    expect(nodes <= 20).to.equal(true);
    // The title is a button in the heading (disclosure pattern), reachable and operable by keyboard.
    const button = toggle(first);
    expect(button.closest('[role="heading"]') !== null).to.equal(true);
    expect(button.textContent).to.equal('Know your rights workshop');
    button.focus();
    const opened = oneEvent(el, 'amparo-event-open');
    await sendKeys({press: 'Enter'});
    await opened;
    await waitUntil(() => first.querySelector('.details-body'), 'details rendered');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(first.querySelector('.details') === null).to.equal(true);
    expect(fired).to.deep.equal(['amparo-event-open']);
  });

  it('fires amparo-event-open only when the person opens details, not when a re-render restores them', async () => {
    const el = await calendar();
    await openDetails(el, $$(el, '.event')[0]!);
    expect(fired).to.deep.equal(['amparo-event-open']);
    await choose(el, 'type', 'legal-clinic');
    await choose(el, 'type', '');
    expect(toggle($$(el, '.event')[0]!).getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '.event')[0]!.querySelector('.details-body') !== null).to.equal(true);
    expect(fired).to.deep.equal(['amparo-event-open']);
    toggle($$(el, '.event')[0]!).click();
    await el.updateComplete;
    expect(toggle($$(el, '.event')[0]!).getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '.event')[0]!.querySelector('.details') === null).to.equal(true);
    expect(fired).to.deep.equal(['amparo-event-open']);
  });

  it('downloads a valid .ics for an event and for the filtered list', async () => {
    const el = await calendar();
    await openDetails(el, $$(el, '.event')[0]!);
    const added = oneEvent(el, 'amparo-add-to-calendar');
    $$(el, '.event')[0]!.querySelector<HTMLButtonElement>('.actions button')!.click();
    expect((await added).detail).to.deep.equal({target: 'ics', scope: 'event', ids: ['evt-example-kyr']});
    const [file] = el.downloads;
    expect(file!.filename).to.equal('evt-example-kyr.ics');
    const lines = file!.text.replace(/\r\n /g, '').split('\r\n');
    expect(file!.text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
    expect(lines).to.include.members([
      'BEGIN:VCALENDAR',
      'UID:evt-example-kyr@example-ca.amparo',
      'DTSTART;TZID=America/Los_Angeles:20261201T180000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
      'EXDATE;TZID=America/Los_Angeles:20261229T180000',
      'SUMMARY:Know your rights workshop',
      'BEGIN:VTIMEZONE',
      'END:VCALENDAR',
    ]);

    await choose(el, 'type', 'legal-clinic');
    const list = $$<HTMLButtonElement>(el, '.footer button').find((b) => b.textContent!.includes('Download these events'))!;
    list.click();
    await waitUntil(() => el.downloads.length === 2, 'list downloaded');
    const feed = el.downloads[1]!;
    expect(feed.filename).to.equal('example-ca-events.ics');
    expect(feed.text).to.contain('DTSTART;VALUE=DATE:20261212');
    expect(feed.text.match(/BEGIN:VEVENT/g)!.length).to.equal(1);
    expect(fired).to.deep.equal(['amparo-event-open', 'amparo-add-to-calendar', 'amparo-add-to-calendar']);
  });

  it('offers Google Calendar and Outlook.com links that report the click', async () => {
    const el = await calendar();
    await openDetails(el, $$(el, '.event')[0]!);
    const links = [...$$(el, '.event')[0]!.querySelectorAll<HTMLAnchorElement>('.actions a')];
    expect(links.map((a) => new URL(a.href).hostname)).to.deep.equal(['calendar.google.com', 'outlook.live.com']);
    expect(new URL(links[0]!.href).searchParams.get('dates')).to.equal('20261202T020000Z/20261202T033000Z');
    for (const a of links) a.addEventListener('click', (e) => e.preventDefault());
    const added = oneEvent(el, 'amparo-add-to-calendar');
    links[1]!.click();
    expect((await added).detail).to.deep.equal({target: 'outlook', scope: 'event', ids: ['evt-example-kyr']});
  });

  it('skips events it cannot expand with a console report and a visible notice', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await calendar('', dataset((d) => {
        d.events.push({...d.events[0]!, id: 'evt-impossible', start: '2026-02-30T18:00', end: undefined, recurrence: undefined});
      }));
      expect(warnings.some((w) => w.includes('evt-bad-rule'))).to.equal(true);
      expect(warnings.some((w) => w.includes('evt-impossible'))).to.equal(true);
      expect($$(el, '[part="notice"]').some((n) => n.textContent!.includes('Some entries are not shown because of errors in the data (events: 2).'))).to.equal(true);
      expect(text(el, '[part="count"]')).to.equal('15 events');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('shows a month grid navigable with the arrow keys', async () => {
    const el = await calendar('view="month"');
    await waitUntil(() => has(el, 'table[role="grid"]'), 'month grid loaded');
    expect(text(el, '.month-title')).to.equal('December 2026');
    const active = () => $(el, '[role="gridcell"][tabindex="0"]')!.dataset.day;
    expect(active()).to.equal('2026-12-01');
    expect($$(el, '[role="gridcell"][tabindex="0"]').length).to.equal(1);
    await expect(el).to.be.accessible();
    $(el, '[role="gridcell"][tabindex="0"]')!.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(active()).to.equal('2026-12-02');
    expect(root(el).activeElement === $(el, '[data-day="2026-12-02"]')).to.equal(true);
    expect(titles(el)).to.deep.equal(['Example webinar for volunteers']);
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(active()).to.equal('2026-12-13');
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(active()).to.equal('2026-12-06');
    await sendKeys({press: 'PageDown'});
    await el.updateComplete;
    expect(active()).to.equal('2027-01-06');
    expect(text(el, '.month-title')).to.equal('January 2027');
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(active()).to.equal('2026-12-30');
    expect(root(el).activeElement === $(el, '[data-day="2026-12-30"]')).to.equal(true);
    expect(text(el, '.month .muted')).to.equal('No events on this day.');
    await expect(el).to.be.accessible();
    expect(fired).to.deep.equal([]);
  });

  it('works at 320 px: the month view falls back to the list, nothing overflows', async () => {
    await setViewport({width: 320, height: 640});
    const el = await calendar('view="month"');
    await waitUntil(() => has(el, '.days'), 'list shown on a narrow screen');
    expect(has(el, 'table')).to.equal(false);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth <= base.clientWidth + 1).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('writes schema.org JSON-LD into the light DOM when asked', async () => {
    const plain = await calendar();
    expect(plain.querySelector('script') === null).to.equal(true);
    const el = await calendar('emit-jsonld="" limit="2"');
    await waitUntil(() => el.querySelector('script'), 'JSON-LD written');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as Record<string, unknown>[];
    expect(data.length).to.equal(2);
    expect(data[0]).to.include({
      '@type': 'Event',
      name: 'Know your rights workshop',
      startDate: '2026-12-01T18:00:00-08:00',
      endDate: '2026-12-01T19:30:00-08:00',
      eventAttendanceMode: 'https://schema.org/MixedAttendanceMode',
      isAccessibleForFree: true,
    });
    await choose(el, 'type', 'legal-clinic');
    await waitUntil(() => el.querySelector('script')!.textContent!.includes('2026-12-12'), 'JSON-LD updated');
    const again = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as {startDate: string}[];
    expect(again.map((d) => d.startDate)).to.deep.equal(['2026-12-12']);
    expect(el.querySelectorAll('script').length).to.equal(1);
    el.emitJsonld = false;
    await el.updateComplete;
    expect(el.querySelectorAll('script').length).to.equal(0);
  });

  it('translates its interface into Spanish', async () => {
    const el = await calendar('lang="es"');
    await waitUntil(() => text(el, '[part="count"]').includes('eventos') || text(el, '[part="count"]').includes('events'));
    // Until the Spanish catalogue has these strings, the English source shows; content follows `lang`.
    expect(titles(el)[0]).to.equal('Taller conozca sus derechos');
  });
  describe('ics-src', () => {
    const FEED = new URL('../../fixtures/event-calendar/feed.ics', import.meta.url).href;
    const MISSING = new URL('../../fixtures/event-calendar/missing.ics', import.meta.url).href;
    let logged: string[];
    let warn: typeof console.warn;
    let error: typeof console.error;
    beforeEach(() => {
      logged = [];
      warn = console.warn;
      error = console.error;
      console.warn = (...args: unknown[]) => logged.push(`warn ${args.map(String).join(' ')}`);
      console.error = (...args: unknown[]) => logged.push(`error ${args.map(String).join(' ')}`);
    });
    afterEach(() => {
      console.warn = warn;
      console.error = error;
    });

    it('merges the feed events with the dataset events and reports skipped ones', async () => {
      const el = await calendar(`ics-src="${FEED}" limit="100" months="6"`);
      await waitUntil(() => titles(el).includes('Example legal clinic webinar'), 'feed events shown', {timeout: 4000});
      // Rows the feed added after the first list fill in over a few tasks (25 a task): wait for
      // every row the count announces, not only the first one.
      await waitUntil(() => listComplete(el), 'every row shown', {timeout: 4000});
      const all = titles(el);
      expect(all).to.include('Know your rights workshop'); // from the dataset
      expect(all.filter((t) => t === 'Taller: conozca sus derechos').length).to.equal(14);
      expect(all).to.include('Taller: conozca sus derechos (hora nueva)');
      expect(all.includes('Yearly event (unsupported rule)')).to.equal(false);
      expect(logged.some((l) => l.startsWith('warn') && l.includes('yearly@example.org') && l.includes('FREQ'))).to.equal(true);
      expect(logged.some((l) => l.startsWith('warn') && l.includes('ics-mars_example.org'))).to.equal(true);
      expect(has(el, '.feed-error')).to.equal(false);
      // The feed's place is shown as given, without "address shared after registering".
      const article = $$(el, '.event').find((a) => a.textContent!.includes('Taller: conozca sus derechos'))!;
      await openDetails(el, article);
      expect(article.querySelector('.details-body')!.textContent).to.contain('Example Library, 1 Example St, Fresno');
      expect(article.querySelector('.details-body')!.textContent!.includes('Address shared')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows "events could not be loaded" and explains the failure in the console', async () => {
      const el = await calendar(`ics-src="${MISSING}"`);
      await waitUntil(() => has(el, '.feed-error'), 'feed error shown', {timeout: 4000});
      expect(text(el, '.feed-error')).to.equal('Events could not be loaded.');
      expect($(el, '.feed-error')!.getAttribute('role')).to.equal('alert');
      expect(titles(el)).to.include('Know your rights workshop'); // the dataset's events still show
      expect(logged.some((l) => l.startsWith('error') && l.includes(MISSING) && l.includes('404'))).to.equal(true);
      await expect(el).to.be.accessible();

      const cross = await calendar('ics-src="http://127.0.0.1:9/feed.ics"');
      await waitUntil(() => has(cross, '.feed-error'), 'feed error shown', {timeout: 4000});
      expect(logged.some((l) => l.includes('Access-Control-Allow-Origin') && l.includes('your own site'))).to.equal(true);
    });
  });
});
