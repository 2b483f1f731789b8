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
#include "support/contrast.h"
#include "support/guiclient.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace lectern;

namespace {

using testing::bannerProblem;
using testing::contrast;
using testing::darkPalette;

// Whether the closed combo box has room for the whole text of each of its items.
QString firstCutItem(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->fontMetrics().horizontalAdvance(combo->itemText(i)) > field.width())
            return QStringLiteral("%1 (%2 px wide, %3 px of room)")
                .arg(combo->itemText(i))
                .arg(combo->fontMetrics().horizontalAdvance(combo->itemText(i)))
                .arg(field.width());
    }
    return {};
}

} // namespace

class TestLecturePlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void watchingALectureUnlocksItsQuiz();
    void qualityChoicesShowWhole();
    void fullScreenIconReadsInBothThemes_data();
    void fullScreenIconReadsInBothThemes();
    void problemBannerReadsInBothThemes_data();
    void problemBannerReadsInBothThemes();
    void videoIsBlackUntilTheFirstFrame();

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
    auto *quality = page->findChild<QComboBox *>(QStringLiteral("qualityCombo"));
    QVERIFY(quality->count() > 1); // Auto and the renditions
    QTRY_VERIFY2(firstCutItem(quality).isEmpty(), qPrintable(firstCutItem(quality)));

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

// The quality list is filled per lecture, after the page was first shown: the box grows to its
// longest item, in any language ("Auto" is "Automático" in Spanish, and was cut to "Automát").
void TestLecturePlayer::qualityChoicesShowWhole()
{
    LecturePage page(nullptr, nullptr);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *quality = page.findChild<QComboBox *>(QStringLiteral("qualityCombo"));
    for (const QString &item : {QStringLiteral("Automático"), QStringLiteral("1080p (alta)"),
                                QStringLiteral("Automatique (adaptative)")}) {
        quality->addItem(item);
        QTRY_VERIFY2(firstCutItem(quality).isEmpty(), qPrintable(firstCutItem(quality)));
    }
}

void TestLecturePlayer::fullScreenIconReadsInBothThemes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

// The full-screen glyph is drawn in the button's text colour: it stands out from the button in
// a light and a dark theme alike, after a theme change too, and stays sharp on a 2× screen.
void TestLecturePlayer::fullScreenIconReadsInBothThemes()
{
    QFETCH(QPalette, palette);
    LecturePage page(nullptr, nullptr);
    page.setPalette(palette);
    auto *button = page.findChild<QToolButton *>(QStringLiteral("fullScreenButton"));
    const QSize size = button->iconSize();
    for (const qreal scale : {1.0, 2.0}) {
        const QImage glyph = button->icon().pixmap(size, scale).toImage();
        QCOMPARE(glyph.size(), size * scale); // drawn for the screen's pixels, not scaled up
        QColor ink;
        for (int y = 0; y < glyph.height(); ++y) {
            for (int x = 0; x < glyph.width(); ++x) {
                const QColor pixel = glyph.pixelColor(x, y);
                if (pixel.alpha() > ink.alpha() || !ink.isValid())
                    ink = pixel;
            }
        }
        QCOMPARE(ink.alpha(), 255);
        QVERIFY2(contrast(ink, palette.color(QPalette::Button)) >= 4.5,
                 qPrintable(QStringLiteral("glyph %1 on a button of %2")
                                .arg(ink.name(), palette.color(QPalette::Button).name())));
    }
}

void TestLecturePlayer::problemBannerReadsInBothThemes_data()
{
    fullScreenIconReadsInBothThemes_data();
}

// The banner over the player when the network drops: readable, and in the theme's colours.
void TestLecturePlayer::problemBannerReadsInBothThemes()
{
    QFETCH(QPalette, palette);
    LecturePage page(nullptr, nullptr);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setPalette(palette); // after the first show: a theme switched while running
    Q_EMIT page.playback()->problemOccurred(
        QStringLiteral("The connection to the lecture was lost."));
    auto *banner = page.findChild<QLabel *>(QStringLiteral("playbackProblem"));
    QVERIFY(banner->isVisible());
    const QString problem = bannerProblem(banner, palette);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// Until a lecture's first frame arrives the video area is black: not the window's colour, and
// not the last picture of the lecture opened before.
void TestLecturePlayer::videoIsBlackUntilTheFirstFrame()
{
    LecturePage page(nullptr, nullptr);
    page.resize(1000, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *video = page.findChild<QVideoWidget *>(QStringLiteral("videoWidget"));
    const QImage empty = video->grab().toImage();
    QCOMPARE(empty.pixelColor(empty.rect().center()), QColor(Qt::black));

    // A previous lecture's last frame, a grey picture.
    QVideoFrame frame(QVideoFrameFormat(QSize(16, 16), QVideoFrameFormat::Format_RGBA8888));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    std::fill_n(frame.bits(0), frame.mappedBytes(0), uchar(0x80));
    frame.unmap();
    video->videoSink()->setVideoFrame(frame);
    QVERIFY(video->videoSink()->videoFrame().isValid());
    page.closeLecture(); // what opening the next lecture does first
    QVERIFY(!video->videoSink()->videoFrame().isValid()); // the surface draws no frame as black
    const QImage next = video->grab().toImage();
    QCOMPARE(next.pixelColor(next.rect().center()), QColor(Qt::black));
}

QTEST_MAIN(TestLecturePlayer)
#include "tst_lectureplayer.moc"
