/**
 * Words of the contact widget shared by its views: channel and outcome names, office titles and
 * party labels (interface strings), error texts, the consent sentence, "Title Name", and the
 * isolation of left-to-right runs (names, ZIP codes, emails) inside a right-to-left interface.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Official} from '../../core/dataset/schema/index.js';
import {pickText, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {plural} from '../../core/i18n/plural.js';
import {directionOf} from '../../core/locale.js';
import {CHAMBERS, type Chamber, type Channel} from './lookup.js';
import type {SenderError} from './sender.js';

/**
 * `text` (an English name, a ZIP code, an email, a city) as an isolated left-to-right run inside
 * a string (U+2066 ... U+2069, what `<bdi dir="ltr">` is in markup) when the interface is right to
 * left, so "Senator Adam B. Schiff" or "94110." keep their order in Arabic and Persian; in a
 * left-to-right interface the text is unchanged. For strings that cannot hold markup: button
 * labels, `<option>`s, announcements.
 */
export const ltr = (text: string): string => (text && directionOf(uiLocale()) === 'rtl' ? `\u2066${text}\u2069` : text);

/** The English title of each office as the default dataset writes it, to know when the interface's own title fits. */
const STANDARD_TITLES: Partial<Record<Official['body'], string>> = {
  'us-senate': 'Senator',
  'us-house': 'Representative',
  'state-senate': 'State Senator',
  'state-assembly': 'Assemblymember',
  governor: 'Governor',
  'lt-governor': 'Lieutenant Governor',
  'attorney-general': 'Attorney General',
  'secretary-of-state': 'Secretary of State',
};

/** The interface's title of an office (translated in every interface language). */
function officeTitle(body: Official['body']): string | undefined {
  switch (body) {
    case 'us-senate':
      return msg('Senator', {id: 'contact.title.us-senate'});
    case 'us-house':
      return msg('Representative', {id: 'contact.title.us-house'});
    case 'state-senate':
      return msg('State Senator', {id: 'contact.title.state-senate'});
    case 'state-assembly':
      return msg('Assemblymember', {id: 'contact.title.state-assembly'});
    case 'governor':
      return msg('Governor', {id: 'contact.title.governor'});
    case 'lt-governor':
      return msg('Lieutenant Governor', {id: 'contact.title.lt-governor'});
    case 'attorney-general':
      return msg('Attorney General', {id: 'contact.title.attorney-general'});
    case 'secretary-of-state':
      return msg('Secretary of State', {id: 'contact.title.secretary-of-state'});
    default:
      return undefined;
  }
}

/**
 * The seat's title in the visitor's language: the record's own title when the dataset has it in
 * that language, else the interface's title of the office when the record uses the usual one
 * ("Assemblymember"), else the record's title as it is. A record without a title (a vacancy) is
 * named by its body ("U.S. House").
 */
export function titleOf(o: Official, locale: string): string {
  const own = o.title && pickText(o.title as LocalizedText, locale);
  if (own && !own.fallback) return own.text;
  if (!own) return bodyLabel(o.body);
  const ui = officeTitle(o.body);
  return ui && o.title?.en === STANDARD_TITLES[o.body] ? ui : own.text;
}

/** "Title Name" (the name isolated left to right in a right-to-left interface), or "Title (vacant)". */
export function whoOf(o: Official, locale: string): string {
  const title = titleOf(o, locale);
  return o.status === 'vacant' ? `${title} (${msg('vacant')})` : o.name ? `${title} ${ltr(o.name)}` : title;
}

/** "Title Name" in markup: the name (English, as written) in a left-to-right `<bdi>`. */
export function whoView(o: Official, locale: string): TemplateResult | string {
  return o.status === 'vacant' || !o.name ? whoOf(o, locale) : html`${titleOf(o, locale)} <bdi dir="ltr">${o.name}</bdi>`;
}

/** The official's party in the interface language; a party the interface does not know, as written (English). */
export function partyView(party: string | undefined): TemplateResult | typeof nothing {
  if (!party) return nothing;
  const label = partyLabel(party);
  return label ? html`<span class="small">${label}</span>` : html`<span class="small" lang="en" dir="ltr">${party}</span>`;
}

