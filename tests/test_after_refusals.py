"""The after-the-loan desks' refusals are codes of the one catalogue (no text tables of
their own): each reads as Chinese on the Chinese desk, the input it names included."""
from __future__ import annotations

import inspect

from tests.ui_texts import latin_words
from workstation.aftercare.blacklist import BlacklistRefused
from workstation.aftercare.collections import CollectionRefused
from workstation.aftercare.desk import WarningRefused
from workstation.aftercare.good_borrowers import GoodBorrowerRefused
from workstation.domain.after_refusal_texts import AFTERCARE, FIELD_NAMES
from workstation.domain.errors import DomainError
from workstation.domain.refusals import CATALOGUE

SAMPLES = [
    WarningRefused("warning_text_required", field="reason", field_name="reason"),
    WarningRefused("warning_loan_not_active", contract="HT2026-0001", loan_status="closed"),
    WarningRefused("limit_not_lower", limit="50,000.00", new="60,000.00"),
    WarningRefused("warning_above_authority", amount="300,000.00", limit="50,000.00", product="MICRO"),
    CollectionRefused("collection_bad_choice", field="channel", field_name="channel", value="fax"),
    CollectionRefused("outside_contact_hours", start=8, end=21, time="22:10"),
    CollectionRefused("attempt_limit", attempts=3, limit=3),
    BlacklistRefused("blacklist_required", field="evidence", field_name="evidence"),
    BlacklistRefused("blacklist_too_long", field="phone", field_name="phone", max_length=20),
    GoodBorrowerRefused("good_borrower_not_eligible", merchant="杭州小店", reasons="overdue"),
]


def test_the_aftercare_refusals_are_plain_coded_refusals_of_the_catalogue():
    for cls in (WarningRefused, CollectionRefused, BlacklistRefused, GoodBorrowerRefused):
        assert issubclass(cls, DomainError) and "__init__" not in vars(cls), cls
    assert set(AFTERCARE) <= set(CATALOGUE)
    assert str(SAMPLES[0]) == "reason: required" and SAMPLES[0].field == "reason"
    assert str(SAMPLES[4]) == "channel: choose one of the listed values"
    assert str(SAMPLES[1]) == "loan HT2026-0001 is no longer being repaid (closed)"


def test_no_desk_keeps_a_refusal_table_of_its_own():
    from workstation.ui.aftercare import collections_texts, warnings_texts
    from workstation.ui import refusals
    for mod in (collections_texts, warnings_texts):
        assert not hasattr(mod, "refusal_text") and not hasattr(mod, "CODES"), mod
    source = inspect.getsource(refusals.refusal_text)
    assert not any(f"{desk}_texts" in source for desk in ("warnings", "collections", "blacklist"))


def test_they_read_as_chinese_on_the_chinese_desk(qapp):
    from workstation.ui import i18n
    from workstation.ui.errors import user_message
    i18n.install("zh_CN")
    try:
        shown = [user_message(e) for e in SAMPLES]
        names = [user_message(BlacklistRefused("blacklist_required", field=k, field_name=k)) for k in FIELD_NAMES]
    finally:
        i18n.install("en")
    for text in shown + names:
        assert latin_words(text) == [] and any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    assert shown[0] == "原因：必填。"
    assert shown[4] == "联系方式：请从列表中选择。"
    assert "22:10" in shown[5] and "3" in shown[6]
    assert user_message(SAMPLES[4]) == "Channel: choose one of the listed values"
