#include "questionwidget.h"

#include "bannerstyle.h"
#include "quiz/attemptsession.h"
#include "quiz/flowlayout.h"
#include "quiz/safetextview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace lectern {
namespace {

// Button texts treat '&' as a mnemonic marker; content must show it as written.
QString buttonText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString percent(double weight)
{
    return QStringLiteral("%1%").arg(QLocale().toString(weight * 100, 'g', 4));
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // content never becomes markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QuestionWidget::QuestionWidget(const Question &question, const QList<int> &answerOrder, int number,
                               Mode mode, QWidget *parent)
    : QFrame(parent)
    , m_question(question)
    , m_answerOrder(answerOrder)
    , m_number(number)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("question%1").arg(number));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Question %1").arg(number));
    if (m_answerOrder.isEmpty()) {
        for (int i = 0; i < m_question.answers.size(); ++i)
            m_answerOrder.append(i);
    }

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title
        = new QLabel(question.type == QuestionType::Description ? tr("Information")
                                                                : tr("Question %1").arg(number),
                     this);
    title->setObjectName(QStringLiteral("questionNumber"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    header->addStretch(1);
    if (question.type != QuestionType::Description && mode != Mode::Review) {
        m_flag = new QCheckBox(tr("&Flag for review"), this);
        m_flag->setObjectName(QStringLiteral("flagCheck"));
        m_flag->setAccessibleName(tr("Flag question %1 for review").arg(number));
        connect(m_flag, &QCheckBox::toggled, this, [this](bool on) {
            if (!m_showing)
                Q_EMIT flagToggled(on);
        });
        header->addWidget(m_flag);
    }
    layout->addLayout(header);

    if (question.type != QuestionType::MissingWord) {
        auto *text = new SafeTextView(this);
        text->setObjectName(QStringLiteral("questionText"));
        text->setAccessibleName(tr("Question %1 text").arg(number));
        text->setContent(question.text, question.format);
        layout->addWidget(text);
        m_text = text;
    }

    switch (question.type) {
    case QuestionType::MultipleChoice:
        buildChoices(layout, true);
        break;
    case QuestionType::MultipleAnswer:
        buildChoices(layout, false);
        break;
    case QuestionType::TrueFalse:
        buildTrueFalse(layout);
        break;
    case QuestionType::ShortAnswer:
        buildLineEdit(layout, false);
        break;
    case QuestionType::Numerical:
        buildLineEdit(layout, true);
        break;
    case QuestionType::MissingWord:
        buildMissingWord(layout);
        break;
    case QuestionType::Matching:
        buildMatching(layout);
        break;
    case QuestionType::Description:
        break;
    }
    if (mode == Mode::Preview)
        buildKey(layout);
    if (mode == Mode::Review)
        freezeForReview();
}

void QuestionWidget::buildChoices(QVBoxLayout *layout, bool exclusive)
{
    m_choices = new QButtonGroup(this);
    m_choices->setExclusive(exclusive);
    for (int index : std::as_const(m_answerOrder)) {
        const QString text
            = SafeTextView::plainText(m_question.answers.value(index).text, m_question.format);
        QAbstractButton *button = exclusive ? static_cast<QAbstractButton *>(new QRadioButton(this))
                                            : new QCheckBox(this);
        button->setText(buttonText(text));
        button->setObjectName(QStringLiteral("choice%1").arg(index));
        button->setAccessibleName(text);
        m_choices->addButton(button, index);
        // As wide as its text: a click far right of an answer does not choose it.
        layout->addWidget(button, 0, Qt::AlignLeft);
        m_editors.append(button);
    }
    connect(m_choices, &QButtonGroup::idToggled, this, [this] { report(); });
    if (exclusive) {
        // A radio button cannot be unticked; without this a learner could not take back a
        // guess on a question where a wrong answer costs marks.
        if (m_mode == Mode::Review)
            return; // nothing to take back in a review
        auto *clear = new QPushButton(tr("Clear my choice"), this);
        clear->setObjectName(QStringLiteral("clearChoiceButton"));
        clear->setFlat(true);
        connect(clear, &QPushButton::clicked, this, [this] {
            m_choices->setExclusive(false);
            for (QAbstractButton *button : m_choices->buttons())
                button->setChecked(false);
            m_choices->setExclusive(true);
            report();
        });
        auto *row = new QHBoxLayout;
        row->addWidget(clear);
        row->addStretch(1);
        layout->addLayout(row);
        m_editors.append(clear);
    }
}

void QuestionWidget::buildTrueFalse(QVBoxLayout *layout)
{
    m_choices = new QButtonGroup(this);
    auto *isTrue = new QRadioButton(tr("True"), this);
    isTrue->setObjectName(QStringLiteral("trueRadio"));
    auto *isFalse = new QRadioButton(tr("False"), this);
    isFalse->setObjectName(QStringLiteral("falseRadio"));
    m_choices->addButton(isTrue, 1);
    m_choices->addButton(isFalse, 0);
    layout->addWidget(isTrue, 0, Qt::AlignLeft);
    layout->addWidget(isFalse, 0, Qt::AlignLeft);
    m_editors << isTrue << isFalse;
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            report();
    });
}

