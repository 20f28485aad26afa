"""The database server going away and coming back: a banner across the window while it
cannot be reached (the open window stays as it is), hidden again when a query goes
through; the connection pool reconnects, no restart.

Mounting: ``install(window)`` starts the check (every few seconds)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

from workstation.operations import health
from workstation.ui import drafts

CHECK_MS = 5_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServerBanner", text)


def check(window) -> bool:
    """Ask once; show or hide the banner. Returns whether the database answered."""
    try:
        ok = health.reachable(window.store, window.actor)
    except Exception:  # noqa: BLE001 - a refusal (e.g. session ended) is the desk's, not a lost server
        ok = True
    bar = window._server_banner
    if not ok:
        bar.label.setText(_tr("The database server cannot be reached. Keep this window open: what is on the "
                              "screen stays, and the desk reconnects by itself when the server is back. "
                              "What you type is kept on this computer until it can be saved."))
    bar.setVisible(not ok)
    was_down, window._server_down = getattr(window, "_server_down", False), not ok
    if not ok:
        drafts.server_away()
    elif was_down:
        drafts.server_back()            # the forms with a draft kept here offer to save it now
    return ok


def install(window) -> None:
    if getattr(window, "_server_banner", None) is not None:
        bar = window._server_banner          # installed again after a language switch
    else:
        bar = QToolBar(objectName="serverBanner", movable=False, floatable=False)
        bar.label = QLabel(objectName="serverBannerText", wordWrap=True)
        bar.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.label.setStyleSheet("background: #b00020; color: white; padding: 6px; font-weight: bold")
        bar.addWidget(bar.label)
        window.addToolBar(bar)
        bar.hide()
        window._server_banner = bar
        timer = QTimer(window, objectName="serverCheckTimer", interval=CHECK_MS)
        timer.timeout.connect(lambda: check(window))
        timer.start()
        window._server_timer = timer
