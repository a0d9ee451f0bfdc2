"""The presentation every slide goes into: the built-in look or a company template.

Without a template the deck is python-pptx's blank presentation made 16:9, its theme recoloured
with the app's palette, so tables and charts pick up our colours through the theme. With a
template (``--template company.pptx``) the organisation's slide master, layouts, fonts, theme
colours and logo are used as they are: its slides are dropped, titles go into its title
placeholders, and content stays clear of its footer and of pictures near the bottom edge.
python-pptx is imported here only inside functions.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raci_studio.io.deck.style import ACCENTS, FONTS, TITLE_PT, hex_rgb

EMU_PER_INCH = 914400
#: 16:9 at PowerPoint's own default size.
DEFAULT_SIZE = (13.333, 7.5)
#: Side margin and the gap kept between the title and the content, in inches.
MARGIN = 0.5
GAP = 0.15


def emu(inches: float) -> int:
    """Return ``inches`` in English Metric Units."""
    return round(inches * EMU_PER_INCH)


def inches(value: int | None) -> float:
    """Return an EMU length in inches (0 for None)."""
    return (value or 0) / EMU_PER_INCH


class TemplateError(ValueError):
    """A template that is not a usable PowerPoint file."""


@dataclass(frozen=True)
class Area:
    """A rectangle on the slide, in inches."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


class Deck:
    """A presentation being written, with the layouts and content area every slide uses.

    Attributes
    ----------
    prs : pptx.Presentation
    branded : bool
        True with a company template: fonts and title colours are left to it.
    width, height : float
        Slide size in inches.
    content : Area
        Where slide content goes, below the title and above footers and logos.
    """

    def __init__(
        self, template: Path | None = None, progress: Callable[[int], None] | None = None
    ) -> None:
        self.branded = template is not None
        self.progress = progress
        self.slides = 0
        self.prs = _open_template(template) if template is not None else _default_presentation()
        _count_partnames(self.prs.part.package)
        self.width = inches(self.prs.slide_width)
        self.height = inches(self.prs.slide_height)
        self.title_layout = _title_layout(self.prs)
        self.content_layout = _content_layout(self.prs)
        self.content = self._content_area()

    # -- slides ---------------------------------------------------------------------------

    def title_slide(self, title: str, problem: str, owner: str, notes: str) -> Any:
        """Add the opening slide: ``title``, then the problem and the owner as the subtitle.

        The problem is cut at a word where it would overflow the subtitle (the whole text
        goes into the notes by the caller); text is never smaller than 16 pt here.
        """
        from pptx.enum.shapes import PP_PLACEHOLDER
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        from raci_studio.io.deck.fit import clip_text, text_height

        self._next()
        slide = self.prs.slides.add_slide(self.title_layout)
        sub = None
        for ph in list(slide.placeholders):
            kind = ph.placeholder_format.type
            if kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
                continue
            if sub is None and kind in (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY):
                sub = ph
                continue
            ph.element.getparent().remove(ph.element)
        if not self.branded:
            _place(slide.shapes.title, (0.8, 1.2, self.width - 1.6, 1.6))
            if sub is not None:
                _place(sub, (0.8, 3.0, self.width - 1.6, self.height - 3.6))
        width = self.width - 1.6
        self._set_title(slide, clip_text(title, width, 36.0, 2, bold=True), size=36.0)
        if sub is None:
            sub = slide.shapes.add_textbox(emu(0.8), emu(3.0), emu(width), emu(self.height - 3.6))
        sub.name = "Subtitle"
        box_w, box_h = inches(sub.width) - 0.2, inches(sub.height) - 0.2
        room = box_h - text_height(owner, box_w, 16.0, True) - 0.15
        lines = max(int(room / (20.0 * 1.2 / 72)), 1)
        frame = sub.text_frame
        frame.word_wrap = True
        frame.text = ""
        for i, (text, size, bold) in enumerate(
            ((clip_text(problem, box_w, 20.0, lines), 20.0, False), (owner, 16.0, True))
        ):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            if not self.branded:
                paragraph.alignment = PP_ALIGN.LEFT
            if i:
                paragraph.space_before = Pt(12)
            run = paragraph.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
        set_notes(slide, notes)
        return slide

    def slide(self, title: str, notes: str) -> Any:
        """Add a content slide titled ``title`` with speaker ``notes``."""
        self._next()
        slide = self.prs.slides.add_slide(self.content_layout)
        for ph in list(slide.placeholders):
            if not _is_title(ph):
                ph.element.getparent().remove(ph.element)
        self._set_title(slide, title, size=TITLE_PT)
        set_notes(slide, notes)
        return slide

    def _next(self) -> None:
        """Count the slide about to be added and tell whoever follows the progress."""
        self.slides += 1
        if self.progress is not None:
            self.progress(self.slides)

    def _set_title(self, slide: Any, text: str, size: float) -> None:
        from pptx.util import Pt

        shape = slide.shapes.title
        if shape is None:  # a layout without a title: a text box where titles usually go
            shape = slide.shapes.add_textbox(
                emu(MARGIN), emu(0.3), emu(self.width - 2 * MARGIN), emu(0.8)
            )
            shape.name = "Title"
        shape.text_frame.text = text
        shape.text_frame.word_wrap = True
        font = shape.text_frame.paragraphs[0].runs[0].font
        # The template's font and colour stay; the size is ours, so a long title stays on the
        # lines its placeholder has room for.
        font.size = Pt(_title_size(text, inches(shape.width) - 0.2, inches(shape.height), size))
        if not self.branded:
            font.bold = True

    def _content_area(self) -> Area:
        """Return the area below the content layout's title, above footers and logos."""
        title = next((ph for ph in self.content_layout.placeholders if _is_title(ph)), None)
        top = inches(title.top) + inches(title.height) + GAP if title is not None else 1.3
        left, right = MARGIN, self.width - MARGIN
        if title is not None and self.branded:  # the template's margin, on both sides
            left = min(max(inches(title.left), 0.25), self.width / 4)
            right = self.width - left
        bottom = self.height - 0.4
        for shape in _decorations(self.content_layout):
            shape_top = inches(shape.top)
            if shape_top > self.height * 0.6:
                bottom = min(bottom, shape_top - 0.1)
        return Area(left, top, right - left, max(bottom - top, 1.0))

    def save(self) -> bytes:
        """Return the finished presentation as the bytes of a .pptx file."""
        import io

        buffer = io.BytesIO()
        self.prs.save(buffer)
        return buffer.getvalue()


