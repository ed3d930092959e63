#!/usr/bin/env bash
# Installs deskmate and what it needs on a fresh machine (Python 3.11 + pip present).
#   scripts/install.sh          the product
#   scripts/install.sh --dev    the product plus test tools and the Debian packages tests use
set -euo pipefail
cd "$(dirname "$0")/.."
dev=0; [ "${1:-}" = "--dev" ] && dev=1

apt_pkgs=(ffmpeg)
[ $dev = 1 ] && apt_pkgs+=(espeak-ng sox swaks postfix chromium)
missing=()
for p in "${apt_pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections 2>/dev/null || true
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# torch first, pinned: pip then takes the local CPU wheel instead of CUDA builds
python3 -m pip install -q torch==2.13.0
if [ $dev = 1 ]; then
  python3 -m pip install -q -e '.[dev]'
else
  python3 -m pip install -q -e .
fi
