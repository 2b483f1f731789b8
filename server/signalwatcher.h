#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace lectern {

// Turns Unix signals (SIGTERM from systemd, SIGINT from a terminal) into a Qt signal on the
// event loop, so shutdown runs as ordinary code: stop listening, let the worker threads
// finish, close the database. A signal handler may do almost nothing itself, so it only
// writes the signal number into a socket pair that a QSocketNotifier watches.
// One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;
    Q_DISABLE_COPY_MOVE(SignalWatcher)

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lectern
