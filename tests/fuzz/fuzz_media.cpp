// libFuzzer target for the lecture media decoder (docs/fuzzing.md). The answer of
// GET /api/v1/lectures/ID/media tells the player and the downloader where to fetch from; any
// bytes must give a description or an Error, and an accepted one may only point inside the
// lecture's folder on the server the answer came from.

#include "fuzzsupport.h"
#include "sync/mediacodec.h"

using namespace lectern;

namespace {

const QUrl kServer(QStringLiteral("https://lectern.example:8443/api/v1/lectures/L1/media"));

void checkInsideBase(const LectureMedia &media, const QString &relativePath)
{
    const QUrl url = media.url(relativePath);
    FUZZ_CHECK(url.scheme() == kServer.scheme());
    FUZZ_CHECK(url.host() == kServer.host() && url.port() == kServer.port());
    FUZZ_CHECK(url.path().startsWith(media.baseUrl.path()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonDocument> document = fuzz::json(data, size);
    if (!document || !document->isObject())
        return 0;
    const Result<LectureMedia> result = codec::lectureMediaFromJson(document->object(), kServer);
    if (!result) {
        FUZZ_CHECK(!result.error().message.isEmpty());
        return 0;
    }
    const LectureMedia &media = result.value();
    FUZZ_CHECK(media.baseUrl.path().endsWith(u'/'));
    FUZZ_CHECK(!media.master.isEmpty() && media.durationSeconds > 0);
    checkInsideBase(media, media.master);
    for (const QString &path : {media.captions, media.poster}) {
        if (!path.isEmpty())
            checkInsideBase(media, path);
    }
    for (const MediaRendition &rendition : media.renditions)
        checkInsideBase(media, rendition.playlist);
    for (const MediaFile &file : media.files) {
        checkInsideBase(media, file.path);
        FUZZ_CHECK(file.size >= 0 && file.sha256.size() == 64);
    }
    media.totalSize(); // the download page sums the sizes
    return 0;
}
