"""The ``annotate`` stage: Article -> AnnotatedArticle (sentences, mentions, times,
toponyms, figures, attributions).

spaCy runs here and only here; what leaves the stage is plain records (character
offsets into ``Article.text``).  Story-level work (entities across articles, geocoding,
linking figures to claimants) is :func:`storyline.annotate.understand.understand`.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from storyline.errors import Code, StorylineError
from storyline.options import Options
from storyline.pipeline import ErrorHandler, batched, register
from storyline.records import AnnotatedArticle, Article, Mention, Sentence, TimeExpression, Toponym

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

#: recogniser labels kept as mentions (numbers and dates come from figures/timex)
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_END_PUNCT = tuple(".!?:;\"”’')»")


# Titles that stand before a name: a sentence boundary right after one is the model's mistake
# ("... Brig. | Gen. Talal Ali Selo told CNN").
_TITLE_END = re.compile(
    r"(?:^|[\s(“\"'\-])(?:Brig|Gen|Capt|Col|Lt|Sgt|Maj|Adm|Cmdr|Cpl|Pvt|Gov|Sens?|Reps?|Dr|Mr|Mrs|Ms|Mme|Prof|Rev|Fr|Sec|Treas|Atty|Supt|Insp|Det|Amb|Mt|Ft)\.$"
)


# What cannot stand at a sentence's end when the text goes on (checked on the piece before a cut):
# a party-state tag cut inside the state ("Rep. Nick Rahall, D-W." | "Va., said"), "No." before a
# number ("No." | "10 Downing Street"), a clock time before its zone ("10:30 a.m." | "EDT on Friday").
_PARTY_INITIAL_END = re.compile(r"(?:^|[\s(])[RDI]-[A-Z]\.$")
_NUMBER_SIGN_END = re.compile(r"(?:^|[\s(])Nos?\.$")
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$")
_ZONE_START = re.compile(r"(?:[ECMP][SD]T|[ECMP]T|GMT|UTC|BST|CES?T|local time)\b")
# what a sentence never starts with: a comma, semicolon, closing bracket or per-cent sign
# ("Sen. Jane Doe, R-La." | ", said ...": the cut a party-state tag provokes)
_CONTINUATION_START = tuple(",;)]%")
# a quoted question or exclamation, its speaker next in lowercase ('"Is it over?"' | 'asked Smith.');
# without the closing quote only a reporting verb shows the speaker ("Is it over?" | "he asked.")
_QUOTED_QUESTION_END = re.compile(r"[?!][\"”’']$")
_QUESTION_END = re.compile(r"[?!]$")
# any quotation closed at the end of a piece, its speaker next ('"... the pipe."' | 'said Jo Roe.';
# the source cut after the quote, and a sentence never starts with a lowercase "said")
_QUOTE_CLOSED_END = re.compile(r"[.,;:?!…][\"”’']$")
_SPEAKER_START = re.compile(
    r"(?:(?:he|she|they|we|it)\s+)?(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies"
    r"|shouted|shouts|cried|cries|yelled|yells)\b"
)
# a web address cut at its dot ("traffic soared at CDC." | "gov last month"; a tokenised source
# spaces the inner dot too: "at bbc." | "co. uk/news"), unless a capitalised word follows it: then
# the address ended a caption or a credit and the next sentence begins ("guardian." | "co. uk Engineers ...")
_DOMAIN_START = re.compile(r"(?:gov|com|org|net|edu|int|(?:co|org|ac)\. ?uk)\b(?![.'’]?\w)(?!\s+[A-Z])")
# a stock ticker cut at the dot before its exchange code ("Transocean Ltd (RIG." | "N) fell",
# "Toyota (7203." | "T)", "Iberia IBLA." | "MC, which ..."): the piece before ends in a symbol of
# capitals or of digits (a share class may follow in lowercase: "RDSa."; not a mix, which is a name:
# "H1N1."); the next one starts with the one- or two-letter exchange code, then the closing bracket,
# a comma, or (one letter) a lowercase word.  "I", "A" and "O" are words, not codes, and "US." |
# "BP said ..." is a real boundary.
_TICKER_END = re.compile(r"(?:^|[\s(<\[])[.^]?(?:[A-Z]{1,7}[a-z]?|\d{1,7})\.{1,2}$")
_EXCHANGE_START = re.compile(r"[A-Z]{1,2}[a-z]?[)\]>]|(?!OK\b|[AI]\b)[A-Z]{1,2}[,;]|(?![AIO]\b)[A-Z]\s+[a-z]")
# A number's unit or multiplier written as one letter ends a sentence the model runs on
# ("climbed to 384.7 p. The explosion ...", "has reached £31.5 m. Meanwhile ..."): the tokenizer
# reads "p." and "m." as abbreviations.  A cut before a capitalised word only: "5 p.m." and
# "5 ft. tall" stay whole; a bare year takes no unit ("b. 1699 m. Dorothy": married; a decade,
# "the 1990s. The ...", is cut as well, and rightly).
_LETTER_UNIT_END = re.compile(
    r"(?<![\w.,])(?:[$£€]\s?|(?!(?:1\d|20)\d\d\b))\d(?:[\d,.]*\d)? ?[a-z]\.(?=[ \t]+[\"“‘']?[A-Z])"
)
# A one-letter label after the word it labels ends a sentence the model runs on ("BP is Exhibit A. The
# blowout ...", "a subtype of influenza Type A. The test ...", "There's a Plan E and a Plan F. So we are ..."):
# the tokenizer reads the letter as a name's initial.  Only after a word that names an item of a series
# (a person's initial follows a first name) and before a capitalised word.
_LABEL_LETTER_END = re.compile(
    r"\b(?:[Ee]xhibit|[Aa]ppendix|[Aa]nnex|[Ff]igure|[Tt]able|[Pp]lan|[Ss]ection|[Cc]lass|[Tt]ype|[Ss]chedule"
    r"|[Oo]ption|[Pp]hase|[Gg]rade|[Cc]ategory|[Gg]roup|[Pp]art|[Cc]hapter|[Ii]tem|[Ff]orm|[Tt]ier|[Vv]itamin)"
    r" [A-Z]\.(?=[ \t]+[\"“‘']?[A-Z])"
)

# opening quotes/brackets at the end of a span (after a space, or the whole span): '"', '“', '[', '('
_TRAILING_OPENERS = re.compile(r"(?:^|(?<=\s))([\"“‘(\[]+)\s*$")

AUTO_PARALLEL_MIN = 32
_WORKER: AnnotateStage | None = None  # the stage a forked worker runs (set just before the fork)


def _annotate_chunk(articles: list[Article]) -> list[AnnotatedArticle | tuple[str, str]]:
    """Worker side of :meth:`AnnotateStage._parallel`: plain records (or (file, reason)) back."""
    stage = _WORKER
    assert stage is not None and stage._nlp is not None
    out: list[AnnotatedArticle | tuple[str, str]] = []
    errors = ErrorHandler("record")
    for article, doc in stage._docs(articles, errors):
        try:
            out.append(stage.annotate_one(article, doc))
        except Exception as exc:
            out.append((article.file, f"{type(exc).__name__}: {exc}"))
    out.extend((f.file, f.reason) for f in errors.failures)
    return out


def _cores() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _reattach_openers(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Opening quotes and brackets belong to the sentence they open: the model sometimes cuts
    after them ('said. "[' | 'The operation] will...') or leaves them as a sentence of their own."""
    out = [list(sp) for sp in spans]
    for i in range(len(out) - 1):
        start, end = out[i]
        m = _TRAILING_OPENERS.search(text, start, end)
        if m is None:
            continue
        cut = m.start(1) if m.start(1) > start else start
        out[i][1] = cut
        out[i + 1][0] = min(out[i + 1][0], cut)
    return [(a, b) for a, b in out if text[a:b].strip()]


