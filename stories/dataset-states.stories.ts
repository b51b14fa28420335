/**
 * The dataset states every Amparo widget shares.
 *
 * A site owner pastes a widget into a page and it has to say something useful whatever happens
 * to the data: the base class (`AmparoElement`) renders a loading placeholder, the content (with
 * a quiet note when a few bad records were skipped), or a plain-language message with a way
 * forward, so a widget is never a blank box. These stories use the Storybook-only
 * `<amparo-story-dataset-summary>` element (stories/support/dataset-summary.ts) and the fixture
 * files in stories/fixtures/ (served at `fixtures/`). All data is fictional.
 */
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {getPageConfig} from '../src/core/page-config.js';
import {defineStoryElements, type PreviewState} from './support/dataset-summary.js';
import {themeOf} from './support/globals.js';

interface Args {
  /** The element's `dataset` attribute; omitted when empty. */
  dataset: string;
  /**
   * The element's `fallback-url` attribute; omitted when empty. Named like the attribute so that
   * the docs table merges it with the manifest's row.
   */
  'fallback-url': string;
  /** Whether the site gave light-DOM fallback content (shown inside problem notices). */
  fallbackContent: boolean;
}

/**
 * What a site owner might put inside the tag: shown before the script runs and when the data fails.
 * It is English whatever the toolbar locale, so it says so (`lang`, `dir="auto"`) as a site should.
 */
const fallback = html`<p lang="en" dir="auto">
  Call Example Legal Aid at <a href="tel:+14155550100">+1 415 555 0100</a> for free legal help.
</p>`;

const render = (args: Args, context: StoryContext<Args>) => html`<amparo-story-dataset-summary
  dataset=${ifDefined(args.dataset || undefined)}
  fallback-url=${ifDefined(args['fallback-url'] || undefined)}
  theme=${ifDefined(themeOf(context))}
  >${args.fallbackContent ? fallback : nothing}</amparo-story-dataset-summary
>`;

defineStoryElements();

