import {expect} from '@open-wc/testing';
import {mapFromJson, mapHeaders, parseMapSpec} from '../../src/import/mapping.js';

const fields = (headers: string[], explicit?: Map<string, {field: never}>) =>
  mapHeaders(headers, explicit).columns.map((c) => (c ? `${c.field}${c.lang ? `.${c.lang}` : ''}` : undefined));

describe('column headers as people write them', () => {
  it('maps English headers, whatever their case and punctuation', () => {
    expect(fields(['Organization Name', 'STREET ADDRESS', 'city', 'Zip Code', 'Phone Number', 'Web site', 'E-mail', 'Languages Spoken', 'Services', 'Hours', 'Cost', 'County'])).to.deep.equal(
      ['name', 'street', 'city', 'zip', 'phone', 'website', 'email', 'languages', 'services', 'hours', 'cost', 'county'],
    );
  });

  it('maps Spanish headers with or without accents, and says the headers are Spanish', () => {
    const m = mapHeaders(['Organización', 'Dirección', 'Ciudad', 'Código postal', 'Teléfono', 'Sitio web', 'Correo', 'Idiomas', 'Servicios', 'Horario', 'Costo', 'Condado', 'Descripcion']);
    expect(m.columns.map((c) => c?.field)).to.deep.equal(
      ['name', 'street', 'city', 'zip', 'phone', 'website', 'email', 'languages', 'services', 'hours', 'cost', 'county', 'description'],
    );
    expect(m.headerLanguage).to.equal('es');
    expect(fields(['Nombre', 'Código Postal', 'ZIP'])).to.deep.equal(['name', 'zip', undefined]);
  });

  it('ignores "(required)" and "*" marks, and reads a language in brackets', () => {
    expect(fields(['Name (required)', 'Description (Spanish)', 'Description', 'Descripción en español'])).to.deep.equal([
      'name',
      'description.es',
      'description',
      undefined, // description.es is already taken by the second column
    ]);
    expect(fields(['Organization*'])).to.deep.equal(['name']);
  });

  it('reports headers it does not know, and takes a hand-made mapping first', () => {
    const m = mapHeaders(['Agency', 'Notes', 'Tipo de caso'], parseMapSpec('Tipo de caso=services, notes=ignore'));
    expect(m.columns.map((c) => c?.field)).to.deep.equal(['name', 'ignore', 'services']);
    expect(mapHeaders(['Agency', 'Notes']).unknown).to.deep.equal([{index: 1, header: 'Notes'}]);
    expect(mapFromJson({'Tipo de caso': 'services', Resumen: 'description.es'}).get('resumen')).to.deep.equal({field: 'description', lang: 'es'});
  });

  it('refuses a mapping to a field that does not exist', () => {
    expect(() => parseMapSpec('Foo=nonsense')).to.throw(/unknown field "nonsense"/);
    expect(() => parseMapSpec('Foo')).to.throw(/Column=field/);
    expect(() => parseMapSpec('Tel=phone.es')).to.throw(/no text in a language/);
  });
});
