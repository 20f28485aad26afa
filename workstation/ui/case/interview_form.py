"""The video-interview form: a draft saved to the database as the officer types
(debounced), read-only once submitted, with dated addenda after that.

Mounted in every case file as the "Interview" tab (``install_case``)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain import interview as iv
from workstation.domain.money import MoneyError, parse_decimal
from workstation.decide import interviews
from workstation.domain.actor import Actor
from workstation.domain.errors import DomainError
from workstation.services.connect import Store
from workstation.ui import drafts
from workstation.ui.case.decide_common import MessageLabel, datetime_edit, read_datetime, write_datetime
from workstation.ui.i18n import pick

SAVE_DELAY_MS = 800


class InterviewForm(QWidget):
    saved = Signal(int)          # new draft version
    submitted = Signal()

    def __init__(self, store: Store, actor: Actor, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, application_id
        self.view: interviews.InterviewView | None = None
        self.questionnaire = iv.load_questionnaire()
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self.load()
        self.kept = drafts.keep(self, store, actor, f"interview/{application_id}", self._draft_fields(),
                                resend=self.save_now, version=lambda: self.view and str(self.view.version))
        self.kept_addendum = drafts.keep(self, store, actor, f"interview-addendum/{application_id}",
                                         {"text": self.addendum_text}, resend=self._on_addendum_clicked)

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.start_button = QPushButton(self.tr("Start interview"))
        self.start_button.clicked.connect(self._on_start_clicked)
        self.state_label = QLabel()
        self.message = MessageLabel()
        self.planned_start, self.planned_end = datetime_edit(), datetime_edit()
        self.actual_start, self.actual_end = datetime_edit(), datetime_edit()
        self.channel = QComboBox()
        for code, zh, en in (("video_app", "视频App", "Video app"), ("phone_video", "手机视频", "Phone video"),
                             ("on_site", "现场", "On site"), ("other", "其他", "Other")):
            self.channel.addItem(pick(zh, en), code)
        self.participants = QLineEdit(placeholderText=self.tr("names, separated by commas"))
        when = QFormLayout()
        when.addRow(self.tr("Planned start / end"), _pair(self.planned_start, self.planned_end))
        when.addRow(self.tr("Actual start / end"), _pair(self.actual_start, self.actual_end))
        when.addRow(self.tr("Channel"), self.channel)
        when.addRow(self.tr("Participants"), self.participants)

        checks = QGroupBox(self.tr("Checklist"))
        grid = QGridLayout(checks)
        self.check_rows: dict[str, tuple[QComboBox, QLineEdit, QLineEdit | None]] = {}
        for r, item in enumerate(iv.CHECKLIST):
            grid.addWidget(QLabel(pick(item.text_zh, item.text_en)), r, 0)
            result = QComboBox()
            for code in iv.RESULTS:
                result.addItem(pick(*iv.RESULT_NAMES[code]), code)
            note = QLineEdit(placeholderText=self.tr("note"))
            figure = None
            if item.figure:
                figure = QLineEdit(placeholderText=self.tr("figure stated") + (" %" if item.figure == "pct" else ""))
                grid.addWidget(figure, r, 3)
            grid.addWidget(result, r, 1)
            grid.addWidget(note, r, 2)
            self.check_rows[item.code] = (result, note, figure)

        quest = QGroupBox(pick(self.questionnaire.title_zh, self.questionnaire.title_en))
        qform = QFormLayout(quest)
        self.answers: dict[str, QComboBox] = {}
        for q in self.questionnaire.questions:
            box = QComboBox()
            box.addItem(self.tr("(not asked)"), None)
            for o in q.options:
                box.addItem(pick(o.text_zh, o.text_en), o.id)
            label = QLabel(pick(q.text_zh, q.text_en), wordWrap=True)
            qform.addRow(label, box)
            self.answers[q.id] = box
        self.score_label = QLabel()

        self.red_flags = QPlainTextEdit(placeholderText=self.tr("one red flag per line"))
        self.red_flags.setMaximumHeight(70)
        self.notes = QPlainTextEdit()
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(choose)"), None)
        for code in iv.OUTCOMES:
            self.outcome.addItem(pick(*iv.OUTCOME_NAMES[code]), code)
        self.submit_button = QPushButton(self.tr("Submit notes"))
        self.submit_button.clicked.connect(self._on_submit_clicked)
        end = QFormLayout()
        end.addRow(self.tr("Red flags"), self.red_flags)
        end.addRow(self.tr("Notes"), self.notes)
        end.addRow(self.tr("Outcome"), self.outcome)

        self.addenda = QLabel(wordWrap=True)
        self.addendum_text = QLineEdit(placeholderText=self.tr("correction or addition, dated and signed with your name"))
        self.addendum_button = QPushButton(self.tr("Add addendum"))
        self.addendum_button.clicked.connect(self._on_addendum_clicked)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        for part in (when,):
            body.addLayout(part)
        body.addWidget(checks)
        body.addWidget(quest)
        body.addWidget(self.score_label)
        body.addLayout(end)
        body.addWidget(self.submit_button)
        body.addWidget(QLabel(self.tr("Addenda")))
        body.addWidget(self.addenda)
        body.addLayout(_pair(self.addendum_text, self.addendum_button))
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.body)
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        top.addWidget(self.start_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(scroll, 1)
        for w in (self.planned_start, self.planned_end, self.actual_start, self.actual_end):
            w.dateTimeChanged.connect(self._on_edited)
        for w in (self.channel, self.outcome, *self.answers.values()):
            w.currentIndexChanged.connect(self._on_edited)
        for w in (self.participants,):
            w.textChanged.connect(self._on_edited)
        for w in (self.red_flags, self.notes):
            w.textChanged.connect(self._on_edited)
        for result, note, figure in self.check_rows.values():
            result.currentIndexChanged.connect(self._on_edited)
            note.textChanged.connect(self._on_edited)
            if figure is not None:
                figure.textChanged.connect(self._on_edited)

    # --- data --------------------------------------------------------------------------
    def load(self) -> None:
        found = interviews.interviews_for(self.store, self.actor, self.app_id)
        drafts = [v for v in found if v.state == "draft"]
        self.view = drafts[-1] if drafts else (found[-1] if found else None)
        self._show()

    def _show(self) -> None:
        self._loading = True
        try:
            v = self.view
            self.body.setVisible(v is not None)
            self.start_button.setVisible(v is None or v.state == "submitted")
            self.start_button.setText(self.tr("Start interview") if v is None else self.tr("New interview"))
            if v is None:
                self.state_label.setText(self.tr("No interview recorded yet."))
                return
            d = v.draft
            for w, value in ((self.planned_start, d.planned_start), (self.planned_end, d.planned_end),
                             (self.actual_start, d.actual_start), (self.actual_end, d.actual_end)):
                write_datetime(w, value)
            _select(self.channel, d.channel)
            self.participants.setText(", ".join(d.participants))
            entries = {c.item: c for c in d.checks}
            for code, (result, note, figure) in self.check_rows.items():
                c = entries.get(code, iv.CheckEntry(code))
                _select(result, c.result)
                note.setText(c.note)
                if figure is not None:
                    figure.setText("" if c.stated_value is None else str(c.stated_value))
            chosen = dict(d.answers)
            for qid, box in self.answers.items():
                _select(box, chosen.get(qid))
            self.red_flags.setPlainText("\n".join(d.red_flags))
            self.notes.setPlainText(d.notes)
            _select(self.outcome, d.outcome)
            self.addenda.setText("\n".join(f"{clock.local_text(a.at)} {a.user}: {a.text}"
                                           for a in v.addenda) or self.tr("(none)"))
            ro = v.read_only
            for w in self._inputs():
                w.setEnabled(not ro)
            self.submit_button.setEnabled(not ro)
            self.addendum_text.setEnabled(ro)
            self.addendum_button.setEnabled(ro)
            self._update_state_label()
        finally:
            self._loading = False

    def _inputs(self) -> list[QWidget]:
        out = [self.planned_start, self.planned_end, self.actual_start, self.actual_end, self.channel,
               self.participants, self.red_flags, self.notes, self.outcome, *self.answers.values()]
        for result, note, figure in self.check_rows.values():
            out += [result, note] + ([figure] if figure is not None else [])
        return out

    def _draft_fields(self) -> dict[str, QWidget]:
        """What is kept on this computer while the server is away (ui/drafts.py)."""
        out = {"participants": self.participants, "red_flags": self.red_flags, "notes": self.notes,
               "outcome": self.outcome, "channel": self.channel,
               **{f"answer_{q}": box for q, box in self.answers.items()}}
        for code, (result, note, figure) in self.check_rows.items():
            out |= {f"result_{code}": result, f"note_{code}": note} | ({f"figure_{code}": figure} if figure else {})
        return out

    def _update_state_label(self) -> None:
        v = self.view
        answers = {q: b.currentData() for q, b in self.answers.items() if b.currentData()}
        score = iv.score_questionnaire(self.questionnaire, answers)
        self.score_label.setText(self.tr("Masking %1 / consistency %2  %3")
                                 .replace("%1", _num(score.masking)).replace("%2", _num(score.consistency))
                                 .replace("%3", "; ".join(pick(z, e) for z, e in zip(score.flags_zh, score.flags_en))))
        if v.read_only:
            self.state_label.setText(self.tr("Submitted %1 by %2: read-only; corrections as addenda.")
                                     .replace("%1", clock.local_text(v.submitted_at))
                                     .replace("%2", v.officer or ""))
        else:
            self.state_label.setText(self.tr("Draft, saved as you type (version %1).").replace("%1", str(v.version)))

    def draft(self) -> iv.InterviewDraft:
        checks = []
        for code, (result, note, figure) in self.check_rows.items():
            value = None
            if figure is not None and figure.text().strip():
                value = self._figure(iv.CHECKLIST_BY_CODE[code], figure)
            elif figure is not None:
                figure.setStyleSheet("")
            checks.append(iv.CheckEntry(code, result.currentData(), note.text(), value))
        return iv.InterviewDraft(
            planned_start=read_datetime(self.planned_start), planned_end=read_datetime(self.planned_end),
            actual_start=read_datetime(self.actual_start), actual_end=read_datetime(self.actual_end),
            channel=self.channel.currentData(),
            participants=tuple(p.strip() for p in self.participants.text().split(",") if p.strip()),
            checks=tuple(checks),
            answers=tuple((q, b.currentData()) for q, b in self.answers.items() if b.currentData()),
            red_flags=tuple(x.strip() for x in self.red_flags.toPlainText().splitlines() if x.strip()),
            notes=self.notes.toPlainText(), outcome=self.outcome.currentData())

    def _figure(self, item: iv.ChecklistItem, edit: QLineEdit) -> Decimal:
        """The stated figure typed in ``edit``; a refusal naming the item when it cannot be one."""
        text = edit.text().strip()
        try:    # the one parser: 1e3, 1_000 and 1,50 are no figures
            value = parse_decimal(text.removesuffix("%").strip(), places=40, negative=True, grouping=True,
                                  limit=None)
        except MoneyError:
            value = Decimal("NaN")
        why = iv.figure_problem(item.figure or "money", value)
        if why is None:
            edit.setStyleSheet("")
            return value
        edit.setStyleSheet("border: 1px solid #b00020;")
        low, high = iv.FIGURE_BOUNDS[item.figure or "money"]
        if why == "out_of_range" and item.figure == "pct":
            msg = self.tr("%1: %2 is out of range; a percentage from %3 to %4.")
        elif why == "out_of_range":
            msg = self.tr("%1: %2 is out of range; an amount from %3 to %4 yuan.")
        elif why == "too_precise":
            msg = self.tr("%1: %2 has more than two decimals.")
        else:
            msg = self.tr("%1: %2 is not a number.")
        raise DomainError("as_shown", text=msg.replace("%1", pick(item.text_zh, item.text_en)).replace("%2", text)
                          .replace("%3", f"{low:,}").replace("%4", f"{high:,}"))

    # --- slots -------------------------------------------------------------------------
    def _on_edited(self, *_args) -> None:
        if self._loading or self.view is None or self.view.read_only:
            return
        self._timer.start()
        self._update_state_label()

    def save_now(self) -> None:
        """Write the draft (the debounce timer calls this; also before submit and on close)."""
        self._timer.stop()
        if self.view is None or self.view.read_only:
            return
        try:
            version = interviews.save_draft(self.store, self.actor, self.view.id, self.draft(),
                                            expected_version=self.view.version)
        except Exception as exc:  # noqa: BLE001 - shown inline / by the presenter
            self.message.show_exception(self, exc)
            return
        self.view = interviews.get_interview(self.store, self.actor, self.view.id)
        self.message.info(self.tr("Draft saved."))
        self.kept.saved()
        self._update_state_label()
        self.saved.emit(version)

    def _on_start_clicked(self) -> None:
        try:
            self.view = interviews.start_interview(self.store, self.actor, self.app_id)
        except Exception as exc:  # noqa: BLE001
            self.message.show_exception(self, exc)
            return
        self._show()

    def _on_submit_clicked(self) -> None:
        self.save_now()
        if self.view is None:
            return
        try:
            self.view = interviews.submit_interview(self.store, self.actor, self.view.id)
        except Exception as exc:  # noqa: BLE001
            self.message.show_exception(self, exc)
            return
        self.message.info(self.tr("Interview notes submitted."))
        self._show()
        self.submitted.emit()

    def _on_addendum_clicked(self) -> None:
        try:
            interviews.add_addendum(self.store, self.actor, self.view.id, self.addendum_text.text())
        except Exception as exc:  # noqa: BLE001
            self.message.show_exception(self, exc)
            return
        self.addendum_text.clear()
        self.kept_addendum.saved()
        self.view = interviews.get_interview(self.store, self.actor, self.view.id)
        self._show()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self._timer.isActive():
            self.save_now()
        super().closeEvent(event)


def _pair(a: QWidget, b: QWidget) -> QHBoxLayout:
    h = QHBoxLayout()
    h.addWidget(a, 1)
    h.addWidget(b, 1)
    return h


def _select(box: QComboBox, data) -> None:
    i = box.findData(data)
    box.setCurrentIndex(max(i, 0))


def _num(v: int | None) -> str:
    return "—" if v is None else str(v)


def install_case(case_file) -> None:
    """Every case file gets an Interview tab."""
    form = InterviewForm(case_file.store, case_file.actor, case_file.app_id)
    form.submitted.connect(case_file.reload)
    case_file.add_tab(form, form.tr("Interview"))
