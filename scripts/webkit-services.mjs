// WebKit for the browser tests: Debian's MiniBrowser (webkit2gtk) driven through WebKitWebDriver. MiniBrowser
// needs a display, so this starts a private Xvfb (it picks a free display number itself, -displayfd) and a
// WebKitWebDriver on a free port, and stops both when the calling process exits. Several test runs can
// therefore use WebKit side by side.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';

/** Whether this machine has what WebKit tests need (apt-get install -y webkit2gtk-driver xvfb). */
export const webkitAvailable = () => [WEBKIT_DRIVER, MINIBROWSER, XVFB].every((p) => existsSync(p));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const startXvfb = () =>
  new Promise((resolve, reject) => {
    // -displayfd 3: Xvfb writes the display number it chose to fd 3 once it accepts connections.
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });

async function waitForDriver(port, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/** Starts Xvfb and WebKitWebDriver; returns the driver's port. Both stop when this process exits. */
export async function startWebKitServices() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    // The browser inherits this: German, with the clock in Berlin like the other engines.
    env: { ...process.env, DISPLAY: xvfb.display, TZ: 'Europe/Berlin', LANG: 'de_DE.UTF-8', LANGUAGE: 'de_DE:de' },
    stdio: 'ignore',
  });
  process.once('exit', () => {
    driver.kill();
    xvfb.process.kill();
  });
  await waitForDriver(port, driver);
  return { port, display: xvfb.display };
}
