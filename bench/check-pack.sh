#!/usr/bin/env bash
# Issue 13 item 5, the real thing (needs the package registry and builds better-sqlite3 from source:
# minutes, so not in CI; test/package.test.ts is the offline check that runs in `npm test`):
# build, `npm pack`, `npm install --omit=dev <tarball>` in an empty folder, then `npx copydesk run` over
# the sample dumps in input/ from that folder (no config/ there: the shipped settings apply), and compare
# records and feeds with the project's own run.
# Usage: bench/check-pack.sh [WORKDIR]   (default: .eval-pack/ in the project; removed and made anew)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$root/.eval-pack}"
rm -rf "$work" && mkdir -p "$work/app" "$work/in"
cd "$root"
npm run build --silent
tarball="$(npm pack --ignore-scripts --silent --pack-destination "$work" | tail -1)"
cp input/*.txt input/*.md "$work/in/" 2>/dev/null || true
cd "$work/app"
echo '{ "name": "copydesk-pack-check", "private": true }' > package.json
t0=$(date +%s)
npm install --omit=dev --no-audit --no-fund "$work/$tarball" > "$work/install.log" 2>&1 || { tail -20 "$work/install.log"; exit 1; }
echo "install: $(( $(date +%s) - t0 )) s"
npx --no-install copydesk run --input "$work/in" --output "$work/out" --quiet
node "$root/dist/pipeline/cli.js" run --config "$root/config" --input "$work/in" --output "$work/own" --quiet > /dev/null
diff -r "$work/own/records" "$work/out/records" && diff -r "$work/own/feeds" "$work/out/feeds" && echo "check-pack: OK (records and feeds equal the project's own run)"
