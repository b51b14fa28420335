import {VERSION} from './version.js';

/** Constructors defined through {@link defineElement} carry the version that defined them. */
export interface VersionedConstructor extends CustomElementConstructor {
  readonly amparoVersion?: string;
}

const warned = new Set<string>();

/**
 * Defines `tag` unless it is already defined.
 *
 * Loading Amparo twice (two script tags, the IIFE next to the module, a CMS plugin that
 * injects it again) must never throw `NotSupportedError` on the host page. The same version
 * is a silent no-op; another version (or another library using our tag) logs one warning.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing.amparoVersion === VERSION || warned.has(tag)) return;
  warned.add(tag);
  const owner = existing.amparoVersion ? `Amparo ${existing.amparoVersion}` : 'another script';
  console.warn(
    `Amparo ${VERSION}: <${tag}> is already defined by ${owner}; keeping that definition. ` +
      'Load Amparo once per page.',
  );
}
