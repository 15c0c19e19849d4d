"""Renders a `tmux capture-pane -p -e` capture to a PNG, cell by cell.

Usage: ansi_to_png.py CAPTURE.ansi OUT.png WIDTH HEIGHT
DejaVu Sans Mono for text; DejaVu Sans for braille, which the mono font lacks.
"""
import sys

import pyte
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SIZE = 16
BACKGROUND = (24, 26, 33)
FOREGROUND = (220, 223, 228)
BASE16 = {
    "black": (24, 26, 33), "red": (213, 94, 0), "green": (0, 158, 115), "brown": (230, 159, 0),
    "yellow": (240, 228, 66), "blue": (86, 180, 233), "magenta": (204, 121, 167), "cyan": (0, 114, 178),
    "white": (220, 223, 228), "brightblack": (110, 115, 125), "brightred": (239, 130, 60),
    "brightgreen": (60, 200, 150), "brightbrown": (250, 200, 80), "brightyellow": (250, 240, 120),
    "brightblue": (130, 200, 245), "brightmagenta": (230, 160, 200), "brightcyan": (60, 160, 220),
    "brightwhite": (255, 255, 255),
}


def colour(value, default):
    if value in ("default", None):
        return default
    if value in BASE16:
        return BASE16[value]
    if isinstance(value, str) and len(value) == 6:
        return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
    return default


def main():
    capture, out, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    screen = pyte.Screen(width, height)
    stream = pyte.Stream(screen)
    with open(capture, encoding="utf-8", errors="replace") as f:
        # No newline after the last row: it would scroll the first row off pyte's screen.
        stream.feed(f.read().rstrip("\n").replace("\n", "\r\n"))
    mono = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", SIZE)
    mono_bold = ImageFont.truetype(FONT_DIR + "DejaVuSansMono-Bold.ttf", SIZE)
    sans = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", SIZE)
    cell_w = round(mono.getlength("M"))
    cell_h = SIZE + 4
    image = Image.new("RGB", (width * cell_w + 16, height * cell_h + 16), BACKGROUND)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        row = screen.buffer[y]
        for x in range(width):
            ch = row[x]
            fg, bg = colour(ch.fg, FOREGROUND), colour(ch.bg, BACKGROUND)
            if ch.reverse:
                fg, bg = bg, fg
            px, py = 8 + x * cell_w, 8 + y * cell_h
            if bg != BACKGROUND:
                draw.rectangle([px, py, px + cell_w - 1, py + cell_h - 1], fill=bg)
            if ch.data.strip():
                font = sans if 0x2800 <= ord(ch.data[0]) <= 0x28FF else (mono_bold if ch.bold else mono)
                draw.text((px, py + 1), ch.data, font=font, fill=fg)
            if ch.underscore:
                draw.line([px, py + cell_h - 2, px + cell_w - 1, py + cell_h - 2], fill=fg)
    image.save(out)


if __name__ == "__main__":
    main()
