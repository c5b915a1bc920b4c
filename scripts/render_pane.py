#!/usr/bin/env python3
"""Render a tmux pane capture (capture-pane -e -p -N) to a PNG, as a terminal would draw it.

usage: render_pane.py CAPTURE.txt COLUMNS ROWS OUT.png
Needs pyte and Pillow (PyPI) and the DejaVu Sans Mono font (Debian fonts-dejavu-core);
CJK falls back to WenQuanYi Micro Hei (fonts-wqy-microhei) when it is installed.
"""
import sys
import pyte
from PIL import Image, ImageDraw, ImageFont

FONT_SIZE = 16
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
FALLBACKS = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"]
BACKGROUND = (24, 26, 33)
FOREGROUND = (220, 223, 228)
# xterm's 16 colours, in pyte's names.
NAMED = {
    "black": (40, 42, 54), "red": (229, 85, 85), "green": (98, 200, 120), "brown": (230, 190, 80),
    "blue": (90, 140, 230), "magenta": (200, 110, 220), "cyan": (80, 200, 210), "white": (210, 212, 218),
    "brightblack": (110, 114, 130), "brightred": (255, 120, 120), "brightgreen": (140, 235, 150),
    "brightbrown": (255, 225, 120), "brightblue": (130, 175, 255), "brightmagenta": (235, 150, 245),
    "brightcyan": (130, 235, 240), "brightwhite": (255, 255, 255),
}


def colour(name, default):
    if name == "default":
        return default
    if name in NAMED:
        return NAMED[name]
    if len(name) == 6:
        try:
            return tuple(int(name[i:i + 2], 16) for i in (0, 2, 4))
        except ValueError:
            pass
    return default


def main():
    capture, columns, rows, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    text = open(capture, encoding="utf-8", errors="replace").read()
    # pyte scrolls on a final newline: join rows with CRLF and drop the last one.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    screen = pyte.Screen(columns, rows)
    stream = pyte.Stream(screen)
    stream.feed("\r\n".join(lines[:rows]))

    regular = ImageFont.truetype(MONO, FONT_SIZE)
    bold = ImageFont.truetype(MONO_BOLD, FONT_SIZE)
    fallbacks = []
    for path in FALLBACKS:
        try:
            fallbacks.append(ImageFont.truetype(path, FONT_SIZE))
        except OSError:
            pass
    cell_w = int(regular.getlength("M"))
    ascent, descent = regular.getmetrics()
    cell_h = ascent + descent + 2
    pad = 12
    image = Image.new("RGB", (columns * cell_w + 2 * pad, rows * cell_h + 2 * pad), BACKGROUND)
    draw = ImageDraw.Draw(image)

    for y in range(rows):
        row = screen.buffer[y]
        for x in range(columns):
            char = row[x]
            fg = colour(char.fg, FOREGROUND)
            bg = colour(char.bg, BACKGROUND)
            if char.reverse:
                fg, bg = bg, fg
            data = char.data
            width = 2 if x + 1 < columns and row[x + 1].data == "" else 1
            left, top = pad + x * cell_w, pad + y * cell_h
            if bg != BACKGROUND:
                draw.rectangle([left, top, left + width * cell_w - 1, top + cell_h - 1], fill=bg)
            if not data or data == " ":
                continue
            font = bold if char.bold else regular
            if any(ord(c) > 0x2E7F for c in data) and fallbacks:
                font = fallbacks[0]
            draw.text((left, top + 1), data, font=font, fill=fg)
            if char.underscore:
                draw.line([left, top + cell_h - 2, left + width * cell_w - 1, top + cell_h - 2], fill=fg)
    image.save(out)


if __name__ == "__main__":
    main()
