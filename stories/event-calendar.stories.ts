/**
 * `<amparo-event-calendar>`: workshops, legal clinics, town halls and other community events.
 *
 * List (default) and month views, preset filters, the empty state, a dataset with broken events
 * (skipped with a notice), a dataset that cannot be loaded, Spanish, and a phone-width frame.
 *
 * Data: stories/fixtures/events-demo.json (served at `fixtures/`), a small set of clearly
 * FICTIONAL events (`meta.sample: true`, "(example)" in every title, example.org links, 555
 * numbers). Weekly and monthly series have no end, so the stories always have upcoming events.
 * stories/fixtures/events-demo-errors.json adds an unsupported RRULE, an impossible date and an
 * unknown time zone.
 */
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {defineElement} from '../src/core/define.js';
import {EVENT_TYPES} from '../src/core/dataset/vocabulary.js';
import {AmparoEventCalendar} from '../src/widgets/event-calendar/event-calendar.js';
import {themeOf} from './support/globals.js';

interface Args {
  dataset: string;
  type: string;
  language: string;
  county: string;
  view: 'list' | 'month';
  limit: number;
  months: number;
  'emit-jsonld': boolean;
  'heading-level': number;
}

const DEMO = 'fixtures/events-demo.json';

defineElement('amparo-event-calendar', AmparoEventCalendar);

/** What a site puts inside the tag: shown before the script runs and when the data cannot be loaded. */
const fallback = html`<p lang="en" dir="auto">See our <a href="https://example.org/events">events page</a> (fictional link).</p>`;

const calendar = (a: Args, context: StoryContext<Args>) =>
  html`<amparo-event-calendar
    dataset=${ifDefined(a.dataset || undefined)}
    type=${ifDefined(a.type || undefined)}
    language=${ifDefined(a.language || undefined)}
    county=${ifDefined(a.county || undefined)}
    view=${a.view}
    limit=${a.limit}
    months=${a.months}
    ?emit-jsonld=${a['emit-jsonld']}
    heading-level=${a['heading-level']}
    theme=${ifDefined(themeOf(context))}
    >${fallback}</amparo-event-calendar
  >`;

const meta: Meta<Args> = {
  title: 'Widgets/Event calendar',
  component: 'amparo-event-calendar',
  render: (args, context) => html`<div style="max-inline-size: 56rem">${calendar(args, context)}</div>`,
  args: {
    dataset: DEMO,
    type: '',
    language: '',
    county: '',
    view: 'list',
    limit: 20,
    months: 3,
    'emit-jsonld': false,
    'heading-level': 2,
  },
  argTypes: {
    dataset: {control: 'text', description: 'URL of the dataset (`dataset` attribute), relative to the page.'},
    type: {control: 'select', options: ['', ...EVENT_TYPES], description: 'Preset type filter (`type`).'},
    language: {control: 'text', description: 'Preset language filter, spoken or interpreted (`language`, e.g. `es`).'},
    county: {control: 'text', description: 'Preset county filter (`county`): FIPS (`06037`) or name (`Los Angeles`).'},
    view: {control: 'inline-radio', options: ['list', 'month'], description: 'First view (`view`).'},
    limit: {control: {type: 'number', min: 1, max: 200}, description: 'Events listed before “Show more” (`limit`).'},
    months: {control: {type: 'number', min: 1, max: 24}, description: 'Months ahead (`months`).'},
    'emit-jsonld': {control: 'boolean', description: 'Writes schema.org Event JSON-LD into the page (`emit-jsonld`).'},
    'heading-level': {control: {type: 'number', min: 1, max: 6}, description: 'Level of the calendar heading.'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'Community events with filters (type, language spoken or interpreted, format, county, dates, free text), ' +
          'details (place or “address shared after registering”, online link, languages, cost, accessibility and ' +
          'safety notes, organizer, registration) and add-to-calendar (.ics, Google Calendar, Outlook.com). Times ' +
          'are shown in the event’s zone with its label, plus the visitor’s time when it differs. **All events in ' +
          'these stories are FICTIONAL samples** (stories/fixtures/events-demo.json), labelled as such on screen.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
const describe = (story: string) => ({docs: {description: {story}}});

export const List: Story = {
  name: 'List (default)',
  parameters: describe(
    'Upcoming events grouped by day. A weekly Tuesday workshop at 6 pm stays at 6 pm Pacific across daylight-saving ' +
      'changes; the online webinar is in New York time, with the visitor’s own time next to it when it differs.',
  ),
};

export const Month: Story = {
  name: 'Month grid',
  args: {view: 'month'},
  parameters: describe(
    '`view="month"`: a WAI-ARIA grid. Tab into it, then arrow keys move by day and week, Home/End to the week’s ' +
      'ends, Page Up/Down by month; the chosen day’s events are listed below. Below 600 px it shows the list.',
  ),
};

export const PresetFilters: Story = {
  name: 'Filters preset by attributes',
  args: {type: 'legal-clinic', language: 'ko'},
  parameters: describe(
    '`type="legal-clinic" language="ko"`: only clinics with Korean (spoken or interpreted). The person can change ' +
      'or clear the filters; the count is announced politely.',
  ),
};

export const Empty: Story = {
  name: 'Empty (no matching events)',
  args: {county: 'Alpine'},
  parameters: describe('`county="Alpine"`: no events there; the count says so and offers to clear the filters.'),
};

export const SkippedEvents: Story = {
  name: 'Broken events skipped',
  args: {dataset: 'fixtures/events-demo-errors.json'},
  parameters: describe(
    'An unsupported RRULE, an impossible date (Feb 30) and an unknown time zone: those events are skipped with a ' +
      'console report and a visible note; the others are shown.',
  ),
};

export const LoadError: Story = {
  name: 'Data cannot be loaded',
  args: {dataset: 'fixtures/dataset-invalid-json.json'},
  parameters: describe('The base element’s error message, with the site’s own fallback content.'),
};

export const Spanish: Story = {
  name: 'Spanish',
  globals: {locale: 'es'},
  parameters: {docs: {description: {story: 'Content and interface in Spanish.'}, story: {inline: false, iframeHeight: 900}}},
};

export const Arabic: Story = {
  name: 'Arabic / RTL',
  globals: {locale: 'ar'},
  args: {view: 'month'},
  parameters: {
    docs: {
      description: {
        story:
          'The interface in Arabic (machine translation, marked so next to the language choice), right to left: the ' +
          'layout mirrors, the month arrows point the reading direction, counts use the six Arabic plural forms, ' +
          'dates and times come from Intl in Arabic; event text the dataset has only in English is marked `lang="en"` ' +
          'with a notice.',
      },
    },
    story: {inline: false, iframeHeight: 900},
  },
};

export const Persian: Story = {
  name: 'Persian / RTL',
  globals: {locale: 'fa'},
  parameters: {
    docs: {description: {story: 'The interface in Persian, right to left, with dates and times from Intl in Persian.'}},
    story: {inline: false, iframeHeight: 900},
  },
};

export const Phone: Story = {
  name: 'Phone width (320 px)',
  args: {view: 'month'},
  render: (args, context) => html`<div style="inline-size: 320px">${calendar(args, context)}</div>`,
  parameters: describe('At 320 px the filters stack, and the month view falls back to the list.'),
};
