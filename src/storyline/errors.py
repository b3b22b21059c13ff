"""Coded, user-facing errors.  Every message says what went wrong and how to fix it.

Codes are stable: tests and users may grep for them.  The CLI turns a
:class:`StorylineError` into one line (``error E102: ...``) and an exit code.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    # input (E1xx)
    E101 = "E101"  # path does not exist
    E102 = "E102"  # file is empty
    E103 = "E103"  # file looks binary / unsupported type
    E104 = "E104"  # cannot decode text
    E105 = "E105"  # malformed container (JSON line, CSV row, WARC record, feed)
    E106 = "E106"  # file too large
    E107 = "E107"  # truncated / corrupt compressed stream
    E108 = "E108"  # no text left after cleaning
    E109 = "E109"  # symlink loop / unreadable directory
    E110 = "E110"  # nothing at all could be read
    # configuration (E2xx)
    E201 = "E201"  # invalid option value
    E202 = "E202"  # unknown stage / renderer / format
    E203 = "E203"  # pipeline wiring: a stage needs what nothing upstream assigns
    E204 = "E204"  # model or data file missing
    # store (E3xx)
    E301 = "E301"  # cannot open store
    E302 = "E302"  # store schema newer than this program
    # processing (E4xx)
    E401 = "E401"  # a stage failed on one item
    # evaluation (E5xx)
    E501 = "E501"  # evaluation data missing or malformed
    E502 = "E502"  # evaluation tool missing


HINTS: dict[Code, str] = {
    Code.E101: "check the path; give a file, a folder, or '-' for standard input",
    Code.E102: "the file has no content; remove it or fill it",
    Code.E103: "give .txt, .html/.htm, .json/.jsonl, .csv, .warc/.warc.gz or an RSS/Atom .xml file",
    Code.E104: "save the file as UTF-8, or give its encoding with --encoding",
    Code.E105: "fix or remove the malformed record; the other records were read",
    Code.E106: "split the file, or raise --max-bytes",
    Code.E107: "the compressed file is cut short; download or copy it again",
    Code.E108: "the file held only page furniture or markup; check it is an article",
    Code.E109: "the folder links back into itself; it was skipped",
    Code.E110: "give at least one readable article (see `storyline ingest --help`)",
    Code.E201: "see `storyline --help` for the valid values",
    Code.E202: "choose one of the listed names",
    Code.E203: "add the missing stage before it in the pipeline",
    Code.E204: "run `make demo` (or `pip install -e .`) to install the models and data",
    Code.E301: "check the --db path or URL and its permissions",
    Code.E302: "upgrade storyline to read this store",
    Code.E401: "this item was skipped; the rest of the batch went on",
    Code.E501: "check the evaluation data path (see ../shared/data/README.md)",
    Code.E502: "install the evaluation extras: pip install -e '.[eval]'",
}


class StorylineError(Exception):
    """Base class of every error the library raises on purpose."""

    def __init__(self, code: Code, message: str, *, hint: str | None = None, file: str | None = None):
        self.code = code
        self.message = message
        self.hint = hint if hint is not None else HINTS.get(code, "")
        self.file = file
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.file}: " if self.file else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.code.value} {where}{self.message}{hint}"


class InputError(StorylineError):
    """A file or record could not be read."""


class ConfigError(StorylineError):
    """An option, stage or renderer is invalid."""


class StoreError(StorylineError):
    """The store could not be opened or written."""


class EvalError(StorylineError):
    """Evaluation data or tools are missing."""
