"""Shapes the slides share: text boxes, native tables, glued connectors, alt text.

Tables are written as DrawingML directly (one parse per table instead of several python-pptx
calls per cell), which keeps a deck of 2,000 activities quick; every project string is
escaped as text, so nothing from a project can become markup. The table keeps PowerPoint's
default table style, so its header row takes the theme's first accent: ours, or the company's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from raci_studio.io.deck.frame import emu
from raci_studio.io.deck.style import INK, TABLE_PT, hex_rgb

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
#: PowerPoint's "Medium Style 2 – Accent 1", the table style python-pptx gives new tables.
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"


@dataclass(frozen=True)
class Cell:
    """One table cell: its text and, optionally, fill, text colour, boldness and alignment."""

    text: str
    fill: str | None = None
    ink: str | None = None
    bold: bool = False
    align: str = "l"


@dataclass(frozen=True)
class Run:
    """A stretch of text in a text box with its own look."""

    text: str
    size: float = 14.0
    colour: str = INK
    bold: bool = False


def add_text(
    slide: Any,
    box: tuple[float, float, float, float],
    paragraphs: Sequence[Sequence[Run]],
    name: str = "",
    align: str = "l",
    anchor: str = "t",
    branded: bool = False,
) -> Any:
    """Add a text box at ``box`` (left, top, width, height in inches) with wrapped runs.

    With ``branded`` the text keeps the template's font; colours are always ours, since they
    carry meaning (status, letters).
    """
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    left, top, width, height = box
    shape = slide.shapes.add_textbox(emu(left), emu(top), emu(width), emu(height))
    if name:
        shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = {"t": MSO_ANCHOR.TOP, "m": MSO_ANCHOR.MIDDLE, "b": MSO_ANCHOR.BOTTOM}[
        anchor
    ]
    for margin in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, margin, emu(0.04))
    alignment = {"l": PP_ALIGN.LEFT, "c": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}[align]
    for i, runs in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.alignment = alignment
        for run_spec in runs:
            run = paragraph.add_run()
            run.text = run_spec.text
            font = run.font
            font.size = Pt(run_spec.size)
            font.bold = run_spec.bold
            font.color.rgb = rgb(run_spec.colour)
    return shape


def rgb(colour: str) -> Any:
    """Return a python-pptx colour for "#RRGGBB"."""
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_rgb(colour))


def set_alt_text(shape: Any, text: str) -> None:
    """Give ``shape`` a description that screen readers say (PowerPoint's alt text)."""
    shape._element.xpath("./*[1]/p:cNvPr")[0].set("descr", text)


# -- tables ---------------------------------------------------------------------------------


def add_table(
    slide: Any,
    left: float,
    top: float,
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    heights: Sequence[float],
    name: str,
    size: float = TABLE_PT,
) -> Any:
    """Add a native table: a header row (the table style's) and ``rows`` of :class:`Cell`.

    ``heights`` gives each row's height in inches, the header first; ``widths`` each column's.
    """
    frame = slide.shapes.add_table(
        len(rows) + 1, len(widths), emu(left), emu(top), emu(sum(widths)), emu(sum(heights))
    )
    frame.name = name
    table = frame._element.graphic.graphicData.tbl
    parent = table.getparent()
    parent.replace(table, _table_xml(widths, header, rows, heights, size))
    return frame


def _table_xml(
    widths: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    heights: Sequence[float],
    size: float,
) -> Any:
    from pptx.oxml import parse_xml

    sz = round(size * 100)
    parts = [
        f'<a:tbl xmlns:a="{_A}"><a:tblPr firstRow="1" bandRow="1">'
        f"<a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr><a:tblGrid>"
    ]
    parts.extend(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    parts.append("</a:tblGrid>")
    parts.append(f'<a:tr h="{emu(heights[0])}">')
    parts.extend(_cell_xml(Cell(text, bold=True), sz) for text in header)
    parts.append("</a:tr>")
    for row, height in zip(rows, heights[1:], strict=True):
        parts.append(f'<a:tr h="{emu(height)}">')
        parts.extend(_cell_xml(cell, sz) for cell in row)
        parts.append("</a:tr>")
    parts.append("</a:tbl>")
    return parse_xml("".join(parts))


_MARGINS = f'marL="{emu(0.08)}" marR="{emu(0.08)}" marT="{emu(0.05)}" marB="{emu(0.05)}"'


def _cell_xml(cell: Cell, sz: int) -> str:
    bold = ' b="1"' if cell.bold else ""
    ink = f'<a:solidFill><a:srgbClr val="{hex_rgb(cell.ink)}"/></a:solidFill>' if cell.ink else ""
    run_props = f'<a:rPr lang="en-US" sz="{sz}"{bold} dirty="0">{ink}</a:rPr>'
    algn = f'<a:pPr algn="{cell.align}"/>' if cell.align != "l" else ""
    paragraphs = "".join(
        f"<a:p>{algn}<a:r>{run_props}<a:t>{escape(line)}</a:t></a:r></a:p>"
        if line
        else f'<a:p>{algn}<a:endParaRPr lang="en-US" sz="{sz}"/></a:p>'
        for line in cell.text.split("\n")
    )
    fill = (
        f'<a:solidFill><a:srgbClr val="{hex_rgb(cell.fill)}"/></a:solidFill>' if cell.fill else ""
    )
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</a:txBody>"
        f'<a:tcPr {_MARGINS} anchor="ctr">{fill}</a:tcPr></a:tc>'
    )


# -- connectors -----------------------------------------------------------------------------


def glue(connector: Any, source: Any, source_site: int, target: Any, target_site: int) -> None:
    """Attach both ends of ``connector`` to shapes (0 top, 1 left, 2 bottom, 3 right)."""
    connector.begin_connect(source, source_site)
    connector.end_connect(target, target_site)


def bend_through(
    connector: Any, start: tuple[float, float], end: tuple[float, float], lane_y: float
) -> None:
    """Shape an elbow connector as vertical, horizontal, vertical through ``lane_y``.

    The connector is PowerPoint's three-segment elbow (``bentConnector3``) turned a quarter
    clockwise, which is how PowerPoint itself stores a loop from one shape's bottom to
    another's: its box runs from ``start`` to ``end`` with the turn at ``adj1`` of the box's
    (rotated) width. Flips choose the directions; an end level with the start is moved by a
    hair, since a box of no width cannot place the turn.
    """
    xs, ys = emu(start[0]), emu(start[1])
    xt, yt = emu(end[0]), emu(end[1])
    drop = emu(lane_y) - ys
    rise = yt - ys
    if abs(rise) < 3175:
        rise = 3175  # a quarter point
    flip_h = rise < 0
    w = abs(rise)
    turn = -drop if flip_h else drop
    h = abs(xs - xt)
    flip_v = xt > xs
    cx, cy = (xs + xt) / 2, ys + rise / 2
    sp_pr = connector._element.spPr
    xfrm = sp_pr.get_or_add_xfrm()
    xfrm.set("rot", "5400000")
    _set_flag(xfrm, "flipH", flip_h)
    _set_flag(xfrm, "flipV", flip_v)
    xfrm.get_or_add_off().set("x", str(round(cx - w / 2)))
    xfrm.get_or_add_off().set("y", str(round(cy - h / 2)))
    xfrm.get_or_add_ext().set("cx", str(int(w)))
    xfrm.get_or_add_ext().set("cy", str(int(h)))
    geometry = sp_pr.find(f"{{{_A}}}prstGeom")
    geometry.set("prst", "bentConnector3")
    av = geometry.find(f"{{{_A}}}avLst")
    for child in list(av):
        av.remove(child)
    from lxml import etree

    gd = etree.SubElement(av, f"{{{_A}}}gd")
    gd.set("name", "adj1")
    gd.set("fmla", f"val {round(turn * 100000 / w)}")


def _set_flag(element: Any, name: str, on: bool) -> None:
    if on:
        element.set(name, "1")
    elif name in element.attrib:
        del element.attrib[name]
