"""Installs anywhere (issue 14): a wheel built from the tree, installed into a fresh
virtual environment without downloading anything, runs `workstation quote`,
`workstation demo --applications 50` on a fresh database, prints a document and checks
it with `workstation verify-document` -- with ``workstation`` and its resources
imported from the wheel, never from this checkout.

The fresh environment gets the third-party packages of the running one through a .pth
line (nothing is downloaded); that folder's own .pth files, the editable install's
among them, are not processed, so only the wheel provides ``workstation``."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="venv layout of POSIX systems")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{cmd}\nstdout: {done.stdout[-3000:]}\nstderr: {done.stderr[-3000:]}"
    return done


def _can_build_without_isolation() -> bool:
    try:
        import setuptools
        import wheel  # noqa: F401
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 68


def _pip(*args: str) -> list[str]:
    cmd = [sys.executable, "-m", "pip", *args]
    if _can_build_without_isolation():
        cmd.append("--no-build-isolation")
    # otherwise pip's isolated build environment takes setuptools from the configured indexes
    return cmd


def _no_pythonpath() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


@pytest.fixture(scope="module")
def src_copy(tmp_path_factory) -> Path:
    """A copy of the tree to build from (the checkout gets no build/ or egg-info folder)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, src / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "workstation", src / "workstation", ignore=skip)
    shutil.copytree(ROOT / "resources", src / "resources", ignore=skip)
    return src


@pytest.fixture(scope="module")
def wheel_file(src_copy, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(_pip("wheel", "--no-deps", "-q", "-w", str(out), str(src_copy)), cwd=src_copy, env=_no_pythonpath())
    (wheel,) = out.glob("workstation-*.whl")
    return wheel


def _fresh_venv(path: Path) -> Path:
    """A virtual environment without pip that sees the running one's third-party packages."""
    _run([sys.executable, "-m", "venv", "--without-pip", str(path)])
    python = path / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
    (site / "zz_shared_third_party.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return python


@pytest.fixture(scope="module")
def fresh_env(wheel_file, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    python = _fresh_venv(venv)
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
          str(wheel_file)])
    return venv


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKSTATION_DATABASE_URL")}
    env.update(QT_QPA_PLATFORM="offscreen", WORKSTATION_HOME=str(tmp / "home"),
               WORKSTATION_LOG_DIR=str(tmp / "log"))
    return env


def test_wheel_carries_the_resources(wheel_file):
    import zipfile
    names = set(zipfile.ZipFile(wheel_file).namelist())
    for needed in ("workstation/resources/scorecards/scorecard_v1.json",
                   "workstation/resources/questionnaire/psych_v1.json",
                   "workstation/resources/translations/workstation_zh_CN.qm",
                   "workstation/resources/help/guide_zh_CN.html",
                   "workstation/resources/warning_rules/warning_rules_v1.json",
                   "workstation/resources/samples/applications_sample.jsonl",
                   "workstation/store/migrations/env.py"):
        assert needed in names
    assert not any(n.endswith("update.py") for n in names)


def test_installed_wheel_quotes_builds_a_demo_and_verifies_a_document(fresh_env, tmp_path):
    python, workstation = fresh_env / "bin" / "python", fresh_env / "bin" / "workstation"
    env = _env(tmp_path)
    where = _run([str(python), "-c", "import workstation, workstation.assets as a, workstation.domain.scoring as s;"
                  "print(workstation.__file__); print(a.resources_dir()); print(s.load_scorecard().version)"],
                 cwd=tmp_path, env=env).stdout.split()
    assert where[0].startswith(str(fresh_env)) and where[1].startswith(str(fresh_env)), where
    assert not where[0].startswith(str(ROOT))
    home_env = {k: v for k, v in env.items() if k != "WORKSTATION_HOME"}
    home_env.update(HOME=str(tmp_path / "user"), XDG_DATA_HOME=str(tmp_path / "user" / "data"))
    db_dir = _run([str(python), "-c", "from workstation.config import default_db_dir; print(default_db_dir())"],
                  cwd=tmp_path, env=home_env).stdout.strip()
    assert db_dir.startswith(str(tmp_path / "user")), db_dir        # the user's data folder, not site-packages

    quote = _run([str(workstation), "quote", "--amount", "100000", "--annual-rate", "18", "--term", "12",
                  "--method", "equal-installment", "--start", "2026-01-31"], cwd=tmp_path, env=env).stdout
    assert "100,000.00" in quote or "100000.00" in quote

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    demo = _run([str(workstation), "--database", url, "demo", "--applications", "50"], cwd=tmp_path, env=env).stdout
    assert "50 applications" in demo

    with sqlite3.connect(tmp_path / "demo.db") as db:
        contract, status = db.execute("SELECT contract_no, status FROM loans WHERE status != 'contracted' "
                                      "ORDER BY id LIMIT 1").fetchone()
    pdf = tmp_path / "doc.pdf"
    _run([str(workstation), "--database", url, "print", "settlement" if status == "closed" else "schedule",
          "--contract", contract, "--user", "admin", "--out", str(pdf)], cwd=tmp_path,
         env={**env, "WORKSTATION_PASSWORD": "Admin#2026"})
    verified = _run([str(workstation), "--database", url, "verify-document", str(pdf)], cwd=tmp_path, env=env).stdout
    assert verified.startswith("GENUINE") and contract in verified


def test_editable_install_reads_the_checkouts_resources(src_copy, tmp_path):
    python = _fresh_venv(tmp_path / "editable")
    _run(_pip("--python", str(python), "install", "--no-deps", "-q", "-e", str(src_copy)), cwd=tmp_path,
         env=_no_pythonpath())
    out = _run([str(python), "-c", "import workstation, workstation.assets as a, workstation.ui.help as h;"
                "print(workstation.__file__); print(a.resources_dir()); print(a.resource_path('scorecards',"
                " 'scorecard_v1.json').is_file())"], cwd=tmp_path, env=_env(tmp_path)).stdout.split()
    assert out == [str(src_copy / "workstation" / "__init__.py"), str(src_copy / "resources"), "True"]
