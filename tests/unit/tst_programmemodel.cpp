// The programme tree a learner browses: trimesters → courses → weeks → lectures and quizzes,
// checked with QAbstractItemModelTester on the real demo content.

#include "models/programmemodel.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {

CatalogSnapshot demoSnapshot()
{
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    CatalogSnapshot snapshot;
    snapshot.programme = outcome.content.programme;
    snapshot.courses = outcome.content.courses;
    snapshot.enrolment = {snapshot.programme.id,
                          QStringLiteral("learner"),
                          {{QStringLiteral("elective-1"), QStringLiteral("PAIN-722")}},
                          {}};
    snapshot.username = QStringLiteral("learner");
    return snapshot;
}

} // namespace

class TestProgrammeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeFollowsTheTrimesterPlan();
    void lecturesAreFollowedByTheirQuizzes();
    void unchosenElectiveIsMarked();
    void unchosenElectiveCannotBePlayedOrTaken();
    void resetIsAnnounced();
    void quizRowsFollowViewingProgress();
    void facultyAreNeverLockedOut();
};

void TestProgrammeModel::treeFollowsTheTrimesterPlan()
{
    ProgrammeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(demoSnapshot());
    QCOMPARE(model.rowCount(), 9);
    int courses = 0;
    for (int t = 0; t < model.rowCount(); ++t)
        courses += model.rowCount(model.index(t, 0));
    QCOMPARE(courses, 27); // both options of each elective slot are listed
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Year 1 · Trimester 1"));
    QCOMPARE(model.index(0, 0, first).data(ProgrammeModel::IdRole).toString(),
             QStringLiteral("PAIN-704"));
    QVERIFY(model.indexOfCourse(QStringLiteral("PAIN-723")).isValid());
}

void TestProgrammeModel::lecturesAreFollowedByTheirQuizzes()
{
    ProgrammeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(demoSnapshot());
    const QModelIndex course = model.indexOfCourse(QStringLiteral("PAIN-704"));
    const QModelIndex week = model.index(0, 0, course);
    QCOMPARE(ProgrammeModel::NodeKind(week.data(ProgrammeModel::KindRole).toInt()),
             ProgrammeModel::NodeKind::Week);
    QVERIFY(week.data().toString().startsWith(QStringLiteral("Week 1: ")));
    const QModelIndex lecture = model.index(0, 0, week);
    const QModelIndex quiz = model.index(1, 0, week);
    QCOMPARE(ProgrammeModel::NodeKind(lecture.data(ProgrammeModel::KindRole).toInt()),
             ProgrammeModel::NodeKind::Lecture);
    QCOMPARE(ProgrammeModel::NodeKind(quiz.data(ProgrammeModel::KindRole).toInt()),
             ProgrammeModel::NodeKind::Quiz);
    QCOMPARE(quiz.data(ProgrammeModel::IdRole), lecture.data(ProgrammeModel::IdRole));
    QVERIFY(quiz.data().toString().contains(QStringLiteral("question")));
    QCOMPARE(model.rowCount(lecture), 0);
}

void TestProgrammeModel::unchosenElectiveIsMarked()
{
    ProgrammeModel model;
    model.setSnapshot(demoSnapshot());
    QVERIFY(model.indexOfCourse(QStringLiteral("PAIN-719"))
                .data(ProgrammeModel::IsElectiveAlternativeRole)
                .toBool());
    QVERIFY(!model.indexOfCourse(QStringLiteral("PAIN-722"))
                 .data(ProgrammeModel::IsElectiveAlternativeRole)
                 .toBool());
    // No choice recorded for elective 2 yet: neither option is greyed out.
    QVERIFY(!model.indexOfCourse(QStringLiteral("PAIN-721"))
                 .data(ProgrammeModel::IsElectiveAlternativeRole)
                 .toBool());
}

// Bad input: a learner trying to open the lectures or quizzes of the elective they did not
// choose, whose media and quizzes the server refuses them. Those rows are listed but disabled;
// the chosen option's rows and the course row itself stay selectable.
void TestProgrammeModel::unchosenElectiveCannotBePlayedOrTaken()
{
    ProgrammeModel model;
    model.setSnapshot(demoSnapshot());
    const QModelIndex other = model.indexOfCourse(QStringLiteral("PAIN-719"));
    QVERIFY(model.flags(other).testFlag(Qt::ItemIsSelectable));
    const QModelIndex week = model.index(0, 0, other);
    QVERIFY(model.rowCount(week) >= 2);
    for (int row = 0; row < model.rowCount(week); ++row) {
        const QModelIndex index = model.index(row, 0, week);
        QVERIFY2(!model.flags(index).testFlag(Qt::ItemIsSelectable),
                 qPrintable(index.data().toString()));
        QVERIFY(!model.flags(index).testFlag(Qt::ItemIsEnabled));
    }
    QVERIFY(model.index(1, 0, week).data().toString().contains(QStringLiteral("not chosen")));
    const QModelIndex chosenWeek
        = model.index(0, 0, model.indexOfCourse(QStringLiteral("PAIN-722")));
    for (int row = 0; row < model.rowCount(chosenWeek); ++row)
        QVERIFY(model.flags(model.index(row, 0, chosenWeek)).testFlag(Qt::ItemIsSelectable));
}

void TestProgrammeModel::resetIsAnnounced()
{
    ProgrammeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(demoSnapshot());
    model.setSnapshot(CatalogSnapshot{});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestProgrammeModel::quizRowsFollowViewingProgress()
{
    ProgrammeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(demoSnapshot());
    const QModelIndex week = model.index(0, 0, model.indexOfCourse(QStringLiteral("PAIN-704")));
    const QModelIndex lecture = model.index(0, 0, week);
    const QModelIndex quiz = model.index(1, 0, week);
    QVERIFY(quiz.data().toString().endsWith(QStringLiteral(" · locked")));

    // Part watched: the row says how much is left, and only these two rows change.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    LectureProgress progress;
    progress.lectureId = lecture.data(ProgrammeModel::IdRole).toString();
    progress.watched.add(0, 20000);
    progress.coverage.fraction = 0.4;
    progress.coverage.remainingMs = 25000;
    model.updateProgress(progress);
    QCOMPARE(changed.count(), 2);
    QVERIFY(lecture.data().toString().endsWith(QStringLiteral(" · 40% watched")));
    QVERIFY(quiz.data().toString().endsWith(QStringLiteral("locked: 0:25 left to watch")));
    QCOMPARE(quiz.data(ProgrammeModel::QuizUnlockedRole).toBool(), false);

    progress.unlockedAt = QDateTime::currentDateTimeUtc();
    model.updateProgress(progress);
    QVERIFY(quiz.data().toString().endsWith(QStringLiteral(" · unlocked")));
    QCOMPARE(quiz.data(ProgrammeModel::QuizUnlockedRole).toBool(), true);
}

void TestProgrammeModel::facultyAreNeverLockedOut()
{
    ProgrammeModel model;
    CatalogSnapshot snapshot = demoSnapshot();
    snapshot.enrolment.role = QStringLiteral("faculty");
    model.setSnapshot(snapshot);
    const QModelIndex week = model.index(0, 0, model.indexOfCourse(QStringLiteral("PAIN-704")));
    QVERIFY(model.index(1, 0, week).data().toString().endsWith(QStringLiteral("open (preview)")));
}

QTEST_GUILESS_MAIN(TestProgrammeModel)
#include "tst_programmemodel.moc"
