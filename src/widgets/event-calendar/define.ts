import {defineElement} from '../../core/define.js';
import {AmparoEventCalendar} from './event-calendar.js';

defineElement('amparo-event-calendar', AmparoEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'amparo-event-calendar': AmparoEventCalendar;
  }
}
