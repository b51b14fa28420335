import {expect, waitUntil} from '@open-wc/testing';
import {linkParams, share, shareUrl} from '../../src/core/share.js';
import {crossLink, followHere, widgetPage} from '../../src/core/cross-links.js';
import {PAGE_CONFIG_KEY, setPageConfig} from '../../src/core/page-config.js';
import {configFromScript} from '../../src/script-config.js';

const data = {title: 'Know your rights', text: 'What to do if immigration agents come to your door:', url: 'https://org.example/rights?amparo-scenario=at-door'};

describe('sharing', () => {
  it('opens the share sheet when there is one', async () => {
    const shared: unknown[] = [];
    const result = await share(data, {share: async (d) => void shared.push(d), canShare: () => true});
    expect(result).to.equal('shared');
    expect(shared).to.deep.equal([{title: data.title, text: data.text, url: data.url}]);
  });

  it('says cancelled when the person closes the sheet, and copies the link when sharing fails otherwise or is absent', async () => {
    const abort = Object.assign(new Error('closed'), {name: 'AbortError'});
    expect(await share(data, {share: () => Promise.reject(abort), canShare: () => true})).to.equal('cancelled');
    const copied: string[] = [];
    const clipboard = {writeText: async (t: string) => void copied.push(t)} as unknown as Clipboard;
    const denied = Object.assign(new Error('no gesture'), {name: 'NotAllowedError'});
    expect(await share(data, {share: () => Promise.reject(denied), canShare: () => true, clipboard})).to.equal('copied');
    expect(await share(data, {clipboard})).to.equal('copied');
    expect(copied).to.deep.equal([`${data.text} ${data.url}`, `${data.text} ${data.url}`]);
    expect(await share(data, {})).to.equal('failed');
  });

  it('shares files only where the browser can', async () => {
    const file = new File(['BEGIN:VCALENDAR'], 'event.ics', {type: 'text/calendar'});
    const seen: ShareData[] = [];
    await share({...data, files: [file]}, {share: async (d) => void seen.push(d!), canShare: (d) => !d?.files});
    expect(seen[0]!.files).to.equal(undefined);
  });

  it('builds links from the page address without its query or hash, with amparo-* state', () => {
    const url = shareUrl({scenario: 'at-door', lang: 'es', empty: undefined}, 'amparo-rights-card', 'https://org.example/help?zip=94110#top');
    expect(url).to.equal('https://org.example/help?amparo-scenario=at-door&amparo-lang=es#amparo-rights-card');
    expect(linkParams(url)).to.deep.equal({scenario: 'at-door', lang: 'es'});
    expect(linkParams('https://org.example/?q=1')).to.deep.equal({});
  });
});

describe('links between widgets', () => {
  let saved: unknown;
  const g = globalThis as {[PAGE_CONFIG_KEY]?: unknown};
  beforeEach(() => {
    saved = g[PAGE_CONFIG_KEY];
    delete g[PAGE_CONFIG_KEY];
  });
  afterEach(() => {
    g[PAGE_CONFIG_KEY] = saved;
    document.querySelectorAll('[data-test-link]').forEach((e) => e.remove());
  });

  it('reads the pages of the site from the script, and an element may name its own', () => {
    const script = document.createElement('script');
    script.dataset.finderPage = '/help';
    script.dataset.calendarPage = 'https://org.example/events';
    const config = configFromScript(script, 'https://cdn.example.org/amparo.js');
    expect(config.pages).to.deep.equal({finder: new URL('/help', location.href).href, calendar: 'https://org.example/events'});
    setPageConfig(config);
    const el = document.createElement('div');
    el.setAttribute('finder-page', '/find-help');
    expect(widgetPage('finder')).to.equal(new URL('/help', location.href).href);
    expect(widgetPage('finder', el)).to.equal(new URL('/find-help', location.href).href);
    expect(widgetPage('contact')).to.equal(undefined);
  });

  it('goes to the widget on the same page when there is one, else to the named page', async () => {
    setPageConfig({pages: {calendar: 'https://org.example/events'}});
    const away = crossLink('calendar', {org: 'org-example'});
    expect(away.here).to.equal(undefined);
    expect(away.href).to.equal('https://org.example/events?amparo-org=org-example#amparo-event-calendar');
    expect(followHere(away, {org: 'org-example'})).to.equal(false);

    class Target extends HTMLElement {
      got?: Record<string, string>;
      followLink(state: Record<string, string>) {
        this.got = state;
      }
    }
    if (!customElements.get('amparo-event-calendar')) customElements.define('amparo-event-calendar', Target);
    const here = document.createElement('amparo-event-calendar') as unknown as Target;
    here.dataset.testLink = '';
    document.body.append(here);
    const link = crossLink('calendar', {org: 'org-example', need: undefined});
    expect(link.here).to.equal(here);
    expect(followHere(link, {org: 'org-example', need: undefined})).to.equal(true);
    expect(here.got).to.deep.equal({org: 'org-example'});
  });
});

describe('ShareController', () => {
  it('renders a button that shares, then says the link was copied, or shows it to copy by hand', async () => {
    const {LitElement} = await import('lit');
    const {ShareController} = await import('../../src/core/share-controller.js');
    let nav: Record<string, unknown> = {clipboard: {writeText: async () => undefined}};
    class Host extends LitElement {
      share = new ShareController(this, () => nav);
      override render() {
        return this.share.render('card', 'Share', () => data);
      }
    }
    customElements.define('test-share-host', Host);
    const el = document.createElement('test-share-host') as Host;
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    const status = () => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    await waitUntil(() => status(), 'status shown');
    expect(status()).to.equal('Link copied. Paste it in a message.');
    nav = {};
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"] input'), 'link to copy shown');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[role="status"] input')!.value).to.equal(data.url);
    el.remove();
  });
});
