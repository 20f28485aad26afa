"""Parameters of coded texts as the interface shows them: amounts with thousands
separators, statuses, products, roles and actions by their translated names, lists with
the language's separator; ``fill`` puts them into a translated template (ui/refusals.py
for refusals, ui/problems.py for findings and problems)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from string import Formatter

from PySide6.QtCore import QCoreApplication

from workstation.domain.money import fmt


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ROLE_NAMES = {"officer": QT_TRANSLATE_NOOP("Roles", "officer"),
              "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor"),
              "admin": QT_TRANSLATE_NOOP("Roles", "administrator")}
LOAN_STATUS_NAMES = {"contracted": QT_TRANSLATE_NOOP("LoanStatus", "contracted, not disbursed"),
                     "active": QT_TRANSLATE_NOOP("LoanStatus", "being repaid"),
                     "closed": QT_TRANSLATE_NOOP("LoanStatus", "paid off"),
                     "written_off": QT_TRANSLATE_NOOP("LoanStatus", "written off")}
HELD_STATUS_NAMES = {"posted": QT_TRANSLATE_NOOP("HeldStatus", "posted"),
                     "returned": QT_TRANSLATE_NOOP("HeldStatus", "returned"),
                     "held": QT_TRANSLATE_NOOP("HeldStatus", "held")}
# the operating system's reasons (param ``os_error``: domain/refusals.os_error), by their symbolic
# names; one not named here is shown as "system error ENAME"
OS_ERROR_NAMES = {"ENOENT": QT_TRANSLATE_NOOP("OsErrors", "no such file or folder"),
                  "EACCES": QT_TRANSLATE_NOOP("OsErrors", "permission denied"),
                  "EPERM": QT_TRANSLATE_NOOP("OsErrors", "permission denied"),
                  "EISDIR": QT_TRANSLATE_NOOP("OsErrors", "it is a folder, not a file"),
                  "ENOTDIR": QT_TRANSLATE_NOOP("OsErrors", "a part of the path is not a folder"),
                  "ENOSPC": QT_TRANSLATE_NOOP("OsErrors", "the disk is full"),
                  "EDQUOT": QT_TRANSLATE_NOOP("OsErrors", "the disk quota is used up"),
                  "EROFS": QT_TRANSLATE_NOOP("OsErrors", "the disk is read-only"),
                  "EEXIST": QT_TRANSLATE_NOOP("OsErrors", "it exists already"),
                  "EBUSY": QT_TRANSLATE_NOOP("OsErrors", "it is in use by another program"),
                  "ENAMETOOLONG": QT_TRANSLATE_NOOP("OsErrors", "the name is too long"),
                  "EIO": QT_TRANSLATE_NOOP("OsErrors", "the disk could not be read or written"),
                  "EMFILE": QT_TRANSLATE_NOOP("OsErrors", "too many files open"),
                  "EINVAL": QT_TRANSLATE_NOOP("OsErrors", "the name is not allowed")}
# refusals whose ``detail`` is the English of an error below the rules (a schedule, the loan's
# books): on the Chinese desk the detail is named in a sentence, its words go to the log
DETAIL_NAMED = {"schedule_invalid": QT_TRANSLATE_NOOP(
                    "Refusals", "no repayment schedule can be computed for these terms (the details are in the log)"),
                "contract_schedule_invalid": QT_TRANSLATE_NOOP(
                    "Refusals", "no repayment schedule can be computed (the details are in the log)"),
                "servicing_refused": QT_TRANSLATE_NOOP(
                    "Refusals", "the loan's books cannot take this entry (the details are in the log)"),
                "scorecard_invalid": QT_TRANSLATE_NOOP(
                    "Refusals", "the file is damaged (the details are in the log)"),
                "questionnaire_invalid": QT_TRANSLATE_NOOP(
                    "Refusals", "the file is damaged (the details are in the log)"),
                "terms_record_unreadable": QT_TRANSLATE_NOOP(
                    "Refusals", "the record is damaged (the details are in the log)")}
# amounts of money among the params (formatted 1,234,567.89 in every language)
MONEY_PARAMS = frozenset({"amount", "available", "approved_amount", "ceiling", "limit"})


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _zh() -> bool:
    from workstation.ui import i18n
    return i18n.is_zh()


def role_name(code: str) -> str:
    return _tr("Roles", ROLE_NAMES[code]) if code in ROLE_NAMES else code


# how a list element that is a finding or problem reads: ui/problems.py registers its
# problem_text here (it fills its own templates with ``fill``: no import back from here)
ITEM_TEXTS: list = []


def _item(value: object) -> str:
    """One element of a list param (a finding or problem by its code, ui/problems.py)."""
    if hasattr(value, "message") and ITEM_TEXTS:
        return ITEM_TEXTS[0](value)
    return str(value)


def param_text(name: str, value: object, spec: str = "") -> str:
    """A param as the interface shows it."""
    from workstation.ui import i18n
    if value is None:
        return ""
    if isinstance(value, Enum):
        value = value.value
    if name == "action":
        return _tr("Actions", str(value))
    if name == "roles":
        return QCoreApplication.translate("Refusals", " or ").join(role_name(r) for r in value)
    if name in ("status", "transition", "target"):
        return i18n.status_name(str(value))
    if name == "loan_status":
        return _tr("LoanStatus", LOAN_STATUS_NAMES[value]) if value in LOAN_STATUS_NAMES else str(value)
    if name == "field_name":                 # an input named by its code (domain/after_refusal_texts.py)
        from workstation.domain.after_refusal_texts import FIELD_NAMES
        return _tr("Fields", FIELD_NAMES[value]) if value in FIELD_NAMES else str(value)
    if name == "held_status":
        return _tr("HeldStatus", HELD_STATUS_NAMES[value]) if value in HELD_STATUS_NAMES else str(value)
    if name == "product":
        return i18n.product_name(str(value))
    if name == "os_error":
        if value in OS_ERROR_NAMES:
            return _tr("OsErrors", OS_ERROR_NAMES[value])
        return QCoreApplication.translate("OsErrors", "system error %1").replace("%1", str(value or "?"))
    if name == "codes" and isinstance(value, (list, tuple)):       # decline reasons, by their names
        from workstation.domain.decision import DEFAULT_DECLINE_REASONS
        names = {code: i18n.pick(zh, en) for code, zh, en in DEFAULT_DECLINE_REASONS}
        return ("、" if _zh() else ", ").join(names.get(c, str(c)) for c in value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        return ("、" if _zh() else ", ").join(_item(v) for v in items)
    if isinstance(value, Decimal) and (name in MONEY_PARAMS or "," in spec):
        return fmt(value)
    if isinstance(value, (datetime, date)):
        return format(value, spec) if spec else value.isoformat()
    return format(value, spec) if spec and not isinstance(value, str) else str(value)


def fill(template: str, params: dict[str, object]) -> str:
    """``template`` (already translated) with its ``{name}`` fields filled from ``params``."""
    out = []
    for literal, name, spec, _conversion in Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(param_text(name, params.get(name), spec or "") if name in params else "{" + name + "}")
    return "".join(out)
