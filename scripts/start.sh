#!/usr/bin/env bash
# Start the workstation like a desktop program: install into .venv only when the install
# is missing or pyproject.toml changed since (a stamp holds its hash), then run it (the
# first run asks for the language and creates the demo database).
# As root on Debian/Ubuntu it first installs the system libraries Qt needs on a real
# display (xcb), when one is missing. Any arguments go to `workstation`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
STAMP=.venv/.workstation-install

# Qt's xcb platform plugin and what it loads (from ldd of PySide6's Qt libraries and a
# start under Xvfb with QT_DEBUG_PLUGINS=1), fonts and a CJK font for the Chinese desk.
QT_SYSTEM_PACKAGES="libxcb1 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libxkbcommon0
  libxkbcommon-x11-0 libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  fonts-wqy-zenhei"

system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0
  local missing="" pkg
  for pkg in $QT_SYSTEM_PACKAGES; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  [ -n "$missing" ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system libraries for Qt:$missing" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null 2>&1 \
      || echo "warning: could not install$missing" >&2
  else
    echo "warning: Qt may not start on a display without:$missing" >&2
    echo "         install them with: sudo apt-get install$missing" >&2
  fi
}

install_hash() {
  # what the install depends on: the project's requirements and the Python running it
  { cat pyproject.toml; [ ! -f setup.py ] || cat setup.py; "$PY" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1
}

system_packages
want=$(install_hash)
if [ ! -x .venv/bin/workstation ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  echo "Installing the workstation into .venv (once; again only when pyproject.toml changes)..." >&2
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
  echo "$want" > "$STAMP"
fi
exec .venv/bin/workstation "$@"
