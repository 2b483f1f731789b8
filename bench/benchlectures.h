#pragma once

// The lectures a learner takes, read from the catalog feed's pages as the server sends them:
// shared by the sync benchmarks (loadgen.cpp, firstsync.cpp), which push events only for
// lectures the server accepts (every course of the programme but the elective options the
// learner did not choose).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace lectern::bench {

struct TakenLecture
{
    QString id;
    qint64 durationMs = 0;
    bool hasQuiz = false;
};

// pages: every page of GET /api/v1/catalog from the beginning, in order.
inline QList<TakenLecture> takenLectures(const QList<QJsonObject> &pages)
{
    QSet<QString> notTaken;
    QList<QJsonObject> courses;
    QJsonArray slots;
    QJsonObject choices;
    for (const QJsonObject &page : pages) {
        for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject row = change.toObject();
            const QJsonObject data = row.value(QStringLiteral("data")).toObject();
            const QString kind = row.value(QStringLiteral("kind")).toString();
            if (row.value(QStringLiteral("op")).toString() != u"upsert")
                continue;
            if (kind == u"programme")
                slots = data.value(QStringLiteral("elective_slots")).toArray();
            else if (kind == u"enrolment")
                choices = data.value(QStringLiteral("elective_choices")).toObject();
            else if (kind == u"course")
                courses.append(data);
        }
    }
    for (const QJsonValue &slot : std::as_const(slots)) {
        const QString chosen
            = choices.value(slot.toObject().value(QStringLiteral("id")).toString()).toString();
        for (const QJsonValue &option :
             slot.toObject().value(QStringLiteral("options")).toArray()) {
            if (option.toString() != chosen)
                notTaken.insert(option.toString());
        }
    }
    QList<TakenLecture> lectures;
    for (const QJsonObject &course : std::as_const(courses)) {
        if (notTaken.contains(course.value(QStringLiteral("code")).toString()))
            continue;
        for (const QJsonValue &week : course.value(QStringLiteral("weeks")).toArray()) {
            for (const QJsonValue &value :
                 week.toObject().value(QStringLiteral("lectures")).toArray()) {
                const QJsonObject lecture = value.toObject();
                const qint64 durationMs
                    = qint64(lecture.value(QStringLiteral("duration_seconds")).toDouble()) * 1000;
                if (durationMs <= 0)
                    continue;
                lectures.append({lecture.value(QStringLiteral("id")).toString(), durationMs,
                                 lecture.value(QStringLiteral("quiz"))
                                         .toObject()
                                         .value(QStringLiteral("question_count"))
                                         .toInt()
                                     > 0});
            }
        }
    }
    return lectures;
}

} // namespace lectern::bench
