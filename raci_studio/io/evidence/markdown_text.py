"""Markdown as a card writes it, read back as headed sections of plain text.

Only what model cards use is understood: ATX headings, paragraphs, lists, emphasis, links,
code, HTML blocks and comments, and CommonMark backslash escapes. HTML is removed, never
rendered; fenced code is kept as text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"(?<!\\)</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"(?<!\\)\[([^\]]+)\]\(([^)\s]+)[^)]*\)")
_EMPHASIS = re.compile(r"(?<![\\\w])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_CODE = re.compile(r"(?<!\\)`+([^`]+)`+")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ENTITY_ESCAPE = re.compile(r"\\&")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
NO_INFORMATION = re.compile(r"^\[?more information needed\]?\.?$", re.I)


@dataclass(frozen=True)
class Section:
    """One heading and the text under it, up to the next heading of any level."""

    level: int
    title: str
    text: str


def split_sections(markdown: str) -> list[Section]:
    """Return the headed sections of ``markdown``; text before the first heading has level 0."""
    sections: list[Section] = []
    level, title, body = 0, "", []
    fenced = False
    for line in _COMMENT.sub("", markdown).split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            body.append(line)
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            sections.append(Section(level, title, plain(body)))
            level, title, body = len(match.group(1)), inline(match.group(2)), []
        else:
            body.append(line)
    sections.append(Section(level, title, plain(body)))
    return [s for s in sections if s.level or s.text]


def plain(lines: list[str]) -> str:
    """Return Markdown lines as plain text.

    Paragraphs stay apart; a hard line break (a trailing backslash) and each list item start
    a new line; soft-wrapped lines of one paragraph join with a space, as Markdown shows them.
    """
    paragraphs: list[list[str]] = [[]]
    breaks = True
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            paragraphs.append([])
            breaks = True
            continue
        hard = line.endswith("\\") and not line.endswith("\\\\")
        text = inline(line[:-1] if hard else line)
        current = paragraphs[-1]
        if breaks or _ITEM.match(line) or not current:
            current.append(text)
        else:
            current[-1] = f"{current[-1]} {text}"
        breaks = hard
    text = "\n\n".join("\n".join(p) for p in paragraphs if p and "".join(p).strip())
    return "" if NO_INFORMATION.match(text) else text


def inline(text: str) -> str:
    """Return one line of Markdown as plain text (markup and HTML removed, escapes undone)."""
    text = _TAG.sub("", text)
    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    text = _CODE.sub(lambda m: m.group(1), text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = _ENTITY_ESCAPE.sub("\0", text)
    text = html.unescape(text).replace("\0", "&")
    return _ESCAPE.sub(r"\1", text).strip()


def list_items(text: str) -> list[str]:
    """Return the items of the lists in ``text``, or its paragraphs when it has no list."""
    items: list[str] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        match = re.match(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$", line)
        if match:
            current = [match.group(1)]
            items.append("")
        elif current is not None and line.strip():
            current.append(line.strip())
        else:
            current = None
        if current is not None:
            items[-1] = " ".join(current)
    if items:
        return [i for i in items if i]
    return [p for p in text.split("\n\n") if p.strip()]
