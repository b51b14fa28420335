/**
 * <amparo-contact-rep> and habits (issue 14): a ZIP typed as people type it, a PO-box ZIP, a ZIP
 * outside California, focus kept in the widget when part of it is replaced, sends that a form
 * endpoint can recognise when they are repeated, and touch targets.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {fakeNetwork} from './fixtures.js';
import {$, $$, TestContactRep, freshPage, button, has, lookUp, officialNames, reachDone, root, state, text, widget} from './helpers.js';

/** What a person does: focus the control (a tap or Tab), then activate it. */
function press(control: HTMLElement): void {
  control.focus();
  control.click();
}

/** The element focused inside the widget (null when focus has left it). */
const focused = (el: Element) => root(el).activeElement;

/** A short name of an element for messages (chai cannot print a Lit element). */
const describeEl = (e: Element | null | undefined) =>
  e ? `<${e.localName}${e.id ? ` id="${e.id}"` : ''}> ${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}` : 'nothing';

/** Focus is on `target`, inside the widget. */
function expectFocusOn(el: Element, target: Element | undefined): void {
  expect(describeEl(focused(el))).to.equal(describeEl(target));
  expect(focused(el) === target, 'the same element').to.equal(true);
}

/** Waits for a few renders (an action, its re-render and the focus move after it). */
async function settle(el: TestContactRep): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

