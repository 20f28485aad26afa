"""How fast are the borrower documents? Prints figures, asserts nothing.

    python benchmarks/documents.py [--statements 1000] [--workers 2]

1. One contract with a 12-month schedule (median of repeated renders, font warm).
2. N monthly statements in a batch on ``--workers`` processes, one PDF file each.
Each is set side by side with the floor: a bare reportlab canvas drawing the same
text (same font, same pages, no layout engine, no tables, no QR code). When
LibreOffice (``soffice``/``libreoffice``) is on PATH, a .docx mail-merge of the same
statements is converted to PDF too: a small sample, extrapolated (and said so).
Targets (issue 6): contract < 100 ms; 1,000 statements < 30 s; within 3x the floor.
"""
from __future__ import annotations

import sys
from pathlib import Path

# run as a script, this folder would come first on sys.path and its queue.py would
# shadow the standard library's queue (multiprocessing needs it): use the repository
sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import io
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import zipfile
from multiprocessing import Pool
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdf  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from workstation.documents import cjk_font, content_hash, render_contract, render_statement  # noqa: E402
from workstation.documents import samples as S  # noqa: E402
from workstation.documents.data import StatementData  # noqa: E402
from workstation.domain.money import fmt  # noqa: E402


def floor_pdf(pages: list[list[str]]) -> bytes:
    """A bare canvas writing the given lines, page by page, in the CJK font."""
    font = cjk_font().name
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for lines in pages:
        y = A4[1] - 60
        c.setFont(font, 9)
        for line in lines:
            c.drawString(57, y, line)
            y -= 12
        c.showPage()
    c.save()
    return buf.getvalue()


def extracted_lines(pdf: bytes) -> list[list[str]]:
    return [(p.extract_text() or "").splitlines() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def statement_lines(d: StatementData) -> list[list[str]]:
    """The statement's text as plain lines (what the floor writes)."""
    lines = ["还款对账单", f"对账期间：{d.period_from} 至 {d.period_to} 出具日期：{d.issue_date}",
             f"合同编号 {d.contract_no} 对账单编号 {d.statement_no}",
             f"借款人 {d.borrower_company} 支付账户 {d.payment_account}",
             f"贷款产品 {d.product_name} 借款金额 {fmt(d.loan_amount)} 日利率 {d.daily_rate}",
             "一、余额", "项目 期初余额 期末余额",
             f"贷款本金余额 {fmt(d.opening_principal)} {fmt(d.closing_principal)}",
             f"应付未付利息 {fmt(d.opening_interest)} {fmt(d.closing_interest)}",
             f"应付未付罚息 {fmt(d.opening_penalty)} {fmt(d.closing_penalty)}",
             "二、本期交易明细", "日期 类型 发生额 本金 利息 罚息 本金余额"]
    lines += [f"{ln.when} {ln.kind_zh} {fmt(ln.amount)} {fmt(ln.principal)} {fmt(ln.interest)} "
              f"{fmt(ln.penalty)} {fmt(ln.balance_after)}" for ln in d.lines]
    lines += ["三、应还与逾期", f"下期应还：{d.next_due_date}，应还金额 {fmt(d.next_due_amount)}。",
              f"逾期情况：截至{d.period_to}，无逾期款项。",
              "如您对本对账单有异议，请于收到之日起十五日内与我司联系。",
              f"还款对账单 编号：{d.contract_no}", f"SHA-256: {content_hash(d)}", "第 1 页 共 1 页"]
    return [lines]


# ------------------------------------------------------------------ batch workers

def _warm() -> None:
    render_statement(S.statement(0))


def _one_statement(job: tuple[int, str]) -> float:
    """Render and write one statement; returns the CPU seconds it took."""
    i, out = job
    t = time.process_time()
    pdf = render_statement(S.statement(i))
    Path(out, f"statement_{i:05d}.pdf").write_bytes(pdf)
    return time.process_time() - t


def _one_floor(job: tuple[int, str]) -> float:
    i, out = job
    t = time.process_time()
    pdf = floor_pdf(statement_lines(S.statement(i)))
    Path(out, f"floor_{i:05d}.pdf").write_bytes(pdf)
    return time.process_time() - t


def batch(fn, *, n: int, workers: int) -> tuple[float, float]:
    """(wall seconds for the whole batch, CPU seconds summed over the items)."""
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        with Pool(workers, initializer=_warm) as pool:
            cpu = sum(pool.imap_unordered(fn, [(i, out) for i in range(n)], chunksize=16))
        return time.perf_counter() - t, cpu


# ------------------------------------------------------------------ LibreOffice

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
       '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
       'document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx_bytes(lines: list[str]) -> bytes:
    """A minimal .docx: one paragraph per line (what a mail-merge produces)."""
    body = "".join(f'<w:p><w:r><w:rPr><w:rFonts w:eastAsia="SimSun"/></w:rPr><w:t xml:space="preserve">'
                   f"{escape(line)}</w:t></w:r></w:p>" for line in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.'
           f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" '
           'w:h="16838"/></w:sectPr></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def libreoffice(sample: int) -> float | None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        files = []
        for i in range(sample):
            p = Path(d, f"st_{i:04d}.docx")
            p.write_bytes(docx_bytes(statement_lines(S.statement(i))[0]))
            files.append(str(p))
        profile = Path(d, "profile").as_uri()
        t = time.perf_counter()
        subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(Path(d, "out")), *files], check=True, capture_output=True)
        return time.perf_counter() - t


