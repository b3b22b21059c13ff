"""The web app through FastAPI's TestClient: pages and JSON twins, auth, escaping, bad input."""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from storyline.options import Options
from storyline.service import Service, brief_json
from storyline.store import open_store
from storyline.web.pages import human_time
from test_service import EXAMPLE, FakeAnnotator, related_raw

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    with Service(path, Options(), annotator=FakeAnnotator()) as svc:
        svc.add_paths([str(EXAMPLE)])
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    from storyline.web import create_app

    with TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def _main_story(client: TestClient) -> dict:
    stories = client.get("/api/stories").json()["stories"]
    return max(stories, key=lambda s: s["articles"])


def test_story_list_and_twin(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert 'href="/api/stories"' in r.text
    data = client.get("/api/stories").json()
    assert data["stories"]
    s = _main_story(client)
    assert s["sources"] >= 3 and s["first"] == "2016-11-03"
    assert f"/stories/{s['id']}" in r.text
    assert human_time(s["updated"]) in r.text and s["updated"] not in r.text  # "24 November 2026, 02:08", not ISO


def test_human_time_reads_like_a_date() -> None:
    assert human_time("2026-11-24T04:08:33+02:00") == "24 November 2026, 02:08"  # shown in UTC
    assert human_time(None) == "—" and human_time("not a time") == "not a time"


def test_story_page_is_the_brief(client: TestClient) -> None:
    s = _main_story(client)
    r = client.get(f"/stories/{s['id']}")
    assert r.status_code == 200
    for section in ('id="summary"', 'id="timeline"', 'id="map"', 'id="figures"', 'id="disagreements"', 'id="sources"'):
        assert section in r.text
    assert 'class="sitebar"' in r.text and "/static/site.css" in r.text
    twin = client.get(f"/api/stories/{s['id']}").json()
    assert twin["id"] == s["id"] and twin["brief"]["schema"] == "storyline.brief/1"
    assert [x["id"] for x in twin["brief"]["sources"]] == twin["articles"]
    for aid in twin["articles"]:
        assert f"/articles/{aid}" in r.text


def test_article_page_highlights_and_debris(client: TestClient, db: str) -> None:
    with open_store(db) as store:
        art = next(a for a in store.articles() if a.removed) if any(a.removed for a in store.articles()) else None
        art = art or next(store.articles())
    r = client.get(f"/articles/{art.id}")
    assert r.status_code == 200
    assert f'id="s-{art.id}-0"' in r.text  # sentence anchors, as in the brief
    assert '<mark class="ent"' in r.text
    if art.removed:
        assert "Removed as page debris" in r.text
    j = client.get(f"/api/articles/{art.id}").json()
    assert j["article"]["id"] == art.id and j["annotation"]["sentences"]
    assert j["story"]["id"]


def test_search_page_and_twin(client: TestClient) -> None:
    r = client.get("/search", params={"q": "Raqqa"})
    assert r.status_code == 200 and 'class="article"' in r.text and 'class="story"' in r.text
    assert '<mark class="hit">' in r.text
    j = client.get("/api/search", params={"q": "Raqqa", "from": "2016-11", "to": "2016-11"}).json()
    assert j["results"] and all(h["published"].startswith("2016-11") for h in j["results"])
    assert all(h["links"]["story"] for h in j["results"])
    assert client.get("/api/search", params={"q": "Raqqa", "outlet": "CNN"}).json()["results"]
    assert client.get("/api/search", params={"q": 'AND OR NOT " ( *'}).status_code == 200


def test_entity_page(client: TestClient, db: str) -> None:
    # the understanding layer fills Brief.entities; write one into a story to test the page on its own
    with open_store(db) as store:
        row = max(store.stories(), key=lambda r: len(r.article_ids))
        aid = row.article_ids[0]
        from storyline.service import load_brief

        b = load_brief(row.brief_json or "").to_dict()
        b["entities"] = [
            {
                "id": "abcdef0123456789",
                "name": "Syrian Democratic Forces",
                "type": "armed_group",
                "aliases": ["SDF"],
                "mentions": [{"source": aid, "sentence": 0, "text": "SDF"}],
                "sources": [aid],
            }
        ]
        from storyline.records import Brief

        store.upsert_story(row.story_id, row.title, row.article_ids, brief_json(Brief.model_validate(b)))
    client.app.state.storyline.generation += 1  # type: ignore[attr-defined]
    r = client.get("/entities/abcdef0123456789")
    assert r.status_code == 200 and "Syrian Democratic Forces" in r.text and f"/articles/{aid}#s-{aid}-0" in r.text
    j = client.get("/api/entities/abcdef0123456789").json()
    assert j["aliases"] == ["SDF"] and j["stories"][0]["story_id"] == row.story_id
    hits = client.get("/api/search", params={"entity": "SDF"}).json()["results"]
    assert aid in [h["article_id"] for h in hits]
    assert client.get("/entities/0000000000000000").status_code == 404


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/entities/{entity_id}",
        "/api/search",
    ):
        assert path in spec["paths"]
    assert "post" in spec["paths"]["/api/articles"]
    assert client.get("/docs").status_code == 404  # the Swagger UI would load a CDN


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"text": related_raw(11).text, "title": "x"}
    r = client.post("/api/articles", json=body)
    assert r.status_code == 401 and r.headers.get("www-authenticate") == "Bearer"
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/api/articles", json=body, headers={"Authorization": "Basic abc"}).status_code == 401


