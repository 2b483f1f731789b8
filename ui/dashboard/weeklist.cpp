#include "weeklist.h"

#include "dashboard/elidedbutton.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStyle>

namespace lectern {

WeekList::WeekList(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("weekList"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(0, 1);
}

QString WeekList::quizText(const LectureStanding &item)
{
    const QLocale locale;
    switch (item.quiz) {
    case QuizStanding::Locked:
        return tr("Quiz locked");
    case QuizStanding::Unlocked:
        return tr("Take the quiz");
    case QuizStanding::Attempted:
        return item.bestPercent ? tr("Try again (best %1%)").arg(qRound(*item.bestPercent))
                                : tr("Try again");
    case QuizStanding::PassedProvisional:
        return tr("Passed %1% · not yet confirmed").arg(qRound(item.bestPercent.value_or(0)));
    case QuizStanding::Passed:
        return tr("Passed %1%").arg(qRound(item.bestPercent.value_or(0)));
    }
    return {};
}

QList<QWidget *> WeekList::tabStops() const
{
    QList<QWidget *> stops;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        for (const int column : {0, 3}) {
            QLayoutItem *item = m_grid->itemAtPosition(row, column);
            if (QWidget *widget = item ? item->widget() : nullptr;
                widget && widget->focusPolicy() != Qt::NoFocus) {
                stops.append(widget);
            }
        }
    }
    return stops;
}

const QIcon &WeekList::passedIcon()
{
    if (m_passedIcon.isNull())
        m_passedIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    return m_passedIcon;
}

void WeekList::clearRows()
{
    while (QLayoutItem *child = m_grid->takeAt(0)) {
        delete child->widget();
        delete child;
    }
}

void WeekList::setItems(const QList<LectureStanding> &items)
{
    if (m_items == items)
        return;
    m_items = items;
    QWidget *focus = QApplication::focusWidget();
    const QString focusedRow = focus && isAncestorOf(focus) ? focus->objectName() : QString();
    // Rebuilt below; the focus (on a row about to go) must not wander off the page meanwhile.
    if (!focusedRow.isEmpty())
        setFocus(Qt::OtherFocusReason);
    clearRows();
    const auto refocus = qScopeGuard([this, &focusedRow] {
        if (focusedRow.isEmpty())
            return;
        if (auto *again = findChild<QWidget *>(focusedRow, Qt::FindDirectChildrenOnly))
            again->setFocus(Qt::OtherFocusReason);
        else if (const QList<QWidget *> stops = tabStops(); !stops.isEmpty())
            stops.first()->setFocus(Qt::OtherFocusReason);
    });
    if (items.isEmpty()) {
        auto *empty = new QLabel(tr("Nothing is planned for this week."), this);
        empty->setObjectName(QStringLiteral("weekEmpty"));
        m_grid->addWidget(empty, 0, 0, 1, 4);
        return;
    }
    int row = 0;
    for (const LectureStanding &item : items) {
        auto *lecture = new ElidedButton(ElidedButton::Lead::PlayArrow, item.title, this);
        lecture->setObjectName(QStringLiteral("weekLecture-%1").arg(item.lectureId));
        lecture->setFlat(true);
        lecture->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 6px;"));
        // The title may be cut to fit: the tool tip has it whole.
        lecture->setToolTip(item.positionMs > 0
                                ? tr("%1\nOpen the lecture where you stopped").arg(item.title)
                                : tr("%1\nOpen the lecture").arg(item.title));
        lecture->setAccessibleName(tr("Lecture %1, %2").arg(item.title, item.courseCode));
        connect(lecture, &QPushButton::clicked, this,
                [this, id = item.lectureId] { Q_EMIT lectureRequested(id, -1); });

        auto *course = new QLabel(item.courseCode, this);
        course->setToolTip(item.courseTitle);

        auto *watched = new QProgressBar(this);
        watched->setObjectName(QStringLiteral("weekWatched-%1").arg(item.lectureId));
        watched->setRange(0, 100);
        watched->setValue(int(item.watched * 100));
        watched->setFormat(tr("%p% watched"));
        watched->setFixedWidth(120);
        watched->setAccessibleName(tr("Watched"));

        auto *quiz = new QPushButton(quizText(item), this);
        quiz->setObjectName(QStringLiteral("weekQuiz-%1").arg(item.lectureId));
        quiz->setEnabled(item.hasQuiz);
        quiz->setMinimumWidth(140);
        if (item.quiz == QuizStanding::Passed || item.quiz == QuizStanding::PassedProvisional)
            quiz->setIcon(passedIcon());
        quiz->setToolTip(item.quiz == QuizStanding::Locked
                             ? tr("Opens once the lecture has been watched far enough")
                             : item.quizTitle);
        quiz->setAccessibleName(tr("%1: %2").arg(item.quizTitle, quizText(item)));
        connect(quiz, &QPushButton::clicked, this,
                [this, id = item.lectureId] { Q_EMIT quizRequested(id); });

        m_grid->addWidget(lecture, row, 0);
        m_grid->addWidget(course, row, 1);
        m_grid->addWidget(watched, row, 2);
        m_grid->addWidget(quiz, row, 3);
        ++row;
    }
}

} // namespace lectern
