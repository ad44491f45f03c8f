// A real HTTP endpoint for feed tests, mounted in web-test-runner's dev server.
//   /__kgc/feed?fixture=NAME   serves test/fixtures/NAME.json (fixture=demo: demo/data/feed.json)
//     &status=500               answer with this status (body: the fixture, as servers often do)
//     &delay=MS                 answer after MS milliseconds (or when the client goes away)
//     &body=notjson|empty       a broken body instead of the fixture
//     &type=MIME                Content-Type (default application/json)
//     &key=K                    count this request under K
//   /__kgc/dist/PATH           dist/PATH byte for byte (no dev-server transforms)
//   /__kgc/page/NAME[?csp=1]   serves test/pages/NAME.html; csp=1 adds the strict Content-Security-Policy
//                              with Trusted Types that DESIGN.md promises the widgets work under;
//                              csp=json-ld also allows the calendar's structured-data policy (kgc-widgets)
//   /__kgc/hits?key=K          {"count": n}: how many /__kgc/feed requests carried key K
//   /__kgc/headers?key=K       the request headers of the last request under K
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hits = new Map();
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const headers = new Map();

const sleep = (ms, req) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function testServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__kgc/')) return next();
    const q = ctx.query;
    if (ctx.path === '/__kgc/hits') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: hits.get(q.key) ?? 0 });
      return;
    }
    if (ctx.path === '/__kgc/headers') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(headers.get(q.key) ?? null);
      return;
    }
    if (ctx.path.startsWith('/__kgc/dist/')) {
      // The built files byte for byte (the dev server would transform /dist/*.js on its way out).
      const file = ctx.path.slice('/__kgc/dist/'.length);
      if (file.split('/').some((part) => part === '..' || part === '')) ctx.throw(400, 'bad path');
      ctx.type = file.split('.').pop();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await readFile(`${root}dist/${file}`);
      return;
    }
    if (ctx.path.startsWith('/__kgc/page/')) {
      const name = ctx.path.slice('/__kgc/page/'.length);
      if (!/^[\w-]+$/.test(name)) ctx.throw(400, 'bad page name');
      if (q.csp) ctx.set('Content-Security-Policy', q.csp === 'json-ld' ? `${STRICT_CSP} kgc-widgets` : STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body = await readFile(`${root}test/pages/${name}.html`, 'utf8');
      return;
    }
    if (ctx.path !== '/__kgc/feed') return next();
    if (q.key) {
      hits.set(q.key, (hits.get(q.key) ?? 0) + 1);
      headers.set(q.key, { ...ctx.request.headers, method: ctx.method });
    }
    if (q.delay) await sleep(Number(q.delay), ctx.req);
    const name = String(q.fixture ?? 'valid');
    if (!/^[\w-]+$/.test(name)) ctx.throw(400, 'bad fixture name');
    const file = name === 'demo' ? `${root}demo/data/feed.json` : `${root}test/fixtures/${name}.json`;
    ctx.status = Number(q.status ?? 200);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = String(q.type ?? 'application/json');
    ctx.body =
      q.body === 'notjson' ? '<!doctype html><title>Not found</title>' : q.body === 'empty' ? '' : await readFile(file, 'utf8');
  };
}
