#include "question.h"

namespace lectern {

// These names are stable identifiers (stored, sent over the wire, used in tests), not UI text.
QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::MultipleChoice:
        return QStringLiteral("multiple_choice");
    case QuestionType::MultipleAnswer:
        return QStringLiteral("multiple_answer");
    case QuestionType::TrueFalse:
        return QStringLiteral("true_false");
    case QuestionType::ShortAnswer:
        return QStringLiteral("short_answer");
    case QuestionType::MissingWord:
        return QStringLiteral("missing_word");
    case QuestionType::Numerical:
        return QStringLiteral("numerical");
    case QuestionType::Matching:
        return QStringLiteral("matching");
    case QuestionType::Description:
        return QStringLiteral("description");
    }
    return QString();
}

QString textFormatName(TextFormat format)
{
    switch (format) {
    case TextFormat::Moodle:
        return QStringLiteral("moodle");
    case TextFormat::Html:
        return QStringLiteral("html");
    case TextFormat::Markdown:
        return QStringLiteral("markdown");
    case TextFormat::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

std::optional<QuestionType> questionTypeFromName(const QString &name)
{
    for (QuestionType type :
         {QuestionType::MultipleChoice, QuestionType::MultipleAnswer, QuestionType::TrueFalse,
          QuestionType::ShortAnswer, QuestionType::MissingWord, QuestionType::Numerical,
          QuestionType::Matching, QuestionType::Description}) {
        if (questionTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

std::optional<TextFormat> textFormatFromName(const QString &name)
{
    for (TextFormat format :
         {TextFormat::Moodle, TextFormat::Html, TextFormat::Markdown, TextFormat::Plain}) {
        if (textFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

} // namespace lectern
