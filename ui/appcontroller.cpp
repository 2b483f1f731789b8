#include "appcontroller.h"

#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "player/lecturepage.h"
#include "store/localstore.h"
#include "sync/catalogsync.h"
#include "sync/progresssync.h"
#include "sync/sessionvault.h"

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
    , m_sync(new CatalogSync(api, store, this))
    , m_progressSync(new ProgressSync(api, store, this))
{
    m_progressDebounce.setSingleShot(true);
    m_progressDebounce.setInterval(2000);
    connect(&m_progressDebounce, &QTimer::timeout, this, &AppController::syncProgressSoon);

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
        if (!m_sync->isRunning() && !m_progressSync->isRunning())
            m_window->setSyncState(MainWindow::SyncState::Failed, error.message);
    });

    connect(m_sync, &CatalogSync::started, this,
            [this] { m_window->setSyncState(MainWindow::SyncState::Syncing); });
    // The catalog first (the lectures progress and quizzes belong to), then progress: the
    // status says "up to date" only once the server has confirmed every change.
    connect(m_sync, &CatalogSync::finished, this, [this] {
        m_store->loadAsync();
        m_progressSync->start();
    });
    connect(m_sync, &CatalogSync::failed, this, [this](const Error &error) {
        m_lastError = error.message;
        const bool offline = error.code == u"offline" || error.code == u"timeout";
        m_window->setSyncState(offline ? MainWindow::SyncState::Offline
                                       : MainWindow::SyncState::Failed,
                               error.message);
    });
    connect(m_progressSync, &ProgressSync::started, this,
            [this] { m_window->setSyncState(MainWindow::SyncState::Syncing); });
    connect(m_progressSync, &ProgressSync::finished, this,
            [this](const ProgressSyncResult &result) {
                m_lastError.clear();
                m_waiting = result.waiting;
                if (result.pulled > 0)
                    m_store->loadProgressAsync();
                for (const OutboxEvent &event : result.newlyRefused)
                    m_window->showNotice(
                        tr("The server refused a change: %1").arg(event.refusedReason));
                showSyncStatus();
                Q_EMIT progressSynced(result);
                // Made while the run was under way: send them too.
                if (result.waiting > 0)
                    m_progressDebounce.start();
            });
    connect(m_progressSync, &ProgressSync::failed, this, [this](const Error &error) {
        m_lastError = error.message;
        const bool offline = error.code == u"offline" || error.code == u"timeout";
        m_window->setSyncState(
            offline ? MainWindow::SyncState::Offline : MainWindow::SyncState::Failed,
            m_waiting > 0 ? tr("%1 (%n change(s) waiting)", nullptr, m_waiting).arg(error.message)
                          : error.message);
        Q_EMIT syncStatusChanged(m_waiting, m_refused, m_lastError);
    });
    connect(m_store, &LocalStore::outboxStatusLoaded, this, &AppController::showOutboxStatus);
    connect(m_store, &LocalStore::attemptSubmitted, this, [this] {
        if (m_session.isValid())
            m_progressDebounce.start();
    });
    connect(m_store, &LocalStore::opened, this, [this] { m_store->loadOutboxStatusAsync(); });

    connect(m_api, &ApiClient::sessionExpired, this, [this] {
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
    connect(m_loginDialog, &LoginDialog::workOfflineRequested, this,
            [this] { m_window->setSyncState(MainWindow::SyncState::Offline); });
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
                showLogin();
            });
        m_store->clearAsync();
        return;
    }
    m_session = session;
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
    m_sync->start();
}

void AppController::syncProgressSoon()
{
    if (!m_session.isValid())
        return;
    // A catalog sync runs a progress sync when it ends; a running one is asked again later.
    if (m_sync->isRunning() || m_progressSync->isRunning()) {
        m_progressDebounce.start();
        return;
    }
    m_progressSync->start();
}

void AppController::showOutboxStatus(const OutboxStatus &status)
{
    m_waiting = status.pending;
    m_refused = int(status.refused.size());
    m_lastRefusal = status.refused.isEmpty() ? QString() : status.refused.last().refusedReason;
    // Before a login (or working offline) the label says what the session says.
    if (m_sync->isRunning() || m_progressSync->isRunning() || !m_lastError.isEmpty()
        || !m_session.isValid()) {
        Q_EMIT syncStatusChanged(m_waiting, m_refused, m_lastError);
        return; // the run's own outcome, or its error, stays on screen
    }
    showSyncStatus();
}

void AppController::showSyncStatus()
{
    QStringList details;
    if (m_waiting > 0)
        details.append(tr("%n change(s) waiting", nullptr, m_waiting));
    if (m_refused > 0)
        details.append(
            tr("%n change(s) refused by the server: %1", nullptr, m_refused).arg(m_lastRefusal));
    // Never "up to date" while the server has not confirmed every change. MainWindow has no
    // state of its own for "changes waiting" yet: Idle ("not synced yet") with the count.
    m_window->setSyncState(m_waiting > 0 ? MainWindow::SyncState::Idle
                                         : MainWindow::SyncState::UpToDate,
                           details.join(QStringLiteral("; ")));
    Q_EMIT syncStatusChanged(m_waiting, m_refused, m_lastError);
}

void AppController::logout()
{
    m_vault->forget();
    m_session = {};
    m_api->setToken({});
    m_window->setUser({});
    showLogin();
}

} // namespace lectern
