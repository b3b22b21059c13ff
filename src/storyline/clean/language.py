"""Language identification with py3langid (offline; the model ships inside the package).

The identifier is built lazily, once per process (:func:`warm_up`).  Its scores are normalised to
probabilities (``norm_probs=True``).  ``low_confidence`` is set for short texts (under
``MIN_CHARS`` characters) or a probability under ``MIN_PROB``.  Machine-translated English is English.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_CHARS = 200
MIN_PROB = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the language model now (otherwise it loads on first use)."""
    _identifier()


def detect_language(text: str) -> tuple[str | None, float, bool]:
    """(ISO 639-1 code or None, probability 0..1, low_confidence) for ``text``."""
    sample = " ".join(text.split())[:5000]
    if not sample:
        return None, 0.0, True
    lang, prob = _identifier().classify(sample)
    prob = float(prob)
    return str(lang), round(prob, 4), len(sample) < MIN_CHARS or prob < MIN_PROB
