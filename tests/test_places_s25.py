"""Session 25 place rules, on invented text: a city named like its state is the state in a mention
written as the state (per mention, ``resolve(..., per_mention=True)``), and a name that calls a
feature by its generic word with a direction, a country or an institution ("the western Gulf", "US
Gulf", "Gulf Coast Claims Facility") is the feature the story names in full."""

from __future__ import annotations

import pytest

from storyline.annotate.places import Geocoder, _mention_says_state


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    g = Geocoder()
    g.warm_up()
    return g


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("New York", "The New York attorney general opened an inquiry into the fund on Monday."),
        ("New York", "Lena Marsh, a Democratic senator from New York, called for hearings."),
        ("New York", "New York Gov. Tom Reyes signed the bill late on Friday."),
        ("New York", "Farmers in upstate New York lost most of the harvest."),
        ("New York", "The New York state comptroller said the pension fund would sue."),
        ("New York", "New York's attorney general said the bank had misled savers."),
        ("Washington", "Rep. Anna Holt of Washington said the cap should go."),
        ("Washington", "A Washington state man died of the virus last week, officials said."),
        ("Campeche", "Fishermen in the Mexican state of Campeche remember the spill."),
        ("Basra", "The governor of Basra condemned the raid on the police station."),
    ],
)
def test_mention_written_as_a_state(name: str, sentence: str) -> None:
    assert _mention_says_state(name, sentence)


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        # the federal government sitting in the capital, not the state
        ("Washington", "Executives testified at a Senate hearing in Washington last week."),
        ("Washington", "Lawmakers in Washington are drafting a bill to lift the cap."),
        ("Washington", "The attorney general warned that Washington would not pay for the clean-up."),
        ("Washington", "She is the company's Washington representative."),
        # a city's own offices and places
        ("New York", "New York Mayor Ed Quill said the subway would run all night."),
        ("New York", "The tower in New York is taller than the plume is deep."),
        # "state" as a condition
        ("Baghdad", "Does the sorry state of Baghdad prove the critics right?"),
    ],
)
def test_mention_not_written_as_a_state(name: str, sentence: str) -> None:
    assert not _mention_says_state(name, sentence)


_NY_SENTENCES = [
    "Traders in New York sold the shares on Tuesday.",
    "The bank's offices in New York were closed.",
    "Crowds gathered in New York on Wednesday.",
    "The New York attorney general threatened to sue the insurer.",
]


def test_per_mention_reads_the_state_where_the_mention_says_so(geo: Geocoder) -> None:
    names = ["New York"] * len(_NY_SENTENCES)
    each = geo.resolve(names, sentences=_NY_SENTENCES, per_mention=True)
    assert [p.precision if p else None for p in each] == ["town", "town", "town", "region"]
    assert each[0] is not None and each[0].name == "New York City"
    assert each[3] is not None and each[3].name == "New York" and each[3].country == "US"


def test_without_per_mention_every_mention_keeps_the_story_reading(geo: Geocoder) -> None:
    names = ["New York"] * len(_NY_SENTENCES)
    places = geo.resolve(names, sentences=_NY_SENTENCES)
    assert {p.name if p else None for p in places} == {"New York City"}


def test_per_mention_capital_named_like_a_state(geo: Geocoder) -> None:
    names = ["Washington", "Washington", "Washington"]
    sents = [
        "The chief executive testified before Congress in Washington.",
        "Officials in Washington promised help for the coast.",
        "Sen. Mark Dunne of Washington asked about the fund.",
    ]
    each = geo.resolve(names, sentences=sents, per_mention=True)
    assert each[0] is not None and each[0].precision == "town" and each[0].admin1 == "DC"
    assert each[2] is not None and each[2].precision == "region" and each[2].admin1 == "WA"


def test_per_mention_leaves_a_country_alone(geo: Geocoder) -> None:
    # a country is never a city named like a state: "senator from Mexico" stays Mexico
    names = ["Mexico", "Mexico", "Mexico City"]
    sents = [
        "Exports from Mexico rose in March.",
        "A senator from Mexico urged calm.",
        "Clinics in Mexico City were full.",
    ]
    each = geo.resolve(names, sentences=sents, per_mention=True)
    assert each[1] is not None and each[1].precision == "country" and each[1].country == "MX"


_GULF_STORY = [
    "Gulf of Mexico",
    "Gulf of Mexico",
    "Gulf of Mexico",
    "Louisiana",
    "Florida",
    "United States",
    "Persian Gulf",
]


@pytest.mark.parametrize("name", ["US Gulf", "U.S. Gulf", "western Gulf", "Eastern Gulf"])
def test_a_part_of_the_named_gulf(geo: Geocoder, name: str) -> None:
    places = geo.resolve([*_GULF_STORY, name])
    assert places[-1] is not None and places[-1].name == "Gulf of Mexico"


def test_an_institution_named_after_the_gulf_is_near_the_named_gulf(geo: Geocoder) -> None:
    places = geo.resolve([*_GULF_STORY, "Gulf Coast Claims Facility"])
    near = places[-1]
    assert near is not None and near.precision == "vicinity" and near.near_name == "Gulf of Mexico"


def test_a_feature_known_by_its_own_name_keeps_it(geo: Geocoder) -> None:
    # "North Sea", "Indian Ocean": a compass word or an adjective that begins a feature's own name
    places = geo.resolve(["Caspian Sea", "Caspian Sea", "North Sea", "India", "Indian Ocean", "Bay of Bengal"])
    assert places[2] is not None and places[2].name == "North Sea"
    assert places[4] is not None and places[4].name == "Indian Ocean"
