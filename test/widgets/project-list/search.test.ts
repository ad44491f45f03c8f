import { expect } from '@open-wc/testing';
import { ProjectSearch, narrows, searchText, type FacetKey } from '../../../src/widgets/project-list/search.js';
import { searchTerms } from '../../../src/shared/fold.js';
import type { Project } from '../../../src/feed/schema.js';

const project = (id: string, title: string, extra: Partial<Project> = {}): Project => ({
  id,
  title,
  targetAreas: [],
  settings: [],
  targetGroups: [],
  region: { land: 'DE-ST' },
  ...extra,
});

const projects: Project[] = [
  project('a', 'Ärztliche Beratung im Quartier', {
    region: { land: 'DE-ST', municipality: 'Halle (Saale)' },
    targetAreas: ['Gesund aufwachsen'],
    settings: ['Kita', 'Stadtteil'],
    targetGroups: ['Kinder'],
    goodPractice: true,
    updated: '2020-01-01',
  }),
  project('b', 'Bewegung für Ältere', {
    region: { land: 'DE-SN' },
    targetAreas: ['Gesund älter werden'],
    settings: ['Stadtteil'],
    targetGroups: ['Ältere Menschen'],
    ageGroups: ['66–79 Jahre'],
    activities: ['Spaziergänge an der Straße'],
    updated: '2024-05-01',
  }),
  project('c', 'Clearingstelle Gesundheit', {
    region: { land: 'DE-BE' },
    targetAreas: ['Gesundheit im Quartier', 'Gesund aufwachsen'],
    settings: ['Stadtteil'],
    targetGroups: ['Kinder', 'Familien'],
    summary: 'Beratung für Menschen ohne Krankenversicherung',
    provider: { name: 'Müller-Stiftung' },
  }),
  project('d', 'Aktiv in Sachsen-Anhalt', {
    region: { land: 'DE-ST' },
    targetAreas: ['Gesund älter werden'],
    settings: ['Kommune'],
    targetGroups: ['Ältere Menschen'],
    goodPractice: true,
    updated: '2023-02-02',
  }),
];

/** Ids of the hits in sort order (the whole order computed, or only the first page selected). */
const titles = (s: ProjectSearch, hits: number[], sort: 'title' | 'updated' = 'title') =>
  s.page(hits, sort, hits.length).map((i) => s.projects[i].id);
const count = (s: ProjectSearch, result: { counts: Record<FacetKey, Int32Array> }, facet: FacetKey) =>
  Object.fromEntries(s.values[facet].map((v, i) => [v, result.counts[facet][i]]));

