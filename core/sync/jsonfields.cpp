#include "jsonfields.h"

#include "sync/quizcodec.h"

#include <climits>
#include <cmath>

namespace lectern::codec {
namespace {

bool isWhole(double number, double limit)
{
    return std::isfinite(number) && number == std::floor(number) && std::abs(number) <= limit;
}

} // namespace

JsonFields::JsonFields(const QJsonObject &json, QString context)
    : m_json(json)
    , m_context(std::move(context))
{ }

QJsonValue JsonFields::value(const char *key) const
{
    return m_json.value(QLatin1String(key));
}

bool JsonFields::has(const char *key) const
{
    const QJsonValue found = value(key);
    return !found.isUndefined() && !found.isNull();
}

QString JsonFields::string(const char *key)
{
    const QJsonValue found = value(key);
    if (!found.isString())
        fail(key, QStringLiteral("a string"));
    return found.toString();
}

QString JsonFields::optionalString(const char *key)
{
    return has(key) ? string(key) : QString();
}

QStringList JsonFields::strings(const char *key)
{
    QStringList result;
    const QJsonArray values = array(key);
    for (const QJsonValue &item : values) {
        if (!item.isString()) {
            fail(key, QStringLiteral("a list of strings"));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

double JsonFields::number(const char *key)
{
    const QJsonValue found = value(key);
    if (!found.isDouble() || !std::isfinite(found.toDouble())) {
        fail(key, QStringLiteral("a number"));
        return 0;
    }
    return found.toDouble();
}

double JsonFields::number(const char *key, double min, double max)
{
    const double result = number(key);
    if (result < min || result > max) {
        fail(key, QStringLiteral("a number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return result;
}

double JsonFields::optionalNumber(const char *key, double fallback)
{
    return has(key) ? number(key) : fallback;
}

int JsonFields::integer(const char *key)
{
    const double result = number(key);
    if (!isWhole(result, INT_MAX)) {
        fail(key, QStringLiteral("a whole number of a sensible size"));
        return 0;
    }
    return int(result);
}

int JsonFields::optionalInteger(const char *key, int fallback)
{
    return has(key) ? integer(key) : fallback;
}

qint64 JsonFields::bigInteger(const char *key, double max)
{
    const double result = number(key);
    if (!isWhole(result, std::min(max, kLargestExactInteger)) || result < 0) {
        fail(key, QStringLiteral("a whole number from 0 to %1").arg(max));
        return 0;
    }
    return qint64(result);
}

bool JsonFields::boolean(const char *key)
{
    const QJsonValue found = value(key);
    if (!found.isBool())
        fail(key, QStringLiteral("true or false"));
    return found.toBool();
}

bool JsonFields::optionalBoolean(const char *key, bool fallback)
{
    return has(key) ? boolean(key) : fallback;
}

QJsonArray JsonFields::array(const char *key)
{
    const QJsonValue found = value(key);
    if (!found.isArray())
        fail(key, QStringLiteral("a list"));
    return found.toArray();
}

QJsonArray JsonFields::optionalArray(const char *key)
{
    return has(key) ? array(key) : QJsonArray();
}

QJsonObject JsonFields::object(const char *key)
{
    const QJsonValue found = value(key);
    if (!found.isObject())
        fail(key, QStringLiteral("an object"));
    return found.toObject();
}

QDateTime JsonFields::time(const char *key)
{
    if (!has(key))
        fail(key, QStringLiteral("an ISO 8601 time"));
    return optionalTime(key);
}

QDateTime JsonFields::optionalTime(const char *key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDateTime parsed = timestampFromJson(text);
    if (!parsed.isValid())
        fail(key, QStringLiteral("an ISO 8601 time"));
    return parsed;
}

void JsonFields::fail(const char *key, const QString &expected)
{
    fail(QStringLiteral("%1 should be %2").arg(QLatin1String(key), expected));
}

void JsonFields::fail(const QString &problem)
{
    adopt(QStringLiteral("%1: %2").arg(m_context, problem));
}

void JsonFields::adopt(const JsonFields &inner)
{
    adopt(inner.m_problem);
}

void JsonFields::adopt(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

} // namespace lectern::codec
