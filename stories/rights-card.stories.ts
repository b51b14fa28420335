/**
 * `<amparo-rights-card>`: the know-your-rights card.
 *
 * Both sides (the holder's, in their language; the officer's, always English), every situation,
 * the languages (Spanish, Arabic and Persian right to left, a partial translation), the full-screen officer
 * view, the print layout, quick exit, the local hotline and a dataset without rights content.
 *
 * Data: stories/fixtures/rights-demo.json (served at `fixtures/`), a small, clearly FICTIONAL
 * edition (`meta.sample: true`): four situations in English, Spanish, Arabic and Persian (machine)
 * and a deliberately partial Vietnamese, and one made-up San Francisco hotline (+1 415 555 0142).
 * The real California edition is built into data/amparo-ca.json (see the last story).
 */
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {defineElement} from '../src/core/define.js';
import {SCENARIO_IDS} from '../src/core/dataset/vocabulary.js';
import {AmparoRightsCard} from '../src/widgets/rights-card/rights-card.js';
import {styles as cardStyles} from '../src/widgets/rights-card/rights-card.styles.js';
import {themeOf} from './support/globals.js';

/** Args are named like the element's attributes, so the docs table merges them with the manifest. */
interface Args {
  dataset: string;
  /** Empty: attribute omitted (the first situation). */
  scenario: string;
  county: string;
  side: 'holder' | 'agent';
  'hide-print': boolean;
  'quick-exit': string;
  'heading-level': number;
  /** Empty: attribute omitted (no finder link unless a finder is on the page). */
  'finder-page': string;
}

const DEMO = 'fixtures/rights-demo.json';
/** The situations of the demo edition, in the card's order. */
const DEMO_SCENARIOS = ['at-door', 'in-public', 'in-car', 'at-work'] as const;

// Defined here rather than by a bare `import '.../define.js'`, like the other story files
// (see defineStoryElements in stories/support/dataset-summary.ts).
defineElement('amparo-rights-card', AmparoRightsCard);

/** What a site puts inside the tag: shown before the script runs and when there is no content. */
const fallback = html`<p lang="en" dir="auto">
  Read our <a href="https://example.org/know-your-rights">know-your-rights guide</a> (fictional link).
</p>`;

const card = (args: Args, context: StoryContext<Args>, overrides: Partial<Args> = {}) => {
  const a = {...args, ...overrides};
  return html`<amparo-rights-card
    dataset=${ifDefined(a.dataset || undefined)}
    scenario=${ifDefined(a.scenario || undefined)}
    county=${ifDefined(a.county || undefined)}
    side=${a.side}
    ?hide-print=${a['hide-print']}
    quick-exit=${ifDefined(a['quick-exit'] || undefined)}
    heading-level=${a['heading-level']}
    finder-page=${ifDefined(a['finder-page'] || undefined)}
    theme=${ifDefined(themeOf(context))}
    >${fallback}</amparo-rights-card
  >`;
};

/** The card at a phone-like width: the widget's main audience holds it in one hand. */
const render = (args: Args, context: StoryContext<Args>) =>
  html`<div style="max-inline-size: 28rem">${card(args, context)}</div>`;

/** The first card in the canvas once its dataset has loaded and its content has rendered. */
async function readyCard(canvas: HTMLElement, timeoutMs = 8000): Promise<AmparoRightsCard> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const el = canvas.querySelector('amparo-rights-card');
    if (el?.shadowRoot?.querySelector('.card')) {
      await el.updateComplete;
      return el;
    }
    if (performance.now() > deadline) throw new Error('amparo-rights-card did not render its card in time');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * The widget's own `@media print` rules, unwrapped so that they apply on screen. Read from the
 * widget's stylesheet at run time (not copied), so the preview cannot drift from the real print CSS.
 */
function printRulesOnScreen(): CSSStyleSheet {
  const source = new CSSStyleSheet();
  source.replaceSync(cardStyles.cssText);
  const rules = [...source.cssRules]
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}

/**
 * Holds the card in its print state. The widget renders its print markup only while `printing`
 * is set, i.e. for the duration of `window.print()`, and only `@media print` shows it. The story
 * sets that (private) state and the `data-amparo-printing` host attribute the widget sets itself,
 * and, for the on-screen preview, adopts the unwrapped print rules into the card's shadow root.
 */
