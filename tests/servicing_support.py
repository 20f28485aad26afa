"""Shared set-up for the servicing tests: a store with reference data and desk users,
applications in APPROVED status, loans opened through the services."""
from __future__ import annotations

import itertools
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import select

from workstation.domain.workflow import Status
from workstation.domain.products import product_by_code
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms
from workstation.servicing import loans
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.services.setup import ensure_reference_data
from workstation.store.models import Application, Merchant, Person, User, UserRole

_seq = itertools.count(1)
USERS = [("officer1", {"officer"}), ("supervisor1", {"supervisor"}), ("admin", {"admin"})]


def prepare(store: Store) -> Store:
    """Reference data, the test users, and the sample lender (documents print marked 样本;
    the refusal of placeholder details on a real database: tests/test_lender.py)."""
    from workstation.printing.lender import mark_demo
    ensure_reference_data(store, None)
    mark_demo(store, None)
    with store.tx() as s:
        for name, roles in USERS:
            if s.scalar(select(User.id).where(User.username == name)) is None:
                s.add(User(username=name, display_name=name, password_hash="x",
                           roles=[UserRole(role=r) for r in roles]))
    return store


def actor(store: Store, username: str) -> Actor:
    with store.read() as s:
        u = s.scalar(select(User).where(User.username == username))
        return Actor(u.id, u.username, u.display_name, frozenset(u.role_names), u.supervisor_id)


def new_application(store: Store, *, product: str, amount: Decimal, term_months=None, term_days=None,
                    status: Status = Status.APPROVED, merchant_id: int | None = None,
                    offer_expires_on: date | None = None) -> int:
    n = next(_seq)
    now = datetime(2025, 12, 1, tzinfo=timezone.utc)
    with store.tx() as s:
        if merchant_id is None:
            p = Person(name=f"测试{n}", id_number=f"33010619800101{n:04d}"[:18], id_last4=f"{n:04d}",
                       birth_date=date(1980, 1, 1), sex="M", phone=f"138{n:08d}")
            s.add(p)
            s.flush()
            m = Merchant(member_id=f"TB{n:09d}-{id(store) % 100000}", name=f"测试商贸{n}有限公司",
                         platform="taobao", shop_name=f"店{n}", province="浙江", city="杭州", address="x",
                         member_since=date(2020, 1, 1), legal_rep_id=p.id, contact_phone=p.phone,
                         payment_account=f"{n}@alipay", bank_name="招商银行", bank_card="6225880000000000")
            s.add(m)
            s.flush()
            merchant_id = m.id
        m = s.get(Merchant, merchant_id)
        a = Application(app_no=f"T{n:08d}{id(store) % 1000}", merchant_id=merchant_id, product_code=product,
                        amount_requested=amount, term_months=term_months, term_days=term_days, purpose="备货",
                        status=status.value, received_at=now, status_changed_at=now,
                        offer_expires_on=offer_expires_on, merchant_name=m.name, legal_rep_name="测试",
                        id_last4="0000", platform="taobao", province="浙江")
        s.add(a)
        s.flush()
        return a.id


def open_loan(store: Store, officer: Actor, *, product: str, amount: str, method: str, start: date,
              term_months: int | None = None, days: int | None = None, daily_rate: str = "0.0005",
              draw: str | None = None, merchant_id: int | None = None) -> int:
    amount = Decimal(amount)
    app_id = new_application(store, product=product, amount=amount, term_months=term_months,
                             term_days=days, merchant_id=merchant_id)
    terms = ApprovedTerms.from_product(product_by_code(product), amount=amount, method=method,
                                       term_months=term_months, term_days=days, start=start, check=False,
                                       rate=Rate.from_daily_percent(Decimal(daily_rate) * 100))
    loan_id = loans.sign_contract(store, officer, app_id, terms, signed_on=start, channel="online")
    from workstation.servicing.disbursement import accounts_of
    with store.read() as s:
        usable = [a.account for a in accounts_of(s.get(Application, app_id).merchant) if a.usable]
    loans.disburse(store, officer, loan_id, on=start, amount=Decimal(draw) if draw is not None else amount,
                   account="6225880000000000" if "6225880000000000" in usable or not usable else usable[0])
    return loan_id


def kill_when_paused(argv: list[str], *, env: dict, marker: str, cwd) -> None:
    """Run ``argv`` (a job that stops at a pause point and prints ``marker``), then kill -9
    it there: a crash in the middle of a long job."""
    import os
    import signal
    import subprocess
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env, cwd=cwd)
    try:
        line = child.stdout.readline()
        assert line.startswith(marker), line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()


def run_file_job(qtbot, cls, store: Store, path, who: str = "supervisor1"):
    """A desk file job (ui.file_job_dialog) run to its end as ``who``; the dialog, its report read."""
    dlg = cls(None, store=store, actor=actor(store, who), path=path)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start()
    qtbot.waitUntil(lambda: dlg.report is not None or dlg.error is not None, timeout=30_000)
    assert dlg.error is None, dlg.error
    return dlg


def cli_database(path, monkeypatch, *, username: str, password: str, roles: set[str]) -> str:
    """A fresh SQLite database for command-line tests with its reference data and one user
    (the first, added without an administrator), whose password the commands read from
    $WORKSTATION_PASSWORD: the database's URL."""
    from workstation.services import auth
    url = f"sqlite:///{path}"
    store = Store.open(url)
    ensure_reference_data(store, None)
    auth.add_user(store, None, username=username, display_name=username, password=password, roles=roles)
    store.close()
    monkeypatch.setenv("WORKSTATION_PASSWORD", password)
    return url
