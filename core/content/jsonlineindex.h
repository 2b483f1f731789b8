#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

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
    // Values form a tree keyed by (parent, key or index) rather than by whole path strings:
    // storing every path in full made memory grow with depth times width, so a 2 MB file of
    // one long key over a long list could ask for gigabytes.
    int child(int parent, const QString &segment, int line);

    QList<int> m_lines; // per value, by id; id 0 is the document itself, 0 = no line yet
    QHash<std::pair<int, QString>, int> m_children; // (parent id, key or index) -> id
};

} // namespace lectern
