#pragma once

#include "quiz/attempt.h"
#include "quiz/quiz.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace lectern {

// The result of one attempt: score, pass or fail, who confirmed it (provisional until the
// server's grade arrives), and the per-question review with what the result allows to be seen.
// It shows only what the AttemptResult carries: correct answers and feedback are never worked
// out here for a learner.
class ResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)

public:
    explicit ResultView(QWidget *parent = nullptr);

    void showResult(const Quiz &quiz, const Attempt &attempt);
    QString attemptId() const { return m_attemptId; }

    // The one line that says whose grade this is and whether it counts.
    static QString statusText(const AttemptResult &result, bool preview);

Q_SIGNALS:
    void backRequested();

private:
    QString m_attemptId;
    QLabel *m_title;
    QLabel *m_finished;
    QLabel *m_score;
    QLabel *m_passed;
    QLabel *m_status;
    QLabel *m_autoSubmitted;
    QScrollArea *m_scroll;
    QPushButton *m_back;
};

} // namespace lectern
