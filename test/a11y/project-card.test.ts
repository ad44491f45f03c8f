import '../../src/widgets/project-card/project-card.js';
import type { KgcProjectCard } from '../../src/widgets/project-card/project-card.js';
import type { Project } from '../../src/feed/schema.js';
import { feedUrl } from '../helpers/server.js';
import { auditWidget, common, widget, type State } from './matrix.js';

const CARD = 'kgc-project-card';

const MINIMAL_PROJECT: Project = {
  id: 'p-min',
  title: 'Kiezläufer',
  targetAreas: [],
  settings: [],
  targetGroups: [],
  region: { land: 'DE-BE' },
};

async function maximalProject(): Promise<Project> {
  const feed = (await (await fetch(feedUrl('project-feed'))).json()) as { projects: Project[] };
  const full = feed.projects.find((p) => p.goodPractice && p.contact && p.provider?.address) ?? feed.projects[0];
  return { ...full, goodPractice: true, updated: full.updated ?? '2024-05-02', period: { start: '2014-07' } };
}

const states: Record<string, State> = {
  ...common(CARD, { 'project-id': 'p-leipzig-koordinierungsstelle' }, 'project-feed'),
  'loaded from the feed': ({ host }) =>
    widget(host, CARD, { src: feedUrl('project-feed'), 'project-id': 'p-leipzig-koordinierungsstelle' }),
  'loaded from the feed, full': ({ host }) =>
    widget(host, CARD, {
      src: feedUrl('project-feed'),
      'project-id': 'p-leipzig-koordinierungsstelle',
      variant: 'full',
    }),
  'not in the feed': ({ host }) => widget(host, CARD, { src: feedUrl('project-feed'), 'project-id': 'nope' }),
  'teaser, minimal data': ({ host }) => widget<KgcProjectCard>(host, CARD, {}, { project: MINIMAL_PROJECT }),
  'teaser, maximal data, highlighted': async ({ host }) =>
    widget<KgcProjectCard>(host, CARD, { highlight: 'gesund stadt' }, { project: await maximalProject() }),
  'full, minimal data': ({ host }) => widget(host, CARD, { variant: 'full' }, { project: MINIMAL_PROJECT }),
  'full, maximal data': async ({ host }) =>
    widget(host, CARD, { variant: 'full' }, { project: await maximalProject() }),
};

auditWidget(CARD, states);
