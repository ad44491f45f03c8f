// `--kgc-*` tokens in the iframe embed's address: colours and lengths only, the rest refused with a warning.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { applyTokens, isTokenValue } from '../../src/embed/tokens.js';
import { captureWarnings, feedUrl } from '../helpers/server.js';

describe('embed tokens', () => {
  it('accepts colours and lengths', () => {
    for (const value of ['#004b87', '#FFF', '#00000080', 'rebeccapurple', 'rgb(0 75 135)', 'hsl(210, 100%, 26%)'])
      expect(isTokenValue(value), value).to.equal(true);
    for (const value of ['1.125em', '16px', '0', '-0.5rem', '100%', '.75em'])
      expect(isTokenValue(value), value).to.equal(true);
  });

  it('refuses anything else: url(), var(), declarations, expressions, words that are no colour', () => {
    for (const value of [
      'url(https://tracker.example/x.png)',
      'var(--x)',
      'red; background: url(x)',
      'calc(1em + 1px)',
      'expression(alert(1))',
      'notacolour',
      '1.6',
      '',
      '</style><script>alert(1)</script>',
    ])
      expect(isTokenValue(value), value).to.equal(false);
  });

  it('sets valid tokens on the element and warns once for each refused parameter', async () => {
    const el = document.createElement('div');
    const params = new URLSearchParams({
      widget: 'news-list',
      '--kgc-color-primary': '#004b87',
      '--kgc-font-size': ' 20px ',
      '--kgc-color-text': 'url(x)',
      '--other': 'red',
      '--kgc-Bad-Name': 'red',
    });
    const { warnings } = await captureWarnings(() => applyTokens(params, el));
    expect(el.style.getPropertyValue('--kgc-color-primary')).to.equal('#004b87');
    expect(el.style.getPropertyValue('--kgc-font-size')).to.equal('20px');
    expect(el.style.getPropertyValue('--kgc-color-text')).to.equal('');
    expect(el.style.length).to.equal(2);
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n'))
      .to.contain('--kgc-color-text="url(x)"')
      .and.contain('--other')
      .and.contain('--kgc-Bad-Name');
  });

  it('the built embed page applies them to its widget', async () => {
    const query = new URLSearchParams({
      widget: 'news-list',
      src: feedUrl('demo'),
      '--kgc-color-primary': '#00613a',
      '--kgc-font-size': '20px',
      '--kgc-color-text': 'var(--evil)',
    });
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Aktuelles" style="width:600px" src=${`/__kgc/dist/embed.html?${query}`}></iframe>`,
    );
    const widget = () => frame.contentDocument?.querySelector('kgc-news-list');
    await waitUntil(() => widget()?.shadowRoot?.querySelector('[part="base"]'), 'the widget renders', {
      timeout: 10000,
    });
    const el = widget()!;
    const style = getComputedStyle(el);
    expect(style.getPropertyValue('--kgc-color-primary').trim()).to.equal('#00613a');
    expect(style.getPropertyValue('--kgc-color-text').trim()).to.equal('');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).fontSize).to.equal('20px');
  });
});
