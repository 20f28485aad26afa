"""How a borrower is looked up on the blacklist: the identifiers compared, each in one
normal form (shared by the listing desk, the hard policy rule and the import)."""
from __future__ import annotations

import re
import unicodedata
from typing import Any


def normalise(kind: str, value: str | None) -> str | None:
    """The form identifiers are compared in: full-width folded, spaces gone, letters in
    capitals; phones keep their digits only (a +86 prefix dropped)."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    if not text:
        return None
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return digits or None
    text = re.sub(r"\s+", "", text)
    return text.upper() if kind in ("credit_code", "id_number") else text


def merchant_keys(m: Any) -> list[tuple[str, str]]:
    """(kind, value) of every identifier of merchant ``m`` the blacklist may hold: credit
    code, the legal representative's ID number and phone, the contact phone, the payment
    account and the member id (each normalised; the ID number also as stored)."""
    p = m.legal_rep
    values = [("id_number", normalise("id_number", p.id_number)), ("member_id", m.member_id),
              ("phone", normalise("phone", p.phone)), ("phone", normalise("phone", m.contact_phone)),
              ("payment_account", normalise("payment_account", m.payment_account)),
              ("credit_code", normalise("credit_code", m.credit_code)), ("id_number", p.id_number)]
    return list(dict.fromkeys((k, v) for k, v in values if v))
