#include "giftparser.h"

#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "quiz/grading.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringView>

// How GIFT reads here. Moodle's importer (question/format/gift/format.php) is the reference;
// where we differ, it is to catch a mistake Moodle would import silently.
//
// * Questions are separated by blank lines. Two extensions keep hand-written files working:
//   a blank line inside an open answer block is allowed when the next line starts an answer
//   ('=', '~', '#' or '}'), and a line starting with a complete "::name::", or a
//   "$CATEGORY:" line, always starts a new question even without a blank line before it.
//   Either way an unclosed '{' can only spoil its own question, never the next one.
// * A comment is a line whose first non-blank characters are "//"; "//" elsewhere (as in
//   "https://") is text.
// * Escapes \~ \= \# \{ \} \: \\ and \n (a newline). An escaped character is always content:
//   it is never syntax and never trimmed away.
// * Type, in Moodle's order: no braces → Description; "{}" (Moodle's essay, which Lectern
//   does not grade) → Description; '#' first → Numerical; any '~' → MultipleChoice when some
//   answer is marked '=', otherwise MultipleAnswer; '=' with '->' → Matching;
//   T/TRUE/F/FALSE → TrueFalse (we also accept lower case, which Moodle would take as a
//   short answer "true"); otherwise ShortAnswer, whose answers must each start with '='
//   (Moodle would accept "{Paris}", which is almost always a forgotten '=').
// * Text after the closing brace puts the blank inside the sentence: text holds what comes
//   before it and textAfter what follows, for every type. Multiple-choice and short-answer
//   blocks then become MissingWord. Its answers tell a choice (some '~' answer, which has
//   weight <= 0 unless given a positive one) from a word to type (only '=' answers).
// * True/false "{TRUE#first#second}": GIFT's first feedback is for a wrong answer, the second
//   for a right one. So for {TRUE} falseFeedback is the first and trueFeedback the second;
//   for {FALSE} trueFeedback is the first and falseFeedback the second.
// * Numerical: Answer::text keeps the answer as written ("2.5:0.5", "1..5"); value and
//   tolerance are filled for every form, and so are rangeMin/rangeMax (value ∓ tolerance),
//   with isRange telling which form was written. An answer "*", and the catch-all that
//   Moodle builds from "~#feedback", mean "any other number".
// * Matching: Moodle's form wants three pairs; two already make a question, so we accept 2+.
//   An empty item (as in "= -> distractor") adds a distractor match and does not count.
//   Pairs carry no weight of their own: each counts the same.
// * Lectern's one directive, "// lectern: case-sensitive" on a line of its own, makes the next
//   question's typed answers compare case (Question::caseSensitive). It is a comment to
//   Moodle, so the file stays a valid Moodle bank. It must stand directly before its question
//   (comment lines may come between, blank lines may not) and the question must be one the
//   learner types (short answer, or a missing word without choices); anything else, and an
//   unknown "// lectern:" directive, is an error rather than silently ignored.
// * A "[format]" in front of the question text sets Question::format; a lower-case word in
//   brackets that is not a format is an error, while "[Note]" or "[1]" stays text.
//   A known format in front of an answer or feedback is dropped (Moodle exports those).

namespace lectern {

namespace {

// lupdate files the messages under the class whose member calls tr(), QuestionParser; the
// lookup must use the same context or the Spanish messages are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::QuestionParser", text);
}

struct Span
{
    int begin = 0;
    int end = 0;
    bool isEmpty() const { return begin >= end; }
};

struct Position
{
    int line = 0;
    int column = 0;
};

// The text of one question with its escapes resolved. Every character remembers whether it was
// escaped (and so is plain content) and where it stands in the file, for error messages.
class Source
{
public:
    bool isEmpty() const { return m_text.isEmpty(); }
    int size() const { return int(m_text.size()); }
    Span all() const { return {0, size()}; }

    void appendLine(QStringView line, int lineNumber)
    {
        if (!m_text.isEmpty())
            push(u'\n', false, m_end);
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            const QChar next = i + 1 < line.size() ? line[i + 1] : QChar();
            if (c == u'\\' && QStringView(u"~=#{}:\\").contains(next)) {
                push(next, true, {lineNumber, i + 1});
                ++i;
            } else if (c == u'\\' && next == u'n') {
                push(u'\n', true, {lineNumber, i + 1});
                ++i;
            } else {
                push(c, false, {lineNumber, i + 1});
            }
        }
        m_end = {lineNumber, int(line.size()) + 1};
    }

