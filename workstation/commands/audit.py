"""``workstation audit verify | head | rekey``: the keyed chain and its heads kept
outside the database (see docs/audit.md)."""
from __future__ import annotations

from workstation.commands.common import open_store


def add_arguments(p) -> None:
    sub = p.add_subparsers(dest="action", required=True)
    v = sub.add_parser("verify", help="check the keyed chain against the last head recorded outside the "
                                      "database; names the first entry altered, removed, inserted or forged")
    v.add_argument("--head", help="a head printed earlier by 'audit head' (SEQ:HASH), kept outside the database; "
                                  "replaces the recorded one")
    v.add_argument("--no-recorded-head", action="store_true",
                   help="check the chain alone, without the heads file (cannot see a wiped or shortened log)")
    h = sub.add_parser("head", help="print the current chain head, to keep outside the database")
    h.add_argument("--record", action="store_true", help="also append it to the heads file (as end of day does)")
    r = sub.add_parser("rekey", help="an administrator starts a new keyed stretch with a new key "
                                     "(key lost or replaced); recorded in the chain")
    r.add_argument("--user", required=True, help="the administrator's user name (password from WORKSTATION_PASSWORD or a prompt)")
    r.add_argument("--reason", required=True, help="why the chain is re-keyed (kept in the audit entry)")


def run(args) -> int:
    from workstation.services import audit
    store = open_store(args)
    if args.action == "head":
        print(audit.anchor_head(store, None) if args.record else audit.head(store, None))
        return 0
    if args.action == "rekey":
        from workstation.commands.common import sign_in_cli
        actor = sign_in_cli(store, args.user)
        seq = audit.rekey(store, actor, reason=args.reason)
        print(f"audit chain re-keyed: entries from {seq} on use the new key")
        return 0
    result = audit.verify(store, None, expected_head=args.head, recorded=not args.no_recorded_head)
    for note in result.notes:
        print(f"note: {note}")
    if result.ok:
        print(f"audit chain OK: {result.entries} entries, head {result.head}")
        return 0
    print(f"audit chain BROKEN: {result.problem}")
    return 1
