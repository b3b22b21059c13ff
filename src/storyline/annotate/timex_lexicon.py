"""Word lists for the temporal tagger (:mod:`storyline.annotate.timex`).

Plain constants only: no I/O, nothing compiled at import.
"""

from __future__ import annotations

from storyline.annotate.numbers import ONES, TENS

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_FULL = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

NUMBERS: dict[str, float] = {
    # the cardinal words themselves come from storyline.annotate.numbers (one table for the package)
    **{w: float(n) for w, n in {**ONES, **TENS}.items() if w != "zero"},
    "a": 1,
    "an": 1,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "thousand": 1000,
    "a thousand": 1000,
    "dozen": 12,
    "a dozen": 12,
    "half": 0.5,
    "a half": 0.5,
    "couple": 2,
    "a couple": 2,
    "a couple of": 2,
    "couple of": 2,
}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a number of", "numerous", "recent", "the coming", "coming")

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "last": 4,
    "final": 4,
}

# duration unit -> (TimeML designator, is a time unit (PT...), multiplier)
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
    "centurie": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
    "millennia": ("Y", False, 1000),
    "weekend": ("WE", False, 1),
}
UNIT_PRECISION: dict[str, str] = {
    "S": "second",
    "M": "month",
    "H": "hour",
    "D": "day",
    "W": "week",
    "Q": "quarter",
    "Y": "year",
    "WE": "week",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
    "midday": "MI",
    "noon": "MI",
    "dawn": "MO",
    "daybreak": "MO",
    "dusk": "EV",
}

