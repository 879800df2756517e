export interface DemoVenue {
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

// Where each region meets: a real town of the region with its postal code; houses and streets are typical, not real.
const venues: Record<string, DemoVenue> = {
  'bodensee-oberschwaben': {
    name: 'Kornhaus Ravensburg',
    street: 'Marktstraße 22',
    postalCode: '88212',
    city: 'Ravensburg',
  },
  chiemgau: { name: 'Kulturforum Klosterkirche', street: 'Ludwigstraße 10', postalCode: '83278', city: 'Traunstein' },
  wurzen: { name: 'Kulturhaus Schweizergarten', street: 'Am Schweizergarten 1', postalCode: '04808', city: 'Wurzen' },
  lindau: { name: 'Inselhalle', street: 'Zwanzigerstraße 10', postalCode: '88131', city: 'Lindau (Bodensee)' },
  aalen: { name: 'Kulturbahnhof', street: 'Bahnhofstraße 115', postalCode: '73430', city: 'Aalen' },
  'hoher-flaeming': { name: 'Alter Bahnhof', street: 'Bahnhofstraße 2', postalCode: '14806', city: 'Bad Belzig' },
  'soester-boerde': { name: 'Alter Schlachthof', street: 'Ulricherstraße 4', postalCode: '59494', city: 'Soest' },
  coburg: { name: 'Kongresshaus Rosengarten', street: 'Berliner Platz 1', postalCode: '96450', city: 'Coburg' },
  odenwaldkreis: { name: 'Bürgerhaus Erbach', street: 'Hauptstraße 25', postalCode: '64711', city: 'Erbach' },
  tangerhuette: { name: 'Stadtscheune', street: 'Bismarckstraße 5', postalCode: '39517', city: 'Tangerhütte' },
  'saale-holzland-kreis': { name: 'Stadthalle Eisenberg', street: 'Markt 12', postalCode: '07607', city: 'Eisenberg' },
  'ammersee-landsberg': {
    name: 'Stadttheater Landsberg',
    street: 'Schlossergasse 381',
    postalCode: '86899',
    city: 'Landsberg am Lech',
  },
  hannover: { name: 'Kulturzentrum Pavillon', street: 'Lister Meile 4', postalCode: '30161', city: 'Hannover' },
  schwerin: { name: 'Stadthaus Schwerin', street: 'Am Packhof 2', postalCode: '19053', city: 'Schwerin' },
  hamburg: {
    name: 'Stadtteilschule Altona, Aula',
    street: 'Eckernförder Straße 70',
    postalCode: '22769',
    city: 'Hamburg',
  },
  'aachener-umland': {
    name: 'Forum Herzogenrath',
    street: 'Rathausplatz 1',
    postalCode: '52134',
    city: 'Herzogenrath',
  },
  'freiburg-im-breisgau': {
    name: 'Bürgerhaus Zähringen',
    street: 'Lameystraße 2',
    postalCode: '79108',
    city: 'Freiburg im Breisgau',
  },
  wendland: { name: 'Kulturverein Platenlaase', street: 'Platenlaase 1', postalCode: '29479', city: 'Jameln' },
  uckermark: { name: 'Dominikanerkloster Prenzlau', street: 'Uckerwiek 813', postalCode: '17291', city: 'Prenzlau' },
  'leipzig-plagwitz': { name: 'Westwerk', street: 'Karl-Heine-Straße 85', postalCode: '04229', city: 'Leipzig' },
  allgaeu: { name: 'Kornhaus Kempten', street: 'Kornhausplatz 1', postalCode: '87435', city: 'Kempten (Allgäu)' },
  vogelsberg: { name: 'Adolf-Spieß-Halle', street: 'Am Graben 10', postalCode: '36341', city: 'Lauterbach (Hessen)' },
  tuebingen: { name: 'Sudhaus', street: 'Hechinger Straße 203', postalCode: '72072', city: 'Tübingen' },
  oberlausitz: {
    name: 'Messe- und Veranstaltungspark Löbau',
    street: 'Ringstraße 1',
    postalCode: '02708',
    city: 'Löbau',
  },
  'koeln-ehrenfeld': {
    name: 'Bürgerzentrum Ehrenfeld',
    street: 'Venloer Straße 429',
    postalCode: '50825',
    city: 'Köln',
  },
  'rhoen-grabfeld': {
    name: 'Stadthalle Bad Neustadt',
    street: 'Kellereigasse 1',
    postalCode: '97616',
    city: 'Bad Neustadt an der Saale',
  },
  waldviertel: { name: 'Stadtsaal Zwettl', street: 'Gartenstraße 3', postalCode: '3910', city: 'Zwettl' },
  'neulengbach-im-wienerwald': {
    name: 'Stadtsaal Neulengbach',
    street: 'Rathausplatz 1',
    postalCode: '3040',
    city: 'Neulengbach',
  },
  'st-poelten': { name: 'Bühne im Hof', street: 'Linzer Straße 18', postalCode: '3100', city: 'St. Pölten' },
  graz: { name: 'Volkshaus Graz', street: 'Lagergasse 98a', postalCode: '8020', city: 'Graz' },
  muehlviertel: { name: 'Salzhof Freistadt', street: 'Salzgasse 15', postalCode: '4240', city: 'Freistadt' },
  bregenzerwald: { name: 'Werkraum Haus', street: 'Hof 800', postalCode: '6866', city: 'Andelsbuch' },
  'innsbruck-land': { name: 'Kurhaus Hall', street: 'Kurhausplatz 1', postalCode: '6060', city: 'Hall in Tirol' },
  'wien-ottakring': {
    name: 'Grätzlzentrum Brunnenviertel',
    street: 'Brunnengasse 56',
    postalCode: '1160',
    city: 'Wien',
  },
  winterthur: { name: 'Alte Kaserne', street: 'Technikumstrasse 8', postalCode: '8400', city: 'Winterthur' },
  oberthurgau: { name: 'Pentorama', street: 'Arbonerstrasse 2', postalCode: '8580', city: 'Amriswil' },
  basel: { name: 'Union Basel', street: 'Klybeckstrasse 95', postalCode: '4057', city: 'Basel' },
  bern: { name: 'Progr', street: 'Waisenhausplatz 30', postalCode: '3011', city: 'Bern' },
  'zuercher-oberland': {
    name: 'Kulturfabrik Wetzikon',
    street: 'Zürcherstrasse 42',
    postalCode: '8620',
    city: 'Wetzikon',
  },
  luzern: { name: 'Neubad', street: 'Bireggstrasse 36', postalCode: '6003', city: 'Luzern' },
  vinschgau: { name: 'Kulturhaus Karl Schönherr', street: 'Schlossweg 1', postalCode: '39028', city: 'Schlanders' },
  bozen: { name: 'Kolpinghaus Bozen', street: 'Adolph-Kolping-Straße 3', postalCode: '39100', city: 'Bozen' },
  pustertal: { name: 'UFO Bruneck', street: 'Josef-Ferrari-Straße 20', postalCode: '39031', city: 'Bruneck' },
  meran: { name: 'Ost West Club', street: 'Sandplatz 10', postalCode: '39012', city: 'Meran' },
  'ueberetsch-unterland': { name: 'Haus Unterland', street: 'Rathausring 1', postalCode: '39044', city: 'Neumarkt' },
};

export function venueOf(regionSlug: string): DemoVenue {
  const venue = venues[regionSlug];
  if (!venue) throw new Error(`no demo venue for ${regionSlug}`);
  return venue;
}
