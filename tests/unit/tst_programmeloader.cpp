// The content loader on the bundled programme and on broken copies of a small one: what a
// faculty member would see when a file is wrong.

#include "content/programmeloader.h"
#include "quiz/grading.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace lectern;

namespace {

QString demoDir()
{
    return testing::demoProgrammeDir();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target)) {
            return false;
        }
    }
    return true;
}

void replaceInFile(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(text.indexOf(before), before.size(), after);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

int lineOf(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return -1;
}

} // namespace

class TestProgrammeLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoProgrammeLoadsCompletely();
    void demoCoursesMatchTheProgrammeList();
    void trimesterOneLecturesHaveTheirOwnQuizzes();
    void trimesterOneQuizzesShowEveryQuestionType();
    void demoQuizSettingsReachTheLectures();
    void lectureQuizSettingsOverrideTheCourseKeyByKey();
    void brokenContentNamesFileAndLine_data();
    void brokenContentNamesFileAndLine();
    void missingFolderIsAnError();
};

void TestProgrammeLoader::demoProgrammeLoadsCompletely()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoDir());
    QStringList errors;
    for (const ContentError &error : outcome.errors)
        errors.append(error.toString());
    QVERIFY2(outcome.isOk(), qPrintable(errors.join(u'\n')));
    const ProgrammeContent &content = outcome.content;
    QCOMPARE(content.courses.size(), 27);
    double units = 0;
    for (const Course &course : content.courses)
        units += course.units;
    QCOMPARE(units, 33.0);
    QCOMPARE(content.programme.trimesters.size(), 9);
    QCOMPARE(content.programme.domains.size(), 4);
    for (const Trimester &trimester : content.programme.trimesters)
        QVERIFY(trimester.entries.size() >= 2 && trimester.entries.size() <= 3);
}

void TestProgrammeLoader::demoCoursesMatchTheProgrammeList()
{
    // Codes, titles and units exactly as the programme lists them (shared/programme.txt);
    // PAIN-711's units are not stated there: 33 stated units minus the other 26 courses' 30.
    struct Expected
    {
        const char *code;
        const char *title;
        double units;
    };
    const Expected expected[] = {
        {"PAIN-701", "Pharmacotherapeutics for Pain", 2},
        {"PAIN-702", "Pain Classification and Diagnosis – Part 1", 2},
        {"PAIN-703", "Psychological Aspects of the Pain Experience: Individual and Family", 2},
        {"PAIN-704", "Pain and Society: Epidemiology and Cultural issues", 1},
        {"PAIN-705", "Pain Assessment: History and Physical Examination", 1},
        {"PAIN-708", "Opioids", 1},
        {"PAIN-709", "Pain Classification and Diagnosis – Part 2", 2},
        {"PAIN-710", "Advanced Pain Physiology and Neuroscience", 1},
        {"PAIN-711", "Research Methodology", 3},
        {"PAIN-712a", "Pain Medicine Capstone", 0.5},
        {"PAIN-713a", "Case Studies", 0.5},
        {"PAIN-712b", "Pain Medicine Capstone", 0.5},
        {"PAIN-713b", "Case Studies", 0.5},
        {"PAIN-712c", "Pain Medicine Capstone", 0.5},
        {"PAIN-713c", "Case Studies", 0.5},
        {"PAIN-712d", "Pain Medicine Capstone", 0.5},
        {"PAIN-713d", "Case Studies", 0.5},
        {"PAIN-714", "Public policy and Legal issues", 1},
        {"PAIN-715", "History of Pain: Theory and Treatment", 1},
        {"PAIN-716", "Neuropathic pain", 1},
        {"PAIN-717", "Psychological Aspects of Chronic Pain", 2},
        {"PAIN-718", "Complementary Approaches", 2},
        {"PAIN-719", "Elective 1 Building a practice: Institutional or private", 1},
        {"PAIN-720", "Physical & Occupational Therapies", 1},
        {"PAIN-721", "Elective 2 Advanced Therapeutics", 2},
        {"PAIN-722", "Elective 1 Palliative Care in end of life", 1},
        {"PAIN-723", "Elective 2 Orofacial Pain and Headache", 2},
    };
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoDir());
    QVERIFY(outcome.isOk());
    QCOMPARE(outcome.content.courses.size(), qsizetype(std::size(expected)));
    for (const Expected &row : expected) {
        const auto course
            = std::find_if(outcome.content.courses.begin(), outcome.content.courses.end(),
                           [&row](const Course &c) { return c.code == QLatin1String(row.code); });
        QVERIFY2(course != outcome.content.courses.end(), row.code);
        QCOMPARE(course->title, QString::fromUtf8(row.title));
        QCOMPARE(course->units, row.units);
    }
}

