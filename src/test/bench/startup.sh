#!/usr/bin/env bash
# End-to-end start-up benchmark (issue 7): runs Dossier with --measure-startup and a bare JavaFX
# window holding one WebView (org.dossier.bench.BareWebViewWindow) alternately, RUNS times each after
# one uncounted warm-up run of each (which also fills Dossier's caches), and prints the median
# milliseconds from JVM start to "window shown" and to "first article rendered", and the ratios.
#
# The bare window runs twice per round: with the JavaFX jars as Maven Central ships them (JavaFX
# then checksums its native libraries inside the jars on every start: the issue's yardstick, about
# 1.7 s), and with the same jars beside their unpacked native libraries, as target/lib has them
# (what Dossier's own jar gets). Both ratios are printed.
#
#   src/test/bench/startup.sh [ARTICLES_DIR] [RUNS]        # defaults: articles 5
#   JAVA_OPTS='-Xmx384m' src/test/bench/startup.sh /tmp/corpus-10000 5   # default: none, as a user runs it
#
# Needs target/dossier.jar and target/test-classes (mvn -q -B package -DskipTests builds both).
# Without a DISPLAY it runs itself under xvfb-run (apt package xvfb, installed when missing).
set -euo pipefail
cd "$(dirname "$0")/../../.."
articles=${1:-articles}
runs=${2:-5}
java_opts=${JAVA_OPTS:-}

if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    apt-get install -y -qq xvfb >/dev/null
  fi
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
[ -f target/dossier.jar ] && [ -d target/test-classes/org/dossier/bench ] || {
  echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }

home=$(mktemp -d /tmp/dossier-startup-XXXXXX)
trap 'rm -rf "$home"' EXIT

# Prints "<window ms> <article ms>" for one run of the command, or fails.
measure() {
  local out
  out=$("$@" 2>/dev/null) || { echo "run failed: $*" >&2; echo "$out" >&2; return 1; }
  local shown article
  shown=$(sed -n 's/^startup window shown: \([0-9]*\) ms$/\1/p' <<<"$out")
  article=$(sed -n 's/^startup first article rendered: \([0-9]*\) ms$/\1/p' <<<"$out")
  [ -n "$shown" ] && [ -n "$article" ] || { echo "no marks from: $*" >&2; echo "$out" >&2; return 1; }
  echo "$shown $article"
}
# The jars alone, without the native libraries beside them.
mkdir -p "$home/jars"
cp target/lib/*.jar "$home/jars/"
bare() { measure java $java_opts -cp "target/test-classes:target/classes:$home/jars/*" org.dossier.bench.BareWebViewWindow; }
bare_natives() { measure java $java_opts -cp "target/test-classes:target/classes:target/lib/*" org.dossier.bench.BareWebViewWindow; }
dossier() { measure java $java_opts -Ddossier.home="$home" -jar target/dossier.jar --articles "$articles" --measure-startup; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }

# Warm caches: the search command indexes the folder and fills the list's metadata cache (a measured
# run quits at its first article, before a big folder has been read through).
java $java_opts -Ddossier.home="$home" -jar target/dossier.jar search --articles "$articles" warm-up >/dev/null 2>&1 || true
echo "warm-up (not counted): bare $(bare) · bare, natives unpacked $(bare_natives) · dossier $(dossier)" >&2
: >"$home/bare.txt"; : >"$home/natives.txt"; : >"$home/dossier.txt"
for i in $(seq 1 "$runs"); do
  b=$(bare); n=$(bare_natives); d=$(dossier)
  echo "run $i: bare $b · bare, natives unpacked $n · dossier $d" >&2
  echo "$b" >>"$home/bare.txt"; echo "$n" >>"$home/natives.txt"; echo "$d" >>"$home/dossier.txt"
done
bw=$(cut -d' ' -f1 "$home/bare.txt" | median); ba=$(cut -d' ' -f2 "$home/bare.txt" | median)
nw=$(cut -d' ' -f1 "$home/natives.txt" | median); na=$(cut -d' ' -f2 "$home/natives.txt" | median)
dw=$(cut -d' ' -f1 "$home/dossier.txt" | median); da=$(cut -d' ' -f2 "$home/dossier.txt" | median)
count=$(find "$articles" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.md' \) | wc -l)
echo "articles: $articles ($count files), $runs runs each, JAVA_OPTS=$java_opts"
echo "median ms from JVM start   window shown   first article rendered"
printf 'bare JavaFX + WebView      %12s   %22s   (JavaFX jars as shipped)\n' "$bw" "$ba"
printf 'bare, natives unpacked     %12s   %22s   (jars beside their native libraries)\n' "$nw" "$na"
printf 'Dossier                    %12s   %22s\n' "$dw" "$da"
awk -v d="$da" -v b="$ba" 'BEGIN {printf "ratio (first article) to the bare window: %.2f\n", d / b}'
awk -v d="$da" -v b="$na" 'BEGIN {printf "ratio (first article) to the bare window with unpacked natives: %.2f\n", d / b}'