void QuestionWidget::buildLineEdit(QVBoxLayout *layout, bool numeric)
{
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("answerEdit"));
    m_line->setAccessibleName(tr("Answer to question %1").arg(m_number));
    m_line->setMaxLength(1000);
    if (numeric) {
        // Digits with a decimal point or comma ("2.5" or "2,5") and an optional exponent;
        // anything else could never be read as a number and would silently score 0.
        m_line->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral(R"([-+]?\d*([.,]\d*)?([eE][-+]?\d*)?)")), m_line));
        m_line->setPlaceholderText(tr("A number, for example 2.5"));
        m_line->setMaximumWidth(240);
    } else {
        m_line->setPlaceholderText(tr("Your answer"));
    }
    connect(m_line, &QLineEdit::textEdited, this, [this] { report(); });
    layout->addWidget(m_line);
    m_editors.append(m_line);
}

QComboBox *QuestionWidget::choiceCombo(const QList<int> &answers, bool matchSide)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("Choose…"), -1);
    QStringList seen;
    for (int index : answers) {
        const Answer &answer = m_question.answers.at(index);
        const QString text = SafeTextView::plainText(matchSide ? answer.matchText : answer.text,
                                                     m_question.format);
        // Two items with the same match are interchangeable when graded: list the text once.
        if (matchSide && seen.contains(text))
            continue;
        seen.append(text);
        combo->addItem(text, index);
    }
    if (matchSide) {
        // Long right-hand items must not push the page wider than the window: the list opens
        // wide enough to read, the closed box takes the room there is.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    } else {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        combo->setToolTip(combo->currentData().toInt() >= 0 ? combo->currentText() : QString());
        report();
    });
    m_editors.append(combo);
    return combo;
}

void QuestionWidget::buildMissingWord(QVBoxLayout *layout)
{
    const QString before = SafeTextView::plainText(m_question.text, m_question.format);
    const QString after = SafeTextView::plainText(m_question.textAfter, m_question.format);
    // Word by word around the blank, so the sentence wraps like text with the blank in place.
    auto *sentence = new QWidget(this);
    sentence->setObjectName(QStringLiteral("questionText"));
    sentence->setAccessibleName(QStringLiteral("%1 ___ %2").arg(before, after));
    auto *flow = new FlowLayout(sentence, fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    const auto addWords = [sentence, flow](const QString &text) {
        for (const QString &word :
             text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            auto *label = new QLabel(word, sentence);
            label->setTextFormat(Qt::PlainText);
            flow->addWidget(label);
        }
    };
    addWords(before);
    QWidget *editor = nullptr;
    if (offersChoices(m_question)) {
        m_blank = choiceCombo(m_answerOrder, false);
        m_blank->setObjectName(QStringLiteral("blankCombo"));
        editor = m_blank;
    } else {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("answerEdit"));
        m_line->setMaxLength(1000);
        m_line->setFixedWidth(m_line->fontMetrics().averageCharWidth() * 18);
        connect(m_line, &QLineEdit::textEdited, this, [this] { report(); });
        m_editors.append(m_line);
        editor = m_line;
    }
    editor->setParent(sentence);
    editor->setAccessibleName(tr("The missing word in question %1").arg(m_number));
    flow->addWidget(editor);
    addWords(after);
    layout->addWidget(sentence);
}

