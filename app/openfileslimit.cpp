#include "openfileslimit.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace OpenFilesLimit {

long raise()
{
#if defined(Q_OS_UNIX)
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        struct rlimit wanted = limit;
        // macOS refuses RLIM_INFINITY for files; a large finite number is enough.
        wanted.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(65536) : limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &wanted) == 0)
            limit = wanted;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : long(limit.rlim_cur);
#else
    return -1;
#endif
}

} // namespace OpenFilesLimit