    QChar at(int i) const { return m_text.at(i); }
    bool isEscaped(int i) const { return m_escaped[size_t(i)]; }
    bool isSyntax(int i, QChar c) const
    {
        return i >= 0 && i < size() && !m_escaped[size_t(i)] && m_text.at(i) == c;
    }
    bool isSpace(int i) const { return !m_escaped[size_t(i)] && m_text.at(i).isSpace(); }
    bool startsWith(int i, QStringView syntax) const
    {
        for (int k = 0; k < syntax.size(); ++k) {
            if (!isSyntax(i + k, syntax[k]))
                return false;
        }
        return true;
    }

    // The first unescaped occurrence of `syntax` inside `span`, or -1.
    int find(QStringView syntax, Span span) const
    {
        for (int i = span.begin; i + syntax.size() <= span.end; ++i) {
            if (startsWith(i, syntax))
                return i;
        }
        return -1;
    }
    int find(QChar c, Span span) const { return find(QStringView(&c, 1), span); }

    Span trimmed(Span span) const
    {
        while (span.begin < span.end && isSpace(span.begin))
            ++span.begin;
        while (span.end > span.begin && isSpace(span.end - 1))
            --span.end;
        return span;
    }

    QString text(Span span) const
    {
        return span.isEmpty() ? QString() : m_text.mid(span.begin, span.end - span.begin);
    }

    Position position(int i) const { return i >= 0 && i < size() ? m_positions[size_t(i)] : m_end; }

private:
    void push(QChar c, bool escaped, Position position)
    {
        m_text.append(c);
        m_escaped.push_back(escaped);
        m_positions.push_back(position);
    }

    QString m_text;
    std::vector<unsigned char> m_escaped; // not vector<bool>: it is slow in debug builds
    std::vector<Position> m_positions;
    Position m_end; // just past the last character, where "missing" things are reported
};

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // always the C locale: '.' is the decimal point
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<TextFormat> formatNamed(QStringView name)
{
    if (name.compare(u"moodle", Qt::CaseInsensitive) == 0)
        return TextFormat::Moodle;
    if (name.compare(u"html", Qt::CaseInsensitive) == 0)
        return TextFormat::Html;
    if (name.compare(u"markdown", Qt::CaseInsensitive) == 0)
        return TextFormat::Markdown;
    if (name.compare(u"plain", Qt::CaseInsensitive) == 0)
        return TextFormat::Plain;
    return std::nullopt;
}

// One answer of a block: the marker ('=', '~', or null for text before any marker) and what
// follows it up to the next marker.
struct Item
{
    QChar marker;
    int at = 0;
    Span body;
};

class QuestionParser
{
public:
    QuestionParser(const Source &source, int line, const QString &category)
        : m_src(source)
    {
        m_question.line = line;
        m_question.category = category;
    }

    bool parse();
    const Question &question() const { return m_question; }
    const GiftError &error() const { return m_error; }

private:
    bool fail(int at, const QString &message)
    {
        const Position p = m_src.position(at);
        m_error = {p.line, p.column, message};
        return false;
    }

    bool parseName(Span &rest);
    bool parseFormat(Span &rest);
    bool findBlock(Span rest, int &open, int &close);
    void takeGeneralFeedback(Span &content);

    bool parseChoice(Span content, bool inSentence);
    bool parseShortAnswer(Span content, bool inSentence);
    bool parseTrueFalse(Span content);
    bool parseMatching(Span content);
    bool parseNumerical(Span content);
    bool parseNumber(Span span, Answer &answer);

    std::vector<Item> split(Span span, QStringView markers) const;
    bool takeWeight(Span &body, double &weight);
    Span stripFormat(Span span) const;
    QString textOf(Span span) const { return m_src.text(stripFormat(m_src.trimmed(span))); }
    bool parseAnswer(const Item &item, double weight, Answer &answer);
    QString derivedName() const;

    const Source &m_src;
    Question m_question;
    GiftError m_error;
    int m_open = -1; // the '{', where block-wide problems are reported
};

