#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace lectern {

// Maps JSON Pointer paths ("/weeks/1/lectures/0/title") to the 1-based line where each value
// starts, so content errors found after parsing can still name a line. QJsonDocument keeps
// no positions, and this one pass over the bytes is cheaper than a second JSON library.
class JsonLineIndex final
{
public:
    explicit JsonLineIndex(const QByteArray &json);

    // The line of the value at path, or of its nearest ancestor that has one; 1 if none.
    int lineOf(const QString &path) const;

private:
    QHash<QString, int> m_lines;
};

} // namespace lectern
