import { expect } from '@open-wc/testing';
import { readParams, urlPrefix, writeParams } from '../../../src/shared/url-state.js';
import { OWN_NAMES, fromParams, toParams, type UrlState } from '../../../src/widgets/project-list/url-state.js';
import type { SortKey } from '../../../src/widgets/project-list/search.js';

/** The list's state in an address and back, as its UrlStateController writes and reads it. */
const writeUrlState = (search: string, prefix: string, state: UrlState, defaultSort: SortKey) =>
  writeParams(search, prefix, OWN_NAMES, toParams(state, defaultSort));
const readUrlState = (search: string, prefix: string) => fromParams(readParams(search, prefix));

describe('project list address state (pure)', () => {
  it('names parameters kgc-…, or kgc-<name>-… for a named list', () => {
    expect(urlPrefix('')).to.equal('kgc-');
    expect(urlPrefix(null)).to.equal('kgc-');
    expect(urlPrefix('Sachsen Anhalt')).to.equal('kgc-sachsen-anhalt-');
  });

  it('writes search, filters and a non-default sort, leaving defaults and foreign parameters alone', () => {
    const search = writeUrlState(
      '?page=2&kgc-q=alt&kgc-st-q=other',
      'kgc-',
      {
        query: ' Bewegung Straße ',
        selection: { land: ['DE-ST', 'DE-SN'], 'target-group': ['Ältere Menschen'], 'good-practice': ['yes'] },
        sort: 'updated',
      },
      'title',
    );
    const params = new URLSearchParams(search);
    expect(params.get('page')).to.equal('2');
    expect(params.get('kgc-st-q')).to.equal('other');
    expect(params.get('kgc-q')).to.equal('Bewegung Straße');
    expect(params.getAll('kgc-land')).to.deep.equal(['ST', 'SN']);
    expect(params.get('kgc-target-group')).to.equal('Ältere Menschen');
    expect(params.get('kgc-good-practice')).to.equal('1');
    expect(params.get('kgc-sort')).to.equal('updated');
    expect(writeUrlState('?kgc-q=x', 'kgc-', { query: '', selection: {}, sort: 'title' }, 'title')).to.equal('');
  });

  it('reads back what it wrote', () => {
    const state = {
      query: 'Quartier',
      selection: { land: ['DE-ST'], 'target-area': ['Gesund älter werden'], 'good-practice': ['yes'] },
      sort: 'updated' as const,
    };
    const search = writeUrlState('', 'kgc-a-', state, 'title');
    expect(readUrlState(search, 'kgc-a-')).to.deep.equal(state);
    expect(readUrlState(search, 'kgc-')).to.deep.equal({ query: '', selection: {} });
  });

  it('accepts DE-ST and st, and ignores unknown Länder and sorts', () => {
    expect(readUrlState('?kgc-land=st&kgc-land=DE-SN&kgc-land=XX&kgc-sort=random', 'kgc-')).to.deep.equal({
      query: '',
      selection: { land: ['DE-ST', 'DE-SN'] },
    });
  });
});
