import {expect, fixture, html as testHtml, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {AmparoElement} from '../../src/core/base-element.js';
import {defineElement} from '../../src/core/define.js';
import {PAGE_CONFIG_KEY, setPageConfig} from '../../src/core/page-config.js';
import type {Dataset} from '../../src/core/dataset/schema/index.js';
import {setUiLocale} from '../../src/core/i18n/localization.js';
import {validDataset} from '../fixtures/dataset.js';

class AmparoTestWidget extends AmparoElement {
  /** Today, fixed by tests that need it. */
  static day?: string;

  protected override today(): string {
    return AmparoTestWidget.day ?? super.today();
  }

  protected renderContent(dataset: Dataset) {
    return html`<p id="content">${dataset.meta.id}</p>`;
  }
}
defineElement('amparo-test-widget', AmparoTestWidget);

/** A dataset URL the browser can fetch (blob:), with the given JSON. */
const blobUrl = (body: unknown) =>
  URL.createObjectURL(new Blob([typeof body === 'string' ? body : JSON.stringify(body)], {type: 'application/json'}));

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: AmparoTestWidget) =>
  waitUntil(() => shadow(el).querySelector('#content, [role="alert"]'), 'the dataset settled', {timeout: 4000});

/** The store logs skipped records and failures; keep test output readable. */
function muteConsole() {
  const saved = {warn: console.warn, error: console.error, info: console.info, g: console.groupCollapsed};
  console.warn = console.error = console.info = console.groupCollapsed = () => {};
  return () => Object.assign(console, {warn: saved.warn, error: saved.error, info: saved.info, groupCollapsed: saved.g});
}

