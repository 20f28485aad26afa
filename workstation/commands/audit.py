from __future__ import annotations

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="action", required=True)
    v = sub.add_parser("verify", help="check the hash chain; names the first entry altered, removed or inserted")
    v.add_argument("--head", help="a head printed earlier by 'audit head' (SEQ:HASH), kept outside the database")
    sub.add_parser("head", help="print the current chain head, to keep outside the database")


def run(args) -> int:
    from workstation.services import audit
    store = open_store(args)
    if args.action == "head":
        print(audit.head(store))
        return 0
    result = audit.verify(store, expected_head=args.head)
    if result.ok:
        print(f"audit chain OK: {result.entries} entries, head {result.head}")
        return 0
    print(f"audit chain BROKEN: {result.problem}")
    return 1
