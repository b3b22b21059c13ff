"""One tokeniser for the story layer (story/text.py words) and each stage's own filter on it (invented text)."""

from __future__ import annotations

from storyline.story import cluster, relevance
from storyline.story.text import acronym, content_tokens, fold, is_content, stem, tokens, words


def test_accents_are_folded_not_cut() -> None:
    assert fold("Zoë Müller in Göteborg") == "Zoe Muller in Goteborg"
    assert tokens("Mayor Pérez of Zürich") == ["mayor", "perez", "of", "zurich"]
    assert content_tokens("Señora Ibáñez’s office") == ["senora", "ibanez", "office"]


def test_words_give_the_written_form_with_each_token() -> None:
    assert words("Kowalski’s H7N3 tests, mid-2031") == [
        ("Kowalski’s", "kowalski"),
        ("H7N3", "h7n3"),
        ("tests", "tests"),
        ("mid", "mid"),
        ("2031", "2031"),
    ]
    assert [t for _, t in words("They’re back")] == tokens("They’re back") == ["they", "back"]


def test_content_word_and_acronym_contracts() -> None:
    assert is_content("harbour") and is_content("q7") and not is_content("the") and not is_content("42")
    assert not is_content("bp")  # two letters: no content word ...
    assert acronym("BP") and acronym("UN")  # ... but a stage counting key terms may keep it as written
    assert not acronym("US") and not acronym("IS") and not acronym("Bp") and not acronym("B2")


def test_relevance_reads_codes_possessives_and_acronyms() -> None:
    terms = relevance._terms("The H7N3 strain’s spread: BP and the UN warn US officials")
    assert terms[:2] == ["h7n3", "strain"]  # a code whole, the possessive dropped
    assert "BP" in terms and "UN" in terms and "US" not in terms and "us" not in terms
    # the form shown in a reason is the commonest lowercased word of the term, not a stem
    assert relevance._surfaces(["Viruses, a VIRUS: the virus"], [stem("viruses")]) == ["virus"]


def test_clustering_tokens_keep_their_own_rules() -> None:
    # the clusterer keeps its own split (measured better for it): hyphens and codes split,
    # numbers and glued units kept, plurals folded, accents and possessives dropped
    assert cluster.tokens("Obama-Putin talks") == ["obama", "putin", "talk"]
    assert cluster.tokens("GM's 1080p screens") == ["gm", "1080p", "screen"]
    assert cluster.tokens("Pérez") == cluster.tokens("Perez") == ["perez"]
    assert tokens("Obama-Putin talks") == ["obama-putin", "talks"]  # the story layer's words differ