void QuestionWidget::buildMatching(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    for (int i = 0; i < m_question.answers.size(); ++i) {
        const Answer &answer = m_question.answers.at(i);
        if (answer.text.isEmpty())
            continue; // a distractor: only on the right-hand side
        QComboBox *combo = choiceCombo(m_answerOrder, true);
        const QString left = SafeTextView::plainText(answer.text, m_question.format);
        combo->setObjectName(QStringLiteral("matchCombo%1").arg(m_matches.size()));
        combo->setAccessibleName(tr("Match for %1").arg(left));
        form->addRow(plainLabel(left, this), combo);
        m_matches.append(combo);
        m_matchLeft.append(i);
    }
    layout->addLayout(form);
}

void QuestionWidget::styleKey()
{
    if (!m_key)
        return;
    // Green as in "the right answer", tinting the page's own window colour: a fixed pale green
    // (as this once was) glared as a white block on the dark theme.
    const QColor green(0x2e, 0x7d, 0x32);
    const QPalette &colours = palette();
    m_key->setStyleSheet(
        QStringLiteral("#keyBox { background: %1; border: 1px solid %2; border-radius: 4px; } "
                       "#keyBox QLabel { color: %3; }")
            .arg(tint(colours.color(QPalette::Window), green, 0.18f).name(), green.name(),
                 colours.color(QPalette::WindowText).name()));
}

void QuestionWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleKey();
}

void QuestionWidget::buildKey(QVBoxLayout *layout)
{
    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("keyBox"));
    m_key = box;
    styleKey();
    auto *keyLayout = new QVBoxLayout(box);
    const QString correct = correctAnswerText(m_question);
    if (!correct.isEmpty()) {
        auto *label = plainLabel(tr("Correct answer: %1").arg(correct), box);
        label->setObjectName(QStringLiteral("correctAnswerLabel"));
        keyLayout->addWidget(label);
    }
    for (const Answer &answer : std::as_const(m_question.answers)) {
        // Matching pairs carry no weights: the correct answer above lists them all, so only
        // the extra right-hand items need a line.
        if (m_question.type == QuestionType::Matching) {
            if (answer.text.isEmpty()) {
                keyLayout->addWidget(plainLabel(
                    tr("• Also listed, matches nothing: %1")
                        .arg(SafeTextView::plainText(answer.matchText, m_question.format)),
                    box));
            }
            continue;
        }
        QString what;
        if (m_question.type == QuestionType::Numerical) {
            what = answer.isRange
                ? tr("from %1 to %2")
                      .arg(QLocale().toString(answer.rangeMin), QLocale().toString(answer.rangeMax))
                : tr("%1 ± %2").arg(QLocale().toString(answer.value),
                                    QLocale().toString(answer.tolerance));
        } else {
            what = answer.text.isEmpty() && !answer.textHash.isEmpty() ? tr("(hidden answer)")
                                                                       : answer.text;
        }
        QString line
            = tr("• %1 — %2")
                  .arg(SafeTextView::plainText(what, m_question.format), percent(answer.weight));
        if (!answer.feedback.isEmpty()) {
            line += QStringLiteral("\n   ")
                + SafeTextView::plainText(answer.feedback, m_question.format);
        }
        keyLayout->addWidget(plainLabel(line, box));
    }
    if (m_question.type == QuestionType::TrueFalse) {
        if (!m_question.trueFeedback.isEmpty())
            keyLayout->addWidget(plainLabel(tr("If true: %1").arg(m_question.trueFeedback), box));
        if (!m_question.falseFeedback.isEmpty())
            keyLayout->addWidget(plainLabel(tr("If false: %1").arg(m_question.falseFeedback), box));
    }
    if (!m_question.generalFeedback.isEmpty()) {
        keyLayout->addWidget(plainLabel(
            tr("General feedback: %1")
                .arg(SafeTextView::plainText(m_question.generalFeedback, m_question.format)),
            box));
    }
    if (keyLayout->count() > 0)
        layout->addWidget(box);
    else
        delete box;
}