# holidays with a fixed calendar day (lower case, single spaces): (month, day)
HOLIDAYS_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),  # the US name of the day as often as "the Fourth of July", not the month of July
    "veterans day": (11, 11),
    "boxing day": (12, 26),
    "bastille day": (7, 14),
}
# holidays whose day moves: (month, weekday Monday=0, nth in the month; -1 the last) or "easter" +- days
HOLIDAYS_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
}
HOLIDAYS_EASTER: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "palm sunday": -7,
    "ash wednesday": -46,
    "shrove tuesday": -47,
    "fat tuesday": -47,
    "maundy thursday": -3,
    "holy thursday": -3,
    "holy saturday": -1,
    "whit sunday": 49,
    "whit monday": 50,
}
# shopping days counted from (US) Thanksgiving Day
HOLIDAYS_AFTER_THANKSGIVING: dict[str, int] = {"black friday": 1, "cyber monday": 4}
# nouns a bare holiday name ("Christmas", "Easter", "Halloween") modifies when it names a kind of thing, not a day:
# "his Christmas card list", "a Christmas tree", "Easter eggs", "the office Christmas party" (held on some day
# before it), "Christmas shopping"; an event noun ("Independence Day celebration") keeps the day, and so does a
# name that says Day or Eve ("Christmas Day lunch"); a period ("Easter holidays") is read by HOLIDAY_PERIOD_NOUNS
HOLIDAY_THING_NOUNS = frozenset(
    {
        *("card", "cards", "tree", "trees", "list", "lists", "light", "lights", "decoration", "decorations"),
        *("present", "presents", "gift", "gifts", "shopping", "shopper", "shoppers", "sales", "spending"),
        *("party", "parties", "carol", "carols", "song", "songs", "single", "album", "number", "market"),
        *("markets", "jumper", "jumpers", "stocking", "stockings", "pudding", "puddings", "cake", "cakes"),
        *("turkey", "turkeys", "egg", "eggs", "bunny", "costume", "costumes", "tradition", "traditions"),
        *("spirit", "cheer", "bonus", "bonuses", "menu", "advert", "adverts", "ad", "ads", "special"),
        *("finale", "episode", "edition", "resolution", "resolutions", "wish", "bonanza", "trading"),
    }
)
# capitalised words after a bare holiday name that still leave it the holiday ("Christmas Day", "Easter Sunday",
# "Christmas Eve", "Easter Rising" is an event of a year the text gives): any other capitalised word makes a name
# ("Christmas Island", "Easter Island")
HOLIDAY_NAME_NOT_AFTER = frozenset(
    {"day", "eve", "sunday", "monday", "weekend", "rising", "uprising", "offensive", "truce", "ceasefire", "attack"}
    | {"message", "address", "speech", "service", "mass", "vigil", "parade", "holiday", "holidays", "period"}
    | {"season", "break", "recess", "week", "the", "a", "and", "or", "but", "this", "last", "next", "i", "we", "he"}
    | {"she", "they", "it", "when", "while", "as", "in", "on", "at", "for", "with", "after", "before", "said"}
    | {"mr", "mrs", "ms", "dr", "sir", "president", "minister"}
)
# nouns after a bare holiday name that make it the days around it, not its one day ("the Christmas period", "the
# Easter holidays", "over the Thanksgiving weekend"): read as the holiday's month, approximately
HOLIDAY_PERIOD_NOUNS = frozenset(
    {"period", "holiday", "holidays", "season", "break", "recess", "weekend", "fortnight", "week", "getaway", "rush"}
    | {"hols", "vacation", "festivities", "term"}
)
# words after a capitalised "Today" or "Tonight" that make it a programme's or a paper's name, no day ("BBC
# Radio 4's Today programme", "the Today show", "Today presenter John Humphrys")
DAYWORD_TITLE_NOUNS = frozenset(
    {"programme", "programmes", "program", "programs", "show", "shows", "presenter", "presenters", "host"}
    | {"newspaper", "interview", "studio", "audience", "team", "editor", "broadcast"}
)
# lower-case words right before a capitalised "Today" or "Tonight" inside a line that make it a programme's name: a verb
# of telling or a preposition taking it as an object ("told Today", "speaking on Today", "an interview with Today")
DAYWORD_TITLE_AFTER = frozenset({"told", "tells", "tell", "telling", "on", "to", "with", "in"})
# a word before a capitalised "Today" that makes it a name ("USA Today")
DAYWORD_TITLE_BEFORE = frozenset({"USA"})
# capitalised words that, right before a capitalised "Today" or "Tonight", make no name with it ("And Today ...",
# "Monday Tonight" is handled as a weekday): sentence openers, prepositions, adverbs and days
DAYWORD_NOT_NAME_BEFORE = frozenset(
    {
        *("and", "but", "so", "yet", "even", "only", "also", "then", "now", "here", "there", "until", "till", "since"),
        *("from", "as", "for", "still", "just", "by", "on", "in", "at", "of", "to", "with", "not", "or", "if", "when"),
        *("while", "because", "before", "after", "again", "mr", "mrs", "ms", "dr", "i", "we", "he", "she", "they"),
        *("it", "you", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"),
        *("tomorrow", "today", "tonight", "earlier", "later", "quote", "update", "updated", "breaking", "news"),
    }
)
# nouns of people, of society and of standards that "today" qualifies when it means "nowadays", not the publication
# day: "today's teenagers", "the youth of today", "young people today", "life today is ...", "in today's money"
NOWADAYS_NOUNS = frozenset(
    {
        *("world", "society", "societies", "life", "lives", "people", "youth", "youngsters", "teenagers", "teens"),
        *("children", "kids", "generation", "generations", "parents", "families", "pensioners", "students"),
        *("pupils", "graduates", "adults", "women", "men", "girls", "boys", "consumers"),
        *("culture", "standards", "terms", "money", "dollars", "pounds", "values"),
        *("technology", "technologies", "medicine", "media", "mankind", "humanity", "civilisation", "civilization"),
        *("age", "era", "times", "politics", "politicians"),
    }
)
# words of a whole country or trade that "today" follows when it means "nowadays" ("the country today faces ...",
# "the industry today is safer than ..."), unless a progressive tells of the day's doing ("the nation today is mourning")
NOWADAYS_COLLECTIVES = frozenset({"country", "countries", "nation", "nations", "industry", "industries"})
# words in -ing that are nouns before a date as often as verbs ("during", "a meeting in May", "the drilling rig in
# April"): no verb of their own standing between a far past verb and a date (see timex._past_governs)
ING_NOUNS = frozenset(
    {
        *("during", "morning", "evening", "building", "meeting", "spring", "thing", "things", "king", "ceiling"),
        *("drilling", "wedding", "hearing", "bombing", "shooting", "funding", "training", "spending", "housing"),
        *("offering", "opening", "beginning", "ending", "landing", "briefing", "ruling", "filing", "trading"),
        *("sitting", "ring", "string", "nothing", "something", "anything", "everything", "fishing", "clothing"),
    }
)
# past verbs of telling, whose object may lie ahead ("told the companies of a cutback in September", "announced a
# rise in October"): no far past verb of this kind dates a date after it (see timex._past_governs)
REPORTING_PAST = frozenset(
    {
        *("said", "told", "announced", "warned", "reported", "confirmed", "revealed", "disclosed", "informed"),
        *("notified", "predicted", "promised", "pledged", "forecast", "projected", "estimated", "agreed", "approved"),
        *("proposed", "unveiled", "outlined", "signalled", "signaled", "indicated", "suggested", "ordered", "urged"),
    }
)
# present verbs that may put a date ahead in their clause ("before the rainy season begins in May", "after their
# mandate expires in December"): no far past verb governs a date after them
PRESENT_AHEAD_VERBS = frozenset(
    {
        *("is", "are", "am", "has", "have", "begins", "starts", "ends", "expires", "takes", "runs", "opens", "closes"),
        *("comes", "falls", "happens", "arrives", "occurs", "lasts", "remains", "stays", "says", "plans", "wants"),
        *("hopes", "expects", "needs", "intends", "aims", "goes", "gets", "becomes", "returns", "resumes"),
    }
)
# quantifiers standing for people before "today" ("few today are willing to ...", "many today would argue"): nowadays
NOWADAYS_QUANTIFIERS = frozenset({"few", "fewer", "many", "most", "none", "nobody"})
# adjectives that may stand between "today's" and such a noun ("today's young people", "today's modern world")
NOWADAYS_ADJECTIVES = frozenset({"young", "younger", "older", "modern", "average", "typical", "western", "global"})

# named days that are no day of the publication week: events of some year the text must give ("Bloody Sunday",
# "Black Monday"), or days whose date moves by year and place ("Super Tuesday" of a primary season).  Tagged as
# dates with no value, so that no weekday is guessed for them.  Title case, single spaces.
NAMED_EVENT_DAYS = frozenset(
    {
        "Black Monday",
        "Black Tuesday",
        "Black Wednesday",
        "Black Thursday",
        "Black Saturday",
        "Black Sunday",
        "Bloody Sunday",
        "Bloody Monday",
        "Bloody Friday",
        "Bloody Saturday",
        "Blue Monday",
        "Super Tuesday",
        "Super Saturday",
        "Super Sunday",
        "Giving Tuesday",
        "Small Business Saturday",
    }
)
# names holding a weekday that are no date at all: clubs, bands, shows, campaigns
WEEKDAY_IN_NAME = frozenset(
    {
        "Sheffield Wednesday",
        "Happy Mondays",
        "Soccer Saturday",
        "Meat-Free Monday",
        "Meat Free Monday",
        "Manic Monday",
        "Good Morning Sunday",
        "Sunday Bloody Sunday",
        # newspapers named "... on Sunday" ("the literary editor of Scotland on Sunday")
        *("Scotland on Sunday", "Wales on Sunday", "Independent on Sunday", "Mail on Sunday", "Express on Sunday"),
    }
)
# capitalised words that, right after a capitalised weekday, make it part of a title: newspapers ("Sunday
# Times", "Sunday Express"), programmes ("Saturday Play", "Sunday Worship"), series and sections
WEEKDAY_TITLE_WORDS = frozenset(
    {
        "Times",
        "Express",
        "Mirror",
        "Telegraph",
        "Post",
        "Herald",
        "Mail",
        "Tribune",
        "Independent",
        "Observer",
        "Star",
        "Sun",
        "Sport",
        "People",
        "Record",
        "Business",
        "Politics",
        "Life",
        "Review",
        "Magazine",
        "Supplement",
        "Edition",
        "Play",
        "Programme",
        "Program",
        "Feature",
        "Service",
        "Worship",
        "Sequence",
        "Roast",
        "Session",
        "Sessions",
        "Club",
        "Show",
        "Half",
        "Briefing",
        "Breakfast",
        "Early",
        "School",
        "Football",
        "Best",
        "Live",
        "Lights",
    }
)
# lower-case nouns that make a weekday before them a custom of that day of the week, no date: "the Sunday joint",
# "a Sunday roast", "Sunday school", "his Sunday best", "Monday morning quarterbacks"
WEEKDAY_CUSTOM_NOUNS = frozenset(
    {
        "roast",
        "roasts",
        "joint",
        "joints",
        "best",
        "school",
        "schools",
        "driver",
        "drivers",
        "supplement",
        "supplements",
        "blues",
        "quarterback",
        "quarterbacks",
        "quarterbacking",
        "duties",
        "chores",
    }
)
# nouns of a newspaper: a weekday before them is a kind of paper after an indefinite or generic word ("a national
# Sunday paper"), a day's paper after "the" ("the Sunday papers reported")
WEEKDAY_PAPER_NOUNS = frozenset({"paper", "papers", "newspaper", "newspapers", "tabloid", "tabloids"})
WEEKDAY_PAPER_GENERIC_BEFORE = frozenset({"a", "an", "national", "local", "regional", "every", "each", "any", "one"})
# words before a weekday that make it a weekly habit, no date ("his usual Thursday slot", "their regular Friday game")
WEEKDAY_HABIT_BEFORE = frozenset({"usual", "regular", "weekly", "traditional", "customary", "habitual"})
# present-simple verbs of a scheduled event: before a weekday they tell of a timetable, so the day lies ahead ("the
# summit opens on Friday", "he goes on trial on Monday", "the festival takes place on Saturday")
SCHEDULED_PRESENT_VERBS = (
    "opens",
    "starts",
    "begins",
    "ends",
    "closes",
    "meets",
    "arrives",
    "leaves",
    "resumes",
    "convenes",
    "reopens",
    "takes place",
    "goes on trial",
    "kicks off",
    "gets under way",
    "goes to the polls",
    "go to the polls",
    # verbs of a time coming on: "as the milestone approaches on Wednesday", "as the deadline looms on Friday"
    "approaches",
    "nears",
    "looms",
    "holds",  # "the committee holds a hearing on Tuesday"
    "reconvenes",
    "faces",  # "who faces a House hearing on Thursday": a hearing, a vote or a deadline ahead
)
# the same verbs in the plural of the present, after a plural subject ("before markets open on Monday", "lawmakers
# hold a hearing on Tuesday"): the bare form is also an infinitive or an imperative, so it counts only after a word
# that can be a plural subject (see timex._plural_subject)
SCHEDULED_PRESENT_PLURAL = (
    "open",
    "start",
    "begin",
    "end",
    "close",
    "meet",
    "arrive",
    "resume",
    "convene",
    "reconvene",
    "reopen",
    "hold",
    "face",
    "take place",
    "go on trial",
    "kick off",
    "get under way",
)
# words in -s that are no plural subject of a bare verb after them ("this open letter", "as markets open")
NOT_PLURAL_SUBJECT = frozenset(
    {"is", "was", "has", "does", "his", "hers", "its", "this", "ours", "yours", "theirs", "as", "us", "thus", "plus"}
    | {"less", "unless", "whereas", "perhaps", "always", "sometimes", "afterwards", "towards", "besides", "news"}
    | {"says", "series", "means", "whereabouts", "mathematics", "economics", "politics", "gas", "bus", "lens"}
)
# subjects of "is"/"are" before a weekday that name the day, no arrangement on it ("today is Thursday", "it is
# Sunday and the streets are empty")
ARRANGEMENT_NOT_SUBJECT = frozenset(
    {"it", "today", "tonight", "tomorrow", "yesterday", "this", "that", "what", "there", "here", "day", "date"}
)
# words in -ing after "is"/"are" that are no progressive ("the concern is spending on Monday" aside, "there is
# nothing on Sunday", "it is morning")
NOT_PROGRESSIVE_ING = frozenset(
    {"during", "morning", "evening", "spring", "thing", "things", "king", "ring", "string", "nothing", "something"}
    | {"anything", "everything", "ceiling", "wedding", "clothing", "housing", "funding", "spending", "bombing"}
)
# participles of a picture's caption, told in the present of a day gone by ("Obama is pictured on Monday")
CAPTION_PARTICIPLES = frozenset({"pictured", "seen", "shown", "photographed", "depicted", "captured", "filmed"})
# finite past verbs that no present passive shares ("was", "died", "sank"; not "is held", "are shut"): one in a
# chronology's entry tells it had happened when the list was written
PAST_FINITE_ONLY = frozenset(
    {"was", "were", "had", "did", "died", "became", "began", "blew", "broke", "came", "chose", "drew", "drove"}
    | {"fell", "flew", "froze", "gave", "grew", "knew", "ran", "rose", "sank", "saw", "spoke", "stole", "threw"}
    | {"took", "tore", "went", "withdrew", "wrote", "wasn't", "weren't", "didn't", "hadn't"}
)
# quantifiers before a weekday that make it any such day, no date ("no Sunday would be complete without ...", "any
# Friday will do"); "every"/"each" make a weekly set, read apart
WEEKDAY_QUANTIFIERS = frozenset({"no", "any"})
# newspapers written "<Name> on Sunday"
ON_SUNDAY_PAPERS = frozenset({"Mail", "Independent"})

# tense cues (lower case tokens)
# participles of planning that look ahead after a present perfect ("has been scheduled for", "have booked ... in
# August", "has arranged a meeting on Monday"): a plan made by now for a day to come ("set" is read on its own:
# "has been set for Monday" looks ahead, "has set up an appeal after Tuesday's quake" does not); not before a
# particle ("has planned out", "has fixed up")
PLAN_PARTICIPLES = frozenset(
    {"scheduled", "booked", "planned", "arranged", "slated", "fixed", "pencilled", "penciled", "organised"}
    | {"organized", "rescheduled", "timetabled"}
)
#: the auxiliaries of a present perfect (the tagger's tokens keep "I've" whole)
PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "i've", "we've", "you've", "they've"})
FUTURE_CUES = frozenset(
    {
        "will",
        "'ll",
        "shall",
        "wo",
        "won't",
        "going",
        "plans",
        "plan",
        "planned",
        "planning",
        "expects",
        "expected",
        "projected",  # "relief wells, projected to be done by mid-August"
        "scheduled",
        "due",
        "upcoming",
        "forthcoming",
        "looming",
        "impending",
        "intends",
        "intend",
        "would",
        "payable",
        "next",
        "aims",
        "until",
        "till",
        "hopes",
        "hope",
        "hoping",  # "are hoping to boost donations with a telethon on Saturday" ("were hoping" is a past hope)
        "vows",
        "promised",
        "promises",
        "slated",
    }
)
#: verbs of a pledge or a demand told in the past: a deadline they set ("pledged legislation by August",
#: "demanded a reply by June 18") lies after the pledging, so it is the nearer occurrence, not the one before
PLEDGE_PAST = frozenset(
    {"pledged", "vowed", "promised", "committed", "undertook", "demanded", "ordered", "urged", "asked", "told"}
    | {"targeted", "aimed", "hoped", "wanted", "sought", "requested", "instructed", "directed", "agreed"}
)
# modal verbs look ahead ("the slick could reach the coast by Friday") unless a perfect follows ("may have
# started"); "May" the month is kept capitalised by the tokenizer and never reaches this list.  "couldn't" is left
# out: it mostly tells of a past inability ("why couldn't you do this before Saturday?")
MODALS = frozenset(
    {
        "could",
        "might",
        "may",
        "should",
        "shouldn't",
        "can",
        "can't",
        "cannot",
        "must",
        "ought",
    }
)
PAST_IRREGULAR = frozenset(
    {
        "said",
        "was",
        "were",
        "had",
        "did",
        # negated past forms are one token ("didn't hear of it until Friday")
        "didn't",
        "wasn't",
        "weren't",
        "hadn't",
        *("didn", "wasn", "weren", "hadn"),  # (with a curly apostrophe the tokenizer stops before it)
        "told",
        "came",
        "went",
        "took",
        "made",
        "gave",
        "fell",
        "rose",
        "began",
        "met",
        "left",
        "held",
        "won",
        "lost",
        "got",
        "saw",
        "sent",
        "spent",
        "paid",
        "sold",
        "bought",
        "found",
        "struck",
        "became",
        "brought",
        "broke",
        "ran",
        "led",
        "fought",
        "drew",
        "flew",
        "grew",
        "knew",
        "thought",
        "caught",
        "felt",
        "kept",
        "heard",
        "meant",
        "stood",
        "wrote",
        "spoke",
        "chose",
        "drove",
        "shot",
        "threw",
        "seized",
        "died",
        "blew",
        "swore",
        "stole",
        "dug",
        "ago",
        "earlier",
        "last",
        "since",
        "yesterday",
        "been",
        "wound",
        "swept",
        "fled",
        "slid",
        "sank",
        "sprang",
        "built",
        "dealt",
        "lent",
        "rang",
        "rode",
        "sought",
        "taught",
        "withdrew",
        "overtook",
        "undertook",
        "forbade",
        "hid",
        "bid",
        "quit",
        "split",
        "spread",
        "shut",
        *("shrank", "swam", "sang", "drank", "froze", "wore", "tore", "forgot"),
    }
)
# present reporting verbs: a day fronted before them is the day of the report ("On Sunday, Seoul says it will ...")
# participles that, right after a date, describe the noun before it rather than tell what happened ("a hearing on
# Thursday devoted to the spill", "talks on Monday aimed at a truce"); verbs that as often follow a date as the
# finite past ("shares on Friday closed at", "Obama on Monday called for") are left out
REDUCED_RELATIVE = frozenset({"devoted", "dedicated", "aimed", "designed", "intended", "meant"})
REPORTING_PRESENT = frozenset({"says", "say", "announces", "tells", "reports", "confirms", "insists", "warns"})
# words in un- and -ed that are finite past verbs: "un-" before a participle mostly makes an adjective of a state
# ("with the hole still unplugged", "escaped unharmed", "spread unchecked"), and only verbs that undo an action are
# told in the past so ("unveiled a plan", "uncovered a plot"); those a news report tells more often as a state than
# as an act ("left unlocked", "the as yet unplugged leak") are left out
UN_VERBS_PAST = frozenset(
    {
        *("unveiled", "unleashed", "uncovered", "unearthed", "unfolded", "unloaded", "unpacked", "unwrapped"),
        *("unfurled", "unravelled", "unraveled", "unmasked", "unsealed", "unseated", "unsettled", "unnerved"),
        *("unshackled", "untied", "unblocked", "unrolled", "unhooked", "unbuckled", "unzipped", "unscrewed"),
        *("unclogged", "unjammed", "unburdened", "uncorked", "unfriended", "unsubscribed"),
    }
)
# verbs of mind in the present, which tell a state of now ("Two decades later, they agree on one thing", "experts
# now believe"): a clause with one after a count told as later speaks of the report's time
MIND_PRESENT_VERBS = frozenset(
    {
        *("agree", "agrees", "disagree", "disagrees", "believe", "believes", "think", "thinks", "know", "knows"),
        *("doubt", "doubts", "admit", "admits", "acknowledge", "acknowledges", "concede", "concedes", "argue"),
        *("argues", "recall", "recalls", "remember", "remembers", "suspect", "suspects", "wonder", "wonders"),
        *("regret", "regrets", "feel", "feels", "accept", "accepts"),
    }
)
# past participles not in -ed or -en, for "to be broadcast on Sunday", "is to be put to a vote on Friday"
PARTICIPLES_IRREGULAR = frozenset(
    {
        "broadcast",
        "put",
        "set",
        "cut",
        "hit",
        "cast",
        "shown",
        "seen",
        "done",
        "known",
        "drawn",
        "flown",
        "thrown",
        "grown",
        "sworn",
        "run",
        "begun",
        "read",
        "heard",
        "laid",
        "sold",
        "bought",
        "held",
        "sent",
        "paid",
        "built",
        "made",
        "told",
        "found",
        "brought",
        "kept",
        "left",
        "spent",
        "shut",
        "spread",
        "split",
        "quit",
    }
)
NOT_PAST_ED = frozenset(
    {
        "need",
        "red",
        "bed",
        "hundred",
        "feed",
        "speed",
        "seed",
        "indeed",
        "preferred",  # "preferred shares"
        "expected",
        "projected",
        "scheduled",
        "planned",
        "proposed",
        "intended",
        "unexpected",
        "unprecedented",
        "united",
        "limited",
        "based",
        "related",
        "so-called",
        "called",
        "armed",
        "advanced",
        "detailed",
        "interested",
        "concerned",
        "supposed",
        "used",
        "allied",
        "backed",
        "us-backed",
        "led",
        "bled",
        "shed",
        "wed",
        "fled",
        "weed",
        "breed",
        "creed",
        "greed",
        "deed",
        "heed",
        "reed",
        "steed",
        "tweed",
        "exceed",
        "succeed",
        "proceed",
        "embed",
        "shred",
        "sled",
        "sacred",
        "naked",
        "wicked",
        "kindred",
        "rugged",
        "ragged",
        "crooked",
    }
)

