import {defineElement} from '../../core/define.js';
import {AmparoResourceFinder} from './resource-finder.js';

defineElement('amparo-resource-finder', AmparoResourceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'amparo-resource-finder': AmparoResourceFinder;
  }
}
