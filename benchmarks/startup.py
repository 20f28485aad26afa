"""Cold start benchmark: the real main window (signed in, the queue shown) beside an
empty QMainWindow, each started in a fresh interpreter, measured in the same run.

    python benchmarks/startup.py [--runs 5] [--applications 200] [--db PATH]

Builds a demo database once (a current schema: the start only checks the revision),
then starts, alternately and ``--runs`` times each, a child that shows an empty
QMainWindow and a child that opens the database, signs in (officer1) and shows the
main window with the queue loaded; every child leaves as soon as its window is exposed.
The time is the wall time of the whole child (interpreter start included), taken by
this process, with the CPU time the child used. The password check (argon2, slow on
purpose) is reported apart and left out of the ratios: it is the same whatever the code
imports. Prints the medians and the ratios. Goal: under 4x.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 4.0

EMPTY = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtTest import QTest
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1400, 860)
w.show()
QTest.qWaitForWindowExposed(w)
app.processEvents()
print("{}", flush=True)
os._exit(0)
"""

REAL = """
import json, os, sys, time
from workstation.ui import i18n, settings
from workstation.ui.app import make_app
settings.use_directory(sys.argv[2])
app = make_app()
i18n.install("en")
from workstation.store.session import Store
store = Store.open(sys.argv[1])
from workstation.services.auth import sign_in
password = sys.argv[3]
t, c = time.perf_counter(), time.process_time()
actor = sign_in(store, "officer1", password)
signing, signing_cpu = time.perf_counter() - t, time.process_time() - c
from PySide6.QtTest import QTest
from workstation.ui.main_window import MainWindow
w = MainWindow(store, actor)
w.show()
QTest.qWaitForWindowExposed(w)
app.processEvents()
rows = w.queue_panel.table.model().rowCount()
print(json.dumps({"sign_in": signing, "sign_in_cpu": signing_cpu, "rows": rows,
                  "reportlab": "reportlab" in sys.modules, "alembic": "alembic" in sys.modules}), flush=True)
os._exit(0)
"""


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child(code: str, *args: str) -> tuple[float, float, dict]:
    """(wall time, CPU time, what the child printed) of one fresh start."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    cpu, t = _cpu(), time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    elapsed, cpu = time.perf_counter() - t, _cpu() - cpu
    return elapsed, cpu, json.loads(out.strip().splitlines()[-1])


def build_db(path: Path, applications: int) -> str:
    url = f"sqlite:///{path}"
    if not path.exists():
        print(f"building the demo database ({applications} applications) in {path} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "workstation", "--database", url, "demo",
                        "--applications", str(applications)], cwd=ROOT, check=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True)
    return url


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--applications", type=int, default=200)
    ap.add_argument("--db", type=Path, help="demo database file (built when missing; default: a temporary one)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = build_db(args.db or Path(tmp) / "startup.db", args.applications)
        settings_dir = str(Path(tmp) / "settings")
        sys.path.insert(0, str(ROOT))
        from workstation.demo.demo import DEMO_USERS      # the demo's password, read here, not in the child
        password = {u[0]: u[4] for u in DEMO_USERS}["officer1"]
        child(EMPTY)                    # warm the file cache once for both: we compare code, not the disk
        child(REAL, url, settings_dir, password)
        empty, empty_cpu, real, real_cpu, signing, signing_cpu = [], [], [], [], [], []
        info: dict = {}
        for _ in range(args.runs):
            elapsed, cpu, _info = child(EMPTY)
            empty.append(elapsed)
            empty_cpu.append(cpu)
            elapsed, cpu, info = child(REAL, url, settings_dir, password)
            real.append(elapsed)
            real_cpu.append(cpu)
            signing.append(info["sign_in"])
            signing_cpu.append(info["sign_in_cpu"])
    med = statistics.median
    e, r, s, ec, rc, sc = med(empty), med(real), med(signing), med(empty_cpu), med(real_cpu), med(signing_cpu)
    ratio, cpu_ratio = (r - s) / e, (rc - sc) / ec
    print(f"empty QMainWindow:        {e * 1000:7.0f} ms wall, {ec * 1000:5.0f} ms CPU (medians of {args.runs})")
    print(f"main window, queue shown: {r * 1000:7.0f} ms wall, {rc * 1000:5.0f} ms CPU, of which the password "
          f"check {s * 1000:.0f} ms wall, {sc * 1000:.0f} ms CPU ({info.get('rows')} rows; reportlab imported: {info.get('reportlab')}, "
          f"alembic imported: {info.get('alembic')})")
    print(f"ratio without the password check: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU   goal: under {GOAL:.0f}x   "
          f"{'OK' if ratio < GOAL else 'OVER'}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(a busy machine slows Python code more than Qt's: the CPU ratio is the steadier figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
