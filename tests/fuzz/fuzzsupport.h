#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

// Shared by the libFuzzer targets (docs/fuzzing.md). A broken promise of a decoder, as opposed
// to a crash the sanitizers see, must still stop the fuzzer with the input saved: abort() does.
#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, \
                         #condition); \
            std::abort(); \
        } \
    } while (false)

namespace lectern::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // fromRawData would not copy, but QJsonDocument and QString copy anyway; a real copy keeps
    // ASan watching the bounds of exactly the fuzzer's buffer size.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The document, as the client would read it off the network, or nothing when it is not JSON.
inline std::optional<QJsonDocument> json(const uint8_t *data, size_t size)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

// What the other side reads after `object` went through the wire as compact JSON.
inline QJsonObject throughWire(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

} // namespace lectern::fuzz
