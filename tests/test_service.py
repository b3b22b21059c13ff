"""The living store: Service.add / add_paths, incremental story briefs, crash safety, watch."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from storyline.ingest_job import run_ingest
from storyline.options import Options
from storyline.pipeline import ErrorHandler
from storyline.records import AnnotatedArticle, Article, Mention, RawDocument, Sentence, content_id
from storyline.service import Service, load_brief, story_infos, story_members, watch
from storyline.store import open_store
from storyline.story.cluster import ClusterItem

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "raqqa"
_SENT = re.compile(r"[^.!?\n]+[.!?]?")
_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b")


class FakeAnnotator:
    """A stand-in for the annotate stage: sentences by punctuation, capitalised runs as ORG mentions."""

    name = "annotate"
    requires = ("article.text",)
    assigns = ("annotated",)

    def __init__(self) -> None:
        self.seen: list[str] = []

    def warm_up(self) -> None:
        pass

    def pipe(self, items: Iterable[Article], errors: ErrorHandler) -> Iterator[AnnotatedArticle]:
        for a in items:
            self.seen.append(a.id)
            sents, mentions = [], []
            for i, m in enumerate(m for m in _SENT.finditer(a.text) if m.group().strip()):
                start = m.start() + (len(m.group()) - len(m.group().lstrip()))
                sents.append(Sentence(index=i, start=start, end=m.end(), text=a.text[start : m.end()]))
                for n in _NAME.finditer(a.text, start, m.end()):
                    mentions.append(
                        Mention(article=a.id, sentence=i, start=n.start(), end=n.end(), text=n.group(), label="ORG")
                    )
            yield AnnotatedArticle(article=a, sentences=sents, mentions=mentions)


def seed_sentences() -> list[list[str]]:
    out = []
    for path in sorted(EXAMPLE.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if len(ln.split()) >= 8]
        out.append(lines)
    return out


def related_raw(n: int, date: str = "2016-11-07", outlet: str = "Test Wire") -> RawDocument:
    """A new article about the same story: real seed sentences, recombined (not a near-duplicate)."""
    seeds = seed_sentences()
    pool = [s for lines in (seeds[1], seeds[3]) for s in lines]
    picked = [pool[(n * 7 + k * 3) % len(pool)] for k in range(6)]
    text = "\n".join(dict.fromkeys(picked)) + f"\nUpdate number {n} from the desk."
    meta = {"title": f"Raqqa offensive: update {n}", "published": date, "outlet": outlet}
    return RawDocument(id=content_id(text, None), file=f"test/{n}", format="txt", text=text, meta=meta)


def assert_every_article_in_one_story(db: str, count: int) -> None:
    """The store holds ``count`` articles, each in exactly one story whose brief lists its members."""
    with open_store(db) as store:
        assert store.count() == count
        rows = store.stories()
        members = [a for r in rows for a in r.article_ids]
        assert sorted(members) == sorted(a.id for a in store.articles())
        for r in rows:
            assert [s["id"] for s in json.loads(r.brief_json or "{}")["sources"]] == r.article_ids


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "s.db")


def test_ingest_builds_stories_with_briefs(db: str) -> None:
    report = run_ingest([str(EXAMPLE)], Options(), db=db)
    assert (report.inserted, report.existing) == (5, 0)
    assert report.stories
    with open_store(db) as store:
        rows = store.stories()
        members = [a for r in rows for a in r.article_ids]
        assert sorted(members) == sorted(a.id for a in store.articles())  # every article in exactly one story
        for r in rows:
            brief = load_brief(r.brief_json or "")
            assert [s["id"] for s in brief.sources] == r.article_ids
        biggest = max(rows, key=lambda r: len(r.article_ids))
        assert "raqqa" in biggest.title.lower()
        infos = {i.story_id: i for i in story_infos(store)}
        assert infos[biggest.story_id].first == "2016-11-03"
        assert infos[biggest.story_id].updated


def test_rerun_stores_each_article_once(db: str) -> None:
    run_ingest([str(EXAMPLE)], Options(), db=db)
    with open_store(db) as store:
        before = [(r.story_id, r.article_ids, r.brief_json) for r in store.stories()]
    again = run_ingest([str(EXAMPLE)], Options(), db=db)
    assert (again.inserted, again.existing) == (0, 5)
    with open_store(db) as store:
        assert store.count() == 5
        assert [(r.story_id, r.article_ids, r.brief_json) for r in store.stories()] == before


def test_new_article_updates_only_its_story_and_is_annotated_once(db: str) -> None:
    ann = FakeAnnotator()
    with Service(db, Options(), annotator=ann) as svc:
        svc.add_paths([str(EXAMPLE)])
        assert len(ann.seen) == 5
        with open_store(db) as store:
            before = {r.story_id: r.brief_json for r in store.stories()}
        added = svc.add([related_raw(1)])
        assert len(ann.seen) == 6 and ann.seen[-1] == added[0].article_id  # only the new one annotated
        sid = added[0].story_id
        assert sid in before  # joined an existing story
        with open_store(db) as store:
            after = {r.story_id: r.brief_json for r in store.stories()}
            assert after[sid] != before[sid]
            assert all(after[k] == v for k, v in before.items() if k != sid)  # other stories untouched
            brief = load_brief(after[sid] or "")
            new = next(s for s in brief.sources if s["id"] == added[0].article_id)
            assert new["sentences"]  # the stored annotation fed the brief
            assert store.get_annotated(added[0].article_id) is not None


def test_syndicated_copy_joins_original_story_without_inflating_sources(db: str) -> None:
    with Service(db, Options()) as svc:
        first = svc.add([related_raw(2)])[0]
        with open_store(db) as store:
            sources_before = {i.story_id: i.sources for i in story_infos(store)}
        original = svc.store.get_article(first.article_id)
        assert original is not None
        copy_text = "By Wire Staff\n" + original.text.replace("Update number 2", "Update no. 2")
        meta = {"title": "Copy: " + (original.title or ""), "published": "2016-11-08", "outlet": "Other Paper"}
        copy = RawDocument(id=content_id(copy_text, None), file="copy", format="txt", text=copy_text, meta=meta)
        added = svc.add([copy])[0]
        assert added.duplicate_of == first.article_id
        assert added.story_id == first.story_id
        with open_store(db) as store:
            assert first.article_id in story_members(store, first.story_id or "")
            assert added.article_id in story_members(store, first.story_id or "")
            assert {i.story_id: i.sources for i in story_infos(store)} == sources_before


def test_same_file_read_again_after_a_cleaning_change_is_the_stored_article(db: str) -> None:
    # a newer cleaner turns "#346m" into "£346m" (or cuts a caption): the same file, the same words,
    # a new content-hash id; a rerun must not store the article again as a copy of itself
    with Service(db, Options()) as svc:
        raw = related_raw(3)
        first = svc.add([raw])[0]
        reread_text = raw.text.replace("Update number 3 from the desk.", "Update number 3 -- from the desk!")
        reread = RawDocument(
            id=content_id(reread_text, None), file=raw.file, format="txt", text=reread_text, meta=raw.meta
        )
        again = svc.add([reread])[0]
        assert (again.status, again.article_id, again.duplicate_of) == ("existing", first.article_id, None)
        assert again.story_id == first.story_id
        elsewhere = RawDocument(
            id=content_id(reread_text, "x"), file="other/3", format="txt", text=reread_text, meta=raw.meta
        )
        copy = svc.add([elsewhere])[0]  # the same words from another file is a copy, as before
        assert (copy.status, copy.duplicate_of) == ("inserted", first.article_id)
    with open_store(db) as store:
        assert store.count() == 2


def test_restart_keeps_story_ids(db: str) -> None:
    with Service(db, Options()) as svc:
        a = svc.add([related_raw(3)])[0]
    with Service(db, Options()) as svc:  # fresh process state: the clusterer is rebuilt from the store
        b = svc.add([related_raw(4)])[0]
    assert b.story_id == a.story_id
    with open_store(db) as store:
        assert len(store.stories()) == 1


def test_repairs_articles_left_without_story(db: str) -> None:
    with Service(db, Options()) as svc:
        svc.add([related_raw(5)])
    raw = related_raw(6)
    from storyline.clean.article import clean_document

    with open_store(db) as store:  # as if a run died after storing the article, before its story
        store.add_articles([clean_document(raw, Options())])
        assert store.story_of(raw.id) is None
    with Service(db, Options()) as svc:
        added = svc.add([raw])
        assert added[0].status == "existing"
    with open_store(db) as store:
        orphans = [a.id for a in store.articles() if store.story_of(a.id) is None]
        assert orphans == []


@pytest.mark.slow
def test_sigkill_mid_batch_then_rerun_stores_everything_once(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    script = f"""
import os, signal
from storyline.service import Service
from storyline.ingest_job import run_ingest
from storyline.options import Options
calls = []
real = Service._update_stories
def dying(self, dirty):
    calls.append(1)
    if len(calls) == 2:  # the second batch's articles are committed; die before its stories
        os.kill(os.getpid(), signal.SIGKILL)
    real(self, dirty)
