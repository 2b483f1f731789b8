#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace lectern::isotime {

// codec::timestampFromJson and codec::timestampToJson, the same results, with a fast path for
// the one form clients and this server write ("2026-11-26T09:00:00.000Z"): Qt's general ISO
// 8601 parser and formatter showed up in a push's profile, where every viewing event carries a
// time. Anything else goes to codec.
QDateTime parse(QStringView text);
QString format(const QDateTime &time);

} // namespace lectern::isotime
