import {expect} from '@open-wc/testing';
import {msg} from '@lit/localize';
import {setUiLocale, uiLocale, UI_LOCALES} from '../../src/core/i18n/localization.js';

describe('interface localisation', () => {
  afterEach(() => setUiLocale('en'));

  it('offers the 14 languages of the know-your-rights content', () => {
    expect([...UI_LOCALES].sort()).to.deep.equal(
      ['ar', 'en', 'es', 'fa', 'hmn', 'hy', 'ko', 'pa', 'ru', 'tl', 'uk', 'vi', 'zh-Hans', 'zh-Hant'].sort(),
    );
  });

  it('gets the right language for how browsers and sites spell it', async () => {
    for (const [tag, want] of [['tl', 'tl'], ['fil', 'tl'], ['zh-TW', 'zh-Hant'], ['zh', 'zh-Hans'], ['fa-IR', 'fa'], ['hy-AM', 'hy'], ['pa-Guru', 'pa'], ['hmn-US', 'hmn']]) {
      expect(await setUiLocale(tag!), tag).to.equal(want);
    }
    expect(await setUiLocale('ar')).to.equal('ar');
    expect(msg('Try again')).to.not.equal('Try again');
  });

  it('loads Spanish strings lazily, for regional variants too', async () => {
    expect(await setUiLocale('es-419')).to.equal('es');
    expect(uiLocale()).to.equal('es');
    expect(msg('Try again')).to.equal('Intentar de nuevo');
  });

  it('falls back to English for a language without interface strings', async () => {
    await setUiLocale('es');
    expect(await setUiLocale('fr')).to.equal('en');
    expect(msg('Try again')).to.equal('Try again');
  });
});
