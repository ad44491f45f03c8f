import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/event-calendar/event-calendar.js';
import type { KgcEventCalendar } from '../../../src/widgets/event-calendar/event-calendar.js';

const feed = {
  version: 1,
  events: [
    {
      id: 'mit-url',
      title: 'Fachforum </script><script>window.__kgcLd = 1</script>',
      start: '2026-12-03T10:00:00+01:00',
      end: '2026-12-03T15:00:00+01:00',
      url: 'https://www.example.org/termine/fachforum',
      organizer: 'Koordinierungsstelle',
      location: { name: 'Rathaus', address: { street: 'Markt 1', postalCode: '39104', locality: 'Magdeburg' } },
      status: 'cancelled',
    },
    {
      id: 'online',
      title: 'Online-Seminar',
      start: '2026-12-08',
      url: 'https://www.example.org/termine/online',
      location: { online: true },
    },
    { id: 'ohne-url', title: 'Ohne eigene Seite', start: '2026-12-10' },
    { id: 'unsicher', title: 'Unsicherer Link', start: '2026-12-11', url: 'javascript:alert(1)' },
  ],
};

const jsonLd = (el: Element) => el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');

describe('kgc-event-calendar structured data', () => {
  it('writes schema.org Event JSON-LD into the light DOM for events with their own url', async () => {
    const el = await fixture<KgcEventCalendar>(
      html`<kgc-event-calendar structured-data month="2026-12" .data=${feed}></kgc-event-calendar>`,
    );
    await waitUntil(() => jsonLd(el), 'JSON-LD written');
    const data = JSON.parse(jsonLd(el)!.textContent!) as Record<string, unknown>[];
    expect(data.map((d) => d.url)).to.deep.equal([
      'https://www.example.org/termine/fachforum',
      'https://www.example.org/termine/online',
    ]);
    expect(data[0]['@type']).to.equal('Event');
    expect(data[0]['@context']).to.equal('https://schema.org');
    expect(data[0].startDate).to.equal('2026-12-03T10:00:00+01:00');
    expect(data[0].eventStatus).to.equal('https://schema.org/EventCancelled');
    expect((data[0].location as { address: { addressLocality: string } }).address.addressLocality).to.equal(
      'Magdeburg',
    );
    expect(data[1].eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(data[0].name).to.contain('</script>');
    expect(jsonLd(el)!.textContent).not.to.contain('</script>');
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect((window as { __kgcLd?: number }).__kgcLd).to.equal(undefined);
  });

  it('writes nothing without the attribute, and removes it when the attribute goes', async () => {
    const plain = await fixture<KgcEventCalendar>(
      html`<kgc-event-calendar month="2026-12" .data=${feed}></kgc-event-calendar>`,
    );
    await plain.updateComplete;
    expect(jsonLd(plain)).to.equal(null);
    const el = await fixture<KgcEventCalendar>(
      html`<kgc-event-calendar structured-data month="2026-12" .data=${feed}></kgc-event-calendar>`,
    );
    await waitUntil(() => jsonLd(el));
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLd(el)).to.equal(null);
  });
});
