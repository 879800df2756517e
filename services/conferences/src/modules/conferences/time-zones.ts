/** The network's countries each live in one time zone; a conference's days are in its region's. */
const timeZoneOfCountry: Readonly<Record<string, string>> = {
  DE: 'Europe/Berlin',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  IT: 'Europe/Rome',
};

export const timeZones: readonly string[] = Object.values(timeZoneOfCountry);

export function timeZoneOf(country: string): string {
  const timeZone = timeZoneOfCountry[country];
  // The CountryCode scalar admits only the four countries, so this is a programming error, not bad input.
  if (!timeZone) throw new Error(`no time zone for country ${country}`);
  return timeZone;
}
