#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find: lint, types, unit tests, build,
# browser tests, size budget. Browser tests need Chromium: see scripts/ensure-chromium.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
echo "== lint";      npm run --silent lint
echo "== typecheck"; npm run --silent typecheck
echo "== unit";      npm run --silent test
echo "== build";     npm run --silent build
echo "== e2e";       node tests/e2e/run.mjs
echo "== budget";    node scripts/budget.mjs --no-build
