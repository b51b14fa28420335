/**
 * Words of the contact widget shared by its views: channel and outcome names, error texts, the
 * consent sentence, and dataset text in the visitor's language (titles, "Title Name").
 */
import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Official} from '../../core/dataset/schema/index.js';
import {pickText, type LocalizedText} from '../../core/format.js';
import {directionOf} from '../../core/locale.js';
import {CHAMBERS, type Chamber, type Channel} from './lookup.js';
import type {SenderError} from './sender.js';

/** Dataset text in `locale` (or its fallback), marked with the language it is really in. */
export function localText(value: LocalizedText, locale: string): TemplateResult {
  const picked = pickText(value, locale);
  return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
}

/** The seat's title in the visitor's language, from the record ("Assemblymember"). */
export const titleOf = (o: Official, locale: string): string =>
  o.title ? pickText(o.title as LocalizedText, locale).text : bodyLabel(o.body);

/** "Title Name", or "Title (vacant)". */
export function whoOf(o: Official, locale: string): string {
  const title = titleOf(o, locale);
  return o.status === 'vacant' ? `${title} (${msg('vacant')})` : `${title} ${o.name ?? ''}`.trim();
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
