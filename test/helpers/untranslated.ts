/**
 * For issue 12's "at most a few visible strings left identical to the English rendering": the
 * visible interface text of a widget, as a list of strings, leaving out what is not interface
 * text (dataset content marked with its language, phone numbers, ZIP codes, URLs, emails, times
 * and numbers), so a widget rendered in English and in another language can be compared.
 */

/** Whether `el` hides its content from the visitor (closed details, display none, hidden). */
function hidden(el: Element): boolean {
  if (el instanceof HTMLElement && el.hidden) return true;
  if (el.parentElement?.localName === 'details' && !(el.parentElement as HTMLDetailsElement).open && el.localName !== 'summary') return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Text that is not interface language: numbers, phones, ZIPs, times, URLs, emails, punctuation. */
const NOT_WORDS = /^[\s\d\p{P}\p{S}]*$|^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\S+$|^[\d\s()+.-]{7,}$|^\d{5}(-\d{4})?$/u;

/**
 * The visible text runs of `root` (a shadow root or element), trimmed and folded, skipping
 * elements marked as dataset content (`lang` different from `uiLang`, the officer side in
 * English by design: pass `skip` selectors for those) and `dir="ltr"` isolates (phones, names).
 */
export function visibleTexts(root: ParentNode, uiLang: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (node: Node, inContent: boolean) => {
    if (node instanceof Element) {
      if (hidden(node) || skip.some((s) => node.matches(s))) return;
      const lang = node.getAttribute('lang');
      const content = inContent || (lang !== null && lang.split('-')[0] !== uiLang.split('-')[0]) || node.localName === 'bdi';
      for (const child of node.shadowRoot ? [node.shadowRoot, ...node.childNodes] : node.childNodes) walk(child, content);
      if (node.localName === 'input' && (node as HTMLInputElement).placeholder) out.push((node as HTMLInputElement).placeholder);
      for (const attr of ['aria-label', 'title']) {
        const value = node.getAttribute(attr);
        if (value && !content) out.push(value);
      }
      return;
    }
    if (node instanceof ShadowRoot || node instanceof DocumentFragment) {
      for (const child of node.childNodes) walk(child, inContent);
      return;
    }
    if (node.nodeType === Node.TEXT_NODE && !inContent) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text && !NOT_WORDS.test(text)) out.push(text);
    }
  };
  walk(root as Node, false);
  return out;
}

/**
 * The strings of `other` that are identical to a string of `english` (what was left untranslated),
 * minus those `allowed` (proper names the widget shows as interface text, e.g. "Amparo").
 */
export function identicalToEnglish(english: readonly string[], other: readonly string[], allowed: readonly (string | RegExp)[] = []): string[] {
  const en = new Set(english);
  return [...new Set(other.filter((t) => en.has(t)))].filter(
    (t) => !allowed.some((a) => (typeof a === 'string' ? a === t : a.test(t))),
  );
}
