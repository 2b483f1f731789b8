// A learner watches a real lecture: lectern-server serves the generated HLS media over real
// HTTP, GStreamer decodes it into the QVideoWidget offscreen, frames arrive, the watched
// ranges grow, seeking forward adds nothing, progress lands in the client's SQLite file with
// an outbox event, and once the threshold is reached the quiz unlocks with a visible notice.

#include "clientapp.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "player/lecturepage.h"
#include "player/watchedseekbar.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace lectern;

class TestLecturePlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void watchingALectureUnlocksItsQuiz();

private:
    testing::ServerProcess m_server;
    QTemporaryDir m_dataDir;
};

void TestLecturePlayer::initTestCase()
{
    const QString media = testing::demoMediaDir();
    QVERIFY2(QFile::exists(media + QStringLiteral("/lectures.json")),
             qPrintable(
                 QStringLiteral("No demo media in %1: run scripts/make-demo-media.sh").arg(media)));
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output, media),
             qPrintable(output));
    QVERIFY(m_server.start());
}

void TestLecturePlayer::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestLecturePlayer::watchingALectureUnlocksItsQuiz()
{
    const auto client = testing::loggedInDemoLearner(m_server.url(), m_dataDir.path());
    QVERIFY(client);

    // Open the first lecture of trimester 1 from the tree, as a learner would.
    ProgrammeModel *model = client->model();
    const QModelIndex course = model->indexOfCourse(QStringLiteral("PAIN-704"));
    const QModelIndex lectureIndex = model->index(0, 0, model->index(0, 0, course));
    const QString lectureId = lectureIndex.data(ProgrammeModel::IdRole).toString();
    QCOMPARE(lectureId, QStringLiteral("PAIN-704-w1-l1"));
    const QModelIndex quizIndex = model->index(1, 0, model->index(0, 0, course));
    QCOMPARE(quizIndex.data(ProgrammeModel::QuizUnlockedRole).toBool(), false);
    auto *tree = client->window()->findChild<QTreeView *>(QStringLiteral("programmeTree"));
    tree->setCurrentIndex(lectureIndex);

    LecturePage *page = client->window()->lecturePage();
    QVERIFY(page->isVisible());
    auto *video = page->findChild<QVideoWidget *>(QStringLiteral("videoWidget"));
    int frames = 0;
    connect(video->videoSink(), &QVideoSink::videoFrameChanged, this,
            [&frames](const QVideoFrame &frame) {
                if (frame.isValid())
                    ++frames;
            });
    // Captions load from the signed URL and fill the transcript.
    QTRY_VERIFY_WITH_TIMEOUT(page->cues().size() > 3, 20000);

    // Play at 2×: coverage counts lecture seconds, so this reaches the threshold in half time.
    page->findChild<QComboBox *>(QStringLiteral("speedCombo"))->setCurrentIndex(5);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("playButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(frames > 10, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->playback()->watched().coveredLength() > 6000, 20000);
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("playbackProblem"))->isVisible());

    // A seek forward adds nothing by itself.
    page->playback()->pause();
    const qint64 watchedBeforeSeek = page->playback()->watched().coveredLength();
    page->playback()->seek(page->playback()->position() + 15000);
    QTest::qWait(500);
    QCOMPARE(page->playback()->watched().coveredLength(), watchedBeforeSeek);
    page->playback()->seek(0);
    page->playback()->play();

    // Keep watching until the quiz unlocks: a notice on the page and the tree row changes.
    auto *notice = page->findChild<QLabel *>(QStringLiteral("unlockNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 90000);
    QCOMPARE(notice->text(),
             QStringLiteral("Unlocked: Quiz: %1 is ready to take.")
                 .arg(model->lecture(lectureId)->title));
    QTRY_VERIFY_WITH_TIMEOUT(quizIndex.data(ProgrammeModel::QuizUnlockedRole).toBool(), 10000);
    QVERIFY(quizIndex.data().toString().endsWith(QStringLiteral("unlocked")));
    page->closeLecture();

    // What is in the client's file: the merged intervals and the outbox events to sync.
    QTest::qWait(500);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_dataDir.filePath(QStringLiteral("lectern.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT unlocked_at IS NOT NULL FROM lecture_progress "
                                          "WHERE lecture_id = 'PAIN-704-w1-l1'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'viewing'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

QTEST_MAIN(TestLecturePlayer)
#include "tst_lectureplayer.moc"
