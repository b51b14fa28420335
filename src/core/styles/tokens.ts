import {css} from 'lit';

/** The dark palette's defaults (a site's own `--amparo-*` values still win). */
const dark = css`
  --_accent: var(--amparo-color-accent, #93b4ff);
  --_on-accent: var(--amparo-color-on-accent, #0b1220);
  --_text: var(--amparo-color-text, #e4e7eb);
  --_muted: var(--amparo-color-muted, #b8c0ca);
  --_bg: var(--amparo-color-background, #111827);
  --_surface: var(--amparo-color-surface, #1f2937);
  --_border: var(--amparo-color-border, #4b5563);
  --_danger: var(--amparo-color-danger, #fda29b);
  --_danger-bg: var(--amparo-color-danger-background, #3b1212);
  --_warning-bg: var(--amparo-color-warning-background, #3a2a06);
  --_focus: var(--amparo-color-focus, #93b4ff);
`;

/**
 * Design tokens: every `--amparo-*` custom property a site can set, each with a default on
 * `:host`, so the widgets look right with no page CSS at all. Set them on the element or any
 * ancestor, e.g. `amparo-resource-finder { --amparo-color-accent: #7a1f5c; }`.
 *
 * Widgets read private `--_x` copies defined as `var(--amparo-x, default)`: a site's
 * `--amparo-x` wins wherever it is set, and a dark palette (automatic with
 * `prefers-color-scheme`, or forced with `theme="dark"`) only changes the defaults.
 */
export const tokens = css`
  :host {
    --_accent: var(--amparo-color-accent, #1d4ed8);
    --_on-accent: var(--amparo-color-on-accent, #ffffff);
    --_text: var(--amparo-color-text, #1f2933);
    --_muted: var(--amparo-color-muted, #52606d);
    --_bg: var(--amparo-color-background, #ffffff);
    --_surface: var(--amparo-color-surface, #f5f7fa);
    --_border: var(--amparo-color-border, #cbd2d9);
    --_danger: var(--amparo-color-danger, #b42318);
    --_danger-bg: var(--amparo-color-danger-background, #fef3f2);
    --_warning-bg: var(--amparo-color-warning-background, #fffaeb);
    --_focus: var(--amparo-color-focus, #1d4ed8);
    --_font: var(--amparo-font-family, inherit);
    --_font-size: var(--amparo-font-size, 1rem);
    --_radius: var(--amparo-radius, 0.5rem);
    --_space: var(--amparo-space, 1rem);
    --_target: var(--amparo-touch-target, 2.75rem);
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }
`;
