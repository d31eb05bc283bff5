"""rawi serve in a real browser: Debian's chromium driven by Playwright over a live server.

Search, filter, open an article, see the highlights, follow a speaker link; hostile article
text stays inert on every page.  Screenshots go to a temp dir, and also to
$RAWI_SCREENSHOT_DIR when it is set.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from web_store import EVIL_SPEAKER, build_store

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
)
pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} not installed (apt-get install -y chromium; .ci/run does)",
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A live rawi server on a free loopback port, over the fixture store."""
    import uvicorn

    from rawi.web import create_app

    db = build_store(tmp_path_factory.mktemp("store") / "news.db")
    sock = socket.socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # else responses wait for a delayed ACK
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)  # connections queue here until uvicorn accepts them: no need to wait for it
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium, headless, with no network of its own."""
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS, timeout=120_000)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh page that records every dialog (an alert would mean injected script ran)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    page = context.new_page()
    page.set_default_timeout(
        60_000
    )  # a busy 2-core CI machine can be slow; nothing waits this long when well
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def shoot(page, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    """A full-page screenshot in the test's temp dir, copied to $RAWI_SCREENSHOT_DIR if set."""
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("RAWI_SCREENSHOT_DIR"):
        target = Path(os.environ["RAWI_SCREENSHOT_DIR"])
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / path.name)
    return path


def test_search_filter_article_highlights_and_speaker_link(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    shoot(page, tmp_path, "01-search")

    page.fill("input[name=q]", "صفقة")
    page.select_option("select[name=stance]", "deny")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "stance=deny" in page.url
    cards = page.locator("article.statement")
    assert cards.count() == 2  # the two denials in the article whose headline names the deal
    assert "بيسكوف" in cards.first.locator(".speaker").inner_text()
    shoot(page, tmp_path, "02-search-filtered")

    cards.first.locator("footer a").click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    assert page.locator(".article-text mark.hl-content").count() >= 4
    assert page.locator(".article-text .hl-cue").count() == 4
    colours = {
        page.locator(f".article-text {sel}").first.evaluate(
            "e => getComputedStyle(e).backgroundColor + '|' + getComputedStyle(e).color"
        )
        for sel in (".hl-speaker", ".hl-cue", "mark.hl-content:not(.stance-deny)")
    }
    assert len(colours) == 3
    ref = page.locator(".article-text .hl-ref").first
    ref.focus()
    assert "المتحدث" in ref.get_attribute("data-info")
    shoot(page, tmp_path, "03-article")

    page.locator(".article-text a.hl-speaker", has_text="دميتري بيسكوف").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "دميتري بيسكوف"
    assert page.locator("svg.chart").count() == 2
    shoot(page, tmp_path, "04-speaker")
    assert page.dialogs == []


def test_other_pages_render_and_fit_a_phone(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("speakers", "denials", "outlets", "rejections", "docs"):
        page.goto(f"{server}/{name}")
        assert page.locator("h1").count() == 1
        shoot(page, tmp_path, f"05-{name}")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/?q=صفقة")
    page.locator("article.statement footer a").first.click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shoot(page, tmp_path, "06-article-phone")


def test_hostile_article_text_stays_inert(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import quote

    urls = [
        "/speakers",
        "/?q=alert",
        "/?q=الخبر",
        "/denials",
        "/outlets",
        "/rejections",
        "/speakers/" + quote(EVIL_SPEAKER, safe=""),
    ]
    page.goto(server + "/?q=الخبر")
    page.locator("article.statement footer a").first.click()
    page.wait_for_load_state()
    urls.append(page.url.removeprefix(server))
    for url in urls:
        page.goto(server + url)
        assert page.locator("script").count() == 1, url  # only rawi.js
        assert page.locator("img").count() == 0, url
        assert page.locator("a[href^='javascript']").count() == 0, url
        assert page.locator("i").count() == 0, url
    shoot(page, tmp_path, "07-hostile-article")
    assert "<script>alert(2)</script>" in page.locator(".article-text").inner_text()
    assert page.dialogs == []


@pytest.mark.parametrize("width, height", [(1366, 768), (390, 844)])
def test_search_results_first_at_any_width(
    server: str, page, tmp_path: Path, width: int, height: int
) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": width, "height": height})
    page.goto(server + "/?q=صفقة")
    first = page.locator("article.statement").first.bounding_box()
    assert first is not None and first["y"] < height, first  # seen without scrolling past the form
    shoot(page, tmp_path, f"08-search-{width}")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    date = page.locator("article.statement time").first
    assert date.inner_text().startswith("2024-01-") and date.get_attribute("dir") == "ltr"


def test_phone_tables_are_cards_and_chart_labels_readable(server: str, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/speakers")
    assert page.locator("table.list tbody tr").first.evaluate("e => getComputedStyle(e).display") == "block"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    shoot(page, tmp_path, "09-speakers-phone")
    page.goto(server + "/speakers/" + "دميتري بيسكوف")
    heights = page.locator("svg.chart text").evaluate_all(
        "ts => ts.map(t => t.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 12, heights
    shoot(page, tmp_path, "10-speaker-phone")


def test_skip_link_leads_to_the_content(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator("a.skip").is_visible()
