import { expect } from '@open-wc/testing';
import { checkFeed, describeSkipped } from '../../src/feed/parse.js';

/** Real records are imperfect: seed 002 writes its e-mail as "(at)", postal codes come as "D-10969". */
const project = {
  id: 'p-1',
  title: 'Gesund älter werden in Kreuzberg',
  targetAreas: ['Bewegung', ''],
  settings: ['Quartier'],
  targetGroups: ['Ältere Menschen'],
  region: { land: 'DE-BE', ags: '12345678' },
  provider: { name: 'Gesundheit Berlin-Brandenburg e. V.', address: { postalCode: 'D-10969', locality: 'Berlin' } },
  contact: { name: 'Stefan Bräunling', email: 'braeunling(at)gesundheitbb.de', phone: '030 443190-60' },
  period: { start: '2014-13' },
  url: 'www.gesundheitbb.de',
};

describe('lenient per field', () => {
  it('drops invalid optional fields and list entries, keeps the item, and names each by its JSON path', () => {
    const { feed, issues } = checkFeed({ version: 1, projects: [project] });
    expect(feed.projects).to.have.length(1);
    const kept = feed.projects[0];
    expect(kept.contact).to.deep.equal({ name: 'Stefan Bräunling', phone: '030 443190-60' });
    expect(kept.provider).to.deep.equal({
      name: 'Gesundheit Berlin-Brandenburg e. V.',
      address: { locality: 'Berlin' },
    });
    expect(kept.region).to.deep.equal({ land: 'DE-BE' });
    expect(kept.targetAreas).to.deep.equal(['Bewegung']);
    expect(kept).not.to.have.property('period');
    expect(kept).not.to.have.property('url');
    expect(issues.map((i) => i.dropped).sort()).to.deep.equal([
      'projects[0].contact.email',
      'projects[0].period',
      'projects[0].provider.address.postalCode',
      'projects[0].region.ags',
      'projects[0].targetAreas[1]',
      'projects[0].url',
    ]);
    expect(issues.every((i) => i.item === undefined)).to.equal(true);
    expect(describeSkipped(issues).find((l) => l.includes('contact.email'))).to.match(
      /^kgc-widgets: dropped projects\[0\]\.contact\.email \(item kept\): projects\[0\]\.contact\.email: /,
    );
  });

  it('skips the item when a required field is invalid, also inside an optional object', () => {
    const { feed, issues } = checkFeed({
      version: 1,
      projects: [
        { ...project, region: { land: 'DE-XX' } },
        { ...project, id: 'p-2', provider: { address: { locality: 'Berlin' } } },
      ],
    });
    // A provider without a name cannot stand: the whole provider goes, the project stays.
    expect(feed.projects.map((p) => [p.id, 'provider' in p])).to.deep.equal([['p-2', false]]);
    expect(issues.filter((i) => i.item === 'projects[0]').map((i) => i.path)).to.include('projects[0].region.land');
    expect(issues.some((i) => i.dropped === 'projects[1].provider')).to.equal(true);
  });

  it('keeps an event without its end when the end lies before the start', () => {
    const { feed, issues } = checkFeed({
      version: 1,
      events: [{ id: 'e', title: 'T', start: '2026-06-06', end: '2026-06-05', url: 'keine Adresse' }],
    });
    expect(feed.events).to.deep.equal([{ id: 'e', title: 'T', start: '2026-06-06' }]);
    expect(issues.map((i) => i.dropped)).to.deep.equal(['events[0].url', 'events[0].end']);
  });
});
