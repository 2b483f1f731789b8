#include "mainwindow.h"

#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "pages/dashboardpage.h"
#include "pages/downloadspage.h"
#include "player/lecturepage.h"
#include "quiz/quizpage.h"
#include "search/searchbox.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

namespace lectern {

MainWindow::MainWindow(ProgrammeModel *model, QSettings *settings, LecturePage *lecturePage,
                       QuizPage *quizPage, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_settings(settings)
    , m_tree(new QTreeView(this))
    , m_page(new CoursePage(this))
    , m_lecturePage(lecturePage)
    , m_quizPage(quizPage)
    , m_pages(new QStackedWidget(this))
    , m_syncLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_syncButton(new QPushButton(tr("Sync now"), this))
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
    m_pages->addWidget(m_lecturePage);
    m_pages->addWidget(m_quizPage);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_syncButton);
    connect(m_syncButton, &QPushButton::clicked, this, &MainWindow::syncRequested);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Sync now"), QKeySequence::Refresh, this, &MainWindow::syncRequested);
    fileMenu->addAction(tr("Log &in…"), this, &MainWindow::loginRequested);
    fileMenu->addAction(tr("Log &out"), this, &MainWindow::logoutRequested);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Lectern"), this, [this] {
        QMessageBox::about(this, tr("About Lectern"),
                           tr("<h3>Lectern %1</h3><p>Lectures, quizzes and progress for "
                              "online clinical programmes, online or offline.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QStringLiteral(LECTERN_VERSION), QLatin1String(qVersion())));
    });

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        m_selectedKind = current.isValid() ? current.data(ProgrammeModel::KindRole).toInt() : -1;
        m_selectedId = current.data(ProgrammeModel::IdRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Trimesters stay open so the plan reads at a glance; courses open on demand.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->expand(m_model->index(row, 0));
        // A sync reloads the whole tree: the lecture or quiz in use stays on screen.
        if (const QModelIndex row = findRow(m_selectedKind, m_selectedId); row.isValid()) {
            m_tree->scrollTo(row);
            m_tree->setCurrentIndex(row);
        }
        showSelection();
    });
    // Viewing saved while the quiz shows (another device's, after a sync) may unlock it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_pages->currentWidget() != m_quizPage)
            return;
        const QModelIndex row
            = findRow(int(ProgrammeModel::NodeKind::Quiz), m_quizPage->lectureId());
        m_quizPage->setUnlocked(row.data(ProgrammeModel::QuizUnlockedRole).toBool());
    });
    setSyncState(SyncState::Idle);
    restoreLayout();
}

