"""Claims about quantities: agreement, disagreement, and series over time.

A claim is a figure (a value of something) said by someone at some time.  Claims
are grouped by *what is counted* (killed, fighters, displaced…) and *what it is
about*: the same canonical entity (``SDF`` and ``Syrian Democratic Forces`` are one),
or, for casualty-type counts, the same incident noun in the sentence ("air strikes").

Within a group, claims are bucketed by time.  A claim's time is the date written
in its sentence when there is one; otherwise the publication date of its article,
which is only an upper bound ("reported on"): such a claim belongs with any dated
claim up to ``REPORT_LAG_DAYS`` before it.

- two values from different claimants in the same bucket that cannot both be true → a
  **disagreement** (``SANA: 12 killed`` vs ``Syrian Observatory: 21 killed``).  Qualifiers
  count: "about 9.5" agrees with "9.5", "more than 40,000" with "45,000"; and two values that
  one sentence states together count two things ("270 killed, 103 of them Americans"), not two
  versions of one, and so do two values one article states in its own voice (no speaker), in any of its
  sentences; an increment ("another 130", "14 other staff") is no total and is not compared; and the
  two values must be current at one time: a value no one repeats once the other is out ("1,000 barrels a
  day" on Monday, "5,000" from Thursday on) was replaced, which is a change over time, not a dispute; at
  least one side is someone's claim (a speaker, or a view: "estimated", "according to"): two plain statements
  by reporters are mostly of two scopes ("the 3,000 peacekeepers in the country are helping" / "the UN has
  9,000 there"); and an estimate's claims (a leak's flow, a force's strength) are paired over each claim's own
  time, not over greedy buckets whose edge may fall between the repeated official figure and its rival; and
  two figures of one party (a company's and its spokesman's, or its chief executive's) are its revision, not
  a dispute; while one article that sets two parties' figures against each other in nearby sentences ("BP has
  been estimating 5,000 ... scientists have pegged the flow at 70,000", the holders read before the verb of
  the view in the figure's own clause when no speaker was found; a clause a conjunction sets against another,
  "BP estimated 5,000, but scientists put it at 70,000", has its own holder, and a figure there is the
  speaker's only when that clause names none) reports a dispute current that day, even on the day one value replaced
  the other; and two figures a later article retells (a value no one else gave in the days around it, given
  weeks before: a chronology's "5,000" and "70,000" in July) are history, not a dispute of its day; a hedged
  upper end ("35,000 a day, and possibly as much as 60,000") makes one range with the figure before it; a figure
  that opens a list of bare values ("Pick a number: 12,600 barrels... 20,000...") is no one's claim; an article
  that says its figures agree ("they compare well with the 4.1 million estimate") tells no dispute between its
  figures of that quantity; a government and its own scientists or panel are one party; and a sentence states
  with a flow the figure of its unit it gives without the period ("12,000-19,000 a day, with one estimate as
  high as 25,000 barrels");
- different values in different buckets → a **series** (SDF strength 30,000 in
  December 2016, more than 40,000 in June 2017): a change over time, not a contradiction.  A group whose
  counts are of a place (an epidemic's, a share's) has a series per place, labelled by it ("infected —
  outbreak, worldwide", "…, in Mexico"), so that a country's count followed by the world's never reads as a
  jump; counts whose place is unsaid may mix places, so their series is given only when no place has one; and
  a place's count over ``OUTLIER`` times the median of its group's counts of its days (any place) is of another
  thing ("36,000 die of flu there each year"), no point.

A series must measure one quantity of one thing, or it tells a reader that a number changed when it
did not.  So its points are chained only between claims that tell the same fact (as for a
disagreement: no different places, TF-IDF cosine >= ``SAME_FACT``); a figure dated over a year before
the story began is background (the 1988 disaster recalled in a 2010 story), not a point of the story's
series; a toll only grows, and a toll of a kind ("attack", "British") joins none unless given as a
running total; its points are in time order, a loose value ("dozens") is none and one over ``MAX_RATIO``
times the last is another quantity ("11 peacekeepers" killed, a "3,500-strong" force); a repeated value is
one point, not a change, and so is a value whose bounds hold the last point's ("more than 4 million" after
"about 5 million"); an estimate's history is one claimant line's: a value given only by a party that holds
none of its values so far, and not said as an update ("revised", "now"), is a rival's, a side of a dispute, not
a step, and a loose range that merely holds a value ("40,000-100,000" holding "95,000") repeats no one's; a
count its clause says was ruled out ("13 suspected cases tested negative") counts no cases; and a figure said
in a condition ("if it starts to collect 50,000") or as a plan, permission, hope or
forecast ("could call up 6,000", "authorized up to 17,500", "hopes to collect 85 percent") measures
nothing yet and is neither a point nor a side of a disagreement.  A subject read from the text must
be a noun phrase: "52 percent of voters approve and" has none, and claims about such fragments are
not grouped at all.  A volume or flow is grouped by what is done to it too (oil leaking is not oil
collected; an act in a clause that says when, "since the leak began", is not the figure's, nor one that publishes a view, "estimates released today"; a figure
with no act near it takes the one its own words or its clause's rate noun name: "5,000 barrels spewing each day",
"the average flow rate ... was 56,000"), a count of people a toll names ("the death toll rose to 110,000
people") is the toll's count, a volume said
with a period ("barrels leaking each day") is left out, an epidemic's count of a place is not one of nowhere,
a count followed by "there" is of the place (or the people, "Mexicans") its sentence names before it, a count whose
clause names no place is of the country of the authority it names by a people's word ("Mexican officials said"),
a share is of the place said with it or that its sentence refers to ("in the city": the one named just
before), "nine new cases" is an increment, and a count of a people ("300 Haitians") is a subset, never a
version of another.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from storyline.annotate.attribution import (
    DOC_NOUNS,
    FIRM_EPITHETS,
    FIRM_NOUNS,
    GROUP_NOUNS,
    LEADING_JUNK_RE,
    ROLE_WORDS,
    SPEAKER_NOUNS,
)
from storyline.annotate.entities import demonym_stems
from storyline.annotate.figures import ENTRY_LEAD_RE, entry_heads, present_clause, restates, to_canonical
from storyline.annotate.numbers import WORD_NUMBER
from storyline.annotate.timex_lexicon import IRREGULAR_PAST_PARTICIPLES, REPORTING_PAST, REPORTING_PRESENT, WEEKDAYS
from storyline.records import AnnotatedArticle, Attribution, Citation, Entity, Figure, Mention, TimeExpression, Toponym
from storyline.render.common import figure_text
from storyline.story.events import TRIGGERS, date_bounds
from storyline.story.text import Tfidf, cosine, stem

REPORT_LAG_DAYS = 10
APPROX = 0.1  # "about 200" allows 180-220
SAME_FACT = 0.15  # TF-IDF cosine of two sentences that report one fact (the seed's 12 vs 21 killed: 0.23)
CASUALTY = {"killed", "dead", "deaths", "fatalities", "wounded", "injured", "casualties", "missing", "displaced"}
_WHAT = {
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "died": "killed",
    "injured": "wounded",
    "militants": "fighters",
    "jihadists": "fighters",
    "refugees": "displaced",
}
# the words between a distance and the place it is measured from ("60 miles north-east of Baghdad")
_REF_GAP = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|"
    r"(?:away\s+)?from|outside(?:\s+of)?|short\s+of)\s+(?:the\s+)?(?:city\s+of\s+|capital\s*,?\s*)?",
    re.I,
)
# a count added to another ("another 130", "a further 20", "14 other staff", "dozens more", "nine new cases") is
# no total
_PARTIAL_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra|by)\s+$", re.I)
_PARTIAL_AFTER = re.compile(r"\s+(?:other|others|more|additional|further|extra|new|fresh)\b", re.I)
_INCIDENT = re.compile("|".join(p.pattern for _, p in TRIGGERS[:3]))
# a disaster or an epidemic: in a story about one, "the quake" or "the virus" is that one, so its toll is a
# subject of its own (the earthquake's death toll rising over days, the infections of an epidemic)
_DISASTER = re.compile(
    r"\b(?:(?P<quake>earthquakes?|quakes?|tremors?)|(?P<flood>floods?|flooding|tsunami)|(?P<storm>hurricanes?|cyclones?|typhoons?)"
    r"|(?P<outbreak>outbreaks?|pandemic|epidemic|flu|influenza|virus|h1n1|swine flu)|(?P<spill>spills?|leaks?|blowout))\b"
)
_TOLL_WHATS = CASUALTY | {"infected"}
_PART_OF = re.compile(r"\s+of\s+(?:its|their|his|her|our)\b", re.I)
_TOLLS = frozenset({"killed", "wounded", "casualties", "infected"})  # counts that only grow over time
# running totals: counts that only grow while a story goes on (a toll, the arrests of a crackdown), whose
# series is the history of the total (see ``_running``)
_RUNNING = frozenset({"killed", "wounded", "casualties", "arrested"})
# counts that change from day to day, so that two reports days apart are two points, not two versions
_DAILY = _TOLL_WHATS | {"arrested", "evacuated", "rescued"}
OUTLIER = 10  # a count this many times below (or above) the median of its days' counts is of another thing
_MEASURES = frozenset({"volume", "flow", "money", "distance", "area"})  # quantities in a unit
_FORCES = frozenset({"fighters", "troops"})  # sizes of a force
_OPERATIONS = frozenset({"capture", "produce", "use"})  # acts whose output its operator reports, not disputed
WORLD = "*world"  # the scope of a count said of the world ("worldwide", "in 29 countries"), as a place id
# the name of an entity that is itself an armed force ("Syrian Democratic Forces", "National Guard", "Free Syrian Army")
_FORCE_NAME = re.compile(
    r"\b(?:forces?|army|armies|guards?|militias?|brigades?|battalions?|regiments?|corps|legion|front|units?)\b", re.I
)
# a toll given as a running total ("the death toll rose to", "bringing to 98 the number", "so far")
_TOTAL = re.compile(
    r"\b(?:tolls?|total|tally|so far|in all|altogether|bringing|brings|brought|rose|risen|climbed)\b", re.I
)
HISTORY_DAYS = 14  # the days after a value's first report in which it must be given as often as the one before
BACKGROUND_DAYS = 365  # a figure dated this long before the story's first article is background (as for events)
# words that never belong to a noun phrase naming what a share is of ("of voters approve and", "of its value
# since the", "of what she"): a subject containing one is a fragment of a clause
# fmt: off
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "if", "then", "than", "that", "this", "these", "those",
    "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "since", "until", "while", "as",
    "at", "by", "for", "from", "in", "into", "of", "on", "onto", "over", "to", "under", "with", "without",
    "after", "before", "about", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
    "no", "it", "its", "it's", "that's", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them",
    "us", "his", "their", "our", "your", "my", "approve", "approves", "approved", "disapprove", "disapproves",
    "said", "says", "say",
})
# fmt: on
# a figure said as a plan, permission, hope or forecast measures nothing yet ("could call up 6,000",
# "authorized the mobilization of up to 17,500", "hopes to collect 85 percent", "would likely cost 0.5 percent");
# lower-case only, so the month "May" is no cue
_PROJECTION = re.compile(
    r"\b(?:could|would|should|might|may|will|shall|['’]ll|hopes?|hoped|hoping|expects?|expected|plans?|planned|planning|"
    r"aims?|aimed|authori[sz](?:e|es|ed|ing|ation)|proposes?|proposed|intends?|intended|"
    r"likely|projected|projections?|asked|asks|requests?|requested|available|forecasts?|forecasted|predicts?|predicted|wants?|seeks?|sought|"
    r"can|capacity|capable|assum(?:e|es|ed|ing)|worst[- ]case|scenarios?|hypothetical(?:ly)?)\b"
)
# a condition the figure is said in ("If next month the firm starts to collect 50,000 barrels"), searched in the
# figure's comma-bounded phrase: "If the estimates are correct, 23 million gallons have spilled" claims the figure
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
# a figure said as not so ("it does not indicate that the 100,000 barrels", "never reached 5,000"): no claim of the
# value; "not less than 20", "not only 20" are a bound and an emphasis, which claim it
_NEGATED = re.compile(
    r"(?:\b(?:not|never)|n['’]t)(?!\s+(?:less|more|fewer|under|over|only|just|merely)\b)(?:\s+[\w'’-]+){0,4}\s+$", re.I
)
# a figure of a supposed case ("the 100,000-barrel figure in the document was based on a hypothetical situation",
# "in a worst case"): searched over its whole clause, which may say so well after the figure
_SUPPOSED = re.compile(
    r"\b(?:hypothetical(?:ly)?|worst[- ]case|at\s+(?:very\s+)?worst|scenarios?|theoretical(?:ly)?)\b", re.I
)
_SUPPOSED_REACH = 150  # characters of a figure's clause after it, brackets left out, searched for such a cue
_ENTRY = re.compile(r"\s*(?:-|--|\u2013|\u2014|:)\s")  # after the date that opens a chronology's entry
_CLAUSE_END = re.compile(r"[;:()\u2014\u2013]|--|\s-\s|\.\s")
_DASH = re.compile(r"[\u2014\u2013]|--|\s-\s")
# what is done to a volume or a flow: oil leaking from a well and oil collected from it are two quantities,
# whatever the unit ("15,000 barrels a day collected" is no estimate of the 60,000 a day leaking); a noun
# after "from" or "at" is where the act happens, not the act ("sucked from the leak", "collected at the leak")
# fmt: off
_ACTS = {
    "release": r"leak\w*|seep\w*|ooz\w*|gush\w*|spill\w*|spilt|spew\w*|pour\w*|flow\w*|escap\w*|belch\w*|releas\w*|discharg\w*"
               r"|dump\w*|unleash\w*|came\s+out|comes?\s+out|coming\s+out|lost",
    "capture": r"collect\w*|captur\w*|catch\w*|caught|siphon\w*|suck\w*|recover\w*|skim\w*|burn\w*|contain\w*|remov\w*|funnel\w*|trap\w*"
               r"|clean\w*\s+up|cleaned|scoop\w*|soak\w*",
    "produce": r"produc\w*|output|pumped|pumps?|pumping|extract\w*|reserves?",
    "use": r"uses?|used|using|consum\w*|imports?|imported|exports?|exported|spray\w*|spread\w*|inject\w*|dropped|appl(?:y|ied|ies)",
}
# fmt: on
_ACT = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _ACTS.items()) + r")\b", re.I)
# an act word said of a view, not of the oil ("the latest estimates released today suggest 10,000 barrels a day are
# caught", "the estimate, which the company leaked, was 5,000"): a view's noun (after a determiner or a holder,
# "the", "BP's", "latest", right before it: not the verb of "the US government estimates the well leaked"), then at most
# its own subject ("the company"), just before a verb of making it public; "estimate suggests the well leaked"
# and "an estimate of oil leaked" are the oil's
_VIEW_PUBLISHED = re.compile(
    r"\b(?:the|an?|its|their|his|her|these|those|this|that|[\w]+['’]s|latest|new|official|internal|initial|secret)"
    r"\s+(?:estimates?|figures?|reports?|documents?|data|numbers|projections?|calculations?)"
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:the|its|their)\s+)?(?:(?!of\b)[\w'’]+\s+)?(?:(?:has|had|have|was|were)\s+)?"
    r"(?:been\s+)?$",
    re.I,
)
_PUBLISH_ACT = re.compile(r"(?:leaked|released)$", re.I)  # a verb's past, not the noun ("put the leak at")
_ACT_PLACE = re.compile(r"\b(?:from|at)\s+(?:the|its|their|a)\s+(?:\w+\s+)?$", re.I)
# an act in a clause that says when ("since the leak began, 4 million gallons have been siphoned") is the
# time's event, not what is done to the figure
_ACT_WHEN = re.compile(r"\b(?:since|after|before|until|when)\s+(?:the|its|their|a)\s+(?:\w+\s+)?$", re.I)
_PERIOD_START = re.compile(
    r"\b(?:since|after)\s+(?:[\w'’-]+\s+){0,10}$", re.I
)  # "since April 20", "since a rig exploded off Louisiana last week", "after the rig sank last week"
_PERIOD_REACH = 100  # characters before a date searched for the cue that opens its period
_ACT_WINDOW = 60  # characters either side of a figure, brackets left out
_NEAR_PAST = 100  # characters before a figure in which a year long past makes it a past thing's figure
_BRACKETS = re.compile(r"\([^()]*\)")
# a period said with a volume ("12,000 barrels leaking each day", "the daily leak is 5,000 barrels"): the
# figure is a flow whose period the figures stage did not attach, so it is neither a volume nor a flow
_PER_DAY = re.compile(r"\b(?:(?:a|an|per|each|every)\s+(?:day|hour|week)|daily)\b", re.I)
# a count said with a period or as a habit ("kills 250,000 people a year", "usually infects", "in an average
# year"): a rate, not a running total nor a count of this story's event
_PER_YEAR = re.compile(
    r"\b(?:(?:a|an|per|each|every)\s+(?:year|month)|annually|yearly|(?:in\s+an?\s+)?(?:average|typical|normal)\s+year|"
    r"usually|typically|normally|on\s+average)\b",
    re.I,
)
# a value said as a former one ("initially said 1,000", "the original 5,000 estimate", "at the time",
# "up from 3,000", "5,000 barrels previously"): its time is an earlier one the sentence does not date
_FORMER = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|at\s+first|at\s+the\s+time|previous(?:ly)?|earlier|former(?:ly)?|"
    r"(?:up|down|revised|rose|risen|fell|fallen|increased|decreased|raised|lowered|grown|grew|jumped|climbed)"
    r"(?:\s+(?:upwards?|downwards?|sharply))?\s+from(?:\s+[\w'’-]+){0,3}|(?:up\s+)?(?:to|until|till)\s+now|"
    r"early\s+(?:estimat\w*|figures?|reports?)|(?:was|were)\s+(?:claiming|saying|insisting|estimating|putting)|"
    r"had\s+(?:been\s+)?(?:estimat\w*|said|put|given|reported|claimed|thought|believed|projected|calculated))\b",
    re.I,
)
# a sentence that tells a past course ("the company initially said 1,000 ... before increasing that to 5,000",
# "At the time, X said 5,000", a speaker's "First they said it was 1,000, then they said 5,000"): every figure after
# the cue is of that past, unless "now" comes back
_PAST_COURSE = re.compile(
    r"\b(?:initially|originally|at\s+first|at\s+the\s+(?:time|outset|start)|"
    r"(?:first|then)\s+(?:they|he|she|we|you)\s+(?:said|told|claimed|estimated|put))\b",  # "First they said 1,000"
    re.I,
)
_NOW = re.compile(r"\b(?:now|currently|today|latest)\b", re.I)
MAX_RATIO = 50  # a value over this many times another is no other reading of it (a day's vs a total, a part)
# the thing a figure is compared with ("more than the 1989 spill's 11 million gallons", "compared with 40 in
# 2008"): a cue, then a few words (not the figure's own qualifier "more than 40"), then the figure
_COMPARED = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|surpass\w*|exceed\w*|dwarf\w*|eclips\w*|twice|times)"
    r"(?:\s+[\w'’.-]+){1,6}\s+$",
    re.I,
)
# a sentence that tells someone's view or estimate, not the reporter's own statement of a value
_VIEW = re.compile(
    r"\b(?:estimat\w*|peg(?:s|ged|ging)?|figures?|according|says?|said|saying|believ\w*|thinks?|thought|"
    r"calculat\w*|suggest\w*|question\w*|claim\w*|reckon\w*|put\s+(?:it|the\s+\w+)\s+at)\b",
    re.I,
)
# a scope wider than one place ("in 29 countries", "worldwide"): an epidemic's count of the world
# "World" or "Global" that opens a name ("the World Health Organisation", "the World Bank") is no scope
_WORLD = re.compile(
    r"\b(?!(?-i:(?:World|Global)\s+[A-Z]))(?:countries|nations|worldwide|globally|world|global|globe)\b", re.I
)
# a place a sentence refers to without naming it ("in the city of 50,000", "this is a town where"): the one
# named just before it, in the article's sentences
_PLACE_NOUN = r"(?:city|town|village|port|district|province|region|island|neighbou?rhood|suburb)"
_THAT_PLACE = re.compile(
    rf"\b(?:(?:the|this|that)\s+{_PLACE_NOUN}\b|an?\s+{_PLACE_NOUN}\s+(?:where|in\s+which|whose)\b)", re.I
)
# a part of a count's scope said after it ("52,000 cases worldwide, mostly in the United States", "including 590
# in Mexico"): the places after such a cue are where most of it is, not what it counts
_PART_CUE = re.compile(
    r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|including|includ\w+|especially|particularly|"
    r"most\s+of\s+(?:them|which|those)|of\s+(?:which|whom)|among\s+them)\b",
    re.I,
)
# a figure that opens a list of bare values ("12,600 barrels... 20,000... 21,500"): candidates a text lists, not a
# value anyone gives
_LISTED = re.compile(r"[ \w]{0,20}?(?:\.\.\.|\u2026)\s*[$\u00a3\u20ac]?\d")
# a sentence that says two figures agree ("they compare well with the 4.1 million barrels estimate", "in line with"):
# the article that says it tells no dispute between its figures of that quantity (a net and a gross total)
_AGREES = re.compile(
    r"\b(?:compares?|compared|comparing)\s+(?:well|favou?rably)\s+with|\bin\s+line\s+with|\bconsistent\s+with|"
    r"\b(?:agrees?|agreed|tall(?:y|ies|ied)|squares?)\s+with|\bclose\s+to\s+the\b",
    re.I,
)
# a measure said of the whole world ("2.5 million barrels a day worldwide"): another quantity than one of a place
_WORLDWIDE = re.compile(
    r"\b(?:world\s*-?\s*wide|globally|(?:around|across|throughout)\s+the\s+(?:world|globe)|the\s+world\s+over)\b", re.I
)
_WORLD_BODY = re.compile(r"\b(?:World|Global)\s+[A-Z]")  # "the World Health Organization", "the World Bank"
_IN_PLACE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", re.I)  # "in Mexico", "in the US"
# a part of a count said between it and a place ("169 died - all but one of them in Mexico", "most of them in"):
# the place is of the part, not of the count
_PART_OF_WHOLE = re.compile(_PART_CUE.pattern + r"|\ball\s+but\b|\bexcept\b|\bof\s+them\b", re.I)
# where a thing began, said after a count ("86 deaths since the outbreak was first noticed in Mexico"): the
# place of its start, not of the count
_ORIGIN_CUE = re.compile(
    r"\b(?:since|after|when)\b[^,;.]*?\b(?:first|began|begun|started|originated|emerged|broke\s+out|appeared)\b",
    re.I,
)
CONTEXT_SENTENCES = 3  # how far back the place a sentence refers to is looked for
# a sentence that opens on a place ("In Jacmel, on the coast, ... 60% of buildings"): the scope of its counts
_OPENING_PLACE = re.compile(r"^\s*(?:in|across|throughout)\s+$", re.I)
# a sentence whose subject points back to a count before it ("The number of cases soared to 498", "The toll rose"):
# of the place the sentences before it name when it names none
_BACK_COUNT = re.compile(r"^\s*(?:the|this|that)\s+(?:total\s+)?(?:number|tally|count|toll|figure)\b", re.I)
# a measure whose subject is another figure ("That figure was later revised to 5,000 barrels"): of that figure's
# quantity (a flow a day, said in the sentence before), not the unit it is said in
_THAT_FIGURE = re.compile(
    r"^\s*(?:(?:that|this)\s+(?:figure|estimate|number)|the\s+(?:figure|estimate|number)\s+(?:was|is|has|had))\b", re.I
)
# a sentence whose subject is the past thing the sentence before dates ("... the 1989 grounding of the Exxon Valdez.
# It leaked nearly 11m gallons"): a pronoun, or a name said near that past year
_PRONOUN_OPENER = re.compile(r"^\s*(?:it|they|that|this|these|those)\b", re.I)
_NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_OPENERS = frozenset({"The", "This", "That", "These", "Those", "Its", "Their"})
_SUBJECT_END = re.compile(r"[,;]|\s(?:is|was|were|has|had|have|spilled|leaked|killed|caused|left)\s")
# a toll of one day ("on its worst day", "in a single day"): no running total of the whole ("a rise of 1,000 in 24
# hours" dates the rise, not the count)
_ONE_DAY = re.compile(
    r"\b(?:(?:on|in)\s+(?:a\s+single|one|that|the\s+same)\s+day|(?:worst|deadliest|bloodiest)\s+(?:single\s+)?day)\b",
    re.I,
)
# a toll of a narrower group than its subject's ("35 US servicewomen", "12 children"): a part, not the toll
_SUBGROUP = re.compile(
    r"\s*(?:[A-Z][\w.]*\s+){0,2}(?:service|female\s+)?(?:women|woman|girls|boys|children|infants|babies|minors|"
    r"teenagers|pregnant)\b",
)


@dataclass(frozen=True)
class Claim:
    figure: Figure
    what: str
    about: str  # entity id, or "incident:<noun>"
    about_label: str
    claimant: str
    said_by: str | None
    time: str | None  # ISO day (start of the explicit date) or publication day
    explicit: bool
    citation: Citation
    places: frozenset[str] = frozenset()  # the places its sentence names (Place ids)
    away: frozenset[str] = frozenset()  # places its sentence measures a distance from ("60 miles north of Baghdad")
    about_type: str = ""  # the subject's Entity.type, or "incident" / "disaster" / "text"
    reported: str | None = None  # the publication day of its article
    act: str = ""  # what is done to a volume or flow ("release", "capture", "produce", "use"), "" when unsaid
    party: frozenset[str] = frozenset()  # who speaks for the claim: its speaker and the bodies it speaks for
    holder: str = ""  # what the figure is of, when its clause says: a share's owner ("" unsaid)
    status: str = ""  # a count's: "confirmed" or "suspected" cases when its phrase says which ("" unsaid)
    stretch: bool = False  # a volume said of a stretch of time ("in the first 12 hours"): no total (``_STRETCH``)
    means: frozenset[str] = frozenset()  # a collected volume's means, when its phrase says ("skim", "burn", "contain")
    bound: bool = False  # the low or high end of a spread of estimates, said as such ("the lowest estimate is 20,000")
    world: bool = False  # a measure its phrase says of the whole world ("produced 2.5m barrels a day worldwide")


def _norm_what(what: str | None) -> str | None:
    if not what:
        return None
    return _WHAT.get(what.lower(), what.lower())


# a count of people its clause calls a toll before it ("the death toll has risen to 110,000 people", "casualty
# toll estimates of 150,000 people"): the toll's count, as "110,000 killed" is, not a count of people
_TOLL_NAME = re.compile(
    r"\b(?:(?P<killed>death|fatality)\s+tolls?|number\s+of\s+(?:the\s+)?(?P<killed2>dead|deaths|fatalities)|"
    r"(?P<casualties>casualty)\s+tolls?)\b(?:\s+[\w'’,-]+){0,8}\s+$",
    re.I,
)
_GENERIC = frozenset({"people", "persons"})  # a count the figures stage names by its unit only


def _named_what(text: str, f: Figure, what: str | None, start: int, end: int) -> str | None:
    """What a count is of, when its clause names the quantity before it and the figure only its unit: "the
    death toll rose to 110,000 people" counts the killed ("killed"), like "110,000 people were killed"."""
    if what not in _GENERIC:
        return what
    before, _ = _windows(text, f, start, end)
    m = _TOLL_NAME.search(before)
    if m is None:
        return what
    return "casualties" if m.group("casualties") else "killed"


