import json
import re

from PySide6.QtCore import QCoreApplication

from workstation.ui import i18n


def test_chinese_by_context_and_by_source_text(qapp):
    assert i18n.install("zh_CN") == "zh_CN"
    try:
        # filed by lupdate under another context than the class asking at run time
        assert QCoreApplication.translate("InterviewForm", "Interview") == "面谈"
        # translated through a helper lupdate cannot see
        assert QCoreApplication.translate("LoanScreen", "Refresh") == "刷新"
        assert QCoreApplication.translate("Nobody", "a text nobody translated") == "a text nobody translated"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("InterviewForm", "Interview") == "Interview"


def test_every_translation_keeps_its_placeholders_and_accelerators():
    table = json.loads((i18n.TRANSLATIONS_DIR / "workstation_zh_CN.json").read_text(encoding="utf-8"))
    assert len(table) > 400
    for src, zh in table.items():
        assert sorted(re.findall(r"%\d|%n", src)) == sorted(re.findall(r"%\d|%n", zh)), src
        if re.search(r"&\w", src):
            assert "&" in zh, src


def test_desk_guide_follows_the_language_and_names_what_exists(qapp):
    from workstation.ui.help import GuideDialog
    i18n.install("en")
    d = GuideDialog()
    text = d.browser.toPlainText()
    assert "Record contract signing" in text and "Batch print" in text and "Sign-off" in text
    i18n.install("zh_CN")
    try:
        assert "登记合同签署" in GuideDialog().browser.toPlainText()
    finally:
        i18n.install("en")
