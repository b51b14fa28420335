/** Moved to the core (the finder has quick exit too): re-exported so the card's imports stay. */
export * from '../../core/quick-exit.js';
