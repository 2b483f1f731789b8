// The quiz page as a learner and a faculty member use it, driven with clicks and keys against a
// real local store (SQLite in a temporary folder): every question type answered and graded
// from the original answer indexes whatever order the choices were shown in, each change saved
// at once, the navigator, the submit confirmation, the countdown that submits by itself, the
// locked and not-downloaded start pages, a server refusal shown at once, faculty preview that
// shows the keys and records nothing, and content that must not load or render as markup.

#include "quiz/attemptview.h"
#include "quiz/giftparser.h"
#include "quiz/questionwidget.h"
#include "quiz/quiznavigator.h"
#include "quiz/quizpage.h"
#include "quiz/resultview.h"
#include "quiz/safetextview.h"
#include "store/localstore.h"
#include "support/contrast.h"
#include "sync/progressfeed.h"
#include "sync/quizcodec.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace lectern;

namespace {

const QString kCourse = QStringLiteral("TEST-701");
const QString kLecture = QStringLiteral("TEST-701-w1-l1");

// One question of every type; answers listed so that shuffling shows in the indexes.
const char *kEveryType = R"(
::MC::Which drug is an NSAID? {~Paracetamol #Not an NSAID. ~Morphine =Ibuprofen #Right. ~Codeine}
::MA::Which are opioids? {~%-100%Ibuprofen ~%50%Morphine ~%50%Fentanyl ~%-100%Aspirin}
::TF::Paracetamol is an opioid.{F}
::SA::Name the dementia pain scale. {=PAINAD #Right.}
::MWC::The drug {~aspirin =naloxone ~heparin} reverses opioids.
::MWT::The VAS line is usually {=100 =one hundred} millimetres long.
::NUM::What is 5 divided by 2? {#2.5:0}
::MATCH::Match each drug to its class. {
  =Morphine -> Opioid
  =Ibuprofen -> NSAID
  =Gabapentin -> Gabapentinoid
}
::INFO::[markdown]That is **all**.
)";

QList<Question> parse(const char *gift)
{
    GiftParseResult parsed = GiftParser::parse(QString::fromUtf8(gift));
    for (Question &question : parsed.questions) {
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
        question.keySalt = salt;
    }
    return parsed.questions;
}

Quiz makeQuiz(const QList<Question> &questions, const QuizSettings &settings,
              const QString &lectureId = kLecture)
{
    Quiz quiz;
    quiz.lectureId = lectureId;
    quiz.courseCode = kCourse;
    quiz.title = QStringLiteral("Analgesics quiz");
    quiz.version = QStringLiteral("v1");
    quiz.settings = settings;
    quiz.questions = questions;
    return quiz;
}

Course course()
{
    Course course;
    course.code = kCourse;
    course.title = QStringLiteral("Test course");
    course.unlockThreshold = 0.9;
    return course;
}

Lecture lecture(const QString &id = kLecture)
{
    Lecture lecture;
    lecture.id = id;
    lecture.title = QStringLiteral("Analgesics");
    lecture.quiz.id = id;
    lecture.quiz.title = QStringLiteral("Analgesics quiz");
    return lecture;
}

// Picks an item of a closed combo box with the keyboard, as a learner would.
bool chooseInCombo(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int step = 0; step <= combo->count(); ++step) {
        if (combo->currentText() == text)
            return true;
        QTest::keyClick(combo, Qt::Key_Down);
    }
    return false;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

// LECTERN_SCREENSHOT_DIR=DIR keeps pictures of the screens this test drives, for review.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // lets pending layout requests settle, as they would on screen
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

using testing::bannerProblem;
using testing::darkPalette;

} // namespace

class TestQuizPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyTypeIsAnsweredSavedAndGraded();
    void navigatorShowsAnsweredAndFlagged();
    void submitConfirmationListsUnanswered();
    void allOnOnePageShowsEveryQuestion();
    void timedAttemptSubmitsItselfAtZero();
    void attemptResumesWithItsAnswers();
    void lockedQuizCannotStart();
    void missingQuizAsksForASync();
    void refusalReasonShowsAtOnce();
    void previewShowsKeysAndRecordsNothing();
    void previewNoticeReadsInBothThemes_data();
    void previewNoticeReadsInBothThemes();
    void contentCannotLoadOrInjectMarkup_data();
    void contentCannotLoadOrInjectMarkup();

private:
    bool storeQuiz(const Quiz &quiz, bool preview);
    bool openPage(bool unlocked, QuizPage::Mode mode = QuizPage::Mode::Learner);
    bool reloadBundle();
    bool confirmSubmission();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<QuizPage> m_page;
    QDateTime m_now;
};

void TestQuizPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->filePath(QStringLiteral("lectern.sqlite")));
    QSignalSpy opened(m_store.get(), &LocalStore::opened);
    m_store->openAsync();
    QVERIFY(opened.wait(10000));
    m_page = std::make_unique<QuizPage>(m_store.get());
    m_now = QDateTime::currentDateTimeUtc();
    m_page->setClock([this] { return m_now; });
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestQuizPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestQuizPage::storeQuiz(const Quiz &quiz, bool preview)
{
    CourseQuizzes quizzes;
    quizzes.courseCode = quiz.courseCode;
    quizzes.preview = preview;
    quizzes.quizzes.append(
        codec::toJson(quiz, preview ? codec::KeyForm::Full : codec::KeyForm::Protected));
    // quizzesChanged comes last; a page open on the quiz reloads on it.
    QSignalSpy changed(m_store.get(), &LocalStore::quizzesChanged);
    m_store->saveQuizzesAsync(quizzes);
    return changed.wait(10000);
}