void TestProgrammeLoader::trimesterOneLecturesHaveTheirOwnQuizzes()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoDir());
    QVERIFY(outcome.isOk());
    const Trimester &first = outcome.content.programme.trimesters.first();
    int lectures = 0;
    for (const Course &course : outcome.content.courses) {
        if (!first.entries.contains(course.code))
            continue;
        for (const Week &week : course.weeks) {
            QVERIFY(week.lectures.size() >= 2 && week.lectures.size() <= 4);
            for (const Lecture &lecture : week.lectures) {
                ++lectures;
                const QList<Question> questions = outcome.content.quizzes.value(lecture.id);
                QVERIFY2(questions.size() >= 5, qPrintable(lecture.id));
                QSet<QuestionType> types;
                for (const Question &question : questions)
                    types.insert(question.type);
                QVERIFY2(types.contains(QuestionType::MultipleChoice), qPrintable(lecture.id));
                QVERIFY2(types.contains(QuestionType::ShortAnswer), qPrintable(lecture.id));
                QVERIFY2(types.contains(QuestionType::MissingWord), qPrintable(lecture.id));
            }
        }
    }
    QVERIFY(lectures >= 6);
}

namespace {

const Lecture *findLecture(const ProgrammeContent &content, const QString &id)
{
    for (const Course &course : content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                if (lecture.id == id)
                    return &lecture;
            }
        }
    }
    return nullptr;
}

} // namespace

// The demo is what a learner tries first: between them, the first trimester's quizzes must
// show every kind of question Lectern grades, with the features that make each one special.
void TestProgrammeLoader::trimesterOneQuizzesShowEveryQuestionType()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoDir());
    QVERIFY(outcome.isOk());
    const Trimester &first = outcome.content.programme.trimesters.first();
    QSet<QString> seen;
    for (const Course &course : outcome.content.courses) {
        if (!first.entries.contains(course.code))
            continue;
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                for (const Question &q : outcome.content.quizzes.value(lecture.id)) {
                    seen.insert(questionTypeName(q.type));
                    const auto any = [&q](auto predicate) {
                        return std::any_of(q.answers.cbegin(), q.answers.cend(), predicate);
                    };
                    if (q.type == QuestionType::MultipleAnswer
                        && any([](const Answer &a) { return a.weight < 0; }))
                        seen.insert(QStringLiteral("negative weight"));
                    if (q.type == QuestionType::ShortAnswer
                        && any([](const Answer &a) { return a.text.contains(u'*'); }))
                        seen.insert(QStringLiteral("wildcard"));
                    if (q.caseSensitive)
                        seen.insert(QStringLiteral("case-sensitive"));
                    if (q.type == QuestionType::MissingWord)
                        seen.insert(offersChoices(q) ? QStringLiteral("missing word, choices")
                                                     : QStringLiteral("missing word, typed"));
                    if (q.type == QuestionType::Numerical) {
                        if (any([](const Answer &a) { return a.isRange; }))
                            seen.insert(QStringLiteral("numerical range"));
                        if (any([](const Answer &a) { return !a.isRange && a.tolerance > 0; }))
                            seen.insert(QStringLiteral("numerical tolerance"));
                    }
                }
            }
        }
    }
    for (const char *feature : {"multiple_choice", "multiple_answer", "true_false", "short_answer",
                                "missing_word", "numerical", "matching", "negative weight",
                                "wildcard", "case-sensitive", "missing word, choices",
                                "missing word, typed", "numerical range", "numerical tolerance"}) {
        QVERIFY2(seen.contains(QLatin1String(feature)), feature);
    }
}

