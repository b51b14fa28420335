import {expect} from '@open-wc/testing';
import {createAutoloader, type Autoloader} from '../../src/autoloader.js';

/** A fresh tag per test: custom element names cannot be undefined again. */
let n = 0;
const uniqueTag = () => `amparo-test-widget-${Date.now()}-${n++}`;

function registryFor(tag: string) {
  const calls: string[] = [];
  const registry = {
    [tag]: async () => {
      calls.push(tag);
      // Stands in for the real chunk: the module defines the element when it runs.
      const mod = await import('../fixtures/widgets/test-widget.js');
      mod.defineTestWidget(tag);
    },
  };
  return {registry, calls};
}

const nextMutation = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autoloader', () => {
  let loader: Autoloader | undefined;
  afterEach(() => {
    loader?.disconnect();
    document.querySelectorAll('[data-test-host]').forEach((el) => el.remove());
  });

  it('does not load a chunk when its tag is not on the page', async () => {
    const tag = uniqueTag();
    const {registry, calls} = registryFor(tag);
    loader = createAutoloader(registry);
    await loader.discover(document);
    expect(calls).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(undefined);
  });

  it('loads and upgrades a tag present at start', async () => {
    const tag = uniqueTag();
    const host = document.createElement('div');
    host.dataset.testHost = '';
    host.append(document.createElement(tag));
    document.body.append(host);
    const {registry, calls} = registryFor(tag);
    loader = createAutoloader(registry);
    await loader.discover(document);
    expect(calls).to.deep.equal([tag]);
    expect(host.firstElementChild!.matches(':defined')).to.equal(true);
  });

  it('loads a tag added later, once, however many copies appear', async () => {
    const tag = uniqueTag();
    const {registry, calls} = registryFor(tag);
    loader = createAutoloader(registry);
    await loader.discover(document);
    expect(calls).to.have.length(0);

    const host = document.createElement('section');
    host.dataset.testHost = '';
    const wrapper = document.createElement('div');
    wrapper.append(document.createElement(tag));
    host.append(wrapper, document.createElement(tag));
    document.body.append(host);
    await nextMutation();
    await customElements.whenDefined(tag);
    expect(calls).to.deep.equal([tag]);
    expect(host.querySelectorAll(`${tag}:not(:defined)`)).to.have.length(0);
  });

  it('retries a chunk that failed to load when the tag appears again', async () => {
    const tag = uniqueTag();
    let attempts = 0;
    loader = createAutoloader({
      [tag]: async () => {
        attempts++;
        if (attempts === 1) throw new Error('offline');
        (await import('../fixtures/widgets/test-widget.js')).defineTestWidget(tag);
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const first = document.createElement(tag);
      first.dataset.testHost = '';
      document.body.append(first);
      await loader.discover(document);
      expect(errors).to.have.length(1);
      await loader.discover(document);
    } finally {
      console.error = original;
    }
    expect(attempts).to.equal(2);
    expect(customElements.get(tag)).to.not.equal(undefined);
  });
});
