import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {setUiLocale} from '../src/core/i18n/localization.js';
import {directionOf} from '../src/core/locale.js';
import {STORY_ELEMENT_TAGS, STORY_LOCALES, STORY_THEMES, type StoryTheme} from '../stories/support/globals.js';
// Resolved by the `amparo-custom-elements-manifest` plugin in main.ts: the parsed
// custom-elements.json, or undefined while `npm run manifest` has not been run.
import customElementsManifest from 'virtual:amparo/custom-elements-manifest';

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  [key: string]: unknown;
}
interface Manifest {
  modules?: {declarations?: Declaration[]; [key: string]: unknown}[];
  [key: string]: unknown;
}

/**
 * The manifest covers src/ only, and the Storybook-only elements are defined inside a function,
 * so they are not in it. Document them with the API they inherit from `AmparoElement`
 * (attributes, slot, parts and `--amparo-*` custom properties) so the docs pages list the tokens.
 */
function withStoryElements(manifest: Manifest): Manifest {
  const base = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'AmparoElement');
  if (!base) return manifest;
  const declarations = STORY_ELEMENT_TAGS.map((tagName) => ({
    ...base,
    name: tagName,
    tagName,
    customElement: true,
    // Members repeat the attributes; `events` would only list the protected emit() helper.
    members: [],
    events: [],
  }));
  return {
    ...manifest,
    modules: [...(manifest.modules ?? []), {kind: 'javascript-module', path: 'stories/support', declarations}],
  };
}

if (customElementsManifest) setCustomElementsManifest(withStoryElements(customElementsManifest as Manifest));

/**
 * Locale: the story renders inside `<div lang dir>`, as on a site whose page (or section) is in
 * that language. Amparo elements resolve their content locale from the closest `[lang]`, and
 * `setUiLocale` switches the interface strings (vi and ar have none yet, so they fall back to
 * English while `dir` still follows the content locale). `keyed` re-creates the elements on
 * a change, because an element reads its ancestors' `lang` when it connects.
 */
const withLocale: Decorator = (story, context) => {
  const locale = String(context.globals['locale'] ?? 'en');
  void setUiLocale(locale);
  return html`<div lang=${locale} dir=${directionOf(locale)}>${keyed(locale, story())}</div>`;
};

/**
 * Theme: stories pass the global to the element's own `theme` attribute (see `themeOf` in
 * stories/support/globals.ts), which is the API a site uses. The frame here only gives the
 * canvas the matching page colours (and a typical site font, which the elements inherit), so a
 * dark widget is not shown on a white page; with `auto`, both follow `prefers-color-scheme`.
 */
const withTheme: Decorator = (story, context) => {
  const theme = (context.globals['theme'] ?? 'auto') as StoryTheme;
  const scheme = theme === 'auto' ? 'light dark' : theme;
  return html`<div
    class="amparo-story-frame"
    style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; font-family: system-ui, sans-serif; padding: 1rem; border-radius: 0.5rem"
  >
    ${story()}
  </div>`;
};

/**
 * Rows that come from the manifest (attributes, slot, parts, CSS custom properties) document the
 * element; they get no control unless a story defines one for that name (e.g. `dataset`).
 */
const documentationOnly: NonNullable<Preview['argTypesEnhancers']>[number] = ({argTypes}) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      argType.table?.category && argType.control === undefined ? {...argType, control: false} : argType,
    ]),
  );

const preview: Preview = {
  // Docs pages for every story file, built from the components' JSDoc and the stories.
  tags: ['autodocs'],
  decorators: [withTheme, withLocale],
  argTypesEnhancers: [documentationOnly],
  globalTypes: {
    locale: {
      description: 'Page language: content locale of the elements and, where translated, their interface.',
      toolbar: {title: 'Locale', icon: 'globe', items: [...STORY_LOCALES], dynamicTitle: true},
    },
    theme: {
      description: 'Colour scheme passed to the elements’ `theme` attribute.',
      toolbar: {title: 'Theme', icon: 'contrast', items: [...STORY_THEMES], dynamicTitle: true},
    },
  },
  initialGlobals: {locale: 'en', theme: 'auto'},
  parameters: {
    layout: 'padded',
    controls: {expanded: true},
  },
};

export default preview;
