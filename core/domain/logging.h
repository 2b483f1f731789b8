#pragma once

#include <QLoggingCategory>

// Logging categories, one per area, so operators can filter with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
