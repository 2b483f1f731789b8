#include "flowlayout.h"

#include <QWidget>

namespace lectern {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent)
    , m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, false);
}

int FlowLayout::arrange(const QRect &rect, bool measureOnly) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int spaceX = m_horizontalSpacing >= 0 ? m_horizontalSpacing : 4;
    const int spaceY = m_verticalSpacing >= 0 ? m_verticalSpacing : 4;
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // Items of one line share its baseline roughly: each is centred in the line's height.
    QList<std::pair<QLayoutItem *, QRect>> line;
    const auto flushLine = [&] {
        if (!measureOnly) {
            for (const auto &[item, geometry] : line) {
                QRect placed = geometry;
                placed.moveTop(geometry.top() + (lineHeight - geometry.height()) / 2);
                item->setGeometry(placed);
            }
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        const QSize hint = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
            flushLine();
            x = area.x();
            y += lineHeight + spaceY;
            lineHeight = 0;
        }
        line.append({item, QRect(QPoint(x, y), hint)});
        x += hint.width() + spaceX;
        lineHeight = std::max(lineHeight, hint.height());
    }
    flushLine();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace lectern
