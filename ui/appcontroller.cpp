#include "appcontroller.h"

#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "player/lecturepage.h"
#include "quiz/quizpage.h"
#include "store/localstore.h"
#include "sync/progresssync.h"
#include "sync/sessionvault.h"
#include "sync/syncscheduler.h"
#include "syncstatuswidget.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMessageBox>

namespace lectern {

AppController::AppController(Options options, LocalStore *store, ApiClient *api,
                             SessionVault *vault, ProgrammeModel *model, MainWindow *window,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(store)
    , m_api(api)
    , m_vault(vault)
    , m_model(model)
    , m_window(window)
    , m_scheduler(new SyncScheduler(api, store, this))
{
    // Emitted before opened(): the box shows before the login.
    connect(m_store, &LocalStore::databaseRecovered, this,
            [this](const QString &backupPath, int salvagedEvents) {
                QMessageBox::warning(
                    m_window, tr("Local data was damaged"),
                    tr("The data saved on this computer could not be read. It was kept in %1. "
                       "%n change(s) not yet sent could be read from it and will be sent; the "
                       "programme and your progress will be downloaded again.",
                       nullptr, salvagedEvents)
                        .arg(backupPath));
            });
    connect(m_store, &LocalStore::opened, this, [this] {
        m_store->loadAsync();
        m_vault->restore(this, [this](Session session) {
            if (session.isValid() && m_options.server.isEmpty())
                beginSession(session);
            else
                showLogin();
        });
    });
    connect(m_store, &LocalStore::catalogLoaded, this, [this](const CatalogSnapshot &snapshot) {
        m_snapshot = snapshot;
        m_model->setSnapshot(snapshot);
        if (m_loginDialog)
            m_loginDialog->setOfflineAvailable(!m_snapshot.isEmpty());
        m_store->loadProgressAsync();
        Q_EMIT catalogShown(int(snapshot.courses.size()));
    });
    connect(m_store, &LocalStore::cleared, this, [this] { m_store->loadAsync(); });
    connect(m_store, &LocalStore::progressLoaded, m_model, &ProgrammeModel::setProgress);
    connect(m_store, &LocalStore::viewingRecorded, this, [this](const ViewingRecorded &recorded) {
        m_model->updateProgress(recorded.progress);
        m_window->lecturePage()->showProgress(recorded.progress, recorded.quizJustUnlocked);
        if (recorded.quizJustUnlocked) {
            const Lecture *lecture = m_model->lecture(recorded.progress.lectureId);
            m_window->showNotice(
                tr("Unlocked: %1")
                    .arg(lecture ? lecture->quiz.title : recorded.progress.lectureId));
        }
    });
    connect(m_store, &LocalStore::operationFailed, this, [this](const Error &error) {
        // A failure during a run is the run's: the scheduler shows it and retries.
        if (!m_scheduler->isRunning())
            m_window->showNotice(error.message);
    });

    // The scheduler decides when (docs/protocol.md, "Client schedule"); this shows the outcome.
    connect(m_scheduler, &SyncScheduler::statusChanged, this, &AppController::showSyncStatus);
    connect(m_scheduler, &SyncScheduler::catalogSynced, this, [this] { m_store->loadAsync(); });
    connect(m_scheduler, &SyncScheduler::progressSynced, this,
            [this](const ProgressSyncResult &result) {
                if (result.pulled > 0)
                    m_store->loadProgressAsync();
                for (const OutboxEvent &event : result.newlyRefused)
                    m_window->showNotice(
                        tr("The server refused a change: %1").arg(event.refusedReason));
                Q_EMIT progressSynced(result);
            });
    m_window->syncStatus()->setDescriber([this](const OutboxEvent &event) {
        const Lecture *lecture
            = m_model->lecture(event.payload.value(QStringLiteral("lecture_id")).toString());
        if (!lecture)
            return QString();
        // The lecture's title in both: a quiz's own title already starts with "Quiz:" in the
        // catalog's language, which would read twice.
        return event.kind == u"quiz_attempt" ? tr("Quiz: %1").arg(lecture->title)
                                             : tr("Lecture: %1").arg(lecture->title);
    });
    // The counts shown before the first sync, or without one (working offline).
    connect(m_store, &LocalStore::opened, this, [this] { m_store->loadOutboxStatusAsync(); });
    // A timed attempt whose time ran out while Lectern was closed is submitted now, as its page
    // would have done at the deadline, so it reaches the server at the next sync.
    connect(m_store, &LocalStore::opened, this,
            [this] { m_store->submitExpiredAttemptsAsync(QDateTime::currentDateTimeUtc()); });
    connect(m_store, &LocalStore::expiredAttemptsSubmitted, this,
            [this](const QList<Attempt> &attempts) {
                m_window->showNotice(tr("%n timed quiz attempt(s) ran out of time while Lectern "
                                        "was closed and were submitted with the answers given.",
                                        nullptr, int(attempts.size())));
            });

    // The last changes (the lecture closed with the window) go to the server before the
    // window does, and quitting by other means waits for them too; both at most a few seconds.
    m_window->installEventFilter(this);
    connect(m_scheduler, &SyncScheduler::readyToQuit, this, [this] {
        if (m_closing != Closing::Syncing)
            return;
        m_closing = Closing::Done;
        m_window->close();
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &AppController::finalSyncOnAboutToQuit);

    connect(m_api, &ApiClient::sessionExpired, this, [this] {
        m_scheduler->stop();
        m_vault->forget();
        m_session = {};
        m_window->setUser({});
        showLogin();
    });

    connect(m_window, &MainWindow::syncRequested, this, &AppController::syncNow);
    connect(m_window, &MainWindow::loginRequested, this, &AppController::showLogin);
    connect(m_window, &MainWindow::logoutRequested, this, &AppController::logout);
}

void AppController::start()
{
    m_window->setUser({});
    m_store->openAsync();
}

LoginDialog *AppController::loginDialog() const
{
    return m_loginDialog;
}

void AppController::showLogin()
{
    if (m_loginDialog)
        return m_loginDialog->raise();
    m_loginDialog = new LoginDialog(m_api, m_window);
    m_loginDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog->setServer(!m_options.server.isEmpty() ? m_options.server
                                                         : m_vault->rememberedServer());
    m_loginDialog->setUsername(!m_options.username.isEmpty() ? m_options.username
                                                             : m_vault->rememberedUsername());
    m_loginDialog->setPassword(m_options.password);
    m_loginDialog->setRememberMe(m_vault->isRemembering());
    m_loginDialog->setOfflineAvailable(!m_snapshot.isEmpty());
    connect(m_loginDialog, &LoginDialog::loggedIn, this, [this](const Session &session) {
        if (m_loginDialog && m_loginDialog->rememberMe())
            m_vault->remember(session);
        else
            m_vault->forget();
        beginSession(session);
    });
    connect(m_loginDialog, &LoginDialog::workOfflineRequested, this, [this] {
        m_workingOffline = true;
        m_window->syncStatus()->showWorkingOffline();
    });
    m_loginDialog->open();
}

void AppController::beginSession(const Session &session)
{
    // Another person's programme must not be mixed with this one: start from empty. The store
    // refuses ("unsent_changes") while the previous person's changes wait for the server; this
    // session then does not begin, so those changes are neither lost nor sent as this person's.
    if (!m_snapshot.username.isEmpty() && m_snapshot.username != session.username) {
        auto *pending = new QObject(this);
        connect(m_store, &LocalStore::cleared, pending, [this, session, pending] {
            m_store->disconnect(pending);
            pending->deleteLater();
            m_snapshot = {};
            beginSession(session);
        });
        connect(
            m_store, &LocalStore::operationFailed, pending, [this, pending](const Error &error) {
                if (error.code != u"unsent_changes")
                    return;
                m_store->disconnect(pending);
                pending->deleteLater();
                QMessageBox::warning(m_window, tr("Changes are waiting to be sent"), error.message);
                // The dialog that logged in deletes itself on close; ask again once it is gone.
                if (m_loginDialog)
                    connect(m_loginDialog, &QObject::destroyed, this, &AppController::showLogin,
                            Qt::QueuedConnection);
                else
                    showLogin();
            });
        m_store->clearAsync();
        return;
    }
    m_session = session;
    m_workingOffline = false;
    m_api->setServer(session.server);
    m_api->setToken(session.token);
    m_window->setUser(session.displayName.isEmpty() ? session.username : session.displayName);
    syncNow();
}

void AppController::syncNow()
{
    if (!m_session.isValid()) {
        showLogin();
        return;
    }
    if (m_scheduler->isActive())
        m_scheduler->syncNow();
    else
        m_scheduler->start(); // at start, and after a login: a run now, then on schedule
}

void AppController::showSyncStatus(const SyncStatus &status)
{
    SyncStatusWidget *widget = m_window->syncStatus();
    widget->showStatus(status);
    // Working offline by choice says so until a session begins.
    if (m_workingOffline && !m_scheduler->isActive())
        widget->showWorkingOffline();
    Q_EMIT syncStatusChanged(status.waiting, int(status.refused.size()), status.error);
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    if (m_closing == Closing::Syncing) {
        event->ignore(); // already on its way out
        return true;
    }
    if (m_closing == Closing::Done || !m_scheduler->isActive())
        return false; // MainWindow::closeEvent saves the layout and the window goes
    // The open lecture and quiz save first: their store calls are queued before the final
    // push reads the outbox, on the same store thread, so it sends them.
    if (auto *lecture = m_window->findChild<LecturePage *>())
        lecture->closeLecture();
    if (auto *quiz = m_window->findChild<QuizPage *>())
        quiz->closeQuiz();
    m_closing = Closing::Syncing;
    m_window->setEnabled(false);
    m_window->showNotice(tr("Sending your last changes to the server…"));
    m_scheduler->finishBeforeQuit();
    event->ignore();
    return true;
}

void AppController::finalSyncOnAboutToQuit()
{
    if (m_closing == Closing::Done || !m_scheduler->isActive())
        return;
    // The event loop is ending (quit() from elsewhere than the window): a short local loop is
    // the only way left to let the final push finish. No window is waiting for input any
    // more, and the scheduler ends it after its quit wait whatever the server does.
    QEventLoop loop;
    connect(m_scheduler, &SyncScheduler::readyToQuit, &loop, &QEventLoop::quit);
    if (m_closing == Closing::No)
        m_scheduler->finishBeforeQuit();
    m_closing = Closing::Done;
    loop.exec();
}

void AppController::logout()
{
    m_scheduler->stop();
    m_vault->forget();
    m_session = {};
    m_api->setToken({});
    m_window->setUser({});
    showLogin();
}

} // namespace lectern
