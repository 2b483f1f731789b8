#pragma once

#include "domain/result.h"
#include "sync/apiclient.h"

#include <QObject>
#include <QSettings>

#include <functional>

namespace lectern {

// Remembers who logged in on this computer. The server address and user name go to the
// settings file; the token goes only to the system keychain (Secret Service, KWallet). Where
// no keychain answers, nothing secret is written and the user simply logs in again.
class SessionVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionVault)

public:
    explicit SessionVault(QSettings *settings, QObject *parent = nullptr);

    QString rememberedServer() const;
    QString rememberedUsername() const;
    bool isRemembering() const;

    void remember(const Session &session);
    // Looks the token up; answers with an invalid Session when there is none to restore.
    void restore(QObject *context, std::function<void(Session)> done);
    void forget();

private:
    QString keyFor(const QString &server, const QString &username) const;

    QSettings *m_settings;
};

} // namespace lectern