# words after a 4-digit number that show it counts something rather than dates it
COUNT_NOUNS = frozenset(
    {
        "people",
        "persons",
        "men",
        "women",
        "children",
        "troops",
        "soldiers",
        "fighters",
        "civilians",
        "militants",
        "residents",
        "families",
        "refugees",
        "workers",
        "employees",
        "jobs",
        "members",
        "votes",
        "km",
        "kilometers",
        "kilometres",
        "miles",
        "meters",
        "metres",
        "feet",
        "foot",
        "tons",
        "tonnes",
        "dollars",
        "euros",
        "pounds",
        "shares",
        "units",
        "cars",
        "homes",
        "houses",
        "buildings",
        "acres",
        "hectares",
        "barrels",
        "rounds",
        "strikes",
        "airstrikes",
        "deaths",
        "dead",
        "cases",
        "points",
        "times",
        "vehicles",
        "students",
        "patients",
        "copies",
        "words",
        "pages",
        "hours",
        "minutes",
        "seconds",
        "days",
        "weeks",
        "months",
        "years",
        "calories",
        "degrees",
        "mph",
        "kph",
        "mg",
        "kg",
        "ft",
        "sq",
        "square",
        "bpd",
        "bbl",
        "yen",
        "francs",
        "marks",
        "rubles",
        "roubles",
        "yuan",
        "rupees",
        "lire",
        "lira",
    }
)
QUANTITY_BEFORE = frozenset(
    {
        "about",
        "some",
        "nearly",
        "almost",
        "than",
        "over",
        "approximately",
        "roughly",
        "exactly",
        "least",
        "estimated",
        "division",
        "no",
        "number",
        "page",
        "route",
        "flight",
        "room",
        "unit",
        "article",
        "resolution",
        "model",
        "channel",
        "highway",
        "brigade",
        "regiment",
    }
)

