"""The officer's recommendation: product, limit, term, method, rate and conditions,
with a live schedule preview, the annualised rate, and the rules' findings.
Also: submit for sign-off, ask for more information, decline with reason codes.

Mounted in every case file as the "Recommendation" tab (``install_case``)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox,
                               QSplitter, QVBoxLayout, QWidget)

from workstation.domain.decision import Terms
from workstation.domain.money import MoneyError, fmt, parse_decimal
from workstation.domain.products import SEED_PRODUCTS, Product
from workstation.domain.schedules import Method
from workstation.domain.decision import NOT_EXCEPTABLE
from workstation.decide import authority, decide_policy, decisions
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.amounts import parse_desk_amount
from workstation.ui import drafts
from workstation.ui.case.decide_common import (MessageLabel, exception_lines, fill_schedule, finding_text,
                                          schedule_table)
from workstation.ui.i18n import pick

PREVIEW_DELAY_MS = 250
RED, ORANGE = QColor("#b00020"), QColor("#b36b00")


class RecommendationForm(QWidget):
    changed = Signal()           # the case moved (recommended, submitted, declined, ...)

    def __init__(self, store: Store, actor: Actor, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, application_id
        self.version = 0           # the recommendation version this form was loaded from
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.load()
        self.kept = drafts.keep(self, store, actor, f"recommendation/{application_id}", dict(
            product=self.product, method=self.method, term_months=self.term_months, term_days=self.term_days,
            amount=self.amount, rate=self.rate, conditions=self.conditions, justification=self.justification),
            resend=self._on_save_clicked, version=lambda: str(self.version))

    def _build(self) -> None:
        self.product = QComboBox()
        for p in SEED_PRODUCTS:
            self.product.addItem(f"{pick(p.name_zh, p.name_en)} ({p.code})", p.code)
        self.amount = QLineEdit()
        self.method = QComboBox()
        self.term_months = QComboBox()
        self.term_days = QSpinBox(minimum=1, maximum=365)
        self.rate = QLineEdit(placeholderText=self.tr("percent per day, e.g. 0.05"))
        self.conditions = QPlainTextEdit()
        self.conditions.setMaximumHeight(60)
        self.justification = QPlainTextEdit(placeholderText=self.tr("required when the limit is above the suggested limit"))
        self.justification.setMaximumHeight(60)
        self.suggested = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Limit (CNY)"), self.amount)
        form.addRow(self.tr("Suggested limit"), self.suggested)
        form.addRow(self.tr("Repayment method"), self.method)
        form.addRow(self.tr("Term (months)"), self.term_months)
        form.addRow(self.tr("Term (days)"), self.term_days)
        form.addRow(self.tr("Daily rate %"), self.rate)
        form.addRow(self.tr("Conditions"), self.conditions)
        form.addRow(self.tr("Justification"), self.justification)
        self.version_label = QLabel()
        self.message = MessageLabel()
        self.save_button = QPushButton(self.tr("Save recommendation"))
        self.submit_button = QPushButton(self.tr("Submit for sign-off"))
        self.info_button = QPushButton(self.tr("Request information…"))
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.exception_button = QPushButton(self.tr("Request exception…"))
        self.exception_button.setEnabled(False)
        self.exception_button.clicked.connect(self._on_exception_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        self.info_button.clicked.connect(self._on_info_clicked)
        self.decline_button.clicked.connect(self._on_decline_clicked)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.submit_button, self.exception_button, self.info_button,
                  self.decline_button):
            buttons.addWidget(b)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.version_label)
        lv.addLayout(form)
        lv.addLayout(buttons)
        lv.addWidget(self.message)
        lv.addStretch(1)
        self.apr = QLabel()
        self.totals = QLabel()
        self.findings = QListWidget()
        self.findings.setMaximumHeight(130)
        self.findings.setWordWrap(True)         # a failed rule's reason is a sentence
        self.exceptions = QLabel(wordWrap=True)
        self.exceptions_failed: list[tuple[str, str]] = []     # (rule code, its finding) an exception may lift
        self.schedule = schedule_table()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.apr)
        rv.addWidget(self.totals)
        rv.addWidget(QLabel(self.tr("Rules")))
        rv.addWidget(self.findings)
        rv.addWidget(self.exceptions)
        rv.addWidget(self.schedule, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        QVBoxLayout(self).addWidget(split)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        for w in (self.method, self.term_months):
            w.currentIndexChanged.connect(self._on_edited)
        self.term_days.valueChanged.connect(self._on_edited)
        for w in (self.amount, self.rate):
            w.textChanged.connect(self._on_edited)
        for w in (self.conditions, self.justification):
            w.textChanged.connect(self._on_edited)

    # --- data --------------------------------------------------------------------------
    def _product(self) -> Product:
        return decisions.product_definition(self.store, self.actor, self.product.currentData())

    def load(self) -> None:
        self._loading = True
        try:
            rec = decisions.current_recommendation(self.store, self.actor, self.app_id)
            asked = decisions.requested_terms(self.store, self.actor, self.app_id)
            months, days, code, suggested = asked.term_months, asked.term_days, asked.product_code, asked.suggested_limit
            self.suggested.setText(fmt(suggested) if suggested is not None else self.tr("(not scored)"))
            if rec is None:
                self.version = 0
                self._select(self.product, code)
                self._fill_product_choices()
                p = self._product()
                self.amount.setText(str(asked.amount))
                self._select(self.term_months, months)
                if days:
                    self.term_days.setValue(days)
                daily = p.rate.percent("day")
                self.rate.setText(str((Decimal(daily.numerator) / Decimal(daily.denominator)).normalize()))
                self.version_label.setText(self.tr("New recommendation"))
            else:
                t = rec.terms
                self.version = rec.version
                self._select(self.product, t.product_code)
                self._fill_product_choices()
                self.amount.setText(str(t.amount))
                self._select(self.method, t.method)
                self._select(self.term_months, t.term_months)
                if t.term_days:
                    self.term_days.setValue(t.term_days)
                self.rate.setText(str(t.daily_rate_pct))
                self.conditions.setPlainText(t.conditions)
                self.justification.setPlainText(t.justification)
                self.version_label.setText(self.tr("Version %1 by %2").replace("%1", str(rec.version))
                                           .replace("%2", rec.officer or ""))
        finally:
            self._loading = False
        self.refresh_preview()

    def _fill_product_choices(self) -> None:
        p = self._product()
        keep_m, keep_t = self.method.currentData(), self.term_months.currentData()
        self.method.clear()
        for m in p.methods:
            self.method.addItem(pick(m.name_zh, m.value), m.value)
        self.term_months.clear()
        for n in p.term_months:
            self.term_months.addItem(str(n), n)
        self._select(self.method, keep_m)
        self._select(self.term_months, keep_t if keep_t in p.term_months else p.default_term_months)
        if p.days_max:
            self.term_days.setRange(p.days_min, p.days_max)
            self.term_days.setValue(p.default_days or p.days_max)
        self._update_term_fields()

    def _update_term_fields(self) -> None:
        bullet = self.method.currentData() == Method.BULLET.value
        self.term_months.setEnabled(not bullet)
        self.term_days.setEnabled(bullet)

    def terms(self) -> Terms:
        """The terms as typed (amount/rate that do not parse become 0 and show as findings)."""
        bullet = self.method.currentData() == Method.BULLET.value
        return Terms(product_code=self.product.currentData(), amount=_decimal(self.amount.text(), money=True),
                     method=self.method.currentData() or "", daily_rate_pct=_decimal(self.rate.text()),
                     term_months=None if bullet else self.term_months.currentData(),
                     term_days=self.term_days.value() if bullet else None,
                     conditions=self.conditions.toPlainText(), justification=self.justification.toPlainText())

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            p = decisions.preview(self.store, self.actor, self.app_id, self.terms())
        except Exception as exc:  # noqa: BLE001
            self.message.show_exception(self, exc)
            return
        self.findings.clear()
        for f in p.findings:
            item = QListWidgetItem(("✖ " if f.blocking else "⚠ ") + finding_text(f))
            item.setForeground(RED if f.blocking else ORANGE)
            self.findings.addItem(item)
        if not p.findings:
            self.findings.addItem(QListWidgetItem("✔ " + self.tr("All rules met")))
        self.exceptions_failed = [(f.code, finding_text(f)) for f in p.findings
                                  if f.blocking and f.code and f.code not in NOT_EXCEPTABLE]
        self.exception_button.setEnabled(bool(self.exceptions_failed))
        self.exceptions.setText("\n".join(exception_lines(decide_policy.exceptions_for(self.store, self.actor, self.app_id))))
        fill_schedule(self.schedule, p.schedule)
        if p.schedule is not None:
            label = self.tr("simple, daily rate x 365") if p.schedule.apr_basis == "simple" else self.tr("IRR")
            self.apr.setText(self.tr("Annualised rate: %1% (%2)").replace("%1", f"{p.schedule.apr:.2f}")
                             .replace("%2", label))
            self.totals.setText(self.tr("Total interest %1, total to repay %2")
                                .replace("%1", fmt(p.schedule.total_interest))
                                .replace("%2", fmt(p.schedule.total_payment)))
        else:
            self.apr.setText(self.tr("Annualised rate: —"))
            # the schedule fails on the terms the findings above already name, in the desk's words
            self.totals.setText(self.tr("No repayment schedule for these terms: see the findings.")
                                if p.schedule_error else "")

    # --- slots -------------------------------------------------------------------------
    def _on_product_changed(self, *_a) -> None:
        if self._loading:
            return
        self._fill_product_choices()
        self._on_edited()

    def _on_edited(self, *_a) -> None:
        if self._loading:
            return
        self._update_term_fields()
        self._timer.start()

    def _run(self, fn, ok_text: str) -> bool:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001
            self.message.show_exception(self, exc)
            return False
        self.message.info(ok_text)
        self.changed.emit()
        return True

    def _on_save_clicked(self) -> None:
        def do():
            rec = decisions.recommend(self.store, self.actor, self.app_id, self.terms(),
                                      expected_version=self.version)
            self.version = rec.version
            self.version_label.setText(self.tr("Version %1 by %2").replace("%1", str(rec.version))
                                       .replace("%2", rec.officer or ""))
            self.kept.saved()
        self._run(do, self.tr("Recommendation saved."))

    def _on_submit_clicked(self) -> None:
        self._run(lambda: decisions.submit_for_signoff(self.store, self.actor, self.app_id, version=self.version),
                  self.tr("Submitted for sign-off."))

    def _on_exception_clicked(self) -> None:
        got = ask_exception(self, self.exceptions_failed)
        if got is None:
            return
        rule, reason = got
        if self._run(lambda: decide_policy.request_exception(self.store, self.actor, self.app_id, rule=rule,
                                                            reason=reason),
                     self.tr("Exception requested: the sign-off needs one more signature than the amount alone.")):
            self.refresh_preview()

    def _on_info_clicked(self) -> None:
        kept = (self.store, self.actor, f"info-request/{self.app_id}")      # the text, until the server has it
        what = TextDialog.ask(self, self.tr("What information is requested from the applicant?"), draft=kept)
        if what is not None and self._run(lambda: decisions.request_info(self.store, self.actor, self.app_id,
                                                                          what=what),
                                          self.tr("The case waits for the applicant.")):
            drafts.forget(*kept)

    def _on_decline_clicked(self) -> None:
        got = DeclineDialog.ask(self, authority.decline_reasons(self.store, self.actor))
        if got is not None:
            codes, comment = got
            self._run(lambda: decisions.decline(self.store, self.actor, self.app_id, reason_codes=codes,
                                                comment=comment), self.tr("Declined."))

    @staticmethod
    def _select(box: QComboBox, data) -> None:
        i = box.findData(data)
        if i >= 0:
            box.setCurrentIndex(i)


def _decimal(text: str, *, money: bool = False) -> Decimal:
    """Through the one money parser (1e3, 1_000, 1,50 are no numbers); what does not parse is 0."""
    try:
        if money:   # an amount that is not exact to the fen is no amount: the rules say so
            return parse_desk_amount(text.strip() or "0")
    except MoneyError:
        return Decimal("0")
    try:    # the rate: a percentage per day; unreadable is refused, never taken as 0
        d = parse_decimal(text.strip() or "0", places=40, limit=Decimal(100))
    except MoneyError:
        raise _bad_rate(text) from None
    if not Decimal(0) < d < Decimal(100):
        raise _bad_rate(text)
    return d


def _bad_rate(text: str) -> Exception:
    """An unreadable daily rate is refused, never taken as 0 (the product's band is checked later)."""
    from PySide6.QtCore import QCoreApplication

    from workstation.domain.errors import DomainError
    return DomainError("as_shown", text=QCoreApplication.translate(
        "RecommendationForm", "Daily rate: \"%1\" is not a rate. Write the percentage per day, e.g. 0.05.")
        .replace("%1", text.strip()))


class TextDialog(QDialog):
    def __init__(self, parent: QWidget | None, prompt: str, draft: tuple | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(objectName="requestText")
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(prompt, wordWrap=True))
        lay.addWidget(self.text)
        lay.addWidget(bb)
        if draft is not None:           # (store, actor, key)
            self.kept = drafts.keep(self, *draft, {"text": self.text}, resend=None)

    @classmethod
    def ask(cls, parent: QWidget | None, prompt: str, draft: tuple | None = None) -> str | None:
        d = cls(parent, prompt, draft)
        return d.text.toPlainText() if d.exec() == QDialog.DialogCode.Accepted else None


class DeclineDialog(QDialog):
    """Reason codes (at least one) and a comment."""

    def __init__(self, parent: QWidget | None, reasons) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decline"))
        lay = QVBoxLayout(self)
        self.boxes = []
        for r in reasons:
            box = QCheckBox(f"{r.code}  {pick(r.text_zh, r.text_en)}")
            box.setProperty("code", r.code)
            self.boxes.append(box)
            lay.addWidget(box)
        self.comment = QLineEdit(placeholderText=self.tr("comment"))
        lay.addWidget(self.comment)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def chosen(self) -> tuple[list[str], str]:
        return [b.property("code") for b in self.boxes if b.isChecked()], self.comment.text()

    @classmethod
    def ask(cls, parent: QWidget | None, reasons) -> tuple[list[str], str] | None:
        d = cls(parent, reasons)
        return d.chosen() if d.exec() == QDialog.DialogCode.Accepted else None


class ExceptionDialog(QDialog):
    """Which failed hard rule to lift, and why."""

    def __init__(self, parent: QWidget | None, failed: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Request an exception to a hard rule"))
        self.rule = QComboBox()
        for code, text in failed:
            self.rule.addItem(text, code)
        self.reason = QPlainTextEdit(placeholderText=self.tr("why the case should go ahead despite the rule"))
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("The exception is granted only by the sign-off, with one more signature "
                                     "than the amount alone needs."), wordWrap=True))
        form = QFormLayout()
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow(self.tr("Reason"), self.reason)
        lay.addLayout(form)
        lay.addWidget(bb)

    @classmethod
    def ask(cls, parent: QWidget | None, failed: list[tuple[str, str]]) -> tuple[str, str] | None:
        d = cls(parent, failed)
        return (d.rule.currentData(), d.reason.toPlainText()) if d.exec() == QDialog.DialogCode.Accepted else None


# the exception prompt; tests replace it
ask_exception = ExceptionDialog.ask


def install_case(case_file) -> None:
    """Every case file gets a Recommendation tab."""
    form = RecommendationForm(case_file.store, case_file.actor, case_file.app_id)
    form.changed.connect(case_file.reload)
    case_file.add_tab(form, form.tr("Recommendation"))
