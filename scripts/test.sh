#!/usr/bin/env bash
# Sets up everything the tests need, then runs them. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --dev
bash scripts/services.sh
exec python3 -m pytest "$@"
