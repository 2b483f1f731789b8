// Offline lectures as a learner meets them: downloading a week first asks, with the week's
// size from the server's manifests; a lecture downloaded from its page shows its progress on
// the Downloads page; then, with the server stopped, the lecture still opens and plays from
// the files on disk (frames arrive, captions show, no problem is reported) and the viewing is
// measured and saved exactly as online.

#include "clientapp.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "media/downloadmanager.h"
#include "models/programmemodel.h"
#include "pages/downloadspage.h"
#include "player/lecturepage.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMediaPlayer>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace lectern;

namespace {

// What the demo media says a lecture's files weigh: the generator's own manifest.
qint64 clipSize(const QString &lectureId)
{
    const QString media = testing::demoMediaDir();
    QFile map(media + QStringLiteral("/lectures.json"));
    if (!map.open(QIODevice::ReadOnly))
        return -1;
    const QString clip = QJsonDocument::fromJson(map.readAll())
                             .object()
                             .value(QStringLiteral("lectures"))
                             .toObject()
                             .value(lectureId)
                             .toString();
    QFile manifest(media + QStringLiteral("/clips/") + clip + QStringLiteral("/manifest.json"));
    if (clip.isEmpty() || !manifest.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = 0;
    const QJsonArray files = QJsonDocument::fromJson(manifest.readAll())
                                 .object()
                                 .value(QStringLiteral("files"))
                                 .toArray();
    for (const QJsonValue &file : files)
        total += qint64(file.toObject().value(QStringLiteral("size")).toDouble());
    return total;
}

// LECTERN_SCREENSHOT_DIR=DIR keeps pictures of the screens this test drives, for review.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestOfflinePlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downloadingAWeekAsksWithItsSize();
    void downloadedLecturePlaysWithTheServerGone();

private:
    std::unique_ptr<ClientApp> loggedInClient(const QString &dataDir);

    testing::ServerProcess m_server;
};

void TestOfflinePlayback::initTestCase()
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

void TestOfflinePlayback::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<ClientApp> TestOfflinePlayback::loggedInClient(const QString &dataDir)
{
    return testing::loggedInDemoLearner(m_server.url(), dataDir);
}

void TestOfflinePlayback::downloadingAWeekAsksWithItsSize()
{
    QTemporaryDir dataDir;
    const std::unique_ptr<ClientApp> client = loggedInClient(dataDir.path());
    QVERIFY(client);
    ProgrammeModel *model = client->model();
    const QModelIndex course = model->indexOfCourse(QStringLiteral("PAIN-704"));
    const QModelIndex week = model->index(0, 0, course);
    qint64 expected = 0;
    for (int row = 0; row < model->rowCount(week); ++row) {
        const QModelIndex child = model->index(row, 0, week);
        if (ProgrammeModel::NodeKind(child.data(ProgrammeModel::KindRole).toInt())
            == ProgrammeModel::NodeKind::Lecture) {
            const qint64 size = clipSize(child.data(ProgrammeModel::IdRole).toString());
            QVERIFY(size > 0);
            expected += size;
        }
    }

    // Right-click the week in the programme tree, as a learner would.
    auto *tree = client->window()->findChild<QTreeView *>(QStringLiteral("programmeTree"));
    tree->expand(model->parent(course));
    tree->expand(course);
    tree->scrollTo(week);
    Q_EMIT tree->customContextMenuRequested(tree->visualRect(week).center());
    auto *menu = client->window()->findChild<QMenu *>(QStringLiteral("programmeTreeMenu"));
    QVERIFY(menu);
    QAction *download = menu->findChild<QAction *>(QStringLiteral("downloadGroupAction"));
    QVERIFY(download);
    download->trigger();
    menu->close();

    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = client->window()->findChild<QMessageBox *>(
                                  QStringLiteral("downloadConfirmation")))
                                 && question->isVisible(),
                             20000);
    QVERIFY2(question->informativeText().contains(QLocale().formattedDataSize(expected)),
             qPrintable(question->informativeText()));
    QVERIFY(question->text().contains(QStringLiteral("week 1 of PAIN-704")));
    screenshot(question, QStringLiteral("download-week-confirmation"));
    // Nothing is downloaded before the learner agrees, and nothing when they decline.
    QVERIFY(client->downloads()->downloads().isEmpty());
    question->reject();
    QTest::qWait(200);
    QVERIFY(client->downloads()->downloads().isEmpty());
}

