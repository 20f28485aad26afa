"""Shared page furniture: styles, the page-numbering canvas with its footer, tables.

Every page carries a header (document title and number), and a footer with the
content hash, a QR code (``WSDOC|kind|number|sha256``) and 第 X 页 共 Y 页. The total
page count is known because the canvas holds each page back until ``save()``.
"""
from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from collections.abc import Sequence
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil
from reportlab import rl_config
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
SEAM_KINDS = {"contract": "借款合同", "guarantee": "联保协议"}    # signed instruments: a page-joining mark


SAMPLE_MARK = "样本"
DRAFT_MARK = "草稿"
DRAFT_NOTE = "草稿：未经签署，仅供阅读，不是已签署的合同正本，不能据此核验为签署原件"
_WATERMARK: ContextVar[str] = ContextVar("watermark", default="")


@contextmanager
def watermark(text: str) -> Iterator[None]:
    """Documents built inside carry ``text`` across every page (the demo's 样本)."""
    token = _WATERMARK.set(text)
    try:
        yield
    finally:
        _WATERMARK.reset(token)


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


BOLD_STROKE = 0.32    # pt: the outline that thickens a regular CJK face into a printed bold


class BoldParagraph(Paragraph):
    """A paragraph printed bold with any TrueType face: text render mode 2 (fill and
    stroke) with a thin black outline. Most CJK fonts ship one weight only, and a
    synthesised bold prints as bold on paper and screen alike; text stays searchable."""

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (reportlab API)
        canvas.saveState()
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(BOLD_STROKE)
        canvas.addLiteral("2 Tr")
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            canvas.addLiteral("0 Tr")
            canvas.restoreState()


_RUN5 = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"


