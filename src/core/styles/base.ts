import {css} from 'lit';

/**
 * The reset every widget shares: host display, box sizing, readable type, a visible focus
 * ring, 44 px touch targets, reduced motion and Windows high-contrast (forced colors).
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    min-inline-size: 0;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    background: var(--_bg);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  /* The site's own fallback content sits on the widget's background (dark in dark mode): it takes
     the widget's colours, or a page's dark-on-light link colour fails contrast there. !important:
     page rules for the light DOM would win otherwise; --amparo-color-* still set them. */
  ::slotted(*) {
    color: var(--_text) !important;
  }
  ::slotted(a) {
    color: var(--_accent) !important;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  .button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice[data-tone='error'] {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-bg);
  }
  .notice[data-tone='warning'] {
    background: var(--_warning-bg);
  }
  .notice > * + * {
    margin-block-start: 0.5em;
  }
  /* The bordered box a widget's main content sits in. */
  .frame {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    block-size: 6rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: amparo-pulse 1.5s ease-in-out infinite;
  }
  @keyframes amparo-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button,
    .notice {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
