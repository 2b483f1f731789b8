#pragma once

#include <QByteArray>

namespace lectern {

// The part of a file a "Range: bytes=..." header asks for (RFC 9110, section 14): one range
// of the forms a-b, a- and -n. A header that is missing, malformed, of another unit or asks
// for several ranges is ignored and the whole file is sent, as the RFC allows.
struct ByteRange
{
    enum class Kind { Whole, Partial, Unsatisfiable };

    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 length = 0;

    static ByteRange parse(const QByteArray &header, qint64 size);

    // The Content-Range value: "bytes FIRST-LAST/SIZE", or "bytes */SIZE" when unsatisfiable.
    QByteArray contentRange(qint64 size) const;
};

} // namespace lectern
