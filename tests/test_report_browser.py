"""The report in a real headless browser: Debian's chromium driven by Playwright.

Never downloads a browser: skips when /usr/bin/chromium (apt: chromium fonts-noto-cjk) or the
playwright package is absent. Pages are opened from file://, as a desk opens a copied report.
Screenshots of the index and a story page go to build/screenshots/ for review.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from fixtures import report_sample as sample

from compare import report
from compare.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"

pytestmark = pytest.mark.browser
if not CHROMIUM.is_file():
    pytest.skip("Debian's chromium is absent (apt-get install chromium fonts-noto-cjk)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")




class Watch:
    """Console errors, page errors, dialogs and non-file requests seen by a page."""

    def __init__(self, page) -> None:
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("dialog", self._dialog)
        page.on("request", self._request)

    def _console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def _dialog(self, dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _request(self, request) -> None:
        if not request.url.startswith("file://"):
            self.problems.append(f"network request: {request.url}")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser-report")
    report.build(sample.build(), out, Settings(page_size=4))  # 2 findings pages, pager links
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.watch = Watch(page)
    yield page
    context.close()


def _local_links(page) -> list[str]:
    hrefs = page.eval_on_selector_all("a[href], link[href], script[src]",
                                      "els => els.map(e => e.href || e.src)")
    return [h for h in hrefs if h.startswith("file://")]


def _path(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


def test_every_page_loads_cleanly_and_every_link_resolves(site, page):
    seen: set[Path] = set()
    queue = [site / "index.html"]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        assert path.is_file(), f"broken link to {path}"
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.watch.problems == [], (path, page.watch.problems)
        queue.extend(_path(u) for u in _local_links(page) if _path(u).suffix == ".html")
    written = set(site.rglob("*.html"))
    assert written == seen, f"pages no link reaches: {sorted(written - seen)}"


@pytest.mark.parametrize("story", ["s-kursk00001", "s-launch0001"])
def test_story_page_shows_highlighted_diffs_and_runs_nothing(site, page, story):
    page.goto((site / "stories" / f"{report.slug(story)}.html").as_uri())
    assert page.locator("del.diff-del").count() > 0
    assert page.locator("ins.diff-ins").first.is_visible()
    background = page.locator("ins.diff-ins").first.evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.watch.problems == []


def test_hostile_article_shows_as_text_without_dialogs(site, page):
    page.goto((site / "stories" / f"{report.slug('s-rates00001')}.html").as_uri())
    assert sample.XSS_TITLE in page.inner_text("body")
    page.get_by_text("The 3 articles").click()
    page.locator(f"text={sample.XSS_TITLE}").first.click()
    page.wait_for_timeout(100)
    assert page.watch.problems == []
    assert page.evaluate("document.querySelectorAll('img, iframe').length") == 0


def _visible_findings(page) -> list[dict]:
    return page.eval_on_selector_all(
        "article.finding", "els => els.filter(e => !e.hidden).map(e => ({...e.dataset}))")


@pytest.mark.parametrize(
    "choice",
    [{"severity": "high"}, {"kind": "number_conflict"}, {"language": "ru"},
     {"outlet": "Daily Sample"}, {"severity": "medium", "language": "ru"}],
)
def test_findings_filter(site, page, choice):
    page.goto((site / "findings" / "index.html").as_uri())
    everything = _visible_findings(page)
    for key, value in choice.items():
        page.select_option(f"select[name={key}]", value)
    shown = _visible_findings(page)
    expected = [f for f in everything if all(f[k] == v for k, v in choice.items())]
    assert shown == expected and shown
    assert page.inner_text("#shown-count") == str(len(expected))
    assert {k: v[0] for k, v in parse_qs(urlsplit(page.url).fragment).items()} == choice
    pager = page.locator("nav.pager a").first.get_attribute("href")
    assert pager.startswith("page-2.html#")
    assert page.watch.problems == []


def test_filter_choice_survives_paging(site, page):
    page.goto((site / "findings" / "index.html").as_uri() + "#severity=low")
    assert {f["severity"] for f in _visible_findings(page)} <= {"low"}
    page.locator("nav.pager a").first.click()
    page.wait_for_load_state("load")
    assert page.locator("select[name=severity]").input_value() == "low"
    assert {f["severity"] for f in _visible_findings(page)} <= {"low"}
    assert page.watch.problems == []


def test_without_javascript_every_finding_is_readable(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((site / "findings" / "index.html").as_uri())
    assert page.locator("article.finding:visible").count() == 4
    assert not page.locator("#filters").is_visible()
    context.close()


def test_screenshots_of_index_and_story(tmp_path, page):
    site = tmp_path / "report"
    report.build(sample.build(), site, Settings())  # default page size: whole story pages
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {
        "index.png": site / "index.html",
        "story.png": site / "stories" / f"{report.slug('s-kursk00001')}.html",
        "outlet.png": site / "outlets" / f"{report.slug('Morning Example')}.html",
        "findings.png": site / "findings" / "index.html",
    }
    for name, path in shots.items():
        page.goto(path.as_uri())
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
        assert (SCREENSHOTS / name).stat().st_size > 10_000
    assert page.watch.problems == []
