import {expect} from '@open-wc/testing';
import {msg} from '@lit/localize';
import {setUiLocale, uiLocale, UI_LOCALES} from '../../src/core/i18n/localization.js';

describe('interface localisation', () => {
  afterEach(() => setUiLocale('en'));

  it('offers English and Spanish', () => {
    expect([...UI_LOCALES]).to.deep.equal(['en', 'es']);
  });

  it('loads Spanish strings lazily, for regional variants too', async () => {
    expect(await setUiLocale('es-419')).to.equal('es');
    expect(uiLocale()).to.equal('es');
    expect(msg('Try again')).to.equal('Intentar de nuevo');
  });

  it('falls back to English for a language without interface strings', async () => {
    await setUiLocale('es');
    expect(await setUiLocale('hy')).to.equal('en');
    expect(msg('Try again')).to.equal('Try again');
  });
});
