/**
 * The test-runner commands the tests use (viewport, media, keys, mouse), the same in the three
 * engines: Chromium and Firefox are driven through puppeteer (CDP, WebDriver BiDi), WebKit through
 * classic WebDriver, where @web/test-runner-commands lacks some commands. Those go to our server
 * plugin (scripts/wtr-engines.mjs) instead.
 */
import {
  emulateMedia as emulate,
  executeServerCommand,
  sendKeys as keys,
  sendMouse,
  setViewport as viewport,
} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';
const ua = navigator.userAgent;
export const engine: Engine = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : 'webkit';

/**
 * Print media can be emulated only over CDP, so only in Chromium: neither WebDriver BiDi (Firefox)
 * nor classic WebDriver (WebKit) has a command for it. The print tests say so and skip elsewhere;
 * what they check (the print style sheet) is the same CSS in every engine.
 */
export const canEmulatePrint = engine === 'chromium';
export const PRINT_SKIP_REASON = `${engine} cannot be switched to print media by its driver (only CDP can)`;

/**
 * WebKit: the viewport is the MiniBrowser window's, resized over WebDriver (scripts/wtr-engines.mjs).
 * Its GTK toolbar kept that window at least 447 px wide; scripts/wtr.mjs gives MiniBrowser a GTK style
 * sheet that shrinks its own toolbar, so the window and the page's real viewport go down to 320 px.
 * Chosen over a 320 px iframe: the widgets then run in the test page itself, in the same realm (one
 * custom-element registry, one locale module, shared constructed style sheets), and media queries,
 * innerWidth and overflow are the engine's own, as on a narrow phone.
 */
export async function setViewport(size: {width: number; height: number}): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('amparo-set-viewport', size);
  else await viewport(size);
}

/** Print or screen media; on engines without print emulation, going back to screen is a no-op. */
export async function emulateMedia(media: {media: 'print' | 'screen'}): Promise<void> {
  if (canEmulatePrint) await emulate(media);
  else if (media.media === 'print') throw new Error(PRINT_SKIP_REASON);
}

type Keys = {press: string} | {type: string} | {down: string} | {up: string};
/** Keys by their KeyboardEvent.key names (`Space` is sent as ' ', which every driver knows). */
export async function sendKeys(payload: Keys): Promise<void> {
  const fixed = 'press' in payload && payload.press === 'Space' ? {press: ' '} : payload;
  if (engine === 'webkit' && ('down' in fixed || 'up' in fixed)) await executeServerCommand('amparo-key', fixed);
  else if (engine === 'webkit' && 'type' in fixed) {
    // WebKitWebDriver drops a key repeated in one typed string ("95999" arrives as "959"): a
    // driver artefact (the ZIP field is uncontrolled: the finder never re-sets its value while
    // typing). Each character goes as its own key press.
    for (const ch of fixed.type) await keys({press: ch});
  } else await keys(fixed);
}

export {sendMouse};
