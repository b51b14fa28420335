/**
 * The texts the person sends or says: the message for a channel (their own once they edit it,
 * else the campaign's template filled for the official), the email subject, the call script and
 * the letter. Plain text from data and input, never markup. No DOM: unit-tested directly.
 */
import {msg} from '@lit/localize';
import type {Campaign, Official} from '../../core/dataset/schema/index.js';
import {formatIsoDate, pickText, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {languageKey} from '../../core/locale.js';
import {letterOffice, scriptFor, type Channel} from './lookup.js';
import {titleOf} from './labels.js';
import {fillTemplate, templateValues, type Sender, type TemplateValues} from './template.js';

/** What a message is written from: the campaign, the language and what the person entered. */
export interface MessageContext {
  campaign?: Campaign;
  /** The widget's content locale. */
  locale: string;
  /** The person's details, and their own text once they have edited the message. */
  draft: {readonly sender: Partial<Sender>; readonly message?: string};
}

/**
 * Token values, with the official's title in `lang` (the language of the text they fill): the
 * record's, or the interface's title of the office when the text is in the interface language.
 */
function values(m: MessageContext, o: Official, lang = m.locale): TemplateValues {
  const v = templateValues(o, m.draft.sender, lang);
  if (languageKey(lang) === languageKey(uiLocale())) v['target.title'] = titleOf(o, lang);
  return v;
}

/** A campaign's script text in the visitor's language, else its fallback, filled for `o`. */
function filled(m: MessageContext, o: Official, text: LocalizedText): string {
  const picked = pickText(text, m.locale);
  return fillTemplate(picked.text, values(m, o, picked.lang));
}

/** The message for a channel: the person's own text once they edit it, else the campaign's. */
export function messageFor(m: MessageContext, o: Official, channel: Channel): string {
  if (m.draft.message !== undefined) return m.draft.message;
  const script = scriptFor(m.campaign, channel);
  return script ? filled(m, o, script.body) : '';
}

/** The email subject: the campaign's, else a plain one, with its tokens filled. */
export function subjectFor(m: MessageContext, o: Official): string {
  const subject = m.campaign?.scripts.find((s) => s.subject)?.subject;
  return subject ? filled(m, o, subject) : fillTemplate(msg('A message from a constituent'), values(m, o));
}

/** What to say on the phone: the campaign's call script, else a greeting and the person's message. */
export function callScript(m: MessageContext, o: Official): string {
  const script = scriptFor(m.campaign, 'call');
  if (script) return filled(m, o, script.body);
  const {sender, message} = m.draft;
  const greeting = sender.name?.trim()
    ? msg('Hello, my name is {{user.firstName}} {{user.lastName}} and I live in ZIP code {{user.zip}}. I am calling to share my views with {{target.title}} {{target.lastName}}.')
    : msg('Hello, I live in ZIP code {{user.zip}}. I am calling to share my views with {{target.title}} {{target.lastName}}.');
  return fillTemplate(greeting, values(m, o)) + (message?.trim() ? `\n${message.trim()}` : '');
}

export interface LetterText {
  /** The sender's name, address and the date. */
  from: string;
  /** The official's title, name and office address. */
  to: string;
  body: string;
}

/** A letter to the official's D.C. or Capitol office, dated `date` (`YYYY-MM-DD`). */
export function letterText(m: MessageContext, o: Official, date: string): LetterText {
  const s = m.draft.sender;
  const a = letterOffice(o)?.address;
  const title = o.title ? titleOf(o, m.locale) : '';
  return {
    from: [s.name, s.street, [s.city, s.zip].filter(Boolean).join(', '), formatIsoDate(date, uiLocale())].filter(Boolean).join('\n'),
    to: [[title, o.name].filter(Boolean).join(' '), a && [a.street, a.suite].filter(Boolean).join(', '), a && `${a.city}, ${a.state} ${a.zip}`]
      .filter(Boolean)
      .join('\n'),
    body: `${messageFor(m, o, 'letter')}\n\n${msg('Sincerely,')}\n${s.name ?? ''}`,
  };
}
