"""Attribution: who says each sentence, and through which outlet.  And figures linked to their claimant.

Pure Python + regular expressions.  :func:`extract_attributions` returns **at most one**
:class:`~storyline.records.Attribution` per sentence, and only for sentences that carry one
(sentences without a speaker, cue or relaying outlet get no record: absence means ``kind="none"``).

Semantics (documented, tested):

* ``speaker`` -- the person or organisation who says it, as written in the article, with ranks and
  honorifics kept ("Capt. Jeff Davis", "Brig. Gen. Talal Ali Selo") and offices moved to ``role``
  ("Pentagon spokesman", "the spokesman for the SDF", "Turkish foreign Minister").  A leading "the"
  before a proper name is dropped ("Syrian Observatory for Human Rights").  Anaphora are resolved to an
  earlier speaker of the same article where that is safe: he/she/him/her -> the last person speaker whose
  gender, where the article shows it (an honorific, "spokeswoman", he/she used with that name alone),
  fits -- unless a person the pronoun could be was named (outside quotations, not as the object of a
  preposition) after that speaker: the subject of the latest such sentence, else nobody when that name came
  in the last three sentences, and nobody again for the same pronoun in the next two sentences while no one
  else speaks ("I sat down with the minister, Jo Park. ... '...,' he said. But he stressed": not the
  speaker before Jo Park) -- and an unnamed person who opens a sentence since ("In May a senior official of
  the ministry ruled it out.  '...,' he said") is who "he" is, as written, not the named speaker before
  ("the spokesman" that fits that speaker's office is that speaker again; another "the spokesman" leaves
  the pronoun unknown; "the doctor" or "the tall student" is taken as someone already named and changes
  nothing) (:func:`_resolve_person_pronoun`, :func:`_described_subject`); they/them -> a group or organisation
  that spoke in the last two sentences, never one person; a bare surname -> the earlier full name ("Selo" -> "Brig. Gen. Talal Ali Selo"); "the Observatory" ->
  the earlier name containing that word; "the spokesperson" -> the last speaker who was a spokesperson;
  "the group"/"the organisation" -> the last organisation speaker; "according to the statement" -> the
  organisation that spoke in the previous two sentences.  When nothing fits, the text is kept as is
  ("the spokesperson", "a Kurdish spokeswoman"), except a pronoun or demonstrative ("he", "they",
  "according to these reports"): it names nobody, so the record keeps its kind and cue with no speaker.
  A company, office or adjective before a name is the role ("Acme CEO" | "Jo Park", "Acme Vice-President" |
  "Jo Park", "Harbor Chief of Staff" | "Ann Grey", "Haitian DJ" | "Jo Park"; words the tagger puts in another
  name are no part of the person's), but the office of a tagged body speaks whole ("the CEO of Acme Air").
  A tag that lumps a body and a person's name into one organisation shows nothing: "Ministry of Acme Jo Park"
  (with "Acme" a place the sentence names) and "Acme CEO Jo Park" (with "Jo Park" or "Park" tagged as a
  person) -> "Jo Park" | the body.  A nationality or office the tagger puts inside a person's name is the
  role too ("Briton Jo Park", "Secretary of the Interior Jo Park" -> "Jo Park"), also when a later bare
  surname is resolved to it; a nationality that opens a body's name stays ("the Swiss National Bank").
  An office "of" a body with the name lumped into the body's tag ("Secretary of the Interior Jo Park", tagged
  "the Interior Jo Park") splits off a two- or three-word personal name (:func:`_lumped_name`).  Two named
  people joined by "and" speak jointly, each name split from its own office ("Acme Secretary Jo Park and
  Harbor Secretary Sam Lee" -> "Jo Park and Sam Lee" | "Acme Secretary; Harbor Secretary"; a role only when
  both have one), and a bare surname after them is the one person ("Lee" -> "Sam Lee"); a couple sharing a
  surname stays as written ("Tom and Ann Hale") (:func:`_joint_persons`); a named body and another body speak
  jointly too ("UNICEF and the state government say", :func:`_body_phrase`), and a later "the Coast Guard" is
  that one body, never the pair.  A participle phrase set off by
  commas before another appositive is no speaker ("Jo Park, giving a briefing with Sam Lee, the mayor,
  said" -> "Jo Park").  A compound rank stays whole with the name ("Coast Guard" | "Rear Adm. Mary Landry"), an office ending
  in "General" stays in the role ("Attorney General" | "Eric Holder"); an age appositive is dropped
  ("Grace Rwaramba, 42, said"), a place or affiliation after a name becomes the role ("Carolyn Kemp of
  Monterey, La." -> "Carolyn Kemp" | "Monterey, La."); a caption or headline glued before the speaker
  is cut off ("... collapse A White House spokesman said" -> "A White House spokesman"), and so is a title-case
  headline glued before an office or a name (:func:`_headline_cut`): one with a headline word ("... Will Meet
  With Acme Chief"), one that ends in the speaker's own surname ("Park Visits Coast President" | "Jo Park" ->
  "President"), in the article's first sentence three capitalised words that are no office, rank, nationality
  or tagged name ("Ferry Sinks Off Coast Jo Park" -> "Jo Park"), and anywhere a caption of two words in
  capitals ("LAST SURVIVOR Jo Park"); a firm named for the speaker ("Jo Park, chief of Park Partners") and a
  long office later in the article stay.  A word for an occupation before a name is the role ("Lawyer Jo
  Park" -> "Jo Park" | "Lawyer"), a rank that is also a noun is not ("Specialist Jo Park", "Father Jo Park").
  An anonymous "Another"/"One of them" speaks as written and is never what a later "he"/"she" resolves to:
  right after it the pronoun names nobody; "Another, Jo Park, said" is Jo Park.  The quotation marks around
  the title of a work after "author of", "the book", "titled" ... are no quotation ("Jo Park, author of 'The
  Long Winter', said" -> "Jo Park" | "author of 'The Long Winter'", a paraphrase).  A question about what
  someone will say or said ("What will Jo Park say about ...?") is no attribution (a pronoun subject is left
  alone), and a bare acronym is the body itself, never an earlier speaker that ends in it ("the school and the
  AHA").  An anonymous group
  speaks as written ("Rescue workers", "some scientists", "legal experts and some investors"): a plural
  noun for people heading a short noun phrase, never resolved to one person ("they" may resolve to it).  The
  head of a relative or participle phrase speaks, not a name inside it ("researchers who studied video
  released by Acme told" -> "researchers", "police investigating the death of Jo Park say" -> "police"); a
  clause before "and" is not part of the speaker ("the cap is fitted and Acme says" -> "Acme"); a
  parenthetical gloss is dropped ("Medecins Sans Frontieres (MSF) said"); a body's name with a list inside
  is one name ("a spokeswoman for the Department for Children, Schools and Families", never its tail
  "Schools and Families"); "the UN" (an acronym) is the body itself, never an earlier person or office that
  contains it ("a UN spokesman").  "According to local reports"/"official figures" name nobody (no
  speaker); "according to his estimates" is resolved like "he".  After "tells"/"told" comes the listener,
  never the speaker.  A named team speaks as one ("Jo Park and colleagues at Acme" -> "Jo Park and colleagues" |
  "Acme"), and "the researchers" resolves to it only from the sentence just before; otherwise an anonymous group
  stays as written.  A share of a group speaks as the group ("42 percent of the patients surveyed at the X Center
  said" -> "the patients"); a number is never a speaker ("1,004" is one number, not a clause ending in "1");
  "according to its figures" is the organisation that spoke or was named alone in the sentence before, else
  nobody; "the company"/"the firm" is the organisation that spoke last, one to three sentences before, with no
  other speaker since and no other organisation named in between, never a public body -- else it stays as
  written.  A quote whose own cue names someone new ('"...," an aide told the radio') does not take the
  previous speaker.  An opening concessive clause's cue ("While the firm has said ..., the source said") yields
  to the main clause's.  A figure given as someone's estimate with no speech verb names the estimator
  (:func:`_estimate`): "Acme has been estimating 5,000 barrels a day", "scientists have pegged the flow at",
  "the Red Cross put the toll at", "Acme's estimate of 5,000", "the official Acme figure of 5,000" -- never a
  passive ("was put at"), and not when the sentence gives another figure outside brackets (it may be someone
  else's).  A document speaks for its issuer (:func:`_document_issuer`): "the UN's report released on Monday" ->
  "UN", "a study by the Acme Institute" -> "Acme Institute", "Labor Department figures" -> "Labor Department";
  a document without a named issuer ("an update released on Monday", "Estimates", "the Republican report" --
  an adjective is no issuer, "New estimates" -- nor a word capitalised only because it opens the sentence)
  names nobody; a name whose "'s" is its own keeps it ("the Moody's report" -> "Moody's", where the tagger
  names "Moody's").  A
  prepositional phrase never speaks ("claims through an impartial administrator": a noun, not a verb), a clock
  time ("12:54 PM") is no part of a name, "One heard people ... say" is the people's word, and a name the
  tagger calls an organisation that ends in a line of business ("Acme Oil") is no person for "he"/"she".  A
  role is one noun phrase: a clause joined by "but"/"while" before its determiner and a stray lower-case word
  before an organisation's possessive are cut ("... viruses but its director general" -> "its director
  general").  A speech verb
  inside quoted words is not a cue, and an unclosed quotation mark does not carry a quote into the next
  paragraph unless the next quotation mark closes it: a sentence whose first mark opens a new quote starts
  outside one ('... to "protect targets.  CNN, citing officials, notes that "the assumption" is' -> CNN
  citing the officials, never the speaker before), but a straight mark after a space that a speech verb
  soon follows is a closing one misplaced ('..., "Jo Park said.') (:func:`_opens_first`).  A quote closed
  by a cue that names its speaker ('"It gets bad.  We lose time," said Jo Park.') is that speaker's from
  where it opened, in sentences with no speaker of their own too; a closing pronoun spreads back only when
  it is whoever spoke just before the quote opened.  A word after a possessive is a noun, not a cue
  ("Jo Park's reports divided", "Acme's stated aim", "It's said"), unless the "'s" is the tagged name's own
  ("Moody's said") (:func:`_after_possessive`).  "Park of the Acme Agency" is the earlier speaker or tagged
  person whose name ends in "Park" (else, after an honorific, "Mr Park" | "Acme Agency"; "Friends of the
  Earth", "Officials at X" stay whole).  A rank that is also an office after a body's word is the office
  ("French Fire Commander" | "Jo Park", "House Speaker" | "Ann Lowe"; "Navy" | "Commander Jo Park" keeps the
  rank), and a lower-case office word before a body's name stays in the role ("the foreign Ministry of
  Acme" | "Jo Park").  A possessive inside a body's name is part of it ("SOS Children's Villages", "Acme
  Children's Hospital", "Women's Aid": a plural noun for people before the "'s", a body's head word at the
  end, or a tag across the "'s" into a plural noun), unlike "the White House's Jo Park"
  (:func:`_possessive_in_name`).  A transcript's speaker label in capitals ("BROWN: The media has ignored
  it.", "LEO GRANT, HARBOUR PILOT: ...") names the tagged person whose surname it prints, for that turn's
  sentence when it has no cue of its own -- not a question, a courtesy of under four words, or a label that
  names no tagged person ("QUESTION:", "UPDATE:") (:func:`_turn_speaker`).  A quote told as a written
  text ('"Are you a fan?" reads question 12', '"...," Mr Orme read') does not continue the speaker before,
  unless it is the document just attributed ("the letter reads") (:func:`_written_by_other`).
* ``via`` -- a news outlet that *relays* someone else's words: "CNN reported, citing U.S. Colonel
  Stephen Warren" -> speaker Stephen Warren, via CNN; "told Sputnik" -> via Sputnik; "(quoted by RIA
  Novosti)" on its own line -> via RIA Novosti for the quote before it.  When an outlet reports on its
  own account ("State news agency SANA reported that", "Reuters estimates that", "..., reports Reuters",
  "according to AFP"), the outlet is the ``speaker`` and ``via`` is None.
* ``kind`` -- ``quote`` (quoted words of three or more words, with a cue, or a quote-only sentence that
  continues the previous speaker -- not a quoted question put to "you" that the same speaker answers next,
  an unnamed interviewer's), ``report`` (an outlet's report, "X reported", "citing"),
  ``paraphrase`` (reported speech: said that, according to, told X that).
* ``cue`` -- the verb or phrase ("said", "told", "according to", "citing", "estimates").

:func:`link_figures` sets ``Figure.said_by`` (the speaker of the figure's sentence, else the relaying
outlet, else None: the article's own outlet is then the implicit claimant -- but only for a figure in what
is reported: one before the reporting verb, in a clause a conjunction or semicolon ends, is the narrative's
("Shares fell 2% and the firm said ...", "... after the firm said ..."), unless the reporting clause ends
the sentence ("Shares fell 2%, and 20 jobs went, the firm said"); see :func:`_before_other_clause`) and ``Figure.as_of`` (the
nearest DATE/TIME expression with a calendar value in the same sentence, not one that only says when a
count began -- "has displaced tens of thousands since late last year" is a total as of now, and so is
"has paid $3bn since the spill began on April 20" (a time anywhere in a "since" clause the figure is outside
of, or before "onwards": :func:`_in_since_clause`) --, nor one in
the part of the sentence the figure is compared with ("12,000 barrels a day, far exceeding the 1989 spill",
"4.2%, up from 3.1% in May", "rebounding from Thursday's low"; nor, for a figure after such a cue, the main
clause's time: "15,800 barrels on Wednesday, up on the 15,010 the day before", "18% higher than a year ago at
$5.5bn": see :func:`_of_compared`), nor an offset "N years later" resolved past the
publication year (counted from the wrong day: :func:`_later_beyond`), nor a day heading a chronology's entry
after the figure ("20 April: The rig explodes, killing 11 people 28 April: ...": the 11 are of 20 April; see
:func:`storyline.annotate.figures.entry_heads`); else the publication date when
the figure's clause is in the present tense -- :func:`storyline.annotate.figures.extract_figures` marks
those figures with ``as_of="PRESENT_REF"``, or the sentence holds a PRESENT_REF time expression, unless an
entry's head follows the figure in its sentence (a chronology's historic present); else None).  An explicit
"now" ("now", "currently", "at present") nearer the figure, in its clause, dates it to the publication over a
time of another clause or phrase ("40,000 tickets have now been sold ahead of Saturday's concert"), unless the
now is a saying's, a knowing's or an expectation's (:func:`_now_nearer`).  Distances get no ``as_of`` (geography does not change with the news).  ``link_figures`` always
replaces the provisional PRESENT_REF: with the publication date, or None when there is no dated anchor.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.annotate import timex_lexicon as lex
from storyline.annotate.numbers import WORD_NUMBER
from storyline.annotate.stage import PLACE_LABELS
from storyline.records import Attribution, Figure, Mention, PublishedDate, Sentence, TimeExpression

__all__ = ["extract_attributions", "is_outlet", "link_figures", "outlet_name", "speech_cue_near"]


@lru_cache(maxsize=1)
def _outlet_aliases() -> tuple[dict[str, str], int]:
    """Outlet alias -> canonical name, from the program's one outlet table (``data/outlets.json``,
    read once per process), and the longest alias in words."""
    from storyline.clean.metadata import outlet_table

    aliases = outlet_table().aliases
    return aliases, max(len(a.split()) for a in aliases)


_CAP_RUN_RE = re.compile(r"(?<![\w-])(?:[A-Z]|d(?=pa\b))[\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*")


def _aliases_in(seg: str) -> list[tuple[int, int, str]]:
    """Outlet aliases named in a stretch of text: (start, end, canonical name), in order."""
    alias, max_words = _outlet_aliases()
    found: list[tuple[int, int, str]] = []
    for run in _CAP_RUN_RE.finditer(seg):
        words = [(w.start(), w.end(), w.group().rstrip(".")) for w in re.finditer(r"\S+", run.group())]
        i = 0
        while i < len(words):
            hit = None
            for k in range(min(len(words), i + max_words), i, -1):
                cand = " ".join(w[2] for w in words[i:k])
                if cand in alias:
                    hit = (run.start() + words[i][0], run.start() + words[k - 1][1], alias[cand], k)
                    break
            if hit:
                found.append(hit[:3])
                i = hit[3]
            else:
                i += 1
    return found


_GENERIC_OUTLET_RE = re.compile(
    r"^(?:(?:the\s+)?(?:state(?:-run)?\s+|official\s+|semi-official\s+|local\s+|pro-government\s+)?"
    r"(?:news\s+agency|newspaper|daily|broadcaster|television|tv|channel|radio|news\s+site|website)\s+)"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
    r"|^(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:news\s+agency|newspaper|daily|TV|television"
    r"|channel|radio|broadcaster|news\s+site)$",
    re.I,
)
_STATE_MEDIA_RE = re.compile(
    r"^(?:the\s+)?(?:state|official|local)\s+(?:media|television|TV|news\s+agency|radio)$", re.I
)

_STRONG_VERBS = ("said", "says", "say", "stated", "told", "tells", "tell")
# fmt: off
_WEAK_VERBS = (
    "states", "added", "adds", "noted", "notes", "warned", "warns", "announced", "announces", "claimed", "claims",
    "estimated", "estimates", "reported", "reports", "confirmed", "confirms", "denied", "denies", "explained",
    "explains", "insisted", "insists", "pointed out", "points out", "emphasized", "emphasised", "emphasizes",
    "emphasises", "stressed", "stresses", "argued", "argues", "acknowledged", "acknowledges", "declared",
    "declares", "wrote", "writes", "tweeted", "commented", "asserted", "asserts", "alleged", "alleges", "admitted",
    "admits", "revealed", "reveals", "believes", "believed", "predicted", "predicts", "suggested", "suggests",
    "concluded", "concludes", "recalled", "recalls", "cautioned", "observed", "conceded", "replied", "responded",
    "continued", "indicated", "indicates", "maintained", "maintains", "agreed", "informed",
)
# fmt: on
_REPORT_VERBS = frozenset({"reported", "reports", "wrote", "writes", "estimates", "estimated"})
# fmt: off
_NOUN_LIKE_BEFORE = frozenset(
    [
        "the", "a", "an", "media", "news", "press", "these", "such", "unconfirmed", "recent", "initial", "earlier",
        "local", "following", "those", "some", "many", "conflicting", "early", "first", "latest", "previous",
        "similar", "official", "their", "its", "his", "her", "our", "other",
        # an adjective before "estimates"/"reports" makes it a noun ("New estimates from ... said")
        "new", "fresh", "revised", "updated", "preliminary", "independent", "further", "unofficial", "rough",
        "current", "final", "separate", "conservative",
    ]
)
# fmt: on
_VERB_SET = frozenset({*(v for v in (*_STRONG_VERBS, *_WEAK_VERBS) if " " not in v), "pointed", "points"})
_LOWER_WORDS_RE = re.compile(r"[a-z]+")
_VERB_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted((v.replace(" ", r"\s+") for v in (*_STRONG_VERBS, *_WEAK_VERBS)), key=len, reverse=True))
    + r")\b"
)


_VERB_WORD_RES: dict[str, re.Pattern[str]] = {}


def _verbs(s: str) -> list[re.Match[str]]:
    """Speech-verb matches in a sentence, in order (lower-case only: "the United States" is not a verb)."""
    hits = _VERB_SET.intersection(_LOWER_WORDS_RE.findall(s))
    if not hits:
        return []
    out: list[re.Match[str]] = []
    for v in hits:
        if v in ("pointed", "points"):
            v = v + r"\s+out"
        rx = _VERB_WORD_RES.get(v)
        if rx is None:
            rx = _VERB_WORD_RES.setdefault(v, re.compile(rf"(?<![\w-])({v})\b"))
        out.extend(rx.finditer(s))
    out.sort(key=lambda m: m.start())
    return out


_ACCORDING_RE = re.compile(r"\baccording\s+to\s+", re.I)
_CITING_RE = re.compile(r"\bciting\s+", re.I)
# a bare noun after "according to" that says how, not who: "go according to plan", "according to schedule"
_ACCORDING_IDIOMS = frozenset({"plan", "plans", "schedule", "script", "form", "protocol", "procedure", "type"})
_RELAY_LINE_RE = re.compile(
    r"^\W*\(?\s*(?:citato|citata|citati|cit\.|quoted\s+by|cited\s+by|via|source|reported\s+by|according\s+to)"
    r"\s*:?\s*(?P<o>.+?)[\W]*$",
    re.I,
)
_QUOTE_SPAN_RE = re.compile(r"[“\"«„]([^”\"»“«„]+)[”\"»]?|``(.+?)(?:''|$)")
_OPEN_Q = "“«„"
_CLOSE_Q = "”»"

# news prose's epithet for a big company ("the oil giant", "the British energy giant"): a speaker as written, and
# the holder of the estimate it makes (claims)
FIRM_EPITHETS = frozenset({"giant"})
# fmt: off
_TITLES = frozenset(
    [
        "capt", "capt.", "captain", "col", "col.", "colonel", "gen", "gen.", "general", "brig", "brig.",
        "brigadier", "lt", "lt.", "lieutenant", "maj", "maj.", "major", "sgt", "sgt.", "sergeant", "adm", "adm.",
        "admiral", "cmdr", "cmdr.", "commander", "cpl", "cpl.", "corporal", "pvt", "pvt.", "dr", "dr.", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "lt-gen",
        "lt.-gen.", "lt-gen.", "lt-col", "lt.-col.", "maj-gen", "maj.-gen.", "maj-gen.", "brig-gen", "brig.-gen.",
        "gen.-lt.", "sheikh", "imam", "rev", "rev.", "father", "sir", "lord", "lady", "dame", "king", "queen",
        "prince", "emir",
    ]
)
# fmt: on
# a rank word that belongs to the title after it: "Rear Adm. Mary Landry", "Vice Adm. Thad Allen"
_RANK_MODIFIERS = frozenset({"rear", "vice"})
# armed services: a rank after their name stays a rank ("Navy Commander Jo Park")
_MILITARY_BODIES = frozenset({
    "army", "navy", "naval", "marine", "marines", "force", "forces", "guard", "guards", "corps", "military",
    "coastguard", "air",
})  # fmt: skip
# an office before "General" makes one office, not a rank: "Attorney General", "Surgeon General"
_GENERAL_OFFICES = frozenset(
    {"attorney", "surgeon", "secretary", "director", "inspector", "solicitor", "governor", "postmaster", "consul"}
)
# fmt: off
ROLE_WORDS = frozenset(
    [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "minister", "secretary", "president", "premier",
        "chief", "head", "commander", "director", "official", "representative", "ambassador", "envoy", "governor",
        "mayor", "chairman", "chairwoman", "chair", "leader", "coordinator", "co-ordinator", "adviser", "advisor", "aide", "deputy",
        "undersecretary", "negotiator", "prosecutor", "judge", "analyst", "expert", "researcher", "monitor",
        "officer", "chancellor", "senator", "congressman", "congresswoman", "lawmaker", "mp", "foreign", "defense",
        "defence", "interior", "prime", "vice", "press", "attorney", "coroner", "correspondent", "source",
        "sources", "spokesmen", "officials", "executive", "manager", "detective", "sheriff", "commissioner",
        "administrator", "inspector", "superintendent", "surgeon", "solicitor", "founder", "economist",
        "director-general", "secretary-general", "auditor-general", "president-elect", "ceo", "cfo", "coo",
        "councilman", "councilwoman", "councillor", "councilor", "editor", "whip", "speaker",
    ]
)
# fmt: on
# fmt: off
SPEAKER_NOUNS = frozenset(
    [
        "officials", "official", "sources", "source", "witnesses", "witness", "residents", "resident", "activists",
        "activist", "analysts", "analyst", "experts", "expert", "doctors", "doctor", "medics", "medic",
        "investigators", "police", "military", "army", "ministry", "government", "agency", "monitor", "observatory",
        "group", "groups", "organisation", "organization", "authorities", "authority", "coalition", "command",
        "spokesman", "spokeswoman", "spokesperson", "statement", "communique", "report", "militia", "forces",
        "rebels", "opposition", "council", "office", "embassy", "pentagon", "kremlin", "whitehouse", "department",
        "committee", "campaigners", "officers", "people", "observers", "diplomats", "diplomat", "commanders",
        "commander", "fighters", "residents", "survivors", "journalists", "journalist", "reporters",
        "correspondent", "media",
    ]
)
# anonymous groups of people speak too ("Rescue workers said", "some scientists say"): the phrase as written
# is the speaker, never resolved to one person -- when it is a short noun phrase, not the end of a clause
GROUP_NOUNS = frozenset(
    [
        "workers", "scientists", "researchers", "engineers", "volunteers", "rescuers", "nurses", "teachers",
        "lawyers", "economists", "traders", "investors", "protesters", "protestors", "demonstrators", "villagers",
        "locals", "citizens", "farmers", "fishermen", "soldiers", "troops", "firefighters", "paramedics",
        "staff", "employees", "executives", "relatives", "neighbours", "neighbors", "eyewitnesses", "passengers",
        "critics", "environmentalists", "conservationists", "biologists", "geologists", "seismologists",
        "virologists", "epidemiologists", "meteorologists", "forecasters", "inspectors", "regulators",
        "lawmakers", "legislators", "specialists", "academics", "physicians", "surgeons", "pilots", "crew",
        "charities", "agencies", "students", "parents", "organisers", "organizers", "aides", "advisers",
        "advisors", "negotiators", "prosecutors", "scholars", "detectives", "bankers", "miners", "guards", "historians", "pollsters",
        "patients", "respondents", "voters", "consumers", "participants", "customers", "homeowners", "shoppers",
    ]
)
# fmt: on
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUNS_GROUP = frozenset({"they", "them"})
_DEMONSTRATIVES = frozenset({"these", "those", "this", "that", "such", "some", "it"})
# fmt: off
DOC_NOUNS = frozenset({
    "statement", "report", "communique", "communiqué", "data", "figures", "estimate", "estimates", "release",
    "announcement", "document", "letter",
})
# fmt: on
# fmt: off
FIRM_NOUNS = frozenset({
    "company", "firm", "lender", "insurer", "airline", "carrier", "retailer", "manufacturer", "maker", "drugmaker",
    "automaker", "carmaker", "utility", "contractor", "conglomerate", "supplier", "producer", "exporter",
})
# fmt: on
# a public body rather than a business: never what "the company" points back to
_PUBLIC_BODY_RE = re.compile(
    r"\b(?:Ministry|Department|Agency|Government|Council|Committee|Commission|Office|Police|Army|Navy|Court|"
    r"Parliament|Congress|Senate|House|Administration|Authority|Organi[sz]ation|Nations|Centers?|Centres?|"
    r"Institutes?|University|School|Service|Forces?|Guard|Pentagon|Kremlin)\b"
)
# fmt: off
_GROUP_ANAPHORA = frozenset({
    "group", "organisation", "organization", "monitor", "watchdog", "agency", "alliance", "coalition", "militia",
    "ministry", "army", "movement", "body",
})
# fmt: on
# words of closed classes that open a sentence and are no part of the speaker after them: conjunctions, adverbs
# of sequence, and focusing or sentence adverbs and a fronted "what" ("Even Acme admits", "Only the mayor
# knows", "What Jo Park said was untrue"): capitalised by their place, they would otherwise be read as a name's
# first word ("Even Acme") or, alone, as the name ("Instead, he said" -> "Instead")
LEADING_JUNK_RE = re.compile(
    r"^(?:(?:and|but|however|meanwhile|also|then|previously|earlier|later|now|so|yet|while|moreover|in\s+turn|"
    r"separately|still|further|furthermore|although|though|as|since|when|once|if|after|before|because|until|"
    r"unless|even|only|instead|indeed|perhaps|maybe|what|yes|plus|nowhere)\b[\s,]*)+",
    re.I,
)
# a word that opens a fronted participle or adverb phrase and never names a speaker: "Based on the highest
# estimates, the spill ...", "Last reported, the city was losing ...", "Asked about ...": when the rest of the
# phrase is trimmed as junk ("on the highest") or the cue follows it ("Last reported,"), the word is left alone
_FRONTED_OPENERS = frozenset({
    "based", "asked", "speaking", "writing", "commenting", "responding", "referring", "citing", "quoting", "judging",
    "compared", "given", "last", "according", "reportedly",
})  # fmt: skip
_TRAILING_JUNK_RE = re.compile(
    r"(?:\s+(?:has|have|had|also|previously|earlier|later|reportedly|then|further|would|will|once|again|recently|"
    r"repeatedly|publicly|officially|separately|today|yesterday|already|has\s+also|had\s+also|not|is|was|were|"
    r"are|only|too|quickly|subsequently|in\s+turn|himself|herself|itself|themselves|on\s+[A-Z][a-z]+day|"
    r"on\s+the\s+\w+|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)|"
    r"(?:on\s+)?(?:" + "|".join(day.capitalize() for day in lex.WEEKDAYS) + r")(?:\s+(?:night|morning|evening|"
    r"afternoon))?))+\s*$"
)
_BOUNDARY_RE = re.compile(
    r"(?<!\d),|,(?!\d)|[;:“”\"«»()\[\]]|''|``|—|–|\s--?\s|^--?\s|\bthat\b|\bbut\b|\bwhile\b|\bwhen\b|\bwhere\b|\bbecause\b"
    r"|\band\s+(?=[a-z])|\bso\b|\bafter\b|\bbefore\b|\bas\s+(?=[a-z])|\bwhat\b|\bhow\b"
)
_NAME_CONNECT = frozenset(
    {
        "of",
        "for",
        "al",
        "al-",
        "bin",
        "ibn",
        "de",
        "da",
        "van",
        "von",
        "der",
        "la",
        "le",
        "el",
        "abu",
        "&",
        "and",
        "sans",
        "du",
        "des",
        "di",
        "del",
        "y",
    }
)
_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’]|[.\-](?=[^\W_]))*\.?|\d[\d,.]*|\S")


# --------------------------------------------------------------------------- outlets and cues


def outlet_name(phrase: str, extra: Sequence[str] = ()) -> str | None:
    """The canonical outlet named by a phrase ("Reuters", "State news agency SANA", "“Interfax”"), else None."""
    return _outlet_name(phrase, tuple(extra))


@lru_cache(maxsize=4096)
def _outlet_name(phrase: str, extra: tuple[str, ...]) -> str | None:
    alias, _ = _outlet_aliases()
    p = re.sub(r"[“”\"«»„]", "", phrase).strip(" .,;:()'’")
    p = re.sub(r"^(?:the)\s+(?=[A-Z])", "", p) if p not in alias else p
    if p in alias:
        return alias[p]
    for e in extra:
        if e and p.lower() == e.lower():
            return e
    g = _GENERIC_OUTLET_RE.match(p)
    if g:
        inner = g.group(1) or g.group(2)
        if inner[:1].isupper() and inner.lower() not in ("the", "a", "an", "local", "state", "official"):
            return alias.get(inner, inner)  # never "the" of "the radio" (the pattern ignores case)
    if _STATE_MEDIA_RE.match(p):
        return p
    if len(p.split()) <= 5 and re.search(r"\b(?:news|agency|newspaper|tv|television|channel|radio)\b", p, re.I):
        hits = _aliases_in(p)
        if hits:
            return hits[0][2]
    return None


def is_outlet(phrase: str) -> bool:
    """True when the phrase names a news outlet."""
    return outlet_name(phrase) is not None


def speech_cue_near(text: str, start: int, end: int) -> bool:
    """True when the span at text[start:end] looks like a speaker: followed by a speech verb or after
    "according to"/"citing"/"told"."""
    after = text[end : end + 40]
    if re.match(
        r"\s*(?:,[^,]{0,40},\s*)?(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+|on\s+\w+\s+)?"
        r"(?:said|says|say|stated|told|reported|reports|estimates|estimated|noted|claimed|claims|announced|"
        r"confirmed|added|warned|believes)\b",
        after,
    ):
        return True
    before = text[max(0, start - 20) : start]
    return bool(re.search(r"(?:according\s+to|citing|told|quoted\s+by)\s+(?:the\s+)?$", before, re.I))


# --------------------------------------------------------------------------- speaker phrases


@dataclass
class _Found:
    speaker: str | None
    role: str | None = None
    via: str | None = None
    kind: str = "paraphrase"
    cue: str | None = None
    person: bool | None = None
    raw: str | None = None  # the speaker phrase as written, before resolution


def _toks(s: str) -> list[str]:
    return _TOKEN_RE.findall(s)


def _low(t: str) -> str:
    return t.lower().strip("'’")


def _is_cap(t: str) -> bool:
    return t[:1].isupper() or (t[:1] == "-" and t[1:2].isupper())


def _strip_det(s: str) -> str:
    return re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", s.strip())


def _split_name_role(chunk: str, mentions: Sequence[Mention], chunk_abs: int) -> tuple[str, str | None, bool | None]:
    """Split a speaker phrase into (speaker, role, is_person).  A name the tagger reads as an organisation and
    that ends in a word for a line of business ("Acme Oil", "Harbor Energy") is no person, though two
    capitalised words look like one (the tagger alone is no proof: it often tags people as organisations)."""
    joint = _joint_persons(chunk, mentions, chunk_abs)
    if joint is not None:
        return joint
    spk, role, person = _split_name_role_raw(chunk, mentions, chunk_abs)
    whole = chunk.strip(" ,")
    at = whole.rfind(spk) if spk else -1
    obj = _DESCRIBED_OBJECT_RE.search(whole[:at].rstrip()) if spk and at > 0 else None
    if obj is not None and _name_is_object(obj, person) and 1 <= len(head := whole[: obj.start()].split()) <= 4:
        if all(_is_cap(t) for t in head) and _low(head[0]) not in ("the", "a", "an"):
            # "Jo Park of the environmental group Acme": a name heads the phrase, what it is of is the role
            return " ".join(head), _strip_det(whole[obj.start() :].split(None, 1)[1]), _person_guess(" ".join(head))
        if not any(_role_word(_low(t)) or _role_word(_low(t).rstrip("s")) for t in head):
            # "A friend of the late singer Tom Hale": no office heads the phrase, so nobody speaks for the
            # name; an office does ("the head of the charity Acme": the charity speaks, its head is the role)
            return whole, None, _person_guess(whole)
    if person and spk and _org_tagged(spk, mentions):
        person = False
    if spk and not role and _joint_bodies(spk) and re.fullmatch(rf"\W*[Tt]he\s+{re.escape(spk)}\W*", chunk):
        spk = "the " + spk  # "The WHO and the CDC said": both articles (see :func:`_joint_body_article`)
    return spk, role, person


# a phrase headed by "of"/"for" whose last words are a description the name after them is set beside ("a
# friend of the late singer", "a user of the website"): English sets a name beside the nearest noun, so the
# name is what the phrase is of, and the phrase's head speaks
_DESCRIBED_OBJECT_RE = re.compile(
    r"\b(?:of|for)\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w'’-]*\s+)*(?P<w>[a-z][\w'’-]*)$"
)


def _name_is_object(obj: re.Match[str], person: bool | None) -> bool:
    """Whether the name after an "of"/"for" phrase (``obj``, :data:`_DESCRIBED_OBJECT_RE`) is its object, not
    the speaker: "A friend of the late singer Tom Hale said", "a user of the website Chirper said", "a
    spokesman for the oil company Acme said" -- but "Spokeswoman for the health department Jo Park": a body's
    word, then a person's name, is the office of a body and its officer."""
    return not (person and _ORG_WORDS.fullmatch(obj.group("w").capitalize()))


