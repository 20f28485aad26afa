"""The after-the-loan refusals (warnings desk, collections, blacklist, good borrowers):
their English templates by code, merged into ``refusal_texts.CATALOGUE`` (kept apart to
merge by lines, like ``error_texts``). Marked for lupdate under "Refusals" like every
other refusal; the interface translates them by code.

``field_name`` params name an input by its code; its English name is ``FIELD_NAMES``
(``refusals.ENGLISH_NAMES``), the interface's is the same text under the "Fields" context."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


AFTERCARE: dict[str, str] = {
    # the warnings desk (aftercare/actions.py, recall.py, rulesets.py)
    "warning_closed": QT_TRANSLATE_NOOP("Refusals", "warning {warning} is closed"),
    "warning_text_required": QT_TRANSLATE_NOOP("Refusals", "{field_name}: required"),
    "assign_needs_supervisor": QT_TRANSLATE_NOOP(
        "Refusals", "only a supervisor gives a warning to someone else; you may take it yourself"),
    "warning_loan_not_active": QT_TRANSLATE_NOOP("Refusals", "loan {contract} is no longer being repaid ({loan_status})"),
    "already_pending": QT_TRANSLATE_NOOP("Refusals", "a request of this kind already awaits sign-off"),
    "not_a_line": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract} is not a revolving line: there is no line to freeze or limit to cut"),
    "limit_not_lower": QT_TRANSLATE_NOOP("Refusals", "the new limit {new} must be below the current limit {limit}"),
    "due_date_not_future": QT_TRANSLATE_NOOP("Refusals", "the due date {due} must be after today ({today})"),
    "already_recalled": QT_TRANSLATE_NOOP("Refusals", "loan {contract} has already been recalled"),
    "warning_not_pending": QT_TRANSLATE_NOOP("Refusals", "this request was already decided"),
    "warning_own_request": QT_TRANSLATE_NOOP(
        "Refusals", "you may not sign or refuse your own request: another supervisor does"),
    "warning_own_case": QT_TRANSLATE_NOOP(
        "Refusals", "you are the officer of this case: another supervisor signs it"),
    "warning_above_authority": QT_TRANSLATE_NOOP(
        "Refusals", "the loan's amount {amount} is above your sign-off authority ({limit})"),
    "warning_no_authority": QT_TRANSLATE_NOOP("Refusals", "you have no sign-off authority for this product"),
    "pending_actions": QT_TRANSLATE_NOOP(
        "Refusals", "a request on this warning still awaits sign-off: decide it first"),
    "recall_not_signed": QT_TRANSLATE_NOOP(
        "Refusals", "this recall has not been signed yet: there is no notice to print"),
    "warning_rules_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "the warning rules cannot be stored: rule {rule}, field {rule_field}"),
    # collections (aftercare/collections.py, collection_letters.py, deduction.py)
    "collection_bad_choice": QT_TRANSLATE_NOOP("Refusals", "{field_name}: choose one of the listed values"),
    "outside_contact_hours": QT_TRANSLATE_NOOP(
        "Refusals", "no collection contact outside {start}:00-{end}:00 (it is {time} in Beijing time)"),
    "attempt_limit": QT_TRANSLATE_NOOP("Refusals", "{attempts} attempts today already: the limit is {limit} a day"),
    "collection_bad_amount": QT_TRANSLATE_NOOP(
        "Refusals", "amount: write yuan with at most two decimals, more than zero"),
    "promise_in_past": QT_TRANSLATE_NOOP("Refusals", "the promised date {date} is before today ({today})"),
    "collection_no_loan": QT_TRANSLATE_NOOP("Refusals", "there is no such loan"),
    "collection_loan_not_active": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract} is no longer being repaid ({loan_status}): no promise to pay"),
    "not_overdue": QT_TRANSLATE_NOOP("Refusals", "loan {contract} is not overdue on {date}: no collection letter"),
    # the blacklist and credit restoration (aftercare/blacklist.py)
    "blacklist_required": QT_TRANSLATE_NOOP("Refusals", "{field_name}: required"),
    "no_identifier": QT_TRANSLATE_NOOP(
        "Refusals", "give at least one of credit code, ID number, phone, payment account"),
    "blacklist_too_long": QT_TRANSLATE_NOOP("Refusals", "{field_name}: at most {max_length} characters"),
    "blacklist_bad_choice": QT_TRANSLATE_NOOP("Refusals", "{field_name}: choose one of the listed values"),
    "blacklist_not_pending": QT_TRANSLATE_NOOP("Refusals", "listing {listing} was already decided"),
    "own_proposal": QT_TRANSLATE_NOOP("Refusals", "a second person signs this, not the one who proposed it"),
    "blacklist_not_active": QT_TRANSLATE_NOOP("Refusals", "listing {listing} is not in force"),
    "blacklist_date_in_past": QT_TRANSLATE_NOOP("Refusals", "the date {date} is before today ({today})"),
    "blacklist_date_in_future": QT_TRANSLATE_NOOP("Refusals", "the date {date} is after today ({today})"),
    "no_listing": QT_TRANSLATE_NOOP("Refusals", "there is no such listing"),
    # good borrowers (aftercare/good_borrowers.py)
    "good_borrower_no_loans": QT_TRANSLATE_NOOP("Refusals", "this borrower has no loan yet"),
    "good_borrower_not_eligible": QT_TRANSLATE_NOOP(
        "Refusals", "merchant {merchant} is not eligible under the current rules"),
    "already_prefilled": QT_TRANSLATE_NOOP(
        "Refusals", "an application for merchant {merchant}'s offer was already opened today"),
}

# the inputs a ``field_name`` param names
FIELD_NAMES: dict[str, str] = {
    "note": QT_TRANSLATE_NOOP("Fields", "note"),
    "what": QT_TRANSLATE_NOOP("Fields", "what is asked for"),
    "reason": QT_TRANSLATE_NOOP("Fields", "reason"),
    "channel": QT_TRANSLATE_NOOP("Fields", "channel"),
    "person": QT_TRANSLATE_NOOP("Fields", "person reached"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "result of the contact"),
    "letter": QT_TRANSLATE_NOOP("Fields", "letter"),
    "bucket": QT_TRANSLATE_NOOP("Fields", "bucket"),
    "source": QT_TRANSLATE_NOOP("Fields", "source"),
    "subject_name": QT_TRANSLATE_NOOP("Fields", "name (company or person)"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "evidence (what proves it)"),
    "conditions": QT_TRANSLATE_NOOP("Fields", "restoration conditions"),
    "credit_code": QT_TRANSLATE_NOOP("Fields", "credit code"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Fields", "phone"),
    "payment_account": QT_TRANSLATE_NOOP("Fields", "payment account"),
}
