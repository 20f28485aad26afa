"""The revolving-line and order-loan contracts as the services print them, their stated
rules applied by hand against the engine (issue 12, points 1 and 2), on SQLite and
PostgreSQL: the limit, its expiry, drawdown within the available amount, freeze, interest
on drawn amounts only; the orders recorded on the application named in the contract,
fixed once it is signed, and a short settlement leaving the rest due at maturity."""
from __future__ import annotations

import io
import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pypdf
import pytest

from workstation.documents.render import render
from workstation.domain.products import product_by_code
from workstation.domain.rates import Rate
from workstation.domain.terms import ApprovedTerms
from workstation.services import audit_trail
from workstation.servicing import credit_lines, eod, loan_views, loans
from workstation.decide import document_orders
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.store.session import Store
from workstation.printing.document_data_loans import contract_data
from workstation.store.models import Application

from tests.servicing_support import actor, new_application, open_loan, prepare

D = date
T = D(2026, 12, 31)


@pytest.fixture
def desk(db_url):
    url, schema = db_url
    store = prepare(Store.open(url, schema=schema))
    yield store
    store.close()


def text_of(data) -> str:
    pages = pypdf.PdfReader(io.BytesIO(render(data))).pages
    return re.sub(r"骑缝.*?第 \d+ 页 共 \d+ 页", "", "".join(p.extract_text() for p in pages).replace("\n", ""))


def app_no(store, app_id: int) -> str:
    with store.read() as s:
        return s.get(Application, app_id).app_no


def _zh_date(text: str) -> date:
    y, m, d = (int(x) for x in re.fullmatch(r"(\d+)年(\d+)月(\d+)日", text).groups())
    return date(y, m, d)


def _round(x: Fraction) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_line_contract_states_the_rules_the_line_applies(desk):
    off, sup = actor(desk, "officer1"), actor(desk, "supervisor1")
    lid = open_loan(desk, off, product="CREDIT_REVOLVING", amount="100000", method="bullet", start=D(2026, 1, 1),
                    term_months=6, daily_rate="0.0006", draw="30000")
    v = loan_views.loan_view(desk, None, lid)
    with desk.read() as s:
        from workstation.store.models_loans import Loan
        aid = s.get(Loan, lid).application_id
    data = contract_data(desk, off, app_no(desk, aid))
    assert data.revolving
    text = text_of(data)
    # the limit is the 授信额度 and its expiry the one the line enforces
    limit = Decimal(re.search(r"授信额度¥([\d,]+\.\d\d)", text)[1].replace(",", ""))
    expiry = _zh_date(re.search(r"至(\d+年\d+月\d+日)（额度到期日）止", text)[1])
    assert limit == Decimal("100000.00") and expiry == v.line.expiry
    assert "借款金额" not in text
    # "每笔提款金额不得超过提款当日的可用额度（授信额度减去已提款尚未偿还的本金余额）"
    drawn = Decimal("30000.00")
    with pytest.raises(DomainError, match="above the available"):
        credit_lines.draw(desk, off, lid, amount=limit - drawn + Decimal("0.01"), on=D(2026, 1, 11), today=T)
    credit_lines.draw(desk, off, lid, amount=Decimal("20000"), on=D(2026, 1, 11), today=T)
    drawn += Decimal("20000")
    assert loan_views.loan_view(desk, None, lid).line.available == limit - drawn
    # "冻结期间借款人不得提款"
    assert "冻结期间借款人不得提款" in text
    credit_lines.freeze(desk, off, lid, reason="店铺被平台限制经营")
    with pytest.raises(DomainError, match="frozen"):
        credit_lines.draw(desk, off, lid, amount=Decimal("100"), on=D(2026, 1, 12), today=T)
    credit_lines.unfreeze(desk, off, lid, reason="限制已解除")
    # "借款人偿还的本金，恢复相应的可用额度"; interest first, then principal
    loans.post_repayment(desk, off, lid, amount=Decimal("10000"), value_date=D(2026, 1, 21), today=T)
    # interest only on what is drawn: stated daily rate x the drawn balance, night by night
    daily = Fraction(re.search(r"每日已提款未还本金余额×日利率，日利率为(\d+(?:\.\d+)?)%", text)[1]) / 100
    to_21 = _round(Fraction(30000) * daily * 20) + _round(Fraction(20000) * daily * 10)
    principal_after = drawn - (Decimal("10000") - to_21)
    assert loan_views.loan_view(desk, None, lid).line.available == limit - principal_after
    eod.run_eod(desk, sup, D(2026, 1, 30))
    v = loan_views.loan_view(desk, None, lid)
    assert v.balances.principal == principal_after
    assert v.balances.interest == _round(Fraction(principal_after) * daily * 10)   # 21..30 Jan, 10 nights
    # "借款人可在额度到期日前（不含额度到期日）提款"
    with pytest.raises(DomainError, match="expired"):
        credit_lines.draw(desk, off, lid, amount=Decimal("100"), on=expiry, today=expiry + timedelta(days=1))


def _order_app(desk) -> tuple[int, str]:
    aid = new_application(desk, product="ORDER", amount=Decimal("60000"), term_days=30)
    return aid, app_no(desk, aid)


ORDERS = [{"order_no": "3920571846210334", "amount": "31250.00", "shipped_on": "2026-01-28"},
          {"order_no": "3920571846210871", "amount": "30000", "shipped_on": ""}]


