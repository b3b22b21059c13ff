"""Batch-level furniture (storyline.clean.furniture): a line one outlet prints at the head or tail
of many distinct stories in a batch is removed as debris.  All text here is invented."""

from __future__ import annotations

import random

from storyline.clean.furniture import MIN_PAGES, find_furniture, strip_batch_furniture
from storyline.records import Article

WORDS = [
    "harbour",
    "council",
    "ferry",
    "budget",
    "orchard",
    "bridge",
    "lantern",
    "quarry",
    "meadow",
    "tunnel",
    "beacon",
    "granary",
    "canal",
    "market",
    "signal",
    "timber",
    "pottery",
    "archive",
    "chapel",
    "furnace",
    "vineyard",
    "dockyard",
    "pasture",
    "turbine",
    "mill",
    "reservoir",
    "lighthouse",
    "foundry",
    "terrace",
    "garrison",
]

PROMO = "Why do people still love crosswords? Our puzzle editor explains."


def body(i: int, n: int = 12) -> list[str]:
    """An invented story: sentences no other story shares."""
    rng = random.Random(i)
    return [" ".join(rng.choice(WORDS) for _ in range(9)).capitalize() + f" in year {1900 + i}." for _ in range(n)]


def art(i: int, lines: list[str], outlet: str | None = "Daily Invented", **kw: object) -> Article:
    text = "\n".join(lines)
    return Article(id=f"a{i:03d}", file=f"f{i}.txt", outlet=outlet, text=text, removed=["old debris"], **kw)


def texts(arts: list[Article]) -> dict[str, str]:
    return {a.file: a.text for a in arts}


def test_promo_line_closing_many_stories_is_removed_with_reason() -> None:
    batch = [art(i, [*body(i), PROMO]) for i in range(8)] + [art(i, body(i)) for i in range(8, 12)]
    out, log = strip_batch_furniture(batch)
    assert [a.file for a in out] == [a.file for a in batch]  # order kept
    for a in out[:8]:
        assert PROMO not in a.text
        assert a.removed == ["old debris", PROMO]
        assert a.text.endswith(body(int(a.id[1:]))[-1])
    assert all(a.text == b.text for a, b in zip(out[8:], batch[8:], strict=True))
    assert len(log) == 8 and all("Daily Invented" in r.reason for r in log)
    assert out[0].id == batch[0].id  # identity kept for duplicate_of links


def test_syndicated_copies_do_not_make_furniture() -> None:
    # the same story printed eight times (trimmed differently): its last sentence is the story's
    story = body(1, 12)
    batch = [art(i, [*story[i % 3 :], "The mayor said the vote would be held in spring."]) for i in range(8)]
    batch += [art(i, body(i)) for i in range(20, 24)]
    out, log = strip_batch_furniture(batch)
    assert log == []
    assert texts(out) == texts(batch)


def test_marked_duplicates_do_not_count() -> None:
    batch = [art(0, [*body(0), PROMO]), *[art(i, [*body(i), PROMO]) for i in range(1, 4)]]
    batch += [art(i, [*body(i), PROMO], duplicate_of="a000") for i in range(4, 10)]
    assert find_furniture(batch) == {}


def test_follow_up_sentence_repeated_a_few_times_survives() -> None:
    background = "The storm flooded the lower town on the first of May."
    batch = [art(i, [*body(i), background]) for i in range(3)] + [art(i, body(i)) for i in range(3, 10)]
    out, log = strip_batch_furniture(batch)
    assert log == [] and all(background in a.text for a in out[:3])


def test_sentence_also_printed_mid_body_is_not_furniture() -> None:
    background = "The storm flooded the lower town on the first of May."
    batch = [art(i, [*body(i), background]) for i in range(6)]
    batch += [art(i, [*body(i)[:6], background, *body(i)[6:]]) for i in range(6, 10)]
    assert find_furniture(batch) == {}


def test_line_shared_by_two_outlets_is_not_furniture_of_either() -> None:
    batch = [art(i, [*body(i), PROMO], outlet="Paper A") for i in range(3)]
    batch += [art(i, [*body(i), PROMO], outlet="Paper B") for i in range(3, 6)]
    batch += [art(i, body(i), outlet="Paper A") for i in range(6, 12)]
    assert MIN_PAGES > 3
    assert strip_batch_furniture(batch)[1] == []


