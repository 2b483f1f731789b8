#pragma once

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <memory>

namespace lectern {

// One request on its way through the server, for its log line and its metrics: made when the
// route is matched (on the event loop), finished when the answer is ready. The worker that
// verifies the token writes the user id, so it is atomic; the rest is set before any worker runs.
struct RequestTrace
{
    QString route; // the route pattern, never the path
    QString method; // "GET", "POST", …
    QString client; // the client's address (X-Forwarded-For when the peer is a trusted proxy)
    QElapsedTimer timer;
    std::atomic<qint64> userId{0};
};

using Trace = std::shared_ptr<RequestTrace>;

} // namespace lectern
