"""The cold start: the sign-in window first, the database behind it.

The sign-in window needs neither SQLAlchemy nor the models, so it shows at once; a
worker thread meanwhile imports the database layer, the services the queue needs and
the wing modules the screens use (pure imports: no connection, no Qt object), and the
main thread opens the database when they are all in, while the officer types. A Sign in clicked before that waits for it
(ui/signin.py). Then the main window's screens are imported, still behind the dialog.
What the user sees first is the window they use first: benchmarks/startup.py times
exactly this path."""
from __future__ import annotations

import ast
import importlib
import importlib.util
import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from workstation.config import describe_url

log = logging.getLogger(__name__)

# imported on the worker thread while the sign-in window shows: the store, sign-in, and
# what the main window reads first (the queue and its counts, the settings)
BACKGROUND_IMPORTS: tuple[str, ...] = (
    "workstation.services.connect", "workstation.services.auth", "workstation.decide.queue",
    "workstation.decide.queue_pages", "workstation.services.setup",
)


def _import_all(names) -> BaseException | None:
    try:
        for name in names:
            importlib.import_module(name)
    except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which reports it
        return exc
    return None


def _top_level_imports(module: str) -> list[str]:
    """The workstation modules ``module`` imports at its top level (read, not imported)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return []
    with open(spec.origin, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    out = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("workstation"):
            out.append(node.module)
            out += [f"{node.module}.{a.name}" for a in node.names
                    if importlib.util.find_spec(node.module).submodule_search_locations]
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names if a.name.startswith("workstation")]
    return out


def wing_modules() -> list[str]:
    """The modules outside ui/ that the main window and its screens import when they load:
    imported behind the sign-in window (none of them imports Qt: tests/test_layers.py)."""
    from workstation.ui import extensions
    seen, wings = set(), []
    todo = ["workstation.ui.main_window", *(f"workstation.ui.{n}" for n in extensions.WINDOW_SCREENS)]
    while todo:
        name = todo.pop()
        if name in seen or importlib.util.find_spec(name) is None:
            continue
        seen.add(name)
        if name.startswith("workstation.ui"):
            todo += _top_level_imports(name)
        elif name not in wings:
            wings.append(name)
    return wings


class _Loaded(QObject):
    """Carries the worker thread's outcome to the main thread (a queued signal)."""
    done = Signal(object)


@dataclass
class SignInOutcome:
    actor: object | None = None
    store: object | None = None
    error: BaseException | None = None       # the database cannot be opened
    needs_setup: bool = False                # a real database without users yet
    loader: threading.Thread | None = None   # still importing the screens' modules, maybe

    def finish_loading(self) -> None:
        """Wait for the imports behind the window (before the main thread imports the same
        modules: never two threads in one module's first import)."""
        if self.loader is not None:
            self.loader.join()


def _when_loaded(out: SignInOutcome, then) -> None:
    """Run ``then`` on the main thread once the loader thread has ended (checked, not waited for)."""
    if out.loader is not None and out.loader.is_alive():
        QTimer.singleShot(20, lambda: _when_loaded(out, then))
    else:
        then()


def sign_in_while_loading(url: str, preload=None) -> SignInOutcome:
    """Show the sign-in window for the database ``url`` at once and open the database
    behind it. ``preload`` (no arguments) runs on the main thread once the database is
    open, while the officer is still typing (the main window's screens)."""
    from workstation.ui.signin import SignInDialog
    out = SignInOutcome()
    dlg = SignInDialog(None, description=describe_url(url))
    carrier = _Loaded(dlg)

    def on_loaded(error: BaseException | None) -> None:
        if error is None:
            try:
                from workstation.services.auth import users_exist
                from workstation.services.connect import Store
                out.store = Store.open(url)
                out.needs_setup = not users_exist(out.store)
            except Exception as exc:  # noqa: BLE001 - StoreError and its kin: reported by the caller
                error = exc
        if error is not None:
            out.error = error
            dlg.reject()
            return
        if out.needs_setup:
            dlg.reject()
            return
        dlg.set_store(out.store)
        if preload is not None:
            _when_loaded(out, preload)

    def load() -> None:
        error = _import_all(BACKGROUND_IMPORTS)
        if error is None:       # then what the screens use (a failure shows, by name, when they load)
            try:
                failed = _import_all(wing_modules())
            except Exception as exc:  # noqa: BLE001
                failed = exc
            if failed is not None:
                log.warning("the screens' modules were not imported ahead: %s", type(failed).__name__)
        try:        # all imports done before the main thread goes on: never two threads in one import
            carrier.done.emit(error)
        except RuntimeError:        # the window is gone already (closed while loading)
            pass

    carrier.done.connect(on_loaded)
    out.loader = threading.Thread(target=load, name="workstation-start", daemon=True)
    out.loader.start()
    accepted = dlg.exec() == SignInDialog.DialogCode.Accepted
    carrier.done.disconnect(on_loaded)
    if accepted:
        out.actor = dlg.actor
    return out
