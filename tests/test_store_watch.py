"""Watch rounds against a real HTTP server on 127.0.0.1: new items once, feed health, the lock, alerts.

Feeds, sitemaps and pages are texts written for these tests. Rounds get their time as an
argument and the fetcher a fake sleeper, so nothing here waits.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rawi.errors import UsageError
from rawi.sources.fetch import Fetcher, FetchPolicy
from rawi.sources.listing import read_listing
from rawi.store import connect
from rawi.store.alerts import add_rule, alerts_since, match_alerts, remove_rule, rules, undelivered
from rawi.store.claims_store import list_claims, refresh_claims
from rawi.store.watch import WatchOptions, deliver_alerts, read_watch_list, run_round
from rawi.store.watch_state import WatchLock, add_feeds, feed_state, lock_is_held, next_due, watch_status
from watch_server import LocalServer, Reply, article_page, news_sitemap, rss

WATER = article_page(
    "وزارة المياه تنفي انقطاع الإمدادات عن العاصمة",
    [
        "نفت وزارة المياه اليوم الاثنين الأنباء التي تحدثت عن انقطاع واسع للمياه في أحياء العاصمة.",
        "وقال المتحدث باسم الوزارة نادر الحلبي في بيان إن الإمدادات مستمرة بشكل طبيعي.",
    ],
)
BRIDGE = article_page(
    "محافظ المدينة يعلن افتتاح جسر جديد",
    [
        "أعلن محافظ المدينة سليم العمري اليوم افتتاح الجسر الجديد الذي يربط ضفتي النهر.",
        "وقال العمري للصحفيين إن الجسر سيخفف الازدحام في وسط المدينة بنسبة كبيرة.",
    ],
)
SCHOOLS = article_page(
    "مدير التعليم: المدارس تفتح أبوابها الأحد",
    [
        "قال مدير التعليم في المحافظة رامي الشامي إن المدارس ستفتح أبوابها يوم الأحد المقبل.",
        "وأضاف الشامي أن الوزارة وزعت الكتب على جميع المدارس قبل بدء العام الدراسي.",
    ],
)
T0 = 1_800_000_000.0


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "news.db")


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    sleeps: list[float] = []
    policy = FetchPolicy(host_delay=0.0, timeout=2.0, retries=1)
    with Fetcher(policy, sleep=sleeps.append, rng=random.Random(3)) as client:
        yield client


def serve_feed(server: LocalServer, pages: dict[str, bytes], etag: str = '"1"') -> None:
    """Serve the pages and an RSS feed at /feed.xml listing them."""
    items = []
    for path, page in pages.items():
        server.routes[path] = Reply(page)
        items.append((server.url(path), path.strip("/"), "ملخص الخبر"))
    server.routes["/feed.xml"] = Reply(
        rss("أخبار الاختبار", items), content_type="application/rss+xml", etag=etag
    )


def test_a_watch_list_takes_one_url_a_line() -> None:
    text = "# my feeds\nhttp://127.0.0.1:1/a.xml\n\nhttps://127.0.0.1:1/b\nhttp://127.0.0.1:1/a.xml\n"
    assert read_watch_list(text) == ["http://127.0.0.1:1/a.xml", "https://127.0.0.1:1/b"]
    with pytest.raises(UsageError) as error:
        read_watch_list("ftp://127.0.0.1/feed\n")
    assert error.value.code == "E035"


def test_new_items_are_fetched_once_and_an_unchanged_feed_is_a_304(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/water": WATER, "/bridge": BRIDGE})
    first = run_round(conn, fetcher, [server.url("/feed.xml")], T0)
    assert (first.fetched, first.new_items, first.ingested) == (1, 2, 2) and first.statements >= 2
    second = run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 60, due_only=False)
    assert (second.not_modified, second.new_items) == (1, 0)
    assert server.paths().count("/water") == 1
    state = feed_state(conn, server.url("/feed.xml"))
    assert (state.kind, state.etag, state.failures, state.items) == ("feed", '"1"', 0, 2)


def test_a_feed_that_changes_brings_only_its_new_item(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/water": WATER})
    run_round(conn, fetcher, [server.url("/feed.xml")], T0)
    serve_feed(server, {"/schools": SCHOOLS, "/water": WATER}, etag='"2"')
    later = run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 600)
    assert (later.fetched, later.new_items, later.ingested) == (1, 1, 1)
    assert server.paths().count("/water") == 1 and server.paths().count("/schools") == 1


def test_a_feed_not_due_is_not_fetched(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/water": WATER})
    run_round(conn, fetcher, [server.url("/feed.xml")], T0, WatchOptions(every=600))
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 10).not_due == 1
    assert server.paths().count("/feed.xml") == 1


def test_a_feed_that_disappears_backs_off_and_recovers(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    url = server.url("/feed.xml")
    serve_feed(server, {"/water": WATER})
    run_round(conn, fetcher, [url], T0)
    server.routes["/feed.xml"] = None
    assert run_round(conn, fetcher, [url], T0 + 600).failed == 1
    run_round(conn, fetcher, [url], T0 + 1200, due_only=False)
    state = feed_state(conn, url)
    assert state.failures == 2 and "404" in (state.last_error or "") and state.next_due == T0 + 1200 + 1200
    assert state.last_ok == T0
    serve_feed(server, {"/water": WATER}, etag='"3"')
    run_round(conn, fetcher, [url], T0 + 2400)
    state = feed_state(conn, url)
    assert (state.failures, state.last_error, state.last_ok) == (0, None, T0 + 2400)


def test_a_failing_server_is_retried_then_recorded(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    server.routes["/feed.xml"] = Reply(b"down", status=500)
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0).failed == 1
    assert server.paths().count("/feed.xml") == 2  # one retry
    assert feed_state(conn, server.url("/feed.xml")).last_error == "HTTP 500 Internal Server Error"


def test_malformed_xml_keeps_what_was_recovered_or_fails(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    server.routes["/water"] = Reply(WATER)
    good = rss("أخبار", [(server.url("/water"), "المياه", "ملخص")])
    server.routes["/broken.xml"] = Reply(good.replace(b"</channel></rss>", b"<item><title>x</ti"))
    server.routes["/junk.xml"] = Reply(
        b'<?xml version="1.0"?><rss><channel><<<', content_type="application/rss+xml"
    )
    summary = run_round(conn, fetcher, [server.url("/broken.xml"), server.url("/junk.xml")], T0)
    assert summary.ingested == 1 and summary.failed == 1
    assert "not well-formed" in (feed_state(conn, server.url("/broken.xml")).last_error or "")
    assert feed_state(conn, server.url("/junk.xml")).failures == 1


def test_a_news_sitemap_lists_pages_with_their_metadata(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    server.routes["/bridge"] = Reply(BRIDGE)
    server.routes["/news.xml"] = Reply(
        news_sitemap([(server.url("/bridge"), "افتتاح جسر جديد")]), content_type="application/xml"
    )
    summary = run_round(conn, fetcher, [server.url("/news.xml")], T0)
    assert summary.ingested == 1
    row = conn.execute("SELECT url, outlet, published FROM articles").fetchone()
    assert tuple(row) == (server.url("/bridge"), "وكالة الاختبار", "2026-11-30")
    assert feed_state(conn, server.url("/news.xml")).kind == "sitemap"


def test_a_page_url_is_its_own_item_and_the_same_page_elsewhere_is_stored_once(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    server.routes["/water"] = Reply(WATER)
    server.routes["/mirror/water"] = Reply(WATER)
    summary = run_round(conn, fetcher, [server.url("/water"), server.url("/mirror/water")], T0)
    assert (summary.new_items, summary.ingested) == (2, 1)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_an_item_whose_page_is_gone_is_read_from_the_feed(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    text = "قال رئيس البلدية كريم الزين إن الطرق ستفتح غدا بعد انتهاء أعمال الصيانة في الحي الشرقي."
    server.routes["/feed.xml"] = Reply(rss("أخبار", [(server.url("/removed"), "الطرق تفتح غدا", text)]))
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0).ingested == 1
    assert conn.execute("SELECT speaker FROM statements").fetchone()[0] == "كريم الزين"


def test_an_item_whose_page_fails_for_now_is_tried_next_round(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/water": WATER})
    server.routes["/water"] = Reply(b"busy", status=503)
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0).new_items == 0
    server.routes["/water"] = Reply(WATER)
    server.routes["/feed.xml"] = Reply(server.routes["/feed.xml"].body, etag='"2"')  # type: ignore[union-attr]
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 600).ingested == 1


def test_a_crash_between_commits_loses_nothing_and_duplicates_nothing(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_feed(server, {"/water": WATER, "/bridge": BRIDGE})
    add_rule(conn, "search", "الجسر", None, T0)

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # as if killed after the items were committed

    monkeypatch.setattr("rawi.store.watch.record_success", crash)
    with pytest.raises(KeyboardInterrupt):
        run_round(conn, fetcher, [server.url("/feed.xml")], T0)
    monkeypatch.undo()
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    resumed = run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 60)
    assert resumed.fetched == 1 and resumed.ingested == 0 and len(resumed.alerts) >= 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert feed_state(conn, server.url("/feed.xml")).items == 2


def test_one_watcher_per_store(tmp_path: Path, conn: sqlite3.Connection) -> None:
    db = tmp_path / "news.db"
    with WatchLock(conn, db, T0):
        assert lock_is_held(db)
        assert watch_status(conn, db)["holder"]["pid"] > 0
        with pytest.raises(UsageError) as error, WatchLock(connect(db), db, T0):
            pass
        assert error.value.code == "E034"
    assert not lock_is_held(db)
    with WatchLock(conn, db, T0):
        pass


def test_a_killed_watcher_leaves_the_lock_free(tmp_path: Path, conn: sqlite3.Connection) -> None:
    db = tmp_path / "news.db"
    script = (
        "import os, signal\nfrom rawi.store import connect\n"
        "from rawi.store.watch_state import WatchLock\n"
        f"lock = WatchLock(connect({str(db)!r}), {str(db)!r}, 0.0).__enter__()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert done.returncode == -9
    assert not lock_is_held(db)
    with WatchLock(conn, db, T0):
        assert lock_is_held(db)


def test_alerts_fire_once_for_new_statements_matching_a_rule(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/bridge": BRIDGE})
    run_round(conn, fetcher, [server.url("/feed.xml")], T0)
    search = add_rule(conn, "search", "انقطاع", "deny", T0)
    speaker = add_rule(conn, "speaker", "سليم العمري", None, T0)
    assert [r.kind for r in rules(conn)] == ["search", "speaker"]
    serve_feed(server, {"/water": WATER, "/bridge": BRIDGE}, etag='"2"')
    summary = run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 600)
    assert summary.alerts  # the older bridge statements came before the speaker rule: none of theirs
    for alert in summary.alerts:
        assert alert["statement"]["stance"] == "deny" and alert["rules"][0]["id"] == search.id
        assert alert["statement"]["url"] == server.url("/water")
    assert match_alerts(conn, T0 + 700) == []
    serve_feed(server, {"/bridge2": BRIDGE.replace("الجديد".encode(), "الحديث".encode())}, etag='"3"')
    fired = run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 1200).alerts
    assert fired and {a["rules"][0]["id"] for a in fired} == {speaker.id}
    assert len(alerts_since(conn, T0 + 1000)) == len(fired)
    assert remove_rule(conn, speaker.id) and not remove_rule(conn, speaker.id)


def test_a_rule_is_checked_when_added(conn: sqlite3.Connection) -> None:
    for kind, value in (("search", '"unbalanced'), ("claim", "not-hex!"), ("speaker", "  "), ("topic", "x")):
        with pytest.raises(UsageError):
            add_rule(conn, kind, value, None, T0)


def test_alerts_are_posted_to_the_webhook_with_retries(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    add_rule(conn, "search", "الإمدادات", None, T0)
    serve_feed(server, {"/water": WATER})
    fired = run_round(conn, fetcher, [server.url("/feed.xml")], T0).alerts
    answers = iter([Reply(status=503), Reply(b"ok", status=200)])
    server.routes["/hook"] = lambda request: next(answers, Reply(b"ok"))
    assert deliver_alerts(conn, fetcher, server.url("/hook"), T0) is None
    posted = [r for r in server.requests if r.method == "POST"]
    assert len(posted) == len(fired) + 1 and "الإمدادات" in posted[-1].body.decode()
    assert deliver_alerts(conn, fetcher, server.url("/hook"), T0) is None
    assert len([r for r in server.requests if r.method == "POST"]) == len(posted)  # nothing twice


PORT_REPORT = article_page(
    "تقرير: شركة الموانئ تعتزم بيع حصتها في مرفأ الشمال",
    [
        "ذكرت صحيفة المساء الاقتصادية أن شركة الموانئ الوطنية تعتزم بيع حصتها في مرفأ الشمال"
        " إلى مستثمر أجنبي خلال الشهر المقبل.",
        "وقالت الصحيفة نقلا عن مصادر مطلعة إن المفاوضات بلغت مرحلتها الأخيرة.",
    ],
)
PORT_DENIAL = article_page(
    "شركة الموانئ تنفي بيع حصتها في مرفأ الشمال",
    [
        "نفت شركة الموانئ الوطنية اليوم ما نشرته صحيفة المساء الاقتصادية عن بيع حصتها في مرفأ الشمال"
        " إلى مستثمر أجنبي.",
        "وقال المدير العام للشركة وليد القاسم إن الشركة لا تنوي بيع أي حصة في المرفأ.",
    ],
)


def test_a_tracked_claim_fires_when_it_is_denied(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/report": PORT_REPORT})
    run_round(conn, fetcher, [server.url("/feed.xml")], T0)
    refresh_claims(conn, lexical=True)
    (claim,) = [c for c in list_claims(conn) if "مرفأ الشمال" in c["text"]]
    add_rule(conn, "claim", claim["id"][:8], None, T0)
    serve_feed(server, {"/denial": PORT_DENIAL, "/report": PORT_REPORT}, etag='"2"')
    fired = run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 600, WatchOptions(lexical=True)).alerts
    assert fired and {a["rules"][0]["reason"] for a in fired} == {"claim:deny"}
    assert {a["statement"]["url"] for a in fired} == {server.url("/denial")}


def test_a_busy_feed_is_read_a_bounded_number_of_items_a_round(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/water": WATER, "/bridge": BRIDGE, "/schools": SCHOOLS})
    options = WatchOptions(max_items=2)
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0, options).new_items == 2
    assert feed_state(conn, server.url("/feed.xml")).etag is None  # no 304 while items wait
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 600, options).new_items == 1
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0 + 1200, options).not_modified == 1


def test_relative_links_are_read_against_the_feed(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    server.routes["/news/water"] = Reply(WATER)
    server.routes["/news/feed.xml"] = Reply(rss("أخبار", [("water", "المياه", "ملخص")]))
    assert run_round(conn, fetcher, [server.url("/news/feed.xml")], T0).ingested == 1
    assert "/news/water" in server.paths()


def test_a_public_feed_cannot_send_rawi_to_a_private_address() -> None:
    text = "قال رئيس البلدية كريم الزين إن الطرق ستفتح غدا."
    links = [("http://127.0.0.1:8080/admin", "أ", text), ("http://169.254.169.254/latest", "ب", text)]
    links.append(("https://news.example/a", "ج", text))
    listed = read_listing("https://news.example/feed.xml", rss("أخبار", links))
    assert [item.url for item in listed.items] == [None, None, "https://news.example/a"]
    assert all(item.fallback is not None for item in listed.items)  # still read, from the feed's text


def test_the_next_due_time_is_the_first_of_the_watched_feeds(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    serve_feed(server, {"/water": WATER})
    run_round(conn, fetcher, [server.url("/feed.xml")], T0, WatchOptions(every=600))
    add_feeds(conn, ["http://127.0.0.1:9/old.xml"])  # in the store, no longer watched
    assert next_due(conn, [server.url("/feed.xml")]) == T0 + 600
    assert next_due(conn, [server.url("/feed.xml"), "http://127.0.0.1:9/old.xml"]) == 0.0


def test_an_alert_the_webhook_refuses_is_sent_again_next_time(
    server: LocalServer, conn: sqlite3.Connection, fetcher: Fetcher
) -> None:
    add_rule(conn, "search", "الإمدادات", None, T0)
    serve_feed(server, {"/water": WATER})
    assert run_round(conn, fetcher, [server.url("/feed.xml")], T0).alerts
    server.routes["/hook"] = Reply(b"bad", status=400)
    assert deliver_alerts(conn, fetcher, server.url("/hook"), T0) == "HTTP 400"
    assert len(undelivered(conn)) >= 1
    server.routes["/hook"] = Reply(b"ok")
    assert deliver_alerts(conn, fetcher, server.url("/hook"), T0 + 600) is None
    assert undelivered(conn) == []
