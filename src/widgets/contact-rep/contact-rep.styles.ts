import {css} from 'lit';

export const styles = css`
  :host {
    --_target-mark: var(--amparo-contact-target-color, var(--_accent));
  }
  p,
  ul,
  fieldset {
    margin: 0;
  }
  section,
  form {
    display: grid;
    gap: 0.75rem;
  }
  .title {
    font-size: 1.35em;
    font-weight: 700;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    justify-content: space-between;
    align-items: start;
  }
  .language-choice {
    display: grid;
    gap: 0.25em;
    max-inline-size: 100%;
  }
  .language-choice select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .subtitle {
    font-size: 1.1em;
    font-weight: 700;
  }
  .small {
    font-size: 0.875em;
  }
  label {
    display: grid;
    gap: 0.25em;
  }
  input:not([type='checkbox'], [type='radio']),
  textarea,
  select {
    min-block-size: var(--_target);
    inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  textarea {
    min-block-size: 10em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .row > label {
    flex: 1 1 10rem;
  }
  .secondary,
  .channels button {
    background: transparent;
    color: var(--_accent);
  }
  .channels [aria-pressed='true'] {
    background: var(--_surface);
    color: var(--_text);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 700;
  }
  .officials {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .official {
    display: grid;
    gap: 0.35rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .official[data-target] {
    border-inline-start-color: var(--_target-mark);
  }
  .official[data-other] {
    color: var(--_muted);
  }
  .name {
    font-weight: 700;
  }
  .badge {
    justify-self: start;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
  fieldset {
    display: grid;
    gap: 0.4rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .choice {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: var(--_target);
  }
  .choice input {
    inline-size: max(1.5em, 24px);
    block-size: max(1.5em, 24px);
    margin: 0;
    flex: none;
  }
  .phone {
    font-weight: 700;
    white-space: nowrap;
  }
  .phones {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .phones a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }
  .script,
  .letter {
    white-space: pre-line;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_border);
  }
  .progress {
    font-weight: 700;
  }
  .events {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .events li {
    display: grid;
  }
  .events a,
  .next > a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 700;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .print {
    display: none;
  }
  @media print {
    :host([data-amparo-printing]) [part~='base'] > :not(.print) {
      display: none !important;
    }
    :host([data-amparo-printing]) .print {
      display: block;
      color: #000;
      background: #fff;
      font-size: 12pt;
      white-space: pre-line;
    }
    :host([data-amparo-printing]) .letter {
      background: none;
      border: 0;
      padding: 0;
    }
  }
`;
