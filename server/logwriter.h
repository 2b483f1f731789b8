#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace lectern {

class ServerMetrics;

// Structured logs for `serve` (docs/operations.md): every line on stderr is one record, in
// logfmt (key=value, the default) or JSON, with time, level and message first, so journald,
// Loki or jq can filter them. Qt's own logging (qCInfo, qCWarning, …) is routed here too, so a
// database failure and the request it broke read alike.
//
// Nothing secret is ever given to it: requests are logged by route pattern, not by path (media
// URLs carry signatures), and never with headers or bodies (tokens, passwords).
class LogWriter final
{
public:
    enum class Format { Logfmt, Json };
    using Fields = QList<std::pair<QString, QVariant>>;

    // Installs the message handler; warnings and worse also count in metrics, when given
    // (lectern_errors_total). Call once, before the server starts its threads.
    static void install(Format format, ServerMetrics *metrics = nullptr);
    // Stops counting into the metrics given to install(), before they go away.
    static void detachMetrics();

    // Writes one record: time and level first, then the fields in order. Thread-safe.
    static void write(const QString &level, const QString &message, const Fields &fields = {});

    // One record in the given format, without the newline; public for the tests of quoting.
    static QString format(Format format, const QString &time, const QString &level,
                          const QString &message, const Fields &fields);
};

} // namespace lectern
