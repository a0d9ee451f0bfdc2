"""A company template for deck tests: its own master, layouts, fonts, colours and logo.

Made with python-pptx from its blank presentation: the theme gets another font and accent
colours, the master a coloured band and a logo picture (a PNG drawn here), the title
placeholders move, and the layouts get company names, so that nothing of the built-in look
can pass for the template's.
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
FONT = "Georgia"
ACCENT = "7A1F5C"
LOGO_BOX = (11.6, 6.75, 1.4, 0.55)  # inches: left, top, width, height
EMU = 914400


def logo_png() -> bytes:
    """Draw a small logo: a purple square with a white bar."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (280, 110), "#" + ACCENT)
    ImageDraw.Draw(image).rectangle((30, 45, 250, 65), fill="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def build_template(path: Path, slides: int = 2, width: float = 13.333) -> Path:
    """Write the company template to ``path`` (with ``slides`` example slides) and return it.

    ``width`` in inches (the height is 7.5): 10 makes an old 4:3 template.
    """
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.oxml.shapes.picture import CT_Picture

    prs = Presentation()
    prs.slide_width, prs.slide_height = int(width * EMU), int(7.5 * EMU)
    master = prs.slide_master
    theme = master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    for latin in root.iter(f"{{{A}}}latin"):
        if latin.getparent().tag in (f"{{{A}}}majorFont", f"{{{A}}}minorFont"):
            latin.set("typeface", FONT)
    accent = root.find(f".//{{{A}}}clrScheme/{{{A}}}accent1")
    for child in list(accent):
        accent.remove(child)
    etree.SubElement(accent, f"{{{A}}}srgbClr", val=ACCENT)
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    for owner in (master, *master.slide_layouts):
        for ph in owner.placeholders:
            kind = ph.placeholder_format.type
            if kind == PP_PLACEHOLDER.TITLE:
                ph.left, ph.top = int(0.4 * EMU), int(0.3 * EMU)
                ph.width, ph.height = int((width - 2.5) * EMU), int(0.9 * EMU)
            elif kind == PP_PLACEHOLDER.CENTER_TITLE:
                ph.left, ph.top = int(0.8 * EMU), int(2.0 * EMU)
                ph.width, ph.height = int((width - 1.8) * EMU), int(1.4 * EMU)
            elif kind == PP_PLACEHOLDER.SUBTITLE:
                ph.left, ph.top = int(0.8 * EMU), int(3.6 * EMU)
                ph.width, ph.height = int((width - 1.8) * EMU), int(2.4 * EMU)
            elif ph.width is not None and ph._element.xpath("./p:spPr/a:xfrm"):
                ph.left = int(ph.left * width / 10)
                ph.width = int(ph.width * width / 10)
    _add_band(master, prs.slide_width)
    _image_part, rel = master.part.get_or_add_image_part(io.BytesIO(logo_png()))
    box = (width - (13.333 - LOGO_BOX[0]), *LOGO_BOX[1:])  # the same corner on any width
    left, top, logo_w, height = (int(v * EMU) for v in box)
    pic = CT_Picture.new_pic(90, "Company logo", "Company logo", rel, left, top, logo_w, height)
    master.shapes._spTree.append(pic)
    for layout in master.slide_layouts:
        layout.name = f"Company {layout.name}"
    for n in range(slides):  # example slides the deck must leave out
        slide = prs.slides.add_slide(master.slide_layouts[0])
        slide.shapes.title.text = f"Example slide {n + 1} of the template"
    prs.save(str(path))
    return path


def _add_band(master: object, slide_width: int) -> None:
    """Add a thin accent band along the top of every slide."""
    from pptx.enum.shapes import MSO_SHAPE

    shapes = master.shapes  # type: ignore[attr-defined]
    sp = shapes._spTree.add_autoshape(
        91,
        "Company band",
        MSO_SHAPE.RECTANGLE.value and "rect",
        0,
        0,
        slide_width,
        int(0.12 * EMU),
    )
    fill = sp.spPr
    solid = etree.SubElement(fill, f"{{{A}}}solidFill")
    etree.SubElement(solid, f"{{{A}}}srgbClr", val=ACCENT)
