"""Single-variable rule lift (seed 001's method): split a population by one variable into
bins, give each bin its count, bad rate and lift against the whole, and say what
rejecting the worst bin would do: "approval rate falls by a, first-payment default
falls by b". Pure Python over plain values; rates as Decimal fractions."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

Q = Decimal("0.0001")


def ratio(a: int, b: int) -> Decimal | None:
    return (Decimal(a) / Decimal(b)).quantize(Q, rounding=ROUND_HALF_UP) if b else None


@dataclass(frozen=True)
class Bin:
    label: str
    low: object            # numeric bins: low <= x < high (high None: no upper bound); categories: the value
    high: object
    count: int
    bad: int
    bad_rate: Decimal | None
    lift: Decimal | None   # bad rate / the whole's bad rate


@dataclass(frozen=True)
class Lift:
    field: str
    bins: tuple[Bin, ...]
    count: int
    bad: int
    bad_rate: Decimal | None
    worst: str | None
    approval_rate: Decimal | None            # approved / decided
    approval_rate_without: Decimal | None    # had the worst bin been declined
    bad_rate_without: Decimal | None         # first-payment default without the worst bin


def edges(values: list, bins: int) -> list:
    """Equal-count cut points for numeric ``values`` (distinct, ascending, at most bins-1)."""
    xs = sorted(values)
    if not xs:
        return []
    cuts = [xs[len(xs) * k // bins] for k in range(1, bins)]
    return sorted({c for c in cuts if c > xs[0]})


def bin_of(x, cuts: list | None) -> str:
    if cuts is None:
        return str(x)
    k = sum(1 for c in cuts if x >= c)
    return _label(cuts, k)


def _label(cuts: list, k: int) -> str:
    lo = cuts[k - 1] if k > 0 else None
    hi = cuts[k] if k < len(cuts) else None
    if lo is None:
        return f"< {hi}" if hi is not None else "all"
    return f"≥ {lo}" if hi is None else f"{lo} – <{hi}"


def lift(field: str, loans: list[tuple[object, bool]], decided: list[tuple[object, bool]], *,
         bins: int = 5, numeric: bool = True) -> Lift:
    """``loans``: (value, bad) of matured loans; ``decided``: (value, approved) of decided
    applications. Values None are left out."""
    loans = [(v, b) for v, b in loans if v is not None]
    decided = [(v, a) for v, a in decided if v is not None]
    cuts = edges([v for v, _ in loans], bins) if numeric else None
    n, bad = len(loans), sum(1 for _, b in loans if b)
    whole = ratio(bad, n)
    stats: dict[str, list[int]] = {}
    for v, b in loans:
        st = stats.setdefault(bin_of(v, cuts), [0, 0])
        st[0] += 1
        st[1] += int(b)
    labels = ([_label(cuts, k) for k in range(len(cuts) + 1)] if cuts is not None else sorted(stats))
    out = []
    for k, lab in enumerate(labels):
        c, b = stats.get(lab, [0, 0])
        rate = ratio(b, c)
        lo = (cuts[k - 1] if k > 0 else None) if cuts is not None else lab
        hi = (cuts[k] if k < len(cuts) else None) if cuts is not None else None
        out.append(Bin(lab, lo, hi, c, b, rate, (rate / whole).quantize(Decimal("0.01")) if rate is not None and whole
                       else None))
    worst = max((x for x in out if x.count), key=lambda x: (x.bad_rate, x.count), default=None)
    approved = sum(1 for _, a in decided if a)
    if worst is None:
        return Lift(field, tuple(out), n, bad, whole, None, ratio(approved, len(decided)), None, None)
    approved_w = sum(1 for v, a in decided if a and bin_of(v, cuts) == worst.label)
    return Lift(field, tuple(out), n, bad, whole, worst.label, ratio(approved, len(decided)),
                ratio(approved - approved_w, len(decided)), ratio(bad - worst.bad, n - worst.count))
