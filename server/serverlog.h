#pragma once

#include <QLoggingCategory>

// The server's logging categories, so operators can filter with QT_LOGGING_RULES
// (e.g. "lectern.server.http.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcServerStore)
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
