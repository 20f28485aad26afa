"""First-run setup outside the demo (issue 18, part 2): every answer checked before
anything is written; placeholders refuse it; the result is a database with its lender,
capital, products and rates, administrator and backup folder, each audited."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from workstation.operations import backup_settings
from workstation.operations.first_run import SetupPlan, check_plan, run_setup, setup_needed
from workstation.services import audit, auth
from workstation.printing import lender
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.decide.decisions import CAPACITY_KEYS  # noqa: F401 - the keys the setup fills
from workstation.services.setup import get_setting
from workstation.store.models import Product

GOOD_LENDER = {"name": "杭州云商网络小额贷款有限公司", "licence": "浙金融办〔2015〕118号",
               "address": "浙江省杭州市余杭区文一西路969号", "credit_code": "91330100MA27Y5XK4U",
               "seal_name": "杭州云商网络小额贷款有限公司合同专用章", "phone": "0571-88001234"}


def plan(tmp_path, **changes) -> SetupPlan:
    p = SetupPlan(lender=dict(GOOD_LENDER), net_capital="500000000.00", borrowing_pct="40",
                  rates={"CREDIT_FIXED": "0.045%/day", "ORDER": "0.04%/day"}, admin_username="chief",
                  admin_name="张主任", admin_password="Chief-2026-pass", backup_folder=str(tmp_path / "bk"),
                  backup_keep=10)
    for k, v in changes.items():
        setattr(p, k, v)
    return p


@pytest.fixture
def fresh(db_url):
    url, schema = db_url
    store = Store.open(url, schema=schema)
    yield store
    store.close()


def test_setup_writes_everything_and_audits_it(fresh, tmp_path):
    assert setup_needed(fresh, None)
    admin = run_setup(fresh, None, plan(tmp_path))
    assert admin.has("admin") and not setup_needed(fresh, None)
    assert auth.sign_in(fresh, "chief", "Chief-2026-pass").username == "chief"
    assert lender.lender_details(fresh, admin)["name"] == GOOD_LENDER["name"]
    with fresh.read(admin) as s:
        assert lender.placeholders_in(s) == []
        active = {p.code: p for p in s.scalars(select(Product))}
    assert {c for c, p in active.items() if p.active} == {"CREDIT_FIXED", "ORDER"}
    assert "0.045" in active["CREDIT_FIXED"].definition["rate"]
    assert Decimal(get_setting(fresh, admin, "capital.net_capital")) == Decimal("500000000.00")
    assert Decimal(get_setting(fresh, admin, "capital.bank_borrowing_ratio_pct")) == Decimal("40")
    assert backup_settings.backup_settings(fresh, admin).folder == (tmp_path / "bk").resolve()
    assert audit.verify(fresh, None, recorded=False).ok
    with pytest.raises(DomainError) as e:
        run_setup(fresh, None, plan(tmp_path))
    assert e.value.code == "setup_done"


@pytest.mark.parametrize("change, field", [
    ({"lender": {**GOOD_LENDER, "name": "浙江某某网络小额贷款有限公司"}}, "lender.name"),
    ({"lender": {**GOOD_LENDER, "credit_code": "91330100XXXXXXXXXX"}}, "lender.credit_code"),
    ({"net_capital": "0"}, "net_capital"),
    ({"net_capital": "12.345"}, "net_capital"),
    ({"borrowing_pct": "60"}, "borrowing_pct"),
    ({"rates": {}}, "products"),
    ({"rates": {"CREDIT_FIXED": "0.2%/day"}}, "rate.CREDIT_FIXED"),
    ({"admin_password": "short"}, "admin_password"),
    ({"admin_name": "某某"}, "admin_name"),
    ({"backup_folder": ""}, "backup_folder"),
])
def test_placeholders_and_bad_answers_refuse_and_write_nothing(fresh, tmp_path, change, field):
    with pytest.raises(DomainError) as e:
        run_setup(fresh, None, plan(tmp_path, **change))
    assert e.value.code == "setup_incomplete" and field in e.value.params["fields"]
    assert not auth.users_exist(fresh)                       # nothing written
    assert lender.lender_details(fresh, None)["name"] != GOOD_LENDER["name"]


def test_the_demo_keeps_its_sample_company(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        lender.mark_demo(store, None)
        assert not setup_needed(store, None)
        with pytest.raises(DomainError) as e:
            run_setup(store, None, plan(tmp_path))
        assert e.value.code == "setup_demo"
    finally:
        store.close()


def test_command_line_setup(tmp_path, monkeypatch, capsys):
    from workstation.cli import main
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("WORKSTATION_PASSWORD", "Chief-2026-pass")
    common = ["--database", url, "setup", "--licence", GOOD_LENDER["licence"], "--address", GOOD_LENDER["address"],
              "--credit-code", GOOD_LENDER["credit_code"], "--seal-name", GOOD_LENDER["seal_name"],
              "--net-capital", "300000000", "--borrowing-pct", "50", "--product", "ORDER=0.05%/day",
              "--admin", "chief", "--admin-name", "张主任", "--backup-folder", str(tmp_path / "bk")]
    assert main(common + ["--name", "浙江某某网络小额贷款有限公司"]) == 2
    captured = capsys.readouterr()
    assert "lender.name" in captured.out and "cannot finish" in captured.err
    assert main(common + ["--name", GOOD_LENDER["name"]]) == 0
    assert "administrator chief" in capsys.readouterr().out
    store = Store.open(url)
    try:
        assert auth.sign_in(store, "chief", "Chief-2026-pass").has("admin")
    finally:
        store.close()
