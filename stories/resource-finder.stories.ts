/**
 * `<amparo-resource-finder>`: immigration legal help and community services near a ZIP code.
 *
 * Every state: first view, a ZIP search, a county preset with its hotline, a need, filters and
 * chips, no results, an unknown ZIP (county picker), a directory with hotlines but no providers
 * (what the default California dataset shows in a county with no provider), Spanish, Arabic (RTL) and print.
 *
 * Data: stories/fixtures/resource-finder-demo.json and resource-finder-zip-geo.json (served at
 * `fixtures/`), small and clearly FICTIONAL (`meta.sample: true`): "Example … (demo)" providers
 * in Los Angeles, San Francisco and Fresno, one statewide line, three made-up hotlines, 555
 * numbers, example.org links and a nine-ZIP table. resource-finder-hotlines-only.json is the
 * same without providers. The real default dataset is the last story.
 */
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {defineElement} from '../src/core/define.js';
import {NEEDS} from '../src/core/dataset/vocabulary.js';
import {AmparoResourceFinder} from '../src/widgets/resource-finder/resource-finder.js';
import {themeOf} from './support/globals.js';

/** Args are named like the element's attributes, so the docs table merges them with the manifest. */
interface Args {
  dataset: string;
  county: string;
  need: string;
  language: string;
  limit: number;
  'hide-filters': boolean;
  'report-url': string;
}

const DEMO = 'fixtures/resource-finder-demo.json';

// Defined here rather than by a bare `import '.../define.js'`, like the other story files.
defineElement('amparo-resource-finder', AmparoResourceFinder);

/** What a site puts inside the tag: shown before the script runs and when there is nothing to list. */
const fallback = html`<p lang="en" dir="auto">
  See <a href="https://example.org/legal-help">our list of legal help</a> (fictional link).
</p>`;

const finder = (args: Args, context: StoryContext<Args>) =>
  html`<amparo-resource-finder
    dataset=${ifDefined(args.dataset || undefined)}
    county=${ifDefined(args.county || undefined)}
    need=${ifDefined(args.need || undefined)}
    language=${ifDefined(args.language || undefined)}
    limit=${args.limit}
    ?hide-filters=${args['hide-filters']}
    report-url=${ifDefined(args['report-url'] || undefined)}
    theme=${ifDefined(themeOf(context))}
    >${fallback}</amparo-resource-finder
  >`;

/** At a phone-like width: most people look for help on a phone. */
const render = (args: Args, context: StoryContext<Args>) =>
  html`<div style="max-inline-size: 36rem">${finder(args, context)}</div>`;

/** The first finder in the canvas once its dataset has loaded and its content has rendered. */
async function readyFinder(canvas: HTMLElement, timeoutMs = 8000): Promise<AmparoResourceFinder> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const el = canvas.querySelector('amparo-resource-finder');
    if (el?.shadowRoot?.querySelector('.finder')) {
      await el.updateComplete;
      return el;
    }
    if (performance.now() > deadline) throw new Error('amparo-resource-finder did not render in time');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Types `where` into the location field and submits, as a person would. */
async function searchFor(canvas: HTMLElement, where: string): Promise<void> {
  const el = await readyFinder(canvas);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#where')!;
  input.value = where;
  input.form!.requestSubmit();
}

