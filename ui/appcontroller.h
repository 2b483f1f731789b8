#pragma once

#include "domain/catalog.h"
#include "sync/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace lectern {

class LocalStore;
class CatalogSync;
class ProgressSync;
struct OutboxStatus;
struct ProgressSyncResult;
class LoginDialog;
class MainWindow;
class ProgrammeModel;
class SessionVault;

// The client's flow: open the local store and show what it holds at once, then restore the
// remembered session or ask for a login, then sync and refresh. Owns no services; main.cpp
// builds them and hands them in.
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

Q_SIGNALS:
    void catalogShown(int courseCount); // after every refresh of the tree from the store
    // Whenever the outbox or the last progress sync changes: changes not yet confirmed by the
    // server, changes it refused (kept, with reasons), and the last sync error (empty after a
    // successful run).
    void syncStatusChanged(int waiting, int refused, const QString &lastError);
    void progressSynced(const lectern::ProgressSyncResult &result);

private:
    void showLogin();
    void beginSession(const Session &session);
    void syncNow();
    void syncProgressSoon();
    void logout();
    void showOutboxStatus(const OutboxStatus &status);
    void showSyncStatus();

    Options m_options;
    LocalStore *m_store;
    ApiClient *m_api;
    SessionVault *m_vault;
    ProgrammeModel *m_model;
    MainWindow *m_window;
    CatalogSync *m_sync;
    ProgressSync *m_progressSync;
    // A quiz submitted online is sent shortly after, not at once: a burst of actions (and
    // the page's own saves) goes in one push. A later issue adds scheduling and backoff.
    QTimer m_progressDebounce;
    int m_waiting = 0;
    int m_refused = 0;
    QString m_lastRefusal;
    QString m_lastError;
    Session m_session;
    CatalogSnapshot m_snapshot;
    QPointer<LoginDialog> m_loginDialog;
};

} // namespace lectern
