"""How stored JSON text writes the values ``json`` does not know: a Decimal as its string
(never a float), a date or time in ISO form. One rule for the JSON columns
(``store.base.JSONText``) and the import's checking process, which writes the same text
without the database layer (``intake.imports_values``)."""
from __future__ import annotations

from decimal import Decimal


def json_default(obj):
    if isinstance(obj, Decimal):
        return str(obj)
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")
