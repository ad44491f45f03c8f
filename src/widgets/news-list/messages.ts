/** Texts of `<kgc-news-list>`: German first, English complete (same shape). */
const de = {
  listLabel: 'Meldungen',
  tags: 'Schlagwörter',
  filterBy: 'Nach Schlagwort filtern',
  all: 'Alle',
  readMore: 'weiter',
  moreNews: 'Weitere Meldungen',
  loadingMore: 'Weitere Meldungen werden geladen …',
  allNews: 'Alle Meldungen',
  pageError: 'Weitere Meldungen konnten nicht geladen werden.',
  noMore: 'Keine weiteren Meldungen zu dieser Auswahl.',
  count: (n: number, filtered: boolean) =>
    `${n === 1 ? '1 Meldung' : `${n} Meldungen`}${filtered ? ' mit den gewählten Schlagwörtern' : ''}`,
};

export const messages: { de: typeof de; en: typeof de } = {
  de,
  en: {
    listLabel: 'News',
    tags: 'Tags',
    filterBy: 'Filter by tag',
    all: 'All',
    readMore: 'read more',
    moreNews: 'More news',
    loadingMore: 'Loading more news …',
    allNews: 'All news',
    pageError: 'More news could not be loaded.',
    noMore: 'No more news for this selection.',
    count: (n, filtered) =>
      `${n === 1 ? '1 news item' : `${n} news items`}${filtered ? ' with the selected tags' : ''}`,
  },
};
