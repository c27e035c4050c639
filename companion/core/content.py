"""Which copy of a content file (guidance, phrases, help) to read for the user's language.

Content lives in folders such as ``assets/guidance``: the English file at the top
(``states.toml``) and each translation in a subfolder named for its language
(``de/states.toml``). Several folders may be searched; the user's own folder comes first, so a
file the user edited there keeps being used. Within each folder the user's language comes
before English. Each file falls back on its own: a German ``phrases.toml`` with an English
``states.toml`` is fine.

A translation that should be there but is missing (its language folder exists, the file does
not) or cannot be read is not silently skipped: it is reported as a :class:`ContentProblem`
and the next copy is used in its place (in the end the bundled English file). A broken copy of
the English file in an earlier folder is reported the same way (language ""). The last
folder's English file failing is the caller's usual error.

Pure: the language codes are passed in, chosen by the desktop layer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Generic, TypeVar

__all__ = [
    "ContentFault",
    "ContentProblem",
    "Localized",
    "ProblemKind",
    "fault_of",
    "language_candidates",
    "load_localized",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ProblemKind(str, Enum):
    """Why a translation was not used."""

    MISSING = "missing"
    BROKEN = "broken"


class ContentFault(str, Enum):
    """What is wrong with a content file, for the UI to word in the user's language (the
    loaders' English messages, with line numbers, are for the log and the command line)."""

    MISSING = "missing"
    UNREADABLE = "unreadable"
    NOT_UTF8 = "not-utf8"
    NOT_TOML = "not-toml"
    TOO_DEEP = "too-deep"
    INCOMPLETE = "incomplete"  # a section, entry or field is missing or wrong


def fault_of(error: BaseException) -> ContentFault:
    """The fault a loader's error carries (``error.fault``); anything else is INCOMPLETE."""
    fault = getattr(error, "fault", None)
    return fault if isinstance(fault, ContentFault) else ContentFault.INCOMPLETE


@dataclass(frozen=True)
class ContentProblem:
    """A translated file that could not be used; English was shown instead."""

    kind: ProblemKind
    language: str
    path: Path
    detail: str = ""
    fault: ContentFault = ContentFault.MISSING


@dataclass(frozen=True)
class Localized(Generic[T_co]):
    """What was loaded, from where, in which language ("" for English), and what went wrong."""

    value: T_co
    path: Path
    language: str
    problems: tuple[ContentProblem, ...] = ()


def language_candidates(codes: Sequence[str]) -> tuple[str, ...]:
    """Folder names to try for the UI languages ``codes``: "de_AT" gives "de_AT" then "de".

    English ("en", "en_GB") needs no folder: it is the top-level file.
    """
    found: list[str] = []
    for code in codes:
        clean = code.replace("-", "_").strip()
        if not clean or "/" in clean or clean.startswith("."):
            continue
        for candidate in (clean, clean.split("_", 1)[0]):
            english = candidate.lower() == "en" or candidate.lower().startswith("en_")
            if not english and candidate not in found:
                found.append(candidate)
    return tuple(found)


def load_localized(
    roots: Sequence[Path | str],
    name: str,
    languages: Sequence[str],
    load: Callable[[Path], T],
    errors: type[Exception] | tuple[type[Exception], ...],
) -> Localized[T]:
    """Load ``name`` in the first of ``languages`` that has it, else the English file.

    ``roots`` are searched in order (the user's own folder first); in each, the language
    subfolders come before the top-level English file. ``load`` reads one file and raises one
    of ``errors`` when it cannot; a translation that fails is reported and skipped, the
    English file failing propagates its error unchanged.
    """
    folders = [Path(root) for root in roots]
    wanted = language_candidates(languages)
    problems = _missing(folders, name, wanted)
    for folder in folders:
        for lang in wanted:
            path = folder / lang / name
            if not path.is_file():
                continue
            try:
                return Localized(load(path), path, lang, tuple(problems))
            except errors as exc:
                problems.append(
                    ContentProblem(ProblemKind.BROKEN, lang, path, str(exc), fault_of(exc))
                )
        english = folder / name
        if english.is_file() and folder != folders[-1]:
            try:  # the user's own English copy; the bundled one is still there after it
                return Localized(load(english), english, "", tuple(problems))
            except errors as exc:
                problems.append(
                    ContentProblem(ProblemKind.BROKEN, "", english, str(exc), fault_of(exc))
                )
        elif english.is_file():
            return Localized(load(english), english, "", tuple(problems))
    last = folders[-1] / name  # nothing anywhere: the loader words the missing file
    return Localized(load(last), last, "", tuple(problems))


def _missing(folders: Sequence[Path], name: str, wanted: Sequence[str]) -> list[ContentProblem]:
    """Languages that have a folder but no ``name`` in any folder: a translation went missing."""
    out = []
    for lang in wanted:
        dirs = [f / lang for f in folders if (f / lang).is_dir()]
        if dirs and not any((d / name).is_file() for d in dirs):
            out.append(ContentProblem(ProblemKind.MISSING, lang, dirs[-1] / name))
    return out
