"""`workstation demo`: fill a database with realistic, deterministic demo data.

Same seed and as-of date, same data. Bulk rows go in through SQLAlchemy Core in
one transaction per chunk so 100,000 applications take seconds, not minutes.

Every application arrives here as the platform hands it over: RECEIVED, nothing
more. Each also gets a planned end state (``DemoSummary.plan``); the full demo
(``demo_build``) drives the case there through the services an officer and the
supervisors would use, in time order, so the demo never shows what the desk could
not have done.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select

from workstation.domain import clock, identity
from workstation.domain.clock import BUSINESS_TZ, to_business
from workstation.domain.policy import DEFAULT_B2B_REGIONS
from workstation.domain.workflow import Status
from workstation.demo import demo_data as dd
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.progress import Progress, NullProgress
from workstation.services.setup import ensure_reference_data
from workstation.store.bulk import bulk_insert, sync_sequences
from workstation.store.models import Application, Merchant, Person, User

DEMO_USERS = [
    # username, display name, roles, supervisor, password (stated in the README)
    ("admin", "系统管理员", {"admin"}, None, "Admin#2026"),
    ("supervisor1", "周主管", {"supervisor"}, None, "Supervisor#2026"),
    ("supervisor2", "吴主管", {"supervisor"}, None, "Supervisor#2026"),
    ("officer1", "王信贷", {"officer"}, "supervisor1", "Officer#2026"),
    ("officer2", "李信贷", {"officer"}, "supervisor1", "Officer#2026"),
    ("officer3", "陈信贷", {"officer"}, "supervisor2", "Officer#2026"),
    ("officer4", "刘信贷", {"officer"}, "supervisor2", "Officer#2026"),
]

# share of applications per status, in per mille
STATUS_MIX = [
    (Status.RECEIVED, 250), (Status.IN_REVIEW, 150), (Status.INTERVIEW, 50), (Status.MORE_INFO, 30),
    (Status.RECOMMENDED, 40), (Status.AWAITING_SIGNOFF, 80), (Status.RETURNED, 20), (Status.APPROVED, 80),
    (Status.DECLINED, 140), (Status.OFFER_EXPIRED, 30), (Status.CONTRACTED, 30),
    (Status.DISBURSED, 80), (Status.CLOSED, 20),
]
_PATHS = {
    Status.RECEIVED: [],
    Status.IN_REVIEW: [Status.IN_REVIEW],
    Status.INTERVIEW: [Status.IN_REVIEW, Status.INTERVIEW],
    Status.MORE_INFO: [Status.IN_REVIEW, Status.MORE_INFO],
    Status.RECOMMENDED: [Status.IN_REVIEW, Status.RECOMMENDED],
    Status.AWAITING_SIGNOFF: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF],
    Status.RETURNED: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.RETURNED],
    Status.APPROVED: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.APPROVED],
    Status.DECLINED: [Status.IN_REVIEW, Status.DECLINED],
    Status.OFFER_EXPIRED: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.APPROVED,
                           Status.OFFER_EXPIRED],
    Status.WITHDRAWN: [Status.IN_REVIEW, Status.WITHDRAWN],
    Status.CONTRACTED: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.APPROVED,
                        Status.CONTRACTED],
    Status.DISBURSED: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.APPROVED,
                       Status.CONTRACTED, Status.DISBURSED],
    Status.CLOSED: [Status.IN_REVIEW, Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.APPROVED,
                    Status.CONTRACTED, Status.DISBURSED, Status.CLOSED],
}
CHUNK = 5000
_BOOKED = {Status.APPROVED, Status.CONTRACTED, Status.DISBURSED, Status.CLOSED}   # committed exposure
_APPROVING = _BOOKED | {Status.OFFER_EXPIRED}


@dataclass(frozen=True)
class DemoSummary:
    merchants: int
    applications: int
    metrics: int
    blacklisted: int
    plan: tuple = ()    # (application id, planned end state, received at), in id order


# how long ago (days) a case planned to end in a state arrived: new work is recent, an
# approval still open is younger than its 30-day offer, loans span the last 18 months
AGE = {Status.RECEIVED: (0, 20), Status.IN_REVIEW: (0, 20), Status.INTERVIEW: (1, 20), Status.MORE_INFO: (1, 20),
       Status.RECOMMENDED: (2, 20), Status.AWAITING_SIGNOFF: (2, 20), Status.RETURNED: (2, 20),
       Status.APPROVED: (2, 20), Status.DECLINED: (1, 540), Status.OFFER_EXPIRED: (60, 400),
       Status.CONTRACTED: (3, 25), Status.DISBURSED: (8, 540), Status.CLOSED: (150, 540)}


def _days_back(rng: random.Random, status: Status) -> int:
    return rng.randint(*AGE[status])


def plan_for(rng: random.Random, as_of: date, received: datetime) -> Status:
    """An end state that fits a case received at ``received`` (for a case the generator did
    not plan, e.g. one imported)."""
    age = (as_of - to_business(received).date()).days
    fits = [(s, w) for s, w in STATUS_MIX if s != Status.RECEIVED and AGE[s][0] <= age <= AGE[s][1]]
    if not fits:
        return Status.IN_REVIEW
    return rng.choices([s for s, _ in fits], weights=[w for _, w in fits])[0]


def status_path(status: Status) -> list[Status]:
    return [Status.RECEIVED, *_PATHS[status]]


def refuse_non_empty(store: Store) -> None:
    """The demo data set goes only into a database holding no applications, merchants or
    people: a second run (or a run after one was killed part-way) never adds a second set."""
    with store.read(None) as s:     # a count of rows, before any demo user exists
        held = {name: s.scalar(select(func.count()).select_from(model))
                for name, model in (("applications", Application), ("merchants", Merchant), ("people", Person))}
    if any(held.values()):
        raise DomainError("demo_database_not_empty", database=store.describe(),
                          held=", ".join(f"{v} {k}" for k, v in held.items()))


def generate(store: Store, actor: Actor | None, *, applications: int, seed: int = 1, as_of: date | None = None,
             progress: Progress | None = None, max_loans: int | None = None,
             max_cases: int | None = None) -> DemoSummary:
    """``max_loans`` caps the approved/contracted/disbursed/closed cases (committed
    exposure: the disbursed ones become serviced loans in the full demo, and the
    lending-capacity rule must leave room for new approvals); the rest of that share
    is declined or expired instead. ``max_cases`` caps the cases planned beyond RECEIVED
    (each is driven through the services, a fifth of a second apiece); the rest wait
    in the queue as new work."""
    if applications < 1:
        raise ValueError("applications: give at least 1")
    refuse_non_empty(store)
    progress = progress or NullProgress()
    as_of = as_of or clock.today()
    rng = random.Random(seed)
    if actor is not None:           # None: the system (first start, the command line)
        actor.require("admin", action="build the demo data")
    ensure_reference_data(store, actor)
    from workstation.printing.lender import mark_demo
    mark_demo(store, actor)              # its documents print marked 样本 (sample)
    _ensure_demo_users(store, actor)
    with store.read(actor) as s:
        next_person = (s.scalar(select(func.max(Person.id))) or 0) + 1
        next_merchant = (s.scalar(select(func.max(Merchant.id))) or 0) + 1
        next_app = (s.scalar(select(func.max(Application.id))) or 0) + 1
        used_ids = set(s.scalars(select(Person.id_number)))
    n_merchants = max(1, applications * 7 // 10)
    gen = _Generator(rng=rng, as_of=as_of, used_ids=used_ids, max_loans=max_loans, max_cases=max_cases)
    merchants: list[dict] = []
    total_steps = n_merchants + applications
    done = 0
    for start in range(0, n_merchants, CHUNK):
        people, mers, metrics = [], [], []
        for i in range(start, min(n_merchants, start + CHUNK)):
            p, m, ms = gen.merchant(person_id=next_person + i, merchant_id=next_merchant + i)
            people.append(p)
            mers.append(m)
            metrics.extend(ms)
            merchants.append({**m, "_person": p, "_sales12_fen": sum(x["sales"] for x in ms[-12:])})
        with store.tx(actor) as s:
            bulk_insert(s, "people", people)
            bulk_insert(s, "merchants", mers)
            bulk_insert(s, "platform_metrics", metrics)
        done += len(mers)
        progress.update(done, total_steps, "merchants")
    blacklisted = gen.blacklist(store, actor, merchants)
    for start in range(0, applications, CHUNK):
        apps, declared, history = [], [], []
        for i in range(start, min(applications, start + CHUNK)):
            m = merchants[i] if i < n_merchants else rng.choice(merchants)
            a, d, h = gen.application(app_id=next_app + i, merchant=m, pool=merchants)
            apps.append(a)
            declared.append(d)
            history.extend(h)
        with store.tx(actor) as s:
            bulk_insert(s, "applications", apps)
            bulk_insert(s, "declared_financials", declared)
            bulk_insert(s, "status_history", history)
        done += len(apps)
        progress.update(done, total_steps, "applications")
    with store.tx(actor) as s:
        sync_sequences(s, ["people", "merchants", "platform_metrics", "applications", "declared_financials",
                           "status_history", "blacklist"])
    return DemoSummary(merchants=n_merchants, applications=applications,
                       metrics=n_merchants * 24, blacklisted=blacklisted, plan=tuple(gen.plan))


def _ensure_demo_users(store: Store, actor: Actor | None) -> None:
    from workstation.services.auth import hash_password
    with store.tx(actor) as s:
        have = set(s.scalars(select(User.username)))
        hashes: dict[str, str] = {}
        for username, display, roles, sup, password in DEMO_USERS:
            if username in have:
                continue
            if password not in hashes:
                hashes[password] = hash_password(password)
            from workstation.store.models import UserRole
            sup_id = s.scalar(select(User.id).where(User.username == sup)) if sup else None
            s.add(User(username=username, display_name=display, password_hash=hashes[password],
                       supervisor_id=sup_id, roles=[UserRole(role=r) for r in sorted(roles)]))
            s.flush()


class _Generator:
    def __init__(self, *, rng: random.Random, as_of: date, used_ids: set[str], max_loans: int | None = None,
                 max_cases: int | None = None):
        self.max_loans, self.max_cases, self.cases = max_loans, max_cases, 0
        self.booked = 0
        self.rng = rng
        self.as_of = as_of
        self.used_ids = used_ids
        self.first_month = dd.month_add(date(as_of.year, as_of.month, 1), -24)
        self.months = [dd.month_add(self.first_month, k) for k in range(24)]
        self.seq = 0
        self.plan: list[tuple[int, Status, datetime]] = []
        self.blacklisted: set[int] = set()

    def merchant(self, *, person_id: int, merchant_id: int):
        rng = self.rng
        province, city, region = dd.weighted_city(rng)
        platform = rng.choices(["taobao", "tmall", "1688"], weights=[55, 25, 20])[0]
        sex = rng.choice("MF")
        birth = self.as_of - timedelta(days=rng.randint(20 * 365, 60 * 365))
        if rng.random() < 0.01:  # a few outside the age rule
            birth = self.as_of - timedelta(days=rng.choice([17 * 365, 67 * 365]))
        while True:
            idn = identity.make_resident_id(rng, region=region, birth=birth, sex=sex)
            if idn not in self.used_ids:
                self.used_ids.add(idn)
                break
        phone = identity.make_mobile(rng)
        name = dd.person_name(rng)
        company, shop, _cat = dd.company_name(rng, city)
        sole = platform != "1688" and rng.random() < 0.4
        if sole:
            company = f"{name}（个体经营）"
        bank_name, prefix = rng.choice(dd.BANKS)
        months_member = rng.choice([rng.randint(3, 8), rng.randint(6, 36), rng.randint(24, 120)])
        member_since = self.as_of - timedelta(days=months_member * 30 + rng.randint(0, 29))
        person = dict(id=person_id, name=name, id_number=idn, id_last4=idn[-4:], birth_date=birth, sex=sex,
                      citizen=rng.random() > 0.003, phone=phone)
        m = dict(id=merchant_id, member_id=f"{platform[:2].upper()}{merchant_id:09d}", name=company,
                 platform=platform, shop_name=shop, credit_code=identity.make_credit_code(rng, entity="92" if sole else "91"),
                 province=province, city=city, address=dd.address(rng, city), member_since=member_since,
                 legal_rep_id=person_id, applicant_is_legal_rep=rng.random() > 0.01, contact_phone=phone,
                 email=None, payment_account=f"{phone}@alipay",
                 real_name_verified=rng.random() > 0.01, bank_name=bank_name,
                 bank_card=identity.make_bank_card(rng, prefix=prefix),
                 bank_listed=bank_name != dd.UNLISTED_BANK)
        return person, m, self._metrics(merchant_id, member_since)

    def _metrics(self, merchant_id: int, member_since: date) -> list[dict]:
        rng = self.rng
        bits = rng.getrandbits
        base = rng.choice([rng.randint(20_000, 120_000), rng.randint(80_000, 600_000),
                           rng.randint(400_000, 3_000_000)]) * 100          # fen per month
        growth = rng.randint(-4, 6)                                          # percent per month
        rating = rng.randint(440, 499)
        refund_pm = rng.randint(5, 90)                                       # per mille of orders
        ticket = rng.randint(40, 600) * 100                                  # fen per order
        logins = rng.randint(12, 30)
        ad_pct = rng.randint(1, 8)
        dispute_pm = rng.randint(0, 4)
        listings = rng.randint(20, 800)
        rows = []
        level = base
        start_month = date(member_since.year, member_since.month, 1)
        for k in range(24):
            month = self.months[k]
            r = bits(32)
            level = max(100_000, level * (97 + growth + r % 7) // 100)
            active = month >= start_month
            sales = level * dd.SEASON[month.month] // 100 if active else 0
            orders = sales // ticket
            refunds = orders * (refund_pm + (r >> 3) % 7 - 3) // 1000 if orders else 0
            refunds = max(0, refunds)
            rows.append(dict(merchant_id=merchant_id, month=month, sales=sales, orders=orders,
                             refunds=refunds, refund_amount=refunds * ticket,
                             disputes=orders * dispute_pm // 1000,
                             rating_centi=max(300, min(500, rating + (r >> 6) % 17 - 8)) if active else 0,
                             login_days=max(0, min(31, logins + (r >> 11) % 8 - 4)) if active else 0,
                             ad_spend=sales * ad_pct // 100,
                             listings=listings + (r >> 14) % 40 if active else 0,
                             favourites=orders * (2 + (r >> 20) % 8)))
        return rows

    def blacklist(self, store: Store, actor: Actor | None, merchants: list[dict]) -> int:
        count = max(1, len(merchants) // 400)
        chosen = self.rng.sample(merchants, min(count, len(merchants)))
        self.blacklisted = {m["id"] for m in chosen}
        with store.tx(actor) as s:
            bulk_insert(s, "blacklist", [
                dict(kind="id_number", value=m["_person"]["id_number"],
                     reason=self.rng.choice(["恶意逾期，集团网站公示", "提供虚假资料", "欺诈交易"]))
                for m in chosen])
        return len(chosen)

    def _eligible(self, m: dict, received: date) -> bool:
        """Whether the merchant passes the hard rules on ``received`` (with a margin): a case
        planned to be approved is given such a merchant, so the plan's loans happen."""
        born = m["_person"]["birth_date"]
        age = received.year - born.year - ((received.month, received.day) < (born.month, born.day))
        return (20 <= age <= 63 and m["_person"]["citizen"] and m["applicant_is_legal_rep"]
                and m["real_name_verified"] and m["bank_listed"] and m["id"] not in self.blacklisted
                and (received - m["member_since"]).days >= 215
                and (m["platform"] != "1688" or m["province"] in DEFAULT_B2B_REGIONS))

    def application(self, *, app_id: int, merchant: dict, pool: list[dict] | None = None):
        rng = self.rng
        self.seq += 1
        status = rng.choices([s for s, _ in STATUS_MIX], weights=[w for _, w in STATUS_MIX])[0]
        if status in _BOOKED:
            if self.max_loans is not None and self.booked >= self.max_loans:
                status = Status.DECLINED if self.seq % 2 else Status.OFFER_EXPIRED
            else:
                self.booked += 1
        if status != Status.RECEIVED:
            if self.max_cases is not None and self.cases >= self.max_cases:
                status = Status.RECEIVED
            else:
                self.cases += 1
        platform = merchant["platform"]
        if platform == "1688":
            product, term_m, term_d = "B2B_CREDIT", rng.choice([3, 6, 9, 12]), None
            amount = rng.choice([rng.randint(50, 500), rng.randint(200, 3000)]) * 1000
        elif rng.random() < 0.45:
            product, term_m, term_d = "ORDER", None, 30
            amount = rng.randint(10, 300) * 100
        else:
            product = rng.choice(["CREDIT_FIXED", "CREDIT_REVOLVING"])
            term_m, term_d = rng.choice([6, 12]), None
            amount = rng.randint(50, 1000) * 1000
        for _try in range(12):
            days_back = _days_back(rng, status)
            # never before the merchant joined the platform: the rules count membership from then
            days_back = max(1 if status != Status.RECEIVED else 0,
                            min(days_back, (self.as_of - merchant["member_since"]).days - 1))
            if status not in _APPROVING or not pool or \
                    self._eligible(merchant, self.as_of - timedelta(days=days_back)):
                break
            merchant = rng.choice(pool)
        local = datetime.combine(self.as_of - timedelta(days=days_back),     # office hours, Shanghai
                                 time(rng.randint(8, 20), rng.randint(0, 59)), tzinfo=BUSINESS_TZ)
        received = local.astimezone(timezone.utc)
        self.plan.append((app_id, status, received))
        history = [dict(application_id=app_id, from_status=None, to_status=Status.RECEIVED.value, user_id=None,
                        at=received, comment="imported from the platform",
                        event={"code": "imported_demo", "params": {}})]
        person = merchant["_person"]
        sales12 = merchant["_sales12_fen"]
        a = dict(id=app_id, app_no=f"A{local:%Y%m%d}{app_id:07d}", external_id=None,
                 merchant_id=merchant["id"], product_code=product, amount_requested=amount * 100,
                 term_months=term_m, term_days=term_d, purpose=rng.choice(dd.PURPOSES),
                 status=Status.RECEIVED.value, status_note=None, officer_id=None, received_at=received,
                 status_changed_at=received, offer_expires_on=None,
                 merchant_name=merchant["name"], legal_rep_name=person["name"], id_last4=person["id_last4"],
                 platform=platform, province=merchant["province"], version=1)
        return a, self._declared(app_id, sales12), history

    def _declared(self, app_id: int, sales12_fen: int) -> dict:
        rng = self.rng
        share = rng.choice([60, 70, 80, 90, 100])
        honest = rng.random() < 0.75
        sales_fen = sales12_fen * 100 // share
        if not honest:
            sales_fen = sales_fen * rng.choice([160, 200, 250]) // 100
        sales_fen = max(sales_fen // 100 * 100, 100_000)
        margin = rng.randint(3, 18) if honest else rng.randint(25, 45)
        cost = sales_fen * (100 - margin - rng.randint(0, 4)) // 100
        assets = sales_fen * rng.randint(30, 90) // 100
        liab = assets * rng.randint(10, 70 if honest else 95) // 100
        c1, c2 = rng.sample(dd.CUSTOMERS, 2)
        return dict(application_id=app_id, year=self.as_of.year - 1, sales=sales_fen,
                    operating_cost=cost, net_margin_pct=str(margin),
                    inventory=sales_fen * rng.randint(5, 30) // 100,
                    total_assets=assets, total_liabilities=liab,
                    receivables=sales_fen * rng.randint(2, 25) // 100,
                    platform_share_pct=str(share), customer1_name=c1, customer1_years=rng.randint(1, 8),
                    customer1_share_pct=str(rng.randint(5, 30)), customer2_name=c2,
                    customer2_years=rng.randint(1, 6), customer2_share_pct=str(rng.randint(3, 15)))
