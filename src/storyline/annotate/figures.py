"""Figures: quantities in news text, with what they count, how hedged they are, and whom they describe.

Pure Python + regular expressions; no model.  ``extract_figures`` works one sentence at a time
and returns :class:`~storyline.records.Figure` records whose offsets index into the article text.

Semantics (documented, tested):

* ``value`` is the number as stated, ``value_max`` the upper bound of a range or an order of magnitude.
* ``qualifier``:
  ``exact``; ``more_than`` (more than, over, upwards of, in excess of, N-plus);
  ``at_least`` (at least, no fewer than, N or more, N or above -- also after the unit or the counted noun:
  "5,000 barrels or more", "5 cases or more"); ``up_to`` (up to, as many as, as high as, at most, N or less,
  N or fewer);
  ``about`` (about, around, some, roughly, approximately, an estimated, nearly, almost, close to, N or so) --
  *nearly/almost N* is recorded as ``about`` N: the true value is a little under N, and the stated number is kept;
  ``fewer_than`` (fewer than, less than, under, below, just under); ``range`` ("between 10 and 20", "10-20",
  "10 to 20", "two or three"; not a change: "rose by 22 to 530" and "fell by as much as 12p to 480.7p" are
  530 and 480.7p, "climbed 8p to 411p", "deaths rose 12 to 150" -- a movement verb, maybe a hedge, and a second
  end ten times the first -- are 411p and 150 ("fell 5 to 10 percent" stays a range); not two units: "up 11p or 2.7%" is two figures;
  a bound said before a range stays in its ``text`` only: "as many as 45,000-50,000" is a range); ``order`` (order-of-magnitude words:
  "dozens" 24-99, "scores" 40-99,
  "hundreds" 100-999, "thousands" 1000-9999, "tens of thousands" 10000-99999,
  "hundreds of thousands" 100000-999999, "millions" ..., "several/a few hundred" 200-900).
* ``unit``: ``people`` for counts of persons; ``km2`` ``mi2`` ``ha`` ``acre`` (area); ``km`` ``mi`` ``m`` ``ft``
  ``nmi`` ``inch`` ``yd`` ``cm`` ``mm`` (distance); ``usd`` ``eur`` ``gbp`` ``rub`` ``cny`` ``jpy`` ``inr`` (money);
  ``t`` ``kg`` ``lb`` (weight); ``bbl`` ``gal`` ``l`` ``m3`` ``ft3`` (volume, what ``volume``) and the same per
  period, ``bbl/d`` ``gal/min`` ... (what ``flow``: "5,000 barrels a day", "2,000 bpd" -- a rate is no total);
  ``km/h`` ``mi/h`` ... (what ``speed``: "56km/h", "20 kilometres an hour" -- a speed is no distance);
  money per period or per thing is money in a rate unit, the currency over the period or thing (what ``money``:
  "$6m a day" ``usd/d``, "$150,000 (£96,000) a month" ``usd/mo``, "$12 an hour" ``usd/h``, "$5bn a year",
  "a $60-billion-a-year industry" ``usd/yr``, "$2.6bn a quarter" ``usd/quarter``, "$35,000 per night"
  ``usd/night``, "$67 a barrel", "$4,300 for every barrel spilled" ``usd/bbl``, "£2 per share" ``gbp/share``,
  also ``/gal`` ``/lb`` ``/t`` ``/kg`` ``/l`` ``/ounce`` ``/person`` ``/head`` ``/acre``, and after "per", "for
  each", "for every" the singular noun written: "up to $25,000 per violation" ``usd/violation``) -- a price or a
  rate is no total, and never joins one ("$25bn a year earlier", "$2bn a year ago" are totals);
  a count of persons said per period is a rate too: ``people/d`` ``people/wk`` ``people/mo`` ``people/yr``
  ``people/h`` (what as for a count: "3,000 children die every day" -> killed, ``people/d``);
  ``percent``; otherwise the counted noun as written, lower-cased ("villages", "tanks"), or None.
  Pence and cents are money in the currency: "412p", "388.5 p" and "15 pence a share" are ``gbp`` 4.12, 3.885
  and 0.15 ``gbp/share``; "9 cents a gallon" is 0.09 ``usd/gal`` (not "1080p", a video resolution, nor "my two
  cents").  An attached "m" is million before a counted plural, a verb or "of them" ("2m will fall ill", "3m
  Haitians", "92m to 182m gallons", "$400-600m") and metres only in a measuring context ("3m high", "300m
  underground", "at depths exceeding 40m", "30ft (9m)", "60m by 90m"); with neither it is no figure ("the 200m",
  "the 50m figure").  A volume said per period after its verb is a flow ("12,000 barrels are leaking every
  day" -> ``bbl/d``).
  A volume takes the period its clause gives it across a conversion set off by commas or brackets ("5,000
  barrels, or 210,000 gallons, a day", "70,000 barrels (2.9m gallons), per day"), from a period adjective on the
  noun before it ("the daily spill of 5,000 barrels", "raise daily collection to 53,000 barrels"), and a
  conversion right after a flow is that flow, with its bound ("more than 1,000 barrels a day, or 42,000
  gallons"; not "or 42,000 gallons in total").  A money range joined by a hyphen keeps both ends ("$5m-$6m a
  day" is a range of ``usd/d``).
  Values are kept in the unit written; :func:`to_canonical` converts area/distance/volume to km2/km/litres.
  A volume's ``about`` is the substance after "of" ("barrels of crude oil" -> oil; a barrel alone is oil in an
  article about oil).  A volume needs a count of barrels or gallons: a singular volume word between the
  number and a plural noun modifies that noun, which is what is counted ("20 barrel bombs" -> 20 bombs;
  "a 5,000 barrel spill" and "4.1 million barrels" stay volumes).
* ``what`` (small vocabulary, see :data:`WHAT_CATEGORIES`): an event word near the number wins
  ("21 people were killed" -> killed; "killed 12" -> killed; "200,000 people still trapped" -> trapped),
  then the counted noun ("4,000 jihadists" -> fighters), then the unit (area, distance, money, weight,
  volume, flow, percent).  The head (last word) of the counted phrase decides: a capitalised modifier is a
  name ("100 House Republicans" -> people), a thing head takes no person word before it ("two police cars"
  -> vehicles, "wrongful death suits" -> nothing), a person head takes the kind a modifier names ("militia
  members" -> fighters, "National Guard members" -> troops).  A "-strong" group counts persons: troops for
  a garrison, contingent, mission or force, fighters when the phrase says so or the force belongs to an
  organisation that is no state ("the 30,000-strong force" of the SDF), people for a team, choir or
  community, protesters for a crowd.  Disease "cases" and "infections" are ``infected``.  The counted noun is the head the number modifies, never a
  word elsewhere in the sentence: an event word after the phrase belongs to it ("40 peacekeepers died",
  "dozens of staff and engineers are missing", "two members of staff were killed"); a toll word before
  the number ("deaths ... 52") counts only when no noun follows it ("167 deaths, 39,620 cases" -> cases);
  "dead birds" counts birds; a hyphened word is what is counted ("a four-storey house", "a 15-member
  panel" -> people); an order word with "of" and a unit is that unit ("billions of dollars" -> money).
  A count is of a plural: singular words after the number modify the plural noun that follows them ("1,000
  laboratory confirmed cases", "11,468 probable and confirmed cases", "71 search and rescue specialists"),
  and an adverb after it is no counted noun ("70,893 worldwide"; an adverb and its participle before the noun
  modify it: "20 previously ordered Boeing 737s" counts Boeing 737s); a count said of "the number of X" counts X
  ("the number of confirmed cases rose to 260" -> infected, "the number of people killed ... as high as" ->
  killed), also across an "of" phrase ("the number of confirmed cases of the new flu has climbed to 8,000").
  In a sentence of several counts each takes the words of its own phrase: an event noun after "and" heads
  another count ("climbed to 8,000 and the death toll ..." -> the 8,000 is no toll), and a toll word before
  the number counts only when no nearer case noun does ("which has seen 87 deaths, has reported the most
  cases with 21,449" -> no toll).  "Military and civilian personnel" are people, not troops.
  The number before the subject of an active event verb with its own object is no toll ("three landmines
  killed 14 marines": 14 killed; the three counts landmines).
  A toll of animals is no toll of persons: "40 turtles died" is 40 ``dead turtles``, and a count with no noun
  of its own ("Ten were dead", "12 of them", "10 others that died") counts the last animal or person noun
  before it in its sentence or the one before ("20 oiled birds were found. Ten were dead" -> ``dead birds``).
  "Others" take the kind counted before them ("killed 12 soldiers and 150 others" -> 150 killed; "They and
  150 others", after pupils, are people); "the 49 others" with nothing counted, or others after a thing, are
  no figure.  Prisoners who broke out or escaped are ``people``, not arrested; "personnel" with a modifier
  that is no military word ("embassy", "medical", "firefighting") are ``people``, not troops; "the 13-member
  cartel" (a bloc, alliance, union...) counts ``members``, not persons.  A spaced "m" before "waters",
  "seas" or "depths" is metres; "6 inch to the mile" is a map's scale, no distance.
  A volume restated as an estimate of the flow just before it takes the flow's period, in the same sentence
  or the next: anaphora ("..., and it could be as much as 19,000 barrels", "It may be 9,000 barrels") or a
  revision ("a figure ... increased last week to 12,000 barrels", "then upped that to 5,000 barrels"), unless a
  total, a store or another period is said in between ("2 million barrels have spilled so far").
  A volume said over 24 hours is per day ("captured 2,200 barrels in the previous 24 hours"); one whose period
  follows its substance and verb in its clause is that flow ("the 210,000 gallons of oil that are gushing each
  day"); and in an article that gives the substance per day, a bare volume of the flows' size in a flow context
  is per day too ("BP upped its estimate to 5,000 barrels", "between 20,000 and 40,000 barrels"), unless a total,
  a store, a collection, a stretch of time, a stock or another spill makes it a volume ("4.9 million barrels
  leaked before the cap", "has collected 150,000 barrels since June 3", "a 5,000-barrel spill in 2006").  A
  volume collected on one day is that day's flow per day, no running total ("collected 16,000 barrels of oil on
  Tuesday", "On Friday, it siphoned off 9,000 barrels"; not "in the first 12 hours of Monday", "by noon
  Tuesday", "said on Tuesday it had collected ...").  A period that closes coordinated quantities holds for
  each ("58,000 gallons of oil and 900,000 cubic feet of gas per day").
  "Pounds" as money are the local pound of a country that has one (``egp`` ``lbp`` ``syp`` ``sdg``) when
  an adjective says so ("100 Egyptian pounds"), when the sentence names only that country and nothing
  British, or when the article does; else sterling.  A share's whole stops before an adverb after its noun
  ("80 percent of its stock effectively ...") and the respondents of a poll ("of those polled") are none.
* ``about``: the actor the quantity describes, for force sizes (fighters, troops) and counts whose noun
  phrase names an actor ("4,000 ISIS fighters" -> ISIS); for distances the place after "from";
  for percentages the noun after "of".  Speakers and news outlets are never ``about``.  A count of two actors
  joined ("250,000 UK and US troops", "Iraqi and US soldiers") is no one of them's: ``about`` is None, or the
  force the sentence names before it ("the SDF, an umbrella of 40,000 Kurdish and Arab fighters").

Not figures: dates and years (also listed: "deaths in 2008 and 2009 numbered 30"), clock times, durations
("three days"), ages ("aged 45", "45-year-old"), ordinals, numbered names ("Division 17", "Resolution 2254",
"Boeing 787", "the Group of 20", "Pan Am flight 103", "on page 12", "paragraphs 10 and 11"; a model number inside
a counted phrase is skipped: "42 Boeing 787-8 Dreamliner planes" counts 42 planes), ratios ("one in 16
mortgages"; not "the toll rose to 40 in 12 provinces": a share is smaller than its whole), scores and odds ("the
1-1 draw", "a 50-50 chance"), a number before a word that is never a noun ("paragraph 11 rather than"), a fraction
counting persons or things or before a capitalised word ("-19.59 Bargain hunters": an index move in a
caption), "the two candidates" (a spelled small number after a determiner: a reference, not a count),
a number alone in brackets ("(61)"),
phone numbers, URLs, numbers inside a time expression, "one" as a pronoun ("one of the forces") or negated
("not one Briton died"), a number inside a name that goes on after it with a capitalised word (an entity
mention: "Three Mile Island was ...", "the BBC 6 Music studios"; or a capitalised unit word outside a
title-case headline: "Seven Mile Bridge"), a number between a determiner and a singular noun ("the 911 call",
"the 3,000 mark", "a 3,500 boost": a count would be of a plural; "a 6.1 quake" is a magnitude),
and numbers that count nothing recognisable (no unit, no noun, no event word).
Nor the terms of a vote tally ("a 343-86 vote", "voted 91-5", "by a vote of 263 to 171", "by 219 votes to
212", "a 5-4 decision": a Figure cannot say which number is for and which against), nor a rank after a
lowercase "day", "week", "round", "stage" ... ("on day 37 of the spill"; "every day 500 cross" is a rate), nor
a rank in a list ("the world's top 10 producers", "the 20 biggest companies"), nor a level word as what is counted
("the grim 2,000 landmark" counts the dead of a toll before it, "the 1,000 threshold" after "the number of
cases" counts cases; with nothing counted, no figure), nor
a toll of animals as a toll of persons ("19 dolphin deaths" counts "dolphin deaths", no persons killed).
Nor a count of things said per period of time ("150 planes land daily": a rate; persons per period
("3,000 children die every day", "every year thousands die") are rates of unit ``people/<period>`` and volumes
per period flows, see ``unit``), nor the terms of a rate between two counts ("one death in 1,261 cases", "one per 1,261 cases", "one in every 1,261 patients", "3 deaths
per 100,000 people": a Figure has no denominator), a temperature ("98.6 degrees", "40°C", "hitting 100" in a
sentence about heat), an exchange rate ("($1 = 5.6 Egyptian pounds)"), a threshold that defines a class
("incidents with 10 or more deaths", "outbreaks of 5 cases or more") and a count of persons or a bound inside
a condition ("if more than 50 people are infected"; not "asked if": an indirect question).  Persons named by
what befell them before ("prisoners", "hostages") are counted by the verb of their clause ("killed 22
prisoners" -> killed, "12 hostages were freed" -> rescued).
A converted duplicate in brackets ("700 square kilometers (270 square miles)") is dropped.
Nor a figure said as not so: a negated verb of saying, expecting or being right before it ("not predicting 1 million
deaths", "did not say 500 people died", "there will not be 20 million", "it is not 5,000 barrels a day"); a bound
("not more than 50"), a hedge ("30 if not 40") and a figure the negation does not reach ("did not include $80
million", "not quarantining hundreds of passengers") stay.  Nor the rest of a telephone number after its code
("01326 290889", "+44 20 7946 0000"), a model's number after a lowercase "mark", "type" or "model" ("mark 77
firebombs") or an airliner's before an aircraft noun ("58 additional 787 planes" counts 58 planes), a capitalised
number word closing a name ("Detroit's Big Three has ..."), nor a small count of "forces" (fewer than ten:
"two mercurial forces" are no troops).
Two numbers joined by a hedge share a unit: the first, written bare, takes the unit, count and actor of the second
("up to 70,000 and even 100,000 barrels a day" is up to 70,000 and up to 100,000 ``bbl/d``; "20,000 or perhaps
40,000 people died"); a bare number after a figure with a hedge or as its other end takes that figure's
("5,000 barrels a day, or even 10,000", "from 1,000 barrels a day to 19,000"; not a change and its level:
"sank 1.2 percent to 7,465"); a volume so joined to a flow is that flow ("35,000 barrels a day, and possibly as
much as 60,000 barrels").  The bare numbers of a list before a last one with a noun are each of that noun
("in 12 and 15 provinces" counts provinces, not the deaths said before; "30 and 40 deaths respectively"; "2
and 3 million people"), but not ", and" between two (clauses: "the toll rose to 40, and 12 provinces ..."), nor
after a verb of harm or a toll when the last opens its own clause ("the toll stands at 45 and 12 people are
missing").  "US" before a counted noun is the country ("53m US hogs", "2,000 US troops").  An
attached "m" before a thing measured by its length ("a 150m boom", "a 500m exclusion zone", "waves of up to 5m")
is metres; money with its sign or scale takes no "cents" after it ("$2.65bn cents ..." is $2.65bn).

``as_of`` is left None, except ``"PRESENT_REF"`` when the figure's clause is in the present tense
("up to 4,000 jihadists remain in Raqqa") or the present perfect of a running total, whatever the tense
of the clause its "since" names ("has collected 9,000 barrels since it was installed", "has rebuilt 140 homes
since ...": irregular participles from the lexicon, not any word in -en).  A noun's "'s" is its possessive, no
"is": a clause whose only present cue it is and that holds a past verb is past ("the UN's offices collapsed").
No PRESENT_REF for a value foreseen or supposed, which is no fact of the report's day: the object of a modal or a
future auxiliary ("the toll could rise to 200,000", "troops would grow to 10,000", "is likely to exceed $1bn", "will
cut 5,000 jobs") -- not an estimate of a state ("may have killed 200,000", "there could be 260 bodies"), a habit
("will typically produce 630,000 barrels a day"), what a verb of saying reports ("I would say 70% ..."), the value a
change starts from ("from 18,000 barrels a day to 28,000"), nor a thing already there ("will win the $1m prize") --
and a figure inside an "if", "unless" or "until" clause ("even if the leak is 35,000 barrels a day", "until the
fund holds $20bn").
The present of a chronology's entry is historic ("June 3 - BP fits a cap. It collects 15,000 barrels a day"):
no PRESENT_REF on a line a day heads, in a text with two such lines or more (or three that open with a date and
its year and no dash: "May 2009 Dr Murray is hired ..."), nor on the lines between the first head and the last
("He is put on a salary of $150,000 a month": the entry goes on).  No share move or price in a sentence that
opens with the stump of a lost ticker ("N) fell 8.1 percent to $42.58": whose, the source no longer says);
:func:`storyline.annotate.attribution.link_figures` turns that into the publication date (or None) and
prefers a dated time expression in the same sentence.
``said_by`` is filled by ``link_figures``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.annotate.attribution import SUBJECT_PRONOUNS, is_outlet, speech_cue_near
from storyline.annotate.numbers import (
    ABBR_SCALES,
    DIGITS,
    FRACTION_NUMBER,
    ONES,
    SCALES,
    TENS,
    WORD_NUMBER,
    order_range,
    parse_number,
    scaled,
)
from storyline.annotate.timex_lexicon import (
    FUTURE_CUES,
    IRREGULAR_PAST_PARTICIPLES,
    MIND_PRESENT_VERBS,
    MODALS,
    MONTHS,
    NOT_PAST_ED,
    NOT_PLURAL_SUBJECT,
    PAST_IRREGULAR,
    REPORTING_PAST,
    REPORTING_PRESENT,
    STATIVE_VERBS,
    WEEKDAYS,
    YEAR_BEFORE,
)
from storyline.records import Figure, Mention, Sentence, TimeExpression

__all__ = ["PEOPLE_WHATS", "WHAT_CATEGORIES", "extract_figures", "to_canonical"]

# --------------------------------------------------------------------------- vocabulary

#: what a figure counts.  Keys are the category names that can appear in ``Figure.what``.
# fmt: off
WHAT_CATEGORIES: dict[str, tuple[str, ...]] = {
    # events (words that say what happened to the counted people)
    "killed": ("killed", "dead", "died", "die", "dies", "deaths", "death", "perished", "fatalities", "slain",
               "lives", "bodies", "executed", "massacred", "drowned"),
    "wounded": ("wounded", "injured", "injuries", "hurt", "maimed"),
    "casualties": ("casualties",),
    "displaced": ("displaced", "fled", "flee", "homeless", "uprooted"),
    "evacuated": ("evacuated", "evacuees"),
    "rescued": ("rescued", "freed", "released", "liberated"),
    "missing": ("missing", "unaccounted"),
    "arrested": ("arrested", "detained", "detainees", "jailed", "imprisoned", "captured", "prisoners", "arrests",
                 "abducted", "kidnapped", "hostages"),
    "trapped": ("trapped", "stranded", "besieged"),
    "protesters": ("protesters", "protestors", "demonstrators", "marchers", "marched", "rallied", "protested",
                   "demonstrated", "crowd"),
    "refugees": ("refugees", "asylum-seekers", "migrants"),
    "infected": ("infected", "infections", "infection"),
    # who is counted
    "fighters": ("fighters", "militants", "jihadists", "rebels", "rebel", "insurgents", "combatants", "gunmen",
                 "militiamen", "militia", "guerrillas", "extremists", "terrorists", "jihadist", "militant",
                 "mercenaries", "paramilitaries"),
    "troops": ("troops", "soldiers", "servicemen", "servicemembers", "marines", "personnel", "forces", "police",
               "policemen", "officers", "reservists", "peacekeepers", "advisers", "advisors", "guardsmen",
               "guardsman", "airmen", "paratroopers", "commandos", "gendarmes", "troopers",
               "policewomen", "soldier", "marine", "peacekeeper", "policeman"),
    "civilians": ("civilians", "residents", "inhabitants", "villagers", "citizens", "non-combatants"),
    "people": ("people", "persons", "individuals", "children", "women", "men", "families", "adults", "students",
               "workers", "passengers", "patients", "voters", "members", "person", "man", "woman", "child", "boy",
               "girl", "boys", "girls", "victims", "survivors", "affected", "staff", "staffers", "employees", "crew", "crewmen",
               "crewmembers"),
    # things
    "buildings": ("buildings", "houses", "homes", "villages", "towns", "schools", "hospitals", "bridges",
                  "building", "house", "home", "village", "apartments", "shelters", "settlements"),
    "vehicles": ("vehicles", "tanks", "cars", "trucks", "lorries", "buses", "boats", "ships", "vessels", "armoured",
                 "vehicle", "tank"),
    "aircraft": ("aircraft", "planes", "airplanes", "airliners", "jetliners", "jets", "helicopters", "drones", "warplanes", "fighter-jets"),
    "strikes": ("airstrikes", "air strikes", "strikes", "raids", "sorties", "bombs", "missiles", "rockets",
                "shells", "mortars", "attacks", "explosions", "airstrike", "strike"),
    "weapons": ("weapons", "rifles", "guns", "mines", "landmines"),
    "doses": ("doses", "dose", "vaccinations"),
    # from units ("volume" is an amount of liquid or gas, "flow" an amount per unit of time: a rate is no total)
    "area": (), "distance": (), "money": (), "weight": (), "percent": (), "magnitude": (), "volume": (), "flow": (),
    "speed": (),
}
# fmt: on
#: categories whose counts are persons (unit "people")
# fmt: off
PEOPLE_WHATS = frozenset({
    "killed", "wounded", "casualties", "displaced", "evacuated", "rescued", "missing", "arrested", "trapped",
    "protesters", "refugees", "fighters", "troops", "civilians", "people", "infected",
})
# fmt: on
# fmt: off
_EVENT_WHATS = (
    "killed", "wounded", "casualties", "displaced", "evacuated", "rescued", "missing", "arrested", "trapped",
    "infected",
)
# fmt: on
_WORD_WHAT: dict[str, str] = {w: cat for cat, words in WHAT_CATEGORIES.items() for w in words if " " not in w}
# event words that, right before a number, say what happened to it ("killed 12", "displacing thousands")
_VERB_BEFORE: dict[str, str] = {
    **{w: "killed" for w in ("killed", "killing", "kills", "kill", "executed", "executing", "massacred", "claimed")},
    **{w: "wounded" for w in ("wounded", "wounding", "injured", "injuring", "injures", "wounds")},
    **{w: "displaced" for w in ("displaced", "displacing", "displaces", "uprooted")},
    **{w: "evacuated" for w in ("evacuated", "evacuating", "evacuate")},
    **{w: "rescued" for w in ("rescued", "rescuing", "freed", "freeing")},
    **{
        w: "arrested"
        for w in ("arrested", "arresting", "detained", "detaining", "captured", "capturing", "abducted", "kidnapped")
    },
    **{w: "trapped" for w in ("trapping", "besieging")},
    **{w: "infected" for w in ("infected", "infecting", "infects")},
}
# event words said of a noun phrase after it ("40 peacekeepers died", "dozens of staff missing")
_EVENT_VERBS = frozenset(
    w
    for cat in _EVENT_WHATS
    for w in WHAT_CATEGORIES[cat]
    if w.endswith("ed") or w in ("died", "dead", "missing", "unaccounted", "homeless", "hurt", "slain", "fled")
)
# a hyphened word after a number that makes it a count of persons ("a 15-member panel", "a 40-man crew")
_NUMBERISH_RE = re.compile(r"\d|(?:an?|some|dozens|hundreds|thousands|" + "|".join(ONES) + r")$", re.I)
_PERSON_MODIFIERS = frozenset({"member", "man", "men", "person", "people", "woman", "women"})
_NOUN_OF_BEFORE: dict[str, str] = {
    **{w: "killed" for w in ("death", "deaths", "killing", "killings", "murder", "murders", "massacre", "execution")},
    **{w: "evacuated" for w in ("evacuation",)},
    **{w: "rescued" for w in ("rescue",)},
    **{w: "arrested" for w in ("arrest", "arrests", "detention", "abduction", "kidnapping")},
    **{w: "displaced" for w in ("displacement",)},
}
# fmt: off
_ANAPHORIC_HEADS = frozenset({
    "force", "forces", "group", "groups", "alliance", "militia", "coalition", "army", "contingent", "brigade", "unit",
    "units", "organization", "organisation",
})
# fmt: on
_STRONG_HEADS: dict[str, str] = {
    "crowd": "protesters",
    "march": "protesters",
    "rally": "protesters",
    "protest": "protesters",
    "delegation": "people",
    "team": "people",
    "workforce": "people",
    "staff": "people",
    "crew": "people",
    "community": "people",
    "choir": "people",
    "chorus": "people",
    "orchestra": "people",
    "band": "people",
    "cast": "people",
    "party": "people",
    "commission": "people",
    "committee": "people",
    "panel": "people",
    "board": "people",
    "squad": "people",
    "mob": "people",
    "group": "people",
    "membership": "people",
    "congregation": "people",
    "audience": "people",
    "family": "people",
}
# heads of a "-strong" phrase that name an armed body: troops, unless the phrase or its owner says fighters
# fmt: off
_STRONG_FORCES = frozenset({
    "force", "forces", "army", "garrison", "contingent", "mission", "brigade", "battalion", "unit", "regiment",
    "division", "corps", "detachment", "deployment", "alliance", "coalition", "militia",
})
_STRONG_TROOP_WORDS = frozenset({"peacekeeping", "military", "naval", "police", "security", "marine", "infantry"})
# fmt: on
# fmt: off
_STOP = frozenset(
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "of",
        "in", "on", "at", "to", "into", "onto", "from", "for", "with", "by", "near", "across", "over", "under",
        "about", "around", "after", "before", "during", "since", "until", "as", "than", "then", "when", "where",
        "while", "who", "whom", "whose", "which", "what", "is", "are", "was", "were", "be", "been", "being", "has",
        "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall",
        "should", "not", "no", "nor", "and", "but", "or", "so", "also", "still", "already", "now", "just", "only",
        "even", "reportedly", "allegedly", "apparently", "mostly", "some", "all", "any", "each", "every", "both",
        "either", "neither", "more", "most", "less", "least", "many", "much", "such", "if", "because", "though",
        "although", "against", "between", "among", "amid", "within", "without", "per", "via", "up", "out", "off",
        "down", "including", "include", "includes", "remain", "remains", "remained", "left", "leave", "say", "says",
        "said", "told", "tell", "according", "there", "here", "they", "them", "we", "us", "he", "she", "him", "it",
        "i", "you", "one", "ago", "yesterday", "today", "tonight", "tomorrow", "outside", "overnight",
    ]
)
# fmt: on
# fmt: off
# words that are never a noun, so never what a number counts when they follow it: adverbs, prepositions and
# conjunctions ("paragraph 11 rather than", "1 hotel due to 1 visitor", "paragraphs 26 to 31 below", "chromosome 21
# instead of") and finite forms of common verbs ("12 came from abroad", "13 caught it at a clinic")
_NEVER_COUNTED = frozenset(
    [
        "rather", "due", "below", "above", "despite", "yet", "instead", "onwards", "beyond", "toward", "towards",
        "upon", "unless", "whether", "whereas", "apart", "alone", "else", "too", "very", "again", "away", "ahead",
        "respectively", "anyway", "thus", "hence", "however", "therefore", "nevertheless", "meanwhile", "otherwise",
        "besides", "behind", "beside", "throughout", "except", "unlike", "versus", "ever", "never", "often", "soon",
        "once", "twice", "later", "earlier", "altogether", "came", "come", "comes", "went", "goes", "wrote",
        "caught", "got", "gave", "took", "saw", "became", "become", "becomes", "grew", "knew", "sent", "brought",
        "began", "seem", "seems", "seemed", "refers", "requires", "reflects", "contains", "relate", "relates",
    ]
)
# fmt: on
# fmt: off
_EVENT_SKIP = frozenset(
    [
        "were", "was", "have", "has", "had", "been", "being", "are", "is", "still", "reportedly", "allegedly",
        "already", "also", "now", "all", "who", "that", "which", "later", "either", "both", "remain", "remained",
        "remains", "believed", "feared", "thought", "said", "to", "be", "reported", "confirmed", "officially",
        "were", "later", "subsequently", "either", "were", "had", "may", "might", "could", "would", "will",
        "likely", "probably", "feared", "so", "far", "since", "then", "altogether", "overall",
        # "1.5 million people were left homeless", "made homeless": the verb before the state
        "left", "made", "rendered",
    ]
)
# fmt: on
# fmt: off
_NAME_WORDS = frozenset(
    [
        "division", "brigade", "battalion", "regiment", "corps", "squadron", "fleet", "army", "route", "highway",
        "road", "street", "avenue", "resolution", "article", "chapter", "section", "paragraph", "clause", "flight",
        "room", "gate", "building", "block", "apollo", "phase", "stage", "level", "camp", "zone", "sector", "unit",
        "no", "no.", "number", "nr", "act", "amendment", "page", "vol", "volume", "part", "grade", "class", "type",
        "model", "version", "series", "line", "station", "terminal", "platform", "channel", "category", "code",
        "protocol", "agenda", "district", "ward", "precinct", "lot", "episode", "season", "year", "week", "day",
        "track", "gen", "generation", "mark", "mk", "item", "bill", "law", "proposition", "prop", "index", "fund",
    ]
)
# fmt: on
# fmt: off
_NOT_ACTOR_ACRONYMS = frozenset({
    "LRB", "RRB", "US", "USA", "UK", "GMT", "UTC", "ET", "EST", "EDT", "CET", "BST", "AM", "PM", "TV", "ID", "OK",
    "CEO", "PS", "PPS", "AD", "BC", "AP", "AFP", "CNN", "BBC", "SANA", "TASS", "RIA", "NPR", "RT", "DPA", "UPI", "EU",
    "I", "II", "III", "IV",
})
# fmt: on
_ORG_HEAD = (
    r"Forces|Force|Army|Front|Brigades?|Battalions?|Party|Movement|Council|Guards?|Units|Coalition|"
    r"Alliance|State|Militia|Organi[sz]ation|Observatory|Ministry|Committee|Command|Corps|Police|"
    r"Government|Agency|Group|Union|Federation|Authority|Administration|Navy|Regime"
)

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# an indefinite article between a bound and its number: "as high as a 100,000 barrels a day" (a spoken "a
# hundred thousand"), "more than a $150,000 a month", "almost a 50 percent increase", "at least a 25% stake" -- the
# bound still holds the number.  Only after a bound that is no preposition of its own: "over a 10-year period",
# "about a 2008 law", "under a 1990 treaty" put the article's noun, not a bound, after the word.
_BOUND_ARTICLE = r"(?:\s+an?(?=\s))?"
_QUALIFIER_RE = re.compile(
    rf"(?:(?P<more_than>(?:\b(?:more|greater)\s+than|\bupwards\s+of|\bin\s+excess\s+of|\bnorth\s+of){_BOUND_ARTICLE}"
    r"|\bover|\bexceeding|\babove|\bjust\s+over|\bwell\s+over|\bwell\s+above)"
    rf"|(?P<at_least>(?:\bat\s+least|\bno\s+(?:fewer|less)\s+than|\bnot\s+less\s+than){_BOUND_ARTICLE}"
    r"|\ba\s+minimum\s+of)"
    rf"|(?P<up_to>(?:\bup\s+to|\bas\s+(?:many|much|high|large|great)\s+as|\b(?:no|not)\s+more\s+than){_BOUND_ARTICLE}"
    r"|\bat\s+most|\ba\s+maximum\s+of)"
    rf"|(?P<fewer_than>(?:\b(?:fewer|less)\s+than|\b(?:just\s+)?shy\s+of){_BOUND_ARTICLE}"
    r"|\bjust\s+under|\bunder|\bbelow)"
    rf"|(?P<about>(?:\bnearly|\balmost|\bclose\s+to){_BOUND_ARTICLE}"
    r"|\babout|\baround|\bsome|\broughly|\bapproximately|\bapprox\.|\ban\s+estimated|\bestimated"
    r"|\bcirca|\bca\.|~|\bthe\s+better\s+part\s+of|\ban\s+approximate))"
    r"\s*$",
    re.I,
)
_POST_QUALIFIER_RE = re.compile(
    r"^(?:\s*-?\s*plus\b|\+|\s+or\s+(?:more|so|above|over|greater|higher|less|fewer|under|below|lower)\b(?!\s+than))",
    re.I,
)
# a qualifier said after the counted noun or unit ("5 cases or more", "5,000 barrels or more")
_LATE_QUALIFIER_RE = re.compile(
    r"^\s+or\s+(?:(?P<at_least>more|above|over|greater|higher)|(?P<up_to>less|fewer|under|below|lower))\b(?!\s+than)",
    re.I,
)


# the start of a telephone number right before a digit group: a code with a leading zero or a "+" country code,
# maybe with groups after it ("01326 ", "+44 20 ", "(0)20 ")
_PHONE_BEFORE_RE = re.compile(r"(?:\+\d{1,3}|(?<![\d,.])\(?0\)?\d{2,4})(?:[ -]\d{2,4})*[ -]$")
# a figure said as not so: a negated verb of saying, expecting or being right before it ("not predicting
# 1 million deaths", "did not say 500 people died", "there will not be 20 million", "isn't 150 deaths", "not 500
# but 5,000"); not a bound ("not more than 50" is a qualifier), nor a figure the negation does not reach ("did not
# include $80 million", "not quarantining hundreds of passengers", "not responsible for the 50 dead")
_NEGATED_BEFORE_RE = re.compile(
    r"(?:(?<!\bif\s)\bnot\b|\bnever\b|n['’]t)\s+"
    r"(?:(?:definitely|necessarily|yet|really|actually|currently|even|now|be|have|been)\s+){0,2}?"
    r"(?:(?:predict|expect|forecast|anticipat|foresee|envisag|estimat|claim|believ|think|say|mean|suggest|indicat"
    r"|show|confirm|report|project)\w*\s+(?:that\s+)?(?:there\s+(?:will\s+be|would\s+be|are|were|is|was)\s+)?"
    r"|(?:said|thought|seen|see|saw)\s+(?:that\s+)?|be\s+|been\s+)?$",
    re.I,
)


def _post_qualifier(word: str) -> str:
    """The qualifier a word after the number makes ("or more" at_least, "or less" up_to, "or so" about, "plus")."""
    last = word.split()[-1].lower() if word.split() else word
    if last in ("so",):
        return "about"
    if last in ("less", "fewer", "under", "below", "lower"):
        return "up_to"
    if last in ("more", "above", "over", "greater", "higher"):
        return "at_least"
    return "more_than"  # "N-plus", "N+"


_CURRENCY = r"US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₽|(?:USD|EUR|GBP)\s?"
_CURRENCY_UNIT = {
    "$": "usd",
    "us$": "usd",
    "usd": "usd",
    "€": "eur",
    "eur": "eur",
    "£": "gbp",
    "gbp": "gbp",
    "¥": "jpy",
    "₹": "inr",
    "₽": "rub",
    "a$": "aud",
    "c$": "cad",
    "hk$": "hkd",
}
_SCALE_ALT = "|".join(SCALES)
_ATOM_RE = re.compile(
    r"(?<![\w.,:/#@&])(?<![A-Za-z]-)(?:"
    r"(?P<order>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?:thousand|million|billion)\b)?(?!\s+(?:and|-))"
    r"|dozens|scores|hundreds|thousands|millions|billions)"
    rf"|(?:(?P<cur>{_CURRENCY})\s?)?(?P<num>{FRACTION_NUMBER}|(?:{DIGITS})(?:(?:\s*|-)(?:{_SCALE_ALT})\b)?|{WORD_NUMBER})"
    r"(?P<att>km²|km2|kms|km|mi|kg|mln|mn|bn|m|k|b|%|p)?"
    r")(?![\w²])",
    re.I,
)
_HAS_DIGIT_RE = re.compile(r"\d")
# the upper end of a money range joined by a hyphen ("$5m-$6m a day", "£2bn-£3bn"): a currency sign after a number's
# attached scale and a hyphen starts a number, though a hyphen after a letter otherwise joins a word
_ATOM_AFTER_HYPHEN_RE = re.compile(_ATOM_RE.pattern.replace(r"(?<![\w.,:/#@&])(?<![A-Za-z]-)", "", 1), re.I)
_MONEY_HYPHEN_BEFORE_RE = re.compile(r"\d(?:[a-z]{1,3})?-$", re.I)
_CURRENCY_WORD_AFTER_RE = re.compile(r"\s*(?:US\s+)?(?:dollars?|euros?|pounds?|r[ou]bles?|yuan|yen|rupees?)\b", re.I)
# a share said as a ratio ("one in 16 mortgages", "eight in ten people", "three out of four Americans"): neither
# number counts anything; after "in", a spelled number is a ratio only after a spelled one ("killed 20 in two attacks")
_SMALL_WORDS = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_RATIO_BEFORE_RE = re.compile(rf"\b(?:\d+|{_SMALL_WORDS})\s+(?:in|out\s+of)\s+(?:every\s+|each\s+)?$", re.I)
_RATIO_AFTER_RE = re.compile(
    rf"^\s+(?:in\s+(?:\d|every\b|ten\b|a\s+hundred\b|a\s+thousand\b)|out\s+of\s+(?:\d|every\b|(?:{_SMALL_WORDS})\b))",
    re.I,
)
_RATIO_SPELLED_AFTER_RE = re.compile(rf"^\s+in\s+(?:{_SMALL_WORDS})\b", re.I)
# a rate said with a counted noun between its terms ("one death in every 200 cases", "3 deaths per 100,000
# people", "one death in 1,261 cases"): neither term is a count.  "per", "in/for/out of every|each" always make
# a rate; a bare "in" only before a larger number of a population that holds the first term ("20 killed in 3
# villages" and "30 cases in 12 states" are counts)
_RATE_NUM = rf"(?:{DIGITS})(?:\s+(?:{_SCALE_ALT}))?|(?:{_SMALL_WORDS})(?:[\s-]+(?:{_SMALL_WORDS}|{_SCALE_ALT}))*"
_RATE_LINK = r"(?:per|(?:in|for|out\s+of)\s+(?:every|each)|(?P<bare>in))"
_RATE_POPULATION = (
    r"(?:cases|infections|people|persons|patients|adults|children|births|pregnancies|deliveries|women|men|"
    r"residents|inhabitants|population|users|customers)\b"
)
_RATE_AFTER_RE = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+{_RATE_LINK}\s+(?:a\s+)?(?P<n2>{_RATE_NUM}|{_SCALE_ALT})\b"
    rf"(?P<pop>\s+(?:[a-z][\w-]*\s+)?{_RATE_POPULATION})?",
    re.I,
)
_RATE_BEFORE_RE = re.compile(
    rf"(?<![\w,.])(?P<n1>\d[\d,.]*|{_SMALL_WORDS})(?:\s+[a-z][\w-]*){{0,2}}?\s+{_RATE_LINK}\s+(?:a\s+)?$", re.I
)


_CALL_BEFORE_RE = re.compile(
    r"\b(call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|ring|phone|text)\s+$", re.I
)


# a count per period of time ("3,000 children die every day", "100 people a week are infected", "150 planes
# are landing daily", "every year thousands die"): a rate, which a Figure cannot tell from a total, so no
# figure.  The period must stand in the counted phrase's own clause (before a comma, a bracket, a dash,
# another number or a conjunction), and "a week" must be no duration or date ("for a week", "in about a
# week", "a week after", "a week ago", "a week-long")
_PER_TIME_RE = re.compile(
    r"\b(?:(?:every|each|per)\s+(?:single\s+)?|(?P<a>an?)\s+)(?:day|night|week|fortnight|month|year|hour|minute)\b"
    r"(?![-\u2010\u2011])(?!\s*(?:ago|after|before|later|earlier|or\s+(?:two|so)|of|when|in\s+which)\b)"
    r"(?(a)(?!\s*since\b))"  # "every day since April" is a rate; "a day since" is no period
    r"|\b(?:daily|nightly|weekly|monthly|annually|yearly|hourly)\b",
    re.I,
)
_PER_TIME_BREAK_RE = re.compile(
    r"[,;:()\[\]\"“”]|\s[-–—]+\s|--|\d|[$€£¥]"
    r"|(?-i:(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<![A-Z][a-z]{4})(?<![A-Z][a-z]{5})(?<![A-Z][a-z]{6})"
    r"\s+and\b)|\band\b(?-i:(?!\s+[A-Z]))"  # "in Africa and Asia": two names joined, no new clause
    r"|\b(?:but|while|whereas|who|whom|whose|which|that|because|although|though|if|unless)\b",
    re.I,
)
# words before "a week" that make it a duration or a point in time, not a rate
# fmt: off
_DURATION_BEFORE = frozenset({
    "for", "in", "within", "over", "after", "by", "to", "than", "of", "about", "around", "once", "twice", "nearly",
    "almost", "only", "just", "half", "under", "least", "up", "at", "roughly", "some", "past", "last", "next",
    "such", "quite", "spend", "spent", "spending", "take", "took", "takes", "taking", "lasted", "lasts",
    "throughout", "during", "barely", "like", "another",
})
# fmt: on
# a period right after a counted phrase ("3,000 people a day die", "300 patients daily are")
_PERIOD_AFTER_RE = re.compile(
    r"\s*(?:(?:an?|every|each|per)\s+(?:single\s+)?(?:day|night|week|fortnight|month|year|hour|minute)"
    r"|daily|nightly|weekly|monthly|annually|yearly|hourly)\b",
    re.I,
)
_PERIOD_WORD_RE = re.compile(r"\w+\s+(?:single\s+)?\w+,?")  # "every day", "each single year,"
_PER_TIME_BEFORE_RE = re.compile(
    r"\b(?:every|each|per)\s+(?:single\s+)?(?:day|night|week|month|year)\b,?\s+(?:[A-Za-z'’-]+\s+){0,4}$", re.I
)


# cheap tests before the costly patterns: a period word, a temperature word (as lowercase substrings)
_PERIOD_HINTS = ("day", "daily", "night", "week", "month", "year", "hour", "minute", "fortnight", "annual")
_TEMPERATURE_HINTS = (
    "temperat",
    "heat",
    "thermomet",
    "mercury",
    "fever",
    "degree",
    "celsius",
    "fahrenheit",
    "scorch",
    "swelter",
    "hotte",
)


def _has_any(text: str, hints: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(h in low for h in hints)


def _in_condition(s: str, start: int, rx: re.Pattern[str] | None = None) -> bool:
    """Whether s[start] stands in an "if" or "unless" clause (see _IF_RE's comment); ``rx``: the conjunctions
    that open such a clause (_UNMET_RE also takes "until")."""
    last = None
    for m in (rx or _IF_RE).finditer(s, max(0, start - 120), start):
        last = m
    if last is None or _CLAUSE_BREAK_RE.search(s, last.end(), start):
        return False
    if re.match(r"\s+not\b", s[last.end() : last.end() + 5], re.I):
        return False  # "30 if not 40": a hedge
    if _if_main_clause(s, last, start):
        return False  # "If you look at the video you can see 5,000 barrels": the main clause's figure
    return not _ASK_WORDS & set(s[max(0, last.start() - 40) : last.start()].lower().split()[-4:])


def _if_main_clause(s: str, cond: re.Match[str], start: int) -> bool:
    """Whether the main clause after a condition that opens the sentence has begun before s[start], though no
    comma closes the condition: its pronoun subject said again before a modal (see _IF_MAIN_RE)."""
    if _IF_OPENING_RE.fullmatch(s, 0, cond.start()) is None:
        return False  # "... unless you can see 5,000 barrels": the main clause came before the condition
    subject = _IF_SUBJECT_RE.match(s, cond.end())
    if subject is None or subject.group(1).lower() not in SUBJECT_PRONOUNS:
        return False
    for m in _IF_MAIN_RE.finditer(s, subject.end(), start):
        if m.group("pro").lower() == subject.group(1).lower() and m.group("prev").lower() not in _IF_INNER_CUES:
            return True
    return False


def _per_time(s: str, start: int, phrase_end: int, before: bool = True) -> str | None:
    """The period ("d", "wk", "yr" ...) the count at s[start:...] whose counted phrase ends at ``phrase_end``
    is said per (see _PER_TIME_RE), None for a count that is no rate, "" when a period before the count may
    or may not be its own (another clause may stand between).  ``before=False``: only a period after it."""
    if before and _has_any(s[max(0, start - 60) : start], _PERIOD_HINTS):
        b = _PER_TIME_BEFORE_RE.search(s, max(0, start - 60), start)
        if b is not None:
            pw = _PERIOD_WORD_RE.match(b.group())
            if _PER_TIME_BREAK_RE.search(s, b.start() + (pw.end() if pw else 0), start):
                return ""  # "each year, and 500 die", "every year and we have 500": perhaps, so no figure
            return _period_code(b.group())  # "every day thousands die"
    tail = s[phrase_end : phrase_end + 120]
    if not _has_any(tail, _PERIOD_HINTS):
        return None
    brk = _PER_TIME_BREAK_RE.search(tail)
    limit = brk.start() if brk else len(tail)
    for m in _PER_TIME_RE.finditer(tail):
        if m.start() >= limit:
            break
        if m.group("a"):
            prev = re.search(r"([A-Za-z'’]+)\W*$", s[: phrase_end + m.start()])
            if prev is not None and prev.group(1).lower() in _DURATION_BEFORE:
                continue  # "confined for a week", "in about a week"
        return _period_code(m.group())
    return None


def _period_code(phrase: str) -> str:
    """The period a phrase says ("every day" -> "d", "weekly" -> "wk", "each year" -> "yr")."""
    low = phrase.lower()
    for word, code in (
        ("fortnight", "fortnight"), ("night", "night"), ("minute", "min"), ("hour", "h"), ("week", "wk"),
        ("month", "mo"), ("year", "yr"), ("annual", "yr"), ("da", "d"),
    ):  # fmt: skip
        if word in low:
            return code
    return "d"


# a temperature ("98.6 degrees", "40°C", "40 C", "104 Fahrenheit"): no count and no figure -- a Figure has no
# temperature category, and one reading in Celsius and one in Fahrenheit must not look like two claims.
# "degrees" in a sentence about study ("22 degrees awarded by the university") is a count
_TEMPERATURE_AFTER_RE = re.compile(
    r"^(?:\s*|-)(?:[°º˚]|(?:degrees?|deg)\b|(?-i:[CF])\b(?![-.’'\w])|(?:celsius|fahrenheit|centigrade)\b)", re.I
)
_STUDY_RE = re.compile(r"\b(?:universit|college|graduat|honorary|academic|bachelor|master'?s|doctora|diploma)", re.I)
# a number with nothing counted in a sentence about heat ("the heat was brutal, hitting 100") is a temperature
_TEMPERATURE_WORDS_RE = re.compile(
    r"\b(?:temperatures?|heat(?:wave)?|thermometers?|mercury|fever|degrees|celsius|fahrenheit|scorching|"
    r"sweltering|hottest|hotter)\b",
    re.I,
)
# an exchange rate ("($1 = 5.6 Egyptian pounds)", "£1 = $1.45"): neither side is money of the story
_EXCHANGE_AFTER_RE = re.compile(r"^\s*(?:[A-Za-z]+\s+)?=")
_EXCHANGE_BEFORE_RE = re.compile(r"=\s*$")
# a count inside a condition ("if more than 50 people are infected", "banned if more than 10 workers are
# killed"): a hypothetical, not a count of the story.  Not "asked (the government) if", "unclear if" (an
# indirect question)
# nor "if not" (a hedge: "thousands if not millions")
_IF_RE = re.compile(r"\b(?:if|unless)\b", re.I)
# a condition that opens its sentence and is written with no comma after it, as speech is set down ("If you look
# at the video you can see plumes far in excess of 5,000 barrels a day", "If we cap it we will stop 60,000
# barrels"): the main clause starts where the condition's pronoun subject comes back before a modal.  Not after
# "that" or a verb of the mind or of saying, which open a clause inside the condition ("If you think (that) you
# can find more than 50 ...")
_IF_OPENING_RE = re.compile(r"[\s\"“'‘.…(\[-]*")
_IF_SUBJECT_RE = re.compile(r"\s+([A-Za-z]+)\b")
_IF_MAIN_RE = re.compile(
    r"(?P<prev>[\w'’]+)\s+(?P<pro>[A-Za-z]+)(?:\s*['’](?:ll|d)|\s+(?:"
    + "|".join(sorted(MODALS | {"will", "would", "shall", "won't", "wouldn't", "couldn't"}, key=len, reverse=True))
    + r"))\b",
    re.I,
)
_IF_INNER_CUES = frozenset({"that", *MIND_PRESENT_VERBS, *REPORTING_PRESENT, *REPORTING_PAST})
_CLAUSE_BREAK_RE = re.compile(r"[,;:()\[\]—–\"“”]")
# fmt: off
_ASK_WORDS = frozenset({
    "ask", "asked", "asks", "asking", "wonder", "wondered", "wonders", "wondering", "know", "knows", "see", "seen",
    "unclear", "clear", "unknown", "decide", "decided", "check", "checked", "determine", "tell", "question",
    "doubt", "doubtful", "sure", "unsure", "whether", "learn", "test", "tested",
})
# fmt: on
_THRESHOLD_QUALIFIERS = frozenset({"more_than", "at_least", "fewer_than", "up_to"})
# a bound said as "N or more" that describes a class ("incidents with 10 or more deaths", "outbreaks of 5 cases
# or more", "groups of 10 or more"): a threshold, not a count of the story.  "More than" is left alone: "the
# results of more than 600 tests" and "cases with more than 3,000 hospitalisations" are counts
_CLASS_OF_RE = re.compile(r"\b([A-Za-z][a-z]+s)\s+(?:with|of|involving|affecting|having|containing)\s+$")
# persons named by what befell them earlier ("prisoners", "hostages"): the clause's verb says what the count
# is of ("killed 22 prisoners" -> killed, "22 hostages were freed" -> rescued)
_ORDER_PLURALS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"})
# fmt: off
_STATUS_HEADS = frozenset({
    "prisoners", "prisoner", "detainees", "detainee", "hostages", "hostage", "evacuees", "evacuee",
})
# fmt: on


def _class_noun(word: str) -> bool:
    """A plural noun a threshold can describe ("incidents", "gatherings"), not an event or amount said of the
    persons after it ("the deaths of more than 30 people", "hundreds of ...", "the lives of at least 11")."""
    low = word.lower()
    return (
        _plural_noun(low)
        and low not in _NOUN_OF_BEFORE
        and _WORD_WHAT.get(low) not in (*_EVENT_WHATS, "people", "civilians", "fighters", "troops")
        and low not in _ORDER_PLURALS
        and low not in _TIME_NOUNS
    )


def _rate_term(s: str, start: int, end: int, value: float) -> bool:
    """Whether the number at s[start:end] is one term of a rate with a counted noun between its terms
    ("one death in every 200 cases", "1 death per 1,000 cases"; see _RATE_AFTER_RE)."""
    m = _RATE_AFTER_RE.match(s, end)
    if m is not None:
        if not m.group("bare"):
            return True
        n2 = parse_number(m.group("n2")) or SCALES.get(m.group("n2").lower())  # "in a million"
        if m.group("pop") and n2 is not None and n2 > value:
            return True
    b = _RATE_BEFORE_RE.search(s, max(0, start - 60), start)
    if b is not None:
        if not b.group("bare"):
            return True
        n1 = parse_number(b.group("n1").rstrip(",."))
        pop = re.match(rf"\s+(?:[a-z][\w-]*\s+)?{_RATE_POPULATION}", s[end:], re.I)
        return pop is not None and n1 is not None and n1 < value
    return False


_WORDS_RE = re.compile(r"[a-z]+")
# words a spelled-out figure can start with ("two", "half", "dozens", "thousands of") ...
_LEADING_NUMBER_WORDS = frozenset(
    [*ONES, *TENS, "half", "dozen", "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions"]
)
# ... and every word that can write a number: a sentence without a digit needs one to hold a figure
_PREFILTER_WORDS = _LEADING_NUMBER_WORDS | {"quarter", "hundred", "thousand", "million", "billion"}
_SPACED_SCALE_RE = re.compile(r"\s(bn|mn|mln|m|k)\b")
# fmt: off
_TIME_NOUNS = frozenset({
    "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades", "centuries", "second",
    "minute", "hour", "day", "night", "week", "month", "year", "decade", "weekends", "sessions", "rounds",
    "yrs", "hrs", "mins", "secs",  # abbreviated ("for 35 yrs"): a duration too
})
# fmt: on
# "1.5m Haitians", "4.9 m barrels": "m" before a counted plural is million, not metres ("5m high",
# "2 m of snow", "10m metres" are lengths, "2m years" a duration)
_NOT_COUNTED = "|".join(sorted(_TIME_NOUNS | {"metres", "meters", "miles", "feet", "inches", "times"}))
# ("3m affected", "an 11m gallon spill": a people word or a volume/weight word used as a modifier)
_MILLION_M_NOUN_RE = re.compile(
    rf"(?:\s+|-)?(?!(?:{_NOT_COUNTED})\b)(?:(?:(?:[A-Z][A-Za-z.]*|[a-z]+-[a-z]+)\s+){{1,2}}[a-z]{{2,}}s\b|"
    r"[A-Za-z]{3,}s|people|children|men|women|affected|homeless|dead|displaced|"
    r"injured|wounded|infected|unemployed|gallon|barrel|lit(?:re|er)|tonne|ton|dollar|euro|pound|kg)\b"
)
# "2m will fall ill", "1.5m are at risk", "3m of them": an attached "m" before a verb or a pronoun of persons
# is million; the verb is an auxiliary, a modal or a past form ("2m died", "1m displaced")
_MILLION_M_VERB_RE = re.compile(
    r"\s+(?:(?:still|now|already|also|more|could|may|might|will|would|must|should|can)\s+)?"
    r"(?:will|would|could|can|may|might|must|should|are|were|have|had|has|is|was|remain|need|needed|face|faced|"
    r"live|lived|lack|lacked|depend|depended|[a-z]{3,}ed)\b"
    r"|\s+of\s+(?:them|those|whom|these|the\s+[a-z]+s\b|their|its)\b",
    re.I,
)
# things measured by their length or height ("a 150m boom", "a 300m fire-resistant boom", "a 500m exclusion zone",
# "a 3m wave"), after which an attached "m" is metres; not money nouns ("a 150m deal" stays unknown)
_MEASURED_THINGS = (
    "waves?|swell|surge|tide|walls?|fence|barrier|boom|berm|levee|dam|dyke|dike|pipe|pipeline|riser|tunnel|bridge|"
    "tower|mast|crane|ship|tanker|vessel|yacht|cliff|crater|hole|trench|shaft|slick|plume|cordon|radius|runway|"
    "stretch|section|strip|zone|spire|statue|screen"
)
# a length needs a measuring context: a dimension or position word after it ("2m high", "420m underground",
# "5m above sea level", "a 300m-long tanker", "a depth of 45m", "30ft (9m)"), a measuring word before it
_METRES_AFTER_RE = re.compile(
    r"(?:\s*-\s*|\s+)(?:high|tall|long|deep|wide|thick|across|away|apart|above|below|beneath|under|underground|"
    r"underwater|down|up|higher|lower|deeper|in\s+(?:height|length|diameter|depth|width|circumference)|"
    r"from|off|offshore|inland|of\s+(?:snow|water|rubble|sand|mud|rain|ice|earth|soil|debris|sediment|pipe|"
    r"boom|rock|concrete|fence|wall|track|road|floodwater)"
    r"|waters|seas|depths"  # "in 30 m waters": a depth, the water measured
    r"|(?:[a-z]+(?:-[a-z]+)*\s+)?(?:" + _MEASURED_THINGS + r"))\b"
    r"|\s*\)"
    r"|\s*\(\s*[\d,.]+[\s-]*(?:ft|feet|foot|in|inches|yards?|yd)\b"
    r"|\s+(?:by|x)\s+\d",
    re.I,
)
_METRES_BEFORE_RE = re.compile(
    r"\b(?:depths?|heights?|lengths?|widths?|diameters?|radius|altitudes?|elevations?|distances?|"
    r"thickness|deep|high|tall|long|wide|area|waves|swells?|surges?|tides?|seas)\s+(?:[a-z]+\s+){0,3}$"
    r"|\b(?:within|measuring|measures|measured)\s+(?:about\s+|some\s+)?$"
    r"|\d\s?(?:ft|feet|foot|yards?|inches|in)\s*\(\s*(?:about\s+|some\s+)?$"
    r"|\d\s?m\s+(?:by|x)\s+$",
    re.I,
)


_M_RANGE_NEXT_RE = re.compile(r"\s*(?:to|-|–|or|and)\s*(?:about\s+)?\d[\d,.]*\s?m\b", re.I)
_M_RANGE_CURRENCY_BEFORE_RE = re.compile(rf"(?:{_CURRENCY})\s?\d[\d,.]*(?:m|bn)?\s*(?:to|-|–)\s*$")


def _million_m(s: str, start: int, end: int) -> bool:
    """Whether "2m" ending at ``end`` is two million: before a counted plural or a people word, a verb or
    "of them" ("2m will fall ill", "1.5m Haitians", "3m of them"), not in a measuring context; the first
    end of a range whose second end is millions ("92m to 182m gallons"); the second end of a range of money
    ("$400-600m")."""
    if _M_RANGE_CURRENCY_BEFORE_RE.search(s[max(0, start - 20) : start]):
        return True
    if _MILLION_M_NOUN_RE.match(s, end):
        return not _METRES_AFTER_RE.match(s, end)
    if _METRES_AFTER_RE.match(s, end) or _METRES_BEFORE_RE.search(s[max(0, start - 40) : start]):
        return False
    if (nxt := _M_RANGE_NEXT_RE.match(s, end)) is not None:
        return _million_m(s, nxt.end() - 1, nxt.end())
    return bool(_MILLION_M_VERB_RE.match(s, end))


# after a spaced "m" ("2.25 m ft of boom", "1.4 m page views"): another unit of length, volume or weight, or
# a plural noun after at most one lowercase modifier -- "m" before them is million, never metres
_SPACED_M_COUNTED_RE = re.compile(
    r"\s+(?:(?:ft|feet|foot|miles|yards|inches|barrels|gallons|lit(?:re|er)s|tonnes|tons|acres|hectares)\b"
    r"|(?:[a-z]{3,}\s+)?(?!(?:waters|seas|depths|heights|lengths|widths|swells)\b)[a-z]{3,}s\b(?![-’']))"
)


def _spaced_million_m(s: str, start: int, end: int) -> bool:
    """Whether a spaced "m" ending at ``end`` ("2.25 m ft") is million: a unit or a counted noun after it
    (see _SPACED_M_COUNTED_RE), not in a measuring context ("1.5 m high", "3 m waves")."""
    nxt = _SPACED_M_COUNTED_RE.match(s, end)
    if nxt is None or _METRES_AFTER_RE.match(s, end) or _METRES_BEFORE_RE.search(s[max(0, start - 40) : start]):
        return False
    last = nxt.group().split()[-1]
    return last.lower() not in _STOP and last.lower() not in ("was", "has", "is", "does", "this", "its", "his")


def _metres_m(s: str, start: int, end: int) -> bool:
    """Whether "2m" (not a million: see :func:`_million_m`) is a length: only with a measuring word."""
    return bool(_METRES_AFTER_RE.match(s, end) or _METRES_BEFORE_RE.search(s[max(0, start - 40) : start]))


_VIDEO_LINES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0})
_DIGIT_RUN_RE = re.compile(r"\d+(?:[.,:/-]\d+)*")
_TRIGGER_RE = re.compile(r"\d+|[A-Za-z]+")
_CURRENCY_BEFORE_RE = re.compile(rf"(?:{_CURRENCY})\s?$")
# where a figure may start: a number word, or "a hundred", "several thousand", "US$ 5"
_FIRST_WORDS = _LEADING_NUMBER_WORDS | {"a", "an", "several", "usd", "eur", "gbp", "us"}
_UNIT_RE = re.compile(
    r"^(?:\s*-?\s*)(?:"
    r"(?P<km2>(?:square|sq\.?)[\s-]*(?:kilomet(?:er|re)s?|km)\b|km2|km²)"
    r"|(?P<mi2>(?:square|sq\.?)[\s-]*mi(?:les?)?\b|mi2|mi²)"
    r"|(?P<ha>hectares?\b|ha\b)|(?P<acre>acres?\b)"
    r"|(?P<bpd>bpd\b|b/d\b|bbl/d\b|bopd\b)"
    r"|(?P<m3>cubic[\s-]+met(?:er|re)s?\b|m3\b|m³)|(?P<ft3>cubic[\s-]+f(?:ee|oo)t\b|cu\.?\s?ft\b)"
    r"|(?P<bbl>barrels?\b|bbls?\b)|(?P<gal>(?:US\s+)?gallons?\b)|(?P<l>lit(?:re|er)s?\b)"
    r"|(?P<nmi>nautical\s+miles?\b)"
    r"|(?P<km>kilomet(?:er|re)s?\b|kms?\b)|(?P<mi>miles?\b|mi\b)|(?P<m>met(?:er|re)s?\b|m\b)"
    r"|(?P<ft>feet\b|foot\b|ft\b)|(?P<inch>inch(?:es)?\b)|(?P<yd>yards?\b)"
    r"|(?P<cm>centimet(?:er|re)s?\b|cm\b)|(?P<mm>millimet(?:er|re)s?\b|mm\b)"
    r"|(?P<t>(?:metric\s+)?(?:tons?|tonnes?)\b)|(?P<kg>kilo(?:gram|gramme)?s?\b|kg\b)|(?P<lb>pounds?\b|lbs?\b)"
    r"|(?P<percent>%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b)"
    r"|(?P<usd>(?:US\s+|U\.S\.\s+|American\s+)?dollars?\b|USD\b)|(?P<eur>euros?\b|EUR\b)"
    r"|(?P<gbp>pounds\s+sterling\b|sterling\b|GBP\b)|(?P<rub>r[ou]bles?\b|RUB\b)|(?P<cny>yuan\b|renminbi\b)"
    r"|(?P<jpy>yen\b)|(?P<inr>rupees?\b)"
    r"|(?P<pence>pence\b|pennies\b|p\b(?!-))|(?P<cents>(?:US\s+|U\.S\.\s+)?cents\b|cent\b(?!\s+(?:of|per)\b)|¢)"
    r")",
    re.I,
)
# coins said in hundredths of a currency: the figure is kept in the currency ("20 pence" is £0.20)
_HUNDREDTHS = {"pence": "gbp", "cents": "usd"}
_PSI_RE = re.compile(r"\s*(?:per|a|/)\s*(?:square|sq\.?)\s*inch\b", re.I)
_IDIOM_CENTS_RE = re.compile(r"\b(?:my|his|her|their|our|your)\s+$", re.I)
_UNIT_WHAT = {
    "km2": "area",
    "mi2": "area",
    "ha": "area",
    "acre": "area",
    "km": "distance",
    "mi": "distance",
    "m": "distance",
    "ft": "distance",
    "nmi": "distance",
    "inch": "distance",
    "yd": "distance",
    "cm": "distance",
    "mm": "distance",
    "bbl": "volume",
    "gal": "volume",
    "l": "volume",
    "m3": "volume",
    "ft3": "volume",
    "t": "weight",
    "kg": "weight",
    "lb": "weight",
    "percent": "percent",
    "usd": "money",
    "eur": "money",
    "gbp": "money",
    "rub": "money",
    "cny": "money",
    "jpy": "money",
    "inr": "money",
    "aud": "money",
    "cad": "money",
    "hkd": "money",
    "egp": "money",
    "lbp": "money",
    "syp": "money",
    "sdg": "money",
}


_RANGE_TAIL_RE = re.compile(
    rf"\s*(?:\([^()]{{0,80}}\)\s*)?(?:to|-|–)\s*(?:about\s+)?(?:{DIGITS})(?:\s*(?:{'|'.join(SCALES)})\b)?"
)


def _range_rate(after: str, unit: str) -> str | None:
    """The period of a volume whose range ends in a flow of the same unit after a bracketed conversion
    ("12,000 barrels (504,000 gallons) to 25,000 barrels per day" -> "d"): both ends are flows."""
    m = _RANGE_TAIL_RE.match(after)
    if m is None:
        return None
    um = _UNIT_RE.match(after[m.end() :])
    if um is None or um.lastgroup != unit:
        return None
    rm = _RATE_RE.match(after[m.end() + um.end() :])
    return _PERIOD[(rm.group("period") or rm.group("daily")).lower()] if rm else None


# words after "a day" that make it a time, not a period ("a day after the blast", "a year earlier")
_NOT_PERIOD_AFTER = r"(?!\s*(?:ago|after|before|later|earlier|since|or\s+(?:two|so))\b)"
# a conversion set off by commas after a volume, before its period ("5,000 barrels, or 210,000 gallons, a day")
_VOLUME_ASIDE_RE = re.compile(
    r"\s*,\s*or\s+(?:(?:about|some|roughly|around|nearly|almost|more\s+than|over)\s+)?[\d.,]+\s*"
    r"(?:million\s+|billion\s+|m\s+|bn\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:gallons|litres|liters|barrels|cubic\s+(?:metres|meters|feet)|tonnes)(?:\s+of\s+[a-z]+)?\s*,?"
    rf"\s*(?P<period>(?:a|an|per|each|every)\s+(?:day|hour|week|month|year)|daily)\b{_NOT_PERIOD_AFTER}",
    re.I,
)
# the gap between a flow and its conversion into another volume ("70,000 barrels a day, or 2.9m gallons")
_FLOW_CONVERSION_GAP_RE = re.compile(
    r"\s*,?\s*or\s+(?:about|some|roughly|around|nearly|almost|more\s+than|over\s+)?\s*"
)
_ASIDE_PERIOD_RE = re.compile(
    rf"\s*,\s*(?P<period>(?:a|an|per|each|every)\s+(?:day|hour|week|month|year)|daily)\b{_NOT_PERIOD_AFTER}", re.I
)
# a volume named per period before it ("the estimated daily spill of 5,000 barrels", "an annual output of 4m
# barrels", "the daily leak from the well is estimated at 5,000 barrels", "raise daily collection to 53,000
# barrels"): the period's adjective, a few words with no break, and "of", "at" or "to" right before the number
_PERIOD_ADJ = {"daily": "d", "hourly": "h", "weekly": "wk", "monthly": "mo", "annual": "yr", "yearly": "yr"}
_DAILY_OF_RE = re.compile(
    r"\b(daily|hourly|weekly|monthly|annual|yearly)\s+(?:[a-z]+\s+){1,7}?(?:of|at|to)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|an\s+estimated|as\s+much\s+as)\s+)?$",
    re.I,
)

# a period adjective on the noun a money figure or a weight is said of, the figure right after "of", "at" or
# "worth" ("an annual pension of $931,000", "a daily fee of $500", "an annual output of 4,000 tonnes", "a
# yearly salary worth £90,000"): a few lowercase words, no break, no other number between
_PERIOD_ADJ_BEFORE_RE = re.compile(
    r"\b((?i:daily|hourly|weekly|monthly|annual|yearly))\s+(?:(?:[a-z]+\s+){1,3}?(?:of|at|worth)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|an\s+estimated|as\s+much\s+as|more\s+than)\s+)?)?"
    r"(?:US\s+)?$"
)
_WEIGHTS = frozenset({"t", "kg"})


def _conversion_gap(gap: str) -> bool:
    """Whether a figure after ``gap`` sits in a bracket that converts the figure before it: the bracket
    opens right after that figure and holds nothing but numbers, units and "or" ("(504,000 gallons or "),
    not an aside ("(by comparison, global output is ")."""
    if re.fullmatch(r"\s*\(\s*", gap):
        return True
    if not re.fullmatch(r"\s*\([^()]*", gap):
        return False
    inner = gap.split("(", 1)[1]
    return all(
        _UNIT_RE.match(" " + w) or w.lower() in ("or", "and", "to", "us", "imperial") or w.lower() in SCALES
        for w in re.findall(r"[A-Za-z]{2,}", inner)
    )


def _counted_after_unit(word: str) -> bool:
    """A lowercase plural noun after a singular unit word, which the unit word then modifies ("bombs")."""
    return (
        _plural_noun(word)
        and not _UNIT_RE.match(" " + word)
        and _norm(word) not in _TIME_NOUNS
        and _norm(word) not in _EVENT_VERBS
    )


def _unit_modifies(um: re.Match[str], after: str) -> bool:
    """Whether a volume word after a number modifies the noun after it instead of being counted: singular,
    not hyphened to the number, and followed by a plural noun ("20 barrel bombs", "ten gallon hats").
    "5,000 barrels", "a 5,000 barrel spill" (a singular head) and "a 55-gallon drum" keep the unit: only a
    count of barrels or gallons is a volume."""
    if (um.lastgroup or "") not in _TO_L:
        return False  # a weight stays a weight ("the 2,000 kg machines")
    word = um.group().strip()
    if "-" in um.group() or word.lower().endswith("s") or word.isupper():
        return False
    nxt = re.match(r"\s+([A-Za-z][\w-]*)", after[um.end() :])
    return nxt is not None and _counted_after_unit(nxt.group(1))


def _unit_what(unit: str | None) -> str | None:
    """The category a unit measures; a volume per period ("bbl/d") is a flow."""
    if unit is None:
        return None
    base, slash, period = unit.partition("/")
    if slash and base in _TO_L:
        return "flow"
    if slash and period in ("h", "s") and base in _TO_KM:
        return "speed"
    if slash and base in _WEIGHTS and period in _PERIOD.values():
        return "weight"  # "4,000 tonnes a year" ("t/yr"): a weight per period, in its own unit
    if slash and _UNIT_WHAT.get(base) == "money":
        return "money"  # "usd/d", "usd/bbl": money per period or per thing is still money, in its own unit
    return _UNIT_WHAT.get(unit)


_ATTACHED_UNIT = {"km²": "km2", "km2": "km2", "km": "km", "kms": "km", "mi": "mi", "kg": "kg", "%": "percent", "m": "m"}
_TO_KM = {
    "km": 1.0,
    "mi": 1.609344,
    "m": 0.001,
    "ft": 0.0003048,
    "nmi": 1.852,
    "inch": 0.0000254,
    "yd": 0.0009144,
    "cm": 0.00001,
    "mm": 0.000001,
}
# volumes to litres (US gallon; oil barrel of 42 US gallons); a flow keeps its period ("bbl/d" -> "l/d")
_TO_L = {"l": 1.0, "gal": 3.785411784, "bbl": 158.987294928, "m3": 1000.0, "ft3": 28.316846592}
# the period of a flow ("5,000 barrels a day", "35,000 to 60,000 barrels of oil per day", "2,000 bpd")
# -- not "a day" before "ago", "later" or "earlier", which make it a time ("5,000 barrels a day earlier": one day
# earlier).  "a day before"/"a day after" with an object stays a flow: "leaking 1,000 barrels a day before the
# cap", "capturing 10,000 barrels a day after the fix" say a rate up to or from an event
_RATE_RE = re.compile(
    r"^(?:\s*\([^()]{0,80}\))?(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+)?(?:\s*\([^()]{0,80}\))?"
    r"(?:\s*[-/(]?\s*(?:(?P<art>an?)|per|each|every)[\s-]+|\s*/\s*)(?P<period>day|hour|minute|week|month|year)\b"
    r"(?!\s+ago)(?(art)(?!\s+(?:later|earlier)\b))\)?"
    r"|^(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+(?P<daily>daily)\b",
    re.I,
)
# money per period or per thing ("$6m a day", "$150,000 (£96,000) a month", "$67 a barrel", "£2 per share",
# "$4,300 for every barrel spilled", "a $60-billion-a-year industry", "$500-an-hour fees", "up to $200 daily"):
# a rate, whose unit is the currency over the period or thing ("usd/d", "usd/bbl", "gbp/share") -- no total.
# After "a"/"an" only a period or a thing prices are said of (not "$75m a legacy"); after "per", "for every",
# "for each" any singular noun ("per violation"); "a year ago", "a year earlier", "a day before" date a total
_MONEY_PERIODS = {
    "day": "d", "daily": "d", "hour": "h", "hourly": "h", "minute": "min", "week": "wk", "weekly": "wk",
    "month": "mo", "monthly": "mo", "year": "yr", "yearly": "yr", "annually": "yr", "annum": "yr",
    "quarter": "quarter", "night": "night", "nightly": "night",
}  # fmt: skip
_MONEY_THINGS = {
    "barrel": "bbl", "bbl": "bbl", "gallon": "gal", "litre": "l", "liter": "l", "pound": "lb", "lb": "lb",
    "ton": "t", "tonne": "t", "kilo": "kg", "kilogram": "kg", "kg": "kg", "ounce": "ounce", "share": "share",
    "person": "person", "capita": "person", "man": "person", "head": "head", "acre": "acre",
}  # fmt: skip
_PERIOD_ALT = "day|hour|minute|week|month|year|quarter|night|annum"
_MONEY_RATE_RE = re.compile(
    r"^(?:\s*\([^()]{0,40}\))?"  # a bracketed conversion: "$6m (£3.9m) a day"
    r"(?:"
    rf"(?:\s*-\s*|\s+)(?:an?|per|each|every)[\s-]+(?P<period>{_PERIOD_ALT})\b"
    r"(?!\s+(?:ago|earlier|later|before|after|low|high|old)\b)(?!-(?:old|long|low|high)\b)"
    rf"|\s*/\s*(?P<slash>{_PERIOD_ALT}|barrel|bbl|gallon|share)\b"
    r"|\s+(?P<adverb>daily|hourly|weekly|monthly|yearly|annually|nightly)\b"
    r"|(?:\s*-\s*|\s+)(?:an?|per|for\s+(?:each|every))[\s-]+(?:[A-Za-z]+\s+){0,2}?"
    r"(?P<thing>barrel|bbl|gallon|lit(?:re|er)|pound|lb|tonne|ton|kilo(?:gram)?|kg|ounce|share|person|capita|head|acre)"
    r"(?![\w’'])"
    r"|\s+(?:per|for\s+(?:each|every))\s+(?P<noun>[a-z]{3,})\b(?![-’'])(?P<next>\s+[a-z]+\b)?"
    r")",
    re.I,
)
# singular nouns after "per" that are no thing a price is said of
_NOT_PER_NOUNS = frozenset({"cent", "the", "this", "that", "its", "their", "his", "her", "our", "time", "one", "cents"})


def _money_rate(after: str) -> tuple[str, int] | None:
    """The period or thing a money figure is said per, and where that phrase ends in ``after`` (see
    _MONEY_RATE_RE): ("d", 6) for " a day"; None for a total."""
    m = _MONEY_RATE_RE.match(after)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    end = m.end()
    if m.group("noun"):
        if word in _NOT_PER_NOUNS or word in _STOP or word.endswith(("ly", "ing", "ed")) or _plural_noun(word):
            return None
        if m.group("next"):
            nxt = m.group("next").strip().lower()
            if nxt not in _STOP and not nxt.endswith(("ed", "ly")):
                return None  # "for each relief well", "a $1bn per incident cap": the noun modifies another
            end = m.start("next")
    return (_MONEY_PERIODS.get(word) or _MONEY_THINGS.get(word) or word), end


_PER_SECOND_RE = re.compile(r"^(?:\s*/\s*s(?:ec(?:ond)?)?\b|\s+(?:per|an?)\s+second\b)", re.I)
_PER_HOUR_RE = re.compile(r"^(?:\s*/\s*h(?:r|our)?\b|\s*ph\b|\s+(?:per|an|a)\s+hour\b)", re.I)
_PERIOD = {"day": "d", "daily": "d", "hour": "h", "minute": "min", "week": "wk", "month": "mo", "year": "yr"}
_TO_KM2 = {"km2": 1.0, "mi2": 2.589988110336, "ha": 0.01, "acre": 0.0040468564224}

_DURATION_AFTER_RE = re.compile(
    r"^\s*-?\s*(?:(?:years?|yrs?)[\s-]+old\b|(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|"
    r"years?|decades?|centuries|century|-year|-day)\b)",
    re.I,
)
_CLOCK_AFTER_RE = re.compile(
    r"^\s*(?:[ap]\.?m\.?(?!\w)|GMT\b|UTC\b|ET\b|EST\b|EDT\b|BST\b|CET\b|local\s+time\b|"
    r"o'clock\b|hrs\b|h\b|noon\b|midnight\b)",
    re.I,
)
# a lowercase "year" or "grade" before a small number names a school year ("five year seven pupils"), unless a
# word before it makes it a time ("last year 12 people died", "every year")
_SCHOOL_YEAR_BEFORE_RE = re.compile(
    r"(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bper\s)(?<!\bthe\s)(?<!\ba\s)"
    r"(?<!\bone\s)(?<!\bthat\s)(?<!\bsame\s)(?<![\d,]\s)\b(?:year|grade)\s+$"
)
_AGE_BEFORE_RE = re.compile(r"\b(?:aged|age|ages)\s*$", re.I)
_STRONG_RE = re.compile(r"^\s*-?\s*strong\b", re.I)
_MAGNITUDE_RE = re.compile(r"(?:\bmagnitude\s*(?:of\s*)?$)|(?:^\s*-?\s*magnitude\b)", re.I)
_TOLL_BEFORE_RE = re.compile(r"\b(death\s+toll|toll|deaths|fatalities|dead)\b([^.;:!?]{0,40})$", re.I)
_CASE_NOUN_RE = re.compile(r"\b(?:cases|infections|infected)\b", re.I)
# lowercase words in -s after "dead" that are verbs, not a noun the adjective "dead" modifies ("dead birds")
_TOLL_VERBS_S = frozenset(
    {"is", "was", "has", "includes", "numbers", "stands", "totals", "rises", "exceeds", "reaches"}
)

_GLUED_START_RE = re.compile(r"\s+([A-Z][a-z]+)\s+[a-z]")


def _glued_start(s: str, end: int) -> bool:
    """Whether the words after a number start another sentence with no stop before it, as a headline run into
    its text does ("... reaches 80 Suspected cases reported in ..."): a capitalised common word (a function
    word, a participle or a word of the counting vocabulary, not a name) followed by a lowercase word."""
    m = _GLUED_START_RE.match(s, end)
    if m is None:
        return False
    low = m.group(1).lower()
    return low in _STOP or low in _WORD_WHAT or (len(low) > 4 and low.endswith(("ed", "ing")))


def _toll_before(before: str) -> bool:
    """A death toll stated before the number ("the death toll rose to 45", "no deaths in A and one
    in B"), not the adjective "dead" before a noun ("of the 491 dead birds, 28 ...")."""
    m = _TOLL_BEFORE_RE.search(before)
    if m is None:
        return False
    if _CASE_NOUN_RE.search(m.group(2)):
        return False  # "which has seen 87 deaths, has reported the most cases with 21,449": the nearer noun counts
    if m.group(1).lower() in ("dead", "deaths", "fatalities") and re.fullmatch(
        r"\s*,?\s*(?:and|but|while)\s+", m.group(2)
    ):
        return False  # "500 were dead and 440 were covered in oil": the number after "and" is another category
    if m.group(1).lower() == "dead":
        nxt = re.match(r"\s+([a-z]+)", m.group(2))
        if nxt and _plural_noun(nxt.group(1)) and nxt.group(1) not in _TOLL_VERBS_S:
            return False
    return True


_GROUP_OF_BEFORE_RE = re.compile(
    r"\b(crowds?|throngs?|forces?|army|armies|contingent|garrison)\s+of\s+(?:some\s+|about\s+|"
    r"around\s+|more\s+than\s+|over\s+|up\s+to\s+|at\s+least\s+)?$",
    re.I,
)
# "the number of confirmed cases (of the new flu) has climbed to", "the number of people killed (in the floods) has
# risen to": the counted noun or what befell it, its "of"/"in" phrase, a verb
_COUNT_OF_BEFORE_RE = re.compile(
    r"\b(?:number|count|total|tally)\s+of\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+"
    r"(?:(?:of|in|by|during|after|since)\s+[^\W\d][^,;:.!?]{0,40}?\s+(?=(?:has|have|had|is|are|was|were|now)\s))?"
    r"(?:[\w-]+\s+){0,4}?$",
    re.I,
)
_BLOCK_RES = [
    re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+"),
    re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"),
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"),
    re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?(?!\w)"),
    re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"),
    re.compile(rf"\b{_MONTHS},?\s+\d{{4}}\b"),
    re.compile(
        r"\b(?:in|since|until|till|by|from|of|during|before|after|year|early|late|mid|spring|summer|"
        r"autumn|fall|winter|the)\s+(?:1[5-9]\d\d|20\d\d)(?:s|\b)"
        # and the years listed with it ("in 2008 and 2009", "of 2007, 2008 or 2009"; not "in 2009, 2000 people",
        # "in 2009 and 1500 people": a count after the year)
        r"(?:(?:\s*,\s*(?:1[89]\d\d|20\d\d)\b)*\s*,?\s+(?:and|or)\s+(?:1[89]\d\d|20\d\d)(?:s|\b)(?![,.]\d)"
        r"(?!\s+(?!(?:was|has|is|as)\b)(?:people|[a-z]+s)\b))?",
        re.I,
    ),
    re.compile(r"\b(?:1[89]\d\d|20\d\d)\s*(?:-|–|—|to)\s*(?:1[89]\d\d|20\d\d|\d\d)\b"),
]
_TOKEN_RE = re.compile(r"-?[^\W\d_](?:[\w'’]|[.\-](?=[^\W_]))*\.?|\d[\d,.]*\d|\d|\S")
_ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
_ORG_PHRASE_RE = re.compile(
    rf"\b(?:[A-Z][\w'’-]+\s+(?:(?:of|for|al-|the)\s+)?){{0,5}}(?:{_ORG_HEAD})\b(?:\s+(?:of|for)\s+[A-Z][\w-]+"
    rf"(?:\s+[A-Z][\w-]+){{0,3}})?"
)


@dataclass
class _Cand:
    start: int  # into the sentence string
    end: int
    value: float
    value_max: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    spelled: bool = False  # written in words / order word (needs a clear "what" to count)
    is_year_like: bool = False
    order: bool = False
    has_scale: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)


def _range_of(a: _Cand, b: _Cand, start: int, low: float, high: float) -> _Cand:
    """One range candidate from its two ends ("12,000 to 25,000 barrels"), starting at ``start`` (its
    "between" or "from" when written)."""
    return _Cand(
        start,
        b.end,
        low,
        high,
        "range",
        b.unit or a.unit,
        a.spelled and b.spelled,
        False,
        False,
        b.has_scale,
        [(a.start, a.end), (b.start, b.end)],
    )


# an abbreviated scale that ends a number as written ("3m", "$2bn", "1.5 mln"), longest first ("bn" before "b")
_ABBR_SCALE_END_RE = re.compile(r"\d\s*(" + "|".join(sorted(ABBR_SCALES, key=len, reverse=True)) + r")$", re.I)


def _scale_of(written: str, value: float) -> float:
    """The scale a number written with one ends in, for a bare number before it that shares it ("between 2 and 3m
    people", "2 and 3 million", "$20-40k"): its scale word ("million"), else its abbreviation ("m", "bn", "k"),
    else the one its size shows (millions from 1,000,000, billions from 1,000,000,000); 1 when none."""
    word = next((v for k, v in SCALES.items() if re.search(rf"\b{k}$", written, re.I)), None)
    if word:
        return word
    if abbr := _ABBR_SCALE_END_RE.search(written):
        return ABBR_SCALES[abbr.group(1).lower()]
    return 1_000_000_000 if value >= 1e9 else 1_000_000 if value >= 1e6 else 1


def to_canonical(value: float, unit: str | None) -> tuple[float, str | None]:
    """Convert area to km2, distance to km, volume to litres and a flow to litres per its period
    ("bbl/d" -> "l/d"); other units unchanged: (value, unit)."""
    if unit in _TO_KM:
        return value * _TO_KM[unit], "km"
    if unit in _TO_KM2:
        return value * _TO_KM2[unit], "km2"
    if unit is not None:
        base, slash, period = unit.partition("/")
        if base in _TO_L:
            return value * _TO_L[base], "l" + slash + period
    return value, unit


def _blocked_mask(text: str, times: Sequence[TimeExpression]) -> bytearray:
    mask = bytearray(len(text) + 1)
    for t in times:
        lo, hi = max(0, t.start), min(len(text), t.end)
        mask[lo:hi] = b"\x01" * max(0, hi - lo)
    # only the neighbourhood of digits can hold a date, clock time, phone number or URL with numbers
    windows: list[list[int]] = []
    for d in _DIGIT_RUN_RE.finditer(text):
        lo, hi = max(0, d.start() - 40), min(len(text), d.end() + 40)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        for rx in _BLOCK_RES:
            for m in rx.finditer(text, lo, hi):
                mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def _tokens(s: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(s, start, len(s) if end is None else end)]


def _norm(tok: str) -> str:
    return tok.lower().rstrip(".").strip("'’")


def _atom_matches(s: str) -> list[re.Match[str]]:
    """_ATOM_RE matches, tried only where a number can start (a digit, a currency sign, a number word)."""
    out: list[re.Match[str]] = []
    if not _HAS_DIGIT_RE.search(s) and not (_PREFILTER_WORDS & set(_WORDS_RE.findall(s.lower()))):
        return out
    done = -1
    for t in _TRIGGER_RE.finditer(s):
        pos = t.start()
        if pos < done:
            continue
        word = t.group().lower()
        if word[:1].isalpha() and word not in _FIRST_WORDS:
            continue
        if pos > 0 and word[:1].isdigit():
            # a currency sign right before the digits belongs to the number
            cm = _CURRENCY_BEFORE_RE.search(s, max(0, pos - 4), pos)
            if cm:
                pos = cm.start()
        m = _ATOM_RE.match(s, pos)
        if m is None and s[pos : pos + 1] in "$€£¥₹₽" and _MONEY_HYPHEN_BEFORE_RE.search(s, max(0, pos - 5), pos):
            m = _ATOM_AFTER_HYPHEN_RE.match(s, pos)
        if m:
            out.append(m)
            done = m.end()
    return out


def _atoms(s: str) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _atom_matches(s):
        if m.group("order"):
            rng = order_range(m.group("order"))
            if rng is None:
                continue
            out.append(_Cand(m.start(), m.end(), rng[0], rng[1], "order", spelled=True, order=True))
            continue
        num = m.group("num")
        cur = (m.group("cur") or "").strip()
        att = m.group("att")
        end = m.end()
        value = parse_number(num)
        if value is None:
            continue
        spaced = _SPACED_SCALE_RE.match(s, end) if not att else None
        million_m = (
            spaced is not None
            and spaced.group(1) == "m"
            and (_million_m(s, m.start(), spaced.end()) or _spaced_million_m(s, m.start(), spaced.end()))
        )
        metres_m = (  # "3 m thick", "1.2 m in diameter" (a bracketed conversion "(1.5 m)" is left as it was)
            spaced is not None
            and spaced.group(1) == "m"
            and _METRES_AFTER_RE.match(s, spaced.end()) is not None
            and not re.match(r"\s*\)", s[spaced.end() :])
        )
        if spaced and not cur and spaced.group(1).lower() not in ("bn", "mn", "mln") and not million_m and not metres_m:
            spaced = None
        if spaced:  # "$ 1.2 bn"
            att = spaced.group(1)
            end = spaced.end()
        unit: str | None = _CURRENCY_UNIT.get(cur.lower()) if cur else None
        has_scale = bool(re.search(rf"\b(?:{_SCALE_ALT})$", num, re.I))
        if att:
            a = att.lower()
            if cur and a in ("k", "m", "mn", "mln", "bn", "b"):
                value = parse_number(num + a) or value
                has_scale = True
            elif a in ("k", "m", "mn", "mln", "bn") and _CURRENCY_WORD_AFTER_RE.match(s, end):
                value = parse_number(num + a) or value  # "3m euros"
                has_scale = True
            elif a in ("mn", "mln", "bn") or (a == "m" and (million_m or _million_m(s, m.start(), end))):
                value = parse_number(num + a) or value
                has_scale = True
            elif a == "p" and not cur and not spaced:
                if value >= 1000 or value in _VIDEO_LINES:
                    continue  # "1080p": a video resolution
                value, unit = round(value / 100, 6), "gbp"  # "50p" is 50 pence, £0.50
            elif a == "m" and not _metres_m(s, m.start(), end):
                continue  # "2m" with no counted noun, verb or measuring word: millions or metres, unknown
            elif a in _ATTACHED_UNIT and not cur:
                unit = _ATTACHED_UNIT[a]
            else:  # "10k" without a currency, "5b": not a number we can read safely
                continue
        spelled = not num[:1].isdigit()
        digits_only = re.sub(r"\D", "", num)
        year_like = (
            not spelled
            and "," not in num
            and "." not in num
            and len(digits_only) == 4
            and 1500 <= value <= 2100
            and not has_scale
            and unit is None
        )
        out.append(
            _Cand(m.start(), end, value, None, "exact", unit, spelled, year_like, False, has_scale, [(m.start(), end)])
        )
    return out


def _merge_ranges(s: str, atoms: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and not a.order and not atoms[i + 1].order:
            b = atoms[i + 1]
            gap = s[a.end : b.start]
            lo = max(0, a.start - 60)
            before = s[lo : a.start]
            between = re.search(r"\bbetween\s+$", before, re.I)
            from_ = re.search(r"\bfrom\s+$", before, re.I)
            ok = False
            # "between 504,000 and more than a million": a range whose upper end is open
            if (
                between
                and re.fullmatch(r"\s+and\s+(?:(?:more|over)\s+than\s+|over\s+|as\s+(?:much|many)\s+as\s+)?", gap)
            ) or (re.fullmatch(r"\s*(?:-|–|—)\s*|\s+to\s+|\s+or\s+", gap) and not (a.is_year_like and b.is_year_like)):
                ok = True
            if a.unit and b.unit and a.unit != b.unit:
                ok = False  # "11p or 2.7%": the same change in two units, no range
            b_unit, b_value = _spaced_unit(s, b)
            if (
                ok
                and not between
                and not from_
                and a.unit in (None, b_unit)
                and b_value >= 10 * a.value
                and _CHANGE_BARE.search(before)
            ):
                # "shares climbed 8p to 411p", "deaths rose 12 to 150": a change and its new level (the level far
                # above the change, as no range's ends are); only the level is a figure
                out.append(b)
                i += 2
                continue
            if ok and from_ and re.fullmatch(r"\s+to\s+", gap) and _CHANGE_FROM.search(before):
                # "the toll rose from 20 to 30": a change, the current figure is the second one
                out.append(b)
                i += 2
                continue
            if (
                re.fullmatch(r"\s+to\s+", gap)
                and _CHANGE_BY.search(before)
                and not (a.unit and b.unit and a.unit != b.unit)  # "rose by 1% to $89.92": two figures
            ):
                # "cases increased by 22 to 530": the change and the new total; only the total is a count
                out.append(b)
                i += 2
                continue
            if ok:
                va, vb = a.value, b.value
                if b.unit is None and a.unit is not None and b_unit == a.unit:
                    vb = b_value  # "from 12p to 48 p": the upper end in pence too, £0.48
                if b.has_scale and not a.has_scale:
                    scale = _scale_of(s[b.start : b.end], vb)
                    if scaled(va, scale) <= vb:
                        va = scaled(va, scale)
                elif (lead := _shared_groups(s[a.start : a.end], s[b.start : b.end], gap)) is not None:
                    va = scaled(va, lead)  # "20-40,000 barrels": 20,000 to 40,000
                if va < vb:
                    start = a.start
                    if between:
                        start = lo + between.start()
                    elif from_:
                        start = lo + from_.start()
                    out.append(_range_of(a, b, start, va, vb))
                    i += 2
                    continue
        j = _unit_range_end(s, atoms, i)
        if j is not None:  # "12,000 barrels (504,000 gallons) to 25,000 barrels": one range, each end with its unit
            b = atoms[j]
            lo = max(0, a.start - 60)
            if _CHANGE_BY.search(s[lo : a.start]) or (b.value >= 10 * a.value and _CHANGE_BARE.search(s[lo : a.start])):
                # "shares dropped 12 p to 480.7 p", "exports fell by 3 tonnes to 9 tonnes": a change and its new
                # level, as when the unit is said once (above); only the level is a figure
                out.append(b)
                i = j + 1
                continue
            cue = re.search(r"\b(?:between|from)\s+$", s[lo : a.start], re.I)
            out.append(_range_of(a, b, lo + cue.start() if cue else a.start, a.value, b.value))
            i = j + 1
            continue
        out.append(a)
        i += 1
    return out


# a tally: counts for and against joined by "-", "to" or "against" ("a 343-86 vote", "voted 91-5", "by a
# vote of 263 to 171", "by 219 votes to 212", "a 5-4 decision", "a bipartisan 90-8-1 vote")
_TALLY_JOIN_RE = re.compile(r"\s*[-–—]\s*|\s+(?:to|against)\s+|\s+votes?\s+(?:to|against)\s+", re.I)
_TALLY_AFTER_RE = re.compile(
    r"^\s*(?:(?!per\b|percent\b|cent\b|points?\b)[a-z]+\s+)?(?:votes?|vote|margin|majority|decision|ruling|verdict|split|tally|ballot)\b"
    r"|^\s+votes?\s+(?:to|against)\b",
    re.I,
)
_TALLY_BEFORE_RE = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|ballot(?:ed|ing)?|tally|split|ruled)\s+(?:of\s+|was\s+|by\s+)?$", re.I
)