void TestOfflinePlayback::downloadedLecturePlaysWithTheServerGone()
{
    QTemporaryDir dataDir;
    std::unique_ptr<ClientApp> client = loggedInClient(dataDir.path());
    QVERIFY(client);
    ProgrammeModel *model = client->model();
    const QModelIndex course = model->indexOfCourse(QStringLiteral("PAIN-704"));
    const QModelIndex lectureIndex = model->index(0, 0, model->index(0, 0, course));
    const QString lectureId = lectureIndex.data(ProgrammeModel::IdRole).toString();
    QCOMPARE(lectureId, QStringLiteral("PAIN-704-w1-l1"));
    auto *tree = client->window()->findChild<QTreeView *>(QStringLiteral("programmeTree"));
    tree->setCurrentIndex(lectureIndex);
    LecturePage *page = client->window()->lecturePage();
    QVERIFY(page->isVisible());

    // Download it from its page; the Downloads page shows it to the end.
    auto *button = page->findChild<QPushButton *>(QStringLiteral("downloadLectureButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    DownloadManager *downloads = client->downloads();
    QTRY_VERIFY_WITH_TIMEOUT(downloads->isDownloaded(lectureId), 60000);
    QTRY_VERIFY(!button->isEnabled());
    QVERIFY(button->text().startsWith(QStringLiteral("Downloaded")));
    auto *list = client->window()->downloadsPage()->findChild<QTreeWidget *>(
        QStringLiteral("downloadList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QTRY_VERIFY(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("Downloaded")));
    QCOMPARE(list->findChild<QProgressBar *>(QStringLiteral("downloadProgress"))->value(), 1000);
    auto *storage = client->window()->downloadsPage()->findChild<QTreeWidget *>(
        QStringLiteral("storageTree"));
    QCOMPARE(storage->topLevelItemCount(), 1);
    QCOMPARE(storage->topLevelItem(0)->text(0), QStringLiteral("PAIN-704"));
    QCOMPARE(storage->topLevelItem(0)->text(1), QLocale().formattedDataSize(clipSize(lectureId)));
    screenshot(client->window(), QStringLiteral("lecture-downloaded"));
    client->window()->showDownloads();
    // The status reads whole, not cut short with "…": its column has room for the text in the
    // list's font and the margins the item view's style draws it within.
    const int statusColumn = 3;
    const int textMargins
        = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        const QVariant itemFont = item->data(statusColumn, Qt::FontRole);
        const QFontMetrics metrics(itemFont.isValid() ? itemFont.value<QFont>() : list->font());
        const int needed = metrics.horizontalAdvance(item->text(statusColumn)) + textMargins;
        QTRY_VERIFY2(list->columnWidth(statusColumn) >= needed,
                     qPrintable(QStringLiteral("\"%1\" needs %2 px; its column is %3 px")
                                    .arg(item->text(statusColumn))
                                    .arg(needed)
                                    .arg(list->columnWidth(statusColumn))));
    }
    screenshot(client->window(), QStringLiteral("downloads-page"));

    // The server goes away entirely.
    QCOMPARE(m_server.stop(), 0);

    // Open the lecture again: it comes from disk, with its captions.
    tree->setCurrentIndex(course);
    QVERIFY(!page->isVisible());
    tree->setCurrentIndex(lectureIndex);
    QVERIFY(page->isVisible());
    const QUrl source = page->playback()->player()->source();
    QVERIFY2(source.isLocalFile(), qPrintable(source.toString()));
    QCOMPARE(
        source,
        QUrl::fromLocalFile(
            QDir(dataDir.path()).filePath(QStringLiteral("media/PAIN-704-w1-l1/master.m3u8"))));
    QTRY_VERIFY_WITH_TIMEOUT(page->cues().size() > 3, 10000);

    auto *video = page->findChild<QVideoWidget *>(QStringLiteral("videoWidget"));
    int frames = 0;
    connect(video->videoSink(), &QVideoSink::videoFrameChanged, this,
            [&frames](const QVideoFrame &frame) {
                if (frame.isValid())
                    ++frames;
            });
    auto *coverage = page->findChild<QLabel *>(QStringLiteral("coverageLabel"));
    QVERIFY(coverage->text().startsWith(QStringLiteral("0%")));
    page->findChild<QComboBox *>(QStringLiteral("speedCombo"))->setCurrentIndex(5);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("playButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(frames > 10, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->playback()->watched().coveredLength() > 6000, 20000);
    QTRY_VERIFY(!coverage->text().startsWith(QStringLiteral("0%")));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("playbackProblem"))->isVisible());
    screenshot(client->window(), QStringLiteral("lecture-playing-offline"));
    page->closeLecture();

    // Measured and saved as online: progress and an outbox event to sync later.
    QTest::qWait(500);
    client.reset();
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(dataDir.filePath(QStringLiteral("lectern.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT watched_json FROM lecture_progress WHERE lecture_id = 'PAIN-704-w1-l1'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toString() != QStringLiteral("[]"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'viewing'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 1);
        QVERIFY(query.exec(QStringLiteral("SELECT state FROM download")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("done"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

QTEST_MAIN(TestOfflinePlayback)
#include "tst_offlineplayback.moc"
