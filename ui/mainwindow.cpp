#include "mainwindow.h"

#include "livesessionnotifier.h"
#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "pages/dashboardpage.h"
#include "pages/downloadspage.h"
#include "pages/livesessionspage.h"
#include "player/lecturepage.h"
#include "quiz/quizpage.h"
#include "readingorder.h"
#include "roster/rosterpage.h"
#include "search/searchbox.h"
#include "sync/apiclient.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLibrary>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeView>

namespace lectern {

MainWindow::MainWindow(ProgrammeModel *model, QSettings *settings,
                       std::function<LecturePage *()> makeLecturePage,
                       std::function<QuizPage *()> makeQuizPage, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_settings(settings)
    , m_tree(new QTreeView(this))
    , m_page(new CoursePage(this))
    , m_makeLecturePage(std::move(makeLecturePage))
    , m_makeQuizPage(std::move(makeQuizPage))
    , m_pages(new QStackedWidget(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_userLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lectern"));

    m_tree->setObjectName(QStringLiteral("programmeTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Programme"));
    m_tree->setMinimumWidth(240);
    m_tree->header()->setStretchLastSection(true);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_tree);
    m_pages->addWidget(m_page);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    // Permanent: QStatusBar hides its normal widgets while a notice shows, and the sync line
    // must stay (a notice about a refused change comes with the "1 refused" it points to).
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, this, &MainWindow::syncRequested);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *sync = fileMenu->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync now"),
                                        this, &MainWindow::syncRequested);
    sync->setObjectName(QStringLiteral("syncAction"));
    sync->setShortcut(QKeySequence(Qt::Key_F5));
    fileMenu->addAction(tr("Log &in…"), this, &MainWindow::loginRequested);
    fileMenu->addAction(tr("Log &out"), this, &MainWindow::logoutRequested);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_previewAsLearner = new QAction(QIcon(QStringLiteral(":/icons/preview.svg")),
                                     tr("&Preview as learner"), this);
    m_previewAsLearner->setObjectName(QStringLiteral("previewAsLearnerAction"));
    m_previewAsLearner->setCheckable(true);
    m_previewAsLearner->setVisible(false); // faculty only, once the catalog says who this is
    m_previewAsLearner->setToolTip(tr("See your courses exactly as a learner does: locked "
                                      "quizzes, no answer keys. Nothing is recorded."));
    connect(m_previewAsLearner, &QAction::toggled, this, [this] {
        updateWindowTitle();
        reopenCurrentPage();
    });
    m_viewMenu->addAction(m_previewAsLearner);
    m_rosterAction = new QAction(tr("&Roster…"), this);
    m_rosterAction->setObjectName(QStringLiteral("rosterAction"));
    m_rosterAction->setVisible(false); // faculty only, enabled on a course they teach
    connect(m_rosterAction, &QAction::triggered, this, [this] { showRoster(currentCourseCode()); });
    m_viewMenu->addAction(m_rosterAction);
    connect(m_page, &CoursePage::rosterRequested, this, &MainWindow::showRoster);
    // Esc leaves the page: a lecture, quiz or roster for its course, any other page for Home.
    auto *leave = new QAction(tr("&Back"), this);
    leave->setObjectName(QStringLiteral("leavePageAction"));
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leave, &QAction::triggered, this, &MainWindow::leavePage);
    addAction(leave);
    m_viewMenu->addAction(leave);
    addLanguageMenu();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Lectern"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));

    // Notifications go to the tray where the desktop has one; not every desktop does.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayIcon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/lectern.svg")), this);
        m_trayIcon->setToolTip(tr("Lectern"));
        m_trayIcon->show();
    }

    m_arrowedRow.setSingleShot(true);
    m_arrowedRow.setInterval(400);
    connect(&m_arrowedRow, &QTimer::timeout, this, &MainWindow::showSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::followCurrentRow);
    connect(m_tree, &QTreeView::activated, this, [this] { // Enter (or the platform's click)
        if (m_arrowedRow.isActive()) {
            m_arrowedRow.stop();
            showSelection();
        }
    });
    // The title and the roster entry follow the page and the row on screen.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateWindowTitle();
        updateRosterAction();
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        updateWindowTitle();
        updateRosterAction();
    });
    // Back from the roster to the row clicked, even when it is the current one.
    connect(m_tree, &QTreeView::clicked, this, [this] {
        if (m_rosterPage && m_pages->currentWidget() == m_rosterPage)
            showSelection();
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_pageBeforeReset = m_pages->currentWidget();
        const QModelIndex current = m_tree->currentIndex();
        m_selectedKind = current.isValid() ? current.data(ProgrammeModel::KindRole).toInt() : -1;
        m_selectedId = current.data(ProgrammeModel::IdRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_previewAsLearner->setVisible(isFaculty());
        if (!isFaculty())
            m_previewAsLearner->setChecked(false);
        // Trimesters stay open so the plan reads at a glance; courses open on demand.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->expand(m_model->index(row, 0));
        // A sync reloads the whole tree: the lecture or quiz in use stays on screen.
        if (const QModelIndex row = findRow(m_selectedKind, m_selectedId); row.isValid()) {
            m_tree->scrollTo(row);
            m_tree->setCurrentIndex(row);
        }
        showSelection();
        // A sync leaves the roster on screen (its course is the row shown again above) while
        // this user still teaches the course.
        if (m_rosterPage && m_pageBeforeReset == m_rosterPage
            && canSeeRoster(m_rosterPage->courseCode())) {
            m_pages->setCurrentWidget(m_rosterPage);
        }
        updateRosterAction();
        updateWindowTitle();
    });
    // Viewing saved while the quiz shows (another device's, after a sync) may unlock it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_quizPage || m_pages->currentWidget() != m_quizPage)
            return;
        const QModelIndex row
            = findRow(int(ProgrammeModel::NodeKind::Quiz), m_quizPage->lectureId());
        m_quizPage->setUnlocked(row.data(ProgrammeModel::QuizUnlockedRole).toBool());
    });
    restoreLayout();
}