def join_title_splits(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo sentence cuts on the same line that fall right after a title abbreviation, before a
    lowercase word (a sentence does not start in lowercase: "ISIS... the operation"), or inside a
    parenthesis the next piece closes, and give opening quotes and brackets back to the sentence
    they open; a piece that starts with a lone full stop ("Lt" | ". Gen. ...") is the tokenizer's
    cut inside an abbreviation.  Cuts that :func:`_continues` rejects are undone on the same line
    and across a single line break (hard-wrapped or one-sentence-a-line text)."""
    out: list[tuple[int, int]] = []
    for start, end in _reattach_openers(text, spans):
        gap = text[out[-1][1] : start] if out else "\n\n"
        rest = text[start:end].lstrip(" \t\r\n")
        prev = text[out[-1][0] : out[-1][1]].rstrip() if out else ""
        same_line = "\n" not in gap
        one_break = not same_line and _BLANK_LINE.search(gap) is None and gap.count("\n") == 1
        bare = rest.lstrip("\"'“‘([")
        if (
            same_line and (bare[:1].islower() or (rest[:1] == "." and rest[1:2] != ".") or _open_bracket(prev, bare))
        ) or ((same_line or one_break) and _continues(prev, rest)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _continues(prev: str, rest: str) -> bool:
    """True when a sentence cut between ``prev`` (right-trimmed) and ``rest`` (left-trimmed) is
    wrong wherever it falls: after a title ("Treas. Sec." | "Henry ..."), a party-state tag cut
    inside the state, "No." before a number or a clock time before its zone; before a comma,
    semicolon or closing bracket; between a question or a closed quotation and its lowercase
    speaker; inside a web address ("CDC." | "gov") or a stock ticker ("(RIG." | "N) fell")."""
    if not prev or not rest:
        return False
    if rest.startswith(_CONTINUATION_START):
        return True
    if _TITLE_END.search(prev) or _PARTY_INITIAL_END.search(prev):
        return True
    if _NUMBER_SIGN_END.search(prev) and rest[:1].isdigit():
        return True
    if _CLOCK_END.search(prev) and _ZONE_START.match(rest):
        return True
    if _QUOTED_QUESTION_END.search(prev) and rest[:1].islower():
        return True
    if (_QUESTION_END.search(prev) or _QUOTE_CLOSED_END.search(prev)) and _SPEAKER_START.match(rest):
        return True
    if _TICKER_END.search(prev) and _EXCHANGE_START.match(rest):
        return True
    return prev[-2:-1].isalnum() and prev.endswith(".") and _DOMAIN_START.match(rest) is not None


def _open_bracket(prev: str, rest: str) -> bool:
    """A cut inside a parenthesis that the next piece closes ("at 1930 CDT on 1 June (0030" |
    "GMT 2 June)."): a sentence does not end inside brackets."""
    if prev.count("(") <= prev.count(")") or prev.rstrip().rstrip("\"'”’")[-1:] in ".!?…":  # "(So it goes. )Next"
        return False
    close, stop = rest.find(")"), re.search(r"[.!?…]\s", rest)
    return close >= 0 and (stop is None or close < stop.start())


def split_sentences(text: str, spans: Iterable[tuple[int, int]]) -> list[Sentence]:
    """Sentences from the model's spans, also cut at line breaks that end a paragraph or a
    short line (headlines, datelines, page leftovers), after a number's one-letter unit before
    a capitalised word ("384.7 p. The ...") and after a one-letter label ("Exhibit A. The ...");
    whitespace trimmed, empties dropped."""
    spans = join_title_splits(text, spans)
    cuts: set[int] = set()
    for m in re.finditer(r"\n", text):
        pos = m.start()
        before = text[:pos].rstrip(" \t\r")
        line_start = before.rfind("\n") + 1
        line = before[line_start:]
        if not line.strip():
            continue
        if not _BLANK_LINE.match(text, pos) and _continues(line.strip(), text[pos + 1 : pos + 200].lstrip(" \t\r")):
            continue
        if _BLANK_LINE.match(text, pos) or line.rstrip().endswith(_LINE_END_PUNCT) or len(line.strip()) < 70:
            cuts.add(pos)
    cuts.update(m.end() for m in _LETTER_UNIT_END.finditer(text))
    cuts.update(m.end() for m in _LABEL_LETTER_END.finditer(text))
    out: list[Sentence] = []
    cut_list = sorted(cuts)
    for start, end in spans:
        k = bisect.bisect_right(cut_list, start)
        pieces = []
        s = start
        while k < len(cut_list) and cut_list[k] < end:
            pieces.append((s, cut_list[k]))
            s = cut_list[k]
            k += 1
        pieces.append((s, end))
        for a, b in pieces:
            seg = text[a:b]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            a2, b2 = a + lead, b - trail
            if b2 > a2:
                out.append(Sentence(index=len(out), start=a2, end=b2, text=text[a2:b2]))
    return out


def _mentions(
    text: str, article_id: str, ents: Iterable[tuple[int, int, str]], sent_starts: list[int]
) -> list[Mention]:
    """Recogniser spans -> Mention records: split at line breaks, adjacent PERSON spans joined
    ("Talal" + "Ali Selo"), surrounding whitespace and punctuation trimmed."""
    raw: list[tuple[int, int, str]] = []
    for start, end, label in ents:
        if label not in ENTITY_LABELS:
            continue
        pos = start
        for piece in re.split(r"(\n)", text[start:end]):
            a, b = pos, pos + len(piece)
            pos = b
            if piece == "\n":
                continue
            seg = text[a:b]
            a += len(seg) - len(seg.lstrip(" \t\r\"“”'‘’(["))
            b -= len(seg) - len(seg.rstrip(' \t\r"“”‘’,;:)]'))
            if b > a and any(c.isalpha() for c in text[a:b]):
                raw.append((a, b, label))
    merged: list[tuple[int, int, str]] = []
    for a, b, label in raw:
        if merged and label == "PERSON" and merged[-1][2] == "PERSON" and text[merged[-1][1] : a] == " ":
            merged[-1] = (merged[-1][0], b, label)
        else:
            merged.append((a, b, label))
    return [
        Mention(
            article=article_id,
            sentence=max(0, bisect.bisect_right(sent_starts, a) - 1),
            start=a,
            end=b,
            text=text[a:b],
            label=label,
        )
        for a, b, label in merged
    ]


def records_from_doc(article: Article, doc: Doc) -> tuple[list[Sentence], list[Mention]]:
    """Plain records from a spaCy Doc (the only function that reads one)."""
    text = article.text
    sentences = split_sentences(text, ((s.start_char, s.end_char) for s in doc.sents))
    starts = [s.start for s in sentences]
    mentions = _mentions(text, article.id, ((e.start_char, e.end_char, e.label_) for e in doc.ents), starts)
    return sentences, mentions


class AnnotateStage:
    """Sentences, named-entity mentions, toponyms, time expressions, figures and attributions."""

    name = "annotate"
    requires: tuple[str, ...] = ("article.text",)
    assigns: tuple[str, ...] = ("sentences", "mentions", "times", "toponyms", "figures", "attributions")

    def __init__(self, options: Options) -> None:
        self.options = options
        self._nlp: Language | None = None
        self._timex: Any = None
        self._figures: Callable[..., Any] | None = None
        self._attributions: Callable[..., Any] | None = None

    def warm_up(self) -> None:
        if self._nlp is not None:
            return
        from storyline.annotate.attribution import extract_attributions
        from storyline.annotate.figures import extract_figures
        from storyline.annotate.nlp import load_nlp
        from storyline.annotate.timex import TimeTagger

        self._nlp = load_nlp(self.options.model)
        tagger = TimeTagger()
        tagger.warm_up()
        self._timex = tagger
        self._figures = extract_figures
        self._attributions = extract_attributions

    # ------------------------------------------------------------------ streaming
    def pipe(self, items: Iterable[Article], errors: ErrorHandler) -> Iterator[AnnotatedArticle]:
        self.warm_up()
        assert self._nlp is not None
        nlp = self._nlp
        n_process = self.options.n_process or _cores()
        chunk = self.options.batch_size * (n_process * 4 if n_process > 1 else 1)
        for batch in batched(items, chunk):
            ok: list[Article] = []
            for article in batch:
                if len(article.text) > nlp.max_length:
                    errors.fail(
                        article.file,
                        "annotate",
                        StorylineError(
                            Code.E401,
                            f"article has {len(article.text):,} characters, more than the model's limit of {nlp.max_length:,}",
                            hint="split the article; this item was skipped",
                        ),
                    )
                else:
                    ok.append(article)
            workers = self._workers(len(ok))
            if workers > 1:
                yield from self._parallel(ok, workers, errors)
                continue
            for article, doc in self._docs(ok, errors):
                try:
                    yield self.annotate_one(article, doc)
                except Exception as exc:  # one bad article never stops the batch
                    errors.fail(article.file, "annotate", exc)

    def _workers(self, n_items: int) -> int:
        n = self.options.n_process
        if n == 0:  # auto: forking only pays off on a large chunk
            n = _cores() if n_items >= AUTO_PARALLEL_MIN else 1
        return max(1, min(n, n_items))

    def _parallel(self, articles: list[Article], workers: int, errors: ErrorHandler) -> Iterator[AnnotatedArticle]:
        """Annotate across forked worker processes, in order.  Each worker inherits the loaded
        model (fork, no reload) and runs the whole per-article annotation, so only plain
        records come back (spaCy's own n_process pickles every Doc back to the parent)."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _WORKER
        _WORKER = self
        size = max(1, min(self.options.batch_size, -(-len(articles) // (workers * 4))))
        chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                for chunk_out in pool.map(_annotate_chunk, chunks):
                    for item in chunk_out:
                        if isinstance(item, AnnotatedArticle):
                            yield item
                        else:
                            errors.fail(item[0], "annotate", StorylineError(Code.E401, item[1]))
        finally:
            _WORKER = None

    def _docs(self, articles: list[Article], errors: ErrorHandler) -> Iterator[tuple[Article, Doc]]:
        assert self._nlp is not None
        nlp = self._nlp
        texts = [a.text for a in articles]
        try:
            docs = list(nlp.pipe(texts, batch_size=self.options.batch_size))
        except Exception:  # find the culprit one by one, in this process
            log.debug("batch failed in the NLP model; retrying one by one", exc_info=True)
            for article in articles:
                try:
                    doc = nlp(article.text)
                except Exception as exc:
                    errors.fail(article.file, "annotate", exc)
                    continue
                yield article, doc
            return
        yield from zip(articles, docs, strict=True)

    def annotate_one(self, article: Article, doc: Doc) -> AnnotatedArticle:
        assert self._timex is not None and self._figures is not None and self._attributions is not None
        text = article.text
        sentences, mentions = records_from_doc(article, doc)
        starts = [s.start for s in sentences]
        times: list[TimeExpression] = [
            t.model_copy(update={"article": article.id, "sentence": max(0, bisect.bisect_right(starts, t.start) - 1)})
            for t in self._timex.tag(text, article.published)
        ]
        toponyms = [
            Toponym(article=article.id, sentence=m.sentence, start=m.start, end=m.end, text=m.text)
            for m in mentions
            if m.label in PLACE_LABELS
        ]
        figures = self._figures(text, sentences, article.id, mentions, times)
        attributions = self._attributions(text, sentences, article.id, mentions, article.outlet)
        return AnnotatedArticle(
            article=article,
            sentences=sentences,
            mentions=mentions,
            times=times,
            toponyms=toponyms,
            figures=list(figures),
            attributions=list(attributions),
        )


@register(
    "annotate",
    requires=("article.text",),
    assigns=("sentences", "mentions", "times", "toponyms", "figures", "attributions"),
)
def make_annotate(options: Options) -> AnnotateStage:
    """Sentences, entity mentions, time expressions, toponyms, figures and attributions (spaCy + rules)."""
    return AnnotateStage(options)
