#!/usr/bin/env bash
# Installs the browsers the E2E tests and the demo drive (Debian/Ubuntu packages), when missing,
# and openssl, which the online look-up E2E test uses to make a throw-away TLS certificate.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
missing=()
have chromium || have chromium-browser || missing+=(chromium)
have firefox-esr || have firefox || missing+=(firefox-esr)
have openssl || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && { echo "Browsers present: $(chromium --version 2>/dev/null || true); $(firefox-esr --version 2>/dev/null || true)"; exit 0; }

if [ "$(id -u)" -eq 0 ]; then
  runner=()
elif have sudo; then
  runner=(sudo)
else
  echo "Missing packages: ${missing[*]}. Install them as root with:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get..."
"${runner[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
echo "Installed: $(chromium --version 2>/dev/null || true); $(firefox-esr --version 2>/dev/null || true)"
