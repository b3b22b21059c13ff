"""Plain-text page debris removal by line classification.

Link density means nothing in plain text, so every line is judged on its own surface and its
neighbours:

* **sentence shape** — does it end with sentence punctuation (``.!?…`` optionally followed by a
  closing quote or bracket); how many words; share of lowercase words (running prose is mostly
  lowercase function words and verbs; headlines, link lists and tag lines are mostly capitalised);
* **widget vocabulary** — short lines that are interface text in any site: share/comment/print
  buttons, "Listen Live", "Get short URL", "Read more", "Developing story - more to come",
  "Help", "Last updated ...", social networks; and reader-addressed interface sentences
  ("you need JavaScript", "your comments may be published"); print-edition notes ("A version appeared
  on p7 of the Main section") and contact footers (an e-mail address to send letters to); a line made
  only of calls to the reader to see another page ("Explore all of our graphics ...", "Read more
  about ...", :func:`is_promo_line`), kept whole when a story sentence is glued to it;
* **picture captions** — a caption with its credit at the end of the line (:func:`is_caption_line`),
  and a credit opening a paragraph ("Photograph: Jo Roe/AP", or the photographer's name alone) cut
  with the caption glued before it, or with the first paragraph above it when that is the caption;
* **page furniture** — clocks and stamps (a line that is mostly a date/time), counters ``(61)``,
  comma-separated tag lists of capitalised names, a lone navigation word;
* **runs and repetition** — consecutive short unpunctuated lines (related-headline lists), a short
  line repeated in the document, a long paragraph repeated verbatim (second copy removed);
* **position** — a short unpunctuated first line followed by prose is the title; bylines and credit
  lines are moved to metadata; reader comments ("At 2:10 pm on 02 Jun 2009 , X wrote :", two or
  more) start a comment section that runs to the end;
* **credits, promotions and profile boxes** — picture credits in brackets opening a paragraph ("(AP
  Photo) ...", "(Jo Roe - AP) ...", :data:`LEAD_PIC_CREDIT`) and a shop's promotion ("buy the ebook on
  Kindle ...", :data:`STORE_PROMO`) are cut from the line's start; a byline and page stamp glued before a
  paragraph ("Jo Roe reports Thursday 4 August 2005 00.02 BST The ...", :func:`byline_stamp`) go to
  metadata; a run of short lines led by profile labels ("Born ...", "Education ...", "Career ...",
  :func:`profile_boxes`) is a fact box beside the story;
* **wire furniture and bios** (:mod:`storyline.clean.wire`) — bracketed link notes and media player
  notices are cut wherever they stand, a credit bracket anywhere gives its people as contributors,
  and a short closing paragraph about the writer is debris.

A line that ends like a sentence and reads like prose is always kept, however short ("IS militants
are not expected to give up easily.").  A long line without final punctuation is kept too (a
truncated paragraph).  Every removed line is returned in order, so a user can audit the cut.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.clean import metadata as md
from storyline.clean.glued import (
    MAX_CAPTION_WORDS,
    MIN_WORDS,
    NO_HEADLINE_END,
    CaseCounts,
    GluedByline,
    bullet_deck,
    caption_end,
    fact_box_end,
    glued_byline,
    glued_names,
    glued_sentences,
    names_headline_subject,
    position_caption,
    position_caption_after_headline,
    reads_as_headline,
    reads_as_standfirst,
    repeated_subject_start,
    split_bullets,
    split_glued,
    split_title,
    verbless_caption,
)
from storyline.clean.pubdate import TIME_RE, TZ, DateMatch, find_dates
from storyline.clean.wire import (
    CLOSE_BRACKET,
    CREDIT_BRACKET,
    CREDIT_GOES_ON,
    CREDIT_OPENS,
    OPEN_BRACKET,
    cut_link_notes,
    parse_wire_credit,
    writer_bio,
)

SENT_END = re.compile(r"[.!?…](?:\s*(?:['\"”’»)\]]|''))*\s*$")
QUOTE_END = re.compile(r"(?:['\"”’»]|'')\s*$")
WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.U)
SMALL = {
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "and",
    "or",
    "as",
    "over",
    "into",
    "near",
    "after",
    "is",
    "are",
    "vs",
    "via",
    "de",
    "la",
    "al",
    "el",
    "du",
    "des",
    "per",
    "than",
    "but",
}
WIDGET_LINE = re.compile(
    r"^(?:share(?:\s+(?:this|on|to|via|the)\b.*)?|tweet|e-?mail|print|comments?(?:\s*\(\d+\))?|reply|"
    r"listen(?:\s+live)?|watch(?:\s+(?:live|video|now))?|read\s+(?:more|next|also|the full story)|more|see also|"
    r"related(?:\s+\w+)?|advertisement|sponsored(?:\s+content)?|subscribe(?:\s+now)?|sign\s*(?:up|in)|log\s*in|"
    r"register|follow(?:\s+us)?(?:\s+on\s+.*)?|get\s+short\s+url|short\s+url|copy\s+link|help|menu|home|search|"
    r"skip\s+to\s+.*|back\s+to\s+top|top\s+stories|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|"
    r"loading\.*|close|next|previous|photo|photos|video|videos|image|gallery|click\s+here.*|copyright.*|©.*|"
    r"all\s+rights\s+reserved.*|terms\s+(?:of\s+use|and\s+conditions).*|privacy\s+policy.*|cookies?\s+policy.*|"
    r"community\s+standards.*|discussion|join\s+the\s+discussion|developing\s+story.*|more\s+to\s+come|"
    r"this\s+story\s+(?:is\s+developing|has\s+been\s+updated).*|breaking(?:\s+news)?|live\s+updates?|"
    r"last\s+updated.*|updated.*|published.*|posted.*|newsletter.*|download\s+(?:the\s+)?app.*|"
    r"comment\s+via.*|leave\s+a\s+comment|add\s+comment|show\s+comments|hide\s+comments|"
    r"(?:previous|next)\s+(?:article|story|post)|page\s+\d+(?:\s+of\s+\d+)?|\d+\s+comments?)$",
    re.I,
)
SOCIAL = re.compile(
    r"\b(?:facebook|twitter|google\s*(?:plus|\+)|livejournal|whatsapp|telegram|vkontakte|linkedin|reddit|pinterest|"
    r"odnoklassniki|instagram|youtube|rss)\b",
    re.I,
)
UI_TERMS = re.compile(
    r"\b(?:javascript|flash\s+(?:player|installed|plug-?in)|cookies|rss|inbox|newsletter|moderators?|house\s+rules|"
    r"log\s+in|sign\s+(?:in|up)|subscribe|e-mail\s+us|email\s+us|comments?|discussion|browser|plug-?in|"
    r"this\s+(?:content|slideshow|video|feature)|web\s*site|blog)\b",
    re.I,
)
# notes about the print edition and the site's contact footer, in any outlet's words: "A version
# appeared on p7 of the Main section of the Guardian on ...", "A version of this article appears in
# print on May 2, 2009, on page A1 of the New York edition", "Letters for publication should be
# sent to: letters@...", "If you need help using the site: userhelp@..."
PRINT_NOTE = re.compile(
    r"^\s*(?:A\s+version(?:\s+of\s+this\s+(?:article|story|review|column|editorial))?|"
    r"This\s+(?:article|story|review|column|editorial))\s+(?:appeared|appears|was\s+published|ran)\s+"
    r"(?:in\s+print\s+)?(?:on|in)\s+(?:p(?:age)?\s*\.?\s*\w+|print|the\s+\w+(?:\s+\w+)?\s+(?:edition|section))",
    re.I,
)
CONTACT_FOOTER = re.compile(
    r"(?:^|(?<=\s))(?:(?:[A-Z][\w']*\s+){0,3}(?:should\s+be\s+sent|send\s+(?:them|letters)|write\s+to|"
    r"contact\s+us|need\s+help)\b)[^@]{0,40}?[\w.+\-]+@[\w\-]+\.[\w.\-]+.*$",
    re.I,
)
AGE_STAMP = re.compile(
    r"(?:^|\s)[-–—]\s+\d{1,3}\s+(?:hrs?|hours?|mins?|minutes?|days?|weeks?)\s+ago\b(?!\s*[-–—,])", re.I
)
"""The age a related-links box prints after each headline ("Outlet Headline - 9 hrs ago Outlet ...");
prose writes "three days ago" without the dash, or between two dashes ("It was here - a year ago - that")."""
MAX_LINK_LINE = 40
"""A line with one age stamp and at most this many words is a link (or the end of a link list cut by a
full stop in an outlet's name: "Guardian . co. uk Headline - 3 hrs ago")."""
EXTERNAL_DISCLAIMER = re.compile(
    r"\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\b|"
    r"\bnot\s+responsible\s+for\s+(?:any\s+)?content\s+posted\s+by\b|"
    r"\b(?:editorial\s+)?staff\s+(?:was|were)\s+not\s+involved\s+in\s+the\s+moderation\b|"
    r"^\s*This\s+(?:copy|transcript)\s+may\s+not\s+be\s+in\s+its\s+final\s+form\b|"
    r"^\s*(?:Send|Drop)\s+us\s+(?:an?\s+)?(?:e-?mail|note|line)\s*[.!]?\s*$",
    re.I,
)
"""The site's notices about its own pages, read in a line of at most ``MAX_NOTICE_LINE`` words: the disclaimer printed
above a list of links to other sites or under readers' comments ("X.com is not responsible for any
content posted by third parties", "The editorial staff was not involved in the moderation"), a
transcript's note ("This copy may not be in its final form and may be updated") and a bare call to
write in ("Send us an e-mail.")."""
MAX_NOTICE_LINE = 16
READER = re.compile(r"\b(?:you|your|we|our|(?-i:us|Us)|this\s+discussion|this\s+comment|the\s+comments)\b", re.I)
"""Words that address the reader; "US" in capitals is the country ("an interview given to the US show
Today"), not the reader."""
COUNTER = re.compile(r"\(\s*\d{1,6}\s*\)\s*$")
COMMENT_HEAD = re.compile(
    r"^\s*(?:At\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+(?:on\s+)?.{5,30}?,?\s+\S.{0,60}?\s+wrote\s*:|"
    r"\S.{0,60}?\s+wrote\s*:\s*$|This comment was removed because|.{0,300}\bPosted\s+by\s*:?\s*[\w.\-]+|"
    r"(?:Published\s*:.{0,60}?\s)?Added\s*:\s*(?:[A-Z][a-z]+day\s*,?\s*)?\d{1,2}\s+[A-Z][a-z]+\s*,?\s*(?:19|20)\d\d"
    r"\s*,?\s*\d{1,2}[:.]\d{2}\s*GMT\b)",
    re.I,
)
"""The header of a reader's comment: "At 2:10 pm on 02 Jun 2009, X wrote:", "X wrote:", "Posted by X", and
the stamp a debate page prints before each comment ("Added: Tuesday, 19 January, 2010, 18:32 GMT 18:32 UK"),
the first one after the debate's own stamp ("Published: ... Added: ...")."""
COPYRIGHT = re.compile(
    r"(?:\bcopyright\b|©|\(c\)|-LRB-\s*c\s*-RRB-)\s*(?:©\s*|\(c\)\s*)?(?:[12]\d{3}\b)|\ball\s+rights\s+reserved\b",
    re.I,
)
"""A copyright notice wherever it stands in a line ("Content and Programming Copyright 2010 Fox News
Network, Inc.", "© 2009 Jo Roe Media", "(c) 2010 X"): the word or sign and a year, or "All rights
reserved".  "copyright law" or "a copyright violation" in prose has no year after it."""
MAX_COPYRIGHT_LINE = 15
"""Words at most in a line read as a copyright notice; a longer line that names one is prose."""
LEGAL_NOTICE = re.compile(
    r"\b(?:may\s+not\s+be\s+(?:reproduced|republished|redistributed|copied|rewritten)|"
    r"without\s+(?:the\s+)?(?:prior\s+)?(?:express\s+)?written\s+(?:permission|consent)|"
    r"(?:alter|remove)\s+any\s+(?:trademark|copyright))\b",
    re.I,
)
"""The rights notice under a syndicated page ("All materials herein are protected by United States
copyright law and may not be reproduced ... without the prior written permission of X", "You may not
alter or remove any trademark, copyright or other notice"): read as one only in a line that names
copyright too, of at most ``MAX_LEGAL_LINE`` words."""
MAX_LEGAL_LINE = 45
_DAY_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*,\s*(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d)"
POST_FOOTER = re.compile(
    r"(?:^|(?<=\s))By\s+[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and|de|van|von|der|den|da|du|le|la))*\s*\|\s*"
    + _DAY_DATE
    + r"\s*[;,|]?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:ET|EST|EDT|CT|PT|GMT|BST|UTC)\b)?",
    re.I,
)
"""The footer a blog prints under a post: its byline, a bar, the date and the clock ("By Jo Roe |
September 16, 2008; 6:32 AM ET").  Below the article text (not among its first lines) it ends the
post: what follows it on the page is the readers' comment section (the first comment glued to it)."""
COMMENT_INTRO = re.compile(
    r"^\s*(?:(?:\d+\s+)?(?:reader\s+|readers\s*'\s*)?comments?(?:\s*(?:\(\s*\d+\s*\)|-LRB-\s*\d+\s*-RRB-))?|"
    r"(?:add|post|leave|write)\s+(?:a|your)\s+comment|join\s+the\s+discussion|"
    r"please\s+e-?mail\s+us\s+to\s+report\s+offensive\s+comments)\s*[.:!]?\s*$",
    re.I,
)
"""A heading that opens a comment section ("Comments (12)", "Add your comment", "Please email us to
report offensive comments"); it starts the section only when a comment header follows it within
``MAX_INTRO_GAP`` lines (the same words in the top navigation are far from the comments)."""
MAX_INTRO_GAP = 30
COMMENT_POLICY = re.compile(
    r"\b(?:we\s+welcome\s+(?:your\s+)?comments|views\s+expressed\s+in\s+(?:the\s+|these\s+)?comments|"
    r"comments\s+(?:are|will\s+be)\s+(?:pre-?)?moderated|(?:read|see)\s+our\s+(?:comments?|commenting|community)\s+"
    r"(?:policy|guidelines|standards))\b",
    re.I,
)
"""A site's notice on its readers' comments ("We welcome comments that advance the story ...",
"Views expressed in the comments do not represent those of ..."): below the article text it opens
the comment section, which runs to the end of the page (:func:`_split_comment_policy`)."""
_US_STATE = (
    r"(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|"
    r"Nebr|Nev|N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y|N\.\s?C|N\.\s?D|Okla|Ore|Pa|R\.\s?I|S\.\s?C|S\.\s?D|Tenn|Tex|Vt|Va|"
    r"Wash|W\.\s?Va|Wis|Wisc|Wyo|D\.\s?C)\.?|[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
    r"Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
    r"Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|"
    r"New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    r"Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    r"West\s+Virginia|Wisconsin|Wyoming"
)
CHAT_ASKER = re.compile(r"^(?:(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*\s*,\s*)?(?-i:" + _US_STATE + r")\s*:\s+\S")
"""How a live Q&A chat prints a reader's question: the reader's town and state, a colon, the
question ("Arlington, Va.: I recently started a new job ...", "Maryland: Good afternoon.")."""
MIN_CHAT_QUESTIONS = 3
"""Lines of that shape a page holds at least before it is read as a chat transcript."""
SLIDE_DATE = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*:\s+(?=[A-Z\"'`“‘])"
)
"""The date label a slideshow prints before each picture's caption ("May 23: An oil-covered bird ...")."""
PICTURE_WORDS = re.compile(
    r"\b(?:is|are|was|were)\s+(?:seen|pictured|shown)\b|\bpictured\b|"
    r"\b(?:image|photo|photograph|picture|video\s+still)\b.{0,80}?\bshows?\b|"
    r"\b(?:in|this)\s+(?:\w+\s+)?(?:photo|image|picture|photograph)\s+(?:taken|made|released|provided|shows)\b|"
    r"\bposes?\s+for\b|\blooks\s+on\b",
    re.I,
)
"""What a caption says about its picture ("Oil is seen on ...", "This image from video ... shows",
"In this aerial photo taken ..."): with a slideshow date label (:data:`SLIDE_DATE`) the line is a
picture's caption.  A dated line without these words is kept where it stands among the paragraphs: a
caption that reports an event ("June 17: The chief executive testifies ...") or an item of a timeline
reads like news.  Above the story it is a caption all the same (:func:`_caption_blocks`)."""
_CAPTION_CREDIT = (
    r"(?:(?:\(|-LRB-)\s*(?:AP|Reuters|AFP|Getty\s+Images)\s*(?:\)|-RRB-)|AP|Reuters|AFP|"
    r"(?:(?:19|20)\d\d\s+)?Getty\s+Images)"
)
CAPTION_DATE = re.compile(
    r"^(?:" + _CAPTION_CREDIT + r"\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*,\s*(?:19|20)\d\d)?|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"\s*:\s+(?=[A-Z\"'`“‘])"
)
"""A picture's date label ("June 3, 2010: ", "Apr. 21: ", "Saturday: "), maybe after the credit of
the picture before it ("AP May 5: ...").  Photo galleries print a block of such captions above the story; see
:func:`_caption_blocks`."""
CAPTION_CREDIT_CUT = re.compile(r"(?<=\S)\s+" + _CAPTION_CREDIT + r"\s+(?=[A-Z\"'`“‘])")
"""The credit that ends a caption glued to the paragraph after it ("... in Grand Isle, La. (AP) A key
safety device ...", "... La. 2010 Getty Images PORT FOURCHON, La. -- As ...")."""
LEAD_CREDIT = re.compile(r"^" + _CAPTION_CREDIT + r"\s+(?=[A-Z\"'`“‘(])(?!(?-i:Photo|Images?)\b)")
"""The credit of a removed caption left at the start of the paragraph after it ("Reuters BP's
embattled boss ...")."""
MAX_CAPTION_BLOCK = 4
"""Date-labelled captions at most in a block above the story."""
MIN_STORY_LINES = 3
MAX_CAPTION_LEAD = 3
"""The body's first lines where a caption with no verb (:func:`~storyline.clean.glued.verbless_caption`) is
read: a story sentence may have its shape deeper in the text ("The phone on the rig floor rang.")."""
"""Paragraphs without a date label at least after the block: a text that is all dated items is a
timeline, and is kept."""
HEADER_PREFIX = re.compile(
    r"^\s*(?:(?P<who>[A-Z][\w.'\- ]{1,40}?)\s*\|\s*)?(?P<label>(?:first\s+)?published|posted|"
    r"(?:page\s+)?(?:last\s+)?updated(?:\s+at)?|date|dated)?\s*:?\s*",
    re.I,
)
STAMP_TAIL = re.compile(
    r"^\s*(?:[,;|@-]?\s*(?:(?:page\s+)?(?:last\s+)?updated(?:\s+at)?\s+)?" + TIME_RE.pattern + r"(?:\s+(?-i:UK)\b)?)?"
    r"(?:\s*[,;|-]?\s*" + TZ + r"\b)?"
    r"(?:\s+(?-i:Help)(?=\s+(?-i:[A-Z\"“'‘])))?",
    re.I,
)
"""What goes on a stamp after its date: a clock, with its label ("Last updated at 14:59 GMT", and
the local time BBC pages print after the date: "... 2011 06:32 UK"), a time zone, and the help link
some pages print beside the clock ("... GMT Help A year on ...")."""
SERVER_ERROR = re.compile(
    r"(?:\[|\(|-LRB-)?\s*an\s+error\s+occurred\s+while\s+processing\s+this\s+directive\s*(?:\]|\)|-RRB-)?", re.I
)
"""The message a web server prints where a server-side include failed (Apache's default text, in its
brackets): page furniture wherever it stands in a line."""

SPACED_STAMP = re.compile(
    r"^\s*(?:19|20)\d\d\s+(?:0?[1-9]|1[0-2])\s+(?:0?[1-9]|[12]\d|3[01])\s+(?:[01]?\d|2[0-3]):[0-5]\d"
    r"(?:\s+(?-i:[A-Z]{2,4})(?=\s))?\s+(?=\S)"
)
"""A page's stamp written as numbers with spaces, year first, opening the first paragraph ("2009 05 3
08:53 JST MEXICO CITY ..."): year, month, day, a clock and its zone; no sentence opens with a year, a
month number, a day number and a clock in a row."""
GLUED_CREDIT = re.compile(
    r"^(?:(?:\(|-LRB-)\s*(?:AP|Reuters|AFP)\b[^()]{0,80}?(?:\)|-RRB-)\s*)?"
    r"(?:AP|Reuters|AFP)(?:19|20)\d\d\s+(?=[A-Z\"'`“‘])"
)
"""A picture credit opening a line, the agency glued to the photo's year ("AP2010 Executives from
...", "(AP Photo/Jo Roe) AP2002 Singer ..."): no sentence writes an agency and a year as one word,
so the credit is cut into the removed debris and the line is judged without it."""
_PIC_SOURCE = (
    r"(?:AP|AFP|EPA|Reuters|Getty\s+Images|Getty|Bloomberg(?:\s+News)?|Corbis|Pool|Handout|Associated\s+Press|"
    r"(?:AFP|EPA|Pool|Bloomberg)\s*\\?/\s*Getty\s+Images|(?:For\s+)?The\s+[A-Z][a-z]+\s+(?:Post|Times|Journal|Herald))"
)
_PIC_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|da|van|von|la|le|bin)){0,4}"
_OPEN = rf"{OPEN_BRACKET}\s*"
_CLOSE = rf"\s*{CLOSE_BRACKET}"
_IN_BRACKET = r"(?:(?!-[LR]RB-)[^()\n])"
_LEAD_PIC_BRACKET = (
    # "(AP Photo)", "(AP Photo/Jo Roe, File)", "(Reuters Photo/Jo Roe)"
    rf"{_OPEN}(?:AP|AFP|EPA|Reuters)\s+Photos?(?:\s*\\?/\s*{_IN_BRACKET}{{1,60}}?)?{_CLOSE}"
    # "(Jo Roe - AP)", "(J. Roe - Getty Images)", "(Photos By Jo Roe -- The Washington Post)"
    rf"|{_OPEN}(?:Photos?\s+[Bb]y\s+)?{_PIC_NAME}\s*(?:-{{1,2}}|—|–|\\?/)\s*{_PIC_SOURCE}{_CLOSE}"
    # "(Photo: Students wear masks in Tokyo/Jo Roe)"
    rf"|{_OPEN}(?:Photo|Photograph|Picture)s?\s*:{_IN_BRACKET}{{1,150}}?{_CLOSE}"
)
LEAD_PIC_CREDIT = re.compile(
    rf"^(?:{_LEAD_PIC_BRACKET})(?:\s*(?:{_LEAD_PIC_BRACKET}))*"
    r"(?:\s+(?-i:NO\s+SALES|MANDATORY\s+CREDIT|NO\s+ARCHIVE|NO\s+MAGAZINES|MAGS\s+OUT|TV\s+OUT))*"
    r"(?:\s+(?:AP|AFP|Reuters)(?=\s+[A-Z]{2}))?"  # the agency printed again before a dateline: "... AP NEW ORLEANS --"
    r"\s*(?=[A-Z\"'`“‘(]|-LRB-|$)"
)
"""Picture credits in brackets opening a paragraph, where a page printed the credit of a picture it
dropped: "(AP Photo) NEW ORLEANS -- Crews ...", "(AP Photo/Jo Roe) (Jo Roe - AP) The Senate ...",
"(Jo Roe - Getty Images) The degree ...", "(Photo: Students in Tokyo/Jo Roe) It isn't ...".  The credit
names the picture's source (an agency, a photographer and an agency or paper), never the article's
publisher, so it gives no outlet; what follows it is judged as the paragraph."""
CAPTION_THEN_CREDIT = re.compile(
    rf"^(?P<cap>[A-Z][^.!?;:()]{{5,250}}?)\s*{_OPEN}(?:Photo|Photograph|Picture)s?\s*:{_IN_BRACKET}{{1,80}}?{_CLOSE}"
    r"\s*(?=[A-Z\"'`“‘])"
)
"""A picture caption with no sentence end and its labelled credit glued before a paragraph ("Homes on the
hillside slid on to the ones below (Photo: Avel Red Cross) He said ..."): both are cut, the paragraph is
judged from there.  The caption has at most ``MAX_CAPTION_WORDS`` words."""
STORE_PROMO = re.compile(
    r"^(?:(?:Find\s+out|Read|Learn)\s+more\s+and\s+)?(?:buy|order|download|get)\s+(?:the|our|this)\s+"
    r"(?:e-?books?|books?|apps?|guides?)\b[^.!?\n]{0,80}\b(?:Amazon|iTunes|Kindle|App\s+Store|Google\s+Play)\b"
    r"(?:\s+(?:UK|US|and|or|Amazon|iTunes|Kindle|stores?)\b)*\.?\s*(?=(?-i:[A-Z\"'`“‘])|$)",
    re.I,
)
"""A shop's promotion opening a line ("Find out more and buy the ebook on Kindle from Amazon UK and US
or iTunes UK or US"): a call to buy the site's book or app from a named store, never a sentence of the
story.  It is cut; what a flattened page glued after it is judged as a line of its own."""
_FACT_LABEL = r"(?:Career\s+History|Alma\s+Mater|Education|Born|Family|Political\s+Party|Religion)"
PROFILE_FACTS = re.compile(
    rf"^(?:More\s+on\s?:\s+[A-Z][^:\n]{{0,60}}?\s+)?(?=Career\s+History\s?:|Alma\s+Mater\s?:)"
    rf"(?:{_FACT_LABEL}\s?:\s+[^:\n]+?(?:\s+(?={_FACT_LABEL}\s?:)|\s*$|"
    rf"(?:(?<=\d)|(?<=\))|(?<=-RRB-))\s+(?=[A-Z][\w'’]*\s+[a-z])))+"
)
PROSE_RUN = re.compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")
"""Three words in lower case in a row: prose, never a fact sheet's entry ("Billie Jean, Black or White")."""
BORN_FACTS = re.compile(
    r"^Born\s?:\s+[^:\n]+?(?:\s+[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s?:\s+[^:\n]+?){2,}"
    r"(?=\s+(?:He|She|They|It|His|Her|Their|The)\s+[a-z]|\s*$)"
)
"""A profile's fact sheet opening with the birth ("Born: May 1, 1950, Avel Also known as: The Voice
Best known for: ..."): three colon labels at least, up to the line's end or to a sentence that opens
with a pronoun or "The" and reads on in lower case, which is kept as a line of its own."""
"""A profile's fact sheet opening a line, labelled with colons ("More on: Jo Roe Career History:
Senator (1999 to 2005); Attorney Alma Mater: State College, B.A., 1970"): the labels and their entries
up to the line's end, or up to a year or bracket followed by prose (a capitalised word, then one in
lower case: "... 1970 Roe was born in ..."), which is kept as a line of its own.  A fact sheet is a
box beside the story, not its text; its entries read as events on their years."""
GLUED_CLOCK = re.compile(r"^[\"'“`]*(?:[01]\d|2[0-3])[0-5]\d(?=[A-Z][a-z])")
"""A live page's time stamp glued to the first word of its entry ("1701The UN says ..."): a 24-hour
clock opening the line straight before a capitalised word.  A space is put after it, so the entry
reads as a sentence and the stamp as a line-leading clock time (the time tagger's live-page stamp);
"1700GMT" (a zone in capitals) and "1750BC" stay whole."""


@dataclass
class Furniture:
    """A removed line (or prefix) that may carry a date: where it stood and what it was."""

    text: str
    position: str  # head | tail | inline
    kind: str  # stamp | header-prefix | title-line | debris | comment | print-note | ...


@dataclass
class CleanText:
    """What boilerplate removal found: the kept text plus everything it took out, in order."""

    text: str
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    title_from: str | None = None
    authors: list[str] = field(default_factory=list)
    byline: md.Byline | None = None
    contributors: list[str] = field(default_factory=list)
    credits: list[md.Credit] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (line, why) for every removal

    def remove(self, span: str, why: str) -> None:
        """Record ``span`` as removed debris, and why."""
        self.removed.append(span)
        self.reasons.append((span, why))


@dataclass
class _Line:
    text: str
    blank_before: bool
    glued: bool = False  # a piece cut from a body line (a caption), never the page's headline


def _words(s: str) -> list[str]:
    return WORD.findall(s)


def lowercase_ratio(s: str) -> float:
    ws = _words(s)
    if not ws:
        return 0.0
    return sum(1 for w in ws if w[0].islower()) / len(ws)


def titlecase_ratio(s: str) -> float:
    ws = [w for w in _words(s) if w.lower() not in SMALL]
    if not ws:
        return 0.0
    return sum(1 for w in ws if w[0].isupper()) / len(ws)


# "Photograph: Miguel Tovar/AP", "Photo: Jane Doe/AFP/Getty Images", "Photograph: PA"; in
# Treebank-tokenised text "Photograph : Miguel Tovar\/AP" (the slash escaped)
_AGENCY = r"(?:[A-Z]{2,5}|Reuters|Getty\s+Images|Getty|Corbis|Rex\s+Features|Rex|Alamy|Bloomberg|Sipa)"
PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[\w.!?'\"”’)]\s))\s*(?:Photograph|Photo|Picture|Image|Illustration|Composite|Graphic)s?\s*:\s*"
    r"(?:(?:[^\s/:\\]+\s+){0,5}?[^\s/:\\]+\s*\\?/\s*[A-Za-z][\w&.\-]*(?:\s*\\?/\s*[A-Za-z][\w&.\-]*)*"
    r"(?:\s+(?:Images|images|Features|Pictures|Photos|Photo|Agency|Press|Association|News))*"
    rf"|{_AGENCY})"
    r"(?:\s+|$)(?=[A-Z0-9\"'`“‘(]|-LRB-|$)"
)


_CREDIT_STOP = (
    r"(?:The|A|An|As|When|Where|While|Of|In|It|I|We|He|She|They|There|Here|This|That|These|Those|One|Two|"
    r"Does|Do|Did|Is|Are|Was|What|Why|How|Who|About|After|Before|On|At|For|From|But|And|If|So|Some|Many|My|"
    r"Our|His|Her|Their|Its|Your|Now|Then|Today|Yesterday|Last|Next|Since|With|By|To)"
)
_CREDIT_NAME = rf"(?!{_CREDIT_STOP}\s)(?:[A-Z][a-zA-Z\-]*|[A-Z]\.)(?=\s|$|[.)])(?!\s+['’]s\b)"
LEAD_PHOTO_CREDIT = re.compile(
    r"^\s*(?:Photograph|Photo|Picture|Illustration|Graphic)s?\s*:\s*(?!(?:\S+\s+){0,3}\S*/)"
    rf"(?>{_CREDIT_NAME}(?:\s+{_CREDIT_NAME})?)(?!\s+[A-Z]\S*\s+(?:via|for)\s)"
    r"(?:\s+(?:for|via)\s+(?:the\s+)?[A-Z][\w\-]*)?\s*\.?"
    r"(?=\s+(?:[A-Z0-9\"'`“‘]|-LRB-)|\s*$)"
)
"""A picture credit naming the photographer alone, opening a line: "Photograph: Jo Roe", "Photo: Jo
Roe for the Courier" before the paragraph it was glued to.  The name is one or two capitalised words
(not a word that opens a sentence: "Photograph: Avel Press The storm ..."), taken whole: when a
lower-case word follows them ("Photo: Northern Avel field taken in May") the line is a caption of its
own and no credit is cut; a credit with an agency after a slash is :data:`PHOTO_CREDIT`'s."""
TAIL_PHOTO_CREDIT = re.compile(
    r"(?<=\S)\s+(?:Photograph|Photo|Picture|Illustration|Graphic)s?\s*:\s*"
    r"(?:[\w.&'’/\\\-]+|[A-Z][\w.&'’/\\\-]*(?:\s+[\w.&'’/\\\-]+){1,5})\s*\.?\s*$"
)
"""A picture credit closing a line: what stands before it on the line is the picture's caption.  The
credit is one word ("courier.") or opens with a capital ("Jo Roe/AP")."""
MAX_CAPTION_LINE = 40
MIN_CAPTION_LINE = 3


def is_caption_line(s: str) -> bool:
    """A whole line that is a picture's caption and its credit ("Oil on the beach at Avel Photograph:
    Jo Roe/AP"): one piece of ``MIN_CAPTION_LINE`` to ``MAX_CAPTION_LINE`` words without a sentence break, then a
    credit at the end of the line."""
    m = TAIL_PHOTO_CREDIT.search(s)
    if m is None:
        return False
    caption = s[: m.start()].strip()
    return MIN_CAPTION_LINE <= len(caption.split()) <= MAX_CAPTION_LINE and not re.search(
        r"[.!?]\s+[A-Z\"'`“‘]", caption
    )


def _cut_footer(res: CleanText, cut: tuple[str, str]) -> None:
    footer, line = cut
    res.remove(footer, "contact footer at the end of a line")
    if find_dates(line):
        # the years of the whole line stay evidence for the publication-date check, as they were
        # while the line was body text ("... died June 5 2005 Letters for publication ...")
        res.furniture.append(Furniture(line, "tail", "print-note"))


def split_photo_credit(line: str) -> tuple[str, str]:
    """(cut, rest) when ``line`` holds a picture credit, else ("", line).  Pages flattened to text
    glue a caption and its credit to the paragraph after them ("... on the subway. Photograph:
    Miguel Tovar/AP Health officials ..."): the cut runs from the start of the line through the
    credit, since what comes before a credit is its caption (or the headline block above it)."""
    m = PHOTO_CREDIT.search(line) or LEAD_PHOTO_CREDIT.match(line)
    if not m:
        return "", line
    return line[: m.end()].strip(), line[m.end() :].strip()


def opens_with_credit(s: str) -> bool:
    """``s`` opens with a picture credit (:data:`PHOTO_CREDIT`, :data:`LEAD_PHOTO_CREDIT`)."""
    return bool(PHOTO_CREDIT.match(s) or LEAD_PHOTO_CREDIT.match(s))


def ends_sentence(s: str) -> bool:
    s = s.rstrip()
    if SENT_END.search(s):
        return True
    # a quotation that closes a sentence without a period: "... as human shields”
    return bool(QUOTE_END.search(s) and len(_words(s)) >= 6 and lowercase_ratio(s) >= 0.5)


def is_stamp(s: str) -> bool:
    """A line that is mostly a date and/or time: a page clock, a dateline stamp."""
    dates, left = _stamp_words(s)
    return (bool(dates) and len(left) <= 2) or (not dates and bool(TIME_RE.fullmatch(s.strip())))


def _clock_piece(s: str) -> bool:
    """A piece cut from a glued line that is a date or a clock time with at most two other words
    ("Page last updated at 08:58 GMT"): :func:`is_stamp`, which also takes a clock with no date."""
    dates, left = _stamp_words(s)
    return len(left) <= 2 and (bool(dates) or bool(TIME_RE.search(s)))


def _drop_clocks(pieces: list[str], res: CleanText, where: str) -> list[str]:
    """``pieces`` without the page clocks among them, which go to the removed debris."""
    kept = []
    for p in pieces:
        if _clock_piece(p):
            res.remove(p, f"page clock glued to {where}")
        else:
            kept.append(p)
    return kept


def _stamp_words(s: str) -> tuple[list[DateMatch], list[str]]:
    """The dates in ``s`` and the words left once dates, clock times and stamp labels are removed."""
    dates = find_dates(s)
    rest = s
    for d in dates:
        rest = rest.replace(d.span, " ")
    rest = TIME_RE.sub(" ", rest)
    rest = re.sub(
        r"\b(?:GMT|UTC|BST|CET|EDT|EST|ET|PT|MSK|UK time|am|pm|updated|last|published|posted|date|"
        r"on|at|mon|tue|wed|thu|fri|sat|sun)\b",
        " ",
        rest,
        flags=re.I,
    )
    return dates, _words(rest)


def is_tag_line(s: str) -> bool:
    """``Daesh, United States, Syria, Deir Ez-Zor, Raqqa``: a comma list of capitalised names."""
    if ends_sentence(s) or "," not in s:
        return False
    items = [i.strip() for i in s.split(",") if i.strip()]
    if len(items) < 3:
        return False
    return all(1 <= len(i.split()) <= 4 and i[0].isupper() and titlecase_ratio(i) >= 0.99 for i in items)


def _is_widget(s: str) -> bool:
    t = s.strip().strip("|•·-–—>»").strip()
    if not t:
        return False
    n = len(t.split())
    if n <= 8 and WIDGET_LINE.match(t):
        return True
    if n <= 8 and SOCIAL.search(t) and not ends_sentence(t):
        return True
    # glued widget texts: "Community standardsDiscussion", "Comment via SputnikComment via Facebook"
    return (
        n <= 8
        and bool(re.search(r"[a-z][A-Z]", t))
        and any(WIDGET_LINE.match(p) for p in re.split(r"(?<=[a-z])(?=[A-Z])", t))
    )


def _is_ui_sentence(s: str) -> bool:
    """An interface sentence addressed to the reader ("To play this content JavaScript must be on")."""
    n = len(s.split())
    return (
        n <= 30
        and bool(UI_TERMS.search(s))
        and bool(READER.search(s) or re.search(r"\b(?:javascript|flash)\b", s, re.I))
    )


_PROMO_VERB = r"(?:Explore|View|Watch|Click|Tap|Follow|Subscribe|Sign\s+up|Visit|Read|See|Browse|Check\s+out|Get|Download|Listen|Scroll)"
_PROMO_PAGE = re.compile(
    r"\b(?:here|below|above|graphics?|interactive|videos?|slideshows?|gallery|photos|maps?|button|"
    r"live\s+(?:updates|coverage|blog)|coverage|blog|web\s*site|inbox|RSS|feed|newsletter|podcast|"
    r"twitter|facebook|www\.\S+|\w+\.(?:com|org|co\.uk))\b",
    re.I,
)
PROMO_SENTENCE = re.compile(
    rf"^[\s•·|>»*\-–—]*(?:(?:Click|Tap|Subscribe|Browse|Download)\b"  # these open a call to the reader by themselves
    rf"|(?:Read|See|Learn|Find\s+out|Explore)\s+more\s+(?:about|on|at|from|here)\b"  # "Read more about ..."
    rf"|(?:View|Watch|See|Explore|Track|Learn)\s+(?:how|what|where|which|who|why)\b"  # a graphic's link: "See how the spill spread"
    rf"|For\s+more\b(?!\s+than)[^.]{{0,80}}?\b(?:go\s+to|visit|see|click|follow|read|watch|listen)\b"
    rf"|(?P<verb>{_PROMO_VERB})\b(?!\s*:))"
)
"""A sentence calling the reader to another page: "Explore all of our graphics ...", "Read more about ...",
"Get the newsletter delivered to your inbox", "View how the coast is at risk".  A verb that may open
other prose ("Watch", "Follow", "Get", "See") counts only with a word of the page (:data:`_PROMO_PAGE`:
"here", "below", "graphics", "video", a web address ...)."""
MAX_PROMO_SENTENCE = 30
ON_SOCIAL = re.compile(
    r"(?:^|(?<=\s))(?:[A-Z][\w.&'’\-]*\s+){1,4}(?:is|are)\s+(?:now\s+)?(?:also\s+)?on\s+"
    r"(?:Twitter|Facebook|Instagram|YouTube|LinkedIn)\s*[.!]?\s*$"
)
"""A site's note that one of its sections has a social network account ("Fox Forum is on Twitter."), alone
or after a call to see another page: cut only among the last ``MAX_SOCIAL_TAIL`` lines (the page's foot),
as a story may say that someone "is on Twitter"."""
MAX_SOCIAL_TAIL = 4
READER_SIGNATURE = re.compile(
    r"^\s*(?:\(|-LRB-)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}){1,3}"
    r"\s*(?:\)|-RRB-)\s*\.?\s*$"
)
"""A reader's signature on a line of its own: a name and a town or country in brackets ("(Jo, Avelton).",
"(Al Poe, Bex, Avelland)"), printed under a reader's message; no story line is only that."""
DEBATE_CLOSED = re.compile(
    r"^\s*(?:This|The)\s+(?:debate|discussion)\s+(?:is\s+now|has\s+(?:now\s+)?been)\s+closed\s*\.?\s*$", re.I
)
"""The notice a reader debate page prints once it takes no more comments ("This debate is now closed.")."""
POLL_LINE = re.compile(
    r"^\s*(?:Your\s+(?:Opinion|Say|Vote)|(?:Quick\s+|Reader\s+)?(?:Poll|Vote))\s*:\s*[^.!?]{3,150}\?\s*$"
)
"""A reader poll's question under its label ("Your Opinion: Was the plan right?", "Quick Vote: ...?")."""
_GLUED_OPENING = re.compile(
    r"(?<=[a-z])\s+(?:(?:The|A|An|There|It|He|She|They|We|This|These|But|And|As|After|When|While)\s"
    r"|[A-Z][\w'’\-]*\s+(?:is|are|was|were|has|have|had|will|would|said|says)\b"
    r"|(?:``|[\"“‘])\s*[A-Z])"
)
"""A sentence opening inside a line after a lower-case word ("... live updates A shrimp boat ...",
"Download the podcast Labor is to ...", "See more here "Our ..."): a promotion glued to a story sentence, which is kept whole."""
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'`“‘])")


def is_promo_line(s: str) -> bool:
    """A line made only of calls to the reader to see another page of the site (:data:`PROMO_SENTENCE`):
    a site's promotion, not the story.  A line holding any other sentence is kept whole."""
    sents = [p for p in _SENTENCE_BREAK.split(s.strip()) if p.strip()]
    if not sents:
        return False
    for sent in sents:
        if len(sent.split()) > MAX_PROMO_SENTENCE:
            return False
        m = PROMO_SENTENCE.match(sent)
        if m is None or (m.group("verb") and not _PROMO_PAGE.search(sent[m.end() :])):
            return False
        if _GLUED_OPENING.search(sent):
            return False
    return True


def _is_rights_notice(s: str, nw: int) -> bool:
    """A copyright notice of at most ``MAX_COPYRIGHT_LINE`` words (:data:`COPYRIGHT`) or a rights notice
    naming copyright of at most ``MAX_LEGAL_LINE`` words (:data:`LEGAL_NOTICE`)."""
    if nw <= MAX_COPYRIGHT_LINE and COPYRIGHT.search(s):
        return True
    return nw <= MAX_LEGAL_LINE and bool(LEGAL_NOTICE.search(s)) and bool(re.search(r"\bcopyright\b", s, re.I))


def _caption_blocks(lines: list[_Line], kinds: list[str | None], res: CleanText) -> list[int]:
    """The lines of a photo gallery's date-labelled captions (:data:`CAPTION_DATE`) printed in a block
    above the story ("June 3, 2010: A worker cleans a beach ..."): the block of such lines the body
    text opens with, of ``MAX_CAPTION_BLOCK`` lines at most.  No story opens with a date label; a
    timeline does, so only when no other paragraph has one and ``MIN_STORY_LINES`` paragraphs or more
    follow.  Below the story such a line is kept unless it describes its picture (:data:`PICTURE_WORDS`):
    a dated item there may be a key date.  A caption glued to the paragraph after it by its credit
    ("... Grand Isle, La. (AP) A key safety device ...") loses the caption only, and the credit a removed
    caption leaves at the start of the next paragraph ("Reuters BP's chief ...") goes with it.
    ``lines`` are changed in place; the caption lines are returned."""
    body = [i for i, k in enumerate(kinds) if k is None]
    dated = [i for i in body if CAPTION_DATE.match(lines[i].text)]
    if not dated:
        return []
    head: list[int] = []
    glued: tuple[int, int] | None = None  # (line, where its body starts)
    for i in body:
        if i not in dated:
            break
        head.append(i)
        m = CAPTION_CREDIT_CUT.search(lines[i].text)
        if m and len(lines[i].text[m.end() :].split()) >= 8:
            glued = (i, m.end())
            break
    story = len(body) - len(head) + (glued is not None)
    if not head or len(head) > MAX_CAPTION_BLOCK or story < MIN_STORY_LINES or len(head) < len(dated):
        return []  # a dated paragraph below the block: a timeline
    if glued is not None:
        i, at = glued
        res.remove(lines[i].text[:at].strip(), "dated picture caption glued to the paragraph after it")
        lines[i].text = lines[i].text[at:].strip()
        return [i for i in head if i != glued[0]]
    after = next((i for i in body if i > head[-1]), None)
    m = LEAD_CREDIT.match(lines[after].text) if after is not None else None
    if after is not None and m:
        res.remove(m.group().strip(), "picture credit of the caption above")
        lines[after].text = lines[after].text[m.end() :].strip()
    return head


MAX_STANDFIRST_LINE = 1
"""Index at most of a line that may go on with the standfirst above it (:func:`_standfirst_goes_on`):
the page's second line, after its first."""


def _standfirst_goes_on(lines: list[_Line], i: int) -> bool:
    """Whether line ``i``, a piece cut from the line before a sentence glued to it, is the end of the
    standfirst above it: near the top (``MAX_STANDFIRST_LINE``), after a line that ends a sentence,
    and written as a clause (:func:`~storyline.clean.glued.reads_as_standfirst`): "Since the war,
    life has got worse. | Jo Roe meets those who stayed to fight back | A workman is ...".  A caption
    or headline glued at the top follows the headline line, which ends no sentence."""
    ln = lines[i]
    if not ln.glued or i == 0 or i > MAX_STANDFIRST_LINE or not ends_sentence(lines[i - 1].text):
        return False
    return i + 1 < len(lines) and lines[i + 1].glued and reads_as_standfirst(ln.text)


def _question_line(s: str) -> bool:
    """A short line that asks a question (a chat reader's question going on after its first line)."""
    return len(s.split()) <= 30 and s.rstrip().rstrip("'\"”’)").rstrip().endswith("?")


def _split_post_footer(lines: list[_Line]) -> int | None:
    """Index of the first blog post footer (:data:`POST_FOOTER`) below the first three lines, or None.
    A footer inside a line is cut into a line of its own (with what follows it, the first comment); what
    stands before it (a picture credit) stays a line of its own."""
    for i, ln in enumerate(lines):
        m = POST_FOOTER.search(ln.text) if i >= 3 else None
        if m is None:
            continue
        before = ln.text[: m.start()].strip()
        if before:
            lines[i : i + 1] = [_Line(before, ln.blank_before), _Line(ln.text[m.start() :], False)]
            return i + 1
        return i
    return None


_REPORTED = re.compile(r"\b(?:said|says|told|according|announced|added)\b", re.I)


def _split_comment_policy(lines: list[_Line]) -> int | None:
    """Index of the first comment notice (:data:`COMMENT_POLICY`) below the first three lines, or
    None.  A notice inside a line is cut into a line of its own with what follows it; what stands
    before it (the story's last sentence, its credit line) stays a line of its own."""
    for i, ln in enumerate(lines):
        m = COMMENT_POLICY.search(ln.text) if i >= 3 else None
        if m is None:
            continue
        # the notice starts its sentence: back up to the end of the sentence or bracket before it
        cut = max(ln.text.rfind(". ", 0, m.start()) + 1, ln.text.rfind(") ", 0, m.start()) + 1, 0)
        if ln.text[cut : m.start()].strip():
            continue  # the words inside a sentence ("the editor said views expressed in comments ...")
        end = ln.text.find(". ", m.end())
        sentence = ln.text[cut : end if end >= 0 else len(ln.text)]
        if len(sentence.split()) > 30 or _REPORTED.search(sentence):
            continue  # a story's sentence ("We welcome comments until May 3, the agency said.")
        before = ln.text[:cut].strip()
        if before:
            lines[i : i + 1] = [_Line(before, ln.blank_before), _Line(ln.text[cut:].strip(), False)]
            return i + 1
        return i
    return None


MAX_TAIL_LINKS = 3


def _split_wire_credit(lines: list[_Line], end: int) -> int | None:
    """Index of the line that starts with the wire credit (:data:`storyline.clean.wire.CREDIT_BRACKET`) standing in the last
    line of the story (``lines[end - 1]``, or above up to ``MAX_TAIL_LINKS`` short lines with no
    sentence end) with words after it, or None.  The credit ends the story:
    what follows it on the line is the page's furniture ("(Reporting by ...) An ultra-low latency
    infrastructure for ..."); what stands before it stays a line of its own."""
    i = end - 1
    # the page's short links and labels under the story ("Our next generation research platform")
    while (
        i >= 3 and end - i <= MAX_TAIL_LINKS and len(lines[i].text.split()) <= 10 and not ends_sentence(lines[i].text)
    ):
        i -= 1
    if i < 3:
        return None
    ln = lines[i]
    m = CREDIT_BRACKET.search(ln.text)
    if m is None or not ln.text[m.end() :].strip():
        return None
    before = ln.text[: m.start()].strip()
    if before:
        lines[i : i + 1] = [_Line(before, ln.blank_before), _Line(ln.text[m.start() :], False)]
        return i + 1
    return i


MAX_CREDIT_LINE = 20


def _cut_wire_notes(lines: list[_Line], res: CleanText) -> list[_Line]:
    """A wire story's bracketed link notes ("(For more ... coverage, click here)") are furniture
    wherever they stand: cut from their lines (a line left empty goes).  A credit bracket that a
    conversion split over lines ("(Reporting by Jo Roe." / "Additional reporting by Al Poe." /
    "Editing by Ed Lo) ...") is one line again, so that it reads as the credit it is."""
    out: list[_Line] = []
    for ln in lines:
        if out and CREDIT_OPENS.match(out[-1].text) and not CREDIT_BRACKET.match(out[-1].text):
            joined = out[-1].text + " " + ln.text
            if CREDIT_BRACKET.match(joined) or (
                CREDIT_GOES_ON.match(ln.text) and len(ln.text.split()) <= MAX_CREDIT_LINE
            ):
                out[-1].text = joined
                continue
        text, notes = cut_link_notes(ln.text)
        for note in notes:
            res.remove(note, "a link to other pages or a media player's notice (page furniture)")
        if text:
            ln.text = text
            out.append(ln)
    return out


def _take_credit(res: CleanText, bracket: str) -> None:
    """Keep the people of a wire credit bracket as contributors."""
    cr = parse_wire_credit(bracket)
    if cr is not None:
        res.credits.append(cr)
        res.contributors.extend(c for c in cr.contributors if c not in res.contributors)


MAX_AFTER_CREDIT = 2


def _comment_start(lines: list[_Line], heads: list[int], footer: int | None) -> tuple[int, str] | None:
    """Where the comment section starts (and why), or None: a blog post ``footer`` below the text (the
    page's comments follow it); else a comment heading (:data:`COMMENT_INTRO`) followed by a comment
    header within ``MAX_INTRO_GAP`` lines; else the first of two or more comment headers."""
    if footer is not None:
        return footer, "blog post footer: the reader comments start here"
    if heads:
        intros = [i for i in range(heads[0]) if COMMENT_INTRO.match(lines[i].text)]
        if intros and heads[0] - intros[-1] <= MAX_INTRO_GAP:
            return intros[-1], "comment section heading"
    if len(heads) >= 2:
        return heads[0], "reader comments"
    return None


_TREEBANK_BRACKET = ("-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-")


def _word_break(prev: str) -> bool:
    """A line ending in a word broken by a hyphen ("over-" + "seas"), joined with no space; a
    Treebank bracket ("... McCain -LRB- R-Ariz . -RRB-") or a dash ends no word."""
    return prev.endswith("-") and not prev.endswith(_TREEBANK_BRACKET) and not prev.endswith((" -", "--"))


_CONTINUES_PUNCT = re.compile(r"^(?:[,;)]|-RRB-)(?:\s|$)")
"""A line that opens with a comma, a semicolon or a closing bracket continues the line above: a
sentence splitter broke it there ("... said Rep. Jo Roe (D-Ore.)" / ", the committee's chair, ...")."""
_QUESTION_QUOTE_END = re.compile(r"[?!]\s*(?:[\"”’']|'')$")
"""A quotation closed by a question or exclamation mark: a line in lower case after it is the rest of
the sentence ("... would it work?\"" / "said the mayor."), as no sentence opens in lower case."""
_TICKER_OPEN = re.compile(r"(?:\(|-LRB-)\s*[A-Z0-9][A-Za-z0-9]{0,5}\s*\.\s*$")
_TICKER_CLOSE = re.compile(r"^[A-Z]{1,3}\s*(?:\)|-RRB-)")
"""A Reuters instrument code split at its dot by a sentence splitter ("BP (BP." / "N) said ..."):
the two halves are one code ("(BP.N)")."""
_US_OPEN = re.compile(r"(?:^|[\s/\\])U\s*\.\s*$")
_US_CLOSE = re.compile(r"^S(?:\s*\.)?\s+(?=[A-Z])")
""""U.S." split at its first dot by a sentence splitter ("... Watkins/U." / "S. Navy/Handout ...",
"... the U." / "S Coast Guard ..."): no sentence ends with a lone "U", nor opens with a lone "S"
before a capitalised word, so the two halves are one word ("U.S.")."""
_TOKENISED = re.compile(r"\s(?:[,.;:?!]|''|``|-[LR]RB-)(?=\s|$)")


def _punct_continuation(prev: str, nxt: str) -> str | None:
    """``prev`` and ``nxt`` as one line when ``nxt`` is the rest of ``prev``'s sentence, cut off by
    a sentence splitter (:data:`_CONTINUES_PUNCT`, :data:`_QUESTION_QUOTE_END`, :data:`_TICKER_OPEN`)."""
    if _TICKER_OPEN.search(prev) and _TICKER_CLOSE.match(nxt):
        return re.sub(r"\s*\.\s*$", ".", prev) + nxt
    if _US_OPEN.search(prev) and (m_us := _US_CLOSE.match(nxt)):
        return re.sub(r"\s*\.\s*$", ".", prev) + "S. " + nxt[m_us.end() :]
    if _CONTINUES_PUNCT.match(nxt):
        # tokenised text keeps its spaced punctuation (the detokeniser attaches it); prose glues it
        return prev.rstrip() + (" " if _TOKENISED.search(prev) or _TOKENISED.search(nxt[1:]) else "") + nxt
    if nxt[:1].islower() and _QUESTION_QUOTE_END.search(prev.rstrip()):
        return prev.rstrip() + " " + nxt
    return None


def _merge_wrapped(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped lines: no end punctuation and the next line continues the sentence; and
    lines a sentence splitter cut in the middle of a sentence (:func:`_punct_continuation`)."""
    out: list[_Line] = []
    for ln in lines:
        if out and not ln.blank_before and out[-1].text and ln.text:
            prev = out[-1].text
            nxt = ln.text.lstrip()
            joined = _punct_continuation(prev, nxt)
            if joined is not None:
                out[-1] = _Line(joined, out[-1].blank_before)
                continue
            last_word = prev.split()[-1].lower() if prev.split() else ""
            continues = (
                (nxt[:1].islower() and not ends_sentence(prev) and len(prev.split()) >= 6)
                or (
                    last_word in SMALL | {"that", "which", "who", "said", "says", "his", "her", "its", "their"}
                    and not ends_sentence(prev)
                    and len(prev.split()) >= 6
                )
                or prev.endswith(("-", ","))
            )
            if continues and not _word_break(prev):
                out[-1] = _Line(prev.rstrip() + " " + nxt, out[-1].blank_before)
                continue
            if continues:
                out[-1] = _Line(prev.rstrip() + nxt, out[-1].blank_before)
                continue
        out.append(ln)
    return out


_CAPS_RUN = re.compile(r"^((?:[A-Z][A-Z'’&\-]*\s+){3,})(?=[A-Z][a-z])")
_HEADING_WORDS = frozenset(
    ["the", "a", "an", "of", "to", "for", "in", "on", "at", "and", "with", "over", "is", "are", "how", "what", "why"]
)  # English only: NO_HEADLINE_END holds "de", "la" ... and "RIO DE JANEIRO" is a dateline


def caps_heading(line: str, text: str) -> int | None:
    """Where a sentence starts after a subheading in capitals glued to it ("NEW CAP FOR LEAKING OIL
    WELL In June, BP placed a cap ..."), or None.  The run of capitalised words holds four words or
    more, or three with a function word ("POLITICIZING THE CRISIS"), so a dateline ("NEW YORK CITY")
    is not one; one word has four letters or more ("BP PLC CEO Tony Hayward" is a name and a role);
    the text after it is a sentence in sentence case; and the article never writes the same words
    in mixed case (then they are a name: "LOUISIANA OIL AND GAS ASSOCIATION President ...")."""
    m = _CAPS_RUN.match(line)
    if m is None:
        return None
    run = m.group(1).split()
    rest = line[m.end() :]
    if len(run) < 4 and not any(w.lower() in _HEADING_WORDS for w in run):
        return None
    if not any(len(w.strip("'’&-")) >= 4 for w in run) or len(rest.split()) < 4:
        return None
    if not ends_sentence(rest) or lowercase_ratio(rest) < 0.5:
        return None
    named = re.compile(r"\s+".join(re.escape(w) for w in run), re.I)
    if any(not x.group().isupper() for x in named.finditer(text)):
        return None
    return m.end()


_DOUBLED = re.compile(r"^(\S.{10,200}?\S) \1(?= |$)")


def undouble(line: str) -> str:
    """A line that opens with the same words twice, as a flattened page prints its headline (the
    page title, then the heading: "Oil firm shares blame Oil firm shares blame Oil firm says ..."),
    with the words once."""
    m = _DOUBLED.match(line)
    return line[len(m.group(1)) + 1 :] if m else line


def _split_headings(lines: list[_Line], text: str, res: CleanText) -> list[_Line]:
    """Each line with a capitalised subheading glued before its first sentence as two lines, a body
    line with a caption glued before a sentence (:func:`~storyline.clean.glued.glued_sentences`) cut
    there, a doubled opening written once (:func:`undouble`; the copy goes to the removed debris)
    and a fact box of figures (:func:`~storyline.clean.glued.fact_box_end`) and a picture caption that
    places people left and right (:func:`~storyline.clean.glued.position_caption`) taken out to the
    debris (their items read as sentences of the paragraph they are glued to, and carry no date of the
    story); on the first line, such a caption after the headline
    (:func:`~storyline.clean.glued.position_caption_after_headline`) is cut off with the headline a line
    of its own."""
    out: list[_Line] = []
    counts = CaseCounts.of(ln.text for ln in lines)
    for ln in lines:
        once = undouble(ln.text)
        if once != ln.text:
            res.remove(ln.text[: len(ln.text) - len(once)].strip(), "the same words printed twice")
            ln = _Line(once, ln.blank_before)
        box = fact_box_end(ln.text)
        if box is not None:  # a sidebar of figures glued before a paragraph (or a line of its own)
            res.remove(ln.text[:box].strip(), "fact box (figures without sentences)")
            if not ln.text[box:].strip():
                continue
            ln = _Line(ln.text[box:].strip(), ln.blank_before)
        start = position_caption_after_headline(ln.text) if not out else None
        if start is not None:  # the first line's headline, then such a caption
            out.append(_Line(ln.text[:start].strip(), ln.blank_before))
            ln = _Line(ln.text[start:].strip(), True)
        cap = position_caption(ln.text)
        if cap is not None:  # a picture caption placing people in the photo ("Jo Roe (L) and ...")
            res.remove(ln.text[:cap].strip(), "picture caption (people placed by left/right in the photo)")
            if not ln.text[cap:].strip():
                continue
            ln = _Line(ln.text[cap:].strip(), ln.blank_before)
        at = caps_heading(ln.text, text)
        if at is not None:  # the sentence after the subheading is judged like any body line below
            out.append(_Line(ln.text[:at].strip(), ln.blank_before))
            ln = _Line(ln.text[at:], True)
        if not out or AGE_STAMP.search(ln.text) or PRINT_NOTE.match(ln.text):
            cuts = []  # the first line is read as the headline; links and print notes go whole
        else:
            cuts = _merge_cuts(glued_sentences(ln.text, counts), glued_names(ln.text, counts), ln.text)
        if not cuts:
            out.append(ln)
            continue
        bounds = [0, *cuts, len(ln.text)]
        pairs = enumerate(itertools.pairwise(bounds))
        out.extend(_Line(ln.text[a:b].strip(), ln.blank_before or k > 0, glued=True) for k, (a, b) in pairs)
    return out


def _merge_cuts(first: list[int], second: list[int], line: str) -> list[int]:
    """The cuts of both lists in order, dropping one that would leave a piece under ``MIN_WORDS``."""
    out: list[int] = []
    for c in sorted(set(first) | set(second)):
        if len(line[out[-1] if out else 0 : c].split()) >= MIN_WORDS and len(line[c:].split()) >= MIN_WORDS:
            out.append(c)
    return out


def split_names(piece: str, counts: CaseCounts) -> list[str]:
    """``piece`` cut where a name-led sentence starts after a glued caption (:func:`glued_names`)."""
    bounds = [0, *glued_names(piece, counts), len(piece)]
    return [piece[a:b].strip() for a, b in itertools.pairwise(bounds) if piece[a:b].strip()]


_LEAD_PUNCT = re.compile(r"^(?:[ ,;|—–]|-(?![LR][RCS]B-))+")


def _header_prefix(line: str) -> tuple[str, str, str | None] | None:
    """Split a stamp glued to the start of the first paragraph.

    ``" date 2017-06-09 Since November, ..."`` -> ("date 2017-06-09", "Since November, ...", None);
    ``"William Crawley | 22:29 UK time , Wednesday , 13 January 2010 His body ..."`` -> (stamp, body, who).
    Returns (prefix, rest, who) or None.
    """
    spaced = SPACED_STAMP.match(line)
    if spaced:  # "2009 05 3 08:53 JST MEXICO CITY (Reuters) - ..."
        rest = line[spaced.end() :].strip()
        return (line[: spaced.end()].strip(), rest, None) if len(rest.split()) >= 4 else None
    dates = find_dates(line[:120])
    if not dates:
        return None
    d = dates[0]
    before = line[: d.start]
    hp = HEADER_PREFIX.match(before)
    lead = before[hp.end() :] if hp else before
    lead = TIME_RE.sub("", lead)
    lead = re.sub(r"\b(?:UK time|GMT|BST|ET|EDT|EST)\b", "", lead, flags=re.I)
    if re.sub(r"[\s,;|:@-]+", "", lead):
        return None  # words other than a label, a name or a time stand before the date
    after = line[d.end :]
    tail = STAMP_TAIL.match(after)
    cut = d.end + (tail.end() if tail else 0)
    rest = _LEAD_PUNCT.sub("", line[cut:])  # not the "-" of a Treebank "-LRB-"
    if not rest or len(rest.split()) < 4:
        return None
    who = hp.group("who") if hp else None
    return line[:cut].strip(), rest, who


_STAMP_BYLINE = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]+(?:\s+and\s+(?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]+)?)"
    r"\s+(?:reports|writes|reporting|in\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+$"
)
"""A writer's name and "reports" ("Jo Roe reports", "Jo Roe and Al Poe in Washington") before a page
stamp: the byline of a page that printed it between the standfirst and the first paragraph."""
MAX_BYLINE_STAMP_LINE = 4
"""Lines from the top at most where a byline and stamp glued to the first paragraph is looked for."""


def byline_stamp(line: str) -> tuple[str, str, str, list[str]] | None:
    """(byline, stamp, rest, authors) for a byline and a page stamp glued before a paragraph ("Jo Roe reports
    Thursday 4 August 2005 00.02 BST The flood ...").  The stamp must carry its weekday and a clock, so
    that a sentence about a day ("Jo Roe reports Thursday 4 August that ...") is never cut; the rest must
    open with a capital and run four words or more."""
    for d in find_dates(line[:160])[:1]:
        m = _STAMP_BYLINE.match(line[: d.start])
        if m is None or not d.weekday:
            return None
        tail = STAMP_TAIL.match(line[d.end :])
        if tail is None or not TIME_RE.search(tail.group()):
            return None
        rest = line[d.end + tail.end() :].strip()
        if len(rest.split()) < 4 or not re.match(r"[A-Z\"'`“‘]", rest):
            return None
        who = re.sub(r"\s+(?:reports|writes|reporting|in\s+.*)$", "", m.group("who").strip())
        return line[: d.start].strip(), line[d.start : d.end + tail.end()].strip(), rest, md.split_names(who)
    return None


def _title_stamp(line: str) -> tuple[str, str, str] | None:
    """A headline glued to a stamp and the body: ``Headline words Thursday 29 April 2010 17.33 BST The ...``."""
    for d in find_dates(line[:400]):
        before = line[: d.start].rstrip(" ,;|-")
        if not before or ends_sentence(before) or len(before.split()) > 40:
            continue
        if not (d.weekday or TIME_RE.search(line[d.end : d.end + 20]) or TIME_RE.search(before[-20:])):
            continue
        m = re.search(r"\s*(?:[,;|-]?\s*" + TIME_RE.pattern + r")?", line[d.end :], re.I)
        cut = d.end + (m.end() if m else 0)
        title = before
        tm = re.search(r"\s+(?:[A-Z]{2,}[A-Z ]*\|\s*)?$", title)
        if tm:
            title = title[: tm.start()]
        title = re.sub(r"\s*\|.*$", "", title).strip()
        rest = line[cut:].strip()
        if len(rest.split()) >= 4 and (len(title.split()) >= 3 or rest.startswith(title)):  # or a dateline
            return title, line[len(title) : cut].strip(), rest
    return None


MAX_TEASER_WORDS = 25
"""Words at most in each line of a teaser standing before an article's "Full Article" link text."""
MAX_TEASER_LINE = 3
"""Index at most of the line whose "Full Article" link text opens the article."""
_ARTICLE_LINK = re.compile(r"(?:^|(?<=\s))Full (?:Article|Story)\s+(?=[A-Z\"'`“‘])")


def _cut_teasers(
    lines: list[_Line], kinds: list[str | None], res: CleanText, drop: Callable[[int, str, str], None]
) -> None:
    """Wire pages flattened to text print a ticker of other stories' headlines, then the link text
    "Full Article" and the article (its headline, stamp and body).  When that link text stands in one
    of the first ``MAX_TEASER_LINE`` lines and everything before it is short (``MAX_TEASER_WORDS``
    words a line at most), what stands before it is another story's teaser: its lines go to the
    removed debris, and the link text too; the article's line is judged from its headline on."""
    for i in range(min(len(lines), MAX_TEASER_LINE + 1)):
        m = _ARTICLE_LINK.search(lines[i].text)
        if m is None:
            continue
        before, rest = lines[i].text[: m.start()].strip(), lines[i].text[m.end() :].strip()
        above = [j for j in range(i) if kinds[j] is None or kinds[j] == "headline"]
        if len(rest.split()) < MIN_WORDS or len(before.split()) > MAX_TEASER_WORDS:
            return
        if any(len(lines[j].text.split()) > MAX_TEASER_WORDS for j in above):
            return
        for j in above:
            drop(j, "links", "another story's teaser above the article's link text")
        res.remove(lines[i].text[: m.end()].strip(), "link text (and another story's teaser) before the headline")
        lines[i].text = rest
        return


_BYLINE_AT = re.compile(r"(?:^|(?<=\s))By\s+(?=[A-Z])")
_LINK_TEXT = re.compile(
    r"\b(?:Full (?:Article|Story|Coverage)|Read (?:more|the full (?:article|story))|Continue reading)\b"
)
_DATELINE_WORD = re.compile(r"[A-Z][A-Z/\\.\-]*[A-Z]")  # "WASHINGTON", "HOUSTON/LONDON", "HOUSTON\/SAN"
_CREDIT_IN_HEAD = re.compile(
    r"(?:^|\s)Credit\s*:.*?/Handout(?:\\?/\w+)*\b|(?:^|\s)Credit\s*:.*?/\S+(?=\s+By\s|$)|(?:^|\s)Credit\s*:.*$"
)
_HANDOUT_IN_HEAD = re.compile(r"^.*?/Handout(?:\\?/\w+)*\b")
"""A picture credit in the words before a wire page's stamp: labelled ("... as slick spreads Credit: Reuters/Jo
Roe/U.S. Navy/Handout"; the headline stands before the label), else a bare credit up to its "/Handout"
("Reuters/Jo Roe/Handout/Files")."""


def _headline_before_stamp(before: str, rest: str) -> tuple[str, md.Byline | None]:
    """The headline in the words before a first-line stamp, and the byline they hold.  Wire pages
    print a byline and the dateline there, then repeat the dateline after the stamp ("By Jo Roe,
    Health Editor WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - ..."): a
    trailing capitalised place the body opens with is the dateline, and a byline is no headline (nor
    part of one: "Oil spill panel recommends tighter rules By Jo Roe and Al Poe")."""
    links = list(_LINK_TEXT.finditer(before))
    if links:  # a related-link teaser ending in its link text before the headline
        before = before[links[-1].end() :].strip()
    credit = _CREDIT_IN_HEAD.search(before) or _HANDOUT_IN_HEAD.search(before)
    if credit:  # a picture credit ("Credit: Reuters/Jo Roe", "... Kelley/Handout") ends the headline
        head, tail = before[: credit.start()].strip(), before[credit.end() :].strip()
        before = f"{head} {tail}" if head and _BYLINE_AT.match(tail) else head if head else tail
    toks = before.split()
    for k, tok in enumerate(toks):
        word = tok.strip(",.;:")
        if _DATELINE_WORD.fullmatch(word) and rest.startswith(" ".join(toks[k:])):
            before = " ".join(toks[:k])
            break
    byline = md.parse_byline(before) if before else None
    if byline is not None:
        return "", byline
    for m in _BYLINE_AT.finditer(before):  # the byline printed after the headline ("... Gulf Coast By Jo Roe")
        byline = md.parse_byline(before[m.start() :]) if m.start() > 0 else None
        if byline is not None and len(before[: m.start()].split()) >= MIN_WORDS:
            return before[: m.start()].strip(), byline
    return before, None


_DATELINE_START = re.compile(r"^[A-Z][A-Z.'\-]+(?:[\s/\\]+[A-Z][A-Z.'\-]+)*\s*(?:,|\(|-LRB-|--?|—|–|\|)")
"""A wire dateline opening the first paragraph ("TOLEDO, Ohio --", "WASHINGTON (Reuters) -")."""


def _find_byline(para: str, counts: CaseCounts) -> GluedByline | None:
    """A byline glued at the start of ``para`` or after what a flattened page put before it (a
    headline, a list of points, a stamp: "... (Updates with quotes) By Jo Roe and Al Poe LONDON ...").
    Inside a line the word before "By" must not go on into it ("killed By"), no bracket may be open
    (a picture credit: "(Photo By Jo Roe)") and the names must be words the text never writes in
    lower case."""
    for m in _BYLINE_AT.finditer(para[:400]):
        if m.start() > 0:
            before = para[: m.start()]
            prev = before.split()[-1]
            if prev.lower() in NO_HEADLINE_END or prev.endswith(","):
                continue
            if before.count("(") + before.count("-LRB-") > before.count(")") + before.count("-RRB-"):
                continue  # a picture credit in brackets ("(Photo By Jo Roe)")
        gb = glued_byline(para, counts, m.start())
        if gb is None:
            continue
        if m.start() > 0 and any(counts.lower[w.lower()] for a in gb.authors for w in a.split()):
            continue
        return gb
    return None


def _caption_after_byline(first: str, after: list[str], gb: GluedByline, counts: CaseCounts) -> tuple[str, list[str]]:
    """(caption, paragraphs) for the text after a glued byline: ``first`` (what was glued to the byline,
    or the next paragraph) and the paragraphs ``after`` it.  A fragment with no final punctuation of
    at most ``MAX_CAPTION_WORDS`` words before more text is the picture caption (or a standfirst); when
    the byline names an outlet or a place (pages that print a caption there), a caption glued to the
    first sentence is cut off too (:func:`~storyline.clean.glued.caption_end`)."""
    if not first or _DATELINE_START.match(first):
        return "", [first, *after] if first else after
    pieces = split_glued(first, counts)
    head, rest = pieces[0], [*pieces[1:], *after]
    short = len(head.split()) <= MAX_CAPTION_WORDS
    if rest and short and not ends_sentence(head):
        return head, rest
    if gb.caption_may_follow and len(pieces) == 1:
        cut = caption_end(head, counts)
        if cut is not None and not SENT_END.search(head[:cut]):
            return head[:cut].strip(), [head[cut:].strip(), *rest]
    return "", [*pieces, *after]


def _cut_glued_byline(paras: list[str], counts: CaseCounts, res: CleanText) -> list[str] | None:
    """``paras`` (the paragraphs a flattened first line was split into) with a glued byline and the
    picture caption after it taken out, or None when none of the first three holds a byline.  The
    byline gives the authors (and outlet); a page clock before it is furniture."""
    for k, para in enumerate(paras[:3]):
        gb = _find_byline(para, counts)
        if gb is None:
            continue
        span = para[gb.start : gb.end].strip()
        res.remove(span, "byline glued to the first paragraph (kept as author)")
        if res.byline is None:
            outlet = md.canonical_outlet(gb.outlet) if gb.outlet else None
            where = gb.filed or gb.place  # "By Jo Roe in Avel", "By Jo Roe BBC News, Avel": where the copy was filed
            res.byline = md.Byline(
                authors=gb.authors, outlet=outlet, role=gb.role, span=span, locations=[where] if where else []
            )
        if not res.authors:
            res.authors = gb.authors
        out = paras[:k]
        before = para[: gb.start].strip()
        if before and _clock_piece(before):
            res.remove(before, "page clock glued before the byline")
            res.furniture.append(Furniture(before, "head", "stamp"))
        elif before:
            out.append(before)
        after = paras[k + 1 :]
        first = para[gb.end :].strip()
        if not first and after:
            first, after = after[0], after[1:]
        hp = _header_prefix(first) if first else None
        if hp:  # a wire stamp after the byline ("WASHINGTON | Tue Jun 30, 2009 4:18 am EDT WASHINGTON (Reuters) -")
            res.remove(hp[0], "stamp before the first paragraph")
            res.furniture.append(Furniture(hp[0], "head", "header-prefix"))
            first = hp[1]
        caption, rest = _caption_after_byline(first, after, gb, counts)
        if caption:
            res.remove(caption, "picture caption glued after the byline")
        return [*out, *(p for p in rest if p)]
    return None


def _glued_headline(pieces: list[str], credit_next: bool = False) -> bool:
    """Whether the first of the pieces a glued first line splits into is the headline.  Pages that
    lost their headline open with a photo caption glued to the first paragraph just the same
    ("Rescuers could hear knocking and finally managed to free the trapped man A 24-year-old man
    ..."), so a headline needs more: a standfirst or caption between it and the body (three pieces
    or more, or two when a picture credit opens the next line, so the last piece is the caption,
    or when the line has no final punctuation, so no paragraph is glued to it), a headline colon
    ("Haiti earthquake: rescue efforts intensify"), title case, or a next piece that opens with a
    name the first one holds (:func:`~storyline.clean.glued.glued_names`: the person the headline
    names, then the caption or sentence about them)."""
    head = pieces[0]
    if ends_sentence(head) or not 3 <= len(head.split()) <= 16 or head[:1].islower() or head.isupper():
        return False  # an all-capital line is a box or section label
    if md.parse_byline(head) or re.match(r"By [A-Z]", head) or _clock_piece(head):
        return False
    caption_last = credit_next and ends_sentence(pieces[-1])
    unpunctuated = not ends_sentence(pieces[-1])  # headline + standfirst, no body paragraph glued
    if len(pieces) >= 3 or caption_last or unpunctuated or ":" in head or titlecase_ratio(head) >= 0.99:
        return True
    # the next piece opens with a name the headline holds ("... doctor Al Poe gives interview Dr Poe was")
    return names_headline_subject(head, pieces[1])


def unpunctuated_heading(s: str) -> str | None:
    """Why ``s``, a line or a piece of one with no final punctuation, is a headline, a link or a label
    rather than body text (None when it ends a sentence, introduces a quote or list, or is long and
    reads like prose: a truncated paragraph)."""
    if ends_sentence(s):
        return None
    nw = len(s.split())
    lr, tr = lowercase_ratio(s), titlecase_ratio(s)
    if s.rstrip().endswith(":") and lr >= 0.5 and nw >= 4:
        return None  # introduces a quote or list
    if nw <= 12 or (tr >= 0.6 and nw <= 25):
        return "short line without sentence punctuation (headline, link or label)"
    if lr < 0.3 and nw <= 40:
        return "capitalised line without sentence punctuation"
    return None


MAX_HEADLINE_BLOCK = 40
"""Words at most in the unpunctuated piece that opens a first line no title was read from: a headline
and the caption or standfirst glued to it ("Avel flood toll 'may be 500' Rescuers search the ruins
of the old town")."""


MIN_BULLET_WORDS = 5
"""Words at least in a key-point bullet without a verb kept as text ("Rating cut from AA to BBB");
a bullet written as a clause is kept however short (:func:`~storyline.clean.glued.reads_as_standfirst`)."""


def _judge_pieces(ps: list[str], res: CleanText) -> list[str]:
    """The pieces split off a glued first line (after its headline) that are body text.  Each piece
    another one follows on the line is judged as a line of its own would be
    (:func:`unpunctuated_heading`), so a picture caption or a second headline cut from the title line
    goes to the removed debris ("... gives TV interview | Jo Roe spoke to a radio show on Friday night
    | Dr Roe, who ...") instead of standing as the first paragraph; the last piece is the paragraph
    they were glued to, or the standfirst of a headline line.  When no title was read, the first piece
    is dropped only when it is written as a headline (:func:`~storyline.clean.glued.reads_as_headline`;
    ``MAX_HEADLINE_BLOCK`` words at most, with the caption glued to it): a page that lost its headline
    may open with a caption glued to the body.  A date in a removed piece is kept as head furniture,
    as for a removed headline line.  Before a piece is judged, a picture credit in it is cut with the
    caption before it (:func:`split_photo_credit`), and so is a picture caption that places people left
    and right (:func:`~storyline.clean.glued.position_caption`), which the headline glued before it hid
    from the line's own check."""
    kept: list[str] = []
    deck = bullet_deck(ps)
    if deck:  # each item of a key-point list glued into the line is judged on its own
        ps = [item for p in ps for item in split_bullets(p)]
    for k, p in enumerate(ps):
        credit, rest = split_photo_credit(p) if k < len(ps) - 1 else ("", p)
        if credit:  # a caption and its credit, cut as the last piece's are when the text is assembled
            res.remove(credit, "picture credit (and its caption) glued to a paragraph")
            p = rest
            if not p:
                continue
        cap = position_caption(p)
        if cap is not None:  # a caption placing people in the photo, now that the headline is cut off
            res.remove(p[:cap].strip(), "picture caption (people placed by left/right in the photo)")
            p = p[cap:].strip()
            if not p:
                continue
        reason = None
        if k == len(ps) - 1 or ends_sentence(p):
            pass  # the paragraph the pieces were glued to, or a sentence
        elif res.title is not None or k > 0:
            reason = unpunctuated_heading(p)
        elif len(p.split()) <= MAX_HEADLINE_BLOCK and reads_as_headline(p):
            reason = "headline (and caption) glued before the first paragraph, no sentence punctuation"
        if deck and k < len(ps) - 1:  # a key-point bullet is text, unless a short or title-case label
            label = len(p.split()) < MIN_BULLET_WORDS or titlecase_ratio(p) >= 0.6
            reason = None if reads_as_standfirst(p) or not label else "key-point bullet: a short label"
        if reason is None:
            kept.append(p)
            continue
        res.remove(p, f"{reason}, glued to the first line")
        if find_dates(p):
            res.furniture.append(Furniture(p, "head", "headline"))
    return kept


_BOX_LABEL_WORD = r"(?:Born|Died|Family|Education|Educated|Career|Married|Children|Hobbies|Interests|Religion)"
_BOX_CORE = frozenset(["Born", "Education", "Educated", "Career"])
BOX_LINE_FIRST = re.compile(rf"^{_BOX_LABEL_WORD}\s+(?=[A-Z0-9])")
BOX_LINE_GLUED = re.compile(rf"(?<=[a-z0-9;,.)])\s+{_BOX_LABEL_WORD}\s+(?=[A-Z0-9])")
MAX_BOX_LINE = 60
"""Words at most in a line of a profile box."""
MIN_BOX_LABELS = 3
"""Different labels at least in a profile box."""


def profile_boxes(texts: list[str]) -> list[tuple[int, int]]:
    """(start, end) line ranges of profile boxes: runs of short lines (``MAX_BOX_LINE`` words at most)
    each holding a label word led straight into its entry with no colon ("Born Cape Town, 1932",
    "Career Ambassador to Germany (1997)", "... marriage Education Lancing College"), a label opening
    one line of the run at least, ``MIN_BOX_LABELS`` different labels at least with one of birth,
    education or career among them.  A profile printed beside the story is a fact sheet, not the
    story's text; a prose sentence that opens with one of these words ("Born in 1957, he ...",
    "Education Secretary Jo Roe said ...") stands alone or reads on in lower case, and is no box."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        j = i
        labels: list[str] = []
        first = False
        while j < len(texts) and len(texts[j].split()) <= MAX_BOX_LINE:
            f = BOX_LINE_FIRST.match(texts[j])
            glued = [g.split()[0] for g in BOX_LINE_GLUED.findall(texts[j])]
            if f is None and not glued:
                break
            first = first or f is not None
            labels += ([f.group().split()[0]] if f else []) + glued
            j += 1
        if first and len(set(labels)) >= MIN_BOX_LABELS and _BOX_CORE & set(labels):
            out.append((i, j))
        i = max(j, i + 1)
    return out


def clean_text(text: str, *, known_title: str | None = None) -> CleanText:
    """Classify every line of plain text as body or debris; see the module doc."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\u200b", "")
    raw_lines: list[_Line] = []
    blank = False
    res = CleanText(text="")
    for raw_ln in text.split("\n"):
        s = " ".join(raw_ln.split())
        for err in SERVER_ERROR.finditer(s):
            res.remove(err.group().strip(), "server error message (page furniture)")
        s = " ".join(SERVER_ERROR.sub(" ", s).split())
        s = GLUED_CLOCK.sub(r"\g<0> ", s)
        agency_year = GLUED_CREDIT.match(s)
        if agency_year and len(s[agency_year.end() :].split()) >= MIN_WORDS:
            res.remove(agency_year.group().strip(), "picture credit glued to the first word of a paragraph")
            s = s[agency_year.end() :]
        shop = STORE_PROMO.match(s)
        if shop:
            res.remove(shop.group().strip(), "promotion of the site's book or app (page furniture)")
            s = s[shop.end() :]
        facts = PROFILE_FACTS.match(s) or BORN_FACTS.match(s)
        if facts and not PROSE_RUN.search(facts.group()):  # a sheet's entries are names, not prose
            res.remove(facts.group().strip(), "profile fact sheet (career, schools) opening a paragraph")
            s = s[facts.end() :]
        cap = CAPTION_THEN_CREDIT.match(s)
        if cap and len(cap.group("cap").split()) <= MAX_CAPTION_WORDS and len(s[cap.end() :].split()) >= MIN_WORDS:
            res.remove(cap.group().strip(), "picture caption and its credit opening a paragraph")
            s = s[cap.end() :]
        pic = LEAD_PIC_CREDIT.match(s)
        if pic:
            res.remove(pic.group().strip(), "picture credit opening a paragraph")
            s = s[pic.end() :]
        if not s:
            blank = True
            continue
        raw_lines.append(_Line(s, blank))
        blank = False
    lines = _cut_wire_notes(_split_headings(_merge_wrapped(raw_lines), text, res), res)
    footer_at = _split_post_footer(lines)
    policy_at = _split_comment_policy(lines) if footer_at is None else None
    credit_at = _split_wire_credit(lines, policy_at if policy_at is not None else len(lines))
    if credit_at is not None and policy_at is not None and credit_at == policy_at:
        policy_at += 1  # the credit's line was split: the notice moved one line down
    n = len(lines)
    # a contact footer glued to the end of a line (flattened pages put the standfirst and the
    # footer in one line): the footer is cut, what stands before it is judged like any line
    footers: dict[int, tuple[str, str]] = {}  # line -> (footer, the whole line it was cut from)
    for i, ln in enumerate(lines):
        m = CONTACT_FOOTER.search(ln.text) if "@" in ln.text else None
        if m and m.start() > 0 and len(ln.text[: m.start()].split()) >= 6:
            footers[i] = (ln.text[m.start() :], ln.text)
            ln.text = ln.text[: m.start()].rstrip()
    kinds: list[str | None] = [None] * n  # None = body
    why: list[str] = [""] * n

    def drop(i: int, kind: str, reason: str) -> None:
        kinds[i] = kind
        why[i] = reason

    # reader comments: two or more comment headers start a comment section that runs to the end; a
    # blog post's footer below the text, or a comment heading shortly before a comment header, starts
    # it earlier (the first comment stands before the first header)
    heads = [i for i, ln in enumerate(lines) if COMMENT_HEAD.match(ln.text)]
    start = _comment_start(lines, heads, footer_at)
    if credit_at is not None:
        drop(credit_at, "footer", "the wire's credit ends the story: what follows it on the line is page text")
        m_cr = CREDIT_BRACKET.match(lines[credit_at].text)
        if m_cr:
            _take_credit(res, m_cr.group(0))
    else:
        # a credit on a line of its own, under which the page's unpunctuated furniture runs to the end
        for i in range(max(3, n - 1 - MAX_AFTER_CREDIT), n - 1):
            m_cr = CREDIT_BRACKET.fullmatch(lines[i].text)
            if m_cr and not any(ends_sentence(ln.text) for ln in lines[i + 1 :]):
                drop(i, "credit", "credit line (kept as contributors)")
                _take_credit(res, m_cr.group(0))
                for j in range(i + 1, n):
                    drop(j, "footer", "page text after the wire's credit")
                credit_at = i
                break
    # a credit bracket inside a paragraph: cut, its people kept as contributors
    for i, ln in enumerate(lines):
        if kinds[i] is not None or i == credit_at or "by" not in ln.text:
            continue
        found = list(CREDIT_BRACKET.finditer(ln.text))
        if not found:
            continue
        rest = " ".join(CREDIT_BRACKET.sub(" ", ln.text).split())
        for m_in in found:
            _take_credit(res, m_in.group(0))
            if rest:
                res.remove(m_in.group(0), "a wire story's credit (kept as contributors)")
        if rest:
            ln.text = rest
        else:
            drop(i, "credit", "credit line (kept as contributors)")
    if policy_at is not None and (start is None or policy_at < start[0]):
        # comments with no header and no stamp: their text is no bound on the publication date
        for i in range(policy_at, start[0] if start else n):
            drop(i, "reader-text", "the site's notice on readers' comments" if i == policy_at else "reader comments")
    if start is not None:
        at, why_start = start
        for i in range(at, n):
            drop(i, "comment", why_start if i == at else "reader comments")

    # a live chat: the readers' questions ("Arlington, Va.: ...") and the question lines right after
    askers = [i for i in range(n) if kinds[i] is None and CHAT_ASKER.match(lines[i].text)]
    if len(askers) >= MIN_CHAT_QUESTIONS:
        for i in askers:
            drop(i, "chat", "reader question in a live chat")
            j = i + 1
            while j < n and kinds[j] is None and not lines[j].blank_before and _question_line(lines[j].text):
                drop(j, "chat", "reader question in a live chat")
                j += 1

    # repetition
    counts: dict[str, int] = {}
    for ln in lines:
        key = re.sub(r"\W+", " ", ln.text.lower()).strip()
        counts[key] = counts.get(key, 0) + 1
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        key = re.sub(r"\W+", " ", ln.text.lower()).strip()
        if kinds[i]:
            continue
        if counts[key] > 1:
            short = not ends_sentence(ln.text) or len(ln.text.split()) < 8
            prose = ends_sentence(ln.text) and lowercase_ratio(ln.text) >= 0.5
            if short and (not prose or _is_ui_sentence(ln.text)):
                drop(i, "repeated", "short line repeated in the page")
                continue
            if key in seen:
                drop(i, "repeated", "paragraph repeated verbatim (second copy)")
        seen.add(key)

    for a, b in profile_boxes([ln.text for ln in lines]):
        for i in range(a, b):
            if not kinds[i]:
                drop(i, "profile-box", "profile box beside the story (labelled facts: born, education, career)")

    # per-line classification
    for i, ln in enumerate(lines):
        if kinds[i]:
            continue
        s = ln.text
        nw = len(s.split())
        bl = md.parse_byline(s) if nw <= 16 and (not ends_sentence(s) or s.startswith("By ")) else None
        if bl is not None:
            drop(i, "byline", "byline (kept as author)")
            if res.byline is None:
                res.byline = bl
                res.authors = bl.authors
            continue
        cr = md.parse_credit(s)
        if cr is not None:
            drop(i, "credit", "credit line (kept as contributors)")
            res.credits.append(cr)
            res.contributors.extend(c for c in cr.contributors if c not in res.contributors)
            continue
        if _is_widget(s):
            drop(i, "widget", "interface text")
            continue
        if is_stamp(s) and not ends_sentence(s.rstrip(".")):
            drop(i, "stamp", "date/time stamp (page furniture)")
            continue
        if nw <= 12 and COUNTER.search(s) and not ends_sentence(s[: COUNTER.search(s).start()]):  # type: ignore[union-attr]
            drop(i, "counter", "section link with a counter")
            continue
        if is_tag_line(s):
            drop(i, "tags", "tag list")
            continue
        if _is_ui_sentence(s) or (nw <= MAX_NOTICE_LINE and EXTERNAL_DISCLAIMER.search(s)):
            drop(i, "widget", "interface sentence addressed to the reader")
            continue
        if is_caption_line(s):
            drop(i, "caption", "picture caption with its credit at the end of the line")
            continue
        if is_promo_line(s):
            drop(i, "widget", "a call to the reader to see another page (the site's promotion)")
            continue
        on_social = ON_SOCIAL.search(s) if i >= n - MAX_SOCIAL_TAIL else None
        if on_social and (not s[: on_social.start()].strip() or is_promo_line(s[: on_social.start()])):
            drop(i, "widget", "the site's note that its section is on a social network (page foot)")
            continue
        if READER_SIGNATURE.match(s) or DEBATE_CLOSED.match(s):
            drop(i, "widget", "a reader's signature (name and town) or a closed debate's notice")
            continue
        if POLL_LINE.match(s):
            drop(i, "widget", "a reader poll's question")
            continue
        stamps = len(AGE_STAMP.findall(s))
        if stamps >= 2 or (stamps and nw <= MAX_LINK_LINE):
            drop(i, "links", "related links with their age (page furniture)")
            continue
        if SLIDE_DATE.match(s) and PICTURE_WORDS.search(s):
            drop(i, "caption", "dated picture caption (describes a photo)")
            continue
        if _is_rights_notice(s, nw):
            drop(i, "widget", "copyright or rights notice")
            continue
        if PRINT_NOTE.match(s) or ("@" in s and CONTACT_FOOTER.match(s)):
            drop(i, "print-note", "print-edition note or contact footer")
            continue
        reason = unpunctuated_heading(s)
        if reason is not None and _standfirst_goes_on(lines, i):
            reason = None
        if reason is not None:
            drop(i, "headline", reason)
            continue

    # a picture caption written as a noun phrase with no verb, among the body's first lines with a story under it
    # (a caption above a line opening with its credit is left to the credit's rule, which takes both)
    body = [i for i in range(n) if kinds[i] is None]
    for rank, i in enumerate(body[:MAX_CAPTION_LEAD]):
        if i + 1 < n and opens_with_credit(lines[i + 1].text):
            continue
        if len(body) - rank - 1 >= MIN_STORY_LINES and verbless_caption(lines[i].text):
            drop(i, "caption", "picture caption: a noun phrase and a place or time, with no verb, above the story")
    # runs: a short punctuated capitalised line sitting inside a run of headline lines is a link too
    for i in range(n):
        if kinds[i] is None and 0 < i < n - 1 and kinds[i - 1] == "headline" and kinds[i + 1] == "headline":
            s = lines[i].text
            if len(s.split()) <= 14 and titlecase_ratio(s) >= 0.6:
                drop(i, "headline", "inside a run of headline links")

    # the pieces of a list of age-stamped links that full stops in outlets' names cut off ("Yahoo !",
    # "... earthquake ?" before "- 3 hrs ago"): a short capitalised line next to the list, or any
    # short line inside it
    for i in range(n):
        if kinds[i] is not None:
            continue
        s, nw = lines[i].text, len(lines[i].text.split())
        before = i > 0 and kinds[i - 1] == "links" and not lines[i].blank_before
        after = i + 1 < n and kinds[i + 1] == "links" and not lines[i + 1].blank_before
        if nw <= 15 and ((before and after) or ((before or after) and lowercase_ratio(s) < 0.5)):
            drop(i, "links", "next to related links with their age (page furniture)")

    # a closing paragraph about the writer ("She joined the Courier in 1990 ...") is no part of the story
    body_idx = [i for i in range(n) if kinds[i] is None]
    if len(body_idx) >= MIN_STORY_LINES and writer_bio(lines[body_idx[-1]].text, res.authors):
        drop(body_idx[-1], "bio", "the writer's biography closing the article")

    # another story's teaser above the link text that opens the article ("Helicopter hits crane ." /
    # "Full Article Egypt orders cull ... CAIRO | Wed Apr 29 ...")
    _cut_teasers(lines, kinds, res, drop)

    # a photo gallery's dated captions above the story
    for i in _caption_blocks(lines, kinds, res):
        drop(i, "caption", "dated picture caption above the story (a photo gallery)")

    # title: the first line when it is a headline followed by body text
    body_idx = [i for i in range(n) if kinds[i] is None]
    first_body = body_idx[0] if body_idx else None
    if known_title:
        kt = " ".join(known_title.split()).lower()
        for i in range(min(n, 6)):
            if lines[i].text.lower() == kt:
                res.title, res.title_from = lines[i].text, "metadata"
                kinds[i], why[i] = "title", "title"
                break
    if res.title is None and n and first_body is not None:
        for i in range(0, first_body):
            if (
                kinds[i] == "headline"
                and len(lines[i].text.split()) >= 3
                and lowercase_ratio(lines[i].text) > 0
                and not _is_widget(lines[i].text)
            ):
                res.title, res.title_from = lines[i].text, "first-line"
                kinds[i], why[i] = "title", "title"
                break
            if kinds[i] in ("headline",) and i > 2:
                break
    # a title repeated at the tail with a date ("... in Syria 03.11.2016") is furniture
    for i in range(n):
        if kinds[i] is None and not ends_sentence(lines[i].text):
            dates = find_dates(lines[i].text)
            if dates and dates[-1].end >= len(lines[i].text) - 1 and len(lines[i].text.split()) <= 30:
                drop(i, "title-date", "headline followed by a date (page furniture)")
                if res.title is None and not lines[i].glued and len(lines[i].text[: dates[-1].start].split()) >= 3:
                    res.title = lines[i].text[: dates[-1].start].strip(" -|,")
                    res.title_from = "headline-with-date"

    # glued stamps in the first body line (tokenised corpora)
    first_body = next((i for i in range(n) if kinds[i] is None), None)
    prefix_parts: dict[int, tuple[str, str]] = {}
    case_counts = CaseCounts.of(ln.text for ln in lines)
    pieces: dict[int, list[str]] = {}  # line -> the standfirst/caption pieces glued in it, in order
    for i in range(min(n, MAX_BYLINE_STAMP_LINE)):
        bs = byline_stamp(lines[i].text) if kinds[i] is None else None
        if bs is None:
            continue
        bs_byline, bs_stamp, bs_rest, bs_who = bs
        prefix_parts[i] = (f"{bs_byline} {bs_stamp}", bs_rest)
        res.furniture.append(Furniture(bs_stamp, "head", "header-prefix"))
        if not res.authors:
            res.authors = bs_who
        break
    if first_body is not None and first_body <= 3 and first_body not in prefix_parts:
        s = lines[first_body].text
        hp = _header_prefix(s)
        if hp:
            prefix, rest, who = hp
            prefix_parts[first_body] = (prefix, rest)
            res.furniture.append(Furniture(prefix, "head", "header-prefix"))
            if who and not who.isupper() and 2 <= len(who.split()) <= 4 and not res.authors:
                res.authors = [who.strip()]
        ts = _title_stamp(s) if res.title is None and not hp else None
        if ts:
            title, stamp, rest = ts
            headline, byline = _headline_before_stamp(title, rest)
            if _clock_piece(headline):  # "Page last updated at 05:32 GMT" before the date: no headline
                headline = ""
            if byline and not res.authors:
                res.authors = byline.authors
            res.title, res.title_from = headline or None, "first-line-before-stamp" if headline else None
            head = split_title(headline, case_counts) if headline else [""]
            if len(head) > 1:  # the standfirst before the stamp is body text of its own
                res.title = head[0]
                # a clock label before the stamp ("Page last updated at 08:58 GMT") is furniture
                clock = " ".join(p for p in head[1:] if _clock_piece(p))
                rest = "\n\n".join([*(p for p in head[1:] if not _clock_piece(p)), rest])
                prefix_parts[first_body] = (" ".join(p for p in (head[0], clock, stamp) if p), rest)
            else:
                prefix_parts[first_body] = (s[: len(s) - len(rest)].strip(), rest)
            res.furniture.append(Furniture(stamp, "head", "header-prefix"))
        if res.title is None and not ts:
            # a headline glued to the standfirst (or the first paragraph) that follows it
            rest = prefix_parts[first_body][1] if first_body in prefix_parts else s
            glued = [p for g in split_glued(rest, case_counts) for p in split_names(g, case_counts)]
            head_end = repeated_subject_start(rest, case_counts) if len(glued) == 1 else None
            if head_end is not None:  # a headline glued before a first sentence that names its subject again
                glued = [rest[:head_end].strip(), rest[head_end:].strip()]
            # "Last updated at 20:01 GMT Help" before the first paragraph
            split = _drop_clocks(glued[:-1], res, "the first paragraph") + glued[-1:]
            if len(glued) > 1:
                pieces[first_body] = split
            credit_next = first_body + 1 < n and opens_with_credit(lines[first_body + 1].text)
            if len(split) > 1 and _glued_headline(split, credit_next):
                head = split_title(split[0], case_counts)
                res.title, res.title_from = head[0], "first-line-glued"
                pieces[first_body] = [*head[1:], *split[1:]]
    # a first-line title that holds the standfirst too: the headline is the title, the standfirst
    # is the first paragraph
    if res.title_from == "first-line" and res.title is not None:
        head = split_title(res.title, case_counts)
        if len(head) > 1:
            res.title = head[0]
            ti = next(i for i in range(n) if kinds[i] == "title")
            pieces[ti] = head[1:]

    for i, ps in pieces.items():  # a page clock cut from a glued title is furniture
        pieces[i] = _drop_clocks(ps, res, "the headline")
    # a byline glued to the first paragraph (and the picture caption glued after it)
    # (in the title's line or one of the first three body lines near the top)
    title_at = [i for i in range(min(n, 4)) if kinds[i] == "title"]
    for at in [*title_at, *[i for i in range(min(n, 6)) if kinds[i] is None][:3]]:
        if at in pieces:  # the paragraphs a glued line was split into (after the title's)
            paras = pieces[at]
        elif kinds[at] is None:
            paras = (prefix_parts[at][1] if at in prefix_parts else lines[at].text).split("\n\n")
        else:
            continue
        cut = _cut_glued_byline(paras, case_counts, res)
        if cut is not None:
            pieces[at] = cut
            break

    for i, ps in pieces.items():  # a caption or a headline cut from the first line is no paragraph
        pieces[i] = _judge_pieces(ps, res)

    # assemble
    kept: list[str] = []
    blank_next = False
    glued_piece = -1  # index in kept of a sentence glued after a headline (a caption when a credit follows)
    body_pos = [i for i in range(n) if kinds[i] is None]
    last_body = body_pos[-1] if body_pos else -1
    first_b = body_pos[0] if body_pos else n
    for i, ln in enumerate(lines):
        k = kinds[i]
        if i - 1 in footers:  # the footer cut from the end of the line before, in page order
            _cut_footer(res, footers[i - 1])
        if k is None:
            if i in prefix_parts:
                prefix, rest = prefix_parts[i]
                res.remove(prefix, "stamp before the first paragraph")
                kept_text = rest
            else:
                kept_text = ln.text
            if i in pieces:  # the headline went to the title; each glued piece is a paragraph
                kept_text = "\n\n".join(pieces[i])
            *paras, kept_text = kept_text.split("\n\n")
            # a picture credit (and the caption before it) glued to the start of a paragraph; cut
            # after the first line's title and stamp have been read from it
            credit, kept_text = split_photo_credit(kept_text)
            if credit and not paras and opens_with_credit(credit) and kept and glued_piece == len(kept) - 1:
                # the credit opens the line: the sentence glued after the headline above is its caption
                caption = kept.pop()
                res.remove(caption, "photo caption glued after the headline")
                while kept and not kept[-1]:
                    kept.pop()
                if kept:
                    kept.append("")  # the standfirst above stays a paragraph of its own
            if credit:
                res.remove(credit, "picture credit (and its caption) glued to a paragraph")
            if kept and (ln.blank_before or blank_next):
                kept.append("")
            blank_next = i in pieces  # a glued standfirst or caption is a paragraph of its own
            for p in paras:
                kept.extend((p, ""))
            if not kept_text:
                while kept and not kept[-1]:
                    kept.pop()
                continue
            kept.append(kept_text)
            # the first paragraph (or the last piece glued after the headline) is a caption when
            # the next line opens with a picture credit
            first_par = i == first_b or i in pieces or bool(paras)
            caption_like = ends_sentence(kept_text) and len(kept_text.split()) <= 40
            glued_piece = len(kept) - 1 if first_par and caption_like else -1
            continue
        if k == "title":
            if pieces.get(i):  # the standfirst glued to the headline is the first paragraph
                for p in pieces[i]:
                    if kept:
                        kept.append("")
                    kept.append(p)
                glued_piece = len(kept) - 1 if ends_sentence(kept[-1]) else -1
                blank_next = True
            continue  # metadata, not debris
        res.remove(ln.text, why[i])
        if k == "reader-text":
            continue
        if k == "comment":
            res.comments.append(ln.text)
            if i == footer_at:  # the post's byline and stamp: when the post was published
                m = POST_FOOTER.search(ln.text)
                # ... when comments follow it (a lone footer line is a link to another post)
                if m and (i < n - 1 or ends_sentence(ln.text[m.end() :])):
                    res.furniture.append(Furniture(m.group(), "tail", "stamp"))
            continue
        pos = "head" if i < first_b else "tail" if i > last_body else "inline"
        if find_dates(ln.text):
            res.furniture.append(Furniture(ln.text, pos, k))
    if n - 1 in footers:
        _cut_footer(res, footers[n - 1])
    res.text = "\n".join(kept).strip()
    res.text = re.sub(r"\n{3,}", "\n\n", res.text)
    return res
