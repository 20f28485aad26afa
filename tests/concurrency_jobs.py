"""One job of the concurrency test (tests/test_concurrency.py), run in its own process:

    python tests/concurrency_jobs.py URL SCHEMA|- GO_FILE JOB [ARGS...]

It opens the store, waits until GO_FILE exists (so every job starts together), runs the
job through the services and prints one line ``RESULT <json>``. A job that must wait for
records another job holds reports it through its progress (printed as ``WAITING ...``)."""
from __future__ import annotations

import json
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workstation.servicing import eod, loans, repayment_import  # noqa: E402
from workstation.store.session import Store  # noqa: E402
from workstation.services.progress import Progress  # noqa: E402

from tests.servicing_support import actor  # noqa: E402

TODAY = date(2026, 3, 1)


class Shout(Progress):
    def report(self, done, total, label):
        pass

    def waiting(self, message):          # a job that waits says so
        print(f"WAITING {message}", flush=True)
        super().waiting(message)


def run(store: Store, job: str, args: list[str]) -> dict:
    if job == "import":
        r = repayment_import.import_repayments(store, actor(store, "admin"), Path(args[0]), today=TODAY,
                                               chunk=int(args[1]), progress=Shout())
        return {"imported": r.imported, "duplicates": r.duplicates, "rejected": r.rejected, "held": r.held}
    if job == "eod":
        r = eod.run_eod(store, actor(store, "supervisor1"), date.fromisoformat(args[0]), Shout(),
                        loans_per_tx=int(args[1]))
        return {"loans": r.loans}
    if job == "desk":         # DAY IDS AMOUNT [REF_PREFIX [USER]]: one desk posting repayments in that order
        prefix, who = (args[3] if len(args) > 3 else "D"), (args[4] if len(args) > 4 else "officer1")
        off = actor(store, who)
        day = date.fromisoformat(args[0])
        ids = [int(x) for x in args[1].split(",")]
        for lid in ids:
            loans.post_repayment(store, off, lid, amount=Decimal(args[2]), value_date=day,
                                 reference=f"{prefix}{lid}", confirm=True, today=TODAY)
        return {"posted": len(ids)}
    raise SystemExit(f"unknown job {job}")


def main(argv: list[str]) -> int:
    url, schema, go, job, *args = argv
    store = Store.open(url, schema=None if schema == "-" else schema)
    deadline = time.monotonic() + 60
    while not Path(go).exists():
        if time.monotonic() > deadline:
            raise SystemExit("never told to start")
        time.sleep(0.01)
    try:
        out = run(store, job, args)
    finally:
        store.close()
    print("RESULT " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
