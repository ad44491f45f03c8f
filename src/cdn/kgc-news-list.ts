// dist/cdn/kgc-news-list.js: <kgc-news-list> (and <kgc-feed>) on their own, for pages that need only the news.
import '../widgets/feed/kgc-feed.js';
import '../widgets/news-list/news-list.js';
import '../embed/setup.js';
