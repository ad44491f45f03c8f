// <kgc-news-list> with the large feed's 1,000 news: first render of `limit=20` from `.data` (the feed's news
// handed over as `{ version: 1, news }`, so validating them is part of the measured time), to painted
// (updateComplete + two animation frames), beside a plain hand-written DOM rendering of the same 20 items
// (newest first: date, author, linked title, teaser, tags, "weiter") in the same page. A second pair without
// the frames shows the script and DOM work alone. Median of 10 runs after one warm-up.
import '../src/widgets/news-list/news-list.js';
import type { KgcNewsList } from '../src/widgets/news-list/news-list.js';
import type { NewsItem } from '../src/feed/schema.js';

const RUNS = 10;
const LIMIT = 20;

const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The plain rendering: the 20 newest items as a list of articles, built with createElement. */
export function plain(stage: HTMLElement, news: NewsItem[]): void {
  const date = (iso: string) =>
    new Intl.DateTimeFormat('de-DE', {
      timeZone: iso.length === 10 ? 'UTC' : 'Europe/Berlin',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
  const newest = news
    .map((item) => ({ item, time: Date.parse(item.date.length === 10 ? `${item.date}T00:00:00Z` : item.date) }))
    .sort((a, b) => b.time - a.time)
    .slice(0, LIMIT)
    .map((x) => x.item);
  const el = (tag: string, parent: Node, text?: string) => {
    const node = parent.appendChild(document.createElement(tag));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const ul = document.createElement('ul');
  newest.forEach((item, i) => {
    const article = el('article', el('li', ul));
    article.setAttribute('aria-labelledby', `n${i}`);
    const h = el('h2', article);
    h.id = `n${i}`;
    const link = el('a', h, item.title) as HTMLAnchorElement;
    if (item.url) link.href = item.url;
    const meta = el('p', article);
    const time = el('time', meta, date(item.date));
    time.setAttribute('datetime', item.date);
    if (item.author) el('span', meta, item.author);
    if (item.summary) el('p', article, item.summary);
    if (item.tags?.length) {
      const tags = el('ul', article);
      for (const tag of item.tags) el('li', tags, tag);
    }
    if (item.url) {
      const more = el('a', el('p', article), 'weiter') as HTMLAnchorElement;
      more.href = item.url;
      el('span', more, `: ${item.title}`);
    }
  });
  stage.replaceChildren(ul);
}

export default async function bench(
  feed: unknown,
): Promise<Array<{ name: string; value: number; unit: string; baseline?: number }>> {
  const stage = document.getElementById('stage') ?? document.body;
  const news = (feed as { news: NewsItem[] }).news;
  const data = () => ({ version: 1, news });

  const first: number[] = [];
  const firstPlain: number[] = [];
  const script: number[] = [];
  const scriptPlain: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    stage.replaceChildren();
    await painted();
    const el = document.createElement('kgc-news-list') as KgcNewsList;
    el.limit = LIMIT;
    let t = performance.now();
    el.data = data();
    stage.append(el);
    await el.updateComplete;
    const rendered = performance.now() - t;
    await painted();
    if (run) {
      first.push(performance.now() - t);
      script.push(rendered);
    }
    if (el.shadowRoot!.querySelectorAll('article').length !== LIMIT)
      throw new Error('the news list did not render 20 items');

    stage.replaceChildren();
    await painted();
    t = performance.now();
    plain(stage, news);
    const built = performance.now() - t;
    await painted();
    if (run) {
      firstPlain.push(performance.now() - t);
      scriptPlain.push(built);
    }
  }
  stage.replaceChildren();
  return [
    {
      name: 'news-list: first render, limit=20 (1,000 news from .data)',
      value: median(first),
      unit: 'ms',
      baseline: median(firstPlain),
    },
    { name: 'news-list: first render, script only', value: median(script), unit: 'ms', baseline: median(scriptPlain) },
  ];
}
