"""Refusals that carry a code (documents, lender details, declines), in the interface
language: the code -> translated text table for the one error presenter."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Refusals", text)


def refusal_text(exc: BaseException) -> str | None:
    """The translated text of a coded refusal, or None for a code not known here."""
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", {}) or {}
    if code in ("lender_placeholder", "lender_invalid"):
        from workstation.ui.documents_lender import refusal_text as lender_text
        return lender_text(exc)
    from workstation.ui.warnings_texts import CODES as WARNING_CODES
    if code in WARNING_CODES:
        from workstation.ui.warnings_texts import refusal_text as warning_text
        return warning_text(exc)
    if type(exc).__name__ == "GoodBorrowerRefused":
        from workstation.ui.collections_texts import good_borrower_text
        return good_borrower_text(exc)
    if type(exc).__name__ == "BlacklistRefused":
        from workstation.ui.blacklist_desk import refusal_text as blacklist_text
        return blacklist_text(exc)
    from workstation.ui.collections_texts import CODES as COLLECTION_CODES
    if code in COLLECTION_CODES and type(exc).__name__ == "CollectionRefused":
        from workstation.ui.collections_texts import refusal_text as collection_text
        return collection_text(exc)
    if code == "write_failed":
        return _tr("The file could not be written: %1 (%2). Nothing was recorded as printed.") \
            .replace("%1", str(params.get("path", ""))).replace("%2", str(params.get("reason", "")))
    if code == "decline_other_needs_explanation":
        return _tr("The reason \"Other\" needs an explanation in the comment: it is printed on the decline notice.")
    return None
