#include "byterange.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace lectern {
namespace {

// A decimal position; anything beyond 18 digits is past the end of every file we serve.
qint64 position(const QString &digits)
{
    if (digits.size() > 18)
        return std::numeric_limits<qint64>::max();
    return digits.toLongLong();
}

} // namespace

ByteRange ByteRange::parse(const QByteArray &header, qint64 size)
{
    const ByteRange whole{Kind::Whole, 0, size};
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*bytes\\s*=\\s*([0-9]*)\\s*-\\s*([0-9]*)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return whole;
    const QString firstText = match.captured(1);
    const QString lastText = match.captured(2);
    if (firstText.isEmpty() && lastText.isEmpty())
        return whole;

    if (firstText.isEmpty()) {
        // "-n": the last n bytes.
        const qint64 suffix = position(lastText);
        if (suffix == 0 || size == 0)
            return {Kind::Unsatisfiable, 0, 0};
        const qint64 length = std::min(suffix, size);
        return {Kind::Partial, size - length, length};
    }
    const qint64 first = position(firstText);
    if (first >= size)
        return {Kind::Unsatisfiable, 0, 0};
    qint64 last = size - 1;
    if (!lastText.isEmpty()) {
        const qint64 asked = position(lastText);
        if (asked < first)
            return whole; // an invalid range is ignored, not refused
        last = std::min(asked, last);
    }
    return {Kind::Partial, first, last - first + 1};
}

QByteArray ByteRange::contentRange(qint64 size) const
{
    if (kind == Kind::Unsatisfiable)
        return QByteArrayLiteral("bytes */") + QByteArray::number(size);
    return QByteArrayLiteral("bytes ") + QByteArray::number(first) + '-'
        + QByteArray::number(first + length - 1) + '/' + QByteArray::number(size);
}

} // namespace lectern
