"""After the loan > Import monitoring data...: the platform's periodic snapshots of each
merchant (docs/monitoring-format.md) imported from the desk (supervisors and
administrators) through the same service as ``workstation import monitoring``
(aftercare/monitoring.py), which then evaluates the warning rules for the merchants it
touched. The report and each refused line's reason speak the interface language (by the
reason's code on the Chinese desk). The window: ``ui.file_job_dialog``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.aftercare.monitoring import MonitoringReport, import_monitoring
from workstation.domain.warning_rules import SHOP_STATUSES
from workstation.intake.imports_format import LINE
from workstation.ui.file_job_dialog import FileJobDialog, coded_reason, open_dialog as open_job_dialog

ROLES = ("supervisor", "admin")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MonitoringFile", text)


FIELD_TEXTS = {
    "member_id": "Platform member id", "date": "Date", "logins": "Login days", "days_since_login":
    "Days since the last login", "orders": "Orders", "gmv": "Sales (GMV)", "refunds": "Refunds",
    "disputes": "Disputes", "ad_spend": "Advertising spend", "traffic": "Shop visitors", "rating": "Shop rating",
    "shop_status": "Shop status", "inflow": "Inflow", "outflow": "Outflow", "unrelated_outflow":
    "Outflow to unrelated accounts",
}


def field_text(name: str) -> str:
    if name == LINE:
        return _tr("(whole line)")
    return _tr(FIELD_TEXTS[name]) if name in FIELD_TEXTS else name


def _reasons() -> dict[str, str]:
    """Every reason code the monitoring import gives (REASON_CODES), in the interface language."""
    return {
        "unreadable": _tr("The line cannot be read (not a JSON object or a CSV row of the header's columns, "
                          "or too long or too deeply nested)."),
        "truncated": _tr("The file is cut off here: the lines before it were imported."),
        "unknown_field": _tr("A field the format does not know."),
        "missing": _tr("Required, missing."),
        "member_id": _tr("Must be the platform member id (text, at most 40 characters)."),
        "date": _tr("Not a date (YYYY-MM-DD)."),
        "whole_number": _tr("Must be a whole number, not negative, within the field's range."),
        "rating": _tr("Must be 0 to 5 with at most two decimals."),
        "shop_status": _tr("Must be one of: %1.").replace("%1", ", ".join(SHOP_STATUSES)),
        "unrelated_above_outflow": _tr("More than the whole outflow."),
        "no_merchant": _tr("No merchant has this platform member id."),
        "other_snapshot": _tr("A different snapshot of this merchant for this date is already stored: "
                              "it is not overwritten."),
    }


REASON_CODES = frozenset(("unreadable", "truncated", "unknown_field", "missing", "member_id", "date",
                          "whole_number", "rating", "shop_status", "unrelated_above_outflow", "no_merchant",
                          "other_snapshot"))


def reject_reason(code: str, english: str) -> str:
    """A refused line's reason in the interface language (ui.file_job_dialog.coded_reason)."""
    return coded_reason(code, english, _reasons(), _tr("Not imported (reason %1)."))


def refused_rows(report: MonitoringReport) -> list[tuple[int, str, str, str]]:
    """(line, field, reason, as read) of each refused line listed, in the interface language."""
    return [(r.line, field_text(r.field), reject_reason(r.code, r.reason), r.raw) for r in report.refused]


def report_lines(report: MonitoringReport) -> list[str]:
    out = [_tr("Lines read: %1").replace("%1", f"{report.lines:,}"),
           _tr("Snapshots imported: %1").replace("%1", f"{report.imported:,}"),
           _tr("Already there (the same snapshot stored before), not stored again: %1")
           .replace("%1", f"{report.duplicates:,}"),
           _tr("Refused: %1").replace("%1", f"{report.rejected:,}"),
           _tr("Merchants checked against the warning rules: %1; warnings raised: %2")
           .replace("%1", f"{len(report.merchants):,}").replace("%2", f"{report.warnings_raised:,}")]
    if report.outcome == "truncated":
        out.append(_tr("The file is cut off: the lines before the cut were imported."))
    if report.rejects_path:
        out.append(_tr("The refused lines, with line, field and reason, are also in %1")
                   .replace("%1", str(report.rejects_path)))
    if report.rejected > len(report.refused):
        out.append(_tr("The first %1 refused lines are listed below.").replace("%1", str(len(report.refused))))
    return out


class MonitoringFileDialog(FileJobDialog):
    KEY = "monitoring_file_dialog"

    @classmethod
    def title(cls) -> str:
        return _tr("Import monitoring data")

    @classmethod
    def file_filter(cls) -> str:
        return _tr("Monitoring snapshots (*.jsonl *.ndjson *.json *.csv);;All files (*)")

    def job(self):
        return import_monitoring

    def report_lines(self, report: MonitoringReport) -> list[str]:
        return report_lines(report)

    def refused(self, report: MonitoringReport) -> list[tuple[int, str, str, str]]:
        return refused_rows(report)


def open_dialog(window) -> MonitoringFileDialog | None:
    return open_job_dialog(window, MonitoringFileDialog)
