"""Session 29 round 2 attribution rules (invented text).  Who said a figure: a day read after "said" ("said
Friday that"), an auxiliary's participle ("Having said that"), a relative pronoun or a fronted "Today" are
never the speaker.  As of when: a figure after a cue of the level it is compared with ("up on", "up from",
"from their June low") is not dated by the main clause's time; a time just after "than" is what is compared
with, not the date of the figure after it; an explicit "now" in the figure's clause dates it to the report,
over a time of another clause or phrase -- unless the now is a saying's, a knowing's or an expectation's."""

from __future__ import annotations

from helpers import linked_as_of, span_mentions, split
from storyline.annotate.attribution import extract_attributions
from storyline.records import Attribution, PublishedDate

PUB = PublishedDate(value="2021-06-10", precision="day")


def _atts(text: str, spans: list[tuple[str, str]] | None = None) -> dict[int, Attribution]:
    sents = split(text)
    ments = span_mentions(text, sents, spans or [], overlapping=False)
    return {a.sentence: a for a in extract_attributions(text, sents, "a", ments, None)}


def _as_of(text: str, figure: str, times: dict[str, str], present: bool = False) -> str | None:
    return linked_as_of(text, figure, times, PUB, present)


# --------------------------------------------------------------------------- speakers


def test_a_day_after_said_is_not_the_speaker() -> None:
    t = "The agency's chief in the region, who took over last year, said Friday that the road would reopen."
    a = _atts(t)[0]
    assert a.speaker != "Friday"
    assert a.cue == "said"


def test_an_auxiliary_participle_opening_a_sentence_is_no_speaker() -> None:
    t = "Having said that, nobody at the port expects the cranes to be fixed before winter."
    a = _atts(t).get(0)
    assert a is None or a.speaker is None


def test_a_relative_pronoun_before_the_speaker_is_dropped() -> None:
    t = "The ferry was cancelled for the week, which port officials say will cost the island dearly."
    assert _atts(t)[0].speaker == "port officials"
    t = "The driver, who police say was not drunk, was taken to hospital."
    assert _atts(t)[0].speaker == "police"


def test_a_relative_clause_read_as_a_speaker_names_nobody() -> None:
    t = "Ortega, who also chairs the growers' union, said prices would fall by autumn."
    a = _atts(t)[0]
    assert not (a.speaker or "").startswith("who")


def test_an_agency_in_capitals_keeps_its_name() -> None:
    t = "WHO officials said the vaccine would be ready by the end of the year."
    assert _atts(t)[0].speaker == "WHO officials"


def test_a_fronted_today_is_not_part_of_the_speaker() -> None:
    t = "Today Marta Quiroga said the mine would stay shut."
    assert _atts(t, [("Marta Quiroga", "PERSON")])[0].speaker == "Marta Quiroga"
    t = "Yesterday county officials announced that the shelter would close."
    assert _atts(t)[0].speaker == "county officials"


# --------------------------------------------------------------------------- the level compared with


def test_a_figure_after_up_on_is_not_dated_by_the_main_clause() -> None:
    t = "The pumps moved 9,400 litres on Tuesday - slightly up on the 9,100 litres moved the day before."
    assert _as_of(t, "9,100 litres", {"Tuesday": "2021-06-08"}) is None
    assert _as_of(t, "9,400 litres", {"Tuesday": "2021-06-08"}) == "2021-06-08"


def test_a_figure_after_up_from_is_not_dated_by_the_main_clause() -> None:
    t = "Ticket sales reached 3,000 in May, up from 2,100."
    assert _as_of(t, "2,100", {"May": "2021-05"}) is None
    assert _as_of(t, "3,000", {"May": "2021-05"}) == "2021-05"


def test_a_rise_from_a_low_is_not_dated_by_the_low() -> None:
    t = "The shares closed up 4 percent, rebounding from Monday's record low."
    assert _as_of(t, "4 percent", {"Monday": "2021-06-07"}) is None
    t = "The shares have rebounded 30 percent from their March low at 120 pence, so the firm is worth $9bn."
    times = {"March": "2021-03"}
    assert _as_of(t, "30 percent", times) is None
    assert _as_of(t, "120 pence", times) == "2021-03"  # the low's own value
    assert _as_of(t, "$9bn", times) is None


def test_a_time_right_after_than_is_what_is_compared() -> None:
    t = "Quarterly sales were 12% higher than a year ago at $2.1bn."
    assert _as_of(t, "$2.1bn", {"a year ago": "2020-06"}) is None
    t = "Sales were higher than last year's $1.8bn."
    assert _as_of(t, "$1.8bn", {"last year": "2020"}) == "2020"


def test_two_figures_of_one_poll_set_side_by_side_share_its_date() -> None:
    t = "A poll taken in April found 41 percent trust the council, compared with 38 percent who trust the mayor."
    assert _as_of(t, "38 percent", {"April": "2021-04"}) == "2021-04"
    t = "In 2020, 22 percent said they trusted banks, compared with 45 percent twenty years before."
    assert _as_of(t, "45 percent", {"2020": "2020"}) is None


def test_a_threshold_passed_is_still_the_main_clause_figure() -> None:
    t = "On Monday the death toll topped 500."
    assert _as_of(t, "500", {"Monday": "2021-06-07"}) == "2021-06-07"


# --------------------------------------------------------------------------- an explicit now


def test_now_in_the_figure_clause_dates_it_to_the_report() -> None:
    t = "Organisers said 18,000 seats have now been sold ahead of Saturday's final."
    assert _as_of(t, "18,000 seats", {"Saturday": "2021-06-12", "now": "PRESENT_REF"}) == "2021-06-10"
    t = "At present, there are 900 volunteers on the island, and hundreds more will arrive next week."
    times = {"At present": "PRESENT_REF", "next week": "2021-W24"}
    assert _as_of(t, "900 volunteers", times) == "2021-06-10"


def test_now_of_a_saying_or_a_poll_is_its_time() -> None:
    t = "The utility told investors yesterday it had now spent $80m on repairs."
    assert _as_of(t, "$80m", {"yesterday": "2021-06-09", "now": "PRESENT_REF"}) == "2021-06-09"
    t = "A survey released Tuesday showed 47 percent now oppose the plan."
    assert _as_of(t, "47 percent", {"Tuesday": "2021-06-08", "now": "PRESENT_REF"}) == "2021-06-08"


def test_now_of_another_clause_or_figure_does_not_date_the_figure() -> None:
    t = "The storm on May 2 killed 14 people and flooded the valley that now faces a cholera outbreak."
    assert _as_of(t, "14 people", {"May 2": "2021-05-02", "now": "PRESENT_REF"}) == "2021-05-02"
    t = "By next year output will reach 9,000 tonnes, up 50 percent from 6,000 tonnes currently."
    times = {"next year": "2022", "currently": "PRESENT_REF"}
    assert _as_of(t, "50 percent", times) == "2022"


def test_now_before_a_verb_of_knowing_or_expecting_is_not_the_figure_date() -> None:
    t = "We now know that 300 homes were flooded, but the river was back in its banks by May 4."
    assert _as_of(t, "300 homes", {"May 4": "2021-05-04", "now": "PRESENT_REF"}) == "2021-05-04"
    t = "Analysts currently expect a dividend of 12 cents for the third quarter."
    assert _as_of(t, "12 cents", {"currently": "PRESENT_REF", "the third quarter": "2021-Q3"}) == "2021-Q3"
