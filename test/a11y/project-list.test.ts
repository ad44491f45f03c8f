import '../../src/widgets/project-list/project-list.js';
import { feedUrl } from '../helpers/server.js';
import { $, auditWidget, click, common, type, widget, type State } from './matrix.js';

const LIST = 'kgc-project-list';
const list = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'project-feed') =>
  widget(host, LIST, { src: feedUrl(fixtureName), ...attributes });

const states: Record<string, State> = {
  ...common(LIST, {}, 'project-feed'),
  loaded: ({ host }) => list(host),
  'empty feed': ({ host }) => list(host, {}, 'empty'),
  'partial feed': ({ host }) => list(host, {}, 'project-partial'),
  'search typed': async ({ host }) => {
    const el = await list(host);
    await type(el, '[part="search-input"]', 'gesund quartier');
    return el;
  },
  'filtered to zero results': async ({ host }) => {
    const el = await list(host);
    await type(el, '[part="search-input"]', 'xylophon');
    return el;
  },
  'filters open': async ({ host }) => {
    const el = await list(host);
    await click(el, '[part="filter-toggle"]');
    return el;
  },
  'filters applied': async ({ host }) => {
    const el = await list(host);
    await click(el, '[part="filter-toggle"]');
    await click(el, '[part="facet"] input[type="checkbox"]');
    return el;
  },
  'long facet expanded and searched': async ({ host }) => {
    const el = await list(host);
    await click(el, '[part="filter-toggle"]');
    const toggle = $(el, '[part="facet"] button[aria-expanded]');
    if (toggle) {
      toggle.click();
      await type(el, '.facet-filter', 'ge');
    }
    return el;
  },
  'more projects shown': async ({ host }) => {
    const el = await list(host, { 'page-size': '5' });
    await click(el, '[part="more-button"]');
    return el;
  },
  'sorted by date, url-state': async ({ host }) => {
    const el = await list(host, { 'url-state': 'a11y', sort: 'updated' });
    return el;
  },
  'no facets': ({ host }) => list(host, { facets: '' }),
};

auditWidget(LIST, states);
