"""The pacer view: a shape that breathes, honest controls, a way out, and a practice log."""

from __future__ import annotations

import numpy as np
import pytest
from helpers.german import shipped_german
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from companion.core.breath_pattern import PRESETS, PhaseKind
from companion.core.breathing import Timeline
from companion.core.clock import ManualClock
from companion.services.container import DataServices
from companion.ui.breathe.breath_shape import BreathShape
from companion.ui.breathe.pacer_view import PacerView
from companion.ui.breathe.pattern_editor import PatternEditor
from companion.ui.shell.labels import pattern_display_name, preset_display_name


class FakeCues:
    """A sound player whose audible position the test sets by hand."""

    def __init__(self) -> None:
        self.heard: float | None = None
        self.message = ""
        self.fixable = False  # whether retry() makes the trouble go away
        self.calls: list[tuple[str, float | None]] = []

    def start(self, timeline: Timeline, offset_seconds: float) -> None:
        self.calls.append(("start", offset_seconds))

    def stop(self) -> None:
        self.calls.append(("stop", None))

    def heard_elapsed(self) -> float | None:
        return self.heard

    def status_message(self) -> str:
        return self.message

    def retry(self) -> bool:
        self.calls.append(("retry", None))
        if self.fixable:
            self.message = ""
        return not self.message


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_view(qtbot, data: DataServices, clock: ManualClock):
    def make(**kwargs) -> PacerView:
        view = PacerView(data.practice, data.patterns, clock, **kwargs)
        qtbot.addWidget(view)
        view.resize(480, 640)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def label(view: PacerView, name: str) -> str:
    return view.findChild(QLabel, name).text()


