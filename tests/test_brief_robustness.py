"""Hard stories: one article, hundreds of copies, no dates at all, another language.
Each gives a brief that says what it could and could not do — never a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline import api
from storyline.render import FORMATS, render

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "raqqa" / "003_3de0030188d21523.txt"
pytestmark = pytest.mark.slow


def brief_of(path: Path) -> dict[str, Any]:
    brief = api.make_brief(api.process([str(path)]))
    for fmt in FORMATS:  # every rendering works on it
        assert render(brief, fmt)
    return brief.to_dict()


def test_a_story_of_one_article(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(SEED.read_text())
    b = brief_of(tmp_path)
    assert len(b["sources"]) == 1 and b["summary"] and b["timeline"]
    assert all(t["independent_sources"] == 1 for t in b["timeline"])


def test_500_near_identical_copies_count_once(tmp_path: Path) -> None:
    text = SEED.read_text()
    for i in range(500):
        variant = text if i % 2 else text.replace("Developing story - more to come", f"Copy {i}.")
        (tmp_path / f"copy{i:03d}.txt").write_text(variant)
    b = brief_of(tmp_path)
    assert len(b["sources"]) == 500
    originals = [s for s in b["sources"] if s["duplicate_of"] is None]
    assert len(originals) == 1
    assert all(t["independent_sources"] == 1 for t in b["timeline"])
    assert any("499 duplicate or syndicated copies" in w for w in b["warnings"])
    assert len(b["warnings"]) < 20  # one line for the copies, not 499


def test_articles_with_no_dates_at_all(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Rebels pushed into the northern district of the city, a spokesman said.\n\n"
        "Fighters from the group seized two villages and the main road, according to a monitoring group.\n\n"
        "Aid agencies said thousands of families had fled toward the border."
    )
    (tmp_path / "b.txt").write_text(
        "Government forces shelled the northern district, residents said.\n\n"
        "The monitoring group said at least 14 people were killed in the shelling."
    )
    b = brief_of(tmp_path)
    assert all(s["published"]["value"] is None for s in b["sources"])
    assert b["timeline"] == []  # nothing is given an invented date
    assert b["undated"], "the events are listed apart, undated"
    assert sum("publication date unknown" in w for w in b["warnings"]) == 2
    assert any(f["value"] == 14 for f in b["figures"])


def test_relative_dates_in_an_undated_article_are_shown_unresolved(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Rebel fighters seized the river crossing on Tuesday after two days of clashes, a spokesman said.\n\n"
        "In early May the militia had shelled the northern villages, according to a monitoring group."
    )
    brief = api.make_brief(api.process([str(tmp_path)]))
    b = brief.to_dict()
    assert b["timeline"] == []  # no date of the article: nothing is placed
    shown = {d["text"]: d for e in b["undated"] for d in e.get("dates", [])}
    assert {"Tuesday", "early May"} <= set(shown), b["undated"]
    assert all(d["value"] is None and d["reason"] for d in shown.values())
    assert "“early May” = not resolved" in render(brief, "md")
    assert "“Tuesday” = not resolved" in render(brief, "html")


def test_articles_in_another_language(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(
        "Les Forces démocratiques syriennes ont annoncé dimanche le lancement d'une offensive pour reprendre "
        "Raqqa, la capitale de facto du groupe État islamique en Syrie. L'opération, baptisée « Colère de "
        "l'Euphrate », sera menée avec le soutien aérien de la coalition internationale, a précisé un porte-parole."
    )
    b = brief_of(tmp_path)
    assert b["sources"][0]["language"] == "fr"
    assert any("not analysed" in w for w in b["warnings"])
    assert b["timeline"] == [] and b["entities"] == []
    assert json.dumps(b)  # a complete, serialisable brief


def test_mixed_languages_keep_the_english_story(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(SEED.read_text())
    (tmp_path / "ru.txt").write_text(
        "Сирийские демократические силы объявили о начале операции по освобождению Ракки от боевиков "
        "Исламского государства. Операция получила название «Гнев Евфрата», сообщил представитель коалиции."
    )
    b = brief_of(tmp_path)
    assert {s["language"] for s in b["sources"]} == {"en", "ru"}
    assert b["timeline"] and b["summary"]
    cited = {c["source"] for s in b["summary"] for c in s["citations"]}
    ru = next(s["id"] for s in b["sources"] if s["language"] == "ru")
    assert ru not in cited


def test_the_story_title_is_a_headline_not_page_furniture() -> None:
    from storyline.records import Article, PublishedDate
    from storyline.story.brief import story_title

    advert = "Fast cloud hosting for flood insurance and water claims"
    story = [
        "The river burst its banks on Monday and flooded the lower town.",
        "Flood water reached the market square as the river rose again overnight.",
        "Residents of the lower town were moved to the school as the flood spread.",
    ]

    def article(i: int, title: str, text: str) -> Article:
        return Article(id=f"a{i}", file=f"{i}.txt", title=title, text=text, published=PublishedDate(value=None))

    articles = [
        article(0, advert, f"{advert}\nCloud storage for every business"),
        *(article(i + 1, f"Flood hits lower town, report {i}", f"{t}\n{advert} Call now") for i, t in enumerate(story)),
    ]
    # the advert is printed on every page, so its words weigh in the centroid, but it is no headline
    assert story_title(articles) == "Flood hits lower town, report 0"
