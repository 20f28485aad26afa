"""The contract's articles run 第一条..第N条 in order for every product and borrower type,
and every cross-reference points at the article with that content (issue 12, point 5);
the revolving line speaks of 授信额度, 提款申请, expiry, freeze and cancellation, and its
appendix says its interest is a worst case (point 1); the order loan names its orders
and their settlement (point 2); sole proprietors are never drafted as companies (point 6);
the seal's name stands beside 盖章 (point 4)."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pypdf
import pytest

from workstation.documents import samples
from workstation.documents.clauses_standard import article_no
from workstation.documents.contract_articles import articles
from workstation.documents.render import render

NUMERALS = "零一二三四五六七八九十"
ZH_NUM = {article_no(n): n for n in range(1, 60)}


def text_of(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return "".join(p.extract_text() for p in pages).replace("\n", "")


def body_of(text: str) -> str:
    """The text without the running header and footer lines of each page."""
    return re.sub(r"骑缝.*?第 \d+ 页 共 \d+ 页", "", text)


def _term_with_clauses(borrower=None):
    from workstation.domain.products import product_by_code
    from workstation.domain.terms import ApprovedTerms
    c = samples.contract()
    t = ApprovedTerms.from_product(product_by_code("B2B_CREDIT"), amount=c.amount, method="equal-installment",
                                   term_months=12, start=c.start_date)
    c = samples._with_terms(c, t)
    return replace(c, borrower=borrower) if borrower else c


CONTRACTS = {
    "term-company": lambda: _term_with_clauses(),
    "term-sole": lambda: _term_with_clauses(samples.sole_borrower()),
    "term-guaranteed-sole": lambda: replace(_term_with_clauses(samples.sole_borrower()),
                                            guarantee_agreement_no="LB-2026-0042"),
    "line-company": lambda: samples.line_contract(),
    "line-sole": lambda: samples.line_contract(sole=True),
    "order-company": lambda: samples.order_contract(),
    "order-sole": lambda: samples.order_contract(sole=True),
    "order-unlisted": lambda: samples.order_contract(itemised=False),
    "legacy-no-clauses": lambda: samples.contract(),
}


@pytest.fixture(scope="module", params=sorted(CONTRACTS))
def contract(request):
    data = CONTRACTS[request.param]()
    return request.param, data, body_of(text_of(render(data)))


def headings(text: str) -> list[tuple[int, str]]:
    return [(ZH_NUM[m[1]], m[2]) for m in re.finditer(r"第([一二三四五六七八九十]+)条 (\S+?)(?=\d+\.1 )", text)]


def test_articles_run_in_order(contract):
    name, data, text = contract
    found = headings(text)
    assert [n for n, _ in found] == list(range(1, len(found) + 1)), found
    assert [t for _, t in found] == [a.topic for a in articles(data)]
    assert found[-1][1] == "其他"                 # the closing article stays last
    for n, _ in found:                               # paragraphs numbered under their article
        assert f"{n}.1 " in text


def test_every_cross_reference_points_at_the_article_with_that_content(contract):
    name, data, text = contract
    topics = dict(headings(text))
    refs = re.findall(r"第([一二三四五六七八九十]+)条“([^”]+)”", text)
    paras = re.findall(r"第(\d+)\.(\d+)条“([^”]+)”", text)
    assert refs or paras
    for zh, topic in refs:
        assert topics[ZH_NUM[zh]] == topic, (zh, topic)
    for n, i, topic in paras:
        assert topics[int(n)] == topic and f"{n}.{i} " in text, (n, i, topic)
    # no bare reference: every 第X条 is a heading (followed by a space) or names its topic
    for m in re.finditer(r"第[一二三四五六七八九十]+条(.)", text):
        assert m[1] in (" ", "“"), text[m.start() - 20:m.end() + 20]
    assert not re.search(r"第\d+\.\d+条(?!“)", text)


def test_the_penalty_reference_reaches_the_penalty_article():
    """A reference written in the clause text (3.2 -> 6.2) lands where that article now is."""
    data = samples.order_contract()
    text = body_of(text_of(render(data)))
    topics = dict(headings(text))
    n = next(k for k, t in topics.items() if t == "逾期罚息")
    assert f"按本合同第{article_no(n)}条“逾期罚息”计收罚息" in text


def test_revolving_line_wording():
    data = samples.line_contract()
    text = body_of(text_of(render(data)))
    assert "借款金额" not in text                     # the limit is never called a loan amount
    assert "授信额度¥200,000.00" in text and "授信额度人民币（大写）贰拾万元整" in text
    assert "提款申请" in text and "可用额度（授信额度减去已提款尚未偿还的本金余额）" in text
    assert f"至{data.end_date.year}年{data.end_date.month}月{data.end_date.day}日（额度到期日）止" in text
    assert "额度的冻结与取消" in text and "取消尚未使用的授信额度" in text and "冻结期间借款人不得提款" in text
    assert "未提取的授信额度不计收利息" in text
    assert "仅就已提取且尚未偿还的借款本金" in text


def test_revolving_appendix_says_its_interest_is_the_worst_case_and_is_it():
    data = samples.line_contract()
    text = body_of(text_of(render(data)))
    assert "附件：还款计划表（示例测算）" in text and "最不利情形下的最高利息" in text
    # the figure: the whole limit drawn on the first day and held to expiry, at the stated daily rate
    daily = Fraction(re.search(r"日利率为(\d+\.\d+)%", text)[1]) / 100
    days = (data.end_date - data.start_date).days
    worst = (Decimal(data.amount) * Decimal(daily.numerator) / daily.denominator * days).quantize(
        Decimal("0.01"), ROUND_HALF_UP)
    assert data.schedule[-1].interest == worst and f"{worst:,.2f}" in text


def test_order_loan_names_its_orders_and_their_settlement():
    data = samples.order_contract()
    text = body_of(text_of(render(data)))
    o = data.orders
    for x in o.orders:
        assert x.order_no in text
    assert f"订单金额合计¥{o.total:,.2f}" in text and f"淘宝店铺“{o.shop_name}”" in text
    assert "附件二：订单清单" in text and "自动扣款" in text
    assert "结算款不足以偿还借款的" in text and "贷款人不予扣划" in text
    assert sum(x.amount for x in o.orders) == o.total
    unlisted = body_of(text_of(render(samples.order_contract(itemised=False))))
    assert "附件二" not in unlisted and f"订单金额合计为¥{o.total:,.2f}" in unlisted


def test_sole_proprietor_contract_never_speaks_of_a_company_or_legal_representative():
    for data in (_term_with_clauses(samples.sole_borrower()), samples.line_contract(sole=True),
                 samples.order_contract(sole=True)):
        text = text_of(render(data))
        borrower_side = text.replace(data.lender.name, "").replace(data.lender.seal_name, "")
        # the lender's own 法定代表人 row and signature line are the lender's, not the borrower's
        borrower_side = borrower_side.replace("住所浙江省杭州市滨江区网商路699号法定代表人", "")
        borrower_side = borrower_side.replace("法定代表人或授权代表（签字）", "")
        assert "法定代表人" not in borrower_side, re.findall(r".{30}法定代表人.{30}", borrower_side)
        assert "个体工商户" in text and "经营者" in text and "指印" in text
        assert "依法设立并有效存续的企业" not in text and "章程" not in text
        assert "公司" not in borrower_side.replace("其他成员为公司的", "")


def test_company_contract_keeps_the_legal_representative():
    text = text_of(render(_term_with_clauses()))
    assert "其法定代表人签署本合同的行为合法有效" in text and "个体工商户" not in text


def test_lender_seal_name_beside_the_seal_on_every_sealed_document():
    seal = samples.lender().seal_name
    docs = [samples.line_contract(), samples.guarantee(), samples.settlement(), samples.decline()]
    from workstation.documents.data import ReceiptData
    c = samples.contract()
    docs.append(ReceiptData(receipt_no="JJ-1", contract_no=c.contract_no, lender=c.lender,
                            borrower_company=c.borrower.company, borrower_credit_code=c.borrower.credit_code,
                            legal_rep_name=c.borrower.legal_rep_name, product_name=c.product_name,
                            contract_amount=c.amount, amount=c.amount, disbursed_total=c.amount,
                            value_date=c.start_date, account_label="支付宝", account="****1234",
                            term_text=c.term_text, end_date=c.end_date, rate=c.rate,
                            repayment_method=c.repayment_method, penalty_daily_rate=c.penalty_daily_rate,
                            schedule=c.schedule, form=2))
    for d in docs:
        text = text_of(render(d))
        assert "盖章" in text and f"（加盖“{seal}”）" in text, d.kind
    bare = replace(samples.settlement(), lender=replace(samples.lender(), seal_name=""))
    assert "加盖" not in text_of(render(bare))


def test_a_frozen_contract_without_a_seal_name_keeps_its_hash():
    """seal_name, revolving, orders and masked_copy are left out of the canonical JSON
    when unset, so contracts frozen before them hash as they did."""
    from workstation.documents.integrity import canonical_json
    j = canonical_json(replace(samples.contract(), lender=replace(samples.lender(), seal_name="")))
    for key in ("seal_name", "revolving", "orders", "masked_copy"):
        assert f'"{key}"' not in j


def test_guarantee_agreement_references_point_at_their_articles():
    text = body_of(text_of(render(samples.guarantee())))
    topics = {ZH_NUM[m[1]]: m[2] for m in re.finditer(r"第([一二三四五六七八九十]+)条 (\S+?)(?=\d+\.1 )", text)}
    assert sorted(topics) == list(range(1, len(topics) + 1))
    refs = re.findall(r"第([一二三四五六七八九十]+)条“([^”]+)”", text)
    assert refs and all(topics[ZH_NUM[zh]] == topic for zh, topic in refs)
    assert "成员为个体工商户的，其经营者依法以个人财产承担" in text


def test_contracts_signed_before_form_2_print_their_signed_text():
    """A contract, agreement or receipt frozen before form 2 carries no ``form`` in its
    canonical JSON: it reprints with the articles it was signed on (form 1, kept unchanged
    in documents/contract_form1.py), not with today's numbering."""
    from workstation.documents.codec import from_json
    from workstation.documents.integrity import canonical_json
    old = replace(samples.contract(), form=1, lender=replace(samples.lender(), seal_name=""))
    frozen = from_json(canonical_json(old))
    assert '"form"' not in canonical_json(old) and frozen.form == 1
    text = body_of(text_of(render(frozen)))
    assert "第十二条 其他" in text and "第十三条 个人信息处理与征信查询授权" in text
    assert "（第七条、第九条）" in text
    new = body_of(text_of(render(samples.contract())))
    assert "第十五条 其他" in new and "（第七条、第九条）" not in new
    g = body_of(text_of(render(replace(samples.guarantee(), form=1))))
    assert "特别注意第二条、第四条关于连带责任" in g and "各成员的法定代表人同时以个人名义" in g