describe('AmparoElement (shared base)', () => {
  let unmute: () => void;
  beforeEach(async () => {
    unmute = muteConsole();
    await setUiLocale('en');
  });
  afterEach(() => unmute());

  it('announces loading, then renders the dataset', async () => {
    const el = await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset=${blobUrl(validDataset())}></amparo-test-widget>`);
    const status = shadow(el).querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Loading…');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(shadow(el).querySelector('#content')!.textContent).to.equal('example-ca');
    await expect(el).to.be.accessible();
  });

  it('sets lang and dir of its interface inside the shadow root, not on the page', async () => {
    const el = await fixture<AmparoTestWidget>(
      testHtml`<amparo-test-widget lang="ar" dataset=${blobUrl(validDataset())}></amparo-test-widget>`,
    );
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('[part="base"]')?.getAttribute('lang') === 'ar', 'Arabic interface');
    const base = shadow(el).querySelector('[part="base"]')!;
    // The Arabic interface is laid out right to left; the host page is untouched.
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(document.documentElement.dir).to.equal('');
    expect(document.documentElement.lang).to.equal('en');
  });

  describe('meta.reviewBy', () => {
    afterEach(() => (AmparoTestWidget.day = undefined));
    const due = () => {
      const data = validDataset();
      data.meta.reviewBy = '2026-12-07';
      return blobUrl(data);
    };
    const reviewNotice = (el: Element) => shadow(el).querySelector('[data-kind="review-due"]');

    it('says nothing before the review date', async () => {
      AmparoTestWidget.day = '2026-12-06';
      const el = await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset=${due()}></amparo-test-widget>`);
      await settled(el);
      expect(reviewNotice(el)).to.equal(null);
    });

    it('from the review date on, tells visitors some information may be out of date, and the owner once', async () => {
      AmparoTestWidget.day = '2026-12-07';
      const warned: string[] = [];
      const saved = console.warn;
      console.warn = (m: string) => warned.push(m);
      try {
        const url = due();
        const els = [
          await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset=${url}></amparo-test-widget>`),
          await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset=${url}></amparo-test-widget>`),
        ];
        for (const el of els) {
          await settled(el);
          // generatedAt of the fixture is 2026-11-01.
          expect(reviewNotice(el)?.textContent?.trim()).to.equal('Some information may be out of date (checked November 1, 2026).');
          await expect(el).to.be.accessible();
        }
        const owner = warned.filter((m) => m.includes('was due for an update on 2026-12-07'));
        expect(owner).to.have.length(1);
        expect(owner[0]).to.contain('npm run data:build');
      } finally {
        console.warn = saved;
      }
    });
  });

  it('says politely what is not shown, by kind, and keeps the rest', async () => {
    const data = validDataset();
    (data.hotlines[0] as {phones: unknown}).phones = [{number: 'nope'}];
    (data.hotlines[1] as {scope: unknown}).scope = 'galactic';
    (data.organizations[1] as {website: unknown}).website = 'javascript:alert(1)';
    data.meta.sources.push({id: 'broken', name: 'Broken link', url: 'not a link', asOf: '2026-01-01'});
    const el = await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset=${blobUrl(data)}></amparo-test-widget>`);
    await settled(el);
    const notice = shadow(el).querySelector('[data-kind="skipped"]');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(notice?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Some entries are not shown because of errors in the data (organizations: 1, hotlines: 2). Sources not named because of errors: 1.',
    );
    expect(shadow(el).querySelector('#content') !== null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says nothing about errors when only a bad phone number was left out of a record', async () => {
    const data = validDataset();
    data.organizations[0]!.phones!.push({number: 'nope'});
    const el = await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset=${blobUrl(data)}></amparo-test-widget>`);
    await settled(el);
    expect(shadow(el).querySelector('[data-kind="skipped"]')).to.equal(null);
  });

  describe('a dataset that does not answer', () => {
    let release: () => void = () => {};
    const original = window.fetch;
    beforeEach(() => {
      window.fetch = (input, init) =>
        new Promise((resolve, reject) => {
          release = () => original(input, init).then(resolve, reject);
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
    });
    afterEach(() => {
      window.fetch = original;
      release();
    });

    class SlowWidget extends AmparoTestWidget {
      protected override slowAfterMs() {
        return 50;
      }
    }
    defineElement('amparo-slow-test-widget', SlowWidget);

    it('says it is slow, with the help phone and fallback link, while it keeps trying; then shows the data', async () => {
      const url = `/test/fixtures/data/partial.json?slow=${Math.random()}`;
      const el = await fixture<SlowWidget>(testHtml`
        <amparo-slow-test-widget dataset=${url} help-phone="(415) 555-0199" fallback-url="https://org.example/help">
          <a href="https://org.example/help">Our help page</a>
        </amparo-slow-test-widget>`);
      await waitUntil(() => shadow(el).querySelector('[data-kind="slow"]'), 'slow notice', {timeout: 2000});
      const slow = shadow(el).querySelector('[data-kind="slow"]')!;
      expect(slow.getAttribute('role')).to.equal('status');
      expect(slow.textContent).to.contain('This is taking longer than usual. We are still trying');
      const phone = slow.querySelector<HTMLAnchorElement>('[data-kind="help-phone"] a')!;
      expect(phone.getAttribute('href')).to.equal('tel:4155550199');
      expect(phone.textContent).to.equal('(415) 555-0199');
      expect(slow.querySelector('a[href="https://org.example/help"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(shadow(el).querySelector('[data-kind="slow"]')).to.equal(null);
    });
  });

  it('explains an unreachable dataset, offers Try again, the site fallback link and its own content', async () => {
    const el = await fixture<AmparoTestWidget>(testHtml`
      <amparo-test-widget dataset="/test/fixtures/data/missing.json" fallback-url="https://org.example/help">
        <a href="https://org.example/events">Our events page</a>
      </amparo-test-widget>`);
    await settled(el);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('not available right now');
    const link = alert.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://org.example/help');
    const slot = alert.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Our events page');
    expect(alert.querySelector('button')!.textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
  });

  it('gives the site fallback link the widget colours in dark mode, whatever the page styles say (contrast)', async () => {
    const style = document.createElement('style');
    style.textContent = 'a { color: #1a0dab; } p { color: #222; }';
    document.head.append(style);
    try {
      const el = await fixture<AmparoTestWidget>(testHtml`
        <amparo-test-widget theme="dark" dataset="/test/fixtures/data/missing.json">
          <a href="https://org.example/help">Our help page</a>
        </amparo-test-widget>`);
      await settled(el);
      await expect(el).to.be.accessible();
      const link = el.querySelector('a')!;
      // The dark palette's accent, not the page's dark blue (about 1.4:1 on the dark background).
      expect(getComputedStyle(link).color).to.not.equal('rgb(26, 13, 171)');
    } finally {
      style.remove();
    }
  });

  it('offers the help phone of the script config in a failure, and never an unsafe one', async () => {
    setPageConfig({helpPhone: '+1 800 555 0198'});
    try {
      const el = await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget dataset="/test/fixtures/data/missing.json"></amparo-test-widget>`);
      await settled(el);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[role="alert"] [data-kind="help-phone"] a')!;
      expect(link.getAttribute('href')).to.equal('tel:+18005550198');
      const bad = await fixture<AmparoTestWidget>(
        testHtml`<amparo-test-widget help-phone="javascript:alert(1)" dataset="/test/fixtures/data/missing.json"></amparo-test-widget>`,
      );
      await settled(bad);
      expect(shadow(bad).querySelector('[data-kind="help-phone"]')).to.equal(null);
    } finally {
      delete (globalThis as {[PAGE_CONFIG_KEY]?: unknown})[PAGE_CONFIG_KEY];
    }
  });

  it('retries a failed request once before showing an error', async () => {
    let calls = 0;
    const original = window.fetch;
    window.fetch = async (...args) => {
      calls++;
      return calls === 1 ? new Response('busy', {status: 503}) : original(...args);
    };
    try {
      const el = await fixture<AmparoTestWidget>(
        testHtml`<amparo-test-widget dataset="/test/fixtures/data/partial.json"></amparo-test-widget>`,
      );
      // First attempt 503, automatic retry succeeds: the visitor never sees the error.
      await settled(el);
      expect(shadow(el).querySelector('#content')!.textContent).to.equal('partial-test');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });

  it('reloads after Try again', async () => {
    const el = await fixture<AmparoTestWidget>(
      testHtml`<amparo-test-widget dataset="/test/fixtures/data/missing-too.json"></amparo-test-widget>`,
    );
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Loading…');
    await settled(el);
    expect(shadow(el).querySelector('[role="alert"]') !== null).to.equal(true);
  });

  it('never offers a dangerous fallback URL', async () => {
    const el = await fixture<AmparoTestWidget>(testHtml`
      <amparo-test-widget dataset="/test/fixtures/data/missing.json" fallback-url="javascript:alert(1)"></amparo-test-widget>`);
    await settled(el);
    expect(shadow(el).querySelector('[role="alert"] a') === null).to.equal(true);
  });

  it('explains a data file that is not JSON (no retry button: retrying would not help)', async () => {
    const el = await fixture<AmparoTestWidget>(
      testHtml`<amparo-test-widget dataset="/test/fixtures/data/not-json.json"></amparo-test-widget>`,
    );
    await settled(el);
    expect(text(el)).to.contain('the data file has a problem');
    expect(shadow(el).querySelector('[role="alert"] button') === null).to.equal(true);
  });

  it('explains an empty dataset', async () => {
    const el = await fixture<AmparoTestWidget>(
      testHtml`<amparo-test-widget dataset=${blobUrl({meta: validDataset().meta})}></amparo-test-widget>`,
    );
    await settled(el);
    expect(text(el)).to.contain('There is no information to show yet.');
  });

  it('explains a missing configuration instead of staying blank', async () => {
    const el = await fixture<AmparoTestWidget>(testHtml`<amparo-test-widget></amparo-test-widget>`);
    await settled(el);
    expect(text(el)).to.contain('no data source was given');
  });

  it('speaks Spanish when its language is Spanish', async () => {
    const el = await fixture<AmparoTestWidget>(
      testHtml`<amparo-test-widget lang="es-MX" dataset="/test/fixtures/data/missing.json"></amparo-test-widget>`,
    );
    await settled(el);
    await waitUntil(() => text(el).includes('Esta información no está disponible en este momento.'), 'Spanish', {
      timeout: 4000,
    });
    expect(text(el)).to.contain('Intentar de nuevo');
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
  });

  it('follows a change of the page language', async () => {
    const host = await fixture<HTMLDivElement>(
      testHtml`<div lang="en"><amparo-test-widget dataset="/test/fixtures/data/missing.json"></amparo-test-widget></div>`,
    );
    const el = host.querySelector<AmparoTestWidget>('amparo-test-widget')!;
    await settled(el);
    const html = document.documentElement;
    host.removeAttribute('lang');
    html.lang = 'es';
    try {
      await waitUntil(() => text(el).includes('no está disponible'), 'switched to Spanish', {timeout: 4000});
    } finally {
      html.lang = 'en';
    }
  });
});
