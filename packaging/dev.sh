#!/usr/bin/env bash
# Set up a development environment and run RACI Studio or its tests.
#   bash packaging/dev.sh run [FILE]   install what is missing, then open the app
#   bash packaging/dev.sh test         install what is missing, then lint, type-check and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
# Qt's offscreen and xcb platforms need these shared libraries and at least one font.
QT_PACKAGES=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
             libxkbcommon0 fonts-dejavu-core)
# A real window on an X11 desktop needs the xcb plugin's libraries as well.
XCB_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
              libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1)

say() { printf '==> %s\n' "$*" >&2; }

need_apt() {
  # Install the Debian packages that are missing; quiet when everything is there.
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

check_python() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || {
    say "RACI Studio needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)"; exit 1; }
  if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    local ver; ver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    need_apt "python${ver}-venv"
  fi
}

setup_venv() {
  check_python
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing RACI Studio and its test tools into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e '.[test]'
    touch "$stamp"
  fi
}

cmd=${1:-}
shift || true
case "$cmd" in
  run)
    need_apt "${QT_PACKAGES[@]}" "${XCB_PACKAGES[@]}"
    setup_venv
    file=${1:-samples/support-ticket-deflection.raci.json}
    exec "$VENV/bin/raci-studio" "$file"
    ;;
  test)
    need_apt "${QT_PACKAGES[@]}"
    setup_venv
    say "ruff"
    "$VENV/bin/ruff" check raci_studio tests benchmarks
    "$VENV/bin/ruff" format --check raci_studio tests benchmarks
    say "import contracts"
    "$VENV/bin/lint-imports"
    say "types"
    "$VENV/bin/mypy"
    say "tests"
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -q "$@"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run [FILE] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac
