import {css} from 'lit';

export const styles = css`
  p {
    margin: 0;
  }
  .top,
  .month-nav,
  .footer,
  .actions,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .top {
    justify-content: space-between;
  }
  .title {
    font-size: 1.35em;
    font-weight: 700;
  }
  .secondary {
    background: transparent;
    color: var(--_accent);
  }
  .views [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
  }
  .field select,
  .field input {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    font-size: 1rem;
  }
  .language-choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
    font-size: 0.875em;
  }
  .language-choice select {
    min-block-size: var(--_target);
    max-inline-size: 100%;
  }
  .count {
    font-weight: 600;
  }
  .days,
  .events,
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .days,
  .events {
    display: grid;
    gap: var(--_space);
  }
  /*
   * Days off screen skip style and layout until they come near (long lists stay cheap). Only
   * their height is remembered: a remembered width (\`contain-intrinsic-size: auto ...\` sets both)
   * kept the list, and through the grid the whole widget, as wide as before a resize: at 320 px
   * it overflowed by ~50 px.
   */
  .days > .day {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 12rem;
  }
  /* Columns as wide as the widget, never as a remembered or min-content width (see above). */
  .calendar,
  .days,
  .events {
    grid-template-columns: minmax(0, 1fr);
  }
  .day-title {
    font-weight: 700;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5em;
  }
  .event {
    display: grid;
    gap: 0.35em;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .event-title {
    font-size: 1.15em;
    font-weight: 700;
  }
  .event-title button {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    inline-size: 100%;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }
  /* The arrow is decoration: its empty alternative text keeps it out of the button's name. */
  .event-title button::before {
    content: '▸' / '';
    color: var(--_accent);
  }
  .event-title [aria-expanded='true']::before {
    content: '▾' / '';
  }
  .event[data-status='cancelled'] .event-title button {
    text-decoration: line-through;
  }
  .status {
    color: var(--_danger);
  }
  .when .yours,
  .meta {
    color: var(--_muted);
  }
  .badges {
    font-size: 0.875em;
  }
  .details {
    display: grid;
    gap: 0.5em;
  }
  .details-body {
    display: grid;
    gap: 0.5em;
  }
  dl {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .actions .button,
  .actions button {
    font-size: 0.875em;
  }
  .month-nav {
    justify-content: space-between;
  }
  .month-title {
    font-weight: 700;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    font-size: 0.875em;
    font-weight: 600;
    padding-block: 0.25em;
  }
  td {
    block-size: 3.5rem;
    vertical-align: top;
    padding: 0.25em;
    border: 1px solid var(--_border);
    cursor: pointer;
  }
  td:not([role]) {
    cursor: default;
    background: var(--_surface);
  }
  td.has-events {
    font-weight: 700;
  }
  td[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  td[aria-current='date'] span[aria-hidden] {
    text-decoration: underline;
  }
  .dots {
    display: block;
    color: inherit;
    letter-spacing: 0.1em;
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .event-title button {
      border: 0;
    }
    .event {
      border: 1px solid CanvasText;
    }
  }
`;
