#pragma once

#include <QList>

class QWidget;

namespace lectern {

// The window's Tab stops in reading order: the regions in the order given (tool bar,
// programme, page, status bar), each region's stops in the order of Qt's focus chain.
//
// Qt's chain follows the order widgets were made in, which for a window that makes its pages
// on first use is not the order a reader meets them: the status bar, made before the lecture
// page, would otherwise come between the programme and the player. The pages keep setting
// their own order inside themselves with QWidget::setTabOrder; this only orders the regions.
// Widgets in no region come after the last region but one (before the status bar).
QList<QWidget *> tabStopsInReadingOrder(QWidget *window, const QList<QWidget *> &regions);

// Where Tab (next) or Shift+Tab goes from `from` among `stops`, round the ends; from a widget
// that is not a stop, the nearest stop after (before) it in Qt's chain. Null when there is none.
QWidget *nextTabStop(const QList<QWidget *> &stops, QWidget *from, bool next);

} // namespace lectern
