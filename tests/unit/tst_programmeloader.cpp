// The content loader on the bundled programme and on broken copies of a small one: what a
// faculty member would see when a file is wrong.

#include "content/programmeloader.h"
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
