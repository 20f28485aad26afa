"""The 360-degree scorecard: transparent points over named features.

The card is versioned data (``resources/scorecards/scorecard_<version>.json``):
for each factor a feature name, half-open bins (``below`` = exclusive upper
bound, the last bin open), points and the reason in Chinese and English; grade
cut-offs with a default probability and a limit share per grade. The total is
the plain sum of the factor points, so what the officer sees adds up.

:class:`ScoreResult` carries ``inputs`` (JSON-serialisable, Decimals as strings):
store them with the version and :func:`score_from_inputs` gives the same result
later, so a past decision can be explained.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping

from workstation.assets import resource_path
from workstation.domain.errors import DomainError
from workstation.domain.money import MAX_ABS, money

SCORECARD_DIR = resource_path("scorecards")
DEFAULT_VERSION = "v1"
INTERVIEW_FEATURE = "interview_discrepancies"
FORMATS = ("int", "money", "pct", "change", "decimal")

Feature = Decimal | int | None
_ZERO = Decimal(0)
_FEN = Decimal("0.01")


class ScorecardError(DomainError):
    """A scorecard file or stored inputs that cannot be used: ``scorecard_missing``,
    ``scorecard_wrong_version``, ``scorecard_inputs_version``, or ``scorecard_invalid``
    (its ``detail``, English, names the flaw in the file; the desk logs it)."""


def _bad(detail: str) -> ScorecardError:
    """A flaw in the scorecard's content (the file is named by :func:`load_scorecard`)."""
    return ScorecardError("scorecard_invalid", file="", detail=detail)


@dataclass(frozen=True)
class Bin:
    below: Decimal | None  # exclusive upper bound; None = open (last bin, or the missing bin)
    points: int
    reason_zh: str
    reason_en: str


@dataclass(frozen=True)
class Factor:
    code: str
    feature: str
    format: str
    group: str
    name_zh: str
    name_en: str
    bins: tuple[Bin, ...]
    missing: Bin

    def bin_for(self, value: Feature) -> Bin:
        if value is None:
            return self.missing
        for b in self.bins:
            if b.below is None or value < b.below:
                return b
        raise AssertionError("the last bin is open")  # guaranteed by the loader


@dataclass(frozen=True)
class Grade:
    grade: str
    min_points: int | None  # None: everything below the previous grade
    default_probability: Decimal
    limit_share: Decimal


@dataclass(frozen=True)
class Scorecard:
    version: str
    factors: tuple[Factor, ...]
    grades: tuple[Grade, ...]  # best first
    limit_base_feature: str
    limit_rounding: Decimal
    title_zh: str = ""
    title_en: str = ""

    def grade_for(self, total: int) -> Grade:
        for g in self.grades:
            if g.min_points is None or total >= g.min_points:
                return g
        raise AssertionError("the last grade is open")  # guaranteed by the loader


@dataclass(frozen=True)
class FactorScore:
    code: str
    name_zh: str
    name_en: str
    value: Feature
    points: int
    reason_zh: str
    reason_en: str
    group: str = ""


@dataclass(frozen=True)
class ScoreResult:
    version: str
    factors: tuple[FactorScore, ...]
    total: int
    grade: str
    default_probability: Decimal
    suggested_limit: Decimal
    inputs: dict


# --- loading ---------------------------------------------------------------------------

def scorecard_path(version: str = DEFAULT_VERSION) -> Path:
    return SCORECARD_DIR / f"scorecard_{version}.json"


def _dec(value: Any, where: str) -> Decimal:
    if isinstance(value, (float, bool)) or value is None:
        raise _bad(f"{where}: {value!r} must be a decimal string or an integer")
    try:
        d = Decimal(value) if not isinstance(value, Decimal) else value
    except (InvalidOperation, TypeError):
        raise _bad(f"{where}: {value!r} is not a number") from None
    if not d.is_finite():
        raise _bad(f"{where}: {value!r} is not a finite number")
    return d


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _bad(f"{where}: {value!r} must be an integer")
    return value


