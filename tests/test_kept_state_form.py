"""The kept engine state's stored form (domain.servicing_state: a packed binary form since
VERSION 3): every kept figure reads back as written, whatever the integers' size; a state
of the old form (JSON text), a damaged one or a forged one is refused -- never misread,
never a crash -- and end of day and the repayment file then replay the loan from its
journal, giving the books the uncached path gives."""
from __future__ import annotations

import json
import marshal
import zlib
from datetime import timedelta

from hypothesis import given, settings, strategies as st
from sqlalchemy import create_engine, text

from workstation.domain import servicing as sv, servicing_quiet as quiet, servicing_state as ss
from workstation.domain.servicing import _run
from workstation.servicing import engine_state
from workstation.servicing.repayment_import import import_repayments
from workstation.store.db import alembic_config, make_engine
from workstation.store.models_loans import Loan
from workstation.store.session import Store

from tests.servicing_support import actor, open_loan, prepare
from tests.test_engine_state import START, TERMS, _book, _eod, _terms

_KEPT = ("disbursed", "int_num", "pen_num", "i_paid", "i_waived", "p_paid", "p_waived", "excess", "closed_on",
         "written_off_on")
_INST = ("period", "start", "due", "principal", "interest", "opening", "orig_principal", "orig_interest", "pp",
         "ip", "pw", "iw", "pb", "early")


def _replay(kind, pays, cut):
    terms = _terms(*kind)
    events = [sv.Event(0, "disbursement", START, 6_000_000, order=0)]
    events += [sv.Event(k + 1, "repayment", START + timedelta(days=d), a, order=k + 1)
               for k, (d, a) in enumerate(sorted(pays))]
    day = START + timedelta(days=cut)
    return _run(terms, [e for e in events if e.value_date <= day], as_of=day, window=None), day


def _fields(r):
    return ([getattr(r, k) for k in _KEPT], [[getattr(i, k) for k in _INST] for i in r.inst], r.t,
            (r.dn, r.dd, r.pn, r.pd))


def _size(state: bytes) -> int:
    return ss._HEAD.unpack_from(state)[2]


@settings(max_examples=150, deadline=None)
@given(kind=st.sampled_from(TERMS), pays=st.lists(st.tuples(st.integers(0, 220), st.integers(1, 4_000_000)),
                                                  max_size=6),
       cut=st.integers(0, 230), big=st.sampled_from([0, 2 ** 31, 2 ** 40, 2 ** 63, 2 ** 90]))
def test_every_kept_figure_reads_back_as_written(kind, pays, cut, big):
    """``load(dump(r))`` holds r's terms, totals, closing days and every installment's
    figures (early repayments included), whether the installments' integers are packed in
    4 bytes, 8, or are too wide for either; the types stay integers."""
    r, day = _replay(kind, pays, cut)
    if big:
        r.inst[-1].pp += big            # the packing widens, the values stay what they are
        r.int_num += big
    state = ss.dump(r, day)
    assert type(state) is bytes and ss.sound(state) and ss.state_day(state) == day
    assert _size(state) == (4 if big < 2 ** 31 else 8 if big < 2 ** 63 else 0)
    back, got_day = ss.load(state)
    assert got_day == day and _fields(back) == _fields(r)
    assert all(type(v) is int for i in back.inst for v in (i.period, i.principal, i.interest, i.opening, i.pp,
                                                           i.ip, i.pw, i.iw, i.pb))
    q = quiet.header(r, day)
    assert ss.quiet_part(state) == ss.quiet_part(state, checked=True) == q


def _old_text(r, day) -> str:
    """The state as VERSION 2 wrote it: JSON text, its quiet header on the next line."""
    t = r.t
    dr, mr, pm = t.daily_rate, t.monthly_rate, t.penalty_multiplier
    terms = (t.start.toordinal(), t.daily, dr.numerator, dr.denominator, mr.numerator, mr.denominator,
             pm.numerator, pm.denominator, t.allocation, t.revolving, t.penalty_base, t.rounding)
    inst = [(i.period, i.start.toordinal(), i.due.toordinal(), i.principal, i.interest, i.opening,
             i.orig_principal, i.orig_interest, i.pp, i.ip, i.pw, i.iw, i.pb, i.early) for i in r.inst]
    totals = (r.disbursed, r.int_num, r.pen_num, r.i_paid, r.i_waived, r.p_paid, r.p_waived, r.excess)
    head = json.dumps((2, day.toordinal(), terms, totals, None, None, inst), separators=(",", ":"))
    q = quiet.header(r, day)
    return head if q is None else f"{head}\n{q}"


