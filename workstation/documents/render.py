"""Public entry points: one ``render_*(data, *, font=None) -> bytes`` per document.

Each returns the bytes of an A4 PDF, identical for identical input (reportlab
``invariant=1``: fixed creation date and document ID). ``font`` defaults to the
system CJK font found by :func:`workstation.documents.fonts.cjk_font`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .collection_letters import render_collection_letter
from .contract import render_contract
from .layout import SAMPLE_MARK, watermark
from .guarantee import render_guarantee_agreement
from .letters import render_decline_notice, render_settlement
from .memo import render_approval_memo
from .receipt import render_receipt
from .recall import render_recall_notice
from .schedule import render_schedule
from .statement import render_statement

RENDERERS: dict[str, Callable[..., bytes]] = {
    "contract": render_contract,
    "guarantee": render_guarantee_agreement,
    "schedule": render_schedule,
    "statement": render_statement,
    "settlement": render_settlement,
    "approval_memo": render_approval_memo,
    "decline_notice": render_decline_notice,
    "receipt": render_receipt,
    "recall_notice": render_recall_notice,
    "collection_reminder": render_collection_letter,
    "collection_demand": render_collection_letter,
}


def render(data: Any, *, sample: bool = False, **kwargs: Any) -> bytes:
    """Render any document data object by its ``kind``; ``sample``: the demo's
    documents, marked 样本 (SAMPLE) across every page."""
    with watermark(SAMPLE_MARK if sample else ""):
        return RENDERERS[data.kind](data, **kwargs)


__all__ = ["RENDERERS", "render", "render_contract", "render_guarantee_agreement",
           "render_schedule", "render_statement", "render_settlement",
           "render_approval_memo", "render_decline_notice", "render_receipt"]
