"""Scores stored with their cases, computed in bulk: as an import stores its
applications, by Tools > Score unscored, for the demo's open cases. (One case is
scored by ``cases.score_now``, the explicit action; a view never scores.)

Each chunk is one transaction: its merchants' months, declared figures, blacklist
hits and interviews are read in a few queries, every score is written in one
executemany UPDATE (bumping each case's version, as any change does), and one
``score`` audit entry names the chunk's first and last application."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Iterable

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from workstation.domain import clock, features, scoring
from workstation.domain.merchant_data import PlatformMonth
from workstation.domain.products import Product as ProductDef
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.store.session import Store
from workstation.services.progress import NullProgress, Progress
from workstation.store import queries
from workstation.store.bulk import raw_table
from workstation.store.models import Application

CHUNK = 500


def compute(s: Session, a: Application, *, card: scoring.Scorecard, as_of: date, product: ProductDef,
            months=None, blacklisted: bool | None = None, discrepancies: int | None = None,
            with_interview: bool = True) -> scoring.ScoreResult:
    """``a``'s score on its data now (the keyword arguments: already read in bulk)."""
    months = queries.platform_months(s, a.merchant_id) if months is None else months
    if with_interview:
        discrepancies = queries.interview_discrepancies(s, [a.id]).get(a.id)
    with s.no_autoflush:
        feats = features_of(months, declared=queries.declared_financials(a.declared),
                            facts=queries.merchant_facts(s, a, is_blacklisted=blacklisted), as_of=as_of)
    return scoring.score(feats, card=card, product_max=product.amount_max, interview_discrepancies=discrepancies)


def features_of(months, *, declared, facts, as_of: date) -> dict:
    """The scorecard's features (one function for the bulk scorer and the import's inline scores)."""
    return features.compute_features(months, declared=declared, facts=facts, as_of=as_of)


def stored_values(result: scoring.ScoreResult, *, as_of: date, now: str) -> dict:
    """The columns a score is stored in (scoring.stored_columns)."""
    return scoring.stored_columns(result, as_of=as_of, now=now)


_COLUMNS = ("score_total", "grade", "suggested_limit", "score_version", "score_inputs", "score_result")
_UPDATE = (update(Application.__table__).where(Application.__table__.c.id == bindparam("b_id"))
           .values(version=Application.__table__.c.version + 1, **{c: bindparam(f"b_{c}") for c in _COLUMNS}))


def _score_chunk(s: Session, ids: list[int], *, card: scoring.Scorecard, as_of: date, actor: Actor | None,
                 products: dict[str, ProductDef]) -> int:
    apps = s.scalars(select(Application).where(Application.id.in_(ids), Application.score_version.is_(None))
                     .options(selectinload(Application.declared)).order_by(Application.id)).all()
    if not apps:
        return 0
    months = _months_of(s, [a.merchant_id for a in apps])
    listed = queries.blacklisted_merchants(s, [a.merchant for a in apps])
    interviews = queries.interview_discrepancies(s, [a.id for a in apps])
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    rows = []
    for a in apps:
        if a.product_code not in products:
            products[a.product_code] = queries.product(s, a.product_code)
        result = compute(s, a, card=card, as_of=as_of, product=products[a.product_code], months=months[a.merchant_id],
                         blacklisted=a.merchant_id in listed, discrepancies=interviews.get(a.id),
                         with_interview=False)
        rows.append({"b_id": a.id, **{f"b_{k}": v for k, v in stored_values(result, as_of=as_of, now=now).items()}})
    s.execute(_UPDATE, rows)
    audit.record(s, actor=actor, action="score", entity_type="applications", entity_id=f"{apps[0].app_no}..{apps[-1].app_no}",
                 details={"version": card.version, "applications": len(apps), "first": apps[0].app_no,
                          "last": apps[-1].app_no})
    return len(apps)


