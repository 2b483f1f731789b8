#include "catalogcodec.h"

#include "sync/quizcodec.h"

#include <QJsonArray>

#include <climits>
#include <cmath>

namespace lectern::codec {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Error malformed(const QString &what)
{
    return Error{
        QStringLiteral("malformed_catalog"),
        QStringLiteral("The server sent a catalog entry that could not be read (%1).").arg(what)};
}

// Small readers that remember the first problem, so decoders read straight through and
// check once at the end instead of testing every field.
class Reader
{
public:
    explicit Reader(const QJsonObject &json, QString context)
        : m_json(json)
        , m_context(std::move(context))
    { }

    QString string(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isString())
            fail(key, "a string");
        return value.toString();
    }
    QString optionalString(const char *key) const
    {
        return m_json.value(QLatin1String(key)).toString();
    }
    double number(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isDouble())
            fail(key, "a number");
        return value.toDouble();
    }
    double optionalNumber(const char *key, double fallback) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        return value.isDouble() ? value.toDouble() : fallback;
    }
    // JSON numbers are doubles, and converting one beyond the integer's range is undefined
    // behaviour, so a number too big for its field is refused instead (fractions are cut).
    int integer(const char *key) { return int(inRange(key, number(key), INT_MAX)); }
    int optionalInteger(const char *key, int fallback)
    {
        return m_json.value(QLatin1String(key)).isDouble() ? integer(key) : fallback;
    }
    // Up to 2^53, the largest integer a double holds exactly: sequence numbers.
    qint64 bigInteger(const char *key) { return inRange(key, number(key), qint64(1) << 53); }
    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isArray())
            fail(key, "an array");
        return value.toArray();
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isObject())
            fail(key, "an object");
        return value.toObject();
    }
    QStringList strings(const char *key)
    {
        QStringList result;
        const QJsonArray values = array(key);
        for (const QJsonValue &value : values) {
            if (!value.isString())
                fail(key, "a list of strings");
            result.append(value.toString());
        }
        return result;
    }
    qint64 inRange(const char *key, double value, qint64 limit)
    {
        if (!(std::abs(value) <= double(limit))) {
            fail(key, "a number of a sensible size");
            return 0;
        }
        return qint64(value);
    }
    void fail(const char *key, const char *expected)
    {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1.%2 should be %3")
                            .arg(m_context, QLatin1String(key), QLatin1String(expected));
    }
    void adopt(const Error &error)
    {
        if (m_problem.isEmpty())
            m_problem = error.message;
    }
    bool isOk() const { return m_problem.isEmpty(); }
    Error error() const { return malformed(m_problem); }

private:
    QJsonObject m_json;
    QString m_context;
    QString m_problem;
};

QJsonObject toJson(const Lecture &lecture)
{
    return QJsonObject{
        {QStringLiteral("id"), lecture.id},
        {QStringLiteral("title"), lecture.title},
        {QStringLiteral("duration_seconds"), lecture.durationSeconds},
        {QStringLiteral("credits_seconds"), lecture.creditsSeconds},
        {QStringLiteral("objectives"), toArray(lecture.objectives)},
        {QStringLiteral("script"), lecture.script},
        {QStringLiteral("quiz"),
         QJsonObject{{QStringLiteral("id"), lecture.quiz.id},
                     {QStringLiteral("title"), lecture.quiz.title},
                     {QStringLiteral("question_count"), lecture.quiz.questionCount},
                     {QStringLiteral("settings"), codec::toJson(lecture.quiz.settings)}}},
    };
}

Lecture lectureFromJson(Reader &reader, const QJsonObject &json)
{
    Reader r(json, QStringLiteral("lecture"));
    Lecture lecture;
    lecture.id = r.string("id");
    lecture.title = r.string("title");
    lecture.durationSeconds = r.integer("duration_seconds");
    lecture.creditsSeconds = r.optionalInteger("credits_seconds", 0);
    lecture.objectives = r.strings("objectives");
    lecture.script = r.optionalString("script");
    Reader quiz(r.object("quiz"), QStringLiteral("quiz"));
    lecture.quiz.id = quiz.string("id");
    lecture.quiz.title = quiz.string("title");
    lecture.quiz.questionCount = quiz.integer("question_count");
    // Optional: a server from before quiz settings sends none, and the defaults apply.
    const QJsonValue settings
        = json.value(QStringLiteral("quiz")).toObject().value(QStringLiteral("settings"));
    if (settings.isObject()) {
        const Result<QuizSettings> parsed = quizSettingsFromJson(settings.toObject());
        if (parsed)
            lecture.quiz.settings = parsed.value();
        else
            quiz.adopt(parsed.error());
    } else if (!settings.isUndefined()) {
        quiz.fail("settings", "an object");
    }
    if (!r.isOk())
        reader.adopt(r.error());
    if (!quiz.isOk())
        reader.adopt(quiz.error());
    return lecture;
}

} // namespace

