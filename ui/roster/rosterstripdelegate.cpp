#include "rosterstripdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QWidget>

namespace lectern {

RosterStripDelegate::RosterStripDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void RosterStripDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const qint64 duration = index.data(kDurationRole).toLongLong();
    // The percentage above, the strip below it.
    const QRect strip(opt.rect.left() + 4, opt.rect.bottom() - 13, opt.rect.width() - 8, 10);
    painter->save();
    const QPalette &palette = opt.palette;
    // Colours from the palette, so the strip reads in light and dark themes alike.
    QColor skipped = palette.color(QPalette::Highlight);
    skipped.setAlpha(50);
    painter->fillRect(strip, skipped);
    if (duration > 0) {
        const QVariantList watched = index.data(kWatchedRole).toList();
        for (const QVariant &span : watched) {
            const QVariantList pair = span.toList();
            if (pair.size() != 2)
                continue;
            const qint64 start = qBound<qint64>(0, pair.at(0).toLongLong(), duration);
            const qint64 end = qBound<qint64>(0, pair.at(1).toLongLong(), duration);
            const int left = strip.left() + int(double(start) / double(duration) * strip.width());
            const int right = strip.left() + int(double(end) / double(duration) * strip.width());
            painter->fillRect(QRect(left, strip.top(), qMax(1, right - left), strip.height()),
                              palette.color(QPalette::Highlight));
        }
    }
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawRect(strip.adjusted(0, 0, -1, -1));
    painter->restore();

    if (!text.isEmpty()) {
        painter->save();
        painter->setPen(palette.color(opt.state.testFlag(QStyle::State_Selected)
                                          ? QPalette::HighlightedText
                                          : QPalette::Text));
        QFont font = opt.font;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->setFont(font);
        painter->drawText(opt.rect.adjusted(4, 1, -4, -15), Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }
}

QSize RosterStripDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(90, text.width()), qMax(34, text.height() * 2)};
}

} // namespace lectern
