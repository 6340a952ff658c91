/**
 * The member countries of ASEC, as listed in the organisation's About text.
 * One list for the whole site: schemas validate country codes against it, the map draws it,
 * and tests check that every member has a page.
 */
export const memberCountries = {
  BD: 'Bangladesh',
  KH: 'Cambodia',
  CN: 'China',
  IN: 'India',
  ID: 'Indonesia',
  JP: 'Japan',
  LA: 'Laos',
  MY: 'Malaysia',
  MM: 'Myanmar',
  NP: 'Nepal',
  PK: 'Pakistan',
  PH: 'Philippines',
  SG: 'Singapore',
  LK: 'Sri Lanka',
  TH: 'Thailand',
  VN: 'Vietnam',
} as const;

export type CountryCode = keyof typeof memberCountries;
export const memberCodes = Object.keys(memberCountries) as CountryCode[];