def _alias_index(entities: Sequence[Entity]) -> dict[str, Entity]:
    idx: dict[str, Entity] = {}
    for e in entities:
        for name in [e.name, *e.aliases]:
            idx.setdefault(name.lower().strip(), e)
    return idx


def claims_of(docs: Sequence[AnnotatedArticle], entities: Sequence[Entity]) -> list[Claim]:
    aliases = _alias_index(entities)
    bodies = [e for e in entities if e.type in _BODY_TYPES]
    start = _story_start(docs)
    nations = _nations(docs)
    out: list[Claim] = []
    for doc in docs:
        art = doc.article
        if art.duplicate_of:
            continue  # a copy says nothing new
        sent = {s.index: s.text for s in doc.sentences}
        span = {s.index: (s.start, s.end) for s in doc.sentences}
        # a date that starts a period ("since April 20", "after the April 20 blowout") dates the period's
        # start, not the count said of it: such a count is as of its report
        explicit_times = {
            (t.sentence, t.value)
            for t in doc.times
            if t.value and not _PERIOD_START.search(_clause_before(art.text, t.start, span.get(t.sentence)))
        }
        # a count of a period that began long before the story ("since 2003, H5N1 has infected 421") and one
        # said near a year long past ("the 1979 Ixtoc leak, which gushed 3.3 million barrels") are background
        past = [x for x in doc.times if x.value and _background_date(x.value, start)]
        since_past = {
            x.sentence for x in past if _PERIOD_START.search(_clause_before(art.text, x.start, span.get(x.sentence)))
        }
        named: dict[int, set[str]] = {}
        away: dict[int, set[str]] = {}
        # a place a distance is measured from ("in Samarra, 60 miles north of Baghdad") is where the fact is not
        refs = [f.end for f in doc.figures if f.what == "distance"]
        for t in doc.toponyms:
            if not t.place:
                continue
            if any(_REF_GAP.fullmatch(art.text[e : t.start]) for e in refs if 0 <= t.start - e <= 40):
                away.setdefault(t.sentence, set()).add(t.place)
            else:
                named.setdefault(t.sentence, set()).add(t.place)
        referred: dict[int, set[str]] = {}
        for index, text in sent.items():
            if index not in named and _THAT_PLACE.search(text):
                # "at least 20% of buildings were destroyed in the city": the city named just before
                for back in range(index - 1, index - 1 - CONTEXT_SENTENCES, -1):
                    if named.get(back):
                        referred[index] = set(named[back])
                        break
        named.update(referred)
        # a sentence that tells of a past thing the sentence before dates ("The worst spill resulted from the
        # 1989 grounding of the Exxon Valdez. It leaked nearly 11m gallons"): its figures are background
        past_of = _past_thing_sentences(sent, past, art.text)
        roles = _roles(doc)
        linked = _linked(doc)
        entry = _entry_days(doc, span)
        for f, entry_dated in _shown_figures(doc, span, entry, bodies, roles, aliases):
            sentence_figures = [g for g in doc.figures if g.sentence == f.sentence and g.start != f.start]
            if entry_dated:
                explicit_times.add((f.sentence, entry[f.sentence]))
            text = sent.get(f.sentence, "")
            bounds = span.get(f.sentence, (0, len(art.text)))
            what = _named_what(art.text, f, _norm_what(f.what), *bounds)
            if what is None or _PARTIAL_BEFORE.search(art.text[max(0, f.start - 20) : f.start]):
                continue
            if what != "percent" and _PARTIAL_AFTER.match(art.text, f.end):
                continue  # "14 other staff died", "another 130 were wounded": an increment, not a total
            if _projected(art.text, f, *bounds):
                continue  # "could call up 6,000 troops": a plan, not a measure
            if what in _TOLL_WHATS and _ruled_out(art.text, f, *bounds):
                continue  # "13 suspected cases tested negative": no cases still standing
            if what in _TOLL_WHATS and (_SUBGROUP.match(art.text, f.end) or _ONE_DAY.search(text)):
                continue  # "35 US servicewomen", "37 dead on its worst day": a part or a day, not the toll
            if what in _MEASURES and _THAT_FIGURE.match(text):
                continue  # "That figure was later revised to 5,000 barrels": the quantity is the other figure's
            if f.sentence in past_of:
                continue  # "It leaked nearly 11m gallons", after the sentence that dates the 1989 spill
            if _LISTED.match(art.text, f.end):
                continue  # "Pick a number: 12,600 barrels... 20,000... 25,000": candidates listed, no one's claim
            if (
                what == "volume"
                and _per_period(art.text, f, *bounds)
                and _flow_read_as_volume(art.text, f, doc.figures)
            ):
                continue  # "12,000 barrels leaking each day": a flow read as a volume
            if what != "flow" and _per_period(art.text, f, *bounds, _PER_YEAR):
                continue  # "kills 250,000 people a year": a rate or a habit, not a count of the story's event
            if f.sentence in since_past or any(
                t.sentence == f.sentence and f.start - _NEAR_PAST <= t.start <= f.end + _ACT_WINDOW for t in past
            ):
                continue  # background: a past period's total or a past thing's figure
            if (
                _said_before(art.text, f, *bounds, _FORMER)
                or _changed_after(art.text, f, *bounds)
                or _compared(art.text, f, *bounds)
                or _past_course(art.text, f, bounds[0])
            ):
                continue  # "initially said 1,000", "more than the 1989 spill's 11 million": not this count now
            ent = aliases.get((f.about or "").lower().strip())
            if ent is not None:
                about, label, kind = ent.id, ent.name, ent.type
            elif what in CASUALTY and (m := _INCIDENT.search(text.lower())):
                noun = stem(m.group(0).replace(" ", ""))
                about, label, kind = f"incident:{noun}", m.group(0), "incident"
            elif what in _TOLL_WHATS and (d := _DISASTER.search(text.lower())):
                if _PART_OF.match(art.text, f.end):
                    continue  # "17 of its staff were killed in the quake": one body's losses, not the toll
                about, label, kind = f"disaster:{d.lastgroup}", d.lastgroup or "", "disaster"
            elif f.about and _noun_phrase(f.about):
                about, label, kind = f"text:{f.about.lower()}", f.about, "text"
            else:
                continue
            explicit = bool(f.as_of and (f.sentence, f.as_of) in explicit_times)
            if (
                explicit
                and what in ("volume", "flow")
                and _dated_long_before(f.as_of, art.published.value)
                and not _background_date(f.as_of, start)
                and f.sentence not in entry
            ):
                # "the April 20 blowout spewed more than 4 million barrels", said in September: a running
                # total dated by the event that began it, not as of that day
                explicit = False
            if kind == "disaster" and explicit and not _background_date(f.as_of, start):
                # "200,000 died in the 12 January earthquake": the date is the quake's, not the count's
                explicit = False
            time = (
                date_bounds(f.as_of)[0]
                if explicit and f.as_of and re.match(r"^\d{4}", f.as_of)
                else art.published.value
            )
            if time and len(time) < 10:
                time = date_bounds(time)[0]
            claimant = f.said_by or art.outlet or art.id
            places = frozenset(named.get(f.sentence, ()))
            if what == "infected" or about == "disaster:outbreak":
                # an epidemic's count is of the place it is said of, not of every place its sentence names
                # ("8 infected in the United States ... 60 dead in Mexico"), or of the country whose people or
                # officials its clause names ("Mexican officials said 16 deaths", "Mexicans ... killed 149 there")
                toponyms = [t for t in doc.toponyms if t.sentence == f.sentence]
                places = _scope_of(art.text, f, bounds, toponyms, nations) or _sentence_scope(
                    art.text, bounds, toponyms, named, f.sentence, f.end
                )
            elif what == "percent":
                # a share is of the place said with it ("80% of buildings in Jacmel"), not of one its sentence
                # names by the way ("BP, Britain's largest company, has lost 45% of its value"), or of the one
                # its sentence refers to ("20% of buildings in the city")
                toponyms = [t for t in doc.toponyms if t.sentence == f.sentence]
                places = (
                    _scope_of(art.text, f, bounds, toponyms)
                    or _opening_place(art.text, bounds, toponyms)
                    or frozenset(referred.get(f.sentence, ()))
                )
            act = _act(art.text, f, *bounds) if what in ("volume", "flow") else ""
            if what == "flow" and not act:
                act = _restated_act(art.text, f, doc.figures, span)
            out.append(
                Claim(
                    f,
                    what,
                    about,
                    label,
                    claimant,
                    f.said_by,
                    time,
                    explicit,
                    Citation(source=art.id, sentence=f.sentence, text=text),
                    places,
                    frozenset(away.get(f.sentence, ())),
                    kind,
                    date_bounds(art.published.value)[0] if art.published.value else None,
                    act,
                    _claimant_party(f.said_by, f.sentence, roles, aliases, bodies, linked)
                    or _sentence_party(art.text, f, bounds, doc.mentions, bodies, sentence_figures),
                    _holder(art.text, f, bounds, what, doc.mentions, act),
                    _status(art.text, f, doc.figures) if what in _TOLL_WHATS else "",
                    what == "volume" and _stretch(art.text, f, bounds, act),
                    (_means(art.text, f, doc.figures) or _means_before(sent.get(f.sentence - 1, "")))
                    if what == "volume" and act == "capture"
                    else frozenset(),
                    what == "flow" and _range_end(art.text, f, *bounds),
                    what in _MEASURES and bool(_WORLDWIDE.search(" ".join(_own_phrase(art.text, f, doc.figures)))),
                )
            )
    return _affiliated(out)


def _roles(doc: AnnotatedArticle) -> dict[tuple[int, str | None], str | None]:
    return {(a.sentence, a.speaker): a.role for a in doc.attributions if a.speaker and a.role}


def _linked(doc: AnnotatedArticle) -> dict[tuple[int, str], str | None]:
    """(sentence, speaker as written) -> the actor the understand stage linked that speaker to, read in its own
    article (:func:`storyline.annotate.speakers.link_speaker`), or None when it could not tell which actor it is."""
    linked: dict[tuple[int, str], str | None] = {}
    for a in doc.attributions:
        if a.speaker and not linked.get((a.sentence, a.speaker)):
            linked[(a.sentence, a.speaker)] = a.speaker_entity
    return linked


def as_claimed(
    doc: AnnotatedArticle,
    f: Figure,
    bounds: tuple[int, int] | None,
    bodies: Sequence[Entity],
    roles: dict[tuple[int, str | None], str | None],
    aliases: dict[str, Entity],
) -> Figure:
    """A figure with the claimant and date the brief shows for it, in its figures table and in its claims
    alike: ``said_by`` filled, when no speaker was found, with the subject of the figure's own verb of estimating
    (:func:`_estimator`: "The US Coast Guard initially estimated 200,000 gallons"), and cleared when it names
    nobody (:func:`_holder_phrase`, :func:`_record_modifier`: "the official" of "the official figure"), is named only on another line of a live page (:func:`_other_line`),
    or when the figure's own clause names another holder (:func:`_own_clause_holder`: "BP said 5,000, but
    scientists put it at 60,000"); ``as_of`` set to the publication date when a date of the sentence belongs
    to a later figure (:func:`_now_before_other`: "We're at 15,000 now and will be at 28,000 next week"); and
    to the publication date or None (as the figure's clause is of now or not) when its date only names an earlier
    happening outside the figure's phrase (:func:`_dated_by_earlier_event`: "Shares soared 25 percent in the wake of
    the April 21 explosion", "Thriller, released in 1982, is the biggest-selling album, shifting 65m copies")."""
    text = doc.article.text
    if f.said_by and f.said_by.startswith("by ") and _holder_phrase(f.said_by[3:]):
        f = f.model_copy(update={"said_by": f.said_by[3:]})  # "asserted by Dr Jo Park": the agent is the holder
    if f.said_by and (tail := _clause_subject(f.said_by)):
        f = f.model_copy(update={"said_by": tail})  # "The merger comes as Acme": Acme is who says
    sentence_figures = [g for g in doc.figures if g.sentence == f.sentence and g.start != f.start]
    if not f.said_by and bounds and (holder := _estimator(doc, f, bounds, sentence_figures)):
        # "The US Coast Guard initially estimated 200,000 gallons": checked below like a speaker found
        f = f.model_copy(update={"said_by": holder})
    if f.said_by and (
        not _holder_phrase(f.said_by)
        or _record_modifier(text, {f.start, *(g.start for g in sentence_figures)}, bounds, f.said_by)
        or _other_line(text, f, bounds, f.said_by)
        or _counts_its_holder(text, f, bounds, f.said_by)
    ):
        f = f.model_copy(update={"said_by": None})  # "according to the newest estimates": nobody named
    if (
        f.said_by
        and (other := _own_clause_holder(text, f, bounds or (0, len(text)), doc.mentions, bodies, sentence_figures))
        and not other & _claimant_party(f.said_by, f.sentence, roles, aliases, bodies, _linked(doc))
    ):
        f = f.model_copy(update={"said_by": None})  # "BP said 5,000, but scientists put it at 60,000"
    if f.as_of and bounds and _now_before_other(doc, f, bounds, sentence_figures):
        f = f.model_copy(update={"as_of": doc.article.published.value})
    elif f.as_of and bounds and (day := _day_after(doc, f, bounds, sentence_figures)):
        f = f.model_copy(update={"as_of": day})
    elif (
        f.as_of
        and bounds
        and (
            _dated_by_earlier_event(doc, f, bounds)
            or _dated_by_span_end(doc, f, bounds)
            or _dated_by_span_start(doc, f, bounds)
        )
    ):
        now = present_clause(text[bounds[0] : bounds[1]], f.start - bounds[0], f.end - bounds[0])
        f = f.model_copy(update={"as_of": doc.article.published.value if now else None})
    return f


def _entry_days(doc: AnnotatedArticle, span: dict[int, tuple[int, int]]) -> dict[int, str]:
    """Sentence index -> the day that opens it as a chronology's entry ("April 28 - The Coast Guard says the flow
    is 5,000 barrels a day"), or that heads the entry it goes on on the same line ("June 3 - BP fits a cap. The
    cap collects 15,000 barrels a day. June 4 - ..."): the entry's figures are of that day (the figures module
    takes the publication date off their present tense).  The head must open its line, or follow the entry
    before it ended in a full stop: in a list run together with no stops the prose after it cannot be told from
    its last entry.  A sentence on a line of its own after the entry's line gets none: it may already be the
    text after the list."""
    text = doc.article.text
    entry: dict[int, str] = {}
    for x in doc.times:
        opens = x.sentence in span and x.start - span[x.sentence][0] <= 2 and _ENTRY.match(text, x.end)
        if x.value and re.match(r"^\d{4}-\d\d-\d\d$", x.value) and opens:
            entry.setdefault(x.sentence, x.value)
    heads = entry_heads(text, doc.times)
    for index, (start, _) in span.items():
        head = max((h for h in heads if h.start < start), key=lambda h: h.start, default=None)
        if (
            index not in entry
            and head is not None
            and head.value
            and "\n" not in text[head.start : start]
            and ENTRY_LEAD_RE.search(text, text.rfind("\n", 0, head.start) + 1, head.start)
        ):
            entry[index] = head.value
    return entry


