"""Queue benchmark through the real main window, at 10k, 100k and 1M applications.

    python benchmarks/queue_window.py [--rows 10000,100000,1000000] [--pg] [--rebuild] [--dir /tmp]
                                      [--only REGEX]

For each size the database is built once by bulk SQL (a 2,000-application demo set
copied N times with per-row numbers, dates, amounts, statuses and owners, the indexes
and the search index built after the rows), then a child process signs in as officer1,
supervisor1 and admin and drives the main window offscreen: open it, sort by every
column both ways (the header), each filter, five combined filters (a province or an
amount range with another filter), each search kind (application number, name start,
last ID digits, text inside a name) and Ctrl+End to the last row. Every
SQL statement the action sends is captured and replayed on a bare sqlite3 (or psycopg)
connection: each time is printed beside that bare SQL time and their ratio (medians of
three). The end prints the growth from 100k to 1M and the child's peak RSS.
Goal: every action under 50 ms at 1M rows, peak RSS under 400 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this file is named like the standard library's queue module (psycopg imports that one)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

GOAL_MS = 50
GOAL_MB = 400
REPEAT = 3
ONLY = os.environ.get("QUEUE_BENCH_ONLY")     # --only: a regular expression over the action labels
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PG_DSN = "host=127.0.0.1 port=5432 dbname=test user=postgres"
STATUS_MIX = [("received", 250), ("in_review", 150), ("interview", 50), ("more_info", 30), ("recommended", 40),
              ("awaiting_signoff", 80), ("returned", 20), ("approved", 80), ("declined", 120),
              ("offer_expired", 30), ("withdrawn", 20), ("contracted", 30), ("disbursed", 80), ("closed", 20)]
GRADES = ["A", "B", "C", "D", "E"]


# --- building ---------------------------------------------------------------------------

def _status_case(r: str) -> str:
    out, lo = [], 0
    for status, share in STATUS_MIX:
        out.append(f"WHEN {r} < {lo + share} THEN '{status}'")
        lo += share
    return "CASE " + " ".join(out) + " END"


def build(url: str, schema: str | None, rows: int) -> None:
    """Demo reference data through the services, then ``rows`` applications by bulk SQL."""
    from workstation.store.session import Store
    from workstation.demo.demo import generate
    from workstation.store import queue_index
    t0 = time.perf_counter()
    store = Store.open(url, schema=schema)
    generate(store, None, applications=2000, seed=7)
    pg = store.engine.dialect.name == "postgresql"
    with store.engine.begin() as conn:
        def x(sql):       # psycopg reads % as a placeholder mark
            return conn.exec_driver_sql(sql.replace("%", "%%") if pg else sql)
        cols = [c.name for c in __import__("workstation.store.models", fromlist=["Application"])
                .Application.__table__.columns]
        x("CREATE TEMP TABLE seed AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, applications.* "
          "FROM applications")
        x("CREATE TEMP TABLE offs AS SELECT row_number() OVER (ORDER BY u.id) - 1 AS k, u.id AS uid FROM users u "
          "JOIN user_roles r ON r.user_id = u.id AND r.role = 'officer'")
        nseed = x("SELECT count(*) FROM seed").scalar()
        noffs = x("SELECT count(*) FROM offs").scalar()
        for t in ("declared_financials", "status_history"):
            x(f"DELETE FROM {t}")
        x("DELETE FROM applications")
        queue_index.drop_triggers(conn)
        if pg:
            idx = [r[0] for r in x("SELECT indexdef FROM pg_indexes WHERE tablename = 'applications' "
                                   "AND schemaname = current_schema() AND indexname NOT LIKE 'pk_%' "
                                   "AND indexname NOT LIKE 'uq_%'")]
            names = [r[0] for r in x("SELECT indexname FROM pg_indexes WHERE tablename = 'applications' "
                                     "AND schemaname = current_schema() AND indexname NOT LIKE 'pk_%' "
                                     "AND indexname NOT LIKE 'uq_%'")]
            rnd = "floor(random() * {n})::int"
            x(f"CREATE TEMP TABLE r AS SELECT i, {rnd.format(n=1000)} AS rs, {rnd.format(n=1051200)} AS rmin, "
              f"{rnd.format(n=2991)} AS ramt, {rnd.format(n=600)} AS rg, {rnd.format(n=1001)} AS rlim, "
              f"{rnd.format(n=300)} AS rh, {rnd.format(n=noffs)} AS ro FROM generate_series(1, {rows}) i")
            received = "(timestamptz '2026-01-01 00:00:00+00' - make_interval(mins => r.rmin))"
            changed = f"({received} + make_interval(hours => r.rh + 1))"
            app_no = f"'A' || to_char({received}, 'YYYYMMDD') || lpad(r.i::text, 7, '0')"
        else:
            idx = [r[0] for r in x("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'applications' "
                                   "AND sql IS NOT NULL")]
            names = [r[0] for r in x("SELECT name FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = 'applications' AND sql IS NOT NULL")]
            rnd = "abs(random() % {n})"
            x(f"CREATE TEMP TABLE r AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
              f"WHERE i < {rows}) SELECT i, {rnd.format(n=1000)} AS rs, {rnd.format(n=1051200)} AS rmin, "
              f"{rnd.format(n=2991)} AS ramt, {rnd.format(n=600)} AS rg, {rnd.format(n=1001)} AS rlim, "
              f"{rnd.format(n=300)} AS rh, {rnd.format(n=noffs)} AS ro FROM c")
            received = "strftime('%Y-%m-%d %H:%M:%f000', '2026-01-01', '-' || r.rmin || ' minutes')"
            changed = f"strftime('%Y-%m-%d %H:%M:%f000', '2026-01-01', '-' || r.rmin || ' minutes', " \
                      f"'+' || (r.rh + 1) || ' hours')"
            app_no = "printf('A%s%07d', strftime('%Y%m%d', '2026-01-01', '-' || r.rmin || ' minutes'), r.i)"
        for name in names:
            x(f'DROP INDEX "{name}"')
        status = _status_case("r.rs")
        grade = f"CASE WHEN r.rs < 250 OR r.rg >= 500 THEN NULL ELSE substr('ABCDE', r.rg / 100 + 1, 1) END"
        over = {
            "id": "r.i", "app_no": app_no, "external_id": "NULL", "amount_requested": "(r.ramt + 10) * 100000",
            "status": status, "officer_id": "CASE WHEN r.rs < 250 THEN NULL ELSE o.uid END",
            "received_at": received, "status_changed_at": changed, "grade": grade,
            "score_total": f"CASE WHEN ({grade}) IS NULL THEN NULL ELSE 100 + r.rg % 400 END",
            "suggested_limit": f"CASE WHEN ({grade}) IS NULL THEN NULL ELSE r.rlim * 100000 END",
            "score_version": "NULL", "score_inputs": "NULL", "score_result": "NULL", "version": "1",
        }
        select = ", ".join(over.get(c, f"s.{c}") for c in cols)
        t1 = time.perf_counter()
        x(f"INSERT INTO applications ({', '.join(cols)}) SELECT {select} FROM r "
          f"JOIN seed s ON s.k = r.i % {nseed} JOIN offs o ON o.k = r.ro")
        t2 = time.perf_counter()
        for sql in idx:
            x(sql)
        queue_index.create_triggers(conn)
        queue_index.backfill(conn)
        if pg:
            x("SELECT setval(pg_get_serial_sequence('applications', 'id'), (SELECT max(id) FROM applications))")
        t3 = time.perf_counter()
    with store.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("ANALYZE" if not pg else "ANALYZE applications")
        if pg:
            conn.exec_driver_sql("VACUUM ANALYZE queue_counts")
    store.close()
    print(f"built {rows:,} applications: rows {t2 - t1:.1f} s, indexes + search index + counts {t3 - t2:.1f} s, "
          f"total {time.perf_counter() - t0:.1f} s", file=sys.stderr)


# --- measuring --------------------------------------------------------------------------

class Capture:
    """Every statement the program sends while ``on``, for replaying bare."""

    def __init__(self) -> None:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
        self.on, self.sent = False, []
        event.listen(Engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany):
        if self.on and not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT",
                                                                 "RELEASE", "PRAGMA", "SET ")):
            self.sent.append((statement, parameters))


class Bare:
    def __init__(self, url: str, path: str | None, schema: str | None) -> None:
        if path:
            import sqlite3
            self.con = sqlite3.connect(path)
        else:
            import psycopg
            self.con = psycopg.connect(PG_DSN, autocommit=True, options=f"-csearch_path={schema}")

    def run(self, statements) -> tuple[float, float]:
        """Wall and CPU milliseconds (CPU: this process only, so SQLite's work but not
        the PostgreSQL server's)."""
        t0, c0 = time.perf_counter(), time.process_time()
        cur = self.con.cursor()
        for sql, params in statements:
            cur.execute(sql, params)
            if cur.description is not None:
                cur.fetchall()
        return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000


def measure(url: str, path: str | None, schema: str | None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select
    from workstation.services.auth import sign_in
    from workstation.store.session import Store
    from workstation.demo.demo import DEMO_USERS
    from workstation.store.models import Application
    from workstation.ui import i18n, settings
    from workstation.ui.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    settings.use_directory(Path(os.environ.get("TMPDIR", "/tmp")) / "bench-queue-settings")
    i18n.install("en")
    store = Store.open(url, schema=schema)
    cap, bare = Capture(), Bare(url, path, schema)
    pw = {u[0]: u[4] for u in DEMO_USERS}
    with store.read(None) as s:
        total = s.scalar(select(func.count(Application.id)))
        probe = s.execute(select(Application.app_no, Application.legal_rep_name, Application.id_last4,
                                 Application.merchant_name).where(Application.id == total // 2 + 7)).one()
    results: dict = {"rows": total, "backend": store.engine.dialect.name, "actions": []}
    print(f"\n{total:,} applications on {store.engine.dialect.name}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("  wall: elapsed milliseconds; cpu: this process's CPU milliseconds (what the action costs "
          "when the machine is shared); medians of three")
    print(f"  {'action':<44} {'window wall/cpu':>16} {'bare SQL wall/cpu':>18} {'ratio wall/cpu':>15}")

    def timed(who: str, label: str, action, reset=None) -> None:
        if ONLY and not re.search(ONLY, label):
            return
        times, cpus, bares, bare_cpus = [], [], [], []
        for _ in range(REPEAT):
            if reset:
                reset()
                app.processEvents()
            cap.sent, cap.on = [], True
            t0, c0 = time.perf_counter(), time.process_time()
            action()
            app.processEvents()              # the view paints: the visible rows are read
            times.append((time.perf_counter() - t0) * 1000)
            cpus.append((time.process_time() - c0) * 1000)
            cap.on = False
            b, bc = bare.run(cap.sent)
            bares.append(b)
            bare_cpus.append(bc)
        ms, cpu = statistics.median(times), statistics.median(cpus)
        b, bc = statistics.median(bares), statistics.median(bare_cpus)
        results["actions"].append({"user": who, "action": label, "ms": ms, "cpu_ms": cpu, "bare_ms": b,
                                   "bare_cpu_ms": bc})
        flag = "" if ms < GOAL_MS else "  SLOW" if cpu >= GOAL_MS else "  slow (wall only)"
        print(f"  {label:<44} {ms:7.1f} {cpu:7.1f}  {b:8.1f} {bc:8.1f}  {ms / b if b else 0:6.1f}x "
              f"{cpu / bc if bc else 0:6.1f}x{flag}")

    for user in ("officer1", "supervisor1", "admin"):
        actor = sign_in(store, user, pw[user])
        print(f" as {user}:")
        holder: list = []

        def open_window():
            w = MainWindow(store, actor, idle_ms=3_600_000)
            w.show()
            holder.append(w)

        def close_windows():
            while holder:
                w = holder.pop()
                w.count_timer.stop()
                w.close()
                w.deleteLater()
            app.processEvents()
        open_window()
        app.processEvents()
        close_windows()                    # warm: imports and first-use caches
        timed(user, "open the main window", open_window, reset=close_windows)
        w = holder[-1]
        panel, table = w.queue_panel, w.queue_panel.table
        from workstation.ui.queue.queue_model import COLUMNS
        for col, (key, _) in enumerate(COLUMNS):
            for order, name in ((Qt.SortOrder.AscendingOrder, "up"), (Qt.SortOrder.DescendingOrder, "down")):
                timed(user, f"sort {key} {name}", lambda c=col, o=order: table.sortByColumn(c, o),
                      reset=lambda: panel.model.refresh())
        table.sortByColumn([k for k, _ in COLUMNS].index("days_waiting"), Qt.SortOrder.DescendingOrder)

        def combo(c, i):
            return lambda: c.setCurrentIndex(i)

        for c, pick in ((panel.status, "received"), (panel.status, "closed"), (panel.product, None),
                        (panel.platform, "tmall"), (panel.province, None), (panel.officer, None),
                        (panel.grade, "B")):
            i = c.findData(pick) if pick else 1
            if i < 1 or c.count() < 2:
                continue
            timed(user, f"filter {c.objectName()} = {c.itemText(i)}", combo(c, i), reset=combo(c, 0))
            c.setCurrentIndex(0)

        def amounts():
            panel.amount_min.setText("100000")
            panel.amount_max.setText("300000")
            panel.apply_filters()

        def no_amounts():
            panel.amount_min.clear()
            panel.amount_max.clear()
            panel.apply_filters()
        timed(user, "filter amount 100,000-300,000", amounts, reset=no_amounts)
        no_amounts()

        def both(*picks, low=None, high=None):
            """Several filters at once: combos (name, data) and an amount range."""
            def go():
                for c, pick in picks:
                    c.blockSignals(True)
                    c.setCurrentIndex(c.findData(pick) if pick else 1)
                    c.blockSignals(False)
                panel.amount_min.setText(low or "")
                panel.amount_max.setText(high or "")
                panel.apply_filters()
            return go

        def none_of_them():
            for c in (panel.province, panel.platform, panel.grade, panel.product):
                c.blockSignals(True)
                c.setCurrentIndex(0)
                c.blockSignals(False)
            no_amounts()
        province = panel.province.itemData(1) if panel.province.count() > 1 else None
        for label, go in (("filter province + platform", both((panel.province, province), (panel.platform, "tmall"))),
                          ("filter province + grade", both((panel.province, province), (panel.grade, "B"))),
                          ("filter amount 100,000-300,000 + grade", both((panel.grade, "B"), low="100000",
                                                                          high="300000")),
                          ("filter amount from 20,000 + platform", both((panel.platform, "tmall"), low="20000")),
                          ("filter province + amount 100,000-300,000", both((panel.province, province),
                                                                             low="100000", high="300000"))):
            timed(user, label, go, reset=none_of_them)
        none_of_them()

        def search(text):
            def go():
                panel.search.blockSignals(True)
                panel.search.setText(text)
                panel.search.blockSignals(False)
                panel.apply_filters()
            return go
        for label, text in (("search number start", probe.app_no[:9]), ("search name start", probe.legal_rep_name),
                            ("search ID digits", probe.id_last4),
                            ("search text inside a name", probe.merchant_name[2:6])):
            timed(user, f"{label} {text!r}", search(text), reset=search(""))
        search("")()
        for q in ("mine", "all"):
            if q == "mine" and not actor.has("officer"):
                continue
            w.nav.setCurrentRow(["mine", "unassigned", "signoff", "all"].index(q))
            app.processEvents()

            def jump():
                QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

            def top():
                panel.model.refresh()
                table.setCurrentIndex(panel.model.index(0, 0))
            timed(user, f"jump to the last row ({q}, {panel.model.rowCount():,})", jump, reset=top)
        close_windows()
    results["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    slow = [a for a in results["actions"] if a["ms"] >= GOAL_MS]
    print(f"  peak RSS {results['peak_mb']:.0f} MB ({'ok' if results['peak_mb'] < GOAL_MB else 'OVER'} "
          f"< {GOAL_MB} MB); {len(results['actions']) - len(slow)} of {len(results['actions'])} actions "
          f"under {GOAL_MS} ms")
    store.close()
    return results


# --- driving ----------------------------------------------------------------------------

def _sqlite_rows(path: Path) -> int:
    import sqlite3
    if not path.exists():
        return -1
    try:
        with sqlite3.connect(path) as con:
            return con.execute("SELECT count(*) FROM applications").fetchone()[0]
    except sqlite3.Error:
        return -1


def _pg_schema_rows(schema: str) -> int:
    import psycopg
    try:
        with psycopg.connect(PG_DSN, autocommit=True) as c:
            return c.execute(f'SELECT count(*) FROM "{schema}".applications').fetchone()[0]
    except Exception:  # noqa: BLE001 - no schema yet
        return -1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", default="10000,100000,1000000")
    p.add_argument("--dir", type=Path, default=Path("/tmp"))
    p.add_argument("--pg", action="store_true", help="PostgreSQL instead of SQLite (schema bench_queue_N)")
    p.add_argument("--rebuild", action="store_true")
    p.add_argument("--only", metavar="REGEX", help="time only the actions whose label matches (e.g. 'open')")
    p.add_argument("--child", nargs=3, metavar=("URL", "PATH", "SCHEMA"), help=argparse.SUPPRESS)
    p.add_argument("--build", type=int, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.only:
        os.environ["QUEUE_BENCH_ONLY"] = args.only          # the child reads it
    if args.child:
        url, path, schema = (None if v == "-" else v for v in args.child)
        if args.build:
            build(url, schema, args.build)
            return 0
        print("RESULT " + json.dumps(measure(url, path, schema)))
        return 0
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"SQLite {__import__('sqlite3').sqlite_version}")
    every = []
    for n in (int(x) for x in args.rows.split(",")):
        if args.pg:
            import psycopg
            schema, path, url = f"bench_queue_{n}", "-", PG_URL
            if args.rebuild or _pg_schema_rows(schema) != n:
                with psycopg.connect(PG_DSN, autocommit=True) as c:
                    c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
                    c.execute(f'CREATE SCHEMA "{schema}"')
                subprocess.run([sys.executable, __file__, "--child", url, path, schema, "--build", str(n)], check=True)
        else:
            db = args.dir / f"workstation-bench-queue-{n}.db"
            schema, path, url = "-", str(db), f"sqlite:///{db}"
            if args.rebuild or _sqlite_rows(db) != n:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                subprocess.run([sys.executable, __file__, "--child", url, path, schema, "--build", str(n)], check=True)
        out = subprocess.run([sys.executable, __file__, "--child", url, path, schema], capture_output=True, text=True)
        sys.stdout.write("".join(l + "\n" for l in out.stdout.splitlines() if not l.startswith("RESULT ")))
        if out.returncode:
            sys.stderr.write(out.stderr)
            return out.returncode
        every.append(json.loads(next(l for l in out.stdout.splitlines() if l.startswith("RESULT "))[7:]))
    def label(action: str) -> str:          # the same action at every size: no row counts, no probe text
        return re.sub(r", [\d,]+\)", ")", action).split(" '")[0]
    by_size = {r["rows"]: {(a["user"], label(a["action"])): (a["ms"], a["cpu_ms"])
                           for a in r["actions"]} for r in every}
    sizes = sorted(by_size)
    if len(sizes) >= 2:
        lo, hi = sizes[-2], sizes[-1]
        print(f"\ngrowth {lo:,} -> {hi:,} rows (x{hi / lo:.0f}):")
        print(f"  {'':<12} {'':<40} {'wall ms':>17}        {'cpu ms':>17}")
        for key, (ms, cpu) in by_size[hi].items():
            if key in by_size[lo] and by_size[lo][key][0] > 0 and by_size[lo][key][1] > 0:
                (lms, lcpu) = by_size[lo][key]
                print(f"  {key[0]:<12} {key[1]:<40} {lms:7.1f} -> {ms:7.1f} x{ms / lms:4.1f}  "
                      f"{lcpu:7.1f} -> {cpu:7.1f} x{cpu / lcpu:4.1f}")
    worst = max(a["ms"] for a in every[-1]["actions"])
    worst_cpu = max(a["cpu_ms"] for a in every[-1]["actions"])
    print(f"\nslowest action at {every[-1]['rows']:,}: {worst:.1f} ms wall, {worst_cpu:.1f} ms CPU "
          f"(goal < {GOAL_MS} ms); peak RSS {max(r['peak_mb'] for r in every):.0f} MB (goal < {GOAL_MB} MB); "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0 if worst < GOAL_MS and max(r["peak_mb"] for r in every) < GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
