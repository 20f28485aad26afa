"""The one error presenter: quiet for a cancelled job, a clear message for a
domain error or a refused permission, a logged traceback and a plain dialog for
anything else. Service messages are English; the ones a desk worker meets every
day are translated here."""
from __future__ import annotations

import logging
import re
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.domain.workflow import TransitionError
from workstation.services.context import DomainError, PermissionDenied
from workstation.services.progress import Cancelled
from workstation.store.db import StoreError

log = logging.getLogger(__name__)

_ATTEMPTS = re.compile(r"wrong user name or password \((\d+) attempts left")
_NOW_LOCKED = re.compile(r"wrong password: account locked for (\d+) min")
_STILL_LOCKED = re.compile(r"account locked after repeated failures; try again in (\d+) min")


def user_message(exc: BaseException) -> str:
    """The text shown for ``exc``; known service messages in the interface language."""
    text = str(exc)
    if getattr(exc, "code", None):
        from workstation.ui.refusals import refusal_text
        if (known := refusal_text(exc)) is not None:
            return known
    if m := _ATTEMPTS.match(text):
        return QCoreApplication.translate(
            "Errors", "Wrong user name or password. %n attempt(s) left before the account is locked.",
            None, int(m.group(1)))
    if text == "wrong user name or password":
        return QCoreApplication.translate("Errors", "Wrong user name or password.")
    if m := _NOW_LOCKED.match(text):
        return QCoreApplication.translate(
            "Errors", "Wrong password. The account is now locked for %n minute(s).", None, int(m.group(1)))
    if m := _STILL_LOCKED.match(text):
        return QCoreApplication.translate(
            "Errors", "The account is locked after repeated failures. Try again in %n minute(s) or ask an administrator to reset the password.",  # noqa: E501
            None, int(m.group(1)))
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Errors", "You may not do this: %1").replace("%1", text)
    return text


def present_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, (DomainError, PermissionDenied, TransitionError, StoreError, LookupError)):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Cannot do this"),
                            user_message(exc))
        return
    # the traceback without the message: a database error's message can carry row values
    log.error("unexpected %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
    QMessageBox.critical(parent, title or QCoreApplication.translate("Errors", "Unexpected error"),
                         QCoreApplication.translate("Errors", "Something went wrong: %1\n\nThe details are in the log.")
                         .replace("%1", exc.__class__.__name__))
