// Countries and the other words news copy uses for them: demonyms ("Russian"), capitals
// and seats of power used as metonyms ("Moscow", "the White House"). A place only turns
// into a mention when the known-actor list holds the country (matched by any of `names`).

export interface Place {
  names: readonly string[];
  demonyms: readonly string[];
  capitals: readonly string[];
}

export const PLACES: readonly Place[] = [
  { names: ['United States', 'United States of America', 'USA', 'US', 'U.S.', 'U.S.A.', 'America'], demonyms: ['American', 'Americans'], capitals: ['Washington', 'White House'] },
  { names: ['Russia', 'Russian Federation'], demonyms: ['Russian', 'Russians'], capitals: ['Moscow', 'Kremlin'] },
  { names: ['Venezuela', 'Bolivarian Republic of Venezuela'], demonyms: ['Venezuelan', 'Venezuelans'], capitals: ['Caracas', 'Miraflores'] },
  { names: ['China', "People's Republic of China"], demonyms: ['Chinese'], capitals: ['Beijing'] },
  { names: ['Cuba'], demonyms: ['Cuban', 'Cubans'], capitals: ['Havana'] },
  { names: ['Bolivia'], demonyms: ['Bolivian', 'Bolivians'], capitals: ['La Paz', 'Sucre'] },
  { names: ['Iran'], demonyms: ['Iranian', 'Iranians'], capitals: ['Tehran'] },
  { names: ['Turkey', 'Türkiye'], demonyms: ['Turkish', 'Turks'], capitals: ['Ankara'] },
  { names: ['Brazil'], demonyms: ['Brazilian', 'Brazilians'], capitals: ['Brasilia', 'Brasília', 'Planalto'] },
  { names: ['Colombia'], demonyms: ['Colombian', 'Colombians'], capitals: ['Bogota', 'Bogotá'] },
  { names: ['Mexico'], demonyms: ['Mexican', 'Mexicans'], capitals: ['Mexico City'] },
  { names: ['Peru'], demonyms: ['Peruvian', 'Peruvians'], capitals: ['Lima'] },
  { names: ['Argentina'], demonyms: ['Argentine', 'Argentinian', 'Argentines'], capitals: ['Buenos Aires'] },
  { names: ['Chile'], demonyms: ['Chilean', 'Chileans'], capitals: ['Santiago'] },
  { names: ['Ecuador'], demonyms: ['Ecuadorean', 'Ecuadorian'], capitals: ['Quito'] },
  { names: ['Nicaragua'], demonyms: ['Nicaraguan', 'Nicaraguans'], capitals: ['Managua'] },
  { names: ['Uruguay'], demonyms: ['Uruguayan', 'Uruguayans'], capitals: ['Montevideo'] },
  { names: ['Paraguay'], demonyms: ['Paraguayan', 'Paraguayans'], capitals: ['Asuncion', 'Asunción'] },
  { names: ['Guyana'], demonyms: ['Guyanese'], capitals: ['Georgetown'] },
  { names: ['Panama'], demonyms: ['Panamanian', 'Panamanians'], capitals: ['Panama City'] },
  { names: ['Canada'], demonyms: ['Canadian', 'Canadians'], capitals: ['Ottawa'] },
  { names: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.'], demonyms: ['British', 'Briton', 'Britons'], capitals: ['London', 'Downing Street'] },
  { names: ['France'], demonyms: ['French'], capitals: ['Paris', 'Elysee', 'Élysée'] },
  { names: ['Germany'], demonyms: ['German', 'Germans'], capitals: ['Berlin'] },
  { names: ['Spain'], demonyms: ['Spanish', 'Spaniards'], capitals: ['Madrid'] },
  { names: ['Italy'], demonyms: ['Italian', 'Italians'], capitals: ['Rome'] },
  { names: ['Portugal'], demonyms: ['Portuguese'], capitals: ['Lisbon'] },
  { names: ['Norway'], demonyms: ['Norwegian', 'Norwegians'], capitals: ['Oslo'] },
  { names: ['Syria'], demonyms: ['Syrian', 'Syrians'], capitals: ['Damascus'] },
  { names: ['Ukraine'], demonyms: ['Ukrainian', 'Ukrainians'], capitals: ['Kyiv', 'Kiev'] },
  { names: ['North Korea'], demonyms: ['North Korean', 'North Koreans'], capitals: ['Pyongyang'] },
  { names: ['India'], demonyms: ['Indian', 'Indians'], capitals: ['New Delhi'] },
  { names: ['Japan'], demonyms: ['Japanese'], capitals: ['Tokyo'] },
  { names: ['Israel'], demonyms: ['Israeli', 'Israelis'], capitals: ['Jerusalem'] },
  { names: ['Saudi Arabia'], demonyms: ['Saudi', 'Saudis'], capitals: ['Riyadh'] },
  { names: ['European Union', 'EU', 'E.U.'], demonyms: [], capitals: ['Brussels'] },
];

/** A place word right after one of these belongs to a larger region ("Latin American", "South America"). */
export const REGION_QUALIFIERS: ReadonlySet<string> = new Set(['latin', 'south', 'central', 'north', 'pan', 'anglo']);
