"""The scores an import stores as it inserts (intake/imports_scores) are the scores
the bulk scorer (decide/bulk_scores) computes from what was stored: every stored
score is recomputed by the bulk scorer and compared, on varied records (no months,
no declared figures, a merchant twice in the file with overlapping months, a
blacklisted borrower, a known person, a merchant stored by an earlier file)."""
from __future__ import annotations

import copy
import json
import random

import pytest
from datetime import timedelta

from sqlalchemy import select, update

from workstation.decide import bulk_scores
from workstation.domain import clock
from workstation.intake.imports import import_applications
from workstation.intake.imports_samples import make_record
from workstation.store.models import Application, BlacklistEntry
from workstation.store.models_audit import AuditEntry
from tests.test_imports import officer, svc, write_jsonl  # noqa: F401 - fixtures

TODAY = clock.today()
_SCORES = ("score_total", "grade", "suggested_limit", "score_version", "score_inputs", "score_result")


def _records(n: int, seed: int, prefix: str) -> list[dict]:
    rng = random.Random(seed)
    return [make_record(rng, seq=i, as_of=TODAY, months=True, prefix=prefix) for i in range(1, n + 1)]


def _stored(svc) -> dict[str, tuple]:
    with svc.read() as s:
        rows = s.execute(select(Application.external_id, *[getattr(Application, c) for c in _SCORES])).all()
    out = {}
    for ext, *vals in rows:
        result = dict(vals[-1] or {})
        result.pop("computed_at", None)           # the time it was computed
        out[ext] = (*vals[:-1], result)
    return out


@pytest.mark.parametrize("parallel", [False, True], ids=["one_process", "two_processes"])
def test_inline_scores_equal_the_bulk_scorers(svc, officer, tmp_path, parallel):
    first = _records(3, 11, "AA")
    recs = _records(10, 12, "BB")
    recs[0].pop("declared")
    recs[0].pop("platform_months")
    recs[1].pop("declared")
    recs[1]["platform_months"] = recs[1]["platform_months"][-5:]
    twin = recs[3]                                    # recs[2]'s merchant again, its months shifted
    twin["merchant"] = copy.deepcopy(recs[2]["merchant"])
    twin["legal_rep"] = copy.deepcopy(recs[2]["legal_rep"])
    twin["platform_months"] = recs[3]["platform_months"][6:] + [
        dict(m, month=f"{int(m['month'][:4]) - 3}{m['month'][4:]}") for m in recs[3]["platform_months"][:6]]
    recs[4]["legal_rep"]["citizen"] = False
    for k in ("customer1_share_pct", "customer2_share_pct", "customer2_name", "customer2_years"):
        recs[4]["declared"][k] = None
    recs[5]["merchant"]["member_since"] = (TODAY - timedelta(days=240)).isoformat()    # a young shop
    for m in recs[5]["platform_months"][-4:]:
        m.update(orders=0, refunds=0, disputes=0)
    recs[6]["legal_rep"] = copy.deepcopy(first[0]["legal_rep"])      # a person stored by the first file
    recs[6]["legal_rep"]["citizen"] = False                          # ... whose stored facts count
    recs[7]["merchant"] = copy.deepcopy(first[1]["merchant"])        # a merchant stored by the first file
    recs[7]["legal_rep"] = copy.deepcopy(first[1]["legal_rep"])
    with svc.tx() as s:                                              # recs[8]'s borrower is blacklisted
        s.add(BlacklistEntry(kind="phone", value=recs[8]["legal_rep"]["phone"], reason="test"))

    r1 = import_applications(svc, officer, write_jsonl(tmp_path / "first.jsonl", first))
    # two processes: the checking process computes the features of a record's own months
    r2 = import_applications(svc, officer, write_jsonl(tmp_path / "second.jsonl", recs), parallel=parallel,
                             chunk_size=4)
    assert (r1.imported, r2.imported, r2.rejected, r2.scored, r2.blacklisted) == (3, 10, 0, 10, 1)
    inline = _stored(svc)
    assert len(inline) == 13 and all(v[0] is not None for v in inline.values())
    with svc.read() as s:
        assert set(s.scalars(select(Application.version))) == {2}
        scored = s.scalars(select(AuditEntry.details).where(AuditEntry.action == "score")).all()
    assert sum((json.loads(d) if isinstance(d, str) else d)["applications"] for d in scored) == 13

    with svc.tx() as s:                                             # forget them; the bulk scorer again
        s.execute(update(Application).values(**{c: None for c in _SCORES}).execution_options(
            synchronize_session=False))
    assert bulk_scores.score_unscored(svc, None, as_of=TODAY) == 13
    again = _stored(svc)
    assert again == inline
    # the varied cases are what they should be (no data; one merchant's months for both applications)
    by_ext = {r["external_id"]: r for r in recs}
    feats = {ext: v[4]["features"] for ext, v in inline.items() if ext in by_ext}
    assert feats[recs[0]["external_id"]]["consistency_index"] is None
    assert feats[recs[0]["external_id"]]["months_of_data"] == 0
    declared = {"leverage_pct", "consistency_index", "customer_concentration_pct"}
    a, b = feats[recs[2]["external_id"]], feats[twin["external_id"]]
    assert {k: v for k, v in a.items() if k not in declared} == {k: v for k, v in b.items() if k not in declared}


