"""The engine's state per loan kept between nights (``loan_engine_states``), so that end
of day continues a loan from the night before instead of replaying its journal from the
disbursement (``domain.servicing_state``).

A kept state serves only while its fingerprint matches the loan as it is now: the
number, last id and amount total of the loan's cash entries and reversals in the journal
(append-only: any posting, backdated posting or reversal changes them) and a hash of the
loan's stored terms, frozen schedule and disbursement day. A state is written in the
same transaction as the journal entries of the plan it comes from, with the fingerprint
taken after them; anything that does not match is replayed from the journal and kept
anew. ``ENABLED = False`` turns the cache off (the property tests compare the books
both ways).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date


from sqlalchemy.orm import Session

from workstation.domain.servicing import CASH_KINDS, REVERSAL
from workstation.domain.servicing_state import sound
from workstation.store.bulk import raw_table, select_in

ENABLED = True
FINGERPRINT_KINDS = sorted(CASH_KINDS | {REVERSAL})
MARKED = frozenset(FINGERPRINT_KINDS)      # the kinds of entry that change a loan's marks
stats: Counter = Counter()          # "resumed" / "replayed" loans, for tests and benchmarks
_CHUNK = 900


def terms_key(terms_text: str | None, frozen_text: str | None, disbursed_on: date | None,
              accelerated_on: date | None = None) -> str:
    """A hash of what the engine's terms are built from, as stored (an early recall's due
    date included: a recall signed after a state was kept sets that state aside)."""
    h = hashlib.blake2b(digest_size=8)
    h.update((terms_text or "").encode())
    h.update(b"\x00" + (frozen_text or "").encode())
    h.update(b"\x00" + (disbursed_on.isoformat() if disbursed_on else "").encode())
    if accelerated_on is not None:
        h.update(b"\x00recall " + str(accelerated_on).encode())
    return h.hexdigest()


_MARKS_SQL = ("SELECT loan_id, COUNT(*), MAX(id), COALESCE(SUM(amount), 0) FROM journal "
              f"WHERE loan_id IN ({{ids}}) AND kind IN ({', '.join(repr(k) for k in FINGERPRINT_KINDS)}) "
              "GROUP BY loan_id")
_STATES_SQL = "SELECT loan_id, fingerprint, state FROM loan_engine_states WHERE loan_id IN ({ids})"


def _marks(s: Session, ids: list[int]) -> dict[int, tuple]:
    return {r[0]: (r[1], r[2], int(r[3])) for r in select_in(s, _MARKS_SQL, ids, chunk=_CHUNK)}


def _fingerprint(mark: tuple | None, key: str) -> str:
    count, last, total = mark or (0, None, 0)
    return f"{count}.{last}.{total}.{key}"[:32]


def usable(s: Session, keys: dict[int, str], *, marks_out: dict | None = None) -> dict[int, bytes]:
    """The kept states of loans ``keys`` ({loan id: terms_key}) whose fingerprint still
    matches and that are whole states of this version (``servicing_state.sound``): {loan id:
    state}. ``marks_out`` receives the journal marks read (for
    ``save`` in the same transaction: a loan given no cash entry or reversal since keeps them)."""
    if not ENABLED or not keys:
        return {}
    kept = {r[0]: (r[1], r[2]) for r in select_in(s, _STATES_SQL, sorted(keys), chunk=_CHUNK)}
    if not kept:
        return {}
    marks = _marks(s, sorted(kept))
    if marks_out is not None:
        marks_out.update((lid, marks.get(lid)) for lid in kept)
    return {lid: state for lid, (fp, state) in kept.items()
            if fp == _fingerprint(marks.get(lid), keys[lid]) and sound(state)}


def save(s: Session, states: list[tuple[int, date, bytes, str]], *, known: dict | None = None) -> None:
    """Keep ``states`` [(loan id, day, state, terms_key)], fingerprinted against the
    journal as it stands in this transaction (after the plan's entries). ``known``: marks
    read by ``usable`` in this transaction of loans given no cash entry nor reversal since
    (their journal marks are unchanged: accruals do not count); the others are read."""
    if not ENABLED or not states:
        return
    known = known or {}
    marks = {lid: known[lid] for lid, *_ in states if lid in known}
    marks.update(_marks(s, sorted({x[0] for x in states if x[0] not in known})))
    rows = [(lid, day, _fingerprint(marks.get(lid), key), text) for lid, day, text, key in states]
    conn = s.connection()
    if conn.dialect.name == "sqlite":         # straight to the driver: 100,000 rows a night
        conn.connection.driver_connection.cursor().executemany(
            "INSERT INTO loan_engine_states (loan_id, as_of, fingerprint, state) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (loan_id) DO UPDATE SET as_of = excluded.as_of, fingerprint = excluded.fingerprint, "
            "state = excluded.state", [(lid, day.isoformat(), fp, text) for lid, day, fp, text in rows])
        return
    from sqlalchemy.dialects.postgresql import insert
    t = raw_table("loan_engine_states")
    stmt = insert(t)
    stmt = stmt.on_conflict_do_update(index_elements=[t.c.loan_id],
                                      set_={c: stmt.excluded[c] for c in ("as_of", "fingerprint", "state")})
    conn.execute(stmt, [dict(loan_id=lid, as_of=day, fingerprint=fp, state=text) for lid, day, fp, text in rows])