bool TestQuizPage::openPage(bool unlocked, QuizPage::Mode mode)
{
    QSignalSpy shown(m_page.get(), &QuizPage::bundleShown);
    m_page->openQuiz(course(), lecture(), unlocked, mode);
    return shown.wait(10000);
}

// Asks the store for what it holds now; the page shows it too.
bool TestQuizPage::reloadBundle()
{
    QSignalSpy shown(m_page.get(), &QuizPage::bundleShown);
    m_store->loadQuizAsync(kLecture);
    return shown.wait(10000);
}

bool TestQuizPage::confirmSubmission()
{
    AttemptView *view = m_page->attemptView();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor(
            [view] { return view->confirmation() && view->confirmation()->isVisible(); }))
        return false;
    QTest::mouseClick(
        view->confirmation()->findChild<QPushButton *>(QStringLiteral("confirmSubmitButton")),
        Qt::LeftButton);
    return QTest::qWaitFor([this] { return m_page->resultView()->isVisible(); });
}

void TestQuizPage::everyTypeIsAnsweredSavedAndGraded()
{
    QuizSettings settings;
    settings.shuffleAnswers = true; // choices show in another order; responses must not
    const Quiz quiz = makeQuiz(parse(kEveryType), settings);
    QCOMPARE(quiz.questions.size(), 9);
    QVERIFY(storeQuiz(quiz, false));
    QVERIFY(openPage(true));
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    QVERIFY(start->isVisible() && start->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("quizSettingsLabel"))
                ->text()
                .contains(QStringLiteral("Pass mark: 70%")));
    screenshot(m_page.get(), QStringLiteral("quiz-start"));
    QTest::mouseClick(start, Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    QVERIFY(view->isVisible());
    auto *next = view->findChild<QPushButton *>(QStringLiteral("nextButton"));

    // Questions are not shuffled: position i shows question i.
    QuestionWidget *question = view->questionWidget(0);
    QVERIFY(question->isVisible());
    QVERIFY(!view->questionWidget(1)->isVisible()); // one per page by default
    QTest::mouseClick(question->findChild<QRadioButton *>(QStringLiteral("choice2")),
                      Qt::LeftButton); // Ibuprofen
    QTest::mouseClick(next, Qt::LeftButton);
    question = view->questionWidget(1);
    QVERIFY(question->isVisible());
    QTest::mouseClick(question->findChild<QCheckBox *>(QStringLiteral("choice1")), Qt::LeftButton);
    QTest::mouseClick(question->findChild<QCheckBox *>(QStringLiteral("choice2")), Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(
        view->questionWidget(2)->findChild<QRadioButton *>(QStringLiteral("falseRadio")),
        Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    typeInto(view->questionWidget(3)->findChild<QLineEdit *>(QStringLiteral("answerEdit")),
             QStringLiteral("  painad "));
    screenshot(m_page.get(), QStringLiteral("quiz-short-answer"));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(
        chooseInCombo(view->questionWidget(4)->findChild<QComboBox *>(QStringLiteral("blankCombo")),
                      QStringLiteral("naloxone")));
    screenshot(m_page.get(), QStringLiteral("quiz-missing-word"));
    QTest::mouseClick(next, Qt::LeftButton);
    typeInto(view->questionWidget(5)->findChild<QLineEdit *>(QStringLiteral("answerEdit")),
             QStringLiteral("One Hundred"));
    QTest::mouseClick(next, Qt::LeftButton);
    // A decimal comma, as many learners type it; letters are refused by the editor.
    auto *number = view->questionWidget(6)->findChild<QLineEdit *>(QStringLiteral("answerEdit"));
    typeInto(number, QStringLiteral("2x,5"));
    QCOMPARE(number->text(), QStringLiteral("2,5"));
    QTest::mouseClick(next, Qt::LeftButton);
    question = view->questionWidget(7);
    QVERIFY(chooseInCombo(question->findChild<QComboBox *>(QStringLiteral("matchCombo0")),
                          QStringLiteral("Opioid")));
    QVERIFY(chooseInCombo(question->findChild<QComboBox *>(QStringLiteral("matchCombo1")),
                          QStringLiteral("NSAID")));
    QVERIFY(chooseInCombo(question->findChild<QComboBox *>(QStringLiteral("matchCombo2")),
                          QStringLiteral("Gabapentinoid")));
    screenshot(m_page.get(), QStringLiteral("quiz-matching"));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(view->questionWidget(8)->isVisible());
    QVERIFY(!next->isEnabled()); // the last question

    // Everything is in the store already, in original answer indexes, before any submission.
    QVERIFY(reloadBundle());
    QCOMPARE(m_page->bundle().attempts.size(), 1);
    const Attempt stored = m_page->bundle().attempts.first();
    QCOMPARE(stored.state, AttemptState::InProgress);
    QCOMPARE(stored.responses.value(0).choices, QList<int>{2});
    QCOMPARE(stored.responses.value(1).choices, (QList<int>{1, 2}));
    QCOMPARE(stored.responses.value(2).trueFalse, std::optional<bool>(false));
    QCOMPARE(stored.responses.value(3).text, QStringLiteral("  painad "));
    QCOMPARE(stored.responses.value(4).choices, QList<int>{1});
    QCOMPARE(stored.responses.value(6).text, QStringLiteral("2,5"));
    QCOMPARE(stored.responses.value(7).matches, (QList<int>{0, 1, 2}));
    QCOMPARE(stored.currentPosition, 8);

    QVERIFY(confirmSubmission());
    ResultView *result = m_page->resultView();
    QCOMPARE(result->findChild<QLabel *>(QStringLiteral("scoreLabel"))->text(),
             QStringLiteral("Score: 8 out of 8 (100%)"));
    QVERIFY(result->findChild<QLabel *>(QStringLiteral("passedLabel"))
                ->text()
                .startsWith(QStringLiteral("Passed")));
    QCOMPARE(result->findChild<QLabel *>(QStringLiteral("resultStatusLabel"))->text(),
             QStringLiteral("Provisional — will be confirmed when you are online"));
    // Feedback of the chosen answer, as the default settings allow.
    bool feedbackShown = false;
    for (QLabel *label : result->findChildren<QLabel *>(QStringLiteral("feedbackLabel")))
        feedbackShown = feedbackShown || label->text() == QStringLiteral("Feedback: Right.");
    QVERIFY(feedbackShown);
    screenshot(m_page.get(), QStringLiteral("quiz-result"));

    QTRY_VERIFY(!m_page->bundle().attempts.isEmpty()
                && m_page->bundle().attempts.first().state == AttemptState::Submitted);
    QVERIFY(reloadBundle());
    QCOMPARE(m_page->bundle().attempts.first().state, AttemptState::Submitted);
    QVERIFY(m_page->bundle().attempts.first().provisional);
    QCOMPARE(m_page->bundle().attempts.first().provisional->percent, 100.0);
    // The history on the start page lists it, with its status in words.
    QTest::mouseClick(result->findChild<QPushButton *>(QStringLiteral("backToQuizButton")),
                      Qt::LeftButton);
    auto *history = m_page->findChild<QTreeWidget *>(QStringLiteral("attemptHistory"));
    QCOMPARE(history->topLevelItemCount(), 1);
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("100%"));
    QCOMPARE(history->topLevelItem(0)->text(3),
             QStringLiteral("Provisional — will be confirmed when you are online"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("quizSettingsLabel"))
                ->text()
                .contains(QStringLiteral("Attempts: 1 of 3 used")));
}

void TestQuizPage::navigatorShowsAnsweredAndFlagged()
{
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), {}), false));
    QVERIFY(openPage(true));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton")),
                      Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    QuizNavigator *navigator = view->navigator();
    QCOMPARE(navigator->questionCount(), 9);
    QTest::mouseClick(view->questionWidget(0)->findChild<QRadioButton *>(QStringLiteral("choice0")),
                      Qt::LeftButton);
    QCOMPARE(navigator->button(0)->accessibleName(), QStringLiteral("Question 1, answered, shown"));
    // Jump with the navigator, flag, and leave it unanswered.
    QTest::mouseClick(navigator->button(3), Qt::LeftButton);
    QVERIFY(view->questionWidget(3)->isVisible());
    QVERIFY(!view->questionWidget(0)->isVisible());
    QTest::mouseClick(view->questionWidget(3)->findChild<QCheckBox *>(QStringLiteral("flagCheck")),
                      Qt::LeftButton);
    QCOMPARE(navigator->button(3)->accessibleName(),
             QStringLiteral("Question 4, not answered, flagged for review, shown"));
    QCOMPARE(navigator->button(3)->text(), QStringLiteral("4 ⚑"));
    QCOMPARE(navigator->button(0)->accessibleName(), QStringLiteral("Question 1, answered"));
    QVERIFY(navigator->button(3)->isChecked());
    QVERIFY(!navigator->button(0)->isChecked());
    // Typing an answer marks it answered at once; clearing it marks it unanswered again.
    auto *edit = view->questionWidget(3)->findChild<QLineEdit *>(QStringLiteral("answerEdit"));
    typeInto(edit, QStringLiteral("x"));
    QVERIFY(navigator->button(3)->accessibleName().contains(QStringLiteral(", answered")));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(navigator->button(3)->accessibleName().contains(QStringLiteral("not answered")));
    screenshot(m_page.get(), QStringLiteral("quiz-navigator"));
    // The flag is saved too.
    QVERIFY(reloadBundle());
    QCOMPARE(m_page->bundle().attempts.first().flagged.value(3), true);
    QCOMPARE(m_page->bundle().attempts.first().flagged.value(0), false);
}

