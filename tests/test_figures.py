"""Figures: quantities, qualifiers, units, what they count, whom they describe (storyline.annotate.figures)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import split
from storyline.annotate.attribution import extract_attributions, link_figures
from storyline.annotate.figures import extract_figures, to_canonical
from storyline.annotate.numbers import order_range, parse_number
from storyline.records import Figure, Mention, PublishedDate, Sentence, TimeExpression

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "raqqa"


def figs(text: str, mentions: list[Mention] | None = None, times: list[TimeExpression] | None = None) -> list[Figure]:
    return extract_figures(text, split(text), "a", mentions or [], times or [])


def one(text: str) -> Figure:
    found = figs(text)
    assert len(found) == 1, (text, found)
    return found[0]


def mention(text: str, phrase: str, label: str, occurrence: int = 0) -> Mention:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][occurrence]
    sents = split(text)
    idx = next(s.index for s in sents if s.start <= start < s.end)
    return Mention(article="a", sentence=idx, start=start, end=start + len(phrase), text=phrase, label=label)


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("30,000", 30000),
        ("1.5 million", 1.5e6),
        ("3 million", 3e6),
        ("twelve", 12),
        ("two hundred", 200),
        ("two hundred and fifty thousand", 250000),
        ("twenty-five", 25),
        ("half a million", 5e5),
        ("a dozen", 12),
        ("one and a half million", 1.5e6),
        ("2.5 billion", 2.5e9),
        ("40k", 40000),
        ("nonsense", None),
    ],
)
def test_parse_number(written: str, value: float | None) -> None:
    assert parse_number(written) == value


def test_order_range() -> None:
    assert order_range("tens of thousands") == (10000, 99999)
    assert order_range("dozens") == (24, 99)
    assert order_range("several hundred") == (200, 900)
    assert order_range("lots") is None


# --------------------------------------------------------------------------- general cases


@pytest.mark.parametrize(
    ("text", "value", "value_max", "qualifier", "unit", "what"),
    [
        ("At least 230 people died in the earthquake.", 230, None, "at_least", "people", "killed"),
        ("Tens of thousands marched through the capital on Saturday.", 10000, 99999, "order", "people", "protesters"),
        ("The government pledged $2.5 billion in aid.", 2.5e9, None, "exact", "usd", "money"),
        ("Nearly 3 million people have been displaced by the fighting.", 3e6, None, "about", "people", "displaced"),
        ("Between 50 and 60 people were wounded.", 50, 60, "range", "people", "wounded"),
        ("Two hundred soldiers were deployed to the border.", 200, None, "exact", "people", "troops"),
        ("The camp now holds half a million refugees.", 5e5, None, "exact", "people", "refugees"),
        ("About 1.5 million children are out of school.", 1.5e6, None, "about", "people", "people"),
        ("10-20 civilians were killed in the raid.", 10, 20, "range", "people", "killed"),
        ("The death toll rose to 45 on Tuesday.", 45, None, "exact", "people", "killed"),
        ("The death toll rose from 20 to 35.", 35, None, "exact", "people", "killed"),
        ("The fire destroyed 40 homes.", 40, None, "exact", "homes", "buildings"),
        ("Turnout reached 7.5 percent.", 7.5, None, "exact", "percent", "percent"),
        ("The village is 15 kilometres from the border.", 15, None, "exact", "km", "distance"),
        ("The park covers an area of 1,200 square miles.", 1200, None, "exact", "mi2", "area"),
        ("More than 500 protesters were arrested.", 500, None, "more_than", "people", "arrested"),
        ("As many as 2,000 troops will be sent.", 2000, None, "up_to", "people", "troops"),
        ("Some 40,000 fighters joined the offensive.", 40000, None, "about", "people", "fighters"),
        ("Fewer than 100 people attended.", 100, None, "fewer_than", "people", "people"),
        ("Dozens of people were injured in the blast.", 24, 99, "order", "people", "wounded"),
        ("Hundreds of homes were flooded.", 100, 999, "order", "homes", "buildings"),
        ("The club paid €300m for the player.", 3e8, None, "exact", "eur", "money"),
        ("A crowd of 5,000-plus gathered.", 5000, None, "more_than", "people", "protesters"),
        ("Police detained 15 people overnight.", 15, None, "exact", "people", "arrested"),
        ("The coalition carried out 28 airstrikes near the town.", 28, None, "exact", "airstrikes", "strikes"),
        ("The floods left 2 to 3 million homeless.", 2e6, 3e6, "range", "people", "displaced"),
        ("Over 10,000 civilians were rescued.", 10000, None, "more_than", "people", "rescued"),
        ("Rescuers are still searching for 17 missing miners.", 17, None, "exact", "people", "missing"),
        ("Officials said 2,000 or more were evacuated.", 2000, None, "at_least", "people", "evacuated"),
        ("The quake killed an estimated 1,500 people.", 1500, None, "about", "people", "killed"),
        ("The army has a 5,000-strong garrison there.", 5000, None, "exact", "people", "troops"),
    ],
)
def test_general_figures(
    text: str, value: float, value_max: float | None, qualifier: str, unit: str, what: str
) -> None:
    f = one(text)
    assert (f.value, f.value_max, f.qualifier, f.unit, f.what) == (value, value_max, qualifier, unit, what), f
    assert text[f.start : f.end] == f.text


def test_two_figures_in_one_sentence_get_their_own_event() -> None:
    found = figs("The storm killed twelve people and injured two hundred.")
    assert [(f.value, f.what) for f in found] == [(12, "killed"), (200, "wounded")]


def test_converted_duplicate_in_brackets_is_dropped_and_canonical_units() -> None:
    found = figs("The force has seized 700 square kilometers (270 square miles) of terrain.")
    assert [(f.value, f.unit, f.what) for f in found] == [(700, "km2", "area")]
    assert to_canonical(270, "mi2")[1] == "km2"
    assert abs(to_canonical(270, "mi2")[0] - 699.3) < 0.1
    km, unit = to_canonical(90, "mi")
    assert unit == "km" and km == pytest.approx(144.84, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "In 2016, the group lost ground.",
        "The attack happened at 7:53 AM on 6 November 2016.",
        "A 45-year-old man was arrested.",
        "The suspect, aged 45, was detained.",
        "John Smith, 45, was arrested.",
        "Fighters attacked Division 17 and UN Resolution 2254 was cited.",
        "Flight 370 vanished.",
        "Operation to Liberate Raqqa From Daesh (61)",
        "Call +1 202 555 0100 for details.",
        "The Kurds are one of the key forces that oppose ISIS.",
        "Rebels launched the fourth stage of their operation, the first since May.",
        "The ceasefire lasted three days.",
        "The 1990s were calmer.",
        "F-16 jets flew over and COVID-19 spread.",
        "Share this news 03.11.2016",
        "No one was hurt.",
        "The talks were held on December 10, 2016 in Geneva.",
        "Updated 7:53 AM ET, Sun November 6, 2016",
        "See page 12 for details.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figs(text) == []


def test_numbers_inside_time_expressions_are_not_figures() -> None:
    text = "Two weeks later 300 people had fled."
    t = TimeExpression(article="a", sentence=0, start=0, end=15, text="Two weeks later", type="DURATION", value="P2W")
    found = figs(text, times=[t])
    assert [(f.value, f.what) for f in found] == [(300, "displaced")]


def test_about_actor_in_noun_phrase_and_distance_place() -> None:
    assert one("The town is home to 4,000 ISIS fighters.").about == "ISIS"
    f = one("Rakka is a city in Northern Syria, 160 km from Aleppo.")
    assert (f.value, f.unit, f.what, f.about) == (160, "km", "distance", "Aleppo")


def test_about_uses_mentions_and_skips_speakers() -> None:
    text = "The Syrian Democratic Forces is an alliance of more than 40,000 Syrian Kurdish and Arab rebel groups."
    ms = [mention(text, "The Syrian Democratic Forces", "ORG"), mention(text, "Syrian", "NORP", 1)]
    f = figs(text, ms)[0]
    assert (f.value, f.qualifier, f.what, f.about) == (40000, "more_than", "fighters", "Syrian Democratic Forces")
    text2 = "Reuters estimates that up to 4,000 jihadists remain in Raqqa."
    f2 = figs(text2, [mention(text2, "Reuters", "ORG"), mention(text2, "Raqqa", "GPE")])[0]
    assert (f2.value, f2.qualifier, f2.what, f2.about) == (4000, "up_to", "fighters", None)


# --------------------------------------------------------------------------- seeds acceptance


def _seed(prefix: str) -> str:
    path = next(EXAMPLES.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _table(
    text: str, mentions: list[Mention] | None = None
) -> list[tuple[float, str, str | None, str | None, str | None]]:
    sents = split(text)
    found = extract_figures(text, sents, "a", mentions or [], [])
    atts = extract_attributions(text, sents, "a", mentions or [], None)
    linked = link_figures(found, atts, [], PublishedDate(value="2017-06-09", precision="day"))
    return [(f.value, f.qualifier, f.what, f.about, f.said_by) for f in linked]


@pytest.mark.skipif(not EXAMPLES.exists(), reason="examples/raqqa not present")
def test_seed_004_figures() -> None:
    table = _table(_seed("004"))
    assert (40000, "more_than", "fighters", "Syrian Democratic Forces", None) in table
    assert (200000, "exact", "trapped", None, "Syrian Observatory for Human Rights") in table
    assert (12, "exact", "killed", None, "SANA") in table
    assert (21, "exact", "killed", None, "Syrian Observatory for Human Rights") in table
    assert (30000, "exact", "fighters", "SDF", "a Kurdish spokeswoman") in table
    assert (700, "exact", "area", None, "a Kurdish spokeswoman") in table
    assert (4000, "up_to", "fighters", None, "Reuters") in table
    assert (10000, "order", "displaced", None, None) in table
    values = [row[0] for row in table]
    assert 270 not in values  # the bracketed conversion of 700 km2
    assert 17 not in values  # "Division 17"
    assert len(values) == 8


@pytest.mark.skipif(not EXAMPLES.exists(), reason="examples/raqqa not present")
def test_seed_004_with_hand_made_mentions() -> None:
    text = _seed("004")
    ms = [
        mention(text, "The Syrian Democratic Forces", "ORG"),
        mention(text, "SDF", "ORG", 1),
        mention(text, "Kurdish", "NORP", 2),
        mention(text, "Reuters", "ORG"),
        mention(text, "Raqqa", "GPE", -1),
    ]
    table = _table(text, ms)
    assert (40000, "more_than", "fighters", "Syrian Democratic Forces", None) in table
    assert (30000, "exact", "fighters", "SDF", "a Kurdish spokeswoman") in table
    assert (4000, "up_to", "fighters", None, "Reuters") in table


@pytest.mark.skipif(not EXAMPLES.exists(), reason="examples/raqqa not present")
def test_seed_debris_is_never_a_figure() -> None:
    raw = _seed("002")
    assert 61 not in [row[0] for row in _table(raw)]
    # the cleaned text (related headlines removed upstream) gives only the 90-mile distance
    cleaned = raw[: raw.index("Operation to Liberate Raqqa From Daesh (61)", raw.index("(61)") + 4)]
    table = _table(cleaned)
    assert [row[:3] for row in table] == [(90, "about", "distance")]
    assert _table(_seed("001")) == [(160, "exact", "distance", "Aleppo", None)]
    assert _table(_seed("000")) == []
    assert _table(_seed("003")) == []


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.shared
@pytest.mark.slow
def test_real_articles_do_not_break_and_spans_are_exact() -> None:
    t17 = SHARED / "data" / "t17"
    if not t17.exists():
        pytest.skip("../shared/data/t17 not present")
    files = sorted(t17.glob("*/InputDocs/*/*.txt"))[::40][:60]
    n = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        sents, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                sents.append(Sentence(index=len(sents), start=pos, end=pos + len(line), text=line))
            pos += len(line) + 1
        found = extract_figures(text, sents, path.name, [], [])
        atts_ = extract_attributions(text, sents, path.name, [], None)
        linked = link_figures(found, atts_, [], PublishedDate(value="2010-01-01", precision="day"))
        for f in linked:
            assert text[f.start : f.end].strip() == f.text
            assert f.value >= 0 and (f.value_max is None or f.value_max > f.value)
            assert f.as_of in (None, "2010-01-01")
            n += 1
    assert n > 50


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 60 trawlers fished the bay for three hours.", "trawlers"),
        ("Some 300 generators powered the streets.", "generators"),
        ("About 30 armoured vehicles entered the town.", "vehicles"),
    ],
)
def test_counted_noun_ends_before_its_verb(text: str, unit: str) -> None:
    """A lowercase plural noun closes the counted phrase: the verb after it is not the unit."""
    assert one(text).unit == unit


def test_m_before_a_counted_plural_is_million() -> None:
    for text, value in (
        ("An estimated 1.5 m Haitians are homeless after the quake.", 1_500_000),
        ("An estimated 1.5m Haitians are homeless after the quake.", 1_500_000),
        ("The well leaked 4.9 m barrels of oil before it was capped.", 4_900_000),
    ):
        f = one(text)
        assert f.value == value, (text, f)
    # a length stays a length
    for text in (
        "The wall was 5 m high before the flood.",
        "Snow lay 2m deep on the pass.",
        "The rig sank in 1,500m of water.",
    ):
        assert all(f.value < 10_000 for f in figs(text)), text


# --------------------------------------------------------------------------- what is counted: the head, not a word nearby


@pytest.mark.parametrize(
    ("text", "unit", "what"),
    [
        # staff, crews and employees are people; an event word after the phrase says what happened to them
        ("Four embassy staff were killed in the blast.", "people", "killed"),
        ("About 30 aid workers died in the ambush.", "people", "killed"),
        ("Some 25 marines drowned when the landing craft capsized.", "people", "killed"),
        # across a conjoined or "of" phrase
        ("Dozens of nurses and doctors are missing after the landslide.", "people", "missing"),
        ("Three members of the crew were injured.", "people", "wounded"),
        ("Dozens of UN observers and engineers are unaccounted for.", "people", "missing"),
        # a modal between the phrase and its event
        ("As many as 5,000 villagers may have been displaced by the floods.", "people", "displaced"),
        # "deaths of", "evacuation of" before the number
        ("The blast caused the deaths of 9 miners.", "people", "killed"),
        ("Officials ordered the evacuation of some 4,000 tenants.", "people", "evacuated"),
        # a hyphened word after the number is what it counts
        ("The 9-member committee met on Monday.", "people", "people"),
        ("A 12-storey tower collapsed.", "storey", None),
        ("Sailors reported 35-knot gusts near the cape.", "knot", None),
        # a participle before a plural noun belongs to the phrase
        ("The firm owns 12 offshore drilling platforms.", "platforms", None),
        # "m" before a people word or a volume word is million
        ("The agency says up to 2m affected by the drought.", "people", "people"),
        # an order word followed by "of" and a unit
        ("The storm caused billions of dollars in damage.", "usd", "money"),
        ("The scandal cost the council millions of pounds of public money.", "gbp", "money"),
        ("Crews removed thousands of pounds of rubble.", "lb", "weight"),
        ("Thousands of square miles of forest burned.", "mi2", "area"),
    ],
)
def test_what_is_the_counted_head(text: str, unit: str | None, what: str | None) -> None:
    f = one(text)
    assert (f.unit, f.what) == (unit, what), f


def test_an_event_adjective_before_another_noun_counts_that_noun() -> None:
    found = figs("Of the 120 dead seals found on the beach, 15 were tagged.")
    assert [(f.value, f.unit, f.what) for f in found] == [(120, "seals", None)]
    assert one("There were 11 dead miners.").what == "killed"


def test_a_toll_word_before_does_not_override_a_counted_noun_or_a_second_item() -> None:
    found = figs("The outbreak has caused 52 deaths and 9,400 infections.")
    assert [(f.value, f.unit, f.what) for f in found] == [(52, "people", "killed"), (9400, "people", "infected")]
    found = figs("Aid groups say 3,000 are dead and up to 2m affected.")
    assert [(f.value, f.what) for f in found] == [(3000, "killed"), (2e6, "people")]
    assert one("The death toll rose to 45 on Tuesday.").what == "killed"
    assert one("The dead numbered 11.").what == "killed"


def test_money_and_casualties_in_one_sentence_stay_apart() -> None:
    found = figs("The flood caused the deaths of 14 farmers and billions of pounds of damage.")
    assert [(f.value, f.unit, f.what) for f in found] == [(14, "people", "killed"), (1e9, "gbp", "money")]


def test_a_volume_word_before_a_noun_is_the_unit() -> None:
    f = one("The tanker spilled less than the 9m gallon Corvina spill.")
    assert (f.value, f.unit, f.what) == (9e6, "gal", "volume")
    f = one("A 3,000 barrel-a-day leak was found.")
    assert (f.unit, f.what, f.text) == ("bbl/d", "flow", "3,000 barrel-a-day")


def test_an_action_with_its_own_number_is_not_the_event_of_the_phrase_before() -> None:
    found = figs("About 5,000 troops and rebels killed 30 herders.")
    assert [(f.value, f.what) for f in found] == [(5000, "troops"), (30, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The reactor at Two Rivers Station shut down.",  # a capitalised number word inside a name
        "She hosts a show on Metro 4 Extra live from Leeds.",  # a number before a capitalised name word
        "The NIKKEI 225 index fell.",  # an index name
        "It is our number 1 goal.",
        "The leak is 20 times larger than first thought.",  # a multiplier
        "The summit runs from July 14-16 in Oslo.",  # a date range
    ],
)
def test_names_multipliers_and_date_ranges_are_not_figures(text: str) -> None:
    assert figs(text) == []


def test_names_do_not_swallow_counted_nouns() -> None:
    assert one("It sank 5 British trawlers.").unit == "trawlers"
    assert one("The airline bought 30 Airbus jets.").what == "aircraft"


def test_an_event_word_right_after_an_unlisted_noun_still_counts() -> None:
    assert one("The remains of six foreign nationals killed in the crash were flown home.").what == "killed"


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Three officers from the Northern Rifles were killed in an ambush.", "killed"),
        ("Some 300 workers in the tax office were evacuated.", "evacuated"),
        ("The 40 fighters in the town said they would stay.", "fighters"),
    ],
)
def test_event_after_a_prepositional_phrase(text: str, what: str) -> None:
    assert one(text).what == what


def test_person_adjectives_and_glued_headlines_keep_their_event() -> None:
    assert one("The charity shelters 3,000 homeless veterans.").what == "displaced"  # "homeless" is said of persons
    # a headline glued to the next sentence: a capitalised number word before an acronym is still a figure
    assert one("More on our website Forty UN employees died in the storm.").what == "killed"
    # a possessive after the number starts another phrase: the toll before it still counts
    assert one("Flu deaths hit 17 Peru's health minister said.").what == "killed"


# --------------------------------------------------------------------------- measures, heads and "-strong" groups


@pytest.mark.parametrize(
    ("text", "unit", "what", "about"),
    [
        ("The pipe leaked 7,000 barrels a day into the bay.", "bbl/d", "flow", None),  # no oil said: unknown
        ("Engineers said 20,000 to 45,000 barrels of oil per day escaped.", "bbl/d", "flow", "oil"),
        ("The refinery lost 3.2 million barrels of crude oil.", "bbl", "volume", "oil"),
        ("Crews sprayed 80,000 gallons of chemical dispersant on the slick.", "gal", "volume", "dispersant"),
        ("The plant burns 40 million cubic feet of gas daily.", "ft3/d", "flow", "gas"),
        ("The field produces 12,000 bpd of light crude.", "bbl/d", "flow", "crude"),
        ("Snow lay 14 inches deep in the valley.", "inch", "distance", None),
    ],
)
def test_volumes_and_flows_get_a_what(text: str, unit: str, what: str, about: str | None) -> None:
    f = one(text)
    assert (f.unit, f.what, f.about) == (unit, what, about), f


def test_a_flow_converts_to_litres_per_period_and_a_bracketed_conversion_is_dropped() -> None:
    value, unit = to_canonical(1, "bbl/d")
    assert unit == "l/d" and value == pytest.approx(158.987, rel=1e-4)
    found = figs("The tanker spilled 2 million gallons (7.6 million litres) of fuel.")
    assert [(f.value, f.unit) for f in found] == [(2e6, "gal")]


@pytest.mark.parametrize(
    ("text", "what", "unit"),
    [
        ("More than 80 House Democrats signed the letter.", "people", "people"),  # a capitalised modifier is a name
        ("The 12 House committees opened inquiries.", None, "committees"),
        ("The court heard five wrongful death suits last week.", None, None),  # dropped: suits are no deaths
        ("Police found 12 stolen police cars in the yard.", "vehicles", "cars"),
        ("About 900 militia members joined the march.", "fighters", "people"),
        ("The governor sent 2,500 National Guard members to the coast.", "troops", "people"),
        ("The state deployed 700 guardsmen along the beaches.", "troops", "people"),
        ("About 250 guests were quarantined in the hotel.", "people", "people"),
        ("Health officials reported 310 confirmed cases of the virus.", "infected", "people"),
        ("The clinic ordered 40,000 doses of vaccine.", "doses", "doses"),
    ],
)
def test_the_head_decides_what_is_counted(text: str, what: str | None, unit: str | None) -> None:
    found = figs(text, [mention(text, "Democrats", "NORP")] if "Democrats" in text else [])
    if unit is None:
        assert found == [], found
        return
    assert len(found) == 1, found
    assert (found[0].what, found[0].unit) == (what, unit), found[0]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Stock index: -31.44 Traders sold banks on Monday.", []),  # a fraction before a capital: a caption's move
        ("The carrier flew its Airbus 350 jets to Paris.", []),  # "Airbus 350" is a model, not 350 jets
        ("Ministers of the Group of Eight met in Rome.", []),  # a number closing a name
        ("The two candidates met on stage.", []),  # a reference to persons, not a count
        ("Two candidates met on stage.", [2]),
        ("The rig sank 45 miles off the coast.", [45]),  # a unit after the number: no model name
    ],
)
def test_names_models_captions_and_references_are_no_counts(text: str, values: list[float]) -> None:
    assert [f.value for f in figs(text)] == values


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The 4,000-strong garrison held the port.", "troops"),
        ("A 60-strong rescue team flew in on Friday.", "people"),
        ("The 120-strong choir sang at the memorial.", "people"),
        ("A 2,000-strong rebel force attacked the town.", "fighters"),
        ("The 8,000-strong Valley Brigades force took the bridge.", "fighters"),  # owned by no state
        ("The 300-strong Danish contingent left the base.", "troops"),
        ("The 500-strong UN police force patrols the city.", "troops"),
    ],
)
def test_strong_groups(text: str, what: str) -> None:
    ms = [mention(text, "Valley Brigades", "ORG")] if "Valley Brigades" in text else []
    f = figs(text, ms)[0]
    assert (f.unit, f.what) == ("people", what), f
