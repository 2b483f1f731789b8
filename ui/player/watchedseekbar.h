#pragma once

#include "domain/intervalset.h"

#include <QWidget>

namespace lectern {

// A seek bar that also shows which parts of the lecture have been watched: the played ranges
// are drawn solid, the rest pale, so a learner sees at a glance what is left. Click or drag to
// seek; arrow keys step 10 s.
class WatchedSeekBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchedSeekBar)

public:
    explicit WatchedSeekBar(QWidget *parent = nullptr);

    void setDuration(qint64 durationMs);
    void setPosition(qint64 positionMs);
    void setWatched(const IntervalSet &watched);
    qint64 position() const { return m_positionMs; }
    const IntervalSet &watched() const { return m_watched; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 positionMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF trackRect() const;
    qint64 positionAt(qreal x) const;

    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    IntervalSet m_watched;
};

} // namespace lectern
