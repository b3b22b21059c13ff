"""Session 22: datelines naming a one-word publication, colon-labelled profile fact sheets, and the
byline's filing place as the article's dateline (invented text)."""

from __future__ import annotations

from storyline.clean.article import clean_document
from storyline.clean.boilerplate import clean_text
from storyline.clean.dateline import cut_datelines
from storyline.clean.metadata import parse_byline
from storyline.options import Options
from storyline.records import RawDocument

BODY = (
    "The council voted on Tuesday to close the old bridge for repairs.\n"
    "Engineers said the work would take at least three months to finish.\n"
    "Drivers were told to use the ferry crossing until the spring."
)


def test_one_word_publication_dateline_after_page_stamp() -> None:
    text, found = cut_datelines(
        "Thu May 14, 2009 4:16 pm EDT PORT AVEL (Soundsheet) - The band put off two shows because of the flu."
    )
    assert text == "The band put off two shows because of the flu."
    assert found[0].place == "PORT AVEL" and found[0].agency == "Soundsheet"
    assert found[0].outlet is None  # a syndicated name is no publisher of the page


def test_bracket_that_is_no_publication_is_kept() -> None:
    for line in (
        "AVELCO (Avel Valley Electric Light Company) - The firm said power would be back on Monday.",
        "UPDATE (Interview) - The minister said the talks on the harbour had failed.",
        "AVELTON (where the bill was drafted) - lawmakers met on Monday to talk it over.",
    ):
        text, found = cut_datelines(line)
        assert found == [] and text == line


def test_profile_fact_sheet_cut_and_prose_after_it_kept() -> None:
    sheet = (
        "More on: Jo A. Roe Career History: Senator (1981-2011); Attorney (1972 to 1974) "
        "Alma Mater: Avel College, B.A., 1966; Bex University, J.D., 1972"
    )
    ct = clean_text(sheet + " Roe was born in a small town on the coast in 1944.\n" + BODY)
    assert sheet in ct.removed
    assert "Roe was born in a small town on the coast in 1944." in ct.text
    assert "Career History" not in ct.text


def test_prose_about_a_career_history_is_kept() -> None:
    line = "Career history matters less than the voters think, the pollster said on Monday."
    ct = clean_text(line + "\n" + BODY)
    assert line in ct.text


def test_byline_filing_place() -> None:
    bl = parse_byline("By Jo Roe in Port Avel")
    assert bl is not None and bl.authors == ["Jo Roe"] and bl.locations == ["Port Avel"]
    two = parse_byline("By Jo Roe in Avel and Al Poe in Bex")
    assert two is not None and two.locations == ["Avel", "Bex"]


def test_byline_place_fills_missing_dateline_only() -> None:
    art = clean_document(
        RawDocument(id="x", file="x.txt", format="txt", text="By Jo Roe in Port Avel\n" + BODY), Options()
    )
    assert art.dateline is not None and art.dateline.place == "Port Avel"
    assert art.dateline.agency is None and art.dateline.text.startswith("By Jo Roe")
    assert art.dateline.source == "byline"
    wire = "By Jo Roe in Port Avel\nBEXTON (Reuters) - The council voted on Tuesday to close the bridge.\n" + BODY
    art2 = clean_document(RawDocument(id="y", file="y.txt", format="txt", text=wire), Options())
    assert art2.dateline is not None and art2.dateline.place == "BEXTON" and art2.dateline.source == "wire"
    credit = BODY + "\nAl Poe in Bex contributed reporting to this report."
    art3 = clean_document(RawDocument(id="z", file="z.txt", format="txt", text=credit), Options())
    assert art3.dateline is None


def test_tokenised_profile_fact_sheet() -> None:
    sheet = "Career History : Chair , Avel Bank -LRB- 1979 to 1987 -RRB- Alma Mater : Bex University , BA , 1949"
    ct = clean_text(sheet + " Raised in a mill town , Roe learned early how money works .\n" + BODY)
    assert sheet in ct.removed
    assert "Raised in a mill town" in ct.text