def test_mid_body_occurrence_on_one_page_is_left() -> None:
    batch = [art(i, [*body(i), PROMO]) for i in range(8)]
    mid = [*body(9)[:6], PROMO, *body(9)[6:]]
    batch.append(art(9, mid))
    out, _ = strip_batch_furniture(batch)
    assert PROMO in out[-1].text


def test_glued_promo_is_cut_and_a_leftover_fragment_dropped() -> None:
    batch = [art(i, [*body(i), PROMO]) for i in range(8)]
    last = "The harbour reopened on Tuesday"
    batch.append(art(8, [*body(8), f"{last} {PROMO}"]))
    batch.append(art(9, [*body(9), f"PREV 2 of 9 NEXT {PROMO}"]))
    batch.append(art(10, [*body(10), f"Court timeline 12 MARCH 2031, SCIENCE & NATURE {PROMO}"]))
    out, log = strip_batch_furniture(batch)
    assert len(log) == 11  # eight whole lines, three glued cuts
    assert out[10].text.endswith(body(10)[-1]) and "2031" not in out[10].text
    assert out[8].text.endswith(last) and PROMO not in out[8].text
    assert out[8].removed[-1] == PROMO
    assert out[9].text.endswith(body(9)[-1])
    assert out[9].removed[-1] == f"PREV 2 of 9 NEXT {PROMO}"


def test_head_furniture_and_never_empty() -> None:
    head = "Menu Home World Sport Weather"
    batch = [art(i, [head, "", *body(i)]) for i in range(8)]
    batch.append(art(8, [head]))  # a page that is nothing but the line keeps it
    out, _ = strip_batch_furniture(batch)
    assert all(not a.text.startswith(head) and a.text.startswith(body(i)[0]) for i, a in enumerate(out[:8]))
    assert out[8].text == head


def test_result_does_not_depend_on_article_order() -> None:
    batch = [art(i, [*body(i), PROMO]) for i in range(7)] + [art(i, body(i)) for i in range(7, 30)]
    shuffled = batch[:]
    random.Random(3).shuffle(shuffled)
    assert texts(strip_batch_furniture(batch)[0]) == texts(strip_batch_furniture(shuffled)[0])


def test_share_threshold_scales_with_outlet_pages() -> None:
    # five stories close with the line: furniture among 40 pages, too rare a share among 400
    few = [art(i, [*body(i), PROMO]) for i in range(MIN_PAGES)]
    assert len(strip_batch_furniture(few + [art(i, body(i)) for i in range(10, 45)])[1]) == MIN_PAGES
    assert strip_batch_furniture(few + [art(i, body(i)) for i in range(10, 405)])[1] == []


def test_repeated_line_carrying_figures_or_a_paragraph_is_not_furniture() -> None:
    # an outlet's stock background sentence closes many stories but carries the story's figures
    background = "The blast at the quarry on 12 March killed 7 workers and injured dozens."
    paragraph = " ".join(["The council met again and the quarry stayed closed while inspectors worked"] * 4) + "."
    for line in (background, paragraph):
        batch = [art(i, [*body(i), line]) for i in range(10)]
        out, log = strip_batch_furniture(batch)
        assert log == [] and all(a.text.endswith(line) for a in out)


def test_unknown_outlet_groups_by_url_host() -> None:
    batch = [art(i, [*body(i), PROMO], outlet=None, url=f"https://www.invented-news.test/p/{i}") for i in range(6)]
    batch += [art(i, [*body(i), PROMO], outlet=None, url=f"https://other.test/p/{i}") for i in range(6, 9)]
    found = find_furniture(batch)
    assert list(found) == ["invented-news.test"]
    out, _ = strip_batch_furniture(batch)
    assert all(PROMO not in a.text for a in out[:6]) and all(PROMO in a.text for a in out[6:])


def test_a_short_sentence_reporting_one_figure_is_not_furniture() -> None:
    # a stock background sentence with a single figure still carries the story's figure
    background = "The landslide buried 14 houses."
    batch = [art(i, [*body(i), background]) for i in range(10)]
    out, log = strip_batch_furniture(batch)
    assert log == [] and all(a.text.endswith(background) for a in out)


def test_promo_lines_that_lead_with_a_count_or_a_year_stay_furniture() -> None:
    # list headlines lead with their count; a year in a promo is a date, not a story figure
    for promo in ("7 things to know about the harbour vote", "Top 10 walks along the canal", "The 2011 garden guide"):
        batch = [art(i, [*body(i), promo]) for i in range(8)]
        out, log = strip_batch_furniture(batch)
        assert [r.line for r in log] == [promo] * 8, promo
        assert all(promo not in a.text for a in out)
