"""Toponym resolution: place names -> :class:`storyline.records.Place`, jointly per story.

Usage::

    geo = Geocoder()          # cheap
    geo.warm_up()             # opens the SQLite gazetteer read-only (milliseconds, once per process)
    places = geo.resolve(["Raqqa", "Syria", "Mosul"])   # one Place (or None) per name

How a name is resolved (all rules general; no per-story tuning):

* candidates come from the gazetteer's three-tier name index (exact, particle-insensitive,
  transliteration-insensitive; see :mod:`storyline.annotate.gazetteer`);
* a prior from population and feature class (countries > first-level regions > towns by
  population; exact names > alternate names > looser matches);
* story context, resolved jointly: the countries and first-level regions the story names
  ("Springfield, Illinois"; "Paris, Texas"), the county/district it names, the story's
  dominant country, ``context`` hints (outlet country, other text) and closeness to the
  story's other places (iterated twice);
* a first-level region named exactly like a city holding a fifth or more of its people
  ("Lagos", "Rio de Janeiro") is read as the city, unless the text says "Lagos state"; so is a
  metropolis named like its state plus a word ("New York" -> New York City) when the sentences
  of the name are known and most do not call it a state ("New York state", "upstate New York",
  "the state of New York"); "Upstate New York" is the state;
* a town's own name beats another town of the same country that only lists it among its
  alternate names ("Whitehall" is not Atlanta); a name the gazetteer knows whole is not split at
  its comma ("Washington, D.C.");
* a name written in a list with first-level regions of one country ("Oregon, Utah, Washington
  and Wisconsin") is read as a region;
* a small town (under 20,000 people) in a country the story neither names nor otherwise resolves
  to, in a story whose places lie in the countries it names, is treated as a name the gazetteer
  lacks (below);
* a name the gazetteer lacks that contains a place ("Colorado State University", "Bank of Japan",
  "Enugu State", "Korean Peninsula") is placed at that place (precision ``"vicinity"``,
  ``near_name`` the place); a town found so needs local support, as a namesake does;
* vicinity fallback: a name the gazetteer lacks (a street, building, venue, estate: "Royal
  Street", "Barclays Center") keeps its own name and gets the coordinates of the story's focus
  (:meth:`Geocoder.focus`: the most specific place the story resolves, in the country it names
  most), or of the resolved name written right after it as its container ("Collins Avenue, Miami
  Beach") unless the focus lies inside that container, with precision ``"vicinity"`` and
  ``near``/``near_name`` saying what it is near — an inferred, labelled answer, never a point.
  No focus, no answer (None).  Nor for a name the focus says nothing about: a range-scale
  natural feature ("Ural Mountains", "Aleutian Islands", "Great Rift Valley", "Gulf of Alaska"), a
  feature named after a feature, country or region more than 2,000 km from the focus ("Danube
  Delta" in a story centred on China), or a continent or part of one the curated table lacks
  ("Northwest Europe", "Eastern Eurasia"); such a name keeps only an answer from the place it
  contains or its written container;
* a town dwarfed by a metropolis of its name (half a million people, twenty times its size:
  Boston, NY; St. Petersburg, Florida, even though a region named after Saint Petersburg
  outweighs the city) needs a nearby town, its county or the outlet's home region; its region
  named is not enough; an alternate name that is the name itself with an abbreviation ("St.",
  "Mt.", "Ft.") counts as the name;
* a story spread over many first-level regions of a country (a national story, or hundreds of
  articles) gives a town of that country less local evidence (a nearby place, its region or county
  named, a region holding other places) in proportion: there, almost any namesake has a neighbour,
  and "Geneva", "Miami" or "North Sea" stays the well-known place, not a small namesake; in a
  story spread over more than five regions in all, a town dwarfed by a namesake needs its county
  named or the outlet's home region (a nearby town or its region named is no support there);
* a name written as a place's possession ("Cardiff's Millennium Stadium") that the gazetteer lacks
  is placed in the vicinity of that place; the focus is no focus when the story's places in its
  country lie mostly far from it (more than 500 km, outside its region): no "near Washington" for
  names in a story spread over the United States;
* a feature called by its generic word alone ("the Gulf") in a story naming one such feature in
  full ("Gulf of Mexico") is that feature, and so is a part of it that the gazetteer knows by no
  name of its own ("the western Gulf", "the US Gulf": a country by its name or abbreviation, the
  feature within 2,000 km of it; not "North Sea", "Norwegian Sea"); a name the gazetteer lacks
  that is named after the bare word ("Gulf Coast Claims Facility") is near that feature; an acronym that is the initials of a town the story
  names ("LA", Los Angeles) is that town, unless the story names the region it also abbreviates;
* guards against a place the sources do not support, in a story spread wide (more than five
  countries, or more than five first-level regions of one): a word the gazetteer knows in no form
  ("Transocean", "Sunni", "Nineties") gets no vicinity answer unless the text writes it as a place
  ("in Zamalek"); a hamlet (under 5,000 people) outside the country holding most of the story's
  places needs local evidence (its region or county named, a town within 100 km; "Dulwich" in a
  British story naming Australia, "Macondo", Angola), and is then no place near the focus either;
  in a story spread over more than five regions of a country, a town scoring less than 0.5 above a
  namesake of comparable size (a third of its people or more, called so by a name as good, more
  than 161 km away) is left unresolved ("Venice" in a Gulf-coast story: Florida or California by
  a hair, while the story means Venice, Louisiana, which the gazetteer lacks); a town dwarfed a
  hundredfold by a national capital of its name abroad whose country the story names needs the
  outlet's home region (a named county is not enough: "Washington", West Sussex); a name the
  story also writes as a place's possession ("Cardiff's Millennium Stadium") is near that place
  wherever it is written bare;
* the sentences each name is written in (``resolve(..., sentences=...)``, one per name) are read
  for how that name is written: a postal qualifier ("in Robert, Louisiana, crews ...": a reading
  inside it, or near it; not "Washington, Louisiana Gov. X"), a container or an apposition ("the
  O2 arena in London", "Kadhimiya, a Shia area of Baghdad": near it; not an item of a list, but a
  container followed by a region holding it after "in" or "near", or by no place the story
  resolves, is none: "Monklands Hospital in Airdrie, Lanarkshire, are", "In La Glorida, Mexico, The
  Guardian's"; no container is joined to a name by a verb, "the Gulf Mexico could easily happen in
  Norway", nor is a country written after a bare comma before a noun it qualifies, "in Guantanamo
  Bay, US interrogators"), a part of a region ("the Eastern District of Louisiana": no reading
  outside it), and a name refused above whose sentence names its region right after it
  ("Beaumont, Tex.", "La Gloria in the state of Veracruz") or, for a hamlet abroad, its region or
  country anywhere ("Colombey, eastern France"); a bare "Earth" or "Mars" is the body, not a namesake town; a first-level
  region named like its country's capital ("Washington") needs two of its towns in the story
  to count as holding them;
* a name written after a resolved town as its container ("Pandi, Bulacan") is the district
  holding that town; a curated sea or region called by its own name ("Atlantic") is not a county
  or town that the gazetteer lists under it only as an alternate name;
* a name the gazetteer lacks that begins or ends with a town the story resolves, the rest naming a
  venue or body ("Aldeburgh Festival", "Mexico City schools"), is near that town, never the
  focus; a street every town has ("Main Street") is near only a town the text writes it in; a
  hamlet its sentences write with a town more than 50 km away ("Dulwich, south-east London" read
  near Adelaide; "Hanwell, London" read in Oxfordshire) is a local place near that town, unless the
  town's name also has a reading near the hamlet ("Weybridge, Surrey": the container is the one
  misread) or it is an item of a list;
* in a story spread wide (more than five countries, or more than five first-level regions of one),
  near the story's focus goes only a name with evidence that it is a place there: it calls itself
  a local place (``_LOCAL_HEADS``: "Brecon Road", "Camp Bucca", "Radnorshire"; not a street or a
  park, as often a title or a metonym: "Coronation Street", "Gorky Park"), its sentences write it
  as a place ("in Silver Street", "in the al-Doura area"), or with a region holding the focus; a
  name the entity stage merely typed as a place ("Edvard Grieg", "Breakfast Show") is not shown;
  and, whatever it calls itself, it must be written where the focus is: its sentences name a place
  in the focus's area (the focus, a place within 100 km of a focus town, the region holding it) or,
  naming none below a country, its articles name that area at least as often as places elsewhere
  (a preposition says a name is a place, not where: "buried at Arlington National Cemetery", "the
  rucksacks at the Gare du Nord", "in Farhad Khosrokhavar's new book" are no places near Baghdad;
  "clashes in Al Meshleb" in a report from Raqqa is near Raqqa);
* a town written right before its country without a comma ("Cancun Mexico") is read as "Cancun,
  Mexico" when the gazetteer lacks the whole name and knows the town in that country;
* the story's focus is never a point ("Wall Street", "Capitol Hill"): a metonym or landmark is not
  where the story happens, and names the gazetteer lacks ("Rose Garden") go near the town instead;
* a first-level region named votes for its country's readings, but for a hamlet only when the
  hamlet lies in a region the story names ("Montana" says nothing for an Ohio village);
* a town of the story's country written a few times of many with a region abroad it has no reading
  in ("Newtown, Mont." for Montgomeryshire, read as Montana) keeps its reading at home;
* in a wide story a town under 20,000 people abroad named once needs local evidence, as a hamlet
  does, unless it is written by its own name after "in", "at", "near" or "from" ("in Davos"):
  "Lochinver, Sutherland" (the Scottish county the gazetteer lacks) is no town near Sydney;
* a possessive the gazetteer lacks is read as the name before it ("Alexandria's").
* a name the gazetteer lacks that is a word of the story's place names with its accented letter
  lost ("Guantnamo", "Guant namo Bay" beside Guantánamo) is read as the whole word;
* a bare feature word ("Island") is not the feature a name read by its part shares ("Channel
  Island", read as the English Channel);
* in a wide story, a county abroad read only through an alternate name under 200,000 people
  ("Berkshire" as Berkshire County, Massachusetts, in a British story) needs its region, or a town
  of the story within 100 km of it, named in its own sentences (anywhere in the story when its
  sentences are unknown);
* "on the X" is a place only for a street, road, avenue or island ("war on the Great Recession").
* in a story spread wide, a town read by a weak name is not shown unless the sentences it is
  written in name its first-level region or a town within 100 km of it (or, abroad, its country):
  a town read only through another of its names or a loose spelling (under 20,000 people at home,
  200,000 abroad: "Mill Hill", a part of Trenton, for the London suburb; "Royal" for Royal City;
  "Mall" for Mal, Belgium), or by its own name of one word in a country holding under 5% of the
  story's other places ("the Metro" read as Metro, Indonesia; "Vittoria", "Zephyr").  A name the
  sentences write as a place stands ("in Camden", "from Stansted"; see :meth:`Geocoder._bare_town`);
* a name the gazetteer lacks that calls itself a local place ("Hamburger Hill") written only with
  places of countries other than the focus's is no place near the focus.
* with ``resolve(..., per_mention=True)`` each name is one mention: a city named like a state of its
  country ("New York", "Washington", "Basra") whose own sentence writes it as the state ("the New
  York attorney general", "the senator from New York", "Rep. X of Washington", "the governor of
  Basra", "New York state", "upstate New York", "the Mexican state of Campeche") is that state in
  that mention; every other mention keeps the story's reading.
* a name the gazetteer lacks read without its prefix ("North Dallas", "Greater Glasgow") is read
  only as a place whose own name (or a spelling of it: "west Basra") the rest is, or as a country,
  a first-level region, a curated feature or a metropolis: "Northern Rock" is no Rock County,
  "South Atlantic" no Atlantic County; a capitalised "Northern X" is no small town X.
* a name the recogniser cut at a lower-case joining word whose sentence writes it whole ("Sao
  Caetano do Sul", "Kingston upon Thames", "Trinidad and Tobago") is read as the whole name when
  the gazetteer knows it.
* places that are common words: a loose spelling of a place ("Mosques" -> Moscow) whose own
  sentences also write the word in lower case ("the mosques") is no place, nor one near the focus
  (a place read by its own name stands however it is written: machine translations write "raqqa");
  a name the gazetteer lacks written only in headlines set in title case ("Who Is Ahead in the
  Human Race?") gets no place near the focus (a headline capitalises every word); a hill named
  after the one town of its name in the focus's country ("Safwan Hill"), outside the focus's
  region and more than 100 km from it, is no place near the focus.
* a place found inside a name the gazetteer lacks, when the name's sentences are known, needs their
  support unless it is a country, a curated feature, a metropolis or a region by its own name (or
  the name calls itself that region: "Liaoning province"): the story naming that place itself, or
  the sentences naming its first-level region, a town of the story within 100 km of it or, for a
  town abroad by its own name, its country ("Stansted airport in Essex").  A common word, a saint's
  or a famous feature's own name is no town's ("Pearl Harbor", "St. Michael's Hospital in
  Toronto", "the Garden District of New Orleans"); declined, the name is near a container its
  sentences write, never near the focus.  What a saint's name owns in the possessive ("St.
  Michael's Hospital") is the saint's, not a town's (a metropolis excepted: "St. Petersburg's"),
  and a saint's name written only so ("of St. Michael's") is no town.
* a name read without its compass word ("West Midlands" -> Midlands, Zimbabwe) stands only when the
  story names that place itself or the name's sentences name its country or a place in it; a
  part of a place by a compass word the gazetteer lacks ("north-west London") is near that place
  when the story resolves it, and, when the rest is a region or town it does not ("West Midlands",
  "North East"), near no focus town (a written container still places it).
* a town its sentences write "in" a region it is not in ("from Wendel in Massachusetts") is a
  namesake, as with a comma; a town under 20,000 people written with a container town or county
  of another country ("Bishopdale, North Yorkshire", read in New Zealand) is a local place near it.
* a country's name misspelt in the copy ("Domican Republic"), which the gazetteer knows by no name
  of any place, is the one country within a typing slip (two from 12 letters; none under 10
  letters, nor two in a word under 7: "Greenlane" is no Greenland, "Caicos" no Cocos), not a
  name placed near the story's focus.
* a town its sentences write as a settlement of one region or country ("the Louisiana town of
  Hammond", "the Iraqi city of Basra") is read inside it when it has a reading there.
* a town read as a smaller namesake whose own sentences, at least half of them, name the country or
  region of a bigger town of its name, and none where the namesake is ("In New Zealand, ... the
  cathedral in Wellington" in a British story), is that bigger town; so is one (at least five
  times smaller) whose sentences write it beside a town or region of the bigger one's country and
  no place of its own ("situation rooms in Boston and Washington" in a British outlet's story), or,
  when its sentences name no place, whose articles name mostly such towns and regions, two at least.
* a word or two saying what kind of town may stand between the region and "town of" ("the Alaskan
  fishing town of Cordova", "the Iraqi border city of Basra"; not a function word or an article).
* a town smaller than a national capital of its name abroad, named once, with no local evidence (its
  region or county named, a town of the story within 100 km, the outlet's home region) is the
  capital ("Athens" in a story about Haiti naming the US is Greece's, not Georgia's).
* a first-level region read through another of its names needs its country named by something else
  than another region so read ("Leeward Islands" and "Windward Islands", Cape Verde's in English, do
  not vouch for each other in a story about the Caribbean).
* a hamlet's one-word name its sentences write as one who says or believes ("Shaw believes") and
  never as a place, or only as the owner of a capitalised name ("Elmer's Island", "Pandora's Box"),
  is no hamlet; a capitalised word before a comma is no container of a name a lower-case verb follows
  ("On Fox, Palin rips the speech").
* a name the gazetteer lacks written only before a colon and a capitalised word is a title with its
  subtitle ("in New Glory: Expanding America's Supremacy"), no place near the focus.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from storyline.annotate.gazetteer import (
    ADMIN1,
    ADMIN2,
    CITY,
    COUNTRY,
    FEATURE,
    Q_ALT,
    Q_NAME,
    Q_PARTICLE,
    Q_TRANSLIT,
    Entry,
    Gazetteer,
    haversine_km,
    norm_key,
    translit_key,
)
from storyline.annotate.timex_lexicon import (
    MIND_PRESENT_VERBS,
    MODALS,
    REPORTING_PAST,
    REPORTING_PRESENT,
    TITLE_SMALL_WORDS,
)
from storyline.records import Place, content_id

log = logging.getLogger(__name__)

_GAZETTEER: Gazetteer | None = None  # one per process

MAX_CANDIDATES = 60


@dataclass(frozen=True)
class Candidate:
    """One gazetteer reading of a name, with its context-free prior score."""

    name: str
    lat: float
    lon: float
    country: str | None
    precision: str
    kind: str  # country | admin1 | admin2 | city | feature
    admin1: str
    admin2: str
    geonameid: int | None
    population: int
    match: str  # name | alternate | particle | transliteration
    prior: float
    entry: int  # gazetteer entry index (internal)
    fcode: str = ""  # PPLC for national capitals
    weight: int = 0  # population the prior used (a region counts its towns)


_MATCH = {0: "name", 1: "alternate", 2: "particle", 3: "transliteration"}
_MATCH_RANK = {m: q for q, m in _MATCH.items()}
# The score of a reading is a weighted sum of named features: its prior (population, kind, how the
# name matched: Geocoder._prior_features) plus the story's context (Geocoder._context_features).
# Hand-set.  scripts/fit_place_weights.py fits a correction on the gold corpora's dev halves; the
# fits tried so far did not hold up across the dev/test split and were not adopted (docs/benchmarks.md).
_WEIGHTS: dict[str, float] = {
    # -- prior
    "log_pop": 0.9,  # log10(population + 10); a region counts its towns
    "kind_country": 2.2,  # kind bonuses over a town's (0)
    "kind_admin1": 1.6,
    "kind_feature": 2.0,
    "kind_admin2": 0.2,
    "match_alternate": -0.9,  # match penalties: an exact name costs nothing
    "match_particle": -0.4,
    "match_transliteration": -1.6,
    "capital": 1.0,  # national capitals (GeoNames PPLC) are better known than their population says
    "admin1_alternate": -0.6,  # a first-level region matched through an alternate name
    "us_county": 0.6,  # US counties are routinely named in local news
    "district_abroad": -1.5,  # non-US districts (GeoNames admin2 joined by name): see _prior_features
    # -- story context
    "country_named": 1.2,  # the story names the reading's country ...
    "country_votes": 0.3,  # ... this often (capped)
    "country_share": 2.0,  # share of the story's other places in the reading's country
    "region_others": 0.8,  # the story's other places share the town's first-level region
    "region_others_name": 1.0,  # ... and the town matched by its own name
    "holds_others": 2.2,  # a country or region holding some of the story's other places
    "region_named": 2.2,  # the story names the town's first-level region
    "county_named": 1.5,  # the story names the town's county
    "region_sentence": 1.0,  # ... its first-level region, in a sentence with it
    "sentence_country": 1.0,  # share of the places written in the name's sentences in its country
    "near_150km": 1.6,  # exp(-d / 150 km), d: distance to the nearest other place
    "near_800km": 0.6,  # exp(-d / 800 km)
    "contained": 1.5,  # a town whose county the story names with it (and that county)
}
_KIND_FEATURE = {COUNTRY: "kind_country", ADMIN1: "kind_admin1", FEATURE: "kind_feature", ADMIN2: "kind_admin2"}
_MATCH_FEATURE = {Q_ALT: "match_alternate", Q_PARTICLE: "match_particle", Q_TRANSLIT: "match_transliteration"}
_Features = list[tuple[str, float]]


def _dot(features: _Features, start: float = 0.0) -> float:
    """The weighted sum of ``features`` (summed in order, so that the score is reproducible)."""
    s = start
    for name, x in features:
        s += _WEIGHTS[name] * x
    return s


_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")  # "Alexandria's", "Jesus'": the place is the name before it
_CITY_SHARE = 0.2  # "New York": the region's city holds at least this share of its people
_FEATURE_POP = 5_000_000  # curated seas, rivers and regions carry no population: treat as well known
_HOME_WEIGHT = 1  # evidence an outlet's home region gives (as much as the story naming it once)
# "London" in a story about the US is London, England, not London, Ohio (pop. 10,000): a town a
# hundred times smaller than the best-known place of its name needs local evidence (its state or
# county named, or another of the story's places within 100 km); the country vote alone counts 1/4
_DWARF_RATIO = 100
# ... and a town a thousand times smaller, or dwarfed by a region of its own country, needs a nearby
# town or its county: its first-level region named is not enough ("Canadian" in a Texas story)
_DWARF_FAR = 1000
_DWARF_COUNTRY = 0.25
# ... and "Boston" in a story naming New York state is still Boston, Massachusetts, not Boston, NY
# (pop. 8,000): a town dwarfed by a metropolis of its own name (a city of half a million or more,
# twenty times its size) needs a nearby town, its county, or the outlet's home region (a local
# paper's "Portland" is its own); the story naming the town's region is not enough
_METROPOLIS = 500_000
_METRO_RATIO = 20
_STRONG = ("name", "alternate")
# a story whose places span more first-level regions of a country than this gets that share of the
# local evidence (nearby places, named region or county) for a town or region of it: see
# Geocoder._context_features
_BREADTH = 5
_FOCUS_KM = 500  # see Geocoder._centred
_POSSESSIVE = re.compile(r"^(\S+(?:\s\S+){0,2}?)['’]s\s+\S")
_POSSESSIVE_HEAD = re.compile(r"^\S+(?:\s\S+){0,2}?['’]s\s+")


def _called_by(name: str, word: str) -> bool:
    """Is ``name`` a feature named with the generic ``word`` ("Gulf of Mexico", "Chesapeake Bay"
    for "gulf", "bay")?"""
    words = name.lower().split()
    if len(words) >= 3 and words[0] == word and words[1] == "of":
        return True
    return len(words) >= 2 and words[-1] == word and words[0] != "the"


_WIDE = 5


def _wide(choice: dict[str, Candidate | None]) -> bool:
    """Is a story spread wide: its chosen places in more than five countries, or in more than five
    first-level regions of one country?"""
    placed = [c for c in choice.values() if c is not None and c.country]
    ccs = {c.country for c in placed}
    a1s = Counter(cc for cc, _ in {(c.country, c.admin1) for c in placed if c.admin1})
    return len(ccs) > _WIDE or any(n > _WIDE for n in a1s.values())


def _locative(name: str, text: str) -> bool:
    """Does ``text`` write ``name`` as a place: after "in", "at", "on" ("on the" only for a street,
    road, avenue or island), "near", "outside", "beyond", "from", "to" or "the village (town,
    suburb...) of", and not as an adjective before a lower-case noun ("in Sunni areas")?"""
    if not text or name not in text:
        return False
    # ("on the" only before a street's or an island's word, "on the Abu Nawas road": "war on the
    # Great Recession", "a report on the Human Race" name a topic; "on Oahu" is an island's)
    street = name.split()[-1].lower() in ("street", "road", "avenue")
    way = "" if street else r"\s+(?i:street|road|avenue|island)"
    on = rf"(?i:on)\s+(?:{re.escape(name)}|the\s+{re.escape(name)}{way})(?![\w-])(?!\s+(?!{_FUNCTION})[a-z])"
    before = r"(?i:in|at|near|outside|beyond|from|to|(?:village|town|city|suburb|district|island|port) of)"
    pat = rf"\b{before}\s+(?:the\s+)?{re.escape(name)}(?![\w-])(?!\s+(?!{_FUNCTION})[a-z])"
    return re.search(pat, text) is not None or re.search(rf"\b{on}", text) is not None


