#pragma once

#include "quiz/questionwidget.h"
#include "quiz/quizsettings.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;

class QPushButton;
class QScrollArea;

namespace lectern {

class AttemptSession;
class QuizNavigator;

// Taking an attempt: the questions (one per page or all on one page), the navigator, flags,
// Previous/Next, the countdown and Submit with its confirmation. It changes the session it is
// given and says so; the quiz page saves, keeps the clock and submits.
class AttemptView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptView)

public:
    explicit AttemptView(QWidget *parent = nullptr);

    // session outlives the view's use of it (the page owns both); preview shows the keys.
    void begin(AttemptSession *session, const QString &title, bool preview);
    void end(); // the attempt is over: drops the widgets and any open confirmation

    void setLayoutMode(QuizLayout layout);
    QuizLayout layoutMode() const { return m_layout; }
    void showPosition(int position);
    int currentPosition() const { return m_current; }
    // Milliseconds left, or -1 when untimed.
    void setRemaining(qint64 remainingMs);

    QuizNavigator *navigator() const { return m_navigator; }
    QuestionWidget *questionWidget(int position) const { return m_questions.value(position); }
    QMessageBox *confirmation() const { return m_confirmation; }

Q_SIGNALS:
    // A response, a flag or the current position changed in the session: save it now.
    void attemptChanged();
    void submitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleLabels(); // colours from the palette, so they read in light and dark themes
    void confirmSubmit();
    void updateNavigator(int position);
    void updateButtons();
    void restoreTabOrder();

    AttemptSession *m_session = nullptr;
    QuizLayout m_layout = QuizLayout::OnePerPage;
    int m_current = 0;
    bool m_lastMinute = false; // the countdown stands out
    QList<QuestionWidget *> m_questions;
    QPointer<QMessageBox> m_confirmation;

    QLabel *m_title;
    QLabel *m_previewBanner;
    QLabel *m_countdown;
    QCheckBox *m_allOnOnePage;
    QuizNavigator *m_navigator;
    QScrollArea *m_scroll;
    QWidget *m_questionArea;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
};

} // namespace lectern