# ---- clock times written as four digits ("1653 local time", "2153 GMT", live-page stamps "1628 The UN says")

#: time-zone words that make a number a clock time ("1100GMT", "0930 BST", "1653 local time")
CLOCK_ZONES = ("GMT", "UTC", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "MSK", "ET")

#: a four-digit number this many years or more before the publication year is no plausible year of a news
#: story when a clock cue stands next to it ("at 1100 which lasted five minutes" in 2010 is eleven o'clock)
CLOCK_YEARS_BACK = 150

#: two words before a number that put a clock time after them ("shortly after 1100", "at about 1100")
CLOCK_BEFORE_PAIRS = frozenset(
    {
        ("at", "about"),
        ("at", "around"),
        ("at", "approximately"),
        ("shortly", "after"),
        ("shortly", "before"),
        ("just", "after"),
        ("just", "before"),
        ("soon", "after"),
    }
)

#: words before a number that also take years ("between 1450 and 1600", "until 1221"): they make it a clock
#: only in a text that already writes clock times as four digits
CLOCK_OR_YEAR_BEFORE = frozenset({"between", "from", "until", "till", "after", "before", "by", "to", "and", "&"})

#: of those, the words that end a span ("1100 and 1200"): the number before them must be a clock too
CLOCK_RANGE_WORDS = frozenset({"to", "and", "&"})

