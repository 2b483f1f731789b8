#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// Draws one learner's viewing of one lecture as a strip the width of the cell: the lecture's
// whole length in a pale colour (skipped or not yet watched) with the watched intervals solid
// over it, so faculty see at a glance which parts were watched and which skipped. The cell's
// text (the percentage) is drawn over the strip.
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
};

} // namespace lectern
