/**
 * Loads a widget's code only when its tag is on the page.
 *
 * The drop-in script maps each `amparo-*` tag to a dynamic `import()` of its chunk. On start it
 * looks for undefined tags it knows; a MutationObserver then catches tags added later (by a
 * page builder, a framework or a lazy section), so nothing is fetched for tags that never appear.
 */

/** A tag name mapped to a function that imports (and so defines) its element. */
export type WidgetRegistry = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads every registered, still undefined tag found in `root` (including `root` itself). */
  discover(root: ParentNode): Promise<void>;
  /** Stops watching the document. */
  disconnect(): void;
}

export function createAutoloader(registry: WidgetRegistry, doc: Document = document): Autoloader {
  const requested = new Map<string, Promise<unknown>>();
  const selector = Object.keys(registry).join(',');

  function load(tag: string): Promise<unknown> {
    let pending = requested.get(tag);
    if (!pending) {
      const importer = registry[tag];
      if (!importer || customElements.get(tag)) return Promise.resolve();
      pending = importer().catch((error: unknown) => {
        // Forget the failure so a later appearance of the tag can try again.
        requested.delete(tag);
        console.error(`Amparo: could not load <${tag}>.`, error);
      });
      requested.set(tag, pending);
    }
    return pending;
  }

  async function discover(root: ParentNode): Promise<void> {
    if (!selector) return;
    const tags = new Set<string>();
    if (root instanceof Element && root.matches(selector)) tags.add(root.localName);
    for (const el of root.querySelectorAll(selector)) tags.add(el.localName);
    await Promise.all([...tags].map(load));
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  });
  if (selector) observer.observe(doc.documentElement, {childList: true, subtree: true});

  return {discover, disconnect: () => observer.disconnect()};
}
