"""The warning rules' figures (``domain.warning_checks``) for many borrowers at once, as
SQL aggregates over ``monitoring_snapshots``: one statement per chunk of borrowers, one
row back per borrower, no snapshot ever built in Python.

Each window is a range of dates per borrower: the date of its W-th newest snapshot before the
loan (after it, overall) is found by an index seek (``nth``), then one join sums every window
with CASE expressions, reading only the rows from the oldest window on.
Window sizes are the rule set's validated whole numbers,
written into the statement; dates and merchants are bound parameters. Runs on SQLite
(3.35+: ``MATERIALIZED``) and PostgreSQL (12+) alike.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable

from workstation.domain import warning_rules as wr


def _w(rules: wr.RuleSet, code: str, key: str = "weeks") -> int:
    r = rules.rule(code)
    return int(r.params[key]) if r is not None else 1


def _sql(rules: wr.RuleSet, n: int, sqlite: bool) -> str:
    def p(name: str) -> str:
        return f":{name}" if sqlite else f"%({name})s"
    wl, ws, wa = _w(rules, "login_gap", "baseline_weeks"), _w(rules, "sales_drop"), _w(rules, "ad_traffic_fall")
    wf, wt = _w(rules, "refund_share"), _w(rules, "rating_fall", "baseline_weeks")
    cast = (lambda p: p) if sqlite else (lambda p: f"CAST({p} AS DATE)")
    values = ", ".join(f"({p(f'm{i}')}, {cast(p(f'a{i}'))}, {cast(p(f'z{i}'))})" for i in range(n))

    def nth(w: int, where: str) -> str:
        """The date of the borrower's w-th newest snapshot in ``where`` (NULL: fewer than w)."""
        return (f"(SELECT x.snap_date FROM monitoring_snapshots x WHERE x.merchant_id = b.mid AND {where} "
                f"ORDER BY x.snap_date DESC LIMIT 1 OFFSET {w - 1})")
    since, as_of = p("since"), p("as_of")
    pre = f"x.snap_date >= {since} AND x.snap_date < b.d0"
    post = f"x.snap_date >= b.d0 AND x.snap_date <= {as_of}"
    every = f"x.snap_date >= {since} AND x.snap_date <= {as_of}"
    bounds = {f"pre{w}": nth(w, pre) for w in sorted({wl, ws, wa, wt})}
    bounds |= {f"post{w}": nth(w, post) for w in sorted({ws, wa})}
    bounds |= {f"all{w}": nth(w, every) for w in sorted({1, wf, wl + 1})}

    def total(col: str, cond: str) -> str:
        return f"SUM(CASE WHEN {cond} THEN {col} ELSE 0 END)"

    def in_pre(w: int, more: str = "") -> str:
        return f"m.snap_date < k.d0 AND m.snap_date >= COALESCE(k.pre{w}, {since}){more}"

    def in_post(w: int) -> str:
        return f"m.snap_date >= k.post{w}"
    last = "m.snap_date = k.all1"
    alt = f"m.snap_date < k.all1 AND m.snap_date >= COALESCE(k.all{wl + 1}, {since})"
    recent = f"m.snap_date >= COALESCE(k.all{wf}, {since})"
    early = "m.snap_date >= k.d0 AND m.snap_date < k.d1"
    return f"""
WITH b(mid, d0, d1) AS (VALUES {values}),
k AS MATERIALIZED (SELECT b.mid, b.d0, b.d1, {', '.join(f'{q} AS {name}' for name, q in bounds.items())} FROM b)
SELECT k.mid, MAX(k.all1), {total('m.days_since_login', last)}, MAX(CASE WHEN {last} THEN m.shop_status END),
  {total('m.rating_centi', last)},
  MAX(k.pre{ws}), MAX(k.post{ws}), MAX(k.pre{wa}), MAX(k.post{wa}),
  {total('1', in_pre(wl))}, {total('m.logins', in_pre(wl))}, {total('1', alt)}, {total('m.logins', alt)},
  {total('m.gmv', in_pre(ws))}, {total('m.gmv', in_post(ws))},
  {total('m.ad_spend', in_pre(wa))}, {total('m.traffic', in_pre(wa))},
  {total('m.ad_spend', in_post(wa))}, {total('m.traffic', in_post(wa))},
  MAX(k.all{wf}), {total('m.orders', recent)}, {total('m.refunds + m.disputes', recent)},
  {total('1', early)}, {total('m.unrelated_outflow', early)}, MAX(CASE WHEN {early} THEN m.snap_date END),
  {total('1', in_pre(wt, ' AND m.rating_centi > 0'))}, {total('m.rating_centi', in_pre(wt, ' AND m.rating_centi > 0'))}
FROM k JOIN monitoring_snapshots m ON m.merchant_id = k.mid AND m.snap_date <= {as_of}
  AND m.snap_date >= COALESCE(k.pre{max(wl, wt, ws, wa)}, {since})
GROUP BY k.mid"""


def _day(v) -> date | None:
    return v if v is None or isinstance(v, date) else date.fromisoformat(str(v)[:10])


def figures(s, borrowers: Iterable[tuple[int, date]], rules: wr.RuleSet, *, as_of: date,
            since: date) -> dict[int, dict[str, tuple]]:
    """Figures by rule code of each (merchant, disbursed on) with snapshots in [since, as_of]."""
    todo = list(borrowers)
    if not todo:
        return {}
    conn = s.connection()
    sqlite = conn.dialect.name == "sqlite"
    days = int(rules.rule("unrelated_outflow").params["days"]) if rules.rule("unrelated_outflow") else 0

    def d(x: date):
        return x.isoformat() if sqlite else x
    params: dict = {"since": d(since), "as_of": d(as_of)}
    for i, (m, d0) in enumerate(todo):
        params[f"m{i}"], params[f"a{i}"], params[f"z{i}"] = int(m), d(d0), d(d0 + timedelta(days=days))
    wf, ws, wa = _w(rules, "refund_share"), _w(rules, "sales_drop"), _w(rules, "ad_traffic_fall")
    out: dict[int, dict[str, tuple]] = {}
    cur = conn.connection.driver_connection.cursor()       # no per-statement bind rewriting: 6,000 parameters
    try:
        cur.execute(_sql(rules, len(todo), sqlite), params)
        rows = cur.fetchall()
    finally:
        cur.close()
    for row in rows:
        (mid, last_on, last_days, status, rating, pre_s, post_s, pre_a, post_a, nl, logins, nl_alt, logins_alt,
         gmv_pre, gmv_post, ad_pre, tr_pre, ad_post, tr_post, all_f, orders, bad, n_early, unrelated, early_on,
         n_rated, rated) = (v if v is None or isinstance(v, (str, date)) else int(v) for v in row)
        last_on = _day(last_on)
        full = (lambda bound, w: w if bound is not None else 0)      # the window holds W snapshots, or fewer
        login = (nl, logins, last_days, last_on) if nl else (nl_alt, logins_alt, last_days, last_on)
        out[mid] = {
            "login_gap": login,
            "sales_drop": (full(pre_s, ws), gmv_pre, full(post_s, ws), gmv_post, last_on),
            "ad_traffic_fall": (full(pre_a, wa), ad_pre, tr_pre, full(post_a, wa), ad_post, tr_post, last_on),
            "shop_status": (status, last_on),
            "refund_share": (full(all_f, wf), orders, bad, last_on),
            "unrelated_outflow": (n_early, unrelated, _day(early_on)),
            "related_overdue": (last_on,),
            "rating_fall": (n_rated, rated, last_on, rating),
        }
    return out
