"""The web app in real headless Chromium (Debian's `chromium`, driven by playwright), served by uvicorn
on 127.0.0.1: story list -> Raqqa story -> summary citation -> highlighted source sentence; search.
No console errors, no request leaves the server.  Screenshots go to test-artifacts/ (gitignored)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from helpers import CHROMIUM, CHROMIUM_ARGS, click_citation
from storyline.options import Options
from storyline.service import Service, annotate_available
from test_service import EXAMPLE, FakeAnnotator

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from storyline.web import create_app

    db = str(tmp_path_factory.mktemp("browser") / "b.db")
    # the real annotate stage when installed; otherwise a stand-in that still gives sentences
    annotator = None if annotate_available() else FakeAnnotator()
    with Service(db, Options(), annotator=annotator) as svc:
        svc.add_paths([str(EXAMPLE)])
    port = _free_port()
    config = uvicorn.Config(create_app(db, token="t"), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _page(browser: Any, base: str) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 1400})
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
    return page, errors, outside


def test_story_list_story_citation_and_search(server: str, browser: Any) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page, errors, outside = _page(browser, server)
    page.goto(server + "/")
    page.wait_for_load_state("load")
    page.screenshot(path=str(ARTIFACTS / "web-stories.png"))
    links = page.locator("#stories a.story")
    assert links.count() >= 1
    raqqa = page.locator("#stories a.story", has_text="aqqa").first
    raqqa.click()
    page.wait_for_load_state("load")
    assert "/stories/" in page.url
    assert page.locator("#sources").count() == 1 and page.locator(".sitebar").count() == 1
    page.screenshot(path=str(ARTIFACTS / "web-story.png"))

    cites = page.locator("#summary a.cite")
    if cites.count():
        click_citation(page, cites.first)
        page.screenshot(path=str(ARTIFACTS / "web-citation.png"))
    else:  # no understanding layer installed: no summary; follow a source sentence through its article page
        article = page.locator("#story-articles a.article").first
        href = article.get_attribute("href")
        page.goto(server + f"{href}#s-{href.rsplit('/', 1)[-1]}-1")
        page.wait_for_load_state("load")
        sentence = page.locator(".sent.hl")
        assert sentence.count() == 1 and sentence.is_visible()
        page.screenshot(path=str(ARTIFACTS / "web-article-sentence.png"))

    page.fill(".sitebar input[type=search]", "Raqqa")
    page.press(".sitebar input[type=search]", "Enter")
    page.wait_for_load_state("load")
    assert "/search?q=Raqqa" in page.url
    assert page.locator("ul.results li").count() >= 3
    assert page.locator("ul.results mark.hit").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "web-search.png"))
    page.locator("ul.results a.article").first.click()
    page.wait_for_load_state("load")
    assert "/articles/" in page.url and page.locator(".text .sent").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "web-article.png"), full_page=True)
    assert errors == []
    assert outside == []
    page.close()


def test_summary_citation_lands_on_highlighted_sentence(server: str, browser: Any) -> None:
    page, errors, _ = _page(browser, server)
    page.goto(server + "/")
    page.locator("#stories a.story", has_text="aqqa").first.click()
    page.wait_for_load_state("load")
    cites = page.locator("#summary a.cite")
    if not cites.count():
        page.close()
        pytest.skip("the brief has no summary citations (the understanding layer is not installed)")
    link = cites.nth(min(1, cites.count() - 1))
    click_citation(page, link)
    assert page.url.endswith(link.get_attribute("href") or "")
    assert errors == []
    page.close()
