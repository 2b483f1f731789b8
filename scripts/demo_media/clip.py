"""Builds one clip folder (docs/media.md): narration, slides, captions, HLS, poster, manifest."""

import array
import hashlib
import json
import math
import os
import shutil
import subprocess
import time
import wave

import slides
from textutil import bullet, split_balanced, split_sentences, two_lines

VOICE = ["-v", "en-us", "-s", "165"]
FPS = 10               # slides: 10 frames a second is plenty, and 2.5x cheaper than 25
CREDITS_SECONDS = 4.0
LEAD_IN = 0.6          # title slide before the first word
GAP = 0.35             # pause between sentences on one slide
SLIDE_GAP = 0.8        # pause where the slide changes
TAIL = 1.0             # after the last word, before the credits
MAX_CUE_CHARS = 90
SILENCE_THRESHOLD = 250  # 16-bit sample amplitude

RENDITIONS = [
    # name, width, height, profile, level, codec id, crf, maxrate
    ("360p", 640, 360, "main", "3.0", "avc1.4d401e", 24, "800k"),
    ("720p", 1280, 720, "high", "3.1", "avc1.64001f", 22, "2500k"),
]
# Speech: AAC-LC mono, encoded once and copied into both renditions. The fast coder is
# 3x cheaper than the default and indistinguishable on synthetic speech.
AUDIO_ARGS = ["-c:a", "aac", "-aac_coder", "fast", "-b:a", "64k", "-ar", "44100", "-ac", "1"]
AUDIO_CODEC = "mp4a.40.2"


def _run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


# --- narration ------------------------------------------------------------------------------

