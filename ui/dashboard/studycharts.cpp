#include "studycharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace lectern {
namespace {

QChartView *makeView(QChart *chart, const QString &objectName, const QString &accessibleName,
                     QWidget *parent)
{
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

StudyCharts::StudyCharts(QWidget *parent)
    : QWidget(parent)
    , m_minutes(new QBarSet(tr("Minutes")))
    , m_weeks(new QBarCategoryAxis)
    , m_scores(new QLineSeries)
    , m_scorePoints(new QScatterSeries)
{
    setObjectName(QStringLiteral("studyCharts"));

    auto *study = new QChart;
    auto *bars = new QBarSeries;
    bars->append(m_minutes);
    study->addSeries(bars);
    study->addAxis(m_weeks, Qt::AlignBottom);
    auto *minutesAxis = new QValueAxis;
    minutesAxis->setLabelFormat(QStringLiteral("%d"));
    minutesAxis->setTitleText(tr("Minutes"));
    study->addAxis(minutesAxis, Qt::AlignLeft);
    bars->attachAxis(m_weeks);
    bars->attachAxis(minutesAxis);
    study->setTitle(tr("Study time per week"));
    m_studyView
        = makeView(study, QStringLiteral("studyTimeChart"), tr("Study time per week"), this);

    auto *scores = new QChart;
    m_scores->setName(tr("Quiz score"));
    m_scorePoints->setMarkerSize(8);
    scores->addSeries(m_scores);
    scores->addSeries(m_scorePoints);
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("d MMM"));
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(QStringLiteral("%d%%"));
    scores->addAxis(timeAxis, Qt::AlignBottom);
    scores->addAxis(percentAxis, Qt::AlignLeft);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_scores), static_cast<QXYSeries *>(m_scorePoints)}) {
        series->attachAxis(timeAxis);
        series->attachAxis(percentAxis);
    }
    scores->setTitle(tr("Quiz scores"));
    m_scoreView
        = makeView(scores, QStringLiteral("quizScoreChart"), tr("Quiz scores over time"), this);

    // One above the other: side by side, twelve week labels do not fit a half-width chart.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_studyView, 1);
    layout->addWidget(m_scoreView, 1);
    applyPalette();
}

QList<QWidget *> StudyCharts::tabStops() const
{
    return {m_studyView, m_scoreView};
}

QDate StudyCharts::weekStart(QDate day)
{
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

void StudyCharts::setData(const QList<StudyDay> &days, const QList<AttemptOutcome> &scored,
                          QDate today)
{
    // Weeks by the learner's calendar, the current one last; a week without study is a zero
    // bar, not a gap, so the rhythm of the weeks shows.
    const QDate lastWeek = weekStart(today);
    const QDate firstWeek = lastWeek.addDays(-7 * (kWeeks - 1));
    QList<double> minutes(kWeeks, 0.0);
    for (const StudyDay &day : days) {
        const qint64 index = firstWeek.daysTo(weekStart(day.day)) / 7;
        if (index >= 0 && index < kWeeks)
            minutes[index] += double(day.watchedMs) / 60000.0;
    }
    QStringList labels;
    const QLocale locale;
    for (int week = 0; week < kWeeks; ++week)
        labels.append(locale.toString(firstWeek.addDays(7 * week), tr("d MMM", "week label")));
    m_minutes->remove(0, m_minutes->count());
    double highest = 0;
    for (double value : minutes) {
        const double rounded = std::round(value * 10) / 10;
        m_minutes->append(rounded);
        highest = std::max(highest, rounded);
    }
    m_weeks->clear();
    m_weeks->append(labels);
    if (auto *axis
        = qobject_cast<QValueAxis *>(m_studyView->chart()->axes(Qt::Vertical).value(0))) {
        // Round figures on the ticks (0, 10, 20 … or what suits the tallest week).
        axis->setRange(0, std::max(10.0, highest));
        axis->applyNiceNumbers();
    }
    m_studyView->setToolTip(
        tr("Lecture time played on this computer each week (re-watching counts)."));

    QList<QPointF> points;
    for (const AttemptOutcome &attempt : scored)
        points.append(QPointF(double(attempt.finishedAt.toMSecsSinceEpoch()), attempt.percent));
    m_scores->replace(points);
    m_scorePoints->replace(points);
    if (auto *axis
        = qobject_cast<QDateTimeAxis *>(m_scoreView->chart()->axes(Qt::Horizontal).value(0))) {
        // A single attempt still gets a readable span around it.
        const QDateTime from = points.isEmpty()
            ? QDateTime(today.addDays(-7), QTime(0, 0))
            : scored.first().finishedAt.toLocalTime().addDays(-1);
        const QDateTime to = points.isEmpty() ? QDateTime(today.addDays(1), QTime(0, 0))
                                              : scored.last().finishedAt.toLocalTime().addDays(1);
        axis->setRange(from, to);
    }
    m_scoreView->chart()->setTitle(points.isEmpty() ? tr("Quiz scores: none yet")
                                                    : tr("Quiz scores"));
}

void StudyCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void StudyCharts::applyPalette()
{
    // Charts follow the light or dark palette of the rest of the window.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : {m_studyView, m_scoreView}) {
        QChart *chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsBrush(palette().brush(QPalette::Text));
            axis->setTitleBrush(palette().brush(QPalette::Text));
        }
    }
    // Twelve dates in a row: a smaller font (set after setTheme, which resets fonts).
    QFont small = m_weeks->labelsFont();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    m_weeks->setLabelsFont(small);
    // setTheme resets series colours: the accent is the palette's highlight.
    m_minutes->setColor(palette().color(QPalette::Highlight));
    m_scores->setColor(palette().color(QPalette::Highlight));
    m_scorePoints->setColor(palette().color(QPalette::Highlight));
}

} // namespace lectern
