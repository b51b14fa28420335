import {expect} from '@open-wc/testing';
import {safeUrl, telUrl} from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https, tel and mailto', () => {
    expect(safeUrl('https://example.org/help')).to.equal('https://example.org/help');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('tel:+14155550100')).to.equal('tel:+14155550100');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
  });

  it('rejects script and data URLs however they are written', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x', 'vbscript:x', 'blob:https://example.org/x']) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('rejects empty and non-string input', () => {
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
  });

  it('resolves relative URLs against the dataset URL', () => {
    expect(safeUrl('events.html', {base: 'https://org.example/data/amparo.json'})).to.equal(
      'https://org.example/data/events.html',
    );
  });

  it('can be narrowed to web links only', () => {
    expect(safeUrl('tel:123', {protocols: ['https:']})).to.equal(undefined);
  });
});

describe('telUrl', () => {
  it('builds a dialable tel: URL from a written number', () => {
    expect(telUrl('+1 (415) 555-0100')).to.equal('tel:+14155550100');
    expect(telUrl('415-555-0100 ext. 12')).to.equal('tel:4155550100;ext=12');
    expect(telUrl('(415) 555-0100 x3')).to.equal('tel:4155550100;ext=3');
  });

  it('refuses text without a number', () => {
    expect(telUrl('call us')).to.equal(undefined);
  });
});
