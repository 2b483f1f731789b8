#include "quiz/grading.h"

#include <cmath>
#include <optional>

#include <QFile>
#include <QTest>

#include "quiz/giftparser.h"
#include "support/testpaths.h"

using namespace lectern;

namespace {

QString describe(const QList<GiftError> &errors)
{
    QStringList lines;
    for (const GiftError &e : errors)
        lines.append(QStringLiteral("%1:%2: %3").arg(e.line).arg(e.column).arg(e.message));
    return lines.join(u'\n');
}

// The one question `gift` holds; the tests build questions the way the app does, through
// the parser, so they also pin down how grading reads its representation.
Question parseOne(const QString &gift)
{
    const GiftParseResult r = GiftParser::parse(gift);
    if (!r.errors.isEmpty() || r.questions.size() != 1) {
        qWarning("expected one question, got %d; errors:\n%s", int(r.questions.size()),
                 qPrintable(describe(r.errors)));
        return {};
    }
    return r.questions.first();
}

Response chose(const QList<int> &choices)
{
    Response r;
    r.choices = choices;
    return r;
}

Response typed(const QString &text)
{
    Response r;
    r.text = text;
    return r;
}

// A response that gets full marks, built from what the parser read.
Response rightResponse(const Question &q)
{
    Response r;
    switch (q.type) {
    case QuestionType::MultipleChoice:
    case QuestionType::MissingWord:
        if (offersChoices(q)) {
            qsizetype best = 0;
            for (qsizetype i = 1; i < q.answers.size(); ++i) {
                if (q.answers.at(i).weight > q.answers.at(best).weight)
                    best = i;
            }
            r.choices = {int(best)};
            break;
        }
        [[fallthrough]];
    case QuestionType::ShortAnswer:
        for (const Answer &a : q.answers) {
            if (a.weight >= 1.0) {
                r.text = a.text;
                break;
            }
        }
        break;
    case QuestionType::MultipleAnswer:
        for (qsizetype i = 0; i < q.answers.size(); ++i) {
            if (q.answers.at(i).weight > 0)
                r.choices.append(int(i));
        }
        break;
    case QuestionType::TrueFalse:
        r.trueFalse = q.trueFalseAnswer;
        break;
    case QuestionType::Numerical:
        r.text = QString::number(q.answers.first().value, 'g', 17);
        break;
    case QuestionType::Matching:
        for (qsizetype i = 0; i < q.answers.size(); ++i)
            r.matches.append(int(i));
        break;
    case QuestionType::Description:
        break;
    }
    return r;
}

} // namespace

class TestGrading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradesChoices_data();
    void gradesChoices();
    void gradesTrueFalse_data();
    void gradesTrueFalse();
    void gradesTypedAnswers_data();
    void gradesTypedAnswers();
    void missingWordOffersChoicesOnlyWithWrongOptions_data();
    void missingWordOffersChoicesOnlyWithWrongOptions();
    void gradesNumerical_data();
    void gradesNumerical();
    void gradesMatching_data();
    void gradesMatching();
    void descriptionIsNotGraded();
    void generalFeedbackIsKeptApart();
    void gradingIsDeterministic();
    void caseSensitiveShortAnswerComparesCase_data();
    void caseSensitiveShortAnswerComparesCase();
    void normalisedFormIsWhatIsHashed_data();
    void normalisedFormIsWhatIsHashed();
    void hashedKeysGradeLikePlainOnes_data();
    void hashedKeysGradeLikePlainOnes();
    void hashedTrueFalseGradesLikePlain();

    void totalsQuizAndPassesAtTheMark_data();
    void totalsQuizAndPassesAtTheMark();
    void quizWithNothingToGradePasses();
    void demoQuizAllCorrectScoresFull();
};

