"""Installing translators and choosing the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource_path

ENGLISH = "en"
CHINESE = "zh_CN"


def locale_for(language: str) -> QLocale:
    """The locale used to format dates, money and numbers in ``language``."""
    if language == CHINESE:
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def system_language() -> str:
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


# English needs only its plural forms ("%n milestone(s)"): installed once, kept for good.
_ENGLISH_PLURALS: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and the application's translations; returns them (keep references)."""
    QLocale.setDefault(locale_for(language))
    if language == ENGLISH:
        if not _ENGLISH_PLURALS:
            _ENGLISH_PLURALS.extend(_install(app, _catalogs(ENGLISH)))
        return list(_ENGLISH_PLURALS)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return _install(app, [(f"qtbase_{language}", qt_dir), *_catalogs(language)])


def _install(app: QCoreApplication, catalogs) -> list[QTranslator]:
    installed = []
    for catalog in catalogs:
        name, directory = catalog if isinstance(catalog, tuple) else (catalog.stem, catalog.parent)
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def switch_translators(
    app: QCoreApplication, installed: list[QTranslator], language: str
) -> list[QTranslator]:
    """Replace the ``installed`` translators by those of ``language``: every widget gets a
    LanguageChange event and retranslates itself if it can."""
    for translator in installed:
        app.removeTranslator(translator)
    return install_translators(app, language)


def _catalogs(language: str):
    return sorted(resource_path("i18n").glob(f"*_{language}.qm"))


def current_language() -> str:
    return CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
