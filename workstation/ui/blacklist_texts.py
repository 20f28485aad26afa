"""The blacklist desk's refusal texts in the interface language (kept apart from the
desk so the one error presenter can read them without importing the desk)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Blacklist", text)


def refusal_text(exc: BaseException) -> str | None:
    code = getattr(exc, "code", None)
    p = {k: str(v) for k, v in (getattr(exc, "params", {}) or {}).items()}
    fields = {"subject_name": _tr("Name (company or person)"), "evidence": _tr("Evidence (what proves it)"), "reason": _tr("Reason"),
              "note": _tr("Note"), "conditions": _tr("Restoration conditions"), "credit_code": _tr("Credit code"),
              "id_number": _tr("ID number"), "phone": _tr("Phone"), "payment_account": _tr("Payment account")}
    texts = {
        "required": _tr("%1: required.").replace("%1", fields.get(p.get("field", ""), p.get("field", ""))),
        "no_identifier": _tr("Give at least one of credit code, ID number, phone, payment account."),
        "too_long": _tr("%1: at most %2 characters.").replace("%1", fields.get(p.get("field", ""), ""))
        .replace("%2", p.get("limit", "")),
        "not_pending": _tr("This listing was already decided."),
        "own_proposal": _tr("A second person signs this, not the one who proposed it."),
        "not_active": _tr("This listing is not in force."),
        "date_in_past": _tr("The date %1 is before today (%2).").replace("%1", p.get("date", ""))
        .replace("%2", p.get("today", "")),
        "date_in_future": _tr("The date %1 is after today (%2).").replace("%1", p.get("date", ""))
        .replace("%2", p.get("today", "")),
        "no_listing": _tr("There is no such listing."),
    }
    return texts.get(code)
