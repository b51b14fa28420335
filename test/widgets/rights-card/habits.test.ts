/**
 * Nothing a visitor does by habit may hurt them (issue 14): the officer view opens at its top,
 * focus is never dropped when part of the card is replaced, every control is big enough to hit,
 * and the Tagalog and Chinese cards are found by the tags browsers and sites really use.
 */
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, sendMouse, setViewport} from '../../helpers/commands.js';
import type {RightsEdition} from '../../../src/core/dataset/schema/index.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {$, $$, TestRightsCard, card, dataset, root} from './harness.js';

/** A real mouse click in the middle of `target` (the browser moves focus as for a visitor). */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({block: 'center'});
  const box = target.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
}

/**
 * The element with focus, named (`button 3 .primary "Show to officer"`: the 4th button of its
 * root), the page's if none in the card. Names, not elements, keep failure messages small.
 */
const focused = (el: Element) => named(root(el).activeElement ?? document.activeElement);
function named(e: Element | null): string {
  if (!e || e === document.body) return 'nothing (the page)';
  const index = [...(e.getRootNode() as ParentNode).querySelectorAll(e.localName)].indexOf(e);
  return `${e.localName} ${index} .${e.className} "${e.textContent!.trim().slice(0, 30)}"`;
}

/** The test dataset with the statement of the California edition built into data/ (it scrolls on a phone). */
async function realStatement(): Promise<string> {
  const built = (await (await fetch('/data/amparo-ca.json')).json()) as {rightsEditions: RightsEdition[]};
  const statement = built.rightsEditions[0]!.agentStatement;
  return dataset((d) => void (d.rightsEditions[0]!.agentStatement = statement));
}

