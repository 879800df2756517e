import type { Random } from './random';
import type { SeedRegion } from './regions';

type Country = SeedRegion['country'];

const countryCodes: Record<Country, string> = { DE: '49', AT: '43', CH: '41', IT: '39' };

// Prefixes of the countries' mobile networks.
const mobilePrefixes: Record<Country, readonly string[]> = {
  DE: ['151', '152', '160', '162', '170', '171', '172', '176', '177', '178'],
  AT: ['650', '660', '664', '676', '680', '699'],
  CH: ['76', '77', '78', '79'],
  IT: ['320', '328', '333', '335', '340', '347', '348', '349', '366', '380'],
};

/** Swiss numbers are written in groups: 079 123 45 67, internationally +41 79 123 45 67. */
const swissGroups = (digits: string) => `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;

function landline(country: Country, areaCode: string, random: Random): string {
  switch (country) {
    // German and Austrian national numbers have ten or eleven digits, however long the area code.
    case 'DE':
      return `${areaCode} ${random.digits(10 + random.int(0, 1) - areaCode.length)}`;
    case 'AT':
      return `${areaCode} ${random.digits(Math.max(10 - areaCode.length, 7) - random.int(0, 2))}`;
    // Swiss numbers have nine digits after the trunk prefix, Italian landlines keep their leading 0.
    case 'CH':
      return `${areaCode} ${swissGroups(random.digits(7))}`;
    case 'IT':
      return `${areaCode} ${random.digits(10 - areaCode.length)}`;
  }
}

function mobile(country: Country, random: Random): string {
  const prefix = random.pick(mobilePrefixes[country]);
  switch (country) {
    case 'DE':
      return `${prefix} ${random.digits(random.int(7, 8))}`;
    case 'AT':
      return `${prefix} ${random.digits(7)}`;
    case 'CH':
      return `${prefix} ${swissGroups(random.digits(7))}`;
    case 'IT':
      return `${prefix} ${random.digits(7)}`;
  }
}

/**
 * A phone number as people in the region's country write it internationally: a landline of the region's area code or,
 * for most people, a mobile number. The digits are drawn, like the people who have them are made up.
 */
export function phoneNumber(country: Country, areaCode: string, random: Random): string {
  const national = random.chance(0.4) ? landline(country, areaCode, random) : mobile(country, random);
  return `+${countryCodes[country]} ${national}`;
}
