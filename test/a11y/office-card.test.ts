import '../../src/widgets/office-card/office-card.js';
import { feedUrl } from '../helpers/server.js';
import { auditWidget, common, widget, type State } from './matrix.js';

const OFFICE = 'kgc-office-card';
const office = (host: HTMLElement, land: string, fixtureName = 'office-valid') =>
  widget(host, OFFICE, { src: feedUrl(fixtureName), land });

const states: Record<string, State> = {
  ...common(OFFICE, { land: 'ST' }, 'office-valid'),
  'maximal data': ({ host }) => office(host, 'ST'),
  'minimal data': ({ host }) => office(host, 'BE'),
  'no office in the Land': ({ host }) => office(host, 'HB'),
  'no Land given': ({ host }) => office(host, ''),
};

auditWidget(OFFICE, states);
