"""The scores an import stores as it inserts (intake/imports_scores) are the scores
the bulk scorer (decide/bulk_scores) computes from what was stored: every stored
score is recomputed by the bulk scorer and compared, on varied records (no months,
no declared figures, a merchant twice in the file with overlapping months, a
blacklisted borrower, a known person, a merchant stored by an earlier file)."""
from __future__ import annotations

import copy
import json
import random
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


def test_inline_scores_equal_the_bulk_scorers(svc, officer, tmp_path):
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
    r2 = import_applications(svc, officer, write_jsonl(tmp_path / "second.jsonl", recs))
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
