"""Refusals in the interface language, by code: the catalogue's template
(``domain/refusal_texts.py``) translated through Qt (context "Refusals"), then each
parameter filled in, formatted the interface's way (amounts with thousands
separators, statuses, products, roles and actions by their translated names, lists
with the language's separator). Never by matching English text."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from string import Formatter

from PySide6.QtCore import QCoreApplication

from workstation.domain.money import fmt
from workstation.domain.refusals import CATALOGUE


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
# refusals whose ``detail`` is the English of an error below the rules (a schedule, the loan's
# books): on the Chinese desk the detail is named in a sentence, its words go to the log
DETAIL_NAMED = {"schedule_invalid": QT_TRANSLATE_NOOP(
                    "Refusals", "no repayment schedule can be computed for these terms (the details are in the log)"),
                "contract_schedule_invalid": QT_TRANSLATE_NOOP(
                    "Refusals", "no repayment schedule can be computed (the details are in the log)"),
                "servicing_refused": QT_TRANSLATE_NOOP(
                    "Refusals", "the loan's books cannot take this entry (the details are in the log)")}
# amounts of money among the params (formatted 1,234,567.89 in every language)
MONEY_PARAMS = frozenset({"amount", "available", "approved_amount", "ceiling", "limit"})


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _zh() -> bool:
    from workstation.ui import i18n
    return i18n.is_zh()


def role_name(code: str) -> str:
    return _tr("Roles", ROLE_NAMES[code]) if code in ROLE_NAMES else code


def _item(value: object) -> str:
    """One element of a list param (a finding or problem by its code, ui/problems.py)."""
    if hasattr(value, "message"):
        from workstation.ui.problems import problem_text
        return problem_text(value)
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
    if name == "held_status":
        return _tr("HeldStatus", HELD_STATUS_NAMES[value]) if value in HELD_STATUS_NAMES else str(value)
    if name == "product":
        return i18n.product_name(str(value))
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


def refusal_text(exc: BaseException) -> str | None:
    """The translated text of a coded refusal, or None for an exception without a known code."""
    code = getattr(exc, "code", None)
    from workstation.ui.warnings_texts import CODES as WARNING_CODES
    if code in WARNING_CODES and type(exc).__module__.startswith("workstation.aftercare"):  # the desk's own texts
        from workstation.ui.warnings_texts import refusal_text as warning_text
        return warning_text(exc)
    if type(exc).__name__ == "GoodBorrowerRefused":
        from workstation.ui.collections_texts import good_borrower_text
        return good_borrower_text(exc)
    if type(exc).__name__ == "BlacklistRefused":
        from workstation.ui.blacklist_texts import refusal_text as blacklist_text
        return blacklist_text(exc)
    from workstation.ui.collections_texts import CODES as COLLECTION_CODES
    if code in COLLECTION_CODES and type(exc).__name__ == "CollectionRefused":
        from workstation.ui.collections_texts import refusal_text as collection_text
        return collection_text(exc)
    if not isinstance(code, str) or code not in CATALOGUE:
        return None
    params = getattr(exc, "params", None) or {}
    if code in ("lender_placeholder", "lender_invalid"):
        from workstation.ui.lender_texts import refusal_text as lender_text
        return lender_text(exc)
    if code == "as_shown":                  # the interface wrote it in its own words already
        return str(params.get("text", ""))
    if code in DETAIL_NAMED and _zh():      # an English detail from below the rules: named, the words logged
        import logging
        logging.getLogger(__name__).warning("%s shown without its English detail: %s", code, params.get("detail"))
        params = {**params, "detail": _tr("Refusals", DETAIL_NAMED[code])}
    template = _tr("Refusals", CATALOGUE[code])
    if template[:1].islower():                # a sentence on the English desk (never a user name's case)
        template = template[:1].upper() + template[1:]
    return fill(template, params)
