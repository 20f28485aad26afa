"""The demo's monitoring data: a year of weekly platform snapshots for every borrower,
steady with seasonal noise, and some borrowers deteriorating on purpose after their loan
(sales falling, no more logins, cash leaving for unrelated accounts, the shop restricted,
refunds rising, ad spend and traffic falling, the rating falling), so the first end of
day raises warnings on the desk."""
from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from workstation.domain.actor import Actor

from workstation.store.session import Store
from workstation.store.bulk import bulk_insert, raw_table

WEEKS = 52
PATTERNS = ("sales", "dormant", "outflow", "restricted", "refunds", "ads", "rating")
SHARE_DETERIORATING = 0.2


def generate(store: Store, actor: Actor | None, *, seed: int, as_of: date) -> dict[int, str]:
    """Snapshots for each borrower with a disbursed loan; returns merchant -> pattern for
    the deteriorating ones."""
    if actor is not None:
        actor.require("admin", "supervisor", action="generate demo monitoring data")
    rng = random.Random(seed * 104729 + 3)
    lt = raw_table("loans")
    with store.read(actor) as s:
        loans = {}
        for m, on, amount, status in s.execute(select(lt.c.merchant_id, lt.c.disbursed_on, lt.c.disbursed_amount,
                                                      lt.c.status).where(lt.c.disbursed_on.is_not(None))
                                               .order_by(lt.c.id)):
            loans[m] = (on, amount or 0, status)
        have = set(s.scalars(select(raw_table("monitoring_snapshots").c.merchant_id).distinct()))
    bad: dict[int, str] = {}
    rows: list[dict] = []
    start = as_of - timedelta(weeks=WEEKS - 1)
    eligible = [m for m, (loan_day, _, status) in sorted(loans.items())
                if m not in have and status == "active" and (as_of - loan_day).days // 7 >= 5]
    chosen = {m for m in eligible if rng.random() < SHARE_DETERIORATING}
    if eligible and not chosen:         # a small demo book still shows what deterioration looks like
        chosen = set(eligible[:max(1, min(3, len(eligible) // 2))])
    for m, (loan_day, amount, status) in sorted(loans.items()):
        if m in have:
            continue
        pattern = None
        if m in chosen:
            pattern = rng.choice(PATTERNS)
            bad[m] = pattern
        rows += _series(rng, m, start=start, loan_day=loan_day, amount=int(amount), pattern=pattern)
    with store.tx(actor) as s:
        for k in range(0, len(rows), 5000):
            bulk_insert(s, "monitoring_snapshots", rows[k:k + 5000])
    return bad


def _series(rng: random.Random, merchant: int, *, start: date, loan_day: date, amount: int,
            pattern: str | None) -> list[dict]:
    gmv = rng.randint(20_000, 200_000) * 100          # fen a week
    orders = max(20, gmv // rng.randint(8_000, 30_000))
    logins = rng.randint(3, 7)
    rating = rng.randint(460, 495)
    ads = gmv * rng.randint(2, 6) // 100
    traffic = orders * rng.randint(20, 60)
    out = []
    for k in range(WEEKS):
        on = start + timedelta(weeks=k)
        after = (on - loan_day).days // 7 if on >= loan_day else -1
        noise = rng.randint(90, 110)
        g, o, a, t = gmv * noise // 100, orders * noise // 100, ads * noise // 100, traffic * noise // 100
        if on >= loan_day and pattern != "ads":
            g, a, t = g * 110 // 100, a * 125 // 100, t * 115 // 100        # the loan at work
        days_since, refunds, disputes = rng.randint(0, 2), o * rng.randint(1, 4) // 100, rng.randint(0, 1)
        status, r, unrelated = "open", rating + rng.randint(-3, 3), 0
        outflow = g * rng.randint(70, 90) // 100
        if pattern and after >= 0:
            if pattern == "sales" and after >= 1:
                g, o = g * 45 // 100, o * 45 // 100
            elif pattern == "dormant" and k == WEEKS - 1:
                days_since = 15
            elif pattern == "outflow" and after < 3:
                unrelated = amount * 30 // 100
                outflow += unrelated
            elif pattern == "restricted" and k >= WEEKS - 2:
                status = "restricted"
            elif pattern == "refunds" and after >= 1:
                refunds = o * 20 // 100
            elif pattern == "ads" and after >= 1:
                a, t = a * 40 // 100, t * 50 // 100
            elif pattern == "rating" and after >= 2:
                r = rating - 60
        out.append({"merchant_id": merchant, "snap_date": on, "logins": logins, "days_since_login": days_since,
                    "orders": o, "gmv": g, "refunds": refunds, "disputes": disputes, "ad_spend": a, "traffic": t,
                    "rating_centi": max(0, min(500, r)), "shop_status": status, "inflow": g, "outflow": outflow,
                    "unrelated_outflow": unrelated, "source": "demo"})
    return out
