"""A live page's time stamp opening an entry is cut from the sentence shown (storyline.story.boxes.live_stamp_end)."""

from __future__ import annotations

from storyline.annotate.timex import TimeTagger
from storyline.records import PublishedDate, Sentence, TimeExpression
from storyline.story.boxes import live_stamp_end

DAY = PublishedDate(value="2031-03-04", precision="day")

LIVE_PAGE = """\
1140 The river has burst its banks at Port Avel, the regional council says.
1115 Rescue boats from Lannet are on their way, according to the coastguard.
1050 - A second levee has given way north of the town.
0932 Residents are being told to move to higher ground.
0910 Heavy rain has fallen for six hours over the valley."""

YEARS_PAGE = """\
1989 was the year the first levee was built at Port Avel.
1995 The second levee followed after a wet winter.
2003 The council raised both levees by a metre.
2011 Flood defences were tested in a drill for the first time."""


def _sentences(text: str) -> list[Sentence]:
    out, at = [], 0
    for k, line in enumerate(text.split("\n")):
        out.append(Sentence(index=k, start=at, end=at + len(line), text=line))
        at += len(line) + 1
    return out


def _tagged(tagger: TimeTagger, text: str) -> tuple[list[Sentence], list[TimeExpression]]:
    sentences = _sentences(text)
    times = []
    for t in tagger.tag(text, DAY):
        k = next(s.index for s in sentences if s.start <= t.start <= s.end)
        times.append(t.model_copy(update={"sentence": k}))
    return sentences, times


def _shown(s: Sentence, times: list[TimeExpression]) -> str:
    return s.text[live_stamp_end(s, times) :]


def test_stamps_of_a_live_page_are_cut_and_the_dash_with_them(tagger: TimeTagger) -> None:
    sentences, times = _tagged(tagger, LIVE_PAGE)
    shown = [_shown(s, times) for s in sentences]
    assert shown[0] == "The river has burst its banks at Port Avel, the regional council says."
    assert shown[2] == "A second levee has given way north of the town."
    assert all(not text[:1].isdigit() for text in shown)


def test_years_opening_lines_are_no_stamps(tagger: TimeTagger) -> None:
    sentences, times = _tagged(tagger, YEARS_PAGE)
    assert [_shown(s, times) for s in sentences] == [s.text for s in sentences]


def test_only_a_stamp_at_the_start_of_the_sentence_is_cut() -> None:
    s = Sentence(index=3, start=100, end=150, text="Boats left Lannet at 2115 The coastguard says.")
    inside = TimeExpression(
        article="a", sentence=3, start=121, end=125, text="2115", type="TIME", value="2031-03-04T21:15",
        reason="live-page time stamp, on the page's publication day",
    )  # fmt: skip
    assert live_stamp_end(s, [inside]) == 0


def test_a_clock_the_page_does_not_read_as_a_stamp_stays() -> None:
    s = Sentence(index=0, start=0, end=40, text="2115 GMT is when the boats left Lannet.")
    clock = TimeExpression(
        article="a", sentence=0, start=0, end=8, text="2115 GMT", type="TIME", value="2031-03-04T21:15",
        reason="clock time on the publication day",
    )  # fmt: skip
    assert live_stamp_end(s, [clock]) == 0


def test_a_twelve_hour_blog_stamp_is_cut_with_its_colon() -> None:
    s = Sentence(index=2, start=50, end=110, text="8.24 pm: The firm says the well is sealed.")
    stamp = TimeExpression(
        article="a", sentence=2, start=50, end=57, text="8.24 pm", type="TIME", value="2031-03-04T20:24",
        reason="live-page time stamp, on the page's publication day",
    )  # fmt: skip
    assert s.text[live_stamp_end(s, [stamp]) :] == "The firm says the well is sealed."