_JOINT_RE = re.compile(r"^(?P<a>.+?)\s+and\s+(?P<b>[A-Z].*)$")


def _joint_persons(chunk: str, mentions: Sequence[Mention], chunk_abs: int) -> tuple[str, str | None, bool] | None:
    """Two named people joined by "and" ("Homeland Security Secretary Jo Park and Interior Secretary Sam Lee
    said") speak jointly: the speaker shows both names, each split from its own office ("Jo Park and Sam
    Lee"), the role both offices ("Homeland Security Secretary; Interior Secretary") when each has one, else
    none (one office is not the pair's).  Only when each side is a person the tagger names (or a titled
    name); a couple ("Tom and Ann Hale"), a body with a list in its name or a group stays as written."""
    lead = len(chunk) - len(chunk.lstrip(" ,"))
    body = chunk.strip(" ,")
    m = _JOINT_RE.match(body)
    if m is None or " and " in m.group("b") or re.search(r"[,;:()“”\"]", body):
        return None
    sides = []
    for g in ("a", "b"):
        sub = m.group(g)
        off = chunk_abs + lead + m.start(g)
        spk, role, person = _split_name_role_raw(sub, mentions, off)
        if not person or not spk or not _is_cap(spk.split()[0]):
            return None
        inside = [x for x in mentions if x.label == "PERSON" and off <= x.start and x.end <= off + len(sub)]
        if inside and not any(
            spk.endswith(x.text.split()[-1])
            and all(_low(t).rstrip(".") in _TITLES for t in spk.split()[: -len(x.text.split())])
            for x in inside
        ):
            return None  # more than a tagged name and its ranks: "Will Meet With McCain" in a glued headline
        if (
            not inside
            and not re.match(r"(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]", sub)
            and not (role and len(spk.split()) >= 2)  # "Secretary of the Interior Jo Park", the name split off
        ):
            return None
        sides.append((spk, role))
    if len(sides[0][0].split()) == 1 and len(sides[1][0].split()) > 1 and sides[0][1] is None:
        return None  # "Tom and Ann Hale": a couple that shares a surname, one speaker phrase as written
    roles = [r for _s, r in sides]
    role = "; ".join(r for r in roles if r) if all(roles) else None
    return f"{sides[0][0]} and {sides[1][0]}", role, False


_BUSINESS_WORDS = frozenset({
    "oil", "gas", "energy", "petroleum", "airlines", "airways", "motors", "foods", "pharmaceuticals", "pharma",
    "systems", "capital", "partners", "holdings", "industries", "resources", "technologies", "communications",
    "electric", "chemicals", "mining", "shipping", "insurance", "securities", "investments", "associates",
    "media", "solutions", "services", "brands", "logistics", "drilling", "offshore", "exploration", "financial",
    "telecom", "networks", "software", "entertainment", "bank", "motor", "airline", "petrochemicals",
})  # fmt: skip


def _org_tagged(name: str, mentions: Sequence[Mention]) -> bool:
    """True when the article tags this very name as an organisation, never as a person, and the name ends in
    a word for a line of business."""
    name = _strip_det(name)
    if not name.split() or _low(name.split()[-1]) not in _BUSINESS_WORDS:
        return False
    labels = {m.label for m in mentions if _strip_det(m.text) == name}
    return "ORG" in labels and "PERSON" not in labels


def _split_name_role_raw(
    chunk: str, mentions: Sequence[Mention], chunk_abs: int
) -> tuple[str, str | None, bool | None]:
    chunk = chunk.strip(" ,")
    team = _TEAM_SPLIT_RE.fullmatch(chunk)
    if team:  # "Jo Park and colleagues at Acme University": the team speaks, its institution is the role
        aff = _strip_det(team.group("aff1") or team.group("aff") or "") or None
        return f"{team.group('name')} and {team.group('noun')}", aff, False
    # mention-based: the last PERSON/ORG mention that ends the phrase
    for m in reversed(mentions):
        if m.label != "PERSON" or not (chunk_abs <= m.start and m.end <= chunk_abs + len(chunk)):
            continue
        tail = chunk[m.end - chunk_abs :].strip()
        affiliation = None
        if tail and not re.fullmatch(r"[\W]*", tail):
            # "Doug Helton of the National Oceanic and Atmospheric Administration": the person speaks, the
            # organisation (or home town) after "of"/"from"/"at" is their affiliation
            am = re.fullmatch(
                r"(?P<p>of|from|at|with|in)\s+(?:the\s+)?(?P<org>[A-Z][^,;:()]*?|(?<=the\s)[a-z][\w-]*(?:\s+[\w-]+)?)"
                r"[\s,.]*",
                tail,
            )
            if am is None:
                continue
            affiliation = ("in " if am.group("p") == "in" else "") + am.group("org")
            raw_tail = chunk[m.end - chunk_abs :]
            org_at = m.end + len(raw_tail) - len(raw_tail.lstrip()) + am.start("org")
            if am.group("p") == "at" and any(o.label in ("FAC", "LOC") and o.start <= org_at < o.end for o in mentions):
                # "Jo Park at Camp David", "Jo Park at the Heathrow terminal": a site or a place after "at"
                # says where the person was, it is no body they serve (unlike "Jo Park at Acme")
                affiliation = None
        name = m.text
        # "Behind Jo Park": a word that opens the sentence is no part of the name; "Briton Jo Park": the
        # nationality or office the tagger put in the name is the role (see below)
        lead, name = _bare_person(name)
        inner = _NAME_OF_ORG_RE.fullmatch(name)
        if inner and not affiliation:
            # NER took "Stephen Rae of Acme" for one name: the person speaks, the organisation is the role
            name, affiliation = inner.group("name"), inner.group("org")
        head = chunk[: m.start - chunk_abs]
        toks = head.split()
        titles: list[str] = []
        # words the tagger puts in another name ("Acme Jo Park", "Haitian DJ Jo Park") are no part of this one
        # -- but a one-word place may be a first name it misread ("Natalia" in "Natalia Franco")
        other = {
            w
            for o in mentions
            if o.label != "PERSON"
            and chunk_abs <= o.start
            and o.end <= m.start
            and (o.label not in ("GPE", "LOC") or o.text.isupper() or len(o.text.split()) > 1)
            for w in o.text.split()
        }
        # name parts NER left out ("Gen. Talal" + "Ali Selo"), then ranks and honorifics -- not a word for an
        # occupation before a tagged first name and surname ("Lawyer Jo Park", "Choreographer Jo Park": the
        # word is capitalised because it opens the sentence, and is the role)
        while (
            toks
            and _is_cap(toks[-1])
            and not _office_word(toks[-1])
            and not (_occupation(toks[-1]) and len(name.split()) >= 2 and not titles)
            and _low(toks[-1]) not in _demonyms()  # "Dutchman Jo Park": the nationality is the role
            and (toks[-1] not in other or (len(toks) > 1 and _low(toks[-2]) in ("of", "for", "and", "&")))
            and _low(toks[-1]) not in _TITLES
            and not _ORG_WORDS.fullmatch(toks[-1])
            and _low(toks[-1]) not in ("the", "a", "an")
            and not toks[-1].endswith((",", "’s", "'s"))
            and not is_outlet(toks[-1])
        ):
            titles.insert(0, toks.pop())
        # a rank before a name is capitalised; a lower-case one is an office ("Incident commander Adm. X")
        while toks and _low(toks[-1]) in _TITLES and _is_cap(toks[-1]):
            titles.insert(0, toks.pop())
        titles, toks = _settle_titles(titles, toks)
        if (
            titles
            and len(toks) >= 2
            and _low(toks[-1]) in ("of", "for")
            and _is_cap(toks[-2])
            and _office_title_before(toks[:-1])
            and not any(_low(t) in _TITLES or t in other for t in titles)
        ):
            # "Chief of Staff Jo Park", "Secretary of State Jo": the words after a capitalised office's "of"
            # name what it is of, not the person -- but for one first name the tagger left out of a one-word
            # name ("a spokesman for Mr Park", "a friend of Jo Park", "the CEO of Acme Air" with "Acme" tagged
            # as another name: the whole phrase speaks)
            keep = 1 if len(titles) >= 2 and len(name.split()) == 1 else 0
            while keep and keep < len(titles) - 1 and _low(titles[-keep]) in _PARTICLES:
                keep += 1  # "... for Peacekeeping Jo Le Roy", tagged "Roy": "Jo Le" is left out of the name
            toks += titles[: len(titles) - keep]
            titles = titles[len(titles) - keep :]
        if _OF_WHOM_RE.search(" ".join(toks)) and not affiliation:
            whole = _strip_det(chunk)  # "Lawyers for Dr Murray", "the family of X": X is not the speaker
            return whole, None, _person_guess(whole)
        if lead:
            # "Briton Jo Park", "Secretary of the Interior Jo Park" tagged as one name: the nationality or
            # office is the role, as it is before a name the tagger keeps apart
            toks, titles = [*toks, *titles, *lead.split()], []
        speaker = " ".join([*titles, name])
        role = _clean_role(_possessive_org(" ".join(toks)))
        if affiliation:
            role = f"{role}, {affiliation}" if role else affiliation
        if m.label in ("NORP", "GPE") and role is not None:
            break  # "a spokesman for the Kurdish" -- not a name of the speaker
        return _strip_det(speaker), role, m.label == "PERSON"
    toks = chunk.split()
    # trailing run of capitalised tokens (with name connectors)
    i = len(toks)
    while i > 0:
        t = toks[i - 1]
        lt = _low(t)
        if _is_cap(t) or (lt in _TITLES and i < len(toks) and _is_cap(toks[i])):  # not "one lieutenant"
            i -= 1
            continue
        if lt in _NAME_CONNECT and i - 1 > 0 and i < len(toks) and _is_cap(toks[i - 2]):
            i -= 1
            continue
        break
    run = toks[i:]
    preps = ("for", "of", "at", "from", "with", "in", "to", "by", "on", "as", "like", "including")
    if (
        not run
        or (i > 0 and _low(toks[i - 1]) in preps)
        or (
            i > 1
            and _low(toks[i - 1]) in ("the", "a", "an")
            and _low(toks[i - 2]) in preps
            # "the visa service in the UK", "people in the US": a body or people located in a place, which
            # speaks as a whole, as "doctors in Mexico" does -- "in" places the speaker, it names no body
            # the speaker serves (as "for the Pentagon" does); not after a participle, where the place or
            # paper is all the phrase names ("reported in the Washington Post")
            and (
                bool(_ORG_WORDS.fullmatch(run[-1]))
                or (_low(toks[i - 2]) == "in" and i > 2 and re.fullmatch(r"[a-z]+ed", toks[i - 3]) is None)
            )
        )
    ):
        np = " ".join(toks[-12:])  # "the chief of medicine at the County Office": no name, the phrase speaks
        return np, None, _person_guess(np)
    if run and _low(run[0]) in ("the", "a", "an"):
        run = run[1:]
    poss = next((k for k, t in enumerate(run[:-1]) if re.search(r"(?:'s|’s|s'|s’)$", t)), None)
    if (
        poss is not None
        and all(_is_cap(t) for t in run[poss + 1 :])
        and not any(_ORG_WORDS.fullmatch(t) for t in run[poss + 1 :])
        and not _possessive_in_name(run, poss, mentions, chunk, chunk_abs)
    ):
        # "the UN's Jane Roe", "Reuters' John Smith": the organisation before the possessive is the role
        name_toks = run[poss + 1 :]
        if not (len(name_toks) == 1 and _low(name_toks[0]).rstrip(".") in ROLE_WORDS):
            role = _possessive_org(" ".join(toks[:i] + run[: poss + 1]))
            speaker = " ".join(name_toks)
            return speaker, role, _person_guess(speaker, titled=any(_low(t) in _TITLES for t in name_toks))
    # split offices (role) from the name: up to and including the last office word (+ "of X")
    last_role = -1
    for k, t in enumerate(run):
        if _office_word(t):
            if _low(t) in _RANK_MODIFIERS and k + 1 < len(run) and _low(run[k + 1]) in _TITLES:
                continue  # "Vice Adm. Thad Allen": part of the rank, not an office
            last_role = k
    if last_role < 0:
        # "Ministry of Russia Oleg Syromolotov": an organisation, then a two- or three-word personal name
        for k, t in enumerate(run):
            if _ORG_WORDS.fullmatch(t) and k + 1 < len(run):
                j = k + 1
                if _low(run[j]) in ("of", "for") and j + 1 < len(run):
                    j += 2
                rest = run[j:]
                if 2 <= len(rest) <= 3 and not any(_ORG_WORDS.fullmatch(r) or _low(r) in _NAME_CONNECT for r in rest):
                    last_role = j - 1
                    if _low(run[last_role - 1]) in ("of", "for"):
                        last_role -= 2
    if last_role >= 0 and last_role + 1 == len(run) - 1 and _ORG_WORDS.fullmatch(run[-1]):
        last_role = -1  # "the Foreign Office", "the Press Office": an office word names the body, not a role
    if last_role >= 0 and last_role + 1 < len(run):
        k = last_role + 1
        of_body = _low(run[k]) in ("of", "for") and k + 1 < len(run)
        if of_body:
            k += 2
        name_toks = run[k:]
        role = " ".join(toks[:i] + run[:k]).strip(" ,") or None
        after_office = True
    else:
        after_office = of_body = False
        first_title = next((k for k, t in enumerate(run) if _low(t) in _TITLES), 0)
        if first_title:
            _kept, before = _settle_titles(run[first_title : first_title + 1], run[:first_title])
            first_title = len(before)
        elif (
            _low(run[0]) in _demonyms()
            and any(m.label == "PERSON" and m.text.split()[-1] == run[-1] for m in mentions)
            and not any(
                o.label != "PERSON" and f"{run[0]} {run[1]}" in o.text
                for o in mentions
                if len(run) > 1 and chunk_abs <= o.start and o.end <= chunk_abs + len(chunk)
            )
        ):
            first_title = _name_lead(run, offices=False)  # "Dutchman Jo Park": the nationality is the role
        name_toks = run[first_title:]
        role = " ".join(toks[:i] + run[:first_title]).strip(" ,") or None
    # the "name" after an office is the tail of a body's name ("the CEO of Acme Air", tagged "Acme Air"):
    # no person is named, the whole phrase speaks -- but a tag that also takes in the office or body before
    # a personal name lumps the whole phrase together and shows nothing ("Ministry of Acme Jo Park", where the
    # sentence tags "Acme" as a place, "Acme CEO Jo Park", where it tags "Jo Park" or "Park" as a person, both
    # tagged as one organisation: the person speaks, the body is the role; "the Official Charts Company" is
    # one body)
    personal = (
        bool(name_toks)
        and not any(_ORG_WORDS.fullmatch(t) for t in name_toks)
        and (
            # "Ministry of Acme Jo Park": the body is "of" a place the sentence names
            (of_body and any(m.label == "GPE" and _strip_det(m.text) == run[k - 1] for m in mentions))
            # "Acme CEO Jo Park" where "Jo Park" or "Park" is tagged as a person
            or any(m.label == "PERSON" and m.text in (" ".join(name_toks), name_toks[-1]) for m in mentions)
        )
    )
    lumped = 0
    lumped = 0
    if not personal and name_toks and role and any(_office_word(t) for t in role.split()):
        lumped = _lumped_name(run)
        if lumped > len(name_toks) or not any(
            o.label != "PERSON"
            and o.end == chunk_abs + len(chunk.rstrip(" ,"))
            and " ".join(run[-lumped - 1 :]) in o.text
            for o in mentions
            if lumped and chunk_abs <= o.start
        ):
            lumped = 0  # only a tag that lumps the body and the name together shows where the name starts
        elif len(run) <= lumped or not re.search(r"\b(?:of|for)(?:\s+the)?\s*$", " ".join(toks[:i])):
            lumped = 0  # an office "of" a body, then the name: "Secretary of the Interior Jo Park"
    if lumped:
        # "Secretary of the Interior Ken Salazar", tagged "the Interior Ken Salazar" as one organisation: the
        # office of a body, then a two- or three-word personal name that ends the phrase -- the person speaks,
        # the office and its body are the role
        role = " ".join([*(role or "").split(), *name_toks[:-lumped]]) or None
        name_toks = name_toks[-lumped:]
        personal = True
    straddle = (
        not lumped
        and after_office
        and bool(name_toks)
        and any(
            o.label in ("ORG", "GPE", "NORP", "LOC", "FAC")
            and f"{run[len(run) - len(name_toks) - 1]} {name_toks[0]}" in o.text
            and not (personal and run[last_role] in o.text.split())
            for o in mentions
            if chunk_abs <= o.start and o.end <= chunk_abs + len(chunk)
        )
    )
    if not name_toks or straddle:
        np = " ".join(toks[-9:])
        return np, None, _person_guess(np)
    speaker = " ".join(name_toks)
    if role and _OF_WHOM_RE.search(role):
        whole = _strip_det(" ".join(toks[-12:]))  # "A spokesman for the Los Angeles Police Department"
        return whole, None, _person_guess(whole)
    role = _clean_role(role)
    if role and not any(_low(t).rstrip(".") in ROLE_WORDS for t in role.split()) and len(role.split()) > 4:
        role = None
    return speaker, role, _person_guess(speaker, titled=any(_low(t) in _TITLES for t in name_toks))


# plural nouns for people whose possessive opens the rest of a body's name ("Children's Hospital")
_PEOPLE_PLURALS = frozenset({
    "children", "women", "men", "people", "veterans", "workers", "teachers", "nurses", "farmers", "mothers",
    "fathers", "parents", "families", "soldiers", "sailors", "seamen", "miners", "doctors", "citizens",
})  # fmt: skip
# the head word of a body's name after a possessive ("Women's Aid", "St Mary's Hospital"), never a surname
_BODY_HEADS = frozenset({
    "aid", "hospital", "hospitals", "villages", "village", "trust", "fund", "society", "foundation", "charity",
    "association", "league", "alliance", "campaign", "clinic", "centre", "center", "school", "college",
    "university", "institute", "union", "federation", "council", "party", "home", "homes", "shelter", "refuge",
    "network", "museum", "church", "cathedral", "army", "front", "daily", "bank", "corp", "corporation", "inc",
    "company", "co", "ltd", "group", "service", "services", "club", "rights", "commission", "committee",
})  # fmt: skip


def _possessive_in_name(run: Sequence[str], poss: int, mentions: Sequence[Mention], chunk: str, chunk_abs: int) -> bool:
    """Whether the possessive at ``run[poss]`` is inside one body's name ("SOS Children's Villages", "Acme
    Children's Hospital", "Women's Aid") rather than an organisation before a person's name ("the White
    House's Jo Park", "Reuters' Jo Park"): no person is tagged after it, and the possessor is a plural noun
    for people, the name ends in a body's head word, or a tag (not a person's) runs across the possessive
    into a plural noun ("Acme's Auctions"; a tag over "Acme Law's Fisher" is not enough: a surname follows)."""
    tail = run[poss + 1 :]
    inside = [m for m in mentions if chunk_abs <= m.start and m.end <= chunk_abs + len(chunk) + 2]
    if any(m.label == "PERSON" and set(m.text.split()) & set(tail) for m in inside):
        return False
    possessor = re.sub(r"(?:'s|’s|'|’)$", "", run[poss]).lower()
    across = f"{run[poss]} {tail[0]}"
    return (
        possessor in _PEOPLE_PLURALS
        or _low(tail[-1]).rstrip(".") in _BODY_HEADS
        or (
            re.fullmatch(r"[A-Z][a-z]{3,}s", tail[-1]) is not None
            and any(m.label != "PERSON" and across in m.text for m in inside)
        )
    )


# words that end a body's name (the body an office is "of"), never a personal name
_BODY_TAIL = frozenset({
    "states", "kingdom", "republic", "emirates", "islands", "interior", "treasury", "defense", "defence",
    "commerce", "energy", "justice", "labor", "labour", "education", "health", "transportation", "transport",
    "agriculture", "security", "affairs", "staff", "reserve", "environment", "exchequer", "navy", "army", "air",
    "marine", "marines", "homeland", "state", "trade", "industry", "finance", "foreign", "home", "general",
    "development", "services", "resources", "works", "veterans", "housing", "police", "fire", "guard", "county",
    "city", "district", "province", "region", "office", "board", "bureau", "church", "parliament", "congress",
    "senate", "assembly", "court", "party", "university", "college", "school", "hospital", "fund", "programme",
    "program", "project", "team", "club", "group", "times", "post", "news", "journal", "press", "street",
})  # fmt: skip
_FIRST_NAME_TOKEN_RE = re.compile(r"[A-Z][a-z]+\.?|[A-Z]\.")
_SURNAME_TOKEN_RE = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z][\w'’-]*")


def _lumped_name(toks: Sequence[str]) -> int:
    """How many tokens at the end of a body-and-name run ("Interior Ken Salazar") are a personal name: two
    ("Ken Salazar"), three with a middle initial or particle ("Jo A. Park", "Jo de Vries"), else 0.  At least
    one word of the body must remain, and no word of the name may be one that ends a body's name."""
    for n in (3, 2) if len(toks) >= 4 else (2,):
        name = list(toks[-n:])
        if n == 3 and not (re.fullmatch(r"[A-Z]\.", name[1]) or _low(name[1]) in _PARTICLES):
            continue
        if not (_FIRST_NAME_TOKEN_RE.fullmatch(name[0]) and _SURNAME_TOKEN_RE.fullmatch(name[-1])):
            return 0
        if any(
            _low(t).rstrip(".") in _BODY_TAIL | _TITLES
            or _ORG_WORDS.fullmatch(t)
            or _office_word(t)
            or _low(t) in _demonyms()
            for t in (name[0], name[-1])
        ):
            return 0
        return n
    return 0


# a surname's lower-case particle, often written capitalised ("Le Roy", "Van Dyke"): the tagger may leave the
# first name before it out of the name
_PARTICLES = frozenset(
    {"le", "la", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn", "ben"}
)


def _office_title_before(toks: Sequence[str]) -> bool:
    """Whether the words end in a capitalised office title: "Chief", "Secretary of State" (so that a "for"
    after it is still the title's: "Secretary of State for Trade Jo Park")."""
    for t in reversed(toks):
        if not _is_cap(t) and _low(t) not in ("of", "for", "the", "and"):
            return False
        if _is_cap(t) and _office_word(t):
            return True
    return False


# words for what a person does, which a capital letter at the start of a sentence may join to the name after
# them ("Promoter Jo Park said") -- not ranks or honorifics that are also nouns ("Specialist", "Father",
# "Sister", "Inspector" stay with the name)
_OCCUPATIONS = frozenset({
    "choreographer", "promoter", "producer", "singer", "actor", "actress", "rapper", "musician", "comedian",
    "photographer", "writer", "author", "novelist", "journalist", "columnist", "blogger", "broadcaster",
    "presenter", "publicist", "historian", "scientist", "biologist", "psychologist", "psychiatrist",
    "pathologist", "cardiologist", "toxicologist", "anesthesiologist", "anaesthetist", "pharmacist",
    "businessman", "businesswoman", "entrepreneur", "bodyguard", "paramedic", "firefighter", "campaigner",
    "activist", "consultant", "strategist", "pollster", "commentator", "chef", "architect", "designer",
    "filmmaker", "film-maker", "playwright", "coach", "rescuer", "nanny", "housekeeper", "chauffeur", "driver",
    "engineer", "geologist", "seismologist", "virologist", "epidemiologist", "economist", "trader", "banker",
    "investor", "lawyer", "attorney", "nurse", "witness", "resident", "survivor", "neighbour", "neighbor",
})  # fmt: skip


def _occupation(tok: str) -> bool:
    """A word for an occupation ("Lawyer", "Rescuer"), not a rank or honorific ("Dr", "Sgt")."""
    low = _low(tok).rstrip(".,")
    if low in _TITLES:
        return False
    return low in _OCCUPATIONS


def _office_word(tok: str) -> bool:
    """An office ("Minister", "CEO"), also inside a hyphenated compound ("Vice-President"); not a rank."""
    low = _low(tok).rstrip(".,")
    if low in _TITLES:
        return False
    return _role_word(low)


def _role_word(low: str) -> bool:
    """An office word, lower-cased, also as a part of a hyphenated compound ("vice-president", "editor-in-chief",
    "co-founder"): the compound is the same office, however its other parts qualify it."""
    return low in ROLE_WORDS or ("-" in low and any(p in ROLE_WORDS for p in low.split("-")))


# nouns for a person of a nation (the gazetteer's demonyms are its adjectives: "British", "Iraqi")
_DEMONYM_NOUNS = frozenset({
    "briton", "brit", "scot", "scotsman", "scotswoman", "englishman", "englishwoman", "welshman", "welshwoman",
    "irishman", "irishwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "spaniard", "swede", "dane",
    "pole", "ulsterman", "kiwi", "aussie",
})  # fmt: skip
# a company's legal form, which ends its name ("Acme Holdings LLC") and never opens a person's or a speaker's:
# the sentence splitter cut it from the company ("... Acme Holdings LLC. LLC Dean says")
_LEGAL_SUFFIXES = frozenset({"llc", "inc", "ltd", "plc", "corp", "llp", "gmbh"})
# a capitalised word that opens a sentence and that the tagger took into the name after it ("Behind Jo Park"),
# or a legal form cut from the company before it
_LEAD_JUNK = frozenset({
    "behind", "after", "before", "with", "without", "like", "unlike", "meanwhile", "but", "and", "as", "when",
    "while", "then", "also", "even", "including", "asked", "thanks", "despite", "besides", "for", "from", "via",
}) | _LEGAL_SUFFIXES  # fmt: skip


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Lower-case words for a nationality: the gazetteer's adjectives ("British", "Australian") and the nouns
    for a person of a nation ("Briton", "Dutchman")."""
    from importlib import resources

    out = set(_DEMONYM_NOUNS)
    try:
        path = resources.files("storyline") / "data" / "gazetteer" / "countries.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    head = lines[0].split("\t") if lines else []
    if "demonyms" in head:
        col = head.index("demonyms")
        for line in lines[1:]:
            cells = line.split("\t")
            if len(cells) > col:
                out.update(w.strip().lower() for w in re.split(r"[|,]", cells[col]) if w.strip())
    return frozenset(w for w in out if " " not in w)


def _name_lead(toks: Sequence[str], offices: bool = True) -> int:
    """How many leading words of a tagged personal name describe the person instead of naming them: a
    nationality ("Briton Jo Park"), an occupation ("Lawyer Jo Park"), an office with what it is of ("Secretary of the Interior Jo Park",
    "Interior Secretary Jo Park"); ranks and honorifics stay with the name ("Gen. Jo Park").  Two words must
    be left for the name, so a one-word name after an office is left alone (it may be the office's own)."""
    j = 0
    while j < len(toks) and len(toks) - j > 2:
        t = toks[j].rstrip(",")
        if _low(t) in _demonyms() or (j == 0 and _occupation(t)):
            j += 1  # "Briton Jo Park", "Lawyer Jo Park"
            continue
        if not offices or not _office_word(t):
            break
        j += 1
        if j + 1 < len(toks) and _low(toks[j]) in ("of", "for"):
            k = j + 1 + (_low(toks[j + 1]) == "the")
            if k < len(toks) and _is_cap(toks[k]) and len(toks) - k > 2:
                k += 1
                while k < len(toks) and _is_cap(toks[k]) and len(toks) - k > 2 and _low(toks[k]) not in _TITLES:
                    k += 1
                j = k
    rest = toks[j:]
    return j if j and len(rest) >= 2 and all(_is_cap(t) and not _ORG_WORDS.fullmatch(t) for t in rest) else 0


def _bare_person(name: str, junk: bool = True) -> tuple[str, str]:
    """(description, name) of a tagged personal name: "Briton Jo Park" -> ("Briton", "Jo Park"); a word that
    only opens the sentence is dropped ("Behind Park" -> ("", "Park"))."""
    toks = name.split()
    if junk and len(toks) >= 2 and _low(toks[0]) in _LEAD_JUNK:
        toks = toks[1:]
    j = _name_lead(toks)
    return " ".join(toks[:j]), " ".join(toks[j:])


def _settle_titles(titles: list[str], toks: list[str]) -> tuple[list[str], list[str]]:
    """Move the boundary between a role (``toks``) and the ranks kept with the name (``titles``) so that a
    compound rank stays whole ("Coast Guard | Rear Adm.") and an office ending in "General" stays in the
    role ("Attorney General | Eric Holder"), instead of splitting the title in the middle."""
    titles, toks = list(titles), list(toks)
    if (
        titles
        and toks
        and _low(titles[0]) in ROLE_WORDS
        and _is_cap(toks[-1])
        and _low(toks[-1]).rstrip(".,") not in _TITLES | _RANK_MODIFIERS | _MILITARY_BODIES
        and not toks[-1].endswith((",", "'s", "’s", "'", "’"))
    ):
        # "French Fire Commander Jo Park", "National Incident Commander Adm. Jo Park": a rank that is also an
        # office, after a body's word, is that body's office -- the role -- not a rank kept with the name
        # ("Coast Guard Commander Jo Park", "Lt. Commander Jo Park" keep the rank)
        toks.append(titles.pop(0))
    if titles and toks and _low(toks[-1]).rstrip(".") in _RANK_MODIFIERS:
        titles.insert(0, toks.pop())
    elif titles and toks and _low(titles[0]).rstrip(".") in ("general", "gen") and _low(toks[-1]) in _GENERAL_OFFICES:
        toks.append(titles.pop(0))
    return titles, toks


_NAME_OF_ORG_RE = re.compile(
    r"(?P<name>(?!(?:Duke|Duchess|Earl|Bishop|Archbishop|Prince|Princess|King|Queen|Lord|Lady|Emir|Sheikh)\b)"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z].*)"
)
_POSSESSIVE_ORG_RE = re.compile(r"^(?:the\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})(?:'s|’s|'|’)$", re.I)


def _possessive_org(role: str) -> str:
    """ "the BBC's" -> "BBC", "Reuters'" -> "Reuters": an organisation named with a possessive before a name
    is the speaker's affiliation; any other role is returned unchanged."""
    m = _POSSESSIVE_ORG_RE.match(role.strip(" ,"))
    return m.group("org") if m and m.group("org")[:1].isupper() else role


# a phrase ending "<noun> of/for/and [the]" before a name describes someone else: the whole phrase speaks
_OF_WHOM_RE = re.compile(r"(?:^|\s)(?:of|for|and|by|with|to|from)(?:\s+(?:the|a|an))?$", re.I)
_ROLE_TAIL_RE = re.compile(r"(?:\s+(?:the|a|an|at|in|on))+$", re.I)
_TIME_ONLY_RE = re.compile(
    r"(?:(?:on|in|at|by|the|this|last|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|"
    r"morning|afternoon|evening|night|week|month|year)\s*)+",
    re.I,
)


_NOT_STRAY = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "one", "former", "then", "acting", "now", "ex",
    "interim", "outgoing", "incoming", "new", "top", "senior", "chief", "deputy", "also", "both", "and", "or",
})  # fmt: skip
_ROLE_CLAUSE_RE = re.compile(r"^.*\s(?:but|while|whereas|yet)\s+(?=(?:its|their|his|her|the|a|an)\s)")
_ROLE_STRAY_RE = re.compile(r"^(?P<w>[a-z]+)\s+(?=[A-Z][\w.&-]*(?:'s|’s)\s)")