def _tally_atoms(s: str, atoms: list[_Cand]) -> set[int]:
    """The indices of atoms that are the terms of a vote tally ("passed 60-40", "a 228 to 205 vote", "by 219
    votes to 212"): the numbers of votes for and against are no count of anything the story is about, and a
    Figure has no field to say which side each number is, so the tally is left out whole."""
    out: set[int] = set()
    i = 0
    while i < len(atoms):
        j = i
        while (
            j + 1 < len(atoms)
            and not atoms[j].order
            and not atoms[j + 1].order
            and atoms[j].unit is None
            and atoms[j + 1].unit is None
            and _TALLY_JOIN_RE.fullmatch(s[atoms[j].end : atoms[j + 1].start])
        ):
            j += 1
        if j > i:
            terms = range(i, j + 1)
            before = s[max(0, atoms[i].start - 40) : atoms[i].start]
            after = s[atoms[j].end :]
            joined_by_votes = any(
                re.fullmatch(r"\s+votes?\s+(?:to|against)\s+", s[atoms[k].end : atoms[k + 1].start], re.I)
                for k in range(i, j)
            )
            if joined_by_votes or _TALLY_AFTER_RE.match(after) or _TALLY_BEFORE_RE.search(before):
                out.update(terms)
            i = j + 1
        else:
            i += 1
    return out


