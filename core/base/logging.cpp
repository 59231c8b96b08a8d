#include "base/logging.h"

Q_LOGGING_CATEGORY(lcServer, "salon.server", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClient, "salon.client", QtWarningMsg)
