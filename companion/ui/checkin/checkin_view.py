"""The check-in page: the wheel, help that fits the chosen state, an optional note, and Save.

A check-in is saved the moment the user asks (Save, or Enter on the wheel) with the time from
the injected clock, and a chosen state is never dropped: "Start breathing" saves it first, and
:meth:`CheckinView.commit_pending` (called when the window closes or the user leaves the page)
saves one not saved yet. If the store refuses, the message says so and nothing typed is lost.
If the guidance texts could not be loaded the page still works: wheel and saving need no
guidance.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import Clock
from companion.core.states import (
    DEFAULT_CONTEXT,
    MAX_NOTE_CHARS,
    Context,
    Guidance,
    PatternTag,
    StateId,
    note_length,
)
from companion.services.checkins import CheckIn, CheckinService, StorageError
from companion.ui.checkin.checkin_wheel import CheckinWheel
from companion.ui.checkin.guidance_card import GuidanceCard
from companion.ui.shell.labels import (
    context_label,
    note_count_text,
    state_label,
    tag_label,
    too_long_text,
)

__all__ = ["CheckinView"]


class CheckinView(QWidget):
    """Say which state you are in and how strongly, see what may help, and save it at once."""

    saved = Signal(int)
    startBreathing = Signal(str, float)

    def __init__(
        self,
        checkins: CheckinService,
        clock: Clock,
        guidance: Mapping[StateId, Guidance] | None,
        parent: QWidget | None = None,
        *,
        guidance_error: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkinView")
        self._checkins = checkins
        self._clock = clock
        self._guidance: dict[StateId, Guidance] = dict(guidance or {})
        self._guidance_error = guidance_error
        self._break_id: int | None = None
        self._last_saved: tuple[object, ...] | None = None
        # What the app says about breaks, and whether the user overrode it in this visit.
        self._inferred_context = DEFAULT_CONTEXT
        self._context_by_hand = False

        self.wheel = CheckinWheel(self._guidance or None, self)
        self._build()
        self._connect()
        self.set_guidance(guidance, error=guidance_error)
        self._update_note_count()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        prompt = QLabel(
            self.tr(
                "Which is closest to how you feel right now? Further out means stronger; "
                "the centre means settled."
            ),
            self,
        )
        prompt.setWordWrap(True)
        prompt.setObjectName("checkinPrompt")

        self._card = GuidanceCard(self)
        form = self._build_form()

        self._status = self._label("checkinStatus")
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._save = QPushButton(self.tr("Save"), self)
        self._save.setObjectName("saveCheckinButton")
        self._save.setDefault(True)
        actions = QHBoxLayout()
        actions.addWidget(self._status, 1)
        actions.addWidget(self._save)

        side = QVBoxLayout()
        side.addWidget(prompt)
        side.addWidget(self._card)
        side.addLayout(form)
        side.addStretch(1)
        side.addLayout(actions)

        layout = QHBoxLayout(self)
        layout.addWidget(self.wheel, 3)
        layout.addLayout(side, 2)
        self.wheel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _build_form(self) -> QFormLayout:
        """Tag, situation and note under the card."""
        self._tag = QComboBox(self)
        self._tag.setObjectName("tagCombo")
        self._tag.addItem(self.tr("No tag"), "")
        for tag in PatternTag:
            self._tag.addItem(tag_label(tag.value), tag.value)
        self._tag.setAccessibleName(self.tr("Pattern"))

        self._context = QComboBox(self)
        self._context.setObjectName("contextCombo")
        for context in Context:
            self._context.addItem(context_label(context.value), context.value)
        self._context.setAccessibleName(self.tr("When"))
        self._context.setCurrentIndex(self._context.findData(DEFAULT_CONTEXT.value))

        self._note = QPlainTextEdit(self)
        self._note.setObjectName("noteEdit")
        self._note.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        self._note.setAccessibleName(self.tr("Note"))
        self._note.setTabChangesFocus(True)
        self._note.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self._note_count = QLabel(self)
        self._note_count.setObjectName("noteCount")

        form = QFormLayout()
        form.addRow(self.tr("Pattern"), self._tag)
        form.addRow(self.tr("When"), self._context)
        form.addRow(self.tr("Note"), self._note)
        form.addRow("", self._note_count)
        return form

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _connect(self) -> None:
        self.wheel.selectionChanged.connect(self._on_selection)
        self.wheel.hovered.connect(self._on_hover)
        self.wheel.submitted.connect(self._on_submitted)
        self._save.clicked.connect(self.save)
        self._card.breathe.clicked.connect(self._on_breathe)
        self._note.textChanged.connect(self._update_note_count)
        self._context.activated.connect(self._on_context_chosen)

    # ------------------------------------------------------------------ public API
    def set_guidance(
        self, guidance: Mapping[StateId, Guidance] | None, *, error: str | None = None
    ) -> None:
        """Use new guidance; with None the page keeps working and says calmly what is missing."""
        self._guidance = dict(guidance or {})
        self._guidance_error = error
        self.wheel.set_guidance(self._guidance or None)
        if self._guidance:
            self._card.show_problem("")
        else:
            text = self.tr(
                "The tips for each state could not be loaded, so only the wheel is here for "
                "now. Your check-ins still save as usual."
            )
            if error:
                text += "\n" + self.tr("Details: {error}").format(error=error)
            self._card.show_problem(text)
        self._show_card()

    def set_context(self, context_id: str) -> None:
        """Preselect when this check-in happens (the app infers it from the break state)."""
        index = self._context.findData(Context(context_id).value)
        self._context.setCurrentIndex(index)

    def set_break_state(self, break_id: int | None, context: str | None = None) -> None:
        """Follow the app's break: link check-ins to ``break_id`` and preselect the context.

        With a break running the context is ``context`` or else "during_break" (the app passes
        "before_return" when the return is near); with none it is ``context`` or else
        "practice". A context the user picked by hand in this visit is kept.
        """
        if context is not None:
            inferred = Context(context)
        elif break_id is not None:
            inferred = Context.DURING_BREAK
        else:
            inferred = DEFAULT_CONTEXT
        self._break_id = break_id
        self._inferred_context = inferred
        if not self._context_by_hand:
            self._apply_inferred_context()

    def break_id(self) -> int | None:
        """The break the next check-in is linked to, if any."""
        return self._break_id

    def context(self) -> str:
        """The chosen context id."""
        return str(self._context.currentData())

    def set_break_id(self, break_id: int | None) -> None:
        """Link the next check-ins to this break (None: not part of a break)."""
        self._break_id = break_id

    def set_tag(self, tag_id: str | None) -> None:
        """Choose a pattern tag id, or None for no tag."""
        value = PatternTag(tag_id).value if tag_id else ""
        self._tag.setCurrentIndex(self._tag.findData(value))

    def tag(self) -> str | None:
        """The chosen pattern tag id, or None."""
        return str(self._tag.currentData()) or None

    def note(self) -> str:
        """The note as typed."""
        return self._note.toPlainText()

    def set_note(self, text: str) -> None:
        self._note.setPlainText(text)

    def status_text(self) -> str:
        """The last message shown next to Save (saved, refused, or a storage problem)."""
        return self._status.text()

    def has_pending(self) -> bool:
        """True when a state is chosen and this choice (with note, tag, context) is not saved."""
        return self.wheel.state() is not None and self._snapshot() != self._last_saved

    def key_target(self) -> QWidget:
        """The wheel takes the keyboard when the page opens (1-4, 0, +/- and Enter)."""
        return self.wheel

    def commit_pending(self) -> int | None:
        """Save the chosen check-in if it is not saved yet; its id, or None if nothing was saved.

        The window calls this when it closes, and the app when the user leaves the page, so a
        choice made on the wheel is kept. The same rules as Save apply (see :meth:`save`).
        """
        if not self.has_pending():
            return None
        return self.save()

    def reset(self) -> None:
        """Start a fresh check-in: clear the wheel, note, tag and message; keep the context."""
        self.wheel.clear()
        self._note.clear()
        self.set_tag(None)
        self._status.clear()
        self._last_saved = None
        self._show_card()

    def save(self) -> int | None:
        """Save the current check-in now; its id, or None when it was refused (message shown)."""
        state = self.wheel.state()
        if state is None:
            self._status.setText(self.tr("Choose a place on the wheel first."))
            return None
        note = self._note.toPlainText().strip()
        length = note_length(note)
        if length > MAX_NOTE_CHARS:
            self._status.setText(too_long_text(length))
            self._note.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        snapshot = self._snapshot()
        if snapshot == self._last_saved:
            self._status.setText(self.tr("This check-in is already saved."))
            return None
        now = self._clock.now()
        checkin = CheckIn(
            state=state,
            intensity=self.wheel.intensity(),
            timestamp=now,
            note=note,
            tag=self.tag(),
            context=self.context(),
            break_id=self._break_id,
        )
        try:
            checkin_id = self._checkins.add(checkin)
        except StorageError as exc:
            self._status.setText(
                self.tr(
                    "This check-in could not be saved: {problem}\n"
                    "Everything you entered is still here; you can try again."
                ).format(problem=exc)
            )
            return None
        when = QLocale().toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
        self._status.setText(self.tr("Saved at {time}.").format(time=when))
        self._note.clear()
        self.set_tag(None)
        self._last_saved = self._snapshot()
        self.saved.emit(checkin_id)
        return checkin_id

    def _snapshot(self) -> tuple[object, ...]:
        """What a save would store, to tell a new check-in from one already saved."""
        note = self._note.toPlainText().strip()
        return (self.wheel.state(), self.wheel.intensity(), note, self.tag(), self.context())

    # ------------------------------------------------------------------ reacting
    def _on_selection(self, state: str, intensity: int) -> None:
        self._show_card()

    def _on_hover(self, state: str, intensity: int) -> None:
        if self.wheel.state() is None:
            self._show_card(StateId(state) if state else None)

    def _on_submitted(self, state: str, intensity: int) -> None:
        self.save()

    def _on_breathe(self) -> None:
        state = self.wheel.state()
        guidance = self._guidance.get(StateId(state)) if state else None
        if guidance is None:
            return
        if self.has_pending() and self.save() is None and self._note_too_long():
            return  # stay, so the user sees the count and can shorten the note
        # A storage problem is shown here and the choice stays pending; breathing still helps.
        self.startBreathing.emit(guidance.suggested_preset, guidance.suggested_minutes)

    def _note_too_long(self) -> bool:
        return note_length(self._note.toPlainText()) > MAX_NOTE_CHARS

    def _on_context_chosen(self, _index: int) -> None:
        """The user picked a context: it wins over what the app infers, for this visit."""
        self._context_by_hand = True

    def _apply_inferred_context(self) -> None:
        """Show the inferred context; a check-in already saved stays saved (no duplicate)."""
        was_saved = self._last_saved is not None and self._snapshot() == self._last_saved
        self.set_context(self._inferred_context.value)
        if was_saved:
            self._last_saved = self._snapshot()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if event.spontaneous():
            return  # a minimised window is not the end of a visit
        # Leaving the page ends the visit: the app's inference applies again next time,
        # unless a choice is still waiting to be saved with the context picked for it.
        if self._context_by_hand and not self.has_pending():
            self._context_by_hand = False
            self._apply_inferred_context()

    def _show_card(self, preview: StateId | None = None) -> None:
        """Fill the card for the chosen state (or, before any choice, the pointed-at one)."""
        chosen = self.wheel.state()
        sid = StateId(chosen) if chosen else preview
        guidance = self._guidance.get(sid) if sid is not None else None
        if sid is None:
            title = self.tr("Choose a place on the wheel")
        elif sid is StateId.SETTLED or chosen is None:
            title = state_label(sid)
        else:
            title = f"{state_label(sid)} · {self.wheel.strength_text(self.wheel.intensity())}"
        self._card.show_guidance(
            title,
            guidance,
            chosen=chosen is not None,
            hint=sid is None and bool(self._guidance),
        )

    def _update_note_count(self) -> None:
        length = note_length(self._note.toPlainText())
        self._note_count.setText(note_count_text(length))
        over = length > MAX_NOTE_CHARS
        self._note_count.setProperty("over", over)
        font = self._note_count.font()
        font.setBold(over)
        self._note_count.setFont(font)
