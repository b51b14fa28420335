/**
 * Counts in the interface language's plural forms (Arabic has six, Russian and Ukrainian three,
 * Chinese and Korean one), through `Intl.PluralRules`. @lit/localize has no plural syntax, so a
 * counted string is one `msg()` per CLDR category, each with an explicit id (`<key>.one`,
 * `<key>.few`...): translators give each category its form; in English `two`, `few`, `many` and
 * `zero` repeat `other`.
 *
 * ```ts
 * plural(n, {
 *   one: () => msg(str`${n} result`, {id: 'results.one'}),
 *   other: () => msg(str`${n} results`, {id: 'results.other'}),
 *   two: () => msg(str`${n} results`, {id: 'results.two'}), // ...zero, few, many
 * })
 * ```
 */
import {uiLocale} from './localization.js';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & {other: () => string};

const rules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale` (`one`, `few`, `other`...). */
export function pluralCategory(n: number, locale: string = uiLocale()): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
}

/** The form of `forms` for `n` in the interface language, else `other`. */
export function plural(n: number, forms: PluralForms, locale: string = uiLocale()): string {
  return (forms[pluralCategory(n, locale)] ?? forms.other)();
}
