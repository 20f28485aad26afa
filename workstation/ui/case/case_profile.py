"""The profile tab: application, merchant, legal representative and contacts.
Personal data arrives masked; Unmask asks the service, which checks the role and
records the unmasking."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from workstation.domain import clock
from workstation.domain.money import fmt
from workstation.decide import cases
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui.errors import present_error
from workstation.ui.i18n import pick, platform_name, status_name


def local_dt(dt: datetime | None) -> str:
    return clock.local_text(dt)


def local_date(d: date | None) -> str:
    return d.isoformat() if d else ""


class ProfileTab(QWidget):
    unmasked = Signal(str)

    def __init__(self, store: Store, actor: Actor, app_id: int, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, app_id
        self.values: dict[str, QLabel] = {}
        self.unmask_buttons: dict[str, QPushButton] = {}
        self._built = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        outer.addWidget(self._scroll)

    def load(self) -> None:
        p = cases.profile(self.store, self.actor, self.app_id)
        yes, no = self.tr("Yes"), self.tr("No")
        term = (self.tr("%n month(s)", "", p.term_months) if p.term_months
                else self.tr("%n day(s)", "", p.term_days or 0))
        groups = [
            (self.tr("Application"), [
                ("app_no", self.tr("Number"), p.app_no),
                ("status", self.tr("Status"), status_name(p.status)),
                ("product", self.tr("Product"), pick(p.product_name_zh, p.product_name_en)),
                ("amount", self.tr("Amount asked"), fmt(p.amount_requested, symbol=True)),
                ("term", self.tr("Term"), term),
                ("purpose", self.tr("Purpose"), p.purpose),
                ("received", self.tr("Received"), local_dt(p.received_at)),
                ("officer", self.tr("Officer"), p.officer_name or self.tr("(unassigned)")),
                ("note", self.tr("Status note"), p.status_note or ""),
            ]),
            (self.tr("Merchant and shop"), [
                ("merchant", self.tr("Merchant"), p.merchant_name),
                ("shop", self.tr("Shop"), p.shop_name),
                ("platform", self.tr("Platform"), platform_name(p.platform)),
                ("member_id", self.tr("Member ID"), p.member_id),
                ("member_since", self.tr("Member since"), local_date(p.member_since)),
                ("credit_code", self.tr("Credit code"), p.credit_code or ""),
                ("region", self.tr("Province / city"), f"{p.province} / {p.city}"),
                ("address", self.tr("Address"), p.address),
            ]),
            (self.tr("Legal representative"), [
                ("legal_rep", self.tr("Name"), p.legal_rep_name),
                ("age", self.tr("Age"), str(p.legal_rep_age)),
                ("id_number", self.tr("ID number"), p.id_number),
                ("phone", self.tr("Mobile"), p.phone),
                ("is_legal_rep", self.tr("Applicant is legal representative"), yes if p.applicant_is_legal_rep else no),
                ("blacklisted", self.tr("On the blacklist"), yes if p.blacklisted else no),
            ]),
            (self.tr("Contacts and accounts"), [
                ("contact_phone", self.tr("Contact phone"), p.contact_phone),
                ("email", self.tr("E-mail"), p.email or ""),
                ("payment_account", self.tr("Payment account"), p.payment_account),
                ("real_name", self.tr("Real-name verified"), yes if p.real_name_verified else no),
                ("bank", self.tr("Bank"), p.bank_name + ("" if p.bank_listed else self.tr(" (not a listed bank)"))),
                ("bank_card", self.tr("Bank card"), p.bank_card),
            ]),
        ]
        may = cases.may_unmask(self.actor, p.officer_id)
        body = QWidget()
        grid = QGridLayout(body)
        for i, (title, rows) in enumerate(groups):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for key, label, text in rows:
                value = QLabel(text, objectName=f"value_{key}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setWordWrap(True)
                self.values[key] = value
                if key in cases.UNMASKABLE:
                    form.addRow(label, self._with_unmask(key, value, may))
                else:
                    form.addRow(label, value)
            grid.addWidget(box, i // 2, i % 2)
        if p.blacklisted:
            self.values["blacklisted"].setStyleSheet("color: #b00020; font-weight: 600;")
        grid.setRowStretch(2, 1)
        self._scroll.setWidget(body)
        self._built = True

    def _with_unmask(self, key: str, value: QLabel, may: bool) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(value, 1)
        b = QPushButton(self.tr("Unmask"), objectName=f"unmask_{key}")
        b.setEnabled(may)
        b.setToolTip(self.tr("Show the full value (recorded in the audit log)") if may
                     else self.tr("Only the case's officer, a supervisor or an administrator may see this"))
        b.clicked.connect(lambda: self._on_unmask_clicked(key))
        self.unmask_buttons[key] = b
        h.addWidget(b)
        return w

    def _on_unmask_clicked(self, key: str) -> None:
        try:
            value = cases.unmask(self.store, self.actor, self.app_id, key)
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            present_error(self, exc)
            return
        self.values[key].setText(value)
        self.unmask_buttons[key].setEnabled(False)
        self.unmasked.emit(key)
