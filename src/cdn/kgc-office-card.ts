// dist/cdn/kgc-office-card.js: <kgc-office-card> (and <kgc-feed>) on their own.
import '../widgets/feed/kgc-feed.js';
import '../widgets/office-card/office-card.js';
import '../embed/setup.js';