void TestQuizPage::submitConfirmationListsUnanswered()
{
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), {}), false));
    QVERIFY(openPage(true));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton")),
                      Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    QTest::mouseClick(view->questionWidget(0)->findChild<QRadioButton *>(QStringLiteral("choice2")),
                      Qt::LeftButton);
    QTest::mouseClick(view->navigator()->button(2), Qt::LeftButton);
    QTest::mouseClick(
        view->questionWidget(2)->findChild<QRadioButton *>(QStringLiteral("trueRadio")),
        Qt::LeftButton);
    QTest::mouseClick(view->questionWidget(2)->findChild<QCheckBox *>(QStringLiteral("flagCheck")),
                      Qt::LeftButton);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(view->confirmation() && view->confirmation()->isVisible());
    const QString text = view->confirmation()->text();
    // The information item (9) is not a question to answer.
    QVERIFY2(text.contains(QStringLiteral("Not answered: questions 2, 4, 5, 6, 7 and 8.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Flagged for review: question 3.")), qPrintable(text));
    screenshot(view->confirmation(), QStringLiteral("quiz-submit-confirmation"));
    // Keep working: nothing is submitted.
    QTest::mouseClick(
        view->confirmation()->findChild<QPushButton *>(QStringLiteral("keepWorkingButton")),
        Qt::LeftButton);
    QTRY_VERIFY(!view->confirmation());
    QVERIFY(view->isVisible());
    QVERIFY(m_page->isTakingAttempt());
    QVERIFY(confirmSubmission());
    QCOMPARE(m_page->resultView()->findChild<QLabel *>(QStringLiteral("scoreLabel"))->text(),
             QStringLiteral("Score: 1 out of 8 (13%)"));
}