def _forged(state: bytes, *, ints=None, names=None, earlies=None, wide=None, size=None, packed=None,
            quiet=None) -> bytes:
    """``state`` with parts replaced and its head (lengths, checksum) made to match: what
    only someone writing the table on purpose could store."""
    h = ss._HEAD
    tag, v, size0, day, qlen, mlen = h.unpack_from(state)
    q, at = state[h.size:h.size + qlen] if quiet is None else quiet, h.size + qlen
    ints0, names0, earlies0, wide0 = marshal.loads(state[at:at + mlen])
    mar = marshal.dumps((ints0 if ints is None else ints, names0 if names is None else names,
                         earlies0 if earlies is None else earlies, wide0 if wide is None else wide), 2)
    body = h.pack(tag, v, size0 if size is None else size, day, len(q), len(mar)) + q + mar + (
        state[at + mlen:-4] if packed is None else packed)
    return body + zlib.crc32(body).to_bytes(4, "little")


def _refused(state) -> bool:
    day = START + timedelta(days=400)
    return (ss.load(state) == (None, None) and ss.resume(state, as_of=day) is None
            and ss.payoff_from(state, on=day) is None)


def test_an_old_damaged_or_forged_state_is_refused():
    r, day = _replay(("equal-installment", 6, None), [(31, 1_050_000), (40, 20_000)], 45)
    state = ss.dump(r, day)
    assert not _refused(state)
    old = _old_text(r, day)
    for o in (old, old.encode()):                       # the old form, as text or as bytes
        assert not ss.sound(o) and _refused(o) and ss.quiet_part(o) is None
    for k in range(len(state)):                         # any byte damaged, or the state cut short
        bad = state[:k] + bytes([state[k] ^ 0x10]) + state[k + 1:]
        assert not ss.sound(bad) and _refused(bad) and ss.quiet_part(bad) is None
        assert _refused(state[:k])
    ints = marshal.loads(state[ss._HEAD.size + ss._HEAD.unpack_from(state)[4]:])[0]
    rows = [(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)] * len(r.inst)
    for forged in (_forged(state, ints=ints[:3] + (1.5,) + ints[4:]),        # a float among the integers
                   _forged(state, ints=ints[:10] + ("7",) + ints[11:]),      # a string
                   _forged(state, ints=ints[:-1]),                            # one missing
                   _forged(state, earlies=[[(1, 0.5)]] + [[]] * (len(r.inst) - 1)),
                   _forged(state, earlies=[[(1, 2, 3)]] + [[]] * (len(r.inst) - 1)),
                   _forged(state, earlies=[((1, 2),)] + [[]] * (len(r.inst) - 1)),   # not a list
                   _forged(state, earlies=[[]] * (len(r.inst) + 1)),         # one installment too many
                   _forged(state, size=3),                                    # no such size
                   _forged(state, size=8),                                    # packed as 4, read as 8
                   _forged(state, packed=state[-12:-4]),                      # installments missing
                   _forged(state, wide=rows),                                 # packed and wide both
                   _forged(state, size=0, packed=b"", wide=rows[:1]),
                   _forged(state, size=0, packed=b"", wide=[rows[0][:12] + (1.0,)] + rows[1:]),
                   _forged(state, names=(("x",), "principal", "ROUND_HALF_UP")),
                   _forged(state, ints=ints[:3] + (0,) + ints[4:])):            # a rate over 0
        assert _refused(forged)


def test_a_forged_quiet_header_is_refused():
    """The quiet part (JSON text) reads floats as readily as integers: a header or row
    holding anything but what ``header`` writes declines (the full state then serves)."""
    r, day = _replay(("equal-installment", 6, None), [], 5)
    q = quiet.header(r, day)
    head, rows = q.split("\n")
    h, w = json.loads(head), json.loads(rows)
    last, through = day - timedelta(days=1), day + timedelta(days=2)

    def night(h, w, stored=None):
        return quiet.night(f"{json.dumps(h)}\n{json.dumps(w)}", last_eod=last, through=through, stored=stored)
    assert night(h, w) is not None and night(h, w).rows == [tuple(x) for x in w]
    for k in (1, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15):
        assert night([*h[:k], h[k] + 0.5, *h[k + 1:]], w) is None
    assert night([*h[:2], 1.5, *h[3:]], w) is None                          # the stretch's end
    assert night([*h[:4], "ROUND_UP", *h[5:]], w) is None                   # no such rounding
    assert night([*h[:10], [[*h[10][0][:2], 1.5, *h[10][0][3:]]], *h[11:]], w) is None
    assert night(h[:-1], w) is None and night([*h[:-1], 7], w) is None
    bad_rows = ([[*w[0][:3], 0.5, *w[0][4:]], *w[1:]], [[*w[0][:7], "lost", w[0][8]], *w[1:]],
                [w[0][:8], *w[1:]], [[*w[0], 1], *w[1:]], [[*w[0][:7], 3, w[0][8]], *w[1:]])
    for bad in bad_rows:
        assert night(h, bad) is None
    assert night(h, bad_rows[0], stored=h[-1]) is not None                  # rows as stored: not read


_ANY = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=4)
                    | st.binary(max_size=4) | st.complex_numbers(),
                    lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=4).map(tuple)
                    | st.frozensets(st.integers(), max_size=3) | st.dictionaries(st.integers(), inner, max_size=3),
                    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(part=st.sampled_from(["ints", "names", "earlies", "wide"]), value=_ANY, size=st.sampled_from([None, 0, 4, 8]))
