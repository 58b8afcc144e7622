#!/usr/bin/env bash
# What the test suite drives besides newsx, from Debian: GNU parallel (newsx as a mapper across
# jobs), Chromium (the HTML report opened in a real browser), and Debian's Python with Dask
# distributed (newsx mapped over a local cluster), pandas and networkx (the corpus tables and graph
# loaded as users load them). Nothing here is needed to run newsx itself. Skips what is already
# installed; uses sudo only when not root.
set -euo pipefail
missing=()
command -v parallel >/dev/null || missing+=(parallel)
command -v chromium >/dev/null || missing+=(chromium)
# Debian's python3 packages import only in Debian's interpreter.
for module in distributed:python3-distributed pandas:python3-pandas networkx:python3-networkx; do
  /usr/bin/python3 -c "import ${module%%:*}" 2>/dev/null || missing+=("${module#*:}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