bool QuestionParser::parse()
{
    Span rest = m_src.trimmed(m_src.all());
    if (!parseName(rest) || !parseFormat(rest))
        return false;

    int close = -1;
    if (!findBlock(rest, m_open, close))
        return false;
    if (m_open < 0) {
        m_question.type = QuestionType::Description;
        m_question.text = m_src.text(rest);
        if (m_question.text.isEmpty())
            return fail(rest.begin, tr("This question has a name but no text."));
        if (m_question.name.isEmpty())
            m_question.name = derivedName();
        return true;
    }

    m_question.text = m_src.text(m_src.trimmed({rest.begin, m_open}));
    m_question.textAfter = m_src.text(m_src.trimmed({close + 1, rest.end}));
    if (m_question.name.isEmpty())
        m_question.name = derivedName();
    const bool inSentence = !m_question.textAfter.isEmpty();

    Span content{m_open + 1, close};
    takeGeneralFeedback(content);
    content = m_src.trimmed(content);

    if (content.isEmpty()) {
        m_question.type = QuestionType::Description; // Moodle's essay: nothing to grade here
        return true;
    }
    if (m_src.isSyntax(content.begin, u'#'))
        return parseNumerical({content.begin + 1, content.end});
    if (m_src.find(u'~', content) >= 0)
        return parseChoice(content, inSentence);
    if (m_src.find(u'=', content) >= 0 && m_src.find(u"->", content) >= 0)
        return parseMatching(content);
    const int hash = m_src.find(u'#', content);
    const QString word = m_src.text(m_src.trimmed({content.begin, hash < 0 ? content.end : hash}));
    for (const char *name : {"T", "TRUE", "F", "FALSE"}) {
        if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return parseTrueFalse(content);
    }
    return parseShortAnswer(content, inSentence);
}

bool QuestionParser::parseName(Span &rest)
{
    if (!m_src.startsWith(rest.begin, u"::"))
        return true;
    const int close = m_src.find(u"::", {rest.begin + 2, rest.end});
    if (close < 0) {
        return fail(rest.begin,
                    tr("The question name that starts with '::' is never closed with '::'."));
    }
    m_question.name = m_src.text(m_src.trimmed({rest.begin + 2, close}));
    rest = m_src.trimmed({close + 2, rest.end});
    return true;
}

bool QuestionParser::parseFormat(Span &rest)
{
    if (!m_src.isSyntax(rest.begin, u'['))
        return true;
    int end = rest.begin + 1;
    bool lowerCase = true;
    while (end < rest.end && !m_src.isEscaped(end) && m_src.at(end).isLetter()) {
        lowerCase = lowerCase && m_src.at(end).isLower();
        ++end;
    }
    if (end == rest.begin + 1 || !m_src.isSyntax(end, u']'))
        return true; // "[1] …" or "[a b] …" is text
    const QString name = m_src.text({rest.begin + 1, end});
    if (const auto format = formatNamed(name)) {
        m_question.format = *format;
        rest = m_src.trimmed({end + 1, rest.end});
        return true;
    }
    if (lowerCase)
        return fail(rest.begin, tr("Unknown text format [%1].").arg(name));
    return true; // "[Note] …" is text
}

// Finds the one answer block; open stays -1 when there is none.
bool QuestionParser::findBlock(Span rest, int &open, int &close)
{
    for (int i = rest.begin; i < rest.end; ++i) {
        if (m_src.isSyntax(i, u'{')) {
            if (open >= 0 && close < 0) {
                return fail(open,
                            tr("The answer block that opens on line %1 is never closed.")
                                .arg(m_src.position(open).line));
            }
            if (open >= 0) {
                return fail(i,
                            tr("A question has one answer block; another one opens on "
                               "line %1. Leave a blank line between questions.")
                                .arg(m_src.position(i).line));
            }
            open = i;
        } else if (m_src.isSyntax(i, u'}')) {
            if (open < 0 || close >= 0)
                return fail(i, tr("Unexpected '}' with no '{' before it."));
            close = i;
        }
    }
    if (open >= 0 && close < 0) {
        return fail(open,
                    tr("The answer block that opens on line %1 is never closed.")
                        .arg(m_src.position(open).line));
    }
    return true;
}

