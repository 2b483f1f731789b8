#include "lectureplayback.h"

#include "domain/logging.h"
#include "store/localstore.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QVideoWidget>

namespace lectern {

LecturePlayback::LecturePlayback(LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
{
    // With no sound device the player gets no audio output at all and plays silently: Qt 6.4's
    // GStreamer backend otherwise links a sink that cannot open, and changing the source while
    // that sink waits to preroll deadlocked the whole window (1 run in 6 of
    // tst_offlineplayback hung in QMediaPlayer::setSource). A device plugged in later is used
    // from then on.
    const auto attachAudioWhenADeviceExists = [this] {
        if (!m_player->audioOutput() && !QMediaDevices::audioOutputs().isEmpty())
            m_player->setAudioOutput(m_audio);
    };
    attachAudioWhenADeviceExists();
    connect(&m_devices, &QMediaDevices::audioOutputsChanged, this, attachAudioWhenADeviceExists);
    m_clock.start();

    m_observeTimer.setInterval(250);
    connect(&m_observeTimer, &QTimer::timeout, this, &LecturePlayback::observe);
    m_saveTimer.setInterval(kSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &LecturePlayback::saveNow);
    m_retryTimer.setInterval(kRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &LecturePlayback::retry);

    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 positionMs) {
        // Only a playing player says where the learner is. While a source loads, fails or is
        // being put back at the resume point it reports 0; seeks set the position themselves.
        if (m_player->playbackState() != QMediaPlayer::PlayingState || m_resumeMs > 0
            || m_inTrouble) {
            return;
        }
        // GStreamer drops a seek made on a paused stream that has just loaded (HLS): the
        // first position of playing says whether the start point held; if not, seek again.
        if (const qint64 start = std::exchange(m_startMs, 0);
            start > 0 && std::abs(positionMs - start) > 1000) {
            m_tracker.seekStarted();
            m_player->setPosition(start);
            return;
        }
        m_lastPositionMs = positionMs;
        observe();
        Q_EMIT positionChanged(positionMs);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, &LecturePlayback::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                observe();
                const bool playing = state == QMediaPlayer::PlayingState;
                if (playing)
                    m_observeTimer.start();
                else
                    m_observeTimer.stop();
                if (state == QMediaPlayer::PausedState)
                    saveNow();
                Q_EMIT playingChanged(playing);
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                observe();
                if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) {
                    if (m_resumeMs > 0) {
                        m_tracker.seekStarted();
                        m_player->setPosition(m_resumeMs);
                        m_startMs = m_resumeMs;
                        m_resumeMs = 0;
                    }
                    if (m_inTrouble) {
                        m_inTrouble = false;
                        m_retryTimer.stop();
                        Q_EMIT problemCleared();
                    }
                    if (m_wantPlaying && m_player->playbackState() != QMediaPlayer::PlayingState)
                        m_player->play();
                }
                if (status == QMediaPlayer::EndOfMedia) {
                    m_wantPlaying = false;
                    saveNow();
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &LecturePlayback::handleError);
}

LecturePlayback::~LecturePlayback()
{
    close();
}

void LecturePlayback::setVideoOutput(QVideoWidget *output)
{
    m_player->setVideoOutput(output);
}

void LecturePlayback::open(const Lecture &lecture, const LectureProgress &progress,
                           const QUrl &source, Mode mode)
{
    close();
    m_lectureId = lecture.id;
    m_mode = mode;
    m_source = source;
    m_fallbackDurationMs = qint64(lecture.durationSeconds) * 1000;
    m_tracker = PlaybackTracker(mode != Mode::Learner ? IntervalSet() : progress.watched);
    // A lecture watched to the end starts again from the beginning.
    const qint64 nearEnd = m_fallbackDurationMs - 5000;
    m_resumeMs = progress.positionMs < nearEnd ? progress.positionMs : 0;
    m_lastPositionMs = m_resumeMs;
    m_wantPlaying = false;
    m_player->setSource(source);
    m_player->pause(); // loads and prerolls so the first frame shows at once
    Q_EMIT watchedChanged(m_tracker.watched());
    Q_EMIT positionChanged(m_resumeMs);
    m_saveTimer.start();
}

void LecturePlayback::switchSource(const QUrl &source)
{
    if (source == m_source || m_lectureId.isEmpty())
        return;
    saveNow();
    m_resumeMs = position();
    m_tracker.seekStarted();
    m_source = source;
    m_player->setSource(source);
    m_player->pause();
}

void LecturePlayback::close()
{
    if (m_lectureId.isEmpty())
        return;
    observe();
    saveNow();
    m_saveTimer.stop();
    m_retryTimer.stop();
    m_observeTimer.stop();
    m_player->stop();
    m_player->setSource(QUrl());
    m_lectureId.clear();
    m_startMs = 0;
    m_inTrouble = false;
}

void LecturePlayback::play()
{
    m_wantPlaying = true;
    m_player->play();
}

void LecturePlayback::pause()
{
    m_wantPlaying = false;
    m_player->pause();
}

void LecturePlayback::togglePlayPause()
{
    isPlaying() ? pause() : play();
}

bool LecturePlayback::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

void LecturePlayback::seek(qint64 positionMs)
{
    m_startMs = 0; // the learner chose another place
    observe();
    m_tracker.seekStarted();
    const qint64 target = std::clamp<qint64>(positionMs, 0, std::max<qint64>(0, duration()));
    m_player->setPosition(target);
    m_lastPositionMs = target;
    saveNow();
    Q_EMIT positionChanged(target);
}

void LecturePlayback::seekBy(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void LecturePlayback::setRate(double rate)
{
    observe();
    m_player->setPlaybackRate(std::clamp(rate, 0.75, 2.0));
}

double LecturePlayback::rate() const
{
    return m_player->playbackRate();
}

void LecturePlayback::setVolume(float volume)
{
    m_audio->setVolume(volume);
}

void LecturePlayback::setMuted(bool muted)
{
    m_audio->setMuted(muted);
}

bool LecturePlayback::isMuted() const
{
    return m_audio->isMuted();
}

qint64 LecturePlayback::position() const
{
    return m_lastPositionMs;
}

qint64 LecturePlayback::duration() const
{
    return m_player->duration() > 0 ? m_player->duration() : m_fallbackDurationMs;
}

PlayerState LecturePlayback::trackerState() const
{
    if (m_player->playbackState() != QMediaPlayer::PlayingState)
        return m_player->playbackState() == QMediaPlayer::PausedState ? PlayerState::Paused
                                                                      : PlayerState::Stopped;
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::LoadingMedia:
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::StalledMedia:
        return PlayerState::Buffering;
    default:
        return PlayerState::Playing;
    }
}

void LecturePlayback::observe()
{
    if (m_lectureId.isEmpty())
        return;
    const qint64 before = m_tracker.watched().coveredLength();
    m_tracker.observe(m_player->position(), m_clock.elapsed(), trackerState(),
                      m_player->playbackRate());
    if (m_tracker.watched().coveredLength() != before)
        Q_EMIT watchedChanged(m_tracker.watched());
}

void LecturePlayback::saveNow()
{
    if (m_lectureId.isEmpty() || m_mode != Mode::Learner)
        return;
    IntervalSet newlyWatched = m_tracker.takeNewlyWatched();
    m_store->recordViewingAsync(ViewingUpdate{m_lectureId, std::move(newlyWatched),
                                              m_lastPositionMs, QDateTime::currentDateTimeUtc()});
}

void LecturePlayback::handleError(QMediaPlayer::Error error, const QString &message)
{
    qCWarning(lcMedia) << "playback error" << error << message << m_source;
    if (error == QMediaPlayer::NoError)
        return;
    saveNow();
    m_inTrouble = true;
    if (error == QMediaPlayer::NetworkError || error == QMediaPlayer::ResourceError) {
        Q_EMIT problemOccurred(
            tr("The connection to the lecture was lost. Playback will continue from here "
               "when the network returns."));
        m_retryTimer.start();
        return;
    }
    Q_EMIT problemOccurred(tr("This lecture cannot be played: %1").arg(message));
}

void LecturePlayback::retry()
{
    if (m_lectureId.isEmpty()) {
        m_retryTimer.stop();
        return;
    }
    qCInfo(lcMedia) << "retrying" << m_source << "at" << m_lastPositionMs;
    m_resumeMs = m_lastPositionMs;
    m_tracker.seekStarted();
    m_player->setSource(QUrl());
    m_player->setSource(m_source);
    m_player->pause();
}

} // namespace lectern
