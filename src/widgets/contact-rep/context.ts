/**
 * What every view of the contact widget renders from (the element's state and its controllers)
 * and the actions it can ask of the element. The views are plain functions of these.
 */
import type {ContentText} from '../../core/content-text.js';
import type {Campaign, Dataset, Official} from '../../core/dataset/schema/index.js';
import type {DraftController} from './draft-controller.js';
import type * as LastStep from './last-step.js';
import type {LookupController} from './lookup-controller.js';
import type {Channel} from './lookup.js';
import type {SendController} from './send-controller.js';

export interface ViewState {
  dataset: Dataset;
  /** The campaign in the dataset named by the `campaign` attribute. */
  campaign?: Campaign;
  /** Today (California). */
  date: string;
  /** Now (UTC ms): the next events are those not over yet. */
  now: number;
  /** The element: the pages of the other widgets are its attributes (`calendar-page`). */
  host: HTMLElement;
  /** The last step's lazy part (next events, support links, report form), once loaded. */
  lastStep?: typeof LastStep;
  /** The widget's content locale. */
  locale: string;
  /** Dataset text in the content locale, marked with its language; remembers fallbacks for the notice. */
  content: ContentText;
  /** The widget's heading level. */
  level: number;
  /** The `channels` attribute. */
  channels?: string;
  /** Whether the site has a `lookup-endpoint` (the street address field). */
  withAddress: boolean;
  /** Whether the site has a safe `submit-endpoint` (the report on the thank-you screen). */
  canReport: boolean;
  lookup: LookupController;
  draft: DraftController;
  sending: SendController;
  /** The official whose contact panel is open, and the channel chosen there. */
  activeId?: string;
  channel?: Channel;
}

export interface ViewActions {
  /** Looks the typed ZIP up (again); `focus` (default true) moves focus to the result. */
  find(dataset: Dataset, focus?: boolean): void;
  open(officialId: string): void;
  /** Back to the list. */
  close(): void;
  finish(): void;
  setChannel(channel: Channel): void;
  record(official: Official, channel: Channel, outcome: string): void;
  /** Copies the message as shown in the editor. */
  copy(): void;
  /** Copies the message, then opens `url` (the official form). */
  copyAndOpen(url: string | undefined): void;
  /** Before a `mailto:` opens: stops it when the details are not valid. */
  checkSender(event: Event): void;
  print(): void;
  send(event: Event, campaign: Campaign | undefined): void;
  restart(): void;
  clearAll(): void;
}
