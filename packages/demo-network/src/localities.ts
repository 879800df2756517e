import { type SeedRegion, seedRegions } from './regions';

export interface DemoVenue {
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

export interface DemoLocality {
  /** The landline area code of the region's main town, without the trunk prefix (Italy keeps its leading 0). */
  areaCode: string;
  /** Where the region meets: a real town of the region with its postal code; houses and streets are typical, not real. */
  venue: DemoVenue;
  /** Towns, villages or quarters of the region, the main one first, for texts written about it. */
  places: [string, string, ...string[]];
}

const localities: Record<string, DemoLocality> = {
  'bodensee-oberschwaben': {
    areaCode: '751',
    venue: { name: 'Kornhaus Ravensburg', street: 'Marktstraße 22', postalCode: '88212', city: 'Ravensburg' },
    places: ['Ravensburg', 'Weingarten', 'Bad Waldsee', 'Friedrichshafen'],
  },
  chiemgau: {
    areaCode: '861',
    venue: { name: 'Kulturforum Klosterkirche', street: 'Ludwigstraße 10', postalCode: '83278', city: 'Traunstein' },
    places: ['Traunstein', 'Prien am Chiemsee', 'Grassau', 'Trostberg'],
  },
  wurzen: {
    areaCode: '3425',
    venue: { name: 'Kulturhaus Schweizergarten', street: 'Am Schweizergarten 1', postalCode: '04808', city: 'Wurzen' },
    places: ['Wurzen', 'Dehnitz', 'Kühren', 'Nemt'],
  },
  lindau: {
    areaCode: '8382',
    venue: { name: 'Inselhalle', street: 'Zwanzigerstraße 10', postalCode: '88131', city: 'Lindau (Bodensee)' },
    places: ['Reutin', 'Aeschach', 'Zech', 'Bad Schachen'],
  },
  aalen: {
    areaCode: '7361',
    venue: { name: 'Kulturbahnhof', street: 'Bahnhofstraße 115', postalCode: '73430', city: 'Aalen' },
    places: ['Aalen', 'Wasseralfingen', 'Unterkochen', 'Hofen'],
  },
  'hoher-flaeming': {
    areaCode: '33841',
    venue: { name: 'Alter Bahnhof', street: 'Bahnhofstraße 2', postalCode: '14806', city: 'Bad Belzig' },
    places: ['Bad Belzig', 'Wiesenburg', 'Niemegk', 'Görzke'],
  },
  'soester-boerde': {
    areaCode: '2921',
    venue: { name: 'Alter Schlachthof', street: 'Ulricherstraße 4', postalCode: '59494', city: 'Soest' },
    places: ['Soest', 'Bad Sassendorf', 'Welver', 'Lippetal'],
  },
  coburg: {
    areaCode: '9561',
    venue: { name: 'Kongresshaus Rosengarten', street: 'Berliner Platz 1', postalCode: '96450', city: 'Coburg' },
    places: ['Coburg', 'Ketschendorf', 'Creidlitz', 'Neuses'],
  },
  odenwaldkreis: {
    areaCode: '6062',
    venue: { name: 'Bürgerhaus Erbach', street: 'Hauptstraße 25', postalCode: '64711', city: 'Erbach' },
    places: ['Erbach', 'Michelstadt', 'Bad König', 'Höchst im Odenwald'],
  },
  tangerhuette: {
    areaCode: '3935',
    venue: { name: 'Stadtscheune', street: 'Bismarckstraße 5', postalCode: '39517', city: 'Tangerhütte' },
    places: ['Tangerhütte', 'Lüderitz', 'Grieben', 'Bellingen'],
  },
  'saale-holzland-kreis': {
    areaCode: '36691',
    venue: { name: 'Stadthalle Eisenberg', street: 'Markt 12', postalCode: '07607', city: 'Eisenberg' },
    places: ['Eisenberg', 'Stadtroda', 'Hermsdorf', 'Kahla'],
  },
  'ammersee-landsberg': {
    areaCode: '8191',
    venue: {
      name: 'Stadttheater Landsberg',
      street: 'Schlossergasse 381',
      postalCode: '86899',
      city: 'Landsberg am Lech',
    },
    places: ['Landsberg am Lech', 'Dießen am Ammersee', 'Utting', 'Kaufering'],
  },
  hannover: {
    areaCode: '511',
    venue: { name: 'Kulturzentrum Pavillon', street: 'Lister Meile 4', postalCode: '30161', city: 'Hannover' },
    places: ['Linden', 'Vahrenwald', 'Döhren', 'Kleefeld'],
  },
  schwerin: {
    areaCode: '385',
    venue: { name: 'Stadthaus Schwerin', street: 'Am Packhof 2', postalCode: '19053', city: 'Schwerin' },
    places: ['Lankow', 'Krebsförden', 'Mueß', 'Görries'],
  },
  hamburg: {
    areaCode: '40',
    venue: {
      name: 'Stadtteilschule Altona, Aula',
      street: 'Eckernförder Straße 70',
      postalCode: '22769',
      city: 'Hamburg',
    },
    places: ['Altona', 'Ottensen', 'Wilhelmsburg', 'Barmbek'],
  },
  'aachener-umland': {
    areaCode: '2406',
    venue: { name: 'Forum Herzogenrath', street: 'Rathausplatz 1', postalCode: '52134', city: 'Herzogenrath' },
    places: ['Herzogenrath', 'Würselen', 'Alsdorf', 'Baesweiler'],
  },
  'freiburg-im-breisgau': {
    areaCode: '761',
    venue: {
      name: 'Bürgerhaus Zähringen',
      street: 'Lameystraße 2',
      postalCode: '79108',
      city: 'Freiburg im Breisgau',
    },
    places: ['Zähringen', 'Haslach', 'Littenweiler', 'Herdern'],
  },
  wendland: {
    areaCode: '5841',
    venue: { name: 'Kulturverein Platenlaase', street: 'Platenlaase 1', postalCode: '29479', city: 'Jameln' },
    places: ['Lüchow', 'Dannenberg', 'Hitzacker', 'Clenze'],
  },
  uckermark: {
    areaCode: '3984',
    venue: { name: 'Dominikanerkloster Prenzlau', street: 'Uckerwiek 813', postalCode: '17291', city: 'Prenzlau' },
    places: ['Prenzlau', 'Templin', 'Angermünde', 'Schwedt'],
  },
  'leipzig-plagwitz': {
    areaCode: '341',
    venue: { name: 'Westwerk', street: 'Karl-Heine-Straße 85', postalCode: '04229', city: 'Leipzig' },
    places: ['Plagwitz', 'Lindenau', 'Schleußig', 'Kleinzschocher'],
  },
  allgaeu: {
    areaCode: '831',
    venue: { name: 'Kornhaus Kempten', street: 'Kornhausplatz 1', postalCode: '87435', city: 'Kempten (Allgäu)' },
    places: ['Kempten', 'Immenstadt', 'Sonthofen', 'Marktoberdorf'],
  },
  vogelsberg: {
    areaCode: '6641',
    venue: { name: 'Adolf-Spieß-Halle', street: 'Am Graben 10', postalCode: '36341', city: 'Lauterbach (Hessen)' },
    places: ['Lauterbach', 'Alsfeld', 'Schotten', 'Schlitz'],
  },
  tuebingen: {
    areaCode: '7071',
    venue: { name: 'Sudhaus', street: 'Hechinger Straße 203', postalCode: '72072', city: 'Tübingen' },
    places: ['Lustnau', 'Derendingen', 'Hirschau', 'Bühl'],
  },
  kassel: {
    areaCode: '561',
    venue: { name: 'Kulturzentrum Schlachthof', street: 'Mombachstraße 12', postalCode: '34127', city: 'Kassel' },
    places: ['Bettenhausen', 'Wilhelmshöhe', 'Rothenditmold'],
  },
  oberlausitz: {
    areaCode: '3585',
    venue: {
      name: 'Messe- und Veranstaltungspark Löbau',
      street: 'Ringstraße 1',
      postalCode: '02708',
      city: 'Löbau',
    },
    places: ['Löbau', 'Zittau', 'Herrnhut', 'Bautzen'],
  },
  'koeln-ehrenfeld': {
    areaCode: '221',
    venue: {
      name: 'Bürgerzentrum Ehrenfeld',
      street: 'Venloer Straße 429',
      postalCode: '50825',
      city: 'Köln',
    },
    places: ['Ehrenfeld', 'Neuehrenfeld', 'Bickendorf', 'Vogelsang'],
  },
  'rhoen-grabfeld': {
    areaCode: '9771',
    venue: {
      name: 'Stadthalle Bad Neustadt',
      street: 'Kellereigasse 1',
      postalCode: '97616',
      city: 'Bad Neustadt an der Saale',
    },
    places: ['Bad Neustadt', 'Mellrichstadt', 'Bad Königshofen', 'Fladungen'],
  },
  waldviertel: {
    areaCode: '2822',
    venue: { name: 'Stadtsaal Zwettl', street: 'Gartenstraße 3', postalCode: '3910', city: 'Zwettl' },
    places: ['Zwettl', 'Gmünd', 'Waidhofen an der Thaya', 'Horn'],
  },
  'neulengbach-im-wienerwald': {
    areaCode: '2772',
    venue: { name: 'Stadtsaal Neulengbach', street: 'Rathausplatz 1', postalCode: '3040', city: 'Neulengbach' },
    places: ['Neulengbach', 'Ollersbach', 'Markersdorf', 'Tausendblum'],
  },
  'st-poelten': {
    areaCode: '2742',
    venue: { name: 'Bühne im Hof', street: 'Linzer Straße 18', postalCode: '3100', city: 'St. Pölten' },
    places: ['Viehofen', 'Spratzern', 'Wagram', 'Harland'],
  },
  graz: {
    areaCode: '316',
    venue: { name: 'Volkshaus Graz', street: 'Lagergasse 98a', postalCode: '8020', city: 'Graz' },
    places: ['Lend', 'Gries', 'Jakomini', 'St. Leonhard'],
  },
  muehlviertel: {
    areaCode: '7942',
    venue: { name: 'Salzhof Freistadt', street: 'Salzgasse 15', postalCode: '4240', city: 'Freistadt' },
    places: ['Freistadt', 'Rohrbach', 'Bad Leonfelden', 'Perg'],
  },
  bregenzerwald: {
    areaCode: '5512',
    venue: { name: 'Werkraum Haus', street: 'Hof 800', postalCode: '6866', city: 'Andelsbuch' },
    places: ['Andelsbuch', 'Egg', 'Bezau', 'Hittisau'],
  },
  'innsbruck-land': {
    areaCode: '5223',
    venue: { name: 'Kurhaus Hall', street: 'Kurhausplatz 1', postalCode: '6060', city: 'Hall in Tirol' },
    places: ['Hall in Tirol', 'Telfs', 'Wattens', 'Axams'],
  },
  'wien-ottakring': {
    areaCode: '1',
    venue: {
      name: 'Grätzlzentrum Brunnenviertel',
      street: 'Brunnengasse 56',
      postalCode: '1160',
      city: 'Wien',
    },
    places: ['Ottakring', 'Neulerchenfeld', 'Alt-Ottakring'],
  },
  'steirisches-vulkanland': {
    areaCode: '3152',
    venue: { name: 'Zentrum Feldbach', street: 'Ringstraße 5', postalCode: '8330', city: 'Feldbach' },
    places: ['Feldbach', 'Bad Gleichenberg', 'Riegersburg', 'Straden'],
  },
  winterthur: {
    areaCode: '52',
    venue: { name: 'Alte Kaserne', street: 'Technikumstrasse 8', postalCode: '8400', city: 'Winterthur' },
    places: ['Töss', 'Oberwinterthur', 'Veltheim', 'Wülflingen'],
  },
  oberthurgau: {
    areaCode: '71',
    venue: { name: 'Pentorama', street: 'Arbonerstrasse 2', postalCode: '8580', city: 'Amriswil' },
    places: ['Amriswil', 'Arbon', 'Romanshorn', 'Bischofszell'],
  },
  basel: {
    areaCode: '61',
    venue: { name: 'Union Basel', street: 'Klybeckstrasse 95', postalCode: '4057', city: 'Basel' },
    places: ['Kleinbasel', 'St. Johann', 'Gundeldingen', 'Kleinhüningen'],
  },
  bern: {
    areaCode: '31',
    venue: { name: 'Progr', street: 'Waisenhausplatz 30', postalCode: '3011', city: 'Bern' },
    places: ['Bümpliz', 'Bethlehem', 'Holligen', 'Ostermundigen'],
  },
  'zuercher-oberland': {
    areaCode: '44',
    venue: { name: 'Kulturfabrik Wetzikon', street: 'Zürcherstrasse 42', postalCode: '8620', city: 'Wetzikon' },
    places: ['Wetzikon', 'Uster', 'Hinwil', 'Bauma'],
  },
  luzern: {
    areaCode: '41',
    venue: { name: 'Neubad', street: 'Bireggstrasse 36', postalCode: '6003', city: 'Luzern' },
    places: ['Luzern', 'Kriens', 'Emmen', 'Ebikon'],
  },
  entlebuch: {
    areaCode: '41',
    venue: { name: 'Biosphärenzentrum', street: 'Chlosterbüel 28', postalCode: '6170', city: 'Schüpfheim' },
    places: ['Schüpfheim', 'Entlebuch', 'Escholzmatt', 'Flühli'],
  },
  vinschgau: {
    areaCode: '0473',
    venue: { name: 'Kulturhaus Karl Schönherr', street: 'Schlossweg 1', postalCode: '39028', city: 'Schlanders' },
    places: ['Schlanders', 'Mals', 'Laas', 'Prad'],
  },
  bozen: {
    areaCode: '0471',
    venue: { name: 'Kolpinghaus Bozen', street: 'Adolph-Kolping-Straße 3', postalCode: '39100', city: 'Bozen' },
    places: ['Gries', 'Oberau', 'Rentsch', 'Haslach'],
  },
  pustertal: {
    areaCode: '0474',
    venue: { name: 'UFO Bruneck', street: 'Josef-Ferrari-Straße 20', postalCode: '39031', city: 'Bruneck' },
    places: ['Bruneck', 'Sand in Taufers', 'Olang', 'Innichen'],
  },
  meran: {
    areaCode: '0473',
    venue: { name: 'Ost West Club', street: 'Sandplatz 10', postalCode: '39012', city: 'Meran' },
    places: ['Obermais', 'Untermais', 'Sinich', 'Labers'],
  },
  'ueberetsch-unterland': {
    areaCode: '0471',
    venue: { name: 'Haus Unterland', street: 'Rathausring 1', postalCode: '39044', city: 'Neumarkt' },
    places: ['Neumarkt', 'Kaltern', 'Eppan', 'Auer'],
  },
  eisacktal: {
    areaCode: '0472',
    venue: { name: 'Forum Brixen', street: 'Romstraße 9', postalCode: '39042', city: 'Brixen' },
    places: ['Brixen', 'Klausen', 'Sterzing'],
  },
};

type Gender = 'm' | 'f' | 'n';

// Landscapes take an article in German ("im Chiemgau", "in der Uckermark"); cities and most districts do not.
const genders: Record<string, Gender> = {
  chiemgau: 'm',
  'hoher-flaeming': 'm',
  'soester-boerde': 'f',
  odenwaldkreis: 'm',
  'saale-holzland-kreis': 'm',
  wendland: 'n',
  uckermark: 'f',
  allgaeu: 'n',
  vogelsberg: 'm',
  oberlausitz: 'f',
  'aachener-umland': 'n',
  waldviertel: 'n',
  muehlviertel: 'n',
  bregenzerwald: 'm',
  'steirisches-vulkanland': 'n',
  oberthurgau: 'm',
  'zuercher-oberland': 'n',
  entlebuch: 'n',
  vinschgau: 'm',
  pustertal: 'n',
  'ueberetsch-unterland': 'n',
  eisacktal: 'n',
};
// Names with an adjective decline it after a preposition.
const declined: Record<string, { dative: string; accusative: string }> = {
  'hoher-flaeming': { dative: 'Hohen Fläming', accusative: 'Hohen Fläming' },
  'steirisches-vulkanland': { dative: 'Steirischen Vulkanland', accusative: 'Steirische Vulkanland' },
};

/** The region's name after "in", "für" and "aus", as German has it. */
export function regionPhrases(region: SeedRegion): { in: string; for: string; from: string } {
  const { dative, accusative } = declined[region.slug] ?? { dative: region.name, accusative: region.name };
  switch (genders[region.slug]) {
    case 'm':
      return { in: `im ${dative}`, for: `für den ${accusative}`, from: `aus dem ${dative}` };
    case 'n':
      return { in: `im ${dative}`, for: `für das ${accusative}`, from: `aus dem ${dative}` };
    case 'f':
      return { in: `in der ${region.name}`, for: `für die ${region.name}`, from: `aus der ${region.name}` };
    default:
      return { in: `in ${region.name}`, for: `für ${region.name}`, from: `aus ${region.name}` };
  }
}

export function localityOf(regionSlug: string): DemoLocality {
  const locality = localities[regionSlug];
  if (!locality) throw new Error(`no demo locality for ${regionSlug}`);
  return locality;
}

/** The venue a region's conferences meet at. */
export const venueOf = (regionSlug: string): DemoVenue => localityOf(regionSlug).venue;

/** Every region's locality, in the order of the regions. */
export const demoLocalities = () => seedRegions.map((region) => ({ region, ...localityOf(region.slug) }));
