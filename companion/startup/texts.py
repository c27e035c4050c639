"""The guidance and phrase files, read once the first frame is on screen."""

from __future__ import annotations

from companion.core.phrases import Phrases, PhrasesError, load_phrases
from companion.core.states import GuidanceError, load_guidance
from companion.services.container import Services

FALLBACK_PHRASES = Phrases(
    neutral=("I'm flooded and need a pause. I'll be back at {return_time}.",),
    pursuer=("I want to keep talking, and I need to calm down first. Back at {return_time}.",),
    distancer=("I'm not leaving you; I need a pause to settle. Back at {return_time}.",),
    extension=("I need a little longer. I'll be back at {return_time}.",),
    openers=("Is now a good moment to talk again?",),
    protest_need=(),
)


def load_texts(services: Services, languages: tuple[str, ...] | None = None) -> None:
    """Load the guidance and phrase files; a broken file becomes a calm note, never a crash.

    Each file comes in the UI's language where there is a translation, else in English; the
    user's own ``guidance`` folder in the data folder is read before the bundled one.
    """
    from companion.core.content import load_localized
    from companion.desktop.i18n import (
        content_languages,
        content_roots,
        describe_failure,
        describe_problems,
    )

    langs = content_languages() if languages is None else languages
    roots = content_roots(services.data_dir)
    try:
        states = load_localized(roots, "states.toml", langs, load_guidance, GuidanceError)
        services.guidance = states.value
        services.startup_notes += describe_problems(states)
    except GuidanceError as exc:
        services.guidance = None
        services.guidance_error = describe_failure(exc)
        services.startup_notes.append(services.guidance_error)
    try:
        phrases = load_localized(roots, "phrases.toml", langs, load_phrases, PhrasesError)
        services.phrases = phrases.value
        services.startup_notes += describe_problems(phrases)
    except PhrasesError as exc:
        services.phrases = FALLBACK_PHRASES
        services.startup_notes.append(describe_failure(exc))
