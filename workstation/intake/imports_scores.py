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

from workstation.domain import scoring
from workstation.intake.imports_values import json_text, score_columns, score_texts, with_time
from workstation.store import queries

SCORE_COLUMNS = ("score_total", "grade", "suggested_limit", "score_version", "score_inputs", "score_result")
SCORE_TEXTS = ("score_inputs", "score_result")      # given as the text they store (InlineScorer.values)
UNSCORED = (None,) * len(SCORE_COLUMNS)


_PROBE = {"b": [1, None, "商 \u2028 \"x\""], "a": {"z": "1.50", "y": 2}, "computed_at": ""}
_TEXTS_CHECKED: dict[str, bool] = {}


def _texts_as_bound(dialect) -> bool:
    """Whether ``dialect`` binds the score columns' values as ``json_text`` writes them."""
    ok = _TEXTS_CHECKED.get(dialect.name)
    if ok is None:
        from workstation.store.bulk import bind_processor
        from workstation.store.models import Application
        ok = all((bind_processor(getattr(Application.__table__.c, c), dialect) or _same)(_PROBE) == json_text(_PROBE)
                 for c in SCORE_TEXTS)
        _TEXTS_CHECKED[dialect.name] = ok
    return ok


def _same(value):
    return value


class InlineScorer:
    """Scores of one chunk's new merchants' applications, as SCORE_COLUMNS tuples. ``sent``:
    the (as_of, scorecard) a checking process scored for with ``products`` (the run's rule
    context); its scores are used only if the day, the card and the product's maximum are
    the ones scored with here."""

    def __init__(self, s: Session, *, as_of: date, sent: tuple | None = None, products=None) -> None:
        self.s = s
        self.as_of = as_of
        self.card = scoring.load_scorecard()       # as the bulk scorer loads it
        self.products: dict[str, object] = {}
        self.now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.sent_ok = sent is not None and sent[0] == as_of and sent[1] == self.card
        self.sent_products = products or {}
        self.ready_ok: dict[str, bool] = {}        # product code -> whether its ready scores hold
        # the JSON columns are given as their text (SCORE_TEXTS): what their bind processor makes
        if not _texts_as_bound(s.get_bind().dialect):
            raise RuntimeError("the score columns' JSON text is not what imports_values.json_text writes")

    def values(self, *, merchant: dict, months: list[tuple], declared: dict | None, product_code: str,
               ready: tuple | None = None) -> tuple:
        """The SCORE_COLUMNS of one application (suggested limit in fen, as the Fen column takes it;
        score_inputs and score_result as the JSON text they store: imports_values.score_texts);
        ``ready``: the same computed by a checking process on these very months, "computed_at" empty."""
        product = self.products.get(product_code)
        if product is None:
            product = self.products[product_code] = queries.product(self.s, product_code)
            sent = self.sent_products.get(product_code)
            self.ready_ok[product_code] = (self.sent_ok and sent is not None
                                           and sent.amount_max == product.amount_max)
        if ready is not None and self.ready_ok[product_code]:
            *columns, result = ready
            return (*columns, with_time(result, self.now))
        return score_texts(score_columns(months, declared=declared, member_since=merchant["member_since"],
                                         as_of=self.as_of, card=self.card, product_max=product.amount_max,
                                         now=self.now))
