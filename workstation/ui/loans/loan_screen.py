"""The loan screen: schedule with each installment's status, the journal, balances,
the revolving line, and the actions (post a repayment with a before/after preview for
backdated postings, reverse with a preview, payoff quote, draw, freeze/unfreeze).
Every action goes to a service, which checks the role and writes the audit entry.

Self-contained: ``LoanScreen(store, actor, loan_id)``. ``install(window)`` adds a
Loans menu to the main window; ``install_case(case_file)`` adds a Loan tab to the
case file of an application that has a loan."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QTableWidget, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from workstation.domain import clock, masking
from workstation.domain.money import MoneyError, fmt
from workstation.aftercare import recalled
from workstation.servicing import credit_lines, loan_views, loans
from workstation.domain.errors import NotVisible
from workstation.ui.amounts import parse_desk_amount, problem_text
from workstation.ui.errors import act_then_reload, present_error
from workstation.ui.i18n import pick, product_name
from workstation.ui.tables import fill_table, read_only_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("LoanScreen", text)


STATUS_TEXT = {"paid": "paid", "prepaid": "prepaid", "written_off": "written off", "overdue": "overdue",
               "partly_paid": "partly paid", "due": "due", "scheduled": "scheduled"}
LOAN_STATUS_TEXT = {"contracted": "contracted", "active": "active", "closed": "closed", "written_off": "written off"}
KIND_TEXT = {"disbursement": "disbursement", "draw": "draw", "repayment": "repayment",
             "interest_accrual": "interest accrual", "penalty_accrual": "penalty accrual", "waiver": "waiver",
             "reversal": "reversal", "write_off": "write-off"}


def status_text(status: str, days: int) -> str:
    if status == "overdue":
        return _tr("overdue %n day(s)").replace("%n", str(days))
    return _tr(STATUS_TEXT.get(status, status))


def _reference(e) -> str:
    """A disbursement's reference is the account paid: masked on screen, as in the case file."""
    ref = e.reference or ""
    if e.kind in ("disbursement", "draw") and ref:
        return masking.mask_account(ref) if "@" in ref else masking.mask_card(ref)
    return ref


