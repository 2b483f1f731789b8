#pragma once

#include <QWidget>

class QGridLayout;
class QToolButton;

namespace lectern {

// A button per question of an attempt, in display order: which are answered, which are flagged
// for review, which one is shown. A click asks to go to that question.
class QuizNavigator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuizNavigator)

public:
    explicit QuizNavigator(QWidget *parent = nullptr);

    void setQuestionCount(int count);
    int questionCount() const { return int(m_buttons.size()); }
    // position is 0-based; the buttons show 1-based numbers.
    void setState(int position, bool answered, bool flagged);
    void setCurrent(int position);
    QToolButton *button(int position) const { return m_buttons.value(position); }
    QList<QWidget *> tabStops() const; // the buttons, in display order

Q_SIGNALS:
    void positionActivated(int position);

protected:
    // The buttons' style sheets carry the palette's colours: a theme switched while the quiz
    // is open restyles them.
    void changeEvent(QEvent *event) override;

private:
    void updateButton(int position);

    struct State
    {
        bool answered = false;
        bool flagged = false;
    };
    QGridLayout *m_grid;
    QList<QToolButton *> m_buttons;
    QList<State> m_states;
    int m_current = -1;
};

} // namespace lectern
