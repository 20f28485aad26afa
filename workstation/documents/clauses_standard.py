"""The form of a contract that holds up (Civil Code art. 496, PIPL art. 13-14, the
credit-reporting rules): standard terms printed bold and underlined with a notice on
page 1 asking the borrower to read them; the articles every contract carries whatever
its figures (personal-information processing and credit-file query authorisation with
their own consent line, assignment, complaints); the signature page's 本页无正文 line.

``documents/contract.py`` (and the guarantee agreement) call in here; the figure-bearing
articles stay there. A paragraph is a standard term when it is a ``StandardTerm`` (wrap
it with ``std(...)``) or when its article's heading names one of ``STANDARD_TOPICS``.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .layout import CONTENT_W, BoldParagraph, esc, styles

# an article whose heading names one of these is a standard term (格式条款) as a whole:
# penalty, acceleration, limits of liability, dispute resolution, personal information
STANDARD_TOPICS = ("罚息", "违约", "加速到期", "责任", "争议", "个人信息", "征信")
SIGNATURE_PAGE_LINE = "（本页无正文，为{title}签署页）"
NOTICE = ("特别提示：本{title}中以<u>加粗及下划线</u>标示的条款为格式条款，涉及逾期罚息、违约及加速到期、"
          "责任限制、争议解决、个人信息处理及征信查询授权等与借款人有重大利害关系的内容。"
          "请借款人在签署前仔细阅读、充分理解；如有疑问，请向贷款人咨询，贷款人将予以说明。")
_DIGITS = "零一二三四五六七八九"


MASKED_COPY_NOTE = "遮蔽副本：本件身份证号码、电话号码已部分隐藏，仅供查阅，不作为签署原件使用。"


def masked_copy_note(font: str) -> list:
    """The line under the title of a masked copy."""
    return [BoldParagraph(MASKED_COPY_NOTE, styles(font)["small"])]


class StandardTerm(str):
    """A clause paragraph that is a standard term: printed bold and underlined."""


def std(text: str) -> StandardTerm:
    return StandardTerm(text)


def is_standard(heading: str, paragraph: str) -> bool:
    return isinstance(paragraph, StandardTerm) or any(t in heading for t in STANDARD_TOPICS)


def is_sole_proprietor(borrower: Any) -> bool:
    """个体工商户: credit code class 92 (a company's is 91)."""
    return str(getattr(borrower, "credit_code", "") or "").startswith("92")


def signer_role(borrower: Any) -> str:
    """Who signs for the borrower: a company's 法定代表人, a sole proprietor's 经营者."""
    return "经营者" if is_sole_proprietor(borrower) else "法定代表人"


def borrower_sign_text(borrower: Any, date_text: str) -> str:
    """The borrower's signature cell: a company seals and its legal representative
    signs; a sole proprietor's operator signs personally and adds a fingerprint."""
    name = esc(borrower.legal_rep_name)
    if is_sole_proprietor(borrower):
        return (f"借款人（个体工商户）：{esc(borrower.company)}<br/><br/>经营者（本人签字并按手印）：{name}"
                f"<br/><br/>________________________　指印：<br/>日期：{date_text}")
    return (f"借款人（盖章）：{esc(borrower.company)}<br/><br/>法定代表人（签字）：{name}"
            f"<br/><br/>________________________<br/>日期：{date_text}")


def article_no(n: int) -> str:
    """1 -> 一, 12 -> 十二, 20 -> 二十, 23 -> 二十三 (article numbers up to 99)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def clause_paragraphs(heading: str, paragraphs: list[str], font: str) -> list:
    """The flowables of one article's paragraphs, standard terms bold and underlined."""
    st = styles(font)
    out: list = []
    for p in paragraphs:
        if is_standard(heading, p):
            out.append(BoldParagraph(f"<u>{p}</u>", st["body"]))
        else:
            out.append(Paragraph(p, st["body"]))
    return out


def front_notice(font: str, *, title: str = "合同") -> list:
    """The bold notice on page 1 asking the borrower to read the standard terms."""
    st = styles(font)
    box = Table([[BoldParagraph(NOTICE.format(title=title), st["body"])]], colWidths=[CONTENT_W])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "#000000"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                             ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7)]))
    return [box, Spacer(1, 0.25 * cm)]


def signature_page_head(font: str, *, title: str = "借款合同") -> Paragraph:
    """The first line of a signature page that holds no clause text."""
    st = styles(font)
    return Paragraph(SIGNATURE_PAGE_LINE.format(title=title), st["subtitle"])


def pi_texts(*, borrower: Any) -> list[str]:
    """The personal-information processing and credit-file query authorisation (its
    article is a standard term; the separate consent line follows it)."""
    role, signer = signer_role(borrower), esc(borrower.legal_rep_name)
    return [
        f"借款人及其{role}（{signer}）同意并授权贷款人为订立、履行本合同及贷后管理之目的，收集、存储、"
        "使用、加工借款人及其本人的身份信息、联系方式、经营及交易信息、账户信息、借款及还款信息；"
        "其中身份证件号码、银行账户、交易记录属于敏感个人信息，处理前已单独告知其必要性及对个人权益的影响。",
        "借款人及上述个人同意并授权贷款人在本合同审查、履行及贷后管理期间，向金融信用信息基础数据库"
        "（中国人民银行征信中心）及其他依法设立的征信机构查询、打印、保存其信用报告，并依法报送本合同项下的"
        "借款、还款及逾期等信息；不良信息报送前，贷款人将依法通知借款人。",
        "贷款人仅在实现上述目的所必需的范围和期限内处理上述信息，采取必要措施保障其安全，不向无关第三方"
        "提供；借款人及上述个人可依法查阅、复制、更正其个人信息，或撤回同意（撤回不影响撤回前已进行的处理，"
        "但可能导致贷款人无法继续提供服务）。本授权自签署之日起至本合同项下债务全部清偿之日止有效。",
    ]


def seal_text(party: str, name: str, seal_name: str = "") -> str:
    """'贷款人（盖章）：name' and, when the seal's name is set, which seal goes beside
    it: '（加盖“××合同专用章”）'."""
    text = f"{party}（盖章）：{esc(name)}"
    return f"{text}<br/>（加盖“{esc(seal_name)}”）" if seal_name else text


def consent_line(font: str, *, signer_role: str, signer: str) -> Table:
    """The separate consent to personal-information processing and credit-file queries
    (PIPL art. 29: sensitive information needs separate consent)."""
    st = styles(font)
    text = (f"<b>单独同意：</b>本人已阅读并同意上述个人信息处理（含敏感个人信息）及征信查询、报送授权。"
            f"<br/>{esc(signer_role)}（签字）：________________（{esc(signer)}）　　日期：______年____月____日")
    box = Table([[BoldParagraph(text, st["sign"])]], colWidths=[CONTENT_W])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, "#000000"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    return box
