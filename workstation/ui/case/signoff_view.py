"""The supervisor's sign-off: the queue, and for one case the recommendation, the
evidence (score, policy checks, interview, inconsistencies), the schedule, and the
four decisions, each signed with the supervisor's password.

Mounted in case files of users with the supervisor role as the "Sign-off" tab
(``install_case``); ``SignoffQueue`` lists what awaits the signed-in supervisor."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain.money import MoneyError, fmt
from workstation.domain.schedules import ScheduleError, build_schedule
from workstation.decide import authority, cases, interviews, queue, signoff
from workstation.domain.actor import Actor
from workstation.domain.errors import PermissionDenied
from workstation.services.connect import Store
from workstation.ui.amounts import parse_desk_amount, problem_text
from workstation.ui import drafts
from workstation.ui.case.decide_common import (MessageLabel, PasswordDialog, exception_lines, fill_schedule,
                                          finding_text, schedule_table)
from workstation.ui.i18n import pick, product_name, status_name
from workstation.ui.case.recommend_form import DeclineDialog

# the password prompt; tests replace it
ask_password = PasswordDialog.ask
ask_decline = DeclineDialog.ask


class SignoffQueue(QWidget):
    """Cases awaiting the signed-in supervisor (team cases and second sign-offs)."""
    open_case = Signal(int)

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([self.tr("Application"), self.tr("Merchant"), self.tr("Product"),
                                              self.tr("Amount"), self.tr("Version"), self.tr("Officer"),
                                              self.tr("Sign-offs"), self.tr("First signed by")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._on_table_cellDoubleClicked)
        self.message = MessageLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.message)
        self.items: list[signoff.QueueItem] = []
        self.load()

    def load(self) -> None:
        try:
            self.items = signoff.signoff_queue(self.store, self.actor)
        except Exception as exc:  # noqa: BLE001
            self.message.show_exception(self, exc)
            self.items = []
        self.table.setRowCount(len(self.items))
        for r, q in enumerate(self.items):
            for c, text in enumerate((q.app_no, q.merchant_name, product_name(q.product_code), fmt(q.amount),
                                      str(q.recommendation_version), q.officer or "",
                                      f"{q.signoffs_done}/{q.signoffs_needed}", q.first_signer or "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _on_table_cellDoubleClicked(self, row: int, _col: int) -> None:
        self.open_case.emit(self.items[row].application_id)


def _method_name(code: str) -> str:
    from workstation.domain.schedules import Method
    try:
        m = Method(code)
    except ValueError:
        return code
    return pick(m.name_zh, code)


def _outcome_name(code: str | None) -> str:
    from workstation.domain.interview import OUTCOME_NAMES
    zh, en = OUTCOME_NAMES.get(code or "", (code or "", code or ""))
    return pick(zh, en)


class SignoffView(QWidget):
    signed = Signal(str)         # the application's new status

    def __init__(self, store: Store, actor: Actor, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, application_id
        self.case: signoff.SignoffCase | None = None
        self.readable = True         # False once this supervisor signed another team's case
        self.summary = QLabel(wordWrap=True)
        self.chain = QLabel(wordWrap=True)
        self.evidence = QLabel(wordWrap=True)
        self.findings = QListWidget()
        self.findings.setMaximumHeight(110)
        self.findings.setWordWrap(True)         # a failed rule's reason is a sentence
        self.schedule = schedule_table()
        self.limit = QLineEdit(placeholderText=self.tr("lower limit"))
        self.comment = QLineEdit(placeholderText=self.tr("comment (required to return)"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.lower_button = QPushButton(self.tr("Approve lower"))
        self.return_button = QPushButton(self.tr("Return"))
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.approve_button.clicked.connect(lambda: self._sign("approve"))
        self.lower_button.clicked.connect(lambda: self._sign("approve_lower"))
        self.return_button.clicked.connect(lambda: self._sign("return"))
        self.decline_button.clicked.connect(lambda: self._sign("decline"))
        self.message = MessageLabel()
        rec_box = QGroupBox(self.tr("Recommendation"))
        QVBoxLayout(rec_box).addWidget(self.summary)
        ev_box = QGroupBox(self.tr("Evidence"))
        ev = QVBoxLayout(ev_box)
        ev.addWidget(self.evidence)
        ev.addWidget(self.findings)
        form = QFormLayout()
        form.addRow(self.tr("Limit"), self.limit)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QHBoxLayout()
        for b in (self.approve_button, self.lower_button, self.return_button, self.decline_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(rec_box)
        lay.addWidget(self.chain)
        lay.addWidget(ev_box)
        lay.addWidget(self.schedule, 1)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.load()
        self.kept = drafts.keep(self, store, actor, f"signoff/{application_id}",
                                {"limit": self.limit, "comment": self.comment}, resend=None,
                                version=lambda: self.case and self.case.recommendation and str(self.case.recommendation.version))

    def load(self) -> None:
        try:
            self.case = signoff.signoff_case(self.store, self.actor, self.app_id)
        except Exception as exc:  # noqa: BLE001
            self.case = None
            self.message.show_exception(self, exc)
            self._enable(False)
            return
        self.message.clear()            # a refusal from an earlier load (no recommendation yet) is over
        c, r = self.case, self.case.recommendation
        t = r.terms
        months, days = self.tr("months"), self.tr("days")      # outside the f-string, where lupdate sees them
        term = f"{t.term_months} {months}" if t.term_months else f"{t.term_days} {days}"
        self.summary.setText(
            self.tr("Version %1 by %2: %3 %4, %5, %6, %7%/day. Suggested %8. Conditions: %9")
            .replace("%1", str(r.version)).replace("%2", r.officer or "").replace("%3", product_name(t.product_code))
            .replace("%4", fmt(t.amount, symbol=True)).replace("%5", term).replace("%6", _method_name(t.method))
            .replace("%7", str(t.daily_rate_pct))
            .replace("%8", fmt(r.suggested_limit) if r.suggested_limit is not None else "—")
            .replace("%9", t.conditions or "—")
            + ("\n" + self.tr("Justification: %1").replace("%1", t.justification) if t.justification else ""))
        lines = [self.tr("Status: %1. Sign-offs needed: %2. Your authority: %3.")
                 .replace("%1", status_name(c.app_status)).replace("%2", str(c.signoffs_needed))
                 .replace("%3", fmt(c.your_limit) if c.your_limit is not None else "—")]
        lines += [f"{clock.local_text(x.signed_at)} {x.signer}: {self._decision_name(x.decision)} "
                  f"{fmt(x.limit_approved) if x.limit_approved else ''} {x.comment}" for x in c.signoffs]
        lines += exception_lines(c.exceptions)
        if c.why_not:
            lines.append(self._why_not_text(c))
        self.chain.setText("\n".join(lines))
        self.evidence.setText("\n".join(self._evidence()))
        self.findings.clear()
        for f in c.findings:
            self.findings.addItem(("✖ " if f.blocking else "⚠ ") + finding_text(f))
        try:
            sched = build_schedule(amount=t.amount, rate=t.rate(), method=t.method, start=clock.today(),
                                   term_months=t.term_months, days=t.term_days)
            fill_schedule(self.schedule, sched)
            self.summary.setText(self.summary.text() + "\n" + self.tr("Annualised rate %1%").replace(
                "%1", f"{sched.apr:.2f}"))
        except ScheduleError:
            fill_schedule(self.schedule, None)
            self.message.error(self.tr("No repayment schedule can be computed for these terms."))
        self._enable(c.may_sign)

    def _evidence(self) -> list[str]:
        out = []
        try:
            view = cases.score(self.store, self.actor, self.app_id)
            if view is None:
                out.append(self.tr("Not scored yet"))
            else:
                sc = view.result
                out.append(self.tr("Score %1, grade %2, default probability %3%, suggested %4")
                           .replace("%1", str(sc.total)).replace("%2", sc.grade)
                           .replace("%3", str((sc.default_probability * 100).quantize(Decimal("0.01"))))
                           .replace("%4", fmt(sc.suggested_limit)))
            checks = cases.policy_checks(self.store, self.actor, self.app_id)
            failed = [pick(p.reason_zh, p.reason_en) for p in checks if not p.passed]
            out.append(self.tr("Policy checks: %1").replace("%1", "; ".join(failed) if failed else self.tr("all pass")))
            fin = cases.financials(self.store, self.actor, self.app_id)
            bad = [pick(i.message_zh, i.message_en) for i in fin.items if i.severity != "ok"]
            out.append(self.tr("Inconsistencies: %1").replace("%1", "; ".join(bad) if bad else self.tr("none")))
        except PermissionDenied:
            out.append(self.tr("The case file belongs to another team; the score and checks are in the first "
                               "sign-off above."))
        done = [v for v in interviews.interviews_for(self.store, self.actor, self.app_id) if v.state == "submitted"]
        if done:
            v = done[-1]
            out.append(self.tr("Interview: %1, %2 discrepancies, masking %3, consistency %4, red flags: %5")
                       .replace("%1", _outcome_name(v.draft.outcome)).replace("%2", str(v.discrepancies))
                       .replace("%3", str(v.masking_score)).replace("%4", str(v.consistency_score))
                       .replace("%5", "; ".join(v.draft.red_flags) or self.tr("none")))
        else:
            out.append(self.tr("Interview: none submitted"))
        return out

    def _why_not_text(self, c: signoff.SignoffCase) -> str:
        """Why the signed-in supervisor may not sign, in the desk's words (by the service's code)."""
        texts = {"role": self.tr("Signing off needs the supervisor role."),
                 "not_awaiting": self.tr("%1 is not awaiting sign-off."),
                 "own": self.tr("You may not sign off your own recommendation for %1."),
                 "signed": self.tr("You have already signed %1; another supervisor must give the next "
                                   "signature."),
                 "other_team": self.tr("%1 belongs to another team: its own supervisor signs first.")}
        text = texts.get(c.why_not_code or "")
        return text.replace("%1", c.app_no) if text else (c.why_not or "")

    def _decision_name(self, code: str) -> str:
        return {"approve": self.tr("approved"), "approve_lower": self.tr("approved lower"),
                "return": self.tr("returned"), "decline": self.tr("declined")}.get(code, code)

    def _enable(self, on: bool) -> None:
        for b in (self.approve_button, self.lower_button, self.return_button, self.decline_button):
            b.setEnabled(on)

    def _sign(self, decision: str) -> None:
        if self.case is None:
            return
        limit, codes, comment = None, (), self.comment.text()
        if decision == "approve_lower":
            try:
                limit = parse_desk_amount(self.limit.text(), positive=True)
            except MoneyError as exc:
                self.message.error(self.tr("Type the lower limit first.") if exc.code == "required"
                                   else problem_text(exc))
                return
        if decision == "decline":
            got = ask_decline(self, authority.decline_reasons(self.store, self.actor))
            if got is None:
                return
            codes, comment = got
        password = ask_password(self, self.tr("Sign %1 on %2, recommendation version %3")
                                .replace("%1", self._decision_name(decision)).replace("%2", self.case.app_no)
                                .replace("%3", str(self.case.recommendation.version)))
        if password is None:
            return
        try:
            res = signoff.sign(self.store, self.actor, self.app_id, decision=decision,
                               seen_version=self.case.recommendation.version, password=password, limit=limit,
                               comment=comment, reason_codes=codes)
        except Exception as exc:  # noqa: BLE001 - shown inline; the form keeps what was typed
            self.message.show_exception(self, exc)
            return
        self.kept.saved()
        self.readable = queue.can_see(self.store, self.actor, self.app_id)
        if self.readable:
            self.load()
        else:       # another team's case: open to this supervisor only while it awaited the signature
            self._enable(False)
        self.signed.emit(res.status)       # the case file reloads (this tab too: shown after it)
        self.message.info(self._result_text(res))

    def _result_text(self, res: signoff.SignResult) -> str:
        app_no = self.case.app_no
        if res.status == "approved":
            text = self.tr("%1 approved: %2.").replace("%1", app_no).replace("%2", fmt(res.limit_approved))
        elif res.status == "awaiting_signoff":
            text = self.tr("%1: your signature is recorded; another supervisor must sign.").replace("%1", app_no)
        else:
            text = self.tr("%1 is now: %2.").replace("%1", app_no).replace("%2", status_name(res.status))
        if not self.readable:
            text += " " + self.tr("The case belongs to another team and is closed to you again.")
        return text


def install_case(case_file) -> None:
    """Supervisors get a Sign-off tab in every case file."""
    if not case_file.actor.has("supervisor"):
        return
    view = SignoffView(case_file.store, case_file.actor, case_file.app_id)
    view.signed.connect(lambda status: case_file.reload() if view.readable else _closed_to_you(case_file, status))
    case_file.add_tab(view, view.tr("Sign-off"))


def _closed_to_you(case_file, status: str) -> None:
    """Another team's case just signed: it can no longer be read, but its header says where it went."""
    from dataclasses import replace
    case_file.profile = replace(case_file.profile, status=status)
    case_file._update_header()
    case_file.changed.emit()


def install(window) -> None:
    """Supervisors: View > Sign-off queue opens the cases awaiting their signature, with who signed first."""
    if not window.actor.has("supervisor"):
        return
    from PySide6.QtGui import QAction, QKeySequence
    act = QAction(QCoreApplication.translate("SignoffQueue", "&Sign-off queue"), window)
    act.setObjectName("actSignoffQueue")
    act.setShortcut(QKeySequence("Ctrl+Shift+S"))
    act.triggered.connect(lambda: open_queue(window))
    window.menus["view"].addAction(act)


def open_queue(window) -> SignoffQueue:
    """The sign-off queue tab of the main window (opened once, reloaded when shown again)."""
    for i in range(window.tabs.count()):
        w = window.tabs.widget(i)
        if isinstance(w, SignoffQueue):
            w.load()
            window.tabs.setCurrentIndex(i)
            return w
    q = SignoffQueue(window.store, window.actor)
    q.open_case.connect(window.open_case)
    window.tabs.setCurrentIndex(window.tabs.addTab(q, q.tr("Sign-off queue")))
    return q
