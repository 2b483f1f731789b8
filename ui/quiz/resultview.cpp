#include "resultview.h"

#include "bannerstyle.h"
#include "quiz/questionwidget.h"
#include "quiz/safetextview.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lectern {
namespace {

// Text colours for marks and the verdict, kept readable on the palette's window
// (bannerstyle.h); a result not settled yet gets a warning's amber banner.
constexpr QColor kFullMarkGreen(0x1b, 0x6e, 0x20);
constexpr QColor kPartMarkBrown(0x8a, 0x5a, 0x00);
constexpr QColor kNoMarkRed(0xb0, 0x00, 0x20);
constexpr QColor kUnsettledAmber(0xe0, 0xa0, 0x20);
constexpr BannerLook kUnsettledLook{0.25f, 6};

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

QLabel *reviewLine(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_finished(new QLabel(this))
    , m_score(new QLabel(this))
    , m_passed(new QLabel(this))
    , m_status(new QLabel(this))
    , m_autoSubmitted(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_back(new QPushButton(tr("&Back to the quiz"), this))
{
    setObjectName(QStringLiteral("resultView"));
    m_title->setObjectName(QStringLiteral("resultTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_finished->setObjectName(QStringLiteral("finishedLabel"));
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.2);
    m_score->setFont(scoreFont);
    m_passed->setObjectName(QStringLiteral("passedLabel"));
    m_passed->setFont(scoreFont);
    m_status->setObjectName(QStringLiteral("resultStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // the server's reason is shown as written
    m_autoSubmitted->setObjectName(QStringLiteral("autoSubmittedLabel"));
    m_autoSubmitted->setText(tr("Submitted automatically when the time ran out."));
    m_scroll->setObjectName(QStringLiteral("reviewScroll"));
    m_scroll->setAccessibleName(tr("Review of the answers, scrollable"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_back->setObjectName(QStringLiteral("backToQuizButton"));
    connect(m_back, &QPushButton::clicked, this, &ResultView::backRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_finished);
    layout->addWidget(m_score);
    layout->addWidget(m_passed);
    layout->addWidget(m_status);
    layout->addWidget(m_autoSubmitted);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
}

QString ResultView::statusText(const AttemptResult &result, bool preview)
{
    if (preview)
        return tr("Preview — nothing is recorded");
    switch (result.status) {
    case AttemptStatus::Provisional:
        return tr("Provisional — will be confirmed when you are online");
    case AttemptStatus::Counted:
        return result.attemptNumber > 0
            ? tr("Confirmed by the server: counted as attempt %1").arg(result.attemptNumber)
            : tr("Confirmed by the server: counted");
    case AttemptStatus::NotCounted:
        return result.reason.isEmpty() ? tr("Not counted: the attempt limit was already reached")
                                       : tr("Not counted: %1").arg(result.reason);
    case AttemptStatus::Refused:
        return tr("Refused: %1").arg(result.reason);
    case AttemptStatus::Rejected:
        return tr("Rejected: %1").arg(result.reason);
    }
    return {};
}

void ResultView::showResult(const Quiz &quiz, const Attempt &attempt)
{
    m_attemptId = attempt.attemptId;
    const AttemptResult *result = attempt.shownResult();
    const QDateTime finished
        = (result && result->finishedAt.isValid() ? result->finishedAt : attempt.finishedAt)
              .toLocalTime();
    m_title->setText(attempt.preview ? tr("Preview of %1").arg(quiz.title) : quiz.title);
    m_finished->setText(tr("Finished %1").arg(QLocale().toString(finished, QLocale::ShortFormat)));
    m_finished->setVisible(!attempt.preview && finished.isValid());
    m_autoSubmitted->setVisible(attempt.autoSubmitted);
    auto *review = new QWidget;
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 8, 0);
    m_scroll->setWidget(review); // deletes the previous review
    review->show(); // a widget set while the area is on screen stays hidden otherwise

    m_passedColour = QColor();
    m_unsettled = false;
    m_marks.clear();
    if (!result) {
        m_score->setText(tr("No result yet."));
        m_passed->clear();
        m_status->clear();
        styleLabels();
        return;
    }
    m_score->setText(tr("Score: %1 out of %2 (%3%)")
                         .arg(number(result->score), number(result->maxScore),
                              QLocale().toString(result->percent, 'f', 0)));
    const QString passMark = QLocale().toString(quiz.settings.passMark * 100, 'f', 0);
    m_passed->setText(result->passed ? tr("Passed (pass mark %1%)").arg(passMark)
                                     : tr("Not passed (pass mark %1%)").arg(passMark));
    m_passedColour = result->passed ? kFullMarkGreen : kNoMarkRed;
    m_status->setText(statusText(*result, attempt.preview));
    m_unsettled = !attempt.preview && result->status != AttemptStatus::Counted;

    // In the order the attempt showed the questions; reviews name their original index.
    QList<int> order = attempt.questionOrder;
    if (order.isEmpty()) {
        for (int i = 0; i < quiz.questions.size(); ++i)
            order.append(i);
    }
    for (int position = 0; position < order.size(); ++position) {
        const int original = order.at(position);
        if (original < 0 || original >= quiz.questions.size())
            continue; // the quiz changed since: nothing sensible to show
        const Question &question = quiz.questions.at(original);
        auto *widget = new QuestionWidget(question, attempt.answerOrders.value(original),
                                          position + 1, QuestionWidget::Mode::Review, review);
        widget->setResponse(attempt.responses.value(original));
        auto *lines = static_cast<QVBoxLayout *>(widget->layout());
        const auto found = std::find_if(
            result->review.cbegin(), result->review.cend(),
            [original](const QuestionReview &item) { return item.question == original; });
        if (found != result->review.cend() && question.type != QuestionType::Description) {
            const QuestionReview &item = *found;
            QLabel *mark
                = reviewLine(item.answered ? tr("Mark: %1 out of 1").arg(number(item.fraction))
                                           : tr("Not answered: 0 out of 1"),
                             QStringLiteral("markLabel"), widget);
            m_marks.append({mark,
                            item.fraction >= 1      ? kFullMarkGreen
                                : item.fraction > 0 ? kPartMarkBrown
                                                    : kNoMarkRed});
            lines->addWidget(mark);
            if (!item.feedback.isEmpty()) {
                lines->addWidget(reviewLine(
                    tr("Feedback: %1").arg(SafeTextView::plainText(item.feedback, question.format)),
                    QStringLiteral("feedbackLabel"), widget));
            }
            if (!item.generalFeedback.isEmpty()) {
                auto *general = new SafeTextView(widget);
                general->setObjectName(QStringLiteral("generalFeedbackText"));
                general->setAccessibleName(tr("General feedback on question %1").arg(position + 1));
                general->setContent(item.generalFeedback, question.format);
                lines->addWidget(general);
            }
            if (!item.correctAnswer.isEmpty()) {
                lines->addWidget(reviewLine(tr("Correct answer: %1").arg(item.correctAnswer),
                                            QStringLiteral("correctAnswerLabel"), widget));
            }
        }
        reviewLayout->addWidget(widget);
    }
    reviewLayout->addStretch(1);
    styleLabels();

    // The review is new for each result and joins the window's focus chain at its end: Tab
    // goes through it, in the order it reads, before "Back to the quiz" below it.
    QList<QWidget *> tabOrder{m_scroll};
    for (QWidget *widget = review->nextInFocusChain(); review->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            tabOrder.append(widget);
    }
    tabOrder.append(m_back);
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
}

void ResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleLabels(); // a theme switched while running
    QWidget::changeEvent(event);
}

void ResultView::styleLabels()
{
    const auto colouredText = [this](const QColor &colour) {
        return QStringLiteral("color: %1; font-weight: 600;")
            .arg(readableTextColour(palette(), colour).name());
    };
    m_passed->setStyleSheet(m_passedColour.isValid() ? colouredText(m_passedColour) : QString());
    m_status->setStyleSheet(
        m_unsettled ? bannerStyleSheet(palette(), kUnsettledAmber, kUnsettledLook) : QString());
    for (const auto &[label, colour] : std::as_const(m_marks)) {
        if (label)
            label->setStyleSheet(colouredText(colour));
    }
}

} // namespace lectern
