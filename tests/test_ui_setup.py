"""The first-run setup wizard: refuses to finish with placeholders (naming the fields),
finishes with real answers and leaves a database the administrator signs in to."""
from __future__ import annotations

from tests.test_first_run_setup import GOOD_LENDER
from tests.test_ui_fixtures import ui_env  # noqa: F401 - fixtures
from workstation.services import auth
from workstation.store.session import Store
from workstation.ui.operations.operations_setup import SetupWizard


def _fill(w: SetupWizard, tmp_path, **lender) -> None:
    for word, value in {**GOOD_LENDER, **lender}.items():
        w.edits[f"lender.{word}"].setText(value)
    w.edits["net_capital"].setText("300000000.00")
    w.edits["borrowing_pct"].setText("50")
    w.ticks["CREDIT_FIXED"].setChecked(True)
    w.edits["rate.CREDIT_FIXED"].setText("0.05%/day")
    w.edits["admin_username"].setText("chief")
    w.edits["admin_name"].setText("张主任")
    w.edits["admin_password"].setText("Chief-2026-pass")
    w.edits["backup_folder"].setText(str(tmp_path / "bk"))


def test_wizard_refuses_placeholders_then_sets_up(qtbot, tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        w = SetupWizard(store)
        qtbot.addWidget(w)
        assert not w.finish()
        assert "Company name" in w.message.text() and "Net capital" in w.message.text()
        _fill(w, tmp_path, name="浙江某某网络小额贷款有限公司")
        assert not w.finish()
        assert w.message.text().endswith("Company name") and not auth.users_exist(store)
        w.edits["lender.name"].setText(GOOD_LENDER["name"])
        w.show()
        for _ in w.pageIds()[:-1]:
            w.next()
        w.grab().save(str(tmp_path / "setup-last.png"))
        assert w.finish() and w.admin.username == "chief"
        assert auth.sign_in(store, "chief", "Chief-2026-pass").has("admin")
    finally:
        store.close()
