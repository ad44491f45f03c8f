// web-test-runner command "kgc-chord": press a key while holding modifiers (Shift+Tab, Control+Home) in every
// engine. The stock send-keys command has no down/up for WebDriver (WebKit); this one maps the chord to what
// each launcher has: puppeteer's keyboard.down/press/up, and one WebDriver key action for WebKit.
export function chordPlugin() {
  return {
    name: 'kgc-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kgc-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || !keys.length || !keys.every((k) => typeof k === 'string')) {
        throw new Error('kgc-chord needs { keys: ["Shift", "Tab"] }');
      }
      const modifiers = keys.slice(0, -1);
      const key = keys.at(-1);
      if (session.browser.type === 'puppeteer' || session.browser.type === 'playwright') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const m of modifiers) await keyboard.down(m);
        await keyboard.press(key);
        for (const m of modifiers.reverse()) await keyboard.up(m);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        // WebdriverIO's keys(): presses all keys in order, then releases them.
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      throw new Error(`kgc-chord: no support for ${session.browser.type}`);
    },
  };
}
