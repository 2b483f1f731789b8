#include "serverlog.h"

Q_LOGGING_CATEGORY(lcServer, "lectern.server")
Q_LOGGING_CATEGORY(lcServerStore, "lectern.server.store")
Q_LOGGING_CATEGORY(lcServerHttp, "lectern.server.http")