def _shared_groups(a: str, b: str, gap: str) -> int | None:
    """The factor the first end of a dashed range shares with the second's digit groups: "20-40,000" (and
    "35-60 ,000", "7-10,000", "30 to 40,000") is 20,000 to 40,000, the first end smaller than the second's
    leading group; None for "between 5 and 10,000", "5 or 10,000", "15-10,000" or ends with a decimal point
    or comma."""
    if not re.fullmatch(r"\s*[-–]\s*|\s+to\s+", gap) or not re.fullmatch(r"\d{1,3}", a):
        return None
    m = re.fullmatch(r"(\d{1,3})((?:\s?,\d{3})+)", b)
    if m is None or int(a) >= int(m.group(1)):
        return None
    return int(1000 ** m.group(2).count(","))


_CHANGE_FROM = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increasing|climbed|jumped|grew|fell|dropped|decreased|"
    r"declined|went|up|down|revised|raised|lowered)\s+(?:\w+\s+){0,2}from\s+$",
    re.I,
)


# a hedge or an increment word between a change verb and its amount ("fell by as much as 12p", "rose another 5",
# "climbed a further 3%", "dropped more than 10")
_CHANGE_HEDGE = (
    r"(?:(?:as\s+(?:much|many|high|low|little)\s+as|up\s+to|(?:more|less|fewer)\s+than|nearly|almost|about|"
    r"around|some|roughly|approximately|just(?:\s+(?:over|under))?|over|under|another|a\s+further|an\s+estimated)"
    r"\s+){0,2}"
)
_CHANGE_BARE = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|climbed|climbing|jumped|grew|fell|falling|dropped|dropping|"
    r"slipped|slid|lost|gained|added|shed|tumbled|plunged|slumped|soared|surged|edged|up|down)"
    rf"\s+(?:by\s+)?{_CHANGE_HEDGE}$",
    re.I,
)
_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|rising|rises|increased|increases|increasing|climbed|climbs|climbing|jumped|jumps|grew|grows|"
    r"grown|fell|falls|fallen|falling|dropped|drops|dropping|decreased|declined|declines|slipped|slid|tumbled|"
    r"plunged|slumped|soared|surged|gained|lost|edged\s+(?:up|down|higher|lower)|went\s+up|went\s+down|up|down|"
    r"revised\s+(?:up|down)(?:wards)?)"
    rf"\s+by\s+{_CHANGE_HEDGE}$",
    re.I,
)


def _spaced_unit(s: str, c: _Cand) -> tuple[str | None, float]:
    """An atom's unit and value with the unit word written after a space ("480.7 p" is gbp 4.807, "9.8 percent"
    percent), which the atom alone does not hold yet: the two ends of "fell 12p to 480.7 p" are compared in one
    currency."""
    if c.unit is not None or (um := _UNIT_RE.match(s[c.end :])) is None or not um.lastgroup:
        return c.unit, c.value
    if um.lastgroup in _HUNDREDTHS:
        return _HUNDREDTHS[um.lastgroup], round(c.value / 100, 6)
    return um.lastgroup, c.value


def _unit_range_end(s: str, atoms: list[_Cand], i: int) -> int | None:
    """The index of the atom that ends a range whose two ends each say the same unit, the first maybe
    with a bracketed conversion ("from 12,000 barrels (504,000 gallons) to 25,000 barrels a day", "between
    12,000 barrels and 25,000 barrels"); None when atom ``i`` starts no such range.  A change ("rose from
    5 tonnes to 8 tonnes") is no range."""
    a = atoms[i]
    um = _UNIT_RE.match(s[a.end :])
    if a.order or um is None or not um.lastgroup or _CHANGE_FROM.search(s[max(0, a.start - 60) : a.start]):
        return None
    pos = a.end + um.end()
    br = re.match(r"\s*\([^()]{0,80}\)", s[pos:])
    if br and _conversion_gap(br.group()[:-1]):
        pos += br.end()
    between = re.search(r"\bbetween\s+$", s[max(0, a.start - 60) : a.start], re.I)
    conn = re.match(r"\s*(?:-|–|—)\s*|\s+to\s+" + (r"|\s+and\s+" if between else ""), s[pos:])
    if conn is None:
        return None
    pos += conn.end()
    j = next((k for k in range(i + 1, len(atoms)) if atoms[k].start >= pos), None)
    if j is None or atoms[j].start != pos or atoms[j].order or not a.value < atoms[j].value:
        return None
    ub = _UNIT_RE.match(s[atoms[j].end :])
    return j if ub is not None and ub.lastgroup == um.lastgroup else None


