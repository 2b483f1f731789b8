// `lectern-server gift-check`: the real binary checks GIFT files without importing them and
// prints what it understood as JSON, with the exit code telling whether anything was wrong.

#include "support/testpaths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

struct CheckRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QJsonObject json;
    QString err;
};

CheckRun runCheck(const QStringList &files)
{
    QProcess process;
    process.start(testing::serverBinary(), QStringList{QStringLiteral("gift-check")} + files);
    CheckRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString giftFixture(const QString &name)
{
    return testing::sourceDir() + QStringLiteral("/tests/data/gift/") + name;
}

QJsonArray questionsOf(const CheckRun &run)
{
    return run.json.value(QStringLiteral("questions")).toArray();
}

QJsonArray errorsOf(const CheckRun &run)
{
    return run.json.value(QStringLiteral("errors")).toArray();
}

QJsonObject answerOf(const QJsonObject &question, int index)
{
    return question.value(QStringLiteral("answers")).toArray().at(index).toObject();
}

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

double number(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toDouble();
}

} // namespace

class GiftCheckTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFileListsEveryQuestion();
    void badQuestionIsReportedAndItsNeighboursKept();
    void missingFileIsAnError();
    void noFilesIsAUsageError();
    void everyDemoQuizPasses();
};

void GiftCheckTest::validFileListsEveryQuestion()
{
    const QString path = giftFixture(QStringLiteral("check-valid.gift"));
    const CheckRun run = runCheck({path});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(errorsOf(run).isEmpty());
    const QJsonArray questions = questionsOf(run);
    QCOMPARE(questions.size(), 6);

    const QJsonObject choice = questions.at(0).toObject();
    QCOMPARE(field(choice, "file"), path);
    QCOMPARE(choice.value(QStringLiteral("line")).toInt(), 5);
    QCOMPARE(field(choice, "name"), QStringLiteral("Capital"));
    QCOMPARE(field(choice, "category"), QStringLiteral("$course$/Check"));
    QCOMPARE(field(choice, "type"), QStringLiteral("multiple_choice"));
    QCOMPARE(field(choice, "format"), QStringLiteral("moodle"));
    QCOMPARE(field(choice, "text"), QStringLiteral("What is the capital of France?"));
    QCOMPARE(field(answerOf(choice, 0), "text"), QStringLiteral("Paris"));
    QCOMPARE(number(answerOf(choice, 0), "weight"), 1.0);
    QCOMPARE(field(answerOf(choice, 0), "feedback"), QStringLiteral("Right."));
    QCOMPARE(number(answerOf(choice, 1), "weight"), 0.0);

    const QJsonObject trueFalse = questions.at(1).toObject();
    QCOMPARE(field(trueFalse, "type"), QStringLiteral("true_false"));
    QCOMPARE(trueFalse.value(QStringLiteral("true_false_answer")), QJsonValue(false));
    // GIFT's first feedback is for a wrong answer: here, answering true.
    QCOMPARE(field(trueFalse, "true_feedback"), QStringLiteral("No, it is blue."));
    QCOMPARE(field(trueFalse, "false_feedback"), QStringLiteral("Right, it is not green."));

    const QJsonObject shortAnswer = questions.at(2).toObject();
    QCOMPARE(field(shortAnswer, "type"), QStringLiteral("short_answer"));
    QCOMPARE(field(answerOf(shortAnswer, 0), "text"), QStringLiteral("two"));
    QCOMPARE(number(answerOf(shortAnswer, 0), "weight"), 1.0);
    QCOMPARE(number(answerOf(shortAnswer, 1), "weight"), 0.5);
    QCOMPARE(field(answerOf(shortAnswer, 1), "feedback"), QStringLiteral("Digits count half."));

    const QJsonObject missingWord = questions.at(3).toObject();
    QCOMPARE(field(missingWord, "type"), QStringLiteral("missing_word"));
    QCOMPARE(field(missingWord, "text"), QStringLiteral("Paris is the"));
    QCOMPARE(field(missingWord, "text_after"), QStringLiteral("of France."));
    QCOMPARE(field(answerOf(missingWord, 0), "text"), QStringLiteral("capital"));
    QCOMPARE(number(answerOf(missingWord, 0), "weight"), 1.0);

    const QJsonObject numerical = questions.at(4).toObject();
    QCOMPARE(field(numerical, "type"), QStringLiteral("numerical"));
    QCOMPARE(number(answerOf(numerical, 0), "value"), 3.14);
    QCOMPARE(number(answerOf(numerical, 0), "tolerance"), 0.005);
    QCOMPARE(number(answerOf(numerical, 0), "weight"), 1.0);
    QCOMPARE(field(answerOf(numerical, 0), "feedback"), QStringLiteral("Correct."));
    QCOMPARE(number(answerOf(numerical, 1), "weight"), 0.5);

    const QJsonObject matching = questions.at(5).toObject();
    QCOMPARE(field(matching, "type"), QStringLiteral("matching"));
    QCOMPARE(field(answerOf(matching, 1), "text"), QStringLiteral("Italy"));
    QCOMPARE(field(answerOf(matching, 1), "match"), QStringLiteral("Rome"));
    QVERIFY(!choice.contains(QStringLiteral("text_after")));
    QVERIFY(!answerOf(choice, 0).contains(QStringLiteral("match")));
}

