"""Raw document -> clean :class:`~storyline.records.Article` (text, title, outlet, date, language).

``clean_document`` is cheap: trafilatura and the language model are imported/loaded lazily, once
per process (call :func:`warm_up` to do it up front).  Nothing is ever fetched.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from storyline.clean import language as lang_mod
from storyline.clean import metadata as md
from storyline.clean import pubdate as pd
from storyline.clean.boilerplate import CleanText, clean_text
from storyline.clean.dateline import Dateline, cut_datelines, outlet_dateline, story_dateline
from storyline.clean.detok import detokenize, looks_tokenized
from storyline.clean.glued import split_live_stamps
from storyline.clean.wire import restore_pound
from storyline.errors import Code, InputError
from storyline.options import Options
from storyline.records import Article, PublishedDate, RawDocument
from storyline.records import Dateline as DatelineRecord

log = logging.getLogger(__name__)

META_DATE_KEYS = ("published", "date", "pubdate", "datePublished", "published_at")
# keys that look like dates but are not publication dates
WIRE_AGENCIES = frozenset(
    {
        "Associated Press",
        "Reuters",
        "AFP",
        "dpa",
        "UPI",
        "Xinhua",
        "TASS",
        "Interfax",
        "ANSA",
        "EFE",
        "Kyodo",
        "Yonhap",
        "PTI",
        "Anadolu Agency",
        "RIA Novosti",
    }
)
STAMP_KINDS = ("stamp", "header-prefix", "title-date")
CRAWL_KEYS = ("crawled", "warc-date", "WARC-Date", "fetched", "retrieved")


def warm_up() -> None:
    """Load the language model and import trafilatura now."""
    lang_mod.warm_up()
    import trafilatura  # noqa: F401


def _extract_html(html: str, url: str | None) -> dict[str, Any]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        log.debug("trafilatura failed: %s", exc)
        doc = None
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)  # type: ignore[call-overload]
    return {k: data.get(k) for k in ("text", "title", "date", "sitename", "author", "url", "hostname")}


def _html_fallback_text(html: str) -> str:
    import trafilatura

    return trafilatura.html2txt(html) or ""


def _dateline_record(d: Dateline | None, ct: CleanText | None = None) -> DatelineRecord | None:
    """The copy's dateline; without one, the byline's filing place when it names exactly one ("By Jo
    Roe in Avel": ``text`` is the byline as printed, so the record shows where the place was read;
    no agency, no day).  A contributor's place in a closing credit ("Al Poe in Bex contributed
    reporting") is no filing place of the copy and is never read."""
    if d is None:
        bl = ct.byline if ct is not None else None
        if bl is not None and len(bl.locations) == 1:
            # a tokenised collection's span ("BBC News , Washington") is printed as the page would print it
            return DatelineRecord(text=detokenize(bl.span), place=detokenize(bl.locations[0]), source="byline")
        return None
    return DatelineRecord(text=d.text, place=d.place, region=d.region, day=d.day, agency=d.agency)


def _outlet(
    raw: RawDocument, url: str | None, ct: CleanText, html_meta: dict[str, Any], text: str, datelines: list[Dateline]
) -> tuple[str | None, str | None, list[str]]:
    """(outlet, evidence, warnings) from self-naming places only; see :mod:`storyline.clean.metadata`.
    A dateline counts only as cut from the text (``datelines``, :mod:`storyline.clean.dateline`)."""
    found: list[tuple[str, str]] = []
    if raw.meta.get("outlet"):
        name = md.canonical_outlet(raw.meta["outlet"]) or raw.meta["outlet"].strip()
        found.append((name, f"metadata outlet: {raw.meta['outlet']}"))
    by_url = md.outlet_from_url(url)
    if by_url:
        found.append((by_url[0], f"url domain: {by_url[1]}"))
    dl = outlet_dateline(datelines)
    if dl and dl.outlet:
        found.append((dl.outlet, dl.text))
    if ct.byline and ct.byline.outlet:
        found.append((ct.byline.outlet, ct.byline.span))
    for cr in ct.credits:
        if cr.outlet:
            found.append((cr.outlet, cr.span))
    site = html_meta.get("sitename")
    if site:
        found.append((md.canonical_outlet(site) or site, f"html site name: {site}"))
    warnings: list[str] = []
    if not found:
        cited = md.cited_outlets(text)
        if cited:
            warnings.append(
                "outlet unknown: the text names only outlets it cites as sources ("
                + ", ".join(cited)
                + "), not its own publisher"
            )
        else:
            warnings.append("outlet unknown: no url, metadata, dateline or byline names the publisher")
        return None, None, warnings
    name, evidence = found[0]
    if name in WIRE_AGENCIES and "(" in evidence[:80] and len(found) == 1:
        warnings.append(
            f"outlet from a wire-agency dateline ({evidence}): the text is {name} copy; "
            "a site republishing it would be the publisher (no url or metadata to check)"
        )
    others = sorted({n for n, _ in found[1:] if n != name})
    if others:
        warnings.append(f"outlet evidence disagrees: chose {name!r} ({evidence}); also seen {', '.join(others)}")
    return name, evidence, warnings


