"""The check-in wheel as a user meets it: clicks, keys, screen readers and what it looks like."""

from __future__ import annotations

import itertools

import pytest
from helpers.german import shipped_german
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.states import StateId, load_guidance
from companion.desktop.resources import assets_dir
from companion.ui.checkin.checkin_wheel import CheckinWheel
from companion.ui.shell.labels import state_label
from companion.ui.shell.palette import STATE_SYMBOLS, state_color, symbol_path

GUIDANCE = load_guidance(assets_dir() / "guidance" / "states.toml")
PROTECTIVE = ["fight", "flight", "freeze", "fawn"]
ALL_CELLS = [(s, i) for s in PROTECTIVE for i in range(1, 6)] + [("settled", 0)]


def _palette(dark: bool) -> QPalette:
    pal = QPalette()
    window, text = ("#1c2326", "#e4e8e6") if dark else ("#f5f3ee", "#27343a")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        pal.setColor(role, QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        pal.setColor(role, QColor(text))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#3f8f83"))
    return pal


@pytest.fixture
def wheel(qtbot: QtBot) -> CheckinWheel:
    widget = CheckinWheel(GUIDANCE)
    qtbot.addWidget(widget)
    widget.setPalette(_palette(dark=False))
    widget.setAutoFillBackground(True)
    widget.resize(360, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click(qtbot: QtBot, wheel: CheckinWheel, pos: QPointF) -> None:
    qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=pos.toPoint())


# ----------------------------------------------------------------------------- pointer


@pytest.mark.parametrize("side", [260, 360, 520])
def test_a_click_on_each_cell_picks_that_state_and_strength(
    qtbot: QtBot, wheel: CheckinWheel, side: int
) -> None:
    wheel.resize(side, side)
    seen: list[tuple[str, int]] = []
    wheel.selectionChanged.connect(lambda s, i: seen.append((s, i)))
    # Shuffled order so each click really changes the selection.
    for state, intensity in ALL_CELLS[::2] + ALL_CELLS[1::2]:
        _click(qtbot, wheel, wheel.cell_center(state, intensity))
        assert (wheel.state(), wheel.intensity()) == (state, intensity)
        assert seen[-1] == (state, intensity)
    assert len(seen) == len(ALL_CELLS)


def test_cells_are_laid_out_as_the_user_expects(wheel: CheckinWheel) -> None:
    centre = QPointF(wheel.width() / 2, wheel.height() / 2)
    assert wheel.cell_center("settled", 0) == centre
    assert wheel.cell_center("fight", 3).y() < centre.y()  # fight on top
    assert wheel.cell_center("flight", 3).x() > centre.x()  # then clockwise
    assert wheel.cell_center("freeze", 3).y() > centre.y()
    assert wheel.cell_center("fawn", 3).x() < centre.x()
    for state in PROTECTIVE:  # further out means stronger
        distances = [(wheel.cell_center(state, i) - centre).manhattanLength() for i in range(1, 6)]
        assert distances == sorted(distances) and len(set(distances)) == 5


def test_points_outside_the_wheel_pick_nothing(qtbot: QtBot, wheel: CheckinWheel) -> None:
    assert wheel.hit_test(QPointF(1, 1)) is None  # a corner of the square
    _click(qtbot, wheel, QPointF(2, 2))
    assert wheel.state() is None and wheel.intensity() == 0


def test_a_slightly_shaky_click_just_past_the_edge_still_counts(wheel: CheckinWheel) -> None:
    inner = wheel.cell_center("freeze", 5)
    centre = wheel.cell_center("settled", 0)
    beyond = centre + (inner - centre) * 1.08
    assert wheel.hit_test(beyond) == ("freeze", 5)


def test_hover_shows_body_signs_and_is_signalled(qtbot: QtBot, wheel: CheckinWheel) -> None:
    pos = wheel.cell_center("freeze", 4).toPoint()
    # Qt sends no move event when the pointer is already there (an earlier test may have
    # left it on that spot), so start from a corner.
    QTest.mouseMove(wheel, wheel.rect().topLeft() + QPoint(1, 1))
    with qtbot.waitSignal(wheel.hovered) as blocker:
        QTest.mouseMove(wheel, pos)
    assert blocker.args == ["freeze", 4]
    assert wheel.hover() == ("freeze", 4)

    tip = wheel.toolTip()
    assert "Freeze" in tip and "4 of 5" in tip
    for sign in GUIDANCE[StateId.FREEZE].body_signs:
        assert sign in tip

    with qtbot.waitSignal(wheel.hovered) as blocker:
        wheel.set_hover(None)
    assert blocker.args == ["", 0]


# ----------------------------------------------------------------------------- keyboard


def _keys(qtbot: QtBot, wheel: CheckinWheel, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(wheel, key)


def test_keyboard_only_freeze_strong_then_enter(qtbot: QtBot, wheel: CheckinWheel) -> None:
    wheel.setFocus()
    assert wheel.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _keys(qtbot, wheel, Qt.Key.Key_3)
    assert (wheel.state(), wheel.intensity()) == ("freeze", 3)
    _keys(qtbot, wheel, Qt.Key.Key_Plus, Qt.Key.Key_Up)
    assert wheel.intensity() == 5
    with qtbot.waitSignal(wheel.submitted) as blocker:
        _keys(qtbot, wheel, Qt.Key.Key_Return)
    assert blocker.args == ["freeze", 5]


@pytest.mark.parametrize(
    ("key", "state"),
    [
        (Qt.Key.Key_1, "fight"),
        (Qt.Key.Key_2, "flight"),
        (Qt.Key.Key_3, "freeze"),
        (Qt.Key.Key_4, "fawn"),
        (Qt.Key.Key_0, "settled"),
    ],
)
def test_number_keys_choose_states(
    qtbot: QtBot, wheel: CheckinWheel, key: Qt.Key, state: str
) -> None:
    _keys(qtbot, wheel, key)
    assert wheel.state() == state
    assert wheel.intensity() == (0 if state == "settled" else 3)


def test_strength_keys_stay_within_one_to_five(qtbot: QtBot, wheel: CheckinWheel) -> None:
    _keys(qtbot, wheel, Qt.Key.Key_1, *[Qt.Key.Key_Minus] * 4)
    assert wheel.intensity() == 1
    _keys(qtbot, wheel, Qt.Key.Key_Down)
    assert wheel.intensity() == 1
    _keys(qtbot, wheel, *[Qt.Key.Key_Plus] * 7)
    assert wheel.intensity() == 5
    _keys(qtbot, wheel, Qt.Key.Key_4)  # another state keeps the chosen strength
    assert (wheel.state(), wheel.intensity()) == ("fawn", 5)
    _keys(qtbot, wheel, Qt.Key.Key_0, Qt.Key.Key_Plus)  # settled has no strength
    assert (wheel.state(), wheel.intensity()) == ("settled", 0)


def test_arrow_keys_walk_round_the_wheel(qtbot: QtBot, wheel: CheckinWheel) -> None:
    _keys(qtbot, wheel, Qt.Key.Key_Right)
    assert wheel.state() == "fight"
    _keys(qtbot, wheel, Qt.Key.Key_Right, Qt.Key.Key_Right)
    assert wheel.state() == "freeze"
    _keys(qtbot, wheel, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert wheel.state() == "fawn"


def test_enter_with_nothing_chosen_submits_nothing(qtbot: QtBot, wheel: CheckinWheel) -> None:
    with qtbot.assertNotEmitted(wheel.submitted):
        _keys(qtbot, wheel, Qt.Key.Key_Enter)
    _keys(qtbot, wheel, Qt.Key.Key_0)
    with qtbot.waitSignal(wheel.submitted) as blocker:
        _keys(qtbot, wheel, Qt.Key.Key_Enter)
    assert blocker.args == ["settled", 0]


def test_set_selection_and_clear(qtbot: QtBot, wheel: CheckinWheel) -> None:
    with qtbot.waitSignal(wheel.selectionChanged) as blocker:
        wheel.set_selection("fight", 9)
    assert blocker.args == ["fight", 5]
    wheel.set_selection("settled", 4)
    assert wheel.intensity() == 0
    with qtbot.waitSignal(wheel.selectionChanged) as blocker:
        wheel.clear()
    assert blocker.args == ["", 0]
    assert wheel.state() is None
    with pytest.raises(ValueError):
        wheel.set_selection("anger", 2)


# ----------------------------------------------------------------------------- accessibility


def _cell_names(wheel: CheckinWheel) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(wheel)
    return [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]


def test_every_cell_is_a_named_radio_button_for_screen_readers(wheel: CheckinWheel) -> None:
    iface = QAccessible.queryAccessibleInterface(wheel)
    assert iface is not None
    assert iface.text(QAccessible.Text.Name) == "Check-in wheel, nothing chosen yet"
    assert "Enter saves" in iface.text(QAccessible.Text.Description)
    names = _cell_names(wheel)
    expected = [f"{s}, strength {n} of 5" for s in ("Fight", "Flight", "Freeze", "Fawn")
                for n in range(1, 6)] + ["Settled"]  # fmt: skip
    assert names == expected
    wheel_rect = iface.rect()
    for index in range(iface.childCount()):
        child = iface.child(index)
        assert child is not None and child.isValid()
        assert iface.indexOfChild(child) == index
        assert child.role() == QAccessible.Role.RadioButton
        assert child.parent().object() is wheel
        assert wheel_rect.contains(child.rect())
        sid = StateId(names[index].split(",")[0].lower())
        for sign in GUIDANCE[sid].body_signs:
            assert sign in child.text(QAccessible.Text.Description)


def test_a_cell_is_chosen_by_its_press_action(wheel: CheckinWheel) -> None:
    iface = QAccessible.queryAccessibleInterface(wheel)
    freeze_4 = iface.child(_cell_names(wheel).index("Freeze, strength 4 of 5"))
    actions = freeze_4.actionInterface()
    assert actions is not None and actions.actionNames() == ["Press"]
    actions.doAction("Press")
    assert (wheel.state(), wheel.intensity()) == ("freeze", 4)
    assert freeze_4.state().checked
    assert iface.text(QAccessible.Text.Name) == "Check-in wheel, chosen: Freeze, strength 4 of 5"


def test_screen_readers_learn_the_choice(qtbot: QtBot, wheel: CheckinWheel) -> None:
    iface = QAccessible.queryAccessibleInterface(wheel)
    wheel.setFocus()
    qtbot.waitUntil(wheel.hasFocus)
    _keys(qtbot, wheel, Qt.Key.Key_3, Qt.Key.Key_Plus, Qt.Key.Key_Plus)
    freeze = iface.child(_cell_names(wheel).index("Freeze, strength 5 of 5"))
    assert freeze.state().checked and freeze.state().focused
    assert not iface.child(0).state().checked
    assert "5 of 5" in freeze.text(QAccessible.Text.Description)
    assert "Freeze" in wheel.accessibleDescription() and "5 of 5" in wheel.accessibleDescription()
    focus = iface.focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Name) == "Freeze, strength 5 of 5"
    global_point = wheel.mapToGlobal(wheel.cell_center("fawn", 2).toPoint())
    at = iface.childAt(global_point.x(), global_point.y())
    assert at is not None and at.text(QAccessible.Text.Name) == "Fawn, strength 2 of 5"


def test_accessible_children_go_away_with_the_wheel(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    widget = CheckinWheel(GUIDANCE, holder)
    iface = QAccessible.queryAccessibleInterface(widget)
    child_id = QAccessible.uniqueId(iface.child(0))
    assert QAccessible.accessibleInterface(child_id) is not None
    widget.deleteLater()
    qtbot.waitUntil(lambda: QAccessible.accessibleInterface(child_id) is None)


# ----------------------------------------------------------------------------- looks


def _shot(wheel: CheckinWheel) -> QImage:
    return wheel.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _changed_pixels(a: QImage, b: QImage) -> list[tuple[int, int]]:
    assert a.size() == b.size()
    return [
        (x, y)
        for x, y in itertools.product(range(0, a.width(), 3), range(0, a.height(), 3))
        if a.pixel(x, y) != b.pixel(x, y)
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_screenshot_is_not_blank(wheel: CheckinWheel, dark: bool) -> None:
    wheel.setPalette(_palette(dark))
    image = _shot(wheel)
    background = wheel.palette().color(QPalette.ColorRole.Window).rgb()
    samples = [
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    ]
    painted = sum(1 for p in samples if p != background)
    assert painted > len(samples) * 0.5  # the disc covers most of the square
    assert len(set(samples)) > 40  # colours, rings, symbols and labels, not a flat fill
    for state in ("fight", "flight", "freeze", "fawn", "settled"):  # every state is drawn
        pos = wheel.cell_center(state, 1 if state != "settled" else 0)
        pos += QPointF(4, 4) if state == "settled" else QPointF(0, 0)
        assert image.pixel(pos.toPoint()) != background


def test_light_and_dark_screenshots_differ(wheel: CheckinWheel) -> None:
    light = _shot(wheel)
    wheel.setPalette(_palette(dark=True))
    dark = _shot(wheel)
    assert len(_changed_pixels(light, dark)) > 1000
    # Dark is darker overall.
    assert QColor(dark.pixel(2, 2)).lightness() < QColor(light.pixel(2, 2)).lightness()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_screenshots_differ_by_hovered_segment(
    qtbot: QtBot, wheel: CheckinWheel, dark: bool
) -> None:
    wheel.setPalette(_palette(dark))
    QTest.mouseMove(wheel, QPoint(1, 1))
    plain = _shot(wheel)
    shots = {}
    for state in PROTECTIVE:
        QTest.mouseMove(wheel, wheel.cell_center(state, 4).toPoint())
        qtbot.waitUntil(lambda s=state: wheel.hover() == (s, 4))
        shots[state] = _shot(wheel)
    for a, b in itertools.combinations(PROTECTIVE, 2):
        assert _changed_pixels(shots[a], shots[b]), (a, b)
    # The change is where the pointer is: hovering fight (top) leaves the bottom half alone.
    changed = _changed_pixels(plain, shots["fight"])
    assert changed
    assert all(y < wheel.height() / 2 for _x, y in changed)
    changed = _changed_pixels(plain, shots["freeze"])
    assert all(y > wheel.height() / 2 for _x, y in changed)


def test_selection_is_visible_without_colour(wheel: CheckinWheel) -> None:
    before = _shot(wheel)
    wheel.set_selection("freeze", 5)
    after = _shot(wheel)
    changed = _changed_pixels(before, after)
    assert len(changed) > 100
    # The chosen cell gets an outline in the text colour, not only a stronger fill.
    text = wheel.palette().color(QPalette.ColorRole.WindowText).rgb()
    outer_edge = wheel.cell_center("freeze", 5) + QPointF(0, wheel.height() * 0.035)
    near = [
        after.pixel(int(outer_edge.x()) + dx, int(outer_edge.y()) + dy)
        for dx in range(-3, 4)
        for dy in range(-6, 7)
    ]
    assert text in near


def test_states_have_distinct_symbols_and_colours() -> None:
    assert len(set(STATE_SYMBOLS.values())) == 5
    areas = set()
    for state in STATE_SYMBOLS:
        path = symbol_path(state)
        box = path.boundingRect()
        assert 0.5 <= box.width() <= 1.0 and 0.5 <= box.height() <= 1.0
        assert abs(box.center().x()) < 0.1 and abs(box.center().y()) < 0.1
        areas.add(tuple(round(v, 2) for v in (box.width(), box.height(), path.elementCount())))
    assert len(areas) == 5  # no two symbols have the same outline
    for dark in (False, True):
        colours = {state_color(s, dark).name() for s in STATE_SYMBOLS}
        assert len(colours) == 5
    # Dark variants are lighter so they stand out on a dark window.
    for state in STATE_SYMBOLS:
        assert state_color(state, True).lightness() >= state_color(state, False).lightness()


# ----------------------------------------------------------------------------- size


def test_size_is_square_and_follows_the_font(qtbot: QtBot) -> None:
    widget = CheckinWheel(GUIDANCE)
    qtbot.addWidget(widget)
    assert widget.hasHeightForWidth() and widget.heightForWidth(400) == 400
    small = widget.minimumSizeHint()
    assert small.width() >= 260 and small.width() == small.height()
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 2.5)
    widget.setFont(font)
    assert widget.minimumSizeHint().width() > small.width()
    assert widget.sizeHint().width() >= widget.minimumSizeHint().width()


def test_wheel_scales_with_its_size(qtbot: QtBot, wheel: CheckinWheel) -> None:
    small = wheel.cell_center("flight", 5).x() - wheel.width() / 2
    wheel.resize(600, 600)
    large = wheel.cell_center("flight", 5).x() - wheel.width() / 2
    assert large == pytest.approx(small * 600 / 360, rel=0.05)
    # Not square: the wheel stays round and centred in the shorter side.
    wheel.resize(600, 300)
    assert wheel.cell_center("fight", 5).y() > 0
    assert wheel.cell_center("fawn", 5).x() > 150  # centred, not stretched to the left edge
    assert wheel.hit_test(QPointF(20, 150)) is None
    assert wheel.hit_test(QPointF(300, 150)) == ("settled", 0)


# ----------------------------------------------------------------------------- language


def test_state_names_are_the_app_s_own_not_the_guidance_file_s(qtbot: QtBot) -> None:
    """The file gives body texts; the names stay the ones used everywhere else."""
    renamed = {
        sid: type(g)(**{**g.__dict__, "label": f"File name for {sid.value}"})
        for sid, g in GUIDANCE.items()
    }
    widget = CheckinWheel(renamed)
    qtbot.addWidget(widget)
    widget.set_selection("freeze", 4)
    names = _cell_names(widget)
    assert [n.split(",")[0] for n in names[::5]] == [
        state_label(s) for s in (*PROTECTIVE, "settled")
    ]
    assert [n.split(",")[0] for n in names[::5]] == ["Fight", "Flight", "Freeze", "Fawn", "Settled"]
    assert "File name" not in widget.describe("freeze")
    assert "File name" not in widget.accessibleDescription()
    widget.set_hover("fawn", 2)
    assert widget.toolTip().startswith("Fawn, ")
    assert GUIDANCE[StateId.FAWN].body_signs[0] in widget.toolTip()  # body texts still shown


@pytest.mark.usefixtures("german")
def test_in_german_the_wheel_says_the_german_names(qtbot: QtBot) -> None:
    widget = CheckinWheel(GUIDANCE)
    qtbot.addWidget(widget)
    expected = [shipped_german("CheckinWheel", s.title()) for s in (*PROTECTIVE, "settled")]
    assert "Erstarren" in expected  # the name history and insights use too
    assert [state_label(s) for s in (*PROTECTIVE, "settled")] == expected
    iface = QAccessible.queryAccessibleInterface(widget)
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert [n.split(",")[0] for n in names[::5]] == expected
    assert names[13] == f"{expected[2]}, Stärke 4 von 5"
    widget.set_hover("freeze", 5)
    assert widget.toolTip().startswith(expected[2])
