#pragma once

#include <QByteArray>
#include <QStringView>

namespace lectern::json {

// Pieces of compact JSON written straight into a buffer, byte for byte as QJsonDocument writes
// them (its escaping, its numbers), for the answers and stored texts a push makes for every
// event: building QJsonObjects to serialise them cost more than applying the events.

// A string, quoted and escaped.
void appendString(QByteArray &out, QStringView text);
// A number as QJsonValue(double) writes it: whole numbers without a fraction, others in their
// shortest exact form, non-finite ones as null.
void appendNumber(QByteArray &out, double value);
void appendBool(QByteArray &out, bool value);

} // namespace lectern::json
