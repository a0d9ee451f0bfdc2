#!/usr/bin/env bash
# Build the RACI Studio desktop bundle (one folder) with PyInstaller.
#   bash packaging/build.sh [--dist DIR] [--work DIR]
# Creates .venv if needed, installs RACI Studio with its `bundle` extra (PyInstaller) when
# PyInstaller is missing, and builds into build/pyinstaller and dist/raci-studio/.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
DIST=dist
WORK=build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    *) echo "usage: bash packaging/build.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done

say() { printf '==> %s\n' "$*" >&2; }

# PyInstaller reads shared-library dependencies with ldd and objdump (binutils).
if ! command -v objdump >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing binutils (PyInstaller needs objdump)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends binutils
fi

if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c 'import PyInstaller' >/dev/null 2>&1; then
  say "installing RACI Studio with PyInstaller into $VENV"
  "$VENV/bin/python" -m pip install -q -e '.[bundle]'
fi

say "building $DIST/raci-studio"
start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/raci-studio.spec
say "built $DIST/raci-studio/raci-studio in $(( $(date +%s) - start )) s ($(du -sh "$DIST/raci-studio" | cut -f1))"