void TestQuizPage::allOnOnePageShowsEveryQuestion()
{
    QuizSettings settings;
    settings.layout = QuizLayout::AllOnOnePage;
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), settings), false));
    QVERIFY(openPage(true));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton")),
                      Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    auto *toggle = view->findChild<QCheckBox *>(QStringLiteral("allOnOnePageCheck"));
    QVERIFY(toggle->isChecked()); // the quiz's default
    for (int position = 0; position < 9; ++position)
        QVERIFY(view->questionWidget(position)->isVisible());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("nextButton"))->isVisible());
    screenshot(m_page.get(), QStringLiteral("quiz-all-on-one-page"));
    // The learner switches to one per page.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!toggle->isChecked());
    int visible = 0;
    for (int position = 0; position < 9; ++position)
        visible += view->questionWidget(position)->isVisible() ? 1 : 0;
    QCOMPARE(visible, 1);
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("nextButton"))->isVisible());
}

void TestQuizPage::timedAttemptSubmitsItselfAtZero()
{
    QuizSettings settings;
    settings.timeLimitMinutes = 1;
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), settings), false));
    QVERIFY(openPage(true));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("quizSettingsLabel"))
                ->text()
                .contains(QStringLiteral("Time limit: 1 minute")));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton")),
                      Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    auto *countdown = view->findChild<QLabel *>(QStringLiteral("countdownLabel"));
    QVERIFY(countdown->isVisible());
    QCOMPARE(countdown->text(), QStringLiteral("Time left: 1:00"));
    QTest::mouseClick(view->questionWidget(0)->findChild<QRadioButton *>(QStringLiteral("choice2")),
                      Qt::LeftButton);
    m_now = m_now.addSecs(35);
    QTRY_COMPARE(countdown->text(), QStringLiteral("Time left: 0:25"));
    // The confirmation is open when time runs out: the attempt submits anyway.
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(view->confirmation());
    m_now = m_now.addSecs(26);
    QTRY_VERIFY(m_page->resultView()->isVisible());
    QVERIFY(!m_page->isTakingAttempt());
    QVERIFY(m_page->resultView()
                ->findChild<QLabel *>(QStringLiteral("autoSubmittedLabel"))
                ->isVisible());
    QCOMPARE(m_page->resultView()->findChild<QLabel *>(QStringLiteral("scoreLabel"))->text(),
             QStringLiteral("Score: 1 out of 8 (13%)"));
    QTRY_VERIFY(reloadBundle()
                && m_page->bundle().attempts.first().state == AttemptState::Submitted);
    const Attempt stored = m_page->bundle().attempts.first();
    QVERIFY(stored.autoSubmitted);
    QVERIFY(stored.finishedAt <= stored.deadline);
}

