#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ with the real pages (tests/fixtures) and the
# simulator's page templates (src/sim/templates: the only markup there is
# for screens no capture exists of, e.g. 新着図書お知らせ). Copied, not
# committed: the fixtures stay the one source, and corpus/ is git-ignored.
# Every target gets every page, because a parser must cope with any page
# the site may answer with; libFuzzer keeps only what adds coverage.
#
# Usage: fuzz/seed.sh [TARGET…]   (default: every target in fuzz_targets/)
set -euo pipefail
cd "$(dirname "$0")"

if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for file in fuzz_targets/*.rs; do
    targets+=("$(basename "$file" .rs)")
  done
fi

for target in "${targets[@]}"; do
  if [ ! -f "fuzz_targets/$target.rs" ]; then
    echo "seed.sh: no target $target in fuzz_targets/" >&2
    exit 2
  fi
  mkdir -p "corpus/$target"
  for page in ../tests/fixtures/real/*/*.html ../tests/fixtures/real/*/*.js; do
    cp "$page" "corpus/$target/fixture-$(basename "$(dirname "$page")")-$(basename "$page")"
  done
  for page in ../src/sim/templates/*.html; do
    cp "$page" "corpus/$target/sim-$(basename "$page")"
  done
done
echo "seeded ${#targets[@]} target(s) with $(ls ../tests/fixtures/real/*/*.html ../tests/fixtures/real/*/*.js ../src/sim/templates/*.html | wc -l) pages each"
