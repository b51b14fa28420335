import {expect} from '@open-wc/testing';
import {yieldToPage} from '../../src/core/yield.js';

describe('yieldToPage', () => {
  it('lets a task queued before it run first', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await yieldToPage();
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).to.equal(true);
  });

  it('falls back to a macrotask without scheduler.yield', async () => {
    const g = globalThis as {scheduler?: unknown};
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    Object.defineProperty(globalThis, 'scheduler', {value: undefined, configurable: true, writable: true});
    try {
      let microtaskDone = false;
      void Promise.resolve().then(() => (microtaskDone = true));
      let ran = false;
      setTimeout(() => (ran = true), 0);
      await yieldToPage();
      expect(microtaskDone).to.equal(true);
      expect(ran).to.equal(true);
    } finally {
      if (saved) Object.defineProperty(globalThis, 'scheduler', saved);
      else delete g.scheduler;
    }
  });
});
