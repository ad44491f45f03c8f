// The benchmark page: production build of the widgets plus each widget's bench module (bench/*.bench.ts).
// scripts/bench.mjs drives it in Chromium through window.kgcBench.
import { loadFeed } from '../src/feed/loader.js';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
}

type BenchModule = { default: (feed: unknown) => Promise<BenchRow[]> };

const modules = import.meta.glob<BenchModule>('./*.bench.ts');

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function feedParse(url: string, runs = 7): Promise<BenchRow[]> {
  const ours: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const response = await fetch(`${url}?plain=${i}`, { credentials: 'omit' });
    JSON.parse(await response.text());
    plain.push(performance.now() - t);
    t = performance.now();
    await loadFeed(`${url}?run=${i}`);
    ours.push(performance.now() - t);
  }
  return [
    { name: 'feed: fetch + parse + validate (large feed)', value: median(ours), unit: 'ms', baseline: median(plain) },
  ];
}

declare global {
  interface Window {
    kgcBench: {
      names: string[];
      feedParse: typeof feedParse;
      run: (name: string, url: string) => Promise<BenchRow[]>;
      heap: () => Promise<typeof import('./heap.js')>;
      cold: () => Promise<typeof import('./cold.js')>;
    };
  }
}

window.kgcBench = {
  names: Object.keys(modules).map((k) => k.replace(/^\.\/(.*)\.bench\.ts$/, '$1')),
  feedParse,
  heap: () => import('./heap.js'),
  cold: () => import('./cold.js'),
  async run(name, url) {
    const feed = await (await fetch(url)).json();
    const module = await modules[`./${name}.bench.ts`]();
    return module.default(feed);
  },
};
