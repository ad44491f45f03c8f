// A throwaway WordPress site for the plugin test: Debian's WordPress files (taken out of the .debs with
// `apt-get download`, not installed), SQLite through the SQLite Database Integration plugin (from the npm
// tarball of @wp-playground/cli), PHP's built-in server. Downloads are cached in
// node_modules/.cache/kgc-wordpress, so a second run starts in a few seconds. See docs/cms.md.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const cache = join(root, 'node_modules/.cache/kgc-wordpress');
const SQLITE_CLI = '@wp-playground/cli@3.1.56';

const sh = (cmd: string, args: string[], cwd?: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** True when PHP (with SQLite, mbstring and XML) and apt-get are there. */
export function phpReady(): string | undefined {
  try {
    const modules = sh('php', ['-m']);
    const missing = ['pdo_sqlite', 'mbstring', 'xml'].filter((m) => !new RegExp(`^${m}$`, 'mi').test(modules));
    return missing.length ? `PHP lacks ${missing.join(', ')}` : undefined;
  } catch {
    return 'PHP CLI not found (apt-get install php8.2-cli php8.2-mbstring php8.2-xml php8.2-sqlite3)';
  }
}

/**
 * The WordPress versions the test runs on, with the Debian packages they come from: 6.1 from Debian 12
 * (the system's own apt sources), 6.8 from Debian 13 (fetched with a private apt state, so the system's
 * sources stay untouched). 6.8's editor needs lodash, which Debian links to its libjs-lodash.
 */
export const WORDPRESS_VERSIONS = {
  '6.1': { suite: undefined, packages: ['wordpress', 'wordpress-theme-twentytwentythree', 'libjs-underscore'] },
  '6.8': {
    suite: 'trixie',
    packages: ['wordpress', 'wordpress-theme-twentytwentyfive', 'libjs-underscore', 'libjs-lodash'],
  },
} as const;
export type WordPressVersion = keyof typeof WORDPRESS_VERSIONS;

/** The Debian mirror the system's own suite comes from (deb822 or one-line sources). */
function debianMirror(): string {
  const codename = readFileSync('/etc/os-release', 'utf8').match(/^VERSION_CODENAME=(\S+)$/m)?.[1];
  const dir = '/etc/apt/sources.list.d';
  const sources = ['/etc/apt/sources.list', ...(existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [])]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n\n');
  for (const stanza of sources.split(/\n\s*\n/)) {
    const uri = stanza.match(/^URIs:\s*(\S+)/m)?.[1];
    if (uri && new RegExp(`^Suites:.*\\s${codename}(\\s|$)`, 'm').test(stanza)) return uri;
  }
  return (
    sources.match(new RegExp(`^deb\\s+(?:\\[[^\\]]*\\]\\s+)?(\\S+)\\s+${codename}\\s`, 'm'))?.[1] ??
    'http://deb.debian.org/debian'
  );
}

/** apt-get options for a private apt state in `dir` that knows only `suite` on the system's mirror. */
function privateApt(dir: string, suite: string): string[] {
  mkdirSync(join(dir, 'lists/partial'), { recursive: true });
  mkdirSync(join(dir, 'cache/archives/partial'), { recursive: true });
  writeFileSync(
    join(dir, 'sources.list'),
    `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${debianMirror()} ${suite} main\n`,
  );
  const options = [
    `Dir::Etc::SourceList=${join(dir, 'sources.list')}`,
    'Dir::Etc::SourceParts=/dev/null',
    `Dir::State::Lists=${join(dir, 'lists')}`,
    `Dir::Cache=${join(dir, 'cache')}`,
    'Dir::State::status=/dev/null',
    'Acquire::Languages=none',
  ].flatMap((o) => ['-o', o]);
  sh('apt-get', [...options, 'update'], dir);
  return options;
}

/** A WordPress version's files out of Debian's packages, extracted once into the cache. */
export function wordpressFiles(version: WordPressVersion): string {
  const dir = join(cache, `wordpress-${version}`);
  if (existsSync(join(dir, 'wp-includes/version.php'))) return dir;
  const { suite, packages } = WORDPRESS_VERSIONS[version];
  const work = join(cache, `debs-${version}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'root'), { recursive: true });
  execFileSync('chmod', ['777', work]); // apt's download user writes here
  try {
    const apt = suite ? privateApt(join(work, 'apt'), suite) : [];
    sh('apt-get', [...apt, 'download', ...packages], work);
    for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb'))) sh('dpkg-deb', ['-x', deb, 'root'], work);
    sh('find', [join(work, 'root/usr/share/wordpress'), '-xtype', 'l', '-delete']); // links into packages not fetched
    sh('cp', ['-rL', join(work, 'root/usr/share/wordpress'), dir]);
    rmSync(join(dir, 'wp-config.php'), { force: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

/** The SQLite Database Integration plugin, unzipped once into the cache. */
function sqlitePlugin(): string {
  const dir = join(cache, 'sqlite-database-integration');
  if (existsSync(join(dir, 'db.copy'))) return dir;
  const work = join(cache, 'playground');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const tarball = sh('npm', ['pack', '--silent', SQLITE_CLI], work).trim().split('\n').pop()!;
  sh('tar', ['xzf', tarball], work);
  const zip = sh('find', [work, '-name', 'sqlite-database-integration.zip']).trim().split('\n')[0];
  sh('php', ['-r', `$z = new PharData($argv[1]); $z->extractTo($argv[2]);`, zip, join(work, 'out')]);
  const found = sh('find', [join(work, 'out'), '-name', 'db.copy'])
    .trim()
    .split('\n')[0];
  cpSync(join(found, '..'), dir, { recursive: true });
  rmSync(work, { recursive: true, force: true });
  return dir;
}

const CORE_DEPRECATIONS = [
  /PHP Deprecated: {2}Return type of Requests_[A-Za-z_]+::[a-zA-Z]+\(.*\/wp-includes\/Requests\//,
  /PHP Deprecated: {2}(preg_replace|trim)\(\): Passing null to parameter #\d \(\$\w+\) of type [a-z|]+ is deprecated in \S+\/wp-includes\/(formatting\.php on line 5421|pluggable\.php on line 598)$/,
];

export interface Site {
  url: string;
  dir: string;
  /** Runs PHP with WordPress loaded (as `$user` when given) and returns what it prints. */
  php(code: string, user?: string): string;
  /**
   * The PHP debug log (WP_DEBUG_LOG) without WordPress 6.1's own deprecations under PHP 8.2 (its bundled
   * Requests library, and wp_authenticate() trimming a null password); '' when nothing else was logged.
   */
  debugLog(): string;
  stop(): void;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A fresh site with an admin (`admin`) and an author (`author`, no unfiltered_html), served on a free port. */
export async function startSite(version: WordPressVersion): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'kgc-wordpress-'));
  const site = join(dir, 'site');
  cpSync(wordpressFiles(version), site, { recursive: true });
  const plugins = join(site, 'wp-content/plugins');
  cpSync(sqlitePlugin(), join(plugins, 'sqlite-database-integration'), { recursive: true });
  // WordPress 6.1's wpdb has no allow_unsafe_unquoted_parameters; the driver's __get would die on it.
  const driver = join(plugins, 'sqlite-database-integration/wp-includes/sqlite/class-wp-sqlite-db.php');
  if (existsSync(driver)) {
    writeFileSync(
      driver,
      readFileSync(driver, 'utf8').replace(
        "$this->__get( 'allow_unsafe_unquoted_parameters' );",
        "( property_exists( 'wpdb', 'allow_unsafe_unquoted_parameters' ) ? $this->__get( 'allow_unsafe_unquoted_parameters' ) : $this->allow_unsafe_unquoted_parameters );",
      ),
    );
  }
  writeFileSync(
    join(site, 'wp-content/db.php'),
    readFileSync(join(plugins, 'sqlite-database-integration/db.copy'), 'utf8')
      .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', join(plugins, 'sqlite-database-integration'))
      .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = join(dir, 'debug.log');
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' ); define( 'DB_USER', '' ); define( 'DB_PASSWORD', '' ); define( 'DB_HOST', '' );
define( 'DB_CHARSET', 'utf8' ); define( 'DB_COLLATE', '' );
define( 'DB_DIR', ${JSON.stringify(join(dir, 'db'))} ); define( 'DB_FILE', 'wordpress.sqlite' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) { define( $k, "kgc-test-$k" ); }
$table_prefix = 'wp_';
define( 'WP_DEBUG', true ); define( 'WP_DEBUG_LOG', ${JSON.stringify(log)} ); define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true ); define( 'AUTOMATIC_UPDATER_DISABLED', true ); define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
`,
  );
  mkdirSync(join(dir, 'db'));
  // Offline: WordPress.org is not asked (update checks and the plugin directory get an empty answer),
  // and the author's editor starts without the welcome guide (its animation comes from s.w.org).
  mkdirSync(join(site, 'wp-content/mu-plugins'));
  writeFileSync(
    join(site, 'wp-content/mu-plugins/offline.php'),
    `<?php
add_filter( 'pre_http_request', function ( $pre, $args, $url ) {
\treturn str_starts_with( $url, home_url() ) ? $pre : array( 'headers' => array(), 'body' => '', 'response' => array( 'code' => 503, 'message' => 'offline' ), 'cookies' => array(), 'filename' => null );
}, 10, 3 );
`,
  );
  const php = (code: string, user?: string) => {
    const file = join(dir, `run-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['SERVER_NAME'] = '127.0.0.1'; $_SERVER['REQUEST_URI'] = '/';
${code.includes('WP_INSTALLING') ? "define( 'WP_INSTALLING', true );" : ''}
require ${JSON.stringify(join(site, 'wp-load.php'))};
${user ? `wp_set_current_user( get_user_by( 'login', ${JSON.stringify(user)} )->ID );` : ''}
${code}
`,
    );
    try {
      return sh('php', [file], site);
    } finally {
      rmSync(file);
    }
  };
  php(`/* WP_INSTALLING */
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', '__return_false' );
wp_install( 'KGC-Test', 'admin', 'admin@example.org', false, '', 'admin-password-1' );
update_option( 'siteurl', '${url}' ); update_option( 'home', '${url}' ); update_option( 'show_avatars', 0 );
update_option( 'permalink_structure', '' );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password-1', 'user_email' => 'author@example.org', 'role' => 'author', 'locale' => 'de_DE' ) );
update_user_meta( $author, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
`);
  const server: ChildProcess = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/wp-login.php`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dir: site,
    php,
    debugLog: () =>
      (existsSync(log) ? readFileSync(log, 'utf8') : '')
        .split('\n')
        .filter((line) => line && !CORE_DEPRECATIONS.some((re) => re.test(line)))
        .join('\n'),
    stop() {
      if (server.pid) process.kill(-server.pid);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
