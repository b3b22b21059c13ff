"""The annotate stage contract: order kept, bad items to the error handler, plain records out."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from storyline.annotate.stage import AnnotateStage, split_sentences
from storyline.errors import StorylineError
from storyline.options import Options
from storyline.pipeline import ErrorHandler, Pipeline, check_wiring, registered
from storyline.records import AnnotatedArticle, Article, PublishedDate, Record

TEXTS = [
    "The Syrian Democratic Forces (SDF) said on Sunday they had entered Raqqa. Brig. Gen. Talal Ali Selo told CNN "
    "that more than 40,000 fighters took part.",
    "Reuters reported that Ashton Carter met Turkish officials in Ankara on 3 November 2016.",
    "BOOM this article makes a downstream extractor fail.",
    "In Kabul, the Taliban said 12 people were killed. The United Nations condemned the attack.",
]


def articles() -> list[Article]:
    return [
        Article(
            id=Article.make_id(t, None),
            file=f"art{i}.txt",
            text=t,
            outlet="Example",
            published=PublishedDate(value="2016-11-06", precision="day"),
        )
        for i, t in enumerate(TEXTS)
    ]


@pytest.fixture(scope="module")
def stage() -> AnnotateStage:
    st = AnnotateStage(Options())
    st.warm_up()
    return st


def _boom(stage: AnnotateStage, monkeypatch: pytest.MonkeyPatch) -> None:
    real = stage._figures
    assert real is not None

    def figures(text: str, *args: Any) -> Any:
        if text.startswith("BOOM"):
            raise ValueError("extractor failed")
        return real(text, *args)

    monkeypatch.setattr(stage, "_figures", figures)


def test_registered_and_wired() -> None:
    info = registered()["annotate"]
    assert info.requires == ("article.text",)
    assert {"sentences", "mentions", "times", "toponyms", "figures", "attributions"} <= set(info.assigns)
    check_wiring(["annotate"], provided=("raw", "article.text"))
    st = info.factory(Options())
    assert st.name == "annotate" and st._nlp is None  # type: ignore[attr-defined]  # cheap constructor


def test_order_kept_and_bad_item_recorded(stage: AnnotateStage, monkeypatch: pytest.MonkeyPatch) -> None:
    _boom(stage, monkeypatch)
    errors = ErrorHandler("record")
    arts = articles()
    out = list(stage.pipe(iter(arts), errors))
    assert [a.article.file for a in out] == ["art0.txt", "art1.txt", "art3.txt"]
    assert len(errors.failures) == 1
    f = errors.failures[0]
    assert f.file == "art2.txt" and f.stage == "annotate" and f.code == "E401" and "extractor failed" in f.reason


def test_raise_mode_raises(stage: AnnotateStage, monkeypatch: pytest.MonkeyPatch) -> None:
    _boom(stage, monkeypatch)
    with pytest.raises(ValueError):
        list(stage.pipe(articles(), ErrorHandler("raise")))


def test_too_long_article_is_reported(stage: AnnotateStage) -> None:
    assert stage._nlp is not None
    old = stage._nlp.max_length
    stage._nlp.max_length = 50
    try:
        errors = ErrorHandler("record")
        out = list(stage.pipe(articles()[1:2], errors))
    finally:
        stage._nlp.max_length = old
    assert out == [] and errors.failures[0].code == "E401" and "limit" in errors.failures[0].reason


def _plain(value: Any) -> Iterator[Any]:
    if isinstance(value, Record):
        for name in type(value).model_fields:
            yield from _plain(getattr(value, name))
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _plain(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _plain(v)
    else:
        yield value


def test_plain_records_and_json_round_trip(stage: AnnotateStage) -> None:
    out = list(stage.pipe(articles()[:2] + articles()[3:], ErrorHandler("raise")))
    assert len(out) == 3
    for a in out:
        assert isinstance(a, AnnotatedArticle)
        assert all(v is None or isinstance(v, str | int | float | bool) for v in _plain(a)), "a live object leaked"
        assert AnnotatedArticle.model_validate_json(a.to_json()) == a
        assert pickle.loads(pickle.dumps(a)) == a
        text = a.article.text
        for s in a.sentences:
            assert text[s.start : s.end] == s.text
        for m in a.mentions:
            assert text[m.start : m.end] == m.text and m.article == a.article.id
            assert a.sentences[m.sentence].start <= m.start < a.sentences[m.sentence].end
            assert m.label not in ("DATE", "CARDINAL", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
        for t in a.times:
            assert text[t.start : t.end] == t.text and t.article == a.article.id and t.sentence >= 0
        assert all(p.text == text[p.start : p.end] for p in a.toponyms)
    first = out[0]
    assert any(m.text == "Talal Ali Selo" and m.label == "PERSON" for m in first.mentions)  # adjacent spans joined
    assert any(p.text == "Raqqa" for p in first.toponyms)
    assert any(t.value == "2016-11-06" for t in first.times)  # "Sunday" in an article of Sunday 6 Nov 2016


def test_pipeline_runs_the_stage() -> None:
    p = Pipeline.build(["annotate"], Options(on_error="raise"), provided=("raw", "article.text"))
    p.warm_up()
    out = list(p.pipe(articles()[:2]))
    assert [a.article.file for a in out] == ["art0.txt", "art1.txt"]


def test_missing_model_error() -> None:
    from storyline.annotate.nlp import load_nlp

    with pytest.raises(StorylineError) as err:
        load_nlp("no_such_model_xyz")
    assert err.value.code.value == "E204" and "en_core_web_sm" in err.value.hint


def test_sentence_split_at_lines() -> None:
    text = "Headline here\nBody sentence one. Body two.\n\nShare this"
    sents = split_sentences(text, [(0, len(text))])
    assert [s.text for s in sents] == ["Headline here", "Body sentence one. Body two.", "Share this"]
    wrapped = "This is a long hard-wrapped line of text that goes on and on past seventy chars\nand continues here."
    assert len(split_sentences(wrapped, [(0, len(wrapped))])) == 1


@pytest.mark.slow
def test_two_processes_same_result() -> None:
    arts = articles()[:2] + articles()[3:]
    arts = arts * 3
    one = list(AnnotateStage(Options(n_process=1, batch_size=2)).pipe(arts, ErrorHandler("raise")))
    two = list(AnnotateStage(Options(n_process=2, batch_size=2)).pipe(arts, ErrorHandler("raise")))
    assert one == two


def test_no_sentence_break_after_a_title_abbreviation() -> None:
    from storyline.annotate.stage import split_sentences

    text = '"We start," Brig. Gen. Talal Ali Selo told CNN. Dr. Smith agreed. It ended in the U.S. Then more.'
    # a model that cut after every period
    spans = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append((start, i + 1))
            start = i + 2
    sents = [s.text for s in split_sentences(text, spans)]
    assert sents[0] == '"We start," Brig. Gen. Talal Ali Selo told CNN.'
    assert sents[1] == "Dr. Smith agreed."
    assert "It ended in the U.S." in sents  # a real sentence end after an abbreviation stays


def test_no_sentence_starts_in_lowercase_after_an_ellipsis() -> None:
    from storyline.annotate.stage import split_sentences

    text = '"We start to liberate the city... the operation will be done with air cover," he told CNN. Next one.'
    cut = text.index("the operation")
    sents = [
        s.text
        for s in split_sentences(text, [(0, cut - 1), (cut, text.index(" Next")), (text.index("Next"), len(text))])
    ]
    assert sents[0].startswith('"We start') and sents[0].endswith("told CNN.")
    assert sents[1] == "Next one."


def test_no_sentence_break_inside_a_parenthesis() -> None:
    text = "The valve was shut at 0915 EST on 3 May (1415 GMT 3 May). Divers then went down. (Photo) Next."
    cut = text.index("GMT")
    spans = [
        (0, cut - 1),
        (cut, text.index(" Divers")),
        (text.index("Divers"), text.index(" (Photo")),
        (text.index("(Photo"), len(text)),
    ]
    sents = [s.text for s in split_sentences(text, spans)]
    assert sents[0] == "The valve was shut at 0915 EST on 3 May (1415 GMT 3 May)."
    assert sents[1] == "Divers then went down."  # a closed parenthesis joins nothing


@pytest.mark.parametrize(
    ("text", "cuts", "expected"),
    [
        # the model cut after the opening quote+bracket, leaving them on their own
        (
            'The general spoke on Sunday. "[The operation] will start soon," he said.',
            [29, 31],
            ["The general spoke on Sunday.", '"[The operation] will start soon," he said.'],
        ),
        # ... or attached to the end of the previous sentence
        (
            'Talks failed. "[We] will go on," he said.',
            [16],
            ["Talks failed.", '"[We] will go on," he said.'],
        ),
        # a closing quote stays where it is
        ('He said "no." Then he left.', [14], ['He said "no."', "Then he left."]),
    ],
)
def test_opening_quotes_and_brackets_stay_with_their_sentence(text: str, cuts: list[int], expected: list[str]) -> None:
    bounds = [0, *cuts, len(text)]
    spans = list(itertools.pairwise(bounds))
    assert [s.text for s in split_sentences(text, spans)] == expected
