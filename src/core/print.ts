/**
 * Prints only `host` (a widget), not the host page around it: while `window.print()` runs, a
 * document-level stylesheet takes everything that neither is nor contains the element out of the
 * layout (so a long page prints as one page of widget) and sets the paper margin. It is removed
 * right after, so nothing leaks into the host page. Constructable stylesheets need no
 * `style-src 'unsafe-inline'`.
 */
export function printOnly(host: Element, margin = '10mm'): void {
  const tag = host.localName;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@media print {
  @page { margin: ${margin}; }
  body *:not(:has(${tag}[data-amparo-printing])):not(${tag}[data-amparo-printing]) { display: none !important; }
  ${tag}[data-amparo-printing] { display: block !important; margin: 0 !important; }
}`);
  host.setAttribute('data-amparo-printing', '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    window.print();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    host.removeAttribute('data-amparo-printing');
  }
}
