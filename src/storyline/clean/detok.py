"""Undo Penn-Treebank tokenisation in text that arrives pre-tokenised.

Research collections of news (Timeline17, the crisis timelines, many TimeML and summarisation
corpora) ship their articles already split into Penn-Treebank tokens: ``-LRB- WHO -RRB-``,
````` quoted '' ``, ``the world 's``, ``ca n't``, ``Tovar\\/AP``, ``5 %``, a space before every
comma.  Left as it is, a brief quotes ``Photograph : Miguel Tovar\\/AP`` to its reader and the
annotators see brackets spelled as words.  :func:`detokenize` writes such text back the way a
newspaper prints it; :func:`looks_tokenized` decides whether a text is in that form at all, so
ordinary text is never touched.

The rules are the inverse of the Treebank conventions, applied token by token within each line
(line breaks are kept):

* bracket and slash escapes: ``-LRB-`` ``(``, ``-RSB-`` ``]``, ``\\/`` ``/``, ``\\*`` ``*``;
* quotes: ````` and ```` open (attach to the next token), ``''`` closes what ```` opened and
  ``'`` closes (attach to the previous token); a ``''`` or ``"`` with no ```` in its line
  alternates between opening and closing;
* clitics attach to the word before (``'s``, ``n't``, ``'re``, ``'ve``, ``'ll``, ``'d``, ``'m``)
  and so does a possessive apostrophe after a plural (``travellers '``);
* closing punctuation (``, . ; : ? ! % ) ] }`` and ``...``) attaches to the word before, opening
  brackets and currency signs (``( [ { $ £ € #``) to the word after;
* a digit group or decimal tail split off a number (``50,000-100 ,000``, ``1.5-2 .5 m``) attaches
  to the digit before.
"""

from __future__ import annotations

import re

_ESCAPES = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_ESCAPE_RE = re.compile(r"-[LR][RSC]B-")
_DECISIVE = re.compile(r"-[LR][RSC]B-|(?:^|\s)``\s|\w\\/\w", re.M)
_SPACED = re.compile(r"\w (?:[,;:?!%]|\.(?= *$)|'s|n't|'re|'ve|'ll|'d|'m)(?= |$)", re.M)
_ATTACHED = re.compile(r"\w(?:[,;:?!%]|'s|n't)(?= |$)", re.M)

_CLOSE = frozenset([",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "..."])
_CLITIC = frozenset(["'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M"])
_OPEN = frozenset(["(", "[", "{", "$", "£", "€", "#", "US$", "A$", "C$"])


def looks_tokenized(text: str) -> bool:
    """Is ``text`` in Penn-Treebank tokens?  Bracket escapes, ```` quotes or an escaped slash
    decide at once (``''`` alone does not: some plain-text archives write it for a quote mark);
    otherwise spaced punctuation and clitics must clearly outnumber attached ones."""
    if _DECISIVE.search(text):
        return True
    spaced = len(_SPACED.findall(text))
    return spaced >= 3 and spaced > 4 * len(_ATTACHED.findall(text))


def _unescape(tok: str) -> str:
    tok = _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m.group(0), m.group(0)), tok)
    return tok.replace("\\/", "/").replace("\\*", "*")


_NUMBER_TAIL = re.compile(r"[.,]\d")
_SENT_PUNCT = frozenset([".", "?", "!", ",", ";", ":", "..."])


def _closes(toks: list[str], i: int, is_open: bool) -> bool:
    """Does the undirected quote mark ``toks[i]`` close a quotation?  After sentence punctuation
    the next word decides (``best , '' he said`` closes, ``said . '' We`` opens); at a line's end
    or before punctuation it closes; elsewhere it alternates."""
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt in _SENT_PUNCT or nxt in (")", "-RRB-"):
        return True
    if prev is None:
        return False
    if prev in _SENT_PUNCT:
        return not nxt[:1].isupper()
    return is_open


def detokenize_line(line: str) -> str:
    """One line of Treebank tokens back to running text (see the module docstring)."""
    toks = line.split()
    out: list[str] = []
    glue_next = False  # the previous token opens: no space before this one
    # Some collections write every double quote as '' (or as "), opening and closing alike: see
    # _closes; when a line holds an odd number of them and no `` the first one closes a quotation
    # begun in an earlier paragraph.
    dquote_open = "``" not in toks and sum(t in ("''", '"') for t in toks) % 2 == 1
    backtick_open = False  # the open quotation began with ``: its '' closes it
    for i, raw in enumerate(toks):
        tok = _unescape(raw)
        if raw in ("``", "''", '"'):
            if raw == "``":
                dquote_open = backtick_open = True
            elif backtick_open:
                dquote_open = backtick_open = False
            else:
                dquote_open = not _closes(toks, i, dquote_open)
            text, glue_before, glue_after = '"', not dquote_open, dquote_open
        elif raw == "`":
            text, glue_before, glue_after = "'", False, True
        elif raw == "'":
            # a closing single quote, or the apostrophe of a plural possessive: both attach left
            text, glue_before, glue_after = "'", True, False
        elif tok in _CLITIC or tok in _CLOSE:
            text, glue_before, glue_after = tok, True, False
        elif tok in _OPEN:
            text, glue_before, glue_after = tok, False, True
        elif _NUMBER_TAIL.match(tok) and out and out[-1][-1:].isdigit():
            # the tokeniser split a number after a range dash or slash: "35,000-60 ,000",
            # "gallons\\/9 .5 million", "7.00-10 .30 pm"
            text, glue_before, glue_after = tok, True, False
        else:
            text, glue_before, glue_after = tok, False, False
        if out and not glue_before and not glue_next:
            out.append(" ")
        out.append(text)
        glue_next = glue_after
    return "".join(out)


def detokenize(text: str) -> str:
    """``text`` with Treebank tokenisation undone line by line; leading and trailing spaces of
    each line go, line breaks stay."""
    return "\n".join(detokenize_line(line) for line in text.split("\n"))
