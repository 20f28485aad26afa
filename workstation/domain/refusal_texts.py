"""The English text of every refusal, by its code (see ``domain/refusals.py``).

One entry per code; the templates name their parameters (``{app_no}``) and may carry a
format (``{amount:,.2f}``). Marked for ``pyside6-lupdate`` (``QT_TRANSLATE_NOOP``, here a
plain function), so the Chinese text of each lives in the interface's .ts file and the
desk translates by code, never by matching English."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation under ``context``; returns it unchanged (no Qt here)."""
    return text


CATALOGUE: dict[str, str] = {
    "backup_no_file": QT_TRANSLATE_NOOP(
        "Refusals", "this database is held in memory: there is no file to back up"),
    "backup_exists": QT_TRANSLATE_NOOP(
        "Refusals", "backup: {path} exists already; choose another name (a backup never overwrites a file)"),
    "backup_failed_check": QT_TRANSLATE_NOOP(
        "Refusals", "backup: the copy failed its checks and was removed: {problems}"),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "restore refused: the backup {path} fails its checks: {problems}; nothing was changed"),
    "restore_aside_failed": QT_TRANSLATE_NOOP(
        "Refusals", "restore refused: the current database could not be copied aside to {path} ({problems}); "
                    "nothing was changed"),
    "backup_keep_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "automatic backups: keep at least one (not {keep})"),
    "pg_tool_missing": QT_TRANSLATE_NOOP(
        "Refusals", "PostgreSQL backups need {tool}, which is not on the PATH: install the PostgreSQL client "
                    "programs (or add their bin folder to PATH) and try again; nothing was written"),
    "backup_folder_unusable": QT_TRANSLATE_NOOP(
        "Refusals", "the backup folder {path} cannot be used: {os_error}"),
    "setup_done": QT_TRANSLATE_NOOP(
        "Refusals", "first-run setup: this database has users already; administrators change its settings in "
                    "Settings"),
    "setup_demo": QT_TRANSLATE_NOOP(
        "Refusals", "first-run setup: this is the demo database, which keeps its sample company"),
    "setup_incomplete": QT_TRANSLATE_NOOP(
        "Refusals", "first-run setup cannot finish: give real values for {fields}"),
    "setting_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "setting {key}: give a number from {lo} to {hi}"),
    "setting_unknown": QT_TRANSLATE_NOOP(
        "Refusals", "setting {key} is not one the settings screen changes"),
    "product_rates_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "product {product_code}: the rates are refused: {reason}"),
    "branch_needs_postgresql": QT_TRANSLATE_NOOP(
        "Refusals", "a branch database is a PostgreSQL server: give --database postgresql://..."),
    "branch_role_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "the application's role name {role} is refused: lower-case letters, digits and _ only"),
    "pg_tool_failed": QT_TRANSLATE_NOOP(
        "Refusals", "{tool} failed: {message}"),
    "needs_role": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not {action}: needs role {roles}"),
    "other_team": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not open this case: it belongs to another team"),
    "inactive": QT_TRANSLATE_NOOP(
        "Refusals", "user stopped: the account was deactivated; sign in again ({user})"),
    "locked": QT_TRANSLATE_NOOP(
        "Refusals", "user stopped: the account is locked; sign in again ({user})"),
    "role": QT_TRANSLATE_NOOP(
        "Refusals", "user stopped: the account's roles were changed; sign in again ({user})"),
    "unknown": QT_TRANSLATE_NOOP(
        "Refusals", "user stopped: the account no longer exists; sign in again ({user})"),
    "sign_in_refused": QT_TRANSLATE_NOOP(
        "Refusals", "wrong user name or password, or the account is locked ({failures} failures in a row lock it "
                    "for {minutes} min)"),
    "password_temporary": QT_TRANSLATE_NOOP(
        "Refusals", "the password is a temporary one: choose a new password before anything else"),
    "password_temporary_cli": QT_TRANSLATE_NOOP(
        "Refusals", "the password is a temporary one: choose a new password before anything else: workstation "
                    "users change-password {username}"),
    "signoff_role": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not sign off: needs role supervisor"),
    "signoff_not_awaiting": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is not awaiting sign-off"),
    "signoff_own": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not sign off their own recommendation for {app_no}"),
    "signoff_signed": QT_TRANSLATE_NOOP(
        "Refusals", "{user} has already signed this sign-off chain for {app_no}"),
    "signoff_other_team": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} belongs to another team: its supervisor signs first"),
    "signoff_no_authority": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not sign off: no sign-off authority for {product}"),
    "signoff_above_authority": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not sign off: {amount:,.2f} is above your sign-off authority for {product} "
                    "({limit:,.2f})"),
    "busy": QT_TRANSLATE_NOOP(
        "Refusals", "{what}: the database stayed busy with other jobs ({attempts} attempts); nothing of this step"
                    " was saved: run it again"),
    "month_not_in_books": QT_TRANSLATE_NOOP(
        "Refusals", "month {month}: end of day has run only through {through}; no day of the month is in the "
                    "books yet"),
    "policy_blocked": QT_TRANSLATE_NOOP(
        "Refusals", "{action}: hard policy rules fail: {findings}"),
    "decline_other_needs_explanation": QT_TRANSLATE_NOOP(
        "Refusals", "decline: reason OTHER needs its explanation in the comment (it is printed on the notice)"),
    "line_already_frozen": QT_TRANSLATE_NOOP(
        "Refusals", "the line is already frozen"),
    "line_not_frozen": QT_TRANSLATE_NOOP(
        "Refusals", "the line is already not frozen"),
    "not_paid_off_active": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is not paid off: it still has an outstanding balance; no settlement "
                    "certificate"),
    "not_paid_off_contracted": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is not paid off: it has not been disbursed; no settlement certificate"),
    "not_paid_off_written_off": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is not paid off: it was written off, not paid off; no settlement "
                    "certificate"),
    "not_paid_off": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is not paid off: it is {loan_status}; no settlement certificate"),
    "group_member_past_due": QT_TRANSLATE_NOOP(
        "Refusals", "joint-guarantee group {group} cannot take new loans: member loan {contract_no} is {dpd} days"
                    " past due"),
    "contract_schedule_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "contract {contract_no}: {detail}"),
    "schedule_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "{detail}"),
    "servicing_refused": QT_TRANSLATE_NOOP(
        "Refusals", "{detail}"),
    "transition_refused": QT_TRANSLATE_NOOP(
        "Refusals", "an application that is '{transition}' cannot become '{target}'"),
    "waiver_penalty_above_unpaid": QT_TRANSLATE_NOOP(
        "Refusals", "waiver: penalty to waive {penalty:,.2f}, unpaid {unpaid:,.2f}"),
    "waiver_interest_above_unpaid": QT_TRANSLATE_NOOP(
        "Refusals", "waiver: interest to waive {interest:,.2f}, unpaid {unpaid:,.2f}"),
    "waiver_interest_above_due": QT_TRANSLATE_NOOP(
        "Refusals", "waiver: {excess:,.2f} more interest than is due"),
    "revolving_line": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract} is a revolving line: draw on it instead"),
    "contract_not_open": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is {status}: nothing more can be paid out under its contract"),
    "before_last_tranche": QT_TRANSLATE_NOOP(
        "Refusals", "value date {on} is before the last disbursement under this contract ({last})"),
    "above_remainder": QT_TRANSLATE_NOOP(
        "Refusals", "the amount must be positive and at most the {remainder} of the contract not yet paid out"),
    "no_loan": QT_TRANSLATE_NOOP(
        "Refusals", "no loan with id {loan_id}"),
    "approver_missing": QT_TRANSLATE_NOOP(
        "Refusals", "an account not on the borrower's verified list needs a supervisor's user name and password"),
    "approver_rejected": QT_TRANSLATE_NOOP(
        "Refusals", "the supervisor's user name or password is wrong"),
    "approver_not_supervisor": QT_TRANSLATE_NOOP(
        "Refusals", "{username} is not a supervisor"),
    "approver_self": QT_TRANSLATE_NOOP(
        "Refusals", "the supervisor allowing another account must be someone other than the person disbursing"),
    "account_missing": QT_TRANSLATE_NOOP(
        "Refusals", "destination account: required"),
    "account_too_long": QT_TRANSLATE_NOOP(
        "Refusals", "destination account: at most {max_length} characters"),
    "account_masked": QT_TRANSLATE_NOOP(
        "Refusals", "destination account {account!r} is masked: money cannot be sent to a masked account"),
    "reason_missing": QT_TRANSLATE_NOOP(
        "Refusals", "an account not on the borrower's verified list needs a reason"),
    "draw_no_account": QT_TRANSLATE_NOOP(
        "Refusals", "the borrower has no verified account to receive a draw"),
    "not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no held repayment line {held_id}"),
    "not_held": QT_TRANSLATE_NOOP(
        "Refusals", "held line {payment_ref} was already {held_status}"),
    "loan_not_active": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is {loan_status}: return the money instead"),
    "future": QT_TRANSLATE_NOOP(
        "Refusals", "value date {value_date} is in the future (today is {today})"),
    "reason_required": QT_TRANSLATE_NOOP(
        "Refusals", "reason: say why the money is returned"),
    "lender_placeholder": QT_TRANSLATE_NOOP(
        "Refusals", "the lender's details are not set ({fields}): an administrator sets them in Settings > Lender"
                    " details or with `workstation lender set`"),
    "lender_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "the lender's details are not acceptable: give real values for {fields}"),
    "write_failed": QT_TRANSLATE_NOOP(
        "Refusals", "cannot write {path}: {os_error}"),
    "as_shown": QT_TRANSLATE_NOOP(
        "Refusals", "{text}"),
    "consent_evidence_required": QT_TRANSLATE_NOOP(
        "Refusals", "consent: say where the consent is evidenced (form number, clip time, ...)"),
    "recording_file_missing": QT_TRANSLATE_NOOP(
        "Refusals", "recording: no file {source}"),
    "attachment_missing": QT_TRANSLATE_NOOP(
        "Refusals", "attachment {attachment_id}: the file {path} is missing from the store"),
    "attachment_altered": QT_TRANSLATE_NOOP(
        "Refusals", "attachment {attachment_id}: the stored file was altered (SHA-256 {got_hash}… size "
                    "{got_size}, recorded {want_hash}… size {size})"),
    "attachment_purged": QT_TRANSLATE_NOOP(
        "Refusals", "attachment {id} was purged on {purged_at:%Y-%m-%d} ({purge_reason})"),
    "recording_consent_missing": QT_TRANSLATE_NOOP(
        "Refusals", "{app_no}: record the applicant's separate consent to the recording first; nothing was "
                    "attached"),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Refusals", "password too short: at least {min_length} characters"),
    "password_needs_mix": QT_TRANSLATE_NOOP(
        "Refusals", "password must mix letters with digits or symbols"),
    "password_same_as_temporary": QT_TRANSLATE_NOOP(
        "Refusals", "the new password must differ from the temporary one"),
    "username_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "user name: 1-64 characters, no spaces"),
    "roles_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "roles: choose from {roles}; unknown {unknown}"),
    "password_wrong": QT_TRANSLATE_NOOP(
        "Refusals", "current password is wrong"),
    "deactivate_self": QT_TRANSLATE_NOOP(
        "Refusals", "you cannot deactivate your own account"),
    "user_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no user {username!r}"),
    "username_taken": QT_TRANSLATE_NOOP(
        "Refusals", "user name {username!r} is taken"),
    "only_admin_adds_users": QT_TRANSLATE_NOOP(
        "Refusals", "only an administrator may add users once one exists"),
    "supervisor_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "supervisor {supervisor!r} does not exist"),
    "authority_role_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "authority matrix: role must be one of {roles}"),
    "authority_limit_not_positive": QT_TRANSLATE_NOOP(
        "Refusals", "authority matrix: limits must be positive"),
    "authority_unknown_product": QT_TRANSLATE_NOOP(
        "Refusals", "authority matrix: unknown product {product_code!r}"),
    "document_kind_unknown": QT_TRANSLATE_NOOP(
        "Refusals", "unknown document kind {kind!r}; choose from {kinds}"),
    "statement_period_missing": QT_TRANSLATE_NOOP(
        "Refusals", "statement: give the period (from and to)"),
    "month_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "month: {month!r} is not YYYY-MM"),
    "case_or_loan_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no case or loan {ref!r}"),
    "personal_data_not_theirs": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not see personal data of a case that is not theirs"),
    "contract_needs_offer": QT_TRANSLATE_NOOP(
        "Refusals", "this application has no approved offer: a contract needs a signed-off approval"),
    "not_revolving": QT_TRANSLATE_NOOP(
        "Refusals", "this loan is not a revolving line"),
    "amount_not_positive": QT_TRANSLATE_NOOP(
        "Refusals", "amount: must be positive, got {amount}"),
    "line_frozen": QT_TRANSLATE_NOOP(
        "Refusals", "the line is frozen: {freeze_reason}"),
    "line_expired": QT_TRANSLATE_NOOP(
        "Refusals", "the line expired on {expiry}"),
    "line_past_due": QT_TRANSLATE_NOOP(
        "Refusals", "the line is {dpd} days past due: no draws until it is brought current"),
    "draw_backdated": QT_TRANSLATE_NOOP(
        "Refusals", "a draw cannot be backdated (last end of day {last_eod})"),
    "draw_above_available": QT_TRANSLATE_NOOP(
        "Refusals", "amount {amount:,.2f} is above the available {available:,.2f}"),
    "exception_reason_short": QT_TRANSLATE_NOOP(
        "Refusals", "an exception needs a reason of at least {min_length} characters"),
    "exception_too_late": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is '{status}': exceptions are requested before the case is submitted "
                    "for sign-off"),
    "exception_rule_of_product": QT_TRANSLATE_NOOP(
        "Refusals", "the rule '{rule}' belongs to the product definition: no exception lifts it"),
    "exception_not_needed": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} meets the rule '{rule}': no exception is needed"),
    "exception_already_requested": QT_TRANSLATE_NOOP(
        "Refusals", "an exception to '{rule}' is already requested for {app_no}"),
    "exception_request_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no open exception request {exception_id} on {app_no}"),
    "exception_with_signoff": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is '{status}': the request is with the sign-off"),
    "assigned_to_other_officer": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not {action}: application {app_no} is assigned to another officer"),
    "recommendation_breaks_rules": QT_TRANSLATE_NOOP(
        "Refusals", "the recommendation breaks these rules: {findings}"),
    "information_request_empty": QT_TRANSLATE_NOOP(
        "Refusals", "say what information is requested"),
    "decline_no_reason": QT_TRANSLATE_NOOP(
        "Refusals", "decline: choose at least one reason code"),
    "decline_reason_unknown": QT_TRANSLATE_NOOP(
        "Refusals", "decline: unknown reason code {codes}"),
    "recommendation_not_open": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is '{status}': it cannot take a recommendation"),
    "recommendation_stale": QT_TRANSLATE_NOOP(
        "Refusals", "the recommendation for {app_no} is now version {have}, not {expected_version}: someone saved"
                    " it meanwhile; reopen it (your entries are still in the form)"),
    "recommendation_missing": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} has no recommendation to submit"),
    "recommendation_version": QT_TRANSLATE_NOOP(
        "Refusals", "the recommendation for {app_no} is version {version}, not {expected_version}"),
    "recommendation_not_recommended": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is '{status}', not 'recommended'"),
    "decline_not_now": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is '{status}': the officer cannot decline it now"),
    "demo_database_not_empty": QT_TRANSLATE_NOOP(
        "Refusals", "{database} already holds data ({held}): the demo writes its data set only into an empty "
                    "database; give another database file (--database) or remove this one"),
    "demo_users_missing": QT_TRANSLATE_NOOP(
        "Refusals", "demo users missing: run the demo generator first"),
    "print_agreement_not_visible": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not print agreement {document_no}: no member's case is one the user may open"),
    "print_other_team": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not print documents of case {app_no}: it belongs to another team"),
    "print_full_id_refused": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not print the {kind} of case {app_no}: it shows the borrower's full ID and phone "
                    "numbers, which only the case's officer, supervisors and administrators may see"),
    "group_ref_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no joint-guarantee group {ref!r} (give its id, agreement number or name)"),
    "not_declined": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is not declined (status: {status}): no decline notice"),
    "application_no_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no application numbered {application_no!r}"),
    "contract_no_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no loan with contract number {contract_no!r}"),
    "no_contract_to_print": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} has no approved offer and no signed contract (status: {status}): no "
                    "contract to print"),
    "eod_not_begun": QT_TRANSLATE_NOOP(
        "Refusals", "end of day for {as_of} refused: that business day has not begun (today is {today}); "
                    "nothing was booked"),
    "statement_after_eod": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no}: end of day has run only through {last_eod}; a statement to {period_to} "
                    "would miss interest (choose an earlier end date)"),
    "statement_before_eod": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no}: end of day has run only through {last_eod}, before the period from "
                    "{period_from}"),
    "statement_period_reversed": QT_TRANSLATE_NOOP(
        "Refusals", "statement period: {period_from} is after {period_to}"),
    "statement_not_disbursed": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} has not been disbursed: no statement yet"),
    "statement_disbursed_after": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} was disbursed on {disbursed_on}, after the period {period_from} to "
                    "{period_to}"),
    "receipt_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no loan receipt numbered {receipt_no!r}"),
    "file_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no such file: {path}"),
    "import_file_type": QT_TRANSLATE_NOOP(
        "Refusals", "{name}: unknown file type {suffix}; expected .jsonl (JSON Lines) or .csv"),
    "import_header_missing": QT_TRANSLATE_NOOP(
        "Refusals", "{name}: the first row must be the header with the column names of {format_doc} (no "
                    "'{column}' column)"),
    "rejects_not_writable": QT_TRANSLATE_NOOP(
        "Refusals", "cannot write the rejects file {path} ({os_error}): copy the import file to a folder you may "
                    "write to and import it from there"),
    "file_not_utf8": QT_TRANSLATE_NOOP(
        "Refusals", "{name} is not UTF-8 text (perhaps GBK): save it as UTF-8 and import again"),
    "interview_stale": QT_TRANSLATE_NOOP(
        "Refusals", "interview {interview_id} was saved elsewhere since you opened it (version {expected_version}"
                    " -> {version}); reopen it"),
    "interview_submitted": QT_TRANSLATE_NOOP(
        "Refusals", "the interview notes are submitted and cannot change; add a dated addendum instead"),
    "interview_not_theirs": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not edit another officer's interview notes"),
    "interview_draft_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "{problems}"),
    "addendum_empty": QT_TRANSLATE_NOOP(
        "Refusals", "addendum: write what is corrected or added"),
    "interview_not_in_review": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is '{status}': an interview can be recorded once the case is in review"),
    "interview_incomplete": QT_TRANSLATE_NOOP(
        "Refusals", "the interview cannot be submitted yet: {problems}"),
    "addendum_on_draft": QT_TRANSLATE_NOOP(
        "Refusals", "the notes are still a draft: edit them directly"),
    "loan_stale": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} was changed by someone else meanwhile; reopen it"),
    "batch_stale": QT_TRANSLATE_NOOP(
        "Refusals", "a loan changed while a batch was being written; run it again"),
    "group_too_small": QT_TRANSLATE_NOOP(
        "Refusals", "a joint-guarantee group needs at least {min_members} member firms, got {count}"),
    "demand_amount_not_positive": QT_TRANSLATE_NOOP(
        "Refusals", "amount: must be positive"),
    "demand_channel_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "channel: {channel!r} is not one of {channels}"),
    "merchant_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no merchant with id {ids}"),
    "group_name_taken": QT_TRANSLATE_NOOP(
        "Refusals", "a group named {name!r} already exists"),
    "group_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no joint-guarantee group with id {group_id}"),
    "demand_not_member": QT_TRANSLATE_NOOP(
        "Refusals", "the defaulting loan does not belong to a member of this group"),
    "demand_same_member": QT_TRANSLATE_NOOP(
        "Refusals", "a demand goes to another member of the group"),
    "loan_not_past_due": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is not past due"),
    "loan_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no loan with id {loan_id}"),
    "loan_not_disbursed": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} has not been disbursed yet"),
    "value_date_before_disbursement": QT_TRANSLATE_NOOP(
        "Refusals", "value date {value_date} is before the disbursement on {disbursed_on}"),
    "date_before_disbursement": QT_TRANSLATE_NOOP(
        "Refusals", "{on} is before the disbursement on {disbursed_on}"),
    "loan_not_open": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is {loan_status}; nothing can be posted"),
    "value_date_future": QT_TRANSLATE_NOOP(
        "Refusals", "value date {value_date} is in the future (today is {today})"),
    "loan_would_reopen": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is {loan_status}: this change would reopen it, which is not supported"),
    "contract_exists": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} already has a contract"),
    "channel_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "channel: {channel!r} is not one of online, branch, app"),
    "disbursed_once": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} is {loan_status}; it can be disbursed once"),
    "disbursement_before_signing": QT_TRANSLATE_NOOP(
        "Refusals", "disbursement date {on} is before the contract was signed ({signed_on})"),
    "disbursement_amount": QT_TRANSLATE_NOOP(
        "Refusals", "amount {amount:,.2f} must be positive and at most the approved {approved_amount:,.2f}"),
    "reversal_reason_required": QT_TRANSLATE_NOOP(
        "Refusals", "reason: required for a reversal"),
    "reversal_needs_confirmation": QT_TRANSLATE_NOOP(
        "Refusals", "a reversal changes history: preview it and confirm"),
    "entry_not_in_force": QT_TRANSLATE_NOOP(
        "Refusals", "entry {entry_id} is not an entry in force on loan {contract_no}"),
    "entry_not_reversible": QT_TRANSLATE_NOOP(
        "Refusals", "a {kind} cannot be reversed here"),
    "waiver_reason_required": QT_TRANSLATE_NOOP(
        "Refusals", "reason: required for a waiver"),
    "waiver_amount_missing": QT_TRANSLATE_NOOP(
        "Refusals", "waiver: give a positive interest and/or penalty amount"),
    "write_off_reason_required": QT_TRANSLATE_NOOP(
        "Refusals", "reason: required for a write-off"),
    "recovery_before_write_off": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no} was written off on {written_off_on}: money received on {value_date} "
                    "is not a recovery after write-off"),
    "recovery_exceeds_written_off": QT_TRANSLATE_NOOP(
        "Refusals", "loan {contract_no}: {amount:,.2f} is more than what is left of the write-off "
                    "({left:,.2f}); post at most that and return the rest"),
    "not_approved": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is {status}, not approved"),
    "offer_expired": QT_TRANSLATE_NOOP(
        "Refusals", "the offer expired on {offer_expires_on}"),
    "not_contracted": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is {status}, not contracted"),
    "backdated_needs_confirmation": QT_TRANSLATE_NOOP(
        "Refusals", "a payment dated {value_date} is backdated for loan {contract_no}: preview what it changes "
                    "and confirm"),
    "write_off_before_eod": QT_TRANSLATE_NOOP(
        "Refusals", "a write-off must be dated after the last end of day ({last_eod})"),
    "already_assigned": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is already assigned"),
    "not_claimable": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is not waiting to be claimed"),
    "owner_not_officer": QT_TRANSLATE_NOOP(
        "Refusals", "the new owner must be an active officer"),
    "assign_outside_team": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may only assign cases to officers of the team"),
    "reassign_outside_team": QT_TRANSLATE_NOOP(
        "Refusals", "{user} may not reassign a case outside the team"),
    "closed_to_reassignment": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is closed to reassignment"),
    "already_with": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} is already with {owner}"),
    "file_unreadable": QT_TRANSLATE_NOOP(
        "Refusals", "{name}: cannot read the file ({os_error})"),
    "repayment_file_type": QT_TRANSLATE_NOOP(
        "Refusals", "{name}: unknown file type {suffix}; expected .csv or .jsonl"),
    "repayment_rejects_not_writable": QT_TRANSLATE_NOOP(
        "Refusals", "cannot write the rejects file {path} ({os_error}): copy the file to a folder you may write to "
                    "and import it from there"),
    "repayment_header_missing": QT_TRANSLATE_NOOP(
        "Refusals", "{name}: the header (first row) lacks {columns}; see docs/repayments-format.md"),
    "decision_invalid": QT_TRANSLATE_NOOP(
        "Refusals", "decision must be one of {decisions}"),
    "return_needs_comment": QT_TRANSLATE_NOOP(
        "Refusals", "a return needs a comment saying what to change"),
    "signature_password_wrong": QT_TRANSLATE_NOOP(
        "Refusals", "signature refused: the password is wrong; nothing was signed"),
    "approve_capacity_exceeded": QT_TRANSLATE_NOOP(
        "Refusals", "cannot approve: {findings}; nothing was signed"),
    "no_recommendation": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} has no recommendation"),
    "signoff_stale": QT_TRANSLATE_NOOP(
        "Refusals", "the recommendation for {app_no} changed to version {version} after you opened version "
                    "{seen_version}; nothing was signed. Reopen the case to review version {version}"),
    "approve_lower_limit": QT_TRANSLATE_NOOP(
        "Refusals", "approve lower: the limit must be above 0 and below {ceiling:,.2f}"),
    "application_not_found": QT_TRANSLATE_NOOP(
        "Refusals", "no application with id {app_id}"),
    "application_stale": QT_TRANSLATE_NOOP(
        "Refusals", "application {app_no} was changed by someone else since you opened it (version "
                    "{expected_version} -> {version}); reopen it to see the changes"),
    "freeze_reason_required": QT_TRANSLATE_NOOP(
        "Refusals", "reason: required"),
}