describe('<amparo-contact-rep> habits (issue 14)', () => {
  beforeEach(freshPage);
  afterEach(() => state.net?.restore());
  // The next test file may run in this page: leave no draft behind.
  after(() => sessionStorage.clear());

  describe('ZIP codes as people type them', () => {
    for (const typed of ['94110-1234', '94110 1234', ' 94110 ', '941101234']) {
      it(`reads "${typed}" as ZIP code 94110`, async () => {
        const el = await widget();
        await lookUp(el, typed);
        expect(has(el, '#zip-error')).to.equal(false);
        expect(text(el, '#results')).to.equal('Your officials for ZIP code 94110');
        expect(officialNames(el)).to.include('Assemblymember Morgan Example');
      });
    }

    it('reads a ZIP+4 in the zip attribute, and fills the sender ZIP with the 5 digits', async () => {
      const el = await widget('zip="94110-1234"');
      await waitUntil(() => has(el, '.official'), 'looked up', {timeout: 4000});
      expect(text(el, '#results')).to.equal('Your officials for ZIP code 94110');
      press($$(el, '.official')[2]!.querySelector('button')!);
      await settle(el);
      expect($<HTMLInputElement>(el, '#sender-zip')!.value).to.equal('94110');
    });

    for (const zip of ['94142', '90009']) {
      it(`a California PO-box or business ZIP (${zip}) is named as such, with the list to choose from`, async () => {
        const el = await widget();
        await lookUp(el, zip);
        const section = text(el, '[part="officials"]');
        expect(text(el, '[part="officials"] .notice')).to.contain(
          'This ZIP code is for PO boxes or businesses; enter the ZIP code where you live',
        );
        expect(section).to.not.contain('We could not find');
        expect($$(el, '[part="officials"] select').length).to.equal(3);
        await expect(el).to.be.accessible();
      });
    }

    for (const [zip, day] of [
      ['10001', '2026-11-15'],
      ['89501', '2026-11-15'],
      // On the new House map there is no ZIP table: no table may say "unknown" for it.
      ['97201', '2027-01-03'],
    ]) {
      it(`a ZIP outside California (${zip}, ${day}) says this form finds California officials, and offers none`, async () => {
        TestContactRep.day = day!;
        const el = await widget();
        await lookUp(el, zip!);
        expect(text(el, '#zip-error')).to.contain('This form finds California officials');
        expect(text(el, '#zip-error')).to.contain(zip!);
        expect($(el, '#zip')!.getAttribute('aria-invalid')).to.equal('true');
        expect(has(el, '.official')).to.equal(false);
        expect(has(el, '[part="officials"]')).to.equal(false);
        expect(focused(el)?.id).to.equal('zip');
        // Decided from the ZIP alone: no ZIP table is fetched.
        expect(state.net!.requests.length).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('focus stays in the widget, on what replaced the control', () => {
    it('"Choose my districts from a list" moves focus to the first district choice', async () => {
      const el = await widget();
      await lookUp(el, '94110');
      press(button(el, 'Choose my districts from a list'));
      await settle(el);
      expect(document.activeElement === el, 'focus in the widget').to.equal(true);
      expectFocusOn(el, $$(el, '[part="officials"] select')[0]);
    });

    it('"Find my officials" moves focus to the results; choosing a split district keeps it on the choice', async () => {
      const el = await widget();
      const input = $<HTMLInputElement>(el, '#zip')!;
      input.value = '94014';
      input.dispatchEvent(new Event('input'));
      press(button(el, 'Find my officials'));
      await waitUntil(() => focused(el)?.id === 'results', 'focus on the results', {timeout: 4000});
      const radio = $$<HTMLInputElement>(el, 'fieldset input[type="radio"]')[1]!;
      press(radio);
      await settle(el);
      expectFocusOn(el, radio);
      expect(radio.checked).to.equal(true);
    });

    it('a failed lookup focuses "Try again", and "Try again" the results', async () => {
      const el = await widget();
      // The dataset is loaded; now the ZIP tables fail (read on every request).
      const options: Parameters<typeof fakeNetwork>[0] = {fail: /zip-cd/};
      state.net!.restore();
      state.net = fakeNetwork(options);
      const input = $<HTMLInputElement>(el, '#zip')!;
      input.value = '94110';
      input.dispatchEvent(new Event('input'));
      press(button(el, 'Find my officials'));
      await waitUntil(() => has(el, '[role="alert"]'), 'error shown', {timeout: 6000});
      await settle(el);
      expectFocusOn(el, button(el, 'Try again', '[role="alert"]'));
      options.fail = undefined;
      press(button(el, 'Try again', '[role="alert"]'));
      await waitUntil(() => focused(el)?.id === 'results', 'focus on the results', {timeout: 6000});
    });

    it('a contact panel takes focus when opened; "Back to the list" and an outcome return it to the official', async () => {
      const el = await widget('zip="94110"');
      await waitUntil(() => has(el, '.official'));
      press($$(el, '.official')[2]!.querySelector('button')!);
      await settle(el);
      expect(focused(el)?.id).to.equal('contact');
      press(button(el, 'Back to the list'));
      await settle(el);
      expect(focused(el)?.textContent).to.contain('Governor Jordan Demo');
      press(focused(el) as HTMLElement);
      await settle(el);
      press(button(el, 'I left a voicemail'));
      await settle(el);
      expect(focused(el)?.textContent).to.contain('Governor Jordan Demo');
    });

    it('"Finish" and the last target\'s outcome move focus to the thank-you screen, "Start again" to the results', async () => {
      // A reload after contacting both targets: "Finish" is offered.
      const outcomes = {'official-example-senator': {channel: 'call', outcome: 'talked'}, 'official-example-rep': {channel: 'call', outcome: 'busy'}};
      sessionStorage.setItem('amparo-contact-rep:campaign-example', JSON.stringify({v: 1, outcomes}));
      const el = await widget('campaign="campaign-example" zip="94110"');
      await waitUntil(() => has(el, '.official'));
      press(button(el, 'Finish'));
      await settle(el);
      expect(focused(el)?.id).to.equal('done');
      press(button(el, 'Start again'));
      await settle(el);
      expect(focused(el)?.id).to.equal('results');
      // The last target's outcome finishes by itself.
      press(button(el, 'Contact Senator Sam Sample'));
      await settle(el);
      expect(focused(el)?.id).to.equal('contact');
      press(button(el, 'Skip'));
      await settle(el);
      expect(focused(el)?.id).to.equal('contact');
      press(button(el, 'Skip'));
      await waitUntil(() => has(el, '#done'));
      await settle(el);
      expect(focused(el)?.id).to.equal('done');
    });

    it('"I\'m done" moves focus to the thank-you screen; "Clear my information" to the ZIP field', async () => {
      const el = await widget('zip="94110"');
      await waitUntil(() => has(el, '.official'));
      press($$(el, '.official')[2]!.querySelector('button')!);
      await settle(el);
      press(button(el, 'I talked to someone'));
      await settle(el);
      press(button(el, "I'm done"));
      await settle(el);
      expect(focused(el)?.id).to.equal('done');
      press(button(el, 'Clear my information', '[part="done"]'));
      await settle(el);
      expect(focused(el)?.id).to.equal('zip');
    });

    it('"Clear my information" in the contact panel moves focus to the ZIP field', async () => {
      const el = await widget('zip="94110"');
      await waitUntil(() => has(el, '.official'));
      press($$(el, '.official')[2]!.querySelector('button')!);
      await settle(el);
      press(button(el, 'Clear my information', '[part="sender"]'));
      await settle(el);
      expect(focused(el)?.id).to.equal('zip');
    });

    it('"Send" keeps focus: on "Try again" after a failure, on the confirmation after success', async () => {
      const el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
      let status = 500;
      const inner = window.fetch;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).startsWith('https://org.example.org/') ? new Response(null, {status}) : inner(input, init);
      try {
        await reachDone(el);
        press(button(el, 'Send', '[part="done"]'));
        await waitUntil(() => has(el, '[part="done"] [role="alert"]'), 'failure shown', {timeout: 5000});
        await settle(el);
        expectFocusOn(el, button(el, 'Try again', '[part="done"]'));
        status = 204;
        press(button(el, 'Try again', '[part="done"]'));
        await waitUntil(() => text(el, '[part="done"]').includes('Sent. Thank you!'), 'sent', {timeout: 4000});
        await settle(el);
        expect(focused(el)?.textContent).to.contain('Sent. Thank you!');
      } finally {
        window.fetch = inner;
      }
    });
  });

  describe('sends that an endpoint can recognise when repeated', () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

    /**
     * The site's endpoint: `install()` (after mounting a widget, whose fake network refuses other
     * hosts) wraps fetch to record each POST and answer with `answer()`.
     */
    function endpoint(answer: () => 'hang' | number) {
      const posts: {body: string; headers: Record<string, string>}[] = [];
      let inner = window.fetch;
      const install = () => {
        const base = (inner = window.fetch);
        window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
          if (!String(input).startsWith('https://org.example.org/')) return base(input, init);
          posts.push({body: init!.body as string, headers: {...(init!.headers as Record<string, string>)}});
          const a = answer();
          if (a === 'hang') {
            return new Promise<Response>((_, reject) =>
              init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
            );
          }
          return new Response(null, {status: a});
        };
      };
      return {posts, install, ids: () => posts.map((p) => JSON.parse(p.body).submissionId as string), restore: () => (window.fetch = inner)};
    }

    for (const mode of ['500', 'never answers'] as const) {
      it(`an endpoint that ${mode === '500' ? 'answers 500' : 'never answers'}: 3 POSTs with one submissionId, kept for "Try again" and a reload`, async () => {
        let broken = true;
        const net = endpoint(() => (!broken ? 204 : mode === '500' ? 500 : 'hang'));
        try {
          let el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
          net.install();
          await reachDone(el);
          button(el, 'Send', '[part="done"]').click();
          await waitUntil(() => has(el, '[part="done"] [role="alert"]'), 'failure shown', {timeout: 8000});
          expect(net.posts.length).to.equal(3);
          const [id] = net.ids();
          expect(UUID.test(id ?? ''), `a random UUID: ${id}`).to.equal(true);
          expect(net.ids()).to.deep.equal([id, id, id]);
          // A CORS simple request: a text/plain body and no other header.
          for (const p of net.posts) expect(p.headers).to.deep.equal({'Content-Type': 'text/plain;charset=UTF-8'});
          expect(JSON.parse(sessionStorage.getItem('amparo-contact-rep:free')!).submissionId).to.equal(id);
          // "Try again" sends the same report: the same key.
          button(el, 'Try again', '[part="done"]').click();
          await waitUntil(() => net.posts.length === 6 && has(el, '[part="done"] [role="alert"]'), 'failed again', {timeout: 8000});
          expect(net.ids()).to.deep.equal([id, id, id, id, id, id]);
          // A reload (the draft is in sessionStorage): its retry still carries the key.
          net.restore();
          state.net!.restore();
          el.remove();
          broken = false;
          el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
          net.install();
          await waitUntil(() => has(el, '.official'));
          button(el, "I'm done").click();
          await waitUntil(() => has(el, '#done'));
          button(el, 'Send', '[part="done"]').click();
          await waitUntil(() => text(el, '[part="done"]').includes('Sent. Thank you!'), 'sent', {timeout: 4000});
          expect(net.ids()).to.deep.equal([id, id, id, id, id, id, id]);
          expect(sessionStorage.length).to.equal(0);
        } finally {
          net.restore();
        }
      }).timeout(20000);
    }

    it('a 4xx is not retried; the draft stays with "Try again"; the next report has a new key', async () => {
      let status = 422;
      const net = endpoint(() => status);
      try {
        const el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
        net.install();
        await reachDone(el);
        button(el, 'Send', '[part="done"]').click();
        await waitUntil(() => has(el, '[part="done"] [role="alert"]'), 'failure shown', {timeout: 4000});
        expect(net.posts.length).to.equal(1);
        expect(button(el, 'Try again', '[part="done"]') !== null).to.equal(true);
        expect(JSON.parse(sessionStorage.getItem('amparo-contact-rep:free')!).outcomes).to.deep.equal({
          'official-example-governor': {channel: 'call', outcome: 'talked'},
        });
        status = 200;
        button(el, 'Try again', '[part="done"]').click();
        await waitUntil(() => text(el, '[part="done"]').includes('Sent. Thank you!'), 'sent', {timeout: 4000});
        const [first, again] = net.ids();
        expect(again).to.equal(first);
        // "Start again" is a new report: a new key.
        button(el, 'Start again').click();
        await el.updateComplete;
        await reachDone(el);
        button(el, 'Send', '[part="done"]').click();
        await waitUntil(() => net.posts.length === 3 && text(el, '[part="done"]').includes('Sent. Thank you!'), 'sent', {timeout: 4000});
        const next = net.ids()[2];
        expect(UUID.test(next ?? ''), `a random UUID: ${next}`).to.equal(true);
        expect(next).to.not.equal(first);
      } finally {
        net.restore();
      }
    }).timeout(10000);
  });

  describe('touch targets', () => {
    /** The clickable box of a checkbox or radio: the box itself (its label is a larger target too). */
    const size = (e: Element) => {
      const r = e.getBoundingClientRect();
      return {width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10};
    };
    const atLeast24 = (e: Element, what: string) => {
      const s = size(e);
      expect(s.width, `${what} width`).to.be.at.least(24);
      expect(s.height, `${what} height`).to.be.at.least(24);
    };

    for (const fontSize of ['16px', '14px']) {
      it(`district radios, the consent box and the outcome buttons are at least 24 x 24 px (text ${fontSize})`, async () => {
        let el = await widget('zip="94014"');
        el.style.setProperty('--amparo-font-size', fontSize);
        await waitUntil(() => has(el, 'fieldset'));
        const radios = $$(el, 'fieldset input[type="radio"]');
        expect(radios.length).to.equal(4);
        radios.forEach((r, i) => atLeast24(r, `radio ${i}`));
        state.net!.restore();
        el.remove();
        el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
        el.style.setProperty('--amparo-font-size', fontSize);
        await waitUntil(() => has(el, '.official'));
        $$(el, '.official')[2]!.querySelector('button')!.click();
        await el.updateComplete;
        for (const b of $$(el, '[role="group"] button')) atLeast24(b, `button ${b.textContent!.trim()}`);
        button(el, 'I talked to someone').click();
        await el.updateComplete;
        button(el, "I'm done").click();
        await waitUntil(() => has(el, '#done'));
        atLeast24($(el, '[part="done"] input[type="checkbox"]')!, 'consent box');
      });
    }
  });
});
