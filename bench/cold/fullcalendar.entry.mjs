// FullCalendar's list view on the events of stories/fixtures/events-demo.json (their first
// start/end, in the visitor's zone: FullCalendar needs a plugin for named zones), the coming 365 days. Bundled by bench/cold-load.bench.mjs; a peer, not part of Amparo.
import {Calendar} from '@fullcalendar/core';
import listPlugin from '@fullcalendar/list';

const response = await fetch('/stories/fixtures/events-demo.json');
const dataset = await response.json();
// One row per event in the coming days, at the event's own time of day (the expansion of the
// recurrences is not what is measured here: download, parse and first render are).
const day = (offset) => new Date(Date.now() + offset * 864e5).toISOString().slice(0, 10);
const events = dataset.events.map((e, i) => ({
  id: e.id,
  title: e.title.en,
  start: `${day(i + 1)}${e.start.slice(10)}`,
  ...(e.end && {end: `${day(i + 1)}${e.end.slice(10)}`}),
}));
const calendar = new Calendar(globalThis.document.querySelector('#calendar'), {
  plugins: [listPlugin],
  initialView: 'list365',
  views: {list365: {type: 'list', duration: {days: 365}}},
  events,
});
calendar.render();