def _what_from_word(tok: str) -> str | None:
    return _WORD_WHAT.get(_norm(tok))


# bodies whose members are states, firms or parties, not persons ("the 13-member cartel", "a 27-member bloc")
_MEMBER_STATE_GROUPS = frozenset(
    {
        "cartel",
        "bloc",
        "alliance",
        "union",
        "coalition",
        "organisation",
        "organization",
        "grouping",
        "league",
        "federation",
        "commonwealth",
        "consortium",
        "eurozone",
        "club",
        "association",
        "confederation",
    }
)


def _head_window(s: str, pos: int) -> tuple[str | None, str | None, int, int, int]:
    """(what, head_noun, np_start, np_end, scan_end) from the words after a number."""
    toks = _tokens(s, pos, min(len(s), pos + 160))
    i = 0
    # "tens of thousands of (the) people", "40,000 of the fighters"
    if i < len(toks) and _norm(toks[i][2]) == "of":
        i += 1
        if i < len(toks) and _norm(toks[i][2]) in ("the", "them", "its", "their", "these", "those", "whom"):
            if _norm(toks[i][2]) in ("them", "whom"):
                return None, None, pos, pos, toks[i][1]
            i += 1
    np_start = toks[i][0] if i < len(toks) else pos
    window: list[tuple[int, int, str]] = []
    j = i
    while j < len(toks) and len(window) < 8:
        st, en, tok = toks[j]
        low = _norm(tok)
        if (
            not window
            and low in _WORD_WHAT
            and _WORD_WHAT[low] in (*_EVENT_WHATS, "protesters")
            and not (j + 1 < len(toks) and _norm(toks[j + 1][2]) in _WORD_WHAT and low not in ("dead", "missing"))
        ):
            # "30 wounded", "3 million displaced", "thousands marched"
            nxt_tok = toks[j + 1][2] if j + 1 < len(toks) else ""
            if (
                low in _EVENT_VERBS
                and low not in ("homeless", "displaced")  # said of persons only ("homeless veterans")
                and _plural_noun(nxt_tok)
                and not _personish(nxt_tok)
                and not nxt_tok.rstrip(".").endswith(("wards", "ways"))
            ):
                # "491 dead birds", "12 missing laptops": the adjective describes a noun counted on its own
                return None, nxt_tok, st, toks[j + 1][1], toks[j + 1][1]
            return _joint_event(_WORD_WHAT[low], s, en), tok, st, en, en
        if tok.rstrip("-") in ("-LRB", "-RRB", "-LSB", "-RSB"):
            break  # Penn Treebank brackets in tokenised corpora
        if (
            not window
            and j == i
            and st == pos
            and tok.startswith("-")
            and tok[1:2].isalpha()
            and _norm(tok[1:].split("-")[0]) not in _STOP
            and _norm(tok[1:].split("-")[0]) not in SCALES
        ):
            # "a four-story house", "a 20-knot wind", "a 15-member panel": the number counts the hyphened word
            word = _norm(tok[1:].split("-")[0])
            nxt_head = _norm(toks[j + 1][2]) if j + 1 < len(toks) else ""
            if word == "member" and nxt_head in _MEMBER_STATE_GROUPS:
                return None, "members", st, en, en  # "the 13-member cartel": its members are states or firms
            return ("people" if word in _PERSON_MODIFIERS else None), word, st, en, en
        if not window and tok.endswith(("'s", "’s")):
            break  # "deaths hit 17 Mexico's minister ...": a possessive starts another noun phrase
        if (
            not window
            and low.split("-")[0] in ("gallon", "barrel", "litre", "liter")
            and not ("-" not in low and j + 1 < len(toks) and _counted_after_unit(toks[j + 1][2]))
        ):
            # "the 11m gallon spill", "a 5,000 barrel-a-day leak" count gallons and barrels, not spills
            return None, low.split("-")[0] + "s", st, en, en
        if window and low in _EVENT_VERBS:
            break  # "40 peacekeepers died": the event word is what happened to the phrase, not part of it
        if tok.startswith("-") and len(tok) > 1:
            window.append((st, en, tok))
            j += 1
            continue
        if (
            tok.isdigit()
            and window
            and window[-1][2][:1].isupper()
            and not window[-1][2].endswith("s")  # "2,000 Jews 35 miles away": a plural name is the head
            and (k := _model_number_end(s, toks, j)) is not None
        ):
            j = k  # "42 Boeing 787(-8) (Dreamliner) planes": a model number inside the counted phrase
            continue
        if (
            window
            and _AIRCRAFT_MODEL_RE.fullmatch(tok)
            and j + 1 < len(toks)
            and _WORD_WHAT.get(_norm(toks[j + 1][2])) == "aircraft"
        ):
            j += 1  # "58 additional 787 planes": an airliner's model inside the counted phrase
            continue
        if not tok[:1].isalpha():
            if tok in ("-", "–") and window and not (st > 0 and s[st - 1] in " -" and s[en : en + 1] in (" ", "-")):
                j += 1
                continue
            break  # a spaced dash ("49 vessels -- oil skimmers") starts an aside
        if low == "and" and j + 1 < len(toks) and toks[j + 1][2][:1].isupper() and window:
            j += 1
            continue
        if low in _STOP and low not in _WORD_WHAT and tok != "US":
            break  # ("53m US hogs": the country, not the pronoun)
        if (
            tok.islower()
            and low.endswith("ly")
            and len(low) > 4
            and low not in _LY_NOUNS
            and not (j + 1 < len(toks) and _norm(toks[j + 1][2]).endswith(("ed", "ing")))
            and (window or j + 1 >= len(toks) or not toks[j + 1][2].islower() or _norm(toks[j + 1][2]) in _STOP)
        ):
            # "a 6.4 quake shortly after", "14,164 exactly one year": an adverb ends the phrase ("12 newly built
            # homes", "5,000 genetically identical animals" go on)
            break
        if (
            tok.islower()
            and low.endswith("ly")
            and len(low) > 4
            and low not in _LY_NOUNS
            and j + 1 < len(toks)
            and toks[j + 1][2].islower()
            and _norm(toks[j + 1][2]).endswith(("ed", "ing"))
        ):
            # "20 previously ordered Boeing 737s", "12 newly built deepwater blocks": an adverb and its participle
            # before the counted noun modify it, and neither is what is counted; with no noun after them they
            # say what the counted did ("265,000 actually voted", "four vehicles slowly being waved through")
            nxt_after = toks[j + 2][2] if j + 2 < len(toks) else ""
            if (
                _norm(toks[j + 1][2]) not in ("being", "having")
                and nxt_after[:1].isalpha()
                and _norm(nxt_after) not in _STOP
                and _norm(nxt_after) not in _EVENT_SKIP
            ):
                j += 2
                continue
            break
        if (low.endswith("ing") or low.endswith("ed")) and low not in _WORD_WHAT and not tok[:1].isupper():
            nxt = _norm(toks[j + 1][2]) if j + 1 < len(toks) else ""
            modifier = (  # "30 deepwater drilling rigs", "310 confirmed cases": a participle before a plural noun
                (low.endswith("ing") or not window or "-" in low)  # "10 new laboratory-confirmed cases"
                and not (window and _plural_noun(window[-1][2]))
                and j + 1 < len(toks)
                and _plural_noun(toks[j + 1][2])
            )
            if nxt not in _WORD_WHAT and not modifier:
                break
        window.append((st, en, tok))
        j += 1
        if (_plural_noun(tok) or (tok.islower() and low in _WORD_WHAT)) and j < len(toks):
            nxt_tok = toks[j][2]
            if nxt_tok[:1].islower() and _norm(nxt_tok) not in _WORD_WHAT and not _plural_noun(nxt_tok):
                # "60 firefighters fought ...", "millions of people owe ...": a lowercase plural or counted
                # noun ends the phrase before its verb
                break
    if (
        window
        and _singular_modifier(window[-1][2])
        and not any(_norm(t) in ONES or _norm(t) in TENS for _a, _b, t in window)
    ):
        k = _plural_head_after(toks, j)
        if k is not None:
            # "1,000 laboratory confirmed cases", "11,468 probable and confirmed cases", "71 search and rescue
            # specialists", "25 institutional and 14 big individual investors": a count is of a plural noun, so a
            # singular word before one modifies it
            window = window + [t for t in toks[j : k + 1] if t[2][:1].isalpha()]
        elif len(window) == 1 and window[0][2].islower() and _norm(window[0][2]) in _NOT_HEADS:
            window = []  # "70,893 worldwide", "5,000 offshore", "more than 10 larger than": no counted noun
    elif (
        window
        and j < len(toks)
        and _norm(toks[j][2]) in ("and", "or")
        and window[-1][2].islower()
        and _norm(window[-1][2]) in _WORD_WHAT
        and _norm(window[-1][2]) not in _SINGULAR_HEADS
        and not _plural_noun(window[-1][2])
        and (k := _plural_head_after(toks, j)) is not None
        and k - j <= 3
        and (_personish(toks[k][2]) or not _personish(window[-1][2]))
        and not any(t[2][:1].isdigit() or _norm(t[2]) in ONES or _norm(t[2]) in TENS for t in toks[j : k + 1])
    ):
        # "fifteen house and Senate committees": a singular vocabulary word joined by "and" to the words before
        # a plural noun modifies that noun, which is what is counted (not "houses"); persons are joined only to
        # persons ("six men and women"; not "killed 11 men and sent millions of gallons")
        window = window + [t for t in toks[j : k + 1] if t[2][:1].isalpha()]
    if not window:
        return None, None, np_start, np_start, np_start
    head = window[-1][2]
    words = [t for _s, _e, t in window]
    what = _phrase_what(words)
    if what in ("troops", "fighters") and any(_norm(w) in ("and", "or") for w in words):
        kinds = [w for w in words[:-1] if w.islower() and _norm(w) not in ("and", "or")]
        if any(not _FORCE_MODIFIER_RE.match(w) and _WORD_WHAT.get(_norm(w)) != what for w in kinds):
            what = "people"  # "thousands of military and civilian personnel": not all of them troops
    return what, head, window[0][0], window[-1][1], window[-1][1]


# nouns in -ly, which an adverb test must not take for adverbs
_LY_NOUNS = frozenset({"family", "supply", "assembly", "rally", "ally", "anomaly", "monopoly", "belly", "bully"})
# words right after a number that are no counted noun: adverbs of place or amount and comparatives
# ("70,893 worldwide", "a further 30,000 abroad", "more than 10 larger than magnitude 5")
# fmt: off
_NOT_HEADS = frozenset({
    "worldwide", "nationwide", "globally", "offshore", "onshore", "abroad", "overseas", "apiece", "altogether",
    "combined", "alone", "overall", "ashore", "aboard", "inside", "outside", "respectively", "larger", "bigger",
    "smaller", "higher", "lower", "greater", "further", "additional", "extra", "more", "fewer", "less", "odd",
    "total", "so-called", "other", "others", "too",
})
# nouns and adjectives a count of persons or things may stand on in the singular ("200 staff", "the 4 million
# population", "500 cattle")
_SINGULAR_HEADS = frozenset({
    "staff", "crew", "personnel", "police", "population", "people", "cattle", "livestock", "poultry",
    "sheep", "deer", "fish", "aircraft", "clergy", "youth", "infantry", "cavalry", "artillery", "workforce",
    "equipment", "offspring", "series", "species", "headquarters",
})
# fmt: on