class AmountDateDialog(QDialog):
    """Asks an amount and a value date; ``ask`` returns (amount, date) or None."""

    def __init__(self, title: str, parent=None, *, amount: Decimal | None = None, on: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.amount = QLineEdit(f"{amount:.2f}" if amount is not None else "", objectName="amount")
        self.when = QDateEdit(QDate(on or clock.today()), objectName="valueDate", calendarPopup=True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        form.addRow(_tr("Amount"), self.amount)
        form.addRow(_tr("Value date"), self.when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, title: str, parent=None, **kw) -> tuple[Decimal, date] | None:
        dlg = cls(title, parent, **kw)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                return parse_desk_amount(dlg.amount.text()), dlg.when.date().toPython()
            except MoneyError as exc:
                QMessageBox.warning(dlg, title, problem_text(exc))
        return None


class PreviewDialog(QDialog):
    """Before and after: balances and installments; the officer confirms or cancels."""

    def __init__(self, preview: loan_views.PreviewResult, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Confirm: %1").replace("%1", preview.what))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(_tr("This changes the loan's history. Check what changes before you confirm.")))
        b, a = preview.before, preview.after
        bal = read_only_table(QTableWidget(objectName="previewBalances"))
        names = [_tr("Principal"), _tr("Interest"), _tr("Penalty"), _tr("Overdue principal"), _tr("Days past due"),
                 _tr("Class")]
        vals = lambda x: [fmt(x.principal), fmt(x.interest), fmt(x.penalty), fmt(x.overdue_principal),
                          str(x.dpd), x.tier]
        fill_table(bal, [_tr("Balance"), _tr("Before"), _tr("After")],
              [[n, p, q] for n, p, q in zip(names, vals(b), vals(a))], right_from=1)
        lay.addWidget(bal)
        inst = read_only_table(QTableWidget(objectName="previewInstallments"))
        rows = []
        for x, y in zip(preview.installments_before, preview.installments_after):
            rows.append([str(x.period), x.due_date.isoformat(), status_text(x.status, x.days_overdue),
                         status_text(y.status, y.days_overdue), fmt(x.outstanding), fmt(y.outstanding)])
        fill_table(inst, [_tr("No."), _tr("Due"), _tr("Status before"), _tr("Status after"), _tr("Owed before"),
                     _tr("Owed after")], rows, right_from=4)
        lay.addWidget(inst)
        if preview.changes:
            lay.addWidget(QLabel(_tr("%n journal correction(s) will be posted.").replace("%n", str(len(preview.changes)))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Confirm"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    @classmethod
    def ask(cls, preview: loan_views.PreviewResult, parent=None) -> bool:
        return cls(preview, parent).exec() == QDialog.DialogCode.Accepted


class LoanScreen(QWidget):
    changed = Signal()

    def __init__(self, store, actor, loan_id: int, parent=None):
        super().__init__(parent)
        self.store, self.actor, self.loan_id = store, actor, loan_id
        # hooks so tests (and scripts) can answer the dialogs
        self.confirm_preview = lambda preview: PreviewDialog.ask(preview, self)
        self.today = clock.today
        lay = QVBoxLayout(self)
        self.header = QLabel(objectName="loanHeader")
        lay.addWidget(self.header)
        self.toolbar = QToolBar(objectName="loanToolbar")
        lay.addWidget(self.toolbar)
        self.act_pay = self.toolbar.addAction(_tr("Post repayment..."), self._on_pay_triggered)
        self.act_quote = self.toolbar.addAction(_tr("Payoff quote..."), self._on_quote_triggered)
        self.act_draw = self.toolbar.addAction(_tr("Draw..."), self._on_draw_triggered)
        self.act_freeze = self.toolbar.addAction(_tr("Freeze line..."), self._on_freeze_triggered)
        self.act_reverse = self.toolbar.addAction(_tr("Reverse selected entry..."), self._on_reverse_triggered)
        self.act_refresh = self.toolbar.addAction(_tr("Refresh"), self.load)
        top = QHBoxLayout()
        self.balances = QGroupBox(_tr("Balances"))
        self.bal_grid = QGridLayout(self.balances)
        self.bal_labels: dict[str, QLabel] = {}
        for k, (key, text) in enumerate([("principal", _tr("Principal")), ("interest", _tr("Interest accrued")),
                                         ("penalty", _tr("Penalty interest")), ("overdue", _tr("Overdue")),
                                         ("dpd", _tr("Days past due")), ("tier", _tr("Bucket / class")),
                                         ("excess", _tr("To refund"))]):
            self.bal_grid.addWidget(QLabel(text), k // 4, (k % 4) * 2)
            self.bal_labels[key] = QLabel(objectName=f"bal_{key}")
            self.bal_grid.addWidget(self.bal_labels[key], k // 4, (k % 4) * 2 + 1)
        top.addWidget(self.balances, 3)
        self.line_box = QGroupBox(_tr("Credit line"))
        self.line_label = QLabel(objectName="lineInfo")
        QVBoxLayout(self.line_box).addWidget(self.line_label)
        top.addWidget(self.line_box, 1)
        lay.addLayout(top)
        self.recall_line = QLabel(objectName="recallLine", wordWrap=True, styleSheet="color: #b00020;")
        lay.addWidget(self.recall_line)
        self.tabs = QTabWidget()
        self.schedule = read_only_table(QTableWidget(objectName="loanSchedule"))
        self.tabs.addTab(self.schedule, _tr("Schedule"))
        jw = QWidget()
        jl = QVBoxLayout(jw)
        self.show_accruals = QCheckBox(_tr("Show daily accruals"), objectName="showAccruals")
        self.show_accruals.toggled.connect(self._on_show_accruals_toggled)
        jl.addWidget(self.show_accruals)
        self.journal = read_only_table(QTableWidget(objectName="loanJournal"))
        jl.addWidget(self.journal)
        self.tabs.addTab(jw, _tr("Journal"))
        from workstation.ui.loans.loan_tranches import TranchesPanel
        self.tranches = TranchesPanel(store, actor, loan_id)
        self.tranches.changed.connect(self.changed)
        self.tabs.addTab(self.tranches, _tr("Disbursements"))
        from workstation.ui.loans.loan_recoveries import RecoveriesPanel
        self.recoveries = RecoveriesPanel(store, actor, loan_id, ask=lambda: AmountDateDialog.ask(
            _tr("Post recovery"), self, on=self.today()))
        self.recoveries.changed.connect(self.changed)
        self.tabs.addTab(self.recoveries, _tr("Recoveries"))
        lay.addWidget(self.tabs, 1)
        self.view: loan_views.LoanView | None = None
        self.recall: recalled.Recall | None = None
        self.recall_line.hide()
        self._entries: list[loan_views.EntryView] = []
        self.load()

    # -- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.view = v = loan_views.loan_view(self.store, self.actor, self.loan_id)
            self._entries = loan_views.journal(self.store, self.actor, self.loan_id,
                                               include_accruals=self.show_accruals.isChecked())
            self.recall = recalled.recall_of(self.store, self.actor, self.loan_id)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return
        self.header.setText(_tr("%1  %2  %3  -  %4  -  disbursed %5 on %6, matures %7")
                            .replace("%1", v.contract_no).replace("%2", product_name(v.product_code)).replace("%3", pick(v.rate_text_zh, v.rate_text) if v.rate_text_zh else v.rate_text)
                            .replace("%4", _tr(LOAN_STATUS_TEXT.get(v.balances.status, v.balances.status)))
                            .replace("%5", fmt(v.disbursed_amount or Decimal(0), symbol=True))
                            .replace("%6", str(v.disbursed_on or "")).replace("%7", str(v.maturity_date or "")))
        b = v.balances
        self.bal_labels["principal"].setText(fmt(b.principal))
        self.bal_labels["interest"].setText(fmt(b.interest))
        self.bal_labels["penalty"].setText(fmt(b.penalty))
        self.bal_labels["overdue"].setText(fmt(b.overdue_principal + b.overdue_interest))
        self.bal_labels["dpd"].setText(str(b.dpd))
        self.bal_labels["tier"].setText(f"{b.bucket} / {b.tier}")
        self.bal_labels["excess"].setText(fmt(b.excess))
        self.line_box.setVisible(v.line is not None)
        if v.line:
            self.line_label.setText(_tr("Limit %1\nDrawn %2\nAvailable %3\nExpires %4%5")
                                    .replace("%1", fmt(v.line.limit)).replace("%2", fmt(v.line.drawn))
                                    .replace("%3", fmt(v.line.available)).replace("%4", str(v.line.expiry))
                                    .replace("%5", "\n" + _tr("FROZEN: %1").replace("%1", v.line.freeze_reason or "")
                                             if v.line.frozen else ""))
            self.act_freeze.setText(_tr("Unfreeze line...") if v.line.frozen else _tr("Freeze line..."))
        active = b.status == "active"
        for act in (self.act_pay, self.act_quote):
            act.setEnabled(active)
        self.act_draw.setVisible(v.line is not None)
        self.act_freeze.setVisible(v.line is not None)
        self.act_reverse.setVisible(self.actor.has("supervisor"))
        due = self.recall.due_date if self.recall else None      # the engine's dates after an early recall
        self.recall_line.setVisible(self.recall is not None)
        if self.recall:
            self.recall_line.setText(
                _tr("Recalled early (notice %1, signed %2): the whole balance falls due on %3; the schedule shows "
                    "the dates as they apply after the recall.").replace("%1", self.recall.notice_no)
                .replace("%2", self.recall.declared_on.isoformat()).replace("%3", self.recall.due_date.isoformat()))
        fill_table(self.schedule, [_tr("No."), _tr("Due date"), _tr("Principal"), _tr("Interest"), _tr("Paid principal"),
                              _tr("Paid interest"), _tr("Outstanding"), _tr("Status")],
              [[str(i.period), recalled.applied_due(i.due_date, due).isoformat(), fmt(i.principal_due),
                fmt(self._interest(i)), fmt(i.principal_paid), fmt(i.interest_paid),
                fmt(i.outstanding + self._interest(i) - i.interest_due),
                status_text(i.status, i.days_overdue)] for i in v.installments], right_from=2)
        for r in range(self.schedule.rowCount()):        # the status column keeps left alignment
            self.schedule.item(r, 7).setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fill_table(self.journal, [_tr("Entry no."), _tr("Kind"), _tr("Value date"), _tr("Amount"), _tr("Principal"),
                             _tr("Interest"), _tr("Penalty"), _tr("Reference"), _tr("Note")],
              [[str(e.id), _tr(KIND_TEXT.get(e.kind, e.kind)) + (_tr(" (reversed)") if e.reversed_by else ""),
                e.value_date.isoformat(), fmt(e.amount), fmt(e.principal), fmt(e.interest), fmt(e.penalty),
                _reference(e), e.memo or ""] for e in self._entries], right_from=3)
        self.tranches.load()
        written_off = b.status == "written_off"
        self.tabs.setTabVisible(self.tabs.indexOf(self.recoveries), written_off)
        if written_off:
            self.recoveries.load()


    def _interest(self, i):
        """The installment's interest as the engine applies a recall in force (the recall
        date's figure), else as stored."""
        return self.recall.interest.get(i.period, i.interest_due) if self.recall else i.interest_due
    def installment_statuses(self) -> list[str]:
        return [self.schedule.item(r, 7).text() for r in range(self.schedule.rowCount())]

    def _on_show_accruals_toggled(self, _checked: bool) -> None:
        self.load()

    # -- actions -------------------------------------------------------------------------------------
    def post_repayment(self, amount: Decimal, value_date: date) -> bool:
        """Preview; a backdated posting is shown before/after and must be confirmed."""
        def post() -> bool:
            preview = loan_views.preview_repayment(self.store, self.actor, self.loan_id, amount=amount, value_date=value_date)
            if preview.backdated and not self.confirm_preview(preview):
                return False
            loans.post_repayment(self.store, self.actor, self.loan_id, amount=amount, value_date=value_date,
                                 confirm=preview.backdated, today=self.today())
            return True
        return act_then_reload(self, post)

    def _on_pay_triggered(self) -> None:
        got = AmountDateDialog.ask(_tr("Post repayment"), self, on=self.today())
        if got:
            self.post_repayment(*got)

    def _on_quote_triggered(self) -> None:
        got = AmountDateDialog.ask(_tr("Payoff quote for a date (amount ignored)"), self, amount=Decimal(0),
                                   on=self.today())
        if not got:
            return
        try:
            q = loan_views.payoff_quote(self.store, self.actor, self.loan_id, on=got[1])
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        QMessageBox.information(self, _tr("Payoff quote"), _tr(
            "To settle on %1: %2\n(principal %3, interest to that day %4, penalty %5)")
            .replace("%1", str(q.on)).replace("%2", fmt(q.total, symbol=True)).replace("%3", fmt(q.principal))
            .replace("%4", fmt(q.interest)).replace("%5", fmt(q.penalty)))

    def _on_draw_triggered(self) -> None:
        got = AmountDateDialog.ask(_tr("Draw on the line"), self, on=self.today())
        if not got:
            return
        self._run(lambda: credit_lines.draw(self.store, self.actor, self.loan_id, amount=got[0], on=got[1],
                                            today=self.today()))

    def _on_freeze_triggered(self) -> None:
        frozen = bool(self.view and self.view.line and self.view.line.frozen)
        reason, ok = QInputDialog.getText(self, _tr("Unfreeze line") if frozen else _tr("Freeze line"), _tr("Reason"))
        if ok:
            self._run(lambda: credit_lines.set_frozen(self.store, self.actor, self.loan_id, frozen=not frozen,
                                                      reason=reason))

    def reverse_entry(self, entry_id: int, reason: str) -> bool:
        def reverse() -> bool:
            preview = loan_views.preview_reversal(self.store, self.actor, self.loan_id, entry_id)
            if not self.confirm_preview(preview):
                return False
            loans.reverse(self.store, self.actor, self.loan_id, entry_id, reason=reason, confirm=True)
            return True
        return act_then_reload(self, reverse)

    def _on_reverse_triggered(self) -> None:
        row = self.journal.currentRow()
        if row < 0:
            return
        reason, ok = QInputDialog.getText(self, _tr("Reverse entry"), _tr("Reason"))
        if ok:
            self.reverse_entry(int(self.journal.item(row, 0).text()), reason)

    def _run(self, fn) -> None:
        def call() -> None:         # whatever the service returns, the action went through
            fn()
        act_then_reload(self, call)


# -- mounting ---------------------------------------------------------------------------------------------

def install(window) -> None:
    """A Loans menu: open a loan by contract number, run end of day (supervisors, admins)."""
    from workstation.ui.loans.loan_menu import build_menu
    build_menu(window, open_loan=lambda loan_id: LoanScreen(window.store, window.actor, loan_id))


def install_case(case_file) -> None:
    """A Loan tab in the case file of an application that has a loan: mounted when the
    file opens, or as soon as the case is disbursed while it is open."""

    def mount() -> None:
        if getattr(case_file, "loan_screen", None) is not None:
            return
        try:
            loan_id = loan_views.loan_id_of_application(case_file.store, case_file.actor, case_file.app_id,
                                                        disbursed=True)
        except NotVisible:      # a second signer's file, once signed: the case (and a loan) is no longer theirs
            return
        if loan_id is not None:
            case_file.loan_screen = LoanScreen(case_file.store, case_file.actor, loan_id)
            case_file.add_tab(case_file.loan_screen, case_file.loan_screen.tr("Loan"))

    mount()
    case_file.changed.connect(mount)     # a file opened while in review reaches disbursement too