void TestGrading::gradesChoices_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QList<int>>("choices");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("feedback");

    const QString mc = "2+2? {=4 #Yes ~5 #Too many ~%50%four #Words count half}";
    QTest::newRow("mc right") << mc << QList<int>{0} << 1.0 << true << "Yes";
    QTest::newRow("mc wrong") << mc << QList<int>{1} << 0.0 << true << "Too many";
    QTest::newRow("mc partial weight") << mc << QList<int>{2} << 0.5 << true << "Words count half";
    QTest::newRow("mc unanswered") << mc << QList<int>{} << 0.0 << false << "";
    QTest::newRow("mc two chosen scores nothing") << mc << QList<int>{0, 1} << 0.0 << true << "";
    QTest::newRow("mc same choice twice is one") << mc << QList<int>{0, 0} << 1.0 << true << "Yes";
    QTest::newRow("mc out-of-range is no answer") << mc << QList<int>{7, -1} << 0.0 << false << "";

    const QString ma = "Who lies in Grant's tomb? {\n"
                       "  ~%-100%No one #No\n"
                       "  ~%50%Grant #Yes\n"
                       "  ~%50%Grant's wife #Also\n"
                       "  ~%-50%Grant's father #No\n"
                       "}";
    QTest::newRow("ma both right") << ma << QList<int>{1, 2} << 1.0 << true << "Yes\nAlso";
    QTest::newRow("ma one right") << ma << QList<int>{2} << 0.5 << true << "Also";
    QTest::newRow("ma feedback in answer order")
        << ma << QList<int>{2, 1} << 1.0 << true << "Yes\nAlso";
    QTest::newRow("ma right and wrong cancel")
        << ma << QList<int>{1, 3} << 0.0 << true << "Yes\nNo";
    QTest::newRow("ma negative total floored at 0") << ma << QList<int>{0} << 0.0 << true << "No";
    QTest::newRow("ma selecting everything")
        << ma << QList<int>{0, 1, 2, 3} << 0.0 << true << "No\nYes\nAlso\nNo";
    QTest::newRow("ma over-selection costs")
        << ma << QList<int>{1, 2, 3} << 0.5 << true << "Yes\nAlso\nNo";
    QTest::newRow("ma duplicate counts once") << ma << QList<int>{1, 1} << 0.5 << true << "Yes";
    QTest::newRow("ma unanswered") << ma << QList<int>{} << 0.0 << false << "";
    QTest::newRow("ma total capped at 1")
        << "Pick. {~%100%a ~%50%b ~c}" << QList<int>{0, 1} << 1.0 << true << "";
    QTest::newRow("ma thirds add up to 1") << "Pick. {~%33.3333%a ~%33.3333%b ~%33.3333%c ~%-50%d}"
                                           << QList<int>{0, 1, 2} << 1.0 << true << "";

    const QString mw = "In 2011 the {=Institute of Medicine #Right ~World Health Organization "
                       "~Food and Drug Administration} published the report.";
    QTest::newRow("missing word choice right") << mw << QList<int>{0} << 1.0 << true << "Right";
    QTest::newRow("missing word choice wrong") << mw << QList<int>{2} << 0.0 << true << "";
}

void TestGrading::gradesChoices()
{
    QFETCH(QString, gift);
    QFETCH(QList<int>, choices);
    QFETCH(double, fraction);
    QFETCH(bool, answered);
    QFETCH(QString, feedback);

    const QuestionGrade g = grade(parseOne(gift), chose(choices));
    QCOMPARE(g.fraction, fraction);
    QCOMPARE(g.answered, answered);
    QCOMPARE(g.feedback, feedback);
}

void TestGrading::gradesTrueFalse_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<int>("said"); // -1 nothing, 0 false, 1 true
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("feedback");

    const QString t = "The sun is a star.{TRUE#No, it is.#Yes.}";
    const QString f = "The moon is a star.{F#Nope, it is not.#Right.}";
    QTest::newRow("true, said true") << t << 1 << 1.0 << true << "Yes.";
    QTest::newRow("true, said false") << t << 0 << 0.0 << true << "No, it is.";
    QTest::newRow("false, said false") << f << 0 << 1.0 << true << "Right.";
    QTest::newRow("false, said true") << f << 1 << 0.0 << true << "Nope, it is not.";
    QTest::newRow("said nothing") << t << -1 << 0.0 << false << "";
}

