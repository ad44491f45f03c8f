// Varied German prose for the large benchmark feed: Projektsteckbrief paragraphs, goals, activities,
// funding notes, event and news texts, built from a seeded PRNG (no dependencies).
// The vocabulary is large on purpose: about 90 × 45 compound nouns, 50 adjectives, 40 verbs, 40 target
// groups and 30 sentence shapes, with numbers, years and places, so that the text does not compress
// better than real prose (scripts/generate-large-feed.mjs prints both gzip ratios).

const PREFIXES = [
  'Gesundheits',
  'Bewegungs',
  'Präventions',
  'Quartiers',
  'Stadtteil',
  'Familien',
  'Eltern',
  'Kinder',
  'Jugend',
  'Senioren',
  'Nachbarschafts',
  'Ernährungs',
  'Beratungs',
  'Bildungs',
  'Netzwerk',
  'Kooperations',
  'Sozialraum',
  'Lebenswelt',
  'Teilhabe',
  'Begegnungs',
  'Freizeit',
  'Sport',
  'Kita',
  'Schul',
  'Wohnumfeld',
  'Pflege',
  'Versorgungs',
  'Integrations',
  'Sprach',
  'Kultur',
  'Umwelt',
  'Klima',
  'Hitze',
  'Garten',
  'Koch',
  'Spiel',
  'Lern',
  'Arbeits',
  'Qualifizierungs',
  'Beteiligungs',
  'Steuerungs',
  'Planungs',
  'Fach',
  'Landes',
  'Kreis',
  'Gemeinde',
  'Bürger',
  'Ehrenamts',
  'Selbsthilfe',
  'Sucht',
  'Medien',
  'Resilienz',
  'Achtsamkeits',
  'Entspannungs',
  'Zahn',
  'Impf',
  'Lotsen',
  'Hebammen',
  'Mütter',
  'Väter',
  'Großeltern',
  'Generationen',
  'Inklusions',
  'Frühförder',
  'Übergangs',
  'Ausbildungs',
  'Berufs',
  'Mobilitäts',
  'Verkehrs',
  'Lärmschutz',
  'Grünflächen',
  'Trinkwasser',
  'Schlaf',
  'Rücken',
  'Herz',
  'Diabetes',
  'Demenz',
  'Trauer',
  'Krisen',
  'Kinderschutz',
  'Wohnungslosen',
  'Flüchtlings',
  'Migrations',
  'Stadtentwicklungs',
  'Daten',
  'Evaluations',
  'Qualitäts',
  'Transfer',
  'Bolzplatz',
  'Mittagstisch',
  'Fahrrad',
];
// [singular, plural, gender]
const HEADS = [
  ['förderung', 'förderungen', 'f'],
  ['beratung', 'beratungen', 'f'],
  ['strategie', 'strategien', 'f'],
  ['kompetenz', 'kompetenzen', 'f'],
  ['gruppe', 'gruppen', 'f'],
  ['werkstatt', 'werkstätten', 'f'],
  ['konferenz', 'konferenzen', 'f'],
  ['runde', 'runden', 'f'],
  ['stelle', 'stellen', 'f'],
  ['initiative', 'initiativen', 'f'],
  ['kette', 'ketten', 'f'],
  ['arbeit', 'arbeiten', 'f'],
  ['planung', 'planungen', 'f'],
  ['analyse', 'analysen', 'f'],
  ['woche', 'wochen', 'f'],
  ['sprechstunde', 'sprechstunden', 'f'],
  ['begleitung', 'begleitungen', 'f'],
  ['kampagne', 'kampagnen', 'f'],
  ['koordination', 'koordinationen', 'f'],
  ['partnerschaft', 'partnerschaften', 'f'],
  ['struktur', 'strukturen', 'f'],
  ['versorgung', 'versorgungen', 'f'],
  ['schulung', 'schulungen', 'f'],
  ['befragung', 'befragungen', 'f'],
  ['angebot', 'angebote', 'n'],
  ['netzwerk', 'netzwerke', 'n'],
  ['konzept', 'konzepte', 'n'],
  ['projekt', 'projekte', 'n'],
  ['zentrum', 'zentren', 'n'],
  ['programm', 'programme', 'n'],
  ['bündnis', 'bündnisse', 'n'],
  ['forum', 'foren', 'n'],
  ['café', 'cafés', 'n'],
  ['training', 'trainings', 'n'],
  ['modul', 'module', 'n'],
  ['budget', 'budgets', 'n'],
  ['monitoring', 'monitorings', 'n'],
  ['kurs', 'kurse', 'm'],
  ['treff', 'treffs', 'm'],
  ['plan', 'pläne', 'm'],
  ['verbund', 'verbünde', 'm'],
  ['fonds', 'fonds', 'm'],
  ['arbeitskreis', 'arbeitskreise', 'm'],
  ['leitfaden', 'leitfäden', 'm'],
  ['ansatz', 'ansätze', 'm'],
  ['dialog', 'dialoge', 'm'],
  ['bericht', 'berichte', 'm'],
  ['workshop', 'workshops', 'm'],
  ['rundgang', 'rundgänge', 'm'],
  ['stammtisch', 'stammtische', 'm'],
];
const ADJECTIVES = [
  'niedrigschwellig',
  'kultursensibel',
  'partizipativ',
  'aufsuchend',
  'wohnortnah',
  'generationenübergreifend',
  'ressortübergreifend',
  'sozialraumorientiert',
  'bedarfsgerecht',
  'kostenfrei',
  'mehrsprachig',
  'nachhaltig',
  'kommunal',
  'regional',
  'ehrenamtlich',
  'interdisziplinär',
  'digital',
  'barrierearm',
  'verbindlich',
  'regelmäßig',
  'wöchentlich',
  'gemeinsam',
  'lokal',
  'praxisnah',
  'familienfreundlich',
  'gesundheitsförderlich',
  'quartiersbezogen',
  'stadtteilbezogen',
  'integriert',
  'vernetzt',
  'dauerhaft',
  'zielgruppenspezifisch',
  'alltagsnah',
  'bewegungsfreundlich',
  'klimaangepasst',
  'inklusiv',
  'offen',
  'kleinräumig',
  'ländlich',
  'städtisch',
  'präventiv',
  'psychosozial',
  'pädagogisch',
  'kreativ',
  'sportlich',
  'kulinarisch',
  'monatlich',
  'trägerübergreifend',
  'landesweit',
  'mobil',
];
// [infinitive, 3rd person singular, past participle]
const VERBS = [
  ['entwickeln', 'entwickelt', 'entwickelt'],
  ['stärken', 'stärkt', 'gestärkt'],
  ['bündeln', 'bündelt', 'gebündelt'],
  ['erproben', 'erprobt', 'erprobt'],
  ['verankern', 'verankert', 'verankert'],
  ['begleiten', 'begleitet', 'begleitet'],
  ['gestalten', 'gestaltet', 'gestaltet'],
  ['unterstützen', 'unterstützt', 'unterstützt'],
  ['fördern', 'fördert', 'gefördert'],
  ['koordinieren', 'koordiniert', 'koordiniert'],
  ['organisieren', 'organisiert', 'organisiert'],
  ['vermitteln', 'vermittelt', 'vermittelt'],
  ['schaffen', 'schafft', 'geschaffen'],
  ['initiieren', 'initiiert', 'initiiert'],
  ['evaluieren', 'evaluiert', 'evaluiert'],
  ['verbessern', 'verbessert', 'verbessert'],
  ['ermöglichen', 'ermöglicht', 'ermöglicht'],
  ['erleichtern', 'erleichtert', 'erleichtert'],
  ['qualifizieren', 'qualifiziert', 'qualifiziert'],
  ['verknüpfen', 'verknüpft', 'verknüpft'],
  ['sichern', 'sichert', 'gesichert'],
  ['erweitern', 'erweitert', 'erweitert'],
  ['vernetzen', 'vernetzt', 'vernetzt'],
  ['planen', 'plant', 'geplant'],
  ['moderieren', 'moderiert', 'moderiert'],
  ['dokumentieren', 'dokumentiert', 'dokumentiert'],
  ['finanzieren', 'finanziert', 'finanziert'],
  ['erschließen', 'erschließt', 'erschlossen'],
  ['öffnen', 'öffnet', 'geöffnet'],
  ['nutzen', 'nutzt', 'genutzt'],
  ['ergänzen', 'ergänzt', 'ergänzt'],
  ['etablieren', 'etabliert', 'etabliert'],
  ['verstetigen', 'verstetigt', 'verstetigt'],
  ['bewerben', 'bewirbt', 'beworben'],
  ['betreuen', 'betreut', 'betreut'],
  ['erarbeiten', 'erarbeitet', 'erarbeitet'],
  ['überprüfen', 'überprüft', 'überprüft'],
  ['anpassen', 'passt an', 'angepasst'],
  ['ausbauen', 'baut aus', 'ausgebaut'],
  ['umsetzen', 'setzt um', 'umgesetzt'],
];
const GROUPS = [
  'Kinder im Vorschulalter',
  'Grundschulkinder',
  'Jugendliche',
  'junge Erwachsene',
  'Familien mit kleinen Kindern',
  'Alleinerziehende',
  'werdende Eltern',
  'Schwangere',
  'ältere Menschen',
  'Hochbetagte',
  'Erwerbslose',
  'Langzeitarbeitslose',
  'Menschen mit Migrationsgeschichte',
  'Geflüchtete',
  'wohnungslose Menschen',
  'Menschen mit Behinderung',
  'pflegende Angehörige',
  'alleinlebende Seniorinnen und Senioren',
  'Menschen mit geringem Einkommen',
  'pädagogische Fachkräfte',
  'Lehrkräfte',
  'Erzieherinnen und Erzieher',
  'Bewohnerinnen und Bewohner',
  'Quartiersmanagerinnen und Quartiersmanager',
  'Multiplikatorinnen und Multiplikatoren',
  'Ehrenamtliche',
  'Väter',
  'Großeltern',
  'Auszubildende',
  'Studierende',
  'Beschäftigte in Kleinbetrieben',
  'Mitarbeitende der Verwaltung',
  'Hausärztinnen und Hausärzte',
  'Hebammen',
  'Sozialarbeiterinnen und Sozialarbeiter',
  'Menschen mit Demenz',
  'Kinder aus suchtbelasteten Familien',
  'Jugendliche ohne Ausbildungsplatz',
  'Frauen in belasteten Lebenslagen',
  'Menschen in Gemeinschaftsunterkünften',
];
const ACTORS_SG = [
  'das Gesundheitsamt',
  'die Koordinierungsstelle',
  'das Quartiersmanagement',
  'der Landkreis',
  'die Stadtverwaltung',
  'das Jugendamt',
  'die Volkshochschule',
  'das Familienzentrum',
  'der Sportverein',
  'die Stadtteilkonferenz',
  'das Mehrgenerationenhaus',
  'die Wohnungsbaugenossenschaft',
  'der Kinderschutzbund',
  'die Hochschule',
  'das Jobcenter',
  'der Seniorenbeirat',
  'die Landesvereinigung für Gesundheit',
  'der Caritasverband',
  'die Diakonie',
  'die Arbeiterwohlfahrt',
  'der Paritätische Wohlfahrtsverband',
  'das Nachbarschaftshaus',
  'die Steuerungsgruppe',
  'der Präventionsrat',
  'das Bezirksamt',
  'die Gemeinde',
];
const ACTORS_PL = [
  'Kitas und Grundschulen',
  'Krankenkassen',
  'freie Träger',
  'Ehrenamtliche aus dem Stadtteil',
  'Fachkräfte der Jugendhilfe',
  'Sportvereine',
  'Hebammen und Kinderärztinnen',
  'Pflegestützpunkte',
  'Migrantenorganisationen',
  'Wohlfahrtsverbände',
  'Kirchengemeinden',
  'Bewohnerinnen und Bewohner',
  'Familienbildungsstätten',
  'Stadtteilmütter',
  'Gesundheitslotsinnen und -lotsen',
  'Hausarztpraxen',
  'Jugendzentren',
  'Beratungsstellen',
  'Schulsozialarbeiterinnen und -arbeiter',
  'Seniorenbüros',
];
const ZU = [
  'zu verbessern',
  'zu stärken',
  'auszubauen',
  'umzusetzen',
  'zu verankern',
  'zu erleichtern',
  'zu sichern',
  'zu fördern',
  'weiterzuentwickeln',
  'sichtbar zu machen',
  'zu verstetigen',
  'zu bündeln',
  'zu erproben',
  'aufzubauen',
  'zu vernetzen',
  'zu begleiten',
];
const TIMES = [
  'seit Projektbeginn',
  'in der ersten Förderphase',
  'im vergangenen Jahr',
  'seit dem Frühjahr',
  'in den Sommermonaten',
  'zweimal im Monat',
  'einmal pro Woche',
  'in den Schulferien',
  'an den Wochenenden',
  'während der Modellphase',
  'in der zweiten Projekthälfte',
  'seit der Verstetigung',
  'nach einer Bedarfsanalyse',
  'im Winterhalbjahr',
];
const CONNECTORS = [
  'Darüber hinaus',
  'Außerdem',
  'Zudem',
  'Gleichzeitig',
  'Ergänzend dazu',
  'Daneben',
  'Vor diesem Hintergrund',
  'Auf dieser Grundlage',
  'Im Ergebnis',
  'Inzwischen',
  'Hierfür',
  'Seit dem Start',
];
const LAWS = [
  '§ 20a SGB V',
  '§ 20f SGB V',
  '§ 16 SGB II',
  '§ 71 SGB XII',
  '§ 16 SGB VIII',
  'dem Präventionsgesetz (PrävG)',
  'der Landesrahmenvereinbarung',
  'dem Programm Sozialer Zusammenhalt',
  'dem ESF Plus',
  'dem Kommunalen Förderprogramm',
];
// Syllables for names of places, streets, people and initiatives ("Wiesenkamp", "Lindbrücker Weg").
const ONSETS = [
  'b',
  'bl',
  'br',
  'd',
  'dr',
  'f',
  'fl',
  'fr',
  'g',
  'gl',
  'gr',
  'h',
  'j',
  'k',
  'kl',
  'kn',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'pf',
  'pl',
  'r',
  's',
  'sch',
  'schl',
  'schm',
  'schn',
  'schw',
  'sp',
  'st',
  'str',
  't',
  'tr',
  'v',
  'w',
  'wr',
  'z',
  'zw',
  '',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au', 'ie', 'eu', 'ee'];
const CODAS = [
  '',
  'n',
  'ng',
  'nd',
  'nt',
  'l',
  'ld',
  'lt',
  'lm',
  'r',
  'rg',
  'rn',
  'rt',
  'rk',
  'st',
  'ck',
  'ch',
  'cht',
  'tz',
  'm',
  'mm',
  'nk',
  'ß',
  's',
  'ff',
  'pp',
  'tt',
  'b',
  'd',
  'g',
  'x',
];
const ENDINGS = [
  'bach',
  'berg',
  'brück',
  'dorf',
  'feld',
  'hagen',
  'hausen',
  'heide',
  'hof',
  'kamp',
  'rode',
  'stedt',
  'tal',
  'wald',
  'werder',
  'wiese',
  'au',
  'ingen',
  'ow',
  'itz',
  'leben',
  'born',
  'furt',
  'see',
  'winkel',
  'grund',
  'moor',
  'holz',
  'mühle',
  'burg',
  'el',
  'er',
  'mann',
  'ke',
  'sen',
  'ler',
  'ner',
  'ski',
  'ert',
  'ung',
];
const STREET_KINDS = ['straße', 'weg', 'allee', 'ring', 'platz', 'gasse', 'damm', 'ufer'];
// [a named thing, gender]: 'das Projekt „Lindenkamp“'
const NAMED = [
  ['Projekt', 'n'],
  ['Netzwerk', 'n'],
  ['Bündnis', 'n'],
  ['Quartier', 'n'],
  ['Familienzentrum', 'n'],
  ['Initiative', 'f'],
  ['Kampagne', 'f'],
  ['Kita', 'f'],
  ['Grundschule', 'f'],
  ['Wohnanlage', 'f'],
  ['Modellvorhaben', 'n'],
  ['Programm', 'n'],
  ['Stadtteilzentrum', 'n'],
  ['Bürgerhaus', 'n'],
  ['Arbeitskreis', 'm'],
  ['Verein', 'm'],
  ['Treffpunkt', 'm'],
  ['Nachbarschaftsgarten', 'm'],
  ['Ortsteil', 'm'],
  ['Sportpark', 'm'],
];
const PARTNER_KINDS = [
  'Familienzentrum',
  'Stadtteilverein',
  'Kita',
  'Grundschule',
  'Gesamtschule',
  'Sportverein',
  'TSV',
  'SV',
  'Kirchengemeinde',
  'Wohnungsgenossenschaft',
  'Jugendclub',
  'Seniorentreff',
  'Tafel',
  'Bürgerstiftung',
  'Hausarztpraxis Dr.',
  'Apotheke am',
  'Beratungsstelle',
  'Quartiersbüro',
  'Stadtbibliothek',
  'Volkshochschule',
  'Förderverein',
  'Elterninitiative',
  'Kulturverein',
  'Gemeinschaftsgarten',
];
const ADVERBS = [
  'gezielt',
  'verstärkt',
  'erstmals',
  'weiterhin',
  'kontinuierlich',
  'bislang',
  'schrittweise',
  'vor Ort',
  'dauerhaft',
  'zunehmend',
  'ausdrücklich',
  'vorrangig',
  'zusätzlich',
  'nach und nach',
  'bereits',
  'künftig',
  'gleichberechtigt',
  'unkompliziert',
  'spürbar',
  'behutsam',
  'modellhaft',
  'flächendeckend',
  'exemplarisch',
  'engmaschig',
  'verlässlich',
  'systematisch',
  'bewusst',
  'vermehrt',
  'seitdem',
  'mittlerweile',
];
const PREPS_DAT = ['mit', 'in', 'aus', 'bei', 'nach', 'von', 'neben', 'unter', 'zwischen', 'vor'];
const PREPS_ACC = ['für', 'durch', 'ohne', 'gegen', 'um', 'über'];
const SUBORDINATORS = ['weil', 'damit', 'sodass', 'obwohl', 'nachdem', 'während', 'sobald', 'wenn', 'indem', 'seit'];
const ARTICLE = {
  nom: { m: 'der', f: 'die', n: 'das', pl: 'die' },
  acc: { m: 'den', f: 'die', n: 'das', pl: 'die' },
  dat: { m: 'dem', f: 'der', n: 'dem', pl: 'den' },
};
/** Weak adjective ending after a definite article. */
const WEAK = {
  nom: { m: 'e', f: 'e', n: 'e', pl: 'en' },
  acc: { m: 'en', f: 'e', n: 'e', pl: 'en' },
  dat: { m: 'en', f: 'en', n: 'en', pl: 'en' },
};
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * A prose writer drawing from `rnd` (a function giving floats in [0, 1)).
 * @param {() => number} rnd
 */
export function createProse(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const chance = (p) => rnd() < p;

  const syllable = () => pick(ONSETS) + pick(NUCLEI) + pick(CODAS);
  /** A made-up German-looking name ("Kreuzelbach"). */
  const name = () => cap(`${syllable()}${syllable()}${chance(0.3) ? syllable() : ''}${pick(ENDINGS)}`);
  const street = () => `${name()}${pick(STREET_KINDS)} ${int(1, 120)}${chance(0.15) ? pick(['a', 'b', 'c']) : ''}`;
  /** A compound noun: { sg, pl, g }; one in four has a third part. */
  const noun = () => {
    const prefix = chance(0.25) ? `${pick(PREFIXES)}${pick(PREFIXES).toLowerCase()}` : pick(PREFIXES);
    const [sg, pl, g] = pick(HEADS);
    return { sg: prefix + sg, pl: prefix + pl, g };
  };
  /** A noun phrase in a case, definite or (plural) bare; sometimes with an adjective. */
  const np = (kase, { plural = chance(0.45), definite = chance(0.6) } = {}) => {
    if (!plural && definite && chance(0.5)) {
      const [title, g] = pick(NAMED);
      return `${ARTICLE[kase][g]} ${title} „${name()}${chance(0.4) ? ` ${name()}` : ''}“`;
    }
    const n = noun();
    const g = plural ? 'pl' : n.g;
    const word = plural ? (kase === 'dat' && !/[ns]$/.test(n.pl) ? `${n.pl}n` : n.pl) : n.sg;
    const adj = chance(0.55) ? pick(ADJECTIVES) : '';
    if (plural && !definite) return `${adj ? `${adj}${kase === 'dat' ? 'en' : 'e'} ` : ''}${word}`;
    return `${ARTICLE[kase][g]} ${adj ? `${adj}${WEAK[kase][g]} ` : ''}${word}`;
  };
  const groups = () => (chance(0.5) ? pick(GROUPS) : `${pick(GROUPS)} und ${pick(GROUPS)}`);
  const year = () => int(2005, 2026);
  const monthYear = () => `${String(int(1, 12)).padStart(2, '0')}/${year()}`;

  /** A finite verb around `rest`, the particle of a separable verb at the end ("passt … an"). */
  const finite = (plural, rest) => {
    const [inf, sg] = pick(VERBS);
    const [stem, particle] = sg.split(' ');
    if (!particle) return `${plural ? inf : sg} ${rest}`;
    return `${plural ? inf.slice(particle.length) : stem} ${rest} ${particle}`;
  };

  const SHAPES = [
    (p) => `${cap(pick(ACTORS_SG))} ${finite(false, `${np('acc')} für ${groups()} in ${p}`)}.`,
    () =>
      `Gemeinsam mit ${pick(ACTORS_PL)} ${chance(0.5) ? 'werden' : 'wurden'} ${np('nom', { plural: true })} ${pick(VERBS)[2]}.`,
    () => `Ziel ist es, ${np('acc')} für ${groups()} ${pick(ZU)}.`,
    (p) => `Seit ${year()} ${finite(false, `${pick(ACTORS_SG)} in ${p} ${np('acc')}`)}.`,
    () =>
      `Im Mittelpunkt steht ${np('nom', { plural: false, definite: true })}, ${chance(0.5) ? 'die' : 'das'} ${pick(ACTORS_PL)} ${pick(TIMES)} ${pick(VERBS)[2]} haben.`,
    () => `${pick(CONNECTORS)} ${finite(false, `${pick(ACTORS_SG)} ${np('acc')} ${pick(TIMES)}`)}.`,
    () =>
      `Rund ${int(8, 450)} ${pick(GROUPS)} ${chance(0.5) ? 'nehmen' : 'nahmen'} ${pick(TIMES)} an ${np('dat')} teil.`,
    () =>
      `${cap(np('nom', { plural: false }))} wurde von ${monthYear()} bis ${monthYear()} erprobt und ${pick(VERBS)[2]}.`,
    () => `Dabei arbeitet ${pick(ACTORS_SG)} eng mit ${pick(ACTORS_PL)} und ${pick(ACTORS_PL)} zusammen.`,
    () =>
      `Die Finanzierung erfolgt im Rahmen von ${pick(LAWS)}; ${pick(ACTORS_SG)} trägt einen Eigenanteil von ${int(5, 40)} Prozent.`,
    (p) =>
      `In ${int(2, 24)} Quartieren ${chance(0.5) ? 'von' : 'rund um'} ${p} ${chance(0.5) ? 'entstanden' : 'entstehen'} ${np('nom', { plural: true, definite: false })}.`,
    () => `Wichtig ist ${pick(ACTORS_PL)} vor allem, ${np('acc')} ${pick(ZU)} und ${np('acc')} ${pick(ZU)}.`,
    () => `${cap(pick(ACTORS_PL))} ${finite(true, `${np('acc', { plural: true })} ${pick(TIMES)}`)}.`,
    () =>
      `Eine ${pick(['Befragung', 'Auswertung', 'Bestandsaufnahme', 'Evaluation', 'Sozialraumanalyse'])} aus dem Jahr ${year()} zeigte, dass ${int(12, 87)} Prozent der ${pick(GROUPS)} ${np('acc')} kannten.`,
    () =>
      `${cap(np('nom', { plural: true }))} ${chance(0.5) ? 'sind' : 'bleiben'} ${pick(ADJECTIVES)} und für ${groups()} ${chance(0.5) ? 'kostenfrei' : 'ohne Anmeldung'} zugänglich.`,
    (p) =>
      `Die Angebote finden ${pick(['im Bürgerhaus', 'in der Stadtteilbibliothek', 'auf dem Schulhof', 'im Gemeindesaal', 'im Park', 'in der Turnhalle', 'im Familienzentrum', 'im Jugendclub'])} ${p} statt, ${pick(TIMES)} auch ${pick(['draußen', 'online', 'in den Wohnungen', 'in Kooperation mit Nachbarkommunen'])}.`,
    () =>
      `${cap(pick(ACTORS_SG))} hat ${np('acc')} ${pick(VERBS)[2]}, ${pick(['weil', 'nachdem', 'da'])} ${pick(ACTORS_PL)} ${np('acc')} ${pick(VERBS)[2]} hatten.`,
    () =>
      `Für ${year()} ${chance(0.5) ? 'sind' : 'waren'} ${int(2, 9)} weitere ${pick(HEADS)[1].replace(/^./, (c) => c.toUpperCase())} ${pick(['geplant', 'vorgesehen', 'beantragt', 'in Vorbereitung'])}.`,
    () =>
      `Die ${pick(['Ergebnisse', 'Erfahrungen', 'Rückmeldungen', 'Zwischenberichte'])} ${pick(['fließen', 'gingen'])} in ${np('acc', { plural: false })} ${pick(['ein', 'der Kommune ein', 'des Landes ein'])}.`,
    () =>
      `${pick(CONNECTORS)} ${chance(0.5) ? 'werden' : 'wurden'} ${int(3, 60)} ${pick(GROUPS)} zu ${pick(['Gesundheitslotsinnen und -lotsen', 'Bewegungsbegleiterinnen', 'Kiezmüttern', 'Ernährungsberaterinnen', 'Ansprechpersonen im Haus', 'Übungsleitungen'])} ${pick(['geschult', 'qualifiziert', 'ausgebildet'])}.`,
    () =>
      `Weitere Informationen ${pick(['finden Sie', 'gibt es', 'stehen'])} unter www.${noun().sg.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/é/g, 'e')}-${int(1, 99)}.de${chance(0.5) ? ' bereit' : ''}.`,
    () =>
      `Im Quartier ${name()} ${pick(['treffen sich', 'engagieren sich', 'beteiligen sich'])} ${int(5, 90)} ${pick(GROUPS)} ${pick(['in der', 'an der', 'rund um die'])} ${street()}.`,
    () =>
      `Ansprechpartnerin vor Ort ist ${pick(['Frau', 'Dr.', 'Prof. Dr.'])} ${name()} (${pick(ACTORS_SG).replace(/^(der|die|das) /, '')}, Telefon 0${int(30, 9999)} ${int(10000, 999999)}).`,
    () =>
      `Unter dem Motto „${name()} ${pick(['bewegt sich', 'isst gesund', 'hält zusammen', 'wird grün', 'macht mit', 'rückt zusammen'])}“ ${chance(0.5) ? 'fand' : 'findet'} am ${int(1, 28)}.${int(1, 12)}.${year()} ${np('nom', { plural: false, definite: false }).replace(/^(der|die|das) /, 'ein ')} statt.`,
    () =>
      `${cap(pick(ACTORS_SG))} ${name()} ${pick(['e. V.', 'gGmbH', 'eG', ''])} ${finite(false, `seit ${year()} ${np('acc')}`)}.`.replace(
        '  ',
        ' ',
      ),
    () =>
      `Von ${int(2, 40)} ${pick(['Standorten', 'Kitas', 'Schulen', 'Betrieben', 'Wohnblöcken', 'Gemeinden'])} ${pick(['beteiligen sich', 'machen mit', 'sind dabei'])} inzwischen ${int(2, 40)}, darunter ${name()}, ${name()} und ${name()}.`,
    () =>
      `${cap(np('nom', { plural: false }))} ${pick(['richtet sich an', 'erreicht vor allem', 'spricht gezielt', 'bezieht'])} ${groups()} ${pick(['', 'an', 'ein'])}`.trimEnd() +
      '.',
  ];

  /** A local partner organisation ("Familienzentrum Lindenkamp e. V."). */
  const partner = () =>
    `${pick(PARTNER_KINDS)} ${name()}${chance(0.5) ? ` ${pick(['e. V.', 'gGmbH', 'eG', 'GbR'])}` : ''}`;
  /** A subject: [text, plural?]. */
  const subject = () => {
    const r = rnd();
    if (r < 0.3) return [pick(ACTORS_SG), false];
    if (r < 0.55) return [pick(ACTORS_PL), true];
    if (r < 0.75) return [`${pick(ACTORS_SG)} ${name()}`, false];
    const plural = chance(0.5);
    return [np('nom', { plural, definite: true }), plural];
  };
  const phrase = () => (chance(0.5) ? `${pick(PREPS_DAT)} ${np('dat')}` : `${pick(PREPS_ACC)} ${np('acc')}`);
  /** A sentence composed from parts (verb second, an optional subordinate clause with the verb last). */
  const composed = (p) => {
    const [subj, plural] = subject();
    const where = chance(0.5)
      ? p
      : `${name()}${chance(0.3) ? `-${pick(['Nord', 'Süd', 'Ost', 'West', 'Mitte'])}` : ''}`;
    const rest = [np('acc'), chance(0.6) ? phrase() : '', chance(0.45) ? `in ${where}` : ''].filter(Boolean).join(' ');
    let main;
    if (chance(0.5)) main = `${cap(subj)} ${finite(plural, `${chance(0.5) ? `${pick(ADVERBS)} ` : ''}${rest}`)}`;
    else main = `${cap(chance(0.5) ? pick(ADVERBS) : phrase())} ${finite(plural, `${subj} ${rest}`)}`;
    if (chance(0.45)) {
      const [subj2, plural2] = subject();
      const aux = pick(plural2 ? ['haben', 'werden', 'können', 'sollen'] : ['hat', 'wird', 'kann', 'soll']);
      const verb = pick(VERBS);
      const form = aux.startsWith('ha') ? verb[2] : verb[0];
      main += `, ${pick(SUBORDINATORS)} ${subj2} ${chance(0.5) ? `${pick(ADVERBS)} ` : ''}${np('acc')} ${form} ${aux}`;
    }
    return `${main}.`;
  };
  /** One paragraph of `n` sentences about a project or event in place `p`. */
  const paragraph = (p, n) => Array.from({ length: n }, () => (chance(0.8) ? composed(p) : pick(SHAPES)(p))).join(' ');
  return {
    int,
    paragraph,
    name,
    street,
    /** A Steckbrief's free text: two or three paragraphs ("aktueller Stand"). */
    steckbrief: (p) =>
      [
        ...Array.from({ length: 2 }, () => paragraph(p, int(2, 4))),
        `Kooperationspartner: ${Array.from({ length: int(4, 8) }, partner).join(', ')}.`,
        `Stand: ${String(int(1, 28)).padStart(2, '0')}.${String(int(1, 12)).padStart(2, '0')}.${int(2015, 2026)}`,
      ].join('\n\n'),
    /** A goal as a Steckbrief lists it. */
    goal: () =>
      `${cap(np('acc', { plural: true, definite: false }))} für ${chance(0.5) ? `${int(10, 400)} ` : ''}${groups()} ${chance(0.4) ? `in ${name()} ` : ''}${pick(ZU)}${chance(0.5) ? `, ${pick(TIMES)}` : ''}`,
    /** An activity as a Steckbrief lists it. */
    activity: (p) =>
      `${cap(np('nom', { plural: true, definite: false }))} ${pick(['durch', 'für', 'getragen durch'])} ${pick(ACTORS_PL)} in ${chance(0.5) ? p : name()} (${pick(['Träger', 'Partner', 'Ort', 'mit'])}: ${partner()}${chance(0.5) ? `, ${pick(TIMES)}` : ''})`,
    /** The funding note after the funders' names. */
    funding: (p) =>
      `Das Projekt wird ${pick(['gefördert', 'unterstützt', 'finanziert'])} ${pick(['im Rahmen von', 'nach', 'auf Grundlage von'])} ${pick(LAWS)}; ${pick(ACTORS_SG)} ${p} ${pick(['stellt Räume bereit', 'trägt die Personalkosten anteilig', 'übernimmt die Koordination', 'begleitet die Auswertung'])}.`,
  };
}