#: words before a number that make it a year, not a live-page stamp glued to a caption ("since 1804 The")
YEAR_BEFORE = frozenset(
    {
        "in",
        "since",
        "of",
        "from",
        "by",
        "until",
        "till",
        "before",
        "after",
        "the",
        "and",
        "to",
        "between",
        "circa",
        "c",
        "during",
        "year",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "s",
        "early",
        "late",
        "mid",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
    }
)

# nouns of an event that is announced or put on a calendar ("the 8 October gig", "a hearing on 3 May"): a date
# naming one in a sentence about announcing or scheduling it may lie ahead of the publication however past the verb
SCHEDULED_EVENT_NOUNS = frozenset(
    {"gig", "gigs", "concert", "concerts", "show", "shows", "festival", "performance", "premiere", "tour"}
    | {"trial", "retrial", "hearing", "hearings", "sentencing", "inquest", "tribunal", "court-martial"}
    | {"vote", "ballot", "election", "elections", "referendum", "runoff", "run-off", "by-election"}
    | {"summit", "meeting", "meetings", "talks", "conference", "congress", "convention", "session", "debate"}
    | {"ceremony", "funeral", "memorial", "tribute", "celebration", "parade", "rally", "march", "match", "final"}
    | {"launch", "auction", "screening", "visit", "strike", "walkout", "deadline", "event", "gala", "recital"}
    | {"exhibition", "race", "marathon", "game", "fixture"}
)
# happenings no one schedules, which a report names by their date only once they have happened ("the 20 April
# explosion", "since the April 20 blast", "two September shocks"): unlike SCHEDULED_EVENT_NOUNS ("the 8 October gig")
HAPPENING_NOUNS = frozenset(
    {"explosion", "explosions", "blast", "blasts", "blowout", "spill", "leak", "fire", "collapse", "crash", "accident"}
    | {"attack", "attacks", "bombing", "bombings", "shooting", "shootings", "massacre", "killings", "murder", "murders"}
    | {"assassination", "kidnapping", "earthquake", "quake", "tremor", "tsunami", "disaster", "tragedy", "sinking"}
    | {"grounding", "derailment", "shock", "shocks", "riot", "riots", "coup", "uprising", "outbreak"}
)
# verbs that announce or schedule an event (any tense: "was announced", "have confirmed", "unveiled plans for")
ANNOUNCE_VERBS = frozenset(
    {"announce", "announces", "announced", "announcing", "announcement", "unveil", "unveils", "unveiled"}
    | {"confirm", "confirms", "confirmed", "schedule", "schedules", "scheduled", "rescheduled", "reschedule"}
    | {"postpone", "postponed", "postpones", "booked", "arrange", "arranged", "organise", "organised"}
    | {"organize", "organized", "slated", "billed", "pencilled", "penciled", "timetabled"}
)

