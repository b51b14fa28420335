/**
 * Keystrokes stay cheap (no task over 50 ms on a slow phone): the entries are built once per
 * dataset and day, and a card once per entry, reused while what it shows cannot change (same
 * locales, place, report URL, minute, events and share status: the `key`). A reused card still
 * counts for the "shown in English" notice when some of its text fell back.
 */
import type {TemplateResult} from 'lit';
import type {ContentText} from '../../core/content-text.js';
import type {Dataset, LinkRecord} from '../../core/dataset/schema/index.js';
import {rosterLink} from './credentials.js';
import {buildEntries, type Entry, type Result} from './search.js';

export class FinderCache {
  private built?: {dataset: Dataset; today: string; entries: Entry[]; roster?: LinkRecord | undefined};
  private cards = new WeakMap<Entry, {card: TemplateResult; fellBack: boolean}>();
  private key?: string;
  /** Unique card heading ids (cards are reused at any position). */
  private seq = 0;

  constructor(private readonly content: ContentText) {}

  /** The entries, built once per dataset and day (credentials are read on that day). */
  entries(dataset: Dataset, today: string): Entry[] {
    const b = this.built;
    if (b?.dataset !== dataset || b.today !== today) {
      this.built = {dataset, today, entries: buildEntries(dataset, today), roster: rosterLink(dataset.links)};
    }
    return this.built!.entries;
  }

  /** The dataset the entries were built from. */
  get dataset(): Dataset | undefined {
    return this.built?.dataset;
  }

  /** The DOJ roster link of the dataset the entries were built from. */
  get roster(): LinkRecord | undefined {
    return this.built?.roster;
  }

  /** Forgets the cards when `key` (what they show) changed. */
  keep(key: string): void {
    if (key === this.key) return;
    this.key = key;
    this.cards = new WeakMap();
  }

  /** The card of `r`, built by `build` (with a unique heading id) the first time. */
  card(r: Result, build: (r: Result, id: string) => TemplateResult): TemplateResult {
    const content = this.content;
    let got = this.cards.get(r.entry);
    if (!got) {
      const before = content.fellBack;
      content.fellBack = false;
      const card = build(r, `r${this.seq++}`);
      this.cards.set(r.entry, (got = {card, fellBack: content.fellBack}));
      content.fellBack ||= before;
    }
    if (got.fellBack) content.fellBack = true;
    return got.card;
  }
}
