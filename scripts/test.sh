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
# corrupted heap) in about half the runs; per-package processes also free each package's
# models when it ends. Such a crash is rarer per package but not gone (see docs/testing.md):
# a package whose process is killed by a signal (not one whose tests fail) runs once more,
# and both the crash and the rerun are reported at the end.
logs=$(mktemp -d)
failed=()
crashes=()
run_package() {  # run_package PACKAGE PYTEST-ARGS...: pytest's exit code
  local package=$1
  shift
  local code=0
  python3 -X faulthandler -m pytest "$@" "$package" 2>&1 | tee "$logs/run.log" || code=$?
  return "$code"
}
for package in tests/*/; do
  [ -f "$package/__init__.py" ] || continue
  package=${package%/}
  echo "== $package"
  code=0
  run_package "$package" "$@" || code=$?
  if [ "$code" -gt 128 ]; then
    fatal=$(grep -m1 -B3 "Fatal Python error" "$logs/run.log" | tr '\n' ' ' | cut -c1-400 || true)
    fatal+=" in: $(sed -n '/Fatal Python error/,$p' "$logs/run.log" \
      | grep -m1 -E 'File ".*/(tests|services|transcription|screening|mail_gateway)/' \
      | cut -c1-200 || true)"
    crashes+=("$package: killed by signal $((code - 128)) ($fatal)")
    echo "== $package crashed (signal $((code - 128))); running it once more"
    code=0
    run_package "$package" "$@" || code=$?
    crashes+=("$package: the rerun exited $code")
  fi
  # 5: nothing collected (a -k that matches nothing in this package) is not a failure
  if [ "$code" -ne 0 ] && [ "$code" -ne 5 ]; then failed+=("$package (exit $code)"); fi
done
rm -rf "$logs"
for crash in "${crashes[@]+"${crashes[@]}"}"; do echo "CRASHED: $crash"; done
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all test packages passed"
