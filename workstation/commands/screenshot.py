"""`workstation screenshot --view NAME --out FILE.png`: render a named view
offscreen on demo data (a temporary demo database unless --database is given)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

VIEWS = ("signin", "queue", "case-profile", "case-platform", "case-financials", "case-score",
         "case-policy", "case-history", "lock", "interview", "recommendation", "signoff", "loan", "documents",
         "portfolio", "warnings", "collections")
# views opened from a menu of the window: the action's object name
_MENU = {"portfolio": "actPortfolio", "warnings": "actWarningsDesk", "collections": "actCollectionsDesk"}
# views shown on a case in a given status, in the tab whose widget has this class name
_EXTRA = {"interview": ("InterviewForm", ("recommended", "awaiting_signoff", "approved")),
          "recommendation": ("RecommendationForm", ("recommended", "awaiting_signoff")),
          "signoff": ("SignoffView", ("awaiting_signoff",)),
          "loan": ("LoanScreen", ("disbursed",)),
          "documents": ("DocumentsPanel", ("disbursed",))}


def add_arguments(p) -> None:
    p.add_argument("--view", required=True, choices=VIEWS, help="which screen to render")
    p.add_argument("--out", required=True, type=Path, help="PNG file to write")
    p.add_argument("--user", default="officer1", help="demo user to sign in as (default officer1)")
    p.add_argument("--size", default="1400x860", help="window size WIDTHxHEIGHT (default 1400x860)")
    p.add_argument("--applications", type=int, default=300,
                   help="demo applications in the temporary database (default 300)")


def run(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workstation.services.auth import sign_in
    from workstation.store.session import Store
    from workstation.demo.demo import DEMO_USERS
    from workstation.ui import i18n, settings
    from workstation.ui.app import make_app

    width, height = (int(v) for v in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory(prefix="ws-shot-") as tmp:
        settings.use_directory(tmp)                 # never touch the desk's own window state
        app = make_app()
        i18n.install(args.lang or "zh_CN")
        if args.database:
            store = Store.open(args.database)
        else:
            store = Store.open(f"sqlite:///{Path(tmp) / 'demo.db'}")
            from workstation.demo.demo_build import build_demo
            build_demo(store, None, applications=args.applications, seed=1)
        try:
            image = _render(app, store, args, width, height, {u[0]: u[4] for u in DEMO_USERS}, sign_in)
        finally:
            store.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.out)):
        print(f"cannot write {args.out}", file=sys.stderr)
        return 1
    print(f"{args.view}: {args.out} ({image.width()}x{image.height()})")
    return 0


def _render(app, store, args, width: int, height: int, passwords: dict[str, str], sign_in):
    from workstation.decide import queue
    from workstation.ui.main_window import MainWindow
    from workstation.ui.signin import SignInDialog

    if args.view == "signin":
        dlg = SignInDialog(store)
        dlg.username.setText(args.user)
        dlg.password.setText("password")
        dlg.show()
        app.processEvents()
        return dlg.grab()
    if args.user not in passwords:
        raise ValueError(f"--user must be a demo user: {', '.join(passwords)}")
    actor = sign_in(store, args.user, passwords[args.user])
    win = MainWindow(store, actor)
    win.resize(width, height)
    win.show()
    app.processEvents()
    if args.view.startswith("case-"):
        ids = queue.queue_ids(store, actor, queue.QueueQuery(queue="mine")) \
            or queue.queue_ids(store, actor, queue.QueueQuery())
        if not ids:
            raise ValueError(f"{args.user} has no case to show")
        cf = win.open_case(_interesting(store, actor, ids))
        cf.show_tab(args.view.removeprefix("case-"))
    elif args.view in _EXTRA:
        _open_extra(store, actor, win, args.view)
    elif args.view in _MENU:
        from PySide6.QtGui import QAction
        action = win.findChild(QAction, _MENU[args.view])
        if action is None:
            raise ValueError(f"{args.user} has no {args.view} screen")
        action.trigger()
    elif args.view == "lock":
        win.lock()
    for _ in range(3):
        app.processEvents()
    return win.grab()


def _interesting(store, actor, ids: list[int]) -> int:
    """A case with something to see: an inconsistency and related cases, if one of the first has them."""
    from workstation.decide import cases
    best, best_points = ids[0], -1
    for app_id in ids[:40]:
        if sum(1 for m in cases.platform_months(store, actor, app_id) if m.sales > 0) < 20:
            continue                  # a new shop has little to show
        findings = sum(1 for i in cases.financials(store, actor, app_id).items if i.severity != "ok")
        points = min(findings, 2) * 2 + (1 if cases.related_cases(store, actor, app_id) else 0)
        if points > best_points:
            best, best_points = app_id, points
    return best


def _open_extra(store, actor, win, view: str) -> None:
    """Open a case whose status suits ``view`` (one decided through the services, with
    an interview where there is one) and show the tab holding that screen."""
    from sqlalchemy import select
    from workstation.store.models import Application
    from workstation.store.models_decide import Interview
    cls_name, statuses = _EXTRA[view]
    with store.read(actor) as s:
        with_interview = select(Interview.application_id).where(Interview.state == "submitted")
        ids = list(s.scalars(select(Application.id).where(Application.status.in_(statuses),
                                                          Application.id.in_(with_interview))
                             .order_by(Application.id.desc()).limit(20)))
        ids += list(s.scalars(select(Application.id).where(Application.status.in_(statuses))
                              .order_by(Application.id.desc()).limit(20)))
    from workstation.decide import queue
    ids = [i for i in ids if queue.can_see(store, actor, i)]
    if not ids:
        raise ValueError(f"no case for the {view} view visible to {actor.username}")
    cf = win.open_case(ids[0])
    for i in range(cf.tabs.count()):
        if type(cf.tabs.widget(i)).__name__ == cls_name:
            cf.tabs.setCurrentIndex(i)
            return
    raise ValueError(f"the case file has no {view} tab for {actor.username}")
