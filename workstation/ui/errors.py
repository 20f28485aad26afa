"""The one error presenter: quiet for a cancelled job, a clear message for a
domain error or a refused permission, a logged traceback and a plain dialog for
anything else. Refusals carry a code and params: their text is the catalogue's
template translated by code (ui/refusals.py), never the English message."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.domain.errors import DomainError, NotVisible, PermissionDenied, SessionEnded

log = logging.getLogger(__name__)


def _shown_as_refusals() -> tuple[type, ...]:
    """The errors shown as a plain "cannot do this" message. Imported when an error is
    shown, not with this module: the sign-in window shows before the database layer loads."""
    from workstation.domain.workflow import TransitionError
    from workstation.services.connect import StoreError
    return DomainError, PermissionDenied, TransitionError, StoreError, LookupError


def session_ended_message(exc: SessionEnded) -> str:
    """Why the desk went back to sign-in, by the refusal's code."""
    if exc.code == "locked":
        return QCoreApplication.translate(
            "Errors", "Your account is locked. Your session has ended: ask an administrator, or sign in "
            "again once the lock has expired.")
    if exc.code == "role":
        return QCoreApplication.translate(
            "Errors", "Your roles were changed by an administrator. Your session has ended: sign in again.")
    return QCoreApplication.translate(
        "Errors", "Your account was deactivated by an administrator. Your session has ended.")


def user_message(exc: BaseException) -> str:
    """The text shown for ``exc`` in the interface language, by its code."""
    if isinstance(exc, SessionEnded):
        return session_ended_message(exc)
    if isinstance(exc, NotVisible):
        return QCoreApplication.translate(
            "Errors", "This case belongs to another team: you may not open it, its loan or its documents.")
    from workstation.domain.money import MoneyError
    from workstation.services.retry import Busy
    if isinstance(exc, Busy):
        return QCoreApplication.translate("Errors", "The database stayed busy with other jobs. Nothing of this step was saved: run it again.")  # noqa: E501
    if isinstance(exc, MoneyError):
        from workstation.ui.amounts import problem_text
        return problem_text(exc)
    if getattr(exc, "code", None) == "sign_in_refused":     # the one sign-in refusal, in the desk's words
        return QCoreApplication.translate(
            "Errors", "Wrong user name or password, or the account is locked. %1 failures in a row lock "
            "an account for %2 minutes.").replace("%1", str(exc.params["failures"])).replace(
            "%2", str(exc.params["minutes"]))
    from workstation.ui.refusals import refusal_text
    if (known := refusal_text(exc)) is not None:
        return known
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Errors", "You may not do this.")
    return _uncoded_text(exc)


def _uncoded_text(exc: BaseException) -> str:
    """An error without a code: its own words, unless they are English on the Chinese desk
    (then a plain sentence on screen, the English in the log)."""
    import re

    from workstation.ui.i18n import is_zh
    text = str(exc)
    if is_zh() and re.search(r"[A-Za-z]{3,}", text):
        log.warning("shown without its English details: %s: %s", type(exc).__name__, text)
        return QCoreApplication.translate("Errors", "This cannot be done. The details are in the log.")
    return text


def server_away_text() -> str:
    return QCoreApplication.translate(
        "Errors", "The database server cannot be reached: this was not saved. What you typed is kept on this "
        "computer (it is back when you open the form again); save it when the server is back.")


def server_away(exc: BaseException) -> bool:
    """Whether ``exc`` is the server being away; then every form's draft says it is kept."""
    from workstation.operations.health import connection_lost
    if not connection_lost(exc):
        return False
    from workstation.ui.drafts import server_away as tell_drafts
    tell_drafts()
    return True


def present_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    from workstation.services.progress import Cancelled
    if isinstance(exc, Cancelled):
        return
    if server_away(exc):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Cannot do this"),
                            server_away_text())
        return
    if isinstance(exc, SessionEnded):
        # the desk locks at once (every LockScreen listens); the lock page shows why
        from workstation.ui.session_events import session_events
        session_events().ended.emit(session_ended_message(exc))
        return
    if isinstance(exc, _shown_as_refusals()):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Cannot do this"),
                            user_message(exc))
        return
    # the traceback without the message: a database error's message can carry row values
    log.error("unexpected %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
    from workstation.logfile import log_file
    text = (QCoreApplication.translate("Errors", "Something went wrong: %1\n\nThe details are in the log file:\n%2")
            .replace("%2", str(log_file())) if log_file() else
            QCoreApplication.translate("Errors", "Something went wrong: %1\n\nThe details are in the log."))
    QMessageBox.critical(parent, title or QCoreApplication.translate("Errors", "Unexpected error"),
                         text.replace("%1", exc.__class__.__name__))


def act_then_reload(widget, fn) -> bool:
    """A desk action on a screen that shows what it changed: run ``fn``; a refusal or a
    failure goes to ``present_error`` (False), ``fn`` returning False means the officer
    backed out (False); otherwise the screen reloads and emits ``changed`` (True)."""
    try:
        if fn() is False:
            return False
    except Exception as exc:  # noqa: BLE001 - the one error presenter
        present_error(widget, exc)
        return False
    widget.load()
    widget.changed.emit()
    return True
