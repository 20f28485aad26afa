"""Refusals in the interface language, by code: the catalogue's template
(``domain/refusal_texts.py``) translated through Qt (context "Refusals"), then each
parameter filled in, formatted the interface's way (ui/param_texts.py). Never by matching
English text."""
from __future__ import annotations

from workstation.domain.refusals import CATALOGUE
from workstation.ui import problems  # noqa: F401 - registers how findings and problems read in lists
from workstation.ui.param_texts import DETAIL_NAMED, _tr, _zh, fill


def refusal_text(exc: BaseException) -> str | None:
    """The translated text of a coded refusal, or None for an exception without a known code."""
    code = getattr(exc, "code", None)
    if not isinstance(code, str) or code not in CATALOGUE:
        return None
    params = getattr(exc, "params", None) or {}
    if code in ("lender_placeholder", "lender_invalid"):
        from workstation.ui.operations.lender_texts import refusal_text as lender_text
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
    text = fill(template, params)
    if template.startswith("{field_name}"):  # a sentence that opens with the input's name
        text = text[:1].upper() + text[1:]
    return text
