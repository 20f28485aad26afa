"""From the case file: record the contract signing of an approved case, then disburse."""
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate

from tests.decide_helpers import PASSWORD, make_application, make_store, terms, users
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixture
from workstation.decide import decisions, signoff
from workstation.servicing.loan_views import loan_view
from workstation.ui.loans import loan_contract
from workstation.ui.loans.disburse_dialog import DisburseAnswer
from workstation.ui.case.case_file import CaseFile


def _approved(tmp_path):
    store = make_store((f"sqlite:///{tmp_path / 'c.db'}", None))
    u = users(store)
    app = make_application(store, officer=u["off1"])
    decisions.recommend(store, u["off1"], app, terms(), expected_version=0)
    decisions.submit_for_signoff(store, u["off1"], app, version=1)
    signoff.sign(store, u["sup1"], app, decision="approve", seen_version=1, password=PASSWORD)
    return store, u, app


def _action(cf, name):
    return next(a for a in cf.toolbar.actions() if a.objectName() == name)


def test_contract_then_disbursement_from_the_case_file(qtbot, tmp_path, monkeypatch):
    store, u, app = _approved(tmp_path)
    cf = CaseFile(store, u["off1"], app)
    qtbot.addWidget(cf)
    sign, pay = _action(cf, "actSignContract"), _action(cf, "actDisburse")
    assert sign.isVisible() and not pay.isVisible()
    today = decisions.today()
    monkeypatch.setattr(loan_contract.ContractDialog, "ask",
                        classmethod(lambda cls, t, parent=None: (today, "online", None)))
    sign.trigger()
    assert cf.profile.status == "contracted"
    assert not sign.isVisible() and pay.isVisible()
    monkeypatch.setattr(loan_contract.DisburseDialog, "ask", classmethod(
        lambda cls, offer, parent=None: DisburseAnswer(today, offer.available, offer.usable[0].account,
                                                       offer.usable[0].shown, offer.usable[0].label)))
    titles = lambda: [cf.tabs.tabText(i) for i in range(cf.tabs.count())]   # noqa: E731
    assert "Loan" not in titles()
    pay.trigger()
    assert cf.profile.status == "disbursed" and not pay.isVisible()
    assert "Loan" in titles()          # at once, without closing and reopening the case
    with store.read() as s:
        from workstation.store.models_loans import Loan
        loan_id = s.query(Loan.id).filter(Loan.application_id == app).scalar()
    assert loan_view(store, None, loan_id).disbursed_amount == Decimal("200000.00")


def test_dialogs_read_what_was_typed(qtbot, tmp_path, ui_env):
    store, u, app = _approved(tmp_path)
    t = decisions.approved_terms(store, None, app)
    d = loan_contract.ContractDialog(t)
    qtbot.addWidget(d)
    d.signed_on.setDate(QDate(2026, 11, 30))
    d.channel.setCurrentIndex(2)
    assert d.signed_on.date().toPython() == date(2026, 11, 30) and d.channel.currentData() == "branch"


def test_the_service_refuses_a_user_without_a_desk_role(tmp_path):
    import pytest
    from workstation.servicing import contracting
    from workstation.domain.actor import Actor
    from workstation.domain.errors import PermissionDenied
    store, u, app = _approved(tmp_path)
    nobody = Actor(id=u["off2"].id, username="x", display_name="x", roles=frozenset())
    with pytest.raises(PermissionDenied):
        contracting.sign_contract(store, nobody, app, signed_on=decisions.today(), channel="online")
