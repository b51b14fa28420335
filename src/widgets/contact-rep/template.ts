/**
 * Fills `{{token}}` templates (campaign scripts) with plain-text values. Unknown or missing tokens
 * render as nothing, and the text around them is tidied: no leftover braces, no double spaces,
 * no space before punctuation. The result is plain text, always rendered as text, never markup.
 */
import {pickText, type LocalizedText} from '../../core/format.js';
import type {Official} from '../../core/dataset/schema/index.js';
import type {TEMPLATE_TOKENS} from '../../core/dataset/vocabulary.js';

type TemplateToken = (typeof TEMPLATE_TOKENS)[number];

export type TemplateValues = Partial<Record<TemplateToken, string>>;

/** What the person told us about themselves (all optional except in validation). */
export interface Sender {
  name: string;
  zip: string;
  street?: string;
  city?: string;
  email?: string;
}

export function fillTemplate(template: string, values: TemplateValues): string {
  const lookup = values as Record<string, string | undefined>;
  // A missing value becomes a marker first, so the separator that belonged to it can go too.
  const GAP = '\uE000';
  return template
    .replace(/\uE000/g, '')
    .replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (_, token: string) => lookup[token]?.trim() || GAP)
    .replace(/\{\{|\}\}/g, '')
    .replace(/[,;:][ \t]*\uE000/g, GAP)
    .replace(/(^|\()[ \t]*\uE000[ \t]*[,;:]?/gm, '$1')
    .replace(/\uE000/g, '')
    .replace(/\([ \t]*\)/g, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/ +([,.;:!?)])/g, '$1')
        .replace(/([(]) +/g, '$1')
        .trim(),
    )
    .join('\n');
}

/** The family name: `familyName`, else the last word of the name. */
const lastName = (o: Official) => o.familyName ?? o.name?.trim().split(/\s+/).pop();

/** Token values for a target and a sender, with dataset text in `locale`. */
export function templateValues(official: Official | undefined, sender: Partial<Sender>, locale: string): TemplateValues {
  const [first, ...rest] = (sender.name ?? '').trim().split(/\s+/);
  const district = official?.districtOcdId?.match(/:(\d+)$/)?.[1];
  return {
    'target.name': official?.name,
    'target.lastName': official && lastName(official),
    'target.title': official?.title && pickText(official.title as LocalizedText, locale).text,
    'target.district': district,
    'user.firstName': first || undefined,
    'user.lastName': rest.join(' ') || undefined,
    'user.city': sender.city?.trim() || undefined,
    'user.zip': sender.zip?.trim() || undefined,
  };
}