def _shown_figures(
    doc: AnnotatedArticle,
    span: dict[int, tuple[int, int]],
    entry: dict[int, str],
    bodies: Sequence[Entity],
    roles: dict[tuple[int, str | None], str | None],
    aliases: dict[str, Entity],
) -> list[tuple[Figure, bool]]:
    """Each figure of a doc, in order, as the brief shows it -- in its figures table and in its claims alike,
    built here once so the two cannot disagree: with its hedged upper end (:func:`_upper_end`), its claimant and
    date (:func:`as_claimed`), and dated by the chronology entry its sentence opens (``entry``, unless it has a
    date of its own); with whether that entry dated it."""
    text = doc.article.text
    out: list[tuple[Figure, bool]] = []
    for f in doc.figures:
        f = as_claimed(doc, _upper_end(text, f, doc.figures), span.get(f.sentence), bodies, roles, aliases)
        entry_dated = f.sentence in entry and not (f.as_of and re.match(r"^\d{4}", f.as_of))
        if entry_dated:
            f = f.model_copy(update={"as_of": entry[f.sentence]})
        out.append((f, entry_dated))
    return out


def claimed_figures(docs: Sequence[AnnotatedArticle], entities: Sequence[Entity]) -> list[Figure]:
    """Every figure of the docs, in order, as their claims show it (:func:`_shown_figures`): the brief's figures
    table gives a figure the range, claimant and date its claims do."""
    aliases = _alias_index(entities)
    bodies = [e for e in entities if e.type in _BODY_TYPES]
    out: list[Figure] = []
    for doc in docs:
        span = {s.index: (s.start, s.end) for s in doc.sentences}
        out += [f for f, _ in _shown_figures(doc, span, _entry_days(doc, span), bodies, _roles(doc), aliases)]
    return out


_ON_DAY = re.compile(r"\s+on\s+$", re.I)
# a word that opens a phrase of another thing between a figure and a day ("... since the US took control on
# Wednesday", "to 384p despite the call on Saturday"); "of oil", "in early trading" are the figure's own
_OTHER_PHRASE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|their|his|her|since|after|before|when|while|despite|and|but|until|"
    r"which|who)\b",
    re.I,
)
_DAY_REACH = 60  # characters from a figure to the "on <day>" of its own clause, brackets left out


def _day_after(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int], others: Sequence[Figure]) -> str | None:
    """The day an "on <day>" right after a figure in its own clause gives it, when the figure was dated by a
    time before it ("The cap that was put on the well last week collected 620,000 gallons of oil on Monday":
    last week dates the cap, Monday the 620,000); None when no such day, when another figure comes between
    (brackets left out: a conversion restates the figure) or when the figure's date is already after it."""
    text = doc.article.text
    mine = [t for t in doc.times if t.sentence == f.sentence and t.value == f.as_of and bounds[0] <= t.start]
    if not mine or any(t.start >= f.end for t in mine):
        return None
    for t in sorted(doc.times, key=lambda t: t.start):
        if t.sentence != f.sentence or t.start < f.end or not t.value or not re.match(r"^\d{4}-\d\d-\d\d$", t.value):
            continue
        gap = text[f.end : t.start]
        bare = _BRACKETS.sub("", gap)
        if len(bare) > _DAY_REACH or not _ON_DAY.search(bare) or _CLAUSE_END.search(bare) or "," in bare:
            return None
        if _OTHER_PHRASE.search(bare):
            return None  # "fell to 384p despite the phone call on Saturday": the day of another thing
        inside = [m.span() for m in _BRACKETS.finditer(text, f.end, t.start)]
        if any(f.end <= g.start < t.start and not any(a <= g.start < b for a, b in inside) for g in others):
            return None
        return t.value
    return None


# a date that names an earlier happening: the time after a cue of sequence and a determiner, before the
# happening's noun ("in the wake of the April 21 explosion", "following the 12 January earthquake", "before the
# May 2 blowout"); the cue is checked on the text before the time, the noun on the text after it
_EARLIER_EVENT_CUE = re.compile(
    r"\b(?:in\s+the\s+(?:wake|aftermath)\s+of|after|following|since|before|ahead\s+of|prior\s+to)\s+(?:the|an?)\s+$",
    re.I,
)
_EVENT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?!(?:to|and|or|but|is|was|are|were|has|had|when|as|that|of|in|on)\b)[a-z]"
)
# what goes on describing the happening after a comma ("..., which killed 11 workers", "..., killing 11"), or
# a comma inside a place's name ("at its Texas City, Texas refinery")
_EVENT_GOES_ON = re.compile(r",\s*(?:which|that|who|in\s+which|where|[a-z]+ing)\b")
_PLACE_COMMA = re.compile(r"\b[A-Z][a-z]+,\s+[A-Z][a-z]+\s+[a-z]")
# a relative clause or a participle of the happening right before a figure ("... that killed 15 workers")
_EVENT_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+){1,2}$")
_EVENT_PHRASE_END = re.compile(r"[,;:]|\s[\u2014\u2013-]{1,2}\s|--")
# a participle that opens a phrase set off by commas, maybe after an adverb ("Thriller, released in 1982, is ...",
# "The act, first enacted in 1990, caps ...")
_PARTICIPLE_OPEN = re.compile(r",\s+(?:[a-z]+ly\s+|first\s+|later\s+)?(?P<verb>[a-z]+)\b")
# words after a phrase's closing comma that open no main clause's verb phrase ("..., when 167 workers died")
_NO_MAIN_VERB = frozenset({
    "when", "which", "who", "where", "while", "whereas", "and", "but", "or", "as", "after", "before", "with",
    "including", "according", "the", "a", "an", "its", "their", "his", "her", "in", "on", "at", "for", "to", "from",
    "by", "so", "then", "though", "although", "because", "if", "than", "of", "this", "us", "thus",
})  # fmt: skip
# finite verbs a main clause may open with that end in neither -s nor -ed
_FINITE_AUX = frozenset(
    {"are", "were", "have", "had", "will", "would", "can", "could", "may", "might", "must", "remain"}
)
# what a document does with the figure after its phrase: "The report, released on Thursday, said ..." dates what it
# says by its release
_DOC_VERBS = REPORTING_PAST | REPORTING_PRESENT | {"show", "shows", "showed", "found", "finds", "concluded", "states"}


def _dated_by_earlier_event(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int]) -> bool:
    """Whether a figure's date is only that of an earlier happening its sentence names as a mark in time, outside
    the phrase that names it ("Shares soared 25 percent in the wake of the April 21 explosion": the 21st dates
    the explosion; the rise came after it, on no day the sentence gives).  The phrase runs from its cue to the
    first comma, colon or dash that does not go on describing the happening, so a figure of the happening itself
    keeps its date ("after the April 20 explosion, which killed 11 workers").  Or the date is in a phrase set off
    by commas that a participle opens, and the figure in the main clause after it (:func:`_participle_phrase`:
    "Public Citizen, founded in 1971, has collected 11,000 signatures").  False when another time of the
    sentence could date the figure: its own date is then not for this check to choose."""
    text = doc.article.text
    same = [t for t in doc.times if t.sentence == f.sentence and t.value and re.match(r"^\d{4}", t.value)]
    mine = [t for t in same if t.value == f.as_of and bounds[0] <= t.start < bounds[1]]
    if not mine or len(mine) != len(same):
        return False
    for t in mine:
        if (phrase := _participle_phrase(text, t, bounds)) is not None:
            if f.start < phrase[1]:
                return False  # the phrase's own figure, or its noun's ("The $2bn fund, set up in June, ...")
            continue
        head = t.start + 4 if text.startswith(("the ", "The "), t.start) else t.start
        cue = _EARLIER_EVENT_CUE.search(text, max(bounds[0], head - 40), head)
        if cue is None or not _EVENT_NOUN_AFTER.match(text, t.end):
            return False
        end = bounds[1]
        for m in _EVENT_PHRASE_END.finditer(text, t.end, bounds[1]):
            places = _PLACE_COMMA.finditer(text, max(t.end, m.start() - 30), m.end() + 30)
            if not _EVENT_GOES_ON.match(text, m.start()) and not any(p.start() < m.start() < p.end() for p in places):
                end = m.start()
                break
        if cue.start() <= f.start < end or (
            t.end <= f.start
            and _EVENT_RELATIVE_BEFORE.search(text, t.end, f.start)
            and not _CLAUSE_END.search(text, t.end, f.start)
        ):
            return False  # the happening's own figure ("after the April 20 blast that killed 11 workers")
    return True


def _sole_dates(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int]) -> list[TimeExpression]:
    """The times of a figure's sentence that gave it its date, or none when the sentence has another dated time,
    which could date the figure instead."""
    same = [t for t in doc.times if t.sentence == f.sentence and t.value and re.match(r"^\d{4}", t.value)]
    mine = [t for t in same if t.value == f.as_of and bounds[0] <= t.start < bounds[1]]
    return mine if len(mine) == len(same) else []


# "until" right before a time that ends a span or a wait ("if 40,000 barrels a day keeps flowing until August",
# "does not expect to halt the 19,000 barrels a day until August", "claims that could take until mid-December to
# clear", "increasing output from 4 million barrels a day until 2015"): the time is when the span ends, not when the
# figure held
_SPAN_END_CUE = re.compile(
    r"\b(?:until|till)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|mid-?\s*|early\s+|late\s+)?$", re.I
)
# an "until" that opens its sentence, maybe after a conjunction or "not" ("Until the end of last week, BP said the
# clean-up cost $6 million a day", "Not until May 27 did the group raise the estimate to 25,000 barrels"): the
# sentence tells how things stood up to that time, which dates its figures
_UNTIL_OPENS = re.compile(r"[\s\"“'‘(]*(?:(?:but|and|yet|not|only|up|even|right)\s+)*(?:until|till)", re.I)
# what goes on telling of the span's end right after its time: a figure there is of that time ("slid until 2002, at
# which point its debt had reached 154 percent", "lasting until 1892 and eventually killing a million people")
_SPAN_END_GOES_ON = re.compile(
    r"\s*(?:,\s*(?:at|by)\s+which\s+(?:point|time)|,?\s*when|\s+and\s+(?:[a-z]+ly\s+)?[a-z]+ing)\b", re.I
)


def _dated_by_span_end(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int]) -> bool:
    """Whether a figure's date is only the end of a span its sentence names with "until" (see _SPAN_END_CUE), not
    an "until" that opens the sentence (_UNTIL_OPENS).  False when another time of the sentence could date the
    figure: its own date is then not for this check to choose."""
    text = doc.article.text
    mine = _sole_dates(doc, f, bounds)
    if not mine:
        return False
    for t in mine:
        cue = _SPAN_END_CUE.search(text, max(bounds[0], t.start - 40), t.start)
        if cue is None or _UNTIL_OPENS.fullmatch(text, bounds[0], cue.start() + len(cue.group().split()[0])):
            return False
        goes = _SPAN_END_GOES_ON.match(text, t.end)
        if (
            goes is not None
            and goes.end() <= f.start
            and not _CLAUSE_END.search(text, goes.end(), f.start)
            and "," not in text[goes.end() : f.start]
        ):
            return False
    return True


# a "since" phrase that opens its sentence with no comma after it, then the main clause in the present perfect
# before the figure ("Since the 2009 merger the group has cut 4,000 jobs", "Since the rig sank on April 20 BP has
# paid $3bn"): the time starts the span the count runs over, and the count is as of the writing.  Not a perfect
# of a relative clause inside the phrase ("Since the flood that has killed 40 ...": the happening's own figure)
_SINCE_OPENS = re.compile(r"[\s\"“'‘(]*(?:(?:and|but|yet|ever)\s+)*since\b", re.I)
_MAIN_PERFECT = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:has|have)\s+\w", re.I)


def _dated_by_span_start(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int]) -> bool:
    """Whether a figure's date is only the start of the span a sentence-opening "since" phrase names, the figure
    standing in the main clause's present perfect after it (see _SINCE_OPENS, _MAIN_PERFECT).  False when another
    time of the sentence could date the figure."""
    text = doc.article.text
    mine = _sole_dates(doc, f, bounds)
    if not mine:
        return False
    since = _SINCE_OPENS.match(text, bounds[0])
    if since is None:
        return False
    for t in mine:
        perfect = _MAIN_PERFECT.search(text, t.end, f.start)
        if (
            t.end > f.start
            or perfect is None
            or _CLAUSE_END.search(text, since.end(), f.start)
            or "," in text[since.end() : f.start]
        ):
            return False
    return True


def _participle_phrase(text: str, t: TimeExpression, bounds: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a phrase set off by commas that a participle opens and time ``t`` dates ("Thriller, released in
    1982, is the biggest-selling album": 1982 dates the release, not the album's sales), or None: no such phrase,
    or one that describes a document whose verb then says the figure ("The report, released on Thursday, said
    ...": its release dates what it says)."""
    open_at = text.rfind(",", bounds[0], t.start)
    m = _PARTICIPLE_OPEN.match(text, open_at) if open_at >= 0 else None
    if m is None or not (m.group("verb").endswith("ed") or m.group("verb") in IRREGULAR_PAST_PARTICIPLES):
        return None
    if m.group("verb") in _DOC_VERBS | {"had", "been", "got"} or _CLAUSE_END.search(text, m.end(), t.start):
        return None  # "..., had led the inquiry into the 1988 disaster": a verb of the clause, no participle
    close_at = text.find(",", t.end, bounds[1])
    if close_at < 0 or _CLAUSE_END.search(text, t.end, close_at):
        return None
    main = re.match(r",\s+(?:[a-z]+ly\s+)?([a-z]+)", text[close_at : bounds[1]])
    verb = main.group(1) if main else ""
    if verb in _DOC_VERBS or verb in _NO_MAIN_VERB or not (verb in _FINITE_AUX or verb.endswith(("s", "ed"))):
        # the main clause's finite verb must follow the phrase ("..., is the biggest-selling album", "..., lists
        # for $700,000"); not a participle ("The rig, leased to BP, exploded in April, killing 11") nor a subject
        # ("When Jo Roe, 51, looked at her account last December, she had $448,000")
        return None
    return open_at, close_at + 1


def _now_before_other(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int], others: Sequence[Figure]) -> bool:
    """Whether a figure said to be of now is dated by a time its sentence gives a later figure ("We're at 15,000
    barrels now and we'll be at 28,000 next week": next week is the 28,000's): a present cue between the
    figure and the next figure, and the figure's date only after that next figure."""
    text = doc.article.text
    later = [g.start for g in others if f.end <= g.start]
    if not later:
        return False
    nxt = min(later)
    if not _NOW.search(text, f.end, nxt):
        return False
    own = [t for t in doc.times if t.sentence == f.sentence and t.value == f.as_of and bounds[0] <= t.start < bounds[1]]
    return bool(own) and all(t.start >= nxt for t in own)


# a hedged upper end said after a figure ("35,000 barrels a day, and possibly as much as 60,000 barrels"):
# one range, not two claims
_UPPER_END = re.compile(
    r"(?:\s+[a-z]+(?:\s+a\s+day)?)?\s*,?\s*(?:(?:and|or|but)\s+)?(?:possibly|perhaps|maybe|potentially|even)\s+"
    r"(?P<cue>(?:as\s+(?:much|many|high)\s+as|up\s+to)\s+)?$",
    re.I,
)


def _upper_end(text: str, f: Figure, figures: Sequence[Figure]) -> Figure:
    """A figure with the hedged upper end its sentence says right after it ("35,000 barrels a day, and
    possibly as much as 60,000": 35,000-60,000); unchanged when none follows."""
    if f.value_max is not None:
        return f
    for g in figures:
        if g.sentence == f.sentence and 0 < g.start - f.end <= 60 and g.value > f.value:
            m = _UPPER_END.fullmatch(text[f.end : g.start])
            if m and (m.group("cue") or g.qualifier == "up_to") and g.value <= MAX_RATIO * f.value:
                return f.model_copy(update={"value_max": g.value, "qualifier": "range"})
    return f


_BODY_TYPES = frozenset({"organisation", "government_body", "armed_group"})  # bodies people speak for


# heads of a lower-case phrase that names who holds a figure besides people and offices ("the company", "the
# poll"): a body or a published record stands behind its numbers; and people who tell what they saw or heard
# ("a participant on the call", "his colleagues", "a friend of the family")
_HOLDER_HEADS = frozenset(
    {"company", "firm", "administration", "bureau", "institute", "center", "centre", "commission", "service",
     "board", "union", "association", "network", "newspaper", "poll", "survey", "study", "census", "panel", "team",
     "participant", "colleague", "colleagues", "friend", "friends", "relative", "member", "members", "person",
     "consultancy", "major", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "family",
     "man", "woman", "men", "women"}
) | FIRM_NOUNS  # fmt: skip
# published records that hold a figure when words say whose ("the company's web site", "financial filings")
_RECORD_NOUNS = DOC_NOUNS | {
    "memo", "website", "site", "record", "records", "disclosures", "filings", "results", "audit", "documents",
    "analysis", "presentation",
}  # fmt: skip
_HOLDER_DETS = frozenset({"the", "a", "an", "some", "many", "several", "other", "its", "his", "her", "their", "our"})
_HOLDER_PREPOSITIONS = frozenset(
    {"in", "by", "at", "from", "with", "on", "for", "to", "of", "as", "after", "amid", "during", "since"}
)
# words that end a holder's noun phrase and start what is said of it ("three people familiar with the talks",
# "a friend of the family", "officials at the ministry"): the head is the word before
_HOLDER_TAIL = frozenset({"of", "with", "at", "in", "from", "for", "on", "familiar", "close", "involved", "briefed"})
_HOLDER_NOUNS = ROLE_WORDS | SPEAKER_NOUNS | GROUP_NOUNS | _HOLDER_HEADS
# a word that makes a phrase a clause, not a name ("Evidence of a recession mounts as Germany", "Iata's
# projections - so scaling back"): a parse ran a sentence's words into its speaker
_CLAUSE_WORDS = frozenset(
    {"as", "when", "while", "because", "so", "but", "if", "though", "although", "whereas", "until", "is", "are",
     "was", "were", "has", "have", "had", "-", "\u2013", "\u2014", "--"}
)  # fmt: skip
# bodies a lower-case phrase before a record's noun can name ("government estimates", "the company's figures")
_BODY_HEADS = _HOLDER_HEADS | {
    "government", "ministry", "agency", "police", "military", "army", "department", "council", "office", "embassy",
    "committee", "authorities", "authority", "coastguard", "guard", "media", "group", "groups", "organisation",
    "organization", "coalition", "command", "observatory", "monitor", "opposition", "militia", "forces", "industry",
}  # fmt: skip
# a record's noun right after a phrase ("the official figure", "current estimates", "the official death toll"):
# the phrase is the record's modifier, not its holder
_RECORD_AFTER = re.compile(
    r"\s+(?:(?:death|casualty|case|infection|injury|flow|leak|spill|jobless|unemployment)\s+)?"
    r"(?:figures?|numbers?|counts?|tolls?|tally|tallies|totals?|estimates?|data|statistics|projections?|forecasts?)\b"
    r"(?!\s+(?:that|the|a|an|about|around|some|up|as|its|their|\d))"  # "estimates that 1,600": a verb
)
_BARE_COUNT = re.compile(r"^\d[\d,]*$")  # "800 lawyers": a count of people; "+172.04 Wachovia" is a ticker's line


def _holder_phrase(said_by: str) -> bool:
    """Whether a figure's said_by can name who holds it: a name or an organisation (a capitalised word after
    any opening determiner: "BP", "the US government", "Mexican officials") or a phrase headed by a role,
    a group of people or a body ("the authorities", "three workers", "the company", "three people familiar
    with the talks").  A fragment a parse left ("the newest" of "the newest estimates", "plan", "in a
    statement", "Of the 78 cases"), a clause run into a name ("Evidence of a recession mounts as Germany") or
    a line of numbers before a name names nobody: better unattributed than credited to a non-holder."""
    words = said_by.split()
    if not words or words[0].lower() in _HOLDER_PREPOSITIONS:
        return False  # "in a statement", "Of the 78 cases of H5N1": where or of what it was said, not who
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    if not words[0][:1].isalpha() and not _BARE_COUNT.match(words[0]):
        return False
    while words and words[0].lower() in _HOLDER_DETS:
        words = words[1:]
    if any(w[:1].isupper() for w in words):
        return True
    if not words:
        return False
    # the head is the last word, or the word before what is said of it ("people familiar with the talks",
    # "experts testifying before the committee", "a study conducted after the spill")
    ends = [i for i, w in enumerate(words[1:], 1) if w.lower() in _HOLDER_TAIL or w.lower().endswith(("ing", "ed"))]
    for at in {len(words) - 1, *(i - 1 for i in ends)}:
        head = words[at].lower().strip(".,'’")
        # "a participant", "leaders": the lists hold one number; a published record needs words before it that
        # say whose ("the congressional memo", "financial filings"; "according to plan", "results released"
        # name nobody)
        if {head, head + "s", head.removesuffix("s")} & _HOLDER_NOUNS or (head in _RECORD_NOUNS and at > 0):
            return True
    return False


# the rest of a noun phrase from a said_by to the figure it holds ("the official estimated flow rate of 5,000"):
# words with no determiner among them, so no verb and its object ("officials said the number of ...")
_PHRASE_OF = re.compile(r"(?:\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z][a-z-]*){1,3}\s+of\s+")


def _clause_subject(said_by: str) -> str | None:
    """The name that ends a said_by a clause ran into ("The action comes as BP", "This confirmation came as Jo
    and Al Park": a headline or a clause before the speaker, whose verb of saying follows): the words after
    the last word that makes it a clause, when they open with a capital and name a holder; else None."""
    words = said_by.split()
    cuts = [i for i, w in enumerate(words) if w.lower() in _CLAUSE_WORDS]
    if not cuts:
        return None
    tail = words[cuts[-1] + 1 :]
    if not tail or not tail[0][:1].isupper():
        return None
    name = " ".join(tail)
    return name if _holder_phrase(name) else None


def _record_modifier(text: str, starts: set[int], bounds: tuple[int, int] | None, said_by: str) -> bool:
    """Whether a lower-case said_by is only the opening of a record's noun phrase in its sentence ("The
    official figure for the UK is 1,261 cases", "according to current estimates", "The official estimated flow
    rate of 5,000 barrels"): an adjective, not who holds the figure.  A name or a body before such a noun ("WHO figures", "government estimates") still
    names its holder."""
    words = said_by.split()
    if not words or bounds is None:
        return False
    head = words[-1].lower().strip(".,'’")
    if any(w[:1].isupper() for w in words if w.lower() not in _HOLDER_DETS) or head in _BODY_HEADS:
        return False
    at = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(said_by)}(?!\w)", text[bounds[0] : bounds[1]])]
    return bool(at) and all(
        _RECORD_AFTER.match(text, bounds[0] + e)
        or ((m := _PHRASE_OF.match(text, bounds[0] + e)) is not None and m.end() in starts)
        for e in at
    )


def _other_line(text: str, f: Figure, bounds: tuple[int, int] | None, said_by: str) -> bool:
    """Whether a figure's speaker is only named on another line of its sentence: a live page's entries run
    together without a full stop ("Haiti's premier says 100,000 may have died<newline>2050 The president
    says 30,000"), and one entry's speaker says nothing of the next one's figures."""
    if bounds is None:
        return False
    at = [m.start() for m in re.finditer(re.escape(said_by), text[bounds[0] : bounds[1]])]
    if not at:
        return False
    return all("\n" in text[min(bounds[0] + a, f.start) : max(bounds[0] + a, f.end)] for a in at)


def _counts_its_holder(text: str, f: Figure, bounds: tuple[int, int] | None, said_by: str) -> bool:
    """Whether a figure is written inside its own speaker's phrase: it counts or describes the speakers ("three
    workers say they were kept at sea", "60 percent of respondents said they favor drilling", "the $8 billion
    pension fund said"), and that count is the report's, not a claim the speakers make; or the phrase is a
    parse's run of words that holds the figure ("In Falluja, 40 miles west of Baghdad, ... said one official")."""
    if bounds is None:
        return False
    at = text.find(said_by, bounds[0], bounds[1])
    while at >= 0:
        if at <= f.start and f.end <= at + len(said_by):
            return True
        at = text.find(said_by, at + 1, bounds[1])
    return False


def _speaker_key(name: str, aliases: dict[str, Entity], linked: str | bool | None = False) -> str:
    """A speaker's key: the actor its attribution was linked to in its own article (``linked``: an entity id,
    None when the article did not tell which of several actors the name is, False when no attribution of the
    figure's sentence names this speaker), so that "Mr Hayward" and "Tony Hayward" are one claimant and
    "Mrs Clinton" is the Clinton her report named, not the story's first; else the story's actor of that name;
    else the name as written."""
    if isinstance(linked, str):
        return linked
    if linked is None:
        return name.lower().strip()
    ent = aliases.get(name.lower().strip())
    return ent.id if ent is not None else name.lower().strip()


def _party(
    said_by: str | None,
    role: str | None,
    aliases: dict[str, Entity],
    bodies: Sequence[Entity],
    linked: str | bool | None = False,
) -> frozenset[str]:
    """Who speaks for a claim: its speaker (``linked``: as :func:`_speaker_key`), and the bodies its speaker's
    role names ("BP spokesman", "chief executive of BP"): a company and its officials are one party, whose
    changed figure is a revision."""
    if not said_by:
        return frozenset()
    party = {_speaker_key(said_by, aliases, linked)}
    title = f"{said_by} | {role or ''}"  # "A BP spokesman", or "Jo Park" with the role "chief executive of BP"
    for e in bodies:
        if any(_names(title, name) for name in [e.name, *e.aliases]):
            party.add(e.id)
    if _GOVERNMENT.search(title):
        party.add("government")  # "Government scientists", "the U.S. government": one party with its own panel
    return frozenset(party)


def _claimant_party(
    said_by: str | None,
    sentence: int,
    roles: dict[tuple[int, str | None], str | None],
    aliases: dict[str, Entity],
    bodies: Sequence[Entity],
    linked: dict[tuple[int, str], str | None] | None = None,
) -> frozenset[str]:
    """The party of a figure's claimant.  A joint claimant ("Jo Park and Al Roe", whose attributions the
    understand stage splits, one per person with its own role) is the union of its people's parties; a name
    with "and" in it that the story knows whole ("Globe and Mail") is one.  ``linked``: the actor each
    attribution's speaker was linked to (:func:`_linked`), which keys a speaker before the story's names do."""
    ids = linked or {}

    def one(name: str) -> frozenset[str]:
        return _party(name, roles.get((sentence, name)), aliases, bodies, ids.get((sentence, name), False))

    if said_by and " and " in said_by and said_by.lower().strip() not in aliases:
        parts = [p.strip() for p in said_by.split(" and ") if p.strip()]
        if len(parts) > 1 and all(
            (sentence, p) in roles or ids.get((sentence, p)) or p.lower() in aliases for p in parts
        ):
            return frozenset().union(*(one(p) for p in parts))
    return one(said_by) if said_by else frozenset()


# a speaker that is a government or speaks for one ("Government scientists", "a federal panel", "The U.S. government")
_GOVERNMENT = re.compile(r"\b(?:government|federal|administration)\b", re.I)


# who holds a view a sentence tells without a speaker found ("Scientists analyzing video have pegged the flow at
# 70,000", "BP has been estimating 5,000"): a body named before the verb of the view, or a people of experts
_VIEW_VERB = re.compile(
    r"\b(?:estimat\w*|peg(?:s|ged|ging)?|calculat\w*|believ\w*|reckon\w*|claim\w*|"
    r"(?:put|puts|putting)\s+(?:it|the\s+(?:[\w'’]+\s+){0,2}\w+)\s+at)\b",
    re.I,
)
_EXPERTS = re.compile(
    r"\b(?:(?P<mod>government|federal|independent|outside|university)\s+)?"
    r"(?P<noun>scientists?|researchers?|experts?|academics?|oceanographers?|government|administration)\b",
    re.I,
)
# a view named by its holder just before the figure ("BP's estimate of 5,000", "the official BP figure of 5,000")
_VIEW_NOUN = re.compile(
    r"(?:estimates?|figures?|calculations?)\s+(?:of|at|was|is)\s+(?:about\s+|some\s+|around\s+)?$", re.I
)


# a view word used as a noun, not a verb: followed by "of"/"for" ("estimates of the flow"), or after a
# preposition, article or possessive ("doubt on official estimates", "according to government estimates",
# "BP's estimate", "the claims")
_NOUN_AFTER = re.compile(r"^\s+(?:of|for)\b", re.I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:on|of|to|in|with|by|from|at|than|over|about)\s+(?:(?!(?:it|he|she|they|we|who|which|that)\b)"
    r"[\w'’.-]+\s+){0,2}|\b(?:the|an?|its|their|his|her|our|these|those|such|official|initial|earlier|early|"
    r"latest|previous|new|independent|own)\s+|['’]s?\s+)$",
    re.I,
)


_NOUN_MODIFIERS = 3  # words before a view's noun that may name its holder ("the coastguard's top estimates")


def _view_noun_use(before: str, verb: re.Match[str]) -> bool:
    """Whether a view word ``_VIEW_VERB`` found is a noun ("official estimates of the flow"), whose holder is in
    its modifiers, not its sentence's subject; a participle or put-phrase ("estimated", "put it at") is a verb."""
    word = verb.group()
    if not re.fullmatch(r"(?:estimates?|calculations?|claims?)", word, re.I):
        return False
    return bool(_NOUN_AFTER.match(before[verb.end() :]) or _NOUN_BEFORE.search(before[: verb.start()]))


# a view verb in the passive ("is believed", "was estimated", "are now put"): its subject is what is viewed
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|now\s+|still\s+)?$", re.I)


