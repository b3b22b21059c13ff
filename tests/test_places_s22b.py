"""Session 22 place rules (second round), on invented text: a landmark is no focus, a named region
votes for a hamlet only inside it, a qualifier abroad written a few times of many is the misread one,
a small town named once in a wide story needs to be written as a place, a possessive names its place."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from storyline.annotate.places import Geocoder, _Others


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    g = Geocoder()
    g.warm_up()
    return g


def _by_name(geo: Geocoder, names: list[str], sentences: list[str]) -> dict[str, object]:
    return dict(zip(names, geo.resolve(names, sentences=sentences), strict=True))


def test_a_landmark_is_no_focus(geo: Geocoder) -> None:
    names = ["Wall Street", "Wall Street", "Wall Street", "Washington", "Quillbrook Pavilion"]
    sents = [
        "Shares fell on Wall Street.",
        "Wall Street traders sold.",
        "Wall Street closed lower.",
        "Officials in Washington met.",
        "The president spoke at the Quillbrook Pavilion.",
    ]
    near = _by_name(geo, names, sents)["Quillbrook Pavilion"]
    assert near is not None and near.precision == "vicinity"
    assert near.near_name == "Washington"


def test_region_votes_for_a_hamlet_only_inside_it(geo: Geocoder) -> None:
    hamlet = next(c for c in geo.candidates("Pierre") if c.country == "US" and c.admin1 == "SD")
    hamlet = replace(hamlet, weight=900)  # a hamlet
    countries: Counter[str] = Counter({"US": 4})
    votes_elsewhere: Counter[tuple[str, str]] = Counter({("US", "TX"): 4})  # only Texas named
    f = dict(
        geo._context_features(hamlet, countries, Counter(), Counter(), _Others.of([]), region_votes=votes_elsewhere)
    )
    assert "country_named" not in f
    votes_inside: Counter[tuple[str, str]] = Counter({("US", "SD"): 4})  # its own state named
    f = dict(geo._context_features(hamlet, countries, Counter(), Counter(), _Others.of([]), region_votes=votes_inside))
    assert f.get("country_named")


def test_a_few_qualifiers_abroad_do_not_move_a_home_town(geo: Geocoder) -> None:
    names = ["Newtown", "Mont", "Wales", "Llanidloes", "London", "Newtown", "Aberystwyth", "Newtown", "Newtown"]
    sents = [
        "Her aunt was born in Newtown, Mont. in 1850.",
        "Her aunt was born in Newtown, Mont. in 1850.",
        "The family moved to Wales.",
        "They farmed near Llanidloes.",
        "A cousin went to London.",
        "The couple married in Newtown in 1875.",
        "A son studied at Aberystwyth.",
        "A draper's shop in Newtown closed.",
        "Newtown market reopened on Tuesday.",
    ]
    out = geo.resolve(names, sentences=sents)
    newtowns = [p for n, p in zip(names, out, strict=True) if n == "Newtown"]
    assert all(p is not None and p.country == "GB" and p.precision == "town" for p in newtowns)


_WIDE = ["Iraq", "Iraq", "Iraq", "Baghdad", "Basra", "France", "Germany", "Spain", "Italy", "Australia", "Poland"]
_WIDE_SENTS = [
    "Troops left Iraq.",
    "Iraq voted.",
    "Iraq's oil flowed.",
    "Bombs hit Baghdad.",
    "Basra was calm.",
    "France, Germany, Spain, Italy, Australia and Poland sent envoys.",
] + ["France, Germany, Spain, Italy, Australia and Poland sent envoys."] * 5


def test_a_small_town_abroad_named_once_needs_to_be_written_as_a_place(geo: Geocoder) -> None:
    bare = _by_name(geo, [*_WIDE, "Sutherland"], [*_WIDE_SENTS, "The walker fell close to Glenmorrow, Sutherland."])
    assert bare["Sutherland"] is None
    written = _by_name(geo, [*_WIDE, "Sutherland"], [*_WIDE_SENTS, "The envoy later flew in from Sutherland."])
    assert written["Sutherland"] is not None and written["Sutherland"].country == "AU"


def test_a_possessive_names_its_place(geo: Geocoder) -> None:
    cands = geo.candidates("Alexandria's")
    assert cands and any(c.name == "Alexandria" for c in cands)
    out = _by_name(
        geo,
        ["Alexandria's", "Virginia", "Arlington County"],
        ["Alexandria's mayor spoke.", "Virginia voted.", "Arlington County agreed."],
    )
    p = out["Alexandria's"]
    assert p is not None and p.country == "US" and p.precision == "town"
