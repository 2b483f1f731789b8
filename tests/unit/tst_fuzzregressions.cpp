// Every input the fuzzers once broke a decoder with (tests/fuzz/regressions/<target>/, see
// docs/fuzzing.md) replayed through the same decoder in the normal build, where it must now be
// refused with a reason the user can read, or accepted when it is valid after all. Each input
// has a row below saying which and why; an input committed without a row fails the suite, so a
// finding cannot be saved and forgotten. The committed seed corpus is replayed too: under the
// asan preset this runs every seed through ASan and UBSan without clang.

#include "content/jsonlineindex.h"
#include "media/webvtt.h"
#include "quiz/giftparser.h"
#include "support/largeinputs.h"
#include "support/testpaths.h"
#include "sync/catalogcodec.h"
#include "sync/mediacodec.h"
#include "sync/quizcodec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace lectern;

namespace {

// What a decoder made of an input: accepted, or refused with an error code and a message.
struct Outcome
{
    bool accepted = false;
    QString code;
    QString message;
};

template<typename T>
Outcome outcomeOf(const Result<T> &result)
{
    if (result)
        return {true, {}, {}};
    return {false, result.error().code, result.error().message};
}

Outcome refusedAsNotJson()
{
    return {false, QStringLiteral("not_json"), QStringLiteral("The bytes are not JSON.")};
}

std::optional<QJsonDocument> parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

// The catalog client decodes a page, then each change's data by its kind (CatalogRepository);
// a bare course, programme or change is decoded as what its keys say it is.
Outcome decodeCatalog(const QByteArray &bytes)
{
    const std::optional<QJsonDocument> document = parseJson(bytes);
    if (!document || !document->isObject())
        return refusedAsNotJson();
    const QJsonObject json = document->object();
    if (json.contains(QStringLiteral("changes"))) {
        const Result<CatalogPage> page = codec::pageFromJson(json);
        if (!page)
            return outcomeOf(page);
        for (const CatalogChange &change : page.value().changes) {
            if (change.op == ChangeOp::Delete)
                continue;
            const Outcome data = change.kind == ChangeKind::Programme
                ? outcomeOf(codec::programmeFromJson(change.data))
                : change.kind == ChangeKind::Course
                ? outcomeOf(codec::courseFromJson(change.data))
                : outcomeOf(codec::enrolmentFromJson(change.data));
            if (!data.accepted)
                return data;
        }
        return {true, {}, {}};
    }
    if (json.contains(QStringLiteral("weeks")))
        return outcomeOf(codec::courseFromJson(json));
    if (json.contains(QStringLiteral("trimesters")))
        return outcomeOf(codec::programmeFromJson(json));
    if (json.contains(QStringLiteral("programme_id")))
        return outcomeOf(codec::enrolmentFromJson(json));
    return outcomeOf(codec::changeFromJson(json));
}

// Quizzes, questions, settings, results and attempt events by their keys; a list is responses
// to a quiz of four questions, as fuzz_quiz reads it.
Outcome decodeQuiz(const QByteArray &bytes)
{
    const std::optional<QJsonDocument> document = parseJson(bytes);
    if (!document)
        return refusedAsNotJson();
    if (document->isArray())
        return outcomeOf(codec::responsesFromJson(document->array(), 4));
    const QJsonObject json = document->object();
    if (json.contains(QStringLiteral("questions")))
        return outcomeOf(codec::quizFromJson(json));
    if (json.contains(QStringLiteral("answers")))
        return outcomeOf(codec::questionFromJson(json));
    if (json.contains(QStringLiteral("responses"))) {
        const Result<codec::AttemptEvent> event = codec::attemptEventFromJson(json);
        if (!event)
            return outcomeOf(event);
        return outcomeOf(codec::responsesFromJson(event.value().responses, 4));
    }
    if (json.contains(QStringLiteral("status")))
        return outcomeOf(codec::attemptResultFromJson(json));
    return outcomeOf(codec::quizSettingsFromJson(json));
}

const QUrl kServer(QStringLiteral("https://lectern.example:8443/api/v1/lectures/L1/media"));

Outcome decode(const QString &target, const QByteArray &bytes)
{
    if (target == u"gift") {
        const GiftParseResult result = GiftParser::parse(QString::fromUtf8(bytes));
        if (result.errors.isEmpty())
            return {true, {}, {}};
        return {false, QStringLiteral("gift"), result.errors.first().message};
    }
    if (target == u"webvtt")
        return outcomeOf(WebVttParser::parse(bytes));
    if (target == u"catalog")
        return decodeCatalog(bytes);
    if (target == u"quiz")
        return decodeQuiz(bytes);
    if (target == u"media") {
        const std::optional<QJsonDocument> document = parseJson(bytes);
        if (!document || !document->isObject())
            return refusedAsNotJson();
        return outcomeOf(codec::lectureMediaFromJson(document->object(), kServer));
    }
    if (target == u"jsonlineindex") {
        // No errors to give: any bytes index, and every line named is one the file has.
        const JsonLineIndex index(bytes);
        const int lines = int(bytes.count('\n')) + 1;
        for (const QString &path : {QString(), QStringLiteral("/a/0/b"), QStringLiteral("/0")}) {
            const int line = index.lineOf(path);
            if (line < 1 || line > lines)
                return {false, QStringLiteral("bad_line"), QString::number(line)};
        }
        return {true, {}, {}};
    }
    qFatal("no decoder for fuzz target %s", qPrintable(target));
}

QString fuzzDir()
{
    return testing::sourceDir() + QStringLiteral("/tests/fuzz");
}

// "target/file" for every file under tests/fuzz/<kind>/<target>/.
QStringList inputsUnder(const QString &kind)
{
    QStringList inputs;
    const QDir root(fuzzDir() + u'/' + kind);
    for (const QString &target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &file : QDir(root.filePath(target)).entryList(QDir::Files, QDir::Name))
            inputs.append(target + u'/' + file);
    }
    return inputs;
}

