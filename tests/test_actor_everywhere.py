"""Every public service function that takes the store takes the acting user right after
it (``store, actor, ...``), and every transaction the program opens names its user
(``store.tx(actor)`` / ``store.read(actor)``): no service runs as nobody by accident."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import workstation

# Every package of service functions; names in ALLOWED are module.function (module names
# are unique across them), the after-the-loan wing's carry its prefix.
SERVICE_PACKAGES = (("services", ""), ("intake", ""), ("decide", ""), ("servicing", ""), ("printing", ""),
                    ("demo", ""), ("aftercare", "aftercare."),
                    ("operations", "operations."), ("portfolio", "portfolio."))

# Functions that truly cannot take an actor; each says why.
ALLOWED = {
    # signing in is what makes an actor
    "auth.sign_in", "auth.change_temporary_password",
    # the first-run check, before any user exists (no data returned but a yes/no)
    "auth.users_exist",
    # the attachments folder next to the database (a path, no data)
    "attachments.store_dir",
    # the database's identity for the audit heads file (a random id, no data)
    "audit.database_id",
    # a printed paper checked against the print records by whoever holds it (command line,
    # no account needed): answers GENUINE / ALTERED / NOT ISSUED, never the document's data
    "documents.verify_document",
    "document_verify.verify_document", "document_verify.verify_pdf", "document_verify.verify_scan",
    # the demo's own check that the database is empty, called inside generate(store, actor)
    "demo.refuse_non_empty",
}


def _public_store_functions():
    # every package of service functions (workstation.aftercare's names carry its prefix)
    for pkg_name, prefix in SERVICE_PACKAGES:
        pkg = importlib.import_module(f"workstation.{pkg_name}")
        for m in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"{pkg.__name__}.{m.name}")
            for name, fn in vars(mod).items():
                if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != mod.__name__:
                    continue
                params = list(inspect.signature(fn).parameters)
                if "store" in params:
                    yield f"{prefix}{m.name}.{name}", params


def test_every_service_taking_the_store_takes_the_actor_next():
    missing = [f"{name}({', '.join(params)})" for name, params in _public_store_functions()
               if name not in ALLOWED and params[:2] != ["store", "actor"]]
    assert missing == [], "public service functions without the acting user:\n" + "\n".join(missing)


def test_allow_list_is_not_stale():
    names = {name for name, _ in _public_store_functions()}
    assert ALLOWED <= names


def test_every_transaction_names_its_user():
    """``x.tx()`` / ``x.read()`` without an argument on a store ran as nobody (the old
    stop-gap guessed the user from the caller's frame); the program passes it always."""
    root = Path(workstation.__file__).parent
    bare = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("tx", "read") and not node.args and not node.keywords
                    and "store" in ast.unparse(node.func.value).lower()):
                bare.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)}")
    assert bare == [], "transactions opened without the acting user:\n" + "\n".join(bare)


def test_no_frame_inspection_left():
    from workstation.store import session
    assert "_getframe" not in inspect.getsource(session)
