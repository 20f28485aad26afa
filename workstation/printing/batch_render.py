"""The worker-process side of batch printing, kept tiny so that a spawned worker
imports only the renderer (reportlab and the font), never the database layer."""
from __future__ import annotations

from typing import Any


def warm_up() -> None:
    """Pool initializer: find and load the CJK font once per worker."""
    from workstation.documents.fonts import cjk_font
    cjk_font()


def render_one(data: Any, sample: bool = False) -> tuple[bool, Any]:
    """(True, pdf bytes) or (False, the reason): a failure is reported per document.
    ``sample``: the demo's documents carry the 样本 mark."""
    try:
        from workstation.documents import render
        from workstation.documents.fonts import cjk_font
        return True, render(data, font=cjk_font(), sample=sample)
    except Exception as exc:  # noqa: BLE001 - reported per document, the batch goes on
        return False, f"rendering failed: {type(exc).__name__}: {exc}"
