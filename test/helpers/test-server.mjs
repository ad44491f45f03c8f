// A real HTTP endpoint for feed tests, mounted in web-test-runner's dev server.
//   /__kgc/feed?fixture=NAME   serves test/fixtures/NAME.json (fixture=demo: demo/data/feed.json)
//     &status=500               answer with this status (body: the fixture, as servers often do)
//     &delay=MS                 answer after MS milliseconds (or when the client goes away)
//     &body=notjson|empty       a broken body instead of the fixture: an HTML page, nothing
//     &body=truncated           the first half of the fixture, as a complete response
//     &body=cut                 announces the whole fixture, sends half of it and drops the connection
//     &type=MIME                Content-Type (default application/json)
//     &retryAfter=V             a Retry-After header with V; retryAfter=date:S sends the HTTP date S seconds
//                               from now (and a Date header of now)
//     &hang=1                   never answers (until the client goes away)
//     &trickle=MS               sends the headers at once and the body in ten pieces over MS milliseconds
//     &redirect=301|302|307     redirects to the same address without `redirect` (faults of the key apply there)
//     &cors=refuse              on the second origin: no Access-Control-Allow-Origin (the browser refuses it)
//     &expose=1                 on the second origin: Access-Control-Expose-Headers: Retry-After
//     &maxAge=S                 Cache-Control: max-age=S (default no-store), also on errors, as
//                               `add_header … always` does
//     &key=K                    count this request under K
//   /__kgc/fault?key=K&PARAMS  from now on, requests under K get PARAMS (any of the above, and split=FILE: a
//                              file of test/fixtures/split instead of the one asked for) on top of their own;
//     &until=N                  only the next N requests (redirect hops not counted)
//   /__kgc/fix?key=K           requests under K are served as asked again
//   /__kgc/origins             {"second": "http://127.0.0.1:PORT"}: a second origin (a plain node server) that
//                              serves /__kgc/feed the same way, with Access-Control-Allow-Origin: * unless
//                              cors=refuse
//   /__kgc/dist/PATH           dist/PATH byte for byte (no dev-server transforms)
//   /__kgc/page/NAME[?csp=1]   serves test/pages/NAME.html; csp=1 adds the strict Content-Security-Policy
//                              with Trusted Types that DESIGN.md promises the widgets work under;
//                              csp=json-ld also allows the calendar's structured-data policy (kgc-widgets)
//   /__kgc/hits?key=K          {"count": n, "open": m}: how many /__kgc/feed requests (on either origin) carried
//                              key K, and how many of them are still open (not answered, client still there)
//   /__kgc/headers?key=K       the request headers of the last request under K
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hits = new Map();
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const headers = new Map();
/** Key → requests under it that are still open. */
const open = new Map();
/** Key → { params, remaining }: what /__kgc/fault set. */
const faults = new Map();

/** Resolves after `ms` milliseconds, or as soon as the client goes away (true then). */
const sleep = (ms, req) =>
  new Promise((resolve) => {
    if (req.destroyed) return resolve(true);
    const timer = setTimeout(() => {
      req.off('close', gone);
      resolve(false);
    }, ms);
    const gone = () => {
      clearTimeout(timer);
      resolve(true);
    };
    req.once('close', gone);
  });

/** The request's parameters with the fault of its key on top (and the fault's count taken down). */
function withFault(query) {
  const fault = query.key ? faults.get(query.key) : undefined;
  if (!fault) return query;
  if (!query.redirected) {
    fault.remaining -= 1;
    if (fault.remaining <= 0) faults.delete(query.key);
  }
  return { ...query, ...fault.params };
}

/** A file of a split feed (test/fixtures/split/…): `null` when there is none. */
async function splitBody(file) {
  if (!/^[\w-]+(\/[\w-]+(\.json)?)*$/.test(file)) return undefined;
  return readFile(`${root}test/fixtures/split/${file}`, 'utf8').catch(() => null);
}

/**
 * `/__kgc/split/NS/DIR/FILE`: files of split feeds, under a namespace NS of the test's own (so counts and
 * the browser's cache never mix); faults and hits are keyed `NS/DIR/FILE`.
 */
function splitQuery(path, query) {
  const [ns, ...rest] = path.slice('/__kgc/split/'.length).split('/');
  return { ...query, key: `${ns}/${rest.join('/')}`, split: rest.join('/') };
}

async function fixtureBody(name) {
  if (!/^[\w-]+$/.test(name)) return undefined;
  return readFile(name === 'demo' ? `${root}demo/data/feed.json` : `${root}test/fixtures/${name}.json`, 'utf8');
}