_SPEAKER_VERBS = "|".join(sorted(REPORTING_PAST | REPORTING_PRESENT | MIND_PRESENT_VERBS))


def _speaker_written(name: str, text: str) -> bool:
    """Does ``text`` write ``name`` right before a verb of saying or of mind ("Shaw said", "Shaw
    believes"), as the one who speaks or thinks?"""
    return bool(text) and re.search(rf"(?<![\w'’-]){re.escape(name)}\s+(?:{_SPEAKER_VERBS})\b", text) is not None


_OWNS_NAME = re.compile(r"\s?['’]s\s+[A-Z]")  # "Pandora's Box": the possessive before a capitalised word
_SUBTITLE = re.compile(r"\s?:\s+[A-Z]")  # "New Glory: Expanding America's Supremacy": a title's subtitle


def _only_before(name: str, text: str, after: re.Pattern[str]) -> bool:
    """Does ``text`` write ``name``, and always right before what ``after`` matches?"""
    at = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}", text)]
    return bool(at) and all(after.match(text, e) for e in at)


# the short words a headline in title case leaves in lower case ("Spill Spreads to the Coast"): a title's
# (timex_lexicon.TITLE_SMALL_WORDS), and the verbs and particles many desks set so too ("Who is Ahead")
_TITLE_SMALL = TITLE_SMALL_WORDS | frozenset(
    ("nor", "but", "so", "yet", "as", "off", "per", "up", "via", "vs", "is", "are", "was", "into")
)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def _title_cased(sentence: str) -> bool:
    """Is ``sentence`` a headline set in title case ("Who Is Ahead on Planet Earth, in the Human
    Race?"): every word capitalised but for short function words, with at least four capitalised
    words after the first, and no full stop at its end (a headline takes none)?  Its capitals say
    nothing of names there.  Prose naming people and places still writes its verbs and common
    nouns in lower case ("Obama met Brown in London"); a caption or a list of names set in capitals
    ends with a full stop ("Corporal Jim Hart, 24, from Ripon, North Yorkshire.")."""
    end = sentence.rstrip()
    if end.endswith(".") and not end.endswith("..."):  # (an ellipsis cuts a headline short)
        return False
    words = _TITLE_WORD.findall(sentence)
    if any(not w[0].isupper() and w.lower() not in _TITLE_SMALL for w in words):
        return False
    return sum(w[0].isupper() for w in words[1:]) >= 4


def _lower_written(name: str, said: str) -> bool:
    """Do the sentences ``said`` write the one-word ``name`` in lower case as a word of its own
    ("Mosques" and "in the mosques")?"""
    low = name.strip().lower()
    if not said or " " in low or low == name.strip():
        return False
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", said) is not None


# words that may follow a place written after a preposition ("in Raqqa on Sunday")
_FUNCTION = (
    r"(?:on|in|at|and|or|to|for|with|by|from|was|were|is|are|has|had|have|last|this|after|before|"
    r"since|where|when|which|who|that|as|but|said|says|earlier|today|yesterday|of|"
    # ... or a word saying what kind of place it is ("in the al-Doura area", "on Abu Nawas street")
    r"area|district|neighbou?rhood|quarter|suburb|street|road|camp|village|town|region|province|waterway)\b"
)


