"""Small pieces shared by the interview, recommendation and sign-off widgets."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.domain.schedules import Schedule
from workstation.domain.workflow import TransitionError
from workstation.domain.errors import DomainError, PermissionDenied
from workstation.decide.decide_policy import PolicyBlocked
from workstation.ui.errors import present_error, server_away, server_away_text, user_message
from workstation.ui.i18n import pick

def _tr(text: str) -> str:
    return QCoreApplication.translate("Schedule", text)


_UNSET = QDateTime(2000, 1, 1, 0, 0, 0)


def finding_text(f) -> str:
    """A rule's finding in the interface language, by its code (ui/problems.py)."""
    from workstation.ui.problems import problem_text
    return problem_text(f)


def policy_blocked_text(exc: PolicyBlocked) -> str:
    return QCoreApplication.translate(
        "Decide", "Hard policy rules fail: %1.").replace(
        "%1", "; ".join(finding_text(f) for f in exc.findings))


def exception_lines(items) -> list[str]:
    """Exceptions to hard rules as the sign-off and recommendation tabs list them."""
    states = {"requested": QCoreApplication.translate("Decide", "requested"),
              "granted": QCoreApplication.translate("Decide", "granted"),
              "refused": QCoreApplication.translate("Decide", "refused"),
              "withdrawn": QCoreApplication.translate("Decide", "withdrawn")}
    out = []
    for x in items:
        line = (QCoreApplication.translate("Decide", "Exception to %1 (%2), requested by %3 on %4: %5")
                .replace("%1", pick(x.rule_zh, x.rule_en)).replace("%2", states.get(x.state, x.state))
                .replace("%3", x.requested_by or "—").replace("%4", clock.local_text(x.requested_at))
                .replace("%5", x.reason))
        if x.granted_by and x.granted_at:
            line += " " + (QCoreApplication.translate("Decide", "Granted by %1 on %2.")
                           .replace("%1", x.granted_by).replace("%2", clock.local_text(x.granted_at)))
        out.append(line)
    return out


class MessageLabel(QLabel):
    """Inline feedback: refusals in words, right where the user acted (no modal box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def info(self, text: str) -> None:
        self.setStyleSheet("color: #2a6f2a;")
        self.setText(text)

    def error(self, text: str) -> None:
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setText(text)

    def show_exception(self, parent: QWidget, exc: BaseException) -> None:
        """Domain refusals inline; anything unexpected through the one error presenter."""
        if server_away(exc):                    # inline: the banner and the draft notice say the rest
            self.error(server_away_text())
        elif isinstance(exc, PolicyBlocked):
            self.error(policy_blocked_text(exc))
        elif isinstance(exc, (DomainError, PermissionDenied, TransitionError, LookupError)):
            self.error(user_message(exc))
        else:
            self.error(type(exc).__name__)
            present_error(parent, exc)


def datetime_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-time field that may be left unset (shows a dash)."""
    w = QDateTimeEdit(parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd HH:mm")
    w.setMinimumDateTime(_UNSET)
    w.setSpecialValueText("—")
    w.setDateTime(_UNSET)
    return w


def read_datetime(w: QDateTimeEdit) -> datetime | None:
    """The instant typed, read as business time (Asia/Shanghai), whatever the machine's zone."""
    from workstation.domain.clock import BUSINESS_TZ
    if w.dateTime() == w.minimumDateTime():
        return None
    wall = w.dateTime().toPython().replace(tzinfo=None)
    return wall.replace(tzinfo=BUSINESS_TZ).astimezone(timezone.utc)


def write_datetime(w: QDateTimeEdit, value: datetime | None) -> None:
    """Show ``value`` as business-time wall clock (Asia/Shanghai)."""
    from workstation.domain.clock import to_business
    if value is None:
        w.setDateTime(w.minimumDateTime())
    else:
        w.setDateTime(QDateTime(to_business(value).replace(tzinfo=None, microsecond=0)))


def schedule_table(parent: QWidget | None = None) -> QTableWidget:
    t = QTableWidget(0, 6, parent)
    t.setHorizontalHeaderLabels([_tr("No."), _tr("Due"), _tr("Principal"), _tr("Interest"), _tr("Payment"),
                                 _tr("Balance")])
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return t


def fill_schedule(t: QTableWidget, schedule: Schedule | None) -> None:
    rows = schedule.installments if schedule else ()
    t.setRowCount(len(rows))
    for r, i in enumerate(rows):
        for c, text in enumerate((str(i.period), i.due_date.isoformat(), fmt(i.principal), fmt(i.interest),
                                  fmt(i.payment), fmt(i.balance))):
            item = QTableWidgetItem(text)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, item)
    t.resizeColumnsToContents()


class PasswordDialog(QDialog):
    """The signature: the signer types their password again."""

    def __init__(self, parent: QWidget | None, prompt: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign with your password"))
        self.edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(QLabel(prompt, wordWrap=True))
        form.addRow(self.tr("Password"), self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, prompt: str) -> str | None:
        d = cls(parent, prompt)
        return d.edit.text() if d.exec() == QDialog.DialogCode.Accepted else None
