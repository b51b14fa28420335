/**
 * The month grid (WAI-ARIA grid pattern: a real table, one focusable day at a time, arrow keys,
 * Home/End, Page Up/Down). A separate chunk, loaded the first time the month view is shown.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg} from '@lit/localize';
import {dateFormat} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {formatWall} from '../../core/events/tz.js';
import {directionOf} from '../../core/locale.js';
import {eventCount} from './labels.js';

const DAY = 86_400_000;

export interface MonthContext {
  occurrences: Occurrence[];
  /** The focused day (`2026-12-01`); default: the first day with events, else today. */
  activeDay?: string;
  today: string;
  headingLevel: number;
  /** The event as an `<li>`. */
  renderEvent(o: Occurrence): TemplateResult;
  select(day: string, focus: boolean): void;
}

/** The day a grid key moves to from `day` (`2026-12-01`), or undefined for other keys. */
export function gridKeyTarget(day: string, key: string, rtl = false): string | undefined {
  const t = Date.parse(day);
  const d = new Date(t);
  const weekday = (d.getUTCDay() + 6) % 7; // weeks start on Monday
  const moves: Record<string, number> = {
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
    ArrowDown: 7,
    ArrowUp: -7,
    Home: -weekday,
    End: 6 - weekday,
  };
  if (key in moves) return formatWall(t + moves[key]! * DAY, true);
  if (key !== 'PageDown' && key !== 'PageUp') return undefined;
  const delta = key === 'PageDown' ? 1 : -1;
  const len = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta + 1, 0)).getUTCDate();
  return formatWall(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta, Math.min(d.getUTCDate(), len)), true);
}

export function monthView(ctx: MonthContext): TemplateResult {
  const ui = uiLocale();
  const byDay = new Map<string, Occurrence[]>();
  for (const o of ctx.occurrences) {
    const day = formatWall(o.wallStart, true);
    byDay.set(day, [...(byDay.get(day) ?? []), o]);
  }
  const active = ctx.activeDay ?? [...byDay.keys()][0] ?? ctx.today;
  const [y, m] = active.split('-').map(Number) as [number, number];
  const first = Date.UTC(y, m - 1, 1);
  const lead = (new Date(first).getUTCDay() + 6) % 7;
  const len = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const weeks = Math.ceil((lead + len) / 7);
  const weekday = dateFormat(ui, {weekday: 'short', timeZone: 'UTC'});
  const weekdayLong = dateFormat(ui, {weekday: 'long', timeZone: 'UTC'});
  const dayLabel = dateFormat(ui, {weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC'});
  const monthLabel = dateFormat(ui, {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(first);
  const selected = byDay.get(active) ?? [];
  const otherMonth = (delta: number) => ctx.select(formatWall(Date.UTC(y, m - 1 + delta, 1), true), false);
  const onKey = (event: KeyboardEvent) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
    const next = cell && gridKeyTarget(cell.dataset.day!, event.key, getComputedStyle(cell).direction === 'rtl');
    if (!next) return;
    event.preventDefault();
    ctx.select(next, true);
  };
  // The arrows point the way the month moves: in right-to-left languages, earlier is to the right.
  const [back, forward] = directionOf(ui) === 'rtl' ? ['›', '‹'] : ['‹', '›'];
  return html`<div class="month" part="grid">
    <div class="month-nav">
      <button type="button" class="secondary" @click=${() => otherMonth(-1)}>
        <span aria-hidden="true">${back}</span><span class="visually-hidden">${msg('Previous month')}</span>
      </button>
      <div id="month-title" class="month-title" aria-live="polite">${monthLabel}</div>
      <button type="button" class="secondary" @click=${() => otherMonth(1)}>
        <span aria-hidden="true">${forward}</span><span class="visually-hidden">${msg('Next month')}</span>
      </button>
    </div>
    <table role="grid" aria-labelledby="month-title" @keydown=${onKey}>
      <thead>
        <tr>
          ${Array.from({length: 7}, (_, i) => {
            const d = Date.UTC(2024, 0, 1 + i); // 2024-01-01 was a Monday
            return html`<th scope="col" abbr=${weekdayLong.format(d)}>${weekday.format(d)}</th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${Array.from(
          {length: weeks},
          (_, w) => html`<tr>
            ${Array.from({length: 7}, (_, i) => {
              const d = w * 7 + i - lead + 1;
              if (d < 1 || d > len) return html`<td></td>`;
              const day = formatWall(Date.UTC(y, m - 1, d), true);
              const n = byDay.get(day)?.length ?? 0;
              return html`<td
                role="gridcell"
                tabindex=${day === active ? 0 : -1}
                aria-selected=${day === active}
                aria-current=${day === ctx.today ? 'date' : 'false'}
                data-day=${day}
                class=${n ? 'has-events' : ''}
                @click=${() => ctx.select(day, false)}
              >
                <span aria-hidden="true">${d}</span>
                ${n ? html`<span class="dots" aria-hidden="true">${'•'.repeat(Math.min(n, 3))}</span>` : nothing}
                <span class="visually-hidden"
                  >${dayLabel.format(Date.UTC(y, m - 1, d))}${n
                    ? html`, ${eventCount(n)}`
                    : nothing}</span
                >
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <div class="day-title" role="heading" aria-level=${ctx.headingLevel + 1}>${dayLabel.format(Date.parse(active))}</div>
    ${selected.length
      ? html`<ul class="events">
          ${repeat(selected, (o) => o.key, (o) => ctx.renderEvent(o))}
        </ul>`
      : html`<p class="muted">${msg('No events on this day.')}</p>`}
  </div>`;
}
