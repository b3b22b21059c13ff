"""Canonical entities across all articles of a story: one actor under all its names.

:func:`resolve_entities` groups the named-entity mentions of a story's articles into
:class:`~storyline.records.Entity` records, from evidence only:

* the knowledge base of well-known actors (:func:`load_kb`; ``data/actors.json`` plus user
  files), with names in several languages' romanisations ("Daesh", "IG", "Etat islamique");
* acronyms defined in the text ("Syrian Democratic Forces (SDF)") or matching the initials
  of a multi-word name of the same story ("SOHR" / "Syrian Observatory for Human Rights");
* bracketed alternates: "ISIS [Daesh]", "Rakka (al-Raqqah)" (similar spellings or an acronym);
* case, diacritic and transliteration variants ("Erdoğan"/"Erdogan", "Raqqa"/"Rakka"/
  "al-Raqqah", "Sergey"/"Sergei"), possessives ("ISIS'"), a leading "the";
* person names with titles stripped ("Brig. Gen. Talal Ali Selo", "Lt-Gen Townsend") and
  name variants: "Ash Carter" / "Ashton Carter" / "Carter".  Different middle names are
  different people ("Anton Lise Voss" / "Anton Karl Voss"; "Anton Voss" then joins neither).
  A bare surname joins the only full name of the story with that surname; when the story
  has several ("Jackson": Michael, Janet, Katherine Jackson), each mention joins the full name
  holding two thirds of the full-name mentions with that surname in its article, or, in an
  article that names none, in the story (:func:`_join_dominant_surnames`: "Murray" in a
  Conrad Murray story with a passing "Colin Murray"), and the story's one in an article that
  writes the surname before it names another bearer ("Dodd ... his father, Thomas Dodd"); a
  gendered title ("Mrs Jackson") must fit the person's, known from the titles of its other mentions
  or a noun before its full name ("the president's wife, Elisabeth Preval": "Mr Preval" there is
  Rene Preval) (the story's one bearer of a title wins
  beside a relative named in that article only: "Mr Hayward" beside his wife), a regnal one
  ("King Hussein") joins nothing; a name just after an abbreviated title ("Sen. Bill Nelson")
  is no sentence's first word, whatever the period; a headline's clause opened by another
  person's surname ("Obama Resists McCain") is no bearer; what is left of such a
  surname once two of its bearers share an article names no actor (:func:`_unresolved_surnames`:
  "Ms Jackson" beside Janet and La Toya Jackson).  A given name the recogniser always leaves
  off a surname ("Fearne | Cotton") is put back (:func:`_given_names_missed`).  A bare first name
  ("Jermaine said") joins the full name its article gives with that first name, or the story's
  dominant one when articles have used the first name for it, or the story's only person of that
  first name when the story names another of that person's family and two articles use the
  first name alone, or the story's dominant full name of that first name whose surname the article
  gives another person ("Michael's brothers Jermaine and Randy Jackson", "Mrs Jackson")
  (:func:`_join_given_names`).  An epithet ("the King of Pop") joins the one person the text
  sets in apposition with it ("Jackson, the King of Pop") (:func:`_join_epithets`).  A
  capitalised particle and the name after it are one word, spaced or not ("La Toya" /
  "LaToya", "De Niro"): :func:`_name_words`; names of one spelling but for a space are one
  name whatever the recogniser read them as ("ActionAid" / "Action Aid").  A surname of three
  letters ("Cox", "Aso") joins the only full name with exactly those letters, in the articles that
  name that person in full only.  Two full names of one surname whose given names are one name
  spelt two ways ("Elisabeth" / "Elizabeth Byrs"; one letter apart, never a final vowel: "Maria" /
  "Mario") are one person when the story names no other bearer and no article names both
  (:func:`_join_given_spellings`).  A common word capitalised at the head of a caption before a
  full name the story names alone ("Rapper Wyclef Jean", "Fireman Jo Bloggs"), a people's noun
  ("Briton Tony Hayward") and a preposition, adverb, conjunction or quantifier opening a sentence or
  a headline before any name the story gives ("Behind McCain", "Earlier Thad Allen", "Without
  Freddie Mac") are cut off (:func:`_common_lead`).  A given name read as a small place before its
  surname ("said Natalia | Franco") is one person's span (:func:`_given_names_read_as_places`).
* a body's head noun written alone ("the Council", "the Commission") joins the one body of its
  article whose name ends with it ("the Security Council") (:func:`_join_bare_heads`).

The name shown for a person or organisation is the most frequent form of several words
("Bob Dudley", never the longer "Robert (Bob) Dudley" written once; "La Toya Jackson", not
"La Toya"; "ConocoPhillips" beside a rarer "Conoco Phillips").  A recogniser span that
holds two names is cut into them before anything else: a list or a caption glued to a
sentence ("Tito and Jermaine", "Thad Allen - approved") and two names of the story run
together ("Tito Jackson Michael Jackson", "Transocean Halliburton") (:func:`_split_person`), also
in an organisation's span ("Hayward Acme", "AP Acme" of a headline: :func:`_run_together`).

Mentions the recogniser missed are added from two sources: exact (case-sensitive for short
or all-capital aliases) occurrences of knowledge-base aliases, and re-occurrences anywhere
in the story of a name already found in it, in any case ("raqqa" in machine-translated
text) or in a transliteration variant.  Ambiguous short aliases (``ambiguous_aliases`` in
the knowledge base: "IS", "IG", "EI") link only with evidence: the same actor named
unambiguously elsewhere in the story, or an organisation-like context ("IS militants",
"the IS"); never in an all-capitals line, never in another case ("is").

When the evidence is not there, names stay apart: two actors shown separately is a smaller
error than two actors merged.

Names in capitals (a dateline or headline: "WASHINGTON (Sputnik) —") are forms, never the
name shown when the story writes the name in normal case (:func:`shouted`, :func:`cased_form`);
a place or person name no text writes otherwise is shown in title case unless it may be an
acronym ("FORT JACKSON" -> "Fort Jackson"; "DPRK" stays), and the geocoder's name replaces it
once the place is resolved (``understand``).  A dateline is a place whatever the recogniser
said, and headline words in capitals are trimmed like function words ("ON THE GULF OF MEXICO").
A surname in capitals joins the only full name with that surname ("TALBEC" / "Henri Talbec").

What is not an actor (general rules, measured on the seeds and Timeline17 samples):

* recogniser span errors are repaired first: function words and lone punctuation at the edges
  ("Raqqa from" -> "Raqqa", "a Richard Evans"), a span cut through a quotation gives way to a
  knowledge-base alias inside it ("Citato RIA “Novosti" -> "RIA Novosti"), and an
  organisation glued to the speaker after it is split ("Ministry of Russia Oleg Syromolotov
  said" -> "Ministry of Russia" + "Oleg Syromolotov"; only with "of <a place of the story>",
  two or three plain capitalised words and a speech verb after);
* a one-word name the story writes more often in lowercase than capitalised ("Coalition" once,
  "coalition" 12 times; "Defense" in "French Defense Minister") is a common word: its
  mentions stay, without an entity.  A knowledge-base name is never dropped;
* nationality words: the adjective and the plural of one people are one ``group``
  ("American"/"Americans", "Kurdish"/"Kurds", a party's "Democratic"/"Democrats"), named by the
  plural when it is the adjective plus "s" ("Democrats" for "Democratic"); a party adjective the
  story writes more often in lowercase ("a democratic Iraq") joins nothing.  A nationality word
  only ever written before a noun or a name ("French Defense Minister", "the Syrian army", "Arab
  and Kurdish fighters", "Syrian-backed") is not listed: it says where someone is from, not who
  acts (:func:`_adjectival`).  Peoples named as a noun once at least ("the Chinese said", "an Iraqi
  was killed", "Islamists", "Kurds") stay, counted by those noun mentions only ("Kurdish fighters"
  keeps no entity); an adjective in "-ic" only ever written before a noun ("Islamic
  finance"), or a demonym only ever written before a noun ("Asian markets", "Asian flu"), is no
  actor at all (:func:`_bare_adjectives`);
* places read as actors: a name joined to a place of the story without its generic word
  ("Euphrates" / "Euphrates River"), and a "person" only ever named after a locative
  preposition ("clashes in Al Meshleb"), are typed ``place``; so is, given ``is_place`` (a
  gazetteer check), a one-name "person" or "organisation" the text writes as a place ("in Giza",
  "Cairo, Giza and Minya", "a Giza man"), unless the story names a person so in full or with a title;
* a storm's bare name in an article that names the storm ("Hurricane Alex ... Alex halted the
  clean-up"; "Hurricanes Katrina, Gustav and Ike") is the storm's (``other``), never a person of
  another article ("Alex said"), unless that article also writes the name inside another name;
* a recogniser's lowercase span of a word the story writes in lowercase a third as often as
  capitalised at least ("gap" beside "Gap", "un" beside "UN") is the word: no actor, joined to none
  (a place's lowercase name still joins: "raqqa"); an alias with an article ("the Fed") never matches
  a lowercase word ("fed");
* a second-level area named without its generic word ("Torbay") and read as an organisation is a
  place when half its mentions, two at least, follow "in"/"from" or another locative;
* a drug or a like product the text calls so ("the antiviral drug Tamiflu", "doses of Tamiflu")
  is typed ``other`` (:func:`_products`); so is the title of a song, album, film or show the text
  calls so ("hits such as X", "the hit single X", "the X concert": :func:`_titles`); a time zone
  ("1400 BST", "GMT 2 June") is no actor;
* members of a people the recogniser reads as a person ("a Briton", "30 Britons", "Shias" beside
  "Shia") are a ``group`` (:func:`_peoples`);
* a bare body name joins a place-qualified one ("Department of Health" / "NYC Department of
  Health") only when most of its articles name that place (:func:`_join_parts`); a sound-alike
  (skeleton) join never links a person's first name of the story to a name that is none ("Tori"
  of "Tori Amos" / "Tory"), nor a person to a people;
* a one-word surname one vowel away from the surname of exactly one full name of the story
  joins it ("Silo said" / "Talal Ali Selo"); a name joins the only longer name of the story
  that ends with it ("Euphrates Rage" / "Operation Euphrates Rage").

Formal and short names of one actor: a company's legal form ("Drillmark Ltd", "Foo, Inc.") joins
the bare name, and a name written with a legal form, a stock symbol ("Foo (FOO.N)") or as a sports
club ("Dunmoor United"; "Tarrow City" when no town is so named) is an organisation in all its
mentions, the bare name joined to it too whatever the recogniser read it as, unless the story
gives that name to a person in full or with a person's cue ("Peter Haskin" / "Haskin Inc");
An acronym joins the only longer name it begins ("AEG" / "AEG Live") only when the text calls both
by one role noun ("the promoter AEG", "promoters AEG Live"), never a knowledge-base name ("BP" /
"BP America"); a short name never joins a name completed by a trade in "-ing" ("Pepsi Bottling").
"Co", "SA", "NV" and "AG" after a strong place are no legal form ("Kelbridge Co", a county;
"Alabama AG").  A title abbreviation ending a span before a name is cut ("Coast Guard Adm | Thad
Allen").  A person's "Jr"/"II" is dropped for matching ("Walter K. Dunmore Jr" / "Walter
Dunmore") unless three or more people of the story share the surname (a family: there "Jr" is
the son); a one-word body the story also writes in lowercase ("Treasury", "treasury") joins the
only two-word name qualifying it by a place or an acronym ("US Treasury"), under the place rule
of :func:`_join_parts`; a body's name the recogniser cut after its head ("Department of the |
Interior") gets its head back.  A known organisation or outlet never joins a person as a bare
surname ("Bloomberg" / "Michael Bloomberg").  Forms settle a type: a code of letters and digits
in turn ("H3N2") is ``other``; a name ending in an institution's word ("... High School") read as
a people is an ``organisation``; a caption's credit word ("Photograph") is no actor.

Kinds the context settles: the field of an office written before its title ("Fisheries Secretary
Jo Doe", "the Secretary of State for Fisheries") in half its mentions or more is no body
(:func:`_title_fields`; it joins a known body the story names in full); a name the text calls a
ship, a vessel or a rig in a third of its mentions is ``other`` (:func:`_vessels`), and so is a
market index ("the Dow fell 400 points", "the FTSE 100", "... Composite Index": :func:`_indices`)
and a well named by its spill ("the Karla I spill": :func:`_things`); a news outlet's web address
("ZedNews.com" of "Zed News") is a ``media_outlet`` (:func:`_outlet_sites`); an acronym most
of whose definitions are lowercase ("the sludge valve (SLV)") is no actor; an acronym joins the
only long name its initials fit only when neither the knowledge base nor the story's own
"Full Name (ACR)" spells it out otherwise; an area written with its generic word ("Orange
County") and a venue after "at"/"in" ("at Tarrow's Jubilee Stadium") are places, and a "person"
or "people" ending in "County", "Parish" or "Borough" is a place whatever the gazetteer says.

Bodies and things read as places or companies: a people's name made of a place's ("Pakistanis",
"Middle Eastern" beside "Pakistan", "Middle East") is a ``group``, never another name of the place;
a legislature's chamber or committee ("Senate", "House of Commons", "House Budget Committee") and a
government department ("Justice Department", "Ministry of Health") are ``government_body``, and a
bare "Senate" or "House" joins the only qualified or full name of that chamber ("U.S. Senate",
"House of Representatives"); a radio or television station ("BBC Radio 5 Live", and "5 Live" after
it) is a ``media_outlet``; a party read as a place ("New Labour") is an ``organisation``, a court's
district ("Court for the Eastern District") a ``government_body``; a planet ("Earth") and a faith or
doctrine ("Islam", "Communism") are ``other``; a kinship word ("Great-Grandfather") is no actor.  A
place name written as an abbreviation ("Oxford, Miss.") never re-occurs as a lowercase word ("miss").
An organisation or outlet of the story followed by a generic section word ("Twitter News", "AFP news",
"Mail Online") is that organisation (:func:`_join_sections`), unless the knowledge base knows the
longer name ("Fox News").  A place ending a treaty's or a conference's name ("the Treaty of
Westphalia", "the Congress of Vienna") is that name's, no place of the story (:func:`_named_document`);
a lowercase re-occurrence of a place glued by a hyphen to the word before it ("the south-east end of
the city" beside "the East End") is a compound's, no mention of the place.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.annotate.timex import WORD_AFTER
from storyline.annotate.timex_lexicon import CLOCK_ZONES
from storyline.errors import Code, StorylineError
from storyline.records import AnnotatedArticle, Entity, EntityMention, Mention, content_id

__all__ = [
    "ENTITY_TYPES",
    "MASTHEAD_WORDS",
    "KBEntry",
    "KnowledgeBase",
    "cased_form",
    "fold",
    "load_kb",
    "merge_entities",
    "resolve_entities",
    "shouted",
    "skeleton",
    "strip_title",
]

ENTITY_TYPES = ("person", "organisation", "armed_group", "government_body", "media_outlet", "place", "group", "other")
KB_FORMAT = "storyline.actors/1"

LABEL_TYPE = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
TYPE_LABEL = {
    "person": "PERSON",
    "place": "GPE",
    "group": "NORP",
    "organisation": "ORG",
    "armed_group": "ORG",
    "government_body": "ORG",
    "media_outlet": "ORG",
    "other": "ORG",
}

# --------------------------------------------------------------------------- normalisation

_SPECIAL = str.maketrans(
    {
        "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
        "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'",
        "–": "-", "—": "-", "‐": "-", "‑": "-",
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[^\w\s]|_")
_APOS_DOT = re.compile(r"['.]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key: "Da'ish" -> "daish", "U.S." -> "us"."""
    s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _APOS_DOT.sub("", s)
    s = _NON_WORD.sub(" ", s)
    words = s.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_ARTICLES = {"al", "el"}
_SKEL_SUBS = (("q", "k"), ("ph", "f"), ("ou", "u"), ("ee", "i"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """A transliteration-insensitive key: "Raqqa", "Rakka", "al-Raqqah" -> "raka"."""
    words = fold(text).split()
    if len(words) > 1:
        words = [w for w in words if w not in _ARTICLES] or words
    s = "".join(words)
    for a, b in _SKEL_SUBS:
        s = s.replace(a, b)
    s = _DOUBLE.sub(r"\1", s)
    if len(s) > 3 and s.endswith("h") and s[-2] in "aeiou":
        s = s[:-1]
    return s


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=65536)
def _compact(text: str) -> str:
    return _NON_WORD.sub("", text.translate(_SPECIAL)).replace(" ", "")


TITLES = _words(
    """mr mrs ms miss dr prof president vice prime minister secretary general gen lt lieutenant col colonel
    capt captain maj major brig brigadier sgt sergeant adm admiral cmdr commander gov governor sen senator rep
    representative mayor chancellor ambassador judge justice rev reverend sheikh sheik shaikh emir ayatollah imam
    mullah sir dame lord lady pope foreign defense defence interior deputy chief spokesman spokeswoman spokesperson
    staff field marshal pvt cpl corporal private officer director senior former late crown king queen prince
    princess premier envoy special head commissioner inspector superintendent det detective constable cardinal
    archbishop bishop patriarch mufti grand supreme acting chairman chairwoman chair monsignor msgr rabbi"""
)
_ABBREV_TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Maj|Brig|Sgt|Adm|Cmdr|Gov|Sen|Rep|Rev|Pvt|Cpl|Det|Supt)\.?[\s-]+)+"
)


def strip_title(name: str) -> str:
    """Drop leading titles and offices: "Brig. Gen. Talal Ali Selo" -> "Talal Ali Selo"."""
    tokens = name.split()
    i = 0
    while i < len(tokens) - 1:
        parts = [p for p in re.split(r"[-.]", tokens[i].lower()) if p]
        if parts and all(p in TITLES for p in parts):
            i += 1
            continue
        break
    rest = tokens[i:]
    if not rest or not rest[0][:1].isupper():
        return name
    return " ".join(rest)


_QUOTES = "\"'“”‘’«»„[]()"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")


def clean_surface(text: str, label: str | None = None) -> str:
    """The name as an alias: quotes, "the", possessives and (for persons) titles removed."""
    s = " ".join(text.split()).strip(_QUOTES + " ,;:")
    if s.lower().startswith("the "):
        s = s[4:].lstrip()
    if _POSSESSIVE.search(s):
        if s[-2:] in ("'s", "’s"):
            s = s[:-2]
        elif s[-1:] in ("'", "’"):
            s = s[:-1]
    s = s.rstrip(" ,;:").strip(_QUOTES + " ")
    if _broken_quotes(s):  # 'RIA “Novosti' -> 'RIA Novosti'
        s = " ".join(s.translate(_DROP_QUOTES).split())
    if s.endswith(".") and not re.search(r"\w\.\w", s):
        s = s[:-1]
    if label == "PERSON" or _ABBREV_TITLE.match(s):
        s = strip_title(_ABBREV_TITLE.sub("", s) or s) if _ABBREV_TITLE.match(s) else strip_title(s)
    return s


# a lowercase word that is also a common English word is not taken as a re-occurrence of a name
COMMON_LOWER = _words(
    """turkey china chad jordan georgia bush rice may march august june april will mark grant hope rose price
    young brown white black green king bill frank guy art sky fox gay lee long little ward wood bell cross
    hall hill lane park rich rock stone summer winter spring fall lead press post times guardian mirror sun
    star globe nation state union congress senate house court army navy police city capital republic
    kingdom party front forces force coalition alliance group council ministry government office agency
    islamic islamist islamists arab arabs kurdish kurds christian christians muslim muslims jewish jews
    western eastern northern southern central north south east west middle new old great united
    general president minister secretary colonel captain major"""
)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# an adjective made of a prefix and a name is not a name: "anti-British", "pro-Western", "ex-Soviet"
_PREFIXED = re.compile(r"^(?:anti|pro|non|post|pre|ex|pan|neo)-[A-Z]\S*$")
_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:anti|pro|non|post|pre|ex|pan|neo)-$")


def _is_stopword(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return word in STOP_WORDS


# --------------------------------------------------------------------------- knowledge base


@dataclass(frozen=True)
class KBEntry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    ambiguous: frozenset[str] = frozenset()
    description: str | None = None


@dataclass
class KnowledgeBase:
    """Well-known actors and their names.  Build with :func:`load_kb`."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    given_names: dict[str, int] = field(default_factory=dict)  # fold(given name) -> variant group
    by_key: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # fold(alias) -> [(id, alias)]
    by_skeleton: dict[str, set[str]] = field(default_factory=dict)
    max_tokens: int = 1
    prefixes: set[str] = field(default_factory=set)

    def add(self, entry: KBEntry) -> None:
        old = self.entries.get(entry.id)
        if old is not None:  # extend: a user file adds aliases to a built-in actor
            entry = KBEntry(
                id=entry.id,
                name=entry.name or old.name,
                type=entry.type or old.type,
                aliases=tuple(dict.fromkeys(old.aliases + entry.aliases)),
                ambiguous=old.ambiguous | entry.ambiguous,
                description=entry.description or old.description,
            )
        self.entries[entry.id] = entry
        for alias in (entry.name, *entry.aliases):
            key = fold(alias)
            if not key:
                continue
            hits = self.by_key.setdefault(key, [])
            if (entry.id, alias) not in hits:
                hits.append((entry.id, alias))
            self.max_tokens = max(self.max_tokens, len(key.split()))
            self.prefixes |= _prefixes([key])
            sk = skeleton(alias)
            if len(sk) >= 5 and alias not in entry.ambiguous and not _short(alias):
                self.by_skeleton.setdefault(sk, set()).add(entry.id)

    def lookup(self, surface: str, *, loose: bool = True) -> list[tuple[str, str]]:
        """(kb id, alias) pairs this surface form may name, case rules applied."""
        out: list[tuple[str, str]] = []
        for kb_id, alias in self.by_key.get(fold(surface), ()):
            if _alias_matches(surface, alias):
                out.append((kb_id, alias))
        if not out and loose and surface[:1].isupper():
            sk = skeleton(surface)
            ids = self.by_skeleton.get(sk, set()) if len(sk) >= 5 else set()
            if len(ids) == 1:
                kb_id = next(iter(ids))
                out.append((kb_id, self.entries[kb_id].name))
        return out

    def is_ambiguous(self, kb_id: str, alias: str) -> bool:
        return alias in self.entries[kb_id].ambiguous

    def same_given_name(self, a: str, b: str) -> bool:
        ga, gb = self.given_names.get(fold(a)), self.given_names.get(fold(b))
        return ga is not None and ga == gb


@lru_cache(maxsize=65536)
def _short(alias: str) -> bool:
    letters = _compact(alias)
    return len(letters) <= 3 or (alias.upper() == alias and any(c.isalpha() for c in alias))


def _alias_matches(surface: str, alias: str) -> bool:
    """Short and all-capital aliases match only in the same case ("IS", never "is")."""
    if _short(alias):
        return _compact(surface) == _compact(alias)
    initial = re.sub(r"^(?:the|The)\s+", "", alias)[:1]  # "the Fed": its name is "Fed", never the verb "fed"
    if surface[:1].islower() and not initial.islower():
        return any(c.isupper() for c in surface)  # "al-Raqqah" yes, "raqqa" no
    return True


def _builtin_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "actors.json"


def _read_kb_file(path: Path) -> tuple[list[KBEntry], list[list[str]]]:
    if not path.is_file():
        raise StorylineError(
            Code.E204,
            f"knowledge-base file {str(path)!r} does not exist",
            hint="give a JSON file in the storyline.actors/1 format (see src/storyline/data/actors.README.md)",
        )
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StorylineError(
            Code.E201, f"knowledge-base file {str(path)!r} is not valid JSON: {exc}", hint=_KB_FORMAT_HINT
        ) from None
    items = data.get("entities") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise StorylineError(
            Code.E201, f"knowledge-base file {str(path)!r} has no 'entities' list", hint=_KB_FORMAT_HINT
        )
    entries: list[KBEntry] = []
    for n, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise StorylineError(Code.E201, f"{path}: entity #{n} has no string 'id'", hint=_KB_FORMAT_HINT)
        etype = item.get("type", "")
        if etype and etype not in ENTITY_TYPES:
            raise StorylineError(
                Code.E201,
                f"{path}: entity {item['id']!r} has unknown type {etype!r}",
                hint=f"use one of: {', '.join(ENTITY_TYPES)}",
            )
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise StorylineError(
                Code.E201, f"{path}: entity {item['id']!r}: 'aliases' must be a list of strings", hint=_KB_FORMAT_HINT
            )
        entries.append(
            KBEntry(
                id=item["id"],
                name=str(item.get("name", "")),
                type=etype,
                aliases=tuple(a for a in aliases if a.strip()),
                ambiguous=frozenset(item.get("ambiguous_aliases", [])),
                description=item.get("description"),
            )
        )
    given = data.get("given_names", []) if isinstance(data, dict) else []
    return entries, [list(g) for g in given if isinstance(g, list)]


_KB_FORMAT_HINT = (
    'expected {"entities": [{"id": "...", "name": "...", "type": "person|organisation|...", '
    '"aliases": ["..."]}]} (see src/storyline/data/actors.README.md)'
)


def load_kb(extra_paths: Sequence[str | Path] = ()) -> KnowledgeBase:
    """The built-in knowledge base merged with the user's JSON files (later files win).

    A user entry with a built-in ``id`` extends it (aliases are added); a new ``id`` adds
    an actor.  Reads files only when called (never at import).
    """
    return _load_kb(tuple(str(p) for p in extra_paths))


@lru_cache(maxsize=8)
def _load_kb(extra: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    groups: list[list[str]] = []
    for path in (_builtin_path(), *map(Path, extra)):
        entries, given = _read_kb_file(path)
        for e in entries:
            if not e.name and e.id not in kb.entries:
                e = KBEntry(
                    e.id, e.aliases[0] if e.aliases else e.id, e.type or "other", e.aliases, e.ambiguous, e.description
                )
            kb.add(e)
        groups.extend(given)
    for n, group in enumerate(groups):
        for name in group:
            kb.given_names.setdefault(fold(name), n)
    for e in list(kb.entries.values()):
        if not e.type:
            kb.entries[e.id] = KBEntry(e.id, e.name, "other", e.aliases, e.ambiguous, e.description)
    return kb


# --------------------------------------------------------------------------- scanning text

_TOKEN = re.compile(r"\w+(?:['’.]\w+)*\.?", re.UNICODE)
_GAP_OK = re.compile(r"[ \t\-–'’\"“”«»]*")
_ORG_NOUNS = _words(
    """militants militant fighters fighter forces group groups members member leader leaders leadership jihadists
    jihadist terrorists terrorist positions position stronghold strongholds commander commanders cell cells
    fighter's emir attack attacks offensive territory capital spokesman propaganda affiliate affiliates
    insurgents insurgency supporters sympathisers sympathizers recruits units unit"""
)
_ORG_BEFORE = _words("the against by from of with fighting defeat defeating joined join to pro anti")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    key: str = ""  # fold(text)
    joined: bool = False  # joined to the previous token by spaces/hyphens/quotes only


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        end = m.end()
        if t.endswith(".") and (t.count(".") == 1 or len(t) > 6):  # sentence full stop, not "U.S."
            t, end = t[:-1], end - 1
        gap = text[prev_end : m.start()] if prev_end >= 0 else "\n"
        joined = gap == " " or (gap != "\n" and _GAP_OK.fullmatch(gap) is not None)
        out.append(_Tok(t, m.start(), end, fold(t), joined))
        prev_end = end
    return out


def _shouting(text: str, start: int, end: int) -> bool:
    """True when the line around a hit is mostly capitals (a headline, where "IS" may be a verb)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : le if le >= 0 else len(text)]
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 1]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w.isupper())
    return caps / len(words) >= 0.6


def _prefixes(keys: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for key in keys:
        words = key.split()
        for n in range(1, len(words) + 1):
            out.add(" ".join(words[:n]))
    return out


def _ngrams(toks: list[_Tok], max_n: int, prefixes: set[str]) -> Iterable[tuple[int, int, str]]:
    """(first token, last token + 1, folded key) for runs of joined tokens that may be a known name."""
    for i in range(len(toks)):
        key = ""
        for j in range(i, min(len(toks), i + max_n)):
            if j > i and not toks[j].joined:
                break
            k = toks[j].key
            if not k:
                continue
            key = f"{key} {k}" if key else k
            if key not in prefixes:
                break
            yield i, j + 1, key


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ish|ian|an|i|ese|ic|ean)$")


def _only_modifiers(text: str, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """ "Kurdish YPG" around "YPG": the rest is nationality adjectives or function words."""
    rest = (text[outer[0] : inner[0]] + " " + text[inner[1] : outer[1]]).split()
    return bool(rest) and all(_DEMONYM.match(w) or w.lower() in _FUNCTION for w in rest)


def _org_context(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    before = toks[i - 1].text.lower() if i > 0 else ""
    after = toks[j].text.lower() if j < len(toks) else ""
    return after in _ORG_NOUNS or (
        before in _ORG_BEFORE
        and (
            not after
            or not after.isalpha()
            or after in _ORG_NOUNS
            or toks[j].text[:1].isupper()
            or after in {"in", "and", "or", "has", "had", "was", "is", "said", "claimed"}
        )
    )


# --------------------------------------------------------------------------- span repair

# words that never begin or end a name: "Raqqa from", "a Richard Evans", "Bank of"
_EDGE_WORDS = _words(
    """a an the from of and or nor in on at to by with for as into onto than but that this these those its his her
    their our my your who which whose while when where after before since during under over via per about against
    between among also said says told"""
)
_WORD = re.compile(r"\S+")
_PTB_BRACKETS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})  # tokenised corpora
_OPENING = "“‘«„"
_CLOSING = "”’»"
_ANY_QUOTE = re.compile('["“”‘’«»„]')
_DROP_QUOTES = str.maketrans("", "", '"“”‘«»„')
_SPEECH_AFTER = re.compile(
    r"[\s,]*(?:said|says|told|stated|added|explained|noted|announced|warned|declared|stressed|insisted)\b"
)
_ORG_HEADS = _words(
    """ministry department office agency council committee commission army police forces force service services
    bank university institute party front union court guard brigade brigades battalion division corps command
    group company corporation news press times network organisation organization association federation"""
)
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")


def _edge(word: str) -> bool:
    """A token that cannot begin or end a name: a function word, a lone dash or bracket token."""
    return word in _EDGE_WORDS or word in _PTB_BRACKETS or not any(c.isalnum() for c in word)


# the head of a body's name the recogniser left out ("Department of the | Interior",
# "Ministry for | Foreign Affairs"): written in capitals right before the span
_BODY_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?:Department|Ministry|Office|Bureau|Secretariat|Agency)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$"
)


def _extend_body(text: str, m: Mention) -> Mention:
    """A body's name cut after its head ("Department of the Interior" read as "Interior") gets
    its head back, whatever the recogniser's label: the part alone names no actor."""
    if not m.text[:1].isupper():
        return m
    hit = _BODY_HEAD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if hit is None:
        return m
    start = hit.start()
    return m.model_copy(update={"start": start, "text": text[start : m.end], "label": "ORG"})


_TRAILING_TITLES = frozenset({
    "Adm", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Rev", "Dr", "Mr",
    "Mrs", "Ms", "Prof", "Pvt", "Cpl", "Det", "Supt", "Insp",
})  # fmt: skip
_TITLE_PREFIXES = frozenset({"Rear", "Vice", "Lt", "Maj", "Brig", "Lieut"})
_NAME_NEXT = re.compile(r"\.?[ \t]+[A-Z]")


_LOWER_LEAD = re.compile(r"[a-z]{2,}(?:['’]s)?")
# lowercase particles inside names ("bin Laden", "van Gogh", "de Gaulle", "al Hamra", "von der Leyen")
_NAME_PARTICLES = _words(
    "al el ul ud ad bin ibn bint abu van von der den ter ten zu de di da du do dos das del della la le les lo y af"
)


def _trim_mention(text: str, m: Mention) -> Mention:
    """Function words cut off the edges of a recogniser span: "Raqqa from" -> "Raqqa", and in a
    line in capitals "ON THE GULF OF MEXICO" -> "GULF OF MEXICO"."""
    if " " not in m.text:
        return m
    caps = shouted(m.text)

    def edge(word: str) -> bool:
        return _edge(word) or (caps and _edge(word.lower()))

    words = [(w.start(), w.end()) for w in _WORD.finditer(m.text)]
    a, b = 0, len(words)
    while b - a > 1 and edge(m.text[words[a][0] : words[a][1]]):
        a += 1
    # a common word the recogniser took before a name ("first Britons", "federal Minerals Management
    # Service", "university's Center for ..."): never a name's particle ("bin Laden", "de Gaulle"),
    # nor a place's or a people's ("west London", "native Americans": they keep their span)
    while (
        m.label in ("PERSON", "ORG")
        and b - a > 1
        and _LOWER_LEAD.fullmatch(m.text[words[a][0] : words[a][1]])
        and m.text[words[a][0] : words[a][1]] not in _NAME_PARTICLES
        and m.text[words[a + 1][0] : words[a + 1][1]][:1].isupper()
    ):
        a += 1
    while b - a > 1 and edge(m.text[words[b - 1][0] : words[b - 1][1]].rstrip(",;:")):
        b -= 1
    # a title abbreviation glued to a name before the person it belongs to: "Coast Guard Adm |
    # Thad Allen", "Retired Coast Guard Rear Adm." -> "Coast Guard"; never all of the span ("Rear Adm")
    if b == len(words) and _NAME_NEXT.match(text, m.end):

        def word(k: int) -> str:
            return m.text[words[k][0] : words[k][1]]

        cut = b
        while cut - a > 1 and word(cut - 1).rstrip(".") in _TRAILING_TITLES:
            cut -= 1
            while cut - a > 1 and word(cut - 1) in _TITLE_PREFIXES:
                cut -= 1
        if cut < b and not all(word(k).rstrip(".") in _TRAILING_TITLES | _TITLE_PREFIXES for k in range(a, cut)):
            b = cut
            if b - a > 1 and word(a).lower() in ("retired", "former"):
                a += 1
    if (a, b) == (0, len(words)):
        return m
    start, end = m.start + words[a][0], m.start + words[b - 1][1]
    return m.model_copy(update={"start": start, "end": end, "text": text[start:end]})


# a possessive at the end of a place span ("New York’s", "United States'"), never a saint's
# name ("St. John's", "St Patrick’s"); a capitalised "The" opening a place of two or more
# capitalised words ("The United States", never "The Hague")
_PLACE_POSSESSIVE = re.compile(r"(?<!\bSt)(?<!\bSt\.)(?<!\bSaint)\s+\S+?(['’]s|(?<=s)['’])$")
_PLACE_THE = re.compile(r"^The\s+(?=[A-Z]\S*\s+[A-Z])")


def _trim_place(text: str, m: Mention) -> Mention:
    """A place span without what is not part of its name: a trailing possessive and a
    sentence-initial "The" ("The United States'" -> "United States")."""
    surface = " " + m.text
    start, end = m.start, m.end
    pos = _PLACE_POSSESSIVE.search(surface)
    if pos is not None:
        end -= len(pos.group(1))
    the = _PLACE_THE.match(m.text)
    if the is not None:
        start += the.end()
    if (start, end) == (m.start, m.end) or end <= start:
        return m
    return m.model_copy(update={"start": start, "end": end, "text": text[start:end]})


