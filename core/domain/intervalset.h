#pragma once

#include "domain/result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QtGlobal>

namespace lectern {

// A half-open span [start, end) of media time in milliseconds.
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;

    qint64 length() const { return end - start; }
    friend bool operator==(const Interval &, const Interval &) = default;
};

// A set of media times, kept normalised: sorted, non-overlapping, touching spans merged, no
// empty spans and nothing before 0. Watched intervals merge by union (DESIGN.md), so this is
// what the tracker, the store, the wire and the unlock rule all share.
//
// Lookups are O(log n + k) for k intervals in the window asked about. add() finds its place by
// binary search; playback appends at the end of a span, which only widens the last interval.
class IntervalSet
{
public:
    IntervalSet() = default;

    // Adds [start, end). An empty or reversed span, or one starting before 0, is ignored rather
    // than clamped: such a span is a caller's bug, and every set must round-trip through JSON.
    void add(qint64 start, qint64 end);
    void add(const Interval &interval) { add(interval.start, interval.end); }
    void unite(const IntervalSet &other);

    bool isEmpty() const { return m_intervals.isEmpty(); }
    const QList<Interval> &intervals() const { return m_intervals; }

    qint64 coveredLength() const { return m_coveredLength; }
    // How much of [from, to) is covered; 0 when the window is empty.
    qint64 coveredWithin(qint64 from, qint64 to) const;
    bool contains(qint64 ms) const;
    // What of [from, to) is not covered (from 0 at the earliest): what is left to watch, the
    // pale parts of the seek bar.
    IntervalSet gaps(qint64 from, qint64 to) const;

    // [[0,1500],[4000,9000]]: compact, and what the store and the wire keep.
    QJsonArray toJson() const;
    // Refuses anything toJson() would not write (not an array of [start, end] integer pairs,
    // negative, empty or reversed spans, unsorted or overlapping spans), since it reads data
    // from disk and the network. Touching spans are merged.
    static Result<IntervalSet> fromJson(const QJsonValue &json);

    friend bool operator==(const IntervalSet &a, const IntervalSet &b)
    {
        return a.m_intervals == b.m_intervals;
    }

private:
    // Index of the first interval ending after ms, i.e. the first that can overlap [ms, …).
    qsizetype firstEndingAfter(qint64 ms) const;
    void mergeSorted(const QList<Interval> &other);

    QList<Interval> m_intervals;
    qint64 m_coveredLength = 0; // kept in step so the unlock rule's total is O(1)
};

} // namespace lectern
