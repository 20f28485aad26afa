#!/usr/bin/env bash
# Install the workstation with its test dependencies into .venv and run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
# Qt's offscreen platform still loads these system libraries (fonts, xkb, GL, dbus);
# a TrueType CJK font to embed in PDFs and poppler to check the QR code on a rendered page.
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=""
  for pkg in libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-wqy-zenhei poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/dev/null \
      || echo "warning: could not install$missing" >&2
  fi
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# one worker per core (each with its own databases and PostgreSQL schemas); "-n 0" runs in one process
exec .venv/bin/python -m pytest -q -n auto "$@"
