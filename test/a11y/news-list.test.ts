import { waitUntil } from '@open-wc/testing';
import '../../src/widgets/news-list/news-list.js';
import type { KgcNewsList } from '../../src/widgets/news-list/news-list.js';
import { feedUrl } from '../helpers/server.js';
import { $$, absolute, auditWidget, click, common, shown, widget, type State } from './matrix.js';

const NEWS = 'kgc-news-list';
const news = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'news-feed') =>
  widget<KgcNewsList>(host, NEWS, { src: feedUrl(fixtureName), ...attributes });

async function newsPage(nextUrl: string) {
  const feed = (await (await fetch(feedUrl('news-feed'))).json()) as { news: unknown[] };
  return { version: 1, nextUrl: absolute(nextUrl), news: feed.news.slice(0, 3) };
}

const states: Record<string, State> = {
  ...common(NEWS, {}, 'news-feed'),
  loaded: ({ host }) => news(host, { 'more-href': '/aktuelles' }),
  'tag filter, one chosen': async ({ host }) => {
    const el = await news(host, { filters: '' });
    await click(el, '[part="filter"]:nth-of-type(1)');
    const second = $$(el, '[part="filter"]')[1];
    second.click();
    await el.updateComplete;
    return el;
  },
  'preset tag, nothing matches': ({ host }) => news(host, { tag: 'Gibt es nicht', filters: '' }),
  'next page appended': async ({ host }) => {
    const el = await widget<KgcNewsList>(host, NEWS, { limit: '3' }, { data: await newsPage(feedUrl('news-page2')) });
    await click(el, '[part="more-button"]');
    await waitUntil(() => $$(el, 'article').length > 3, 'the next page is appended', { timeout: 8000 });
    return el;
  },
  'next page failed': async ({ host }) => {
    const el = await widget<KgcNewsList>(
      host,
      NEWS,
      { limit: '3' },
      { data: await newsPage(feedUrl('news-page2', { status: 503 })) },
    );
    await click(el, '[part="more-button"]');
    await shown(el, '.page-error', 'the page error');
    return el;
  },
  'next page loading': async ({ host }) => {
    const el = await widget<KgcNewsList>(
      host,
      NEWS,
      { limit: '3' },
      { data: await newsPage(feedUrl('news-page2', { delay: 60000 })) },
    );
    await click(el, '[part="more-button"]');
    return el;
  },
  compact: ({ host }) => news(host, { variant: 'compact', limit: '3' }),
  'JSON Feed': ({ host }) => news(host, {}, 'news-jsonfeed'),
  'empty feed': ({ host }) => news(host, {}, 'empty'),
  'partial feed': ({ host }) => news(host, {}, 'news-partial'),
};

auditWidget(NEWS, states);
