#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>

#include <array>

namespace lectern {

// The counters GET /metrics shows, in Prometheus' text format (docs/operations.md). One per
// server process: Prometheus scrapes each process and sums across them, so nothing here needs
// to agree with the other servers sharing a database. Thread-safe; every call is short.
//
// Labels are bounded by construction: route is a route pattern ("/api/v1/courses/<arg>/quizzes"
// or "unmatched"), never a path, so neither ids nor the signatures inside media URLs reach it.
class ServerMetrics final
{
public:
    // Upper bounds of the latency histogram, in seconds.
    static constexpr std::array<double, 13> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                     0.25,  0.5,    1.0,   2.5,  5.0,   10.0};

    ServerMetrics() = default;
    Q_DISABLE_COPY_MOVE(ServerMetrics)

    void recordRequest(const QString &route, const QString &method, int status, double seconds);
    void setRequestsInFlight(int count);
    // Events newly applied, by kind ("viewing", "quiz_attempt"); resent events answered from
    // memory; events rejected.
    void recordEvents(const QHash<QString, int> &appliedByKind, int duplicates, int rejected);
    // A message logged as a warning or worse, by logging category: database failures, files
    // that cannot be read, … What an operator should alert on.
    void recordError(const QString &category);

    QByteArray render() const;

private:
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> counts{}; // not cumulative; render() sums
        quint64 count = 0;
        double sum = 0;
    };

    mutable QMutex m_mutex;
    QMap<std::tuple<QString, QString, int>, quint64> m_requests; // route, method, status
    QMap<QString, Histogram> m_latency; // by route
    QMap<QString, quint64> m_applied;
    quint64 m_duplicates = 0;
    quint64 m_rejected = 0;
    QMap<QString, quint64> m_errors;
    int m_inFlight = 0;
};

} // namespace lectern
