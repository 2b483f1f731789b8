#pragma once

#include "quiz/attempt.h"
#include "quiz/quiz.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <utility>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleLabels(); // colours from the palette, so they read in light and dark themes

    QString m_attemptId;
    QColor m_passedColour; // invalid while there is no verdict
    bool m_unsettled = false; // the status stands out until the server's grade counts
    QList<std::pair<QPointer<QLabel>, QColor>> m_marks; // each question's mark and its colour
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
