// dist/cdn/kgc-project-list.js: <kgc-project-list> (with <kgc-project-card>, which it renders) and <kgc-feed>.
import '../widgets/feed/kgc-feed.js';
import '../widgets/project-list/project-list.js';
import '../embed/setup.js';