def _random_case(rng: random.Random, as_of):
    """Platform month rows and declared figures with the edges the formulas have: no months,
    gaps, a young shop, zero orders or sales, zero assets, no declared figures, odd shares."""
    from datetime import date
    from decimal import Decimal
    n = rng.choice([0, 1, 3, 12, 24, 30])
    first = as_of.year * 12 + as_of.month - 1 - n - rng.randint(-2, 3)
    rows = []
    for i in range(first, first + n):
        if rng.random() < 0.15:
            continue                                  # a gap
        orders = rng.choice([0, 0, rng.randint(1, 50), rng.randint(100, 5000)])
        sales = 0 if orders == 0 and rng.random() < 0.7 else rng.randint(0, 10**9)
        rows.append((date(i // 12, i % 12 + 1, 1), sales, orders, rng.randint(0, orders), rng.randint(0, 10**6),
                     rng.randint(0, orders), rng.randint(0, 500), rng.randint(0, 31), rng.randint(0, 10**7),
                     rng.randint(0, 900), rng.randint(0, 10**5)))
    rng.shuffle(rows)
    member_since = as_of - timedelta(days=rng.choice([30, 200, 400, 3000]) + rng.randint(0, 60))
    declared = None
    if rng.random() < 0.8:
        sales = rng.choice([0, rng.randint(1, 10**6), rng.randint(10**8, 10**11)])
        assets = rng.choice([0, rng.randint(1, 10**10)])
        declared = {"year": as_of.year - 1, "sales": sales, "operating_cost": rng.randint(0, max(1, sales * 2)),
                    "inventory": rng.randint(0, 10**10), "total_assets": assets,
                    "total_liabilities": rng.choice([0, rng.randint(1, 10**10)]), "receivables": rng.randint(0, 10**9),
                    "net_margin_pct": Decimal(rng.randint(-10000, 10000)).scaleb(-2),
                    "platform_share_pct": Decimal(rng.choice([0, 1, 55, 100, rng.randint(0, 10000) / 100])).quantize(
                        Decimal("0.01")),
                    "customer1_name": rng.choice([None, "甲"]), "customer1_years": rng.choice([None, 3]),
                    "customer1_share_pct": rng.choice([None, Decimal("12.5"), Decimal("40")]),
                    "customer2_name": None, "customer2_years": None,
                    "customer2_share_pct": rng.choice([None, Decimal("0"), Decimal("7.25")])}
    return rows, member_since, declared


def _clean(rec: dict):
    from datetime import datetime, timezone
    from workstation.domain.products import PRODUCTS
    from workstation.intake.imports_format import flatten
    from workstation.intake.imports_rules import RuleContext, check_record
    clean, problems = check_record(flatten(rec), line=1,
                                   ctx=RuleContext(products=dict(PRODUCTS), now=datetime.now(timezone.utc)))
    assert not problems
    return clean


def test_fast_features_and_totals_equal_the_originals():
    """features_from_rows == compute_features and score_totals == score, on many varied cases."""
    from decimal import Decimal
    from workstation.domain import features, scoring
    from workstation.domain.merchant_data import MerchantFacts
    from workstation.intake.imports_values import domain_declared, domain_months
    rng = random.Random(2026)
    card = scoring.load_scorecard()
    seen_grades, seen_none = set(), 0
    for k in range(600):
        as_of = TODAY - timedelta(days=rng.randint(0, 400) if k % 2 else 0)
        if k % 2:
            rows, member_since, declared = _random_case(rng, as_of)
        else:                                         # records as the platform sends them, checked
            clean = _clean(make_record(rng, seq=k, as_of=as_of, months=True))
            rows, member_since, declared = clean.months, clean.merchant["member_since"], clean.declared
            rows = rows[rng.randint(0, 6):]
        facts = MerchantFacts(platform="taobao", member_since=member_since, province="浙江", legal_rep_birth=as_of,
                              citizen=bool(k % 2), real_name_verified=True, blacklisted=bool(k % 3 == 0),
                              has_current_overdue=False, bank_card_listed=True, is_legal_rep=True)
        dd = domain_declared(declared)
        want = features.compute_features(domain_months(rows), declared=dd, facts=facts, as_of=as_of)
        got = features.features_from_rows(rows, declared=dd, member_since=member_since, as_of=as_of)
        assert list(got.items()) == list(want.items())
        assert {k: str(v) for k, v in got.items()} == {k: str(v) for k, v in want.items()}   # the same places
        product_max = Decimal(rng.choice(["50000.00", "300000", "1500000.00"]))
        interview = rng.choice([None, 0, 2])
        full = scoring.score(want, card=card, product_max=product_max, interview_discrepancies=interview)
        fast = scoring.score_totals(got, card=card, product_max=product_max, interview_discrepancies=interview)
        assert (fast.version, fast.total, fast.grade, fast.default_probability, fast.suggested_limit, fast.inputs) == \
            (full.version, full.total, full.grade, full.default_probability, full.suggested_limit, full.inputs)
        seen_grades.add(full.grade)
        seen_none += want["consistency_index"] is None
    assert len(seen_grades) >= 3 and 0 < seen_none < 600
