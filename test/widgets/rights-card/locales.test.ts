/**
 * Issue 12 for the rights card: every interface language. For each of the 13 non-English
 * locales, the first state, the officer side and the full-screen officer view: at most a few
 * visible interface strings left identical to the English rendering (the officer's statement is
 * English by design and skipped explicitly), axe clean, nothing wider than a 320 px screen, and
 * Arabic and Persian right to left. Then how browsers and sites spell the languages.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../helpers/commands.js';
import {setUiLocale, uiLocale} from '../../../src/core/i18n/localization.js';
import {identicalToEnglish, visibleTexts} from '../../helpers/untranslated.js';
import {$, $$, card, dataset, root, type TestRightsCard} from './harness.js';

const LOCALES = ['es', 'ar', 'fa', 'hmn', 'hy', 'ko', 'pa', 'ru', 'tl', 'uk', 'vi', 'zh-Hans', 'zh-Hant'] as const;

/** The officer's statement: English on purpose, on the card and in the full-screen view. */
const OFFICER_ENGLISH = ['.agent .english', '.officer'];
/** At most this many interface strings may read as in English (a term that is the same word). */
const FEW = 2;

/** The states compared: the first one, the officer side, the full-screen officer view. */
type Texts = {first: string[]; agent: string[]; dialog: string[]};

async function textsOf(el: TestRightsCard, ui: string): Promise<Texts> {
  const first = visibleTexts(root(el), ui, OFFICER_ENGLISH);
  $$(el, '.sides button')[1]!.click();
  await el.updateComplete;
  const agent = visibleTexts(root(el), ui, OFFICER_ENGLISH);
  $$(el, '.sides button')[0]!.click();
  await el.updateComplete;
  $(el, '.actions .primary')!.click();
  await el.updateComplete;
  const dialog = visibleTexts($(el, 'dialog')!, ui, OFFICER_ENGLISH);
  return {first, agent, dialog};
}

/** Elements of the card that reach outside a 320 px screen (left or right). */
function overflowing(el: TestRightsCard): string[] {
  const width = document.documentElement.clientWidth;
  return [...root(el).querySelectorAll('*')]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.left < -1 || box.right > width + 1);
    })
    .map((node) => `${node.localName}.${node.className}`);
}

/** A dataset whose county has a hotline and whose edition has all the card's parts. */
const data = () => dataset();

