#pragma once

#include "quiz/question.h"

#include <QList>
#include <QString>

namespace lectern {

struct GiftError
{
    int line = 0; // 1-based
    int column = 0; // 1-based
    QString message; // plain language, e.g. "The answer block opened on line 4 is never closed."
};

struct GiftParseResult
{
    QList<Question> questions;
    QList<GiftError> errors; // one bad question is reported here; its neighbours still parse
};

// Parser for Moodle's GIFT quiz format. Pure function of the text; no I/O.
class GiftParser final
{
public:
    static GiftParseResult parse(const QString &text);
};

} // namespace lectern
