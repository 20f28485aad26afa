"""`workstation report portfolio --as-of D --out F`: the monthly portfolio report as PDF,
CSV or XLSX (by the file's suffix), the same figures as the Portfolio screen."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from workstation.commands.common import open_store, sign_in_cli
from workstation.commands.eod import business_date
from workstation.domain import clock

FORMATS = (".pdf", ".csv", ".xlsx")


def add_arguments(p) -> None:
    p.add_argument("report", choices=["portfolio"], help="which report")
    p.add_argument("--as-of", type=business_date, default=None, help="as of the end of this day (default: today)")
    p.add_argument("--out", type=Path, required=True, help="the file to write: .pdf, .csv or .xlsx")
    p.add_argument("--lang", dest="report_lang", choices=["zh", "en"], default="zh", help="language (default zh)")
    p.add_argument("--user", default=os.environ.get("WORKSTATION_USER", "admin"),
                   help="who asks (their book; password from $WORKSTATION_PASSWORD)")


def run(args) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in FORMATS:
        print(f"--out: {args.out.name}: the file must end in {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    from workstation.portfolio import report, service
    store = open_store(args)
    actor = sign_in_cli(store, args.user)
    dash = service.dashboard(store, actor, args.as_of or clock.today())
    data = report.report_data(dash, zh=args.report_lang == "zh")
    if suffix == ".pdf":
        report.issue_pdf(store, actor, data, args.out)         # recorded and audited like every print
    elif suffix == ".csv":
        report.write_csv(data, args.out)
    else:
        report.write_xlsx(data, args.out)
    print(f"portfolio report as of {dash.as_of}: {args.out}")
    return 0
