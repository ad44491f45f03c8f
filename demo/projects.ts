// Demo page of the Praxisdatenbank: the searchable list (state in the address) and one full Steckbrief.
// A project opened in the list is shown in the Steckbrief below instead of leaving the page (kgc-select).
import '../src/widgets/project-list/project-list.ts';
import '../src/widgets/project-card/project-card.ts';
import '../src/embed/setup.ts';
import type { KgcSelectDetail } from '../src/shared/events.ts';
import type { Project } from '../src/feed/schema.ts';

const card = document.querySelector('#steckbrief');
const heading = document.querySelector<HTMLElement>('#portraet');

document.querySelector('kgc-project-list')?.addEventListener('kgc-select', (event) => {
  const { item } = (event as CustomEvent<KgcSelectDetail<Project>>).detail;
  if (!card || !heading) return;
  event.preventDefault();
  card.setAttribute('project-id', item.id);
  heading.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  heading.focus({ preventScroll: true });
});