const meta: Meta<Args> = {
  title: 'Core/Dataset states',
  component: 'amparo-story-dataset-summary',
  render,
  args: {
    dataset: 'fixtures/dataset-valid.json',
    'fallback-url': 'https://example.org/legal-help',
    fallbackContent: true,
  },
  argTypes: {
    dataset: {control: 'text', description: 'URL of the dataset (`dataset` attribute), relative to the page.'},
    'fallback-url': {control: 'text', description: 'A page offered when the data cannot be shown (`fallback-url`).'},
    fallbackContent: {control: 'boolean', description: 'Light-DOM children of the element (default slot).'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'What a visitor sees, whatever happens to the data. Every widget inherits these states from ' +
          '`AmparoElement`: a loading placeholder, the content (with a polite note when invalid records were ' +
          'skipped), or a short message in plain language with a way forward: **Try again** when the problem ' +
          'may be temporary, a link to the fallback page (`fallback-url`) and whatever the site put inside the ' +
          'tag. A widget is never a blank box, and a data problem never breaks the host page. Technical details ' +
          'go to the browser console for the site owner. The element shown is a Storybook-only demonstration ' +
          'that lists the dataset’s `meta` and record counts; all data is fictional.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const describe = (story: string) => ({docs: {description: {story}}});

export const Ready: Story = {
  parameters: describe('A valid dataset: the widget shows its content and nothing else.'),
};

export const PartiallyAccepted: Story = {
  name: 'Ready, some records skipped',
  args: {dataset: 'fixtures/dataset-partial.json'},
  parameters: describe(
    'Two records are invalid (a phone number that is not one, a service of an unknown organisation). ' +
      'They are skipped and everything else is shown, with a polite status line so visitors know the list ' +
      'may be incomplete. The console lists each problem with its JSON path for the site owner.',
  ),
};

export const NetworkError: Story = {
  name: 'Problem: network',
  args: {dataset: 'http://127.0.0.1:9/x.json'},
  parameters: describe(
    'The dataset host cannot be reached (offline visitor, blocked host). After one automatic retry the ' +
      'widget asks the visitor to check their connection and offers **Try again**, the fallback link and ' +
      'the site’s own fallback content.',
  ),
};

export const HttpError: Story = {
  name: 'Problem: HTTP error',
  args: {dataset: 'fixtures/does-not-exist.json'},
  parameters: describe(
    'The server answers with an error (here a 404: a mistyped `dataset` URL or a moved file). The visitor ' +
      'is told the information is not available right now, with **Try again** and the fallbacks.',
  ),
};

export const InvalidJson: Story = {
  name: 'Problem: invalid JSON',
  args: {dataset: 'fixtures/dataset-invalid-json.json'},
  parameters: describe(
    'The file is not JSON (a trailing comma and a missing brace, as a hand edit can leave it). Retrying ' +
      'cannot help, so there is no **Try again**; the fallback link and content remain.',
  ),
};

export const Invalid: Story = {
  name: 'Problem: invalid dataset',
  args: {dataset: 'fixtures/dataset-invalid-meta.json'},
  parameters: describe(
    'The file is JSON but not a usable dataset: here `meta` lacks `jurisdiction` and has a malformed ' +
      '`generatedAt`. Individual bad records are skipped (see above); a bad `meta` fails the whole document.',
  ),
};

export const UnsupportedVersion: Story = {
  name: 'Problem: unsupported schema version',
  args: {dataset: 'fixtures/dataset-unsupported-version.json'},
  parameters: describe(
    'The dataset declares `"schemaVersion": "2.0.0"`, a major version this build cannot read. Rather than ' +
      'guess, the widget shows the data-problem message; the site owner needs a newer Amparo or a 1.x dataset.',
  ),
};

export const Empty: Story = {
  name: 'Problem: empty dataset',
  args: {dataset: 'fixtures/dataset-empty.json'},
  parameters: describe(
    'A valid dataset with no records at all: the visitor reads that there is no information yet, instead ' +
      'of an empty list that looks broken.',
  ),
};

export const NotConfigured: Story = {
  name: 'Problem: not configured',
  args: {dataset: ''},
  render: (args, context) => html`${getPageConfig().datasetUrl
    ? html`<p role="note">
        Storybook note: a page configuration was set earlier in this preview session (by a story that
        loads the drop-in script), so this element uses it. Reload the preview to see the state.
      </p>`
    : nothing}${render(args, context)}`,
  parameters: describe(
    'No `dataset` attribute and no page configuration (`data-dataset` on the loading script). These stories ' +
      'never call `setPageConfig`, which is page-wide and first-write-wins, so this state is not masked by ' +
      'another story: every other story names its dataset on the element. (Should a future story load the ' +
      'drop-in script, which sets the page configuration, this story says so and asks for a reload.)',
  ),
};

export const WithoutFallbacks: Story = {
  name: 'Problem: no fallbacks given',
  args: {dataset: 'fixtures/does-not-exist.json', 'fallback-url': '', fallbackContent: false},
  parameters: describe(
    'The same HTTP error on a site that gave neither `fallback-url` nor content inside the tag: the message ' +
      'and **Try again** still tell the visitor what happened.',
  ),
};

/** Simulated states: see `AmparoStoryStatePreview` in stories/support/dataset-summary.ts. */
const renderState = (state: PreviewState) => (args: Args, context: StoryContext<Args>) =>
  html`<amparo-story-state-preview
    state=${state}
    fallback-url=${ifDefined(args['fallback-url'] || undefined)}
    theme=${ifDefined(themeOf(context))}
    >${args.fallbackContent ? fallback : nothing}</amparo-story-state-preview
  >`;

export const Loading: Story = {
  name: 'Loading (simulated)',
  render: renderState('loading'),
  parameters: {
    ...describe(
      'While the dataset loads: a pulsing placeholder (still under reduced motion) and a visually hidden ' +
        '“Loading…” status for screen readers. Simulated: the element calls the base class’s ' +
        '`renderLoading()` directly, since static files always answer at once. The fallback content inside ' +
        'the tag is not shown here; it is what visitors see before the script runs.',
    ),
    controls: {exclude: ['dataset']},
  },
};

export const Timeout: Story = {
  name: 'Problem: timeout (simulated)',
  render: renderState('timeout'),
  parameters: {
    ...describe(
      'The server did not answer within 10 seconds (after one retry). Same message as a network error. ' +
        'Simulated with `renderProblem("timeout")`, since a static server never stalls.',
    ),
    controls: {exclude: ['dataset']},
  },
};