# what follows a dateline: "BEIRUT (Reuters) —", "FORT ELLIS, Md. --", "WASHINGTON, D.C. —"
_DATELINE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[ \t]*)?(?:\(|-LRB-|--|—|–)")


def _dateline(text: str, m: Mention) -> bool:
    """A name in capitals that opens a line and is followed by a news agency or a dash: the
    place a report was filed from ("FORT ELLIS, Md. (AP) --"), whatever the recogniser says.  Not
    in a headline all in capitals ("OBAMA -- THE LAST YEAR")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return (
        shouted(m.text)
        and not text[line_start : m.start].strip()
        and bool(_DATELINE_AFTER.match(text, m.end))
        and not _shouting(text, m.start, m.end)
    )


def _broken_quotes(surface: str) -> bool:
    """An opening quotation mark inside a name without its closing one, or the reverse."""
    if not _ANY_QUOTE.search(surface):
        return False
    opening = sum(surface.count(c) for c in _OPENING)
    closing = sum(surface.count(c) for c in _CLOSING if c != "’") + surface.count("’ ")
    return opening != closing or surface.count('"') % 2 == 1


_OPEN_BRACKET = re.compile(r"^(.*?\w[.)]?)\s*(?:\(|\[|-LRB-|-LSB-)\s*([^()\[\]\s][^()\[\]]*)$")
_CLOSE_BRACKET = re.compile(r"\s*(?:\)|\]|-RRB-|-RSB-)")


# a lone lowercase consonant inside a name is what an encoding error leaves of a letter it could not
# read ("Canc n" for "Cancún", "El Pa s" for "El País"); vowels and "y" are words of some names
# ("Ortega y Gasset", "Costa e Silva")
_STRAY_LETTER = re.compile(r"(?:^|\s)[b-df-hj-np-tv-xz](?=\s|$)")
# a possessive whose apostrophe was lost: "Obama s plan" -> "Obama"
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z]{3})\s+s$")


# a stray consonant right after a span: the recogniser stopped at the gap ("Felipe Calder| n"); not
# "s" or "t", what a lost apostrophe leaves ("Obama s", "don t")
_STRAY_AFTER = re.compile(r" [b-df-hj-np-rv-xz](?![\w'’])")


def _lost_apostrophe(text: str, m: Mention) -> Mention:
    """The mention without a trailing " s" left of a possessive whose apostrophe was lost
    ("Agnes s" -> "Agnes"), and with a stray consonant the recogniser left after it ("Felipe
    Calder| n" -> "Felipe Calder n", a broken name :func:`_repair_broken` mends or drops)."""
    if m.text[-1:].isalpha() and (gap := _STRAY_AFTER.match(text, m.end)) is not None:
        return m.model_copy(update={"text": text[m.start : gap.end()], "end": gap.end()})
    hit = _LOST_APOSTROPHE.search(m.text)
    if hit is None or not m.text[:1].isupper():
        return m
    return m.model_copy(update={"text": m.text[: hit.start()], "end": m.start + hit.start()})


# a signed number in a span: a market table's change glued to a name ("-5.18 Ben Bernanke",
# "Dow Jones Industrial Average: +196.89")
_SIGNED_NUMBER = re.compile(r"[ \t]*:?[ \t]*(?<![\w.])[+\-−–]\d[\d,]*(?:\.\d+)?%?(?![\w.])[ \t]*")


def _cut_numbers(m: Mention) -> Mention:
    """The first part of a span with a letter, cut at signed numbers (:data:`_SIGNED_NUMBER`)."""
    if _SIGNED_NUMBER.search(m.text) is None:
        return m
    pos = 0
    for piece in [*_SIGNED_NUMBER.finditer(m.text), None]:
        end = piece.start() if piece is not None else len(m.text)
        if any(c.isalpha() for c in m.text[pos:end]):
            return m.model_copy(update={"text": m.text[pos:end], "start": m.start + pos, "end": m.start + end})
        pos = piece.end() if piece is not None else end
    return m


def _repair_broken(surface: str, forms: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The one name of the story a name broken by an encoding error stands for: each stray
    consonant with the space before it is one unread letter ("Canc n" -> "Cancun", "Felipe Calder
    n" -> "Felipe Calderon"), matched against ``forms`` (folded name -> (form, label)).  None
    when no name or several fit: then the broken name is no actor."""
    out = ""
    for i, w in enumerate(fold(surface).split()):
        if i and _STRAY_LETTER.fullmatch(w):
            out += r"\w" + w
        else:
            out += (" " if out else "") + re.escape(w)
    pattern = re.compile(out)
    hits = {key for key in forms if pattern.fullmatch(key)}
    return forms[next(iter(hits))] if len(hits) == 1 else None


def _split_bracket(text: str, m: Mention) -> list[Mention]:
    """A span that runs into an alternate name in brackets and stops before the closing one:
    "World Health Organization (WHO" -> "World Health Organization" + "WHO" (then joined as an
    acronym defined in the text)."""
    hit = _OPEN_BRACKET.match(m.text)
    if hit is None or not _CLOSE_BRACKET.match(text, m.end):
        return [m]
    inner = hit.group(2)
    if not inner[:1].isupper() or sum(c.isalnum() for c in inner) < 2:
        return [m]  # "Prince (l)": a caption's "left", no name
    a_end, b_start = m.start + hit.end(1), m.start + hit.start(2)
    return [
        m.model_copy(update={"end": a_end, "text": text[m.start : a_end]}),
        m.model_copy(update={"start": b_start, "text": text[b_start : m.end]}),
    ]


def _split_glued(text: str, m: Mention, place_keys: set[str]) -> list[Mention]:
    """An organisation and the speaker after it read as one name: "Ministry of Russia Oleg
    Syromolotov said" -> "Ministry of Russia" + "Oleg Syromolotov".  Only when the word after
    "of" is a place of the story, the rest is two or three plain capitalised words (no office,
    title or place) and a speech verb follows."""
    if not _SPEECH_AFTER.match(text, m.end):
        return [m]
    words = [(w.group(0), w.start(), w.end()) for w in _WORD.finditer(m.text)]
    for k in range(2, len(words) - 2):
        if words[k - 1][0] != "of" or fold(words[k][0]) not in place_keys:
            continue
        tail = words[k + 1 :]
        while tail and all(p in TITLES for p in re.split(r"[-.]", tail[0][0].lower()) if p):
            tail = tail[1:]
        if not 2 <= len(tail) <= 3:
            return [m]
        if not all(_NAME_WORD.match(w) and fold(w) not in _ORG_HEADS and fold(w) not in place_keys for w, _, _ in tail):
            return [m]
        org_end, per_start = m.start + words[k][2], m.start + tail[0][1]
        return [
            m.model_copy(update={"end": org_end, "text": text[m.start : org_end]}),
            m.model_copy(update={"start": per_start, "text": text[per_start : m.end], "label": "PERSON"}),
        ]
    return [m]


@dataclass
class _StoryNames:
    """The labels the story's recogniser spans give each name (folded), and which are person
    names of two words or more."""

    labels: dict[str, Counter[str]]
    full_persons: set[str]
    lower: Counter[str] = field(default_factory=Counter)  # words written in lowercase, folded
    capital: Counter[str] = field(default_factory=Counter)  # words written capitalised, folded
    # words written capitalised right after a lowercase word on the same line ("said Will Smith",
    # "the Briton Ann Barnes"): a name's or a title's, never capitalised by a sentence's or a line's head
    inner: Counter[str] = field(default_factory=Counter)

    @classmethod
    def count(cls, docs: list[AnnotatedArticle], toks_of: list[list[_Tok]] | None = None) -> _StoryNames:
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        for d in docs:
            for m in d.mentions:
                labels[fold(clean_surface(m.text, m.label))][m.label] += 1
        # "La Toya", "De Niro": one name word, spaced, no full name ("La Toya Jackson" is no two names)
        full = {
            k
            for k, v in labels.items()
            if " " in k and v["PERSON"] and not (len(k.split()) == 2 and k.split()[0] in _JOINED_PARTICLES)
        }
        lower: Counter[str] = Counter(t.key for toks in toks_of or () for t in toks if t.text.islower())
        capital: Counter[str] = Counter(t.key for toks in toks_of or () for t in toks if t.text[:1].isupper())
        inner: Counter[str] = Counter(
            b.key
            for toks in toks_of or ()
            for a, b in itertools.pairwise(toks)
            if b.joined and b.text[:1].isupper() and a.text.islower()
        )
        return cls(labels, full, lower, capital, inner)

    def common(self, key: str) -> bool:
        """A word the story writes in lowercase three times at least, and three times as often
        as capitalised ("biggest", "letter"; not "Wells" of Kent Wells, not "Jackson")."""
        return self.lower[key] >= 3 and self.lower[key] >= 3 * self.capital[key]

    def n(self, key: str) -> int:
        return self.labels[key].total() if key in self.labels else 0

    def label(self, key: str) -> str:
        return self.labels[key].most_common(1)[0][0] if self.n(key) else "PERSON"

    def company(self, key: str) -> bool:
        """Whether the story also writes the name with a company's legal form ("GlaxoSmithKline
        Plc"): a company's name whatever label the recogniser gives it alone."""
        return any(self.n(f"{key} {form}") for form in _LEGAL_FORMS)


# a company's legal forms that abbreviate nothing else (not "Co", "SA", "AG": a county, a state)
_LEGAL_FORMS = ("ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "llp", "plc", "gmbh")


# what separates two names in one recogniser span: a spaced dash, a comma, "and", "&"
_NAME_SEP = re.compile(r"\s+[-–—]+\s+|\s*[,;]\s+|\s+(?:and|&)\s+|\s*&\s*")
_NAME_SUFFIX = _words("jr jnr sr snr ii iii iv v phd md qc mp obe mbe cbe esq")


def _split_person(text: str, m: Mention, names: _StoryNames, place_keys: set[str]) -> list[Mention]:
    """A "person" span that holds two names is not a name: it is cut into its names.

    * a list or a caption glued to a sentence: the parts around a spaced dash, a comma, "and"
      or "&" ("James and Billy", "Yele Haiti - Bruce Springsteen", "Thad Allen - approved");
      a part that does not start with a capital is dropped, one the story names as a place is
      a place; never around a suffix ("Martin Luther King, Jr.");
    * two names of the story run together ("Tito Jackson Michael Jackson", "Conrad Murray
      Jackson", "Transocean Halliburton"): the span cuts into two names the story writes on
      their own, each more often than the span (twice at least), and either one of them is a
      person's full name or neither is mostly a person's name ("Paris Jackson" stays)."""
    parts = _span_parts(text, m, _NAME_SEP)
    if len(parts) > 1 and not any(fold(text[a:b]) in _NAME_SUFFIX for a, b in parts):
        out = []
        for a, b in parts:
            part = text[a:b]
            if not part[:1].isupper() or not any(c.isalpha() for c in part):
                continue
            label = "GPE" if fold(part) in place_keys and fold(part) not in names.full_persons else "PERSON"
            out.append(_trim_mention(text, m.model_copy(update={"start": a, "end": b, "text": part, "label": label})))
        return out
    of_cut = _split_of(text, m, names, place_keys)
    if of_cut is not None:
        return of_cut
    words = [(w.start(), w.end()) for w in _WORD.finditer(m.text)]
    if len(words) < 2:
        return [m]
    glued = _glued_word(text, m, words, names)
    if glued is not None:
        return [glued]
    return _run_together(text, m, words, names)


def _run_together(text: str, m: Mention, words: list[tuple[int, int]], names: _StoryNames) -> list[Mention]:
    """A span that is two names of the story run together, cut into them: each part is a name
    the story writes on its own more often than the span (twice at least), and either one of
    them is a person's full name or neither is mostly a person's name ("Tito Jackson Michael
    Jackson", "Transocean Halliburton"; "Paris Jackson" stays).  In an organisation's span (see
    :func:`_org_run`: no place, two organisations of one word each) a bare surname of one of the
    story's full names beside a name mostly an organisation's is cut too ("Hayward Acme" of a
    headline, with Tony Hayward and Acme named apart)."""
    whole = names.n(fold(clean_surface(m.text, "PERSON")))
    org = m.label == "ORG"
    for k in range(1, len(words)):
        left = m.text[: words[k - 1][1]]
        right = m.text[words[k][0] :]
        lk, rk = fold(clean_surface(left, "PERSON")), fold(clean_surface(right, "PERSON"))
        if not lk or not rk or not left[:1].isupper() or not right[:1].isupper():
            continue
        if min(names.n(lk), names.n(rk)) < max(2, whole + 1):
            continue
        if (not left[-1].isalnum() and left[-1] != ".") or (org and not _org_run(lk, rk, names)):
            continue
        if (
            (lk in names.full_persons or rk in names.full_persons)
            or (names.label(lk) != "PERSON" and names.label(rk) != "PERSON")
            or (org and _surname_beside_org(lk, rk, names))
        ):
            cut = m.start + words[k][0]
            return [
                m.model_copy(update={"end": m.start + words[k - 1][1], "text": left, "label": names.label(lk)}),
                m.model_copy(update={"start": cut, "text": text[cut : m.end], "label": names.label(rk)}),
            ]
    return [m]


def _org_run(lk: str, rk: str, names: _StoryNames) -> bool:
    """Whether an organisation's span may be two names run together: no part is mostly a place's
    or a people's ("Ohio Acme", "US Senate", "Russian Navy" and "Acme America" may be one body,
    or its branch), none of its words is one the story writes in lowercase half as often as
    capitalised ("Mariner Energy", "Shell Oil" are companies); two organisations' names are one
    word each ("Acme Zenco"; "Senate Energy Committee" is a committee of the Senate), and a
    person's name stands beside an organisation's that starts no full name of the story
    ("Nick Davies" read as an organisation is a person)."""
    if {names.label(lk), names.label(rk)} & (_PLACE_LABELS | {"NORP"}):
        return False
    if any(2 * names.lower[w] >= names.capital[w] for w in (*lk.split(), *rk.split())):
        return False  # "Mariner Energy", "Shell Oil", "Acme Music": a word of the name
    if "PERSON" not in (names.label(lk), names.label(rk)):
        return " " not in lk and " " not in rk
    # a person's name beside an organisation's that is no given name ("Pryce Jones", "Nick Davies",
    # "Morgan William Davies" are people the recogniser read as organisations)
    for a, b in ((lk, rk), (rk, lk)):
        if names.label(a) == "PERSON" and names.label(b) != "PERSON":
            return not any(p.startswith(b + " ") for p in names.full_persons)
    return False


def _surname_beside_org(lk: str, rk: str, names: _StoryNames) -> bool:
    """One part a one-word person's name ending a full name of the story and starting none (a
    surname, not "Martha" of "Martha Davies"), the other mostly an organisation's name."""
    for a, b in ((lk, rk), (rk, lk)):
        if (
            " " not in a
            and names.label(a) == "PERSON"
            and names.label(b) == "ORG"
            and any(p.endswith(" " + a) for p in names.full_persons)
            and not any(p.startswith(a + " ") for p in names.full_persons)  # "Martha Davies": a person
        ):
            return True
    return False


_ENSEMBLE = _words("trio quartet quintet band orchestra choir ensemble")


def _glued_word(text: str, m: Mention, words: list[tuple[int, int]], names: _StoryNames) -> Mention | None:
    """A "person" span that ends in a common word glued to the name by a lost line break or a
    headline ("Jo Doe Letter to ...", "Wacko Jacko Biggest hits:"): the name without that word.
    Only when the last word is capitalised, a ``common`` word of the story and no surname of it
    (never a name alone, never the last word of another full name: "Kent Wells", "Will Young"
    stay), and the rest is a name the story gives on its own, none of whose words is common,
    mostly a person's or an organisation's.  A rest of one word must be no given name of the
    story ("John Hurt" stays), the common word capitalised nowhere but in this name ("Lena
    Funk", "Darlene Best" stay), and no title before it ("Representative Pete Sessions")."""
    last = m.text[words[-1][0] : words[-1][1]]
    if not _NAME_WORD.match(last) or fold(last) in _NAME_SUFFIX or not names.common(fold(last)):
        return None
    key, whole = fold(last), fold(clean_surface(m.text, "PERSON"))
    if names.n(key) or any(k.endswith(" " + key) and k != whole for k in names.full_persons):
        return None
    left = m.text[: words[-2][1]]
    lk = fold(clean_surface(left, "PERSON"))
    lwords = lk.split()
    if not lwords or not names.n(lk) or names.label(lk) not in ("PERSON", "ORG"):
        return None
    if any(names.common(w) or not _NAME_WORD.match(w.capitalize()) for w in lwords):
        return None
    if not _NAME_WORD.match(left.split()[-1]) or fold(last) in _ORG_HEADS | _ENSEMBLE:
        return None  # "Jo Doe - Approved" is cut at the dash; "Robert Glasper Trio" is a band
    if len(lwords) == 1 and (
        any(k.startswith(lk + " ") and k != whole for k in names.full_persons)
        or names.capital[key] > names.n(whole)
        or fold(m.text.split()[0]) in TITLES
        or fold((text[max(0, m.start - 30) : m.start].split() or [""])[-1]) in TITLES
        or _HONORIFIC.search(text[max(0, m.start - 30) : m.start])
        or _ROLE_BEFORE.search(text[max(0, m.start - 40) : m.start])
    ):
        return None  # "Lena Funk", "Darlene Best": a given name and a surname that is a word
    return m.model_copy(update={"end": m.start + words[-2][1], "text": left})


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _split_of(text: str, m: Mention, names: _StoryNames, place_keys: set[str]) -> list[Mention] | None:
    """A person and where they work or come from read as one name: "Dana Rusk of Greenpeace"
    -> "Dana Rusk" + "Greenpeace".  Only when the words after "of" are a name the story's
    recogniser gives elsewhere, mostly as an organisation or a place (or with a company's legal
    form: "GlaxoSmithKline Plc"), and the words before are
    a name of two capitalised words or more once titles are stripped ("Duke of Kent", "John of
    Gaunt" stay).  None when the span is not cut."""
    hit = _OF.search(m.text)
    if hit is None:
        return None
    left, right = m.text[: hit.start()], m.text[hit.end() :]
    rk = fold(clean_surface(right))
    if not rk or not right[:1].isupper() or names.n(rk) == 0:
        return None
    label = names.label(rk)
    if label not in ("ORG", *_PLACE_LABELS) and rk not in place_keys:
        if not names.company(rk):
            return None
        label = "ORG"  # "Stephen Rae of GlaxoSmithKline", "GlaxoSmithKline" read as a person elsewhere
    person = strip_title(clean_surface(left, "PERSON"))
    pwords = person.split()
    if len(pwords) < 2 or not all(w[:1].isupper() for w in pwords) or fold(person) in place_keys:
        return None
    cut = m.start + hit.end()
    return [
        m.model_copy(update={"end": m.start + hit.start(), "text": left}),
        m.model_copy(update={"start": cut, "text": text[cut : m.end], "label": label}),
    ]


def _span_parts(text: str, m: Mention, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of the pieces of a mention between separators (stripped)."""
    out = []
    pos = m.start
    for hit in sep.finditer(m.text):
        out.append((pos, m.start + hit.start()))
        pos = m.start + hit.end()
    out.append((pos, m.end))
    return [(a, b) for a, b in out if b > a]


# --------------------------------------------------------------------------- resolution


@dataclass
class _M:
    doc: int
    mention: Mention
    surface: str
    origin: str  # ner | kb | story
    kb: str | None = None
    ambiguous: bool = False
    org_context: bool = False
    node: str = ""
    broken: bool = False  # the recogniser's span cuts through a quotation ("RIA “Novosti")


def _in_text_order(ms: Iterable[_M]) -> dict[int, list[_M]]:
    """The mentions of each document (by index), in the order of its text."""
    by_doc: dict[int, list[_M]] = defaultdict(list)
    for x in ms:
        by_doc[x.doc].append(x)
    for xs in by_doc.values():
        xs.sort(key=lambda x: x.mention.start)
    return by_doc


def _sentence_of(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [k for k, (s, e) in enumerate(spans) if s < end and start < e]


def _capitalised_keys(docs: list[AnnotatedArticle]) -> set[str]:
    """Folded forms the story writes capitalised somewhere (computed once per story)."""
    return {fold(m.text) for d in docs for m in d.mentions if m.text != m.text.lower()}


def _capitalised_in(key: str, capitalised: set[str]) -> bool:
    """A lowercase mention ("raqqa") counts only if the story also writes it capitalised."""
    if _is_stopword(key) or key in COMMON_LOWER:
        return False
    return key in capitalised


def resolve_entities(
    docs: list[AnnotatedArticle], kb: KnowledgeBase, is_place: Callable[[str], bool] | None = None
) -> tuple[list[Entity], list[AnnotatedArticle]]:
    """Canonical entities of a story, and the docs with ``Mention.entity`` filled (mentions the
    recogniser missed are added).  ``is_place``: whether a name has a strong gazetteer reading
    (:func:`strong_place`); with it, a "person" or "organisation" the text writes as a place
    ("Cairo, Giza and Al-Minya", "in Giza") is typed ``place``."""
    ms: list[_M] = []
    per_doc: list[list[_M]] = [[] for _ in docs]
    kept_plain: list[list[Mention]] = [[] for _ in docs]  # mentions that name nothing ("us")
    toks_of = [_tokens(d.article.text) for d in docs]
    capitalised = _capitalised_keys(docs)
    place_keys = {fold(m.text) for d in docs for m in d.mentions if m.label in _PLACE_LABELS}
    names = _StoryNames.count(docs, toks_of)
    story_forms: dict[str, tuple[str, str]] = {}  # folded name -> (a form, its label): what broken names may be
    form_count: Counter[str] = Counter()
    for d in docs:
        for m in d.mentions:
            form = clean_surface(m.text, m.label)
            if form[:1].isupper() and not _STRAY_LETTER.search(form):
                story_forms.setdefault(fold(form), (form, m.label))
                form_count[fold(form)] += 1
    lower_words = Counter(t.key for toks in toks_of for t in toks if t.text.islower())
    # names of two words or more the recogniser takes three times at least, whose first word is no
    # common word ("Earthquake Haiti" of a headline is none): what a span cut short may be part of
    whole_names = {
        k: v
        for k, v in story_forms.items()
        if " " in k and form_count[k] >= 3 and lower_words[k.split()[0]] <= form_count[k]
    }

    given = _given_names_missed(docs, names)

    # 1. recogniser mentions, span errors repaired, cleaned and linked to the knowledge base
    for di, d in enumerate(docs):
        raw: list[Mention] = []
        mentions = _join_foreign_bodies(d.article.text, list(d.mentions))
        if is_place is not None:
            mentions = _given_names_read_as_places(d.article.text, mentions, is_place)
        ends = {m.end for m in mentions}
        for m0 in mentions:
            m1 = _extend_body(d.article.text, _common_lead(d.article.text, _trim_mention(d.article.text, m0), names))
            m1 = _given_before(d.article.text, _extend_name(d.article.text, m1, whole_names, ends), given)
            if m1.label in _PLACE_LABELS:
                m1 = _named_document(d.article.text, _trim_place(d.article.text, m1))
            if m1.label not in _PLACE_LABELS and _dateline(d.article.text, m1) and not kb.lookup(m1.text):
                m1 = m1.model_copy(update={"label": "GPE"})
            parts = _split_bracket(d.article.text, m1)
            if len(parts) > 1:
                raw.extend(parts)
            elif m1.label == "ORG":
                for m2 in _split_glued(d.article.text, m1, place_keys):
                    ws = [(w.start(), w.end()) for w in _WORD.finditer(m2.text)]
                    raw.extend(
                        _run_together(d.article.text, m2, ws, names) if len(ws) >= 2 and m2.label == "ORG" else [m2]
                    )
            elif m1.label == "PERSON":
                raw.extend(_split_person(d.article.text, m1, names, place_keys))
            else:
                raw.append(m1)
        for m in raw:
            m = _storm(d.article.text, _lost_apostrophe(d.article.text, _cut_numbers(m)))
            surface = clean_surface(m.text, m.label)
            if _STRAY_LETTER.search(surface):  # "Canc n": an encoding error's, mended or no actor
                fix = _repair_broken(surface, story_forms)
                if fix is None:
                    kept_plain[di].append(m.model_copy(update={"entity": None}))
                    continue
                surface = fix[0]
                m = m.model_copy(update={"label": fix[1]})
            broken = _broken_quotes(m.text.strip(_QUOTES + " ,;:"))
            key = fold(surface)
            if (
                not key
                or not any(c.isalpha() for c in key)
                or (surface == surface.lower() and not _capitalised_in(key, capitalised))
                or _PREFIXED.match(surface)
                or _no_name(d.article.text, m, surface)
            ):
                kept_plain[di].append(m.model_copy(update={"entity": None}))
                continue
            x = _M(di, m, surface, "ner", broken=broken)
            hits = kb.lookup(surface)
            if hits:
                x.kb = hits[0][0]
                x.ambiguous = all(kb.is_ambiguous(k, a) for k, a in hits)
                if x.ambiguous:
                    tstarts = [t.start for t in toks_of[di]]
                    ti, tj = bisect.bisect_left(tstarts, m.start), bisect.bisect_left(tstarts, m.end)
                    x.org_context = _org_context(d.article.text, toks_of[di], ti, tj)
            per_doc[di].append(x)

    # 2. knowledge-base aliases the recogniser missed
    for di, d in enumerate(docs):
        text = d.article.text
        toks = toks_of[di]
        spans = [(x.mention.start, x.mention.end) for x in per_doc[di]]
        starts = [s.start for s in d.sentences]
        i = 0
        best: dict[int, tuple[int, str, str]] = {}
        for a, b, key in _ngrams(toks, kb.max_tokens, kb.prefixes):
            if key in kb.by_key and (a not in best or b > best[a][0]):
                best[a] = (b, key, "")
        added: list[_M] = []
        i = 0
        while i < len(toks):
            if i not in best:
                i += 1
                continue
            b, key, _ = best[i]
            start, end = toks[i].start, toks[b - 1].end
            surface = text[start:end]
            hits = [(k, al) for k, al in kb.by_key[key] if _alias_matches(surface, al)]
            if not hits or (any(_short(al) for _, al in hits) and _shouting(text, start, end)):
                i += 1
                continue
            over = _overlaps(spans, start, end)
            if over and not all(
                start <= spans[k][0] and spans[k][1] <= end and (spans[k][1] - spans[k][0]) < end - start for k in over
            ):
                k0 = over[0]
                outer = per_doc[di][k0] if len(over) == 1 else None
                if outer is None or outer.kb or not (outer.broken or _only_modifiers(text, spans[k0], (start, end))):
                    i = b
                    continue
            kb_id = hits[0][0]
            etype = kb.entries[kb_id].type
            m = Mention(
                article=d.article.id, sentence=_sentence_of(starts, start), start=start, end=end,
                text=surface, label=TYPE_LABEL.get(etype, "ORG"),
            )  # fmt: skip
            x = _M(di, m, clean_surface(surface), "kb", kb=kb_id)
            x.ambiguous = all(kb.is_ambiguous(k, al) for k, al in hits)
            x.org_context = _org_context(text, toks, i, b)
            for k in sorted(over, reverse=True):  # the longer alias replaces what it contains
                per_doc[di][k] = x
                spans[k] = (-1, -1)
            if not over:
                added.append(x)
            i = b
        per_doc[di] = [x for x in per_doc[di] if x.mention.start >= 0]
        seen: set[int] = set()
        uniq = []
        for x in per_doc[di] + added:
            if id(x) not in seen:
                seen.add(id(x))
                uniq.append(x)
        per_doc[di] = uniq

    # 3. ambiguous short aliases need evidence from the story
    evidenced = {x.kb for xs in per_doc for x in xs if x.kb and not x.ambiguous}
    for xs in per_doc:
        for x in xs:
            if x.ambiguous and x.kb not in evidenced and not x.org_context:
                x.kb = None
    for di, xs in enumerate(per_doc):
        per_doc[di] = [x for x in xs if not (x.origin == "kb" and x.kb is None)]

    # 4. re-occurrences of the story's names: any case, or a transliteration variant
    _propagate(docs, per_doc, toks_of, kb)

    for xs in per_doc:
        ms.extend(xs)
    lower = Counter(t.key for toks in toks_of for t in toks if t.text.islower())
    lower.update(_lower_ngrams(toks_of))
    capital = Counter(t.key for toks in toks_of for t in toks if t.text[:1].isupper())
    return _build(docs, ms, kept_plain, kb, lower, is_place, capital)


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)[ \t]+$")


def _extend_name(text: str, m: Mention, forms: dict[str, tuple[str, str]], ends: set[int]) -> Mention:
    """A one-word span cut off the name of the story it ends ("the Deepwater | Horizon rig",
    where the recogniser elsewhere takes "Deepwater Horizon") gets the capitalised word before
    it back, with that name's label; never a word another span ends with."""
    if " " in m.text.strip() or not m.text[:1].isupper():
        return m
    hit = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if hit is None or hit.end(1) in ends or hit.group(1).lower() in _FUNCTION | _NEVER_NAMES:
        return m
    found = forms.get(fold(text[hit.start(1) : m.end]))
    if found is None:
        return m
    return m.model_copy(update={"start": hit.start(1), "text": text[hit.start(1) : m.end], "label": found[1]})


# a body's name in another language the recogniser cuts at its particle, which it reads as the end of
# an English name: "Medecins | du Monde", "MEDECINS SANS | FRONTIERES", "Reporters sans | Frontieres"
# (the head noun and the particles are ``_FOREIGN_BODY_HEADS`` and ``_FOREIGN_PARTICLES``)
_FOREIGN_LINK = re.compile(r"[ \t]+((?:[A-Za-z]+[ \t]+){0,2}?)([A-Z][\w'’-]*)")
_FOREIGN_HEAD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*)[ \t]+((?:[A-Za-z]+[ \t]+){0,2})$")
_FOREIGN_ARTICLES = _words("la le les")  # "de la", "contre la": an article after a particle


def _particles(words: str) -> bool:
    """Whether every word of ``words`` is a particle of a body's foreign name ("du", "de la")."""
    keys = fold(words).split()
    return all(k in _FOREIGN_PARTICLES or k in _FOREIGN_ARTICLES for k in keys) and (
        not keys or keys[0] in _FOREIGN_PARTICLES
    )


def _join_foreign_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a foreign body's name the recogniser cut at a particle made whole: a span
    that is the head noun (with or without its particles) gets the particles and the capitalised
    word after it ("Medecins" + "du Monde"), a span after the head noun and its particles gets them
    back ("Medecins Sans" + "Frontieres"); the whole is an organisation's, and a span inside it
    is gone.  One capitalised word after the particles, as such names are built ("Medecins du
    Monde UK" is the body's branch, left to the branch rule)."""
    out: list[Mention] = []
    cover: list[tuple[int, int]] = []
    for m in mentions:
        words = m.text.split()
        if not words or len(words) > 3:
            continue
        start, end = m.start, m.end
        if fold(words[0]) in _FOREIGN_BODY_HEADS and _particles(" ".join(words[1:])):
            after = _FOREIGN_LINK.match(text, m.end)
            if after is not None and (len(words) > 1 or after.group(1)) and _particles(after.group(1)):
                end = after.end(2)
        elif len(words) <= 2 and (before := _FOREIGN_HEAD_BEFORE.search(text, max(0, m.start - 40), m.start)):
            inner, last = " ".join(words[:-1]), words[-1]
            if (
                fold(before.group(1)) in _FOREIGN_BODY_HEADS
                and last[:1].isupper()
                and _particles(f"{before.group(2)} {inner}")
                and (before.group(2) or inner)
            ):
                start = before.start(1)
        crossed = any(o.start < start < o.end or o.start < end < o.end for o in mentions)
        if (start, end) != (m.start, m.end) and not crossed:  # never half another span
            cover.append((start, end))
    if not cover:
        return mentions
    for m in mentions:
        whole = next(((a, b) for a, b in cover if a <= m.start and m.end <= b), None)
        if whole is None:
            out.append(m)
        elif (m.start, m.end) != whole and (whole[0] == m.start or whole[1] == m.end):
            if not any(o.start == whole[0] and o.end == whole[1] for o in out):
                out.append(
                    m.model_copy(
                        update={"start": whole[0], "end": whole[1], "text": text[whole[0] : whole[1]], "label": "ORG"}
                    )
                )
        elif (m.start, m.end) == whole:
            out.append(m)
    return out


# forms of address before a given name or a surname, no given name themselves: "Father Gerry",
# "Madame Pierre", "baby Jack", "Uncle Sam" (TITLES has the offices)
_HONORIFICS = _words("father mother brother sister madame madam mister monsieur mademoiselle uncle aunt auntie baby")


def _given_names_missed(docs: list[AnnotatedArticle], names: _StoryNames) -> dict[str, str]:
    """Surnames (folded) the recogniser takes alone while the text always writes the same given
    name before them ("Fearne | Cotton" each time): that word is part of the name.  A person named
    by surname alone in news prose is first named in full; a surname whose every span (two at
    least) has the same capitalised word before it, a word the story never writes in lowercase,
    that is no title ("Mrs", "Dr", "Senator") and that no other span ends with or names, is the
    given name the recogniser missed.  Returns surname -> given name."""
    before: dict[str, Counter[str | None]] = defaultdict(Counter)
    for d in docs:
        text = d.article.text
        ends = {m.end for m in d.mentions if m.label != "PERSON" or " " in m.text.strip()}
        for m in d.mentions:
            if m.label != "PERSON" or " " in m.text.strip() or not _NAME_WORD.match(m.text):
                continue
            hit = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            word = hit.group(1) if hit is not None and hit.end(1) not in ends else None
            before[fold(m.text)][word] += 1
    out: dict[str, str] = {}
    for key, words in before.items():
        word, n = words.most_common(1)[0]
        if word is None or n < 2 or len(words) > 1 or not _NAME_WORD.match(word) or _POSSESSIVE.search(word):
            continue
        w, whole = fold(word), fold(f"{word} {key}")
        if w in TITLES | _HONORIFICS or w in _FUNCTION or w in _NEVER_NAMES or names.lower[w] or names.n(w):
            continue
        if names.n(whole) and names.label(whole) != "PERSON":
            continue  # "Panmure Gordon", a broker the recogniser names in full elsewhere
        out[key] = word
    return out


def _common_lead(text: str, m: Mention, names: _StoryNames) -> Mention:
    """A span whose first word, capitalised by its place at the head of a sentence, a caption or a
    headline (title case capitalises every word), is no part of the name after it:

    - a word of a closed class (:data:`_CLOSED_LEADS`) before a name the story's recogniser gives
      elsewhere: "Behind McCain", "Neither Waxman", "Earlier Thad Allen", "Without Freddie Mac" ->
      the name, with the label the story gives it ("Besides Mexico" -> "Mexico", a place);
    - a common word of the story (:meth:`_StoryNames.common`, or one it writes in lowercase and
      never capitalises after a lowercase word) before a full name the story names alone:
      "Rapper Wyclef Jean", "Fireman Jo Bloggs" -> the full name;
    - a people's noun whose plural the story writes ("Briton" beside "Britons") before a full name
      the story names alone: "Briton Tony Hayward" -> "Tony Hayward";
    - a common word of the story opening a sentence before one name word: the surname of a person
      the same article names in full ("Probably Hayward's gaffe" beside "Tony Hayward"), or a name
      the story gives alone with the span's label and no full name ends with ("Letting Lehman").

    Never a title ("President" goes with :func:`strip_title`), never before a name the story never
    writes alone; by the last three cues, never a word that begins another person's name in the
    story (a given name: "Christian Bale")."""
    words = list(_WORD.finditer(m.text))
    if len(words) < 2 or not words[0].group()[:1].isupper() or not words[1].group()[:1].isupper():
        return m
    lead = fold(words[0].group())
    if lead in TITLES or not lead.isalpha():
        return m
    start = m.start + words[1].start()
    rest = fold(clean_surface(text[start : m.end], m.label))
    whole = fold(clean_surface(m.text, m.label))
    if not rest or rest == whole:
        return m
    label = m.label
    if lead in _CLOSED_LEADS and m.label in _LEAD_LABELS:
        if fold(words[1].group()) in TITLES:
            return m  # "All Lord Goldsmith": the bare surname a title leaves may join another bearer
        surname = any(k.endswith(" " + rest) and k != whole for k in names.full_persons)
        if rest in names.full_persons or surname or names.labels[rest]["PERSON"]:
            label = "PERSON"
        elif names.n(rest):
            label = names.label(rest)  # "Besides Mexico": the place the story names
        else:
            return m
    elif len(words) == 2 and m.label in ("PERSON", "ORG") and _heads_sentence(text, m.start):
        # "Probably Hayward", "Outside Jackson", "Letting Lehman": a word the story writes in lowercase and never
        # capitalises after a lowercase word, opening a sentence before a name the story gives alone, is no part
        # of it.  The name alone must be another person's surname, or a name the story gives mostly with the
        # span's label and no full name ends with: never the span's own surname ("Dawn Halfaker", then "Halfaker
        # said": "dawn" is a common word, and her given name).  Never a word that begins another person's name,
        # nor in a name the story writes again and again
        if not names.common(lead) or names.inner[lead]:
            return m
        if names.n(whole) > 2 or any(k.startswith(lead + " ") and k != whole for k in names.full_persons):
            return m
        if _APPOSITIVE_AFTER.match(text, m.end):
            return m  # "Seize BP, a campaign against the company, ...": a name the writer goes on to describe
        # the rest is the surname of a person this article names in full ("Tony Hayward ... Probably Hayward's
        # gaffe"), not of one another report names ("Drew Landry" is no Mary Landry); never a people's plural
        # ("Secular Shias" beside "Shia")
        folded = f" {fold(text)} "
        bearers = {k for k in names.full_persons if k.endswith(" " + rest)}
        named = {k for k in bearers - {whole} if f" {k} " in folded}
        alone = not bearers and names.label(rest) == m.label
        if not (alone or (named and m.label == "PERSON")) or (rest.endswith("s") and names.n(rest[:-1])):
            return m
    elif m.label != "PERSON" or len(words) < 3 or rest not in names.full_persons or lead in _EDGE_WORDS:
        return m  # "The Joe Griffin", a boat's name: the article stays with the span, as before
    elif not names.common(lead):
        sentence_head = len(lead) > 2 and names.lower[lead] > 0 and not names.inner[lead]  # "Fireman"
        people = bool(_PEOPLE_NOUN.match(words[0].group())) and names.capital[_people_plural(lead)] > 0
        given = any(  # "Christian Bale" elsewhere: a given name ("Lawyer Jo Bloggs" beside "Jo Bloggs" is none)
            k.startswith(lead + " ") and k != whole and k[len(lead) + 1 :] not in names.full_persons
            for k in names.full_persons
        )
        if given or not (sentence_head or people):
            return m
    return m.model_copy(update={"start": start, "text": text[start : m.end], "label": label})


# a description set after a name by a comma: "Seize BP, a campaign ...", "Jo Park, the mayor, ..."
_APPOSITIVE_AFTER = re.compile(r"['’]?s?[ \t]*,[ \t]+(?:a|an|the)[ \t]")
# what may stand between a sentence's or a line's end and the next sentence's first word: spaces, opening
# quotation marks and brackets
_HEAD_GAP = re.compile(r"(?:^|[\n.!?:;])[\s\"“‘'(\[]*$")


def _heads_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line (capitalised by its place, not as a name)."""
    return _HEAD_GAP.search(text, max(0, start - 8), start) is not None


def _people_plural(noun: str) -> str:
    """The plural of a people's noun: "briton" -> "britons", "frenchman" -> "frenchmen"."""
    return noun[:-3] + "men" if noun.endswith("man") else noun + "s"


# a treaty's, a peace's or a conference's name made of the place where it was signed or held, the
# place's span just after it: "the Treaty of Westphalia", "the Peace of Utrecht", "the Congress of
# Vienna" (not "the Kyoto Protocol", another form).  The name is a document's or an event's, not a
# place where the story happens: never a battle's ("the Battle of Fallujah" is fought there)
_DOCUMENT_OF = re.compile(
    r"(?<![\w'’-])(?:Treaty|Treaties|Peace|Congress|Convention|Conventions|Protocol|Accord|Accords|Edict|Pact|Charter)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def _named_document(text: str, m: Mention) -> Mention:
    """A place span that ends the name of a document or a conference (:data:`_DOCUMENT_OF`):
    the whole name, labelled a law's ("Treaty of Westphalia")."""
    hit = _DOCUMENT_OF.search(text, max(0, m.start - 40), m.start)
    if hit is None:
        return m
    return m.model_copy(update={"start": hit.start(), "text": text[hit.start() : m.end], "label": "LAW"})


def _given_names_read_as_places(text: str, mentions: list[Mention], is_place: Callable[[str], bool]) -> list[Mention]:
    """A given name the recogniser read as a place, its surname as a person's name right after it
    ("said Natalia | Franco", "Natalia" a village of Texas): one person's span.  Only a one-word
    place with no strong gazetteer reading (:func:`strong_place`: never "Haiti | Carlos" of a caption
    run on, "in Syria | Galloway") before a one-word person's span, a single space between them."""
    out: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    k = 0
    while k < len(ordered):
        m = ordered[k]
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (
            nxt is not None
            and m.label in ("GPE", "LOC")
            and nxt.label == "PERSON"
            and text[m.end : nxt.start] == " "
            and _NAME_WORD.match(m.text)
            and _NAME_WORD.match(nxt.text)
            and not is_place(m.text)
        ):
            out.append(m.model_copy(update={"end": nxt.end, "text": text[m.start : nxt.end], "label": "PERSON"}))
            k += 2
            continue
        out.append(m)
        k += 1
    return out if len(out) < len(mentions) else mentions  # the recogniser's order when nothing joined


def _given_before(text: str, m: Mention, given: dict[str, str]) -> Mention:
    """``m`` with the given name :func:`_given_names_missed` found put back before it."""
    word = given.get(fold(m.text)) if m.label == "PERSON" and " " not in m.text.strip() else None
    if word is None:
        return m
    hit = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if hit is None or hit.group(1) != word:
        return m
    return m.model_copy(update={"start": hit.start(1), "text": text[hit.start(1) : m.end]})


# the words that name a storm before its name: "Hurricane Alex", "Tropical Storm Alex", "tropical
# storm Alex", "Tropical Depression Two", "Typhoon Haiyan".  One vocabulary, two uses:
# - _STORM_SPAN and _STORM_BEFORE label a mention a storm's wherever it is (:func:`_storm`), so they
#   leave out a bare capitalised "Storm X": it names towns and things as often ("Storm Lake", Iowa;
#   the "Storm Shadow" missile);
# - _STORM_WORD and _STORM_FORM also take "Storm Bonnie" (of "Tropical Storm Bonnie", or a named
#   European storm), because they are used only in an article that names a storm (:func:`_storm_names`).
_STORM_KIND = r"(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]uperstorm|[Tt]ropical[ \t]+(?:[Ss]torm|[Dd]epression))"
_STORM_BEFORE = re.compile(rf"(?:\b{_STORM_KIND}|\bstorm)[ \t]+$")
_STORM_SPAN = re.compile(rf"{_STORM_KIND}[ \t]+[A-Z]")


# a storm named in an article: "Hurricane Alex", "Tropical Storm Bonnie", "Storm Ciara", and the
# names listed after a plural ("Hurricanes Katrina, Gustav and Ike", "hurricanes - Gustav, Ike and Katrina")
_STORM_WORD = rf"(?:{_STORM_KIND}|Storm)"
_STORM_NAME = r"[A-Z][a-z]{2,}"
_STORM_NAMED = re.compile(
    rf"\b{_STORM_WORD}[ \t]+({_STORM_NAME})\b(?![ \t]+[A-Z])"
    rf"|\b{_STORM_WORD}s(?:[ \t]+|[ \t]*[-–—:][ \t]*)((?:{_STORM_NAME},?[ \t]+)*(?:and|&)[ \t]+{_STORM_NAME})\b"
)
_STORM_LIST_NAME = re.compile(rf"(?<![\w'’-]){_STORM_NAME}(?![\w'’-])")
_STORM_NODE = "#storm"
_STORM_FORM = re.compile(rf"{_STORM_WORD}[ \t]+[A-Z]")  # "Storm Bonnie" of "Tropical Storm Bonnie" too
_NOT_STORM_NAMES = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december season center centre warning watch"""
)


def _storm_names(text: str) -> set[str]:
    """The folded names of the storms an article names: "Hurricane Alex" -> "alex"."""
    out: set[str] = set()
    for hit in _STORM_NAMED.finditer(text):
        if hit.group(1):
            out.add(fold(hit.group(1)))
        else:
            out.update(fold(n.group(0)) for n in _STORM_LIST_NAME.finditer(hit.group(2)))
    return out - _NOT_STORM_NAMES


def _storm(text: str, m: Mention) -> Mention:
    """A storm's name is no person's, whatever the recogniser said: a name after "Hurricane",
    "Tropical Storm", lowercase "storm" ("tropical storm Alex"), or a span opening with them
    ("Storm Alex" of "Tropical Storm Alex") is labelled an event."""
    if m.label not in ("PERSON", "ORG", "NORP", *_PLACE_LABELS):
        return m
    if (
        _STORM_SPAN.match(m.text)
        or _STORM_BEFORE.search(text[max(0, m.start - 24) : m.start])
        or (m.text.startswith("Storm ") and re.search(r"\b[Tt]ropical[ \t]+$", text[max(0, m.start - 12) : m.start]))
    ):
        return m.model_copy(update={"label": "EVENT"})
    return m


# words that never name an actor, whatever the recogniser said of a capitalised one opening a
# sentence ("Some said", "Many fled"): determiners, quantifiers, pronouns
_NEVER_NAMES = _words(
    """some many most all several few both each every other others another such this these those any none
    much more less there here it its they them their we our you your he she his her my"""
)
# the labels of a name a sentence's first word may be glued to; a title of a work or an event keeps
# its words ("Beyond Petroleum", "No War")
_LEAD_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# words of closed classes that open a sentence or a headline before a name, capitalised by their
# place, which the recogniser takes into the name: prepositions, conjunctions, adverbs of time and
# sequence, sentence adverbs, quantifiers and negators ("Behind McCain's decision", "Neither Waxman nor
# Barton", "Earlier Thad Allen said", "Maybe Obama sees", "Both Allen and Hayward").  Never an article
# nor a possessive ("The Joe Griffin" is a boat, "My Lai" a village, "Our Lady" a saint), never a verb
# of saying nor "per" (both begin given names: "Said Jalili", "Per Stenstrom"), nor a modal ("Will",
# "May"), nor "inside" (a programme's or a book's title: "Inside Health")
_CLOSED_LEADS = (
    _EDGE_WORDS
    | _NEVER_NAMES
    | _words(
        """behind beyond besides beside without within throughout despite following amid amidst unlike like
        across along around toward towards upon until unless though although because if whether neither
        either not no yet still even just only again instead however meanwhile earlier later then now
        already thus hence so everything nothing everyone nobody what why how maybe perhaps probably possibly
        overall outside"""
    )
) - _words("a an the said says told per my our your his her its their it we you he she they them there here")
# a decade in words or digits is a time, not an actor: "the Nineties", "the 1980s", "the '60s"
_DECADE = re.compile(
    r"(?:the\s+)?(?:(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties)"
    r"|(?:\d\d|['’])?\d0s)",
    re.IGNORECASE,
)
# a party-and-state tag after a legislator's name: "Sen. Ann Roe, D-Mass., said", "(R-Texas)", "(D.-Mass)"
_PARTY_TAG = re.compile(r"[DRI]\.?-[A-Z][A-Za-z.]{0,13}")
_PARTY_TAG_BEFORE = re.compile(r"(?:,|\(|-LRB-)[ \t]*$")


# a surname used as an attribute of an office held by someone else: "Bush Treasury Secretary
# Henry Paulson", "Bush Treasury official", "the Obama Defense Department"
_ATTRIBUTIVE_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?:Secretary|Department|Minister|Ministry|official|officials|adviser|"
    r"advisers|aide|aides|spokesman|spokeswoman|chief|director|appointee)\b"
)


def _no_name(text: str, m: Mention, surface: str) -> bool:
    """A recogniser span that names no actor: a function word ("Some" opening a sentence), a
    decade ("Nineties"), a party-and-state tag after a name ("D-Mass" in "Ann Roe, D-Mass.,"),
    a surname as an attribute of an office someone else holds ("Bush" in "Bush Treasury
    Secretary Henry Paulson")."""
    if surface.lower() in _NEVER_NAMES or _DECADE.fullmatch(surface):
        return True
    if m.label == "PERSON" and " " not in surface and _ATTRIBUTIVE_AFTER.match(text, m.end):
        return True
    return bool(_PARTY_TAG.fullmatch(surface)) and bool(_PARTY_TAG_BEFORE.search(text[max(0, m.start - 8) : m.start]))


def _lower_ngrams(toks_of: list[list[_Tok]]) -> Counter[str]:
    """Folded runs of two or three lowercase words written together ("swine flu"): how often the
    story writes a name of several words as a common noun."""
    out: Counter[str] = Counter()
    for toks in toks_of:
        for i in range(len(toks) - 1):
            if not toks[i].text.islower():
                continue
            key = toks[i].key
            for j in (i + 1, i + 2):
                if j >= len(toks) or not toks[j].joined or not toks[j].text.islower():
                    break
                key = f"{key} {toks[j].key}"
                out[key] += 1
    return out


_PROPAGATE_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def _propagate(
    docs: list[AnnotatedArticle], per_doc: list[list[_M]], toks_of: list[list[_Tok]], kb: KnowledgeBase
) -> None:
    """Add mentions for re-occurrences of the story's names that the recogniser missed.

    A name is propagated only when the story treats it as a name: written capitalised
    at least once in mid-sentence, and (unless it is a knowledge-base alias) capitalised
    at least three times as often as the same word appears in lowercase in the story
    ("Raqqa" 35 / "raqqa" 6: yes; "Health" / "health", "States" / "states": no).
    Lowercase re-occurrences are taken for place names only, never for a name written as an
    abbreviation in half its capitalised mentions or more ("Oxford, Miss." -> never "miss").
    """
    forms: dict[str, Counter[str]] = defaultdict(Counter)  # fold key -> labels
    cap_count: Counter[str] = Counter()
    cap_mid: Counter[str] = Counter()
    kb_of: dict[str, str] = {}
    skel: dict[str, set[str]] = defaultdict(set)
    capital_only: set[str] = set()  # surnames: only "Carter", never "carter"
    abbreviated: Counter[str] = Counter()  # "Miss." of "Oxford, Miss.": "miss" is no re-occurrence
    for di, xs in enumerate(per_doc):
        text = docs[di].article.text
        sent_set = {sn.start for sn in docs[di].sentences}
        for x in xs:
            key = fold(x.surface)
            if (
                x.mention.label not in _PROPAGATE_LABELS
                or len(_compact(x.surface)) < 4
                or x.surface == x.surface.lower()
                or x.ambiguous
                or _short(x.surface)
            ):
                continue
            forms[key][x.mention.label] += 1
            cap_count[key] += 1
            if x.mention.text.endswith(".") and " " not in x.mention.text:
                abbreviated[key] += 1
            st = x.mention.start
            if (
                st not in sent_set
                and text[max(0, st - 1) : st] not in ("\n", "")
                and text[max(0, st - 2) : st].strip() not in (".", '"', "“")
            ):
                cap_mid[key] += 1
            if x.kb:
                kb_of.setdefault(key, x.kb)
            if len(key.split()) <= 3 and len(skeleton(x.surface)) >= 4:
                skel[skeleton(x.surface)].add(key)
            words = x.surface.split()
            if x.mention.label == "PERSON" and len(words) >= 2:
                last = re.sub(r"^(?:al|el|Al|El)[-‐]", "", words[-1])
                lk = fold(last)
                if len(lk) >= 4 and last[:1].isupper() and lk not in forms:
                    forms[lk]["PERSON"] += 0
                    capital_only.add(lk)
                    cap_count[lk] += 1
                    cap_mid[lk] += 1
    if not forms:
        return
    lower_count: Counter[str] = Counter(t.key for toks in toks_of for t in toks if t.text.islower() and t.key in forms)

    def is_name(key: str) -> bool:
        if key in kb_of:
            return cap_count[key] >= 3 * lower_count[key] or len(key.split()) > 1
        if len(key.split()) == 1 and (key in COMMON_LOWER or _is_stopword(key)):
            return False
        return cap_mid[key] >= 1 and cap_count[key] >= 3 * lower_count[key]

    names = {k for k in forms if is_name(k)}
    if not names:
        return
    max_n = max(len(k.split()) for k in names)
    prefixes = _prefixes(names)
    for di, d in enumerate(docs):
        text = d.article.text
        toks = toks_of[di]
        spans = sorted((x.mention.start, x.mention.end) for x in per_doc[di])
        starts_sp = [s for s, _ in spans]
        sent_starts = [s.start for s in d.sentences]
        i = 0
        grams: dict[int, tuple[int, str]] = {}
        for a, b, key in _ngrams(toks, max_n, prefixes):
            if key in names and (a not in grams or b > grams[a][0]):
                grams[a] = (b, key)
        for a, tok in enumerate(toks):  # transliteration variants of a known name: "Rakka" for "Raqqa"
            if a in grams or not tok.text[:1].isupper() or tok.key in _FUNCTION or tok.key in _NEVER_NAMES:
                continue  # "Some" opening a sentence is no spelling of "Somme"
            if _PREFIX_BEFORE.search(text, max(0, tok.start - 6), tok.start):
                continue
            for b in range(a + 1, min(len(toks), a + 3) + 1):
                end_tok = toks[b - 1]
                if b > a + 1 and (not end_tok.joined or not (end_tok.text[:1].isupper() or end_tok.key in _FUNCTION)):
                    break
                cands = skel.get(skeleton(text[tok.start : end_tok.end]), set()) & names
                if cands:
                    grams[a] = (b, max(cands, key=lambda c: (sum(forms[c].values()), c)))
        while i < len(toks):
            if i not in grams or _PREFIX_BEFORE.search(text, max(0, toks[i].start - 6), toks[i].start):
                i += 1  # "anti-British" is not a mention of the British
                continue
            b, key = grams[i]
            start, end = toks[i].start, toks[b - 1].end
            surface = text[start:end]
            k = bisect.bisect_left(starts_sp, end)
            if any(s < end and start < e for s, e in spans[max(0, k - 8) : k + 1]):
                i += 1  # a shorter name may start inside: "MIOT" after the recognised "Joseph Serge"
                continue
            low = surface == surface.lower()
            if low and (
                key in capital_only
                or forms[key].most_common(1)[0][0] not in _PLACE_LABELS
                or 2 * abbreviated[key] >= cap_count[key]  # "Miss.", "Wash.", "Ind.": "miss", "wash" are words
                or (start > 0 and text[start - 1] in "-‐")  # "the south-east end of the city": a compound's
            ):
                i = b
                continue
            label = forms[key].most_common(1)[0][0] if forms[key] else "PERSON"
            if label == "PERSON" and " " not in key and _ATTRIBUTIVE_AFTER.match(text, end):
                i = b  # "Halvik Treasury Secretary Ilse Marr": an office's attribute (see _no_name)
                continue
            m = Mention(
                article=d.article.id,
                sentence=_sentence_of(sent_starts, start),
                start=start,
                end=end,
                text=surface,
                label=label,
            )
            x = _M(di, m, clean_surface(surface, label), "story", kb=kb_of.get(key))
            per_doc[di].append(x)
            k = bisect.bisect_left(starts_sp, start)
            spans.insert(k, (start, end))
            starts_sp.insert(k, start)
            i = b


class _UF:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.kb: dict[str, str | None] = {}

    def add(self, node: str, kb: str | None) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.kb[node] = kb
        elif kb and not self.kb[self.find(node)]:
            self.kb[self.find(node)] = kb

    def groups(self, ms: Sequence[_M]) -> dict[str, list[_M]]:
        """The mentions by the root of their name's set, in mention order."""
        out: dict[str, list[_M]] = defaultdict(list)
        for x in ms:
            out[self.find(x.node)].append(x)
        return out

    def find(self, node: str) -> str:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ka, kb = self.kb[ra], self.kb[rb]
        if ka and kb and ka != kb:
            return False  # two different known actors never merge
        self.parent[rb] = ra
        self.kb[ra] = ka or kb
        return True


_FUNCTION = _words("of for the and de del la le du al el des di da von van in on to")
_ACRO_DEF = re.compile(r"\(([A-Z][A-Za-z0-9&.\-]{1,9})\)|\[([A-Z][A-Za-z0-9&.\-]{1,9})\]")


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    return "".join(w[0] for w in words if w.lower() not in _FUNCTION and w[0].isalpha()).upper()


def _acronym_of(acr: str, name: str) -> bool:
    a = re.sub(r"[^A-Za-z]", "", acr).upper()
    if len(a) < 2 or len(name.split()) < 2:
        return False
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    full = "".join(w[0] for w in words if w[0].isalpha()).upper()
    return a in (_initials(name), full)


def _similar(a: str, b: str) -> bool:
    sa, sb = skeleton(a), skeleton(b)
    if not sa or not sb:
        return False
    if sa == sb:
        return True
    n = max(len(sa), len(sb))
    return n >= 5 and _edit(sa, sb) <= n // 4


def _edit(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _spelled_out(docs: list[AnnotatedArticle]) -> dict[str, set[str]]:
    """The expansions the story writes for its acronyms: "Full Name (ACR)" -> {"ACR": {"full name"}}."""
    out: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        text = d.article.text
        for m in _ACRO_DEF.finditer(text):
            acr = m.group(1) or m.group(2)
            words = re.findall(r"[\w'’\-]+", text[max(0, m.start() - 120) : m.start()])
            for n in range(2, min(len(words), 10) + 1):
                if _acronym_of(acr, " ".join(words[-n:])):
                    out[_compact(acr)].add(fold(" ".join(words[-n:])))
                    break
    return out


def _other_expansion(
    uf: _UF, kb: KnowledgeBase, acr_node: str, long_root: str, spelled: set[str], surfaces: dict[str, Counter[str]]
) -> bool:
    """Whether an acronym has an expansion of its own that is not the long name its initials fit:
    a knowledge-base actor it names whose names do not include the long name (or that is another
    actor than the long name's), or an expansion the story writes before it in brackets."""
    ka, kl = uf.kb[uf.find(acr_node)], uf.kb[uf.find(long_root)]
    if ka and kl:
        return ka != kl
    long_keys = {fold(f) for n, fs in surfaces.items() if uf.find(n) == uf.find(long_root) for f in fs}
    if ka:
        entry = kb.entries.get(ka)
        names = {fold(a) for a in (entry.aliases if entry else ())} | ({fold(entry.name)} if entry else set())
        if not long_keys & names:
            return True
    return bool(spelled) and not long_keys & spelled


# a company's legal form after its name: "Transocean Ltd", "Foo Holdings, Inc.", "Bar plc"
_CORPORATE_SUFFIX = re.compile(
    r",?[ \t]+(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|Co|LLC|LLP|plc|PLC|Plc|SA|S\.A|AG|GmbH|NV|N\.V|AB|ASA|SpA)\.?$"
)


# a sports club: a place's name and a club word ("Leeds United", "Bristol Rovers", "Ajax FC");
# "<place> City" is one only when the gazetteer knows no town so named ("Stoke City", never
# "Mexico City" or "Kansas City")
_CLUB = re.compile(r"^[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*[ \t]+(?:United|Utd|Rovers|Wanderers|Athletic|A?FC)$")
_CLUB_CITY = re.compile(r"^([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)[ \t]+City$")
# a listed company's stock symbol right after its name: "Foo (FOO.N)", "Bar (BAR. L)", "Baz (NYSE: BZ)"
_TICKER_AFTER = re.compile(
    r"(?:['’]s?)?[ \t]*\((?:[A-Z][A-Za-z]{1,6}\.\s?[A-Z]{1,3}|(?:NYSE|Nasdaq|NASDAQ|LSE|TSX)[ \t]*:[ \t]*[A-Z.]{1,6})\)"
)


# legal forms that also abbreviate something of a place after its name: a county ("Chester Co"),
# a state ("Adelaide SA", "Reno NV"), an attorney general ("Alabama AG")
_PLACE_SUFFIXES = frozenset({"Co", "SA", "NV", "AG"})


def _organisation_form(surface: str, is_place: Callable[[str], bool] | None) -> bool:
    """A name its form makes an organisation's, whatever the recogniser said: a company's legal
    form ("GlaxoSmithKline Plc"; not "Chester Co", a county, when the bare name is a strong
    place: only a legal form that also abbreviates an area needs that check, "Google Inc" is a
    company whatever towns are called Google) or a sports club ("Manchester United", "Stoke City")."""
    if " " not in surface:
        return False
    hit = _CORPORATE_SUFFIX.search(surface)
    if hit is not None:
        bare = surface[: hit.start()]
        also_place = hit.group().strip(" \t,.") in _PLACE_SUFFIXES  # "Chester Co", "Adelaide SA"
        return bare[:1].isupper() and not (also_place and is_place is not None and is_place(bare))
    if _CLUB.match(surface):
        return True
    city = _CLUB_CITY.match(surface)
    return city is not None and is_place is not None and is_place(city.group(1)) and not is_place(surface)


def _relabel(x: _M, label: str, labels: dict[str, Counter[str]]) -> None:
    old = x.mention.label
    if old == label:
        return
    labels[x.node][old] -= 1
    if labels[x.node][old] <= 0:
        del labels[x.node][old]
    labels[x.node][label] += 1
    x.mention = x.mention.model_copy(update={"label": label})


# a legislature's chamber and its committees: government bodies ("the Senate", "House of Commons",
# "House Financial Services Committee")
_CHAMBER_NAMES = (
    "senate",
    "parliament",
    "national assembly",
    "chamber of deputies",
    "bundestag",
    "bundesrat",
    "house of representatives",
    "house of commons",
    "house of lords",
    "house of delegates",
    "house of councillors",
)
_COMMITTEE_WORDS = _words("committee subcommittee")


def _chamber_key(key: str) -> str | None:
    """The chamber a folded name is, with at most two qualifying words before it ("us senate" ->
    "senate", "house of representatives"), or a bare "house"; None for any other name."""
    words = key.split()
    if words[:1] == ["the"]:
        words = words[1:]
    for name in (*_CHAMBER_NAMES, "house"):
        n = len(name.split())
        if (
            words[-n:] == name.split()
            and len(words) - n <= 2
            and (name != "house" or words[:-1] in ([], ["us"], ["united", "states"]))  # never "White House"
        ):
            return name
    return None


def _committee_key(key: str) -> bool:
    """A chamber's committee: "house financial services committee", "us senate budget committee"."""
    words = key.split()
    if words[:1] in (["us"], ["the"]):
        words = words[1:]
    return len(words) >= 3 and words[0] in ("house", "senate") and words[-1] in _COMMITTEE_WORDS


# a body's head noun that news and official prose write alone, capitalised, for the body it has
# just named in full: "the Security Council ... the Council", "the European Commission ... the
# Commission", "the Senate Armed Services Committee ... the Committee"
_BODY_ANAPHORS = _words("council commission committee agency assembly tribunal authority board")


def _join_bare_heads(
    ms: list[_M],
    uf: _UF,
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
    kind_of: Callable[[str], str],
) -> None:
    """A body's head noun written alone and capitalised ("the Council") in an article that names
    one body ending with it ("the Security Council") means that body there; in an article that
    names none or several ("the Security Council", "the Film Council") it stays apart.  The story
    may name many councils, so it is decided article by article, mention by mention."""
    longer: dict[tuple[int, str], set[str]] = defaultdict(set)  # (article, head) -> roots of names ending with it
    bare: list[_M] = []
    for x in ms:
        ws = x.surface.split()
        if not x.surface[:1].isupper() or kind_of(x.node) in ("person", "place"):
            continue
        key = fold(x.surface)
        if len(ws) == 1 and key in _BODY_ANAPHORS and not x.surface.isupper():
            bare.append(x)
        elif len(ws) >= 2 and all(w[:1].isupper() for w in ws) and key.split()[-1] in _BODY_ANAPHORS:
            longer[(x.doc, key.split()[-1])].add(uf.find(x.node))
    for x in bare:
        roots = longer.get((x.doc, fold(x.surface)), set())
        if len(roots) == 1 and next(iter(roots)) != uf.find(x.node):
            _move_mention(x, next(iter(roots)), uf, labels, surfaces)


def _join_chambers(uf: _UF, surfaces: dict[str, Counter[str]], labels: dict[str, Counter[str]]) -> None:
    """A bare chamber's name joins the only qualified or full name of that chamber the story
    writes: "Senate" / "U.S. Senate", "House" / "House of Representatives" (a "House" beside both
    "House of Commons" and "House of Lords" joins neither).  Organisations only."""
    by_chamber: dict[str, set[str]] = defaultdict(set)
    bare: dict[str, list[str]] = defaultdict(list)
    for node, forms in surfaces.items():
        lab = labels[node].most_common(1)[0][0] if labels[node] else ""
        if lab != "ORG":
            continue
        for f in forms:
            if not f[:1].isupper():
                continue
            key = fold(f)
            chamber = _chamber_key(key)
            if chamber is None:
                continue
            if key.removeprefix("the ") == chamber and " " not in chamber:
                bare[chamber].append(node)
            elif chamber != "house":
                by_chamber[chamber].add(uf.find(node))
                if chamber.startswith("house"):
                    by_chamber["house"].add(uf.find(node))
    for chamber, nodes in bare.items():
        roots = {uf.find(n) for n in by_chamber.get(chamber, ())}
        if len(roots) == 1:
            other = next(iter(roots))
            for n in nodes:
                uf.union(other, n)


def _ministry_key(key: str) -> bool:
    """A government department's name: "justice department", "us interior department", "health
    ministry", "ministry of health", "department of the interior" (two qualifying words at most
    before it)."""
    words = key.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) >= 2 and words[-1] in ("department", "ministry") and len(words) <= 4:
        return True
    for i, w in enumerate(words[:4]):
        if w in ("department", "ministry") and words[i + 1 : i + 2] in (["of"], ["for"]) and len(words) > i + 2:
            return True
    return False


def _chambers(ms: list[_M], uf: _UF, kb: KnowledgeBase, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots that name a legislature's chamber or committee, typed ``government_body``: every form
    a chamber ("Senate", "U.S. Senate", "House of Commons") or a chamber's committee ("Senate
    Banking Committee"), or a government department ("Justice Department", "Ministry of Health").
    A bare "House" only in a story that names another chamber, or a committee, too ("the House"
    beside "the Senate").  Never a name an outlet's name opens ("BBC Parliament")."""
    groups = uf.groups(ms)
    outlets = {fold(a) for e in kb.entries.values() if e.type == "media_outlet" for a in (e.name, *e.aliases)}
    keys_of: dict[str, set[str]] = {}
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if Counter(x.mention.label for x in xs).most_common(1)[0][0] != "ORG":
            continue
        keys = {fold(x.surface) for x in xs if x.surface[:1].isupper()}
        if any(k.split()[0] in outlets for k in keys):
            continue  # "BBC Parliament" is a channel
        if keys and all(_chamber_key(k) or _committee_key(k) for k in keys):
            keys_of[root] = keys
        elif keys and all(_ministry_key(k) for k in keys):
            keys_of[root] = {"ministry"}
    others = any(k.removeprefix("the ") != "house" for keys in keys_of.values() for k in keys)
    return {root for root, keys in keys_of.items() if others or any(k.removeprefix("the ") != "house" for k in keys)}


# a broadcaster's station or channel: "BBC Radio 5 Live", "Radio Free Europe", "Sky TV"
_STATION_WORDS = _words("radio tv television")


def _stations(ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots of organisations whose every form names a radio or television station ("BBC Radio 5
    Live", "Radio 4", "Sky TV"): ``media_outlet``; and a name the story writes only as the end of
    one such form ("5 Live" of "BBC Radio 5 Live"), when it has a digit or two words at least."""
    groups = uf.groups(ms)
    station_forms: set[str] = set()
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if Counter(x.mention.label for x in xs).most_common(1)[0][0] not in ("ORG", "PRODUCT"):
            continue
        keys = {fold(x.surface) for x in xs}
        if all(set(k.split()) & _STATION_WORDS and len(k.split()) >= 2 for k in keys):
            out.add(root)
            station_forms |= keys
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped or root in out:
            continue
        keys = {fold(x.surface) for x in xs}
        if all(
            (len(k.split()) >= 2 or any(c.isdigit() for c in k))
            and any(f.endswith(" " + k) and not set(k.split()) & _STATION_WORDS for f in station_forms)
            for k in keys
        ):
            out.add(root)
    return out


# a relative named by kinship ("my Grandfather", "her Great-Grandfather"): no actor
KIN_WORDS = _words(
    """father mother grandfather grandmother grandparents grandparent grandson granddaughter uncle aunt
    auntie son daughter brother sister husband wife cousin nephew niece dad mum mom grandad grandpa grandma"""
)
_KIN_PREFIXES = _words("great grand step half")


def _kin_words(ms: list[_M], uf: _UF) -> set[str]:
    """Roots whose every form is a kinship word, maybe with "great", "grand", "step" before it
    ("Grandfather", "Great-Grandfather", "Great Grandfather"): a relative, never a name."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root]:
            continue
        ok = True
        for x in xs:
            words = fold(x.surface.replace("-", " ")).split()
            if not words or words[-1] not in KIN_WORDS or any(w not in _KIN_PREFIXES for w in words[:-1]):
                ok = False
                break
        if ok:
            out.add(root)
    return out


# an East Asian name written family name first, with a hyphenated given name ("Lo Wing-lok", "Kim
# Jong-un"): its first word is no first name
_FAMILY_NAME_FIRST = re.compile(
    r"^[A-Z][a-z]+[ \t]+[A-Z][a-z]+-(?!(?:type|style|like|based|era|led|backed|born|made|owned|esque)$)[a-z]+$"
)  # not "a Hugh Grant-type figure", "Obama-style"


def _split_first_names(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    given_first: set[str],
    is_person: Callable[[str], bool],
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
) -> None:
    """Person rows named only by one first name of the story (``given_first``: "Jack" beside Jack
    Meadows, and no surname of the story's full names) that no full name took, that several
    articles use and that one of them gives as a relative's or a newborn's ("her son Jack", "a
    baby named Jack"): a private person's first name tells no one person across articles, so
    the articles that introduce it so keep the row (the story's one family: "her son Jack" in
    four reports of one death) and each other article's mentions (a reader's "as Jack
    commented") become a row of their own.  Never a knowledge-base name, nor a monarch's ("King
    Abdullah": a title and a first name name one person); a celebrity's one name ("Beyonce",
    never introduced as a relative) stays."""
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or not is_person(root) or len({x.doc for x in xs}) < 2:
            continue
        if not all(x.surface[:1].isupper() and _one_name(x.surface) in given_first for x in xs):
            continue
        texts = [docs[x.doc].article.text for x in xs]
        if any(title_before(t, x.mention, x.surface, _REGNAL_TITLE) for t, x in zip(texts, xs, strict=True)):
            continue
        cued = {
            x.doc
            for t, x in zip(texts, xs, strict=True)
            if _KIN_BEFORE.search(t, max(0, x.mention.start - 50), x.mention.start)
        }
        if not cued:
            continue
        for x in xs:
            if x.doc not in cued:
                anchor = f"{root}#article{x.doc}"
                uf.add(anchor, None)
                _move_mention(x, anchor, uf, labels, surfaces)


# heavenly bodies the recogniser reads as places: "Earth", "the Moon", "Mars"
_CELESTIAL = frozenset({"earth", "planet earth", "moon", "mars", "venus", "jupiter", "saturn", "mercury"})


def _celestial(ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots read as places whose every form is a planet or the Moon ("Earth", "the earth"):
    ``other``, never geocoded (a town named Mars is written with its state: "Mars, Pa.")."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) != "place":
            continue
        if all(fold(x.surface).removeprefix("the ") in _CELESTIAL for x in xs):
            out.add(root)
    return out


# a faith or a doctrine: "Islam", "Christianity", "Zionism", "Thatcherism"
_DOCTRINE = re.compile(r"(?:islam|christianity|[a-z]{3,}ism)")


def _doctrines(ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots read as organisations, places or persons whose every form is one word naming a faith
    or a doctrine ("Islam", "Christianity", "Communism"): ``other``, no actor."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if Counter(x.mention.label for x in xs).most_common(1)[0][0] not in ("ORG", "GPE", "LOC", "PERSON"):
            continue
        if all(" " not in x.surface and _DOCTRINE.fullmatch(fold(x.surface)) for x in xs):
            out.add(root)
    return out


# an adjective in "-ic" that names no people ("Islamic finance", "Hispanic voters"); never a party's
# ("Democratic") nor a place's ("Icelandic")
_IC_ADJECTIVE = re.compile(r"[A-Z][a-z]{2,}ic")
_LAST_LISTED = re.compile(r"[ \t]*,[ \t]*(?:and|or)[ \t]+[A-Z][\w'’]*")  # "Spanish, Asian, and Hong Kong flu"
_NOUN_AFTER = _words(
    "said say says have has had are were is was will would could should may might can who which that themselves"
)


def _bare_adjectives(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    forced: dict[str, str],
    dropped: set[str],
    is_place: Callable[[str], bool] | None,
) -> set[str]:
    """Roots read as a people whose every mention is one adjective in "-ic" that no mention uses as
    a noun ("Islamic finance", "the Islamic world", "Islamic or secular"): a bare adjective
    names no actor.  Not a party's adjective ("Democratic" joins "Democrats" elsewhere), not a
    place's ("Icelandic"), never a name of the knowledge base or a word used as a noun ("the
    Hispanics", "Islamic said").

    So too a demonym in "-an", "-ian", "-ese", "-ish", "-i" ("Asian markets", "Asian flu",
    "Mexican officials") when every mention stands before another word: the people's adjective
    qualifies the noun that names the actor.  These forms are also nouns ("an Asian", "the
    Canadian who", "by a Canadian."), so one mention not followed by a word, or followed by a
    verb, preposition or relative (:func:`_adjectival`), keeps the root."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or root in dropped or forced.get(root, "group") != "group":
            continue
        if Counter(x.mention.label for x in xs).most_common(1)[0][0] != "NORP":
            continue
        forms = {x.surface for x in xs}

        def noun(x: _M) -> bool:  # "the Hispanics said", "Islamic who": not "Islamic or Christian schools"
            after = WORD_AFTER.match(docs[x.doc].article.text, x.mention.end)
            return after is not None and after.group(1).lower() in _NOUN_AFTER

        if all(_IC_ADJECTIVE.fullmatch(f) and not f.endswith("cratic") for f in forms):
            if is_place is not None and any(is_place(f) or is_place(f[:-2]) for f in forms):
                continue
            if not any(noun(x) for x in xs):
                out.add(root)
        elif all(_DEMONYM.match(f) for f in forms):

            def attributive(x: _M) -> bool:  # "Asian markets", "Spanish, Asian, and Hong Kong flu": not "an Asian."
                text = docs[x.doc].article.text
                listed = _LAST_LISTED.match(text, x.mention.end)
                return _adjectival(text, listed.end() if listed is not None else x.mention.end)

            if all(attributive(x) for x in xs):
                out.add(root)
    return out


# a party's name ("New Labour", "Labor Party") and a court's district ("the U.S. District Court for
# the Eastern District of Louisiana") read as places
_PARTY_END = _words("labour labor party")
_COURT_DIRECTIONS = _words("eastern western northern southern middle central")  # never "District of Columbia"
_COURT_BEFORE = re.compile(r"\b(?:court|attorney|attorneys|judge)[ \t]+(?:for|of|in)[ \t]+(?:the[ \t]+)?$", re.I)


def _bodies_read_as_areas(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> dict[str, str]:
    """Roots read as places that name a body: every form ending in a party's word ("New Labour",
    "Labor Party") is an ``organisation``; a district written after a court's or a prosecutor's
    "for the" in half its mentions or more ("Court for the Eastern District") is the court's
    district, a ``government_body``.  Never a knowledge-base name."""
    out: dict[str, str] = {}
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) != "place":
            continue
        keys = [fold(x.surface).split() for x in xs]
        if all(len(k) >= 2 and k[-1] in _PARTY_END for k in keys):
            out[root] = "organisation"
        elif all("district" in k and k[0] in _COURT_DIRECTIONS for k in keys):
            court = sum(
                1
                for x in xs
                if _COURT_BEFORE.search(docs[x.doc].article.text[max(0, x.mention.start - 40) : x.mention.start])
            )
            if 2 * court >= len(xs):
                out[root] = "government_body"
    return out


# endings that make a people's noun or adjective of a place's name: "Pakistan" -> "Pakistanis",
# "Syria" -> "Syrians", "Mexico" -> "Mexican", "China" -> "Chinese", "Middle East" -> "Middle Eastern"
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ns", "n", "is", "i", "ese", "erns", "ern")
_STEM_VOWELS = ("", "a", "o", "e", "y", "ia")


def demonym_stems(word: str) -> list[str]:
    """The place names a (folded, lower-case) people's word may be made of, most likely first: the word
    less a people's ending, its place's last vowel put back or not ("mexican" -> "mexic", "mexica",
    "mexico", ...; "pakistanis" -> "pakistan").  Never a stem of under four letters ("iran" is no "ir" +
    "an") nor the word itself."""
    out: list[str] = []
    for end in _DEMONYM_ENDINGS:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem.replace(" ", "")) >= 4:
            out.extend(stem + v for v in _STEM_VOWELS if stem + v != word)
    return out


def _demonyms_read_as_places(
    ms: list[_M], labels: dict[str, Counter[str]], is_place: Callable[[str], bool] | None
) -> list[_M]:
    """Mentions the recogniser read as a place that are a people's name made of a place the story
    names: the place's name (its final vowel dropped or not) plus a people's ending ("Pakistanis"
    beside "Pakistan", "Mexican" beside "Mexico", "Middle Eastern" beside "Middle East").  Never a
    knowledge-base name, a name in capitals, a stem of under four letters ("Iran" is no "Ir" + "an"),
    nor a singular that is a strong place of the gazetteer ("Sudan")."""
    place_keys: set[str] = set()
    for x in ms:
        if x.mention.label in _PLACE_LABELS:
            place_keys.add(fold(x.surface))
    out: list[_M] = []
    seen: dict[str, bool] = {}
    for x in ms:
        if x.kb or x.mention.label not in _PLACE_LABELS or not x.surface[:1].isupper() or x.surface.isupper():
            continue
        key = fold(x.surface)
        if key not in seen:
            hit = any(p in place_keys for p in demonym_stems(key))
            # the gazetteer lists some plurals among a country's alternate names ("Pakistanis"): a
            # plural is no test; a singular that is a strong place ("Sudan") is a place
            seen[key] = hit and (key.endswith("s") or not (is_place is not None and is_place(x.surface)))
        if seen[key]:
            out.append(x)
    return out


def _build(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    kept_plain: list[list[Mention]],
    kb: KnowledgeBase,
    lower: Counter[str],
    is_place: Callable[[str], bool] | None = None,
    capital: Counter[str] | None = None,
) -> tuple[list[Entity], list[AnnotatedArticle]]:
    uf = _UF()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    apart = _bodies_of_several_states(docs, ms)
    capitals = capital or Counter()
    # a bare name in an article that names a storm so ("Hurricane Alex ... Alex halted the clean-up") is
    # the storm's, not the person's of another article ("Alex Stewart", "Alex said"); not when the
    # article also holds the name in another name ("Operation Alex", "Alex Stewart"): which one is not known
    storms = [_storm_names(d.article.text) for d in docs]
    for x in ms:
        words = fold(x.surface).split()
        if len(words) >= 2 and not _STORM_FORM.match(x.surface):
            storms[x.doc] -= set(words)
    for x in ms:
        x.node = "kb:" + x.kb if x.kb else "f:" + fold(x.surface)
        key = fold(x.surface)
        if not x.kb and " " not in key and key in storms[x.doc]:
            x.node += _STORM_NODE
        elif (
            not x.kb
            and x.surface.islower()
            and " " not in key
            and x.mention.label not in _PLACE_LABELS  # "raqqa" of a machine translation is the city
            and 3 * lower[key] > capitals[key]
        ):
            # a word the story writes in lowercase a third as often as capitalised at least ("un", "gap",
            # "apple" beside "UN", "Gap", "Apple"): the recogniser's lowercase span of it is the word
            x.node += "#lower"
        if x.node in apart:
            x.node += f"#{x.doc}"  # one article's "Health Ministry": which country's, only it says
        uf.add(x.node, x.kb)
        labels[x.node][x.mention.label] += 1
        surfaces[x.node][x.surface] += 1
    # same folded form -> same node group (the KB-linked and unlinked uses of one name)
    by_fold: dict[str, list[str]] = defaultdict(list)
    for node, forms in surfaces.items():
        for s in forms:
            by_fold[fold(s)].append(node)
    for nodes in by_fold.values():
        nodes = [n for n in nodes if "#" not in n]
        for other in nodes[1:]:
            uf.union(nodes[0], other)
    for node, forms in surfaces.items():  # "Alex" of a storm joins "Hurricane Alex", "Tropical Storm Alex"
        for s in forms:
            if _STORM_FORM.match(s) and "#" not in node and f"f:{fold(s.split()[-1])}{_STORM_NODE}" in uf.parent:
                uf.union(f"f:{fold(s.split()[-1])}{_STORM_NODE}", node)
    outlet_ends = {  # where each name of a known news outlet ends: "the BBC's Imogen Foulkes"
        (x.doc, x.mention.end)
        for x in ms
        if (entry := kb.entries.get(uf.kb[uf.find(x.node)] or "")) is not None and entry.type == "media_outlet"
    }
    persons = _persons_read_as_organisations(docs, ms, uf, outlet_ends, lower)
    for x in ms:
        if x.mention.label == "ORG" and uf.find(x.node) in persons:
            labels[x.node]["ORG"] -= 1
            if labels[x.node]["ORG"] <= 0:
                del labels[x.node]["ORG"]
            labels[x.node]["PERSON"] += 1
            x.mention = x.mention.model_copy(update={"label": "PERSON"})
    # a name written with a legal form, as a club's or with a stock symbol is an organisation's in
    # all its mentions ("GlaxoSmithKline Plc"; "GlaxoSmithKline (GSK.L)" ... "GlaxoSmithKline said")
    org_form = {
        x.node
        for x in ms
        if not x.kb
        and (
            _organisation_form(x.surface, is_place)
            or bool(_TICKER_AFTER.match(docs[x.doc].article.text, x.mention.end))
        )
    }
    for x in ms:
        if x.node in org_form:
            _relabel(x, "ORG", labels)
    # a people's name read as a place ("Pakistanis", "Middle Eastern" beside "Pakistan", "Middle
    # East"): a group, never another name of the place (the geocoder would merge them)
    for x in _demonyms_read_as_places(ms, labels, is_place):
        _relabel(x, "NORP", labels)

    def kind(node: str) -> str:
        root_labels: Counter[str] = Counter()
        for n in nodes_of(uf.find(node)):
            root_labels.update(labels[n])
        top = root_labels.most_common(1)[0][0] if root_labels else "ORG"
        return LABEL_TYPE.get(top, "other")

    members: dict[str, list[str]] = {}

    def nodes_of(root: str) -> list[str]:
        return members.get(root, [root])

    # transliteration variants (skeleton), not across clearly different kinds of thing
    by_skel: dict[str, list[str]] = defaultdict(list)
    for node, forms in surfaces.items():
        for s in forms:
            sk = skeleton(s)
            if len(sk) >= 4 and not _short(s) and "#" not in node:
                by_skel[sk].append(node)
    # a name the story also writes as a person's first name ("Tori" of "Tori Amos") is a given
    # name, no spelling of another name that is none ("Tory")
    given_words = {
        fold(ws[0])
        for node, forms in surfaces.items()
        if LABEL_TYPE.get(labels[node].most_common(1)[0][0] if labels[node] else "", "") == "person"
        for f in forms
        if len(ws := f.split()) >= 2 and all(_NAME_WORD.match(w) for w in ws)
    }
    for sk, nodes in by_skel.items():
        for other in nodes[1:]:
            if any(" " in f for f in (*surfaces[nodes[0]], *surfaces[other])) and any(
                _compact(f) == _compact(g) for f in surfaces[nodes[0]] for g in surfaces[other]
            ):
                uf.union(nodes[0], other)  # "La Toya" / "LaToya": one name spaced or not, whatever its reading
                continue
            ga, gb = (any(fold(f) in given_words and skeleton(f) == sk for f in surfaces[n]) for n in (nodes[0], other))
            if ga != gb:
                continue  # one of them is a person's first name: "Tori" of "Tori Amos", not "Tory"
            la, lb = labels[nodes[0]], labels[other]
            ta = LABEL_TYPE.get(la.most_common(1)[0][0], "other")
            tb = LABEL_TYPE.get(lb.most_common(1)[0][0], "other")
            if ta != tb and "person" in (ta, tb):
                if sum(la.values()) >= 2 and sum(lb.values()) >= 2:
                    continue
                if "group" in (ta, tb):  # a people or a party ("Tory") is no spelling of a name
                    continue
            uf.union(nodes[0], other)

    _join_unread_letters(uf, surfaces, kind)
    _join_foreign_spellings(uf, surfaces)

    # acronyms defined in the text, and bracketed alternates next to each other
    node_of_key: dict[str, str] = {}
    for node, forms in surfaces.items():
        if node.endswith(("#lower", _STORM_NODE)):
            continue  # the common word, the storm: never the name of an acronym or a company
        for s in forms:
            node_of_key.setdefault(fold(s), node)
    for di, xs in _in_text_order(ms).items():
        text = docs[di].article.text
        for xa, xb in itertools.pairwise(xs):
            gap = text[xa.mention.end : xb.mention.start].strip()
            close = text[xb.mention.end : xb.mention.end + 1]
            if gap not in ("(", "[") or close not in (")", "]"):
                continue
            sa, sb = xa.surface, xb.surface
            alternate = _acronym_of(sb, sa) or _acronym_of(sa, sb) or _similar(sa, sb)
            editorial = gap == "[" and LABEL_TYPE.get(xa.mention.label) == LABEL_TYPE.get(xb.mention.label) != "person"
            if alternate or editorial:
                uf.union(xa.node, xb.node)
        for m in _ACRO_DEF.finditer(text):
            acr = m.group(1) or m.group(2)
            before = text[max(0, m.start() - 120) : m.start()].rstrip()
            words = re.findall(r"[\w'’\-]+", before)
            for n in range(2, min(len(words), 10) + 1):
                cand = " ".join(words[-n:])
                if (
                    words[-n][0].isupper()
                    and _acronym_of(acr, cand)
                    and fold(cand) in node_of_key
                    and fold(acr) in node_of_key
                ):
                    uf.union(node_of_key[fold(cand)], node_of_key[fold(acr)])
                    break
    # an acronym never defined but matching the initials of exactly one multi-word name of the story;
    # never when the knowledge base or the story's own "Full Name (ACR)" spells it out otherwise
    # ("BBC" is no "Big Blog Company")
    long_forms: dict[str, set[str]] = defaultdict(set)
    for node, forms in surfaces.items():
        for s in forms:
            if len(s.split()) >= 2 and s[:1].isupper():
                long_forms[_initials(s)].add(uf.find(node))
    spelled = _spelled_out(docs)
    for node, forms in surfaces.items():
        for s in forms:
            letters = _compact(s)
            if 3 <= len(letters) <= 6 and letters.isupper() and letters.isalpha():
                roots = long_forms.get(letters, set())
                if len(roots) == 1:
                    other = next(iter(roots))
                    if _other_expansion(uf, kb, node, other, spelled.get(letters, set()), surfaces):
                        continue
                    uf.union(other, node)

    # a company's name with its legal form ("Transocean Ltd", "Halliburton Co.") is the company,
    # and so is the bare name whatever the recogniser read it as ("Transocean" as a people), unless
    # the story gives it to a person in full or with a person's cue ("Michael Dell" / "Dell Inc"),
    # or it is a strong place the story writes as one ("Edinburgh" / "Edinburgh Corporation")
    person_surnames = {
        fold(ws[-1]) for x in ms if x.mention.label == "PERSON" and len(ws := _name_words(x.surface)) >= 2
    }
    for node, forms in surfaces.items():
        for s in forms:
            bare = _CORPORATE_SUFFIX.sub("", s)
            bare_node = node_of_key.get(fold(bare)) if bare != s and " " in s else None
            if bare_node is None or uf.find(bare_node) == uf.find(node) or not _organisation_form(s, is_place):
                continue
            root = uf.find(bare_node)
            bare_ms = [x for x in ms if uf.find(x.node) == root]
            if kind(bare_node) == "person" and (
                fold(bare) in person_surnames
                or any(_strong_person_cue(docs[x.doc].article.text, x.mention, x.surface) for x in bare_ms)
            ):
                continue
            if kind(bare_node) == "place" and is_place is not None and is_place(bare):
                continue  # "Edinburgh Corporation", the city's council, is no company called Edinburgh
            if not uf.kb[root]:
                for x in bare_ms:
                    _relabel(x, "ORG", labels)
            uf.union(bare_node, node)

    _rebuild_members(uf, members)
    # persons: "Ash Carter" ~ "Ashton Carter"; then a bare "Carter" joins the only full name with that surname
    person_full: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    person_vowels: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    suffixed: set[str] = set()
    for node, forms in surfaces.items():
        if kind(node) != "person":
            continue
        for s in forms:
            words = _name_words(s)
            if "of" in words:
                continue  # "Stephen Rae of GlaxoSmithKline", "Duke of Kent": the last word is no surname
            if _FAMILY_NAME_FIRST.match(s):  # "Mr Ban" is Ban Ki-moon, "Lo" Lo Wing-lok
                family, given = s.split()  # the given name whole: "Jong-un" is not "Jong-il"
                person_full[skeleton(family)].append((node, [given, family]))
                continue
            if len(words) >= 2 and fold(words[0]) not in _PLACE_QUALIFIERS:  # "Greater Glasgow" is no full name
                person_full[skeleton(words[-1])].append((node, words))
                if _vowelless(words[-1]):
                    person_vowels[_vowelless(words[-1])].append((node, words))
                if s.split()[-1].lower().strip(".,") in _NAME_SUFFIX:
                    suffixed.add(node)
    # "Jr", "II" ends a formal name ("Henry M. Paulson Jr" / "Henry Paulson"), but marks another
    # person where the story names a family, three people or more with the surname ("Michael
    # Jackson" / his son "Michael Joseph Jackson Jr"): there the suffixed name stays apart
    for sk, group in person_full.items():
        if len({fold(ws[0]) for n, ws in group if n not in suffixed}) >= 3:
            person_full[sk] = [(n, ws) for n, ws in group if n not in suffixed]
    # first names of the story's full names: a bare "Michael" in a Michael Jackson story is not the
    # surname of the one "Alun Michael" it also names; but a surname of hundreds of mentions that is
    # also the first name of a passing "Murray Gray" (under a third of the uses) is still a surname
    as_given: Counter[str] = Counter()
    as_surname: Counter[str] = Counter()
    for node, forms in surfaces.items():
        if kind(node) != "person":
            continue
        for s, n in forms.items():
            words = _name_words(s)
            if _FAMILY_NAME_FIRST.match(s):
                as_surname[fold(words[0])] += n  # "Ban" of "Ban Ki-moon" is a surname
            elif len(words) >= 2:
                as_surname[fold(words[-1])] += n
                if words[0][:1].isupper():
                    as_given[fold(words[0])] += n
    given_first = {k for k, n in as_given.items() if n >= (1 - _DOMINANT_SHARE) * (n + as_surname[k])}
    docs_of: dict[str, set[int]] = defaultdict(set)
    for x in ms:
        docs_of[x.node].add(x.doc)
    for group in person_full.values():
        _join_full_names(uf, group, kb)
        _join_dominant_full_name(uf, group, kb, surfaces, docs_of)
        _join_given_spellings(uf, group, docs_of)
    _rebuild_members(uf, members)
    # a one-word "place" that is the surname of a person of the story ("Darren Ripley" ...
    # "Ripley said"), never named after a locative preposition ("in Ripley") nor a known place
    after_locative = {x.node for x in ms if _after_locative(docs[x.doc].article.text, x.mention.start)}
    after_the = {
        x.node
        for x in ms
        if _THE_BEFORE.search(docs[x.doc].article.text[max(0, x.mention.start - 5) : x.mention.start])
    }
    surname_places = {
        node
        for node, forms in surfaces.items()
        if kind(node) == "place"
        and node not in after_locative
        and not uf.kb[uf.find(node)]
        and all(" " not in f and f[:1].isupper() for f in forms)
    }
    family_first = {  # family names written first ("Ban Ki-moon"): surnames however short
        skeleton(s.split()[0])
        for node, forms in surfaces.items()
        if kind(node) == "person"
        for s in forms
        if _FAMILY_NAME_FIRST.match(s)
    }
    persons_of_places: set[str] = set()
    named_persons: set[str] = set()  # bare surnames joined to a person's full name
    several: list[tuple[str, str, str]] = []  # (node, fold, skeleton) of surnames of several full names
    for node, forms in list(surfaces.items()):
        if len(forms) == 0 or (kind(node) in ("place", "group") and node not in surname_places):
            continue
        if node.endswith((_STORM_NODE, "#lower")):
            continue  # a storm's name, a common word: no surname
        for s in list(forms):
            if " " in s or not s[:1].isupper():
                continue
            if _short(s) and skeleton(s) in family_first:
                if s.isupper():
                    continue  # "MA" (a degree, Massachusetts) is no Ma of "Ma Ying-jeou"
                if any(f.isupper() for f in forms):
                    roots = {uf.find(n) for n, _ in person_full[skeleton(s)]}
                    if len(roots) == 1:  # its "Ma" mentions join one by one
                        target = next(iter(roots))
                        named_persons |= {
                            _move_mention(x, target, uf, labels, surfaces)
                            for x in ms
                            if x.node == node and x.surface == s
                        }
                    continue
            elif _short(s) and not (shouted(s) and not uf.kb[uf.find(node)]) and not _SHORT_SURNAME.fullmatch(s):
                continue  # "Carter", "CARTER", "Cox"; not "SANA", "UN"; but "Ban" of Ban Ki-moon
            known = kb.entries.get(uf.kb[uf.find(node)] or "")
            if known is not None and known.type != "person":
                continue  # a known company or outlet named after someone ("Bloomberg") is not that person
            # "Cox": the very letters of a full name's surname (a family name written first, "Ban" of
            # Ban Ki-moon, is a surname however short: above)
            short = bool(_SHORT_SURNAME.fullmatch(s)) and skeleton(s) not in family_first
            roots = {uf.find(n) for n, ws in person_full.get(skeleton(s), []) if not short or fold(ws[-1]) == fold(s)}
            if fold(s) in given_first or (
                node not in surname_places and not _surname_like(fold(s), labels[node], lower)
            ):
                continue  # a first name as much as a surname: which person is meant is not known
            if (
                not roots
                and sum(forms.values()) <= 2
                and not uf.kb[uf.find(node)]
                and node not in surname_places
                and not short  # three letters leave too few to tell a misspelling from another name
            ):
                # a vowel misspelt in a surname given in full elsewhere: "Silo" for "Selo"
                roots = {
                    uf.find(n)
                    for n, ws in person_vowels.get(_vowelless(s), [])
                    if _one_vowel_apart(fold(s), fold(ws[-1]))
                }
            if len(roots) == 1 and short:
                # three letters name too many things ("Rye", a nickname in a family history) to join
                # across articles: only the mentions of an article that names the person in full
                target = next(iter(roots))
                named = {x.doc for x in ms if uf.find(x.node) == target and len(_name_words(x.surface)) >= 2}
                named_persons |= {
                    _move_mention(x, target, uf, labels, surfaces)
                    for x in ms
                    if x.node == node and x.surface == s and x.doc in named
                }
            elif len(roots) == 1:
                uf.union(next(iter(roots)), node)
                if node in surname_places:
                    persons_of_places.add(node)
                named_persons.add(node)
            elif len(roots) > 1 and not uf.kb[uf.find(node)] and _surname_like(fold(s), labels[node], lower):
                several.append((node, fold(s), skeleton(s)))
            elif (
                len(roots) > 1 and node in surname_places and node not in after_the and fold(s) not in _PLACE_QUALIFIERS
            ):
                persons_of_places.add(node)  # the surname of several full names: a person, not known which
    named_persons |= _persons_named_as_known(docs, ms, uf, person_full, kb, labels, surfaces)
    capitals = capital or Counter()
    named_persons |= _join_dominant_surnames(
        docs, ms, uf, several, person_full, labels, surfaces, lambda w, i: _common(w, i, lower, capitals)
    )
    named_persons |= _join_given_names(
        docs,
        ms,
        uf,
        given_first,
        lower,
        lambda n: kind(n) == "person" and n not in surname_places,
        labels,
        surfaces,
        is_place,
    )
    _join_epithets(docs, ms, uf, lambda n: kind(n) == "person" and n not in surname_places)
    # first names of full names whose last word is a surname's (not "Fitch Ratings", "Fitch BP"), never
    # a surname of the story ("Kissinger" of a "Kissinger White House" is Henry Kissinger's)
    only_given = {
        fold(ws[0])
        for node, forms in surfaces.items()
        if kind(node) == "person" and not any(_FAMILY_NAME_FIRST.match(f) for f in forms)
        for s in forms
        if len(ws := _name_words(s)) >= 2
        and ws[0][:1].isupper()
        and _NAME_WORD.match(ws[-1])
        and not lower[fold(ws[-1])]
        and fold(ws[0]) in given_first
        and not as_surname[fold(ws[0])]
    }
    _split_first_names(docs, ms, uf, only_given, lambda root: kind(root) == "person", labels, surfaces)
    _rebuild_members(uf, members)
    outlets = {  # roots of known news outlets: their short names join them (:func:`_join_parts`)
        root
        for root in {uf.find(node) for node in surfaces}
        if (entry := kb.entries.get(uf.kb[root] or "")) is not None and entry.type == "media_outlet"
    }
    joined = _join_parts(uf, surfaces, labels, docs_of, [d.article.text for d in docs], lower, outlets)
    _join_chambers(uf, surfaces, labels)
    _join_bare_heads(ms, uf, labels, surfaces, kind)
    _rebuild_members(uf, members)
    fields, field_joins = _title_fields(docs, ms, uf, surfaces, lower)
    for body, part in field_joins:
        uf.union(body, part)
    _rebuild_members(uf, members)
    forced, dropped = _prune(docs, ms, uf, lower, {uf.find(n) for n in joined}, labels, surfaces)
    dropped |= {uf.find(r) for r in fields}
    dropped |= {root for root, xs in uf.groups(ms).items() if all(x.node.endswith("#lower") for x in xs)}
    dropped |= _common_noun_acronyms(docs, ms, uf)
    dropped |= _plural_acronyms(docs, ms, uf)
    dropped |= _unresolved_surnames(docs, ms, uf, several, person_full, lambda w, i: _common(w, i, lower, capitals))
    forced.update({uf.find(n): "person" for n in persons_of_places | named_persons})
    forced.update({root: "organisation" for root in _singular_groups(docs, ms, uf, forced, dropped)})
    forced.update({root: "group" for root in _peoples(docs, ms, uf, forced, dropped, capitals)})
    forced.update(
        {uf.find(x.node): "other" for x in ms if _STORM_SPAN.match(x.surface) or x.node.endswith(_STORM_NODE)}
    )  # "Hurricane Alex", and "Alex" where its article names the storm
    forced.update({root: "other" for root in _things(docs, ms, uf, forced, dropped)})
    forced.update({root: "organisation" for root in _institutions(docs, ms, uf, forced, dropped)})
    forced.update({root: "other" for root in _products(docs, ms, uf, forced, dropped)})
    forced.update({root: "other" for root in _titles(docs, ms, uf, forced, dropped)})
    forced.update({root: "other" for root in _vessels(docs, ms, uf, forced, dropped)})
    forced.update({root: "other" for root in _indices(docs, ms, uf, forced, dropped)})
    forced.update({root: "media_outlet" for root in _outlet_sites(ms, uf, kb, forced, dropped)})
    forced.update({root: "government_body" for root in _chambers(ms, uf, kb, forced, dropped)})
    forced.update({root: "media_outlet" for root in _stations(ms, uf, forced, dropped)})
    dropped |= _time_zones(ms, uf)
    dropped |= _kin_words(ms, uf)
    forced.update({root: "other" for root in _celestial(ms, uf, forced, dropped)})
    forced.update({root: "other" for root in _doctrines(ms, uf, forced, dropped)})
    dropped |= _bare_adjectives(docs, ms, uf, forced, dropped, is_place)
    forced.update(_bodies_read_as_areas(docs, ms, uf, forced, dropped))
    dropped |= _credit_words(ms, uf)
    forced.update(_kinds_by_form(ms, uf, forced, dropped))
    forced.update({root: "other" for root in _languages(docs, ms, uf, forced, dropped)})
    if is_place is not None:
        forced.update(
            {root: "organisation" for root in _bodies_read_as_places(docs, ms, uf, forced, dropped, is_place)}
        )
        forced.update(_bodies_named_as_places(ms, uf, kb, forced, dropped, is_place))
        written = _written_as_places(
            docs, ms, uf, forced, dropped, is_place, lambda w: _common(w, False, lower, capitals)
        )
        forced.update({root: "place" for root in written})
        forced.update(
            {root: "person" for root in _persons_read_as_places(docs, ms, uf, forced, dropped, is_place, lower)}
        )
    _join_sections(ms, uf, kb, forced, dropped)
    _join_short_names(docs, ms, uf, kb, forced, dropped)
    return _entities(docs, ms, kept_plain, kb, uf, labels, surfaces, forced, dropped)


# a capital letter alone before a lowercase rest of its word: what an encoding error leaves of a
# name whose next letter it could not read ("C rdova" of "Córdova")
_LONE_CAPITAL = re.compile(r"(?<![\w'’.-])([A-Z]) (?=[a-z])")


def _vowels_dropped(short: str, full: str) -> bool:
    """Whether ``short`` is the folded word ``full`` without one or two of its vowels ("crdova" /
    "cordova", "jos" / "jose", "ngel" / "angel"): an accented letter ("ó", "é", "Á") lost."""
    if not 1 <= len(full) - len(short) <= 2 or len(short) < 2:
        return False
    i = 0
    for c in full:
        if i < len(short) and short[i] == c:
            i += 1
        elif c not in "aeiou":
            return False
    return i == len(short)


def _letters_lost(form: str, forms: Iterable[str]) -> bool:
    """Whether a name shows letters an encoding error lost: a capital letter alone before the rest
    of its word ("C rdova"), or vowels missing from another of ``forms`` ("Jos Angel Crdova")."""
    if _LONE_CAPITAL.search(form):
        return True
    words = fold(form).split()
    for other in forms:
        ows = fold(other).split()
        if (
            len(ows) == len(words)
            and ows != words
            and all(a == b or _vowels_dropped(a, b) for a, b in zip(words, ows, strict=True))
        ):
            return True
    return False


_VOWELS_OUT = str.maketrans("", "", "aeiou")


def _consonants(words: list[str]) -> tuple[str, ...]:
    """The folded words without their vowels: equal for two words when one is the other with vowels
    lost (:func:`_vowels_dropped`)."""
    return tuple(w.translate(_VOWELS_OUT) for w in words)


def _join_unread_letters(uf: _UF, surfaces: dict[str, Counter[str]], kind: Callable[[str], str]) -> None:
    """A person's name an encoding error left without its accented letters joins the one person's
    name of the story it is with them ("Jos Angel Crdova", "Jos ngel C rdova" for "José Ángel
    Córdova", written "Jose Angel Cordova" elsewhere).  Only with signs of the error: two words at
    least lost a vowel, or a capital letter stands alone before the rest of its word ("C rdova",
    alone too), or a word starts in lowercase ("ngel"; then also the first words of the name, where
    the recogniser stopped: "Jos ngel"); one word that lost a letter is as likely another name
    ("Dan" / "Dana Smith")."""
    names: list[tuple[str, list[str]]] = []  # (node, folded words) of the story's persons' full names
    for node, forms in surfaces.items():
        if kind(node) == "person":
            names.extend((node, fold(f).split()) for f in forms if len(f.split()) >= 2)
    # a word and the word it lost vowels from have the same consonants, so only names whose words
    # (a leading run of them, or the last one) have the form's consonants can match it: looked up
    # by those keys instead of reading every name for every form
    by_lead: dict[tuple[str, ...], list[int]] = defaultdict(list)
    by_last: dict[str, list[int]] = defaultdict(list)
    for i, (_, ows) in enumerate(names):
        keys = _consonants(ows)
        for k in range(1, len(keys) + 1):
            by_lead[keys[:k]].append(i)
        if keys:
            by_last[keys[-1]].append(i)
    for node, forms in surfaces.items():
        if kind(node) != "person":
            continue
        for f in forms:
            mended = _LONE_CAPITAL.sub(r"\1", f)
            words = fold(mended).split()
            sign = mended != f or any(w[:1].islower() for w in mended.split()[1:])
            roots: set[str] = set()
            keys = _consonants(words)
            near = by_last.get(keys[0], []) if len(words) == 1 and mended != f else by_lead.get(keys, [])
            for other, ows in (names[i] for i in near):
                if uf.find(other) == uf.find(node):
                    continue
                if len(words) == 1 and mended != f:
                    ows = ows[-1:]  # "C rdova admitted": the surname alone
                elif sign and 2 <= len(words) < len(ows):
                    ows = ows[: len(words)]  # "Jos ngel| C rdova": the recogniser stopped at the error
                if len(ows) != len(words) or words == ows:
                    continue
                pairs = list(zip(words, ows, strict=True))
                lost = sum(a != b for a, b in pairs)
                if all(a == b or _vowels_dropped(a, b) for a, b in pairs) and (sign or lost >= 2):
                    roots.add(uf.find(other))
            if len(roots) == 1:
                uf.union(next(iter(roots)), node)


_COMPANY_TYPES = frozenset({"organisation", "media_outlet"})
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# a trade's word completing a company's short name ("Anadarko Petroleum", "Smithfield Foods")
_TRADE_WORDS = _words(
    """petroleum oil energy motors motor airways airlines foods brothers pharmaceuticals pharmaceutical
    chemicals mining steel news"""
)


# a generic word naming a section or channel of an organisation: "Twitter News", "AFP news", "Mail Online"
_SECTION_WORDS = _words("news online blog blogs website")
# generic words after an organisation's name that name the same body: "the Associated Press news
# agency" is the Associated Press, "the Labour party" the Labour of "Labour MPs", "the Likud party" Likud
_BODY_TAILS = (("news", "agency"), ("news", "service"), ("wire", "service"), ("party",))


def _join_sections(ms: list[_M], uf: _UF, kb: KnowledgeBase, forced: dict[str, str], dropped: set[str]) -> None:
    """A name made of an organisation or outlet of the story and a generic section word ("Twitter
    News", "AFP news", "BBC News Online"), or a body's generic tail (``_BODY_TAILS``: "Associated Press
    news agency", "Labor party" beside "Labor MPs") joins that organisation, unless it is a name of its
    own in the knowledge base ("Fox News").  Never a person's or a place's name ("Larry King Live")."""
    groups = uf.groups(ms)
    of_form: dict[str, set[str]] = defaultdict(set)  # folded form -> roots of organisations and outlets
    for root, xs in groups.items():
        if root in dropped:
            continue
        entry = kb.entries.get(uf.kb[root] or "")
        votes = Counter(x.mention.label for x in xs).most_common(1)[0][0]
        kind = entry.type if entry is not None else forced.get(root) or LABEL_TYPE.get(votes, "other")
        if kind in _COMPANY_TYPES:
            for x in xs:
                of_form[fold(x.surface)].add(root)
    for root, xs in groups.items():
        if root in dropped or uf.kb[root]:
            continue
        for x in xs:
            words = x.surface.split()
            tail = next((len(t) for t in _BODY_TAILS if tuple(fold(w) for w in words[-len(t) :]) == t), 0)
            tail = tail or (1 if fold(words[-1]) in _SECTION_WORDS else 0)
            if len(words) <= tail or not tail:
                continue
            owners = {uf.find(r) for r in of_form.get(fold(" ".join(words[:-tail])), set())} - {uf.find(root)}
            if len(owners) == 1:
                uf.union(next(iter(owners)), root)
                break


def _join_short_names(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, kb: KnowledgeBase, forced: dict[str, str], dropped: set[str]
) -> None:
    """A people's plural joins its adjective (:func:`_join_people_plurals`).  A company's short name
    joins its full name: a one-word organisation ("Exxon", "Anadarko") joins the organisation or outlet whose names are it and one more word, a proper name's
    (never written in lowercase: "Exxon Mobil", "Lehman Brothers") or a trade's ("Anadarko
    Petroleum"; a legal form after it does not count), when the story has exactly one such full name, or one named in more articles than
    all the others together; and a site ("FoxNews.com") joins the one outlet or organisation of
    its letters ("Fox News").  A brand (a one-word company name the story also completes with a
    trade: "Shell" beside "Shell Oil") also competes for the name of two or three capitalised words
    it ends ("Royal Dutch Shell"), under the same rule of one dominant full name ("Marines" never
    joins "Royal Marines").  Never a word the story writes in lowercase a quarter as often as the short name
    at least ("General"; "Shell" twenty times beside "shell" twice may join), a function word or a title, a
    longer name of a thing, a place or a person of the story ("Exxon Valdez Oil" beside the ship
    "Exxon Valdez"), nor a branch named after a place ("BP America").  The full name's root
    stays, with its type."""
    groups = uf.groups(ms)
    lower = Counter(w for d in docs for w in _LOWER_WORD.findall(d.article.text))

    def type_of(root: str, xs: list[_M]) -> str:
        entry = kb.entries.get(uf.kb[root] or "")
        if entry is not None:
            return entry.type
        return forced.get(root) or LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0], "other")

    types = {root: type_of(root, xs) for root, xs in groups.items() if root not in dropped}
    forms = {root: {x.surface for x in groups[root] if x.surface[:1].isupper()} for root in types}
    articles = {root: {x.doc for x in groups[root]} for root in types}
    other_names = {fold(f) for root, t in types.items() if t not in _COMPANY_TYPES for f in forms[root]}
    places = {fold(f) for root, t in types.items() if t == "place" for f in forms[root]}
    starts: dict[str, set[str]] = defaultdict(set)  # first word -> roots of full names
    heads: dict[str, set[str]] = defaultdict(set)  # acronym -> roots of names of two words it begins
    compact: dict[str, set[str]] = defaultdict(set)  # letters -> roots of names of several words
    ends: dict[str, set[str]] = defaultdict(set)  # last word -> roots of names of capitalised words
    brands: set[str] = set()  # first words of a company's name completed by a trade ("Shell Oil")
    for root, t in types.items():
        if t not in _COMPANY_TYPES:
            continue
        for f in forms[root]:
            words = fold(f).split()
            if len(words) < 2 or _SITE.fullmatch(f):
                continue
            compact[_compact(fold(f))].add(root)
            if any(" ".join(words[:n]) in other_names for n in range(2, len(words) + 1)):
                continue  # "Exxon Valdez Oil": a longer name of the ship
            tail = fold(_CORPORATE_SUFFIX.sub("", f)).split()[1:]
            if len(tail) != 1 or not tail[0].isalpha() or tail[0] in places:
                continue  # "BP America", a branch; "Citigroup Global Markets", "Corexit 9500"
            if words[0].isalpha() and f.split()[0].isupper():
                heads[words[0]].add(root)  # "AEG Live": a longer name an acronym begins
            if tail[0] in lower and tail[0] not in _TRADE_WORDS:
                continue  # "Barclays Capital", "Sony Pictures": a division, written with a common word
            if tail[0] not in _TRADE_WORDS and len(tail[0]) >= 6 and tail[0].endswith("ing"):
                continue  # "Pepsi Bottling", "Acme Publishing": a business of the company, another company
            starts[words[0]].add(root)
            if tail[0] in _TRADE_WORDS:
                brands.add(words[0])  # "Shell Oil": "Shell" is a company's brand
        for f in forms[root]:  # "Royal Dutch Shell": a name of capitalised words the short name ends
            words = f.split()
            if (
                2 <= len(words) <= 3
                and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
                and fold(words[0]) not in places
                and fold(" ".join(words[:-1])) not in other_names
            ):
                ends[fold(words[-1])].add(root)
    _join_people_plurals(uf, types, forms)
    for root, t in types.items():
        if t not in _COMPANY_TYPES or not forms[root]:
            continue
        keys = {fold(f) for f in forms[root]}
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        site = next((m.group(1) for f in forms[root] if (m := _SITE.fullmatch(f))), None)
        if site is not None:
            cands = compact.get(_compact(fold(site)), set()) - {root}
        elif any(f.isupper() for f in forms[root]) and " " not in key and not uf.kb[root]:
            cands = heads.get(key, set()) - {root}
            if len(cands) != 1 or not _same_role(docs, groups[root], groups[next(iter(cands))]):
                continue  # "NHS" is no short name of "NHS Direct", nor "BP" of "BP America"
        elif " " in key or len(key) < 3 or any(f.isupper() for f in forms[root]):
            continue  # a known acronym ("NBC") is no short name of "NBC Universal"
        elif key in lower and (4 * lower[key] > len(groups[root]) or key in _FUNCTION or key in TITLES):
            continue  # "General": a common word, not a short name ("Shell" 20 times, "shell" twice, may be)
        else:
            cands = starts.get(key, set())
            if key in brands:  # "Shell" beside "Shell Oil": also the name it ends ("Royal Dutch Shell")
                cands = cands | ends.get(key, set())
            cands = cands - {root}
        if not cands:
            continue
        ranked = sorted(cands, key=lambda r: -len(articles[r]))
        best = ranked[0]
        if len(ranked) > 1 and len(articles[best]) <= sum(len(articles[r]) for r in ranked[1:]):
            continue
        if uf.union(best, root) and not uf.kb[best]:
            forced[best] = types[best]  # the full name's type, whatever the short name was read as


def _join_people_plurals(uf: _UF, types: dict[str, str], forms: dict[str, set[str]]) -> None:
    """A people's plural joins its adjective when both are typed a people only by the end of the build
    ("Britons" read as persons, then as a people, beside "British"): one root each, one word each."""
    peoples: dict[str, set[str]] = defaultdict(set)
    for root, t in types.items():
        if t == "group":
            for f in forms[root]:
                if " " not in f:
                    peoples[fold(f)].add(root)
    for key, roots in list(peoples.items()):
        plural = {r for p in _plural_keys(key) for r in peoples.get(p, ())} - roots
        if len(roots) == 1 and len(plural) == 1:
            uf.union(next(iter(roots)), next(iter(plural)))


# what a company is, written before its name: "the promoter AEG", "promoters AEG Live"
_COMPANY_ROLES = _words(
    """promoter promoters company firm giant group operator owner owners insurer bank lender broker retailer
    carrier airline manufacturer maker producer developer contractor supplier network agency organiser organizer
    publisher distributor label studio"""
)
_COMPANY_ROLE_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")


def _same_role(docs: list[AnnotatedArticle], short: list[_M], full: list[_M]) -> bool:
    """Whether the text calls a short name and a longer one by the same role noun written just
    before them ("promoter AEG", "promoters AEG Live"): the same company under two names."""

    def roles(xs: list[_M]) -> set[str]:
        out = set()
        for x in xs:
            text = docs[x.doc].article.text
            m = _COMPANY_ROLE_BEFORE.search(text, max(0, x.mention.start - 20), x.mention.start)
            if m is not None and m.group(1) in _COMPANY_ROLES:
                out.add(m.group(1).rstrip("s"))
        return out

    return bool(roles(short) & roles(full))


_STATE_BEFORE = re.compile(
    r"(?:\b([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})|\b(country|nation|government))['’]s?[ \t]+$"
)
_WORD_BEFORE_NAME = re.compile(r"\b([A-Z][\w.-]*)[ \t]+$")


def _bodies_of_several_states(docs: list[AnnotatedArticle], ms: list[_M]) -> set[str]:
    """Nodes ("f:" + folded name) of a department's generic name, without a state's name ("Health
    Ministry", "Ministry of Health", "Interior Department"), that the story gives to two states or
    more: "Grenada's Health Ministry", "Indonesia's Ministry of Health", "the Egyptian health
    ministry", "the country's health ministry".  Such a name is one body within one article only:
    it never joins across articles.  Not a knowledge-base name."""
    places = _state_names(ms)
    states: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        if x.kb:
            continue
        key = fold(x.surface)
        words = key.split()
        if not words or not _ministry_key(key) or words[0] in places | _STATE_WORDS | {"the"}:
            continue
        before = docs[x.doc].article.text[max(0, x.mention.start - 40) : x.mention.start]
        hit = _STATE_BEFORE.search(before)
        state = (hit.group(1) or hit.group(2)) if hit else None
        if state is None and (w := _WORD_BEFORE_NAME.search(before)) and fold(w.group(1)) in places:
            state = w.group(1)  # "the Egyptian health ministry"
        if state is not None:
            # an unnamed state is another state for each article ("the country's")
            states["f:" + key].add(fold(state) if hit is None or hit.group(1) else f"{fold(state)}#{x.doc}")
    return {node for node, named in states.items() if len(named) >= 2}


# what makes a name a person's whatever the recogniser said: an honorific before it ("Dr Keiji
# Fukuda", also inside the span), an office written before it ("health secretary Nicola Sturgeon",
# "the health secretary, Nicola Sturgeon,"), an age ("Pacitti, 24,") or a person's role in
# apposition after it ("Pacitti, the goalkeeper", "Keiji Fukuda, assistant director-general").
# A speech verb is no cue: organisations speak too ("Goldman Sachs said"); nor is "who": peoples
# and places have it too ("Icelanders, who", "those on Capitol Hill who").
_HONORIFIC = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Miss|Mister|Dr|Doctor|Prof|Professor)\.?\s+$")
_ROLES = (
    "secretary|minister|director|director-general|spokesman|spokeswoman|spokesperson|chairman|chairwoman|"
    "president|vice-president|professor|expert|adviser|advisor|doctor|chief|head|leader|officer|executive|"
    "commissioner|ambassador|governor|mayor|senator|congressman|congresswoman|manager|lawyer|attorney|judge|"
    "goalkeeper|player|coach|student|pupil|teacher|headteacher|headmaster|headmistress|nurse|surgeon|"
    "scientist|researcher|economist|analyst|editor|correspondent|reporter|journalist|"
    "cameraman|colleague|"
    "singer|actor|actress|mother|father|wife|husband|son|daughter|brother|sister|widow|boss|"
    # police and medical roles of crime and health news ("detective Orlando Roe", "Jo Roe, a clerical worker")
    "detective|inspector|sergeant|constable|investigator|prosecutor|sheriff|paramedic|worker|"
    "anaesthetist|pharmacist|"
    # a profession by its suffix, whatever the field: "-ologist" (cardiologist, seismologist), "-iatrist"
    # (psychiatrist), "-ician" (physician, statistician, politician), "-grapher" (photographer,
    # demographer).  Not every "-ist": most name a creed as often as a person ("socialist", "Islamist")
    # and come before an organisation's name too ("the Islamist Hamas"); those professions are listed.
    r"[a-z]+(?:olog|iatr)ist|[a-z]+ician|[a-z]+grapher"
)
_ROLE_BEFORE = re.compile(rf"\b(?:{_ROLES})\b,?\s*$", re.IGNORECASE)
# The words between the comma and the role are the role's modifiers, a possessive among them
# ("Pacitti, the club's goalkeeper", "Kuroda, Nissan's chief executive"), never a verb: after "the
# British Museum, has worked as an archaeologist", "BP, said a spokesman", "Icelanders, who are
# fishermen" the role is another's or the clause's predicate.
_NOT_APPOSITION = (
    "whose|which|its|their|where|and|or|of|for|with|who|that|is|are|was|were|be|been|being|has|have|had|"
    "will|would|can|could|shall|should|may|might|must|do|does|did|said|says|told|according"
)
_PERSON_AFTER = re.compile(
    rf"\s*(?:,\s*\d{{1,3}}\s*[,.]|\(\d{{1,3}}\)|,\s*(?:the\s+|a\s+|an\s+)?"
    rf"(?:(?!(?:{_NOT_APPOSITION})\b)[\w.'’-]+\s+){{0,4}}?(?:{_ROLES})s?\b)",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)


def _strong_person_cue(text: str, m: Mention, surface: str) -> bool:
    """A mention written as a person's whatever the label: see ``_HONORIFIC`` above."""
    inside = m.text[: max(0, m.text.find(surface))]
    before = inside if inside.strip() else text[max(0, m.start - 40) : m.start]
    if _HONORIFIC.search(before) or _ROLE_BEFORE.search(before):
        return True
    return bool(_PERSON_AFTER.match(text, m.end))


# a known news outlet's possessive right before a name: "the BBC's Imogen Foulkes", "CNN's Ann Roe"
_OUTLET_POSSESSIVE = re.compile(r"['’]s?[ \t]+$")


def _persons_read_as_organisations(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    outlet_ends: AbstractSet[tuple[int, int]] = frozenset(),
    lower: Counter[str] | None = None,
) -> set[str]:
    """Roots of names the recogniser mostly reads as an organisation's that the text writes as a
    person's (:func:`_strong_person_cue`): "Dr Keiji Fukuda", "Pacitti, 24,"; or after a known
    news outlet's possessive (``outlet_ends``: where the outlets' names end), the way news prose
    names a journalist: "the BBC's Imogen Foulkes reports from Geneva" -- only for a name of two
    or three words the story never writes in lowercase (``lower``), not a programme or a column
    ("the BBC's Panorama", "the Guardian's Bad Science column").  The recogniser
    often takes a name it does not know (a Japanese or Scottish one) for an organisation, and a
    wrong type also keeps "Fukuda" from joining "Keiji Fukuda".  Only names of one to three
    plain capitalised words with no organisation head ("Agency", "Group") nor an institution's last
    ("College", ``_INSTITUTION_HEAD``), never a
    knowledge-base name; two cues and one mention in five at least, and twice as many as the
    mentions written with "the" before them ("the Goldman Sachs")."""
    groups = uf.groups(ms)
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or Counter(x.mention.label for x in xs).most_common(1)[0][0] != "ORG":
            continue
        if not all(
            1 <= len(ws := x.surface.split()) <= 3
            and all(_NAME_WORD.match(w) and fold(w) not in _ORG_HEADS for w in ws)
            and fold(ws[-1]) not in _INSTITUTION_HEAD  # "Hartley College, its head teacher" is no person
            for x in xs
        ):
            continue
        cues = sorg = 0
        for x in xs:
            text = docs[x.doc].article.text
            words = x.surface.split()
            poss = _OUTLET_POSSESSIVE.search(text, max(0, x.mention.start - 4), x.mention.start)
            if _strong_person_cue(text, x.mention, x.surface) or (
                poss is not None
                and len(words) >= 2
                and lower is not None
                and not any(lower[fold(w)] for w in words)
                and any((x.doc, e) in outlet_ends for e in (poss.start(), poss.start() + len(poss.group().rstrip())))
            ):  # the outlet's span may or may not hold its "'s"
                cues += 1
            elif x.mention.text.lower().startswith("the ") or _THE_BEFORE.search(
                text[max(0, x.mention.start - 5) : x.mention.start]
            ):
                sorg += 1
        if cues >= 2 and 5 * cues >= len(xs) and cues >= 2 * sorg:
            out.add(root)
    return out


# head nouns of a named facility or vehicle: "the Ocean Star rig", "the Karla well", "the Vela tanker"
_THING_NOUNS = _words(
    """rig rigs platform platforms well wells wellhead drillsite ship ships vessel vessels tanker tankers boat
    boats submarine ferry liner aircraft plane jet helicopter spacecraft shuttle plant reactor reactors refinery
    pipeline mine oilfield gasfield terminal dam spill spills leak blowout gusher"""
)
_UNIT_NUMBER = re.compile(r"[ \t]+(?:I|II|III|IV|\d{1,2})(?=[ \t]+[a-z])")  # "the Ixtoc I spill", "Unit 2 reactor"
# a person's cues: a title before the name, "who" or a speech verb after it, a speech verb before it
_WHO_OR_SPEECH = re.compile(r"[\s,]*(?:who|said|says|told|added|explained|insisted|admitted)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added)[\s,]*$")


def _person_cue(text: str, m: Mention, surface: str) -> bool:
    """A mention written as a person's: after a title ("Mr", "Health Secretary", in the span or
    before it), before "who" or a speech verb, after a speech verb ("said Dana Rusk")."""
    if fold(m.text) != fold(surface) and fold(surface) != fold(clean_surface(m.text)):
        return True  # the span held a title that clean_surface took off
    before = text[max(0, m.start - 24) : m.start]
    prev = before.split()[-1:] if before.strip() else []
    if prev and all(p in TITLES for p in re.split(r"[-.]", prev[0].lower()) if p):
        return True
    return bool(_WHO_OR_SPEECH.match(text, m.end) or _SPEECH_BEFORE.search(before))


def _things(docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots of "persons" and "organisations" that are a named facility or vehicle (a rig, a
    well, a ship, a plant): typed ``other``.  The recogniser often reads a rig's name as a
    person's, and propagation then repeats that reading for every mention.  The evidence is
    the noun after the name, or after its unit number ("the Ocean Star rig", "the Karla well",
    "the Karla I spill": a spill, a leak or a blowout is a well's): for a "person", two such
    mentions and one in ten at least, five times as many as those written as a person's (a
    title, "who", a speech verb: :func:`_person_cue`; "a worker on the Ocean Star who told"
    happens); for an "organisation", a third of the mentions ("the Norvik refinery" is also
    the company's, now and then)."""
    groups = uf.groups(ms)
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or forced.get(root, "person") != "person" or root in dropped:
            continue  # a surname joined to the name is no person cue: "Horizon" of "Ocean Horizon"
        etype = LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0], "other")
        if etype not in ("person", "organisation"):
            continue
        if etype == "person" and all(any(c.isdigit() for c in x.surface) for x in xs):
            out.add(root)  # "H5N7", "Unit 731": no person's name is written with digits
            continue
        things = 0
        for x in xs:
            text = docs[x.doc].article.text
            unit = _UNIT_NUMBER.match(text, x.mention.end)
            after = WORD_AFTER.match(text, unit.end() if unit is not None else x.mention.end)
            if after is not None and after.group(1) in _THING_NOUNS:
                things += 1
        if etype == "person":
            if things < max(2, len(xs) / 10):
                continue
            cues = sum(1 for x in xs if _person_cue(docs[x.doc].article.text, x.mention, x.surface))
            if 5 * cues >= things:
                continue
        elif things < max(2, len(xs) / 3):
            continue
        out.add(root)
    return out


def _institutions(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> set[str]:
    """Roots of "persons" the text writes before a lowercase institution's word (``_INSTITUTION_HEAD``):
    "the Dolphin school in Battersea", "Whitfield hospital" -- house styles that write the head in
    lowercase leave it out of the recogniser's span, and the bare name reads as a person's.  Two
    such mentions and half of them at least, and more than those written as a person's
    (:func:`_person_cue`): typed ``organisation``."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or forced.get(root, "person") != "person" or root in dropped:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0], "other") != "person":
            continue
        heads = 0
        for x in xs:
            after = WORD_AFTER.match(docs[x.doc].article.text, x.mention.end)
            heads += after is not None and after.group(1) in _INSTITUTION_HEAD
        if heads < max(2, len(xs) / 2):
            continue
        if sum(1 for x in xs if _person_cue(docs[x.doc].article.text, x.mention, x.surface)) >= heads:
            continue
        out.add(root)
    return out


# what a drug or another product is called before or after its name: "the antiviral drug
# Tamiflu", "doses of Tamiflu", "the sedative Lorazepam", "Tamiflu tablets"
_PRODUCT_BEFORE = re.compile(
    r"\b(?:(?:anti-?virals?|antibiotics?|drugs?|sedatives?|anaesthetics?|anesthetics?|painkillers?|"
    r"pain-killers?|medications?|medicines?|vaccines?|tranquill?i[sz]ers?|antidepressants?|brand\s+name)"
    r"|(?:doses?|tablets?|pills?|capsules?|supplies|stocks?|stockpiles?|courses?|vials?|injections?)\s+of)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_PRODUCT_AFTER = _words("drug drugs tablet tablets pill pills capsule capsules dose doses vaccine injection injections")
_GENERIC_AFTER = re.compile(r"[ \t]*[,(][ \t]*(?:known[ \t]+)?(?:generically|generic[ \t]+name)\b", re.IGNORECASE)


def _products(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> set[str]:
    """Roots of one-word "persons", "organisations" and "groups" that are a drug or a like
    product, typed ``other``: the recogniser reads "Tamiflu" as a people and "Diazepam" as a
    person.  The evidence is what the text calls it ("the antiviral drug Tamiflu", "doses of
    Tamiflu", "Tamiflu tablets", "Tamiflu, known generically as oseltamivir"), or a listing with
    a name so found ("Tamiflu and Relenza"): two such mentions and one in twenty at least, three
    times as many as those written as a person's (:func:`_person_cue`).  "the drug company Roche"
    is no cue: the word before the name must be the product's noun."""
    groups = uf.groups(ms)
    by_doc = _in_text_order(ms)
    out: set[str] = set()
    for listed in (False, True):  # then a name listed with a product: "Tamiflu and Relenza"
        for root, xs in groups.items():
            if uf.kb[root] or root in dropped or root in out:
                continue
            if forced.get(root, "person") not in ("person", "organisation", "group"):
                continue
            if any(" " in x.surface for x in xs):
                continue
            cues = 0
            for x in xs:
                text = docs[x.doc].article.text
                after = WORD_AFTER.match(text, x.mention.end)
                if (
                    _PRODUCT_BEFORE.search(text[max(0, x.mention.start - 40) : x.mention.start])
                    or (after is not None and after.group(1).lower() in _PRODUCT_AFTER)
                    or _GENERIC_AFTER.match(text, x.mention.end)
                    or (listed and _listed_with(text, x, by_doc[x.doc], lambda y: uf.find(y.node) in out))
                ):
                    cues += 1
            if cues < max(2, len(xs) / 20):
                continue
            people = sum(1 for x in xs if _person_cue(docs[x.doc].article.text, x.mention, x.surface))
            if 3 * people <= cues:
                out.add(root)
    return out


# what a song, album, film, programme or show is called before its name: "the song X", "his hit
# single X", "smash hits such as X", a list after such a noun ("Biggest hits: A, B, X"), "a
# rendition of X", "sang X"; and after it: "the X concert", "X tour"
_WORK_NOUN = re.compile(
    r"\b(?:(?:hit\s+)?(?:songs?|singles?|albums?|ballads?|anthems?|records?)|tracks?|films?|movies?|"
    r"documentar(?:y|ies)|programmes?|sitcoms?|musicals?|novels?|memoirs?|hits)\b",
    re.IGNORECASE,
)
_WORK_DIRECT = re.compile(
    r"(?:hit\s+(?:song|single|album|record)|song|album|ballad|anthem|film|movie|documentary|programme|sitcom|memoir)$",
    re.IGNORECASE,
)
_WORK_INTRO = re.compile(r"[ \t]*(?:(?:such\s+as|like|including|called|titled|entitled)\b|:)[ \t]*", re.IGNORECASE)
_WORK_LIST = re.compile(r"(?:[^.;:!?\n,]{1,60},[ \t]*)*(?:[^.;:!?\n,]{1,60}[ \t]+(?:and|or)[ \t]+)?")
_WORK_OF = re.compile(
    r"\b(?:(?:rendition|version|cover|performance|recording|remix)s?\s+of(?:\s+(?:his|her|their|the))?|"
    r"(?:sang|sing|sings|singing|performed|performing)(?:\s+(?:his|her|their))?(?:\s+hits?)?)[ \t]+$",
    re.IGNORECASE,
)


def _work_before(before: str) -> bool:
    """Whether the text before a name calls it a work's title (see ``_WORK_NOUN``)."""
    if _WORK_OF.search(before):
        return True
    nouns = list(_WORK_NOUN.finditer(before))
    if not nouns:
        return False
    noun = nouns[-1]
    gap = before[noun.end() :]
    if not gap.strip():
        return bool(_WORK_DIRECT.search(noun.group(0))) and gap in (" ", "\t")
    intro = _WORK_INTRO.match(gap)
    return intro is not None and _WORK_LIST.fullmatch(gap, intro.end()) is not None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_WORK_AFTER = _words("song single album track concert concerts tour film movie documentary programme musical")


def _titles(docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots of "persons", "organisations" and "groups" that are the title of a work (a song, an
    album, a film, a programme, a concert): typed ``other``.  The recogniser reads "Billie Jean"
    as a person and "Earth Song" as an organisation (and its own ``WORK_OF_ART`` label is no
    evidence: it gives it to bands and promoters).  The evidence, per mention: what the text
    calls it before the name ("the hit single X", "hits such as X", a list after "Biggest
    hits:", "a rendition of X", "sang X"), or a listing with a title so found: two such mentions and one in five at least, three times
    as many as those written as a person's (:func:`_person_cue`).  A work's noun after the
    name ("the X concert", "the X tour") is weaker evidence ("a Jackson concert" names a
    person's): with it, one mention in three, and none written as a person's.  A name with a
    possessive after it ("a cover of REM's song") is the artist's, no cue.  Never a
    knowledge-base name."""
    groups = uf.groups(ms)
    by_doc = _in_text_order(ms)
    out: set[str] = set()
    for listed in (False, True):
        for root, xs in groups.items():
            if uf.kb[root] or root in dropped or root in out or forced.get(root, "person") != "person":
                continue
            votes = Counter(x.mention.label for x in xs)
            if LABEL_TYPE.get(votes.most_common(1)[0][0], "other") not in ("person", "organisation", "group"):
                continue
            cues = after_only = 0
            for x in xs:
                text = docs[x.doc].article.text
                if _POSSESSIVE_AFTER.match(text, x.mention.end):
                    continue  # "a cover of REM's Everybody Hurts": the artist, not the work
                after = WORD_AFTER.match(text, x.mention.end)
                if _work_before(text[max(0, x.mention.start - 160) : x.mention.start]) or (
                    listed and _listed_with(text, x, by_doc[x.doc], lambda y: uf.find(y.node) in out)
                ):
                    cues += 1
                elif after is not None and after.group(1).lower() in _WORK_AFTER:
                    after_only += 1
            people = sum(1 for x in xs if _person_cue(docs[x.doc].article.text, x.mention, x.surface))
            if (cues >= max(2, len(xs) / 5) and 3 * people <= cues) or (
                cues + after_only >= max(2, len(xs) / 3) and people == 0
            ):
                out.add(root)
    return out


def _listed_with(text: str, x: _M, doc_ms: list[_M], pred: Callable[[_M], bool]) -> bool:
    """Whether the mention next to ``x`` in a list ("Tamiflu and Relenza", "Tamiflu, Relenza")
    satisfies ``pred``; ``doc_ms``: the mentions of ``x``'s article in text order."""
    i = next(k for k, y in enumerate(doc_ms) if y is x)
    for k in (i - 1, i + 1):
        if 0 <= k < len(doc_ms):
            a, b = sorted((doc_ms[k].mention, x.mention), key=lambda z: z.start)
            if _LIST_GAP.fullmatch(text[a.end : b.start]) and pred(doc_ms[k]):
                return True
    return False


_SINGULAR_ACTS = re.compile(
    r"(?:['’]s\b|,\s+which\b|\s+(?:is|was|has|had|says|said|told|announced|added|insisted|owns|owned|operates|"
    r"operated|employs|employed)\b)"
)
_BODY_BEFORE = re.compile(r"\b(?:firm|company|contractor|operator|owner|giant|group|maker|corporation)\s+$", re.I)


def _singular_groups(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> set[str]:
    """Roots of one-word "groups" (the recogniser's nationality or religion label) that act as one
    body: typed ``organisation``.  A people is a plural ("Americans said", "the Kurds'") or a
    word whose plural is itself ("the Chinese said"); a name of the singular form written with
    a possessive, a verb in the singular or ", which" after it, or a company's noun before it
    ("Transocean's rig", "Transocean was", "drilling firm Transocean"), three mentions and one
    in ten at least, is a company or a body.  Never a knowledge-base name."""
    groups = uf.groups(ms)
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or root in dropped or root in forced:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) != "group":
            continue
        keys = {fold(x.surface) for x in xs}
        if any(" " in k or k.endswith(_NO_S_PLURAL) for k in keys):
            continue
        if any(p in keys for k in keys for p in _plural_keys(k)):
            continue  # "British" with its plural "Britons": a people, whatever its verbs
        acts = sum(
            1
            for x in xs
            if _SINGULAR_ACTS.match(docs[x.doc].article.text, x.mention.end)
            or _BODY_BEFORE.search(docs[x.doc].article.text[max(0, x.mention.start - 16) : x.mention.start])
        )
        if acts >= max(3, len(xs) / 10):
            out.add(root)
    return out


# names of languages that name no place and no people (a people's adjective, "French", is a group)
_LANGUAGE_WORDS = _words(
    """creole patois arabic hebrew latin swahili esperanto mandarin cantonese urdu hindi farsi pashto dari
    tagalog yiddish gaelic sanskrit aramaic"""
)
# a language's name in use: "fluent in X", "broadcasting in X", "speak X", "X-speaking", "X language"
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:fluent[ \t]+in|broadcast(?:s|ing)?[ \t]+in|written[ \t]+in|published[ \t]+in|translated[ \t]+into|"
    r"dubbed[ \t]+into|subtitled[ \t]+in|sung[ \t]+in|speak|speaks|spoke|speaking|learn|learning)[ \t]+$",
    re.IGNORECASE,
)
_LANGUAGE_AFTER = re.compile(r"(?:[ \t]+|-)(?:language|languages|speaking|speakers?|translation|dialect)\b", re.I)


def _languages(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> set[str]:
    """Roots of one-word names of a language the recogniser read as a place, a person or a body:
    a language's name ("Creole", "Arabic"), or a name written as a language ("fluent in X",
    "broadcasting in X", "X-speaking") in two mentions and one in three at least.  Typed
    ``other``; never a knowledge-base name nor a people ("French" stays a group)."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or root in dropped or root in forced:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) == "group":
            continue
        keys = {fold(x.surface) for x in xs}
        if len(keys) != 1 or " " in next(iter(keys)):
            continue
        used = sum(
            1
            for x in xs
            if _LANGUAGE_BEFORE.search(docs[x.doc].article.text[max(0, x.mention.start - 24) : x.mention.start])
            or _LANGUAGE_AFTER.match(docs[x.doc].article.text, x.mention.end)
        )
        if next(iter(keys)) in _LANGUAGE_WORDS or (used >= 2 and 3 * used >= len(xs)):
            out.add(root)
    return out


# what a company or a body does, or is, and a place is not: "X, which owns", "X officials",
# "contractor X" (a place has a possessive and "was" as well: they are no cue here)
_BODY_ACTS = re.compile(
    r"(?:,\s+which\s+(?:owns|owned|operates|operated|employs|employed|makes|made|built|builds|supplied|supplies)\b"
    r"|\s+(?:owns|owned|operates|operated|employs|employed)\b"
    r"|(?:['’]s)?\s+(?:officials?|executives?|spokesman|spokeswoman|spokesperson|chief\s+executive|boss|"
    r"shares|shareholders|employees|staff|chairman|lawyers?)\b)"
)


def _bodies_read_as_places(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    forced: dict[str, str],
    dropped: set[str],
    is_place: Callable[[str], bool],
) -> set[str]:
    """Roots of one-word "places" that are companies or bodies: no strong gazetteer reading, and
    written as a body acting or employing ("Transocean, which owns the rig", "Halliburton
    executives", "drilling contractor Halliburton") in two mentions at least and three
    times as often as after a locative preposition ("in", "from").  Never a knowledge-base name."""
    out: set[str] = set()
    for root, xs in uf.groups(ms).items():
        if uf.kb[root] or root in dropped or root in forced:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) != "place":
            continue
        keys = {fold(x.surface) for x in xs}
        cased = [x.surface for x in xs if x.surface[:1].isupper() and not x.surface.isupper()]
        if len(keys) != 1 or " " in next(iter(keys)) or not cased:
            continue
        # a list of names is no cue ("BP, Transocean and Halliburton" are all read as places), nor
        # one preposition ("an official from Transocean", "shares in Transocean"): most uses must be a body's
        located = sum(_after_locative(docs[x.doc].article.text, x.mention.start, _FROM) for x in xs)
        acts = sum(
            1
            for x in xs
            if _BODY_ACTS.match(docs[x.doc].article.text, x.mention.end)
            or _BODY_BEFORE.search(docs[x.doc].article.text[max(0, x.mention.start - 16) : x.mention.start])
        )
        if acts >= 2 and acts >= 3 * located and not is_place(cased[0]):
            out.add(root)
    return out


# the shape of a noun naming one of a people ("Briton", "Haitian", "Icelander", "Israeli",
# "Frenchman") or several ("Britons", "Haitians", "Frenchmen")
_PEOPLE_NOUN = re.compile(r"^[A-Z][a-z]+(?:an|on|er|ite|i|ese|man)$")
_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]+(?:(?:an|on|er|ite|i)s|men)$")
# what counts or orders members of a people before the noun: "a Briton", "30 Britons", "the first
# Briton", "another Briton", "how many Britons", "fellow Haitians"
_COUNT_BEFORE = re.compile(
    r"(?:^|[^\w'’-])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|"
    r"several|many|some|few|more|another|other|fellow|first|second|third|fourth|fifth|last|every|each|"
    r"\d[\d,]*)[ \t]+$",
    re.IGNORECASE,
)


def _peoples(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    forced: dict[str, str],
    dropped: set[str],
    capital: Counter[str],
) -> set[str]:
    """Roots of one-word "persons" and "organisations" that name members of a people: typed
    ``group``.  The recogniser reads "Britons" and "a Briton" as a person.  A plural with a
    people noun's ending ("Britons", "Haitians", "Frenchmen") whose singular the story also
    writes capitalised ("Briton"; never "Chris") is one when the text writes it as a person's (:func:`_person_cue`) in under one mention in ten; a singular ("Briton",
    "Israeli") when, besides, one mention in three at least (two at least) has a count or an
    order before it ("a Briton", "the first Briton", "another Briton"), as a person's name never
    has.  The plural of a people the story names ("Shias" beside "Shia") is one too.  Never a knowledge-base name, nor one already typed by another rule."""
    groups = uf.groups(ms)
    out: set[str] = set()
    kind = {
        root: LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0], "other")
        for root, xs in groups.items()
    }
    people_keys = {fold(x.surface) for root, xs in groups.items() if kind[root] == "group" for x in xs}
    for root, xs in groups.items():
        if uf.kb[root] or root in dropped or root in forced or kind[root] not in ("person", "organisation"):
            continue
        if all(" " not in x.surface and fold(x.surface)[:-1] in people_keys and x.surface.endswith("s") for x in xs):
            out.add(root)  # "Shias" beside the people "Shia"
            continue
        words = {x.surface[:1].upper() + x.surface[1:].lower() for x in xs}
        cased = [x.surface for x in xs if _PEOPLE_NOUN.match(x.surface) or _PEOPLE_PLURAL.match(x.surface)]
        if len(words) != 1 or not cased:
            continue
        word = cased[0]
        people = sum(1 for x in xs if _person_cue(docs[x.doc].article.text, x.mention, x.surface))
        if 10 * people >= len(xs):
            continue
        if _PEOPLE_PLURAL.match(word):
            one = fold(word[:-3] + "man" if word.endswith("men") else word[:-1])
            if capital[one]:  # "Britons" beside "Briton", never "Chris" (no "Chri")
                out.add(root)
        elif _PEOPLE_NOUN.match(word):
            counted = sum(
                1
                for x in xs
                if _COUNT_BEFORE.search(docs[x.doc].article.text[max(0, x.mention.start - 24) : x.mention.start])
            )
            if counted >= max(2, len(xs) / 3):
                out.add(root)
    return out


# the word that introduces a picture's credit or caption ("Photograph: Jo Bloggs/Agency")
_CREDIT_WORDS = _words("photograph photographs photo photos picture pictures image images illustration credit caption")


def _credit_words(ms: list[_M], uf: _UF) -> set[str]:
    """A caption's credit word read as a name ("Photograph" typed person) is no actor."""
    forms: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        if not x.kb:
            forms[uf.find(x.node)].add(fold(x.surface))
    return {root for root, keys in forms.items() if keys <= _CREDIT_WORDS}


# a code of letters and digits in turn ("H3N2", "H5N1"): a strain or a model, no organisation
_CODE = re.compile(r"[A-Z]+\d+[A-Z]+\d+[A-Za-z0-9]*")
# the last word of a name that makes it an institution, never a people or a group of people
_INSTITUTION_HEAD = _words("school college university academy hospital institute infirmary clinic seminary")


# a state's agency: a body's word ("Agency", "Service", "Department of ...") after a state's name
# or "Federal"/"National" ("US Minerals Management Service", "UK Border Agency", "Texas Department
# of Transportation", "Federal Aviation Administration"); never a news agency nor a school's department
_STATE_HEADS = _words(
    """agency service administration department ministry bureau commission office directorate secretariat
    inspectorate"""
)
_STATE_WORDS = _words("us usa uk eu federal national state")
_NOT_STATE = _words(
    "news press wire university college school institute hospital church research relief broadcasting pipeline"
)


def _state_names(ms: list[_M]) -> set[str]:
    """Folded names of the story's places (read as places in most of their mentions: never "BP"
    tagged a place once) and of their peoples ("mexican" beside "mexico"; never "catholic")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for x in ms:
        if x.surface[:1].isupper():
            votes[fold(x.surface)][x.mention.label] += 1
    gpe = {k for k, v in votes.items() if v.most_common(1)[0][0] == "GPE"}
    stems = {k[:4] for k in gpe if len(k) >= 4}
    return gpe | {k for k, v in votes.items() if v.most_common(1)[0][0] == "NORP" and k[:4] in stems}


def _state_body(key: str, places: set[str]) -> bool:
    """Whether a folded name is a state's agency by its form (see ``_STATE_HEADS``); ``places``:
    the folded names of the story's places and peoples ("mexico", "mexican")."""
    words = key.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or set(words) & _NOT_STATE:
        return False
    qualified = next(
        (
            n
            for n in (1, 2, 3)
            if n < len(words) and (" ".join(words[:n]) in places or (n == 1 and words[0] in _STATE_WORDS))
        ),
        0,
    )
    if not qualified:
        return False
    rest = words[qualified:]
    return rest[-1] in _STATE_HEADS or any(
        w in _STATE_HEADS and rest[i + 1 : i + 2] in (["of"], ["for"]) for i, w in enumerate(rest[:-1])
    )


def _kinds_by_form(ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]) -> dict[str, str]:
    """Types the name's form settles: a code of letters and digits ("H3N2") is ``other``; a name
    ending in an institution's word ("Hillview High School") read as a group is an ``organisation``;
    an organisation one of whose names is a state's agency by its form (:func:`_state_body`), and
    whose other names of several words all have a body's word, is a ``government_body``."""
    places = _state_names(ms)
    forms: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for x in ms:
        root = uf.find(x.node)
        if uf.kb[root] or root in dropped or root in forced:
            continue
        forms[root].add(x.surface)
        labels[root][x.mention.label] += 1
    out: dict[str, str] = {}
    for root, fs in forms.items():
        if all(_CODE.fullmatch(f) for f in fs):
            out[root] = "other"
        elif LABEL_TYPE.get(labels[root].most_common(1)[0][0]) == "group" and all(
            len(f.split()) >= 2 and fold(f.split()[-1]) in _INSTITUTION_HEAD for f in fs
        ):
            out[root] = "organisation"
        elif (
            LABEL_TYPE.get(labels[root].most_common(1)[0][0]) == "organisation"
            and any(_state_body(fold(f), places) for f in fs if f[:1].isupper())
            and all(set(fold(f).split()) & _STATE_HEADS for f in fs if len(f.split()) >= 2)
        ):
            out[root] = "government_body"
    return out


# an office's title after the field it names ("Interior Secretary Ken Salazar", "the Interior and
# Justice secretaries"), or before it ("the Secretary of State for Health")
_TITLE_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})?[ \t]+(?:[Ss]ecretar(?:y|ies)|[Mm]inisters?|[Cc]zar|[Tt]sar)\b(?![ \t-]*[Gg]eneral)"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:[Ss]ecretar(?:y|ies)|[Mm]inisters?)[ \t]+(?:of[ \t]+[Ss]tate[ \t]+)?(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+and[ \t]+)?$"
)
# a name ending so names a body or a people, never only the field of an office
_BODY_END = _ORG_HEADS | _words("league cabinet government administration board treasury parliament assembly")


def _title_fields(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, surfaces: dict[str, Counter[str]], lower: Counter[str]
) -> tuple[set[str], list[tuple[str, str]]]:
    """Fields of an office read as bodies: "Homeland Security" of "Homeland Security Secretary Jo
    Doe", "International Development" of "the International Development Secretary".  A name of at
    most three words, no body's word at its end, that the story writes before a title word (or
    after "Secretary of") at least half the times it names it is part of the title: no actor
    (returned as roots to drop), unless the story names the body in full ("Department of Homeland
    Security", "the Interior Department") and the knowledge base knows it, and the story never
    writes the field in lowercase ("Secretary of State", "state"): then it is that body (returned
    as pairs to join; the known body keeps its own name).
    A secretary-general is an organisation's officer: "Arab League Secretary-General" stays."""
    groups = uf.groups(ms)
    bodies: dict[str, set[str]] = defaultdict(set)  # field -> roots naming the body in full
    for node, forms in surfaces.items():
        for f in forms:
            words = fold(f).split()
            for k in (" ".join(words), " ".join(words[1:])):  # "us department of the interior"
                hit = _FULL_BODY.fullmatch(k)
                if hit:
                    bodies[hit.group(1) or hit.group(2)].add(uf.find(node))
    drop: set[str] = set()
    joins: list[tuple[str, str]] = []
    for root, xs in groups.items():
        if uf.kb[root] or LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) != "organisation":
            continue
        keys = {fold(x.surface) for x in xs}
        if any(len(k.split()) > 3 or k.split()[-1] in _BODY_END for k in keys):
            continue
        titled = 0
        for x in xs:
            text, m = docs[x.doc].article.text, x.mention
            if _TITLE_AFTER.match(text, m.end) or _TITLE_BEFORE.search(text[max(0, m.start - 80) : m.start]):
                titled += 1
        if 2 * titled < len(xs):
            continue
        full = {r for k in keys for r in bodies.get(k, ()) if r != root and uf.kb[r]}
        if len(full) == 1 and not any(lower[k] for k in keys):
            joins.append((next(iter(full)), root))
        else:
            drop.add(root)
    return drop, joins


# a body named in full after its field: "department of homeland security", "interior department",
# with a place's or a country's qualifier before it ("us department of the interior")
_FULL_BODY = re.compile(r"(?:department|ministry|office) (?:of|for) (?:the )?(.+)|(.+) (?:department|ministry)")

# what a name that the text calls a ship or a rig is: "the vessel Sea Lark", "a drillship, the
# Ocean Queen", "the Sea Lark Producer ship", "Ocean Queen, a drill ship"
_VESSEL_NOUN = r"(?:vessels?|ships?|drill[ -]?ships?|rigs?|tankers?|barges?|boats?|trawlers?|ferry|ferries|frigate|destroyer|submarine|yacht)"
_VESSEL_BEFORE = re.compile(rf"\b{_VESSEL_NOUN}[ \t]*[,:]?[ \t]+(?:the[ \t]+|called[ \t]+|named[ \t]+)?$", re.I)
_VESSEL_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z0-9][\w-]*){{0,2}}[ \t]+(?:(?:containment|drilling|drill|supply|research|production|support|cargo|container|oil|cruise|fishing|naval|patrol)[ \t]+)?{_VESSEL_NOUN}\b"
    rf"|[ \t]*,[ \t]+(?:an?|the)[ \t]+(?:\w+[ \t]+){{0,2}}{_VESSEL_NOUN}\b"
)


def _vessels(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> set[str]:
    """Roots of names the text calls a vessel, a ship or a rig ("the vessel Sea Lark", "the Sea
    Lark Producer ship", "Ocean Queen, a drill ship") in a third of their mentions at least:
    ``other``, no group or organisation.  A person's name, a knowledge-base name, never."""
    groups = uf.groups(ms)
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) in ("person", "place"):
            continue
        cued = 0
        for x in xs:
            text, m = docs[x.doc].article.text, x.mention
            if _VESSEL_BEFORE.search(text[max(0, m.start - 30) : m.start]) or _VESSEL_AFTER.match(text, m.end):
                cued += 1
        if cued and 3 * cued >= len(xs):
            out.add(root)
    return out


# what a name the text calls a market index is: "the Dow Jones industrial average", "the FTSE 100
# index", "the Acme 500-stock index", "the benchmark Nikkei", "the Hang Seng Index"
_INDEX_NOUN = r"(?:index|indices|indexes|composite)"
_INDEX_AFTER = re.compile(
    r"(?:[ \t-]*\d+)?(?:-stock|[ \t]+stock)?[ \t]+(?:(?:industrial|industrials|transportation|stock|share)[ \t]+averages?"
    rf"|(?:(?:industrial|composite|share|stock|blue-chip|benchmark|all-share)[ \t]+)?{_INDEX_NOUN})\b"
)
_INDEX_BEFORE = re.compile(r"\b(?:benchmark|blue-chip)[ \t]+$")
# an index's round count of members ("the FTSE 100", "the CAC 40"), or a move in points ("the Dow
# falls 443 points", "the Nikkei closed up 2.1 points")
_INDEX_COUNT = re.compile(r"[ \t]+(?:30|40|50|100|200|225|250|500|600|1000|2000)(?![\w.,]*\d)")
_INDEX_POINTS = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){1,8}?[ \t]+\d[\d,.]*[ \t]+points\b"
    r"|(?:['’]s)?(?:[ \t]+[a-z][\w-]*){0,3}?[ \t]+point[ \t]+(?:gain|drop|loss|decline|fall|rise|jump|plunge|swing)s?\b"
)
_INDEX_FORM = re.compile(
    r"\S[ \t]+(?:Industrial[ \t]+|Composite[ \t]+|Share[ \t]+|Stock[ \t]+)?(?:Index|Indices|Indexes|Average|Composite)$"
)


def _indices(
    docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, forced: dict[str, str], dropped: set[str]
) -> set[str]:
    """Roots of names the text calls a market index ("the Dow Jones industrial average", "the
    FTSE 100 index", "the benchmark Nikkei"), writes with a count of members ("the CAC 40") or
    a move in points ("the Dow fell 400 points"), or that end in the word ("Hang Seng Index") in a
    third of their mentions at least: ``other``, no company (the index is a number the market
    moves, not an actor).  A person's, a people's or a place's name, a knowledge-base name, never."""
    groups = uf.groups(ms)
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) in ("person", "place", "group"):
            continue  # "Democrats lead by five points"
        cued = 0
        for x in xs:
            text, m = docs[x.doc].article.text, x.mention
            if (
                _INDEX_FORM.search(x.surface)
                or _INDEX_AFTER.match(text, m.end)
                or _INDEX_COUNT.match(text, m.end)
                or _INDEX_POINTS.match(text, m.end)
                or _INDEX_BEFORE.search(text[max(0, m.start - 30) : m.start])
            ):
                cued += 1
        if cued and 3 * cued >= len(xs):
            out.add(root)
    return out


_SITE = re.compile(r"([A-Za-z][\w-]*)\.(?:com|co\.uk|org|net|tv)")


def _outlet_sites(ms: list[_M], uf: _UF, kb: KnowledgeBase, forced: dict[str, str], dropped: set[str]) -> set[str]:
    """Roots named only by a web address whose name is a known news outlet's written without
    its spaces ("ZedNews.com" of the outlet "Zed News"): ``media_outlet``, the outlet's site (a
    company's site, "Acme.com", keeps its type)."""
    outlets = {
        _compact(a).lower() for e in kb.entries.values() if e.type == "media_outlet" for a in (e.name, *e.aliases)
    }
    forms: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        forms[uf.find(x.node)].add(x.surface)
    out: set[str] = set()
    for root, fs in forms.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        stems = [_SITE.fullmatch(f) for f in fs]
        if all(h is not None and len(h.group(1)) >= 3 and _compact(h.group(1)).lower() in outlets for h in stems):
            out.add(root)
    return out


def _time_zones(ms: list[_M], uf: _UF) -> set[str]:
    """Roots named only by a time zone written in capitals ("1400 BST", "0900 GMT"), alone or
    with a date after it (a live page's "GMT 2 June"): no actor
    (dropped; the mentions stay, without an entity).  A knowledge-base name is never dropped."""
    groups = uf.groups(ms)
    return {root for root, xs in groups.items() if not uf.kb[root] and all(_zone_stamp(x.surface) for x in xs)}


_MONTH_WORDS = _words(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec"""
)


def _zone_stamp(surface: str) -> bool:
    """A time zone alone or with a date after it ("BST", "GMT 2 June", "GMT June 2")."""
    words = surface.replace(",", " ").split()
    return bool(words) and words[0] in CLOCK_ZONES and all(w.isdigit() or w.lower() in _MONTH_WORDS for w in words[1:])


def _common_noun_acronyms(docs: list[AnnotatedArticle], ms: list[_M], uf: _UF) -> set[str]:
    """Roots of acronyms the story defines by a common noun more often than by a name: "the
    blow-out valve (BOV)", "weapons of mass destruction (WMD)".  They are not actors (dropped;
    the mentions stay, without an entity).  A knowledge-base name is never dropped."""
    common: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for d in docs:
        text = d.article.text
        for m in _ACRO_DEF.finditer(text):
            acr = m.group(1) or m.group(2)
            if not acr.isupper():
                continue
            words = re.findall(r"[\w'’\-]+", text[max(0, m.start() - 120) : m.start()])
            for n in range(1, min(len(words), len(acr) + 3) + 1):
                phrase = words[-n:]
                if _abbreviates(acr, " ".join(phrase)):
                    lower = all(w == w.lower() for w in phrase)
                    (common if lower and phrase[0].lower() not in _FUNCTION else named)[fold(acr)] += 1
                    break
    # a thing most definitions write in lowercase ("blowout preventer (BOP)"), though a headline
    # once capitalises it ("Blowout Preventer (BOP)")
    things = {a for a, n in common.items() if n > named[a]}
    if not things:
        return set()
    groups: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        groups[uf.find(x.node)].add(fold(x.surface))
    return {root for root, keys in groups.items() if not uf.kb[root] and keys <= things}


def _plural_acronyms(docs: list[AnnotatedArticle], ms: list[_M], uf: _UF) -> set[str]:
    """Roots of acronyms the story also writes in the plural ("GPs", "ROVs"; two times and one
    use in eight at least): a common noun ("see your GP", "the ROV"), not an actor (dropped;
    the mentions stay, without an entity).  A knowledge-base name is never dropped."""
    groups: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        groups[uf.find(x.node)].add(x.surface)
    forms = {s for root, ss in groups.items() if not uf.kb[root] for s in ss if _ACRONYM.fullmatch(s)}
    if not forms:
        return set()
    counts: Counter[str] = Counter()
    for d in docs:
        for hit in _ACRONYM_WORD.finditer(d.article.text):
            if hit.group(1) in forms:
                counts[hit.group(0)] += 1
    plural = {a for a in forms if counts[a + "s"] >= 2 and 8 * counts[a + "s"] >= counts[a]}
    return {root for root, ss in groups.items() if not uf.kb[root] and ss <= plural}


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_ACRONYM_WORD = re.compile(r"\b([A-Z]{2,5})s?\b")


def _abbreviates(acr: str, phrase: str) -> bool:
    """Whether ``acr`` abbreviates the whole of ``phrase``: its letters in order, each opening a
    word or later in a word an earlier letter opened, every word but function words opening
    with one ("BOV" / "blow-out valve", "WMD" / "weapons of mass destruction")."""
    letters = [c.lower() for c in acr if c.isalnum()]
    words = [w.lower() for w in re.findall(r"[^\W_]+", phrase)]
    if len(letters) < 2 or not words or words[0][:1] != letters[0]:
        return False

    def match(li: int, wi: int, ci: int) -> bool:
        if li == len(letters):
            return all(w in _FUNCTION for w in words[wi + 1 :])
        c = letters[li]
        if any(ch == c and match(li + 1, wi, p) for p, ch in enumerate(words[wi]) if p > ci):
            return True
        for wj in range(wi + 1, len(words)):
            if words[wj][0] == c and match(li + 1, wj, 0):
                return True
            if words[wj] not in _FUNCTION:
                return False
        return False

    return match(1, 0, 0)


_PLACE_OF = _words(
    """town city village state province district county region community island municipality governorate
    capital suburb"""
)
_FROM = _words("from")
_RESIDENT = _words("man woman men women resident residents teen teenager boy girl couple family native")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")
_SPEAKS = re.compile(r"\b(?:said|says|told|asked)\s*\||\|\s*(?:said|says|told|asked)\b")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’-]*[ \t]+$")
_PERSON_CUE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|President|Coach|Judge)\.?\s+$")


# the generic word ending the name of an administrative area: "Los Angeles County"
_ADMIN_WORDS = _words("county parish district province prefecture governorate borough municipality region oblast")
# an area's generic word no person's or people's name ends with ("Derby County" the club is an
# organisation, never a person)
AREA_HEADS = _words("county parish borough")
# the last word of a named venue or structure: "Millennium Stadium", "Heathrow Airport"
_VENUE_WORDS = _words("stadium arena airport airfield square bridge harbour harbor pier racecourse speedway")
_AT_VENUE = re.compile(r"\b(?:at|in|to|from|near|outside|inside)[ \t]+(?:the[ \t]+)?$", re.I)


def strong_place(geocoder: Any) -> Callable[[str], bool]:
    """``is_place`` for :func:`resolve_entities`: the name itself (its own name or an alternate
    name, never a transliteration) is a country, a first-level region or a town of 10,000 people
    or more in the geocoder's gazetteer, or, written with its generic word ("Orange County"), a
    second-level area."""

    return _StrongPlace(geocoder)


class _StrongPlace:
    """``is_place`` of :func:`strong_place`; :meth:`area` is the weaker test of a second-level area
    named without its generic word ("Torbay", "Kent"), which needs the text's own evidence."""

    def __init__(self, geocoder: Any) -> None:
        self.geocoder = geocoder
        self.cache: dict[tuple[str, bool], bool] = {}

    def __call__(self, name: str) -> bool:
        return self._check(name, False)

    def area(self, name: str) -> bool:
        return self._check(name, True)

    def _check(self, name: str, area: bool) -> bool:
        if (name, area) in self.cache:
            return self.cache[(name, area)]
        generic = len(name.split()) >= 2 and fold(name.split()[-1]) in _ADMIN_WORDS
        found = False
        for c in self.geocoder.candidates(name):
            if c.match in ("name", "alternate") and (
                c.kind in ("country", "admin1") or (c.kind == "city" and (c.population or 0) >= 10000)
            ):
                found = True
            if (generic or area) and c.match == "name" and c.kind == "admin2":  # "Los Angeles County"
                found = True
        if len(self.cache) < 8192:
            self.cache[(name, area)] = found
        return found


# the first word of an area's name that no given name is: "Greater Glasgow", "North Giza"
_PLACE_QUALIFIERS = _words(
    """greater upper lower north south east west northern southern eastern western central inner outer
    metropolitan mid"""
)


def _written_as_places(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    forced: dict[str, str],
    dropped: set[str],
    is_place: Callable[[str], bool],
    common: Callable[[str], bool] = lambda w: False,
) -> set[str]:
    """Roots of "persons" and "organisations" the text writes as places: a one-name group
    with a strong gazetteer reading, one of whose mentions follows a locative preposition
    ("in Giza", "from Giza"), "the town of", stands in a list of places ("Cairo, Giza and
    Al-Minya") or before ", <place>" ("Giza, Egypt"); an area named with its generic word
    ("Orange County") whatever its context; a named venue ("Jubilee Stadium") after "at", "in".
    Never a name the story gives a person in full ("Michael Jordan") or with a title ("Mr.
    Jordan"), nor a knowledge-base name.  A form in capitals (a dateline) is not looked up.
    A "person" span whose first word is a place's qualifier or a ``common`` word of the story
    ("Greater Glasgow", "Central Giza") names no person in full: the recogniser's reading of
    the area's name is no evidence that "Glasgow" is a surname.  A name read as a person's in two
    thirds of its mentions (three at least) needs a locative preposition before it ("in")."""
    groups = uf.groups(ms)
    person_words: set[str] = set()
    for x in ms:
        words = fold(x.surface).split()
        if (
            x.mention.label == "PERSON"
            and len(words) >= 2
            and words[0] not in _PLACE_QUALIFIERS
            and not common(x.surface.split()[0])
        ):
            person_words.update(words)
        text = docs[x.doc].article.text
        if (
            _PERSON_CUE.search(text[max(0, x.mention.start - 12) : x.mention.start])
            or (
                # "NHS Greater Glasgow said" speaks for an organisation, whatever span the recogniser took
                (len(words) == 1 or x.mention.label == "PERSON")
                and not _NAME_BEFORE.search(text[max(0, x.mention.start - 24) : x.mention.start])
                and not _after_locative(text, x.mention.start, _FROM)  # "doctors in Dunmoor said"
                and _SPEAKS.search(
                    text[max(0, x.mention.start - 12) : x.mention.start]
                    + "|"
                    + text[x.mention.end : x.mention.end + 12]
                )
            )
        ):
            person_words.update(words)
    by_doc = _in_text_order(ms)
    out: set[str] = set()
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        votes = Counter(x.mention.label for x in xs)
        etype = LABEL_TYPE.get(votes.most_common(1)[0][0], "other")
        if etype not in ("person", "organisation", "group"):
            continue
        keys = {fold(x.surface) for x in xs}
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        cased = [x.surface for x in xs if not x.surface.isupper()]  # "GLASGOW" in a dateline is no test
        if not cased:
            continue
        words = key.split()
        if len(words) >= 2 and words[-1] in AREA_HEADS and etype != "organisation":
            out.add(root)  # "Plaquemines Parish" names no person nor a people, whatever the gazetteer
            continue
        if etype == "group":
            continue
        if len(words) >= 2 and words[-1] in _VENUE_WORDS:
            # "a concert at Tarrow's Jubilee Stadium": a named venue is where something happens
            if any(
                _AT_VENUE.search(docs[x.doc].article.text[max(0, x.mention.start - 16) : x.mention.start]) for x in xs
            ):
                out.add(root)
            continue
        if person_words & set(words):
            continue
        if not is_place(cased[0]):
            area = getattr(is_place, "area", None)
            located = sum(_after_locative(docs[x.doc].article.text, x.mention.start, _FROM) for x in xs)
            if (
                area is not None
                and etype == "organisation"
                and len(words) == 1
                and located >= 2
                and 2 * located >= len(xs)
                and area(cased[0])
            ):
                out.add(root)  # "a girl from Torbay", "cases in Torbay": a council area, no company
            continue
        if len(words) >= 2 and words[-1] in _ADMIN_WORDS:
            out.add(root)  # "Orange County" says it is a place
            continue
        cued = any(_place_cue(docs[x.doc].article.text, x, by_doc[x.doc], is_place) for x in xs)
        if cued and len(xs) >= 3 and 3 * votes["PERSON"] >= 2 * len(xs):
            # a singer the recogniser reads as a person in most of his mentions is no place for
            # "due from Bono" or a list of names: only "in", "near"... says so ("cases in Dunmore")
            cued = any(_after_locative(docs[x.doc].article.text, x.mention.start) for x in xs)
        if cued:
            out.add(root)  # "Giza" needs "in Giza"
    return out


# prepositions before a place, besides the locative ones: "at Point Carbon", "Newcastle upon Tyne",
# "on Grand Isle"
_PLACE_PREPOSITIONS = _words("at upon on to")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")  # a capitalised word next on the line, not after a full stop
# "to" of a cause or a source, no destination: "thanks to Ann Roe", "according to Ann Roe"
_CAUSE_TO = re.compile(r"\b(?:[Tt]hanks|[Aa]ccording|[Oo]wing|[Dd]ue)[ \t]+to[ \t]+$")


def _persons_read_as_places(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    forced: dict[str, str],
    dropped: set[str],
    is_place: Callable[[str], bool],
    lower: Counter[str],
) -> set[str]:
    """Roots read as places about as often as persons ("Beyonce" GPE nine times, PERSON seven
    times) that are persons: the recogniser's person readings half its place readings at least, a
    mention written as a person's (before "who" or a speech verb, after a title:
    :func:`_person_cue`), no name of the root a strong place of the gazetteer, none after a
    preposition of place ("in Jackson", "at Point Carbon", "upon Tyne"), and no knowledge-base entry.
    With fewer person readings, half the mentions at least must also be written as only a person's
    is, after a title or a person's role on the same line ("video journalist Shona", "Dr Shona"): a
    company speaks too ("Halliburton said").

    A single word the story gives as a person's given name ("Conrad Murray") is that person's
    name written alone ("10-year-old Conrad", "I'm gonna do it, Conrad"), with no other cue: the
    same tests of place apart, and none of its mentions written as a place's (:func:`_place_cue`:
    "Gulfport, Miss.; Theodore, Ala.") or before another capitalised word (a name the recogniser
    cut), a given name is no place's.  A byline or a live blog's handover (:func:`_byline`) is a
    person's cue as strong as a role before the name.  The full name's other words
    must be words the story never writes in lowercase (``lower``): "Swine Flu", "Breton Sound"
    are no person's, whatever the recogniser said."""
    out: set[str] = set()
    # given names: first word of the persons' full names -> the full names, folded
    full_names: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        ws = x.surface.split()
        if (
            x.mention.label == "PERSON"
            and 2 <= len(ws) <= 3
            and all(_NAME_WORD.match(w) for w in ws)
            and not any(lower[fold(w)] for w in ws[1:])
        ):
            full_names[fold(ws[0])].add(fold(x.surface))
    in_order = _in_text_order(ms)
    for root, xs in uf.groups(ms).items():
        if root in forced or root in dropped or uf.kb[root]:
            continue
        votes = Counter(x.mention.label for x in xs)
        place = sum(votes[label] for label in _PLACE_LABELS)
        if LABEL_TYPE.get(votes.most_common(1)[0][0]) != "place":
            continue
        given = all(_NAME_WORD.match(x.surface) for x in xs) and len({fold(x.surface) for x in xs}) == 1
        given = given and len(full_names.get(fold(xs[0].surface), ())) >= 1
        # written alone: not the first word of a name the recogniser cut ("Jamal Khashoggi" read as
        # "Jamal" and "Khashoggi"), which is no person of its own
        given = given and not any(_CAPITAL_NEXT.match(docs[x.doc].article.text, x.mention.end) for x in xs)
        if (
            not given
            and 2 * votes["PERSON"] < place
            and 2 * sum(_role_before(docs[x.doc].article.text, x.mention) for x in xs) < len(xs)
            and not any(_byline(docs[x.doc].article.text, x.mention) for x in xs)
        ):
            continue
        if any(
            is_place(x.surface)
            or (
                _after_locative(docs[x.doc].article.text, x.mention.start, _PLACE_PREPOSITIONS)
                and not _CAUSE_TO.search(docs[x.doc].article.text, max(0, x.mention.start - 16), x.mention.start)
            )
            for x in xs
        ):
            continue
        if given and any(_place_cue(docs[x.doc].article.text, x, in_order[x.doc], is_place) for x in xs):
            continue
        if given or any(
            _person_cue(docs[x.doc].article.text, x.mention, x.surface) or _byline(docs[x.doc].article.text, x.mention)
            for x in xs
        ):
            out.add(root)
    return out


# the last word of a newspaper's name ("Miami Herald", "Sydney Morning Herald"), folded: words that
# name no place.  Shared: understand's ``_MASTHEAD`` could be built from it plus "International".
MASTHEAD_WORDS = _words("herald times tribune gazette journal chronicle telegraph inquirer examiner courier dispatch")
# here a masthead's word must follow a strong place ("Jerusalem Post"), so two more words are safe
# that alone also end a place's name or are common words ("Border Post", "an observer")
_MASTHEAD_WORDS = MASTHEAD_WORDS | _words("post observer")
# words after an organisation's name that make it the organisation's branch or affiliate abroad
# ("Oxfam International"; "Oxfam America", "Save the Children UK" are read through the gazetteer)
_BRANCH_WORDS = _words("international worldwide global")
_ORG_TYPES = frozenset({"organisation", "government_body", "media_outlet"})
# an organisation's name in another language, kept untranslated by English news ("Medecins du Monde",
# "Fundacion para la Salud", "Arzte ohne Grenzen"): a body's head noun in French, Spanish, Italian,
# Portuguese or German (folded), then a particle of that language.  No place is named so; English
# names are left to the recogniser, which reads them well ("Association of ...").  "Medicins" is how
# English news often misspells "Medecins"
_FOREIGN_BODY_HEADS = _words(
    """medecins medicins medicos medici arzte aerzte reporters fundacion fondation fondazione fundacao stiftung
    association asociacion associazione associacao comite comitato societe sociedad societa gesellschaft
    organisation organizacion organizzazione organizacao institut instituto istituto syndicat sindicato
    partido parti partito partei banco banque banca compagnie compania federation federacion federazione
    confederation confederacion conseil consejo consiglio mouvement movimiento movimento agence agencia agenzia
    ministere ministerio ministero"""
)
_FOREIGN_PARTICLES = _words(
    "du de des del della dello degli delle der die das fur ohne sans pour por para per contre contra"
)
_BODY_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _bodies_named_as_places(
    ms: list[_M],
    uf: _UF,
    kb: KnowledgeBase,
    forced: dict[str, str],
    dropped: set[str],
    is_place: Callable[[str], bool],
) -> dict[str, str]:
    """Roots the recogniser read as places whose names are a body's by their form, none a strong
    place of the gazetteer, never a knowledge-base name:

    * a newspaper's: a place, then words ending in a masthead's word ("the Miami Herald", "Sydney
      Morning Herald"): ``media_outlet``;
    * a branch of an organisation of the story: the organisation's whole name, then a place or
      "International" ("Oxfam America", "Oxfam Scotland" beside "Oxfam"): ``organisation``.  The
      place must be a strong place the story also names alone as a place:
      "Shell Beach", "Cordova Harbor" are places named after a company's or a town's name;
    * a body's name in another language (``_FOREIGN_BODY_HEADS``: "Medecins du Monde"), alone or
      beside its acronym ("MDM"): ``organisation``."""
    groups = uf.groups(ms)
    org_keys: set[str] = set()  # names of the story's organisations, folded
    for root, xs in groups.items():
        if root in dropped:
            continue
        if uf.kb[root]:
            entry = kb.entries.get(uf.kb[root] or "")
            etype = entry.type if entry is not None else None
        else:
            etype = forced.get(root) or LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0])
        if etype in _ORG_TYPES:
            org_keys.update(fold(x.surface).removeprefix("the ") for x in xs if x.surface[:1].isupper())
    place_keys = {fold(x.surface) for x in ms if x.mention.label in _PLACE_LABELS}
    out: dict[str, str] = {}
    for root, xs in groups.items():
        if uf.kb[root] or root in forced or root in dropped:
            continue
        if LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0]) != "place":
            continue
        forms = {re.sub(r"^[Tt]he\s+", "", x.surface) for x in xs if x.surface[:1].isupper()}
        if not forms:
            continue
        foreign = [f for f in forms if _foreign_body(f)]
        if foreign and all(f in foreign or _BODY_ACRONYM.fullmatch(f) for f in forms):
            if not any(is_place(f) for f in foreign):
                out[root] = "organisation"
            continue
        mastheads = branches = 0
        for f in forms:
            words = f.split()
            keys = fold(f).split()
            if len(words) < 2 or len(keys) != len(words):
                break
            if keys[-1] in _MASTHEAD_WORDS and any(is_place(" ".join(words[:i])) for i in range(1, len(words))):
                mastheads += 1
            elif any(
                " ".join(keys[:i]) in org_keys
                and (
                    " ".join(keys[i:]) in _BRANCH_WORDS
                    or (" ".join(keys[i:]) in place_keys and is_place(" ".join(words[i:])))
                )
                for i in range(1, len(words))
            ):
                branches += 1
            else:
                break
        else:
            if any(is_place(f) for f in forms):  # asked last: the gazetteer is slow
                continue
            if mastheads == len(forms):
                out[root] = "media_outlet"
            elif branches == len(forms):
                out[root] = "organisation"
    return out


# a writer's name as news prose signs it: a byline on its own line ("By Ann Roe" then a line
# break or ", BBC News"), or a live blog's handover in the first person ("This is Ann Roe, I have
# taken over from ...").  "This is" alone is no cue: "This is Rivers State".
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*By[ \t]+$")
_BYLINE_AFTER = re.compile(r"[ \t]*(?:\n|$|,)")
_HANDOVER_BEFORE = re.compile(r"(?:^|[\n(]|[.!?][ \t])[ \t]*This is[ \t]+$")
_HANDOVER_AFTER = re.compile(r"[ \t]*[,;]?[ \t]+I\b")


def _byline(text: str, m: Mention) -> bool:
    """Whether a mention is written as a writer's signature: see ``_BYLINE_BEFORE``."""
    before = text[max(0, m.start - 12) : m.start]
    return bool(
        (_BYLINE_BEFORE.search(before) and _BYLINE_AFTER.match(text, m.end))
        or (_HANDOVER_BEFORE.search(before) and _HANDOVER_AFTER.match(text, m.end))
    )


def _foreign_body(name: str) -> bool:
    """Whether a name is written as a body's in another language: its first word a body's head
    noun, its second a particle ("Medecins du Monde", "Comite de Defense")."""
    keys = fold(name).split()
    return len(keys) >= 3 and keys[0] in _FOREIGN_BODY_HEADS and keys[1] in _FOREIGN_PARTICLES


def _join_foreign_spellings(uf: _UF, surfaces: dict[str, Counter[str]]) -> None:
    """Join the spellings of one foreign body's name (:func:`_foreign_body`): English writers drop
    or change a letter of a name in another language ("Medicins Sans Frontiers" for "Medecins Sans
    Frontieres").  Same number of words, each word's first letter the same, two letters apart at
    most over fifteen letters at least; names of two bodies differ by a word ("Medecins du Monde")."""
    names = [(node, fold(f)) for node, forms in surfaces.items() if "#" not in node for f in forms if _foreign_body(f)]
    for (na, a), (nb, b) in itertools.combinations(names, 2):
        wa, wb = a.split(), b.split()
        if (
            len(wa) == len(wb)
            and min(len(a), len(b)) >= 15
            and all(x[0] == y[0] for x, y in zip(wa, wb, strict=True))
            and _edit(a, b) <= 2
        ):
            uf.union(na, nb)


def _role_before(text: str, m: Mention) -> bool:
    """Whether a title or a person's role stands right before the mention on its line ("finance
    minister, Peer Roe", "Dr Roe"); not across a line break, where a headline's last word ("...
    says mayor") stands before the next paragraph's first name."""
    before = text[max(0, m.start - 40) : m.start].rpartition("\n")[2]
    return bool(_HONORIFIC.search(before) or _ROLE_BEFORE.search(before))


def _place_cue(text: str, x: _M, doc_ms: list[_M], is_place: Callable[[str], bool]) -> bool:
    m = x.mention
    if _POSSESSIVE.search(m.text) or text[m.end : m.end + 2] in ("'s", "’s"):  # "into Bell's back"
        return False
    if _after_locative(text, m.start, _FROM):
        return True
    prev = text[max(0, m.start - 24) : m.start].split()
    if len(prev) >= 2 and prev[-1] == "of" and prev[-2].lower() in _PLACE_OF:
        return True
    after = WORD_AFTER.match(text, m.end)
    if prev and prev[-1].lower() in ("a", "an") and after and after.group(1).lower() in _RESIDENT:
        return True  # "a Gainesville man"
    i = next(k for k, y in enumerate(doc_ms) if y is x)
    items: list[_M] = []
    k = i
    while k > 0 and _LIST_GAP.fullmatch(text[doc_ms[k - 1].mention.end : doc_ms[k].mention.start]):
        k -= 1
        items.append(doc_ms[k])
    k = i
    while k + 1 < len(doc_ms) and _LIST_GAP.fullmatch(text[doc_ms[k].mention.end : doc_ms[k + 1].mention.start]):
        k += 1
        items.append(doc_ms[k])
    if len(items) == 1:  # "Trinidad and Tobago" is one place
        a, b = sorted((m, items[0].mention), key=lambda z: z.start)
        if is_place(text[a.start : b.end]):
            return False
    return any(y.mention.label in _PLACE_LABELS for y in items) and all(
        y.mention.label in _PLACE_LABELS or is_place(y.surface) for y in items
    )


def _after_locative(text: str, start: int, also: frozenset[str] = frozenset()) -> bool:
    """A name right after a locative preposition (or a word of ``also``): "clashes in Al
    Meshleb", "In Ripley"."""
    prev = text[max(0, start - 12) : start].split()
    return bool(prev) and (prev[-1].lower() in _LOCATIVE or prev[-1].lower() in also)


_VOWELS = re.compile(r"[aeiouy]")


def _one_vowel_apart(a: str, b: str) -> bool:
    """Same length, one position differs, and both letters there are vowels ("selo", "silo")."""
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) and len(diff) == 1 and diff[0][0] in "aeiou" and diff[0][1] in "aeiou"


def _vowelless(word: str) -> str:
    """First letter, length and consonants of a surname ("Selo", "Silo" -> "s4sl"); "" when too short."""
    f = fold(word)
    if len(f) < 4 or " " in f:
        return ""
    return f"{f[0]}{len(f)}{_VOWELS.sub('', f)}"


# generic words of geographic names: "Euphrates River" is the place "Euphrates"
_GEO_WORDS = _words(
    """river lake sea ocean mountains mountain mount valley desert province governorate region district island
    islands city county bay gulf strait canal dam plain plains peninsula basin delta coast"""
)
# words after a nationality word used as a noun ("the Chinese said", "the French and"), not an adjective
_AFTER_NOUN = _words(
    """and or nor but said say says have has had are were is was will would could should may might can who which
    that in on at to of for from with by as also themselves"""
)
_LOCATIVE = _words("in near outside into around across towards toward inside throughout")
# another adjective listed after a nationality word: "Arab and Kurdish", "Syrian, Iraqi", "Syrian-Turkish"
_ADJ_LISTED = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|nor)[ \t]+|-)[A-Z][\w'’]+")


def _adjectival(text: str, end: int) -> bool:
    """Whether a nationality word ending at ``end`` modifies what follows it ("Syrian army", "Turkish
    President", "Arab and Kurdish fighters", "Syrian-backed") rather than naming a people ("the Chinese
    said", "an Iraqi was killed", "Kurds, Arabs and", "the French.")."""
    for _ in range(4):  # past the other adjectives of a list
        listed = _ADJ_LISTED.match(text, end)
        if listed is None:
            break
        end = listed.end()
    if re.match(r"-[a-z]", text[end : end + 2]):
        return True  # "Syrian-backed"
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False  # "the French." / "the Chinese,"
    word = after.group(1)
    return word[:1].isupper() or word.lower() not in _AFTER_NOUN


def _plural_keys(key: str) -> tuple[str, ...]:
    """Plural nouns of a people for a folded nationality word: "american" -> "americans",
    "kurdish" -> "kurds", "kurd" -> "kurds", "danish" -> "danes", "british" -> "britons"; a party's
    adjective too: "democratic" -> "democrats"."""
    out = [key + "s"]
    if key.endswith("ish") and len(key) > 5:
        out += [key[:-3] + "s", key[:-3] + "es", key[:-3] + "ons"]
    if key.endswith("cratic"):  # a party's adjective: "democratic" -> "democrats"
        out.append(key[:-2] + "s")
    return tuple(out)


def _join_parts(
    uf: _UF,
    surfaces: dict[str, Counter[str]],
    labels: dict[str, Counter[str]],
    docs_of: dict[str, set[int]] | None = None,
    texts: Sequence[str] = (),
    lower: Counter[str] | None = None,
    outlets: set[str] | frozenset[str] = frozenset(),
) -> set[str]:
    """Unions no earlier step makes: the adjective and the plural of one people ("Kurdish",
    "Kurds"); a place named without its generic word ("Euphrates" / "Euphrates River"); a
    name and the only longer name of the story that ends with it ("Euphrates Rage" /
    "Operation Euphrates Rage").  When the longer name's first word is a place or a people
    of the story, or an acronym ("NYC Department of Health", "US Department of Justice",
    "Chinese Ministry of Health"), the bare name is a body of that place only where its
    articles say so: it joins when half the articles that write it at least also name that
    place (in any of its names; "China" for "Chinese") or the longer name; else it stays apart
    ("Department of Health" in British articles is not New York City's).  A known news outlet
    (root in ``outlets``) is no body of its place: its last word ("the Post" of "The Washington
    Post") joins it when one article at least writing the short name also names the outlet or its
    place, and no other name of the story ends with that word ("New York Post").  ``docs_of``:
    node -> indices of the articles it is written in, ``texts``: the articles' texts.
    Returns the nodes joined to a place."""
    joined: set[str] = set()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for node, lab in labels.items():
        votes[uf.find(node)].update(lab)
    kinds = {root: LABEL_TYPE.get(v.most_common(1)[0][0], "other") if v else "other" for root, v in votes.items()}

    def kind_of(node: str) -> str:
        return kinds.get(uf.find(node), "other")

    kinds_of_node = {node: kind_of(node) for node in labels}  # before this function's unions

    single: dict[str, set[str]] = defaultdict(set)  # fold -> nodes (one-word forms)
    for node, forms in surfaces.items():
        for f in forms:
            if " " not in f and f[:1].isupper():
                single[fold(f)].add(node)
    for key, nodes in list(single.items()):
        if not any(kind_of(n) == "group" for n in nodes):
            continue
        if key.endswith("cratic") and lower is not None and lower[key] > sum(sum(surfaces[n].values()) for n in nodes):
            continue  # "democratic" as a common word ("a democratic Iraq") is no party's
        for plural in _plural_keys(key):
            others = [n for n in single.get(plural, ()) if kind_of(n) == "group"]
            if others:
                for n in nodes:
                    if kind_of(n) == "group":
                        uf.union(others[0], n)
    geo: dict[str, set[str]] = defaultdict(set)
    suffix: dict[str, set[str]] = defaultdict(set)
    qualifier: dict[str, set[str]] = {}  # root of "NYC Department of Health" -> names of NYC
    qualified: dict[str, set[str]] = defaultdict(set)  # "treasury" -> root of "US Treasury"
    forms_of_root: dict[str, set[str]] = defaultdict(set)
    for node, forms in surfaces.items():
        forms_of_root[uf.find(node)].update(f for f in forms if f[:1].isupper())
    place_forms = {f for node, forms in surfaces.items() if kind_of(node) == "place" for f in forms if f[:1].isupper()}
    for node, forms in surfaces.items():
        k = kind_of(node)
        for f in forms:
            words = fold(f).split()
            if len(words) < 2:
                continue
            if k == "place":
                if words[-1] in _GEO_WORDS:
                    geo[" ".join(words[:-1])].add(uf.find(node))
                elif words[0] in ("lake", "mount"):
                    geo[" ".join(words[1:])].add(uf.find(node))
            elif k not in ("person", "group") and len(words) == 2 and len(f.split()) == 2 and f[:1].isupper():
                # "US Treasury": the body of a place of the story, or of an acronym's
                first = f.split()[0]
                head = [n for n in single.get(words[0], ()) if kind_of(n) in ("place", "group")]
                if head or (2 <= len(_compact(first)) <= 4 and _compact(first).isupper()):
                    qualified[words[1]].add(uf.find(node))
                    names = set(forms_of_root[uf.find(head[0])]) if head else set()
                    qualifier[uf.find(node)] = names | {first}
            elif (
                k != "person"
                and len(words) >= 3
                and f.split()[0][:1].isupper()
                and len(f.split(None, 1)) == 2
                and "," not in f  # a list ("Novartis, Sanofi-Aventis") is no longer name
            ):
                rest = fold(f.split(None, 1)[1])  # "Operation Euphrates Rage", never "Iran/Iraq war"
                if rest == " ".join(words[1:]):
                    first = f.split()[0]
                    head = [n for n in single.get(words[0], ()) if kind_of(n) in ("place", "group")]
                    acronym = 2 <= len(first) <= 4 and first.isupper() and first.isalpha()
                    if not head and not acronym and words[0] not in _KIND_PREFIXES | {"the"}:
                        continue  # "Liberal Democratic Party" is another party than the "Democratic Party"
                    suffix[rest].add(uf.find(node))
                    if head:
                        names = set(forms_of_root[uf.find(head[0])])
                        if kind_of(head[0]) == "group":  # "Chinese": also "China"
                            names |= {p for p in place_forms if fold(p)[:4] == words[0][:4]}
                        qualifier[uf.find(node)] = names | {first}
                    elif acronym:  # "NYC"
                        qualifier[uf.find(node)] = {first}
    for node, forms in surfaces.items():
        k = kind_of(node)
        if k in ("place", "person") or uf.kb[uf.find(node)]:
            continue
        keys = {fold(f) for f in forms}
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        places = geo.get(key, set()) if k != "group" else set()  # "Sunni Gulf states" do not make "Sunni" a place
        if len(places) == 1:
            uf.union(next(iter(places)), node)
            joined.add(node)
            continue
        longer = suffix.get(key, set()) - {uf.find(node)}
        if " " not in key and k != "group":
            longer = qualified.get(key, set()) - {uf.find(node)}
            if len(longer) == 1 and docs_of is not None and lower is not None:
                other = next(iter(longer))
                if lower[key] > 0 and _qualifier_named(other, node, qualifier, forms_of_root, docs_of, texts):
                    uf.union(other, node)
                elif (
                    other in outlets
                    and _outlet_short_name(other, key, forms_of_root)
                    and _qualifier_named(other, node, qualifier, forms_of_root, docs_of, texts, any_article=True)
                ):
                    # a newspaper is called by its last word once named ("the Post", "the Times"):
                    # one article naming it in full is enough, as a reader of the paper knows it
                    uf.union(other, node)
            continue
        if len(longer) == 1 and len(key.split()) >= 2:
            other = next(iter(longer))
            if docs_of is None or _qualifier_named(other, node, qualifier, forms_of_root, docs_of, texts):
                uf.union(other, node)
    _join_tails(uf, surfaces, single, lambda node: kinds_of_node.get(node, "other"))
    return joined


# generic words before the name of a storm or an operation: "Hurricane Katrina", "Tropical Storm
# Alex", "Operation Euphrates Rage" name "Katrina", "Alex" and "Euphrates Rage"
_KIND_PREFIXES = _words("operation hurricane storm tropical typhoon cyclone superstorm")
# words a company's formal name adds before its short name, beside a place or a people ("Royal Dutch Shell")
_FORMAL_PREFIXES = _words("royal anglo")
_KIND_PLURALS = _words("operations hurricanes storms typhoons cyclones")


def _join_tails(
    uf: _UF, surfaces: dict[str, Counter[str]], single: dict[str, set[str]], kind_of: Callable[[str], str]
) -> None:
    """A one-word name joins the only longer name of the story that ends with it, when the words
    before are generic: a storm's or an operation's ("Katrina" / "Hurricane Katrina"; a "person"
    only when no person of the story has that name), or a company's formal name of "Royal" and
    places or peoples of the story, or of "Royal" and any word when the story writes the longer
    name with a legal form ("Shell" / "Royal Dutch Shell (Plc)", both organisations; never
    "Marines" / "Royal Marines").  Any other
    multi-word name ending with the word ("Lake Katrina", "Anglo-Dutch Shell") competes: no join."""
    person_words = {
        w
        for node, forms in surfaces.items()
        if kind_of(node) == "person"
        for f in forms
        if len(ws := fold(f).split()) >= 2
        for w in ws
    }
    ending: dict[str, set[str]] = defaultdict(set)  # last word -> roots of the longer names ending with it
    fit: dict[str, set[str]] = defaultdict(set)  # last word -> roots whose other words are generic
    storm: set[str] = set()  # roots of a storm's or an operation's name
    weather: set[str] = set()  # roots of a storm's name
    companies = {uf.find(n) for n, forms in surfaces.items() if any(_CORPORATE_SUFFIX.search(g) for g in forms)}
    for node, forms in surfaces.items():
        k = kind_of(node)
        if k == "person":
            continue
        root = uf.find(node)
        for f in forms:
            ws = f.split()
            if len(ws) < 2 or not all(w[:1].isupper() for w in ws) or not f[:1].isupper():
                continue
            words = fold(f).split()
            if len(words) != len(ws):
                continue
            prefix = words[:-1]
            if any(w in _KIND_PLURALS for w in prefix):
                continue  # "Hurricanes Katrina (and Rita)": several storms, none's name
            ending[words[-1]].add(root)
            if all(w in _KIND_PREFIXES for w in prefix):
                fit[words[-1]].add(root)
                storm.add(root)
                if "operation" not in prefix:
                    weather.add(root)
            elif k == "organisation" and any(w in _FORMAL_PREFIXES for w in prefix):
                local = [w for w in prefix if w not in _FORMAL_PREFIXES]
                company = root in companies  # also written "Royal Dutch Shell Plc"
                if local and (
                    company or all(any(kind_of(n) in ("place", "group") for n in single.get(w, ())) for w in local)
                ):
                    fit[words[-1]].add(root)
    for key, nodes in single.items():
        longer = fit.get(key, set())
        if len(longer) > 1 and longer <= weather and ending[key] == longer:
            first = min(longer)  # "Tropical Storm Alex" grown into "Hurricane Alex": one storm
            for root in longer:
                uf.union(first, root)
            longer = {uf.find(first)}
            ending[key] = longer
        if len(longer) != 1 or ending[key] != longer:
            continue
        other = next(iter(longer))
        for node in nodes:
            k = kind_of(node)
            if uf.find(node) == other or k in ("place", "group"):
                continue
            if other in storm:
                if k == "person" and key in person_words:
                    continue
            elif k != "organisation":
                continue
            uf.union(other, node)


def _qualifier_named(
    longer: str,
    node: str,
    qualifier: dict[str, set[str]],
    forms_of_root: dict[str, set[str]],
    docs_of: dict[str, set[int]],
    texts: Sequence[str],
    any_article: bool = False,
) -> bool:
    """Whether half the articles writing ``node`` at least (one at least with ``any_article``) name
    the place or people qualifying the longer name ``longer`` ("NYC" of "NYC Department of
    Health") in any of its names, or the longer name itself; true when the longer name has no
    such qualifier (see :func:`_join_parts`)."""
    q = qualifier.get(longer)
    if q is None:
        return True
    names = q | forms_of_root.get(longer, set())
    pattern = re.compile(
        r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)"
    )
    where = docs_of.get(node, set())
    named = sum(1 for di in where if pattern.search(texts[di]))
    return named > 0 if any_article else 2 * named >= len(where)


# a name of capitalised words written apart ("New York Post"; not a credit "Melina Mara/Post")
_OUTLET_NAME = re.compile(r"^[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)+$")


def _outlet_short_name(outlet: str, key: str, forms_of_root: dict[str, set[str]]) -> bool:
    """Whether ``key`` ends a name of the outlet root ``outlet`` and no name of another root of the
    story ("Post": "The Washington Post", but not beside a "New York Post" or "Jerusalem Post")."""
    ends = {
        r for r, forms in forms_of_root.items() for f in forms if _OUTLET_NAME.match(f) and fold(f).split()[-1] == key
    }
    return ends == {outlet}


def _prune(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    lower: Counter[str],
    places: set[str],
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
) -> tuple[dict[str, str], set[str]]:
    """Which resolved names are not actors: (root -> forced type, roots to drop).

    * a name the story also writes as a common word, mentioned few times capitalised
      ("Coalition" once, "coalition" 12 times; "Defense" in "French Defense Minister"; "Swine
      flu" opening sentences, "swine flu" everywhere else): dropped;
    * a nationality adjective only ever written before a noun or a name ("French Defense Minister",
      "Syrian army"): dropped; a people named as a noun once at least ("the Kurds", "Americans",
      "the Chinese said", "a 21-year-old Canadian" beside Canada) stays as a group of its noun
      mentions only, its adjectival mentions ("Kurdish fighters", "the Canadian cases") left
      without an entity;
    * a "person" only ever named after a locative preposition ("clashes in Al Meshleb"): a place;
    * a name joined to a place of the story ("Euphrates" to "Euphrates River"): a place.
    A name of the knowledge base is never dropped."""
    groups = uf.groups(ms)
    forced: dict[str, str] = {}
    dropped: set[str] = set()
    # a people's word made of a place the story names ("Canadian" of Canada), not a name that only
    # looks like one ("Sunseri", "Lothian")
    place_keys = {fold(x.surface) for x in ms if x.mention.label in _PLACE_LABELS}

    def of_place(key: str) -> bool:
        return any(stem in place_keys for stem in demonym_stems(key))

    for root, xs in groups.items():
        if uf.kb[root]:
            continue
        if root in places:
            forced[root] = "place"
            continue
        n = len(xs)
        etype = LABEL_TYPE.get(Counter(x.mention.label for x in xs).most_common(1)[0][0], "other")
        if etype == "place":
            continue
        keys = {fold(x.surface) for x in xs}
        # "the Commission" of the National Commission (:func:`_join_bare_heads`) is no common word's use
        keys -= {k for k in keys if k in _BODY_ANAPHORS and any(o.endswith(" " + k) for o in keys)}
        if sum(lower[k] for k in keys) > n:  # "Coalition" / "coalition", "Swine flu" / "swine flu"
            dropped.add(root)
            continue
        if etype == "group":
            adjectives = [
                x
                for x in xs
                if (not fold(x.surface).endswith("s") or fold(x.surface).endswith("ss"))  # "Swiss bank"
                and _adjectival(docs[x.doc].article.text, x.mention.end)
            ]
            if len(adjectives) == n:
                dropped.add(root)  # "Syrian army", "Turkish border", "Arab and Kurdish fighters": no actor
                continue
            keys_ = {fold(x.surface) for x in xs}
            people = not any(" " in k or k.endswith("cratic") for k in keys_) and (  # not a party's "Democratic"
                any(p in keys_ for k in keys_ for p in _plural_keys(k))
                or any(k.endswith(_NO_S_PLURAL) for k in keys_)
                # "a Canadian" and "the Canadian cases" beside Canada
                or all(_DEMONYM.match(x.surface) and of_place(fold(x.surface)) for x in xs)
            )
            if adjectives and people:  # the people stays, named by its nouns ("the Kurds", "the Chinese said")
                forced[root] = "group"  # whatever the labels of its nouns alone ("Shias" read as persons)
                aside = f"adjective@{root}"
                uf.add(aside, None)
                for x in adjectives:
                    _move_mention(x, aside, uf, labels, surfaces)
                dropped.add(uf.find(aside))
        if etype == "person" and n <= 3:

            def locative(x: _M) -> bool:
                return _after_locative(docs[x.doc].article.text, x.mention.start) and not _POSSESSIVE.search(
                    x.mention.text.replace(" '", "'")
                )

            if all(locative(x) for x in xs):
                forced[root] = "place"
    return forced, dropped


# a capitalised particle that makes one name word with the name after it, written spaced or not
# ("La Toya" / "LaToya", "De Niro" / "DeNiro", "Le Pen", "Di Canio", "Da Silva", "Du Pont"); not
# "Van", "Del", "Des" or "Al", given names too ("Van Jones", "Des Browne", "Al Gore")
_JOINED_PARTICLES = _words("la le de di da du della")


def _name_words(surface: str) -> list[str]:
    """The words of a person name that count for matching: capitalised words and particles
    ("Abu Bakr al-Baghdadi" -> Abu, Bakr, al, Baghdadi).  A capitalised particle and the name
    after it are one word, written spaced or not ("La Toya Jackson" -> LaToya, Jackson; "Robert
    De Niro" -> Robert, DeNiro)."""
    words = surface.replace("-", " ").split() if " " in surface else [surface]
    words = [w for w in words if w[:1].isupper() or w.lower() in _FUNCTION]
    for i in range(len(words) - 2, -1, -1):  # "La Toya Jackson" is "LaToya Jackson"
        if words[i].lower() in _JOINED_PARTICLES and words[i][:1].isupper() and words[i + 1][:1].isupper():
            words[i : i + 2] = [words[i] + words[i + 1]]
    while len(words) > 2 and words[-1].lower().strip(".,") in _NAME_SUFFIX:  # "Henry M. Paulson Jr."
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")  # "Paulson, Jr."
    return words


def _one_name(surface: str) -> str | None:
    """The folded key of a name of one word, a compound glued from its particle included ("La
    Toya" -> "latoya", as "LaToya"); None for a name of several words."""
    words = _name_words(surface)
    return fold(words[0]) if len(words) == 1 else None


def _middles(words: list[str]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words[1:-1] if w.lower() not in _FUNCTION and fold(w))


def _middles_compatible(ma: tuple[str, ...], mb: tuple[str, ...]) -> bool:
    """Middle names that may be one person's: one side has none, or the shorter list matches
    in order inside the longer, a word or its initial ("W" / "Walker")."""
    if not ma or not mb:
        return True
    short, long = sorted((ma, mb), key=len)
    i = 0
    for w in long:
        if i < len(short) and (
            skeleton(short[i]) == skeleton(w) or ((len(short[i]) == 1 or len(w) == 1) and short[i][0] == w[0])
        ):
            i += 1
    return i == len(short)


def _join_dominant_full_name(
    uf: _UF,
    group: list[tuple[str, list[str]]],
    kb: KnowledgeBase,
    surfaces: dict[str, Counter[str]],
    docs_of: dict[str, set[int]],
) -> None:
    """A full name without a middle name that fits several people of the story ("Jon Reed" beside
    "Jon A. Reed" and "Jon B. T. Reed") means the one the story names most: it joins the person
    holding two thirds of the mentions of those full names (three at least), unless an article
    names it beside another of them and not beside that one (there the writer meant another)."""
    plain = {n: w for n, w in group if not _middles(w)}
    full = {n: w for n, w in group if _middles(w)}
    for a, wa in plain.items():
        cands: dict[str, set[str]] = defaultdict(set)
        for b, wb in full.items():
            if _given_compatible(wa, wb, kb):
                cands[uf.find(b)].add(b)
        if len(cands) < 2 or uf.find(a) in cands:
            continue
        top = _dominant(Counter({r: sum(surfaces[n].total() for n in ns) for r, ns in cands.items()}), least=3)
        if top is None:
            continue
        here = docs_of.get(a, set())
        beside_top = set().union(*(docs_of.get(n, set()) for n in cands[top]))
        beside_other = set().union(*(docs_of.get(n, set()) for r, ns in cands.items() if r != top for n in ns))
        if (here & beside_other) - beside_top:
            continue
        uf.union(top, a)


def _join_full_names(uf: _UF, group: list[tuple[str, list[str]]], kb: KnowledgeBase) -> None:
    """Full names with one surname and compatible given names are one person ("Ash Carter",
    "Ashton Carter"), except that different middle names are different people ("Paris Michael
    Katherine Jackson" is not "Michael Joseph Jackson").  A name without a middle name joins
    the ones with a middle name only when they are all one person; otherwise it stays apart
    (which one it means is not known)."""
    middles: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # root -> middle names of its forms
    for node, words in group:
        middles[uf.find(node)].add(_middles(words))

    def join(a: str, b: str) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return
        ma, mb = middles.get(ra, set()), middles.get(rb, set())
        if not all(_middles_compatible(x, y) for x in ma for y in mb):
            return
        if uf.union(ra, rb):
            middles[uf.find(ra)] = ma | mb

    plain = [(n, w) for n, w in group if not _middles(w)]
    full = [(n, w) for n, w in group if _middles(w)]
    for items in (plain, full):
        for n1, (a, wa) in enumerate(items):
            for b, wb in items[n1 + 1 :]:
                if _given_compatible(wa, wb, kb) and _middles_compatible(_middles(wa), _middles(wb)):
                    join(a, b)
    targets: dict[str, set[str]] = defaultdict(set)
    for a, wa in plain:
        for b, wb in full:
            if _given_compatible(wa, wb, kb):
                targets[uf.find(a)].add(uf.find(b))
    for root, roots in targets.items():
        if len(roots) == 1:
            join(root, next(iter(roots)))


# a surname of three letters written as a name, never an acronym ("Cox", "Aso", "Yeo"; not "CIA"):
# news prose names such a person in full, then by the surname alone, as it does "Carter"
_SHORT_SURNAME = re.compile(r"[A-Z][a-z]{2}")


def _given_spelling(a: str, b: str) -> bool:
    """Whether two folded given names are one name spelt two ways: one letter apart, four letters
    at least, the same first letter ("Elisabeth" / "Elizabeth", "Alastair" / "Alistair", "Henric" /
    "Henrik", "Kieran" / "Kiern").  Never a change of the last letter that a vowel
    makes: that is how many languages tell a woman's name from a man's ("Maria" / "Mario",
    "Louise" / "Louis", "Denise" / "Denis")."""
    if a == b or min(len(a), len(b)) < 4 or a[0] != b[0] or _edit(a, b) != 1:
        return False
    if a[-1] == b[-1]:
        return True
    return len(a) == len(b) and not _VOWELS.match(a[-1]) and not _VOWELS.match(b[-1])


def _join_given_spellings(uf: _UF, group: list[tuple[str, list[str]]], docs_of: dict[str, set[int]]) -> None:
    """Two full names of one surname whose given names are one name spelt two ways
    (:func:`_given_spelling`: "Elisabeth Byrs" / "Elizabeth Byrs") are one person when they are
    the story's only two people of that surname and no article names both: writers and wires
    spell a name their own way, but one article naming both means two people ("Frances and
    Francis Dole") -- unless the two spellings sound alike (:func:`_one_sound_spelling`: a writer
    who slips from "Carl-Henric" to "Carl-Henrik" names one man)."""
    by_root: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for node, words in group:
        by_root[uf.find(node)].append((node, words))
    if len(by_root) != 2:
        return
    (ra, xa), (rb, xb) = by_root.items()
    docs_a = set().union(*(docs_of.get(n, set()) for n, _ in xa))
    docs_b = set().union(*(docs_of.get(n, set()) for n, _ in xb))
    givens_a = {tuple(fold(w) for w in ws[:-1]) for _, ws in xa}
    givens_b = {tuple(fold(w) for w in ws[:-1]) for _, ws in xb}
    for ga, gb in itertools.product(givens_a, givens_b):
        if len(ga) != len(gb):
            continue
        apart = [(a, b) for a, b in zip(ga, gb, strict=True) if a != b]
        # one word spelt two ways, the others the same: a name of five letters alone ("Elisabeth"), of
        # four beside another given name ("Luis Carlos" / "Luiz Carlos"); never an initial ("George
        # W." / "George H.W.")
        if not (len(apart) == 1 and len(apart[0][0]) >= (5 if len(ga) == 1 else 4) and _given_spelling(*apart[0])):
            continue
        if docs_a & docs_b and not _one_sound_spelling(*apart[0]):
            continue
        uf.union(ra, rb)
        return


# letters that spell one sound in a given name, so that a writer slips from one to the other within
# an article ("Carl-Henric" / "Carl-Henrik", "Elisabeth" / "Elizabeth"); a vowel is never among them
# ("Frances" / "Francis" are two people)
_ONE_SOUND_LETTERS = (frozenset("ck"), frozenset("sz"))


def _one_sound_spelling(a: str, b: str) -> bool:
    """Whether two folded given names of one length differ in one letter only, and that letter spells
    one sound either way (:data:`_ONE_SOUND_LETTERS`): an article that names both names one person
    it spells two ways, not two people -- no parents give two children names that sound alike."""
    if len(a) != len(b):
        return False
    diff = [frozenset((x, y)) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and diff[0] in _ONE_SOUND_LETTERS


# a bare surname joins the full name that holds at least this share of the full-name mentions
# with that surname (in the article, or in the story when the article gives no full name)
_DOMINANT_SHARE = 2 / 3
# a title that tells a person's gender, right before a name ("Mrs " in "Mrs Park"; the speakers stage reads it too)
GENDER_TITLE = re.compile(r"(?:^|\W)(Mr|Mrs|Ms|Miss|Mister|Madam|Madame)\.?\s+$")
# a noun of a woman's or a man's, set before a full name: "the president's wife, Elisabeth Preval",
# "her husband Tom Dodd", "spokeswoman Ann Roe"
_GENDER_NOUN_BEFORE = re.compile(
    r"\b(?:(wife|widow|mother|daughter|sister|girlfriend|grandmother|granddaughter|aunt|niece|"
    r"[a-z]+woman|actress)|(husband|widower|father|son|brother|boyfriend|grandfather|grandson|uncle|nephew))"
    r"[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# before a given or regnal name, not a surname: "King Hussein" is not Saddam Hussein
# before the name of a storm or an operation, not a person's: "Hurricane Gordon", "Operation Michael"
_THING_TITLE = re.compile(r"(?:^|\W)(Hurricane|Storm|Typhoon|Cyclone|Operation)\s+$")
_NAME_TITLE = re.compile(r"(?:^|\W)(King|Queen|Prince|Princess|Pope|Emperor|Empress|Sultan|Sir|Dame)\.?\s+$")
# "Sir" and "Dame" come before a first name ("Sir Liam" is Sir Liam Donaldson), the others do not
_REGNAL_TITLE = re.compile(r"(?:^|\W)(King|Queen|Prince|Princess|Pope|Emperor|Empress|Sultan)\.?\s+$")


def _surname_like(key: str, labels: Counter[str], lower: Counter[str]) -> bool:
    """A one-word name that may be a surname when the evidence is only a majority: not a common
    word ("Music", "Grandfather": three capitalised uses for each lowercase one at least) and not
    mostly read as a place or a people ("Brecon", "Islam")."""
    n = labels.total()
    places = sum(labels[lab] for lab in _PLACE_LABELS)  # the recogniser often reads a surname as an ORG
    return (
        n > 0
        and 3 * lower[key] <= n
        and places <= labels["PERSON"] + labels["ORG"]
        and labels["NORP"] <= labels["PERSON"]
    )


def _common(word: str, initial: bool, lower: Counter[str], capital: Counter[str]) -> bool:
    """A word the story writes in lowercase more often than capitalised ("Backing Blair" at the
    start of a sentence), or three times as often anywhere ("Secular Shias"); "Bill" (Clinton),
    also a "bill" of Congress twice as often, is still a given name in mid-sentence."""
    key = fold(word)
    if word.lower() in _FUNCTION:
        return False
    return lower[key] > max(1, 3 * capital[key] if not initial else capital[key])


def _sentence_initial(d: AnnotatedArticle, start: int) -> bool:
    """Whether a mention opens a sentence or a line (after quotes or brackets).  Not after an
    abbreviated title: "Sen. Bill Nelson" is written in mid-sentence, whatever the segmenter
    made of the period."""
    hit = _TITLE_STOP.search(d.article.text, max(0, start - 12), start)
    if hit is not None and hit.group(1).lower() in TITLES:
        return False
    before = d.article.text[max(0, start - 4) : start].rstrip(" \t\"“‘'([")
    return not before or before[-1] in ".!?:\n" or any(sn.start == start for sn in d.sentences)


# an abbreviated title and its period just before a name: "Sen. ", "Mr. ", "Lt. Gen. "
_TITLE_STOP = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})\.[ \t]+$")


def _named_first(first: dict[str, int], root: str) -> bool:
    """Whether ``root`` is named in a sentence before any other of ``first`` (root -> the sentence
    of its first full name in an article): not beside it ("Dana Quill and Bram Quill argued")."""
    return root in first and all(n > first[root] for r, n in first.items() if r != root)


def _dominant(counts: Counter[str], least: int = 1) -> str | None:
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= least and n >= _DOMINANT_SHARE * sum(counts.values()) else None


def title_before(text: str, m: Mention, surface: str, pattern: re.Pattern[str]) -> str | None:
    """The title (``pattern``'s group 1) written before a bare name, in the recogniser's span or
    in the text before it; None when there is none."""
    inside = m.text[: max(0, m.text.find(surface))]
    hit = pattern.search(inside) if inside.strip() else pattern.search(text[max(0, m.start - 12) : m.start])
    return hit.group(1) if hit is not None else None


def _join_dominant_surnames(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    several: list[tuple[str, str, str]],
    person_full: dict[str, list[tuple[str, list[str]]]],
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
    common: Callable[[str, bool], bool],
) -> set[str]:
    """A bare surname the story gives to several full names ("Jackson": Michael, Janet,
    Katherine Jackson) means the one the writer has made the reader expect: in an article that
    names full names with that surname, the one holding two thirds of their mentions there
    (usually the only one); in an article that names none, the one holding two thirds of the
    story's full-name mentions with that surname (three at least), and so in an article whose
    full names split evenly when that one is named first, in a sentence before the others (a
    son named first, then "his father, Tom Dodd"; not "Dana Quill and Bram Quill argued"), and
    so too where the article's full names favour another bearer it writes the bare surname
    before naming ("Dodd was born into politics ... His father, Thomas Dodd").  Otherwise it stays apart.  Only full names whose other words are
    not ``common`` words count ("Backing Blair", "Camp Casey" are span errors, not people).

    A gendered title tells one bearer from another ("Mrs Jackson" in a story of Michael
    Jackson): a full name takes the gender of the titled bare mentions in the articles where it
    is the only full name with the surname (the majority), and a titled mention joins only a
    full name of its gender, or of unknown gender in its own article; beside a person named in
    that article only, it joins the story's dominant full name when that one is the story's
    only known bearer of the title ("Mr Hayward" beside his wife, named once).  After a regnal title
    ("King Hussein", "Prince Michael") a name is not a surname and joins nothing.  Mentions
    are assigned one by one, each joining through a node of its own (``<node>@<root>``);
    returns those nodes."""
    out: set[str] = set()
    done: set[tuple[str, str]] = set()
    # no given name, the surname of a full name ("Obama" of a headline's "Obama Resists McCain")
    surnames = {fold(ws[-1]) for group in person_full.values() for _, ws in group}
    # the surname of a person the story names in full, written alone ("Obama" of Barack Obama): a span of
    # three words or more it opens is a headline's clause ("Obama Resists McCain"), no bearer of its last
    # word; never the person's own name ("Luiz Carlos da Costa" beside "Luiz")
    last_words: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        if len(ws := _name_words(x.surface)) >= 2:
            last_words[uf.find(x.node)].add(fold(ws[-1]))
    alone: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        if " " not in x.surface.strip() and fold(x.surface) in last_words.get(root := uf.find(x.node), ()):
            alone[fold(x.surface)].add(root)
    for node, key, sk in several:
        if (node, key) in done:
            continue
        done.add((node, key))
        full_nodes = {n for n, _ in person_full.get(sk, [])}
        givens = {fold(ws[0]) for _, ws in person_full.get(sk, []) if len(ws) == 2} - surnames
        paired: set[int] = set()  # articles with full names written in a pair ("Jermaine and Randy Jackson")
        full_votes: dict[str, Counter[str]] = defaultdict(Counter)  # root -> genders of nouns before its full name
        story: Counter[str] = Counter()
        per_doc: dict[int, Counter[str]] = defaultdict(Counter)
        first: dict[int, dict[str, int]] = defaultdict(dict)  # article -> root -> sentence it is first named in
        for x in ms:
            if x.node in full_nodes:
                words = _name_words(x.surface)
                if len(words) < 2 or skeleton(words[-1]) != sk:
                    continue
                initial = _sentence_initial(docs[x.doc], x.mention.start)
                text = docs[x.doc].article.text
                pair = _PAIRED_GIVEN.search(text, max(0, x.mention.start - 40), x.mention.start)
                if pair is not None and fold(pair.group(1)) in givens - {fold(words[0])}:
                    # "Jermaine and Randy Jackson" names two bearers: it makes neither the one the
                    # reader expects a bare "Jackson" to mean
                    paired.add(x.doc)
                    continue
                if len(words) >= 3 and alone.get(fold(words[0]), set()) - {uf.find(x.node)}:
                    continue  # "Obama Resists McCain"
                if not any(common(w, initial) for w in words[:-1]):
                    root = uf.find(x.node)
                    kin = _GENDER_NOUN_BEFORE.search(text, max(0, x.mention.start - 30), x.mention.start)
                    if kin is not None:  # "the president's wife, Elisabeth Preval": a woman
                        full_votes[root]["f" if kin.group(1) else "m"] += 1
                    story[root] += 1
                    per_doc[x.doc][root] += 1
                    at = first[x.doc].get(root)
                    first[x.doc][root] = x.mention.sentence if at is None else min(at, x.mention.sentence)
        bare: list[tuple[_M, str | None]] = []
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for x in ms:
            if x.node != node or fold(x.surface) != key:
                continue
            text = docs[x.doc].article.text
            if title_before(text, x.mention, x.surface, _NAME_TITLE) is not None:
                continue
            title = title_before(text, x.mention, x.surface, GENDER_TITLE)
            gender = None if title is None else ("m" if title in ("Mr", "Mister") else "f")
            bare.append((x, gender))
            if gender and len(per_doc.get(x.doc, ())) == 1:
                votes[next(iter(per_doc[x.doc]))][gender] += 1
        opened: dict[int, int] = {}  # article -> sentence of its first bare mention
        for x, _ in bare:
            opened[x.doc] = min(opened.get(x.doc, x.mention.sentence), x.mention.sentence)
        gender_of = {r: v.most_common(1)[0][0] for r, v in votes.items() if 2 * v.most_common(1)[0][1] > v.total()}
        # a noun before the full name only tells a person apart from the other bearers of an article;
        # the titles' own bearers (``bearers``) stay those of titled mentions
        noun_gender = {r: v.most_common(1)[0][0] for r, v in full_votes.items() if len(v) == 1}
        bearers: dict[str, list[str]] = defaultdict(list)  # gender -> the full names known to bear its titles
        for r, g in gender_of.items():
            bearers[g].append(r)
        story_top = _dominant(story, least=3)
        moves: list[tuple[_M, str]] = []
        for x, gender in bare:
            here = per_doc.get(x.doc)
            if gender is None:
                target = _dominant(here) if here else story_top
                if not here and x.doc in paired:
                    target = None  # only a pair of bearers named here: which one is not known
                if (
                    here
                    and target not in (None, story_top)
                    and story_top in here
                    and opened[x.doc] < first[x.doc][target]
                ):
                    # "Dodd was practically born into politics ... His father, Thomas Dodd": an article
                    # that writes the bare surname before naming its other bearer means the story's one
                    target = story_top
                if here and target is None and story_top is not None and _named_first(first[x.doc], story_top):
                    target = story_top  # the story's one, named first here ("Dodd" after "his father, Tom Dodd")
            elif here:  # "Mrs Jackson" beside Michael (m) and Katherine (f) Jackson: Katherine
                known = {r: gender_of.get(r) or noun_gender.get(r) for r in here}
                target = _dominant(Counter({r: n for r, n in here.items() if (known[r] or gender) == gender}))
                if (
                    target is not None
                    and target not in gender_of
                    and any(known[r] is None for r in here if r != target)
                ):
                    target = None  # another of the article may be meant; not when all others are of the
                    # other gender ("Mr Preval" beside Rene and his wife, Elisabeth Preval: Rene)
                if target is None and story_top is not None and bearers[gender] == [story_top] and story_top in here:
                    # "Mr Hayward" beside Tony Hayward, "Mr Hayward" everywhere else, and his wife
                    # named in this article only: the story's one bearer of the title.  Not beside
                    # a person the story names in other articles too ("Mr Jackson" beside Michael
                    # and Joe Jackson: the father is a person of the story, of no known gender)
                    passing = all(sum(r in c for c in per_doc.values()) == 1 for r in here if r != story_top)
                    if passing and here[story_top] >= max(here.values()):
                        target = story_top
            else:
                target = story_top if story_top and gender_of.get(story_top) == gender else None
            if target is not None:
                moves.append((x, target))
        for x, target in moves:
            out.add(_move_mention(x, target, uf, labels, surfaces))
    return out


# a given name coordinated before a full name, whose surname it shares: "Jermaine and Randy
# Jackson", "Tito, Marlon and Jackie Jackson", "JERMAINE AND RANDY JACKSON"
_PAIRED_GIVEN = re.compile(r"(?<![\w'’-])([A-Za-z][\w'’-]*)(?:,? (?:and|&|AND) |, )$")


def _unresolved_surnames(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    several: list[tuple[str, str, str]],
    person_full: dict[str, list[tuple[str, list[str]]]],
    common: Callable[[str, bool], bool],
) -> set[str]:
    """Roots left with only the bare surname of several people once :func:`_join_dominant_surnames`
    has given each mention it can a bearer ("Ms Jackson" beside Janet, Katherine and La Toya
    Jackson; "the Jackson family"): such a row would lump several people under one actor, so it
    names none (the mentions stay in the text, unlinked).  It lumps them when its mentions come
    from several articles or carry titles of both genders ("Mr Wilson", "Ms Wilson"); one
    article writes a bare surname for one person, so there the row stays, as one person.  Several people, surely: two full names
    with the surname in one article, whose other words are no common words ("Neither McCain" is a
    span error), no title, number or capitals ("Birmingham Dr Baker", "2149 Mrs Clinton" of a
    reader's question and its answer) and are not alone the name of another actor named in full
    ("Obama Resists McCain" of a headline); two full names never written together may be one person ("Hank Paulson", "Henry
    Paulson"), and then the surname keeps its row.  Never a chamber ("House" beside a Karen House)."""
    groups = uf.groups(ms)
    # the actor a word names standing alone: "Obama" of "Obama Resists McCain" names another person
    named_in_full = {uf.find(x.node) for x in ms if " " in x.surface.strip()}
    alone = {
        fold(x.surface): uf.find(x.node)
        for x in ms
        if " " not in x.surface.strip() and uf.find(x.node) in named_in_full
    }
    # the mentions of each name, and whether a mention is a full name that shows a person of its own
    # (its root then), read once: several surnames share their bearers' mentions
    of_node: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(ms):
        of_node[x.node].append(i)
    full_name_of: dict[int, str | None] = {}

    def full_name(i: int) -> str | None:
        if i not in full_name_of:
            x = ms[i]
            words = _name_words(x.surface)
            initial = _sentence_initial(docs[x.doc], x.mention.start)
            at = uf.find(x.node)
            full_name_of[i] = (
                at
                if len(words) >= 2
                and all(_NAME_WORD.match(w) and fold(w) not in TITLES for w in words[:-1])
                and not any(common(w, initial) for w in words[:-1])
                and all(alone.get(fold(w), at) == at for w in words[:-1])
                else None
            )
        return full_name_of[i]

    out: set[str] = set()
    for node, key, sk in several:
        root = uf.find(node)
        xs = groups.get(root, [])
        if not xs or uf.kb[root] or _chamber_key(key) is not None:
            continue
        if not all(fold(x.surface) == key for x in xs):
            continue
        if any(title_before(docs[x.doc].article.text, x.mention, x.surface, _REGNAL_TITLE) for x in xs):
            continue  # "King Hussein" beside Saddam and Uday Hussein: a person of his own, not a surname
        titles = {title_before(docs[x.doc].article.text, x.mention, x.surface, GENDER_TITLE) for x in xs}
        genders = {"m" if t in ("Mr", "Mister") else "f" for t in titles if t is not None}
        if len({x.doc for x in xs}) < 2 and len(genders) < 2:
            continue  # one article writes a bare surname for one person: a row of one person, unnamed
        if Counter(x.mention.label for x in xs).most_common(1)[0][0] not in ("PERSON", "ORG"):
            continue  # the recogniser often reads a surname as an ORG, a place's name is another matter
        full_nodes = {n for n, _ in person_full.get(sk, [])}
        together: dict[int, set[str]] = defaultdict(set)
        for n in full_nodes:
            for i in of_node.get(n, []):
                if (at := full_name(i)) is not None:
                    together[ms[i].doc].add(at)
        if any(len(roots) > 1 for roots in together.values()):
            out.add(root)
    return out


# a name read as a source's, not a person's: "according to Bloomberg", "Bloomberg reported"
_SOURCE_BEFORE = re.compile(r"\b(?:according[ \t]+to|told|to|by|from|via|with|on|in)[ \t]+$", re.I)
_SOURCE_AFTER = re.compile(
    r"['’]?s?[ \t]+(?:reported|reports|data|survey|poll|calculations|estimates|index|terminal|columnist|"
    r"reporter|news|television|tv|radio|ranking|analysts?|editor|journalist)\b",
    re.I,
)


def _persons_named_as_known(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    person_full: dict[str, list[tuple[str, list[str]]]],
    kb: KnowledgeBase,
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
) -> set[str]:
    """A bare surname that is also the name of a known organisation or outlet ("Bloomberg": the
    outlet, and the mayor Michael Bloomberg) is the person, mention by mention, when the story
    gives exactly one full name with that surname and either a person's title stands before it
    ("Mayor Bloomberg", "Mr Bloomberg") or its article names that person in full before it and
    names the organisation in no other form ("Bloomberg News") nor as a source ("according to
    Bloomberg", "Bloomberg reported").  Returns the nodes of the moved mentions."""
    moves: list[tuple[_M, str]] = []
    for di, xs in _in_text_order(ms).items():
        text = docs[di].article.text
        for i, x in enumerate(xs):
            s = x.surface
            if " " in s or not _NAME_WORD.match(s):
                continue
            own = uf.find(x.node)
            known = kb.entries.get(uf.kb[own] or "")
            if known is None or known.type == "person":
                continue
            roots = {
                uf.find(n)
                for n, ws in person_full.get(skeleton(s), [])
                if fold(ws[-1]) == fold(s) and not uf.kb[uf.find(n)]
            }
            if len(roots) != 1:
                continue
            root = next(iter(roots))
            m = x.mention
            before = text[max(0, m.start - 40) : m.start]
            if _HONORIFIC.search(before) or _ROLE_BEFORE.search(before):
                moves.append((x, root))
                continue
            if _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(text, m.end):
                continue
            if not any(uf.find(y.node) == root and " " in y.surface for y in xs[:i]):
                continue
            if any(uf.find(y.node) == own and fold(y.surface) != fold(s) for y in xs):
                continue  # the article also names the organisation: "Bloomberg News"
            moves.append((x, root))
    return {_move_mention(x, target, uf, labels, surfaces) for x, target in moves}


def _move_mention(
    x: _M, target: str, uf: _UF, labels: dict[str, Counter[str]], surfaces: dict[str, Counter[str]]
) -> str:
    """Join one mention (not its whole node) to ``target``'s entity, through a node of its own
    (``<node>@<target>``) that carries the mention's label and surface; returns that node."""
    node = x.node
    new = f"{node}@{target}"
    if new not in uf.parent:
        uf.add(new, None)
        uf.union(target, new)
    for table, value in ((labels, x.mention.label), (surfaces, x.surface)):
        table[node][value] -= 1
        if table[node][value] <= 0:
            del table[node][value]
        table[new][value] += 1
    x.node = new
    return new


def _join_given_names(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    uf: _UF,
    given_first: set[str],
    lower: Counter[str],
    is_person: Callable[[str], bool],
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
    is_place: Callable[[str], bool] | None = None,
) -> set[str]:
    """A bare first name ("Jermaine said", "Katherine's lawyer") in an article that names a
    person of the story in full with that first name means that person: the one holding two
    thirds of those full-name mentions in the article (usually the only one).  In an article
    that names none, it means the story's dominant full name with that first name (two thirds
    of the story's full-name mentions, three at least) only when the story's articles have used
    the first name for that person and for no other, or when that person is the only one the story
    names in full with that first name, whose surname the story gives to another person too (the
    first name tells apart the members of a family: "Marlon", "Katherine" beside Michael and Janet
    Jackson), no full name of the story has the first name as its surname, two articles at least
    use it alone, and none calls it a storm or a product ("Tropical Depression Bonnie", "the brand
    name Zelvax").  "Warren" beside Warren Buffett and Elizabeth Warren stays apart; so do "Alex"
    beside the story's one Alex Morris (no other Morris: the name may be anyone's, or a storm's)
    and "a girl called Tamsin" in one article.  Only one-word person mentions of a
    word the story uses as a first name more than as a surname (``given_first``), never a
    knowledge-base name, never after a title ("Prince Michael", "Mrs Jackson", "Hurricane
    Gordon"; "Sir Liam" is a first name and joins), never a first name the story also writes
    in lowercase ("Mark", "Bill": joined, the common word would make the whole actor look like
    one).  Reader comments under a page are
    another voice: a full name a reader writes is no evidence for the article's first names
    (:func:`_comments_start`), nor the reverse, and a reader's signature ("At 19:42, Kim wrote:", a line "Kim,
    Leeds") is nobody of the story (:func:`_signature`); a first name in the comments joins a
    full name the comments give.  A first name listed before a full
    name ("Kim and Sonia Lee") shares its surname: it joins only a full name with that surname.
    A first name the recogniser reads as a place's or a body's ("'Do it, Conrad,' he said" in an
    article that names Conrad Rowe) joins only in an article that names the person in full, only a
    name of a given name and a surname ("Conrad Rowe", not "Christian Aid" nor a headline's
    "Halliburton Rejected"), never a word that ends a name of the story too ("Scott" beside Scott
    Lane and CP Scott, whatever CP Scott's reading: the bare "Scott" is both), never
    a strong place of the gazetteer (``is_place``: "Jordan", "Georgia"), never one written as a place ("homes
    in Tobias"); it becomes a person's.
    Mentions join one by one (:func:`_move_mention`); returns the new nodes."""
    person: dict[str, bool] = {}

    def person_node(node: str) -> bool:
        if node not in person:
            person[node] = is_person(node)
        return person[node]

    comments = {di: _comments_start(d.article.text) for di, d in enumerate(docs)}

    def in_comments(x: _M) -> bool:
        return x.mention.start >= comments[x.doc]

    # first name -> (article, in its reader comments) -> full names there
    full: dict[str, dict[tuple[int, bool], Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    surnames: set[tuple[int, str]] = set()  # (article, surname of a full name it gives)
    surname_of: dict[str, set[str]] = defaultdict(set)  # root -> surnames of its full names
    # first name -> roots written as a plain given name and surname ("Rory Lane"), no word the story
    # writes in lowercase: not "Christian Aid", "Novartis Chief", "Halliburton Rejected" of a headline
    plain: dict[str, set[str]] = defaultdict(set)
    # the last words of the story's names of two words or more, whatever their reading ("CP Scott")
    last_words = {fold(ws[-1]) for x in ms if len(ws := _name_words(x.surface)) >= 2 and ws[-1][:1].isupper()}
    for x in ms:  # full names whose first word is a first name of the story
        words = _name_words(x.surface)
        if len(words) >= 2 and words[0][:1].isupper() and person_node(x.node):
            surnames.add((x.doc, fold(words[-1])))
            surname_of[uf.find(x.node)].add(fold(words[-1]))
            if fold(words[0]) in given_first:
                full[fold(words[0])][(x.doc, in_comments(x))][uf.find(x.node)] += 1
                if (
                    len(words) == 2
                    and all(_NAME_WORD.match(w) for w in words)
                    and not lower[fold(words[1])]
                    and fold(words[1]) not in TITLES
                ):
                    plain[fold(words[0])].add(uf.find(x.node))
    bare: list[_M] = []
    bare_key: dict[int, str] = {}  # id of a bare first name -> its key
    misread: set[int] = set()  # ids of bare first names the recogniser read as no person's
    shared: dict[int, str] = {}  # id of a bare first name -> the surname it shares ("Kim and Sonia Lee")
    at: dict[tuple[int, int], _M] = {}  # the longest name starting at each place
    ends: dict[tuple[int, int], _M] = {}  # the longest name ending at each place
    for x in ms:
        y = at.get((x.doc, x.mention.start))
        if y is None or x.mention.end > y.mention.end:
            at[(x.doc, x.mention.start)] = x
        y = ends.get((x.doc, x.mention.end))
        if y is None or x.mention.start < y.mention.start:
            ends[(x.doc, x.mention.end)] = x
    for x in ms:
        s = x.surface
        key = _one_name(s)  # "La Toya" is one first name, "LaToya"
        if (
            key is None
            or not s[:1].isupper()
            or s.isupper()
            or "@" in x.node
            or x.node.endswith(_STORM_NODE)
            or key not in full
            or lower[key]
        ):
            continue  # a first name the story also writes as a word ("Mark", "Bill", "Young") is no evidence
        text = docs[x.doc].article.text
        couple = _COUPLE.match(text, x.mention.end)
        partner = at.get((x.doc, couple.end())) if couple is not None else None
        words = _name_words(partner.surface) if partner is not None else []
        coupled = partner is not None and len(words) >= 2 and person_node(partner.node)
        while partner is not None and (nxt := at.get((x.doc, partner.mention.end + 1))) is not None:
            partner = nxt  # a name the recogniser (or a split) cut in two: "La Toya" + "Jackson"
            words += _name_words(nxt.surface)
        # a first name coupled with a person's full name is a person's whatever its reading ("Ian and Dora Lee");
        # so is one the recogniser misreads in an article that names the person in full (see above)
        named_here = (
            not (person_node(x.node) or coupled)
            and is_place is not None
            and (x.doc, in_comments(x)) in full[key]
            and bool(_NAME_WORD.match(s))  # one plain word: not "Ezekiel 31", a verse
            and not is_place(s)
            and not _after_locative(text, x.mention.start, _PLACE_PREPOSITIONS)  # "homes in Tobias": a place
        )
        if not (person_node(x.node) or coupled or named_here) or uf.kb[uf.find(x.node)] or (x.doc, key) in surnames:
            continue  # "Talia" beside Talia Moreau and Owen Talia: which one is not known
        if any(title_before(text, x.mention, s, t) is not None for t in (_REGNAL_TITLE, GENDER_TITLE, _THING_TITLE)):
            continue
        if _signature(text, x.mention):
            continue  # a reader's name: not the person the article names in full
        if len(words) >= 2:
            shared[id(x)] = fold(words[-1])  # "Kim and Sonia Lee" are Lees
        bracket = _BRACKET_SURNAME.match(text, x.mention.end)
        if bracket is not None:
            shared[id(x)] = fold(bracket.group(1) or bracket.group(2))  # "Tony (Lane)", "(Tony) Lane": a Lane
        if _first_named_beside(x, text, at, ends, full, person_node):
            continue  # "his daughters, Jenna and Ruth": people the story names by first name only
        bare.append(x)
        bare_key[id(x)] = key
        if named_here:
            misread.add(id(x))
    moves: list[tuple[_M, str]] = []
    story_surnames = {name for _, name in surnames}  # "Warren" beside Elizabeth Warren: not only Warren Buffett's
    attested: dict[str, set[str]] = defaultdict(set)  # first name -> full names it stands for in an article
    said: dict[int, set[tuple[str, str]]] = defaultdict(set)  # article -> (first word, surname) of its persons
    alone_said: dict[int, set[str]] = defaultdict(set)  # article -> persons it names by a bare surname
    for x in ms:  # a full name, or a surname after "Mr"/"Mrs" ("Muhammad's nephew Ali" tells no family)
        words = _name_words(x.surface)
        if not words or not words[-1][:1].isupper() or not person_node(x.node) or in_comments(x):
            continue
        if len(words) >= 2 or title_before(docs[x.doc].article.text, x.mention, x.surface, GENDER_TITLE):
            said[x.doc].add((fold(words[0]), fold(words[-1])))
        else:  # a bare surname the story already gave to one person ("Bernanke") tells that person
            alone_said[x.doc].add(uf.find(x.node))

    def kin(x: _M) -> str | None:
        """The story's dominant full name of this first name whose surname the article gives
        another person or writes alone ("Mrs Jackson", "Jermaine and Randy Jackson")."""
        key = bare_key[id(x)]
        if in_comments(x):
            return None
        told = {sur for first, sur in said[x.doc] if first != key}
        story = sum(full[key].values(), Counter())
        return _dominant(
            Counter({r: n for r, n in story.items() if surname_of[r] & told or r in alone_said[x.doc]}), least=3
        )

    for x in bare:
        here = full[bare_key[id(x)]].get((x.doc, in_comments(x)))
        target = _dominant(here) if here else None
        if target is None and here:
            target = kin(x)  # "Michael" beside "Judge Michael Pastor" and "Michael's brother Randy Jackson"
            target = target if target in here else None
        if target is not None:
            moves.append((x, target))
            if id(x) not in misread:  # a misread word is too weak a use to vouch for other articles
                attested[bare_key[id(x)]].add(target)
    alone: dict[str, set[int]] = defaultdict(set)  # first name -> articles using it without a full name
    product: set[str] = set()  # "the brand name Diprivan": a product, whatever "Diprivan Jackson" says
    for x in bare:
        if (x.doc, in_comments(x)) not in full[bare_key[id(x)]]:
            alone[bare_key[id(x)]].add(x.doc)
        text = docs[x.doc].article.text
        after = WORD_AFTER.match(text, x.mention.end)
        if (
            _PRODUCT_BEFORE.search(text, max(0, x.mention.start - 40), x.mention.start)
            or _STORM_BEFORE.search(text, max(0, x.mention.start - 40), x.mention.start)
            or (after is not None and after.group(1).lower() in _PRODUCT_AFTER)
        ):
            product.add(bare_key[id(x)])  # "Tropical Depression Bonnie" names a storm wherever it is
    family = Counter(name for names in surname_of.values() for name in names)  # surname -> persons

    def stranger(x: _M, target: str) -> bool:
        """A first name given as a relative's ("whose son Gordon", "her baby, named Jack") in an
        article that never writes the surname of the story's person of that first name: another
        family's member, not the Gordon Brown other articles call "Gordon"."""
        text = docs[x.doc].article.text
        if not _KIN_BEFORE.search(text, max(0, x.mention.start - 50), x.mention.start):
            return False
        return not any(re.search(rf"\b{re.escape(name)}\b", fold(text)) for name in surname_of[target])

    def family_member(x: _M, story: Counter[str]) -> str | None:
        """The one full name of the story with this first name and the surname of the person whose
        relative the text calls it ("Michael Jackson's father Joseph", "Jackson's father, Joseph")."""
        text = docs[x.doc].article.text
        cue = _KIN_BEFORE.search(text, max(0, x.mention.start - 50), x.mention.start)
        if in_comments(x) or cue is None:
            return None
        owner = _OWNER_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
        if owner is None:
            return None  # "her son Joseph": whose son is not written
        names = {fold(owner.group(1)), fold(owner.group(1)).removesuffix("s")}  # "Jones's", "the Joneses'"
        fits = [r for r in story if names & surname_of[r]]
        return fits[0] if len(fits) == 1 else None

    for x in bare:
        key = bare_key[id(x)]
        if (x.doc, in_comments(x)) in full[key]:
            continue
        story = sum(full[key].values(), Counter())
        top = _dominant(story, least=3)
        near = kin(x)
        if top is not None and attested[key] == {top} and not stranger(x, top):
            moves.append((x, top))
        elif near is not None:
            moves.append((x, near))  # "Michael's brothers Jermaine and Randy Jackson"
        elif (relative := family_member(x, story)) is not None:
            moves.append((x, relative))  # "Michael Jackson's father Joseph" of the story's one Joseph Jackson
        elif (
            len(story) == 1
            and key not in story_surnames
            and key not in product
            and len(alone[key]) >= 2
            and any(family[name] >= 2 for name in surname_of[next(iter(story))])
            and not stranger(x, next(iter(story)))
        ):
            moves.append((x, next(iter(story))))  # the only Katherine of a family of Jacksons
    moved: set[str] = set()
    for x, target in moves:
        if target != uf.find(x.node) and (id(x) not in shared or shared[id(x)] in surname_of[target]):
            if id(x) in misread:
                if target not in plain[bare_key[id(x)]] or bare_key[id(x)] in last_words:
                    continue  # a plain person's name only; never a surname too ("CP Scott" beside Scott Lane)
                _relabel(x, "PERSON", labels)
            moved.add(_move_mention(x, target, uf, labels, surfaces))
    return moved


# an epithet: "King of Pop", "Queen of Soul", "Godfather of Punk" (capitalised words around "of")
_EPITHET = re.compile(r"^(?:[A-Z][\w'’-]+[ \t]+){1,2}of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+$")
# an office's title ("Archbishop of York", "Secretary of State"), never an epithet; a crown's
# words are the epithets' ("King of Pop", "Queen of Soul")
_OFFICE_WORDS = TITLES - _words("king queen prince princess lord lady crown grand")
_APPOSED_AFTER = re.compile(r"[ \t]*,[ \t]*")
_APPOSED_BEFORE = re.compile(r",[ \t]*(?:the|The)[ \t]+$")
# the possessive name before a relative's word: "Michael Jackson's (father)", "the Jacksons' (son)"
_OWNER_BEFORE = re.compile(r"([A-Z][\w-]+)['’]s?[ \t]+(?:[\w-]+[ \t]+){0,2}$")
# a first name given as a relative's or a newborn's ("whose 19-year-old son Gordon", "her baby
# daughter, Ella", "a boy named Jack"): someone's family member the article introduces by first name
# (also the second of a list: "two sons, Christopher and Peter"; never "an executive called Terry")
_KIN_BEFORE = re.compile(
    r"\b(?:(?:grand|step)?(?:sons?|daughters?|child|children)|brothers?|sisters?|husband|wife|nephew|niece|cousin"
    r"|baby|babies|boy|girl|newborn)(?:[ \t]*,?[ \t]+(?:named|called))?[ \t]*,?[ \t]+"
    r"(?:[A-Z][\w'’-]+(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+))?$",
    re.IGNORECASE,
)


def _join_epithets(docs: list[AnnotatedArticle], ms: list[_M], uf: _UF, is_person: Callable[[str], bool]) -> None:
    """A person's epithet ("the King of Pop") joins the person the text puts in apposition with
    it: "the King of Pop, Jon Vale", "Vale, the King of Pop", "often called the King of Pop, Vale
    sang".  Only an epithet whose every form is capitalised words around "of" and no office
    ("the Archbishop of York, Ann Lee" held the see then, not always), only when all such
    appositions in the story name one person (through their entity), never a knowledge-base name."""
    at_start: dict[tuple[int, int], _M] = {}
    at_end: dict[tuple[int, int], _M] = {}
    for x in ms:
        at_start.setdefault((x.doc, x.mention.start), x)
        at_end.setdefault((x.doc, x.mention.end), x)
    forms: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        forms[uf.find(x.node)].add(x.surface)
    evidence: dict[str, set[str]] = defaultdict(set)
    for x in ms:
        root = uf.find(x.node)
        if uf.kb[root] or not is_person(x.node) or not all(_EPITHET.match(f) for f in forms[root]):
            continue
        if any(fold(f).split()[0] in _OFFICE_WORDS for f in forms[root]):
            continue  # "the Archbishop of York": an office, held by one person at a time
        text = docs[x.doc].article.text
        after = _APPOSED_AFTER.match(text, x.mention.end)
        y = at_start.get((x.doc, after.end())) if after is not None and "," in after.group() else None
        before = _APPOSED_BEFORE.search(text, max(0, x.mention.start - 12), x.mention.start)
        z = at_end.get((x.doc, before.start())) if before is not None else None
        for other in (y, z):
            if (
                other is not None
                and is_person(other.node)
                and uf.find(other.node) != root
                and not _EPITHET.match(other.surface)
            ):
                evidence[root].add(uf.find(other.node))
    for root, persons in evidence.items():
        if len(persons) == 1:
            uf.union(next(iter(persons)), root)


# reader comments under a page: "At 19:42 1st Jun 2010, Kim wrote:", "Kim Lee writes:", "Posted by kim"
_COMMENT_HEAD = re.compile(
    r"^[ \t]*(?:(?:At|On)\s[^\n]{0,40}?,\s*)?(?!(?:he|she|they|it|i|we|you)\b)[^\s,.:]+(?:[ \t][^\s,.:]+){0,2}[ \t]+(?:wrote|writes)[ \t]*:"
    r"|^[ \t]*(?:Posted|Submitted|Comment(?:ed)?)[ \t]+by\b",
    re.MULTILINE | re.IGNORECASE,
)
# a first name listed before a full name: "Kim and Sonia Lee" are both Lees
_COUPLE = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# a surname written in brackets after a first name, or after the bracketed first name: "Tony (Lane)",
# "(Tony) Lane", "Tony [Lane]"
_BRACKET_SURNAME = re.compile(r"[ \t]*[(\[][ \t]*([A-Z][\w'’-]+)[ \t]*[)\]]|[)\]][ \t]+([A-Z][\w'’-]+)")
# a name listed with another: "Jenna and Ruth", "Ruth, Jenna"
_LISTED_AFTER = re.compile(r"(?:[ \t]*,|[ \t]+(?:and|&))[ \t]+")
_LISTED_BEFORE = re.compile(r"(?:,|[ \t]+(?:and|&))[ \t]+$")
_LISTED_NAME_ON = re.compile(r"[ \t]+[A-Z]")


def _first_named_beside(
    x: _M,
    text: str,
    at: dict[tuple[int, int], _M],
    ends: dict[tuple[int, int], _M],
    full: dict[str, dict[tuple[int, bool], Counter[str]]],
    person_node: Callable[[str], bool],
) -> bool:
    """Whether a bare first name is listed with another one-word person name the story never
    writes in full ("his daughters, Jenna and Ruth"; "Ruth and Jenna"): people the story names by
    their first names only, not the story's full name of that first name (the girls' grandmother
    Ruth Hale).  ``at``/``ends``: the longest name starting/ending at each place."""
    after = _LISTED_AFTER.match(text, x.mention.end)
    before = _LISTED_BEFORE.search(text, max(0, x.mention.start - 8), x.mention.start)
    beside = [
        at.get((x.doc, after.end())) if after is not None else None,
        ends.get((x.doc, before.start())) if before is not None else None,
    ]
    return any(
        y is not None
        and " " not in y.surface
        and y.surface[:1].isupper()
        and not y.surface.isupper()
        and person_node(y.node)
        and fold(y.surface) not in full
        and fold(y.surface) != fold(x.surface)
        and _LISTED_NAME_ON.match(text, y.mention.end) is None
        for y in beside
    )


def _comments_start(text: str) -> int:
    """Where the reader comments under an article begin (its length when there are none): the
    first line that opens a comment ("At 19:42 1st Jun 2010, Kim wrote:", "Posted by kim")."""
    hit = _COMMENT_HEAD.search(text)
    return hit.start() if hit is not None else len(text)


def _signature(text: str, m: Mention) -> bool:
    """A first name signing a reader's message: a line of the name alone or with a place after a
    comma ("Kim, Leeds"), or the name before "wrote:"."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[m.end : line_end]
    if re.match(r"[ \t]+(?:wrote|writes)[ \t]*:", rest, re.IGNORECASE):
        return True
    return not text[line_start : m.start].strip(" \t-–—") and bool(
        re.fullmatch(r"[ \t]*(?:,[ \t]*[A-Z][\w.'’ -]{0,40})?[ \t]*", rest)
    )


def _given_compatible(wa: list[str], wb: list[str], kb: KnowledgeBase) -> bool:
    fa, fb = wa[0], wb[0]
    if skeleton(fa) == skeleton(fb) or kb.same_given_name(fa, fb):
        return True
    x, y = fold(fa), fold(fb)
    if min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)):
        return True
    if len(x) == 1 or len(y) == 1:  # initials: "J. Smith"
        return x[0] == y[0]
    return False


def _rebuild_members(uf: _UF, members: dict[str, list[str]]) -> None:
    members.clear()
    for node in uf.parent:
        members.setdefault(uf.find(node), []).append(node)


def shouted(name: str) -> bool:
    """A name written in capitals that is longer than an acronym usually is: the form of a
    dateline or headline ("WASHINGTON", "NEW YORK"), not the one to show when the story or the
    gazetteer has it in normal case.  "US", "CNN" (three letters or fewer) are not shouted."""
    return name.isupper() and sum(c.isalpha() for c in name) >= 4


_NOT_AFTER = re.compile(r"\w|['’\-]\w")  # "Sana" in "Sana'a" or "Sana-based" is not "SANA"


def cased_form(name: str, texts: Iterable[str]) -> str | None:
    """The normally cased spelling ("Washington") the texts give a shouted name ("WASHINGTON"):
    the same letters, case aside, capitalised and not all in capitals; the most frequent, None
    when the texts never write it so."""
    pattern = re.compile(r"(?<![\w'’\-])" + r"\s+".join(re.escape(w) for w in name.split()), re.IGNORECASE)
    seen: Counter[str] = Counter()
    for text in texts:
        for m in pattern.finditer(text):
            form = " ".join(m.group(0).split())
            if form[:1].isupper() and not form.isupper() and not _NOT_AFTER.match(text, m.end()):
                seen[form] += 1
    return max(seen, key=lambda f: (seen[f], f)) if seen else None


_LETTER_RUN = re.compile(r"(?<=[^\W\d_])[^\W\d_]+")
_WORD_RUN = re.compile(r"[^\W\d_]+")


def _title_case(name: str, etype: str) -> str:
    """A shouted place or person name no text writes in normal case, in title case ("FORT
    JACKSON" -> "Fort Jackson", "AL-MAYADIN" -> "Al-Mayadin"); a name that may be an acronym
    (a word under three letters or without a vowel, four letters in all: "DPRK", "USSR") and
    other kinds of actor ("UNICEF") stay as written."""
    words = ["".join(_WORD_RUN.findall(w)) for w in name.split()]
    if (
        etype not in ("place", "person")
        or sum(len(w) for w in words) < 5
        or any(len(w) < 3 or not _VOWELS.search(w.lower()) for w in words)
    ):
        return name
    return _LETTER_RUN.sub(lambda m: m.group(0).lower(), name)


# nationality words whose plural is not the word plus "s" ("Chinese", "Swiss")
_NO_S_PLURAL = ("ese", "s", "x", "z", "sh", "ch")


def _best_name(forms: Counter[str], etype: str) -> str:
    proper = [f for f in forms if f != f.lower()] or list(forms)
    proper = [f for f in proper if not shouted(f)] or proper  # "Washington", not the dateline's "WASHINGTON"
    if etype == "group":  # a people by its plural noun: "Americans" (also "American"), never "Chineses"
        keys = {fold(f) for f in proper if not fold(f).endswith(_NO_S_PLURAL)}
        # "Americans" (also "American"), "Democrats" (also "Democratic")
        plurals = [
            f
            for f in proper
            if any(fold(f) in (k + "s", k[:-2] + "s" if k.endswith("cratic") else k + "s") for k in keys)
        ]
        proper = plurals or proper
    if etype in ("place", "group"):
        return max(proper, key=lambda f: (forms[f], not _short(f), len(f)))
    # a company by its name, not its legal form ("Roche", not "Roche AG") when the story writes both
    proper = [
        f for f in proper if not (_CORPORATE_SUFFIX.search(f) and _CORPORATE_SUFFIX.sub("", f) in proper)
    ] or proper
    # a name of several words ("Conrad Murray", not "Murray"), the one the story writes most often
    # ("Bob Dudley" 38, not the longer "Robert (Bob) Dudley" once or a span error "Thad Allen - approved")
    # ("La Toya Jackson", not "La Toya": a particle and its name are one word of a person's name)
    longs = [f for f in proper if not _short(f)] or proper
    if etype == "person":  # "Jose Angel Cordova", not what an encoding error left of it ("Jos Angel C rdova")
        longs = [f for f in longs if not _letters_lost(f, longs)] or longs

    # ("ConocoPhillips" and "Conoco Phillips" are one name of two words, spaced or not: the most frequent)
    spaced = {_compact(f) for f in longs if " " in f}

    def several(f: str) -> bool:
        if etype == "person":
            return len(_name_words(f)) > 1
        return len(f.split()) > 1 or _compact(f) in spaced

    return max(longs, key=lambda f: (several(f), forms[f], len(f.split()), len(f), f))


def _entities(
    docs: list[AnnotatedArticle],
    ms: list[_M],
    kept_plain: list[list[Mention]],
    kb: KnowledgeBase,
    uf: _UF,
    labels: dict[str, Counter[str]],
    surfaces: dict[str, Counter[str]],
    forced: dict[str, str] | None = None,
    dropped: set[str] | None = None,
) -> tuple[list[Entity], list[AnnotatedArticle]]:
    forced, dropped = forced or {}, dropped or set()
    if dropped:
        kept_plain = [list(k) for k in kept_plain]
        for x in ms:
            if uf.find(x.node) in dropped and x.origin == "ner":
                kept_plain[x.doc].append(x.mention.model_copy(update={"entity": None}))
        ms = [x for x in ms if uf.find(x.node) not in dropped]
    groups = uf.groups(ms)
    order = {d.article.id: i for i, d in enumerate(docs)}
    entities: list[Entity] = []
    entity_of_root: dict[str, str] = {}
    used: set[str] = set()
    for root, xs in groups.items():
        kb_id = uf.kb[root]
        entry = kb.entries.get(kb_id) if kb_id else None
        label_votes: Counter[str] = Counter(x.mention.label for x in xs)
        forms: Counter[str] = Counter(x.surface for x in xs)
        if entry is not None:
            etype, name = entry.type, entry.name
        else:
            etype = forced.get(root) or LABEL_TYPE.get(label_votes.most_common(1)[0][0], "other")
            name = _best_name(forms, etype)
            if shouted(name):
                name = cased_form(name, (d.article.text for d in docs)) or _title_case(name, etype)
        norm = kb_id or fold(name)
        eid = content_id("entity", norm)
        if eid in used:
            eid = content_id("entity", norm, etype, len(used))
        used.add(eid)
        entity_of_root[root] = eid
        xs.sort(key=lambda x: (order[x.mention.article], x.mention.start))
        entities.append(
            Entity(
                id=eid,
                name=name,
                type=etype,
                aliases=sorted(set(forms) | {name}),
                mentions=[
                    EntityMention(source=x.mention.article, sentence=x.mention.sentence, text=x.mention.text)
                    for x in xs
                ],
                sources=sorted({x.mention.article for x in xs}, key=lambda a: order[a]),
                kb_id=kb_id,
            )
        )
    entities.sort(key=lambda e: (-len(e.mentions), e.name.lower(), e.id))
    out_docs: list[AnnotatedArticle] = []
    by_doc: dict[int, list[Mention]] = defaultdict(list)
    for x in ms:
        by_doc[x.doc].append(x.mention.model_copy(update={"entity": entity_of_root[uf.find(x.node)]}))
    for di, d in enumerate(docs):
        mentions = sorted(by_doc[di] + kept_plain[di], key=lambda m: (m.start, m.end))
        out_docs.append(d.model_copy(update={"mentions": mentions}))
    return entities, out_docs


def merge_entities(
    entities: list[Entity], docs: list[AnnotatedArticle], groups: Iterable[Sequence[str]]
) -> tuple[list[Entity], list[AnnotatedArticle]]:
    """Merge groups of entity ids into one entity each (e.g. names the geocoder found to be
    one place); ``Mention.entity`` in the docs follows.  The first id of a group is kept."""
    by_id = {e.id: e for e in entities}
    target: dict[str, str] = {}
    for group in groups:
        ids = [g for g in dict.fromkeys(group) if g in by_id]
        if len(ids) < 2:
            continue
        keep = max(ids, key=lambda i: (by_id[i].kb_id is not None, len(by_id[i].mentions)))
        for i in ids:
            target[i] = keep
    if not target:
        return entities, docs
    order = {d.article.id: n for n, d in enumerate(docs)}
    members: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        members[target.get(e.id, e.id)].append(e)
    out: list[Entity] = []
    for t, es in members.items():
        base = by_id[t]
        if len(es) > 1:
            mentions = sorted((m for e in es for m in e.mentions), key=lambda m: (order.get(m.source, 0), m.sentence))
            base = base.model_copy(
                update={
                    "aliases": sorted({a for e in es for a in e.aliases}),
                    "mentions": mentions,
                    "sources": sorted({s for e in es for s in e.sources}, key=lambda a: order.get(a, 0)),
                    "kb_id": base.kb_id or next((e.kb_id for e in es if e.kb_id), None),
                }
            )
        out.append(base)
    out.sort(key=lambda e: (-len(e.mentions), e.name.lower(), e.id))
    new_docs = [
        d.model_copy(
            update={
                "mentions": [
                    m.model_copy(update={"entity": target[m.entity]}) if m.entity in target else m for m in d.mentions
                ]
            }
        )
        for d in docs
    ]
    return out, new_docs
