// Hospital wifi drops: while a streamed lecture plays, the server goes away. The learner sees
// a plain message under the video; when the server is back (same address, same signed URLs),
// playback continues from the same position without the learner doing anything.

#include "clientapp.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "player/lecturepage.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lectern;

class TestPlaybackRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playbackContinuesWhenTheServerReturns();
};

void TestPlaybackRecovery::playbackContinuesWhenTheServerReturns()
{
    testing::ServerProcess server;
    QString output;
    QVERIFY2(server.importProgramme(testing::demoProgrammeDir(), &output, testing::demoMediaDir()),
             qPrintable(output));
    QVERIFY(server.start());
    const quint16 port = quint16(server.url().port());

    QTemporaryDir dataDir;
    const auto client = testing::loggedInDemoLearner(server.url(), dataDir.path());
    QVERIFY(client);

    ProgrammeModel *model = client->model();
    const QModelIndex week = model->index(0, 0, model->indexOfCourse(QStringLiteral("PAIN-705")));
    client->window()
        ->findChild<QTreeView *>(QStringLiteral("programmeTree"))
        ->setCurrentIndex(model->index(0, 0, week));
    LecturePage *page = client->window()->lecturePage();
    LecturePlayback *playback = page->playback();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->findChild<QComboBox *>(QStringLiteral("qualityCombo"))->count() >= 3, 20000);
    playback->play();
    QTRY_VERIFY_WITH_TIMEOUT(playback->position() > 2000, 20000);
    playback->pause();
    const qint64 stoppedAt = playback->position();

    // The network goes: the next request for media fails. Switching to another rendition makes
    // the player fetch a playlist it has not loaded yet.
    server.kill();
    auto *quality = page->findChild<QComboBox *>(QStringLiteral("qualityCombo"));
    quality->setCurrentIndex(2);
    Q_EMIT quality->activated(2);
    auto *problem = page->findChild<QLabel *>(QStringLiteral("playbackProblem"));
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    QVERIFY2(problem->text().startsWith(QStringLiteral("The connection to the lecture was lost")),
             qPrintable(problem->text()));

    // The network returns: same address, same media secret, so the signed URLs still work.
    QVERIFY(server.start(port));
    QTRY_VERIFY_WITH_TIMEOUT(!problem->isVisible(), 30000);
    QVERIFY(qAbs(playback->position() - stoppedAt) < 1500);
    playback->play();
    QTRY_VERIFY_WITH_TIMEOUT(playback->position() > stoppedAt + 1500, 20000);
    page->closeLecture();
}

QTEST_MAIN(TestPlaybackRecovery)
#include "tst_playbackrecovery.moc"
