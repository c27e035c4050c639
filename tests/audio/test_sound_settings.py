"""The sound settings page drives a SoundOutput (over a fake stream) and shows its status."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator

from companion.audio.messages import MESSAGE_CONTEXT, NO_DEVICE
from companion.audio.output import SilentOutput, SoundOutput
from companion.audio.worker import InlineWorker
from companion.core.breath_pattern import PRESETS
from companion.core.breathing import Timeline
from companion.core.clock import ManualClock
from companion.ui.shell.sound_settings import SoundSettings


def make(qtbot, backend, **kwargs) -> tuple[SoundSettings, SoundOutput]:
    output = SoundOutput(backend, clock=ManualClock(), worker=InlineWorker(), **kwargs)
    page = SoundSettings(output)
    qtbot.addWidget(page)
    return page, output


def test_controls_change_the_output_and_announce_it(qtbot, fake_backend) -> None:
    page, output = make(qtbot, fake_backend)
    with qtbot.waitSignal(page.settingsChanged):
        page.style_box.setCurrentIndex(page.style_box.findData("bell"))
    assert output.style.value == "bell"
    page.volume_slider.setValue(35)
    assert output.volume == 0.35
    page.enabled_box.setChecked(False)
    assert not output.enabled
    assert not page.style_box.isEnabled() and not page.test_button.isEnabled()
    page.enabled_box.setChecked(True)
    assert output.enabled and page.volume_slider.isEnabled()


def test_a_volume_drag_is_heard_at_once_but_announced_once(qtbot, fake_backend) -> None:
    page, output = make(qtbot, fake_backend)
    announced: list[None] = []
    page.settingsChanged.connect(lambda: announced.append(None))
    page.volume_slider.setSliderDown(True)  # what pressing the handle does
    for value in (70, 60, 50, 40):
        page.volume_slider.setValue(value)
    assert output.volume == 0.4
    assert announced == []
    page.volume_slider.setSliderDown(False)  # released
    assert announced == [None]


def test_a_volume_key_press_is_announced(qtbot, fake_backend) -> None:
    page, output = make(qtbot, fake_backend, volume=0.5)
    with qtbot.waitSignal(page.settingsChanged):
        qtbot.keyClick(page.volume_slider, Qt.Key.Key_Right)
    assert output.volume == 0.51


def test_devices_are_listed_and_chosen(qtbot, fake_backend) -> None:
    page, output = make(qtbot, fake_backend)
    names = [page.device_box.itemText(i) for i in range(page.device_box.count())]
    assert names == ["System default", "Built-in speakers", "USB headset"]  # no microphones
    assert page.device_name() is None
    with qtbot.waitSignal(page.settingsChanged):
        page.device_box.setCurrentIndex(2)
    assert output.device == 2
    assert page.device_name() == "USB headset"
    page.device_box.setCurrentIndex(0)
    assert output.device is None
    assert page.device_name() is None


def test_test_sound_button_plays_through_the_device(qtbot, fake_backend) -> None:
    page, _ = make(qtbot, fake_backend, style="soft")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    stream = fake_backend.stream
    heard = np.concatenate([stream.pump(4800)[:, 0] for _ in range(10)])
    assert np.max(np.abs(heard)) > 0.1


def test_a_problem_is_shown_with_a_retry_that_fixes_it(qtbot, fake_backend) -> None:
    fake_backend.default_output = None
    page, output = make(qtbot, fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    page.show()
    qtbot.waitExposed(page)
    assert "no speakers or headphones" in page.status_label.text()
    assert page.retry_button.isVisible() and page.status_label.isVisible()
    fake_backend.default_output = 0
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == ""
    assert not page.retry_button.isVisible()
    assert fake_backend.stream.active


def test_a_device_lost_while_the_page_is_open_shows_up(qtbot, fake_backend) -> None:
    page, output = make(qtbot, fake_backend)
    output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
    page.show()
    qtbot.waitExposed(page)
    assert not page.retry_button.isVisible()
    fake_backend.stream.pump(512, underflow=True)
    fake_backend.stream.die()
    timer = page.findChild(QTimer, "soundStatusTimer")
    assert timer.isActive()
    timer.timeout.emit()
    assert "went away" in page.status_label.text()
    assert page.retry_button.isVisible()
    assert "1 time" in page.dropouts_label.text()


def test_status_polling_runs_only_while_visible(qtbot, fake_backend) -> None:
    page, _ = make(qtbot, fake_backend)
    timer = page.findChild(QTimer, "soundStatusTimer")
    assert not timer.isActive()
    page.show()
    qtbot.waitExposed(page)
    assert timer.isActive()
    page.hide()
    assert not timer.isActive()


def test_works_with_the_silent_stand_in(qtbot) -> None:
    page = SoundSettings(SilentOutput("Sound is not available on this computer."))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.status_label.text() == "Sound is not available on this computer."
    assert not page.enabled_box.isChecked()


class OneTextTranslator(QTranslator):
    """Knows the German for one (context, text) pair and nothing else."""

    def __init__(self, context: str, source: str, text: str) -> None:
        super().__init__()
        self._entry = ((context, source), text)

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return self._entry[1] if (context, source) == self._entry[0] else None

    def isEmpty(self) -> bool:
        return False


def test_the_problem_is_shown_in_the_user_s_language(qtbot, qapp, fake_backend) -> None:
    """Wired as the app does it (Qt's translate), the message reaches the page translated."""
    translator = OneTextTranslator(
        MESSAGE_CONTEXT, NO_DEVICE, "Kein Ton: keine Lautsprecher oder Kopfhörer gefunden."
    )
    qapp.installTranslator(translator)
    try:
        fake_backend.default_output = None
        page, output = make(qtbot, fake_backend, translate=QCoreApplication.translate)
        output.start(Timeline(PRESETS["exhale-4-6"]), 0.0)
        page.show()
        qtbot.waitExposed(page)
        assert page.status_label.text() == "Kein Ton: keine Lautsprecher oder Kopfhörer gefunden."
    finally:
        qapp.removeTranslator(translator)


def test_the_rhythm_option_reaches_the_output_and_is_announced(qtbot, fake_backend) -> None:
    panel, output = make(qtbot, fake_backend)
    assert not panel.rhythm_box.isChecked() and not output.rhythm
    with qtbot.waitSignal(panel.settingsChanged):
        panel.rhythm_box.setChecked(True)
    assert output.rhythm
