#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "languagechoice.h"
#include "player/lectureplayback.h"
#include "quiz/quizpage.h"

#include <QMainWindow>
#include <QModelIndex>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSystemTrayIcon;
class QToolBar;
class QStackedWidget;
class QSettings;
class QTreeView;

namespace lectern {

class CoursePage;
class DashboardPage;
class SearchBox;
class DownloadManager;
class DownloadsPage;
class LecturePage;
class LiveSessionNotifier;
class LiveSessionsPage;
class ProgrammeModel;
class RosterPage;
class SyncStatusWidget;

// The programme tree on the left, the selected course or lecture on the right, and the
// sync state in the status bar. It shows what the models hold; it starts no work itself
// beyond asking for a sync or a login through its signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The lecture and quiz pages are made on first use: the player's multimedia objects cost
    // more than the rest of the window together (docs/performance.md, start-up).
    MainWindow(ProgrammeModel *model, QSettings *settings,
               std::function<LecturePage *()> makeLecturePage,
               std::function<QuizPage *()> makeQuizPage, QWidget *parent = nullptr);

    // The sync indicator and "Sync now" in the status bar; AppController feeds it.
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    void setUser(const QString &displayName);

    QTreeView *programmeView() const { return m_tree; }
    CoursePage *coursePage() const { return m_page; }
    LecturePage *lecturePage() const; // made on first use
    QuizPage *quizPage() const; // made on first use
    void showNotice(const QString &message); // a transient message in the status bar
    // Adds the Downloads page, its menu entry, and download actions on the programme tree.
    void setDownloads(DownloadManager *downloads, DownloadsPage *page);
    DownloadsPage *downloadsPage() const { return m_downloadsPage; }
    void showDownloads();

Q_SIGNALS:
    void syncRequested();
    void loginRequested();
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Tab goes tool bar → programme → page on screen → status bar, whatever order the pages
    // were made in (readingorder.h).
    bool focusNextPrevChild(bool next) override;

private:
    void showSelection();
    // The tree's current row changed: shown at once after a click, a moment later when the
    // arrow keys move through lectures (see m_arrowedRow).
    void followCurrentRow();
    void restoreLayout();
    void showTreeMenu(const QPoint &position);
    void leaveOpenPage(QWidget *next);
    QModelIndex findRow(int kind, const QString &id, const QModelIndex &parent = {}) const;

    ProgrammeModel *m_model;
    QSettings *m_settings;
    QTreeView *m_tree;
    CoursePage *m_page;
    std::function<LecturePage *()> m_makeLecturePage;
    std::function<QuizPage *()> m_makeQuizPage;
    mutable LecturePage *m_lecturePage = nullptr;
    mutable QuizPage *m_quizPage = nullptr;
    // The row shown before the model was reset by a sync, to show it again afterwards.
    int m_selectedKind = -1;
    QString m_selectedId;
    QStackedWidget *m_pages;
    // Arrowing down the programme passes lecture rows on the way: each would open its player
    // and start a stream over the hospital's wifi. A row reached by the keys opens once the
    // keys rest on it for this long; a click or Enter opens it at once.
    QTimer m_arrowedRow;
    SyncStatusWidget *m_syncStatus;
    QLabel *m_userLabel;
    DownloadsPage *m_downloadsPage = nullptr;

public:
    // Home (the dashboard, shown first and from the Home action) and the search box in the
    // tool bar; both open lectures and quizzes through the methods below.
    void setHome(DashboardPage *dashboard, SearchBox *searchBox);
    DashboardPage *dashboardPage() const { return m_dashboard; }
    void showHome();
    // Opens a lecture as the tree would, at positionMs when >= 0, else at the resume point.
    void openLecture(const QString &lectureId, qint64 positionMs = -1);
    void openQuiz(const QString &lectureId);
    void openCourse(const QString &courseCode);

private:
    DashboardPage *m_dashboard = nullptr;
    bool m_homeBeforeReset = false;

public:
    // The live sessions page (a View menu entry, a tool bar button and the dashboard's button)
    // and the reminders, which follow the page's minutes setting.
    void setLiveSessions(LiveSessionsPage *page, LiveSessionNotifier *notifier);
    LiveSessionsPage *liveSessionsPage() const { return m_liveSessionsPage; }
    void showLiveSessions();

    // Faculty only: "Preview as learner" shows their courses with the locks and unlock rule a
    // learner meets and quizzes without keys; like their own preview, it records nothing.
    QAction *previewAsLearnerAction() const { return m_previewAsLearner; }
    bool isFaculty() const;
    LecturePlayback::Mode lectureMode() const;
    QuizPage::Mode quizMode() const;

    // A desktop notification through the tray icon when the desktop has one, else the status
    // bar.
    void notify(const QString &title, const QString &message);
    QSystemTrayIcon *trayIcon() const { return m_trayIcon; }
    void showAbout();
    // Once, when the programme first shows: the page the window was closed on (QSettings).
    void restoreLastPage();

    // Faculty only, for a course they teach: the course's roster as a page of the window, from
    // the course page's button, View → Roster… and the course's menu in the tree. Made on first
    // use; Esc goes back to the course.
    bool canSeeRoster(const QString &courseCode) const;
    void showRoster(const QString &courseCode);
    RosterPage *rosterPage() const { return m_rosterPage; }

private:
    void reopenCurrentPage();
    void leavePage(); // Esc: from a lecture, quiz or roster to its course, from others to Home
    QString currentPageKey() const;
    QString currentCourseCode() const; // of the page or tree row on screen
    void updateRosterAction();
    void updateWindowTitle(); // "where am I — Lectern"
    QString pageTitle() const;
    void addLanguageMenu();
    void chooseLanguage(LanguageChoice::Language language);

    LiveSessionsPage *m_liveSessionsPage = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_previewAsLearner = nullptr;
    QSystemTrayIcon *m_trayIcon = nullptr;
    bool m_lastPageRestored = false;
    RosterPage *m_rosterPage = nullptr;
    QAction *m_rosterAction = nullptr;
    QWidget *m_pageBeforeReset = nullptr;
};

} // namespace lectern
