"""End of day reads the warning rules' figures as SQL aggregates (``aftercare.rule_figures``);
they must give exactly the findings the rules give on the snapshots themselves, on both
databases, over borrowers crafted to sit on every window's edge."""
from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import text

from workstation.aftercare import evaluation
from workstation.aftercare.snapshots import load_snapshots
from workstation.domain import warning_rules as wr
from workstation.store.bulk import bulk_insert

AS_OF = date(2026, 11, 27)


def _crafted(svc, n: int) -> list[tuple]:
    """``n`` merchants with 0 to 40 weekly snapshots (gaps, zeros, shops closing, falling
    sales and ratings, cash leaving), loans from before the first snapshot to after the last."""
    rng = random.Random(20261204)
    rows, merchants, snaps = [], [], []
    with svc.tx(None) as s:
        s.execute(text("INSERT INTO people (name, id_number, id_last4, birth_date, sex, citizen, phone) VALUES "
                       "('甲', '330106198001010000', '0000', '1980-01-01', 'M', true, '13800000000')"))
        person = s.scalar(text("SELECT max(id) FROM people"))
    for m in range(1, n + 1):
        merchants.append({"id": m, "member_id": f"RF{m:06d}", "name": f"商户{m}", "platform": "taobao",
                          "shop_name": f"店{m}", "province": "浙江", "city": "杭州", "address": "x",
                          "member_since": date(2020, 1, 1), "legal_rep_id": person, "applicant_is_legal_rep": True,
                          "contact_phone": "13800000000", "payment_account": f"{m}@alipay", "real_name_verified": True,
                          "bank_name": "招商银行", "bank_card": "6225880000000000", "bank_listed": True})
        weeks = rng.choice([0, 1, 3, 5, 12, 16, 20, 30, 40])
        start = AS_OF - timedelta(days=7 * weeks - rng.choice([0, 0, 3, -7]))
        loan = start + timedelta(days=rng.choice([-14, 0, 7 * weeks // 2, 7 * weeks - 7, 7 * weeks + 7]) + rng.choice([0, 1]))
        fall = rng.choice([100, 100, 50, 10])
        for w in range(weeks):
            on = start + timedelta(days=7 * w)
            if rng.random() < 0.1:
                continue                                   # a week missing
            after = on >= loan
            g = rng.randint(0, 3) * 1_000_000 * (fall if after else 100) // 100
            snaps.append({"merchant_id": m, "snap_date": on, "logins": rng.choice([0, 1, 4, 7]),
                          "days_since_login": rng.choice([0, 1, 3, 8, 30]), "orders": rng.choice([0, 10, 30, 200]),
                          "gmv": g, "refunds": rng.choice([0, 2, 9]), "disputes": rng.choice([0, 1, 5]),
                          "ad_spend": g // rng.choice([20, 50]), "traffic": g // rng.choice([400, 900]),
                          "rating_centi": rng.choice([0, 480, 470, 430, 500] if after else [0, 480, 490]),
                          "shop_status": rng.choice(["open"] * 8 + ["restricted", "closed"]),
                          "inflow": g, "outflow": g // 2, "unrelated_outflow": rng.choice([0, 0, 3_000_000]),
                          "source": "crafted"})
        rows.append((m, m, m, loan, rng.choice([0, 5_000_000]), rng.choice(["备货采购", "家用"])))
    with svc.tx(None) as s:
        bulk_insert(s, "merchants", merchants)
        bulk_insert(s, "monitoring_snapshots", snaps)
    return rows


def test_sql_figures_give_the_rules_own_findings(svc):
    rows = _crafted(svc, 240)
    rules = wr.default_rules()
    since = AS_OF - timedelta(days=evaluation.HISTORY_DAYS)
    with svc.read(None) as s:
        got = evaluation.findings_for(s, rows, rules, as_of=AS_OF)
        snaps = load_snapshots(s, [r[0] for r in rows], since=since)
    want = []
    for r in rows:
        series = [x for x in snaps.get(r[0], ()) if x.on <= AS_OF]
        b = wr.Borrower(disbursed_on=r[3], disbursed_fen=r[4], for_business=wr.is_business_purpose(r[5]))
        want += [(r[0], f) for f in wr.evaluate(rules, series, b)]
    assert sorted(((r[0], f) for r, f in got), key=repr) == sorted(want, key=repr)
    fired = {f.rule for _, f in want}
    assert fired >= {"login_gap", "sales_drop", "ad_traffic_fall", "shop_status", "refund_share",
                     "unrelated_outflow", "rating_fall"}, fired
