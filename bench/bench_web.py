"""Web app and incremental-update benchmark: one command, prints a table.

    .venv/bin/python bench/bench_web.py [--clients 50] [--requests 1500] [--seconds 20] [--articles 200]

1. Ingest examples/raqqa into a fresh store (temporary folder) through the Service.
2. Add N synthetic related articles one at a time (real seed sentences recombined, so
   they are new articles of the same story, not near-duplicates; no network) and time
   each add: clean + dedup + annotate (when the annotate stage is installed) + cluster +
   store + recompute the affected story's brief.
3. Serve the store with uvicorn in a subprocess on 127.0.0.1, and hit the big story's
   HTML page and its JSON twin with ``--clients`` concurrent keep-alive clients (asyncio,
   gzip accepted, as browsers do),
   bounded by ``--requests`` and ``--seconds``: requests/s, p50, p95.
4. POST one more related article with the token and time (a) the POST and (b) from the
   POST response to the first GET that serves the updated brief.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "raqqa"
TOKEN = "bench-token"


def _pool() -> list[str]:
    lines: list[str] = []
    for path in sorted(EXAMPLE.glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text("utf-8").splitlines() if len(ln.split()) >= 8]
    return lines


def synthetic(n: int, seed: int = 7) -> list[dict[str, str]]:
    """``n`` related articles: 8 real seed sentences each, reshuffled, plus one line of their own."""
    rng = random.Random(seed)
    pool = _pool()
    outlets = ["Wire A", "Wire B", "Daily C", "Agency D", "Radio E", "Paper F"]
    out = []
    for i in range(n):
        sents = rng.sample(pool, 8)
        day = 3 + i % 4
        text = "\n".join(sents) + f"\nDesk note {i}: correspondents in the region filed update {i} on the offensive."
        out.append(
            {"text": text, "title": f"Raqqa offensive, update {i}", "published": f"2016-11-0{day}",
             "outlet": outlets[i % len(outlets)]}
        )  # fmt: skip
    return out


def _raw(doc: dict[str, str]) -> object:
    from storyline.records import RawDocument, content_id

    meta = {k: v for k, v in doc.items() if k != "text"}
    rid = content_id(doc["text"], None)
    return RawDocument(id=rid, file=f"bench/{rid}", format="txt", text=doc["text"], meta=meta)


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def incremental(db: str, n: int) -> tuple[dict[str, object], str]:
    from storyline.options import Options
    from storyline.service import Service, story_members

    with Service(db, Options()) as svc:
        t0 = time.perf_counter()
        svc.add_paths([str(EXAMPLE)])
        ingest_s = time.perf_counter() - t0
        totals: list[float] = []
        briefs: list[float] = []
        story_ids: list[str | None] = []
        for doc in synthetic(n):
            t = time.perf_counter()
            added = svc.add([_raw(doc)])  # type: ignore[list-item]
            totals.append(time.perf_counter() - t)
            briefs.append(svc.last_update_seconds)
            story_ids.append(added[0].story_id if added else None)
        main = max(set(story_ids), key=lambda s: story_ids.count(s)) or ""
        size = len(story_members(svc.store, main))
        return (
            {
                "annotating": svc.annotating,
                "seed_ingest_s": ingest_s,
                "joined_main_story": sum(1 for s in story_ids if s == main),
                "story_size": size,
                "add_median_ms": 1000 * statistics.median(totals),
                "add_p95_ms": 1000 * _pct(totals, 0.95),
                "add_last10_ms": 1000 * statistics.mean(totals[-10:]),
                "brief_last10_ms": 1000 * statistics.mean(briefs[-10:]),
            },
            main,
        )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(db: str, port: int) -> subprocess.Popen[bytes]:
    code = (
        "import uvicorn, sys; from storyline.web import create_app; "
        f"uvicorn.run(create_app({db!r}, token={TOKEN!r}), host='127.0.0.1', port={port}, "
        "log_level='warning', access_log=False)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    import httpx

    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str) -> int:
    """One keep-alive HTTP/1.1 GET on an open connection; returns the status (body read, not decoded)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: gzip\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(ln.split(":", 1)[1]) for ln in lines if ln.lower().startswith("content-length:")), 0)
    await reader.readexactly(length)
    return status


async def _load(url: str, clients: int, max_requests: int, seconds: float) -> dict[str, float]:
    """``clients`` keep-alive connections issuing GETs back to back (a thin client, so the server is measured)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host, port, path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
    latencies: list[float] = []
    errors = 0
    issued = 0
    stop_at = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal issued, errors
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while issued < max_requests and time.perf_counter() < stop_at:
                issued += 1
                t = time.perf_counter()
                status = await _get(reader, writer, f"{host}:{port}", path)
                latencies.append(time.perf_counter() - t)
                errors += status != 200
        finally:
            writer.close()

    reader, writer = await asyncio.open_connection(host, port)
    await _get(reader, writer, f"{host}:{port}", path)  # warm the page cache
    writer.close()
    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - t0
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / wall,
        "p50_ms": 1000 * _pct(latencies, 0.5),
        "p95_ms": 1000 * _pct(latencies, 0.95),
    }


def post_then_read(base: str, story: str) -> dict[str, float]:
    import httpx

    doc = synthetic(1, seed=99)[0]
    doc["text"] += "\nA final desk note, unique to the benchmark POST."
    with httpx.Client(timeout=60) as c:
        t = time.perf_counter()
        r = c.post(f"{base}/api/articles", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
        post_s = time.perf_counter() - t
        r.raise_for_status()
        aid = r.json()["article_id"]
        done = time.perf_counter()
        while True:
            j = c.get(f"{base}/api/stories/{r.json()['story_id']}").json()
            if aid in [s["id"] for s in j["brief"]["sources"]]:
                break
        seen_s = time.perf_counter() - done
        unauth = c.post(f"{base}/api/articles", json=doc).status_code
    return {"post_ms": 1000 * post_s, "post_to_served_ms": 1000 * seen_s, "same_story": float(r.json()["story_id"] == story),
            "unauthenticated_status": float(unauth)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=1500, help="per endpoint")
    ap.add_argument("--seconds", type=float, default=20.0, help="per endpoint")
    ap.add_argument("--articles", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        inc, story = incremental(db, args.articles)
        port = _free_port()
        proc = _start(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            rows = []
            for name, path in (
                ("story page (HTML)", f"/stories/{story}"),
                ("story JSON twin", f"/api/stories/{story}"),
            ):
                r = asyncio.run(_load(base + path, args.clients, args.requests, args.seconds))
                rows.append((name, r))
            post = post_then_read(base, story)
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"incremental updates ({args.articles} synthetic related articles, annotate stage: "
          f"{'on' if inc['annotating'] else 'not installed'})")  # fmt: skip
    for key, value in inc.items():
        print(f"  {key:<22} {value:.1f}" if isinstance(value, float) else f"  {key:<22} {value}")
    print(f"\nload: {args.clients} concurrent clients on loopback, story of {inc['story_size']} articles")
    print(f"  {'endpoint':<20} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for name, r in rows:
        print(
            f"  {name:<20} {r['requests']:>8.0f} {r['errors']:>6.0f} {r['rps']:>8.1f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f}"
        )
    print("\nPOST /api/articles (one more related article, with the token)")
    for key, value in post.items():
        print(f"  {key:<22} {value:.1f}")


if __name__ == "__main__":
    main()
