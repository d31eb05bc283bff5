"""The JSON API in-process: every page's data, paging, CSV, and the one error shape."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import quote

import pytest

from web_store import add_peskov_identity, build_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient", reason="httpx is needed by TestClient").TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from rawi.web import create_app

    db = build_store(tmp_path_factory.mktemp("api") / "news.db")
    return TestClient(create_app(db), raise_server_exceptions=False)


def test_search_normalises_arabic_and_filters(client: TestClient) -> None:
    plain = client.get("/api/search", params={"q": "صفقه"}).json()  # ta marbuta folded
    assert plain["ok"] and plain["total"] == 6  # contents and headlines hold it
    denied = client.get("/api/search", params={"q": "صفقة", "stance": "deny"}).json()
    assert {row["speaker"] for row in denied["rows"]} == {"دميتري بيسكوف"}
    anonymous = client.get("/api/search", params={"anonymous": "true"}).json()
    assert {row["speaker"] for row in anonymous["rows"]} == {"مصادر مطلعة", "مسؤولين مطلعين"}
    dated = client.get("/api/search", params={"since": "2024-01-26", "until": "2024-01"}).json()
    assert dated["total"] == 4 and {row["outlet"] for row in dated["rows"]} == {"العربي"}
    speaker = client.get("/api/search", params={"speaker": "بيسكوف", "quote_type": "direct"}).json()
    assert [row["content"] for row in speaker["rows"]] == ['"هذا التقرير خاطئ تماما"']


def test_empty_form_fields_mean_no_filter(client: TestClient) -> None:
    everything = client.get("/api/search?q=&speaker=&stance=&quote_type=&anonymous=&since=&until=").json()
    assert everything["total"] == 8


def test_paging_reports_total_and_next_offset(client: TestClient) -> None:
    first = client.get("/api/search", params={"limit": 3}).json()
    assert (first["total"], len(first["rows"]), first["next_offset"]) == (8, 3, 3)
    last = client.get("/api/search", params={"limit": 3, "offset": 6}).json()
    assert (len(last["rows"]), last["next_offset"]) == (2, None)
    ids = {r["id"] for r in first["rows"]} | {r["id"] for r in last["rows"]}
    assert len(ids) == 5


def test_article_has_text_and_statement_offsets(client: TestClient) -> None:
    row = client.get("/api/search", params={"q": "جنيف"}).json()["rows"][0]
    article = client.get(f"/api/articles/{row['article_id']}").json()["article"]
    assert [s["seq"] for s in article["statements"]] == [0, 1, 2, 3]
    for s in article["statements"]:
        assert article["text"][s["start"] : s["end"]] == s["content"]
    assert article["sources"] == [] and article["outlet"] == "العربي"


def test_speaker_is_one_spelling_until_the_claims_layer_merges_names(
    client: TestClient, tmp_path: Path
) -> None:
    from rawi.web import create_app

    assert client.get("/api/speakers/" + quote("بيسكوف")).json()["total"] == 1
    full = client.get("/api/speakers/" + quote("دميتري بيسكوف")).json()
    assert full["total"] == 2 and full["speaker"]["identity"] is None
    assert {s["value"]: s["n"] for s in full["speaker"]["stances"]} == {"deny": 2}
    assert full["speaker"]["months"] == [{"value": "2024-01", "n": 2}]

    merged = TestClient(create_app(add_peskov_identity(build_store(tmp_path / "id.db"))))
    body = merged.get("/api/speakers/" + quote("بيسكوف")).json()
    assert body["total"] == 3 and body["speaker"]["identity"]["latin"] == "Dmitry Peskov"
    assert {v["value"] for v in body["speaker"]["variants"]} == {"دميتري بيسكوف", "بيسكوف"}
    assert {s["value"]: s["n"] for s in body["speaker"]["stances"]} == {"deny": 2, "assert": 1}
    assert merged.get("/api/speakers/" + quote("أحمد سالم")).json()["total"] == 1
    for other_spelling in ("Peskov", "dmitry peskov", "بسكوف", "ديمتري بيسكوف"):
        found = merged.get("/api/speakers/" + quote(other_spelling)).json()
        assert found["total"] == 3, other_spelling
        assert found["speaker"]["identity"]["latin"] == "Dmitry Peskov", other_spelling
    assert merged.get("/api/speakers/" + quote("Dmitry")).status_code == 404  # a given name alone is no one


def test_speakers_list_pages_and_filters_by_kind(client: TestClient) -> None:
    first = client.get("/api/speakers", params={"limit": 2}).json()
    assert (
        first["total"] == 7 and first["rows"][0]["speaker"] == "دميتري بيسكوف" and first["next_offset"] == 2
    )
    rest = client.get("/api/speakers", params={"limit": 10, "offset": 2}).json()["rows"]
    assert len(rest) == 5 and first["rows"][1]["speaker"] not in {r["speaker"] for r in rest}
    anonymous = client.get("/api/speakers", params={"kind": "anonymous"}).json()
    assert {r["speaker"] for r in anonymous["rows"]} == {"مصادر مطلعة", "مسؤولين مطلعين"}


def test_denials_outlets_rejections_stats(client: TestClient) -> None:
    denials = client.get("/api/denials").json()
    assert denials["total"] == 3 and all(r["stance"] == "deny" for r in denials["rows"])
    outlets = {r["outlet"]: r for r in client.get("/api/outlets").json()["rows"]}
    assert outlets["العربي"]["statements"] == 4 and outlets["العربي"]["anonymous_share"] == 0.25
    rejections = client.get("/api/rejections", params={"code": "E007"}).json()
    assert rejections["total"] == 1 and rejections["rows"][0]["fix"].startswith("re-download")
    stats = client.get("/api/stats").json()["stats"]
    assert (stats["articles"], stats["statements"], stats["rejections"]) == (3, 8, 2)


@pytest.mark.parametrize("path", ["/api/search.csv?q=صفقة", "/api/search?q=صفقة&format=csv"])
def test_csv_download_of_a_result_list(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert len(rows) == 6 and {"speaker", "content", "via", "stance"} <= set(rows[0])


@pytest.mark.parametrize(
    "path", ["/api/denials.csv", "/api/outlets.csv", "/api/rejections.csv", "/api/speakers.csv"]
)
def test_every_list_has_a_csv_route(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and len(response.text.strip().splitlines()) >= 3


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/search?q=%22unbalanced", 400, "E009"),
        ("/api/search?q=(", 400, "E009"),
        ("/api/search?limit=0", 422, "limit"),
        ("/api/search?stance=maybe", 422, "stance"),
        ("/api/search?since=yesterday", 422, "since"),
        ("/api/articles/nope", 404, "nope"),
        ("/api/speakers/" + quote("لا أحد"), 404, "لا أحد"),
        ("/api/no-such-route", 404, "Not Found"),
    ],
)
def test_every_error_has_one_shape(client: TestClient, path: str, status: int, words: str) -> None:
    response = client.get(path)
    body = response.json()
    assert response.status_code == status
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and words in body["error"]


def test_method_not_allowed_has_the_error_shape(client: TestClient) -> None:
    response = client.post("/api/search")
    assert response.status_code == 405 and response.json()["ok"] is False


def test_openapi_document_and_offline_docs_page(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/denials", "/api/outlets", "/api/stats"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/search" in docs.text
    assert "cdn" not in docs.text.lower() and "swagger" not in docs.text.lower()
    assert client.get("/redoc").status_code == 404


def test_the_store_is_opened_read_only(tmp_path: Path) -> None:
    import asyncio

    from rawi.web.params import database

    class App:
        class state:
            db_path = build_store(tmp_path / "ro.db")

    class Request:
        app = App

    async def write_through_the_request_connection() -> None:
        connections = database(Request())  # type: ignore[arg-type]
        conn = await anext(connections)
        try:
            with pytest.raises(Exception, match="readonly"):
                conn.execute("DELETE FROM statements")
        finally:
            await connections.aclose()

    asyncio.run(write_through_the_request_connection())


def test_every_api_route_documents_its_answer_and_the_error_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        responses = methods["get"]["responses"]
        assert responses["200"]["content"]["application/json"]["schema"]["$ref"], path
        for status in ("404", "422", "500"):
            assert responses[status]["content"]["application/json"]["schema"]["$ref"].endswith(
                "/ErrorBody"
            ), path


def test_real_answers_match_their_documented_schemas(client: TestClient) -> None:
    from rawi.web import schemas

    article = client.get("/api/search", params={"q": "صفقة"}).json()["rows"][0]["article_id"]
    answers = {
        "/api/search?q=صفقة": schemas.StatementPage,
        "/api/denials": schemas.StatementPage,
        "/api/speakers": schemas.SpeakerPage,
        "/api/speakers/" + quote("دميتري بيسكوف"): schemas.SpeakerAnswer,
        "/api/outlets": schemas.OutletPage,
        "/api/rejections": schemas.RejectionPage,
        "/api/stats": schemas.StatsAnswer,
        f"/api/articles/{article}": schemas.ArticleAnswer,
        "/api/articles/nope": schemas.ErrorBody,
        "/api/search?limit=0": schemas.ErrorBody,
    }
    for url, model in answers.items():
        model.model_validate(client.get(url).json())