_ROLE_VERB_CLAUSE_RE = re.compile(
    r"^.*?\s(?:was|were|is|are|has|have|had|[a-z]{3,}ed)\s.*\s(?:that|as|after|when|because|since)\s+"
    r"(?=(?:its|their|his|her|the|a|an|another)\s)"
)


def _clean_role(role: str | None) -> str | None:
    """A role without dangling function words ("A spokesman for the" -> "A spokesman"); None when nothing
    but function or time words is left ("On Sunday the", "the")."""
    if not role:
        return None
    role = role.strip(" ,")
    # a role is one clean noun phrase: a clause joined by "but"/"while" before it is not part of it ("pig and
    # bird viruses but its director general" -> "its director general"), nor a stray lower-case word before an
    # organisation's possessive ("cents BP's chief executive" -> "BP's chief executive")
    role = _ROLE_CLAUSE_RE.sub("", role)
    # a sentence's own clause before the speaker's description ("A row erupted in the party after another
    # Texan Republican", "The memo was sent on the day that the chief inspector"): the description only
    cut = _ROLE_VERB_CLAUSE_RE.match(role)
    if cut and not re.search(r"\b(?:who|whom|whose|which)\b", cut.group()):
        tail = role[cut.end() :].split()
        if _is_cap(tail[-1]) or any(_low(t) in ROLE_WORDS | _HUMAN_NOUNS | _OCCUPATIONS for t in tail):
            role = " ".join(tail)  # not "a chemist who has served as a consultant": that is all a description
    if re.search(r"\s(?:which|who|whom|that|under|by|with|to|of)$", role):
        return None  # a clause cut short ("in the USA which", "you set up under"): no description
    stray = _ROLE_STRAY_RE.match(role)
    if stray and stray.group("w") not in ROLE_WORDS | _NAME_CONNECT | _PREPOSITIONS | _NOT_STRAY:
        role = role[stray.end() :]
    if re.fullmatch(r"(?:the|a|an|and|of|for|at|in|on|from|with)(?:\s+(?:the|a|an))?", role, re.I):
        return None
    role = _ROLE_TAIL_RE.sub("", role).strip(" ,")
    if not role or _TIME_ONLY_RE.fullmatch(role):
        return None
    return role


_ORG_WORDS = re.compile(
    r"\b(?:Forces|Force|Army|Front|Brigades?|Party|Movement|Council|Guards?|Units|Coalition|"
    r"Alliance|State|Militia|Organi[sz]ation|Observatory|Ministry|Committee|Command|Corps|Police|"
    r"Government|Agency|Group|Union|Federation|Authority|Administration|Navy|Office|Department|"
    r"Pentagon|Kremlin|House|Bank|Fund|Court|Commission|Institute|Center|Centre|Service|"
    r"Association|Network|Company|Corporation|Inc|Ltd|Observers|Watch|International|Cross|"
    r"Crescent|Nations|NATO|UN)\b"
)


def _person_guess(phrase: str, titled: bool = False) -> bool | None:
    if titled:
        return True
    low = phrase.lower().split()
    if not low:
        return None
    if low[-1] in _PRONOUNS_PERSON:
        return True
    if low[-1] in (
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "secretary",
        "president",
        "official",
        "commander",
        "representative",
        "ambassador",
        "envoy",
        "governor",
        "mayor",
        "chief",
        "head",
    ):
        return True
    if _ORG_WORDS.search(phrase) or is_outlet(phrase) or re.fullmatch(r"[A-Z]{2,6}", phrase.strip()):
        return False
    toks = phrase.split()
    if 2 <= len(toks) <= 4 and all(_is_cap(t) for t in toks):
        return True
    if len(toks) == 1 and _is_cap(toks[0]):
        return None
    return False if low[-1].endswith("s") else None


def _proper_name_phrase(phrase: str) -> bool:
    """True for a phrase of capitalised words and name connectors only ("Carolyn Kemp of Monterey",
    "Dr. Richard Besser"), without an office word: it names someone rather than describing them."""
    toks = phrase.strip(" ,").split()
    if not toks or not _is_cap(toks[0]) or _low(toks[0]) in ("the", "a", "an", "his", "her", "their", "its", "our"):
        return False
    for t in toks:
        lt = _low(t).rstrip(".,")
        if lt in ROLE_WORDS or t.endswith(("'s", "’s")):
            return False
        if not (_is_cap(t) or lt in _NAME_CONNECT or lt == "the"):
            return False
    return True


# fmt: off
_PREPOSITIONS = frozenset({
    "through", "into", "under", "over", "about", "against", "without", "within", "toward", "towards", "across",
    "among", "between", "during", "despite", "for", "from", "of", "to",
})
# fmt: on


def _valid_speaker_phrase(chunk: str) -> bool:
    toks = chunk.split()
    if not toks or len(toks) > 14:
        return False
    last = toks[-1].strip(".,'’")
    low = last.lower()
    if low in ("it", "this", "which", "who", "what", "there", "i", "we", "you", "one"):
        return False
    if toks[0] in _PREPOSITIONS and low not in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
        return False  # "through an impartial administrator": a prepositional phrase never speaks
    if _is_cap(last) or low in _PRONOUNS_PERSON or low in _PRONOUNS_GROUP or _TEAM_SPLIT_RE.fullmatch(chunk):
        return True
    if low in GROUP_NOUNS:
        # "In Alabama fishermen", "the bay in which lawyers", "samples were taken from students": not a group
        return (
            len(toks) <= 6
            and _low(toks[0]) not in _NOT_GROUP_START
            and not any(_low(w) in ("which", "that", "who", "whom", "where") for w in toks)
            and not any(
                w.islower() and (_FINITE_RE.fullmatch(w) or w in ("from", "to", "by", "with", "at", "in"))
                for w in toks[1:-1]
            )
        )
    return (
        low in SPEAKER_NOUNS
        # "the company", "the British lender": a business the article named before (see _resolve)
        or (low in FIRM_NOUNS and _low(toks[0]) == "the" and len(toks) <= 4)
        # "the oil giant", "the British energy giant": news prose's epithet for a big company, kept as written
        # as "the British lender" is; with what it is a giant of ("the giant" alone may be a country or a team)
        or (low in FIRM_EPITHETS and _low(toks[0]) == "the" and 3 <= len(toks) <= 4)
        or _role_word(low)
        or low.rstrip("s") in ROLE_WORDS
        or (
            # "a family friend", "his father", "one lieutenant": a short phrase about a person
            len(toks) <= 4
            and _low(toks[0]) in _PERSON_DETERMINERS
            and (low in _HUMAN_NOUNS or low.rstrip("s") in _HUMAN_NOUNS or low in ("family", "families"))
        )
        or (low in _TITLES and "." not in low and len(toks) > 1 and _low(toks[0]) in _PERSON_DETERMINERS)
        or _person_of(toks)
        or _firm_spokesperson(toks)
    )


def _firm_spokesperson(toks: Sequence[str]) -> bool:
    """Someone speaking for a business the sentence does not name ("a spokesman for the company", "a senior
    executive at the firm"): kept as written, as "a spokesman for the ministry" is -- an anonymous speaker that
    says whom it speaks for, never resolved to a named business here."""
    low = [_low(t).strip(",.") for t in toks]
    return (
        4 <= len(low) <= 6
        and low[0] in ("a", "an", "one", "another")
        and low[-3] in ("for", "at", "of", "from")
        and low[-2] in ("the", "its")
        and low[-1] in FIRM_NOUNS
        and low[-4] in ROLE_WORDS
    )


def _person_of(toks: Sequence[str]) -> bool:
    """A short phrase for a person by whom they are to ("a friend of the family", "the mother of the boy",
    "a neighbour of the victims"): a determiner and a noun for a person, then "of" and at most four words
    that hold no verb or relative clause."""
    low = [_low(t).strip(",.") for t in toks]
    if "of" not in low:
        return False
    k = low.index("of")
    head, tail = low[:k], low[k + 1 :]
    return (
        2 <= len(head) <= 4
        and head[0] in _PERSON_DETERMINERS
        and head[-1] in _HUMAN_NOUNS
        and 0 < len(tail) <= 4
        and not any(w in ("which", "that", "who", "whom", "where", "when") or _FINITE_RE.fullmatch(w) for w in tail)
    )


# fmt: off
_NOT_GROUP_START = frozenset(
    {"which", "that", "who", "whom", "what", "where", "in", "on", "at", "from", "for", "by", "with", "after", "to", "of"}
)
# fmt: on
# fmt: off
_PERSON_DETERMINERS = frozenset({
    "a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my", "two", "three", "several",
    "some", "many", "other",
})
# fmt: on


_NEW_SENTENCE_WORDS = frozenset({"A", "An", "The", "He", "She", "They", "It", "We"})
_CLAUSE_VERB_RE = re.compile(r"(?:was|is|were|are|has|have|had|will|would|been|did|does|\w+ed)$")


def _glued_start(chunk: str) -> int:
    """Where the speaker phrase really starts when a caption or headline was glued to the sentence
    without a full stop ("Dr Murray witnessed the collapse A White House spokesman said", "Death was 'not
    suspicious' Medical experts say"): the offset of the last capitalised article or pronoun inside the
    phrase, or of the capitalised word that follows a lower-case word (or a closing quote) once the text
    before it holds a finite verb.  0 when the phrase reads as one noun phrase."""
    toks = list(re.finditer(r"\S+", chunk))
    cut = 0
    for k in range(1, len(toks)):
        t, prev = toks[k].group(), toks[k - 1].group()
        if _low(prev) in _NAME_CONNECT or _low(prev) in ("the", "a", "an"):
            continue
        if re.fullmatch(_MONTH, t):
            continue  # "... two relief wells in May BP says": a month is part of the clause before
        month = re.fullmatch(_MONTH, prev) and k >= 2 and _low(toks[k - 2].group()) in ("in", "since", "until", "by")
        if (
            t in _NEW_SENTENCE_WORDS
            or (
                _is_cap(t)
                and (((prev[-1:].islower() or prev[-1:] in "'’\"”") and not prev[:1].isupper()) or month)
                # a finite verb, regular or not ("on how his country dealt with swine flu Argentine health officials")
                and any(
                    w.group().islower() and (_CLAUSE_VERB_RE.fullmatch(w.group()) or w.group() in _IRREGULAR_PAST)
                    for w in toks[: k - 1]
                )
            )
        ):
            cut = toks[k].start()
            if (
                t not in _NEW_SENTENCE_WORDS
                and k >= 2
                and _low(toks[k - 2].group()) in ("the", "a", "an")
                and (_low(prev) in ROLE_WORDS or _low(prev) in _OFFICE_ADJECTIVES)
            ):
                # "... informed the foreign Ministry of Acme Jo Park said": a lower-case office word before the
                # name belongs to the noun phrase, which starts at its article -- no body's name is cut mid-way
                cut = toks[k - 2].start()
    return cut


# lower-case words that open an office or body's name ("the former Secretary", "the federal Ministry")
_OFFICE_ADJECTIVES = frozenset({
    "former", "acting", "outgoing", "incoming", "senior", "federal", "national", "regional", "local", "state",
    "provincial", "municipal", "interim",
})  # fmt: skip


def _role_phrase(phrase: str) -> bool:
    """True for an office or description without a personal name ("their spokeswoman", "the President of the
    European Council", "The UK team's leader"): it holds an office word and is not a proper name."""
    toks = phrase.strip(" ,").split()
    return any(_role_word(_low(t).rstrip(".,")) for t in toks) and not _proper_name_phrase(phrase)


def _names_person(phrase: str, start: int, persons: Sequence[tuple[int, int]]) -> bool:
    """True when a stretch of text (at ``start`` in its sentence) names a person: a person name lies inside
    it, or it is two to four capitalised words that name no organisation or office ("Jo Park", "Ann de Wit")."""
    end = start + len(phrase)
    first = _low(phrase.split()[0]) if phrase.split() else ""
    if first.endswith("ing") or first in ("such", "like", "among", "especially", "notably", "mostly"):
        return False  # "including government leaders": a list of examples, not a name
    if any(start <= ps and pe <= end + 1 for ps, pe in persons):
        return True
    toks = phrase.strip(" ,.").split()
    return (
        2 <= len(toks) <= 4
        and _proper_name_phrase(phrase)
        and not _ORG_WORDS.search(phrase)
        and not is_outlet(phrase)
        and _low(toks[0]) not in ("the", "a", "an")
    )


# what may stand between a person's name and the appositive before a speech verb: affiliations only
_AFF_PIECE = r"(?:(?:of|from|at|with|in)\s+)?(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w.'’&-]*))*"
_AFFILIATIONS_RE = re.compile(
    rf"(?:\s+(?:of|from|at|with|in)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w.'’&-]*))*)?\s*,(?:\s*{_AFF_PIECE}\s*,)*\s*"
)


def _appositive_after(s: str, end: int, persons: Sequence[tuple[int, int]] = (), phrase: str = "") -> str | None:
    """A role appositive after an inverted speaker ('", said Ann Lowe, the head of the school.'), without a
    trailing relative clause; None when what follows the comma is not a description of the speaker.  After
    an office without a name ('", said their spokeswoman, Jo Park.') the appositive is the person's name
    (``persons``: spans of person names in ``s``; ``phrase``: the inverted speaker phrase)."""
    m = re.match(r"\s*,\s*(?P<app>[^,;:()“”\"«»—–]{3,120}?)\s*(?:[.;]?\s*$|[,;—–(])", s[end:])
    if not m:
        return None
    app = re.split(r"\s+(?:who|which|whose|where)\b", m.group("app"))[0].strip()
    words = app.split()
    if not words or _low(words[0]) in ("who", "which", "whose", "adding", "saying", "as", "when", "after"):
        return None
    if phrase and _role_phrase(phrase) and _names_person(app, end + m.start("app"), persons):
        return app
    if re.fullmatch(r"(?:aged\s+)?\d{1,3}(?:\s*-?\s*years?\s*-?\s*old)?", app, re.I):
        return None
    if _low(words[0]) in ("the", "a", "an", "then", "now", "also", "one", "another", "whose", "its", "his", "her"):
        return app
    if any(_low(w).rstrip(".") in ROLE_WORDS for w in words[:4]):
        return app
    return None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_STAMP_RE = re.compile(
    rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|BST|EST|EDT|CST|CDT|ET|PT))?|\d{1,2}\s*[AaPp]\.?[Mm]\.?(?=\s)"
    r"|\d{3,4}(?:\s*(?:GMT|BST))?)"
    r"[\s:,-]*(?=[A-Z])"
)


# a live page's clock stamp: "2309 The BBC's ...", "10:45 GMT A spokesman ..." -- at the start of a sentence or
# after a full stop, before a capitalised phrase; and a number glued to a word ("1701The BBC's ...")
_STAMP_HEAD = (
    r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|EST|EDT|ET))?|\d{3,4}(?:\s*(?:GMT|BST))?)"
    r"[\s:,-]*(?=(?:The|A|An)\s|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:'s|’s)?(?:,|\s+[a-z(]))"
)
_LEADING_STAMP_RE = re.compile("^" + _STAMP_HEAD)
_LIVE_STAMP_RE = re.compile(rf"(?:(?<=^)|(?<=[.!?”\"]\s)){_STAMP_HEAD}|(?<![\w.,])\d{{3,4}}(?=[A-Z][a-z])")
_GLUED_STAMP_RE = re.compile(r"(?<![\w.,])\d{3,4}(?=[A-Z][a-z])")


def _mask_stamps(s: str, live: bool) -> str:
    """The sentence with time stamps blanked out (same length, so offsets hold): "1701The BBC's Nick Davis says"
    reads "    The BBC's Nick Davis says".  A number glued to a word is always a stamp; a number before a
    capitalised phrase only on a live page (``live``: several sentences of the article open with one), since
    elsewhere it may be a year ("1985 Nobel laureate Ann Lowe")."""
    if not any(c.isdigit() for c in s):
        return s
    return (_LIVE_STAMP_RE if live else _GLUED_STAMP_RE).sub(lambda m: " " * len(m.group()), s)


# a quoted title of a work after a word that introduces one ("author of 'The Long Road,'", "the film "Dust"",
# "his memoir, "Bad Days"") -- capitalised words only, no more than eight; its marks are no quotation
_TITLE_INTRO = (
    r"(?:of|titled|entitled|called|named|book|film|movie|novel|memoir|album|song|documentary|play|series|"
    r"programme|program|show|column|blog|report|study|paper|article|essay|poem|biography|autobiography)"
)
_QUOTED_TITLE_RE = re.compile(
    rf"\b{_TITLE_INTRO},?\s(?P<o>[“\"‘']|``)(?P<t>[A-Z0-9][\w'’&:-]*(?:\s+[\w'’&:-]+){{0,7}}?[,.]?)"
    r"(?P<c>[”\"’']|'')(?=[\s,;.)]|$)"
)
_TITLE_SMALL = lex.TITLE_SMALL_WORDS


def _mask_titles(s: str) -> str:
    """The sentence with the quotation marks around a work's title blanked (same length): the title is the
    name of a book or film in an appositive ("Jo Park, author of 'The Long Road,' said"), not quoted words."""
    out = s
    for m in _QUOTED_TITLE_RE.finditer(s):
        words = re.findall(r"[\w'’&-]+", m.group("t"))
        if not words or any(w[:1].islower() and w.lower() not in _TITLE_SMALL for w in words):
            continue  # lower-case words: a quoted phrase, not a title
        for g in ("o", "c"):
            out = out[: m.start(g)] + " " * (m.end(g) - m.start(g)) + out[m.end(g) :]
    return out


# a word that shows a headline or page title glued to the sentence when it is capitalised inside a run of
# capitalised words ("... Will Meet With Acme", "Storm Hits Coast As Towns Flee", "Oil Spill Latest")
_HEADLINE_WORDS = frozenset({
    "with", "into", "as", "after", "up", "over", "amid", "against", "is", "are", "will", "be", "not", "no",
    "says", "say", "vs", "latest", "live", "update", "updates", "breaking", "video", "watch", "pictures",
    "analysis", "exclusive", "timeline",
})  # fmt: skip


def _headline_tell(words: Sequence[str], named: frozenset[str] = frozenset()) -> int:
    """The index after the last headline word in a run of words (0 when there is none): a capitalised word
    from :data:`_HEADLINE_WORDS` that does not open the run, with capitalised words on both sides of it
    (title case, not a sentence), and is no word of a tagged name (``named``: "Global Live Events")."""
    last = 0
    for k in range(1, len(words)):
        w = words[k]
        if (
            _is_cap(w)
            and w not in named
            and _low(w) in _HEADLINE_WORDS
            and _is_cap(words[k - 1])
            and (k + 1 == len(words) or _is_cap(words[k + 1]) or _low(w) in ("latest", "live", "update", "updates"))
        ):
            last = k + 1
    return last


def _office_tail(words: Sequence[str], mentions: Sequence[Mention]) -> int:
    """Where the office before a name starts in a run of words ("Oil Spill Latest Acme Chief" -> 3, "Acme
    Chief"): office words and lower-case words back from the end, with one capitalised word, an acronym or a
    tagged body's name right before an office word ("Acme Chief", "Treasury secretary nominee")."""
    tagged = [o.text.split() for o in mentions if o.label in ("ORG", "GPE", "NORP", "FAC", "LOC")]
    k = len(words)
    while k > 0:
        w = words[k - 1].rstrip(",")
        if _office_word(w) or _low(w) in _TITLES or w.islower() or _low(w) in _demonyms():
            k -= 1
            continue
        if k < len(words) and (_office_word(words[k]) or words[k].islower()):
            body = next((t for t in tagged if len(t) <= k and [*words[k - len(t) : k]] == t), None)
            if body is not None:
                k -= len(body)
            elif _is_cap(w):
                k -= 1
        break
    while k < len(words) and words[k].islower() and not _office_word(words[k]):
        k += 1  # "to Postpone": not an office
    return k


def _headline_cut(
    spk: str, role: str | None, before: str, mentions: Sequence[Mention], first: bool = False
) -> tuple[str, str | None]:
    """Speaker and role without a headline or page title glued to the sentence before them ("Oil Spill Latest
    Acme Chief" | "Jo Park" -> "Acme Chief" | "Jo Park"; "Storm Hits Coast After Rain Jo Park" -> "Jo Park";
    "Acme President" | "Acme" when the speaker is Acme: the speaker's own name is no part of the office).
    ``before`` is the sentence up to the speaker phrase."""
    if role:
        head, sep, rest = role.partition(", ")
        words = head.split()
        surname = spk.split()[-1] if spk.split() else ""
        # the speaker's own surname in a title-case run that opens the role, right before an office or a
        # lower-case word ("Obama President", "Obama comments 'not anti-British'"), ends a glued headline --
        # unlike a firm named for the speaker ("Topping Capital", "chief of Dreman Value Management")
        own = max(
            (
                k + 1
                for k, w in enumerate(words)
                if surname
                and len(surname) > 2
                and w == surname
                and all(_is_cap(x) for x in words[:k])
                and (k + 1 == len(words) or _office_word(words[k + 1]) or words[k + 1].islower())
            ),
            default=0,
        )
        named = frozenset(
            w
            for o in mentions
            if o.label not in ("DATE", "TIME", "CARDINAL") and o.text in head
            for w in o.text.split()
        )
        tell = max(own, _headline_tell(words, named))
        if not tell and first and ";" not in head and _loose_caps(words, named) >= 3:
            # three capitalised words that are no office, rank, nationality or tagged name: a title-case
            # headline ("Mayor Tours Flooded Valley Mayor" -> "Mayor"); the offices that end the run remain
            k = len(words)
            while k > 0 and (_office_word(words[k - 1]) or _low(words[k - 1]) in _TITLES):
                k -= 1
            if 0 < k < len(words):
                return spk, (f"{' '.join(words[k:])}{sep}{rest}")
        if tell:
            tail = words[tell:]
            keep = _office_tail(tail, mentions) if len(tail) > 1 or not tail or not _office_word(tail[0]) else 0
            new = " ".join(tail[keep:])
            if own or any(_office_word(w) for w in tail[keep:]) or not new:
                role = (f"{new}{sep}{rest}" if new else rest) or None
        return spk, role
    words = spk.split()
    if len(words) >= 4 and all(_is_cap(w) or _low(w) in _NAME_CONNECT for w in words):
        run = re.search(r"(?:[A-Z][\w'’.-]*\s+|(?:to|of|a|the|and|in|for|on)\s+)*$", before)
        lead = (run.group().split() if run else []) + words
        tell = _headline_tell(lead)
        if tell:
            name = next(
                (
                    o.text.split()
                    for o in mentions
                    if o.label in ("PERSON", "ORG") and spk.endswith(o.text) and len(o.text.split()) < len(words)
                ),
                None,
            )
            if name is None:
                n = 3 if len(words) >= 3 and re.fullmatch(r"[A-Z]\.", words[-2]) else 2
                name = words[-n:]
            return " ".join(name), role
    # a tagged personal name at the end of the speaker, after capitalised words that are no rank, office or
    # tagged name -- three of them, or one in capitals: a headline or caption glued on ("Ferry Sinks Off Coast
    # Jo Park", "STORM SURVIVOR Jo Park" -> "Jo Park"); fewer may be name parts the tagger left out
    tagged = next(
        (
            o.text.split()
            for o in mentions
            if o.label == "PERSON" and spk.endswith(" " + o.text) and len(o.text.split()) >= 2
        ),
        None,
    )
    if tagged is not None and all(_is_cap(w) or _low(w) in _NAME_CONNECT for w in words):
        extra = words[: len(words) - len(tagged)]
        k = len(extra)
        while k > 0 and _low(extra[k - 1]) in _TITLES:
            k -= 1  # "Sen.", "Dr" stay with the name
        loose = extra[:k]
        named = frozenset(w for o in mentions if o.label != "PERSON" for w in o.text.split())
        caps = [w.isupper() and len(w) >= 3 and w not in named for w in loose]
        if (first and _loose_caps(loose, named) >= 3) or any(a and b for a, b in itertools.pairwise(caps)):
            return " ".join(extra[k:] + tagged), role
    return spk, role


def _loose_caps(words: Sequence[str], named: frozenset[str]) -> int:
    """How many capitalised words in a run are no office, rank, nationality or word of a tagged name."""
    return sum(
        1
        for w in words
        if _is_cap(w)
        and w not in named
        and not _office_word(w)
        and _low(w) not in _TITLES
        and _low(w) not in _demonyms()
        and _low(w) not in _NAME_CONNECT
    )


def _unmask_title(phrase: str | None, masked: str, orig: str) -> str | None:
    """A phrase taken from the title-masked sentence, with the title's quotation marks back ("author of
    'The Long Road'")."""
    if not phrase:
        return phrase
    at = masked.find(phrase)
    if at < 0:
        return re.sub(r"\s{2,}", " ", phrase)
    out = orig[at : at + len(phrase)]
    tail = re.match(r"[,.]?([”\"’']|'')", orig[at + len(phrase) :])
    if tail and masked[at + len(phrase) : at + tail.end()].strip(" ,.") == "":
        out += tail.group(1)  # the closing mark after the phrase: "... 'The Long Road,'" -> "... 'The Long Road'"
    return out


_HEARD_RE = re.compile(r"^\W*(?:I|We|You|One|He|She|They)\s+(?:heard|hear|hears|saw|see|sees|watched)\s+")


def _is_verbish_ing(rest: str) -> bool:
    """Whether the "-ing" word after a name is a noun rather than a participle ("Acme, Building 4, said")."""
    w = re.match(r",\s+([a-z]+ing)\b", rest)
    return w is None or w.group(1) in {
        "acting", "thing", "king", "wing", "ring", "building", "morning", "evening", "something", "including"
    }  # fmt: skip


_NAME_DESC_RELATIVE_RE = re.compile(
    r"(?:^|[,;:“”\"«»]\s*)(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),\s+"
    r"(?P<desc>(?:the|a|an)\s+[^,;:“”\"«»()—–]+),\s*(?:which|who|whose)\s+[^,;:“”\"«»()—–]+,$"
)
_QUOTING_PARTICIPLE_RE = re.compile(
    r"(?:^|[,;:]\s+)(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+[a-z]{3,}ing\s+[^,;:“”\"«»()]*"
    r"[“\"«][^“”\"«»]+,[”\"»]$"
)


# a time phrase fronted before the subject ("On Thursday", "In July", "At the weekend", "Last week")
_FRONTED_TIME_RE = re.compile(
    r"(?i:on|in|at|by|during|over|since|early|late|earlier|later)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{_MONTH}|weekend|morning|afternoon|evening|night|"
    r"(?:19|20)\d\d)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?\b,?\s+"
    r"|(?i:last|this)\s+(?:weekend|week|month|year|night|spring|summer|autumn|fall|winter),?\s+"
)
_PARTY_TAG_RE = re.compile(r"\s*\([DRI]\s*[-–]\s*[A-Z][A-Za-z.]{1,6}(?:\s[A-Z][A-Za-z.]{1,6})?\)(?=\s*,)")
# the rest of a phrase after a person's name that is an affiliation: "of the US Centre for Disease Control"
_OF_BODY_RE = re.compile(
    r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w.'’&-]*))*"
)