describe('project search (pure)', () => {
  it('sorts by folded title (Ä with A) and by newest update, undated last', () => {
    const s = new ProjectSearch(projects);
    expect(titles(s, s.run('', {}).hits)).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(titles(s, s.run('', {}).hits, 'updated')).to.deep.equal(['b', 'd', 'a', 'c']);
  });

  it('picks the first page the same way before and after the whole order is known', () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      project(`p${i}`, `${['Ä', 'B', 'a', 'Z', 'ö'][i % 5]}rojekt ${(i * 7919) % 300}`, {
        updated: i % 3 ? `2020-01-${String((i % 28) + 1).padStart(2, '0')}` : undefined,
      }),
    );
    for (const sort of ['title', 'updated'] as const) {
      const fresh = new ProjectSearch(many);
      const hits = fresh.run('', {}).hits.filter((i) => i % 2);
      expect(fresh.hasOrder(sort)).to.equal(false);
      const selected = fresh.page(hits, sort, 12);
      expect(fresh.hasOrder(sort)).to.equal(false);
      fresh.order(sort);
      expect(fresh.page(hits, sort, 12)).to.deep.equal(selected);
    }
  });

  it('searches title, summary, provider, place, goals and activities with umlaut folding', () => {
    const s = new ProjectSearch(projects);
    expect(titles(s, s.run('aerztliche', {}).hits)).to.deep.equal(['a']);
    expect(titles(s, s.run('HALLE', {}).hits)).to.deep.equal(['a']);
    expect(titles(s, s.run('mueller', {}).hits)).to.deep.equal(['c']);
    expect(titles(s, s.run('strasse', {}).hits)).to.deep.equal(['b']);
    expect(titles(s, s.run('beratung', {}).hits)).to.deep.equal(['a', 'c']);
    expect(titles(s, s.run('beratung quartier', {}).hits)).to.deep.equal(['a']);
    expect(titles(s, s.run('beratung kita', {}).hits)).to.deep.equal([]);
  });

  it('gives the same hits when typing on as when searching afresh', () => {
    const typed = new ProjectSearch(projects);
    for (const q of ['b', 'be', 'ber', 'bera', 'beratung', 'beratung q']) {
      expect(titles(typed, typed.run(q, {}).hits), q).to.deep.equal(
        titles(new ProjectSearch(projects), new ProjectSearch(projects).run(q, {}).hits),
      );
    }
    expect(titles(typed, typed.run('bewegung', {}).hits)).to.deep.equal(['b']);
  });

  it('knows when a query only narrows the previous one', () => {
    expect(narrows(searchTerms('ber'), searchTerms('bera'))).to.equal(true);
    expect(narrows(searchTerms('ber'), searchTerms('bera kita'))).to.equal(true);
    expect(narrows(searchTerms('bera'), searchTerms('ber'))).to.equal(false);
    expect(narrows(searchTerms('kita ber'), searchTerms('bera'))).to.equal(false);
  });

  it('combines values of one facet with OR and facets with AND', () => {
    const s = new ProjectSearch(projects);
    expect(titles(s, s.run('', { land: ['DE-ST', 'DE-BE'] }).hits)).to.deep.equal(['d', 'a', 'c']);
    expect(titles(s, s.run('', { land: ['DE-ST', 'DE-BE'], 'target-area': ['Gesund aufwachsen'] }).hits)).to.deep.equal(
      ['a', 'c'],
    );
    expect(titles(s, s.run('', { 'good-practice': ['yes'] }).hits)).to.deep.equal(['d', 'a']);
    expect(titles(s, s.run('', { 'age-group': ['66–79 Jahre'] }).hits)).to.deep.equal(['b']);
    expect(titles(s, s.run('', { 'target-group': ['Kinder'], setting: ['Kita'] }).hits)).to.deep.equal(['a']);
    expect(titles(s, s.run('', { setting: ['gibt es nicht'] }).hits)).to.deep.equal([]);
  });

  it('counts each facet value as if it were added (the facet’s own selection does not apply)', () => {
    const s = new ProjectSearch(projects);
    const none = s.run('', {});
    expect(count(s, none, 'land')).to.deep.equal({ 'DE-ST': 2, 'DE-SN': 1, 'DE-BE': 1 });
    expect(count(s, none, 'target-area')).to.deep.equal({
      'Gesund aufwachsen': 2,
      'Gesund älter werden': 2,
      'Gesundheit im Quartier': 1,
    });
    expect(count(s, none, 'good-practice')).to.deep.equal({ yes: 2 });

    const st = s.run('', { land: ['DE-ST'] });
    // Land counts ignore the Land selection; the others follow it.
    expect(count(s, st, 'land')).to.deep.equal({ 'DE-ST': 2, 'DE-SN': 1, 'DE-BE': 1 });
    expect(count(s, st, 'target-area')).to.deep.equal({
      'Gesund aufwachsen': 1,
      'Gesund älter werden': 1,
      'Gesundheit im Quartier': 0,
    });

    const both = s.run('', { land: ['DE-ST'], 'target-area': ['Gesund älter werden'] });
    expect(titles(s, both.hits)).to.deep.equal(['d']);
    expect(count(s, both, 'land')).to.deep.equal({ 'DE-ST': 1, 'DE-SN': 1, 'DE-BE': 0 });
    expect(count(s, both, 'target-area')).to.deep.equal({
      'Gesund aufwachsen': 1,
      'Gesund älter werden': 1,
      'Gesundheit im Quartier': 0,
    });
    expect(count(s, both, 'good-practice')).to.deep.equal({ yes: 1 });

    const searched = s.run('beratung', {});
    expect(count(s, searched, 'land')).to.deep.equal({ 'DE-ST': 1, 'DE-SN': 0, 'DE-BE': 1 });
  });

  it('locks to Länder, a Zielbereich and a Lebenswelt (case-insensitive labels)', () => {
    expect(new ProjectSearch(projects, { land: ['DE-ST'] }).projects.map((p) => p.id)).to.deep.equal(['a', 'd']);
    expect(new ProjectSearch(projects, { land: ['DE-ST', 'DE-SN'] }).values.land).to.deep.equal(['DE-ST', 'DE-SN']);
    expect(new ProjectSearch(projects, { targetArea: ['gesund aufwachsen'] }).projects.map((p) => p.id)).to.deep.equal([
      'a',
      'c',
    ]);
    expect(new ProjectSearch(projects, { setting: ['Kommune', 'Kita'] }).projects.map((p) => p.id)).to.deep.equal([
      'a',
      'd',
    ]);
  });

  it('builds the search index in slices', () => {
    const many = Array.from({ length: 500 }, (_, i) => project(`p${i}`, `Projekt ${i}`));
    const s = new ProjectSearch(many);
    expect(s.prepare(0)).to.equal(false);
    expect(s.prepare()).to.equal(true);
    expect(s.run('projekt 42', {}).hits.length).to.equal(15); // 42, 142, 242, 342, 442 and 420–429
  });

  it('puts every searched field into the index text', () => {
    expect(searchText(projects[2]).split('\n')).to.deep.equal([
      'Clearingstelle Gesundheit',
      'Beratung für Menschen ohne Krankenversicherung',
      'Müller-Stiftung',
    ]);
  });
});
