#include "lecturepage.h"

#include "bannerstyle.h"
#include "domain/unlockrule.h"
#include "media/downloadmanager.h"
#include "player/watchedseekbar.h"
#include "store/localstore.h"
#include "sync/apiclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIconEngine>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

namespace lectern {
namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

const QList<double> kRates{0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

// A warning in the page's own colours (bannerstyle.h): amber, a little stronger and tighter
// than the quiz's banners.
constexpr QColor kProblemAmber(0xe0, 0xa0, 0x20);
constexpr BannerLook kProblemLook{0.25f, 6};

// The full-screen glyph (four corners pointing out), drawn at whatever size is asked for so it
// stays sharp at any scale, in the colours of the button's palette so it reads on light and
// dark themes alike (Fusion's title-bar pixmap is black whatever the theme).
class FullScreenIconEngine final : public QIconEngine
{
public:
    explicit FullScreenIconEngine(const QPalette &palette)
        : m_normal(palette.color(QPalette::Active, QPalette::ButtonText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::ButtonText))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const qreal stroke = std::max<qreal>(1.0, side / 9.0);
        const qreal arm = side * 0.25;
        QRectF box(0, 0, side, side);
        box.moveCenter(QRectF(rect).center());
        box.adjust(stroke, stroke, -stroke, -stroke);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(mode == QIcon::Disabled ? m_disabled : m_normal, stroke, Qt::SolidLine,
                             Qt::SquareCap, Qt::MiterJoin));
        const auto corner = [painter, arm](QPointF at, qreal dx, qreal dy) {
            painter->drawPolyline(
                QPolygonF{at + QPointF(0, dy * arm), at, at + QPointF(dx * arm, 0)});
        };
        corner(box.topLeft(), 1, 1);
        corner(box.topRight(), -1, 1);
        corner(box.bottomLeft(), 1, -1);
        corner(box.bottomRight(), -1, -1);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new FullScreenIconEngine(*this); }

private:
    QColor m_normal;
    QColor m_disabled;
};

} // namespace