def test_writes_refused_without_configured_token(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.web import create_app

    monkeypatch.delenv("STORYLINE_TOKEN", raising=False)
    with TestClient(create_app(db)) as c:
        r = c.post("/api/articles", json={"text": "x"}, headers=AUTH)
        assert r.status_code == 403 and "STORYLINE_TOKEN" in r.json()["error"]["message"]
        assert c.get("/api/stories").status_code == 200  # reads stay open


def test_post_updates_the_story_brief(client: TestClient) -> None:
    s = _main_story(client)
    before = client.get(f"/api/stories/{s['id']}").json()
    raw = related_raw(12)
    r = client.post(
        "/api/articles",
        headers=AUTH,
        json={"text": raw.text, "title": raw.meta["title"], "published": "2016-11-07", "outlet": "Test Wire"},
    )
    assert r.status_code == 201, r.text
    out = r.json()
    done = time.perf_counter()
    assert out["story_id"] == s["id"] and out["status"] == "inserted"
    after = client.get(f"/api/stories/{s['id']}").json()
    elapsed = time.perf_counter() - done
    assert out["article_id"] in after["articles"] and len(after["articles"]) == len(before["articles"]) + 1
    assert out["article_id"] in [x["id"] for x in after["brief"]["sources"]]
    assert elapsed < 1.0
    html = client.get(f"/stories/{s['id']}").text
    assert f"/articles/{out['article_id']}" in html
    again = client.post(
        "/api/articles",
        headers=AUTH,
        json={"text": raw.text, "title": raw.meta["title"], "published": "2016-11-07", "outlet": "Test Wire"},
    )
    assert again.status_code == 200 and again.json()["status"] == "existing"


def test_untrusted_text_is_escaped_everywhere(client: TestClient) -> None:
    evil = " ".join(PAYLOADS)
    text = related_raw(13).text + f"\nThe spokesman wrote {evil} in a statement about Raqqa."
    r = client.post(
        "/api/articles",
        headers=AUTH,
        json={
            "text": text,
            "title": f"Raqqa {evil}",
            "outlet": f"Evil {PAYLOADS[1]}",
            "url": "https://e.example/x?a=<b>",
            "published": "2016-11-07",
        },
    )
    assert r.status_code == 201, r.text
    aid, sid = r.json()["article_id"], r.json()["story_id"]
    urls = [
        "/",
        f"/stories/{sid}",
        f"/articles/{aid}",
        "/search?q=alert",
        "/search?q=Raqqa",
        f"/search?q={PAYLOADS[0]}",
        f"/search?outlet={PAYLOADS[1]}&q=Raqqa",
        "/entities/abcdef0123456789",
    ]
    for url in urls:
        page = client.get(url)
        assert page.status_code in (200, 404), url
        for p in PAYLOADS:
            assert p not in page.text, url
        assert "onerror=alert" not in page.text.replace("onerror=alert(1)&gt;", ""), url
    j = client.get(f"/api/articles/{aid}")
    assert j.headers["content-type"].startswith("application/json") and j.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status"),
    [
        ("get", "/stories/zzzz", {}, 422),
        ("get", "/stories/..%2F..%2Fetc%2Fpasswd", {}, 404),
        ("get", "/articles/ABCDEF0123456789", {}, 422),
        ("get", "/api/stories/0000000000000000", {}, 404),
        ("get", "/static/../pyproject.toml", {}, 404),
        ("get", "/static/%2e%2e/%2e%2e/pyproject.toml", {}, 404),
        ("get", "/api/search?q=x&from=yesterday", {}, 422),
        ("get", "/api/search?q=" + "x" * 600, {}, 422),
        ("get", "/api/search?q=x&limit=0", {}, 422),
        (
            "post",
            "/api/articles",
            {"content": b"{not json", "headers": {**AUTH, "content-type": "application/json"}},
            422,
        ),
        ("post", "/api/articles", {"json": {"title": "no text"}, "headers": AUTH}, 422),
        ("post", "/api/articles", {"json": {"text": "a", "html": "<p>b</p>"}, "headers": AUTH}, 422),
        ("post", "/api/articles", {"json": {"text": "x", "bogus": 1}, "headers": AUTH}, 422),
        ("post", "/api/articles", {"json": {"text": "too short"}, "headers": AUTH}, 422),
        ("post", "/api/articles", {"json": ["a"], "headers": AUTH}, 422),
        (
            "post",
            "/api/articles",
            {"content": b"x" * 2_100_000, "headers": {**AUTH, "content-type": "application/json"}},
            413,
        ),
        ("put", "/api/articles", {}, 405),
    ],
)
def test_bad_input_gets_a_clear_4xx(client: TestClient, method: str, url: str, kwargs: dict, status: int) -> None:
    r = getattr(client, method)(url, **kwargs)
    assert r.status_code == status, r.text
    body = r.json()
    assert body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in r.text


