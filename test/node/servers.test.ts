// The nginx and Apache snippets of docs/publishers.md, taken from the page as they stand (so docs and test
// cannot drift), run with the real servers on the split sample feed; the headers a browser gets are checked
// per kind of file. CI installs nginx-light and apache2 (.ci/run); elsewhere a missing server is skipped.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSplit } from '../../src/cli/split.js';
import { checkFeed } from '../../src/feed/parse.js';
import type { FeedIndex } from '../../src/feed/schema.js';

const root = new URL('../..', import.meta.url).pathname;
const NGINX = '/usr/sbin/nginx';
const APACHE = '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';

const CACHE = {
  index: 'public, max-age=300, stale-while-revalidate=600',
  part: 'public, max-age=31536000, immutable',
  ics: 'public, max-age=3600',
};

/** The code block after `<!-- tested: NAME … -->` in docs/publishers.md. */
function snippet(name: string): string {
  const docs = readFileSync(join(root, 'docs/publishers.md'), 'utf8');
  const match = new RegExp(`<!-- tested: ${name}\\b[^>]*-->\\n\`\`\`${name}\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(docs);
  assert.ok(match, `docs/publishers.md has a code block marked <!-- tested: ${name} -->`);
  assert.ok(match[1].includes('/srv/www'), `the ${name} snippet serves /srv/www`);
  return match[1];
}

/** A folder that the servers' unprivileged workers may read. */
function readable(path: string) {
  chmodSync(path, 0o755);
  return path;
}

const scratch = readable(mkdtempSync(join(tmpdir(), 'kgc-servers-')));
const www = join(scratch, 'www');
let index: FeedIndex;

before(async () => {
  const { feed } = checkFeed(JSON.parse(readFileSync(join(root, 'demo/data/feed.json'), 'utf8')));
  mkdirSync(join(www, 'kgc'), { recursive: true });
  ({ index } = await writeSplit(feed, join(www, 'kgc')));
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** A GET as a browser on another site sends it, with the given extra headers; the body is read and dropped. */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { Origin: 'https://www.example.org', ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Starts a server and waits until it answers (at most 10 s); its output is kept for the failure message. */
async function start(
  command: string,
  args: string[],
  port: number,
): Promise<{ child: ChildProcess; log: () => string }> {
  let output = '';
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ended (${child.exitCode}): ${output}`);
    try {
      await get(port, '/');
      return { child, log: () => output };
    } catch {
      if (Date.now() > deadline) throw new Error(`${command} did not answer within 10 s: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** What every server must send for the split output (and, with `brotli`, Brotli where the browser asks). */
async function checkHeaders(port: number, brotli: boolean) {
  const part = index.parts.find((p) => p.collection === 'events' && p.land === 'DE-ST')!;
  const gzip = { 'Accept-Encoding': 'gzip' };

  const indexReply = await get(port, '/kgc/index.json', gzip);
  assert.equal(indexReply.status, 200);
  assert.equal(indexReply.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(indexReply.headers['access-control-allow-origin'], '*');
  assert.equal(indexReply.headers['cache-control'], CACHE.index);
  assert.equal(indexReply.headers['content-encoding'], 'gzip');
  assert.match(String(indexReply.headers.vary), /Accept-Encoding/i);
  const etag = String(indexReply.headers.etag);
  assert.ok(indexReply.headers.etag, 'the index has an ETag');
  const again = await get(port, '/kgc/index.json', { ...gzip, 'If-None-Match': etag });
  assert.equal(again.status, 304, 'the index revalidates with its ETag');
  assert.equal(again.headers['cache-control'], CACHE.index);

  const partReply = await get(port, `/kgc/${part.url}`, gzip);
  assert.equal(partReply.status, 200);
  assert.equal(partReply.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(partReply.headers['access-control-allow-origin'], '*');
  assert.equal(partReply.headers['cache-control'], CACHE.part);
  assert.equal(partReply.headers['content-encoding'], 'gzip');

  const plain = await get(port, `/kgc/${part.url}`);
  assert.equal(plain.headers['content-encoding'], undefined, 'uncompressed for a client that does not ask');

  const ics = await get(port, `/kgc/${index.calendarUrls!['DE-ST']}`, gzip);
  assert.equal(ics.status, 200);
  assert.equal(ics.headers['content-type'], 'text/calendar; charset=utf-8');
  assert.equal(ics.headers['cache-control'], CACHE.ics);
  assert.equal(ics.headers['content-encoding'], 'gzip');

  const missing = await get(port, '/kgc/events/DE-ST-1999.00000000.json', gzip);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['access-control-allow-origin'], '*', 'CORS also on errors');
  assert.equal(missing.headers['cache-control'], undefined, 'an error is not cached');

  if (brotli) {
    const br = await get(port, `/kgc/${part.url}`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['cache-control'], CACHE.part);
  }
}

/** Skips locally when the server is missing; in CI a missing server fails. */
function available(binary: string, packageName: string, t: { skip: (message: string) => void }): boolean {
  if (existsSync(binary)) return true;
  assert.ok(!process.env.CI, `${binary} is missing: .ci/run installs ${packageName}`);
  t.skip(`${binary} is not installed (apt-get install ${packageName}); CI runs this test`);
  return false;
}

test('nginx: the snippet from docs/publishers.md sends the documented headers', async (t) => {
  if (!available(NGINX, 'nginx-light', t)) return;
  const port = await freePort();
  const dir = readable(mkdtempSync(join(scratch, 'nginx-')));
  const conf = join(dir, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${dir}/${name};`;
  writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      snippet('nginx').replaceAll('/srv/www', www),
      '  }',
      '}',
    ].join('\n'),
  );
  const { child, log } = await start(NGINX, ['-p', dir, '-c', conf, '-e', `${dir}/error.log`], port);
  try {
    await checkHeaders(port, false);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nnginx: ${log()}${readFileSync(`${dir}/error.log`, 'utf8')}`);
  } finally {
    child.kill();
    await once(child, 'exit');
  }
});

test('Apache: the snippet from docs/publishers.md sends the documented headers', async (t) => {
  if (!available(APACHE, 'apache2', t)) return;
  const port = await freePort();
  const dir = readable(mkdtempSync(join(scratch, 'apache-')));
  const conf = join(dir, 'httpd.conf');
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'filter', 'deflate', 'brotli'];
  writeFileSync(
    conf,
    [
      `ServerRoot ${dir}`,
      `Listen 127.0.0.1:${port}`,
      'ServerName 127.0.0.1',
      `PidFile ${dir}/httpd.pid`,
      `ErrorLog ${dir}/error.log`,
      `DefaultRuntimeDir ${dir}`,
      'TypesConfig /dev/null',
      ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
      ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
      `DocumentRoot ${www}`,
      `<Directory "${www}">`,
      '  Require all granted',
      '</Directory>',
      snippet('apache').replaceAll('/srv/www', www),
    ].join('\n'),
  );
  const { child, log } = await start(APACHE, ['-f', conf, '-DFOREGROUND'], port);
  try {
    await checkHeaders(port, true);
  } catch (error) {
    throw new Error(`${(error as Error).message}\nApache: ${log()}${readFileSync(`${dir}/error.log`, 'utf8')}`);
  } finally {
    child.kill();
    await once(child, 'exit');
  }
});
