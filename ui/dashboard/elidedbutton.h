#pragma once

#include <QPushButton>

namespace lectern {

// A push button whose text is cut with "…" when the row is narrower than the text, so long
// lecture titles never force the dashboard wider than the window. The full text stays in the
// tool tip and the accessible name.
class ElidedButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedButton)

public:
    explicit ElidedButton(const QIcon &icon, const QString &text, QWidget *parent = nullptr);

    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace lectern