void TestGrading::gradesTrueFalse()
{
    QFETCH(QString, gift);
    QFETCH(int, said);
    QFETCH(double, fraction);
    QFETCH(bool, answered);
    QFETCH(QString, feedback);

    Response r;
    if (said >= 0)
        r.trueFalse = said == 1;
    const QuestionGrade g = grade(parseOne(gift), r);
    QCOMPARE(g.fraction, fraction);
    QCOMPARE(g.answered, answered);
    QCOMPARE(g.feedback, feedback);
}

void TestGrading::gradesTypedAnswers_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("feedback");

    const QString paris = "Capital of France? {=Paris #Oui =%50%Lutetia #Old name}";
    QTest::newRow("exact") << paris << "Paris" << 1.0 << true << "Oui";
    QTest::newRow("lower case") << paris << "paris" << 1.0 << true << "Oui";
    QTest::newRow("upper case") << paris << "PARIS" << 1.0 << true << "Oui";
    QTest::newRow("partial weight") << paris << "lutetia" << 0.5 << true << "Old name";
    QTest::newRow("wrong") << paris << "Lyon" << 0.0 << true << "";
    QTest::newRow("prefix is not a match") << paris << "Par" << 0.0 << true << "";
    QTest::newRow("blank is unanswered") << paris << "  \t " << 0.0 << false << "";
    QTest::newRow("best weight wins") << "City? {=%50%Par* #Close =Paris #Exact}"
                                      << "Paris" << 1.0 << true << "Exact";
    QTest::newRow("best weight, first of equals") << "City? {=P* #first =*s #second}"
                                                  << "Paris" << 1.0 << true << "first";

    const QString glob = "Town? {=South*ton}";
    QTest::newRow("wildcard run") << glob << "Southampton" << 1.0 << true << "";
    QTest::newRow("wildcard empty run") << glob << "Southton" << 1.0 << true << "";
    QTest::newRow("wildcard needs the ends") << glob << "Southampton Row" << 0.0 << true << "";
    QTest::newRow("wildcard with case") << glob << "SOUTHAMPTON" << 1.0 << true << "";
    QTest::newRow("star alone takes anything") << "Say something. {=*}"
                                               << "hi" << 1.0 << true << "";

    const QString term = "Term? {=high-impact chronic pain}";
    QTest::newRow("surrounding whitespace") << term << "  high-impact chronic pain\n"
                                            << 1.0 << true << "";
    QTest::newRow("internal whitespace runs")
        << term << "high-impact \t chronic   pain" << 1.0 << true << "";
    QTest::newRow("missing space still wrong")
        << term << "high-impactchronic pain" << 0.0 << true << "";

    QTest::newRow("NFC: decomposed typed, composed accepted")
        << QString::fromUtf8("Drink? {=caf\u00e9}") << QString::fromUtf8("cafe\u0301") << 1.0
        << true << "";
    QTest::newRow("NFC: composed typed, decomposed accepted")
        << QString::fromUtf8("Drink? {=cafe\u0301}") << QString::fromUtf8("caf\u00e9") << 1.0
        << true << "";
    QTest::newRow("NFC with case") << QString::fromUtf8("Drink? {=caf\u00e9}")
                                   << QString::fromUtf8("CAFE\u0301") << 1.0 << true << "";

    const QString mw = "The survey asks about the past {=three =3} months.";
    QTest::newRow("missing word typed") << mw << "3" << 1.0 << true << "";
    QTest::newRow("missing word typed, case") << mw << " Three " << 1.0 << true << "";
    QTest::newRow("missing word typed wrong") << mw << "four" << 0.0 << true << "";
}

void TestGrading::gradesTypedAnswers()
{
    QFETCH(QString, gift);
    QFETCH(QString, text);
    QFETCH(double, fraction);
    QFETCH(bool, answered);
    QFETCH(QString, feedback);

    const QuestionGrade g = grade(parseOne(gift), typed(text));
    QCOMPARE(g.fraction, fraction);
    QCOMPARE(g.answered, answered);
    QCOMPARE(g.feedback, feedback);
}