void TestQuizPage::attemptResumesWithItsAnswers()
{
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), {}), false));
    QVERIFY(openPage(true));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton")),
                      Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    QTest::mouseClick(view->navigator()->button(3), Qt::LeftButton);
    typeInto(view->questionWidget(3)->findChild<QLineEdit *>(QStringLiteral("answerEdit")),
             QStringLiteral("PAINAD"));
    m_page->closeQuiz(); // the learner looks at a lecture meanwhile

    QVERIFY(openPage(true));
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    QCOMPARE(start->text().remove(QLatin1Char('&')), QStringLiteral("Resume the attempt"));
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(view->currentPosition(), 3); // where the learner was
    QVERIFY(view->questionWidget(3)->isVisible());
    QCOMPARE(view->questionWidget(3)->findChild<QLineEdit *>(QStringLiteral("answerEdit"))->text(),
             QStringLiteral("PAINAD"));
}

void TestQuizPage::lockedQuizCannotStart()
{
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), {}), false));
    QVERIFY(openPage(false));
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    QVERIFY(!start->isEnabled());
    auto *notice = m_page->findChild<QLabel *>(QStringLiteral("quizNotice"));
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("This quiz opens once you have watched 90% of the lecture."));
    // Watching the rest unlocks it without reopening.
    m_page->setUnlocked(true);
    QVERIFY(start->isEnabled());

    // A closed quiz says why, in the words AttemptSession gives.
    QuizSettings closed;
    closed.closesAt = m_now.addDays(-1);
    Quiz quiz = makeQuiz(parse(kEveryType), closed);
    quiz.version = QStringLiteral("v2");
    QVERIFY(storeQuiz(quiz, false));
    QVERIFY(openPage(true));
    QVERIFY(!start->isEnabled());
    const QString reason = AttemptSession::reasonCannotStart(closed, m_now, 0, false);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(notice->text(), reason);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("quizSettingsLabel"))
                ->text()
                .contains(QStringLiteral("Closes: ")));
}

