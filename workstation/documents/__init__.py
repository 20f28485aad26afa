"""Borrower documents as PDFs, rendered from plain data objects (no database, no Qt).

Importing the package (or its data, codec and integrity modules) does not import
reportlab: the fonts and the renderers are imported when first used."""
import importlib

from .integrity import FooterInfo, FooterMismatch, content_hash, extract_footer_hash, read_footer
from .render import render

_LAZY = {"CJKFont": ".fonts", "cjk_font": ".fonts", "RENDERERS": ".render",
         "render_approval_memo": ".render", "render_contract": ".render", "render_decline_notice": ".render",
         "render_guarantee_agreement": ".render", "render_schedule": ".render", "render_settlement": ".render",
         "render_statement": ".render"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


__all__ = ["CJKFont", "cjk_font", "FooterInfo", "FooterMismatch", "content_hash",
           "extract_footer_hash", "read_footer", "RENDERERS", "render", "render_approval_memo",
           "render_contract", "render_decline_notice", "render_guarantee_agreement",
           "render_schedule", "render_settlement", "render_statement"]