QString kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Programme:
        return QStringLiteral("programme");
    case ChangeKind::Course:
        return QStringLiteral("course");
    case ChangeKind::Enrolment:
        return QStringLiteral("enrolment");
    }
    return {};
}

QJsonObject toJson(const Programme &programme)
{
    QJsonArray domains;
    for (const ObjectiveDomain &domain : programme.domains) {
        domains.append(QJsonObject{{QStringLiteral("id"), domain.id},
                                   {QStringLiteral("title"), domain.title},
                                   {QStringLiteral("topics"), toArray(domain.topics)}});
    }
    QJsonArray slots;
    for (const ElectiveSlot &slot : programme.electiveSlots) {
        slots.append(QJsonObject{{QStringLiteral("id"), slot.id},
                                 {QStringLiteral("title"), slot.title},
                                 {QStringLiteral("options"), toArray(slot.options)}});
    }
    QJsonArray trimesters;
    for (const Trimester &trimester : programme.trimesters) {
        trimesters.append(QJsonObject{{QStringLiteral("number"), trimester.number},
                                      {QStringLiteral("year"), trimester.year},
                                      {QStringLiteral("courses"), toArray(trimester.entries)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), programme.id},
        {QStringLiteral("title"), programme.title},
        {QStringLiteral("institution"), programme.institution},
        {QStringLiteral("total_courses"), programme.totalCourses},
        {QStringLiteral("total_units"), programme.totalUnits},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("elective_slots"), slots},
        {QStringLiteral("trimesters"), trimesters},
    };
}

QJsonObject toJson(const Course &course)
{
    QJsonArray weeks;
    for (const Week &week : course.weeks) {
        QJsonArray lectures;
        for (const Lecture &lecture : week.lectures)
            lectures.append(toJson(lecture));
        weeks.append(QJsonObject{{QStringLiteral("number"), week.number},
                                 {QStringLiteral("title"), week.title},
                                 {QStringLiteral("lectures"), lectures}});
    }
    const LiveSession &live = course.liveSession;
    return QJsonObject{
        {QStringLiteral("code"), course.code},
        {QStringLiteral("title"), course.title},
        {QStringLiteral("units"), course.units},
        {QStringLiteral("status"), courseStatusName(course.status)},
        {QStringLiteral("domains"), toArray(course.domainIds)},
        {QStringLiteral("description"), course.description},
        {QStringLiteral("unlock_threshold"), course.unlockThreshold},
        {QStringLiteral("live_session"),
         QJsonObject{{QStringLiteral("weekday"), live.weekday},
                     {QStringLiteral("time"), live.time},
                     {QStringLiteral("time_zone"), live.timeZone},
                     {QStringLiteral("duration_minutes"), live.durationMinutes},
                     {QStringLiteral("join_url"), live.joinUrl}}},
        {QStringLiteral("weeks"), weeks},
    };
}

QJsonObject toJson(const Enrolment &enrolment)
{
    QJsonObject choices;
    for (const ElectiveChoice &choice : enrolment.electiveChoices)
        choices.insert(choice.slotId, choice.courseCode);
    return QJsonObject{{QStringLiteral("programme_id"), enrolment.programmeId},
                       {QStringLiteral("role"), enrolment.role},
                       {QStringLiteral("elective_choices"), choices},
                       {QStringLiteral("teaching"), toArray(enrolment.teachingCourses)}};
}

QJsonObject toJson(const CatalogChange &change)
{
    QJsonObject json{
        {QStringLiteral("seq"), change.seq},
        {QStringLiteral("kind"), kindName(change.kind)},
        {QStringLiteral("id"), change.id},
        {QStringLiteral("op"),
         change.op == ChangeOp::Delete ? QStringLiteral("delete") : QStringLiteral("upsert")}};
    if (change.op == ChangeOp::Upsert)
        json.insert(QStringLiteral("data"), change.data);
    return json;
}

QJsonObject toJson(const CatalogPage &page)
{
    QJsonArray changes;
    for (const CatalogChange &change : page.changes)
        changes.append(toJson(change));
    return QJsonObject{{QStringLiteral("changes"), changes},
                       {QStringLiteral("cursor"), page.cursor},
                       {QStringLiteral("has_more"), page.hasMore}};
}

