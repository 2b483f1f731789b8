// The roster as faculty export it (core/roster/rostercsv) and as the client decodes it from the
// server (core/sync/rostercodec): RFC 4180 quoting, the guard against spreadsheet formulas in
// learner-chosen text, and a decoder that refuses anything but the documented shape.

#include "roster/rostercsv.h"
#include "sync/rostercodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lectern;

namespace {

QJsonObject lectureJson(const QString &id, bool hasQuiz)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("Lecture ") + id},
            {QStringLiteral("week"), 1},
            {QStringLiteral("duration_ms"), 60000},
            {QStringLiteral("has_quiz"), hasQuiz}};
}

// Two lectures, the first with a quiz, and one learner who watched part of the first.
QJsonObject rosterJson()
{
    return {
        {QStringLiteral("course"), QStringLiteral("PAIN-722")},
        {QStringLiteral("title"), QStringLiteral("Pain, Mind and Body")},
        {QStringLiteral("generated_at"), QStringLiteral("2026-11-26T09:00:00.000Z")},
        {QStringLiteral("lectures"),
         QJsonArray{lectureJson(QStringLiteral("L1"), true),
                    lectureJson(QStringLiteral("L2"), false)}},
        {QStringLiteral("learners"),
         QJsonArray{QJsonObject{
             {QStringLiteral("username"), QStringLiteral("ana")},
             {QStringLiteral("display_name"), QStringLiteral("Ana Núñez")},
             {QStringLiteral("watched_percent"), 25.5},
             {QStringLiteral("last_activity"), QStringLiteral("2026-11-25T18:30:00.000Z")},
             {QStringLiteral("lectures"),
              QJsonArray{QJsonObject{{QStringLiteral("lecture_id"), QStringLiteral("L1")},
                                     {QStringLiteral("watched"),
                                      QJsonArray{QJsonArray{0, 20000}, QJsonArray{40000, 50000}}},
                                     {QStringLiteral("watched_percent"), 51.0}},
                         QJsonObject{{QStringLiteral("lecture_id"), QStringLiteral("L2")},
                                     {QStringLiteral("watched"), QJsonArray{}},
                                     {QStringLiteral("watched_percent"), 0}}}},
             {QStringLiteral("quizzes"),
              QJsonArray{QJsonObject{{QStringLiteral("lecture_id"), QStringLiteral("L1")},
                                     {QStringLiteral("best_percent"), 75},
                                     {QStringLiteral("attempts"), 3},
                                     {QStringLiteral("counted_attempts"), 2}}}}}}},
    };
}

// Sets a value at a path of object keys and array indexes inside the roster JSON.
QJsonValue edited(const QJsonValue &value, QStringList path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = value.toArray();
        array.replace(index, edited(array.at(index), path, replacement));
        return array;
    }
    QJsonObject object = value.toObject();
    if (replacement.isUndefined() && path.isEmpty())
        object.remove(step);
    else
        object.insert(step, edited(object.value(step), path, replacement));
    return object;
}

} // namespace

class TestRosterCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsAreQuotedAsRfc4180Says_data();
    void cellsAreQuotedAsRfc4180Says();
    void formulasAreDefused_data();
    void formulasAreDefused();
    void wholeRosterHasOneRowPerLearner();
    void decodesTheDocumentedShape();
    void malformedRosterIsRefused_data();
    void malformedRosterIsRefused();
};

void TestRosterCsv::cellsAreQuotedAsRfc4180Says_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Ana") << QStringLiteral("Ana");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Núñez, Ana") << QStringLiteral("\"Núñez, Ana\"");
    QTest::newRow("quote") << QStringLiteral("Ana \"la jefa\"")
                           << QStringLiteral("\"Ana \"\"la jefa\"\"\"");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("quote only") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
}

// Bad input: names holding the characters that would split or break a CSV row: commas,
// quotes, line breaks.
void TestRosterCsv::cellsAreQuotedAsRfc4180Says()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(RosterCsv::cell(text), cell);
}

void TestRosterCsv::formulasAreDefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("hyperlink with a comma")
        << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
        << QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    QTest::newRow("= not first") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

// Bad input: display names a learner chose so that a spreadsheet opening the export runs them
// as formulas (CSV injection). Each gets a leading apostrophe and reads as text.
void TestRosterCsv::formulasAreDefused()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(RosterCsv::cell(text), cell);
}