def test_html_pages_get_html_errors(client: TestClient) -> None:
    r = client.get("/stories/0000000000000000", headers={"accept": "text/html"})
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "no story" in r.text


def test_unexpected_error_is_a_generic_500(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.web.app as webapp
    from storyline.web import create_app

    def boom(*_: object) -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(webapp, "story_infos", boom)
    with TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False) as c:
        r = c.get("/api/stories")
    assert r.status_code == 500
    assert "secret internals" not in r.text and "Traceback" not in r.text
    assert r.json()["error"]["message"].startswith("internal error")


def test_memory_store_is_refused() -> None:
    from storyline.errors import ConfigError
    from storyline.web import create_app

    with pytest.raises(ConfigError):
        create_app(":memory:")


def test_static_assets_are_vendored(client: TestClient) -> None:
    for url in ("/", f"/stories/{_main_story(client)['id']}"):
        html = client.get(url).text
        assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html.replace(
            "https://e.example", ""
        )
    assert client.get("/static/site.css").status_code == 200
    assert client.get("/static/site.js").status_code == 200


def test_path_is_never_a_file(client: TestClient) -> None:
    assert client.get("/static/brief.html.j2").status_code == 404


def test_a_merged_storys_links_redirect_to_the_story_it_joined(tmp_path: Path) -> None:
    from storyline.web import create_app

    path = str(tmp_path / "merged.db")
    with Service(path, Options(), annotator=FakeAnnotator()) as svc:
        svc.add_paths([str(EXAMPLE)])
        rows = svc.store.stories()
        keep, gone = rows[0], rows[-1]
        members = [a for r in rows for a in r.article_ids]
        svc.store.merge_stories(keep.story_id, [r.story_id for r in rows[1:]], keep.title, members, keep.brief_json)
    with TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False) as c:
        for prefix in ("/stories/", "/api/stories/"):
            r = c.get(prefix + gone.story_id, follow_redirects=False)
            if gone.story_id == keep.story_id:
                assert r.status_code == 200
                continue
            assert r.status_code == 308 and r.headers["location"] == prefix + keep.story_id
            assert c.get(prefix + gone.story_id).status_code == 200
        assert c.get("/stories/0000000000000000").status_code == 404


def test_related_stories_share_places_and_actors(tmp_path: Path) -> None:
    """The June battle and the November launch of one campaign are two stories; each page links the other."""
    from storyline.web import create_app

    path = str(tmp_path / "related.db")
    NOV, JUN, OTHER = "1" * 16, "2" * 16, "3" * 16
    raws = [related_raw(n) for n in range(3)]
    with Service(path, Options(), annotate=False) as svc:
        ids = [a.article_id for a in svc.add(raws)]

    with open_store(path) as store:
        skeleton = json.loads(store.stories()[0].brief_json or "{}")  # a real brief of this store

    def brief(places: list[str], actors: list[str]) -> str:
        src = skeleton["sources"][0]["id"]
        mention = {"source": src, "sentence": 0, "text": "x"}
        ents = [
            {"id": a, "name": a, "type": "armed_group", "aliases": [], "mentions": [mention, mention], "sources": [src]}
            for a in actors
        ]
        where = [
            {
                "id": p,
                "name": p,
                "lat": 35.9,
                "lon": 39.0,
                "country": "SY",
                "precision": "town",
                "aliases": [],
                "sources": [src],
            }
            for p in places
        ]
        return json.dumps({**skeleton, "entities": ents, "places": where})

    with open_store(path) as store:
        store.upsert_story(NOV, "Offensive launched", ids[:1], brief(["raqqa", "tabqa"], ["SDF", "ISIS"]))
        store.upsert_story(JUN, "Battle for the city", ids[1:2], brief(["raqqa"], ["SDF", "ISIS", "YPG"]))
        store.upsert_story(OTHER, "Floods", ids[2:], brief(["dhaka"], ["Red Crescent", "ISIS"]))
    with TestClient(create_app(path, token=TOKEN), raise_server_exceptions=False) as c:
        got = c.get(f"/api/stories/{NOV}")
        assert got.status_code == 200, got.text
        related = got.json()["related"]
        assert [r["id"] for r in related] == [JUN] and related[0]["shared"] == 3
        assert c.get(f"/api/stories/{OTHER}").json()["related"] == []
        page = c.get(f"/stories/{JUN}").text
        assert 'id="related-stories"' in page and f'href="/stories/{NOV}"' in page
