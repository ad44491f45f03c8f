import { expect } from '@open-wc/testing';
import { loadFeed } from '../../src/feed/loader.js';
import { LAENDER } from '../../src/feed/laender.js';
import { feedUrl } from '../helpers/server.js';

describe('the demo feed (demo/data/feed.json)', () => {
  it('loads with zero issues and is marked as example data', async () => {
    const { feed, issues } = await loadFeed(feedUrl('demo'));
    expect(issues).to.deep.equal([]);
    expect(feed.version).to.equal(1);
    expect(feed.title).to.contain('Beispieldaten');
    expect(feed.calendarUrl).to.equal('https://www.example.org/kalender.ics');
  });

  it('has one Koordinierungsstelle per Land', async () => {
    const { feed } = await loadFeed(feedUrl('demo'));
    expect(feed.offices).to.have.length(16);
    expect(feed.offices.map((o) => o.region.land).sort()).to.deep.equal(LAENDER.map((l) => l.iso).sort());
  });

  it('has enough partners, events, projects and news for a convincing demo', async () => {
    const { feed } = await loadFeed(feedUrl('demo'));
    expect(feed.partners.length).to.be.at.least(40);
    expect(feed.events.length).to.be.at.least(30);
    expect(feed.projects.length).to.be.at.least(20);
    expect(feed.news.length).to.be.at.least(15);
    expect(new Set(feed.partners.map((p) => p.region.land)).size).to.equal(16);
  });

  it('links only to example.org', async () => {
    const { feed } = await loadFeed(feedUrl('demo'));
    const hosts = new Set<string>();
    JSON.stringify(feed, (_key, value: unknown) => {
      if (typeof value === 'string' && /^https?:\/\//.test(value)) hosts.add(new URL(value).host);
      if (typeof value === 'string' && /@/.test(value) && !/\s/.test(value)) hosts.add(value.split('@')[1]);
      return value;
    });
    expect([...hosts].filter((h) => h !== 'www.example.org' && h !== 'example.org')).to.deep.equal([]);
  });
});