void TestGrading::caseSensitiveShortAnswerComparesCase_data()
{
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("fraction");
    // Gene symbols: SCN9A (human) is not scn9a (zebrafish); the directive makes that count.
    QTest::newRow("sensitive, exact") << true << "SCN9A" << 1.0;
    QTest::newRow("sensitive, lower") << true << "scn9a" << 0.0;
    QTest::newRow("sensitive, spaces kept out") << true << "  SCN9A " << 1.0;
    QTest::newRow("sensitive, wildcard keeps case") << true << "SCN10A" << 0.5;
    QTest::newRow("sensitive, wildcard wrong case") << true << "scn10a" << 0.0;
    QTest::newRow("insensitive, lower") << false << "scn9a" << 1.0;
    QTest::newRow("insensitive, wildcard") << false << "scn11a" << 0.5;
}

void TestGrading::caseSensitiveShortAnswerComparesCase()
{
    QFETCH(bool, caseSensitive);
    QFETCH(QString, text);
    QFETCH(double, fraction);
    Question q = parseOne(QStringLiteral("Which gene encodes Nav1.7?{=SCN9A =%50%SCN*A}"));
    q.caseSensitive = caseSensitive;
    QCOMPARE(grade(q, typed(text)).fraction, fraction);
}

void TestGrading::normalisedFormIsWhatIsHashed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("trim and collapse")
        << " \tNon-opioid \n  analgesic  " << false << "non-opioid analgesic";
    QTest::newRow("case kept") << "  Na  Cl " << true << "Na Cl";
    QTest::newRow("decomposed to composed") << QString::fromUtf8("Parace\xcc\x81tamol") << true
                                            << QString::fromUtf8("Parac\xc3\xa9tamol");
    // Greek "algos" (pain): final sigma and capital sigma fold to the same letter.
    QTest::newRow("folded beyond lower case")
        << QString::fromUtf8("\xce\xb1\xce\xbb\xce\xb3\xce\xbf\xcf\x82") << false
        << QString::fromUtf8("\xce\xb1\xce\xbb\xce\xb3\xce\xbf\xcf\x83");
    QTest::newRow("capital sigma")
        << QString::fromUtf8("\xce\x91\xce\x9b\xce\x93\xce\x9f\xce\xa3") << false
        << QString::fromUtf8("\xce\xb1\xce\xbb\xce\xb3\xce\xbf\xcf\x83");
    QTest::newRow("empty") << "   " << false << "";
}

void TestGrading::normalisedFormIsWhatIsHashed()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(QString, normalised);
    QCOMPARE(normalizedShortAnswer(text, caseSensitive), normalised);
    // The hash is base64 of 32 bytes, depends on the salt, and is stable.
    const QByteArray salt("0123456789abcdef");
    const QByteArray hash = answerHash(salt, normalised);
    QCOMPARE(QByteArray::fromBase64(hash).size(), 32);
    QCOMPARE(answerHash(salt, normalised), hash);
    QVERIFY(answerHash(QByteArray("fedcba9876543210"), normalised) != hash);
}

void TestGrading::hashedKeysGradeLikePlainOnes_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("feedback");
    const QString shortAnswer = QStringLiteral(
        "Name it.{=Paracetamol#Yes. =%50%Acetaminophen#Half. =%25%para*#Pattern.}");
    QTest::newRow("hashed best") << shortAnswer << "  PARACETAMOL" << 1.0 << "Yes.";
    QTest::newRow("hashed partial") << shortAnswer << "acetaminophen" << 0.5 << "Half.";
    QTest::newRow("wildcard stays plain") << shortAnswer << "paradox" << 0.25 << "Pattern.";
    QTest::newRow("wrong") << shortAnswer << "ibuprofen" << 0.0 << "";
    QTest::newRow("empty") << shortAnswer << "" << 0.0 << "";
    QTest::newRow("typed missing word") << "It is {=glucuronidated#Right.} in the liver."
                                        << "Glucuronidated" << 1.0 << "Right.";
}

