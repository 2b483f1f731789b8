"""Slides as 1280x720 PNG images, drawn by ffmpeg (lavfi color + drawbox + drawtext).

Every piece of text goes through a file (drawtext textfile=, expansion=none), so quotes,
colons, percent signs and backslashes in lecture text need no escaping. Fonts are linked
into the work folder and every path in the filter graph is a plain relative name."""

import os
import subprocess

from fontmetrics import Font
from textutil import wrap

W, H = 1280, 720
LEFT = 96                 # left margin, right of the accent bar
RIGHT = 96
BAR = 20                  # accent bar width
BG_LIGHT = "0xFAFAF7"
BG_DARK = "0x1B1F24"
INK = "0x1B1F24"
INK_SOFT = "0x495057"
INK_FAINT = "0x868E96"
RULE = "0xDEE2E6"

_metrics = {}


def _hex(colour):
    return "0x" + colour.lstrip("#").upper()


def set_fonts(fonts):
    """fonts: {"regular": path, "bold": path}; loads their advance widths for wrapping."""
    for key, path in fonts.items():
        _metrics[key] = Font(path)


def text_width(text, size, bold=False):
    return _metrics["bold" if bold else "regular"].width(text, size)


def wrap_px(text, width, size, bold=False):
    # 2% margin for kerning and rounding.
    return wrap(text, width * 0.98, lambda line: text_width(line, size, bold))


class Slide:
    def __init__(self, background):
        self.background = background
        self.items = []  # ("box", x, y, w, h, colour) | ("text", x, y, text, size, colour, bold)

    def box(self, x, y, w, h, colour):
        self.items.append(("box", x, y, w, h, colour))

    def text(self, x, y, text, size, colour, bold=False):
        self.items.append(("text", x, y, text, size, colour, bold))


def _fit_lines(text, width, sizes, max_lines, bold):
    """Largest size from `sizes` at which text wraps into at most max_lines lines."""
    for size in sizes:
        lines = wrap_px(text, width, size, bold)
        if len(lines) <= max_lines:
            return size, lines
    size = sizes[-1]
    kept = wrap_px(text, width, size, bold)[:max_lines]
    last = kept[-1].split(" ")
    while len(last) > 1 and text_width(" ".join(last) + "…", size, bold) > width * 0.98:
        last.pop()
    kept[-1] = " ".join(last).rstrip(",;:. ") + "…"
    return size, kept


