"""Text handling for the demo media: sentences, caption cues, slide bullets, line wrapping."""

import math
import re

ABBREVIATIONS = {
    "e.g.", "i.e.", "etc.", "vs.", "cf.", "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "no.",
    "fig.", "al.", "approx.", "u.s.", "u.k.", "jr.", "sr.", "ca.",
}

_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def normalize_space(text):
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text):
    text = normalize_space(text)
    sentences = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start() + 1
        last_word = text[start:end].rsplit(" ", 1)[-1].lower()
        if last_word in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.){2,}", last_word):
            continue
        sentence = text[start:m.end()].strip()
        if sentence:
            sentences.append(sentence)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _split_points(text):
    """Word boundaries (indices of spaces) with a preference score: after punctuation best."""
    points = []
    for i, ch in enumerate(text):
        if ch == " " and 0 < i < len(text) - 1:
            prev = text[i - 1]
            score = 2 if prev in ",;:" else (1 if prev in ")–—" else 0)
            points.append((i, score))
    return points


def split_balanced(text, max_chars):
    """Splits text into the fewest chunks of at most max_chars, balanced in length,
    preferring breaks after punctuation. Never breaks inside a word."""
    text = normalize_space(text)
    if len(text) <= max_chars:
        return [text]
    count = math.ceil(len(text) / max_chars)
    while True:
        chunks = []
        rest = text
        ok = True
        for remaining in range(count, 1, -1):
            target = len(rest) / remaining
            best = None
            for i, score in _split_points(rest):
                if i > max_chars:
                    break
                if len(rest) - i - 1 > max_chars * (remaining - 1):
                    continue
                # Closer to the target is better; a punctuation break buys ~12 chars.
                cost = abs(i - target) - 12 * score
                if best is None or cost < best[0]:
                    best = (cost, i)
            if best is None:
                ok = False
                break
            chunks.append(rest[:best[1]].strip())
            rest = rest[best[1] + 1:].strip()
        chunks.append(rest)
        if ok and all(len(c) <= max_chars for c in chunks):
            return chunks
        count += 1
        if count > len(text):  # a single word longer than max_chars
            return [text]


def two_lines(text, max_line=42):
    """Caption layout: one line if short, else two lines broken near the middle."""
    if len(text) <= max_line:
        return text
    middle = len(text) / 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text
    i = min(spaces, key=lambda s: abs(s - middle))
    return text[:i] + "\n" + text[i + 1:]


def wrap(text, max_width, measure=len):
    """Greedy word wrap: lines no wider than max_width as measured by `measure`
    (characters by default, pixels with a font's width function)."""
    lines = []
    line = ""
    for word in normalize_space(text).split(" "):
        if not line:
            line = word
        elif measure(line + " " + word) <= max_width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def bullet(sentence, max_chars=240):
    """A slide bullet from a narration sentence: the sentence itself when short enough,
    else its leading clause(s), else a cut at a word boundary with an ellipsis."""
    s = normalize_space(sentence).rstrip()
    s = re.sub(r"[.!]$", "", s)
    if len(s) <= max_chars:
        return s
    best = None
    for m in re.finditer(r"[,;:]\s|\s[–—]\s", s):
        if 60 <= m.start() <= max_chars:
            best = m.start()
    if best is not None:
        return s[:best].rstrip() + "…"
    cut = s[:max_chars - 2]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(",;: ") + "…"
