#pragma once

// logging.h — the categories of Salon's technical log (QT_LOGGING_RULES).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