def title_slide(spec):
    accent = _hex(spec["accent"])
    s = Slide(BG_LIGHT)
    s.box(0, 0, BAR, H, accent)
    width = W - LEFT - RIGHT
    course_size, course_lines = _fit_lines(spec["course_title"], width, [28, 26, 24], 2, False)
    title_size, title_lines = _fit_lines(spec["title"], width, [58, 52, 46, 40], 3, True)
    context_size, context_lines = _fit_lines(spec["context_line"], width, [24, 22], 1, False)
    title_lh = int(title_size * 1.22)
    course_lh = int(course_size * 1.4)
    block = (40 + len(course_lines) * course_lh + 28 + 6 + 34 + len(title_lines) * title_lh
             + 22 + 34)
    y = max(70, (600 - block) // 2 + 10)
    s.text(LEFT, y, spec["code_line"], 30, accent, bold=True)
    y += 46
    for line in course_lines:
        s.text(LEFT, y, line, course_size, INK_SOFT)
        y += course_lh
    y += 22
    s.box(LEFT, y, 110, 6, accent)
    y += 6 + 34
    for line in title_lines:
        s.text(LEFT, y, line, title_size, INK, bold=True)
        y += title_lh
    y += 22
    s.text(LEFT, y, context_lines[0], context_size, INK_SOFT)
    s.box(LEFT, 632, W - LEFT - RIGHT, 1, RULE)
    s.text(LEFT, 652, spec["programme"], 22, INK_SOFT)
    s.text(f"w-tw-{RIGHT}", 654, "Lectern · demo lecture", 20, INK_FAINT)
    return s


def bullet_slide(spec, heading, bullets, number, count):
    accent = _hex(spec["accent"])
    s = Slide(BG_LIGHT)
    s.box(0, 0, BAR, H, accent)
    _size, header = _fit_lines(spec["code_line"] + " · " + spec["title"], W - LEFT - RIGHT,
                               [20], 1, False)
    s.text(LEFT, 46, header[0], 20, INK_FAINT)
    s.text(LEFT, 84, heading, 42, INK, bold=True)
    s.box(LEFT, 146, 80, 5, accent)

    top, bottom = 188, 628
    text_x = LEFT + 36
    width = W - text_x - RIGHT
    for size in (32, 30, 28, 26, 24, 22):
        lh = int(size * 1.36)
        gap = int(size * 0.75)
        wrapped = [wrap_px(b, width, size) for b in bullets]
        height = sum(len(w) * lh for w in wrapped) + gap * (len(wrapped) - 1)
        if height <= bottom - top:
            break
    # Centre the bullets vertically in their area when they are short.
    y = top + max(0, min(60, (bottom - top - height) // 3))
    for lines in wrapped:
        s.box(LEFT + 4, y + int(size * 0.36), int(size * 0.36), int(size * 0.36), accent)
        for line in lines:
            s.text(text_x, y, line, size, INK)
            y += lh
        y += gap

    s.box(LEFT, 652, W - LEFT - RIGHT, 1, RULE)
    s.text(LEFT, 668, "Lectern · " + spec["programme"], 18, INK_FAINT)
    s.text(f"w-tw-{RIGHT}", 668, f"{number} / {count}", 18, INK_FAINT)
    return s


def credits_slide(spec):
    accent = _hex(spec["accent"])
    s = Slide(BG_DARK)
    s.box(0, 0, BAR, H, accent)
    s.text(LEFT, 200, "Thank you for watching", 54, "0xFFFFFF", bold=True)
    s.text(LEFT, 290, "Lectern · " + spec["programme"] + " · demo lecture", 28, "0xE9ECEF")
    s.box(LEFT, 352, 110, 6, accent)
    size, lines = _fit_lines(spec["code_line"] + " · " + spec["title"], W - LEFT - RIGHT,
                             [24, 22], 2, False)
    y = 392
    for line in lines:
        s.text(LEFT, y, line, size, "0xCED4DA")
        y += int(size * 1.45)
    y += 18
    s.text(LEFT, y, "Narration: eSpeak NG synthetic voice (en-us)", 22, "0xADB5BD")
    s.text(LEFT, y + 34, "Slides, video and streaming: FFmpeg, H.264 and AAC in HLS", 22, "0xADB5BD")
    s.text(LEFT, 652, "Demonstration content for the Lectern learning client.", 18, "0x868E96")
    return s


def render(slides, work_dir, fonts, names):
    """Draws every slide of a clip in one ffmpeg run: slides[i] -> work_dir/names[i]."""
    for key, path in fonts.items():
        link = os.path.join(work_dir, key + ".ttf")
        if not os.path.exists(link):
            os.symlink(path, link)
    chains = []
    counter = 0
    for index, slide in enumerate(slides):
        filters = [f"color=c={slide.background}:s={W}x{H}:r=1:d=1", "format=rgb24"]
        for item in slide.items:
            if item[0] == "box":
                _, x, y, w, h, colour = item
                filters.append(f"drawbox=x={x}:y={y}:w={w}:h={h}:color={colour}:t=fill")
            else:
                _, x, y, text, size, colour, bold = item
                name = f"t{counter:03d}.txt"
                counter += 1
                with open(os.path.join(work_dir, name), "w", encoding="utf-8") as f:
                    f.write(text)
                font = "bold.ttf" if bold else "regular.ttf"
                filters.append(
                    f"drawtext=fontfile={font}:textfile={name}:expansion=none:"
                    f"fontsize={size}:fontcolor={colour}:x={x}:y={y}")
        chains.append(",".join(filters) + f"[s{index}]")
    with open(os.path.join(work_dir, "slides.filter"), "w", encoding="utf-8") as f:
        f.write(";\n".join(chains))
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
           "-filter_complex_script", "slides.filter"]
    for index, name in enumerate(names):
        cmd += ["-map", f"[s{index}]", "-frames:v", "1", "-update", "1", name]
    subprocess.run(cmd, cwd=work_dir, check=True)
