#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "sync/catalogcodec.h"

#include <QSqlDatabase>

namespace lectern {

// Reads and writes the catalog tables of the client database. Lives on the store thread with
// the connection it is given; every write is one transaction.
class CatalogRepository final
{
public:
    explicit CatalogRepository(QSqlDatabase database);

    // Applies one page of server changes and advances the cursor, atomically: a page is
    // either wholly applied with its cursor or not at all, so a crash mid-sync only means
    // the page is fetched again.
    Result<int> applyPage(const CatalogPage &page);

    Result<CatalogSnapshot> load() const;
    Result<QString> cursor() const;

    // Forgets the catalog and the cursors, with the progress, quizzes, attempts and outbox
    // that belonged to that user: when another user logs in on this device.
    Status clear();

private:
    Status applyChange(const CatalogChange &change);
    Status upsertProgramme(const Programme &programme);
    Status upsertCourse(const Course &course);
    Status deleteCourse(const QString &code);
    Status upsertEnrolment(const QString &username, const Enrolment &enrolment);

    QSqlDatabase m_database;
};

} // namespace lectern
