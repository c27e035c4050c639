"""Translations: Qt's own (dialog buttons and the like) and Companion's, for the user's locale.

Call :func:`install_translators` once, after the QApplication exists and before any widget is
built: ``tr()`` looks the text up when a widget is made. A language we have no file for
simply stays English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.core.content import ContentFault, ContentProblem, Localized, ProblemKind, fault_of
from companion.desktop.resources import assets_dir

log = logging.getLogger("companion.desktop.i18n")

QT_CATALOGUES = ("qtbase",)
OUR_CATALOGUE = "companion"
_INSTALLED = "companionTranslatorsInstalled"


GUIDANCE = "guidance"


def translations_dir() -> Path:
    """Where our ``companion_<lang>.qm`` files live."""
    return assets_dir() / "i18n"


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, *, directory: Path | None = None
) -> list[str]:
    """Load the ``.qm`` files that match ``locale`` (default: the system's) into ``app``.

    Returns the paths of the files loaded (Qt's first, then ours); an empty list means
    English. Earlier translators installed by this function are replaced.
    """
    if app.property(_INSTALLED):  # looking them up costs; the first install has none to drop
        remove_translators(app)
    app.setProperty(_INSTALLED, True)
    chosen = locale if locale is not None else QLocale.system()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [(name, qt_dir) for name in QT_CATALOGUES if qt_dir]
    sources.append((OUR_CATALOGUE, str(directory or translations_dir())))
    for name, folder in sources:
        translator = QTranslator(app)
        translator.setObjectName(f"companionTranslator_{name}")
        if translator.load(chosen, name, "_", folder) and app.installTranslator(translator):
            loaded.append(translator.filePath())
        else:
            translator.deleteLater()
    log.info(
        "language %s: %s",
        chosen.name(),
        ", ".join(Path(p).name for p in loaded) if loaded else "no translation, English",
    )
    return loaded


def remove_translators(app: QCoreApplication) -> None:
    """Undo :func:`install_translators` (the app falls back to English)."""
    for translator in app.findChildren(QTranslator):
        if translator.objectName().startswith("companionTranslator_"):
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def content_languages(app: QCoreApplication | None = None) -> tuple[str, ...]:
    """The language the UI speaks, for choosing guidance, phrases and help ("" → English).

    It is the language of the Companion catalogue actually loaded, so the texts and the
    menus always agree: a locale we have no translation for reads English content too.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        return ()
    return tuple(
        translator.language()
        for translator in app.findChildren(QTranslator)
        if translator.objectName() == f"companionTranslator_{OUR_CATALOGUE}"
        and translator.language()
    )


def content_roots(data_dir: Path | None = None) -> tuple[Path, ...]:
    """Where content files are looked for: the user's own ``guidance`` folder, then ours."""
    bundled = assets_dir() / GUIDANCE
    return (data_dir / GUIDANCE, bundled) if data_dir is not None else (bundled,)


def describe_problems(loaded: Localized[object]) -> list[str]:
    """One calm sentence each, in the UI's language, about copies of a file that were not used."""
    return [describe_problem(p, shown_language=loaded.language) for p in loaded.problems]


def describe_problem(problem: ContentProblem, shown_language: str = "") -> str:
    """One calm sentence about a copy that was not used; ``shown_language`` is what is shown.

    The loader's own (English) detail goes to the log, for whoever edits the file.
    """
    if problem.detail:
        log.warning("content file not used: %s", problem.detail)
    why = fault_text(problem.fault)
    if not problem.language or (
        problem.kind is ProblemKind.BROKEN and shown_language == problem.language
    ):
        text = QCoreApplication.translate(
            "Content", "Your own copy {path} could not be used, so Companion's own is shown: {why}"
        )
        return text.format(path=problem.path, why=why)
    language = QLocale(problem.language).nativeLanguageName() or problem.language
    if problem.kind is ProblemKind.MISSING:
        text = QCoreApplication.translate(
            "Content", "The translation ({language}) {path} is missing, so this part is in English."
        )
        return text.format(language=language, path=problem.path)
    text = QCoreApplication.translate(
        "Content",
        "The translation ({language}) could not be used, so this part is in English: {why}",
    )
    return text.format(language=language, why=why)


def describe_failure(error: Exception) -> str:
    """One calm sentence, in the UI's language, about a content file with no copy to fall back
    on (a loader's error carrying ``fault`` and ``path``); the English detail is logged."""
    log.warning("content file not used: %s", error)
    path = getattr(error, "path", None)
    why = fault_text(fault_of(error))
    if path is None:
        return QCoreApplication.translate("Content", "A text file could not be used: {why}").format(
            why=why
        )
    text = QCoreApplication.translate("Content", "The file {path} could not be used: {why}")
    return text.format(path=path, why=why)


def fault_text(fault: ContentFault) -> str:
    """What is wrong with a content file, as a short phrase in the UI's language."""
    words = {
        ContentFault.MISSING: QCoreApplication.translate("Content", "the file is missing."),
        ContentFault.UNREADABLE: QCoreApplication.translate("Content", "the file cannot be read."),
        ContentFault.NOT_UTF8: QCoreApplication.translate(
            "Content", "the file is not saved as UTF-8 text."
        ),
        ContentFault.NOT_TOML: QCoreApplication.translate(
            "Content", "the file is not written in valid TOML."
        ),
        ContentFault.TOO_DEEP: QCoreApplication.translate(
            "Content", "its tables or lists are nested too deeply."
        ),
        ContentFault.INCOMPLETE: QCoreApplication.translate(
            "Content", "a section, entry or line it needs is missing or wrong."
        ),
    }
    return words[fault]