// "####" starts the general feedback; like Moodle we take the last one in the block.
void QuestionParser::takeGeneralFeedback(Span &content)
{
    int run = 0;
    for (int i = content.end - 1; i >= content.begin; --i) {
        run = m_src.isSyntax(i, u'#') ? run + 1 : 0;
        if (run == 4) {
            m_question.generalFeedback = textOf({i + 4, content.end});
            content.end = i;
            return;
        }
    }
}

std::vector<Item> QuestionParser::split(Span span, QStringView markers) const
{
    std::vector<Item> items;
    Item current{QChar(), span.begin, {span.begin, span.end}};
    for (int i = span.begin; i < span.end; ++i) {
        for (QChar marker : markers) {
            if (m_src.isSyntax(i, marker)) {
                current.body.end = i;
                if (!current.marker.isNull() || !m_src.trimmed(current.body).isEmpty())
                    items.push_back(current);
                current = {marker, i, {i + 1, span.end}};
                break;
            }
        }
    }
    if (!current.marker.isNull() || !m_src.trimmed(current.body).isEmpty())
        items.push_back(current);
    return items;
}

// A leading "%50%" sets the weight (as the fraction 0.5); anything else leaves it alone.
bool QuestionParser::takeWeight(Span &body, double &weight)
{
    body = m_src.trimmed(body);
    if (body.isEmpty() || m_src.at(body.begin) != u'%')
        return true;
    const int close = m_src.find(u'%', {body.begin + 1, body.end});
    if (close < 0)
        return true;
    const auto percent = toNumber(m_src.text({body.begin + 1, close}).trimmed());
    if (!percent || *percent < -100 || *percent > 100) {
        return fail(body.begin,
                    tr("The weight '%1' is not a percentage between -100 and 100.")
                        .arg(m_src.text({body.begin, close + 1})));
    }
    weight = *percent / 100.0;
    body = m_src.trimmed({close + 1, body.end});
    return true;
}

Span QuestionParser::stripFormat(Span span) const
{
    if (span.isEmpty() || !m_src.isSyntax(span.begin, u'['))
        return span;
    const int close = m_src.find(u']', span);
    if (close < 0 || !formatNamed(m_src.text({span.begin + 1, close})))
        return span;
    return m_src.trimmed({close + 1, span.end});
}

// "text #feedback" after the weight has been taken off.
bool QuestionParser::parseAnswer(const Item &item, double weight, Answer &answer)
{
    Span body = item.body;
    if (!takeWeight(body, weight))
        return false;
    const int hash = m_src.find(u'#', body);
    answer.weight = weight;
    answer.text = textOf({body.begin, hash < 0 ? body.end : hash});
    if (hash >= 0)
        answer.feedback = textOf({hash + 1, body.end});
    if (answer.text.isEmpty())
        return fail(item.at, tr("The answer after '%1' is empty.").arg(item.marker));
    return true;
}

bool QuestionParser::parseChoice(Span content, bool inSentence)
{
    const std::vector<Item> items = split(content, u"~=");
    bool hasRight = false;
    bool hasCredit = false;
    for (const Item &item : items) {
        if (item.marker.isNull()) {
            return fail(
                m_src.trimmed(item.body).begin,
                tr("'%1' needs '=' or '~' in front of it to be an answer.").arg(textOf(item.body)));
        }
        Answer answer;
        if (!parseAnswer(item, item.marker == u'=' ? 1.0 : 0.0, answer))
            return false;
        hasRight = hasRight || item.marker == u'=';
        hasCredit = hasCredit || answer.weight > 0;
        m_question.answers.append(answer);
    }
    if (items.size() < 2)
        return fail(m_open, tr("A multiple-choice question needs at least two answers."));
    if (hasRight) {
        m_question.type = inSentence ? QuestionType::MissingWord : QuestionType::MultipleChoice;
    } else if (hasCredit) {
        m_question.type = QuestionType::MultipleAnswer;
    } else {
        return fail(m_open,
                    tr("A multiple-choice question needs one right answer marked with '='."));
    }
    return true;
}

