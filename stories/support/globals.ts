/**
 * The Storybook toolbar globals shared by `.storybook/preview.ts` and the stories.
 * Storybook-only: nothing here ships in the library.
 */

/** Locales offered in the toolbar. `en` and `es` have a translated interface; the others show fallback. */
export const STORY_LOCALES = [
  {value: 'en', title: 'English', right: 'UI + content'},
  {value: 'es', title: 'Español', right: 'UI + content'},
  {value: 'vi', title: 'Tiếng Việt', right: 'content, UI falls back to en'},
  {value: 'ar', title: 'العربية', right: 'RTL, UI falls back to en'},
] as const;

export type StoryTheme = 'auto' | 'light' | 'dark';

export const STORY_THEMES: readonly {value: StoryTheme; title: string}[] = [
  {value: 'auto', title: 'Auto (follow the visitor)'},
  {value: 'light', title: 'Light'},
  {value: 'dark', title: 'Dark'},
];

/**
 * The `theme` attribute for an Amparo element under the toolbar's Theme: `light` / `dark`,
 * or undefined for `auto` so the element keeps following `prefers-color-scheme` (as it does
 * on a site that sets no `theme`). Use with `ifDefined`.
 */
export function themeOf(context: {globals: Record<string, unknown>}): 'light' | 'dark' | undefined {
  const theme = context.globals['theme'];
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

/** Tags of the Storybook-only demonstration elements (stories/support/dataset-summary.ts). */
export const STORY_ELEMENT_TAGS = ['amparo-story-dataset-summary', 'amparo-story-state-preview'] as const;
