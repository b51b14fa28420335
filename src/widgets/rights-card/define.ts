import {defineElement} from '../../core/define.js';
import {AmparoRightsCard} from './rights-card.js';

defineElement('amparo-rights-card', AmparoRightsCard);

declare global {
  interface HTMLElementTagNameMap {
    'amparo-rights-card': AmparoRightsCard;
  }
}
