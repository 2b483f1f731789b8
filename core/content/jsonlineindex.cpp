#include "jsonlineindex.h"

#include <QList>

namespace lectern {
namespace {

struct Frame
{
    QString path;
    bool isArray = false;
    int nextIndex = 0; // arrays: index of the next element
    QString pendingKey; // objects: the key whose value comes next
    bool expectKey = true; // objects: a string now is a key, not a value
};

} // namespace

JsonLineIndex::JsonLineIndex(const QByteArray &json)
{
    QList<Frame> stack;
    int line = 1;

    // Records that a value starts here and returns its path.
    auto valueStarts = [&]() -> QString {
        if (stack.isEmpty())
            return QString();
        Frame &top = stack.last();
        QString path;
        if (top.isArray)
            path = top.path + u'/' + QString::number(top.nextIndex++);
        else
            path = top.path + u'/' + top.pendingKey;
        m_lines.insert(path, line);
        return path;
    };

    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            break;
        case '{':
        case '[': {
            const QString path = valueStarts();
            if (stack.isEmpty())
                m_lines.insert(QString(), line);
            stack.append(Frame{path, c == '[', 0, QString(), true});
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
            if (!stack.isEmpty() && !stack.last().isArray && stack.last().expectKey) {
                stack.last().pendingKey = QString::fromUtf8(text);
            } else {
                const int saved = line;
                line = startLine;
                valueStarts();
                line = saved;
            }
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
                    valueStarts();
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
    QString current = path;
    while (true) {
        const auto it = m_lines.constFind(current);
        if (it != m_lines.constEnd())
            return it.value();
        if (current.isEmpty())
            return 1;
        current.truncate(current.lastIndexOf(u'/'));
    }
}

} // namespace lectern