def _title_size(text: str, width: float, height: float, largest: float) -> float:
    """Return the largest size from ``largest`` down to 20 pt at which ``text`` fits the box."""
    from raci_studio.io.deck.fit import text_height

    size = largest
    while size > 20.0 and text_height(text, width, size, bold=True) > max(height, 0.5):
        size -= 2.0
    return size


def _place(shape: Any, box: tuple[float, float, float, float]) -> None:
    left, top, width, height = box
    shape.left, shape.top, shape.width, shape.height = emu(left), emu(top), emu(width), emu(height)


def set_notes(slide: Any, text: str) -> None:
    """Write ``text`` as the slide's speaker notes."""
    slide.notes_slide.notes_text_frame.text = text


def _is_title(ph: Any) -> bool:
    from pptx.enum.shapes import PP_PLACEHOLDER

    return bool(ph.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE))


def _decorations(layout: Any) -> list[Any]:
    """Return the layout's and master's footers, slide numbers and non-placeholder shapes."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    footers = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.SLIDE_NUMBER)
    found = []
    for owner in (layout, layout.slide_master):
        for shape in owner.shapes:
            if shape.is_placeholder:
                if shape.placeholder_format.type in footers:
                    found.append(shape)
            elif shape.top is not None and shape.height is not None:
                found.append(shape)
    return found


def _count_partnames(package: Any) -> None:
    """Give ``package`` a part-name counter in place of python-pptx's search.

    python-pptx finds a free name for each new part (notes slide, chart, embedded workbook)
    by walking every part of the package, so a deck of n slides costs n² walks: most of the
    time of a 300-slide deck. The names in use are read once here and counted up from there.
    """
    from pptx.opc.packuri import PackURI

    used = {str(part.partname) for part in package.iter_parts()}

    def next_partname(template: str) -> PackURI:
        n = 1
        while template % n in used:
            n += 1
        name = template % n
        used.add(name)
        return PackURI(name)

    package.next_partname = next_partname


# -- opening --------------------------------------------------------------------------------


def _open_template(path: Path) -> Any:
    """Open a company template and drop its slides, keeping master, layouts and theme."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    if not path.is_file():
        raise TemplateError(f"the template “{path}” does not exist")
    try:
        prs = Presentation(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TemplateError(
            f"the template “{path.name}” is not a PowerPoint presentation (.pptx): {exc}"
        ) from exc
    if not prs.slide_layouts or len(prs.slide_layouts) == 0:
        raise TemplateError(f"the template “{path.name}” has no slide layouts")
    slide_ids = prs.slides._sldIdLst
    for slide_id in list(slide_ids):
        rel = slide_id.rId
        slide_ids.remove(slide_id)
        prs.part.drop_rel(rel)
    return prs


def _default_presentation() -> Any:
    """Return python-pptx's blank presentation at 16:9 with the app's theme colours."""
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.util import Emu

    prs = Presentation()
    old_width = prs.slide_width or emu(10.0)
    prs.slide_width, prs.slide_height = Emu(emu(DEFAULT_SIZE[0])), Emu(emu(DEFAULT_SIZE[1]))
    factor = emu(DEFAULT_SIZE[0]) / old_width
    master = prs.slide_master
    for owner in (master, *master.slide_layouts):
        for shape in owner.shapes:  # stretch the 4:3 layouts to the wider slide
            if shape._element.xpath("./p:spPr/a:xfrm") and shape.width is not None:
                shape.left, shape.width = int(shape.left * factor), int(shape.width * factor)
        for ph in owner.placeholders:
            if ph.placeholder_format.type == PP_PLACEHOLDER.TITLE:
                # The text inset (0.1 inch) lines the title's letters up with the content.
                ph.left, ph.top = emu(MARGIN - 0.1), emu(0.3)
                ph.width, ph.height = emu(DEFAULT_SIZE[0] - 2 * MARGIN + 0.2), emu(0.85)
    for level in master._element.xpath("./p:txStyles/p:titleStyle/a:lvl1pPr"):
        level.set("algn", "l")  # titles read from the left edge, like the content below
    _recolour_theme(master)
    return prs


def _recolour_theme(master: Any) -> None:
    """Put the app's accent colours and fonts into the master's theme."""
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    part = master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    for name, colour in ACCENTS.items():
        for node in root.xpath(f"//a:clrScheme/a:{name}", namespaces=ns):
            for child in list(node):
                node.remove(child)
            etree.SubElement(node, f"{{{ns['a']}}}srgbClr", val=hex_rgb(colour))
    for kind, face in FONTS.items():
        for latin in root.xpath(f"//a:fontScheme/a:{kind}/a:latin", namespaces=ns):
            latin.set("typeface", face)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _title_layout(prs: Any) -> Any:
    from pptx.enum.shapes import PP_PLACEHOLDER

    for layout in prs.slide_layouts:
        kinds = {ph.placeholder_format.type for ph in layout.placeholders}
        if PP_PLACEHOLDER.CENTER_TITLE in kinds:
            return layout
    return prs.slide_layouts[0]


def _content_layout(prs: Any) -> Any:
    """Return the "Title Only" layout, else the one with a title and the fewest extras."""
    layouts = list(prs.slide_layouts)
    for layout in layouts:
        if layout.name.strip().lower() == "title only":
            return layout
    with_title = [lay for lay in layouts if any(_is_title(ph) for ph in lay.placeholders)]
    if with_title:
        return min(with_title, key=lambda lay: len(lay.placeholders))
    return layouts[-1]
