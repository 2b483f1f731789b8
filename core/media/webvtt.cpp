#include "webvtt.h"

#include <algorithm>
#include <optional>
#include <variant>

#include <QCoreApplication>
#include <QStringView>

// How WebVTT reads here, against the W3C parsing rules:
// * The first line must be "WEBVTT", alone or followed by a space or tab and any text; a byte
//   order mark before it is allowed. Header lines up to the first blank line are skipped.
// * Blocks are separated by blank lines; a line of spaces counts as blank (the spec disagrees,
//   but such a line is always a mistake and reading it as cue text hides the next cue).
// * NOTE, STYLE and REGION blocks are skipped, wherever they stand.
// * A cue is an optional identifier line, a timing line "start --> end [settings]" and its
//   text. Settings are ignored: the overlay places captions itself. A line holding "-->" in
//   the middle of a cue's text starts a new cue, as the spec says, with a warning, since it
//   almost always means a forgotten blank line.
// * Timestamps are mm:ss.ttt or h+:mm:ss.ttt with two-digit minutes and seconds below 60 and
//   three-digit milliseconds, as the spec asks. A cue whose end is not after its start is
//   skipped: it would never show.
// * Cue text keeps its line breaks; tags (<b>, <i>, <u>, <c.x>, <v Speaker>, <lang>, <ruby>,
//   <rt>, timestamps) are removed and the first voice's name kept in Cue::speaker. A '<' with
//   no '>' on its line stays as text, where the spec would swallow the rest of the cue.
//   Entities &amp; &lt; &gt; &nbsp; &quot; &apos; &lrm; &rlm; and &#NN; / &#xHH; are decoded;
//   any other '&' stays as written.

