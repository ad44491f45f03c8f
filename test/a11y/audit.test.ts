/** The axe helper itself: it looks into shadow roots, and its failures name rule and target. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/news-list/news-list.js';
import { feedUrl } from '../helpers/server.js';
import { WCAG21AA, describeViolations, runAxe } from './axe.js';
import { $, widget } from './matrix.js';

const NEWS = 'kgc-news-list';

describe('axe, the audit itself', () => {
  it('sees into the shadow DOM and names rule and target: a widget with a pale token fails', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div lang="de" style="width: 760px; --kgc-color-muted: #b8b8b8"></div>`,
    );
    const el = await widget(host, NEWS, { src: feedUrl('news-feed', { delay: 60000 }) });
    const found = describeViolations(await runAxe(el, WCAG21AA));
    expect(found.length).to.equal(1, found.join('\n'));
    expect(found[0]).to.match(/^color-contrast \(serious\) at \[\["kgc-news-list","\.state"\]\]: /);
  });

  it('finds a button without a name inside a widget', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de" style="width: 760px"></div>`);
    const el = await widget(host, NEWS, { src: feedUrl('news-feed', { status: 500 }) });
    $(el, '[part="retry"]')!.textContent = '';
    const found = describeViolations(await runAxe(el, WCAG21AA));
    expect(found.map((line) => line.split(' ')[0])).to.deep.equal(['button-name']);
  });
});