QByteArray readInput(const QString &kind, const QString &input)
{
    QFile file(fuzzDir() + u'/' + kind + u'/' + input);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

enum class Expect { Refused, Accepted };

struct Regression
{
    const char *input; // target/file under tests/fuzz/regressions
    Expect expect;
    const char *code; // the error code when refused
    const char *why; // what the input does that once broke the decoder
    // A bug found but not fixed yet: the row is an expected failure until it is, and turns into
    // an unexpected pass (a failure) once fixed, so that this note is then taken away.
    const char *knownBug = nullptr;
};

// One row per committed regression input.
const Regression kRegressions[] = {
    // Sizes and counts far beyond an int or qint64: converting such a double is undefined
    // behaviour (UBSan: "outside the range of representable values").
    {"catalog/change_seq_2_63.json", Expect::Refused, "malformed_catalog",
     "a change whose seq is 2^63, one past qint64"},
    {"catalog/course_duration_1e300.json", Expect::Refused, "malformed_catalog",
     "a lecture lasting 1e300 seconds"},
    {"catalog/course_question_count_minus_3e9.json", Expect::Refused, "malformed_catalog",
     "a quiz of -3e9 questions"},
    {"catalog/course_week_number_2_31.json", Expect::Refused, "malformed_catalog",
     "week 2^31 and a live session of 1e20 minutes"},
    {"catalog/page_seq_minus_1e300.json", Expect::Refused, "malformed_catalog",
     "fuzz_catalog's first finding: a change whose seq is -1e300"},
    {"catalog/programme_total_courses_1e19.json", Expect::Refused, "malformed_catalog",
     "a programme of 1e19 courses with a trimester in year -1e300"},
    {"media/file_size_1e300.json", Expect::Refused, "malformed_media",
     "a media file of 1e300 bytes"},
    {"media/file_sizes_overflow_total.json", Expect::Refused, "malformed_media",
     "two files whose sizes overflow qint64 when the download page adds them up"},
    // Paths that QUrl resolves outside the lecture's folder on the server.
    {"media/captions_file_scheme.json", Expect::Refused, "malformed_media",
     "captions at 'file:/etc/passwd', a local file the player would open"},
    {"media/master_percent_encoded_dots.json", Expect::Refused, "malformed_media",
     "a master playlist at '%2e%2e/%2e%2e/admin/…', which QUrl decodes to '../../admin/…'"},
    {"media/master_with_scheme.json", Expect::Refused, "malformed_media",
     "a master playlist at 'http:evil.example/x.m3u8', a URL of its own"},
    // Quadratic memory: every value's full path was stored, so each of 4096 list items kept its
    // own copy of the 8 KiB key above it; longJsonKeysIndexInLinearMemory scales it up.
    {"jsonlineindex/long_key_over_long_list.json", Expect::Accepted, "",
     "an 8 KiB key over 4096 list items: 64 MiB of paths for a 16 KiB file"},
    // Quadratic time: every '<' searched the rest of the text for '>' and a line break, and
    // every '&' for ';'. The captions are fine; longCaptionLinesParseInLinearTime times them.
    {"webvtt/cue_lines_of_32k_lt_and_amp.vtt", Expect::Accepted, "",
     "a cue of 32 768 '<' and 32 768 '&', which took seconds instead of milliseconds"},
    // Times that ISO 8601 allows but UTC pushes past year 9999, where QDateTime::toString()
    // gives "": the encoder then writes a valid time as "no time" (fuzz_quiz's round trip).
    {"quiz/event_finished_after_year_9999_utc.json", Expect::Refused, "malformed_quiz",
     "an attempt finished at 9999-12-31T23:59:59.999-14:00"},
    {"quiz/result_started_after_year_9999_utc.json", Expect::Refused, "malformed_quiz",
     "a result started at 9999-12-31T23:59:59-14:00"},
    // A matching answer's index of 2e75: the decoder noted the error, then still converted
    // the number to int (UBSan, found by fuzz_quiz in CI).
    {"quiz/response_match_index_2e75.json", Expect::Refused, "malformed_quiz",
     "a matching response whose first choice is 2e75"},
};

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRegressionInputHasARow();
    void regressionInputsGiveASensibleResult_data();
    void regressionInputsGiveASensibleResult();
    void longCaptionLinesParseInLinearTime();
    void longJsonKeysIndexInLinearMemory();
    void seedCorpusDecodesWithoutCrashing_data();
    void seedCorpusDecodesWithoutCrashing();
};

