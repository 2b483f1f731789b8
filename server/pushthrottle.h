#pragma once

#include "domain/result.h"

#include <QtGlobal>

#include <optional>

namespace lectern {

class ServerStore;

// The push rate limit (docs/operations.md, docs/protocol.md): a user may push at most
// maxPerWindow batches in each kWindowSeconds window; further pushes in that window are refused
// with 429 and Retry-After before their body is parsed.
//
// A real client pushes after each change it makes, a few times a minute at most; a client
// replaying a backlog sends 500-event batches back to back, which 120 a minute still lets
// through at 60,000 events a minute. What the limit stops is a modified client growing the
// database as fast as the server can write. Windows are fixed minutes (one counter per user and
// minute) because a sliding window would cost a row per push on the busiest route.
//
// The counts are kept in the database, so every server sharing it counts them together.
class PushThrottle final
{
public:
    static constexpr int kDefaultMaxPerWindow = 120;
    static constexpr qint64 kWindowSeconds = 60;

    // maxPerWindow 0: no limit, nothing is counted.
    PushThrottle(const ServerStore &store, int maxPerWindow = kDefaultMaxPerWindow);

    int maxPerWindow() const { return m_maxPerWindow; }

    // Counts one push by the user at now (seconds since the epoch). nullopt when it may go
    // ahead; otherwise the seconds until the next window, when it may be sent again.
    Result<std::optional<qint64>> admit(qint64 userId, qint64 now) const;

private:
    const ServerStore &m_store;
    const int m_maxPerWindow;
};

} // namespace lectern
