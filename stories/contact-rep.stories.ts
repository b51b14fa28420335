/**
 * `<amparo-contact-rep>`: find your officials from a ZIP code and call, email, write or use their
 * web form, with a campaign's script or a message of your own.
 *
 * Data: stories/fixtures/contact-demo.json (served at `fixtures/`), a small, clearly FICTIONAL
 * dataset (`meta.sample: true`): made-up officials with 555-01xx numbers and example.org
 * addresses, one campaign, and made-up ZIP tables (contact-zip-*.json):
 * - 94110: one district per chamber;
 * - 94014: split (U.S. House 11 or 14, where 14 is vacant; Assembly 17 or 19);
 * - 94601 and other California ZIPs: not in the tables (a PO-box or business ZIP: choose from the list);
 * - a ZIP outside California (10001): said so at the field, no officials.
 * The real California dataset is data/amparo-ca.json (last story).
 */
import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {defineElement} from '../src/core/define.js';
import {AmparoContactRep} from '../src/widgets/contact-rep/contact-rep.js';
import {themeOf} from './support/globals.js';

/** Args are named like the element's attributes. */
interface Args {
  dataset: string;
  campaign: string;
  zip: string;
  channels: string;
  'lookup-endpoint': string;
  'submit-endpoint': string;
}

const DEMO = 'fixtures/contact-demo.json';

defineElement('amparo-contact-rep', AmparoContactRep);

const fallback = html`<p lang="en" dir="auto">
  Find your officials on <a href="https://example.org/officials">our website</a> (fictional link).
</p>`;

const render = (a: Args, context: StoryContext<Args>) =>
  html`<div style="max-inline-size: 36rem">
    <amparo-contact-rep
      dataset=${ifDefined(a.dataset || undefined)}
      campaign=${ifDefined(a.campaign || undefined)}
      zip=${ifDefined(a.zip || undefined)}
      channels=${ifDefined(a.channels || undefined)}
      lookup-endpoint=${ifDefined(a['lookup-endpoint'] || undefined)}
      submit-endpoint=${ifDefined(a['submit-endpoint'] || undefined)}
      theme=${ifDefined(themeOf(context))}
      >${fallback}</amparo-contact-rep
    >
  </div>`;

