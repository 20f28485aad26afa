"""Findings and problems about input (terms, recommendations, interview notes, import
lines) in the interface language, by code: the template of ``domain/problem_texts.py``
translated through Qt (context "Problems"), each param formatted the interface's way
(products, methods, rates, outcomes by their names). Never the English message."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from workstation.domain.money import fmt

from workstation.domain.problem_texts import PROBLEMS


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# what caps an amount (products' ``amount_cap``, English with spaces as the message names it)
CAP_NAMES = {"open order value": QT_TRANSLATE_NOOP("Problems", "open order value"),
             "credit line": QT_TRANSLATE_NOOP("Problems", "credit line"),
             "member limit": QT_TRANSLATE_NOOP("Problems", "member limit"),
             "limit": QT_TRANSLATE_NOOP("Problems", "limit")}


# the kinds of value a file gave (services/imports_fields.kind_of)
KIND_NAMES = {"text": QT_TRANSLATE_NOOP("Problems", "text"),
              "a number": QT_TRANSLATE_NOOP("Problems", "a number"),
              "true/false": QT_TRANSLATE_NOOP("Problems", "true/false"),
              "a list": QT_TRANSLATE_NOOP("Problems", "a list"),
              "an object": QT_TRANSLATE_NOOP("Problems", "an object")}
# amounts of money among the params (1,234,567.89 whatever the translated template's format)
MONEY_PARAMS = frozenset({"amount", "amount_min", "amount_max", "cap", "suggested_limit", "threshold", "used",
                          "limit"})


def _method(value: object) -> str:
    from workstation.domain.schedules import Method
    from workstation.ui.i18n import pick
    try:
        m = Method(value)
    except ValueError:
        return str(value)
    return pick(m.name_zh, m.value)


def _named(name: str, value: object) -> object:
    """A param turned into the interface's words where it is a code or a rate (else as it is)."""
    from workstation.domain.interview import CHECKLIST_BY_CODE, OUTCOME_NAMES, RESULT_NAMES
    from workstation.domain.rates import Rate
    from workstation.ui import i18n
    if isinstance(value, Decimal) and value.is_finite() and name in MONEY_PARAMS:
        return fmt(value)
    if isinstance(value, Rate):
        return value.text_zh() if i18n.is_zh() else value.text()
    if name.endswith("product"):
        return i18n.product_name(str(value))
    if name == "method":
        return _method(value)
    if name == "methods":
        return [_method(v) for v in value]
    if name in ("outcome", "outcomes"):
        values = [value] if name == "outcome" else list(value)
        shown = [i18n.pick(*OUTCOME_NAMES[v]) if v in OUTCOME_NAMES else
                 QCoreApplication.translate("Problems", "no submitted interview") for v in values]
        return shown[0] if name == "outcome" else shown
    if name == "results":
        return [i18n.pick(*RESULT_NAMES[v]) if v in RESULT_NAMES else v for v in value]
    if name == "kind" and value in KIND_NAMES:
        return QCoreApplication.translate("Problems", KIND_NAMES[value])
    if name == "cap_name":
        return QCoreApplication.translate("Problems", CAP_NAMES.get(str(value), "limit"))
    if name == "item" and value in CHECKLIST_BY_CODE:
        item = CHECKLIST_BY_CODE[value]
        return i18n.pick(item.text_zh, item.text_en)
    return value


def coded_text(code: str, params, *, context: str = "Problems", catalogue: dict[str, str] = PROBLEMS) -> str | None:
    """The translated text of ``code`` with ``params`` (None: not a code of the catalogue)."""
    from workstation.ui.param_texts import fill
    if code not in catalogue:
        return None
    template = QCoreApplication.translate(context, catalogue[code])
    return fill(template, {k: _named(k, v) for k, v in dict(params or {}).items()})


def problem_text(p) -> str:
    """A finding or problem (domain ``Finding``/``Problem``, an import line's ``Problem``) as the
    desk shows it: by its code where it has one, else its Chinese or English message."""
    from workstation.ui.i18n import pick
    if getattr(p, "code", "") and getattr(p, "message_zh", ""):      # a hard policy rule: its own texts
        return pick(p.message_zh, p.message)
    code = getattr(p, "text_code", "") or getattr(p, "code", "")
    text = coded_text(code, getattr(p, "params", None)) if code else None
    if text is None and code:                       # a refusal's code (terms the product cannot give)
        from workstation.domain.refusals import CATALOGUE
        text = coded_text(code, getattr(p, "params", None), context="Refusals", catalogue=CATALOGUE)
    if text is None:
        zh = getattr(p, "message_zh", "")
        return pick(zh, str(p)) if zh else str(p)
    if not _zh():                                   # the English desk: the message as the rule wrote it
        return str(p)
    field = str(getattr(p, "field", "") or "")
    if field.startswith("checks."):                 # an interview checklist item: named first
        item = _named("item", field[len("checks."):])
        if item != field[len("checks."):]:
            text = f"{item}：{text}" if _zh() else f"{item}: {text}"
    line = getattr(p, "line", None)
    if isinstance(line, int):                       # an import line
        text = QCoreApplication.translate("Problems", "line %1: %2").replace("%1", str(line)).replace("%2", text)
    return text


def reason_text(p) -> str:
    """Only the reason of a problem (its line and field shown apart, as in the import
    dialog's rejects): by code on the Chinese desk, the English message on the English one."""
    code = getattr(p, "code", "")
    if _zh() and code == "import_not_money" and p.params.get("reason"):     # the money parser's own reason
        from workstation.ui.amounts import reason_text as money_reason
        return money_reason(str(p.params["reason"]))
    text = coded_text(code, p.params) if _zh() and code else None
    return p.message if text is None else text


def _zh() -> bool:
    from workstation.ui.i18n import is_zh
    return is_zh()


def _register() -> None:
    from workstation.ui import param_texts
    param_texts.ITEM_TEXTS[:] = [problem_text]


_register()
