"""The HTML pages in-process: Arabic and right to left, filters kept, paging, charts, errors."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from web_store import build_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient", reason="httpx is needed by TestClient").TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from rawi.web import create_app

    return TestClient(create_app(build_store(tmp_path_factory.mktemp("pages") / "news.db")))


def article_id(client: TestClient, q: str) -> str:
    return client.get("/api/search", params={"q": q}).json()["rows"][0]["article_id"]


@pytest.mark.parametrize(
    "path", ["/", "/speakers", "/claims", "/denials", "/outlets", "/rejections", "/docs"]
)
def test_pages_are_arabic_right_to_left_and_offline(client: TestClient, path: str) -> None:
    html = client.get(path).text
    assert '<html lang="ar" dir="rtl">' in html and 'name="viewport"' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing from another host


def test_search_page_keeps_the_filters_and_pages(client: TestClient) -> None:
    html = client.get("/", params={"q": "صفقة", "stance": "deny", "limit": 1}).text
    assert 'value="صفقة"' in html and '<option value="deny" selected>' in html
    assert html.count('class="statement"') == 1 and "1–1 من 2" in html
    assert re.search(r'rel="next" href="/\?q=[^"]*stance=deny[^"]*offset=1"', html)
    assert 'href="/api/search.csv?q=' in html


def test_article_page_highlights_every_statement(client: TestClient) -> None:
    html = client.get(f"/articles/{article_id(client, 'جنيف')}").text
    assert html.count('class="hl-ref"') == 4 and html.count("<details") == 4
    assert 'href="/speakers/' + quote("دميتري بيسكوف", safe="") + '"' in html
    assert 'class="hl-content stance-deny"' in html and 'href="https://example.org/denial"' in html


def test_speaker_page_has_variants_roles_and_two_charts(client: TestClient) -> None:
    html = client.get("/speakers/" + quote("دميتري بيسكوف")).text
    assert html.count("<svg") == 2 and "المتحدث باسم الكرملين" in html and "(2)" in html
    assert "format=csv" in html


def test_denials_show_what_was_denied(client: TestClient) -> None:
    html = client.get("/denials").text
    assert html.count("<tr id=") == 3 and "تقريرا عن صفقة سرية" in html


def test_rejections_page_explains_each_code(client: TestClient) -> None:
    html = client.get("/rejections", params={"code": "E007"}).text
    assert "crawl.warc.gz#3" in html and "re-download it" in html and "E006" in html


def test_errors_are_pages_with_the_same_fields(client: TestClient) -> None:
    response = client.get("/articles/none")
    assert response.status_code == 404 and "خطأ 404" in response.text and "none" in response.text
    bad = client.get("/?q=(")
    assert bad.status_code == 400 and "E009" in bad.text


def test_denials_page_links_the_denied_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rawi.store import connect
    from rawi.store.claims_store import ensure_claim_tables
    from rawi.web import create_app

    db = build_store(tmp_path / "claims.db")
    writer = connect(db)
    ensure_claim_tables(writer)
    denial = writer.execute("SELECT id FROM statements WHERE cue = 'نفى'").fetchone()[0]
    report, article = writer.execute("SELECT id, article_id FROM statements WHERE cue = 'ذكرت'").fetchone()
    writer.execute("INSERT INTO claim_links VALUES (?, ?, 'c1', 'deny', 0.9, 'test')", (denial, report))
    writer.close()
    html = TestClient(create_app(db)).get("/denials").text
    assert f'href="/articles/{article}#s-{report}"' in html and "مسؤولين مطلعين" in html


def test_a_bad_value_is_an_arabic_error_page_that_keeps_the_form(client: TestClient) -> None:
    response = client.get("/", params={"q": "صفقة", "speaker": "بيسكوف", "since": "yesterday"})
    assert response.status_code == 422
    html = response.text
    assert "من تاريخ (since): تاريخ غير صالح" in html and "2018-10-31" in html
    assert 'value="صفقة"' in html and 'value="بيسكوف"' in html and 'value="yesterday"' in html
    assert "String should match" not in html  # pydantic's English stays in the API


def test_a_page_and_its_api_reject_the_same_bad_kind(client: TestClient) -> None:
    page = client.get("/speakers", params={"kind": "martian"})
    api = client.get("/api/speakers", params={"kind": "martian"})
    assert page.status_code == api.status_code == 422
    assert "النوع (kind): قيمة غير معروفة" in page.text and api.json()["error"].startswith("kind:")


def test_dates_names_and_latin_text_are_isolated_from_the_arabic_around_them(client: TestClient) -> None:
    html = client.get("/", params={"q": "صفقة"}).text
    assert '<time dir="ltr">' in html and "<bdi>دميتري بيسكوف</bdi>" in html
    assert 'class="content" dir="auto"' in html
    assert 'name="since"' in html and re.search(r'name="since"[^>]*dir="ltr"', html)


def test_english_statements_are_marked_english() -> None:
    from rawi.web.app import templates

    card = templates().env.get_template("_macros.html").module.statement_card  # type: ignore[attr-defined]
    row = {"id": "1", "article_id": "a", "speaker": "Jane Roe", "cue": "said", "content": "Talks resume.",
           "stance": "assert", "quote_type": "indirect", "via": [], "published": "2024-01-02"}  # fmt: skip
    assert 'dir="auto" lang="en">Talks resume.' in str(card({**row, "lang": "en"}))
    assert 'lang="en"' not in str(card({**row, "lang": "ar"}))


def test_every_page_has_a_skip_link_and_is_compressed(client: TestClient) -> None:
    response = client.get("/speakers", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert '<a class="skip" href="#main">' in response.text


def test_tables_carry_their_column_names_for_phone_cards(client: TestClient) -> None:
    html = client.get("/speakers").text
    assert 'data-label="المتحدث"' in html and 'data-label="التصريحات"' in html


@pytest.fixture(scope="module")
def claims_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """The fixture store with its claims built (lexical matching, no model)."""
    from rawi.store import connect
    from rawi.store.claims_store import refresh_claims
    from rawi.web import create_app

    db = build_store(tmp_path_factory.mktemp("claims") / "news.db")
    refresh_claims(connect(db), lexical=True)
    return TestClient(create_app(db))


def test_claims_page_lists_claims_by_status(claims_client: TestClient) -> None:
    denied = claims_client.get("/claims", params={"status": "denied"}).text
    assert "صفقة سرية لتبادل الأسرى" in denied and "اللقاء تم في أجواء إيجابية" not in denied
    assert claims_client.get("/claims", params={"status": "rumoured"}).status_code == 422


def test_a_claims_story_runs_from_first_report_to_its_denials_in_date_order(
    claims_client: TestClient,
) -> None:
    rows = claims_client.get("/api/claims", params={"status": "denied"}).json()["rows"]
    deal = next(r for r in rows if "صفقة سرية" in r["text"])
    story = claims_client.get(f"/api/claims/{deal['id']}").json()["statements"]
    assert [s["claim_role"] for s in story] == ["first", "deny", "deny"]
    assert [s["published"] for s in story] == sorted(s["published"] for s in story)
    html = claims_client.get(f"/claims/{deal['id']}").text
    assert html.index("أول نقل") < html.index("دميتري بيسكوف") and "منفي" in html


def test_article_pages_link_a_report_to_its_denial_and_back(claims_client: TestClient) -> None:
    rows = claims_client.get("/api/claims", params={"status": "denied"}).json()["rows"]
    deal = next(r for r in rows if "صفقة سرية" in r["text"])
    story = claims_client.get(f"/api/claims/{deal['id']}").json()["statements"]
    report, denial = story[0], story[1]
    report_page = claims_client.get(f"/articles/{report['article_id']}").text
    assert "نفاه" in report_page and f"/articles/{denial['article_id']}#s-{denial['id']}" in report_page
    denial_page = claims_client.get(f"/articles/{denial['article_id']}").text
    assert "ينفي" in denial_page and f"/articles/{report['article_id']}#s-{report['id']}" in denial_page
    assert claims_client.get("/claims/nope").status_code == 404


def test_claims_api_answers_match_their_schemas(claims_client: TestClient) -> None:
    from rawi.web import schemas

    page = schemas.ClaimPage.model_validate(claims_client.get("/api/claims").json())
    assert page.total == 5
    for row in page.rows:
        schemas.ClaimAnswer.model_validate(claims_client.get(f"/api/claims/{row.id}").json())


def test_search_results_carry_their_claim(claims_client: TestClient) -> None:
    rows = claims_client.get("/api/search", params={"q": "صفقة"}).json()["rows"]
    assert {row["claim_status"] for row in rows} >= {"denied"} and all(row["claim_id"] for row in rows)
    html = claims_client.get("/", params={"q": "صفقة"}).text
    assert 'class="badge status-denied" href="/claims/' in html
