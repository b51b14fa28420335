// @web/test-runner commands that the WebKit launcher (classic WebDriver, webdriverio) lacks, used
// through test/helpers/commands.ts: the viewport (set through the window size, corrected by what
// the browser's own frame takes) and holding a key down or letting it go (WebDriver actions).
const WEBDRIVER_KEYS = {Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D'};

export function engineCommands() {
  return {
    name: 'amparo-engine-commands',
    async executeCommand({command, payload, session}) {
      if (command !== 'amparo-set-viewport' && command !== 'amparo-key') return undefined;
      if (session.browser.type !== 'webdriver') throw new Error(`${command} is for the WebKit (webdriver) launcher`);
      const driver = session.browser.driver;
      if (command === 'amparo-key') {
        const key = payload.down ?? payload.up;
        const value = WEBDRIVER_KEYS[key] ?? key;
        await driver.performActions([{type: 'key', id: 'amparo-keyboard', actions: [{type: payload.down ? 'keyDown' : 'keyUp', value}]}]);
        return true;
      }
      const {width, height} = payload;
      const inner = () => driver.execute(() => [globalThis.innerWidth, globalThis.innerHeight]);
      for (let attempt = 0; attempt < 4; attempt++) {
        const [w, h] = await inner();
        if (w === width && h === height) return true;
        const rect = await driver.getWindowRect();
        await driver.setWindowRect(null, null, rect.width + width - w, rect.height + height - h);
      }
      const [w, h] = await inner();
      if (w !== width || h !== height) throw new Error(`WebKit: could not set the viewport to ${width} x ${height} (got ${w} x ${h})`);
      return true;
    },
  };
}
