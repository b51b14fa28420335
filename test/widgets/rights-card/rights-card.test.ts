import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport, canEmulatePrint} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {$, $$, TestRightsCard, card, dataset, has, root} from './harness.js';

describe('<amparo-rights-card>', () => {
  beforeEach(() => setUiLocale('en'));
  afterEach(() => emulateMedia({media: 'screen'}));

  it('shows the holder side with the first situation, steps and phrases', async () => {
    const el = await card();
    expect($(el, '[role="tab"][aria-selected="true"]')!.textContent).to.contain('If agents come to your door');
    expect($$(el, '.steps li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Keep the door closed.',
      'Ask them to slide any warrant under the door.',
    ]);
    expect($(el, '.phrases q')!.textContent).to.equal('I choose to remain silent.');
    await expect(el).to.be.accessible();
  });

  it('presets the situation and side from attributes, without firing events', async () => {
    let fired = 0;
    document.addEventListener('amparo-rights-view', () => fired++);
    const el = await card('scenario="at-work" side="agent"');
    expect(has(el, '.agent .english')).to.equal(true);
    el.side = 'holder';
    await el.updateComplete;
    expect($(el, '[role="tab"][aria-selected="true"]')!.textContent).to.contain('At work');
    expect(fired).to.equal(0);
  });

  it('moves between situations with the arrow keys and tells the page', async () => {
    const el = await card();
    $(el, '[role="tab"][aria-selected="true"]')!.focus();
    const event = oneEvent(el, 'amparo-rights-view');
    await sendKeys({press: 'ArrowRight'});
    const {detail} = await event;
    expect(detail).to.deep.equal({scenario: 'at-work', side: 'holder', locale: 'en'});
    await el.updateComplete;
    const selected = $(el, '[role="tab"][aria-selected="true"]')!;
    expect(selected.textContent).to.contain('At work');
    expect(root(el).activeElement).to.equal(selected);
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect($(el, '[role="tab"][aria-selected="true"]')!.textContent).to.contain('door');
  });

  it('flips to the English officer side and back', async () => {
    const el = await card('lang="es"');
    await waitUntil(() => $(el, '.sides button')!.textContent!.includes('Mi lado'));
    const event = oneEvent(el, 'amparo-rights-view');
    $$(el, '.sides button')[1]!.click();
    expect((await event).detail.side).to.equal('agent');
    await el.updateComplete;
    const english = $(el, '.agent .english')!;
    expect(english.getAttribute('lang')).to.equal('en');
    expect(english.textContent).to.contain('I choose to remain silent.');
    // The holder can read what the card says in their language.
    expect($(el, '.agent details')!.textContent).to.contain('Elijo guardar silencio.');
    expect($$(el, '.sides button')[1]!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    $$(el, '.sides button')[0]!.click();
    await el.updateComplete;
    expect(has(el, '.steps')).to.equal(true);
  });

  it('opens a full-screen English view for the officer; Escape closes it', async () => {
    await setViewport({width: 800, height: 400}); // a phone held in landscape
    const el = await card('lang="es"');
    $(el, '.actions .primary')!.click();
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('.officer')!.getAttribute('lang')).to.equal('en');
    const box = dialog.getBoundingClientRect();
    expect(box.width).to.equal(800);
    expect(box.height).to.equal(400);
    const fontSize = parseFloat(getComputedStyle(dialog.querySelector('.officer')!).fontSize);
    expect(fontSize).to.be.at.least(24);
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await waitUntil(() => !dialog.open, 'closed by Escape');
    await setViewport({width: 800, height: 600});
  });

  it('closes the officer view with the browser Back button', async () => {
    const el = await card();
    $(el, '.actions .primary')!.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    history.back();
    await waitUntil(() => !dialog.open, 'closed by Back', {timeout: 3000});
  });

  it('prints wallet cards of 85.6 × 54 mm, front in the holder language and back in English', async function () {
    // Print media can be emulated only in Chromium (CDP); see canEmulatePrint.
    if (!canEmulatePrint) this.skip();
    const el = await card('lang="es" county="San Francisco"');
    const hostContent = document.createElement('p');
    hostContent.textContent = 'The rest of the host page';
    el.parentElement!.before(hostContent);
    await emulateMedia({media: 'print'});
    const original = window.print;
    let measured: {faces: DOMRect[]; cards: number; pageHidden: boolean} | undefined;
    window.print = () => {
      const faces = $$(el, '.print .face');
      measured = {
        faces: faces.map((f) => f.getBoundingClientRect()),
        cards: $$(el, '.print-card').length,
        pageHidden: getComputedStyle(hostContent).display === 'none',
      };
      expect(faces[0]!.getAttribute('lang')).to.equal('es');
      expect(faces[0]!.textContent).to.contain('Elijo guardar silencio.');
      expect(faces[0]!.textContent).to.contain('+1 415 555 0102');
      expect(faces[1]!.getAttribute('lang')).to.equal('en');
    };
    try {
      const event = oneEvent(el, 'amparo-print');
      $$(el, '.actions .secondary')[0]!.click();
      expect((await event).detail).to.deep.equal({layout: 'wallet', locale: 'es'});
      await waitUntil(() => measured);
    } finally {
      window.print = original;
    }
    const mm = 96 / 25.4;
    expect(measured!.cards).to.equal(1);
    expect(measured!.pageHidden).to.equal(true);
    expect(getComputedStyle(hostContent).display).to.equal('block');
    hostContent.remove();
    for (const face of measured!.faces) {
      expect(face.width).to.be.closeTo(85.6 * mm, 1);
      expect(face.height).to.be.closeTo(54 * mm, 1);
    }
    // Nothing is left behind on the host page.
    expect(document.adoptedStyleSheets).to.have.length(0);
    expect(el.hasAttribute('data-amparo-printing')).to.equal(false);
    expect(has(el, '.print')).to.equal(false);
  });

  it('prints a sheet of four cards', async () => {
    const el = await card();
    const original = window.print;
    let cards = 0;
    window.print = () => (cards = $$(el, '.print-card').length);
    try {
      $$(el, '.actions .secondary')[1]!.click();
      await waitUntil(() => cards);
    } finally {
      window.print = original;
    }
    expect(cards).to.equal(4);
  });

  it('hides the print buttons with hide-print', async () => {
    const el = await card('hide-print=""');
    expect($$(el, '.actions .secondary')).to.have.length(0);
  });

  describe('read aloud', () => {
    afterEach(() => (TestRightsCard.voices = []));

    const noRecordings = () =>
      dataset((d) => {
        for (const phrase of d.rightsEditions[0]!.scenarios[0]!.phrases ?? []) delete phrase.audio;
      });

    it('hides Listen when the device has no voice for the language and there is no recording', async () => {
      TestRightsCard.voices = ['en-US'];
      const el = await card('lang="es"', noRecordings());
      expect($(el, '.phrases q')!.textContent).to.equal('Elijo guardar silencio.');
      expect(has(el, '.phrases button')).to.equal(false);
    });

    it('offers Listen, labelled with the phrase, when a voice exists', async () => {
      TestRightsCard.voices = ['es-US'];
      const el = await card('lang="es"', noRecordings());
      const button = $(el, '.phrases button')!;
      expect(button.textContent).to.contain('Escuchar');
      expect(button.textContent).to.contain('Elijo guardar silencio.');
    });

    it('offers Listen for a recorded phrase even without a voice', async () => {
      const el = await card('lang="es"');
      expect(has(el, '.phrases button')).to.equal(true);
    });
  });

  it('lays out an Arabic card right to left', async () => {
    const el = await card(
      'lang="ar"',
      dataset((d) => {
        d.rightsEditions[0]!.scenarios[0]!.title.ar = 'إذا جاء الوكلاء إلى بابك';
        d.rightsEditions[0]!.scenarios[0]!.steps[0]!.ar = 'أبق الباب مغلقًا.';
      }),
    );
    const panel = $(el, '[role="tabpanel"]')!;
    expect(panel.getAttribute('dir')).to.equal('rtl');
    expect(panel.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(panel).direction).to.equal('rtl');
    // Untranslated steps are marked as English, left to right.
    const fallback = panel.querySelector('.steps li:nth-child(2) span[lang="en"]')!;
    expect(fallback.getAttribute('dir')).to.equal('ltr');
    // The notice is in the visitor's language: the interface is Arabic too now, right to left.
    const notice = $(el, '[role="tabpanel"] .notice')!;
    expect(notice.textContent).to.contain('لم تُترجم');
    expect(getComputedStyle(notice).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('fetches a language kept in its own file only when it is shown, with English meanwhile', async () => {
    const url = new URL('/test/fixtures/data/rights-vi.json', location.href).href;
    const el = await card(
      '',
      dataset((d) => {
        d.rightsEditions[0]!.locales.push({locale: 'vi', method: 'machine', date: '2026-11-27', url});
      }),
    );
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect([...select.options].map((o) => o.value)).to.include('vi');
    select.value = 'vi';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '.phrases q')?.textContent === 'Tôi chọn giữ im lặng.', 'Vietnamese merged', {timeout: 4000});
    expect($(el, '[role="tab"][aria-selected="true"]')!.textContent).to.contain('Nếu nhân viên đến cửa nhà bạn');
    // Texts the file lacks stay English, marked as such.
    expect(has(el, '.steps li span[lang="en"]')).to.equal(true);
  });

  it('keeps English and says so when a language file cannot be loaded', async () => {
    const el = await card(
      '',
      dataset((d) => {
        d.rightsEditions[0]!.locales.push({
          locale: 'vi',
          method: 'machine',
          date: '2026-11-27',
          url: new URL('/test/fixtures/data/missing-rights-vi.json', location.href).href,
        });
      }),
    );
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = 'vi';
    select.dispatchEvent(new Event('change'));
    // Choosing Vietnamese also switched the interface to Vietnamese: the notice says it in Vietnamese.
    await waitUntil(
      () => $(el, '[role="tabpanel"] [role="status"]')?.textContent?.includes('Không tải được ngôn ngữ này'),
      'failure shown',
      {timeout: 4000},
    );
    expect($(el, '.phrases q')!.textContent).to.equal('I choose to remain silent.');
  });

  it('lets the person switch the card language', async () => {
    const el = await card();
    const select = $<HTMLSelectElement>(el, 'select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['en', 'es', 'ar']);
    const event = oneEvent(el, 'amparo-rights-view');
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail.locale).to.equal('es');
    await el.updateComplete;
    expect($(el, '.phrases q')!.textContent).to.equal('Elijo guardar silencio.');
  });

  describe('California law status', () => {
    /** The fixture's at-work law, plus one a court blocked for federal officers. */
    const withStatus = () =>
      dataset((d) => {
        d.rightsEditions[0]!.scenarios[1]!.californiaLaw!.push({
          citation: 'SB 627 (2025)',
          text: {en: 'Example mask rule.', es: 'Regla de ejemplo sobre máscaras.'},
          status: 'blocked-for-federal-officers',
          statusNote: {en: 'Federal agents may still cover their faces.', es: 'Los agentes federales todavía pueden cubrirse la cara.'},
          asOf: '2026-12-04',
        });
      });
    afterEach(() => (TestRightsCard.clock = new Date('2026-12-10T12:00:00Z')));

    it('shows the status and its date next to the law, in the holder language', async () => {
      const el = await card('lang="es" scenario="at-work"', withStatus());
      await waitUntil(() => $(el, '.law-status strong')?.textContent?.includes('Bloqueada'), 'Spanish status label');
      const [plain, blocked] = $$(el, '.law');
      // A law without a ledger entry (a 1.0 dataset) shows no status.
      expect(plain!.querySelector('.law-status')).to.equal(null);
      expect(blocked!.dataset['status']).to.equal('blocked-for-federal-officers');
      const label = blocked!.querySelector('.law-status strong')!;
      expect(label.textContent!.trim()).to.equal('⚠ Bloqueada por una corte para los agentes federales (al 4 de diciembre de 2026)');
      expect(label.getAttribute('lang')).to.equal('es');
      const note = blocked!.querySelector('.law-status span[lang="es"]')!;
      expect(note.textContent).to.equal('Los agentes federales todavía pueden cubrirse la cara.');
      expect(has(el, '.law-status .stale')).to.equal(false);
      await expect(el).to.be.accessible();
      // The officer side stays English and shows no law.
      $$(el, '.sides button')[1]!.click();
      await el.updateComplete;
      expect($(el, '.agent .english')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.agent')!.textContent).not.to.contain('Bloqueada');
      expect(has(el, '.agent .law')).to.equal(false);
    });

    it('labels the status in English on an English card, with the note as given', async () => {
      const el = await card('scenario="at-work"', withStatus());
      const status = $$(el, '.law')[1]!.querySelector('.law-status')!;
      expect(status.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '⚠ Blocked by a court for federal officers (as of December 4, 2026) Federal agents may still cover their faces.',
      );
    });

    it('warns that a blocked law may have changed once its status is over 90 days old', async () => {
      TestRightsCard.clock = new Date('2027-03-10T12:00:00Z');
      const el = await card('scenario="at-work"', withStatus());
      expect($(el, '.law-status .stale')!.textContent).to.equal('This may have changed since then. Ask a lawyer.');
      await expect(el).to.be.accessible();
    });
  });

  it('reads the warrant checklist and always shows the caveat', async () => {
    const el = await card();
    const boxes = $$<HTMLInputElement>(el, 'fieldset input[type="checkbox"]');
    expect($(el, '.verdict')!.dataset['verdict']).to.equal('unsure');
    boxes[1]!.click(); // "Signed by an immigration officer"
    await el.updateComplete;
    expect($(el, '.verdict')!.dataset['verdict']).to.equal('administrative');
    expect($(el, '.verdict')!.textContent).to.contain('not signed by a judge');
    expect($(el, 'fieldset .caveat')!.textContent).to.contain('Example caveat');
    await expect(el).to.be.accessible();
  });

  it('shows the county rapid-response line with a dialable, visible number', async () => {
    const el = await card('county="06075"');
    const link = $<HTMLAnchorElement>(el, '.hotlines a')!;
    expect(link.textContent).to.equal('+1 415 555 0102');
    expect(link.getAttribute('href')).to.equal('tel:+14155550102');
    expect($(el, '.hotlines')!.textContent).to.not.contain('not verified');
  });

  it('marks unverified and doubtful hotline numbers', async () => {
    const el = await card(
      'county="Alameda"',
      dataset((d) => {
        d.hotlines.push({
          id: 'rr-example-alameda',
          kind: 'rapid-response',
          name: {en: 'Example Rapid Response (fictional)'},
          phones: [{number: '+1 510 555 0109'}],
          scope: 'local',
          counties: ['06001'],
          verification: {status: 'doubtful', note: {en: 'Two lists give different numbers.'}},
        });
      }),
    );
    const text = $(el, '.hotlines')!.textContent!;
    expect(text).to.contain('+1 510 555 0109');
    expect(text).to.contain('not verified');
    expect(text).to.contain('Two lists give different numbers.');
    await expect(el).to.be.accessible();
  });

  it('is honest about review status and translation method', async () => {
    const el = await card(
      'lang="ar"',
      dataset((d) => {
        d.rightsEditions[0]!.review = {status: 'not-reviewed'};
      }),
    );
    // Said in the visitor's language (Arabic interface).
    const trust = $(el, '.trust')!.textContent!;
    expect(trust).to.contain('لم يراجعها محامٍ بعد.');
    expect(trust).to.contain('ترجمة آلية');
  });

  it('says clearly when the dataset has no rights content', async () => {
    const el = await card(
      '',
      dataset((d) => {
        d.rightsEditions = [];
      }),
    );
    expect($(el, '[role="alert"]')!.textContent).to.contain('not available');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen without horizontal scrolling', async () => {
    await setViewport({width: 320, height: 640});
    const el = await card('county="06075"');
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, '.card')!.scrollWidth).to.be.at.most($(el, '.card')!.clientWidth + 1);
    await setViewport({width: 800, height: 600});
  });
});
