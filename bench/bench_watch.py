"""`rawi watch` end to end: local feeds on 127.0.0.1, fetched, extracted, stored and alerted on.

FEEDS feeds of ITEMS items each are served by a local HTTP server (pages written here, varied
per item); every round after the first, each feed gains NEW items (its ETag changes), so a
round fetches every feed, the new pages, extracts them and fires one saved search that every
page matches. Prints items per second end to end, the time from an item's first appearance in
a feed to its alert (median and p95), and the resident memory over the rounds (it should stay
flat). Nothing is fetched from any other address; the per-host delay is 0 (one local host).

    python bench/bench_watch.py                      # 200 feeds x 50 items, 100 rounds
    python bench/bench_watch.py --feeds 20 --rounds 10
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from rawi.sources.fetch import Fetcher, FetchPolicy
from rawi.store import connect
from rawi.store.alerts import add_rule
from rawi.store.watch import WatchOptions, run_round
from watch_server import LocalServer, Reply, Request, article_page, rss

OFFICES = ("وزارة النقل", "وزارة الصحة", "هيئة الطيران المدني", "بلدية العاصمة", "وزارة الزراعة")
TOPICS = ("رفع أسعار التذاكر", "إغلاق المستشفى الميداني", "تأجيل الرحلات", "قطع الطريق الساحلي", "نقص البذور")


def page(feed: int, item: int) -> bytes:
    """An article of one feed item: a denial by an office, with numbers that make it unique."""
    office, topic = OFFICES[(feed + item) % len(OFFICES)], TOPICS[item % len(TOPICS)]
    return article_page(
        f"{office} تنفي {topic}",
        [
            f"نفت {office} اليوم الأنباء التي تحدثت عن {topic} في المحافظة رقم {feed} خلال الأسبوع {item}.",
            f"وقال المتحدث باسم {office} في بيان إن الخطة رقم {item} للمحافظة {feed} تسير كما أعلن سابقا.",
            "وأضاف أن الفرق الفنية تتابع العمل يوميا وأن أي تغيير سيعلن في حينه عبر القنوات الرسمية.",
        ],
    )


class Feeds:
    """The served feeds: each lists its newest ITEMS items; `advance` adds NEW items to every feed."""

    def __init__(self, server: LocalServer, feeds: int, items: int) -> None:
        self.server, self.items = server, items
        self.newest = dict.fromkeys(range(feeds), items)
        self.appeared: dict[str, float] = {}
        self.version = 0
        for feed in range(feeds):
            server.routes[f"/f{feed}.xml"] = self._feed(feed)

    def _feed(self, feed: int):  # type: ignore[no-untyped-def]
        """The route of one feed: its newest items, stamped with when each first appeared."""

        def answer(request: Request) -> Reply:
            newest = self.newest[feed]
            entries = []
            for item in range(newest - 1, max(newest - self.items, 0) - 1, -1):
                url = self.server.url(f"/f{feed}/{item}")
                self.appeared.setdefault(url, time.monotonic())
                entries.append((url, f"خبر {item}", "ملخص"))
            body = rss(f"المصدر {feed}", entries)
            return Reply(body, etag=f'"{self.version}"', content_type="application/rss+xml")

        return answer

    def advance(self, new: int) -> None:
        """Every feed gains `new` items."""
        self.version += 1
        for feed in self.newest:
            self.newest[feed] += new

    def serve_pages(self, request: Request) -> Reply | None:
        """The page of /fN/M."""
        feed, item = request.path.strip("/").split("/")
        return Reply(page(int(feed[1:]), int(item)))


def rss_mib() -> float:
    """This process's resident memory, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    """Run the rounds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--new", type=int, default=1, help="items each feed gains per round")
    args = parser.parse_args()
    server = LocalServer().start()
    feeds = Feeds(server, args.feeds, args.items)
    pages = feeds.serve_pages
    for feed in range(args.feeds):
        for item in range(args.items + args.new * args.rounds):
            server.routes[f"/f{feed}/{item}"] = pages
    urls = [server.url(f"/f{feed}.xml") for feed in range(args.feeds)]
    latencies: list[float] = []
    memory: list[float] = []
    items = 0
    with tempfile.TemporaryDirectory() as tmp, Fetcher(FetchPolicy(host_delay=0.0, retries=1)) as fetcher:
        conn = connect(Path(tmp) / "watch.db")
        add_rule(conn, "search", "تنفي OR نفت", "deny", time.time())
        started = time.monotonic()
        for number in range(args.rounds):
            summary = run_round(conn, fetcher, urls, time.time(), WatchOptions(), due_only=False)
            done = time.monotonic()
            items += summary.new_items
            alerted = {a["statement"]["url"] for a in summary.alerts}  # one alert an item, however many
            latencies.extend(done - feeds.appeared[url] for url in alerted)
            memory.append(rss_mib())
            note = f"({done - started:.1f} s, {memory[-1]:.0f} MiB)"
            print(f"round {number + 1}: {summary.line()} {note}", file=sys.stderr)
            feeds.advance(args.new)
        elapsed = time.monotonic() - started
    server.stop()
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else float("nan")
    print(f"{items} items in {elapsed:.1f} s: {items / elapsed:.1f} items/s end to end")
    median = statistics.median(latencies)
    print(f"appearance to alert: median {median:.2f} s, p95 {p95:.2f} s ({len(latencies)} items alerted)")
    marks = sorted({0, len(memory) // 10, len(memory) // 2, len(memory) - 1})
    print("memory (MiB) after round " + ", ".join(f"{i + 1}: {memory[i]:.0f}" for i in marks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
