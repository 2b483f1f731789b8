#pragma once

#include <QJsonObject>
#include <QStringList>

namespace lectern {

// `lectern-server gift-check FILE…`: parses GIFT quiz files without importing anything, so a
// teacher can see what Lectern will make of them before an upload. Prints the questions and
// problems as JSON to stdout and each problem as file:line:column: reason to stderr; run()
// returns the exit code (0 no problems, 1 some).
class GiftCheckCommand final
{
public:
    explicit GiftCheckCommand(QStringList files);

    int run() const;

    // {"questions": [...], "errors": [...]}, as documented in the server's --help.
    QJsonObject check() const;

private:
    QStringList m_files;
};

} // namespace lectern
