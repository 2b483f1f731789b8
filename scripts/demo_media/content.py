"""What the demo media is made of: one clip per trimester-1 lecture, six shared clips for
every other lecture, and the map from lecture ids to clip ids (docs/media.md)."""

import json
import os

PROGRAMME_LINE = "Master of Science in Pain Medicine"

# Accent colour of a course: the colour of its first objective domain.
DOMAIN_COLOURS = {
    "multidimensional": "#6741D9",
    "assessment": "#1971C2",
    "management": "#0C8599",
    "conditions": "#C2255C",
}
NEUTRAL_COLOUR = "#364FC7"

# Narration for the clips that stand in for lectures after trimester 1. Real, short
# programme narration: one per objective domain, then live sessions and quizzes.
SHARED_CLIPS = [
    {
        "clip_id": "shared-01",
        "domain": "multidimensional",
        "title": "The Multidimensional Nature of Pain",
        "objectives": [
            "State the 2020 IASP definition of pain.",
            "Distinguish nociception from the experience of pain.",
            "Describe the biopsychosocial model of pain.",
        ],
        "script": (
            "Pain is an unpleasant sensory and emotional experience associated with, or "
            "resembling that associated with, actual or potential tissue damage. "
            "The International Association for the Study of Pain adopted this definition "
            "in 2020. "
            "Pain is always a personal experience. "
            "Biological, psychological and social factors all shape it. "
            "Nociception is not pain, and pain cannot be inferred from sensory neuron "
            "activity alone."
        ),
    },
    {
        "clip_id": "shared-02",
        "domain": "assessment",
        "title": "Assessing and Measuring Pain",
        "objectives": [
            "Take a structured pain history.",
            "Choose validated measures of pain intensity, function and mood.",
            "Use repeated measurement to judge the response to treatment.",
        ],
        "script": (
            "Pain assessment starts with the patient's own report. "
            "Ask about onset, location, quality, intensity, timing, and what eases or "
            "worsens the pain. "
            "Rate intensity on a zero to ten numeric rating scale. "
            "Measure function and mood as well, for example with the Brief Pain Inventory "
            "and the PHQ-9. "
            "Repeat the same measures over time to judge whether treatment is working."
        ),
    },
    {
        "clip_id": "shared-03",
        "domain": "management",
        "title": "Principles of Pain Management",
        "objectives": [
            "Explain why pain management is multimodal and interdisciplinary.",
            "Set functional goals with the patient before treatment.",
            "Apply start-low, go-slow titration and regular review.",
        ],
        "script": (
            "Effective pain management is multimodal and interdisciplinary. "
            "Combine education, physical activity and psychological approaches with "
            "medicines matched to the mechanism of the pain. "
            "Agree realistic functional goals with the patient before you start. "
            "Begin drugs at a low dose and titrate slowly. "
            "Review benefit and harm at every visit, and stop treatments that do not help."
        ),
    },
    {
        "clip_id": "shared-04",
        "domain": "conditions",
        "title": "Clinical Pain Conditions by Mechanism",
        "objectives": [
            "Define nociceptive, neuropathic and nociplastic pain.",
            "Recognize mixed pain in common clinical conditions.",
            "Explain why pain conditions are grouped by mechanism.",
        ],
        "script": (
            "Clinical pain conditions are often grouped by mechanism. "
            "Nociceptive pain arises from actual or threatened damage to non-neural tissue. "
            "Neuropathic pain is caused by a lesion or disease of the somatosensory nervous "
            "system. "
            "Nociplastic pain arises from altered nociception without clear evidence of "
            "either. "
            "Many patients, such as those with chronic low back pain, have mixed features."
        ),
    },
    {
        "clip_id": "shared-05",
        "domain": None,
        "title": "Weekly Live Sessions with Faculty",
        "course_title": "Studying in the programme",
        "objectives": [
            "Find the day, time and join link of your course's live session.",
            "Prepare questions and cases for discussion.",
            "Learn with colleagues from other clinical professions.",
        ],
        "script": (
            "Every course week includes a live online session with faculty. "
            "The day, time and join link are listed on the course page. "
            "Come with questions from the lectures and with cases from your own practice. "
            "Sessions are a place to test ideas with colleagues from medicine, dentistry, "
            "nursing, rehabilitation, psychology and pharmacy. "
            "Most learning in pain medicine happens in these conversations."
        ),
    },
    {
        "clip_id": "shared-06",
        "domain": None,
        "title": "Lecture Quizzes",
        "course_title": "Studying in the programme",
        "objectives": [
            "Explain when a lecture's quiz opens.",
            "Recognize the question types used in quizzes.",
            "Take a quiz offline and have it graded when you reconnect.",
        ],
        "script": (
            "A short quiz follows every lecture. "
            "It opens once you have watched most of the lecture. "
            "Questions may be multiple choice, short answer, or fill in the missing word. "
            "You can take quizzes offline, and your answers are saved as you type. "
            "You see a provisional grade at once, and the server confirms it when you "
            "reconnect."
        ),
    },
]

