"""One shape for every refusal the business rules give: a stable ``code``, its
``params`` and, where one applies, the ``field`` it is about.

The English text of a code is its template in ``refusal_texts.CATALOGUE`` filled with
the params (what ``str()`` of the exception, the command line and the logs show). The
interface never reads that English: it translates the template by code through Qt and
fills in the params after translation, each formatted the interface's way
(``ui/refusals.py``)."""
from __future__ import annotations

import errno
import os
from enum import Enum
from string import Formatter

from workstation.domain.refusal_texts import ACTIONS, CATALOGUE, FIELDS
from workstation.domain.after_refusal_texts import FIELD_NAMES

__all__ = ["ACTIONS", "CATALOGUE", "FIELDS", "Coded", "english", "os_error", "template_fields"]

# params whose list is read as alternatives ("needs role officer or supervisor")
_OR_LISTS = frozenset({"roles"})
# English names of coded params, by param name (domain/workflow.py files the statuses'):
# the param stays a code for the interface, the English text reads a name
ENGLISH_NAMES: dict[str, dict[str, str]] = {
    "loan_status": {"contracted": "contracted", "active": "active", "closed": "closed",
                    "written_off": "written off"},
    "field_name": FIELD_NAMES,
}


def os_error(exc: OSError) -> str:
    """The param ``os_error`` of a refusal caused by the operating system: the error's
    symbolic name (``ENOENT``), which the English text reads as the system's words and the
    interface translates (ui/param_texts.py); "" when the error carries no number."""
    return errno.errorcode.get(exc.errno, "") if isinstance(exc.errno, int) else ""


def _english_value(name: str, value: object) -> object:
    if isinstance(value, Enum):
        value = value.value
    if name == "os_error" and isinstance(value, str):
        number = getattr(errno, value, None) if value.startswith("E") else None
        return os.strerror(number) if isinstance(number, int) else (value or "system error")
    if name in ENGLISH_NAMES and isinstance(value, str):
        return ENGLISH_NAMES[name].get(value, value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        if name in _OR_LISTS:
            return " or ".join(map(str, items))
        return ("; " if any(not isinstance(v, (str, int)) for v in items) else ", ").join(map(str, items))
    return value


def english(code: str, params: dict[str, object], catalogue: dict[str, str] = CATALOGUE) -> str:
    """The English text of refusal ``code`` with ``params`` (a code not in the catalogue, or
    params that do not fit it, still give a readable line rather than a second error)."""
    template = catalogue.get(code)
    if template is None:
        return f"{code} {params}" if params else code
    try:
        return template.format(**{k: _english_value(k, v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError, TypeError):
        return f"{template} {params}"


def template_fields(template: str) -> list[str]:
    """The parameter names a template uses, in order (``{amount:,.2f}`` -> ``amount``)."""
    return [name for _, name, _, _ in Formatter().parse(template) if name]


class Coded:
    """The part every refusal shares (mixed into DomainError, PermissionDenied, ...)."""
    code: str = ""
    params: dict[str, object] = {}
    field: str | None = None

    def _coded(self, code: str, field: str | None, params: dict[str, object]) -> str:
        self.code, self.params = code, dict(params)
        self.field = field if field is not None else FIELDS.get(code)
        return english(code, self.params)