def shape_pixels(view: PacerView) -> int:
    """How many pixels of the grabbed shape carry the shape's fill colour."""
    shape = view.findChild(BreathShape, "breathShape")
    image = shape.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    raw = np.frombuffer(
        image.constBits(), dtype=np.uint32, count=image.bytesPerLine() // 4 * height
    )
    pixels = raw.reshape(height, image.bytesPerLine() // 4)[:, :width]
    fill = shape.fill_color().rgb() & 0xFFFFFFFF
    return int(np.count_nonzero(pixels == fill))


def active_timers(view: PacerView) -> list[QTimer]:
    return [t for t in view.findChildren(QTimer) if t.isActive()]


def frame_timer(view: PacerView) -> QTimer:
    return view.findChild(QTimer, "pacerFrameTimer")


def test_shape_is_larger_at_top_of_inhale_than_bottom_of_exhale(make_view, clock) -> None:
    view = make_view()
    view.start("exhale-4-6")
    clock.advance(4.0)  # breath in complete
    view.tick()
    full = shape_pixels(view)
    clock.advance(5.95)  # nearly at the end of the 6 s breath out
    view.tick()
    empty = shape_pixels(view)
    assert label(view, "phaseLabel") == "Breathe out slowly"
    assert empty > 0
    assert full > 4 * empty  # radius shrinks to about a third: area to about a ninth


def test_shows_phase_seconds_left_rate_and_elapsed(make_view, clock) -> None:
    view = make_view()
    view.start("4-7-8", minutes=5)
    clock.advance(5.2)
    view.tick()
    assert label(view, "phaseLabel") == "Hold gently"
    assert label(view, "phaseSecondsLabel") == "6 s left"
    assert label(view, "rateLabel") == "3.2 breaths a minute"
    assert label(view, "elapsedLabel") == "0:05 of 5:04"  # ends after a whole breath out


def test_pause_and_resume_keep_the_position(make_view, clock) -> None:
    cues = FakeCues()
    view = make_view(audio=cues)
    phases: list[str] = []
    view.phaseChanged.connect(phases.append)
    view.start("exhale-4-6")
    clock.advance(2.5)
    view.tick()
    shape = view.findChild(BreathShape, "breathShape")
    before = shape.volume
    view.pause()
    assert not view.is_running() and view.is_paused()
    assert not frame_timer(view).isActive()
    clock.advance(300)
    view.tick()
    assert shape.volume == before
    view.resume()
    assert cues.calls[-1] == ("start", 2.5)
    assert shape.volume == pytest.approx(before)
    clock.advance(1.5)  # exactly the end of the 4 s breath in, by the picture's clock
    view.tick()
    assert phases == ["inhale", "exhale"]
    assert label(view, "phaseSecondsLabel") == "6 s left"


def test_space_toggles_and_escape_stops(qtbot, make_view, clock, store) -> None:
    view = make_view()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.is_running()
    clock.advance(12)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.is_paused()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.is_running()
    with qtbot.waitSignal(view.sessionFinished) as finished:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert finished.args == [False]
    assert not view.is_running() and not view.is_paused()
    assert view.findChild(QPushButton, "startButton").isVisible()
    [row] = store.sessions()
    assert not row.finished and row.breaths == 1


def test_finished_session_appears_in_the_practice_log(qtbot, make_view, clock, store) -> None:
    view = make_view()
    view.findChild(QComboBox, "lengthMode").setCurrentIndex(0)
    view.findChild(QWidget, "lengthValue").setValue(2)
    qtbot.mouseClick(view.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    assert store.sessions()[0].ended is None  # saved the moment it starts
    clock.advance(119.9)
    view.tick()
    assert view.is_running()
    with qtbot.waitSignal(view.sessionFinished) as finished:
        clock.advance(0.2)
        view.tick()
    assert finished.args == [True]
    [row] = store.sessions()
    assert row.pattern_name == "Longer exhale 4·6" and row.pattern_spec == "4-6"
    assert row.finished and row.breaths == 12 and row.seconds == 120.0
    assert row.ended == clock.now()
    assert not active_timers(view)


def test_breath_count_session_ends_after_its_last_exhale(qtbot, make_view, clock, store) -> None:
    view = make_view()
    view.start("cyclic-sigh", breaths=3, ease_in=False)
    clock.advance(35.9)
    view.tick()
    assert view.is_running()
    assert label(view, "phaseLabel") == "Breathe out slowly"
    clock.advance(0.2)
    view.tick()
    assert not view.is_running()
    [row] = store.sessions()
    assert row.finished and row.breaths == 3 and row.seconds == 36.0


def test_a_mis_click_is_not_logged_but_an_early_stop_is(make_view, clock, store) -> None:
    view = make_view()
    view.start("exhale-4-6")
    clock.advance(3)
    view.stop()
    assert store.sessions() == []
    view.start("exhale-4-6", minutes=5)
    clock.advance(31)
    view.stop()
    [row] = store.sessions()
    assert not row.finished and row.breaths == 3 and row.seconds == 31.0


def test_breathe_normally_stops_and_reassures(qtbot, make_view, clock) -> None:
    view = make_view()
    button = view.findChild(QPushButton, "breatheNormallyButton")
    advice = view.findChild(QLabel, "safetyAdvice")
    assert button.isVisible() and advice.isVisible()
    assert "dizzy" in advice.text() and "tingly" in advice.text() and "chest" in advice.text()
    view.start("4-7-8")
    clock.advance(20)
    view.tick()
    with qtbot.waitSignal(view.sessionFinished):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not view.is_running()
    assert "own way" in label(view, "phaseLabel")
    assert button.isVisible()


def test_reduced_motion_runs_no_animation_timer(make_view, clock) -> None:
    view = make_view(reduced_motion=True)
    view.start("exhale-4-6")
    shape = view.findChild(BreathShape, "breathShape")
    bar = view.findChild(QProgressBar, "phaseProgress")
    assert not shape.isVisible() and bar.isVisible()
    timers = active_timers(view)
    assert timers and all(t.interval() >= 500 for t in timers)
    assert not frame_timer(view).isActive()
    clock.advance(2.0)
    view.tick()
    assert bar.value() == 500
    assert all(t.interval() >= 500 for t in active_timers(view))
    assert label(view, "phaseSecondsLabel") == "2 s left"
    # Switching motion back on brings back the frame timer and the shape.
    view.set_reduced_motion(False)
    assert frame_timer(view).isActive() and shape.isVisible()


def test_frame_timer_runs_only_while_visible_and_running(make_view, clock) -> None:
    view = make_view()
    assert not active_timers(view)
    view.start("exhale-4-6", minutes=1)
    assert frame_timer(view).isActive()
    view.hide()
    assert not frame_timer(view).isActive()
    clock.advance(5)
    view.show()
    assert frame_timer(view).isActive()
    view.pause()
    assert not active_timers(view)


def test_a_session_ending_while_hidden_is_still_logged(qtbot, make_view, clock, store) -> None:
    view = make_view()
    view.start("exhale-4-6", minutes=1)
    view.hide()
    coarse = view.findChild(QTimer, "pacerCoarseTimer")
    assert coarse.isActive() and coarse.interval() >= 59_000
    clock.advance(61)
    with qtbot.waitSignal(view.sessionFinished):
        coarse.timeout.emit()
    assert store.sessions()[0].finished


def test_picture_follows_the_audible_sound(make_view, clock) -> None:
    cues = FakeCues()
    view = make_view(audio=cues)
    view.start("exhale-4-6")
    assert cues.calls == [("start", 0.0)]
    cues.heard = 4.5  # the sound is half a second into the breath out
    clock.advance(1.0)
    view.tick()
    assert label(view, "phaseLabel") == "Breathe out slowly"
    cues.heard = None  # sound stops: the picture carries on from where it was
    clock.advance(1.0)
    view.tick()
    assert label(view, "phaseSecondsLabel") == "5 s left"  # 5.5 s into the breath


def test_audio_trouble_is_explained(make_view) -> None:
    cues = FakeCues()
    cues.message = "Sound is off: no output device was found."
    view = make_view(audio=cues)
    view.start("exhale-4-6")
    status = view.findChild(QLabel, "audioStatus")
    assert status.isVisible() and "no output device" in status.text()


def test_phase_changes_reach_screen_readers(make_view, clock) -> None:
    view = make_view()
    phase_label = view.findChild(QLabel, "phaseLabel")
    view.start("4-7-8")
    assert phase_label.accessibleDescription() == "Breathe in, 4 seconds"
    clock.advance(4.0)
    view.tick()
    assert phase_label.accessibleDescription() == "Hold gently, 7 seconds"


def test_picker_offers_presets_custom_patterns_and_the_editor(qtbot, make_view, store) -> None:
    store.save_pattern("Evening calm", "5-0-7-1")
    view = make_view()
    picker = view.findChild(QComboBox, "patternPicker")
    names = [picker.itemText(i) for i in range(picker.count())]
    for preset in PRESETS.values():
        assert preset.name in names
    assert "Evening calm" in names
    assert names[-1] == "Edit patterns…"
    assert picker.currentText() == "Longer exhale 4·6"
    picker.setCurrentIndex(names.index("Evening calm"))
    picker.activated.emit(names.index("Evening calm"))
    assert "in : out 1 : 1.4" in label(view, "patternInfo")
    picker.activated.emit(picker.count() - 1)
    editor = view.findChild(PatternEditor, "patternEditor")
    assert editor is not None and editor.isVisible()
    assert picker.currentText() == "Evening calm"  # the choice is kept
    editor.close()


def test_start_uses_a_custom_pattern_by_name(make_view, clock, store) -> None:
    store.save_pattern("Slow", "5-0-10-0")
    view = make_view()
    phases: list[str] = []
    view.phaseChanged.connect(phases.append)
    view.start("Slow", breaths=4)
    assert view.findChild(QComboBox, "patternPicker").currentText() == "Slow"
    assert view.findChild(QComboBox, "lengthMode").currentText() == "Breaths"
    clock.advance(5.0)
    view.tick()
    assert phases == [PhaseKind.INHALE.value, PhaseKind.EXHALE.value]
    assert label(view, "rateLabel") == "4.0 breaths a minute"


def test_ease_in_shows_a_faster_rate_first(make_view, clock) -> None:
    view = make_view()
    view.start("exhale-4-6", ease_in=True)
    assert label(view, "rateLabel") == "10.0 breaths a minute"
    clock.advance(90)
    view.tick()
    assert label(view, "rateLabel") == "6.0 breaths a minute"


def test_sound_trouble_is_explained_and_retry_brings_it_back(make_view, clock) -> None:
    cues = FakeCues()
    cues.message = "Sound is off because no speakers were found. Connect some, then retry."
    cues.fixable = True
    view = make_view(audio=cues)
    view.start("exhale-4-6")
    status = view.findChild(QLabel, "audioStatus")
    button = view.findChild(QPushButton, "audioRetryButton")
    assert status.isVisible() and "no speakers" in status.text()
    assert button.isVisible()
    clock.advance(7.0)
    view.tick()
    starts_before = [c for c in cues.calls if c[0] == "start"]
    button.click()
    assert [c for c in cues.calls if c[0] == "retry"] == [("retry", None)]
    starts = [c for c in cues.calls if c[0] == "start"]
    assert len(starts) == len(starts_before) + 1
    assert starts[-1][1] == pytest.approx(7.0)
    assert not status.isVisible() and not button.isVisible()
    assert view.is_running()


# ---------------------------------------------------------------- language and numbers
class FakeTranslator(QTranslator):
    """A translator that knows only the given (context, text) pairs."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return self._table.get((context, source))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def german(qapp):
    """German number formats, and German names for two presets."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    translator = FakeTranslator(
        {
            ("BreathingPreset", "Longer exhale 4·6"): "Länger ausatmen 4·6",
            ("BreathingPreset", "Cyclic sigh"): "Zyklisches Seufzen",
        }
    )
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_every_preset_has_a_translatable_name() -> None:
    for preset_id, pattern in PRESETS.items():
        assert shipped_german("BreathingPreset", pattern.name)  # marked and translated
        assert preset_display_name(preset_id) == pattern.name  # English stays as it was
        assert pattern_display_name(pattern.name) == pattern.name
    assert pattern_display_name("Evening calm") == "Evening calm"


@pytest.mark.usefixtures("german")
def test_in_german_presets_and_numbers_read_naturally(make_view, clock, store) -> None:
    view = make_view()
    picker = view.findChild(QComboBox, "patternPicker")
    names = [picker.itemText(i) for i in range(picker.count())]
    assert picker.currentText() == "Länger ausatmen 4·6"
    assert "Zyklisches Seufzen" in names and "Cyclic sigh" not in names
    assert "Gentle 3·5" in names  # not translated here: the English name, never an id
    assert "6,0" in label(view, "patternInfo") and "1 : 1,5" in label(view, "patternInfo")
    assert pattern_display_name("Cyclic sigh") == "Zyklisches Seufzen"
    view.start("cyclic-sigh")
    assert picker.currentText() == "Zyklisches Seufzen"
    assert label(view, "rateLabel").startswith("5,0 ")
    assert "1 : 2" in label(view, "patternInfo")
    view.stop()
    clock.advance(30)
    view.start("exhale-4-6")
    clock.advance(30)
    view.stop()
    # The log keeps the stable English name, so it reads the same in any language later.
    assert {row.pattern_name for row in store.sessions()} == {"Longer exhale 4·6"}
    # A preset's name in the user's language is taken, just like its English one.
    editor = view.open_pattern_editor()
    editor.findChild(QLineEdit, "patternName").setText("zyklisches seufzen")
    assert "preset" in editor.findChild(QLabel, "patternError").text()
    assert not editor.save()
    editor.close()
