"""The form of a real contract (issue 12, points 2, 3, 12): standard terms bold (a
fill-and-stroke rendering that prints as bold) and underlined, a bold notice on page 1,
the signature page marked 本页无正文, the contract number, the page-joining mark and
第 X 页 共 Y 页 on every page; personal-information / credit-file authorisation with a
separate consent line, assignment and complaint articles."""
from __future__ import annotations

import io
import re

import pypdf

from workstation.documents import render, samples
from workstation.documents.clauses_standard import article_no


def bold_and_plain(page) -> tuple[str, str]:
    """The page's text drawn in render mode 2 (fill + stroke: our bold) and the rest."""
    mode = [0]
    bold, plain = [], []

    def before(op, args, cm, tm):
        if op == b"Tr":
            mode[0] = int(args[0])

    def text(t, cm, tm, font, size):
        (bold if mode[0] == 2 else plain).append(t)

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return "".join(bold).replace("\n", ""), "".join(plain).replace("\n", "")


def contract_pages():
    data = samples.contract()
    reader = pypdf.PdfReader(io.BytesIO(render(data)))
    return data, reader.pages


def test_standard_terms_are_bold_and_the_rest_is_not():
    _, pages = contract_pages()
    split = [bold_and_plain(p) for p in pages]
    bold = "".join(b for b, _ in split)
    plain = "".join(p for _, p in split)
    assert "特别提示" in split[0][0]                            # the notice on page 1, bold
    for standard in ("罚息", "宣布本合同项下全部借款提前到期", "提起诉讼", "征信机构查询"):
        assert standard in bold, standard
    for ordinary in ("借款用途", "提前偿还全部或部分借款", "债权转让给第三方"):
        assert ordinary in plain and ordinary not in bold, ordinary


def test_standard_terms_are_underlined():
    data = render(samples.contract())
    reader = pypdf.PdfReader(io.BytesIO(data))
    content = reader.pages[2].get_contents().get_data()
    # reportlab draws <u> as stroked lines inside the bold (2 Tr) sections
    assert b"2 Tr" in content and re.search(rb"\d+(\.\d+)? \d+(\.\d+)? m \d+(\.\d+)? \d+(\.\d+)? l S", content)


def test_every_page_carries_number_seam_and_page_x_of_y():
    data, pages = contract_pages()
    texts = [p.extract_text() for p in pages]
    n = len(texts)
    for i, t in enumerate(texts, start=1):
        assert data.contract_no in t and f"第 {i} 页 共 {n} 页" in t and "骑缝" in t


def test_signature_page_holds_no_clause_text_and_says_so():
    _, pages = contract_pages()
    texts = [p.extract_text() for p in pages]
    sig = [t for t in texts if "（本页无正文，为借款合同签署页）" in t]
    assert len(sig) == 1
    assert "贷款人（盖章）" in sig[0] and not re.search(r"第[一二三四五六七八九十]+条|\d+\.\d+ ", sig[0])


def test_new_articles_with_a_separate_consent_line():
    _, pages = contract_pages()
    text = "".join(p.extract_text() for p in pages).replace("\n", "")
    for heading in ("个人信息处理与征信查询授权", "债权转让", "咨询与投诉"):
        assert re.search(r"第[一二三四五六七八九十]+条 " + heading, text), heading
    assert "单独同意" in text and "法定代表人（签字）：" in text
    assert "客服电话0571-8802 2088" in text


def test_article_numbers():
    assert [article_no(n) for n in (1, 9, 10, 12, 13, 20, 21)] == ["一", "九", "十", "十二", "十三", "二十",
                                                                  "二十一"]
