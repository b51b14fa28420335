/**
 * The npm entry (`import {...} from 'amparo'`): classes and helpers, no side effects.
 * To register the elements, import a widget's `define` module or use the drop-in script.
 */
export * from './core/index.js';
export * from './core/dataset/schema/index.js';
export {validateDataset} from './core/dataset/validate.js';
export {createAutoloader, type WidgetRegistry, type Autoloader} from './autoloader.js';