def _initials(name: str) -> str:
    """ "LA" for "Los Angeles"; "" for a name of one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _owner_key(name: str) -> str | None:
    """The key of the place a name is written as belonging to ("Cardiff's Millennium Stadium" ->
    "cardiff"), or None."""
    m = _POSSESSIVE.match(name)
    return norm_key(m.group(1)) if m else None


_FOCUS_RANK = {"point": 0, "town": 0, "district": 1, "region": 2, "country": 3}
_SPLIT = re.compile(r"\s*,\s*")
# A name the gazetteer lacks but that contains a place: an institution or feature named after the
# place it is in ("Colorado State University", "Bank of Japan", "Korean Peninsula", "Enugu State").
# Only these head words qualify: a park, hall, centre or mountain is as often named after a person
# or a far-away namesake ("Rogers Centre", "Carnegie Hall") as after the place it is in.
# fmt: off
_PART_HEADS = frozenset((
    "university", "college", "polytechnic", "institute", "academy", "school", "hospital", "airport",
    "airfield", "stadium", "ministry", "bank", "reserve", "house", "parliament", "assembly",
    "legislature", "council", "chamber", "chambers", "peninsula", "lagoon", "harbour", "harbor",
    "port", "valley", "island", "bay", "basin", "mountains", "coast"
))
# fmt: on
# "X of Y" names the place Y only after an institution or a political unit ("Bank of Japan",
# "Town of Groton"), not after a building or a product ("Mall of Asia")
_OF_HEADS = _PART_HEADS | frozenset(["town", "city", "village", "township", "municipality", "republic", "kingdom"])
_ADMIN_HEADS = {  # "Enugu State", "Akita Prefecture", "Bronx County": the region or district itself
    **dict.fromkeys(
        ["state", "province", "prefecture", "region", "governorate", "oblast", "territory", "emirate"], (ADMIN1,)
    ),
    **dict.fromkeys(["county", "co", "district", "parish", "borough", "municipality"], (ADMIN2, CITY)),
}
# words that are never the place inside a name on their own ("Central Mental Hospital")
# fmt: off
_PART_STOP = frozenset((
    "the", "of", "and", "for", "at", "in", "on", "de", "a", "an", "new", "old", "central", "national",
    "general", "federal", "international", "royal", "memorial", "public", "city", "state", "upper",
    "lower", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "commerce", "technology", "science", "sciences", "arts", "music", "medicine", "law", "economics",
    "health", "agriculture"
))
# fmt: on
_PART_BIG_CITY = 1_000_000  # a town found inside a name needs local support unless it is this big
_SHADOWED_ALT = 1.0  # prior cost of an alternate name that is another town's own name in that country
_OWN_NAME_POP = 500_000  # a city this big called by its own name shadows alternates abroad
_STRAY_CONTAINED_POP = 100_000  # a town written with a container it is not in is a namesake below this
_STRAY_POP = 20_000  # see resolve(): a small town abroad that the story gives no reason for
_ALTERNATE_ABROAD_POP = 200_000  # see resolve(): a county abroad read by another of its names, smaller than this
_MINOR_SHARE = 0.05  # see Geocoder._bare_town: a country holding less than this share of a story's places
# the planets and the Moon: a bare "Earth" or "Mars" is the body, not a namesake town ("Earth",
# Texas; a qualified "Earth, Texas" is still read as the town)
_BODIES = frozenset(("earth", "moon", "sun", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune"))
_HAMLET_POP = 5_000  # see resolve(): a town this small needs local evidence
_NAMESAKE_RATIO = 5  # see Geocoder._own_namesakes: a namesake this many times bigger is the one a bare name means
_AMBIGUOUS_KM = 161.0  # see resolve(): a namesake this far away is another place ...
_AMBIGUOUS_MARGIN = 0.5  # ... and a town that outscores it by less than this is not resolved,
_AMBIGUOUS_RATIO = 3  # when the namesake has at least a third of its people and is called so as
# well (an alternate, often historical, name is no namesake of a town's own: Philadelphia, Amman)
# Names the vicinity fallback never places at the story's focus (see _far_name): a natural feature
# larger than a town's surroundings, which a story names from afar ("the Ural Mountains" in a story
# about China, "the Aleutian Islands", "the Gulf of Alaska") ...
_RANGE_HEADS = frozenset(
    (
        "mountains",
        "range",
        "ranges",
        "highlands",
        "islands",
        "archipelago",
        "valley",
        "gulf",
        "sea",
        "ocean",
        "desert",
        "peninsula",
    )
)
# ... a feature named after a known place or feature far from the focus ("Danube Delta" in a story
# centred on China) ...
_FEATURE_HEADS = _RANGE_HEADS | frozenset(
    (
        "delta",
        "river",
        "lake",
        "bay",
        "island",
        "mount",
        "mountain",
        "coast",
        "basin",
        "plateau",
        "falls",
    )
)
_FAR_STEM_KM = 2000.0
# ... and a continent or a part of one the curated table lacks ("Northwest Europe", "Eastern Eurasia")
_CONTINENT_WORDS = frozenset(
    (
        "america",
        "americas",
        "american",
        "europe",
        "european",
        "asia",
        "asian",
        "africa",
        "african",
        "eurasia",
        "oceania",
        "antarctica",
    )
)
_LIST_SEP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")  # "Utah, Washington and Ohio"
_LIST_SEP_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")
# "Collins Avenue, Miami Beach"; "Abu Shok refugee camp in Al-Fashir", "the Mouillee state game area
# in Monroe County": up to three lower-case words (what the place is) before "in", "near", "of"
_APPOSITION = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:of|in|near|outside)\s+(?:the\s+)?")
# (not a verb: "the spill in the Gulf Mexico could easily happen in Norway" names no Gulf in Norway)
_CONTAINER_SEP = re.compile(
    r",\s*|(?:\s+(?!(?:is|was|were|are|has|have|had|and|or|but|to|from|with|by|for|on|at|which|that|who|said|"
    + "|".join(re.escape(m) for m in sorted(MODALS | {"will", "would", "do", "does", "did"}))
    + r")\b)[a-z][\w'’-]*){0,3}\s+(?:in|near|outside|of)\s+(?:the\s+)?"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“‘(])|\n+")
_TEXT_NAME = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w.'’-]*){0,3}")


@dataclass(frozen=True)
class _Others:
    """The story's other chosen places, summarised once per name: counts by country and
    first-level region, and coordinates as arrays for a vectorised nearest distance."""

    n: int
    countries: Counter[str]
    admin1s: Counter[tuple[str, str]]
    lat: Any  # numpy arrays, radians
    lon: Any
    cos_lat: Any

    @staticmethod
    def of(others: list[Candidate]) -> _Others:
        import numpy as np

        lat = np.radians(np.array([o.lat for o in others], dtype=float))
        lon = np.radians(np.array([o.lon for o in others], dtype=float))
        return _Others(
            n=len(others),
            countries=Counter(o.country or "" for o in others),
            admin1s=Counter((o.country or "", o.admin1 or "") for o in others if o.admin1),
            lat=lat,
            lon=lon,
            cos_lat=np.cos(lat),
        )

    def nearest_km(self, lat: float, lon: float) -> float:
        """Great-circle distance to the nearest other place (the same haversine as gazetteer.haversine_km)."""
        import numpy as np

        p1, l1 = math.radians(lat), math.radians(lon)
        a = np.sin((self.lat - p1) / 2) ** 2 + math.cos(p1) * self.cos_lat * np.sin((self.lon - l1) / 2) ** 2
        return float(2 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a))).min())


_DISTRICT_OF = re.compile(
    r"^(?:province|provincia|departamento|department|district|distrito|municipality|municipio|county)\s+(?:of|de|di|del|do|da)\s+",
    re.I,
)


# the next item after a container's comma: a capitalised phrase ("Lanarkshire", "The Guardian's")
_NEXT_ITEM = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
# a list closed by "and" or "or" before a capitalised item ("..., Guam, Alaska and Hawaii")
_LIST_CLOSE = re.compile(r"\b(?:and|or)\s+(?:the\s+)?[A-Z]")


def _list_goes_on(
    after: str,
    choice: dict[str, Candidate | None],
    surface: dict[str, str],
    container: Candidate | None,
    comma: bool,
) -> bool:
    """Is the text ``after`` a container (a capitalised word after its comma) the rest of a list of
    places ("Saipan, Guam, Alaska and Hawaii"), so that the container is only an item of it?  Yes
    when the clause closes a list with "and" or "or", or the next item is a place the story
    resolves (after a bare comma, ``comma``, any: "Jo Smith, Leeds, England, writes" signs a
    letter as often as it places a name).  No when the next item is no place the story resolves,
    or a place holding a container written after "in" or "near": a postal chain ("Monklands
    Hospital in Airdrie, Lanarkshire, are ...", the county the gazetteer lacks; "the fish at Bayou
    Chaland in Plaquemines Parish, Louisiana") or a new clause ("In La Glorida, Mexico, The
    Guardian's reporter writes ...", "Breton Island, Louisiana, May 3, 2010")."""
    m = _NEXT_ITEM.match(after)
    if m is None:
        return True
    clause = re.split(r"[.;:\n]", after, maxsplit=1)[0]
    if _LIST_CLOSE.search(clause):
        return True
    item = m.group(1)
    named = [
        (len(name), c)
        for k, c in choice.items()
        if c is not None
        and (name := surface.get(k, k))
        and item.startswith(name)
        and not item[len(name) : len(name) + 1].isalnum()
    ]
    if not named:
        return False
    c = max(named, key=lambda x: x[0])[1]  # (the longest name: "New York", not "New")
    return comma or container is None or not _within(container, c)


def _within(c: Candidate, container: Candidate) -> bool:
    """Is ``c`` in the country or first-level region ``container``?"""
    if c.country != container.country:
        return False
    return container.kind == COUNTRY or (
        container.kind == ADMIN1 and bool(container.admin1) and c.admin1 == container.admin1
    )


def _district_key(name: str) -> str:
    """A district's name as its towns and the story write it: GeoNames calls the Philippines'
    provinces "Province of Bulacan", ISO and the news "Bulacan"."""
    return norm_key(_DISTRICT_OF.sub("", name))


# a name of two or three capitals is an abbreviation: of a country ("UAE"), a region ("NSW"), a big
# city ("LA", "NYC") or something that is no place ("CEO", "OAS"), never a small town's name
_ACRONYM = re.compile(r"[A-Z]{2,3}")
# a prefix dropped when the whole name is unknown: "North Dallas" -> Dallas; "Greater Glasgow", the
# metropolitan area, -> Glasgow
_PREFIX = re.compile(
    r"^(?:the|greater|downtown|northern|southern|eastern|western|central|north|south|east|west)\s+", re.I
)
# a capitalised adjective of direction beginning a name ("Northern Rock", "Western Union")
# (capitalised only: "northern Baghdad" is a part of Baghdad)
_DIRECTION_ADJECTIVE = re.compile(r"(?:(?:North|South)(?:east|west)|East|West|North|South)ern\s")
# a compass point, any case ("north", "South-East", "western"); see _COMPASS_HEAD
_DIRECTION = r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
_COMPASS_WORD = rf"{_DIRECTION}|central|centre|center|middle|upper|lower"
_COMPASS = re.compile(rf"(?:the\s+)?{_COMPASS_WORD}(?:\s+{_COMPASS_WORD})?(?:\s+(?:region|province))?", re.I)
# a part of a feature by an adjective of direction ("the western Gulf"), unlike a bare compass word
# that begins a feature's own name ("North Sea", "East Coast")
_PART_ADJECTIVE = re.compile(r"(?:north|south)?(?:eastern|western)|northern|southern|central|upper|lower", re.I)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")  # "US", "U.S.", "UK"
_OFF_KM = 2_000.0  # a country's side of a feature ("US Gulf"): the feature lies this near the country's point
_STATE_WORD = re.compile(r"\b(?:state|province)\b", re.I)
_COMPASS_PREFIX = re.compile(rf"^(?:{_COMPASS_WORD})\s+(?=[A-Z])")  # lower case: "south-east London"
# a compass point before a capitalised name, any case ("West Midlands", "north-west London"); not
# "central", "upper" or "lower", which begin a place's own name as often ("Central Park")
_COMPASS_HEAD = re.compile(rf"^(?:the\s+)?{_DIRECTION}\s+(?=(?-i:[A-Z]))", re.I)
_COMPASS_WORDS_ONLY = re.compile(rf"(?:the\s+)?{_DIRECTION}", re.I)  # "North East", "the north-west"
# a street name every town has ("Main Street", "High Street"): no place near the story's focus
# unless the text writes its town ("Main Street in Ashford"); as often a figure of speech
# ("Main Street and Wall Street") as a place
_GENERIC_STREET = re.compile(
    r"(?:the\s+)?(?:main|high|market|church|station|first|second|front|state|water|mill|bridge)\s+"
    r"(?:street|st\.?|road|rd\.?|avenue|ave\.?)",
    re.I,
)
# what a name the gazetteer lacks must call itself to be placed near the story's focus on its own
# word (see Geocoder._vicinity): a road, a building, a camp, a neighbourhood or a local feature.
# Not "street" or "park": a street or park named in a story is as often a title or a metonym
# ("Coronation Street", "Wall Street", "Gorky Park") or a famous one far away; those need the text
# to write them as a place ("in Silver Street").
# fmt: off
_LOCAL_HEADS = frozenset((
    "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd", "drive", "highway", "square", "bridge",
    "estate", "camp", "hospital", "clinic", "airport", "airfield", "station", "prison", "jail", "stadium",
    "arena", "cathedral", "church", "mosque", "temple", "market", "beach", "creek", "bayou", "canal",
    "harbour", "harbor", "port", "pier", "wharf", "dock", "docks", "hill", "hills", "heights", "village",
    "suburb", "district", "quarter", "township", "neighbourhood", "neighborhood", "county", "parish",
    "borough", "ward", "shire", "base", "barracks", "refinery", "terminal", "plant", "mine", "field",
    "fields", "island", "islands", "lake", "river", "valley", "bay", "reef", "wetlands", "marsh",
    "castle", "palace", "hotel", "parade", "grove", "mission",
))
# ... or, first, what it is ("Camp Bucca", "Fort Hood", "Hotel Oloffson", "Lake Borgne")
_LOCAL_FIRST = frozenset(("camp", "fort", "hotel", "lake", "mount", "port", "villa", "château", "chateau"))
# fmt: on
_SHIRE = re.compile(r"\w{3,}shire", re.I)  # "Radnorshire": a county by its own word


# the lower-case words that join a place's name to the rest of it in Romance, German and English
# names ("Sao Caetano do Sul", "Sao Jose dos Campos", "Frankfurt am Main", "Kingston upon Thames",
# "Boulogne-sur-Mer" spaced); not "of" ("Bank of England"), whose names the text's own
# recogniser keeps whole or means as a body
# ("and" too: "Trinidad and Tobago", "Jammu and Kashmir" are one place the gazetteer knows by that
# name; "Texas and Louisiana" is none, and stays two)
_NAME_JOINS = r"(?:do|dos|da|das|de|del|della|di|du|des|la|le|les|sur|sous|en|am|im|an der|upon|on|and)"
_JOINED_TAIL = re.compile(rf"(?:\s+{_NAME_JOINS}\s+(?:(?:la|le|les|los|las|el)\s+)?[A-Z][\w'’-]+){{1,2}}")


def _part_reading(name: str, rest: str, e: Entry, q: int) -> bool:
    """May ``name``, a name the gazetteer lacks whole, be read as ``e``, which ``rest``, the name
    after its prefix (``_PREFIX``), matches at tier ``q``?  Dropping a word is already a guess; the
    rest must then be the place's own name ("North Dallas": Dallas) or another spelling of it ("west
    Basra": Basrah), unless the place is a country, a first-level region, a curated feature or a
    metropolis, whose English name the gazetteer often holds as an alternate ("Northern Bavaria":
    Bayern).  A town or county read by another of its names (an old, foreign or local form) is a
    second guess: "Northern Rock", a bank, is no Rock County (alternately "Rock"), "Northern Neck" no
    Portland (once "The Neck").  Nor is a capitalised adjective of direction ("Northern", "Western")
    before a town's name a part of that town unless the town is a metropolis whose quarters the news
    names so ("Western Cairo"): for a town, news writes that part in lower case ("northern Baghdad")
    or with the bare compass word ("North Dallas", "East London"); "Northern X" written whole is a
    firm, a body or a region (Northern Rock, Western Union, Southern Command)."""
    if e.kind in (COUNTRY, ADMIN1, FEATURE):
        return True
    metropolis = e.kind == CITY and (e.weight or e.population) >= _PART_BIG_CITY
    if _DIRECTION_ADJECTIVE.match(name) and not metropolis:
        return False
    return q in (Q_NAME, Q_PARTICLE) or metropolis or translit_key(rest) == translit_key(e.name)


def _local_head(name: str) -> bool:
    """Does ``name`` call itself a local place (``_LOCAL_HEADS``, ``_LOCAL_FIRST``: "Brecon Road",
    "Abu Shok camp", "Camp Bucca", "Radnorshire")?"""
    words = [w.strip(".,'’").lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if len(words) == 1:
        return _SHIRE.fullmatch(words[0]) is not None
    return words[-1] in _LOCAL_HEADS or words[0] in _LOCAL_FIRST or _SHIRE.fullmatch(words[-1]) is not None


# a rise of ground takes the name of the town it overlooks ("Safwan Hill"); a street, square or
# airport is as often named after a distant town or a person ("Madison Avenue", "Kennedy Airport")
_TOWN_FEATURE_HEADS = frozenset(("hill", "hills", "heights", "ridge"))
# a saint's name ("St. Michael", "Saint Mary"): what it owns ("St. Michael's Hospital") is named
# after the saint, not after one of the many towns named so
_SAINT = re.compile(r"(?:St|Ste|Saint|Sainte)\.?\s+[A-Z]")
_NAMED_AFTER_KM = 100.0  # see Geocoder._named_after_far_town
_TOWN_CONTAINER_KM = 50.0  # see resolve(): a town written in a container town this far away is a namesake
# what a name must call itself besides a town's name to be a venue or body in that town
# ("Aldeburgh Festival", "Mexico City schools"; not "Paris Hilton")
_VENUE_HEADS = frozenset(
    (
        "festival",
        "school",
        "schools",
        "hall",
        "theatre",
        "theater",
        "auditorium",
        "stadium",
        "arena",
        "museum",
        "hospital",
        "cathedral",
        "church",
        "airport",
        "station",
        "hotel",
        "prison",
        "zoo",
        "university",
        "college",
        "library",
        "court",
        "council",
        "officials",
        "police",
        "centre",
        "center",
    )
)


def _state_windows(text: str) -> list[tuple[str, str]]:
    """Lower-cased text before and after each "state"/"province" in ``text`` (for :func:`_state_cue`)."""
    return [
        (text[max(0, m.start() - 60) : m.start()].rstrip().lower(), text[m.end() : m.end() + 64].lower())
        for m in _STATE_WORD.finditer(text)
    ]


def _state_cue(name: str, windows: list[tuple[str, str]]) -> bool:
    """Does the text name ``name`` as a state or province ("Lagos state", "the state of Lagos")?"""
    low = name.lower()
    for before, after in windows:
        if before.endswith(low) and (len(before) == len(low) or not before[-len(low) - 1].isalnum()):
            return True
        if after.startswith(" of " + low):
            rest = after[4 + len(low) :]
            if not rest or not rest[0].isalnum():
                return True
    return False


_UPSTATE = re.compile(r"(?:up|down)state\s+(?=[A-Z])", re.I)


def _said_state(name: str, said: str) -> bool:
    """Do most of the sentences ``name`` is read in (one a line) call it a state ("the New York state
    comptroller", "upstate New York")?  Then the name is the region, though a metropolis shares it."""
    lines = [x for x in said.split("\n") if x]
    if not lines:
        return False
    up = re.compile(rf"\b(?:up|down)state\s+{re.escape(name)}\b", re.I)
    cued = sum(1 for x in lines if up.search(x) or _state_cue(name, _state_windows(x)))
    return 2 * cued >= len(lines)


# the offices and bodies of a state written with its name: "New York Gov. X", "the New York attorney
# general", "the senator from New York", "Rep. X of Washington", "a Republican from Georgia"; and the
# state called so ("New York state", "the state of Campeche", "upstate New York").  A city has a
# mayor and a council, not these; so a city named like a state of its country ("New York",
# "Washington") written so is the state in that mention.  Words a national capital shares ("lawmakers
# in Washington", "BP's Washington representative", "a Senate hearing in Washington") are left out:
# they name the federal government sitting in the city.
_STATE_OFFICE_AFTER = (
    r"(?i:\s+(?:state|province)(?![\w-])|(?:\s+state)?(?:\s+(?:democratic|republican))?\s+(?:lieutenant\s+governor|governor|gov\.|senator|sen\."
    r"|rep\.|attorney[\s-]+general|legislature|state\s+(?:senate|assembly)|comptroller|assembly(?:man|woman)"
    r"|congress(?:man|woman)))(?![\w-])"
)
_STATE_OFFICE_BEFORE = (
    r"(?:(?i:\b(?:governor|senator|attorney[\s-]+general|congress(?:man|woman)|representative|republican|democrat"
    r"|lawmakers?|legislators?)\s+(?:of|from)\s+)"
    # a title before a person's name, the name as written: "Sen. Bill Nelson of Florida"
    r"|(?i:\b(?:gov|sen|rep)\.\s+)(?:[A-Z][\w.'-]*\s+){1,3}(?:of|from)\s+"
    # "the state of X", "the Mexican state of X", not "the sorry state of X" (its condition)
    r"|(?i:\b(?:up|down)state\s+)|(?:\b[Tt]he\s+(?:[A-Z][\w.]*\s+)?|[A-Z][\w.]*['’]s\s+)(?:state|province)\s+of\s+)"
)


_LOCAL_KM = 100.0  # a town of the story this near a place, written in its sentences, is local support
# what a town is called when news writes it with the region or country holding it ("the Louisiana town
# of Hammond"; see Geocoder._settlement_of)
_SETTLEMENT_WORDS = r"(?:town|city|village|port|suburb|hamlet|resort|capital)"


def _local_town_said(
    c: Candidate,
    key: str,
    places: Iterable[tuple[str, Candidate | None]],
    surface: dict[str, str],
    own: str,
    same_country: bool = False,
) -> bool:
    """Whether the sentences ``own`` of the name ``key`` write a town or county of the story (``places``: name
    -> reading) other than ``c`` within ``_LOCAL_KM`` of ``c`` ("from Blackwood, in Caerphilly county";
    ``same_country``: on its side of a border only)."""
    return any(
        k != key
        and o is not None
        and o.entry != c.entry
        and o.kind in (CITY, ADMIN2)
        and (not same_country or o.country == c.country)
        and haversine_km(o.lat, o.lon, c.lat, c.lon) < _LOCAL_KM
        and _written_whole(surface.get(k, k), own)
        for k, o in places
    )


def _written_whole(name: str, text: str) -> bool:
    """Is ``name`` written in ``text`` as whole words (no letter, digit or hyphen either side)?
    The plain substring test first: most names are in few of the sentences asked about, and a
    pattern compiled per name and sentence is what made the joint resolution slow."""
    return name in text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


@lru_cache(maxsize=512)
def _state_mention_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two patterns of :func:`_mention_says_state` for one name, compiled once: they are long,
    asked of every mention of a city, and too many per story for ``re``'s own cache."""
    n = re.escape(name)
    return re.compile(rf"(?<![\w-]){n}(?:'s)?{_STATE_OFFICE_AFTER}"), re.compile(rf"{_STATE_OFFICE_BEFORE}{n}(?![\w-])")


def _mention_says_state(name: str, sentence: str) -> bool:
    """Does ``sentence`` write ``name`` as a state ("the New York attorney general", "the senator from
    New York", "New York state", "upstate New York")?  See :data:`_STATE_OFFICE_AFTER`."""
    if name not in sentence:  # (both patterns write the name as it is, case and all)
        return False
    after, before = _state_mention_patterns(name)
    return after.search(sentence) is not None or before.search(sentence) is not None


def _homonym_city(c: Candidate, r: Candidate) -> bool:
    """Is ``c`` the metropolis that shares the name of its region ``r`` (its own name is the region's
    plus a word: "New York City" for New York, "Santa Cruz de la Sierra" for Santa Cruz)?  Written
    bare, news means the metropolis; a smaller city ("Oklahoma City") leaves the name to its state."""
    return c.weight >= _PART_BIG_CITY and norm_key(c.name).startswith(norm_key(r.name) + " ")


class _Among:
    """Which names are written together, indexed once per story (see :func:`_written_among`): the
    names of each sentence, the names of each article, and each name's mentions.  Asking about one
    name then costs its own mentions' sentences, not a pass over the whole story: resolve() asks
    about names one at a time while it changes the readings of others."""

    def __init__(self, keys: Sequence[str], sentences: Sequence[str], sources: Sequence[str]) -> None:
        self.sentences = sentences
        self.sources = sources
        self.in_sentence: dict[str, set[str]] = {}
        self.in_article: dict[str, Counter[str]] = {}
        self.at: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            self.at.setdefault(k, []).append(i)
            if i < len(sentences) and sentences[i]:
                self.in_sentence.setdefault(sentences[i], set()).add(k)
            if i < len(sources) and sources[i]:
                self.in_article.setdefault(sources[i], Counter())[k] += 1

    def of(self, k: str, choice: dict[str, Candidate | None], drop: int | None = None) -> tuple[Counter[str], bool]:
        """The countries written with name ``k`` (see :func:`_written_among`), the places read as
        gazetteer entry ``drop`` counting as unplaced (the reading asked about, held apart)."""
        sentences, sources = self.sentences, self.sources

        def country(o: str) -> str:
            c = choice.get(o)
            held_apart = drop is not None and c is not None and c.entry == drop
            return c.country or "" if c is not None and c.kind != FEATURE and not held_apart else ""

        votes: Counter[str] = Counter()
        arts: set[str] = set()
        for i in self.at.get(k, ()):
            if i < len(sentences) and sentences[i]:
                votes.update(cc for o in self.in_sentence[sentences[i]] if o != k and (cc := country(o)))
            if i < len(sources) and sources[i]:
                arts.add(sources[i])
        if votes:
            return votes, True
        for a in arts:
            for o, n in self.in_article[a].items():
                if o != k and (cc := country(o)):
                    votes[cc] += n
        return votes, False


def _written_among(
    keys: Sequence[str],
    sentences: Sequence[str],
    sources: Sequence[str],
    choice: dict[str, Candidate | None],
) -> dict[str, tuple[Counter[str], bool]]:
    """The countries of the resolved places written with each name (``keys``, one per mention,
    parallel to ``sentences`` and ``sources``): for every unplaced name key, the
    countries of the other names read in the same sentences (one vote per such name and
    sentence); for a name whose sentences name no other place, those of its articles' mentions
    (one vote per mention), with False for "not from its sentences".  Empty when the sentences
    and articles are unknown (names read with no text)."""
    among = _Among(keys, sentences, sources)
    # (only names the gazetteer leaves unplaced are asked about)
    return {k: among.of(k, choice) for k in among.at if choice.get(k) is None}


_FOCUS_AREA_KM = 100.0  # see _written_in_focus_area: a place this near the focus town is in its area


def _in_focus_area(c: Candidate, fc: Candidate) -> bool | None:
    """Is reading ``c`` in the area of the story's focus ``fc`` (True), elsewhere (False), or no
    evidence either way (None: a feature, or a country, which a wide story names in every other
    sentence: "Iraq" beside "the Gare du Nord")?  In the area: the focus, a place within
    ``_FOCUS_AREA_KM`` of a focus town, the first-level region holding it; for a region or country
    focus, any place inside it."""
    if c.kind == FEATURE or not c.country:
        return None
    if c.kind == COUNTRY:
        return True if fc.kind == COUNTRY and c.country == fc.country else None
    if c.country != fc.country:
        return False
    if fc.kind == COUNTRY:
        return True
    if c.kind == ADMIN1 or fc.kind == ADMIN1:
        return bool(c.admin1) and c.admin1 == fc.admin1
    return haversine_km(c.lat, c.lon, fc.lat, fc.lon) <= _FOCUS_AREA_KM


def _written_in_focus_area(k: str, index: _Among, choice: dict[str, Candidate | None], fc: Candidate) -> bool | None:
    """Is name ``k`` written where the story's focus ``fc`` is?  Its sentences name a place in
    the focus's area (see :func:`_in_focus_area`: "al-Uruba Square in Kadhimiya, a Shia area of
    Baghdad"): yes; they name places below the country elsewhere only ("at Arlington National
    Cemetery ... in Virginia"): no; they name none ("clashes in Al Meshleb"): its articles' places
    decide, the focus's area holding at least as many mentions as elsewhere (a report from Raqqa
    names Raqqa; a column on London's bombings names London).  None when its sentences and
    articles are unknown (names read with no text)."""
    near = far = 0
    arts: set[str] = set()
    known = False
    for i in index.at.get(k, ()):
        if i < len(index.sentences) and index.sentences[i]:
            known = True
            for o in index.in_sentence[index.sentences[i]]:
                c = choice.get(o)
                area = None if o == k or c is None else _in_focus_area(c, fc)
                near += area is True
                far += area is False
        if i < len(index.sources) and index.sources[i]:
            arts.add(index.sources[i])
    if near:
        return True
    if far:
        return False
    if not arts:
        return False if known else None
    for a in arts:
        for o, n in index.in_article[a].items():
            c = choice.get(o)
            area = None if o == k or c is None else _in_focus_area(c, fc)
            near += n if area is True else 0
            far += n if area is False else 0
    return near > 0 and near >= far


def _written_elsewhere(among: tuple[Counter[str], bool] | None, focus_cc: str | None) -> bool:
    """Do the places written with a name (see :func:`_written_among`) lie elsewhere than the
    focus's country?  From its sentences: at least two in one other country, outnumbering the
    focus's (one town abroad is read by :meth:`Geocoder._town_elsewhere`; one country alone is no
    evidence: "clashes in X, with air strikes by the US-led coalition").  From its articles,
    weaker evidence (a long article moves between countries: a soldier's death at a base in Iraq
    in a column of British news): fewer than half of all their places lie in the focus's country.
    Only then is the article about the focus; a name in an aside about elsewhere ("a concert at
    the Royal Albert Hall", "the salmon season on the River Tay") says nothing of where it is."""
    if not among or not among[0] or not focus_cc:
        return False
    votes, in_sentences = among
    mine = votes.get(focus_cc, 0)
    cc, n = votes.most_common(1)[0]
    if in_sentences:
        return cc != focus_cc and n >= 2 and n > mine
    return 2 * mine < votes.total()


def _damaged_forms(names: Iterable[str]) -> dict[str, str]:
    """The words of ``names`` that hold a letter outside ASCII, as a page whose encoding lost that
    letter writes them ("Guantnamo" or "Guant namo" for "Guantánamo"), each mapped to the word."""
    out: dict[str, str] = {}
    for name in names:
        for word in name.split():
            if len(word) < 4 or word.isascii():
                continue
            for i, ch in enumerate(word):
                if ch.isascii() or not ch.isalpha() or i == 0:
                    continue
                for lost in (word[:i] + word[i + 1 :], word[:i] + " " + word[i + 1 :]):
                    if len(lost.replace(" ", "")) >= 4:
                        out.setdefault(lost, word)
    return out


def _repaired(name: str, damaged: dict[str, str]) -> str | None:
    """``name`` with a word of :func:`_damaged_forms` written whole again, or None when it has none."""
    for lost in sorted(damaged, key=len, reverse=True):
        if lost not in name:
            continue  # (no regex for a form the name cannot hold)
        fixed = re.sub(rf"(?<![\w-]){re.escape(lost)}(?![\w-])", damaged[lost], name)
        if fixed != name:
            return fixed
    return None


def _slips(a: str, b: str, limit: int) -> int:
    """The typing slips (a letter dropped, added, changed, or two neighbours swapped) that turn
    ``a`` into ``b``, counted up to ``limit + 1`` (optimal string alignment distance)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return min(prev[-1], limit + 1)


# a country's name misspelt in the copy is read as that country only when long enough that one or
# two slips leave it unmistakable: a shorter name one letter off is as often another word, a local
# place the gazetteer lacks ("Greenlane", a suburb of Auckland) or a person's name ("Germain")
_MISSPELT_MIN = 10  # letters; one slip below _MISSPELT_TWO letters, two from there on
_MISSPELT_TWO = 12


def _misspelt_country(name: str, countries: Iterable[Entry]) -> Entry | None:
    """The one country whose name ``name`` is with a typing slip or two ("Domican Republic" for the
    Dominican Republic): as many words, each capitalised (but "and", "of", "the"), the same first
    letter, at least ``_MISSPELT_MIN`` letters, within one slip (two from ``_MISSPELT_TWO``
    letters).  None when no country or more than one is that close.  For a name the gazetteer knows
    in no form: placed near the story's focus instead, a misspelt country would be a false place."""
    words = name.split()
    if not words or any(not w[:1].isupper() for w in words if w not in ("and", "of", "the")):
        return None
    key = norm_key(name)
    letters = len(key.replace(" ", ""))
    if letters < _MISSPELT_MIN or not key:
        return None
    limit = 1 if letters < _MISSPELT_TWO else 2
    keys = [(e, norm_key(e.name)) for e in countries]
    # (the words of a country's longer name are that name cut, not a misspelling of another country)
    if any(f" {key} " in f" {ek} " for _, ek in keys):
        return None
    close = [
        e
        for e, ek in keys
        if ek
        and ek[0] == key[0]
        and len(ek.split()) == len(key.split())
        and _slips(key, ek, limit) <= limit
        # (a short word takes one slip at most: "Caicos" is not "Cocos", two slips off)
        and all(_slips(w, x, 1) <= 1 for w, x in zip(key.split(), ek.split(), strict=True) if min(len(w), len(x)) < 7)
    ]
    return close[0] if len(close) == 1 else None


def _log_pop(p: int) -> float:
    return math.log10(p + 10)


class Geocoder:
    """Resolves toponyms to places, jointly per story.  See the module docstring."""

    name = "places"
    # when a list, resolve() appends (name key, reading, context features) for every reading it
    # scores (scripts/fit_place_weights.py); None (the default) records nothing
    _trace: list[tuple[str, Candidate, _Features]] | None = None

    def __init__(self, vicinity: bool = True, focus_min: str = "country") -> None:
        """``vicinity``: place names the gazetteer lacks near the story's focus (precision
        "vicinity") instead of leaving them unresolved; ``focus_min``: the coarsest precision
        a focus may have (town, district, region or country)."""
        if focus_min not in _FOCUS_RANK:
            raise ValueError(f"focus_min must be one of {', '.join(_FOCUS_RANK)}, not {focus_min!r}")
        self.vicinity = vicinity
        self.focus_min = focus_min
        self._gaz: Gazetteer | None = None

    @staticmethod
    def region_of(place: Place | dict[str, Any]) -> tuple[str, str] | None:
        """``(country code, GeoNames admin1 code)`` of a town, district or region (a Place, or a
        brief's place dict); None for countries, features, vicinity answers and unknown places."""
        fields = place.model_dump(include={"precision", "country", "admin1"}) if isinstance(place, Place) else place
        precision, country, admin1 = fields.get("precision"), fields.get("country"), fields.get("admin1")
        if precision == "vicinity" or not country or not admin1:
            return None
        return (country, admin1)

    def warm_up(self) -> None:
        global _GAZETTEER
        if _GAZETTEER is None:
            _GAZETTEER = Gazetteer.load()
        self._gaz = _GAZETTEER

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self.warm_up()
        assert self._gaz is not None
        return self._gaz

    # ------------------------------------------------------------------ candidates
    def split_qualifiers(self, name: str) -> tuple[str, list[str]]:
        """("Stroud", ["Ontario", "Canada"]) for "Stroud, Ontario, Canada"; a name known whole with
        its comma ("Washington, D.C.") is not split."""
        pieces = [p for p in _SPLIT.split(name.strip()) if p]
        if len(pieces) > 1 and any(q in (Q_NAME, Q_ALT) for _, q in self.gazetteer.lookup(name)):
            pieces = [name.strip()]
        if len(pieces) == 1:
            glued = self._glued_country(pieces[0])
            if glued is not None:
                return glued[0], [glued[1]]
        return (pieces[0] if pieces else name), pieces[1:]

    def _joined_whole(self, name: str, sentence: str) -> str:
        """The whole name ``sentence`` writes ``name`` as, when the recogniser cut it at a
        lower-case joining word (``_NAME_JOINS``) and the gazetteer knows the whole by a place's own
        name: "Sao Caetano" in "the plant at Sao Caetano do Sul" is Sao Caetano do Sul (not another
        town whose name is "Sao Caetano"), "Kingston" in "Kingston upon Thames" is no Kingston,
        Jamaica.  The text writes the whole name, so reading it is no guess; ``name`` otherwise, and
        when the sentence also writes the name bare ("Kingston, not Kingston upon Thames"): which
        one the mention is, the sentence does not say."""
        # (found by str.find, not a pattern per name: names are asked once per mention)
        wholes: set[str] = set()
        at = sentence.find(name) if name else -1
        while at >= 0:
            before, after = sentence[at - 1 : at], sentence[at + len(name) : at + len(name) + 1]
            tail = _JOINED_TAIL.match(sentence, at + len(name))
            at = sentence.find(name, at + 1)
            if (before and (before.isalnum() or before in "-_")) or (after and (after.isalnum() or after in "-_")):
                continue  # a part of another word
            words = tail.group(0).split() if tail else []
            whole = name
            # the longest whole name first: "Santa Cruz de la Sierra" before "Santa Cruz de la"
            for k in range(len(words), 1, -1):
                longer = name + " " + " ".join(words[:k])
                if words[k - 1][:1].isupper() and any(q == Q_NAME for _, q in self.gazetteer.lookup(longer)):
                    whole = longer
                    break
            wholes.add(whole)
        return wholes.pop() if len(wholes) == 1 else name

    def _glued_country(self, name: str) -> tuple[str, str] | None:
        """("Cancun", "Mexico") for "Cancun Mexico": a town written right before its country
        without a comma, when the gazetteer lacks the whole name, knows the last one or two
        words as a country by its own name, and the rest as a town or region of that country by
        its own name (not a compass word: "Western United States"); None otherwise."""
        words = name.split()
        if len(words) < 2 or any(q in (Q_NAME, Q_ALT) for _, q in self.gazetteer.lookup(name)):
            return None
        for n in (1, 2):
            if len(words) <= n:
                break
            head, tail = " ".join(words[:-n]), " ".join(words[-n:])
            if not tail[:1].isupper() or not head[:1].isupper():
                continue
            if _PREFIX.match(head + " ") or _COMPASS.fullmatch(head):
                continue  # "Western United States", "the Gulf States": a part of it, not a town
            ccs = {e.cc for e, q in self.gazetteer.lookup(tail) if e.kind == COUNTRY and q == Q_NAME}
            if ccs and any(
                e.cc in ccs and e.kind in (CITY, ADMIN1, ADMIN2) and q == Q_NAME for e, q in self.gazetteer.lookup(head)
            ):
                return head, tail
        return None

    def _prior(self, e: Entry, q: int) -> float:
        return _dot(self._prior_features(e, q))

    @staticmethod
    def _prior_features(e: Entry, q: int) -> _Features:
        """The context-free features of reading ``e`` matched at tier ``q`` (see ``_WEIGHTS``)."""
        pop = e.weight or e.population
        if e.kind == FEATURE and pop == 0:
            pop = _FEATURE_POP
        f: _Features = [("log_pop", _log_pop(pop))]
        if e.kind in _KIND_FEATURE:
            f.append((_KIND_FEATURE[e.kind], 1.0))
        if q in _MATCH_FEATURE:
            f.append((_MATCH_FEATURE[q], 1.0))
        if e.fcode == "PPLC":
            f.append(("capital", 1.0))
        if e.kind == ADMIN1 and q == Q_ALT:
            f.append(("admin1_alternate", 1.0))
        if e.kind == ADMIN2 and e.cc == "US" and not e.code and q == Q_NAME:
            f.append(("us_county", 1.0))
        elif e.kind == ADMIN2 and e.cc != "US" and not e.code:
            # outside the US a district's population is the sum of the towns joined to it and often
            # holds a big city of another name (Perth in WA's "Cambridge" district): weak evidence
            f.append(("district_abroad", 1.0))
        return f

    def candidates(self, name: str, city_first: bool = True, metropolis: bool = False) -> list[Candidate]:
        """Every reading of ``name`` in the gazetteer, best prior first (at most 60).

        ``city_first``: a first-level region named like a city that holds a fifth or more of its
        people ("Lagos", "Rio de Janeiro", "Mecca") is read as the city, as news usually means,
        unless the city matches only through an alternate name and the region through its own
        ("New York" is the state's name; the city's is "New York City"); pass False when the text
        says "Lagos state" or "the state of Lagos".  ``metropolis``: a metropolis named like its
        region plus a word (:func:`_homonym_city`: "New York City") is read first all the same
        (resolve() asks so when the sentences of the name are known and do not call it a state)."""
        g = self.gazetteer
        hits = g.lookup(name)
        if self._loose(hits) and _POSSESSIVE_END.search(name):  # "Alexandria's": Alexandria
            hits = g.lookup(_POSSESSIVE_END.sub("", name)) or hits
        if self._loose(hits):  # none, or only loose: "North Dallas" is Dallas, not Dallesport
            stripped = _PREFIX.sub("", name.strip())
            if stripped != name.strip():
                part = [(e, max(q, Q_ALT)) for e, q in g.lookup(stripped) if _part_reading(name, stripped, e, q)]
                hits = part or hits
        best: dict[int, tuple[Entry, int]] = {}
        for e, q in hits:
            if e.idx not in best or q < best[e.idx][1]:
                best[e.idx] = (e, q)
        out = [
            Candidate(
                name=e.name,
                lat=e.lat,
                lon=e.lon,
                country=e.cc or None,
                precision=e.precision,
                kind=e.kind,
                admin1=e.admin1,
                admin2=e.admin2,
                geonameid=e.geonameid,
                population=e.population,
                match=_MATCH[q],
                prior=self._prior(e, q),
                entry=e.idx,
                fcode=e.fcode,
                weight=e.weight or e.population,
            )
            for e, q in best.values()
        ]
        # "Washington": a national capital outranks the same-named region (not the same-named country)
        regions = {c.country: c.prior for c in out if c.kind == ADMIN1 and c.match in _STRONG}
        if regions and not any(c.kind == COUNTRY for c in out):
            out = [
                replace(c, prior=max(c.prior, regions[c.country] + 0.2))
                if c.kind == CITY and c.country in regions and c.match in _STRONG and c.fcode == "PPLC"
                else c
                for c in out
            ]
        # "Whitehall": a town's own name beats another town of the same country that merely lists
        # it among its alternate (often historical) names (Atlanta was once "Whitehall")
        named = {c.country for c in out if c.kind == CITY and c.match == "name"}
        if named:
            out = [
                replace(c, prior=c.prior - _SHADOWED_ALT)
                if c.kind == CITY and c.match == "alternate" and c.country in named
                else c
                for c in out
            ]
        # a city of half a million or more called so by its own name is what English prose means
        # by the name, whatever the story's countries: a town abroad that lists it among its other
        # (often historical or foreign-language) names is not read by it ("Philadelphia" is not
        # Amman, once Philadelphia; "Cancun" is not Changchun)
        if any(c.kind == CITY and c.match == "name" and c.population >= _OWN_NAME_POP for c in out):
            out = [c for c in out if not (c.kind == CITY and c.match != "name" and c.country not in named)]
        # "Atlantic": a curated sea, river or region called so by its own name is not a county or a
        # town that the gazetteer lists under it only as an alternate name (Atlantic County, NJ)
        if any(c.kind == FEATURE and c.match == "name" for c in out):
            out = [c for c in out if not (c.kind in (CITY, ADMIN2) and c.match != "name")]
        if city_first:
            out = self._city_first(out, metropolis)
        out.sort(key=lambda c: -c.prior)
        return out[:MAX_CANDIDATES]

    @staticmethod
    def _loose(hits: list[tuple[Entry, int]]) -> bool:
        return all(q == Q_TRANSLIT for _, q in hits)

    @staticmethod
    def _city_first(out: list[Candidate], metropolis: bool = False) -> list[Candidate]:
        regions = [r for r in out if r.kind == ADMIN1 and r.match in _STRONG and r.admin1 and r.weight]
        if not regions:
            return out
        homonym = metropolis and not any(c.kind == COUNTRY for c in out)
        boosted: list[Candidate] = []
        for c in out:
            if c.kind == CITY and c.match in _STRONG:
                for r in regions:
                    if (
                        (c.country, c.admin1) == (r.country, r.admin1)
                        and c.population >= _CITY_SHARE * r.weight
                        and (_STRONG.index(c.match) <= _STRONG.index(r.match) or (homonym and _homonym_city(c, r)))
                    ):
                        c = replace(c, prior=max(c.prior, r.prior + 0.2))
            boosted.append(c)
        return boosted

    def _sea_or_country(self, name: str) -> bool:
        """Is ``name`` best read as a country, sea or curated region (not a state: "the Atlantic
        province of Nova Scotia")?"""
        cl = self.candidates(name)
        return bool(cl) and cl[0].kind in (COUNTRY, FEATURE)

    # ------------------------------------------------------------------ joint resolution
    def _context_names(self, context: Sequence[str]) -> list[str]:
        names: list[str] = []
        for text in context:
            if len(text) <= 60 and "." not in text.rstrip("."):
                names.append(text)
            else:
                names.extend(m.group(0).strip(".") for m in _TEXT_NAME.finditer(text))
        return names

    def resolve(
        self,
        names: Sequence[str],
        context: Sequence[str] = (),
        home: Sequence[tuple[str, str]] = (),
        sentences: Sequence[str] = (),
        per_mention: bool = False,
        sources: Sequence[str] = (),
    ) -> list[Place | None]:
        """One Place (or None) per name, resolved jointly as one story.

        ``home``: the first-level regions ``(country code, GeoNames admin1 code)`` the story's
        outlets usually report from (:class:`OutletHomes`): a local paper's "Dublin" is the
        nearby town, not Ireland's capital, unless the story says otherwise.
        ``sentences``: one per name (parallel to ``names``; "" when unknown), the sentence the
        mention was read in: what the story writes around each name ("in La Gloria in Veracruz",
        "the O2 arena in London"), as opposed to ``context``, the story's common text.
        ``per_mention``: each name is one mention, read in its own sentence where that sentence
        overrides the story's reading of the name: a city named like a state of its country ("New
        York", "Washington") written as the state ("the New York attorney general", "the senator
        from New York", "upstate New York") is the state there (:func:`_mention_says_state`).
        Without it (the default) every occurrence of a name gets the story's one reading.
        ``sources``: one per name (parallel to ``names``; "" when unknown), the article the mention
        is in: where a name the gazetteer lacks has no other place in its sentences, the places of
        its article say which country it is in (see :meth:`_vicinity`)."""
        if not names:
            return []
        if len(sentences) == len(names):
            names = [self._joined_whole(n, sent) for n, sent in zip(names, sentences, strict=True)]
        # the sentences each name is written in, joined (one per line)
        said: dict[str, str] = {}
        if len(sentences) == len(names):
            by_key: dict[str, dict[str, None]] = {}
            for n, sent in zip(names, sentences, strict=True):
                if sent:
                    by_key.setdefault(norm_key(self.split_qualifiers(n)[0]), {})[sent] = None
            said = {k: "\n".join(v) for k, v in by_key.items()}
        # "Springfield, Illinois" -> head "Springfield" with qualifier "Illinois"
        heads: list[str] = []
        qualifiers: list[list[str]] = []
        for n in names:
            head, quals = self.split_qualifiers(n)
            heads.append(head)
            qualifiers.append(quals)
        uniq = list(dict.fromkeys(norm_key(h) for h in heads))
        surface: dict[str, str] = {}
        for h in heads:
            surface.setdefault(norm_key(h), h)
        text = " ".join(context)  # joined once: a story's context can be all its articles
        windows = _state_windows(text)
        cands: dict[str, list[Candidate]] = {}
        stripped: set[str] = set()
        for k in uniq:
            upstate = _UPSTATE.match(surface[k])  # "upstate New York": the state, whatever the city's fame
            if (
                upstate
                or (windows and _state_cue(surface[k], windows))
                or (_said_state(surface[k], said.get(k, "")) and not self._sea_or_country(surface[k]))
            ):
                # "Lagos state", "Washington state": the region, not a town
                cl = self.candidates(surface[k][upstate.end() :] if upstate else surface[k], city_first=False)
                if any(c.kind == ADMIN1 and c.match in _STRONG for c in cl):
                    cl = [c for c in cl if c.kind == ADMIN1]
                cands[k] = cl
            else:
                # the sentences are known and do not call it a state: "New York" is the city
                cands[k] = self.candidates(surface[k], metropolis=bool(said.get(k)))
            if _PREFIX.match(surface[k]) and self._loose(self.gazetteer.lookup(surface[k])):
                stripped.add(k)  # read without its prefix: "West Midlands" -> Midlands, Zimbabwe
            if surface[k].lower().removeprefix("the ").strip() in _BODIES:
                cands[k] = []  # (qualified readings are restored below, with the qualifiers)
            if _ACRONYM.fullmatch(surface[k]):  # "OAS", "CHU", "ICU": an acronym, not Oas or Chũ
                cands[k] = [c for c in cands[k] if c.kind not in (CITY, ADMIN2) or c.weight >= _PART_BIG_CITY]
        # a name the page's encoding lost an accented letter of ("Guantnamo", "Guant namo Bay"),
        # which the story writes whole elsewhere, or names a place called so ("Guantanamo": the
        # gazetteer's Guantánamo), is read as written whole: as a name the gazetteer lacks it would
        # be placed near the story's focus
        damaged = _damaged_forms(
            [*surface.values(), *(cl[0].name for cl in cands.values() if cl and cl[0].match in _STRONG)]
        )
        for k in uniq:
            if cands[k] or not damaged:
                continue
            restored = _repaired(surface[k], damaged)
            if restored is not None:
                cl = self.candidates(restored)
                if cl and cl[0].match in _STRONG:
                    cands[k] = cl
        # a country's name misspelt in the copy ("Domican Republic", "Guatamala"), which the
        # gazetteer knows by no name of any place (at best by a loose spelling, which the story
        # would have to vouch for), is that country when no other country is as close: as a name
        # the gazetteer lacks it would be placed near the story's focus, a place the sources do not name
        for k in uniq:
            if any(c.match in _STRONG for c in cands[k]):
                continue
            meant = _misspelt_country(surface[k], self.gazetteer.country_entries())
            if meant is not None:
                cands[k] = [c for c in self.candidates(meant.name) if c.entry == meant.idx]
        self._listed_regions(cands, surface, text)
        county_lists = self._listed_counties(cands, surface, said)
        # a name the gazetteer lacks that contains a place ("Colorado State University"): that place
        parts: dict[str, str] = {}
        unsaid_parts: set[str] = set()  # names whose inner place their sentences do not support
        if self.vicinity:
            for k, cl in cands.items():
                if not cl:
                    found = self._part(surface[k])
                    if found is not None:
                        parts[k], cands[k] = found
        counts = Counter(norm_key(h) for h in heads)
        # an explicit qualifier ("Paris, Texas"; "Dublin, Ohio") restricts the head to places inside it
        for h, qs in zip(heads, qualifiers, strict=True):
            if not qs:
                continue
            key = norm_key(h)
            pool = cands[key] or (self.candidates(surface[key]) if h.lower().strip() in _BODIES else [])
            inside = [c for c in pool if any(self._inside(c, q) for q in qs)]
            if inside:
                cands[key] = inside
        # "the Louisiana town of Hammond", "the Iraqi city of Basra": its sentences write the town
        # as a settlement of a region or country (by its name or its people's): a reading inside it
        for key, cl in cands.items():
            if len(cl) > 1 and said.get(key):
                inside = self._settlement_of(surface[key], said[key], cl)
                if inside:
                    cands[key] = inside

        # -- evidence the story gives: named countries, first-level regions, districts
        ctx_names = [q for qs in qualifiers for q in qs] + self._context_names(context)
        ctx_cands = {norm_key(n): self.candidates(n) for n in ctx_names if norm_key(n) not in cands}
        countries: Counter[str] = Counter()  # weights may be fractional
        admin1s: Counter[tuple[str, str]] = Counter()
        admin2s: Counter[tuple[str, str, str]] = Counter()
        region_cc: Counter[tuple[str, str]] = Counter()  # the country votes each named region gives
        qualifier_keys = {norm_key(q) for qs in qualifiers for q in qs}
        # what each name's own readings add (a name is no evidence for itself: "Columbus" must not
        # vote for Honduras through its region Colón's alternate name and then win on that vote)
        own_countries: dict[str, Counter[str]] = {}
        own_admin1s: dict[str, Counter[tuple[str, str]]] = {}
        own_alt_admin1s: dict[str, Counter[tuple[str, str]]] = {}
        own_alt_countries: dict[str, Counter[str]] = {}
        for key, cl in [*cands.items(), *ctx_cands.items()]:
            if not cl or key in parts:  # a place found inside another name is no evidence for the rest
                continue
            weight = counts.get(key, 1) if key in cands else 1
            top = cl[0]
            strong = top.match in ("name", "alternate", "particle")
            for c in cl[:3]:
                if c.prior < top.prior - 1.5 or not strong:
                    continue
                if c.kind == COUNTRY and c.country:
                    countries[c.country] += 2 * weight
                elif c.kind == ADMIN1 and c.country:
                    admin1s[(c.country, c.admin1)] += weight
                    countries[c.country] += weight  # half-weight: counts are doubled
                    region_cc[(c.country, c.admin1)] += weight  # (that vote, by region: see _context_features)
                    if key in cands:
                        own_admin1s.setdefault(key, Counter())[(c.country, c.admin1)] += weight
                        own_countries.setdefault(key, Counter())[c.country] += weight
                        if c.match != "name":
                            own_alt_admin1s.setdefault(key, Counter())[(c.country, c.admin1)] += weight
                            own_alt_countries.setdefault(key, Counter())[c.country] += weight
                elif c.kind == ADMIN2 and c.country:
                    admin2s[(c.country, c.admin1, _district_key(c.admin2 or c.name))] += weight
        home_a1s: Counter[tuple[str, str]] = Counter(home)  # what a metropolis's namesake may rest on
        for cc, a1 in home:  # where the outlet usually reports from: as strong as naming the region once
            admin1s[(cc, a1)] += _HOME_WEIGHT
            countries[cc] += _HOME_WEIGHT
        for key in qualifier_keys:  # explicit qualifiers are strong evidence
            for c in ctx_cands.get(key, cands.get(key, []))[:3]:
                if c.kind == ADMIN1 and c.country:
                    admin1s[(c.country, c.admin1)] += 3
                elif c.kind == COUNTRY and c.country:
                    countries[c.country] += 6

        # -- containment: a town and the county it lies in are both named ("Huntsville" + "Walker County")
        county_of: dict[tuple[str, str, str], set[str]] = {}  # (cc, admin1, county key) -> names giving it
        town_in: dict[tuple[str, str, str], set[str]] = {}
        for key, cl in [*cands.items(), *ctx_cands.items()]:
            for c in cl:
                if not c.country or c.match not in _STRONG:
                    continue
                if c.kind == ADMIN2:
                    county_of.setdefault((c.country, c.admin1, _district_key(c.admin2 or c.name)), set()).add(key)
                elif c.kind == CITY and c.admin2:
                    town_in.setdefault((c.country, c.admin1, _district_key(c.admin2)), set()).add(key)
        contained: dict[tuple[str, int], bool] = {}
        for key, cl in cands.items():
            for c in cl:
                if not c.country:
                    continue
                if c.kind == CITY and c.admin2:
                    givers = county_of.get((c.country, c.admin1, _district_key(c.admin2)), set())
                elif c.kind == ADMIN2:
                    givers = town_in.get((c.country, c.admin1, _district_key(c.admin2 or c.name)), set())
                else:
                    continue
                if givers - {key}:
                    contained[(key, c.entry)] = True

        # -- the first-level regions named in a sentence with each name ("in Michigan on the coast of
        # Lake Erie ... in Monroe County"): a county or town reading inside one is the one meant
        co_regions = self._sentence_regions(cands, surface, text) if text else {}
        # -- the other names written in each name's sentences (one per sentence): "Cases in
        # Newcastle, Oxfordshire, Devon and Merseyside" says which Newcastle, whatever the story's
        # other countries (a British outlet's domestic paragraphs inside a world-wide story)
        co_names: dict[str, Counter[str]] = {}
        in_sentence: dict[str, set[str]] = {}  # each sentence -> the names written in it
        if len(sentences) == len(names):
            for h, sent in zip(heads, sentences, strict=True):
                if sent:
                    in_sentence.setdefault(sent, set()).add(norm_key(h))
            for ks in in_sentence.values():
                for k in ks:
                    co_names.setdefault(k, Counter()).update(o for o in ks if o != k)
        # -- iterate: score with context + proximity to the other names' current choices
        choice: dict[str, Candidate | None] = {k: (cl[0] if cl else None) for k, cl in cands.items()}
        c_held: dict[tuple[str, int], bool] = {}  # containment a dwarfed town's sentences do not write
        margin: dict[str, float] = {}  # how far each choice outscores the best reading elsewhere
        for _ in range(3):
            new_choice: dict[str, Candidate | None] = {}
            for key, cl in cands.items():
                if not cl:
                    new_choice[key] = None
                    continue
                others = [
                    c
                    for k, c in choice.items()
                    if k != key and c is not None and c.kind != COUNTRY and c.kind != FEATURE and k not in parts
                ]
                best_c: Candidate | None = None
                best_s = -1e9
                scored: list[tuple[float, Candidate]] = []
                ctx = _Others.of(others)
                towns: _Others | None = None  # the other places below region level, for a dwarfed namesake
                cs = countries - own_countries[key] if key in own_countries else countries
                # the best-known reading of the name: a town it dwarfs needs local evidence (below)
                big = max(
                    (x for x in cl if x.match in _STRONG and x.kind in (CITY, ADMIN1, COUNTRY)),
                    key=lambda x: x.weight,
                    default=None,
                )
                known = big.weight if big is not None else 0
                # the metropolis of the name, even where a region of its name outweighs it (Saint
                # Petersburg, a federal city within the region named after it)
                metro_c = max(
                    (x for x in cl if x.match == "name" and x.kind == CITY), key=lambda x: x.weight, default=None
                )
                metro_w = metro_c.weight if metro_c is not None and metro_c.weight >= _METROPOLIS else 0
                capital = next((x for x in cl if x.fcode == "PPLC" and x.match in _STRONG), None)
                a1s = admin1s - own_admin1s[key] if key in own_admin1s else admin1s
                town_a1s = admin1s - own_alt_admin1s[key] if key in own_alt_admin1s else admin1s
                town_cs = countries - own_alt_countries[key] if key in own_alt_countries else countries
                rcs = region_cc - own_admin1s[key] if key in own_admin1s else region_cc
                town_rcs = region_cc - own_alt_admin1s[key] if key in own_alt_admin1s else region_cc
                cc_votes: Counter[str] = Counter()  # the countries of the places in its sentences
                for k2, n2 in co_names.get(key, Counter()).items():
                    if (o := choice.get(k2)) is not None and o.country and k2 not in parts:
                        cc_votes[o.country] += n2
                for c in cl:
                    # a region reading gets no support from its own vote; a town inside the region
                    # of the same name does ("New York": the state's reading supports the city), but
                    # not through a region the name only calls by an alternate name ("Alexandria" for
                    # Egypt's Al Iskandariyah must not vote for the Egyptian city in a Louisiana story)
                    own = c.kind == ADMIN1
                    metro = bool(metro_w) and max(c.weight, 1) * _METRO_RATIO < metro_w
                    # (a district whose population the gazetteer lacks, an ISO department, is not small)
                    dwarfed = (c.kind == CITY or (c.kind == ADMIN2 and c.weight > 0)) and (
                        max(c.weight, 1) * _DWARF_RATIO < known or metro
                    )
                    if dwarfed:
                        if towns is None:
                            towns = _Others.of([o for o in others if o.kind != ADMIN1])
                        # the story naming the town's region tells nothing when a region of the
                        # town's own country dwarfs it ("Wales" the nation vs Wales, England, in a
                        # story naming England) or the town is a thousand times smaller (_DWARF_FAR)
                        own_region = big is not None and big.kind == ADMIN1 and big.country == c.country
                        region_blind = own_region or (max(c.weight, 1) * _DWARF_FAR < known)
                        # a metropolis's namesake: only the outlet's home region speaks for it
                        support = Counter() if region_blind else home_a1s if metro else admin1s
                        # in a story spread over many regions (of any country) a nearby place or a
                        # named region is no support: "Houston" is not a Scottish village because
                        # the story also names Scotland and Glasgow
                        near_towns = _Others.of([]) if len(ctx.admin1s) > _BREADTH else towns
                        # a town named like a region of its own country ("Wales", a village in
                        # Yorkshire) has a neighbour in almost any story about that country: only its
                        # county written with it speaks for it
                        if own_region:
                            near_towns = _Others.of([])
                        support = home_a1s if len(ctx.admin1s) > _BREADTH else support
                        # a town dwarfed by a first-level region of its name in its own country needs
                        # its county written with it, not merely somewhere in the story ("Wales", the nation,
                        # named a hundred times is not a Yorkshire village because one article
                        # names Rotherham)
                        county_said = contained.get((key, c.entry), False)
                        if county_said and said.get(key) and own_region:
                            county_said = any(
                                surface.get(g, g) in said[key]
                                for g in county_of.get((c.country or "", c.admin1, _district_key(c.admin2)), ())
                                if g != key
                            )
                            c_held[(key, c.entry)] = county_said
                        dwarfed = not self._local_support(c, support, near_towns, county_said)
                        # a namesake abroad of a national capital whose country the story names
                        # ("Washington" in a story about the US's aid, West Sussex named in a list
                        # of counties): only the outlet's home region speaks for it
                        if (
                            capital is not None
                            and capital.country != c.country
                            and cs.get(capital.country or "")
                            and max(c.weight, 1) * _DWARF_RATIO < capital.weight
                        ):
                            dwarfed = (c.country or "", c.admin1) not in home_a1s
                    feats = self._context_features(
                        c,
                        cs if own else town_cs,
                        a1s if own else town_a1s,
                        admin2s,
                        ctx,
                        dwarfed,
                        c_held.get((key, c.entry), contained.get((key, c.entry), False)),
                        # a state named like its country's capital ("Washington")
                        capital is not None
                        and c.kind == ADMIN1
                        and capital.country == c.country
                        and capital.admin1 != c.admin1,
                        rcs if own else town_rcs,
                    )
                    if (
                        c.kind in (CITY, ADMIN2)
                        and c.match == "name"
                        and c.admin1
                        and any(
                            (r := choice.get(rk)) is not None
                            and r.kind == ADMIN1
                            and (r.country, r.admin1) == (c.country, c.admin1)
                            for rk in co_regions.get(key, ())
                        )
                    ):
                        feats.append(("region_sentence", 1.0))
                    # (a region, or a town of 20,000 or more not dwarfed by a namesake: "the
                    # British forces in Dunkirk" quoted in a Louisiana paragraph is not Dunkirk,
                    # New York, nor "the Pacific and Atlantic coasts of the US" a Missouri town)
                    if (
                        c.country
                        and cc_votes.total() >= 2
                        and (c.kind == ADMIN1 or (c.kind in (CITY, ADMIN2) and c.weight >= _STRAY_POP and not dwarfed))
                    ):
                        feats.append(("sentence_country", cc_votes[c.country] / cc_votes.total()))
                    s = _dot(feats, c.prior)
                    if self._trace is not None:
                        self._trace.append((key, c, feats))

                    scored.append((s, c))
                    if s > best_s:
                        best_c, best_s = c, s
                new_choice[key] = best_c
                if best_c is not None:
                    margin[key] = best_s - max(
                        (
                            x
                            for x, o in scored
                            if o.kind in (CITY, ADMIN2)
                            and o.match in _STRONG
                            and _MATCH_RANK[o.match] <= _MATCH_RANK[best_c.match]
                            and max(o.weight, 1) * _AMBIGUOUS_RATIO >= best_c.weight
                            and haversine_km(o.lat, o.lon, best_c.lat, best_c.lon) > _AMBIGUOUS_KM
                        ),
                        default=-1e9,
                    )
            if new_choice == choice:
                break
            choice = new_choice
        # in a story spread over more than five first-level regions of its country, a town or
        # district the story's evidence barely prefers to a town or district of its name elsewhere,
        # of comparable size ("Venice", Florida, by a hair over Venice, California, in a story spread
        # along the Gulf coast that means a third Venice the gazetteer lacks) is not shown: the
        # sources do not say which.
        # a name read through an alternate name of a place that another name of the story calls by
        # its own name ("Cancun" read as Changchun, a spelling of it, in a story that also names
        # Changchun, with no other town of the story near it) means a distant town abroad called so
        # by its own name, unless that one is a hundred times smaller (two names for one place:
        # "Bombay" and "Mumbai"; "Middletown" for a Middlestown among the story's other towns)
        by_own_name = {c.entry: k for k, c in choice.items() if c is not None and c.match == "name"}
        for key, ch in list(choice.items()):
            if ch is None or ch.match == "name" or by_own_name.get(ch.entry, key) == key:
                continue
            if set(key.split()) & set(by_own_name[ch.entry].split()):
                continue  # a short form of the other name ("Douglas" for "Douglas County")
            around = _Others.of(
                [o for k, o in choice.items() if o is not None and o.entry != ch.entry and o.kind in (CITY, ADMIN2)]
            )
            if around.n and around.nearest_km(ch.lat, ch.lon) <= _AMBIGUOUS_KM:
                continue  # the story's other places are there too: one place spelt two ways
            own_named = [
                c
                for c in cands[key]
                if c.match == "name"
                and c.kind == CITY
                and c.country != ch.country
                and c.weight * _DWARF_RATIO >= ch.weight
                and haversine_km(c.lat, c.lon, ch.lat, ch.lon) > _AMBIGUOUS_KM
            ]
            if own_named:
                choice[key] = max(own_named, key=lambda c: c.prior)

        def locally_supported(key: str, ch: Candidate, among: dict[str, Candidate | None]) -> bool:
            """Whether the story gives the reading ``ch`` of ``key`` local evidence (:meth:`_local_support`):
            its first-level region or county named by another name, or another town or county of ``among``
            (the readings chosen so far) near it."""
            rest = [
                o
                for k, o in among.items()
                if k != key and k not in parts and o is not None and o.kind in (CITY, ADMIN2)
            ]
            a1s = admin1s - own_admin1s[key] if key in own_admin1s else admin1s
            return self._local_support(ch, a1s, _Others.of(rest), contained.get((key, ch.entry), False))

        # a town smaller than a national capital of its name abroad ("Athens", Georgia, beside
        # Athens, Greece), named once, is that capital when the story gives the town no local
        # evidence (its first-level region or county named, another of its places within 100 km, the
        # outlet's home region): news means the capital by a bare name in passing, and the town's
        # country named (the United States, in almost any story) says nothing of which town.  A
        # town named again and again is what the story is about ("London" in a paper of London,
        # Ontario, writing its own town unqualified)
        for key, ch in list(choice.items()):
            if ch is None or ch.kind != CITY or key in parts or counts.get(key, 1) > 1:
                continue
            capital = max(
                (
                    c
                    for c in cands[key]
                    if c.fcode == "PPLC" and c.match == "name" and c.country != ch.country and c.weight > ch.weight
                ),
                key=lambda c: c.weight,
                default=None,
            )
            if capital is None or (ch.country or "", ch.admin1) in home_a1s:
                continue
            if not locally_supported(key, ch, choice):
                choice[key] = capital
        # a county listed with counties of one first-level region ("Escambia, Santa Rosa, Okaloosa,
        # Walton, Bay and Gulf counties") is that region's county of its name
        for key, mates in county_lists.items():
            a1s_listed = Counter(
                (o.country, o.admin1) for m in mates if (o := choice.get(m)) is not None and o.kind == ADMIN2
            )
            if not a1s_listed:
                continue
            (where_listed, n_listed), *runners = a1s_listed.most_common()
            if n_listed < 2 or (runners and runners[0][1] == n_listed):
                continue
            fit = [c for c in cands[key] if c.kind == ADMIN2 and (c.country, c.admin1) == where_listed]
            if fit:
                choice[key] = max(fit, key=lambda c: c.prior)
                margin[key] = 1e9  # the list says which
        focus_choice = dict(choice)
        refused: set[str] = set()
        ambiguous: set[str] = set()
        # (the hamlet and unknown-word guards below hold in a story spread wide: over more than
        # five countries or more than five first-level regions of one, as a story of many articles
        # usually is; there, a name's neighbours and the focus say little about it)
        wide = _wide(choice)
        spread = Counter(cc for cc, _ in {(c.country, c.admin1) for c in choice.values() if c is not None and c.admin1})
        for key, ch in choice.items():
            if (
                ch is not None
                and ch.kind in (CITY, ADMIN2)
                and spread[ch.country] > _BREADTH
                and margin.get(key, 1e9) < _AMBIGUOUS_MARGIN
            ):
                choice[key] = None
                refused.add(key)
                ambiguous.add(key)

        # a feature called by its generic word alone ("the Gulf", "the Bay") in a story that names
        # one such feature in full ("Gulf of Mexico", "Chesapeake Bay") is that feature, not another
        # one the gazetteer lists under the bare word (the Persian Gulf); so is a part of it ("the
        # western Gulf", "the US Gulf") and what a name the gazetteer lacks is named after ("Gulf
        # Coast Claims Facility": near the Gulf of Mexico, not the Persian Gulf)
        for key in list(choice):
            generic = self._generic_word(surface[key], parts.get(key), choice)
            if generic is None or key in county_lists:
                continue
            word, by = generic
            full = [
                k
                for k, c in choice.items()
                if k != key
                and c is not None
                # (one read by a place it contains is not that feature: "Channel Island", read as the
                # English Channel, says nothing of a bare "Island")
                and k not in parts
                and _called_by(surface[k], word)
                # "US Gulf": a feature off that country's coasts
                and (by is None or haversine_km(by.lat, by.lon, c.lat, c.lon) < _OFF_KM)
            ]
            if full:
                choice[key] = choice[max(full, key=lambda k: (counts[k], k))]
        # an acronym of a place the story names in full ("LA" in a story about Los Angeles) is that
        # place, not the region whose postal code it also is (Louisiana), unless the story names
        # that region too
        in_full = {c.entry for k, c in choice.items() if c is not None and not _ACRONYM.fullmatch(surface[k])}
        for key, ch in list(choice.items()):
            if not _ACRONYM.fullmatch(surface[key]) or (ch is not None and ch.entry in in_full):
                continue
            full = [
                k
                for k, c in choice.items()
                if c is not None and c.kind in (CITY, ADMIN2) and _initials(surface[k]) == surface[key]
            ]
            if len(full) == 1:
                choice[key] = choice[full[0]]
        # the text writes a name after a resolved town as its container ("Pandi, Bulacan"): the
        # district holding that town (or a reading inside it), not a namesake elsewhere
        if text:
            for key, ch in list(choice.items()):
                if ch is None or key in parts:
                    continue
                held = self._held_by(key, text, choice, surface, cands[key])
                if held is not None:
                    choice[key] = held
        # a town read as a smaller namesake whose own sentences name, most of them, the country or
        # first-level region of a bigger place of its name, and none the namesake's: "In New
        # Zealand, ... the cathedral in Wellington" is the capital, not an English market town a
        # British story's other places lie near
        if in_sentence:
            for key, ch in list(choice.items()):
                if ch is not None and ch.kind in (CITY, ADMIN2) and key not in parts:
                    bigger = self._named_bigger(key, ch, cands[key], choice, in_sentence)
                    if bigger is not None:
                        choice[key] = bigger
        # the text writes a town with its region or country ("Stroud, Ontario, Canada"; "Orient,
        # Ohio"): a reading inside it when there is one; a small town outside it is a namesake
        # abroad, and the name a local place the gazetteer lacks (placed in the vicinity below)
        # (in the common text or in the sentences the name is written in)
        if text or said:
            by_cc: Counter[str] = Counter()
            for k, o in choice.items():
                if o is not None and o.country and k not in parts:
                    by_cc[o.country] += counts.get(k, 1)
            story_cc = by_cc.most_common(1)[0][0] if by_cc else ""
            for key, ch in list(choice.items()):
                if ch is None or ch.kind not in (CITY, ADMIN2) or key in parts:
                    continue
                lc = self._qualifier_in_text(key, text, choice, surface) if text else None
                one_of_many = False
                if lc is None and said.get(key):
                    lc = self._qualifier_in_text(key, said[key], choice, surface, strict=True)
                    if lc is not None and not _within(ch, lc):
                        one_of_many = self._qualified_few(key, said[key], lc, choice, surface)
                if lc is None or _within(ch, lc):
                    continue
                inside = [c for c in cands[key] if c.kind in (CITY, ADMIN2) and _within(c, lc)]
                if (
                    one_of_many
                    and ch.weight >= _METROPOLIS
                    and ch.country == story_cc
                    and all(c.weight < ch.weight for c in inside)
                ):
                    # a metropolis of the story's country named a hundred times, once as "London,
                    # Ontario": that mention speaks for itself, not for the place the rest mean
                    continue
                if one_of_many and not inside and ch.country == story_cc and lc.country != story_cc:
                    # a town of the story's country written a few times of many with a region
                    # abroad it has no reading in ("Newtown, Mont." for Montgomeryshire, read as
                    # Montana): the qualifier is the one misread, the rest say which town it is
                    continue
                if inside:
                    choice[key] = inside[0]
                elif ch.weight < _STRAY_CONTAINED_POP:
                    choice[key] = None

        # the sentences write a hamlet with a town more than 50 km away as its container ("Dulwich,
        # south-east London" with Dulwich read in Australia; "Hanwell, London" with Hanwell read as
        # an Oxfordshire village, the London district missing from the gazetteer): a reading near that town,
        # else the namesake is not the place meant (it is a local place the gazetteer lacks,
        # placed near the container below) -- unless the container's own name has a reading near
        # the hamlet (then the container is the one misread: "Weybridge, Surrey")
        # (a small town, under 20,000, as well when the container lies in another country:
        # "Bishopdale, North Yorkshire" is no suburb of Christchurch; and a place of any size, when
        # the name has a reading near a container of another country: "Camden, north London" is
        # no Camden of New Jersey)
        for key, ch in list(choice.items()):
            if ch is None or ch.kind not in (CITY, ADMIN2) or key in parts:
                continue
            if not said.get(key):
                continue
            if re.search(rf"(?:,|\band|\bor)\s+{re.escape(surface[key])}\s*,", said[key]):
                continue  # an item of a list ("Okaloosa, Walton, Bay and Gulf counties")
            ck = self._container(key, said[key], choice, surface, comma_only=True, every=True)
            town = choice.get(ck) if ck is not None else None
            if ck is None or town is None or town.kind not in (CITY, ADMIN2):
                continue
            if ch.weight >= _HAMLET_POP and town.country == ch.country:
                continue
            if any(haversine_km(ch.lat, ch.lon, c.lat, c.lon) <= _TOWN_CONTAINER_KM for c in cands.get(ck, [])):
                continue
            if town.country == ch.country and any(
                o is not None
                and k not in (key, ck)
                and o.kind in (CITY, ADMIN2)
                and _written_whole(surface.get(k, k), said[key])
                and haversine_km(ch.lat, ch.lon, o.lat, o.lon) <= _TOWN_CONTAINER_KM
                for k, o in choice.items()
            ):
                continue  # in its own country, a reading near a town its sentences also name stands
            close = [
                c
                for c in cands[key]
                if c.kind in (CITY, ADMIN2)
                and c.match in _STRONG
                and haversine_km(c.lat, c.lon, town.lat, town.lon) <= _TOWN_CONTAINER_KM
            ]
            if close:
                choice[key] = max(close, key=lambda c: c.prior)
            elif ch.weight < _STRAY_POP:
                choice[key] = None
                refused.add(key)
            # (a bigger place moves only to a reading near the container: "Abu Ghraib, Guantánamo
            # Bay and Bagram" is a list, not a container)

        # a name its sentences write as a part of a region or country ("the Eastern District of
        # Louisiana", a court's district) is not a reading outside it (a district of American Samoa)
        for key, ch in list(choice.items()):
            if ch is None or ch.kind not in (CITY, ADMIN2, ADMIN1) or key in parts or not said.get(key):
                continue
            of = self._part_of(key, said[key], choice, surface)
            if of is not None and not _within(ch, of):
                choice[key] = None
                refused.add(key)

        # a town found inside an institution's name ("Colchester Hospital") needs the story's
        # support, as a namesake does: "Liverpool Academy" in a story about Cairo is in Cairo
        for key in parts:
            pc = choice.get(key)
            if pc is not None and pc.kind in (CITY, ADMIN2) and pc.weight < _PART_BIG_CITY:
                rest = [o for k, o in choice.items() if k != key and k not in parts and o is not None]
                if not self._local_support(pc, admin1s, _Others.of(rest), contained.get((key, pc.entry), False)):
                    choice[key] = None
            # ... and, when the name's sentences are known, support there: a feature or body is
            # named after the place it is in far less often than its first word is a common word,
            # a saint's or a person's name, or a famous feature's own name ("Pearl Harbor" is no
            # harbour of Pearl, Mississippi; "St. Michael's Hospital in Toronto" none of Saint
            # Michaels, Maryland; "the Garden District of New Orleans" none of Hawarden, once
            # "Garden").  A region named anywhere in a long story is no support for that
            pc = choice.get(key)
            if said.get(key) and (pc is None or not self._part_said(key, pc, said[key], choice, surface, parts)):
                choice[key] = None
                unsaid_parts.add(key)
        places: list[Place | None] = []
        aliases: dict[str, list[str]] = {}
        for n, h in zip(names, heads, strict=True):
            aliases.setdefault(norm_key(h), [])
            if n not in aliases[norm_key(h)]:
                aliases[norm_key(h)].append(n)
        # a loose transliteration match ("Korean" -> Kyren, Russia) is kept only when the story names
        # or otherwise resolves to its country: an honest None beats a confident wrong place.  So is a
        # small town (under 20,000 people) abroad in a story whose places lie in the countries it
        # names: "Rehab" in a story about Cairo is a local name the gazetteer lacks, not Rehab, Jordan.
        # So is a region named only by compass words: "Western" is Ghana's Western Region only in a
        # story about Ghana; a name read without its prefix ("West Midlands" -> Midlands); and a
        # region abroad read through an alternate name ("Central Plateau" in a story about Haiti is
        # Haiti's Centre department, not Burkina Faso's Plateau-Central)
        # the country votes of the first-level regions the names read through another of their names
        alt_region_votes: Counter[str] = Counter()
        for v in own_alt_countries.values():
            alt_region_votes.update(v)
        for key, ch in choice.items():
            if ch is None:
                continue
            # the story's other places lie in the countries it names
            anchored = any(
                o is not None and o.kind in (CITY, ADMIN2, ADMIN1) and countries.get(o.country or "")
                for k, o in choice.items()
                if k != key
            )
            needs_country = (
                ch.match == "transliteration"
                or key in stripped
                or (ch.kind == CITY and ch.weight < _STRAY_POP and anchored)
                or (ch.kind == ADMIN1 and (bool(_COMPASS.fullmatch(surface[key])) or (ch.match != "name" and anchored)))
            )
            if needs_country:
                named = countries - own_countries[key] if key in own_countries else countries
                # (nor is a region of that country read through another of its names: "Leeward
                # Islands" and "Windward Islands", English names of two Cape Verde regions, must not
                # vouch for each other in a story about the Caribbean)
                by_other_name = ch.kind == ADMIN1 and ch.match != "name"
                if by_other_name:
                    named = named - alt_region_votes
                # (another name read as the same place is no evidence for it: "West Midlands" and
                # "East Midlands", both read without their prefix as Midlands, Zimbabwe, must not
                # vouch for each other)
                story_ccs = set(+named) | {
                    o.country
                    for k, o in choice.items()
                    if k != key
                    and o is not None
                    and o.match != "transliteration"
                    and o.entry != ch.entry
                    and not (by_other_name and o.kind == ADMIN1 and o.match != "name")
                }
                if ch.country not in story_ccs:
                    choice[key] = None
        # a loose spelling of a place ("Mosques" -> Moscow) whose own sentences also write the name
        # in lower case ("in the mosques") is a common word capitalised at a sentence's start, not
        # that place, nor a local place near the focus.  (Only a loose spelling: a place read by its
        # own name stands however its sentences write it; machine translations write "raqqa".)
        for key, ch in choice.items():
            if ch is not None and ch.match == "transliteration" and _lower_written(surface[key], said.get(key, "")):
                choice[key] = None
                refused.add(key)
        # a saint's name its sentences write only in the possessive ("Dr. Khan of St. Michael's",
        # "treated at St Mary's") is an institution named after the saint (a hospital, church,
        # school or college), not one of the towns named after the saint (Saint Michael,
        # Minnesota); a town whose own name has the possessive ("St. John's") is read as written
        for key, ch in choice.items():
            if (
                ch is not None
                and ch.kind in (CITY, ADMIN2)
                and ch.weight < _PART_BIG_CITY
                and _SAINT.match(surface[key])
                and not re.search(r"['’]s?$", ch.name)
                and self._possessive_only(surface[key], said.get(key, ""))
            ):
                choice[key] = None
                refused.add(key)
        # a hamlet's one-word name that its sentences write as the one who says or believes something
        # ("Shaw believes the west ...", "Hale said") and never as a place is a person's surname: a
        # capital may stand for its government ("Washington warns"), a hamlet does not.  Nor is one
        # its sentences write only as the owner of a capitalised name ("a Pandora's Box of a debate",
        # "Noah's Ark"): the first word of another name the recogniser cut, not a hamlet owning it
        for key, ch in choice.items():
            if ch is None or ch.kind != CITY or ch.weight >= _HAMLET_POP or " " in surface[key].strip():
                continue
            its, name = said.get(key, ""), surface[key]
            # (what it owns is no place: "close to Shaw's idea" writes no "to Shaw")
            unowned = re.sub(rf"{re.escape(name)}['’]s?(?!\w)", "", its)
            if (_speaker_written(name, its) and not _locative(name, unowned)) or _only_before(name, its, _OWNS_NAME):
                choice[key] = None
                refused.add(key)
        # a town of one word named once, and then only as an owner ("Henderson's retail funds"), that
        # the story gives no local evidence (its first-level region or county named, another of its
        # towns within 100 km) is a firm's or a person's name as often as that town: a town named in
        # passing as an owner comes with its neighbours ("Birmingham and Solihull's coroner"); a
        # metropolis needs none ("Houston's mayor")
        for key, ch in choice.items():
            if (
                ch is None
                or ch.kind != CITY
                or ch.weight >= _METROPOLIS
                or key in parts
                or counts.get(key, 1) > 1
                or " " in surface[key].strip()
                or not self._possessive_only(surface[key], said.get(key, ""))
            ):
                continue
            if not locally_supported(key, ch, choice):
                choice[key] = None
                refused.add(key)
        # a first-level region read without its compass word or through another of its names
        # ("West Midlands" -> Midlands, Zimbabwe; "East Coast" -> Gisborne, New Zealand) whose own sentences write it among places of
        # another country ("fire crews from Lancashire, Kent, the West Midlands and Hampshire";
        # "cases in England ... the West Midlands") is a place of that country the gazetteer
        # lacks, not the distant region (the story naming Zimbabwe once elsewhere changes nothing)
        if said:
            # (each name asked about with its own reading held apart: the sentences it shares with
            # names of that same reading say nothing of it)
            among = _Among([norm_key(h) for h in heads], sentences, ())
            elsewhere_entries: set[int] = set()
            for key, ch in list(choice.items()):
                if ch is None or ch.kind != ADMIN1:
                    continue
                # (a compass-headed name only: "Brittany", an English name of Bretagne, in a
                # list of a Londoner's haunts is still in France)
                loose = key in stripped or (ch.match != "name" and _PREFIX.match(surface[key]) is not None)
                if not loose:
                    continue
                votes = among.of(key, choice, drop=ch.entry)
                if votes[1] and _written_elsewhere(votes, ch.country):
                    choice[key] = None
                    refused.add(key)
                    elsewhere_entries.add(ch.entry)
            # the same prefix-less reading under another compass word ("East Midlands" beside
            # "West Midlands") goes with it, unless its own sentences place it in that country
            for key, ch in list(choice.items()):
                if ch is None or key not in stripped or ch.entry not in elsewhere_entries:
                    continue
                votes = among.of(key, choice, drop=ch.entry)
                if not (votes[1] and votes[0].most_common(1)[0][0] == ch.country):
                    choice[key] = None
                    refused.add(key)
            # a small town (under 20,000 people) whose own sentences write it among two or more
            # places of one other country and none of its own ("we are based in La Pointe, a small
            # town outside the city of Port-de-Paix on the North Coast of Haiti") is a place of that
            # country the gazetteer lacks, not its namesake abroad (La Pointe, Louisiana)
            for key, ch in list(choice.items()):
                if ch is None or ch.kind != CITY or ch.weight >= _STRAY_POP or key in parts:
                    continue
                votes = among.of(key, choice, drop=ch.entry)
                own_country = votes[0].get(ch.country or "", 0)
                if votes[1] and not own_country and _written_elsewhere(votes, ch.country):
                    choice[key] = None
                    refused.add(key)
        # a name read without its compass word ("West Midlands" -> Midlands, Zimbabwe) is a part of
        # that place only when the story names the place itself ("West Texas" beside "Texas") or
        # the name's sentences name the place's country or a place in it ("northern Bavaria, in
        # Germany"): a compass word and a place's name are as often another region's own name the
        # gazetteer lacks ("from Walsall, West Midlands"), which no story naming Zimbabwe makes
        # Zimbabwe's.  (A country or a metropolis so read stands: "south Lebanon", "North Dallas";
        # so does a name read without "Greater" or "downtown": "Greater Glasgow" is Glasgow's.)
        for key, ch in list(choice.items()):
            if ch is None or key not in stripped or ch.kind in (COUNTRY, FEATURE) or not said.get(key):
                continue
            if not _COMPASS_HEAD.match(surface[key]) or (ch.kind == CITY and ch.weight >= _PART_BIG_CITY):
                continue
            if not self._compass_part_said(key, ch, said[key], choice, surface):
                choice[key] = None
                refused.add(key)
        # a hamlet (under 5,000 people, or none recorded: "Macondo", Angola) outside the country
        # holding most of the story's places stands on local evidence only: its first-level region
        # or county named, or another of the story's towns within 100 km.  Its country named is not
        # enough: "Dulwich" in a British story naming Australia is a London district the gazetteer
        # lacks, not a village near Adelaide
        settled = dict(choice)
        held_cc: Counter[str] = Counter()
        for k, o in settled.items():
            if o is not None and o.country and o.kind in (CITY, ADMIN2, ADMIN1) and k not in parts:
                held_cc[o.country] += counts.get(k, 1)
        main_cc = held_cc.most_common(1)[0][0] if held_cc else ""
        for key, ch in settled.items():
            # (a town under 20,000 named once, and not written by its own name after "in", "at",
            # "near" or "from" ("in Davos"), is as bare:
            # "Lochinver, Sutherland" with the Scottish county missing from the gazetteer is no
            # town near Sydney, nor "Satan" a town in North Korea)
            small = _HAMLET_POP
            if counts.get(key, 1) <= 1 and not (
                ch is not None
                and ch.match in ("name", "alternate")
                and re.search(
                    rf"\b(?:in|at|near|from)\s+{re.escape(surface.get(key, key))}(?![\w-])", said.get(key, "")
                )
            ):
                small = _STRAY_POP
            # (a county abroad read only through another of its names, whatever its size, is as bare:
            # "Berkshire" in a British story is no county of Massachusetts, listed as one of the names
            # of Berkshire County; it needs its own region named, a nearby town of the story being no
            # evidence for a name it is not called by.  Not a town: a town's other names are as often
            # the ones the news uses, "Auschwitz", "Jenin", "Wanchai")
            by_alternate = (
                ch is not None and ch.match == "alternate" and ch.kind == ADMIN2 and ch.weight < _ALTERNATE_ABROAD_POP
            )
            if not wide or ch is None or key in parts:
                continue
            # (a town read by a weak name, with nothing in its sentences for it: see _bare_town)
            # (the name itself left out: it is no evidence for its own country)
            mine = counts.get(key, 1) if ch.country and ch.kind in (CITY, ADMIN2, ADMIN1) else 0
            minor = held_cc.get(ch.country or "", 0) - mine < _MINOR_SHARE * (held_cc.total() - mine)
            if self._bare_town(key, ch, cands[key], settled, surface, said.get(key, ""), main_cc, minor):
                choice[key] = None
                refused.add(key)
                continue
            if not by_alternate and (ch.kind != CITY or ch.weight >= small):
                continue
            if ch.country == main_cc:
                continue
            if by_alternate and ch.weight >= small:
                # (named in its own sentences when they are known: a long story names Massachusetts,
                # or a town some county of Massachusetts also has, "Windsor", whatever its
                # "Berkshire" means)
                if said.get(key):
                    own_said = said[key]
                    # (or a town of the story within 100 km: "from Blackwood, in Caerphilly county"; "east
                    # Berkshire" beside "Berkshire" is no other place)
                    said_regions = self._said_regions(key, own_said)[0]
                    region_named = (ch.country or "", ch.admin1 or "") in said_regions or _local_town_said(
                        ch, key, settled.items(), surface, own_said, same_country=True
                    )
                else:
                    a1s = admin1s - own_admin1s[key] if key in own_admin1s else admin1s
                    region_named = bool(a1s.get((ch.country or "", ch.admin1))) or contained.get((key, ch.entry), False)
                if not region_named:
                    choice[key] = None
                    refused.add(key)
                continue
            if text and (lc := self._qualifier_in_text(key, text, settled, surface)) is not None and _within(ch, lc):
                continue  # "Attapeu, Laos": the text writes it with its country
            if not locally_supported(key, ch, settled):
                choice[key] = None
                refused.add(key)
        # a name refused above stands when the sentences it is written in name its own first-level
        # region ("La Gloria in Veracruz", "Beaumont, Texas") or, for a hamlet abroad, its country
        # ("in Colombey-les-Deux-Églises, eastern France"), and only one region of its readings fits
        for key in sorted(refused):
            if key in parts or not said.get(key):
                continue
            a1s_said, ccs_said = self._said_regions(key, said[key], surface[key], after=key in ambiguous)
            was = focus_choice.get(key) if key in ambiguous else settled.get(key)
            if was is None:
                continue
            fits = [
                c
                for c in cands.get(key, [])
                if (c.entry == was.entry or (key in ambiguous and c.prior >= was.prior - 1.0))
                and c.kind in (CITY, ADMIN2)
                and c.match in _STRONG
                and c.country
                and ((c.country, c.admin1) in a1s_said or (key not in ambiguous and c.country in ccs_said))
            ]
            if len({(c.country, c.admin1) for c in fits}) == 1:
                choice[key] = max(fits, key=lambda c: c.prior)
                refused.discard(key)
                ambiguous.discard(key)
        # which names are written together, indexed once for the passes below
        together = _Among([norm_key(h) for h in heads], sentences, sources) if said else None
        if together is not None and sources:
            self._own_namesakes(together, choice, cands, parts, refused)
        near: dict[str, Place] = {}
        if self.vicinity:
            whole = {k: (None if k in parts else c) for k, c in choice.items()}
            # (the names refused for ambiguity still count where the story's places lie: one fewer
            # Gulf-coast town must not centre a spread story on New Orleans)
            focus_whole = {
                k: None if k in parts else focus_choice[k] if k in ambiguous else c for k, c in choice.items()
            }
            near = self._vicinity(
                whole,
                counts,
                surface,
                aliases,
                {k: choice[k] for k in parts},
                text,
                refused,
                focus_whole,
                said,
                _written_among([norm_key(h) for h in heads], sentences, sources, whole),
                unsaid_parts,
                together,
            )
        state_of: dict[str, Candidate | None] = {}  # the state a city's name also names, per name key
        for i, h in enumerate(heads):
            key = norm_key(h)
            chosen = choice.get(key)
            place = near.get(key) if chosen is None or key in parts else self._place(chosen, aliases[key])
            if (
                per_mention
                and chosen is not None
                and chosen.kind == CITY
                and key not in parts
                and not qualifiers[i]
                and i < len(sentences)
                and _mention_says_state(surface[key], sentences[i])
            ):
                if key not in state_of:
                    state_of[key] = self._namesake_state(surface[key], chosen)
                region = state_of[key]
                if region is not None:
                    place = self._place(region, aliases[key])
            places.append(place)
        return places

    @staticmethod
    def _own_namesakes(
        index: _Among,
        choice: dict[str, Candidate | None],
        cands: dict[str, list[Candidate]],
        parts: dict[str, str],
        refused: set[str],
    ) -> None:
        """Read back as its bigger namesake (in ``choice``) a town the story's wide evidence pulled
        to a smaller one in another country, when the towns and regions written with it (in its
        sentences, or if they name none in its articles) lie in the bigger one's country and no
        place at all in the smaller one's.  A British outlet's story names English towns in other
        articles; that says nothing of "Haitians living in Boston" in a report naming Washington.
        Only towns and regions vote for the namesake: a country beside a name is as often a
        contrast ("a teacher in Wellington once taught in New Zealand").  Only towards the bigger
        namesake, the one a reader takes the bare name for.  ``index``: the story's names written
        together (:class:`_Among`)."""

        def written(key: str, ch: Candidate, group: Iterable[tuple[str, int]]) -> tuple[Counter[str], bool, bool]:
            """The countries of the towns and regions in ``group`` (name, times); whether any
            place of ``ch``'s country is among them; whether any place is."""
            votes: Counter[str] = Counter()
            mine = placed = False
            for o, n in group:
                c = choice.get(o)
                if o == key or c is None or c.kind == FEATURE or not c.country or c.entry == ch.entry:
                    continue
                placed = True
                mine = mine or c.country == ch.country
                if c.kind != COUNTRY:
                    votes[c.country] += n
            return votes, mine, placed

        for key, ch in list(choice.items()):
            if ch is None or ch.kind != CITY or key in parts or key in refused or ch.match not in _STRONG:
                continue
            bigger = [
                c
                for c in cands.get(key, [])
                if c.kind == CITY
                and c.match == "name"
                and c.country
                and c.country != ch.country
                and c.weight >= _NAMESAKE_RATIO * max(ch.weight, 1)
            ]
            if not bigger:
                continue
            at = index.at.get(key, [])
            said = {index.sentences[i] for i in at if i < len(index.sentences) and index.sentences[i]}
            votes, mine, in_sentences = written(key, ch, ((o, 1) for s in said for o in index.in_sentence[s]))
            if not in_sentences:
                arts = {index.sources[i] for i in at if i < len(index.sources) and index.sources[i]}
                votes, mine, _ = written(key, ch, ((o, n) for a in arts for o, n in index.in_article[a].items()))
            if mine or not votes:
                continue
            # (its sentences: a town or region of the namesake's country beside it; its articles,
            # weaker evidence: most of their towns and regions, and at least two)
            fits = [
                c
                for c in bigger
                if (n := votes.get(c.country or "", 0)) and (in_sentences or (n >= 2 and 2 * n > votes.total()))
            ]
            best = max(fits, key=lambda c: c.weight, default=None)
            if best is not None:
                log.debug("own namesake: %s %s -> %s %s", key, ch.country, best.name, best.country)
                choice[key] = best

    def _generic_word(
        self, name: str, part: str | None, choice: dict[str, Candidate | None]
    ) -> tuple[str, Candidate | None] | None:
        """The feature head word (``_FEATURE_HEADS``) ``name`` calls its feature by, when that word
        is all it names: "the Gulf"; a name the gazetteer lacks read as the bare word ("Gulf Coast
        Claims Facility", ``part`` "Gulf"); a part of the feature ("the western Gulf") or a
        country's side of it ("the US Gulf", "the Mexican Gulf", ``by`` that country) that the
        gazetteer knows by no name of its own (not "North Sea", "Indian Ocean", "East Coast").
        A country is written by its name or abbreviation, not an adjective, which as often begins a
        feature's own name ("Norwegian Sea", "Irish Sea").  Returns (word, by) or None."""
        if part is not None:
            word = part.lower().strip(" .,:;")
            return (word, None) if word in _FEATURE_HEADS else None
        toks = name.split()
        if toks and toks[0].lower() == "the":
            toks = toks[1:]
        if not toks or toks[-1].lower() not in _FEATURE_HEADS:
            return None
        word = toks[-1].lower()
        if len(toks) == 1:
            return word, None
        if any(c.match == "name" for c in self.candidates(name)):
            return None
        prefix = " ".join(toks[:-1])
        if _PART_ADJECTIVE.fullmatch(prefix):
            return word, None
        # a country the story places something in ("US Gulf"; not "Arabian Gulf": no country)
        cl = self.candidates(prefix)
        named = {c.country for c in choice.values() if c is not None and c.kind == COUNTRY}
        if (
            cl
            and cl[0].kind == COUNTRY
            and cl[0].match in _STRONG
            and cl[0].country in named
            and (_ABBREVIATION.fullmatch(prefix) or norm_key(prefix) == norm_key(cl[0].name))
        ):
            return word, cl[0]
        return None

    def _namesake_state(self, name: str, city: Candidate) -> Candidate | None:
        """The first-level region of ``city``'s country called ``name`` by its own name or an
        alternate ("New York" for New York City; Washington State for Washington, D.C.), or None."""
        regions = [
            c
            for c in self.candidates(name, city_first=False)
            if c.kind == ADMIN1 and c.country == city.country and c.match in _STRONG
        ]
        return max(regions, key=lambda c: (c.match == "name", c.prior), default=None)

    # ------------------------------------------------------------------ vicinity fallback
    def focus(self, choice: dict[str, Candidate | None], counts: Counter[str]) -> tuple[str, Candidate] | None:
        """The place the story centres on, as (name key, reading): among its resolved places in
        the country it names most (places without a country, like seas and regions, always
        qualify), the most specific (town before district before region before country), the
        most often named among equals.  None when nothing qualifies (``focus_min`` sets the
        coarsest precision allowed)."""
        per_cc: Counter[str] = Counter()
        for key, c in choice.items():
            if c is not None and c.country:
                per_cc[c.country] += counts[key]
        top = max(per_cc.values(), default=0)
        best: tuple[tuple[int, int, int, str], str, Candidate] | None = None
        for key, c in choice.items():
            # (a point is no focus: "Wall Street", "Capitol Hill", "Mount Everest" are a metonym or
            # a landmark, not where a reader would say the story happens; a town or region is)
            rank = _FOCUS_RANK.get(c.precision) if c is not None and c.precision != "point" else None
            if c is None or rank is None or rank > _FOCUS_RANK[self.focus_min]:
                continue
            elsewhere = 1 if c.country and per_cc[c.country] < top else 0
            order = (elsewhere, rank, -counts[key], key)
            if best is None or order < best[0]:
                best = (order, key, c)
        if best is None or not self._centred(best[1], best[2], choice, counts):
            return None
        return best[1], best[2]

    @staticmethod
    def _centred(fkey: str, fc: Candidate, choice: dict[str, Candidate | None], counts: Counter[str]) -> bool:
        """Does the story centre on town ``fc``?  Its places below the country in the town's
        country (counted as often as named, the town itself included) lie mostly within
        ``_FOCUS_KM`` of it, or in the first-level region holding it.  A story spread over its
        country ("Washington" in a story about a spill off Louisiana, Florida and Alaska) has no
        town to place a name the gazetteer lacks near: "near Washington" would be a false place."""
        if fc.kind not in (CITY, ADMIN2) or not fc.country:
            return True
        near_w, far_w = counts[fkey], 0
        for key, c in choice.items():
            if key == fkey or c is None or c.country != fc.country or c.kind not in (CITY, ADMIN2, ADMIN1):
                continue
            holds = c.kind == ADMIN1 and c.admin1 == fc.admin1  # the region holding the town
            if holds or haversine_km(c.lat, c.lon, fc.lat, fc.lon) <= _FOCUS_KM:
                near_w += counts[key]
            else:
                far_w += counts[key]
        return far_w <= near_w

    def _vicinity(
        self,
        choice: dict[str, Candidate | None],
        counts: Counter[str],
        surface: dict[str, str],
        aliases: dict[str, list[str]],
        part_choice: dict[str, Candidate | None] | None = None,
        text: str = "",
        refused: frozenset[str] | set[str] = frozenset(),
        focus_choice: dict[str, Candidate | None] | None = None,
        said: dict[str, str] | None = None,
        among: dict[str, tuple[Counter[str], bool]] | None = None,
        unsaid: frozenset[str] | set[str] = frozenset(),
        index: _Among | None = None,
    ) -> dict[str, Place]:
        """Names the gazetteer lacks ("Royal Street", "Barclays Center") placed in the vicinity of
        the story's focus: the name as written, the focus's coordinates, precision "vicinity".
        ``part_choice``: the reading chosen for the place a missing name contains (see
        :meth:`_part`); such a name is placed near that place instead of the focus.  ``said``: the
        sentences each name is written in (see :meth:`resolve`), read before the common ``text``
        for how the name is written ("in Kadhimiya", "the O2 arena in London").  ``among``: the
        countries of the places written with each name (see :func:`_written_among`).  ``unsaid``:
        names whose inner place their sentences do not support (see :meth:`_part_said`): near a
        container the text writes ("St. Michael's Hospital in Toronto"), never near the focus.
        ``index``: which names each sentence and article writes together (see :class:`_Among`),
        for whether a name is written where the focus is (:func:`_written_in_focus_area`)."""
        part_choice = part_choice or {}
        said = said or {}
        # names with no reading, and names whose only reading was a rejected loose transliteration
        # (real local places as often as not: "Mukuru", "Nyando")
        missing = [k for k, c in choice.items() if c is None]
        if not missing:
            return {}
        found = self.focus(choice if focus_choice is None else focus_choice, counts)
        if found is not None and found[0] in refused:
            found = None  # a name refused for ambiguity is no focus
        wide = _wide(choice if focus_choice is None else focus_choice)
        focus_anchor = None
        if found is not None:
            fkey, fc = found
            focus_anchor = self._place(fc, aliases.get(fkey, [surface.get(fkey, fc.name)]))
        # "Cardiff's Millennium Stadium" and, elsewhere, "Millennium Stadium": the place it is
        # written as belonging to, for every mention
        owned: dict[str, str] = {}
        for k in choice:
            ok = _owner_key(surface.get(k, k))
            if ok is not None and choice.get(ok) is not None:
                owned.setdefault(norm_key(_POSSESSIVE_HEAD.sub("", surface.get(k, k))), ok)
        out: dict[str, Place] = {}
        for key in missing:
            name = surface.get(key, key)
            part = part_choice.get(key)
            if name.lower().removeprefix("the ").strip() in _BODIES:
                continue  # the Earth is near nothing
            if part is None and self._far_name(name, found[1] if found is not None else None):
                continue
            anchor = focus_anchor
            owner = _owner_key(name) or owned.get(key)
            held = choice.get(owner) if owner is not None else None
            # ("St. Michael's Hospital", "St Mary's church": a saint's, not a namesake town's;
            # only a metropolis named after a saint owns in the possessive: "St. Petersburg's")
            if (
                held is not None
                and held.weight < _PART_BIG_CITY
                and _SAINT.match(surface.get(owner or "", owner or ""))
            ):
                owner, held = None, None
            # a part of a place by a compass word ("north-west London", "West Midlands") is near
            # that place when the story resolves it, else nowhere: the focus says nothing of it
            # (a story about London names "the North East" and "the West Midlands" as elsewhere)
            # (only a container the text writes places it then: "West Midlands, England")
            unfocused = part is None and held is None and bool(_COMPASS_WORDS_ONLY.fullmatch(name.strip()))
            cm = _COMPASS_HEAD.match(name) if part is None and held is None else None
            if cm is not None:
                rest = name[cm.end() :]
                rc = choice.get(norm_key(rest))
                strong = [c for c in self.candidates(rest)[:5] if c.match in _STRONG] if rc is None else []
                if rc is not None and rc.kind != FEATURE:
                    owner, held = norm_key(rest), rc
                elif rc is not None:
                    unfocused = True  # ("East Coast" beside "the Coast": a part of a feature is no point)
                elif not any(c.kind == FEATURE for c in strong) and any(
                    c.kind in (COUNTRY, ADMIN1, ADMIN2) or c.weight >= _STRAY_CONTAINED_POP for c in strong
                ):
                    unfocused = True
                # (a part of a sea the story does not name, "South Atlantic", is read as before)
            # a name that begins or ends with a town the story resolves ("Aldeburgh Festival",
            # "Mexico City Schools"): near that town, never near the focus
            if part is None and held is None:
                within = self._named_within(name, choice, surface)
                if within is not None:
                    owner, held = within, choice[within]
                elif key not in part_choice and _GENERIC_STREET.fullmatch(name.strip()):
                    # a street every town has ("Main Street"): no place near the focus; only a
                    # town the text writes as its container places it
                    own_s = said.get(key, "")
                    local = self._container(key, own_s, choice, surface, every=True) if own_s else None
                    lc = choice.get(local) if local is not None else None
                    if local is None or lc is None or lc.kind not in (CITY, ADMIN2):
                        continue
                    owner, held = local, lc
            # a word the gazetteer knows in no form (in a story spread wide), or a name refused in
            # resolve() (a hamlet without local evidence, an ambiguous town), is no place near the
            # focus unless the text writes it as a place ("in Zamalek"); only a container written
            # after a comma ("Dulwich, London") places it elsewhere
            own = said.get(key, "")
            # (a name written only in headlines set in title case, "Who Is Ahead in the Human Race?",
            # is capitalised as every word there is: neither its capitals nor "in the" make it a place)
            headline = bool(own) and all(_title_cased(line) for line in own.split("\n") if line)
            # (nor is one written only before a colon and a capitalised word: a title and its
            # subtitle, "in New Glory: Expanding America's Supremacy", a book, not a place)
            headline = headline or _only_before(name, own, _SUBTITLE)
            weak = (
                part is None
                and held is None
                and (
                    headline or ((key in refused or (wide and self._no_place_word(name))) and not _locative(name, text))
                )
            )
            if weak:
                anchor = None
            if part is not None:
                anchor = self._place(part, [part.name])
            elif owner is not None and held is not None and held.kind != FEATURE:
                # "Cardiff's Millennium Stadium": the place the name is written as belonging to
                anchor = self._place(held, aliases.get(owner, [surface.get(owner, held.name)]))
            elif own or text:
                local = self._container(key, own, choice, surface, comma_only=weak, every=True) if own else None
                if local is None and text:
                    local = self._container(key, text, choice, surface, comma_only=weak)
                lc = None if local is None else choice[local]
                if lc is not None and found is not None and lc.kind in (COUNTRY, ADMIN1):
                    fc = found[1]  # the focus inside the named region or country says more
                    if fc.country == lc.country and (lc.kind == COUNTRY or fc.admin1 == lc.admin1):
                        lc = None
                if local is not None and lc is not None:
                    anchor = self._place(lc, aliases.get(local, [surface.get(local, local)]))
                # in a story spread wide (more than five countries, or five regions of one), near
                # the focus only on evidence that the name is a place there: it calls itself one
                # ("Brecon Road"), its sentences write it as a place ("in Zamalek", "at Cefn
                # Mawr"), or with a region or country holding the focus ("Tregaron, Mid Wales").
                # There the entity stage's place type alone is not enough: "Edvard Grieg",
                # "Coronation Street" and "Breakfast Show" are no places near the story's focus.
                # (In a local story a name the gazetteer lacks is most often a local place:
                # "Bywater", "Royal Street", a river, a hamlet.)
                if (
                    wide
                    and anchor is focus_anchor
                    and anchor is not None
                    and local is None
                    and not _locative(name, own or text)
                ):
                    # (nor one that calls itself a local place but is written only with places of
                    # other countries: "Oliver Stone's Platoon ... John Irvin's Hamburger Hill",
                    # beside the US and Vietnam, is no hill near Baghdad)
                    written = (among or {}).get(key)
                    abroad = (
                        found is not None
                        and written is not None
                        and written[1]
                        and bool(written[0])
                        and not written[0].get(found[1].country or "", 0)
                    )
                    if not _local_head(name) or abroad:
                        anchor = None
                # ... and, whatever it calls itself or however it is written, only when it is
                # written where the focus is: its sentences, or else its articles, name the focus's
                # area.  A preposition or a place word alone says a name is a place, not where:
                # "buried at Arlington National Cemetery", "the rucksacks at the Gare du Nord", "in
                # Farhad Khosrokhavar's new book" in a story about Baghdad are no places near it.
                if (
                    wide
                    and anchor is focus_anchor
                    and anchor is not None
                    and local is None
                    and index is not None
                    and found is not None
                    and _written_in_focus_area(key, index, choice, found[1]) is False
                ):
                    anchor = None
            # a name placed only by the story's focus whose own sentences (or, naming no other
            # place, its articles) write it among places of another country: a British paper's
            # domestic paragraphs in a story about Haiti ("fire crews from Greater Manchester and
            # Lancashire", "the salmon season on the River Tay") are not near Port-au-Prince
            if (
                anchor is focus_anchor
                and anchor is not None
                and found is not None
                and (
                    _written_elsewhere((among or {}).get(key), found[1].country)
                    or self._town_elsewhere(key, own, choice, surface, found[1].country, (among or {}).get(key))
                )
            ):
                anchor = None
            # a hill named after the one town of its name in the focus's country ("Safwan Hill")
            # lies by that town: far from the focus and outside its region, it is no place near it
            if (
                anchor is focus_anchor
                and anchor is not None
                and found is not None
                and self._named_after_far_town(name, found[1])
            ):
                anchor = None
            # a name declined the place inside it ("Pearl Harbor" no harbour of Pearl, Mississippi)
            # is named after some other place: the focus says nothing of where that is
            # (a region so named may lie in a focus that is a region or country: "West Midlands"
            # near England; never by a focus town: no "West Midlands" near London)
            town_focus = found is not None and found[1].kind in (CITY, ADMIN2)
            if anchor is focus_anchor and (key in unsaid or (unfocused and town_focus)):
                anchor = None
            if anchor is None:
                continue
            out[key] = Place(
                id=content_id("place", "vicinity", key, anchor.id),
                name=name,
                lat=anchor.lat,
                lon=anchor.lon,
                country=anchor.country,
                precision="vicinity",
                aliases=aliases.get(key, [name]),
                near=anchor.id,
                near_name=anchor.name,
            )
        return out

    @staticmethod
    def _town_elsewhere(
        key: str,
        own: str,
        choice: dict[str, Candidate | None],
        surface: dict[str, str],
        focus_cc: str | None,
        among: tuple[Counter[str], bool] | None,
    ) -> bool:
        """Do the sentences ``own`` of a name name no place in the focus's country
        (``focus_cc``; see :func:`_written_among`) but a town or region of another country ("the
        bus at Tavistock Square" beside "London" in a story about Baghdad)?  A town abroad says
        where the sentence is; a country alone does not ("air strikes by the US-led coalition")."""
        if not own or not focus_cc or not among or not among[1] or among[0].get(focus_cc, 0):
            return False
        for k, c in choice.items():
            if k == key or c is None or c.kind not in (CITY, ADMIN2, ADMIN1) or c.country in (None, focus_cc):
                continue
            if _written_whole(surface.get(k, k), own):
                return True
        return False

    @staticmethod
    def _named_within(name: str, choice: dict[str, Candidate | None], surface: dict[str, str]) -> str | None:
        """The key of a town or district the story resolves (by its own or alternate name) that
        ``name`` begins or ends with, as whole words, the rest naming a venue or body
        (``_VENUE_HEADS``: "Aldeburgh Festival" -> Aldeburgh; not "Paris Hilton"), the longest
        first; None when there is none."""
        toks = [t for t in re.split(r"[\s,–—-]+", name) if t]
        if len(toks) < 2:
            return None
        by_key = {
            k: c
            for k, c in choice.items()
            if c is not None and c.kind in (CITY, ADMIN2) and c.match in ("name", "alternate")
        }
        for n in range(len(toks) - 1, 0, -1):
            for sub, rest in ((toks[:n], toks[n:]), (toks[-n:], toks[:-n])):
                k = norm_key(" ".join(sub))
                if k in by_key and surface.get(k, "")[:1].isupper() and any(w.lower() in _VENUE_HEADS for w in rest):
                    return k
        return None

    def _said_regions(
        self, key: str, text: str, name: str = "", after: bool = False, skip: frozenset[str] = frozenset()
    ) -> tuple[set[tuple[str, str]], set[str]]:
        """The first-level regions ``(country, admin1)`` and the countries that ``text`` (the
        sentences a name is written in) names by their own or alternate names, the name itself
        left out (and the names ``skip``); ``after``: only those written right after ``name`` as its
        container ("Beaumont, Tex.", "La Gloria in Veracruz", "Colombey, eastern France")."""
        a1s: set[tuple[str, str]] = set()
        ccs: set[str] = set()
        if after:
            pat = rf"(?<![\w-]){re.escape(name)}(?:,\s*|\s+in\s+)(?:[a-z-]+\s+){{0,3}}(?=[A-Z])"
            found = [_TEXT_NAME.match(text, m.end()) for m in re.finditer(pat, text)]
        else:
            found = list(_TEXT_NAME.finditer(text))
        # (a possessive is two names: "Hong Kong's Wanchai district")
        names = [p for m in found if m is not None for p in re.split(r"['’]s\s+", m.group(0))]
        for n in names:
            n = re.sub(r"^(?:The|In|At|Near|From)\s+", "", n.strip(".'’"))
            if not n or norm_key(n) == key or norm_key(n) in skip:
                continue
            for c in self.candidates(n)[:3]:
                if c.match in _STRONG and c.country and c.kind == ADMIN1:
                    a1s.add((c.country, c.admin1 or ""))
                elif c.match in _STRONG and c.country and c.kind == COUNTRY:
                    ccs.add(c.country)
        return a1s, ccs

    def _named_after_far_town(self, name: str, focus: Candidate) -> bool:
        """Is ``name`` a hill named after a town ("Safwan Hill": the words before "Hill", "Heights"
        or "Ridge") that is the one place of the focus's country called so (by its own name; by no
        other name of any place there), lying outside the focus's first-level region and more than
        100 km from it (any distance from a region)?  A name several towns share ("Murray Hill",
        "Lincoln Heights") is as often a person's, given to a city's quarter: it says nothing of
        where the hill is; nor does a town of the name near the focus."""
        toks = name.split()
        if len(toks) < 2 or toks[-1].strip(".,").lower() not in _TOWN_FEATURE_HEADS or focus.kind == COUNTRY:
            return False
        stem = " ".join(toks[1:-1] if toks[0].lower() == "the" else toks[:-1])
        if not stem[:1].isupper():
            return False
        towns = [
            c
            for c in self.candidates(stem)
            if c.match in _STRONG and c.kind in (CITY, ADMIN2) and c.country == focus.country
        ]
        if len(towns) != 1 or towns[0].match != "name":
            return False
        town = towns[0]
        return town.admin1 != focus.admin1 and (
            focus.kind == ADMIN1 or haversine_km(town.lat, town.lon, focus.lat, focus.lon) > _NAMED_AFTER_KM
        )

    def _no_place_word(self, name: str) -> bool:
        """Is ``name`` a single word the gazetteer knows in no form at all ("Transocean",
        "Megrahi", "Sunni", "Nineties")?  Such a word reaching the place stage is as often a
        company, a person, a people or a common word as a local place; placed "near" the story's
        focus it would put on the map a place the sources do not support.  A local place the
        gazetteer lacks is usually written with what it is ("Royal Street", "Abu Shok camp") or
        with an Arabic article ("Al Meshleb"); a word with a loose transliteration reading
        ("Mukuru", "Nyando") is kept."""
        words = [w for w in re.split(r"[\s-]+", name.strip()) if w and w.lower() != "the"]
        return len(words) == 1 and not self.gazetteer.lookup(name)

    def _far_name(self, name: str, focus: Candidate | None) -> bool:
        """Is ``name`` (one the gazetteer lacks) something the story's focus says nothing about:
        a range-scale natural feature (``_RANGE_HEADS``: "Ural Mountains", "Gulf of Alaska"), a
        feature named after a known place more than 2,000 km from the focus ("Danube Delta" in a
        story about China; "Nile Delta" in one about Cairo stays), or a continent or a part of one
        ("Northwest Europe")?  Such a name gets no vicinity answer at the focus."""
        words = [w.lower().strip(".,'’") for w in name.split()]
        words = [w for w in words if w and w != "the"]
        if not words:
            return False
        rest = [w for w in words if not _COMPASS.fullmatch(w)]
        if rest and len(rest) == 1 and rest[0] in _CONTINENT_WORDS:
            return True
        if len(words) < 2:
            return False
        if words[0] in _FEATURE_HEADS and words[1] == "of":
            head, stem = words[0], name.split()[2:]
        elif words[-1] in _FEATURE_HEADS:
            head, stem = words[-1], name.split()[:-1]
        else:
            return False
        if head in _RANGE_HEADS:
            return True
        stem = [t for t in stem if t.lower() not in ("the", "of")]
        if not stem or focus is None or _COMPASS.fullmatch(" ".join(stem)):
            return False
        # only a feature, country or region the name is named after says where it is: a local
        # river may share its name with a far-away town ("Kish River", Illinois; Kish, Iran)
        readings = [c for c in self.candidates(" ".join(stem)) if c.match in _STRONG]
        return bool(readings) and all(
            c.kind in (FEATURE, COUNTRY, ADMIN1) and haversine_km(c.lat, c.lon, focus.lat, focus.lon) > _FAR_STEM_KM
            for c in readings
        )

    @staticmethod
    def _container(
        key: str,
        text: str,
        choice: dict[str, Candidate | None],
        surface: dict[str, str],
        comma_only: bool = False,
        every: bool = False,
    ) -> str | None:
        """The resolved name written right after a mention of ``key`` as its container: "Collins
        Avenue, Miami Beach", "Knockhill in Fife", "Balintawak, Quezon City" (``comma_only``: only
        the first form).  None when the text never writes the name so."""
        name = surface.get(key, key)
        others = sorted(
            ((surface.get(k, k), k) for k, c in choice.items() if c is not None and k != key and c.kind != FEATURE),
            key=lambda x: -len(x[0]),
        )
        if not others:
            return None
        # the first mention introduces the place; in the name's own sentences (``every``) any
        # mention may, and so may a possessive before it ("London's O2 arena")
        starts = [m.start() for m in re.finditer(re.escape(name), text)] if every else [text.find(name)]
        for pos in starts:
            if pos < 0:
                return None
            if every and not comma_only:
                for other, k in others:
                    before = text[max(0, pos - len(other) - 3) : pos]
                    # (the substring test first: a pattern compiled per name and mention is slow)
                    if other in before and re.search(rf"(?<![\w-]){re.escape(other)}['’]s\s+$", before):
                        return k
            tail = text[pos + len(name) : pos + len(name) + 80]
            # (in its own sentences also an apposition: "Kadhimiya, a Shia area of Baghdad")
            sep = (_APPOSITION.match(tail) if every else None) or _CONTAINER_SEP.match(tail)
            if sep is None or (comma_only and not tail.startswith(",")):
                continue
            rest = tail[sep.end() :]
            # (a part of the container: "Dulwich, south-east London")
            rest = _COMPASS_PREFIX.sub("", rest, count=1)
            for other, k in others:
                if not rest.startswith(other) or rest[len(other) : len(other) + 1].isalnum():
                    continue
                # (in a sentence, not an item of a list: "the Mississippi Delta, Breton Sound")
                after = rest[len(other) :]
                # (after a bare comma, a country followed by a lower-case word with no comma of its
                # own is most often an attribute of a noun: "detained in Guantanamo Bay, US
                # interrogators said", "Iraq war"; not the container's kind, "Kasserine governorate";
                # a region or town so written is as often the subject of a verb, "Okla. came")
                comma = tail[: sep.end()].strip() == ","
                word = re.match(r"\s+([a-z][\w'’-]*)", after)
                if (
                    comma
                    and (ck := choice[k]) is not None
                    and ck.kind == COUNTRY
                    and word is not None
                    and word.group(1) not in _ADMIN_HEADS
                    and word.group(1) != "city"
                    and not re.match(rf"\s+{_FUNCTION}", after)
                ):
                    continue
                if (
                    every
                    and not re.match(r"\s*(?:[.;:)]|$)|,?\s+[a-z]", after)
                    and _list_goes_on(after, choice, surface, choice[k], comma)
                ):
                    continue
                return k
        return None

    @staticmethod
    def _held_by(
        key: str, text: str, choice: dict[str, Candidate | None], surface: dict[str, str], cl: list[Candidate]
    ) -> Candidate | None:
        """The reading of ``key`` that the text writes as the district of another resolved town
        ("Pandi, Bulacan" with Pandi in the Province of Bulacan): the district itself, else the
        best town of that name inside it.  None when the text writes no such pair, or when the
        current reading already lies in that district."""
        name = surface.get(key, key)
        for k, c in choice.items():
            if k == key or c is None or c.kind != CITY or not c.admin2 or _district_key(c.admin2) != key:
                continue
            other = surface.get(k, k)
            if not re.search(rf"(?<![\w-]){re.escape(other)},\s+{re.escape(name)}(?![\w-])", text):
                continue
            inside = [
                x
                for x in cl
                if x.country == c.country
                and x.admin1 == c.admin1
                and x.match in _STRONG
                and (
                    (x.kind == ADMIN2 and _district_key(x.admin2 or x.name) == key)
                    or (x.kind == CITY and _district_key(x.admin2 or "") == key)
                )
            ]
            cur = choice.get(key)
            if not inside or cur in inside:
                return None
            return min(inside, key=lambda x: (x.kind != ADMIN2, -x.prior))
        return None

    @staticmethod
    def _qualifier_in_text(
        key: str, text: str, choice: dict[str, Candidate | None], surface: dict[str, str], strict: bool = False
    ) -> Candidate | None:
        """The region or country the text writes after a mention of ``key`` with a comma, as a
        postal qualifier ("Stroud, Ontario, Canada", "Orient, Ohio."): not an item of a list
        ("Saipan, Guam, Alaska"; "Bundibugyo, Côte d'Ivoire and Sudan"), so the qualifier must end
        the clause or be followed by its own country.  ``strict``: nor the start of a name
        ("Washington, Louisiana Gov. Bobby Jindal"): punctuation or a lower-case word follows; and
        the qualifier may follow "in" as well ("drove from Wendel in Massachusetts to be here")."""
        regions = sorted(
            (
                (surface.get(k, k), c)
                for k, c in choice.items()
                if c is not None and k != key and c.kind in (COUNTRY, ADMIN1) and c.country
            ),
            key=lambda x: -len(x[0]),
        )
        if not regions:
            return None
        sep = r"(?:,|\s+in)\s+(?:the\s+)?" if strict else r",\s+"
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface.get(key, key))}{sep}", text):
            rest = text[m.end() : m.end() + 120]
            for name, c in regions:
                if not rest.startswith(name) or rest[len(name) : len(name) + 1].isalnum():
                    continue
                after = rest[len(name) :]
                if strict and not re.match(r"\s*(?:[,.;:)'\"”]|$)|\s+[a-z]", after):
                    break
                nxt = re.match(r",\s+([A-Z][^,.;:]*)", after)
                if re.match(r"\s+(?:and|or|&)\s", after) or (
                    nxt is not None
                    and not any(
                        nxt.group(1).startswith(n) and o.kind == COUNTRY and o.country == c.country for n, o in regions
                    )
                ):
                    break  # an item of a list
                return c
        return None

    @classmethod
    def _qualified_few(
        cls, key: str, said: str, lc: Candidate, choice: dict[str, Candidate | None], surface: dict[str, str]
    ) -> bool:
        """Do fewer than a third of the sentences ``key`` is written in (``said``, one per line)
        write it with the qualifier ``lc``?"""
        sents = [x for x in said.split("\n") if x]
        if len(sents) < 3:
            return False
        n = sum(1 for x in sents if cls._qualifier_in_text(key, x, choice, surface, strict=True) == lc)
        return 3 * n < len(sents)

    @staticmethod
    def _part_of(key: str, text: str, choice: dict[str, Candidate | None], surface: dict[str, str]) -> Candidate | None:
        """The region or country ``text`` writes right after ``key`` with "of" ("Eastern District of
        Louisiana"), or None."""
        name = surface.get(key, key)
        regions = sorted(
            (
                (surface.get(k, k), c)
                for k, c in choice.items()
                if c is not None and k != key and c.kind in (COUNTRY, ADMIN1) and c.country
            ),
            key=lambda x: -len(x[0]),
        )
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}\s+of\s+(?:the\s+)?", text):
            rest = text[m.end() : m.end() + 80]
            for other, c in regions:
                if rest.startswith(other) and not rest[len(other) : len(other) + 1].isalnum():
                    return c
        return None

    @staticmethod
    def _sentence_regions(cands: dict[str, list[Candidate]], surface: dict[str, str], text: str) -> dict[str, set[str]]:
        """For each name, the other names with a strong first-level region reading written in a
        sentence with it."""
        region_keys = [k for k, cl in cands.items() if any(c.kind == ADMIN1 and c.match in _STRONG for c in cl)]
        if not region_keys:
            return {}
        out: dict[str, set[str]] = {}
        for sent in _SENTENCE.split(text):
            regions = [r for r in region_keys if surface.get(r, r) in sent]
            if not regions:
                continue
            for k in cands:
                if surface.get(k, k) in sent:
                    others = {r for r in regions if r != k}
                    if others:
                        out.setdefault(k, set()).update(others)
        return out

    @staticmethod
    def _listed_regions(cands: dict[str, list[Candidate]], surface: dict[str, str], text: str) -> None:
        """A name listed with first-level regions of one country is one too: "Oregon, Utah,
        Washington and Wisconsin" lists states, not the capital; "Manitoba, Ontario and New
        Brunswick" lists provinces, not two US towns, even in a story about the US.  Restricts
        ``cands`` in place to the region readings of names written next to (", ", " and ", " or ")
        another name whose best reading is a region of the same country."""
        region_of: dict[str, str] = {}  # key -> country of its best reading, when that is a region
        for k, cl in cands.items():
            if cl and cl[0].kind == ADMIN1 and cl[0].match in _STRONG and cl[0].country:
                region_of[k] = cl[0].country
        if not region_of or not text:
            return
        by_surface = {surface.get(k, k): k for k in region_of}
        pattern = re.compile("|".join(re.escape(x) for x in sorted(by_surface, key=len, reverse=True)))
        for k, cl in cands.items():
            ccs = {c.country for c in cl if c.kind == ADMIN1 and c.match in _STRONG}
            if not ccs:
                continue
            name = surface.get(k, k)
            listed = False
            for m in re.finditer(re.escape(name), text):
                after = _LIST_SEP.match(text, m.end())
                if (
                    after
                    and (n := pattern.match(text, after.end()))
                    and by_surface[n.group(0)] != k
                    and region_of[by_surface[n.group(0)]] in ccs
                ):
                    listed = True
                    break
                before = text[max(0, m.start() - 40) : m.start()]
                sep = _LIST_SEP_BEFORE.search(before)
                if sep:
                    head = before[: sep.start()]
                    for x, xk in by_surface.items():
                        if xk != k and head.endswith(x) and region_of[xk] in ccs:
                            listed = True
                            break
                if listed:
                    break
            if listed:
                cands[k] = [c for c in cl if c.kind == ADMIN1 and c.match in _STRONG]

    @staticmethod
    def _listed_counties(
        cands: dict[str, list[Candidate]], surface: dict[str, str], said: dict[str, str]
    ) -> dict[str, set[str]]:
        """A name its sentences write as an item of a list of counties ("Okaloosa, Walton and Bay
        counties") is a county: restricts ``cands`` in place to its county readings, when it has
        one and a third or more of its sentences write it so.  Returns, for each such name, the other names listed with it."""
        item = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
        sep = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
        listed: dict[str, set[str]] = {}
        for k, cl in cands.items():
            if not said.get(k) or not any(c.kind == ADMIN2 and c.match in _STRONG for c in cl):
                continue
            pattern = rf"(?<![\w-]){re.escape(surface.get(k, k))}((?:{sep}{item})*)\s+(?:counties|parishes|boroughs)\b"
            sents = [x for x in said[k].split("\n") if x]
            found = [m for x in sents if (m := re.search(pattern, x)) is not None]
            if not found or 3 * len(found) < len(sents):  # mostly written otherwise ("the Gulf")
                continue
            m = found[0]
            cands[k] = [c for c in cl if c.kind == ADMIN2 and c.match in _STRONG]
            listed.setdefault(k, set())
            for x in re.split(sep, m.group(1)):
                xk = norm_key(x)
                if xk and xk != k and xk in cands:
                    listed[k].add(xk)
                    listed.setdefault(xk, set()).add(k)
        return {k: v for k, v in listed.items() if k in cands and any(c.kind == ADMIN2 for c in cands[k])}

    def _part(self, name: str) -> tuple[str, list[Candidate]] | None:
        """The place a name the gazetteer lacks is named after, with its strong readings, or None.

        Tried in order: what follows the last "of" ("Bank of Japan", "University of California");
        the name without an administrative head word, as a region or district ("Enugu State",
        "Bronx County"); the words before an institution or feature head word, longest first
        ("Colorado State University" -> "Colorado State" -> "Colorado"; "Korean Peninsula" ->
        "Korean"; "Thames Valley" -> "Thames"; not a delta: a river's point is mid-course), then
        the words after it ("British Embassy Tokyo" -> "Tokyo").  Only exact and alternate-name
        readings count; a lone stop word or head word is never a place."""
        toks = name.split()
        if len(toks) < 2:
            return None
        low = [t.lower().strip(".,") for t in toks]
        tries: list[list[str]] = []
        if "of" in low[1:-1]:
            i = len(low) - 1 - low[::-1].index("of")
            if any(w in _OF_HEADS or w in _ADMIN_HEADS for w in low[:i]):
                tries.append(toks[i + 1 :])
        if low[-1] in _ADMIN_HEADS:
            tries.append(toks)
        for j, w in enumerate(low):
            if w in _PART_HEADS:
                tries.extend(toks[:k] for k in range(j, 0, -1))
                if j + 1 < len(toks) and low[j + 1] != "of":
                    tries.append(toks[j + 1 :])
                break
        for sub in tries:
            words = [t.lower().strip(".,") for t in sub]
            kinds: tuple[str, ...] | None = None
            if len(sub) > 1 and words[-1] in _ADMIN_HEADS:  # "Enugu State": the region itself
                kinds, sub, words = _ADMIN_HEADS[words[-1]], sub[:-1], words[:-1]
            if words and words[0] == "the":
                sub, words = sub[1:], words[1:]
            if not sub or not sub[0][:1].isupper() or all(w in _PART_STOP or w in _PART_HEADS for w in words):
                continue
            text = " ".join(sub)
            cl = [
                c
                for c in self.candidates(text, city_first=kinds is None)
                if c.match in _STRONG and (kinds is None or c.kind in kinds)
            ]
            if cl:
                return text, cl
        return None

    @staticmethod
    def _possessive_only(name: str, said: str) -> bool:
        """Do the sentences ``said`` write ``name`` and always in the possessive ("St. Michael's")?"""
        at = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}", said)]
        return bool(at) and all(re.match(r"\s?['’]s?(?!\w)", said[e : e + 4]) for e in at)

    def _compass_part_said(
        self, key: str, ch: Candidate, own: str, choice: dict[str, Candidate | None], surface: dict[str, str]
    ) -> bool:
        """Does the story support ``ch``, the reading of a name without its compass word (see
        resolve()): another of its names read as that very place, or the sentences ``own`` naming
        the place's country, a region of it or a town of the story in it?"""
        others = [(k, o) for k, o in choice.items() if k != key and o is not None]
        if any(o.entry == ch.entry for _, o in others):
            return True
        rest = norm_key(_PREFIX.sub("", surface.get(key, key).strip()))
        a1s, ccs = self._said_regions(key, own, skip=frozenset((rest,)))
        if ch.country in ccs or any(cc == ch.country for cc, _ in a1s):
            return True
        return any(
            o.country == ch.country and o.kind in (CITY, ADMIN2) and _written_whole(surface.get(k, k), own)
            for k, o in others
        )

    def _part_said(
        self,
        key: str,
        pc: Candidate,
        own: str,
        choice: dict[str, Candidate | None],
        surface: dict[str, str],
        parts: dict[str, str],
    ) -> bool:
        """Do the sentences ``own`` that a name the gazetteer lacks is written in support ``pc``,
        the place found inside it (see :meth:`_part`)?  A country, a curated feature, a metropolis
        or a region called by its own name needs nothing ("Bank of Japan", "Ohio Valley", "Beijing
        Capital International Airport").  A town or county, or a place read through another of its
        names, needs the story to name that place by itself ("Mobile" beside "Mobile Bay"), or the
        sentences to name its first-level region (a region: its country; a town abroad by its own
        name: its country) or a town of the story within 100 km of it ("Stansted airport in Essex",
        "Washington's Dulles Airport").  A name calling itself a region ("Liaoning province") is
        that region by any of its names."""
        if pc.kind in (COUNTRY, FEATURE):
            return True
        if pc.match == "name" and (pc.kind == ADMIN1 or pc.weight >= _PART_BIG_CITY):
            return True
        head = surface.get(key, key).split()[-1].strip(".,").lower()
        if pc.kind == ADMIN1 and ADMIN1 in _ADMIN_HEADS.get(head, ()):
            return True  # "Liaoning province": the region itself, by any of its names
        others = [(k, o) for k, o in choice.items() if k != key and k not in parts and o is not None]
        if any(o.entry == pc.entry for _, o in others):
            return True
        # (the inner name itself is no support for its own reading: "the White mountains")
        a1s, ccs = self._said_regions(norm_key(parts.get(key, key)), own)
        if (pc.country or "", pc.admin1 or "") in a1s or (pc.kind == ADMIN1 and pc.country in ccs):
            return True
        # a town abroad by its own name, whose country the sentences name ("detected at Narita
        # airport" in a sentence on Japan, in a story on the United States)
        held = Counter(o.country for _, o in others if o.country and o.kind in (CITY, ADMIN2, ADMIN1))
        abroad = bool(held) and held.most_common(1)[0][0] != pc.country
        if abroad and pc.kind == CITY and pc.match == "name" and pc.country in ccs:
            return True
        return _local_town_said(pc, key, others, surface, own)

    def _bare_town(
        self,
        key: str,
        ch: Candidate,
        readings: list[Candidate],
        choice: dict[str, Candidate | None],
        surface: dict[str, str],
        own: str,
        home_cc: str,
        minor: bool,
    ) -> bool:
        """Is ``ch`` a town reading of a name that the sentences ``own`` the name is written in
        give no support (neither the town's first-level region nor a town of the story within
        100 km of it), when the reading is weak on its own?  Weak: a town under 20,000 people at
        home (``home_cc``), or under 200,000 abroad, read only through another of its names or a
        loose spelling; or a town under 200,000 of a country the story hardly names (``minor``)
        read by its own name of one word.  A town's other names include its districts, former
        names and short forms ("Mill Hill", a part of Trenton; "Royal" for Royal City; "Mall" for
        Mal, Belgium), and a capitalised word of one word is as often a title, a person or a
        common word ("the Metro", "Vittoria", "Zephyr"): in a story spread wide these are far more
        often a local place the gazetteer lacks, a landmark or no place than that town.  What the
        sentences write as a place stands: a town's own name, a short form or respelling of it
        ("Camden" for Camden Town, "Wanchai" for Wan Chai; not a loose transliteration) abroad, or
        any name at home, written after "in", "at", "near" or "from"; an own name written after
        "to" or "the town of" as well, or as the container of a named place ("St John's College,
        Cambridge").  So does a town named like its own country ("Vatican"); and a town abroad
        whose country those sentences name stands all the same (see resolve())."""
        if ch.kind != CITY or not own:
            return False
        name = surface.get(key, key)
        if ch.match == "name":
            if not minor or ch.country == home_cc or len(name.split()) > 1:
                return False
        elif ch.match not in ("alternate", "transliteration"):
            return False
        if ch.weight >= (_ALTERNATE_ABROAD_POP if ch.country != home_cc else _STRAY_POP):
            return False
        if any(c.kind == COUNTRY and c.match == "name" and c.country == ch.country for c in readings):
            return False
        # ("in Camden", "from Stansted to"; not "in Fortune magazine", "from Elway's restaurants")
        after = rf"\b(?:in|at|near|from)\s+{re.escape(name)}(?![\w-])"
        if ch.match == "name":
            # (a container after a comma ends the place's name: "St John's College, Cambridge, said";
            # one a lower-case word other than a function word follows is a clause's subject, "On
            # Fox, Palin rips the speech", as _locative has it)
            if (
                re.search(after, own)
                or _locative(name, own)
                or re.search(rf"\b[A-Z][\w'’.-]*,\s+{re.escape(name)}(?![\w-])(?!\s+(?!{_FUNCTION})[a-z])", own)
            ):
                return False
        else:
            written, called = (re.sub(r"[\s'’-]+", "", norm_key(x)) for x in (name, ch.name))
            short_form = ch.match == "alternate" and (written in called or called in written)
            if (short_form or ch.country == home_cc) and re.search(rf"{after}(?!['’])(?!\s+(?!{_FUNCTION})[a-z])", own):
                return False
        if (ch.country or "", ch.admin1 or "") in self._said_regions(key, own)[0]:
            return False
        # (a town across a border counts: "Jerusalem and Jenin")
        return not _local_town_said(ch, key, choice.items(), surface, own)

    @staticmethod
    def _local_support(c: Candidate, admin1s: Counter[tuple[str, str]], others: _Others, contained: bool) -> bool:
        """Does the story give ``c`` evidence below the country: its first-level region named,
        its county named with it, or another of the story's places within 100 km?"""
        if contained or admin1s.get((c.country or "", c.admin1)):
            return True
        return bool(others.n) and others.nearest_km(c.lat, c.lon) < _LOCAL_KM

    @staticmethod
    def _named_bigger(
        key: str,
        ch: Candidate,
        cl: list[Candidate],
        choice: dict[str, Candidate | None],
        in_sentence: dict[str, set[str]],
    ) -> Candidate | None:
        """The biggest town of the name ``key`` (called so by its own name, more people than the
        reading ``ch``) inside a country or first-level region the story resolves that at least half
        of the name's sentences (``in_sentence``: each sentence's names) write, when none of them
        writes where ``ch`` is (a country, region or county holding it, a town within
        ``_LOCAL_KM``); None otherwise.  Only a bigger place: the story's context choosing a
        smaller namesake is the error this undoes ("Wellington" beside "New Zealand" in a British
        story); a sentence naming a country that holds a smaller namesake ("US troops landed near
        Paris") says nothing."""
        own = [ks for ks in in_sentence.values() if key in ks]
        if not own:
            return None
        written = [[o for k in ks if k != key and (o := choice.get(k)) is not None and o.country] for ks in own]

        def holds(places: list[Candidate], c: Candidate) -> bool:
            return any(
                _within(c, o)
                or (
                    o.kind == ADMIN2
                    and (o.country, o.admin1) == (c.country, c.admin1)
                    and _district_key(c.admin2 or "") == _district_key(o.admin2 or o.name)
                )
                for o in places
                if o.kind in (COUNTRY, ADMIN1, ADMIN2)
            )

        def near(places: list[Candidate], c: Candidate) -> bool:
            return any(
                o.kind in (CITY, ADMIN2)
                and o.entry != c.entry
                and haversine_km(o.lat, o.lon, c.lat, c.lon) <= _LOCAL_KM
                for o in places
            )

        if any(holds(w, ch) or near(w, ch) for w in written):
            return None
        best: Candidate | None = None
        for c in cl:
            if c.kind != CITY or c.match != "name" or c.weight <= ch.weight or c.entry == ch.entry:
                continue
            if 2 * sum(1 for w in written if holds(w, c)) >= len(written) and (best is None or c.weight > best.weight):
                best = c
        return best

    def _settlement_of(self, name: str, said: str, cl: list[Candidate]) -> list[Candidate]:
        """The readings in ``cl`` inside the one region or country that the sentences ``said`` write
        ``name`` as a settlement of ("the Louisiana town of Hammond", "the Iraqi city of Basra", "a
        Mexican resort of Cancun"): the capitalised words before "town", "city", "village", "port",
        "suburb", "hamlet", "resort" or "capital" + "of", read as a country or first-level region
        by its name or an alternate one (a people's adjective: "Iraqi").  Empty when the sentences
        write no such container, more than one, or one holding none of the readings (a town the
        gazetteer lacks: "the Louisiana port of Venice" is no Venice elsewhere, but no reading
        either).  A people or a faith ("the Shia city of Najaf", "the Kurdish town of Halabja") is
        no container the gazetteer knows, and says nothing here."""
        # (a word or two saying what kind of town may stand between: "the Alaskan fishing town of
        # Cordova", "the Iraqi border city of Basra"; not a function word or an article, which end the
        # phrase: "Jordan said the city of Mosul" names no container)
        kind = rf"(?:(?!(?:{_FUNCTION}|the|an?)\b)[a-z][\w-]*\s+){{0,2}}"
        found = {
            norm_key(m.group(1))
            for m in re.finditer(
                rf"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s+{kind}{_SETTLEMENT_WORDS}\s+of\s+{re.escape(name)}(?![\w-])",
                said,
            )
        }
        if len(found) != 1:
            return []
        (container,) = found
        holders = [
            q
            for q in self.candidates(container)[:5]
            if q.match in _STRONG and q.country and q.kind in (COUNTRY, ADMIN1)
        ]
        return [c for c in cl if any(c.country == q.country and _within(c, q) for q in holders)]

    def _inside(self, c: Candidate, qualifier: str) -> bool:
        """Is ``c`` inside a strong reading (country, region or county) of ``qualifier``?"""
        for q in self.candidates(qualifier)[:5]:
            if q.match not in _STRONG or not q.country or c.country != q.country:
                continue
            if _within(c, q):
                return True
            if (
                q.kind == ADMIN2
                and c.admin1 == q.admin1
                and _district_key(c.admin2 or "") == _district_key(q.admin2 or q.name)
            ):
                return True
        return False

    def _context_features(
        self,
        c: Candidate,
        countries: Counter[str],
        admin1s: Counter[tuple[str, str]],
        admin2s: Counter[tuple[str, str, str]],
        others: _Others,
        dwarfed: bool = False,
        contained: bool = False,
        capital_namesake: bool = False,
        region_votes: Counter[tuple[str, str]] | None = None,
    ) -> _Features:
        """What the story says for reading ``c`` (see ``_WEIGHTS``): the countries, regions and
        counties it names, its other places (``others``).  A ``dwarfed`` namesake gets a quarter
        of the country and named-region evidence; ``contained``: its county is named with it;
        ``capital_namesake``: a first-level region named like its country's capital, which one
        town of it does not make the story's reading; ``region_votes``: the part of ``countries``
        each named first-level region gave its country.  A region named votes for its country's
        reading and its towns, but for a hamlet (under ``_HAMLET_POP`` people) only when it lies
        in a region the story names: "Montana" named says nothing for a village of that name in
        Ohio, nor "Victoria" for a village in New South Wales.  (A named state still speaks for a city of its country: in a
        story naming Texas and Alabama, "Washington" is still the capital.)"""
        f: _Features = []
        cc = c.country or ""
        k = _DWARF_COUNTRY if dwarfed else 1.0  # the weight of country and named-region evidence
        votes = countries.get(cc, 0) if cc else 0
        if (
            votes
            and region_votes
            and c.kind in (CITY, ADMIN2)
            and c.admin1
            and c.weight < _HAMLET_POP
            and not region_votes.get((cc, c.admin1))
        ):
            votes -= sum(v for (occ, _), v in region_votes.items() if occ == cc)
        if votes > 1e-9:
            f += [("country_named", k), ("country_votes", k * min(3.0, votes / 2))]
        # Local-region evidence counts in proportion to how local the story is: in a local
        # story (most places in one country) a named state or county is strong evidence; in an
        # international story one "Manchester, England" must not pull every other name to England.
        share = 1.0
        if others.n:
            share = others.countries.get(cc, 0) / others.n
            f.append(("country_share", k * share))
        local = max(share, 0.25)
        # A story spread over many first-level regions of the reading's country (a national story,
        # or hundreds of articles) has another place near almost any town of that country and names
        # its region: such evidence says little there, and counts in proportion (_BREADTH regions
        # or fewer: all of it).  "Geneva" in a story naming a dozen US states is still Switzerland's.
        spread = len({a1 for (occ, a1) in others.admin1s if occ == cc}) if cc else 0
        b = min(1.0, _BREADTH / spread) if spread else 1.0
        if c.kind in (CITY, ADMIN2) and c.admin1:
            n_a1 = others.admin1s.get((cc, c.admin1), 0)
            if n_a1 > 0:  # local news: the story's other places share this first-level region
                f.append(("region_others", b * min(1.0, n_a1 / 2) * local))
                if c.match == "name":
                    f.append(("region_others_name", b * n_a1 / others.n))
        if c.kind in (COUNTRY, ADMIN1) and others.n:
            inside = others.countries.get(cc, 0) if c.kind == COUNTRY else others.admin1s.get((cc, c.admin1 or ""), 0)
            # (a first-level region: in proportion, as for a town's local evidence; for the
            # capital's namesake one town of it is no evidence, two are half: "Washington" in a
            # story naming Seattle and the US is still the capital, not the state)
            if inside and not (capital_namesake and inside < 2):
                half = min(1.0, (inside - 1) / 2) if capital_namesake else 1.0
                f.append(("holds_others", b * half if c.kind == ADMIN1 else 1.0))
        if c.kind in (CITY, ADMIN2) and c.admin1 and admin1s.get((cc, c.admin1)):
            f.append(("region_named", b * k * local))
        if c.kind == CITY and c.admin2 and admin2s.get((cc, c.admin1, _district_key(c.admin2))):
            f.append(("county_named", b))
        if c.kind in (CITY, ADMIN2, FEATURE) and others.n:
            d = others.nearest_km(c.lat, c.lon)
            bn = b if c.kind != FEATURE else 1.0
            f += [("near_150km", bn * math.exp(-d / 150.0)), ("near_800km", bn * math.exp(-d / 800.0))]
        if contained:
            f.append(("contained", b))
        return f

    def _place(self, c: Candidate, aliases: list[str]) -> Place:
        ident = c.geonameid if c.geonameid is not None else f"{norm_key(c.name)}|{c.country or ''}|{c.kind}"
        return Place(
            id=content_id("place", ident),
            name=c.name,
            lat=round(c.lat, 5),
            lon=round(c.lon, 5),
            country=c.country,
            precision=c.precision,
            aliases=aliases,
            geonameid=c.geonameid,
            population=c.population or None,
            admin1=c.admin1 if c.admin1 and c.kind in (CITY, ADMIN2, ADMIN1) else None,
        )


