"""Story clustering: unit tests on synthetic items, and the gate on the UCI headline sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.errors import ConfigError, EvalError
from storyline.eval.clustering import bcubed, pairwise, select, slug_words, story_part
from storyline.story.cluster import ClusterItem, StoryClusterer, _name_score, cluster_items, tokens

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
UCI = SHARED / "data" / "clustering" / "uci-news-aggregator.head.csv"
FLOORS = Path(__file__).resolve().parent / "floors" / "clustering.json"
T17 = SHARED / "data" / "t17"
ARTICLE_FLOORS = Path(__file__).resolve().parent / "floors" / "clustering_articles.json"


def item(i: int, text: str, day: str | None = "2014-03-10", **kw: list[str]) -> ClusterItem:
    return ClusterItem(id=str(i), text=text, published=day, **kw)


STREAM = [
    item(1, "Sbarro files for bankruptcy for second time"),
    item(2, "Malaysia Airlines flight missing over South China Sea"),
    item(3, "Pizza chain Sbarro files for Chapter 11 bankruptcy"),
    item(4, "Search for missing Malaysia Airlines jet widens"),
    item(5, "Sbarro bankruptcy: pizza chain to close stores"),
    item(6, "Malaysia Airlines plane search enters fourth day"),
    item(7, "Neil Young launches Pono music player on Kickstarter"),
]


def test_tokens_fold_plurals_and_stop_words() -> None:
    assert tokens("The Recalls of GM's cars") == ["recall", "gm", "car"]
    assert tokens("Café Ünïcode") == ["cafe", "unicode"]


def test_groups_synthetic_stories() -> None:
    labels = cluster_items(STREAM)
    assert labels["1"] == labels["3"] == labels["5"]
    assert labels["2"] == labels["4"] == labels["6"]
    assert len({labels["1"], labels["2"], labels["7"]}) == 3


def test_deterministic_and_idempotent() -> None:
    a, b = cluster_items(STREAM), cluster_items(STREAM)
    assert a == b
    c = StoryClusterer()
    first = c.add(STREAM[0])
    assert c.add(STREAM[0]) == first
    assert c.stories() == {first: ["1"]}


def test_time_window_closes_old_stories() -> None:
    c = StoryClusterer(window_days=1.0)
    s1 = c.add(item(1, "Sbarro files for bankruptcy", day="2014-03-01"))
    s2 = c.add(item(2, "Sbarro files for bankruptcy", day="2014-03-20"))  # 19 days later: a new story
    assert s1 != s2
    s3 = c.add(item(3, "Sbarro files for bankruptcy again", day=None))  # undated: no penalty
    assert s3 in {s1, s2}


def test_mean_date_resists_a_bridge_item() -> None:
    # a burst on day 1, then a related burst a day later: with the span rule the first late
    # item that joins (the bridge) resets the story's end and drags the whole later burst in
    old = [item(i, "Titanfall review Xbox One shooter game", day="2014-03-10") for i in range(20)]
    bridge = item(99, "Titanfall review Xbox One shooter game", day="2014-03-11")
    late = [item(100 + i, "Xbox One Titanfall chief interview", day="2014-03-11") for i in range(5)]
    for ref, expect_split in (("mean", True), ("span", False)):
        c = StoryClusterer(window_days=1.0, merge_threshold=None, time_ref=ref)
        first = {c.add(x) for x in old}
        c.add(bridge)
        later = {c.add(x) for x in late}
        assert (first != later) is expect_split, ref


def test_merge_needs_time_proximity() -> None:
    def run(day2: str) -> int:
        c = StoryClusterer(threshold=0.2, merge_threshold=0.05, window_days=1.0)
        c.add(item(1, "Sbarro pizza bankruptcy filing"))
        c.add(item(2, "Sbarro restaurant chain closes stores", day=day2))
        c.add(item(3, "Sbarro pizza restaurant chain bankruptcy closes stores", day=day2))
        return len(c.stories())

    assert run("2014-03-10") == 1
    assert run("2014-03-14") == 2  # four days apart: no merge


def test_entities_and_places_help() -> None:
    base = StoryClusterer(threshold=0.5, entity_weight=0.0)
    ents = StoryClusterer(threshold=0.5, entity_weight=0.5)
    a = item(1, "Offensive begins in the north", entities=["SDF"], places=["Raqqa"])
    b = item(2, "Fighters advance on the city", entities=["SDF"], places=["Raqqa"])
    assert base.add(a) != base.add(b)
    assert ents.add(a) == ents.add(b)


def test_merge_joins_bridged_stories_and_resolves_ids() -> None:
    c = StoryClusterer(threshold=0.2, merge_threshold=0.05)
    s1 = c.add(item(1, "Sbarro pizza bankruptcy filing"))
    s2 = c.add(item(2, "Sbarro restaurant chain closes stores"))
    assert s1 != s2
    s3 = c.add(item(3, "Sbarro pizza restaurant chain bankruptcy closes stores"))
    assert s3 == s1 == c.story_of("2") == c.add(item(2, "ignored: already added"))
    assert c.stories() == {s1: ["1", "2", "3"]}
    c.add(item(4, "Sbarro stores"))  # postings of the merged story are skipped safely
    assert c.story_of("4") == s1 and c.story_of("nope") is None


def _fragment_stream(day2: str) -> list[ClusterItem]:
    big = [
        item(i, f"Sbarro pizza chain files for bankruptcy {w}")
        for i, w in enumerate(["again", "today", "court", "news", "plan"])
    ]
    # a side of the story in its own words: under the join threshold item by item
    side = [
        item(20, "Sbarro restaurant closes stores in malls", day=day2),
        item(21, "Sbarro restaurant closes stores across malls", day=day2),
    ]
    return big + side


def test_consolidation_folds_a_fragment_into_the_larger_story() -> None:
    c = StoryClusterer(threshold=0.3, consolidate_every=None, consolidate_threshold=0.05, merge_threshold=None)
    first = cluster_items(_fragment_stream("2014-03-10"), c)
    assert first["20"] == first["21"] != first["0"]  # online: two stories
    assert c.consolidate() == 1
    assert c.story_of("20") == c.story_of("0") == first["0"]  # the older story's id survives
    assert c.stories() == {first["0"]: ["0", "1", "2", "3", "4", "20", "21"]}
    assert c.consolidate() == 0  # idempotent


def test_consolidation_needs_time_proximity_and_a_larger_story() -> None:
    far = StoryClusterer(threshold=0.3, consolidate_every=None, consolidate_threshold=0.05, merge_threshold=None)
    cluster_items(_fragment_stream("2014-03-16"), far)  # six days later
    assert far.consolidate() == 0
    # fragments only fold into stories at least fragment_ratio times their size
    even = StoryClusterer(
        threshold=0.3, consolidate_every=None, consolidate_threshold=0.05, merge_threshold=None, fragment_ratio=2.0
    )
    cluster_items(_fragment_stream("2014-03-10")[2:], even)  # 3 + 2 items
    assert even.consolidate() == 0
    off = StoryClusterer(threshold=0.3, consolidate_every=None, consolidate_threshold=0.05, fragment_size=0)
    cluster_items(_fragment_stream("2014-03-10"), off)
    assert off.consolidate() == 0


def test_consolidation_runs_every_n_items() -> None:
    c = StoryClusterer(threshold=0.3, consolidate_every=7, consolidate_threshold=0.05, merge_threshold=None)
    labels = cluster_items(_fragment_stream("2014-03-10"), c)  # the 7th item triggers the pass
    assert labels["21"] == labels["0"] and len(c.stories()) == 1


def test_bad_arguments() -> None:
    with pytest.raises(ConfigError):
        StoryClusterer(threshold=0)
    with pytest.raises(ConfigError):
        StoryClusterer(window_days=-1)
    with pytest.raises(ConfigError):
        StoryClusterer(time_ref="minutes")
    with pytest.raises(ConfigError):
        StoryClusterer(consolidate_every=0)
    with pytest.raises(ConfigError):
        StoryClusterer(fragment_ratio=0.5)
    with pytest.raises(ConfigError):
        StoryClusterer(max_terms=0)
    with pytest.raises(ConfigError):
        StoryClusterer(revive_threshold=0.0)
    with pytest.raises(ConfigError):
        StoryClusterer(story_idf=1.5)


def test_story_idf_discounts_a_term_spread_over_many_stories() -> None:
    # "live" and "court" are in three items each; "live" in three stories, "court" in one
    texts = [
        "Sbarro bankruptcy live",
        "Malaysia jet search live",
        "Pono music player live",
        "Sbarro bankruptcy court",
        "Sbarro bankruptcy court ruling",
        "Sbarro bankruptcy court filing",
    ]
    spread, flat = (StoryClusterer(threshold=0.4, consolidate_every=None, story_idf=g) for g in (0.45, 0.0))
    for c in (spread, flat):
        cluster_items([item(i, t) for i, t in enumerate(texts)], c)
        assert len(c.stories()) == 3
    assert flat._idf("live") == flat._idf("court")
    assert spread._idf("live") < spread._idf("court")
    assert StoryClusterer.for_articles().story_idf == 0.0  # full articles: item IDF only


def test_max_terms_keeps_the_top_tfidf_terms() -> None:
    c = StoryClusterer(max_terms=3)
    c.add(item(1, "common words everywhere"))
    c.add(item(2, "common words again"))
    c.add(item(3, "common words plus sbarro pizza bankruptcy filing"))
    kept = set(c._stories[-1].counts)
    assert len(kept) == 3 and "common" not in kept  # the rarer terms win


def test_revive_rejoins_a_dormant_story_on_a_strong_match() -> None:
    text = "Sbarro pizza chain files for bankruptcy protection"
    for revive, same in ((None, False), (0.5, True)):
        c = StoryClusterer(window_days=1.0, revive_threshold=revive)
        s1 = c.add(item(1, text, day="2014-03-01"))
        c.add(item(2, "Malaysia Airlines flight missing", day="2014-03-20"))
        s2 = c.add(item(3, text + " again", day="2014-03-20"))  # 19 days later, far past 3 windows
        assert (s1 == s2) is same
        weak = c.add(item(4, "Pizza prices rise", day="2014-03-21"))
        assert weak != s1  # a weak match does not revive it


def test_metrics_on_known_labellings() -> None:
    gold = ["a", "a", "a", "b", "b"]
    assert pairwise(gold, gold)["pairwise_f1"] == 1.0
    assert bcubed(gold, gold)["bcubed_f1"] == 1.0
    one = ["x"] * 5
    p = pairwise(one, gold)
    assert p["pairwise_recall"] == 1.0 and p["pairwise_precision"] == pytest.approx(4 / 10)
    singletons = [str(i) for i in range(5)]
    assert bcubed(singletons, gold)["bcubed_precision"] == 1.0


def test_slug_words() -> None:
    url = "http://www.ifamagazine.com/news/us-open-stocks-fall-after-fed-official-hints-294436"
    assert slug_words(url) == "us open stocks fall after fed official hints"
    assert slug_words("not a url") == "not url"
    words = slug_words("http://x.com/a/la-fi-plosser-20140310,0,1312750.story").split()
    assert words[:3] == ["la", "fi", "plosser"] and "20140310" not in words and "story" not in words
    assert slug_words("http://x.com/2014/03/11/fed-taper-7") == "fed taper"  # URL dates are not features


def test_select_parts_and_interleaving() -> None:
    stream = [
        (ClusterItem(id=str(i), text="x", published=f"2014-03-{10 + i // 6}T{i % 6:02d}:00:00+00:00"), f"s{i % 4}")
        for i in range(18)
    ]
    dev, test = select(stream, part="dev"), select(stream, part="test")
    assert len(dev) + len(test) == 18 and not {g for _, g in dev} & {g for _, g in test}
    assert all(story_part(g) == "dev" for _, g in dev)
    mixed = select(stream, shuffle_seed=3, interleave_hours=24)
    assert sorted(x.id for x, _ in mixed) == sorted(x.id for x, _ in stream) and mixed != stream
    days = [(x.published or "")[:10] for x, _ in mixed]
    assert days == sorted(days)  # shuffled within a day only
    with pytest.raises(EvalError):
        select(stream, part="train")


def test_missing_data_is_eval_error(tmp_path: Path) -> None:
    from storyline.eval.clustering import evaluate

    with pytest.raises(EvalError):
        evaluate(tmp_path / "nope.csv")


@pytest.mark.shared
@pytest.mark.slow
def test_gate_uci_headlines() -> None:
    if not UCI.is_file():
        pytest.skip(f"{UCI} not present")
    from storyline.eval.clustering import evaluate

    floors = json.loads(FLOORS.read_text())
    result = evaluate(UCI)
    assert result["items"] > 6000
    for key, floor in floors.items():
        assert result[key] >= floor, f"{key} {result[key]:.4f} fell below its floor {floor}"


@pytest.mark.shared
@pytest.mark.slow
def test_gate_timeline17_articles() -> None:
    """Full articles with the service's settings: long-running stories stay together (recall)
    while six concurrent stories (aligned dates) never merge (precision); ~80 s."""
    if not T17.is_dir():
        pytest.skip(f"{T17} not present")
    from storyline.eval.clustering import evaluate

    floors = json.loads(ARTICLE_FLOORS.read_text())
    result = evaluate(T17)
    assert result["items"] > 2800 and result["gold_clusters"] == 6
    for key, floor in floors.items():
        assert result[key] >= floor, f"{key} {result[key]:.4f} fell below its floor {floor}"


def _t17_like(root: Path) -> None:
    """Two topics from two outlets each, in Timeline17's layout, years apart."""
    docs = {
        "quake_a/InputDocs/2010-01-13/1.htm.txt": "Earthquake hits Haiti\nA powerful earthquake struck Haiti near Port-au-Prince on Tuesday, collapsing buildings.",
        "quake_b/InputDocs/2010-01-14/1.htm.txt": "Haiti quake toll rises\nRescuers in Port-au-Prince dig through collapsed buildings after the Haiti earthquake.",
        "quake_b/InputDocs/2010-01-15/2.htm.txt": "Aid reaches Haiti\nAid flights land in Port-au-Prince as Haiti earthquake survivors wait in collapsed streets.",
        "spill_a/InputDocs/2011-04-21/1.htm.txt": "Oil rig explodes in the Gulf\nAn oil rig leased by BP exploded in the Gulf of Mexico, and oil is leaking from the well.",
        "spill_a/InputDocs/2011-04-23/2.htm.txt": "BP oil leak grows\nOil from the BP well in the Gulf of Mexico is leaking faster than thought, officials said.",
    }
    for rel, text in docs.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def test_articles_of_a_timeline17_folder_are_clustered_by_topic(tmp_path: Path) -> None:
    from storyline.eval.clustering import evaluate, load_articles

    _t17_like(tmp_path)
    stream = load_articles(tmp_path)
    assert [g for _, g in stream].count("quake") == 3 and [g for _, g in stream].count("spill") == 2
    days = sorted((x.published or "")[:10] for x, g in stream)
    assert days[0] == "2000-01-01"  # aligned: both topics start on the same day
    result = evaluate(tmp_path, consolidate_every=10)
    assert result["items"] == 5 and result["gold_clusters"] == 2
    assert result["pairwise_precision"] == 1.0  # the quake and the spill never share a story
    assert {r["topic"] for r in result["per_topic"]} == {"quake", "spill"}
    raw = load_articles(tmp_path, align=False)
    assert sorted((x.published or "")[:4] for x, _ in raw) == ["2010", "2010", "2010", "2011", "2011"]


def test_articles_need_a_timeline17_folder(tmp_path: Path) -> None:
    from storyline.eval.clustering import load_articles

    with pytest.raises(EvalError, match="Timeline17"):
        load_articles(tmp_path)


def test_rarity_weighted_name_share() -> None:
    c = StoryClusterer(entity_score="share")
    for i in range(9):  # "us" is named by every item, "deepwater horizon" by one
        c.add(
            ClusterItem(
                id=f"x{i}", text=f"unrelated words {i}", entities=["US"] + (["Deepwater Horizon"] if i == 0 else [])
            )
        )
    names = {"deepwater horizon", "us"}
    weights = c._rarity(names, "")
    rare = _name_score(names, {"deepwater horizon"}, weights)
    common = _name_score(names, {"us"}, weights)
    assert rare > 0.9 and common < 0.1
    assert _name_score(set(), {"us"}, c._rarity(set(), "")) == 0.0
    assert StoryClusterer()._rarity(names, "") is None  # the overlap coefficient by default
    with pytest.raises(ConfigError):
        StoryClusterer(entity_score="jaccard")
