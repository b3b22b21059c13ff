"""Split a headline, standfirst and caption that a flattened page glued into one line.

Plain text scraped from a page often loses the line breaks between the headline, the standfirst
(the sentence-long summary under it) and a photo caption::

    Mexico swine flu outbreak triggers global pandemic fears Up to 70 dead as swine flu ...

Headlines and standfirsts carry no final punctuation, so the only trace of the boundary is a
capitalised word straight after a word that does not end a sentence.  A boundary is taken only
where the capitalised word cannot be a name:

* the previous token is a lower-case word with no punctuation, and not a word a headline never
  ends on ("of", "the", "to", "and" ...) — so a title-case headline ("War in The Gulf") and a
  name after a preposition ("Obama meets Brown in London") are never cut;
* the capitalised word is a function word that opens sentences ("Up", "After", "The", "A"), or
  the article writes the same word in lower case more often than as a capitalised word after a
  lower-case one ("health" 3 times vs "Health" once), and it does not begin a run of capitalised
  words ("White House", "Second City");
* or the previous token is a capitalised word (not an acronym) and the next one an article or
  pronoun that no name goes on with ("... Aid outside Port-au-Prince An estimated ...", unlike
  "Vitamin A", "Thomas More", "Stratford On Avon"), never written together elsewhere;
* or, for a title-case headline ("Massive Oil Spill Washes Ashore in the Gulf Millions of
  gallons ..."), the words before it are all capitalised (a headline of three or more content
  words starting the line, no dateline), the capitalised word passes the test above, the three
  words after it are lower case (sentence case starts there), and the article does not write the
  two capitalised words together elsewhere ("New York City" is a name).

Every piece keeps three words or more; a line with no safe boundary is returned whole.

A byline glued before the first paragraph ("By Jo Roe BBC News, Port Avel Flood water rose above
the bridge The river burst ...") is read by :func:`glued_byline` (names, then an outlet, a role or a
place, told from the text after it with the same case counts), and the picture caption that such
pages print between the byline and the first sentence is found by :func:`caption_end`.

A live page whose entries ran together on one line ("... may have been killed 2050 Avelia's
president says ...") gets each entry's time stamp back at the start of a line
(:func:`split_live_stamps`), where the time tagger reads it as a clock time on the page's day, not as
the year 2050.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from storyline.clean.metadata import NAME_PARTICLES, outlet_table

_TOKEN = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z][a-z'’\-]*[a-z]|[a-z]")
_TITLE_WORD = re.compile(r"[A-Z](?:[a-z'’\-]*[a-z])?")
_CAPITAL_WORD = re.compile(r"[A-Z][\w'’\-]*")
_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")

OPENERS = frozenset([
    "a", "an", "the", "up", "after", "as", "at", "before", "by", "during", "for", "from", "in", "into",
    "on", "over", "since", "to", "under", "until", "when", "while", "with", "without", "despite",
    "although", "though", "if", "once", "because", "amid", "among", "about", "this", "that", "these",
    "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "our",
    "my", "many", "some", "more", "most", "much", "few", "all", "both", "each", "every", "no", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "other",
    "another", "such", "what", "how", "why", "who", "where", "which", "behind", "across", "around",
    "inside", "outside", "beyond", "throughout", "following", "but", "yet", "dozens", "hundreds",
    "thousands", "millions", "billions"
])  # fmt: skip
"""Capitalised, these open a sentence (or a standfirst or caption); they are never a name."""
ARTICLES = frozenset(["a", "an", "the"])
"""... except an article before a capitalised word, which opens a name as often ("The Guardian")."""

NAME_THEN = frozenset(["an", "the", "it", "he", "she", "they", "we", "this", "these", "those", "there"])
"""After a capitalised word, these open a new sentence: no name goes on with them (unlike "A" in
"Vitamin A", "More" in "Thomas More", "On" in "Stratford On Avon")."""

NO_HEADLINE_END = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "nor",
    "as", "into", "onto", "near", "than", "that", "which", "who", "whose", "whom", "his", "her", "its",
    "their", "our", "my", "your", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "not", "no",
    "very", "but", "if", "when", "while", "where", "about", "under", "between", "among",
    "against", "per", "via", "vs", "de", "la", "al", "el", "du", "des", "le"
])  # fmt: skip
"""A headline, standfirst or caption does not end on these words."""

MIN_WORDS = 3


@dataclass
class CaseCounts:
    """How often each word is written in lower case, and capitalised after a lower-case word
    (the position where only a name, or a glued headline boundary, is capitalised)."""

    lower: Counter[str] = field(default_factory=Counter)
    proper: Counter[str] = field(default_factory=Counter)
    runs: Counter[tuple[str, str]] = field(default_factory=Counter)  # capitalised word pairs ("York", "City")

    @classmethod
    def of(cls, texts: Iterable[str]) -> CaseCounts:
        counts = cls()
        for text in texts:
            prev = ""
            for tok in _TOKEN.findall(text):
                if _LOWER_WORD.fullmatch(tok):
                    counts.lower[tok] += 1
                elif _TITLE_WORD.fullmatch(tok) and _LOWER_WORD.fullmatch(prev):
                    counts.proper[tok.lower()] += 1
                if _CAPITAL_WORD.fullmatch(tok) and _CAPITAL_WORD.fullmatch(prev):
                    counts.runs[(prev, tok)] += 1
                prev = tok
        return counts

    def common(self, word: str) -> bool:
        """The word reads as an ordinary word, not a name: written in lower case more often than
        capitalised mid-sentence (the occurrence being judged is one of the capitalised ones)."""
        w = word.lower()
        return self.lower[w] >= 1 and self.lower[w] > self.proper[w] - 1


def _opener_or_common(tok: str, nxt: str | None, counts: CaseCounts) -> bool:
    if not _TITLE_WORD.fullmatch(tok):
        return False
    capital_next = nxt is not None and _CAPITAL_WORD.fullmatch(nxt.strip("'’\"")) is not None
    if tok.lower() in ARTICLES:
        return not capital_next  # "reading The Guardian", "visited The Hague": a title or a name
    if tok.lower() in OPENERS:
        return True
    if capital_next:
        return False  # the first word of a capitalised run ("White House", "Second City")
    return counts.common(tok)


def _title_case(tokens: list[str]) -> bool:
    words = [t for t in tokens if _ANY_WORD.fullmatch(t.strip(":,;'’\""))]
    content = [w for w in words if w.lower() not in NO_HEADLINE_END]
    return len(content) >= MIN_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def glued_boundaries(line: str, counts: CaseCounts) -> list[int]:
    """Character offsets where a new headline, standfirst or caption starts inside ``line``."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    cuts: list[int] = []
    last = 0  # token index where the current piece starts
    for i in range(1, len(toks)):
        tok = toks[i][1]
        prev = toks[i - 1][1]
        nxt = toks[i + 1][1] if i + 1 < len(toks) else None
        if i - last < MIN_WORDS or len(toks) - i < MIN_WORDS:
            continue
        cut = False
        if _LOWER_WORD.fullmatch(prev) and prev not in NO_HEADLINE_END:
            cut = _opener_or_common(tok, nxt, counts) or _article_then_name(toks, i)
        elif _figure_then_opener(toks, i) or _weekday_then_opener(toks, i):
            cut = True
        elif last == 0 and _CAPITAL_WORD.fullmatch(prev) and _title_case([t for _, t in toks[:i]]):
            after = [t for _, t in toks[i + 1 : i + 4]]
            cut = (
                len(after) == 3
                and counts.runs[(prev, tok)] <= 1  # "New York City" written again in the text is a name
                and not any(t in ("-", "--", "(", "-LRB-", "|") for _, t in toks[:i])  # a dateline
                and all(_LOWER_WORD.fullmatch(t) for t in after)
                and _opener_or_common(tok, nxt, counts)
            )
        if not cut and _CAPITAL_WORD.fullmatch(prev) and tok.lower() in NAME_THEN and counts.runs[(prev, tok)] <= 1:
            # a headline ending on a name, then a sentence opening with an article or a pronoun
            # ("... Aid outside Port-au-Prince An estimated 200,000 ..."), not after an acronym
            cut = _opener_or_common(tok, nxt, counts) and not (prev.isupper() and len(prev) > 1)
        if cut:
            cuts.append(toks[i][0])
            last = i
    return cuts


def split_glued(line: str, counts: CaseCounts) -> list[str]:
    """``line`` cut at its glued boundaries (one piece when there is none)."""
    cuts = glued_boundaries(line, counts)
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds) if line[a:b].strip()]


SENTENCE_OPENERS = frozenset([
    "The", "An", "In", "On", "At", "It", "Its", "This", "These", "Those", "There", "But", "He", "She",
    "They", "We", "His", "Her", "Their", "After", "When",
])  # fmt: skip
"""Mid-line after a lower-case word and before two more, these start a sentence glued to a caption
or a subheading.  Not "A" ("type A influenza", "exhibit A for") nor "I" ("now I know")."""


_CLAUSE_LINKS = frozenset(["why", "how", "what", "whether", "because", "until", "unless", "so", "then"])
"""A caption does not end on these; after them a capitalised pronoun is a reverent "He"."""


MORE_OPENERS = frozenset([
    "If", "Some", "Many", "Most", "Other", "Others", "Several", "Both", "Each", "Every", "Few", "Such",
    "While", "Although", "Though", "Despite", "As", "Once", "Since", "Before", "During", "Following",
    "Thousands", "Hundreds", "Dozens", "Millions", "Our", "My", "You", "Your", "Another", "Meanwhile",
    "However", "Also", "And", "Yet", "Now", "For", "With", "Without", "From", "Among", "Amid",
])  # fmt: skip
"""Capitalised function words that open a sentence glued to a caption just as :data:`SENTENCE_OPENERS`
do ("... into the reservoir If that goes well ...", "... a self-fulfilling prophecy Some isolated
scenes ..."); with two lower-case words after them they begin no title or name.  Not "Up", "On",
"To", "No", "One", "Over" (titles and names: "Air Force One", "Game Over")."""


_QUANTIFIERS = frozenset(["this", "these", "those", "another", "any", "each", "every", "some", "such", "own"])
"""Words that take the noun after them ("this Virus has", "any Company would"): no caption ends on them."""


def _clause_follows(words: list[str]) -> bool:
    """Whether the words after a capitalised common word make it a sentence's subject: up to three
    lower-case words holding an auxiliary or a past tense before any function word ("Cruise lines
    are also ...", "Aid agencies can take ...", "Bank officials said ...")."""
    for w in words[:3]:
        w = w.strip("'’\",:;")
        if _finite(w):
            return True
        if not _LOWER_WORD.fullmatch(w) or w in NO_HEADLINE_END:
            return False
    return False


_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_LABEL = re.compile(
    rf"(?:\d{{1,2}}\s+{_MONTH_WORD}\s*,?\s+|{_MONTH_WORD}\s+\d{{1,2}}\s*,?\s+|{_MONTH_WORD}\s*,?\s+)?"
    r"(?:1[0-9]|20)\d\d(?:s)?(?:\s*[-–/]\s*(?:\d\d){1,2})?\s*:\s+(?=[A-Z0-9\"“‘'`(])"
)
"""A date label opening an item of a list of dates ("11 Oct, 1918: ...", "1957: ...", "1982-85: ...")."""
_DATE_LEADS = frozenset([
    "since", "until", "till", "before", "after", "during", "around", "circa", "early", "late", "mid",
    "through", "between", "throughout", "spring", "summer", "autumn", "winter", "fall", "year", "years",
])  # fmt: skip
"""Words after which a year goes on the sentence ("in 1973: ...", "since 2001: ...")."""


