"""The Loans menu of the main window (installed by ``loan_screen.install``): open a loan
by contract number, open a joint-guarantee group; for supervisors and administrators, import
the payment channel's repayment file and run end of day, each with progress."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from workstation.domain import clock
from workstation.ui.errors import present_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoanMenu", text)


def build_menu(window, *, open_loan) -> None:
    """``open_loan(loan_id)`` makes the loan screen (given by ``loan_screen.install``, so
    that this module does not import the screen that installs it)."""
    menu = window.menuBar().addMenu(_tr("&Loans"))
    window.menus["loans"] = menu
    menu.addAction(_tr("Open loan by &contract number..."),
                   lambda: open_loan_by_contract(window, open_loan)).setObjectName("actOpenLoan")
    menu.addAction(_tr("Open joint-guarantee &group..."), lambda: open_group(window))
    if window.actor.has("supervisor", "admin"):
        menu.addSeparator()
        menu.addAction(_tr("Import &repayment file..."), lambda: import_repayment_file(window)
                       ).setObjectName("actImportRepayments")
        menu.addAction(_tr("Run &end of day..."), lambda: run_end_of_day(window))


def _show(window, widget, title: str) -> None:
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        tabs.setCurrentIndex(tabs.addTab(widget, title))
    else:
        widget.setWindowTitle(title)
        widget.show()


def open_loan_by_contract(window, open_loan) -> None:
    from workstation.servicing.loan_views import loan_id_by_contract
    text, ok = QInputDialog.getText(window, _tr("Open loan"), _tr("Contract number"))
    if not ok or not text.strip():
        return
    try:
        loan_id = loan_id_by_contract(window.store, window.actor, text)
    except Exception as exc:  # noqa: BLE001 - another team's loan (NotVisible), a stopped session...
        present_error(window, exc, title=_tr("Open loan"))
        return
    if loan_id is None:
        QMessageBox.warning(window, _tr("Open loan"), _tr("No loan with contract number %1").replace("%1", text))
        return
    screen = open_loan(loan_id)
    view = getattr(screen, "view", None)
    _show(window, screen, view.contract_no if view is not None else text.strip())


def open_group(window) -> None:
    from workstation.servicing.loan_groups import group_choices
    from workstation.ui.loans.loan_group import GroupScreen
    groups = group_choices(window.store, window.actor)
    if not groups:
        QMessageBox.information(window, _tr("Groups"), _tr("There are no joint-guarantee groups."))
        return
    name, ok = QInputDialog.getItem(window, _tr("Open group"), _tr("Group"), [g[1] for g in groups], 0, False)
    if ok:
        gid = next(g[0] for g in groups if g[1] == name)
        _show(window, GroupScreen(window.store, window.actor, gid), name)


def import_repayment_file(window):
    """The payment channel's repayment file, posted from the desk (ui/loans/repayment_file_dialog.py)."""
    from workstation.ui.loans.repayment_file_dialog import open_dialog
    return open_dialog(window)


def eod_summary(r) -> str:
    """What an end of day did (servicing/eod.EodResult), in the interface language: the
    desk's message and the Chinese command line's summary."""
    if r.already_done:
        return _tr("End of day %1 was already complete and no loan is behind it: nothing changed.").replace(
            "%1", str(r.as_of))
    counts = (str(r.loans), str(r.entries), str(r.offers_expired))
    if len(r.dates) > 1:
        text = _tr("End of day %1 to %2: %3 loans, %4 entries, %5 offers expired.").replace(
            "%1", str(r.dates[0])).replace("%2", str(r.dates[-1]))
        return text.replace("%3", counts[0]).replace("%4", counts[1]).replace("%5", counts[2])
    return (_tr("End of day %1: %2 loans, %3 entries, %4 offers expired.").replace("%1", str(r.as_of))
            .replace("%2", counts[0]).replace("%3", counts[1]).replace("%4", counts[2]))


def run_end_of_day(window):
    """Ask the business date and run end of day behind a progress window that is not
    modal (the desk stays readable); returns the job's runner (None: not started)."""
    from workstation.servicing.eod import run_eod
    from workstation.ui.jobs import start_job
    text, ok = QInputDialog.getText(window, _tr("End of day"), _tr("Business date (YYYY-MM-DD)"),
                                    text=clock.today().isoformat())
    if not ok:
        return
    try:
        as_of = date.fromisoformat(text.strip())
    except ValueError:
        QMessageBox.warning(window, _tr("End of day"), _tr("%1 is not a date: write YYYY-MM-DD.").replace("%1", text))
        return
    store, actor = window.store, window.actor

    def done(r) -> None:
        QMessageBox.information(window, _tr("End of day"), eod_summary(r))
        refresh = getattr(window, "refresh", None)
        if refresh is not None:
            refresh()
    return start_job(window, title=_tr("End of day"), label=_tr("Accruing interest and penalties..."),
                     job=lambda p: run_eod(store, actor, as_of, p), on_done=done)
