// Demo page of the Partnerprozess: the partner map (whole Germany and Sachsen-Anhalt) and the office card, from the sources.
import '../src/widgets/feed/kgc-feed.ts';
import '../src/widgets/partner-map/partner-map.ts';
import '../src/widgets/office-card/office-card.ts';
import '../src/embed/setup.ts';
