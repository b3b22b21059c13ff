"""Off-topic articles in a pile (invented text): a radio schedule and a recipe page gathered with
the coverage of a dam collapse are set aside; the story's short and odd-angle pages are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import split
from storyline.records import AnnotatedArticle, Article
from storyline.story.relevance import MIN_PILE, relevance

STORY = [
    "The Varnholt dam collapsed on Tuesday night, sending floodwater through the valley. Rescue teams "
    "searched the flooded villages below the dam for survivors. Officials said 14 people died in the flood.",
    "Engineers had warned that the Varnholt dam was cracked, documents show. The regional water authority "
    "said the dam passed its last inspection. Floodwater still covered the valley on Wednesday.",
    "Survivors of the Varnholt flood described a wall of water. The dam gave way after days of heavy rain, "
    "and rescue teams said the death toll from the flood rose to 19.",
    "Prosecutors opened an inquiry into the collapse of the Varnholt dam. The flood destroyed 300 homes in "
    "the valley, and the water authority's director resigned on Friday.",
    "The death toll from the Varnholt dam collapse reached 23 as rescue teams recovered more bodies from the "
    "flood. The valley's villages remain without power.",
    "Aid agencies sent tents and clean water to families the flood drove from the valley. The dam operator "
    "promised compensation for homes lost when the dam burst.",
    "Parliament debated dam safety after the Varnholt collapse. Ministers ordered inspections of every dam "
    "built before 1970, and the flood inquiry will report in June.",
]
# on-topic, though odd: short, and naming neither the dam's town nor its operator
SHORT = "Flood: the toll from the dam collapse rose to 23."
ODD = (
    "Farmers count the cost of the flood. Fields below the broken dam are under a metre of water, and "
    "cattle drowned in the valley. Insurers expect flood claims to run for months."
)
SCHEDULE = (
    "12.00noon-7.20pm Radio Five: afternoon sport with racing from Ascot and the cricket. 7.20pm "
    "Classic concert: Brahms symphony number two, played by the city orchestra. 9.00pm Drama: a "
    "detective story set in an old seaside hotel. 10.30pm Late jazz with guest musicians."
)
RECIPE = (
    "Halloween is the scariest night of the year. Carve a pumpkin lantern, roast the seeds with "
    "salt and paprika, and bake a spiced pumpkin pie for the party. Children love costumes and sweets."
)


def _doc(name: str, text: str) -> AnnotatedArticle:
    return AnnotatedArticle(article=Article(id=name, file=f"{name}.txt", text=text), sentences=split(text))


def _pile() -> list[AnnotatedArticle]:
    docs = [_doc(f"story{i}", t) for i, t in enumerate(STORY)]
    return [
        *docs[:3],
        _doc("short", SHORT),
        _doc("schedule", SCHEDULE),
        *docs[3:],
        _doc("odd", ODD),
        _doc("recipe", RECIPE),
    ]


def test_unrelated_pages_are_set_aside_with_a_reason() -> None:
    marks = relevance(_pile())
    off = {m.article: m for m in marks if m.off_topic}
    assert set(off) == {"schedule", "recipe"}
    assert "dam" in off["schedule"].reason and "flood" in off["schedule"].reason
    assert [m.article for m in marks] == [d.article.id for d in _pile()]  # one per doc, in order


def test_short_and_odd_angle_pages_are_kept() -> None:
    kept = {m.article: m for m in relevance(_pile()) if not m.off_topic}
    assert {"short", "odd"} <= set(kept)
    assert kept["odd"].score > 0.3 and not kept["odd"].reason


def test_a_small_pile_sets_nothing_aside() -> None:
    docs = [_doc("a", STORY[0]), _doc("b", STORY[1]), _doc("schedule", SCHEDULE)]
    assert len(docs) < MIN_PILE
    assert not any(m.off_topic for m in relevance(docs))


def test_a_pile_that_is_not_one_story_sets_nothing_aside() -> None:
    # four of ten pages about other things: no typical article to compare with
    football = (
        "United won the derby three goals to one. The striker scored twice before half time, and the "
        "goalkeeper saved a penalty in the final minute as the crowd sang."
    )
    weather = (
        "Sunshine and showers for the weekend, with a cold wind from the north. Temperatures will "
        "climb to twelve degrees inland, and frost is likely on Sunday morning in sheltered spots."
    )
    docs = [_doc(f"s{i}", t) for i, t in enumerate(STORY[:6])]
    docs += [_doc(f"x{i}", t) for i, t in enumerate([SCHEDULE, RECIPE, football, weather])]
    assert sum(m.off_topic for m in relevance(docs[:7] + docs[8:])) == 3  # a third: still set aside
    assert not any(m.off_topic for m in relevance(docs))


def test_threshold_zero_keeps_everything() -> None:
    assert not any(m.off_topic for m in relevance(_pile(), threshold=0.0))


@pytest.mark.slow
def test_the_brief_lists_but_does_not_use_an_off_topic_page(tmp_path: Path) -> None:
    from storyline import api
    from storyline.options import Options

    for d in _pile():
        (tmp_path / d.article.file).write_text(d.article.text + "\n")
    result = api.process([str(tmp_path)], Options(progress=False))
    b = api.make_brief(result).to_dict()
    aside = {s["id"]: s for s in b["sources"] if s["set_aside"]}
    assert {s["file"].rsplit("/", 1)[-1] for s in aside.values()} == {"schedule.txt", "recipe.txt"}
    assert all(s["set_aside"]["why"] == "off_topic" and s["set_aside"]["reason"] for s in aside.values())
    assert sum("set aside as off-topic" in w for w in b["warnings"]) == 2
    cited = {c["source"] for part in ("timeline", "summary", "events") for e in b[part] for c in e["citations"]}
    cited |= {c["source"] for f in b["figures"] for c in f["citations"]}
    assert cited and not cited & set(aside)
    from storyline.render import render

    brief = api.make_brief(result)
    assert "set aside as off-topic" in render(brief, "md") and "set aside: off-topic" in render(brief, "html")
    assert all(
        s["set_aside"] is None for s in api.make_brief(result, Options(off_topic_threshold=0)).to_dict()["sources"]
    )


@pytest.mark.slow
def test_t17_junk_page_is_set_aside_and_few_are(shared_data: Path) -> None:
    from storyline import api

    docs = shared_data / "t17" / "MJ_bbc" / "InputDocs"
    if not docs.is_dir():
        pytest.skip(f"{docs} not present")
    result = api.process([str(docs)])
    marks = relevance(result.annotated)
    off = {m.article for m in marks if m.off_topic}
    files = {d.article.id: d.article.file for d in result.annotated}
    assert any(files[a].endswith("2011-10-05/557.htm.txt") for a in off)  # the Halloween page
    assert any(files[a].endswith("2009-09-16/1070.htm.txt") for a in off)  # a football column
    assert len(off) <= 0.2 * len(marks)
    # the coverage of the trial stays
    assert not any(files[a].endswith(("2011-11-08/124.htm.txt", "2011-09-27/245.htm.txt")) for a in off)


ROUNDUP = (
    "In other news: the city council announced a new parking plan for the old town on Monday. "
    "The national football side launched its new kit at a stadium party. A painter opened an "
    "exhibition of seascapes at the museum on Thursday, and the museum cafe reopened after repairs. "
    "A bakery on the main square won a prize for its rye bread. The orchestra announced its winter "
    "programme of concerts in the cathedral. Rescue teams are still searching the valley below the broken Varnholt dam."
)


def test_a_page_that_mentions_the_story_in_passing_gives_only_its_story_sentences() -> None:
    from storyline.story.relevance import MARGINAL, read_pile

    reading = read_pile([*_pile(), _doc("roundup", ROUNDUP)])
    mark = next(m for m in reading.marks if m.article == "roundup")
    assert not mark.off_topic and mark.score < MARGINAL
    assert reading.passing() == {"roundup"}  # the story's own pages, short or odd, are not
    assert {"dam", "flood"} <= reading.key_terms
    assert reading.about_story("Rescue teams are still searching the valley below the broken Varnholt dam.")
    assert not reading.about_story("The city council announced a new parking plan for the old town on Monday.")


def test_nothing_is_passing_in_a_small_pile_or_a_pile_of_several_stories() -> None:
    from storyline.story.relevance import read_pile

    assert not read_pile([_doc("roundup", ROUNDUP)]).passing()  # one article: no key terms at all
    assert not read_pile([_doc("a", STORY[0]), _doc("b", STORY[1]), _doc("roundup", ROUNDUP)]).passing()


def test_judge_reads_plain_texts_as_relevance_reads_docs() -> None:
    from storyline.story.relevance import judge

    docs = _pile()
    plain = judge(
        [d.article.id for d in docs], [d.article.text for d in docs], [[s.text for s in d.sentences] for d in docs]
    )
    assert plain == relevance(docs)


@pytest.mark.slow
def test_the_brief_takes_no_event_from_the_off_story_part_of_a_passing_page(tmp_path: Path) -> None:
    from storyline import api
    from storyline.options import Options

    for d in [*_pile(), _doc("roundup", ROUNDUP)]:
        (tmp_path / d.article.file).write_text(d.article.text + "\n")
    result = api.process([str(tmp_path)], Options(progress=False))
    b = api.make_brief(result).to_dict()
    texts = " ".join(e["text"] for part in ("timeline", "undated", "events") for e in b[part])
    assert "parking plan" not in texts and "new kit" not in texts and "exhibition" not in texts
    assert any("roundup.txt: mentions the story in passing" in w for w in b["warnings"])
    kept = api.make_brief(result, Options(off_topic_threshold=0)).to_dict()  # 0 keeps every sentence too
    assert "parking plan" in " ".join(e["text"] for e in kept["events"])
