#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// Draws one learner's viewing of one lecture as a strip the width of the cell: the lecture's
// whole length framed and nearly empty (skipped or not yet watched) with the watched intervals
// solid over it, so faculty see at a glance which parts were watched and which skipped. The
// cell's text (the percentage) is drawn above the strip; a selected row keeps its strips.
//
// Reads kWatchedRole (a QVariantList of [start, end] pairs as QVariantLists, milliseconds)
// and kDurationRole (qint64 milliseconds) from the model.
class RosterStripDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterStripDelegate)

public:
    static constexpr int kWatchedRole = Qt::UserRole + 1;
    static constexpr int kDurationRole = Qt::UserRole + 2;

    explicit RosterStripDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct StripColours
    {
        QColor watched;
        QColor unwatched; // skipped or not watched yet
        QColor frame;
    };
    static StripColours stripColours(const QPalette &palette);
};

} // namespace lectern
