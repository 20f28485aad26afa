"""A long job that must wait for loans another job holds (services.retry) says so in
the progress dialog, in the desk's language, and goes on afterwards."""
from __future__ import annotations

import threading

from workstation.ui import i18n


def test_a_waiting_job_says_so_in_chinese_and_goes_on(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from workstation.ui.jobs import run_job
    assert i18n.install("zh_CN") == "zh_CN"
    release = threading.Event()
    seen: list[str] = []

    def job(progress):
        progress.waiting("a.csv: waiting for loans another job is changing")   # as retry.lock_loans does
        assert release.wait(10)
        progress.update(1, 1, "repayments")
        return 7

    def look():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QProgressDialog) and w.isVisible() and "等待中" in w.labelText():
                seen.append(w.labelText())
                release.set()
                return
        QTimer.singleShot(20, look)
    QTimer.singleShot(20, look)
    try:
        assert run_job(None, title="日终", label="正在计提利息和罚息...", job=job) == 7
    finally:
        release.set()
        i18n.install("en")
    assert seen and "另一项作业" in seen[0] and "waiting" not in seen[0].lower()


def test_a_job_the_database_kept_refusing_is_told_in_chinese(qapp):
    from workstation.services.retry import Busy
    from workstation.ui.errors import user_message
    assert i18n.install("zh_CN") == "zh_CN"
    try:
        text = user_message(Busy("a.csv, lines 1-3: the database stayed busy with other jobs (8 attempts)"))
    finally:
        i18n.install("en")
    assert "数据库一直忙于其他作业" in text and "busy" not in text
