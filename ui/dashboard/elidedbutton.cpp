#include "elidedbutton.h"

#include <QResizeEvent>
#include <QStyleOptionButton>

namespace lectern {

ElidedButton::ElidedButton(const QIcon &icon, const QString &text, QWidget *parent)
    : QPushButton(icon, QString(text).replace(u'&', QStringLiteral("&&")), parent)
    , m_fullText(text)
{
    setToolTip(text);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ElidedButton::sizeHint() const
{
    // As wide as the whole text wants, whatever is shown now.
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = m_fullText;
    const QSize text = fontMetrics().size(Qt::TextSingleLine, m_fullText);
    const int iconWidth = icon().isNull() ? 0 : iconSize().width() + 4;
    return style()->sizeFromContents(
        QStyle::CT_PushButton, &option,
        QSize(text.width() + iconWidth, std::max(text.height(), iconSize().height())), this);
}

QSize ElidedButton::minimumSizeHint() const
{
    return {std::min(sizeHint().width(), 8 * fontMetrics().averageCharWidth()),
            sizeHint().height()};
}

void ElidedButton::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    elide();
}

void ElidedButton::elide()
{
    const int iconWidth = icon().isNull() ? 0 : iconSize().width() + 4;
    // The style's margins around the label: the size hint's extra over the text.
    const int margins
        = sizeHint().width() - fontMetrics().horizontalAdvance(m_fullText) - iconWidth;
    const int available = width() - margins - iconWidth;
    // Titles are text, not mnemonics: "Physical & Occupational" keeps its ampersand.
    setText(fontMetrics()
                .elidedText(m_fullText, Qt::ElideRight, std::max(0, available))
                .replace(u'&', QStringLiteral("&&")));
}

} // namespace lectern