void MainWindow::setUser(const QString &displayName)
{
    m_userLabel->setText(displayName.isEmpty() ? tr("Not logged in")
                                               : tr("Logged in as %1").arg(displayName));
}

void MainWindow::showNotice(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::followCurrentRow()
{
    const auto kind
        = ProgrammeModel::NodeKind(m_tree->currentIndex().data(ProgrammeModel::KindRole).toInt());
    const bool opensPlayer = kind == ProgrammeModel::NodeKind::Lecture;
    // The keys moved it when the tree has the focus and no mouse button is down (a click
    // changes the row on press).
    const bool byKeys = m_tree->hasFocus() && QApplication::mouseButtons() == Qt::NoButton;
    if (opensPlayer && byKeys) {
        m_arrowedRow.start();
        return;
    }
    m_arrowedRow.stop();
    showSelection();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    QList<QWidget *> regions;
    const QList<QToolBar *> toolBars = findChildren<QToolBar *>(Qt::FindDirectChildrenOnly);
    for (QToolBar *toolBar : toolBars)
        regions.append(toolBar);
    regions += {m_tree, m_pages, statusBar()};
    const QList<QWidget *> stops = tabStopsInReadingOrder(this, regions);
    if (QWidget *target = nextTabStop(stops, QApplication::focusWidget(), next)) {
        target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::showSelection()
{
    const CatalogSnapshot &snapshot = m_model->snapshot();
    const QModelIndex current = m_tree->currentIndex();
    const auto kind = ProgrammeModel::NodeKind(current.data(ProgrammeModel::KindRole).toInt());
    const Course *course = snapshot.course(current.data(ProgrammeModel::CourseCodeRole).toString());
    const QString lectureId = current.data(ProgrammeModel::IdRole).toString();
    const Lecture *lecture = m_model->lecture(lectureId);
    if (current.isValid() && course && lecture && kind == ProgrammeModel::NodeKind::Lecture) {
        // Reopened after another page was shown: leaving the player closes the lecture.
        LecturePage *page = lecturePage();
        if (page->lectureId() != lectureId || m_pages->currentWidget() != page) {
            leaveOpenPage(page);
            page->openLecture(*course, *lecture, m_model->progress(lectureId), lectureMode());
        }
        m_pages->setCurrentWidget(page);
        return;
    }
    if (current.isValid() && course && lecture && kind == ProgrammeModel::NodeKind::Quiz) {
        QuizPage *page = quizPage();
        if (page->lectureId() != lectureId || m_pages->currentWidget() != page) {
            leaveOpenPage(page);
            page->openQuiz(*course, *lecture,
                           current.data(ProgrammeModel::QuizUnlockedRole).toBool(), quizMode());
        }
        m_pages->setCurrentWidget(page);
        return;
    }
    leaveOpenPage(m_page);
    m_pages->setCurrentWidget(m_page);
    if (!current.isValid() || !course || kind == ProgrammeModel::NodeKind::Trimester) {
        m_page->showProgramme(snapshot);
        return;
    }
    m_page->showCourse(*course, snapshot.programme, snapshot.enrolment);
}

// Leaving the player saves viewing; leaving a quiz stops its clock (answers are saved already).
void MainWindow::leaveOpenPage(QWidget *next)
{
    QWidget *open = m_pages->currentWidget();
    if (open == next || !open)
        return;
    if (open == m_lecturePage)
        m_lecturePage->closeLecture();
    else if (open == m_quizPage)
        m_quizPage->closeQuiz();
}

QModelIndex MainWindow::findRow(int kind, const QString &id, const QModelIndex &parent) const
{
    if (kind < 0)
        return {};
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data(ProgrammeModel::KindRole).toInt() == kind
            && index.data(ProgrammeModel::IdRole).toString() == id) {
            return index;
        }
        if (const QModelIndex found = findRow(kind, id, index); found.isValid())
            return found;
    }
    return {};
}

void MainWindow::restoreLayout()
{
    QSettings &settings = *m_settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    // First start: the programme tree gets a readable third of the window, not what the
    // player's minimum size leaves over.
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({380, 720});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_lecturePage)
        m_lecturePage->closeLecture(); // saves viewing before the window goes
    if (m_quizPage)
        m_quizPage->closeQuiz();
    QSettings &settings = *m_settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/lastPage"), currentPageKey());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

} // namespace lectern

