"""The demo's borrowers have a year of weekly snapshots; the ones deteriorating on
purpose show up as warnings on the first end of day."""
from datetime import date

from sqlalchemy import func, select

from workstation.store.session import Store
from workstation.store.models_aftercare import MonitoringSnapshot, Warning

AS_OF = date(2026, 11, 27)


def test_demo_deteriorating_borrowers_raise_warnings_on_the_first_end_of_day(tmp_path, monkeypatch):
    from workstation.demo import demo_monitoring
    from workstation.demo.demo_build import build_demo
    seen: dict[int, str] = {}
    real = demo_monitoring.generate

    def keep(*a, **kw):
        seen.update(real(*a, **kw))
        return seen
    monkeypatch.setattr(demo_monitoring, "generate", keep)    # the real generator, its answer kept
    svc = Store.open(f"sqlite:///{tmp_path / 'demo.db'}")
    built = build_demo(svc, None, applications=300, seed=2, as_of=AS_OF)
    assert built.loans > 0 and seen, "some demo borrowers deteriorate on purpose"
    with svc.read() as s:
        weeks = s.execute(select(MonitoringSnapshot.merchant_id, func.count()).group_by(
            MonitoringSnapshot.merchant_id)).all()
    assert weeks and all(n == 52 for _, n in weeks)
    expected = {"sales": "sales_drop", "dormant": "login_gap", "outflow": "unrelated_outflow",
                "restricted": "shop_status", "refunds": "refund_share", "ads": "ad_traffic_fall",
                "rating": "rating_fall"}
    with svc.read() as s:
        rules_of = {}
        for m, r in s.execute(select(Warning.merchant_id, Warning.rule)):
            rules_of.setdefault(m, set()).add(r)
    missed = {m: p for m, p in seen.items() if expected[p] not in rules_of.get(m, set())}
    assert missed == {}
    steady = set(m for m, _ in weeks) - set(seen)
    # a false alarm is a rule on the borrower's own snapshots firing for a steady one; a
    # related party or group member overdue is the book's fact, not the snapshots' (the
    # demo's book has overdue loans, some in joint-guarantee groups)
    own = {m for m, rules in rules_of.items() if rules - {"related_overdue"}}
    assert len(steady & own) <= len(steady) // 10    # few false alarms
    svc.close()
