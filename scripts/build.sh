#!/usr/bin/env bash
# Build the desk as one folder with its launcher (PyInstaller): dist/workstation/workstation
# (workstation.exe on Windows, run through Git Bash or WSL-less: see docs/installing.md).
# The folder runs on a machine without Python or the project's virtualenv.
# Usage: scripts/build.sh [--python PY]   (PY: a Python with the project and pyinstaller installed)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ "${1:-}" = "--python" ] && PY=$2
SEP=":"; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) SEP=";";; esac
OUT=${BUILD_DIR:-dist}
"$PY" -m PyInstaller --noconfirm --clean --onedir --name workstation \
  --distpath "$OUT" --workpath "${OUT}/.build" --specpath "${OUT}/.build" \
  --add-data "$PWD/resources${SEP}workstation/resources" \
  --add-data "$PWD/workstation/store/migrations${SEP}workstation/store/migrations" \
  --collect-submodules workstation --collect-submodules alembic --collect-submodules psycopg \
  --collect-data stdnum --collect-data reportlab \
  --exclude-module tkinter --exclude-module pytest --exclude-module _pytest --exclude-module hypothesis --exclude-module PySide6.QtWebEngineCore --exclude-module PySide6.Qt3DCore \
  --icon "$PWD/packaging/workstation.png" \
  workstation/__main__.py
cp packaging/workstation.desktop packaging/workstation.png "$OUT/workstation/"
echo "built: $OUT/workstation/workstation"
