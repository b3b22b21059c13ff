"""story/text.py tokens and stems: possessives, curly apostrophes and contractions (invented text)."""

from __future__ import annotations

from storyline.story.text import COVERED, bag, content_stems, content_tokens, coverage, stem, tokens


def test_a_possessive_is_the_word_itself() -> None:
    assert tokens("The dredger's crew") == ["the", "dredger", "crew"]
    assert tokens("The dredger’s crew") == ["the", "dredger", "crew"]
    assert tokens("The dredgers' crews") == ["the", "dredgers", "crews"]
    assert tokens("NATO’ fleet")[0] == "nato"


def test_curly_and_straight_apostrophes_read_alike() -> None:
    for straight in ("Kowalski's harbour", "the mayor's office won't reopen", "they're back", "Mr O'Malley"):
        assert tokens(straight.replace("'", "’")) == tokens(straight)


def test_contractions_are_words_not_fragments() -> None:
    assert tokens("don’t") == tokens("don't") == ["don't"]
    assert tokens("they're we've I'll she'd I'm it's") == ["they", "we", "i", "she", "i", "it"]
    # a pronoun's contraction is a function word; a negated verb stays, so a negated sentence does
    # not read as the same sentence without its negation
    assert content_tokens("They're sure we’ve done it, and I'd say it's done") == ["sure", "done", "done"]
    assert content_tokens("Officials can't confirm the toll") == ["officials", "can't", "confirm", "toll"]
    assert content_tokens("Officials confirm the toll") != content_tokens("Officials can’t confirm the toll")


def test_an_apostrophe_inside_a_name_stays() -> None:
    assert tokens("O'Malley met D'Souza") == ["o'malley", "met", "d'souza"]
    assert content_tokens("Ka'd arrived") == ["ka'd", "arrived"]  # not a clitic: "ka" is no function word


def test_quotes_and_edge_hyphens_are_not_part_of_a_word() -> None:
    # one-letter words are no tokens
    assert tokens("the ‘ferry’ and the 'barge' -- pre- and post-war") == [
        "the",
        "ferry",
        "and",
        "the",
        "barge",
        "pre",
        "and",
        "post-war",
    ]


def test_stem_drops_the_possessive_and_never_ends_in_an_apostrophe_or_hyphen() -> None:
    assert stem("dredger's") == stem("dredger’s") == stem("dredgers") == stem("dredger") == "dredger"
    assert stem("follow-ups") == "follow-up"
    for word in ("rig's", "rig’s", "rigs'", "abcd-s", "harbour-'s", "x-ray-ed", "tunnel-ing"):
        assert not stem(word).endswith(("'", "-", "’")), word


def test_a_possessive_matches_the_bare_word_in_overlap() -> None:
    claim = "Kowalski's barge sank."
    cited = "A barge owned by Kowalski sank on Tuesday."
    assert coverage(content_stems(claim), content_stems(cited)) == 1.0 >= COVERED
    assert coverage(content_stems(claim.replace("'", "’")), content_stems(cited)) == 1.0
    assert bag("Kowalski's barge, Kowalski’s crew") == {"kowalski": 2, stem("barge"): 1, "crew": 1}


def test_a_code_of_letters_and_digits_is_one_word() -> None:
    assert content_tokens("The H5N2 strain reached Q7 labs") == ["h5n2", "strain", "reached", "q7", "labs"]
    assert tokens("Two K-52s and an X-90 flew over the B2 summit") == [
        "two",
        "k-52",
        "and",
        "an",
        "x-90",
        "flew",
        "over",
        "the",
        "b2",
        "summit",
    ]
    assert content_tokens("ZORB-12-related delays") == ["zorb-12", "related", "delays"]
    assert content_tokens("a newly found anti-H5N2 serum") == ["newly", "found", "anti", "h5n2", "serum"]
    # written with or without its hyphen, a code is the same stem
    assert stem("k-52") == stem("k52") == "k52"
    # a code shares no word with another code of the same letters
    assert coverage(content_stems("The H5N2 strain spread"), content_stems("The H7N9 strain spread")) < COVERED


def test_a_word_before_a_year_or_a_number_is_no_code() -> None:
    assert tokens("by mid-2031 and pre-1990 levels, in2031") == [
        "by",
        "mid",
        "2031",
        "and",
        "pre",
        "1990",
        "levels",
        "in",
        "2031",
    ]
    assert tokens("the over-70s and the top-20") == ["the", "over", "70", "and", "the", "top", "20"]


def test_plurals_and_verb_forms_share_a_stem() -> None:
    groups = [
        "county counties",
        "ferry ferries ferried",
        "raft rafts",
        "mop mops",
        "fee fees",
        "key keys",
        "era eras",
        "fungus funguses",
        "glass glasses",
        "barges barged",
        "launch launched launches",
    ]
    for group in groups:
        assert len({stem(w) for w in group.split()}) == 1, group


def test_stems_stay_conservative() -> None:
    # no s is a plural's in these, and a short stem loses nothing
    for word in ("bus", "gas", "news", "this", "plus", "thus", "fungus", "crisis", "axis", "boss", "business", "aids"):
        assert stem(word) == word, word
    assert stem("dies") == stem("die") == "die" and stem("uses") == "use"
    # "-ies" is "y" only when a stem of three letters is left
    assert stem("cities") == stem("city") and stem("lies") == "lie"
    # "parties" is not "part", "goodies" not "good"
    assert stem("parties") != stem("part") and stem("goodies") != stem("good")