namespace lectern {

void MainWindow::setDownloads(DownloadManager *downloads, DownloadsPage *page)
{
    m_downloadsPage = page;
    m_pages->addWidget(page);

    auto *show
        = new QAction(QIcon(QStringLiteral(":/icons/downloads.svg")), tr("&Downloads"), this);
    show->setObjectName(QStringLiteral("downloadsAction"));
    show->setShortcut(QKeySequence(tr("Ctrl+J")));
    connect(show, &QAction::triggered, this, &MainWindow::showDownloads);
    addAction(show);
    const QList<QAction *> menus = menuBar()->actions();
    if (QMenu *fileMenu = menus.isEmpty() ? nullptr : menus.first()->menu())
        fileMenu->insertAction(fileMenu->actions().value(1), show);

    // Back from the Downloads page to the row that is still selected.
    connect(m_tree, &QTreeView::clicked, this, [this] {
        if (m_pages->currentWidget() == m_downloadsPage)
            showSelection();
    });
    connect(downloads, &DownloadManager::downloadFinished, this,
            [this, downloads](const QString &id) {
                const std::optional<DownloadRecord> record = downloads->download(id);
                notify(tr("Download finished"),
                       tr("Downloaded for offline viewing: %1").arg(record ? record->title : id));
            });
    connect(
        downloads, &DownloadManager::downloadFailed, this,
        [this, downloads](const QString &id, const Error &error) {
            const std::optional<DownloadRecord> record = downloads->download(id);
            showNotice(
                tr("Download of %1 stopped: %2").arg(record ? record->title : id, error.message));
        });
}

void MainWindow::showDownloads()
{
    if (!m_downloadsPage)
        return;
    leaveOpenPage(m_downloadsPage); // saves viewing, as leaving for any other page does
    m_pages->setCurrentWidget(m_downloadsPage);
}

// A row's own actions: the roster for a course its faculty teach, downloads for the rest.
void MainWindow::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const Course *course
        = m_model->snapshot().course(index.data(ProgrammeModel::CourseCodeRole).toString());
    if (!index.isValid() || !course)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("programmeTreeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = index.data(ProgrammeModel::IdRole).toString();
    const auto kind = ProgrammeModel::NodeKind(index.data(ProgrammeModel::KindRole).toInt());
    if (kind == ProgrammeModel::NodeKind::Course && canSeeRoster(course->code)) {
        QAction *roster = menu->addAction(tr("&Roster…"), this,
                                          [this, code = course->code] { showRoster(code); });
        roster->setObjectName(QStringLiteral("treeRosterAction"));
    }
    if (m_downloadsPage) {
        if (!menu->isEmpty())
            menu->addSeparator();
        switch (kind) {
        case ProgrammeModel::NodeKind::Lecture:
            m_downloadsPage->addActionsTo(menu, *course, 0, id);
            break;
        case ProgrammeModel::NodeKind::Week:
            m_downloadsPage->addActionsTo(menu, *course, id.toInt(), {});
            break;
        case ProgrammeModel::NodeKind::Course:
            m_downloadsPage->addActionsTo(menu, *course, 0, {});
            break;
        default:
            break;
        }
        if (!menu->actions().isEmpty() && !menu->actions().constLast()->isSeparator())
            menu->addSeparator();
        menu->addAction(tr("Show d&ownloads"), this, &MainWindow::showDownloads);
    }
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

} // namespace lectern

namespace lectern {

void MainWindow::setHome(DashboardPage *dashboard, SearchBox *searchBox)
{
    m_dashboard = dashboard;
    m_pages->addWidget(dashboard);
    m_pages->setCurrentWidget(dashboard); // the first page: what to do next

    auto *home = new QAction(QIcon(QStringLiteral(":/icons/home.svg")), tr("&Home"), this);
    home->setObjectName(QStringLiteral("homeAction"));
    home->setShortcuts({QKeySequence(tr("Ctrl+1")), QKeySequence(tr("Alt+Home"))});
    home->setToolTip(tr("This week, what to continue and your progress (Ctrl+1)"));
    connect(home, &QAction::triggered, this, &MainWindow::showHome);
    auto *toolBar = addToolBar(tr("Main"));
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(home);
    if (m_downloadsPage) {
        if (auto *downloads = findChild<QAction *>(QStringLiteral("downloadsAction")))
            toolBar->addAction(downloads);
    }
    toolBar->addAction(m_previewAsLearner);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(searchBox);
    const QList<QAction *> menus = menuBar()->actions();
    if (QMenu *fileMenu = menus.isEmpty() ? nullptr : menus.first()->menu())
        fileMenu->insertAction(fileMenu->actions().value(0), home);
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), home);

