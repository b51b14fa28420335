import {expect} from '@open-wc/testing';
import {canonicalLocale, directionOf, matchLocale, resolveLocale} from '../../src/core/locale.js';
import {setPageConfig} from '../../src/core/page-config.js';

describe('locale', () => {
  afterEach(() => document.querySelectorAll('[data-test-host]').forEach((el) => el.remove()));

  it('resolves the element lang first, then the closest [lang]', () => {
    const outer = document.createElement('div');
    outer.dataset.testHost = '';
    outer.lang = 'es-MX';
    const inner = document.createElement('span');
    const own = document.createElement('span');
    own.lang = 'vi';
    outer.append(inner, own);
    document.body.append(outer);
    expect(resolveLocale(inner)).to.equal('es-MX');
    expect(resolveLocale(own)).to.equal('vi');
  });

  it('falls back to <html lang> for an element without a closer lang', () => {
    const el = document.createElement('span');
    el.dataset.testHost = '';
    document.body.append(el);
    expect(resolveLocale(el)).to.equal('en'); // the test page is <html lang="en">
  });

  it('uses the script data-locale when the page has no lang at all', () => {
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      setPageConfig({locale: 'ko'});
      const el = document.createElement('span');
      el.dataset.testHost = '';
      document.body.append(el);
      expect(resolveLocale(el)).to.equal('ko');
    } finally {
      if (saved) html.setAttribute('lang', saved);
    }
  });

  it('canonicalises tags and rejects garbage', () => {
    expect(canonicalLocale('es_mx')).to.equal('es-MX');
    expect(canonicalLocale('zh-hant')).to.equal('zh-Hant');
    expect(canonicalLocale('auto')).to.equal(undefined);
    expect(canonicalLocale('not a locale!')).to.equal(undefined);
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fa-IR')).to.equal('rtl');
    expect(directionOf('pa-Arab')).to.equal('rtl');
    expect(directionOf('es')).to.equal('ltr');
    expect(directionOf('pa')).to.equal('ltr');
  });

  it('matches regional and script variants', () => {
    const available = ['en', 'es', 'zh-Hans', 'zh-Hant'] as const;
    expect(matchLocale('es-MX', available, 'en')).to.equal('es');
    expect(matchLocale('zh-TW', available, 'en')).to.equal('zh-Hant');
    expect(matchLocale('zh-CN', available, 'en')).to.equal('zh-Hans');
    expect(matchLocale('hy', available, 'en')).to.equal('en');
  });
});
