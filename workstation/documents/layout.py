"""Shared page furniture: styles, the page-numbering canvas with its footer, tables.

Every page carries a header (document title and number), and a footer with the
content hash, a QR code (``WSDOC|kind|number|sha256``) and 第 X 页 共 Y 页. The total
page count is known because the canvas holds each page back until ``save()``.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from workstation.domain.money import fmt

from .fonts import CJKFont, cjk_font
from .integrity import SUBJECT_PREFIX, content_hash, qr_payload

PAGE_W, PAGE_H = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 3.2 * cm
QR_SIZE = 2.0 * cm
GRID = colors.HexColor("#808080")
HEAD_BG = colors.HexColor("#E8ECF2")
INK_GREY = colors.HexColor("#555555")


def esc(text: Any) -> str:
    """Text safe for a reportlab Paragraph (company names may contain & or <)."""
    return escape(str(text))


def zh_date(d: date | datetime | None) -> str:
    if d is None:
        return "—"
    return f"{d.year}年{d.month}月{d.day}日"


def zh_datetime(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def yuan(amount: Decimal | None) -> str:
    """'1,234.50' for tables; '—' when there is no amount."""
    return "—" if amount is None else fmt(amount)


def rmb(amount: Decimal) -> str:
    """'人民币 ¥1,234.50' style for prose."""
    return f"¥{fmt(amount)}"


@lru_cache(maxsize=None)
def styles(font_name: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font_name, fontSize=10.5, leading=17,
                          wordWrap="CJK", alignment=TA_JUSTIFY, firstLineIndent=0)
    return {
        "body": base,
        "indent": ParagraphStyle("indent", parent=base, firstLineIndent=21),
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=28,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9.5, leading=14,
                                   alignment=TA_CENTER, textColor=INK_GREY),
        "docno": ParagraphStyle("docno", parent=base, fontSize=10, alignment=TA_RIGHT),
        "h1": ParagraphStyle("h1", parent=base, fontSize=12.5, leading=20,
                             spaceBefore=8, spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11, leading=18, spaceBefore=4),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12.5, alignment=0),
        "cellr": ParagraphStyle("cellr", parent=base, fontSize=9, leading=12.5,
                                alignment=TA_RIGHT),
        "sign": ParagraphStyle("sign", parent=base, fontSize=10.5, leading=22, alignment=0),
    }


def qr_drawing(payload: str, size: float = QR_SIZE) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M", barBorder=1)
    x0, y0, x1, y1 = widget.getBounds()
    w, h = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    drawing.add(widget)
    return drawing


def _footer_canvas(*, title: str, doc_no: str, digest: str, kind: str, font: str) -> type:
    """A Canvas class that defers pages and stamps header and footer on save()."""
    payload = qr_payload(kind=kind, document_no=doc_no, digest=digest)

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._stamp(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _stamp(self, number: int, total: int) -> None:
            self.saveState()
            top = PAGE_H - MARGIN_TOP + 0.55 * cm
            self.setFont(font, 8)
            self.setFillColor(INK_GREY)
            self.drawString(MARGIN_X, top + 2, title)
            self.drawRightString(PAGE_W - MARGIN_X, top + 2, f"编号：{doc_no}")
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2, PAGE_W - MARGIN_X, top - 2)
            base = 0.9 * cm
            line_y = base + QR_SIZE + 0.1 * cm
            self.line(MARGIN_X, line_y, PAGE_W - MARGIN_X, line_y)
            self.setFillColor(colors.black)
            self.setFont(font, 7.5)
            self.drawString(MARGIN_X, line_y - 0.45 * cm, f"{title}　编号：{doc_no}")
            self.setFont("Courier", 6.6)
            self.drawString(MARGIN_X, line_y - 0.85 * cm, f"SHA-256: {digest}")
            self.setFont(font, 6.5)
            self.setFillColor(INK_GREY)
            self.drawString(MARGIN_X, line_y - 1.25 * cm,
                            "内容校验码：可扫描右侧二维码或以 workstation verify-document 核对本文件与存档记录是否一致。")
            self.setFillColor(colors.black)
            self.setFont(font, 9)
            self.drawRightString(PAGE_W - MARGIN_X - QR_SIZE - 0.3 * cm, base + 0.2 * cm,
                                 f"第 {number} 页 共 {total} 页")
            if number == 1:
                self.beginForm("qrfooter")
                renderPDF.draw(qr_drawing(payload), self, 0, 0)
                self.endForm()
            self.translate(PAGE_W - MARGIN_X - QR_SIZE, base)
            self.doForm("qrfooter")
            self.restoreState()

    return FooterCanvas


def build_pdf(story: list, *, data: Any, title: str, font: CJKFont, author: str = "") -> bytes:
    """Lay out ``story`` on A4 with header/footer; deterministic bytes (invariant=1)."""
    digest = content_hash(data)
    doc_no = data.document_no
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{title} {doc_no}", author=author or "workstation", subject=SUBJECT_PREFIX + digest,
        keywords=f"DOCNO:{doc_no} KIND:{data.kind}", creator="workstation documents",
        invariant=1, lang="zh-CN",
    )
    maker = _footer_canvas(title=title, doc_no=doc_no, digest=digest, kind=data.kind,
                           font=font.name)
    doc.build(story, canvasmaker=maker)
    return buf.getvalue()


def resolve_font(font: CJKFont | None) -> CJKFont:
    return font if font is not None else cjk_font()


def grid_table(rows: Sequence[Sequence[Any]], *, font: str, widths: Sequence[float],
               numeric_cols: Sequence[int] = (), font_size: float = 8.5,
               header_rows: int = 1, total_row: bool = False) -> Table:
    """A ruled table; the header row repeats on every page it spans."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows)
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 3),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for col in numeric_cols:
        cmds.append(("ALIGN", (col, header_rows), (col, -1), "RIGHT"))
    if total_row:
        cmds.append(("BACKGROUND", (0, -1), (-1, -1), HEAD_BG))
    table.setStyle(TableStyle(cmds))
    return table


def kv_table(pairs: Sequence[tuple[str, str]], *, font: str, widths: Sequence[float],
             columns: int = 1) -> Table:
    """Label/value pairs in ruled cells; values wrap (long company names)."""
    st = styles(font)
    cells = [(Paragraph(esc(k), st["cell"]), Paragraph(esc(v), st["cell"])) for k, v in pairs]
    rows = []
    for i in range(0, len(cells), columns):
        row: list[Any] = []
        for label, value in cells[i:i + columns]:
            row += [label, value]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = Table(rows, colWidths=list(widths))
    cmds: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for c in range(0, 2 * columns, 2):
        cmds.append(("BACKGROUND", (c, 0), (c, -1), HEAD_BG))
    table.setStyle(TableStyle(cmds))
    return table


CONTENT_W = PAGE_W - 2 * MARGIN_X