_MONTH_COLUMNS = ("month", "sales", "orders", "refunds", "refund_amount", "disputes", "rating_centi",
                  "login_days", "ad_spend", "listings", "favourites")


def _months_of(s: Session, merchant_ids: Iterable[int]) -> dict[int, list[PlatformMonth]]:
    """``queries.platform_months_of`` read as plain integers (money in fen, rating in
    hundredths) and made exact two-place decimals directly: the same values, without a
    type conversion per stored figure (a chunk of 500 cases reads 12,000 months)."""
    t = raw_table("platform_metrics")
    out: dict[int, list[PlatformMonth]] = defaultdict(list)
    ids = sorted(set(merchant_ids))
    cols = [t.c[c] for c in _MONTH_COLUMNS]
    D = Decimal
    for start in range(0, len(ids), 500):
        for mid, month, sales, orders, refunds, refund_fen, disputes, rating, login, ad, listings, favs in s.execute(
                select(t.c.merchant_id, *cols).where(t.c.merchant_id.in_(ids[start:start + 500]))
                .order_by(t.c.merchant_id, t.c.month)).tuples():
            # Decimal(n).scaleb(-2): integer hundredths as the exact decimal from_fen gives (1234 -> 12.34)
            out[mid].append(PlatformMonth(month, D(sales).scaleb(-2), orders, refunds, D(refund_fen).scaleb(-2),
                                          disputes, D(rating).scaleb(-2), login, D(ad).scaleb(-2), listings, favs))
    return out


def _score_ids(store: Store, actor: Actor | None, ids: list[int], *, progress: Progress, as_of: date,
               chunk: int, label: str) -> int:
    card = scoring.load_scorecard()
    products: dict[str, ProductDef] = {}
    scored = 0
    for start in range(0, len(ids), chunk):
        with store.tx(actor) as s:
            scored += _score_chunk(s, ids[start:start + chunk], card=card, as_of=as_of, actor=actor, products=products)
        progress.partial(scored)          # committed: kept whatever comes next (a Cancel included)
        progress.update(min(start + chunk, len(ids)), len(ids), label)
    return scored


def score_imported(store: Store, actor: Actor, external_ids: Iterable[str], *,
                   progress: Progress | None = None, as_of: date | None = None, chunk: int = CHUNK) -> int:
    """Score the applications an import stored (by their platform ids) that have no score
    yet (an earlier, cancelled run's too); returns how many."""
    actor.require("officer", "supervisor", "admin", action="import applications")
    wanted = sorted(set(external_ids))
    ids: list[int] = []
    with store.read(actor) as s:
        for start in range(0, len(wanted), 1000):
            ids += s.scalars(select(Application.id).where(Application.external_id.in_(wanted[start:start + 1000]),
                                                          Application.score_version.is_(None))).all()
    return _score_ids(store, actor, sorted(ids), progress=progress or NullProgress(), as_of=as_of or clock.today(),
                      chunk=chunk, label="scoring")


def score_unscored(store: Store, actor: Actor | None, *, progress: Progress | None = None,
                   as_of: date | None = None, statuses: Iterable[str] | None = None, chunk: int = CHUNK,
                   limit: int | None = None) -> int:
    """Score every application without a stored score (supervisors, admins, or the
    system on first start), optionally only those in ``statuses``, ``chunk`` per
    transaction; returns how many. A cancel keeps the chunks already committed."""
    if actor is not None:
        actor.require("supervisor", "admin", action="score applications in bulk")
    with store.read(actor) as s:
        stmt = select(Application.id).where(Application.score_version.is_(None)).order_by(Application.id.desc())
        if statuses is not None:
            stmt = stmt.where(Application.status.in_(list(statuses)))
        if limit is not None:
            stmt = stmt.limit(limit)
        ids = list(s.scalars(stmt))
    return _score_ids(store, actor, ids, progress=progress or NullProgress(), as_of=as_of or clock.today(),
                      chunk=chunk, label="score")
