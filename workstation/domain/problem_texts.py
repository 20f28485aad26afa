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
        "Problems", "the answer is not one of the questionnaire's: {detail}"),
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
}