def _published(
    raw: RawDocument, ct: CleanText, html_meta: dict[str, Any], text: str, options: Options
) -> PublishedDate:
    cands: list[pd.Candidate] = []
    for key in META_DATE_KEYS:
        val = raw.meta.get(key)
        if val:
            parsed = pd.parse_meta_date(val)
            if parsed:
                dm = pd.DateMatch(
                    value=parsed[0], precision=parsed[1], span=val, start=0, end=len(val), kind="metadata"
                )
                cands.append(pd.Candidate(dm, "metadata", val, "meta", notes=[f"meta[{key!r}]"]))
            break
    if html_meta.get("date"):
        val = str(html_meta["date"])
        parsed = pd.parse_meta_date(val)
        if parsed:
            dm = pd.DateMatch(
                value=parsed[0], precision=parsed[1], span=val, start=0, end=len(val), kind="html-metadata"
            )
            cands.append(pd.Candidate(dm, "html-metadata", val, "meta"))
    for f in ct.furniture:
        if f.kind == "comment":
            continue
        for dm in pd.find_dates(f.text, options.date_order):
            label = pd.label_before(f.text, dm.start)
            source = "labelled-line" if label else "stamp"
            if not label and (f.kind not in STAMP_KINDS or f.position == "inline"):
                continue  # a date inside a removed headline or caption says when something happened
            # a stamp glued to the first line's headline or paragraph is the article's own dateline
            dateline = f.kind == "header-prefix"
            cands.append(pd.Candidate(dm, source, f.text, f.position, label=label, dateline=dateline))
    if options.path_dates:
        url = raw.meta.get("url")
        where = [("url", url)] if url else []
        if "#" not in raw.file and raw.file != "-":  # a record of a container is not filed by its path
            where.append(("path", raw.file))
        for source, path in where:
            found = pd.path_date(path, source)
            if found:
                cands.append(pd.Candidate(found, source, path, "meta"))
    upper = None
    for c in ct.comments:
        for dm in pd.find_dates(c, options.date_order):
            if not dm.ambiguous and (upper is None or dm.value < upper.value):
                upper = dm
            break
    # a print-edition note ("A version appeared on p7 ... on Saturday 2 May 2009") is no publication
    # date of the web page, but it tells which years the page may be from: the sanity check of
    # unlabelled stamps against the latest year the text mentions reads it too
    notes = [f.text for f in ct.furniture if f.kind == "print-note"]
    return pd.choose(cands, "\n".join([text, *notes]), upper_bound=upper)


_SPACED_COMPOUND = re.compile(r"(?<=[A-Za-z.]) -(?=[a-z]{2,}\b(?!-))")


def join_spaced_compounds(text: str) -> str:
    """Close the space a page conversion leaves before the hyphen of a compound, where a link or a
    span ended: "US -backed", "U.S. -led", "Paris -based" read "US-backed" ...  Only a hyphen glued
    to a lower-case word after it and spaced from the word before; a dash between spaces, a
    bullet, a minus sign or a double hyphen is left alone."""
    return _SPACED_COMPOUND.sub("-", text)


def clean_document(raw: RawDocument, options: Options) -> Article:
    """Clean one raw document into an :class:`Article`.

    HTML goes through trafilatura (main text + title, date, site name, author from the page's
    metadata); plain text through line classification (:mod:`storyline.clean.boilerplate`).  Raises
    ``InputError(E108)`` when no text remains.
    """
    url = raw.meta.get("url") or None
    html_meta: dict[str, Any] = {}
    warnings: list[str] = []
    if raw.html:
        html_meta = _extract_html(raw.html, url)
        body = html_meta.get("text") or ""
        if not body:
            body = _html_fallback_text(raw.html)
            warnings.append("main-text extraction found nothing; used the whole page text")
    else:
        body = raw.text or ""
    known_title = raw.meta.get("title") or html_meta.get("title") or None
    ct = clean_text(body, known_title=known_title)
    text = ct.text
    tokenized = looks_tokenized(text)
    if tokenized:  # a research collection's Penn-Treebank tokens: print it as a newspaper would
        text = detokenize(text)
    text = join_spaced_compounds(text)
    text, _ = restore_pound(text)  # "$562m (#346m)": the pound sign of the ISO 646 UK character set
    if not text.strip():
        raise InputError(Code.E108, "no article text left after removing page furniture", file=raw.file)
    if len(text) < options.min_text_chars:
        warnings.append(f"short text: {len(text)} characters after cleaning")

    title = known_title or (detokenize(ct.title) if tokenized and ct.title else ct.title)
    title = restore_pound(" ".join(title.split()))[0] if title else None
    author_list = ct.authors
    author = raw.meta.get("author") or html_meta.get("author") or (" and ".join(author_list) if author_list else None)
    # a wire dateline opening a paragraph is metadata, not a sentence: it is cut, and the outlet read from it
    body, datelines = cut_datelines(text)
    outlet, outlet_evidence, ow = _outlet(raw, url, ct, html_meta, text, datelines)
    warnings.extend(ow)
    published = _published(raw, ct, html_meta, text, options)
    text = body
    # a live page's entries run together: each stamp opens its line again, so that no stamp reads as a year
    year = (published.value or "")[:4]
    text = split_live_stamps(text, int(year) if year.isdigit() else None)
    language, prob, low = lang_mod.detect_language(text)
    if raw.meta.get("language") and language and raw.meta["language"].split("-")[0].lower() != language:
        warnings.append(f"declared language {raw.meta['language']!r} but the text reads as {language!r}")
    return Article(
        id=Article.make_id(text, url),
        file=raw.file,
        url=url,
        title=title,
        outlet=outlet,
        outlet_evidence=outlet_evidence,
        author=author,
        contributors=list(ct.contributors),
        published=published,
        language=language,
        language_confidence=prob,
        language_low_confidence=low,
        text=text,
        removed=[*ct.removed, *(d.text for d in datelines)],
        dateline=_dateline_record(story_dateline(datelines), ct),
        raw_id=raw.id,
        format=raw.format,
        warnings=warnings,
    )


def removal_reasons(text: str) -> list[tuple[str, str]]:
    """(line, why) for every line plain-text cleaning would remove: an audit helper."""
    return clean_text(text).reasons
