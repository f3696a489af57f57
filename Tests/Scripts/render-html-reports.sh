#!/usr/bin/env bash
# Renders the README's three example projects as single HTML reports,
# rubrics/examples/portfolio.jsonl as a portfolio page and the README's diff (support bot, Q1 →
# Q2) as a diff page, screenshots each with headless Chromium, and fails if a screenshot is blank
# (nearly all one color) or the browser logged an error.
#
# Not part of `swift test` (CI has no browser): run it by hand after changing the HTML renderers,
# then look at the PNGs it leaves in the output folder.
#
#   Tests/Scripts/render-html-reports.sh [OUTPUT-FOLDER]     (default: .build/html-reports)
#
# ARCHADVISOR=path/to/archadvisor uses that binary instead of building one; CHROMIUM=… another
# browser binary (default: chromium, then chromium-browser, then google-chrome).
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:-.build/html-reports}
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ -z "${ARCHADVISOR:-}" ]; then
  swift build >&2
  ARCHADVISOR=$(swift build --show-bin-path)/archadvisor
fi
browser=${CHROMIUM:-}
if [ -z "$browser" ]; then
  for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null; then browser=$candidate; break; fi
  done
fi
if [ -z "$browser" ]; then
  echo "error: no Chromium found (apt-get install chromium, or set CHROMIUM=…)" >&2
  exit 2
fi

# The three example projects of the README, every factor answered.
"$ARCHADVISOR" recommend --format html --name "3-person prototype" --output "$out/prototype.html" \
  --team-size 3 --update-frequency weekly --scaling steady --resilience medium --skills containers \
  --infrastructure monitoring --ci-cd automated --budget tight --stage prototype --complexity simple \
  --latency relaxed --inference hosted_api
"$ARCHADVISOR" recommend --format html --name "15 engineers, spiky load, own GPUs" --output "$out/gpu-team.html" \
  --team-size 15 --update-frequency weekly --scaling spiky --resilience high \
  --skills containers,orchestration,networking --infrastructure orchestration,monitoring --ci-cd automated \
  --budget moderate --stage production --complexity moderate --latency sensitive --inference self_hosted
"$ARCHADVISOR" recommend --format html --name "200-engineer platform" --output "$out/platform.html" \
  --team-size 200 --update-frequency daily --scaling spiky --resilience critical \
  --skills containers,orchestration,networking,security,tracing --infrastructure orchestration,monitoring \
  --ci-cd continuous --budget ample --stage production --complexity complex --latency sensitive \
  --inference self_hosted
# The example portfolio has one rejected record on purpose: batch exits 65 and still writes the page.
status=0
"$ARCHADVISOR" batch --format html --quiet --output "$out/portfolio.html" rubrics/examples/portfolio.jsonl || status=$?
if [ "$status" -ne 65 ]; then
  echo "error: batch exited $status, expected 65 (one rejected record)" >&2
  exit 1
fi

# The README's diff: one project a quarter apart.
"$ARCHADVISOR" diff --format html --output "$out/diff.html" \
  rubrics/examples/support-bot-2026q1.json rubrics/examples/support-bot-2026q2.json

failed=0
for page in prototype gpu-team platform portfolio diff; do
  html="$out/$page.html"
  png="$out/$page.png"
  log="$out/$page.log"
  rm -f "$png"
  # Tall enough for the whole page: the diff's tables run longer than a report.
  height=2400
  if [ "$page" = diff ]; then height=4200; fi
  # A fresh profile each time, so nothing cached or installed changes the picture.
  profile=$(mktemp -d)
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --screenshot="$png" --window-size=1200,$height "file://$html" \
    >"$log" 2>&1 || true
  rm -rf "$profile"
  if [ ! -s "$png" ]; then
    echo "FAIL $page: no screenshot (see $log)" >&2
    failed=1
    continue
  fi
  # Console messages (a script error, a resource that failed to load) and network errors; the
  # sandbox's missing D-Bus and GPU notes are the machine's, not the page's.
  if grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load resource' "$log" >&2; then
    echo "FAIL $page: the browser logged an error (see $log)" >&2
    failed=1
  fi
  # Blank: more than 98% of the pixels one color (a white page with a title is about 97%).
  if ! python3 - "$png" <<'PY'
import struct, sys, zlib
from collections import Counter

path = sys.argv[1]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, depth, kind = 8, b"", 0, 0, 0, 0
while pos < len(data):
    length, = struct.unpack(">I", data[pos:pos + 4])
    tag = data[pos + 4:pos + 8]
    body = data[pos + 8:pos + 8 + length]
    if tag == b"IHDR":
        width, height, depth, kind = struct.unpack(">IIBB", body[:10])
    elif tag == b"IDAT":
        idat += body
    pos += 12 + length
assert depth == 8 and kind in (2, 6), f"unexpected PNG layout: depth {depth}, color type {kind}"
channels = 3 if kind == 2 else 4
raw = zlib.decompress(idat)
stride = width * channels
rows, previous, counts = 0, bytearray(stride), Counter()
pos = 0
for _ in range(height):
    kind_of_filter = raw[pos]
    line = bytearray(raw[pos + 1:pos + 1 + stride])
    pos += 1 + stride
    for i in range(stride):
        left = line[i - channels] if i >= channels else 0
        up = previous[i]
        corner = previous[i - channels] if i >= channels else 0
        if kind_of_filter == 1:
            line[i] = (line[i] + left) & 255
        elif kind_of_filter == 2:
            line[i] = (line[i] + up) & 255
        elif kind_of_filter == 3:
            line[i] = (line[i] + (left + up) // 2) & 255
        elif kind_of_filter == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    previous = line
    # Every 4th row and column is plenty to tell a page from a blank one.
    if rows % 4 == 0:
        for x in range(0, width, 4):
            counts[bytes(line[x * channels:x * channels + 3])] += 1
    rows += 1
total = sum(counts.values())
color, most = counts.most_common(1)[0]
share = most / total
print(f"{path}: {width}x{height}, {len(counts)} colors sampled, the commonest {share:.1%}")
sys.exit(1 if share > 0.98 or len(counts) < 8 else 0)
PY
  then
    echo "FAIL $page: the screenshot is blank" >&2
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "ok: $out/{prototype,gpu-team,platform,portfolio,diff}.{html,png}"