void QuestionWidget::report()
{
    if (m_showing)
        return;
    Response response;
    switch (m_question.type) {
    case QuestionType::MultipleChoice:
    case QuestionType::MultipleAnswer:
        for (int index : std::as_const(m_answerOrder)) {
            if (QAbstractButton *button = m_choices->button(index); button && button->isChecked())
                response.choices.append(index);
        }
        std::sort(response.choices.begin(), response.choices.end());
        break;
    case QuestionType::TrueFalse:
        if (m_choices->checkedId() >= 0)
            response.trueFalse = m_choices->checkedId() == 1;
        break;
    case QuestionType::ShortAnswer:
    case QuestionType::Numerical:
        response.text = m_line->text();
        break;
    case QuestionType::MissingWord:
        if (m_blank) {
            if (const int index = m_blank->currentData().toInt(); index >= 0)
                response.choices.append(index);
        } else {
            response.text = m_line->text();
        }
        break;
    case QuestionType::Matching:
        response.matches = QList<int>(m_question.answers.size(), -1);
        for (int k = 0; k < m_matches.size(); ++k)
            response.matches[m_matchLeft.at(k)] = m_matches.at(k)->currentData().toInt();
        break;
    case QuestionType::Description:
        return;
    }
    m_response = response;
    Q_EMIT responseChanged(m_response);
}

void QuestionWidget::setResponse(const Response &response)
{
    m_response = response;
    showResponse();
}

void QuestionWidget::showResponse()
{
    m_showing = true;
    const Response &response = m_response;
    if (m_choices && m_question.type == QuestionType::TrueFalse) {
        m_choices->setExclusive(false);
        m_choices->button(1)->setChecked(response.trueFalse == true);
        m_choices->button(0)->setChecked(response.trueFalse == false);
        m_choices->setExclusive(true);
    } else if (m_choices) {
        const bool exclusive = m_choices->exclusive();
        m_choices->setExclusive(false);
        for (QAbstractButton *button : m_choices->buttons())
            button->setChecked(response.choices.contains(m_choices->id(button)));
        m_choices->setExclusive(exclusive);
    }
    if (m_line)
        m_line->setText(response.text);
    if (m_blank) {
        const int found = m_blank->findData(response.choices.value(0, -1));
        m_blank->setCurrentIndex(std::max(0, found));
    }
    for (int k = 0; k < m_matches.size(); ++k) {
        const int chosen = response.matches.value(m_matchLeft.at(k), -1);
        int found = m_matches.at(k)->findData(chosen);
        // A pairing stored with a duplicate right-hand item the list shows once.
        if (found < 0 && chosen >= 0 && chosen < m_question.answers.size()) {
            found = m_matches.at(k)->findText(SafeTextView::plainText(
                m_question.answers.at(chosen).matchText, m_question.format));
        }
        m_matches.at(k)->setCurrentIndex(std::max(0, found));
    }
    m_showing = false;
}

void QuestionWidget::setFlagged(bool flagged)
{
    if (!m_flag)
        return;
    m_showing = true;
    m_flag->setChecked(flagged);
    m_showing = false;
}

bool QuestionWidget::isFlagged() const
{
    return m_flag && m_flag->isChecked();
}

// The answers given, in full colour but out of reach: a disabled editor would grey them out,
// and the review is there to be read.
void QuestionWidget::freezeForReview()
{
    for (QWidget *editor : std::as_const(m_editors)) {
        editor->setAttribute(Qt::WA_TransparentForMouseEvents);
        editor->setFocusPolicy(Qt::NoFocus);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setReadOnly(true);
            line->setPlaceholderText({}); // an empty box reads as "not answered" already
        }
    }
}

QList<QWidget *> QuestionWidget::tabStops() const
{
    QList<QWidget *> stops;
    for (QWidget *widget : {static_cast<QWidget *>(m_flag), m_text}) {
        if (widget)
            stops.append(widget);
    }
    return stops + m_editors;
}

void QuestionWidget::setAnswersEnabled(bool enabled)
{
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(enabled);
    if (m_flag)
        m_flag->setEnabled(enabled);
}

} // namespace lectern
