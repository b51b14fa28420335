import {expect} from '@open-wc/testing';
import {plural, pluralCategory} from '../../src/core/i18n/plural.js';

describe('plural forms', () => {
  const forms = {
    zero: () => 'zero',
    one: () => 'one',
    two: () => 'two',
    few: () => 'few',
    many: () => 'many',
    other: () => 'other',
  };

  it('uses the interface language’s own categories', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, forms, 'ar'))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([1, 2, 5, 21].map((n) => plural(n, forms, 'ru'))).to.deep.equal(['one', 'few', 'many', 'one']);
    expect([1, 2, 5].map((n) => plural(n, forms, 'uk'))).to.deep.equal(['one', 'few', 'many']);
    expect([1, 2].map((n) => plural(n, forms, 'en'))).to.deep.equal(['one', 'other']);
    expect([1, 2].map((n) => plural(n, forms, 'zh-Hans'))).to.deep.equal(['other', 'other']);
  });

  it('falls back to other when a form is missing', () => {
    expect(plural(3, {one: () => 'one', other: () => 'other'}, 'ar')).to.equal('other');
    expect(pluralCategory(1, 'es')).to.equal('one');
  });
});