void TestRosterCsv::wholeRosterHasOneRowPerLearner()
{
    const Result<CourseRoster> roster = codec::courseRosterFromJson(rosterJson());
    QVERIFY2(roster, qPrintable(roster ? QString() : roster.error().message));
    CourseRoster withAttacker = roster.value();
    RosterLearner attacker = withAttacker.learners.constFirst();
    attacker.username = QStringLiteral("mallory");
    attacker.displayName = QStringLiteral("=cmd|' /C calc'!A0");
    attacker.lastActivity = {};
    attacker.quizzes.clear();
    withAttacker.learners.append(attacker);

    const QByteArray csv = RosterCsv::toCsv(withAttacker);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM: spreadsheets read "Núñez" right
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(),
             qsizetype(4)); // header, two learners, and the empty text after the last CRLF
    QCOMPARE(lines.at(3), QString());
    QCOMPARE(lines.at(0),
             QStringLiteral("User name,Name,Course watched %,Last activity,L1 watched %,"
                            "L2 watched %,L1 quiz best %,L1 quiz attempts"));
    QCOMPARE(lines.at(1),
             QStringLiteral("ana,Ana Núñez,25.5,2026-11-25T18:30:00Z,51.0,0.0,75.0,3"));
    // No activity and no quiz entry: empty time, empty best, zero attempts.
    QCOMPARE(lines.at(2), QStringLiteral("mallory,'=cmd|' /C calc'!A0,25.5,,51.0,0.0,,0"));
}

void TestRosterCsv::decodesTheDocumentedShape()
{
    const Result<CourseRoster> decoded = codec::courseRosterFromJson(rosterJson());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    const CourseRoster &roster = decoded.value();
    QCOMPARE(roster.courseCode, QStringLiteral("PAIN-722"));
    QCOMPARE(roster.generatedAt, QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    QCOMPARE(roster.lectures.size(), qsizetype(2));
    QVERIFY(roster.lectures.at(0).hasQuiz);
    QCOMPARE(roster.lectures.at(1).durationMs, qint64(60000));
    const RosterLearner &ana = roster.learners.constFirst();
    QCOMPARE(ana.displayName, QStringLiteral("Ana Núñez"));
    QVERIFY(ana.lectures.at(0).watched.intervals()
            == (QList<Interval>{{0, 20000}, {40000, 50000}}));
    QVERIFY(ana.quizzes.at(0).bestPercent == 75.0);
    QCOMPARE(ana.quizzes.at(0).attempts, 3);
}

void TestRosterCsv::malformedRosterIsRefused_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value");
    const auto row = [](const char *name, const QString &path, const QJsonValue &value) {
        QTest::newRow(name) << path.split(u'/') << value;
    };
    row("no course code", QStringLiteral("course"), QJsonValue(QJsonValue::Undefined));
    row("learners not a list", QStringLiteral("learners"), QStringLiteral("all"));
    row("percent over 100", QStringLiteral("learners/0/watched_percent"), 250);
    row("percent negative", QStringLiteral("learners/0/lectures/0/watched_percent"), -1);
    row("percent not a number", QStringLiteral("learners/0/watched_percent"), QStringLiteral("50"));
    row("overlapping intervals", QStringLiteral("learners/0/lectures/0/watched"),
        QJsonArray{QJsonArray{0, 30000}, QJsonArray{20000, 40000}});
    row("reversed interval", QStringLiteral("learners/0/lectures/0/watched"),
        QJsonArray{QJsonArray{5000, 1000}});
    row("interval of text", QStringLiteral("learners/0/lectures/0/watched"),
        QJsonArray{QJsonArray{QStringLiteral("0"), 1000}});
    row("lectures out of order", QStringLiteral("learners/0/lectures/0/lecture_id"),
        QStringLiteral("L2"));
    row("a lecture missing", QStringLiteral("learners/0/lectures"),
        QJsonArray{rosterJson()
                       .value(QStringLiteral("learners"))
                       .toArray()
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("lectures"))
                       .toArray()
                       .at(0)});
    row("quiz of a lecture without one", QStringLiteral("learners/0/quizzes/0/lecture_id"),
        QStringLiteral("L2"));
    row("negative attempts", QStringLiteral("learners/0/quizzes/0/attempts"), -2);
    row("fractional attempts", QStringLiteral("learners/0/quizzes/0/attempts"), 1.5);
    row("more counted than made", QStringLiteral("learners/0/quizzes/0/counted_attempts"), 9);
    row("last activity not a time", QStringLiteral("learners/0/last_activity"),
        QStringLiteral("yesterday"));
    row("learner not an object", QStringLiteral("learners/0"), 7);
    row("duration negative", QStringLiteral("lectures/0/duration_ms"), -60000);
}

// Bad input: each way a server (or something in between) could send a roster that is not the
// documented one. The whole roster is refused with malformed_roster, never shown half-read.
void TestRosterCsv::malformedRosterIsRefused()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    const QJsonObject json = edited(rosterJson(), path, value).toObject();
    QVERIFY(json != rosterJson());
    const Result<CourseRoster> roster = codec::courseRosterFromJson(json);
    QVERIFY(!roster);
    QCOMPARE(roster.error().code, QStringLiteral("malformed_roster"));
}

QTEST_GUILESS_MAIN(TestRosterCsv)
#include "tst_rostercsv.moc"
