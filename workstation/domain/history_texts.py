"""What the program writes into a case's history by itself, by code: the English text of
each event (stored beside the event's code and params, for the command line and older
readers) and, through the interface's .ts file, its Chinese. A person's own comment is
kept as typed."""
from __future__ import annotations

from workstation.domain.refusal_texts import QT_TRANSLATE_NOOP

EVENTS: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP("History", "imported from {file} (batch {batch})"),
    "imported_demo": QT_TRANSLATE_NOOP("History", "imported from the platform"),
    "claimed": QT_TRANSLATE_NOOP("History", "claimed"),
    "assigned": QT_TRANSLATE_NOOP("History", "assigned by a supervisor"),
    "interview_started": QT_TRANSLATE_NOOP("History", "video interview started"),
    "recommended": QT_TRANSLATE_NOOP("History", "recommendation version {version}"),
    "recommendation_changed": QT_TRANSLATE_NOOP(
        "History", "recommendation changed to version {version}: sign-off starts again"),
    "submitted": QT_TRANSLATE_NOOP("History", "recommendation version {version} submitted for sign-off"),
    "info_requested": QT_TRANSLATE_NOOP("History", "more information requested"),
    "info_received": QT_TRANSLATE_NOOP("History", "information received"),
    "declined": QT_TRANSLATE_NOOP("History", "declined: {codes}"),
    "declined_at_signoff": QT_TRANSLATE_NOOP("History", "declined at sign-off: {codes}"),
    "signoff_partial": QT_TRANSLATE_NOOP(
        "History", "sign-off {done} of {needed}: {amount} approved, another sign-off is needed"),
    "approved": QT_TRANSLATE_NOOP("History", "approved {amount}; offer valid until {expires}"),
    "approved_with_exceptions": QT_TRANSLATE_NOOP(
        "History", "approved {amount}; offer valid until {expires}; exceptions granted: {rules}"),
    "offer_expired": QT_TRANSLATE_NOOP("History", "offer valid until {expires} was not taken up"),
    "contract_signed": QT_TRANSLATE_NOOP("History", "contract {contract_no} signed"),
    "disbursed": QT_TRANSLATE_NOOP("History", "loan {contract_no} disbursed"),
    "settled": QT_TRANSLATE_NOOP("History", "loan {contract_no} settled"),
}
