from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from storyline.errors import Code, ConfigError, InputError
from storyline.options import Options
from storyline.pipeline import ErrorHandler, Pipeline, batched, check_wiring, registered
from storyline.records import Article, Failure, RawDocument, content_id


def test_content_id_is_stable_and_order_sensitive() -> None:
    assert content_id("a", "b") == content_id("a", "b")
    assert content_id("a", "b") != content_id("b", "a")
    assert content_id("ab", "") != content_id("a", "b")
    assert len(content_id("x")) == 16


def test_article_id_ignores_whitespace_but_not_url() -> None:
    assert Article.make_id("a  b\nc", None) == Article.make_id("a b c", None)
    assert Article.make_id("a b", "http://x") != Article.make_id("a b", None)


def test_records_round_trip_json() -> None:
    raw = RawDocument(id="1", file="f.txt", format="txt", text="hello")
    assert RawDocument.model_validate_json(raw.to_json()) == raw
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        RawDocument(id="1", file="f", format="txt", bogus=1)  # type: ignore[call-arg]


def test_builtin_stages_are_registered_with_contracts() -> None:
    reg = registered()
    assert {"clean", "dedup", "annotate"} <= set(reg)
    assert "article.text" in reg["clean"].assigns
    assert reg["dedup"].requires == ("article.text",)


def test_wiring_is_checked_when_built() -> None:
    with pytest.raises(ConfigError) as exc:
        check_wiring(["dedup"], provided=("raw",))
    assert exc.value.code == Code.E203
    with pytest.raises(ConfigError) as exc2:
        check_wiring(["nope"])
    assert exc2.value.code == Code.E202 and "clean" in exc2.value.hint
    check_wiring(["clean", "dedup", "annotate"])


def test_options_validate_and_list_valid_names() -> None:
    assert Options.make(batch_size=None).batch_size == 64
    with pytest.raises(ConfigError) as exc:
        Options.make(batch_size=0)
    assert exc.value.code == Code.E201
    with pytest.raises(ConfigError) as exc2:
        Options.make(bogus=1)
    assert "batch_size" in exc2.value.hint


class _Flaky:
    name = "flaky"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def warm_up(self) -> None:
        pass

    def pipe(self, items: Iterable[int], errors: ErrorHandler) -> Iterator[int]:
        for i in items:
            try:
                if i == 3:
                    raise InputError(Code.E105, "bad item", file=f"item{i}")
                yield i * 10
            except InputError as exc:
                errors.fail(f"item{i}", self.name, exc)


def test_error_handler_records_and_batch_goes_on_in_order() -> None:
    p = Pipeline([_Flaky()], ErrorHandler("record"))
    assert list(p.pipe(range(6))) == [0, 10, 20, 40, 50]
    assert len(p.errors.failures) == 1
    f = p.errors.failures[0]
    assert isinstance(f, Failure) and f.code == "E105" and f.file == "item3" and "\n" not in f.reason


def test_error_handler_raises_in_raise_mode() -> None:
    p = Pipeline([_Flaky()], ErrorHandler("raise"))
    with pytest.raises(InputError):
        list(p.pipe(range(6)))


def test_batched_keeps_order() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_error_message_is_one_line_with_hint() -> None:
    e = InputError(Code.E104, "cannot decode", file="x.txt")
    assert e.one_line().startswith("E104 x.txt: cannot decode (")