def _bin(raw: Mapping, where: str, *, bounded: bool) -> Bin:
    for key in ("reason_zh", "reason_en"):
        if not isinstance(raw.get(key), str):
            raise _bad(f"{where}: '{key}' is missing")
    below = _dec(raw["below"], f"{where} below") if bounded else None
    return Bin(below, _int(raw.get("points"), f"{where} points"), raw["reason_zh"], raw["reason_en"])


def _factor(raw: Mapping, where: str) -> Factor:
    for key in ("code", "feature", "name_zh", "name_en"):
        if not isinstance(raw.get(key), str):
            raise _bad(f"{where}: '{key}' is missing")
    where = f"factor {raw['code']}"
    fmt = raw.get("format", "decimal")
    if fmt not in FORMATS:
        raise _bad(f"{where}: format {fmt!r} is not one of {FORMATS}")
    raw_bins = raw.get("bins") or []
    if not raw_bins:
        raise _bad(f"{where}: has no bins")
    bins = []
    for i, rb in enumerate(raw_bins, start=1):
        last = i == len(raw_bins)
        if last and "below" in rb:
            raise _bad(f"{where} bin {i}: the last bin is open and must leave out 'below'")
        if not last and "below" not in rb:
            raise _bad(f"{where} bin {i}: needs 'below' (only the last bin is open)")
        b = _bin(rb, f"{where} bin {i}", bounded=not last)
        if bins and bins[-1].below is not None and b.below is not None and b.below <= bins[-1].below:
            raise _bad(f"{where} bin {i}: 'below' {b.below} must be above {bins[-1].below}")
        bins.append(b)
    if "missing" not in raw:
        raise _bad(f"{where}: needs a 'missing' bin")
    missing = _bin(raw["missing"], f"{where} missing", bounded=False)
    return Factor(raw["code"], raw["feature"], fmt, raw.get("group", raw["code"]),
                  raw["name_zh"], raw["name_en"], tuple(bins), missing)


def _grades(raw_grades: list) -> tuple[Grade, ...]:
    if not raw_grades:
        raise _bad("scorecard has no grades")
    grades: list[Grade] = []
    for i, rg in enumerate(raw_grades, start=1):
        where = f"grade {rg.get('grade', i)}"
        last = i == len(raw_grades)
        min_points = None if last else _int(rg.get("min_points"), f"{where} min_points")
        if last and rg.get("min_points") is not None:
            raise _bad(f"{where}: the last grade takes every lower total (min_points null)")
        if grades and min_points is not None and min_points >= grades[-1].min_points:
            raise _bad(f"{where}: min_points must fall grade by grade")
        pd = _dec(rg.get("default_probability"), f"{where} default_probability")
        share = _dec(rg.get("limit_share"), f"{where} limit_share")
        if not (0 <= pd <= 1 and share >= 0):
            raise _bad(f"{where}: probability must be 0..1 and limit share not negative")
        grades.append(Grade(str(rg.get("grade")), min_points, pd, share))
    return tuple(grades)


def load_scorecard(source: Path | str | Mapping | None = None) -> Scorecard:
    """Load and check a scorecard from a JSON file path or an already parsed dict.

    ``None`` loads the default version from ``resources/scorecards``.
    """
    if source is None:
        source = scorecard_path()
    if isinstance(source, (str, Path)):
        try:
            with open(source, encoding="utf-8") as fh:
                raw = json.load(fh, parse_float=Decimal)
            return _checked(raw)
        except (ScorecardError, ValueError) as exc:       # the file named, the flaw kept as detail
            detail = exc.params.get("detail", str(exc)) if isinstance(exc, ScorecardError) else str(exc)
            raise ScorecardError("scorecard_invalid", file=Path(source).name, detail=detail) from None
    return _checked(source)


