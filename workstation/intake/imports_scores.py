"""Scores of the applications an import stores, computed from the clean records
as they are inserted (written in the same INSERT, in the chunk's transaction),
instead of reading every case back after the commit.

Only what ``bulk_scores._score_chunk`` would read back is used, so the stored
score is the same: a merchant new in the chunk has exactly the platform months
the chunk inserts for it (all of its applications in the chunk are scored on
them all), the features read no fact but its ``member_since`` (as inserted), and a
new application has no interview. The arithmetic is ``features.features_from_rows``
and ``scoring.score_totals``: the bulk scorer's formulas without per-month objects
and without the factor texts.
An application of a merchant stored before the chunk is left to
``bulk_scores.score_imported`` after the commit (its stored months count too).
tests/test_import_scores.py compares both paths on varied records.
"""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy.orm import Session

from workstation.decide import bulk_scores
from workstation.domain import scoring
from workstation.domain.features import features_from_rows
from workstation.domain.money import to_fen
from workstation.intake.imports_values import domain_declared
from workstation.store import queries

SCORE_COLUMNS = ("score_total", "grade", "suggested_limit", "score_version", "score_inputs", "score_result")
UNSCORED = (None,) * len(SCORE_COLUMNS)


class InlineScorer:
    """Scores of one chunk's new merchants' applications, as SCORE_COLUMNS tuples."""

    def __init__(self, s: Session, *, as_of: date) -> None:
        self.s = s
        self.as_of = as_of
        self.card = scoring.load_scorecard()       # as the bulk scorer loads it
        self.products: dict[str, object] = {}
        self.now = datetime.now(timezone.utc).isoformat(timespec="seconds")

    def values(self, *, merchant: dict, months: list[tuple], declared: dict | None, product_code: str,
               features: dict | None = None) -> tuple:
        """The SCORE_COLUMNS of one application (suggested limit in fen, as the Fen column takes it)."""
        product = self.products.get(product_code)
        if product is None:
            product = self.products[product_code] = queries.product(self.s, product_code)
        # the features read no fact but member_since (features_from_rows); a new application has no interview
        feats = features if features is not None else features_from_rows(
            months, declared=domain_declared(declared), member_since=merchant["member_since"], as_of=self.as_of)
        result = scoring.score_totals(feats, card=self.card, product_max=product.amount_max)
        v = bulk_scores.stored_values(result, as_of=self.as_of, now=self.now)
        limit = v["suggested_limit"]
        return (v["score_total"], v["grade"], None if limit is None else to_fen(limit), v["score_version"],
                v["score_inputs"], v["score_result"])
