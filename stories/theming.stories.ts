/**
 * Theming: the `--amparo-*` design tokens (src/core/styles/tokens.ts) and the dark theme.
 *
 * A site owner matches a widget to their brand with a few CSS custom properties on the element or
 * any ancestor, without touching the shadow DOM; with no CSS at all the widgets still look right.
 * Colours follow the visitor's light/dark setting unless `theme="light|dark"` forces one.
 */
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import {defineStoryElements} from './support/dataset-summary.js';
import {themeOf} from './support/globals.js';

/** A subset of the tokens; an empty value leaves the token unset (the built-in default applies). */
interface Args {
  accent: string;
  onAccent: string;
  text: string;
  background: string;
  surface: string;
  border: string;
  fontFamily: string;
  radius: string;
}

const TOKENS: Record<keyof Args, string> = {
  accent: '--amparo-color-accent',
  onAccent: '--amparo-color-on-accent',
  text: '--amparo-color-text',
  background: '--amparo-color-background',
  surface: '--amparo-color-surface',
  border: '--amparo-color-border',
  fontFamily: '--amparo-font-family',
  radius: '--amparo-radius',
};

const tokenStyles = (args: Partial<Args>) =>
  Object.fromEntries(
    (Object.keys(TOKENS) as (keyof Args)[]).map((key) => [TOKENS[key], args[key] || undefined]),
  );

/** The same tokens on a content state and an error state, set on a wrapper as a site's CSS would. */
const render = (args: Args, context: StoryContext<Args>) => {
  const theme = ifDefined(themeOf(context));
  return html`<div
    style=${styleMap({display: 'grid', gap: '1rem', maxInlineSize: '40rem', ...tokenStyles(args)})}
  >
    <amparo-story-dataset-summary dataset="fixtures/dataset-partial.json" theme=${theme}></amparo-story-dataset-summary>
    <amparo-story-dataset-summary
      dataset="fixtures/does-not-exist.json"
      fallback-url="https://example.org/legal-help"
      theme=${theme}
    ></amparo-story-dataset-summary>
  </div>`;
};

const EMPTY: Args = {
  accent: '',
  onAccent: '',
  text: '',
  background: '',
  surface: '',
  border: '',
  fontFamily: '',
  radius: '',
};

defineStoryElements();

const meta: Meta<Args> = {
  title: 'Core/Theming',
  component: 'amparo-story-dataset-summary',
  render,
  args: EMPTY,
  argTypes: Object.fromEntries(
    (Object.keys(TOKENS) as (keyof Args)[]).map((key) => [
      key,
      {
        control: key === 'fontFamily' || key === 'radius' ? 'text' : 'color',
        description: `\`${TOKENS[key]}\``,
      },
    ]),
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Site owners restyle every Amparo widget with `--amparo-*` custom properties, set on the element or ' +
          'any ancestor (e.g. `amparo-resource-finder { --amparo-color-accent: #7a1f5c; }`); with no CSS the ' +
          'defaults are readable and meet contrast requirements. Each story shows a content state (with the ' +
          '“entries not shown” note) and an error state (button, link, error colours). Colours follow the ' +
          'visitor’s light/dark setting unless the element has `theme="light"` or `theme="dark"`; use the ' +
          'toolbar’s Theme menu to switch. A token set on the page applies in both schemes, so a site that ' +
          'supports dark mode sets its colour tokens inside its own `@media (prefers-color-scheme: dark)` too.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const describe = (story: string) => ({docs: {description: {story}}});

export const Defaults: Story = {
  parameters: describe('No tokens set: the built-in palette, following the Theme toolbar (auto by default).'),
};

export const CustomBrand: Story = {
  name: 'Custom brand tokens',
  args: {
    accent: '#7a1f5c',
    onAccent: '#ffffff',
    text: '#2b2118',
    background: '#fffdf7',
    surface: '#f6efe6',
    border: '#d6c7b3',
    fontFamily: 'Georgia, "Times New Roman", serif',
    radius: '0',
  },
  globals: {theme: 'light'},
  parameters: describe(
    'A site’s palette, serif font and square corners, forced light: accent on the heading rule, the ' +
      'button and the link; the surface colour on the notices.',
  ),
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: {theme: 'dark'},
  parameters: describe('`theme="dark"` with the default tokens, whatever the visitor’s setting.'),
};

export const DarkCustomBrand: Story = {
  name: 'Dark theme with brand tokens',
  args: {
    accent: '#f0a6d2',
    onAccent: '#2a0a1e',
    text: '#f4ede4',
    background: '#1e1712',
    surface: '#2c231c',
    border: '#5a4a3c',
    fontFamily: 'Georgia, "Times New Roman", serif',
    radius: '0',
  },
  globals: {theme: 'dark'},
  parameters: describe(
    'The same brand adapted for dark pages. Page-level tokens override the dark defaults too, so the ' +
      'site supplies dark values (here directly, on a site inside `@media (prefers-color-scheme: dark)`).',
  ),
};
