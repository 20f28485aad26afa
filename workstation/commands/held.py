"""`workstation held-repayments`: repayment-file lines held for an officer (larger than the
loan's payoff on their value date): list them, post one, or return the money."""
from __future__ import annotations

import os

from workstation.commands.common import open_store, sign_in_cli


def add_arguments(p) -> None:
    p.add_argument("action", choices=("list", "post", "return"), help="list the held lines, post one, or "
                                                                       "record that its money is returned")
    p.add_argument("id", nargs="?", type=int, help="the held line's id (from list)")
    p.add_argument("--reason", help="why the money is returned (return), or a note (post)")
    p.add_argument("--all", action="store_true", help="list: also lines already posted or returned")
    p.add_argument("--user", default=os.environ.get("WORKSTATION_USER"),
                   help="who acts (default $WORKSTATION_USER); the password from $WORKSTATION_PASSWORD")


def run(args) -> int:
    from workstation.servicing import repayment_held as rh

    store = open_store(args)
    try:
        if not args.user:
            raise ValueError("who acts? give --user NAME or set WORKSTATION_USER")
        actor = sign_in_cli(store, args.user)
        if args.action == "list":          # the lines on loans the user may see, as at the desk
            rows = rh.held_lines(store, actor, status=None if args.all else "held")
            for h in rows:
                print(f"{h.id:>6}  {h.status:<8}  {h.payment_ref:<24}  {h.contract_no}  {h.value_date}  "
                      f"{h.amount:>16,.2f}  payoff {h.payoff:,.2f}  (batch {h.batch_id}, line {h.line_no})")
            print(f"{len(rows)} line(s)")
            return 0
        if args.id is None:
            raise ValueError(f"{args.action}: give the held line's id (see: held-repayments list)")
        if args.action == "post":
            h = rh.post_held(store, actor, args.id, note=args.reason)
        else:
            h = rh.return_held(store, actor, args.id, reason=args.reason or "")
        print(f"{h.payment_ref} {h.amount:,.2f} for {h.contract_no}: {h.status}")
        return 0
    finally:
        store.close()