void TestQuizPage::missingQuizAsksForASync()
{
    QVERIFY(openPage(true));
    auto *notice = m_page->findChild<QLabel *>(QStringLiteral("quizNotice"));
    QCOMPARE(notice->text(), QStringLiteral("Not downloaded yet: sync once while online."));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton"))->isVisible());
}

void TestQuizPage::refusalReasonShowsAtOnce()
{
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), {}), false));
    QVERIFY(openPage(true));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton")),
                      Qt::LeftButton);
    QVERIFY(confirmSubmission());
    QTRY_VERIFY(m_page->bundle().attempts.value(0).state == AttemptState::Submitted);
    const Attempt submitted = m_page->bundle().attempts.first();

    // The server's answer arrives through the progress feed while the result is on screen.
    AttemptResult refused = *submitted.provisional;
    refused.status = AttemptStatus::Refused;
    refused.reason = QStringLiteral("The quiz closed before this attempt was finished.");
    ProgressPage page;
    page.attempts.append(refused);
    page.cursor = QStringLiteral("1");
    m_store->applyProgressPageAsync(page);
    auto *status = m_page->resultView()->findChild<QLabel *>(QStringLiteral("resultStatusLabel"));
    QTRY_COMPARE(status->text(),
                 QStringLiteral("Refused: The quiz closed before this attempt was finished."));
    screenshot(m_page.get(), QStringLiteral("quiz-result-refused"));
    // Not settled, the status stands out as a banner, and reads in a light and a dark theme.
    const QPalette shownPalette = m_page->palette();
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        m_page->setPalette(palette);
        const QString problem = bannerProblem(status, palette);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    m_page->setPalette(shownPalette);
    QTest::mouseClick(
        m_page->resultView()->findChild<QPushButton *>(QStringLiteral("backToQuizButton")),
        Qt::LeftButton);
    auto *banner = m_page->findChild<QLabel *>(QStringLiteral("refusalBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(refused.reason), qPrintable(banner->text()));
    auto *history = m_page->findChild<QTreeWidget *>(QStringLiteral("attemptHistory"));
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Refused: ") + refused.reason);
    // A refused attempt does not use one of the three.
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("quizSettingsLabel"))
                ->text()
                .contains(QStringLiteral("Attempts: 0 of 3 used")));
    screenshot(m_page.get(), QStringLiteral("quiz-start-refused"));
    // The banner reads in a light and a dark theme alike.
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        m_page->setPalette(palette);
        const QString problem = bannerProblem(banner, palette);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestQuizPage::previewShowsKeysAndRecordsNothing()
{
    Quiz quiz = makeQuiz(parse(kEveryType), {});
    quiz.hasPlainKey = true;
    QVERIFY(storeQuiz(quiz, true));
    QVERIFY(openPage(false, QuizPage::Mode::Preview)); // faculty need no unlock
    auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    QVERIFY(start->isEnabled());
    QVERIFY(m_page->bundle().quiz.hasPlainKey);
    QTest::mouseClick(start, Qt::LeftButton);
    AttemptView *view = m_page->attemptView();
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("previewBanner"))->isVisible());
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("previewBanner"))->text(),
             QStringLiteral("Preview — nothing is recorded"));
    // The banner reads in a light and a dark theme alike, restyled when the theme switches.
    const QPalette shownPalette = m_page->palette();
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        m_page->setPalette(palette);
        const QString problem
            = bannerProblem(view->findChild<QLabel *>(QStringLiteral("previewBanner")), palette);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    m_page->setPalette(shownPalette);
    // The key and the feedback, inline under the question.
    auto *key = view->questionWidget(3)->findChild<QLabel *>(QStringLiteral("correctAnswerLabel"));
    QTest::mouseClick(view->navigator()->button(3), Qt::LeftButton);
    QVERIFY(key && key->isVisible());
    QVERIFY2(key->text().contains(QStringLiteral("PAINAD")), qPrintable(key->text()));
    QTest::mouseClick(view->navigator()->button(0), Qt::LeftButton);
    QStringList keyLines;
    for (QLabel *label : view->questionWidget(0)
                             ->findChild<QFrame *>(QStringLiteral("keyBox"))
                             ->findChildren<QLabel *>())
        keyLines.append(label->text());
    QVERIFY2(keyLines.join(u'\n').contains(QStringLiteral("Ibuprofen — 100%\n   Right.")),
             qPrintable(keyLines.join(u'\n')));
    // The key reads in both themes too (a fixed pale green block once glared on the dark one).
    auto *keyBox = view->questionWidget(0)->findChild<QFrame *>(QStringLiteral("keyBox"));
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        m_page->setPalette(palette);
        const QString problem = bannerProblem(keyBox, palette);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("the answer key: ") + problem));
        // An unanswered question's number in the navigator: not a white key on a dark page.
        const QString number = bannerProblem(view->navigator()->button(1), palette);
        QVERIFY2(number.isEmpty(), qPrintable(QStringLiteral("question 2's button: ") + number));
    }
    m_page->setPalette(shownPalette);
    screenshot(m_page.get(), QStringLiteral("quiz-preview"));
    QTest::mouseClick(view->questionWidget(0)->findChild<QRadioButton *>(QStringLiteral("choice2")),
                      Qt::LeftButton);
    QVERIFY(confirmSubmission());
    QCOMPARE(m_page->resultView()->findChild<QLabel *>(QStringLiteral("resultStatusLabel"))->text(),
             QStringLiteral("Preview — nothing is recorded"));
    QCOMPARE(m_page->resultView()->findChild<QLabel *>(QStringLiteral("scoreLabel"))->text(),
             QStringLiteral("Score: 1 out of 8 (13%)"));
    // Graded, and stored nowhere: the store has no attempt for this quiz.
    QTest::qWait(200);
    QVERIFY(reloadBundle());
    QVERIFY(m_page->bundle().attempts.isEmpty());
}

