"""Resolution quality gate on the geoparsing gold sets (skips when ../shared is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GEO = SHARED / "data" / "geo"
FLOORS = json.loads((Path(__file__).parent / "floors" / "geo.json").read_text())
FILES = {"lgl": "lgl.xml", "gwn": "GWN.xml", "geovirus": "GeoVirus.xml"}


@pytest.mark.shared
@pytest.mark.parametrize("corpus", sorted(FILES))
def test_resolution_meets_floor(corpus: str) -> None:
    path = GEO / FILES[corpus]
    if not path.exists():
        pytest.skip(f"{path} not present")
    from storyline.eval.geo import evaluate

    got = evaluate(path, detect=False)
    assert got["corpus"] == corpus
    for metric, floor in FLOORS[corpus].items():
        assert got[metric] >= floor, (corpus, metric, got[metric], floor)


def test_read_corpus_sniffs_formats(tmp_path: Path) -> None:
    from storyline.eval.geo import read_corpus

    lgl = tmp_path / "a.xml"
    lgl.write_text(
        "<articles><article><text>Paris is big.</text><toponyms><toponym><start>0</start><end>5</end>"
        "<phrase>Paris</phrase><gaztag geonameid='1'><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>"
        "</toponyms></article></articles>"
    )
    fmt, arts = read_corpus(lgl)
    assert fmt == "lgl" and arts[0].toponyms[0].lat == 48.85
    gv = tmp_path / "b.xml"
    gv.write_text(
        "<articles><article><text>In Lima.</text><locations><location><name>Lima</name><start>3</start>"
        "<end>7</end><lat>-12</lat><lon>-77</lon></location></locations></article></articles>"
    )
    fmt, arts = read_corpus(gv)
    assert fmt == "geovirus" and arts[0].toponyms[0].phrase == "Lima"