def _speech_units(script):
    """Sentences of the script; a very short script is split further at clause breaks so
    there is enough narration to time the slides by."""
    units = split_sentences(script)
    if not units:
        raise RuntimeError("the lecture has no script to narrate")
    while len(units) < 5:
        longest = max(range(len(units)), key=lambda i: len(units[i]))
        parts = split_balanced(units[longest], max(20, len(units[longest]) // 2 + 10))
        if len(parts) < 2:
            break
        units[longest:longest + 1] = parts[:1] + [" ".join(parts[1:])]
    return units


def _synthesize(text, work, index):
    txt = os.path.join(work, f"u{index:02d}.txt")
    wav = os.path.join(work, f"u{index:02d}.wav")
    with open(txt, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    _run(["espeak-ng", *VOICE, "-w", wav, "-f", txt], stdout=subprocess.DEVNULL)
    with wave.open(wav, "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise RuntimeError(f"unexpected espeak-ng output format in {wav}")
        rate = w.getframerate()
        samples = array.array("h", w.readframes(w.getnframes()))
    first = next((i for i, v in enumerate(samples) if abs(v) > SILENCE_THRESHOLD), None)
    if first is None:
        raise RuntimeError(f"espeak-ng produced silence for: {text!r}")
    last = next(i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > SILENCE_THRESHOLD)
    margin = int(0.03 * rate)
    start = max(0, first - margin)
    end = min(len(samples), last + margin)
    return rate, samples[start:end]


def _group(durations, groups):
    """Splits indices 0..n-1 into `groups` contiguous runs of roughly equal total duration."""
    n = len(durations)
    groups = max(1, min(groups, n))
    total = sum(durations)
    bounds = []
    acc = 0.0
    start = 0
    for g in range(1, groups):
        target = total * g / groups
        i = start
        # Leave at least one unit for every remaining group.
        while i < n - (groups - g) and acc + durations[i] / 2 < target:
            acc += durations[i]
            i += 1
        if i == start:
            acc += durations[i]
            i += 1
        bounds.append((start, i))
        start = i
    bounds.append((start, n))
    return bounds


def _slide_plan(units, durations):
    """Which units each slide is shown over: title, objectives, 2-4 key-point slides."""
    n = len(units)
    title_end = 1 if durations[0] >= 3.5 or n < 5 else 2
    rest = list(range(title_end, n))
    if len(rest) < 2:
        return [("title", range(0, title_end))] + [("points", range(i, i + 1)) for i in rest]
    objectives = (title_end, title_end + 1)
    remaining = list(range(objectives[1], n))
    # Two sentences a slide at most (the demo's sentences are long), 2-4 slides.
    key_count = min(len(remaining), max(2, min(4, math.ceil(len(remaining) / 2))))
    plan = [("title", range(0, title_end)), ("objectives", range(*objectives))]
    for a, b in _group([durations[i] for i in remaining], key_count):
        plan.append(("points", range(remaining[a], remaining[b - 1] + 1)))
    return plan


def _ts(seconds):
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def _captions(units, spans):
    lines = ["WEBVTT", ""]
    number = 1
    for text, (start, end) in zip(units, spans):
        chunks = split_balanced(text, MAX_CUE_CHARS)
        weights = [len(c) + 1 for c in chunks]
        total = sum(weights)
        t = start
        for chunk, weight in zip(chunks, weights):
            t_end = t + (end - start) * weight / total
            cue = two_lines(chunk).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            lines += [str(number), f"{_ts(t)} --> {_ts(t_end)}", cue, ""]
            number += 1
            t = t_end
    return "\n".join(lines)


# --- media ----------------------------------------------------------------------------------

def _probe(path, *args):
    out = subprocess.run(["ffprobe", "-v", "error", *args, "-of", "json", path],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _peak_bandwidth(folder):
    """Peak and average bits per second over the segments of a media playlist."""
    peak = 0.0
    total_bits = 0
    total_time = 0.0
    duration = None
    with open(os.path.join(folder, "index.m3u8"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("#EXTINF:"):
                duration = float(line[8:].split(",")[0])
            elif line and not line.startswith("#"):
                bits = os.path.getsize(os.path.join(folder, line)) * 8
                total_bits += bits
                total_time += duration
                if duration > 0.5:
                    peak = max(peak, bits / duration)
    return int(math.ceil(peak / 1000.0) * 1000), total_time


def build(spec, clips_dir, fonts, inputs_hash):
    started = time.monotonic()
    clip_id = spec["clip_id"]
    tmp = os.path.join(clips_dir, f".tmp-{clip_id}-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    work = os.path.join(tmp, "_work")
    os.makedirs(work)
    try:
        duration = _build_into(spec, tmp, work, fonts)
        shutil.rmtree(work)
        with open(os.path.join(tmp, ".inputs-sha256"), "w", encoding="utf-8") as f:
            f.write(inputs_hash + "\n")
        final = os.path.join(clips_dir, clip_id)
        if os.path.lexists(final):
            old = os.path.join(clips_dir, f".old-{clip_id}-{os.getpid()}")
            os.rename(final, old)
            os.rename(tmp, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return duration, time.monotonic() - started


def _build_into(spec, out, work, fonts):
    # 1. Narration, one sentence at a time, so every sentence's time is known.
    units = _speech_units(spec["script"])
    rate = None
    pieces = []
    for i, text in enumerate(units):
        r, samples = _synthesize(text, work, i)
        if rate is not None and r != rate:
            raise RuntimeError("espeak-ng changed sample rate between sentences")
        rate = r
        pieces.append(samples)
    durations = [len(p) / rate for p in pieces]
    plan = _slide_plan(units, durations)
    first_of_slide = {list(r)[0] for _, r in plan if len(r)}

    audio = array.array("h")
    t = 0.0

    def silence(seconds):
        nonlocal t
        count = int(round(seconds * rate))
        audio.extend(array.array("h", bytes(2 * count)))
        t += count / rate

    spans = []
    silence(LEAD_IN)
    for i, samples in enumerate(pieces):
        if i > 0:
            silence(SLIDE_GAP if i in first_of_slide else GAP)
        start = t
        audio.extend(samples)
        t += len(samples) / rate
        spans.append((start, t))

    # Slide times: change in the middle of the pause before a slide's first sentence,
    # rounded to whole frames; credits start after the narration's tail.
    def frame(x):
        return round(x * FPS) / FPS

    narration_end = frame(spans[-1][1] + TAIL)
    total = frame(narration_end + CREDITS_SECONDS)
    silence(total - t)
    del audio[int(round(total * rate)):]
    with wave.open(os.path.join(work, "narration.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(audio.tobytes())

    # 2. Slides.
    slides.set_fonts(fonts)
    count = len(plan)
    slide_list = []
    changes = [0.0]
    for kind, units_range in plan:
        idx = list(units_range)
        if kind == "title":
            slide_list.append(slides.title_slide(spec))
        elif kind == "objectives":
            slide_list.append(slides.bullet_slide(spec, "In this lecture",
                                                  [bullet(o) for o in spec["objectives"]],
                                                  len(slide_list), count - 1))
        else:
            bullets = [bullet(units[i]) for i in idx][:4]
            slide_list.append(slides.bullet_slide(spec, "Key points", bullets,
                                                  len(slide_list), count - 1))
        if len(changes) < count:
            nxt = idx[-1] + 1
            changes.append(frame((spans[idx[-1]][1] + spans[nxt][0]) / 2))
    slide_list.append(slides.credits_slide(spec))
    changes.append(narration_end)
    names = [f"slide{i:02d}.png" for i in range(len(slide_list))]
    slides.render(slide_list, work, fonts, names)

    with open(os.path.join(work, "slides.ffconcat"), "w", encoding="utf-8") as f:
        f.write("ffconcat version 1.0\n")
        ends = changes[1:] + [total]
        for name, a, b in zip(names, changes, ends):
            f.write(f"file {name}\nduration {b - a:.3f}\n")
        f.write(f"file {names[-1]}\n")  # the concat demuxer ignores the last duration

    # 3. Captions and poster.
    with open(os.path.join(out, "captions.vtt"), "w", encoding="utf-8") as f:
        f.write(_captions(units, spans))
    _run(["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
          "-i", os.path.join(work, names[0]), "-q:v", "3", "-pix_fmt", "yuvj420p",
          os.path.join(out, "poster.jpg")])

    # 4. H.264/AAC HLS, both renditions in one ffmpeg run (slides decoded once).
    _run(["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
          "-i", os.path.join(work, "narration.wav"), *AUDIO_ARGS,
          os.path.join(work, "narration.m4a")])
    split = "".join(f"[v{i}]" for i in range(len(RENDITIONS)))
    # Convert and scale each slide once, then repeat frames (fps) as the last step.
    graph = [f"[0:v]format=yuv420p,split={len(RENDITIONS)}{split}"]
    for i, (name, width, height, *_rest) in enumerate(RENDITIONS):
        graph.append(f"[v{i}]scale={width}:{height}:flags=lanczos,setsar=1,fps={FPS}[o{i}]")
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
           "-f", "concat", "-safe", "0", "-i", os.path.join(work, "slides.ffconcat"),
           "-i", os.path.join(work, "narration.m4a"),
           "-filter_complex", ";".join(graph)]
    gop = 2 * FPS
    for i, (name, width, height, profile, level, _codec, crf, maxrate) in enumerate(RENDITIONS):
        folder = os.path.join(out, name)
        os.makedirs(folder)
        bufsize = f"{2 * int(maxrate[:-1])}k"
        cmd += ["-map", f"[o{i}]", "-map", "1:a",
                "-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage",
                "-profile:v", profile, "-level:v", level, "-pix_fmt", "yuv420p",
                "-crf", str(crf), "-maxrate", maxrate, "-bufsize", bufsize,
                "-g", str(gop), "-keyint_min", str(gop), "-sc_threshold", "0",
                "-force_key_frames", "expr:gte(t,n_forced*2)",
                "-c:a", "copy",
                "-t", f"{total:.3f}",
                "-f", "hls", "-hls_time", "4", "-hls_playlist_type", "vod",
                "-hls_list_size", "0", "-hls_flags", "independent_segments",
                "-hls_segment_type", "mpegts",
                "-hls_segment_filename", os.path.join(folder, "seg_%03d.ts"),
                os.path.join(folder, "index.m3u8")]
    _run(cmd)

    # 5. Master playlist with measured bandwidth, then the manifest.
    renditions = []
    master = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for name, width, height, _p, _l, codec, *_ in RENDITIONS:
        bandwidth, _ = _peak_bandwidth(os.path.join(out, name))
        playlist = f"{name}/index.m3u8"
        master.append(f'#EXT-X-STREAM-INF:BANDWIDTH={bandwidth},RESOLUTION={width}x{height},'
                      f'CODECS="{codec},{AUDIO_CODEC}"')
        master.append(playlist)
        renditions.append({"name": name, "height": height, "bandwidth": bandwidth,
                           "playlist": playlist})
    with open(os.path.join(out, "master.m3u8"), "w", encoding="utf-8") as f:
        f.write("\n".join(master) + "\n")

    _check_streams(out)
    probed = _probe(os.path.join(out, RENDITIONS[-1][0], "index.m3u8"),
                    "-show_entries", "format=duration")
    duration = round(float(probed["format"]["duration"]), 2)
    if abs(duration - total) > 0.5:
        raise RuntimeError(f"{spec['clip_id']}: measured {duration} s, planned {total:.2f} s")

    files = []
    for folder, _dirs, names_in in os.walk(out):
        _dirs[:] = sorted(d for d in _dirs if not d.startswith(("_", ".")))
        for name in sorted(names_in):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, out).replace(os.sep, "/")
            if rel == "manifest.json":
                continue
            files.append({"path": rel, "size": os.path.getsize(path), "sha256": _sha256(path)})
    files.sort(key=lambda f: f["path"])
    manifest = {
        "format": 1,
        "clip_id": spec["clip_id"],
        "duration_seconds": duration,
        "credits_seconds": CREDITS_SECONDS,
        "renditions": renditions,
        "captions": "captions.vtt",
        "poster": "poster.jpg",
        "files": files,
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return duration


def _check_streams(out):
    for name, _w, height, *_ in RENDITIONS:
        info = _probe(os.path.join(out, name, "index.m3u8"),
                      "-show_entries", "stream=codec_type,codec_name,height")
        kinds = {(s["codec_type"], s["codec_name"]) for s in info["streams"]}
        if ("video", "h264") not in kinds or ("audio", "aac") not in kinds:
            raise RuntimeError(f"{out}/{name}: expected h264 + aac, found {sorted(kinds)}")
        heights = {s.get("height") for s in info["streams"] if s["codec_type"] == "video"}
        if heights != {height}:
            raise RuntimeError(f"{out}/{name}: video height {heights}, expected {height}")
