"""Fit the toponym resolver's score weights (``storyline.annotate.places._WEIGHTS``) on gold data.

Build/eval-time tool, never imported by the package.  For each gold corpus (LGL, GWN, GeoVirus
XML, read with :func:`storyline.eval.geo.read_corpus`) it resolves the DEV half (the first half of
the articles, as ``storyline eval geo --part dev``) exactly as the evaluation does (two passes, the
second with the outlets' homes), records the features of every reading of every gold toponym at
the resolver's final iteration (``Geocoder._trace``), and fits the weights regularised toward the
hand weights (L2 on w - w_hand; corpora weighted equally): a conditional logit (the probability of
the readings within 161 km of the gold) and, with ``--margins``, a soft margin loss (the best right
reading against every wrong one).  Then it plugs each fitted vector into the full resolver and
prints acc@161km on all/dev/test of every corpus.  Fit on dev, pick on dev, read test;
``--fit-on test`` runs the mirror fit, to check that a gain is no accident of the split.

Approximations the full re-run checks: the features hold the story context at the current
weights' fixed point (``--rounds 2`` refits at the first fit's own fixed point); prior adjustments
made outside ``_prior_features`` (a capital or a city over its namesake region, a shadowed
alternate name) enter as a fixed offset; the prior also picks which readings vote for their
country, which a fit cannot see (so ``--context-only`` freezes the prior's weights).

Findings (2026-11-22, docs/benchmarks.md): fitting the prior's weights lowers dev; context-only
margin fits gain at most ~0.2 points on some splits and lose up to 1.4 points on LGL on others,
and the mirror fit fails on GeoVirus's held-out half: nothing adopted.

Run:  .venv/bin/python scripts/fit_place_weights.py --context-only --margins 1,2
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from storyline.annotate import places as P
from storyline.annotate.gazetteer import haversine_km, norm_key
from storyline.eval.geo import learn_homes, read_corpus, resolution_metrics, resolve_all

CORPORA = ("lgl", "GWN", "GeoVirus")
NAMES = list(P._WEIGHTS)
HAND = np.array([P._WEIGHTS[n] for n in NAMES])
FIT_ON = "dev"  # --fit-on test: the mirror fit, to check that a gain is no accident of the split
_Q = {v: k for k, v in P._MATCH.items()}  # "alternate" -> the match tier


@dataclass
class Group:
    """The readings of one gold toponym: features, fixed offsets, which are right."""

    x: np.ndarray  # (readings, features)
    off: np.ndarray  # (readings,)
    ok: np.ndarray  # bool (readings,)
    corpus: int


def _key(geo: P.Geocoder, name: str) -> str:
    """The name key resolve() files ``name`` under (its head before a comma)."""
    return norm_key(geo.split_qualifiers(name)[0])


def _vector(feats: P._Features) -> np.ndarray:
    v = np.zeros(len(NAMES))
    for n, x in feats:
        v[NAMES.index(n)] += x
    return v


def dump(path: Path, corpus: int) -> list[Group]:
    """Groups for the gold toponyms of the dev half of ``path``, resolved as the evaluation does."""
    _, arts = read_corpus(path)
    dev = arts[: len(arts) // 2] if FIT_ON == "dev" else arts[len(arts) // 2 :]
    geo = P.Geocoder()
    geo.warm_up()
    homes = learn_homes(geo, dev, resolve_all(geo, dev, True, None)) if any(a.outlet for a in dev) else None
    groups: list[Group] = []
    for a in dev:
        gold = [t for t in a.toponyms if t.lat is not None and t.lon is not None]
        if not gold:
            continue
        geo._trace = []
        geo.resolve([t.phrase for t in gold], context=[a.title, a.text], home=homes.homes([a.outlet]) if homes else [])
        last: dict[str, dict[int, tuple[P.Candidate, P._Features]]] = {}
        for key, c, feats in geo._trace:  # the last iteration's features win
            last.setdefault(key, {})[c.entry] = (c, feats)
        geo._trace = None
        for t in gold:
            readings = list(last.get(_key(geo, t.phrase), {}).values())
            if len(readings) < 2:
                continue
            ents = geo.gazetteer.entries_by_id([c.entry for c, _ in readings])
            xs, offs, oks = [], [], []
            for c, feats in readings:
                pf = P.Geocoder._prior_features(ents[c.entry], _Q[c.match])
                xs.append(_vector(pf + feats))
                offs.append(c.prior - P._dot(pf))
                oks.append(haversine_km(t.lat, t.lon, c.lat, c.lon) <= 161.0)  # type: ignore[arg-type]
            ok = np.array(oks)
            if ok.any() and not ok.all():  # only these say anything about the weights
                groups.append(Group(np.array(xs), np.array(offs), ok, corpus))
    return groups


@contextmanager
def weights(w: np.ndarray) -> Iterator[None]:
    """The resolver scores with weights ``w`` inside the block; the hand weights come back after."""
    saved = dict(P._WEIGHTS)
    P._WEIGHTS.update(zip(NAMES, map(float, w), strict=True))
    try:
        yield
    finally:
        P._WEIGHTS.clear()
        P._WEIGHTS.update(saved)


def dump_all(data: Path, w: np.ndarray) -> list[Group]:
    """:func:`dump` of every corpus, resolved with weights ``w``."""
    groups: list[Group] = []
    with weights(w):
        for i, name in enumerate(CORPORA):
            g = dump(data / f"{name}.xml", i)
            print(f"{name}: {len(g)} dev toponyms with right and wrong readings", flush=True)
            groups += g
    return groups


def loss(
    w: np.ndarray, groups: list[Group], temp: float, lam: float, cw: np.ndarray, margin: float | None = None
) -> tuple[float, np.ndarray]:
    """Mean loss per gold toponym (corpora weighted by ``cw``) plus ``lam * |w - hand|^2``; and its
    gradient.  ``margin`` None: conditional logit, -log P(a reading within 161 km).  Else a soft
    margin loss: log(1 + sum over wrong readings of exp((wrong - best right + margin) / temp))."""
    total, grad = 0.0, np.zeros_like(w)
    for g in groups:
        s = (g.off + g.x @ w) / temp
        if margin is None:
            s -= s.max()
            p = np.exp(s)
            z = p.sum()
            zok = p[g.ok].sum()
            total += cw[g.corpus] * (math.log(z) - math.log(zok))
            # d/dw [log Z - log Zok] = E_all[x] - E_ok[x]
            grad += cw[g.corpus] * ((p / z) @ g.x - (p[g.ok] / zok) @ g.x[g.ok]) / temp
        else:
            right = np.flatnonzero(g.ok)
            r = right[int(np.argmax(s[right]))]
            wrong = ~g.ok
            a = s[wrong] - s[r] + margin / temp
            top = max(0.0, float(a.max()))
            e = np.exp(a - top)
            z = math.exp(-top) + e.sum()
            total += cw[g.corpus] * (top + math.log(z))
            grad += cw[g.corpus] * ((e / z) @ (g.x[wrong] - g.x[r])) / temp
    d = w - HAND
    return total + lam * float(d @ d), grad + 2 * lam * d


def accuracy(w: np.ndarray, groups: list[Group]) -> float:
    """Share of groups whose best reading under ``w`` is right (the fixed-point approximation)."""
    return sum(bool(g.ok[int(np.argmax(g.off + g.x @ w))]) for g in groups) / len(groups)


def evaluate(w: np.ndarray, data: Path) -> dict[str, dict[str, float]]:
    """acc@161km of the full resolver with weights ``w`` on all/dev/test of every corpus."""
    out: dict[str, dict[str, float]] = {}
    with weights(w):
        for name in CORPORA:
            _, arts = read_corpus(data / f"{name}.xml")
            h = len(arts) // 2
            out[name] = {
                part: resolution_metrics(a)["acc_161km"]
                for part, a in (("all", arts), ("dev", arts[:h]), ("test", arts[h:]))
            }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/geo"))
    ap.add_argument("--lams", default="0.001,0.003,0.01", help="L2 strengths toward the hand weights")
    ap.add_argument("--margins", default="", help="also fit the soft margin loss with these margins")
    ap.add_argument("--margin-temp", type=float, default=0.25, help="temperature of the margin loss")
    ap.add_argument("--freeze", default="", help="features whose weights stay at their hand values")
    ap.add_argument("--context-only", action="store_true", help="freeze the prior's weights")
    ap.add_argument("--rounds", type=int, default=1, help="refit rounds (each on the last fit's fixed point)")
    ap.add_argument("--save", type=Path, help="write the fitted weights (JSON) here")
    ap.add_argument("--no-eval", action="store_true", help="skip the full re-runs")
    ap.add_argument("--fit-on", choices=("dev", "test"), default="dev", help="the half to fit on (dev)")
    args = ap.parse_args()
    global FIT_ON
    FIT_ON = args.fit_on
    groups = dump_all(args.data, HAND)
    counts = np.bincount([g.corpus for g in groups], minlength=len(CORPORA))
    cw = 1.0 / (len(CORPORA) * counts)  # each corpus weighs the same
    # the hand weights' scale: the temperature that fits them best (argmax does not depend on it)
    temps = [0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]
    temp = min(temps, key=lambda t: loss(HAND, groups, t, 0.0, cw)[0])
    print(
        f"temperature {temp}; hand: loss {loss(HAND, groups, temp, 0.0, cw)[0]:.4f}, "
        f"fixed-point acc {accuracy(HAND, groups):.4f}",
        flush=True,
    )
    frozen = set(args.freeze.split(",")) if args.freeze else set()
    if args.context_only:
        frozen |= set(NAMES[: NAMES.index("country_named")])
    bounds = [(h, h) if n in frozen else (None, None) for n, h in zip(NAMES, HAND, strict=True)]
    fits = {"hand": HAND}
    for lam in (float(x) for x in args.lams.split(",")):
        for m in [None] + [float(x) for x in args.margins.split(",") if x]:
            t = temp if m is None else args.margin_temp
            w, gs = HAND.copy(), groups
            for rnd in range(args.rounds):
                if rnd:  # refit on the features at the new weights' own fixed point
                    gs = dump_all(args.data, w)
                w = minimize(loss, w, args=(gs, t, lam, cw, m), jac=True, method="L-BFGS-B", bounds=bounds).x
            fits[f"l{lam}" + ("" if m is None else f"m{m}")] = w
    for k, w in fits.items():
        per = [accuracy(w, [g for g in groups if g.corpus == i]) for i in range(len(CORPORA))]
        print(
            f"{k:12} fixed-point acc " + " ".join(f"{c} {a:.4f}" for c, a in zip(CORPORA, per, strict=True)), flush=True
        )
    if args.save:
        args.save.write_text(
            json.dumps({k: dict(zip(NAMES, map(float, w), strict=True)) for k, w in fits.items()}, indent=1)
        )
    if args.no_eval:
        return
    results = {k: (w, evaluate(w, args.data)) for k, w in fits.items()}
    print("\nweights:")
    print(f"{'feature':24}" + "".join(f"{k:>12}" for k in results))
    for j, n in enumerate(NAMES):
        print(f"{n:24}" + "".join(f"{w[j]:12.3f}" for w, _ in results.values()))
    print("\nacc@161km all/dev/test (dev pooled = mean of the three dev figures):")
    for k, (_, ev) in results.items():
        cells = "  ".join(f"{c} {ev[c]['all']:.4f}/{ev[c]['dev']:.4f}/{ev[c]['test']:.4f}" for c in CORPORA)
        print(f"{k:12} {cells}  dev-mean {np.mean([ev[c]['dev'] for c in CORPORA]):.4f}")


if __name__ == "__main__":
    main()
