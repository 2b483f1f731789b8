#pragma once

#include "domain/catalog.h"
#include "media/playbacktracker.h"
#include "store/progressrepository.h"

#include <QElapsedTimer>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QAudioOutput;
class QVideoWidget;

namespace lectern {

class LocalStore;

// Plays one lecture and measures it: QMediaPlayer (GStreamer) → PlaybackTracker → the local
// store every 10 s and on pause, seek, switch and close. Survives a network drop by retrying
// from the same position. In preview mode (faculty) it plays but records nothing.
class LecturePlayback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LecturePlayback)

public:
    // Preview: faculty, the quiz open. LearnerPreview: faculty seeing what a learner sees, the
    // coverage and unlock rule counted from this viewing alone. Neither records anything.
    enum class Mode { Learner, Preview, LearnerPreview };
    static constexpr int kSaveIntervalMs = 10000;
    static constexpr int kRetryIntervalMs = 4000;

    explicit LecturePlayback(LocalStore *store, QObject *parent = nullptr);
    ~LecturePlayback() override;

    void setVideoOutput(QVideoWidget *output);
    QMediaPlayer *player() const { return m_player; }

    // Loads a lecture paused at its resume point; the previous one is saved first.
    void open(const Lecture &lecture, const LectureProgress &progress, const QUrl &source,
              Mode mode);
    // Changes the stream (another rendition, or the downloaded copy) at the same position.
    void switchSource(const QUrl &source);
    void close();

    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 positionMs);
    void seekBy(qint64 deltaMs);
    void setRate(double rate);
    double rate() const;
    void setVolume(float volume);
    void setMuted(bool muted);
    bool isMuted() const;
    bool isPlaying() const;

    QString lectureId() const { return m_lectureId; }
    qint64 position() const;
    qint64 duration() const;
    const IntervalSet &watched() const { return m_tracker.watched(); }
    void saveNow();

Q_SIGNALS:
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void watchedChanged(const lectern::IntervalSet &watched);
    void playingChanged(bool playing);
    void problemOccurred(const QString &message); // shown over the player until cleared
    void problemCleared();

private:
    void observe();
    void handleError(QMediaPlayer::Error error, const QString &message);
    void retry();
    PlayerState trackerState() const;

    LocalStore *m_store;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio; // attached to the player only while a sound device exists
    QMediaDevices m_devices;
    PlaybackTracker m_tracker;
    QElapsedTimer m_clock;
    QTimer m_observeTimer;
    QTimer m_saveTimer;
    QTimer m_retryTimer;
    QString m_lectureId;
    QUrl m_source;
    Mode m_mode = Mode::Learner;
    qint64 m_resumeMs = 0; // where to go once the media is loaded
    qint64 m_startMs = 0; // that place, checked again when playing starts
    qint64 m_lastPositionMs = 0;
    qint64 m_fallbackDurationMs = 0; // the catalog's, until the media says
    bool m_wantPlaying = false;
    bool m_inTrouble = false;
};

} // namespace lectern
