// libFuzzer target for the catalog decoders (docs/fuzzing.md). The client decodes catalog pages
// from the network and each change's data by its kind, as CatalogSync does; any bytes must give
// a value or an Error. What decodes must also survive the trip back: encoding it and decoding
// the encoding gives the same JSON, or the server and the client disagree about the format.

#include "fuzzsupport.h"
#include "sync/catalogcodec.h"

using namespace lectern;

namespace {

template<typename T>
void checkRoundTrip(const Result<T> &decoded, Result<T> (*decode)(const QJsonObject &))
{
    if (!decoded) {
        FUZZ_CHECK(!decoded.error().message.isEmpty());
        return;
    }
    const QJsonObject encoded = codec::toJson(decoded.value());
    const Result<T> again = decode(fuzz::throughWire(encoded));
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(codec::toJson(again.value()) == encoded);
}

void decodeData(const CatalogChange &change)
{
    if (change.op != ChangeOp::Upsert)
        return;
    switch (change.kind) {
    case ChangeKind::Programme:
        checkRoundTrip(codec::programmeFromJson(change.data), &codec::programmeFromJson);
        break;
    case ChangeKind::Course:
        checkRoundTrip(codec::courseFromJson(change.data), &codec::courseFromJson);
        break;
    case ChangeKind::Enrolment:
        checkRoundTrip(codec::enrolmentFromJson(change.data), &codec::enrolmentFromJson);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonDocument> document = fuzz::json(data, size);
    if (!document || !document->isObject())
        return 0; // QJsonDocument's own parser is Qt's to fuzz
    const QJsonObject json = document->object();

    const Result<CatalogPage> page = codec::pageFromJson(json);
    checkRoundTrip(page, &codec::pageFromJson);
    if (page) {
        for (const CatalogChange &change : page.value().changes)
            decodeData(change);
    }
    // The same object read as each kind on its own, so seeds of a bare course reach the course
    // decoder without the fuzzer first having to wrap them in a page.
    checkRoundTrip(codec::changeFromJson(json), &codec::changeFromJson);
    checkRoundTrip(codec::programmeFromJson(json), &codec::programmeFromJson);
    checkRoundTrip(codec::courseFromJson(json), &codec::courseFromJson);
    checkRoundTrip(codec::enrolmentFromJson(json), &codec::enrolmentFromJson);
    return 0;
}
