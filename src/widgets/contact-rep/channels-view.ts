/**
 * One way to contact an official: the phone numbers and what to say, the email (a `mailto:` or,
 * when too long for one, copy and paste), the official web form, or a letter to print (also the
 * printed page). Plain functions of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Office, Official} from '../../core/dataset/schema/index.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import type {ViewActions, ViewState} from './context.js';
import {ltr} from './labels.js';
import {directionOf} from '../../core/locale.js';
import {mainOffice, nearestOffice, officePhone, scriptFor, type Channel, type LatLng} from './lookup.js';
import {buildMailto} from './mailto.js';
import {callScript, letterText, messageFor, subjectFor} from './message.js';
import {officialLink} from './view.js';

/** The panel of `channel` for the official `o`. */
export function channelPanel(s: ViewState, a: ViewActions, o: Official, channel: Channel): TemplateResult {
  const r = s.lookup.result;
  switch (channel) {
    case 'call':
      return callPanel(s, o, r?.ok ? r.centroid : undefined);
    case 'email':
      return emailPanel(s, a, o);
    case 'webform':
      return webformPanel(s, a, o);
    default:
      return html`<p>${msg('Print this letter, sign it and mail it to the office address.')}</p>
        ${letterView(s, o, s.date)}
        <div class="row">
          <button type="button" @click=${a.print}>${msg('Print letter')}</button>
        </div>`;
  }
}

/** The phone numbers (the nearest district office to `centroid`, the ZIP's centre) and what to say. */
function callPanel(s: ViewState, o: Official, centroid: LatLng | undefined): TemplateResult {
  const main = mainOffice(o);
  const near = nearestOffice(o, centroid);
  return html`<ul class="phones">
      ${main ? phoneItem(main, main.kind === 'dc' ? msg('Washington, D.C. office') : msg('Capitol office (Sacramento)')) : nothing}
      ${near
        ? phoneItem(near.office, near.office.address ? msg(str`District office in ${ltr(near.office.address.city)}`) : msg('District office'))
        : nothing}
    </ul>
    ${main?.kind === 'dc' && near ? html`<p class="small">${msg('If the Washington line is busy, try the district office.')}</p>` : nothing}
    <p class="label"><strong>${msg('What to say:')}</strong></p>
    <p class="script" lang=${scriptLang(s, 'call') ?? nothing} dir=${scriptDir(s, 'call')}>${callScript(s, o)}</p>`;
}

function phoneItem(office: Office, label: string): TemplateResult {
  const number = officePhone(office) ?? '';
  const href = safeUrl(telUrl(number), {protocols: ['tel:']});
  return html`<li>
    ${label}:
    ${href
      ? html`<a class="phone" href=${href} dir="ltr" aria-label=${msg(str`Call ${label}, ${number}`)}>${number}</a>`
      : html`<bdi>${number}</bdi>`}
  </li>`;
}

function emailPanel(s: ViewState, a: ViewActions, o: Official): TemplateResult {
  const email = o.email ?? '';
  const mail = buildMailto(email, subjectFor(s, o), messageFor(s, o, 'email'));
  const href = safeUrl(mail.ok ? mail.url : mail.reason === 'too-long' ? mail.subjectOnly : undefined, {protocols: ['mailto:']});
  return html`<p>${msg('Email:', {id: 'contact.email-label'})} <bdi dir="ltr">${email}</bdi></p>
    ${mail.ok
      ? nothing
      : html`<p class="notice" data-tone="warning">
          ${msg('Your message is too long to open in your email app directly. Copy it, then paste it into the email.')}
        </p>`}
    <div class="row">
      ${!mail.ok ? html`<button type="button" @click=${a.copy}>${msg('Copy message')}</button>` : nothing}
      ${href
        ? html`<a class="button" href=${href} @click=${a.checkSender}>
            ${mail.ok ? msg('Open in my email app') : msg('Open an email with the subject')}
          </a>`
        : nothing}
    </div>`;
}

function webformPanel(s: ViewState, a: ViewActions, o: Official): TemplateResult {
  const url = safeUrl(o.contactForm ?? o.website, {protocols: ['https:', 'http:']});
  const hint = s.campaign?.topicHint;
  return html`<p>${msg("Official forms can't be filled in from here. Copy your message, then paste it into the form that opens.")}</p>
    ${hint ? html`<p>${msg('Topic to choose:')} <strong>${s.content.text(hint)}</strong></p>` : nothing}
    <div class="row">
      <button type="button" @click=${() => a.copyAndOpen(url)}>${msg('Copy message and open the form')}</button>
      ${officialLink(url, msg('Open the official form'))}
    </div>`;
}

/**
 * The language the campaign's script for `channel` is shown in (the visitor's, or the dataset's
 * fallback, which the widget's notice then names); undefined without a script, or once the person
 * wrote their own message (a call shows the script whatever they wrote).
 */
export function scriptLang(s: ViewState, channel: Channel): string | undefined {
  const script = s.draft.message === undefined || channel === 'call' ? scriptFor(s.campaign, channel) : undefined;
  return script && s.content.pick(script.body).lang;
}

/** The `dir` of what shows the script for `channel` (nothing to set without a script). */
export const scriptDir = (s: ViewState, channel: Channel) => {
  const lang = scriptLang(s, channel);
  return lang ? directionOf(lang) : nothing;
};

/** The letter as shown and as printed: in the interface language, its body in the script's. */
export function letterView(s: ViewState, o: Official, date: string): TemplateResult {
  const l = letterText(s, o, date);
  const lang = scriptLang(s, 'letter');
  return html`<div class="letter">
    <p>${l.from}</p>
    <br />
    <p dir="ltr">${l.to}</p>
    <br />
    <p lang=${lang ?? nothing} dir=${lang ? directionOf(lang) : nothing}>${l.body}</p>
  </div>`;
}
