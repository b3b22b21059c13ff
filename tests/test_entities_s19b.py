"""Session 19 (round 2): market indices, names run together in an organisation's span, a bare
surname beside a father's name, a news outlet's web address, a well named by its spill."""

from __future__ import annotations

from helpers import by_name, names_of, type_of
from helpers import entity_doc as doc
from storyline.annotate.entities import KBEntry, KnowledgeBase, resolve_entities
from storyline.records import AnnotatedArticle, Sentence

EMPTY = KnowledgeBase()


def test_a_market_index_the_text_calls_so_is_no_company() -> None:
    a = doc(
        "The Varex 250 index fell. Traders sold as the Varex dropped 120 points. The Varex recovered.",
        [("Varex", "ORG"), ("Varex", "ORG"), ("Varex", "ORG")],
    )
    b = doc("The Kolbo Composite Index rose 2 percent.", [("Kolbo Composite Index", "ORG")], "b")
    ents, _ = resolve_entities([a, b], EMPTY)
    assert type_of(ents, "Varex") == "other"
    assert type_of(ents, "Kolbo Composite Index") == "other"


def test_a_company_whose_shares_move_stays_a_company() -> None:
    a = doc(
        "Drellco said profits rose. Drellco shares fell 3 percent. Drellco hired staff.",
        [("Drellco", "ORG"), ("Drellco", "ORG"), ("Drellco", "ORG")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Drellco") == "organisation"


def test_a_people_leading_by_points_is_no_index() -> None:
    a = doc("Velorians lead by five points. Velorians voted.", [("Velorians", "NORP"), ("Velorians", "NORP")])
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Velorians") == "group"


def _zenco_story(glued: str) -> list:
    a = doc(
        f"Mara Daneel runs Zenco. Zenco said the leak slowed. Daneel said sorry. Zenco paid. {glued} vows to pay.",
        [
            ("Mara Daneel", "PERSON"),
            ("Zenco", "ORG"),
            ("Zenco", "ORG"),
            ("Daneel", "PERSON"),
            ("Zenco", "ORG"),
            (glued, "ORG"),
        ],
    )
    b = doc("Daneel met Zenco staff. Zenco agreed.", [("Daneel", "PERSON"), ("Zenco", "ORG"), ("Zenco", "ORG")], "b")
    return [a, b]


def test_a_surname_and_a_company_run_together_are_cut() -> None:
    ents, _ = resolve_entities(_zenco_story("Daneel Zenco"), EMPTY)
    assert by_name(ents, "Daneel Zenco") is None
    zenco = by_name(ents, "Zenco")
    assert zenco is not None and len(zenco.mentions) == 6


def test_two_one_word_companies_run_together_are_cut() -> None:
    a = doc(
        "Zenco and Halvex met. Zenco said yes. Halvex said no. Zenco Halvex talks failed. Halvex left.",
        [
            ("Zenco", "ORG"),
            ("Halvex", "ORG"),
            ("Zenco", "ORG"),
            ("Halvex", "ORG"),
            ("Zenco Halvex", "ORG"),
            ("Halvex", "ORG"),
        ],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "Zenco Halvex") is None


def test_a_body_qualified_by_a_place_or_a_chamber_stays_whole() -> None:
    a = doc(
        "Ostrava Zenco opened. Ostrava grew. Ostrava voted. Zenco said. Zenco paid. "
        "The Senate Energy Committee met. The Senate voted. The Senate rose. Energy Committee staff left.",
        [
            ("Ostrava Zenco", "ORG"),
            ("Ostrava", "GPE"),
            ("Ostrava", "GPE"),
            ("Zenco", "ORG"),
            ("Zenco", "ORG"),
            ("Senate Energy Committee", "ORG"),
            ("Senate", "ORG"),
            ("Senate", "ORG"),
            ("Energy Committee", "ORG"),
        ],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert by_name(ents, "Ostrava Zenco") is not None
    assert "Senate Energy Committee" in names_of(ents, "Senate Energy Committee")
    assert "Senate" not in names_of(ents, "Senate Energy Committee")


def test_a_surname_and_a_word_company_stay_whole() -> None:
    """ "Daneel Energy" may be a company: energy is a word the story writes in lowercase."""
    story = _zenco_story("Daneel Energy")
    extra = doc(
        "Energy prices rose. The energy bill passed. Energy use fell, as energy demand and energy costs did.",
        [("Energy", "ORG"), ("Energy", "ORG")],
        "c",
    )
    ents, _ = resolve_entities([*story, extra], EMPTY)
    assert by_name(ents, "Daneel Energy") is not None


def _sentenced(d: AnnotatedArticle) -> AnnotatedArticle:
    """The article cut into sentences at each ". ", its mentions numbered by sentence."""
    text, sentences, start = d.article.text, [], 0
    for i, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (1 if start + len(piece) < len(text) else 0)
        sentences.append(Sentence(index=i, start=start, end=end, text=text[start:end]))
        start += len(piece) + 2
    which = [next(s.index for s in sentences if s.start <= m.start < s.end + 1) for m in d.mentions]
    mentions = [m.model_copy(update={"sentence": n}) for m, n in zip(d.mentions, which, strict=True)]
    return d.model_copy(update={"sentences": sentences, "mentions": mentions})


def test_a_bare_surname_joins_the_story_s_person_named_first_when_the_article_splits() -> None:
    a = doc(
        "Senator Rolf K. Amsel spoke. His father, Otto Amsel, was a senator too. Otto Amsel died. "
        "Rolf Amsel grieved. Amsel said the bill would pass. Amsel voted.",
        [
            ("Rolf K. Amsel", "PERSON"),
            ("Otto Amsel", "PERSON"),
            ("Otto Amsel", "PERSON"),
            ("Rolf Amsel", "PERSON"),
            ("Amsel", "PERSON"),
            ("Amsel", "PERSON"),
        ],
    )
    b = doc("Rolf Amsel met bankers. Rolf Amsel left. Rolf Amsel spoke.", [("Rolf Amsel", "PERSON")] * 3, "b")
    ents, _ = resolve_entities([_sentenced(a), _sentenced(b)], EMPTY)
    assert "Amsel" in names_of(ents, "Rolf Amsel")
    assert "Amsel" not in names_of(ents, "Otto Amsel")


def test_a_bare_surname_stays_apart_beside_two_names_in_one_sentence() -> None:
    a = doc(
        "Rolf Amsel and Otto Amsel argued. Rolf Amsel left. Otto Amsel stayed. Amsel shouted.",
        [
            ("Rolf Amsel", "PERSON"),
            ("Otto Amsel", "PERSON"),
            ("Rolf Amsel", "PERSON"),
            ("Otto Amsel", "PERSON"),
            ("Amsel", "PERSON"),
        ],
    )
    b = doc("Rolf Amsel met bankers. Rolf Amsel left. Rolf Amsel spoke.", [("Rolf Amsel", "PERSON")] * 3, "b")
    ents, _ = resolve_entities([_sentenced(a), _sentenced(b)], EMPTY)
    assert "Amsel" not in names_of(ents, "Rolf Amsel") | names_of(ents, "Otto Amsel")


def test_a_bare_surname_stays_apart_when_the_other_person_is_named_first() -> None:
    a = doc(
        "Otto Amsel founded the firm. His son, Rolf Amsel, runs it. Otto Amsel retired. Rolf Amsel "
        "grieved. Amsel said the bill would pass.",
        [
            ("Otto Amsel", "PERSON"),
            ("Rolf Amsel", "PERSON"),
            ("Otto Amsel", "PERSON"),
            ("Rolf Amsel", "PERSON"),
            ("Amsel", "PERSON"),
        ],
    )
    b = doc("Rolf Amsel met bankers. Rolf Amsel left. Rolf Amsel spoke.", [("Rolf Amsel", "PERSON")] * 3, "b")
    ents, _ = resolve_entities([_sentenced(a), _sentenced(b)], EMPTY)
    assert "Amsel" not in names_of(ents, "Rolf Amsel") | names_of(ents, "Otto Amsel")


def test_a_news_outlet_s_web_address_is_a_media_outlet() -> None:
    kb = KnowledgeBase()
    kb.add(KBEntry(id="zed", name="Zed News", type="media_outlet", aliases=()))
    a = doc(
        "ZedNews.com reported the leak. Acmeshop.com sold filters.",
        [("ZedNews.com", "ORG"), ("Acmeshop.com", "ORG")],
    )
    ents, _ = resolve_entities([a], kb)
    assert type_of(ents, "ZedNews.com") == "media_outlet"
    assert type_of(ents, "Acmeshop.com") == "organisation"


def test_a_well_named_by_its_spill_is_no_person() -> None:
    a = doc(
        "The 1979 Karla I spill was smaller. The Karla spill lasted months. Memories of Karla remain.",
        [("Karla", "PERSON"), ("Karla", "PERSON"), ("Karla", "PERSON")],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert type_of(ents, "Karla") == "other"


def test_a_given_name_read_as_an_organisation_stays_with_its_surname() -> None:
    a = doc(
        "Nick Corran spoke. Nick said hi. Nick waved. Ann Davies sang. Davies smiled. Davies left. Nick Davies went home.",
        [
            ("Nick Corran", "PERSON"),
            ("Nick", "ORG"),
            ("Nick", "ORG"),
            ("Ann Davies", "PERSON"),
            ("Davies", "PERSON"),
            ("Davies", "PERSON"),
            ("Nick Davies", "ORG"),
        ],
    )
    ents, _ = resolve_entities([a], EMPTY)
    assert names_of(ents, "Nick Davies")  # not cut into "Nick" + "Davies"
