"""Cold start benchmark: what the officer sees first -- the sign-in window, painted and
taking keys -- and the main window with the queue after signing in at once, each
started in a fresh interpreter through the real start (``ui.app.run_gui``), beside an
empty QMainWindow, measured in the same run.

    python benchmarks/startup.py [--runs 5] [--applications 200] [--db PATH]

Builds a demo database once (a current schema: the start only checks the revision),
then starts, in turn and ``--runs`` times each:

- a child that shows an empty QMainWindow;
- "first window": ``run_gui`` until the sign-in window is exposed, then the user name
  typed into it (the keys' time is printed: the window takes keys while the database
  layer loads behind it);
- "main window": ``run_gui``, user name and password typed and Sign in clicked the
  moment the window shows (no time given to load behind it), until the main window is
  exposed with the queue's rows.

Every child leaves as soon as its window is there. The time is the wall time of the
whole child (interpreter start included), taken by this process, with the CPU time the
child used. The password check (argon2, slow on purpose) is timed inside the child and
left out of the main window's ratio: it is the same whatever the code imports. Prints
the medians and the ratios. Goal: the first window under 4x.
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

# argv: mode, database URL, settings folder, password. Modes: "first" (until the sign-in
# window takes keys), "main" (Sign in clicked at once), "typed" (Sign in clicked once the
# loading behind the window is done, as after typing a password: the time after the click)
REAL = """
import argparse, faulthandler, json, os, sys, time
faulthandler.dump_traceback_later(120, exit=True)      # a start that hangs says where, and ends
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from workstation.ui import settings
from workstation.ui.app import make_app, run_gui
mode, url, folder, password = sys.argv[1:5]
settings.use_directory(folder)
app = make_app()
settings.set_value("ui/language_asked", True)
state = {"clicked": False, "sign_in": 0.0, "sign_in_cpu": 0.0}

from workstation.ui.signin import SignInDialog
accept = SignInDialog._on_buttons_accepted

def timed_accept(self):                 # the password check, timed (argon2: slow on purpose)
    if self.store is None:
        return accept(self)
    t, c = time.perf_counter(), time.process_time()
    try:
        return accept(self)
    finally:
        state["sign_in"] += time.perf_counter() - t
        state["sign_in_cpu"] += time.process_time() - c
SignInDialog._on_buttons_accepted = timed_accept

def done(**info):
    import threading
    info.update(sign_in=state["sign_in"], sign_in_cpu=state["sign_in_cpu"],
                reportlab="reportlab" in sys.modules, alembic="alembic" in sys.modules,
                loading=any(t.name == "workstation-start" for t in threading.enumerate()))
    print(json.dumps(info), flush=True)
    os._exit(0)

def poll():
    from PySide6.QtTest import QTest
    for w in QApplication.topLevelWidgets():
        exposed = w.isVisible() and w.windowHandle() is not None and w.windowHandle().isExposed()
        if w.objectName() == "signInDialog" and exposed and not state.get("typed"):
            app.processEvents()
            w.username.clear()              # (the last user's name is filled in: typed again here)
            t = time.perf_counter()
            QTest.keyClicks(w.username, "officer1")
            keys = time.perf_counter() - t
            if mode == "first":
                done(keys=keys, rows=None)
            QTest.keyClicks(w.password, password)
            state["typed"] = True
        if w.objectName() == "signInDialog" and state.get("typed") and not state["clicked"]:
            import threading
            loading = any(t.name == "workstation-start" for t in threading.enumerate())
            preloaded = "workstation.ui.aftercare.blacklist_desk" in sys.modules     # the last screen preloaded
            if mode == "main" or (not loading and preloaded and w.store is not None):
                state["clicked"] = time.perf_counter()
                w.buttons.accepted.emit()
        if w.objectName() == "mainWindow" and exposed:
            app.processEvents()
            done(rows=w.queue_panel.table.model().rowCount(), after_click=time.perf_counter() - state["clicked"])

