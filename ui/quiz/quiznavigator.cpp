#include "quiznavigator.h"

#include <QEvent>
#include <QGridLayout>
#include <QToolButton>

namespace lectern {
namespace {

constexpr int kColumns = 5;

} // namespace

QuizNavigator::QuizNavigator(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("quizNavigator"));
    setAccessibleName(tr("Questions"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
}

void QuizNavigator::setQuestionCount(int count)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_states = QList<State>(count);
    m_current = -1;
    for (int position = 0; position < count; ++position) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("navButton%1").arg(position + 1));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setMinimumSize(40, 34);
        connect(button, &QToolButton::clicked, this, [this, position] {
            updateButton(position); // a click toggles; the page decides what is current
            Q_EMIT positionActivated(position);
        });
        m_grid->addWidget(button, position / kColumns, position % kColumns);
        m_buttons.append(button);
        updateButton(position);
    }
}

QList<QWidget *> QuizNavigator::tabStops() const
{
    return {m_buttons.cbegin(), m_buttons.cend()};
}

void QuizNavigator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (int position = 0; position < m_buttons.size(); ++position)
        updateButton(position);
}

void QuizNavigator::setState(int position, bool answered, bool flagged)
{
    if (position < 0 || position >= m_states.size())
        return;
    m_states[position] = {answered, flagged};
    updateButton(position);
}

void QuizNavigator::setCurrent(int position)
{
    const int previous = m_current;
    m_current = position;
    updateButton(previous);
    updateButton(position);
}

void QuizNavigator::updateButton(int position)
{
    QToolButton *button = m_buttons.value(position);
    if (!button)
        return;
    const State state = m_states.at(position);
    const bool current = position == m_current;
    // The flag shows as a mark in the text, the answered state as a filled button, so both
    // read without colour too.
    button->setText(state.flagged ? QStringLiteral("%1 ⚑").arg(position + 1)
                                  : QString::number(position + 1));
    button->setChecked(current);
    QStringList parts{tr("Question %1").arg(position + 1)};
    parts.append(state.answered ? tr("answered") : tr("not answered"));
    if (state.flagged)
        parts.append(tr("flagged for review"));
    if (current)
        parts.append(tr("shown"));
    const QString description = parts.join(QStringLiteral(", "));
    button->setAccessibleName(description);
    button->setToolTip(description);
    QString style = QStringLiteral("border-radius: 4px; padding: 4px; ");
    // The palette's colours, written out: so the numbers stay readable in a dark palette too.
    // (A style sheet's palette(role) is resolved once and kept through a theme switch.)
    const QPalette &colours = palette();
    const auto colour = [&colours](QPalette::ColorRole role) {
        return colours.color(role).name();
    };
    style += state.answered
        ? QStringLiteral("background: %1; color: %2; ")
              .arg(colour(QPalette::Highlight), colour(QPalette::HighlightedText))
        : QStringLiteral("background: %1; color: %2; ")
              .arg(colour(QPalette::Base), colour(QPalette::Text));
    style += current
        ? QStringLiteral("border: 2px solid %1; font-weight: bold; ").arg(colour(QPalette::Link))
        : QStringLiteral("border: 1px solid %1; ").arg(colour(QPalette::Mid));
    if (state.flagged)
        style += QStringLiteral("border-style: dashed; ");
    button->setStyleSheet(QStringLiteral("QToolButton { %1}").arg(style));
}

} // namespace lectern