    // Ctrl+K as in many apps' command search, and the platform's Find keys.
    auto *find = new QAction(tr("&Search"), this);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcuts({QKeySequence(tr("Ctrl+F")), QKeySequence(tr("Ctrl+K"))});
    connect(find, &QAction::triggered, searchBox, [searchBox] {
        searchBox->setFocus(Qt::ShortcutFocusReason);
        searchBox->selectAll();
    });
    addAction(find);
    connect(searchBox, &SearchBox::lectureRequested, this, &MainWindow::openLecture);
    connect(searchBox, &SearchBox::courseRequested, this, &MainWindow::openCourse);
    connect(dashboard, &DashboardPage::lectureRequested, this, &MainWindow::openLecture);
    connect(dashboard, &DashboardPage::quizRequested, this, &MainWindow::openQuiz);
    connect(dashboard, &DashboardPage::liveSessionsRequested, this, &MainWindow::showLiveSessions);

    // A sync resets the model and the tree shows its selection again: Home stays on screen
    // when it was (these run after the constructor's own reset handlers).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_homeBeforeReset = m_pages->currentWidget() == m_dashboard; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_homeBeforeReset)
            return;
        m_pages->setCurrentWidget(m_dashboard);
        // A reset tree makes its first row current when it next gains focus (the window
        // activated, the login dialog closed), which would replace Home: say "no row" now.
        m_tree->setCurrentIndex(QModelIndex());
    });
    // Back from Home to the row clicked, even when it is the current one.
    connect(m_tree, &QTreeView::clicked, this, [this] {
        if (m_pages->currentWidget() == m_dashboard)
            showSelection();
    });
}

void MainWindow::showHome()
{
    if (!m_dashboard)
        return;
    leaveOpenPage(m_dashboard); // saves viewing, as leaving for any other page does
    // No row stays selected, so any click in the tree leaves Home for that row.
    m_tree->selectionModel()->clear();
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->refresh();
}

