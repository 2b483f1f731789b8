#pragma once

#include "store/studyrepository.h"

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;

namespace lectern {

// The dashboard's two charts (Qt Charts): lecture minutes studied per week over the last
// kWeeks weeks, and quiz scores over time.
class StudyCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyCharts)

public:
    static constexpr int kWeeks = 12;

    explicit StudyCharts(QWidget *parent = nullptr);

    // days: the study log; scored: attempts that count, oldest first; today: the last week's.
    void setData(const QList<StudyDay> &days, const QList<AttemptOutcome> &scored, QDate today);

    // The first day of the week `day` is in, by the learner's locale.
    static QDate weekStart(QDate day);

    QBarSet *studyMinutes() const { return m_minutes; } // one value per week, oldest first
    QBarCategoryAxis *weekAxis() const { return m_weeks; }
    QLineSeries *quizScores() const { return m_scores; } // x: finish time (ms since epoch)
    // The two chart views, top to bottom: the keys reach each, a screen reader names it.
    QList<QWidget *> tabStops() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChartView *m_studyView;
    QChartView *m_scoreView;
    QBarSet *m_minutes;
    QBarCategoryAxis *m_weeks;
    QLineSeries *m_scores;
    QScatterSeries *m_scorePoints;
};

} // namespace lectern
