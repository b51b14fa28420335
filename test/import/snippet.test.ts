import {expect} from '@open-wc/testing';
import {buildSnippet, contrast} from '../../src/builder/snippet.js';

describe('the builder snippet', () => {
  it('is the one the README\'s "Put it on your site" section shows', async () => {
    const readme = await fetch(new URL('../../README.md', import.meta.url)).then((r) => r.text());
    const snippet = buildSnippet({
      amparoUrl: '/amparo/',
      datasetUrl: '/amparo-data.json',
      locale: 'auto',
      widgets: ['amparo-resource-finder', 'amparo-event-calendar'],
      county: 'Fresno',
      fallbackUrl: 'https://our-org.example/help',
    });
    const section = readme.slice(readme.indexOf('## Put it on your site'));
    expect(section).to.include(`\`\`\`html\n${snippet}\n\`\`\``);
  });

  it('with a standalone dataset, points the rights card and contact widget at Amparo\'s dataset, escapes values and drops bad colours', () => {
    const snippet = buildSnippet({
      standalone: true,
      amparoUrl: 'https://cdn.example.org/amparo@1/dist',
      datasetUrl: '/data.json?v="1"',
      locale: 'es',
      widgets: ['amparo-rights-card', 'amparo-contact-rep'],
      county: 'Los Angeles',
      colors: {'--amparo-color-accent': '#7A1F5C', '--amparo-color-text': 'red;}body{display:none'},
    });
    expect(snippet).to.equal(
      [
        '<script type="module" src="https://cdn.example.org/amparo@1/dist/amparo.js" data-dataset="/data.json?v=&quot;1&quot;" data-locale="es"></script>',
        '<!-- Colours: under a strict Content-Security-Policy, put these lines in your own stylesheet instead. -->',
        '<style>',
        '  amparo-rights-card, amparo-contact-rep {',
        '    --amparo-color-accent: #7a1f5c;',
        '  }',
        '</style>',
        '<amparo-rights-card county="Los Angeles" dataset="https://cdn.example.org/amparo@1/dist/data/amparo-ca.json"></amparo-rights-card>',
        '<amparo-contact-rep dataset="https://cdn.example.org/amparo@1/dist/data/amparo-ca.json"></amparo-contact-rep>',
      ].join('\n'),
    );
  });

  it('with a dataset that extends the statewide one, every widget reads it', () => {
    const snippet = buildSnippet({amparoUrl: '/amparo/', datasetUrl: '/data.json', locale: 'auto', widgets: ['amparo-rights-card', 'amparo-contact-rep']});
    expect(snippet).to.equal(
      [
        '<script type="module" src="/amparo/amparo.js" data-dataset="/data.json" data-locale="auto"></script>',
        '<amparo-rights-card></amparo-rights-card>',
        '<amparo-contact-rep></amparo-contact-rep>',
      ].join('\n'),
    );
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#1d4ed8', '#ffffff')).to.be.greaterThan(4.5);
    expect(contrast('#ffff00', '#ffffff')).to.be.lessThan(1.1);
  });
});