const meta: Meta<Args> = {
  title: 'Widgets/Resource finder',
  component: 'amparo-resource-finder',
  render,
  args: {
    dataset: DEMO,
    county: '',
    need: '',
    language: '',
    limit: 20,
    'hide-filters': false,
    'report-url': 'mailto:fixes@example.org',
  },
  argTypes: {
    dataset: {control: 'text', description: 'URL of the dataset (`dataset` attribute), relative to the page.'},
    county: {control: 'text', description: 'County searched first (`county`): FIPS (`06037`) or name (`Los Angeles`).'},
    need: {control: 'select', options: ['', ...NEEDS], description: 'Need chosen first (`need`).'},
    language: {control: 'text', description: 'Staff language filter set first (`language`), e.g. `es`.'},
    limit: {control: {type: 'number', min: 1, max: 50, step: 1}, description: 'Results before “Show more” (`limit`).'},
    'hide-filters': {control: 'boolean', description: 'Hides the filter panel (`hide-filters`).'},
    'report-url': {control: 'text', description: '“Report a problem” target (`report-url`): `mailto:` or a form URL.'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'Finds free and low-cost immigration legal help and community services near a ZIP code, city or county, ' +
          'resolved in the browser (the ZIP table is fetched only when a ZIP is searched; “Use my location” reads ' +
          'the position only when pressed and keeps it on the device). The county’s rapid-response hotline is ' +
          'pinned on top, with a notario-fraud warning. A plain-language need picker, filters with live counts ' +
          'and removable chips, free text in English or Spanish (accents and typos forgiven). Cards: tap-to-call ' +
          'with the number visible, a plain map link, hours with “open now”, intake status, trust badges, and ' +
          'when the listing was last verified. **All content in these stories is FICTIONAL demo data.**',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const describe = (story: string) => ({docs: {description: {story}}});

/** Rendered in its own frame on the docs page (page-wide interface language, or a play function). */
const framed = (story: string, iframeHeight: number) => ({
  docs: {description: {story}, story: {inline: false, iframeHeight}},
});

export const FirstView: Story = {
  name: 'First view',
  parameters: describe(
    'Before the person says where they are: the search form, a prompt for the local hotline, the notario ' +
      'warning and every listing (statewide and remote help marked), with a hint to enter a ZIP code.',
  ),
};

export const ZipSearch: Story = {
  name: 'ZIP search (90012)',
  play: async ({canvasElement}) => searchFor(canvasElement, '90012'),
  parameters: framed(
    'After typing 90012 and pressing Search: the Los Angeles hotline pinned on top, local results by distance, ' +
      'then the statewide line. The count is announced politely to screen readers.',
    1400,
  ),
};

export const CountyPreset: Story = {
  name: 'County preset with hotline',
  args: {county: 'San Francisco'},
  parameters: describe(
    '`county="San Francisco"`: the county’s hotline, whose number is marked doubtful with the reason, and ' +
      'local help without distances (a county has no centre point).',
  ),
};

export const NeedPreset: Story = {
  name: 'Need: someone was detained',
  args: {county: '06037', need: 'detention'},
  parameters: describe('`need="detention"` in Los Angeles: local deportation defense first, then the statewide line.'),
};

export const FiltersAndChips: Story = {
  name: 'Filters and chips',
  args: {language: 'es', county: '06037'},
  play: async ({canvasElement}) => {
    const el = await readyFinder(canvasElement);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="filters"]')!.open = true;
  },
  parameters: describe(
    '`language="es"`: the Spanish filter is on, shown as a removable chip; the filter panel is open with live ' +
      'counts (each count is what you would get by adding that value).',
  ),
};

export const NoResults: Story = {
  name: 'No results',
  args: {county: '06075', need: 'workers-rights'},
  parameters: describe(
    'Nothing matches in San Francisco for workers’ rights: the finder says which filter to drop (and how many ' +
      'results that gives) and shows the statewide and remote help.',
  ),
};

export const UnknownZip: Story = {
  name: 'Unknown ZIP: county picker',
  play: async ({canvasElement}) => searchFor(canvasElement, '89501'),
  parameters: framed(
    'A ZIP outside California (89501, Reno): a clear message and a county picker. An unknown California ZIP ' +
      'gets the same picker.',
    1000,
  ),
};

export const NoProviders: Story = {
  name: 'Hotlines only, no providers',
  args: {dataset: 'fixtures/resource-finder-hotlines-only.json', county: 'Fresno'},
  parameters: describe(
    'A dataset with hotlines but no providers (as in a county the default dataset has no provider for): the hotline strip ' +
      'still works, and the finder says plainly that no providers are listed yet, with the site’s own content.',
  ),
};

export const HiddenFilters: Story = {
  name: 'Hidden filters, short list',
  args: {'hide-filters': true, limit: 2},
  parameters: describe('`hide-filters` and `limit="2"`: the need picker and keyword search stay; “Show more” appears.'),
};

export const Spanish: Story = {
  name: 'Spanish',
  globals: {locale: 'es'},
  args: {county: '06037'},
  parameters: framed('The page is in Spanish: dataset text in Spanish where the demo has it.', 1400),
};

export const ArabicRtl: Story = {
  name: 'Arabic / RTL',
  globals: {locale: 'ar'},
  args: {county: '06037'},
  parameters: framed(
    'An Arabic page: the interface speaks Arabic (machine-drafted, says so under the language choice) and lays ' +
      'out right to left; phone numbers, ZIP codes, addresses and English names stay left to right, and dataset ' +
      'text not available in Arabic is shown in English, marked so, with a notice at the end.',
    1400,
  ),
};

export const PersianRtl: Story = {
  name: 'Persian / RTL',
  globals: {locale: 'fa'},
  args: {county: '06037', need: 'asylum'},
  parameters: framed(
    'A Persian page, with a need preset: right to left, counts in Persian plural forms, dates and distances ' +
      'through Intl in Persian; numbers and addresses isolated left to right.',
    1400,
  ),
};

export const PrintPreview: Story = {
  name: 'Print (use the button)',
  args: {county: '06037'},
  parameters: describe(
    '**Print this list** prints the hotline strip and the results shown, without the form, filters and links ' +
      'that only work on screen; the rest of the host page is hidden while printing. Press it to see the ' +
      'browser’s print preview.',
  ),
};

export const CaliforniaDataset: Story = {
  name: 'California dataset (data/amparo-ca.json)',
  args: {dataset: 'data/amparo-ca.json', county: '06037', 'report-url': ''},
  render: (args, context) =>
    html`<p style="font-size: 0.875rem">
        Storybook note: real data, not the fictional demo: providers from the EOIR roster, the EOIR pro bono list
        and USCIS citizenship grants, none checked by calling.
      </p>
      ${render(args, context)}`,
  parameters: describe(
    'The default California dataset with the Los Angeles providers and hotlines (unverified; the ZIP table is the real one, ' +
      'fetched only when a ZIP is searched).',
  ),
};