void TestGrading::hashedKeysGradeLikePlainOnes()
{
    QFETCH(QString, gift);
    QFETCH(QString, text);
    QFETCH(double, fraction);
    QFETCH(QString, feedback);
    const Question plain = parseOne(gift);
    // The protected key as a learner's client holds it: exact answers replaced by hashes.
    Question hashed = plain;
    hashed.keySalt = QByteArray("per-question-salt");
    for (Answer &answer : hashed.answers) {
        if (answer.text.contains(u'*'))
            continue;
        answer.textHash = answerHash(hashed.keySalt, normalizedShortAnswer(answer.text, false));
        answer.text.clear();
    }
    QCOMPARE(grade(plain, typed(text)).fraction, fraction);
    const QuestionGrade g = grade(hashed, typed(text));
    QCOMPARE(g.fraction, fraction);
    QCOMPARE(g.feedback, feedback);
}

void TestGrading::hashedTrueFalseGradesLikePlain()
{
    // The learner's key holds only the hash of "true" or "false"; trueFalseAnswer is left at
    // its default, so a grader that still read it would get one of these two wrong.
    for (bool key : {true, false}) {
        Question q = parseOne(key ? QStringLiteral("Is it?{T#No.#Yes.}")
                                  : QStringLiteral("Is it?{F#No.#Yes.}"));
        q.keySalt = QByteArray("salt");
        q.trueFalseHash
            = answerHash(q.keySalt, key ? QStringLiteral("true") : QStringLiteral("false"));
        q.trueFalseAnswer = false;
        Response r;
        r.trueFalse = key;
        QCOMPARE(grade(q, r).fraction, 1.0);
        QCOMPARE(grade(q, r).feedback, QStringLiteral("Yes."));
        r.trueFalse = !key;
        QCOMPARE(grade(q, r).fraction, 0.0);
    }
}

void TestGrading::missingWordOffersChoicesOnlyWithWrongOptions_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<bool>("choices");

    QTest::newRow("with ~ options") << "The {=IOM ~WHO} wrote it." << true;
    QTest::newRow("only = answers") << "The {=IOM =Institute of Medicine} wrote it." << false;
    QTest::newRow("multiple choice") << "Who? {=IOM ~WHO}" << true;
    QTest::newRow("short answer") << "Who? {=IOM}" << false;
}

void TestGrading::missingWordOffersChoicesOnlyWithWrongOptions()
{
    QFETCH(QString, gift);
    QFETCH(bool, choices);
    QCOMPARE(offersChoices(parseOne(gift)), choices);
}

void TestGrading::gradesNumerical_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<QString>("feedback");

    const QString tol = "Value? {#2.5:0.5 #Good}";
    QTest::newRow("exact") << tol << "2.5" << 1.0 << true << "Good";
    QTest::newRow("upper edge of tolerance") << tol << "3" << 1.0 << true << "Good";
    QTest::newRow("lower edge of tolerance") << tol << "2.0" << 1.0 << true << "Good";
    QTest::newRow("outside tolerance") << tol << "3.01" << 0.0 << true << "";
    QTest::newRow("decimal comma") << tol << "2,75" << 1.0 << true << "Good";
    QTest::newRow("surrounding whitespace") << tol << " 2.5 " << 1.0 << true << "Good";
    QTest::newRow("exponent") << tol << "25e-1" << 1.0 << true << "Good";
    QTest::newRow("binary rounding at the edge") << "Value? {#0.1:0.05}"
                                                 << "0.15" << 1.0 << true << "";
    QTest::newRow("no tolerance means exact") << "Value? {#42}"
                                              << "42.0001" << 0.0 << true << "";

    const QString range = "Between? {#1..5}";
    QTest::newRow("range low end") << range << "1" << 1.0 << true << "";
    QTest::newRow("range high end") << range << "5" << 1.0 << true << "";
    QTest::newRow("range inside") << range << "3,3" << 1.0 << true << "";
    QTest::newRow("range outside") << range << "5.1" << 0.0 << true << "";
    QTest::newRow("range negative") << range << "-3" << 0.0 << true << "";

    const QString year = "Year? {#=1822:0 #Exact =%50%1822:2 #Close}";
    QTest::newRow("partial: full") << year << "1822" << 1.0 << true << "Exact";
    QTest::newRow("partial: half") << year << "1821" << 0.5 << true << "Close";
    QTest::newRow("partial: none") << year << "1830" << 0.0 << true << "";

    QTest::newRow("catch-all gives feedback, no credit") << "Value? {#5 ~#Not quite}"
                                                         << "7" << 0.0 << true << "Not quite";

    QTest::newRow("garbage") << tol << "two and a half" << 0.0 << true << "";
    QTest::newRow("trailing garbage") << tol << "2.5kg" << 0.0 << true << "";
    QTest::newRow("group separator refused") << tol << "1,000.5" << 0.0 << true << "";
    QTest::newRow("two commas") << tol << "2,5,0" << 0.0 << true << "";
    QTest::newRow("not a number") << tol << "nan" << 0.0 << true << "";
    QTest::newRow("infinity") << "Big? {#1..1e308}"
                              << "inf" << 0.0 << true << "";
    QTest::newRow("blank is unanswered") << tol << " " << 0.0 << false << "";
}