def _subject_before(s: str, vstart: int, persons: Sequence[tuple[int, int]] = ()) -> tuple[str, int] | None:
    """The speaker phrase right before a speech verb (text, offset in s), None when there is none.
    ``persons`` are the spans of person names in ``s``: a person followed by a list of affiliations
    ("Dr Ann Lowe from Acme University, Marine Centre, UK, said") is the speaker, not the last affiliation."""
    pre = s[:vstart]
    pre_r = _TRAILING_JUNK_RE.sub("", pre.rstrip())
    gloss = _GLOSS_RE.search(pre_r)
    if gloss and _low(pre_r[: gloss.start()].split()[-1]) not in _PRONOUNS_PERSON | _PRONOUNS_GROUP | {"i", "we"}:
        # "Acme Relief (Acme Aid) said", "Jo Park, of Acme Aid (AA), said": the name before its gloss speaks
        pre_r = pre_r[: gloss.start()] + pre_r[gloss.end() :]
    # "Rep. Jo Park (D-Ohio), chairman of the panel, said": a US party-and-state tag after a name is blanked
    # (offsets kept), so the appositive after it reads as the named person's -- one tag only: after a list of
    # tagged lawmakers ("Sens. Jo Park (D-Fla.), Al Roe (D-N.J.) and ...") no one of them speaks alone
    if len(_PARTY_TAG_RE.findall(pre_r)) == 1:
        pre_r = _PARTY_TAG_RE.sub(lambda g: " " * len(g.group()), pre_r)
    if not pre_r.strip():
        return None
    who = re.search(r"\b(?:who|whom|that|which)\s+(he|she|they)$", pre_r)
    if who:
        return who.group(1), who.start(1)  # "the bankers who he says misled him": he says it, not the bankers
    quoting = _QUOTING_PARTICIPLE_RE.search(pre_r)
    if quoting:
        # 'Jo Park, calling the plan "a bad deal for the town," said': a participle phrase that quotes words,
        # its comma inside the closing mark, says what the subject did on the way; the name before it speaks
        return quoting.group("name"), quoting.start("name")
    # appositive: "NAME, the spokesman for X, said" -> the whole "NAME, ROLE"
    if pre_r.endswith(","):
        part = re.search(
            r"(?:^|[,;:“”\"«»]\s*)(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*),\s+[a-z]+ing\b[^,;:“”\"«»()]*,[^;:“”\"«»()]*,$",
            pre_r,
        )
        if part and not _is_verbish_ing(pre_r[part.end("name") :]):
            # "Jo Park, giving a briefing with Sam Lee, the mayor, said": a participle phrase set off by commas
            # says what the subject was doing, and the appositive after it is another person's; the name
            # before it speaks
            return part.group("name"), part.start("name")
        after_quote = re.search(r"[”\"»]\s*(?P<p>[^,;:“”\"«»()—–]{3,120}),$", pre_r)
        if after_quote and any(ps == after_quote.start("p") + 1 or ps == after_quote.start("p") for ps, _pe in persons):
            # '"It is grave," Jo Park of the Acme Agency, told the paper': the person after the quote speaks
            p = after_quote.group("p")
            return p.strip(), after_quote.start("p") + len(p) - len(p.lstrip())
        rel = _NAME_DESC_RELATIVE_RE.search(pre_r)
        if (
            rel
            and _low(rel.group("name").split()[0]) not in _PREPOSITIONS | {"in", "on", "at", "by", "with", "like", "as"}
            and any(w.islower() and w not in _TITLE_SMALL for w in rel.group("desc").split()[1:])  # not "the US"
        ):
            # "Acme, the owner of the rig, which bought the valve, has told": the name and its description
            # speak, the relative clause after them says something of the name
            return f"{rel.group('name')}, {rel.group('desc')}", rel.start("name")
        m = re.search(r"(?P<name>[^,;:“”\"«»()—–]+),\s*(?P<app>[^,;:“”\"«»()—–]+),$", pre_r)
        if m:
            for ps, pe in sorted(persons, reverse=True):
                if ps < m.start("name") and pe <= m.start("name") and _AFFILIATIONS_RE.fullmatch(pre_r[pe : m.start()]):
                    lead = max((pre_r.rfind(c, 0, ps) for c in ',;:“”"«»()—–'), default=-1) + 1
                    whole = pre_r[lead:-1]
                    name = LEADING_JUNK_RE.sub("", whole.strip())
                    return name, pre_r.index(name, lead)
                if pe <= m.start("name"):
                    break
        if (
            m
            and m.group("app").strip()
            and (
                _valid_speaker_phrase(m.group("name").strip())
                # "The head of the agency, Jo Park, said": an office, then a person's name
                or (
                    _role_phrase(m.group("name"))
                    and _names_person(
                        m.group("app").strip(),
                        m.start("app") + len(m.group("app")) - len(m.group("app").lstrip()),
                        persons,
                    )
                )
                # "Jo Park of the charity, Acme, said": a person's name opens the phrase
                or (
                    any(
                        ps == m.start("name") + len(m.group("name")) - len(m.group("name").lstrip())
                        for ps, _pe in persons
                    )
                    and len(m.group("name").split()) <= 8
                    and not any(w.islower() and _CLAUSE_VERB_RE.fullmatch(w) for w in m.group("name").split())
                    and not re.match(r"\s*(?:who|which|whose|where|when)\b", m.group("app"))
                )
            )
        ):
            name = LEADING_JUNK_RE.sub("", m.group("name").strip())
            if not name:
                # '"Yes, it does apply, said Jo Park': an adverb alone before the comma names no one, and
                # the clause after it is no description of a speaker
                return None
            fronted = _FRONTED_TIME_RE.match(name)
            if fronted and _valid_speaker_phrase(name[fronted.end() :]):
                name = name[fronted.end() :]  # "In July Jo Park, the former mayor, claimed": the time is no name
            app = m.group("app").strip()
            ing = re.match(r"[a-z]+ing\s+(\S+)", app)
            # the phrase's head, before any preposition: an office there ("drilling operations manager for
            # Acme") makes the phrase a role; an office further on is an object ("speaking as the secretary")
            app_head = re.split(r"\s(?:of|for|at|with|as|to|from|in|on|by|about)\s", app)[0]
            if (
                ing
                and not _is_verbish_ing(", " + app)
                and (_CITING_RE.match(app) or not any(_role_word(_low(w).rstrip("s")) for w in app_head.split()))
            ):
                # "Acme, facing mounting criticism, said": a participle phrase between commas says what the
                # subject was doing, it is no role (unless its head is an office: "managing director", "outgoing
                # chairman"); "citing X" names a source, never an office
                app = ""
            return f"{name}, {app}" if app else name, m.start("name") + (
                len(m.group("name")) - len(m.group("name").lstrip())
            ) + (len(m.group("name").strip()) - len(name))
        return None
    last = None
    for b in _BOUNDARY_RE.finditer(pre_r):
        last = b
    if last is not None and last.group() == "," and _LIST_TAIL_RE.fullmatch(pre_r[last.end() :].strip()):
        # "a spokeswoman for the Department of Roads, Parks and Rivers said": a name with a list inside is
        # one name; the speaker is not its tail ("Parks and Rivers")
        head = _LISTED_NAME_RE.search(pre_r[: last.start()])
        if head:
            last = None
            for b in _BOUNDARY_RE.finditer(pre_r[: head.start()]):
                last = b
    named_before = _name_before_role(pre_r, last, persons, s[vstart:]) if last is not None else None
    if named_before is not None:
        return named_before
    if last is not None and last.group().startswith("and") and _plural_group(pre_r[last.end() :]):
        # "legal experts and some investors say": both groups speak, not only the last
        before = None
        for b in _BOUNDARY_RE.finditer(pre_r[: last.start()]):
            before = b
        if _plural_group(pre_r[before.end() if before else 0 : last.start()]):
            last = before
    elif last is not None and last.group().startswith("and") and _body_phrase(pre_r[last.end() :]):
        # "Acme and the state government say": both bodies speak jointly, not only the last
        before = None
        for b in _BOUNDARY_RE.finditer(pre_r[: last.start()]):
            before = b
        left = pre_r[before.end() if before else 0 : last.start()]
        if _body_phrase(left, proper=True) and _valid_speaker_phrase(pre_r[before.end() if before else 0 :]):
            last = before
    start = last.end() if last else 0
    chunk = pre_r[start:]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    stripped = LEADING_JUNK_RE.sub("", chunk)
    start += lead + (len(chunk) - len(stripped))
    chunk = stripped.strip()
    stamp = _STAMP_RE.match(chunk)
    if stamp and stamp.end() < len(chunk):
        start += stamp.end()  # a live page's time stamp or a dateline: "1701The BBC's Nick Davis says"
        chunk = chunk[stamp.end() :]
    heard = _HEARD_RE.match(chunk)
    if heard and heard.end() < len(chunk):
        start += heard.end()  # "One heard people who ... say": those heard speak, not the one who heard them
        chunk = chunk[heard.end() :]
    fronted = _FRONTED_TIME_RE.match(chunk)
    if fronted and fronted.end() < len(chunk) and _valid_speaker_phrase(chunk[fronted.end() :]):
        # "On Thursday BP said", "In July Jo Park claimed": a fronted time phrase says when, the name after
        # it speaks
        start += fronted.end()
        chunk = chunk[fronted.end() :]
    rels = list(_RELATIVE_RE.finditer(chunk))
    rel = rels[-1] if rels else None  # the relative clause nearest the verb
    if rel is None:
        # "police investigating the death of Jo Park say": a group before a participle phrase speaks
        rel = next(
            (m for m in _PARTICIPLE_RE.finditer(chunk) if _low((chunk[: m.start()].split() or [""])[-1]) in _HEADS),
            None,
        )
    last_word = _low(chunk.split()[-1]) if chunk.split() else ""
    rel_head = _split_clause(chunk[: rel.start()], start) if rel and last_word not in _NOT_GROUP_START else None
    if rel_head:
        # "engineers who studied the video of the well drilled by Acme say": the head before the relative
        # clause speaks, not the last name inside it
        return rel_head
    glue = _glued_start(chunk)
    if glue:
        start += glue
        chunk = chunk[glue:]
    clause = _clause_and(chunk)
    if clause:
        start += clause  # "the gate is shut and Acme says": a clause before "and" is not part of the speaker
        chunk = chunk[clause:]
    team = _TEAM_RE.search(pre_r[:start]) if _TEAM_HEAD_RE.match(chunk) else None
    if team:
        # "Jo Park and colleagues at Acme reported": the named researcher leads the group that speaks
        chunk = pre_r[team.start() : start + len(chunk)]
        start = team.start()
        if _TEAM_SPLIT_RE.fullmatch(chunk):
            return chunk, start
    at = re.search(r"\s(?:at|in|from)\s+(?:the\s+)?\S+(?:\s+\S+){0,3}$", chunk) if chunk else None
    name_at = chunk[: at.start()].split("'s ")[-1] if at else ""
    if at and not _valid_speaker_phrase(chunk) and _proper_name_phrase(name_at) and len(name_at.split()) >= 2:
        chunk = chunk[: at.start()]  # "the BBC's Jo Park at the airport says": the name speaks, not the place
    if not chunk or not _valid_speaker_phrase(chunk) or _low(chunk) in _FRONTED_OPENERS:
        return None
    named = [ps - start for ps, _pe in persons if start <= ps < start + len(chunk)]
    ends = {ps - start: pe - start for ps, pe in persons}
    # "Dr Ann Lowe of the US Centre for Disease Control and Prevention said": however long the body's name,
    # the person before "of BODY" speaks and the body is her affiliation
    affiliated = bool(named) and bool(_OF_BODY_RE.fullmatch(chunk[ends[named[-1]] :]))
    if len(chunk.split()) > 10 and named and (len(chunk[named[-1] :].split()) <= 10 or affiliated):
        start += named[-1]  # "Dr Ann Lowe of the Centre for Disease Control and Prevention said": she speaks
        chunk = chunk[named[-1] :]
    if len(chunk.split()) > 10 and not affiliated:
        # keep the tail noun phrase: from the last determiner or the capitalised run
        toks = chunk.split()
        # from the last determiner that does not follow a preposition ("the chief of medicine at the X Office"
        # stays whole), else the capitalised tail
        cut = max(
            (
                k
                for k, t in enumerate(toks)
                if _low(t) in ("the", "a", "an")
                and k >= len(toks) - 12
                and not (k > 0 and _low(toks[k - 1]) in ("of", "for", "at", "in", "from", "with", "on", "by", "to"))
            ),
            default=-1,
        )
        if cut < 0:
            cut = len(toks) - 6
        keep = " ".join(toks[cut:])
        start += chunk.rfind(keep)
        chunk = keep
    return chunk, start


def _name_before_role(
    pre: str, comma: re.Match[str], persons: Sequence[tuple[int, int]], verb: str
) -> tuple[str, int] | None:
    """A person's name and an office after it, the appositive's closing comma missing ("Dr Jo Park, director
    of the Acme Agency said"): the whole "NAME, OFFICE" as the speaker phrase (so the person speaks, not the
    office), when the name, after at most its titles, is all there is between the previous boundary and the
    comma, and the office is an office word's phrase with no name or "and" in it.  Not when the verb is set
    off itself ("Jo Park, the mayor said, was not there": the mayor speaks about Jo Park)."""
    if comma.group() != "," or re.match(r"\w+\s*,", verb):
        return None
    tail = pre[comma.end() :]
    role = tail.strip()
    if not role or len(role.split()) > 12 or re.search(r"\s(?:and|or)\s", role) or not _role_phrase(role):
        return None
    if _names_person(role, comma.end() + len(tail) - len(tail.lstrip()), persons):
        return None  # "Jo Park, Sam Lee said": two names
    name_end = len(pre[: comma.start()].rstrip())
    span = next(((ps, pe) for ps, pe in persons if pe == name_end), None)
    if span is None:
        return None
    before = None
    for b in _BOUNDARY_RE.finditer(pre[: span[0]]):
        before = b
    lead = pre[before.end() if before else 0 : span[0]]
    # "Professor" is a title before a name as "Prof." is ("Professor Jo Park, chair in virology at X says")
    if any(_low(t).rstrip(".") not in _TITLES | {"professor"} for t in lead.split()):
        return None  # "After meeting Jo Park, the mayor said": the name is not the subject
    if not lead.split() and len(pre[span[0] : span[1]].split()) < 2:
        return None  # one tagged word ("Propofol, the coroner has confirmed") is too weak a name
    start = span[0] - len(lead) + (len(lead) - len(lead.lstrip()))
    return f"{pre[start:name_end]}, {role}", start


_TEAM_NOUN = r"(?:his\s+|her\s+|their\s+)?(?:colleagues|co-?authors|co-?workers|team)"
_TEAM_SPLIT_RE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"(?:,?\s+(?:of|at|from)\s+(?P<aff1>(?:the\s+)?[A-Z][^,;:]*?),?)?"
    rf"\s+and\s+(?P<noun>{_TEAM_NOUN})"
    r"(?:\s+(?:at|from|of|with|in)\s+(?P<aff>[^,;:]+))?"
)
_TEAM_HEAD_RE = re.compile(_TEAM_NOUN + r"\b")
_TEAM_RE = re.compile(
    r"(?<![\w.'’-])[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:,?\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:]*?,?)?"
    r"\s+and\s+$"
)


_JOINT_BODY_NOUNS = frozenset({
    "government", "administration", "ministry", "agency", "company", "firm", "authorities", "police", "army",
    "military", "navy", "coastguard", "regulator", "department", "commission", "council", "union", "party",
})  # fmt: skip


def _body_phrase(phrase: str, proper: bool = False) -> bool:
    """A short name of an organisation that may speak with another one ("BP", "the US government", "the
    World Health Organization"): an acronym, a title-case name with a word for a body, or "the" and a few
    words ending in a word for a body -- never a clause or a thing ("the storm", "shares fell").  With
    ``proper`` only a name, not a common noun ("the government")."""
    words = LEADING_JUNK_RE.sub("", phrase.strip()).split()
    if words and _low(words[0]) == "the":
        words = words[1:]
    if not 0 < len(words) <= 4:
        return False
    if (proper or _is_cap(words[-1])) and any(not (_is_cap(w) or _low(w) in ("of", "for")) for w in words[:-1]):
        return False
    if any(w.islower() and _FINITE_RE.fullmatch(w) for w in words):
        return False  # a clause, not a name: "the cap is fitted"
    if any(len(w) > 3 and w.isupper() for w in words[:-1]):
        return False  # a caption in capitals glued before the name: "LIKELY Acme and the Coast Guard"
    last = words[-1]
    if proper and not _is_cap(last):
        return False  # "the government and the firm": the nearest body speaks, as before
    if _is_cap(last):
        return bool(re.fullmatch(r"[A-Z]{2,6}", last) or _ORG_WORDS.search(" ".join(words)))
    return _low(last) in _JOINT_BODY_NOUNS


def _joint_bodies(speaker: str) -> list[str]:
    """The two bodies of a joint speaker ("BP and the US government" -> both), else an empty list."""
    m = re.fullmatch(r"(.+?) and (the .+)", speaker)
    if m and _body_phrase(m.group(1), proper=True) and _body_phrase(m.group(2)):
        return [m.group(1), m.group(2)]
    return []


def _joint_body_article(speaker: str) -> bool:
    """Whether a speaker is two bodies each with its article ("The WHO and the CDC"): the speaker keeps both
    articles ("the WHO and the CDC"), as dropping only the first ("WHO and the CDC") reads as a fragment."""
    return bool(re.match(r"[Tt]he\s", speaker)) and bool(_joint_bodies(speaker[4:]))


def _plural_group(phrase: str) -> bool:
    """A short phrase for a group of people or sources ("legal experts", "some investors")."""
    phrase = LEADING_JUNK_RE.sub("", phrase.strip())
    words = phrase.split()
    return (
        0 < len(words) <= 4
        and _low(words[-1]) in GROUP_NOUNS | SPEAKER_NOUNS
        and words[-1].endswith("s")
        and _valid_speaker_phrase(phrase)
    )


def _split_clause(chunk: str, start: int) -> tuple[str, int] | None:
    """A relative clause's head as the speaker phrase, after the same clean-up as a whole phrase."""
    clause = _glued_start(chunk)
    clause += _clause_and(chunk[clause:])
    chunk = chunk[clause:]
    words = chunk.split()
    if (
        not words
        or _low(words[0]) in _NOT_GROUP_START
        # "Witnesses report people crying out ... say": a verb inside makes it a clause, not a head noun
        or any(
            w.islower() and (_FINITE_RE.fullmatch(w) or w in _VERB_SET or w in _BASE_VERBS)
            for w in (t.strip("'’\"“”,.") for t in words[:-1])
        )
        or not _valid_speaker_phrase(chunk)
    ):
        return None
    share = _SHARE_OF_RE.match(chunk.strip())
    if share and _valid_speaker_phrase(chunk.strip()[share.end() :]):
        # "42 percent of the patients surveyed said": the group speaks, the share is part of what it says
        clause += len(chunk) - len(chunk.lstrip()) + share.end()
        chunk = chunk.strip()[share.end() :]
    return chunk.strip(), start + clause


def _clause_and(chunk: str) -> int:
    """Where the speaker phrase starts when a finished clause and "and" come before it ("the cap is
    installed and Acme announces" -> "Acme"): the offset after the last such "and", else 0.  "Department of
    Health and Human Services" has no verb before its "and" and stays whole."""
    cut = 0
    for m in re.finditer(r"\band\s+(?=[A-Z]|\d)", chunk):
        before = chunk[: m.start()].split()
        if any(w.islower() and (_FINITE_RE.fullmatch(w) or w in _IRREGULAR_PAST) for w in before):
            cut = m.end()
    return cut