void TestProgrammeLoader::demoQuizSettingsReachTheLectures()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoDir());
    QVERIFY(outcome.isOk());
    // PAIN-715: timed at ten minutes, questions shuffled; the rest stays at the defaults.
    const Lecture *timed = findLecture(outcome.content, QStringLiteral("PAIN-715-w2-l1"));
    QVERIFY(timed);
    QuizSettings expected;
    expected.timeLimitMinutes = 10;
    expected.shuffleQuestions = true;
    QVERIFY(timed->quiz.settings == expected);
    // PAIN-705: two attempts, answers after the last one.
    const Lecture *limited = findLecture(outcome.content, QStringLiteral("PAIN-705-w1-l1"));
    QVERIFY(limited);
    QCOMPARE(limited->quiz.settings.attemptsAllowed, 2);
    QCOMPARE(limited->quiz.settings.showAnswers, AnswerVisibility::AfterLastAttempt);
    QCOMPARE(limited->quiz.settings.timeLimitMinutes, 0);
    // A course without quiz_settings has the documented defaults.
    const Lecture *plain = findLecture(outcome.content, QStringLiteral("PAIN-704-w1-l1"));
    QVERIFY(plain);
    QVERIFY(plain->quiz.settings == QuizSettings{});
}

void TestProgrammeLoader::lectureQuizSettingsOverrideTheCourseKeyByKey()
{
    QTemporaryDir dir;
    QVERIFY(copyTree(demoDir(), dir.path()));
    const QString file = dir.filePath(QStringLiteral("courses/PAIN-704.json"));
    replaceInFile(file, QStringLiteral("\"unlock_threshold\": 0.9,"),
                  QStringLiteral("\"unlock_threshold\": 0.9, \"quiz_settings\": {\"pass_mark\": "
                                 "0.8, \"time_limit_minutes\": 20, \"closes_at\": "
                                 "\"2026-12-01T23:59:00+01:00\"},"));
    replaceInFile(file, QStringLiteral("\"quiz\": \"quizzes/PAIN-704/w1-l2.gift\""),
                  QStringLiteral("\"quiz\": \"quizzes/PAIN-704/w1-l2.gift\", \"quiz_settings\": "
                                 "{\"time_limit_minutes\": 0, \"layout\": \"all_on_one_page\", "
                                 "\"closes_at\": null}"));
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(dir.path());
    QVERIFY2(outcome.isOk(), qPrintable(outcome.errors.value(0).toString()));

    const QuizSettings course
        = findLecture(outcome.content, QStringLiteral("PAIN-704-w1-l1"))->quiz.settings;
    QCOMPARE(course.passMark, 0.8);
    QCOMPARE(course.timeLimitMinutes, 20);
    QCOMPARE(course.closesAt, QDateTime(QDate(2026, 12, 1), QTime(22, 59), Qt::UTC));
    QCOMPARE(course.layout, QuizLayout::OnePerPage);

    // The lecture names three keys; the pass mark still comes from the course.
    const QuizSettings lecture
        = findLecture(outcome.content, QStringLiteral("PAIN-704-w1-l2"))->quiz.settings;
    QCOMPARE(lecture.passMark, 0.8);
    QCOMPARE(lecture.timeLimitMinutes, 0);
    QCOMPARE(lecture.layout, QuizLayout::AllOnOnePage);
    QVERIFY(!lecture.closesAt.isValid()); // null clears the course's close date
}