# verbs of a person's saying or doing in the present or past that a bare month is the subject of when it is a
# person's name ("June tells an interviewer about her life", "May said she would stay", "April walked home"); a
# month's own verbs ("June saw record sales", "August seems far off") are not among them
PERSON_VERBS = frozenset(
    {
        *("tells", "told", "says", "said", "asks", "asked", "explains", "explained", "recalls", "recalled"),
        *("admits", "admitted", "insists", "insisted", "replies", "replied", "writes", "wrote", "adds", "added"),
        *("walks", "walked", "laughs", "laughed", "smiles", "smiled", "remembers", "remembered", "describes"),
        *("described", "talks", "talked", "sings", "sang", "married", "thinks", "believes", "wants", "hopes"),
        *("declined", "declines", "speaks", "spoke", "answered", "answers", "argues", "argued", "claims", "claimed"),
    }
)
# capitalised words before a bare month that are no first name ("the US June figures", "BP's July plan")
NOT_FIRST_NAMES = frozenset(
    {
        *("us", "uk", "eu", "un", "new", "old", "mid", "early", "late", "end", "fiscal", "financial", "calendar"),
        *("christmas", "easter", "summer", "spring", "autumn", "winter", "year", "week", "month", "day", "days"),
        *("annual", "monthly", "weekly", "first", "second", "third", "fourth", "last", "next", "each", "every"),
    }
)
# participles of a forecast or a plan that, after a noun and before "for"/"in" and a season or month, look ahead
# ("an outbreak predicted for the autumn", "a second wave expected in the winter", see timex._forecast_for)
FORECAST_PARTICIPLES = frozenset(
    {"predicted", "expected", "forecast", "forecasted", "anticipated", "projected", "planned", "scheduled", "slated"}
)