def test_a_forged_state_never_crashes_nor_gives_other_than_integers(part, value, size):
    r, day = _replay(("equal-principal", 6, None), [(20, 300_000)], 50)
    forged = _forged(ss.dump(r, day), size=size, **{part: value})
    got, _ = ss.load(forged)
    if got is not None:
        assert all(type(v) is int for v in (got.int_num, got.pen_num, got.disbursed, got.excess))
        assert all(type(v) is int for i in got.inst for v in (i.principal, i.interest, i.pp, i.ip, i.pw, i.iw))


def test_eod_and_the_repayment_file_replay_an_old_damaged_or_forged_state(db_url, tmp_path):
    """On SQLite and PostgreSQL: a loan whose kept state is of the old form, damaged or
    forged is replayed from its journal night after night and for a repayment file, and
    its books are those of a loan never cached."""
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    try:
        off = actor(store, "officer1")
        terms = dict(start=START, daily_rate="0.0005", product="CREDIT_FIXED", amount="60000",
                     method="equal-installment", term_months=6)
        ref, *loans_ = [open_loan(store, off, **terms) for _ in range(4)]
        for d in range(1, 4):
            for lid in loans_:
                _eod(store, lid, START + timedelta(days=d))
            engine_state.ENABLED = False
            try:
                _eod(store, ref, START + timedelta(days=d))
            finally:
                engine_state.ENABLED = True
        for d in range(4, 50, 5):
            with store.tx() as s:
                kept = dict(s.execute(text("SELECT loan_id, state FROM loan_engine_states")).all())
                good = kept[loans_[0]]
                r, day = ss.load(good)
                bad = {loans_[0]: _old_text(r, day).encode(),
                       loans_[1]: good[:40] + bytes([good[40] ^ 1]) + good[41:],
                       loans_[2]: _forged(good, earlies=[[(3, 2.5)]] + [[]] * (len(r.inst) - 1), quiet=b"")}
                for lid, state in bad.items():
                    s.execute(text("UPDATE loan_engine_states SET state = :s WHERE loan_id = :l"),
                              dict(s=state, l=lid))
            replayed = engine_state.stats["replayed"]
            for lid in loans_:
                _eod(store, lid, START + timedelta(days=d))
            assert engine_state.stats["replayed"] == replayed + 3
            engine_state.ENABLED = False
            try:
                _eod(store, ref, START + timedelta(days=d))
            finally:
                engine_state.ENABLED = True
            want = _book(store, ref)
            assert all(_book(store, lid) == want for lid in loans_)
        with store.tx() as s:
            good = s.execute(text("SELECT state FROM loan_engine_states WHERE loan_id = :l"),
                             dict(l=loans_[0])).scalar()
            s.execute(text("UPDATE loan_engine_states SET state = :s WHERE loan_id = :l"),
                      dict(s=_forged(good, ints=(1.0,) * 19, quiet=b""), l=loans_[0]))
        day = START + timedelta(days=50)
        for lid in [ref, *loans_]:                       # a repayment file for the next day
            engine_state.ENABLED = lid != ref
            try:
                with store.read() as s:
                    cno = s.get(Loan, lid).contract_no
                f = tmp_path / f"{cno}.csv"
                f.write_text(f"payment_ref,contract_no,value_date,amount,kind\nF-{cno},{cno},{day},3210.55,"
                             "repayment\n", encoding="utf-8")
                assert import_repayments(store, off, f, today=day).imported == 1
            finally:
                engine_state.ENABLED = True
        want = _book(store, ref)
        assert all(_book(store, lid) == want for lid in loans_)
    finally:
        store.close()


def test_the_migration_empties_the_kept_states_and_makes_the_column_binary(db_url):
    """On SQLite and PostgreSQL: the old text states go, bytes are kept as given, and the
    downgrade brings the text column back (empty)."""
    from alembic import command
    url, schema = db_url
    engine = make_engine(url, schema=schema) if schema else create_engine(url)
    cfg = alembic_config(engine)
    command.upgrade(cfg, "a7d4e2c9b815")
    loose = "SET session_replication_role = replica" if schema else "PRAGMA foreign_keys = OFF"   # no loan rows

    def put(state):
        with engine.begin() as c:
            c.execute(text(loose))
            c.execute(text("INSERT INTO loan_engine_states (loan_id, as_of, fingerprint, state) "
                           "VALUES (1, :d, 'fp', :s)"), dict(d=START, s=state))
    put('[2,1,[]]\n[1]')
    command.upgrade(cfg, "888fb03d1393")
    with engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM loan_engine_states")).scalar() == 0
    blob = bytes(range(256)) * 3
    put(blob)
    with engine.connect() as c:
        assert c.execute(text("SELECT state FROM loan_engine_states")).scalar() == blob
    command.downgrade(cfg, "a7d4e2c9b815")
    with engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM loan_engine_states")).scalar() == 0
    put("text again")
    command.upgrade(cfg, "head")
    engine.dispose()

