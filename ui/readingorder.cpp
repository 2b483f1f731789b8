#include "readingorder.h"

#include <QWidget>

namespace lectern {

namespace {

// What Qt's own Tab handling accepts (QWidgetPrivate::focusNextPrevChild_helper): a widget
// that takes Tab focus itself (not through a proxy), on screen and enabled, in this window.
bool takesTab(QWidget *widget, QWidget *window)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy()
        && widget->isVisible() && widget->isEnabled() && widget->window() == window;
}

} // namespace

QList<QWidget *> tabStopsInReadingOrder(QWidget *window, const QList<QWidget *> &regions)
{
    QList<QList<QWidget *>> byRegion(regions.size() + 1);
    const qsizetype unplaced = regions.size();
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (!takesTab(widget, window))
            continue;
        qsizetype region = unplaced;
        for (qsizetype i = 0; i < regions.size(); ++i) {
            if (QWidget *root = regions.at(i);
                root && (root == widget || root->isAncestorOf(widget))) {
                region = i;
                break;
            }
        }
        byRegion[region].append(widget);
    }
    QList<QWidget *> stops;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (i == regions.size() - 1)
            stops += byRegion.at(unplaced);
        stops += byRegion.at(i);
    }
    if (regions.isEmpty())
        stops = byRegion.at(unplaced);
    return stops;
}

QWidget *nextTabStop(const QList<QWidget *> &stops, QWidget *from, bool next)
{
    if (stops.isEmpty() || !from)
        return nullptr;
    if (const qsizetype at = stops.indexOf(from); at >= 0) {
        const qsizetype count = stops.size();
        return stops.at((at + (next ? 1 : count - 1)) % count);
    }
    // The focus is on something Tab does not stop at (a click-only control, the window): the
    // first stop that follows (or precedes) it in Qt's chain.
    for (QWidget *widget = next ? from->nextInFocusChain() : from->previousInFocusChain();
         widget && widget != from;
         widget = next ? widget->nextInFocusChain() : widget->previousInFocusChain()) {
        if (stops.contains(widget))
            return widget;
    }
    return nullptr;
}

} // namespace lectern
