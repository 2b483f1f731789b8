#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lectern::json {

void appendString(QByteArray &out, QStringView text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        out += '"';
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char *to = out.data() + at;
        for (const QChar c : text)
            *to++ = char(c.unicode());
        out += '"';
        return;
    }
    // Anything else as Qt escapes it (control characters, quotes, non-ASCII as UTF-8).
    const QByteArray quoted
        = QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(quoted).sliced(1, quoted.size() - 2); // without [ and ]
}

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // QJsonValue keeps a whole double below 2^53 as an integer.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0) {
        out += QByteArray::number(qint64(value));
        return;
    }
    out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void appendBool(QByteArray &out, bool value)
{
    out += value ? QByteArrayView("true") : QByteArrayView("false");
}

} // namespace lectern::json
