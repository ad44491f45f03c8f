import '../../src/index.js';
import { feedUrl } from '../helpers/server.js';
import { auditWidget, settled, shown, type State } from './matrix.js';

const states: Record<string, State> = {
  'loading, two widgets': async ({ host }) => {
    const feed = document.createElement('kgc-feed');
    feed.setAttribute('src', feedUrl('valid', { delay: 60000 }));
    feed.innerHTML = '<kgc-news-list></kgc-news-list><kgc-office-card land="ST"></kgc-office-card>';
    host.append(feed);
    await Promise.all([...feed.children].map((child) => shown(child, '[part="loading"]', 'the loading state')));
    return feed;
  },
  'loaded, two widgets': async ({ host }) => {
    const feed = document.createElement('kgc-feed');
    feed.setAttribute('src', feedUrl('valid'));
    feed.innerHTML = '<kgc-news-list></kgc-news-list><kgc-office-card land="ST"></kgc-office-card>';
    host.append(feed);
    await Promise.all([...feed.children].map(settled));
    return feed;
  },
  'error, two widgets': async ({ host }) => {
    const feed = document.createElement('kgc-feed');
    feed.setAttribute('src', feedUrl('valid', { status: 404 }));
    feed.innerHTML = '<kgc-event-calendar today="2026-06-10"></kgc-event-calendar><kgc-partner-map></kgc-partner-map>';
    host.append(feed);
    await Promise.all([...feed.children].map(settled));
    return feed;
  },
};

auditWidget('kgc-feed', states);
