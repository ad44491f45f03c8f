import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { fold, highlight, matchRanges, matchesAll, searchIndex, searchTerms } from '../../src/shared/fold.js';

const matches = (text: string, query: string) => matchesAll(searchIndex(text), searchTerms(query));
const marked = (text: string, query: string) =>
  matchRanges(text, searchTerms(query)).map(([from, to]) => text.slice(from, to));

describe('text folding for search', () => {
  it('folds case, accents and ß', () => {
    expect(fold('Straße ÖKOLOGIE Café')).to.equal('strasse okologie cafe');
    expect(fold('plain ascii')).to.equal('plain ascii');
  });

  it('treats ä = ae = a, ö = oe = o, ü = ue = u and ß = ss in both directions', () => {
    for (const [text, query] of [
      ['Gesund älter werden', 'aelter'],
      ['Gesund älter werden', 'alter'],
      ['Gesund aelter werden', 'älter'],
      ['Präventionskette', 'praevention'],
      ['Hoerstel', 'hörstel'],
      ['Mühlenberg', 'muehlenberg'],
      ['Mühlenberg', 'MUHLENBERG'],
      ['Friedrich-Ebert-Straße', 'strasse'],
      ['Friedrich-Ebert-Strasse', 'straße'],
    ]) {
      expect(matches(text, query), `${text} ~ ${query}`).to.equal(true);
    }
  });

  it('still finds a word starting with e after a vowel ("energie" in "Bioenergie")', () => {
    expect(matches('Bioenergie im Dorf', 'energie')).to.equal(true);
    expect(matches('Israel', 'rael')).to.equal(true);
  });

  it('needs every word of the query, in any order and any field', () => {
    const index = searchIndex(['Bewegte Nachbarschaft', 'Langwasser, Nürnberg'].join('\n'));
    expect(matchesAll(index, searchTerms('nurnberg bewegte'))).to.equal(true);
    expect(matchesAll(index, searchTerms('  nürnberg   Nachbar '))).to.equal(true);
    expect(matchesAll(index, searchTerms('nürnberg kita'))).to.equal(false);
    expect(matchesAll(index, searchTerms(''))).to.equal(true);
  });

  it('keeps fields apart: no match across a line break', () => {
    expect(matchesAll(searchIndex('Kita\nSchule'), searchTerms('kitaschule'))).to.equal(false);
  });

  it('finds the words to highlight in the original spelling', () => {
    expect(marked('Gesund älter werden', 'aelter')).to.deep.equal(['älter']);
    expect(marked('Gesund aelter werden', 'älter')).to.deep.equal(['aelter']);
    expect(marked('Friedrich-Ebert-Straße 19a', 'strasse 19')).to.deep.equal(['Straße', '19']);
    expect(marked('Kita im Quartier, Quartiersarbeit', 'quartier')).to.deep.equal(['Quartier', 'Quartier']);
    expect(marked('Bioenergie', 'energie')).to.deep.equal(['energie']);
    expect(marked('Mueller und Müller', 'muller')).to.deep.equal(['Mueller', 'Müller']);
    expect(marked('nothing here', 'xyz')).to.deep.equal([]);
  });

  it('merges overlapping matches', () => {
    expect(marked('Gesundheitsförderung', 'gesund gesundheit')).to.deep.equal(['Gesundheit']);
  });

  it('highlights as text inside <mark>, never as HTML', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(highlight('<img src=x onerror=alert(1)> Kita', searchTerms('img kita')), host);
    expect(host.querySelector('img')).to.equal(null);
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['img', 'Kita']);
    expect(host.textContent).to.contain('<img src=x onerror=alert(1)> Kita');
  });
});
