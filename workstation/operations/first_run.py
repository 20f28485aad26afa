"""First-run setup of a real (not demo) database: the lender's details, net capital and
bank borrowing, the products in use and their rates, the first administrator and the
backup folder. Everything is checked before anything is written; placeholders (XX,
某某) and missing answers refuse it, naming the fields."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from workstation.domain.money import MoneyError, parse_amount, parse_decimal
from workstation.domain.products import Product as ProductDef
from workstation.domain.rates import Rate
from workstation.operations import backup_settings
from workstation.services import audit, auth
from workstation.printing import lender
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.store.session import Store
from workstation.services.setup import ensure_reference_data
from workstation.store.models import Product, Setting

MAX_BORROWING_PCT = Decimal("50")
CAPITAL_LIMIT = Decimal("100000000000000")     # a company's capital, far above one loan's limit


@dataclass
class SetupPlan:
    """The answers, as typed (text): checked by :func:`check_plan`."""
    lender: dict[str, str] = field(default_factory=dict)    # keywords of lender.set_lender_details
    net_capital: str = ""
    borrowing_pct: str = ""
    rates: dict[str, str] = field(default_factory=dict)     # product code in use -> rate text ("0.05%/day")
    admin_username: str = ""
    admin_name: str = ""
    admin_password: str = ""
    backup_folder: str = ""
    backup_keep: int = backup_settings.DEFAULT_KEEP


@dataclass(frozen=True)
class Problem:
    field: str          # lender.<word>, net_capital, borrowing_pct, products, rate.<CODE>, admin_*, backup_folder
    detail: str = ""


def products_in_use(store: Store, actor: Actor | None) -> dict[str, ProductDef]:
    """Every product the database knows (the setup chooses which are in use), by code."""
    with store.read(actor) as s:
        return {p.code: ProductDef.from_dict(p.definition) for p in s.scalars(select(Product).order_by(Product.code))}


def check_plan(plan: SetupPlan, products: dict[str, ProductDef]) -> list[Problem]:
    """Every problem with the answers (empty: the setup may finish)."""
    out = [Problem(f"lender.{p.field}", p.message) for p in lender.check_details(plan.lender)]
    try:
        if parse_amount(plan.net_capital, limit=CAPITAL_LIMIT) <= 0:
            out.append(Problem("net_capital", "must be above zero"))
    except MoneyError as exc:
        out.append(Problem("net_capital", str(exc)))
    try:
        pct = parse_decimal(plan.borrowing_pct, places=2)
        if pct > MAX_BORROWING_PCT:
            out.append(Problem("borrowing_pct", f"at most {MAX_BORROWING_PCT}% of net capital"))
    except MoneyError as exc:
        out.append(Problem("borrowing_pct", str(exc)))
    if not plan.rates:
        out.append(Problem("products", "choose at least one product"))
    for code, text in plan.rates.items():
        p = products.get(code)
        if p is None:
            out.append(Problem(f"rate.{code}", "no such product"))
            continue
        try:
            rate = p.rate_under_conventions(Rate.parse(text))
        except ValueError as exc:
            out.append(Problem(f"rate.{code}", str(exc)))
            continue
        if not p.rate_min <= rate <= p.rate_max:
            out.append(Problem(f"rate.{code}", f"outside {p.rate_min.text()} to {p.rate_max.text()}"))
    name = plan.admin_username.strip()
    if not name or " " in name or len(name) > 64:
        out.append(Problem("admin_username", "a user name without spaces"))
    if lender.is_placeholder(plan.admin_name):
        out.append(Problem("admin_name", "the administrator's name"))
    try:
        auth.check_password_rules(plan.admin_password)
    except DomainError as exc:
        out.append(Problem("admin_password", str(exc)))
    if not plan.backup_folder.strip():
        out.append(Problem("backup_folder", "a folder for the daily backup"))
    if plan.backup_keep < 1:
        out.append(Problem("backup_keep", "keep at least one"))
    return out


def setup_needed(store: Store, actor: Actor | None) -> bool:
    """A database with no user yet and not the demo's (``actor``: None before anyone exists)."""
    return not auth.users_exist(store) and not lender.is_demo(store, actor)


def run_setup(store: Store, actor: Actor | None, plan: SetupPlan) -> Actor:
    """Apply the answers to a fresh database; returns the first administrator. ``actor``
    is None (nobody exists yet); refused when users exist or for the demo database."""
    if actor is not None or auth.users_exist(store):
        raise DomainError("setup_done")
    if lender.is_demo(store, None):
        raise DomainError("setup_demo")
    ensure_reference_data(store, None)
    products = products_in_use(store, None)
    problems = check_plan(plan, products)
    if problems:
        raise DomainError("setup_incomplete", fields=tuple(p.field for p in problems))
    admin = auth.add_user(store, None, username=plan.admin_username.strip(), display_name=plan.admin_name.strip(),
                          password=plan.admin_password, roles={"admin"})
    lender.set_lender_details(store, admin, **plan.lender)
    backup_settings.set_backup_settings(store, admin, folder=plan.backup_folder, keep=plan.backup_keep)
    with store.tx(admin) as s:
        values = {"capital.net_capital": str(parse_amount(plan.net_capital, limit=CAPITAL_LIMIT)),
                  "capital.bank_borrowing_ratio_pct": str(parse_decimal(plan.borrowing_pct, places=2))}
        for key, value in values.items():
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        used = {}
        for row in s.scalars(select(Product)):
            row.active = row.code in plan.rates
            if row.active:
                p = products[row.code]
                rate = p.rate_under_conventions(Rate.parse(plan.rates[row.code]))
                row.definition = {**row.definition, "rate": rate.text()}
                used[row.code] = rate.text()
        audit.record(s, actor=admin, action="first_run_setup", entity_type="settings", entity_id="setup",
                     details={**values, "products": used})
    return admin