void MainWindow::setSyncState(SyncState state, const QString &detail)
{
    QString text;
    switch (state) {
    case SyncState::Idle:
        text = tr("Not synced yet");
        break;
    case SyncState::Syncing:
        text = tr("Syncing…");
        break;
    case SyncState::UpToDate:
        text = tr("Up to date");
        break;
    case SyncState::Offline:
        text = tr("Offline: showing the programme saved on this computer");
        break;
    case SyncState::Failed:
        text = tr("Sync failed");
        break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(" — ") + detail;
    m_syncLabel->setText(text);
    m_syncButton->setEnabled(state != SyncState::Syncing);
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

void MainWindow::showSelection()
{
    const CatalogSnapshot &snapshot = m_model->snapshot();
    const QModelIndex current = m_tree->currentIndex();
    const auto kind = ProgrammeModel::NodeKind(current.data(ProgrammeModel::KindRole).toInt());
    const Course *course = snapshot.course(current.data(ProgrammeModel::CourseCodeRole).toString());
    // Faculty see their courses as learners will, without recording anything.
    const bool faculty = snapshot.enrolment.role == u"faculty";
    const QString lectureId = current.data(ProgrammeModel::IdRole).toString();
    const Lecture *lecture = m_model->lecture(lectureId);
    if (current.isValid() && course && lecture && kind == ProgrammeModel::NodeKind::Lecture) {
        // Reopened after another page was shown: leaving the player closes the lecture.
        if (m_lecturePage->lectureId() != lectureId || m_pages->currentWidget() != m_lecturePage) {
            leaveOpenPage(m_lecturePage);
            const auto mode
                = faculty ? LecturePlayback::Mode::Preview : LecturePlayback::Mode::Learner;
            m_lecturePage->openLecture(*course, *lecture, m_model->progress(lectureId), mode);
        }
        m_pages->setCurrentWidget(m_lecturePage);
        return;
    }
    if (current.isValid() && course && lecture && kind == ProgrammeModel::NodeKind::Quiz) {
        if (m_quizPage->lectureId() != lectureId || m_pages->currentWidget() != m_quizPage) {
            leaveOpenPage(m_quizPage);
            m_quizPage->openQuiz(*course, *lecture,
                                 current.data(ProgrammeModel::QuizUnlockedRole).toBool(),
                                 faculty ? QuizPage::Mode::Preview : QuizPage::Mode::Learner);
        }
        m_pages->setCurrentWidget(m_quizPage);
        return;
    }
    leaveOpenPage(m_page);
    m_pages->setCurrentWidget(m_page);
    if (!current.isValid() || !course || kind == ProgrammeModel::NodeKind::Trimester) {
        m_page->showProgramme(snapshot);
        return;
    }
    m_page->showCourse(*course, snapshot.programme);
}

// Leaving the player saves viewing; leaving a quiz stops its clock (answers are saved already).
void MainWindow::leaveOpenPage(QWidget *next)
{
    QWidget *open = m_pages->currentWidget();
    if (open == next)
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
    m_lecturePage->closeLecture(); // saves viewing before the window goes
    m_quizPage->closeQuiz();
    QSettings &settings = *m_settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
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

    auto *show = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Downloads"), this);
    show->setObjectName(QStringLiteral("downloadsAction"));
    show->setShortcut(QKeySequence(tr("Ctrl+J")));
    connect(show, &QAction::triggered, this, &MainWindow::showDownloads);
    addAction(show);
    const QList<QAction *> menus = menuBar()->actions();
    if (QMenu *fileMenu = menus.isEmpty() ? nullptr : menus.first()->menu())
        fileMenu->insertAction(fileMenu->actions().value(1), show);

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    // Back from the Downloads page to the row that is still selected.
    connect(m_tree, &QTreeView::clicked, this, [this] {
        if (m_pages->currentWidget() == m_downloadsPage)
            showSelection();
    });
    connect(
        downloads, &DownloadManager::downloadFinished, this, [this, downloads](const QString &id) {
            const std::optional<DownloadRecord> record = downloads->download(id);
            showNotice(tr("Downloaded for offline viewing: %1").arg(record ? record->title : id));
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

void MainWindow::showTreeMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const Course *course
        = m_model->snapshot().course(index.data(ProgrammeModel::CourseCodeRole).toString());
    if (!m_downloadsPage || !index.isValid() || !course)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("programmeTreeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = index.data(ProgrammeModel::IdRole).toString();
    switch (ProgrammeModel::NodeKind(index.data(ProgrammeModel::KindRole).toInt())) {
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
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("Show d&ownloads"), this, &MainWindow::showDownloads);
    menu->popup(m_tree->viewport()->mapToGlobal(position));
}

} // namespace lectern

namespace lectern {

void MainWindow::setHome(DashboardPage *dashboard, SearchBox *searchBox)
{
    m_dashboard = dashboard;
    m_pages->addWidget(dashboard);
    m_pages->setCurrentWidget(dashboard); // the first page: what to do next

    auto *home = new QAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Home"), this);
    home->setObjectName(QStringLiteral("homeAction"));
    home->setShortcut(QKeySequence(tr("Alt+Home")));
    home->setToolTip(tr("This week, what to continue and your progress (Alt+Home)"));
    connect(home, &QAction::triggered, this, &MainWindow::showHome);
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(home);
    if (m_downloadsPage) {
        if (auto *downloads = findChild<QAction *>(QStringLiteral("downloadsAction")))
            toolBar->addAction(downloads);
    }
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(searchBox);
    const QList<QAction *> menus = menuBar()->actions();
    if (QMenu *fileMenu = menus.isEmpty() ? nullptr : menus.first()->menu())
        fileMenu->insertAction(fileMenu->actions().value(0), home);

    // Ctrl+K as in many apps' command search, and the platform's Find keys.
    auto *find = new QAction(tr("&Search"), this);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcuts({QKeySequence(tr("Ctrl+K")), QKeySequence(QKeySequence::Find)});
    connect(find, &QAction::triggered, searchBox, [searchBox] {
        searchBox->setFocus(Qt::ShortcutFocusReason);
        searchBox->selectAll();
    });
    addAction(find);
    connect(searchBox, &SearchBox::lectureRequested, this, &MainWindow::openLecture);
    connect(searchBox, &SearchBox::courseRequested, this, &MainWindow::openCourse);
    connect(dashboard, &DashboardPage::lectureRequested, this, &MainWindow::openLecture);
    connect(dashboard, &DashboardPage::quizRequested, this, &MainWindow::openQuiz);

    // A sync resets the model and the tree shows its selection again: Home stays on screen
    // when it was (these run after the constructor's own reset handlers).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_homeBeforeReset = m_pages->currentWidget() == m_dashboard; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_homeBeforeReset)
            m_pages->setCurrentWidget(m_dashboard);
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
        leaveOpenPage(m_lecturePage);
        LectureProgress progress = m_model->progress(lectureId);
        progress.positionMs = positionMs;
        const bool faculty = m_model->snapshot().enrolment.role == u"faculty";
        m_lecturePage->openLecture(*course, *lecture, progress,
                                   faculty ? LecturePlayback::Mode::Preview
                                           : LecturePlayback::Mode::Learner);
        m_pages->setCurrentWidget(m_lecturePage);
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
