#pragma once

#include "store/studyrepository.h"
#include "study/studyplan.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace lectern {

class LocalStore;
class ProgrammeModel;
class StudyCharts;
class WeekList;

// Home: what to do next, at a glance (docs/architecture.md, "Dashboard"). This week's
// lectures and quizzes across the current trimester's courses, where to continue watching,
// quizzes due or overdue and the next live sessions, programme progress (units earned, course
// completion, quiz average) and charts of study time and quiz scores. Each lecture or quiz is one
// click away.
//
// Reads the catalog and progress from the programme model and asks the store (on its thread)
// for the study log and attempt outcomes; it refreshes when either changes, at once while it is
// shown and on the next show otherwise.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr int kWideWidth = 980; // below it, the cards stack in one column

    DashboardPage(LocalStore *store, ProgrammeModel *model, QWidget *parent = nullptr);

    const StudyPlan &plan() const { return m_plan; }
    int shownTrimester() const { return m_trimester; }
    int shownWeek() const { return m_week; }
    // Shows another week (the learner's pick); 0, 0 returns to this week.
    void showWeek(int trimester, int week);
    StudyCharts *charts() const { return m_charts; }
    // Ask for fresh data now (e.g. when the page is shown again).
    void refresh();

Q_SIGNALS:
    void lectureRequested(const QString &lectureId, qint64 positionMs); // < 0: resume point
    void quizRequested(const QString &lectureId);
    void liveSessionsRequested(); // the page of every course's live session and its export

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeCards(bool wide);
    void scheduleRefresh();
    void recordLoaded(const StudyRecord &record);
    void progressLoaded();
    bool showLoadingState(const CatalogSnapshot &snapshot);
    void rebuild();
    void fillPicker();
    void fillContinue();
    void fillDue();
    void fillProgress();
    void restoreTabOrder();

    LocalStore *m_store;
    ProgrammeModel *m_model;
    StudyRecord m_record;
    // Until both have been read Home says it is loading, not "nothing to do".
    bool m_recordLoaded = false;
    bool m_progressLoaded = false;
    StudyPlan m_plan;
    QTimer m_refresh;
    bool m_dirty = true;
    bool m_pickedByUser = false;
    int m_trimester = 0;
    int m_week = 0;

    bool m_wide = true;
    QGridLayout *m_cards = nullptr;
    QList<QWidget *> m_mainCards; // this week, the charts
    QList<QWidget *> m_sideCards; // continue watching, due, progress

    QLabel *m_heading;
    QLabel *m_stateNote; // what is coming while there is nothing to show yet
    QWidget *m_body; // the cards
    QComboBox *m_trimesterPicker;
    QComboBox *m_weekPicker;
    QPushButton *m_thisWeekButton;
    QPushButton *m_liveSessionsButton;
    WeekList *m_weekList;
    QVBoxLayout *m_continue;
    QVBoxLayout *m_due;
    QLabel *m_units;
    QLabel *m_progressMeaning;
    QLabel *m_average;
    QVBoxLayout *m_courseBars;
    StudyCharts *m_charts;
    QScrollArea *m_scroll;
};

} // namespace lectern
