// The sync indicator in the status bar of the real client against a real lectern-server:
// "Sync now" starts a run at once and the line goes from syncing back to up to date, with the
// last sync time in the tooltip; a change the server refused is counted apart ("1 refused")
// and its list says which lecture it was, when, and the server's reason.

#include "appcontroller.h"
#include "clientapp.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "store/localstore.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/progresssync.h"
#include "sync/syncscheduler.h"
#include "syncstatuswidget.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lectern;

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncNowRunsAtOnceAndEndsUpToDate();
    void refusedChangeIsCountedAndListedWithItsReason();
    void closingTheWindowSendsTheLastChangeFirst();
    void cleanupTestCase();

private:
    testing::ServerProcess m_server;
};

void TestSyncStatus::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
}

void TestSyncStatus::cleanupTestCase()
{
    m_server.stop();
}

// Bad input tried: a click on "Sync now" right after a sync, when the periodic run is minutes
// away; the click must not wait for it.
void TestSyncStatus::syncNowRunsAtOnceAndEndsUpToDate()
{
    QTemporaryDir dataDir;
    const auto client = testing::loggedInDemoLearner(m_server.url(), dataDir.path());
    QVERIFY(client);
    MainWindow *window = client->window();
    auto *label = window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    auto *button = window->findChild<QPushButton *>(QStringLiteral("syncButton"));
    QVERIFY(label && button);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Up to date"), 60000);
    QVERIFY(label->toolTip().startsWith(QStringLiteral("Last synced: ")));

    SyncScheduler *scheduler = client->controller()->syncScheduler();
    QSignalSpy started(scheduler, &SyncScheduler::runStarted);
    QSignalSpy synced(client->controller(), &AppController::progressSynced);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(started.size(), 1); // at once, not on the next tick of any timer
    QCOMPARE(started.first().first().value<SyncScheduler::Reason>(), SyncScheduler::Reason::Manual);
    QCOMPARE(label->text(), QStringLiteral("Syncing…"));
    QVERIFY(!button->isEnabled()); // one run at a time
    QVERIFY(synced.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Up to date"), 60000);
    QVERIFY(button->isEnabled());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("syncRefusedButton"))->isVisible());
}

// Bad input tried: viewing far past the end of a lecture (a broken player), which the server
// refuses. The change is not "waiting" (it is never sent again) and not hidden either.
void TestSyncStatus::refusedChangeIsCountedAndListedWithItsReason()
{
    QTemporaryDir dataDir;
    const auto client = testing::loggedInDemoLearner(m_server.url(), dataDir.path());
    QVERIFY(client);
    MainWindow *window = client->window();
    auto *label = window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Up to date"), 60000);

    const Lecture lecture
        = client->model()->snapshot().courses.first().weeks.first().lectures.first();
    const qint64 pastTheEnd = qint64(lecture.durationSeconds) * 1000 + 600000;
    IntervalSet watched;
    watched.add(pastTheEnd, pastTheEnd + 1000);
    client->store()->recordViewingAsync(
        ViewingUpdate{lecture.id, watched, pastTheEnd + 1000, QDateTime::currentDateTimeUtc()});
    // Sent about 3 s after the action, without a click.
    auto *refused = window->findChild<QPushButton *>(QStringLiteral("syncRefusedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(refused->isVisible(), 60000);
    QCOMPARE(refused->text(), QStringLiteral("1 refused"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Up to date"), 60000);

    QTest::mouseClick(refused, Qt::LeftButton);
    auto *dialog = window->syncStatus()->refusedDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("refusedList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("Lecture: %1").arg(lecture.title));
    QVERIFY(!row->text(1).isEmpty()); // when it was made
    QVERIFY2(row->text(2).contains(QStringLiteral("past the end")), qPrintable(row->text(2)));
    dialog->close();
}

// Bad input tried: the window closed right after a change, before the 3 s debounce would have
// sent it. The window waits for the server (at most 3 s), then goes; nothing is left behind.
void TestSyncStatus::closingTheWindowSendsTheLastChangeFirst()
{
    QTemporaryDir dataDir;
    const auto client = testing::loggedInDemoLearner(m_server.url(), dataDir.path());
    QVERIFY(client);
    MainWindow *window = client->window();
    window->show();
    auto *label = window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Up to date"), 60000);

    const Lecture lecture
        = client->model()->snapshot().courses.first().weeks.first().lectures.first();
    QSignalSpy recorded(client->store(), &LocalStore::viewingRecorded);
    IntervalSet watched;
    watched.add(0, 5000);
    client->store()->recordViewingAsync(
        ViewingUpdate{lecture.id, watched, 5000, QDateTime::currentDateTimeUtc()});
    QVERIFY(recorded.wait(10000));

    QSignalSpy synced(client->controller()->syncScheduler(), &SyncScheduler::progressSynced);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!window->close()); // held back for the final sync
    QVERIFY(window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
    QVERIFY2(clock.elapsed() <= 3500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(synced.size(), 1);
    const auto result = synced.first().first().value<ProgressSyncResult>();
    QVERIFY2(result.pushed >= 1,
             qPrintable(QStringLiteral("pushed %1, refused %2, waiting %3")
                            .arg(result.pushed)
                            .arg(result.refused)
                            .arg(result.waiting)));
    QCOMPARE(result.waiting, 0);
}

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
