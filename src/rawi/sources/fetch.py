"""HTTP fetching for `rawi watch`: polite, bounded and conditional, over one httpx client.

Every request names rawi in its User-Agent, asks for gzip, honours robots.txt (urllib.robotparser,
RFC 9309: a missing file allows all, an unreachable one defers), waits a per-host delay (or the
site's Crawl-delay when longer), follows at most MAX_REDIRECTS redirects and never a loop, and
reads at most `max_bytes` of (decoded) body, so neither a huge page nor a gzip bomb fills memory,
within a `deadline` for the whole body, so a server trickling bytes cannot hold a round.
Timeouts, connection errors, 429 and 5xx answers are retried with exponential backoff and
jitter (or after the server's Retry-After, capped). A stored ETag / Last-Modified makes the
request conditional; 304 is `not_modified`. The clock, the sleeper and the random source are
injected, so tests never sleep.
"""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from rawi import __version__

USER_AGENT = f"rawi/{__version__} (news statement monitor; +https://github.com/rawi)"
ROBOTS_AGENT = "rawi"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
PRIVATE_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ROBOTS_TTL = 24 * 3600.0
ROBOTS_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how far a Fetcher goes: timeouts, sizes, retries and delays (seconds)."""

    timeout: float = 20.0
    connect_timeout: float = 10.0
    deadline: float = 120.0  # a whole response, however steadily it trickles in
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    host_delay: float = 1.0
    respect_robots: bool = True


@dataclass(frozen=True)
class Fetched:
    """The outcome of one fetch: a body, a 304, or an error with the reason a user can read."""

    url: str
    status: int = 0
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        """Whether a body arrived (a 2xx answer within every limit)."""
        return self.error is None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        """Whether the server answered 304 to a conditional request."""
        return self.error is None and self.status == 304

    @property
    def permanent(self) -> bool:
        """Whether retrying later is pointless: gone, robots-forbidden, too large, a 4xx, a redirect loop."""
        return self.error is not None and (
            (400 <= self.status < 500 and self.status != 429) or self.status == 508
        )


class _TooLarge(Exception):
    """The body passed the size limit."""


class _TooSlow(Exception):
    """The body took longer than the deadline (a server dripping bytes under the read timeout)."""


@dataclass
class _Host:
    """What the fetcher remembers of one host: its robots rules and its last request time."""

    robots: RobotFileParser | None = None
    robots_until: float = 0.0
    last_request: float | None = None


@dataclass
class Fetcher:
    """A polite HTTP client; `clock`, `sleep` and `rng` are injectable so tests run without waiting."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)
    transport: httpx.BaseTransport | None = None
    _hosts: dict[str, _Host] = field(default_factory=dict, init=False)
    _client: httpx.Client | None = field(default=None, init=False)

    @property
    def client(self) -> httpx.Client:
        """The shared httpx client (created on first use; redirects are followed by hand)."""
        if self._client is None:
            timeout = httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout)
            headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
            self._client = httpx.Client(
                timeout=timeout, headers=headers, follow_redirects=False, transport=self.transport
            )
        return self._client

    def close(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` with every rule above; conditional when an ETag or Last-Modified is given."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        seen = {url}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                return Fetched(url, status=400, error=f"unsupported URL scheme in {current!r}")
            if not self.allowed(current):
                return Fetched(url, status=403, error=f"robots.txt does not allow {current}")
            result = self._with_retries(current, headers)
            if result.status not in REDIRECT_STATUSES or result.error is not None:
                return result
            target = urljoin(current, result.body.decode("utf-8", "replace"))
            if target in seen:
                return Fetched(url, status=508, error=f"redirect loop at {target}")
            seen.add(target)
            current = target
        return Fetched(url, status=508, error=f"more than {self.policy.max_redirects} redirects")

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets rawi fetch it (always, when robots are off)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        if not self.policy.respect_robots:
            return True
        rules = self._robots(f"{parts.scheme}://{parts.netloc}")
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _robots(self, origin: str) -> RobotFileParser | None:
        """The robots rules of an origin, fetched at most once a day (None allows everything)."""
        host = self._hosts.setdefault(origin, _Host())
        if host.robots_until > self.clock():
            return host.robots
        result = self._with_retries(f"{origin}/robots.txt", {}, limit=ROBOTS_MAX_BYTES, retries=0)
        rules = RobotFileParser()
        unreachable = not result.ok and (result.status >= 500 or result.status == 0)
        if result.ok:
            rules.parse(result.body.decode("utf-8", "replace").splitlines())
        elif unreachable:
            rules.parse(["User-agent: *", "Disallow: /"])  # defer the whole host (RFC 9309 2.3.1.4)
        else:
            rules.parse([])  # no robots.txt (or a redirect): everything is allowed
        host.robots, host.robots_until = rules, self.clock() + ROBOTS_TTL
        if unreachable:
            host.robots_until = self.clock() + self.policy.max_backoff
        return rules

    def _with_retries(
        self, url: str, headers: dict[str, str], limit: int | None = None, retries: int | None = None
    ) -> Fetched:
        """One request, retried on timeouts, connection errors, 429 and 5xx with backoff and jitter."""
        attempts = (self.policy.retries if retries is None else retries) + 1
        result = Fetched(url, error="not tried")
        for attempt in range(attempts):
            if attempt:
                self.sleep(self.backoff(attempt, result.retry_after))
            result = self._once(url, headers, limit or self.policy.max_bytes)
            if result.status not in RETRY_STATUSES and result.status != 0:
                return result
        return result

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds before retry `attempt`: jittered exponential, or the server's Retry-After (capped)."""
        if retry_after is not None:
            return min(retry_after, self.policy.max_backoff)
        cap = min(self.policy.max_backoff, self.policy.backoff * 2 ** (attempt - 1))
        return self.rng.uniform(cap / 2, cap)

    def _wait_for_host(self, url: str) -> None:
        """Wait out the host delay (or its Crawl-delay, at most max_backoff) since its last request."""
        parts = urlsplit(url)
        host = self._hosts.setdefault(f"{parts.scheme}://{parts.netloc}", _Host())
        delay = self.policy.host_delay
        if host.robots is not None:
            crawl_delay = host.robots.crawl_delay(ROBOTS_AGENT)
            delay = max(delay, min(float(crawl_delay or 0), self.policy.max_backoff))
        now = self.clock()
        if host.last_request is not None and now - host.last_request < delay:
            self.sleep(delay - (now - host.last_request))
        host.last_request = self.clock()

    def _once(self, url: str, headers: dict[str, str], limit: int) -> Fetched:
        """A single GET, its body read up to `limit` bytes; a redirect carries its Location as body."""
        self._wait_for_host(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code in REDIRECT_STATUSES:
                    location = response.headers.get("location", "")
                    if not location:
                        return Fetched(url, response.status_code, error="a redirect without Location")
                    return Fetched(url, response.status_code, body=location.encode("utf-8"))
                ok = response.status_code == 200
                body = _read_limited(response, limit, self.policy.deadline) if ok else b""
                return _answer(url, response, body)
        except _TooLarge:
            return Fetched(url, status=413, error=f"the response is over {limit:,} bytes")
        except _TooSlow:
            return Fetched(url, error=f"timed out: the response took over {self.policy.deadline:g} s")
        except httpx.TimeoutException as error:
            return Fetched(url, error=f"timed out ({type(error).__name__})")
        except (httpx.TransportError, httpx.DecodingError) as error:
            return Fetched(url, error=f"{type(error).__name__}: {error}"[:300])


def is_private_host(url: str) -> bool:
    """Whether a URL names this machine or a private network (loopback, private or link-local IP, localhost).

    Only literal addresses and the localhost names are recognised; a public name that resolves
    to a private address is not (rawi does not resolve names before fetching).
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if host in PRIVATE_NAMES or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_unspecified


def _read_limited(response: httpx.Response, limit: int, deadline: float) -> bytes:
    """The decoded body; _TooLarge once it (or its declared length) passes `limit`, _TooSlow past `deadline`.

    The deadline is wall time (time.monotonic), not the injectable clock: it bounds real waiting.
    """
    ends = time.monotonic() + deadline
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and "content-encoding" not in response.headers:
        raise _TooLarge
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        if time.monotonic() > ends:
            raise _TooSlow
        chunks.append(chunk)
    return b"".join(chunks)


def _answer(url: str, response: httpx.Response, body: bytes) -> Fetched:
    """A Fetched from a finished response (an error for every status but 200 and 304)."""
    status = response.status_code
    error = None if status in (200, 304) else f"HTTP {status} {response.reason_phrase}".strip()
    wait = response.headers.get("retry-after", "").strip()
    return Fetched(
        url,
        status=status,
        body=body,
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        error=error,
        retry_after=float(wait) if wait.isdigit() else None,
    )


def post_json(fetcher: Fetcher, url: str, payload: object) -> str | None:
    """POST a JSON payload (a webhook), retried like a GET; None when accepted, else the last error."""
    attempts = fetcher.policy.retries + 1
    error = "not tried"
    for attempt in range(attempts):
        if attempt:
            fetcher.sleep(fetcher.backoff(attempt))
        try:
            response = fetcher.client.post(url, json=payload)
        except httpx.TransportError as failure:
            error = f"{type(failure).__name__}: {failure}"[:300]
            continue
        if 200 <= response.status_code < 300:
            return None
        error = f"HTTP {response.status_code}"
        if response.status_code not in RETRY_STATUSES:
            return error
    return error