void TestProgrammeLoader::brokenContentNamesFileAndLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("lineMarker"); // text on the line the error must name
    QTest::addColumn<QString>("reason");

    QTest::newRow("json syntax") << "courses/PAIN-704.json"
                                 << "\"units\": 1,"
                                 << "\"units\": 1,,"
                                 << "\"units\""
                                 << "not valid JSON";
    QTest::newRow("unknown key") << "courses/PAIN-705.json"
                                 << "\"units\": 1,"
                                 << "\"units\": 1, \"unitz\": 2,"
                                 << "\"unitz\""
                                 << "unknown key";
    QTest::newRow("bad weekday") << "courses/PAIN-715.json"
                                 << "\"weekday\": \"Wednesday\""
                                 << "\"weekday\": \"Wedensday\""
                                 << "Wedensday"
                                 << "weekday";
    QTest::newRow("bad time zone") << "courses/PAIN-704.json"
                                   << "\"time_zone\": \"America/Los_Angeles\""
                                   << "\"time_zone\": \"Mars/Olympus\""
                                   << "Mars/Olympus"
                                   << "time zone";
    QTest::newRow("missing quiz") << "courses/PAIN-704.json"
                                  << "\"quiz\": \"quizzes/PAIN-704/w1-l1.gift\""
                                  << "\"quiz\": \"quizzes/PAIN-704/nope.gift\""
                                  << "nope.gift"
                                  << "not found";
    // Quiz settings a faculty member could get wrong, each named on its line.
    const QString courseAnchor = QStringLiteral("\"unlock_threshold\": 0.9,");
    const auto courseSettings = [&courseAnchor](const QString &json) {
        return courseAnchor + QStringLiteral("\n    \"quiz_settings\": ") + json + u',';
    };
    QTest::newRow("pass mark as a percentage")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"pass_mark\": 70}")) << "\"quiz_settings\""
        << "pass_mark must be a number from 0 to 1";
    QTest::newRow("negative attempts")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"attempts_allowed\": -1}")) << "\"quiz_settings\""
        << "attempts_allowed must be a whole number";
    QTest::newRow("time limit as text")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"time_limit_minutes\": \"10\"}")) << "\"quiz_settings\""
        << "time_limit_minutes must be a whole number";
    QTest::newRow("unknown visibility")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"show_answers\": \"always\"}")) << "\"quiz_settings\""
        << "show_answers must be";
    QTest::newRow("misspelt settings key")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"time_limit\": 10}")) << "\"quiz_settings\""
        << "unknown key \"time_limit\"";
    QTest::newRow("close date without a zone")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"closes_at\": \"2026-12-01T23:59:00\"}"))
        << "\"quiz_settings\""
        << "ISO 8601 time with a time zone";
    QTest::newRow("closes before it opens")
        << "courses/PAIN-704.json" << courseAnchor
        << courseSettings(QStringLiteral("{\"opens_at\": \"2026-12-02T00:00:00Z\", "
                                         "\"closes_at\": \"2026-12-01T00:00:00Z\"}"))
        << "\"quiz_settings\""
        << "closes";
    QTest::newRow("settings not an object")
        << "courses/PAIN-704.json" << courseAnchor << courseSettings(QStringLiteral("\"strict\""))
        << "\"quiz_settings\""
        << "must be an object";
    QTest::newRow("bad lecture setting")
        << "courses/PAIN-704.json"
        << "\"quiz\": \"quizzes/PAIN-704/w1-l3.gift\""
        << "\"quiz\": \"quizzes/PAIN-704/w1-l3.gift\",\n\"quiz_settings\": "
           "{\"shuffle_questions\": \"yes\"}"
        << "shuffle_questions"
        << "\"shuffle_questions\" must be true or false";
    QTest::newRow("negative duration") << "courses/PAIN-705.json"
                                       << "\"duration_seconds\": "
                                       << "\"duration_seconds\": -"
                                       << "\"duration_seconds\": -"
                                       << "positive";
}

void TestProgrammeLoader::brokenContentNamesFileAndLine()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, lineMarker);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(copyTree(demoDir(), dir.path()));
    replaceInFile(dir.filePath(file), before, after);
    const int expectedLine = lineOf(dir.filePath(file), lineMarker);
    QVERIFY(expectedLine > 0);

    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(dir.path());
    QVERIFY(!outcome.isOk());
    QVERIFY(outcome.content.courses.isEmpty()); // nothing half-loaded
    bool named = false;
    for (const ContentError &error : outcome.errors) {
        if (error.file == file && error.reason.contains(reason)) {
            QCOMPARE(error.line, expectedLine);
            named = true;
        }
    }
    QVERIFY2(named, qPrintable(outcome.errors.first().toString()));
}

void TestProgrammeLoader::missingFolderIsAnError()
{
    const ProgrammeLoader::Outcome outcome
        = ProgrammeLoader::load(QStringLiteral("/nonexistent/lectern-programme"));
    QVERIFY(!outcome.isOk());
    QVERIFY(outcome.errors.first().reason.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestProgrammeLoader)
#include "tst_programmeloader.moc"
