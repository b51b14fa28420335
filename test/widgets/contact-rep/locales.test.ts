/**
 * Issue 12 for the contact form: in each of the 13 non-English interface languages, its first
 * state, the officials of a looked-up ZIP, the call panel and the last step leave at most a few visible strings
 * identical to the English rendering (official names, phone numbers, ZIP codes aside), are axe
 * clean, fit 320 px without horizontal overflow, and are right to left in Arabic and Persian.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../helpers/commands.js';
import {setUiLocale, uiLocale} from '../../../src/core/i18n/localization.js';
import {contactedCount, officialsFound} from '../../../src/widgets/contact-rep/labels.js';
import {clearDatasetCache} from '../../../src/core/dataset/store.js';
import {identicalToEnglish, visibleTexts} from '../../helpers/untranslated.js';
import {contactDataset} from './fixtures.js';
import {$, $$, freshPage, has, root, state, text, widget, type TestContactRep} from './helpers.js';

const LOCALES = ['es', 'ar', 'fa', 'hmn', 'hy', 'ko', 'pa', 'ru', 'tl', 'uk', 'vi', 'zh-Hans', 'zh-Hant'] as const;
const STATES = ['first', 'officials', 'call', 'done'] as const;
type State = (typeof STATES)[number];

/** What may stay as in English: "ZIP" and "Email" are how these communities write them. */
const ALLOWED = [/^ZIP\b/, /^Email$/];

async function mount(locale: string): Promise<TestContactRep> {
  const el = await widget(`lang="${locale}" campaign="campaign-example" calendar-page="/events"`);
  await waitUntil(() => uiLocale() === locale && $(el, '[part="base"]')?.getAttribute('lang') === locale, `interface in ${locale}`, {timeout: 4000});
  await el.updateComplete;
  return el;
}

/** Looks a ZIP up without reading any label (the button is not in English here). */
async function lookUp(el: TestContactRep, zip: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#zip')!;
  input.value = zip;
  input.dispatchEvent(new Event('input'));
  $<HTMLFormElement>(el, 'form[part="lookup"]')!.requestSubmit();
  await waitUntil(() => has(el, '#results .official, .official'), 'officials', {timeout: 4000});
  await el.updateComplete;
}

/** Opens the call panel of the campaign's target (the U.S. Representative of 94110). */
async function openCall(el: TestContactRep): Promise<void> {
  $<HTMLButtonElement>(el, '[data-official="official-example-rep"]')!.click();
  await waitUntil(() => has(el, '#contact'), 'contact panel');
  await el.updateComplete;
}

