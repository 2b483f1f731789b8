#include "watchedseekbar.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lectern {

WatchedSeekBar::WatchedSeekBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("seekBar"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Position in the lecture"));
    setCursor(Qt::PointingHandCursor);
}

void WatchedSeekBar::setDuration(qint64 durationMs)
{
    m_durationMs = std::max<qint64>(0, durationMs);
    update();
}

void WatchedSeekBar::setPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    update();
}

void WatchedSeekBar::setWatched(const IntervalSet &watched)
{
    m_watched = watched;
    update();
}

QSize WatchedSeekBar::sizeHint() const
{
    return {300, fontMetrics().height() + 6};
}

QRectF WatchedSeekBar::trackRect() const
{
    const qreal height = 6;
    return QRectF(8, (this->height() - height) / 2, width() - 16, height);
}

qint64 WatchedSeekBar::positionAt(qreal x) const
{
    const QRectF track = trackRect();
    const qreal fraction = std::clamp((x - track.left()) / track.width(), 0.0, 1.0);
    return qint64(fraction * qreal(m_durationMs));
}

void WatchedSeekBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF track = trackRect();
    const QPalette &colors = palette();

    // Pale: the whole lecture. Solid: what has been watched. The handle: where playback is.
    painter.setPen(Qt::NoPen);
    QColor pale = colors.color(QPalette::Mid);
    painter.setBrush(pale);
    painter.drawRoundedRect(track, 3, 3);
    if (m_durationMs > 0) {
        painter.setBrush(colors.color(QPalette::Highlight));
        for (const Interval &interval : m_watched.intervals()) {
            const qreal left = track.left() + track.width() * qreal(interval.start) / m_durationMs;
            const qreal right = track.left()
                + track.width() * qreal(std::min(interval.end, m_durationMs)) / m_durationMs;
            if (right > left)
                painter.drawRect(
                    QRectF(left, track.top(), std::max<qreal>(1, right - left), track.height()));
        }
        const qreal x = track.left() + track.width() * qreal(m_positionMs) / m_durationMs;
        painter.setBrush(colors.color(QPalette::ButtonText));
        painter.drawEllipse(QPointF(std::clamp(x, track.left(), track.right()), track.center().y()),
                            6, 6);
    }
    if (hasFocus()) {
        painter.setPen(QPen(colors.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WatchedSeekBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_durationMs > 0)
        Q_EMIT seekRequested(positionAt(event->position().x()));
}

void WatchedSeekBar::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_durationMs > 0)
        Q_EMIT seekRequested(positionAt(event->position().x()));
}

void WatchedSeekBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const qint64 step = event->key() == Qt::Key_Left ? -10000 : 10000;
        Q_EMIT seekRequested(std::clamp<qint64>(m_positionMs + step, 0, m_durationMs));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace lectern