def test_tokenised_agency_credit_is_metadata() -> None:
    ct = clean_text(BODY + "\nThe Associated Press contributed to this report .")
    assert "The Associated Press contributed to this report ." in ct.removed
    assert ct.text.endswith("until the spring.")


def test_site_notices_removed_and_prose_kept() -> None:
    notices = [
        "Send us an e-mail.",
        "avelnews.com is not responsible for any content posted by third parties.",
        "The Avel Times editorial staff was not involved in the moderation.",
        "This copy may not be in its final form and may be updated.",
    ]
    lines = BODY.split("\n")
    ct = clean_text("\n".join([lines[0], *notices, *lines[1:]]))
    for s in notices:
        assert s in ct.removed
    prose = "The firm said it was not responsible for the spill and would fight the claims in court."
    kept = clean_text(BODY + "\n" + prose + "\nShe told them to send us an e-mail if the water rose again.")
    assert prose in kept.text and "send us an e-mail if" in kept.text


def test_credit_roles_and_regions_are_no_names() -> None:
    from storyline.clean.metadata import parse_credit

    cr = parse_credit(
        "Staff writer Jo Roe , reporting from Avelton , Fla. , and Al Poe in Bexley , D.C. , contributed to this report ."
    )
    assert cr is not None
    assert cr.contributors == ["Jo Roe", "Al Poe"]
    assert cr.locations[0].startswith("Avelton, Fla") and cr.locations[1].startswith("Bexley, D.C")
    two = parse_credit(
        "Correspondents Jo Roe in Avel and Al Poe in Bex , Upper Valley Republic , contributed to this report."
    )
    assert two is not None and two.contributors == ["Jo Roe", "Al Poe"]
    assert two.locations == ["Avel", "Bex, Upper Valley Republic"]
    three = parse_credit("Jo Roe in Avel, Al Poe and Bo Li contributed to this report.")
    assert three is not None and three.contributors == ["Jo Roe", "Al Poe", "Bo Li"]


def test_glued_bbc_style_byline_place_is_filing_place() -> None:
    text = (
        "By Jo Roe BBC News, Port Avel The ferry crossing reopened on Monday after the storm, but could "
        "the spring tides close it again?\n" + BODY
    )
    art = clean_document(RawDocument(id="w", file="w.txt", format="txt", text=text), Options())
    assert art.dateline is not None and art.dateline.place == "Port Avel"


def test_born_fact_sheet_cut_before_prose() -> None:
    sheet = "Born: May 1, 1950, Avelton, Bexland Also known as: The Voice Best known for: Blue Rain, Sea Song"
    ct = clean_text(sheet + " He told a radio show that he had been ill for a year.\n" + BODY)
    assert sheet in ct.removed
    assert "He told a radio show that he had been ill for a year." in ct.text
    one = "Born: in a small town, she said, and raised by her aunt."
    assert one in clean_text(BODY + "\n" + one).text


def test_tokenised_outlet_credit_and_owner_prefix() -> None:
    from storyline.clean.metadata import parse_credit

    cr = parse_credit("Fox News ' Jo Roe and Reuters contributed to this report .")
    assert cr is not None and cr.outlet == "Fox News" and cr.contributors == ["Jo Roe"]
    staff = parse_credit("Avel Press staff writers Jo Roe and Al Poe also contributed to this report .")
    assert staff is not None and staff.contributors == ["Jo Roe", "Al Poe"]
    places = parse_credit(
        "Jo Roe in Port Avel , La. , Al Poe in Bex and Bo Li in Cly , Ala. , contributed to this report ."
    )
    assert places is not None and places.contributors == ["Jo Roe", "Al Poe", "Bo Li"]
    assert places.locations == ["Port Avel, La.", "Bex", "Cly, Ala."]  # the abbreviation keeps its period


def test_fact_sheet_running_into_prose_is_kept_whole() -> None:
    line = (
        "Born: May 1, 1950, Avelton Also known as: The Voice Best known for: Blue Rain, Sea Song "
        "Jo Roe's family said on Monday that they had many questions for the doctor."
    )
    ct = clean_text(line + "\n" + BODY)
    assert "they had many questions for the doctor." in ct.text
