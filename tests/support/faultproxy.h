#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace lectern::testing {

// A loopback HTTP proxy in front of a real lectern-server that breaks replies on purpose, so
// a test can show what the client does when the network or the server fails at a given step.
// Every request is forwarded on its own upstream connection (the proxy asks for
// "Connection: close" both ways), so each fault hits exactly the request it was set for.
// Runs on the test's thread; only plain HTTP/1.1 with Content-Length bodies, which is what
// QNetworkAccessManager and QtHttpServer exchange.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Mode {
        Pass, // forward the request, return the whole reply
        DropReply, // forward, wait for the whole reply (the server applied it), close unanswered
        Answer500, // answer 500 without forwarding
        Answer503, // answer 503 with Retry-After without forwarding
        Hold, // read the request and never answer: the client's timeout must end it
        TruncateBody, // forward, return the headers and half the body, close
    };
    Q_ENUM(Mode)

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on a free loopback port and forwards to upstream (http://127.0.0.1:PORT).
    bool start(const QUrl &upstream);
    QUrl url() const;

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    // Only requests whose path starts with this prefix get the fault; the rest pass. Empty:
    // every request.
    void setFaultPathPrefix(const QString &prefix) { m_faultPrefix = prefix; }
    // Requests the proxy read completely, by path, and how many replies it broke.
    int requestCount(const QString &pathPrefix = QString()) const;
    int faultedCount() const { return m_faulted; }

Q_SIGNALS:
    // A request was handed to the server (written to its socket): a test may now kill the
    // server or the client while the server works on it.
    void requestForwarded(const QString &path, int countForPath);

private:
    void accept();
    void readRequest(QTcpSocket *client);
    void forward(QTcpSocket *client, const QString &path, const QByteArray &request, Mode mode);
    void answer(QTcpSocket *client, int status, const QByteArray &reason,
                const QByteArray &extraHeaders);

    QTcpServer m_server;
    QUrl m_upstream;
    Mode m_mode = Mode::Pass;
    QString m_faultPrefix;
    QStringList m_paths;
    int m_faulted = 0;
    QHash<QTcpSocket *, QByteArray> m_pending; // bytes of a request not yet complete
};

} // namespace lectern::testing