LecturePage::LecturePage(ApiClient *api, LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_playback(new LecturePlayback(store, this))
    , m_title(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_video(new QVideoWidget(this))
    , m_playButton(new QPushButton(this))
    , m_seekBar(new WatchedSeekBar(this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_quality(new QComboBox(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_mute(new QToolButton(this))
    , m_captions(new QCheckBox(tr("&Captions"), this))
    , m_fullScreen(new QToolButton(this))
    , m_shortcutsButton(new QToolButton(this))
    , m_transcript(new QListWidget(this))
{
    setObjectName(QStringLiteral("lecturePage"));
    m_playback->setVideoOutput(m_video);
    buildControls();
    installShortcuts();

    connect(m_playback, &LecturePlayback::positionChanged, this, &LecturePage::updateTime);
    connect(m_playback, &LecturePlayback::durationChanged, m_seekBar, &WatchedSeekBar::setDuration);
    connect(m_playback, &LecturePlayback::watchedChanged, this, &LecturePage::updateCoverage);
    connect(m_playback, &LecturePlayback::playingChanged, this, [this](bool playing) {
        m_playButton->setText(playing ? tr("Pause") : tr("Play"));
        m_playButton->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(m_playback, &LecturePlayback::problemOccurred, this, &LecturePage::showProblem);
    connect(m_playback, &LecturePlayback::problemCleared, m_problem, &QWidget::hide);
    connect(m_seekBar, &WatchedSeekBar::seekRequested, m_playback, &LecturePlayback::seek);
}

void LecturePage::buildControls()
{
    m_title->setObjectName(QStringLiteral("lectureTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_coverage->setObjectName(QStringLiteral("coverageLabel"));
    m_notice->setObjectName(QStringLiteral("unlockNotice"));
    m_notice->setStyleSheet(QStringLiteral("background: palette(highlight); color: "
                                           "palette(highlighted-text); padding: 6px; "
                                           "border-radius: 4px; font-weight: 600;"));
    m_notice->hide();
    m_problem->setObjectName(QStringLiteral("playbackProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    updatePaletteColours(); // the full-screen icon and the problem banner

    m_video->setObjectName(QStringLiteral("videoWidget"));
    // Black where no frame is drawn yet (before the video surface first paints, and around it
    // while it resizes), not the window's colour or whatever the screen held.
    QPalette videoPalette = m_video->palette();
    videoPalette.setColor(QPalette::Window, Qt::black);
    m_video->setPalette(videoPalette);
    m_video->setAutoFillBackground(true);
    m_video->setMinimumSize(480, 270);
    m_video->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_video->setAccessibleName(tr("Lecture video"));
    m_video->setFocusPolicy(Qt::StrongFocus);

    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setText(tr("Play"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setToolTip(tr("Play or pause (Space, K)"));
    connect(m_playButton, &QPushButton::clicked, m_playback, &LecturePlayback::togglePlayPause);

    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setText(clock(0));

    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    for (double rate : kRates)
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(1);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_playback->setRate(m_speed->itemData(index).toDouble()); });

    m_quality->setObjectName(QStringLiteral("qualityCombo"));
    // Its items come with each lecture, after the first show: the width follows them, so no
    // language's "Auto" is cut short.
    m_quality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_quality->setAccessibleName(tr("Video quality"));
    connect(m_quality, &QComboBox::activated, this, [this](int index) {
        const QString playlist = m_quality->itemData(index).toString();
        m_playback->switchSource(m_media.url(playlist.isEmpty() ? m_media.master : playlist));
    });

    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(100);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { m_playback->setVolume(float(value) / 100.0f); });
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_mute->setCheckable(true);
    m_mute->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setToolTip(tr("Mute (M)"));
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        m_playback->setMuted(muted);
        m_mute->setIcon(
            style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });

    m_captions->setObjectName(QStringLiteral("captionsCheck"));
    m_captions->setChecked(true);
    m_captions->setToolTip(tr("Show captions (C)"));
    connect(m_captions, &QCheckBox::toggled, this, [this](bool on) {
        m_video->videoSink()->setSubtitleText(on && m_currentCue >= 0 ? m_cues.at(m_currentCue).text
                                                                      : QString());
    });

    m_fullScreen->setObjectName(QStringLiteral("fullScreenButton"));
    m_fullScreen->setAccessibleName(tr("Full screen"));
    m_fullScreen->setToolTip(tr("Full screen (F)"));
    connect(m_fullScreen, &QToolButton::clicked, this,
            [this] { setFullScreen(!m_video->isFullScreen()); });

    m_shortcutsButton->setObjectName(QStringLiteral("shortcutsButton"));
    m_shortcutsButton->setText(QStringLiteral("?"));
    m_shortcutsButton->setAccessibleName(tr("Keyboard shortcuts"));
    m_shortcutsButton->setToolTip(tr("Keyboard shortcuts (?)"));
    connect(m_shortcutsButton, &QToolButton::clicked, this, &LecturePage::showShortcuts);

    m_transcript->setObjectName(QStringLiteral("transcriptList"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setWordWrap(true);
    m_transcript->setMinimumWidth(220);
    m_transcript->setAccessibleDescription(tr("Each line with the moment it is said; Enter "
                                              "plays from there"));
    const auto seekToLine = [this](QListWidgetItem *item) {
        m_playback->seek(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_transcript, &QListWidget::itemClicked, this, seekToLine);
    connect(m_transcript, &QListWidget::itemActivated, this, seekToLine); // Enter

    // The seek bar gets a row of its own: it must stay long enough to show the watched ranges.
    auto *seekRow = new QHBoxLayout;
    seekRow->addWidget(m_seekBar, 1);
    seekRow->addWidget(m_time);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addStretch(1);
    controls->addWidget(m_speed);
    controls->addWidget(m_mute);
    controls->addWidget(m_volume);
    controls->addWidget(m_captions);
    controls->addWidget(m_quality);
    controls->addWidget(m_fullScreen);
    controls->addWidget(m_shortcutsButton);

    auto *videoColumn = new QWidget(this);
    auto *videoLayout = new QVBoxLayout(videoColumn);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->addWidget(m_video, 1);
    videoLayout->addWidget(m_problem);
    videoLayout->addLayout(seekRow);
    videoLayout->addLayout(controls);

    auto *transcriptColumn = new QWidget(this);
    auto *transcriptLayout = new QVBoxLayout(transcriptColumn);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    transcriptLayout->addWidget(new QLabel(tr("<b>Transcript</b>"), this));
    transcriptLayout->addWidget(m_transcript, 1);

    auto *split = new QSplitter(this);
    split->addWidget(videoColumn);
    split->addWidget(transcriptColumn);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_coverage);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    // The one-key shortcuts below are window-wide; a focused control keeps its own keys.
    const QList<QWidget *> ownKeys{m_playButton, m_speed,    m_quality,    m_mute,
                                   m_volume,     m_captions, m_fullScreen, m_shortcutsButton};
    for (QWidget *control : ownKeys)
        control->installEventFilter(this);
    restoreTabOrder();
}

// Space presses the focused button or opens the focused list, and the arrows move the focused
// volume slider, as everywhere else; elsewhere on the page Space plays and the arrows seek.
bool LecturePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool space = key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier
            && watched != m_volume;
        const bool arrow
            = (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) && watched == m_volume;
        if (space || arrow) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LecturePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updatePaletteColours(); // a theme switched while running
    QWidget::changeEvent(event);
}

void LecturePage::updatePaletteColours()
{
    m_fullScreen->setIcon(QIcon(new FullScreenIconEngine(palette())));
    m_problem->setStyleSheet(bannerStyleSheet(palette(), kProblemAmber, kProblemLook));
}

// Tab in the order the page reads: the download under the title, the video, the seek bar, the
// controls from left to right, then the transcript beside them.
void LecturePage::restoreTabOrder()
{
    const QList<QWidget *> order{m_video,      m_seekBar,         m_playButton, m_speed,
                                 m_mute,       m_volume,          m_captions,   m_quality,
                                 m_fullScreen, m_shortcutsButton, m_transcript};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    if (m_downloadButton) {
        // Made last, it goes first. setTabOrder(a, b) does nothing when Tab already wraps from a
        // to b, as from the last widget of a page not yet in a window to its first: so the
        // button goes after the video, then the video after the button.
        setTabOrder(m_video, m_downloadButton);
        setTabOrder(m_downloadButton, m_video);
    }
}

void LecturePage::openLecture(const Course &course, const Lecture &lecture,
                              const LectureProgress &progress, LecturePlayback::Mode mode)
{
    closeLecture();
    const int generation = ++m_openGeneration;
    m_course = course;
    m_lecture = lecture;
    m_mode = mode;
    m_unlocked = progress.isQuizUnlocked();
    m_title->setText(QStringLiteral("%1 · %2").arg(course.code, lecture.title));
    m_notice->hide();
    m_problem->hide();
    m_transcript->clear();
    m_cues.clear();
    m_currentCue = -1;
    m_video->videoSink()->setSubtitleText(QString());
    m_seekBar->setDuration(qint64(lecture.durationSeconds) * 1000);
    m_seekBar->setWatched(progress.watched);
    m_seekBar->setPosition(progress.positionMs);
    updateCoverage(progress.watched);
    m_quality->clear();
    updateDownloadButton();

    // A downloaded lecture always plays from disk, without asking the network.
    if (const std::optional<LectureMedia> local
        = m_downloads ? m_downloads->localMedia(lecture.id) : std::nullopt) {
        setMedia(*local);
        m_playback->open(m_lecture, progress, m_media.url(m_media.master), m_mode);
        if (!m_media.captions.isEmpty())
            loadCaptions(m_media.url(m_media.captions));
        return;
    }

    m_api->fetchLectureMedia(
        lecture.id, this, [this, generation, progress](Result<LectureMedia> media) {
            if (generation != m_openGeneration)
                return;
            if (!media) {
                showProblem(tr("The video for this lecture is not available: %1")
                                .arg(media.error().message));
                return;
            }
            setMedia(media.value());
            m_playback->open(m_lecture, progress, m_media.url(m_media.master), m_mode);
            if (!m_media.captions.isEmpty())
                loadCaptions(m_media.url(m_media.captions));
        });
}

void LecturePage::setMedia(const LectureMedia &media)
{
    m_media = media;
    m_quality->clear();
    m_quality->addItem(tr("Auto"), QString());
    for (const MediaRendition &rendition : media.renditions)
        m_quality->addItem(rendition.name, rendition.playlist);
    m_seekBar->setDuration(qint64(media.durationSeconds * 1000));
}

void LecturePage::loadCaptions(const QUrl &url)
{
    const int generation = m_openGeneration;
    m_api->fetchBytes(url, this, [this, generation](Result<QByteArray> bytes) {
        if (generation != m_openGeneration)
            return;
        // Captions are a help, not a condition: without them the lecture still plays.
        if (!bytes) {
            m_transcript->addItem(
                tr("Captions could not be loaded: %1").arg(bytes.error().message));
            return;
        }
        const Result<WebVttDocument> document = WebVttParser::parse(bytes.value());
        if (!document) {
            m_transcript->addItem(
                tr("The captions file is damaged: %1").arg(document.error().message));
            return;
        }
        m_cues = document.value().cues;
        for (const Cue &cue : m_cues) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1  %2").arg(clock(cue.startMs),
                                             QString(cue.text).replace(u'\n', u' ')),
                m_transcript);
            item->setData(Qt::UserRole, cue.startMs);
        }
        updateTime(m_playback->position());
    });
}

void LecturePage::closeLecture()
{
    ++m_openGeneration;
    m_playback->close();
    // The surface keeps the last frame it was given: without this the next lecture would show
    // the previous one's last picture until its own first frame arrives. No frame draws black.
    m_video->videoSink()->setVideoFrame(QVideoFrame());
    if (m_video->isFullScreen())
        setFullScreen(false);
}

void LecturePage::updateTime(qint64 positionMs)
{
    m_seekBar->setPosition(positionMs);
    m_time->setText(
        QStringLiteral("%1 / %2").arg(clock(positionMs), clock(m_playback->duration())));
    const qsizetype cue = cueAt(m_cues, positionMs);
    if (cue == m_currentCue)
        return;
    m_currentCue = cue;
    m_video->videoSink()->setSubtitleText(m_captions->isChecked() && cue >= 0 ? m_cues.at(cue).text
                                                                              : QString());
    if (cue >= 0 && cue < m_transcript->count()) {
        m_transcript->setCurrentRow(int(cue));
        m_transcript->scrollToItem(m_transcript->item(int(cue)));
    }
}

void LecturePage::updateCoverage(const IntervalSet &watched)
{
    m_seekBar->setWatched(watched);
    if (m_mode == LecturePlayback::Mode::Preview) {
        m_coverage->setText(tr("Preview: viewing is not recorded and the quiz is open."));
        return;
    }
    const qint64 durationMs = m_media.durationSeconds > 0
        ? qint64(m_media.durationSeconds * 1000)
        : qint64(m_lecture.durationSeconds) * 1000;
    const qint64 creditsMs = m_media.durationSeconds > 0 ? qint64(m_media.creditsSeconds * 1000)
                                                         : qint64(m_lecture.creditsSeconds) * 1000;
    const Coverage coverage
        = UnlockRule::coverage(watched, durationMs, creditsMs, m_course.unlockThreshold);
    const int percent = int(coverage.fraction * 100);
    if (m_unlocked || coverage.unlocked) {
        m_coverage->setText(tr("%1% watched · the quiz is unlocked").arg(percent));
    } else {
        m_coverage->setText(tr("%1% watched · the quiz unlocks at %2%: %3 left to watch")
                                .arg(percent)
                                .arg(qRound(m_course.unlockThreshold * 100))
                                .arg(clock(coverage.remainingMs)));
    }
    if (m_mode == LecturePlayback::Mode::LearnerPreview)
        m_coverage->setText(
            tr("Previewing as a learner, not recorded: %1").arg(m_coverage->text()));
}

void LecturePage::showProgress(const LectureProgress &progress, bool quizJustUnlocked)
{
    if (progress.lectureId != m_lecture.id)
        return;
    m_unlocked = progress.isQuizUnlocked();
    updateCoverage(m_playback->watched().isEmpty() ? progress.watched : m_playback->watched());
    if (quizJustUnlocked) {
        m_notice->setText(tr("Unlocked: %1 is ready to take.").arg(m_lecture.quiz.title));
        m_notice->show();
    }
}

void LecturePage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void LecturePage::stepRate(int direction)
{
    const int index = std::clamp(m_speed->currentIndex() + direction, 0, int(m_speed->count()) - 1);
    m_speed->setCurrentIndex(index);
}

void LecturePage::showShortcuts()
{
    // A separate window: nothing can be drawn over the native video surface. open(), not exec():
    // the GUI thread never spins a nested event loop, and playback goes on behind it.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("shortcutOverlay"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Keyboard shortcuts"));
    box->setText(tr("<table cellpadding='3'>"
                    "<tr><td><b>Space</b> or <b>K</b></td><td>Play or pause</td></tr>"
                    "<tr><td><b>←</b> / <b>→</b></td><td>Back or forward 10 seconds</td></tr>"
                    "<tr><td><b>J</b> / <b>L</b></td><td>Back or forward 10 seconds</td></tr>"
                    "<tr><td><b>[</b> / <b>]</b></td><td>Slower or faster</td></tr>"
                    "<tr><td><b>C</b></td><td>Captions on or off</td></tr>"
                    "<tr><td><b>M</b></td><td>Mute</td></tr>"
                    "<tr><td><b>F</b></td><td>Full screen (Esc leaves it)</td></tr>"
                    "<tr><td><b>?</b></td><td>This list</td></tr></table>"));
    box->open();
}

void LecturePage::installShortcuts()
{
    // Window-wide while the page is visible (a hidden widget's shortcuts do not fire), so Space
    // plays right after a lecture is picked in the tree. The arrows only act when the focus is
    // on the page, so they keep moving through the tree.
    const auto add = [this](const QKeySequence &keys, auto slot,
                            Qt::ShortcutContext context = Qt::WindowShortcut) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(context);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_Space), [this] { m_playback->togglePlayPause(); });
    add(QKeySequence(Qt::Key_K), [this] { m_playback->togglePlayPause(); });
    add(QKeySequence(Qt::Key_J), [this] { m_playback->seekBy(-10000); });
    add(QKeySequence(Qt::Key_L), [this] { m_playback->seekBy(10000); });
    add(
        QKeySequence(Qt::Key_Left), [this] { m_playback->seekBy(-10000); },
        Qt::WidgetWithChildrenShortcut);
    add(
        QKeySequence(Qt::Key_Right), [this] { m_playback->seekBy(10000); },
        Qt::WidgetWithChildrenShortcut);
    add(QKeySequence(Qt::Key_BracketLeft), [this] { stepRate(-1); });
    add(QKeySequence(Qt::Key_BracketRight), [this] { stepRate(+1); });
    add(QKeySequence(Qt::Key_C), [this] { m_captions->toggle(); });
    add(QKeySequence(Qt::Key_M), [this] { m_mute->toggle(); });
    add(QKeySequence(Qt::Key_F), [this] { setFullScreen(!m_video->isFullScreen()); });
    add(QKeySequence(Qt::Key_Question), [this] { showShortcuts(); });
    // In full screen the video is a window of its own, out of reach of the shortcuts above;
    // these live on the video and are enabled only then, so the two sets never compete.
    const auto addFullScreen = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_video);
        shortcut->setContext(Qt::WidgetShortcut);
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, this, slot);
        m_fullScreenShortcuts.append(shortcut);
    };
    addFullScreen(QKeySequence(Qt::Key_Escape), [this] { setFullScreen(false); });
    addFullScreen(QKeySequence(Qt::Key_F), [this] { setFullScreen(false); });
    addFullScreen(QKeySequence(Qt::Key_Space), [this] { m_playback->togglePlayPause(); });
    addFullScreen(QKeySequence(Qt::Key_C), [this] { m_captions->toggle(); });
}

void LecturePage::setFullScreen(bool on)
{
    m_video->setFullScreen(on);
    for (QShortcut *shortcut : std::as_const(m_fullScreenShortcuts))
        shortcut->setEnabled(on);
    if (on)
        m_video->setFocus();
}

} // namespace lectern

namespace lectern {

void LecturePage::setDownloads(DownloadManager *downloads)
{
    m_downloads = downloads;
    m_downloadButton
        = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), QString(), this);
    m_downloadButton->setObjectName(QStringLiteral("downloadLectureButton"));
    m_downloadButton->setToolTip(tr("Keep this lecture on this computer to watch it offline"));
    m_downloadButton->installEventFilter(this); // Space presses it
    if (auto *column = qobject_cast<QVBoxLayout *>(layout()))
        column->insertWidget(1, m_downloadButton, 0, Qt::AlignLeft);
    restoreTabOrder();
    connect(m_downloadButton, &QPushButton::clicked, this, [this] {
        const std::optional<DownloadRecord> record = m_downloads->download(m_lecture.id);
        if (record) {
            m_downloads->resume(m_lecture.id);
            return;
        }
        int weekNumber = 0;
        for (const Week &week : std::as_const(m_course.weeks)) {
            for (const Lecture &lecture : week.lectures) {
                if (lecture.id == m_lecture.id)
                    weekNumber = week.number;
            }
        }
        m_downloads->enqueue({{m_lecture.id, m_course.code, weekNumber, m_lecture.title}});
    });
    connect(m_downloads, &DownloadManager::downloadsChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_lecture.id))
            updateDownloadButton();
    });
    connect(m_downloads, &DownloadManager::downloadsRemoved, this, [this](const QStringList &ids) {
        if (ids.contains(m_lecture.id))
            updateDownloadButton();
    });
    // Finished while the lecture is open and not playing: continue from disk at once.
    connect(m_downloads, &DownloadManager::downloadFinished, this, [this](const QString &id) {
        if (id != m_lecture.id || m_playback->lectureId() != id || m_playback->isPlaying())
            return;
        if (const std::optional<LectureMedia> local = m_downloads->localMedia(id)) {
            setMedia(*local);
            m_playback->switchSource(m_media.url(m_media.master));
        }
    });
    updateDownloadButton();
}