# ------------------------------------------------------------------ main

def timed(fn, repeat: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of ``repeat`` calls."""
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--statements", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--lo-sample", type=int, default=20)
    args = ap.parse_args()

    t = time.perf_counter()
    font = cjk_font()
    print(f"font: {font.describe()}  (search+load {1000 * (time.perf_counter() - t):.0f} ms, once per process)")
    print(f"cpus: {os.cpu_count()}, workers: {args.workers}, load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine inflates wall times)\n")

    contract = S.contract(months=12)
    pdf = render_contract(contract)
    lines = extracted_lines(pdf)
    ours, ours_cpu = timed(lambda: render_contract(contract), 20)
    floor, floor_cpu = timed(lambda: floor_pdf(lines), 20)
    print(f"contract, 12-month schedule ({len(lines)} pages, {len(pdf) // 1024} KiB); median of 20")
    print(f"  platypus renderer : {1000 * ours:7.1f} ms wall, {1000 * ours_cpu:6.1f} ms CPU   "
          f"target < 100 ms: {'met' if ours < 0.1 else 'MISSED'}")
    print(f"  bare canvas floor : {1000 * floor:7.1f} ms wall, {1000 * floor_cpu:6.1f} ms CPU   "
          f"ratio {ours / floor:.2f}x wall, {ours_cpu / floor_cpu:.2f}x CPU (target <= 3x)\n")

    n = args.statements
    ours_b, ours_b_cpu = batch(_one_statement, n=n, workers=args.workers)
    floor_b, floor_b_cpu = batch(_one_floor, n=n, workers=args.workers)
    print(f"{n} monthly statements, {args.workers} processes, one file each")
    print(f"  platypus renderer : {ours_b:7.2f} s wall, {1000 * ours_b_cpu / n:5.1f} ms CPU/statement   "
          f"target < 30 s: {'met' if ours_b < 30 else 'MISSED'}")
    print(f"  bare canvas floor : {floor_b:7.2f} s wall, {1000 * floor_b_cpu / n:5.1f} ms CPU/statement   "
          f"ratio {ours_b / floor_b:.2f}x wall, {ours_b_cpu / floor_b_cpu:.2f}x CPU (target <= 3x)")
    lo = libreoffice(args.lo_sample)
    if lo is None:
        print("  LibreOffice       : not installed (soffice/libreoffice not on PATH), skipped")
    else:
        print(f"  LibreOffice .docx : {lo:7.2f} s for {args.lo_sample} (one soffice call, single process); "
              f"extrapolated to {n}: {lo * n / args.lo_sample:.1f} s")


if __name__ == "__main__":
    main()
