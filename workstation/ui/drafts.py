"""Drafts kept on this computer for the forms where an officer types what is saved to the
database (operations/drafts.py keeps the files). A form hooks in with one line after it
has loaded::

    self.kept = drafts.keep(self, store, actor, f"interview/{app_id}", {"notes": self.notes, ...},
                            resend=self.save_now, version=lambda: str(self.view.version))

and calls ``self.kept.saved()`` once the server has taken the text. Then:

* every change is written to the draft file (a field back at what the server holds
  deletes it); passwords are never passed in, so never kept;
* opening the form again (after a restart too) puts the draft back, with a notice;
* while the server is away (the banner's check, or a save that failed for it) a notice
  says the draft is kept on this computer; when the server is back it offers to save now;
* a draft typed over a version the server has since replaced (``version`` differs) is
  not put in the form: the notice says so and keeps both, the server's version in the
  form, the draft on this computer until the officer takes it in or discards it.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFrame, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox, QTextEdit, QWidget)

from workstation.domain import clock
from workstation.operations import drafts as store_drafts

log = logging.getLogger(__name__)
OLDER = "#older"            # the key of a draft kept beside a newer server version


def _tr(text: str) -> str:
    return QCoreApplication.translate("Drafts", text)


class _Hub(QObject):
    away = Signal()         # the server could not be reached
    back = Signal()         # it answers again


_HUB: _Hub | None = None


def hub() -> _Hub:
    global _HUB
    if _HUB is None:
        _HUB = _Hub()
    return _HUB


def server_away() -> None:
    hub().away.emit()


def server_back() -> None:
    hub().back.emit()


# --- the fields' values, by widget kind -------------------------------------------------------
def _value(w: QWidget):
    if isinstance(w, (QLineEdit,)):
        return w.text()
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        data = w.currentData()
        return data if isinstance(data, (str, int, bool)) or data is None else w.currentIndex()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QDateEdit):
        return w.date().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QDateTimeEdit):
        return w.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QSpinBox):
        return w.value()
    raise TypeError(f"no draft for a {type(w).__name__}")


def _put(w: QWidget, value) -> None:
    if isinstance(w, QLineEdit):
        w.setText(str(value or ""))
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        w.setPlainText(str(value or ""))
    elif isinstance(w, QComboBox):
        i = w.findData(value)
        w.setCurrentIndex(i if i >= 0 else value if isinstance(value, int) and 0 <= value < w.count() else 0)
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QDateEdit):
        w.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(w, QDateTimeEdit):
        w.setDateTime(QDateTime.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(w, QSpinBox):
        w.setValue(int(value))


def _signal(w: QWidget):
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return w.textChanged
    if isinstance(w, QComboBox):
        return w.currentIndexChanged
    if isinstance(w, QCheckBox):
        return w.toggled
    if isinstance(w, QDateTimeEdit):         # QDateEdit too
        return w.dateTimeChanged
    if isinstance(w, QAbstractSpinBox):
        return w.valueChanged
    raise TypeError(f"no draft for a {type(w).__name__}")


class DraftNotice(QFrame):
    """The line above a form saying where its draft is, with what can be done about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="draftNotice")
        self.setStyleSheet("#draftNotice { background: #fff4d6; border: 1px solid #b36b00; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel(objectName="draftNoticeText", wordWrap=True)
        self.save_button = QPushButton(_tr("Save now"), objectName="draftSaveNow")
        self.use_button = QPushButton(_tr("Put my draft in the form"), objectName="draftUse")
        self.discard_button = QPushButton(_tr("Discard my draft"), objectName="draftDiscard")
        lay = QHBoxLayout(self)
        lay.addWidget(self.label, 1)
        for b in (self.save_button, self.use_button, self.discard_button):
            lay.addWidget(b)
        self.hide()

    def say(self, text: str, *, save: bool = False, use: bool = False, discard: bool = False) -> None:
        self.label.setText(text)
        self.save_button.setVisible(save)
        self.use_button.setVisible(use)
        self.discard_button.setVisible(discard)
        self.show()


class DraftKeeper(QObject):
    def __init__(self, form: QWidget, store, actor, key: str, fields: dict[str, QWidget], *,
                 resend: Callable[[], object] | None, version: Callable[[], str | None] | None = None) -> None:
        super().__init__(form)
        self.form, self.store, self.actor, self.key, self.fields = form, store, actor, key, fields
        self.resend, self.version = resend, version
        self.dirty = False          # a draft file differs from what the server holds
        self.pending = False        # a save could not reach the server
        self.conflict = None        # a draft kept beside a newer server version
        self._applying = False
        self.notice = DraftNotice(form)
        _mount(form, self.notice)
        self.notice.save_button.clicked.connect(self._on_save_now)
        self.notice.use_button.clicked.connect(self._on_use)
        self.notice.discard_button.clicked.connect(self._on_discard)
        for w in fields.values():
            _signal(w).connect(self._on_changed)
        hub().away.connect(self._on_away)
        hub().back.connect(self._on_back)
        self._start()

    # --- the form's hooks ----------------------------------------------------------------
    def saved(self) -> None:
        """The server took the form: the draft is deleted."""
        store_drafts.discard_draft(self.store, self.actor, self.key)
        self.dirty = self.pending = False
        self.clean = self.values()
        self.base = self._server_version()
        if self.conflict is None:
            self.notice.hide()

    def rebind(self, key: str) -> None:
        """The form now shows another record (a desk that switches loans)."""
        if key != self.key:
            self.key = key
            self.notice.hide()
            self._start()

    # --- the work ------------------------------------------------------------------------
    def values(self) -> dict:
        return {name: _value(w) for name, w in self.fields.items()}

    def _server_version(self) -> str | None:
        if self.version is None:
            return None
        try:
            return self.version()
        except Exception:  # noqa: BLE001 - the server away: nothing to compare against later
            return None

    def _start(self) -> None:
        self.clean = self.values()
        self.base = self._server_version()
        self.dirty = self.pending = False
        older = store_drafts.load_draft(self.store, self.actor, self.key + OLDER)
        d = store_drafts.load_draft(self.store, self.actor, self.key)
        if d is not None and {k: d.fields.get(k) for k in self.clean} == self.clean:
            store_drafts.discard_draft(self.store, self.actor, self.key)
            d = None
        if d is not None and d.base is not None and self.base is not None and d.base != self.base:
            # typed over a version the server has replaced since: kept aside, never written over
            store_drafts.save_draft(self.store, self.actor, self.key + OLDER, d.fields, base=d.base)
            store_drafts.discard_draft(self.store, self.actor, self.key)
            older, d = d, None
        self.conflict = older
        if d is not None:
            self.dirty = True
            self._apply(d.fields)
            self.notice.say(_tr("Your draft typed on this computer at %1 is back in the form. It is not saved "
                                "to the server yet.").replace("%1", clock.local_text(d.typed_at)), discard=True)
        if older is not None:
            self.notice.say(_tr("A draft of this form typed on this computer at %1 was written over an older "
                                "version; the record has changed on the server since. Both are kept: the form "
                                "shows the server's version, your draft stays on this computer.")
                            .replace("%1", clock.local_text(older.typed_at)), use=True, discard=True)

    def _apply(self, fields: dict) -> None:
        self._applying = True
        try:
            for name, w in self.fields.items():
                if name in fields:
                    _put(w, fields[name])
        finally:
            self._applying = False
        self._on_changed()

    def _on_changed(self, *_a) -> None:
        if self._applying:
            return
        now = self.values()
        try:
            if now == self.clean or all(v in ("", None) for v in now.values()):      # nothing typed to keep
                store_drafts.discard_draft(self.store, self.actor, self.key)
            else:
                store_drafts.save_draft(self.store, self.actor, self.key, now, base=self.base)
            self.dirty = now != self.clean and not all(v in ("", None) for v in now.values())
        except OSError as exc:
            log.warning("draft %s not written: %s", self.key, exc)

    def _on_away(self) -> None:
        if self.dirty:
            self.pending = True
            self.notice.say(_tr("The server cannot be reached: what you typed is kept on this computer (a draft, "
                                "not saved to the server yet). It will be offered for saving when the server is "
                                "back."))

    def _on_back(self) -> None:
        if self.pending and self.dirty:
            self.notice.say(_tr("The server is back. Your draft is still only on this computer: save it now.")
                            if self.resend else
                            _tr("The server is back. Your draft is still only on this computer: finish the step now."),
                            save=self.resend is not None)

    def _on_save_now(self) -> None:
        if self.resend is not None:
            self.resend()

    def _on_use(self) -> None:
        d, self.conflict = self.conflict, None
        if d is not None:
            self._apply(d.fields)
            store_drafts.discard_draft(self.store, self.actor, self.key + OLDER)
        self.notice.say(_tr("Your draft is in the form. Saving it replaces the server's newer version."),
                        discard=True)

    def _on_discard(self) -> None:
        if self.conflict is not None:       # the older draft only; the form keeps what it shows
            store_drafts.discard_draft(self.store, self.actor, self.key + OLDER)
            self.conflict = None
        else:
            self._apply(self.clean)
            store_drafts.discard_draft(self.store, self.actor, self.key)
            self.dirty = self.pending = False
        self.notice.hide()


def _mount(form: QWidget, notice: DraftNotice) -> None:
    """The notice at the top of the form's layout."""
    lay = form.layout()
    if hasattr(lay, "insertWidget"):
        lay.insertWidget(0, notice)
    elif hasattr(lay, "insertRow"):
        lay.insertRow(0, notice)


def follow(form: QWidget, key: str, fields: dict[str, QWidget], *,
           resend: Callable[[], object] | None) -> DraftKeeper:
    """For a form that shows one record after another (``form.store``, ``form.actor``): the
    keeper of ``form.kept``, made the first time, then moved to ``key``."""
    if getattr(form, "kept", None) is None:
        form.kept = keep(form, form.store, form.actor, key, fields, resend=resend)
    else:
        form.kept.rebind(key)
    return form.kept


def forget(store, actor, key: str) -> None:
    """The server took what a dialog (closed since) asked for: its draft is deleted."""
    store_drafts.discard_draft(store, actor, key)


def keep(form: QWidget, store, actor, key: str, fields: dict[str, QWidget], *,
         resend: Callable[[], object] | None, version: Callable[[], str | None] | None = None) -> DraftKeeper:
    """Keep ``fields`` of ``form`` as a local draft under ``key``; see the module docstring."""
    return DraftKeeper(form, store, actor, key, fields, resend=resend, version=version)
