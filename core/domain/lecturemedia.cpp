#include "lecturemedia.h"

namespace lectern {

qint64 LectureMedia::totalSize() const
{
    qint64 total = 0;
    for (const MediaFile &file : files)
        total += file.size;
    return total;
}

} // namespace lectern
