#include "mediasigner.h"

#include "secretfile.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <sodium.h>

namespace lectern {

MediaSigner::MediaSigner(QByteArray secret)
    : m_secret(std::move(secret))
{ }

Result<QByteArray> MediaSigner::loadSecret(const QString &dataDirectory)
{
    const QString errorCode = QStringLiteral("media_secret");
    if (qEnvironmentVariableIsSet(kSecretVariable)) {
        const QByteArray secret = qgetenv(kSecretVariable).trimmed();
        if (!SecretFile::isUsable(secret)) {
            return Error{errorCode,
                         QStringLiteral("%1 must be 32 to 256 letters, digits or ._~+/=- "
                                        "characters.")
                             .arg(QLatin1String(kSecretVariable))};
        }
        return secret;
    }
    return SecretFile(dataDirectory, QLatin1String(kSecretFile), errorCode).load();
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
