import re
import xml.etree.ElementTree as ET

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


def _ts_pairs() -> list[tuple[str, str, str]]:
    root = ET.parse(i18n.TRANSLATIONS_DIR / "workstation_zh_CN.ts").getroot()
    out = []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            text = tr.text if m.get("numerus") != "yes" else tr.findtext("numerusform")
            out.append((ctx.findtext("name"), m.findtext("source"), text or ""))
    return out


def test_every_translation_keeps_its_placeholders_and_accelerators():
    pairs = _ts_pairs()
    assert len(pairs) > 800
    for _ctx, src, zh in pairs:
        assert sorted(re.findall(r"%\d|%n", src)) == sorted(re.findall(r"%\d|%n", zh)), src
        if re.search(r"&\w", src):
            assert "&" in zh, src


def test_one_source_of_translations():
    """The .ts is the one source: no .json copy, and the texts a screen translates through a
    helper (``_tr(text)``) reach it under the helper's context, finished."""
    import importlib.util
    assert not (i18n.TRANSLATIONS_DIR / "workstation_zh_CN.json").exists()
    spec = importlib.util.spec_from_file_location("update", i18n.TRANSLATIONS_DIR / "update.py")
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    finished = {(c, s) for c, s, zh in _ts_pairs() if zh}
    helper = update.helper_texts()
    assert len(helper) > 100
    assert [(c, s) for c, s, _path, _line in helper if (c, s) not in finished] == []


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
