#!/usr/bin/env bash
# Smoke test of the double-click route: build the app image (mvn -Pdist package), install its desktop
# entry into a fresh HOME and validate it, then start bin/Dossier under Xvfb and wait for the main
# window to show the first article (its title becomes "<article title> — Dossier"). Fails if the
# window never appears, or if JavaFX extracted natives into ~/.openjfx (the runtime ships them).
set -euo pipefail
cd "$(dirname "$0")/.."

TIMEOUT_S=${SMOKE_TIMEOUT_S:-60}

# Run-time needs of a real window, and the tools this script drives it with.
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  echo "smoke: installing ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}") >/dev/null
fi

mvn -B -ntp -Pdist package -DskipTests
image=$PWD/target/dist/Dossier
launcher=$image/bin/Dossier
[ -x "$launcher" ] || { echo "smoke: FAIL no launcher at $launcher" >&2; exit 1; }
echo "smoke: app image $(du -sh "$image" | cut -f1)"

work=$(mktemp -d)
xvfb_pid=""; app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME= XDG_CONFIG_HOME= XDG_CACHE_HOME=
mkdir -p "$HOME"
# Java takes user.home from the password database, not $HOME: point it (and Dossier's data) at the fresh one.
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME -Ddossier.home=$HOME/dossier-data"

# The desktop entry: written where menus look, valid, pointing at this launcher.
"$launcher" --install-desktop-entry
entry=$HOME/.local/share/applications/dossier.desktop
desktop-file-validate "$entry"
grep -qx "Exec=$(cd "$image/bin" && pwd)/Dossier" "$entry" || { echo "smoke: FAIL Exec does not point at the launcher" >&2; cat "$entry"; exit 1; }
[ -f "$HOME/.local/share/icons/hicolor/256x256/apps/dossier.png" ] || { echo "smoke: FAIL no icon" >&2; exit 1; }
"$launcher" --uninstall-desktop-entry
[ ! -e "$entry" ] || { echo "smoke: FAIL entry still there after uninstall" >&2; exit 1; }

# The window, on a virtual display.
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

# Started away from the source tree, so the articles it shows are the image's own (lib/app/articles),
# not ./articles, which Dossier would prefer.
start=$(date +%s.%N)
(cd "$work" && exec "$launcher") >"$work/app.log" 2>&1 &
app_pid=$!
window=""
deadline=$(( $(date +%s) + TIMEOUT_S ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  window=$(xdotool search --name ' — Dossier$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$window" ]; then
  echo "smoke: FAIL no Dossier window showing an article within ${TIMEOUT_S}s" >&2
  echo "--- app output:" >&2; cat "$work/app.log" >&2
  exit 1
fi
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
echo "smoke: window \"$(xdotool getwindowname "$window")\" after ${elapsed}s"

if [ -d "$HOME/.openjfx" ]; then
  echo "smoke: FAIL JavaFX extracted natives into $HOME/.openjfx; the runtime should carry them" >&2
  exit 1
fi

# Close it the way a user does (File → Quit, Ctrl+Q); it must exit by itself.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key ctrl+q
for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "smoke: FAIL Dossier did not exit within 10s of Ctrl+Q" >&2
  exit 1
fi
app_pid=""
echo "smoke: OK"
