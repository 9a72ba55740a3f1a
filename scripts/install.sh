#!/usr/bin/env bash
# Installs what Dialogue Lens needs on a Debian machine with Node.js 20+: Debian's Chromium and
# Firefox ESR for the demo and the end-to-end tests (only where missing), then the npm packages
# exactly as package-lock.json pins them.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}"
fi

npm ci --no-audit --no-fund