function partyLabel(party: string): string | undefined {
  switch (party.trim().toLowerCase()) {
    case 'democrat':
    case 'democratic':
    case 'democratic party':
      return msg('Democrat', {id: 'contact.party.democratic'});
    case 'republican':
    case 'republican party':
      return msg('Republican', {id: 'contact.party.republican'});
    case 'independent':
      return msg('Independent', {id: 'contact.party.independent'});
    case 'no party preference':
    case 'nonpartisan':
      return msg('No party preference', {id: 'contact.party.none'});
    case 'green':
    case 'green party':
      return msg('Green Party', {id: 'contact.party.green'});
    case 'libertarian':
    case 'libertarian party':
      return msg('Libertarian', {id: 'contact.party.libertarian'});
    default:
      return undefined;
  }
}

export function chamberLabel(chamber: Chamber): string {
  return chamber === 'us-house' ? msg('U.S. House') : chamber === 'state-senate' ? msg('State Senate') : msg('State Assembly');
}

function bodyLabel(body: string): string {
  return (CHAMBERS as readonly string[]).includes(body) ? chamberLabel(body as Chamber) : body;
}

export function channelLabel(c: Channel): string {
  return c === 'call' ? msg('Call') : c === 'email' ? msg('Email') : c === 'webform' ? msg('Web form') : msg('Letter');
}

export function outcomeLabel(outcome: string): string {
  switch (outcome) {
    case 'talked':
      return msg('I talked to someone');
    case 'voicemail':
      return msg('I left a voicemail');
    case 'busy':
      return msg('Busy or no answer');
    case 'sent':
      return msg('I sent it');
    default:
      return msg('Skip');
  }
}

export function errorText(error: SenderError): string {
  switch (error) {
    case 'zip':
      return msg('Enter a 5-digit ZIP code.');
    case 'email':
      return msg('Enter an email address like name@example.com.');
    case 'too-long':
      return msg('This is too long.');
    default:
      return msg('This field is required.');
  }
}

/** The consent sentence: shown next to the box, and sent with the sign-up details it covers. */
export const consentText = () => msg('Yes, the organization may contact me about this campaign (optional).');

// Counts, one message per plural category of the interface language (ar has six, ru and uk three).

/** "1 of 2 contacted": progress through a campaign's targets (the form agrees with the total). */
export function contactedOf(done: number, total: number): string {
  return plural(total, {
    zero: () => msg(str`${done} of ${total} contacted`, {id: 'contact.progress.zero'}),
    one: () => msg(str`${done} of ${total} contacted`, {id: 'contact.progress.one'}),
    two: () => msg(str`${done} of ${total} contacted`, {id: 'contact.progress.two'}),
    few: () => msg(str`${done} of ${total} contacted`, {id: 'contact.progress.few'}),
    many: () => msg(str`${done} of ${total} contacted`, {id: 'contact.progress.many'}),
    other: () => msg(str`${done} of ${total} contacted`, {id: 'contact.progress.other'}),
  });
}

/** "Found 6 officials for ZIP code 94110." (announced once the officials are shown). */
export function officialsFound(count: number, zip: string): string {
  const z = ltr(zip);
  return plural(count, {
    zero: () => msg(str`Found ${count} officials for ZIP code ${z}.`, {id: 'contact.found.zero'}),
    one: () => msg(str`Found ${count} official for ZIP code ${z}.`, {id: 'contact.found.one'}),
    two: () => msg(str`Found ${count} officials for ZIP code ${z}.`, {id: 'contact.found.two'}),
    few: () => msg(str`Found ${count} officials for ZIP code ${z}.`, {id: 'contact.found.few'}),
    many: () => msg(str`Found ${count} officials for ZIP code ${z}.`, {id: 'contact.found.many'}),
    other: () => msg(str`Found ${count} officials for ZIP code ${z}.`, {id: 'contact.found.other'}),
  });
}

/** "You contacted 2 officials." on the thank-you screen. */
export function contactedCount(count: number): string {
  return plural(count, {
    zero: () => msg(str`You contacted ${count} officials.`, {id: 'contact.contacted.zero'}),
    one: () => msg(str`You contacted ${count} official.`, {id: 'contact.contacted.one'}),
    two: () => msg(str`You contacted ${count} officials.`, {id: 'contact.contacted.two'}),
    few: () => msg(str`You contacted ${count} officials.`, {id: 'contact.contacted.few'}),
    many: () => msg(str`You contacted ${count} officials.`, {id: 'contact.contacted.many'}),
    other: () => msg(str`You contacted ${count} officials.`, {id: 'contact.contacted.other'}),
  });
}
