#pragma once

#include "content/programmeloader.h"
#include "sync/catalogcodec.h"

// Builds the catalog pages a server would send for a loaded programme, so store and model
// tests run on the real demo content without a server.
namespace lectern::testing {

inline CatalogPage pageFor(const ProgrammeContent &content, const QString &username,
                           qint64 firstSeq = 1)
{
    CatalogPage page;
    qint64 seq = firstSeq;
    page.changes.append({seq++, ChangeKind::Programme, content.programme.id, ChangeOp::Upsert,
                         codec::toJson(content.programme)});
    for (const Course &course : content.courses) {
        page.changes.append(
            {seq++, ChangeKind::Course, course.code, ChangeOp::Upsert, codec::toJson(course)});
    }
    Enrolment enrolment{content.programme.id,
                        QStringLiteral("learner"),
                        {{QStringLiteral("elective-1"), QStringLiteral("PAIN-722")}},
                        {}};
    page.changes.append(
        {seq, ChangeKind::Enrolment, username, ChangeOp::Upsert, codec::toJson(enrolment)});
    page.cursor = QString::number(seq);
    return page;
}

} // namespace lectern::testing