DOMAIN_TO_SHARED = {c["domain"]: c["clip_id"] for c in SHARED_CLIPS if c["domain"]}
LIVE_SESSIONS_CLIP = "shared-05"
QUIZZES_CLIP = "shared-06"


def load_programme(demo_dir):
    with open(os.path.join(demo_dir, "programme.json"), encoding="utf-8") as f:
        programme = json.load(f)
    slots = {s["id"]: s["options"] for s in programme.get("elective_slots", [])}
    courses = []  # (trimester index, course dict), in programme order
    for t_index, trimester in enumerate(programme["trimesters"]):
        for entry in trimester["courses"]:
            for code in slots.get(entry, [entry]):
                path = os.path.join(demo_dir, "courses", code + ".json")
                with open(path, encoding="utf-8") as f:
                    courses.append((t_index, json.load(f)))
    return programme, courses


def shared_clip_for(course, week_number, position):
    """Shared clip for the lecture at 1-based `position` in week `week_number`: the course
    rotates through the clips of its objective domains, then the live-session and quiz
    clips. Depends only on the lecture's own place, so adding a lecture elsewhere never
    moves another lecture to a different clip."""
    domains = [d for d in course.get("domains", []) if d in DOMAIN_TO_SHARED] or ["management"]
    rotation = [DOMAIN_TO_SHARED[d] for d in domains] + [LIVE_SESSIONS_CLIP, QUIZZES_CLIP]
    return rotation[(week_number - 1 + position - 1) % len(rotation)]


def plan(demo_dir):
    """Returns (clip specs, {lecture id: clip id}). A spec holds everything a clip is made
    from, so its hash decides whether the clip must be rebuilt."""
    programme, courses = load_programme(demo_dir)
    programme_title = programme.get("title", PROGRAMME_LINE)
    specs = []
    mapping = {}
    for t_index, course in courses:
        accent = DOMAIN_COLOURS.get((course.get("domains") or [""])[0], NEUTRAL_COLOUR)
        for week in course["weeks"]:
            for position, lecture in enumerate(week["lectures"], start=1):
                lid = lecture["id"]
                if lid in mapping:
                    raise SystemExit(f"make-demo-media: lecture id {lid} appears twice")
                if t_index == 0:
                    mapping[lid] = lid
                    specs.append({
                        "clip_id": lid,
                        "code_line": course["code"],
                        "course_title": course["title"],
                        "title": lecture["title"],
                        "context_line": f"Week {week['number']} · Lecture {position} · {week['title']}",
                        "programme": programme_title,
                        "objectives": list(lecture["objectives"]),
                        "script": lecture["script"],
                        "accent": accent,
                        "footer": f"{course['code']} · {lecture['title']}",
                    })
                else:
                    mapping[lid] = shared_clip_for(course, week["number"], position)
    domain_titles = {d["id"]: d["title"] for d in programme.get("domains", [])}
    used = set(mapping.values())
    for shared in SHARED_CLIPS:
        if shared["clip_id"] not in used:
            continue
        domain = shared["domain"]
        course_title = shared.get("course_title") or (
            "Objective domain: " + domain_titles.get(domain, shared["title"]))
        specs.append({
            "clip_id": shared["clip_id"],
            "code_line": "MSc Pain Medicine",
            "course_title": course_title,
            "title": shared["title"],
            "context_line": "Programme essentials",
            "programme": programme_title,
            "objectives": list(shared["objectives"]),
            "script": shared["script"],
            "accent": DOMAIN_COLOURS.get(domain, NEUTRAL_COLOUR),
            "footer": f"{programme_title} · {shared['title']}",
        })
    return specs, mapping
