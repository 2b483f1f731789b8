#include "searchbox.h"

#include "search/searchresultsview.h"
#include "store/localstore.h"

#include <QAction>
#include <QKeyEvent>
#include <QScreen>
#include <QStyle>

namespace lectern {

SearchBox::SearchBox(LocalStore *store, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    // A tool-tip window: drawn over everything (the video too), never takes the keyboard from
    // the box, and is not a window of its own in the task bar.
    , m_results(new SearchResultsView(nullptr))
{
    setObjectName(QStringLiteral("searchBox"));
    setAccessibleName(tr("Search"));
    setPlaceholderText(tr("Search lectures and what is said in them (Ctrl+K)"));
    setToolTip(tr("Search course and lecture titles, objectives, scripts and transcripts"));
    setClearButtonEnabled(true);
    addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    setMinimumWidth(260);
    setMaximumWidth(420);

    m_results->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_results->setAttribute(Qt::WA_ShowWithoutActivating);
    m_results->hide();
    connect(m_results, &QListWidget::itemClicked, this, &SearchBox::activate);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchBox::search);
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    // The clear button empties the box without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            hideResults();
    });
    connect(m_store, &LocalStore::searchFinished, this, &SearchBox::showResults);
}

SearchBox::~SearchBox()
{
    delete m_results;
}

bool SearchBox::isShowingResults() const
{
    return m_results->isVisible();
}

void SearchBox::setIndexingStatus(bool running)
{
    m_indexing = running;
}

void SearchBox::search()
{
    const QString typed = text();
    if (typed.trimmed().size() < kMinimumLength) {
        hideResults();
        return;
    }
    m_pendingText = typed;
    m_openFirstWhenAnswered = false;
    m_store->searchAsync(typed);
}

void SearchBox::showResults(const SearchResults &results)
{
    // An answer to an older text, or after the list was closed: not what the learner looks at.
    if (results.text != text() || results.text != m_pendingText)
        return;
    m_results->showResults(results);
    if (m_indexing && results.transcripts.isEmpty()) {
        auto *note = new QListWidgetItem(m_results);
        const QString text = tr("Transcripts are still being indexed: more may be found soon.");
        note->setText(text);
        note->setData(SearchResultsView::HtmlRole,
                      QStringLiteral("<i>%1</i>").arg(text.toHtmlEscaped()));
        note->setData(SearchResultsView::KindRole, -1);
        note->setFlags(Qt::ItemIsEnabled);
    }
    placeResults();
    if (std::exchange(m_openFirstWhenAnswered, false))
        activate(m_results->currentHit());
}

// Under the box and inside the main window, a margin from its edges: a list that ran past the
// window's right edge was cut off by the screen or drawn over other applications. On a screen
// too small for the window, the screen's edges count too.
void SearchBox::placeResults()
{
    QWidget *frame = window();
    frame->installEventFilter(this); // moved or resized with it (installed once, however often)
    QRect bounds = QRect(frame->mapToGlobal(QPoint(0, 0)), frame->size())
                       .adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (screen() && bounds.intersects(screen()->availableGeometry()))
        bounds &= screen()->availableGeometry();
    const QPoint below = mapToGlobal(QPoint(0, this->height()));
    const int width
        = std::max(1, std::min(std::max(this->width(), kPreferredWidth), bounds.width()));
    m_results->setFixedWidth(width);
    int height = 2 * m_results->frameWidth();
    for (int row = 0; row < m_results->count(); ++row)
        height += m_results->sizeHintForRow(row);
    const int room = std::max(1, bounds.y() + bounds.height() - below.y());
    m_results->setFixedHeight(
        std::clamp(height, std::min(40, room), std::min(kMaximumHeight, room)));
    // Left-aligned with the box, or right-aligned with it when that would pass the window's
    // right edge; then moved in from whichever edge it still passes.
    int x = below.x();
    const int right = bounds.x() + bounds.width();
    if (x + width > right)
        x = mapToGlobal(QPoint(this->width(), 0)).x() - width;
    x = std::clamp(x, bounds.x(), std::max(bounds.x(), right - width));
    m_results->move(x, below.y());
    m_results->show();
    m_results->raise();
}

void SearchBox::hideResults()
{
    m_debounce.stop();
    m_pendingText.clear();
    m_openFirstWhenAnswered = false;
    m_results->hide();
}

void SearchBox::activate(QListWidgetItem *item)
{
    if (!item || item->data(SearchResultsView::KindRole).toInt() < 0)
        return;
    const auto field = SearchField(item->data(SearchResultsView::KindRole).toInt());
    const QString lectureId = item->data(SearchResultsView::LectureIdRole).toString();
    hideResults();
    switch (field) {
    case SearchField::CourseTitle:
    case SearchField::Description:
        Q_EMIT courseRequested(item->data(SearchResultsView::CourseCodeRole).toString());
        break;
    case SearchField::Transcript:
        Q_EMIT lectureRequested(lectureId, item->data(SearchResultsView::StartMsRole).toLongLong());
        break;
    default:
        Q_EMIT lectureRequested(lectureId, -1);
        break;
    }
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!isShowingResults()) {
            // Down on a box with text opens the list again.
            if (event->key() == Qt::Key_Down && text().trimmed().size() >= kMinimumLength)
                search();
            return;
        }
        m_results->moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (isShowingResults()) {
            m_results->moveCurrent(event->key() == Qt::Key_PageDown ? 5 : -5);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Typed fast and Enter at once: search now, and open the first hit when it answers.
        if (m_debounce.isActive() || !isShowingResults()) {
            search();
            m_openFirstWhenAnswered = !m_pendingText.isEmpty();
            return;
        }
        activate(m_results->currentHit());
        return;
    case Qt::Key_Escape:
        if (isShowingResults())
            hideResults();
        else
            clear();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBox::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click in the list does not take the focus (it never accepts it); anything else that
    // does means the learner moved on.
    if (!m_results->underMouse())
        hideResults();
}

bool SearchBox::event(QEvent *event)
{
    // The shortcut override lets Escape and Enter reach the box before window shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter
            || key == Qt::Key_Down || key == Qt::Key_Up) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::Move || event->type() == QEvent::Resize) {
        if (isShowingResults())
            placeResults();
    }
    return QLineEdit::event(event);
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && isShowingResults()
        && (event->type() == QEvent::Move || event->type() == QEvent::Resize)) {
        placeResults();
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace lectern
