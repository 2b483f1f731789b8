#pragma once

#include "store/searchrepository.h"

#include <QLineEdit>
#include <QTimer>

class QListWidgetItem;

namespace lectern {

class LocalStore;
class SearchResultsView;

// The one search box (docs/search.md): course and lecture titles, objectives, scripts and what
// is said in the lectures. Typing searches on the store thread after a short pause; the results
// drop down under the box, grouped, with the matched words in bold. Down and Up move through
// them, Enter opens the current one (the first when none is chosen), Escape closes the list and
// then clears the box. A transcript hit opens its lecture where the words are spoken.
class SearchBox final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBox)

public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kMinimumLength = 2;
    static constexpr int kPreferredWidth = 520; // the results list, when the window has room
    static constexpr int kMaximumHeight = 460;
    static constexpr int kMargin = 8; // between the list and the main window's edges

    explicit SearchBox(LocalStore *store, QWidget *parent = nullptr);
    ~SearchBox() override;

    SearchResultsView *resultsView() const { return m_results; }
    bool isShowingResults() const;
    // Transcripts still being indexed: said in the list, as results may still be missing.
    void setIndexingStatus(bool running);

Q_SIGNALS:
    // positionMs < 0: at the learner's resume point.
    void lectureRequested(const QString &lectureId, qint64 positionMs);
    void courseRequested(const QString &courseCode);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override; // the main window moving

private:
    void search();
    void showResults(const SearchResults &results);
    void placeResults();
    void activate(QListWidgetItem *item);
    void hideResults();

    LocalStore *m_store;
    SearchResultsView *m_results; // a window of its own, owned here
    QTimer m_debounce;
    QString m_pendingText; // asked of the store, not answered yet
    bool m_indexing = false;
    bool m_openFirstWhenAnswered = false; // Enter came before the answer
};

} // namespace lectern