Result<Programme> programmeFromJson(const QJsonObject &json)
{
    Reader r(json, QStringLiteral("programme"));
    Programme programme;
    programme.id = r.string("id");
    programme.title = r.string("title");
    programme.institution = r.optionalString("institution");
    programme.totalCourses = r.integer("total_courses");
    programme.totalUnits = r.number("total_units");
    for (const QJsonValue &value : r.array("domains")) {
        Reader d(value.toObject(), QStringLiteral("domain"));
        programme.domains.append({d.string("id"), d.string("title"), d.strings("topics")});
        if (!d.isOk())
            r.adopt(d.error());
    }
    for (const QJsonValue &value : r.array("elective_slots")) {
        Reader s(value.toObject(), QStringLiteral("elective_slot"));
        programme.electiveSlots.append({s.string("id"), s.string("title"), s.strings("options")});
        if (!s.isOk())
            r.adopt(s.error());
    }
    for (const QJsonValue &value : r.array("trimesters")) {
        Reader t(value.toObject(), QStringLiteral("trimester"));
        programme.trimesters.append({t.integer("number"), t.integer("year"), t.strings("courses")});
        if (!t.isOk())
            r.adopt(t.error());
    }
    if (!r.isOk())
        return r.error();
    return programme;
}

Result<Course> courseFromJson(const QJsonObject &json)
{
    Reader r(json, QStringLiteral("course"));
    Course course;
    course.code = r.string("code");
    course.title = r.string("title");
    course.units = r.number("units");
    bool knownStatus = false;
    course.status = courseStatusFromName(r.string("status"), &knownStatus);
    if (!knownStatus)
        r.fail("status", "published or draft");
    course.domainIds = r.strings("domains");
    course.description = r.string("description");
    course.unlockThreshold = r.optionalNumber("unlock_threshold", 0.9);
    Reader live(r.object("live_session"), QStringLiteral("live_session"));
    course.liveSession.weekday = live.string("weekday");
    course.liveSession.time = live.string("time");
    course.liveSession.timeZone = live.string("time_zone");
    course.liveSession.durationMinutes = live.optionalInteger("duration_minutes", 60);
    course.liveSession.joinUrl = live.string("join_url");
    if (!live.isOk())
        r.adopt(live.error());
    for (const QJsonValue &weekValue : r.array("weeks")) {
        Reader w(weekValue.toObject(), QStringLiteral("week"));
        Week week;
        week.number = w.integer("number");
        week.title = w.string("title");
        for (const QJsonValue &lectureValue : w.array("lectures"))
            week.lectures.append(lectureFromJson(w, lectureValue.toObject()));
        if (!w.isOk())
            r.adopt(w.error());
        course.weeks.append(week);
    }
    if (!r.isOk())
        return r.error();
    return course;
}

Result<Enrolment> enrolmentFromJson(const QJsonObject &json)
{
    Reader r(json, QStringLiteral("enrolment"));
    Enrolment enrolment;
    enrolment.programmeId = r.string("programme_id");
    enrolment.role = r.string("role");
    const QJsonObject choices = r.object("elective_choices");
    for (auto it = choices.begin(); it != choices.end(); ++it)
        enrolment.electiveChoices.append({it.key(), it.value().toString()});
    enrolment.teachingCourses = r.strings("teaching");
    if (!r.isOk())
        return r.error();
    return enrolment;
}

Result<CatalogChange> changeFromJson(const QJsonObject &json)
{
    Reader r(json, QStringLiteral("change"));
    CatalogChange change;
    change.seq = r.bigInteger("seq");
    const QString kind = r.string("kind");
    if (kind == u"programme")
        change.kind = ChangeKind::Programme;
    else if (kind == u"course")
        change.kind = ChangeKind::Course;
    else if (kind == u"enrolment")
        change.kind = ChangeKind::Enrolment;
    else
        r.fail("kind", "programme, course or enrolment");
    change.id = r.string("id");
    const QString op = r.string("op");
    if (op == u"upsert") {
        change.op = ChangeOp::Upsert;
        change.data = r.object("data");
    } else if (op == u"delete") {
        change.op = ChangeOp::Delete;
    } else {
        r.fail("op", "upsert or delete");
    }
    if (!r.isOk())
        return r.error();
    return change;
}

Result<CatalogPage> pageFromJson(const QJsonObject &json)
{
    Reader r(json, QStringLiteral("page"));
    CatalogPage page;
    for (const QJsonValue &value : r.array("changes")) {
        Result<CatalogChange> change = changeFromJson(value.toObject());
        if (!change)
            return change.error();
        page.changes.append(std::move(change).value());
    }
    page.cursor = r.string("cursor");
    const QJsonValue hasMore = json.value(QStringLiteral("has_more"));
    if (!hasMore.isBool())
        r.fail("has_more", "true or false");
    page.hasMore = hasMore.toBool();
    if (!r.isOk())
        return r.error();
    return page;
}

} // namespace lectern::codec
