"""Markdown rendering of a Brief (for reading in a terminal, a wiki, a ticket)."""

from __future__ import annotations

from typing import Any

from storyline.records import Brief
from storyline.render.common import (
    date_how,
    date_source,
    estimate_text,
    figure_counts,
    figure_text,
    human_date,
    place_coords,
    place_precision,
    sentence_texts,
    sources_text,
    undated_note,
    value_when,
    when_text,
)
from storyline.render.readable import by_speaker, figure_groups, readable


def _cell(value: object) -> str:
    return str(value if value not in (None, "") else "—").replace("|", "\\|").replace("\n", " ")


def _cites(citations: list[dict[str, Any]], short: dict[str, str]) -> str:
    seen: list[str] = []
    for c in citations:
        tag = f"[{short.get(c['source'], c['source'][:6])}:{c['sentence']}]"
        if tag not in seen:
            seen.append(tag)
    return " ".join(seen)


def _note(out: list[str], b: dict[str, Any], section: str) -> None:
    """Ends a cut section with the sentence that says what it shows of how many (see readable)."""
    if note := b["notes"].get(section):
        out += [f"*{note}.*", ""]


def render_markdown(brief: Brief) -> str:
    full = brief.to_dict()
    b = readable(full)  # the long sections cut for reading; the JSON brief keeps everything
    short = {s["id"]: f"S{i + 1}" for i, s in enumerate(full["sources"])}
    sources: list[dict[str, Any]] = b["sources"]
    n = len(full["sources"])
    out: list[str] = [f"# {b.get('title') or 'Story brief'}", ""]
    out.append(f"*{n} source{'s' if n != 1 else ''} · schema {b['schema']}*")
    out.append("")
    if b["summary"]:
        out += ["## Summary", ""]
        for s in b["summary"]:
            when = when_text(s.get("dates"))
            out.append(f"- {s['text']} {_cites(s.get('citations', []), short)}" + (f" *({when})*" if when else ""))
        out.append("")
    if b["timeline"]:
        out += ["## Timeline", ""]
        for e in b["timeline"]:
            d = e["date"]
            date = human_date(d.get("value"), d.get("precision"), d.get("mod"))
            flags = []
            if e.get("background"):
                flags.append("background")
            if e.get("expected"):
                flags.append("expected: every source reported it before this date")
            if e.get("reported_on"):
                date = f"reported on {date}"
            flags.append(sources_text(e))
            out.append(f"- **{date}** — {e['text']} {_cites(e.get('citations', []), short)} *({', '.join(flags)})*")
        out.append("")
    if b.get("undated"):
        out += ["## Not dated (the sources do not say when, or not in a way that can be placed)", ""]
        if note := undated_note(b):
            out += [f"*{note}.*", ""]
        for e in b["undated"]:
            when = when_text(e.get("dates"))
            out.append(f"- {e['text']} {_cites(e.get('citations', []), short)}" + (f" *({when})*" if when else ""))
        out.append("")
    if b["disagreements"]:
        out += ["## Where the sources disagree", ""]
        for d in b["disagreements"]:
            out.append(f"**{d['about']}**")
            out.append("")
            for v in d["values"]:
                when = f" ({value_when(v)})" if value_when(v) else ""
                out.append(
                    f"- {v['value']}{when} — {v.get('said_by') or 'unattributed'} {_cites(v.get('citations', []), short)}"
                )
            out.append("")
    if b.get("series"):
        out += ["## Figures that change over time", ""]
        for s in b["series"]:
            # one line per point, each with its sources: a fact-checker follows a toll back report by report
            out.append(f"- **{s['about']}**")
            for p in s["points"]:
                when = value_when(p) or "date unknown"
                out.append(
                    # who after a dash, as in a disagreement: a date with its time ("2 August 2010, night") has commas
                    f"  - {p['value']} ({when}) — {p.get('said_by') or 'unattributed'} {_cites(p.get('citations', []), short)}"
                )
        out.append("")
    if b["figures"]:
        out += [
            "## Figures",
            "",
            "| figure | counts | about | claimed by | as of | source |",
            "|---|---|---|---|---|---|",
        ]
        # grouped by what they count (the "counts" column), the most reported first: tolls together
        fig_rows = [row for _, group in figure_groups(b["figures"], b.get("figure_also")) for row in group]
        for f, more in fig_rows:
            more_text = f" (and {more} other source{'s' if more != 1 else ''})" if more else ""
            out.append(
                f"| {_cell(figure_text(f))} | {_cell(figure_counts(f))} "
                f"| {_cell(f.get('about'))} | {_cell(f.get('said_by'))} | {_cell(human_date(f.get('as_of')) if f.get('as_of') else None)} "
                f"| {_cites(f.get('citations', []), short)}{more_text} |"
            )
        out.append("")
        _note(out, b, "figures")
    if b["entities"]:
        out += ["## Actors", "", "| name | type | also called | mentions | sources |", "|---|---|---|---|---|"]
        for e in b["entities"]:
            if e.get("type") == "place":
                continue
            aliases = ", ".join(a for a in e.get("aliases", []) if a != e["name"])
            out.append(
                f"| {_cell(e['name'])} | {_cell(e.get('type'))} | {_cell(aliases)} | {len(e.get('mentions', []))} | {len(e.get('sources', []))} |"
            )
        out.append("")
        _note(out, b, "actors")
    if b["places"]:
        out += ["## Places", "", "| place | lat, lon | country | precision | also called |", "|---|---|---|---|---|"]
        by_id = {p["id"]: p for p in full["places"]}
        for p in b["places"]:
            ll = place_coords(p)
            aliases = ", ".join(a for a in p.get("aliases", []) if a != p["name"])
            out.append(
                f"| {_cell(p['name'])} | {ll} | {_cell(p.get('country'))} | {_cell(place_precision(p, by_id))} | {_cell(aliases)} |"
            )
        out.append("")
        _note(out, b, "places")
    if b.get("attributions"):
        # grouped by speaker, each statement with its sentence: a fact-checker reads what was said, by whom,
        # through which outlet, without opening every source (a table of bare citations said only where)
        texts = sentence_texts(full["sources"])
        out += ["## Who says what", "", "*Grouped by speaker, in the order they are first quoted.*", ""]
        for names, rows in by_speaker(b["attributions"], texts):
            out.append(f"- **{names or 'speaker not named'}**")
            for r in rows:
                a = r["a"]
                how = ", ".join(
                    x
                    for x in (
                        a["kind"] + (f" ({a['cue']})" if a.get("cue") else ""),
                        f"as {a['role']}" if a.get("role") else "",
                        f"through {a['via']}" if a.get("via") else "",
                    )
                    if x
                )
                cite = _cites(r["citations"], short)
                copies = f" *(the same sentence in {len(r['citations'])} articles)*" if len(r["citations"]) > 1 else ""
                said = r["text"].replace("\n", " ")
                out.append(f"  - *{how}*: {said} {cite}{copies}" if said else f"  - *{how}* {cite}")
        out.append("")
        _note(out, b, "attributions")
    dates = [t for t in b.get("time_expressions", []) if t.get("type") in ("DATE", "TIME")]
    if dates:
        out += ["## Dates in the text", "", "| as written | resolved to | how | sentence |", "|---|---|---|---|"]
        for t in dates:
            cite = f"[{short.get(t['article'], t['article'][:6])}:{t['sentence']}]"
            # the value as a reader dates it ("week of 3–9 May 2010", "5 November 2016, night"), never raw TIMEX
            resolved = human_date(t["value"], t.get("precision"), t.get("mod")) if t.get("value") else "not resolved"
            out.append(f"| {_cell(t['text'])} | {_cell(resolved)} | {_cell(date_how(t))} | {cite} |")
        out.append("")
        _note(out, b, "dates")
    out += [
        "## Sources",
        "",
        "| # | title | outlet | published | language | duplicate of / set aside | file |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in sources:
        pub = s["published"]
        date = human_date(pub.get("value")) + (f" ({pub['precision']})" if pub.get("value") else "")
        if date_source(pub):
            date += f", {date_source(pub)}"
        if not pub.get("value") and pub.get("estimate"):
            date += f"; estimate: {estimate_text(pub['estimate'])}"
        dup = short.get(s["duplicate_of"], s["duplicate_of"]) if s.get("duplicate_of") else None
        if s.get("set_aside"):  # listed, not analysed: say so where the reader looks for the source
            dup = "; ".join(x for x in (dup, "set aside as off-topic") if x)
        lang = f"{s.get('language') or '?'}{' (low confidence)' if s.get('language_low_confidence') else ''}"
        out.append(
            f"| {short[s['id']]} | {_cell(s.get('title'))} | {_cell(s.get('outlet'))} | {_cell(date)} | {lang} | {_cell(dup)} | {_cell(s['file'])} |"
        )
    out.append("")
    _note(out, b, "sources")
    if b["warnings"]:
        out += ["## What could not be read or resolved", ""]
        out += [f"- {w}" for w in b["warnings"]]
        out.append("")
        _note(out, b, "warnings")
    out += ["## Articles", ""]
    _note(out, b, "sources")
    for s in sources:
        pub = s["published"]
        out.append(f"### {short[s['id']]}. {s.get('title') or s['file']}")
        out.append("")
        meta = [f"outlet: {s.get('outlet') or 'unknown'}"]
        if s.get("outlet_evidence"):
            meta.append(f"outlet evidence: “{s['outlet_evidence']}”")
        if s.get("dateline") and s["dateline"]["text"] != s.get("outlet_evidence"):  # shown once
            meta.append(f"dateline: “{s['dateline']['text']}”")
        meta.append(
            f"published: {human_date(pub.get('value'))}"
            + (f" (evidence: “{pub['evidence']}”)" if pub.get("evidence") else "")
        )
        if s.get("author"):
            meta.append(f"by {s['author']}")
        if s.get("contributors"):
            meta.append("contributors: " + ", ".join(s["contributors"]))
        if s.get("set_aside"):
            meta.append(f"set aside as off-topic — {s['set_aside'].get('reason') or 'not about the story'}")
        out.append("*" + " · ".join(meta) + "*")
        out.append("")
        for para in s["text"].split("\n"):
            if para.strip():
                out += [para.strip(), ""]
        if s.get("removed") and "sources" in b["notes"]:  # a big pile: the debris stays in the JSON brief
            n = len(s["removed"])
            out += [f"*{n:,} line{'' if n == 1 else 's'} removed as page debris (listed in the JSON brief).*", ""]
        elif s.get("removed"):
            n = len(s["removed"])
            out.append(f"<details><summary>Removed as page debris ({n} line{'s' if n != 1 else ''})</summary>")
            out.append("")
            out += [f"    {line}" for line in s["removed"]]
            out += ["", "</details>", ""]
    return "\n".join(out).rstrip() + "\n"
