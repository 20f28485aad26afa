"""Joint-guarantee groups 网络联保: three or more member firms, each with its own loan,
all jointly liable. When a member is overdue the others are exposed to it; the officer
records the demands made to them. A group cannot take new loans while a member is in
default (any member loan past due)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.domain.money import money, round_fen
from workstation.services import audit
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError, NotVisible
from workstation.store.session import Store
from workstation.services.visibility import check_group, check_merchant
from workstation.store.models import Merchant
from workstation.store.models_loans import Demand, GroupMember, GuaranteeGroup, Loan

MIN_MEMBERS = 3
DEMAND_CHANNELS = ("phone", "letter", "visit", "platform")


@dataclass(frozen=True)
class MemberView:
    merchant_id: int
    name: str
    loan_ids: tuple[int, ...]
    contract_nos: tuple[str, ...]
    outstanding: Decimal            # principal + interest + penalty of the member's own loans
    overdue: Decimal                # overdue principal + overdue interest + penalty
    dpd: int
    in_default: bool


@dataclass(frozen=True)
class Exposure:
    """``member``'s exposure to ``defaulter``: the whole amount is jointly owed; the
    equal share is what falls to each other member if they split it."""
    defaulter_merchant_id: int
    defaulter_loan_id: int
    member_merchant_id: int
    jointly_liable: Decimal
    equal_share: Decimal


@dataclass(frozen=True)
class DemandView:
    id: int
    defaulting_loan_id: int
    member_merchant_id: int
    amount: Decimal
    made_on: date
    channel: str
    note: str | None


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    formed_on: date
    members: tuple[MemberView, ...]
    exposures: tuple[Exposure, ...]
    demands: tuple[DemandView, ...]
    can_borrow: bool
    blocked_reason: str | None


def create_group(store: Store, actor: Actor, *, name: str, merchant_ids: list[int], formed_on: date) -> int:
    actor.require("officer", "supervisor", action="form a joint-guarantee group")
    ids = list(dict.fromkeys(merchant_ids))
    if len(ids) < MIN_MEMBERS:
        raise DomainError("group_too_small", min_members=MIN_MEMBERS, count=len(ids))
    with store.tx(actor) as s:
        found = set(s.scalars(select(Merchant.id).where(Merchant.id.in_(ids))))
        if missing := [i for i in ids if i not in found]:
            raise DomainError("merchant_not_found", ids=tuple(missing))
        if s.scalar(select(GuaranteeGroup.id).where(GuaranteeGroup.name == name.strip())):
            raise DomainError("group_name_taken", name=name.strip())
        g = GuaranteeGroup(name=name.strip(), formed_on=formed_on)
        s.add(g)
        s.flush()
        for m in ids:
            s.add(GroupMember(group_id=g.id, merchant_id=m, joined_on=formed_on))
        audit.record(s, actor=actor, action="group.create", entity_type="group", entity_id=g.id,
                     details={"name": g.name, "members": ids})
        return g.id


def _members(s: Session, group_id: int) -> list[MemberView]:
    out = []
    rows = s.execute(select(GroupMember.merchant_id, Merchant.name).join(Merchant, Merchant.id == GroupMember.merchant_id)
                     .where(GroupMember.group_id == group_id).order_by(GroupMember.id)).all()
    for mid, name in rows:
        loans = s.scalars(select(Loan).where(Loan.merchant_id == mid, Loan.status == "active")
                          .order_by(Loan.id)).all()
        outstanding = sum((l.principal_outstanding + max(l.interest_unpaid, 0) + l.penalty_unpaid for l in loans),
                          Decimal("0.00"))
        overdue = sum((l.overdue_principal + l.overdue_interest + l.penalty_unpaid for l in loans if l.dpd > 0),
                      Decimal("0.00"))
        dpd = max((l.dpd for l in loans), default=0)
        out.append(MemberView(mid, name, tuple(l.id for l in loans), tuple(l.contract_no for l in loans),
                              outstanding, overdue, dpd, dpd > 0))
    return out


def blocking_member(s: Session, merchant_id: int) -> DomainError | None:
    """Why ``merchant_id``'s group cannot borrow now (a member in default), or None."""
    groups = s.scalars(select(GroupMember.group_id).where(GroupMember.merchant_id == merchant_id)).all()
    for gid in groups:
        members = s.scalars(select(GroupMember.merchant_id).where(GroupMember.group_id == gid)).all()
        bad = s.execute(select(Loan.contract_no, Loan.dpd).where(Loan.merchant_id.in_(members),
                                                                Loan.status == "active", Loan.dpd > 0)
                        .order_by(Loan.dpd.desc())).first()
        if bad:
            name = s.get(GuaranteeGroup, gid).name
            return DomainError("group_member_past_due", group=name, contract_no=bad[0], dpd=bad[1])
    return None