def _mask_penalty(modules: list[list[bool]]) -> int:
    """reportlab's ``QRUtil.getLostPoint``, same rules and quirks, ~10x faster.

    Runs of 5+ alike (len-2 each), 2x2 blocks (3 each), finder-like 1011101 0000
    (40 each, rows only, as reportlab scans it), dark-module balance (10 per 5% off 50%).
    """
    n = len(modules)
    rows = ["".join("1" if v else "0" for v in row) for row in modules]
    cols = ["".join(col) for col in zip(*rows)]
    score = 0
    for line in rows + cols:
        for m in _RUN5.finditer(line):
            score += m.end() - m.start() - 2
    for a, b in zip(rows, rows[1:]):
        for i in range(n - 1):
            if a[i] == a[i + 1] == b[i] == b[i + 1]:
                score += 3
    limit = n - len(_FINDER_LIKE)
    for line in rows:  # reportlab's column scan compares a tuple to a list: never scores
        j = line.find(_FINDER_LIKE)
        while 0 <= j < limit:
            score += 40
            j = line.find(_FINDER_LIKE, j + len(_FINDER_LIKE))
    dark = sum(r.count("1") for r in rows)
    return score + 10 * (abs(100 * dark // (n * n) - 50) // 5)


def qr_modules(payload: str) -> list[list[bool]]:
    """QR code modules from reportlab's encoder: error correction M, best mask.

    The mask is chosen as ``QRCode.make()`` would choose it, with a faster scorer
    (the encoder's own scoring was half the time of rendering a statement).
    """
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    # In test mode the function patterns do not depend on the mask, so each masked
    # matrix is the mask-0 matrix with some data modules flipped: one encode, not eight.
    code.makeImpl(True, 0)
    base = [[bool(m) for m in row] for row in code.modules]
    best, best_score = 0, _mask_penalty(base)
    for k, flips in enumerate(_mask_flips(code.version), start=1):
        trial = [row[:] for row in base]
        for row, col in flips:
            trial[row][col] = not trial[row][col]
        score = _mask_penalty(trial)
        if score < best_score:
            best, best_score = k, score
    code.makeImpl(False, best)
    return [[bool(m) for m in row] for row in code.modules]


@lru_cache(maxsize=None)
def _mask_flips(version: int) -> tuple[tuple[tuple[int, int], ...], ...]:
    """For masks 1..7: the data modules whose mask bit differs from mask 0's."""
    probe = QRCode(version, QRErrorCorrectLevel.M)
    probe.moduleCount = version * 4 + 17
    positions = probe.dataPosIterator()
    mask0 = QRUtil.getMask(0)
    out = []
    for k in range(1, 8):
        mask = QRUtil.getMask(k)
        out.append(tuple((r, c) for c, r in positions if mask0(r, c) != mask(r, c)))
    return tuple(out)


def draw_qr(canv: Canvas, modules: list[list[bool]], *, x: float, y: float, size: float) -> None:
    """Dark modules as one filled path of horizontal runs, in module units.

    reportlab's QrCodeWidget builds one shape object per run and re-encodes on every
    draw; that alone cost more than the rest of a one-page statement.
    """
    n = len(modules)
    border = 1
    box = size / (n + 2 * border)
    ops = []
    for r, row in enumerate(modules):
        bottom = n + border - 1 - r
        c = 0
        for dark, run in itertools.groupby(row):
            k = len(list(run))
            if dark:
                ops.append(f"{c + border} {bottom} {k} 1 re")
            c += k
    canv.saveState()
    canv.translate(x, y)
    canv.scale(box, box)                      # 1 unit = 1 module: integer coordinates
    canv.setFillColor(colors.black)
    canv.addLiteral("\n".join(ops) + "\nf")
    canv.restoreState()


# the header and footer's own words: borrower documents are Chinese; an internal report
# printed from the English desk (its data says zh=False) has them in English
STAMP_WORDS = {
    "zh": {"no": "编号：{}", "page": "第 {} 页 共 {} 页", "sep": "　",
           "check": "内容校验码：可扫描右侧二维码或以 workstation verify-document 核对本文件与存档记录是否一致。"},
    "en": {"no": "No. {}", "page": "Page {} of {}", "sep": "   ",
           "check": "Content check: scan the QR code on the right or run workstation verify-document to compare "
                    "this file with the stored record."},
}


def _footer_canvas(*, title: str, doc_no: str, digest: str, kind: str, font: str, mark: str = "",
                   draft: bool = False, lang: str = "zh") -> type:
    """A Canvas class that defers pages and stamps header and footer on save()."""
    payload = qr_payload(kind=kind, document_no=doc_no, digest=digest)
    words = STAMP_WORDS[lang]

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
            if mark:
                self._mark()
            if draft:
                self._draft()
            if kind in SEAM_KINDS:
                self._seam(number, total)
            self.saveState()
            top = PAGE_H - MARGIN_TOP + 0.55 * cm
            self.setFont(font, 8)
            self.setFillColor(INK_GREY)
            self.drawString(MARGIN_X, top + 2, title)
            self.drawRightString(PAGE_W - MARGIN_X, top + 2, words["no"].format(doc_no))
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2, PAGE_W - MARGIN_X, top - 2)
            base = 0.9 * cm
            line_y = base + QR_SIZE + 0.25 * cm
            self.line(MARGIN_X, line_y, PAGE_W - MARGIN_X, line_y)
            self.setFillColor(colors.black)
            self.setFont(font, 7.5)
            self.drawString(MARGIN_X, line_y - 0.45 * cm, title + words["sep"] + words["no"].format(doc_no))
            self.setFont("Courier", 6.6)
            self.drawString(MARGIN_X, line_y - 0.85 * cm, f"SHA-256: {digest}")
            self.setFont(font, 6.5)
            self.setFillColor(INK_GREY)
            self.drawString(MARGIN_X, line_y - 1.25 * cm, words["check"])
            self.setFillColor(colors.black)
            self.setFont(font, 9)
            self.drawRightString(PAGE_W - MARGIN_X - QR_SIZE - 0.3 * cm, base + 0.2 * cm,
                                 words["page"].format(number, total))
            if number == 1:
                self.beginForm("qrfooter")
                draw_qr(self, qr_modules(payload), x=0, y=0, size=QR_SIZE)
                self.endForm()
            self.translate(PAGE_W - MARGIN_X - QR_SIZE, base)
            self.doForm("qrfooter")
            self.restoreState()

        def _seam(self, number: int, total: int) -> None:
            """The page-joining line (骑缝) on the outer edge: the document number and the
            page on every page, where the seal is struck across the stacked pages."""
            self.saveState()
            self.setFont(font, 7)
            self.setFillColor(INK_GREY)
            self.translate(PAGE_W - 0.75 * cm, PAGE_H / 2)
            self.rotate(90)
            self.drawCentredString(0, 0, f"骑缝　{SEAM_KINDS[kind]}　编号：{doc_no}　第 {number} 页 共 {total} 页")
            self.setStrokeColor(GRID)
            self.setDash(2, 2)
            self.setLineWidth(0.4)
            self.line(-PAGE_H / 2 + 2 * cm, -0.2 * cm, PAGE_H / 2 - 2 * cm, -0.2 * cm)
            self.restoreState()

        def _mark(self) -> None:
            """The watermark: large, light, diagonal, over the page's text."""
            self.saveState()
            self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
            self.translate(PAGE_W / 2, PAGE_H / 2)
            self.rotate(35)
            self.setFont(font, 120)
            self.drawCentredString(0, -20, mark)
            self.setFont("Helvetica-Bold", 40)
            self.drawCentredString(0, -90, "SAMPLE")
            self.restoreState()

        def _draft(self) -> None:
            """A draft (草稿) on every page: a red line under the header and a large
            diagonal mark, so no page of it passes for a signed original."""
            self.saveState()
            self.setFillColor(colors.Color(0.75, 0.1, 0.1))
            self.setFont(font, 9)
            self.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN_TOP + 0.05 * cm, DRAFT_NOTE)
            self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.14))
            self.translate(PAGE_W / 2, PAGE_H * (0.74 if mark else 0.5))    # clear of the 样本 mark
            self.rotate(35)
            self.setFont(font, 110 if mark else 130)
            self.drawCentredString(0, -20, DRAFT_MARK)
            self.restoreState()

    return FooterCanvas


