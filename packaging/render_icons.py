"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from the SVGs.

    .venv/bin/python packaging/render_icons.py [--out resources]

Sizes up to 24 px come from ``raci-studio-small.svg`` (chips on the pixel grid, no letters);
larger ones from ``raci-studio.svg``. Qt's own ICO and ICNS writers take a single image, so
both containers are packed here from the per-size PNGs (PNG-compressed entries).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24
ICO_SIZES = (16, 32, 48, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types reuse the same pixels).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    """Render one SVG to a square transparent PNG of the given size."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into one .ico file (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into one .icns file."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(out: Path, source: Path = RESOURCES) -> list[Path]:
    """Write every PNG size, the .ico and the .icns into ``out``; return the written paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is ever shown
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, bytes] = {}
    written: list[Path] = []
    for size in PNG_SIZES:
        name = "raci-studio-small.svg" if size <= SMALL_UP_TO else "raci-studio.svg"
        pngs[size] = render_png(source / name, size)
        path = out / f"raci-studio-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    (out / "raci-studio.ico").write_bytes(pack_ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "raci-studio.icns").write_bytes(pack_icns(pngs))
    return [*written, out / "raci-studio.ico", out / "raci-studio.icns"]


def main(argv: list[str] | None = None) -> int:
    """Render the icons into resources/ (or the folder given with --out)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=RESOURCES)
    args = parser.parse_args(argv)
    for path in render_all(args.out):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
