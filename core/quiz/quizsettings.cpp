#include "quizsettings.h"

namespace lectern {

// These names are stable identifiers (course files, the wire, stored settings), not UI text.
QString answerVisibilityName(AnswerVisibility visibility)
{
    switch (visibility) {
    case AnswerVisibility::Never:
        return QStringLiteral("never");
    case AnswerVisibility::AfterSubmission:
        return QStringLiteral("after_submission");
    case AnswerVisibility::AfterLastAttempt:
        return QStringLiteral("after_last_attempt");
    }
    return {};
}

QString quizLayoutName(QuizLayout layout)
{
    switch (layout) {
    case QuizLayout::OnePerPage:
        return QStringLiteral("one_per_page");
    case QuizLayout::AllOnOnePage:
        return QStringLiteral("all_on_one_page");
    }
    return {};
}

std::optional<AnswerVisibility> answerVisibilityFromName(const QString &name)
{
    for (AnswerVisibility visibility : {AnswerVisibility::Never, AnswerVisibility::AfterSubmission,
                                        AnswerVisibility::AfterLastAttempt}) {
        if (answerVisibilityName(visibility) == name)
            return visibility;
    }
    return std::nullopt;
}

std::optional<QuizLayout> quizLayoutFromName(const QString &name)
{
    for (QuizLayout layout : {QuizLayout::OnePerPage, QuizLayout::AllOnOnePage}) {
        if (quizLayoutName(layout) == name)
            return layout;
    }
    return std::nullopt;
}

} // namespace lectern
