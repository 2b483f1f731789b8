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
#include <QPainter>
#include <QScatterSeries>
#include <QTimer>
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
    view->setMinimumHeight(StudyCharts::kChartHeight);
    return view;
}

} // namespace

StudyCharts::StudyCharts(QWidget *parent)
    : QWidget(parent)
    , m_minutes(new QBarSet(tr("Minutes")))
    , m_weeks(new QBarCategoryAxis)
    , m_minutesAxis(new QValueAxis)
    , m_scores(new QLineSeries)
    , m_scorePoints(new QScatterSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_percentAxis(new QValueAxis)
    , m_scoreTitle(tr("Quiz scores: none yet"))
{
    setObjectName(QStringLiteral("studyCharts"));
    // The views' room is kept from the start, so nothing below moves when they appear.
    setMinimumHeight(2 * kChartHeight + 6);
    m_minutesAxis->setLabelFormat(QStringLiteral("%d"));
    m_minutesAxis->setTitleText(tr("Minutes"));
    m_scores->setName(tr("Quiz score"));
    m_scorePoints->setMarkerSize(8);
    m_timeAxis->setFormat(QStringLiteral("d MMM"));
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setLabelFormat(QStringLiteral("%d%%"));
}

// The charts own the sets, series and axes once the views exist (addSeries, addAxis, append);
// until then nobody else does.
StudyCharts::~StudyCharts()
{
    if (m_studyView)
        return;
    delete m_minutes;
    delete m_weeks;
    delete m_minutesAxis;
    delete m_scores;
    delete m_scorePoints;
    delete m_timeAxis;
    delete m_percentAxis;
}

void StudyCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Below the fold the charts are not painted; they are made anyway once start-up is over,
    // so scrolling down later does not stop to build them.
    if (!m_studyView)
        QTimer::singleShot(kIdleDelay, this, &StudyCharts::makeViews);
}

void StudyCharts::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_studyView)
        return;
    // On screen before the views exist: say so for the moment it takes, and make them next.
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter, tr("Drawing the charts…"));
    queueViews();
}

void StudyCharts::queueViews()
{
    if (m_viewsQueued)
        return;
    m_viewsQueued = true;
    QMetaObject::invokeMethod(this, &StudyCharts::makeViews, Qt::QueuedConnection);
}

void StudyCharts::makeViews()
{
    if (m_studyView)
        return;
    auto *study = new QChart;
    auto *bars = new QBarSeries;
    bars->append(m_minutes);
    study->addSeries(bars);
    study->addAxis(m_weeks, Qt::AlignBottom);
    study->addAxis(m_minutesAxis, Qt::AlignLeft);
    bars->attachAxis(m_weeks);
    bars->attachAxis(m_minutesAxis);
    study->setTitle(tr("Study time per week"));
    m_studyView
        = makeView(study, QStringLiteral("studyTimeChart"), tr("Study time per week"), this);
    m_studyView->setToolTip(m_studyToolTip);

    auto *scores = new QChart;
    scores->addSeries(m_scores);
    scores->addSeries(m_scorePoints);
    scores->addAxis(m_timeAxis, Qt::AlignBottom);
    scores->addAxis(m_percentAxis, Qt::AlignLeft);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_scores), static_cast<QXYSeries *>(m_scorePoints)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_percentAxis);
    }
    scores->setTitle(m_scoreTitle);
    m_scoreView
        = makeView(scores, QStringLiteral("quizScoreChart"), tr("Quiz scores over time"), this);

    // One above the other: side by side, twelve week labels do not fit a half-width chart.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_studyView, 1);
    layout->addWidget(m_scoreView, 1);
    applyPalette();
    Q_EMIT viewsMade();
}

QList<QWidget *> StudyCharts::tabStops() const
{
    if (!m_studyView)
        return {};
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
    // Round figures on the ticks (0, 10, 20 … or what suits the tallest week).
    m_minutesAxis->setRange(0, std::max(10.0, highest));
    m_minutesAxis->applyNiceNumbers();
    m_studyToolTip = tr("Lecture time played on this computer each week (re-watching counts).");
    if (m_studyView)
        m_studyView->setToolTip(m_studyToolTip);

    QList<QPointF> points;
    for (const AttemptOutcome &attempt : scored)
        points.append(QPointF(double(attempt.finishedAt.toMSecsSinceEpoch()), attempt.percent));
    m_scores->replace(points);
    m_scorePoints->replace(points);
    // A single attempt still gets a readable span around it.
    const QDateTime from = points.isEmpty() ? QDateTime(today.addDays(-7), QTime(0, 0))
                                            : scored.first().finishedAt.toLocalTime().addDays(-1);
    const QDateTime to = points.isEmpty() ? QDateTime(today.addDays(1), QTime(0, 0))
                                          : scored.last().finishedAt.toLocalTime().addDays(1);
    m_timeAxis->setRange(from, to);
    m_scoreTitle = points.isEmpty() ? tr("Quiz scores: none yet") : tr("Quiz scores");
    if (m_scoreView)
        m_scoreView->chart()->setTitle(m_scoreTitle);
}

void StudyCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void StudyCharts::applyPalette()
{
    if (!m_studyView)
        return; // the views take the palette when they are made
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
