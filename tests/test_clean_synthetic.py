"""General cleaning rules on synthetic articles (no seed text): the rules are not tuned to the seeds."""

from __future__ import annotations

import pytest

from storyline.clean.article import clean_document
from storyline.clean.boilerplate import clean_text, is_stamp, is_tag_line
from storyline.clean.dateline import dateline_outlet
from storyline.clean.metadata import outlet_from_url, parse_byline, parse_credit
from storyline.clean.pubdate import find_dates, parse_meta_date
from storyline.errors import Code, InputError
from storyline.options import Options
from storyline.records import RawDocument

OPT = Options()


def raw(text: str, **meta: str) -> RawDocument:
    return RawDocument(id="t", file="t.txt", format="txt", text=text, meta=meta)


REUTERS = """Ukraine grain deal talks resume in Istanbul
By Jane Smith and Ali Hassan, Reuters
Published: Tuesday 12 March 2019 10:15 GMT
MOSCOW (Reuters) - Russian and Ukrainian officials met on Tuesday to discuss grain exports, the Interfax news agency reported, citing a diplomatic source.
Advertisement
The talks follow weeks of delays. Officials declined to comment.
Read more
Grain prices hit record as talks stall
Why the Black Sea corridor matters
Follow us on Twitter
Prices fell sharply.
Ukraine, Russia, Turkey, Grain, Black Sea
Reporting by Tom Balmforth; Editing by Mark Heinrich
"""


def test_reuters_style_article() -> None:
    a = clean_document(raw(REUTERS), OPT)
    assert a.title == "Ukraine grain deal talks resume in Istanbul"
    assert a.outlet == "Reuters"
    assert a.outlet_evidence is not None and "(Reuters)" in a.outlet_evidence
    assert a.author == "Jane Smith and Ali Hassan"
    assert a.contributors == ["Tom Balmforth"]
    assert a.published.value == "2019-03-12"
    assert a.published.method is not None and a.published.method.startswith("labelled-line")
    for debris in (
        "Advertisement",
        "Read more",
        "Follow us on Twitter",
        "Grain prices hit record as talks stall",
        "Why the Black Sea corridor matters",
        "Ukraine, Russia, Turkey, Grain, Black Sea",
    ):
        assert debris in a.removed and debris not in a.text
    assert "Prices fell sharply." in a.text  # a short real sentence stays
    assert "the Interfax news agency reported" in a.text


def test_cited_outlets_are_not_the_publisher() -> None:
    text = (
        "Officials said on Monday that talks would resume, CNN reported, citing two sources.\n\n"
        "The ministry told Interfax it had no comment. Fox News reported a different figure, "
        "according to Reuters.\n\nThe talks are expected to last a week."
    )
    a = clean_document(raw(text), OPT)
    assert a.outlet is None
    assert any("cites" in w for w in a.warnings)


@pytest.mark.parametrize(
    ("para", "outlet"),
    [
        ("LONDON, March 3 (Reuters) - Shares fell on Friday after the bank warned on profits.", "Reuters"),
        ("MOSCOW -LRB- Reuters -RRB- - Russia said on Monday it would cut output.", "Reuters"),
        ("BEIRUT (AP) — Syrian forces advanced on the town overnight, activists said.", "Associated Press"),
        ("(CNN)The president said on Sunday he would veto the bill.", "CNN"),
        ("PARIS (AFP) - France said on Friday it would send more troops.", "AFP"),
    ],
)
def test_datelines(para: str, outlet: str) -> None:
    found = dateline_outlet(para)
    assert found is not None and found[0] == outlet


@pytest.mark.parametrize(
    "para",
    [
        "Officials told CNN on Sunday the plan was ready.",
        "CNN reported the attack (citing Reuters) late on Friday.",
        "The figure (Reuters) could not be verified.",
    ],
)
def test_no_dateline_in_prose(para: str) -> None:
    assert dateline_outlet(para) is None


def test_byline_and_credit_parsing() -> None:
    b = parse_byline("By Maria Lopez and Kenji Watanabe, The Washington Post")
    assert b is not None and b.authors == ["Maria Lopez", "Kenji Watanabe"] and b.outlet == "The Washington Post"
    c = parse_credit("The Guardian's Ruth Green contributed to this report.")
    assert c is not None and c.contributors == ["Ruth Green"] and c.outlet == "The Guardian"
    assert parse_credit("The army said the report was accurate.") is None


