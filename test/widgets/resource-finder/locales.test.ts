/**
 * Issue 12: the finder in each of its 13 other interface languages, first state and a results
 * state (a ZIP with results, its county hotline, a place card): nothing left in English but a few
 * proper names, axe clean, no horizontal overflow at 320 px, right to left in Arabic and Persian,
 * and the language tags people's browsers send negotiated to ours.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {identicalToEnglish, visibleTexts} from '../../helpers/untranslated.js';
import {$, answerZipTable, finder, has, root, searchFor, type TestFinder} from './harness.js';

const LOCALES = ['es', 'ar', 'fa', 'hmn', 'hy', 'ko', 'pa', 'ru', 'tl', 'uk', 'vi', 'zh-Hans', 'zh-Hant'];

/** Interface text that stays as it is in every language: names and brands. */
const ALLOWED: (string | RegExp)[] = ['DACA', 'WhatsApp', 'EOIR'];

/**
 * Left as in English, by locale: what Chromium's Intl has no data for (weekday and language names
 * in Hmong, Armenian and Punjabi; the language code "mam", which no locale names), and the words
 * Tagalog uses as they are in English.
 */
const INTL_WEEKDAYS = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[, ].* – /;
const LANGUAGE_LIST = /^(English|Spanish|Korean|French|mam|mix)(, (English|Spanish|Korean|French|mam|mix))*$/;
const BY_LOCALE: Record<string, (string | RegExp)[]> = {
  hmn: [INTL_WEEKDAYS, LANGUAGE_LIST],
  hy: [INTL_WEEKDAYS, LANGUAGE_LIST],
  pa: [INTL_WEEKDAYS],
  // The Tagalog glossary keeps "accredited representative" in English.
  tl: ['TPS (Temporary Protected Status)', 'Citizenship', 'Rapid-response hotline', 'Website', 'Spanish, mam', 'DOJ-accredited representative'],
};

const frameLang = (el: Element) => $(el, '[part="base"]')?.getAttribute('lang');

async function inLocale(lang: string, attrs = ''): Promise<TestFinder> {
  const el = await finder(`lang="${lang}" ${attrs}`);
  await waitUntil(() => frameLang(el) === lang, `interface in ${lang}`, {timeout: 4000});
  await el.updateComplete;
  return el;
}

/** The results state: a ZIP with results and a county hotline, and the place cards open. */
async function results(el: TestFinder): Promise<void> {
  await searchFor(el, '90012');
  const places = $<HTMLDetailsElement>(el, '[part="places"]')!;
  places.open = true;
  places.dispatchEvent(new Event('toggle'));
  await waitUntil(() => has(el, '[part="places"] li'), 'place cards', {timeout: 4000});
  await el.updateComplete;
}

const noOverflow = (el: Element) => {
  const frame = $(el, '[part="base"]')!;
  expect(frame.scrollWidth, 'no horizontal scrolling').to.be.at.most(frame.clientWidth + 1);
};

describe('<amparo-resource-finder> in every interface language (issue 12)', () => {
  let restore: () => void;
  const english: {first: string[]; results: string[]} = {first: [], results: []};
  before(async () => {
    restore = answerZipTable();
    await setViewport({width: 320, height: 800});
    const el = await inLocale('en');
    english.first = visibleTexts(root(el), 'en');
    await results(el);
    english.results = visibleTexts(root(el), 'en');
  });
  after(async () => {
    restore();
    await setViewport({width: 800, height: 600});
    setUiLocale('en');
  });

  for (const lang of LOCALES) {
    it(`speaks ${lang}: first state and results, at 320 px, axe clean`, async () => {
      const el = await inLocale(lang);
      const rtl = lang === 'ar' || lang === 'fa';
      expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');
      expect(identicalToEnglish(english.first, visibleTexts(root(el), lang), [...ALLOWED, ...(BY_LOCALE[lang] ?? [])])).to.deep.equal([]);
      noOverflow(el);
      await expect(el).to.be.accessible();
      await results(el);
      expect(identicalToEnglish(english.results, visibleTexts(root(el), lang), [...ALLOWED, ...(BY_LOCALE[lang] ?? [])])).to.deep.equal([]);
      noOverflow(el);
      await expect(el).to.be.accessible();
      // Dataset text not in this language is shown in English, marked, and the notice says so.
      expect(has(el, '[data-kind="fallback"]')).to.equal(true);
      expect($(el, '[data-kind="fallback"]')!.textContent).to.not.contain('shown in English');
      // The language choice names each language in its own language, the current one chosen.
      expect($<HTMLSelectElement>(el, '#finder-language')!.value).to.equal(lang);
    });
  }

  for (const [tag, locale] of [
    ['tl', 'tl'],
    ['fil', 'tl'],
    ['zh-TW', 'zh-Hant'],
    ['zh', 'zh-Hans'],
  ] as const) {
    it(`reads lang="${tag}" as ${locale}`, async () => {
      const el = await finder(`lang="${tag}"`);
      await waitUntil(() => frameLang(el) === locale, `${tag} -> ${locale}`, {timeout: 4000});
    });
  }
});
