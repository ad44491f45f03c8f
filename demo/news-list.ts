// Demo page "Aktuelles": the news list with a tag filter, and its compact variant in the sidebar.
import '../src/widgets/feed/kgc-feed.ts';
import '../src/widgets/news-list/news-list.ts';
