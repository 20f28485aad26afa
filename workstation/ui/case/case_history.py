"""A case's history in the interface language: the events the program recorded (by code,
domain/history_texts.py), the audit actions by name, and an audit entry's details as
"label: value" pairs (statuses, products, decisions and amounts by their names), never
codes or raw JSON."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from workstation.domain.history_texts import EVENTS
from workstation.domain.money import fmt
from workstation.domain.refusals import english
from workstation.ui.i18n import pick, product_name, status_name
from workstation.ui.param_texts import QT_TRANSLATE_NOOP, fill


ACTION_NAMES = {
    "status_change": QT_TRANSLATE_NOOP("AuditActions", "status change"),
    "claim": QT_TRANSLATE_NOOP("AuditActions", "claim"),
    "reassign": QT_TRANSLATE_NOOP("AuditActions", "reassign"),
    "unmask": QT_TRANSLATE_NOOP("AuditActions", "unmask"),
    "score": QT_TRANSLATE_NOOP("AuditActions", "score"),
    "interview_start": QT_TRANSLATE_NOOP("AuditActions", "interview started"),
    "interview_submit": QT_TRANSLATE_NOOP("AuditActions", "interview submitted"),
    "interview_addendum": QT_TRANSLATE_NOOP("AuditActions", "interview addendum"),
    "consent": QT_TRANSLATE_NOOP("AuditActions", "consent recorded"),
    "attach": QT_TRANSLATE_NOOP("AuditActions", "recording attached"),
    "open_attachment": QT_TRANSLATE_NOOP("AuditActions", "recording opened"),
    "purge_recording": QT_TRANSLATE_NOOP("AuditActions", "recording purged"),
    "recommend": QT_TRANSLATE_NOOP("AuditActions", "recommendation"),
    "signoff": QT_TRANSLATE_NOOP("AuditActions", "sign-off"),
    "policy_exception_request": QT_TRANSLATE_NOOP("AuditActions", "exception requested"),
    "policy_exception_withdraw": QT_TRANSLATE_NOOP("AuditActions", "exception withdrawn"),
    "policy_exception_grant": QT_TRANSLATE_NOOP("AuditActions", "exception granted"),
    "document_printed": QT_TRANSLATE_NOOP("AuditActions", "document printed"),
    "document_frozen": QT_TRANSLATE_NOOP("AuditActions", "document frozen at signing"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "import"),
    "loan.contract": QT_TRANSLATE_NOOP("AuditActions", "contract recorded"),
    "loan.disburse": QT_TRANSLATE_NOOP("AuditActions", "disbursement"),
    "loan.repayment": QT_TRANSLATE_NOOP("AuditActions", "repayment"),
    "loan.reverse": QT_TRANSLATE_NOOP("AuditActions", "reversal"),
    "loan.waive": QT_TRANSLATE_NOOP("AuditActions", "waiver"),
    "loan.write_off": QT_TRANSLATE_NOOP("AuditActions", "write-off"),
}

DETAIL_LABELS = {
    "from": QT_TRANSLATE_NOOP("AuditDetails", "from status"),
    "to": QT_TRANSLATE_NOOP("AuditDetails", "to status"),
    "comment": QT_TRANSLATE_NOOP("AuditDetails", "comment"),
    "note": QT_TRANSLATE_NOOP("AuditDetails", "explanation"),
    "officer": QT_TRANSLATE_NOOP("AuditDetails", "officer"),
    "version": QT_TRANSLATE_NOOP("AuditDetails", "version"),
    "total": QT_TRANSLATE_NOOP("AuditDetails", "score"),
    "grade": QT_TRANSLATE_NOOP("AuditDetails", "grade"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "field"),
    "interview": QT_TRANSLATE_NOOP("AuditDetails", "interview"),
    "outcome": QT_TRANSLATE_NOOP("AuditDetails", "outcome"),
    "discrepancies": QT_TRANSLATE_NOOP("AuditDetails", "discrepancies"),
    "masking": QT_TRANSLATE_NOOP("AuditDetails", "masking"),
    "consistency": QT_TRANSLATE_NOOP("AuditDetails", "consistency"),
    "red_flags": QT_TRANSLATE_NOOP("AuditDetails", "red flags"),
    "text": QT_TRANSLATE_NOOP("AuditDetails", "text"),
    "product": QT_TRANSLATE_NOOP("AuditDetails", "product"),
    "amount": QT_TRANSLATE_NOOP("AuditDetails", "amount"),
    "method": QT_TRANSLATE_NOOP("AuditDetails", "repayment method"),
    "term_months": QT_TRANSLATE_NOOP("AuditDetails", "term (months)"),
    "term_days": QT_TRANSLATE_NOOP("AuditDetails", "term (days)"),
    "daily_rate_pct": QT_TRANSLATE_NOOP("AuditDetails", "daily rate"),
    "warnings": QT_TRANSLATE_NOOP("AuditDetails", "warnings"),
    "decision": QT_TRANSLATE_NOOP("AuditDetails", "decision"),
    "recommendation_version": QT_TRANSLATE_NOOP("AuditDetails", "recommendation version"),
    "limit": QT_TRANSLATE_NOOP("AuditDetails", "limit"),
    "rule": QT_TRANSLATE_NOOP("AuditDetails", "rule"),
    "rules": QT_TRANSLATE_NOOP("AuditDetails", "rules"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "reason"),
    "document_no": QT_TRANSLATE_NOOP("AuditDetails", "document number"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "kind"),
    "value_date": QT_TRANSLATE_NOOP("AuditDetails", "value date"),
}
DECISION_NAMES = {"approve": QT_TRANSLATE_NOOP("AuditDetails", "approved"),
                  "approve_lower": QT_TRANSLATE_NOOP("AuditDetails", "approved lower"),
                  "return": QT_TRANSLATE_NOOP("AuditDetails", "returned"),
                  "decline": QT_TRANSLATE_NOOP("AuditDetails", "declined")}
# details kept out of the cell: a signature's hash, a chain id, what "event" already says
HIDDEN = frozenset({"signature", "chain", "event", "content_hash", "failed", "key_id", "previous_key_id"})


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def event_text(event: dict | None, comment: str | None) -> str:
    """A status change's note: the program's event translated, with a person's own words
    after it (a comment that is only the event's English is not repeated)."""
    if not event or event.get("code") not in EVENTS:
        return comment or ""
    code, params = event["code"], event.get("params") or {}
    text = fill(_tr("History", EVENTS[code]), params)
    if comment and comment != english(code, params, EVENTS):
        text += pick("：", ": ") + comment
    return text


def action_name(code: str) -> str:
    return _tr("AuditActions", ACTION_NAMES[code]) if code in ACTION_NAMES else code


def _value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return pick("是", "yes") if value else pick("否", "no")
    if key in ("from", "to") and isinstance(value, str):
        return status_name(value)
    if key == "product" and isinstance(value, str):
        return product_name(value)
    if key == "decision" and value in DECISION_NAMES:
        return _tr("AuditDetails", DECISION_NAMES[value])
    if key == "outcome" and isinstance(value, str):
        from workstation.domain.interview import OUTCOME_NAMES
        zh, en = OUTCOME_NAMES.get(value, (value, value))
        return pick(zh, en)
    if key == "method" and isinstance(value, str):
        from workstation.domain.schedules import Method
        try:
            return pick(Method(value).name_zh, value)
        except ValueError:
            return value
    if key == "daily_rate_pct":
        return QCoreApplication.translate("AuditDetails", "%1% per day").replace("%1", str(value))
    if key in ("amount", "limit") and value is not None:
        try:
            return fmt(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return str(value)
    if isinstance(value, (list, tuple)):
        return pick("、", ", ").join(_value(key, v) for v in value)
    if isinstance(value, dict):
        return pick("，", ", ").join(f"{k} {_value(k, v)}" for k, v in value.items())
    return str(value)


def details_text(details: dict | None) -> str:
    """An audit entry's details as "label: value; ..." in the interface language."""
    if not details:
        return ""
    parts = []
    event = details.get("event")
    for key, value in sorted(details.items(), key=lambda kv: kv[0] not in ("from", "to")):  # the move first
        if key in HIDDEN or value in (None, "", [], {}):
            continue
        if key == "comment" and event:
            value = event_text(event, value)
        label = _tr("AuditDetails", DETAIL_LABELS[key]) if key in DETAIL_LABELS else key
        parts.append(label + pick("：", ": ") + _value(key, value))
    return pick("；", "; ").join(parts)
