"""How stored JSON text writes the values ``json`` does not know: a Decimal as its string
(never a float), a date or time in ISO form. One rule for the JSON columns
(``store.base.JSONText``) and the import's checking process, which writes the same text
without the database layer (``intake.imports_values``)."""
from __future__ import annotations

import json
import json.encoder
from decimal import Decimal
from typing import Callable


def json_default(obj):
    if isinstance(obj, Decimal):
        return str(obj)
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def encoder_once(**options) -> Callable[[object], str]:
    """``json.JSONEncoder(check_circular=False, **options).encode`` with the C encoder that
    ``encode`` builds on every call built once (hot paths write JSON text per loan and per
    record). The same text; without the check for circular references: the values these
    write are built fresh and none holds itself."""
    enc = json.JSONEncoder(check_circular=False, **options)
    make = json.encoder.c_make_encoder
    strings = json.encoder.c_encode_basestring_ascii if enc.ensure_ascii else json.encoder.c_encode_basestring
    if make is None or strings is None:         # pragma: no cover - a Python without the C accelerator
        return enc.encode
    chunks = make(None, enc.default, strings, enc.indent, enc.key_separator, enc.item_separator,
                  enc.sort_keys, enc.skipkeys, enc.allow_nan)
    join, plain = "".join, enc.encode

    def encode(value) -> str:
        if type(value) in _CONTAINERS:
            return join(chunks(value, 0))
        return plain(value)
    return encode


_CONTAINERS = frozenset({dict, list, tuple})
