#include "servermetrics.h"

#include <QStringList>

namespace lectern {
namespace {

// A label value as the text format wants it: backslash, quote and newline escaped.
QString label(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return escaped;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

void ServerMetrics::recordRequest(const QString &route, const QString &method, int status,
                                  double seconds)
{
    const QMutexLocker locker(&m_mutex);
    ++m_requests[{route, method, status}];
    Histogram &histogram = m_latency[route];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets.at(i)) {
            ++histogram.counts.at(i);
            break;
        }
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void ServerMetrics::setRequestsInFlight(int count)
{
    const QMutexLocker locker(&m_mutex);
    m_inFlight = count;
}

void ServerMetrics::recordEvents(const QHash<QString, int> &appliedByKind, int duplicates,
                                 int rejected)
{
    const QMutexLocker locker(&m_mutex);
    for (auto it = appliedByKind.begin(); it != appliedByKind.end(); ++it)
        m_applied[it.key()] += quint64(it.value());
    m_duplicates += quint64(duplicates);
    m_rejected += quint64(rejected);
}

void ServerMetrics::recordError(const QString &category)
{
    const QMutexLocker locker(&m_mutex);
    ++m_errors[category];
}

QByteArray ServerMetrics::render() const
{
    const QMutexLocker locker(&m_mutex);
    QStringList lines;
    lines << QStringLiteral("# HELP lectern_http_requests_total HTTP requests answered, by route "
                            "pattern, method and status.")
          << QStringLiteral("# TYPE lectern_http_requests_total counter");
    for (auto it = m_requests.begin(); it != m_requests.end(); ++it) {
        const auto &[route, method, status] = it.key();
        lines << QStringLiteral("lectern_http_requests_total{route=\"%1\",method=\"%2\","
                                "status=\"%3\"} %4")
                     .arg(label(route), label(method))
                     .arg(status)
                     .arg(it.value());
    }

    lines << QStringLiteral("# HELP lectern_http_request_duration_seconds Time from a request's "
                            "arrival to its answer, by route pattern.")
          << QStringLiteral("# TYPE lectern_http_request_duration_seconds histogram");
    for (auto it = m_latency.begin(); it != m_latency.end(); ++it) {
        const QString route = label(it.key());
        quint64 cumulative = 0;
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            cumulative += it.value().counts.at(i);
            lines << QStringLiteral("lectern_http_request_duration_seconds_bucket{route=\"%1\","
                                    "le=\"%2\"} %3")
                         .arg(route, number(kBuckets.at(i)))
                         .arg(cumulative);
        }
        lines << QStringLiteral("lectern_http_request_duration_seconds_bucket{route=\"%1\","
                                "le=\"+Inf\"} %2")
                     .arg(route)
                     .arg(it.value().count)
              << QStringLiteral("lectern_http_request_duration_seconds_sum{route=\"%1\"} %2")
                     .arg(route, number(it.value().sum))
              << QStringLiteral("lectern_http_request_duration_seconds_count{route=\"%1\"} %2")
                     .arg(route)
                     .arg(it.value().count);
    }

    lines << QStringLiteral("# HELP lectern_http_requests_in_flight Requests being answered now.")
          << QStringLiteral("# TYPE lectern_http_requests_in_flight gauge")
          << QStringLiteral("lectern_http_requests_in_flight %1").arg(m_inFlight);

    lines << QStringLiteral("# HELP lectern_sync_events_applied_total Pushed events that took "
                            "effect, by kind (resent events are not counted again).")
          << QStringLiteral("# TYPE lectern_sync_events_applied_total counter");
    for (const QString &kind : {QStringLiteral("viewing"), QStringLiteral("quiz_attempt")}) {
        lines << QStringLiteral("lectern_sync_events_applied_total{kind=\"%1\"} %2")
                     .arg(kind)
                     .arg(m_applied.value(kind));
    }
    lines << QStringLiteral("# HELP lectern_sync_events_duplicate_total Pushed events seen "
                            "before, answered as the first time.")
          << QStringLiteral("# TYPE lectern_sync_events_duplicate_total counter")
          << QStringLiteral("lectern_sync_events_duplicate_total %1").arg(m_duplicates)
          << QStringLiteral("# HELP lectern_sync_events_rejected_total Pushed events refused "
                            "for good (malformed, unknown lecture, …).")
          << QStringLiteral("# TYPE lectern_sync_events_rejected_total counter")
          << QStringLiteral("lectern_sync_events_rejected_total %1").arg(m_rejected);

    lines << QStringLiteral("# HELP lectern_errors_total Problems the server logged as warnings "
                            "or worse, by logging category.")
          << QStringLiteral("# TYPE lectern_errors_total counter");
    if (m_errors.isEmpty())
        lines << QStringLiteral("lectern_errors_total{category=\"lectern.server\"} 0");
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        lines << QStringLiteral("lectern_errors_total{category=\"%1\"} %2")
                     .arg(label(it.key()))
                     .arg(it.value());
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace lectern