# words before an infinitive that tell its action was done, not planned ("managed to pull her out on Sunday", "was
# forced to close on Friday", "had to leave on Monday"): the day is a past one, as for the verb itself
IMPLICATIVE_BEFORE_TO = frozenset(
    {
        "managed",
        "failed",
        "forced",
        "able",
        "unable",
        "had",
        "went",
        "used",
        "began",
        "started",
        "continued",
        "tried",
        "helped",
        "needed",
        "seemed",
        "appeared",
        "came",
        "rushed",
        "hurried",
        "chose",
        "dared",
        "bothered",
        "happened",
        "proceeded",
    }
)

# participles of a judgement after "is to be" ("the minister is to be applauded for", "it is to be hoped that", "the
# delay is to be regretted"): what the thing deserves or what is felt about it, no plan, so no look ahead (unlike "is
# to be held", "are to be sent"); see timex._to_cue.  Not the ones that also name an act that can be planned
# ("are to be welcomed at the airport", "is to be celebrated on Friday", "are to be encouraged to apply")
JUDGEMENT_PARTICIPLES = frozenset(
    {"applauded", "commended", "congratulated", "praised", "admired", "saluted", "lauded"}
    | {"condemned", "deplored", "regretted", "lamented", "pitied", "envied"}
    | {"hoped", "feared", "expected", "doubted"}
)

