#include "intervalset.h"

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

// Largest integer a JSON number (a double) holds exactly; 285 000 years of milliseconds.
constexpr double kMaxJsonInteger = 9007199254740992.0; // 2^53

Error malformed(qsizetype index, const QString &reason)
{
    return Error{QStringLiteral("malformed_intervals"),
                 QStringLiteral("The watched intervals could not be read: entry %1 %2.")
                     .arg(index + 1)
                     .arg(reason)};
}

bool readMilliseconds(const QJsonValue &value, qint64 *ms)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > kMaxJsonInteger)
        return false;
    *ms = qint64(d);
    return true;
}

} // namespace

qsizetype IntervalSet::firstEndingAfter(qint64 ms) const
{
    const auto it = std::upper_bound(m_intervals.cbegin(), m_intervals.cend(), ms,
                                     [](qint64 t, const Interval &i) { return t < i.end; });
    return it - m_intervals.cbegin();
}

void IntervalSet::add(qint64 start, qint64 end)
{
    if (start < 0 || end <= start)
        return;
    // [first, last) are the intervals that overlap or touch [start, end).
    const auto first = std::lower_bound(m_intervals.begin(), m_intervals.end(), start,
                                        [](const Interval &i, qint64 t) { return i.end < t; });
    const auto last = std::upper_bound(first, m_intervals.end(), end,
                                       [](qint64 t, const Interval &i) { return t < i.start; });
    if (first == last) {
        m_intervals.insert(first, Interval{start, end});
        m_coveredLength += end - start;
        return;
    }
    Interval merged{std::min(start, first->start), std::max(end, (last - 1)->end)};
    for (auto it = first; it != last; ++it)
        m_coveredLength -= it->length();
    m_coveredLength += merged.length();
    *first = merged;
    m_intervals.erase(first + 1, last);
}

void IntervalSet::unite(const IntervalSet &other)
{
    // A few new spans into a long set (the tracker's deltas): place each by binary search.
    // Comparable sizes: one linear merge instead of repeated insertions.
    if (other.m_intervals.size() * 8 <= m_intervals.size()) {
        for (const Interval &i : other.m_intervals)
            add(i);
    } else {
        mergeSorted(other.m_intervals);
    }
}

void IntervalSet::mergeSorted(const QList<Interval> &other)
{
    QList<Interval> merged;
    merged.reserve(m_intervals.size() + other.size());
    qint64 covered = 0;
    auto a = m_intervals.cbegin();
    auto b = other.cbegin();
    const auto push = [&](const Interval &i) {
        if (!merged.isEmpty() && i.start <= merged.last().end) {
            if (i.end > merged.last().end) {
                covered += i.end - merged.last().end;
                merged.last().end = i.end;
            }
        } else {
            merged.append(i);
            covered += i.length();
        }
    };
    while (a != m_intervals.cend() || b != other.cend()) {
        if (b == other.cend() || (a != m_intervals.cend() && a->start <= b->start))
            push(*a++);
        else
            push(*b++);
    }
    m_intervals = std::move(merged);
    m_coveredLength = covered;
}

qint64 IntervalSet::coveredWithin(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    qint64 covered = 0;
    for (qsizetype k = firstEndingAfter(from); k < m_intervals.size(); ++k) {
        const Interval &i = m_intervals.at(k);
        if (i.start >= to)
            break;
        covered += std::min(i.end, to) - std::max(i.start, from);
    }
    return covered;
}

bool IntervalSet::contains(qint64 ms) const
{
    const qsizetype k = firstEndingAfter(ms);
    return k < m_intervals.size() && m_intervals.at(k).start <= ms;
}

IntervalSet IntervalSet::gaps(qint64 from, qint64 to) const
{
    IntervalSet result;
    qint64 cursor = std::max<qint64>(from, 0); // the set holds no time before 0, nor do gaps
    for (qsizetype k = firstEndingAfter(from); k < m_intervals.size() && cursor < to; ++k) {
        const Interval &i = m_intervals.at(k);
        if (i.start >= to)
            break;
        if (i.start > cursor)
            result.add(cursor, i.start);
        cursor = std::max(cursor, i.end);
    }
    result.add(cursor, to);
    return result;
}

QJsonArray IntervalSet::toJson() const
{
    QJsonArray array;
    for (const Interval &i : m_intervals)
        array.append(QJsonArray{i.start, i.end});
    return array;
}

Result<IntervalSet> IntervalSet::fromJson(const QJsonValue &json)
{
    if (!json.isArray()) {
        return Error{QStringLiteral("malformed_intervals"),
                     QStringLiteral("The watched intervals could not be read: expected a list "
                                    "of [start, end] pairs.")};
    }
    const QJsonArray array = json.toArray();
    IntervalSet set;
    set.m_intervals.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonValue entry = array.at(index);
        const QJsonArray pair = entry.toArray();
        Interval i;
        if (!entry.isArray() || pair.size() != 2 || !readMilliseconds(pair.at(0), &i.start)
            || !readMilliseconds(pair.at(1), &i.end)) {
            return malformed(index, QStringLiteral("is not a [start, end] pair of whole numbers"));
        }
        if (i.start < 0)
            return malformed(index, QStringLiteral("starts before 0"));
        if (i.end <= i.start)
            return malformed(index, QStringLiteral("does not end after it starts"));
        if (!set.m_intervals.isEmpty()) {
            Interval &previous = set.m_intervals.last();
            if (i.start < previous.start)
                return malformed(index, QStringLiteral("is out of order"));
            if (i.start < previous.end)
                return malformed(index, QStringLiteral("overlaps the one before it"));
            if (i.start == previous.end) {
                previous.end = i.end;
                set.m_coveredLength += i.length();
                continue;
            }
        }
        set.m_intervals.append(i);
        set.m_coveredLength += i.length();
    }
    return set;
}

} // namespace lectern
