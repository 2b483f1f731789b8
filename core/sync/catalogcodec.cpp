#include "catalogcodec.h"

#include "sync/jsonfields.h"
#include "sync/quizcodec.h"

#include <QJsonArray>

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

Lecture lectureFromJson(JsonFields &week, const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("lecture"));
    Lecture lecture;
    lecture.id = r.string("id");
    lecture.title = r.string("title");
    lecture.durationSeconds = r.integer("duration_seconds");
    lecture.creditsSeconds = r.optionalInteger("credits_seconds", 0);
    lecture.objectives = r.strings("objectives");
    lecture.script = r.optionalString("script");
    JsonFields quiz(r.object("quiz"), QStringLiteral("quiz"));
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
            quiz.adopt(parsed.error().message);
    } else if (!settings.isUndefined()) {
        quiz.fail("settings", "an object");
    }
    week.adopt(r);
    week.adopt(quiz);
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
    JsonFields r(json, QStringLiteral("programme"));
    Programme programme;
    programme.id = r.string("id");
    programme.title = r.string("title");
    programme.institution = r.optionalString("institution");
    programme.totalCourses = r.integer("total_courses");
    programme.totalUnits = r.number("total_units");
    for (const QJsonValue &value : r.array("domains")) {
        JsonFields d(value.toObject(), QStringLiteral("domain"));
        programme.domains.append({d.string("id"), d.string("title"), d.strings("topics")});
        r.adopt(d);
    }
    for (const QJsonValue &value : r.array("elective_slots")) {
        JsonFields s(value.toObject(), QStringLiteral("elective_slot"));
        programme.electiveSlots.append({s.string("id"), s.string("title"), s.strings("options")});
        r.adopt(s);
    }
    for (const QJsonValue &value : r.array("trimesters")) {
        JsonFields t(value.toObject(), QStringLiteral("trimester"));
        programme.trimesters.append({t.integer("number"), t.integer("year"), t.strings("courses")});
        r.adopt(t);
    }
    if (!r.isOk())
        return malformed(r.problem());
    return programme;
}

Result<Course> courseFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("course"));
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
    JsonFields live(r.object("live_session"), QStringLiteral("live_session"));
    course.liveSession.weekday = live.string("weekday");
    course.liveSession.time = live.string("time");
    course.liveSession.timeZone = live.string("time_zone");
    course.liveSession.durationMinutes = live.optionalInteger("duration_minutes", 60);
    course.liveSession.joinUrl = live.string("join_url");
    r.adopt(live);
    for (const QJsonValue &weekValue : r.array("weeks")) {
        JsonFields w(weekValue.toObject(), QStringLiteral("week"));
        Week week;
        week.number = w.integer("number");
        week.title = w.string("title");
        for (const QJsonValue &lectureValue : w.array("lectures"))
            week.lectures.append(lectureFromJson(w, lectureValue.toObject()));
        r.adopt(w);
        course.weeks.append(week);
    }
    if (!r.isOk())
        return malformed(r.problem());
    return course;
}

Result<Enrolment> enrolmentFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("enrolment"));
    Enrolment enrolment;
    enrolment.programmeId = r.string("programme_id");
    enrolment.role = r.string("role");
    const QJsonObject choices = r.object("elective_choices");
    for (auto it = choices.begin(); it != choices.end(); ++it)
        enrolment.electiveChoices.append({it.key(), it.value().toString()});
    enrolment.teachingCourses = r.strings("teaching");
    if (!r.isOk())
        return malformed(r.problem());
    return enrolment;
}

Result<CatalogChange> changeFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("change"));
    CatalogChange change;
    change.seq = r.bigInteger("seq", kLargestExactInteger);
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
        return malformed(r.problem());
    return change;
}

Result<CatalogPage> pageFromJson(const QJsonObject &json)
{
    JsonFields r(json, QStringLiteral("page"));
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
        return malformed(r.problem());
    return page;
}

} // namespace lectern::codec
