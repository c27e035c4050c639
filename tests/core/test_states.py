"""The states, their intensity rules, and the guidance file: complete, or clearly refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.breath_pattern import PRESETS
from companion.core.states import (
    BREATHING_PRESET_IDS,
    CONTEXT_LABELS,
    MAX_INTENSITY,
    MIN_INTENSITY,
    PROTECTIVE_STATES,
    TAG_LABELS,
    Context,
    GuidanceError,
    PatternTag,
    StateId,
    check_guidance_file,
    clamp_intensity,
    is_valid_checkin,
    load_guidance,
    note_length,
)
from companion.desktop.resources import assets_dir

SHIPPED = assets_dir() / "guidance" / "states.toml"


def test_state_ids_are_the_stable_export_ids() -> None:
    assert [s.value for s in StateId] == ["fight", "flight", "freeze", "fawn", "settled"]
    assert [s.value for s in PROTECTIVE_STATES] == ["fight", "flight", "freeze", "fawn"]
    assert StateId("freeze") is StateId.FREEZE
    # str-valued: usable directly wherever an id string is expected
    assert StateId.FAWN == "fawn"


def test_one_order_and_one_name_for_every_state_id() -> None:
    from companion.core.states import KEY_ORDER, STATE_IDS, STATE_NAMES, STATE_ORDER

    assert STATE_ORDER == ("fight", "flight", "freeze", "fawn", "settled")
    assert KEY_ORDER == ("settled", "fight", "flight", "freeze", "fawn")
    assert STATE_IDS == set(STATE_ORDER) == set(KEY_ORDER) == {s.value for s in StateId}
    assert {str(name).lower() for name in STATE_NAMES.values()} == STATE_IDS


def test_context_and_tag_ids_have_labels() -> None:
    assert {c.value for c in Context} == {
        "during_break",
        "before_return",
        "after_return",
        "practice",
    }
    assert {t.value for t in PatternTag} == {"pursuing", "withdrawing", "unsure"}
    assert set(CONTEXT_LABELS) == set(Context)
    assert set(TAG_LABELS) == set(PatternTag)
    assert all(label.strip() for label in [*CONTEXT_LABELS.values(), *TAG_LABELS.values()])


@settings(max_examples=300, deadline=None)
@given(state=st.sampled_from(list(StateId)), intensity=st.integers(-50, 50))
def test_clamped_intensity_is_always_a_point_on_the_wheel(state: StateId, intensity: int) -> None:
    level = clamp_intensity(state, intensity)
    assert is_valid_checkin(state, level)
    if state is StateId.SETTLED:
        assert level == 0
    else:
        assert MIN_INTENSITY <= level <= MAX_INTENSITY
        if MIN_INTENSITY <= intensity <= MAX_INTENSITY:
            assert level == intensity


def test_validity_rules() -> None:
    assert is_valid_checkin("freeze", 5)
    assert not is_valid_checkin("freeze", 0)
    assert not is_valid_checkin("freeze", 6)
    assert is_valid_checkin("settled", 0)
    assert not is_valid_checkin("settled", 3)
    assert not is_valid_checkin("anger", 3)


def test_note_length_ignores_outer_spaces_only() -> None:
    assert note_length("  hello  \n") == 5
    assert note_length("a b") == 3


# ----------------------------------------------------------------------------- shipped file


def test_shipped_guidance_is_complete_for_every_state() -> None:
    guidance = load_guidance(SHIPPED)
    assert set(guidance) == set(StateId)
    for sid, g in guidance.items():
        assert g.state is sid
        assert g.label and g.description
        assert len(g.body_signs) >= 3, sid
        assert len(g.helps) >= 3, sid
        assert all(line.strip() for line in (*g.body_signs, *g.helps))
        assert g.suggested_preset in BREATHING_PRESET_IDS
        assert 1 <= g.suggested_minutes <= 30
    assert check_guidance_file(SHIPPED) is None


def test_shipped_guidance_fits_each_state() -> None:
    guidance = load_guidance(SHIPPED)
    # Freeze gets the gentle pattern with no hold; fight a long exhale.
    assert guidance[StateId.FREEZE].suggested_preset == "gentle-3-5"
    assert guidance[StateId.FIGHT].suggested_preset in {"exhale-4-8", "exhale-4-6"}
    # Nobody in a protective state is steered to a breath hold by default.
    assert all(g.suggested_preset != "4-7-8" for g in guidance.values())


def test_shipped_presets_exist_in_the_breathing_module() -> None:
    suggested = {g.suggested_preset for g in load_guidance(SHIPPED).values()}
    assert suggested <= set(PRESETS)
    assert set(PRESETS) >= BREATHING_PRESET_IDS  # what the file may name can be played


def test_guidance_is_never_a_diagnosis() -> None:
    text = SHIPPED.read_text(encoding="utf-8").lower()
    body = text.split("\n[states.", 1)[1]  # the texts, not the header comment
    for word in ("diagnos", "disorder", "you have ", "you are suffering"):
        assert word not in body, word


# ----------------------------------------------------------------------------- broken files


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "states.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _without_state(state: str) -> str:
    text = SHIPPED.read_text(encoding="utf-8")
    return re.sub(rf"\[states\.{state}\].*?(?=\n\[states\.|\Z)", "", text, flags=re.S)


def _without_line(key: str, state: str) -> str:
    text = SHIPPED.read_text(encoding="utf-8")
    head, rest = text.split(f"[states.{state}]", 1)
    block, sep, tail = rest.partition("\n[states.")
    block = re.sub(rf"\n{key} = (\[.*?\]|[^\n]*)", "", block, count=1, flags=re.S)
    return f"{head}[states.{state}]{block}{sep}{tail}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[states.fight\nlabel = "x"', r"not valid TOML"),
        ('title = "no states here"\n', r"no \[states\] section"),
        (_without_state("freeze"), r"no guidance for 'freeze'"),
        (_without_line("body_signs", "fawn"), r"\[states\.fawn\] is missing 'body_signs'"),
        (_without_line("suggested_preset", "fight"), r"missing 'suggested_preset'"),
        (
            SHIPPED.read_text(encoding="utf-8").replace('"gentle-3-5"', '"hold-forever"'),
            r"\[states\.freeze\] 'suggested_preset' is 'hold-forever'",
        ),
        (
            SHIPPED.read_text(encoding="utf-8").replace(
                "suggested_minutes = 3", "suggested_minutes = 300"
            ),
            r"'suggested_minutes' is 300",
        ),
        (
            SHIPPED.read_text(encoding="utf-8").replace(
                "suggested_minutes = 3", 'suggested_minutes = "three"'
            ),
            r"'suggested_minutes' must be a number",
        ),
        (
            SHIPPED.read_text(encoding="utf-8").replace('label = "Fawn"', 'label = ""'),
            r"\[states\.fawn\] 'label' must be a non-empty text",
        ),
        (
            SHIPPED.read_text(encoding="utf-8") + '\n[states.anger]\nlabel = "Anger"\n',
            r"unknown state\(s\) 'anger'",
        ),
        (
            SHIPPED.read_text(encoding="utf-8").replace("helps = [", "help = [", 1),
            r"\[states\.fight\] is missing 'helps'",
        ),
    ],
    ids=[
        "bad-toml",
        "no-states",
        "missing-state",
        "missing-field",
        "missing-preset",
        "unknown-preset",
        "minutes-out-of-range",
        "minutes-not-number",
        "empty-label",
        "unknown-state",
        "misspelt-field",
    ],
)
def test_broken_file_gives_a_clear_error(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(GuidanceError, match=expected) as info:
        load_guidance(path)
    message = str(info.value)
    assert str(path) in message  # names the file
    assert info.value.path == path
    assert "Traceback" not in message
    assert isinstance(info.value, ValueError)
    # doctor reports the same message instead of raising
    assert check_guidance_file(path) == message


def test_missing_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "states.toml"
    with pytest.raises(GuidanceError, match="missing"):
        load_guidance(path)
    problem = check_guidance_file(path)
    assert problem is not None and str(path) in problem


def test_non_utf8_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "states.toml"
    path.write_bytes(b'[states.fight]\nlabel = "\xff\xfe"\n')
    with pytest.raises(GuidanceError, match="not UTF-8"):
        load_guidance(path)


def test_a_directory_instead_of_a_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(GuidanceError, match="cannot be read"):
        load_guidance(tmp_path)


def test_known_presets_can_be_narrowed(tmp_path: Path) -> None:
    with pytest.raises(GuidanceError, match="not a breathing preset"):
        load_guidance(SHIPPED, known_presets={"exhale-4-6"})
