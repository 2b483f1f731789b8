#pragma once

#include "domain/catalog.h"
#include "domain/lecturemedia.h"
#include "media/webvtt.h"
#include "player/lectureplayback.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QShortcut;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace lectern {

class ApiClient;
class DownloadManager;
class LocalStore;
class WatchedSeekBar;

// One lecture: the video with captions drawn over it, the controls, the watched ranges on the
// seek bar, coverage against the unlock threshold, and the transcript that follows playback.
class LecturePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LecturePage)

public:
    LecturePage(ApiClient *api, LocalStore *store, QWidget *parent = nullptr);

    void openLecture(const Course &course, const Lecture &lecture, const LectureProgress &progress,
                     LecturePlayback::Mode mode);
    void closeLecture();
    // Downloaded lectures then play from disk; the page offers the open lecture's download.
    void setDownloads(DownloadManager *downloads);
    // The store saved viewing: refresh coverage, and announce an unlock.
    void showProgress(const LectureProgress &progress, bool quizJustUnlocked);

    LecturePlayback *playback() const { return m_playback; }
    QString lectureId() const { return m_lecture.id; }
    const QList<Cue> &cues() const { return m_cues; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void installShortcuts();
    void setFullScreen(bool on);
    void updatePaletteColours();
    void setMedia(const LectureMedia &media);
    void loadCaptions(const QUrl &url);
    void updateTime(qint64 positionMs);
    void updateCoverage(const IntervalSet &watched);
    void showProblem(const QString &message);
    void showShortcuts();
    void stepRate(int direction);
    void updateDownloadButton();
    void restoreTabOrder();

    ApiClient *m_api;
    LecturePlayback *m_playback;
    Course m_course;
    Lecture m_lecture;
    LectureMedia m_media;
    LecturePlayback::Mode m_mode = LecturePlayback::Mode::Learner;
    bool m_unlocked = false;
    QList<Cue> m_cues;
    qsizetype m_currentCue = -1;
    int m_openGeneration = 0; // answers for a lecture no longer open are dropped
    DownloadManager *m_downloads = nullptr;
    QPushButton *m_downloadButton = nullptr;

    QLabel *m_title;
    QLabel *m_coverage;
    QLabel *m_notice;
    QLabel *m_problem;
    QVideoWidget *m_video;
    QPushButton *m_playButton;
    WatchedSeekBar *m_seekBar;
    QLabel *m_time;
    QComboBox *m_speed;
    QComboBox *m_quality;
    QSlider *m_volume;
    QToolButton *m_mute;
    QCheckBox *m_captions;
    QToolButton *m_fullScreen;
    QToolButton *m_shortcutsButton;
    QListWidget *m_transcript;
    QList<QShortcut *> m_fullScreenShortcuts;
};

} // namespace lectern