def build_pdf(story: list, *, data: Any, title: str, font: CJKFont, author: str = "") -> bytes:
    """Lay out ``story`` on A4 with header/footer; deterministic bytes (invariant=1)."""
    digest = content_hash(data)
    doc_no = data.document_no
    draft = bool(getattr(data, "draft", False))
    if draft:
        title = f"{title}（{DRAFT_MARK}）"
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{title} {doc_no}", author=author or "workstation", subject=SUBJECT_PREFIX + digest,
        keywords=f"DOCNO:{doc_no} KIND:{data.kind}", creator="workstation documents",
        invariant=1, lang="en" if getattr(data, "zh", True) is False else "zh-CN",
    )
    maker = _footer_canvas(title=title, doc_no=doc_no, digest=digest, kind=data.kind,
                           font=font.name, mark=_WATERMARK.get(), draft=draft,
                           lang="en" if getattr(data, "zh", True) is False else "zh")
    with _binary_streams():
        doc.build(story, canvasmaker=maker)
    return buf.getvalue()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer (reportlab's default adds it).

    Binary streams are ~20% smaller and skip a pure-Python encoder when reportlab's
    C accelerator is not installed. ``rl_config`` is process-global, so the old
    value is put back at once (reportlab is not thread-safe anyway).
    """
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def resolve_font(font: CJKFont | None) -> CJKFont:
    return font if font is not None else cjk_font()


def grid_table(rows: Sequence[Sequence[Any]], *, font: str, widths: Sequence[float],
               numeric_cols: Sequence[int] = (), font_size: float = 8.5,
               header_rows: int = 1, total_row: bool = False,
               center_cols: Sequence[int] = ()) -> Table:
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
    for col in center_cols:
        cmds.append(("ALIGN", (col, header_rows), (col, -1), "CENTER"))
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
