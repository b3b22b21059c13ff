"""A live page's entries run together on one line, and time openers glued after a caption (invented text)."""

from __future__ import annotations

from datetime import date

from storyline.annotate.timex import TimeTagger
from storyline.clean.glued import glued_sentences, live_stamp_breaks, split_live_stamps
from storyline.records import PublishedDate

LIVE = "\n".join(
    [
        "2310 The river authority says the north dam is holding.",
        "2255 Rescuers in Port Avel say they reached the old market. The mayor says dozens may have drowned"
        " 2050 Avelia's president, Jo Roe, tells reporters the army is on its way.",
        "2040 Red Cross teams arrive from the capital.",
        'Pictures of the flooded square 2032 "We have no water," a resident says.',
        "2015 The weather office says more rain will fall overnight, as it did in 2009.",
        "1950 Relief flights are expected in 2031 The airport remains closed.",
        "1930 Officials in the capital say the 2004 Avel floods were smaller.",
        "1905 Schools in the valley will stay shut on Monday.",
        "1850 The coastguard has sent two boats 2004 The rail line is cut near Lannet.",
        "1820 Farmers move their herds to higher ground.",
        "1745 The first reports of flooding reach the capital.",
        "1700 We are following events in Avelia.",
    ]
)


def test_mid_line_stamps_of_a_live_page_open_their_lines() -> None:
    out = split_live_stamps(LIVE, 2010)
    lines = out.split("\n")
    assert "The mayor says dozens may have drowned" in lines[1]
    assert lines[2].startswith("2050 Avelia's president")
    assert "Pictures of the flooded square" in lines
    assert lines[lines.index("Pictures of the flooded square") + 1].startswith('2032 "We have no water,"')
    # years inside entries stay where they are: after "in", after "the", and out of the page's order
    assert "as it did in 2009." in out
    assert "expected in 2031 The airport" in out
    assert "the 2004 Avel floods" in out
    assert "two boats 2004 The rail line" in out  # 2004 does not fall between 1850 and 1820


def test_a_page_with_few_stamps_or_years_for_stamps_is_no_live_page() -> None:
    few = "2310 The dam holds.\nThe mayor says dozens drowned 2050 The president says help comes."
    assert live_stamp_breaks(few, 2010) == []
    # a list of years (1986 is no clock) is no live page
    years = "\n".join(f"{y} Something happened that year." for y in (1971, 1986, 1999, 2003, 2007))
    assert live_stamp_breaks(years + "\nThe town grew 2005 The mill closed.", 2010) == []


def test_split_stamps_read_as_clock_times_on_the_pages_day() -> None:
    pub = PublishedDate(value="2010-03-04", precision="day")
    values = {(t.text, t.value) for t in TimeTagger().tag(split_live_stamps(LIVE, 2010), pub)}
    assert not any(v.startswith(("2050", "2032")) for _, v in values)
    assert any(text == "2050" and v.startswith(date(2010, 3, 4).isoformat()) for text, v in values)


def test_time_opener_after_a_caption_starts_a_sentence() -> None:
    line = "The firm's chief denies any wrongdoing On 8 March the board met to discuss the claims ."
    assert [line[c:].split()[0:3] for c in glued_sentences(line)] == [["On", "8", "March"]]
    line = "Two men were pulled out alive from the rubble On Friday rescuers said more were trapped ."
    assert [line[c:].split()[0:2] for c in glued_sentences(line)] == [["On", "Friday"]]
    line = "Police said the road stayed closed overnight Late Sunday the first lorries got through ."
    assert [line[c:].split()[0:2] for c in glued_sentences(line)] == [["Late", "Sunday"]]


def test_time_opener_stays_whole_in_names_and_after_function_words() -> None:
    for whole in (
        "The singer was Born On Friday the thirteenth and said so often .",
        "The vote was delayed from On Friday to the week after by the clerks .",
        "He said he would leave the city on Monday In March the family moved .",
    ):
        assert glued_sentences(whole) == [], whole


def test_a_live_page_of_colon_stamps_run_into_one_line() -> None:
    page = (
        "Live: the Avelia vote\n"
        "Jo Roe, political editor, Avel News 0946: Sam Lee in Lannet says turnout is high.\n"
        "Sam Lee, correspondent, Avel News 1020: Ana Ruiz says queues are long 1132: Tom Vale reports calm.\n"
        "Tom Vale, Avel News 1206: Results are due after 2030 The count starts at ten.\n"
        "1308: Polls close across the country."
    )
    out = split_live_stamps(page, 2011)
    lines = out.split("\n")
    for stamp in ("0946: Sam Lee", "1020: Ana Ruiz", "1132: Tom Vale", "1206: Results", "1308: Polls"):
        assert any(ln.startswith(stamp) for ln in lines), stamp
    assert "after 2030 The count" in out  # a year after "after", and out of order
    # the same entries with a timeline's years are no live page
    years = page.replace("0946", "1920").replace("1020", "1931").replace("1132", "1939").replace("1206", "1946")
    assert split_live_stamps(years.replace("1308", "1949"), 2011) == years.replace("1308", "1949")