Service._update_stories = dying
run_ingest([{str(EXAMPLE)!r}], Options(batch_size=2), db={db!r})
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    with open_store(db) as store:
        assert 0 < store.count() <= 5
    report = run_ingest([str(EXAMPLE)], Options(batch_size=2), db=db)
    assert report.inserted + report.existing == 5
    assert_every_article_in_one_story(db, 5)


def test_watch_ingests_new_files(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    db = str(tmp_path / "w.db")
    files = sorted(EXAMPLE.glob("*.txt"))
    (inbox / files[0].name).write_bytes(files[0].read_bytes())
    (inbox / ".hidden.txt").write_text("ignored")
    seen: list[int] = []
    watch(str(inbox), db, 0.01, Options(), max_cycles=2, on_added=lambda added: seen.append(len(added)))
    assert seen == [1]  # the file waited one scan to settle, then was read once
    (inbox / files[1].name).write_bytes(files[1].read_bytes())
    watch(str(inbox), db, 0.0, Options(), max_cycles=1, settle=False)
    with open_store(db) as store:
        assert store.count() == 2
        assert all(store.story_of(a.id) for a in store.articles())


def test_watch_refuses_missing_folder(tmp_path: Path) -> None:
    from storyline.errors import InputError

    with pytest.raises(InputError):
        watch(str(tmp_path / "nope"), str(tmp_path / "x.db"), 0.0, Options(), max_cycles=1)


def test_watch_stops_on_keyboard_interrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.service as service

    def interrupt(_: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(service.time, "sleep", interrupt)
    watch(str(tmp_path), str(tmp_path / "x.db"), 1.0, Options())  # returns instead of raising


_WRITER = """
import sys
from pathlib import Path
from storyline.options import Options
from storyline.records import RawDocument, content_id
from storyline.service import Service
import time
real = Service.story_brief
def slow(self, members):  # a slow brief computation widens the read-modify-write window
    time.sleep(0.05)
    return real(self, members)
Service.story_brief = slow
who, db, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = [ln.strip() for p in sorted(Path(sys.argv[4]).glob("*.txt"))
         for ln in p.read_text("utf-8").splitlines() if len(ln.split()) >= 8]
with Service(db, Options(batch_size=1), annotate=False) as service:
    for i in range(n):
        text = "\\n".join(lines[(i * 5 + k) % len(lines)] for k in range(4)) + f"\\nDesk note {who}-{i}."
        meta = {"title": f"Raqqa offensive: {who} update {i}", "published": "2016-11-07", "outlet": who}
        service.add([RawDocument(id=content_id(text, None), file=f"{who}/{i}", format="txt", text=text, meta=meta)])
"""


def test_two_writers_on_one_store_never_lose_a_story_membership(tmp_path: Path) -> None:
    """``serve`` and ``watch`` on one store: concurrent batches take turns under the writer lock,
    so no story is rewritten from a stale member list (every article ends in exactly one story)."""
    db = str(tmp_path / "two.db")
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, who, db, "12", str(EXAMPLE)], stderr=subprocess.PIPE)
        for who in ("serve", "watch")
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()[-2000:]
    assert_every_article_in_one_story(db, 24)


