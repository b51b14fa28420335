/**
 * Every interface language (issue 12): for each of the 13 non-English locales, the first state
 * (the list) and an event's details leave at most a few visible strings identical to English,
 * are axe clean, do not overflow at 320 px, and read right to left in Arabic and Persian.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {identicalToEnglish, visibleTexts} from '../../helpers/untranslated.js';
import {$, $$, calendar, openDetails, root, text} from './helpers.js';
import type {TestEventCalendar} from './helpers.js';

const LOCALES = ['es', 'ar', 'fa', 'hmn', 'hy', 'ko', 'pa', 'ru', 'tl', 'uk', 'vi', 'zh-Hans', 'zh-Hant'];
/** Names the interface shows as they are (the organizers' and platforms' names, "ASL", ".ics"). */
const ALLOWED: (string | RegExp)[] = [/\.ics/, /Google/, /Outlook/, /Example/, /^ASL/, 'Alameda', 'Los Angeles'];
/**
 * Dates, times and language names come from the browser's Intl data; where the browser has none
 * for a language (Chromium has no Hmong nor Armenian data), it writes them in English: not a
 * string the widget could translate, so they are left out of the count for those languages.
 */
const intlFallback = (lang: string): (string | RegExp)[] =>
  Intl.DateTimeFormat.supportedLocalesOf([lang]).length && Intl.DisplayNames.supportedLocalesOf([lang]).length
    ? []
    : [/\d{4}$/, /\d:\d\d/, ...['en', 'es', 'zh-Hant'].map((t) => new Intl.DisplayNames(['en'], {type: 'language'}).of(t)!)];

/** The visible interface texts of the list, and of the list with the first event open. */
async function states(el: TestEventCalendar, lang: string): Promise<{list: string[]; details: string[]}> {
  const list = visibleTexts(root(el), lang);
  await openDetails(el, $$(el, '.event')[0]!);
  return {list, details: visibleTexts(root(el), lang)};
}

describe('<amparo-event-calendar> in every interface language', () => {
  let english: {list: string[]; details: string[]};
  before(async () => {
    await setUiLocale('en');
    await setViewport({width: 320, height: 640});
    english = await states(await calendar('lang="en"'), 'en');
  });
  after(() => setUiLocale('en'));

  for (const lang of LOCALES) {
    it(`${lang}: translated, accessible, no overflow at 320 px${lang === 'ar' || lang === 'fa' ? ', right to left' : ''}`, async () => {
      await setViewport({width: 320, height: 640});
      await setUiLocale(lang);
      const el = await calendar(`lang="${lang}"`);
      await waitUntil(() => text(el, '[part="count"]') !== '', 'count');
      const frame = $(el, '[part="base"]')!;
      expect(frame.getAttribute('lang')).to.equal(lang);
      expect(frame.getAttribute('dir')).to.equal(lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
      const {list, details} = await states(el, lang);
      const allowed = [...ALLOWED, ...intlFallback(lang)];
      expect(identicalToEnglish(english.list, list, allowed), 'list').to.have.length.at.most(3);
      expect(identicalToEnglish(english.details, details, allowed), 'details').to.have.length.at.most(3);
      expect(frame.scrollWidth, 'no horizontal overflow').to.be.at.most(frame.clientWidth + 1);
      await expect(el).to.be.accessible();
    });
  }
});
