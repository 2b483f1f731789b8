#include "quizpage.h"

#include "bannerstyle.h"
#include "quiz/attemptview.h"
#include "quiz/resultview.h"
#include "store/localstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {
namespace {

constexpr int kTickMs = 250;
constexpr int kAttemptIdRole = Qt::UserRole + 1;

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(QLocale().toString(share * 100, 'f', 0));
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

QString shortTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// Banners in the page's own colours (bannerstyle.h): notices take the highlight, refusals a red.
constexpr QColor kRefusalRed(0xd0, 0x40, 0x48);

} // namespace

QuizPage::QuizPage(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
    , m_views(new QStackedWidget(this))
    , m_startView(new QWidget)
    , m_attemptView(new AttemptView(this))
    , m_resultView(new ResultView(this))
    , m_title(new QLabel(this))
    , m_settings(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_refusals(new QLabel(this))
    , m_historyTitle(new QLabel(tr("<b>Your attempts</b>"), this))
    , m_history(new QTreeWidget(this))
    , m_startButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("quizPage"));
    buildStartView();
    auto *startScroll = new QScrollArea(this);
    startScroll->setObjectName(QStringLiteral("quizStartScroll"));
    startScroll->setAccessibleName(tr("Quiz, scrollable"));
    startScroll->setWidgetResizable(true);
    startScroll->setFrameShape(QFrame::NoFrame);
    startScroll->setWidget(m_startView);
    setTabOrder(m_startButton, m_history); // Start comes first on the page
    m_views->addWidget(startScroll);
    m_views->addWidget(m_attemptView);
    m_views->addWidget(m_resultView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &QuizPage::tick);
    connect(m_attemptView, &AttemptView::attemptChanged, this, &QuizPage::save);
    connect(m_attemptView, &AttemptView::submitRequested, this, [this] { submit(false); });
    connect(m_resultView, &ResultView::backRequested, this, [this] {
        m_shownResultId.clear();
        m_views->setCurrentIndex(0);
        refreshStart();
    });

    if (!m_store)
        return;
    connect(m_store, &LocalStore::quizLoaded, this, [this](const QuizBundle &bundle) {
        if (bundle.lectureId == m_lecture.id && !m_lecture.id.isEmpty())
            showBundle(bundle);
    });
    const auto reloadIfShown = [this](const QStringList &lectureIds) {
        if (lectureIds.contains(m_lecture.id))
            reload();
    };
    connect(m_store, &LocalStore::attemptsChanged, this, reloadIfShown);
    connect(m_store, &LocalStore::quizzesChanged, this, reloadIfShown);
    connect(m_store, &LocalStore::attemptSubmitted, this, [this](const Attempt &attempt) {
        if (attempt.lectureId == m_lecture.id)
            reload();
    });
}

QuizPage::~QuizPage() = default;

void QuizPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleBanners(); // a theme switched while running
    QWidget::changeEvent(event);
}

void QuizPage::styleBanners()
{
    m_notice->setStyleSheet(bannerStyleSheet(palette(), palette().color(QPalette::Highlight)));
    m_refusals->setStyleSheet(bannerStyleSheet(palette(), kRefusalRed));
}

