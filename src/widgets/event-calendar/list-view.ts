/**
 * The list of days and its event rows. A list has hundreds of rows, so a row is light (text
 * bindings, no hidden parts) and its texts are cached: per event and language (`rowText`), per
 * time shape (`timeText`), per occurrence (its key).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {msg, str} from '@lit/localize';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {dateFormat, pickText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {formatWall, offsetAt} from '../../core/events/tz.js';
import {placeText} from './links.js';
import {formatLabel, languageLabel, statusLabel, typeLabel} from './labels.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** What a row needs from the element. */
export interface RowContext {
  /** The content language. */
  locale: string;
  headingLevel: number;
  /** The visitor's IANA zone. */
  zone: string;
  isOpen(key: string): boolean;
  /** The details of an opened row (or undefined while their chunk loads), and its version for `guard`. */
  details(o: Occurrence): TemplateResult | undefined;
  detailsVersion: unknown;
  toggle(o: Occurrence): void;
}

/** A list row's texts (see `rowText`), per event object and languages (`lang`: interface|content). */
interface RowText {
  lang: string;
  title: {text: string; lang: string};
  dir: 'ltr' | 'rtl';
  status: string;
  meta: string;
  badges: string;
}
const rowTexts = new WeakMap<CommunityEvent, RowText>();
/** Occurrences' keys (`Occurrence.key` formats a date each time it is read). */
const rowKeys = new WeakMap<Occurrence, string>();

/** An occurrence's key, computed once. */
export function rowKey(o: Occurrence): string {
  let key = rowKeys.get(o);
  if (key === undefined) rowKeys.set(o, (key = o.key));
  return key;
}

/** The id of an occurrence's row (`#ev-…`: its details panel). */
export const rowId = (key: string) => `ev-${key.replace(/[^\w-]/g, '_')}`;

/**
 * Time texts for one interface language and visitor zone (`for`): all-day ranges by string key,
 * timed shapes by zone then packed number, the visitor's time by packed number (see `timeText`).
 */
let timeCaches = {for: '', allDay: new Map<string, string>(), zones: new Map<string, Map<number, string>>(), yours: new Map<number, string>()};