# the verb of an estimate whose subject holds it, as an active verb ("Scientists estimate", "BP has been estimating",
# "the Red Cross put the toll at"); "believe" and "claim" are left out, mostly passive ("is believed to have killed")
# or a verb of saying the attribution stage reads
_ESTIMATE_VERB = re.compile(
    r"\b(?:estimat(?:e|es|ed|ing)|peg(?:s|ged|ging)?|calculat(?:e|es|ed|ing)|reckon(?:s|ed|ing)?|"
    r"(?:put|puts|putting)\s+(?:it|the\s+(?:[\w'’]+\s+){0,2}\w+)\s+at)\b",
    re.I,
)
# what ends an estimate's subject before its verb: auxiliaries and adverbs ("has also been", "were able to",
# "initially", "now"), which are no part of who holds it
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|been|is|are|was|were|able|to|also|now|still|first|then|(?-i:[a-z]+ly)))+$",
    re.I,
)
# what after a view word makes it a noun: a clause's end, a verb it is the subject of or a preposition it heads
# ("according to government estimates, ...", "Estimates put ...", "estimates released Thursday", "a government
# estimate suggests", "estimates from a team"); a verb of estimating goes on to its object
_VIEW_NOUN_NEXT = re.compile(
    r"\s*[,;:)]|\s+(?:is|are|was|were|has|have|had|say|says|said|suggest|suggests|suggested|show|shows|showed|put|puts|"
    r"released|published|range|ranged|vary|varied|of|for|from|on|by|in)\b",
    re.I,
)
_PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})
ESTIMATOR_REACH = 80  # characters from an estimate's verb to its figure: beyond them the figure is of another clause


