"""The English text of every finding and problem a rule gives about input (terms,
recommendations, interview notes), by its code: the same shape as the refusals
(``refusal_texts.py``), under the translation context "Problems". The domain keeps the
English (``message``) for the command line and the logs; the desk translates by code
(``ui/problems.py``) and fills in the params its own way."""
from __future__ import annotations

from workstation.domain.refusal_texts import QT_TRANSLATE_NOOP

PROBLEMS: dict[str, str] = {
    # the terms a product allows (domain/products.validate_terms)
    "method_unknown": QT_TRANSLATE_NOOP(
        "Problems", "unknown repayment method {method!r}; {product} allows {methods}"),
    "method_not_allowed": QT_TRANSLATE_NOOP(
        "Problems", "{product} does not allow {method}; allowed: {methods}"),
    "amount_not_positive": QT_TRANSLATE_NOOP(
        "Problems", "must be a positive amount, got {amount}"),
    "amount_outside_range": QT_TRANSLATE_NOOP(
        "Problems", "{amount:,.2f} is outside {product}'s range {amount_min:,.2f} to {amount_max:,.2f}"),
    "amount_above_cap": QT_TRANSLATE_NOOP(
        "Problems", "{amount:,.2f} is above the {cap_name} {cap:,.2f}"),
    "bullet_in_days": QT_TRANSLATE_NOOP(
        "Problems", "a bullet loan is set in days, not months"),
    "bullet_days_required": QT_TRANSLATE_NOOP(
        "Problems", "required for bullet loans ({days_min} to {days_max})"),
    "days_outside_range": QT_TRANSLATE_NOOP(
        "Problems", "{days} is outside {product}'s range {days_min} to {days_max} days"),
    "months_not_days": QT_TRANSLATE_NOOP(
        "Problems", "{method} is set in months, not days"),
    "term_required": QT_TRANSLATE_NOOP(
        "Problems", "required; {product} allows {months} months"),
    "term_not_allowed": QT_TRANSLATE_NOOP(
        "Problems", "{product} does not allow {term_months} months; allowed: {months}"),
    "rate_outside_band": QT_TRANSLATE_NOOP(
        "Problems", "{rate} is outside {product}'s band {rate_min} to {rate_max}"),
    # a recommendation's findings (domain/decision.py)
    "product_mismatch": QT_TRANSLATE_NOOP(
        "Problems", "terms name {terms_product}, product is {product}"),
    "rate_invalid": QT_TRANSLATE_NOOP(
        "Problems", "daily rate {value}: {detail}"),
    "schedule_failed": QT_TRANSLATE_NOOP(
        "Problems", "no repayment schedule: {detail}"),
    "interview_required": QT_TRANSLATE_NOOP(
        "Problems", "a {product_en} needs a verified video interview ({outcome_en})"),
    "interview_outcome": QT_TRANSLATE_NOOP(
        "Problems", "the interview outcome is '{outcome}'"),
    "no_suggested_limit": QT_TRANSLATE_NOOP(
        "Problems", "no suggested limit: the case has not been scored"),
    "justification_required": QT_TRANSLATE_NOOP(
        "Problems", "{amount:,.2f} is above the suggested limit {suggested_limit:,.2f}: write the justification"),
    "site_visit_required": QT_TRANSLATE_NOOP(
        "Problems", "above {threshold:,.2f} a third-party site visit is required (state it in the conditions)"),
    "capacity_exceeded": QT_TRANSLATE_NOOP(
        "Problems", "{used:,.2f} would exceed the company's lending capacity of {limit:,.2f} ({share}%)"),
    "capacity_high": QT_TRANSLATE_NOOP(
        "Problems", "{used:,.2f} uses {share}% of the company's lending capacity of {limit:,.2f}"),
    "single_borrower_exceeded": QT_TRANSLATE_NOOP(
        "Problems", "{used:,.2f} would exceed the single-borrower limit (with related parties) of {limit:,.2f} "
                    "({share}%)"),
    "single_borrower_high": QT_TRANSLATE_NOOP(
        "Problems", "{used:,.2f} uses {share}% of the single-borrower limit (with related parties) of "
                    "{limit:,.2f}"),
    # interview notes (domain/interview.py)
    "check_item_unknown": QT_TRANSLATE_NOOP(
        "Problems", "unknown checklist item"),
    "check_result_invalid": QT_TRANSLATE_NOOP(
        "Problems", "result must be one of {results}"),
    "figure_not_decimal": QT_TRANSLATE_NOOP(
        "Problems", "stated figure must be a Decimal"),
    "figure_none": QT_TRANSLATE_NOOP(
        "Problems", "this item records no figure"),
    "figure_not_a_number": QT_TRANSLATE_NOOP(
        "Problems", "the stated figure is not a number"),
    "figure_out_of_range_pct": QT_TRANSLATE_NOOP(
        "Problems", "the stated figure must be from {low} to {high} (percent)"),
    "figure_out_of_range_cny": QT_TRANSLATE_NOOP(
        "Problems", "the stated figure must be from {low} to {high} (CNY)"),
    "figure_too_precise": QT_TRANSLATE_NOOP(
        "Problems", "the stated figure has at most {places} decimals"),
    "outcome_invalid": QT_TRANSLATE_NOOP(
        "Problems", "must be one of {outcomes}"),
    "answer_invalid": QT_TRANSLATE_NOOP(
        "Problems", "the answer {option} is not one of question {question}'s: choose the answer again"),
    "actual_times_missing": QT_TRANSLATE_NOOP(
        "Problems", "record when the interview actually started and ended"),
    "actual_end_before_start": QT_TRANSLATE_NOOP(
        "Problems", "ends before it starts"),
    "channel_missing": QT_TRANSLATE_NOOP(
        "Problems", "say which channel the interview used"),
    "participants_missing": QT_TRANSLATE_NOOP(
        "Problems", "name who took part"),
    "outcome_missing": QT_TRANSLATE_NOOP(
        "Problems", "choose verified, not verified or follow-up needed"),
    "verified_needs_identity": QT_TRANSLATE_NOOP(
        "Problems", "an interview can only be 'verified' when identity and legal representative are confirmed"),
    "discrepancy_needs_note": QT_TRANSLATE_NOOP(
        "Problems", "a discrepancy needs a note saying what was found"),
    # a line of an applications import (intake/imports_fields.py, imports_rules.py, imports.py);
    # the rejects file keeps the English message, the import dialog shows these
    "import_required": QT_TRANSLATE_NOOP("Problems", "required, missing"),
    "import_not_text": QT_TRANSLATE_NOOP("Problems", "must be text, not {kind}"),
    "import_too_long": QT_TRANSLATE_NOOP("Problems", "is {length} characters long, at most {max_len} allowed"),
    "import_control_char": QT_TRANSLATE_NOOP(
        "Problems", "contains an invisible or control character ({char}) at position {position}"),
    "import_number_too_big": QT_TRANSLATE_NOOP("Problems", "the number is too long for this field"),
    "import_amount_kind": QT_TRANSLATE_NOOP("Problems", "must be an amount such as \"1234.50\", not {kind}"),
    "import_not_money": QT_TRANSLATE_NOOP("Problems", "not an amount of money: {value}"),
    "import_amount_too_big": QT_TRANSLATE_NOOP(
        "Problems", "{amount} is larger than any amount this field can hold"),
    "import_amount_not_positive": QT_TRANSLATE_NOOP("Problems", "must be more than 0.00, got {amount}"),
    "import_amount_negative": QT_TRANSLATE_NOOP("Problems", "must be at least 0.00, got {amount}"),
    "import_int_kind": QT_TRANSLATE_NOOP("Problems", "must be a whole number, not {kind}"),
    "import_not_whole": QT_TRANSLATE_NOOP("Problems", "must be a whole number, got {value}"),
    "import_outside": QT_TRANSLATE_NOOP("Problems", "{value} is outside {lo} to {hi}"),
    "import_number_kind": QT_TRANSLATE_NOOP("Problems", "must be a number, not {kind}"),
    "import_not_number": QT_TRANSLATE_NOOP("Problems", "must be a number, got {value}"),
    "import_two_places": QT_TRANSLATE_NOOP(
        "Problems", "must be a number with at most two decimal places, got {value}"),
    "import_not_bool": QT_TRANSLATE_NOOP("Problems", "must be true or false, got {value!r}"),
    "import_not_date": QT_TRANSLATE_NOOP("Problems", "must be a date YYYY-MM-DD, got {value!r}"),
    "import_future": QT_TRANSLATE_NOOP("Problems", "{value} is in the future"),
    "import_too_early": QT_TRANSLATE_NOOP("Problems", "{value} is before {lo}: not plausible"),
    "import_not_instant": QT_TRANSLATE_NOOP(
        "Problems", "must be a date and time such as 2026-03-01T09:30:00+08:00, got {value!r}"),
    "import_identity": QT_TRANSLATE_NOOP("Problems", "the number is malformed ({field})"),
    "import_platform_unknown": QT_TRANSLATE_NOOP("Problems", "unknown platform {value!r}; known: {known}"),
    "import_not_email": QT_TRANSLATE_NOOP("Problems", "is not an e-mail address"),
    "import_months_not_list": QT_TRANSLATE_NOOP("Problems", "must be a list of months, not {kind}"),
    "import_months_too_many": QT_TRANSLATE_NOOP("Problems", "has {count} months, at most {max_months}"),
    "import_month_not_object": QT_TRANSLATE_NOOP("Problems", "must be an object, not {kind}"),
    "import_not_month": QT_TRANSLATE_NOOP("Problems", "must be a month YYYY-MM, got {value!r}"),
    "import_month_outside": QT_TRANSLATE_NOOP("Problems", "{value} is after the application or before {lo}"),
    "import_month_twice": QT_TRANSLATE_NOOP("Problems", "{value} appears twice"),
    "import_product_unknown": QT_TRANSLATE_NOOP(
        "Problems", "unknown or inactive product {value!r}; known: {known}"),
    "import_id_other_name": QT_TRANSLATE_NOOP("Problems", "this ID number is on file under another name"),
    "import_member_other_rep": QT_TRANSLATE_NOOP(
        "Problems", "member {member} is on file with another legal representative; a change of legal "
                    "representative must be checked before import"),
    "import_member_rep_earlier": QT_TRANSLATE_NOOP(
        "Problems", "member {member} appears earlier in the file with another legal representative"),
    "import_line_unreadable": QT_TRANSLATE_NOOP("Problems", "the line cannot be read"),
}
