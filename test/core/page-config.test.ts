import {expect} from '@open-wc/testing';
import {getPageConfig, setPageConfig} from '../../src/core/page-config.js';
import {configFromScript, findScript, publishPageConfig} from '../../src/script-config.js';

describe('page configuration', () => {
  it('reads data-* from the script and resolves the default dataset next to the script', () => {
    const script = document.createElement('script');
    script.dataset.locale = 'es';
    const config = configFromScript(script, 'https://cdn.example.org/amparo@1/dist/amparo.js');
    expect(config.datasetUrl).to.equal('https://cdn.example.org/amparo@1/dist/data/amparo-ca.json');
    expect(config.locale).to.equal('es');
    expect(config.fallbackUrl).to.equal(undefined);
  });

  it('resolves the site dataset and fallback against the page', () => {
    const script = document.createElement('script');
    script.dataset.dataset = '/amparo-data.json';
    script.dataset.fallbackUrl = 'help.html';
    const config = configFromScript(script, 'https://cdn.example.org/amparo.js');
    expect(config.datasetUrl).to.equal(new URL('/amparo-data.json', location.href).href);
    expect(config.fallbackUrl).to.equal(new URL('help.html', location.href).href);
  });

  it('reads the help phone the site owner offers in failure states', () => {
    const script = document.createElement('script');
    script.dataset.helpPhone = ' (415) 555-0199 ';
    expect(configFromScript(script, 'https://cdn.example.org/amparo.js').helpPhone).to.equal('(415) 555-0199');
    expect(configFromScript(document.createElement('script'), 'https://cdn.example.org/amparo.js').helpPhone).to.equal(undefined);
  });

  it('finds the module script by its resolved URL', () => {
    const script = document.createElement('script');
    script.type = 'text/plain'; // present in the DOM, never executed
    script.src = '/dist/amparo.js';
    document.head.append(script);
    try {
      expect(findScript(new URL('/dist/amparo.js', location.href).href)).to.equal(script);
      expect(findScript('https://elsewhere.example/amparo.js')).to.equal(null);
    } finally {
      script.remove();
    }
  });

  it('keeps the first value for each key when Amparo is loaded twice', () => {
    setPageConfig({datasetUrl: 'https://a.example/data.json'});
    setPageConfig({datasetUrl: 'https://b.example/data.json', fallbackUrl: 'https://b.example/help'});
    expect(getPageConfig().datasetUrl).to.equal('https://a.example/data.json');
    expect(getPageConfig().fallbackUrl).to.equal('https://b.example/help');
  });

  it('shares one configuration between the loader and the core', () => {
    publishPageConfig({datasetUrl: 'https://c.example/data.json', locale: 'vi'});
    expect(getPageConfig().locale).to.equal('vi');
    expect(getPageConfig().datasetUrl).to.equal('https://a.example/data.json');
  });
});
