#pragma once

#include "store/studyrepository.h"

#include <QDate>
#include <QWidget>

#include <chrono>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace lectern {

// The dashboard's two charts (Qt Charts): lecture minutes studied per week over the last
// kWeeks weeks, and quiz scores over time.
//
// The data (sets, series, axes) is kept from the start, but the chart views, which cost more to
// lay out and paint than the rest of Home together, are made only when the charts are first on
// screen (Home starts scrolled to its top, the charts at its foot) or once the window has been
// idle a moment after it is shown; until then the area says the charts are being drawn.
class StudyCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyCharts)

public:
    static constexpr int kWeeks = 12;
    static constexpr int kChartHeight = 220;
    // After Home is first shown, the views are made this long later if not seen before: after
    // the window's first paints, when the programme has loaded.
    static constexpr auto kIdleDelay = std::chrono::milliseconds(1500);

    explicit StudyCharts(QWidget *parent = nullptr);
    ~StudyCharts() override;

    // days: the study log; scored: attempts that count, oldest first; today: the last week's.
    void setData(const QList<StudyDay> &days, const QList<AttemptOutcome> &scored, QDate today);

    // The first day of the week `day` is in, by the learner's locale.
    static QDate weekStart(QDate day);

    QBarSet *studyMinutes() const { return m_minutes; } // one value per week, oldest first
    QBarCategoryAxis *weekAxis() const { return m_weeks; }
    QLineSeries *quizScores() const { return m_scores; } // x: finish time (ms since epoch)
    // The two chart views, top to bottom: the keys reach each, a screen reader names it. Empty
    // until the views are made (viewsMade()).
    QList<QWidget *> tabStops() const;
    bool hasViews() const { return m_studyView != nullptr; }
    void makeViews();

Q_SIGNALS:
    void viewsMade(); // new tab stops

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyPalette();
    void queueViews();

    QChartView *m_studyView = nullptr;
    QChartView *m_scoreView = nullptr;
    bool m_viewsQueued = false;
    QBarSet *m_minutes;
    QBarCategoryAxis *m_weeks;
    QValueAxis *m_minutesAxis;
    QLineSeries *m_scores;
    QScatterSeries *m_scorePoints;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_percentAxis;
    QString m_scoreTitle;
    QString m_studyToolTip;
};

} // namespace lectern
