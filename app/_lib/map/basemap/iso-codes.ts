/**
 * ISO 3166-1 numeric (world-atlas feature id) -> alpha-3, for every country that meets
 * the basemap's bbox plus a few close neighbours. The build fails when a country with a
 * numeric id reaches the map without an entry here, so a wider bbox cannot silently
 * draw countries that steps cannot highlight.
 */
export const ISO_NUMERIC_TO_ALPHA3: Readonly<Record<string, string>> = Object.freeze({
  // Europe
  '008': 'ALB', '020': 'AND', '040': 'AUT', '056': 'BEL', '070': 'BIH', '100': 'BGR',
  '112': 'BLR', '191': 'HRV', '196': 'CYP', '203': 'CZE', '208': 'DNK', '233': 'EST',
  '234': 'FRO', '246': 'FIN', '248': 'ALA', '250': 'FRA', '276': 'DEU', '292': 'GIB',
  '300': 'GRC', '336': 'VAT', '348': 'HUN', '352': 'ISL', '372': 'IRL', '380': 'ITA',
  '428': 'LVA', '438': 'LIE', '440': 'LTU', '442': 'LUX', '470': 'MLT', '492': 'MCO',
  '498': 'MDA', '499': 'MNE', '528': 'NLD', '578': 'NOR', '616': 'POL', '620': 'PRT',
  '642': 'ROU', '643': 'RUS', '674': 'SMR', '688': 'SRB', '703': 'SVK', '705': 'SVN',
  '724': 'ESP', '752': 'SWE', '756': 'CHE', '804': 'UKR', '807': 'MKD', '826': 'GBR',
  '831': 'GGY', '832': 'JEY', '833': 'IMN',
  // Caucasus, Middle East, Arabian Peninsula
  '031': 'AZE', '048': 'BHR', '051': 'ARM', '268': 'GEO', '275': 'PSE', '364': 'IRN',
  '368': 'IRQ', '376': 'ISR', '400': 'JOR', '414': 'KWT', '422': 'LBN', '512': 'OMN',
  '634': 'QAT', '682': 'SAU', '760': 'SYR', '784': 'ARE', '792': 'TUR', '887': 'YEM',
  // Central and South Asia
  '004': 'AFG', '050': 'BGD', '064': 'BTN', '156': 'CHN', '356': 'IND', '398': 'KAZ',
  '417': 'KGZ', '496': 'MNG', '524': 'NPL', '586': 'PAK', '762': 'TJK', '795': 'TKM',
  '860': 'UZB',
  // North and Sahel Africa, Horn of Africa
  '012': 'DZA', '120': 'CMR', '140': 'CAF', '148': 'TCD', '204': 'BEN', '231': 'ETH',
  '232': 'ERI', '262': 'DJI', '270': 'GMB', '288': 'GHA', '324': 'GIN', '384': 'CIV',
  '434': 'LBY', '466': 'MLI', '478': 'MRT', '504': 'MAR', '562': 'NER', '566': 'NGA',
  '624': 'GNB', '686': 'SEN', '706': 'SOM', '728': 'SSD', '729': 'SDN', '732': 'ESH',
  '768': 'TGO', '788': 'TUN', '818': 'EGY', '854': 'BFA',
});

/** A world-atlas feature id as alpha-3: null for features without an id, undefined for an id missing from the table. */
export function alpha3ForId(id: string | number | undefined | null): string | null | undefined {
  if (id === undefined || id === null || id === '') return null;
  const key = String(id);
  return Object.hasOwn(ISO_NUMERIC_TO_ALPHA3, key) ? ISO_NUMERIC_TO_ALPHA3[key] : undefined;
}
