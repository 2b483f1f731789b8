#pragma once

#include "sync/apiclient.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lectern {

// Asks for the server, user name and password and logs in without blocking: the dialog
// stays responsive while the request runs and shows the server's refusal in plain words.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(ApiClient *api, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    void setRememberMe(bool remember);
    void setOfflineAvailable(bool available); // offers "Work offline" when a cache exists

    bool rememberMe() const;
    Session session() const { return m_session; }

Q_SIGNALS:
    void loggedIn(const lectern::Session &session);
    void workOfflineRequested();

private:
    void attemptLogin();
    void setBusy(bool busy);
    void showError(const QString &message);

    ApiClient *m_api;
    Session m_session;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_loginButton;
    QPushButton *m_offlineButton;
};

} // namespace lectern