timer = QTimer()
timer.timeout.connect(poll)
timer.start(2)
run_gui(argparse.Namespace(database=url, lang="en"))
"""


# the main window built straight after opening the database and signing in, no sign-in
# window (what this benchmark measured before the start showed the sign-in window first)
DIRECT = """
import json, os, sys, time
from workstation.ui import i18n, settings
from workstation.ui.app import make_app
settings.use_directory(sys.argv[2])
app = make_app()
i18n.install("en")
from workstation.services.connect import Store
store = Store.open(sys.argv[1])
from workstation.services.auth import sign_in
t, c = time.perf_counter(), time.process_time()
actor = sign_in(store, "officer1", sys.argv[3])
signing, signing_cpu = time.perf_counter() - t, time.process_time() - c
from PySide6.QtTest import QTest
from workstation.ui.main_window import MainWindow
w = MainWindow(store, actor)
w.show()
QTest.qWaitForWindowExposed(w)
app.processEvents()
print(json.dumps({"sign_in": signing, "sign_in_cpu": signing_cpu}), flush=True)
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
    run = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, text=True)
    if run.returncode or not run.stdout.strip():
        raise SystemExit(f"the child failed ({run.returncode}):\n{run.stderr[-4000:]}")
    out = run.stdout
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
    med = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        url = build_db(args.db or Path(tmp) / "startup.db", args.applications)
        settings_dir = str(Path(tmp) / "settings")
        os.environ["WORKSTATION_LOG_DIR"] = str(Path(tmp) / "log")
        sys.path.insert(0, str(ROOT))
        from workstation.demo.demo import DEMO_USERS      # the demo's password, read here, not in the child
        password = {u[0]: u[4] for u in DEMO_USERS}["officer1"]
        child(EMPTY)                    # warm the file cache once for all: we compare code, not the disk
        child(REAL, "main", url, settings_dir, password)
        runs: dict[str, list[tuple[float, float, dict]]] = {"empty": [], "first": [], "main": [], "direct": [],
                                                               "typed": []}
        for _ in range(args.runs):
            runs["empty"].append(child(EMPTY))
            runs["first"].append(child(REAL, "first", url, settings_dir, password))
            runs["main"].append(child(REAL, "main", url, settings_dir, password))
            runs["direct"].append(child(DIRECT, url, settings_dir, password))
            runs["typed"].append(child(REAL, "typed", url, settings_dir, password))
    e, ec = med(r[0] for r in runs["empty"]), med(r[1] for r in runs["empty"])
    f, fc = med(r[0] for r in runs["first"]), med(r[1] for r in runs["first"])
    keys = med(r[2]["keys"] for r in runs["first"])
    first_info = runs["first"][-1][2]
    m, mc = med(r[0] for r in runs["main"]), med(r[1] for r in runs["main"])
    s, sc = med(r[2]["sign_in"] for r in runs["main"]), med(r[2]["sign_in_cpu"] for r in runs["main"])
    info = runs["main"][-1][2]
    ratio = f / e
    print(f"empty QMainWindow:                 {e * 1000:7.0f} ms wall, {ec * 1000:5.0f} ms CPU (medians of {args.runs})")
    print(f"first window (sign-in, taking keys): {f * 1000:5.0f} ms wall, {fc * 1000:5.0f} ms CPU; typing the user "
          f"name took {keys * 1000:.1f} ms (the database layer still loading behind it: {first_info.get('loading')})")
    print(f"main window, signed in at once:    {m * 1000:7.0f} ms wall, {mc * 1000:5.0f} ms CPU, of which the "
          f"password check {s * 1000:.0f} ms wall, {sc * 1000:.0f} ms CPU ({info.get('rows')} rows; reportlab "
          f"imported: {info.get('reportlab')}, alembic imported: {info.get('alembic')})")
    print(f"first window: {ratio:.2f}x wall, {fc / ec:.2f}x CPU   goal: under {GOAL:.0f}x   "
          f"{'OK' if ratio < GOAL else 'OVER'}")
    print(f"main window without the password check: {(m - s) / e:.2f}x wall, {(mc - sc) / ec:.2f}x CPU")
    d, dc = med(r[0] for r in runs["direct"]), med(r[1] for r in runs["direct"])
    ds, dsc = med(r[2]["sign_in"] for r in runs["direct"]), med(r[2]["sign_in_cpu"] for r in runs["direct"])
    print(f"main window built directly, no sign-in window (the earlier measure): {d * 1000:.0f} ms wall, "
          f"{dc * 1000:.0f} ms CPU; without the password check {(d - ds) / e:.2f}x wall, {(dc - dsc) / ec:.2f}x CPU")
    after = med(r[2]["after_click"] - r[2]["sign_in"] for r in runs["typed"])
    print(f"from Sign in to the main window once the loading behind the sign-in window is done (as after typing "
          f"the password): {after * 1000:.0f} ms wall without the password check, {after / e:.2f}x the empty window")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
          "(a busy machine slows Python code more than Qt's: the CPU ratio is the steadier figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
