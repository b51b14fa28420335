/**
 * In-page harness for bench/event-calendar.bench.mjs, bundled with esbuild (production Lit) and
 * injected into a blank page. Generates FICTIONAL events in the page, so no server is needed.
 */
import '../src/widgets/event-calendar/define.js';
import {Calendar} from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';
import type {CommunityEvent} from '../src/core/dataset/schema/index.js';
import {expandEvents} from '../src/core/events/occurrences.js';
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
  /** The render data (dataset URL, clock, FullCalendar events), for ad-hoc profiling. */
  data: () => renderData(),
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
  /**
   * Rendering 500 upcoming occurrences in a list, ours and FullCalendar's list view, in
   * interleaved rounds: attach -> all 500 rows committed -> style + layout (`offsetHeight`).
   * Both get the same 500 occurrences (same titles, same UTC start/end) from memory: ours from
   * the dataset already loaded once (the store caches it per URL), FullCalendar from an `events`
   * array. FullCalendar has no named-zone support without a plugin, so it shows the instants in
   * the visitor's zone (the page is emulated in Los Angeles); ours shows each event's zone plus
   * the visitor's time when it differs, and more per row (type, format, place, badges, details).
   */
  async render(runs: number) {
    const {url, now, fcEvents} = renderData();
    const make = () => {
      const el = document.createElement('amparo-event-calendar') as HTMLElement & {now?: number};
      el.setAttribute('dataset', url);
      el.setAttribute('limit', '500');
      el.setAttribute('months', '6');
      el.now = now;
      return el;
    };
    const ours = async () => {
      const el = make();
      const t0 = performance.now();
      document.body.append(el);
      await rendered(el, 500);
      void el.offsetHeight; // style + layout of the whole list
      const t = performance.now() - t0;
      el.remove();
      return t;
    };
    const theirs = async () => {
      const host = document.createElement('div');
      host.style.width = '968px';
      document.body.append(host);
      const t0 = performance.now();
      const calendar = new Calendar(host, {
        plugins: [listPlugin],
        initialView: 'list120',
        views: {list120: {type: 'list', duration: {days: 120}}},
        initialDate: new Date(now).toISOString().slice(0, 10),
        timeZone: 'local',
        headerToolbar: false,
        height: 'auto',
        events: fcEvents,
      });
      calendar.render();
      for (let i = 0; host.querySelectorAll('.fc-list-event').length !== 500; i++) {
        if (i > 1000) throw new Error(`FullCalendar rendered ${host.querySelectorAll('.fc-list-event').length} events, not 500`);
        await new Promise((r) => setTimeout(r, 0));
      }
      void host.offsetHeight;
      const t = performance.now() - t0;
      calendar.destroy();
      host.remove();
      return t;
    };
    // Warm-up (loads the dataset once, compiles both code paths), not recorded.
    await ours();
    await theirs();
    await ours();
    await theirs();
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate which goes first, so drift and GC hit both alike.
      if (r % 2) {
        b.push(await theirs());
        await pause();
        a.push(await ours());
      } else {
        a.push(await ours());
        await pause();
        b.push(await theirs());
      }
      await pause();
    }
    return {
      median: median(a),
      max: Math.max(...a),
      fcMedian: median(b),
      fcMax: Math.max(...b),
      ratio: median(b) / median(a),
      roundRatios: a.map((t, i) => b[i]! / t),
    };
  },

  /**
   * Filtering the same 500-event list (limit 500): types "event 1" one key at a time, then
   * clears the box, several times. Every task in that period is timed: the longest gap between
   * two turns of a MessageChannel loop is the longest task (including style, layout and the
   * list's later slices), and PerformanceObserver `longtask` entries (>= 50 ms) are counted.
   */
  async filter(runs: number) {
    const {url, now} = renderData();
    const el = document.createElement('amparo-event-calendar') as HTMLElement & {now?: number; updateComplete: Promise<unknown>};
    el.setAttribute('dataset', url);
    el.setAttribute('limit', '500');
    el.setAttribute('months', '6');
    el.now = now;
    document.body.append(el);
    await rendered(el, 500);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[name="q"]')!;
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
    observer.observe({type: 'longtask'});
    const firstCommit: number[] = [];
    let maxGap = 0;
    let last = performance.now();
    let beating = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const t = performance.now();
      maxGap = Math.max(maxGap, t - last);
      last = t;
      if (beating) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    const text = 'event 1';
    for (let r = 0; r < runs; r++) {
      for (let i = 1; i <= text.length + 1; i++) {
        input.value = i > text.length ? '' : text.slice(0, i);
        const t0 = performance.now();
        input.dispatchEvent(new Event('input', {bubbles: true}));
        await el.updateComplete;
        void el.offsetHeight;
        firstCommit.push(performance.now() - t0);
        await new Promise((done) => setTimeout(done, 120)); // the remaining slices, then idle
      }
    }
    beating = false;
    await new Promise((done) => setTimeout(done, 50));
    observer.disconnect();
    el.remove();
    return {
      keystrokes: firstCommit.length,
      commitMedian: median(firstCommit),
      commitMax: Math.max(...firstCommit),
      longestTask: maxGap,
      longTasks: long.length,
      longTaskMax: long.length ? Math.max(...long) : 0,
    };
  },
};

const pause = () => new Promise((done) => setTimeout(done, 30));

let data: {url: string; now: number; fcEvents: {id: string; title: string; start: string; end: string}[]} | undefined;

/** The 500 single events as a dataset URL, and the same occurrences for FullCalendar. */
function renderData() {
  if (data) return data;
  const now = Date.UTC(2026, 11, 1, 12);
  const dataset = validDataset();
  dataset.events = singles(500, now);
  const url = URL.createObjectURL(new Blob([JSON.stringify(dataset)], {type: 'application/json'}));
  const {occurrences} = expandEvents(dataset.events as CommunityEvent[], {from: now, to: now + 186 * 86_400_000});
  if (occurrences.length !== 500) throw new Error(`expected 500 occurrences, got ${occurrences.length}`);
  const fcEvents = occurrences.map((o) => ({
    id: o.event.id,
    title: o.event.title.en,
    start: new Date(o.start).toISOString(),
    end: new Date(o.end).toISOString(),
  }));
  return (data = {url, now, fcEvents});
}
