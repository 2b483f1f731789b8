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

} // namespace lectern