def _date_label_at(line: str, toks: list[tuple[int, str]], i: int, *, listed: bool = False) -> bool:
    """Whether a list item led by a date label and a colon (:data:`_DATE_LABEL`) starts at token ``i``
    of a line that glued the list's items together ("Quake killed 1,600 11 Oct, 1918: Mona Passage",
    "... badly affected 1957: Asian flu killed ..."): the word before it ends an item — a figure, a
    closing bracket or a lower-case word no caption ends on ("in 1902:", "since 2001:" go on the
    sentence) — and is not part of the date ("on 12 May 2009:").  When the piece before opens with a
    date label itself (``listed``: the list has begun), a capitalised word may end the item too
    ("1979: ... off the coast of Avelia 1983: ...")."""
    m = _DATE_LABEL.match(line, toks[i][0])
    if m is None:
        return False
    prev = toks[i - 1][1]
    bare = prev.rstrip(",")
    if bare in _WEEKDAYS or (re.fullmatch(r"\d{1,2}", bare) and not toks[i][1][:1].isdigit()):
        return False  # inside a date ("Monday 12 May 2009:", "12 | May 2009:")
    if re.fullmatch(r"\d{1,2}", bare) and i >= 2 and toks[i - 2][1].strip(".,") in _MONTHS | _MONTH_ABBR:
        return False  # "on July 23 | 2002:"
    if _YEAR.fullmatch(bare) and toks[i][1][:1].isdigit():
        return False  # a range of years ("1993 1996:")
    if prev.endswith((",", ";", ":")):
        return False
    figure = any(ch.isdigit() for ch in prev) or prev in (")", "-RRB-")
    word = _LOWER_WORD.fullmatch(prev) is not None and prev not in NO_HEADLINE_END and prev not in _DATE_LEADS
    word = word or (listed and _TITLE_WORD.fullmatch(prev) is not None and prev not in _MONTHS)
    return (figure or word) and prev not in _SAYING and prev not in _CLAUSE_LINKS


TIME_OPENERS = frozenset(["On", "In", "By", "Since", "From", "Until", "Last", "Early", "Late"])
"""Capitalised after a lower-case word and before a day or a month (:func:`_date_follows`), these open a
sentence with its date glued to a caption ("... from the rubble On Friday the ...")."""
_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _date_follows(after: list[str]) -> bool:
    """Whether the words after a time opener (:data:`TIME_OPENERS`) name a day or a month: a weekday, a
    month ("In March", "On Friday"), or a day then a month ("On 8 February")."""
    if not after:
        return False
    first = after[0].rstrip(",")
    if first in _WEEKDAYS or first in _MONTHS:
        return True
    return (
        len(after) > 1 and _ORDINAL_DAY.fullmatch(first) is not None and after[1].rstrip(",.") in _MONTHS | _MONTH_ABBR
    )