/** Serves /__kgc/feed on plain node request/response objects (both origins use it). */
async function serveFeed(req, res, query, { cors }) {
  if (query.key) {
    hits.set(query.key, (hits.get(query.key) ?? 0) + 1);
    headers.set(query.key, { ...req.headers, method: req.method });
    open.set(query.key, (open.get(query.key) ?? 0) + 1);
    res.once('close', () => open.set(query.key, open.get(query.key) - 1));
  }
  const q = withFault(query);
  if (cors && q.cors !== 'refuse') res.setHeader('Access-Control-Allow-Origin', '*');
  if (cors && q.expose) res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Cache-Control', q.maxAge ? `public, max-age=${Number(q.maxAge)}` : 'no-store');
  if (q.redirect && !q.redirected) {
    const target = new URLSearchParams({ ...query, redirected: '1' });
    target.delete('redirect');
    res.writeHead(Number(q.redirect), { Location: `/__kgc/feed?${target}` });
    res.end();
    return;
  }
  if (q.hang) {
    await sleep(2 ** 31 - 1, req);
    return;
  }
  if (q.delay && (await sleep(Number(q.delay), req))) return;
  const fixture = q.split ? await splitBody(q.split) : await fixtureBody(String(q.fixture ?? 'valid'));
  if (fixture === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  if (fixture === undefined) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad fixture name');
    return;
  }
  const body =
    q.body === 'notjson'
      ? '<!doctype html><title>Not found</title>'
      : q.body === 'empty'
        ? ''
        : q.body === 'truncated'
          ? fixture.slice(0, Math.floor(fixture.length / 2))
          : fixture;
  const bytes = Buffer.from(body);
  res.statusCode = Number(q.status ?? 200);
  res.setHeader('Content-Type', String(q.type ?? 'application/json'));
  res.setHeader('Content-Length', bytes.length);
  if (q.retryAfter) {
    const date = /^date:(\d+)$/.exec(q.retryAfter);
    const now = Math.floor(Date.now() / 1000) * 1000;
    if (date) res.setHeader('Date', new Date(now).toUTCString());
    res.setHeader('Retry-After', date ? new Date(now + Number(date[1]) * 1000).toUTCString() : q.retryAfter);
  }
  if (q.body === 'cut') {
    res.flushHeaders();
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    await sleep(50, req);
    res.destroy();
    return;
  }
  if (q.trickle) {
    res.flushHeaders();
    const pieces = 10;
    const size = Math.ceil(bytes.length / pieces);
    for (let i = 0; i < pieces; i++) {
      if (await sleep(Number(q.trickle) / pieces, req)) return;
      res.write(bytes.subarray(i * size, (i + 1) * size));
    }
  }
  res.end(q.trickle ? undefined : bytes);
}

/** The second origin: a plain node server on 127.0.0.1 that serves only /__kgc/feed. */
let second;
function secondOrigin() {
  second ??= new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      const split = url.pathname.startsWith('/__kgc/split/');
      if (url.pathname !== '/__kgc/feed' && !split) {
        res.writeHead(404).end();
        return;
      }
      const query = Object.fromEntries(url.searchParams);
      serveFeed(req, res, split ? splitQuery(url.pathname, query) : query, { cors: true }).catch((error) => {
        res.destroy(error);
      });
    });
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${server.address().port}`);
    });
  });
  return second;
}

export function testServer() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__kgc/')) return next();
    const q = ctx.query;
    if (ctx.path === '/__kgc/hits') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: hits.get(q.key) ?? 0, open: open.get(q.key) ?? 0 });
      return;
    }
    if (ctx.path === '/__kgc/headers') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(headers.get(q.key) ?? null);
      return;
    }
    if (ctx.path === '/__kgc/fault' || ctx.path === '/__kgc/fix') {
      if (!q.key) ctx.throw(400, 'key missing');
      const { key, until, ...params } = q;
      if (ctx.path === '/__kgc/fix') faults.delete(key);
      else faults.set(key, { params, remaining: until ? Number(until) : Infinity });
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ok: true });
      return;
    }
    if (ctx.path === '/__kgc/origins') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ second: await secondOrigin() });
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
    const split = ctx.path.startsWith('/__kgc/split/');
    if (ctx.path !== '/__kgc/feed' && !split) return next();
    // Written on the raw response: trickling, hanging and cut bodies need the socket itself.
    ctx.respond = false;
    await serveFeed(ctx.req, ctx.res, split ? splitQuery(ctx.path, q) : q, { cors: false });
  };
}