def group_view(store: Store, actor: Actor, group_id: int) -> GroupView:
    with store.read(actor) as s:
        g = s.get(GuaranteeGroup, group_id)
        if g is None:
            raise DomainError("group_not_found", group_id=group_id)
        check_group(s, actor, group_id)
        members = _members(s, group_id)
        exposures = []
        for d in members:
            if not d.in_default:
                continue
            for lid in d.loan_ids:
                loan = s.get(Loan, lid)
                if loan.dpd <= 0:
                    continue
                owed = loan.principal_outstanding + max(loan.interest_unpaid, 0) + loan.penalty_unpaid
                others = [m for m in members if m.merchant_id != d.merchant_id]
                share = round_fen(owed / len(others)) if others else owed
                exposures += [Exposure(d.merchant_id, lid, m.merchant_id, owed, share) for m in others]
        demands = [DemandView(x.id, x.defaulting_loan_id, x.member_merchant_id, x.amount, x.made_on, x.channel, x.note)
                   for x in s.scalars(select(Demand).where(Demand.group_id == group_id).order_by(Demand.id))]
        reason = None
        if any(m.in_default for m in members):
            worst = max(members, key=lambda m: m.dpd)
            reason = f"member {worst.name} is {worst.dpd} days past due: the group cannot take new loans"
        return GroupView(g.id, g.name, g.formed_on, tuple(members), tuple(exposures), tuple(demands),
                         reason is None, reason)


def groups_of(store: Store, actor: Actor, merchant_id: int) -> list[int]:
    with store.read(actor) as s:
        check_merchant(s, actor, merchant_id)
        return list(s.scalars(select(GroupMember.group_id).where(GroupMember.merchant_id == merchant_id)))


def record_demand(store: Store, actor: Actor, group_id: int, *, defaulting_loan_id: int, member_merchant_id: int,
                  amount: Decimal, made_on: date, channel: str, note: str = "") -> int:
    """Record a demand made to a member for a defaulting member's loan."""
    actor.require("officer", "supervisor", action="record a demand to a group member")
    amount = money(amount)
    if amount <= 0:
        raise DomainError("demand_amount_not_positive")
    if channel not in DEMAND_CHANNELS:
        raise DomainError("demand_channel_invalid", channel=channel, channels=DEMAND_CHANNELS)
    with store.tx(actor) as s:
        check_group(s, actor, group_id)
        members = set(s.scalars(select(GroupMember.merchant_id).where(GroupMember.group_id == group_id)))
        loan = s.get(Loan, defaulting_loan_id)
        if not members or loan is None or loan.merchant_id not in members:
            raise DomainError("demand_not_member")
        if member_merchant_id not in members or member_merchant_id == loan.merchant_id:
            raise DomainError("demand_same_member")
        if loan.dpd <= 0:
            raise DomainError("loan_not_past_due", contract_no=loan.contract_no)
        d = Demand(group_id=group_id, defaulting_loan_id=loan.id, member_merchant_id=member_merchant_id,
                   amount=amount, made_on=made_on, channel=channel, note=note.strip() or None, user_id=actor.id)
        s.add(d)
        s.flush()
        audit.record(s, actor=actor, action="group.demand", entity_type="group", entity_id=group_id,
                     details={"loan": loan.contract_no, "member": member_merchant_id, "amount": amount,
                              "made_on": made_on, "channel": channel})
        return d.id


def group_choices(store: Store, actor: Actor) -> list[tuple[int, str]]:
    """(id, name) of the joint-guarantee groups ``actor`` may open, by name."""
    with store.read(actor) as s:
        out = []
        for gid, name in s.execute(select(GuaranteeGroup.id, GuaranteeGroup.name).order_by(GuaranteeGroup.name)):
            try:
                check_group(s, actor, gid)
            except NotVisible:
                continue
            out.append((gid, name))
        return out


def group_count(store: Store, actor: Actor | None) -> int:
    """How many joint-guarantee groups exist (a figure, no case data)."""
    with store.read(actor) as s:
        return s.scalar(select(func.count(GuaranteeGroup.id))) or 0