/** The days of the list, each with its events. */
export function listView(ctx: RowContext, occurrences: Occurrence[], prefetch: () => void): TemplateResult | typeof nothing {
  if (!occurrences.length) return nothing;
  // Grouped by the wall-clock day number; each row's key is computed once per occurrence (it
  // formats a date), not on every re-render while filtering.
  const byDay = new Map<number, {o: Occurrence; key: string}[]>();
  for (const o of occurrences) {
    const day = Math.floor(o.wallStart / DAY);
    const row = {o, key: rowKey(o)};
    const list = byDay.get(day);
    if (list) list.push(row);
    else byDay.set(day, [row]);
  }
  const days = [...byDay].map(([day, list]) => [formatWall(day * DAY, true), list] as const);
  const ui = uiLocale();
  const dayName = dateFormat(ui, {weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC'});
  return html`<ol class="days" part="list" @pointerover=${prefetch} @focusin=${prefetch}>
    ${repeat(
      days,
      ([day]) => day,
      ([day, list]) => html`<li class="day"><div class="day-title" role="heading" aria-level=${ctx.headingLevel + 1}><time
            datetime=${day}
            .textContent=${dayName.format(Date.parse(day))}
          ></time></div
        ><ul class="events">${repeat(
            list,
            (r) => r.key,
            // A row changes only with these: re-rendering the list for the next slice, a filter
            // or an opened event skips every other row's template.
            ({o, key}) => guard([o, ctx.locale, ui, ctx.isOpen(key) && ctx.detailsVersion, ctx.zone, ctx.headingLevel], () => eventView(ctx, o, key)),
          )}</ul></li>`,
    )}
  </ol>`;
}

/**
 * One event as a light list item: a heading whose button discloses the details (disclosure
 * pattern), the time, and two lines of text. Each part is a text binding rather than elements,
 * and the details panel exists only for the opened row: a list has hundreds of rows.
 */
export function eventView(ctx: RowContext, o: Occurrence, key = rowKey(o)): TemplateResult {
  const e = o.event;
  const id = rowId(key);
  const open = ctx.isOpen(key);
  const {datetime, text, yours} = timeText(o, ctx.zone);
  const {title, dir, status, meta, badges} = rowText(e, ctx.locale);
  // Every node counts, hundreds of times: no whitespace between the tags, and plain texts set
  // as `.textContent` (one text node, no Lit marker comment) rather than as child bindings
  // (except the button's, so that linters see its accessible name).
  return html`<li class="event" part="event" data-status=${e.status ?? 'scheduled'}><div
      class="event-title"
      role="heading"
      aria-level=${ctx.headingLevel + 2}
      lang=${title.lang}
      dir=${dir}
    ><button type="button" aria-expanded=${open} aria-controls=${id} @click=${() => ctx.toggle(o)}>${title.text}</button></div
    >${status ? html`<p class="status"><strong>${status}</strong></p>` : nothing}<p class="when"><time datetime=${datetime} .textContent=${text}></time
    >${yours ? html` <span class="yours" .textContent=${`(${msg(str`your time: ${yours}`)})`}></span>` : nothing}</p
    ><p class="meta" .textContent=${meta}></p><p class="badges" .textContent=${badges}></p>${open
      ? html`<div class="details" id=${id}>${ctx.details(o) ?? html`<p role="status">${msg('Loading…')}</p>`}</div>`
      : nothing}</li>`;
}

/**
 * A row's texts depend on the event and the languages only, not on the date: built once per
 * event (and language), kept while the dataset's event objects live, so re-renders, "show
 * more" and filtering reuse them.
 */
function rowText(e: CommunityEvent, locale: string): RowText {
  const ui = uiLocale();
  const lang = `${ui}|${locale}`;
  const cached = rowTexts.get(e);
  if (cached?.lang === lang) return cached;
  const place = e.format === 'online' ? '' : placeText(e, locale);
  const spoken = e.languages.map((l) => languageLabel(l, ui)).join(', ');
  const interpreted = (e.interpretation ?? []).map((i) => languageLabel(i.language, ui)).join(', ');
  const safety = e.safety;
  const title = pickText(e.title, locale);
  const row: RowText = {
    lang,
    title,
    dir: directionOf(title.lang),
    status: statusLabel(e.status),
    // The place is isolated (U+2068 ... U+2069, like <bdi>) so a right-to-left name keeps the line's order.
    meta: `${typeLabel(e.type)} · ${formatLabel(e.format)}${place ? ` · \u2068${place}\u2069` : ''}`,
    badges: [
      msg(str`In ${spoken}`),
      interpreted && msg(str`Interpretation: ${interpreted}`),
      e.cost?.type === 'free' && msg('Free'),
      safety?.noIdRequired && msg('No ID required'),
      safety?.noRegistrationRequired && msg('No registration needed'),
      safety?.photoPolicy === 'no-photos' && msg('No photos'),
    ]
      .filter(Boolean)
      .join(' · '),
  };
  rowTexts.set(e, row);
  return row;
}

/**
 * Formatted times by shape, not by occurrence: `Intl` range formatting is the costliest part of
 * a row, and a list repeats a few shapes (zone, time of day, length, offsets) many times. The
 * text depends only on those, so it is computed once per shape, language and visitor zone (in
 * module-level caches shared by every calendar on the page).
 */
export function timeText(o: Occurrence, visitor: string): {datetime: string; text: string; yours?: string} {
  const ui = uiLocale();
  if (timeCaches.for !== `${ui}|${visitor}`) timeCaches = {for: `${ui}|${visitor}`, allDay: new Map(), zones: new Map(), yours: new Map()};
  const zone = o.event.timeZone;
  if (o.allDay) {
    const cache = timeCaches.allDay;
    const days = Math.round((o.wallEnd - o.wallStart) / DAY);
    let text = msg('All day');
    if (days > 1) {
      const key = `d|${o.wallStart}|${days}`;
      text = cache.get(key) ?? dateFormat(ui, {month: 'short', day: 'numeric', timeZone: 'UTC'}).formatRange(o.wallStart, o.wallEnd - DAY);
      cache.set(key, text);
    }
    return {datetime: formatWall(o.wallStart, true), text};
  }
  const start = o.start;
  const offset = o.wallStart - start;
  // The shape in whole minutes: time of day (< 1440), offsets at start and end (within ±2048)
  // and length (< 2^18 minutes, 182 days), packed into one number below 2^53.
  const length = (o.wallEnd - o.wallStart) / MINUTE;
  const shape =
    length < 2 ** 18
      ? ((length * 4096 + offset / MINUTE + 2048) * 4096 + (o.wallEnd - o.end) / MINUTE + 2048) * 2048 + (o.wallStart % DAY) / MINUTE
      : -1;
  let times = timeCaches.zones.get(zone);
  if (!times) timeCaches.zones.set(zone, (times = new Map()));
  let text = times.get(shape);
  if (text === undefined) {
    text = dateFormat(ui, {hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short'}).formatRange(start, o.end);
    if (shape >= 0) times.set(shape, text);
  }
  let yours: string | undefined;
  try {
    const visitorOffset = visitor === zone ? offset : offsetAt(visitor, start);
    if (visitorOffset !== offset) {
      // Weekday, time of day and offset in the visitor's zone decide the text.
      const wall = start + visitorOffset;
      const yoursKey = ((Math.floor(wall / DAY) % 7) * 1440 + (((wall % DAY) + DAY) % DAY) / MINUTE) * 4096 + visitorOffset / MINUTE + 2048;
      yours = timeCaches.yours.get(yoursKey);
      if (yours === undefined) {
        yours = dateFormat(ui, {weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: visitor, timeZoneName: 'short'}).format(start);
        timeCaches.yours.set(yoursKey, yours);
      }
    }
  } catch {
    yours = undefined;
  }
  return {datetime: new Date(start).toISOString(), text, yours};
}
