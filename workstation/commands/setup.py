"""`workstation setup`: first-run setup of a real (not demo) database, from options; the
first administrator's password from $WORKSTATION_PASSWORD or a prompt. Refused, naming
every field, while any answer is missing or a placeholder; nothing is written then."""
from __future__ import annotations

from workstation.commands.common import current_password, open_store


def add_arguments(p) -> None:
    for name in ("name", "licence", "address", "credit-code", "seal-name"):
        p.add_argument(f"--{name}", required=True)
    for name in ("phone", "legal-rep", "regulator"):
        p.add_argument(f"--{name}")
    p.add_argument("--net-capital", required=True, help="net capital in yuan, e.g. 500000000.00")
    p.add_argument("--borrowing-pct", required=True, help="bank borrowing allowed, %% of net capital (at most 50)")
    p.add_argument("--product", action="append", default=[], metavar="CODE=RATE", required=True,
                   help="a product in use and its rate, e.g. CREDIT_FIXED=0.05%%/day (repeat per product)")
    p.add_argument("--admin", required=True, help="the first administrator's user name")
    p.add_argument("--admin-name", required=True, help="the first administrator's full name")
    p.add_argument("--backup-folder", required=True, help="folder of the daily automatic backup")
    p.add_argument("--keep", type=int, default=14, help="automatic backups kept (default 14)")


def run(args) -> int:
    from workstation.operations.first_run import SetupPlan, check_plan, products_in_use, run_setup
    from workstation.domain.errors import DomainError
    rates = {}
    for item in args.product:
        code, sep, rate = item.partition("=")
        if not sep:
            raise ValueError(f"--product {item!r}: write CODE=RATE, e.g. CREDIT_FIXED=0.05%/day")
        rates[code.strip().upper()] = rate.strip()
    lender = {k.replace("-", "_"): getattr(args, k.replace("-", "_"))
              for k in ("name", "licence", "address", "credit-code", "seal-name", "phone", "legal-rep", "regulator")
              if getattr(args, k.replace("-", "_")) is not None}
    plan = SetupPlan(lender=lender, net_capital=args.net_capital, borrowing_pct=args.borrowing_pct, rates=rates,
                     admin_username=args.admin, admin_name=args.admin_name,
                     admin_password=current_password(args.admin), backup_folder=args.backup_folder,
                     backup_keep=args.keep)
    store = open_store(args)
    try:
        try:
            admin = run_setup(store, None, plan)
        except DomainError as exc:
            if exc.code == "setup_incomplete":
                for p in check_plan(plan, products_in_use(store, None)):
                    print(f"  {p.field}: {p.detail}")
            raise
    finally:
        store.close()
    print(f"set up: administrator {admin.username}; products {', '.join(sorted(rates))}; "
          f"daily backup in {args.backup_folder}")
    return 0
