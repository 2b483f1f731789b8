"""Demo media generator steps, called by scripts/make-demo-media.sh:

  main.py plan DEMO_DIR OUT     decide which clips need (re)building; print their job files
  main.py build JOB_FILE        build one clip (run in parallel by the shell script)
  main.py finish OUT            check every clip, drop unused ones, write lectures.json last
"""

import glob
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import content  # noqa: E402

# Bump to force a rebuild of every clip; edits to these Python files do so as well.
GENERATOR_VERSION = 1

FONT_CANDIDATES = {
    "regular": ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans:style=Book"],
    "bold": ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans:style=Bold"],
}


def fail(message):
    print(f"make-demo-media: {message}", file=sys.stderr)
    sys.exit(1)


def find_fonts():
    fonts = {}
    for key, (path, pattern) in FONT_CANDIDATES.items():
        if not os.path.isfile(path):
            try:
                path = subprocess.run(["fc-match", "-f", "%{file}", pattern], check=True,
                                      capture_output=True, text=True).stdout.strip()
            except (OSError, subprocess.CalledProcessError):
                path = ""
            if not path.lower().endswith(".ttf") or "dejavu" not in path.lower():
                fail("DejaVu Sans fonts not found; run scripts/install-deps.sh "
                     "(package fonts-dejavu-core)")
        fonts[key] = path
    return fonts


def sources_hash():
    h = hashlib.sha256()
    for path in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        h.update(os.path.basename(path).encode() + b"\0")
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def inputs_hash(spec, generator):
    blob = json.dumps({"spec": spec, "generator": generator}, sort_keys=True,
                      ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def clip_is_current(folder, wanted_hash):
    try:
        with open(os.path.join(folder, ".inputs-sha256"), encoding="utf-8") as f:
            if f.read().strip() != wanted_hash:
                return False
        with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        for entry in manifest["files"]:
            if os.path.getsize(os.path.join(folder, entry["path"])) != entry["size"]:
                return False
        return bool(manifest["files"])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def cmd_plan(demo_dir, out):
    clips_dir = os.path.join(out, "clips")
    jobs_dir = os.path.join(out, ".jobs")
    os.makedirs(clips_dir, exist_ok=True)
    shutil.rmtree(jobs_dir, ignore_errors=True)
    os.makedirs(jobs_dir)
    # Leftovers of an interrupted run: never complete, always safe to remove.
    for leftover in glob.glob(os.path.join(clips_dir, ".tmp-*")) + \
            glob.glob(os.path.join(clips_dir, ".old-*")):
        shutil.rmtree(leftover, ignore_errors=True)

    try:
        specs, mapping = content.plan(demo_dir)
    except (OSError, ValueError, KeyError, TypeError) as e:
        fail(f"cannot read the demo programme in {demo_dir}: {e!r}")
    fonts = find_fonts()
    generator = {"version": GENERATOR_VERSION, "sources": sources_hash()}
    hashes = {}
    todo = []
    for spec in specs:
        h = inputs_hash(spec, generator)
        hashes[spec["clip_id"]] = h
        if clip_is_current(os.path.join(clips_dir, spec["clip_id"]), h):
            continue
        job = os.path.join(jobs_dir, spec["clip_id"] + ".json")
        with open(job, "w", encoding="utf-8") as f:
            json.dump({"spec": spec, "hash": h, "fonts": fonts, "clips_dir": clips_dir}, f,
                      ensure_ascii=False)
        todo.append(job)
    with open(os.path.join(jobs_dir, "plan.json"), "w", encoding="utf-8") as f:
        json.dump({"lectures": mapping, "clips": hashes}, f)
    print(f"make-demo-media: {len(mapping)} lectures, {len(specs)} clips, "
          f"{len(specs) - len(todo)} up to date, {len(todo)} to build", file=sys.stderr)
    for job in todo:
        print(job)


def cmd_build(job_file):
    import clip  # noqa: E402  (only the build step needs it)

    # Interrupted (Ctrl-C, kill): unwind so the clip's temporary folder is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    with open(job_file, encoding="utf-8") as f:
        job = json.load(f)
    spec = job["spec"]
    try:
        duration, seconds = clip.build(spec, job["clips_dir"], job["fonts"], job["hash"])
    except subprocess.CalledProcessError as e:
        fail(f"clip {spec['clip_id']}: {e.cmd[0]} failed (exit {e.returncode})")
    except Exception as e:  # noqa: BLE001
        fail(f"clip {spec['clip_id']}: {e}")
    print(f"make-demo-media:   {spec['clip_id']}: {duration:.1f} s of video, "
          f"built in {seconds:.1f} s", file=sys.stderr)


def cmd_finish(out):
    clips_dir = os.path.join(out, "clips")
    jobs_dir = os.path.join(out, ".jobs")
    with open(os.path.join(jobs_dir, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    for clip_id, h in plan["clips"].items():
        if not clip_is_current(os.path.join(clips_dir, clip_id), h):
            fail(f"clip {clip_id} is missing or incomplete after the build")
    lectures = {"format": 1, "lectures": dict(sorted(plan["lectures"].items()))}
    tmp = os.path.join(out, f".lectures.json.{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(lectures, f, indent=2)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, os.path.join(out, "lectures.json"))
    # Clips no lecture uses any more (only once the new map no longer points at them).
    for entry in os.listdir(clips_dir):
        path = os.path.join(clips_dir, entry)
        if entry not in plan["clips"] and os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
    shutil.rmtree(jobs_dir, ignore_errors=True)
    size = 0
    for folder, _dirs, files in os.walk(clips_dir):
        size += sum(os.path.getsize(os.path.join(folder, name)) for name in files)
    print(f"make-demo-media: {len(plan['clips'])} clips for {len(plan['lectures'])} lectures "
          f"in {out} ({size / 1e6:.1f} MB)", file=sys.stderr)


def main(argv):
    if len(argv) == 3 and argv[0] == "plan":
        cmd_plan(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "build":
        cmd_build(argv[1])
    elif len(argv) == 2 and argv[0] == "finish":
        cmd_finish(argv[1])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
