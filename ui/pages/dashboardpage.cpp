#include "dashboardpage.h"

#include "dashboard/elidedbutton.h"
#include "dashboard/studycharts.h"
#include "dashboard/weeklist.h"
#include "live/livesessionschedule.h"
#include "models/programmemodel.h"
#include "store/localstore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {
namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// A titled panel of the dashboard; its rows go into the layout it returns.
QVBoxLayout *addCard(QList<QWidget *> &cards, const QString &title, const QString &objectName,
                     QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAccessibleName(title);
    auto *layout = new QVBoxLayout(card);
    auto *heading = new QLabel(title, card);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    layout->addWidget(heading);
    auto *rows = new QVBoxLayout;
    rows->setSpacing(4);
    layout->addLayout(rows);
    layout->addStretch(1);
    cards.append(card);
    return rows;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *child = layout->takeAt(0)) {
        if (QLayout *inner = child->layout())
            clearLayout(inner);
        delete child->widget();
        delete child;
    }
}

// The buttons of a card's rows, in the order the rows read.
QList<QWidget *> buttonsIn(const QLayout *layout)
{
    QList<QWidget *> buttons;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (const QLayout *inner = item->layout())
            buttons += buttonsIn(inner);
        else if (auto *button = qobject_cast<QAbstractButton *>(item->widget()))
            buttons.append(button);
    }
    return buttons;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString when(const QDateTime &time)
{
    // Day and minute are enough, and read faster than the locale's long forms.
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return DashboardPage::tr("%1, %2").arg(
        locale.toString(local.date(), QStringLiteral("ddd d MMM")),
        locale.toString(local.time(), timeFormat));
}

QString relative(const QDateTime &time, const QDateTime &now)
{
    const qint64 hours = now.secsTo(time) / 3600;
    if (hours >= 48)
        return DashboardPage::tr("in %n day(s)", nullptr, int(hours / 24));
    if (hours >= 1)
        return DashboardPage::tr("in %n hour(s)", nullptr, int(hours));
    if (hours > -1)
        return DashboardPage::tr("within the hour");
    if (hours > -48)
        return DashboardPage::tr("%n hour(s) ago", nullptr, int(-hours));
    return DashboardPage::tr("%n day(s) ago", nullptr, int(-hours / 24));
}

} // namespace

