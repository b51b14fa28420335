import {expect} from '@open-wc/testing';
import {canonicalLocale, directionOf, matchLocale, resolveLocale} from '../../src/core/locale.js';
import {PAGE_CONFIG_KEY, setPageConfig} from '../../src/core/page-config.js';

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

  it('matches how browsers and sites spell the languages we support', () => {
    const ours = ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'tl', 'ko', 'ar', 'fa', 'ru', 'uk', 'pa', 'hy', 'hmn'] as const;
    const cases: [string, string][] = [
      ['tl', 'tl'],
      ['fil', 'tl'], // what browsers make of lang="tl"
      ['fil-PH', 'tl'],
      [canonicalLocale('tl')!, 'tl'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans-CN', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['pa-Guru', 'pa'],
      ['pa-Guru-IN', 'pa'],
      ['fa-IR', 'fa'],
      ['hy-AM', 'hy'],
      ['hmn-US', 'hmn'],
      ['mww', 'hmn'],
      ['ar-EG', 'ar'],
      ['uk-UA', 'uk'],
    ];
    for (const [tag, want] of cases) expect(matchLocale(tag, ours, 'en'), tag).to.equal(want);
    // Shahmukhi (Arabic-script Punjabi) readers are not handed Gurmukhi.
    expect(matchLocale('pa-Arab', ours, 'en')).to.equal('en');
    expect(matchLocale('fr', ours, 'en')).to.equal('en');
  });

  it('takes the first browser language it supports when nothing on the page says', () => {
    const html = document.documentElement;
    const saved = html.getAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    html.removeAttribute('lang');
    Object.defineProperty(navigator, 'languages', {configurable: true, get: () => ['fr-FR', 'fil', 'es']});
    const g = globalThis as {[PAGE_CONFIG_KEY]?: unknown};
    const config = g[PAGE_CONFIG_KEY];
    delete g[PAGE_CONFIG_KEY];
    try {
      const el = document.createElement('span');
      el.dataset.testHost = '';
      document.body.append(el);
      expect(resolveLocale(el, ['en', 'es', 'tl'])).to.equal('fil');
      expect(resolveLocale(el, ['en', 'es'])).to.equal('es');
      expect(resolveLocale(el, ['en'])).to.equal('fr-FR');
    } finally {
      delete (navigator as {languages?: unknown}).languages;
      Object.defineProperty(Navigator.prototype, 'languages', languages);
      g[PAGE_CONFIG_KEY] = config;
      if (saved) html.setAttribute('lang', saved);
    }
  });

  it('matches regional and script variants', () => {
    const available = ['en', 'es', 'zh-Hans', 'zh-Hant'] as const;
    expect(matchLocale('es-MX', available, 'en')).to.equal('es');
    expect(matchLocale('zh-TW', available, 'en')).to.equal('zh-Hant');
    expect(matchLocale('zh-CN', available, 'en')).to.equal('zh-Hans');
    expect(matchLocale('hy', available, 'en')).to.equal('en');
  });
});
