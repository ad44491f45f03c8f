// dist/cdn/kgc-partner-map.js: <kgc-partner-map> (and <kgc-feed>) on their own. A focused Land's Kreise are
// fetched from geo/kreise/DE-XX.json next to this file and checked against the hashes compiled in here.
import '../widgets/feed/kgc-feed.js';
import '../widgets/partner-map/partner-map.js';
import '../embed/setup.js';
