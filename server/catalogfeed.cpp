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
    const bool isFaculty = enrolled.role == u"faculty";

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
        const bool hiddenDraft = change.kind == ChangeKind::Course
            && query.value(4).toString() == u"draft"
            && !(isFaculty && enrolled.teachingCourses.contains(change.id));
        if (hiddenDraft)
            change.op = ChangeOp::Delete;
        if (change.op == ChangeOp::Upsert)
            change.data = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        page.cursor = QString::number(change.seq);
        page.changes.append(change);
    }
    return page;
}

} // namespace lectern