def test_url_outlet() -> None:
    assert outlet_from_url("https://edition.cnn.com/2016/11/06/middleeast/raqqa/index.html") == (
        "CNN",
        "edition.cnn.com",
    )
    assert outlet_from_url("https://www.bbc.co.uk/news/world-123") == ("BBC", "bbc.co.uk")
    assert outlet_from_url("https://example.org/x") is None


@pytest.mark.parametrize(
    ("s", "value", "ambiguous"),
    [
        ("Posted 15/04/2019", "2019-04-15", False),
        ("Posted 04/15/2019", "2019-04-15", False),
        ("12.03.2019", "2019-03-12", False),
        ("03/04/2019", "2019-04-03", True),
        ("Tuesday , September 16 , 2008 ; 4:30 PM", "2008-09-16", False),
        ("LONDON | Thu Apr 29 , 2010 11:29 am EDT", "2010-04-29", False),
        ("Last updated : 14 January , 2010 - 17:26 GMT", "2010-01-14", False),
        ("2021-02-28T10:00:00Z", "2021-02-28", False),
    ],
)
def test_date_formats(s: str, value: str, ambiguous: bool) -> None:
    found = find_dates(s)
    assert found and found[0].value == value
    assert bool(found[0].ambiguous) is ambiguous


def test_weekday_decides_numeric_order() -> None:
    # 5 March 2019 was a Tuesday; 3 May 2019 a Friday
    assert find_dates("Tue 05/03/2019")[0].value == "2019-03-05"
    assert find_dates("Fri 05/03/2019")[0].value == "2019-05-03"


def test_date_order_option() -> None:
    assert find_dates("03/04/2019", "mdy")[0].value == "2019-03-04"
    assert find_dates("03/04/2019", "dmy")[0].value == "2019-04-03"


def test_ambiguous_slashed_date_not_trusted() -> None:
    text = "Posted 03/04/2019\nThe council voted on Monday to close the bridge for repairs lasting a month.\n"
    a = clean_document(raw(text), OPT)
    assert a.published.value is None
    assert any("ambiguous" in r for r in a.published.rejected)


