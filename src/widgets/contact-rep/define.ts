import {defineElement} from '../../core/define.js';
import {AmparoContactRep} from './contact-rep.js';

defineElement('amparo-contact-rep', AmparoContactRep);

declare global {
  interface HTMLElementTagNameMap {
    'amparo-contact-rep': AmparoContactRep;
  }
}
