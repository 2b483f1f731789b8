#include "isotime.h"

#include "sync/quizcodec.h"

namespace lectern::isotime {
namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// Days from 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// The inverse: the date of a day counted from 1970-01-01.
void civilFromDays(qint64 z, qint64 &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

int daysInMonth(qint64 y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// The number in text[from, from + count), or -1 when a character is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

void put(QChar *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

} // namespace

QDateTime parse(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS.mmmZ
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
            && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
            && ms >= 0) {
            const qint64 msecs = daysFromCivil(year, month, day) * kMsPerDay
                + ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + ms;
            return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }
    return codec::timestampFromJson(text.toString());
}

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const qint64 msecs = time.toMSecsSinceEpoch();
    qint64 days = msecs / kMsPerDay;
    qint64 rest = msecs % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return codec::timestampToJson(time);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    put(out, int(year), 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, int(rest / 3'600'000), 2);
    *out++ = u':';
    put(out, int(rest / 60'000 % 60), 2);
    *out++ = u':';
    put(out, int(rest / 1000 % 60), 2);
    *out++ = u'.';
    put(out, int(rest % 1000), 3);
    *out = u'Z';
    return text;
}

} // namespace lectern::isotime
