"""Choosing a content file for the user's language, one file at a time, never silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.content import ProblemKind, language_candidates, load_localized


class Broken(ValueError):
    pass


def read(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if text.startswith("!"):
        raise Broken(f"{path}: this file is broken")
    return text


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    write(root / "states.toml", "english states")
    write(root / "phrases.toml", "english phrases")
    write(root / "de" / "states.toml", "deutsche Zustände")
    return root


def test_the_user_language_wins_and_each_file_falls_back_on_its_own(bundled: Path) -> None:
    states = load_localized([bundled], "states.toml", ["de"], read, Broken)
    assert (states.value, states.language) == ("deutsche Zustände", "de")
    phrases = load_localized([bundled], "phrases.toml", ["de"], read, Broken)
    assert (phrases.value, phrases.language) == ("english phrases", "")
    assert [p.kind for p in phrases.problems] == [ProblemKind.MISSING]
    assert phrases.problems[0].path == bundled / "de" / "phrases.toml"


def test_english_and_unknown_languages_read_the_english_files_without_a_problem(
    bundled: Path,
) -> None:
    for languages in ([], ["en_GB"], ["it"]):
        loaded = load_localized([bundled], "states.toml", languages, read, Broken)
        assert (loaded.value, loaded.problems) == ("english states", ())


def test_a_broken_translation_is_reported_and_english_is_shown(bundled: Path) -> None:
    write(bundled / "de" / "states.toml", "! half-written")
    loaded = load_localized([bundled], "states.toml", ["de"], read, Broken)
    assert loaded.value == "english states"
    (problem,) = loaded.problems
    assert problem.kind is ProblemKind.BROKEN and "broken" in problem.detail


def test_a_broken_english_file_still_raises_its_own_error(bundled: Path) -> None:
    write(bundled / "states.toml", "! oops")
    (bundled / "de" / "states.toml").unlink()
    with pytest.raises(Broken, match="broken"):
        load_localized([bundled], "states.toml", ["de"], read, Broken)


def test_nothing_anywhere_lets_the_loader_say_the_file_is_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_localized([tmp_path / "a", tmp_path / "b"], "help.md", ["fr"], read, Broken)


def test_a_file_in_the_user_s_own_folder_keeps_working(bundled: Path, tmp_path: Path) -> None:
    own = tmp_path / "own"
    write(own / "states.toml", "my edited states")
    loaded = load_localized([own, bundled], "states.toml", ["de"], read, Broken)
    assert (loaded.value, loaded.problems) == ("my edited states", ())
    write(own / "de" / "phrases.toml", "meine Sätze")
    mine = load_localized([own, bundled], "phrases.toml", ["de_AT"], read, Broken)
    assert (mine.value, mine.language, mine.problems) == ("meine Sätze", "de", ())


def test_region_codes_fall_back_to_the_language_and_english_needs_no_folder() -> None:
    assert language_candidates(["de_AT", "de", "en_US", "fr-CA"]) == ("de_AT", "de", "fr_CA", "fr")
    assert language_candidates(["../x", ".hidden", ""]) == ()


def test_a_broken_english_copy_in_the_user_s_folder_gives_way_to_the_bundled_one(
    bundled: Path, tmp_path: Path
) -> None:
    own = tmp_path / "own"
    write(own / "phrases.toml", "! my half-edited copy")
    loaded = load_localized([own, bundled], "phrases.toml", [], read, Broken)
    assert loaded.value == "english phrases"
    (problem,) = loaded.problems
    assert (problem.kind, problem.language, problem.path) == (
        ProblemKind.BROKEN,
        "",
        own / "phrases.toml",
    )
