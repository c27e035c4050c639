"""Sound settings: cues on or off, their style, volume, device, a test sound and a retry."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.audio.output import SilentOutput, SoundOutput
from companion.audio.synth import CueStyle

STATUS_POLL_MS = 1000


class SoundSettings(QWidget):
    """Controls for a ``SoundOutput``; it shows what the output reports and holds no rules.

    ``settingsChanged`` fires after each change the user makes, so the owner can save them
    (for the volume: once a drag ends, not at every step on the way).
    """

    settingsChanged = Signal()

    def __init__(self, output: SoundOutput | SilentOutput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soundSettings")
        self._output = output
        self._build_controls(output)
        self._lay_out()

        # Polls the output's status while visible, so a lost device shows up here.
        self._status_timer = QTimer(self)
        self._status_timer.setObjectName("soundStatusTimer")
        self._status_timer.setInterval(STATUS_POLL_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._connect_controls()

        self.refresh_devices()
        self._sync_enabled()
        self.refresh_status()

    def _build_controls(self, output: SoundOutput | SilentOutput) -> None:
        """Every control, set to what the output holds now."""
        self.enabled_box = QCheckBox(self.tr("Play sound cues with the breathing guide"))
        self.enabled_box.setObjectName("soundEnabled")
        self.enabled_box.setChecked(output.enabled)

        self.style_box = self._make_style_box(output.style)

        self.rhythm_box = QCheckBox(self.tr("Mark in and out by taps too (one in, two out)"))
        self.rhythm_box.setObjectName("soundRhythm")
        self.rhythm_box.setChecked(output.rhythm)
        self.rhythm_box.setToolTip(
            self.tr("Helps to follow with eyes closed: the taps count the phase for you.")
        )

        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setObjectName("soundVolume")
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setValue(round(output.volume * 100))
        self.volume_slider.setAccessibleName(self.tr("Volume"))

        self.device_box = QComboBox()
        self.device_box.setObjectName("soundDevice")
        self.device_box.setAccessibleName(self.tr("Sound device"))

        self.test_button = QPushButton(self.tr("Test sound"))
        self.test_button.setObjectName("soundTest")

        self.status_label = QLabel()
        self.status_label.setObjectName("soundStatus")
        self.status_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("soundRetry")
        self.dropouts_label = QLabel()
        self.dropouts_label.setObjectName("soundDropouts")
        self.dropouts_label.setWordWrap(True)

    def _connect_controls(self) -> None:
        self.enabled_box.toggled.connect(self._on_enabled)
        self.style_box.currentIndexChanged.connect(self._on_style)
        self.rhythm_box.toggled.connect(self._on_rhythm)
        self.volume_slider.valueChanged.connect(self._on_volume)
        self.volume_slider.sliderReleased.connect(self.settingsChanged)
        self.device_box.currentIndexChanged.connect(self._on_device)
        self.test_button.clicked.connect(self._on_test)
        self.retry_button.clicked.connect(self._on_retry)

    def _make_style_box(self, current: CueStyle) -> QComboBox:
        box = QComboBox()
        box.setObjectName("soundStyle")
        labels = {
            CueStyle.SOFT: self.tr("Soft tones (rise in, fall out)"),
            CueStyle.BELL: self.tr("Bells (high in, low out)"),
            CueStyle.BREATH: self.tr("Breath sounds"),
            CueStyle.SILENT: self.tr("Silent"),
        }
        for style, label in labels.items():
            box.addItem(label, style.value)
        box.setCurrentIndex(box.findData(current.value))
        box.setAccessibleName(self.tr("Sound style"))
        return box

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Style"), self.style_box)
        form.addRow("", self.rhythm_box)
        form.addRow(self.tr("Volume"), self.volume_slider)
        form.addRow(self.tr("Device"), self.device_box)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_box)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addLayout(status_row)
        layout.addWidget(self.dropouts_label)
        layout.addStretch(1)

    # ------------------------------------------------------------------ refresh
    def refresh_devices(self) -> None:
        """List the output devices, keeping the current choice when it still exists."""
        self.device_box.blockSignals(True)
        self.device_box.clear()
        self.device_box.addItem(self.tr("System default"), None)
        for index, name in self._output.devices():
            self.device_box.addItem(name, index)
        chosen = self.device_box.findData(self._output.device)
        self.device_box.setCurrentIndex(max(0, chosen))
        self.device_box.blockSignals(False)

    def device_name(self) -> str | None:
        """The chosen device's name as listed, or None for the system default."""
        if self.device_box.currentData() is None:
            return None
        return self.device_box.currentText()

    def refresh_status(self) -> None:
        """Show why sound is off (if it is) and how often it skipped."""
        message = self._output.status_message()
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))
        self.retry_button.setVisible(bool(message))
        skipped = self._output.underflows
        if skipped:
            self.dropouts_label.setText(
                self.tr(
                    "The sound skipped %n time(s). If that is distracting, try another device.",
                    "",
                    skipped,
                )
            )
        self.dropouts_label.setVisible(bool(skipped))

    # ------------------------------------------------------------------ user actions
    def _sync_enabled(self) -> None:
        on = self._output.enabled
        controls = (
            self.style_box,
            self.rhythm_box,
            self.volume_slider,
            self.device_box,
            self.test_button,
        )
        for widget in controls:
            widget.setEnabled(on)

    def _on_enabled(self, on: bool) -> None:
        self._output.set_enabled(on)
        self._sync_enabled()
        self.refresh_status()
        self.settingsChanged.emit()

    def _on_style(self, _index: int) -> None:
        self._output.set_style(str(self.style_box.currentData()))
        self.settingsChanged.emit()

    def _on_rhythm(self, on: bool) -> None:
        self._output.set_rhythm(on)
        self.settingsChanged.emit()

    def _on_volume(self, value: int) -> None:
        self._output.set_volume(value / 100)  # heard at once, even mid-drag
        if not self.volume_slider.isSliderDown():  # a drag announces itself on release
            self.settingsChanged.emit()

    def _on_device(self, _index: int) -> None:
        data = self.device_box.currentData()
        self._output.set_device(None if data is None else int(data))
        self.refresh_status()
        self.settingsChanged.emit()

    def _on_test(self) -> None:
        self._output.test_sound()
        self.refresh_status()

    def _on_retry(self) -> None:
        self._output.retry()
        self.refresh_devices()
        self.refresh_status()

    # ------------------------------------------------------------------ visibility
    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_devices()
        self.refresh_status()
        self._status_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._status_timer.stop()
        super().hideEvent(event)
