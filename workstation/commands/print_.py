"""`workstation print KIND ...`: print a borrower document to a PDF, or a batch of them.

Single documents:  contract --application NO | schedule --contract NO |
statement --contract NO [--from D --to D] (default: last month) | settlement --contract NO |
memo --application NO | decline --application NO | guarantee --group REF, each with --out FILE.pdf.
Batches: statements --month YYYY-MM | contracts --date D | schedules --contracts NO,NO,...,
each with --out DIR [--merge]. Every print is recorded; --user signs in (password from
$WORKSTATION_PASSWORD).
"""
from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from workstation.commands.common import open_store, sign_in_cli

SINGLE = {  # sub-command -> (document kind, reference option, help)
    "contract": ("contract", "application", "the loan contract 借款合同 of an application"),
    "schedule": ("schedule", "contract", "the repayment schedule 还款计划表 of a loan"),
    "statement": ("statement", "contract", "a repayment statement 还款对账单 of a loan for a period"),
    "settlement": ("settlement", "contract", "the settlement certificate 结清证明 of a paid-off loan"),
    "memo": ("approval_memo", "application", "the credit approval memo 授信审批表 of an application"),
    "decline": ("decline_notice", "application", "the decline notice of a declined application"),
    "guarantee": ("guarantee", "group", "the joint-guarantee agreement 联保协议 of a group"),
}
BATCH = {"statements": "statements of every loan active during a month",
         "contracts": "contracts of every loan signed on a day",
         "schedules": "repayment schedules of the loans listed"}


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, (_, ref, help_text) in SINGLE.items():
        q = sub.add_parser(name, help=help_text, description=help_text)
        q.add_argument(f"--{ref}", required=True, metavar="REF" if ref == "group" else "NO",
                       help="group id, agreement number or name" if ref == "group" else f"{ref} number")
        if name == "statement":
            q.add_argument("--from", dest="period_from", type=iso_date, help="first day (default: last month)")
            q.add_argument("--to", dest="period_to", type=iso_date, help="last day (default: last month)")
        q.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")
        q.add_argument("--user", required=True, help="who prints (password from $WORKSTATION_PASSWORD)")
    for name, help_text in BATCH.items():
        q = sub.add_parser(name, help=help_text, description=help_text)
        if name == "statements":
            q.add_argument("--month", required=True, metavar="YYYY-MM")
        elif name == "contracts":
            q.add_argument("--date", type=iso_date, required=True, metavar="YYYY-MM-DD")
        else:
            q.add_argument("--contracts", required=True, metavar="NO,NO,...")
        q.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDFs")
        q.add_argument("--merge", action="store_true", help="one merged PDF instead of one file per loan")
        q.add_argument("--workers", type=int, default=2, help="rendering processes (default 2)")
        q.add_argument("--user", required=True, help="who prints (password from $WORKSTATION_PASSWORD)")


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def run(args) -> int:
    if args.what in SINGLE:
        return _single(args)
    return _batch(args)


def _single(args) -> int:
    from workstation.printing.batch_print import Job, print_document
    kind, ref_opt, _ = SINGLE[args.what]
    period = (None, None)
    if kind == "statement":
        from workstation.domain import clock          # business time (Asia/Shanghai)
        start, end = last_month(clock.today())
        period = (args.period_from or start, args.period_to or end)
    if args.out.suffix.lower() != ".pdf":
        raise ValueError(f"--out: {args.out} should end in .pdf")
    store = open_store(args)
    actor = sign_in_cli(store, args.user)
    issued = print_document(store, actor, Job(kind, getattr(args, ref_opt), *period), path=args.out)
    again = " (reprint of the signed terms)" if issued.reprint_of_frozen else ""
    print(f"{args.out}: {issued.kind} {issued.document_no}{again}, sha256 {issued.file_sha256}")
    return 0


def _batch(args) -> int:
    from workstation.printing import batch_print as bp
    from workstation.services.progress import Progress

    class Dots(Progress):
        def report(self, done, total, label):
            print(f"\r{label}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

    store = open_store(args)
    actor = sign_in_cli(store, args.user)
    if args.what == "statements":
        jobs, name = bp.statement_jobs(store, actor, args.month), f"statements_{args.month}.pdf"
    elif args.what == "contracts":
        jobs, name = bp.contract_jobs(store, actor, args.date), f"contracts_{args.date}.pdf"
    else:
        jobs, name = bp.schedule_jobs(args.contracts.split(",")), "schedules.pdf"
    if not jobs:
        print("nothing to print: no loan matches")
        return 0
    result = bp.print_batch(store, actor, jobs, out_dir=args.out, merge=args.merge, progress=Dots(),
                            workers=max(1, args.workers), merged_name=name)
    print(file=sys.stderr)
    for job, reason in result.failed:
        print(f"FAILED {job.ref}: {reason}", file=sys.stderr)
    for job, reason in result.skipped:
        print(f"SKIPPED {job.ref}: {reason}", file=sys.stderr)
    where = result.merged if result.merged else args.out
    print(f"{result.summary()} -> {where}")
    if result.merged_record is not None:
        print(f"merged file {result.merged_record.document_no}, sha256 {result.merged_record.file_sha256}")
    return 1 if result.failed or result.cancelled else 0