bool QuestionParser::parseShortAnswer(Span content, bool inSentence)
{
    for (const Item &item : split(content, u"=")) {
        if (item.marker.isNull()) {
            return fail(
                m_src.trimmed(item.body).begin,
                tr("'%1' needs '=' in front of it to be an answer.").arg(textOf(item.body)));
        }
        Answer answer;
        if (!parseAnswer(item, 1.0, answer))
            return false;
        m_question.answers.append(answer);
    }
    m_question.type = inSentence ? QuestionType::MissingWord : QuestionType::ShortAnswer;
    return true;
}

bool QuestionParser::parseTrueFalse(Span content)
{
    // "{TRUE#for a wrong answer#for a right answer}"; the second part may itself hold '#'.
    const int first = m_src.find(u'#', content);
    const int second = first < 0 ? -1 : m_src.find(u'#', {first + 1, content.end});
    const Span word{content.begin, first < 0 ? content.end : first};
    const QString wrong
        = first < 0 ? QString() : textOf({first + 1, second < 0 ? content.end : second});
    const QString right = second < 0 ? QString() : textOf({second + 1, content.end});

    m_question.type = QuestionType::TrueFalse;
    m_question.trueFalseAnswer = m_src.text(m_src.trimmed(word)).front().toUpper() == u'T';
    m_question.trueFeedback = m_question.trueFalseAnswer ? right : wrong;
    m_question.falseFeedback = m_question.trueFalseAnswer ? wrong : right;
    return true;
}

bool QuestionParser::parseMatching(Span content)
{
    int items = 0;
    for (const Item &item : split(content, u"=")) {
        if (item.marker.isNull()) {
            return fail(
                m_src.trimmed(item.body).begin,
                tr("'%1' needs '=' in front of it to be a matching pair.").arg(textOf(item.body)));
        }
        const int arrow = m_src.find(u"->", item.body);
        if (arrow < 0)
            return fail(item.at, tr("Matching pairs need '->' between the item and its match."));
        Answer answer;
        answer.text = textOf({item.body.begin, arrow});
        answer.matchText = m_src.text(m_src.trimmed({arrow + 2, item.body.end}));
        if (answer.matchText.isEmpty())
            return fail(arrow, tr("Nothing follows '->' in this matching pair."));
        if (!answer.text.isEmpty())
            ++items;
        m_question.answers.append(answer);
    }
    if (items < 2)
        return fail(m_open, tr("A matching question needs at least two pairs."));
    m_question.type = QuestionType::Matching;
    return true;
}

bool QuestionParser::parseNumerical(Span content)
{
    const int tilde = m_src.find(u'~', content);
    const Span wrong{tilde + 1, content.end};
    if (tilde >= 0)
        content.end = tilde;
    for (const Item &item : split(content, u"=")) {
        Span body = item.body;
        double weight = 1.0;
        if (!takeWeight(body, weight))
            return false;
        const int hash = m_src.find(u'#', body);
        const Span number = m_src.trimmed({body.begin, hash < 0 ? body.end : hash});
        Answer answer;
        answer.weight = weight;
        if (hash >= 0)
            answer.feedback = textOf({hash + 1, body.end});
        if (number.isEmpty())
            return fail(item.at, tr("A numerical answer is empty."));
        if (!parseNumber(number, answer))
            return false;
        m_question.answers.append(answer);
    }
    if (m_question.answers.isEmpty())
        return fail(m_open, tr("A numerical question needs a number after '#'."));
    if (tilde >= 0) {
        Answer other; // Moodle's "~#feedback": any other number, no credit
        other.text = QStringLiteral("*");
        if (const int hash = m_src.find(u'#', wrong); hash >= 0)
            other.feedback = textOf({hash + 1, wrong.end});
        m_question.answers.append(other);
    }
    m_question.type = QuestionType::Numerical;
    return true;
}

