#pragma once

#include "domain/catalog.h"
#include "sync/apiclient.h"

#include <QObject>
#include <QPointer>

namespace lectern {

class LocalStore;
struct ProgressSyncResult;
class SyncScheduler;
struct SyncStatus;
class LoginDialog;
class MainWindow;
class ProgrammeModel;
class SessionVault;

// The client's flow: open the local store and show what it holds at once, then restore the
// remembered session or ask for a login, then sync (on the SyncScheduler's schedule) and
// refresh. Closing the window sends the last changes first, waiting at most a few seconds.
// Owns no services; main.cpp builds them and hands them in.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    struct Options
    {
        QString server; // prefilled in the login dialog; --server
        QString username; // prefilled; --user
        QString password; // prefilled for the bundled demo only; --demo
    };

    AppController(Options options, LocalStore *store, ApiClient *api, SessionVault *vault,
                  ProgrammeModel *model, MainWindow *window, QObject *parent = nullptr);

    void start();
    LoginDialog *loginDialog() const; // the open login dialog, if any
    SyncScheduler *syncScheduler() const { return m_scheduler; }

Q_SIGNALS:
    void catalogShown(int courseCount); // after every refresh of the tree from the store
    // Whenever the outbox or the last progress sync changes: changes not yet confirmed by the
    // server, changes it refused (kept, with reasons), and the last sync error (empty after a
    // successful run).
    void syncStatusChanged(int waiting, int refused, const QString &lastError);
    void progressSynced(const lectern::ProgressSyncResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLogin();
    void beginSession(const Session &session);
    void syncNow();
    void logout();
    void showSyncStatus(const SyncStatus &status);
    void finalSyncOnAboutToQuit();

    Options m_options;
    LocalStore *m_store;
    ApiClient *m_api;
    SessionVault *m_vault;
    ProgrammeModel *m_model;
    MainWindow *m_window;
    SyncScheduler *m_scheduler;
    // Closing the window: first the final sync (bounded), then the real close.
    enum class Closing { No, Syncing, Done };
    Closing m_closing = Closing::No;
    bool m_workingOffline = false; // chosen in the login dialog, until a session begins
    Session m_session;
    CatalogSnapshot m_snapshot;
    QPointer<LoginDialog> m_loginDialog;
};

} // namespace lectern
