"""Public entry points: one ``render_*(data, *, font=None) -> bytes`` per document.

Each returns the bytes of an A4 PDF, identical for identical input (reportlab
``invariant=1``: fixed creation date and document ID). ``font`` defaults to the
system CJK font found by :func:`workstation.documents.fonts.cjk_font`.
"""
from __future__ import annotations

import importlib
from typing import Any

# each renderer lives in its own module, imported (with reportlab) when first used
_SOURCES = {
    "render_contract": ".contract",
    "render_guarantee_agreement": ".guarantee",
    "render_schedule": ".schedule",
    "render_statement": ".statement",
    "render_settlement": ".letters",
    "render_approval_memo": ".memo",
    "render_decline_notice": ".letters",
    "render_receipt": ".receipt",
    "render_recall_notice": ".recall",
    "render_collection_letter": ".collection_letters",
    "render_portfolio_report": ".portfolio_report",
}
KINDS = {
    "contract": "render_contract",
    "guarantee": "render_guarantee_agreement",
    "schedule": "render_schedule",
    "statement": "render_statement",
    "settlement": "render_settlement",
    "approval_memo": "render_approval_memo",
    "decline_notice": "render_decline_notice",
    "receipt": "render_receipt",
    "recall_notice": "render_recall_notice",
    "collection_reminder": "render_collection_letter",
    "collection_demand": "render_collection_letter",
    "portfolio_report": "render_portfolio_report",
}


def __getattr__(name: str) -> Any:
    """``render_*`` and ``RENDERERS`` on first use: importing this module stays cheap."""
    if name in _SOURCES:
        value = getattr(importlib.import_module(_SOURCES[name], __package__), name)
    elif name == "RENDERERS":
        value = {kind: __getattr__(fn) for kind, fn in KINDS.items()}
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def render(data: Any, *, sample: bool = False, **kwargs: Any) -> bytes:
    """Render any document data object by its ``kind``; ``sample``: the demo's
    documents, marked 样本 (SAMPLE) across every page."""
    from .layout import SAMPLE_MARK, watermark
    with watermark(SAMPLE_MARK if sample else ""):
        return __getattr__(KINDS[data.kind])(data, **kwargs)


__all__ = ["RENDERERS", "render", "render_contract", "render_guarantee_agreement",
           "render_schedule", "render_statement", "render_settlement",
           "render_approval_memo", "render_decline_notice", "render_receipt"]
