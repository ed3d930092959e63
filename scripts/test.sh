#!/usr/bin/env bash
# Sets up everything the tests need, then runs them. Extra arguments go to pytest.
#   scripts/test.sh                      every test package, each in its own Python process
#   scripts/test.sh tests/mail -k dsn    the paths given, in one process
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --dev
bash scripts/services.sh
for arg in "$@"; do
  [ -e "${arg%%::*}" ] && exec python3 -m pytest "$@"
done
# One process per package: on this 2-core build machine a single process running all of them
# aborted inside a native library (CTranslate2's encoder, or later in whatever touched the
# corrupted heap) in about half the runs, with this session's code and the previous one's
# alike; per-package processes also free each package's models when it ends.
failed=()
for package in tests/*/; do
  [ -f "$package/__init__.py" ] || continue
  echo "== ${package%/}"
  code=0
  python3 -X faulthandler -m pytest "$@" "$package" || code=$?
  # 5: nothing collected (a -k that matches nothing in this package) is not a failure
  if [ "$code" -ne 0 ] && [ "$code" -ne 5 ]; then failed+=("${package%/} (exit $code)"); fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all test packages passed"
