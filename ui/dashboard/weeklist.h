#pragma once

#include "study/studyplan.h"

#include <QIcon>
#include <QWidget>

#include <optional>

class QGridLayout;

namespace lectern {

// The lectures and quizzes of one week of the plan, a row each: the lecture (one click opens
// it at its resume point), its course, how much is watched, and the quiz's state (one click
// opens the quiz).
class WeekList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekList)

public:
    explicit WeekList(QWidget *parent = nullptr);

    // Rebuilds the rows when the items differ from those shown. A background change (a sync, a
    // download finishing) rebuilds them under the user's keys: the focus stays on the same
    // lecture's or quiz's button.
    void setItems(const QList<LectureStanding> &items);
    // The rows' buttons as they read: each lecture, then its quiz.
    QList<QWidget *> tabStops() const;

    static QString quizText(const LectureStanding &item);

Q_SIGNALS:
    void lectureRequested(const QString &lectureId, qint64 positionMs); // < 0: resume point
    void quizRequested(const QString &lectureId);

private:
    void clearRows();
    const QIcon &passedIcon();

    QGridLayout *m_grid;
    std::optional<QList<LectureStanding>> m_items; // shown; none before the first setItems
    QIcon m_passedIcon; // the style reads its icon images from files each time: once per list
};

} // namespace lectern
