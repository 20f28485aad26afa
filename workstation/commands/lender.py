"""`workstation lender show | set ...`: the lender's details printed on every document.

`set` (administrators; password from $WORKSTATION_PASSWORD) takes every required
detail: --name --licence --address --credit-code --seal-name; --phone, --legal-rep and
--regulator are optional (left out: unchanged)."""
from __future__ import annotations

from workstation.commands.common import open_store, sign_in_cli

REQUIRED = ("name", "licence", "address", "credit-code", "seal-name")
OPTIONAL = ("phone", "legal-rep", "regulator")


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    sub.add_parser("show", help="print the lender's details and whether documents can be printed")
    q = sub.add_parser("set", help="set the lender's details (administrators)")
    for name in REQUIRED:
        q.add_argument(f"--{name}", required=True)
    for name in OPTIONAL:
        q.add_argument(f"--{name}")
    q.add_argument("--user", required=True, help="an administrator (password from $WORKSTATION_PASSWORD)")


def run(args) -> int:
    from workstation.printing import lender
    store = open_store(args)
    if args.what == "set":
        actor = sign_in_cli(store, args.user)
        lender.set_lender_details(store, actor, **{n.replace("-", "_"): getattr(args, n.replace("-", "_"))
                                                   for n in REQUIRED + OPTIONAL})
    for word, value in lender.lender_details(store, None).items():
        print(f"{word:12} {value}")
    if lender.is_demo(store, None):
        print("demo database: documents print marked 样本 (SAMPLE)")
        return 0
    with store.read(None) as s:     # what is missing, not who reads it
        missing = lender.placeholders_in(s)
    if missing:
        print("documents cannot be printed until these are set: " + ", ".join(missing))
        return 1
    return 0