void LecturePage::updateDownloadButton()
{
    if (!m_downloadButton)
        return;
    const std::optional<DownloadRecord> record = m_downloads->download(m_lecture.id);
    const DownloadState state = record ? record->state : DownloadState::Queued;
    const int percent
        = record && record->totalBytes > 0 ? int(record->doneBytes * 100 / record->totalBytes) : 0;
    QString text = tr("Download for offline");
    bool enabled = !m_lecture.id.isEmpty();
    if (record) {
        switch (state) {
        case DownloadState::Queued:
            text = tr("Queued for download");
            enabled = false;
            break;
        case DownloadState::Active:
            text = tr("Downloading… %1%").arg(percent);
            enabled = false;
            break;
        case DownloadState::Paused:
            text = tr("Resume download (%1%)").arg(percent);
            break;
        case DownloadState::Failed:
            text = tr("Download failed: retry");
            break;
        case DownloadState::Done:
            text = tr("Downloaded: plays offline");
            enabled = false;
            break;
        }
    }
    m_downloadButton->setText(text);
    m_downloadButton->setEnabled(enabled);
    m_downloadButton->setToolTip(record && state == DownloadState::Failed
                                     ? record->error
                                     : tr("Keep this lecture on this computer to watch it "
                                          "offline"));
}

} // namespace lectern