void MainWindow::openLecture(const QString &lectureId, qint64 positionMs)
{
    const QModelIndex row = findRow(int(ProgrammeModel::NodeKind::Lecture), lectureId);
    const Course *course = m_model->courseOf(lectureId);
    const Lecture *lecture = m_model->lecture(lectureId);
    if (!row.isValid() || !course || !lecture)
        return;
    if (positionMs >= 0) {
        // Opened here at the moment asked for; selecting the row below then finds it open.
        LecturePage *page = lecturePage();
        leaveOpenPage(page);
        LectureProgress progress = m_model->progress(lectureId);
        progress.positionMs = positionMs;
        page->openLecture(*course, *lecture, progress, lectureMode());
        m_pages->setCurrentWidget(page);
    }
    m_tree->scrollTo(row);
    m_tree->setCurrentIndex(row);
    showSelection();
}

void MainWindow::openQuiz(const QString &lectureId)
{
    const QModelIndex row = findRow(int(ProgrammeModel::NodeKind::Quiz), lectureId);
    if (!row.isValid())
        return;
    m_tree->scrollTo(row);
    m_tree->setCurrentIndex(row);
    showSelection();
}

void MainWindow::openCourse(const QString &courseCode)
{
    const QModelIndex row = m_model->indexOfCourse(courseCode);
    if (!row.isValid())
        return;
    m_tree->scrollTo(row);
    m_tree->setCurrentIndex(row);
    m_tree->expand(row);
    showSelection();
}

} // namespace lectern

