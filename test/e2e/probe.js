// Bundled by embed.test.mjs from the BUILT npm modules (dist/index.js): a minimal element on the
// shared base, so the e2e tests exercise the built store, schema (zod/mini), i18n and rendering
// under a strict CSP before any widget chunk exists.
import {html} from 'lit';
import {AmparoElement, defineElement, setPageConfig} from '../../dist/index.js';

const script = document.querySelector('script[data-dataset]');
setPageConfig({datasetUrl: new URL(script.dataset.dataset, document.baseURI).href});

class AmparoE2eProbe extends AmparoElement {
  renderContent(dataset) {
    return html`<p id="meta">${dataset.meta.id}</p>`;
  }
}
defineElement('amparo-e2e-probe', AmparoE2eProbe);
