"""Which week a bare weekday is in, and live-blog entry stamps (storyline.annotate.timex).

Every text here is invented.  What is tested:

* a modal verb in the weekday's own clause looks ahead ("could reach the coast by Friday", "strong winds on
  Sunday may push"), but more weakly than "will": the nearer of the two occurrences wins, so a modal beside
  yesterday's weekday keeps it in the past ("how it can help after Tuesday's flood" on a Wednesday);
* a modal perfect ("may have started") looks back; a modal in another clause or a subordinate clause far
  right, "couldn't", and capitalised "May" / "Can" (a month, a name) say nothing;
* a future weekday six days ahead is the day before publication, unless "next week" is written (a report
  written one day and dated the next); "plan" is a future cue as a verb ("plans to vote"), not as a noun;
* a cue after "but" belongs to another clause ("removed the cap at 1737 GMT on Saturday but it will be days");
* a participle after "be" and an adverb is no past verb ("is expected to be permanently closed by Sunday");
* the same modal rule chooses the year of a month named without one ("could be held by the end of
  November" in October);
* the "8.24 pm:" entry stamps of a live blog (eight or more lines opening so) are on the page's day.
"""

from __future__ import annotations

import pytest

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate

THU = PublishedDate(value="2012-03-08", precision="day")  # a Thursday
WED = PublishedDate(value="2012-03-07", precision="day")


def value(tagger: TimeTagger, text: str, span: str, anchor: PublishedDate = THU) -> str | None:
    found = {e.text: e for e in tagger.tag(text, anchor)}
    assert span in found, sorted(found)
    return found[span].value


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a modal in the weekday's clause looks ahead
        ("Forecasters warned the slick could reach the harbour on Friday.", "Friday", "2012-03-09"),
        ("The pump could be ready to start on Saturday or Sunday.", "Saturday", "2012-03-10"),
        ("The pump could be ready to start on Saturday or Sunday.", "Sunday", "2012-03-11"),
        ("Gale force winds on Saturday may push the debris towards the beach.", "Saturday", "2012-03-10"),
        ("Shops are likely to reopen on Saturday.", "Saturday", "2012-03-10"),
        ("The ferry should be back in service by Sunday.", "Sunday", "2012-03-11"),
        # a modal that does not govern the weekday
        ("The mayor said on Monday that the bridge could take months to repair.", "Monday", "2012-03-05"),
        ("Inspectors said the leak may have started on Monday.", "Monday", "2012-03-05"),
        ("On Monday shares slid amid talk that the firm may need more cash.", "Monday", "2012-03-05"),
        (
            "The test was put off on Tuesday, after fears it could fail, and on Monday by a fault.",
            "Monday",
            "2012-03-05",
        ),
        ("Why couldn't the council warn people before Monday?", "Monday", "2012-03-05"),
        ("It said it will be at least Monday before divers can reach the wreck.", "Monday", "2012-03-12"),
        # a modal only makes the nearer of the two days win: yesterday's weekday, or one four days on
        ("The region asks how it can recover after Tuesday's flood.", "Tuesday", "2012-03-06"),
        ("Monday night may seem long ago to the crews.", "Monday night", "2012-03-05TNI"),
        # "but" starts another clause; an adverb between "be" and a participle
        (
            "Divers lifted the old valve at 1120 GMT on Tuesday but it will be weeks before a new one fits.",
            "1120 GMT on Tuesday",
            "2012-03-06T11:20",
        ),
        ("The tunnel is expected to be fully reopened by Sunday.", "Sunday", "2012-03-11"),
        ("Details of the fines will be formally announced Monday, officials said.", "Monday", "2012-03-12"),
    ],
)
def test_weekday_week(tagger: TimeTagger, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, span) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future weekday six days on is the day before publication: the report was written that day
        ("The minister will speak to the nation on Wednesday night.", "2012-03-07TNI"),
        ("The council is due to publish its review on Wednesday.", "2012-03-07"),
        # ... unless next week is named
        ("The minister will speak on Wednesday next week.", "2012-03-14"),
        # "plan" as a noun is no future cue; as a verb it is
        ("The agency unveiled a rescue plan Wednesday.", "2012-03-07"),
        ("The agency plans to vote on Saturday.", "2012-03-10"),
    ],
)
def test_future_weekday_day_before(tagger: TimeTagger, text: str, expected: str) -> None:
    found = [e for e in tagger.tag(text, THU) if e.text.startswith(("Wednesday", "Saturday"))]
    assert found and found[0].value == expected


def test_modal_weekday_yesterday_stays_past(tagger: TimeTagger) -> None:
    # on a Wednesday, "later on Tuesday" with a modal is yesterday, not six days ahead
    text = "Doctors hoped that the patient could go home later on Tuesday."
    assert value(tagger, text, "Tuesday", WED) == "2012-03-06"


@pytest.mark.parametrize(
    ("pub", "text", "span", "expected"),
    [
        (
            "2012-10-15",
            "Ministers said the summit could be held by the end of November.",
            "the end of November",
            "2012-11",
        ),
        ("2012-06-12", "The firm said it should have the new plant running in September.", "September", "2012-09"),
        # capitalised "Can" is a name: no modal
        ("2012-04-16", "The band Tin Can Heroes played a session in February.", "February", "2012-02"),
    ],
)
def test_modal_month_year(tagger: TimeTagger, pub: str, text: str, span: str, expected: str) -> None:
    assert value(tagger, text, span, PublishedDate(value=pub, precision="day")) == expected


def _blog(n: int) -> str:
    lines = ["Harbour inquiry - live", "The inquiry into the ferry sinking opens today."]
    for k in range(n):
        lines.append(f"{9 - k // 2}.{50 - 10 * (k % 2):02d} pm: The panel hears witness number {n - k}.")
    return "\n\n".join(lines)


def test_live_blog_stamps_on_page_day(tagger: TimeTagger) -> None:
    text = _blog(8)
    stamps = [e for e in tagger.tag(text, THU) if e.text.endswith("pm")]
    assert len(stamps) == 8
    assert stamps[0].text == "9.50 pm" and stamps[0].value == "2012-03-08T21:50"
    assert all(e.value is not None and e.value.startswith("2012-03-08T") for e in stamps)


def test_few_line_stamps_are_no_live_blog(tagger: TimeTagger) -> None:
    # a diary with a handful of times: the publication day is no evidence
    text = "\n\n".join(f"{h}.00 pm: I waited for the bus again." for h in (1, 2, 3))
    assert all(e.value is None for e in tagger.tag(text, THU))
