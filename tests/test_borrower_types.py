"""Sole proprietors (个体工商户) vs companies in the contract and the joint-guarantee
agreement (issue 12, points 4 and 6)."""
from __future__ import annotations

import dataclasses
import io
import random
from datetime import date

import pypdf
from stdnum.cn import uscc

from workstation.documents import render, samples
from workstation.domain import identity


def text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).replace("\n", "")


def test_demo_credit_codes_by_entity_class():
    rng = random.Random(1)
    company, sole = identity.make_credit_code(rng), identity.make_credit_code(rng, entity="92")
    assert company.startswith("91") and sole.startswith("92") and uscc.is_valid(company) and uscc.is_valid(sole)


def test_sole_proprietor_contract_is_signed_personally():
    c = samples.contract()
    sole = dataclasses.replace(c, borrower=dataclasses.replace(c.borrower, company="李晓梅（个体经营）",
                                                               credit_code="92330106MA2B3C4D5X"))
    t = text(render(sole))
    assert "经营者身份证号码" in t and "借款人（个体工商户）" in t and "经营者（本人签字并按手印）" in t
    assert "指印" in t and "借款人（盖章）" not in t and "经营者（签字）" in t      # the consent line too
    company = text(render(c))
    assert "法定代表人身份证号码" in company and "借款人（盖章）" in company and "个体工商户" not in company


def test_guarantee_lists_each_members_own_loan_and_personal_liability_lines():
    g = samples.guarantee()
    terms = ["9个月", "12个月", "3个月", "6个月"]
    members = tuple(dataclasses.replace(m, term_text=terms[i % 4], signed_on=date(2026, 3, 10 + i))
                    for i, m in enumerate(g.members))
    data = dataclasses.replace(g, members=members)
    t = text(render(data))
    for m in members:
        assert m.contract_no in t and m.term_text in t
        assert f"个人连带责任保证人：{m.legal_rep}" in t
    assert t.count("本人（签字并按手印）") == len(members)
