#include "logindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern {

LoginDialog::LoginDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_error(new QLabel(this))
    , m_loginButton(new QPushButton(tr("&Log in"), this))
    , m_offlineButton(new QPushButton(tr("Work &offline"), this))
{
    setWindowTitle(tr("Log in to Lectern"));
    setObjectName(QStringLiteral("loginDialog"));

    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://lectern.example.edu"));
    m_server->setAccessibleName(tr("Server address"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: 600;"));
    m_error->setAccessibleName(tr("Login problem"));
    m_error->hide();
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_offlineButton->setObjectName(QStringLiteral("offlineButton"));
    m_offlineButton->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_loginButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_offlineButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Log in with the account your programme gave you. Lectern keeps "
                                "your courses on this computer so you can study offline."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(m_offlineButton, &QPushButton::clicked, this, [this] {
        Q_EMIT workOfflineRequested();
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LoginDialog::setRememberMe(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setOfflineAvailable(bool available)
{
    m_offlineButton->setVisible(available);
}

bool LoginDialog::rememberMe() const
{
    return m_remember->isChecked();
}

void LoginDialog::attemptLogin()
{
    const QUrl server = ApiClient::normalizedServerUrl(m_server->text());
    if (server.isEmpty()) {
        showError(tr("Enter the server address, for example https://lectern.example.edu."));
        m_server->setFocus();
        return;
    }
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your user name and password."));
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_api->setServer(server);
    m_api->login(m_username->text().trimmed(), m_password->text(), this,
                 [this](Result<Session> session) {
                     setBusy(false);
                     if (!session) {
                         showError(session.error().message);
                         m_password->selectAll();
                         m_password->setFocus();
                         return;
                     }
                     m_session = session.value();
                     m_password->clear();
                     Q_EMIT loggedIn(m_session);
                     accept();
                 });
}

void LoginDialog::setBusy(bool busy)
{
    m_loginButton->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Logging in…") : tr("&Log in"));
    for (QLineEdit *edit : {m_server, m_username, m_password})
        edit->setEnabled(!busy);
    if (busy)
        m_error->hide();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace lectern
