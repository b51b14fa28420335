/**
 * "What changed": the dataset's dated `updates` shown as a short list (newest first), with a
 * one-line reminder to check rumours with the county rapid-response hotline. Shared by the rights
 * card and the finder; `selectUpdates` is pure and unit-tested.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Update} from './dataset/schema/index.js';
import {formatIsoDate, pickText} from './format.js';
import {uiLocale} from './i18n/localization.js';
import {directionOf} from './locale.js';
import {safeUrl} from './safe-url.js';

export interface UpdateFilter {
  /** Today, `YYYY-MM-DD`. */
  today: string;
  scenario?: string;
  need?: string;
  county?: string;
  /** How far back to show (days; default 365) and how far ahead (default 60). */
  pastDays?: number;
  aheadDays?: number;
  /** At most this many (default 5). */
  limit?: number;
}

const DAY = 864e5;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

/** The entries that matter here and now: recent or coming soon, for this situation, need or county. */
export function selectUpdates(updates: readonly Update[], f: UpdateFilter): {update: Update; coming: boolean}[] {
  const fits = (list: readonly string[] | undefined, value: string | undefined) => !list?.length || (value !== undefined && list.includes(value));
  return updates
    .filter((u) => {
      const age = days(u.date, f.today);
      return age <= (f.pastDays ?? 365) && -age <= (f.aheadDays ?? 60);
    })
    .filter((u) => fits(u.scenarios, f.scenario) && fits(u.needs, f.need) && fits(u.counties, f.county))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, f.limit ?? 5)
    .map((update) => ({update, coming: update.date > f.today}));
}

/** The list, in a disclosure; nothing when no entry fits. `locale` is the content locale. */
export function updatesList(updates: readonly Update[], f: UpdateFilter, locale: string): TemplateResult | typeof nothing {
  const shown = selectUpdates(updates, f);
  if (!shown.length) return nothing;
  const ui = uiLocale();
  const text = (t: Update['title']) => {
    const p = pickText(t, locale);
    return html`<span lang=${p.lang} dir=${directionOf(p.lang)}>${p.text}</span>`;
  };
  return html`<details class="updates" part="updates">
    <summary>${msg('What changed')}</summary>
    <ul>
      ${shown.map(({update: u, coming}) => {
        const url = safeUrl(u.source.url, {protocols: ['https:', 'http:']});
        return html`<li>
          <strong><time datetime=${u.date}>${formatIsoDate(u.date, ui)}</time>${coming ? html` (${msg('coming up')})` : nothing}:</strong>
          ${text(u.title)}${u.body ? html`. ${text(u.body)}` : nothing}
          <span class="small muted"
            >${msg('Source:')} ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${u.source.name}</a>` : u.source.name}</span
          >
        </li>`;
      })}
    </ul>
    <p class="small">${msg('Heard something else? Check rumours with your county rapid-response hotline before you share them.')}</p>
  </details>`;
}