void QuizPage::buildStartView()
{
    m_title->setObjectName(QStringLiteral("quizTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_settings->setObjectName(QStringLiteral("quizSettingsLabel"));
    m_settings->setWordWrap(true);
    m_settings->setTextFormat(Qt::PlainText);
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("quizNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_refusals->setObjectName(QStringLiteral("refusalBanner"));
    m_refusals->setWordWrap(true);
    m_refusals->setTextFormat(Qt::PlainText);
    styleBanners();
    m_history->setObjectName(QStringLiteral("attemptHistory"));
    m_history->setAccessibleName(tr("Your attempts"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Date"), tr("Score"), tr("Result"), tr("Status")});
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    m_history->setToolTip(tr("Choose an attempt to review it"));
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(140);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kAttemptIdRole).toString();
        for (const Attempt &attempt : std::as_const(m_bundle.attempts)) {
            if (attempt.attemptId == id && attempt.state == AttemptState::Submitted)
                return showResultOf(attempt, m_bundle.quiz);
        }
    });
    connect(m_history, &QTreeWidget::itemClicked, m_history, &QTreeWidget::itemActivated);
    m_startButton->setObjectName(QStringLiteral("startQuizButton"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (const Attempt *attempt = inProgressAttempt())
            beginSession(*attempt);
        else
            startAttempt();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_startView);
    layout->addWidget(m_title);
    layout->addWidget(m_settings);
    layout->addWidget(m_notice);
    layout->addWidget(m_refusals);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    // Takes the history's room when there is none (preview, nothing downloaded), so the rest
    // stays together at the top.
    m_filler = new QWidget(m_startView);
    layout->addWidget(m_filler, 1);
}

void QuizPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void QuizPage::openQuiz(const Course &course, const Lecture &lecture, bool unlocked, Mode mode)
{
    closeQuiz();
    m_course = course;
    m_lecture = lecture;
    m_mode = mode;
    m_unlocked = unlocked;
    m_bundle = {};
    m_bundle.lectureId = lecture.id;
    m_loaded = false;
    m_submitted.clear();
    m_shownResultId.clear();
    m_views->setCurrentIndex(0);
    refreshStart();
    if (m_store)
        m_store->loadQuizAsync(lecture.id);
}

void QuizPage::closeQuiz()
{
    m_timer->stop();
    m_attemptView->end();
    m_session.reset();
    m_views->setCurrentIndex(0);
    m_lecture = {};
    m_loaded = false;
}

void QuizPage::setUnlocked(bool unlocked)
{
    if (m_unlocked == unlocked)
        return;
    m_unlocked = unlocked;
    refreshStart();
}

void QuizPage::reload()
{
    if (m_store && !m_lecture.id.isEmpty())
        m_store->loadQuizAsync(m_lecture.id);
}

void QuizPage::showBundle(const QuizBundle &bundle)
{
    m_bundle = bundle;
    m_loaded = true;
    // The store answers in the order it was asked: a load queued before a submission returns
    // the attempt still in progress. What was submitted here stays submitted.
    QSet<QString> listed;
    for (Attempt &attempt : m_bundle.attempts) {
        listed.insert(attempt.attemptId);
        if (attempt.state == AttemptState::InProgress && m_submitted.contains(attempt.attemptId))
            attempt = m_submitted.value(attempt.attemptId);
    }
    for (const Attempt &attempt : std::as_const(m_submitted)) {
        if (!listed.contains(attempt.attemptId))
            m_bundle.attempts.append(attempt);
    }
    // An attempt whose time ran out while the page was closed (or the program not running)
    // submits itself, as it would have with the page open.
    if (!recordsNothing() && !m_session && m_bundle.found) {
        if (const Attempt *attempt = inProgressAttempt();
            attempt && attempt->deadline.isValid() && attempt->deadline <= m_clock()) {
            beginSession(*attempt); // ticks at once and submits
            Q_EMIT bundleShown(m_bundle.lectureId);
            return;
        }
    }
    if (!m_shownResultId.isEmpty() && m_views->currentWidget() == m_resultView) {
        for (const Attempt &attempt : std::as_const(m_bundle.attempts)) {
            if (attempt.attemptId == m_shownResultId)
                m_resultView->showResult(m_bundle.quiz, attempt);
        }
    }
    refreshStart();
    Q_EMIT bundleShown(m_bundle.lectureId);
}

const Attempt *QuizPage::inProgressAttempt() const
{
    for (const Attempt &attempt : m_bundle.attempts) {
        if (attempt.state == AttemptState::InProgress)
            return &attempt;
    }
    return nullptr;
}

int QuizPage::attemptsUsed(const QString &exceptId) const
{
    return int(std::count_if(m_bundle.attempts.cbegin(), m_bundle.attempts.cend(),
                             [&exceptId](const Attempt &attempt) {
                                 return attempt.attemptId != exceptId && attempt.usesAnAttempt();
                             }));
}

QString QuizPage::settingsText() const
{
    const Quiz &quiz = m_bundle.quiz;
    const QuizSettings &settings = quiz.settings;
    QStringList lines;
    lines.append(tr("%n question(s)", nullptr, int(quiz.questions.size())));
    lines.append(tr("Pass mark: %1").arg(percentText(settings.passMark)));
    if (!isPreview()) {
        lines.append(
            settings.hasAttemptLimit()
                ? tr("Attempts: %1 of %2 used").arg(attemptsUsed()).arg(settings.attemptsAllowed)
                : tr("Attempts: unlimited (%1 used)").arg(attemptsUsed()));
    } else {
        lines.append(settings.hasAttemptLimit()
                         ? tr("Attempts allowed: %1").arg(settings.attemptsAllowed)
                         : tr("Attempts allowed: unlimited"));
    }
    lines.append(settings.isTimed()
                     ? tr("Time limit: %n minute(s); the attempt submits itself when time runs out",
                          nullptr, settings.timeLimitMinutes)
                     : tr("No time limit"));
    switch (settings.showAnswers) {
    case AnswerVisibility::Never:
        lines.append(tr("Correct answers are not shown"));
        break;
    case AnswerVisibility::AfterSubmission:
        lines.append(tr("Correct answers are shown after each attempt"));
        break;
    case AnswerVisibility::AfterLastAttempt:
        lines.append(isPreview() ? tr("Correct answers are shown after a learner's last attempt")
                                 : tr("Correct answers are shown after your last attempt"));
        break;
    }
    lines.append(settings.showFeedback ? tr("Feedback is shown after each attempt")
                                       : tr("No feedback is shown"));
    if (settings.opensAt.isValid())
        lines.append(tr("Opens: %1").arg(localTime(settings.opensAt)));
    if (settings.closesAt.isValid())
        lines.append(tr("Closes: %1").arg(localTime(settings.closesAt)));
    return QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
}

void QuizPage::refreshStart()
{
    const QString title = m_bundle.found && !m_bundle.quiz.title.isEmpty() ? m_bundle.quiz.title
                                                                           : m_lecture.quiz.title;
    m_title->setText(isPreview() ? tr("%1 (preview)").arg(title) : title);
    m_settings->setVisible(m_bundle.found);
    m_startButton->setVisible(m_loaded && m_bundle.found);
    m_refusals->hide();
    const bool learner = !isPreview();
    const bool hasHistory = learner && m_bundle.found && !m_bundle.attempts.isEmpty();
    m_historyTitle->setVisible(hasHistory);
    m_history->setVisible(hasHistory);
    m_filler->setVisible(!m_history->isVisibleTo(m_startView));
    if (!m_loaded || !m_bundle.found) {
        m_notice->setText(m_loaded ? tr("Not downloaded yet: sync once while online.")
                                   : tr("Loading…"));
        m_notice->show();
        return;
    }
    m_settings->setText(settingsText());
    fillHistory();

    QString notice;
    bool canStart = true;
    const Attempt *resumable = inProgressAttempt();
    if (isPreview()) {
        notice = tr("Preview — nothing is recorded. You see the answer keys and feedback under "
                    "each question.");
        m_startButton->setText(tr("&Start a preview"));
    } else if (resumable) {
        notice = tr("You have an attempt in progress, started %1.")
                     .arg(localTime(resumable->startedAt));
        m_startButton->setText(tr("&Resume the attempt"));
    } else {
        m_startButton->setText(tr("&Start the quiz"));
        const QString reason = AttemptSession::reasonCannotStart(m_bundle.quiz.settings, m_clock(),
                                                                 attemptsUsed(), false);
        if (!m_unlocked) {
            canStart = false;
            notice = tr("This quiz opens once you have watched %1 of the lecture.")
                         .arg(percentText(m_course.unlockThreshold));
        } else if (!reason.isEmpty()) {
            canStart = false;
            notice = reason;
        } else if (recordsNothing()) {
            notice = tr("Previewing as a learner — nothing is recorded.");
        }
    }
    m_startButton->setEnabled(canStart);
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void QuizPage::fillHistory()
{
    m_history->clear();
    QStringList refusals;
    // Newest first: the attempt just made, or just confirmed, is the one the learner looks for.
    for (auto it = m_bundle.attempts.crbegin(); it != m_bundle.attempts.crend(); ++it) {
        const Attempt &attempt = *it;
        const AttemptResult *result = attempt.shownResult();
        auto *item = new QTreeWidgetItem(m_history);
        item->setData(0, kAttemptIdRole, attempt.attemptId);
        if (attempt.state == AttemptState::InProgress || !result) {
            item->setText(0, shortTime(attempt.startedAt));
            item->setText(3, tr("In progress"));
            continue;
        }
        item->setText(
            0, shortTime(result->finishedAt.isValid() ? result->finishedAt : attempt.finishedAt));
        item->setText(1, QStringLiteral("%1%").arg(QLocale().toString(result->percent, 'f', 0)));
        item->setText(2, result->passed ? tr("Passed") : tr("Not passed"));
        const QString status = ResultView::statusText(*result, false);
        item->setText(3, status);
        item->setToolTip(3, status);
        if (result->status == AttemptStatus::Refused || result->status == AttemptStatus::Rejected) {
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
            refusals.append(tr("Your attempt of %1 — %2")
                                .arg(localTime(attempt.finishedAt.isValid() ? attempt.finishedAt
                                                                            : attempt.startedAt),
                                     status));
        }
    }
    for (int column = 0; column < 3; ++column)
        m_history->resizeColumnToContents(column);
    m_refusals->setText(refusals.join(QLatin1Char('\n')));
    m_refusals->setVisible(!refusals.isEmpty());
}

void QuizPage::startAttempt()
{
    if (!m_bundle.found)
        return;
    const Attempt attempt = AttemptSession::start(
        m_bundle.quiz, m_clock(), QRandomGenerator::global()->generate(), recordsNothing());
    if (!recordsNothing() && m_store) {
        m_bundle.attempts.append(attempt);
        m_store->saveAttemptAsync(attempt); // a crash right after Start still leaves it to resume
    }
    beginSession(attempt);
}

void QuizPage::beginSession(const Attempt &attempt)
{
    m_session = std::make_unique<AttemptSession>(m_bundle.quiz, attempt);
    m_attemptView->setLayoutMode(m_bundle.quiz.settings.layout);
    m_attemptView->begin(m_session.get(), m_bundle.quiz.title, isPreview());
    m_views->setCurrentWidget(m_attemptView);
    if (attempt.deadline.isValid()) {
        m_timer->start();
        tick();
    }
}

void QuizPage::tick()
{
    if (!m_session)
        return m_timer->stop();
    const QDateTime now = m_clock();
    m_attemptView->setRemaining(m_session->remainingMs(now));
    if (m_session->isTimeUp(now))
        submit(true);
}

void QuizPage::save()
{
    if (m_session && !recordsNothing() && m_store)
        m_store->saveAttemptAsync(m_session->attempt());
}

void QuizPage::submit(bool autoSubmitted)
{
    if (!m_session)
        return;
    m_timer->stop();
    const QString id = m_session->attempt().attemptId;
    m_session->submit(m_clock(), autoSubmitted, attemptsUsed(id));
    const Attempt done = m_session->attempt();
    const Quiz quiz = m_session->quiz(); // the version the attempt was taken on
    m_attemptView->end();
    m_session.reset();
    // A preview's result is shown once and kept nowhere.
    if (!done.preview) {
        m_submitted.insert(done.attemptId, done);
        for (Attempt &attempt : m_bundle.attempts) {
            if (attempt.attemptId == done.attemptId)
                attempt = done;
        }
        if (m_store)
            m_store->submitAttemptAsync(done);
    }
    showResultOf(done, quiz);
}

void QuizPage::showResultOf(const Attempt &attempt, const Quiz &quiz)
{
    m_shownResultId = attempt.attemptId;
    m_resultView->showResult(quiz, attempt);
    m_views->setCurrentWidget(m_resultView);
}

} // namespace lectern