void TestQuizPage::previewNoticeReadsInBothThemes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

// The faculty's preview notice on the quiz's start page: its text reads well on its background,
// and that background is a tint of the page's own, not a light block on a dark page. Switching
// theme while the page is open restyles it.
void TestQuizPage::previewNoticeReadsInBothThemes()
{
    QFETCH(QPalette, palette);
    QVERIFY(storeQuiz(makeQuiz(parse(kEveryType), {}), true));
    QVERIFY(openPage(false, QuizPage::Mode::Preview));
    m_page->setPalette(palette);
    auto *notice = m_page->findChild<QLabel *>(QStringLiteral("quizNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(QStringLiteral("Preview — nothing is recorded.")));
    const QString problem = bannerProblem(notice, palette);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestQuizPage::contentCannotLoadOrInjectMarkup_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("markupIsText"); // raw HTML must show as the characters typed
    QTest::newRow("markdown") << int(TextFormat::Markdown) << true;
    QTest::newRow("plain") << int(TextFormat::Plain) << true;
    QTest::newRow("moodle") << int(TextFormat::Moodle) << true;
    QTest::newRow("html") << int(TextFormat::Html) << false;
}

void TestQuizPage::contentCannotLoadOrInjectMarkup()
{
    QFETCH(int, format);
    QFETCH(bool, markupIsText);
    // Content that tries to reach a server, read a file of this computer, and run a script.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString remote
        = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(listener.serverPort());
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString local = m_dir->filePath(QStringLiteral("secret.png"));
    QVERIFY(image.save(local));
    const QString text
        = QStringLiteral("Dose **check**\n\n<img src=%1> <script>alert('x')</script>\n\n"
                         "![remote](%1) ![local](%2) ![path](%3) <img src=\"%3\"> [link](%1)")
              .arg(remote, QUrl::fromLocalFile(local).toString(), local);

    Question question;
    question.type = QuestionType::ShortAnswer;
    question.format = TextFormat(format);
    question.text = text;
    question.answers.append(Answer{});
    QuestionWidget widget(question, {}, 1, QuestionWidget::Mode::Attempt);
    widget.resize(600, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *view = widget.findChild<SafeTextView *>(QStringLiteral("questionText"));
    QVERIFY(view);
    // Painting asks the document for every image it shows.
    const QImage painted = widget.grab().toImage();
    QTest::qWait(300);

    QVERIFY(!listener.hasPendingConnections());
    for (int y = 0; y < painted.height(); ++y) {
        for (int x = 0; x < painted.width(); ++x)
            QVERIFY2(painted.pixel(x, y) != qRgb(255, 0, 0), "the local image was shown");
    }
    QTextDocument *document = view->document();
    for (const QString &url : {remote, QUrl::fromLocalFile(local).toString(), local}) {
        const QImage resource
            = document->resource(QTextDocument::ImageResource, QUrl(url)).value<QImage>();
        QVERIFY2(resource.isNull() || resource.pixel(0, 0) != qRgb(255, 0, 0), qPrintable(url));
    }
    const QString shown = view->toPlainText();
    QVERIFY(!view->openLinks() && !view->openExternalLinks());
    if (markupIsText) {
        QVERIFY2(shown.contains(QStringLiteral("<script>alert('x')</script>")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("<img src=")), qPrintable(shown));
    } else {
        // Qt's rich text has no scripts: the tag is dropped, never run, never shown as code.
        QVERIFY2(!shown.contains(QStringLiteral("<script")), qPrintable(shown));
    }
    if (TextFormat(format) == TextFormat::Markdown) {
        QVERIFY2(shown.startsWith(QStringLiteral("Dose check")), qPrintable(shown)); // rendered
    }
    // Clicking the link goes nowhere.
    QSignalSpy navigated(view, &QTextBrowser::sourceChanged);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->cursorRect(view->document()->find(QStringLiteral("link"))).center());
    QCOMPARE(navigated.count(), 0);
}

QTEST_MAIN(TestQuizPage)
#include "tst_quizpage.moc"