# entity labels that name a thing a number can be part of ("Three Mile Island", "BBC 6 Music", "Seven Seas
# Navigator"); a group of persons (NORP) is what a number counts ("Three Britons")
_NAME_LABELS = frozenset({"ORG", "FAC", "LOC", "GPE", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _inside_name(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether the number at text[start:end] stands inside an entity name that goes on after it with a
    capitalised word ("Three Mile Island", "BBC 6 Music studios").  A name that ends at the number is no
    evidence ("... at Alleyn's School Four children ...": a headline glued to the next sentence), nor an
    acronym after it ("Eleven ICRC staff")."""
    for m in ctx.mentions:
        if m.start > start:
            break
        if (
            m.label in _NAME_LABELS
            and m.start <= start
            and end < m.end
            and re.match(r"[\s-]+[A-Z][a-z]", ctx.text[end : m.end])
        ):
            return True
    return False


def _title_case(s: str) -> bool:
    """A headline written in title case ("Oil Leak Grows To 5,000 Barrels A Day"): most longer words capitalised."""
    words = [w for w in re.findall(r"[A-Za-z]+", s) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) > 0.6 * len(words)


_QUAKE_WORDS = frozenset({"quake", "earthquake", "tremor", "aftershock", "temblor"})
# a determiner or possessive right before a number: a count after it is of a plural ("the 30 victims"), so a
# singular noun after the number is a thing the number names or measures ("the 911 call", "the 3,000 mark")
_DETERMINER_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|their|his|her|our|your)|\w['’]s|\b(?:top|bottom))\s+$", re.I
)  # "a top 10 shareholder": a rank


def _counted_of(words: list[str], s: str) -> str | None:
    """What the words after "the number of" count: an event said of them ("people killed"), else the first
    counted noun ("recorded swine flu cases" of a disease -> infected, "US troops" -> troops)."""
    what = None
    for k, w in enumerate(words):
        low = _norm(w)
        cat = "infected" if low in ("cases", "case") and _DISEASE_RE.search(s) else _WORD_WHAT.get(low)
        if cat is not None and what is None:
            what = cat
        if what is not None and cat in _EVENT_WHATS:
            return cat
        if what is None and _plural_noun(w):
            return None  # a noun the vocabulary does not know
        if what is not None and k + 1 < len(words) and _norm(words[k + 1]) in _STOP:
            break
    return what


# units written as abbreviations that the unit pattern leaves to the counted noun ("7,500 psi", "30 mph")
_ABBREVIATED_UNITS = frozenset({"psi", "mph", "kph", "khz", "mhz", "ghz", "rpm", "kwh", "mwh", "gwh", "mw", "gw", "kw"})


def _singular_modifier(word: str) -> bool:
    """A lowercase singular word ending a counted phrase that counts nothing by itself ("laboratory",
    "probable", "search"): no plural, no listed head, no unit, no vocabulary word."""
    low = _norm(word)
    return (
        word[:1].islower()
        and len(low) >= 3
        and low not in _ABBREVIATED_UNITS  # "the 7,500 psi"
        and low.replace("-", "").isalpha()
        and not _plural_noun(word)
        and low not in _WORD_WHAT
        and low not in _SINGULAR_HEADS
        and _UNIT_RE.match(" " + word) is None
    )


def _plural_head_after(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """The index of the plural noun (or vocabulary word) that heads a counted phrase whose words before
    ``j`` were modifiers, within five words joined by "and"/"or", participles, lowercase words, names,
    quotes or a number after "and" ("25 institutional and 14 big individual investors"); None when a
    function word, a clause mark or a verb comes first."""
    seen = 0
    for k in range(j, min(len(toks), j + 8)):
        tok = toks[k][2]
        low = _norm(tok)
        if tok in ('"', "“", "”", "'", "‘", "’"):
            continue
        if low in ("and", "or"):
            continue
        if tok[:1].isdigit():
            if k > j and _norm(toks[k - 1][2]) in ("and", "or"):
                continue
            return None
        if not tok[:1].isalpha() or (low in _STOP and low not in _WORD_WHAT) or low in _EVENT_VERBS:
            return None
        if tok[:1].islower() and low.endswith(("ing", "ly")):
            return None  # "333.3 p following media reports": a participle or adverb starts a clause
        if low in _TIME_NOUNS or _UNIT_RE.match(" " + tok):
            return None
        if tok[:1].islower() and (_plural_noun(tok) or low in _WORD_WHAT):
            return k
        seen += 1
        if seen > 4:
            return None
    return None


def _model_number_end(s: str, toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Where a model number that starts at token ``j`` ends ("787", "787-8", "737 MAX"), when the phrase
    goes on to a lowercase counted noun after at most two capitalised words ("787 Dreamliner planes");
    None when the number is no model number of a counted phrase ("2,000 Jews 35 miles away")."""
    k = j + 1
    # glued parts of the designation: "787-8", "A320-200"
    while k + 1 < len(toks) and toks[k][2] in ("-", "/") and toks[k][0] == toks[k - 1][1]:
        if toks[k + 1][0] != toks[k][1] or not toks[k + 1][2][:1].isalnum():
            break
        k += 2
    caps = 0
    while k < len(toks) and caps < 2 and toks[k][2][:1].isupper() and toks[k][2].isalpha():
        k += 1
        caps += 1
    if k >= len(toks):
        return None
    nxt = toks[k][2]
    if not nxt[:1].islower() or not (_plural_noun(nxt) or _norm(nxt) in _WORD_WHAT):
        return None
    if _UNIT_RE.match(" " + nxt) or _norm(nxt) in _TIME_NOUNS:
        return None
    return k - caps


# words that make "personnel" troops ("military personnel", "US Army personnel"); any other kind named before
# it makes them people ("embassy personnel", "UN personnel", "medical personnel")
_MILITARY_MODIFIERS = frozenset(
    {
        "military",
        "army",
        "armed",
        "naval",
        "navy",
        "defence",
        "defense",
        "service",
        "combat",
        "uniformed",
        "marine",
        "air",
        "coalition",
        "nato",
        "us",
        "u.s.",
        "american",
        "british",
        "foreign",
        "our",
        "its",
        "their",
        "peacekeeping",
        "peace-keeping",
        "peace",
        "keeping",
        "security",
        "troop",
        "active-duty",
        "active",
        "duty",
        "reserve",
        "reservist",
        "enlisted",
        "serving",
        "deployed",
    }
)


def _phrase_what(words: list[str]) -> str | None:
    """What a counted phrase counts: its head (the last word) first, its modifiers only as far as the
    head allows.  A capitalised modifier is part of a name ("100 House Republicans", "two House
    committees"); a noun that counts no person takes no person word before it ("two wrongful death
    suits", "61 home runs", "two police cars"); a person head takes the kind or the event a modifier
    names ("five militia members" -> fighters, "30 wounded soldiers" -> wounded)."""
    head = words[-1]
    head_what = _what_from_word(head)
    mods = [
        w
        for w in (_what_from_word(t) for t in words[:-1] if not (t[:1].isupper() and len(t) > 1 and not t.isupper()))
        if w is not None
    ]
    # a group of persons counts as its members ("40,000 ... rebel groups" are fighters)
    person_head = head_what in PEOPLE_WHATS or _person_noun(head) or _norm(head) in _ANAPHORIC_HEADS
    if person_head:
        for w in mods:
            if w in _EVENT_WHATS:
                return w  # "30 wounded soldiers"
        if head_what in (None, "people"):
            kinds = [w for w in mods if w in PEOPLE_WHATS and w != "people"]
            if kinds:
                return kinds[0]  # "five militia members", "two police negotiators"
            if _force_modifier(words[:-1]) and _norm(head) in _GENERIC_MEMBERS:
                return "troops"  # "6,000 National Guard members", "400 Army personnel"
            if head_what is None and _norm(head) in _ANAPHORIC_HEADS:
                return None  # "three groups": organisations, not persons
            return head_what or "people"
        if head_what == "troops" and _norm(head) == "personnel":
            mods_low = [_norm(t) for t in words[:-1] if t.islower() or t.isupper()]
            if mods_low and not any(m in _MILITARY_MODIFIERS or _WORD_WHAT.get(m) == "troops" for m in mods_low):
                return "people"  # "80 embassy personnel", "medical personnel": persons of a service, no troops
        return head_what
    if head_what is not None:
        return head_what
    if len(words) >= 2 and _plural_noun(head) and _plural_noun(words[-2]) and _what_from_word(words[-2]):
        return _what_from_word(words[-2])  # "hundreds of boats provides ...": the second -s word is a verb
    if _plural_noun(head) or head[:1].isupper():
        return None  # a noun of its own that the vocabulary does not know: no modifier speaks for it
    # the phrase ends in a word that is no noun ("4 million people worldwide"): the first kind in it
    what = None
    for w in mods:
        what = w
        if w != "people":
            break
    return what


# a plural model designation after a number, maybe after a maker and a lowercase modifier ("42 Boeing
# 787s", "100 new 787s", "four C-130s", "two Airbus A380s", "MiG-29s"); a decade ("the 1980s") is none
_MODEL_PLURAL_RE = re.compile(
    r"\s+(?P<pre>(?:(?:[A-Z][A-Za-z]+|[a-z]{3,})\s+){0,3}?)"
    r"(?P<model>(?:[A-Z][A-Za-z]{0,4}(?:/[A-Z])?-?)?\d{1,4}(?:-\d{1,4})?[A-Z]{0,3})s(?![\w-])"
)
_AIRCRAFT_MAKERS = frozenset({
    "boeing", "airbus", "embraer", "bombardier", "lockheed", "cessna", "sukhoi", "tupolev", "ilyushin", "antonov",
    "mikoyan", "dassault", "gulfstream", "learjet", "northrop", "mcdonnell", "sikorsky", "fokker", "saab",
})  # fmt: skip
# designations that name aircraft whatever the maker ("F-16", "A380", "737", "C-130", "MiG-29", "Su-25", "MQ-9")
_AIRCRAFT_MODEL_RE = re.compile(
    r"(?:(?:F|FA|F/A|B|C|KC|E|P|AV|MV|CV|V|AH|UH|CH|MH|HH|SH|MQ|RQ|EA)-\d{1,3}|F/?A?-?\d{2,3}|A3\d\d|7[0-9]7"
    r"|(?:MiG|Su|Tu|Il|An|Mi|Ka|Yak)-?\d{1,3})(?:-\d{1,4})?[A-Z]{0,3}"
)


def _model_plural(s: str, end: int) -> tuple[str | None, str, int, int] | None:
    """(what, unit, start, end) of a count written as a plural model designation ("42 Boeing 787s" ->
    aircraft, "Boeing 787s"; "40 T-72s" -> None, "T-72s"): the unit is the maker and model as written,
    the span the model alone (a maker is no actor the count describes).  None when no model follows."""
    m = _MODEL_PLURAL_RE.match(s, end)
    if m is None:
        return None
    model = m.group("model")
    words = m.group("pre").split()
    if any(_norm(w) in _STOP for w in words) or (model.isdigit() and model.endswith("0")):
        return None  # "in the 1980s", "in their 30s"
    if model.isdigit() and not (words and words[-1][:1].isupper()) and not re.fullmatch(r"7\d7", model):
        return None  # bare digits name a model only after its maker ("Boeing 737s") or as a 7x7 airliner
    maker = [w for w in words if w[:1].isupper()]
    if maker and any(w[:1].islower() for w in words[words.index(maker[0]) :]):
        return None  # "12 Boeing old 737s": a lowercase word between maker and model is no designation
    what = (
        "aircraft" if _AIRCRAFT_MODEL_RE.fullmatch(model) or any(_norm(w) in _AIRCRAFT_MAKERS for w in maker) else None
    )
    unit = " ".join([*maker, model + "s"])
    return what, unit, m.start("model"), m.end()


# fmt: off
# nouns that make "pounds" money ("billions of pounds of damage"), not weight ("thousands of pounds of debris")
_MONEY_NOUNS = frozenset({
    "damage", "compensation", "investment", "funding", "losses", "revenue", "profits", "debt", "debts", "aid",
    "taxpayers", "public", "savings", "cuts", "fines", "bonuses", "claims", "business", "sales", "spending",
    "pension", "pensions", "funds", "money", "cash", "income", "wealth", "value", "earnings", "capital", "assets",
})
# fmt: on
_OF_UNIT_RE = re.compile(r"\s+of\s+(?:the\s+)?")
# the noun after "pounds of", past a determiner ("pounds of their pension funds" is money)
_POUNDS_OF_RE = re.compile(r"\s+of\s+(?:(?:the|their|its|his|her|our|your|my|this|that|these|those)\s+)?([a-z']+)")
_UNIT_AFTER_OF_RE = re.compile(r"^\s+of\s+(?:the\s+)?[A-Za-z]+")


# money said in the clause before "N pounds" ("a loss of", "worth", "wiping ... off", "a pension of"), or a dollar
# conversion right after it ("24 billion pounds ($34 billion)", "24 billion pounds, or about $34 billion")
_POUNDS_MONEY_BEFORE_RE = re.compile(
    r"\b(?:worth|loss(?:es)?|wip(?:e|ed|es|ing)|valu(?:e|ed|ation)|capitali[sz]ation|pensions?|salary|salaries|"
    r"bonus(?:es)?|payoff|pay-?outs?|paid|pay|costs?|cost|profits?|revenues?|invest(?:ed|ment|ing|s)?|fined?|"
    r"compensation|raised?|spent|budget|price|debts?|bill|fee|fees|earn(?:s|ed|ing)?)\b[^.;:!?]*$",
    re.I,
)
_POUNDS_DOLLARS_AFTER_RE = re.compile(r"\s*(?:\(\s*|,?\s*or\s+(?:about\s+|around\s+|some\s+|nearly\s+)?)(?:US)?\$")


def _pounds_money(before: str, after: str) -> bool:
    """Whether "N pounds" (read as a weight) is money: no "of" and a weighed thing after it, and money said
    before it in its clause or a dollar conversion after it (see _POUNDS_MONEY_BEFORE_RE)."""
    of = re.match(_POUNDS_OF_RE, after)
    if of is not None:
        return of.group(1) in _MONEY_NOUNS
    return bool(_POUNDS_DOLLARS_AFTER_RE.match(after) or _POUNDS_MONEY_BEFORE_RE.search(before))


def _order_of_unit(after: str) -> str | None:
    """The unit of an order word followed by "of" and a unit ("billions of dollars" -> usd);
    "pounds" is money unless weight is what follows ("millions of pounds of damage" -> gbp,
    "thousands of pounds of debris" -> lb)."""
    of = _OF_UNIT_RE.match(after)
    if of is None:
        return None
    um = _UNIT_RE.match(after[of.end() :])
    if um is None or um.lastgroup in ("m", "percent"):
        return None
    if um.lastgroup == "lb" and um.group().strip().lower().startswith("pound"):
        nxt = re.match(_POUNDS_OF_RE, after[of.end() + um.end() :])
        return "lb" if nxt and nxt.group(1) not in _MONEY_NOUNS else "gbp"
    return um.lastgroup


# plural nouns for persons that the vocabulary does not list (events apply to them: "9 miners died")
_PERSON_SUFFIXES = ("ers", "ors", "ists", "ians", "men", "ees")
# fmt: off
_NOT_PERSONS = frozenset({
    "containers", "numbers", "letters", "papers", "towers", "computers", "centers", "doors", "floors", "reactors",
    "generators", "sectors", "monitors", "motors", "tractors", "trailers", "tankers", "carriers", "meters", "liters",
    "barrels", "layers", "filters", "markers", "posters", "fees", "degrees", "errors", "waters", "borders", "orders",
    "quarters", "headquarters", "chambers", "shelters", "transformers", "printers", "boosters", "gallons",
    "specimens", "tubers", "rivers", "dinners", "matters", "offers", "chapters", "members", "factors", "corridors",
    # animals ("killed 500 sea otters" counts no persons)
    "otters", "oysters", "lobsters", "beavers", "hamsters", "panthers", "tigers", "spiders", "vipers", "heifers",
    "groupers", "snappers", "flounders", "salamanders", "plovers",
})
_MORE_PERSONS = frozenset({
    "tenants", "occupants", "inmates", "pilgrims", "tourists", "visitors", "pupils", "nurses", "doctors",
    "migrants", "infants", "babies", "toddlers", "teenagers", "guests", "relatives", "colleagues", "parishioners",
})
# fmt: on


# persons named by a general noun; a force word before them makes them troops ("National Guard members")
_GENERIC_MEMBERS = frozenset({"members", "member", "personnel", "staff", "staffers", "employees", "recruits"})
_FORCE_MODIFIER_RE = re.compile(r"^(?:Guard|Army|Navy|Marines?|Police|Force|Forces|Corps|military|army|police)$")


def _force_modifier(words: list[str]) -> bool:
    return any(_FORCE_MODIFIER_RE.match(w) for w in words)


# person nouns the vocabulary leaves to "people" (explicit: an ending such as -ers also makes "trawlers")
# fmt: off
_PERSON_NOUNS = frozenset({
    "guests", "visitors", "doctors", "nurses", "pupils", "orphans", "experts", "relatives", "mourners",
    "celebrities", "senators", "lawmakers", "legislators", "homeowners", "borrowers", "lawyers", "delegates",
    "participants", "supporters", "followers", "veterans", "recruits", "volunteers", "firefighters", "engineers",
    "officials", "executives", "investors", "shareholders", "consumers", "customers", "tourists", "holidaymakers",
    "callers", "viewers", "fans", "spectators", "shoppers", "claimants", "plaintiffs", "farmers", "miners",
    "teachers", "nationals", "expatriates", "expats", "diplomats", "inspectors", "contractors", "donors", "pilots",
    "drivers", "teenagers", "babies", "infants", "toddlers", "pilgrims", "inmates", "tenants", "occupants",
    "parishioners", "colleagues", "rescuers", "responders", "medics", "paramedics", "surgeons", "physicians",
    "fishermen", "businessmen", "congressmen", "residents", "athletes", "players", "retirees", "trainees",
    "attendees", "nominees", "negotiators", "interpreters", "translators", "reporters", "journalists", "sailors",
    "immigrants", "bankers", "traders", "economists", "analysts", "scientists", "researchers", "specialists",
    "activists", "jurors", "judges", "ministers", "mps", "councillors", "candidates", "riggers", "roughnecks",
    "sergeants", "corporals", "lieutenants", "captains", "colonels", "generals",
})
# fmt: on


def _person_noun(word: str) -> bool:
    """A noun for persons, stricter than :func:`_personish` (it types a count as people): listed,
    or a lowercase plural in -ists, -ians or -men ("activists", "technicians", "firemen")."""
    low = _norm(word)
    if _WORD_WHAT.get(low) in PEOPLE_WHATS or low in _PERSON_NOUNS or low in _MORE_PERSONS:
        return True
    return (
        word.islower()
        and low.endswith(("ists", "ians", "men"))
        and low not in ("specimens", "regimens", "lists", "wrists", "twists", "fists", "mists")
    )


def _personish(word: str) -> bool:
    """A plural noun for persons ("miners", "journalists", "tenants"), listed or by its ending."""
    low = _norm(word)
    if _WORD_WHAT.get(low) in PEOPLE_WHATS or low in _MORE_PERSONS:
        return True
    return low.islower() and low.endswith(_PERSON_SUFFIXES) and low not in _NOT_PERSONS


def _mid_sentence(prev_word: str) -> bool:
    """The word before a number is inside the sentence: not its start, a quote or a bracket."""
    return bool(prev_word) and prev_word[-1:] not in ".:;!?\"“'‘(["


def _plural_noun(tok: str) -> bool:
    """A lowercase word that looks like a plural noun ("firefighters", not "across" or "bus")."""
    tok = tok.rstrip(".")
    return tok.islower() and len(tok) > 3 and tok.endswith("s") and not tok.endswith(("ss", "us", "is", "ous"))


def _event_after(s: str, pos: int) -> str | None:
    """The event word said of the counted phrase ending at ``pos`` ("... were killed"), across a
    conjoined, "of", "from" or "in" phrase ("dozens of peacekeepers and officials are missing", "two
    members of staff were killed", "three soldiers from the Royal Corps were killed"), or an "on", "at"
    or "aboard" phrase when the event is passive ("eleven workers on the rig were killed", not "30 people
    on Monday and killed"), but not a verb that has its own object number ("... and rebels killed 30")."""
    toks = _tokens(s, pos, min(len(s), pos + 100))
    joined = False
    located = False  # joined by "on", "at" or "aboard"
    conjoined = False  # joined by "and" or "or"
    passive = False  # a form of "be" before the event word ("were killed")
    for k, (_st, _en, tok) in enumerate(toks[:10]):
        low = _norm(tok)
        cat = _WORD_WHAT.get(low)
        if cat in _EVENT_WHATS or (cat == "protesters" and low.endswith("ed")):
            if joined and k + 1 < len(toks) and _NUMBERISH_RE.match(toks[k + 1][2]):
                return None
            if conjoined and low in _EVENT_NOUNS:
                return None  # "climbed to 8,480 and the death toll ...": a noun after "and" is another count
            if not passive and low not in _INTRANSITIVE_EVENTS and k + 1 < len(toks) and _object_start(toks, k + 1):
                return None  # "three landmines killed 14 marines": the phrase is the agent, its object the victims
            if located and not (k > 0 and _norm(toks[k - 1][2]) in ("were", "was", "are", "is", "been", "be")):
                return None
            return _joint_event(cat, s, toks[k][1]) if cat in _EVENT_WHATS else cat
        if low in _EVENT_SKIP or low.endswith("ly"):
            passive = passive or low in _BE_FORMS
            continue
        if k < 4 and low in ("and", "or", "of", "from", "in", "on", "at", "aboard", "the", "other"):
            joined = True
            located = located or low in ("on", "at", "aboard")
            conjoined = conjoined or low in ("and", "or")
            continue
        if joined and tok[:1].isalpha() and low not in _STOP and (cat or not low.endswith(("ed", "ing"))):
            continue  # a word of the conjoined or prepositional phrase
        break
    return None


_BE_FORMS = frozenset({"were", "was", "been", "being", "are", "is", "be"})
# event words that are nouns: after "and" or "or" they head a count of their own, not a state of the phrase before
_EVENT_NOUNS = frozenset(
    {
        "death",
        "deaths",
        "fatalities",
        "casualties",
        "injuries",
        "bodies",
        "infection",
        "infections",
        "lives",
    }
)
# event words said of their subject with no object ("40 peacekeepers died the same day")
# fmt: off
_INTRANSITIVE_EVENTS = frozenset({
    "died", "die", "dies", "dying", "dead", "missing", "fled", "flee", "flees", "fleeing", "perished", "perish",
    "homeless", "stranded", "trapped", "drowned", "survived", "marched", "protested", "rallied",
})
# fmt: on
_OBJECT_WORDS = frozenset(
    {
        "them",
        "him",
        "her",
        "us",
        "everyone",
        "the",
        "his",
        "their",
        "its",
        "our",
        "more",
        "nearly",
        "about",
        "around",
        "almost",
        "over",
        "some",
        "several",
        "many",
        "scores",
        "dozens",
        "hundreds",
        "thousands",
        "up",
        "roughly",
        "approximately",
        "another",
        "all",
        "both",
        "most",
    }
)


def _object_start(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the token at ``k`` starts the object of a verb before it: a number, a hedge before one ("at
    least"), a pronoun, a determiner or a plural person noun ("killed 14 marines", "wounded at least 30",
    "killed them", "injured civilians")."""
    tok = toks[k][2]
    low = _norm(tok)
    if low == "at":
        return k + 1 < len(toks) and _norm(toks[k + 1][2]) in ("least", "most")
    if tok[:1].isdigit() or low in ONES or low in TENS or low in _OBJECT_WORDS or low in ("a", "an"):
        # not a time said after the verb ("had 3,000 Americans killed one morning", "killed the day before")
        nxt = _norm(toks[k + 1][2]) if k + 1 < len(toks) else ""
        return nxt not in _TIME_AFTER_VERB and nxt not in ("same", "next", "following", "previous")
    return tok.islower() and _plural_noun(tok) and _personish(tok)


_TIME_AFTER_VERB = frozenset(
    {
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "hour",
        "hours",
        "minute",
        "minutes",
        "time",
        "weekend",
        "moment",
    }
)


def _event_before(s: str, pos: int) -> str | None:
    toks = _tokens(s, max(0, pos - 40), pos)
    if not toks:
        return None
    last = _norm(toks[-1][2])
    if last in ("the", "a", "another", "an", "some"):
        if len(toks) < 2:
            return None
        toks = toks[:-1]
        last = _norm(toks[-1][2])
    if last == "of" and len(toks) >= 2:  # "the deaths of 11 workers", "the evacuation of 5,000 people"
        if _norm(toks[-2][2]) == "lives" and len(toks) >= 3:
            # "claimed the lives of 3,000 people", "saved the lives of 30 people"
            verb = _norm(toks[-4][2] if _norm(toks[-3][2]) in ("the", "their") and len(toks) >= 4 else toks[-3][2])
            return "rescued" if verb.startswith("sav") else "killed" if verb in _LIVES_VERBS else None
        return _NOUN_OF_BEFORE.get(_norm(toks[-2][2]))
    cat = _VERB_BEFORE.get(last)
    if cat is not None and len(toks) >= 3 and _norm(toks[-2][2]) in ("and", "or"):
        other = _VERB_BEFORE.get(_norm(toks[-3][2]))
        if other is not None and other != cat:
            return _joined(cat, other)  # "killed and injured 50"
    return cat


_LIVES_VERBS = frozenset(
    {"claimed", "claiming", "claims", "took", "taken", "taking", "takes", "cost", "costing", "costs"}
)
_JOINED_EVENT_RE = re.compile(
    r"\s*(?:,\s*|\s+)(?:and|or|and/or)\s+(?:(?:were|was|are|is|been|made|left|rendered|badly|seriously|critically)\s+){0,2}"
    r"([a-z]+)",
    re.I,
)


def _joined(cat: str, other: str) -> str:
    """What a count of persons joined by two events is: killed and wounded are casualties; any other pair
    ("injured and made homeless", "dead or missing") counts persons the events befell, without saying which."""
    return "casualties" if {cat, other} <= {"killed", "wounded", "casualties"} else "people"


def _joint_event(cat: str, s: str, pos: int) -> str:
    """The event a count is of when its event word at ``pos`` is joined to another ("killed or injured",
    "dead or missing", "injured and made homeless"): see :func:`_joined`; ``cat`` when it stands alone."""
    m = _JOINED_EVENT_RE.match(s, pos)
    if m is None:
        return cat
    nxt = _tokens(s, m.end(), min(len(s), m.end() + 30))[:1]
    if nxt and _NUMBERISH_RE.match(nxt[0][2]):
        return cat  # "killed 22 prisoners and injured 91": the second verb has its own number
    other = _WORD_WHAT.get(_norm(m.group(1)))
    if other is None or other == cat or other not in _EVENT_WHATS:
        return cat
    return _joined(cat, other)


def _prev_word(s: str, pos: int) -> str:
    m = re.search(r"([^\s]+)\s*$", s[:pos])
    return m.group(1) if m else ""


@dataclass
class _Ctx:
    text: str
    mentions: list[Mention]
    oil: bool = False  # the article speaks of oil: a barrel with no "of" is a barrel of oil


def _is_speakerish(text: str, m: Mention) -> bool:
    if is_outlet(m.text):
        return True
    return speech_cue_near(text, m.start, m.end)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    return re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", name)


_STRONG_WORD_RE = re.compile(r"\s*(?:[\"“”'‘’]\s*)?([A-Za-z][\w-]*)")


def _strong_phrase(after: str) -> tuple[list[str], int, int, list[str]]:
    """The noun phrase after "-strong" (up to five words, "the 1,000-strong British garrison"), its span
    in ``after`` and the words of an "of" phrase after it ("a 500-strong force of rebels")."""
    words: list[str] = []
    p0 = p1 = 0
    pos = 0
    while len(words) < 5:
        m = _STRONG_WORD_RE.match(after, pos)
        if m is None:
            break
        w = m.group(1)
        low = _norm(w)
        if (w.islower() and low in _STOP) or (
            w.islower() and low.endswith(("ed", "ing")) and low not in _STRONG_TROOP_WORDS
        ):
            break
        if not words:
            p0 = m.start(1)
        words.append(w)
        p1 = pos = m.end()
        if low in _STRONG_HEADS or low in _STRONG_FORCES or _WORD_WHAT.get(low) in PEOPLE_WHATS:
            break  # the head ends the phrase ("the 4,000-strong garrison held ...")
    of_words: list[str] = []
    om = re.match(r"\s+of\s+((?:[\w-]+\s+){0,3}[\w-]+)", after[pos:])
    if om:
        of_words = om.group(1).split()
    return words, p0, p1, of_words


def _strong_what(words: list[str], of_words: list[str]) -> str:
    """What a "-strong" phrase counts: fighters or troops when a word says so ("rebel force", "UN police
    force"), the kind of group its head names ("team", "crowd", "community"), "force" for an armed body
    whose kind its owner decides ("the 30,000-strong force"), else people."""
    lows = [_norm(w) for w in [*words, *of_words]]
    cats = [_WORD_WHAT.get(w) for w in lows]
    if "fighters" in cats:
        return "fighters"
    if "troops" in cats or any(w in _STRONG_TROOP_WORDS for w in lows):
        return "troops"
    head = lows[len(words) - 1] if words else ""
    if head in _STRONG_HEADS:
        return _STRONG_HEADS[head]
    if head in _STRONG_FORCES:
        return "force"
    return "people"


# a state's own armed bodies and international missions: their "-strong force" is troops
_STATE_FORCE_RE = re.compile(
    r"\b(?:UN|U\.N\.|United\s+Nations|NATO|EU|European|AU|African\s+Union|US|U\.S\.|UK|Navy|Air\s+Force|"
    r"Marines?|Police|Guard|Ministry|Department|Pentagon|Government|Gendarmerie|Defen[cs]e|Military|Armed|"
    r"Coast|Administration|Command|Nations)\b"
)
_NATIONALITY_RE = re.compile(r"\b[A-Z][a-z]+(?:ish|ian|ean|ican|ese)\b")


def _armed_group(ctx: _Ctx, about: str, np_span: tuple[int, int]) -> bool:
    """Whether a force's owner is an organisation that is no state (its force is fighters): not a
    country or nationality, not a state body or international mission, and no nationality in the
    phrase itself ("the 1,000-strong British garrison")."""
    if _STATE_FORCE_RE.search(about) or about in _NOT_ACTOR_ACRONYMS:
        return False
    np_text = ctx.text[np_span[0] : np_span[1]]
    if _NATIONALITY_RE.search(np_text):
        return False
    for m in ctx.mentions:
        if m.label in ("NORP", "GPE", "LOC") and (
            _clean_name(m.text) == about or (np_span[0] <= m.start and m.end <= np_span[1])
        ):
            return False
    return True


# prepositions that open a participle's phrase after a share's noun ("85% of the oil rising from the sea floor",
# "8% of all income going into pension funds"); a gerund noun is followed by its verb ("consumer lending has")
_PARTICIPLE_PREPOSITIONS = frozenset(
    {
        "from",
        "into",
        "out",
        "to",
        "in",
        "at",
        "on",
        "off",
        "through",
        "across",
        "toward",
        "towards",
        "onto",
        "down",
        "up",
    }
)

# activities named by a gerund, nouns of their own ("60% of vacation spending in the state", "consumer lending")
_GERUND_NOUNS = frozenset(
    {"spending", "lending", "funding", "housing", "manufacturing", "shipping", "fishing", "drilling", "building",
     "clothing", "training", "marketing", "advertising", "banking", "trading", "borrowing", "processing", "farming",
     "mining", "refining", "tourism", "booking", "bookings", "earnings", "savings", "holdings", "financing"}
)  # fmt: skip


def _about(
    ctx: _Ctx,
    sent: Sentence,
    prev: Sentence | None,
    cand_abs: tuple[int, int],
    np_span: tuple[int, int],
    what: str | None,
    head: str | None,
) -> str | None:
    text = ctx.text
    in_np = [m for m in ctx.mentions if m.start >= np_span[0] and m.end <= np_span[1] and not is_outlet(m.text)]
    if _joint_actors(text, np_span, in_np):
        # "250,000 UK and US troops": a joint count is no one of its actors'; but a force the sentence names
        # before it may hold them all ("the SDF, an umbrella of more than 40,000 Kurdish and Arab fighters")
        before_orgs = [
            m
            for m in ctx.mentions
            if m.label == "ORG" and sent.start <= m.start and m.end <= cand_abs[0] and not _is_speakerish(text, m)
        ]
        if what in ("fighters", "troops") and before_orgs:
            return _clean_name(before_orgs[-1].text)
        return None
    for m in in_np:
        if m.label == "ORG":
            return _clean_name(m.text)
    np_text = text[np_span[0] : np_span[1]]
    acr = [
        a
        for a in _ACRONYM_RE.findall(np_text)
        # "10 A380 aircraft", "two F16 jets": a model designation is no actor (but "300 M23 rebels" is one)
        if a not in _NOT_ACTOR_ACRONYMS and not (what not in PEOPLE_WHATS and re.search(r"\d", a))
    ]
    if acr:
        return acr[0]
    force = what in ("fighters", "troops")
    if force:
        # the organisation the sentence is about: the last ORG before the number that is not a speaker
        before = [
            m
            for m in ctx.mentions
            if m.label == "ORG" and sent.start <= m.start and m.end <= cand_abs[0] and not _is_speakerish(text, m)
        ]
        if before:
            return _clean_name(before[-1].text)
    for label in ("NORP", "GPE"):
        for m in in_np:
            if m.label == label:
                return _clean_name(m.text)
    if not force:
        return None
    seg = text[sent.start : cand_abs[0]]
    found = _org_fallback(text, sent.start, seg)
    if found:
        return found
    anaphoric = head is not None and _norm(head) in _ANAPHORIC_HEADS
    if anaphoric and prev is not None:
        prev_orgs = [
            m
            for m in ctx.mentions
            if m.label == "ORG" and prev.start <= m.start and m.end <= prev.end and not _is_speakerish(text, m)
        ]
        if prev_orgs:
            return _clean_name(prev_orgs[-1].text)
        return _org_fallback(text, prev.start, text[prev.start : prev.end])
    return None


_JOIN_RE = re.compile(r"^\s*(?:,|,?\s*(?:and|or)\b|&|/)\s*$", re.I)


def _joint_actors(text: str, np_span: tuple[int, int], in_np: list[Mention]) -> bool:
    """Whether a counted phrase names two actors joined by "and", "or", "&", "/" or a comma ("UK and US
    troops", "British and American forces", "Iraqi, Kurdish and US soldiers"): then the count is of them
    together, and crediting it to either one would tell a reader what the source does not say."""
    spans = sorted(
        {(m.start, m.end) for m in in_np if m.label in ("ORG", "NORP", "GPE")}
        | {
            (np_span[0] + a.start(), np_span[0] + a.end())
            for a in _ACRONYM_RE.finditer(text[np_span[0] : np_span[1]])
            if a.group() not in _NOT_ACTOR_ACRONYMS and not re.search(r"\d", a.group())
        }
    )
    spans = [sp for k, sp in enumerate(spans) if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    names = {_clean_name(text[a:b]) for a, b in spans}
    return len(names) > 1 and any(
        _JOIN_RE.match(text[spans[k][1] : spans[k + 1][0]]) and spans[k][1] <= spans[k + 1][0]
        for k in range(len(spans) - 1)
    )


def _org_fallback(text: str, offset: int, seg: str) -> str | None:
    """The last organisation-looking name in a stretch of text, when NER gave nothing (acronym or "X Forces")."""
    best: tuple[int, str] | None = None
    for m in _ORG_PHRASE_RE.finditer(seg):
        name = m.group().strip()
        if len(name.split()) >= 2 and not speech_cue_near(text, offset + m.start(), offset + m.end()):
            best = (m.start(), _clean_name(name))
    for m in _ACRONYM_RE.finditer(seg):
        a = m.group()
        if a in _NOT_ACTOR_ACRONYMS or speech_cue_near(text, offset + m.start(), offset + m.end()):
            continue
        if best is None or m.start() > best[0]:
            best = (m.start(), a)
    return best[1] if best else None


def extract_figures(
    text: str,
    sentences: list[Sentence],
    article_id: str,
    mentions: list[Mention],
    times: list[TimeExpression],
) -> list[Figure]:
    """All figures in an article, in text order (see the module docstring for the semantics)."""
    mask = _blocked_mask(text, times)
    ctx = _Ctx(text, sorted(mentions, key=lambda m: m.start), _OIL_RE.search(text) is not None)
    out: list[Figure] = []
    prev: Sentence | None = None
    for sent in sentences:
        s = text[sent.start : sent.end]
        found = _sentence_figures(ctx, s, sent, prev, mask, article_id)
        if _TICKER_STUMP_RE.match(s):
            # "N) fell 8.1 percent to $42.58": the source lost the company and its ticker, and its share's move
            # and price are no one's
            found = [f for f in found if f.what not in ("percent", "money")]
        out.extend(found)
        prev = sent
    out = _carry_flow_period(text, sentences, out)
    out = _late_flow_period(text, sentences, out)
    out = _article_flow_period(text, sentences, out)
    out = _coordinated_flow_period(text, out)
    out = _restated_flows(text, sentences, out)
    out = _day_collections(text, sentences, out)
    out = _respectively(text, sentences, out)
    out = _local_pounds(text, sentences, out)
    return _historic_present(text, times, out)


# a sentence that opens with the stump of a stock ticker, its exchange code and closing bracket, before its verb
# ("N) fell 8.1 percent"): the annotate stage joins a ticker cut at its dot ("(RIG." | "N) fell"), so a stump
# still opening a sentence is all that is left of a subject the source lost
_TICKER_STUMP_RE = re.compile(r"[A-Z]{1,2}[a-z]?[)\]]\s+[a-z]")


# what follows the day heading a chronology's entry: a dash or a colon, then the entry's words ("June 3 - BP ...",
# "20 April: The rig sinks")
_ENTRY_SEP_RE = re.compile(r"[ \t]*(?:--?|[–—:])[ \t]*(?=[^\W\d_]|[\"'“‘])")
# what may stand before that day on its line: nothing but a bullet, or the end of the entry before it when the
# list was run together ("... the rig sinks. May 5 - The well is capped")
ENTRY_LEAD_RE = re.compile(r"(?:^[ \t]*(?:[*•·▪-][ \t]*)?|(?<=[a-z0-9)][.:])[ \t]+)$", re.M)


# the end of a span of days a chronology's entry may be headed by ("April 21-22 - The valves fail"), when the
# tagger read only its first day
_DAY_RANGE_END_RE = re.compile(r"[ \t]*[-\u2013][ \t]*\d{1,2}\b")
# words that make a day part of a sentence's prose, not the heading of a chronology's entry ("fell 5% on 21 April:
# ..."): the words before a number that make it a year, and "on", "at" and "for"
_DAY_GOVERNORS = YEAR_BEFORE | {"on", "at", "for"}


def entry_heads(text: str, times: Sequence[TimeExpression], *, run_together: bool = True) -> list[TimeExpression]:
    """The days that head a chronology's entries in ``text``: a dated day (or a span of days) with a dash or a
    colon after it and then the entry's words, at a line's start (or after a bullet, or after the entry before
    it ended in a full stop) -- or run together with the entry before it when the list lost its line breaks
    ("20 April: The rig explodes, killing 11 people 28 April: The Coast Guard fears ..."), when the day is
    written with its number, the entry opens with a capital and no word before the day makes it part of the
    prose ("on 28 April: ...").  None unless the text has two such heads: one
    alone may be a sentence's own "April 21 - the day after".  ``run_together=False``: only the heads a line
    or a full stop sets off."""
    heads = []
    for t in times:
        if t.type != "DATE" or not t.value or not re.match(r"\d{4}-\d\d-\d\d$", t.value):
            continue
        end = m.end() if (m := _DAY_RANGE_END_RE.match(text, t.end)) else t.end
        if not _ENTRY_SEP_RE.match(text, end):
            continue
        line = text.rfind("\n", 0, t.start) + 1
        if ENTRY_LEAD_RE.search(text, line, t.start):
            heads.append(t)
            continue
        if not run_together:
            continue
        # run together: a calendar day written with its number ("today:", "Friday --" introduce the prose's own
        # words), its entry opening with a capital ("exploded April 20 -- killing 11" is a parenthesis) that is
        # no month's name (the end of a span: "Venice, August 29 - September 8")
        before = re.findall(r"[\w']+", text[line : t.start])
        words = re.match(r"[^\w\"'“‘]*[\"'“‘]?(\w+)", text[end:])
        if (
            before
            and before[-1].lower().strip("'’") not in _DAY_GOVERNORS
            and re.search(r"\d", t.text)
            and words
            and words.group(1)[0].isupper()
            and words.group(1).lower().rstrip(".") not in MONTHS
        ):
            heads.append(t)
    return heads if len(heads) >= 2 else []


def _historic_present(text: str, times: Sequence[TimeExpression], out: list[Figure]) -> list[Figure]:
    """Figures of a chronology's entries told in the present ("June 3 - BP fits a cap. The cap collects 15,000
    barrels a day") are of the entry's day, not of the report: a chronology tells its past in the historic
    present.  An entry is the rest of a line a day heads (a dated day, a dash or a colon after it, at the line's
    start or after the entry before it), in a text with at least two such heads -- or a date written with its
    year that opens a line before the entry's capitalised words ("May 2009 Dr Murray is hired ...", "1983 Conrad
    Murray graduates ..."), in a text with at least three such (:func:`_bare_heads`) -- and the lines after it up
    to the last head's line (the entry goes on: "He is put on a salary of more than $150,000 a month"); its
    figures lose the provisional PRESENT_REF, so that the publication date is not put on them (the entry's own
    day still dates a figure of the sentence it opens).  Lines after the last head's may be the text after the
    list, and keep it."""
    heads = [t.start for t in entry_heads(text, times, run_together=False)] + _bare_heads(text, times)
    if not heads:
        return out
    first, last_line = min(heads), text.rfind("\n", 0, max(heads))

    def in_entry(f: Figure) -> bool:
        line = text.rfind("\n", 0, f.start)
        return any(line < h < f.start for h in heads) or first < f.start < last_line

    return [f.model_copy(update={"as_of": None}) if f.as_of == "PRESENT_REF" and in_entry(f) else f for f in out]


# a date that opens a line with no dash or colon after it, then the capitalised words of a chronology's entry ("May
# 2009 Dr Murray is hired", "28 June 2009 Los Angeles police interview"): written with its year, so no relative day
# of a diary's ("Today I ...") and no weekday of prose
_BARE_HEAD_TEXT_RE = re.compile(r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d")
_BARE_HEAD_AFTER_RE = re.compile(r"[ \t]+[\"'“‘]?[A-Z]")
_BARE_HEADS_MIN = 3  # fewer may be paragraphs that open with a date by chance


def _bare_heads(text: str, times: Sequence[TimeExpression]) -> list[int]:
    """Where the dates that head a chronology's entries with no separator start (see :func:`_historic_present`);
    none unless the text has at least ``_BARE_HEADS_MIN`` of them."""
    heads = []
    for t in times:
        if t.type != "DATE" or not t.value or not re.match(r"^\d{4}(?:-\d\d){0,2}$", t.value):
            continue
        line = text.rfind("\n", 0, t.start) + 1
        if text[line : t.start].strip(" \t*•·▪-") or not _BARE_HEAD_TEXT_RE.fullmatch(text, t.start, t.end):
            continue
        if _BARE_HEAD_AFTER_RE.match(text, t.end):
            heads.append(t.start)
    return heads if len(heads) >= _BARE_HEADS_MIN else []


# a flow restated as an estimate of itself: anaphora ("..., and it could be as much as", "It may be") or a
# revision of the figure ("a figure ... increased last week to"); a total said between them ends the flow
_FLOW_ANAPHORA_RE = re.compile(
    r"\b(?:it|that|this|which|the\s+(?:flow|rate|figure|estimate|leak|number))"
    r"(?:\s+(?:even|also|now|still|actually|possibly|probably|really|in\s+fact|well))?\s+"
    r"(?:could|might|may|would|will|is|was|'s|be|been|were|are|estimated|put)\b[^.;:!?]{0,30}$"
    r"|\b(?:increased|raised|revised|upped|rose|risen|lowered|cut|jumped|doubled|tripled|grown|grew)\b"
    r"[^.;:!?]{0,40}\b(?:to|from)\s+$",
    re.I,
)
_FLOW_TOTAL_RE = re.compile(
    r"\b(?:total|totals|in\s+all|so\s+far|since|altogether|overall|cumulative|spill(?:ed|t)|leaked|gushed|"
    r"released|collected|captured|recovered|skimmed|burned|siphoned|stored|capacity|reserves?|daily|"
    r"(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)|"
    r"(?:over|in|during|within|for)\s+(?:the\s+)?(?:\w+\s+)?(?:days|weeks|months|years|hours))\b",
    re.I,
)


def _carry_flow_period(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """A volume said as an estimate of a flow named just before it takes the flow's period ("leaking 12,000
    barrels a day, and it could be as much as 19,000 barrels"; "The flow is 5,000 barrels a day. It may be
    twice that, 10,000 barrels") -- in the flow's sentence, or in the next one when that sentence starts from
    "it", "that" or "the flow" -- unless a total or another period is said between them."""
    res = list(out)
    for k, f in enumerate(res):
        if f.unit not in _TO_L or f.what != "volume" or k == 0:
            continue
        g = res[k - 1]
        base, slash, period = (g.unit or "").partition("/")
        if not slash or base != f.unit or g.article != f.article or g.what != "flow":
            continue
        if f.sentence == g.sentence:
            gap = text[g.end : f.start]
        elif f.sentence == g.sentence + 1 and f.sentence < len(sentences):
            gap = text[sentences[f.sentence].start : f.start]
            if _FLOW_TOTAL_RE.search(text[g.end : sentences[g.sentence].end]):
                continue
        else:
            continue
        if len(gap) > 160 or _FLOW_TOTAL_RE.search(gap) or not _FLOW_ANAPHORA_RE.search(gap):
            continue
        res[k] = f.model_copy(update={"unit": f"{f.unit}/{period}", "what": "flow"})
    return res


# the gap between a volume and its conversion into another ("210,000 gallons (795,000 litres) -- or 5,000 barrels")
_CONVERSION_GAP_RE = re.compile(
    r"^[\s,/\-\u2013\u2014]*(?:\([^()]{0,40}\))?[\s,)/\-\u2013\u2014]*(?:or\s+)?[\s(]*$", re.I
)
# a period said after a volume's substance and verb, in its clause and with no other number between ("210,000
# gallons of oil that are gushing each day", "1 million gallons are still gushing out each and every day",
# "80,000 barrels - all of the oil - each day") -- not a time ("a day after the blast", "in a single day") nor
# "daily" before a noun ("the federal daily estimate")
_LATE_PERIOD_RE = re.compile(
    r"^(?P<gap>[^.,;:!?\d\[\]\"\u201c\u201d]{0,90}?)(?:\b(?:each\s+and\s+every|each|every|per|(?P<art>an?))\s+"
    r"(?:single\s+)?(?P<period>day|hour|minute|week|month|year)\b(?![-\u2010\u2011])(?!\s*(?:of|or)\b)"
    r"(?(art)(?!\s*(?:ago|after|before|later|earlier|since|when|in\s+which)\b))"
    r"|\b(?P<daily>daily|hourly)\b(?=\s*(?:[,.;:)]|$|from|into|in\b|to\b|on\b|at\b)))",
    re.I,
)
_LATE_BREAK_RE = re.compile(
    r"\b(?:and|but|while|whereas|because|although|though|if|unless|since|after|before|when|until|than|over|for|what|"
    r"during|total|so\s+far|to\s+date)\b",
    re.I,
)
# a verb of a flow or of its handling: the clause a late period makes a flow of
_FLOW_OR_HANDLING_RE = re.compile(
    r"\b(?:collect|captur|skim|siphon|scoop|process|burn|recover|contain|catch|handl|remov)\w*", re.I
)


def _late_flow_period(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """A volume whose period comes after its substance and verb is a flow ("the 210,000 gallons of oil that are
    gushing each day"), with its conversions ("1,000 barrels -- or 42,000 gallons -- of oil is leaking each
    day"), when its sentence speaks of a flow or of handling one and nothing between them -- another number, a
    new clause, a total -- stops it."""
    res = list(out)
    for k, f in enumerate(res):
        if f.unit not in _TO_L or f.what != "volume" or not 0 <= f.sentence < len(sentences):
            continue
        sent = sentences[f.sentence]
        s = text[sent.start : sent.end]
        if not (_FLOW_CONTEXT_RE.search(s) or _FLOW_OR_HANDLING_RE.search(s)):
            continue
        end = f.end
        for g in res[k + 1 :]:  # its conversions
            if g.sentence != f.sentence or g.unit not in _TO_L or g.what != "volume":
                break
            if not _CONVERSION_GAP_RE.match(text[end : g.start]):
                break
            end = g.end
        m = _LATE_PERIOD_RE.match(text[end : sent.end])
        if m is None or _LATE_BREAK_RE.search(m.group("gap")) or _VOLUME_CUE_RE.search(m.group("gap")):
            continue
        if m.group("art"):
            prev = re.search(r"([A-Za-z'’]+)\W*$", m.group("gap"))
            if prev is not None and prev.group(1).lower() in _DURATION_BEFORE:
                continue  # "in a day", "within a week"
        per = _period_code(m.group("period") or m.group("daily"))
        res[k] = f.model_copy(update={"unit": f"{f.unit}/{per}", "what": "flow"})
    return res


# a volume said over one day ("2,200 barrels in the 24-hour period to midnight", "16,000 barrels every 24 hours",
# "14,800 barrels of oil from the wellhead in the past 24 hours"): a flow per day
_DAY_SPAN_RE = re.compile(
    r"^(?:[^.;:!?]|\.(?=\d)){0,60}?\b(?:(?:in|over|during|within|for)\s+(?:the\s+)?"
    r"(?:(?:past|previous|last|preceding|latest)\s+)?|every\s+)(?:24|twenty-four)(?:\s+hours\b|-hour\s+period\b)",
    re.I,
)
# a flow verb, noun or word for an estimate of one: the context in which a bare volume restates a flow
_FLOW_CONTEXT_RE = re.compile(
    r"\b(?:leak(?:s|ing)?|flow(?:s|ing)?|spew(?:s|ing)?|gush(?:es|ing)?|pour(?:s|ing)?|escap(?:es|ing)|"
    r"pump(?:s|ing)?|produc(?:es?|ing|tion)|output|emit(?:s|ting)?|emissions?|rate|estimates?|estimated)\b",
    re.I,
)
# what makes a volume a total, a store or an amount over a stretch of time, not a flow: a perfect tense ("has
# leaked", "have now spilled"), "so far", "in total", "since", a load or a store ("the tanker carried",
# "capacity"), a stretch of time ("over 87 days", "before it was capped", "for the whole month"), a collection
# ("skimmers recovered 9,000 barrels on Friday"; not "being collected", which is going on), a burn ("later burns
# could consume 1,000 barrels") or a comparison with another spill ("the worst oil spill", "to match the Exxon
# Valdez")
_VOLUME_CUE_RE = re.compile(
    r"\b(?:total(?:l?ed|s)?|in\s+all|so\s+far|to\s+date|since|altogether|overall|cumulative(?:ly)?|already|"
    r"(?:has|have|had|having)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:spilt|spilled|spewed|poured|leaked|gushed|flowed|"
    r"escaped|entered|released|come|run|collected|captured|recovered|removed|skimmed|burned|burnt|siphoned|"
    r"used|sprayed|dumped|pumped|injected)|tankers?|carr(?:y|ied|ying)|"
    r"(?:whole|entire|full)\s+(?:week|month|year|period)|capacity|stor(?:e|ed|age|ing)|hold(?:s|ing)?|"
    r"load(?:s|ed|ing)?|reserves?|remain(?:s|ed|ing)?|"
    r"(?:over|in|during|within|for|after)\s+(?:the\s+)?(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"before\s+(?:being\s+|it\s+was\s+|the\s+well\s+was\s+)?(?:capped|plugged|sealed|stopped)|"
    r"(?<!being\s)(?<!been\s)(?:collected|captured|recovered|removed|skimmed|burned|burnt|siphoned|contained)|"
    r"burns?|"
    r"(?:largest|biggest|worst)\s+(?:\w+\s+){0,2}?(?:spills?|disasters?|accidents?|catastrophes?)|"
    r"match(?:es|ed|ing)?|equivalent)\b",
    re.I,
)

# what after a volume makes it an amount over a stretch, a stock or a spill, not a flow: "5 million gallons could
# gush out between the old cap's removal and the new one", "5,000 barrels before breakfast", "until the relief
# well", "71.7 million gallons are in the Gulf", "a 5,000-barrel oil spill in 2006"
_VOLUME_AFTER_RE = re.compile(
    r"^[\s-]*(?:(?:oil|crude|fuel|diesel|chemical)\s+)?(?:spill|slick)s?\b"
    r"|^[^.;:!?]{0,60}?\b(?:before|until|till|by\s+the\s+time|between\s+(?:the|its|their|now|then)|"
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+|already\s+)?(?:in|on|at|floating|sitting|lying)\s+the)\b",
    re.I,
)


def _substance(about: str | None) -> str | None:
    """What a volume is of, with crude as oil ("3,000 barrels of crude a day" is a flow of the oil)."""
    return "oil" if about in ("crude", "crude oil") else about


def _article_flow_period(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """A bare volume that restates a flow is that flow.  Said over one day ("2,200 barrels in the past 24 hours",
    "16,000 barrels every 24 hours") it is per day.  In an article that gives the same substance in the same
    unit per one period ("5,000 barrels a day"), a bare volume of it in a flow context -- a flow verb or an
    estimate in its sentence or the one before -- of those flows' size (from a tenth of the least to five times
    the most) is that flow too ("BP upped its estimate to 5,000 barrels"), unless its sentence makes it a total,
    a store or a collection ("has leaked 3 million gallons so far", "4.9 million barrels over 87 days", "the
    tanker carried", "the capacity to store", "collected 15,000 barrels on Tuesday") or what follows it makes it
    an amount over a stretch, a stock or another spill (_VOLUME_AFTER_RE).  A volume of no substance takes the
    flows of its unit whatever they are of; crude is oil.  An order word ("thousands of barrels") stays a
    volume."""
    res = list(out)
    for k, f in enumerate(res):
        in_sentence = 0 <= f.sentence < len(sentences)
        if (
            f.unit in _TO_L
            and f.what == "volume"
            and in_sentence
            and _DAY_SPAN_RE.match(text[f.end : sentences[f.sentence].end])
        ):
            res[k] = f.model_copy(update={"unit": f"{f.unit}/d", "what": "flow"})
    rates: dict[tuple[str, str | None], list[tuple[str, float, float]]] = {}
    for f in res:
        base, slash, period = (f.unit or "").partition("/")
        if slash and base in _TO_L and f.what == "flow":
            rates.setdefault((base, _substance(f.about)), []).append((period, f.value, f.value_max or f.value))
    figure_sentences = {f.sentence for f in res}
    for k, f in enumerate(res):
        if f.unit not in _TO_L or f.what != "volume" or f.qualifier == "order":
            continue
        if not 0 <= f.sentence < len(sentences):
            continue
        sent = sentences[f.sentence]
        known = rates.get((f.unit, _substance(f.about)))
        if f.about is None:  # "fewer than 2,000 gallons were escaping": of whatever the unit's flows are of
            known = [r for (u, _a), rs in rates.items() if u == f.unit for r in rs]
        if not known:
            continue
        periods = Counter(p for p, _v, _h in known).most_common(2)
        if len(periods) > 1 and periods[0][1] == periods[1][1]:
            continue  # as many flows per minute as per day: no one period to give it
        per = periods[0][0]
        lo = min(v for p, v, _h in known if p == per)
        hi = max(h for p, _v, h in known if p == per)
        if not (lo / 10 <= f.value and (f.value_max or f.value) <= hi * 5):
            continue  # not of the flows' size: "4.9 million barrels" in an article of flows in thousands
        s = text[sent.start : sent.end]
        prev = text[sentences[f.sentence - 1].start : sentences[f.sentence - 1].end] if f.sentence > 0 else ""
        if f.sentence > 1 and f.sentence - 1 not in figure_sentences:
            # a sentence with no figure of its own ("These numbers are all over the board", she said) keeps the
            # figures of the one before it in play: the context reaches back past it
            prev += " " + text[sentences[f.sentence - 2].start : sentences[f.sentence - 2].end]
        if not (_FLOW_CONTEXT_RE.search(s) or _FLOW_CONTEXT_RE.search(prev)) or _VOLUME_CUE_RE.search(s):
            continue
        if _VOLUME_AFTER_RE.match(text[f.end : sent.end]):
            continue
        res[k] = f.model_copy(update={"unit": f"{f.unit}/{per}", "what": "flow"})
    return res


# the words between two coordinated volumes: the first one's substance, then "and" ("58,800 gallons of oil and ...")
_COORD_VOLUME_GAP_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s*,?\s+and\s+", re.I)


def _coordinated_flow_period(text: str, out: list[Figure]) -> list[Figure]:
    """A volume coordinated with a flow whose period closes the pair is a flow of that period too ("pumping
    58,800 gallons of oil and 900,000 cubic feet of gas per day": "per day" distributes over both quantities,
    as a modifier after a coordinated noun phrase does in English).  Only for a period said after the second
    one's own words (its substance or unit), so that "4 million barrels of oil and 5,000 barrels a day" -- two
    quantities each with its own period or none -- is not read so: the second must be a flow whose period is
    said after an "of" phrase, and the first one's unit must be a volume's."""
    res = list(out)
    for k in range(len(res) - 2, -1, -1):
        f, g = res[k], res[k + 1]
        base, slash, period = (g.unit or "").partition("/")
        if f.unit not in _TO_L or f.what != "volume" or f.qualifier == "order" or f.sentence != g.sentence:
            continue
        if not slash or base not in _TO_L or g.what != "flow":
            continue
        if not _COORD_VOLUME_GAP_RE.fullmatch(text[f.end : g.start]):
            continue
        if not re.search(r"\bof\s+(?:[a-z-]+\s+){0,3}?(?:per|a|an|each|every)\s+\w+\s*$|\bof\s+[^,;]*\bdaily$", g.text):
            continue  # the period must close the second quantity's phrase, after its substance
        res[k] = f.model_copy(update={"unit": f"{f.unit}/{period}", "what": "flow"})
    return res


# how close a volume must be to a flow said in another unit to be its conversion: rounding of a restatement
# ("630,000 gallons" is 15,000 barrels; "1.17 million gallons" is 27,857, said "28,000 barrels")
_RESTATED_TOLERANCE = 0.03


def restates(low: float, top: float, other_low: float, other_top: float) -> bool:
    """Whether a quantity (``low``..``top``, in one canonical unit) equals another to within the rounding of a
    restatement (``_RESTATED_TOLERANCE``) at both ends: a conversion into another unit, not a second measure."""
    tol = _RESTATED_TOLERANCE
    return abs(low - other_low) <= tol * other_low and abs(top - other_top) <= tol * other_top


_COMPARISON_RE = re.compile(
    r"\b(?:match(?:es|ed|ing)?|equivalent|(?:largest|biggest|worst)\s+(?:\w+\s+){0,2}?"
    r"(?:spills?|disasters?|accidents?|catastrophes?))\b",
    re.I,
)
# what sets a conversion right after the figure it converts ("5,000 barrels a day -- the equivalent of 210,000
# gallons", "5,000 barrels a day, or 210,000 gallons"): its sentence's cues of a total are not the conversion's
_RESTATED_GAP_RE = re.compile(
    r"[\s,(\-\u2013\u2014/]*(?:(?:or|that\s+is|i\.e\.)\s+)?(?:(?:the\s+)?equivalent\s+(?:of|to)\s+|equal\s+to\s+)?"
    r"(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?",
    re.I,
)


def _restated_flows(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """A bare volume that converts a flow said shortly before it in another unit is that flow restated
    ("collecting 630,000 gallons daily ... 'We're only at 15 (15,000 barrels) now'"): a writer converting
    a rate into the reader's unit leaves the period out, and a total that happened to equal a day's flow in
    another unit to within rounding is far rarer than a restatement.  The flow must be in the volume's
    sentence or one of the three before it, both single figures or both ranges; not a volume whose sentence
    makes it a total, a store or a collection (_VOLUME_CUE_RE), nor one made an amount over a stretch by what
    follows it (_VOLUME_AFTER_RE) -- though a comparison ("the equivalent of", "match") is no such cue for a
    volume set right after the flow as its conversion ("at 5,000 barrels a day -- the equivalent of 210,000
    gallons -- ..."), a total's own cue is ("or 84,000 gallons in total over the winter").  Same-unit flows are left to the size-and-context rule of
    _article_flow_period, where equal values are common without being restatements."""
    res = list(out)
    for k, f in enumerate(res):
        if f.unit not in _TO_L or f.what != "volume" or f.qualifier == "order":
            continue
        if not 0 <= f.sentence < len(sentences):
            continue
        sent = sentences[f.sentence]
        after = _VOLUME_AFTER_RE.match(text[f.end : sent.end]) is not None
        cued = after or _VOLUME_CUE_RE.search(text[sent.start : sent.end]) is not None
        # a comparison ("the equivalent of", "could rival the worst spill") is no total's cue for a conversion
        # said right after its flow; a total's own cue ("or 84,000 gallons in total") still is
        uncompared = after or _VOLUME_CUE_RE.search(_COMPARISON_RE.sub(" ", text[sent.start : sent.end])) is not None
        litres = f.value * _TO_L[f.unit]
        top = (f.value_max or f.value) * _TO_L[f.unit]
        for g in reversed(res[:k]):
            base, slash, period = (g.unit or "").partition("/")
            if g.article != f.article or not 0 <= f.sentence - g.sentence <= 3:
                continue
            if not slash or base not in _TO_L or base == f.unit or g.what != "flow":
                continue
            if (g.value_max is None) != (f.value_max is None):
                continue
            g_low = g.value * _TO_L[base]
            g_top = (g.value_max or g.value) * _TO_L[base]
            if cued and (
                uncompared or not (g.sentence == f.sentence and _RESTATED_GAP_RE.fullmatch(text[g.end : f.start]))
            ):
                continue
            if restates(litres, top, g_low, g_top):
                res[k] = f.model_copy(update={"unit": f"{f.unit}/{period}", "what": "flow"})
                break
    return res


_WEEKDAYS = "(?:" + "|".join(WEEKDAYS) + ")"  # lower case: every pattern it is part of ignores case
# a verb of collecting, as done to oil at a leak (the "capture" act of story.claims)
_COLLECT_RE = re.compile(
    r"\b(?:collect|captur|siphon|skim|recover|burn|scoop|suck|flar)\w*(?:\s+off)?\b(?![^.;:!?]{0,20}\bsince\b)", re.I
)
# one day said after a collected volume, in its clause ("collected 16,830 barrels of oil from the well on
# Tuesday", "siphoned 2,000 barrels yesterday"), past a conversion in brackets after its substance ("collected
# 15,000 barrels of oil (630,000 gallons) from the well on Tuesday", the bracket's own figure too): not part of a
# day ("on Tuesday morning", "by noon Tuesday", "in the 12-hours to ... Tuesday", "today", a day not over when
# reported), not two days ("on Saturday and Sunday"), not the day's possessive ("Tuesday's rate")
_DAY_AFTER_RE = re.compile(
    r"(?P<gap>\)?(?:[^.;:!?\d()\[\]\"\u201c\u201d]{0,20}?\([^()]{0,80}\))?[^.;:!?\d()\[\]\"\u201c\u201d]{0,60}?)\b(?:(?:on\s+)?"
    + _WEEKDAYS
    + r"|on\s+"
    + _MONTHS
    + r"\s+\d{1,2}\b|yesterday)\b(?!['\u2019]s|\s*(?:morning|afternoon|evening|night)\b)"
    r"(?!\s*(?:and|to|through|or|-|\u2013)\s*(?:on\s+)?(?:" + _WEEKDAYS + "|" + _MONTHS + r"))",
    re.I,
)
# (not "during": "collected 25,000 barrels during operations Friday" is that day's; a part of it is said by
# "hours", "night", "morning")
_DAY_GAP_BREAK_RE = re.compile(
    r"\b(?:and|but|while|whereas|because|although|though|if|unless|since|after|before|when|until|than|over|for|"
    r"between|through|by|from\s+(?:the\s+)?(?:start|beginning)|total|so\s+far|to\s+date|hours?|period|"
    r"stretch|week|weeks|month|months|night|overnight|morning|afternoon|evening|a\s+day|per\s+day|each\s+day|"
    r"daily)\b",
    re.I,
)
# one day said first in a clause whose verb collects the volume ("On Wednesday, it siphoned off 18,600 barrels")
_DAY_BEFORE_RE = re.compile(r"(?:^|[;:]\s*)(?:On\s+)?" + _WEEKDAYS + r"\s*,\s+(?P<rest>[^;:]*)$", re.I)
# what makes a collected volume a running total whatever day is said with it
_RUNNING_CUE_RE = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+all|in\s+total|a\s+total|since|altogether|cumulative\w*)\b", re.I
)


def _saying(words: str) -> bool:
    """Whether a stretch of text has a verb of saying ("said", "told", "reports")."""
    return any(w in REPORTING_PAST or w in REPORTING_PRESENT for w in re.findall(r"[a-z]+", words.lower()))


def _day_collections(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """A volume collected on one day is that day's collection, a flow per day, not a running total
    ("BP collected 16,830 barrels of oil on Tuesday", "the tube siphoned 2,000 barrels yesterday", "On
    Wednesday, it siphoned off 18,600 barrels"): a report of one day's capture is the capture's daily rate, the
    figure later reports of "collecting 15,000 barrels a day" revise, and no point of the total "collected
    150,000 barrels since June 3".  With its conversions ("16,668 barrels (700,056 gallons)").  Not a part of a
    day ("in the first 12 hours of Monday", "by noon Tuesday"), two days, nor a volume said with a total's cue
    ("has collected 100,000 barrels so far"), nor when the day is the report's ("said on Tuesday it had
    collected ..."): the day must follow the volume in its clause, or open the clause of the verb that collects
    it with no verb of saying between."""
    res = list(out)
    k = 0
    while k < len(res):
        f = res[k]
        if f.unit not in _TO_L or f.what != "volume" or f.qualifier == "order" or not 0 <= f.sentence < len(sentences):
            k += 1
            continue
        sent = sentences[f.sentence]
        group, end = [k], f.end
        for j in range(k + 1, len(res)):  # its conversions
            g = res[j]
            if g.sentence != f.sentence or g.unit not in _TO_L or g.what != "volume":
                break
            if not _CONVERSION_GAP_RE.match(text[end : g.start]):
                break
            group.append(j)
            end = g.end
        clause_start = max(
            [sent.start, *(m.end() + sent.start for m in re.finditer(r"[;:]", text[sent.start : f.start]))]
        )
        before = text[clause_start : f.start]
        verbs = list(_COLLECT_RE.finditer(before))
        verb = verbs[-1] if verbs else None  # the verb nearest the volume
        daily = False
        if verb is not None and not _RUNNING_CUE_RE.search(before):
            m = _DAY_AFTER_RE.match(text, end, sent.end)
            if m is not None:
                # the day is the collection's when nothing between them ends the clause, says a stretch or a
                # total, or reports ("collected 9,000 barrels, it said on Friday": the day is the report's)
                daily = not (
                    _DAY_GAP_BREAK_RE.search(m.group("gap"))
                    or _RUNNING_CUE_RE.search(m.group("gap"))
                    or _saying(m.group("gap"))
                )
            elif (db := _DAY_BEFORE_RE.search(before)) is not None:
                daily = db.start("rest") <= verb.start() and not _saying(before[db.start("rest") : verb.start()])
        if daily:
            for j in group:
                res[j] = res[j].model_copy(update={"unit": f"{res[j].unit}/d", "what": "flow"})
        k = group[-1] + 1
    return res


# countries whose currency is a pound of their own: "pounds" said in an article about them are theirs
_LOCAL_POUNDS = {
    "egypt": "egp", "egyptian": "egp", "egyptians": "egp", "cairo": "egp",
    "lebanon": "lbp", "lebanese": "lbp", "beirut": "lbp",
    "syria": "syp", "syrian": "syp", "syrians": "syp", "damascus": "syp",
    "sudan": "sdg", "sudanese": "sdg", "khartoum": "sdg",
}  # fmt: skip
_LOCAL_POUNDS_RE = re.compile(r"\b(?:South\s+)?(" + "|".join(k.title() for k in _LOCAL_POUNDS) + r")\b")
_LOCAL_POUND_AFTER_RE = re.compile(r"\s+(Egyptian|Lebanese|Syrian|Sudanese)\s+pounds?\b")
_UK_RE = re.compile(
    r"£|\b(?:Britain|British|UK|U\.K\.|England|English|Scotland|Scottish|Wales|Welsh|London|sterling|"
    r"Bank\s+of\s+England)\b"
)


def _pound_countries(s: str) -> set[str]:
    return {
        _LOCAL_POUNDS[m.group(1).lower()] for m in _LOCAL_POUNDS_RE.finditer(s) if not m.group().startswith("South")
    }


# after a list of bare numbers: "respectively", or the end of the clause ("stood at 2,500 and 168.")
_RESP_TAIL_RE = re.compile(r"\s*,?\s*(?:respectively\b|in\s+that\s+order\b)|\s*(?:[.;:!?\"”)]|$)", re.I)
# the numbers of such a list are joined by commas and/or "and"
_RESP_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# the nouns they pair with: two or three words joined by commas and "and" ("cases and deaths")
_RESP_NOUNS_RE = re.compile(r"\b([A-Za-z]+)(?:\s*,\s*([A-Za-z]+))?\s*,?\s+and\s+([A-Za-z]+)\b")


def _respective_what(word: str, s: str) -> str | None:
    low = word.lower()
    if low in ("cases", "infections") and _DISEASE_RE.search(s):
        return "infected"
    cat = _WORD_WHAT.get(low)
    return cat if cat in PEOPLE_WHATS else None


def _respectively(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """Pair "<noun A> and <noun B> ... N and M respectively": N counts A, M counts B (also for three).

    The numbers must be bare (joined only by commas and "and") and end the clause or precede
    "respectively"/"in that order"; the nouns are the last "A and B" (or "A, B and C") list before them
    in the sentence, each a people-counting word, as many as the numbers.
    """
    res = list(out)
    for sent in sentences:
        s = text[sent.start : sent.end]
        idx = [k for k, f in enumerate(res) if sent.start <= f.start and f.end <= sent.end]
        j = 0
        while j < len(idx):
            run = [idx[j]]
            while j + 1 < len(idx) and _RESP_JOIN_RE.fullmatch(text[res[run[-1]].end : res[idx[j + 1]].start]):
                j += 1
                run.append(idx[j])
            j += 1
            if len(run) not in (2, 3) or any(res[k].unit not in (None, "people") for k in run):
                continue
            if not _RESP_TAIL_RE.match(text, res[run[-1]].end, sent.end):
                continue
            nouns = list(_RESP_NOUNS_RE.finditer(s[: res[run[0]].start - sent.start]))
            if not nouns:
                continue
            words = [w for w in nouns[-1].groups() if w]
            whats = [_respective_what(w, s) for w in words]
            if len(words) != len(run) or None in whats:
                continue
            for k, what in zip(run, whats, strict=True):
                res[k] = res[k].model_copy(update={"what": what, "unit": "people"})
    return res


def _local_pounds(text: str, sentences: list[Sentence], out: list[Figure]) -> list[Figure]:
    """Money written "pounds" (not "£" or "sterling") in the currency of a country with its own pound: the one
    named right before the word ("Egyptian pounds"), else the only such country its sentence names, else the
    only one the article names when the article names nothing British."""
    res = list(out)
    article_codes: set[str] | None = None
    for k, f in enumerate(res):
        base, slash, per = (f.unit or "").partition("/")
        if base != "gbp" or f.what != "money":
            continue
        span = text[f.start : f.end + 12]
        pm = re.search(r"\b(?:(\w+)\s+)?pounds?\b", span, re.I)
        if pm is None or "£" in span or re.search(r"sterling", span, re.I):
            continue
        adj = (pm.group(1) or "").lower()
        code = _LOCAL_POUNDS.get(adj)
        if code is None:
            sent_text = (
                text[sentences[f.sentence].start : sentences[f.sentence].end] if f.sentence < len(sentences) else ""
            )
            codes = _pound_countries(sent_text)
            if len(codes) == 1 and not _UK_RE.search(sent_text):
                code = next(iter(codes))
            elif not codes:
                if article_codes is None:
                    article_codes = set() if _UK_RE.search(text) else _pound_countries(text)
                if len(article_codes) == 1:
                    code = next(iter(article_codes))
        if code is not None:
            res[k] = f.model_copy(update={"unit": code + slash + per})
    return res


def _sentence_figures(
    ctx: _Ctx, s: str, sent: Sentence, prev: Sentence | None, mask: bytearray, article_id: str
) -> list[Figure]:
    base = sent.start
    atoms = [
        a
        for a in _atoms(s)
        if not any(mask[base + p0 : base + p1].count(1) for p0, p1 in a.parts or [(a.start, a.end)])
    ]
    tally = _tally_atoms(s, atoms)
    cands = _merge_ranges(s, [a for k, a in enumerate(atoms) if k not in tally])
    figures: list[Figure] = []
    last_end = -10
    last_what: str | None = None
    last_fig: Figure | None = None
    leads = {k: k + 1 for k in _hedged_leads(s, cands)}
    coordinated = {k: p for k, p in _coordinated_leads(s, cands).items() if k not in leads}
    leads.update(coordinated)
    made: dict[int, Figure] = {}
    for k, c in enumerate(cands):
        if c.start < last_end:
            continue  # inside the figure before ("40,000 barrels (1.7 million gallons) of oil a day")
        if k in leads:
            continue  # "up to 70,000 and even 100,000 barrels a day": said with the next one's unit, below
        start, end = c.start, c.end
        after = s[end:]
        before = s[max(0, start - 60) : start]
        # ---- exclusions
        if _DURATION_AFTER_RE.match(after) or _CLOCK_AFTER_RE.match(after) or _AGE_BEFORE_RE.search(before):
            continue
        if _ratio_term(s, cands, k, before, after):  # "one in 16 mortgages"
            continue
        if _year_list(s, cands, k):
            continue  # "deaths in 2008 and 2009 numbered 30": a list of years, no count
        if _numbered_list(s, cands, k):
            continue  # "paragraphs 10 and 11", "flights 103 and 104": numbers naming things, no count
        if _score_term(s, cands, k):
            continue  # "the 1-1 draw", "a 5-1 loss", "a 50-50 chance": a score or odds, no count
        if not c.spelled and re.fullmatch(r"0\d+", s[start:end]):
            continue  # "0370 numbers", "007": a leading zero writes a code, never a quantity
        if not c.spelled and not c.unit and _PHONE_BEFORE_RE.search(before) and re.fullmatch(r"\d+", s[start:end]):
            continue  # "01326 290889", "+44 20 7946 0000": the rest of a telephone number
        if not c.spelled and (cm := _CALL_BEFORE_RE.search(before)) is not None:
            nxt = _tokens(after)[:1]
            counted = nxt and (_plural_noun(nxt[0][2]) or _what_from_word(nxt[0][2]) or _person_noun(nxt[0][2]))
            if cm.group(1).lower().startswith("dial") or not counted:
                continue  # "call 911", "dial 999": a number to call (not "called 30 witnesses")
        if _EXCHANGE_AFTER_RE.match(after) or _EXCHANGE_BEFORE_RE.search(before):
            continue  # "($1 = 5.6 Egyptian pounds)": an exchange rate, no money of the story
        if (tm := _TEMPERATURE_AFTER_RE.match(after)) is not None and not (
            tm.group().strip().lower().startswith("deg") and _STUDY_RE.search(s)
        ):
            continue  # "98.6 degrees", "40°C", "40 C": a temperature
        if _rate_term(s, start, end, c.value):
            continue  # "one death in every 200 cases", "3 deaths per 100,000 people": a rate, no count
        if c.spelled and not c.order and _RATIO_SPELLED_AFTER_RE.match(after):
            continue  # "two in three voters"
        if (
            c.value <= 13
            and c.value == int(c.value)
            and not c.order
            and _SCHOOL_YEAR_BEFORE_RE.search(before)
            and _plural_noun(_norm((_tokens(after)[:1] or [(0, 0, "")])[0][2]))
        ):
            continue  # "year seven pupils", "grade 9 students": a school year, not a count
        if c.unit is None and not c.order and _rank_phrase(before, after):
            continue  # "the top 10 searches", "the 10 biggest spills": a rank in a list, no count
        if c.spelled and not c.order and re.match(r"\s+of\b", after) and c.value == 1:
            continue  # "one of the key forces"
        if (
            c.value == 1
            and c.spelled
            and re.search(r"\b(?:no|not|any|every|some|each|which|the|this|that)\s*$", before, re.I)
        ):
            continue  # "not one Briton died": a negation, no count of one
        prev_word = _prev_word(s, start)
        pw = _norm(prev_word)
        if (prev_word[:1].isupper() or pw == "number") and pw in _NAME_WORDS and not c.order:
            continue  # "Division 17", "Resolution 2254", "No. 5", "his number 1 priority"
        if (
            pw in _LOWER_NAME_WORDS
            and prev_word.islower()
            and re.fullmatch(r"\d{1,4}", s[start:end])
            and not _plural_noun(_norm((_tokens(after)[:1] or [(0, 0, "")])[0][2]))
        ):
            continue  # "Pan Am flight 103 killed 270", "on page 12": a number naming a flight, page or room
        if (
            pw in _LOWER_RANK_WORDS
            and prev_word.islower()
            and re.fullmatch(r"\d{1,3}", s[start:end])
            and not _RANK_WORD_RATE_RE.search(before)
            and not _plural_noun(_norm((_tokens(after)[:1] or [(0, 0, "")])[0][2]))
        ):
            continue  # "on day 37 of the crisis", "in round 2": a rank, no count
        if (
            pw in _MODEL_WORDS
            and prev_word.islower()
            and re.fullmatch(r"\d{1,4}", s[start:end])
            and (nt := _tokens(after)[:1])
            and _plural_noun(_norm(nt[0][2]))
            and _WORD_WHAT.get(_norm(nt[0][2])) not in (*PEOPLE_WHATS, *_EVENT_WHATS)
            and _norm(nt[0][2]) not in _TIME_NOUNS
        ):
            continue  # "mark 77 firebombs", "type 45 destroyers": a model's number, no count (not "mark 100 deaths")
        if (
            not c.spelled
            and _AIRCRAFT_MODEL_RE.fullmatch(s[start:end])
            and (nt2 := _tokens(after)[:1])
            and _WORD_WHAT.get(_norm(nt2[0][2])) == "aircraft"
        ):
            continue  # "58 additional 787 planes": an airliner's model, no count of 787
        if (
            c.spelled
            and s[start : start + 1].isupper()
            and prev_word[:1].isupper()
            and _mid_sentence(prev_word)
            and pw not in _STOP
            and pw not in _QUAL_WORDS
            and not _title_case(s)
            and not c.order
            and not (
                (nt3 := _tokens(after)[:1])
                and (nt3[0][2][:1].isupper() or _plural_noun(nt3[0][2]) or _person_noun(nt3[0][2]))
            )
        ):
            # "Detroit's Big Three has ...": a capitalised number word after a capitalised word is a name (not in
            # run-on copy: "... from Mexico Two people are ...")
            continue
        if re.search(r"\bworld\s+war\s*$", before, re.I) and c.value <= 3:
            continue  # "world war two": a name
        if (
            c.spelled
            and s[start : start + 1].isupper()
            and _mid_sentence(prev_word)
            and re.match(r"[\s-]+[A-Z][a-z]+[\s-]+[A-Z]", after)
        ):
            continue  # "Three Mile Island", "the Four Seasons Hotel": a capitalised number word inside a name
        if not c.order and _inside_name(ctx, base + c.start, base + c.end):
            continue  # "Three Mile Island was ...", "the BBC 6 Music studios": a number inside a name
        if (
            not c.order
            and (cu := _UNIT_RE.match(after)) is not None
            and re.match(r"[A-Z][a-z]", cu.group().strip())
            and not _title_case(s)
        ):
            continue  # "Three Mile Island", "the Seven Mile Bridge": a unit word with a capital is part of a name
        in_name = (
            not c.order
            and not c.unit
            and (
                (_NAME_OF_RE.search(before) is not None and (s[start : start + 1].isupper() or not c.spelled))
                or (
                    not c.spelled
                    and re.fullmatch(r"\d{1,4}", s[start:end]) is not None
                    and (_model_name_before(prev_word, s[:start]) or _model_suffix(s, start))
                )
            )
        )
        if (start > 0 and s[start - 1] == "(" and after.startswith(")")) or (
            re.search(r",\s*$", before)
            and re.match(r"\s*,", after)
            and re.search(r"[A-Z][a-z]+\s?,\s*$", before)
            and not c.unit
            and not c.spelled
        ):
            continue  # "(61)" page counter; "John Smith, 45, said" age
        # ---- qualifier
        qualifier = c.qualifier
        if qualifier in ("exact", "range"):
            q = _QUALIFIER_RE.search(before)
            if q:
                if qualifier == "exact":
                    qualifier = next(k for k, v in q.groupdict().items() if v)
                # a range keeps its two ends, but its text keeps the bound said before it ("as many as
                # 45,000-50,000", "about 200-300"): the figure's words must not read surer than the source's
                start = start - len(before) + q.start()
                before = s[max(0, start - 60) : start]
        if _NEGATED_BEFORE_RE.search(before):
            continue  # "I am not predicting 1 million deaths", "there will not be 500": a figure said as not so
        ev_pos = _lead_start(s, cands[k - 1]) if k - 1 in leads else start  # "killed 30 if not 40 residents"
        pq = _POST_QUALIFIER_RE.match(after)
        if (
            pq is not None
            and _UNIT_WHAT.get(c.unit or "") == "money"
            and (plus := re.match(r"\s+plus\s+([a-z][\w-]*)", after)) is not None
            and plus.group(1) not in _STOP
        ):
            pq = None  # "$75m plus clean-up costs": a sum and what is added to it, not "more than $75m"
        or_form = False  # a bound said as "N or more", "N or less": the idiom of a threshold
        if pq and qualifier == "exact":
            word = pq.group().strip().lower()
            qualifier = _post_qualifier(word)
            or_form = word.startswith("or") and qualifier != "about"
            end += pq.end()
            after = s[end:]
        # ---- unit
        unit = c.unit
        hundredths = False
        what: str | None = None
        head: str | None = None
        measure_of: str | None = None
        np_span = (base + end, base + end)
        strong = _STRONG_RE.match(after)
        if strong and "-" not in strong.group():
            nxt0 = re.match(r"\s*strong\s+([A-Za-z-]+)", after, re.I)
            if not nxt0 or (_norm(nxt0.group(1)) not in _STRONG_HEADS and _norm(nxt0.group(1)) not in _ANAPHORIC_HEADS):
                strong = None  # "two strong aftershocks"
        strong_force = False
        if strong:
            end += strong.end()
            after = s[end:]
            words, p0, p1, of_words = _strong_phrase(after)
            head = words[-1] if words else None
            what = _strong_what(words, of_words)
            strong_force = what == "force"
            if strong_force:
                what = "troops"  # settled below, once the force's owner is known
            unit = "people"
            if words:
                np_span = (base + end + p0, base + end + p1)
        elif _MAGNITUDE_RE.search(before[-12:]) or _MAGNITUDE_RE.match(after):
            what, unit = "magnitude", None
        elif unit is None and (lp := _LOCAL_POUND_AFTER_RE.match(after)) is not None:
            unit = _LOCAL_POUNDS[lp.group(1).lower()]  # "300 million Egyptian pounds"
            end += lp.end()
            after = s[end:]
        else:
            um = _UNIT_RE.match(after)
            if um and _unit_modifies(um, after):
                um = None  # "20 barrel bombs", "ten gallon hats": the number counts the noun the unit word modifies
            if um and um.lastgroup in _HUNDREDTHS and unit is not None and (c.has_scale or not s[c.start].isdigit()):
                um = None  # "$2.65bn cents ...": money said with its sign or scale takes no hundredths word after it
            if um and not (
                um.lastgroup == "m" and c.value < 10 and c.unit is None and not re.match(r"\s*-?\s*met", after)
            ):
                ukey = um.lastgroup or ""
                if ukey == "lb" and unit in ("gbp",):
                    pass
                elif (
                    ukey == "lb"
                    and um.group().strip().lower().startswith("pound")
                    and last_what == "money"
                    and _conversion_gap(s[last_end : c.start])
                ):
                    unit = "gbp"  # "$67 billion (46 billion pounds)": a bracketed conversion of money is money
                elif ukey in _HUNDREDTHS:
                    if unit is None and _IDIOM_CENTS_RE.search(before):
                        continue  # "my two cents": an opinion, no money
                    if unit is None:
                        unit, hundredths = _HUNDREDTHS[ukey], True  # "20 pence a share" is £0.20 a share
                else:
                    unit = ukey if not (unit and _UNIT_WHAT.get(unit) == "money") else unit
                end += um.end()
                after = s[end:]
                if unit == "lb" and (psi := _PSI_RE.match(after)):
                    unit = "psi"  # "8,000 pounds per square inch": a pressure, no weight
                    end += psi.end()
                    after = s[end:]
                elif unit == "lb" and um.group().strip().lower().startswith("pound") and _pounds_money(before, after):
                    unit = "gbp"  # "a loss of 24 billion pounds ($34 billion)", "worth several million pounds"
                if qualifier == "exact" and (lq := _LATE_QUALIFIER_RE.match(after)):
                    qualifier, or_form = lq.lastgroup or qualifier, True  # "5,000 barrels or more (a day)"
                    end += lq.end()
                    after = s[end:]
                if unit == "bpd":
                    unit = "bbl/d"
                if unit is not None and unit.partition("/")[0] in _TO_L:
                    measure_of = _measure_of(after) or ("oil" if unit.startswith("bbl") and ctx.oil else None)
                rm = _RATE_RE.match(after) if unit in _TO_L or unit in _WEIGHTS else None
                if rm:  # "5,000 barrels a day" is a flow, "4.9 million barrels" a volume, "4,000 tonnes a year"
                    unit = f"{unit}/{_PERIOD[(rm.group('period') or rm.group('daily')).lower()]}"
                    end += rm.end()
                    after = s[end:]
                elif unit in _TO_L and (period := _range_rate(after, unit)):
                    unit = f"{unit}/{period}"  # "12,000 barrels (504,000 gallons) to 25,000 barrels per day"
            elif c.order and unit is None:
                unit = _order_of_unit(after) or unit  # "billions of dollars", "thousands of square miles"
                if unit in _TO_L:  # "millions of barrels of oil (a day)": the substance and the period
                    rest = _UNIT_AFTER_OF_RE.sub("", after, count=1)
                    measure_of = _measure_of(rest) or ("oil" if unit == "bbl" and ctx.oil else None)
                    rm = _RATE_RE.match(rest)
                    if rm:
                        unit = f"{unit}/{_PERIOD[(rm.group('period') or rm.group('daily')).lower()]}"
        if _UNIT_WHAT.get(unit or "") == "money":
            mr = _money_rate(after)
            if (
                mr is None
                and c.order
                and (of := _OF_UNIT_RE.match(after))
                and (um2 := _UNIT_RE.match(after[of.end() :]))
            ):
                mr = _money_rate(after[of.end() + um2.end() :])  # "millions of dollars a day"
                mr = (mr[0], 0) if mr else None  # (an order's span ends at its number word)
            if mr is not None:
                unit = f"{unit}/{mr[0]}"  # "$6m a day" is a rate ("usd/d"), "$67 a barrel" a price ("usd/bbl")
                end += mr[1]
                after = s[end:]
            elif not c.order and (pa := _PERIOD_ADJ_BEFORE_RE.search(s, max(0, start - 50), start)):
                unit = f"{unit}/{_PERIOD_ADJ[pa.group(1).lower()]}"  # "an annual pension of $931,000": money a year
        if unit in _TO_KM and re.match(r"\s*(?:per|a|an|/)\s*(?:gallon|lit(?:re|er))\b", after, re.I):
            continue  # "25 miles per gallon": a fuel economy, no distance
        if unit in _TO_KM and re.match(
            r"\s*(?:to|per)\s+(?:the|a|one|each|every)\s+(?:mile|kilomet(?:re|er))\b", after, re.I
        ):
            continue  # "a 6 inch to the mile map": a map's scale, no distance
        if unit in _TO_KM and (sp := _PER_HOUR_RE.match(after)):
            unit = f"{unit}/h"  # "56km/h", "90 kilometres an hour": a speed, not a distance
            end += sp.end()
            after = s[end:]
        elif unit in _TO_KM and (sp := _PER_SECOND_RE.match(after)):
            unit = f"{unit}/s"  # "6 feet/sec", "3 metres per second": a speed
            end += sp.end()
            after = s[end:]
        if what is None and _unit_what(unit) is not None:
            what = _unit_what(unit)
        # ---- what it counts
        model = _model_plural(s, end) if what is None and unit is None and not c.order else None
        if model is not None:  # "42 Boeing 787s", "four C-130s": a count of a model, named as written
            what, unit, np_span = model[0], model[1], (base + model[2], base + model[3])
        elif what is None and unit is None and not c.order and _glued_start(s, end) and _toll_before(before):
            what = "killed"  # "death toll reaches 80 Suspected cases ...": a headline glued to the next sentence
        elif what is None or what in PEOPLE_WHATS:
            w, h, np0, np1, scan_end = _head_window(s, end)
            if what is None and _unit_what(unit) is None:
                what, head = w, h
                np_span = (base + np0, base + np1)
            if what is None and h is not None and h.islower() and _milestone(s[np0:np1]):
                # "the grim 2,000 landmark", "passed the 1,000 threshold": the number names a level, not a count
                # of landmarks; it counts what the sentence counts -- a death toll before it, or the noun after
                # "the number of" -- and with no such thing there is no figure
                h, head, np_span = None, None, (base + np0, base + np0)
                if _toll_before(before):
                    what = "killed"
                elif (cm0 := _COUNT_OF_BEFORE_RE.search(before)) is not None:
                    what = _counted_of(re.findall(r"[\w-]+", cm0.group())[2:], s)
                if what is None:
                    continue
            if h is not None and _norm(h) in _TIME_NOUNS:
                continue  # "52 straight months": a duration
            if h is not None and _norm(h) in ("forces", "force") and c.value < 10 and not c.order:
                continue  # "two mercurial forces", "three fundamental forces": forces counted as wholes, not troops
            # an uncounted noun head ("98,000 gallons", "207 stations") takes no casualty verb
            plain_head = what is None and h is not None and not h[:1].isupper() and not _personish(h)
            if h is not None and _norm(h) in ("times", "fold") and what is None:
                continue  # "14 times greater", "a 10-fold rise": a multiplier, not a count
            if plain_head and h is not None:  # "eight nationals killed": an event word right after the head
                right_after = _tokens(s, scan_end, min(len(s), scan_end + 20))
                ra = _norm(right_after[0][2]) if right_after else ""
                if ra in _EVENT_VERBS and (_WORD_WHAT[ra] in _THING_EVENTS or not _plural_noun(h)):
                    # not "52 stores released (a survey)"; "300,000 made homeless" has no noun head
                    what = _WORD_WHAT[ra]
            if what is None and h is not None and _norm(h) in ("cases", "case") and _DISEASE_RE.search(s):
                what = "infected"  # "2,500 confirmed cases" of a disease count infected persons
            joint = h is not None and h[:1].islower() and _WORD_WHAT.get(_norm(h)) in _EVENT_WHATS
            if joint and h is not None and _norm(h) in _STATUS_HEADS and what == _WORD_WHAT.get(_norm(h)):
                verb = _event_before(s, ev_pos) or _event_after(s, scan_end)
                if verb is not None:
                    what = verb  # "killed 22 prisoners", "12 hostages were freed": the verb says what befell them
            if not plain_head and not joint and (what is None or what not in _EVENT_WHATS):
                ev = _event_before(s, ev_pos) or _event_after(s, scan_end if h else end)
                if ev:
                    what = ev
            if what == "people" and (m_ill := _ILL_AFTER_RE.match(s, scan_end if h else end)):
                # "11 people are now known to have been infected", "1,261 people have caught the virus",
                # "eleven workers lost their lives"
                if m_ill.group("lives") or m_ill.group("died"):
                    what = "killed"
                elif _DISEASE_RE.search(s):
                    what = "infected"
            # the rules below read the words before the number: a counted noun after it comes first
            # ("(167 deaths, 39,620 cases)" counts cases)
            if what is None and not plain_head:
                gm = _GROUP_OF_BEFORE_RE.search(s[max(0, c.start - 60) : c.start])
                if gm:
                    what = "protesters" if gm.group(1).lower().startswith(("crowd", "throng")) else "fighters"
            if what is None and not plain_head and _toll_before(before):
                what = "killed"
            if what is None and not plain_head:
                cm = _COUNT_OF_BEFORE_RE.search(s, max(0, start - 120), start)  # (a long "of" phrase)
                if cm:
                    what = _WORD_WHAT.get(_norm(cm.group(1)))
                    if what is None or what == "people":
                        # "the number of recorded swine flu cases as 70,893": the noun counted; "the number of
                        # people killed ... could be as high as": what befell them
                        what = _counted_of(re.findall(r"[\w-]+", cm.group())[2:], s) or what
        if what is None and head and unit is None and head[:1].isupper() and _norp_head(ctx, np_span, head):
            what = "people"  # "100 House Republicans", "200 Haitians": persons named by their group
        if (
            c.value != int(c.value)
            and not c.has_scale
            and _unit_what(unit) is None
            and what != "magnitude"
            and (what is not None or re.match(r"\s+[A-Z]", after))
        ):
            continue  # "-19.59 Bargain hunters ...": a fraction counts no persons or things; a caption's index move
        if (
            what is None
            and unit is None
            and head is not None
            and not c.order
            and re.match(r"\s", after)
            and _singular_modifier(head)
        ):
            if _norm(head) in _QUAKE_WORDS and c.value < 10 and "." in s[c.start : c.end]:
                what = "magnitude"  # "a 6.1 quake": a magnitude said without the word
            elif c.value != 1 and _DETERMINER_BEFORE_RE.search(s, max(0, c.start - 12), c.start):
                # (a rank after "top" too: "one top 10 investor said")
                continue  # "the 911 call", "the 3,000 mark", "a 3,500 boost": a number naming or reaching a thing
        if (
            what == "arrested"
            and head is not None
            and _WORD_WHAT.get(_norm(head)) == "arrested"
            and _ESCAPE_AFTER_RE.match(ctx.text, np_span[1])
        ):
            what = "people"  # "5,000 prisoners broke out": prisoners who escaped are no arrests
        animals_counted = False
        bare = unit is None or unit == "people"
        bare = bare and (head is None or _norm(head) in ("others", "more")) and not c.order
        kind = _antecedent_kind(ctx.text[prev.start if prev else base : base + start]) if bare else None
        if what in _HARM_WHATS and (animals := _animal_victims(ctx.text[np_span[0] : np_span[1]])):
            what, unit = None, animals  # "19 dolphin deaths": no persons died; the noun as written
        elif what in _EVENT_WHATS and head is not None and _norm(head) in _ANIMAL_PLURALS:
            # "40 turtles died": animals, not persons killed
            adj = _HARM_ADJECTIVE.get(what or "")
            what, unit = None, f"{adj} {_norm(head)}" if adj else _norm(head)
            animals_counted = True
        elif kind is not None and kind != "people" and what in _EVENT_WHATS:
            # "20 oiled birds were found. Ten were dead": a count with no noun of its own counts what the
            # sentence counts, here animals -- dead birds, never persons killed
            adj = _HARM_ADJECTIVE.get(what or "")
            unit = f"{adj} {kind}" if adj else kind
            what, animals_counted = None, True
        elif what is None and head is not None and _norm(head) in ("others", "more") and unit is None:
            # "killed 12 soldiers and 150 others": the others are of the kind counted before them, in the same
            # sentence, or persons when the words before name persons; with no kind, no figure
            if (
                last_fig is not None
                and last_fig.unit == "people"
                and re.fullmatch(r"(?:\s*[\w-]+){0,3}?,?\s+(?:and|or)\s+", s[last_end:start])
            ):
                what, unit = last_fig.what, "people"
            elif (
                kind == "people"
                and not (last_fig is not None and last_fig.sentence == sent.index and last_fig.unit != "people")
                and not re.search(r"\b(?:the|these|those|its|their|his|her)\s+$", before, re.I)
            ):
                what, unit = "people", "people"
            else:
                continue  # "none quite like the 49 others": a reference with nothing counted
        elif what in PEOPLE_WHATS:
            unit = "people"
        elif what is None and head and unit is None:
            if _norm(head) in _NEVER_COUNTED:
                head = None  # "paragraph 11 rather than", "12 came from abroad": no noun, so nothing counted
            elif head[:1].isupper() and not prev_word[:1].isupper():
                head = None  # "12 Daesh" -- a name, not a counted noun
            elif head[:1].isupper() and prev_word[:1].isupper():
                head = None
            unit = _norm(head) if head else None
        elif what in ("buildings", "vehicles", "aircraft", "strikes", "weapons", "doses") and head:
            unit = _norm(head)
            noun = unit.isalpha() and not _plural_noun(unit) and not unit.endswith(("ed", "ing"))
            if c.value != 1 and head.islower() and unit in _WORD_WHAT and noun:
                if unit not in _SINGULAR_HEADS:
                    unit = f"{unit}s"  # "a four vehicle convoy" counts vehicles
            elif c.value != 1 and not c.order and _singular_modifier(head):
                # "a four vehicle convoy": a count is of a plural, so with a singular head the number counts the
                # singular noun before it that names the category, as in "a four-vehicle convoy"
                words = re.findall(r"[A-Za-z][\w-]*", ctx.text[np_span[0] : np_span[1]])
                named = next(
                    (
                        _norm(w)
                        for w in words[:-1]
                        if w.islower() and _WORD_WHAT.get(_norm(w)) == what and not w.endswith(("ed", "ing"))
                    ),
                    None,
                )
                if named is None:
                    continue  # nothing counted: a number naming a thing ("the 737 jet programme")
                unit = named if _plural_noun(named) else f"{named}s"
        # ---- keep or drop
        if in_name and _unit_what(unit) is None:
            # "the Group of Seven", "the Group of 20 nations": a number closing a name;
            # "42 Boeing 787 airplanes", "a Challenger 2 tank", "the Fortune 500 companies": a model or list name
            continue
        partner = _partner(s, last_fig, base, last_end, start)
        if what is None and unit is None and head is None and partner and last_fig is not None:
            # "5,000 barrels a day, or even 10,000", "20 people were killed, perhaps 30": the unit of the figure before
            unit, what = last_fig.unit, last_fig.what
        if what is None and unit is None:
            continue
        if c.spelled and what is None and not animals_counted:
            continue
        if (
            c.spelled
            and c.value < 10
            and what == "people"
            and re.search(r"\b(?:the|these|those|both|its|their|his|her|our)\s+$", before, re.I)
        ):
            continue  # "the two candidates", "these four experts": a reference to persons, not a count
        if c.spelled and c.value == 1 and what not in _EVENT_WHATS:
            continue  # "makes one man run": a lone "one" counts only as a casualty ("one person was killed")
        if c.is_year_like and what is None:
            continue
        if what is None and prev_word[:1].isupper() and pw not in _QUAL_WORDS and not prev_word.isupper():
            continue  # a number right after a capitalised word with nothing counted: a name ("Flight 370")
        if (
            what is None
            and model is None
            and re.match(r"\s+[A-Z][a-z]", after)
            and _mid_sentence(prev_word)
            and not (head and _plural_noun(_norm(head)))
        ):
            continue  # nothing counted, a capitalised word after and no plural noun: a name ("5 Live Sport")
        if what is None and len(prev_word) >= 3 and prev_word.isupper() and prev_word not in _NOT_ACTOR_ACRONYMS:
            continue  # "the FTSE 100 list", "the S&P 500 index": an index or product name
        if c.order and what is None and not animals_counted:
            continue
        phrase_end = max(end, np_span[1] - base)
        if unit in _TO_L and (not c.order or what == "volume"):
            # "12,000 barrels (504,000 gallons) are leaking into the Gulf every day": a flow said after the verb
            conv = re.match(r"\s*\([^()]{0,80}\)", s[phrase_end:])
            vol_end = phrase_end + (conv.end() if conv and _conversion_gap(conv.group()[:-1]) else 0)
            if of := _SUBSTANCE_OF_RE.match(s, vol_end):
                vol_end = of.end()
            aside = _VOLUME_ASIDE_RE.match(s, vol_end)  # "5,000 barrels, or 210,000 gallons, a day (of oil)"
            if aside is None and (re.search(r",\s*or\s+$", s[max(0, start - 8) : start]) or vol_end > phrase_end):
                # the conversion itself ("or 210,000 gallons, a day"), or a volume with its conversion in brackets
                # ("as much as 70,000 barrels (2.9 million gallons), per day")
                aside = _ASIDE_PERIOD_RE.match(s, vol_end)
            if aside is not None:
                unit, what = f"{unit}/{_period_code(aside.group('period'))}", "flow"
            elif per := _per_time(s, start, vol_end, before=False):
                unit, what = f"{unit}/{per}", "flow"
            elif db := _DAILY_OF_RE.search(s, max(0, start - 60), start):
                unit, what = f"{unit}/{_PERIOD_ADJ[db.group(1).lower()]}", "flow"  # "the daily spill of 5,000 barrels"
            elif (
                partner
                and last_fig is not None
                and unit in _TO_L
                and (last_fig.unit or "").startswith(f"{unit}/")
                and (_PARTNER_HEDGE_RE.search(s[last_end:start]) or re.fullmatch(r"\s+to\s+", s[last_end:start]))
            ):
                unit, what = last_fig.unit, "flow"  # "35,000 barrels a day, and possibly as much as 60,000 barrels"
            elif (
                last_fig is not None
                and last_fig.what == "flow"
                and "/" in (last_fig.unit or "")
                and _FLOW_CONVERSION_GAP_RE.fullmatch(s[last_end:start])
                and re.match(r"\s*(?:[,.;:)\]\u2014\u2013]|-{1,2}\s|$)", s[vol_end:])
            ):
                # "1,000 barrels a day, or 42,000 gallons": the flow said again in another unit, per the same period
                # and with the same bound (not "or 42,000 gallons in total")
                unit, what = f"{unit}/{(last_fig.unit or '').split('/', 1)[1]}", "flow"
                if qualifier == "exact":
                    qualifier = last_fig.qualifier
        if unit in _WEIGHTS and not c.order:
            if per := _per_time(s, start, phrase_end, before=False):
                unit = f"{unit}/{per}"  # "1.3 million tonnes entering the oceans yearly": a weight per period
            elif pa := _PERIOD_ADJ_BEFORE_RE.search(s, max(0, start - 50), start):
                unit = f"{unit}/{_PERIOD_ADJ[pa.group(1).lower()]}"  # "an annual output of 4,000 tonnes"
        counted = _unit_what(unit) is None and what != "magnitude"
        if counted and qualifier == "exact" and (lq := _LATE_QUALIFIER_RE.match(s[phrase_end:])):
            qualifier, or_form = lq.lastgroup or qualifier, True  # "outbreaks of 5 cases or more"
        if counted and (per := _per_time(s, start, phrase_end)) is not None:
            if unit != "people" or not per:
                continue  # "150 planes land daily": a rate of things, which no figure carries
            if (
                head is not None
                and head.islower()
                and _plural_noun(_norm(head))
                and not _personish(head)
                and _norm(head) not in ("cases", "infections")
            ):
                continue  # "15,000 foxes killed annually": what befell things is no rate of persons
            if what == "people" and (pm := _PERIOD_AFTER_RE.match(s, phrase_end)) is not None:
                what = _event_after(s, pm.end()) or what  # "3,000 people a day die": the verb after the period
            unit = f"people/{per}"  # "3,000 children die every day", "100 people a week": a rate, not a count
        if (
            what is None
            and not (head and _plural_noun(_norm(head)))
            and _has_any(s[max(0, start - 80) : start], _TEMPERATURE_HINTS)
            and _TEMPERATURE_WORDS_RE.search(s, max(0, start - 80), start)
        ):
            continue  # "the heat was brutal, hitting 100 outside": a temperature
        if counted and or_form:
            cm2 = _CLASS_OF_RE.search(s, max(0, start - 40), start)
            if cm2 is not None and _class_noun(cm2.group(1)):
                continue  # "incidents with 10 or more deaths": a threshold that defines a class
        if (unit == "people" or qualifier in _THRESHOLD_QUALIFIERS) and _in_condition(s, start):
            continue  # "if more than 50 people are infected": a condition, not a count
        # parenthesised conversion right after a figure of the same kind: "700 km2 (270 square miles)"; a
        # volume after a flow is the flow's ("12,000 barrels (504,000 gallons) to 25,000 barrels per day")
        if (
            what in ("area", "distance", "money", "weight", "volume", "flow")
            and (last_what == what or {last_what, what} == {"volume", "flow"})
            and _conversion_gap(s[last_end : c.start])
        ):
            continue
        about = _about(ctx, sent, prev, (base + start, base + end), np_span, what, head)
        if strong_force and about is not None and _armed_group(ctx, about, np_span):
            what = "fighters"  # "the 30,000-strong force" of an organisation that is no state's
        if what == "distance" and about is None:
            fm = re.match(r"\s*(?:away\s+)?from\s+((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|al-\w+|ez-\w+))*)", after)
            if fm:
                about = fm.group(1)
        if what in ("volume", "flow") and about is None:
            about = measure_of
        if what == "percent" and about is None:
            om = re.match(
                r"\s*of\s+(?:the\s+|its\s+|their\s+)?((?:[\w'’-]+(?:\.[\w'’-]+)*\.?\s+){0,2}[\w'’-]+)", after
            )  # "of U.S. federal waters"
            share_of: list[str] = []
            share_words = om.group(1).split() if om else []
            for i, w in enumerate(share_words):
                if w[:1].isdigit():
                    share_of = []  # "25% of the 4.3 million population": a number is no whole
                    break
                if not share_of and _norm(w) in _LEADING_DETERMINERS:
                    continue  # "95% of all households", "15% of my salary"
                if _norm(w) in _STOP and not (_norm(w) == "of" and share_of and share_of[-1][:1].isupper()):
                    break  # "85% of the leaking oil and pipe it": the phrase ends before "and"
                if (
                    share_of
                    and w.islower()
                    and w.endswith("ly")
                    and _norm(w) not in _LY_NOUNS
                    and _norm(w) not in _PERIOD_ADJ
                    and _norm(w) not in ("quarterly", "early", "only", "likely")
                    and not share_of[-1].endswith(("'s", "’s", "'", "’"))
                ):
                    break  # "80 percent of its stock effectively ...": an adverb after the noun starts the verb
                following = share_words[i + 1] if i + 1 < len(share_words) else ""
                if (
                    share_of
                    and w.islower()
                    and w.endswith("ing")
                    and _norm(following) in _PARTICIPLE_PREPOSITIONS
                    and _norm(w) not in _GERUND_NOUNS
                    and not share_of[-1].endswith(("'s", "’s", "'", "’"))
                ):
                    break  # "85% of the oil rising from ...": a participle and its phrase, not a modifier of a noun
                share_of.append(w)
                if w[:1].isupper() and _plural_noun(w.lower()) and not w.isupper() and not w.endswith(("'s", "’s")):
                    break  # "53% of Americans believe ...": a people's plural name is the head
                if (
                    w.islower()
                    and not w.endswith(("'s", "’s", "'", "’", "ed", "ing"))
                    and (_plural_noun(w) or _norm(w) in _SINGULAR_HEADS)
                ):
                    break  # "19.6% of people reported ...", "40% of respondents rate ...": the head ends it
            if share_of and _norm(share_of[-1]) == "of":
                share_of.pop()
            if share_of and _norm(share_of[0]) in _POLLED:
                share_of = []  # "83 percent of those queried": the respondents of a poll name no whole
            if share_of:
                about = " ".join(share_of)
        if about is None and partner and last_fig is not None and unit == last_fig.unit and what == last_fig.what:
            about = last_fig.about
        fig = Figure(
            article=article_id,
            sentence=sent.index,
            start=base + start,
            end=base + end,
            text=ctx.text[base + start : base + end].strip(),
            value=round(c.value / 100, 6) if hundredths else c.value,
            value_max=round(c.value_max / 100, 6) if hundredths and c.value_max is not None else c.value_max,
            qualifier=qualifier,
            unit=unit,
            what=what,
            about=about,
            as_of="PRESENT_REF" if present_clause(s, start, end) else None,
        )
        figures.append(fig)
        made[k] = fig
        last_end, last_what, last_fig = end, what, fig
    return _add_leads(s, sent, cands, leads, set(coordinated), made, figures)


# the words between two figures when the second is said as a hedge on the first or as its other end, so that it
# shares the first one's unit ("5,000 barrels a day, or even 10,000", "35,000 barrels a day to 60,000 barrels")
_HEDGE_WORD = r"(?:even|possibly|perhaps|maybe|potentially|conceivably|if\s+not)"
_PARTNER_HEDGE_RE = re.compile(rf"\b{_HEDGE_WORD}\b", re.I)
_PARTNER_GAP_RE = re.compile(
    rf"\s*,?\s*(?:(?:and|or|to|but)\s+)?(?P<hedge>{_HEDGE_WORD})\s+"
    r"|\s+(?:to|or)\s+",
    re.I,
)
# a number without a unit joined to the next one by a hedge: it is said in the next one's unit ("up to 70,000
# and even 100,000 barrels a day", "20,000 or perhaps 40,000 people died", "20,000, if not 30,000, people")
_LEAD_GAP_RE = re.compile(
    rf"\s*,?\s*(?:(?:and|or)\s+)?{_HEDGE_WORD}\s*,?\s*"
    r"(?:(?:as\s+(?:much|many|high)\s+as|up\s+to|more\s+than|over|about|some|nearly|almost)\s+)?",
    re.I,
)


def _partner(s: str, last: Figure | None, base: int, last_end: int, start: int) -> bool:
    """Whether the number at ``start`` is said as a hedge on the figure before it or as its other end
    ("5,000 barrels a day, or even 10,000", "from 1,000 barrels a day to 19,000"); not a change and its new
    level ("the index sank 1.2 percent to 7,465", "shares fell 12p to 480"), whose units differ."""
    if last is None or (m := _PARTNER_GAP_RE.fullmatch(s[last_end:start])) is None:
        return False
    if m.group("hedge"):
        return True
    before = s[max(0, last.start - base - 60) : last.start - base]
    return last.what not in ("percent", "money") and not (_CHANGE_BARE.search(before) or _CHANGE_BY.search(before))


def _hedged_leads(s: str, cands: list[_Cand]) -> set[int]:
    """The indices of candidates that are the first of two numbers joined by a hedge ("70,000 and even 100,000
    barrels"), written without a unit of their own: they are figures in the second one's unit."""
    out: set[int] = set()
    for k in range(len(cands) - 1):
        a, b = cands[k], cands[k + 1]
        if a.unit or a.order or a.is_year_like or b.order or (a.spelled and not b.spelled):
            continue
        if _LEAD_GAP_RE.fullmatch(s[a.end : b.start]):
            out.add(k)
    return out


def _ratio_term(s: str, cands: list[_Cand], k: int, before: str, after: str) -> bool:
    """Whether cands[k] is a term of a ratio ("one in 16 mortgages", "eight in ten people"): a share of a whole
    is smaller than the whole, so "N in M" with N not below M is no ratio but a count said with where it was
    counted ("the toll rose to 40 in 12 provinces", "killed 20 in 3 villages")."""
    c = cands[k]
    if _RATIO_AFTER_RE.match(after):
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if nxt is None or not re.fullmatch(r"\s+in\s+", s[c.end : nxt.start]) or c.value < nxt.value:
            return True
    if _RATIO_BEFORE_RE.search(before):
        prv = cands[k - 1] if k > 0 else None
        if prv is None or not re.fullmatch(r"\s+in\s+", s[prv.end : c.start]) or prv.value < c.value:
            return True
    return False


_YEAR_TEXT_RE = re.compile(r"(?:between\s+)?(?:1[89]\d\d|20\d\d)(?:\s+and\s+(?:1[89]\d\d|20\d\d))?", re.I)
_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def _year_list(s: str, cands: list[_Cand], k: int) -> bool:
    """Whether cands[k] is one of a list of years ("in 2008 and 2009", "for 2008, 2009 and 2010", "between 2008
    and 2009"): two years said together are years, even where a toll word before would make a lone number a
    count -- unless a counted noun follows the list ("between 1500 and 2000 people")."""

    def yearish(c: _Cand) -> bool:
        return not c.order and c.unit is None and _YEAR_TEXT_RE.fullmatch(s[c.start : c.end]) is not None

    if not yearish(cands[k]):
        return False
    lo = hi = k
    while lo > 0 and yearish(cands[lo - 1]) and _LIST_GAP_RE.fullmatch(s[cands[lo - 1].end : cands[lo].start]):
        lo -= 1
    while (
        hi + 1 < len(cands)
        and yearish(cands[hi + 1])
        and _LIST_GAP_RE.fullmatch(s[cands[hi].end : cands[hi + 1].start])
    ):
        hi += 1
    if lo == hi and cands[k].value_max is None:
        return False
    nxt = _tokens(s[cands[hi].end :])[:1]
    return not (nxt and (_plural_noun(_norm(nxt[0][2])) or _person_noun(_norm(nxt[0][2]))))


def _score_term(s: str, cands: list[_Cand], k: int) -> bool:
    """Whether cands[k] is a term of a score, odds or tally written "N-M" with M not above N ("the 1-1 draw",
    "a 5-1 defeat", "a 50-50 chance", "a 150-1 outsider", "won 10-5"): a range climbs from its first end to a
    larger second ("20-40 miles"), so two bare whole numbers hyphened the other way round count nothing."""

    def bare(c: _Cand) -> bool:
        return (
            not c.unit
            and not c.order
            and not c.spelled
            and not c.has_scale
            and c.value_max is None
            and re.fullmatch(r"\d{1,3}", s[c.start : c.end]) is not None
        )

    for a, b in ((k - 1, k), (k, k + 1)):
        if a < 0 or b >= len(cands) or not (bare(cands[a]) and bare(cands[b])):
            continue
        if s[cands[a].end : cands[b].start] in ("-", "\u2013") and cands[b].value <= cands[a].value:
            return True
    return False


def _numbered_list(s: str, cands: list[_Cand], k: int) -> bool:
    """Whether cands[k] is one of a list of numbers after a plural word that numbers things ("paragraphs 10 and
    11", "flights 103 and 104", "pages 3, 4 and 5"): as after the singular ("page 12"), the numbers name them."""
    lo = k
    while lo > 0 and not cands[lo - 1].unit and _LIST_GAP_RE.fullmatch(s[cands[lo - 1].end : cands[lo].start]):
        lo -= 1
    word = _prev_word(s, cands[lo].start)
    if not (word.islower() and word.endswith("s") and word[:-1] in _LOWER_NAME_WORDS):
        return False
    if not all(re.fullmatch(r"\d{1,4}", s[c.start : c.end]) for c in cands[lo : k + 1]):
        return False
    nxt = _tokens(s[cands[k].end :])[:1]
    return not (nxt and _plural_noun(_norm(nxt[0][2])))


# a finite verb right after a noun phrase: the phrase is a clause's subject ("12 people are missing")
_CLAUSE_VERB_RE = re.compile(
    r"\s+(?:(?:also|still|now|have|has|had|were|are|was|is|will|would|could|may|might)\b|[a-z]+ed\b)", re.I
)
# the join of a list of bare numbers before a last one that has a noun: "30 and 40 deaths", "5, 10 and 15 provinces"
_COORD_GAP_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)


def _coordinated_leads(s: str, cands: list[_Cand]) -> dict[int, int]:
    """The numbers listed bare before a last one that has its own noun, each mapped to that last one ("in 12 and
    15 provinces", "reported 30 and 40 deaths respectively", "5, 10 and 15 percent"): in English a noun after a
    coordinated list of numbers is counted by each of them, so each is a figure of that noun -- not of a toll word
    said before the list ("deaths in 12 and 15 provinces" counts provinces).  The list must end with "and" (a
    comma alone joins clauses: "Of the 45, 30 women ..."); a number after a verb of harm is left to that verb
    ("killed 8 and 40 people were hurt" may be two clauses)."""
    out: dict[int, int] = {}
    k = 0
    while k < len(cands) - 1:
        j = k
        while (
            j + 1 < len(cands)
            and not (a := cands[j]).unit
            and not a.order
            and not a.is_year_like
            and a.value_max is None
            and not cands[j + 1].order
            and not cands[j + 1].is_year_like
            and not (a.spelled and not cands[j + 1].spelled)
            and _COORD_GAP_RE.fullmatch(s[a.end : cands[j + 1].start])
        ):
            j += 1
        last_gap = s[cands[j - 1].end : cands[j].start] if j > k else ""
        # two numbers: "N and M" (", and" joins clauses: "the toll rose to 40, and 12 provinces ..."); a longer
        # list may close with ", and"
        if j > k and re.search(r"\band\s+$", last_gap, re.I) and (j - k > 1 or "," not in last_gap):
            last = cands[j]
            has_noun = last.unit is not None or _UNIT_RE.match(s[last.end :]) is not None
            scan_end = last.end
            if not has_noun:
                _w, head, _p0, _p1, scan_end = _head_window(s, last.end)
                has_noun = head is not None
            before = s[max(0, cands[k].start - 60) : cands[k].start]
            if (
                has_noun
                and _event_before(s, cands[k].start) is None
                # "the toll stands at 45 and 12 people are missing": the last number opens a clause of its own
                and not (_toll_before(before) and _CLAUSE_VERB_RE.match(s, scan_end))
            ):
                out.update(dict.fromkeys(range(k, j), j))
        k = max(j, k + 1)
    return out


def _lead_start(s: str, c: _Cand) -> int:
    """Where a lead (see :func:`_hedged_leads`) starts, with its bound ("up to 70,000")."""
    before = s[max(0, c.start - 60) : c.start]
    q = _QUALIFIER_RE.search(before)
    return c.start - len(before) + q.start() if q else c.start


def _add_leads(
    s: str,
    sent: Sentence,
    cands: list[_Cand],
    leads: dict[int, int],
    coordinated: set[int],
    made: dict[int, Figure],
    figures: list[Figure],
) -> list[Figure]:
    """The figures of :func:`_hedged_leads` and :func:`_coordinated_leads` candidates (keys of ``leads``), each
    with the unit, count and actor of the figure made from its partner, the number ``leads`` maps it to ("up to
    70,000" barrels a day, "30" deaths); one whose partner made no figure makes none.  A bound before a hedged
    lead ("up to 70,000 and even 100,000") holds for the second when that has none; a scale said only after a
    list holds for each of its numbers below a thousand ("2 and 3 million people", "2 and 3m people"; not "400,000
    and 2m people")."""
    if not leads:
        return figures
    base = sent.start
    out = list(figures)
    for k in sorted(leads):
        c, partner = cands[k], made.get(leads[k])
        if partner is None:
            continue
        if k in coordinated and partner.what is None and not _plural_noun(partner.unit or ""):
            continue  # "paragraphs 10 and 11 rather than": the word after the list is no counted noun
        value = c.value
        p = cands[leads[k]]
        if k in coordinated and p.has_scale and not c.has_scale and not c.spelled and c.value < 1000:
            # a shared scale counts units of itself ("2 and 3m" is 2m and 3m); a number written out in full
            # ("400,000 and 2m people") is no count of millions
            value = scaled(value, _scale_of(s[p.start : p.end], p.value))
        before = s[max(0, c.start - 60) : c.start]
        if _NEGATED_BEFORE_RE.search(before) or re.search(r"\b(?:from|between)\s+$", before, re.I):
            continue
        q = _QUALIFIER_RE.search(before)
        qualifier = next(key for key, v in q.groupdict().items() if v) if q else "exact"
        start = _lead_start(s, c)
        if qualifier == "up_to" and partner.qualifier == "exact" and k not in coordinated:
            bound = partner.model_copy(update={"qualifier": "up_to"})
            out[out.index(partner)] = bound
            partner = bound
        out.append(
            partner.model_copy(
                update={
                    "start": base + start,
                    "end": base + c.end,
                    "text": s[start : c.end].strip(),
                    "value": value,
                    "value_max": None,
                    "qualifier": qualifier,
                }
            )
        )
    return sorted(out, key=lambda f: f.start)


_SUBSTANCE_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:oil|crude|water|gas|fuel|dispersants?|mud)\b")
_HARM_WHATS = frozenset({"killed", "wounded", "casualties"})
_HARM_HEADS = frozenset({"deaths", "death", "fatalities", "injuries", "casualties", "strandings", "kills"})
# fmt: off
_ANIMALS = frozenset({
    "animal", "bird", "dolphin", "turtle", "whale", "fish", "mammal", "otter", "pelican", "seal", "manatee",
    "cattle", "pig", "hog", "chicken", "poultry", "livestock", "cow", "sheep", "dog", "cat", "horse", "deer",
    "duck", "goose", "wildlife", "seabird", "shark", "coral", "oyster", "shrimp", "crab", "elephant", "rhino",
})
# fmt: on


def _animal_victims(phrase: str) -> str | None:
    """The counted noun of a toll of animals, as written ("19 dolphin deaths" -> "dolphin deaths", like "40
    dead birds" counts birds); None for deaths of persons ("12 flu deaths", "20 civilian deaths")."""
    words = re.findall(r"[A-Za-z]+", phrase)
    if len(words) < 2 or words[-1].lower() not in _HARM_HEADS:
        return None
    k = next((k for k, w in enumerate(words[:-1]) if w.lower() in _ANIMALS), None)
    return None if k is None else " ".join(words[k:]).lower()


_ANIMAL_PLURALS = frozenset(
    {f"{a}s" for a in _ANIMALS if a not in ("fish", "cattle", "poultry", "livestock", "sheep", "deer", "wildlife")}
    | {"fish", "cattle", "poultry", "livestock", "sheep", "deer", "wildlife", "geese", "shrimp", "oysters", "fishes"}
    | {"gulls", "herons", "egrets", "gannets", "terns", "pets", "alligators", "crocodiles", "monkeys", "rats"}
)
_ANTECEDENT_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _antecedent_kind(window: str) -> str | None:
    """What a count with no noun of its own ("Ten were dead", "150 others", "12 of them") counts, read from
    the last plural noun for animals or persons before it (``window`` is the text before the number, the
    previous sentence included): the animal noun as written ("birds"), "people", or None."""
    for tok in reversed(_ANTECEDENT_TOKEN_RE.findall(window)):
        low = tok.lower()
        if low in _ANIMAL_PLURALS:
            return low
        if (
            tok.islower()
            and low not in _EVENT_VERBS
            and low != "others"
            and (_person_noun(tok) or low in ("people", "persons", "children", "men", "women"))
        ):
            if _WORD_WHAT.get(low) in _EVENT_WHATS:
                continue  # "the dead", "the injured": an event word, no noun of persons
            return "people"
    return None


# what prisoners did that undoes their capture ("5,000 prisoners broke out", "detainees escaped")
_ESCAPE_AFTER_RE = re.compile(
    r"\s+(?:(?:have|had|has|were|are|reportedly|also|all|later|then|allegedly)\s+){0,2}"
    r"(?:broke\s+out|break\s+out|breaking\s+out|escaped|escaping|escape|fled|fleeing|walked\s+free|went\s+free|"
    r"on\s+the\s+run|at\s+large)\b",
    re.I,
)
_POLLED = frozenset({"asked", "polled", "questioned", "surveyed", "queried", "interviewed", "sampled", "contacted"})
_HARM_ADJECTIVE = {"killed": "dead", "wounded": "injured"}


# events that befall things as well as persons ("eight nationals killed", "three rigs missing"); "released"
# or "captured" after a thing are other verbs ("52 stores released this month")
_THING_EVENTS = frozenset({"killed", "wounded", "missing", "casualties"})
# what befell persons said in a phrase after them: an illness (in a sentence about a disease) or death
_ILL_AFTER_RE = re.compile(
    r"\s+(?:(?:in|on|at|from|aboard|around|across|throughout|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?)?"
    r"(?:(?:were|are|was|is|have|has|had|been|being|now|so|far|later|all|also|already|reportedly|since|"
    r"officially|known|confirmed|suspected|believed|thought|feared|said|reported|expected|presumed|likely)\s+){0,5}"
    r"(?:to\s+have\s+(?:been\s+)?)?"
    r"(?:(?P<died>died|perished)|(?P<ill>infected|caught|contracted|tested\s+positive|diagnosed\s+with|confirmed\s+(?:with|to\s+have)|"
    r"(?:fallen|fell|falling)\s+ill|(?:(?:seriously|critically|gravely|severely|very)\s+)?(?:ill|sick)\b(?!-))|(?P<lives>lost\s+(?:their|his|her)\s+lives))\b",
    re.I,
)
# a sentence about a disease: its "cases" are infections (and not court cases)
_DISEASE_RE = re.compile(
    r"\b(?:flu|influenza|virus|viral|infect\w*|disease|outbreak|epidemic|pandemic|cholera|measles|ebola|"
    r"coronavirus|covid|malaria|tuberculosis|hiv|h1n1|h5n1|sars|dengue|zika|polio|swine|avian|rabies|"
    r"tested\s+positive|(?:confirmed|suspected|probable)\s+(?:\w+\s+)?cases)\b",
    re.I,
)


def _norp_head(ctx: _Ctx, np_span: tuple[int, int], head: str) -> bool:
    """A capitalised plural head naming persons by nationality, party or faith ("Haitians", "House
    Republicans", "Democrats"): a NORP mention ends where the phrase ends, or an -ans/-ians ending."""
    if not head.endswith("s") or head.isupper():
        return False
    if any(m.label == "NORP" and m.start < np_span[1] <= m.end for m in ctx.mentions):
        return True
    return head.endswith(("ans", "ians"))


# fmt: off
_PRESENT_WORDS = frozenset(
    [
        "is", "are", "remain", "remains", "has", "have", "now", "currently", "still", "stands", "says", "estimates",
        "number", "numbers", "totals", "exceeds", "includes", "holds", "controls", "hosts", "lives", "'s",
    ]
)
# fmt: on
_PAST_WORDS = frozenset(["was", "were", "had", "did", "ago", "yesterday", "last"])
_UNASSERTED_WORDS = frozenset(["if", "unless", "never", "not"])
_CLAUSE_WORDS_RE = re.compile(r"[a-z]+|'s")
# "'s" after a pronoun stands for "is" or "has" ("it's", "there's", "that's" -- at a clause's start the "that"
# went with the clause before); after a noun it is as a rule its possessive ("BP's shares")
_VERB_S_RE = re.compile(
    r"\b(?:it|that|there|he|she|what|who|here|where|this|everyone|everybody|someone|somebody|nobody|something|"
    r"nothing|everything|one)'s\b|^\W*'s\b"
)


def _possessive_past(clause: str) -> bool:
    """Whether a clause whose only cue of the present is an "'s" reads in the past: every "'s" follows a noun (a
    possessive, "the UN's headquarters", "Japan's Nikkei index") and a past verb stands in the clause ("collapsed",
    "rose", "fell"); "the delta's marshes hold 40% of the wetlands" has none and stays in the present."""
    if _VERB_S_RE.search(clause):
        return False
    return bool(_past_verbs(clause))


def _past_verbs(clause: str) -> list[re.Match[str]]:
    """The past verbs of a lower-case clause itself, irregular or in -ed (their matches in the clause)."""
    # a past verb of the clause itself: not one of a "since" clause naming a start ("a 40% fall since the rig blew
    # up leaves BP vulnerable"), nor a participle used as an adjective ("the widely repeated figure")
    lo, hi = 0, len(clause)
    cut = _TEMPORAL_START_RE.search(clause)
    if cut is not None and _TEMPORAL_START_RE.match(clause):
        lo = clause.find(",", cut.end()) + 1  # "Since the storm struck, the firm's shares fell 6%"
    elif cut is not None:
        hi = cut.start()
    return [
        w
        for w in _LOWER_WORD_RE.finditer(clause, lo, hi)
        if (
            w.group() in PAST_IRREGULAR
            or (w.group().endswith("ed") and len(w.group()) > 4 and w.group() not in NOT_PAST_ED)
        )
        and not _ADJECTIVE_PARTICIPLE_BEFORE_RE.search(clause[lo : w.start()])
    ]


_LOWER_WORD_RE = re.compile(r"[a-z]+")
# what follows a participle that closes a noun phrase, told after its noun ("claims paid, and federal costs", "grain
# shipped from the coast", "4.5 percent included in the ban"): punctuation, or a preposition that no number follows
# (a past verb of change takes one: "shares dropped to 461p", "knocked 15p off")
_REDUCED_RELATIVE_AFTER_RE = re.compile(r"\s*(?:[,;.)]|$|(?:in|from|during|by|for|to|at|on|under|with)\s+(?![$£€\d]))")


def _saying_past(clause: str, verb: re.Match[str]) -> bool:
    """Whether the past form ``verb`` tells who said or reported the clause ("..., the WHO said", "analysts
    estimated that ..."): a verb of reporting with no figure for its object ("pledged 12 million euros", "approved
    $700bn" are acts told in the past)."""
    return verb.group() in REPORTING_PAST and _FIGURE_OBJECT_RE.match(clause, verb.end()) is None


_FIGURE_OBJECT_RE = re.compile(r"\s*(?:an?\s+|some\s+|about\s+)?[$£€\d]")


def _reduced_relative(clause: str, verb: re.Match[str]) -> bool:
    """Whether the past form ``verb`` in a lower-case clause is a participle closing the noun phrase before it ("the
    $3bn includes claims paid, and ...", "400 tonnes of grain shipped from the coast"): a noun stands right before it
    (not a pronoun or a name's word in the subject, "it shipped") and no number follows it."""
    before = re.search(r"([a-z][a-z-]*)\s+$", clause[: verb.start()])
    if before is None or before.group(1) in _STOP or before.group(1).endswith("ly"):
        return False
    return _REDUCED_RELATIVE_AFTER_RE.match(clause, verb.end()) is not None


# words that open a verb's object or complement right after it: a determiner or a quantifier ("employs 300 staff",
# "holds the record", "costs some $3bn"), or a preposition the verb governs when a number or a quantifier follows it
# ("amounts to some $3bn", "account for more than 35 percent")
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "every", "each", "all", "both"}
    | {"some", "more", "less", "fewer", "about", "around", "nearly", "almost", "roughly", "approximately"}
    | {"half", "several", "many", "most", "just", "only", "up", "between", "another", "no"}
)
_QUANTITY_OPENERS = frozenset(
    {"some", "more", "less", "fewer", "about", "around", "nearly", "almost", "roughly", "approximately", "over"}
    | {"half", "several", "just", "only", "up", "at", "between", "well", "upwards", "under"}
)
_VERB_PREPOSITIONS = frozenset({"to", "for", "in", "on", "with", "into", "from", "at"})
# words that end a singular subject before a verb in -s ("it employs", "which contains", "the firm holds")
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "which", "who", "that", "this", "one", "what"})
# adverbs between a subject and its verb ("the firm now employs", "costs to date amount to", "they also account for")
_SUBJECT_VERB_ADVERBS = frozenset({"also", "still", "now", "already", "currently", "alone", "together", "only"})
# words that put a clause's present at another time: a time to come or a condition ("until the fund amounts to $20bn",
# "once the pipeline holds 10,000 barrels")
_NOT_NOW_WORDS = frozenset({"once", "before", "after"})
# the conjunctions of a clause that states no fact of now: a condition ("if the reservoir holds 90 percent", "unless
# the bill reaches $40bn") or a time to come ("until the count reaches 500")
_UNMET_RE = re.compile(r"\b(?:if|unless|until|till)\b", re.I)
# a modal or a future auxiliary before the figure in its clause, with the verb it governs past a few adverbs ("could
# reach $69bn", "would rise to 10,000", "will provide 137m euros", "is likely to exceed $1bn", "may eventually need");
# lower case only: "May" is the month
_PROJECTED_RE = re.compile(
    r"(?P<aux>\b(?:will|shall|would|could|might|may|should|must)|['’]ll|\bwo(?=n['’]t)"
    r"|\b(?:is|are|was|were|be|being|['’]s)\s+(?:\w+ly\s+)?"
    r"(?:likely|expected|set|due|poised|projected|forecast|predicted|bound|going)\s+to)"
    r"(?:\s+(?:n['’]t|not|also|still|now|then|even|only|well|soon|all|\w+ly))*\s+(?P<verb>[a-z]+)\b"
)
# what parts a figure from a modal after it: brackets, a dash, a colon ("unemployment (now 6.1 percent) could peak")
_SUBJECT_GAP_BREAK_RE = re.compile(r"[()\[\]:;–—]|\s-\s")
# what before a figure shows it is no subject of a modal after it: a verb whose object it is ("has killed 81 people"),
# or a preposition ("laboratories in 97 countries", "an estimate of 98,000 deaths")
_NOT_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|[a-z]+ed|in|of|at|on|with|by|for|to|into|from|across|among|between)\s+$",
    re.I,
)
# an estimate named before the figure in a condition is one already made ("if BP's estimated rate of 5,000 barrels
# a day is right", "even if the leak is the low-end figure of 35,000 barrels"): the condition is on its truth
_NAMED_ESTIMATE_RE = re.compile(
    r"\b(?:figure|figures|estimate|estimates|estimated|forecast|projection|count|toll|tally)\b[^,;:]{0,30}\bof\s+$",
    re.I,
)
# an adverb of frequency after "will" makes it tell a habit ("will typically produce", "would usually take")
_HABITUAL_RE = re.compile(r"\b(?:typically|usually|normally|generally|often|always|routinely|ordinarily)\b")
# an epistemic modal over a state ("up to 200,000 people may have died", "there could be 260 bodies", "the leak
# might be 5,000 barrels a day"): an estimate of now, not a projection
_ESTIMATE_MODALS = frozenset({"could", "might", "may", "must"})
# words between a modal's verb and a figure that show the figure in another clause than the modal's
# fmt: off
_GAP_BREAKERS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "been", "having", "which", "who", "whom", "whose", "where",
    "when", "while", "that", "because", "although", "though", "and", "but", "after", "before", "since", "once",
})
# fmt: on
# a figure after a determiner or a possessive (and maybe one word) names a thing already there ("the $1m prize", "the
# Treasury's $700bn fund", "the usual 113,000 tonnes"), not the value a modal foresees
_PRESUPPOSED_RE = re.compile(r"\b(?i:the|its|their|his|her|our|this|these|those|\w+['’]s)\s+(?:[a-z]+\s+)?$")
# a figure named as the value a change started from ("represents 4.5 percent, up from 3 percent"): a value before now
_PREVIOUS_VALUE_RE = re.compile(r"\b(?:up|down)\s+from\s+(?:[a-z]+\s+)?$")
_CLAUSE_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|\S")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def _opens_object(toks: list[str], k: int) -> bool:
    """Whether the words from ``toks[k]`` open the object or complement of a verb before them: a number, a determiner
    or a quantifier, or a preposition followed by a number or a quantifier ("to some $3bn", "for 35 percent")."""
    if k >= len(toks):
        return False
    w = toks[k].lower()
    if w[:1].isdigit() or w in ("$", "£", "€"):
        return not _YEAR_RE.fullmatch(w)  # "prices in 2008": a year, no object
    if w in ("over", "under"):  # "employs over 300", not "costs over the spill"
        return k + 1 < len(toks) and toks[k + 1][:1].isdigit()
    if w in _OBJECT_OPENERS:
        return True
    if w in _VERB_PREPOSITIONS and k + 1 < len(toks):
        nxt = toks[k + 1].lower()
        return (nxt[:1].isdigit() and not _YEAR_RE.fullmatch(nxt)) or nxt in ("$", "£", "€") or nxt in _QUANTITY_OPENERS
    return False


