/**
 * What every view of the finder shares: the helpers the element lends them (dataset text marked
 * with its real language, tap-to-call, links out that tell the page they were followed) and a
 * few small pieces of markup. Views are plain functions `(kit, ...) => TemplateResult`; the
 * element owns the state and the actions.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Phone} from '../../core/dataset/schema/index.js';
import type {LocalizedText} from '../../core/format.js';
import {numberFormat} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';

export type Action = 'call' | 'website' | 'directions';

/** What the views need from the element. */
export interface Kit {
  /** The language dataset text is shown in. */
  readonly locale: string;
  /** The element's clock and the dataset's time zone (hours, freshness). */
  readonly now: Date;
  readonly timeZone: string;
  /** Dataset text, marked with its language (and counted for the fallback notice). */
  text(value: LocalizedText): TemplateResult;
  /** Tells the page the person called, opened a website or asked for directions. */
  action(id: string, action: Action): void;
  /** Where "Report a problem" goes, with `subject` for a mail address. */
  reportHref(subject?: string): string | undefined;
}

/** One fact of a card: a term and its value. */
export const fact = (label: string, value: unknown): TemplateResult => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/**
 * A link out of the widget (website, form, map) that tells the page it was followed; nothing
 * without a safe `href`. `hidden`: the address a map link is for (English, said after the label).
 */
export function linkOut(
  kit: Kit,
  href: string | undefined,
  id: string,
  action: Action,
  label: string,
  hidden?: string,
): TemplateResult | typeof nothing {
  return href
    ? html`<a href=${href} class="link-action" rel="noopener noreferrer" target="_blank" @click=${() => kit.action(id, action)}
        >${label}${hidden ? html`<span class="visually-hidden"> (<span lang="en" dir="ltr">${hidden}</span>)</span>` : nothing}</a
      >`
    : nothing;
}

/** A phone number to tap (a text-only line shows the number), isolated left to right; never a fax. */
export function phoneView(kit: Kit, phone: Phone, id: string): TemplateResult | typeof nothing {
  if (phone.kind === 'fax') return nothing;
  const label = phone.label ? html`<span class="small">${kit.text(phone.label)}:</span> ` : nothing;
  const textOnly = phone.kind === 'sms' || phone.kind === 'whatsapp';
  const href = textOnly ? undefined : safeUrl(telUrl(phone.number));
  const note =
    phone.kind === 'sms'
      ? msg('(text messages)')
      : phone.kind === 'whatsapp'
        ? msg('(WhatsApp)')
        : phone.kind === 'voice-sms'
          ? msg('(calls and text messages)')
          : '';
  return html`<span class="phone-line"
    >${label}${href
      ? html`<a class="phone" href=${href} dir="ltr" @click=${() => kit.action(id, 'call')}><bdi>${phone.number}</bdi></a>`
      : html`<bdi class="phone" dir="ltr">${phone.number}</bdi>`}
    ${note ? html`<span class="small muted">${note}</span>` : nothing}</span
  >`;
}

/** "12 mi" in the interface language. */
export const miles = (m: number): string =>
  numberFormat(uiLocale(), {style: 'unit', unit: 'mile', maximumFractionDigits: m < 10 ? 1 : 0}).format(m);

/** Where "Report a problem" goes (`url`: the report-url attribute), with `subject` for a mail address. */
export function reportHref(url: string | undefined, subject?: string): string | undefined {
  const href = safeUrl(url, {protocols: ['mailto:', 'https:', 'http:']});
  if (!href || !subject || !href.startsWith('mailto:') || /[?&]subject=/i.test(href)) return href;
  return `${href}${href.includes('?') ? '&' : '?'}subject=${encodeURIComponent(subject)}`;
}

/** "Report a problem with this directory", when a report address is set. */
export const directoryReport = (href: string | undefined): TemplateResult | typeof nothing =>
  href
    ? html`<p class="small report-all">
        <a href=${href} rel="noopener noreferrer" target="_blank">${msg('Report a problem with this directory')}</a>
      </p>`
    : nothing;