namespace lectern {

void MainWindow::setLiveSessions(LiveSessionsPage *page, LiveSessionNotifier *notifier)
{
    m_liveSessionsPage = page;
    m_pages->addWidget(page);
    if (m_trayIcon)
        notifier->setTrayIcon(m_trayIcon);
    notifier->setReminderMinutes(page->reminderMinutes());
    connect(page, &LiveSessionsPage::reminderMinutesChanged, notifier,
            &LiveSessionNotifier::setReminderMinutes);
    // Without a tray the reminder still reaches the user, in the status bar.
    connect(notifier, &LiveSessionNotifier::reminderDue, this,
            [this](const QString &code, const QString &, const QDateTime &start) {
                if (!m_trayIcon)
                    showNotice(tr("%1 live session at %2, your time")
                                   .arg(code,
                                        QLocale().toString(start.toLocalTime().time(),
                                                           QLocale::ShortFormat)));
            });
    auto *show = new QAction(QIcon(QStringLiteral(":/icons/live.svg")), tr("&Live sessions"), this);
    show->setObjectName(QStringLiteral("liveSessionsAction"));
    show->setShortcut(QKeySequence(tr("Ctrl+L")));
    show->setToolTip(tr("Every course's weekly live session in your time zone (Ctrl+L)"));
    connect(show, &QAction::triggered, this, &MainWindow::showLiveSessions);
    addAction(show);
    // After Home in the View menu, beside Downloads in the tool bar.
    m_viewMenu->insertAction(m_viewMenu->actions().value(1), show);
    if (m_toolBar) {
        const QList<QAction *> tools = m_toolBar->actions();
        m_toolBar->insertAction(tools.value(tools.indexOf(m_previewAsLearner)), show);
    }
    // Back from the page to the row clicked, even when it is the current one.
    connect(m_tree, &QTreeView::clicked, this, [this] {
        if (m_pages->currentWidget() == m_liveSessionsPage)
            showSelection();
    });
}

void MainWindow::showLiveSessions()
{
    if (!m_liveSessionsPage)
        return;
    leaveOpenPage(m_liveSessionsPage); // saves viewing, as leaving for any other page does
    m_tree->selectionModel()->clear();
    m_pages->setCurrentWidget(m_liveSessionsPage);
}

LecturePage *MainWindow::lecturePage() const
{
    if (!m_lecturePage) {
        m_lecturePage = m_makeLecturePage();
        m_pages->addWidget(m_lecturePage);
    }
    return m_lecturePage;
}

QuizPage *MainWindow::quizPage() const
{
    if (!m_quizPage) {
        m_quizPage = m_makeQuizPage();
        m_pages->addWidget(m_quizPage);
    }
    return m_quizPage;
}

bool MainWindow::isFaculty() const
{
    return m_model->snapshot().enrolment.role == u"faculty";
}

// Faculty see their courses as learners will, without recording anything: with the keys and
// the quiz open, or, with the switch on, exactly as a learner meets them.
LecturePlayback::Mode MainWindow::lectureMode() const
{
    if (!isFaculty())
        return LecturePlayback::Mode::Learner;
    return m_previewAsLearner->isChecked() ? LecturePlayback::Mode::LearnerPreview
                                           : LecturePlayback::Mode::Preview;
}

QuizPage::Mode MainWindow::quizMode() const
{
    if (!isFaculty())
        return QuizPage::Mode::Learner;
    return m_previewAsLearner->isChecked() ? QuizPage::Mode::LearnerPreview
                                           : QuizPage::Mode::Preview;
}

// The lecture or quiz on screen opens again in the mode just chosen.
void MainWindow::reopenCurrentPage()
{
    QWidget *open = m_pages->currentWidget();
    if (open != m_lecturePage && open != m_quizPage)
        return;
    leaveOpenPage(m_page);
    m_pages->setCurrentWidget(m_page);
    showSelection();
}

void MainWindow::leavePage()
{
    QWidget *open = m_pages->currentWidget();
    if (m_rosterPage && open == m_rosterPage) {
        openCourse(m_rosterPage->courseCode());
        return;
    }
    if (open == m_lecturePage || open == m_quizPage) {
        const QString code = m_tree->currentIndex().data(ProgrammeModel::CourseCodeRole).toString();
        if (!code.isEmpty()) {
            openCourse(code);
            return;
        }
    }
    if (open != m_dashboard)
        showHome();
}

void MainWindow::notify(const QString &title, const QString &message)
{
    if (m_trayIcon && m_trayIcon->isVisible())
        m_trayIcon->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    else
        showNotice(message);
}

namespace {

// The versions of the libraries that play and store, as loaded now (not as built against):
// both are system libraries Debian updates on its own.
QString gstreamerVersion()
{
    QLibrary library(QStringLiteral("gstreamer-1.0"), 0);
    using Version = void (*)(unsigned *, unsigned *, unsigned *, unsigned *);
    if (auto version = reinterpret_cast<Version>(library.resolve("gst_version"))) {
        unsigned major = 0, minor = 0, micro = 0, nano = 0;
        version(&major, &minor, &micro, &nano);
        return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
    }
    return MainWindow::tr("not found");
}

QString sqliteVersion()
{
    QLibrary library(QStringLiteral("sqlite3"), 0);
    using Version = const char *(*)();
    if (auto version = reinterpret_cast<Version>(library.resolve("sqlite3_libversion")))
        return QString::fromLatin1(version());
    return MainWindow::tr("not found");
}

} // namespace

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Lectern"),
                                tr("<h3>Lectern %1</h3><p>Lectures, quizzes and progress for "
                                   "online clinical programmes, online or offline.</p>"
                                   "<p>Qt %2<br>GStreamer %3<br>SQLite %4</p>")
                                    .arg(QStringLiteral(LECTERN_VERSION), QLatin1String(qVersion()),
                                         gstreamerVersion(), sqliteVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/lectern.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::currentPageKey() const
{
    QWidget *open = m_pages->currentWidget();
    if (open == m_dashboard)
        return QStringLiteral("home");
    if (open == m_liveSessionsPage)
        return QStringLiteral("live");
    if (open == m_downloadsPage)
        return QStringLiteral("downloads");
    if (open == m_lecturePage)
        return QStringLiteral("lecture:") + m_lecturePage->lectureId();
    if (open == m_quizPage)
        return QStringLiteral("quiz:") + m_quizPage->lectureId();
    // The roster is the course's at the next start: it is other people's data, fetched only
    // when asked for, and the session it needs may not be back yet when the window shows.
    if (m_rosterPage && open == m_rosterPage)
        return QStringLiteral("course:") + m_rosterPage->courseCode();
    const QString code = m_tree->currentIndex().data(ProgrammeModel::CourseCodeRole).toString();
    return code.isEmpty() ? QStringLiteral("home") : QStringLiteral("course:") + code;
}

// Once, when the programme first shows: the page the window was closed on.
void MainWindow::restoreLastPage()
{
    if (m_lastPageRestored || m_model->rowCount() == 0)
        return;
    m_lastPageRestored = true;
    const QString key = m_settings->value(QStringLiteral("window/lastPage")).toString();
    const QString id = key.section(u':', 1);
    if (key == u"live")
        showLiveSessions();
    else if (key == u"downloads")
        showDownloads();
    else if (key.startsWith(u"course:"))
        openCourse(id);
    else if (key.startsWith(u"lecture:"))
        openLecture(id);
    else if (key.startsWith(u"quiz:"))
        openQuiz(id);
}

bool MainWindow::canSeeRoster(const QString &courseCode) const
{
    const Enrolment &viewer = m_model->snapshot().enrolment;
    return !courseCode.isEmpty() && m_page->apiClient() && isFaculty()
        && viewer.teachingCourses.contains(courseCode);
}

void MainWindow::showRoster(const QString &courseCode)
{
    const Course *course = m_model->snapshot().course(courseCode);
    if (!course || !canSeeRoster(courseCode))
        return;
    // The course's row stays current in the tree, so Esc and a click on it lead back to it.
    const QModelIndex row = m_model->indexOfCourse(courseCode);
    if (m_tree->currentIndex() != row) {
        m_tree->scrollTo(row);
        m_tree->setCurrentIndex(row);
    }
    if (!m_rosterPage) {
        // The API client is the course page's, which clientapp gives it for the roster button.
        m_rosterPage = new RosterPage(m_page->apiClient(), this);
        m_pages->addWidget(m_rosterPage);
        connect(m_rosterPage, &QWidget::windowTitleChanged, this, &MainWindow::updateWindowTitle);
    }
    leaveOpenPage(m_rosterPage); // saves viewing, as leaving for any other page does
    m_rosterPage->showCourse(courseCode, course->title); // fetched fresh each time
    m_pages->setCurrentWidget(m_rosterPage);
    updateWindowTitle();
}

QString MainWindow::currentCourseCode() const
{
    if (m_rosterPage && m_pages->currentWidget() == m_rosterPage)
        return m_rosterPage->courseCode();
    return m_tree->currentIndex().data(ProgrammeModel::CourseCodeRole).toString();
}

// Learners never see the entry; faculty see it, usable on a course they teach.
void MainWindow::updateRosterAction()
{
    m_rosterAction->setVisible(isFaculty() && m_page->apiClient());
    m_rosterAction->setEnabled(canSeeRoster(currentCourseCode()));
}

QString MainWindow::pageTitle() const
{
    QWidget *open = m_pages->currentWidget();
    if (!open || open == m_dashboard)
        return {};
    if (m_rosterPage && open == m_rosterPage)
        return m_rosterPage->windowTitle();
    // The tool bar's words for these pages (iconText is the text without its "&").
    if (open == m_liveSessionsPage || open == m_downloadsPage) {
        const auto *action
            = findChild<QAction *>(open == m_liveSessionsPage ? QStringLiteral("liveSessionsAction")
                                                              : QStringLiteral("downloadsAction"));
        return action ? action->iconText() : QString();
    }
    const QString lectureId = m_tree->currentIndex().data(ProgrammeModel::IdRole).toString();
    if (const Lecture *lecture = m_model->lecture(lectureId);
        lecture && (open == m_lecturePage || open == m_quizPage)) {
        return open == m_quizPage ? lecture->quiz.title : lecture->title;
    }
    const Course *course = m_model->snapshot().course(currentCourseCode());
    if (open == m_page && course)
        return QStringLiteral("%1 %2").arg(course->code, course->title);
    return {};
}

void MainWindow::updateWindowTitle()
{
    const QString app
        = m_previewAsLearner->isChecked() ? tr("Lectern — previewing as a learner") : tr("Lectern");
    const QString page = pageTitle();
    setWindowTitle(page.isEmpty() ? app : tr("%1 — %2", "page — application").arg(page, app));
}

// View → Language: stored for the next start, when main.cpp installs its translations before
// the first widget is built.
void MainWindow::addLanguageMenu()
{
    m_viewMenu->addSeparator();
    QMenu *menu = m_viewMenu->addMenu(tr("Lan&guage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const LanguageChoice::Language stored = LanguageChoice::stored(*m_settings);
    for (const LanguageChoice::Language language : LanguageChoice::all()) {
        const QString name = LanguageChoice::nativeName(language);
        QAction *action = menu->addAction(name.isEmpty() ? tr("&System language") : name);
        action->setObjectName(QStringLiteral("languageAction_") + LanguageChoice::code(language));
        action->setCheckable(true);
        action->setChecked(language == stored);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }
}

void MainWindow::chooseLanguage(LanguageChoice::Language language)
{
    if (LanguageChoice::stored(*m_settings) == language)
        return;
    LanguageChoice::store(*m_settings, language);
    m_settings->sync();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Lectern will use the new language the next time it starts."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lectern