// "2.5", "2.5:0.5" (value and tolerance), "1..5" (a range) or "*" (any number).
bool QuestionParser::parseNumber(Span span, Answer &answer)
{
    answer.text = m_src.text(span);
    if (answer.text == u"*")
        return true;
    const auto number = [this](Span part, double &out) {
        part = m_src.trimmed(part);
        const auto value = toNumber(m_src.text(part));
        if (!value) {
            return fail(part.begin,
                        tr("Numerical answer '%1' is not a number.").arg(m_src.text(part)));
        }
        out = *value;
        return true;
    };

    if (const int dots = m_src.find(u"..", span); dots > span.begin) {
        if (!number({span.begin, dots}, answer.rangeMin)
            || !number({dots + 2, span.end}, answer.rangeMax)) {
            return false;
        }
        if (answer.rangeMin > answer.rangeMax)
            return fail(span.begin,
                        tr("The range '%1' starts above where it ends.").arg(answer.text));
        answer.isRange = true;
        answer.value = (answer.rangeMin + answer.rangeMax) / 2;
        answer.tolerance = (answer.rangeMax - answer.rangeMin) / 2;
        return true;
    }
    const int colon = m_src.find(u':', span);
    if (!number({span.begin, colon < 0 ? span.end : colon}, answer.value))
        return false;
    if (colon >= 0) {
        if (!number({colon + 1, span.end}, answer.tolerance))
            return false;
        if (answer.tolerance < 0)
            return fail(colon + 1, tr("The tolerance after ':' can't be negative."));
    }
    answer.rangeMin = answer.value - answer.tolerance;
    answer.rangeMax = answer.value + answer.tolerance;
    return true;
}

// Like Moodle: the question text, cut to a readable length, when the file gives no name.
QString QuestionParser::derivedName() const
{
    QString text = m_question.text;
    if (!m_question.textAfter.isEmpty())
        text += QStringLiteral(" _____ ") + m_question.textAfter;
    QString plain;
    plain.reserve(text.size());
    bool inTag = false;
    for (QChar c : std::as_const(text)) {
        if (m_question.format == TextFormat::Html && (c == u'<' || c == u'>'))
            inTag = c == u'<';
        else if (!inTag)
            plain.append(c);
    }
    plain = plain.simplified();
    constexpr int maxLength = 80;
    if (plain.size() > maxLength) {
        plain.truncate(maxLength - 1);
        const int space = int(plain.lastIndexOf(u' '));
        if (space > maxLength / 2)
            plain.truncate(space);
        plain.append(u'…');
    }
    if (plain.isEmpty())
        return tr("Question on line %1").arg(m_question.line);
    return plain;
}

// Splits the file into questions and hands each to QuestionParser; knows about lines,
// blank lines, comments and categories, nothing about answers.
class FileParser
{
public:
    explicit FileParser(const QString &text);
    GiftParseResult run();

private:
    static bool isComment(QStringView trimmed) { return trimmed.startsWith(u"//"); }
    bool blankLineContinuesBlock(int index) const;
    void startOrContinue(int index);
    void flush();
    void readDirective(int index, QStringView trimmed);
    void dropPendingDirective(const QString &message);
    void error(int line, int column, const QString &message);

    QString m_text;
    std::vector<QStringView> m_lines;
    std::vector<int> m_nextContent; // for each line, the next non-blank non-comment one, or -1
    QString m_category;
    Source m_current;
    int m_currentLine = 0;
    bool m_inBlock = false;
    // A "// lectern: case-sensitive" line waiting for its question (line 0: none), and the one
    // the current question took.
    Position m_pendingDirective;
    Position m_currentDirective;
    GiftParseResult m_result;
};

FileParser::FileParser(const QString &text)
    : m_text(text)
{
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_text.replace(u'\r', u'\n');

    const QStringView all(m_text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        m_lines.push_back(all.mid(start, end - start));
        start = end + 1;
    }
    m_nextContent.assign(m_lines.size() + 1, -1);
    for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
        const QStringView trimmed = m_lines[size_t(i)].trimmed();
        const bool content = !trimmed.isEmpty() && !isComment(trimmed);
        m_nextContent[size_t(i)] = content ? i : m_nextContent[size_t(i) + 1];
    }
}

