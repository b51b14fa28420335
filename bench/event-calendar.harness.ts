/**
 * In-page harness for bench/event-calendar.bench.mjs, bundled with esbuild (production Lit) and
 * injected into a blank page. Generates FICTIONAL events in the page, so no server is needed.
 */
import '../src/widgets/event-calendar/define.js';
import type {CommunityEvent} from '../src/core/dataset/schema/index.js';
import {expandEvents} from '../src/widgets/event-calendar/occurrences.js';
import {rrulestr} from 'rrule';
import {validDataset} from '../test/fixtures/dataset.js';

const ZONES = ['America/Los_Angeles', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'Pacific/Honolulu'];
const RULES = [
  'FREQ=WEEKLY;BYDAY=TU',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
  'FREQ=DAILY;INTERVAL=3',
  'FREQ=MONTHLY;BYDAY=1SA',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=MONTHLY;BYMONTHDAY=15,-1',
  'FREQ=WEEKLY;BYDAY=SA,SU;COUNT=40',
  'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270630',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** `n` recurring series, deterministic. */
function series(n: number): CommunityEvent[] {
  return Array.from({length: n}, (_, i) => ({
    id: `bench-series-${i}`,
    type: 'kyr-workshop',
    title: {en: `Example series ${i}`},
    start: `2026-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T${pad(8 + (i % 12))}:${i % 2 ? '30' : '00'}`,
    end: `2026-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T${pad(9 + (i % 12))}:${i % 2 ? '30' : '00'}`,
    timeZone: ZONES[i % ZONES.length]!,
    recurrence: {rrule: RULES[i % RULES.length]!, exdates: [`2026-12-${pad(1 + (i % 28))}T08:00`]},
    format: 'online',
    online: {url: 'https://example.org/meet'},
    languages: ['en', 'es'],
    organizer: {name: 'Example Org'},
    sample: true,
  })) as CommunityEvent[];
}

/** `n` single events spread over the 3 months after `now`. */
function singles(n: number, now: number): CommunityEvent[] {
  return Array.from({length: n}, (_, i) => {
    const d = new Date(now + (1 + i * 0.17) * 86_400_000);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return {
      id: `bench-event-${i}`,
      type: (['kyr-workshop', 'legal-clinic', 'town-hall', 'training'] as const)[i % 4],
      title: {en: `Example event ${i}`, es: `Evento de ejemplo ${i}`},
      description: {en: 'A fictional event for the benchmark.'},
      start: `${day}T${pad(9 + (i % 10))}:00`,
      end: `${day}T${pad(10 + (i % 10))}:00`,
      timeZone: ZONES[i % 3]!,
      format: i % 3 ? 'in-person' : 'online',
      location: {name: {en: 'Example Hall'}, locality: 'Oakland', county: '06001'},
      online: {url: 'https://example.org/meet'},
      languages: ['es'],
      interpretation: [{language: 'en'}],
      safety: {noIdRequired: true},
      cost: {type: 'free'},
      rsvp: {url: 'https://example.org/rsvp'},
      organizer: {name: 'Example Org'},
      sample: true,
    } as CommunityEvent;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function rendered(el: HTMLElement, count: number): Promise<void> {
  for (;;) {
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    if (el.shadowRoot?.querySelectorAll('.event').length === count) return;
    await new Promise((r) => setTimeout(r, 0));
  }
}

(globalThis as Record<string, unknown>).amparoBench = {
  expand(runs: number) {
    const events = series(1000);
    const from = Date.UTC(2026, 11, 1);
    const to = from + 365 * 86_400_000;
    const times: number[] = [];
    let occurrences = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const out = expandEvents(events, {from, to});
      times.push(performance.now() - t0);
      occurrences = out.occurrences.length;
      if (out.problems.length) throw new Error(JSON.stringify(out.problems[0]));
    }
    return {first: times[0], median: median(times.slice(1)), max: Math.max(...times.slice(1)), occurrences};
  },
  /**
   * Context row: the same 1,000 rules expanded by rrule.js (dev dependency) over the same 12
   * months in floating time: no time-zone conversion, no EXDATE, no sorting, so it does less.
   */
  expandRrule(runs: number) {
    const events = series(1000);
    const from = new Date(Date.UTC(2026, 11, 1));
    const to = new Date(from.getTime() + 365 * 86_400_000);
    const rules = events.map((e) => `DTSTART:${e.start.replace(/[-:]/g, '')}00\nRRULE:${e.recurrence!.rrule}`);
    const times: number[] = [];
    let occurrences = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      occurrences = 0;
      for (const rule of rules) occurrences += rrulestr(rule).between(from, to, true).length;
      times.push(performance.now() - t0);
    }
    return {first: times[0], median: median(times.slice(1)), max: Math.max(...times.slice(1)), occurrences};
  },
  async render(runs: number) {
    const now = Date.UTC(2026, 11, 1, 12);
    const data = validDataset();
    data.events = singles(500, now);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], {type: 'application/json'}));
    const make = () => {
      const el = document.createElement('amparo-event-calendar') as HTMLElement & {now?: number};
      el.setAttribute('dataset', url);
      el.setAttribute('limit', '500');
      el.setAttribute('months', '6');
      el.now = now;
      return el;
    };
    const warm = make();
    document.body.append(warm);
    await rendered(warm, 500);
    warm.remove();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const el = make();
      const t0 = performance.now();
      document.body.append(el);
      await rendered(el, 500);
      void el.offsetHeight; // style + layout of the whole list
      times.push(performance.now() - t0);
      el.remove();
      await new Promise((done) => setTimeout(done, 20));
    }
    // Filtering: one keystroke in the search box over the 500 events.
    const el = make();
    document.body.append(el);
    await rendered(el, 500);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[name="q"]')!;
    const filterTimes: number[] = [];
    for (let r = 0; r < runs; r++) {
      input.value = r % 2 ? '' : 'event 1';
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', {bubbles: true}));
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      void el.offsetHeight;
      filterTimes.push(performance.now() - t0);
    }
    el.remove();
    return {median: median(times), max: Math.max(...times), filterMedian: median(filterTimes), filterMax: Math.max(...filterTimes)};
  },
};