def _estimator(doc: AnnotatedArticle, f: Figure, bounds: tuple[int, int], figures: Sequence[Figure]) -> str | None:
    """Who a figure no speaker was found for is the estimate of: the subject of an active verb of estimating
    in the figure's own clause (:func:`_clause_start`), when it is a short noun phrase headed by a name or a
    holder's noun ("The US Coast Guard initially estimated about 200,000 gallons", "BP has been estimating the
    leak was flowing at 5,000 barrels", "Several scientists were able to estimate flow rates at between 40,000
    and 100,000", "The British oil giant has estimated that up to 19,000 barrels"), as written; None for a view
    that names nobody ("Estimates put the leak at", "One measurement put", "an estimated 5,000", "the total
    estimated amount ... is 4.9 million", "A new government estimate suggests"), a pronoun ("He reckons") or a
    figure far from its verb or after another figure of the clause (it may be a later, other view's)."""
    text = doc.article.text
    lo = _clause_start(text, f, bounds, figures)
    before = text[lo : f.start]
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2:
        return None  # inside a quotation: the quoted speaker's words, which the attribution stage reads
    verbs = list(_ESTIMATE_VERB.finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    if (
        len(before) - verb.end() > ESTIMATOR_REACH
        or _VIEW_NOUN_NEXT.match(before, verb.end())
        or any(lo + verb.end() <= g.start and g.end <= f.start for g in figures)
    ):
        return None
    end = lo + verb.start()
    if _PASSIVE.search(text, lo, end) and not re.search(r"\bbeen\s+$", text[lo:end], re.I):
        return None  # "the quake is estimated to have killed": its subject holds no view
    if re.search(r"\bbeen\s+$", text[lo:end], re.I) and not verb.group().lower().endswith("ing"):
        return None  # "has been estimated at": a passive
    # a time that opens the clause is no part of its subject ("Last year Amnesty calculated"); one inside it
    # is ("A recent study by Acme estimated")
    start = max([lo, *(t.end for t in doc.times if lo <= t.start and t.end <= end and not text[lo : t.start].strip())])
    subject = _SUBJECT_TAIL.sub("", " " + text[start:end].split(",")[-1].rstrip()).strip()
    subject = LEADING_JUNK_RE.sub("", subject)  # "..., and the Red Cross has estimated": no part of who
    words = subject.split()
    if not words or len(words) > 6 or any(w.lower() in _PERSONAL_PRONOUNS for w in words):
        return None
    if any(w.islower() and w.endswith("ing") for w in words):
        return None  # "including an Interior Department estimate", "prompting one expert to put": a clause
    if re.search(r"['’]s?$", words[-1]):
        return None  # "BP's estimated spill rate", "Haiti's estimated population": an adjective of a noun phrase
    last = words[-1].lower().strip(".,'’")
    if last in _RECORD_NOUNS or last.rstrip("s") in _RECORD_NOUNS or last in _HOLDER_DETS:
        return None  # "Independent estimates have put", "Official estimates put": nobody named
    # a name: a capitalised head after other words, an acronym, or a word the tagger names ("Calomiris"), not
    # a common word capitalised only because it opens the sentence
    at = text.rfind(words[-1], start, end)
    named = words[-1][:1].isupper() and (
        len(words) > 1
        or words[-1].isupper()
        or any(m.start <= at < m.end and m.label not in _PLACE_LABELS for m in doc.mentions)
    )
    holder = {last, last.removesuffix("s")} & (_HOLDER_NOUNS | _BODY_HEADS | FIRM_NOUNS | FIRM_EPITHETS)
    if not (named or holder) or not _holder_phrase(subject):
        return None
    return subject


def _sentence_party(
    text: str,
    f: Figure,
    bounds: tuple[int, int],
    mentions: Sequence[Mention],
    bodies: Sequence[Entity],
    figures: Sequence[Figure] = (),
) -> frozenset[str]:
    """Who holds the view a sentence tells of a figure when no speaker was found: the bodies and experts named
    in its clause (:func:`_clause_start`: never a neighbour clause's holder) before the verb of the view
    ("Scientists analyzing video ... have pegged the flow at 70,000", "BP has been estimating 5,000"), after a
    passive one's "by" ("is believed to have killed 68" names none), or just before the view's noun ("the
    official BP figure of 5,000"); empty when the clause names none.  A party read so only tells two
    unattributed figures of one article apart (see ``_conflict``); it is never shown as a speaker."""
    lo = _clause_start(text, f, bounds, figures)
    before = text[lo : f.start]
    # the last verb: "one estimate by a government panel puts it at"
    verbs = list(_VIEW_VERB.finditer(before))
    verb = verbs[-1] if verbs else None
    if verb is not None and _view_noun_use(before, verb):
        # a view's noun: its holder is in the few words that modify it ("the coastguard's top estimates of the
        # loss, which range from"), not the subject of the verb it is an object of ("scientists cast doubt on
        # official estimates of the flow, saying the figure of 5,000": the doubters hold no view of 5,000)
        words = list(re.finditer(r"\S+\s+", before[: verb.start()]))
        head = (lo + (words[-_NOUN_MODIFIERS].start() if len(words) >= _NOUN_MODIFIERS else 0), lo + verb.start())
        verb = None
    elif verb is not None:
        head = (lo, lo + verb.start())
    participle = verb is not None and re.match(r"\w+ed\b|put\b", verb.group(), re.I) is not None
    if verb is not None and participle and _PASSIVE.search(before, 0, verb.start()):
        # "a virus is believed to have caused 68 deaths": its subject holds no view; "by" may name who does
        agent = re.match(r"\s+by\s+", before[verb.end() :])
        if agent is None:
            return frozenset()
        head = (lo + verb.end(), f.start)
    elif verb is not None:
        pass
    elif noun := _VIEW_NOUN.search(before):
        head = (lo + max(0, noun.start() - 40), lo + noun.start())
    elif not verbs:
        return frozenset()
    ids = {e.id for e in bodies}
    party = {m.entity for m in mentions if m.entity in ids and head[0] <= m.start and m.end <= head[1]}
    for m in _EXPERTS.finditer(text, *head):
        party.add(m.group("noun").lower().rstrip("s"))
        if m.group("mod") and m.group("mod").lower() in ("government", "federal"):
            party.add("government")
    return frozenset(p for p in party if p)


# where a clause of its own begins: a semicolon, colon or dash, or a conjunction that sets one view against
# another ("BP put the flow at 5,000 barrels, but scientists estimate 60,000"; "..., while experts reckon")
_CLAUSE_CUT = re.compile(
    r"[;:]|\s-\s|--|\u2014|(?:,\s*|\s)(?:but|while|whereas|although|though|yet)\s+"
    r"(?![\d$£€]|(?:also|not|only|about|around|some|nearly|almost|up|as|more|less|at|by|to|in|of)\b)",
    re.I,
)


# a clause joined after one that gave a figure ("BP's estimate was 1,000 barrels, and NOAA put it at 5,000"; "...
# understated the flow, which is now put at 12,000")
_AFTER_FIGURE_CUT = re.compile(r",\s*(?:and|which|where)\s+", re.I)
# a view's noun a relative clause tells more of ("the government's top estimates of the spill, which range from")
_VIEW_NOUN_END = re.compile(
    r"\b(?:estimates?|figures?|calculations?)(?:\s+(?:of|for)(?:\s+[^\W\d][\w'’-]*){1,5})?$", re.I
)


def _clause_start(text: str, f: Figure, bounds: tuple[int, int], figures: Sequence[Figure] = ()) -> int:
    """Where the clause of a figure begins in its sentence: after the last clause cut (``_CLAUSE_CUT``, or
    ``_AFTER_FIGURE_CUT`` after another of the sentence's ``figures``) before it, else at the sentence's start."""
    end = max(bounds[1], f.end)
    cut = [m.end() for m in _CLAUSE_CUT.finditer(text, bounds[0], end) if m.end() <= f.start]
    prior = [g.end for g in figures if bounds[0] <= g.end and g.start < f.start and g.end <= f.start]
    if prior:
        cut += [
            m.end()
            for m in _AFTER_FIGURE_CUT.finditer(text, min(prior), f.start)
            if not _VIEW_NOUN_END.search(text, bounds[0], m.start())  # "the estimates, which range from"
        ]
    return max(cut) if cut else bounds[0]


def _own_clause_holder(
    text: str,
    f: Figure,
    bounds: tuple[int, int],
    mentions: Sequence[Mention],
    bodies: Sequence[Entity],
    figures: Sequence[Figure] = (),
) -> frozenset[str]:
    """The holder a figure credited to its sentence's speaker has in a clause of its own ("BP said the flow
    was 5,000 barrels, but scientists have pegged it at 60,000": the 60,000 is the scientists', not BP's):
    the party :func:`_sentence_party` reads in the figure's clause, when the speaker is named before that
    clause's cut and not in it or after the figure, and the figure is not in quotation marks; else empty.  A
    clause that names no holder of its own ("BP said 5,000 barrels leaked, but that it could be more") stays
    the speaker's."""
    lo = _clause_start(text, f, bounds, figures)
    speaker = (f.said_by or "").strip()
    if lo == bounds[0] or not speaker:
        return frozenset()
    names = [speaker, *(p.strip() for p in speaker.split(" and ") if p.strip())]
    if not any(_names(text[bounds[0] : lo], n) for n in names) or any(_names(text[lo : f.start], n) for n in names):
        return frozenset()  # the speaker is in the figure's own clause, or not named before it ("..., BP said")
    if any(_names(text[f.end : bounds[1]], n) for n in names):
        return frozenset()  # "..., but scientists put it at 60,000, BP said": the whole sentence is reported
    before = text[bounds[0] : f.start]
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2:
        return frozenset()  # inside a quotation: the speaker's words
    return _sentence_party(text, f, bounds, mentions, bodies, figures)


def _names(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` as whole words ("BP spokesman" names BP; "BPX" does not)."""
    name = name.strip()
    return len(name) >= 2 and re.search(rf"(?<!\w){re.escape(name)}(?:['’]s)?(?!\w)", text) is not None


def _affiliated(claims: list[Claim]) -> list[Claim]:
    """Claims whose speaker is, somewhere in the story, said to speak for a body (Jo Park, "BP spokesman"
    in one article, plain "Jo Park" in the next) speak for that body everywhere."""
    bodies: dict[str, set[str]] = {}
    for c in claims:
        if c.said_by:
            bodies.setdefault(c.said_by.lower().strip(), set()).update(c.party)
    out = []
    for c in claims:
        if c.said_by and (more := bodies[c.said_by.lower().strip()] - c.party):
            c = dataclasses.replace(c, party=c.party | more)
        out.append(c)
    return out


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})  # mentions that name where, not who
_HOLDER_GAP = 30  # characters between a share and the name before it that owns it ("BP owns 65%")


def _holder(
    text: str, f: Figure, bounds: tuple[int, int], what: str, mentions: Sequence[Mention], act: str = ""
) -> str:
    """What a figure is of, when its clause says so: for a share, the name just before it in its phrase
    ("BP owns 65% of the well" / "Anadarko owns 25%": two owners' shares, not two versions of one); for an
    output ("Acme pumps 40,000 barrels a day", "the 2 million barrels a day that Acme produces"), the name
    nearest it in its clause, its producer: one company's output and another's are two quantities.  "" when
    unsaid: only two claims that both say it, differently, are of two things.  (A flow's source noun, "leaked
    from a pipeline", was tried and left out: "from the gusher" / "from the well" name one source.)"""
    if act == "produce":
        before, after = _windows(text, f, *bounds)
        lo, hi = f.start - len(before), f.end + len(after)
        named = [
            m
            for m in mentions
            if m.sentence == f.sentence and lo <= m.start and m.end <= hi and m.label not in _PLACE_LABELS
        ]
        producer = min(named, key=lambda m: f.start - m.end if m.end <= f.start else m.start - f.end, default=None)
        return (producer.entity or producer.text.lower()) if producer is not None else ""
    if what == "percent":
        near = [
            m
            for m in mentions
            if m.sentence == f.sentence
            and m.end <= f.start
            and f.start - m.end <= _HOLDER_GAP
            and not re.search(r"[,;:()\u2014\u2013]|\s-\s", text[m.end : f.start])
        ]
        best = max(near, key=lambda m: m.end, default=None)
        return (best.entity or best.text.lower()) if best is not None else ""
    return ""


def _clause_before(text: str, at: int, bounds: tuple[int, int] | None) -> str:
    """The words of a date's clause before it (at most ``_PERIOD_REACH`` characters, within its sentence):
    where a cue that opens a period ("since a rig exploded off Louisiana last week", "after the rig sank
    last week") is looked for."""
    before = text[max(bounds[0] if bounds else 0, at - _PERIOD_REACH) : at]
    cut = list(_CLAUSE_END.finditer(before))
    return before[cut[-1].end() :] if cut else before


def _story_start(docs: Sequence[AnnotatedArticle]) -> str | None:
    """The day of the story's first article: what is background is dated a year before it."""
    days = sorted(d.article.published.value for d in docs if d.article.published.value)
    return date_bounds(days[0])[0] if days else None


def _background_date(as_of: str | None, start: str | None) -> bool:
    """A date over ``BACKGROUND_DAYS`` before the story's first article ("in 1988")."""
    if not (start and as_of and re.match(r"^\d{4}", as_of)):
        return False
    limit = dt.date.fromisoformat(start) - dt.timedelta(days=BACKGROUND_DAYS)
    return date_bounds(as_of)[1] < limit.isoformat()


def _noun_phrase(phrase: str) -> bool:
    """Whether a subject read from the text can name a thing: no word of it is a function word, a
    pronoun or a verb of speech or approval ("voters approve and", "value since the", "what she")."""
    words = re.findall(r"[\w'’]+", phrase.lower().replace("’", "'"))
    return bool(words) and not any(w in _FUNCTION_WORDS for w in words)


# a figure given as the alternative to the one before it ("40,000 barrels or possibly even 60,000"): the words
# between the two, from the first figure's number
_ALTERNATIVE = re.compile(
    r"\d[\d,.]*(?:\s+[a-z]+){0,3}\s*,?\s+or\s+(?:(?:possibly|perhaps|maybe|even|as\s+(?:much|many|high)\s+as)\s+)*$"
)


# what a thing has enough of to do ("will put enough vessels on site by the end of June to handle 53,000 barrels a
# day"): a capacity, not a measure
_CAPACITY = re.compile(r"\benough\b(?:\s+[\w'’-]+){0,10}?\s+to\s+[a-z]+\s+(?:up\s+to\s+|about\s+|some\s+)?$")
# a count's passive verb of permission after its subject ("6,000 Guard members from four states have been authorized"),
# the subject's own words first (no other verb between)
_GRANTED = re.compile(
    r"^(?:\s+(?!(?:has|have|had|was|were|is|are)\b)[\w'’-]+){0,8}?\s+(?:has|have|had|was|were|is|are)\s+"
    r"(?:(?:been|now|already|so\s+far)\s+)*(?:authori[sz]ed|approved|requested|offered|made\s+available)\b",
    re.I,
)


def _projected(text: str, f: Figure, start: int, end: int) -> bool:
    """Whether the clause around a figure says it as a plan, permission, hope or forecast: a cue in the
    60 characters before it or the 50 after, within its clause ("has been authorized for deployment").  A
    figure that opens a bracket restates the words before it ("we'll be at 28 (28,000 barrels) next week"):
    its clause is the one the bracket is in."""
    lo = max(start, f.start - 3)
    opening = re.search(r"\(\s*$", text[lo : f.start])
    at = lo + opening.start() if opening else f.start
    # an alternative to the figure before ("could increase to 40,000 barrels or possibly even 60,000") is said in
    # that figure's mood: its clause is the one before that figure
    while alternative := _ALTERNATIVE.search(text[max(start, at - 40) : at]):
        at = max(start, at - 40) + alternative.start()
    before = text[max(start, at - 60) : at]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    after = text[f.end : min(end, f.end + 50)]
    stop = re.search(_CLAUSE_END.pattern + "|,", after)
    if stop:
        after = after[: stop.start()]
    if _PROJECTION.search(before) or _PROJECTION.search(after) or _CAPACITY.search(text[max(start, at - 100) : at]):
        return True
    # a count whose verb, past a long subject, grants it ("About 6,000 Louisiana National Guard members have been
    # authorized for use"): a permission, not a measure of what is done
    granted = _CLAUSE_END.split(text[f.end : min(end, f.end + 2 * _SUPPOSED_REACH)])[0].split(",")[0]
    if _GRANTED.match(granted):
        return True
    # a negated figure ("BP says it does not indicate that the 100,000") and one said in a condition ("if it
    # starts to collect 50,000") are searched for in its comma-bounded phrase, a supposed case over the rest of
    # its clause, brackets left out
    if _NEGATED.search(before.rsplit(",", 1)[-1]) or _CONDITION.search(before.rsplit(",", 1)[-1]):
        return True
    rest = _BRACKETS.sub("", text[f.end : min(end, f.end + 2 * _SUPPOSED_REACH)])
    stop = _CLAUSE_END.search(rest)
    rest = rest[: stop.start() if stop else len(rest)][:_SUPPOSED_REACH]
    return bool(_SUPPOSED.search(before) or _SUPPOSED.search(rest))


# a count its clause says was ruled out ("13 suspected cases tested negative", "ruled out in 40 people", "were
# cleared", "proved to be false alarms"): not a count of cases, suspected or confirmed, still standing
_RULED_OUT = re.compile(
    r"\b(?:(?:tested|tests?\s+(?:were|came\s+back|proved)|came\s+back|proved|proven|were|was|been)\s+negative|"
    r"negative\s+(?:tests?|results?)|ruled\s+out|discounted|false\s+alarms?|"
    r"(?:were|was|been|since|later|all)\s+(?:been\s+)?(?:cleared|discharged\s+as\s+negative))\b",
    re.I,
)


def _ruled_out(text: str, f: Figure, start: int, end: int) -> bool:
    """Whether a count's clause says the cases it counts were ruled out: a cue in its clause after it ("13
    suspected cases there tested negative") or in the 40 characters before it ("tests ruled out the virus in
    13 people")."""
    before, after = _windows(text, f, start, end)
    return bool(_RULED_OUT.search(before[-40:].rsplit(",", 1)[-1]) or _RULED_OUT.search(after))


def _windows(text: str, f: Figure, start: int, end: int, reach: int = _ACT_WINDOW) -> tuple[str, str]:
    """The words of a figure's clause before and after it, brackets left out (a conversion such as
    "(210,000 gallons)" says nothing of the act), at most ``reach`` characters each."""
    before = _BRACKETS.sub("", text[max(start, f.start - 3 * _ACT_WINDOW) : f.start])
    cut = list(_CLAUSE_END.finditer(before))
    after = _BRACKETS.sub("", text[f.end : min(end, f.end + 3 * _ACT_WINDOW)])
    stop = _CLAUSE_END.search(after)
    if cut and stop and _DASH.fullmatch(cut[-1].group()) and _DASH.fullmatch(stop.group()):
        # a figure set off by dashes ("only a fifth of the oil - around 800,000 barrels - was captured") is an
        # aside: its clause is the one around the dashes
        inner = before[cut[-1].end() :]
        before = before[: cut[-1].start()]
        outer = list(_CLAUSE_END.finditer(before))
        before = (before[outer[-1].end() :] if outer else before) + " " + inner
        after = after[stop.end() :]
        stop = _CLAUSE_END.search(after)
    elif cut:
        before = before[cut[-1].end() :]
    if stop:
        after = after[: stop.start()]
    return before[-reach:], after[:reach]


def _act(text: str, f: Figure, start: int, end: int) -> str:
    """What is done to a volume or a flow: the act word nearest the figure in its clause ("collecting about
    15,000 barrels a day" -> "capture"; "5,000 barrels a day are leaking" -> "release"), skipping a noun
    that says where ("collected from the leaking well") or when ("since the leak began, 4 million gallons
    have been siphoned"); "" when its clause names none."""
    before, after = _windows(text, f, start, end)
    whole = bool(_WHOLE_OF_PART.search(before) or _OF_WHICH.match(after))
    # the clause before the window too, where the view an act word publishes may be named ("The estimate the
    # operator leaked to reporters put it at")
    wide, _ = _windows(text, f, start, end, 3 * _ACT_WINDOW)
    cut = len(wide) - len(before)
    best: tuple[int, str] | None = None
    for m in _ACT.finditer(wide):
        if m.start() >= cut and _figure_act(wide, m):
            best = (len(wide) - m.end(), m.lastgroup or "")
    for m in _ACT.finditer(after):
        if _figure_act(after, m):
            if best is None or m.start() < best[0]:
                best = (m.start(), m.lastgroup or "")
            break
    if best is None:
        # no act near the figure: its own words may name it ("5,000 barrels of oil spewing each day"), or its
        # clause the rate it gives further off ("the average flow rate of oil from the well between 22 April
        # (the day the rig sank) and 3 June was 56,000 barrels a day"); not any verb of the clause ("carrying
        # 54m gallons of crude oil the debacle continues to spew oil": the tanker's cargo, not a leak's)
        own = text[f.start : f.end]
        kinds = {m.lastgroup or "" for m in _ACT.finditer(own) if _figure_act(own, m)}
        lead = re.split(_CLAUSE_END.pattern + "|,", _BRACKETS.sub("", text[start : f.start]))[-1]
        if _RATE_NOUN.search(lead):
            kinds.add("release")
        return kinds.pop() if len(kinds) == 1 else ""
    if whole and best[1] == "capture":
        # "266,000 barrels had been collected out of a total of 6m barrels", "only 10 percent of the 4.1 million
        # barrels have been recovered", "4.9m barrels, of which 800,000 were siphoned": the capture is the part's;
        # the whole is what was spilled ("three-quarters of the 4.9m barrels leaked into the Gulf"), when said
        return ""
    return best[1]


# a figure named as the whole a part is measured against ("collected out of a total of", "10 percent of the",
# "three-quarters of the"): what the clause says is done is done to the part
_WHOLE_OF_PART = re.compile(
    r"(?:\bout\s+of|(?:\d|\b(?:percent|per\s+cent|half|(?:third|quarter|fifth|tenth)s?)\b)\s*%?\s+of)"
    r"\s+(?:the\s+|a\s+total\s+of\s+|an\s+estimated\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
# ... or said after it ("4.9m barrels, of which 800,000 were siphoned off"), past the figure's own words ("of oil")
_OF_WHICH = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s*,?\s*(?:out\s+)?of\s+(?:which|whom|these|those)\b", re.I)
# a volume said of a stretch of time shorter or other than the whole ("in the first 12 hours of Monday", "over the
# past eighteen hours", "in the 12-hour stretch", "in the first three days", "from midnight to noon", "between June 3
# and June 6"): one stretch's amount, no point of a running total's history.  Hours are always a part of a story
# told in days; days or weeks only when said to be the first ones: the past or last ones may be the whole ("has
# leaked 19 million gallons over the past five weeks", said five weeks after the blowout), and so may ones counted
# from an event ("in the first 80 days since the blowout")
_SPAN_NUMBER = rf"(?:\d+|{WORD_NUMBER})"
_STRETCH = re.compile(
    rf"\b(?:in|over|during|within|for)\s+(?:the\s+)?(?:(?:first|last|past|previous|next|latest)\s+)?"
    rf"{_SPAN_NUMBER}(?:\s+|-)hours?\b|\b{_SPAN_NUMBER}-hour\s+(?:stretch|period|span|window)\b|"
    rf"\b(?:in|over|during|within|for)\s+(?:the\s+)?first\s+{_SPAN_NUMBER}"
    r"(?:\s+|-)(?:days?|weeks?)\b(?!\s+since\b)|"
    r"\bfrom\s+(?:midnight|noon|dawn)\b|\bbetween\s+(?:" + "|".join(calendar.month_name[1:]) + r")\s+\d",
    re.I,
)
# one day said after a collected volume ("25,000 barrels were recovered from the sea on Thursday"): that day's
# amount, unless a verb of saying comes between ("..., BP said on Monday": the report's day) or a total's cue
_WEEKDAY_AFTER = re.compile(
    r"^(?P<gap>[^,;]{0,50}?)\bon\s+(?:" + "|".join(WEEKDAYS) + r")\b"
    r"(?!['’]s|\s+(?:morning|afternoon|evening|night|and|to|through|or)\b)",
    re.I,
)
_RUNNING_CUE = re.compile(r"\b(?:so\s+far|to\s+date|in\s+all|in\s+total|a\s+total|since|altogether)\b", re.I)


def _restated_act(text: str, f: Figure, figures: Sequence[Figure], span: dict[int, tuple[int, int]]) -> str:
    """The act of the flow a flow restates, when its own clause names none: a conversion of a flow said in
    another unit in its sentence or the three before it ("the containment operation was catching 630,000
    gallons daily ... 'We're only at 15 (15,000 barrels) now'"): the same quantity, so the same act -- oil
    collected, not oil leaking.  Equal to within rounding; the nearest such flow before it decides."""
    litres, unit = to_canonical(f.value, f.unit)
    top, _ = to_canonical(f.value_max or f.value, f.unit)
    base = (f.unit or "").partition("/")[0]
    for g in sorted(figures, key=lambda g: g.start, reverse=True):
        if g.start >= f.start or not 0 <= f.sentence - g.sentence <= 3 or g.what != "flow":
            continue
        g_litres, g_unit = to_canonical(g.value, g.unit)
        g_top, _ = to_canonical(g.value_max or g.value, g.unit)
        if g_unit != unit or (g.unit or "").partition("/")[0] == base or (g.value_max is None) != (f.value_max is None):
            continue
        if restates(litres, top, g_litres, g_top):
            return _act(text, g, *span.get(g.sentence, (0, len(text))))
    return ""


def _stretch(text: str, f: Figure, bounds: tuple[int, int], act: str) -> bool:
    """Whether a volume is said of a stretch of time (``_STRETCH``: "in the first 12 hours", "between June 3 and June
    6"), or, collected, of one day said after it ("were recovered from the sea on Thursday"): one stretch's amount,
    not a total."""
    before, after = _windows(text, f, *bounds)
    if _STRETCH.search(before) or _STRETCH.search(after):
        return True
    m = _WEEKDAY_AFTER.match(after) if act == "capture" else None
    if m is None or _RUNNING_CUE.search(before) or _RUNNING_CUE.search(m.group("gap")):
        return False
    words = re.findall(r"[a-z]+", m.group("gap").lower())
    return not any(w in REPORTING_PAST or w in REPORTING_PRESENT for w in words)


# a leak's rate named before its figure ("the average flow rate of oil from the well ... was 56,000 barrels a day")
_RATE_NOUN = re.compile(
    r"\b(?:flow|leak|spill|discharge|release)\s+rates?\b|\brates?\s+of\s+(?:the\s+)?(?:flow|leak|spill)", re.I
)


def _figure_act(window: str, m: re.Match[str]) -> bool:
    """Whether an act word of a figure's window is done to the figure's quantity: not a noun that says where
    ("collected from the leaking well") or when ("since the leak began"), nor the publishing of a view
    ("estimates released today", "the estimate the company leaked")."""
    lead = window[: m.start()]
    if _ACT_PLACE.search(lead) or _ACT_WHEN.search(lead):
        return False
    return not (_PUBLISH_ACT.match(m.group(0)) and _VIEW_PUBLISHED.search(lead))


def _per_period(text: str, f: Figure, start: int, end: int, period: re.Pattern[str] = _PER_DAY) -> bool:
    """Whether a figure's clause gives it a period: a volume's ("12,000 barrels leaking each day", "the daily
    leak is estimated at 5,000 barrels"): a flow the figures stage read as a volume; with ``_PER_YEAR``, a
    count's ("kills up to 500,000 people a year", "usually"): a rate, not a total."""
    before, after = _windows(text, f, start, end)
    return bool(period.search(before) or period.search(after))


# the words of a figure's own phrase: up to the figure before it and the one after it, a comma or a clause's end
_PHRASE_END = re.compile(_CLAUSE_END.pattern + r"|,")
# a period said right after another figure ("40,000 barrels per day a total of 2m barrels"): that figure's
_OTHERS_PERIOD = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:(?:a|an|per|each|every)\s+(?:day|hour|week)|daily)\b", re.I)
# the words between a flow and its conversion ("70,000 barrels of oil a day, or 2.9m gallons")
_CONVERSION = re.compile(
    r"\s*(?:(?:of\s+)?(?:oil|crude|water|gas)\s+)?(?:(?:a|an|per|each|every)\s+(?:day|hour|week)|daily)?\s*,?\s*"
    r"(?:or|i\.e\.|\(|equal\s+to|equivalent\s+to)\s*(?:about|some|roughly|nearly|almost|around)?\s*",
    re.I,
)
FLOW_RATIO = 5  # a volume at most this many times a flow of its unit in its sentence is a value of that flow


def _own_phrase(text: str, f: Figure, figures: Sequence[Figure]) -> tuple[str, str]:
    """The words of a figure's own phrase before and after it: from the figure before it in its sentence (its
    period left out: "40,000 barrels per day a total of") or the last comma or clause break, to the next
    figure, comma or clause break, brackets left out."""
    same = [g for g in figures if g.sentence == f.sentence and g is not f]
    start = max(0, f.start - 3 * _ACT_WINDOW)
    lo = max((g.end for g in same if g.end <= f.start), default=start)
    hi = min((g.start for g in same if g.start >= f.end), default=f.end + 3 * _ACT_WINDOW)
    before = _BRACKETS.sub("", text[max(lo, start) : f.start])
    if lo > start and (m := _OTHERS_PERIOD.match(before)):
        before = before[m.end() :]  # the figure before's period
    before = _PHRASE_END.split(before)[-1]
    after = _PHRASE_END.split(_BRACKETS.sub("", text[f.end : min(hi, f.end + 3 * _ACT_WINDOW)]))[0]
    return before, after


# whether a count is of confirmed cases or only of suspected ones ("seven laboratory-confirmed deaths", "19 have been
# confirmed"; "101 suspected deaths", "suspected of killing at least 60", "149 possible deaths")
_STATUS = re.compile(
    r"\b(?:(?P<confirmed>(?:laboratory|lab)[- ]confirmed|confirmed|confirms?)|"
    r"(?P<suspected>suspected|presumed|(?:possible|probable|potential)(?=[\"'”’]?\s+(?:[\w-]+\s+){0,2}"
    r"(?:cases?|deaths?|infections?|fatalit(?:y|ies)|victims?)\b)|"
    r"(?:believed|thought)\s+to\s+have))\b",
    re.I,
)


# a status said of another count in the sentence: before a conjunction after the count before ("67,000
# confirmed cases and some 300 deaths"), in another predicate after "and" ("killed 167 and been confirmed in
# 40,000"), or by the verb of a part drawn from this count ("20 of the 149 deaths have been confirmed")
_STATUS_CONJUNCTION = re.compile(r"\b(?:and|or|but|while)\b", re.I)
_STATUS_OTHER_PREDICATE = re.compile(r"\b(?:and|but|while)\s+(?=(?:been|have|has|had|was|were|is|are|the)\b)", re.I)
_STATUS_VERB = re.compile(r"\b(?:have|has|had|were|was|are|is|been)\b", re.I)
_WHOLE_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_STATUS_AFTER = 40  # characters of a count's phrase after it that may say its status ("19 have been confirmed")


def _status(text: str, f: Figure, figures: Sequence[Figure]) -> str:
    """Whether a count's own phrase says it counts confirmed cases ("confirmed") or suspected ones
    ("suspected"); "" when it says neither, or both ("8,585 probable and confirmed cases")."""
    before, after = _own_phrase(text, f, figures)
    after = _STATUS_OTHER_PREDICATE.split(after)[0]  # "killed 167 and been confirmed in 40,000": the other count's
    prev = [g for g in figures if g.sentence == f.sentence and g.end <= f.start]
    if prev:
        # "67,000 confirmed cases and some 300 deaths": a status before the conjunction is the count before's
        before = _STATUS_CONJUNCTION.split(before)[-1]
        if _WHOLE_OF.fullmatch(text[max(g.end for g in prev) : f.start]):
            after = _STATUS_VERB.split(after)[0]  # "20 of the 149 deaths have been confirmed": the part's status
    phrase = f"{before} {text[f.start : f.end]} {after[:_STATUS_AFTER]}"
    kinds = {m.lastgroup or "" for m in _STATUS.finditer(phrase)}
    return kinds.pop() if len(kinds) == 1 else ""


def _flow_read_as_volume(text: str, f: Figure, figures: Sequence[Figure]) -> bool:
    """Whether a volume its clause says with a period (``_per_period``) is a flow the figures stage read
    without it: the period is in the figure's own phrase, between the figures before and after it ("the
    210,000 gallons of oil that are gushing each day", "the daily leak of 5,000 barrels"), or the figure is
    of the size of a flow its sentence gives in its unit ("increased from 5,000 barrels to between 35,000
    and 60,000 barrels per day", "12,000 barrels per day, and it could be as much as 19,000 barrels").  Not
    a volume its clause says with another figure's period ("at the current estimate of 40,000 barrels per
    day, a total of 2m barrels"), nor one with a period elsewhere in its clause ("the largest spill, which
    leaked for months, lost about 1,500 barrels")."""
    same = sorted((g for g in figures if g.sentence == f.sentence and g is not f), key=lambda g: g.start)
    prev = [g for g in same if g.end <= f.start]
    if prev and prev[-1].what == "flow" and _CONVERSION.fullmatch(text[prev[-1].end : f.start]):
        return True  # "70,000 barrels of oil a day, or 2.9m gallons": the flow said in another unit
    before, after = _own_phrase(text, f, same)
    if _PER_DAY.search(before) or _PER_DAY.search(after):
        return True
    base = _unit_base(f.unit)
    top = f.value_max or f.value
    return any(
        g.what == "flow" and _unit_base(g.unit) == base and top <= FLOW_RATIO * (g.value_max or g.value) for g in same
    )


# the means by which oil is taken out of the sea: skimming, burning and the containment at the well are three
# operations, each with its own running tally ("266,000 barrels collected by skimmers", "127,000 barrels collected
# since fitting a container on the wellhead", "relied on burning to remove 238,095 barrels")
_MEANS = {
    "skim": r"skim\w*",
    "burn": r"burn\w*|flar(?:e|ed|es|ing)|incinerat\w*",
    "contain": r"caps?|container|containment|siphon\w*|tubes?|riser|funnel\w*|systems?|vessels?|ships?|drillships?"
    r"|wellhead|at\s+the\s+(?:site\s+of\s+the\s+)?(?:leaking\s+|blown\s+|damaged\s+|ruptured\s+)?(?:well|leak)",
}
_MEAN = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _MEANS.items()) + r")\b", re.I)


def _means_before(before: str) -> frozenset[str]:
    """The means the sentence before a collected volume names, when the volume's own phrase names none: a tally
    often follows the sentence that names its operation ("Operations to skim oil were suspended for three days.
    To date, these operations have recovered 673,497 barrels")."""
    return frozenset(m.lastgroup or "" for m in _MEAN.finditer(before))


_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas)\s+", re.I)


def _means(text: str, f: Figure, figures: Sequence[Figure]) -> frozenset[str]:
    """The means a collected volume's own phrase names (``_MEANS``): oil skimmed, burned and siphoned at the well
    are three totals that grow apart, so two collected volumes are points of one series only when their phrases
    name the same means (or both none).  "Collected or burned" names both: a combined tally, a quantity of its
    own."""
    before, _ = _own_phrase(text, f, figures)
    # after it, its whole clause up to the next figure ("1.2 million barrels have been accounted for, either burned,
    # captured or skimmed"), brackets left out
    nxt = min((g.start for g in figures if g.sentence == f.sentence and g.start >= f.end), default=len(text))
    rest = _BRACKETS.sub("", text[f.end : min(nxt, f.end + 3 * _ACT_WINDOW)])
    first = _CLAUSE_END.search(rest)
    if first and _DASH.fullmatch(first.group()) and _DASH.search(text[max(0, f.start - 20) : f.start]):
        # an aside set off by dashes ("-- about 632,410 barrels -- was captured at the well")
        rest = rest[first.end() :]
    after = _NEXT_CLAUSE.split(_CLAUSE_END.split(rest)[0])[0]  # "67,143 barrels, and BP has relied on burning"
    return frozenset(m.lastgroup or "" for m in _MEAN.finditer(f"{before} {after}"))


# a figure its clause names as the low or high end of the estimates ("the lowest estimate that the scientists think
# credible is about 20,000 barrels", "a reasonable lower figure is 11,000", "returned a high-end rate of 25,000"): one
# end of a spread, which read alone misstates the estimate
_RANGE_END = re.compile(
    r"\b(?:lowest|highest|lower|upper|low|high)(?:[- ]end)?\s+(?:(?:credible|plausible|reasonable|possible)\s+)?"
    r"(?:estimates?|figures?|ends?|bounds?|rates?|numbers?)\b",
    re.I,
)


def _range_end(text: str, f: Figure, start: int, end: int) -> bool:
    """Whether a figure's comma-bounded phrase before it calls it the low or high end of the estimates
    (``_RANGE_END``)."""
    before, _ = _windows(text, f, start, end, 3 * _ACT_WINDOW)
    return bool(_RANGE_END.search(before.rsplit(",", 1)[-1]))


def _said_before(text: str, f: Figure, start: int, end: int, cue: re.Pattern[str]) -> bool:
    """Whether a cue is in a figure's clause near it: the 40 characters before it (after the last comma)
    or the 25 after it, within the clause ("the company initially said that 1,000 barrels", "from 3,000
    barrels a day previously")."""
    before, after = _windows(text, f, start, end)
    before = before[-40:].rsplit(",", 1)[-1]
    after = after[:25].split(",", 1)[0]
    return bool(cue.search(before) or cue.search(after))


# a value said, after it, to have changed to another ("5,000 barrels per day, a figure repeated by BP, increased
# last week to between 12,000 and 19,000"): a few words (its unit, an apposition between commas), a verb of change,
# a few words, "to" and a figure
_CHANGED_TO = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:,[^,]{1,60},\s*)?(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:since|now|then|later|been)\s+)*"
    r"(?:increased|rose|risen|raised|revised|jumped|climbed|grew|grown|doubled|tripled|fell|fallen|dropped|lowered|"
    r"decreased|upped|swelled|soared)\b(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:[\w'’-]+\s+){0,3}?[$£€]?\d",
    re.I,
)


def _changed_after(text: str, f: Figure, start: int, end: int) -> bool:
    """Whether a figure's clause says, after it, that it changed to another value ("the flow rate of 5,000
    barrels per day, a figure repeated by BP, increased last week to 12,000"): a former value, not this one."""
    _, after = _windows(text, f, start, end, 3 * _ACT_WINDOW)
    return bool(_CHANGED_TO.match(after))


def _past_course(text: str, f: Figure, start: int) -> bool:
    """Whether a figure comes after a cue of a past course in its sentence ("initially", "at the time") with
    no "now" between."""
    before = text[start : f.start]
    cues = list(_PAST_COURSE.finditer(before))
    return bool(cues) and not _NOW.search(before[cues[-1].end() :])


def _compared(text: str, f: Figure, start: int, end: int) -> bool:
    """Whether a figure is the thing another is compared with: a comparison cue and a few words before it
    ("more than the 1989 spill's 11 million gallons", "compared with the 2008 total of 40")."""
    before, _ = _windows(text, f, start, end)
    return bool(_COMPARED.search(before))


def _dated_long_before(as_of: str | None, published: str | None) -> bool:
    """A date over ``REPORT_LAG_DAYS`` before the article that says it."""
    if not (as_of and published and re.match(r"^\d{4}", as_of) and re.match(r"^\d{4}-\d\d-\d\d", published)):
        return False
    limit = dt.date.fromisoformat(published[:10]) - dt.timedelta(days=REPORT_LAG_DAYS)
    return date_bounds(as_of)[1] < limit.isoformat()


def _nations(docs: Sequence[AnnotatedArticle]) -> dict[str, str]:
    """The story's resolved place names (folded, "the " left out) -> their Place ids, to read a people's word
    ("Mexican", "Mexicans") as the place it is made of (:func:`_nation_of`)."""
    out: dict[str, str] = {}
    for d in docs:
        for t in d.toponyms:
            name = re.sub(r"^the\s+", "", t.text.strip(), flags=re.I).lower()
            if t.place and len(name) >= 4 and name.replace(" ", "").isalpha():
                out.setdefault(name, t.place)
    return out


def _nation_of(word: str, nations: dict[str, str]) -> str | None:
    """The Place id of the story's place a people's word is made of ("Mexican" -> Mexico's: :func:`demonym_stems`),
    or None."""
    return next((nations[p] for p in demonym_stems(word.lower()) if p in nations), None)


# an authority named by its country's people's word ("Mexican officials", "the Mexican Health Secretary"), and a
# people on its own ("Mexicans returned to work")
_AUTHORITY = re.compile(
    r"\b(?P<word>[A-Z][a-z]{3,})\s+(?i:(?:health|federal|state|public|government)\s+)?"
    r"(?i:officials?|authorities|government|ministry|minister|secretary|president|agency|spokes(?:man|woman|person))\b"
)
_PEOPLE = re.compile(r"\b(?P<word>[A-Z][a-z]{3,}(?:ans|ns|is|ese))\b")
# "there" just after a count ("killed up to 149 people there"): the place is the one said before it
_THERE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?there\b", re.I)


def _scope_of(
    text: str,
    f: Figure,
    bounds: tuple[int, int],
    toponyms: Sequence[Toponym],
    nations: dict[str, str] | None = None,
) -> frozenset[str]:
    """The place an epidemic's count is of: the resolved place named nearest the figure in its clause
    ("where eight people were infected" after "in the United States", "590 infected in Mexico"); none when
    a wider scope is nearer ("in 29 countries", "worldwide": ``WORLD``, which is no count of one country nor
    of a scope unsaid), or none when its clause names no place.  With ``nations`` (:func:`_nations`, an
    epidemic's count): a count followed by "there" is of the place or people its sentence names before it, not
    of one after ("Mexicans ... a virus that has killed 149 people there, and spread to the United States"),
    and a clause that names no place but an authority by its country's people's word ("Mexican officials said
    16 deaths") is of that country."""
    before, after = _windows(text, f, *bounds)
    if nations is not None and _THERE.match(after):
        lead = text[bounds[0] : f.start]
        named = [t for t in toponyms if t.place and bounds[0] <= t.start and t.end <= f.start]
        if named:
            return frozenset({max(named, key=lambda t: t.start).place or ""})
        return _people_scope(lead, nations or {}, _PEOPLE)
    if part := _PART_CUE.search(after):
        after = after[: part.start()]  # "52,000 cases, mostly in the United States": the US is a part of them
    if origin := _ORIGIN_CUE.search(after):
        after = after[: origin.start()]  # "86 deaths since the outbreak was first noticed in Mexico"
    lo, hi = f.start - len(before), f.end + len(after)
    # the scope said after the figure ("590 people infected in Mexico") comes first: in "in 20 countries,
    # including 590 in Mexico" the countries are the whole the count is part of
    for words, side in ((after, 1), (before, -1)):
        best: tuple[int, str] | None = None
        for t in toponyms:
            if t.place and lo <= t.start and t.end <= hi:
                gap = (t.start - f.end) if side > 0 else (f.start - t.end)
                if gap >= 0 and (best is None or gap < best[0]):
                    best = (gap, t.place)
        for m in _WORLD.finditer(words):
            gap = m.start() if side > 0 else len(words) - m.end()
            if best is None or gap < best[0]:
                best = (gap, WORLD)
        if best is not None:
            return frozenset({best[1]})
    return _people_scope(text[bounds[0] : f.start], nations or {}, _AUTHORITY)


def _opening_place(text: str, bounds: tuple[int, int], toponyms: Sequence[Toponym]) -> frozenset[str]:
    """The place a sentence opens on ("In Jacmel, on the southern coast, ... 60% of buildings"), which scopes
    the counts of the sentence; none when it opens otherwise."""
    for t in toponyms:
        if t.place and _OPENING_PLACE.match(text[bounds[0] : t.start]) and text[t.end : t.end + 1] == ",":
            return frozenset({t.place})
    return frozenset()


# a sentence whose subject is a place ("Mexico remains the worst-hit country, with 900 cases, including 40
# deaths"): the counts its "with" phrase gives are that place's
_SUBJECT_START = re.compile(r"^\s*(?:the\s+)?$", re.I)
_WITH_PHRASE = re.compile(r",\s*with\s", re.I)


def _subject_with(text: str, bounds: tuple[int, int], toponyms: Sequence[Toponym], figure_end: int) -> frozenset[str]:
    """The place a sentence has for subject when the count is said in a "with" phrase attached to it and
    the sentence names no other place nor a wider scope; none otherwise."""
    placed = [t for t in toponyms if t.place]
    if not placed or len({t.place for t in placed}) != 1:
        return frozenset()
    first = min(placed, key=lambda t: t.start)
    if not _SUBJECT_START.match(text[bounds[0] : first.start]) or text[first.end : first.end + 2].strip()[:1] in ",;:":
        return frozenset()  # not the subject, or a place the sentence opens on ("In Mexico, ...")
    if first.end >= figure_end or not _WITH_PHRASE.search(text, first.end, figure_end):
        return frozenset()
    if _WORLD.search(text, bounds[0], bounds[1]):
        return frozenset()
    return frozenset({first.place or ""})


def _sentence_scope(
    text: str,
    bounds: tuple[int, int],
    toponyms: Sequence[Toponym],
    named: dict[int, set[str]],
    index: int,
    figure_end: int | None = None,
) -> frozenset[str]:
    """The scope of an epidemic's count whose clause names none: the place its sentence opens on; when its
    sentence names none and points back to a count ("The number of cases soared to 498"), the place the
    sentences before it name (``CONTEXT_SENTENCES``), if one."""
    if opening := _opening_place(text, bounds, toponyms):
        return opening
    if figure_end is not None and (subject := _subject_with(text, bounds, toponyms, figure_end)):
        return subject
    if any(t.place for t in toponyms):
        # the one place a sentence names, said with "in" after the count and no wider scope said in it: the
        # count's, though its clause runs long ("81 people had died from pneumonia caused by the illness in
        # Mexico"); a sentence of two places, or of one said before the count, tells no such thing
        places = {t.place for t in toponyms if t.place}
        sentence = text[bounds[0] : bounds[1]]
        if (
            figure_end is not None
            and len(places) == 1
            and not _WORLD.search(sentence)
            and all(t.start >= figure_end and _IN_PLACE.search(text, bounds[0], t.start) for t in toponyms if t.place)
            and not _PART_OF_WHOLE.search(text, figure_end, max(t.start for t in toponyms if t.place))
            and not _ORIGIN_CUE.search(text, figure_end, max(t.start for t in toponyms if t.place))
        ):
            return frozenset(places)
        return frozenset()
    if _WORLD_BODY.search(text, bounds[0], bounds[1]):
        # a world body's count in a sentence that names no place ("at least 72 have died, the World Health
        # Organization says") is its world tally; a place the sentence names wins over the body's name (above)
        return frozenset({WORLD})
    if _BACK_COUNT.match(text[bounds[0] : bounds[1]]):
        for back in range(index - 1, index - 1 - CONTEXT_SENTENCES, -1):
            if back in named:
                return frozenset(named[back]) if len(named[back]) == 1 else frozenset()
    return frozenset()


def _past_thing_sentences(sent: dict[int, str], past: Sequence[TimeExpression], text: str) -> set[int]:
    """The sentences that tell of a past thing the sentence before them dates with a year long past ("... the
    1989 grounding of the Exxon Valdez. It leaked nearly 11m gallons", "... the 1989 Exxon Valdez catastrophe.
    The Valdez spill spilled 10.8 million gallons"): those that name no time of their own and open on a pronoun
    or on a name said next to that year."""
    timed = {t.sentence for t in past}
    out: set[int] = set()
    for t in past:
        nxt = t.sentence + 1
        body = sent.get(nxt, "")
        if not body or nxt in timed:
            continue
        names = set(_NAME_WORD.findall(text[t.start : t.end + 40])) - _OPENERS
        subject = _SUBJECT_END.split(body, maxsplit=1)[0]  # "The Valdez spill", before its verb or comma
        if _PRONOUN_OPENER.match(body) or names & set(_NAME_WORD.findall(subject)):
            out.add(nxt)
    return out


def _people_scope(lead: str, nations: dict[str, str], cue: re.Pattern[str]) -> frozenset[str]:
    """The place of the last people's word ``cue`` finds in ``lead`` that names a place of the story."""
    for m in reversed(list(cue.finditer(lead))):
        if place := _nation_of(m.group("word"), nations):
            return frozenset({place})
    return frozenset()


def _same_time(a: Claim, b: Claim) -> bool:
    if a.time is None or b.time is None:
        return a.time == b.time
    if a.explicit and b.explicit:
        return a.time == b.time
    if a.explicit == b.explicit:  # both only "reported on"
        return abs((dt.date.fromisoformat(a.time) - dt.date.fromisoformat(b.time)).days) <= REPORT_LAG_DAYS // 2
    dated, reported = (a, b) if a.explicit else (b, a)
    lag = (dt.date.fromisoformat(reported.time or "") - dt.date.fromisoformat(dated.time or "")).days
    return 0 <= lag <= REPORT_LAG_DAYS


def _time_buckets(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims (sorted by time) grouped so that every claim in a group is of the same time as the others."""
    buckets: list[list[Claim]] = []
    for c in claims:
        for b in buckets:
            if all(_same_time(c, x) for x in b):
                b.append(c)
                break
        else:
            buckets.append([c])
    return buckets


def _interval(f: Figure) -> tuple[float, float]:
    """The values a figure allows: "about 9.5" allows 9.5, "more than 40,000" anything above it,
    "up to 4,000" anything to 4,000, "thousands" a thousand to ten thousand."""
    v, q = f.value, f.qualifier
    if f.value_max is not None:  # a range, or an order of magnitude ("thousands": 1,000-9,999)
        return v, f.value_max
    if q in ("about", "approx"):
        return v * (1 - APPROX), v * (1 + APPROX)
    if q in ("more_than", "at_least"):
        return v, math.inf
    if q in ("up_to", "fewer_than"):
        return 0.0, v
    return v, v


@dataclass
class _Facts:
    """Whether two sentences tell the same fact: TF-IDF cosine >= ``SAME_FACT``, with the IDF of the
    story's sentences, built on first use (most stories have no two claims to compare)."""

    texts: list[str]
    # (article, what, unit without period) of the articles that say their figures of that quantity agree (``_AGREES``)
    agreeing: frozenset[tuple[str, str, str]] = frozenset()

    @cached_property
    def tfidf(self) -> Tfidf:
        return Tfidf(self.texts)

    def similarity(self, a: str, b: str) -> float:
        return cosine(self.tfidf.vector(a), self.tfidf.vector(b))

    def same(self, a: str, b: str) -> bool:
        return self.similarity(a, b) >= SAME_FACT


def _days_apart(a: Claim, b: Claim) -> int:
    """Days between the publication of two claims' articles (0 when one is undated)."""
    if a.reported is None or b.reported is None:
        return 0
    return abs((dt.date.fromisoformat(a.reported) - dt.date.fromisoformat(b.reported)).days)


def _span(c: Claim) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a claim's written date ("last week": its seven days); None when it has none."""
    if not (c.explicit and c.figure.as_of and re.match(r"^\d{4}", c.figure.as_of)):
        return None
    low, high = date_bounds(c.figure.as_of)
    try:
        return dt.date.fromisoformat(low[:10]), dt.date.fromisoformat(high[:10])
    except ValueError:  # "2016-06-31": a day past a month's end
        return None


def _span_gap(a: Claim, b: Claim) -> int:
    """Days between the written dates of two claims (the span of each: "last week" is seven days); 0 when
    they overlap or one has none (a claim only reported on a day may be of any day before it)."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return 0
    (a0, a1), (b0, b1) = sa, sb
    return max(0, (b0 - a1).days, (a0 - b1).days)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _far_apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two values over ``MAX_RATIO`` times apart: no other reading nor a later value of one quantity."""
    return max(a[0], b[0]) > MAX_RATIO * min(a[1], b[1])


def _conflict(a: Claim, b: Claim, together: list[list[tuple[float, float]]], facts: _Facts) -> bool:
    """Two claims disagree: different claimants, values that cannot both be true ("12 killed" /
    "21 killed"; not "about 9.5" / "9.5", nor "more than 40" / "50"), no sentence states both
    (one that gives "270 killed, 103 of them Americans" counts two things, not two versions), and
    the two sentences name no different places and tell the same fact (TF-IDF cosine >= ``SAME_FACT``: "21 people were killed in
    the airstrikes" / "the airstrikes killed 12"; not "10 Brazilian peacekeepers died" / "the 1,200
    Brazilian soldiers in the mission", which the figures stage may file under one heading).  Shares of
    one whole are compared without the whole's words: "a deficit of 12 percent of GDP" and "a cost of
    4 percent of GDP" measure two things."""
    if a.claimant == b.claimant and not _rivals(a, b):
        return False  # one speaker, or one outlet's reporters with no holder of a view read in either sentence
    if "order" in (a.figure.qualifier, b.figure.qualifier):
        return False  # "thousands feared dead" is an impression of a size, not a count to dispute
    if a.party & b.party:
        return False  # BP's figure and its spokesman's: one party revising its own figure, not a dispute
    if (_of_a_kind(a) or _of_a_kind(b)) and a.what not in _TOLLS:
        return False  # "300 Haitians" / "500 Haitians": two subsets of a people, not two versions of one count
    if "disaster" in (a.about_type, b.about_type):
        return False  # an epidemic's or a quake's counts differ by scope (a town, a country, the world) and day
    if (_changing(a) or _changing(b)) and (_days_apart(a, b) > 1 or _span_gap(a, b) > 1):
        return False  # a toll changes from day to day: an older, smaller count is an earlier point, not a dispute
    if a.citation.source == b.citation.source and a.act in _OPERATIONS and a.act == b.act:
        return False  # one article's two outputs of an operation ("12,000 a day by the ship", "8,000 by the rig")
    if (
        a.citation.source == b.citation.source
        and (a.citation.source, a.what, _unit_base(a.figure.unit)) in facts.agreeing
    ):
        return False  # "their total is 4.4 million barrels ... they compare well with the 4.1 million estimate"
    ia, ib = _interval(a.figure), _interval(b.figure)
    if _overlap(ia, ib):
        return False
    if _far_apart(ia, ib):
        return False  # "2 million barrels spilled" / "a pool holds 15,725 barrels": two quantities, not two readings
    if _changing(a) and _days_apart(a, b) == 1:
        early, late = sorted((a, b), key=lambda c: c.reported or "")
        if late.figure.value >= early.figure.value:
            return False  # "spread 267,000 gallons" then, a day later, "290,000": a running total that grew
    for values in together:  # a sentence that states both (or values that agree with each)
        if any(_overlap(ia, x) for x in values) and any(_overlap(ib, y) for y in values):
            return False
    if not (_attributed(a) or _attributed(b)):
        return False  # "the 3,000 peacekeepers in the country are helping" / "the UN has 9,000": two scopes
    if _set_against(a, b):
        return _same_object(a, b)  # one article's next sentences tell one quantity, whatever words they share
    return _same_thing(a, b, facts)


RIVAL_REACH = 2  # sentences apart within which one article sets two parties' figures of one quantity against each other


def _set_against(a: Claim, b: Claim) -> bool:
    """Whether one article sets two parties' figures of one quantity against each other: both in its
    sentences at most ``RIVAL_REACH`` apart, each held by a party and no party holding both ("BP has been
    estimating 5,000 barrels a day, but scientists have questioned that figure." / "Scientists have pegged the
    flow at 70,000").  Both are current on that day, whatever the days the two values were said before."""
    return (
        a.citation.source == b.citation.source
        and abs(a.citation.sentence - b.citation.sentence) <= RIVAL_REACH
        and bool(a.party)
        and bool(b.party)
        and not a.party & b.party
    )


def _rivals(a: Claim, b: Claim) -> bool:
    """Two figures of one outlet, no speaker found for either, whose sentences name two parties holding them
    ("BP has been estimating 5,000" / "scientists have pegged the flow at 70,000"): two sources' views that
    the outlet reports, not its reporters' own two statements."""
    return a.said_by is None and b.said_by is None and bool(a.party) and bool(b.party) and not a.party & b.party


def _attributed(c: Claim) -> bool:
    """A claim someone makes: a speaker is found, or its sentence tells a view or an estimate ("scientists
    have pegged the flow at 70,000", "according to", "estimated").  Two values that reporters state as plain
    facts in two articles are mostly of two scopes, subsets or times ("the 3,000 peacekeepers in the
    country are helping with aid" / "the UN has 9,000 peacekeepers there"), not a dispute between sources."""
    return c.said_by is not None or bool(_VIEW.search(c.citation.text))


def _same_thing(a: Claim, b: Claim, facts: _Facts) -> bool:
    """Two claims of one group measure the same thing: their sentences name no different places and
    tell the same fact.  Shares of one whole are compared without the whole's words."""
    return _same_object(a, b) and facts.similarity(*_texts(a, b)) >= SAME_FACT


def _same_object(a: Claim, b: Claim) -> bool:
    """Whether two claims may count one thing: no different places (:func:`_same_place`), no different
    holders (:func:`_same_holder`)."""
    return _same_place(a, b) and _same_holder(a, b)


def _same_holder(a: Claim, b: Claim) -> bool:
    """No different holders: not "BP owns 65%" / "Anadarko owns 25%"; a claim that does not say what its
    figure is of may be of either."""
    return not (a.holder and b.holder and a.holder != b.holder)


def _texts(a: Claim, b: Claim) -> tuple[str, str]:
    ta, tb = a.citation.text, b.citation.text
    if a.what == "percent":  # the whole a share is of ("of GDP") is shared by construction: it tells no fact
        ta, tb = _without(ta, a.about_label), _without(tb, b.about_label)
    return ta, tb


def _without(text: str, phrase: str) -> str:
    """``text`` without the words of ``phrase`` (case-insensitive)."""
    words = {w.lower() for w in re.findall(r"\w+", phrase)}
    return re.sub(r"\w+", lambda m: "" if m.group().lower() in words else m.group(), text)


def _point(c: Claim) -> dict[str, object]:
    return {
        "value": figure_text(c.figure.to_dict()),
        "number": c.figure.value,
        "said_by": c.said_by,
        "as_of": c.figure.as_of if c.explicit else None,
        "reported_on": None if c.explicit else c.time,
        "citations": [c.citation.to_dict()],
    }


def agreement(
    docs: Sequence[AnnotatedArticle], entities: Sequence[Entity]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(disagreements, series) as brief dicts."""
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    every = claims_of(docs, entities)
    # a count of confirmed cases and one of suspected cases are two quantities, in a story that gives both
    statuses: dict[tuple[str, str], set[str]] = {}
    for c in every:
        statuses.setdefault((c.what, c.about), set()).add(c.status)
    every = [
        c if {"confirmed", "suspected"} <= statuses[(c.what, c.about)] else dataclasses.replace(c, status="")
        for c in every
    ]
    for c in every:
        # a measure in barrels is not one in gallons, nor dollars euros: the unit is part of the quantity
        # and oil leaking is not oil collected: the act is part of it too
        # and oil skimmed is not oil burned nor oil siphoned at the well (``_means``)
        # and a company's output worldwide is not its output in one region
        quantity = f"{_quantity_unit(c.what, c.figure.unit)}:{c.act}:{c.status}:{','.join(sorted(c.means))}:{c.world}"
        groups.setdefault((c.what, c.about, quantity), []).append(c)
    agreeing = frozenset(
        (c.citation.source, c.what, _unit_base(c.figure.unit)) for c in every if _AGREES.search(c.citation.text)
    )
    facts = _Facts([s.text for d in docs if not d.article.duplicate_of for s in d.sentences], agreeing)
    measures: dict[tuple[str, int], list[Figure]] = {}
    for d in docs:
        for f in d.figures:
            if f.what in _MEASURES and f.unit and not d.article.duplicate_of:
                measures.setdefault((d.article.id, f.sentence), []).append(f)
    start = _story_start(docs)  # the story's first article: what is background
    place_names = _place_names(docs)
    disagreements: list[dict[str, object]] = []
    series: list[dict[str, object]] = []
    for (what, _about, _unit), claims in sorted(groups.items()):
        if len(claims) < 2:
            continue
        claims.sort(key=lambda c: (c.time or "", not c.explicit, c.citation.source, c.citation.sentence))
        buckets = _time_buckets(claims)
        status = f" ({claims[0].status})" if claims[0].status else ""  # "killed (suspected) — outbreak"
        label = f"{what}{status} — {claims[0].about_label}"
        by_sentence: dict[tuple[str, int], list[tuple[float, float]]] = {}
        for c in claims:
            by_sentence.setdefault((c.citation.source, c.citation.sentence), []).append(_interval(c.figure))
        if what in _MEASURES and (base := _unit_base(claims[0].figure.unit)):
            # a measure's figure in the same unit read as another measure ("12,000-19,000 barrels a day, with one
            # estimate as high as 25,000 barrels", the second read without its period): the sentence states it too
            for key, values in by_sentence.items():
                for g in measures.get(key, ()):
                    if g.what != what and _unit_base(g.unit) == base and (iv := _interval(g)) not in values:
                        values.append(iv)
        together = [vs for vs in by_sentence.values() if len(vs) >= 2]
        retold = _retold(claims)
        if all(_estimate(c) for c in claims):
            # an estimate sources dispute for weeks: its sides are paired over each claim's own time, not over
            # greedy buckets whose edge may fall between the repeated official figure and the one disputing it
            for side in _anchored_disputes(claims, together, facts, start, retold):
                disagreements.append({"about": label, "kind": "value", "values": [_point(c) for c in side]})
            buckets_d: list[list[Claim]] = []
        else:
            buckets_d = buckets
        for b in buckets_d:
            current = [c for c in b if not _background(c, start)]  # a figure of 1989 is no side of a dispute now
            pairs = [
                (x, y)
                for x, y in itertools.combinations(current, 2)
                if _conflict(x, y, together, facts)
                and _held_together(x, y, current)
                and not _one_voice(x, y, current)
                and not {id(x), id(y)} & retold
            ]
            if pairs:  # the claims that take part in a disagreement, in the bucket's order
                involved = {id(c) for p in pairs for c in p}
                points = [_point(c) for c in b if id(c) in involved]
                disagreements.append({"about": label, "kind": "value", "values": points})
        # a count whose scope is a place has a series per scope: the world's cases and Britain's are two
        # quantities, each with its own history; a series of counts whose scope is unsaid may mix them, so it is
        # given only when no scope has one
        parts = _by_scope(claims) if _scoped(claims[0]) else [(None, claims)]
        if what == "volume":
            # a volume whose clause says nothing done to it ("still leaves a million barrels at sea", "we're at
            # 15,000 barrels now") may be what is left, what floats, a day's capture or the total spilled: two
            # such figures are not known to measure one thing.  And one stretch's amount ("collected 7,541
            # barrels in the first 12 hours") is no point of a total's history
            parts = [(scope, [c for c in part if not c.stretch]) for scope, part in parts] if claims[0].act else []
        found: list[dict[str, object]] = []
        for scope, part in parts:
            if scope is not None and WORLD not in scope:
                part = _within_whole(part, claims)
            chain = _series_of(what, part, facts, start)
            if len(chain) >= 2 and (scope or not found):
                where = f", {_scope_label(scope, place_names)}" if scope else ""
                found.append({"about": f"{label}{where}", "points": [_point(c) for c in chain]})
        series += found
    return disagreements, series


def _series_of(what: str, claims: list[Claim], facts: _Facts, start: str | None) -> list[Claim]:
    """The points of one quantity's series (see :func:`agreement`): an estimate's history, a running total's
    history, or else the chain of like claims over time buckets; empty when none changes value."""
    if all(_estimate(c) for c in claims) and len(history := _history(claims, start)) >= 2:
        return history
    if what in _RUNNING and len(running := _running(claims, start)) >= 2:
        return running
    buckets = _time_buckets(claims)
    return _series(buckets, facts, start) if len(buckets) >= 2 else []


def _within_whole(part: list[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """A place's claims without those over ``OUTLIER`` times the median of its whole group's claims of their days
    (three or more, any scope, ``REPORT_LAG_DAYS``): a place's count is part of the story's count, so one far above
    what every scope reports then is of another thing ("36,000 die of flu in the US each year", a count of cases
    read as deaths)."""
    near = REPORT_LAG_DAYS // 2
    dated = [c for c in claims if c.time and c.figure.value > 0]
    kept = []
    for c in part:
        if c.time:
            day = _latest_day(c)
            around = sorted(x.figure.value for x in dated if abs((_latest_day(x) - day).days) <= near)
            if len(around) >= 3 and c.figure.value > OUTLIER * around[len(around) // 2]:
                continue
        kept.append(c)
    return kept


def _by_scope(claims: Sequence[Claim]) -> list[tuple[frozenset[str] | None, list[Claim]]]:
    """A scoped group's claims (:func:`_scoped`) split by the place they are of, in order of first claim; the
    claims whose scope is unsaid come last, under ``None``."""
    parts: dict[frozenset[str], list[Claim]] = {}
    for c in claims:
        parts.setdefault(c.places, []).append(c)
    out: list[tuple[frozenset[str] | None, list[Claim]]] = [(k, v) for k, v in parts.items() if k]
    if frozenset() in parts:
        out.append((None, parts[frozenset()]))
    return out


def _place_names(docs: Sequence[AnnotatedArticle]) -> dict[str, str]:
    """Place id -> the name the story's texts call it by most often."""
    counts: dict[str, dict[str, int]] = {}
    for d in docs:
        for t in d.toponyms:
            if t.place:
                names = counts.setdefault(t.place, {})
                names[t.text.strip()] = names.get(t.text.strip(), 0) + 1
    return {place: max(names, key=lambda n: (names[n], n)) for place, names in counts.items()}


def _scope_label(scope: frozenset[str], names: dict[str, str]) -> str:
    """How a series' label says its scope: "worldwide", "in Britain", "in Mexico and Texas"."""
    if WORLD in scope:
        return "worldwide"
    return "in " + " and ".join(sorted(names.get(p, p) for p in scope))


def _anchored_disputes(
    claims: Sequence[Claim],
    together: list[list[tuple[float, float]]],
    facts: _Facts,
    start: str | None,
    retold: frozenset[int] | set[int] = frozenset(),
) -> list[list[Claim]]:
    """The disagreements of an estimate's group: every two claims of one time (``_same_time``) that conflict,
    judged over the claims of both their times; claims linked by such pairs make one disagreement, in time
    order."""
    current = [c for c in claims if not _background(c, start)]
    parent = list(range(len(current)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    involved: set[int] = set()
    for i, j in itertools.combinations(range(len(current)), 2):
        x, y = current[i], current[j]
        if not _same_time(x, y) or {id(x), id(y)} & retold:
            continue  # two old figures a later article retells are no dispute of its day
        around = [c for c in current if _same_time(c, x) and _same_time(c, y)]
        if _conflict(x, y, together, facts) and _held_together(x, y, around) and not _one_voice(x, y, around):
            parent[root(i)] = root(j)
            involved |= {i, j}
    sides: dict[int, list[Claim]] = {}
    for k in sorted(involved):
        sides.setdefault(root(k), []).append(current[k])
    return list(sides.values())


def _retold(claims: Sequence[Claim]) -> set[int]:
    """Ids of the claims that retell an old figure: undated in their sentence (or dated long before their
    report), their value given by other articles over ``HISTORY_DAYS`` before and by none in the
    ``REPORT_LAG_DAYS`` before their report (a July chronology's "the coast guard says the flow is 5,000
    barrels a day", a figure no one has given since May).  Two such figures are the history a later article
    tells, not a dispute of its day."""
    out: set[int] = set()
    for c in claims:
        if not c.reported or (c.explicit and not _dated_long_before(c.figure.as_of, c.reported)):
            continue
        day = dt.date.fromisoformat(c.reported)
        lags = [
            (day - dt.date.fromisoformat(o.reported)).days
            for o in claims
            if o.reported and o.citation.source != c.citation.source and _same_value(o, c)
        ]
        if any(lag > HISTORY_DAYS for lag in lags) and not any(abs(lag) <= REPORT_LAG_DAYS for lag in lags):
            out.add(id(c))
    return out


def _held_together(a: Claim, b: Claim, bucket: Sequence[Claim]) -> bool:
    """Whether two values were current at one time: someone reports each of them on a day when, or after,
    someone reports the other (by publication day, over the claims of their time bucket that hold one value
    and not the other).  A value no one repeats once another is out was replaced, not disputed: "1,000
    barrels a day" on Monday, "5,000 barrels a day" from Thursday on is one estimate revised (a series),
    while "5,000" still repeated after the day researchers say "70,000" is a dispute (said last on that very
    day, it counts as replaced then, unless one article sets the two parties' values against each other:
    ``_set_against``).  Two
    claims both dated the same day by their text are of one time whenever they were reported."""
    if (a.explicit and b.explicit) or _set_against(a, b):
        return True
    ia, ib = _interval(a.figure), _interval(b.figure)
    days_a = [d for c in bucket if (d := _current_on(c)) and _holds(c, ia, ib)]
    days_b = [d for c in bucket if (d := _current_on(c)) and _holds(c, ib, ia)]
    if not days_a or not days_b:
        return True  # undated articles: nothing tells the values apart in time
    # a value last said on the day another is first said, having been said before, was replaced that day
    # (an article of the day of a revision may still give the old figure): a revision, not a dispute
    return min(days_a) <= max(days_b) and min(days_b) <= max(days_a) and not _replaced(days_a, days_b)


def _quantity_unit(what: str | None, unit: str | None) -> str:
    """The unit that is part of a quantity: a measure's ("bbl/d", "usd") and any rate's ("people/d": 3,000
    killed a day is no death toll); a count's noun ("vessels") is not."""
    return (unit or "") if what in _MEASURES or "/" in (unit or "") else ""


def _unit_base(unit: str | None) -> str:
    """A measure's unit without its period: "bbl" of "bbl/d"."""
    return (unit or "").split("/", 1)[0]


def _replaced(days_a: list[str], days_b: list[str]) -> bool:
    """Whether one value's days end on the first day of the other, which came later."""
    return any(max(x) <= min(y) and min(x) < min(y) for x, y in ((days_a, days_b), (days_b, days_a)))


def _current_on(c: Claim) -> str | None:
    """The day a claim shows its value current: its report's day, or the date its text gives when that is
    over ``REPORT_LAG_DAYS`` before the report (a chronology's "April 25 - the Coast Guard says 1,000 barrels
    a day", retold in June, says nothing of June)."""
    if c.explicit and _dated_long_before(c.figure.as_of, c.reported):
        return c.time
    return c.reported


def _one_voice(a: Claim, b: Claim, bucket: Sequence[Claim]) -> bool:
    """Whether one article states both values in its own voice (no speaker), in any of its sentences: its
    reporter counts two things, not two versions of one ("the cap collects 15,000 barrels a day" and, of
    another device, "this collects 10,000").  An article that gives each value to its own speaker (SANA's
    12 killed, the Observatory's 21) reports a dispute and is no such article, and so is a sentence that
    tells a view without a speaker found ("scientists have pegged the flow at 70,000", "estimates range")."""
    ia, ib = _interval(a.figure), _interval(b.figure)
    own: dict[str, list[Claim]] = {}
    for c in bucket:
        if c.said_by is None and not _VIEW.search(c.citation.text):
            own.setdefault(c.citation.source, []).append(c)
    return any(
        any(_holds(c, ia, ib) for c in cs) and any(_holds(c, ib, ia) for c in cs) for cs in own.values() if len(cs) >= 2
    )


def _holds(c: Claim, mine: tuple[float, float], other: tuple[float, float]) -> bool:
    """A claim whose value agrees with one value and not the other (a loose value holding both, "thousands"
    or "between 1,000 and 5,000", tells neither)."""
    ic = _interval(c.figure)
    return _overlap(ic, mine) and not _overlap(ic, other)


def _background(c: Claim, start: str | None) -> bool:
    """A claim dated over ``BACKGROUND_DAYS`` before the story's first article ("167 workers were killed
    in 1988") is background, as for the timeline's events."""
    return c.explicit and _background_date(c.figure.as_of, start)


def _series(buckets: list[list[Claim]], facts: _Facts, start: str | None) -> list[Claim]:
    """The points of a group's series: chains of claims from successive time buckets, each claim joining
    the chain whose last point tells the same fact (the most similar one when several do) and names no
    place other than the chain's; a claim that joins none starts a chain.  The chain with the most
    claims that changes value is the series; a run of one value is its first point.  Empty when no
    chain changes value."""
    chains: list[list[Claim]] = []
    for bucket in buckets:
        grown: set[int] = set()  # one point per bucket and chain
        for c in bucket:
            if (
                _background(c, start)
                or c.figure.qualifier == "order"
                or c.bound  # one end of a spread of estimates, no value of its own
                or (_of_a_kind(c) and not _TOTAL.search(c.citation.text))
            ):
                continue
            fits = [(_fit(ch, c, facts), i) for i, ch in enumerate(chains) if i not in grown]
            fits = [(score, i) for score, i in fits if score >= SAME_FACT]
            if fits:
                k = max(fits)[1]
            else:
                chains.append([])
                k = len(chains) - 1
            chains[k].append(c)
            grown.add(k)
    best: list[Claim] = []
    size = 0
    for ch in chains:
        # buckets are grouped greedily, so a chain's claims may be out of order: a later report can join an
        # earlier bucket than a claim dated by its text before it
        ch = sorted(ch, key=lambda c: (_latest_day(c), not c.explicit, c.citation.source, c.citation.sentence))
        points: list[Claim] = []
        for c in ch:
            if not points or not (
                any(_same_value(c, p) for p in points) or _holds_number(c, points[-1]) or _fallen_total(c, points[-1])
            ):
                points.append(c)
        if len(points) >= 2 and len(ch) > size:
            best, size = points, len(ch)
    return best


# a sentence that tells the spread of estimates ("Estimates range from the official 5,000 to 100,000", "estimates vary
# widely and run as high as 100,000"): its bounds are no one's value
_SPREAD = re.compile(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied)\s+(?:widely|greatly)?|run\s+as\s+high)\b", re.I)


def _unheld_bound(c: Claim) -> bool:
    """A bound of a spread of estimates that no party holds ("Estimates range widely from the official 5,000 to
    100,000"): read alone it misstates, so it is no step of an estimate's history (it may be a side of a
    disagreement)."""
    return not c.said_by and not c.party and bool(_SPREAD.search(c.citation.text))


def _fallen_total(c: Claim, last: Claim) -> bool:
    """A total that only grows (a volume released) given lower than the point before it, not said as a revision
    ("revised down to 4.1m"): another party's or another part's total ("Their total spill figure is 4.4
    million", "of the 4 million barrels that flowed into the ocean"), not a step."""
    if c.what != "volume" or c.act in _OPERATIONS or last.what != "volume":
        return False
    return (c.figure.value_max or c.figure.value) < _interval(last.figure)[0] and not _REVISED.search(c.citation.text)


_REVISED = re.compile(r"\b(?:revis\w*|correct\w*|lower\w*|cut|reduc\w*|downgrad\w*)\b", re.I)


def _holds_number(c: Claim, last: Claim) -> bool:
    """Whether a claim's values hold the numbers of the point before it, so that it tells no change: "more than
    4 million" after "about 5 million", "between 4,000 and 99,000" after "5,000"."""
    low, high = _interval(c.figure)
    return low <= last.figure.value and (last.figure.value_max or last.figure.value) <= high


def _estimate(c: Claim) -> bool:
    """A claim that estimates one standing quantity, which its group pins down whatever words its sentence
    uses: the rate of a release no one controls (a leak's flow, in one unit) and the strength of a named
    armed force (other counts are chained by likeness, see ``_fit``).  Sources revise such an estimate (1,000 barrels a day, then 5,000, then
    12,000-25,000) in sentences that share few words, so its series is the history of the estimate, not a
    chain of like sentences."""
    if c.what == "flow":
        return c.act == "release"
    return c.what in _FORCES and (
        c.about_type == "armed_group" or bool(c.about_type and _FORCE_NAME.search(c.about_label))
    )


def _history(claims: Sequence[Claim], start: str | None) -> list[Claim]:
    """The history of an estimate: each value at its first report, in time order, when it took over from
    the value before it.  A value took over when, in the ``HISTORY_DAYS`` from its first report, two claims
    or more give it, and at least as many as still give the value before (the leak's 12,000-25,000 barrels a day, repeated
    while no one repeats 5,000); a value reported while the one before is still repeated is a side of a
    dispute, not a point (the researchers' 70,000 while 5,000 is still the figure).  A repeated value or one
    stated again later ("last month BP estimated 5,000") is no new point; a loose value ("thousands") and a
    value dated before the story (background) are none.  The first point is the first value reported."""
    pool = [
        c
        for c in claims
        if c.time and c.figure.qualifier != "order" and not _background(c, start) and not _of_a_kind(c)
    ]
    when = {id(c): _latest_day(c) for c in pool}
    pool.sort(key=lambda c: (when[id(c)], not c.explicit, c.citation.source, c.citation.sentence))
    points: list[Claim] = []
    for c in pool:
        if any(_same_value(c, p) for p in points) or _unheld_bound(c) or c.bound:
            continue
        if points:
            prev = points[-1]
            soon = [x for x in pool if x is not c and 0 <= (when[id(x)] - when[id(c)]).days <= HISTORY_DAYS]
            mine = 1 + sum(1 for x in soon if _repeats(x, c) and not _same_value(x, prev))
            before = sum(1 for x in soon if _same_value(x, prev) and not _same_value(x, c))
            if mine < max(before, 2):
                continue
            if _rival(c, points, pool):
                continue
        points.append(c)
    return points


REPEAT_RATIO = 1 + 2 * APPROX  # two numbers this close give one value again ("about 5,000" / "5,000")


def _repeats(x: Claim, c: Claim) -> bool:
    """Whether a claim gives another's value again: one value (``_same_value``) said with numbers of about its
    size at both ends; a loose range that merely holds it ("between 40,000 and 100,000" holding "95,000")
    repeats no one's estimate."""
    if not _same_value(x, c):
        return False
    ends = (
        (x.figure.value, c.figure.value),
        (x.figure.value_max or x.figure.value, c.figure.value_max or c.figure.value),
    )
    return all(max(a, b) <= REPEAT_RATIO * min(a, b) for a, b in ends if min(a, b) > 0)


# words that tell a value as the update of an estimate ("revised upwards to", "now put at", "doubled their estimate",
# "the new figure", "up from")
_UPDATE = re.compile(
    r"\b(?:revis\w*|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|upped|doubl\w*|tripl\w*|now|new|latest|updated?|"
    r"up\s+from|(?:rose|risen|climbed|jumped)\s+to)\b",
    re.I,
)


def _rival(c: Claim, points: Sequence[Claim], pool: Sequence[Claim]) -> bool:
    """Whether a new value of an estimate is a rival's, not a step of its history: every claim that gives it
    is held by a party (its speaker or the holder its sentence names: "scientists", "an independent panel")
    that holds none of the history's values so far, and none says it as an update ("revised", "now",
    "doubled").  Such a value ("researchers estimate as many as 70,000" while officials hold 5,000) is a side
    of a disagreement.  A value said with no holder, or by the history's own party, may be a step."""
    line: set[str] = set()
    for x in pool:
        if any(_repeats(x, p) for p in points):
            line |= x.party
    if not line:
        return False
    mine = [x for x in pool if _repeats(x, c)] or [c]
    return all(x.party and not x.party & line and not _UPDATE.search(x.citation.text) for x in mine)


def _running(claims: Sequence[Claim], start: str | None) -> list[Claim]:
    """The history of a running total (a toll, the arrests of a crackdown): each value at its first report,
    in time order.  Sources give such a total in sentences that share few words ("the death toll rose to
    75,000", "an estimated 200,000 died"), so its points are chained by value, not by likeness: the series is
    the longest run of reports, in time order, whose values never fall, never leap more than ``MAX_RATIO``
    times, and name no different places (for an epidemic, one scope: a country's count is not the
    world's).  A report is left out when its value is over ``OUTLIER`` times off the median of the reports
    of its days (``REPORT_LAG_DAYS``, three reports or more): a misread figure, a part ("16 peacekeepers")
    or another event's toll ("Asian flu killed two million").  A later, smaller value is a stale report
    or a dispute (see ``_conflict``), no point; a loose value ("thousands"), a count of a kind and a figure
    dated before the story are none.  Only the toll of the story's disaster, or a total its sentence calls
    one ("the toll rose to", "so far"), is a running total: other counts of a subject are each another
    incident's."""
    pool = [
        c
        for c in claims
        if c.time
        and c.figure.qualifier != "order"
        and c.figure.value > 0
        and not _background(c, start)
        and not _of_a_kind(c)
        and (c.about_type == "disaster" or _TOTAL.search(c.citation.text))
    ]
    when = {id(c): _latest_day(c) for c in pool}
    near = REPORT_LAG_DAYS // 2
    kept = []
    for c in pool:
        around = sorted(x.figure.value for x in pool if abs((when[id(x)] - when[id(c)]).days) <= near)
        mid = around[len(around) // 2]
        if len(around) < 3 or mid / OUTLIER <= c.figure.value <= mid * OUTLIER:
            kept.append(c)
    kept.sort(key=lambda c: (when[id(c)], not c.explicit, c.citation.source, c.citation.sentence))
    # the longest chain (by reports) through the time-ordered reports: a longest non-decreasing subsequence
    size = [1] * len(kept)
    back = [-1] * len(kept)
    for i, c in enumerate(kept):
        for j in range(i):
            if size[j] + 1 > size[i] and _continues(kept[j], c):
                size[i], back[i] = size[j] + 1, j
    if not kept:
        return []
    i = max(range(len(kept)), key=lambda k: (size[k], -k))
    chain: list[Claim] = []
    while i >= 0:
        chain.append(kept[i])
        i = back[i]
    chain.reverse()
    return [c for k, c in enumerate(chain) if k == 0 or not _same_value(c, chain[k - 1])]


def _continues(last: Claim, c: Claim) -> bool:
    """Whether a report can follow another in a running total's history: the same value, or a higher one
    at most ``MAX_RATIO`` times it, of the same place (one scope for an epidemic's count)."""
    if not _same_object(last, c) or (_scoped(c) and last.places != c.places):
        return False
    if _same_value(last, c):
        return True
    return last.figure.value < c.figure.value <= MAX_RATIO * _interval(last.figure)[1]


def _latest_day(c: Claim) -> dt.date:
    """The last day a claim's value may be of: its written date's last day ("April 2010" in a chronology is
    no earlier than the reports of April 26), at most its report's day; its report's day when undated."""
    day = dt.date.fromisoformat((c.time or "")[:10])
    if c.explicit and c.figure.as_of and re.match(r"^\d{4}", c.figure.as_of):
        last = date_bounds(c.figure.as_of)[1][:10]
        if re.match(r"^\d{4}-\d\d-\d\d$", last):  # bounds may run past a month's end ("2010-04-31")
            year, month = int(last[:4]), int(last[5:7])
            day = max(day, dt.date(year, month, min(int(last[8:]), calendar.monthrange(year, month)[1])))
        if c.reported:
            day = min(day, dt.date.fromisoformat(c.reported))
    return day


def _fit(chain: list[Claim], c: Claim, facts: _Facts) -> float:
    """How well a claim continues a chain: its mean TF-IDF cosine to the chain's points (one sentence
    like the last point is not enough: "the 2005 refinery explosion killed 15" reads like any one of
    the "explosion killed 11" sentences, not like all of them).  0 when it names another place; when
    a toll (killed, wounded, casualties: counts that only grow) would fall below the last point's
    ("270 killed" over Lockerbie, then "11 killed" on the rig); and when its subject is an incident
    noun and it shares no place with the last point (in a war, "attack" is every attack).  The size of
    an entity that is itself a force ("the 30,000-strong Syrian Democratic Forces", "more than 40,000
    fighters") is that entity's strength whatever else the sentence says; a country, organisation or
    mission counted in troops is not (the UN's "350-strong contingent" and its "3,500-strong police
    force" are two parts of it), so it needs the same fact like any other claim."""
    if not all(_same_object(x, c) for x in chain):
        return 0.0
    last = chain[-1]
    # "up to 160 killed" then "65 killed" reads as a toll that fell: an upper bound counts at its value here
    floor = last.figure.value if last.figure.qualifier in ("up_to", "fewer_than") else _interval(last.figure)[0]
    if c.what in _TOLLS and (c.figure.value_max or c.figure.value) < floor:
        return 0.0
    if _far_apart(_interval(last.figure), _interval(c.figure)):
        return 0.0  # "11 peacekeepers" killed, then a "3,500-strong" force: two quantities, not a change
    if c.about_type == "incident" and not c.places & last.places:
        return 0.0  # "attack", "explosion" name a kind of incident, not one: a shared place must say which
    if c.what == "flow" and c.act == "produce" and not c.places & last.places:
        return 0.0  # a field's, a platform's, a company's daily output: only a shared place says two are one
    if c.what in _FORCES and (c.about_type == "armed_group" or (c.about_type and _FORCE_NAME.search(c.about_label))):
        return 1.0
    return sum(facts.similarity(*_texts(x, c)) for x in chain) / len(chain)


def _changing(c: Claim) -> bool:
    """A quantity that changes from day to day, so that two reports of it days apart are two points, not
    two versions: a toll; a running total of a measure (oil spilled or collected so far, money spent, an
    area covered); the output of an operation (oil collected or pumped a day: it grows as the work goes
    on).  Not an estimate of a rate no one controls (the flow of a leak), which sources dispute for weeks."""
    if c.what in _DAILY:
        return True
    if c.what in ("volume", "money", "area"):
        return True
    return c.what == "flow" and c.act in ("capture", "produce", "use")


def _of_a_kind(c: Claim) -> bool:
    """A toll whose subject is a kind, not one thing: an incident noun ("attack") or a group of people
    ("British"): in a war each such count is another incident's, unless the sentence gives a total.  So is
    any other count of a nationality or group ("300 Haitians boarded", "40 Americans were evacuated"): each
    is another subset of them, not a size of the whole (a force's strength, "140,000 US troops", is one)."""
    if c.what in _TOLLS:
        return c.about_type in ("incident", "group")
    return c.about_type == "group" and c.what not in _FORCES


def _scoped(c: Claim) -> bool:
    """A count whose scope is a place: infections, or any count of an epidemic ("1,000 cases in Mexico",
    "300 in New York", "5,000 worldwide" are three quantities of one outbreak); and a share, which is of a
    whole somewhere ("80% of buildings in Jacmel" is no share of "the buildings in worst-hit areas")."""
    return c.what in ("infected", "percent") or c.about == "disaster:outbreak"


def _same_place(a: Claim, b: Claim) -> bool:
    """No different places: not "at least 23 killed in Baghdad" / "at least 33 killed in Mosul" (two
    incidents), nor "in a town 60 miles north of Baghdad" / "in Baghdad"."""
    if a.places and b.places and not a.places & b.places:
        return False
    if (_scoped(a) or _scoped(b)) and bool(a.places) != bool(b.places):
        return False  # "1,000 infected in Mexico" / "5,000 infected": a country's count and the world's
    return not (a.away & b.places or b.away & a.places)


def _same_value(a: Claim, b: Claim) -> bool:
    """No change between two points: one number ("11" / "about 11"), or a loose value that holds the
    other's number ("millions" / "6 million", "115-200" / "150").  Open bounds are not loose: "at
    least 50" then "at least 100" is a toll that rose."""
    if (a.figure.value, a.figure.value_max) == (b.figure.value, b.figure.value_max):
        return True
    for x, y in ((a, b), (b, a)):
        if x.figure.qualifier in ("about", "approx", "range", "order"):
            low, high = _interval(x.figure)
            if low <= y.figure.value <= high:
                return True
    return False


# --------------------------------------------------------------------------- statements

_ACTION = re.compile(
    r"\b(coordinat\w*|cooperat\w*|join\w*|participat\w*|take part|taking part|negotiat\w*|talks?|withdraw\w*|"
    r"ceasefire|truce|attack\w*|invade\w*|invasion|deploy\w*|send\w* troops|recogni[sz]\w*)\b",
    re.I,
)
_FOR = re.compile(
    r"\b(ready to|willing to|prepared to|agreed? to|agrees to|will (?:\w+ly )?(?:coordinate|cooperate|join|take part|"
    r"participate|negotiate|withdraw|attack|deploy|send|recogni[sz]e)|plans? to|intends? to|is open to)\b",
    re.I,
)
_AGAINST = re.compile(
    r"\b(ruled? out|rules out|rejects?|rejected|refuses?|refused|will not|won't|would not|does not intend|"
    r"has no (?:plans?|intention)|no plans? to|denied|denies|opposes|opposed)\b",
    re.I,
)


def _action_of(text: str) -> str | None:
    m = _ACTION.search(text)
    return stem(m.group(1).lower().split()[0])[:6] if m else None


STANCE_DAYS = 30  # two stances reported further apart than this answer two questions, not one
_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\s+(?:[\w'’]+\s+){0,2}$")
_SAYS = re.compile(
    r"^\s*(?:,[^,]{0,60},\s*)?(?:(?:has|had|have)\s+)?(?:(?:said|says|say|insists?|insisted|stated|states|declared|"
    r"declares|announced|announces|told\s+[\w ]{1,30}?)(?:\s+(?:on|last|this)\s+\w+)?\s+(?:that\s+)?)?"
    r"(?:(?:(?:it|he|she|they|we)|(?P<side>[A-Z][\w.]+))\s+(?:(?:is|was|are|were|would\s+be)\s+)?)?$"
)


def _own_stance(text: str, cue: re.Match[str], speaker: str) -> bool:
    """Whether a stance cue is the speaker's own: said in the first person ("we will not withdraw") or
    right after the speaker's name and a verb of saying ("Jo Park said he was ready to", "the ministry
    rules out talks"); not a stance the speaker reports of someone else ("officials say Britain plans to
    withdraw", "Mr Blair won't say it" in a reader's letter)."""
    before = text[: cue.start()]
    clause = re.split(r"[;:,\u2014]|\s[-\u2013]\s", before)[-1]
    if _FIRST_PERSON.search(clause):
        return True
    at = before.lower().rfind(speaker.lower()) if speaker else -1
    m = _SAYS.match(before[at + len(speaker) :]) if at >= 0 else None
    if m is None:
        return False
    # a named subject is the speaker's own side when the speaker's title names it ("Russian Foreign Minister
    # Jo Park said Russia is ready to", "BP spokesman Jo Park said BP will not")
    side = m.group("side")
    return side is None or side.lower()[:5] in before[max(0, at - 40) : at + len(speaker)].lower()


# the words between two names said together as one subject ("Jo Park and Al Roe", "Jo Park, Al Roe and Li Wu",
# "Jo Park and Foreign Minister Al Roe": a title may open the next name)
_JOINT_GAP = re.compile(r"(?:\s*,\s*[^,;:.]{1,60}?)*\s*,?\s+(?:and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,4}")


def _said_name(text: str, speaker: str) -> str:
    """The name a sentence gives its speaker just before the verb of saying: the speaker, or for a joint speaker
    whose names the sentence splits with titles ("Foreign Minister Jo Park and Defence Minister Al Roe said",
    the speaker "Jo Park and Al Roe"), its last name."""
    if speaker in text or " and " not in speaker:
        return speaker
    return speaker.rsplit(" and ", 1)[1].strip()


def _joint(text: str, a: Attribution, b: Attribution) -> bool:
    """Whether two speakers of a sentence say it together: their names are joined as one subject ("Jo Park
    and Al Roe said", "Jo Park, Al Roe and Li Wu said"), so a stance one of them holds (:func:`_own_stance`)
    is the other's too."""
    x, y = a.speaker or "", b.speaker or ""
    i, j = text.find(x), text.find(y)
    if not x or not y or i < 0 or j < 0:
        return False
    lo, hi = min(i, j) + len(x if i < j else y), max(i, j)
    return lo <= hi and _JOINT_GAP.fullmatch(text[lo:hi]) is not None


def statement_conflicts(docs: Sequence[AnnotatedArticle]) -> list[dict[str, object]]:
    """Opposite stances on the same action by different speakers ("ready to coordinate" vs
    "rules out coordinating"), flagged only when reliable: both sentences are attributed to
    a named speaker, one carries a commitment cue and the other a refusal cue (never both),
    they name the same action, and they share an actor or place.  Machine-translated or
    hedged wording that misses a cue is left alone rather than guessed at."""
    # speakers, stance, action, name, ids, cite, publication day
    rows: list[tuple[frozenset[str], str, str, str | None, set[str], Citation, str | None]] = []
    for doc in docs:
        if doc.article.duplicate_of:
            continue
        # a sentence may have several speakers ("Jo Park and Al Roe said", split one per person upstream)
        said: dict[int, list[Attribution]] = {}
        for att in doc.attributions:
            known = said.get(att.sentence, [])
            if (
                att.speaker
                and att.kind in ("quote", "paraphrase", "report")
                and all(att.speaker != k.speaker for k in known)
            ):
                said.setdefault(att.sentence, []).append(att)
        text_of = {s.index: s.text for s in doc.sentences}
        for index, atts in said.items():
            text = text_of.get(index, "")
            pro, con = bool(_FOR.search(text)), bool(_AGAINST.search(text))
            action = _action_of(text)
            if pro == con or action is None:
                continue
            cue = (_FOR if pro else _AGAINST).search(text)
            if cue is None or not _ACTION.search(text[cue.start() : cue.end() + 40]):
                continue
            own = [x for x in atts if _own_stance(text, cue, _said_name(text, x.speaker or ""))]
            own += [x for x in atts if x not in own and any(_joint(text, x, y) for y in own)]
            if not own:
                continue  # "officials say Britain plans to withdraw": Britain's plan, not the officials' stance
            own.sort(key=lambda x: text.find(x.speaker or ""))
            ids = {m.entity for m in doc.mentions if m.sentence == index and m.entity}
            ids |= {t.place for t in doc.toponyms if t.sentence == index and t.place}
            speakers = frozenset(x.speaker_entity or (x.speaker or "").lower() for x in own)
            name = " and ".join(x.speaker or "" for x in own)
            cite = Citation(source=doc.article.id, sentence=index, text=text)
            day = date_bounds(doc.article.published.value)[0] if doc.article.published.value else None
            rows.append((speakers, "for" if pro else "against", action, name, ids, cite, day))

    out: list[dict[str, object]] = []
    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if a[0] & b[0] or a[1] == b[1] or a[2] != b[2] or not (a[4] & b[4]):
                continue
            if (
                abs((dt.date.fromisoformat(a[6]) - dt.date.fromisoformat(b[6])).days) > STANCE_DAYS
                if a[6] and b[6]
                else a[6] != b[6]
            ):
                continue  # stances months apart answer different questions
            values = [
                {"value": f"{row[1]} ({row[2]}…)", "said_by": row[3], "citations": [row[5].to_dict()]} for row in (a, b)
            ]
            out.append({"about": f"opposite statements on {a[2]}…", "kind": "statement", "values": values})
    return out
