from __future__ import annotations

import getpass
import os
import sys

from workstation.commands.common import open_store, sign_in_cli


def add_arguments(p) -> None:
    p.add_argument("--admin", metavar="USER", help="the administrator doing this (not needed for the first user)")
    sub = p.add_subparsers(dest="action", required=True)
    a = sub.add_parser("add", help="add a user (the first user may be added without --admin)")
    a.add_argument("username")
    a.add_argument("--name", default="", help="display name")
    a.add_argument("--roles", required=True, help="comma-separated: officer,supervisor,admin")
    a.add_argument("--supervisor", help="the supervisor's user name (for officers)")
    sub.add_parser("list", help="list users")
    r = sub.add_parser("reset-password", help="set a new password (the user must change it)")
    r.add_argument("username")
    d = sub.add_parser("deactivate", help="stop a user from signing in")
    d.add_argument("username")
    e = sub.add_parser("activate", help="let a deactivated user sign in again")
    e.add_argument("username")
    c = sub.add_parser("change-password", help="change your own password (a temporary one must be changed first)")
    c.add_argument("username")


def _new_password() -> str:
    pw = os.environ.get("WORKSTATION_NEW_PASSWORD")
    if pw is not None:
        return pw
    if not sys.stdin.isatty():
        raise ValueError("no new password: set WORKSTATION_NEW_PASSWORD or run in a terminal")
    first = getpass.getpass("new password: ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def run(args) -> int:
    from workstation.services import auth
    store = open_store(args)
    if args.action == "list":               # who works here and who is locked: an administrator's to read
        if not args.admin:
            raise ValueError("--admin USER is required for this action")
        for u in auth.list_users(store, sign_in_cli(store, args.admin)):
            flags = ("" if u["active"] else " [inactive]") + (" [locked]" if u["locked"] else "")
            print(f"{u['username']:<16} {','.join(u['roles']):<24} {u['display_name']}{flags}")
        return 0
    if args.action == "change-password":
        from workstation.commands.common import current_password
        auth.change_temporary_password(store, args.username, old=current_password(args.username),
                                       new=_new_password())
        print(f"password of {args.username} changed")
        return 0
    actor = sign_in_cli(store, args.admin) if args.admin else None
    if args.action == "add":
        roles = {r.strip() for r in args.roles.split(",") if r.strip()}
        auth.add_user(store, actor, username=args.username, display_name=args.name, password=_new_password(),
                      roles=roles, supervisor=args.supervisor)
        print(f"added {args.username} ({', '.join(sorted(roles))})")
        return 0
    if actor is None:
        raise ValueError("--admin USER is required for this action")
    if args.action == "reset-password":
        auth.reset_password(store, actor, username=args.username, new_password=_new_password())
        print(f"password of {args.username} reset")
    elif args.action in ("deactivate", "activate"):
        auth.set_active(store, actor, username=args.username, active=args.action == "activate")
        print(f"{args.username} {args.action}d")
    return 0
