"""Session 22 place rules, on invented text: evidence for a place near the focus in a wide story, a
town glued to its country ("Cancun Mexico"), a hamlet written with a far container of its own country."""

from __future__ import annotations

import pytest

from storyline.annotate.places import Geocoder, _local_head


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    g = Geocoder()
    g.warm_up()
    return g


_WIDE_NAMES = ["London", "London", "London", "France", "Germany", "Spain", "Italy", "Norway", "Poland"]
_WIDE_TEXT = (
    "Leaders from France, Germany, Spain, Italy, Norway and Poland met in London. "
    "Crowds gathered on Brackenfold Road. Orla Fennimore sang at the gala. "
    "Later the band moved on to Quillet Street, where fans waited. Tumbleweed Street star Bo Daley waved."
)


def _wide(geo: Geocoder, extra: list[str]) -> dict[str, object]:
    names = _WIDE_NAMES + extra
    out = geo.resolve(names, [_WIDE_TEXT], sentences=[_WIDE_TEXT] * len(names))
    return dict(zip(names, out, strict=True))


def test_wide_story_needs_evidence_near_focus(geo: Geocoder) -> None:
    got = _wide(geo, ["Brackenfold Road", "Orla Fennimore", "Quillet Street", "Tumbleweed Street"])
    road = got["Brackenfold Road"]
    assert road is not None and road.precision == "vicinity" and road.near_name == "London"  # type: ignore[attr-defined]
    street = got["Quillet Street"]  # written as a place ("on to Quillet Street")
    assert street is not None and street.precision == "vicinity"  # type: ignore[attr-defined]
    assert got["Orla Fennimore"] is None  # a person typed as a place: no evidence
    assert got["Tumbleweed Street"] is None  # a street used as a title, no locative cue


def test_local_story_keeps_unknown_names_near_focus(geo: Geocoder) -> None:
    text = "Flooding hit Lincoln on Monday. Residents of Marrowdene said the water rose fast."
    names = ["Lincoln", "Marrowdene"]
    out = geo.resolve(names, [text], sentences=[text, text])
    assert out[1] is not None and out[1].precision == "vicinity"


def test_local_head_words() -> None:
    assert _local_head("Brackenfold Road") and _local_head("Camp Tessaly") and _local_head("Radnorshire")
    assert not _local_head("Coronation Street") and not _local_head("Gorky Park")
    assert not _local_head("Orla Fennimore") and not _local_head("Breakfast Show")


def test_town_glued_to_its_country(geo: Geocoder) -> None:
    assert geo.split_qualifiers("Cancun Mexico") == ("Cancun", ["Mexico"])
    assert geo.split_qualifiers("Western United States") == ("Western United States", [])
    assert geo.split_qualifiers("Gulf States") == ("Gulf States", [])
    p = geo.resolve(["Cancun Mexico"], ["Tourists flew home from Cancun Mexico last week."])[0]
    assert p is not None and p.country == "MX" and p.precision == "town"


def test_hamlet_with_far_container_of_its_own_country(geo: Geocoder) -> None:
    s1 = "The family moved to London in 1890 and prospered there."
    s2 = "Her aunt Mary lived in Hanwell, London until she died."
    names = ["London", "Hanwell", "Manchester", "Leeds"]
    text = f"{s1} {s2} Cousins lived in Manchester and Leeds."
    out = geo.resolve(names, [text], sentences=[s1, s2, text, text])
    hanwell = out[1]
    assert hanwell is not None and hanwell.precision == "vicinity" and hanwell.near_name == "London"