void TestGrading::gradesNumerical()
{
    QFETCH(QString, gift);
    QFETCH(QString, text);
    QFETCH(double, fraction);
    QFETCH(bool, answered);
    QFETCH(QString, feedback);

    const QuestionGrade g = grade(parseOne(gift), typed(text));
    QCOMPARE(g.fraction, fraction);
    QCOMPARE(g.answered, answered);
    QCOMPARE(g.feedback, feedback);
}

void TestGrading::gradesMatching_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QList<int>>("matches");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<bool>("answered");

    const QString animals = "Sounds? {=cat -> meow =dog -> woof =cow -> moo = -> quack}";
    QTest::newRow("all matched") << animals << QList<int>{0, 1, 2} << 1.0 << true;
    QTest::newRow("two swapped") << animals << QList<int>{1, 0, 2} << 1.0 / 3 << true;
    QTest::newRow("distractor chosen") << animals << QList<int>{0, 3, 2} << 2.0 / 3 << true;
    QTest::newRow("some left open") << animals << QList<int>{0, -1} << 1.0 / 3 << true;
    QTest::newRow("distractor entry ignored") << animals << QList<int>{0, 1, 2, 3} << 1.0 << true;
    QTest::newRow("nothing matched") << animals << QList<int>{} << 0.0 << false;
    QTest::newRow("out of range is no answer") << animals << QList<int>{9, -2} << 0.0 << false;
    QTest::newRow("same match text is interchangeable")
        << "Kind? {=cat -> mammal =dog -> mammal =trout -> fish}" << QList<int>{1, 0, 2} << 1.0
        << true;
}

void TestGrading::gradesMatching()
{
    QFETCH(QString, gift);
    QFETCH(QList<int>, matches);
    QFETCH(double, fraction);
    QFETCH(bool, answered);

    Response r;
    r.matches = matches;
    const QuestionGrade g = grade(parseOne(gift), r);
    QCOMPARE(g.fraction, fraction);
    QCOMPARE(g.answered, answered);
}

void TestGrading::descriptionIsNotGraded()
{
    Response r = typed("anything");
    r.choices = {0};
    r.trueFalse = true;
    const QuestionGrade g = grade(parseOne("Read this first."), r);
    QCOMPARE(g.fraction, 0.0);
    QVERIFY(!g.answered);
    QVERIFY(g.feedback.isEmpty());
}

void TestGrading::generalFeedbackIsKeptApart()
{
    const Question q = parseOne("2+2? {=4 #Yes ~5 #No ####Count on your fingers.}");
    for (int choice : {0, 1}) {
        const QuestionGrade g = grade(q, chose({choice}));
        QCOMPARE(g.generalFeedback, QStringLiteral("Count on your fingers."));
        QVERIFY(!g.feedback.contains(QStringLiteral("fingers")));
    }
    QCOMPARE(grade(q, {}).generalFeedback, QStringLiteral("Count on your fingers."));
}