def test_page_clock_rejected_when_content_is_older() -> None:
    text = (
        "09:12 GMT 3 January 2024\nShare\n\nThe flood of March 2011 destroyed the old bridge, "
        "officials said in a report published in 2012.\n\nRepairs will take years.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.published.value is None
    assert any("2024" in r for r in a.published.rejected)
    assert a.published.estimate is not None and a.published.estimate.earliest == "2012"
    assert a.published.estimate.latest == ""  # how long after 2012 it was written is not guessed


def test_dateline_glued_to_first_line_is_not_a_page_clock() -> None:
    # a stamp between the headline and the first paragraph (one line, as research corpora and
    # flattened pages give it) is the article's dateline, even when the text looks far back
    text = (
        "Lessons of the great fire , historians say Monday 14 March 2011 10.05 GMT The fire of 1906 "
        "destroyed most of the old town , the archive shows .\n"
        "The city rebuilt its harbour within a decade , and the bridge opened in 1915 .\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.published.value == "2011-03-14"
    assert not a.published.rejected
    # the same stamp on a line of its own above the text is still checked against the content
    clock = "Monday 14 March 2011 10.05 GMT\nShare\n\n" + text.split(" GMT ", 1)[1]
    b = clean_document(raw(clock), OPT)
    assert b.published.value is None
    assert any("page clock" in r for r in b.published.rejected)


def test_metadata_wins_and_crawl_stamp_ignored() -> None:
    text = "The council voted on Monday to close the bridge for repairs lasting a month.\n"
    a = clean_document(raw(text, published="2019-05-02T08:00:00Z", crawled="2023-01-01"), OPT)
    assert a.published.value == "2019-05-02" and a.published.method == "metadata"
    b = clean_document(raw(text, crawled="2023-01-01"), OPT)
    assert b.published.value is None
    assert parse_meta_date("Thu, 02 May 2019 08:00:00 +0000") == ("2019-05-02", "day")


def test_line_features() -> None:
    assert is_stamp("23:45 GMT 12 June 2021")
    assert not is_stamp("The ceasefire signed on 12 June 2021 collapsed within days.")
    assert is_tag_line("Iran, Iraq, United Nations, Oil Prices")
    assert not is_tag_line("Iran, Iraq and Syria signed the accord, officials said.")


def test_hard_wrapped_text_is_joined_not_dropped() -> None:
    text = (
        "The regional governor said on Thursday that the evacuation of\n"
        "the two villages would continue through the weekend because the\n"
        "river was still rising.\n\nPrint\n"
    )
    ct = clean_text(text)
    assert "evacuation of the two villages would continue" in ct.text
    assert ct.removed == ["Print"]


def test_repeated_paragraph_second_copy_removed() -> None:
    para = "The minister resigned on Friday after weeks of pressure over the contract award."
    ct = clean_text(f"{para}\nHe denied wrongdoing.\n{para}\n")
    assert ct.text.count(para) == 1
    assert "He denied wrongdoing." in ct.text


def test_comment_section_removed() -> None:
    text = (
        "The dam will be finished next year, the company said in a statement.\n"
        "At 2:10 pm on 02 Jun 2009 , reader1 wrote : Great news .\n"
        "At 3:10 pm on 02 Jun 2009 , reader2 wrote : I disagree .\n"
    )
    a = clean_document(raw(text), OPT)
    assert "reader1" not in a.text and len(a.removed) == 2


def test_comment_headers_without_on_are_comments() -> None:
    """A blog's comment headers written "At 18:40 23rd Mar 2010 , name wrote :" (no "on")."""
    text = (
        "The dam will be finished next year, the company said in a statement.\n"
        "At 18:40 23rd Mar 2010 , reader1 wrote : Great news .\n"
        "Really great news for the valley .\n"
        "At 01:20 24th Mar 2010 , reader2 wrote : I disagree .\n"
    )
    a = clean_document(raw(text), OPT)
    assert "reader1" not in a.text and "valley" not in a.text
    assert a.text.startswith("The dam will be finished")


def test_tokenised_stamp_prefix() -> None:
    text = (
        "Friday , April 30 , 2010 ; 3:59 PM As a massive oil slick threatened the coast Friday , the governor "
        "expressed alarm .\nHe asked for more help .\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.published.value == "2010-04-30"
    assert a.text.startswith("As a massive oil slick")


def test_no_text_left_raises_e108() -> None:
    with pytest.raises(InputError) as exc:
        clean_document(raw("Share\nRead more\nListen Live\n"), OPT)
    assert exc.value.code is Code.E108


def test_html_uses_trafilatura_metadata() -> None:
    html = (
        "<html><head><title>Dam opens - Example</title>"
        "<meta property='og:site_name' content='Fox News'>"
        "<meta property='article:published_time' content='2018-07-01T10:00:00Z'>"
        "<meta name='author' content='Sam Reed'></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Dam opens</h1><p>The new dam opened on Sunday after six years of construction, "
        "officials said, and will supply water to three provinces.</p><p>Farmers welcomed the project "
        "but environmental groups said the reservoir had displaced thousands of families.</p></article>"
        "<footer>Share this</footer></body></html>"
    )
    r = RawDocument(id="h", file="h.html", format="html", html=html, meta={"url": "https://www.foxnews.com/world/dam"})
    a = clean_document(r, OPT)
    assert a.outlet == "Fox News" and a.outlet_evidence == "url domain: foxnews.com"
    assert a.published.value == "2018-07-01" and a.published.method == "html-metadata"
    assert a.author == "Sam Reed"
    assert "Farmers welcomed the project" in a.text
    assert "Share this" not in a.text


def test_url_and_path_dates_are_the_last_resort() -> None:
    body = "The council voted yesterday to close the old bridge for a month of repairs, officials said.\n"
    # the day the url is filed under, when the page itself gives no date
    a = clean_document(raw(body, url="https://news.example.com/local/2019/05/02/bridge-closes"), OPT)
    assert a.published.value == "2019-05-02" and a.published.method and a.published.method.startswith("url")
    # the day folder an archive keeps the file in
    doc = RawDocument(id="t", file="archive/2019-05-02/bridge.txt", format="txt", text=body)
    b = clean_document(doc, OPT)
    assert b.published.value == "2019-05-02" and (b.published.method or "").startswith("path")
    # a stamp in the page wins over both, and the disagreement is recorded
    stamped = RawDocument(
        id="t", file="archive/2019-05-09/bridge.txt", format="txt", text="Published: 2 May 2019\n" + body
    )
    c = clean_document(stamped, OPT)
    assert c.published.value == "2019-05-02" and any("path" in r for r in c.published.rejected)
    # switched off (an evaluation whose answer key is the folder), and never a container record's file
    assert clean_document(doc, Options(path_dates=False)).published.value is None
    rec = RawDocument(id="t", file="feeds/2019-05-02/feed.jsonl#3", format="jsonl", text=body)
    assert clean_document(rec, OPT).published.value is None


def test_path_date_forms() -> None:
    from storyline.clean.pubdate import path_date

    assert path_date("https://x.org/a/20140310-fed-taper.html?id=2015-01-01", "url").value == "2014-03-10"  # type: ignore[union-attr]
    assert path_date("https://x.org/2016/11/raqqa-offensive", "url").value == "2016-11"  # type: ignore[union-attr]
    assert path_date("https://x.org/articles/SB10001424052702304704504579430971139544340", "url") is None
    assert path_date("seeds/002_a4db6539298bde31.txt", "path") is None  # a hash is not a date
    assert path_date("2016/13/01/x.txt", "path") is None  # no month 13


# --- a headline, standfirst and caption glued into one line (flattened pages) ---------------------

GLUED = (
    "Storm floods river towns across the valley Up to 300 homes evacuated as heavy rain swells the river "
    "and closes roads Residents carry belongings through flood water in the old town .\n"
    "Photograph : Jane Roe\\/AP Heavy rain flooded dozens of river towns across the valley on Sunday , "
    "forcing residents to leave their homes , officials said .\n"
    "The rain is expected to ease on Monday , but roads will stay closed and the evacuated homes "
    "will be checked by engineers before anyone returns .\n"
    "Many residents said the water rose faster than in any flood they remembered .\n"
)


def test_glued_headline_standfirst_caption_are_split() -> None:
    a = clean_document(raw(GLUED), OPT)
    assert a.title == "Storm floods river towns across the valley"
    first, second = a.text.split("\n\n")[:2]
    assert first == "Up to 300 homes evacuated as heavy rain swells the river and closes roads"  # the standfirst
    assert second.startswith("Heavy rain flooded dozens")
    assert "Residents carry belongings" not in a.text  # the caption above the credit
    assert any(r.startswith("Residents carry belongings") for r in a.removed)


def test_glued_first_line_title_keeps_headline_only() -> None:
    text = (
        "Council approves new bridge over the harbour After two years of debate the plan goes ahead\n"
        "The city council voted on Tuesday to build a new bridge over the harbour, ending two years of debate.\n"
        "Work on the bridge will start next spring and should take three years.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.title == "Council approves new bridge over the harbour"
    assert a.text.startswith("After two years of debate the plan goes ahead\n\nThe city council voted")


@pytest.mark.parametrize(
    "line",
    [
        "Obama meets Brown in London for talks on the economy",  # names after lower-case words
        "Swine Flu Reaches Europe As Cases Rise In Spain",  # a title-case headline
        "War in The Gulf enters its second week",  # "The" after a word no headline ends on
        "Police say White House aides were warned about the plan",  # a capitalised run is a name
    ],
)
def test_glued_split_leaves_headlines_with_names_whole(line: str) -> None:
    from storyline.clean.glued import CaseCounts, split_glued

    body = "Officials in the city said the war on the streets was over. The police and the house were quiet."
    assert split_glued(line, CaseCounts.of([line, body])) == [line]


def test_glued_split_rules() -> None:
    from storyline.clean.glued import CaseCounts, split_glued

    body = "The health service said staff were ready. Towns on coastal roads prepared for health checks."
    counts = CaseCounts.of([body])
    # a function word opening the next piece, or a word the article writes in lower case
    assert split_glued("Hospitals brace for winter flu The service has hired staff", counts) == [
        "Hospitals brace for winter flu",
        "The service has hired staff",
    ]
    assert split_glued("Minister warns of winter pressures Health chiefs call for more beds", counts) == [
        "Minister warns of winter pressures",
        "Health chiefs call for more beds",
    ]
    # a word never written in lower case is a name: no cut
    assert split_glued("Minister visits flooded towns Dorset residents ask for help", counts) == [
        "Minister visits flooded towns Dorset residents ask for help"
    ]
    # a title-case headline ends where sentence case starts
    assert split_glued("Massive Storm Hits Coastal Towns Coastal roads were closed by the flood", counts)[0] == (
        "Massive Storm Hits Coastal Towns"
    )


def test_caption_glued_first_line_without_headline_gets_no_title() -> None:
    text = (
        "Rescuers worked through the night to reach the trapped miners A mine collapse has trapped twelve "
        "miners underground, officials said on Monday.\n"
        "Rescue teams are drilling a shaft to reach them and hope to finish by Wednesday.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.title is None  # a caption glued to the first paragraph is no headline
    assert a.text.startswith("Rescuers worked through the night to reach the trapped miners\n\nA mine collapse")


def test_glued_title_case_split_keeps_names_and_datelines() -> None:
    from storyline.clean.glued import CaseCounts, split_glued

    line = "NEW YORK (Reuters) - A New York City school principal died on Sunday"
    body = "It was the first death in New York City, where the city closed schools."
    assert split_glued(line, CaseCounts.of([line, body])) == [line]


def test_glued_line_is_not_cut_before_an_article_opening_a_name() -> None:
    from storyline.clean.glued import CaseCounts, split_glued

    line = "She was reading The Guardian on the train"
    assert split_glued(line, CaseCounts.of([line])) == [line]
    glued = "Oil spill fears grow A slick is heading for the coast"
    assert split_glued(glued, CaseCounts.of([glued])) == ["Oil spill fears grow", "A slick is heading for the coast"]


@pytest.mark.parametrize(
    ("title", "head"),
    [
        # a name, an acronym, a pronoun after a name, a possessive name: each opens the standfirst
        (
            "Port city braces for storm amid flood warnings Anna Berg confirms evacuation plans for the old harbour",
            "Port city braces for storm amid flood warnings",
        ),
        (
            "Fever cases spark worldwide action WHO says the virus has spread to nine more countries",
            "Fever cases spark worldwide action",
        ),
        (
            "For one week only, I'm a Green We must take the fight over the river into the council chamber",
            "For one week only, I'm a Green",
        ),
        (
            "Lake fishermen count the cost of drought 'Our nets come up empty' Farmers say crops fail for a third year",
            "Lake fishermen count the cost of drought 'Our nets come up empty'",
        ),
    ],
)
def test_long_title_is_cut_where_a_name_led_standfirst_starts(title: str, head: str) -> None:
    from storyline.clean.glued import CaseCounts, split_title

    pieces = split_title(title, CaseCounts.of([title]))
    assert pieces[0] == head
    assert " ".join(pieces) == title


@pytest.mark.parametrize(
    "title",
    [
        "Harbour report that found Acme received exemptions for its new port cranes from regulators",  # a clause
        "Dam firm faces record fine over leaking dam Acme chief executive Jo Park insists it will pay",  # role + name
        "Storm damage is regarded by most Coastal residents as the worst in living memory here",  # a quantifier
        "Mayor finding out whose fault it was, telling ABC he would have fired the manager",  # -ing verb
        "Ferry firm offers one-off payouts to stem River ferry crash lawsuits from angry families",  # plural noun
        "Minister meets Acme officials",  # short: a headline
    ],
)
def test_long_title_without_a_standfirst_boundary_is_left_whole(title: str) -> None:
    from storyline.clean.glued import CaseCounts, split_title

    assert split_title(title, CaseCounts.of([title])) == [title]


def test_page_clock_cut_from_a_glued_title_is_furniture() -> None:
    text = (
        "Pop singer was 'cheated out of all his royalties', says his brother Page last updated at 08:58 GMT, "
        "Thursday, 24 June 2010 09:58 UK The singer's brother has said he was cheated.\n"
        "He told a TV interviewer that the label owed the family millions.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.title == "Pop singer was 'cheated out of all his royalties', says his brother"
    assert "last updated" not in a.text
    assert a.text.startswith("UK The singer's brother")


@pytest.mark.parametrize(
    ("first_line", "title", "author"),
    [
        # a wire page: byline and dateline before the stamp, the dateline again after it
        ("By Jo Roe, Health Editor LYON | Mon Mar 2, 2009 4:23 pm EST LYON (Wire) - Nearly all cases of "
         "the flu now resist the main drug, health officials said on Monday.", None, "Jo Roe"),
        ("SPRINGVALE, Ohio | Tue May 25, 2010 9:31 pm EDT SPRINGVALE, Ohio (Wire) - Shareholders have sued "
         "the board of the company for failing to monitor safety.", None, None),
        ("Port strike ends as workers accept deal ROTTERDAM | Tue May 25, 2010 9:31 pm EDT ROTTERDAM (Wire) - "
         "Dock workers accepted a pay offer on Tuesday, ending a strike.", "Port strike ends as workers accept deal", None),
        ("Credit: Wire/Jo Roe/Handout LYON | Mon Mar 2, 2009 4:23 pm EST LYON (Wire) - Nearly all cases of "
         "the flu now resist the main drug, health officials said on Monday.", None, None),
        # a related-link teaser before the headline; a zone the clock pattern knows (IST)
        ("Diet tied to sleep in teens Full Article Port strike ends as workers accept deal MUMBAI/DELHI | "
         "Tue May 25, 2010 9:31 pm IST MUMBAI/DELHI (Wire) - Dock workers accepted a pay offer on Tuesday.",
         "Port strike ends as workers accept deal", None),
    ],
)  # fmt: skip
def test_dateline_byline_and_credit_before_a_stamp_are_no_headline(
    first_line: str, title: str | None, author: str | None
) -> None:
    text = first_line + "\nThe company said it would fight the claims in court and expected to win.\n"
    a = clean_document(raw(text), OPT)
    assert a.title == title
    assert a.author == author
    assert "|" not in a.text
    # the wire's dateline opens the text, or (a place of the dateline's shape before it) is cut as the dateline
    assert "(Wire) -" in a.text.split("\n")[0] or (a.dateline is not None and a.dateline.agency == "Wire")


def test_glued_split_after_a_name_or_over() -> None:
    from storyline.clean.glued import CaseCounts, split_glued

    counts = CaseCounts.of(["The river rose."])
    # a headline ending on a name, then a sentence opening with an article or a pronoun
    assert split_glued("Flood relief outside Port Vale An estimated 2,000 people fled", counts) == [
        "Flood relief outside Port Vale",
        "An estimated 2,000 people fled",
    ]
    # a headline may end on "over"
    assert split_glued("Mine rescue declared over A 23-year-old man was found alive", counts)[0] == (
        "Mine rescue declared over"
    )
    # a name goes on after an acronym or with a capitalised word ("Vitamin A", "GM The ...")
    for line in ("Talks with GM The auto unit agreed a deal", "Doctors say Vitamin A helps children see"):
        assert split_glued(line, counts) == [line]


def test_byline_or_page_clock_glued_to_the_first_paragraph_is_no_headline() -> None:
    text = (
        "Last updated at 20:01 GMT Help The defence team has dropped its claim about the dose.\n"
        "The trial continues on Monday with more witnesses for the prosecution.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.title is None
    assert a.text.startswith("The defence team has dropped")
    text = (
        "By Jo Roe Environment correspondent, Wire News The manatee could be a casualty of the leak. "
        "Scientists fear the oil will reach the bay.\n"
        "The leak was capped in July.\n"
    )
    assert clean_document(raw(text), OPT).title is None


# --- a byline, a picture caption and the first sentence glued into one line --------------------------


def test_glued_byline_and_caption_are_cut_from_the_first_paragraph() -> None:
    text = (
        "By Jo Roe BBC News, Port Avel Flood water rose above the old bridge The river burst its banks "
        "on Sunday night, forcing hundreds of families in Port Avel to leave their homes.\n"
        "Rescue teams worked through the night in Port Avel as the water rose.\n"
        "The flood water is expected to fall by Wednesday.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.text.startswith("The river burst its banks on Sunday night")
    assert a.author == "Jo Roe"
    assert a.outlet == "BBC"
    reasons = dict((line, why) for line, why in clean_text(text).reasons)
    assert reasons["By Jo Roe BBC News, Port Avel"].startswith("byline")
    assert reasons["Flood water rose above the old bridge"].startswith("picture caption")


def test_caption_ending_on_a_year_is_cut_after_a_role_byline() -> None:
    text = (
        "By Ann Lee Science reporter, BBC News, Kirrin The dam was finished in May 2008 Engineers at the "
        "site say the wall is sound and the reservoir can be refilled.\n"
        "The engineers will publish a full report next month.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.text.startswith("Engineers at the site say the wall is sound")
    assert a.author == "Ann Lee"


def test_wire_byline_before_a_dateline_goes_and_the_dateline_is_cut_off() -> None:
    text = (
        "By Jo Roe and Al Poe OSLO, May 3 (Reuters) - Norway will open new areas to drilling, the energy "
        "minister said on Monday.\n"
        "The plan needs the backing of parliament.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.text.startswith("Norway will open new areas")
    assert any("OSLO, May 3 (Reuters) -" in r for r in a.removed)
    assert "By Jo Roe" not in a.text


def test_byline_after_a_page_clock_and_after_a_headline_before_a_stamp() -> None:
    text = (
        "Mon, Jun 7 10:40 pm EST By Jo Roe and Al Poe OSLO (Reuters) - Norway will open new areas to "
        "drilling, the energy minister said.\n"
        "The plan needs the backing of parliament.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.text.startswith("Norway will open")
    text = (
        "Dam report urges tighter rules for builders By Jo Roe and Al Poe Tuesday, May 4, 2010; 11:00 AM "
        "The commission said on Tuesday that dams need stricter checks.\n"
        "The report runs to 300 pages.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.title == "Dam report urges tighter rules for builders"
    assert a.text.startswith("The commission said on Tuesday")


def test_glued_byline_shapes() -> None:
    from storyline.clean.glued import CaseCounts, glued_byline

    body = "The levee in New Orleans held. Jo Roe visits the levee. Crews in New Orleans worked late."
    counts = CaseCounts.of([body])
    line = "By Jo Roe BBC News, New Orleans Jo Roe visits the levee as crews work"
    gb = glued_byline(line, counts)
    assert gb is not None and gb.place == "New Orleans" and gb.authors == ["Jo Roe"]
    assert line[gb.end :].startswith("Jo Roe visits")
    gb = glued_byline("By Ed Pym Presenter, BBC World News With its boss under fire, the bank fell", counts)
    assert gb is not None and gb.role == "Presenter" and gb.outlet == "BBC World News"
    gb = glued_byline("By Ken Wills Nevermind that the virus is not carried by pigs", counts)
    assert gb is not None and gb.authors == ["Ken Wills"]
    # sentences that open with "By" are no bylines
    for line in ("By Monday the river had risen above the bridge", "By then the water was waist deep"):
        assert glued_byline(line, counts) is None


# --- a clock label with its help link after a header date; a subheading in capitals ---------------


def test_clock_label_and_help_link_after_a_header_date_are_furniture() -> None:
    text = (
        "12 May 2011 Last updated at 09:15 GMT Help A ferry sank off the coast with 40 people on board.\n"
        "Coastguards said most of the passengers had been rescued by nightfall.\n"
    )
    a = clean_document(raw(text), OPT)
    assert a.text.startswith("A ferry sank off the coast")
    # "Help" opening a sentence is the sentence's own word, not a link
    text = (
        "12 May 2011 09:15 GMT Help is arriving in the flooded towns along the river.\n"
        "Coastguards said most of the residents had been moved by nightfall.\n"
    )
    assert clean_document(raw(text), OPT).text.startswith("Help is arriving")


def test_capitals_subheading_glued_to_a_paragraph_is_cut() -> None:
    from storyline.clean.boilerplate import caps_heading

    text = (
        "Engineers said the new valve held overnight, the company reported on Monday.\n\n"
        "HOW THE NEW VALVE WORKS The valve is a steel box bolted on top of the pipe.\n\n"
        "CREWS ON THE BEACHES When the tide turned, crews laid booms along the beaches.\n\n"
        "The Harbour Workers Union said the crews had worked through the night.\n"
    )
    a = clean_document(raw(text), OPT)
    assert "The valve is a steel box bolted on top of the pipe." in a.text.split("\n")
    assert "When the tide turned, crews laid booms along the beaches." in a.text.split("\n")
    assert "WORKS" not in a.text and "BEACHES" not in a.text
    # a name and a role, a dateline, a name the article writes in mixed case: not headings
    line = "HARBOUR WORKERS UNION President Jo Roe said the crews had worked through the night."
    assert caps_heading(line, text) is None
    assert caps_heading("BP PLC CEO Tony Hayward said the company would pay for the clean-up.", "") is None
    assert caps_heading("NEW YORK CITY Officials said the subway would reopen on Tuesday morning.", "") is None
    assert caps_heading("HOW THE NEW VALVE WORKS the valve", text) is None  # no sentence after it


def test_a_caption_glued_before_a_sentence_is_cut_off() -> None:
    from storyline.clean.glued import glued_sentences

    text = (
        "The ferry operator said on Monday that all 40 passengers had been brought ashore.\n\n"
        "The captain faces two years in jail if convicted The hearing is expected to last a week.\n\n"
        "Divers searched the hull until dusk, the coastguard said.\n"
    )
    lines = clean_document(raw(text), OPT).text.split("\n")
    assert "The hearing is expected to last a week." in lines
    assert not any("if convicted The hearing" in ln for ln in lines)
    line = "Rescuers pulled a boy from the rubble of a shop They said he was unhurt but very thirsty."
    assert [line[c:] for c in glued_sentences(line)] == ["They said he was unhurt but very thirsty."]
    for whole in (
        "Tickets for the planned This is It series of concerts sold out in hours.",  # a title, in title case
        "The letter was signed because We the People had asked for it.",  # capitalised words follow
        "Believers ask why He allows such suffering to happen at all.",  # a reverent pronoun after "why"
        "Doctors said type A influenza is spreading in the north of the country.",  # "A" is never cut
        "Officials said the The port would reopen soon.",  # after "the": no caption ends there
    ):
        assert glued_sentences(whole) == [], whole


def test_quantity_word_after_a_headline_opens_the_standfirst() -> None:
    from storyline.clean.glued import CaseCounts, split_glued

    counts = CaseCounts.of(["The river burst its banks."])
    assert split_glued("Flood victims sleep on the roads Thousands of people spent a second night outside", counts) == [
        "Flood victims sleep on the roads",
        "Thousands of people spent a second night outside",
    ]


def test_a_headline_printed_twice_is_written_once() -> None:
    from storyline.clean.boilerplate import undouble

    assert undouble("Ferry firm shares blame Ferry firm shares blame The operator said") == (
        "Ferry firm shares blame The operator said"
    )
    assert undouble("PORT AVEL -- PORT AVEL -- The ferry sank.") == "PORT AVEL -- The ferry sank."
    for line in ("He said it was very very good", "Bora Bora is an island far away"):
        assert undouble(line) == line  # a word said twice is no doubled headline
    text = "Ferry firm shares blame Ferry firm shares blame The operator said the crew was not at fault.\n"
    a = clean_document(raw(text), OPT)
    assert "Ferry firm shares blame Ferry" not in a.text


def test_a_page_clock_before_the_date_is_never_the_title() -> None:
    text = (
        "Page last updated at 05:32 GMT, Tuesday, 6 September 2011 06:32 UK "
        "[an error occurred while processing this directive] "
        "The council voted on Monday to close the old bridge for repairs.\n"
        "Work will start in the spring and the bridge will reopen in May.\n"
    )
    ct = clean_text(text)
    assert ct.title is None
    assert ct.text.startswith("The council voted on Monday")
    assert "error occurred" not in ct.text and "06:32" not in ct.text
    assert (
        "[an error occurred while processing this directive]",
        "server error message (page furniture)",
    ) in ct.reasons
    a = clean_document(raw(text), OPT)
    assert a.title is None and a.published.value == "2011-09-06"


def test_a_headline_after_a_labelled_page_clock_is_the_title() -> None:
    text = (
        "Page last updated at 23:19 GMT, Tuesday, 19 January 2010 Born in the rubble: a night on the "
        "square A week after the flood, families are still sleeping in the open. "
        "Jo Roe follows one family through the night.\n"
    )
    ct = clean_text(text)
    assert ct.title == "Born in the rubble: a night on the square"


def test_a_space_left_before_a_compound_hyphen_is_closed() -> None:
    from storyline.clean.article import join_spaced_compounds

    assert join_spaced_compounds("the USA -backed troops and U.S. -led strikes") == (
        "the USA-backed troops and U.S.-led strikes"
    )
    for kept in ("rebels -- who fled", "- first item", "a low of -5 degrees", "so - called", "anti -Assad"):
        assert join_spaced_compounds(kept) == kept