def _checked(raw: Mapping) -> Scorecard:
    if not isinstance(raw.get("version"), str):
        raise _bad("scorecard has no version")
    factors = tuple(_factor(rf, f"factor {i}") for i, rf in enumerate(raw.get("factors") or [], 1))
    if not factors:
        raise _bad("scorecard has no factors")
    codes = [f.code for f in factors]
    if len(set(codes)) != len(codes):
        raise _bad("scorecard has two factors with the same code")
    rounding = _dec(raw.get("limit_rounding", "1000"), "limit_rounding")
    if rounding <= 0:
        raise _bad("limit_rounding must be positive")
    return Scorecard(raw["version"], factors, _grades(raw.get("grades") or []),
                     raw.get("limit_base_feature", "sales_12m"), rounding,
                     raw.get("title_zh", ""), raw.get("title_en", ""))


def load_scorecard_version(version: str) -> Scorecard:
    path = scorecard_path(version)
    if not path.exists():
        raise ScorecardError("scorecard_missing", version=version, file=path.name)
    card = load_scorecard(path)
    if card.version != version:
        raise ScorecardError("scorecard_wrong_version", file=path.name, found=card.version, version=version)
    return card


# --- scoring ---------------------------------------------------------------------------

def _format_value(value: Feature, fmt: str) -> str:
    if value is None:
        return "—"
    if fmt == "money":
        return f"¥{Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP):,}"
    if fmt == "pct":
        return f"{value}%"
    if fmt == "change":
        return f"{'+' if value > 0 else ''}{value}%"
    return str(value)


def _check_feature(name: str, value: Any) -> Feature:
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"feature {name} is {type(value).__name__}; use Decimal, int or None")


def _serialise(features: Mapping[str, Feature]) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in features.items()}


def _deserialise(raw: Mapping[str, Any]) -> dict[str, Feature]:
    out: dict[str, Feature] = {}
    for k, v in raw.items():
        if isinstance(v, str):
            out[k] = _dec(v, f"stored feature {k}")
        else:
            out[k] = _check_feature(k, v)
    return out


def suggested_limit(*, base: Feature, share: Decimal, rounding: Decimal, product_max: Decimal) -> Decimal:
    """share x base, rounded down to ``rounding`` yuan, capped by the product's maximum."""
    if base is None or base <= 0 or share <= 0:
        return money(0)
    raw = Decimal(base) * share
    rounded = (raw / rounding).to_integral_value(rounding=ROUND_FLOOR) * rounding
    limit = max(_ZERO, min(rounded, product_max)).quantize(_FEN)
    # money() returns an amount already to the fen and within its range as it is
    return limit if 0 <= limit <= MAX_ABS else money(limit)


def score(features: Mapping[str, Feature], *, card: Scorecard, product_max: Decimal,
          interview_discrepancies: int | None = None) -> ScoreResult:
    """Score a feature dict (from ``compute_features``) against ``card``.

    ``interview_discrepancies`` is the number of discrepancies the video interview
    found (None: no interview yet); it scores through the card's interview factor.
    """
    lookup, total, g, limit, inputs = _scored(features, card=card, product_max=product_max,
                                              interview_discrepancies=interview_discrepancies)
    scores = []
    for f in card.factors:
        value = lookup.get(f.feature)
        b = f.bin_for(value)
        shown = _format_value(value, f.format)
        pts = f"{b.points:+d}"
        scores.append(FactorScore(f.code, f.name_zh, f.name_en, value, b.points,
                                  b.reason_zh.format(value=shown, points=pts),
                                  b.reason_en.format(value=shown, points=pts), f.group))
    return ScoreResult(card.version, tuple(scores), total, g.grade, g.default_probability, limit, inputs)


def score_from_inputs(inputs: Mapping[str, Any], card: Scorecard) -> ScoreResult:
    """Recompute a stored score; ``card`` must be the version the inputs name."""
    if inputs.get("version") != card.version:
        raise ScorecardError("scorecard_inputs_version", scored=str(inputs.get("version")), version=card.version)
    return score(_deserialise(inputs.get("features") or {}), card=card,
                 product_max=_dec(inputs.get("product_max"), "stored product_max"),
                 interview_discrepancies=inputs.get("interview_discrepancies"))


