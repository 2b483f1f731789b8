#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "lectern.store")
Q_LOGGING_CATEGORY(lcSync, "lectern.sync")
Q_LOGGING_CATEGORY(lcMedia, "lectern.media")