GiftParseResult FileParser::run()
{
    for (int i = 0; i < int(m_lines.size()); ++i) {
        const QStringView trimmed = m_lines[size_t(i)].trimmed();
        if (trimmed.isEmpty()) {
            if (!blankLineContinuesBlock(i)) {
                flush();
                if (m_nextContent[size_t(i) + 1] >= 0) // else the end of the file reports it
                    dropPendingDirective(QCoreApplication::translate(
                        "lectern::QuestionParser",
                        "The directive '// lectern: case-sensitive' must stand "
                        "on the line directly before its question, with no "
                        "blank line between."));
            }
        } else if (isComment(trimmed)) {
            readDirective(i, trimmed);
        } else if (trimmed.startsWith(u"$CATEGORY:", Qt::CaseInsensitive)) {
            flush();
            dropPendingDirective(QCoreApplication::translate(
                "lectern::QuestionParser",
                "The directive '// lectern: case-sensitive' is not followed by a question."));
            Source category;
            category.appendLine(trimmed.mid(10), i + 1);
            m_category = category.text(category.all()).trimmed();
        } else {
            if (!m_current.isEmpty() && trimmed.startsWith(u"::")
                && trimmed.indexOf(u"::", 2) >= 0) {
                flush(); // a named question right after another one
            }
            startOrContinue(i);
            if (m_pendingDirective.line > 0) {
                m_currentDirective = m_pendingDirective;
                m_pendingDirective = {};
            }
        }
    }
    flush();
    dropPendingDirective(QCoreApplication::translate(
        "lectern::QuestionParser",
        "The directive '// lectern: case-sensitive' is not followed by a question."));
    return std::move(m_result);
}

void FileParser::readDirective(int index, QStringView trimmed)
{
    static const QRegularExpression directive(QStringLiteral("^//\\s*lectern\\s*:\\s*(.*?)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = directive.match(trimmed);
    if (!match.hasMatch())
        return; // an ordinary comment
    const int column = int(trimmed.data() - m_lines[size_t(index)].data()) + 1;
    if (match.capturedView(1).compare(u"case-sensitive", Qt::CaseInsensitive) != 0) {
        error(
            index + 1, column,
            QCoreApplication::translate("lectern::QuestionParser",
                                        "Unknown Lectern directive '%1'. The one Lectern knows is "
                                        "'// lectern: case-sensitive'.")
                .arg(match.captured(1)));
        return;
    }
    m_pendingDirective = {index + 1, column};
}

void FileParser::dropPendingDirective(const QString &message)
{
    if (m_pendingDirective.line > 0)
        error(m_pendingDirective.line, m_pendingDirective.column, message);
    m_pendingDirective = {};
}

void FileParser::error(int line, int column, const QString &message)
{
    m_result.errors.append({line, column, message});
}

bool FileParser::blankLineContinuesBlock(int index) const
{
    if (!m_inBlock)
        return false;
    const int next = m_nextContent[size_t(index) + 1];
    if (next < 0)
        return false;
    const QStringView line = m_lines[size_t(next)].trimmed();
    return QStringView(u"=~#}").contains(line.front());
}

void FileParser::startOrContinue(int index)
{
    if (m_current.isEmpty())
        m_currentLine = index + 1;
    const int from = m_current.size();
    m_current.appendLine(m_lines[size_t(index)], index + 1);
    for (int i = from; i < m_current.size(); ++i) {
        if (m_current.isSyntax(i, u'{'))
            m_inBlock = true;
        else if (m_current.isSyntax(i, u'}'))
            m_inBlock = false;
    }
}

void FileParser::flush()
{
    if (!m_current.isEmpty()) {
        QuestionParser parser(m_current, m_currentLine, m_category);
        if (!parser.parse()) {
            m_result.errors.append(parser.error());
        } else if (m_currentDirective.line == 0) {
            m_result.questions.append(parser.question());
        } else {
            Question question = parser.question();
            const bool typed = question.type == QuestionType::ShortAnswer
                || (question.type == QuestionType::MissingWord && !offersChoices(question));
            if (typed) {
                question.caseSensitive = true;
                m_result.questions.append(question);
            } else {
                error(m_currentDirective.line, m_currentDirective.column,
                      QCoreApplication::translate(
                          "lectern::QuestionParser",
                          "The directive '// lectern: case-sensitive' applies only to short "
                          "answers and missing words to type, not to the question on line %1.")
                          .arg(m_currentLine));
            }
        }
    }
    m_current = Source();
    m_currentDirective = {};
    m_inBlock = false;
}

} // namespace

GiftParseResult GiftParser::parse(const QString &text)
{
    return FileParser(text).run();
}

} // namespace lectern