class OutletHomes:
    """Where each outlet's news usually happens, learned from the places of its own articles.

    A local paper's readers know which "Dublin" or "Paris" it means (Lieberman, Samet &
    Sankaranarayanan 2010, "Geotagging with local lexicons", the paper behind the LGL corpus).
    :meth:`observe` each article (its id, outlet, and the first-level regions its resolved
    places lie in: :meth:`Geocoder.region_of`); observing an article again replaces what was
    said of it.  :meth:`home` is the region that at least ``min_share`` of the outlet's articles
    (and ``min_articles`` of them) mention a place in, else None: national and international
    outlets get no home.  Learned only from the system's own output, never from labels; pass
    the homes to :meth:`Geocoder.resolve`.
    """

    def __init__(self, min_articles: int = 3, min_share: float = 0.5) -> None:
        self.min_articles = min_articles
        self.min_share = min_share
        self._seen: dict[str, tuple[str, frozenset[tuple[str, str]]]] = {}  # article -> (outlet, regions)
        self._articles: Counter[str] = Counter()
        self._regions: dict[str, Counter[tuple[str, str]]] = {}

    def observe(self, article_id: str, outlet: str | None, regions: Iterable[tuple[str, str] | None]) -> None:
        if not outlet:
            return
        new = frozenset(r for r in regions if r is not None)
        old = self._seen.get(article_id)
        if old is not None:
            self._articles[old[0]] -= 1
            self._regions[old[0]].subtract(old[1])
        self._seen[article_id] = (outlet, new)
        self._articles[outlet] += 1
        self._regions.setdefault(outlet, Counter()).update(new)

    def home(self, outlet: str | None) -> tuple[str, str] | None:
        if not outlet or self._articles[outlet] < self.min_articles:
            return None
        top = self._regions[outlet].most_common(1)
        if not top or top[0][1] < self.min_share * self._articles[outlet]:
            return None
        return top[0][0]

    def homes(self, outlets: Iterable[str | None]) -> list[tuple[str, str]]:
        """The distinct homes of ``outlets`` (a story's sources), in order."""
        out: list[tuple[str, str]] = []
        for o in outlets:
            h = self.home(o)
            if h is not None and h not in out:
                out.append(h)
        return out

    def observe_places(self, outlets: dict[str, str | None], places: Iterable[Place | dict[str, Any]]) -> None:
        """Observe every article of a story at once from its resolved places (Place records or a
        brief's place dicts; their ``sources`` are article ids; ``outlets``: article id -> outlet)."""
        regions: dict[str, set[tuple[str, str]]] = {a: set() for a in outlets}
        for p in places:
            r = Geocoder.region_of(p)
            if r is None:
                continue
            for a in p.sources if isinstance(p, Place) else p.get("sources") or []:
                if a in regions:
                    regions[a].add(r)
        for a, outlet in outlets.items():
            self.observe(a, outlet, regions[a])