DashboardPage::DashboardPage(LocalStore *store, ProgrammeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_stateNote(new QLabel(this))
    , m_body(new QWidget(this))
    , m_trimesterPicker(new QComboBox(this))
    , m_weekPicker(new QComboBox(this))
    , m_thisWeekButton(new QPushButton(tr("This &week"), this))
    , m_liveSessionsButton(new QPushButton(tr("Li&ve sessions"), this))
    , m_weekList(new WeekList(this))
    , m_units(new QLabel(this))
    , m_progressMeaning(note(QString(), this))
    , m_average(new QLabel(this))
    , m_charts(new StudyCharts(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Home"));

    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setMinimumWidth(160);
    m_trimesterPicker->setObjectName(QStringLiteral("trimesterPicker"));
    m_trimesterPicker->setAccessibleName(tr("Trimester"));
    m_weekPicker->setObjectName(QStringLiteral("weekPicker"));
    m_weekPicker->setAccessibleName(tr("Week"));
    // The pickers keep their text whole; the heading wraps instead.
    for (QComboBox *picker : {m_trimesterPicker, m_weekPicker}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        picker->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    m_thisWeekButton->setObjectName(QStringLiteral("thisWeekButton"));
    m_thisWeekButton->setToolTip(tr("Back to the week with your next lecture or quiz"));
    m_thisWeekButton->setAccessibleName(tr("This week"));
    m_liveSessionsButton->setObjectName(QStringLiteral("dashboardLiveSessionsButton"));
    m_liveSessionsButton->setAccessibleName(tr("Live sessions"));
    m_liveSessionsButton->setToolTip(
        tr("Every course's weekly live session in your time zone, to join or add to a calendar"));
    m_units->setObjectName(QStringLiteral("unitsEarnedLabel"));
    m_units->setToolTip(tr("A course is complete, and its units are earned, when every quiz of "
                           "the course is passed and counted by the server."));
    // The bars measure quizzes, not viewing (the roster and the tree show lectures watched): the
    // card says so, so the two figures are never read as the same thing.
    m_progressMeaning->setObjectName(QStringLiteral("progressMeaning"));
    m_progressMeaning->setText(tr("Each bar is the share of the course's quizzes you have passed "
                                  "and the server has counted, not of lectures watched."));
    m_stateNote->setObjectName(QStringLiteral("dashboardStateNote"));
    m_stateNote->setWordWrap(true);
    m_stateNote->setForegroundRole(QPalette::PlaceholderText);
    m_average->setObjectName(QStringLiteral("quizAverageLabel"));
    m_average->setToolTip(tr("The mean of your best counted score in each quiz you have taken. "
                             "Attempts the server did not count are left out."));
    m_average->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_trimesterPicker);
    header->addWidget(m_weekPicker);
    header->addWidget(m_thisWeekButton);
    header->addWidget(m_liveSessionsButton);

    addCard(m_mainCards, tr("Lectures and quizzes"), QStringLiteral("weekCard"), this)
        ->addWidget(m_weekList);
    m_continue
        = addCard(m_sideCards, tr("Continue watching"), QStringLiteral("continueCard"), this);
    m_due = addCard(m_sideCards, tr("Due and upcoming"), QStringLiteral("dueCard"), this);
    QVBoxLayout *progress
        = addCard(m_sideCards, tr("Programme progress"), QStringLiteral("progressCard"), this);
    progress->addWidget(m_units);
    progress->addWidget(m_average);
    progress->addWidget(m_progressMeaning);
    m_courseBars = new QVBoxLayout;
    m_courseBars->setSpacing(2);
    progress->addLayout(m_courseBars);
    addCard(m_mainCards, tr("Study"), QStringLiteral("chartsCard"), this)->addWidget(m_charts);
    m_cards = new QGridLayout(m_body);
    m_cards->setContentsMargins(0, 0, 0, 0);
    placeCards(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_stateNote);
    contentLayout->addWidget(m_body);
    contentLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    // It takes Tab so the keys can scroll Home; a screen reader names it.
    m_scroll->setAccessibleName(tr("Home, scrollable"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connect(m_weekList, &WeekList::lectureRequested, this, &DashboardPage::lectureRequested);
    connect(m_weekList, &WeekList::quizRequested, this, &DashboardPage::quizRequested);
    connect(m_trimesterPicker, &QComboBox::activated, this, [this](int index) {
        const int trimester = m_trimesterPicker->itemData(index).toInt();
        showWeek(trimester, std::max(1, m_plan.currentWeek(trimester)));
    });
    connect(m_weekPicker, &QComboBox::activated, this,
            [this](int index) { showWeek(m_trimester, m_weekPicker->itemData(index).toInt()); });
    connect(m_thisWeekButton, &QPushButton::clicked, this, [this] { showWeek(0, 0); });
    connect(m_liveSessionsButton, &QPushButton::clicked, this,
            &DashboardPage::liveSessionsRequested);
    connect(m_charts, &StudyCharts::viewsMade, this, &DashboardPage::restoreTabOrder);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_store, &LocalStore::studyRecordLoaded, this, &DashboardPage::recordLoaded);
    connect(m_store, &LocalStore::attemptSubmitted, this, &DashboardPage::scheduleRefresh);
    connect(m_store, &LocalStore::attemptsChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_store, &LocalStore::cleared, this, &DashboardPage::scheduleRefresh);
    // The first read goes out at once, queued behind the catalog's: Home is the first page seen.
    connect(m_store, &LocalStore::opened, this, [this] {
        if (m_recordLoaded)
            scheduleRefresh();
        else
            refresh();
    });
    // Connected after the controller, which hands the progress to the model first: the
    // programme and its progress show together, in the same paint as the tree's.
    connect(m_store, &LocalStore::progressLoaded, this, &DashboardPage::progressLoaded);
    rebuild();
}

void DashboardPage::placeCards(bool wide)
{
    m_wide = wide;
    // Take the cards out (items and the side column's layout go, the cards stay).
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        if (QLayout *inner = item->layout()) {
            while (QLayoutItem *child = inner->takeAt(0))
                delete child;
        }
        delete item;
    }
    // Wide: this week and the charts on the left, the side cards on the right. Narrow (the
    // tree takes much of a small window): one column, what to do next first.
    const QList<QWidget *> narrowOrder{m_mainCards.at(0), m_sideCards.at(0), m_sideCards.at(1),
                                       m_sideCards.at(2), m_mainCards.at(1)};
    if (wide) {
        for (int row = 0; row < m_mainCards.size(); ++row)
            m_cards->addWidget(m_mainCards.at(row), row, 0, Qt::AlignTop);
        auto *side = new QVBoxLayout;
        for (QWidget *card : std::as_const(m_sideCards))
            side->addWidget(card);
        side->addStretch(1);
        m_cards->addLayout(side, 0, 1, m_mainCards.size(), 1);
        m_cards->setColumnStretch(0, 3);
        m_cards->setColumnStretch(1, 2);
    } else {
        for (int row = 0; row < narrowOrder.size(); ++row)
            m_cards->addWidget(narrowOrder.at(row), row, 0);
        m_cards->setColumnStretch(0, 1);
        m_cards->setColumnStretch(1, 0);
    }
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = width() >= kWideWidth;
    if (wide != m_wide)
        placeCards(wide);
}

void DashboardPage::scheduleRefresh()
{
    m_refresh.start();
}

void DashboardPage::refresh()
{
    // Before the store is open there is nothing to read; its opening schedules a refresh.
    if (!m_store->isOpen()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    m_store->loadStudyRecordAsync();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardPage::recordLoaded(const StudyRecord &record)
{
    m_record = record;
    m_recordLoaded = true;
    rebuild();
}

void DashboardPage::progressLoaded()
{
    m_progressLoaded = true;
    if (!m_recordLoaded)
        return; // the record's arrival rebuilds
    if (isVisible())
        rebuild();
    else
        m_dirty = true;
}

// Before the first read from this computer's database, or before the first sync has brought a
// programme, Home says what is coming instead of showing empty pickers and cards.
bool DashboardPage::showLoadingState(const CatalogSnapshot &snapshot)
{
    // At start the record is read before the progress: one build, when both are here.
    const bool nothingToShow = !m_recordLoaded || !m_progressLoaded || snapshot.isEmpty();
    m_stateNote->setVisible(nothingToShow);
    m_body->setVisible(!nothingToShow);
    for (QWidget *control :
         {static_cast<QWidget *>(m_trimesterPicker), static_cast<QWidget *>(m_weekPicker),
          static_cast<QWidget *>(m_thisWeekButton), static_cast<QWidget *>(m_liveSessionsButton)}) {
        control->setVisible(!nothingToShow);
    }
    if (!nothingToShow)
        return false;
    // Loading while this computer's copy is read; after that, an empty programme is one that
    // has not been downloaded yet (the status bar says whether a sync is under way).
    const bool read = m_recordLoaded && m_progressLoaded;
    m_heading->setText(read ? tr("Nothing here yet") : tr("Loading your programme…"));
    m_stateNote->setText(read ? tr("This week's lectures and quizzes, what to continue and your "
                                   "progress appear here as soon as your programme has been "
                                   "downloaded from the server.")
                              : tr("Reading your courses and progress saved on this computer."));
    return true;
}

void DashboardPage::showWeek(int trimester, int week)
{
    m_pickedByUser = trimester > 0;
    m_trimester = trimester;
    m_week = week;
    rebuild();
}

void DashboardPage::rebuild()
{
    const CatalogSnapshot &snapshot = m_model->snapshot();
    QHash<QString, LectureProgress> progress;
    for (const Course &course : snapshot.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures)
                progress.insert(lecture.id, m_model->progress(lecture.id));
        }
    }
    m_plan = StudyPlan(snapshot, progress, m_record.attempts);
    const QList<int> trimesters = m_plan.trimesters();
    if (!m_pickedByUser || !trimesters.contains(m_trimester)) {
        m_pickedByUser = false;
        m_trimester = m_plan.currentTrimester();
        m_week = m_plan.currentWeek(m_trimester);
    }
    m_week = std::clamp(m_week, std::min(1, m_plan.weekCount(m_trimester)),
                        m_plan.weekCount(m_trimester));

    if (showLoadingState(snapshot)) {
        restoreTabOrder();
        return;
    }
    fillPicker();
    const bool current
        = m_trimester == m_plan.currentTrimester() && m_week == m_plan.currentWeek(m_trimester);
    m_heading->setText(current ? tr("This week: trimester %1, week %2").arg(m_trimester).arg(m_week)
                               : tr("Trimester %1, week %2").arg(m_trimester).arg(m_week));
    m_weekList->setItems(m_plan.weekItems(m_trimester, m_week));
    m_thisWeekButton->setEnabled(m_pickedByUser);
    fillContinue();
    fillDue();
    fillProgress();
    m_charts->setData(m_record.days, m_plan.scoredAttempts(), QDate::currentDate());
    restoreTabOrder();
}

// Rows made once the page is in the window join the end of the window's focus chain, after the
// tool bar and the other pages: Tab would leave Home halfway and come back. The order a reader
// follows instead: the week shown, its work, what to continue, what is due, the charts, and
// last the scroll area, from which the keys scroll Home.
void DashboardPage::restoreTabOrder()
{
    QList<QWidget *> order{m_trimesterPicker, m_weekPicker, m_thisWeekButton, m_liveSessionsButton};
    order += m_weekList->tabStops();
    order += buttonsIn(m_continue);
    order += buttonsIn(m_due);
    order += m_charts->tabStops();
    order.append(m_scroll);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void DashboardPage::fillPicker()
{
    const QSignalBlocker trimesterBlocker(m_trimesterPicker);
    const QSignalBlocker weekBlocker(m_weekPicker);
    m_trimesterPicker->clear();
    for (const Trimester &trimester : m_plan.snapshot().programme.trimesters) {
        m_trimesterPicker->addItem(
            tr("Year %1 · Trimester %2").arg(trimester.year).arg(trimester.number),
            trimester.number);
    }
    m_trimesterPicker->setCurrentIndex(m_trimesterPicker->findData(m_trimester));
    m_weekPicker->clear();
    const int current
        = m_trimester == m_plan.currentTrimester() ? m_plan.currentWeek(m_trimester) : 0;
    for (int week = 1; week <= m_plan.weekCount(m_trimester); ++week) {
        m_weekPicker->addItem(
            week == current ? tr("Week %1 (this week)").arg(week) : tr("Week %1").arg(week), week);
    }
    m_weekPicker->setCurrentIndex(m_weekPicker->findData(m_week));
    m_trimesterPicker->setEnabled(m_trimesterPicker->count() > 0);
    m_weekPicker->setEnabled(m_weekPicker->count() > 0);
}

void DashboardPage::fillContinue()
{
    clearLayout(m_continue);
    const QList<LectureStanding> started = m_plan.continueWatching();
    if (started.isEmpty()) {
        m_continue->addWidget(
            note(tr("Nothing half-watched. Pick a lecture of this week to begin."), this));
        return;
    }
    for (int index = 0; index < started.size(); ++index) {
        const LectureStanding &item = started.at(index);
        auto *button = new ElidedButton(
            ElidedButton::Lead::PlayArrow,
            tr("%1 — resume at %2").arg(item.title, clock(item.positionMs)), this);
        button->setObjectName(QStringLiteral("continueWatching%1").arg(index));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        button->setToolTip(tr("%1\n%2 · %3, week %4: %5% watched")
                               .arg(button->fullText(), item.courseCode, item.courseTitle)
                               .arg(item.weekNumber)
                               .arg(qRound(item.watched * 100)));
        button->setAccessibleName(tr("Continue %1 at %2").arg(item.title, clock(item.positionMs)));
        connect(button, &QPushButton::clicked, this,
                [this, id = item.lectureId, position = item.positionMs] {
                    Q_EMIT lectureRequested(id, position);
                });
        // The first one is the one most likely wanted: it looks like the main action.
        if (index == 0)
            button->setDefault(true);
        else
            button->setFlat(true);
        m_continue->addWidget(button);
    }
}

void DashboardPage::fillDue()
{
    clearLayout(m_due);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<LectureStanding> due = m_plan.dueQuizzes(now);
    for (const LectureStanding &item : due) {
        const bool overdue = item.closesAt < now;
        auto *row = new QHBoxLayout;
        auto *quiz = new ElidedButton(ElidedButton::Lead::None, item.quizTitle, this);
        quiz->setObjectName(QStringLiteral("dueQuiz-%1").arg(item.lectureId));
        quiz->setFlat(true);
        quiz->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 6px;"));
        quiz->setToolTip(
            tr("%1\n%2, week %3").arg(item.quizTitle, item.courseCode).arg(item.weekNumber));
        connect(quiz, &QPushButton::clicked, this,
                [this, id = item.lectureId] { Q_EMIT quizRequested(id); });
        auto *label = new QLabel(
            overdue ? tr("Overdue: closed %1 (%2)")
                          .arg(when(item.closesAt), relative(item.closesAt, now))
                    : tr("Closes %1 (%2)").arg(when(item.closesAt), relative(item.closesAt, now)),
            this);
        label->setWordWrap(true);
        if (overdue)
            label->setStyleSheet(QStringLiteral("color: #c62828; font-weight: 600;"));
        row->addWidget(quiz, 1);
        row->addWidget(label);
        m_due->addLayout(row);
    }

    // The next live session of each course of the trimester shown, the soonest first.
    const QStringList courses = m_plan.coursesOf(m_trimester);
    QList<std::pair<LiveOccurrence, CourseLiveSession>> sessions;
    for (const CourseLiveSession &session : liveSessionsOf(m_plan.snapshot()).sessions) {
        if (!courses.contains(session.courseCode))
            continue;
        const QList<LiveOccurrence> next = session.schedule.upcoming(now, 1);
        if (!next.isEmpty())
            sessions.append({next.first(), session});
    }
    std::sort(sessions.begin(), sessions.end(),
              [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    for (const auto &[occurrence, session] : std::as_const(sessions)) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(
            tr("%1 live session · %2 (%3)")
                .arg(session.courseCode, when(occurrence.start),
                     occurrence.isInProgress(now) ? tr("now") : relative(occurrence.start, now)),
            this);
        label->setToolTip(
            tr("%1 in %2")
                .arg(QLocale().toString(occurrence.start.time(), QLocale::ShortFormat),
                     QString::fromUtf8(session.schedule.timeZone().id())));
        label->setWordWrap(true);
        auto *join = new QPushButton(tr("Join"), this);
        join->setObjectName(QStringLiteral("joinLive-%1").arg(session.courseCode));
        join->setAccessibleName(tr("Join the %1 live session").arg(session.courseCode));
        join->setEnabled(!session.joinUrl.isEmpty());
        connect(join, &QPushButton::clicked, this,
                [url = session.joinUrl] { QDesktopServices::openUrl(QUrl(url)); });
        row->addWidget(label, 1);
        row->addWidget(join);
        m_due->addLayout(row);
    }
    if (due.isEmpty() && sessions.isEmpty())
        m_due->addWidget(note(tr("Nothing due: no quiz of your courses closes soon."), this));
}

void DashboardPage::fillProgress()
{
    const QLocale locale;
    m_units->setText(
        tr("<b>%1</b> of %2 units earned")
            .arg(locale.toString(m_plan.unitsEarned()), locale.toString(m_plan.totalUnits())));
    const std::optional<double> average = m_plan.quizAverage();
    m_average->setText(
        average ? tr("Quiz average: <b>%1%</b> over %n quiz(zes)", nullptr, m_plan.quizzesScored())
                      .arg(qRound(*average))
                : tr("Quiz average: no quiz taken yet"));

    clearLayout(m_courseBars);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    int row = 0;
    int hidden = 0;
    for (const CourseStanding &course : m_plan.courses()) {
        // The trimester shown and every course begun; the rest would be a wall of empty bars.
        if (course.trimester != m_trimester && course.lecturesWatched == 0
            && course.completion() == 0) {
            ++hidden;
            continue;
        }
        auto *code = new QLabel(course.code, this);
        code->setToolTip(course.title);
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("courseBar-%1").arg(course.code));
        bar->setRange(0, 100);
        bar->setValue(qRound(course.completion() * 100));
        bar->setFormat(course.complete ? tr("Complete") : tr("%p% of quizzes passed"));
        bar->setMaximumHeight(18);
        bar->setAccessibleName(tr("%1 quizzes passed").arg(course.code));
        bar->setToolTip(tr("%1: %2 of %3 quizzes passed and counted, %4 of %5 lectures watched")
                            .arg(course.title)
                            .arg(course.quizzesPassed)
                            .arg(course.quizzes)
                            .arg(course.lecturesWatched)
                            .arg(course.lectures));
        grid->addWidget(code, row, 0);
        grid->addWidget(bar, row, 1);
        ++row;
    }
    m_courseBars->addLayout(grid);
    if (hidden > 0)
        m_courseBars->addWidget(note(tr("%n course(s) not started yet.", nullptr, hidden), this));
}

} // namespace lectern
