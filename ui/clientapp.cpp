#include "clientapp.h"

#include "livesessionnotifier.h"
#include "mainwindow.h"
#include "media/downloadmanager.h"
#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "pages/dashboardpage.h"
#include "pages/downloadspage.h"
#include "pages/livesessionspage.h"
#include "player/lecturepage.h"
#include "quiz/quizpage.h"
#include "search/searchbox.h"
#include "search/transcriptindexer.h"
#include "store/localstore.h"
#include "sync/sessionvault.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>

namespace lectern {

ClientApp::ClientApp(const Options &options)
    : m_network(std::make_unique<QNetworkAccessManager>())
    , m_api(std::make_unique<ApiClient>(m_network.get()))
    , m_settings(options.settingsPath.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(options.settingsPath, QSettings::IniFormat))
    , m_vault(std::make_unique<SessionVault>(m_settings.get()))
    , m_store(std::make_unique<LocalStore>(
          QDir(options.dataDir).filePath(QStringLiteral("lectern.sqlite"))))
    , m_model(std::make_unique<ProgrammeModel>())
    , m_downloads(std::make_unique<DownloadManager>(
          m_network.get(), m_api.get(), m_store.get(),
          QDir(options.dataDir).filePath(QStringLiteral("media"))))
    , m_window(std::make_unique<MainWindow>(
          m_model.get(), m_settings.get(),
          [api = m_api.get(), store = m_store.get(), downloads = m_downloads.get()] {
              // Downloaded lectures play from disk from the start.
              auto *page = new LecturePage(api, store);
              page->setDownloads(downloads);
              return page;
          },
          [store = m_store.get()] { return new QuizPage(store); }))
    , m_controller(std::make_unique<AppController>(options.login, m_store.get(), m_api.get(),
                                                   m_vault.get(), m_model.get(), m_window.get()))
{
    // The download queue runs once a sync has shown that the session works.
    DownloadManager *downloads = m_downloads.get();
    m_window->setDownloads(downloads, new DownloadsPage(downloads, m_settings.get()));
    // Faculty open their courses' rosters from the course page (docs/protocol.md).
    m_window->coursePage()->setApiClient(m_api.get());
    QObject::connect(
        m_store.get(), &LocalStore::opened, downloads, [downloads] { downloads->load(); },
        Qt::SingleShotConnection);
    QObject::connect(m_store.get(), &LocalStore::pageApplied, downloads,
                     [downloads](int, bool hasMore) {
                         if (!hasMore)
                             downloads->startQueue();
                     });
    // The catalog is cleared when someone else logs in on this computer: their lectures must
    // not be handed the previous person's downloads either.
    QObject::connect(m_store.get(), &LocalStore::cleared, downloads, [downloads] {
        QStringList lectureIds;
        for (const DownloadRecord &record : downloads->downloads())
            lectureIds.append(record.lectureId);
        downloads->remove(lectureIds);
    });

    // Home first, search in the tool bar (docs/search.md). Transcripts are indexed from
    // downloaded copies at start and after each download, from the server after each sync.
    auto *searchBox = new SearchBox(m_store.get());
    m_window->setHome(new DashboardPage(m_store.get(), m_model.get()), searchBox);
    auto *indexer = new TranscriptIndexer(m_api.get(), m_store.get(), downloads, m_window.get());
    const auto indexDownloaded = [indexer] {
        indexer->start(TranscriptIndexer::Sources::DownloadedOnly);
    };
    QObject::connect(downloads, &DownloadManager::loaded, indexer, indexDownloaded);
    QObject::connect(downloads, &DownloadManager::downloadFinished, indexer, indexDownloaded);
    QObject::connect(m_store.get(), &LocalStore::pageApplied, indexer, [indexer](int, bool more) {
        if (!more)
            indexer->start(TranscriptIndexer::Sources::Any);
    });
    // Live sessions and their reminders follow the catalog as the tree shows it.
    auto *liveSessions = new LiveSessionsPage(m_settings.get());
    auto *notifier = new LiveSessionNotifier(m_window.get());
    m_window->setLiveSessions(liveSessions, notifier);
    ProgrammeModel *model = m_model.get();
    MainWindow *window = m_window.get();
    QObject::connect(m_controller.get(), &AppController::catalogShown, liveSessions,
                     [liveSessions, notifier, model, window] {
                         liveSessions->setCatalog(model->snapshot());
                         notifier->setCatalog(model->snapshot());
                         window->restoreLastPage();
                     });
    // A quiz unlocked by watching is also a desktop notification (the status bar already
    // says so).
    QObject::connect(m_store.get(), &LocalStore::viewingRecorded, window,
                     [window, model](const ViewingRecorded &recorded) {
                         if (!recorded.quizJustUnlocked || !window->trayIcon())
                             return;
                         const Lecture *lecture = model->lecture(recorded.progress.lectureId);
                         window->notify(MainWindow::tr("Quiz unlocked"),
                                        lecture ? lecture->quiz.title
                                                : recorded.progress.lectureId);
                     });
    QObject::connect(indexer, &TranscriptIndexer::started, searchBox,
                     [searchBox] { searchBox->setIndexingStatus(true); });
    QObject::connect(indexer, &TranscriptIndexer::finished, searchBox,
                     [searchBox] { searchBox->setIndexingStatus(false); });
}

// Members go in reverse order: the controller before the window it drives, the store (which
// joins its thread) after everything that talks to it.
ClientApp::~ClientApp() = default;

// The store opens on its own thread while the window is shown and painted.
void ClientApp::start()
{
    m_controller->start();
    m_window->show();
}

} // namespace lectern
