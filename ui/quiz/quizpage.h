#pragma once

#include "domain/catalog.h"
#include "quiz/attemptsession.h"
#include "store/quizrepository.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace lectern {

class AttemptView;
class LocalStore;
class ResultView;

// One lecture's quiz: the start page (settings in plain words, why it cannot start, the
// attempt history, Start or Resume), the attempt, and the result. It owns the clock and the
// AttemptSession, saves every change through the store at once, and submits when the learner
// confirms or the time runs out. Faculty preview runs the same pages with the keys shown and
// writes nothing.
class QuizPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuizPage)

public:
    enum class Mode {
        Learner,
        Preview, // faculty: any quiz of their courses, keys inline, nothing recorded
        // Faculty seeing what a learner sees: the lock and its unlock rule, no keys, and still
        // nothing recorded.
        LearnerPreview,
    };
    using Clock = std::function<QDateTime()>; // UTC now

    explicit QuizPage(LocalStore *store, QWidget *parent = nullptr);
    ~QuizPage() override;

    // unlocked: the learner has watched enough of the lecture (ignored in preview).
    void openQuiz(const Course &course, const Lecture &lecture, bool unlocked, Mode mode);
    void closeQuiz(); // leaves any attempt where it is: every answer is already saved
    void setUnlocked(bool unlocked);
    QString lectureId() const { return m_lecture.id; }
    bool isTakingAttempt() const { return bool(m_session); }
    const QuizBundle &bundle() const { return m_bundle; }

    // Tests move time forward; the default is the system clock.
    void setClock(Clock clock);

    AttemptView *attemptView() const { return m_attemptView; }
    ResultView *resultView() const { return m_resultView; }

Q_SIGNALS:
    // The quiz of lectureId was loaded from the store and its pages show it.
    void bundleShown(const QString &lectureId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildStartView();
    void styleBanners();
    void showBundle(const QuizBundle &bundle);
    void refreshStart();
    void fillHistory();
    QString settingsText() const;
    void startAttempt();
    void beginSession(const Attempt &attempt);
    void tick();
    void submit(bool autoSubmitted);
    void save();
    void showResultOf(const Attempt &attempt, const Quiz &quiz);
    void reload();
    int attemptsUsed(const QString &exceptId = {}) const;
    const Attempt *inProgressAttempt() const;
    bool isPreview() const { return m_mode == Mode::Preview; } // faculty texts and keys
    bool recordsNothing() const { return m_mode != Mode::Learner; }

    LocalStore *m_store;
    Clock m_clock;
    Course m_course;
    Lecture m_lecture;
    Mode m_mode = Mode::Learner;
    bool m_unlocked = false;
    QuizBundle m_bundle;
    bool m_loaded = false;
    std::unique_ptr<AttemptSession> m_session;
    // Submitted here but perhaps not yet in a bundle the store sends back.
    QHash<QString, Attempt> m_submitted;
    QString m_shownResultId;
    QTimer *m_timer;

    QStackedWidget *m_views;
    QWidget *m_startView;
    AttemptView *m_attemptView;
    ResultView *m_resultView;
    QLabel *m_title;
    QLabel *m_settings;
    QLabel *m_notice;
    QLabel *m_refusals;
    QLabel *m_historyTitle;
    QTreeWidget *m_history;
    QWidget *m_filler = nullptr;
    QPushButton *m_startButton;
};

} // namespace lectern