/** The widget in the canvas once `selector` is in its shadow root. */
async function ready(canvas: HTMLElement, selector: string, timeoutMs = 8000): Promise<AmparoContactRep> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const el = canvas.querySelector('amparo-contact-rep');
    if (el?.shadowRoot?.querySelector(selector)) {
      await el.updateComplete;
      return el;
    }
    if (performance.now() > deadline) throw new Error(`amparo-contact-rep did not render ${selector} in time`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Opens the contact panel of the official whose card contains `name`. */
async function openOfficial(canvas: HTMLElement, name: string): Promise<AmparoContactRep> {
  const el = await ready(canvas, '.official');
  const card = [...el.shadowRoot!.querySelectorAll('.official')].find((li) => li.textContent!.includes(name));
  card?.querySelector('button')?.click();
  await el.updateComplete;
  return el;
}

/** Types a sender and a message, as a person would. */
async function fillSender(el: AmparoContactRep, message?: string): Promise<void> {
  const set = (id: string, value: string) => {
    const field = el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(id);
    if (!field) return;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  set('#sender-name', 'Ana Example');
  set('#sender-street', '100 Example St');
  set('#sender-city', 'San Francisco');
  if (message) set('#sender-message', message);
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Widgets/Contact your officials',
  component: 'amparo-contact-rep',
  render,
  args: {dataset: DEMO, campaign: '', zip: '', channels: '', 'lookup-endpoint': '', 'submit-endpoint': ''},
  argTypes: {
    dataset: {control: 'text', description: 'URL of the dataset (`dataset`), relative to the page.'},
    campaign: {
      control: 'select',
      options: ['', 'campaign-example', 'no-such-campaign'],
      description: 'Campaign id from the dataset (`campaign`); empty: free mode.',
    },
    zip: {control: 'text', description: 'ZIP code looked up on load (`zip`). Demo: 94110, 94014 (split), 94601 (PO-box or business ZIP), 10001 (outside California).'},
    channels: {control: 'text', description: 'Comma list of `call`, `email`, `webform`, `letter` (`channels`).'},
    'lookup-endpoint': {control: 'text', description: "The site's own address lookup, `{zip}`/`{address}` template."},
    'submit-endpoint': {control: 'text', description: "The site's endpoint for outcomes and consented sign-ups."},
  },
  parameters: {
    docs: {
      description: {
        component:
          'Find your officials from a ZIP code (U.S. senators, governor and other statewide officials, plus your ' +
          'U.S. House, State Senate and Assembly members), then call, email, use the official web form or print a ' +
          'letter. A ZIP code in several districts shows every candidate; an unknown one offers a list. With ' +
          '`campaign`, the ask, talking points, targets and scripts come from the dataset. **All data in these ' +
          'stories is FICTIONAL** (stories/fixtures/contact-demo.json).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;
const describe = (story: string) => ({docs: {description: {story}}});

export const FreeMode: Story = {
  name: 'Free mode (start)',
  parameters: describe('No campaign: "Contact your officials" with a ZIP code form. Nothing is fetched until a ZIP is entered.'),
};

export const LookupSingle: Story = {
  name: 'Lookup: one district per chamber',
  args: {zip: '94110'},
  parameters: describe('`zip="94110"`: the statewide officials and one member per chamber.'),
};

export const LookupSplit: Story = {
  name: 'Lookup: split ZIP',
  args: {zip: '94014'},
  parameters: describe(
    '`zip="94014"` touches two U.S. House and two Assembly districts: the widget shows every candidate and asks ' +
      'which one; it never guesses. District 14 is vacant.',
  ),
};

export const LookupUnknown: Story = {
  name: 'Lookup: PO-box or business ZIP',
  args: {zip: '94601'},
  parameters: describe(
    'A California ZIP code the ZIP tables do not have (a PO-box or business ZIP): the widget says so, asks for the ' +
      'ZIP code where the person lives, and offers "choose from the list".',
  ),
};

export const LookupOutside: Story = {
  name: 'Lookup: ZIP outside California',
  args: {zip: '10001'},
  parameters: describe('A ZIP code outside California: the field says this form finds California officials; no official is offered.'),
};

export const Call: Story = {
  name: 'Channel: call',
  args: {zip: '94110'},
  play: async ({canvasElement}) => void (await openOfficial(canvasElement, 'Riley Placeholder')),
  parameters: describe(
    'The D.C. office and the district office nearest the ZIP code (tap to call; the number stays visible), the ' +
      'script with tokens filled in, and outcome buttons.',
  ),
};

export const Email: Story = {
  name: 'Channel: email',
  args: {zip: '94110', channels: 'email'},
  play: async ({canvasElement}) => {
    const el = await openOfficial(canvasElement, 'Casey Sample');
    await fillSender(el, 'Please fund legal defense for immigrant families in our district. (Example message.)');
  },
  parameters: describe('A `mailto:` link with subject and body, one official per email.'),
};

export const EmailTooLong: Story = {
  name: 'Channel: email, message too long',
  args: {zip: '94110', channels: 'email'},
  play: async ({canvasElement}) => {
    const el = await openOfficial(canvasElement, 'Casey Sample');
    await fillSender(el, 'This example message is long on purpose. '.repeat(60));
  },
  parameters: describe('Over 2,000 characters of URL: "Copy message" plus a subject-only `mailto:`.'),
};

export const WebForm: Story = {
  name: 'Channel: web form',
  args: {zip: '94110', channels: 'webform', campaign: 'campaign-example'},
  play: async ({canvasElement}) => {
    const el = await openOfficial(canvasElement, 'Sam Sample');
    await fillSender(el);
  },
  parameters: describe('Copy the message, then open the official form (new tab, `noopener`), with the topic to choose.'),
};

export const Letter: Story = {
  name: 'Channel: letter',
  args: {zip: '94110', channels: 'letter'},
  play: async ({canvasElement}) => {
    const el = await openOfficial(canvasElement, 'Casey Sample');
    await fillSender(el, 'Please fund legal defense for immigrant families. (Example letter.)');
  },
  parameters: describe('A printable letter with the office address; "Print letter" prints only the letter.'),
};

export const Campaign: Story = {
  name: 'Campaign mode',
  args: {campaign: 'campaign-example', zip: '94110'},
  parameters: describe(
    '`campaign="campaign-example"`: the ask, why, talking points and deadline; every official listed, the targets ' +
      'marked, progress "0 of 2 contacted".',
  ),
};

export const CampaignContact: Story = {
  name: 'Campaign mode: contacting',
  args: {campaign: 'campaign-example', zip: '94110'},
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement, '.progress + button');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.progress + button')?.click();
  },
  parameters: describe('The first target with the campaign call script; after an outcome the next target opens.'),
};

export const Done: Story = {
  name: 'Done: next events, support links, the optional report',
  args: {zip: '94110', 'submit-endpoint': 'https://org.example.org/fictional-endpoint'},
  play: async ({canvasElement}) => {
    const el = await openOfficial(canvasElement, 'Jordan Demo');
    const click = (label: string) =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(label))?.click();
    click('I talked to someone');
    await el.updateComplete;
    click("I'm done");
  },
  parameters: describe(
    'The thank-you screen: the next town halls, then workshops, near the ZIP code (its county, or online; fictional ' +
      'weekly events, so there is always a next one), each a link to the event in the calendar (this page has none: ' +
      'set `calendar-page` or put the calendar on the page to get links); the host organization\'s volunteer and donate ' +
      'links (`meta.publisher`). Sending the outcomes (no personal data) to the site is an explicit button; the sign-up ' +
      'box is unticked by default. The endpoint here is fictional, so "Send" fails after retries and offers "Try again".',
  ),
};

export const ErrorInvalidZip: Story = {
  name: 'Error: malformed ZIP',
  args: {zip: '941'},
  parameters: describe('A ZIP code that is not 5 digits: an inline error on the field.'),
};

export const ErrorTables: Story = {
  name: 'Error: ZIP tables unavailable',
  args: {dataset: 'fixtures/contact-demo-missing-tables.json', zip: '94110'},
  parameters: describe('The ZIP tables cannot be downloaded: a message and "Try again".'),
};

export const ErrorAddressLookup: Story = {
  name: 'Error: address lookup failed',
  args: {'lookup-endpoint': 'fixtures/no-such-lookup.json?zip={zip}&address={address}'},
  play: async ({canvasElement}) => {
    const el = await ready(canvasElement, 'input[name="address"]');
    const set = (selector: string, value: string) => {
      const field = el.shadowRoot!.querySelector<HTMLInputElement>(selector);
      if (!field) return;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    set('#zip', '94014');
    set('input[name="address"]', '100 Example St');
    el.shadowRoot!.querySelector<HTMLButtonElement>('form[part="lookup"] button[type="submit"]')?.click();
  },
  parameters: describe(
    "The site's `lookup-endpoint` fails (here a missing file: HTTP 404; also offline or no answer within 8 s): the ZIP " +
      'result is used, every candidate district is offered, and the address stays in its field.',
  ),
};

export const ErrorValidation: Story = {
  name: 'Error: sender details',
  args: {zip: '94110', channels: 'email'},
  play: async ({canvasElement}) => {
    const el = await openOfficial(canvasElement, 'Casey Sample');
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a.button')?.click();
  },
  parameters: describe('Sending without a name or message: inline, translated errors; focus moves to the first.'),
};

export const ErrorNoCampaign: Story = {
  name: 'Error: unknown campaign',
  args: {campaign: 'no-such-campaign'},
  parameters: describe('A `campaign` id the dataset does not have: a note, and free mode.'),
};

export const CaliforniaData: Story = {
  name: 'California dataset (data/amparo-ca.json)',
  args: {dataset: 'data/amparo-ca.json', zip: '94110'},
  parameters: describe('The real default dataset and ZIP tables (served at `data/`). Real officials: do not call them from a demo.'),
};

/** Rendered in its own frame on the docs page: the interface language is page-wide. */
const framed = (story: string, iframeHeight = 900) => ({docs: {description: {story}, story: {inline: false, iframeHeight}}});

export const Arabic: Story = {
  name: 'Arabic (right to left): call panel',
  args: {campaign: 'campaign-example', zip: '94110'},
  globals: {locale: 'ar'},
  play: async ({canvasElement}) => void (await openOfficial(canvasElement, 'Alex Example')),
  parameters: framed(
    'The page section is Arabic (`<div lang="ar" dir="rtl">`): the whole form is mirrored, the language choice ' +
      'says the interface is a machine translation, office titles, parties, counts ("1 of 2"), dates and channel ' +
      'names are Arabic; the English names of officials, phone numbers, ZIP codes and emails stay left-to-right ' +
      'runs. The fictional campaign has no Arabic text: it is shown in English (`lang="en"`) and a notice says so.',
  ),
};

export const Persian: Story = {
  name: 'Persian (right to left): officials',
  args: {zip: '94014'},
  globals: {locale: 'fa'},
  parameters: framed(
    'The page section is Persian (`<div lang="fa" dir="rtl">`): a split ZIP code with its district choices, ' +
      'the officials found (a plural in Persian), mirrored, with names and numbers isolated left to right.',
  ),
};