def stored_columns(result: ScoreResult, *, as_of, now: str) -> dict:
    """The columns a score is stored in (``Application.score_*``, grade, suggested limit);
    ``now``: when it was computed (ISO text)."""
    meta = {"computed_at": now, "as_of": as_of.isoformat(), "total": result.total, "grade": result.grade,
            "default_probability": str(result.default_probability), "suggested_limit": str(result.suggested_limit)}
    return {"score_total": result.total, "grade": result.grade, "suggested_limit": result.suggested_limit,
            "score_version": result.version, "score_inputs": result.inputs, "score_result": meta}


_PRODUCT_MAX: dict[Decimal, Decimal] = {}
_FEATURE_TYPES = frozenset({Decimal, int, type(None)})
_BINS: dict[int, tuple] = {}        # id(card) -> (card, its factors as bisect tables)


def _points(card: Scorecard, lookup: Mapping[str, Feature]) -> int:
    """The sum of each factor's bin points (``Factor.bin_for``): the bins' bounds rise
    strictly (the loader checks) and the last is open, so the first bin whose bound is
    above the value is ``bisect_right`` of the bounds."""
    entry = _BINS.get(id(card))
    if entry is None or entry[0] is not card:
        if len(_BINS) >= 64:
            _BINS.clear()
        entry = _BINS[id(card)] = (card, tuple(map(_table, card.factors)))
    total = 0
    get = lookup.get
    for factor, feature, bounds, points, missing in entry[1]:
        value = get(feature)
        if value is None:
            total += missing
        elif bounds is None:
            total += factor.bin_for(value).points
        else:
            total += points[bisect_right(bounds, value)]
    return total


def _table(f: Factor) -> tuple:
    """(factor, feature, bounds, points, missing points); bounds None for bins that are not
    rising bounds with the last open (a card built by hand): then ``bin_for`` decides."""
    bounds = tuple(b.below for b in f.bins[:-1])
    ok = f.bins[-1].below is None and None not in bounds and all(a < b for a, b in zip(bounds, bounds[1:]))
    return f, f.feature, bounds if ok else None, tuple(b.points for b in f.bins), f.missing.points


def _scored(features: Mapping[str, Feature], *, card: Scorecard, product_max: Decimal,
            interview_discrepancies: int | None) -> tuple[dict, int, Any, Decimal, dict]:
    """What :func:`score` and :func:`score_totals` both give: the checked feature values
    (with the interview's), the total, the grade band, the suggested limit and the inputs."""
    if isinstance(product_max, (float, bool)):
        raise TypeError("product_max must be Decimal")
    exact = _PRODUCT_MAX.get(product_max)          # a few products: money() once each
    if exact is None:
        exact = money(product_max)
        if len(_PRODUCT_MAX) < 256:
            _PRODUCT_MAX[product_max] = exact
    product_max = exact
    if _FEATURE_TYPES.issuperset(map(type, features.values())):     # what _check_feature returns as it is
        checked = features                                            # (read only: lookup is a copy)
    else:
        checked = {k: _check_feature(k, v) for k, v in features.items()}
    if interview_discrepancies is not None:
        if _check_feature(INTERVIEW_FEATURE, interview_discrepancies) is None or interview_discrepancies < 0:
            raise ValueError("interview_discrepancies must be a non-negative int")
    lookup = dict(checked)
    lookup[INTERVIEW_FEATURE] = interview_discrepancies
    total = _points(card, lookup)
    g = card.grade_for(total)
    limit = suggested_limit(base=lookup.get(card.limit_base_feature), share=g.limit_share,
                            rounding=card.limit_rounding, product_max=product_max)
    inputs = {"version": card.version, "features": _serialise(checked),
              "interview_discrepancies": interview_discrepancies, "product_max": str(product_max)}
    return lookup, total, g, limit, inputs


def score_totals(features: Mapping[str, Feature], *, card: Scorecard, product_max: Decimal,
                 interview_discrepancies: int | None = None) -> ScoreResult:
    """:func:`score` without the factor lines (``factors`` empty): the same total, grade,
    probability, limit and inputs from the same code (``_scored``). What a bulk writer stores."""
    _, total, g, limit, inputs = _scored(features, card=card, product_max=product_max,
                                         interview_discrepancies=interview_discrepancies)
    return ScoreResult(card.version, (), total, g.grade, g.default_probability, limit, inputs)
