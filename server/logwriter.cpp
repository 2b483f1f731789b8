#include "logwriter.h"

#include "servermetrics.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>
#include <cstdio>

namespace lectern {
namespace {

QMutex g_mutex;
LogWriter::Format g_format = LogWriter::Format::Logfmt;
ServerMetrics *g_metrics = nullptr;

// A logfmt value: bare when it is a plain word, else quoted with \" \\ \n \t escaped.
QString logfmtValue(const QString &value)
{
    const bool bare = !value.isEmpty() && std::all_of(value.begin(), value.end(), [](QChar c) {
        return c.unicode() > 0x20 && c != u'"' && c != u'=' && c != u'\\' && c.unicode() != 0x7f;
    });
    if (bare)
        return value;
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\' + QString(c);
        else if (c == u'\n')
            quoted += QStringLiteral("\\n");
        else if (c == u'\t')
            quoted += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            quoted += c;
    }
    return quoted + u'"';
}

QString levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category
        = context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QMutexLocker locker(&g_mutex);
        if (g_metrics)
            g_metrics->recordError(category);
    }
    LogWriter::write(levelOf(type), message, {{QStringLiteral("category"), category}});
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogWriter::install(Format format, ServerMetrics *metrics)
{
    {
        const QMutexLocker locker(&g_mutex);
        g_format = format;
        g_metrics = metrics;
    }
    qInstallMessageHandler(handleMessage);
}

void LogWriter::detachMetrics()
{
    const QMutexLocker locker(&g_mutex);
    g_metrics = nullptr;
}

QString LogWriter::format(Format format, const QString &time, const QString &level,
                          const QString &message, const Fields &fields)
{
    if (format == Format::Json) {
        QJsonObject record{{QStringLiteral("time"), time},
                           {QStringLiteral("level"), level},
                           {QStringLiteral("msg"), message}};
        for (const auto &[key, value] : fields)
            record.insert(key, QJsonValue::fromVariant(value));
        return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    QStringList parts{QStringLiteral("time=") + time, QStringLiteral("level=") + level,
                      QStringLiteral("msg=") + logfmtValue(message)};
    for (const auto &[key, value] : fields)
        parts.append(key + u'=' + logfmtValue(value.toString()));
    return parts.join(u' ');
}

void LogWriter::write(const QString &level, const QString &message, const Fields &fields)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QMutexLocker locker(&g_mutex);
    const QByteArray line = (format(g_format, time, level, message, fields) + u'\n').toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace lectern
