"""The highest total annual cost (issue 10, item 3): a product setting (default 24%); the
recommendation, the approval memo and the offer's terms carry a warning when the
annualised rate or the penalty's annualised rate exceeds it."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader

from decide_helpers import PASSWORD, make_application, make_store, terms, users
from workstation.documents.memo import render_approval_memo
from workstation.domain.products import Product, product_by_code
from workstation.decide import decisions, signoff
from workstation.printing import document_data
from workstation.store.models import Product as ProductRow


@pytest.fixture
def env(db_url):
    store = make_store(db_url)
    u = users(store)
    yield store, u
    store.close()


def _set_limit(store, code, pct):
    with store.tx() as s:
        row = s.get(ProductRow, code)
        p = replace(Product.from_dict(row.definition), max_annual_cost_pct=Decimal(pct))
        row.definition = p.to_dict()


def test_recommendation_memo_and_terms_warn_above_the_highest_annual_cost(env):
    store, u = env
    assert product_by_code("CREDIT_FIXED").max_annual_cost_pct == Decimal("24")
    app = make_application(store, officer=u["off1"])
    # 0.05%/day: annualised 18.00% (IRR), penalty 0.075%/day = 27.00% a year > 24%
    p = decisions.preview(store, None, app, terms())
    warn = [f for f in p.findings if f.field == "annual_cost"]
    assert [f.blocking for f in warn] == [False] and "27.00%" in warn[0].message
    r = decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    assert any("27.00%" in w for w in r.warnings)
    memo = document_data.approval_memo_data(store, None, r.app_no)
    assert memo.recommendation.cost_warnings == ("逾期罚息年化利率27.00%超过综合年化成本上限24%",)
    text = "".join(pg.extract_text() for pg in PdfReader(io.BytesIO(render_approval_memo(memo))).pages)
    assert "逾期罚息年化利率27.00%超过综合年化成本上限24%" in re.sub(r"\s+", "", text)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    offer = decisions.approved_terms(store, None, app)
    assert offer.terms.max_annual_cost_pct == Decimal("24") and offer.amount == Decimal("200000.00")
    assert [w.code for w in offer.terms.cost_warnings()] == ["penalty_rate"]


def test_no_warning_under_a_higher_limit(env):
    store, u = env
    _set_limit(store, "CREDIT_FIXED", "30")
    app = make_application(store, officer=u["off1"])
    assert [f for f in decisions.preview(store, None, app, terms()).findings if f.field == "annual_cost"] == []
    r = decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    assert document_data.approval_memo_data(store, None, r.app_no).recommendation.cost_warnings == ()