void TestGrading::gradingIsDeterministic()
{
    const Question q = parseOne("Pick. {~%33.3333%a ~%33.3333%b ~%33.3333%c ~%-50%d}");
    const QuestionGrade first = grade(q, chose({2, 0, 3}));
    for (const QList<int> &order : {QList<int>{0, 2, 3}, QList<int>{3, 2, 0, 0}}) {
        const QuestionGrade again = grade(q, chose(order));
        QCOMPARE(again.fraction, first.fraction);
        QCOMPARE(again.feedback, first.feedback);
    }
}

void TestGrading::totalsQuizAndPassesAtTheMark_data()
{
    QTest::addColumn<int>("right"); // of the four true/false questions
    QTest::addColumn<double>("passMark");
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("percent");
    QTest::addColumn<bool>("passed");

    QTest::newRow("all right") << 4 << 1.0 << 4.0 << 100.0 << true;
    QTest::newRow("exactly at the mark") << 3 << 0.75 << 3.0 << 75.0 << true;
    QTest::newRow("one short of the mark") << 2 << 0.75 << 2.0 << 50.0 << false;
    QTest::newRow("half at a half mark") << 2 << 0.5 << 2.0 << 50.0 << true;
    QTest::newRow("none right") << 0 << 0.5 << 0.0 << 0.0 << false;
    QTest::newRow("no mark passes anything") << 0 << 0.0 << 0.0 << 0.0 << true;
}

void TestGrading::totalsQuizAndPassesAtTheMark()
{
    QFETCH(int, right);
    QFETCH(double, passMark);
    QFETCH(double, score);
    QFETCH(double, percent);
    QFETCH(bool, passed);

    // Four true/false questions (all TRUE) with a description in the middle, which counts
    // for nothing. The learner answers the first `right` of them correctly, the rest wrongly,
    // and leaves the last one out of the list altogether when it is wrong.
    const GiftParseResult parsed = GiftParser::parse("One.{T}\n\nTwo.{T}\n\nRead this.\n\n"
                                                     "Three.{T}\n\nFour.{T}\n");
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(describe(parsed.errors)));
    QCOMPARE(parsed.questions.size(), 5);
    QList<Response> responses;
    int gradable = 0;
    for (const Question &q : parsed.questions) {
        Response r;
        if (q.type == QuestionType::TrueFalse)
            r.trueFalse = gradable++ < right;
        responses.append(r);
    }
    if (right < 4)
        responses.removeLast();

    const QuizGrade g = gradeQuiz(parsed.questions, responses, passMark);
    QCOMPARE(g.maxScore, 4.0);
    QCOMPARE(g.score, score);
    QCOMPARE(g.percent, percent);
    QCOMPARE(g.passed, passed);
}

void TestGrading::quizWithNothingToGradePasses()
{
    const GiftParseResult parsed = GiftParser::parse("Welcome.\n\nRead on.\n");
    QCOMPARE(parsed.questions.size(), 2);
    const QuizGrade g = gradeQuiz(parsed.questions, {}, 0.8);
    QCOMPARE(g.maxScore, 0.0);
    QCOMPARE(g.score, 0.0);
    QCOMPARE(g.percent, 100.0);
    QVERIFY(g.passed);
}

void TestGrading::demoQuizAllCorrectScoresFull()
{
    const QString path = testing::sourceDir() + "/resources/demo/quizzes/PAIN-704/w1-l1.gift";
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const GiftParseResult parsed = GiftParser::parse(QString::fromUtf8(file.readAll()));
    QVERIFY2(parsed.errors.isEmpty(), qPrintable(describe(parsed.errors)));
    QVERIFY(!parsed.questions.isEmpty());

    QList<Response> responses;
    for (const Question &q : parsed.questions)
        responses.append(rightResponse(q));
    const QuizGrade all = gradeQuiz(parsed.questions, responses, 1.0);
    QCOMPARE(all.score, all.maxScore);
    QCOMPARE(all.percent, 100.0);
    QVERIFY(all.passed);

    const QuizGrade none = gradeQuiz(parsed.questions, {}, 0.5);
    QCOMPARE(none.score, 0.0);
    QVERIFY(!none.passed);
}

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
