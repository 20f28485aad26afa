"""The case file of one application: a header, a toolbar for case actions and
tabs that load on first view.

Other screens extend it: ``add_tab(widget, title)`` appends a tab (a widget with a
``load()`` method is loaded on first view and on Refresh), ``toolbar`` takes
actions (interview, recommendation, sign-off, documents). The screens listed in
``ui/extensions.CASE_SCREENS`` define ``install_case(case_file)``; every case file calls
them when built.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTabWidget, QToolBar, QVBoxLayout, QWidget

from workstation.domain.money import fmt
from workstation.decide import cases
from workstation.domain.actor import Actor
from workstation.services.connect import Store
from workstation.ui import extensions
from workstation.ui.case.case_more import HistoryTab, PolicyTab
from workstation.ui.case.case_profile import ProfileTab
from workstation.ui.case.case_tabs import FinancialsTab, PlatformTab, ScoreTab
from workstation.ui.errors import present_error
from workstation.ui.i18n import status_name

TAB_KEYS = ("profile", "platform", "financials", "score", "policy", "history")


class CaseFile(QWidget):
    changed = Signal()          # the case moved: queues and counts refresh
    open_case = Signal(int)     # open another case (related cases)

    def __init__(self, store: Store, actor: Actor, app_id: int, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.app_id = store, actor, app_id
        self.profile = cases.profile(store, actor, app_id)    # raises PermissionDenied before any widget
        self._loaded: set[int] = set()
        self.header = QLabel(objectName="caseHeader")
        self.header.setStyleSheet("font-size: 12pt; padding: 4px 2px;")
        self.toolbar = QToolBar(objectName="caseToolbar")
        self.act_refresh = QAction(self.tr("Refresh case"), self)
        self.act_refresh.triggered.connect(self.reload)
        self.toolbar.addAction(self.act_refresh)
        self.toolbar.addSeparator()
        self.tabs = QTabWidget(objectName="caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.tabs, 1)
        self.profile_tab = ProfileTab(store, actor, app_id)
        self.policy_tab = PolicyTab(store, actor, app_id)
        self.policy_tab.open_case.connect(self.open_case)
        self.add_tab(self.profile_tab, self.tr("Profile"))
        self.add_tab(PlatformTab(store, actor, app_id), self.tr("Platform data"))
        self.add_tab(FinancialsTab(store, actor, app_id), self.tr("Declared vs platform"))
        self.score_tab = ScoreTab(store, actor, app_id)
        self.score_tab.scored.connect(self.reload)
        self.add_tab(self.score_tab, self.tr("Score"))
        self.add_tab(self.policy_tab, self.tr("Policy and related"))
        self.add_tab(HistoryTab(store, actor, app_id), self.tr("History"))
        self._update_header()
        extensions.install_case(self)
        self._on_tabs_currentChanged(self.tabs.currentIndex())

    @property
    def title(self) -> str:
        return f"{self.profile.app_no} {self.profile.merchant_name[:10]}"

    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TAB_KEYS.index(key))

    def tab(self, key: str) -> QWidget:
        return self.tabs.widget(TAB_KEYS.index(key))

    def reload(self) -> None:
        """Re-read the case (after an action): header, the current tab; others on next view."""
        try:
            self.profile = cases.profile(self.store, self.actor, self.app_id)
        except Exception as exc:  # noqa: BLE001
            present_error(self, exc)
            return
        self._update_header()
        self._loaded.clear()
        self._on_tabs_currentChanged(self.tabs.currentIndex())
        self.changed.emit()

    def _update_header(self) -> None:
        p = self.profile
        self.header.setText(self.tr("%1  %2  -  %3  -  asks %4  -  %5")
                            .replace("%1", p.app_no).replace("%2", p.merchant_name)
                            .replace("%3", status_name(p.status)).replace("%4", fmt(p.amount_requested, symbol=True))
                            .replace("%5", p.officer_name or self.tr("(unassigned)")))

    def _on_tabs_currentChanged(self, index: int) -> None:
        if index < 0 or index in self._loaded:
            return
        w = self.tabs.widget(index)
        load = getattr(w, "load", None)
        if load is None:
            return
        self._loaded.add(index)
        try:
            load()
        except Exception as exc:  # noqa: BLE001 - shown by the one presenter
            self._loaded.discard(index)
            present_error(self, exc)