def _subject_end(toks: list[str], i: int) -> int:
    """The index of the last word of the subject before the verb at ``toks[i]``, past adverbs and "to date"."""
    j = i - 1
    while j >= 0:
        w = toks[j].lower()
        if w in _SUBJECT_VERB_ADVERBS or (w.endswith("ly") and len(w) > 4):
            j -= 1
        elif j > 0 and (toks[j - 1].lower(), w) in (("to", "date"), ("so", "far")):
            j -= 2
        else:
            break
    return j


def _finite_present_verb(clause: str) -> str | None:
    """The finite verb of a clause in the simple present with its subject and object: a verb in -s after a
    singular noun, a name or a pronoun ("the firm employs 300 staff", "BP holds a 35 percent stake", "the letter
    contains 14 pages"), or a bare verb after a plural noun or "they" ("the diseases account for 35 percent", "costs to date
    amount to some $3bn").  The object must open right after the verb (a number, a determiner, a quantifier), which
    tells the verb from the plural head of a compound ("safety concerns", "BP's shares fell").  A word after a
    possessive, a determiner or a number is a noun ("the company's costs", "3,000 jobs").  Only a verb of state counts
    (timex_lexicon.STATIVE_VERBS)."""
    toks = _CLAUSE_TOKEN_RE.findall(clause)
    for i, w in enumerate(toks):
        if not (w.isalpha() and w.islower() and len(w) > 2) or not _opens_object(toks, i + 1):
            continue
        if not (w in STATIVE_VERBS or w[:-1] in STATIVE_VERBS or (w.endswith("es") and w[:-2] in STATIVE_VERBS)):
            continue  # a verb of action: its present tells of an event ("Dow plunges 800 points") or a habit
        j = _subject_end(toks, i)
        if j < 0:
            continue
        prev = toks[j]
        low = prev.lower()
        if not re.fullmatch(r"[A-Za-z][A-Za-z-]*", prev) or (
            low in _STOP and low not in _SINGULAR_PRONOUNS and low not in ("they", "we")
        ):
            continue
        if w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")) and w not in _STOP:
            # a verb in -s: after a singular noun (not a plural, an adjective in -ed/-ing, an adverb), a name or a pronoun
            singular = low in _SINGULAR_PRONOUNS or (
                not low.endswith(("ed", "ing", "ly")) and (not low.endswith("s") or low.endswith("ss"))
            )
            if singular and low not in ("they", "we", "i", "you"):
                return w
        elif (
            (_plural_noun(low) or low in ("they", "we"))
            and low not in NOT_PLURAL_SUBJECT
            and not w.endswith("s")
            and w not in PAST_IRREGULAR
            and w not in IRREGULAR_PAST_PARTICIPLES
        ):
            return w  # a bare verb after a plural subject, not one the past shares ("the repairs cost $3m")
    return None


