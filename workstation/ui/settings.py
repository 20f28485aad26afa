"""The one settings helper: window geometry and state, the language, per-user
view choices, all in QSettings. Tests point it at a temporary directory."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

ORGANIZATION = "LoanWorkstation"
APPLICATION = "workstation"
_override: dict[str, str] = {}


def use_directory(path: Path | str) -> None:
    """Keep settings in an INI file under ``path`` (tests, portable installs)."""
    _override["file"] = str(Path(path) / "workstation.ini")


def settings() -> QSettings:
    if "file" in _override:
        return QSettings(_override["file"], QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def save_geometry(widget: QWidget, key: str) -> None:
    s = settings()
    s.setValue(f"{key}/geometry", widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        s.setValue(f"{key}/state", widget.saveState())


def restore_geometry(widget: QWidget, key: str) -> bool:
    s = settings()
    geo = s.value(f"{key}/geometry")
    ok = isinstance(geo, QByteArray) and widget.restoreGeometry(geo)
    state = s.value(f"{key}/state")
    if isinstance(widget, QMainWindow) and isinstance(state, QByteArray):
        widget.restoreState(state)
    return bool(ok)


def language() -> str | None:
    value = settings().value("ui/language")
    return str(value) if value else None


def set_language(lang: str) -> None:
    settings().setValue("ui/language", lang)


def value(key: str, default=None):
    return settings().value(key, default)


def set_value(key: str, val) -> None:
    settings().setValue(key, val)
