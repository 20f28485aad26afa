"""The screens that extend the main window and the case file, named one by one.

A screen module listed in WINDOW_SCREENS defines ``install(window)``, called once with
the main window (menus: ``window.menus``, the File > Import applications action:
``window.act_import``, disabled until connected). One listed in CASE_SCREENS defines
``install_case(case_file)``, called for every case file opened (tabs:
``case_file.add_tab``, actions: ``case_file.toolbar``); the order of the list is the
order of the tabs.

Window screens are imported when the main window is built, case screens when the first
case file opens (neither imports reportlab: documents are rendered when printed). A
screen that cannot be imported, or lacks its hook, stops the desk with a
:class:`ScreenError` naming it: a broken screen never silently removes a menu or a tab.
"""
from __future__ import annotations

import importlib
from types import ModuleType

WINDOW_SCREENS: tuple[str, ...] = (
    "documents.documents_lender",     # Settings > Lender details (administrators)
    "documents.documents_panel",      # Documents > Batch print
    "documents.documents_verify",     # Documents > Verify a document
    "queue.import_dialog",        # File > Import applications
    "loans.loan_held",            # Tools > Held repayments
    "loans.loan_screen",          # Loans menu
    "operations.operations_backup",    # File > Back up, Settings > Automatic backups, the daily backup
    "operations.operations_settings",  # Settings > Settings (administrators)
    "operations.operations_server",    # the banner while the database server cannot be reached
    "portfolio.portfolio_screen",     # View > Portfolio
    "case.signoff_view",         # View > Sign-off queue (supervisors)
    "aftercare.warnings_desk",        # 贷后 (after the loan): warnings desk
    "aftercare.collections_desk",     # 贷后: collections and good borrowers
    "aftercare.blacklist_desk",       # 贷后: blacklist and credit restoration
)
CASE_SCREENS: tuple[str, ...] = (    # in the order of the work: the tabs follow it
    "case.interview_form",       # Interview tab
    "case.recommend_form",       # Recommendation tab
    "case.signoff_view",         # Sign-off tab (supervisors)
    "loans.loan_contract",        # contract signing and disbursement actions
    "loans.loan_screen",          # Loan tab once disbursed
    "documents.documents_panel",      # Documents tab
)
PACKAGE = "workstation.ui"


class ScreenError(RuntimeError):
    """A listed screen module cannot be imported or lacks its hook: a broken build."""


def load(name: str, hook: str) -> ModuleType:
    """The screen module ``workstation.ui.<name>``, checked to define ``hook``."""
    try:
        module = importlib.import_module(f"{PACKAGE}.{name}")
    except Exception as exc:
        raise ScreenError(f"The screen module {PACKAGE}.{name} cannot be loaded "
                          f"({type(exc).__name__}: {exc}); the installation is broken.") from exc
    if not callable(getattr(module, hook, None)):
        raise ScreenError(f"The screen module {PACKAGE}.{name} has no {hook}(); the installation is broken.")
    return module


def install_window(window) -> None:
    for name in WINDOW_SCREENS:
        load(name, "install").install(window)


def install_case(case_file) -> None:
    for name in CASE_SCREENS:
        load(name, "install_case").install_case(case_file)
