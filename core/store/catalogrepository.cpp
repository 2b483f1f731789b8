#include "catalogrepository.h"

#include "domain/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace lectern {
namespace {

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

// Runs one statement with positional values; on failure logs the SQL and the values, as a
// failing query is useless to debug without them.
Status run(QSqlDatabase &database, const QString &sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery query(database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << query.lastError().text() << sql << values.size()
                           << "values";
        return Error{QStringLiteral("store_error"), query.lastError().text()};
    }
    return ok();
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<int> CatalogRepository::applyPage(const CatalogPage &page)
{
    if (!m_database.transaction())
        return Error{QStringLiteral("store_error"), m_database.lastError().text()};
    for (const CatalogChange &change : page.changes) {
        if (const Status applied = applyChange(change); !applied) {
            m_database.rollback();
            return applied.error();
        }
    }
    if (const Status saved = run(m_database,
                                 QStringLiteral("INSERT INTO sync_state(key, value) VALUES "
                                                "('catalog_cursor', ?) ON CONFLICT(key) DO "
                                                "UPDATE SET value = excluded.value"),
                                 {page.cursor});
        !saved) {
        m_database.rollback();
        return saved.error();
    }
    if (!m_database.commit()) {
        const Error error{QStringLiteral("store_error"), m_database.lastError().text()};
        m_database.rollback();
        return error;
    }
    return int(page.changes.size());
}

Status CatalogRepository::applyChange(const CatalogChange &change)
{
    switch (change.kind) {
    case ChangeKind::Programme: {
        if (change.op == ChangeOp::Delete)
            return run(m_database, QStringLiteral("DELETE FROM programme WHERE id = ?"),
                       {change.id});
        const Result<Programme> programme = codec::programmeFromJson(change.data);
        return programme ? upsertProgramme(programme.value()) : Status(programme.error());
    }
    case ChangeKind::Course: {
        if (change.op == ChangeOp::Delete)
            return deleteCourse(change.id);
        const Result<Course> course = codec::courseFromJson(change.data);
        return course ? upsertCourse(course.value()) : Status(course.error());
    }
    case ChangeKind::Enrolment: {
        if (change.op == ChangeOp::Delete)
            return run(m_database, QStringLiteral("DELETE FROM enrolment WHERE username = ?"),
                       {change.id});
        const Result<Enrolment> enrolment = codec::enrolmentFromJson(change.data);
        return enrolment ? upsertEnrolment(change.id, enrolment.value())
                         : Status(enrolment.error());
    }
    }
    return ok();
}

Status CatalogRepository::upsertProgramme(const Programme &programme)
{
    // The programme's lists are small and always replaced whole.
    for (const char *table :
         {"trimester_entry", "trimester", "elective_slot", "objective_domain", "programme"}) {
        if (const Status s
            = run(m_database, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
            !s) {
            return s;
        }
    }
    Status s = run(m_database,
                   QStringLiteral("INSERT INTO programme(id, title, institution, total_courses, "
                                  "total_units) VALUES (?, ?, ?, ?, ?)"),
                   {programme.id, programme.title, programme.institution, programme.totalCourses,
                    programme.totalUnits});
    for (int i = 0; s && i < programme.domains.size(); ++i) {
        const ObjectiveDomain &domain = programme.domains.at(i);
        s = run(m_database,
                QStringLiteral("INSERT INTO objective_domain(id, position, title, topics_json) "
                               "VALUES (?, ?, ?, ?)"),
                {domain.id, i, domain.title, toJsonText(domain.topics)});
    }
    for (int i = 0; s && i < programme.electiveSlots.size(); ++i) {
        const ElectiveSlot &slot = programme.electiveSlots.at(i);
        s = run(m_database,
                QStringLiteral("INSERT INTO elective_slot(id, position, title, options_json) "
                               "VALUES (?, ?, ?, ?)"),
                {slot.id, i, slot.title, toJsonText(slot.options)});
    }
    for (const Trimester &trimester : programme.trimesters) {
        if (!s)
            break;
        s = run(m_database, QStringLiteral("INSERT INTO trimester(number, year) VALUES (?, ?)"),
                {trimester.number, trimester.year});
        for (int i = 0; s && i < trimester.entries.size(); ++i) {
            s = run(m_database,
                    QStringLiteral("INSERT INTO trimester_entry(trimester_number, position, "
                                   "entry) VALUES (?, ?, ?)"),
                    {trimester.number, i, trimester.entries.at(i)});
        }
    }
    return s;
}

Status CatalogRepository::deleteCourse(const QString &code)
{
    // Lectures go with their weeks, weeks with their course (ON DELETE CASCADE).
    return run(m_database, QStringLiteral("DELETE FROM course WHERE code = ?"), {code});
}

Status CatalogRepository::upsertCourse(const Course &course)
{
    Status s = deleteCourse(course.code);
    const LiveSession &live = course.liveSession;
    if (s)
        s = run(m_database,
                QStringLiteral(
                    "INSERT INTO course(code, title, units, status, description, "
                    "unlock_threshold, domains_json, live_weekday, live_time, live_time_zone, "
                    "live_duration_minutes, live_join_url) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {course.code, course.title, course.units, courseStatusName(course.status),
                 course.description, course.unlockThreshold, toJsonText(course.domainIds),
                 live.weekday, live.time, live.timeZone, live.durationMinutes, live.joinUrl});
    for (const Week &week : course.weeks) {
        if (!s)
            break;
        s = run(m_database,
                QStringLiteral("INSERT INTO week(course_code, number, title) VALUES (?, ?, ?)"),
                {course.code, week.number, week.title});
        for (int i = 0; s && i < week.lectures.size(); ++i) {
            const Lecture &lecture = week.lectures.at(i);
            s = run(m_database,
                    QStringLiteral("INSERT INTO lecture(id, course_code, week_number, position, "
                                   "title, duration_seconds, objectives_json, script, quiz_title, "
                                   "quiz_question_count, credits_seconds) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {lecture.id, course.code, week.number, i, lecture.title,
                     lecture.durationSeconds, toJsonText(lecture.objectives), lecture.script,
                     lecture.quiz.title, lecture.quiz.questionCount, lecture.creditsSeconds});
        }
    }
    return s;
}

Status CatalogRepository::upsertEnrolment(const QString &username, const Enrolment &enrolment)
{
    QJsonObject choices;
    for (const ElectiveChoice &choice : enrolment.electiveChoices)
        choices.insert(choice.slotId, choice.courseCode);
    return run(m_database,
               QStringLiteral("INSERT INTO enrolment(programme_id, username, role, "
                              "elective_choices_json, teaching_json) VALUES (?, ?, ?, ?, ?) "
                              "ON CONFLICT(programme_id) DO UPDATE SET username = "
                              "excluded.username, role = excluded.role, elective_choices_json = "
                              "excluded.elective_choices_json, teaching_json = "
                              "excluded.teaching_json"),
               {enrolment.programmeId, username, enrolment.role,
                QString::fromUtf8(QJsonDocument(choices).toJson(QJsonDocument::Compact)),
                toJsonText(enrolment.teachingCourses)});
}

Result<QString> CatalogRepository::cursor() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'catalog_cursor'")))
        return Error{QStringLiteral("store_error"), query.lastError().text()};
    return query.next() ? query.value(0).toString() : QString();
}

Status CatalogRepository::clear()
{
    if (!m_database.transaction())
        return Error{QStringLiteral("store_error"), m_database.lastError().text()};
    Status s = ok();
    for (const char *table :
         {"lecture", "week", "course", "trimester_entry", "trimester", "elective_slot",
          "objective_domain", "programme", "enrolment", "sync_state",
          // The previous person's progress, quizzes and unsent events go too: pushed with
          // the new person's token they would be counted as theirs.
          "quiz_attempt", "quiz", "lecture_progress", "outbox"}) {
        if (s)
            s = run(m_database, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    if (!s || !m_database.commit()) {
        m_database.rollback();
        return s ? Status(Error{QStringLiteral("store_error"), m_database.lastError().text()}) : s;
    }
    return ok();
}

Result<CatalogSnapshot> CatalogRepository::load() const
{
    CatalogSnapshot snapshot;
    QSqlQuery query(m_database);
    auto failed = [&query] {
        return Error{QStringLiteral("store_error"), query.lastError().text()};
    };

    if (!query.exec(QStringLiteral("SELECT id, title, institution, total_courses, total_units "
                                   "FROM programme LIMIT 1")))
        return failed();
    if (query.next()) {
        snapshot.programme.id = query.value(0).toString();
        snapshot.programme.title = query.value(1).toString();
        snapshot.programme.institution = query.value(2).toString();
        snapshot.programme.totalCourses = query.value(3).toInt();
        snapshot.programme.totalUnits = query.value(4).toDouble();
    }
    if (!query.exec(QStringLiteral(
            "SELECT id, title, topics_json FROM objective_domain ORDER BY position")))
        return failed();
    while (query.next()) {
        snapshot.programme.domains.append({query.value(0).toString(), query.value(1).toString(),
                                           fromJsonText(query.value(2).toString())});
    }
    if (!query.exec(
            QStringLiteral("SELECT id, title, options_json FROM elective_slot ORDER BY position")))
        return failed();
    while (query.next()) {
        snapshot.programme.electiveSlots.append({query.value(0).toString(),
                                                 query.value(1).toString(),
                                                 fromJsonText(query.value(2).toString())});
    }
    if (!query.exec(QStringLiteral("SELECT t.number, t.year, e.entry FROM trimester t LEFT JOIN "
                                   "trimester_entry e ON e.trimester_number = t.number "
                                   "ORDER BY t.number, e.position")))
        return failed();
    while (query.next()) {
        const int number = query.value(0).toInt();
        if (snapshot.programme.trimesters.isEmpty()
            || snapshot.programme.trimesters.last().number != number) {
            snapshot.programme.trimesters.append({number, query.value(1).toInt(), {}});
        }
        if (!query.value(2).isNull())
            snapshot.programme.trimesters.last().entries.append(query.value(2).toString());
    }

    if (!query.exec(QStringLiteral(
            "SELECT code, title, units, status, description, unlock_threshold, domains_json, "
            "live_weekday, live_time, live_time_zone, live_duration_minutes, live_join_url "
            "FROM course ORDER BY code")))
        return failed();
    QHash<QString, qsizetype> courseIndex;
    while (query.next()) {
        Course course;
        course.code = query.value(0).toString();
        course.title = query.value(1).toString();
        course.units = query.value(2).toDouble();
        course.status = courseStatusFromName(query.value(3).toString());
        course.description = query.value(4).toString();
        course.unlockThreshold = query.value(5).toDouble();
        course.domainIds = fromJsonText(query.value(6).toString());
        course.liveSession
            = {query.value(7).toString(), query.value(8).toString(), query.value(9).toString(),
               query.value(10).toInt(), query.value(11).toString()};
        courseIndex.insert(course.code, snapshot.courses.size());
        snapshot.courses.append(course);
    }
    if (!query.exec(QStringLiteral("SELECT course_code, number, title FROM week "
                                   "ORDER BY course_code, number")))
        return failed();
    while (query.next()) {
        const auto index = courseIndex.value(query.value(0).toString(), -1);
        if (index >= 0)
            snapshot.courses[index].weeks.append(
                {query.value(1).toInt(), query.value(2).toString(), {}});
    }
    if (!query.exec(QStringLiteral(
            "SELECT course_code, week_number, id, title, duration_seconds, objectives_json, "
            "script, quiz_title, quiz_question_count, credits_seconds FROM lecture "
            "ORDER BY course_code, week_number, position")))
        return failed();
    while (query.next()) {
        const auto index = courseIndex.value(query.value(0).toString(), -1);
        const int weekNumber = query.value(1).toInt();
        if (index < 0)
            continue;
        for (Week &week : snapshot.courses[index].weeks) {
            if (week.number != weekNumber)
                continue;
            Lecture lecture;
            lecture.id = query.value(2).toString();
            lecture.title = query.value(3).toString();
            lecture.durationSeconds = query.value(4).toInt();
            lecture.creditsSeconds = query.value(9).toInt();
            lecture.objectives = fromJsonText(query.value(5).toString());
            lecture.script = query.value(6).toString();
            lecture.quiz = {lecture.id, query.value(7).toString(), query.value(8).toInt()};
            week.lectures.append(lecture);
        }
    }

    if (!query.exec(QStringLiteral("SELECT programme_id, username, role, elective_choices_json, "
                                   "teaching_json FROM enrolment LIMIT 1")))
        return failed();
    if (query.next()) {
        snapshot.enrolment.programmeId = query.value(0).toString();
        snapshot.username = query.value(1).toString();
        snapshot.enrolment.role = query.value(2).toString();
        const QJsonObject choices
            = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        for (auto it = choices.begin(); it != choices.end(); ++it)
            snapshot.enrolment.electiveChoices.append({it.key(), it.value().toString()});
        snapshot.enrolment.teachingCourses = fromJsonText(query.value(4).toString());
    }
    return snapshot;
}

} // namespace lectern
