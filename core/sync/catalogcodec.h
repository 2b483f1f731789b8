#pragma once

#include "domain/catalog.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>

namespace lectern {

// The catalog part of the wire format shared by lectern-server and the client
// (docs/protocol.md). Encoding cannot fail; decoding checks types and required keys
// because the bytes come from the network.

enum class ChangeKind { Programme, Course, Enrolment };
enum class ChangeOp { Upsert, Delete };

struct CatalogChange
{
    qint64 seq = 0;
    ChangeKind kind = ChangeKind::Course;
    QString id;
    ChangeOp op = ChangeOp::Upsert;
    QJsonObject data; // empty for deletions
};

struct CatalogPage
{
    QList<CatalogChange> changes;
    QString cursor;
    bool hasMore = false;
};

namespace codec {

QJsonObject toJson(const Programme &programme);
QJsonObject toJson(const Course &course);
QJsonObject toJson(const Enrolment &enrolment);
QJsonObject toJson(const CatalogChange &change);
QJsonObject toJson(const CatalogPage &page);

Result<Programme> programmeFromJson(const QJsonObject &json);
Result<Course> courseFromJson(const QJsonObject &json);
Result<Enrolment> enrolmentFromJson(const QJsonObject &json);
Result<CatalogChange> changeFromJson(const QJsonObject &json);
Result<CatalogPage> pageFromJson(const QJsonObject &json);

QString kindName(ChangeKind kind);

} // namespace codec
} // namespace lectern
