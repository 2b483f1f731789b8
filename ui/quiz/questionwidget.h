#pragma once

#include "quiz/grading.h"
#include "quiz/question.h"

#include <QFrame>
#include <QPointer>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace lectern {

// One question of an attempt: its text, the editor its type needs, and "Flag for review".
// Choices appear in the attempt's order, but every response it reports uses the question's
// original answer indexes, as grading and the server expect (core/quiz/attempt.h).
class QuestionWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionWidget)

public:
    enum class Mode {
        Attempt, // a learner answering
        Preview, // faculty: the answer key and every feedback shown under the question
        Review, // the result page: the answers given, read-only, no flag
    };

    // answerOrder: display position -> index into question.answers (for matching, the order
    // of the right-hand list). number is 1-based, as the learner counts.
    QuestionWidget(const Question &question, const QList<int> &answerOrder, int number, Mode mode,
                   QWidget *parent = nullptr);

    int number() const { return m_number; }
    const Question &question() const { return m_question; }
    // Shows a stored response without reporting it back as a change.
    void setResponse(const Response &response);
    Response response() const { return m_response; }
    void setFlagged(bool flagged);
    bool isFlagged() const;
    // Time is up or the attempt was submitted: the answers can no longer change.
    void setAnswersEnabled(bool enabled);
    // What Tab stops on, as the question reads: the flag, the text, the answers.
    QList<QWidget *> tabStops() const;

Q_SIGNALS:
    void responseChanged(const lectern::Response &response);
    void flagToggled(bool flagged);

protected:
    void changeEvent(QEvent *event) override; // the key's colours follow the theme

private:
    void buildChoices(QVBoxLayout *layout, bool exclusive);
    void buildTrueFalse(QVBoxLayout *layout);
    void buildLineEdit(QVBoxLayout *layout, bool numeric);
    void buildMissingWord(QVBoxLayout *layout);
    void buildMatching(QVBoxLayout *layout);
    void buildKey(QVBoxLayout *layout);
    void styleKey(); // a green tint of the window, the window's text
    QComboBox *choiceCombo(const QList<int> &answers, bool matchSide);
    void freezeForReview();
    void report();
    void showResponse();

    Question m_question;
    QList<int> m_answerOrder;
    int m_number;
    Mode m_mode;
    Response m_response;
    bool m_showing = false; // true while a stored response is put on screen

    QCheckBox *m_flag = nullptr;
    QPointer<QFrame> m_key; // the answer key and feedback, in a review or a preview
    QWidget *m_text = nullptr; // the question's text; the sentence itself for a missing word
    QButtonGroup *m_choices = nullptr; // multiple choice, multiple answer, true/false
    QLineEdit *m_line = nullptr; // short answer, numerical, missing word to type
    QComboBox *m_blank = nullptr; // missing word with choices
    QList<QComboBox *> m_matches; // matching: one per left-hand item
    QList<int> m_matchLeft; // matching: the answer index each combo pairs
    QList<QWidget *> m_editors;
};

} // namespace lectern
