#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace lectern::testing {
namespace {

constexpr QByteArrayView kHeaderEnd = "\r\n\r\n";

// The value of one header in a raw header block (case-insensitive name), or empty.
QByteArray headerValue(QByteArrayView head, QByteArrayView name)
{
    for (const QByteArray &line : head.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// Replaces (or adds) "Connection: close" so that each connection carries one exchange and a
// fault cannot spill into the next request on a kept-alive connection.
QByteArray withConnectionClose(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    QByteArray out;
    for (QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        if (line.trimmed().isEmpty())
            continue;
        out += line.trimmed() + "\r\n";
    }
    return out + "Connection: close\r\n\r\n";
}

// Whether bytes hold a whole HTTP message (headers plus Content-Length body).
bool isComplete(const QByteArray &bytes, qsizetype *headEnd = nullptr, qint64 *length = nullptr)
{
    const qsizetype end = bytes.indexOf(kHeaderEnd);
    if (end < 0)
        return false;
    const qint64 contentLength
        = headerValue(QByteArrayView(bytes).first(end), "content-length").toLongLong();
    if (headEnd)
        *headEnd = end;
    if (length)
        *length = contentLength;
    return bytes.size() >= end + kHeaderEnd.size() + contentLength;
}

} // namespace

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    m_server.close();
}

bool FaultProxy::start(const QUrl &upstream)
{
    m_upstream = upstream;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int FaultProxy::requestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (const QString &path : m_paths)
        count += path.startsWith(pathPrefix) ? 1 : 0;
    return count;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readRequest(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_pending.remove(client);
            client->deleteLater();
        });
    }
}

void FaultProxy::readRequest(QTcpSocket *client)
{
    QByteArray &bytes = m_pending[client];
    bytes += client->readAll();
    qsizetype headEnd = 0;
    qint64 length = 0;
    if (!isComplete(bytes, &headEnd, &length))
        return;
    const QByteArray request = bytes.left(headEnd + kHeaderEnd.size() + length);
    m_pending.remove(client);
    // Nothing more is read from this connection: one exchange each.
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);

    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QString path
        = requestLine.size() > 1 ? QString::fromLatin1(requestLine.at(1)) : QString();
    m_paths.append(path);
    const Mode mode = path.startsWith(m_faultPrefix) ? m_mode : Mode::Pass;
    switch (mode) {
    case Mode::Answer500:
        ++m_faulted;
        return answer(client, 500, "Internal Server Error", {});
    case Mode::Answer503:
        ++m_faulted;
        return answer(client, 503, "Service Unavailable", "Retry-After: 1\r\n");
    case Mode::Hold:
        ++m_faulted;
        return; // the client waits until its own timeout
    case Mode::Pass:
    case Mode::DropReply:
    case Mode::TruncateBody:
        break;
    }
    const QByteArray head = request.left(headEnd);
    forward(client, path, withConnectionClose(head) + request.mid(headEnd + kHeaderEnd.size()),
            mode);
}

void FaultProxy::forward(QTcpSocket *client, const QString &path, const QByteArray &request,
                         Mode mode)
{
    auto *upstream = new QTcpSocket(this);
    auto reply = std::make_shared<QByteArray>();
    QPointer<QTcpSocket> alive(client);
    auto finish = [this, alive, client, upstream, reply, mode] {
        const QByteArray whole = *reply;
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
        if (!alive || client->state() != QAbstractSocket::ConnectedState)
            return;
        qsizetype headEnd = 0;
        qint64 length = 0;
        const bool complete = isComplete(whole, &headEnd, &length);
        if (mode == Mode::DropReply || !complete) {
            if (mode == Mode::DropReply)
                ++m_faulted;
            client->abort(); // the server applied it; the client never hears so
            return;
        }
        const QByteArray head = withConnectionClose(whole.left(headEnd));
        const QByteArray body = whole.mid(headEnd + kHeaderEnd.size(), length);
        if (mode == Mode::TruncateBody) {
            ++m_faulted;
            client->write(head + body.left(body.size() / 2));
        } else {
            client->write(head + body);
        }
        client->disconnectFromHost(); // after the bytes written so far are sent
    };
    // finish() runs once: the first of "whole reply read" and "upstream closed".
    auto done = std::make_shared<bool>(false);
    auto finishOnce = [done, finish] {
        if (*done)
            return;
        *done = true;
        finish();
    };
    connect(upstream, &QTcpSocket::connected, this, [this, upstream, request, path] {
        upstream->write(request);
        upstream->flush();
        Q_EMIT requestForwarded(path, requestCount(path));
    });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, reply, finishOnce] {
        *reply += upstream->readAll();
        if (isComplete(*reply))
            finishOnce();
    });
    connect(upstream, &QTcpSocket::disconnected, this, finishOnce);
    connect(upstream, &QTcpSocket::errorOccurred, this, finishOnce);
    upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
}

void FaultProxy::answer(QTcpSocket *client, int status, const QByteArray &reason,
                        const QByteArray &extraHeaders)
{
    const QByteArray body
        = R"({"error":{"code":"injected","message":"fault injected by the test"}})";
    client->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n" + extraHeaders
                  + "Connection: close\r\n\r\n" + body);
    client->disconnectFromHost();
}

} // namespace lectern::testing
