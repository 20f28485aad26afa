"""Rebuild a document data object from its canonical JSON, so a stored document
(a signed contract's frozen terms) can be printed again byte for byte."""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from workstation.documents import data as d

KINDS: dict[str, type] = {cls.kind: cls for cls in (
    d.ContractData, d.GuaranteeAgreementData, d.ScheduleDocData, d.StatementData, d.SettlementData,
    d.ApprovalMemoData, d.DeclineNoticeData, d.ReceiptData)}


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_build(inner, v) for v in value)
    if origin in (list,):
        return [_build(typing.get_args(tp)[0], v) for v in value]
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        kwargs = {f.name: _build(hints[f.name], value[f.name]) for f in dataclasses.fields(tp)
                  if f.init and f.name in value}
        return tp(**kwargs)
    if tp is Decimal:
        return Decimal(value)
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    return value


def from_json(text: str) -> Any:
    """The data object whose ``canonical_json`` is ``text``."""
    obj = json.loads(text)
    kind = obj.pop("__kind__", None)
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    return _build(KINDS[kind], obj)
