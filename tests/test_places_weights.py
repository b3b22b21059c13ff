"""The resolver's score is a weighted sum of named features (``places._WEIGHTS``); these tests pin
that contract, which scripts/fit_place_weights.py relies on to refit the weights."""

from __future__ import annotations

from storyline.annotate import places as P
from storyline.annotate.places import Geocoder


def test_every_feature_has_a_weight(geo: Geocoder) -> None:
    geo._trace = []
    try:
        geo.resolve(["Paris", "Texas", "Dallas", "Springfield, Illinois", "Syria", "Mediterranean Sea"])
        trace = list(geo._trace)
    finally:
        geo._trace = None
    assert trace
    for _key, c, feats in trace:
        assert all(name in P._WEIGHTS for name, _ in feats)
        entry = geo.gazetteer.entries_by_id([c.entry])[c.entry]
        prior = Geocoder._prior_features(
            entry, {"name": 0, "alternate": 1, "particle": 2, "transliteration": 3}[c.match]
        )
        assert all(name in P._WEIGHTS for name, _ in prior)


def test_choice_is_the_best_scored_reading(geo: Geocoder) -> None:
    geo._trace = []
    try:
        places = geo.resolve(["Paris", "Texas", "Dallas"])
        trace = list(geo._trace)
    finally:
        geo._trace = None
    last: dict[int, float] = {}
    for key, c, feats in trace:
        if key == "paris":
            last[c.entry] = P._dot(feats, c.prior)  # the last iteration's score wins
    assert len(last) > 1
    paris = places[0]
    assert paris is not None and paris.country == "US"
    best = max(last, key=lambda e: last[e])
    assert geo.gazetteer.entries_by_id([best])[best].geonameid == paris.geonameid


def test_trace_is_off_by_default() -> None:
    assert Geocoder()._trace is None