# a finite verb (or participle) of a clause: "is", "was", "has", "installed"
_FINITE_RE = re.compile(r"(?:was|is|were|are|has|have|had|will|would|been|did|does|\w{3,}ed)")
# a relative clause after the speaker's head noun: "scientists who studied the data say"
_RELATIVE_RE = re.compile(r"\s(?:who|whom)\s")
_BASE_VERBS = frozenset({"report", "say", "tell", "claim", "warn", "estimate", "confirm", "announce", "deny"})
# "police investigating the death say", "patients surveyed at the clinic said", "officials quoted by the paper"
_PARTICIPLE_RE = re.compile(
    r"\s(?=[a-z]{2,}ing\s|(?:surveyed|polled|questioned|interviewed|asked|contacted|consulted|quoted|cited|based|"
    r"involved|employed|stationed|deployed|hired)\s+(?:by|at|in|for|from|on|with|about|to|across)\b)"
)
# irregular past tenses that end a clause before "and": "New York saw its first case and Chile reported two"
# fmt: off
_IRREGULAR_PAST = frozenset(
    [
        "saw", "took", "made", "got", "came", "went", "gave", "found", "began", "became", "left", "fell", "rose",
        "held", "kept", "met", "ran", "sent", "spent", "built", "brought", "bought", "caught", "fought", "thought",
        "sold", "struck", "broke", "chose", "drew", "drove", "flew", "grew", "knew", "paid", "spoke", "stood",
        "threw", "won", "dealt", "led", "lost", "felt", "heard", "meant", "sought", "taught", "understood",
    ]
)
# fmt: on
# a share of a group before the group: "42 percent of the patients", "most of the residents", "half of them"
_SHARE_OF_RE = re.compile(
    r"^(?:(?:about|around|nearly|almost|some|over|more\s+than|less\s+than|fewer\s+than|only|just)\s+)?"
    r"(?:[\d.,]+\s*(?:percent|per\s+cent|%)|(?:a|one|two)\s+(?:third|quarter|fifth)s?|half|most|many|some|all|"
    r"none|each|several|a\s+majority|the\s+majority|a\s+minority|[\d,]+)\s+of\s+(?=the\s|those\s|these\s)",
    re.I,
)
_HEADS = SPEAKER_NOUNS | GROUP_NOUNS
# a parenthetical gloss right before the verb: "Medecins Sans Frontieres (Doctors Without Borders) said"
_GLOSS_RE = re.compile(r"(?<=[A-Za-z])\s*\([^()]{1,60}\)\s*(?=,?$)")
# the tail of a listed name after its comma: "Schools and Families", "Parks and Rivers"
_LIST_TAIL_RE = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*[A-Z][\w'’-]*)*\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)
# a body's name that a comma list continues: "Department for Children, Schools", "Ministry of Labour"
_LISTED_NAME_RE = re.compile(
    r"\b(?:Department|Ministry|Office|Institute|Council|Committee|Commission|Agency|Centre|Center|Bureau|"
    r"Authority|School|Faculty|Board|Secretariat|Directorate|Society|Association|Federation|Union)"
    r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*$"
)


# fmt: off
_NP_STOP = frozenset(
    [
        "that", "as", "on", "in", "at", "to", "who", "which", "whose", "said", "says", "say", "told", "tells",
        "reported", "reports", "notes", "noted", "adding", "after", "during", "when", "while", "because", "from",
        "with", "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "may", "might", "but",
        "or", "if", "than", "since", "stated", "added", "claimed", "warned", "estimates", "estimated", "via",
        "citing", "quoted",
    ]
)
# fmt: on
_WEEKDAYS = frozenset({*lex.WEEKDAYS, "today", "yesterday", "tonight"})
_ABBREV_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.")


def _np_tokens(s: str, pos: int, limit: int = 10) -> tuple[str, int, int]:
    """The noun phrase starting at s[pos:]: (text, start, end) -- stops at punctuation, clause words, days."""
    words: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(s, pos):
        tok = m.group()
        if tok in "“”\"«»„'’":
            if words and tok in '”"»':
                break
            continue
        if not (tok[:1].isalnum() or tok[:1] in "-&"):
            break
        low = tok.lower().rstrip(".")
        after_of = bool(words) and words[-1][2].lower() == "of"
        if (
            words
            and (low in _NP_STOP or low in _WEEKDAYS)
            and not (len(tok) > 1 and tok.isupper())
            and not (low == "that" and after_of)  # "the terms of that settlement": a determiner
        ):
            break  # "according to the WHO": an acronym is a name, not the word "who"
        if low in ("his", "her", "its", "their") and len(words) >= 2 and words[-1][2].lower() not in _NAME_CONNECT:
            break  # "according to his birth certificate his father was ...": a new subject begins
        if tok.endswith(".") and not (tok.lower() in _TITLES or _ABBREV_RE.fullmatch(tok)):
            words.append((m.start(), m.end() - 1, tok[:-1]))
            break
        if low == "and" and not (m.end() < len(s) and s[m.end() : m.end() + 2].strip()[:1].isupper()):
            break
        words.append((m.start(), m.end(), tok))
        if len(words) >= limit:
            break
    if not words:
        return "", pos, pos
    return s[words[0][0] : words[-1][1]], words[0][0], words[-1][1]


def _outlet_prefix(s: str, pos: int, extra: Sequence[str]) -> tuple[str | None, int]:
    """An outlet named at s[pos:] ("CNN Sunday", "“Interfax”"): (name, end) or (None, pos)."""
    m = re.match(r"\s*(?:the\s+)?[“\"«]?([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})[”\"»]?", s[pos:])
    if not m:
        return None, pos
    words = list(re.finditer(r"\S+", m.group(1)))
    for k in range(len(words), 0, -1):
        o = outlet_name(" ".join(w.group() for w in words[:k]), extra)
        if o:
            end = pos + m.start(1) + words[k - 1].end()
            if k == len(words) and m.group().rstrip()[-1:] in '”"»':
                end = pos + m.end()
            return o, end
    return None, pos


# the rest of an office joined by "and" after an inverted verb, up to the name it describes: '", said Acme's
# government and public affairs director, Jo Park' (lower-case words, no determiner: a new noun phrase, "and the
# mayor, Jo Park", is a second party)
_ROLE_AND_RE = re.compile(
    r"\s+and\s+(?:(?!(?:the|a|an|his|her|its|their)\s)[a-z][\w-]*\s+){0,3}(?P<head>[a-z][\w-]*)(?=\s*,\s*[A-Z])"
)


def _subject_after(s: str, vend: int, extra: Sequence[str] = ()) -> tuple[str, int, str | None]:
    """Inverted speaker after the verb ('", said Lt-Gen Townsend.'): (phrase, offset, via)."""
    via = None
    off = vend
    m = re.match(
        r"\s+in\s+(?:a|an)\s+(?:conversation|interview|statement|comments?|phone\s+call)\s+(?:with|to)\s+", s[vend:]
    )
    if m:
        via, end = _outlet_prefix(s, vend + m.end(), extra)
        off = end if via else vend + m.end()
    phrase, start, _end = _np_tokens(s, off, 9)
    return phrase, start, via


def _np_after(s: str, pos: int) -> str:
    return _np_tokens(s, pos, 10)[0]


# --------------------------------------------------------------------------- per-sentence analysis


def _quoted_words(s: str) -> int:
    best = 0
    for m in _QUOTE_SPAN_RE.finditer(s):
        best = max(best, len((m.group(1) or m.group(2) or "").split()))
    return best


def _find_outlet(seg: str, extra: Sequence[str]) -> str | None:
    found = None
    for _st, _en, name in _aliases_in(seg):
        found = name
    for e in extra:
        if e and re.search(rf"(?<![\w-]){re.escape(e)}(?![\w-])", seg):
            found = found or e
    return found


_NOUN_AFTER_RE = re.compile(
    r"\s+(?:exist|existed|suggest|suggested|indicate|indicated|say|said|have|had|are|were|show|showed|of)\b"
)


def _verb_ok(s: str, vm: re.Match[str], strong: bool) -> bool:
    verb = vm.group(1).lower()
    pre = s[: vm.start()].rstrip()
    prev = pre.split()[-1].lower().strip('“”"') if pre.split() else ""
    if verb.endswith("s") and verb not in ("says", "tells", "states") and prev in _NOUN_LIKE_BEFORE:
        return False  # "media reports that", "the claims"
    if prev in ("the", "a", "an", "so", "to", "be", "been", "being", "-", "was", "were", "is", "are"):
        return False  # "the so-called", "to say", "was reported captured" (passive, no speaker)
    if prev in ("would", "will", "could", "can", "should", "might", "may", "must", "shall"):
        return False  # "asked what he would tell people": a speech act that has not happened
    post = s[vm.end() : vm.end() + 80]
    if verb.endswith("s") and verb not in ("says", "tells") and _NOUN_AFTER_RE.match(post):
        return False  # "Credible reports exist", "claims of abuse": a plural noun, not a verb
    if verb == "states" and not re.match(r"\s*(?:that\b|:)", post) and not re.search(r"[,”\"»—–]\s*$", pre):
        return False  # "the Gulf states", "member states"
    if strong:
        return True
    if re.search(r"[,”\"»—–]\s*$", pre):
        return True  # inverted: '"...", added Selo'
    if re.search(r"[,!?]\s*[”\"»]\s*(?:[\w.'’-]+\s+){0,3}[\w.'’-]+$", pre):
        return True  # the cue of the quote it follows: '"...," the researchers wrote in a journal'
    if verb == "reported" and re.match(
        r"\s+(?:infected|killed|injured|wounded|hurt|dead|missing|ill|sick|hospitali[sz]ed|detained|arrested|"
        r"stranded|displaced|trapped)\b",
        post,
    ):
        return False  # "1,004 people reported infected", "two men reported missing": a passive, no speaker
    if (
        verb == "estimates"
        and re.match(r"\s*(?:[.;!?)]|$)", post)
        and not re.search(r"[,;:”\"»—–]\s*(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w.'’&-]*$", pre)
    ):
        # "using both government and Acme estimates.": the verb "estimates" takes an object, or comes after what
        # it reports with its subject ("..., the UN estimates."); with neither, it is the plural noun and the
        # name before it a modifier, not a speaker
        return False
    if verb in ("reported", "reports", "estimates", "estimated") and not re.match(
        r"\s+(?:for|to|back|on\s+duty)\b", post
    ):
        return True  # "the group reported heavy shelling", "Reuters estimates 4,000 fighters remain"
    return bool(
        re.match(
            r"\s*(?:,|\.|;|$|:|“|\"|«|that\b|in\s+a\s+statement|on\s+(?:Twitter|X|Facebook|Telegram)|"
            r"to\s+[“\"«]?[A-Z]|(?:on|last|this)\s+\w+\s+(?:that|,)|[A-Z]\w+\s+that|in\s+(?:a|an)\s+"
            r"(?:conversation|interview)|(?:\w+\s+){0,3}that\b)",
            post,
        )
    )


def _after_possessive(s: str, vstart: int, mentions: Sequence[Mention], base: int) -> bool:
    """Whether the cue word right after a possessive is a noun, not a verb ("Jo Park's reports divided the
    council", "at odds with Acme's stated aim", "WHO's claims"), or comes after a contraction ("It's said",
    "There's reports"): no one says anything.  A name whose "'s" is its own ("Moody's said", tagged with it)
    is a speaker as usual."""
    pm = re.search(r"(?<![\w'’])([\w.&-]+(?:'s|’s))\s+$", s[:vstart])
    if pm is None:
        return False
    end = base + pm.end(1)
    return not any(m.label != "PERSON" and m.end == end and m.text.endswith(("'s", "’s")) for m in mentions)


def _quoted_spans(s: str) -> list[tuple[int, int]]:
    """Spans of quoted words: curly or angle pairs, and straight pairs only when the sentence has an even
    number of straight marks (an odd number means a quote runs in from or out to another sentence, and
    pairing them would take the words between two quotes for a quote)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[“«„][^”»“«„\"]+[”»]", s)]
    marks = [m.start() for m in re.finditer('"', s)]
    if len(marks) % 2 == 0:
        spans += list(zip(marks[::2], marks[1::2], strict=True))
    return spans


# a source phrase that names nobody: "according to some estimates", "according to these reports"
_VAGUE_SOURCES = _DEMONSTRATIVES | {
    "some",
    "many",
    "several",
    "most",
    "other",
    "initial",
    "early",
    "latest",
    "unofficial",
}

# what a source writes rather than who it is: "according to local reports", "according to his estimates"
_SOURCE_DOCS = DOC_NOUNS | {"reports", "statements", "records", "calculations", "projections", "tallies", "count"}
# the first word of a source that names nobody, or a pronoun's: "local reports", "his estimates"
# fmt: off
_VAGUE_DOC_WORDS = frozenset(
    {"his", "her", "their", "its", "local", "official", "unofficial", "media", "press", "unconfirmed", "preliminary",
     "initial", "early", "earlier", "latest", "recent", "new", "conflicting", "one", "some", "several", "many"}
)
# fmt: on
_SOURCE_DOC_RE = re.compile(
    r"(?P<w>[a-z]+)(?:\s+(?!and\b|or\b)[a-z-]+){0,2}?\s+(?P<doc>"
    + "|".join(sorted(_SOURCE_DOCS, key=len, reverse=True))
    + r")(?=[,.;:]|$|\s+(?![a-z]+ed\s+by\b|and\b|or\b))"
)

_LEAD_CLAUSE_RE = re.compile(r"^\W*(?:While|Although|Though|Whereas|Even\s+though|Even\s+if)\b[^,;:“”\"]*,")
_QUOTED_AS_RE = re.compile(
    r"\b(?:(?P<passive>was|were|is|are|has\s+been|had\s+been)\s+)?quoted\s+(?P<np>.{2,80}?)?\s*as\s+saying\b"
)


def _person_spans(mentions: Sequence[Mention], base: int) -> list[tuple[int, int]]:
    """Spans (in the sentence) of the names tagged as persons, without offices the tagger took for names
    ("Humanitarian Aid Co-ordinator")."""
    out = []
    for m in mentions:
        if m.label != "PERSON":
            continue
        _lead, bare = _bare_person(m.text, junk=False)  # "Briton Jo Park": the name is "Jo Park"
        if bare and not any(_low(w) in ROLE_WORDS for w in bare.split()):
            out.append((m.end - len(bare) - base, m.end - base))
    return out


def _place_with_container(s: str, subj: tuple[str, int], mentions: Sequence[Mention], base: int) -> bool:
    """Whether the phrase before a cue is a place written with its container ("Washington, DC reported 13
    inches", "Tampa, Florida, recorded ..."): that full form locates what is reported, it names no one who
    speaks -- a place that stands for its government is written bare ("Washington said").  The comma inside
    the place would otherwise cut the speaker down to the container alone ("DC").  A fronted place ("In
    Beijing, China said") opens the clause, not the first half of the subject, and is left alone."""
    raw, off = subj
    end = off + len(raw.rstrip(" ,"))
    places = [
        (m.start - base, m.end - base) for m in mentions if m.label in PLACE_LABELS and 0 <= m.start - base < len(s)
    ]
    head = None
    for ps, pe in places:
        if pe != end:
            continue
        if ps <= off and "," in s[ps:end]:
            head = ps  # one tagged place, "Washington, D.C.", whole or cut to its tail
        elif ps == off:
            # the container alone ("DC"), right after the place it contains and a comma
            head = next((qs for qs, qe in places if qe < ps and re.fullmatch(r"\s*,\s*", s[qe:ps])), None)
        elif any(qs == off and re.fullmatch(r"\s*,\s*", s[qe:ps]) for qs, qe in places):
            head = off  # the whole "City, STATE" taken as a name and its appositive
    if head is None:
        return False
    # a preposition earlier in the clause makes the first place part of a fronted phrase ("Elsewhere in
    # South America, Colombia has reported")
    clause = re.split(r"[,;:—–“”\"]", s[:head])[-1]
    return not any(_low(w) in _PREPOSITIONS | {"in", "on", "at", "near", "outside", "like"} for w in clause.split())


def _analyse(
    s: str, mentions: Sequence[Mention], base: int, extra: Sequence[str], quoted_upto: int = 0, first: bool = False
) -> _Found | None:
    """The attribution of one sentence.  ``quoted_upto``: the sentence starts inside a quotation that runs
    to this offset, so speech verbs before it are quoted words, not cues; ``first``: the article's first
    sentence, where a headline may be glued on."""
    quoted = _quoted_words(s) >= 3
    # 0. "the paper quoted police sources as saying", "Ann Lowe was quoted as saying"
    qm = _QUOTED_AS_RE.search(s)
    if qm and qm.start() >= quoted_upto:
        persons = _person_spans(mentions, base)
        outlet = None
        if qm.group("passive"):
            subj = _subject_before(s, qm.start(), persons)
            np, off = subj if subj else ("", 0)
            by = re.match(r"by\s+(.+)$", qm.group("np") or "")
            outlet = outlet_name(by.group(1), extra) if by else None
        else:
            np, off = (qm.group("np") or "").strip(), qm.start("np")
            pre = _subject_before(s, qm.start(), persons)
            if pre:
                outlet = outlet_name(pre[0], extra)
        if np and _valid_speaker_phrase(np):
            spk, role, person = _split_name_role(np, mentions, base + off)
            return _Found(spk, role, outlet, "quote" if quoted else "paraphrase", "quoted as saying", person, np)
    # 1. "X reported, citing Y"
    for cm in _CITING_RE.finditer(s, quoted_upto):
        outlet = _find_outlet(s[max(0, cm.start() - 60) : cm.start()], extra)
        if not outlet:
            continue
        np, np_st, np_en = _np_tokens(s, cm.end(), 10)
        if not np:
            continue
        spk, role, person = _split_name_role(np, mentions, base + np_st)
        app = re.match(r"\s*,\s*((?:the|a|an)\s+[^,.;:]{3,80}?)(?:,|\.|$)", s[np_en:])
        if (
            app
            and (role is None or len(role.split()) <= 1)
            and any(_low(t) in ROLE_WORDS for t in app.group(1).split())
        ):
            role = app.group(1).strip()
        return _Found(spk, role, outlet, "quote" if quoted else "report", "citing", person, np)
    # 2. "according to X"
    for am in _ACCORDING_RE.finditer(s, quoted_upto):
        np = _np_after(s, am.end())
        if not np or _low(np) in _ACCORDING_IDIOMS:
            continue  # "events don't go according to plan": a manner, no source
        o = outlet_name(np, extra)
        if am.start() > 0 and (o or _low(np.split()[0]) in _VAGUE_SOURCES):
            # "Jo Park told reporters ..., according to AFP": the person speaks and the outlet relays; "..., he
            # said, according to some estimates": the estimate is part of what is said
            said = _analyse(s[: am.start()], mentions, base, extra, quoted_upto, first)
            if said is not None and said.speaker and said.cue not in ("according to", "citing"):
                if o and said.via is None and outlet_name(said.speaker, extra) is None:
                    said.via = o
                said.kind = "quote" if quoted else said.kind
                return said
        if o:
            return _Found(o, None, None, "quote" if quoted else "report", "according to", False, np)
        doc = _SOURCE_DOC_RE.match(s, am.end())
        if doc and doc.group("w") in _VAGUE_DOC_WORDS and not re.match(r"\s+(?:of|by|from|for)\b", s[doc.end() :]):
            # "according to his estimates" is his word (a pronoun, resolved like "he"); "according to local
            # reports", "official figures" name nobody: the cue stays, without a speaker ("the latest figures
            # from the WHO" names its source and is read as before)
            pron = {"his": "he", "her": "she", "their": "they", "its": "its"}.get(doc.group("w"))
            kind = "quote" if quoted else "paraphrase"
            return _Found(pron, None, None, kind, "according to", True if pron in ("he", "she") else None, pron)
        spk, role, person = _split_name_role(np, mentions, base + am.end())
        issuer = _document_issuer(spk, mentions)
        if issuer != spk:
            spk, role, person = (issuer or "", None, False if issuer else None)
        return _Found(spk or None, role, None, "quote" if quoted else "paraphrase", "according to", person, np)
    # 3. speech verbs: strong first, then weak; a verb inside quoted words is part of the quote, not its
    # cue ('"Everyone has said it all," he added')
    inside = _quoted_spans(s) + ([(-1, quoted_upto)] if quoted_upto else [])
    verbs = [v for v in _verbs(s) if not any(a < v.start() < b for a, b in inside)]
    lead = _LEAD_CLAUSE_RE.match(s)
    if lead:
        # "While the firm has said it will pay, the rest is another matter, the source said": a cue inside an
        # opening concessive clause is tried only after the main clause's
        verbs = [v for v in verbs if v.start() >= lead.end()] + [v for v in verbs if v.start() < lead.end()]
    for want_strong in (True, False):
        for vm in verbs:
            verb = " ".join(vm.group(1).lower().split())
            strong = verb in _STRONG_VERBS
            if strong != want_strong or not _verb_ok(s, vm, strong):
                continue
            if _after_possessive(s, vm.start(), mentions, base):
                continue
            via = None
            if verb in (
                "told",
                "tells",
                "tell",
                "explained",
                "said",
                "says",
                "stated",
                "confirmed",
                "informed",
                "added",
                "wrote",
                "noted",
            ):
                tm = re.match(r"\s+(?:to\s+|with\s+)?", s[vm.end() :])
                via, _ = _outlet_prefix(s, vm.end() + (tm.end() if tm else 0), extra)
            persons = _person_spans(mentions, base)
            subj = _subject_before(s, vm.start(), persons)
            if subj is not None and _place_with_container(s, subj, mentions, base):
                continue  # "Washington, DC reported 13 inches": a located report, no one named speaks
            if (
                subj is not None
                and verb not in ("told", "tells", "tell", "informed")
                and re.search(r",\s*$", s[: vm.start()])
                and not any(subj[1] <= ps < subj[1] + len(subj[0]) for ps, _pe in persons)
                and any(
                    re.fullmatch(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}", s[vm.end() : ps])
                    # the person, maybe with an affiliation: "..., said Jo Park of the Acme Agency."
                    and re.match(r"\s*(?:[,.;(]|$|(?:of|from|at)\s+(?:the\s+)?[A-Z])", s[pe:])
                    for ps, pe in persons
                    if ps > vm.end()
                )
            ):
                # 'The event set a record, said Jo Park, head of X': a person who closes the clause right after
                # the verb (or only an affiliation follows: "..., said Jo Park of the Acme Agency") speaks, not
                # the end of the clause before the comma
                subj = None
            raw: str | None = None
            if subj is not None:
                raw, off = subj
                stmt = re.match(
                    r"(?:a|an|the|in\s+a)\s+(?:joint\s+)?(?:statement|communiqu[eé]|report)\s+"
                    r"(?:from|by|issued\s+by|released\s+by|of)\s+(.+)$",
                    raw,
                    re.I,
                )
                if stmt:
                    off += stmt.start(1)
                    raw = stmt.group(1)
            else:
                phrase, off, via2 = _subject_after(s, vm.end(), extra)
                via = via or via2
                joined = _ROLE_AND_RE.match(s, off + len(phrase)) if phrase else None
                if (
                    joined
                    and _low(joined.group("head")) in ROLE_WORDS
                    and phrase.split()[-1].islower()
                    and _low(phrase.split()[-1]) not in ROLE_WORDS
                ):
                    # '"...," said Acme's government and public affairs director, Jo Park.': an office joined by
                    # "and" is one role ("government and public affairs"); its first half ("Acme's government")
                    # is no speaker -- the name after the whole office is
                    phrase = s[off : joined.end()]
                if (
                    phrase
                    and verb not in ("told", "tells", "tell", "informed")  # after "tells" comes the listener
                    and re.search(r"[,”\"»—–]\s*$", s[: vm.start()])
                    and _valid_speaker_phrase(phrase)
                    # "Jo Park, the mayor, said in a statement": a phrase after a preposition says how, not who
                    and (
                        _low(phrase.split()[0]) not in _PREPOSITIONS | {"in", "on", "at", "with"}
                        # "reported in the Daily Post": the outlet reports
                        or outlet_name(phrase.split(None, 1)[-1], extra) is not None
                    )
                    and not (
                        # "The firm, facing criticism, said its engineers were ...": after a clause (not a quote)
                        # a possessive group is what is said, not who says it ('"...," said their lawyers')
                        _low(phrase.split()[0]) in ("its", "their", "his", "her", "our")
                        and _low(phrase.split()[-1]) in GROUP_NOUNS
                        and not re.search(r"[”\"»]\s*,?\s*$", s[: vm.start()])
                    )
                ):
                    by = re.match(r"by\s+(?=\S)", phrase)
                    if by and _valid_speaker_phrase(phrase[by.end() :]):
                        # "claims, denied by BP, that ...": the agent after "by" is who speaks
                        phrase, off = phrase[by.end() :], off + by.end()
                    raw = phrase
                    app_after = _appositive_after(s, off + len(phrase), persons, phrase)
                    if app_after:  # '"...," said Ann Lowe, the head of the school.'
                        raw = f"{phrase}, {app_after}"
            if not raw:
                continue
            app = re.match(r"(?P<name>.+?)(?:(?<!\d),|,(?!\d))\s*(?P<app>.+)$", raw)
            if app and _LIST_TAIL_RE.fullmatch(app.group("app")) and _LISTED_NAME_RE.search(app.group("name")):
                app = None  # "the Department for Children, Schools and Families": one name, not name and role
            if app:
                spk, role, person = _split_name_role(app.group("name"), mentions, base + off)
                named = any(off <= ps and pe <= off + app.end("name") for ps, pe in persons)
                if spk.split() and all(_low(t) in _PRONOUNS_PERSON | _PRONOUNS_GROUP for t in spk.split()):
                    continue
                role2 = app.group("app").strip()
                if re.match(r"(?:who|which|whose|whom)\b", role2):
                    pass  # a relative clause, not a role
                elif _anonymous(app.group("name")) and _names_person(role2, off + app.start("app"), persons):
                    # "Another, Jo Park, said": the name in the appositive is who speaks
                    spk, role, person = _split_name_role(role2, mentions, base + off + app.start("app"))
                    if role is None and " " in app.group("name").strip():
                        role = app.group("name").strip()  # "One of the organisers, Jo Park": that is the role
                elif (
                    not any(
                        off <= ps
                        and pe <= off + app.end("name")
                        # "A representative of Acme, Jo Park": a name after "of" is the office's body
                        and not re.search(r"\b(?:of|for|at|from|with)\s+(?:the\s+)?$", s[off:ps])
                        for ps, pe in persons
                    )
                    and _role_phrase(app.group("name"))
                    and _names_person(role2, off + app.start("app"), persons)
                ):
                    # "The team's leader, fire chief Jo Park, said": the office first, then the person who speaks
                    spk, role, person = _split_name_role(role2, mentions, base + off + app.start("app"))
                    office = app.group("name").strip()
                    role = office if role is None else f"{office}, {role}"
                elif re.fullmatch(r"(?:aged\s+)?\d{1,3}(?:\s*-?\s*years?\s*-?\s*old)?", role2, re.I):
                    pass  # an age: "Grace Rwaramba, 42, said"
                elif any(_low(t).rstrip(".") in ROLE_WORDS for t in role2.split()) or role2[:1].islower():
                    role = role2 if role is None else f"{role}, {role2}"
                elif _proper_name_phrase(app.group("name")) or (
                    named and person and _low(app.group("name").split()[-1]).rstrip(".") not in ROLE_WORDS
                ):
                    # a name, then a place or an affiliation: "Carolyn Kemp of Monterey, La., said",
                    # "Ms Rwaramba, Jackson's former nanny, said"
                    role = role2 if role is None else f"{role}, {role2}"
                else:  # "the SDF's spokesman, Talal Selo, said": the name is the appositive
                    spk, role, person = _split_name_role(role2, mentions, base + off + app.start("app"))
                    role = app.group("name").strip()
            else:
                spk, role, person = _split_name_role(raw, mentions, base + off)
            o = outlet_name(spk, extra) or (outlet_name(raw, extra) if len(raw.split()) <= 5 else None)
            kind = "quote" if quoted else "paraphrase"
            if o and via is None:
                spk, person, kind = o, False, ("quote" if quoted else "report")
                role = role if role and not outlet_name(role, extra) else None
                if raw and raw.strip() != o and not role:
                    rest = re.sub(re.escape(o), "", raw).strip(" ,")
                    role = rest if rest and rest.lower() not in ("the",) else None
            elif verb in _REPORT_VERBS and not quoted:
                kind = "report"
            if via is None and not o:
                # not an outlet inside the speaker's own phrase ("Mayor Mike Bloomberg said": a person)
                via = _relaying_outlet(s, extra, (off, off + len(raw)))
            if role and (re.fullmatch(r"[\W_]*", role) or role.lower() in ("the", "a", "an")):
                role = None
            if via is None and role:
                via = _find_outlet(role, extra)  # "the BBC's Imogen Foulkes reports"
                if via and re.fullmatch(r"(?:the\s+)?\S+\s*(?:'s|’s|')?", role, re.I):
                    role = None
                elif via and role.startswith(via + ", "):
                    role = role[len(via) + 2 :]  # "BBC, in Port-au-Prince": the outlet is already the via
            if _NUMERIC_RE.fullmatch(spk.strip()):
                # "A majority of respondents, 62 percent, said": a number is what is said, never who says it
                if role and _valid_speaker_phrase(role) and not _NUMERIC_RE.fullmatch(role.strip()):
                    spk, role = role, None
                else:
                    continue
            qm = _QUESTION_RE.match(raw) if raw and "?" not in raw and "?" in s[off + len(raw) :] else None
            if qm and not re.fullmatch(r"(?:he|she|they|we|you|i|it)", raw[qm.end() :].strip(), re.I):
                # "What will Jo Park say about ...?", "What did the minister say?": a question, no claim (a
                # pronoun is left alone: "what did he say?" may be a speaker's own words)
                continue
            issuer = _document_issuer(spk, mentions)
            if issuer != spk:
                spk, role, person = (issuer or "", None, False if issuer else None)
            if spk and raw and off <= len(s):
                spk, role = _headline_cut(
                    spk, role, s[:off], [m for m in mentions if m.start < base + off + len(raw)], first
                )
            return _Found(spk or None, role if role is None else _clean_role(role), via, kind, verb, person, raw)
    return _estimate(s, mentions, base, quoted_upto)


# a subject after an auxiliary, as in a question ("what will Jo Park say", "did the minister say")
_QUESTION_RE = re.compile(
    r"(?:(?:what|how|why|when|where|who|whom|which)\s+)?(?:will|would|can|could|should|shall|may|might|must|did|does|do)\s",
    re.I,
)

_NUMERIC_RE = re.compile(r"(?:about|some|nearly|almost|over|around)?\s*[\d.,]+\s*(?:percent|per\s+cent|%)?", re.I)

# a number as an estimate: "at about 5,000", "at between 45,000 and 50,000" (not a clock time, "at 5 p.m.")
_EST_AMOUNT = (
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+|"
    r"between\s+|as\s+(?:many|much|high|low)\s+as\s+|only\s+|just\s+|over\s+|under\s+)?[$£€]?\d(?![\d,.]*\s*(?::\d|[ap]\.?m\b))"
)
_ESTIMATE_VERB_RE = re.compile(
    r"(?<![\w-])(?P<aux>(?:has|have|had)\s+(?:also\s+|now\s+)?(?:been\s+)?|(?:is|are|was|were)\s+(?:now\s+)?(?=\w+ing\b))?"
    r"(?P<v>estimating|pegged|pegs|pegging|put|puts|putting|calculated|calculates|calculating|projected|projects|"
    r"projecting|reckoned|reckons)\b"
    r"(?P<obj>(?!\s+(?:out|up|off|down|forward|together|in|on|aside|away|back)\b)[^.;:“”\"]{0,60}?\s(?:at|to\s+be)\s+"
    + _EST_AMOUNT
    + r"|\s+"
    + _EST_AMOUNT
    + r")"
)
# "Acme's estimate of 5,000 barrels", "the official Acme figure of 5,000": the figure is the named party's
_ESTIMATE_NOUN_RE = re.compile(
    r"(?:(?P<poss>(?<![\w'’-])[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,4})(?:'s|’s|(?<=s)['’])"
    r"|\b(?:the|an?)\s+(?:(?:official|own|latest|initial|earlier|revised|new|original|previous)\s+)*"
    r"(?P<attr>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}))"
    r"\s+(?:(?:own|official|latest|initial|earlier|revised|new|original|previous|lower|higher|upper)\s+)*"
    r"(?:estimate|figure|count|tally|projection|forecast|calculation)s?\s+(?:of|at|put\s+at|was|is|were|are)\s+"
    + _EST_AMOUNT
)
_NOT_ESTIMATOR_RE = re.compile(
    rf"(?:The|This|That|Its|His|Her|Their|Our|Today|Yesterday|Last|Next|{_MONTH}|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$"
)


# fmt: off
_DOC_HEADS = DOC_NOUNS | {
    "update", "study", "survey", "review", "assessment", "analysis", "bulletin", "paper", "memo", "briefing",
    "notice", "filing", "index", "tally", "count", "findings", "reports", "projections", "calculations", "poll",
}
# fmt: on
_ISSUED_RE = re.compile(
    r"\s+(?:(?:that\s+was|which\s+was)\s+)?(?:released|published|issued|compiled|prepared|produced|posted|"
    r"circulated|obtained|seen|announced|given|made\s+public)\b(?P<rest>.*)$"
)
_NAME_RUN = r"[A-Z][\w.&-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w.&-]*){0,6}"
_DOC_ISSUER_RE = re.compile(
    rf"^(?:the\s+|an?\s+)?(?P<org>{_NAME_RUN})(?:'s|’s|')\s+"
    rf"|\s(?:by|from)\s+(?:the\s+)?(?:{_NAME_RUN}(?:'s|’s)\s+)?(?P<org2>{_NAME_RUN})(?=\s|$)"
)
_BY_ISSUER_RE = re.compile(rf"^\s+by\s+(?:the\s+)?(?P<org>{_NAME_RUN}(?:\s+[a-z]+s)?)\b")


def _document_issuer(spk: str, mentions: Sequence[Mention] = ()) -> str | None:
    """A document that speaks is its issuer's word: "the UN's Human Development Report released on Monday" ->
    "UN", "a report by the Acme Institute" -> "Acme Institute", "Labor Department figures" -> "Labor
    Department", "an estimate announced by US officials on Monday" -> "US officials"; a document whose issuer
    is not named ("an update released on Monday", "a new study", "Estimates") names nobody (None); a document
    with a name of its own and no issuer keeps its name ("the Human Development Report"); "the statement" and
    "a company statement" are left for :func:`_resolve`; anything else is returned unchanged.  An adjective
    before the document is no issuer ("the Republican report", "a British study": None), and a name whose
    "'s" is its own keeps it ("the Acmo's report", where the tagger names "Acmo's": a determiner before a
    one-word possessive name, "Acmo's" itself, speaks -- "the UN's report", tagged "UN", is the UN's)."""
    if not spk:
        return spk
    issued = _ISSUED_RE.search(spk)
    core = spk[: issued.start()].strip(" ,") if issued else spk
    head = re.split(r"\s+(?:from|by|of|on|for|in)\s+", core, maxsplit=1)[0].split()
    if not head or _low(head[-1]) not in _DOC_HEADS:
        return spk
    m = _DOC_ISSUER_RE.search(core)
    if m:
        org = _strip_det(m.group("org") or m.group("org2"))
        if _NOT_ESTIMATOR_RE.fullmatch(org):
            return None  # "Tuesday's report" names nobody
        if m.group("org") and _own_possessive(core, m, mentions):
            return org + core[m.end("org") : m.end("org") + 2]  # "the Acmo's report" -> "Acmo's"
        return org
    by = (
        _BY_ISSUER_RE.match(issued.group("rest"))
        if issued and not re.match(r"\s*(?:obtained|seen|posted|circulated)", spk[issued.start() :].split(None, 1)[0])
        else None
    )
    if by:
        return by.group("org")
    if _is_cap(head[-1]) and len(head) > 1:
        return core  # "the Human Development Report": a named document, its issuer unknown
    mods = head[1:-1] if _low(head[0]) in ("the", "a", "an", "one", "another") else head[:-1]
    named = mods[next((k for k, w in enumerate(mods) if _is_cap(w)), len(mods)) :]
    if (
        named
        and all(_is_cap(w) and not w.endswith(("'s", "’s")) for w in named)
        and not any(w.islower() and w.endswith("ing") for w in mods)  # "a memo summarizing Acme's report"
    ):
        if _adjective_name(named, mentions):
            return None  # "the Republican report", "a British study": whose it is, is not named
        if not (
            len(named) == 1
            and named[0] is head[0]
            and _low(named[0]) not in ("its", "their", "his", "her", "our")  # "Its statement": resolved later
            and not _tagged_name(named[0], mentions)
        ):
            return " ".join(named)  # "Labor Department figures", "a new Acme News poll"
        # "New estimates from ...": a word capitalised only because it opens the sentence is no name
    bodies = FIRM_NOUNS | _GROUP_ANAPHORA | GROUP_NOUNS  # "a company statement": left for _resolve
    if (len(head) == 1 or _low(head[0]) in ("a", "an", "one", "another", "new")) and not any(
        _low(w) in bodies for w in mods
    ):
        return None
    return spk  # "the statement": the document an earlier sentence issued (see _resolve)


# a one-word adjective of nationality or party ("Republican", "Democratic", "British", "Chinese")
_ADJECTIVE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:ican|atic|ian|ese|ish)")


def _adjective_name(words: Sequence[str], mentions: Sequence[Mention]) -> bool:
    """Whether the capitalised words before a document noun are an adjective, not its issuer's name: a word
    the tagger reads as a nationality, religion or party (NORP), or one word shaped like one."""
    phrase = " ".join(words)
    if any(m.label == "NORP" and _strip_det(m.text) == phrase for m in mentions):
        return True
    return len(words) == 1 and bool(_ADJECTIVE_NAME_RE.fullmatch(phrase))


def _tagged_name(word: str, mentions: Sequence[Mention]) -> bool:
    """Whether the tagger reads this word as (part of) a name, or it is an acronym ("WHO")."""
    return word.isupper() or any(
        m.label not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")
        and word in m.text.split()
        for m in mentions
    )


def _own_possessive(core: str, m: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether the "'s" after a document's issuer belongs to the name ("the Acmo's report" with "Acmo's"
    tagged as one name): a determiner before a one-word name that is not an acronym, which the tagger names
    with its "'s" and without the determiner (a name that takes "the", such as "the Fed's", is tagged with it)."""
    before = core[: m.end("org")]
    det = re.match(r"\W*(?:the|an?)\s+(?P<org>\S+)$", before, re.I)
    if det is None or det.group("org").isupper():
        return False
    own = det.group("org") + core[m.end("org") : m.end("org") + 2]
    return any(mm.text == own and mm.label not in ("PERSON", "GPE", "NORP", "LOC") for mm in mentions)


_TRAILING_DATE_RE = re.compile(
    rf"\s+(?:on|in|by)\s+(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}})?)(?:,?\s+\d{{4}})?$"
)


_YEAR_OR_DAY_RE = re.compile(rf"\b(?:1[89]|20)\d\d\b|{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}")


def _other_amount(s: str, start: int, end: int) -> bool:
    """Whether the sentence gives a number outside s[start:end] (not a year, a day of the month, or a conversion in
    brackets): then the sentence holds more than the one party's figure ("BP's estimate was 1,000 a day, and
    NOAA later put it at 5,000"), and naming one claimant for the whole sentence would misattribute the other."""
    masked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), s)
    masked = _YEAR_OR_DAY_RE.sub(lambda m: " " * len(m.group()), masked)
    return bool(re.search(r"\d", masked[:start] + " " + masked[end:]))


def _estimate(s: str, mentions: Sequence[Mention], base: int, quoted_upto: int) -> _Found | None:
    """A figure given as someone's estimate with no speech verb: "Acme has been estimating 5,000 barrels a
    day", "scientists have pegged the flow at 40,000", "the Red Cross put the toll at 3,000", "the official
    Acme figure of 5,000", "Acme's estimate of 5,000".  The party who estimates is the speaker (the figure's
    claimant); a passive ("was put at 3,000") names nobody and gives no record."""
    inside = _quoted_spans(s) + ([(-1, quoted_upto)] if quoted_upto else [])
    persons = _person_spans(mentions, base)
    for m in _ESTIMATE_VERB_RE.finditer(s):
        if any(a < m.start() < b for a, b in inside) or _other_amount(s, m.start(), len(s)):
            continue  # a number before the estimate is someone else's figure, or the estimator's subject
        prev = s[: m.start()].split()[-1:] or [""]
        if _low(prev[0]) in (
            "to",
            "be",
            "been",
            "being",
            "was",
            "were",
            "is",
            "are",
            "would",
            "will",
            "could",
            "can",
            "should",
            "might",
            "may",
            "must",
        ):
            continue  # "to put the toll at", "was pegged at": no one who estimates is named
        subj = _subject_before(s, m.start(), persons)
        if subj is None or _place_with_container(s, subj, mentions, base):
            continue
        phrase, off = subj
        clause = list(re.finditer(r"\s(?:as|when|while|after|because|since|before|until)\s+", phrase))
        if clause:  # "The search goes on as Acme officials put the cost at ...": the clause's own subject
            off += clause[-1].end()
            phrase = phrase[clause[-1].end() :]
        phrase = _TRAILING_DATE_RE.sub("", phrase)  # "US officials on 26 April"
        adverb = re.match(r"[A-Z][a-z]+ly,?\s+(?=\S)", phrase)  # "Originally the government"
        if adverb:
            off += adverb.end()
            phrase = phrase[adverb.end() :]
        if not _valid_speaker_phrase(phrase):
            continue
        app = re.match(r"(?P<name>[A-Z][^,]*?),\s+(?P<role>(?:an?|the)\s[^,]+?)(?:,\s*)?$", phrase)
        if app:  # "Jo Park, an analyst at Acme, pegged the cost at ...": the name speaks, the rest is the role
            spk, _role, person = _split_name_role(app.group("name"), mentions, base + off)
            return _Found(spk, _clean_role(app.group("role")), None, "paraphrase", m.group("v").lower(), person, phrase)
        spk, role, person = _split_name_role(phrase, mentions, base + off)
        issuer = _document_issuer(phrase, mentions)
        if issuer != phrase:
            spk, role, person = (issuer or "", None, False if issuer else None)
        if not spk or _NUMERIC_RE.fullmatch(spk.strip()):
            continue
        return _Found(spk, _clean_role(role), None, "paraphrase", m.group("v").lower(), person, subj[0])
    for m in _ESTIMATE_NOUN_RE.finditer(s):
        name = m.group("poss") or m.group("attr") or ""
        name = _strip_det(re.sub(r"^(?:The|A|An)\s+", "", name))
        if not name or _NOT_ESTIMATOR_RE.fullmatch(name) or any(a < m.start() < b for a, b in inside):
            continue
        amount_end = re.match(r"[$£€]?[\d,.]+(?:\s*(?:-|to|and)\s*[$£€]?[\d,.]+)?", s[m.end() - 1 :])
        if _other_amount(s, m.start(), m.end() - 1 + (amount_end.end() if amount_end else 1)):
            continue  # "a range from 12,000 to 19,000, well above Acme's estimate of 5,000": not all Acme's
        spk, role, person = _split_name_role(name, mentions, base + m.start())
        if not spk or _NUMERIC_RE.fullmatch(spk.strip()):
            continue
        return _Found(spk, _clean_role(role), None, "paraphrase", "estimate", person, name)
    return None


_RELAY_BEFORE_RE = re.compile(
    r"(?:\breports?|\breported|\baccording\s+to|\btold|\bquoted\s+by|\bcited\s+by|\bciting"
    r"|\bsaid|\bsays)\s+(?:the\s+)?[“\"«]?$"
)
_RELAY_AFTER_RE = re.compile(r"^[”\"»]?\s*(?:reported|reports|said|says|quoted|cited|wrote)\b")


def _relaying_outlet(s: str, extra: Sequence[str], speaker: tuple[int, int] = (0, 0)) -> str | None:
    """An outlet that carries the sentence's words: "..., reports Reuters", "Reuters reported" -- not one
    inside the speaker's phrase at s[speaker[0]:speaker[1]] ("Mayor Mike Bloomberg said" is no outlet's report)."""

    def inside(st: int, en: int) -> bool:
        return speaker[0] <= st and en <= speaker[1] and (st, en) != speaker

    for st, en, name in _aliases_in(s):
        if inside(st, en):
            continue
        if _RELAY_BEFORE_RE.search(s[max(0, st - 20) : st]) or _RELAY_AFTER_RE.match(s[en : en + 15]):
            return name
    for e in extra:
        for m in re.finditer(rf"(?<![\w-]){re.escape(e)}(?![\w-])", s):
            if inside(m.start(), m.end()):
                continue
            if _RELAY_BEFORE_RE.search(s[max(0, m.start() - 20) : m.start()]) or _RELAY_AFTER_RE.match(
                s[m.end() : m.end() + 15]
            ):
                return e
    return None


# --------------------------------------------------------------------------- resolution


@dataclass
class _Hist:
    speaker: str
    role: str | None
    person: bool | None
    sentence: int
    raw: str | None = None  # the speaker phrase as written ("A spokeswoman for the ministry")


_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "emir", "sheikh"})
_FEMALE = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "sister", "baroness", "madam"}
)
# words for a person that say which pronoun fits them ("the spokeswoman", "his widow")
_MALE_NOUNS = frozenset(
    {
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "father",
        "husband",
        "son",
        "brother",
        "man",
        "boy",
        "grandfather",
        "uncle",
        "nephew",
        "king",
        "prince",
        "councilman",
        "policeman",
        "fireman",
        "fisherman",
    }
)
_FEMALE_NOUNS = frozenset(
    {
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "mother",
        "wife",
        "daughter",
        "sister",
        "woman",
        "girl",
        "grandmother",
        "aunt",
        "niece",
        "widow",
        "actress",
        "queen",
        "princess",
        "councilwoman",
        "policewoman",
    }
)
# only the pronouns that name the subject: "his" and "her" are as often somebody else's ("holding her")
_HE = re.compile(r"\b(?:he|himself)\b", re.I)
_SHE = re.compile(r"\b(?:she|herself)\b", re.I)
_TITLE_BEFORE_RE = re.compile(r"(?:^|\W)(Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Madam|Baroness|Lord)\.?\s+$")


def _pron_gender(pronoun: str) -> str:
    return "f" if pronoun in ("she", "her") else "m"


def _name_key(name: str) -> str:
    """A person's name without its titles and possessive ending, for gender look-ups."""
    toks = [t for t in name.split() if _low(t) not in _TITLES]
    return re.sub(r"['’]s?$", "", " ".join(toks or name.split()))


def _noun_gender(phrase: str | None) -> str | None:
    """The gender a person noun at the head of a phrase says ("a spokeswoman for the ministry" -> "f")."""
    if not phrase:
        return None
    head = re.split(r"\s+(?:of|for|at|from|with|in|to|on)\s+", phrase.strip(), maxsplit=1)[0]
    words = {_low(w).strip(",.") for w in head.split()}
    # "a female friend of the family": the adjective says it of any person noun
    m, f = bool(words & (_MALE_NOUNS | {"male"})), bool(words & (_FEMALE_NOUNS | {"female"}))
    return "m" if m and not f else "f" if f and not m else None


def _gender(name: str, role: str | None, genders: dict[str, list[int]]) -> str | None:
    """What the article says of a person's gender: an honorific ("Mrs Lowe"), a gendered person noun in the
    name or office ("spokeswoman"), else the pronouns it used in sentences about that name alone (see
    :func:`_gender_evidence`); None when it does not say, or says both."""
    toks = name.split()
    if not toks:
        return None
    first = _low(toks[0])
    if first in _MALE:
        return "m"
    if first in _FEMALE:
        return "f"
    g = _noun_gender(name) or _noun_gender(role)
    if g:
        return g
    key = _name_key(name)
    for k in (key, key.split()[-1] if key.split() else key):
        c = genders.get(k)
        if c:
            if c[0] > 2 * c[1]:
                return "m"
            if c[1] > 2 * c[0]:
                return "f"
            return None
    return None


def _gender_fits(pronoun: str, name: str, role: str | None = None, genders: dict[str, list[int]] | None = None) -> bool:
    """False when the article says the name cannot be the pronoun ("she" is not "Mr Lowe")."""
    g = _gender(name, role, genders or {})
    return g is None or g == _pron_gender(pronoun)


@dataclass
class _Person:
    sentence: int
    name: str
    subject: bool  # the name opens its sentence ("Jo Park, the mayor, visited the camp")


@dataclass
class _Ctx:
    """What pronoun resolution knows of an article: the gender evidence per name, and the persons named
    outside quotations, sentence by sentence."""

    genders: dict[str, list[int]]
    people: list[_Person]
    # unnamed people that open a sentence outside quotations ("A senior official ruled it out."): the
    # description as written, by sentence
    described: list[_Person] = field(default_factory=list)
    openers: dict[int, str] = field(default_factory=dict)  # sentence -> its first capitalised word
    # gender ("m"/"f") -> the sentence of the last he/she left unknown because someone else was named
    # (filled in as the article is read)
    unknown: dict[str, int] = field(default_factory=dict)
    # surname -> the first full name the article gives for it ("Hayward" -> "Tony Hayward")
    full: dict[str, str] = field(default_factory=dict)
    # sentences where someone else takes a turn in a dialogue: a quote closed by another name and a verb of
    # answering ('"No," Lee replied.'), or the writer putting a question ("I asked him ...") -> the name, or ""
    turns: dict[int, str] = field(default_factory=dict)
    # sentences whose he/she went to a person named as a subject since the last speaker (filled in as the
    # article is read) -> that last speaker, whom the pronoun did not go to
    switched: dict[int, str] = field(default_factory=dict)
    # sentence -> the word right before its first verb of saying outside quotation marks ("i. am added")
    sayer: dict[int, str] = field(default_factory=dict)
    # sentences whose first verb of saying outside quotation marks has he/she for its subject in a bound
    # clause ("..., which he said", "when she told") after the person who opens the sentence as its subject
    bound: set[int] = field(default_factory=set)


_OBJECT_PREPOSITIONS = frozenset({"with", "to", "for", "about", "against", "from", "of"})