describe('<amparo-rights-card> habits', () => {
  beforeEach(() => setUiLocale('en'));
  afterEach(() => setViewport({width: 800, height: 600}));

  for (const [name, width, height] of [
    ['portrait', 390, 700],
    ['landscape', 800, 400],
  ] as const) {
    it(`opens the officer view at its top, focus on its heading (${name})`, async () => {
      await setViewport({width, height});
      const el = await card('', await realStatement());
      $(el, '.actions .primary')!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      try {
        expect(dialog.open).to.equal(true);
        expect(dialog.scrollHeight).to.be.greaterThan(dialog.clientHeight); // it does scroll
        expect(dialog.scrollTop).to.equal(0);
        const heading = root(el).activeElement;
        expect(heading?.id).to.equal('officer-title');
        const top = heading!.getBoundingClientRect().top;
        expect(top).to.be.at.least(0);
        expect(top).to.be.below(height / 2);
      } finally {
        const back = oneEvent(window, 'popstate');
        dialog.close();
        await back;
      }
    });
  }

  describe('focus stays with the visitor', () => {
    it('returns to "Show to officer" when the officer view closes (Escape, Close, Back)', async () => {
      const el = await card();
      const show = $<HTMLButtonElement>(el, '.actions .primary')!;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      // Keyboard: Enter on the button, Escape in the view.
      show.focus();
      await sendKeys({press: 'Enter'});
      expect(dialog.open).to.equal(true);
      // Closing goes Back over the view's history entry: wait for that before the next open.
      let back = oneEvent(window, 'popstate');
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog.open, 'closed by Escape');
      expect(focused(el)).to.equal(named(show));
      await back;
      // A tap that does not focus the button (as in Safari), then Close.
      show.blur();
      show.click();
      back = oneEvent(window, 'popstate');
      await click(dialog.querySelector('.close')!);
      await waitUntil(() => !dialog.open, 'closed by Close');
      expect(focused(el)).to.equal(named(show));
      await back;
      // The phone's Back button.
      show.blur();
      show.click();
      history.back();
      await waitUntil(() => !dialog.open, 'closed by Back', {timeout: 3000});
      expect(focused(el)).to.equal(named(show));
    });

    it('stays on a situation tab the visitor clicked', async () => {
      const el = await card();
      const tab = $$(el, '[role="tab"]')[1]!;
      await click(tab);
      await el.updateComplete;
      expect(tab.getAttribute('aria-selected')).to.equal('true');
      expect(focused(el)).to.equal(named(tab));
    });

    it('stays on the language switch', async () => {
      const el = await card();
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.focus();
      const changed = oneEvent(el, 'amparo-rights-view');
      await sendKeys({press: 'ArrowDown'});
      expect((await changed).detail.locale).to.equal('es');
      await el.updateComplete;
      expect($(el, '.phrases q')!.textContent).to.equal('Elijo guardar silencio.');
      expect(focused(el)).to.equal(named(select));
    });

    it('stays on the side switch, both ways', async () => {
      const el = await card();
      const [mine, officer] = $$(el, '.sides button');
      await click(officer!);
      await el.updateComplete;
      expect($(el, '.agent')).to.not.equal(null);
      expect(focused(el)).to.equal(named(officer!));
      await click(mine!);
      await el.updateComplete;
      expect($(el, '.steps')).to.not.equal(null);
      expect(focused(el)).to.equal(named(mine!));
    });

    it('stays on a warrant checkbox as the verdict changes', async () => {
      const el = await card();
      const box = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]')[1]!;
      await click(box);
      await el.updateComplete;
      expect($(el, '.verdict')!.dataset['verdict']).to.equal('administrative');
      expect(focused(el)).to.equal(named(box));
    });

    it('stays on the print button after printing', async () => {
      const el = await card();
      const button = $$(el, '.print-actions button')[0]!;
      const original = window.print;
      let printed = 0;
      window.print = () => printed++;
      try {
        await click(button);
        await waitUntil(() => printed);
        await el.updateComplete;
      } finally {
        window.print = original;
      }
      expect(focused(el)).to.equal(named(button));
    });
  });

  it('makes every control at least 24 x 24 px, the warrant checkboxes included', async () => {
    await setViewport({width: 320, height: 640});
    TestRightsCard.voices = ['en-US']; // so that Listen shows
    const el = await card('county="06075" quick-exit="https://example.org/weather"').finally(() => (TestRightsCard.voices = []));
    expect($$(el, '.phrases button')).to.have.length(1);
    for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
    const controls = $$(el, 'button, select, summary, a, input, label');
    expect($$(el, '.check input')).to.have.length(2);
    const small = controls
      .map((c) => ({c, box: c.getBoundingClientRect()}))
      .filter(({box}) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({c, box}) => `${c.localName}.${c.className} "${c.textContent!.trim().slice(0, 20)}" ${box.width}x${box.height}`);
    expect(small).to.deep.equal([]);
    $(el, '.actions .primary')!.click();
    const close = $(el, 'dialog .close')!.getBoundingClientRect();
    expect(Math.min(close.width, close.height)).to.be.at.least(24);
    await sendKeys({press: 'Escape'});
  });

  describe('language tags', () => {
    const withLanguages = () =>
      dataset((d) => {
        const edition = d.rightsEditions[0]!;
        for (const locale of ['tl', 'zh-Hant', 'zh-Hans']) edition.locales.push({locale, method: 'machine', date: '2026-09-30'});
        Object.assign(edition.scenarios[0]!.phrases![0]!.say, {
          tl: 'Pinipili kong manahimik.',
          'zh-Hant': '我選擇保持沉默。',
          'zh-Hans': '我选择保持沉默。',
        });
      });

    for (const [lang, locale, phrase] of [
      ['tl', 'tl', 'Pinipili kong manahimik.'],
      ['fil', 'tl', 'Pinipili kong manahimik.'],
      ['zh-TW', 'zh-Hant', '我選擇保持沉默。'],
      ['zh', 'zh-Hans', '我选择保持沉默。'],
    ] as const) {
      it(`shows the ${locale} card for lang="${lang}"`, async () => {
        const el = await card(`lang="${lang}"`, withLanguages());
        expect($(el, '[role="tabpanel"]')!.getAttribute('lang')).to.equal(locale);
        expect($<HTMLSelectElement>(el, 'select')!.value).to.equal(locale);
        expect($(el, '.phrases q')!.textContent).to.equal(phrase);
      });
    }
  });
});
