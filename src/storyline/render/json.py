"""The canonical JSON rendering (``storyline.brief/1``).  Byte-identical for the same input."""

from __future__ import annotations

import json

from storyline.records import Brief


def render_json(brief: Brief) -> str:
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
