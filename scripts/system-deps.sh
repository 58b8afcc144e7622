#!/usr/bin/env bash
# The two system programs the test suite drives, from Debian: GNU parallel (newsx as a mapper
# across jobs) and Chromium (the HTML report opened in a real browser). Nothing else is needed
# to run newsx itself. Skips what is already installed; uses sudo only when not root.
set -euo pipefail
missing=()
command -v parallel >/dev/null || missing+=(parallel)
command -v chromium >/dev/null || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
