#pragma once

#include "domain/catalog.h"
#include "domain/result.h"

#include <QMainWindow>
#include <QModelIndex>

class QLabel;
class QPushButton;
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
class ProgrammeModel;
class QuizPage;

// The programme tree on the left, the selected course or lecture on the right, and the
// sync state in the status bar. It shows what the models hold; it starts no work itself
// beyond asking for a sync or a login through its signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProgrammeModel *model, QSettings *settings, LecturePage *lecturePage,
               QuizPage *quizPage, QWidget *parent = nullptr);

    enum class SyncState { Idle, Syncing, UpToDate, Offline, Failed };
    void setSyncState(SyncState state, const QString &detail = {});
    void setUser(const QString &displayName);

    QTreeView *programmeView() const { return m_tree; }
    CoursePage *coursePage() const { return m_page; }
    LecturePage *lecturePage() const { return m_lecturePage; }
    QuizPage *quizPage() const { return m_quizPage; }
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

private:
    void showSelection();
    void restoreLayout();
    void showTreeMenu(const QPoint &position);
    void leaveOpenPage(QWidget *next);
    QModelIndex findRow(int kind, const QString &id, const QModelIndex &parent = {}) const;

    ProgrammeModel *m_model;
    QSettings *m_settings;
    QTreeView *m_tree;
    CoursePage *m_page;
    LecturePage *m_lecturePage;
    QuizPage *m_quizPage;
    // The row shown before the model was reset by a sync, to show it again afterwards.
    int m_selectedKind = -1;
    QString m_selectedId;
    QStackedWidget *m_pages;
    QLabel *m_syncLabel;
    QLabel *m_userLabel;
    QPushButton *m_syncButton;
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
};

} // namespace lectern
