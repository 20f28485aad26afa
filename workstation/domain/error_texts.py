"""The English text of the errors below the business rules that can still reach a
screen (the database cannot be opened, a rate, a schedule, terms or a quote the domain
cannot compute), by code: filed under the translation context "Refusals" and merged
into ``refusal_texts.CATALOGUE``, so the desk translates them like every refusal."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ERRORS: dict[str, str] = {
    # store/db.StoreError
    "db_network_share": QT_TRANSLATE_NOOP(
        "Refusals", "The database {path} is on a network share. SQLite cannot be shared that way; use a local "
                    "disk, or a PostgreSQL server URL for a shared branch."),
    "db_network_fs": QT_TRANSLATE_NOOP(
        "Refusals", "The database {path} is on a network file system ({fstype}). SQLite cannot be shared that "
                    "way; use a local disk, or a PostgreSQL server URL for a shared branch."),
    "db_cannot_open": QT_TRANSLATE_NOOP(
        "Refusals", "Cannot open the database {url}: {error}"),
    # domain/scoring.ScorecardError
    "scorecard_missing": QT_TRANSLATE_NOOP(
        "Refusals", "no scorecard version {version} ({file} is not installed): the scores computed with it cannot "
                    "be shown or computed again; ask an administrator to reinstall the scorecard file"),
    "scorecard_wrong_version": QT_TRANSLATE_NOOP(
        "Refusals", "the scorecard file {file} holds version {found}, not version {version}: ask an administrator "
                    "to reinstall the scorecard file"),
    "scorecard_inputs_version": QT_TRANSLATE_NOOP(
        "Refusals", "this score was computed with scorecard version {scored}, not version {version}: score the "
                    "case again"),
    "scorecard_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "the scorecard {file} cannot be used: {detail}; ask an administrator to reinstall the "
                    "scorecard file"),
    # domain/interview.QuestionnaireError
    "questionnaire_missing": QT_TRANSLATE_NOOP(
        "Refusals", "no interview questionnaire {version} ({file} is not installed): ask an administrator to "
                    "reinstall the questionnaire file"),
    "questionnaire_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "the interview questionnaire {file} cannot be used: {detail}; ask an administrator to "
                    "reinstall the questionnaire file"),
    "questionnaire_no_question": QT_TRANSLATE_NOOP(
        "Refusals", "the interview questionnaire {version} has no question {question}: the answers were given to "
                    "another version of the questionnaire"),
    "questionnaire_no_option": QT_TRANSLATE_NOOP(
        "Refusals", "question {question} of the interview questionnaire has no answer {option}: choose the "
                    "answer again"),
    # domain/terms.TermsError
    "terms_outside_product": QT_TRANSLATE_NOOP(
        "Refusals", "the terms are outside the product's bands: {problems}"),
    "terms_amount_not_positive": QT_TRANSLATE_NOOP(
        "Refusals", "the loan amount must be more than zero, not {amount}"),
    "terms_penalty_base": QT_TRANSLATE_NOOP(
        "Refusals", "the product's penalty base {value} is not one of {choices}: an administrator corrects the "
                    "product"),
    "terms_allocation": QT_TRANSLATE_NOOP(
        "Refusals", "the product's repayment order {value} does not list each of {choices} once: an "
                    "administrator corrects the product"),
    "terms_term_days_missing": QT_TRANSLATE_NOOP(
        "Refusals", "a bullet loan needs its term in days"),
    "terms_term_months_missing": QT_TRANSLATE_NOOP(
        "Refusals", "a monthly repayment method needs its term in months"),
    "terms_penalty_out_of_range": QT_TRANSLATE_NOOP(
        "Refusals", "the product's penalty multiplier {multiplier} or highest annual cost {max_cost}% is out of "
                    "range: an administrator corrects the product"),
    "terms_no_start": QT_TRANSLATE_NOOP(
        "Refusals", "the repayment schedule needs a first day"),
    "terms_record_unreadable": QT_TRANSLATE_NOOP(
        "Refusals", "the stored terms cannot be read: {detail}"),
}
