from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from workstation.store import all_models  # noqa: F401
from workstation.store.base import Base
from workstation.store.db import StoreError, check_sqlite_path, make_engine, open_store
from workstation.store.models import Merchant, Person, PlatformMonth
from workstation.store.models_queue import include_object


def _merchant(s, *, member="M1"):
    p = Person(name="张三", id_number="110101199003074477"[:17] + member[-1], id_last4="4477",
               birth_date=date(1990, 3, 7), sex="M", phone="13812345678")
    m = Merchant(member_id=member, name="杭州某某贸易有限公司", platform="1688", shop_name="某某旗舰店",
                 credit_code="91330106MA2XXXXXX0", province="浙江", city="杭州", address="文三路1号",
                 member_since=date(2020, 1, 1), legal_rep=p, contact_phone="13812345678",
                 payment_account="pay@example.com", bank_name="工商银行", bank_card="6222020000000000")
    s.add(m)
    return m


def test_migrations_match_models(store):
    engine, _ = store
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}),
                                Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


@pytest.mark.parametrize("amount", ["1234567890123456.78", "0.01", "-99.99", "1000000.00"])
def test_money_round_trips_exactly(store, amount):
    engine, Session = store
    with Session() as s, s.begin():
        m = _merchant(s)
        s.flush()
        s.add(PlatformMonth(merchant_id=m.id, month=date(2026, 1, 1), sales=Decimal(amount), orders=1,
                            refunds=0, refund_amount=Decimal("0"), disputes=0, rating_centi=480,
                            login_days=20, ad_spend=Decimal("0.10"), listings=1, favourites=1))
    with Session() as s:
        got = s.scalar(select(PlatformMonth.sales))
        assert got == Decimal(amount) and str(got) == amount
        raw = s.execute(text("select sales from platform_metrics")).scalar()
        assert raw == int(Decimal(amount) * 100)


def test_money_column_refuses_float(store):
    _, Session = store
    with pytest.raises(Exception, match="float"):
        with Session() as s, s.begin():
            m = _merchant(s)
            s.flush()
            s.add(PlatformMonth(merchant_id=m.id, month=date(2026, 1, 1), sales=0.1, orders=1, refunds=0,
                                refund_amount=Decimal(0), disputes=0, rating_centi=1, login_days=1,
                                ad_spend=Decimal(0), listings=1, favourites=1))
    with Session() as s:
        assert s.scalar(select(Merchant).limit(1)) is None, "a failed write left rows behind"


def test_foreign_keys_enforced(store):
    _, Session = store
    with pytest.raises(Exception):
        with Session() as s, s.begin():
            s.add(PlatformMonth(merchant_id=999, month=date(2026, 1, 1), sales=Decimal(1), orders=1,
                                refunds=0, refund_amount=Decimal(0), disputes=0, rating_centi=1,
                                login_days=1, ad_spend=Decimal(0), listings=1, favourites=1))


def test_sqlite_pragmas(tmp_path):
    engine, _ = open_store(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2      # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_sqlite_write_transactions_take_the_lock_at_begin(tmp_path):
    """BEGIN IMMEDIATE: a second writer cannot start while the first holds the lock."""
    import sqlite3
    engine, _ = open_store(f"sqlite:///{tmp_path / 'l.db'}")
    with engine.begin():
        other = sqlite3.connect(tmp_path / "l.db", timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_network_share_refused(tmp_path):
    with pytest.raises(StoreError, match="network file system \\(nfs4\\)"):
        check_sqlite_path(tmp_path / "x.db", fstype_lookup=lambda p: "nfs4")
    with pytest.raises(StoreError, match="network share"):
        check_sqlite_path(Path("//server/share/x.db"))
    check_sqlite_path(tmp_path / "x.db", fstype_lookup=lambda p: "ext4")


def test_unreachable_server_gives_clear_error():
    with pytest.raises(StoreError, match="Cannot open the database"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_utc_datetimes_round_trip(store):
    from workstation.store.models import User
    _, Session = store
    t = datetime(2026, 11, 27, 8, 30, tzinfo=timezone.utc)
    with Session() as s, s.begin():
        s.add(User(username="u", display_name="U", password_hash="x", created_at=t))
    with Session() as s:
        assert s.scalar(select(User.created_at)) == t
