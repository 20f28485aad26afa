"""Interface language: Qt translators for zh_CN/en, following the system language
unless the user chose one (View > Language, remembered in the settings).

Texts that come from domain data in both languages (status names, scorecard
factors, policy reasons) are picked with :func:`pick`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workstation.assets import resource_path
from workstation.domain.workflow import STATUS_NAMES, Status

TRANSLATIONS_DIR = resource_path("translations")
LANGUAGES = ("zh_CN", "en")
_state: dict[str, object] = {"lang": "en", "translators": []}


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(lang: str | None) -> str:
    """Install the translators for ``lang`` (None: the system's); returns the language used."""
    lang = lang if lang in LANGUAGES else system_language()
    app = QCoreApplication.instance()
    for t in _state["translators"]:
        app.removeTranslator(t)
    _state["translators"] = []
    if lang == "zh_CN":
        ours = QTranslator(app)       # compiled from the one source of translations, the .ts
        if ours.load(str(TRANSLATIONS_DIR / "workstation_zh_CN.qm")):
            app.installTranslator(ours)
            _state["translators"].append(ours)
        qt = QTranslator(app)   # Qt's own dialog buttons
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _state["translators"].append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _state["lang"] = lang
    return lang


def current() -> str:
    return str(_state["lang"])


def is_zh() -> bool:
    return current() == "zh_CN"


def pick(zh: str, en: str) -> str:
    return zh if is_zh() else en


def status_name(status: str) -> str:
    try:
        zh, en = STATUS_NAMES[Status(status)]
    except ValueError:
        return status
    return pick(zh, en)


PLATFORM_NAMES = {"taobao": ("淘宝", "Taobao"), "tmall": ("天猫", "Tmall"), "1688": ("1688", "1688")}


def platform_name(code: str) -> str:
    zh, en = PLATFORM_NAMES.get(code, (code, code))
    return pick(zh, en)


def product_name(code: str) -> str:
    """A product's name in the interface language (the code if it is unknown)."""
    from workstation.domain.products import product_by_code
    try:
        p = product_by_code(code)
    except KeyError:
        return code
    return pick(p.name_zh, p.name_en)
