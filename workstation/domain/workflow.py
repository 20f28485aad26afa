"""The application's one state machine: statuses and the moves allowed between them.

The service layer asks ``check_move`` before every status change, whatever screen
or command asks for it.
"""
from __future__ import annotations

from enum import StrEnum

from workstation.domain.refusals import ENGLISH_NAMES, Coded


class Status(StrEnum):
    RECEIVED = "received"            # imported, nobody has it yet
    IN_REVIEW = "in_review"          # claimed by an officer
    INTERVIEW = "interview"          # video interview under way
    MORE_INFO = "more_info"          # waiting for the applicant
    RECOMMENDED = "recommended"      # officer has a recommendation drafted
    AWAITING_SIGNOFF = "awaiting_signoff"
    RETURNED = "returned"            # sent back by a supervisor
    APPROVED = "approved"            # offer made, valid for the product's validity
    DECLINED = "declined"
    OFFER_EXPIRED = "offer_expired"
    WITHDRAWN = "withdrawn"
    CONTRACTED = "contracted"
    DISBURSED = "disbursed"
    CLOSED = "closed"


STATUS_NAMES: dict[Status, tuple[str, str]] = {
    Status.RECEIVED: ("待受理", "Received"),
    Status.IN_REVIEW: ("审查中", "In review"),
    Status.INTERVIEW: ("视频调查", "Interview"),
    Status.MORE_INFO: ("待补充资料", "More info requested"),
    Status.RECOMMENDED: ("已提出建议", "Recommended"),
    Status.AWAITING_SIGNOFF: ("待审批", "Awaiting sign-off"),
    Status.RETURNED: ("已退回", "Returned"),
    Status.APPROVED: ("已批准", "Approved"),
    Status.DECLINED: ("已拒绝", "Declined"),
    Status.OFFER_EXPIRED: ("授信已过期", "Offer expired"),
    Status.WITHDRAWN: ("已撤回", "Withdrawn"),
    Status.CONTRACTED: ("已签约", "Contracted"),
    Status.DISBURSED: ("已放款", "Disbursed"),
    Status.CLOSED: ("已结清", "Closed"),
}

ALLOWED: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.IN_REVIEW, Status.DECLINED, Status.WITHDRAWN}),
    Status.IN_REVIEW: frozenset({Status.INTERVIEW, Status.RECOMMENDED, Status.MORE_INFO,
                                 Status.DECLINED, Status.WITHDRAWN, Status.RECEIVED}),
    Status.INTERVIEW: frozenset({Status.IN_REVIEW, Status.RECOMMENDED, Status.MORE_INFO,
                                 Status.DECLINED, Status.WITHDRAWN}),
    Status.MORE_INFO: frozenset({Status.IN_REVIEW, Status.DECLINED, Status.WITHDRAWN}),
    Status.RECOMMENDED: frozenset({Status.AWAITING_SIGNOFF, Status.IN_REVIEW, Status.INTERVIEW,
                                   Status.DECLINED, Status.WITHDRAWN}),
    Status.AWAITING_SIGNOFF: frozenset({Status.AWAITING_SIGNOFF, Status.APPROVED,
                                        Status.RETURNED, Status.DECLINED}),
    Status.RETURNED: frozenset({Status.IN_REVIEW, Status.INTERVIEW, Status.RECOMMENDED,
                                Status.DECLINED, Status.WITHDRAWN}),
    Status.APPROVED: frozenset({Status.CONTRACTED, Status.OFFER_EXPIRED, Status.WITHDRAWN}),
    Status.CONTRACTED: frozenset({Status.DISBURSED, Status.WITHDRAWN}),
    Status.DISBURSED: frozenset({Status.CLOSED}),
    Status.DECLINED: frozenset(),
    Status.OFFER_EXPIRED: frozenset(),
    Status.WITHDRAWN: frozenset(),
    Status.CLOSED: frozenset(),
}

OPEN_STATUSES = frozenset({Status.RECEIVED, Status.IN_REVIEW, Status.INTERVIEW, Status.MORE_INFO,
                           Status.RECOMMENDED, Status.AWAITING_SIGNOFF, Status.RETURNED})


class TransitionError(Coded, ValueError):
    """A status change the state machine does not allow (code ``transition_refused``)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(self._coded(code, None, params))


# the English text of a refusal names a status as the screens' English does
ENGLISH_NAMES["transition"] = ENGLISH_NAMES["target"] = {s.value: en for s, (_zh, en) in STATUS_NAMES.items()}


def check_move(current: str, target: str) -> None:
    cur, tgt = Status(current), Status(target)
    if tgt not in ALLOWED[cur]:
        raise TransitionError("transition_refused", transition=cur.value, target=tgt.value)