def _after_preposition(before: str) -> bool:
    """Whether a name is the object of a preposition, past its titles: "talks with the Minister of foreign
    Affairs Jo Park" (not "the Secretary of State Jo Park", where "of" is inside the title)."""
    toks = before.split()
    k = len(toks) - 1
    while k >= 0 and (_is_cap(toks[k]) or _low(toks[k]) in ROLE_WORDS | {"the", "and", "of"}):
        if _low(toks[k]) == "of" and not (k > 0 and (_is_cap(toks[k - 1]) or _low(toks[k - 1]) in ROLE_WORDS)):
            break  # "of" after an ordinary word ends the title: "a friend of Jo Park"
        k -= 1
    return k >= 0 and _low(toks[k]).strip(",") in _OBJECT_PREPOSITIONS


_NOT_NAME_START = frozenset({"via", "in", "at", "from", "with", "by", "for", "on", "to", "of", "the", "a"})


def _article_ctx(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> _Ctx:
    genders: dict[str, list[int]] = {}
    people: list[_Person] = []

    def add(name: str, g: str, weight: int = 1) -> None:
        key = _name_key(name)
        for k in {key, key.split()[-1]} if key.split() else set():
            c = genders.setdefault(k, [0, 0])
            c[0 if g == "m" else 1] += weight

    by_sent: dict[int, list[Mention]] = {}
    # a person's surname the tagger read as something else after their full name ("Tony Hayward ...  Hayward
    # has come under fire" with "Hayward" a place) is still that person, whom a pronoun may point to
    first_full: dict[str, int] = {}
    full: dict[str, str] = {}
    for m in mentions:
        toks = m.text.split()
        if m.label == "PERSON" and len(toks) > 1 and re.fullmatch(r"[A-Z][a-z][\w'’-]*", toks[-1]):
            first_full.setdefault(toks[-1], m.start)
            bare = _bare_person(m.text)[1]
            if len(bare.split()) > 1 and _one_full_name(bare):  # not "Behind Hayward", a word glued before it
                # two people of one surname ("Iain and Dawn Askham"): the surname alone says neither
                full[toks[-1]] = bare if full.get(toks[-1], bare) == bare else ""
    persons = sorted(
        (
            m if m.label == "PERSON" else m.model_copy(update={"label": "PERSON"})
            for m in mentions
            if m.label == "PERSON" or (m.text in first_full and first_full[m.text] < m.start)
        ),
        key=lambda m: m.start,
    )
    for sent in sentences:  # by offset, as everywhere in this module
        by_sent[sent.index] = [m for m in persons if sent.start <= m.start < sent.end]
    alone: str | None = None  # the one person the sentence before named, as its subject
    described: list[_Person] = []
    openers: dict[int, str] = {}
    for sent in sentences:
        s = text[sent.start : sent.end]
        opener = re.match(r"\W*([A-Z][\w'’-]+)", s)
        if opener:
            openers[sent.index] = opener.group(1)
        desc = _described_subject(s)
        if desc is not None:
            described.append(_Person(sent.index, desc, True))
        if alone is not None:
            # "Jo Park says the camp is full.  She attributes it to ...": a sentence that opens with a pronoun
            # goes on about the person the sentence before was about
            lead = re.match(r"\W*(He|She)\b", s)
            if lead:
                add(alone, "m" if lead.group(1) == "He" else "f")
        alone = None
        ms = by_sent.get(sent.index)
        if not ms:
            continue
        quoted = _quoted_spans(s)
        spans = []
        for a, b in _person_spans(ms, sent.start):
            name = text[a + sent.start : b + sent.start]
            if (
                any(qa <= a < qb for qa, qb in quoted)
                or _aliases_in(s[a : b + 30][: len(name) + 4])
                or _low(name.split()[0]) in _NOT_NAME_START
                or re.search(r"(?:^|[(\[])\W*[Bb]y\s+$", s[:a])  # a credit: "(By Jo Park -- AP)"
            ):
                continue  # quoted words, a byline ("Jo Park BBC News, Washington"), "Via Skype"
            spans.append((a, b, name))
        spans.sort()
        # a list of names ("Jo Park, 21 - rescued after ten days Ann Lee, 84 - ...") has no subject
        subj = _sentence_subject(s, ms, sent.start) if len({n for _a, _b, n in spans}) < 4 else None
        for a, b, name in spans:
            title = _TITLE_BEFORE_RE.search(s[max(0, a - 12) : a])
            first = _low(name.split()[0])
            if title or first in _MALE | _FEMALE:
                g = "f" if (_low(title.group(1)) if title else first) in _FEMALE else "m"
                add(name, g, 5)  # an honorific outweighs a stray pronoun
            kin = _KIN_BEFORE_RE.search(s[:a])
            kin_g = _noun_gender(kin.group("noun")) if kin else None
            if kin_g is not None and re.match(r"\s*(?:,|['’]|$)", s[b:]) and _name_key(name).split():
                # "Deedy's husband, David, was killed", "Mr Robin's wife, Lisa, says": the person noun of a
                # possessive, set off before the name, says its gender -- for that name alone, not for its
                # surname, which a family shares
                c = genders.setdefault(_name_key(name), [0, 0])
                c[0 if kin_g == "m" else 1] += 5
            # a possessive ("Jo Park's lawyer") can be what a pronoun points to, but is not a sentence's subject
            possessive = bool(re.match(r"['’]", s[b:]) or re.search(r"['’]s?$", name))
            if not possessive and _after_preposition(s[:a]):
                continue  # after a preposition ("talks with Foreign Minister Jo Park"): not who a pronoun points to
            # a question ("Jo Park, what did she say?") is someone's voice, not the prose's: no subject there
            asks = s.rstrip(" \"”’'").endswith("?")
            people.append(_Person(sent.index, name, subj is not None and name == subj and not possessive and not asks))
        # a pronoun after the one person a sentence names, outside quotations: "Jo Park said he would stay"
        keys = {_name_key(n).split()[-1] for _a, _b, n in spans if _name_key(n).split()}
        if len(keys) == 1:
            rest = s[spans[0][1] :]
            for qa, qb in _quoted_spans(rest):
                rest = rest[:qa] + " " * (qb - qa) + rest[qb:]
            he, she = bool(_HE.search(rest)), bool(_SHE.search(rest))
            if he != she:
                add(spans[0][2], "m" if he else "f")
            if subj is not None and any(n == subj for _a, _b, n in spans):
                alone = subj
    turns: dict[int, str] = {}
    sayer: dict[int, str] = {}
    bound: set[int] = set()
    for sent in sentences:
        s = text[sent.start : sent.end]
        quoted = _quoted_spans(s)
        verb = next((v for v in _VERB_RE.finditer(s) if not any(a <= v.start() < b for a, b in quoted)), None)
        if verb is not None and s[: verb.start()].split():
            sayer[sent.index] = s[: verb.start()].split()[-1]
        head = next((p for p in people if p.sentence == sent.index and p.subject), None)
        if (
            verb is not None
            and head is not None
            and 0 <= s.find(head.name) < verb.start()
            and _BOUND_PRONOUN_RE.search(s[: verb.start()])
            and not re.search(r"[“”\"«»„]", s[: verb.start()])
        ):
            bound.add(sent.index)
        reply = _REPLY_RE.search(s)
        if reply and reply.group(1) in {p.name.split()[-1] for p in people}:
            turns[sent.index] = reply.group(1)  # a person's name, not "He" or a place
        elif _ASKED_RE.search(s):
            turns[sent.index] = ""
    return _Ctx(genders, people, described=described, openers=openers, full=full, turns=turns, sayer=sayer, bound=bound)


# a person noun after a possessive, then the name it is set off from: "Deedy's husband, David", "his wife, Lisa"
_KIN_BEFORE_RE = re.compile(r"(?:\w['’]s?|\b(?:his|her|their|my|our|your))\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+),\s+$")
# he/she right after a word that binds its clause to the sentence ("policies that he said had failed", "when she
# told reporters"), with at most an auxiliary or adverb before the verb of saying
_BOUND_PRONOUN_RE = re.compile(
    r"\b(?:which|that|who|whom|whose|when|because|although|though|since|while|whereas|where|what|after|as|once)\s+"
    r"(?:he|she)\s+(?:(?:has|had|have|also|later|then|again|now|once|first|repeatedly|publicly)\s+)*$"
)
# a quote closed by a name and a verb of saying ('"No sir," Lee answered.'): that person's turn in a dialogue
_REPLY_RE = re.compile(
    r"[,.?!][”\"’']\s*([A-Z][a-z][\w'’-]*)\s+(?:answered|replied|responded|said|says|added|insisted|told)\b"
)
# the writer putting a question to someone ("I asked him if ...", "When we pressed her on ...")
_ASKED_RE = re.compile(r"\b(?:I|[Ww]e)\s+(?:asked|pressed|questioned|put\s+it\s+to)\s+(?:him|her)\b")


# an unnamed person who opens a sentence: "In March a senior representative of the administration ruled ...",
# "The spokesman declined to comment" -- after at most a short opening phrase ("In late March", "However,")
_DESC_LEAD_RE = re.compile(
    r"^\W*(?:(?:But|And|However|Meanwhile|Yet|Then),?\s+)?"
    r"(?:(?:In|On|At|Earlier|Later|Last|This|Late|Early)\s+[\w-]+(?:\s+[\w-]+){0,2}?(?:,\s*|\s+(?=(?:an?|the|one|another)\s)))?"
    r"(?P<det>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+)"
)
_DESC_NOUNS = frozenset(
    {
        "representative",
        "diplomat",
        "aide",
        "adviser",
        "advisor",
        "officer",
        "commander",
        "envoy",
        "expert",
        "analyst",
        "insider",
        "negotiator",
        "lawmaker",
        "minister",
        "spokesperson",
    }
)
_NOT_MODIFIER = frozenset(
    {"who", "which", "that", "of", "and", "or", "a", "an", "the", "one", "his", "her", "their", "its", "to", "in"}
)
# a definite description with one of these heads may be a new speaker ("The spokesman declined to comment"):
# a pronoun after it is then nobody known; any other ("The doctor", "The tall student") is most often someone
# already named, seen again
_DEFINITE_SPEAKER_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "representative", "source", "aide", "diplomat",
     "officer", "commander", "envoy", "minister", "adviser", "advisor"}
)  # fmt: skip
_DESC_BODY_NOUN = (
    r"(?:administration|government|ministry|department|embassy|agency|office|army|military|police|company|firm|"
    r"family|council|mission|delegation|committee|authorities|leadership|side|team|campaign|party|war|school|"
    r"hospital|university|airport|bank|plant|rig|site|scene)"
)
_DESC_OF_RE = re.compile(
    r"^\s+(?:of|for|at|from|with|in|close\s+to)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:[\w'’.-]+\s+){0,1}?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"
    rf"(?:\s+{_DESC_BODY_NOUN})?|(?:[a-z]+\s+)?{_DESC_BODY_NOUN})\b"
)


def _described_subject(s: str) -> str | None:
    """The unnamed person a sentence opens with, as written ("a senior representative of the US
    administration"), else None: a singular noun for a person, after a determiner and at most four
    modifiers, that opens the sentence outside quotations and is not followed by a name ("The spokesman,
    Jo Park," names him)."""
    m = _DESC_LEAD_RE.match(s)
    if m is None:
        return None
    words = list(re.finditer(r"[\w'’-]+", s[m.end() : m.end() + 80]))[:5]
    k = next((k for k, w in enumerate(words) if _low(w.group()) in _DESC_NOUNS | _HUMAN_NOUNS), None)
    if k is None or not s[m.end() + words[k].end() :].startswith((" ", ",")):
        return None
    mods = [w.group() for w in words[:k]]
    if (
        any(_is_cap(w) and not re.fullmatch(r"[A-Z]{2,}", w) for w in mods[1:])
        or any(_low(w) in GROUP_NOUNS | _DESC_NOUNS | _HUMAN_NOUNS | _NOT_MODIFIER for w in mods)
        or re.search(r"[^\w\s'’-]|\s-\s", s[m.end() : m.end() + words[k].start()])
    ):
        return None  # "the Acme spokesman Jo Park" may name someone; only lower-case or acronym modifiers
    end = m.end() + words[k].end()
    d = s[m.start("det") : end]
    rest = s[end:]
    of = _DESC_OF_RE.match(rest)
    after = rest[of.end() :] if of else rest
    if any(
        re.match(r"\s*,?\s*[A-Z][a-z]+\s+(?:[A-Z]\.\s+|[a-z]{1,3}\s+)?[A-Z][a-z]", t) for t in (rest, after)
    ) or re.match(r"['’]s\b", rest):
        return None  # a name follows ("The spokesman, Jo Park"), or a possessive ("the man's wife")
    return (d + (of.group() if of else "")).strip()


def _one_full_name(name: str) -> bool:
    """Whether a tagged person's text reads as one name, each word capitalised or a name particle -- not two
    names ("Hitchens v Galloway", a headline's) nor a name with a word run on ("George Galloway - square")."""
    return all(
        _is_cap(w.strip("\"“”‘’'")) or _low(w) in _NAME_CONNECT - {"and", "&", "of", "for", "sans"}
        for w in name.split()  # a nickname in quotation marks is part of the name: 'Maurice "Hank" Greenberg'
    )


def _same_person(a: str, b: str) -> bool:
    ka, kb = _name_key(a).split(), _name_key(b).split()
    return bool(ka and kb) and (ka[-1] == kb[-1] or ka[-1] in kb or kb[-1] in ka)


def _plural(phrase: str) -> bool:
    """A speaker phrase headed by a plural noun ("Scientists", "US officials") is not "he" or "she"."""
    head = re.split(r"\s+(?:of|for|at|from|with|in|to|on)\s+", phrase.strip(), maxsplit=1)[0].split()
    if not head:
        return False
    w = _low(head[-1])
    return (w in SPEAKER_NOUNS and w.endswith("s")) or bool(
        re.fullmatch(r"[a-z]+(?:ists|ers|ians|ors|ies|ants|ents)", w)
    )


_NAMED_SPAN = 3  # a person named (not as a subject) this few sentences before a pronoun may be who it is

# an anonymous quantifier that speaks ("Another said", "One of them told", "A third added"): someone unnamed,
# never what a later "he"/"she" is resolved to
_ANONYMOUS_RE = re.compile(
    r"(?:another|one|others|other|some|many|most|both|several|few|a\s+few|(?:a|the)\s+(?:second|third|fourth|fifth|"
    r"sixth|last|latter|former))(?:\s+(?:of\s+(?:them|those|these|the\s+\w+)|more))?",
    re.I,
)


def _anonymous(phrase: str | None) -> bool:
    return bool(phrase) and bool(_ANONYMOUS_RE.fullmatch((phrase or "").strip(" ,")))


def _resolve_person_pronoun(f: _Found, low: str, hist: list[_Hist], sent_index: int, ctx: _Ctx) -> _Found:
    """He/she: the last person who spoke and fits the pronoun's gender, unless a person the pronoun could
    be was named after that speaker: then that person if they open the latest such sentence and are alone
    there ("Jo Park met the team.  He said ..."), else nobody -- an unknown speaker beats a wrong one.
    A gender the article shows (an honorific, "spokeswoman", pronouns used with that name alone) must fit."""
    g = _pron_gender(low)
    own = next(
        (
            p
            for p in ctx.people
            if p.sentence == sent_index
            and p.subject
            and p.sentence in ctx.bound
            and _gender_fits(low, p.name, None, ctx.genders)
        ),
        None,
    )
    if own is not None:
        # "The party's leader, Jo Park, pressed for a vote, which he said was overdue": the person who opens the
        # pronoun's own sentence as its subject is nearer than anyone named or heard before -- when the pronoun
        # speaks in a clause bound to that sentence, not in a cue set off by commas or after a quote ("Jo Park
        # was a liability, he told the BBC": those are the speaker's words about Jo Park)
        known = next((h for h in reversed(hist) if h.person and _same_person(h.speaker, own.name)), None)
        if known is not None:
            return replace(f, speaker=known.speaker, role=f.role or known.role, person=True)
        return replace(f, speaker=ctx.full.get(own.name) or own.name, person=True)
    best: _Hist | None = None
    anon: _Hist | None = None
    via_role = False
    for h in reversed(hist):
        if _anonymous(h.speaker):
            # "Another said ...": no antecedent; the pronoun is that unnamed person (unknown) when they spoke
            # just before, else the last named person who fits
            anon = anon or h
            continue
        if h.person is False:
            # "A spokeswoman for the ministry said ...  "...," she said": a person spoke for the body
            if h.sentence >= sent_index - 2 and _noun_gender(h.raw) == g:
                best, via_role = h, True
                break
            continue
        if not _gender_fits(low, h.speaker, h.role, ctx.genders):
            continue
        if h.person or (
            # a lone name just before ("Pacitti said ... he said"), whatever the tagger took it for
            h.person is None
            and h.sentence >= sent_index - 2
            and re.fullmatch(r"[A-Z][a-z'’-]+", h.speaker)
            and not _plural(h.speaker)
        ):
            best = h
            break
    # the persons the pronoun could be, named (outside quotations) since that speaker last spoke
    after = best.sentence if best is not None else sent_index - 3
    named = [p for p in ctx.people if after < p.sentence < sent_index and _gender_fits(low, p.name, None, ctx.genders)]
    # someone else answered since the last speaker and the persons named as subjects ("Park asked Lee whether
    # ...  '"No," Lee answered.  He added ..."): the pronoun may be that person -- unknown, not Park
    cands = {p.name.split()[-1] for p in named if p.subject} | ({best.speaker.split()[-1]} if best else set())
    ref = max([after, *(p.sentence for p in named)])
    if any(ref < k < sent_index and ctx.turns[k] and ctx.turns[k] not in cands for k in ctx.turns):
        return replace(f, speaker=None)
    if best is not None and not named and _turn_taken(best, hist, ctx):
        return replace(f, speaker=None)
    if (
        anon is not None
        and anon.sentence >= sent_index - 2
        and (best is None or anon.sentence > best.sentence)
        and not any(p.sentence > anon.sentence for p in named)
    ):
        return replace(f, speaker=None)  # "Another said ...  '...,' he said": that unnamed person, not a name
    # an unnamed person who opens a sentence since ("A senior official ruled it out.  '...,' he said") is who
    # the pronoun points to when named no one came after -- not the named speaker before them; a definite
    # description that fits that speaker's office ("Jo Park, a spokesman, ...  The spokesman declined ...")
    # is that speaker again
    surnames = {h.speaker.split()[-1] for h in hist if h.speaker.split()} | {p.name.split()[-1] for p in ctx.people}
    desc = next(
        (
            d
            for d in reversed(ctx.described)
            if after < d.sentence < sent_index
            and d.sentence >= sent_index - _NAMED_SPAN
            and _noun_gender(d.name) in (None, g)
            and not any(p.sentence >= d.sentence for p in named)
            # the speaker again, by surname, opening a sentence since ("Hale looked tired."), tagged or not
            and not any(ctx.openers.get(k) in surnames for k in range(d.sentence + 1, sent_index))
        ),
        None,
    )
    if desc is not None:
        head = _low(desc.name.split()[0])
        noun = re.split(r"\s+(?:of|for|at|from|with|close)\s+", desc.name, maxsplit=1)[0].split()[-1].lower()
        same = (
            best is not None and head == "the" and noun in f"{best.speaker} {best.role or ''} {best.raw or ''}".lower()
        )
        spoke = next((h for h in hist if h.sentence == desc.sentence), None)
        if spoke is not None and head != "the":
            # "A spokeswoman for the trade body, Acme UK, said ...  She added": who that sentence credits
            return replace(f, speaker=spoke.speaker, role=f.role or spoke.role or spoke.raw, person=spoke.person)
        if head != "the":
            return replace(f, speaker=desc.name, role=None, person=True)  # "a senior official": someone new
        if not same and noun in _DEFINITE_SPEAKER_NOUNS:
            return replace(f, speaker=None)  # "the spokesman", not the one who spoke before: unknown
    if named:
        last = max(p.sentence for p in named)
        here = [p for p in named if p.sentence == last]
        subj = next((p for p in here if p.subject), None)
        if subj is not None or any(not (best and _same_person(p.name, best.speaker)) for p in here):
            if subj is None and last >= sent_index - _NAMED_SPAN:
                ctx.unknown[g] = sent_index
                return replace(f, speaker=None)  # someone else was named just before, not as a subject: unknown
            if subj is None:
                # "Dawn Park was hit by a bomb ...  Park's platoon ...  '...,' she said": named last (not as a
                # subject) is the one person an earlier sentence had as its subject -- still the one written about
                keys = {p.name.split()[-1] for p in here}
                prior = next((p for p in reversed(named) if p.subject and p.sentence < last), None)
                if (
                    prior is not None
                    and keys == {prior.name.split()[-1]}
                    and any(
                        p.sentence > prior.sentence
                        and p.name.split()[-1] not in keys
                        # not "Park and her daughter Lee": named beside the subject, who stays the one written about
                        and not any(q.sentence == p.sentence and q.name.split()[-1] in keys for q in named)
                        for p in named
                    )
                ):
                    # "Park strode in ...  I wanted to meet Lee first ...  where Park now lives ...  '...,' he
                    # said": someone else who fits was named between the subject and the pronoun -- either
                    # may be meant, and an unknown speaker beats a wrong one
                    ctx.unknown[g] = sent_index
                    return replace(f, speaker=None)
                if (
                    prior is not None
                    and keys == {prior.name.split()[-1]}
                    and (best is None or not _same_person(prior.name, best.speaker))
                    and not any(prior.sentence < k < sent_index for k in ctx.turns)
                    # not when someone else speaks in that sentence ("i. am added that Jo Park's songs ...")
                    and ctx.sayer.get(last, prior.name.split()[-1]) == prior.name.split()[-1]
                ):
                    return replace(f, speaker=ctx.full.get(prior.name.split()[-1]) or prior.name, person=True)
                named = []
            if subj is not None and (best is None or not _same_person(subj.name, best.speaker)):
                if any(last < k < sent_index and not ctx.turns[k] for k in ctx.turns):
                    # "Doonesbury must seem ...  I asked him if ...  '...,' he replied": the writer put a question
                    # to someone since the subject was named, who need not be that subject
                    return replace(f, speaker=None)
                if best is not None and not _same_person(subj.name, best.speaker):
                    ctx.switched[sent_index] = best.speaker
                full = next((h for h in reversed(hist) if h.person and _same_person(h.speaker, subj.name)), None)
                if full is not None:
                    return replace(f, speaker=full.speaker, role=f.role or full.role, person=True)
                return replace(f, speaker=ctx.full.get(subj.name) or subj.name, person=True)
    held = ctx.unknown.get(g)
    if best is not None and held is not None and best.sentence < held < sent_index and held >= sent_index - 2:
        # the same pronoun again soon after it was left unknown, with no one speaking or named since, is
        # still unknown: "I sat down with the minister, Jo Park. '...,' he said. But he stressed ..." is not
        # the speaker before Jo Park once the name is more than a few sentences back
        ctx.unknown[g] = sent_index
        return replace(f, speaker=None)
    if best is not None:
        if via_role:
            return replace(f, speaker=best.speaker, role=f.role or best.role or best.raw, person=False)
        return replace(f, speaker=best.speaker, role=f.role or best.role, person=True)
    return replace(f, speaker=None)


def _turn_taken(best: _Hist, hist: list[_Hist], ctx: _Ctx) -> bool:
    """Whether the last speaker's run began with a pronoun guessed to be a person named as a subject since
    the speaker before, while the sentence shortly before had that speaker address the person ("Markey told
    Lehr ...  Lehr did not disclose ...  He said his office ...  '...,' he said"): the two take turns, and a
    further pronoun may be either of them -- unless the run names its speaker since ("Lehr said ...")."""
    start = best.sentence
    for h in reversed(hist):
        if h.speaker != best.speaker:
            break
        if (h.raw or "").strip().lower() not in _PRONOUNS_PERSON:
            return False  # the run names its speaker: no guess to doubt
        start = h.sentence
    other = ctx.switched.get(start)
    if other is None or _same_person(other, best.speaker):
        return False
    mine, theirs = best.speaker.split()[-1], other.split()[-1]
    return any(
        p.subject
        and p.name.split()[-1] == theirs
        and any(q.sentence == p.sentence and q.name.split()[-1] == mine for q in ctx.people)
        for p in ctx.people
        if start - 4 <= p.sentence < start
    )


_SURNAME_OF_RE = re.compile(
    r"(?P<name>(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?(?P<surname>[A-Z][a-z][\w'’-]*))\s+(?:of|from|at)\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w.&'’-]*){0,6})"
)


def _head_in(key: str) -> str:
    """A pattern for ``key`` as the head of a longer name ("the Observatory" in "Syrian Observatory for Human
    Rights"), not as a modifier before another capitalised noun ("the Vatican" is not the "Second Vatican
    Council", "the White House" not the "White House Press Office")."""
    return rf"\b{re.escape(key)}\b(?!\s+[A-Z])"


def _resolve(
    f: _Found,
    hist: list[_Hist],
    mentions: Sequence[Mention],
    prior_text: str,
    sent_index: int,
    ctx: _Ctx | None = None,
) -> _Found:
    if f.speaker is None:
        return f
    spk = f.speaker.strip()
    low = spk.lower()
    words = low.split()
    if len(words) > 1 and words[-1] in _PRONOUNS_PERSON | _PRONOUNS_GROUP and not _is_cap(spk.split()[-1]):
        low = words[-1]  # "at one point he writes": the pronoun is the speaker
    # an unresolved pronoun names nobody: the record keeps its cue and kind, without a speaker
    if low in _PRONOUNS_PERSON:
        return _resolve_person_pronoun(f, low, hist, sent_index, ctx or _Ctx({}, []))
    if _firm_spokesperson(spk.split()):
        # "Acme said ...  A spokeswoman for the company said": "A spokeswoman for Acme", as when written so --
        # only when "the company" is safely that business (see :func:`_only_business`), else as written
        firm = _only_business(hist, mentions, sent_index)
        if firm:
            return replace(f, speaker=f"{' '.join(spk.split()[:-2])} {firm}", person=False)
        return replace(f, person=False)
    if low in _PRONOUNS_GROUP:
        # "they" is a group that spoke in the last two sentences (the chain goes on: each resolved "they"
        # speaks again); never one person, never a body named further back
        for h in reversed(hist):
            if h.sentence < sent_index - 2:
                break
            if h.person is False or (h.person is not True and _plural(h.raw or h.speaker)):
                return replace(f, speaker=h.speaker, role=f.role or h.role, person=False)
            if h.person is True and not _plural(h.raw or h.speaker):
                break  # a person spoke last: "they" is someone else
        return replace(f, speaker=None)
    if low == "its":
        # "according to its latest figures": the body the sentence before spoke of, when it named only one
        owner = _its_owner(hist, mentions, sent_index)
        return replace(f, speaker=owner, person=False if owner else None)
    if low in _DEMONSTRATIVES:
        return replace(f, speaker=None)  # "according to these reports"
    # "the statement", "the report"
    if len(words) <= 3 and words[0] in ("the", "a", "this", "that") and words[-1] in DOC_NOUNS:
        for h in reversed(hist):
            if h.sentence >= sent_index - 2 and h.person is False:
                return replace(f, speaker=h.speaker, role=f.role or h.role, person=False, cue=f"{f.cue} {low}")
        return replace(f, speaker=None, cue=f"{f.cue} {low}" if f.cue else low)
    # "Park of the Acme Agency", "Mr Park of Acme Aid": a person named by surname, then the body they are of --
    # the earlier full name when one ends in that surname (the body is the role), else as written when an
    # honorific shows a person, else unchanged ("Friends of the Earth", "Bank of Acme")
    om = _SURNAME_OF_RE.fullmatch(spk) if f.role is None else None
    if om and om.group("surname").lower() not in _HEADS | ROLE_WORDS | _TITLES:
        surname, body = om.group("surname"), om.group("body")
        for h in reversed(hist):
            if h.person is not False and h.speaker.split()[-1] == surname and " of " not in h.speaker:
                return replace(f, speaker=h.speaker, role=h.role or body, person=True)
        for m in reversed(mentions):
            full = _bare_person(m.text)[1]
            if m.label == "PERSON" and len(full.split()) > 1 and full.split()[-1] == surname:
                return replace(f, speaker=full, role=body, person=True)
        if om.group("title"):
            return replace(f, speaker=om.group("name"), role=body, person=True)
    # bare surname / short name -> earlier full name; an acronym names a body whole ("the school and the AHA
    # said ...  The AHA said": the AHA alone)
    if len(words) == 1 and spk[:1].isupper() and not re.fullmatch(r"[A-Z]{2,6}", spk):
        for h in reversed(hist):
            if h.speaker != spk and h.speaker.split()[-1] == spk:
                if " and " in h.speaker and h.person is False and len(h.speaker.split(" and ")) == 2:
                    # "Jo Park and Sam Lee said ...  Lee said": one of the two, not the pair
                    return replace(f, speaker=h.speaker.split(" and ")[1], person=True)
                return replace(f, speaker=h.speaker, role=f.role or h.role, person=h.person)
        for m in reversed(mentions):
            full = _bare_person(m.text)[1]  # "Briton Jo Park" names "Jo Park"
            if m.label == "PERSON" and full != spk and full.split()[-1] == spk and _one_full_name(full):
                return replace(f, speaker=full, person=True)
    # "the Observatory" -> the earlier name that contains it
    dm = re.fullmatch(r"(?:the|The)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", spk) if words[0] == "the" else None
    if dm is None and f.raw and not re.search(r"\w['’]s?\s+[A-Z]", f.raw):  # not "the BBC's Kate Adie"
        dm = re.fullmatch(r"(?:the|The)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", f.raw.strip())
    if dm and re.fullmatch(r"[A-Z]{2,6}", dm.group(1)):
        # "the UN", "the FDA": an acronym names the body whole; an earlier speaker that contains it ("a UN
        # spokesman", "UN envoy Jo Park", "UN World Food Programme") is someone else
        return replace(f, speaker=dm.group(1), person=False)
    if dm:
        key = dm.group(1)
        for h in reversed(hist):
            name = re.sub(r"['’]s?$", "", h.speaker)  # "Acme Office's" names "Acme Office"
            side = next((x for x in _joint_bodies(name) if re.search(rf"\b{re.escape(key)}\b", x)), None)
            if side is not None:
                # "Acme and the Coast Guard said ...  the Coast Guard said": that one body, not the pair
                return replace(f, speaker=_strip_det(side), person=False)
            if re.search(_head_in(key), name) and len(name) > len(key):
                return replace(f, speaker=_strip_det(name), person=h.person)
        for m in reversed(mentions):
            if (
                m.label == "ORG"
                and re.search(_head_in(key), m.text)
                and len(_strip_det(m.text)) > len(key)
                and not re.search(rf"\bThe\s+{re.escape(key)}", m.text)  # "Essex The Foreign Office": glued text
                and "(" not in m.text  # "World Health Organization (WHO": a tagger's span cut inside a gloss
                # "More Coast Guard are being sent": a quantifier that opens a sentence is no word of the name
                and _low(m.text.split()[0]) not in _QUANTIFIERS
            ):
                return replace(f, speaker=_strip_det(m.text), person=False)
        found_prior = list(
            re.finditer(
                rf"\b(?:[A-Z][\w'’-]+\s+(?:(?:for|of|on)\s+)?){{1,4}}{re.escape(key)}\b(?!\s+[A-Z])(?:\s+(?:for|of|on)"
                rf"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})?",
                prior_text,
            )
        )
        found_prior = [
            g
            for g in found_prior
            if not re.search(r"\s(?:The|A|An)\s", g.group())
            # "More Coast Guard ships sailed": a sentence's first word is capitalised whatever it is, so a
            # longer name read from a sentence start is no evidence
            and not re.search(r"(?:^|[.!?:]['’\"”]?\s+|\n\s*)$", prior_text[: g.start()])
        ]
        if found_prior:
            return replace(f, speaker=_strip_det(found_prior[-1].group()), person=False)
        return replace(f, speaker=key, person=False)
    # "the spokesperson", "the group"
    if len(words) == 2 and words[0] == "the":
        noun = words[1]
        if noun in ROLE_WORDS:
            fam = "spokes" if noun.startswith("spokes") else noun
            for h in reversed(hist):
                said = (h.speaker + " " + (h.role or "")).lower()
                # an office of a named body ("the president of the parish council") is what a bare "the
                # president" means only a few sentences on; further on it is more likely another holder
                if fam in said and (
                    h.sentence >= sent_index - _ROLE_ANAPHORA_SPAN or not re.search(rf"\b{fam}\w*\s+of\b", said)
                ):
                    return replace(f, speaker=h.speaker, role=f.role or h.role or spk, person=h.person)
        if noun in ("researchers", "scientists", "authors", "team"):
            # "Jo Park and colleagues at Acme reported ...  The researchers wrote": the team named just before;
            # otherwise the group stays as written, never an organisation named earlier
            for h in reversed(hist):
                if h.sentence < sent_index - 1:
                    break
                if _TEAM_SPLIT_RE.fullmatch(h.speaker):
                    return replace(f, speaker=h.speaker, role=f.role or h.role, person=False)
            return f
        if noun in ("company", "firm"):
            firm = _only_business(hist, mentions, sent_index)
            return replace(f, speaker=firm, person=False) if firm else f
        if noun in _GROUP_ANAPHORA:
            for h in reversed(hist):
                if _joint_bodies(h.speaker):
                    # "Acme and the state government said ...  The government said": that body, not the pair
                    side = next((x for x in _joint_bodies(h.speaker) if noun in x.lower()), None)
                    if side is not None:
                        return replace(f, speaker=side, role=f.role, person=False)
                    continue
                org_like = bool(
                    _ORG_WORDS.search(h.speaker) or re.fullmatch(r"[A-Z]{2,6}", h.speaker) or len(h.speaker.split()) > 1
                )
                if (
                    h.person is False
                    and org_like
                    and (
                        noun in ("group", "organisation", "organization", "monitor", "watchdog", "body")
                        or noun in h.speaker.lower()
                    )
                ):
                    return replace(f, speaker=h.speaker, role=f.role or h.role, person=False)
    if words[0] == "the" and _is_cap(spk.split()[-1]):
        if _joint_body_article(spk):
            return replace(f, speaker="the " + spk[4:])
        return replace(f, speaker=_strip_det(spk))
    return f