async function holdPrintState(canvas: HTMLElement, layout: 'wallet' | 'sheet'): Promise<void> {
  const el = await readyCard(canvas);
  el.setAttribute('data-amparo-printing', '');
  (el as unknown as {printing?: 'wallet' | 'sheet'}).printing = layout;
  await el.updateComplete;
  const root = el.shadowRoot!;
  if (!root.querySelector('.print')) {
    throw new Error('No .print markup: the widget’s print internals changed; update holdPrintState().');
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, printRulesOnScreen()];
}

const meta: Meta<Args> = {
  title: 'Widgets/Rights card',
  component: 'amparo-rights-card',
  render,
  args: {
    dataset: DEMO,
    scenario: '',
    county: '',
    side: 'holder',
    'hide-print': false,
    'quick-exit': '',
    'heading-level': 2,
    'finder-page': '',
  },
  argTypes: {
    dataset: {control: 'text', description: 'URL of the dataset (`dataset` attribute), relative to the page.'},
    scenario: {
      control: 'select',
      options: ['', ...SCENARIO_IDS],
      description:
        'Situation shown first (`scenario`). The demo edition has `at-door`, `in-public`, `in-car` and `at-work`; ' +
        'any other id (or none) shows the first situation.',
    },
    county: {
      control: 'text',
      description: 'County for the local hotline (`county`): FIPS (`06075`) or name (`San Francisco`).',
    },
    side: {control: 'inline-radio', options: ['holder', 'agent'], description: 'Side shown first (`side`).'},
    'hide-print': {control: 'boolean', description: 'Hides the print buttons (`hide-print`).'},
    'quick-exit': {
      control: 'text',
      description: 'A neutral https page (`quick-exit`): adds “Leave this page” and Shift ×3 (as GOV.UK).',
    },
    'heading-level': {
      control: {type: 'number', min: 1, max: 6, step: 1},
      description: 'Level of the card heading (`heading-level`, `aria-level`).',
    },
    'finder-page': {
      control: 'text',
      description: 'The page with the resource finder (`finder-page`): each situation links its matching need there.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A know-your-rights card for a person facing immigration agents: what to do and say, by situation, in ' +
          'their language (**My side**); a statement in English for the officer (**Officer side**, and the ' +
          'full-screen **Show to officer** view); a warrant checklist for the door; read-aloud where the device ' +
          'has a voice; printable wallet cards; the local rapid-response hotline. Content comes from the ' +
          'dataset’s newest California rights edition. **All content in these stories is FICTIONAL demo data** ' +
          '(stories/fixtures/rights-demo.json); the hotline and its 555 number are made up.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

const describe = (story: string) => ({docs: {description: {story}}});

/**
 * The same, rendered in its own frame on the docs page. For stories with their own page language:
 * Amparo's interface language is page-wide, so inline on the docs page the last story to render
 * would set it for every card there. Also for stories that open a modal or hold the print state.
 */
const framed = (story: string, iframeHeight: number) => ({
  docs: {description: {story}, story: {inline: false, iframeHeight}},
});

export const HolderSide: Story = {
  name: 'Holder side (default)',
  parameters: describe(
    'The default: the first situation (“If agents come to your home”) on the holder’s side, in the page ' +
      'language (toolbar Locale). The steps, the “Do not” list, phrases to say (with **Listen** only where ' +
      'the device has a voice for the language), the warrant checklist with its caveat, and the trust line ' +
      '(review status, translation method, disclaimer). Use the controls to try the attributes.',
  ),
};

export const OfficerSide: Story = {
  name: 'Officer side',
  args: {side: 'agent'},
  parameters: describe(
    '`side="agent"`: the statement for the officer, always in English, in a bordered block. In any other ' +
      'card language a collapsed “What this side says, in your language” follows, so the holder knows what ' +
      'they are showing (switch the card’s language to Español to see it).',
  ),
};

export const AllScenarios: Story = {
  name: 'All scenarios',
  render: (args, context) =>
    html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr))">
      ${DEMO_SCENARIOS.map((scenario) => card(args, context, {scenario}))}
    </div>`,
  args: {'hide-print': true},
  argTypes: {scenario: {control: false}},
  parameters: describe(
    'One card per situation of the demo edition (`scenario="at-door"`, `in-public`, `in-car`, `at-work`), ' +
      'print buttons hidden. `at-door` carries the warrant checklist; `at-work` a California law citation. ' +
      'Each card is independent: clicking a tab changes that card only.',
  ),
};

/** One story per situation, for visual review and the a11y panel. */
const scenarioStory = (scenario: (typeof DEMO_SCENARIOS)[number], text: string): Story => ({
  name: `Scenario: ${scenario}`,
  args: {scenario},
  parameters: describe(text),
});

export const AtDoor = scenarioStory(
  'at-door',
  '`scenario="at-door"`: keep the door closed; two phrases; the warrant checklist (tick boxes to see the verdict ' +
    'change) and its contested-law caveat.',
);
export const InPublic = scenarioStory('in-public', '`scenario="in-public"`: steps, one “Do not”, two phrases.');
export const InCar = scenarioStory('in-car', '`scenario="in-car"`: steps and one phrase; no “Do not” list.');
export const AtWork = scenarioStory(
  'at-work',
  '`scenario="at-work"`: steps and a California law (`Cal. Gov. Code §7285.1 (AB 450)`) with its plain-language text.',
);

export const Spanish: Story = {
  name: 'Spanish',
  globals: {locale: 'es'},
  parameters: framed(
    'The page is in Spanish (`<div lang="es">`): the card content and Amparo’s interface strings are Spanish. ' +
      'The officer side stays English.',
    900,
  ),
};

export const ArabicRtl: Story = {
  name: 'Arabic / RTL',
  globals: {locale: 'ar'},
  parameters: framed(
    'The page section is Arabic (the preview wraps the story in `<div lang="ar" dir="rtl">`). The card ' +
      'content and Amparo’s interface are Arabic (both machine-drafted, said next to the language list and ' +
      'in the trust line), and the whole card is mirrored: tabs start on the right and the arrow keys follow, ' +
      'list markers and the caveat border sit on the start (right) side, the hotline’s phone number is a ' +
      'left-to-right run. The officer side stays English, left to right. Check the date formats (Arabic ' +
      'month names) and that choosing Español in the list turns the interface Spanish too.',
    900,
  ),
};

export const PersianRtl: Story = {
  name: 'Persian / RTL',
  args: {county: '06075'},
  globals: {locale: 'fa'},
  parameters: framed(
    'The page section is Persian (`<div lang="fa" dir="rtl">`): content (fictional, machine-drafted Persian ' +
      'of the demo edition) and interface in Persian, right to left, with the San Francisco demo hotline: ' +
      'its English name and `+1 415 555 0142` are isolated left-to-right runs inside the Persian line. The ' +
      'officer side and the full-screen officer view stay English.',
    900,
  ),
};

export const OfficerView: Story = {
  name: 'Officer view (full screen)',
  play: async ({canvasElement}) => {
    const el = await readyCard(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
  },
  parameters: framed(
    'After rendering, the story presses **Show to officer**: a modal, full-screen dialog with the English ' +
      'statement in large type (white on black by default; `--amparo-rights-officer-background` / ' +
      '`--amparo-rights-officer-color`). **Close** or the phone’s Back button closes it. On the docs page the ' +
      'story runs in its own frame, since the dialog is modal and covers the whole page.',
    520,
  ),
};

const printDescription = (layout: string) =>
  `The print layout (${layout}), **simulated on screen**. The widget renders its print markup only while it ` +
  'prints (for the duration of `window.print()`), and only `@media print` shows it, so no story can show it ' +
  'by itself. This one holds the card in its print state (the private `printing` state and the ' +
  '`data-amparo-printing` attribute the widget sets while printing) and applies the widget’s own ' +
  '`@media print` rules, read from its stylesheet, on screen. What it cannot show: paper size, the `@page` ' +
  'margin and the document-level rule that hides the rest of the page. For the real output, open any other ' +
  'story and press **Print wallet card**: the browser’s print preview shows exactly what prints. Or, in Chrome ' +
  'DevTools: ⋮ → More tools → Rendering → “Emulate CSS media type: print” on this story. The faces are ' +
  '85.6 × 54 mm (a credit card), holder’s language on the left, English on the right, a dashed fold line between.';

export const PrintWallet: Story = {
  name: 'Print preview: wallet card',
  args: {county: '06075'},
  render: (args, context) => html`<div style="overflow: auto; background: #fff; padding: 10mm">${card(args, context)}</div>`,
  play: async ({canvasElement}) => holdPrintState(canvasElement, 'wallet'),
  parameters: framed(printDescription('one wallet card, `Print wallet card`'), 360),
};

export const PrintSheet: Story = {
  name: 'Print preview: sheet of 4',
  args: {county: '06075'},
  globals: {locale: 'es'},
  render: PrintWallet.render!,
  play: async ({canvasElement}) => holdPrintState(canvasElement, 'sheet'),
  parameters: framed(printDescription('four cards to cut out, `Print 4 cards`, here in Spanish'), 1000),
};

export const QuickExit: Story = {
  name: 'Quick exit',
  args: {'quick-exit': 'https://example.org/'},
  parameters: describe(
    '`quick-exit="https://example.org/"`: a sticky red **Leave this page** button above the card; pressing ' +
      'Shift on its own three times (each press within 5 seconds of the last, as GOV.UK’s “Exit this page”) ' +
      'does the same, wherever the focus is; Escape never does (people press it to close dialogs and clear ' +
      'search fields). Leaving clears the card’s state and replaces the ' +
      'page (no new history entry). In Storybook this replaces the preview frame with example.org; reload ' +
      'the story to come back.',
  ),
};

export const Hotline: Story = {
  name: 'Local hotline',
  args: {county: '06075'},
  parameters: describe(
    '`county="06075"` (San Francisco; `county="San Francisco"` works too): the rapid-response hotline for ' +
      'the county under the situation, with a tap-to-call link and “(not verified)” because the record has ' +
      'not been checked. The hotline and its 555 number are fictional.',
  ),
};

export const MissingTranslation: Story = {
  name: 'Missing translation fallback',
  globals: {locale: 'vi'},
  parameters: framed(
    'The page is Vietnamese and the demo edition’s Vietnamese is partial on purpose. Translated texts are ' +
      'shown in Vietnamese; the others in English, marked `lang="en"` (screen readers switch voice), with a ' +
      'note, in Vietnamese, at the top of the situation. Amparo’s interface labels are Vietnamese.',
    900,
  ),
};

export const NextSteps: Story = {
  name: 'Next steps, share and What changed',
  args: {county: '06075', 'finder-page': 'https://example.org/find-help'},
  parameters: describe(
    '`finder-page="https://example.org/find-help"` (fictional): under the situation, a link to the finder ' +
      'with the matching need and the county (`?amparo-need=deportation-defense&amparo-county=San+Francisco`; ' +
      'at work it is workers’ rights). **Share this card** opens the phone’s share sheet, or copies a link ' +
      'that reopens this situation in this language (`amparo-situation`, `amparo-lang`) and nothing else; ' +
      'with neither, the link shows to copy by hand. **What changed** lists the demo update for “at the door” ' +
      '(a fictional entry dated 2026-11-20: updates older than a year are not shown), with the reminder to ' +
      'check rumours with the county hotline. With the real dataset, “If you are arrested or detained” also ' +
      'offers the ICE detainee locator and the immigration court’s case line.',
  ),
};

export const NoRightsContent: Story = {
  name: 'No rights content',
  args: {dataset: 'fixtures/dataset-valid.json'},
  parameters: describe(
    'A valid dataset without `rightsEditions` (a site pointed the card at a resources-only file): a clear ' +
      'message and the site’s own content inside the tag, instead of an empty card.',
  ),
};

export const CaliforniaEdition: Story = {
  name: 'California edition (data/amparo-ca.json)',
  args: {dataset: 'data/amparo-ca.json', county: '06037'},
  render: (args, context) =>
    html`<p style="font-size: 0.875rem">
        Storybook note: real data, not the fictional demo. Until <code>npm run data:build</code> includes the
        rights edition this shows the “not available” message.
      </p>
      ${render(args, context)}`,
  parameters: describe(
    'The default California dataset (data/amparo-ca.json, served at `data/` when it exists), with the Los ' +
      'Angeles hotline. Shows the real edition once the data build includes it, else the no-content message.',
  ),
};
