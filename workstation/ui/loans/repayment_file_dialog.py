"""Loans > Import repayment file...: the payment channel's daily repayment file posted from
the desk (supervisors and administrators, as end of day), through the same service as
``workstation import repayments`` (servicing/repayment_import.py), behind a progress bar.

The report speaks the interface language: the counts, the amounts posted and held, and
each refused line with its line number, field and reason (by the reason's code on the
Chinese desk; the service's English text on the English one) beside the line as read
(personal data masked). Lines above the loan's payoff are held for an officer (Tools >
Held repayments). The window: ``ui.file_job_dialog``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.servicing.repayment_file import KINDS, LINE
from workstation.servicing.repayment_import import RepaymentReport, import_repayments
from workstation.ui.file_job_dialog import FileJobDialog, coded_reason, open_dialog as open_job_dialog

ROLES = ("supervisor", "admin")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RepaymentFile", text)


def field_text(name: str) -> str:
    """A field of the file as the desk names it."""
    return {
        LINE: _tr("(whole line)"),
        "payment_ref": _tr("Payment reference"),
        "contract_no": _tr("Contract number"),
        "value_date": _tr("Value date"),
        "amount": _tr("Amount"),
        "kind": _tr("Kind"),
    }.get(name, name)


def _reasons() -> dict[str, str]:
    """Every reason code the repayment file's reader and import give (REASON_CODES), in
    the interface language."""
    return {
        "json": _tr("Not a valid JSON record: the line is not posted."),
        "csv": _tr("Not valid CSV: the file was not read beyond this line."),
        "quotes": _tr("A quoted value is not closed: nothing of this record is posted."),
        "columns": _tr("The number of values differs from the header (a comma inside an unquoted value?)."),
        "required": _tr("Required, missing."),
        "too_long": _tr("Too long."),
        "date": _tr("Not a date (YYYY-MM-DD)."),
        "date_range": _tr("The date is outside 1900 to 2100."),
        "not_positive": _tr("The amount must be more than zero."),
        "unknown": _tr("Not a known kind: %1.").replace("%1", ", ".join(KINDS)),
        "unmatched": _tr("No loan has this contract number."),
        "loan_contracted": _tr("The loan is not disbursed yet."),
        "loan_closed": _tr("The loan is closed (settled), perhaps by an earlier line of this file."),
        "loan_written_off": _tr("The loan is written off."),
        "before_disbursement": _tr("The value date is before the disbursement."),
        "future": _tr("The value date is in the future."),
        "not_order_loan": _tr("An order settlement on a loan that is not an order loan."),
        "duplicate_in_file": _tr("The payment reference is repeated in the file: the first line counts."),
        # a line for a written-off loan is posted as a recovery (servicing/recoveries.refusal)
        "loan_not_open": _tr("The loan is not open for this payment."),
        "amount_not_positive": _tr("The amount must be more than zero."),
        "recovery_before_write_off": _tr("A recovery dated before the write-off."),
        "value_date_future": _tr("The value date is in the future."),
        "recovery_exceeds_written_off": _tr("More than is left of the written-off amount: the line is not posted."),
    }


# besides these, the money parser's codes (ui.amounts.MONEY_CODES)
REASON_CODES = frozenset(("json", "csv", "quotes", "columns", "required", "too_long", "date", "date_range",
                          "not_positive", "unknown", "unmatched", "loan_contracted", "loan_closed",
                          "loan_written_off", "before_disbursement", "future", "not_order_loan",
                          "duplicate_in_file", "loan_not_open", "amount_not_positive",
                          "recovery_before_write_off", "value_date_future", "recovery_exceeds_written_off"))

def reject_reason(code: str, english: str) -> str:
    """A refused line's reason in the interface language (ui.file_job_dialog.coded_reason)."""
    return coded_reason(code, english, _reasons(), _tr("Cannot be posted (reason %1)."))


def refused_rows(report: RepaymentReport) -> list[tuple[int, str, str, str]]:
    """(line, field, reason, as read) of each refused line, in the interface language."""
    return [(r.line, field_text(r.field), reject_reason(r.code, r.reason), r.raw) for r in report.rejects]


def report_lines(report: RepaymentReport) -> list[str]:
    """The report's summary, in the interface language."""
    out = [_tr("Lines read: %1").replace("%1", f"{report.read:,}"),
           _tr("Posted: %1 lines, %2 yuan (%3 of them backdated, the nights after them recomputed)")
           .replace("%1", f"{report.imported:,}").replace("%2", f"{report.amount_posted:,.2f}")
           .replace("%3", f"{report.backdated:,}"),
           _tr("Held for an officer (above the loan's payoff): %1 lines, %2 yuan; see Tools > Held repayments")
           .replace("%1", f"{report.held:,}").replace("%2", f"{report.amount_held:,.2f}"),
           _tr("Duplicates (posted or held before, or repeated in the file), not posted again: %1")
           .replace("%1", f"{report.duplicates:,}"),
           _tr("Refused: %1 (of them with no such contract: %2)")
           .replace("%1", f"{report.rejected:,}").replace("%2", f"{report.unmatched:,}")]
    if report.rejects_path:
        out.append(_tr("The refused lines, with line, field and reason, are also in %1")
                   .replace("%1", report.rejects_path))
    for b in report.resumed:
        out.append(_tr("An earlier run of this file (batch %1) had been interrupted: this run finished it.")
                   .replace("%1", str(b)))
    for b, name in report.interrupted_files:
        out.append(_tr("Batch %1 (file %2) was interrupted: import that file again to finish it.")
                   .replace("%1", str(b)).replace("%2", name))
    return out


class RepaymentFileDialog(FileJobDialog):
    """Posts one repayment file and shows its report. Entry point: ``RepaymentFileDialog.run``."""
    KEY = "repayment_file_dialog"

    @classmethod
    def title(cls) -> str:
        return _tr("Import repayment file")

    @classmethod
    def file_filter(cls) -> str:
        return _tr("Repayment file (*.csv *.jsonl *.ndjson *.json);;All files (*)")

    def job(self):
        return import_repayments

    def report_lines(self, report: RepaymentReport) -> list[str]:
        return report_lines(report)

    def refused(self, report: RepaymentReport) -> list[tuple[int, str, str, str]]:
        return refused_rows(report)


def open_dialog(window) -> RepaymentFileDialog | None:
    """Loans > Import repayment file...: the window refreshes after."""
    return open_job_dialog(window, RepaymentFileDialog)
