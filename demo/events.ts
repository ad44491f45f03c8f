// Demo page of the Veranstaltungskalender: the calendar with filters and URL state, and a list in the sidebar.
import '../src/widgets/event-calendar/event-calendar.ts';
import '../src/embed/setup.ts';
