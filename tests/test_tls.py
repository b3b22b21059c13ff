"""Timeline summarisation on a tiny synthetic collection: dates, sentences, debris, determinism."""

from __future__ import annotations

from storyline.story.tls import (
    DatedSentence,
    collection_keywords,
    date_sentences,
    is_content_sentence,
    rank_dates,
    summarise_timeline,
)


def _collection() -> list[DatedSentence]:
    arts = {
        # three articles name 3 March (the explosion); two name 10 March (the capping)
        "a1": (
            "2020-03-04",
            [
                "An explosion on the offshore rig killed eleven workers on 3 March 2020 .",
                "Help",
                "Last updated at 10:02 GMT , 4 March 2020 .",
                "The company said it was investigating the cause of the blast .",
            ],
        ),
        "a2": (
            "2020-03-05",
            [
                "The rig exploded on March 3 , 2020 , killing eleven workers and injuring seventeen .",
                "Oil continued to leak from the damaged well into the gulf waters .",
                "What happens next ?",
            ],
        ),
        "a3": (
            "2020-03-11",
            [
                "Engineers capped the leaking oil well on 10 March 2020 after a week of attempts .",
                "The March 3 explosion killed eleven workers on the rig .",
                "`` We are relieved , '' said one engineer .",
            ],
        ),
        "a4": (
            "2020-03-12",
            [
                "The well was capped on 10 March 2020 , officials confirmed .",
                "Fishermen said the oil spill had hurt their business in the gulf .",
            ],
        ),
        "a5": (
            "2020-03-20",
            [
                "Shares in the oil company fell sharply as investors weighed the cost of the spill .",
            ],
        ),
    }
    items: list[DatedSentence] = []
    for aid, (pub, sents) in arts.items():
        items.extend(date_sentences(aid, sents, pub, use_tagger=False))
    return items


def test_builtin_dater_reads_explicit_dates() -> None:
    items = date_sentences(
        "x",
        ["It happened on 3 March 2020 .", "On March 10 , it ended .", "Nothing here ."],
        "2020-03-12",
        use_tagger=False,
    )
    assert [it.mentioned for it in items] == ["2020-03-03", "2020-03-10", None]
    assert all(it.published == "2020-03-12" for it in items)
    rel = date_sentences("y", ["Officials said on Tuesday that the well was safe ."], "2020-03-12", use_tagger=False)
    assert rel[0].mentioned == "2020-03-10"  # the Tuesday on or before Thursday 12 March


def test_debris_filter() -> None:
    assert is_content_sentence("The company said it was investigating the cause of the blast .")
    assert not is_content_sentence("Help")
    assert not is_content_sentence("Last updated at 10:02 GMT , 4 March 2020 .")
    assert not is_content_sentence("What happens next for the people of the gulf coast ?")
    assert not is_content_sentence("`` We are relieved , '' said one engineer .")
    assert not is_content_sentence(" ".join(["word"] * 80) + " .")


def test_date_ranking_counts_distinct_articles() -> None:
    ranked = [d for d, _ in rank_dates(_collection())]
    assert ranked[:2] == ["2020-03-03", "2020-03-10"]
    limited = [d for d, _ in rank_dates(_collection(), start="2020-03-05", end="2020-03-31")]
    assert "2020-03-03" not in limited and limited[0] == "2020-03-10"


def test_timeline_picks_dates_and_mentioning_sentences() -> None:
    tl = summarise_timeline(_collection(), n_dates=2, sents_per_date=1)
    assert [d for d, _ in tl] == ["2020-03-03", "2020-03-10"]
    day1 = tl[0][1][0]
    assert "explo" in day1 and "eleven" in day1
    assert "capped" in tl[1][1][0]
    for _, sents in tl:
        for s in sents:
            assert is_content_sentence(s)


def test_no_repeated_sentences_and_deterministic() -> None:
    items = _collection()
    a = summarise_timeline(items, n_dates=3, sents_per_date=2)
    b = summarise_timeline(list(reversed(items)), n_dates=3, sents_per_date=2)
    assert a == b
    texts = [s for _, ss in a for s in ss]
    assert len(texts) == len(set(texts))
    assert [d for d, _ in a] == sorted(d for d, _ in a)


def test_query_and_keywords() -> None:
    items = _collection()
    kws = collection_keywords(items, n=5)
    assert "oil" in kws
    tl = summarise_timeline(items, n_dates=1, sents_per_date=1, query=["oil spill"])
    assert len(tl) == 1


def test_empty_inputs() -> None:
    assert summarise_timeline([], 3, 1) == []
    assert summarise_timeline(_collection(), 0, 1) == []
