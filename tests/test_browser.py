"""The HTML brief in real headless Chromium (Debian's `chromium`): no console errors,
no network, a citation click highlights its source sentence, and a screenshot shows
the timeline and the map (saved under test-artifacts/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, click_citation
from storyline import api
from storyline.render import render

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def page_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    brief = api.make_brief(api.process([str(ROOT / "examples" / "raqqa")]))
    path = tmp_path_factory.mktemp("html") / "brief.html"
    path.write_text(render(brief, "html"), encoding="utf-8")
    return path


def test_html_brief_in_chromium(page_html: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1800})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_html.as_uri())
        page.wait_for_load_state("load")
        assert errors == []
        assert [u for u in requests if not u.startswith("file://")] == []
        assert page.locator("svg.tl .tdot").count() >= 4
        assert page.locator("svg.map .mk").count() >= 5
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "brief-top.png"))
        page.locator("#timeline").screenshot(path=str(ARTIFACTS / "brief-timeline.png"))
        page.locator("#map").screenshot(path=str(ARTIFACTS / "brief-map.png"))
        # click the first summary citation: its source sentence is highlighted and in view
        click_citation(page, page.locator("#summary a.cite").first, settle_ms=600)
        # the timeline filter hides background entries
        page.uncheck("#show-bg")
        hidden = page.locator("ol.timeline li.background").first
        if hidden.count():
            assert not hidden.is_visible()
        assert errors == []
        browser.close()