describe('<amparo-rights-card> in every interface language', () => {
  let english: Texts;

  before(async () => {
    await setUiLocale('en');
    const el = await card('lang="en" county="06075" finder-page="/help"', data());
    english = await textsOf(el, 'en');
    $<HTMLDialogElement>(el, 'dialog')!.close();
    el.remove();
  });
  beforeEach(() => setViewport({width: 320, height: 640}));
  afterEach(async () => {
    await setViewport({width: 800, height: 600});
    await setUiLocale('en');
  });

  it('renders the English states it compares with', () => {
    expect(english.first.length).to.be.above(10);
    expect(english.agent.length).to.be.above(5);
    expect(english.dialog).to.include('Close');
  });

  for (const locale of LOCALES) {
    it(`${locale}: translated, accessible, within 320 px${locale === 'ar' || locale === 'fa' ? ', right to left' : ''}`, async () => {
      const el = await card(`lang="${locale}" county="06075" finder-page="/help"`, data());
      expect(uiLocale()).to.equal(locale);
      const frame = $(el, '[part="base"]')!;
      expect(frame.getAttribute('lang')).to.equal(locale);
      const rtl = locale === 'ar' || locale === 'fa';
      expect(frame.getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');
      expect(getComputedStyle($(el, '.card')!).direction).to.equal(rtl ? 'rtl' : 'ltr');
      expect(overflowing(el), 'first state').to.deep.equal([]);
      await expect(el).to.be.accessible();

      $$(el, '.sides button')[1]!.click();
      await el.updateComplete;
      expect(overflowing(el), 'officer side').to.deep.equal([]);
      // The officer's side is English and left to right, whatever the card's language.
      expect($(el, '.agent .english')!.getAttribute('lang')).to.equal('en');
      expect(getComputedStyle($(el, '.agent .english')!).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
      $$(el, '.sides button')[0]!.click();
      await el.updateComplete;

      const texts = await textsOf(el, locale);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      await expect(el).to.be.accessible();
      dialog.close();

      expect(identicalToEnglish(english.first, texts.first), 'first state').to.have.length.at.most(FEW);
      expect(identicalToEnglish(english.agent, texts.agent), 'officer side').to.have.length.at.most(FEW);
      expect(identicalToEnglish(english.dialog, texts.dialog), 'officer view').to.deep.equal([]);
    });
  }

  it('marks phone numbers as left-to-right runs inside a right-to-left card', async () => {
    const el = await card('lang="fa" county="06075"', data());
    const phone = $(el, '.hotlines a.phone')!;
    expect(phone.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(phone).direction).to.equal('ltr');
  });

  it('dates the law statuses and the review in the interface language', async () => {
    const el = await card('lang="ar" scenario="at-work"', dataset((d) => {
      const law = d.rightsEditions[0]!.scenarios[1]!.californiaLaw![0]!;
      law.status = 'in-force';
      law.asOf = '2026-12-04';
    }));
    const months = new Intl.DateTimeFormat('ar', {month: 'long', timeZone: 'UTC'});
    expect($(el, '.law-status')!.textContent).to.contain(months.format(Date.UTC(2026, 11, 4)));
    expect($(el, '.trust')!.textContent).to.contain(months.format(Date.UTC(2026, 8, 30)));
  });
});

describe('<amparo-rights-card> language spellings', () => {
  /** An edition with Tagalog and both Chinese scripts, each with its own title. */
  const titled = () =>
    dataset((d) => {
      const e = d.rightsEditions[0]!;
      e.locales.push(
        {locale: 'tl', method: 'machine', date: '2026-09-30'},
        {locale: 'zh-Hans', method: 'machine', date: '2026-09-30'},
        {locale: 'zh-Hant', method: 'machine', date: '2026-09-30'},
      );
      Object.assign(e.scenarios[0]!.title, {tl: 'Kung may ahente sa pinto', 'zh-Hans': '如果特工来到你家门口', 'zh-Hant': '如果探員來到你家門口'});
    });
  afterEach(() => setUiLocale('en'));

  for (const [lang, content, ui, title] of [
    ['tl', 'tl', 'tl', 'Kung may ahente sa pinto'],
    ['fil', 'tl', 'tl', 'Kung may ahente sa pinto'],
    ['zh-TW', 'zh-Hant', 'zh-Hant', '如果探員來到你家門口'],
    ['zh', 'zh-Hans', 'zh-Hans', '如果特工来到你家门口'],
  ] as const) {
    it(`lang="${lang}" gives the ${content} card and the ${ui} interface`, async () => {
      const el = await card(`lang="${lang}"`, titled());
      expect($(el, '[role="tabpanel"]')!.getAttribute('lang')).to.equal(content);
      expect($(el, '[role="tab"][aria-selected="true"]')!.textContent!.trim()).to.equal(title);
      expect(uiLocale()).to.equal(ui);
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal(content);
    });
  }
});

describe('<amparo-rights-card> one language control', () => {
  afterEach(() => setUiLocale('en'));

  it('choosing the card language also sets the interface language, and the officer side stays English', async () => {
    const el = await card();
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => uiLocale() === 'es', 'interface in Spanish');
    await el.updateComplete;
    expect($(el, '[role="tabpanel"]')!.getAttribute('lang')).to.equal('es');
    expect($$(el, '.sides button')[0]!.textContent!.trim()).to.equal('Mi lado');
    expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal('es');
    $$(el, '.sides button')[1]!.click();
    await el.updateComplete;
    expect($(el, '.agent .english')!.textContent).to.contain('I choose to remain silent.');
  });

  it('follows a language chosen in another widget of the page', async () => {
    const el = await card();
    el.setAttribute('lang', 'ar'); // what the core languageChoice() does to every Amparo element
    await waitUntil(() => uiLocale() === 'ar', 'interface in Arabic');
    await el.updateComplete;
    expect($(el, '[role="tabpanel"]')!.getAttribute('lang')).to.equal('ar');
    expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('ar');
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('says, in the visitor’s language, when dataset text outside the situation is in English', async () => {
    // Spanish situation fully translated; the hotline's name is English only.
    const el = await card(
      'lang="es" county="06075"',
      dataset((d) => {
        const s = d.rightsEditions[0]!.scenarios[0]!;
        s.steps.forEach((step, i) => (step.es = `Paso ${i + 1}.`));
        s.doNot!.forEach((x) => (x.es = 'No muestre documentos falsos.'));
        s.caveats!.forEach((c) => (c.text.es = 'Punto discutido de ejemplo.'));
      }),
    );
    expect($(el, '[role="tabpanel"] .notice')).to.equal(null);
    expect($(el, '.hotlines span[lang="en"]')).to.not.equal(null);
    const notice = $(el, '[data-kind="fallback"]')!;
    expect(notice.textContent).to.contain('inglés');
  });
});