_OPENER = "import sys\nfrom storyline.store import open_store\nopen_store(sys.argv[1]).close()"


def test_processes_creating_one_store_at_once_all_open_it(tmp_path: Path) -> None:
    """Switching a new file to WAL mode is outside SQLite's busy timeout; the open lock makes
    processes that create one store at the same moment take turns instead of failing."""
    for attempt in range(3):
        db = str(tmp_path / f"new{attempt}.db")
        procs = [subprocess.Popen([sys.executable, "-c", _OPENER, db], stderr=subprocess.PIPE) for _ in range(6)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err.decode()[-2000:]
        with open_store(db) as store:
            assert store.schema_version() > 0


def test_writer_lock_is_reentrant_and_released(tmp_path: Path) -> None:
    import fcntl
    import os

    with open_store(str(tmp_path / "l.db")) as store:
        with store.writing(), store.writing():
            fd = os.open(str(tmp_path / "l.db-writer.lock"), os.O_RDWR)
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # free again after the outer block
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


class PlaceAnnotator(FakeAnnotator):
    """FakeAnnotator whose capitalised runs found in ``places`` are place (GPE) mentions."""

    def __init__(self, places: set[str]) -> None:
        super().__init__()
        self.places = places

    def pipe(self, items: Iterable[Article], errors: ErrorHandler) -> Iterator[AnnotatedArticle]:
        for doc in super().pipe(items, errors):
            mentions = [m.model_copy(update={"label": "GPE"}) if m.text in self.places else m for m in doc.mentions]
            yield doc.model_copy(update={"mentions": mentions})


def test_service_learns_a_local_outlets_home(db: str) -> None:
    """Three stories of a local paper are in Ohio; its next story's bare "Dublin" is Dublin, Ohio,
    also after a restart (homes are learned back from the stored briefs)."""
    places = {"Columbus", "Ohio", "Westerville", "Delaware", "Dublin"}
    local = [
        ("Council votes on budget", "The council in Columbus, Ohio voted on the budget on Monday.", "2009-01-05"),
        ("School board meets", "The school board in Westerville, Ohio met on Tuesday.", "2009-02-10"),
        ("Bridge reopens", "The bridge in Delaware, Ohio reopened on Friday after repairs.", "2009-03-20"),
        ("Fire at warehouse", "Firefighters said a warehouse fire in Dublin was set on purpose.", "2009-08-01"),
    ]
    raws = [
        RawDocument(
            id=content_id(text, None),
            file=f"local/{i}",
            format="txt",
            text=text,
            meta={"title": title, "published": date, "outlet": "Gazette"},
        )
        for i, (title, text, date) in enumerate(local)
    ]
    with Service(db, Options(batch_size=1), annotator=PlaceAnnotator(places)) as service:
        added = service.add(raws[:3])
    # a restart learns the homes back from the stored briefs
    with Service(db, Options(batch_size=1), annotator=PlaceAnnotator(places)) as service:
        added += service.add(raws[3:])
        brief = load_brief(service.store.stories()[-1].brief_json or "")  # the fire story
        assert len({a.story_id for a in added}) == 4
    dublin = next(p for p in brief.places if p["name"] == "Dublin")
    assert (dublin["country"], dublin["admin1"]) == ("US", "OH")


class ScriptedClusterer:
    """A stand-in clusterer: the first two articles start stories s1 and s2; the third bridges
    them (s2 is merged into s1, as StoryClusterer's bridge merge or consolidation does)."""

    def __init__(self) -> None:
        self.assigned: dict[str, str] = {}
        self.merged: dict[str, str] = {}

    def add(self, item: ClusterItem) -> str:
        n = len(self.assigned)
        if n == 2:
            self.merged["s2"] = "s1"
        sid = "s1" if n != 1 else "s2"
        self.assigned[item.id] = sid
        return self.merged.get(sid, sid)

    @property
    def merges(self) -> int:
        return len(self.merged)

    def story_of(self, item_id: str) -> str | None:
        sid = self.assigned.get(item_id)
        return None if sid is None else self.merged.get(sid, sid)


def test_stories_merged_by_the_clusterer_are_merged_in_the_store(db: str) -> None:
    raws = [related_raw(n) for n in range(3)]
    with Service(db, Options(batch_size=1), annotate=False, clusterer=ScriptedClusterer()) as service:  # type: ignore[arg-type]
        first = service.add(raws[:2])
        assert [a.story_id for a in first] == ["s1", "s2"]
        service.add(raws[2:])
        rows = service.store.stories()
        assert [r.story_id for r in rows] == ["s1"]
        assert len(rows[0].article_ids) == 3
        assert [s["id"] for s in json.loads(rows[0].brief_json or "{}")["sources"]] == rows[0].article_ids
        assert service.store.resolve_story("s2") == "s1"
    assert_every_article_in_one_story(db, 3)
