#include "mediasigner.h"

#include "serverlog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <sodium.h>
#include <unistd.h>

namespace lectern {
namespace {

// Characters an nginx configuration takes inside double quotes without escaping, and at
// least 32 of them, so a secret is never short enough to guess.
bool isUsableSecret(const QByteArray &secret)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~+/=-]{32,256}$"));
    return pattern.match(QString::fromLatin1(secret)).hasMatch();
}

Error secretError(const QString &message)
{
    return Error{QStringLiteral("media_secret"), message};
}

Result<QByteArray> readSecret(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return secretError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray secret = file.readAll().trimmed();
    if (!isUsableSecret(secret)) {
        return secretError(QStringLiteral("%1 must hold one line of 32 to 256 letters, digits "
                                          "or ._~+/=- characters; delete it to make a new one.")
                               .arg(path));
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        qCWarning(lcServer).noquote() << path << "is readable by other users; chmod 600 it";
    return secret;
}

// Writes a new secret beside the file and hard-links it into place, which fails if the file
// appeared meanwhile: an import and a server starting together end up with the same secret.
Result<QByteArray> createSecret(const QString &path)
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QByteArray secret
        = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), size_t(bytes.size()));

    const QString temporary
        = path + u'.' + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".new");
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(secret + '\n') != secret.size() + 1 || !file.flush()) {
            QFile::remove(temporary);
            return secretError(
                QStringLiteral("Cannot create %1: %2").arg(temporary, file.errorString()));
        }
    }
    const int linked
        = ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData());
    const int linkError = errno;
    QFile::remove(temporary);
    if (linked == 0) {
        qCInfo(lcServer).noquote() << "created the media secret" << path;
        return secret;
    }
    if (linkError == EEXIST)
        return readSecret(path);
    return secretError(QStringLiteral("Cannot create %1: %2")
                           .arg(path, QString::fromLocal8Bit(std::strerror(linkError))));
}

} // namespace

MediaSigner::MediaSigner(QByteArray secret)
    : m_secret(std::move(secret))
{ }

Result<QByteArray> MediaSigner::loadSecret(const QString &dataDirectory)
{
    if (qEnvironmentVariableIsSet(kSecretVariable)) {
        const QByteArray secret = qgetenv(kSecretVariable).trimmed();
        if (!isUsableSecret(secret)) {
            return secretError(QStringLiteral("%1 must be 32 to 256 letters, digits or ._~+/=- "
                                              "characters.")
                                   .arg(QLatin1String(kSecretVariable)));
        }
        return secret;
    }
    if (!QDir().mkpath(dataDirectory))
        return secretError(QStringLiteral("Cannot create the data folder %1.").arg(dataDirectory));
    const QString path = QDir(dataDirectory).filePath(QLatin1String(kSecretFile));
    if (QFileInfo::exists(path))
        return readSecret(path);
    return createSecret(path);
}

QByteArray MediaSigner::signature(qint64 expires, const QString &lectureId) const
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(QByteArray::number(expires) + '/' + lectureId.toUtf8() + ' ');
    md5.addData(m_secret);
    return md5.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString MediaSigner::basePath(const QString &lectureId, qint64 expires) const
{
    return QStringLiteral("/media/%1/%2/%3/")
        .arg(QString::number(expires), QString::fromLatin1(signature(expires, lectureId)),
             lectureId);
}

MediaSigner::Check MediaSigner::check(const QString &expires, const QString &signature,
                                      const QString &lectureId, qint64 now) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(expires).hasMatch())
        return Check::Forged;
    const qint64 expiresAt = expires.toLongLong();
    // The signature covers the number as written: "0123" and "123" are different URLs.
    if (QString::number(expiresAt) != expires)
        return Check::Forged;
    const QByteArray expected = this->signature(expiresAt, lectureId);
    const QByteArray given = signature.toLatin1();
    // The length of an MD5 in base64 is public; only the bytes must be compared in constant
    // time, so an attacker cannot learn the signature one byte at a time.
    if (given.size() != expected.size()
        || sodium_memcmp(given.constData(), expected.constData(), size_t(expected.size())) != 0) {
        return Check::Forged;
    }
    // nginx's secure_link counts a link as expired once its time is in the past.
    return expiresAt < now ? Check::Expired : Check::Valid;
}

} // namespace lectern
