"""The one-folder desk (issue 18, part 4): scripts/build.sh builds it with PyInstaller and
the built executable runs ``--version`` and ``quote`` offscreen, with no virtualenv (a
clean environment: no PYTHONPATH, no VIRTUAL_ENV, PATH without the venv). Takes minutes:
marked ``build``; CI runs it in its own step (``pytest -m build``)."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation import __version__

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.build,
              pytest.mark.timeout(2400),    # the build alone takes over the suite's 600 s on a loaded machine
              pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                                 reason="PyInstaller not installed (pip install -e .[build])")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = Path(os.environ.get("WORKSTATION_BUILT_DIR", "")) if os.environ.get("WORKSTATION_BUILT_DIR") else None
    if out is None:
        out = tmp_path_factory.mktemp("dist")
        subprocess.run(["bash", str(ROOT / "scripts" / "build.sh"), "--python", sys.executable],
                       env={**os.environ, "BUILD_DIR": str(out)}, check=True, capture_output=True, timeout=1800)
    exe = out / "workstation" / ("workstation.exe" if sys.platform == "win32" else "workstation")
    assert exe.is_file()
    return exe


def _clean_env(tmp_path: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
            "WORKSTATION_HOME": str(tmp_path / "data"), "WORKSTATION_LOG_DIR": str(tmp_path / "log"),
            "LANG": "C.UTF-8"}


def test_built_desk_runs_version_and_quote_without_the_virtualenv(built, tmp_path):
    env = _clean_env(tmp_path)
    v = subprocess.run([str(built), "--version"], env=env, capture_output=True, text=True, timeout=120)
    assert v.returncode == 0 and v.stdout.strip() == f"workstation {__version__}"
    q = subprocess.run([str(built), "quote", "--amount", "100000", "--monthly-rate", "1.5", "--term", "12",
                        "--method", "equal-principal", "--start", "2026-01-15"],
                       env=env, capture_output=True, text=True, timeout=120)
    assert q.returncode == 0, q.stderr
    assert "100,000.00" in q.stdout or "100000.00" in q.stdout
    db = subprocess.run([str(built), "--database", f"sqlite:///{tmp_path / 'x.db'}", "db", "info"],
                        env=env, capture_output=True, text=True, timeout=300)    # migrations shipped inside
    assert db.returncode == 0 and "schema at" in db.stdout, db.stderr
    assert (built.parent / "workstation.desktop").is_file() and (built.parent / "workstation.png").is_file()
