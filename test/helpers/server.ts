/** Addresses of the test server's feed endpoint (see test-server.mjs) and its request counter. */
let counter = 0;

/** A key no other test uses, so request counts never mix. */
export function uniqueKey(label = 'k'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function feedUrl(
  fixture: string,
  options: { status?: number; delay?: number; body?: 'notjson' | 'empty'; type?: string; key?: string } = {},
): string {
  const params = new URLSearchParams({ fixture, key: options.key ?? uniqueKey(fixture) });
  if (options.status) params.set('status', String(options.status));
  if (options.delay) params.set('delay', String(options.delay));
  if (options.body) params.set('body', options.body);
  if (options.type) params.set('type', options.type);
  return `/__kgc/feed?${params}`;
}

export async function hits(key: string): Promise<number> {
  const response = await fetch(`/__kgc/hits?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

export async function lastRequestHeaders(key: string): Promise<Record<string, string>> {
  const response = await fetch(`/__kgc/headers?key=${encodeURIComponent(key)}`);
  return (await response.json()) as Record<string, string>;
}

/** Collects console.warn calls while `fn` runs (the spy restores the original afterwards). */
export async function captureWarnings<T>(fn: () => Promise<T> | T): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}
