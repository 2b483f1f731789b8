#include "catalogfeed.h"

#include "accountstore.h"
#include "serverstore.h"
#include "sqlexec.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace lectern {
namespace {

bool isDecimal(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(text).hasMatch();
}

ChangeKind kindFromName(const QString &name)
{
    if (name == u"programme")
        return ChangeKind::Programme;
    if (name == u"enrolment")
        return ChangeKind::Enrolment;
    return ChangeKind::Course;
}

} // namespace

CatalogFeed::CatalogFeed(const ServerStore &store, const AccountStore &accounts)
    : m_store(store)
    , m_accounts(accounts)
{ }

Result<qint64> CatalogFeed::parseCursor(const QString &text)
{
    if (text.isEmpty())
        return qint64(0);
    if (!isDecimal(text)) {
        return Error{QStringLiteral("bad_cursor"),
                     QStringLiteral("The cursor must be one the server returned (a decimal "
                                    "number), or empty to start from the beginning.")};
    }
    return text.toLongLong();
}

Result<int> CatalogFeed::parseLimit(const QString &text)
{
    if (text.isEmpty())
        return kDefaultLimit;
    const qint64 limit = isDecimal(text) ? text.toLongLong() : 0;
    if (limit < 1) {
        return Error{
            QStringLiteral("bad_limit"),
            QStringLiteral("The limit must be a whole number from 1 to %1.").arg(kMaxLimit)};
    }
    return int(std::min<qint64>(limit, kMaxLimit));
}

bool CatalogFeed::showsCourse(const Enrolment &enrolment, const QString &courseProgrammeId,
                              const QString &courseCode, const QString &courseStatus)
{
    if (enrolment.programmeId.isEmpty() || courseProgrammeId != enrolment.programmeId)
        return false;
    if (courseStatus == u"published")
        return true;
    return enrolment.role == u"faculty" && enrolment.teachingCourses.contains(courseCode);
}

Result<bool> CatalogFeed::showsCourse(qint64 userId, const QString &courseCode) const
{
    const Result<std::optional<Account>> account = m_accounts.findById(userId);
    if (!account)
        return account.error();
    const Result<std::optional<Enrolment>> enrolment = m_accounts.enrolmentOf(userId);
    if (!enrolment)
        return enrolment.error();
    if (!account.value() || !enrolment.value())
        return false;
    QSqlQuery query(m_store.database());
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT programme_id, status FROM courses "
                                           "WHERE code = ?"),
                            {courseCode});
        !s) {
        return s.error();
    }
    if (!query.next())
        return false;
    return showsCourse(*enrolment.value(), query.value(0).toString(), courseCode,
                       query.value(1).toString());
}

bool CatalogFeed::takesCourse(const Enrolment &enrolment, const Programme &programme,
                              const QString &courseCode)
{
    for (const ElectiveSlot &slot : programme.electiveSlots) {
        if (!slot.options.contains(courseCode))
            continue;
        // No choice yet leaves every option open, as the catalog does.
        const QString chosen = enrolment.chosenOption(slot.id);
        if (!chosen.isEmpty() && chosen != courseCode)
            return false;
    }
    return true;
}

Result<bool> CatalogFeed::takesCourse(qint64 userId, const QString &courseCode) const
{
    const Result<std::optional<Account>> account = m_accounts.findById(userId);
    if (!account)
        return account.error();
    const Result<std::optional<Enrolment>> enrolment = m_accounts.enrolmentOf(userId);
    if (!enrolment)
        return enrolment.error();
    if (!account.value() || !enrolment.value())
        return false;
    return takesCourse(*enrolment.value(), courseCode);
}

Result<bool> CatalogFeed::takesCourse(const Enrolment &enrolment, const QString &courseCode) const
{
    static const QString statement
        = QStringLiteral("SELECT c.programme_id, c.status, p.data FROM courses c "
                         "JOIN programmes p ON p.id = c.programme_id WHERE c.code = ?");
    const Result<std::shared_ptr<KeptQuery>> run = m_store.runKept(statement, {courseCode});
    if (!run)
        return run.error();
    KeptQuery &query = *run.value();
    if (!query.next()) {
        query.finish();
        return false;
    }
    const QString programmeId = query.value(0).toString();
    const QString status = query.value(1).toString();
    const QString data = query.value(2).toString();
    query.finish();
    if (!showsCourse(enrolment, programmeId, courseCode, status))
        return false;
    const Result<Programme> programme = decodedProgramme(programmeId, data);
    if (!programme)
        return programme.error();
    return takesCourse(enrolment, programme.value(), courseCode);
}

Result<Programme> CatalogFeed::decodedProgramme(const QString &programmeId,
                                                const QString &data) const
{
    {
        const QMutexLocker locker(&m_mutex);
        const auto cached = m_programmes.constFind(programmeId);
        if (cached != m_programmes.constEnd() && cached->first == data)
            return cached->second;
    }
    const Result<Programme> programme
        = codec::programmeFromJson(QJsonDocument::fromJson(data.toUtf8()).object());
    if (!programme)
        return sql::storageError(QStringLiteral("programme %1 does not decode: %2")
                                     .arg(programmeId, programme.error().message));
    const QMutexLocker locker(&m_mutex);
    m_programmes.insert(programmeId, {data, programme.value()});
    return programme;
}

Result<CatalogPage> CatalogFeed::page(qint64 userId, qint64 after, int limit) const
{
    CatalogPage page;
    page.cursor = QString::number(after);

    const Result<std::optional<Account>> account = m_accounts.findById(userId);
    if (!account)
        return account.error();
    const Result<std::optional<Enrolment>> enrolment = m_accounts.enrolmentOf(userId);
    if (!enrolment)
        return enrolment.error();
    if (!account.value() || !enrolment.value())
        return page;
    const Enrolment &enrolled = *enrolment.value();

    QSqlQuery query(m_store.database());
    // One more row than asked tells whether another page follows.
    if (Status s = sql::run(query,
                            QStringLiteral("SELECT seq, kind, entity_id, op, course_status, data "
                                           "FROM catalog_changes WHERE seq > ? AND ("
                                           "(kind = 'programme' AND entity_id = ?) "
                                           "OR (kind = 'course' AND programme_id = ?) "
                                           "OR (kind = 'enrolment' AND entity_id = ?)) "
                                           "ORDER BY seq LIMIT ?"),
                            {after, enrolled.programmeId, enrolled.programmeId,
                             account.value()->username, limit + 1});
        !s) {
        return s.error();
    }
    while (query.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        CatalogChange change;
        change.seq = query.value(0).toLongLong();
        change.kind = kindFromName(query.value(1).toString());
        change.id = query.value(2).toString();
        change.op = query.value(3).toString() == u"delete" ? ChangeOp::Delete : ChangeOp::Upsert;
        // Courses the user may not see go out as tombstones, so a course that went back to
        // draft vanishes from clients that had it. The query already kept to the programme.
        if (change.kind == ChangeKind::Course && change.op == ChangeOp::Upsert
            && !showsCourse(enrolled, enrolled.programmeId, change.id, query.value(4).toString())) {
            change.op = ChangeOp::Delete;
        }
        if (change.op == ChangeOp::Upsert)
            change.data = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        page.cursor = QString::number(change.seq);
        page.changes.append(change);
    }
    return page;
}

} // namespace lectern
