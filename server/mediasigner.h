#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace lectern {

// Signs and checks media URLs (docs/media.md):
//   /media/EXPIRES/SIGNATURE/LECTURE_ID/PATH
// where SIGNATURE is base64url without padding of MD5(EXPIRES "/" LECTURE_ID " " SECRET),
// exactly what nginx's secure_link_md5 "$expires/$lecture SECRET" computes, so nginx can
// serve the same URLs in production. MD5 is nginx's choice, not ours; with a secret of 256
// bits and URLs that expire after hours, forging one still means guessing the secret.
//
// The secret is text so that it fits in an nginx configuration: LECTERN_MEDIA_SECRET, or the
// file DATA/media-secret, made on first use from 32 random bytes (base64url) with mode 0600.
// Thread-safe.
class MediaSigner final
{
public:
    static constexpr qint64 kLifetimeSeconds = 6 * 3600;
    static constexpr auto kSecretFile = "media-secret";
    static constexpr auto kSecretVariable = "LECTERN_MEDIA_SECRET";

    explicit MediaSigner(QByteArray secret);

    // LECTERN_MEDIA_SECRET when set, otherwise DATA/media-secret, created when missing.
    // sodium_init() must have succeeded.
    static Result<QByteArray> loadSecret(const QString &dataDirectory);

    QByteArray signature(qint64 expires, const QString &lectureId) const;

    // "/media/EXPIRES/SIGNATURE/LECTURE_ID/": what every file URL of the lecture starts with.
    QString basePath(const QString &lectureId, qint64 expires) const;

    enum class Check { Valid, Expired, Forged };
    // Checks the first two segments of a media URL for the lecture at time now (seconds since
    // the epoch), comparing in constant time. Anything malformed is Forged.
    Check check(const QString &expires, const QString &signature, const QString &lectureId,
                qint64 now) const;

private:
    QByteArray m_secret;
};

} // namespace lectern
