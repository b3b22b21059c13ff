"""Counts of time told as "later" / "earlier" and the date they count from (storyline.annotate.timex).

Every text here is invented.  What is tested:

* a count of years ("21 years later", "two decades later", "three years earlier") counts from a year or date written
  in its sentence or the two before; a day named further back is another episode: "later" is then left undated
  (never counted on from a date of this year into the future), "earlier" after a comparison ("down from $9 million
  a year earlier") compares with the publication's year, and "earlier" in a narrative keeps the last year named;
* a year set beside the count ("Twenty years earlier, in 1990, ...") is its value;
* a later time counted on from a date the text names that lands after the publication, in a sentence with no future
  cue, is left undated: the text tells of it as past, so the count overshot ("came to the city in 1985 ...  Nearly
  three decades later, he says"; "wrote on 23 June ...  Six days later" in a May report);
* a count in a sentence that looks ahead keeps its value ("will open in 2012 and close two years later").
"""

from __future__ import annotations

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, TimeExpression

JUNE = PublishedDate(value="2010-06-06", precision="day")  # a Sunday
NOV = PublishedDate(value="2010-11-02", precision="day")
MAY = PublishedDate(value="2010-05-25", precision="day")


def find(tagger: TimeTagger, text: str, anchor: PublishedDate, span: str) -> TimeExpression:
    for e in tagger.tag(text, anchor):
        if e.text == span:
            return e
    got = [(e.text, e.value) for e in tagger.tag(text, anchor)]
    raise AssertionError(f"{span!r} not tagged in {text!r}; got {got}")


def test_years_later_count_from_a_year_written_beside_them(tagger: TimeTagger) -> None:
    text = "The 1991 flood drowned the valley's farms.  Even 19 years later, few of them have reopened."
    assert find(tagger, text, JUNE, "19 years later").value == "2010"
    text = "The tanker ran aground in March 1987.  Two decades later, oil still lies under the shingle."
    e = find(tagger, text, JUNE, "Two decades later")
    assert (e.value, e.mod) == ("2007", "APPROX")


def test_years_later_after_a_far_off_day_are_not_counted_from_it(tagger: TimeTagger) -> None:
    # the day named a paragraph back is this week's news; the count is from an older spill whose year is not written
    text = (
        "Workers laid new booms on Saturday.  Many birds that die will sink unseen.  Turtles may take years to "
        "recover.  The last big spill in the bay killed thousands of seals, but even 21 years later, the colonies "
        "have not recovered."
    )
    e = find(tagger, text, JUNE, "21 years later")
    assert e.value is None
    assert e.reason == "counted from a time the text does not date"


def test_year_earlier_in_a_comparison_is_counted_from_the_publication(tagger: TimeTagger) -> None:
    # a forecast year named sentences before is not the year compared with
    text = (
        "The miner said it may restore its dividend in 2011.  Its shares rose 2 percent.  Analysts were cautious.  "
        "Copper prices rose 12 percent in the quarter, compared to a year earlier."
    )
    assert find(tagger, text, NOV, "a year earlier").value == "2009"
    text = "Brokers were gloomy.  Shipments to Europe have halved from a year earlier, the group said."
    assert find(tagger, text, NOV, "a year earlier").value == "2009"


def test_year_earlier_in_a_narrative_keeps_the_last_year_named(tagger: TimeTagger) -> None:
    text = (
        "The inspectors fined the yard in 2006 for a faulty crane.  The report said the crane had not been tested.  "
        "It called the lapse grave.  A year earlier, the same inspectors had warned of rusted cables."
    )
    assert find(tagger, text, MAY, "A year earlier").value == "2005"
    # "from" before a place, not a figure, is no comparison
    text = (
        "The sergeant was decorated in 2004.  His unit had lost four men.  He spoke of them often.  He had come "
        "home from Basra a year earlier."
    )
    assert find(tagger, text, MAY, "a year earlier").value == "2003"


def test_a_year_set_beside_the_count_is_its_value(tagger: TimeTagger) -> None:
    text = "The diver found tar on the reef.  It had lain there a long time.  Twenty years earlier, in 1990, a well blew out."
    e = find(tagger, text, JUNE, "Twenty years earlier")
    assert (e.value, e.mod) == ("1990", None)


def test_a_later_time_told_as_past_never_lands_after_the_publication(tagger: TimeTagger) -> None:
    text = (
        "The engineer came to the city in 1985 to run the port.  Nearly three decades later, he says the "
        "harbour is safer."
    )
    assert find(tagger, text, JUNE, "Nearly three decades later").value is None
    text = (
        "The inspector wrote in an e-mail on June 23 that the study was flawed.  Six days later, her boss sent it on."
    )
    assert find(tagger, text, MAY, "Six days later").value is None


def test_a_later_time_looked_ahead_to_keeps_its_value(tagger: TimeTagger) -> None:
    text = "The plant will open in 2012, and its second line will follow two years later."
    assert find(tagger, text, JUNE, "two years later").value == "2014"
    text = "The bridge was closed on 3 May 2010.  Two days later it reopened."
    assert find(tagger, text, MAY, "Two days later").value == "2010-05-05"
