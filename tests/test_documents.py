"""Borrower documents: text extracted from the PDFs, determinism, layout, integrity."""
from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from workstation.documents import (FooterMismatch, cjk_font, content_hash, extract_footer_hash,
                                   read_footer, render, render_approval_memo, render_contract,
                                   render_decline_notice, render_guarantee_agreement,
                                   render_schedule, render_settlement, render_statement)
from workstation.documents import fonts as fonts_mod
from workstation.documents import samples as S
from workstation.documents.integrity import canonical_json, parse_qr_payload, qr_payload
from workstation.domain.money import fmt, money, to_chinese_upper

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(params=["system", "cid"])
def font(request):
    return cjk_font(force_fallback=request.param == "cid")


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text without whitespace: table cells and wrapped lines break anywhere."""
    return re.sub(r"\s+", "", text)


def assert_page_numbers(texts: list[str]) -> None:
    total = len(texts)
    for i, t in enumerate(texts, start=1):
        assert f"第{i}页共{total}页" in flat(t), f"page {i} lacks its number"


# ---------------------------------------------------------------- contract

def test_contract_states_terms_parties_and_schedule(font):
    d = S.contract()
    texts = pages(render_contract(d, font=font))
    assert_page_numbers(texts)
    all_text = flat("".join(texts))
    assert "借款合同" in all_text and "合同编号：ALXD-2026-000123" in all_text
    assert "¥300,000.00" in all_text and "叁拾万元整" in all_text
    assert to_chinese_upper(d.amount) == "叁拾万元整"
    # daily rate and annualised rate stated together in one clause
    assert "日利率为0.0600%，年化利率为23.87%" in all_text
    assert "0.0900%" in all_text and "1.5倍" in all_text
    b, lender = d.borrower, d.lender
    for needle in (b.company, b.credit_code, b.legal_rep_name, b.legal_rep_id_no, lender.name,
                   lender.licence_no, lender.regulator, "2026年3月15日", "2027年3月15日", "等额本息",
                   "提前还款", "加速到期", "通知与送达", "争议解决", "盖章"):
        assert flat(needle) in all_text, needle
    for row in d.schedule:
        assert f"{row.period}{row.due_date.isoformat()}{fmt(row.principal)}{fmt(row.interest)}" \
               f"{fmt(row.payment)}{fmt(row.balance)}" in all_text
    total_interest = sum((r.interest for r in d.schedule), Decimal("0.00"))
    assert f"合计{fmt(d.amount)}{fmt(total_interest)}" in all_text


def test_same_input_same_bytes_and_new_input_new_hash(font):
    d = S.contract()
    assert render_contract(d, font=font) == render_contract(d, font=font)
    changed = dataclasses.replace(d, amount=money("300000.01"))
    assert content_hash(changed) != content_hash(d)
    assert render_contract(changed, font=font) != render_contract(d, font=font)


def test_markup_characters_in_names_are_printed_literally():
    d = S.contract()
    d = dataclasses.replace(d, borrower=dataclasses.replace(d.borrower, company="A&B <杭州> 贸易有限公司"),
                            purpose="采购 <b>货物</b> & 周转")
    t = flat("".join(pages(render_contract(d))))
    assert "A&B<杭州>贸易有限公司" in t and "采购<b>货物</b>&周转" in t


def test_same_bytes_in_a_fresh_process():
    code = ("import hashlib,sys;from workstation.documents import samples as S, render_contract;"
            "sys.stdout.write(hashlib.sha256(render_contract(S.contract())).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout
    import hashlib
    assert out == hashlib.sha256(render_contract(S.contract())).hexdigest()


# ---------------------------------------------------------------- layout

def _schedule_pairs(text: str) -> list[tuple[int, str]]:
    return [(int(p), dt) for p, dt in re.findall(r"(?m)^\s*(\d{1,3})\s+(\d{4}-\d{2}-\d{2})", text)]


def test_360_installments_break_pages_cleanly(font):
    d = S.contract(months=360, long_name=True)
    texts = pages(render_contract(d, font=font))
    assert len(texts) > 8
    assert_page_numbers(texts)
    first = next(i for i, t in enumerate(texts) if "附件：还款计划表" in flat(t))
    pairs: list[tuple[int, str]] = []
    for t in texts[first:]:
        assert "期数还款日应还本金应还利息应还合计剩余本金" in flat(t)  # header on every page
        assert "SHA-256" in t
        pairs += _schedule_pairs(t)
    assert [p for p, _ in pairs] == list(range(1, 361))        # each period exactly once, in order
    assert [dt for _, dt in pairs] == [r.due_date.isoformat() for r in d.schedule]
    assert flat(S.LONG_NAME) in flat(texts[0])                  # long name wrapped, not cut


def test_schedule_document_360_rows_every_page_has_header(font):
    d = S.schedule_doc(months=360, long_name=True)
    texts = pages(render_schedule(d, font=font))
    assert_page_numbers(texts)
    for t in texts:
        assert "期数还款日应还本金" in flat(t)
    pairs = [p for t in texts for p in _schedule_pairs(t)]
    assert [p for p, _ in pairs] == list(range(1, 361))
    all_text = flat("".join(texts))
    assert "年化利率23.87%" in all_text and "已还" in all_text and "未到期" in all_text


# ---------------------------------------------------------------- other documents

def test_guarantee_names_every_member_and_joint_liability(font):
    d = S.guarantee()
    texts = pages(render_guarantee_agreement(d, font=font))
    assert_page_numbers(texts)
    all_text = flat("".join(texts))
    assert "联保协议" in all_text and "连带责任保证" in all_text and d.group_name in all_text
    total = sum((m.loan_amount for m in d.members), Decimal("0.00"))
    assert to_chinese_upper(total) in all_text and f"共{len(d.members)}户" in all_text
    for m in d.members:
        for needle in (m.company, m.legal_rep, m.legal_rep_id_no, m.contract_no,
                       fmt(m.loan_amount), fmt(m.liability_amount)):
            assert flat(needle) in all_text, needle
        assert all_text.count(flat(f"法定代表人（签字）：{m.legal_rep}")) == 1


def test_statement_balances_lines_next_due(font):
    d = S.statement(3)
    texts = pages(render_statement(d, font=font))
    assert_page_numbers(texts)
    t = flat("".join(texts))
    assert "对账期间：2026年11月1日至2026年11月30日" in t
    assert f"贷款本金余额{fmt(d.opening_principal)}{fmt(d.closing_principal)}" in t
    for ln in d.lines:
        assert (f"{ln.when.isoformat()}{ln.kind_zh}{fmt(ln.amount)}{fmt(ln.principal)}"
                f"{fmt(ln.interest)}{fmt(ln.penalty)}{fmt(ln.balance_after)}") in t
    assert "下期应还：2026年12月15日，应还金额¥28,580.00" in t
    assert "无逾期款项" in t


def test_statement_shows_overdue_amounts_and_days():
    d = dataclasses.replace(S.statement(4), overdue_principal=money("24800.00"),
                            overdue_interest=money("4200.00"), overdue_penalty=money("65.10"),
                            overdue_days=17, next_due_date=None, next_due_amount=None)
    t = flat("".join(pages(render_statement(d))))
    assert "逾期本金¥24,800.00" in t and "罚息¥65.10" in t and "合计¥29,065.10" in t
    assert "已逾期17天" in t and "下期应还：无" in t and "无逾期款项" not in t


def test_settlement_certificate(font):
    d = S.settlement()
    t = flat("".join(pages(render_settlement(d, font=font))))
    assert "结清证明" in t and "已全部结清" in t and d.contract_no in t
    assert to_chinese_upper(d.total_paid) in t and "叁拾叁万柒仟伍佰叁拾贰元玖角肆分" in t
    assert f"合计{fmt(d.total_paid)}" in t and f"已还罚息{fmt(d.penalty_paid)}" in t
    assert "2027年3月15日" in t and "第1页共1页" in t


def test_approval_memo_scores_checks_interview_signoffs(font):
    d = S.memo()
    texts = pages(render_approval_memo(d, font=font))
    assert_page_numbers(texts)
    t = flat("".join(texts))
    for f in d.factors:
        assert flat(f"{f.name}{f.value}{f.points}") in t
    for c in d.policy_checks:
        assert flat(f"{c.name}通过{c.reason}") in t
    assert "总分185" in t and "评级A2" in t and "1.35%" in t and "¥300,000.00" in t
    assert "日利率0.0600%；年化利率23.87%" in t
    assert "信贷员周敏2026年3月11日16:20推荐" in t and "审批主管孙立军2026年3月12日10:03同意" in t
    assert flat(d.interview.checklist_summary) in t and flat(d.inconsistencies[0]) in t


def test_memo_without_interview_or_signoffs_says_so():
    d = dataclasses.replace(S.memo(), interview=None, recommendation=None, signoffs=(), inconsistencies=())
    t = flat("".join(pages(render_approval_memo(d))))
    assert "尚未进行视频面谈" in t and "尚未提出审批建议" in t and "尚无签署" in t and "未发现不一致" in t


def test_decline_notice_gives_reasons_and_right_to_explanation(font):
    d = S.decline()
    t = flat("".join(pages(render_decline_notice(d, font=font))))
    assert "宁波海曙星辰电子商务有限公司" in t and "SQ-2026-004999" in t and "¥500,000.00" in t
    for i, reason in enumerate(d.reasons, start=1):
        assert flat(f"{i}.{reason}") in t
    assert "30日内" in t and "进一步说明" in t and "感谢" in t


def test_render_dispatches_on_kind():
    for d in (S.contract(), S.guarantee(), S.schedule_doc(), S.statement(), S.settlement(),
              S.memo(), S.decline()):
        assert extract_footer_hash(render(d)) == content_hash(d)


# ---------------------------------------------------------------- integrity

def test_content_hash_is_canonical_and_refuses_floats():
    d = S.statement(1)
    assert content_hash(d) == content_hash(S.statement(1))
    text = canonical_json(d)
    assert '"loan_amount":"300000.00"' in text and '"period_from":"2026-11-01"' in text
    assert '"__kind__":"statement"' in text
    with pytest.raises(TypeError):
        content_hash(dataclasses.replace(d, loan_amount=300000.0))


def test_footer_hash_in_metadata_and_on_every_page():
    d = S.contract(months=36)
    pdf = render_contract(d)
    digest = content_hash(d)
    info = read_footer(pdf)
    assert info.content_hash == digest and info.document_no == d.contract_no
    texts = pages(pdf)
    assert all(f"SHA-256: {digest}" in t for t in texts)
    # without the metadata the printed footer still answers
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.add_metadata({"/Subject": "", "/Keywords": ""})
    out = io.BytesIO()
    writer.write(out)
    assert extract_footer_hash(out.getvalue()) == digest


def test_tampered_metadata_is_reported():
    pdf = render_statement(S.statement(2))
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Subject": "SHA-256:" + "0" * 64})
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(FooterMismatch):
        extract_footer_hash(out.getvalue())


def test_foreign_pdf_has_no_footer_hash():
    from reportlab.pdfgen.canvas import Canvas
    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(100, 700, "hello")
    c.save()
    assert extract_footer_hash(buf.getvalue()) is None
    assert extract_footer_hash(b"not a pdf") is None


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_qr_code_drawn_matches_encoder(tmp_path):
    """Sample the printed QR module grid and compare with the encoded payload."""
    from PIL import Image

    from workstation.documents.layout import MARGIN_X, PAGE_H, PAGE_W, QR_SIZE, qr_modules
    d = S.statement(5)
    pdf_path = tmp_path / "s.pdf"
    pdf_path.write_bytes(render_statement(d))
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf_path),
                    str(tmp_path / "s")], check=True)
    img = Image.open(tmp_path / "s.png").convert("L")
    scale = 300 / 72
    modules = qr_modules(qr_payload(kind="statement", document_no=d.contract_no, digest=content_hash(d)))
    n = len(modules)
    box = QR_SIZE / (n + 2)
    x0 = PAGE_W - MARGIN_X - QR_SIZE
    top = PAGE_H - (0.9 * 72 / 2.54 + QR_SIZE)       # QR sits 0.9 cm above the page bottom
    seen = [[img.getpixel((int((x0 + (c + 1.5) * box) * scale), int((top + (r + 1.5) * box) * scale))) < 128
             for c in range(n)] for r in range(n)]
    assert seen == modules


def test_qr_modules_equal_reportlab_encoder_and_payload_round_trips():
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    from workstation.documents.layout import qr_modules
    digest = content_hash(S.contract())
    for doc_no in ("ALXD-2026-000123", "合同-2026/7:甲", "x" * 40):
        payload = qr_payload(kind="contract", document_no=doc_no, digest=digest)
        assert parse_qr_payload(payload) == ("contract", doc_no, digest)
        ref = QRCode(None, QRErrorCorrectLevel.M)
        ref.addData(payload)
        ref.make()
        assert qr_modules(payload) == [[bool(m) for m in row] for row in ref.modules]
    assert parse_qr_payload("hello") is None


# ---------------------------------------------------------------- fonts

def test_fallback_font_is_cid_and_extracts_chinese():
    f = cjk_font(force_fallback=True)
    assert f.name == "STSong-Light" and not f.embedded
    pdf = render_settlement(S.settlement(), font=f)
    assert b"STSong-Light" in pdf and b"FontFile2" not in pdf
    assert "结清证明" in pages(pdf)[0]


def test_env_var_forces_fallback(monkeypatch):
    monkeypatch.setenv(fonts_mod.ENV_VAR, "cid")
    assert cjk_font().name == "STSong-Light"


def test_system_font_is_embedded_when_one_is_installed():
    f = cjk_font()
    if not fonts_mod._candidates() or not f.embedded:
        pytest.skip("no TrueType-outline CJK font on this machine")
    pdf = render_statement(S.statement(), font=f)
    assert b"FontFile2" in pdf
    assert "还款对账单" in pages(pdf)[0]


def test_cff_outline_fonts_are_refused_not_used():
    noto = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    if not noto.exists():
        pytest.skip("Noto Sans CJK not installed")
    assert fonts_mod.try_load(noto, 2) is None
    with pytest.warns(RuntimeWarning):
        assert fonts_mod._resolve(f"{noto}#2").path != str(noto)   # falls through to the search


def test_amounts_sample_dates_are_dates():
    # guard the samples the tests rely on: real dates and Decimals, no floats
    d = S.contract()
    assert isinstance(d.start_date, date) and isinstance(d.amount, Decimal)
    assert sum((r.principal for r in d.schedule), Decimal("0.00")) == d.amount


def test_env_var_names_a_font_file(monkeypatch):
    chosen = cjk_font()
    if not chosen.embedded:
        pytest.skip("no embeddable CJK font on this machine")
    monkeypatch.setenv(fonts_mod.ENV_VAR, f"{chosen.path}#{chosen.subfont_index}")
    assert cjk_font().path == chosen.path and cjk_font().embedded


def test_documents_package_imports_neither_qt_nor_the_database():
    code = ("import sys, workstation.documents, workstation.documents.render;"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','sqlalchemy','workstation')"
            " and not m.startswith(('workstation.documents','workstation.domain')) and m != 'workstation'];"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