def glued_sentences(line: str, counts: CaseCounts | None = None) -> list[int]:
    """Offsets inside a body line where a sentence starts straight after a caption or subheading
    that lost its line break ("... faces four years in prison if convicted The trial is expected to
    last ..."): a capitalised sentence opener (:data:`SENTENCE_OPENERS`, :data:`MORE_OPENERS`) after a
    lower-case word that no caption ends on (:data:`NO_HEADLINE_END`: "of", "the", "and" ...), followed
    by two words that are not capitalised (so "the planned This is It series" and "because We the
    People" stay whole), or by a short name and a verb or a comma (:func:`_opener_then_name`: "...
    collapsed in the storm The UN has launched ..."), or a time opener (:data:`TIME_OPENERS`) before a
    day or a month ("... denies any wrongdoing On 8 February the ...").  With the article's ``counts``, a capitalised word the article writes in lower
    case more often (:meth:`CaseCounts.common`, and twice at least) starts one too when a verb follows it within three
    lower-case words ("... near the affected areas Cruise lines are also ...") and the word before it
    is no word after which a clause goes on ("said", "because": :data:`_NOT_BEFORE_SUBJECT`), no role
    and no word that takes a noun (:data:`_QUANTIFIERS`).  Each
    piece keeps three words or more and the sentence four or more."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    cuts: list[int] = []
    last = 0
    for i in range(MIN_WORDS, len(toks) - 2):
        tok, prev = toks[i][1], toks[i - 1][1]
        if i - last < MIN_WORDS:
            continue
        if _date_label_at(line, toks, i, listed=_DATE_LABEL.match(line, toks[last][0]) is not None):
            cuts.append(toks[i][0])
            last = i
            continue
        if i >= len(toks) - 3:
            continue
        # "... outside the court in downtown Avel The judge ordered ...", not in a live entry's first line
        if _name_then_clause(toks, i) and not _LIVE_ENTRY.match(line, toks[last][0]):
            cuts.append(toks[i][0])
            last = i
            continue
        if not _LOWER_WORD.fullmatch(prev) or prev in NO_HEADLINE_END or prev in _CLAUSE_LINKS:
            continue
        after = [t for _, t in toks[i + 1 : i + 4]]
        if tok in TIME_OPENERS and _date_follows(after):
            cut = True  # "... denies any wrongdoing On 8 February the ...", "... from the rubble On Friday ..."
        elif tok in SENTENCE_OPENERS or tok in MORE_OPENERS:
            cut = all(not t[:1].isupper() for t in after[:2]) and _LOWER_WORD.fullmatch(after[0]) is not None
            cut = cut or _opener_then_name(toks, i)
        elif tok == "A":
            cut = _article_then_name(toks, i) or _article_then_clause(toks, i)
        else:
            cut = (
                counts is not None
                and _TITLE_WORD.fullmatch(tok) is not None
                and tok.lower() not in OPENERS
                and tok not in _MONTHS
                and prev not in _NOT_BEFORE_SUBJECT
                and prev not in ROLES
                and prev not in _QUANTIFIERS
                and counts.common(tok)
                and counts.lower[tok.lower()] >= 2  # written in lower case more than once
                and _clause_follows(after)
            )
        if cut:
            cuts.append(toks[i][0])
            last = i
    return cuts


_TITLE_TAKERS = frozenset([
    "called", "entitled", "titled", "named", "dubbed", "renamed", "book", "books", "novel", "film",
    "films", "movie", "album", "single", "song", "track", "band", "group", "duo", "trio", "play",
    "opera", "musical", "show", "series", "documentary", "programme", "program", "magazine",
    "newspaper", "paper", "column", "title", "game", "story", "poem", "collection", "festival",
    "journal", "blog", "website", "site", "station", "broadcaster", "network", "channel", "tabloid",
    "daily", "weekly", "publication", "agency", "charity", "organisation", "organization", "company",
    "tank", "club", "team", "party", "singer", "guitarist", "drummer", "rapper", "actor", "actress",
    "artist", "musician", "comedian", "presenter",
])  # fmt: skip
"""Words a title or a name follows ("a film called This Is It", "the band The Minnows", "the medical
journal The Lancet"): a capitalised opener after them starts the title or the name, not a sentence."""
MAX_OPENER_NAME = 4
"""Capitalised words at most in the name after a sentence opener ("The World Health Organization")."""
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got"])
"""Before a participle these make it the end of a clause ("have been flattened"), not a verb taking an object."""
_NAME_DETERMINERS = frozenset(["This", "These", "Those", "Its", "His", "Her", "Their", "Our", "My", "Your"])
"""Before a capitalised word these open a title ("This American Life", "Her Majesty's ..."), not a
sentence about a name."""


def _subject_may_follow(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether the word before the opener at token ``i`` lets a new sentence start there (the guards of
    :func:`_opener_then_name`)."""
    prev, tok = toks[i - 1][1], toks[i][1]
    if tok in _NAME_DETERMINERS or prev in _TITLE_TAKERS or prev in SAYING or prev in _NOT_BEFORE_SUBJECT:
        return False
    if prev in OPENERS or prev in ROLES or prev in _QUANTIFIERS or prev.endswith("ing"):
        return False  # "... including The Minnows": the name is an object
    participle = toks[i - 2][1].lower() in _DETERMINERS or _PASSIVE & {t for _, t in toks[max(0, i - 4) : i - 1]}
    return not (_finite(prev) and not participle)  # "... persuaded The Fund to", unlike "... have been flattened The"


MAX_ROLE_WORDS = 8
"""Capitalised words at most in an office before the name of its holder ("The Director General of the
World Health Organization, Jo Roe, has ...")."""


def _role_then_holder(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether "The" at token ``i`` opens a sentence whose subject is an office and, between commas, its
    holder: "... declares flu pandemic The Director General of the Avelian Health Agency, Jo Roe, has
    declared ...".  The office is capitalised words (at most ``MAX_ROLE_WORDS``; "of" and "of the" may
    join them), then a comma, a name (:func:`_name_run`), a comma and a finite verb, straight away or
    after one or two lower-case words ("has formally declared").  A title or a name has no holder
    after it between commas."""
    if toks[i][1] != "The" or not _subject_may_follow(toks, i):
        return False
    j, words = i + 1, 0
    while j < len(toks) - 1:
        t = toks[j][1]
        bare = t.rstrip(",")
        if bare.lower() == "of" and words and j + 1 < len(toks):
            j += 2 if toks[j + 1][1] == "the" else 1
            continue
        if not _TITLE_WORD.fullmatch(bare) and not _all_caps(bare):
            break
        if bare.lower() in OPENERS or bare in _MONTHS or bare in _WEEKDAYS:
            return False
        words += 1
        j += 1
        if words > MAX_ROLE_WORDS or t.endswith(","):
            break
    if not words or j >= len(toks) or words > MAX_ROLE_WORDS:
        return False
    if not toks[j - 1][1].endswith(","):
        if toks[j][1] != ",":
            return False
        j += 1
    k = _name_run(toks, j)
    if k is None or k >= len(toks) - 1:
        return False
    if toks[k][1] == ",":
        k += 1
    elif toks[k][1].endswith(",") and _NAME_PART.fullmatch(toks[k][1][:-1]) and k - j < 3:
        k += 1  # "Jo Roe," written with the comma on the name
    else:
        return False
    for m in range(k, min(k + 3, len(toks))):
        w = toks[m][1]
        if _finite(w):
            return True
        if not _LOWER_WORD.fullmatch(w) or w in NO_HEADLINE_END:
            return False
    return False


def _opener_then_name(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether a sentence opener at token ``i`` (after a lower-case word that a caption may end on,
    checked by the caller) leads a sentence whose subject or fronted phrase is a name: "... collapsed
    in the storm The UN has launched ...", "... are being tested In Avelia, medics ...".  After the
    opener come one to ``MAX_OPENER_NAME`` capitalised words (no function word among them: "This Is
    It", "The Man Who Knew" are titles), then either a verb — a finite one, or a present tense —
    straight away or after at most two lower-case words ("The Avelian government is"), or, after a
    fronting word ("In", "After", "When" ...), a comma closing the name ("In Avelia, the ...").  Not
    after a word that takes a title or a name ("called", "the film", "including"), a verb of saying, or
    a word after which the clause goes on."""
    if not _subject_may_follow(toks, i):
        return False
    tok = toks[i][1]
    j = i + 1
    while j < len(toks):
        bare = re.sub(r"['’]s$", "", toks[j][1].rstrip(",").rstrip("."))
        if not (_CAPITAL_WORD.fullmatch(bare) or _all_caps(bare)):
            break
        if bare.lower() in NO_HEADLINE_END or bare.lower() in OPENERS or bare in _MONTHS:
            return False
        j += 1
        if j - i - 1 > MAX_OPENER_NAME:
            return False
        if toks[j - 1][1].endswith(","):
            return tok.lower() in LEADS and tok.lower() not in ARTICLES
    if j == i + 1 or j >= len(toks):
        return False
    for k in range(j, min(j + 3, len(toks) - MIN_WORDS)):  # the sentence goes on after its verb
        w = toks[k][1]
        if _present_or_finite(w) and (k == j or _finite(w)):
            return True
        if not _LOWER_WORD.fullmatch(w) or w in NO_HEADLINE_END:
            return False
    return False


_LETTER_TAKERS = frozenset([
    "type", "types", "grade", "grades", "plan", "vitamin", "vitamins", "category", "hepatitis", "class",
    "group", "exhibit", "section", "part", "division", "league", "list", "level", "row", "block", "wing",
    "gate", "terminal", "platform", "schedule", "form", "annex", "appendix", "option", "scenario",
    "model", "series", "size", "tier", "phase", "stage", "step", "item", "question", "point", "pool",
    "round", "flight", "route", "line", "unit", "ward", "bay", "zone", "area", "lot", "box", "track",
    "side", "letter", "plate", "strain", "strains", "influenza", "flu", "virus", "band", "rating",
    "triple", "double", "company", "battery", "brigade", "platoon", "squad", "building", "floor", "room",
    "door", "paragraph", "article", "chapter", "clause", "note", "figure", "table", "volume", "disc",
    "formula", "version", "batch", "lane", "runway", "pier", "berth", "hall", "tower", "ward", "wave",
])  # fmt: skip
"""Words a letter follows as a label ("type A", "grade A", "plan A", "vitamin A", "category A",
"hepatitis A"): a capitalised "A" after them is no indefinite article opening a sentence."""


def _article_then_name(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether a sentence led by "The", "A" or "An" and a short name with its verb starts at token ``i``
    after a caption or headline that ends on a lower-case word (checked by the caller): "... is
    missing in the storm A Northern Avelia woman is waiting ...", "... swine flu pandemic The UN has
    warned ..." (:func:`_opener_then_name`).  "A" is a letter after a word that takes a label ("type
    A", "grade A", "plan A", "vitamin A": :data:`_LETTER_TAKERS`), and a name with a figure ("A H1N1
    strain") is a label too."""
    tok, prev = toks[i][1], toks[i - 1][1]
    if tok not in ("The", "A", "An") or prev in _LETTER_TAKERS or not _LOWER_WORD.fullmatch(prev):
        return False
    nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
    if not _CAPITAL_WORD.fullmatch(nxt) or (tok == "A" and any(ch.isdigit() for ch in nxt)):
        return False
    return _opener_then_name(toks, i) or _role_then_holder(toks, i)


def _article_then_clause(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether "A", a lower-case noun and a finite verb start a sentence at token ``i`` after a caption
    or standfirst that ends on a lower-case word (checked by the caller): "... determined to fight back
    A workman is pinning ...".  After a word that takes a letter as a label ("type A", "plan A":
    :data:`_LETTER_TAKERS`) it is no article."""
    prev = toks[i - 1][1]
    if toks[i][1] != "A" or prev in _LETTER_TAKERS or i + 2 >= len(toks):
        return False
    noun, verb = toks[i + 1][1], toks[i + 2][1]
    if _LOWER_WORD.fullmatch(noun) is None or noun in NO_HEADLINE_END:
        return False
    return _finite(verb) or _noun_phrase_then_verb(toks, i + 2)


_PHRASE_PREPS = frozenset(["for", "of", "from", "at", "in", "with"])
MAX_PHRASE_WORDS = 3


def _noun_phrase_then_verb(toks: list[tuple[int, str]], j: int) -> bool:
    """Whether a preposition at ``j`` and up to :data:`MAX_PHRASE_WORDS` words (lower case, or one
    capitalised name word) end on a finite verb: "A spokeswoman [for the family said]" ..."""
    if j >= len(toks) or toks[j][1] not in _PHRASE_PREPS:
        return False
    for k in range(j + 1, min(len(toks), j + 2 + MAX_PHRASE_WORDS)):
        w = toks[k][1]
        if k > j + 1 and _finite(w):
            return True
        if not (_LOWER_WORD.fullmatch(w) or _TITLE_WORD.fullmatch(w)) or w in _PHRASE_PREPS:
            return False
    return False


_LIVE_ENTRY = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|BST|EDT|EST|ET|CET)?\s*[:|\-–]")
"""A live page's entry opening on its clock ("2019: The BBC's Jo Roe in Avel The minister says ..."): the
reporter's line keeps the entry's time stamp with the entry, so it is not cut off as a caption."""
_AFTER_NAME_OPENERS = frozenset(["The", "An"])  # not "A": "Vitamin A levels were ..."
_TITLE_FUNCTION = frozenset(["And", "Of", "The", "In", "On", "At", "For", "To", "A", "An", "With", "From", "By"])


def _name_then_clause(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether an article after a capitalised word starts a sentence glued to a caption that ends on
    a name ("... outside the court in downtown Avel The judge ordered ..."): the article, a lower-case
    noun, then a finite verb straight away or after a short phrase ("The head of the agency said").
    The word before is a capitalised word that is no function word of a title ("Emil And The ...")."""
    prev, tok = toks[i - 1][1], toks[i][1]
    if tok not in _AFTER_NAME_OPENERS or prev in _TITLE_FUNCTION or i + 2 >= len(toks):
        return False
    if _TITLE_WORD.fullmatch(prev) is None or prev in NAME_TITLES:
        return False
    noun, verb = toks[i + 1][1], toks[i + 2][1]
    if _LOWER_WORD.fullmatch(noun) is None or noun in NO_HEADLINE_END:
        return False
    return _finite(verb) or _noun_phrase_then_verb(toks, i + 2)


_FIGURE_TOKEN = re.compile(r"\d[\d,.]*%?")
_NUMBER_WORD = re.compile(
    r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen"
)
"""A spelled number that opens a sentence ("Ninety-five new cases ..."), beyond :data:`OPENERS`' one to ten."""


def _two_lower(toks: list[tuple[int, str]], i: int) -> bool:
    after = [t for _, t in toks[i + 1 : i + 3]]
    return len(after) == 2 and all(_LOWER_WORD.fullmatch(t) for t in after)


def _figure_then_opener(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether a sentence starts at token ``i`` after a headline that ends on a figure ("Avelia flood
    cases up by 95 The health worker fell ill ..."): a sentence opener (:data:`SENTENCE_OPENERS`) and
    two lower-case words after a bare number, which is not part of a date ("May 5", "5 May 2009")."""
    prev = toks[i - 1][1]
    if toks[i][1] not in SENTENCE_OPENERS or not _FIGURE_TOKEN.fullmatch(prev) or not _two_lower(toks, i):
        return False
    before = toks[i - 2][1].rstrip(".,") if i >= 2 else ""
    return before not in _MONTHS and before not in _MONTH_ABBR and before not in _WEEKDAYS and not before[:1].isdigit()


def _weekday_then_opener(toks: list[tuple[int, str]], i: int) -> bool:
    """Whether a sentence starts at token ``i`` after a caption that ends on a weekday ("... fell ill
    on Wednesday Ninety-five new cases ..."): the weekday follows a lower-case word, and a
    sentence-opening quantifier or a spelled number (:data:`OPENERS`, :data:`_NUMBER_WORD`) and two
    lower-case words follow it."""
    tok, prev = toks[i][1], toks[i - 1][1]
    if prev not in _WEEKDAYS or i < 2 or not _LOWER_WORD.fullmatch(toks[i - 2][1]):
        return False
    opener = (_TITLE_WORD.fullmatch(tok) and tok.lower() in OPENERS and tok.lower() not in ARTICLES) or (
        _NUMBER_WORD.fullmatch(tok)
    )
    return bool(opener) and _two_lower(toks, i)


# A standfirst that opens with a name ("... amid swine flu warnings Boris Johnson confirms ...")
STANDFIRST_MIN_TITLE = 15
"""A headline is rarely longer than this many words; a longer title holds its standfirst too."""
_AUX = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "must", "should", "says", "said", "say", "warn", "claim", "fear", "to"
])  # fmt: skip
_NOT_BEFORE_SUBJECT = frozenset([
    "says", "said", "say", "tells", "told", "warns", "warned", "claims", "claimed", "believes",
    "thinks", "insists", "argues", "writes", "reports", "asks", "because", "after", "before", "since",
    "until", "unless", "although", "though", "while", "whether", "so", "then", "also", "only", "even",
    "where", "why", "how", "what"
])  # fmt: skip
"""Words after which a name followed by a verb is the same sentence going on ("said Obama has")."""
_CONTINUES = frozenset(["that", "which", "who", "whom", "whose"])
ROLES = frozenset([
    "chief", "executive", "president", "minister", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "director", "leader", "head", "officer", "commander", "chairman", "chairwoman",
    "boss", "giant", "firm", "envoy", "ambassador", "general", "governor", "mayor", "senator", "star",
    "correspondent", "editor", "founder", "owner", "manager", "coach", "captain", "official"
])  # fmt: skip
"""A role after a capitalised word takes the name that follows as its own ("BP chief executive Tony
Hayward", "US president Barack Obama"): no standfirst starts there."""


def _verb_follows(after: list[str]) -> bool:
    """Whether the words after a capitalised run start a predicate: the next word is an auxiliary
    or ends in -ed or -s ("Boris Johnson confirms"), or, after lower-case words, an auxiliary or an
    -ed form comes within three words ("President's lavish inauguration is"), or a role's verb
    ("US president defends").  A plural noun after a noun ("Gulf oil spill lawsuits") is not one."""
    words = [t.strip("'’\",:;") for t in after]

    def aux_or_past(w: str) -> bool:
        return w in _AUX or (len(w) > 3 and w.endswith("ed") and w.islower())

    def third_person(w: str) -> bool:
        return w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))

    for k, w in enumerate(words):
        if aux_or_past(w) or (third_person(w) and (k == 0 or words[k - 1] in ROLES)):
            return True
        if not w.islower() or w in NO_HEADLINE_END:
            return False
    return False


def standfirst_start(title: str, counts: CaseCounts) -> int | None:
    """Character offset where a standfirst that opens with a name or a capitalised word starts
    inside a long ``title`` ("London mayor donates stockpile amid swine flu warnings Boris Johnson
    confirms plans ..."), or None.

    The ordinary glued split never cuts before a name; a title of ``STANDFIRST_MIN_TITLE`` words
    or more is cut at the first capitalised word (or run of them) that
    * follows a lower-case word that can end a headline (not a function word, not a word of saying
      or a conjunction after which a clause goes on: "said Obama has"; no "that"/"which" in the two
      words before), a closing quote, or — for a pronoun or article ("Iran The US has", "Lib Dem We
      must") — a capitalised word the text never writes together with it;
    * is followed by a verb: the next word ends in -s or -ed or is an auxiliary, or one of the two
      after it is an auxiliary or ends in -ed ("President's lavish inauguration is");
    * leaves a headline of four words or more before it and six or more after it.
    """
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(title)]
    if len(toks) < STANDFIRST_MIN_TITLE:
        return None
    for i in range(4, len(toks) - 5):
        if _subject_starts(toks, i, counts):
            return toks[i][0]
    return None


def _subject_starts(toks: list[tuple[int, str]], i: int, counts: CaseCounts, *, caption: bool = False) -> bool:
    """Whether a clause led by a capitalised word (a name, mostly) starts at token ``i``: the test of
    :func:`standfirst_start`.  ``caption`` also takes the boundary after a number or a lone closing
    quote ("... died in June 2009 Michael Jackson was", "... 'We saw a leak' A rig worker has"), the
    positions a caption glued before the first paragraph ends on."""
    tok, prev = toks[i][1], toks[i - 1][1]
    if not (_TITLE_WORD.fullmatch(tok) or (len(tok) >= 2 and tok.isalpha() and tok.isupper())):
        return False
    before = [t.lower() for _, t in toks[max(0, i - 3) : i - 1]]
    if any(t in _CONTINUES for t in before):
        return False
    if _LOWER_WORD.fullmatch(prev):
        ok = not (prev in NO_HEADLINE_END or prev in OPENERS or prev in _NOT_BEFORE_SUBJECT or prev.endswith("ing"))
        if prev in ROLES and any(_CAPITAL_WORD.fullmatch(t) for _, t in toks[max(0, i - 3) : i - 1]):
            ok = False
    elif prev[-1:] in "'’\"" and len(prev) > 1 and prev[:-1][-1:].isalpha():
        ok = True
    elif _CAPITAL_WORD.fullmatch(prev) and tok.lower() in OPENERS and tok.lower() != "i":
        ok = counts.runs[(prev, tok)] <= 1
    elif caption and _CAPITAL_WORD.fullmatch(prev) and not prev.isupper():
        ok = counts.common(tok) and counts.runs[(prev, tok)] <= 1  # "... President Obama Government ministers"
    elif caption:
        ok = bool(re.fullmatch(r"(?:1[89]|20)\d\d|'|''|’|”", prev))  # a year, a closing quote
    else:
        ok = False
    if not ok:
        return False
    j = i + 1  # first word after the capitalised run
    while j < len(toks) and (_CAPITAL_WORD.fullmatch(toks[j][1]) or toks[j][1].isupper()):
        j += 1
    year_before = bool(re.fullmatch(r"(?:1[89]|20)\d\d", prev))
    if caption and (tok.lower() in OPENERS or counts.common(tok) or year_before) and j == i + 1:
        return True  # "... leak' A rig worker", "... in June 2009 Jurors at the trial"
    return _verb_follows([t for _, t in toks[j : j + 3]])


MAX_GLUED_HEADLINE = 16
"""Words at most in a headline glued before a first sentence that repeats its subject."""


def repeated_subject_start(line: str, counts: CaseCounts) -> int | None:
    """Character offset where the first sentence starts in a first line that a headline is glued
    before, the sentence opening with a name the headline holds ("Avel Bank faces flood claims Avel
    Bank is paying ...", "Farmers fight drought in south Farmers say ..."), or None.  The ordinary
    glued split never cuts before a name; here the first capitalised clause start within
    ``MAX_GLUED_HEADLINE`` words (the test of :func:`standfirst_start`, no sentence end before it) is
    taken when the words before it are written as a headline (:func:`reads_as_headline`: no past
    tense, no auxiliary) and the clause opens with a word of the headline — the story's subject,
    named again by the first sentence.  Six words at least follow the cut."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    for i in range(MIN_WORDS, min(MAX_GLUED_HEADLINE + 1, len(toks) - 5)):
        if any(_SENTENCE_STOP.search(t) and not _ABBREVIATION.fullmatch(t) for _, t in toks[i - 1 : i]):
            return None
        if not _subject_starts(toks, i, counts):
            continue
        head, rest = line[: toks[i][0]].strip(), line[toks[i][0] :]
        if not reads_as_headline(head):
            return None
        named = toks[i][1] in {t for _, t in toks[:i]} or names_headline_subject(head, rest)
        return toks[i][0] if named else None
    return None


def split_title(title: str, counts: CaseCounts) -> list[str]:
    """``split_glued``, then a long first piece cut where a name-led standfirst starts."""
    pieces = split_glued(title, counts)
    cut = standfirst_start(pieces[0], counts)
    if cut is None:
        return pieces
    return [pieces[0][:cut].strip(), pieces[0][cut:].strip(), *pieces[1:]]


# A byline glued before the first paragraph ("By Jo Roe BBC News, Leeds Flood water rose ..."):
# flattened pages put the byline, a picture caption and the first sentence on one line.
BYLINE_ROLES = frozenset([
    "reporter", "correspondent", "editor", "presenter", "writer", "columnist", "analyst", "producer",
    "journalist", "staff", "contributor", "commentator", "blogger"
])  # fmt: skip
"""The last word of a reporter's role in a byline ("Business reporter", "Health and Science Editor")."""
_OUTLET_TAIL = frozenset(["news", "world", "service", "online", "radio", "tv", "television"])
"""Words that go on an outlet's name in a byline ("BBC World News")."""
_PARTICLES = frozenset(NAME_PARTICLES)
_NOT_NAME = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n) - {"may"}
"""A stamp after the names ("By Jo Roe Thursday 9 June 2005 11.08 BST"), not a third name ("May" is
a surname too)."""
_NAME_WORD = re.compile(r"[A-Z](?:[a-z]+(?:['’\-][A-Z]?[a-z]+)*|['’][A-Z][a-z]+|[a-z]*[A-Z][a-z]+|\.)")
MAX_PLACE_WORDS = 3
MAX_CAPTION_WORDS = 30
"""A picture caption runs to a sentence at most."""


@dataclass(frozen=True)
class GluedByline:
    """A byline found at the start of a line: where it ends, and what it names."""

    start: int  # offset of "By"
    end: int  # offset where the text after the byline starts (len(line) when nothing follows)
    authors: list[str]
    outlet: str | None = None  # as written ("BBC News")
    role: str | None = None  # "Business reporter"
    place: str | None = None  # "Los Angeles", "Campeche, Mexico"
    filed: str | None = None  # "Mexico City" of "By Jo Roe in Mexico City" (no caption is expected after it)

    @property
    def caption_may_follow(self) -> bool:
        """Pages that print an outlet or a place in the byline (BBC News, Los Angeles) put a picture
        caption between it and the first paragraph."""
        return self.outlet is not None or self.place is not None


def _byline_tokens(line: str) -> list[tuple[int, str]]:
    """Tokens with a trailing comma split off ("News," -> "News", ",")."""
    out: list[tuple[int, str]] = []
    for m in _TOKEN.finditer(line):
        tok = m.group()
        if len(tok) > 1 and tok.endswith(","):
            out.extend([(m.start(), tok[:-1]), (m.end() - 1, ",")])
        else:
            out.append((m.start(), tok))
    return out


def _all_caps(tok: str) -> bool:
    word = tok.replace("-", "").replace("/", "").replace("\\", "")
    return len(tok) >= 2 and tok[0].isalpha() and word.isalpha() and tok.isupper()


def _capitalised(tok: str) -> bool:
    return bool(_TITLE_WORD.fullmatch(tok) or _NAME_WORD.fullmatch(tok) or _all_caps(tok))


def _outlet_at(line: str, toks: list[tuple[int, str]], j: int) -> int:
    """Index after an outlet named at token ``j`` ("BBC News", "CNN", "BBC World News", "BBC NI"), or ``j``."""
    if j >= len(toks):
        return j
    m = outlet_table().alias_re.match(line, toks[j][0])
    if not m or (m.end() < len(line) and line[m.end()].isalnum()):
        return j
    k = j
    while k < len(toks) and toks[k][0] < m.end():
        k += 1
    while k < len(toks) and toks[k][1].lower() in _OUTLET_TAIL:
        k += 1
    caps = k
    while caps < len(toks) and _all_caps(toks[caps][1]) and len(toks[caps][1]) <= 3:
        caps += 1
    if caps > k and ((caps < len(toks) and toks[caps][1] == ",") or _role_at(toks, caps) > caps):
        k = caps  # an outlet's desk before a role or a comma ("BBC NI business reporter"), not "BBC News BP has"
    if k < len(toks) and _TITLE_WORD.fullmatch(toks[k][1]) and k + 1 < len(toks) and toks[k + 1][1] == ",":
        k += 1  # a programme or desk of the outlet ("BBC Panorama, Washington")
    return k


def _role_at(toks: list[tuple[int, str]], j: int) -> int:
    """Index after a role at token ``j`` ("Business reporter", "Health and Science Editor"), or ``j``."""
    for k in range(j, min(j + 4, len(toks))):
        w = toks[k][1]
        if w.lower() in BYLINE_ROLES:
            return k + 1
        if not (_capitalised(w) or w in ("and", "&") or _LOWER_WORD.fullmatch(w)) or w.lower() in OPENERS:
            return j
    return j


def _place_end(toks: list[tuple[int, str]], j: int, counts: CaseCounts, names: set[str]) -> int | None:
    """Index after a place at token ``j`` ("Los Angeles"), or None when none can be told from the text
    after it.  A capitalised word goes on the place when the text writes the two words together
    elsewhere ("Los Angeles" again); it starts the text after the byline when it opens sentences,
    is written in lower case or as a name elsewhere, begins a run of capitalised words written
    elsewhere ("Tyrone Benton"), or is one of the byline's names."""
    if j >= len(toks) or not _capitalised(toks[j][1]) or toks[j][1].lower() in OPENERS:
        return None
    k = j + 1
    while k < len(toks) and k - j < MAX_PLACE_WORDS and _capitalised(toks[k][1]):
        prev, tok = toks[k - 1][1], toks[k][1]
        if tok.lower() in OPENERS:
            break
        nxt = toks[k + 1][1] if k + 1 < len(toks) else ""
        if counts.runs[(prev, tok)] < 2 and (
            tok in names
            or counts.common(tok)
            or counts.proper[tok.lower()] >= 1
            or _all_caps(tok)
            or counts.runs[(tok, nxt)] >= 2  # the first word of a name written elsewhere ("Tyrone Benton")
        ):
            break
        k += 1
    if k < len(toks) and _LOWER_WORD.fullmatch(toks[k][1]):
        if k - j < 2:
            return None  # "..., CBI annual conference": no place of capitalised words
        k -= 1  # the last capitalised word opens the sentence ("Los Angeles Campaigners say")
    return k


def _names_end(toks: list[tuple[int, str]], j: int, line: str) -> tuple[int, list[str]] | None:
    """Index after the names of a byline starting at token ``j`` and the names, or None."""
    names: list[str] = []
    while True:
        k = j
        words: list[str] = []
        while k < len(toks):
            w = toks[k][1]
            if w in _PARTICLES and words:
                words.append(w)
            elif _NAME_WORD.fullmatch(w) and not _all_caps(w) and w.lower() not in _NOT_NAME:
                if len(words) >= 2 and (
                    w.lower() in OPENERS or w.lower() in BYLINE_ROLES or _outlet_at(line, toks, k) > k
                ):
                    break
                words.append(w)
            else:
                break
            k += 1
        if len(words) >= 3 and k < len(toks) and _LOWER_WORD.fullmatch(toks[k][1]):
            words.pop()  # "Richard Black Environment correspondent", "Ken Wills Nevermind that"
            k -= 1
        real = [w for w in words if w not in _PARTICLES]
        if not 2 <= len(real) <= 3 or words[-1] in _PARTICLES or words[-1].endswith("."):
            return None  # a name ends on a surname, not an initial ("By Jo D." cut at a line end)
        names.append(" ".join(words))
        if k < len(toks) and toks[k][1] in ("and", "&"):
            j = k + 1
            continue
        return k, names


def glued_byline(line: str, counts: CaseCounts, start: int = 0) -> GluedByline | None:
    """The byline opening ``line`` at character ``start`` ("By Jo Roe BBC News, Los Angeles ..."),
    when the text after it can be told apart, else None.

    Shape: "By" and names (two or three capitalised words each, joined by "and"), then any of an
    outlet the outlet table knows ("BBC News", "for CNN"), a role ending on a reporter's word
    ("Business reporter", "Health and Science Editor"), the place the writer filed from after "in"
    ("By Jo Roe in Mexico City") and, after a comma, an outlet, a role or a place (see :func:`_place_end`).  What follows must open like text: a capitalised word, a digit,
    a quote or an all-capital dateline ("TOLEDO, Ohio --"), three words or more."""
    toks = _byline_tokens(line[start:])
    toks = [(s + start, t) for s, t in toks]
    if len(toks) < 4 or toks[0][1] != "By":
        return None
    got = _names_end(toks, 1, line)
    if got is None:
        return None
    j, names = got
    name_words = {w for n in names for w in n.split()}
    outlet = role = place = filed = None
    for _ in range(5):
        if j >= len(toks):
            break
        tok = toks[j][1]
        if tok == "in" and filed is None and place is None and outlet is None and role is None:
            # where the writer filed from, straight after the names: "By Jo Roe in Mexico City ..."
            p = _place_end(toks, j + 1, counts, name_words)
            if p is None:
                return None
            filed = line[toks[j + 1][0] : toks[p - 1][0] + len(toks[p - 1][1])]
            j = p
            continue
        comma = tok == ","
        k = j + 1 if comma or (tok == "for" and _outlet_at(line, toks, j + 1) > j + 1) else j
        o = _outlet_at(line, toks, k)
        if o > k:
            outlet = outlet or line[toks[k][0] : toks[o - 1][0] + len(toks[o - 1][1])]
            j = o
            continue
        r = _role_at(toks, k)
        if r > k:
            role = role or line[toks[k][0] : toks[r - 1][0] + len(toks[r - 1][1])]
            j = r
            continue
        if not comma:
            break
        p = _place_end(toks, k, counts, name_words)
        if p is None:
            return None
        piece = line[toks[k][0] : toks[p - 1][0] + len(toks[p - 1][1])]
        place = f"{place}, {piece}" if place else piece
        j = p
    if j < len(toks):
        first = toks[j][1]
        if len(toks) - j < MIN_WORDS or not (
            _capitalised(first) or first[:1].isdigit() or first[:1] in "\"'`“‘(" or first == "-LRB-"
        ):
            return None
    end = toks[j][0] if j < len(toks) else len(line)
    return GluedByline(start=start, end=end, authors=names, outlet=outlet, role=role, place=place, filed=filed)


def caption_end(text: str, counts: CaseCounts) -> int | None:
    """Offset where the first sentence starts after a picture caption glued before it ("Michael
    Jackson died in June 2009 Michael Jackson was ...", "... to clean oiled birds Fast Engineering
    specialises in ..."): the first boundary within ``MAX_CAPTION_WORDS`` words where
    :func:`glued_boundaries` would cut, or a clause led by a capitalised word starts
    (:func:`_subject_starts` in caption mode).  Used only right after a byline, where a caption is
    expected; the caption keeps three words or more and the sentence four or more."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    cuts = glued_boundaries(text, counts)
    for i in range(MIN_WORDS, min(len(toks) - 4, MAX_CAPTION_WORDS + 1)):
        if toks[i][0] in cuts or _subject_starts(toks, i, counts, caption=True):
            return toks[i][0]
    return None


# A caption or headline glued before a sentence that opens with a name ("... when he died in 2009
# Michael Jackson died in June 2009 aged 50 ...", "Singer 'cancels tour' Dr Roe was bailed ...").
NAME_TITLES = frozenset([
    "Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "President", "Sir", "Lord", "Lady", "Judge",
    "Senator", "Sen", "Gov", "Governor", "Rep", "Gen", "General", "Adm", "Capt", "Rev", "Pope", "King",
    "Queen", "Prince", "Princess", "Dame", "Mayor"
])  # fmt: skip
"""Titles that open a name ("Dr Roe", "President Avel"); written with or without a full stop."""
FINITE = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "must", "should", "shall", "did", "does", "died", "told", "said", "made", "took", "gave", "went",
    "came", "won", "lost", "left", "found", "held", "met", "led", "paid", "sold", "spent", "built",
    "brought", "bought", "began", "fell", "felt", "got", "grew", "kept", "knew", "ran", "saw", "sent",
    "stood", "struck", "thought", "wrote", "rose", "sank", "spoke", "threw", "caught", "fought",
    "sought", "broke", "chose", "drove", "flew", "became", "says", "tells"
])  # fmt: skip
"""Finite verbs that are not written with -ed (auxiliaries and common irregular pasts)."""
SAYING = frozenset([
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns", "insisted",
    "insists", "claimed", "claims", "argued", "argues", "explained", "stated", "noted", "wrote",
    "writes", "asked", "asks", "replied", "announced", "confirmed", "revealed", "admitted", "denied",
    "suggested", "reported", "think", "thinks", "thought", "believe", "believes", "believed", "know",
    "knows", "knew", "hope", "hopes", "hoped", "fear", "fears", "feared", "expect", "expects",
    "expected", "heard", "learned", "learnt", "realised", "realized", "agreed", "felt", "feel",
    "means", "meant", "quoted", "saying", "testified", "recalled"
])  # fmt: skip
"""Verbs of saying and thinking: after them a name and a verb go on as their object ("he told the
court in 2010 Roe had ..."), and before them a name after a quotation is its speaker."""
LINKS = frozenset([
    "that", "which", "who", "whom", "whose", "when", "while", "if", "because", "whether", "where",
    "although", "though", "unless", "whereas", "and", "but", "or", "nor", "yet"
])  # fmt: skip
"""Words that open a clause inside a sentence; the clause must be complete before a boundary ("...
may be self-destructing, but old Roe is" goes on)."""
LEADS = frozenset([
    "when", "while", "if", "because", "whether", "where", "although", "though", "unless", "after",
    "before", "since", "as", "until", "once", "despite", "by", "with", "without", "for", "from",
    "on", "in", "at", "during", "following", "like", "unlike", "given", "but", "and", "yet", "so",
    "then", "also", "earlier", "later", "last", "this", "next", "by", "according", "to", "of"
])  # fmt: skip
"""Lower-cased, these open a fronted phrase or a clause that runs on into the main clause ("When he
died in 2009 Roe was ...", "Last week Mr Roe said ..."): a piece opening with one is no caption."""
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NAME_PART = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?")
_OPEN_QUOTES = ("`", "‘", "'", "“", '"')
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "each", "every"]
)


_PAST_EED = frozenset(["agreed", "disagreed", "freed", "decreed", "guaranteed", "refereed", "emceed", "teed"])
"""The few "-eed" words that are past tenses; the others are presents or nouns ("need", "speed",
"feed", "proceed", "exceed", "succeed", "greed", "indeed")."""
NOT_PAST_ED = frozenset([
    "hundred", "kindred", "hatred", "sacred", "infrared", "naked", "wicked", "rugged", "ragged",
    "jagged", "crooked", "wretched", "beloved", "shred", "sled", "bobsled", "embed", "biped",
])  # fmt: skip
"""Words written in "-ed" that are no past tense or participle (numbers, adjectives, nouns)."""
_NOT_PAST_ED_ENDS = (
    "seabed", "riverbed", "lakebed", "streambed", "hotbed", "deathbed", "sickbed", "flowerbed", "testbed",
    "flatbed", "waterbed", "seedbed", "bloodshed", "watershed", "woodshed", "cowshed",
)  # fmt: skip
"""... nor are compounds of "bed" and "shed" ("seabed", "bloodshed"; "bombed", "pushed" are verbs)."""


def _finite(word: str) -> bool:
    """Whether ``word`` is a finite verb or a past participle: an auxiliary or a common irregular past
    (:data:`FINITE`), or a lower-case word in "-ed" that is no present in "-eed" ("need", "proceed":
    :data:`_PAST_EED` holds the pasts), no noun or adjective (:data:`NOT_PAST_ED`) and no compound of
    "bed" or "shed" ("seabed", "bloodshed")."""
    w = word.strip("'’\",:;")
    if w in FINITE:
        return True
    if not (w.islower() and len(w) > 3 and w.endswith("ed")):
        return False
    if w.endswith("eed"):
        return w in _PAST_EED
    return w not in NOT_PAST_ED and not w.endswith(_NOT_PAST_ED_ENDS)


def _name_run(toks: list[tuple[int, str]], i: int) -> int | None:
    """Index after a name at token ``i`` (a title, then one to three capitalised words, no month or
    weekday, no word that opens sentences), or None."""
    j = i + 1 if toks[i][1].rstrip(".") in NAME_TITLES else i
    start = j
    while j < len(toks) and j - start < 4 and _NAME_PART.fullmatch(toks[j][1]):
        w = toks[j][1].lower()
        if w in OPENERS or w in LEADS or w in _NOT_NAME or w == "may":
            return None
        if j > start and toks[j][1] in NAME_TITLES:
            break  # a second name starts ("... Jackson Dr Roe is"): this run is no subject
        j += 1
    if j == start or j - start > 3:
        return None
    return j


def _quote_closes(toks: list[tuple[int, str]], last: int, i: int, single: bool) -> bool:
    """Whether token ``i - 1`` closes a quotation opened in the piece starting at token ``last`` that
    holds a lower-case word and ends with no comma ("cancels tour'", "` cancels tour '")."""
    prev = toks[i - 1][1]
    if prev in ("'", "''", "’", "”", '"'):
        inner_end = i - 1
        if inner_end - 1 < last or toks[inner_end - 1][1] in (",", ".", ":", ";"):
            return False
    elif prev[-1:] in "'’”\"" and len(prev) > 1 and prev[-2:-1].isalpha():
        inner_end = i
    else:
        return False
    for k in range(inner_end - 1, last - 1, -1):
        t = toks[k][1]
        if t in ("``", "`", "‘", "“", '"') or (t[:1] in _OPEN_QUOTES and len(t) > 1 and t[1:2].isalpha()):
            words = [w for w in (t.strip("`'‘’“”\"") for _, t in toks[k:inner_end]) if w]
            before = toks[k - 1][1].lower() if k > last else ""
            if _TITLE_WORD.fullmatch(toks[k - 1][1]) and k > last and single:
                return False  # a nickname inside a name ("Jo 'the fixer' Roe was")
            if before in NO_HEADLINE_END or before in ("'s", "’s") or before.endswith(("'s", "’s")):
                return False  # a quoted label inside a phrase ("the critic and 'local hero' Jo Roe")
            return len(words) >= 2 and any(_LOWER_WORD.fullmatch(w) for w in words)
    return False


def _same_subject(toks: list[tuple[int, str]], last: int, name: list[str]) -> bool:
    """Whether the piece starting at token ``last`` opens with the same name (or a longer form of it)
    and a finite verb: a caption about the person the sentence after it is about too ("Jo Roe was
    ... arm Jo Roe is", "Dr Jo Roe was ... Roe has")."""
    j = _name_run(toks, last)
    if j is None or j >= len(toks) or not _finite(toks[j][1]):
        return False
    first = [t for _, t in toks[last:j] if t.rstrip(".") not in NAME_TITLES]
    return len(first) >= len(name) and first[len(first) - len(name) :] == name


def _appositive_repeat(toks: list[tuple[int, str]], last: int, i: int, j: int) -> bool:
    """Whether a name at tokens ``i:j`` followed by ", who" starts a sentence after a caption about
    the same person ("Dr Roe was speaking to a radio show which aired on Friday night Dr Jo Roe, who
    was ..."): the piece starting at ``last`` opens with a name and a finite verb, its surname is the
    new name's, and the word before the new name is a lower-case word a caption may end on.  Prose
    does not name again the person its clause is about, straight after a word that ends no clause."""
    if j >= len(toks) - 1:
        return False
    surname = toks[j - 1][1]
    if toks[j][1] != "," or toks[j + 1][1] != "who":
        tok = toks[j][1]  # plain text writes the comma on the name: "Jo Roe, who"
        if not (tok.endswith(",") and _NAME_PART.fullmatch(tok[:-1]) and toks[j + 1][1] == "who"):
            return False
        surname = tok[:-1]
    prev = toks[i - 1][1]
    if not _LOWER_WORD.fullmatch(prev) or prev in NO_HEADLINE_END or prev in OPENERS or prev in _NOT_BEFORE_SUBJECT:
        return False
    if prev in ROLES or surname in NAME_TITLES:
        return False
    k = _name_run(toks, last)
    if k is None or k >= len(toks) or k > i or not _finite(toks[k][1]):
        return False
    return toks[k - 1][1] == surname


MAX_HEADLINE_WORDS = 16
"""Words a headline holds at most (the piece before a name that repeats one of its names)."""
_BRACKET_OPEN = ("(", "-LRB-")
_BRACKET_CLOSE = (")", "-RRB-")


def _present_or_finite(word: str) -> bool:
    """A finite verb (:func:`_finite`) or a present-tense third-person verb, as headlines and captions
    write them ("gives", "makes"), not a plural noun after a determiner (checked by the caller)."""
    w = word.strip("'’\",:;")
    return _finite(w) or (w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _headline_repeats(toks: list[tuple[int, str]], i: int, j: int) -> bool:
    """Whether a name at tokens ``i:j`` opens a sentence (or caption) glued after the headline that
    starts the line and names the same person ("Jo Roe's doctor Al Poe gives TV interview Dr Poe was
    speaking ...", "Roe Calls for Debate Delay Sen. Jo Roe (D-Ohio) makes a statement ..."): the
    headline (the tokens before ``i``) holds at most ``MAX_HEADLINE_WORDS`` words, no comma, sentence
    end, bracket, quotation or clause link, no past tense or auxiliary (a caption's tenses: "Jo Roe
    will perform ...", "Stars performed ..."), a present-tense verb, and the name's last word; the word before the name is
    a lower-case word a headline may end on, or — in a title-case headline — a capitalised word when
    the name opens with a title ("Sen.", "Dr"); without a title the word before that one is not
    capitalised (a role: "Film actor Jo Roe"); after the name (and a bracket, a party or a state)
    comes a finite or present-tense verb.  Prose names the person again with a pronoun, not by
    repeating the name straight after a word that ends no clause."""
    head = [t for _, t in toks[:i]]
    if not MIN_WORDS <= len(head) <= MAX_HEADLINE_WORDS:
        return False
    if any(
        t in (",", ".", "!", "?", ":", ";", "``", "''", '"', *_BRACKET_OPEN) or t.endswith((",", ".", "!", "?"))
        for t in head
    ):
        return False
    lower = [t.lower() for t in head]
    if any(w in LINKS or w in SAYING or _finite(w) for w in lower):
        return False  # a past tense or an auxiliary: a caption ("Jo Roe was hurt in the blast") or prose
    name = [t for _, t in toks[i:j] if t.rstrip(".") not in NAME_TITLES]
    if not name or name[-1] not in head[:-1]:
        return False
    prev = head[-1]
    titled = toks[i][1].rstrip(".") in NAME_TITLES
    if _LOWER_WORD.fullmatch(prev):
        if prev in NO_HEADLINE_END or prev in OPENERS or prev in _NOT_BEFORE_SUBJECT or prev in ROLES:
            return False
        if not titled and head[-2][:1].isupper():
            return False  # a role before the name ("... Hollywood actor Jo Roe has"); a title opens a name
    elif not (titled and _TITLE_WORD.fullmatch(prev) and _title_case(head)):
        return False
    k = j
    if k < len(toks) and toks[k][1] in _BRACKET_OPEN:  # "Sen. Jo Roe (D-Ohio) makes"
        close = next((m for m in range(k + 1, min(len(toks), k + 8)) if toks[m][1] in _BRACKET_CLOSE), None)
        if close is None:
            return False
        k = close + 1
    if k >= len(toks) or not _present_or_finite(toks[k][1]):
        return False
    title_case = _title_case(head)
    return any(_present_or_finite(t.lower() if title_case else t) for t in head if title_case or t.islower())


def names_headline_subject(head: str, rest: str) -> bool:
    """Whether ``rest`` opens with a name that the headline ``head`` before it holds, read as a glued
    headline by :func:`_headline_repeats` ("Jo Roe's doctor Al Poe gives interview" + "Dr Poe was ...")."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(f"{head} {rest}")]
    i = len(head.split())
    j = _name_run(toks, i) if i < len(toks) else None
    return j is not None and j < len(toks) and _headline_repeats(toks, i, j)


def glued_names(line: str, counts: CaseCounts | None = None) -> list[int]:
    """Offsets inside a line where a sentence led by a name starts straight after a caption or a
    headline that lost its line break.  A name (a title, then one to three capitalised words; with
    ``counts``, not an ordinary word the text writes in lower case) followed by a finite verb starts a
    sentence, with no punctuation before it, only after:

    * a quotation closed with no comma, holding a lower-case word and not opened after a function
      word or a possessive ("Jo Roe 'cancels tour' Dr Avel was bailed ..."); the name is not the
      speaker ("... '' Mr Avel said"), unless it repeats a name before the quotation;
    * a year not after a determiner ("... when she died in 2009 Jo Roe died in June ..."), no fronted
      phrase before it ("In 1901 Roe was living");
    * a lower-case word, when the piece opened with the same name and a verb (a caption about the
      person: "Jo Roe was hurt in the blast Jo Roe is now ..."), not after a role ("Party chair Jo Roe").

    After a year or a word the piece must read as a complete clause: it has a finite verb, opens with
    no fronted phrase or conjunction ("When she died in 2009 Roe was", "Last week Roe said"), holds no
    verb of saying or thinking ("he told the court in 2010 Roe had"), and its last clause after
    "that", "which", "and" ... has a verb of its own ("It emerged that in 2009 Roe had").  No cut
    inside brackets; each piece keeps three words or more and the sentence five or more."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    cuts: list[int] = []
    last = 0
    for i in range(MIN_WORDS, len(toks) - 4):
        if i - last < MIN_WORDS:
            continue
        j = _name_run(toks, i)
        if j is None or j >= len(toks):
            continue
        if not _finite(toks[j][1]):
            if (last == 0 and _headline_repeats(toks, i, j)) or _appositive_repeat(toks, last, i, j):
                cuts.append(toks[i][0])
                last = i
            continue
        piece = [t for _, t in toks[last:i]]
        lower = [t.lower() for t in piece]
        name = [t for _, t in toks[i:j] if t.rstrip(".") not in NAME_TITLES]
        common = counts is not None and len(name) == j - i and counts.common(name[0])  # "Police", "Comment"
        bare = [t.strip(":,;'’\"`‘“”") for t in piece]
        repeated = any(bare[k : k + len(name)] == name for k in range(len(bare)))
        saying_after = toks[j][1] in SAYING
        prev = piece[-1]
        if _quote_closes(toks, last, i, single=j - i == 1):
            kind = "quote"
        elif common:
            continue  # a capitalised ordinary word after a year or a word: a heading, not a subject
        elif _YEAR.fullmatch(prev) and (len(piece) < 2 or lower[-2] not in _DETERMINERS):
            if any(t[:1].isupper() and t.lower() in LEADS for t in piece[-4:-1]):
                continue  # "... In 1901 Roe was living": the year ends a fronted phrase
            kind = "year"
        elif last == 0 and _headline_repeats(toks, i, j):
            kind = "headline"
        elif _LOWER_WORD.fullmatch(prev) and _same_subject(toks, last, name):
            if prev in NO_HEADLINE_END or prev in OPENERS or prev in _NOT_BEFORE_SUBJECT or prev in ROLES:
                continue
            if any(t[:1].isupper() or t == ":" for t in piece[-4:-1]):
                continue  # a role before the name ("Party vice chair Jo Roe"), or a label ("...: Jo Roe")
            kind = "lower"
        else:
            continue
        if kind == "quote" and saying_after and not repeated:
            continue  # "... '' Mr Roe said": the speaker of the quotation
        opened = sum(piece.count(b) for b in ("(", "-LRB-")) + sum(t.startswith("(") and len(t) > 1 for t in piece)
        if opened > sum(piece.count(b) for b in (")", "-RRB-")) + sum(t.endswith(")") and len(t) > 1 for t in piece):
            continue  # inside brackets ("... (yes Roe is ...")
        if kind not in ("quote", "headline"):
            if lower[0] in LEADS or any(w in SAYING for w in lower):
                continue
            links = [k for k, w in enumerate(lower) if w in LINKS]
            if not any(_finite(w) for w in piece[links[-1] + 1 if links else 0 :]):
                continue  # "It emerged that in 2009 Roe ...": the clause after "that" goes on
            if links and not any(_finite(w) for w in piece[: links[0]]):
                continue
        cuts.append(toks[i][0])
        last = i
    return cuts


_BOX_ITEM = re.compile(r"(?:^|(?<=\s))[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,5}?(?<=[A-Za-z])\s*:\s*(?:[$#€£]\s?)?\d")
"""A fact-box item: a short label, a colon and a figure ("Clean-up costs so far: $990m",
"Size: 396ft"); the label ends on a letter, so a clock ("at 10:30") is none."""
_MONTHS = frozenset(m for m in calendar.month_name if m)
_MONTH_ABBR = frozenset(m for m in calendar.month_abbr if m) | {"Sept"}
_WEEKDAYS = frozenset(calendar.day_name)
_FIGURE_END = re.compile(r".*\d.*|[mk]|bn|tn|%|p|ft|m|km|kg|pence|cents?|-RRB-|\)")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)\]]*$")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}\.|[A-Za-z](?:\.[A-Za-z])+\.")
"""A full stop that ends no sentence: "Mr.", "Adm.", "U.S."."""
_SAYING = frozenset(["said", "says", "told", "tells", "asked", "added", "say", "tell"])
MAX_BOX_ITEM = 20
"""Words in one fact-box item at most: a figure and its label, or a one-line statement."""
MIN_BOX_REST = 6
"""Words the sentence after a fact box keeps at least."""


