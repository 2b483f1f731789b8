#include "sessionvault.h"

#include "domain/logging.h"

#include <qt6keychain/keychain.h>

namespace lectern {
namespace {

const QString kService = QStringLiteral("Lectern");

} // namespace

SessionVault::SessionVault(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QString SessionVault::rememberedServer() const
{
    return m_settings->value(QStringLiteral("session/server")).toString();
}

QString SessionVault::rememberedUsername() const
{
    return m_settings->value(QStringLiteral("session/username")).toString();
}

bool SessionVault::isRemembering() const
{
    return m_settings->value(QStringLiteral("session/remember"), false).toBool();
}

QString SessionVault::keyFor(const QString &server, const QString &username) const
{
    return QStringLiteral("%1 %2").arg(username, server);
}

void SessionVault::remember(const Session &session)
{
    m_settings->setValue(QStringLiteral("session/server"), session.server.toString());
    m_settings->setValue(QStringLiteral("session/username"), session.username);
    m_settings->setValue(QStringLiteral("session/remember"), true);
    m_settings->setValue(QStringLiteral("session/display_name"), session.displayName);
    m_settings->setValue(QStringLiteral("session/role"), session.role);
    m_settings->setValue(QStringLiteral("session/expires_at"), session.expiresAt);
    m_settings->sync();

    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(keyFor(session.server.toString(), session.username));
    job->setTextData(session.token);
    connect(job, &QKeychain::Job::finished, this, [](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            qCInfo(lcSync) << "no keychain; the session is not remembered:"
                           << finished->errorString();
    });
    job->start();
}

void SessionVault::restore(QObject *context, std::function<void(Session)> done)
{
    Session session;
    session.server = QUrl(rememberedServer());
    session.username = rememberedUsername();
    session.displayName = m_settings->value(QStringLiteral("session/display_name")).toString();
    session.role = m_settings->value(QStringLiteral("session/role")).toString();
    session.expiresAt = m_settings->value(QStringLiteral("session/expires_at")).toDateTime();
    if (!isRemembering() || session.username.isEmpty()
        || (session.expiresAt.isValid() && session.expiresAt < QDateTime::currentDateTimeUtc())) {
        QMetaObject::invokeMethod(
            context, [done, session] { done(Session{}); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(keyFor(session.server.toString(), session.username));
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done), session](QKeychain::Job *finished) mutable {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (read->error() != QKeychain::NoError) {
                    qCInfo(lcSync) << "no remembered token:" << read->errorString();
                    return done(Session{});
                }
                session.token = read->textData();
                done(session);
            });
    job->start();
}

void SessionVault::forget()
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(keyFor(rememberedServer(), rememberedUsername()));
    job->start();
    m_settings->setValue(QStringLiteral("session/remember"), false);
    m_settings->remove(QStringLiteral("session/expires_at"));
    m_settings->sync();
}

} // namespace lectern
