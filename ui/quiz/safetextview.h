#pragma once

#include "quiz/question.h"

#include <QTextBrowser>

namespace lectern {

// Question text and feedback from course content, shown read-only and safely: Markdown without
// its HTML, plain and Moodle text escaped, HTML through Qt's rich-text subset (which runs no
// scripts). No resource is ever loaded, local or remote, and links are never followed, so
// content can neither reach the network nor show a file from this computer.
class SafeTextView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextView)

public:
    explicit SafeTextView(QWidget *parent = nullptr);

    void setContent(const QString &text, TextFormat format);

    // The same rules for a document the caller owns (labels, buttons, exports).
    static void fill(QTextDocument *document, const QString &text, TextFormat format);
    // What a reader sees, as plain text, for places that cannot show rich text (choices).
    static QString plainText(const QString &text, TextFormat format);
    // A document that refuses every resource; for rendering content outside a view.
    static QTextDocument *createDocument(QObject *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace lectern