# the past participles of English irregular verbs (and of their common prefixed forms: "rebuilt", "withdrawn",
# "overtaken"), for telling a perfect ("has taken", "have been driven", "has rebuilt", "have spent") from "have"
# with a noun or an adverb in -en ("have children", "have often", "have seven"): a word in -en after "have" is a
# participle only when it is one of these.  Forms that as often stand for a noun after "have" are left out
# ("ground", "born", "wound").  A superset of PARTICIPLES_IRREGULAR, which timex keeps for its own narrower uses.
IRREGULAR_PAST_PARTICIPLES = PARTICIPLES_IRREGULAR | frozenset(
    {
        *("arisen", "awoken", "been", "borne", "beaten", "become", "begun", "bent", "bet", "bid", "bound"),
        *("bitten", "bled", "blown", "broken", "bred", "brought", "burnt", "burst", "caught", "chosen", "clung"),
        *("come", "cost", "crept", "dealt", "dug", "dreamt", "drunk", "driven", "dwelt", "eaten", "fallen", "fed"),
        *("felt", "fought", "fled", "flung", "forbidden", "forecast", "foreseen", "forgotten", "forgiven", "frozen"),
        *("got", "gotten", "given", "gone", "hung", "had", "hidden", "hurt", "knelt", "laid", "lain", "leant", "leapt"),
        *("learnt", "led", "lent", "let", "lit", "lost", "meant", "met", "mistaken", "proven", "rid", "ridden", "rung"),
        *("risen", "said", "sought", "sewn", "shaken", "shed", "shone", "shot", "shrunk", "sung", "sunk", "sat"),
        *("slain", "slept", "slid", "slung", "slit", "sown", "spoken", "sped", "spilt", "spun", "spat", "spoilt"),
        *("sprung", "stood", "stolen", "stuck", "stung", "stunk", "stricken", "struck", "striven", "strung", "sworn"),
        *("swept", "swollen", "swum", "swung", "taken", "taught", "torn", "thought", "thrust", "trodden", "woken"),
        *("worn", "woven", "wept", "won", "written", "wrung", "understood", "undertaken", "undergone", "upheld"),
        *("upset", "withdrawn", "withheld", "withstood", "overcome", "overtaken", "overseen", "overdone", "overrun"),
        *("overridden", "overthrown", "overpaid", "overspent", "outgrown", "outdone", "outrun", "outspent", "misled"),
        *("misread", "misunderstood", "forgone", "foregone", "undone", "undercut", "underwritten", "offset"),
        *("rebuilt", "rewritten", "retaken", "redone", "rerun", "reset", "resold", "remade", "reread", "retold"),
        *("repaid", "prepaid", "underpaid", "mislaid", "inlaid", "unwound", "outbid", "befallen", "beset"),
    }
)
# verbs of state, in their bare form: their simple present tells how things stand when the text is written ("the
# firm employs 300 people", "the two diseases account for 35 percent of deaths", "costs amount to $3bn"), where a
# verb of action in the present tells of an event in a headline or a chronology ("Dow plunges 800 points", "Senate
# approves $700bn bail-out") or of a habit
STATIVE_VERBS = frozenset(
    {"account", "amount", "total", "number", "comprise", "constitute", "consist", "contain", "include", "hold"}
    | {"own", "possess", "employ", "control", "represent", "equal", "exceed", "cost", "involve", "cover", "measure"}
    | {"weigh", "span", "house", "host", "depend", "belong", "mean", "need", "require", "remain", "stand", "owe"}
    | {"outnumber", "dwarf", "lack", "serve", "carry"}
)

# the articles, conjunctions and short prepositions a title in title case leaves in lower case ("The Long Road to
# the Sea"): a capitalised title holds no other lower-case word
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by"}
)
