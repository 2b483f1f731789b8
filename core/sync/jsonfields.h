#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lectern::codec {

// Reads the fields of one JSON object the server sent and keeps the first problem, so a decoder
// reads straight through and checks once at the end instead of testing every field. Each codec
// wraps problem() in its own error code and message.
//
// Optional keys may be absent or null, but never of another type: a wrong type means the server
// and this client disagree about the format, which must not pass unnoticed. Numbers converted
// to integers are checked against the integer's range first, because converting a double
// beyond it is undefined behaviour (fuzz_catalog and fuzz_quiz found such inputs).
class JsonFields
{
public:
    JsonFields(const QJsonObject &json, QString context);

    bool has(const char *key) const; // present and not null

    QString string(const char *key);
    QString optionalString(const char *key);
    QStringList strings(const char *key);

    double number(const char *key); // any finite number
    double number(const char *key, double min, double max);
    double optionalNumber(const char *key, double fallback);
    int integer(const char *key); // a whole number an int holds
    int optionalInteger(const char *key, int fallback);
    qint64 bigInteger(const char *key, double max); // a whole number from 0 to max (≤ 2^53)
    bool boolean(const char *key);
    bool optionalBoolean(const char *key, bool fallback);

    QJsonArray array(const char *key);
    QJsonArray optionalArray(const char *key);
    QJsonObject object(const char *key);

    QDateTime time(const char *key); // ISO 8601
    QDateTime optionalTime(const char *key); // absent, null or "" is an invalid QDateTime

    // "<context>: <key> should be <expected>", unless a problem is already kept.
    void fail(const char *key, const QString &expected);
    void fail(const QString &problem); // "<context>: <problem>"
    void adopt(const JsonFields &inner); // an inner object's problem, if this has none yet
    void adopt(const QString &problem);

    bool isOk() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

private:
    QJsonValue value(const char *key) const;

    QJsonObject m_json;
    QString m_context;
    QString m_problem;
};

// The largest integer a double holds exactly: sequence numbers and milliseconds stay below it.
inline constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

} // namespace lectern::codec
