import {css} from 'lit';

export const styles = css`
  :host {
    --_emergency-bg: var(--amparo-finder-emergency-background, var(--_warning-bg));
  }
  .finder,
  .search,
  .card,
  .empty,
  .emergency,
  .places,
  .site {
    display: grid;
    gap: var(--_space);
  }
  .finder {
    padding: var(--_space);
  }
  .card,
  .emergency,
  .site {
    gap: 0.5rem;
  }
  p,
  h2,
  h3,
  dl,
  dd,
  address {
    margin: 0;
    font-style: normal;
  }
  h2,
  h3 {
    font-size: 1em;
  }
  .small {
    font-size: 0.875em;
  }
  .field,
  .location {
    display: grid;
    gap: 0.3rem;
    justify-items: start;
  }
  label {
    font-weight: 700;
  }
  .row,
  .hotlines li,
  .chips,
  .chips ul,
  .badges,
  .facts div,
  .contact,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .row {
    inline-size: 100%;
  }
  input,
  select {
    min-block-size: var(--_target);
    max-inline-size: 100%;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding-inline: 0.6em;
  }
  .row input {
    flex: 1 1 10rem;
    min-inline-size: 0;
  }
  .field > select,
  .field > input {
    inline-size: 100%;
  }
  .secondary,
  .chip,
  .link {
    background: transparent;
    color: var(--_accent);
  }
  .link {
    border-color: transparent;
    text-decoration: underline;
  }
  .emergency {
    padding: 0.75em var(--_space);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_emergency-bg);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .phone,
  .link-action,
  .report,
  .filters > summary,
  .check {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  .phone {
    font-weight: 700;
    font-size: 1.1em;
    white-space: nowrap;
  }
  .caveat,
  .notario {
    flex-basis: 100%;
    padding: 0.4em 0.6em;
    border-inline-start: 4px solid var(--_danger);
  }
  .notario {
    border-color: var(--_border);
  }
  .filters,
  .places,
  fieldset,
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-inline: 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: 0.4em;
  }
  .places {
    padding-block-end: 0.75em;
  }
  .places:not([open]) {
    padding-block-end: 0;
  }
  .places h3 {
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    align-items: start;
    gap: 0.75rem;
    padding-block-end: 0.75em;
  }
  fieldset {
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
  }
  .check {
    display: flex;
    gap: 0.6em;
    font-weight: 400;
  }
  .check input {
    inline-size: max(24px, 1.3em);
    block-size: max(24px, 1.3em);
    min-block-size: 0;
    margin: 0;
    flex: none;
  }
  .chip,
  .badge {
    border-radius: 999px;
  }
  .count {
    font-weight: 700;
  }
  .card {
    padding: var(--_space);
  }
  .badges {
    gap: 0.35rem;
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .trust {
    border-color: var(--_accent);
  }
  .facts div {
    gap: 0 0.4em;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dt::after {
    content: ':';
  }
  .fresh {
    color: var(--_muted);
  }
  .fresh[data-stale],
  .fresh[data-kind='doubtful'],
  .caveat {
    color: var(--_text);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
  }
  .fresh[data-stale],
  .fresh[data-kind='doubtful'] {
    padding: 0.3em 0.6em;
  }
  .emergency .caveat {
    background: var(--_bg);
  }
`;