# The actions a role check names ("officer1 may not claim cases: needs role officer"):
# the ``action=`` texts of ``Actor.require`` and ``require_case_officer``.
ACTIONS: frozenset[str] = frozenset((
    QT_TRANSLATE_NOOP("Actions", 'activate or deactivate users'),
    QT_TRANSLATE_NOOP("Actions", 'add interview addenda'),
    QT_TRANSLATE_NOOP("Actions", 'add users'),
    QT_TRANSLATE_NOOP("Actions", 'back up the database'),
    QT_TRANSLATE_NOOP("Actions", 'restore a backup'),
    QT_TRANSLATE_NOOP("Actions", 'attach recordings'),
    QT_TRANSLATE_NOOP("Actions", 'build the demo data'),
    QT_TRANSLATE_NOOP("Actions", 'claim cases'),
    QT_TRANSLATE_NOOP("Actions", 'decline cases'),
    QT_TRANSLATE_NOOP("Actions", 'disburse a loan'),
    QT_TRANSLATE_NOOP("Actions", 'draw on a credit line'),
    QT_TRANSLATE_NOOP("Actions", 'edit the authority matrix'),
    QT_TRANSLATE_NOOP("Actions", 'edit the settings'),
    QT_TRANSLATE_NOOP("Actions", 'form a joint-guarantee group'),
    QT_TRANSLATE_NOOP("Actions", 'freeze or unfreeze a credit line'),
    QT_TRANSLATE_NOOP("Actions", 'import applications'),
    QT_TRANSLATE_NOOP("Actions", 'import repayments'),
    QT_TRANSLATE_NOOP("Actions", 'list every printed document'),
    QT_TRANSLATE_NOOP("Actions", 'list users'),
    QT_TRANSLATE_NOOP("Actions", 'open recordings'),
    QT_TRANSLATE_NOOP("Actions", 'post a held repayment'),
    QT_TRANSLATE_NOOP("Actions", 'post a repayment'),
    QT_TRANSLATE_NOOP("Actions", 'print documents'),
    QT_TRANSLATE_NOOP("Actions", 'purge recordings'),
    QT_TRANSLATE_NOOP("Actions", 're-key the audit chain'),
    QT_TRANSLATE_NOOP("Actions", 'read the audit entries of this kind of record'),
    QT_TRANSLATE_NOOP("Actions", 'read the audit head'),
    QT_TRANSLATE_NOOP("Actions", 'read the authority matrix'),
    QT_TRANSLATE_NOOP("Actions", 'reassign cases'),
    QT_TRANSLATE_NOOP("Actions", 'recommend limits'),
    QT_TRANSLATE_NOOP("Actions", 'reconcile the loan book'),
    QT_TRANSLATE_NOOP("Actions", 'record a contract'),
    QT_TRANSLATE_NOOP("Actions", 'record a demand to a group member'),
    QT_TRANSLATE_NOOP("Actions", 'record consents'),
    QT_TRANSLATE_NOOP("Actions", 'record information received'),
    QT_TRANSLATE_NOOP("Actions", 'record interviews'),
    QT_TRANSLATE_NOOP("Actions", 'record the audit head'),
    QT_TRANSLATE_NOOP("Actions", 'request a policy exception'),
    QT_TRANSLATE_NOOP("Actions", 'request information'),
    QT_TRANSLATE_NOOP("Actions", 'reset passwords'),
    QT_TRANSLATE_NOOP("Actions", 'return a held repayment'),
    QT_TRANSLATE_NOOP("Actions", 'reverse a posting'),
    QT_TRANSLATE_NOOP("Actions", 'review cases for sign-off'),
    QT_TRANSLATE_NOOP("Actions", 'run end of day'),
    QT_TRANSLATE_NOOP("Actions", 'score applications in bulk'),
    QT_TRANSLATE_NOOP("Actions", 'see the sign-off queue'),
    QT_TRANSLATE_NOOP("Actions", 'seed reference data'),
    QT_TRANSLATE_NOOP("Actions", 'set the automatic backups'),
    QT_TRANSLATE_NOOP("Actions", 'set up the branch database'),
    QT_TRANSLATE_NOOP("Actions", 'seed the authority matrix'),
    QT_TRANSLATE_NOOP("Actions", "set the lender's details"),
    QT_TRANSLATE_NOOP("Actions", 'sign off'),
    QT_TRANSLATE_NOOP("Actions", 'submit for sign-off'),
    QT_TRANSLATE_NOOP("Actions", 'verify the audit chain'),
    QT_TRANSLATE_NOOP("Actions", 'waive interest or penalty'),
    QT_TRANSLATE_NOOP("Actions", 'withdraw a policy exception'),
    QT_TRANSLATE_NOOP("Actions", 'write off a loan'),
    QT_TRANSLATE_NOOP("Actions", 'score a case'),
    QT_TRANSLATE_NOOP("Actions", 'open the portfolio'),
    QT_TRANSLATE_NOOP("Actions", 'record the portfolio'),
    QT_TRANSLATE_NOOP("Actions", 'view a loan'),
    QT_TRANSLATE_NOOP("Actions", 'confirm a credit restoration'),
    QT_TRANSLATE_NOOP("Actions", 'plan a credit restoration'),
    QT_TRANSLATE_NOOP("Actions", 'propose a blacklist listing'),
    QT_TRANSLATE_NOOP("Actions", 'read the blacklist'),
    QT_TRANSLATE_NOOP("Actions", 'sign blacklist listings'),
    QT_TRANSLATE_NOOP("Actions", 'print collection letters'),
    QT_TRANSLATE_NOOP("Actions", 'log collection contacts'),
    QT_TRANSLATE_NOOP("Actions", 'read the collections queue'),
    QT_TRANSLATE_NOOP("Actions", 'record promises to pay'),
    QT_TRANSLATE_NOOP("Actions", 'write a deduction request file'),
    QT_TRANSLATE_NOOP("Actions", 'open an application'),
    QT_TRANSLATE_NOOP("Actions", 'read good borrowers'),
    QT_TRANSLATE_NOOP("Actions", 'ask for information'),
    QT_TRANSLATE_NOOP("Actions", 'assign warnings'),
    QT_TRANSLATE_NOOP("Actions", 'close a warning'),
    QT_TRANSLATE_NOOP("Actions", 'record a call or visit'),
    QT_TRANSLATE_NOOP("Actions", 'refuse a warning action'),
    QT_TRANSLATE_NOOP("Actions", 'request a freeze'),
    QT_TRANSLATE_NOOP("Actions", 'request a limit cut'),
    QT_TRANSLATE_NOOP("Actions", 'request an early recall'),
    QT_TRANSLATE_NOOP("Actions", 'sign off a warning action'),
    QT_TRANSLATE_NOOP("Actions", 'read warnings'),
    QT_TRANSLATE_NOOP("Actions", 'evaluate warning rules'),
    QT_TRANSLATE_NOOP("Actions", 'import monitoring data'),
    QT_TRANSLATE_NOOP("Actions", 'edit the warning rules'),
    QT_TRANSLATE_NOOP("Actions", 'generate demo monitoring data'),
    QT_TRANSLATE_NOOP("Actions", 'limit roles to masked copies'),
    QT_TRANSLATE_NOOP("Actions", 'record the orders behind an order loan'),
))