void TestFuzzRegressions::everyRegressionInputHasARow()
{
    // Bad input: a crash input committed under regressions/ without saying what it must give.
    QSet<QString> rows;
    for (const Regression &regression : kRegressions)
        rows.insert(QString::fromLatin1(regression.input));
    const QStringList inputs = inputsUnder(QStringLiteral("regressions"));
    QVERIFY(!inputs.isEmpty());
    for (const QString &input : inputs)
        QVERIFY2(rows.contains(input),
                 qPrintable(input + QStringLiteral(" has no row in kRegressions")));
    for (const QString &row : std::as_const(rows))
        QVERIFY2(inputs.contains(row),
                 qPrintable(row + QStringLiteral(" is listed but not committed")));
}

void TestFuzzRegressions::regressionInputsGiveASensibleResult_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("knownBug");
    for (const Regression &regression : kRegressions) {
        QTest::newRow(regression.input)
            << QString::fromLatin1(regression.input) << (regression.expect == Expect::Accepted)
            << QString::fromLatin1(regression.code) << QString::fromLatin1(regression.knownBug);
    }
}

void TestFuzzRegressions::regressionInputsGiveASensibleResult()
{
    // Bad input: each row's file; the comment in kRegressions says what it does.
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, code);
    QFETCH(QString, knownBug);
    const QString target = input.section(u'/', 0, 0);
    const Outcome outcome = decode(target, readInput(QStringLiteral("regressions"), input));
    if (!knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownBug), Abort);
    QCOMPARE(outcome.accepted, accepted);
    if (!accepted) {
        QCOMPARE(outcome.code, code);
        QVERIFY(!outcome.message.trimmed().isEmpty());
    }
}

void TestFuzzRegressions::longCaptionLinesParseInLinearTime()
{
    // Bad input: the webvtt regression's cue text repeated to 1 MiB, a damaged or hostile
    // caption file. Quadratic parsing took minutes on it (this test's timeout now) and froze
    // whatever waited for the captions; bench/parsers.cpp measures the linear parser.
    const Result<WebVttDocument> parsed = WebVttParser::parse(testing::captionsOfLongCue());
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value().cues.size(), 1);
}

void TestFuzzRegressions::longJsonKeysIndexInLinearMemory()
{
    // Bad input: valid JSON of 300 kB, one 100 000-character key over a list of 100 000 numbers,
    // as a hostile or broken course or media manifest could be. Storing each item's whole path
    // took 3 GB and 16 s (or killed the importer); the index now grows with the file
    // (bench/parsers.cpp measures it).
    const QByteArray key(100000, 'k');
    const JsonLineIndex index(testing::jsonOfLongKey(key));
    QCOMPARE(
        index.lineOf(QStringLiteral("/") + QString::fromLatin1(key) + QStringLiteral("/99999")), 3);
    QCOMPARE(index.lineOf(QStringLiteral("/after")), 5);
}

void TestFuzzRegressions::seedCorpusDecodesWithoutCrashing_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs = inputsUnder(QStringLiteral("corpus"));
    QVERIFY(inputs.size() >= 30);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input;
}

void TestFuzzRegressions::seedCorpusDecodesWithoutCrashing()
{
    // Bad input: the seeds include truncated, mistyped and out-of-range files on purpose; each
    // must be read to an answer, and a refusal must say why.
    QFETCH(QString, input);
    const Outcome outcome
        = decode(input.section(u'/', 0, 0), readInput(QStringLiteral("corpus"), input));
    if (!outcome.accepted)
        QVERIFY2(!outcome.message.trimmed().isEmpty(), qPrintable(outcome.code));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
