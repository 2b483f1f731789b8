#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace lectern {

// One caption: shown over [startMs, endMs).
struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; // plain text: tags stripped, entities decoded, lines joined by '\n'
    QString id; // the optional cue identifier line
    QString speaker; // from the first <v Speaker> tag; the view decides whether to show it
    int line = 0; // where the cue's timing line is, 1-based, for error reports
};

struct WebVttWarning
{
    int line = 0; // 1-based
    QString message; // "Line 7: …", plain language
};

struct WebVttDocument
{
    QList<Cue> cues; // ordered by start time (then end time), whatever the file's order
    QList<WebVttWarning> warnings; // cues that were skipped, and why
};

// Parser for WebVTT caption files (https://www.w3.org/TR/webvtt1/), reading what lecture
// captions need: the header, cues with optional identifiers and settings (ignored), NOTE, STYLE
// and REGION blocks (skipped), and cue text with its tags stripped. Pure; no I/O.
//
// A file that is not WebVTT (no "WEBVTT" first line) is an error, and so is one whose every cue
// is bad: neither gives captions. A single bad cue is skipped with a warning and the rest kept,
// so one typo does not take a lecture's captions away.
class WebVttParser final
{
public:
    static Result<WebVttDocument> parse(const QString &text);
    static Result<WebVttDocument> parse(const QByteArray &utf8);
};

// The index of the cue showing at ms, or -1: O(log n) by binary search, for the caption overlay
// and transcript follow. `cues` must be ordered by start time, as the parser returns them. When
// cues overlap, the one that started last wins; a long cue under later ones is found as long
// as no more than a few cues start inside it (see webvtt.cpp).
qsizetype cueAt(const QList<Cue> &cues, qint64 ms);

} // namespace lectern
