// dist/cdn/kgc-project-card.js: <kgc-project-card> and <kgc-feed>.
import '../widgets/feed/kgc-feed.js';
import '../widgets/project-card/project-card.js';
import '../embed/setup.js';
