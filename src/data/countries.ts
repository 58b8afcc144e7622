// Our additions to the world-countries table: the aliases, adjectives and short forms news uses
// that the table lacks, and the phrases that look like a country and are not one.

/** Alias → ISO 3166-1 alpha-2. Case-sensitive: "US" is the country, "us" is not. */
export const COUNTRY_ALIASES: Record<string, string> = {
  "U.S.": "US", "U.S.A.": "US", US: "US", USA: "US", America: "US", "the States": "US",
  UK: "GB", "U.K.": "GB", Britain: "GB", England: "GB", Scotland: "GB", Wales: "GB",
  DPRK: "KP", "N. Korea": "KP", NK: "KP", "North Korea": "KP",
  // "Korea" alone, in the news, is the South: the North is always named as such.
  ROK: "KR", "S. Korea": "KR", Korea: "KR", "South Korea": "KR", "Republic of Korea": "KR",
  "Czech Republic": "CZ", Holland: "NL", Burma: "MM", "Ivory Coast": "CI", Swaziland: "SZ",
  UAE: "AE", "U.A.E.": "AE", PRC: "CN", "Mainland China": "CN",
  "Vatican": "VA", "East Timor": "TL", "Cape Verde": "CV", Macedonia: "MK", Turkey: "TR",
  Bosnia: "BA",
  // States that no longer exist keep their (withdrawn) ISO codes when the text names them.
  "Soviet Union": "SU", USSR: "SU", "U.S.S.R.": "SU", Yugoslavia: "YU", Czechoslovakia: "CS",
  "East Germany": "DD", "West Germany": "DE", Zaire: "CD",
};

/** Capitals by the names or seats older news gives them: "talks with Peking", "Bonn" for West Germany. */
export const FORMER_CAPITALS: Record<string, string> = { Peking: "CN", Bonn: "DE", Rangoon: "MM", Dacca: "BD" };

/** Names of the historical states above. */
export const HISTORICAL_STATES: Record<string, string> = {
  SU: "Soviet Union", YU: "Yugoslavia", CS: "Czechoslovakia", DD: "East Germany",
};

/** The state whose capital a historical state's was: "Moscow" in a story of the Soviet Union is the Soviet Union's. */
export const HISTORICAL_CAPITAL_HOLDERS: Record<string, string> = { SU: "RU", YU: "RS", CS: "CZ" };

/** Regions and groupings whose names contain a country's name or adjective: no mention of it. */
export const NOT_COUNTRIES = [
  "North America", "South America", "Latin America", "Central America", "the Americas", "North American",
  "South American", "Latin American", "Central American", "Pan American",
];

/** Adjectives of nationality missing from the table's demonyms (which give "Swede", "Finn", "Pole"). */
export const EXTRA_DEMONYMS: Record<string, string> = {
  Swedish: "SE", Finnish: "FI", Danish: "DK", Polish: "PL", Turkish: "TR", Spanish: "ES",
  Irish: "IE", Scottish: "GB", English: "GB", Welsh: "GB", Filipino: "PH", Philippine: "PH",
  Czech: "CZ", Dutch: "NL", Luxembourgish: "LU", Swiss: "CH", Thai: "TH", Lao: "LA",
  "Saudi": "SA", Emirati: "AE", Kiwi: "NZ", Soviet: "SU", Korean: "KR",
  // Shared by two states: the one news means far more often.
  Congolese: "CD", Dominican: "DO", Yugoslav: "YU",
  // Nouns of nationality: "Frenchman Cedric Pioline", "Spaniard Carlos Sainz".
  Frenchman: "FR", Frenchmen: "FR", Frenchwoman: "FR", Englishman: "GB", Englishwoman: "GB",
  Scotsman: "GB", Welshman: "GB", Irishman: "IE", Dutchman: "NL", Spaniard: "ES", Briton: "GB",
};


/**
 * Words after a country name or adjective that make the phrase a region, body or sea rather than
 * the country: "Korean Peninsula", "North Atlantic Treaty", "East Asia", "United Nations".
 */
export const NOT_A_COUNTRY_AFTER = new Set([
  "Peninsula", "Sea", "Strait", "Gulf", "Ocean", "Straits", "Channel", "Treaty", "Basin",
  // A name that begins a brand or a company's name: "Havana Club", "Japan Airlines".
  "Club", "Airlines", "Airways", "Inc", "Corp", "Ltd", "Plc",
]);

/** Place names in world-countries that are people's names or US states far more often in news. */
export const AMBIGUOUS_COUNTRY_NAMES = new Set(["Georgia", "Jordan", "Chad", "Guinea", "Niger", "Victoria", "Kingston", "Washington"]);