_ROLE_ANAPHORA_SPAN = 8
_FIRM_SPAN = 3  # "the company" points back this many sentences at most


def _its_owner(hist: Sequence[_Hist], mentions: Sequence[Mention], sent_index: int) -> str | None:
    """Whose "its" ("according to its latest figures"): an organisation that spoke in the sentence before,
    else the one organisation tagged in the sentence before; None when there is none or more than one."""
    for h in reversed(hist):
        if h.sentence < sent_index - 1:
            break
        if h.person is False and h.speaker[:1].isupper():
            return h.speaker
    names = {_strip_det(m.text) for m in mentions if m.label == "ORG" and m.sentence == sent_index - 1}
    names = {n for n in names if not any(n != o and re.search(rf"\b{re.escape(n)}\b", o) for o in names)}
    return names.pop() if len(names) == 1 else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _only_business(hist: Sequence[_Hist], mentions: Sequence[Mention], sent_index: int) -> str | None:
    """The business "the company"/"the firm" means, when that is safe: the organisation that spoke last, in
    one of the few sentences before, with no other speaker since, and no other organisation named
    (tagged ORG) from its sentence to this one ("Acme Finance (AFL)" and "AFL" are one); never a public body
    or an outlet.  None otherwise: the phrase then stays as written."""
    if not hist or hist[-1].sentence < sent_index - _FIRM_SPAN or hist[-1].sentence >= sent_index:
        return None
    h = hist[-1]
    name = _strip_det(h.speaker)
    head = _low(name.split()[-1]) if name.split() else ""
    if (
        # an organisation: so the speaker's phrase read, or the tagger marked that very name
        (h.person is not False and not any(m.label == "ORG" and _strip_det(m.text) == name for m in mentions))
        or not name[:1].isupper()
        or head in _HEADS
        or head.rstrip("s") in _HUMAN_NOUNS
        or _PUBLIC_BODY_RE.search(name)
        or is_outlet(name)
        or any(m.label == "PERSON" and name in m.text for m in mentions)
    ):
        return None
    for m in mentions:
        if m.label not in ("ORG", "NORP", "PRODUCT") or not h.sentence <= m.sentence <= sent_index:
            continue
        other = _strip_det(re.sub(r"\s*\(.*$|['’]s?$", "", m.text.strip()))
        short, long_ = sorted((other, name), key=len)
        if not (short == long_ or short == _initials(long_) or re.search(rf"\b{re.escape(short)}\b", long_)):
            return None  # another organisation is in the frame
    return name


_HUMAN_NOUNS = frozenset(
    {
        "friend",
        "neighbour",
        "neighbor",
        "lawyer",
        "attorney",
        "doctor",
        "nurse",
        "teacher",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "relative",
        "witness",
        "resident",
        "survivor",
        "worker",
        "student",
        "pupil",
        "fan",
        "man",
        "woman",
        "boy",
        "girl",
        "parent",
        "owner",
        "fisherman",
        "farmer",
        "soldier",
        "veteran",
        "victim",
        "patient",
        "passenger",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "source",
        "colleague",
        "partner",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
    }
)


def _person_like(speaker: str, mentions: Sequence[Mention]) -> bool | None:
    """Whether a speaker whose kind the phrase left open is a person: a noun phrase headed by a word for a
    person ("A family friend", "a spokesman for the school"), or a single name the article tags as a person."""
    head = re.split(r"\s+(?:of|for|at|from|with|in|to)\s+", speaker.strip(), maxsplit=1)[0].split()
    if head and _low(head[-1]) in _HUMAN_NOUNS | ROLE_WORDS and not _is_cap(head[0] if len(head) == 1 else "a"):
        return True
    if len(speaker.split()) == 1 and any(
        m.label == "PERSON" and (m.text == speaker or m.text.split()[-1] == speaker) for m in mentions
    ):
        return True
    return None


# what may stand before the subject of a sentence: a time stamp, a short opening clause ("Speaking in Paris
# on Friday, ", "In a statement, "), then up to five title words ("US Secretary of State")
_SUBJECT_LEAD_RE = re.compile(
    r"^[\W\d]*(?:[A-Z][a-z]+,\s*)?(?:(?:[A-Z][a-z]+ing|In|On|At|After|Earlier|Later|Asked)\b[^,;:“”\"]{0,60},\s*)?"
    r"(?P<title>(?:[\w.'’-]+\s+){0,5})$"
)
# an office before the name, set off by commas: "The school's bursar, Jo Park, said"
_SUBJECT_OFFICE_RE = re.compile(r"^[\W\d]*(?:[A-Z][a-z]+,\s*)?(?:[Tt]he|An?|[A-Z][\w.'’-]*)\b[^,;:“”\"]{0,80},\s*$")


def _sentence_subject(s: str, mentions: Sequence[Mention], base: int) -> str | None:
    """The person named at the head of a sentence ("Gregory Hartl, a spokesman, is giving a briefing"), else
    None -- not a possessive ("Smith's lawyer said")."""
    for m in mentions:
        if m.label != "PERSON":
            continue
        lead = s[: m.start - base]
        lm = _SUBJECT_LEAD_RE.match(lead)
        if (
            (
                # title words before the name: capitalised, an office or a person noun ("US secretary of state")
                (
                    lm is not None
                    and all(
                        _is_cap(w) or _low(w) in ROLE_WORDS | _HUMAN_NOUNS | {"the", "a", "an", "of", "for"}
                        for w in lm.group("title").split()
                    )
                )
                or (_SUBJECT_OFFICE_RE.match(lead) and re.match(r"\s*,", s[m.end - base :]))
            )
            and not re.match(r"['’]", s[m.end - base :])
            and not re.search(r"['’]s?$", m.text)
        ):
            return m.text
        if re.match(r"['’]", s[m.end - base :]) or re.search(r"['’]s?$", m.text):
            continue  # "Guidry's colleague, Acy Cooper, gave ...": the office is the possessive's, the name after it
        break
    return None


# a cue right after the closing mark of a quote ('...," said Ann Lowe', '..." she added')
_CUE_AFTER_CLOSE_RE = re.compile(
    r"[”\"»]\s*(?:,\s*)?(?:[\w.'’-]+\s+){0,5}?(?:said|says|told|tells|added|adds|recalled|recalls|explained|"
    r"continued|insisted|warned|noted)\b"
)
_QUOTE_AHEAD = 6
# a closing quotation mark, then "reads" or "read" (after at most a short subject: '"No entry," the sign reads'):
# the quoted words are a written text's -- a sign, a banner, a letter, a form's question ('"Are you a fan?"
# reads question 12') -- not the words of whoever spoke in the sentence before
_WRITTEN_CUE_RE = re.compile(
    r"(?:[,.!?]\s*[”\"»]|[”»])\s*,?\s*(?P<subj>(?:[\w.'’-]+\s+){0,4}?)(?:reads|read)\b(?P<obj>(?:\s+[\w.'’-]+){0,2})"
)


def _written_by_other(s: str, upto: int) -> bool:
    """Whether a quote is told as a written text's ('"Are you a fan?" reads question 12', '"...," Mr Lee read')
    whose author the sentence before need not be: not when the text is the document just attributed, named by
    a definite noun ('"...," the letter reads', '"...," reads the statement': its authors speak)."""
    m = _WRITTEN_CUE_RE.search(s, upto)
    if m is None:
        return False
    words = [_low(w).strip(".,;:") for w in (m.group("subj") or m.group("obj")).split()]
    return not (len(words) == 2 and words[0] in ("the", "its", "their") and words[1] in DOC_NOUNS)


# a closing quotation mark, then a subject that is not a pronoun, then a speech verb
_OWN_CUE_RE = re.compile(
    r"(?:[,.!?]\s*[”\"»]|[”»])\s*,?\s*(?P<subj>(?:[\w.'’-]+\s+){1,6}?)(?:"
    + "|".join(v for v in _VERB_SET if v.isalpha())
    + r")\b"
)


def _other_cue(s: str, upto: int, prev: _Found) -> bool:
    """True when a quote's own cue names someone other than the speaker before ('"...," an Australian man
    told the radio.'): someone new (a/an/one/another ...) or a name the previous speaker does not carry.
    A pronoun or a definite description ("the broadcaster said") may be the same speaker."""
    m = _OWN_CUE_RE.search(s, upto)
    if m is None:
        return False
    words = m.group("subj").split()
    if _low(words[0]) in ("a", "an", "one", "another", "some", "two", "three", "other", "several"):
        return True
    known = f"{prev.speaker or ''} {prev.role or ''} {prev.raw or ''}".lower()
    caps = [w.strip(".,'’") for w in words if _is_cap(w) and _low(w) not in ("the", "mr", "mrs", "ms", "dr")]
    return any(_low(w) not in known for w in caps[:1]) if caps else False


def _opens_first(s: str) -> bool:
    """Whether the first quotation mark in ``s`` opens a quote: a curly or angle opening mark, or a straight
    one before a word and after a space ('He added: "We ...', 'a "big test"') -- unless it is the sentence's
    last mark and a speech verb follows within a few words: then it is a closing mark misplaced by a space
    ('... his brain, "Jo Park said.')."""
    m = re.search(r"[“”\"«»„]", s)
    if m is None:
        return False
    if m.group() in "“«„":
        return True
    if m.group() != '"' or not re.fullmatch(r"|.*\s", s[: m.start()]) or not s[m.end() : m.end() + 1].isalnum():
        return False
    rest = s[m.end() :]
    return not (
        '"' not in rest
        and re.match(r"(?:[\w.'’-]+\s+){1,5}(?:said|says|told|tells|added|adds|explained|noted|insisted)\b", rest)
    )


def _closes_ahead(sentences: list[Sentence], pos: int, text: str) -> bool:
    """True when the first quotation mark in the next few sentences (from ``pos``) closes a quote: a
    curly or angle closing mark, or a straight mark that follows a word rather than opening one."""
    for sent in sentences[pos : pos + _QUOTE_AHEAD]:
        m = re.search(r"[“”\"«»„]", text[sent.start : sent.end])
        if m is None:
            continue
        ch, i = m.group(), sent.start + m.start()
        if ch in "”»":
            return True
        if ch == '"':
            return i > sent.start and not text[i - 1].isspace() and not (i + 1 < len(text) and text[i + 1].isalnum())
        return False
    return False


# a closing single mark after a comma or question, then a cue with its subject on either side ("...,' said Jo
# Park", "...,' she added")
_SINGLE_CUE_RE = re.compile(
    r"[,?!]['’]\s+(?:(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+)?"
    r"(?:said|says|added|adds|told|tells|insisted|explained|warned|noted|replied|claimed)\b"
)
# a single quotation mark or apostrophe that is not inside a word ("don't", "Sheehan's" are inside)
_SINGLE_MARK_RE = re.compile(r"‘|(?<![^\W\d_])['’]|['’](?![^\W\d_])")


def _closes_single_quote(sentences: Sequence[Sentence], pos: int, text: str) -> bool:
    """Whether sentence ``pos`` is the last of a quotation in single marks: it ends with a mark after a full
    stop (never a possessive) and holds no other mark, and an earlier sentence, at most six back, opens with a
    mark and holds no other, with no mark in the sentences between.  Texts that glue a quote's opening mark to
    the sentence before ("... in the Commons.'  I don't think ...,' he said") have a mark in between, and
    are left alone."""
    s = text[sentences[pos].start : sentences[pos].end].rstrip()
    if not re.search(r"[.!?]['’]$", s) or len(_SINGLE_MARK_RE.findall(s)) != 1 or re.search(r"[“”\"«»„]", s):
        return False
    for back in range(pos - 1, max(-1, pos - 7), -1):
        prev = text[sentences[back].start : sentences[back].end].strip()
        marks = _SINGLE_MARK_RE.findall(prev)
        if re.search(r"[“”\"«»„]", prev):
            return False
        if marks:
            return len(marks) == 1 and bool(re.match(r"['‘]\w", prev))
    return False


_DOUBLED_RE = re.compile(r"(?<![\w'’-])(?P<a>[A-Za-z][\w'’.&-]*)\s+(?=(?P<b>[A-Za-z][\w'’.&-]*)(?![\w'’-]))")


# words that open a phrase which cannot be a speaker's name: a preposition ("at Acme Capital Zenco said") or a
# conjunction left over from the clause before ("And Zenco say")
_GLUE_LEAD = _PREPOSITIONS | {"in", "on", "at", "by", "with", "and", "but", "or", "so"}
# a subordinating word inside the phrase: the subject of its clause comes after it ("Jo Park reports as Zenco say")
_GLUE_INNER = frozenset({"as", "while", "when", "after", "because", "since", "though", "although", "if", "then"})
_AS_ADVERBS = frozenset({"such", "early", "soon", "far", "long", "well", "much", "many", "same", "just", "so"})


def _unglued(speaker: str, s: str, known: dict[str, str], mentions: Sequence[Mention]) -> tuple[str, str | None]:
    """A speaker phrase that runs across two names, text glued on before the real subject (a caption, a
    headline, a clause): the subject that ends it and the label the article tags that name with on its own
    ("PERSON", "ORG", None when not tagged), else the phrase itself.  ``known``: the names the article tags.

    After a subordinating word ("The talks come as Zenco said", "Jo Park reports as Zenco say") the subject of
    the clause is what follows it.  Otherwise the phrase must end in a name the article tags on its own, after
    words that cannot modify a name: a preposition or a conjunction opening the phrase ("at Acme Capital
    Zenco", "And Zenco"), a person's name before a body's ("Lee Zenco" with Lee a person the article names), a
    word in capitals that is no tagged name (a caption or a headline: "SHIPYARD Zenco"), or a pull quote's
    caption ('..." End Quote Jo Park Mayor of Town Zenco').  A name after a preposition is its object ("On
    Fox", "the CEO of Zenco"), and a place before a body ("Texas Zenco", "US Coast Guard") is often its name:
    both are left alone."""
    words = speaker.split()
    if len(words) < 2:
        return speaker, None
    inner = max(
        (
            k
            for k, w in enumerate(words[:-1])
            if k > 0
            and w in _GLUE_INNER
            # "such as", "as early as", "as soon as": a comparison, not a clause of its own
            and not (w == "as" and (_low(words[k - 1]) in _AS_ADVERBS or words[k - 1].endswith("ly")))
            and _is_cap(words[k + 1])
        ),
        default=0,
    )
    if inner and _valid_speaker_phrase(" ".join(words[inner + 1 :])):
        rest = " ".join(words[inner + 1 :])
        return rest, known.get(rest)
    before = s[: s.find(speaker)] if speaker in s else ""
    caption = "End Quote" in speaker or bool(re.search(r"\bEnd\s+Quote\b[^.!?;:“”\"]*$", before))
    tagged_words = {w for m in mentions if m.label not in ("DATE", "TIME", "CARDINAL") for w in m.text.split()}
    # the persons the article names, in full and by surname ("Ken Salazar", "Salazar")
    surnames = {n for n, label in known.items() if label == "PERSON" for n in (n, n.split()[-1])}
    for k in range(len(words) - 1, 0, -1):  # the shortest name that ends the phrase
        tail = " ".join(words[k:])
        bare = re.sub(r"['’]s?$", "", words[k])  # "Zenco's chief executive": the name before its possessive
        name = tail if tail in known else bare if caption and bare != words[k] and bare in known else None
        if name is None:
            continue
        lead, prev = words[:k], words[k - 1]
        if (
            not caption
            and _is_cap(prev)
            and not prev.isupper()
            and (known[name] == "PERSON" or f"{prev} {tail}" in known)
        ):
            continue  # "Ann Lee", "Dr Lee" when "Lee" is tagged too: no name is cut from its forename or title
        if (
            (prev.islower() and not (caption and _low(prev) not in _GLUE_LEAD | {"the", "a", "an"}))
            or (_low(prev) in _GLUE_LEAD)
            or re.search(r"['’]s?$", prev)
            or all(_low(w) in _TITLES or _office_word(w) for w in lead)
        ):
            return speaker, None  # "the CEO of Zenco", "Jo Park's Zenco", "Adm Jo Park": one noun phrase
        first = _low(lead[0])
        glued = (
            caption
            or (first in _GLUE_LEAD and not (len(lead) > 1 and _low(lead[1]) == "least"))
            or (" ".join(lead) in surnames and known[name] == "ORG")
            or any(w.isalpha() and w.isupper() and len(w) >= 3 and w not in tagged_words for w in lead)
        )
        return (tail, known[name]) if glued else (speaker, None)
    return speaker, None


def _role_unglued(role: str, mentions: Sequence[Mention]) -> str:
    """An office before a name without the words a caption or the clause before glued onto it ("oil flow
    stops Coast Guard" | "Adm Jo Park" -> "Coast Guard"; "resignation statement Outgoing chief executive"):
    two to four lower-case words that open the role, no determiner, preposition or office among them ("a
    former Acme executive", "acting assistant Director" stay), before a capitalised run that holds an office
    or a tagged body and no person's name ("propofol expert Dr Jo Park" stays)."""
    if "," in role:
        return role
    words = role.split()
    k = next((i for i, w in enumerate(words) if not w.islower()), len(words))
    low = [_low(w) for w in words[:k]]
    if not 2 <= k <= 4 or k == len(words):
        return role
    if any(w in _PERSON_DETERMINERS | _GLUE_LEAD | _TITLE_SMALL | {"including"} for w in low) and "not" not in low[:1]:
        return role
    if any(_office_word(w) or w in _OFFICE_ADJECTIVES for w in low):
        return role
    rest = " ".join(words[k:])
    bodies = [m.text for m in mentions if m.label == "ORG"]
    if any(m.label == "PERSON" and m.text in rest for m in mentions):
        return role
    if any(_office_word(w) for w in words[k:]) or any(rest.startswith(_strip_det(b)) for b in bodies):
        return rest
    return role


# a pronoun with its verb contracted onto it ("You've", "I'm", "We're")
_PRONOUN_GLUE_RE = re.compile(r"(?:I|You|We|They)['’](?:ve|m|re|d|ll)", re.I)
_INITIAL_SPAN = 15  # how far back a live blog's initial may point to a speaker named in full


# a relative pronoun opening a speaker phrase: "..., which officials say could ...", "..., who police say is ..."
_RELATIVE_LEAD_RE = re.compile(r"(?:who|whom|which)\s+(?=\S)")  # lower case: "WHO officials" is the WHO's
# a time adverb fronted before the subject: "Today Zawahiri said", "Yesterday health officials announced",
# "Wednesday's White House statement" -- not "Today" naming a programme or paper ("the Today programme")
_TIME_LEAD_RE = re.compile(
    r"(?:(?:today|yesterday|tonight)(?!\s+(?:programme|program|show|newspaper)\b)|"
    r"(?:" + "|".join(lex.WEEKDAYS) + r")(?:'s|’s))\s+(?=\S)",
    re.I,
)


def _speaker_lead_cleaned(speaker: str) -> str | None:
    """A speaker phrase without what opens it but names nobody, or None when nothing is left that could speak.
    Never a speaker: a bare day or "today" ('Jo Park, head of X, said Friday that': the inverted subject read
    after the verb is when, not who); an auxiliary's participle ("Having said that, ..."); a relative clause's
    verb ("Mason, who also works for X, said": the phrase read is the clause, not its antecedent).  Stripped: a
    relative pronoun before its clause's subject ("..., which officials say could ..." -- the officials speak) and a fronted time adverb
    ("Today Zawahiri said")."""
    words = speaker.split()
    low = _low(words[0]).strip(".,")
    if len(words) == 1 and low in _WEEKDAYS:
        return None
    if len(words) == 1 and low in ("having", "being"):
        return None  # an auxiliary's participle opens a clause, never names anyone: "Having said that, ..."
    rel = _RELATIVE_LEAD_RE.match(speaker)
    if rel:
        rest = speaker[rel.end() :]
        first = _low(rest.split()[0])
        if (
            first in _NP_STOP
            or first in _PREPOSITIONS
            or first in ("by", "also", "now", "still", "then", "not")
            or _FINITE_RE.fullmatch(first)
            or first.endswith("ly")
            or re.search(r"['’]s?$", rest)  # "which backs most analysts'": a possessive, before its noun
            or not _valid_speaker_phrase(rest)
        ):
            return None
        return rest
    lead = _TIME_LEAD_RE.match(speaker)
    if lead and _valid_speaker_phrase(speaker[lead.end() :]):
        return speaker[lead.end() :]
    return speaker


def _initial_speaker(letter: str, hist: Sequence[_Hist], sent_index: int) -> _Hist | None:
    """The person a lone initial stands for ("W says" after "Jo Wells says"): the last person who spoke
    within a few sentences and whose surname opens with the letter, when every such speaker is that one
    person; None when nobody or two people fit."""
    fits = [
        h
        for h in hist
        if h.person
        and h.sentence >= sent_index - _INITIAL_SPAN
        and (_bare_person(h.speaker)[1].split() or [""])[-1][:1] == letter
    ]
    if not fits or any(not _same_person(h.speaker, fits[-1].speaker) for h in fits):
        return None
    return max(fits, key=lambda h: len(h.speaker.split()))


_QUANTIFIERS = frozenset(
    {"more", "most", "some", "many", "all", "other", "several", "few", "both", "any", "each", "every"}
)


def _undoubled(phrase: str | None) -> str | None:
    """A phrase without a word written twice in a row, where a headline, caption or edit left its seam
    ("Costs mount for BP BP says", "LaToya LaToya Jackson", "Retired retired Coast Guard"): when both copies
    are capitalised alike, or the first is in capitals, the first copy ends text glued on before the phrase,
    which starts at the second; a capitalised word repeated in lower case is one word typed twice."""
    if not phrase:
        return phrase
    for m in _DOUBLED_RE.finditer(phrase):
        a, b = m.group("a"), m.group("b")
        if a.lower() != b.lower() or len(a) < 2 or re.search(r"[\"“”‘’']\s*$", phrase[: m.start()]):
            continue  # 'Harry "Chu Chu" Lee': a doubled nickname in quotation marks is a name
        if a == b or (a.isupper() and not b.isupper()):
            return _undoubled(phrase[m.start("b") :])
        return phrase[: m.end("a")] + phrase[m.end("b") :]
    return phrase


def _tidy(phrase: str | None) -> str | None:
    """A phrase without the blanks a masked tag left ("Jo Park    , chairman" -> "Jo Park, chairman")."""
    return re.sub(r"\s+(?=[,;])|(?<=\s)\s+", "", phrase).strip() if phrase else phrase


def _same_name(role: str | None, speaker: str | None) -> bool:
    """Whether a role only repeats its speaker's name ("the New York Times" for "New York Times")."""
    return bool(role and speaker) and _strip_det(role or "").lower() == _strip_det(speaker or "").lower()


