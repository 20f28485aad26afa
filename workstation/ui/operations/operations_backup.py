"""File > Back up... (supervisors and administrators), Settings > Automatic backups...
(administrators) and the daily automatic backup the desk takes once a day while open.

Mounting: ``install(window)`` adds the actions and starts the daily check (at once, then
every hour); a failed automatic backup is shown in the status bar and the log, never
as a dialog over the officer's work."""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from workstation.operations import backup as bk
from workstation.operations import backup_settings as bs
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.settings_form import settings_menu
from workstation.ui.errors import present_error, user_message

log = logging.getLogger(__name__)
HOUR_MS = 3_600_000
FIRST_CHECK_MS = 1_500       # the day's first check: once the window is up, not while it opens


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupScreen", text)


def back_up_to(parent: QWidget | None, store: Store, actor: Actor, path: Path) -> bk.BackupReport | None:
    """Write a backup to ``path`` and say where and what; None when refused (the reason shown)."""
    try:
        report = bk.backup(store, actor, out=path)
    except Exception as exc:  # noqa: BLE001 - the one presenter
        present_error(parent, exc, title=_tr("Backup not written"))
        return None
    QMessageBox.information(parent, _tr("Backup written"),
                            _tr("The backup was written and checked:\n%1\n\nAudit head: %2")
                            .replace("%1", str(report.path)).replace("%2", report.audit_head))
    return report


def _on_back_up(window) -> None:
    ext = "db" if window.store.backend == "sqlite" else "dump"
    suggested = f"workstation-{datetime.now():%Y-%m-%d-%H%M}.{ext}"
    path, _ = QFileDialog.getSaveFileName(window, _tr("Back up the database"), suggested)
    if path:
        back_up_to(window, window.store, window.actor, Path(path))


def restore_from(parent: QWidget | None, store: Store, actor: Actor, path: Path, *,
                 confirm: bool = True) -> bk.RestoreReport | None:
    """Replace the database by the backup ``path`` after asking; None when declined or refused
    (a backup that fails its checks changes nothing; the reason shown)."""
    if confirm and QMessageBox.question(
            parent, _tr("Restore a backup"),
            _tr("Replace everything in the database by the backup\n%1?\n\nThe database as it is now is kept "
                "aside first.").replace("%1", str(path))) != QMessageBox.StandardButton.Yes:
        return None
    try:
        report = bk.restore(store, actor, path=path)
    except Exception as exc:  # noqa: BLE001 - the one presenter
        present_error(parent, exc, title=_tr("Backup not restored"))
        return None
    QMessageBox.information(parent, _tr("Backup restored"),
                            _tr("The database was restored from:\n%1\n\nThe database as it was is kept in:\n%2")
                            .replace("%1", str(report.restored_from)).replace("%2", str(report.kept_aside)))
    return report


def _on_restore(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, _tr("Restore a backup"))
    if path and restore_from(window, window.store, window.actor, Path(path)) is not None:
        window.refresh()


class AutoBackupDialog(QDialog):
    """The folder of the daily backup and how many are kept."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.setWindowTitle(self.tr("Automatic backups"))
        current = bs.backup_settings(store, actor)
        self.folder = QLineEdit(str(current.folder or ""), objectName="backupFolder")
        browse = QPushButton(self.tr("Choose..."), clicked=self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        self.keep = QSpinBox(objectName="backupKeep", minimum=1, maximum=3650, value=current.keep)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), row)
        form.addRow(self.tr("Backups kept"), self.keep)
        self.message = QLabel(objectName="backupMessage", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Once a day the desk writes a checked backup into this folder and keeps "
                                     "the newest ones. Leave the folder empty for no automatic backup."),
                             wordWrap=True))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> bool:
        try:
            bs.set_backup_settings(self.store, self.actor, folder=self.folder.text().strip() or None,
                                   keep=self.keep.value())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, translated by code
            self.message.setText(user_message(exc))
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()


def run_daily(window) -> bk.BackupReport | None:
    """Today's automatic backup when a folder is set and it is not there yet."""
    try:
        current = bs.backup_settings(window.store, window.actor)
        if current.folder is None:
            return None
        report = bk.auto_backup(window.store, window.actor, folder=current.folder, keep=current.keep)
    except Exception as exc:  # noqa: BLE001 - reported in the status bar and the log, never silent
        log.error("automatic backup failed: %s", exc)
        window.statusBar().showMessage(_tr("Automatic backup failed: %1").replace("%1", user_message(exc)))
        return None
    if report is not None:
        window.statusBar().showMessage(_tr("Automatic backup written: %1").replace("%1", str(report.path)), 10_000)
    return report


def install(window) -> None:
    if window.actor.has("supervisor", "admin"):
        act = window._action(window.menus["file"], _tr("&Back up..."), lambda: _on_back_up(window), None,
                             "actBackUp")
        window.menus["file"].removeAction(act)
        window.menus["file"].insertAction(window.act_lock, act)
    if window.actor.has("admin"):
        act = window._action(window.menus["file"], _tr("&Restore a backup..."), lambda: _on_restore(window), None,
                             "actRestore")
        window.menus["file"].removeAction(act)
        window.menus["file"].insertAction(window.act_lock, act)
        settings_menu(window).addAction(_tr("&Automatic backups..."), lambda: AutoBackupDialog(window.store, window.actor,
                                                                               window).exec())
    if getattr(window, "_daily_backup_timer", None) is not None:
        return                  # installed again after a language switch: the timer runs already
    timer = QTimer(window, objectName="dailyBackupTimer", interval=HOUR_MS)
    timer.timeout.connect(lambda: run_daily(window))
    timer.start()
    window._daily_backup_timer = timer
    # the first check once the window is up and painted, not in the turn that shows it
    QTimer.singleShot(FIRST_CHECK_MS, window, lambda: run_daily(window))
