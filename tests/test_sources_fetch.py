"""The watch fetcher against a real HTTP server on 127.0.0.1: every limit and courtesy it keeps.

The clock and the sleeper are fakes, so backoff and per-host delays are asserted, never waited.
A slow server is a handler blocked on an Event, released when the test ends.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator

import pytest

from rawi.sources.fetch import USER_AGENT, Fetcher, FetchPolicy
from watch_server import LocalServer, Reply, Request


class FakeTime:
    """A clock that only moves when the fetcher sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        """The current fake time."""
        return self.now

    def sleep(self, seconds: float) -> None:
        """Record the sleep and move the clock on."""
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def fetcher(fake: FakeTime, **policy: object) -> Fetcher:
    """A fetcher on fake time, with no host delay unless asked."""
    chosen = {"host_delay": 0.0, "timeout": 2.0, **policy}
    return Fetcher(FetchPolicy(**chosen), clock=fake.clock, sleep=fake.sleep, rng=random.Random(7))  # type: ignore[arg-type]


def test_a_page_is_fetched_with_rawi_user_agent_and_gzip(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/a.html"] = Reply("<p>خبر عاجل عن الأمطار</p>".encode(), gzip=True)
    with fetcher(fake) as client:
        result = client.get(server.url("/a.html"))
    assert result.ok and "الأمطار" in result.body.decode()
    request = server.requests[-1]
    assert request.headers["user-agent"] == USER_AGENT and "rawi" in USER_AGENT
    assert "gzip" in request.headers["accept-encoding"]


def test_etag_and_last_modified_make_the_second_fetch_a_304(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/feed"] = Reply(b"<rss/>", etag='"v1"', last_modified="Mon, 30 Nov 2026 08:00:00 GMT")
    with fetcher(fake) as client:
        first = client.get(server.url("/feed"))
        second = client.get(server.url("/feed"), first.etag, first.last_modified)
    assert first.ok and first.etag == '"v1"'
    assert second.not_modified and not second.ok and second.body == b""
    assert server.requests[-1].headers["if-none-match"] == '"v1"'


def test_a_500_is_retried_with_growing_jittered_backoff(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/down"] = Reply(b"oops", status=500)
    with fetcher(fake, retries=3, backoff=2.0) as client:
        result = client.get(server.url("/down"))
    assert result.error == "HTTP 500 Internal Server Error" and not result.permanent
    assert server.paths().count("/down") == 4
    low, high = zip(*[(1.0, 2.0), (2.0, 4.0), (4.0, 8.0)], strict=True)
    assert all(lo <= s <= hi for lo, s, hi in zip(low, fake.sleeps, high, strict=True))


def test_a_server_that_recovers_is_read_on_a_retry(server: LocalServer, fake: FakeTime) -> None:
    answers = iter([Reply(b"busy", status=503), Reply(b"<p>ok</p>")])
    server.routes["/flaky"] = lambda request: next(answers)
    with fetcher(fake) as client:
        assert client.get(server.url("/flaky")).body == b"<p>ok</p>"


def test_a_retry_after_is_honoured_up_to_the_cap(server: LocalServer, fake: FakeTime) -> None:
    answers = iter([Reply(b"slow down", status=429, headers={"Retry-After": "7"}), Reply(b"<p>ok</p>")])
    server.routes["/busy"] = lambda request: next(answers)
    with fetcher(fake, max_backoff=60.0) as client:
        assert client.get(server.url("/busy")).ok
    assert fake.sleeps == [7.0]


def test_a_404_is_permanent_and_not_retried(server: LocalServer, fake: FakeTime) -> None:
    with fetcher(fake) as client:
        result = client.get(server.url("/gone"))
    assert result.status == 404 and result.permanent and server.paths().count("/gone") == 1


def test_a_server_that_never_answers_times_out(server: LocalServer, fake: FakeTime) -> None:
    release = threading.Event()

    def stalled(request: Request) -> Reply:
        release.wait(10)
        return Reply(b"too late")

    server.routes["/slow"] = stalled
    try:
        with fetcher(fake, timeout=0.3, retries=1) as client:
            result = client.get(server.url("/slow"))
    finally:
        release.set()
    assert result.error is not None and "timed out" in result.error and not result.permanent
    assert server.paths().count("/slow") == 2


def test_a_response_that_trickles_in_is_cut_at_the_deadline(server: LocalServer, fake: FakeTime) -> None:
    release = threading.Event()

    def trickle() -> Iterator[bytes]:
        while not release.wait(0.05):  # a byte every 50 ms: never a read timeout, never done
            yield b"x"

    server.routes["/drip"] = Reply(chunks=trickle)
    try:
        with fetcher(fake, timeout=1.0, deadline=0.3, retries=0) as client:
            result = client.get(server.url("/drip"))
    finally:
        release.set()
    assert result.error is not None and "took over 0.3 s" in result.error


def test_a_response_over_the_limit_is_cut_while_streaming(server: LocalServer, fake: FakeTime) -> None:
    megabyte = b"x" * (1 << 20)
    server.routes["/huge"] = Reply(chunks=lambda: iter([megabyte] * 50))  # 50 MB, no Content-Length
    with fetcher(fake, max_bytes=2 << 20) as client:
        result = client.get(server.url("/huge"))
    assert result.status == 413 and result.permanent and result.body == b""


def test_a_declared_length_over_the_limit_is_not_read(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/big"] = Reply(b"y" * 5000)
    with fetcher(fake, max_bytes=1000) as client:
        assert client.get(server.url("/big")).status == 413


def test_a_gzip_bomb_is_cut_at_the_limit_of_decoded_bytes(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/bomb"] = Reply(b"\0" * (8 << 20), gzip=True)  # 8 MB that gzip packs into ~8 KB
    with fetcher(fake, max_bytes=1 << 20) as client:
        assert client.get(server.url("/bomb")).status == 413


def test_redirects_are_followed_a_bounded_number_of_times(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/old"] = Reply(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(b"<p>moved here</p>")
    for hop in range(10):
        server.routes[f"/hop{hop}"] = Reply(status=302, headers={"Location": f"/hop{hop + 1}"})
    with fetcher(fake, max_redirects=3) as client:
        moved = client.get(server.url("/old"))
        chain = client.get(server.url("/hop0"))
    assert moved.ok and moved.url == server.url("/new")
    assert chain.error is not None and "more than 3 redirects" in chain.error
    assert "/hop4" not in server.paths()


def test_a_redirect_loop_is_stopped_at_once(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/ping"] = Reply(status=302, headers={"Location": "/pong"})
    server.routes["/pong"] = Reply(status=302, headers={"Location": "/ping"})
    with fetcher(fake) as client:
        result = client.get(server.url("/ping"))
    assert result.error is not None and "redirect loop" in result.error
    assert server.paths().count("/ping") == 1


def test_robots_txt_is_respected_and_read_once(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/robots.txt"] = Reply(
        b"User-agent: rawi\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n", content_type="text/plain"
    )
    server.routes["/private/a"] = Reply(b"secret")
    server.routes["/news/a"] = Reply(b"<p>news</p>")
    with fetcher(fake) as client:
        refused = client.get(server.url("/private/a"))
        allowed = client.get(server.url("/news/a"))
    assert refused.status == 403 and refused.permanent and "robots.txt" in (refused.error or "")
    assert allowed.ok
    assert server.paths() == ["/robots.txt", "/news/a"]


def test_robots_are_ignored_when_switched_off(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    server.routes["/a"] = Reply(b"<p>a</p>")
    with fetcher(fake, respect_robots=False) as client:
        assert client.get(server.url("/a")).ok


def test_requests_to_one_host_are_spaced_by_the_delay(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/a"] = Reply(b"<p>a</p>")
    with fetcher(fake, host_delay=5.0) as client:
        for _ in range(3):
            client.get(server.url("/a"))
    assert fake.sleeps == [5.0, 5.0, 5.0]  # robots.txt, then /a three times: 4 requests, 3 waits


def test_a_crawl_delay_longer_than_ours_wins(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 30\n", content_type="text/plain")
    server.routes["/a"] = Reply(b"<p>a</p>")
    with fetcher(fake, host_delay=1.0) as client:
        client.get(server.url("/a"))
        client.get(server.url("/a"))
    assert fake.sleeps[-1] == 30.0


def test_a_crawl_delay_is_capped_so_a_site_cannot_stall_a_round(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 86400\n", content_type="text/plain")
    server.routes["/a"] = Reply(b"<p>a</p>")
    with fetcher(fake, max_backoff=60.0) as client:
        client.get(server.url("/a"))
        client.get(server.url("/a"))
    assert fake.sleeps[-1] == 60.0


def test_a_redirect_to_an_arabic_path_is_followed(server: LocalServer, fake: FakeTime) -> None:
    server.routes["/old"] = Reply(status=301, headers={"Location": "/%D8%AE%D8%A8%D8%B1"})
    server.routes["/%D8%AE%D8%A8%D8%B1"] = Reply(b"<p>ok</p>")
    with fetcher(fake) as client:
        assert client.get(server.url("/old")).ok


def test_only_http_urls_are_fetched(fake: FakeTime) -> None:
    with fetcher(fake) as client:
        result = client.get("file:///etc/passwd")
    assert result.error is not None and "unsupported URL scheme" in result.error
