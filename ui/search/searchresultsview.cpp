#include "searchresultsview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>

namespace lectern {
namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Draws a row's rich text (the snippet's bold matches) in the row's own colours.
class HtmlDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html = index.data(SearchResultsView::HtmlRole).toString();
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setHtml(html);
        document.setTextWidth(opt.rect.width() - 2 * kMargin);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(
            QPalette::Text,
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(kMargin, kMargin / 2));
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(index.data(SearchResultsView::HtmlRole).toString());
        const int width = option.widget ? option.widget->width() - 24 : 480;
        document.setTextWidth(std::max(200, width - 2 * kMargin));
        return {int(document.idealWidth()) + 2 * kMargin, int(document.size().height()) + kMargin};
    }

private:
    static constexpr int kMargin = 6;
};

bool isHit(const QListWidgetItem *item)
{
    return item && item->data(SearchResultsView::KindRole).toInt() >= 0;
}

} // namespace

SearchResultsView::SearchResultsView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("searchResults"));
    setAccessibleName(tr("Search results"));
    setItemDelegate(new HtmlDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setWordWrap(true);
    setFocusPolicy(Qt::NoFocus); // the search box keeps the keyboard
    setMouseTracking(true);
}

QString SearchResultsView::withoutMarksInPrefix(const QString &marked, qsizetype prefixLength)
{
    qsizetype visible = 0;
    qsizetype end = 0;
    bool open = false;
    for (; end < marked.size() && visible < prefixLength; ++end) {
        const QChar c = marked.at(end);
        if (c == SearchRepository::kMatchStart)
            open = true;
        else if (c == SearchRepository::kMatchEnd)
            open = false;
        else
            ++visible;
    }
    if (open && end < marked.size() && marked.at(end) == SearchRepository::kMatchEnd) {
        open = false; // the mark ends with the prefix
        ++end;
    }
    QString prefix = marked.left(end);
    prefix.remove(SearchRepository::kMatchStart).remove(SearchRepository::kMatchEnd);
    // A mark running on past the prefix still marks the rest of its word.
    return prefix + (open ? QString(SearchRepository::kMatchStart) : QString()) + marked.mid(end);
}

QString SearchResultsView::snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(SearchRepository::kMatchStart, QStringLiteral("<b>"));
    html.replace(SearchRepository::kMatchEnd, QStringLiteral("</b>"));
    return html;
}

void SearchResultsView::showResults(const SearchResults &results)
{
    clear();
    if (results.isEmpty()) {
        showNote(tr("No matches for “%1”").arg(results.text.trimmed()));
        return;
    }
    if (!results.courses.isEmpty()) {
        addHeading(tr("Courses"));
        for (const SearchHit &hit : results.courses)
            addHit(hit);
    }
    if (!results.lectures.isEmpty()) {
        addHeading(tr("Lectures"));
        for (const SearchHit &hit : results.lectures)
            addHit(hit);
    }
    if (!results.transcripts.isEmpty()) {
        addHeading(tr("Spoken in lectures"));
        for (const SearchHit &hit : results.transcripts)
            addHit(hit);
    }
    moveCurrent(1);
}

void SearchResultsView::showNote(const QString &note)
{
    clear();
    auto *item = new QListWidgetItem(note, this);
    item->setData(HtmlRole, QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped()));
    item->setData(KindRole, -1);
    item->setFlags(Qt::ItemIsEnabled);
}

void SearchResultsView::addHeading(const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(HtmlRole,
                  QStringLiteral("<span style='font-size:small; font-weight:600'>%1</span>")
                      .arg(text.toHtmlEscaped()));
    item->setData(KindRole, -1);
    item->setFlags(Qt::ItemIsEnabled); // not selectable: Up and Down step over it
    item->setData(Qt::AccessibleDescriptionRole, tr("Group heading"));
}

void SearchResultsView::addHit(const SearchHit &hit)
{
    const auto plain = [](QString text) {
        return text.remove(SearchRepository::kMatchStart).remove(SearchRepository::kMatchEnd);
    };
    const QString snippet = snippetHtml(hit.snippet);
    QString title = snippetHtml(hit.title);
    QString where;
    QString accessible;
    switch (hit.field) {
    case SearchField::CourseTitle:
    case SearchField::Description:
        // A course is indexed as its code then its title, so that "704" finds PAIN-704. But the
        // code is an identifier that every course shares a part of ("pain" would light up the
        // PAIN of every code): the words that matched are shown in the title only.
        if (plain(hit.title).startsWith(hit.courseCode))
            title = snippetHtml(withoutMarksInPrefix(hit.title, hit.courseCode.size()));
        where = tr("Course");
        accessible = tr("Course %1").arg(plain(hit.title));
        break;
    case SearchField::LectureTitle:
    case SearchField::Objectives:
    case SearchField::Script:
        where = tr("%1 · Week %2").arg(hit.courseCode).arg(hit.weekNumber).toHtmlEscaped();
        accessible = tr("Lecture %1, %2 week %3")
                         .arg(plain(hit.title), hit.courseCode)
                         .arg(hit.weekNumber);
        break;
    case SearchField::Transcript:
        title = tr("%1 at %2").arg(hit.lectureTitle, clock(hit.startMs)).toHtmlEscaped();
        where = tr("%1 · Week %2").arg(hit.courseCode).arg(hit.weekNumber).toHtmlEscaped();
        accessible = tr("Spoken in %1 at %2").arg(hit.lectureTitle, clock(hit.startMs));
        break;
    }
    if (!hit.snippet.isEmpty()) {
        where += hit.field == SearchField::Transcript ? tr(" · “%1”").arg(snippet)
                                                      : QStringLiteral(" · ") + snippet;
        accessible += QStringLiteral(": ") + plain(hit.snippet);
    }
    auto *item = new QListWidgetItem(accessible, this);
    item->setData(
        HtmlRole,
        QStringLiteral("%1<br><span style='font-size:small'>%2</span>").arg(title, where));
    item->setData(KindRole, int(hit.field));
    item->setData(LectureIdRole, hit.lectureId);
    item->setData(CourseCodeRole, hit.courseCode);
    item->setData(StartMsRole, hit.startMs);
    item->setToolTip(accessible);
}

void SearchResultsView::moveCurrent(int step)
{
    int row = currentRow();
    const int direction = step < 0 ? -1 : 1;
    for (int remaining = std::abs(step); remaining > 0; --remaining) {
        int next = row + direction;
        while (next >= 0 && next < count() && !isHit(item(next)))
            next += direction;
        if (next < 0 || next >= count())
            break;
        row = next;
    }
    if (row >= 0 && row < count() && isHit(item(row))) {
        setCurrentRow(row);
        scrollToItem(item(row));
    }
}

bool SearchResultsView::hasHits() const
{
    for (int row = 0; row < count(); ++row) {
        if (isHit(item(row)))
            return true;
    }
    return false;
}

QListWidgetItem *SearchResultsView::currentHit() const
{
    QListWidgetItem *current = currentItem();
    return isHit(current) ? current : nullptr;
}

} // namespace lectern
