"""The lender's details in the interface language: the field labels and the refusals
(by code) of Settings > Lender details and of printing before they are set. Shared by
the dialog and the one error presenter (``refusals``), so neither imports the other."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.printing import lender


def _tr(text: str) -> str:
    return QCoreApplication.translate("LenderDialog", text)


FIELD_LABELS = (  # keyword, label (translated at use)
    ("name", "Company name"),
    ("licence", "Licence number"),
    ("address", "Registered address"),
    ("credit_code", "Unified social credit code"),
    ("seal_name", "Name on the company seal"),
    ("phone", "Customer service phone"),
    ("legal_rep", "Legal representative"),
    ("regulator", "Regulator"),
)


def refusal_text(exc: lender.LenderRefused) -> str:
    """A lender refusal in the interface language, by its code."""
    fields = ", ".join(_tr(dict(FIELD_LABELS)[f]) for f in exc.params.get("fields", []))
    if exc.code == "lender_placeholder":
        return _tr("The lender's details are not set yet (%1). An administrator sets them in "
                   "Settings > Lender details.").replace("%1", fields)
    return _tr("Please give real values for: %1. The credit code has 18 characters.").replace("%1", fields)
