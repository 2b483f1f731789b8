#include "rosterstripdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QWidget>

namespace lectern {

namespace {

QColor mix(const QColor &from, const QColor &to, float share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

} // namespace

// From the palette, so the strip reads in light and dark themes alike. Watched is the
// highlight; not watched is the view's base barely tinted with its text, far enough in
// lightness from the highlight to tell them apart in either theme; the frame, half way to the
// text colour, shows the lecture's whole length even where nothing was watched.
RosterStripDelegate::StripColours RosterStripDelegate::stripColours(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    return {palette.color(QPalette::Highlight), mix(base, text, 0.08f), mix(base, text, 0.55f)};
}

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
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = opt.palette;
    const StripColours colours = stripColours(palette);
    painter->save();
    // The strip is opaque over whatever the row is filled with, the selection included (whose
    // colour is the watched colour): a selected row keeps its strips readable.
    painter->fillRect(strip, colours.unwatched);
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
                              colours.watched);
        }
    }
    painter->setPen(colours.frame);
    painter->drawRect(strip.adjusted(0, 0, -1, -1));
    if (selected) {
        // A second frame in the selection's text colour sets the strip off the selection fill.
        painter->setPen(palette.color(QPalette::HighlightedText));
        painter->drawRect(strip.adjusted(-1, -1, 0, 0));
    }
    painter->restore();

    if (!text.isEmpty()) {
        painter->save();
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
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