# what before a participle makes it an adjective of the noun after it ("the repeated figure", "its recently pledged
# fund", "a widely cited estimate")
_ADJECTIVE_PARTICIPLE_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|these|those|\w+'s)\s+(?:\w+ly\s+)?$"
)
_CLAUSE_RE = re.compile(r"[;:—–]|,\s+(?:and|but|while|as|although|though|which|who)\b|\bthat\b|\bbecause\b|\bwhen\b")


# fmt: off
_MEASURE_VERBS = frozenset({
    "continue", "continues", "seep", "seeps", "flow", "flows", "pour", "pours", "gush", "gushes", "leak", "leaks",
    "spill", "spills", "escape", "escapes", "throughout", "daily",
})
# fmt: on
_MEASURE_OF_RE = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?of\s+(?:the\s+|its\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)")


def _measure_of(after: str) -> str | None:
    """The substance a volume measures: the head of the "of" phrase after its unit ("barrels of crude
    oil" -> oil, "gallons of chemical dispersant" -> dispersant); None when the phrase holds no noun."""
    m = _MEASURE_OF_RE.match(after)
    if m is None:
        return None
    words: list[str] = []
    for w in m.group(1).split():
        if w in _STOP or w in _PERIOD or w.endswith(("ed", "ing", "ly")) or w in _MEASURE_VERBS:
            break
        words.append(w)
    if len(words) >= 2 and words[-1] == "equivalent":
        return " ".join(words[-2:])  # "barrels of oil equivalent"
    return words[-1] if words else None