# The input a refusal is about, where one applies (a form puts the cursor there).
FIELDS: dict[str, str] = {
    "amount_not_positive": "amount", "approve_lower_limit": "limit", "disbursement_amount": "amount",
    "draw_above_available": "amount", "demand_amount_not_positive": "amount", "waiver_amount_missing": "amount",
    "freeze_reason_required": "reason", "reversal_reason_required": "reason", "waiver_reason_required": "reason",
    "write_off_reason_required": "reason", "reason_required": "reason", "reason_missing": "reason",
    "exception_reason_short": "reason", "return_needs_comment": "comment", "decline_no_reason": "reason_codes",
    "decline_other_needs_explanation": "comment", "decline_reason_unknown": "reason_codes",
    "information_request_empty": "what", "addendum_empty": "text", "consent_evidence_required": "evidence",
    "password_too_short": "password", "password_needs_mix": "password", "password_same_as_temporary": "password",
    "password_wrong": "password", "signature_password_wrong": "password", "username_invalid": "username",
    "username_taken": "username", "roles_invalid": "roles", "supervisor_not_found": "supervisor",
    "channel_invalid": "channel", "demand_channel_invalid": "channel", "value_date_future": "value_date",
    "value_date_before_disbursement": "value_date", "account_missing": "account", "account_too_long": "account",
    "account_masked": "account", "approver_missing": "approver", "approver_rejected": "approver",
    "approver_not_supervisor": "approver", "approver_self": "approver", "month_invalid": "month",
    "statement_period_missing": "period", "statement_period_reversed": "period", "group_name_taken": "name",
    "group_too_small": "members", "authority_limit_not_positive": "limit", "authority_role_invalid": "role",
    "lender_invalid": "fields", "lender_placeholder": "fields",
}

# the errors below the business rules that can reach a screen (domain/error_texts.py)
from workstation.domain.error_texts import ERRORS  # noqa: E402 - kept apart to merge by lines

CATALOGUE.update(ERRORS)

# the after-the-loan desks' refusals (domain/after_refusal_texts.py)
from workstation.domain.after_refusal_texts import AFTERCARE  # noqa: E402 - kept apart to merge by lines

CATALOGUE.update(AFTERCARE)
