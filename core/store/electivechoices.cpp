#include "electivechoices.h"

#include "store/sqlsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace lectern::store {

Result<QSet<QString>> unchosenElectiveCourses(QSqlDatabase database)
{
    QSqlQuery query(database);
    QHash<QString, QString> chosen; // slot id → the chosen course
    if (!query.exec(QStringLiteral("SELECT elective_choices_json FROM enrolment")))
        return sqlError(query);
    while (query.next()) {
        const QJsonObject choices = objectFrom(query.value(0));
        for (auto it = choices.begin(); it != choices.end(); ++it) {
            if (!it.value().toString().isEmpty())
                chosen.insert(it.key(), it.value().toString());
        }
    }
    QSet<QString> unchosen;
    if (!query.exec(QStringLiteral("SELECT id, options_json FROM elective_slot")))
        return sqlError(query);
    while (query.next()) {
        // No choice yet leaves every option open, as the server does.
        const QString choice = chosen.value(query.value(0).toString());
        if (choice.isEmpty())
            continue;
        for (const QJsonValue &option : arrayFrom(query.value(1))) {
            if (option.toString() != choice)
                unchosen.insert(option.toString());
        }
    }
    return unchosen;
}

} // namespace lectern::store