namespace lectern {

namespace {

// lupdate files each message under the class whose member calls tr() (Parser, TimingReader,
// or WebVttParser for the free functions); look in all three so Spanish is found.
QString tr(const char *text)
{
    for (const char *context : {"lectern::Parser", "lectern::TimingReader"}) {
        const QString translated = QCoreApplication::translate(context, text);
        if (translated != QLatin1String(text))
            return translated;
    }
    return QCoreApplication::translate("lectern::WebVttParser", text);
}

const QString kErrorCode = QStringLiteral("webvtt_invalid");

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || text[i] == u'\r') {
            lines.append(text.sliced(start, i - start));
            if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// `keyword` alone on the line, or followed by a space or tab.
bool startsWithKeyword(QStringView line, QStringView keyword)
{
    if (!line.startsWith(keyword))
        return false;
    return line.size() == keyword.size() || line[keyword.size()] == u' '
        || line[keyword.size()] == u'\t';
}

bool isSkippedBlock(QStringView first)
{
    if (startsWithKeyword(first, u"NOTE"))
        return true;
    return (startsWithKeyword(first, u"STYLE") || startsWithKeyword(first, u"REGION"))
        && !first.contains(u"-->");
}

// A line meant as a timing line, even a broken one: it has an arrow, or starts like a timestamp
// ("00:01"). Identifiers seldom look like that, and calling a broken timing line an identifier
// would give the author a useless message.
bool looksLikeTiming(QStringView line)
{
    if (line.contains(u"-->") || line.contains(u"->"))
        return true;
    const QStringView s = line.trimmed();
    qsizetype digits = 0;
    while (digits < s.size() && s[digits].isDigit())
        ++digits;
    return digits > 0 && digits < s.size() && s[digits] == u':';
}

struct Timing
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// Reads left to right through one timing line.
class TimingReader
{
public:
    explicit TimingReader(QStringView line)
        : m_line(line)
    { }

    // The timing, or why the line is not one (the part in brackets of the warning).
    std::variant<Timing, QString> read()
    {
        if (!m_line.contains(u"-->"))
            return tr("use -->");
        skipSpaces();
        const std::optional<qint64> start = timestamp();
        if (!start)
            return m_reason;
        skipSpaces();
        if (!m_line.sliced(m_pos).startsWith(u"-->"))
            return tr("put --> between the start and the end");
        m_pos += 3;
        skipSpaces();
        const std::optional<qint64> end = timestamp();
        if (!end)
            return m_reason;
        if (m_pos < m_line.size() && m_line[m_pos] != u' ' && m_line[m_pos] != u'\t')
            return tr("put a space between the end time and any cue settings");
        if (*end <= *start)
            return tr("the end must come after the start");
        return Timing{*start, *end};
    }

private:
    void skipSpaces()
    {
        while (m_pos < m_line.size() && (m_line[m_pos] == u' ' || m_line[m_pos] == u'\t'))
            ++m_pos;
    }

    // Digits at the cursor as a number; their count in *count. Nine digits at most, which no
    // timestamp needs and which keeps the arithmetic far from overflowing.
    std::optional<qint64> number(qsizetype *count)
    {
        const qsizetype begin = m_pos;
        while (m_pos < m_line.size() && m_line[m_pos].isDigit() && m_line[m_pos].unicode() < 128)
            ++m_pos;
        *count = m_pos - begin;
        if (*count == 0 || *count > 9)
            return std::nullopt;
        return m_line.sliced(begin, *count).toLongLong();
    }

    bool accept(QChar c)
    {
        if (m_pos < m_line.size() && m_line[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<qint64> fail(const QString &reason)
    {
        m_reason = reason;
        return std::nullopt;
    }

    std::optional<qint64> timestamp()
    {
        const QString badForm = tr("use mm:ss.ttt or hh:mm:ss.ttt");
        qsizetype digits1 = 0, digits2 = 0, digits3 = 0;
        const std::optional<qint64> first = number(&digits1);
        if (!first || !accept(u':'))
            return fail(badForm);
        const std::optional<qint64> second = number(&digits2);
        if (!second)
            return fail(badForm);
        qint64 hours = 0, minutes = *first, seconds = *second;
        qsizetype minuteDigits = digits1;
        if (accept(u':')) {
            const std::optional<qint64> third = number(&digits3);
            if (!third || digits2 != 2)
                return fail(badForm);
            hours = *first;
            minutes = *second;
            seconds = *third;
            minuteDigits = digits2;
        } else {
            digits3 = digits2;
        }
        if (minuteDigits != 2 || digits3 != 2 || minutes > 59 || seconds > 59)
            return fail(badForm);
        if (m_pos < m_line.size() && m_line[m_pos] == u',')
            return fail(tr("use a full stop before the milliseconds, as in 00:01.500"));
        qsizetype millisecondDigits = 0;
        const bool hasDot = accept(u'.');
        const std::optional<qint64> milliseconds
            = hasDot ? number(&millisecondDigits) : std::nullopt;
        if (!milliseconds || millisecondDigits != 3)
            return fail(badForm);
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + *milliseconds;
    }

    QStringView m_line;
    qsizetype m_pos = 0;
    QString m_reason;
};

bool decodeEntity(QStringView name, QString *out)
{
    static const struct
    {
        QStringView name;
        char16_t value;
    } named[] = {{u"amp", u'&'},  {u"lt", u'<'},    {u"gt", u'>'},       {u"nbsp", u'\xA0'},
                 {u"quot", u'"'}, {u"apos", u'\''}, {u"lrm", u'\x200E'}, {u"rlm", u'\x200F'}};
    for (const auto &entity : named) {
        if (name == entity.name) {
            *out = QChar(entity.value);
            return true;
        }
    }
    if (name.size() < 2 || name[0] != u'#')
        return false;
    bool ok = false;
    const bool hex = name[1] == u'x' || name[1] == u'X';
    const uint code = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
    if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return false;
    const char32_t c = code;
    *out = QString::fromUcs4(&c, 1);
    return true;
}

// "v Dr Lee" or "v.loud Dr Lee" → "Dr Lee"; anything else → nothing.
std::optional<QString> voiceName(QStringView tag)
{
    if (tag.isEmpty() || tag[0] != u'v')
        return std::nullopt;
    if (tag.size() > 1 && tag[1] != u'.' && tag[1] != u' ' && tag[1] != u'\t')
        return std::nullopt;
    qsizetype space = 1;
    while (space < tag.size() && tag[space] != u' ' && tag[space] != u'\t')
        ++space;
    return tag.sliced(space).trimmed().toString();
}

QString plainText(QStringView raw, QString *speaker)
{
    QString out;
    out.reserve(raw.size());
    // The next '>' and line break after the cursor are found once and reused until the cursor
    // passes them (raw.size() when there is none). Searching afresh at every '<' made a long
    // line of '<' quadratic: a 200 kB caption line took half a minute.
    qsizetype nextClose = -1;
    qsizetype nextNewline = -1;
    const auto next = [raw](qsizetype &cached, QChar c, qsizetype from) {
        if (cached < from) {
            const qsizetype found = raw.indexOf(c, from);
            cached = found < 0 ? raw.size() : found;
        }
        return cached;
    };
    constexpr qsizetype longestEntity = 10; // a farther ';' ends no entity we decode
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'<') {
            const qsizetype close = next(nextClose, u'>', i + 1);
            if (close < raw.size() && close < next(nextNewline, u'\n', i + 1)) {
                const std::optional<QString> voice = voiceName(raw.sliced(i + 1, close - i - 1));
                if (voice && speaker->isEmpty())
                    *speaker = *voice;
                i = close;
                continue;
            }
        } else if (c == u'&') {
            // Only a ';' close enough can end an entity, so only that far is searched.
            const qsizetype window = qMin(longestEntity, raw.size() - i - 1);
            const qsizetype found = raw.sliced(i + 1, window).indexOf(u';');
            const qsizetype semicolon = found < 0 ? -1 : i + 1 + found;
            QString decoded;
            if (semicolon > i && decodeEntity(raw.sliced(i + 1, semicolon - i - 1), &decoded)) {
                out += decoded;
                i = semicolon;
                continue;
            }
        }
        out += c;
    }
    return out;
}

class Parser
{
public:
    explicit Parser(const QList<QStringView> &lines)
        : m_lines(lines)
    { }

    WebVttDocument run()
    {
        qsizetype i = 1; // line 1 is the checked "WEBVTT" line
        // Header lines run to the first blank line; a timing line there means the blank line
        // was forgotten, so it is read as the first cue.
        while (i < m_lines.size() && !isBlank(m_lines[i]) && !m_lines[i].contains(u"-->"))
            ++i;
        while (i < m_lines.size()) {
            if (isBlank(m_lines[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < m_lines.size() && !isBlank(m_lines[end]))
                ++end;
            i = readBlock(i, end);
        }
        std::stable_sort(
            m_document.cues.begin(), m_document.cues.end(), [](const Cue &a, const Cue &b) {
                return a.startMs < b.startMs || (a.startMs == b.startMs && a.endMs < b.endMs);
            });
        return std::move(m_document);
    }

private:
    void warn(qsizetype index, const QString &message)
    {
        const int line = int(index) + 1;
        m_document.warnings.append({line, tr("Line %1: %2").arg(line).arg(message)});
    }

    // Reads the block of lines [begin, end); returns where the next block starts, which is
    // before `end` when a timing line inside the cue text starts a new cue.
    qsizetype readBlock(qsizetype begin, qsizetype end)
    {
        const QStringView first = m_lines[begin];
        if (isSkippedBlock(first))
            return end;
        qsizetype timingLine = begin;
        if (!looksLikeTiming(first)) {
            if (begin + 1 >= end || !looksLikeTiming(m_lines[begin + 1])) {
                warn(begin,
                     tr("'%1' is not a cue: a cue needs a timing line such as "
                        "'00:01.000 --> 00:04.000'.")
                         .arg(first.toString()));
                return end;
            }
            timingLine = begin + 1;
        }
        qsizetype textEnd = timingLine + 1;
        while (textEnd < end && !m_lines[textEnd].contains(u"-->"))
            ++textEnd;
        if (textEnd < end)
            warn(textEnd, tr("a blank line must come before each cue; read as a new cue."));

        const QStringView timingText = m_lines[timingLine];
        const std::variant<Timing, QString> timing = TimingReader(timingText).read();
        if (const QString *reason = std::get_if<QString>(&timing)) {
            warn(timingLine,
                 tr("the cue timing '%1' is not valid (%2).")
                     .arg(timingText.trimmed().toString(), *reason));
            return textEnd;
        }
        QStringList textLines;
        for (qsizetype k = timingLine + 1; k < textEnd; ++k)
            textLines.append(m_lines[k].toString());
        Cue cue;
        cue.startMs = std::get<Timing>(timing).startMs;
        cue.endMs = std::get<Timing>(timing).endMs;
        cue.id = timingLine > begin ? first.trimmed().toString() : QString();
        cue.text = plainText(textLines.join(u'\n'), &cue.speaker);
        cue.line = int(timingLine) + 1;
        m_document.cues.append(std::move(cue));
        return textEnd;
    }

    const QList<QStringView> &m_lines;
    WebVttDocument m_document;
};

} // namespace

Result<WebVttDocument> WebVttParser::parse(const QString &text)
{
    QStringView view(text);
    if (view.startsWith(QChar(0xFEFF)))
        view = view.sliced(1);
    const QList<QStringView> lines = splitLines(view);
    if (lines.isEmpty() || !startsWithKeyword(lines.first(), u"WEBVTT"))
        return Error{kErrorCode, tr("Line 1 must start with WEBVTT.")};

    WebVttDocument document = Parser(lines).run();
    // Cues were there and none could be read: the file gives no captions, so say why.
    if (document.cues.isEmpty() && !document.warnings.isEmpty())
        return Error{kErrorCode, document.warnings.first().message};
    return document;
}

Result<WebVttDocument> WebVttParser::parse(const QByteArray &utf8)
{
    return parse(QString::fromUtf8(utf8));
}

qsizetype cueAt(const QList<Cue> &cues, qint64 ms)
{
    // Cues that overlap are rare in lecture captions (two speakers at once); when one is still
    // showing under later ones, it is found by looking back this many cues. A complete answer
    // would need an interval tree, which the overlay does not justify.
    constexpr qsizetype lookBack = 8;
    const auto after = std::upper_bound(cues.cbegin(), cues.cend(), ms,
                                        [](qint64 t, const Cue &c) { return t < c.startMs; });
    const qsizetype last = after - cues.cbegin() - 1; // the last cue starting at or before ms
    for (qsizetype k = last; k >= 0 && k > last - lookBack; --k) {
        if (cues.at(k).endMs > ms)
            return k;
    }
    return -1;
}

} // namespace lectern