def _spoken_of(s: str, speaker: str) -> bool:
    """Whether a sentence speaks of an unnamed group or person ("officials", "one lawyer") as a third party:
    its head noun is a verb's object, away from any speech verb ("... has vexed officials since May"), so the
    sentence is not that speaker's own words.  Names are left alone: a firm or a person speaks of itself by
    name ('"Acme will pay," ...'), and the head is looked for in lower case, as a common noun is written
    mid-sentence (a sentence's first capital is no evidence either way)."""
    if not (speaker[:1].lower() + speaker[1:]).islower():
        return False
    head = speaker.split()[-1].lower()
    cues = [v.start() for v in _verbs(s)]
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(head)}(?![\w'’-])", s):
        before = s[: m.start()].split()
        verb = bool(before) and (bool(_CLAUSE_VERB_RE.fullmatch(before[-1])) or before[-1] in _IRREGULAR_PAST)
        # the noun is a verb's object ("has vexed officials"), not an appositive that describes the speaker
        # ('"...," Jo Park, a lawyer at Acme.')
        if verb and not any(abs(c - m.start()) < 30 for c in cues):
            return True
    return False


# a sentence that is one whole quotation asking "you" something: '"Could you say why it was not foreseen?"'
_QUESTION_TO_YOU_RE = re.compile(
    r"\s*(?:[“\"«„]|``)(?=[^”\"»]*?\b(?i:you|your|yourself|yourselves)\b)[^”\"»“«„]*\?\s*(?:[”\"»]|'')\s*$"
)


# a transcript's speaker label opening a turn: "BROWN: ...", "NEIL CAVUTO, ANCHOR: ...", "SEN. JO PARK (D), OHIO: ..."
# -- in capitals, as interview and hearing transcripts print them, so a capitalised word before a colon in
# prose ("Update: ...", "Hayward: I want my life back" as a headline) is no label
_TURN_LABEL_RE = re.compile(
    r"\s*(?P<name>(?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z'’-]+)(?:\s*\([A-Z.\s-]{1,12}\))?"
    r"(?:\s*,\s*[A-Z][A-Z0-9.'’&\s-]{1,60}?(?:,\s*[A-Z][A-Z.'’&\s-]{1,40}?)?)?\s*:\s+(?=[\w“\"‘'(])"
)


def _turn_speaker(s: str, mentions: Sequence[Mention]) -> str | None:
    """The person a transcript's speaker label opens the sentence with ("CAVUTO: So where do you stand?"): the
    longest person the article tags whose surname is the label's last word ("Neil Cavuto"); None when the
    label names no tagged person ("QUESTION:", "GRAPHIC:", "UPDATE:"), when nothing follows it, or when the
    turn is a question (an interviewer's question claims nothing)."""
    m = _TURN_LABEL_RE.match(s)
    rest = s[m.end() :] if m is not None else ""
    if m is None or s.rstrip().endswith("?") or len(re.findall(r"[A-Za-z]+", rest)) < 4:
        return None  # "BROWN: Thank you, Neil.": a courtesy, no claim
    if _TURN_LABEL_RE.search(rest) and re.search(r"\s(?:[A-Z][A-Z'’-]+\s+)*[A-Z][A-Z'’-]+:\s", rest):
        return None  # "HANNITY: Well, can I just -- CARPENTER: And we don't ...": two turns run together
    last = m.group("name").split()[-1].strip(".'’").lower()
    if len(last) < 2:
        return None
    names = [
        mt.text.strip()
        for mt in mentions
        if mt.label == "PERSON" and mt.text.split() and mt.text.split()[-1].strip(".,'’").lower() == last
    ]
    if not names:
        return None
    # a tag glued to the word before it ("Speaker of the HouseNewt Gingrich") is no name to print: the label's
    # surname stands instead
    names = [n for n in names if not re.search(r"[a-z]{3,}[A-Z]", n)] or [last.title()]
    # the name as prose writes it ("Neil Cavuto"), not as the label prints it ("NEIL CAVUTO"); the form the
    # article uses most, in full (a tag glued to a word before it, "HouseNewt Gingrich", is rare)
    best = max(names, key=lambda n: (not n.isupper(), len(n.split()) > 1, names.count(n), len(n)))
    return best.title() if best.isupper() else best


def extract_attributions(
    text: str,
    sentences: list[Sentence],
    article_id: str,
    mentions: list[Mention],
    outlet: str | None,
) -> list[Attribution]:
    """One record per attributed sentence (see the module docstring for the semantics)."""
    extra = [outlet] if outlet else []
    ments = sorted(mentions, key=lambda m: m.start)
    found: dict[int, _Found] = {}
    order: list[int] = []
    hist: list[_Hist] = []
    prev_f: _Found | None = None
    prev_idx: int | None = None
    ctx = _article_ctx(text, sentences, ments)
    # the names the article tags on their own ("Zenco", "Jo Park"), for a speaker phrase glued across two names
    known = {m.text: m.label for m in ments if m.label in ("ORG", "PERSON")}
    continued: set[int] = set()  # sentences that take their speaker from the sentence before
    in_quote = False
    open_at: int | None = None  # the sentence where the open quote began
    live = sum(1 for sent in sentences if _LEADING_STAMP_RE.match(text[sent.start : sent.start + 60])) >= 2
    for pos, sent in enumerate(sentences):
        s = _mask_stamps(text[sent.start : sent.end], live)
        titled = s
        s = _mask_titles(s)
        sm = [m for m in ments if sent.start <= m.start < sent.end]
        relay = _RELAY_LINE_RE.match(s)
        if relay and len(s) < 80:
            o = outlet_name(relay.group("o"), extra)
            if o:
                # "(Quoted by RIA Novosti)" on its own: the outlet relays the quote block before it
                k = len(order) - 1
                spk = found[order[k]].speaker if order else None
                while k >= 0 and found[order[k]].speaker == spk and found[order[k]].via is None:
                    found[order[k]].via = o
                    k -= 1
                in_quote = False
                continue
        if in_quote and not _closes_ahead(sentences, pos, text) and (not re.search(r"[“”\"«»„]", s) or _opens_first(s)):
            # an open quote runs on only when the next quotation mark, here or within a few sentences, closes
            # it; otherwise the earlier mark was never closed (a stray mark, a caption) and the quote ended
            # there ('... to "protect targets.  CNN, citing officials, notes that "the assumption" is ...':
            # the words before the new opening mark are the narrative's, not quoted)
            in_quote = False
        if not in_quote:
            open_at = None
        starts_in_quote = in_quote
        opened_at = open_at  # the sentence where the quote this one starts inside was opened
        upto = 0
        said = s  # the sentence as its cue is read
        if starts_in_quote and prev_f is not None and prev_f.speaker and prev_idx == sent.index - 1:
            # the sentence continues an open quote: words before its first quotation mark are still quoted
            # ('... he said. "We go on. The mayor told us to wait," ...'), so a verb there is no cue
            mark = re.search(r"[“”\"«»„]", s)
            upto = mark.start() if mark else len(s)
        elif (
            prev_f is not None
            and prev_f.speaker
            and prev_idx == sent.index - 1
            and re.match(r"^\s*[“\"«„]", s)
            and len(re.findall(r"[“”\"«»„]", s)) == 1
        ):
            # a quote that opens and runs on past the sentence ('He says. "They told me to kneel.'): every word
            # of it is quoted, so a verb in it is no cue
            upto = len(s)
        elif (close := _SINGLE_CUE_RE.search(s)) and not re.search(r"[“”\"«»„]", s):
            # "'... the North Koreans say at face value,' said Jo Park": a single mark after a comma, then a cue,
            # closes a quotation -- a verb before it is quoted, not the cue; the mark is read as a closing double
            # one (for this sentence's cue only), so the cue's subject is found as after any quotation
            upto = close.start() + 1
            said = s[:upto] + "”" + s[upto + 1 :]
        elif _closes_single_quote(sentences, pos, text):
            # "... that he says in the Middle East.'": the last sentence of a quotation in single marks opened
            # a few sentences before, all quoted words (single marks are not followed sentence by sentence, as
            # an apostrophe reads the same)
            upto = len(s)
        f = _analyse(said, sm, sent.start, extra, upto, first=pos == 0)
        if f is not None and f.speaker and re.fullmatch(r"[A-Z]\.?", f.speaker.strip()):
            # "..., says H": a live blog's initial for someone named in full elsewhere on the page; one
            # letter names nobody by itself -- but the one person who spoke of late and whose surname it
            # opens ("Wells says ...  ..., W says"), else the cue stays with its speaker unknown
            who = _initial_speaker(f.speaker.strip()[0], hist, sent.index)
            f = replace(
                f, speaker=who.speaker if who else None, role=who.role if who else None, person=bool(who) or None
            )
        if f is not None and f.speaker and _low(f.speaker.split()[0]).strip(".,") in _LEGAL_SUFFIXES:
            # "LLC Dean says", "Inc. said": a company's legal form cut from its name by the sentence splitter
            # opens no speaker's name; the words after it, if any, speak
            rest = " ".join(f.speaker.split()[1:])
            f = replace(f, speaker=rest or None, role=f.role if rest else None, person=f.person if rest else None)
        if f is not None and f.speaker and f.via is None:
            # "said Friday that", "Having said that", "which officials say": what opens the phrase is no speaker
            lead_ok = _speaker_lead_cleaned(f.speaker)
            if lead_ok != f.speaker:
                cut = f.speaker[: len(f.speaker) - len(lead_ok)] if lead_ok is not None else ""
                f = replace(
                    f,
                    speaker=lead_ok,
                    role=f.role if lead_ok else None,
                    person=f.person if lead_ok else None,
                    # the words read, less the same opening ("Today Jo Park, the mayor" -> "Jo Park, the mayor")
                    raw=None
                    if lead_ok is None
                    else (f.raw or "")[len(cut) :]
                    if (f.raw or "").startswith(cut)
                    else f.raw,
                )
        if f is not None and f.role:
            f = replace(f, role=_role_unglued(f.role, sm))
        if f is not None and f.speaker and _PRONOUN_GLUE_RE.fullmatch(f.speaker.strip()):
            # "You've said on the campaign trail ...", "I'm told ...": a pronoun, its verb run on, is nobody
            # named -- an interviewer's words to the other party, or the writer's
            f = replace(f, speaker=None, role=None, person=None)
        if f is not None and f.speaker and f.via is None:
            name, label = _unglued(f.speaker, s, known, ments)
            if name != f.speaker:
                f = replace(f, speaker=name, person=label == "PERSON" if label else f.person)
        if f is not None and titled != s:
            f = replace(f, role=_unmask_title(f.role, s, titled), raw=_unmask_title(f.raw, s, titled))
        if f is not None and upto and f.speaker is None and f.via is None:
            f = None
        if f is None and not starts_in_quote:
            # "BROWN: I think the delay was this: It's pure politics.": a transcript's turn is its speaker's words
            turn = _turn_speaker(s, ments)
            if turn is not None:
                f = _Found(turn, kind="quote", person=True, raw=turn)
        closer = f is not None and upto > 0 and bool(_CUE_AFTER_CLOSE_RE.match(s[upto:]))
        only_quote = bool(re.match(r"^\s*[“\"«„]", s))  # a quote opening right after its speaker's sentence
        if (
            f is None
            and prev_f is not None
            and prev_f.speaker
            and prev_idx == sent.index - 1
            and (starts_in_quote or only_quote)
            # '"...," the board said.': a quote with a cue of its own belongs to whoever that cue names,
            # even when the name could not be read, never to the speaker before
            and not _other_cue(s, upto, prev_f)
            # '... officials said.  "Cleaning up has vexed officials since May.': a quote that opens here and
            # speaks of the speaker before in the third person is someone else's (or a stray mark), not theirs
            and not (only_quote and not starts_in_quote and _spoken_of(s, prev_f.speaker))
            # '"Do you own a gun?" reads question 12 of the form.': written words, the document's, not a speaker's
            and not _written_by_other(s, upto)
        ):
            f = replace(prev_f, kind="quote")
            continued.add(sent.index)
        if f is not None:
            f = _resolve(
                f,
                hist,
                ments[: len([m for m in ments if m.start < sent.start])] + sm,
                text[: sent.start],
                sent.index,
                ctx,
            )
            if f.speaker is None and f.via is None and f.cue is None:
                f = None

        # track open quotes across sentences
        opens = sum(s.count(c) for c in _OPEN_Q)
        closes = sum(s.count(c) for c in _CLOSE_Q)
        straight = s.count('"')
        if opens or closes:
            in_quote = (
                (in_quote or opens > 0) and opens > closes
                if opens != closes
                else (in_quote and opens == 0 and closes == 0)
            )
        elif straight % 2 == 1:
            in_quote = not in_quote
        open_at = (open_at if open_at is not None else sent.index) if in_quote else None
        if f is not None and closer and not f.speaker and (f.raw or "").strip().lower() in _PRONOUNS_PERSON:
            # '"You should not ...  If you ...," he said.' with "he" left unknown: the quote is whoever closes
            # it, so its opening sentences lose the speaker they took from the sentence before
            k = sent.index - 1
            while k in continued:
                found[k] = replace(found[k], speaker=None, role=None)
                k -= 1
        if f is not None and closer and f.speaker:
            # '"We lost everything.  It is hard," said Ann Lowe.': the quote that this cue closes is Ann Lowe's,
            # back to where it opened, not the speaker of the sentence before the quote
            k = sent.index - 1
            while k in continued:
                k -= 1
            opener = found.get(k) if k < sent.index - 1 else None
            if (
                opener is not None
                and opener.speaker
                and opener.person is not False
                and (f.raw or "").strip().lower() in _PRONOUNS_PERSON
                and _gender_fits((f.raw or "").strip().lower(), opener.speaker, opener.role, ctx.genders)
            ):
                # '... the MSF nurse tells the BBC. "We have no water.  We wait," she says.': a pronoun that
                # closes a quote points to whoever introduced it, not to a speaker mentioned in between
                f = replace(f, speaker=opener.speaker, role=opener.role, person=opener.person)
            k = sent.index - 1
            while k in continued and found[k].speaker != f.speaker:
                found[k] = replace(f, kind="quote")
                k -= 1
        mark = re.search(r"[“”\"«»„]", s) if starts_in_quote and opened_at is not None else None
        if (
            f is not None
            and f.speaker
            and mark is not None
            and opened_at is not None
            and sent.index - opened_at <= _QUOTE_AHEAD
            and _CUE_AFTER_CLOSE_RE.match(s[mark.start() :])
            and (
                (f.raw or "").strip().lower() not in _PRONOUNS_PERSON | _PRONOUNS_GROUP
                or (opened_at - 1 in found and found[opened_at - 1].speaker == f.speaker)
            )
        ):
            # '"Say it gets bad.  It gets blocked.  We lose time," said Jo Park.': the quote this cue closes
            # is Jo Park's from where it opened, also in sentences that had no speaker of their own -- when the
            # cue names the speaker, or its pronoun is whoever spoke just before the quote opened (a pronoun
            # resolved past a person described in between may be wrong: the guess is not spread)
            for k in range(opened_at, sent.index):
                if k not in found:
                    found[k] = replace(f, kind="quote")
                    bisect.insort(order, k)
        q = sent.index - 1
        if (
            f is not None
            and f.speaker
            and sent.index not in continued
            and q in continued
            and found.get(q) is not None
            and found[q].speaker == f.speaker
            and pos > 0
            and sentences[pos - 1].index == q
            and _QUESTION_TO_YOU_RE.match(text, sentences[pos - 1].start, sentences[pos - 1].end)
        ):
            # 'We are not near the shore," Park says.  "Could you say why this was not foreseen?"  We will learn
            # from this, Park says.': a question put to "you" between two of one speaker's turns is put to that
            # speaker (an interviewer's, unnamed), not asked by the one who answers it
            del found[q]
            order.remove(q)
            continued.discard(q)
        if f is not None:
            found[sent.index] = f
            order.append(sent.index)
            if f.speaker and f.speaker.lower() not in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
                person = f.person
                if person is None:
                    person = _person_like(f.speaker, ments)
                hist.append(_Hist(f.speaker, f.role, person, sent.index, f.raw))
            prev_f, prev_idx = f, sent.index
        else:
            prev_f, prev_idx = None, None
    out: list[Attribution] = []
    for idx in order:
        f = found[idx]
        speaker = f.speaker
        stamp = _STAMP_RE.match(speaker) if speaker else None
        if speaker and stamp and stamp.end() < len(speaker):
            speaker = speaker[stamp.end() :]  # a speaker never begins with a time stamp or a date
        out.append(
            Attribution(
                article=article_id,
                sentence=idx,
                speaker=_undoubled(_tidy(speaker)),
                role=_undoubled(_tidy(f.role)) if not _same_name(f.role, speaker) else None,
                via=f.via,
                kind=f.kind if f.kind in ("quote", "paraphrase", "report") else "none",  # type: ignore[arg-type]
                cue=f.cue,
            )
        )
    return out


# --------------------------------------------------------------------------- figures


def _date_like(value: str | None) -> bool:
    return bool(value) and bool(re.match(r"^\d{4}(?:-|$)|^\d{3}X|^\d{2}XX", value or ""))


# what makes a time the start of a count, not its date: "since late last year", "from March", "starting in May"
_COUNT_START_RE = re.compile(
    r"\b(?:since|from|starting(?:\s+(?:in|on|from))?|beginning(?:\s+(?:in|on))?)\s+(?:in\s+|on\s+)?$", re.I
)


# what makes a later time belong to the thing a figure is compared with, not to the figure: "12,000 barrels
# a day, far exceeding the Exxon Valdez spill of 1989", "3% in May, higher than in April", "$5bn, up from
# $4bn in 2009", "the worst spill since the Exxon Valdez in 1989", "twice as large as the 1989 spill",
# "eight times the amount the Exxon Valdez spilled in 1989".  "later/earlier/sooner than" set a deadline
# ("no later than June"), "other/rather than" and "than usual/expected" compare with no other event, "as
# well/soon/early/recently as" compare nothing: none of them is a cue (nor the qualifiers, below).
_COMPARED_RE = re.compile(
    r"(?<!\blater\s)(?<!\bearlier\s)(?<!\bsooner\s)(?<!\bother\s)(?<!\brather\s)\bthan\b"
    r"(?!\s+(?:usual|normal|expected|forecast|predicted|anticipated|planned|hoped|feared|thought|previously)\b)"
    r"|\b(?:exceed|surpass|eclips|dwarf|overtak|overtook|outstrip|outpac|overshadow)\w*"
    r"|\b(?:tops|topped|topping|since|versus|vs\.?)(?!\w)"
    r"|\b(?:compared|comparison|compares|comparable)\s+(?:with|to)\b"
    r"|\b(?:up|down)\s+from\b"
    r"|\btimes\s+(?:the|more|less|larger|bigger|greater|higher|worse)\b"
    r"|\bas\s+(?!(?:well|soon|early|late|recently|long|far|of|if|though|part|such|usual|expected)\b)[a-z]+\s+as\b",
    re.I,
)
# "more than 300", "as many as 5,000", "more than a dozen", "more than doubled": a qualifier of another
# figure or of a verb, not a comparison with another event ("37 were killed and more than 300 are missing
# after Tuesday's quake": Tuesday still dates the 37); "more than half the tax paid last year" compares
_QUALIFIER_CUE_RE = re.compile(r"than|as\s+(?:many|much|few|little|high|low)\s+as", re.I)
_MORE_LESS_RE = re.compile(r"\b(?:more|less|fewer)\s+$", re.I)
_QUALIFIED_RE = re.compile(
    r"\s+(?:(?:US|A|C|HK|NZ)?[$£€]?\d|(?:a|an|" + WORD_NUMBER + r"|a\s+few|several|dozens?|hundreds?|thousands?|"
    r"millions?|billions?)\b"
    r"|doubl|tripl|quadrupl|halv)",
    re.I,
)
# a clause break after the cue ends the compared-with part ("..., more than last year, the ministry said
# on Tuesday"), unless a relative clause goes on about the compared thing ("..., which hit a reef in 1989");
# a comma inside a number ("11,000") or before one ("the record-setting, 140-million-gallon spill") is none
_CLAUSE_BREAK_RE = re.compile(r"[;:()\u2014\u2013]|\s--\s|,(?=\s)(?!\s+(?:which|who|when|where|\d)\b)")
_COMPARED_CLAUSE_RE = re.compile(
    r"\s*(?:(?:(?:in|of|at|during|from|by|on)\s+)?(?:which|whom|whose|who|when|where)\b|[a-z]+ing\b)", re.I
)


# what introduces the level a figure is measured from, read on the whole text (its words may run past the time
# they hold): "rebounding from Thursday's 13-year low", "65% from their June low", "down 20% from its April peak"
# (a low or high point after a determiner or possessive: "rescued from the bottom of the shaft" is a place);
# a verbless "up/down on" after a comma or dash ("15,800 barrels on Wednesday - slightly up on the 15,010
# collected the day before", ", up on last year"): not "picked up on Monday", "gave up on the plan"
_BASE_CUE_RE = re.compile(
    r"\bfrom\s+(?:its|their|his|her|the|a|an|[\w.-]+['’]s)\s+(?:[\w'’.-]+\s+){0,3}?(?:lows?|highs?|peaks?|troughs?)"
    r"(?![\w-])"
    r"|(?:(?<=,\s)|(?<=[-\u2013\u2014]\s))(?:[a-z]+ly\s+)?(?:up|down)\s+on\s+"
    r"(?=(?:the|a|an|its|their|last|this|that|[$£€]?\d)\b)",
    re.I,
)
# a conjunction that opens a clause of its own after a comparison cue
_CONJUNCTION_RE = re.compile(r"\b(?:and|but|while|whereas|as|after|when|because|although|though|yet)\b", re.I)
# the cues that put what follows them on the compared side ("15,800 on Wednesday, up from 15,010", "higher
# than the 200 of 2009"): not "exceeded", "topped" or "times", whose figure is the main clause's own ("the toll
# topped 500 on Monday")
_BASE_SIDE_RE = re.compile(r"than|compared|comparison|compares|comparable|(?:up|down)\s+from|versus|vs", re.I)
# of those, the ones that may set side by side two figures of one time ("a poll in April found 64% think so,
# compared with 65% who say that of the government"): the figure after them is another time's only when a
# time of its own follows it ("compared with 32% 30 years before", "up from 20% previously")
_SIDE_BY_SIDE_RE = re.compile(r"compared|comparison|compares|comparable|versus|vs", re.I)
_EARLIER_RE = re.compile(r"\b(?:ago|earlier|before|prior|previously)\b", re.I)


def _compared_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (from a figure to a later time) holds a comparison cue with no clause
    break between it and ``end``."""
    cues = _cues(text, start, end)
    return bool(cues) and not _CLAUSE_BREAK_RE.search(text, cues[-1].end(), end)


def _cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The comparison cues in ``text[start:end]``, less the qualifiers of another figure or verb."""
    found = [
        m
        for m in _COMPARED_RE.finditer(text, start, end)
        if not (
            _QUALIFIER_CUE_RE.fullmatch(m.group())
            and (m.group().lower() != "than" or _MORE_LESS_RE.search(text[max(start, m.start() - 8) : m.start()]))
            and _QUALIFIED_RE.match(text, m.end())
        )
    ]
    lo = max(0, start - 80)  # the base cues' lookbehind and words may reach past the window: read around it
    based = [m for m in _BASE_CUE_RE.finditer(text, lo, min(len(text), end + 80)) if start <= m.start() < end]
    return sorted(found + based, key=lambda m: m.start()) if based else found


def _of_compared(text: str, fig: Figure, t: TimeExpression, same: list[TimeExpression]) -> bool:
    """Whether time ``t`` stands in the part of the sentence the figure is compared with, so dates another
    thing than the figure: a comparison cue between the figure and the time; or a time so marked between
    them, unless a clause of saying starts after it (what lies beyond the compared thing is no nearer the
    figure: "2m barrels since the rig exploded on April 20, ... battered by Katrina in 2005"; but "19 permits
    since the leak began a month ago, the paper reported on Monday": Monday is the report's)."""
    if t.end <= fig.start:
        # before the figure: "The spill has surpassed the Exxon Valdez in 1989 as the worst, with 12,000
        # barrels a day" -- a cue before the time in its clause, and a clause break between the time and the
        # figure ("exceeding the 1989 spill of 11m gallons" dates the 11m gallons: they are the spill's)
        lo = max(0, t.start - 150)
        for sb in _SENT_END_RE.finditer(text, lo, t.start):
            lo = sb.end()  # the time's own sentence only
        side = [m for m in _cues(text, t.end, fig.start) if m.re is _BASE_CUE_RE or _BASE_SIDE_RE.match(m.group())]
        brk = _CLAUSE_BREAK_RE.search(text, fig.end, min(len(text), fig.end + 80))
        own_time = any(
            u.start >= fig.end and not _CLAUSE_BREAK_RE.search(text, fig.end, u.start) for u in same
        ) or bool(_EARLIER_RE.search(text, fig.end, brk.start() if brk else min(len(text), fig.end + 80)))
        if (
            side
            and (own_time or not _SIDE_BY_SIDE_RE.match(side[-1].group()))
            and not _CLAUSE_BREAK_RE.search(text, side[-1].end(), fig.start)
            and not _CONJUNCTION_RE.search(text, side[-1].end(), fig.start)
        ):
            # "15,800 barrels on Wednesday, up from 15,010": a figure after the cue is the level compared with,
            # which the main clause's time does not date -- unless a conjunction opens a clause of its own
            # first ("to cost more than the 1989 spill as thousands of tonnes began to reach the coast")
            return True
        # not "since": what follows "since the rig exploded on April 20, killing 11" is the event's own
        cues = [m for m in _cues(text, lo, t.start) if m.group().lower() != "since"]
        if (
            cues
            and _BASE_SIDE_RE.match(cues[-1].group())
            and re.fullmatch(r"\s*(?:(?:in|on|at|during|of)\s+)?", text[cues[-1].end() : t.start], re.I)
            and not re.match(r"['’]s?\b", text[t.end : t.end + 2])
            and not re.search(r"[;:,()\u2014\u2013]|\b(?:when|where|which|who|that)\b", text[t.end : fig.start], re.I)
        ):
            # "18% higher than a year ago at $5.5bn": the time is itself what the figure's level is compared
            # with, not its date (but "than last year's 500": the 500 is of last year)
            return True
        # nor a relative or participle clause on the compared thing: "the 1989 spill, in which 250,000 birds
        # died", "before the rig exploded on 20 April, killing 11 workers"
        return (
            bool(cues)
            and not _CLAUSE_BREAK_RE.search(text, cues[-1].end(), t.start)
            and any(
                not _COMPARED_CLAUSE_RE.match(text, b.end()) for b in _CLAUSE_BREAK_RE.finditer(text, t.end, fig.start)
            )
        )
    if t.start < fig.end:
        return False
    if _compared_cue(text, fig.end, t.start):
        return True
    for u in same:
        if fig.end <= u.start and u.end <= t.start and _compared_cue(text, fig.end, u.start):
            breaks = list(_CLAUSE_BREAK_RE.finditer(text, u.end, t.start))
            tail = text[breaks[-1].end() : t.start].lower() if breaks else ""
            if not any(w in _SAYING for w in re.findall(r"[a-z]+", tail)):
                return True
    return False


_SAYING = lex.REPORTING_PAST | lex.REPORTING_PRESENT


# "since" opening a clause or phrase that names the start of a span ("since the rig sank on April 20", "in the
# ten days since the quake struck on Monday"); not the adverb after a perfect auxiliary ("has since risen")
_SINCE_RE = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<![’']ve\s)\bsince\b", re.I)
# what ends such a clause: a clause break (not a relative or participle clause on the start event: "since the
# rig exploded on April 20, killing 11"), or a contrasting conjunction; not a quotation mark, which may enclose
# a name ('since the 1918 "Spanish flu" pandemic that killed 40 million')
_SINCE_END_RE = re.compile(r"[;:()\u2014\u2013]|\s--\s|,|\b(?:but|while|whereas|although|though)\b", re.I)
# "from the start of May onwards": the time opens a span that runs on to the time of writing
_ONWARDS_RE = re.compile(r"\s*onwards?\b", re.I)


def _in_since_clause(text: str, fig: Figure, t: TimeExpression) -> bool:
    """Whether time ``t`` dates the start of a span the figure is counted over, not the figure: it sits in a
    "since" clause or phrase the figure is outside of ("BP has paid $3bn since the spill began on April 20",
    "Since the quake struck on Monday, 1,200 aftershocks have been recorded": a running total as of the time
    of writing, or a count with no date of its own), or it is followed by "onwards".  A figure inside the
    clause is the start event's own, which the time dates ("since a blast on April 20 killed 11 workers",
    "since the rig exploded on April 20, killing 11")."""
    if _ONWARDS_RE.match(text, t.end):
        return True
    lo = max(0, t.start - 300)
    for sb in _SENT_END_RE.finditer(text, lo, t.start):
        lo = sb.end()  # the time's own sentence only
    since = [m for m in _SINCE_RE.finditer(text, lo, t.start) if not _SINCE_END_RE.search(text, m.end(), t.start)]
    if not since:
        return False
    begin = since[-1].start()
    stop = _SENT_END_RE.search(text, t.end)
    end = stop.start() if stop else len(text)
    for b in _SINCE_END_RE.finditer(text, t.end, end):
        if not (b.group() == "," and _COMPARED_CLAUSE_RE.match(text, b.end())):
            end = b.start()
            break
    return not (begin <= fig.start and fig.end <= end)


_SENT_END_RE = re.compile(r"[.!?][”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])|\n")
# what may end the clause a figure sits in before a reporting clause: a comma or quotation mark (the reporting
# clause follows what it reports: "Shares fell 2%, the firm said"), or a conjunction or semicolon (a new clause
# begins: "Shares fell 2%, and the firm said ...")
_CLAUSE_SEP_RE = re.compile(
    r"(?P<inv>,|[”\"»])|(?P<new>;|\s[–—]\s|\b(?:and|but|while|whereas|as|after|before|when|because|since|"
    r"although|though|so|yet|even\s+as)\b)",
    re.I,
)


SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "there"})


def _before_other_clause(text: str, fig: Figure, a: Attribution) -> bool:
    """Whether a figure lies outside what its sentence's speaker says: before the reporting verb, in a clause
    of its own that a conjunction or semicolon ends ("Shares fell 2% on Monday and the firm said profits
    would rise": the 2% is the narrative's).  A figure after the verb, or before a reporting clause set off
    by a comma or quotation mark ("Shares fell 2%, he added"), is the speaker's; so is a figure in quotation
    marks.  The sentence is found in ``text`` around the figure; with no cue there the figure stays credited."""
    if not a.cue or a.kind == "none":
        return False
    cue = a.cue.split()[0].lower() if not a.cue.lower().startswith(("according", "quoted")) else a.cue.lower()
    starts = [0, *(m.end() for m in _SENT_END_RE.finditer(text, max(0, fig.start - 600), fig.start))]
    begin = max(starts[-1], fig.start - 600, 0)
    stop = _SENT_END_RE.search(text, fig.end)
    end = stop.start() if stop else len(text)
    words = r"\s+".join(re.escape(w) for w in cue.split())
    rx = re.compile(rf"(?<![\w-]){words}\b", re.I)
    if rx.search(text, begin, fig.start):
        return False  # a cue before the figure: what follows it is reported
    after = rx.search(text, fig.end, end)
    if after is None:
        return False
    before = text[begin : fig.start]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return False  # inside a quotation
    tail = text[after.end() : end]
    rest = re.findall(r"[\w'’-]+", tail)
    if len(rest) <= 4 and not (rest and _low(rest[0]) in SUBJECT_PRONOUNS) and not re.search(r"[:“\"]", tail):
        return False  # the reporting clause ends the sentence ("..., and 20 were hurt - Acme reports."): all of it
    seps = [
        m
        for m in _CLAUSE_SEP_RE.finditer(text, fig.end, after.start())
        # "and" inside a name ("the Disasters and Emergency Committee") joins no clauses
        if not (
            m.group("new")
            and re.match(r"(?i)and\b", m.group())
            and re.search(r"[A-Z][\w.'’-]*\s+$", text[: m.start()])
            and re.match(r"\s+[A-Z]", text[m.end() :])
        )
    ]
    return bool(seps) and seps[-1].group("new") is not None


# a third party's report inside quoted words: "they said", "the company claimed", "officials told us"
_RELAYED_RE = re.compile(
    r"\b(?i:they|officials|authorities|the\s+(?:company|government|firm|agency))\s+(?:\w+\s+){0,3}?"
    r"(?:said|say|says|claimed|claim|claims|told\s+(?:us|me)|estimated|reported)\b"
)


def _relayed_in_quote(text: str, fig: Figure) -> bool:
    """Whether a figure sits in quoted words after a third party's report ('"They came out and said it was
    leaking 1,000 barrels," he said'): the quote's speaker relays someone else's figure, so crediting the
    speaker would misstate who claimed it.  Inside a quotation: an odd count of straight marks, or more
    opening than closing curly marks, from the paragraph's start (a blank line) to the figure."""
    starts = [0, *(m.end() for m in _SENT_END_RE.finditer(text, max(0, fig.start - 1500), fig.start))]
    # from three sentences back, within the paragraph: a quotation open there runs into the figure's sentence
    # (a window, so a stray mark far back in the article does not turn the rest into quoted words)
    para = max(text.rfind("\n\n", 0, fig.start) + 2, starts[-4] if len(starts) >= 4 else 0, fig.start - 1500, 0)

    def quoted(pos: int) -> bool:
        before = text[para:pos]
        return bool(before.count('"') % 2) or before.count("“") > before.count("”")

    if not quoted(fig.start):
        return False
    begin = max(starts[-1], para)
    # the report must itself be quoted: '"We have 200 boats," he said, "and 300 more"' is the speaker's own cue
    # and the figure in its clause: "they say 40% is open but it is maybe 15%" -- the 15% is the speaker's own
    return any(
        quoted(m.start()) and not re.search(r"\b(?:but|now|while|whereas|although)\b|[;—–]", text[m.end() : fig.start])
        for m in _RELAYED_RE.finditer(text, begin, fig.start)
    )


# an offset counted from an event the text narrates: "21 years later", "a year later"
_LATER_RE = re.compile(r"\blater$", re.I)


# what opens another clause between a figure and a "now" after it: a relative pronoun or a conjunction, or "and"
# before a verb ("and triggering the spill that now threatens"; not "schools and a nursery have now closed")
_NOW_CLAUSE_RE = re.compile(
    r"\b(?:which|who|whom|whose|that|where|while|whereas|but|because)\b|\band\s+[a-z]+(?:ing|ed)\b", re.I
)
# a document's issuing, which dates what it says as a saying does
_ISSUED_WORDS = frozenset({"released", "published", "issued"})
# a word that tells a clause is of the time of writing (the tagger marks it PRESENT_REF): not "30 years on", an
# offset from a past event, nor "just now", a moment before, nor the adjective "current", which dates only its
# noun ("to 53,000 barrels a day from the current limit of 28,000")
_NOW_RE = re.compile(r"(?:right\s+)?now|currently|at\s+(?:the\s+moment|present)|nowadays|these\s+days", re.I)


def _dist(fig: Figure, t: TimeExpression) -> int:
    """How far a time expression lies from a figure, in characters."""
    return min(abs(t.start - fig.end), abs(fig.start - t.end))


def _now_nearer(text: str, fig: Figure, best: TimeExpression, same: Sequence[TimeExpression]) -> bool:
    """Whether an explicit "now" ("now", "currently", "at present") stands nearer the figure than the dated time
    ``best``, in the figure's clause (a fronted "At present, there are 4,200 troops" is; "it had now spent $450m,
    but analysts put the bill at $23bn" is not the $23bn's), with no verb of saying between it and the figure or
    right after it ("BP now says 5,000 barrels leaked on April 22": the now is the saying's), nor just before the
    dated time ("BP said this morning it was now spending $100m a day": now is the saying's time)."""
    for t in same:
        if t.value != "PRESENT_REF" or not _NOW_RE.fullmatch(t.text.strip()) or _dist(fig, t) >= _dist(fig, best):
            continue
        lo, hi = (t.end, fig.start) if t.end <= fig.start else (fig.end, t.start)
        # a fronted "At present, ..." and a figure's own bracket ("15 (15,000 barrels) now") break no clause
        gap = re.sub(r"^\s*,", "", text[lo:hi]) if lo == t.end else re.sub(r"^\)", "", text[lo:hi])
        if _CLAUSE_BREAK_RE.search(gap) or re.search(r"\d", gap) or (lo == fig.end and _NOW_CLAUSE_RE.search(gap)):
            # another clause ("killing 11 people and triggering the spill that now threatens ..."), or another
            # figure nearer the now ("up 43% from 35,000 bpd currently": the now is the 35,000's)
            continue
        after = re.findall(r"[a-z]+", text[t.end : t.end + 20].lower())[:1]
        if any(w in lex.MIND_PRESENT_VERBS for w in after):
            continue  # "We now know that 53,000 barrels were escaping": the now is the knowing's
        saying = re.findall(r"[a-z]+", text[lo:hi].lower()) + after
        if any(w in lex.FUTURE_CUES or w + "s" in lex.FUTURE_CUES for w in saying):
            continue  # "Analysts currently expect a 7-cent dividend for the fourth quarter": a figure ahead
        # the dated time is the saying's or a document's, a few words after its verb ("said this morning", "told
        # a briefing Monday", "a poll released Tuesday showed 52% now disapprove"): the now is that time
        saying += re.findall(r"[a-z]+", text[max(0, best.start - 60) : best.start].lower())[-6:]
        if not any(w in _SAYING or w in _ISSUED_WORDS for w in saying):
            return True
    return False


def _later_beyond(t: TimeExpression, anchor: PublishedDate | None) -> bool:
    """Whether ``t`` is an offset ending in "later" resolved to a year after the article's own: "later" counts
    from a past event ("The 1989 spill killed 5,000 otters, but even 21 years later ..."); a value past the
    publication year was counted from the wrong point (the publication day -- what lies ahead of it English
    says "in 21 years", not "21 years later"), so it dates no figure."""
    return bool(
        anchor is not None
        and anchor.value
        and t.value
        and _LATER_RE.search(t.text.strip())
        and re.match(r"\d{4}", t.value)
        and t.value[:4] > anchor.value[:4]
    )


def link_figures(
    figures: list[Figure],
    attributions: list[Attribution],
    times: list[TimeExpression],
    anchor: PublishedDate | None,
    text: str | None = None,
) -> list[Figure]:
    """Figures with ``said_by`` and ``as_of`` filled (see the module docstring).  ``text``: the article's
    text, to tell a start ("since March") from the date a figure is of."""
    from storyline.annotate.figures import entry_heads  # figures imports this module

    by_sent = {(a.article, a.sentence): a for a in attributions}
    heads = {(t.article, t.start) for t in entry_heads(text, times)} if text else set()
    out: list[Figure] = []
    for fig in figures:
        a = by_sent.get((fig.article, fig.sentence))
        if a is not None and text and _before_other_clause(text, fig, a):
            a = None  # "Shares fell 2%, and the firm said ...": the figure is the narrative's, not the firm's
        if a is not None and text and a.kind == "quote" and _relayed_in_quote(text, fig):
            a = None  # '"They said it was leaking 1,000 barrels," he said': the figure is theirs, not his
        if fig.what == "distance":
            out.append(fig.model_copy(update={"said_by": (a.speaker or a.via) if a else fig.said_by, "as_of": None}))
            continue
        said_by = (a.speaker or a.via) if a else None
        as_of: str | None = None
        same = [
            t for t in times if t.article == fig.article and t.sentence == fig.sentence and t.type in ("DATE", "TIME")
        ]
        dated = [
            t
            for t in same
            if _date_like(t.value)
            and not (text and _COUNT_START_RE.search(text, max(0, t.start - 30), t.start))
            # "12,000 barrels a day, far exceeding the 1989 spill": 1989 dates the spill compared with
            and not (text and _of_compared(text, fig, t, same))
            # "$3bn since the spill began on April 20": April 20 is when the count began
            and not (text and _in_since_clause(text, fig, t))
            and not _later_beyond(t, anchor)
            # "... killing 11 people 28 April: The Coast Guard fears ...": a day heading an entry is of the
            # words after it, not of the entry before it
            and not ((t.article, t.start) in heads and t.start >= fig.end)
        ]
        # a figure of an entry that another entry's head follows in the sentence is told in the chronology's
        # historic present: the publication date is not its date
        in_entry = any((t.article, t.start) in heads and t.start >= fig.end for t in same)
        if dated:
            best = min(dated, key=lambda t: _dist(fig, t))
            as_of = best.value
            if (
                text
                and anchor is not None
                and anchor.value
                and (best.article, best.start) not in heads  # a chronology's entry: its day is its now
                and _now_nearer(text, fig, best, same)
            ):
                # "40,000 tickets have now been sold ahead of Saturday's concert": a figure told as of now is of
                # the day of writing, not of a time in its sentence's other clause or phrase
                as_of = anchor.value
        elif not in_entry and (fig.as_of == "PRESENT_REF" or any(t.value == "PRESENT_REF" for t in same)):
            # extract_figures marks a figure whose clause is in the present tense with PRESENT_REF
            as_of = anchor.value if anchor is not None and anchor.value else None
        out.append(fig.model_copy(update={"said_by": said_by if said_by else fig.said_by, "as_of": as_of}))
    return out
