// web-test-runner command "kgc-forced-colors": turns the emulation of `forced-colors: active` (a Windows
// contrast theme) on or off for the test's page. Only Chromium can emulate it (the DevTools protocol's
// Emulation.setEmulatedMedia); elsewhere the command answers false and changes nothing, and the tests
// check `matchMedia` to know which mode they audit.
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'kgc-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'kgc-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        try {
          client = await page.createCDPSession();
        } catch {
          return false; // Firefox over WebDriver BiDi: no DevTools protocol
        }
        sessions.set(page, client);
      }
      const value = payload?.active ? 'active' : 'none';
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