# an article about oil: its barrels with no "of" are barrels of oil (a barrel of beer, wine or gunpowder is not)
_OIL_RE = re.compile(r"\b(?:oil|crude|petroleum|OPEC|oilfields?|oil-?wells?)\b", re.I)

_NAME_OF_RE = re.compile(r"(?<![.!?:;\"“]\s)(?<!^)\b[A-Z][a-z]+\s+of\s+$")
# capitalised words after which a number is still a count ("On Tuesday 12 people ...", "About 30 Marines")
# fmt: off
_COUNT_AFTER_CAPITAL = frozenset({
    *WEEKDAYS, *MONTHS, "today", "yesterday", "tonight", "another",
    "nearly", "almost", "roughly", "approximately", "only", "just", "some", "about", "around", "over", "under",
    "all", "those", "these", "the", "and", "but", "with", "without", "by", "for", "of", "in", "on", "at", "to",
    "from", "since", "when", "after", "before", "while", "as", "than", "least", "most", "up", "total", "overall",
})
# fmt: on


def _model_name_before(prev_word: str, before: str) -> bool:
    """A number right after a capitalised word inside the sentence is part of a name ("Boeing 787",
    "Challenger 2", "Fortune 500"), unless that word is a date, a qualifier, a function word, a possessive
    or an event verb ("Britain's 45 ...", "On Tuesday 12 ...", "About 30 ...", "Killed 12 ...")."""
    if not prev_word[:1].isupper() or not _mid_sentence(prev_word) or prev_word.isupper():
        return False
    low = _norm(prev_word)
    if low in _COUNT_AFTER_CAPITAL or low in _STOP or low in _QUAL_WORDS or low in _VERB_BEFORE:
        return False
    if prev_word.endswith(("'s", "’s", "s'")) or not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z]+)?", prev_word):
        return False
    # the capitalised word must itself be inside the sentence: not its first word, nor a headline's
    return re.search(r"[\w,]\s+\S+\s*$", before) is not None


def _model_suffix(s: str, start: int) -> bool:
    """A number glued by a hyphen or slash to a model number before it ("Boeing 787-8", "A320/200")."""
    m = re.search(r"(?<![\w,.])(\d{1,4})[-/]$", s[:start])
    if m is None:
        return False
    return _model_name_before(_prev_word(s, m.start()), s[: m.start()])


def present_clause(s: str, start: int, end: int) -> bool:
    """True when the clause holding s[start:end] is in the present tense ("... remain in Raqqa")."""
    lo, hi = 0, len(s)
    for m in _CLAUSE_RE.finditer(s):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    if _PRESUPPOSED_RE.search(s, lo, start) is None and (
        _projected(s[lo:start], s[end:hi])
        or (_in_condition(s, start, _UNMET_RE) and _NAMED_ESTIMATE_RE.search(s, max(lo, start - 60), start) is None)
    ):
        return False  # "the fine could reach $69bn", "if the leak is 35,000 barrels": no fact of now
    clause = re.sub(r"\b(?:the|their|his|her|its|our)\s+lives\b", " ", s[lo:hi].lower())  # a noun, no verb
    words = set(_CLAUSE_WORDS_RE.findall(clause))
    # a verb of state in the simple present, in a clause told of now: no past verb but one of saying ("the diseases
    # account for 35 percent of deaths, the WHO said"), no time to come, no condition, and not the value a change
    # started from ("up from 3 percent")
    stative_now = (
        _finite_present_verb(s[lo:hi]) is not None
        and not words & (_PAST_WORDS | _UNASSERTED_WORDS | _NOT_NOW_WORDS | FUTURE_CUES | MODALS)
        and _PREVIOUS_VALUE_RE.search(s, lo, start) is None
        and all(_saying_past(clause, w) or _reduced_relative(clause, w) for w in _past_verbs(clause))
    )
    if words & _PRESENT_WORDS == {"'s"} and "ve" not in words and not stative_now and _possessive_past(clause):
        return False  # "the UN's headquarters collapsed", "BP's shares rose 6%": a past clause, no "is" or "has"
    # "we've", "they've" (the tokens split at the apostrophe): the present perfect, unless a condition or a
    # denial keeps it from stating the figure ("If the price rises to $101, you've made 10%", "We've never said
    # it leaked 5,000 barrels a day")
    perfect = "ve" in words and not (words & _UNASSERTED_WORDS)
    if bool(words & _PRESENT_WORDS or perfect) and not (words & _PAST_WORDS):
        return True
    if stative_now:
        return True  # "the firm employs 300 people", "the diseases account for 35 percent of deaths"
    return _perfect_before_start(s[lo:hi].lower(), start - lo, end - lo)


def _projected(before: str, after: str) -> bool:
    """Whether the figure between ``before`` and ``after`` (its clause up to it and from it) is a value a modal or a
    future auxiliary foresees, fears or supposes, which is no fact as of the report's date: its object ("the death
    toll could rise to 200,000", "the bill is likely to exceed $1bn") or its subject ("three million people would
    need help", "2,000 marines are set to join") -- unless the modal is one of estimate over a state ("there could
    be 260 bodies", "may have leaked 5m barrels": the estimate of now), or governs a verb of saying ("I would say
    70% of the booms are useless": the figure is what is said) or a habit ("will typically produce")."""
    m = next(reversed(list(_PROJECTED_RE.finditer(before))), None)  # the last modal before the figure
    if m is not None and _foreseeing(m):
        words = _gap_words(before[m.end() :])
        # the object: near the verb (or the end of its change: "will push the bill to $1.4bn"), not the value a
        # change starts from ("will raise capacity from 18,000 barrels a day to 28,000")
        if len(words) <= 8 and _in_modal_clause(words) and not (words and words[-1] == "from"):
            return True
    m = _PROJECTED_RE.search(after)
    if m is None or not _foreseeing(m) or _SUBJECT_GAP_BREAK_RE.search(after, 0, m.start()):
        return False
    if _NOT_SUBJECT_BEFORE_RE.search(before):
        return False  # "the virus that has killed 81 people ... could become", "labs in 97 countries would": no subject
    if m.group("verb") == "have" and not after.startswith(" to", m.end()):
        return False  # "2m barrels will have gushed to date": a future perfect, as often an estimate of now
    words = _gap_words(after[: m.start()])
    # the subject: the figure's noun phrase, then the modal; a pronoun between opens another clause ("a 100-ton box
    # it will place")
    return len(words) <= 4 and _in_modal_clause(words) and not SUBJECT_PRONOUNS & {w.lower() for w in words}


def _foreseeing(m: re.Match[str]) -> bool:
    """Whether a match of _PROJECTED_RE foresees: no modal of estimate over a state, no verb of saying or habit."""
    aux, verb = m.group("aux"), m.group("verb")
    if (aux in _ESTIMATE_MODALS and verb in ("be", "have")) or verb in _STOP or verb in REPORTING_PRESENT:
        return False  # an estimate of now; no verb ("due to the spill"); a verb of saying
    return _HABITUAL_RE.search(m.group()) is None  # "will typically produce 630,000 barrels a day": true now


def _gap_words(gap: str) -> list[str]:
    """The words and commas of the text between a modal's verb group and a figure ("9,000" is one word)."""
    return re.findall(r"\d[\d,.]*\d[\w'’-]*|[\w'’-]+|,", gap)


def _in_modal_clause(words: list[str]) -> bool:
    """Whether the words between a modal's verb group and a figure hold it in the modal's clause: no clause of
    its own ("will invest ... and have agreed to pool $1bn", "where 1,000 cases have been found"), no comma but
    before a restatement (", or 3 percent"), no next sentence run together ("could take days A fleet of 400")."""
    return not any(
        w in _GAP_BREAKERS
        or (w == "," and words[i + 1 : i + 2] != ["or"])
        # a function word in capitals: a sentence run together ("A fleet"), not "US"
        or (w[:1].isupper() and w.lower() in _STOP and (len(w) == 1 or not w.isupper()))
        for i, w in enumerate(words)
    )


def _perfect_before_start(clause: str, start: int, end: int) -> bool:
    """Whether the figure at clause[start:end] is told in the present perfect, its running total counted from
    a start a temporal clause or phrase names ("The pumps have removed 9,000 tonnes since they were switched on
    last week", "Since the quake struck, 300 aftershocks have been recorded"): the total is the one at the time
    of writing, whatever past tense the clause of the start holds.  The verb and the figure must both lie
    outside that clause -- before it, or after the comma that ends it when it opens the clause -- and no past
    word may stand there ("... have died since May, 40 of them were children" is no running total)."""
    lead = _TEMPORAL_START_RE.match(clause)
    if lead is not None:
        comma = clause.find(",", lead.end())
        if comma < 0 or start < comma:
            return False  # the figure is the start's own ("since 300 workers were laid off")
        main = clause[comma + 1 :]
    else:
        cut = _TEMPORAL_START_RE.search(clause)
        if cut is None or end > cut.start():
            return False  # no start named, or the figure is in the clause of the start
        main = clause[: cut.start()]
    if set(_CLAUSE_WORDS_RE.findall(main)) & _PAST_WORDS:
        return False
    # a regular participle in -ed, or an irregular one from the lexicon ("have taken", "has rebuilt", "have been
    # driven"): not any word in -en, which "have" as often governs as a noun or an adverb ("have children",
    # "have often", "have seven")
    return any(
        (w.endswith("ed") and w not in ONES) or w in IRREGULAR_PAST_PARTICIPLES
        for w in (m.group("verb") for m in _PERFECT_AUX_RE.finditer(main) if m.group("modal") is None)
    )


# what opens the clause or phrase naming the start of a running total ("since it was installed", "ever since")
_TEMPORAL_START_RE = re.compile(r"\s*\b(?:ever\s+)?since\b")
# a perfect auxiliary and the word it governs, past a few adverbs ("have so far been", "has already collected");
# after a modal it is no present perfect ("will have been", "could have escaped")
_PERFECT_AUX_RE = re.compile(
    r"(?P<modal>\b(?:will|would|could|should|might|may|must|shall)\s+)?\b(?:has|have|'ve|’ve)"
    r"(?:\s+(?:not|now|already|also|so\s+far|just|still|since|reportedly|\w+ly))*"
    r"\s+(?P<verb>[a-z]+)\b"
)


# fmt: off
_LEADING_DETERMINERS = frozenset({"all", "my", "his", "her", "our", "your", "their", "its", "these", "those", "this"})
# fmt: off
_LOWER_NAME_WORDS = frozenset({
    "flight", "route", "highway", "interstate", "room", "gate", "platform", "terminal", "resolution", "chapter",
    "section", "paragraph", "clause", "page", "amendment", "channel", "pier", "runway", "berth",
})
# fmt: on
# a number in a rank phrase: after "top"/"bottom" that a determiner or possessive shows is no verb ("the world's
# top 10 producers", "a list of the top 100 brands"; not "costs could top $1bn", "cases top 1,000"), or between
# "the" and a superlative ("the 10 biggest spills"; not "the 33 most seriously injured": what befell them)
_RANK_TOP_BEFORE_RE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|your|this|these|those|of|among)|\w['’]s|\ws['’])\s+(?:top|bottom)\s+$", re.I
)
_SUPERLATIVE_AFTER_RE = re.compile(
    r"\s+(?:most|least|biggest|largest|greatest|highest|lowest|richest|wealthiest|poorest|deadliest|costliest|"
    r"worst|best|fastest|smallest|strongest|busiest|heaviest|longest|tallest|best-selling|top-selling)\b"
    r"(?P<rest>(?:\s+[\w-]+){0,3})",
    re.I,
)


def _rank_phrase(before: str, after: str) -> bool:
    """Whether a number without a unit ranks rather than counts (see _RANK_TOP_BEFORE_RE)."""
    if _RANK_TOP_BEFORE_RE.search(before):
        return re.match(r"\s+[A-Za-z]", after) is not None and not re.match(
            r"\s+(?:per\s*cent|percent|pc)\b", after, re.I
        )  # "the top 10 percent" is a share
    if not re.search(r"(?:\bthe|\w['’]s)\s+$", before, re.I):
        return False
    m = _SUPERLATIVE_AFTER_RE.match(after)
    return m is not None and not any(_norm(w) in _EVENT_VERBS for w in m.group("rest").split())


def _milestone(phrase: str) -> bool:
    """Whether the words after a number name a level it reaches (see _MILESTONE_HEADS) and no plural noun
    after that word is counted ("the 2,000 landmark last week"; not "12 landmark concerts")."""
    words = re.findall(r"[A-Za-z][\w-]*", phrase)
    for i, w in enumerate(words[:3]):
        if w.islower() and w in _MILESTONE_HEADS:
            return not any(_plural_noun(x) and x.islower() for x in words[i + 1 :])
    return False


# nouns that name a level a count reaches, not what it counts ("the 2,000 landmark", "the 1,000 mark")
_MILESTONE_HEADS = frozenset({
    "landmark", "landmarks", "milestone", "milestones", "mark", "threshold", "barrier", "benchmark",
})  # fmt: skip
# words a rank number follows ("day 37 of the spill", "round 2"); not after "every day", "a week" (a rate)
# lowercase words a model's number follows ("mark 77 firebombs", "type 45 destroyers")
_MODEL_WORDS = frozenset({"mark", "mk", "model", "type"})
_LOWER_RANK_WORDS = frozenset({"day", "week", "round", "lap", "leg", "stage", "phase", "episode", "game", "mark"})
_RANK_WORD_RATE_RE = re.compile(r"\b(?:every|each|a|an|per|one|same)\s+[a-z]+\s*$", re.I)
_QUAL_WORDS = frozenset(
    {
        "over",
        "more",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "up",
        "at",
        "between",
        "from",
        "to",
        "than",
        "only",
        "just",
        "and",
        "the",
        "in",
        "on",
        "of",
        "with",
        "by",
        "for",
        "killed",
        "killing",
        "wounded",
        "injured",
        "least",
        "roughly",
        "approximately",
        "an",
        "estimated",
        "as",
        "another",
        "all",
        "those",
        "these",
        "its",
        "their",
        "his",
        "her",
        "a",
    }
)
# fmt: on
