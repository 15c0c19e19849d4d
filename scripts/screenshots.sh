#!/usr/bin/env bash
# Regenerates screenshots/: runs the real binary in tmux at 120×40, visits every
# screen, and writes a text capture (.txt) and a PNG (.png) of each.
# Installs tmux, fonts-dejavu-core, and the Python packages pyte and Pillow when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
ensure_packages libncurses-dev pkg-config tmux fonts-dejavu-core
python3 -c "import pyte, PIL" 2>/dev/null || python3 -m pip install --quiet pyte Pillow
swift build -c release --product jeugdmonitor >&2
swift build -c release --product DemoData >&2
bin="$PWD/.build/release/jeugdmonitor"
out="$PWD/screenshots"
mkdir -p "$out"
session="jm-shots-$$"
# A server of our own: another server's global environment (NO_COLOR, TERM) must not leak in.
tmux() { command tmux -L "$session" "$@"; }
width=120 height=40

wait_for() {  # wait_for TEXT: poll the pane until TEXT is on it
    for _ in $(seq 1 200); do
        tmux capture-pane -p -t "$session" | grep -qF -- "$1" && return 0
        sleep 0.05
    done
    echo "timed out waiting for: $1" >&2; return 1
}

shot() {  # shot NAME: text and PNG of the pane as it is now
    sleep 0.2
    tmux capture-pane -p -t "$session" > "$out/$1.txt"
    tmux capture-pane -p -e -t "$session" > "$out/$1.ansi"
    python3 scripts/ansi_to_png.py "$out/$1.ansi" "$out/$1.png" "$width" "$height"
    rm "$out/$1.ansi"
    echo "screenshots/$1.png"
}

keys() { tmux send-keys -t "$session" "$@"; }

state=$(mktemp -d)  # no remembered delivery: the dashboard opens on the 0-meting
tmux new-session -d -s "$session" -x "$width" -y "$height" -e LANG=C.UTF-8 -e NO_COLOR= -e XDG_STATE_HOME="$state" "$bin"
trap 'tmux kill-server 2>/dev/null || true' EXIT
wait_for "Aantal jeugdigen in zorg per gemeente"
shot 01-zero-measurement
keys j l l c; wait_for "per gemeente"; shot 02-zero-measurement-chart
keys c m; wait_for "per 1.000 jeugdigen"; shot 03-zero-measurement-per-1000
keys m T l S; wait_for "sortering"; shot 04-residential-by-municipality-sorted
keys 2; wait_for "Zorgkosten Jeugdwet"; shot 05-costs
keys j j j j Enter; wait_for "Kosten per maand — Helmond"; shot 06-costs-helmond-months
keys T T; wait_for "tegen dezelfde maanden vorig jaar"; shot 23-costs-year-to-date
keys t
keys 3; wait_for "Kerngegevens per product"; shot 07-segment2
keys '{' '{' '{' '[' '[' '[' '[' '[' '[' l t; wait_for "Aanbieders Gezinshuis"; shot 08-segment2-april-2023
keys 4; wait_for "Ambities 2028 en hun 0-meting"; shot 09-ambitions
keys j; wait_for "met een bekende waarde"; shot 24-ambitions-small-scale
keys t; wait_for "tempo en prognose"; shot 25-ambitions-pace
keys T
keys '?'; wait_for "Toetsen"; shot 10-help
keys q
# The contract manager: the provider list, then a profile found by its AGB (three keys).
keys 5; wait_for "Aanbieders 2026"; shot 13-providers
keys x; wait_for "AFGESCHERMD"; shot 26-providers-small-cells
keys x
keys / 9 8 4 3 1 7 2 5 Enter; wait_for "filter:"; keys Enter; wait_for "Signalen voor het gesprek"; shot 14-provider-profile
keys t t t t; wait_for "per maand"; shot 15-provider-profile-months
keys Escape; wait_for "Aanbieders 2026"; keys Enter; wait_for "Signalen voor het gesprek"
# Policy staff: the 11 side by side, Nuenen marked as mine and opened against the region.
keys 6; wait_for "Gemeenten naast elkaar"; shot 18-municipalities
keys j j j j j j '*' Enter; wait_for "Nuenen tegen de regio per jaar"; shot 19-municipality-nuenen
# The programme manager after a delivery: what changed since last month.
keys 7; wait_for "Wat veranderde"; shot 21-deliveries
keys j j j j Enter; wait_for "Toewijzingen van Helmond"; shot 22-deliveries-helmond
keys Escape; wait_for "Wat veranderde"
# The room at 200×60: the Segment 2 trend and the Kosten charts beside the tables.
width=200 height=60
tmux resize-window -t "$session" -x "$width" -y "$height"
keys 3; wait_for "Trend: cliënten in verblijf"; shot 11-segment2-200x60
keys 2; wait_for ": ontvangen en verwacht"; shot 12-costs-200x60
keys 5; wait_for "Signalen voor het gesprek"; shot 16-provider-profile-200x60
keys 6; wait_for "Nuenen tegen de regio per jaar"; shot 20-municipality-nuenen-200x60
keys 1 q
# A national-size delivery (30 times the region, written to a temporary folder) while it is
# read: the progress, the 0-meting while the declaraties come in, a screen that waits for them.
big=$(mktemp -d)
.build/release/DemoData --scale 30 --from Data --output "$big" >/dev/null
width=120 height=40
tmux new-session -d -s "$session" -x "$width" -y "$height" -e LANG=C.UTF-8 -e NO_COLOR= -e XDG_STATE_HOME="$state" "$bin --data $big"
wait_for "bestanden gelezen"; shot 27-loading-30x
wait_for "DECLARATIES INLEZEN"; shot 28-zero-measurement-while-claims-load-30x
keys 2; wait_for "Dit scherm rekent met de declaraties"; shot 29-costs-waits-for-claims-30x
keys q
rm -r "$big"
# The provider brief as printed: one A4 page, when headless Chromium and pdftoppm are installed.
if command -v chromium >/dev/null && command -v pdftoppm >/dev/null; then
    tmp=$(mktemp -d)
    "$bin" brief 98431725 --format html > "$tmp/brief.html"
    chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$tmp/brief.pdf" --no-pdf-header-footer "$tmp/brief.html" 2>/dev/null
    pdftoppm -png -r 80 -singlefile "$tmp/brief.pdf" "$out/17-provider-brief"
    [ "$(pdfinfo "$tmp/brief.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" = 1 ] || echo "the brief does not fit one page" >&2
    rm -r "$tmp"
    echo "screenshots/17-provider-brief.png"
fi
