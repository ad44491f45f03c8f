// dist/cdn/kgc-event-calendar.js: <kgc-event-calendar> (and <kgc-feed>) on their own, for pages that need only the calendar.
import '../widgets/feed/kgc-feed.js';
import '../widgets/event-calendar/event-calendar.js';
import '../embed/setup.js';