void GiftCheckTest::badQuestionIsReportedAndItsNeighboursKept()
{
    const QString path = giftFixture(QStringLiteral("check-one-bad.gift"));
    const CheckRun run = runCheck({path});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray questions = questionsOf(run);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(field(questions.at(0).toObject(), "name"), QStringLiteral("First"));
    QCOMPARE(field(questions.at(1).toObject(), "name"), QStringLiteral("Last"));
    const QJsonArray errors = errorsOf(run);
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.at(0).toObject();
    QCOMPARE(field(error, "file"), path);
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 7); // the empty '~' answer
    QVERIFY(error.value(QStringLiteral("column")).toInt() > 0);
    QVERIFY(!field(error, "message").isEmpty());
    QVERIFY2(run.err.contains(path + QStringLiteral(":7:")), qPrintable(run.err));
}

void GiftCheckTest::missingFileIsAnError()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.gift"));
    const CheckRun run = runCheck({giftFixture(QStringLiteral("check-valid.gift")), missing});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(questionsOf(run).size(), 6); // the readable file is still checked
    const QJsonArray errors = errorsOf(run);
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.at(0).toObject();
    QCOMPARE(field(error, "file"), missing);
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 0);
    QVERIFY2(field(error, "message").contains(missing), qPrintable(field(error, "message")));
}

void GiftCheckTest::noFilesIsAUsageError()
{
    const CheckRun run = runCheck({});
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--help")), qPrintable(run.err));
}

void GiftCheckTest::everyDemoQuizPasses()
{
    QStringList files;
    QDirIterator it(testing::demoProgrammeDir() + QStringLiteral("/quizzes"),
                    {QStringLiteral("*.gift")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY(!files.isEmpty());

    qsizetype sumOfFiles = 0;
    for (const QString &file : std::as_const(files)) {
        const CheckRun one = runCheck({file});
        QVERIFY2(one.exitCode == 0, qPrintable(file + QLatin1Char('\n') + one.err));
        sumOfFiles += questionsOf(one).size();
    }
    const CheckRun all = runCheck(files);
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QVERIFY(errorsOf(all).isEmpty());
    QCOMPARE(questionsOf(all).size(), sumOfFiles);
    QVERIFY2(sumOfFiles >= 300, qPrintable(QString::number(sumOfFiles)));
}

QTEST_GUILESS_MAIN(GiftCheckTest)
#include "tst_giftcheck.moc"
