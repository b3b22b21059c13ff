"""Parse numbers as news text writes them: digits, words, scale words, orders of magnitude.

Pure functions, no I/O.  Used by :mod:`storyline.annotate.figures`.

>>> parse_number("30,000")
30000.0
>>> parse_number("1.5 million")
1500000.0
>>> parse_number("two hundred and fifty")
250.0
>>> parse_number("half a million")
500000.0
>>> parse_number("half a dozen")
6.0
>>> parse_number("a million and a half")
1500000.0
>>> parse_number("two million and half")
2500000.0
>>> parse_number("60 ,000")  # a space left before a comma group
60000.0
>>> parse_number("30\u2009000")  # a thin space between digit groups
30000.0
>>> parse_number("4.1 million")  # decimal arithmetic: not 4099999.9999999995
4100000.0
>>> order_range("tens of thousands")
(10000.0, 99999.0)
"""

from __future__ import annotations

import re
from decimal import Decimal

ONES: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
#: abbreviated scales, only trusted right after a currency sign ("$3m", "€2bn", "$40k")
ABBR_SCALES: dict[str, int] = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
}

_SMALL = "|".join(sorted(list(ONES) + list(TENS), key=len, reverse=True))
_SCALE = "|".join(SCALES)
#: one run of spelled-out number words ("two hundred and fifty thousand", "twenty-five", "a dozen")
WORD_NUMBER = (
    rf"(?:(?:{_SMALL})(?:-(?:{_SMALL}))?|a\s+(?:dozen|hundred|thousand|million|billion)|dozen)"
    rf"(?:(?:\s+and\s+|\s+|-)(?:(?:{_SMALL})(?:-(?:{_SMALL}))?|{_SCALE}|dozen))*"
)
#: "half a million", "one and a half million" (also "one and half million", "1 and a half million"), "a quarter
#: of a million", "half a dozen"; and the half said after the scale: "a million and a half", "two million and
#: half" (1,500,000 and 2,500,000) -- not "a million and half the country", where the half is of something else
FRACTION_NUMBER = (
    rf"(?:(?:{_SMALL}|\d{{1,3}})[\s-]+and[\s-]+(?:an?[\s-]+)?half|an?\s+half|half\s+an?|a\s+quarter\s+of\s+an?)"
    rf"[\s-]+(?:{_SCALE})"
    rf"|(?:an?|(?:{_SMALL})|\d{{1,3}})[\s-]+(?:{_SCALE})\s+and\s+"
    r"(?:a\s+half\b|half\b(?!\s+(?:of|the|an?|its|their|his|her|our|my|your|that|this|those|these)\b))"
    r"|half\s+a\s+dozen"
)
#: digits as written: comma groups ("30,000"; also "60 ,000", a cleaning glitch that leaves a space before a
#: comma group: the comma and three digits after it make it a digit group, never a list), thin-space groups
#: ("30 000"), plain digits and decimals
DIGITS = r"\d{1,3}(?: ?,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+|\d+(?:\.\d+)?"

_GROUP_SPACE_RE = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")
_WORD_RE = re.compile(rf"^(?:{WORD_NUMBER})$", re.I)
_DIGIT_SCALE_RE = re.compile(rf"^({DIGITS})(?:\s*|-)({_SCALE})?$", re.I)  # "10-thousand" too

#: order-of-magnitude words -> (low, high).  "dozens" means at least two dozen and fewer than a hundred.
ORDER_WORDS: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "millions": (1_000_000, 9_999_999),
    "billions": (1_000_000_000, 9_999_999_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 999_999_999),
    "tens of billions": (10_000_000_000, 99_999_999_999),
    "hundreds of billions": (100_000_000_000, 999_999_999_999),
}
#: "several hundred", "a few thousand" -> 2..9 times the scale
_FEW = {"several", "a few", "a couple of", "a couple", "few", "some"}


def scaled(value: float, factor: float) -> float:
    """``value * factor`` without binary rounding noise: 4.1 x 1,000,000 is 4,100,000, not 4,099,999.9999999995."""
    return float(Decimal(repr(float(value))) * Decimal(repr(float(factor))))


def _words_value(s: str) -> float | None:
    tokens = [t for t in re.split(r"[\s-]+", s.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = 0
    current = 0
    seen = False
    for i, tok in enumerate(tokens):
        if tok == "a" and i + 1 < len(tokens):
            current += 1
            continue
        if tok in ONES:
            current += ONES[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def parse_number(s: str) -> float | None:
    """The value of a number as written ("30,000", "1.5 million", "twelve", "half a million"); None if not one."""
    # a thin, narrow or no-break space between digit groups ("30\u2009000") is a thousands separator: it goes
    # before spaces are collapsed, which would turn it into a plain space that no digit group allows
    s = _GROUP_SPACE_RE.sub("", s)
    s = " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split())
    if not s:
        return None
    low = s.lower()
    m = re.fullmatch(rf"(?:((?:{_SMALL})|\d{{1,3}})[\s-]+and[\s-]+(?:an?[\s-]+)?|an?\s+)half[\s-]+({_SCALE})", low)
    if m:
        first = m.group(1) or ""
        base = float(first) if first.isdigit() else _words_value(first) if first else 0.0
        return scaled((base or 0.0) + 0.5, SCALES[m.group(2)])
    m = re.fullmatch(rf"(an?|(?:{_SMALL})|\d{{1,3}})[\s-]+({_SCALE})\s+and\s+(?:a\s+)?half", low)
    if m:  # "a million and a half": the half is of the scale
        first = m.group(1)
        base = 1.0 if first in ("a", "an") else float(first) if first[:1].isdigit() else _words_value(first)
        return scaled((base or 0.0) + 0.5, SCALES[m.group(2)])
    m = re.fullmatch(rf"half\s+an?\s+({_SCALE}|dozen)", low)
    if m:
        return 0.5 * SCALES.get(m.group(1), 12)
    m = re.fullmatch(rf"a\s+quarter\s+of\s+an?\s+({_SCALE})", low)
    if m:
        return 0.25 * SCALES[m.group(1)]
    m = _DIGIT_SCALE_RE.match(s)
    if m:
        digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", m.group(1))
        value = float(digits)
        if m.group(2):
            value = scaled(value, SCALES[m.group(2).lower()])
        return value
    m = re.fullmatch(rf"({DIGITS})\s*(k|m|mn|mln|bn|b|tn)", low)
    if m:
        return scaled(float(re.sub(r"[,\s\u2009]", "", m.group(1))), ABBR_SCALES[m.group(2)])
    if _WORD_RE.match(s):
        return _words_value(s)
    return None


def order_range(phrase: str) -> tuple[float, float] | None:
    """(low, high) for an order-of-magnitude phrase: "tens of thousands", "dozens", "several hundred"."""
    p = " ".join(phrase.lower().split())
    if p in ORDER_WORDS:
        low, high = ORDER_WORDS[p]
        return (float(low), float(high))
    for few in sorted(_FEW, key=len, reverse=True):
        if p.startswith(few + " "):
            rest = p[len(few) + 1 :]
            scale = 12 if rest == "dozen" else SCALES.get(rest)
            words = rest.split()
            if scale is None and len(words) == 2 and words[0] == "hundred" and words[1] in SCALES:
                scale = 100 * SCALES[words[1]]  # "several hundred thousand": 200,000 to 900,000
            if scale:
                return (2.0 * scale, 9.0 * scale)
    return None


def format_value(value: float) -> str:
    """30000.0 -> "30000", 2.5 -> "2.5" (for ids and messages)."""
    return str(int(value)) if float(value).is_integer() else repr(value)
