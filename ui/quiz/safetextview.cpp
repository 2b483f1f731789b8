#include "safetextview.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QResizeEvent>
#include <QTextDocument>

namespace lectern {
namespace {

// What an image of the content shows instead: a grey box. A resource that is merely missing is
// not enough, because Qt's image handler then loads the image's name straight from disk.
QImage blockedImage()
{
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(QColor(0xd0, 0xd0, 0xd0));
    return image;
}

// QTextDocument's own loadResource reads local files (relative names against the base URL)
// when its owner returns nothing; this one never does.
class ResourceFreeDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &) override
    {
        return type == QTextDocument::ImageResource ? QVariant(blockedImage()) : QVariant();
    }
};

} // namespace

SafeTextView::SafeTextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setDocument(createDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    // Blends into the page: text on the window's background, selectable, keyboard reachable.
    viewport()->setAutoFillBackground(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &SafeTextView::fitHeight);
}

QTextDocument *SafeTextView::createDocument(QObject *parent)
{
    return new ResourceFreeDocument(parent);
}

void SafeTextView::fill(QTextDocument *document, const QString &text, TextFormat format)
{
    switch (format) {
    case TextFormat::Markdown:
        // GitHub's dialect for tables and lists, with every piece of raw HTML shown as text.
        document->setMarkdown(text,
                              QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                  | QTextDocument::MarkdownNoHTML);
        break;
    case TextFormat::Html:
        document->setHtml(text);
        break;
    case TextFormat::Plain:
    case TextFormat::Moodle:
        // setPlainText keeps line breaks and never interprets markup.
        document->setPlainText(text);
        break;
    }
}

QString SafeTextView::plainText(const QString &text, TextFormat format)
{
    if (format == TextFormat::Plain || format == TextFormat::Moodle)
        return text;
    ResourceFreeDocument document;
    fill(&document, text, format);
    return document.toPlainText().trimmed();
}

void SafeTextView::setContent(const QString &text, TextFormat format)
{
    fill(document(), text, format);
    fitHeight();
}

QVariant SafeTextView::loadResource(int type, const QUrl &)
{
    return type == QTextDocument::ImageResource ? QVariant(blockedImage()) : QVariant();
}

QSize SafeTextView::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {QTextBrowser::sizeHint().width(),
            int(document()->size().height()) + margins.top() + margins.bottom()};
}

QSize SafeTextView::minimumSizeHint() const
{
    return {50, sizeHint().height()};
}

void SafeTextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

// The view is as tall as its text, so questions stack on a page that scrolls as a whole.
void SafeTextView::fitHeight()
{
    const QMargins margins = contentsMargins();
    const int height
        = int(std::ceil(document()->size().height())) + margins.top() + margins.bottom();
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
}

} // namespace lectern
