import {expect} from '@open-wc/testing';
import {daysSince, formatIsoDate, pickText} from '../../src/core/format.js';

describe('pickText', () => {
  const text = {en: 'Legal help', es: 'Ayuda legal', 'zh-Hant': '法律幫助'};

  it('picks the exact or same-language translation', () => {
    expect(pickText(text, 'es')).to.deep.equal({text: 'Ayuda legal', lang: 'es', fallback: false});
    expect(pickText(text, 'es-MX').text).to.equal('Ayuda legal');
    expect(pickText(text, 'zh-TW').text).to.equal('法律幫助');
  });

  it('falls back to English and says so', () => {
    expect(pickText(text, 'vi')).to.deep.equal({text: 'Legal help', lang: 'en', fallback: true});
  });

  it('ignores empty translations', () => {
    expect(pickText({en: 'Hi', es: ''}, 'es')).to.deep.equal({text: 'Hi', lang: 'en', fallback: true});
  });
});

describe('dates', () => {
  it('formats a calendar date in the reader language without shifting the day', () => {
    expect(formatIsoDate('2026-03-03', 'en')).to.equal('March 3, 2026');
    expect(formatIsoDate('2026-03-03', 'es')).to.equal('3 de marzo de 2026');
  });

  it('counts days since a date', () => {
    expect(daysSince('2026-01-01', new Date('2026-01-31T12:00:00Z'))).to.equal(30);
  });
});
