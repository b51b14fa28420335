import {css} from 'lit';

// Every control is at least 24 x 24 px (WCAG 2.2 target size), also on a page whose root font is
// small: hence the max(..., 24px) of the small buttons and checkboxes, and the phone and source links.

export const styles = css`
  :host {
    --_officer-bg: var(--amparo-rights-officer-background, #000);
    --_officer-fg: var(--amparo-rights-officer-color, #fff);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .title {
    font-size: 1.35em;
    font-weight: 700;
  }
  .lang label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .lang p {
    margin: 0.25em 0 0;
  }
  select {
    min-block-size: var(--_target);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding-inline: 0.5em;
  }
  p {
    margin: 0;
  }
  .small {
    font-size: 0.875em;
  }
  .trust {
    display: grid;
    gap: 0.25em;
    color: var(--_muted);
  }
  .sides,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions {
    justify-content: space-between;
  }
  .tabs {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
    gap: 0.5rem;
  }
  .secondary,
  .sides button,
  .tabs button {
    background: transparent;
    color: var(--_accent);
  }
  .tabs [aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* The side switch is a toggle, not an action: the pressed side is outlined, not filled. */
  .sides [aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 700;
  }
  .primary {
    font-weight: 700;
  }
  .tabs button {
    padding-inline: 0.75em;
    justify-content: flex-start;
    text-align: start;
  }
  [role='tabpanel'] {
    display: grid;
    gap: 0.75rem;
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.35em;
  }
  .label {
    font-weight: 700;
  }
  .phrases {
    list-style: none;
    padding: 0;
  }
  .phrases li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  q {
    font-size: 1.15em;
    font-weight: 700;
  }
  button.small {
    min-block-size: max(2.25rem, 24px);
    padding-block: 0.25em;
  }
  .caveat {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_warning-bg);
  }
  .law {
    display: grid;
    gap: 0.25em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_border);
  }
  /* A law courts have blocked (in part, or for federal officers) or that is being challenged. */
  .law[data-status]:not([data-status='in-force']) {
    border-inline-start-color: var(--_danger);
  }
  fieldset {
    display: grid;
    gap: 0.5em;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    min-block-size: var(--_target);
  }
  .check input {
    inline-size: max(1.4em, 24px);
    block-size: max(1.4em, 24px);
    margin: 0.05em 0 0;
    flex: none;
  }
  .verdict {
    font-weight: 700;
  }
  .hotlines {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .next ul,
  .updates ul {
    display: grid;
    gap: 0.5em;
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .share input {
    inline-size: 100%;
    min-block-size: var(--_target);
  }
  .phone,
  .next a,
  .updates a,
  .sources a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  .phone {
    font-weight: 700;
    font-size: 1.15em;
    white-space: nowrap;
  }
  .agent .english {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 3px solid currentColor;
    border-radius: var(--_radius);
    font-size: 1.1em;
    font-weight: 600;
  }
  .agent-title {
    font-weight: 800;
    text-transform: uppercase;
  }
  details > summary {
    cursor: pointer;
    padding-block: 0.6em;
  }
  .exit {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    inline-size: 100%;
    margin-block-end: 0.5rem;
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
    font-weight: 700;
    flex-direction: column;
    gap: 0;
  }
  .exit .small {
    color: inherit;
  }
  dialog {
    inline-size: 100vw;
    block-size: 100dvh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 4vmin 5vmin;
    border: 0;
    background: var(--_officer-bg);
    color: var(--_officer-fg);
    overflow: auto;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 4vmin;
  }
  dialog::backdrop {
    background: var(--_officer-bg);
  }
  .officer {
    display: grid;
    gap: 0.6em;
    font-size: clamp(1.25rem, 3.6vmax, 3.25rem);
    font-weight: 700;
    line-height: 1.25;
  }
  dialog :focus-visible {
    outline-color: var(--_officer-fg);
  }
  .close {
    align-self: flex-start;
    background: var(--_officer-fg);
    color: var(--_officer-bg);
    border-color: var(--_officer-fg);
  }
  .print {
    display: none;
  }
  @media print {
    :host([data-amparo-printing]) .card,
    :host([data-amparo-printing]) .exit {
      display: none;
    }
    :host([data-amparo-printing]) .print {
      display: grid;
      gap: 6mm;
      color: #000;
      background: #fff;
    }
    .print-card {
      display: flex;
      inline-size: 171.2mm;
      block-size: 54mm;
      break-inside: avoid;
      outline: 0.2mm solid #000;
    }
    .face {
      inline-size: 85.6mm;
      block-size: 54mm;
      padding: 2.5mm 3mm;
      overflow: hidden;
      font-size: 6.5pt;
      line-height: 1.25;
      display: grid;
      align-content: start;
      gap: 0.8mm;
    }
    /* The fold line between the two faces. */
    .face + .face {
      border-inline-start: 0.3mm dashed #000;
    }
    .face-title {
      font-weight: 800;
      font-size: 8pt;
    }
    .face-hotline {
      font-weight: 700;
    }
  }
`;
