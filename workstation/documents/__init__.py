"""Borrower documents as PDFs, rendered from plain data objects (no database, no Qt)."""
from .fonts import CJKFont, cjk_font
from .integrity import FooterInfo, FooterMismatch, content_hash, extract_footer_hash, read_footer
from .render import (RENDERERS, render, render_approval_memo, render_contract,
                     render_decline_notice, render_guarantee_agreement, render_schedule,
                     render_settlement, render_statement)

__all__ = ["CJKFont", "cjk_font", "FooterInfo", "FooterMismatch", "content_hash",
           "extract_footer_hash", "read_footer", "RENDERERS", "render", "render_approval_memo",
           "render_contract", "render_decline_notice", "render_guarantee_agreement",
           "render_schedule", "render_settlement", "render_statement"]
