#include "attemptview.h"

#include "bannerstyle.h"
#include "quiz/attemptsession.h"
#include "quiz/quiznavigator.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lectern {
namespace {

// Preview is faculty's own mode: a violet, apart from the notices' highlight and the warnings'
// amber and red (bannerstyle.h).
constexpr QColor kPreviewViolet(0x80, 0x60, 0xc0);
constexpr BannerLook kPreviewLook{0.22f, 6};
// The last minute of the countdown.
constexpr QColor kUrgentRed(0xb0, 0x00, 0x20);

QString clock(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000; // 0:00 only at zero
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// "2, 5 and 7", numbers counted from 1 as the learner sees them.
QString numberList(const QList<int> &positions)
{
    QStringList numbers;
    for (int position : positions)
        numbers.append(QString::number(position + 1));
    const QString last = numbers.takeLast();
    return numbers.isEmpty()
        ? last
        : AttemptView::tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

} // namespace

AttemptView::AttemptView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_previewBanner(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_allOnOnePage(new QCheckBox(tr("&All questions on one page"), this))
    , m_navigator(new QuizNavigator(this))
    , m_scroll(new QScrollArea(this))
    , m_questionArea(new QWidget)
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_submit(new QPushButton(tr("&Submit…"), this))
{
    setObjectName(QStringLiteral("attemptView"));
    m_title->setObjectName(QStringLiteral("attemptTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_previewBanner->setObjectName(QStringLiteral("previewBanner"));
    m_previewBanner->setText(tr("Preview — nothing is recorded"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_countdown->setAccessibleName(tr("Time left"));
    QFont countdownFont = m_countdown->font();
    countdownFont.setPointSizeF(countdownFont.pointSizeF() * 1.2);
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    styleLabels();
    m_allOnOnePage->setObjectName(QStringLiteral("allOnOnePageCheck"));
    connect(m_allOnOnePage, &QCheckBox::toggled, this, [this](bool all) {
        setLayoutMode(all ? QuizLayout::AllOnOnePage : QuizLayout::OnePerPage);
    });

    m_scroll->setObjectName(QStringLiteral("questionScroll"));
    m_scroll->setAccessibleName(tr("Questions, scrollable"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // questions wrap instead
    m_scroll->setWidget(m_questionArea);
    auto *questionLayout = new QVBoxLayout(m_questionArea);
    questionLayout->setContentsMargins(0, 0, 8, 0);
    questionLayout->addStretch(1);

    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_previous, &QPushButton::clicked, this, [this] { showPosition(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPosition(m_current + 1); });
    connect(m_submit, &QPushButton::clicked, this, &AttemptView::confirmSubmit);
    connect(m_navigator, &QuizNavigator::positionActivated, this, &AttemptView::showPosition);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_countdown);
    auto *side = new QVBoxLayout;
    auto *navigatorTitle = new QLabel(tr("<b>Questions</b>"), this);
    side->addWidget(navigatorTitle);
    side->addWidget(m_navigator);
    side->addWidget(new QLabel(tr("Filled: answered. ⚑: flagged for review."), this));
    side->addSpacing(12);
    side->addWidget(m_allOnOnePage);
    side->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    auto *main = new QVBoxLayout;
    main->addWidget(m_scroll, 1);
    main->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addLayout(main, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_previewBanner);
    layout->addLayout(body, 1);
}

void AttemptView::begin(AttemptSession *session, const QString &title, bool preview)
{
    end();
    m_session = session;
    m_title->setText(title);
    m_previewBanner->setVisible(preview);
    auto *questionLayout = static_cast<QVBoxLayout *>(m_questionArea->layout());
    const int count = session->questionCount();
    m_navigator->setQuestionCount(count);
    for (int position = 0; position < count; ++position) {
        const int original = session->originalIndexAt(position);
        auto *widget = new QuestionWidget(
            session->questionAt(position), session->answerOrderAt(position), position + 1,
            preview ? QuestionWidget::Mode::Preview : QuestionWidget::Mode::Attempt,
            m_questionArea);
        widget->setResponse(session->attempt().responses.value(original));
        widget->setFlagged(session->isFlagged(position));
        connect(widget, &QuestionWidget::responseChanged, this,
                [this, position](const Response &response) {
                    m_session->setResponse(position, response);
                    updateNavigator(position);
                    Q_EMIT attemptChanged();
                });
        connect(widget, &QuestionWidget::flagToggled, this, [this, position](bool flagged) {
            m_session->setFlagged(position, flagged);
            updateNavigator(position);
            Q_EMIT attemptChanged();
        });
        questionLayout->insertWidget(questionLayout->count() - 1, widget);
        m_questions.append(widget);
        updateNavigator(position);
    }
    setRemaining(-1);
    m_current = -1;
    m_allOnOnePage->setChecked(m_layout == QuizLayout::AllOnOnePage);
    setLayoutMode(m_layout);
    showPosition(std::clamp(session->attempt().currentPosition, 0, std::max(0, count - 1)));
    restoreTabOrder();
}

// The navigator's buttons and the questions are made for each attempt, so they join the
// window's focus chain at its end: Tab follows the page as it reads instead, the navigator
// and its option on the left, then the question(s), then Previous, Next and Submit.
void AttemptView::restoreTabOrder()
{
    QList<QWidget *> order = m_navigator->tabStops();
    order << m_allOnOnePage << m_scroll;
    for (const QuestionWidget *question : std::as_const(m_questions))
        order += question->tabStops();
    order << m_previous << m_next << m_submit;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void AttemptView::end()
{
    if (m_confirmation)
        m_confirmation->close();
    qDeleteAll(m_questions);
    m_questions.clear();
    m_session = nullptr;
}

void AttemptView::setLayoutMode(QuizLayout layout)
{
    m_layout = layout;
    const bool all = layout == QuizLayout::AllOnOnePage;
    if (m_allOnOnePage->isChecked() != all)
        m_allOnOnePage->setChecked(all); // calls back here once, with the same layout
    for (int position = 0; position < m_questions.size(); ++position)
        m_questions.at(position)->setVisible(all || position == m_current);
    updateButtons();
    if (all && m_current >= 0 && m_current < m_questions.size()) {
        QuestionWidget *widget = m_questions.at(m_current);
        m_questionArea->adjustSize();
        m_scroll->ensureWidgetVisible(widget, 0, 0);
    }
}

void AttemptView::showPosition(int position)
{
    if (!m_session || position < 0 || position >= m_questions.size())
        return;
    const bool moved = position != m_current;
    if (m_layout == QuizLayout::OnePerPage && m_current >= 0 && m_current < m_questions.size())
        m_questions.at(m_current)->hide();
    m_current = position;
    QuestionWidget *widget = m_questions.at(position);
    widget->show();
    m_navigator->setCurrent(position);
    if (m_layout == QuizLayout::AllOnOnePage) {
        m_questionArea->adjustSize();
        m_scroll->ensureWidgetVisible(widget, 0, 0);
    } else {
        m_scroll->verticalScrollBar()->setValue(0);
    }
    updateButtons();
    if (moved && m_session->attempt().currentPosition != position) {
        m_session->setCurrentPosition(position);
        Q_EMIT attemptChanged();
    }
}

void AttemptView::setRemaining(qint64 remainingMs)
{
    m_countdown->setVisible(remainingMs >= 0);
    if (remainingMs < 0)
        return;
    // An untimed quiz that closes gets its closing time as the deadline: days away, a date
    // reads better than a count of hours.
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    m_countdown->setText(
        remainingMs > kDayMs
            ? tr("Submit by %1")
                  .arg(QLocale().toString(QDateTime::currentDateTime().addMSecs(remainingMs),
                                          QLocale::ShortFormat))
            : tr("Time left: %1").arg(clock(remainingMs)));
    // The last minute stands out, so the automatic submission comes as no surprise.
    const bool lastMinute = remainingMs < 60000;
    if (lastMinute != m_lastMinute) { // not every tick: a new style sheet repolishes
        m_lastMinute = lastMinute;
        styleLabels();
    }
}

void AttemptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleLabels(); // a theme switched while running
    QWidget::changeEvent(event);
}

void AttemptView::styleLabels()
{
    m_previewBanner->setStyleSheet(bannerStyleSheet(palette(), kPreviewViolet, kPreviewLook)
                                   + QStringLiteral(" font-weight: 600;"));
    m_countdown->setStyleSheet(
        m_lastMinute
            ? QStringLiteral("color: %1;").arg(readableTextColour(palette(), kUrgentRed).name())
            : QString());
}

void AttemptView::updateNavigator(int position)
{
    m_navigator->setState(position, m_session->isAnswered(position),
                          m_session->isFlagged(position));
}

void AttemptView::updateButtons()
{
    const bool onePerPage = m_layout == QuizLayout::OnePerPage;
    m_previous->setVisible(onePerPage);
    m_next->setVisible(onePerPage);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_questions.size());
}

void AttemptView::confirmSubmit()
{
    if (!m_session || m_confirmation)
        return;
    QStringList lines{tr("Submit your answers? You cannot change them afterwards.")};
    const QList<int> unanswered = m_session->unansweredPositions();
    if (!unanswered.isEmpty()) {
        lines.append((unanswered.size() == 1 ? tr("Not answered: question %1.")
                                             : tr("Not answered: questions %1."))
                         .arg(numberList(unanswered)));
    }
    QList<int> flagged;
    for (int position = 0; position < m_questions.size(); ++position) {
        if (m_session->isFlagged(position))
            flagged.append(position);
    }
    if (!flagged.isEmpty()) {
        lines.append((flagged.size() == 1 ? tr("Flagged for review: question %1.")
                                          : tr("Flagged for review: questions %1."))
                         .arg(numberList(flagged)));
    }
    // Not exec(): the timer must still be able to submit while the question is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Submit the quiz"),
                                lines.join(QStringLiteral("\n\n")), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("submitConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *submit = box->addButton(tr("Submit"), QMessageBox::AcceptRole);
    submit->setObjectName(QStringLiteral("confirmSubmitButton"));
    QPushButton *keep = box->addButton(tr("Keep working"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepWorkingButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, submit](QAbstractButton *clicked) {
        if (clicked == submit && m_session)
            Q_EMIT submitRequested();
    });
    m_confirmation = box;
    box->open();
}

} // namespace lectern