/** Nothing of the widget sticks out of a 320 px wide page, on either side. */
function overflow(el: TestContactRep): string[] {
  const out: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
    const r = node.getBoundingClientRect();
    if (!r.width || node.closest('.visually-hidden')) continue;
    if (r.left < -1 || r.right > window.innerWidth + 1) out.push(`${node.localName}.${node.className}: ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return out;
}

/** Each state's visible interface texts, with the checks every locale passes. */
async function walk(locale: string): Promise<Record<State, string[]>> {
  const el = await mount(locale);
  const texts = {} as Record<State, string[]>;
  const check = async (s: State) => {
    texts[s] = visibleTexts(root(el), locale);
    expect(overflow(el), `${locale} ${s}: overflow at 320 px`).to.deep.equal([]);
    await expect(el, `${locale} ${s}`).to.be.accessible();
  };
  await check('first');
  await lookUp(el, '94110');
  await check('officials');
  await openCall(el);
  await check('call');
  expect($(el, '.script')!.getAttribute('lang'), `${locale}: the English script is marked English`).to.equal('en');
  // How it went with both targets (the last button of the outcomes: Skip): the last step.
  for (const target of ['official-example-rep', 'official-example-senator']) {
    await waitUntil(() => has(el, '#contact') && $(el, '[part="official"]:has(#contact) [data-official]') === null, `panel of ${target}`);
    $$<HTMLButtonElement>(el, '[part="contact"] > [role="group"]:not(.channels) button').at(-1)!.click();
    await el.updateComplete;
  }
  await waitUntil(() => has(el, '#next-events'), 'last step', {timeout: 4000});
  await check('done');
  return texts;
}

describe('<amparo-contact-rep> in every interface language', function () {
  this.timeout(60_000);
  let english: Record<State, string[]>;

  before(async () => {
    await setViewport({width: 320, height: 720});
    await freshPage();
    english = await walk('en');
    state.net?.restore();
  });
  after(() => setViewport({width: 800, height: 600}));
  beforeEach(freshPage);
  afterEach(() => state.net?.restore());

  it('has English texts to compare with in each state', () => {
    for (const s of STATES) expect(english[s].length, s).to.be.greaterThan(5);
    expect(english.call).to.include('What to say:');
  });

  for (const locale of LOCALES) {
    it(`${locale}: first state, officials, call panel and last step translated, axe clean, 320 px, ${['ar', 'fa'].includes(locale) ? 'right to left' : 'left to right'}`, async () => {
      const texts = await walk(locale);
      for (const s of STATES) {
        const left = identicalToEnglish(english[s], texts[s], ALLOWED);
        expect(left.length, `${locale} ${s} left in English: ${JSON.stringify(left)}`).to.be.at.most(2);
      }
      const el = document.querySelector<TestContactRep>('test-contact-rep')!;
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal(['ar', 'fa'].includes(locale) ? 'rtl' : 'ltr');
      // The machine-translation notice of the language choice, in that language.
      expect(has(el, '[data-kind="machine-translation"]')).to.equal(true);
      // The campaign has English text only (its script too, checked in walk()): said so in the visitor's language.
      expect(has(el, '[data-kind="fallback"]')).to.equal(true);
    });
  }

  it("shows the campaign's script in the visitor's language where the dataset has it, else the English one marked and named", async () => {
    const d = contactDataset();
    d.campaigns[0]!.scripts[0] = {
      channel: 'call',
      body: {en: 'Please ask {{target.title}} {{target.lastName}} to fund legal defense.', es: 'Pida a {{target.title}} {{target.lastName}} que financie la defensa legal.'},
    };
    const el = await widget('lang="es" campaign="campaign-example"', d);
    await waitUntil(() => $(el, '[part="base"]')?.getAttribute('lang') === 'es');
    await lookUp(el, '94110');
    await openCall(el);
    expect($(el, '.script')!.getAttribute('lang')).to.equal('es');
    // The title in the script's language (the record's Spanish title).
    expect(text(el, '.script')).to.equal('Pida a Representante Example que financie la defensa legal.');
    state.net!.restore();
    clearDatasetCache();

    const ar = await widget('lang="ar" campaign="campaign-example"', d);
    await waitUntil(() => uiLocale() === 'ar' && $(ar, '[part="base"]')?.getAttribute('lang') === 'ar');
    await lookUp(ar, '94110');
    await openCall(ar);
    // No Arabic script: the English one, marked English, its title in English too; the notice says so in Arabic.
    expect($(ar, '.script')!.getAttribute('lang')).to.equal('en');
    expect($(ar, '.script')!.getAttribute('dir')).to.equal('ltr');
    expect(text(ar, '.script')).to.equal('Please ask Representative Example to fund legal defense.');
    expect(text(ar, '[data-kind="fallback"]')).to.not.equal('');
    expect(text(ar, '[data-kind="fallback"]')).to.not.contain('Some of this information');
    // The email's editable message too: English, left to right, inside the Arabic form.
    $$<HTMLButtonElement>(ar, '.channels button')[1]!.click();
    await ar.updateComplete;
    expect($(ar, '#sender-message')!.getAttribute('lang')).to.equal('en');
    expect($(ar, '#sender-message')!.getAttribute('dir')).to.equal('ltr');
  });

  it('isolates names, phone numbers and ZIP codes as left-to-right runs in Arabic', async () => {
    const el = await mount('ar');
    await lookUp(el, '94110');
    // The card names the official in a left-to-right <bdi>; the title is Arabic, from the interface.
    const name = $(el, '.official .name bdi')!;
    expect(name.getAttribute('dir')).to.equal('ltr');
    expect(text(el, '.official .name')).to.contain('عضو مجلس الشيوخ');
    // Strings that cannot hold markup (announcements, button labels) isolate with U+2066...U+2069.
    expect(text(el, '[aria-live="polite"]')).to.contain('\u206694110\u2069');
    expect($$(el, '[data-official] .visually-hidden').some((s) => s.textContent!.includes('\u2066Alex Example\u2069'))).to.equal(true);
    await openCall(el);
    for (const phone of $$(el, '.phones a')) expect(phone.getAttribute('dir')).to.equal('ltr');
  });

  it('counts in the plural forms of the language (Arabic "two", Russian "few") and dates in its calendar words', async () => {
    const el = await mount('ru');
    await lookUp(el, '94014');
    // 94014 is split: the officials found before choosing (statewide ones and the State Senator).
    expect(text(el, '[aria-live="polite"]')).to.match(/^Для ZIP-кода 94014 найден(о)? \d+ выборн/);
    expect(text(el, '.progress')).to.equal('Вы связались с 0 из 1');
    expect(text(el, '[part="campaign"]')).to.contain('31 декабря 2026');
    // Russian one / few / many, Arabic two.
    expect(officialsFound(21, '94110')).to.equal('Для ZIP-кода 94110 найден 21 выборный представитель.');
    expect(officialsFound(3, '94110')).to.equal('Для ZIP-кода 94110 найдено 3 выборных представителя.');
    expect(officialsFound(5, '94110')).to.equal('Для ZIP-кода 94110 найдено 5 выборных представителей.');
    expect(contactedCount(2)).to.equal('Вы связались с 2 выборными представителями.');
    await setUiLocale('ar');
    expect(contactedCount(2)).to.equal('تواصلت مع 2 مسؤولَين منتخبَين.');
    expect(contactedCount(11)).to.equal('تواصلت مع 11 مسؤولًا منتخبًا.');
  });
});
