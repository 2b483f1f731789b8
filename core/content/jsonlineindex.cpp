#include "jsonlineindex.h"

#include <QStringView>

namespace lectern {
namespace {

struct Frame
{
    int node = 0; // the object's or array's id in the index
    bool isArray = false;
    int nextIndex = 0; // arrays: index of the next element
    QString pendingKey; // objects: the key whose value comes next
    bool expectKey = true; // objects: a string now is a key, not a value
};

} // namespace

int JsonLineIndex::child(int parent, const QString &segment, int line)
{
    // A key seen twice in one object names one value, the later one, as QJsonDocument reads it.
    const auto key = std::make_pair(parent, segment);
    const auto it = m_children.constFind(key);
    const int node = it != m_children.constEnd() ? it.value() : int(m_lines.size());
    if (node == m_lines.size()) {
        m_lines.append(0);
        m_children.insert(key, node);
    }
    m_lines[node] = line;
    return node;
}

JsonLineIndex::JsonLineIndex(const QByteArray &json)
{
    m_lines.append(0); // the document, whose line is known once a '{' or '[' opens it
    QList<Frame> stack;
    int line = 1;

    // Records that a value starts on valueLine and returns its id; -1 for a top-level scalar.
    auto valueStarts = [&](int valueLine) -> int {
        if (stack.isEmpty())
            return -1;
        Frame &top = stack.last();
        const QString segment = top.isArray ? QString::number(top.nextIndex++) : top.pendingKey;
        return child(top.node, segment, valueLine);
    };

    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
        case '[': {
            int node = valueStarts(line);
            if (node < 0) {
                node = 0;
                m_lines[0] = line;
            }
            stack.append(Frame{node, c == '[', 0, QString(), true});
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && !stack.last().isArray)
                stack.last().expectKey = true;
            break;
        case ':':
            if (!stack.isEmpty())
                stack.last().expectKey = false;
            break;
        case '"': {
            const int startLine = line;
            QByteArray text;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\' && i + 1 < json.size())
                    text.append(json.at(++i));
                else
                    text.append(json.at(i));
            }
            if (!stack.isEmpty() && !stack.last().isArray && stack.last().expectKey)
                stack.last().pendingKey = QString::fromUtf8(text);
            else
                valueStarts(startLine);
            break;
        }
        default:
            // The first character of a number, true, false or null starts a value.
            if ((c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') && i > 0) {
                const char before = json.at(i - 1);
                const bool startsToken = before == ':' || before == '[' || before == ','
                    || before == ' ' || before == '\n' || before == '\t' || before == '\r';
                const bool inValuePosition
                    = !stack.isEmpty() && (stack.last().isArray || !stack.last().expectKey);
                if (startsToken && inValuePosition) {
                    valueStarts(line);
                    while (i + 1 < json.size() && json.at(i + 1) != ',' && json.at(i + 1) != '}'
                           && json.at(i + 1) != ']' && json.at(i + 1) != '\n') {
                        ++i;
                    }
                }
            }
            break;
        }
    }
}

int JsonLineIndex::lineOf(const QString &path) const
{
    // Walks down from the document as far as the path's values were seen; the deepest one
    // with a line answers.
    int best = m_lines.first() > 0 ? m_lines.first() : 1;
    int node = 0;
    const QStringView rest = QStringView(path);
    if (rest.isEmpty())
        return best;
    for (const QStringView segment : rest.sliced(rest.startsWith(u'/') ? 1 : 0).split(u'/')) {
        const auto it = m_children.constFind(std::make_pair(node, segment.toString()));
        if (it == m_children.constEnd())
            break;
        node = it.value();
        if (m_lines.at(node) > 0)
            best = m_lines.at(node);
    }
    return best;
}

} // namespace lectern