def _item_opens(toks: list[tuple[int, str]], i: int, line: str) -> bool:
    """Whether a fact-box item or the sentence after the box can open at token ``i``: a word followed by
    one in lower case, a name followed by one ("Adm Jo Roe said"), or a label with its figure — not
    the rest of a name or an amount ("27 July", "$30 Billion Blowout")."""
    nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
    if _LOWER_WORD.fullmatch(nxt) or _BOX_ITEM.match(line, toks[i][0]):
        return True
    j = _name_run(toks, i)
    return j is not None and j < len(toks) and _LOWER_WORD.fullmatch(toks[j][1]) is not None


def fact_box_end(line: str) -> int | None:
    """Offset where a fact box glued before a paragraph ends inside ``line`` (``len(line)`` when the
    whole line is the box), or None when the line holds none.

    Pages flattened to text glue a sidebar of figures to the paragraph it stood beside ("Clean-up
    costs so far: $990m Dividend due on 21 June At its worst the firm lost 34% of its value The
    company said ..."): items with no final punctuation, each with a figure.  A line is read as one
    only when an item of the form label, colon, figure (:data:`_BOX_ITEM`) stands before its first
    sentence end.  The box is then cut item by item where a capitalised word follows a figure (a
    number, an amount, a date, a closing bracket) or a lower-case word a caption may end on; a cut
    is taken only when the item before it holds a figure, has at most ``MAX_BOX_ITEM`` words and no
    sentence end, and does not end on a word of saying ("... told" goes on into a name).  The first
    item must reach the labelled figure, and what follows the last item must be a sentence of
    ``MIN_BOX_REST`` words or more — or nothing but more box (the line has no final punctuation)."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    first_stop = next(
        (k for k, (_, t) in enumerate(toks) if _SENTENCE_STOP.search(t) and not _ABBREVIATION.fullmatch(t)), len(toks)
    )
    head_end = toks[first_stop][0] if first_stop < len(toks) else len(line)
    if line[:1] in "`'\"“‘":
        return None  # a quotation
    quoted = _box_before_quote(line, toks)
    if quoted is not None:
        return quoted
    item = _BOX_ITEM.search(line[:head_end])
    if item is None:
        return _bare_box_end(line, toks, first_stop)
    start = 0  # token index where the current item starts
    end: int | None = None  # offset where the last accepted item ends
    items = 0
    for i in range(1, first_stop):
        tok, prev = toks[i][1], toks[i - 1][1]
        if not tok[:1].isupper() or not tok[:1].isalpha():
            continue
        before_prev = toks[i - 2][1] if i >= 2 else ""
        figure = bool(_FIGURE_END.fullmatch(prev)) or (prev in _MONTHS and before_prev.isdigit())
        caption_end = _LOWER_WORD.fullmatch(prev) is not None and prev not in NO_HEADLINE_END
        if not (figure or caption_end) or prev in _SAYING or tok in _MONTHS:
            continue
        if not _item_opens(toks, i, line):
            continue
        words = [t for _, t in toks[start:i]]
        if len(words) > MAX_BOX_ITEM or not any(ch.isdigit() for t in words for ch in t):
            continue
        if end is None and toks[i][0] < item.end():
            continue  # the first item reaches the labelled figure
        end, start, items = toks[i][0], i, items + 1
    rest = toks[start:]
    if end is not None and first_stop >= len(toks) and len(rest) <= MAX_BOX_ITEM:
        return len(line)  # no final punctuation: the rest is the box's last item
    if end is None or items < 2 or len(rest) < MIN_BOX_REST:
        return None  # a box holds two items or more, and a sentence follows it
    return end


_OPEN_QUOTE = re.compile(r"``|[“\"‘]\S*")
_BOX_LABEL = re.compile(r"(?:^|(?<=\s))[A-Z][\w'’\-]*(?:\s*,?\s+[\w'’\-]+){0,8}?(?<=[A-Za-z])\s*:\s+(?=\S)")
"""A fact-box label and its colon ("Mexico: ", "Israel, Brazil and Peru: ")."""
MIN_QUOTE_LABELS = 2
"""Labels at least in a fact box glued before a quotation."""
MAX_QUOTE_BOX = 60
"""Words at most in a fact box glued before a quotation."""


def _box_before_quote(line: str, toks: list[tuple[int, str]]) -> int | None:
    """Offset of the quotation a fact box is glued to ("Mexico: 20 confirmed cases United States: 40
    confirmed cases "The commission is following ...," said ..."), or None.  Such a box has no
    capitalised word after its last item for :func:`fact_box_end` to cut at, and read as one sentence
    it gives its figures to the quotation's speaker.  The box before the opening quote mark holds
    ``MIN_QUOTE_LABELS`` labels with a colon or more (one with a figure: :data:`_BOX_ITEM`), no
    sentence end and ``MAX_QUOTE_BOX`` words at most; the quote mark follows a word or a figure (not a
    colon or comma that introduces the quotation), and the quotation runs to a sentence end
    ``MIN_BOX_REST`` words or more later."""
    for q, (at, tok) in enumerate(toks[:MAX_QUOTE_BOX]):
        if not _OPEN_QUOTE.fullmatch(tok) or tok.startswith(("'", "’")):
            continue
        if q == 0 or not toks[q - 1][1][-1:].isalnum() or toks[q - 1][1] in _SAYING:
            return None
        head = line[:at]
        if any(_SENTENCE_STOP.search(t) and not _ABBREVIATION.fullmatch(t) for _, t in toks[:q]):
            return None
        if len(_BOX_LABEL.findall(head)) < MIN_QUOTE_LABELS or not _BOX_ITEM.search(head):
            return None
        rest = toks[q:]
        if len(rest) < MIN_BOX_REST or not any(_SENTENCE_STOP.search(t) for _, t in rest):
            return None
        return at
    return None


MIN_BARE_ITEMS = 3
"""Items with a figure that open a fact box with no "label: figure" item."""
MAX_BARE_ITEM = 14
"""Words in one item of such a box at most."""


def _box_cuts(toks: list[tuple[int, str]], line: str, stop: int) -> list[int]:
    """Token indices before ``stop`` where a fact-box item can open (the cut test of :func:`fact_box_end`),
    or the sentence after the box: a sentence opener ("... 800 dead The bank said"), or a name and a
    comma ("... 800 dead Canada, Australia and ...")."""
    out = []
    for i in range(1, stop):
        tok, prev = toks[i][1], toks[i - 1][1]
        if not tok[:1].isupper() or not tok[:1].isalpha() or tok in _MONTHS or prev in _SAYING:
            continue
        before_prev = toks[i - 2][1] if i >= 2 else ""
        figure = bool(_FIGURE_END.fullmatch(prev)) or (prev in _MONTHS and before_prev.isdigit())
        caption_end = _LOWER_WORD.fullmatch(prev) is not None and prev not in NO_HEADLINE_END
        nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
        listed = _NAME_PART.fullmatch(tok[:-1]) if tok.endswith(",") else nxt == "," and _NAME_PART.fullmatch(tok)
        sentence = tok in SENTENCE_OPENERS or bool(listed)
        if (figure or caption_end) and (sentence or _item_opens(toks, i, line)):
            out.append(i)
    return out


def _bare_box_end(line: str, toks: list[tuple[int, str]], first_stop: int) -> int | None:
    """:func:`fact_box_end` for a box with no colon ("Population of 10 million Most live on less than
    $2 a day Democratic rule restored in 2006 ..."): the line opens with ``MIN_BARE_ITEMS`` items or
    more in a row (cut as :func:`fact_box_end` cuts), each of three to ``MAX_BARE_ITEM`` words with
    a figure or a year.  Items with no figure go on the box only between two with one (at most two
    in a row: "Economy in ruins"); the box ends before the last item with a figure, and what follows
    must be a sentence of ``MIN_BOX_REST`` words or more — or, in a line with no final punctuation,
    one more item."""
    cuts = _box_cuts(toks, line, first_stop)
    bounds = [0, *cuts]
    pieces = [(a, b) for a, b in itertools.pairwise([*bounds, first_stop])]

    def fits(a: int, b: int) -> bool:
        return MIN_WORDS <= b - a <= MAX_BARE_ITEM

    def figure(a: int, b: int) -> bool:
        return any(ch.isdigit() for _, t in toks[a:b] for ch in t)

    if len(pieces) < MIN_BARE_ITEMS + (first_stop < len(toks)):
        return None
    if not all(fits(a, b) and figure(a, b) for a, b in pieces[:MIN_BARE_ITEMS]):
        return None
    end = MIN_BARE_ITEMS  # pieces[:end] are the box
    k = end
    while k < len(pieces) - 1 or (k < len(pieces) and first_stop >= len(toks)):
        a, b = pieces[k]
        if not fits(a, b):
            break
        if figure(a, b):
            end = k = k + 1
            continue
        k += 1
        if k - end > 2:
            break
    if first_stop >= len(toks) and end == len(pieces):
        return len(line)
    rest = len(toks) - pieces[end][0] if end < len(pieces) else 0
    if rest < MIN_BOX_REST:
        return None
    return toks[pieces[end][0]][0]


# A picture caption that names people by where they stand in the photo ("Jo Roe (L) greets Al Poe
# (R) in Port Avel on Monday.", "Officials (L-R) Jo Roe, Al Poe and ...").
_POSITION = re.compile(
    r"(?:\(|-LRB-)\s*(?P<m>L|R|C|left|right|centre|center|front|back|rear|top|bottom|(?P<nth>\d(?:st|nd|rd|th)\s+(?:L|R|left|right))|"
    r"(?P<row>L-R|l-r|R-L|from\s+(?:left|right)|left\s+to\s+right|clockwise\s+from\s+\w+(?:\s+left)?))\s*(?:\)|-RRB-)"
)
_PLAIN_POSITIONS = frozenset(["L", "left", "right", "centre", "center", "front", "back", "rear"])
"""Markers no other bracket writes after a name; "(R)" is a US party ("Sen. Jo Roe (R)") or a
trademark, "(C)" a party or a copyright, so alone they mark no caption."""
MAX_POSITION_LEAD = 8
"""Words at most before the first marker: the caption opens the line."""
MAX_POSITION_CAPTION = 70
"""Words a caption line holds at most (a group photo lists many names and roles)."""


def _marked_words(line: str, *, names: bool) -> list[re.Match[str]]:
    """The position markers in ``line`` that follow a word (a capitalised word, a name, with ``names``:
    "Jo Roe (L)"); a row marker ("(L-R)") may follow anything."""
    out = []
    for m in _POSITION.finditer(line):
        before = line[: m.start()].split()
        prev = before[-1].rstrip(",") if before else ""
        if m.group("row") or (prev[:1].isalpha() and (prev[:1].isupper() or not names)):
            out.append(m)
    return out


def position_caption(line: str) -> int | None:
    """Offset where a picture caption that opens ``line`` and places people in the photo ends
    (``len(line)`` for a whole-line caption), or None.

    A caption is read where the line holds a row marker ("(L-R)", "(from left)"), a marker only a
    photo writes after a name ("Jo Roe (left)", "(L)", "(centre)": :data:`_PLAIN_POSITIONS`; "(2nd L)"), or two
    different markers after words ("Jo Roe (R) listens to Al Poe (C)", "the tanker (L) and the barge
    (C)"); one "(R)" or "(C)" is a party,
    a trademark or a copyright sign.  The first marker stands within ``MAX_POSITION_LEAD`` words of
    the line's start.  After the last marker, a sentence glued to the caption starts at an opening
    quotation, at a capitalised sentence opener (:data:`SENTENCE_OPENERS`, :data:`MORE_OPENERS`) after
    a word a caption may end on, or at a name the caption holds after a lower-case word ("... of
    election news Jo Roe and ..."): the caption ends there.  With no such start, a line of at most
    ``MAX_POSITION_CAPTION`` words that ends a sentence is the caption as a whole."""
    marks = _marked_words(line, names=False)
    by_name = {m.group("m") for m in _marked_words(line, names=True)}
    plain = by_name & _PLAIN_POSITIONS or any(m.group("nth") for m in marks)  # "(2nd L)"
    if not (any(m.group("row") for m in marks) or plain or len({m.group("m") for m in marks}) >= 2):
        return None
    if len(line[: marks[0].start()].split()) > MAX_POSITION_LEAD:
        return None
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    first = next((k for k, (at, _) in enumerate(toks) if at >= marks[-1].end()), len(toks))
    words = {t.strip(",.;:") for _, t in toks[:first]} - NAME_TITLES
    for i in range(max(first + 1, MIN_WORDS), len(toks) - 2):
        tok, prev = toks[i][1], toks[i - 1][1]
        if prev[-1:] in ",;:.!?" or prev.lower() in NO_HEADLINE_END:
            continue
        quote = tok in ("``", '"', "“") or (tok[:1] in '"“' and tok[1:2].isalpha())
        opener = (tok in SENTENCE_OPENERS or tok in MORE_OPENERS) and _LOWER_WORD.fullmatch(toks[i + 1][1]) is not None
        j = _name_run(toks, i) if _LOWER_WORD.fullmatch(prev) else None
        named = j is not None and any(t in words for _, t in toks[i:j] if t.rstrip(".") not in NAME_TITLES)
        if quote or opener or named:
            return toks[i][0]
    words_in_line = sum(1 for _, t in toks if any(ch.isalnum() for ch in t))
    if words_in_line <= MAX_POSITION_CAPTION and re.search(r"[.!?][\"'”’)]*$|''$", line.rstrip()):
        return len(line)
    return None


def position_caption_after_headline(line: str) -> int | None:
    """Offset where a picture caption that places people in the photo starts after a headline that
    opens ``line`` ("Avel stars play match for flood victims Jo Roe (left) and Al Poe (right) greet
    fans ..."), or None: :func:`position_caption` reads the line from there, the name before the first
    marker (one to three capitalised words) follows a lower-case word a headline may end on, and the
    headline keeps ``MIN_WORDS`` to ``MAX_HEADLINE_WORDS`` words with no sentence end."""
    marks = _marked_words(line, names=True)
    if not marks or len(line[: marks[0].start()].split()) <= MAX_POSITION_LEAD:
        return None
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(line)]
    k = next(n for n, (at, _) in enumerate(toks) if at >= marks[0].start())  # the marker's first token
    for start in range(k - 1, max(k - 4, 0), -1):
        prev = toks[start - 1][1]
        if not _NAME_PART.fullmatch(toks[start][1]) or _name_run(toks, start) != k:
            continue
        if not _LOWER_WORD.fullmatch(prev) or prev in NO_HEADLINE_END or not MIN_WORDS <= start <= MAX_HEADLINE_WORDS:
            continue
        if any(_SENTENCE_STOP.search(t) for _, t in toks[:start]):
            return None
        if position_caption(line[toks[start][0] :]) is not None:
            return toks[start][0]
    return None


def reads_as_headline(text: str) -> bool:
    """Whether ``text`` (with no final punctuation) is written as a headline rather than a caption:
    no past tense and no auxiliary ("Avel declares flood emergency", "Flood toll 'may be 500'", unlike
    "Rescuers worked through the night", "Jo Roe will perform", "Aid has been flown in"), the tenses
    of a caption or a sentence (:func:`_finite`: "need" and "speed" are no pasts)."""
    return not any(_finite(w) for w in _TOKEN.findall(text))


MIN_STANDFIRST_WORDS = 4
"""Words at least in an unpunctuated standfirst or key-point bullet kept as text."""
_READER_WORDS = frozenset(["you", "your", "yourself", "yourselves"])


def _present_after_subject(toks: list[str], k: int) -> bool:
    """Whether token ``k`` is a present-tense verb in "-s" after a capitalised subject, as headlines
    and bullets write them ("Avel mourns ...", "Mayor Jo Roe resigns", "Company pins hope
    ..."): a lower-case word in "-s" (not "-ss", "-us", "-is") straight after a capitalised word or
    an acronym.  After a lower-case word it is as often a plural noun ("the best images")."""
    w, prev = toks[k], toks[k - 1] if k else ""
    if not (_LOWER_WORD.fullmatch(w) and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))):
        return False
    return prev.lower() not in OPENERS and re.fullmatch(r"[A-Z][\w'’\-]*", prev) is not None


def reads_as_standfirst(text: str) -> bool:
    """Whether ``text``, a piece with no final punctuation cut from a page's first line, is a
    standfirst or a key-point bullet written as a clause ("Avel mayor Jo Roe resigns over flood
    warnings", "Repairs could take until the spring", "Officials say the dam will hold") rather than
    a second headline, a label or a link: ``MIN_STANDFIRST_WORDS`` words at least, a finite verb
    (:func:`_finite`, a verb of saying, or a present in "-s" after its subject), mostly lower-case
    words (a title-case line is a headline or a link), not addressed to the reader ("Post your
    questions", "we need ...") and not ending on a word no clause ends on (a cut-off fragment)."""
    toks = [t.strip("'’\",:;‘“”`") for t in _TOKEN.findall(text)]
    toks = [t for t in toks if t]
    words = [t for t in toks if _ANY_WORD.fullmatch(t)]
    if len(words) < MIN_STANDFIRST_WORDS or toks[-1].lower() in NO_HEADLINE_END:
        return False
    if any(w.lower() in _READER_WORDS for w in words):
        return False
    content = [w for w in words if w.lower() not in NO_HEADLINE_END]
    if sum(w[:1].isupper() for w in content) >= 0.6 * len(content):
        return False
    saying = SAYING - {"saying"}
    return any(_finite(t) or t in saying or _present_after_subject(toks, k) for k, t in enumerate(toks))


BULLETS = frozenset(["•", "·", "●", "▪", "‣", "◦", "cents"])
"""Glyphs that mark the items of a key-point list; "cents" is how a research collection's conversion
wrote the bullet "•" (it stands for one only at the edge of a piece of a list that opens with it)."""


def bullet_deck(pieces: list[str]) -> bool:
    """Whether the pieces cut from a line are items of a key-point list: one opens with a bullet glyph
    (:data:`BULLETS`) followed by a capitalised word ("• Repairs could take months"), or one before
    the last ends with one ("Repairs could take months •")."""
    if any(p.split()[-1:] and p.split()[-1] in BULLETS for p in pieces[:-1]):
        return True
    return any(re.match(r"\S+\s+[A-Z]", p) is not None and p.split()[0] in BULLETS for p in pieces)


def split_bullets(piece: str) -> list[str]:
    """The items of a key-point list in a piece, split at its bullet glyphs (:data:`BULLETS`) that
    open an item (a capitalised word follows) or end the piece; the glyphs are dropped."""
    items: list[list[str]] = [[]]
    words = piece.split()
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in BULLETS and (not nxt or nxt[:1].isupper()):
            items.append([])
        else:
            items[-1].append(w)
    return [" ".join(item) for item in items if item]


# --------------------------------------------------------------------------- a live page's entries run together

_LINE_STAMP = re.compile(r"^[ \t]*[\"'“`]?(\d{4})(?!\d|'?s\b)(?=:?[ \t]*\S|[A-Z])", re.MULTILINE)
"""A four-digit number opening a line, the way a live page prints its entries' time stamps ("1628
Canada's ...", "1905: ..."); the same shape the time tagger reads as a live-page stamp."""
_MID_STAMP = re.compile(
    r"(?<=[^\s,;:(\[{/$£€#-])[ \t]+(?P<stamp>(?:[01]\d|2[0-3])[0-5]\d)"
    r"(?:[ \t]*(?:GMT|BST|UTC|local[ \t]+time))?:?[ \t]+(?=[\"“‘`']*[A-Z])"
)
"""A 24-hour clock standing alone in mid-line between the end of one entry (a word, a closing quote
or bracket, a full stop) and a capitalised word, with its zone or a colon if any."""
STAMP_YEAR_BEFORE = frozenset([
    "in", "since", "of", "from", "by", "until", "till", "before", "after", "the", "and", "or", "to",
    "between", "circa", "c", "ca", "during", "year", "years", "a", "an", "its", "his", "her", "their",
    "our", "my", "your", "this", "that", "s", "early", "late", "mid", "summer", "winter", "spring",
    "autumn", "fall", "at", "around", "about", "born", "b", "d", "died", "census", "class", "season",
    "vintage", "model", "flight", "route", "no", "number", "page", "room", "version", "than", "over",
    "under", "nearly", "almost", "some", "only", "just", "all", "for", "with", "per", "top",
])  # fmt: skip
"""Words before a four-digit number that make it a year or a quantity ("in 2009", "by 2050", "the 1990
law", "some 1500 people"), never a stamp opening the next entry."""
_DATE_WORDS = frozenset(
    w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr) if w
) | {"sept"}
#: years back from the publication year that a four-digit number may still be a year of the story (as
#: the time tagger's ``timex_lexicon.CLOCK_YEARS_BACK``)
STAMP_YEARS_BACK = 150
#: how many line-start stamps make a live page (a handful of dated lines is a list)
MIN_LIVE_STAMPS = 4
#: how many stamps of a live page make its order telling without implausible years
MIN_ORDERED_STAMPS = 10


def _not_a_year(y: int, pub_year: int | None) -> bool:
    return y < 1000 or y >= 2100 or (pub_year is not None and y <= pub_year - STAMP_YEARS_BACK)


def live_stamp_order(values: list[int], pub_year: int | None) -> int | None:
    """The order of a live page's line-start stamps (-1 descending, +1 ascending), or None when the
    numbers opening lines are no live page's stamps (the time tagger makes the same test through this
    function, :func:`storyline.annotate.timex._live_stamps`): four or more,
    every one shaped like a 24-hour clock, and either two in three cannot be a year of the story, or
    ten or more in one steady order with three past the publication year (a timeline of years does
    not run into the future)."""
    if len(values) < MIN_LIVE_STAMPS or any(v // 100 > 23 or v % 100 > 59 for v in values):
        return None
    minutes = [v // 100 * 60 + v % 100 for v in values]
    steps = [b - a for a, b in itertools.pairwise(minutes)]
    descending = sum(s < 0 for s in steps) >= sum(s > 0 for s in steps)
    steady = sum((s <= 0) if descending else (s >= 0) for s in steps) >= 0.9 * len(steps)
    if 3 * sum(_not_a_year(v, pub_year) for v in values) < 2 * len(values):
        later = sum(v < 1000 or (pub_year is not None and v > pub_year) for v in values)
        if len(values) < MIN_ORDERED_STAMPS or not steady or later < 3:
            return None
    return -1 if descending else 1


def _fits_between(v: int, before: int | None, after: int | None, order: int) -> bool:
    """Whether stamp ``v`` fits the page's order between the stamps above and below it (a jump against
    the order between them is a midnight crossed: then ``v`` is on either side of it)."""
    if order < 0:  # read a descending page as an ascending one
        before, after = after, before
    if before is None or after is None:
        return (before is None or v >= before) and (after is None or v <= after)
    if before <= after:
        return before <= v <= after
    return v >= before or v <= after


def live_stamp_breaks(text: str, pub_year: int | None = None) -> list[int]:
    """Offsets where a live page's entry starts in mid-line with its time stamp, its line break lost
    ("... may have been killed 2050 Avelia's president says ..."): on a live page (:func:`live_stamp_order`
    of the stamps opening lines and of the mid-line stamps with a colon, "... BBC News 1633: Jo Roe
    ..."), a 24-hour clock (:data:`_MID_STAMP`) between the end of an entry and a capitalised word,
    not after a word that makes it a year or a quantity (:data:`STAMP_YEAR_BEFORE`, a month or weekday,
    a number: "in 2009", "March 2010", "12 2050"), and fitting the page's order between the stamps
    above and below it (a year mentioned in an entry, "the 2004 tsunami", does not fall between 1220
    and 1200).  Read as a year, such a stamp dates whatever the entry before it says ("as of 2050")."""
    found: list[tuple[int, int, bool]] = []  # (position, stamp, written with a colon)
    for m in _MID_STAMP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = re.findall(r"[^\W_][\w'’.,\-]*", text[line_start : m.start()])
        prev = words[-1].strip(".,'’").lower() if words else ""
        if len(words) < 2 or not prev or prev in STAMP_YEAR_BEFORE or prev in _DATE_WORDS or prev[:1].isdigit():
            continue
        found.append((m.start("stamp"), int(m.group("stamp")), m.group().rstrip().endswith(":")))
    if not found:
        return []
    pool = sorted(
        [(m.start(1), int(m.group(1))) for m in _LINE_STAMP.finditer(text)]
        + [(pos, v) for pos, v, colon in found if colon]
    )
    order = live_stamp_order([v for _, v in pool], pub_year)
    if order is None:
        return []
    breaks: list[int] = []
    for pos, v, _ in found:
        above = [s for p, s in pool if p < pos]
        below = [s for p, s in pool if p > pos]
        if _fits_between(v, above[-1] if above else None, below[0] if below else None, order):
            breaks.append(pos)
    return breaks


def split_live_stamps(text: str, pub_year: int | None = None) -> str:
    """``text`` with a line break before each stamp :func:`live_stamp_breaks` finds (the spaces before
    it replaced), so that each entry opens its own line with its stamp, as a live page prints it."""
    breaks = live_stamp_breaks(text, pub_year)
    if not breaks:
        return text
    out: list[str] = []
    last = 0
    for at in breaks:
        out.append(text[last:at].rstrip(" \t"))
        out.append("\n")
        last = at
    out.append(text[last:])
    return "".join(out)


_CAPTION_DETERMINERS = frozenset(["A", "An", "The"])
_CAPTION_PREPS = frozenset([
    "in", "at", "aboard", "during", "near", "on", "off", "outside", "inside", "from", "over", "along", "after",
    "before", "of",
])  # fmt: skip
_CAPTION_FUNCTION = _CAPTION_PREPS | frozenset([
    "to", "for", "with", "by", "and", "or", "the", "a", "an", "into", "under", "across", "toward", "towards",
    "between", "among", "beside", "behind", "around", "via",
])  # fmt: skip
_CAPTION_NOT = frozenset([
    "i", "we", "you", "he", "she", "they", "it", "there", "this", "that", "these", "those", "who", "which",
    "what", "how", "when", "where", "why", "not", "no",
])  # fmt: skip
MIN_VERBLESS_CAPTION = 4
MAX_VERBLESS_CAPTION = 16


def verbless_caption(line: str) -> bool:
    """Whether ``line`` reads as a picture caption written as a noun phrase and a place or time, with
    no verb ("A campaign rally during Avel's election in December.", "The rescue boat aboard a barge
    off Bex."): ``MIN_VERBLESS_CAPTION`` to ``MAX_VERBLESS_CAPTION`` words opening with an article
    and ending with one full stop; no quotation, colon or question; no finite verb (:func:`_finite`),
    no lower-case word in "-s" (a present: "The spill spreads ...") and no pronoun or clause word; a
    lower-case word other than a preposition, an article or an "-ing" form never stands before a
    capitalised word, a number or an article (a bare verb and its object: "The storm hit Avel on
    Monday", "A panel put the toll at 50"); and a preposition leads to a name, a number or an
    article.  A story sentence may have this shape too ("The phone on the rig floor rang."): the
    caller reads it only where a caption stands (the body's first lines)."""
    line = re.sub(r"\s+(?=[.,]|['’]s\b)", "", line.strip())  # tokenised text: "Avel 's rally ." -> "Avel's rally."
    toks = line.split()
    if not MIN_VERBLESS_CAPTION <= len(toks) <= MAX_VERBLESS_CAPTION or toks[0] not in _CAPTION_DETERMINERS:
        return False
    if not line.endswith(".") or line.endswith("..") or re.search(r"[\"“”:;?!]|''|``|--", line):
        return False
    words = [t.strip(",.()") for t in toks]
    if any(_finite(w) or w.lower() in _CAPTION_NOT for w in words):
        return False
    if any(re.fullmatch(r"[a-z]+s", w) or w.lower().endswith(("n't", "'ll", "'re", "'ve", "'d")) for w in words[1:]):
        return False
    for k in range(1, len(toks) - 1):
        w, nxt = words[k], words[k + 1]
        if not w[:1].islower() or w in _CAPTION_FUNCTION or w.endswith("ing") or toks[k].endswith(","):
            continue
        if nxt[:1].isupper() or nxt[:1].isdigit() or nxt in ("the", "a", "an"):
            return False
    return any(
        words[k] in _CAPTION_PREPS
        and (words[k + 1][:1].isupper() or words[k + 1][:1].isdigit() or words[k + 1] in ("the", "a", "an"))
        for k in range(2, len(toks) - 1)
    )
