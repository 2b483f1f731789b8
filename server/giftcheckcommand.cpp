#include "giftcheckcommand.h"

#include "quiz/giftparser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <utility>

namespace lectern {
namespace {

QJsonObject answerToJson(const Answer &answer, QuestionType type)
{
    QJsonObject json{{QStringLiteral("text"), answer.text},
                     {QStringLiteral("weight"), answer.weight},
                     {QStringLiteral("feedback"), answer.feedback}};
    if (type == QuestionType::Matching)
        json.insert(QStringLiteral("match"), answer.matchText);
    if (type == QuestionType::Numerical) {
        // The form the teacher wrote: "value:tolerance" or "min..max".
        if (answer.isRange) {
            json.insert(QStringLiteral("min"), answer.rangeMin);
            json.insert(QStringLiteral("max"), answer.rangeMax);
        } else {
            json.insert(QStringLiteral("value"), answer.value);
            json.insert(QStringLiteral("tolerance"), answer.tolerance);
        }
    }
    return json;
}

QJsonObject questionToJson(const Question &question, const QString &file)
{
    QJsonArray answers;
    for (const Answer &answer : question.answers)
        answers.append(answerToJson(answer, question.type));
    QJsonObject json{{QStringLiteral("file"), file},
                     {QStringLiteral("line"), question.line},
                     {QStringLiteral("name"), question.name},
                     {QStringLiteral("category"), question.category},
                     {QStringLiteral("type"), questionTypeName(question.type)},
                     {QStringLiteral("format"), textFormatName(question.format)},
                     {QStringLiteral("text"), question.text},
                     {QStringLiteral("answers"), answers},
                     {QStringLiteral("general_feedback"), question.generalFeedback}};
    if (question.type == QuestionType::MissingWord)
        json.insert(QStringLiteral("text_after"), question.textAfter);
    if (question.type == QuestionType::TrueFalse) {
        // True/false has no answer list: its feedback depends on what the learner picks.
        json.insert(QStringLiteral("true_false_answer"), question.trueFalseAnswer);
        json.insert(QStringLiteral("true_feedback"), question.trueFeedback);
        json.insert(QStringLiteral("false_feedback"), question.falseFeedback);
    }
    return json;
}

QJsonObject errorToJson(const QString &file, int line, int column, const QString &message)
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("message"), message}};
}

// Why a file cannot be checked, in words a teacher can act on; empty when it can be read.
QString unreadableReason(const QString &path, QFile &file)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("The file %1 does not exist.").arg(path);
    if (info.isDir())
        return QStringLiteral("%1 is a folder, not a GIFT file.").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("The file %1 cannot be read: %2.").arg(path, file.errorString());
    return {};
}

} // namespace

GiftCheckCommand::GiftCheckCommand(QStringList files)
    : m_files(std::move(files))
{ }

QJsonObject GiftCheckCommand::check() const
{
    QJsonArray questions;
    QJsonArray errors;
    for (const QString &path : m_files) {
        QFile file(path);
        if (const QString reason = unreadableReason(path, file); !reason.isEmpty()) {
            errors.append(errorToJson(path, 0, 0, reason));
            continue;
        }
        // UTF-8, as the importer reads quiz files.
        const GiftParseResult parsed = GiftParser::parse(QString::fromUtf8(file.readAll()));
        for (const Question &question : parsed.questions)
            questions.append(questionToJson(question, path));
        for (const GiftError &error : parsed.errors)
            errors.append(errorToJson(path, error.line, error.column, error.message));
    }
    return QJsonObject{{QStringLiteral("questions"), questions},
                       {QStringLiteral("errors"), errors}};
}

int GiftCheckCommand::run() const
{
    const QJsonObject report = check();
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        const QString file = error.value(QStringLiteral("file")).toString();
        const QString message = error.value(QStringLiteral("message")).toString();
        const int line = error.value(QStringLiteral("line")).toInt();
        if (line == 0) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(message));
        } else {
            std::fprintf(stderr, "%s:%d:%d: %s\n", qPrintable(file), line,
                         error.value(QStringLiteral("column")).toInt(), qPrintable(message));
        }
    }
    std::fprintf(stderr, "lectern-server: %lld question(s), %lld problem(s) in %lld file(s).\n",
                 qlonglong(report.value(QStringLiteral("questions")).toArray().size()),
                 qlonglong(errors.size()), qlonglong(m_files.size()));

    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return errors.isEmpty() ? 0 : 1;
}

} // namespace lectern