def test_orders_recorded_on_the_application_are_named_in_the_contract(desk):
    off = actor(desk, "officer1")
    aid, no = _order_app(desk)
    backing = document_orders.record_orders(desk, off, no, ORDERS)
    assert backing.total == Decimal("61250.00") and backing.platform == "淘宝"
    assert [e["action"] for e in audit_trail.entries_for(desk, None, entity_type="application", entity_id=no)] == [
        "orders_recorded"]
    terms = ApprovedTerms.from_product(product_by_code("ORDER"), amount=Decimal("60000"), method="bullet",
                                       term_days=30, start=D(2026, 2, 1), check=False,
                                       rate=Rate.from_daily_percent(Decimal("0.05")))
    lid = loans.sign_contract(desk, off, aid, terms, signed_on=D(2026, 2, 1), channel="online")
    data = contract_data(desk, off, no)
    assert data.orders == backing
    text = text_of(data)
    assert "3920571846210334" in text and "3920571846210871" in text and "订单金额合计¥61,250.00" in text
    assert "自动扣款" in text and "订单清单" in text
    # signed: the orders are fixed
    with pytest.raises(document_orders.OrdersRefused) as err:
        document_orders.record_orders(desk, off, no, ORDERS[:1])
    assert err.value.code == "contract_signed"
    # a settlement short of what is due: the rest is due at maturity, then penalty at the stated rate
    loans.disburse(desk, off, lid, on=D(2026, 2, 1), amount=Decimal("60000"), account="6225880000000000")
    end = _zh_date(re.search(r"借款人仍应于到期日（(\d+年\d+月\d+日)）前", text)[1])
    v = loan_views.loan_view(desk, None, lid)
    assert end == v.installments[-1].due_date
    loans.post_repayment(desk, off, lid, amount=Decimal("40000"), value_date=D(2026, 2, 11), today=T)
    daily = Fraction(re.search(r"日利率为(\d+(?:\.\d+)?)%", text)[1]) / 100
    pen = Fraction(re.search(r"罚息日利率(\d+(?:\.\d+)?)%", text)[1]) / 100
    left = Decimal("60000") - (Decimal("40000") - _round(Fraction(60000) * daily * 10))
    eod.run_eod(desk, actor(desk, "supervisor1"), end + timedelta(days=4))
    v = loan_views.loan_view(desk, None, lid)
    assert v.balances.principal == left and v.balances.dpd > 0
    # "逾期天数自还款日（含当日）起算": the due date and the 4 days after it, as of the end of the 4th
    assert "逾期天数自还款日（含当日）起算" in text
    assert v.balances.penalty == _round(Fraction(left) * pen * 5)


def test_bad_order_lines_name_line_and_field_and_store_nothing(desk):
    off = actor(desk, "officer1")
    _, no = _order_app(desk)
    bad = [{"order_no": "A1", "amount": "1e3"}, {"order_no": "A1", "amount": "10"},
           {"order_no": "", "amount": "-5"}, {"order_no": "X" * 41, "amount": "5", "shipped_on": "2026-13-01"}]
    with pytest.raises(document_orders.OrdersRefused) as err:
        document_orders.record_orders(desk, off, no, bad)
    got = {(p.line, p.field, p.code) for p in err.value.problems}
    assert got == {(1, "amount", "exponent"), (2, "order_no", "duplicate"), (3, "order_no", "required"),
                   (3, "amount", "negative"), (4, "order_no", "order_no_format"), (4, "shipped_on", "date")}
    assert document_orders.orders_for(desk, off, no).orders == ()
    other = new_application(desk, product="CREDIT_FIXED", amount=Decimal("60000"), term_months=6)
    with pytest.raises(document_orders.OrdersRefused) as err:
        document_orders.record_orders(desk, off, app_no(desk, other), ORDERS)
    assert err.value.code == "not_order_loan"


def test_only_desk_roles_record_orders(desk):
    from workstation.domain.actor import Actor
    _, no = _order_app(desk)
    nobody = Actor(999, "viewer", "viewer", frozenset())
    with pytest.raises(PermissionDenied):
        document_orders.record_orders(desk, nobody, no, ORDERS)


def test_orders_dialog_names_the_line_and_field_then_saves(qtbot, desk):
    from workstation.ui.documents.documents_orders import OrdersDialog, parse_lines
    off = actor(desk, "officer1")
    _, no = _order_app(desk)
    assert parse_lines("A-1，12.50\tx\n\nB2,3") == [{"order_no": "A-1", "amount": "12.50", "shipped_on": "x"},
                                                  {"order_no": "B2", "amount": "3", "shipped_on": ""}]
    dlg = OrdersDialog(desk, off, no)
    qtbot.addWidget(dlg)
    dlg.edit.setPlainText("3920571846210334,31250.00,2026-01-28\n3920571846210871,1e4")
    assert not dlg.save()
    assert dlg.message.text() == "Line 2, amount: not a valid amount"
    assert document_orders.orders_for(desk, off, no).orders == ()
    dlg.edit.setPlainText("3920571846210334,31250.00,2026-01-28\n3920571846210871,30000")
    assert dlg.save()
    got = document_orders.orders_for(desk, off, no)
    assert [o.order_no for o in got.orders] == ["3920571846210334", "3920571846210871"]
    assert got.total == Decimal("61250.00") and got.orders[0].shipped_on == D(2026, 1, 28)
