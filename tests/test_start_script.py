"""scripts/start.sh installs only when the install is missing or pyproject.toml changed
(issue 11: it reinstalled with pip on every start, sign-in after 8-9 s instead of 2 s),
and names the system libraries Qt needs when it cannot install them."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("bash") is None or shutil.which("sha256sum") is None,
                                reason="needs bash and sha256sum")


def _fake(path: Path, body: str) -> None:
    path.write_text("#!/usr/bin/env bash\n" + body + "\n")
    path.chmod(0o755)


@pytest.fixture
def project(tmp_path):
    """A copy of the script and pyproject.toml, a fake installed .venv that logs what is run,
    and a fake dpkg (all packages present unless FAKE_MISSING names one)."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "start.sh", tmp_path / "scripts" / "start.sh")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bin_ = tmp_path / ".venv" / "bin"
    bin_.mkdir(parents=True)
    log = tmp_path / "calls.log"
    _fake(bin_ / "python", f'echo "python $*" >> {log}')
    _fake(bin_ / "workstation", f'echo "workstation $*" >> {log}')
    fakes = tmp_path / "fakebin"
    fakes.mkdir()
    _fake(fakes / "dpkg", '[ "$2" != "${FAKE_MISSING:-}" ]')
    _fake(fakes / "id", 'echo 1000')            # not root: never apt-get from a test
    return tmp_path, log, fakes


def _start(project_dir: Path, fakes: Path, **env) -> subprocess.CompletedProcess:
    e = dict(os.environ, PATH=f"{fakes}:{os.environ['PATH']}", **env)
    return subprocess.run(["bash", "scripts/start.sh", "--lang", "en"], cwd=project_dir, env=e,
                          capture_output=True, text=True, timeout=60, check=True)


def test_installs_once_then_only_when_pyproject_changes(project):
    root, log, fakes = project
    _start(root, fakes)
    first = log.read_text().splitlines()
    assert any("pip install -q -e ." in c for c in first) and first[-1] == "workstation --lang en"
    assert (root / ".venv" / ".workstation-install").read_text().strip()
    log.write_text("")
    _start(root, fakes)
    assert log.read_text().splitlines() == ["workstation --lang en"]     # no pip on a later start
    with (root / "pyproject.toml").open("a") as f:
        f.write("\n# a new dependency\n")
    log.write_text("")
    _start(root, fakes)
    assert any("pip install" in c for c in log.read_text().splitlines())


def test_names_missing_qt_libraries_when_it_cannot_install(project):
    root, _log, fakes = project
    r = _start(root, fakes, FAKE_MISSING="libxcb-icccm4")
    assert "libxcb-icccm4" in r.stderr and "sudo apt-get install" in r.stderr
