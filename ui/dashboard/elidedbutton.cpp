#include "elidedbutton.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QStyleOptionButton>

namespace lectern {
namespace {

QPixmap playArrow(const QColor &colour, const QSize &size, qreal pixelRatio)
{
    QPixmap pixmap(size * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QRectF box = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(3, 2, -3, -2);
    QPainterPath triangle;
    triangle.moveTo(box.topLeft());
    triangle.lineTo(box.right(), box.center().y());
    triangle.lineTo(box.bottomLeft());
    triangle.closeSubpath();
    painter.drawPath(triangle);
    return pixmap;
}

} // namespace

ElidedButton::ElidedButton(Lead lead, const QString &text, QWidget *parent)
    : QPushButton(QString(text).replace(u'&', QStringLiteral("&&")), parent)
    , m_fullText(text)
    , m_lead(lead)
{
    setToolTip(text);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyLead();
}

void ElidedButton::applyLead()
{
    if (m_lead != Lead::PlayArrow)
        return;
    const qreal ratio = devicePixelRatioF();
    QIcon icon;
    icon.addPixmap(
        playArrow(palette().color(QPalette::Active, QPalette::ButtonText), iconSize(), ratio),
        QIcon::Normal);
    icon.addPixmap(
        playArrow(palette().color(QPalette::Disabled, QPalette::ButtonText), iconSize(), ratio),
        QIcon::Disabled);
    setIcon(icon);
}

QSize ElidedButton::sizeHint() const
{
    if (m_sizeHint.isValid())
        return m_sizeHint;
    // As wide as the whole text wants, whatever is shown now.
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = m_fullText;
    const QSize text = fontMetrics().size(Qt::TextSingleLine, m_fullText);
    const int iconWidth = icon().isNull() ? 0 : iconSize().width() + 4;
    m_sizeHint = style()->sizeFromContents(
        QStyle::CT_PushButton, &option,
        QSize(text.width() + iconWidth, std::max(text.height(), iconSize().height())), this);
    return m_sizeHint;
}

QSize ElidedButton::minimumSizeHint() const
{
    return {std::min(sizeHint().width(), 8 * fontMetrics().averageCharWidth()),
            sizeHint().height()};
}

void ElidedButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_sizeHint = QSize();
        // A button not laid out yet (the style is set as it joins the window) is cut when it
        // gets its width.
        if (m_elidedForWidth >= 0)
            elide();
        break;
    case QEvent::PaletteChange:
        applyLead(); // a theme switched while running
        break;
    default:
        break;
    }
}

void ElidedButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    if (event->size().width() != m_elidedForWidth)
        elide();
}

void ElidedButton::elide()
{
    m_elidedForWidth = width();
    const int iconWidth = icon().isNull() ? 0 : iconSize().width() + 4;
    // The style's margins around the label: the size hint's extra over the text.
    const int margins
        = sizeHint().width() - fontMetrics().horizontalAdvance(m_fullText) - iconWidth;
    const int available = width() - margins - iconWidth;
    // Titles are text, not mnemonics: "Physical & Occupational" keeps its ampersand.
    const QString shown = fontMetrics()
                              .elidedText(m_fullText, Qt::ElideRight, std::max(0, available))
                              .replace(u'&', QStringLiteral("&&"));
    if (shown != text())
        setText(shown);
}

} // namespace lectern
