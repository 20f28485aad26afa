"""Hooks for screens other modules add. A module under ``workstation/ui`` whose
name starts with one of PREFIXES may define

- ``install(window)``: called once with the main window (menus: ``window.menus``,
  the File > Import applications action: ``window.act_import``, disabled until
  connected);
- ``install_case(case_file)``: called for every case file opened (tabs:
  ``case_file.add_tab``, actions: ``case_file.toolbar``).
"""
from __future__ import annotations

import importlib
import logging
import pkgutil
from types import ModuleType

log = logging.getLogger(__name__)
PREFIXES = ("import_", "interview", "recommend", "signoff", "loan", "documents", "warnings_desk",
            "collections_desk", "blacklist_desk")
_cache: list[ModuleType] | None = None


def modules() -> list[ModuleType]:
    global _cache
    if _cache is None:
        import workstation.ui as pkg
        found = []
        for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
            if info.name.startswith(PREFIXES):
                try:
                    found.append(importlib.import_module(f"workstation.ui.{info.name}"))
                except Exception:  # noqa: BLE001 - one broken add-on must not stop the desk
                    log.exception("cannot load screen module %s", info.name)
        _cache = found
    return _cache


def install_window(window) -> None:
    for m in modules():
        if hasattr(m, "install"):
            m.install(window)


def install_case(case_file) -> None:
    for m in modules():
        if hasattr(m, "install_case"):
            m.install_case(case_file)
