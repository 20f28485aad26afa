"""Reading the stored monitoring snapshots: shared by the import (the desk's charts) and
the rules' evaluation, which must not import each other."""
from __future__ import annotations

from datetime import date

from workstation.domain.warning_rules import Snapshot

SNAP_COLS = ("snap_date", "logins", "days_since_login", "orders", "gmv", "refunds", "disputes", "ad_spend",
             "traffic", "rating_centi", "shop_status", "inflow", "outflow", "unrelated_outflow")


def load_snapshots(s, merchant_ids: list[int], *, since: date | None = None) -> dict[int, list[Snapshot]]:
    """Snapshots by merchant (money as fen), oldest first. End of day reads every active
    borrower's year, so this is the hot path: the rows come straight from the driver's
    cursor in this session's transaction (SQLite's ISO dates parsed once per distinct
    date), without the ORM's or Core's per-row result processing."""
    if not merchant_ids:
        return {}
    conn = s.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = (f"SELECT merchant_id, {', '.join(SNAP_COLS)} FROM monitoring_snapshots "
           f"WHERE merchant_id IN ({', '.join([mark] * len(merchant_ids))})"
           + (f" AND snap_date >= {mark}" if since is not None else "") + " ORDER BY merchant_id, snap_date")
    params = [int(m) for m in merchant_ids] + ([since if mark == "%s" else since.isoformat()] if since else [])
    cur = conn.connection.driver_connection.cursor()
    try:
        cur.execute(sql, params)
        rows = cur.fetchall()
    finally:
        cur.close()
    out: dict[int, list[Snapshot]] = {}
    days: dict[object, date] = {}
    make = Snapshot._make
    last, lst = None, None
    for r in rows:
        d = r[1]
        if not isinstance(d, date):
            d = days.get(d) or days.setdefault(d, date.fromisoformat(d))
        if r[0] != last:
            last, lst = r[0], []
            out[last] = lst
        lst.append(make((d, *r[2:])))
    return out
