#pragma once

#include <QPushButton>

namespace lectern {

// A push button whose text is cut with "…" when the row is narrower than the text, so long
// lecture titles never force the dashboard wider than the window. The full text stays in the
// tool tip and the accessible name. With Lead::PlayArrow it starts with a ▶ drawn in the
// palette's button text colour, so it reads in the dark theme as well as the light one (the
// style's media icon is a fixed dark image).
class ElidedButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedButton)

public:
    enum class Lead { None, PlayArrow };

    explicit ElidedButton(Lead lead, const QString &text, QWidget *parent = nullptr);

    QString fullText() const { return m_fullText; }
    Lead lead() const { return m_lead; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();
    void applyLead();

    QString m_fullText;
    Lead m_lead;
    // Layouts ask for the size hint many times while the dashboard is built; the text and the
    // font rarely change, so it is measured once per font and style.
    mutable QSize m_sizeHint;
    int m_elidedForWidth = -1;
};

} // namespace lectern
