#pragma once

#include "domain/catalog.h"
#include "live/livesessionschedule.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QSystemTrayIcon;
class QTimer;

namespace lectern {

// A desktop notification a set number of minutes before each live session. One single-shot
// timer waits for the next reminder due; when it fires, every reminder due by then is shown and
// the timer is set again. Where the desktop has no system tray (or none yet), it logs that and
// still announces each reminder with reminderDue(), so the window can show it another way.
class LiveSessionNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSessionNotifier)

public:
    explicit LiveSessionNotifier(QObject *parent = nullptr);
    ~LiveSessionNotifier() override;

    void setCatalog(const CatalogSnapshot &snapshot);
    void setReminderMinutes(int minutes); // 0 turns reminders off
    int reminderMinutes() const { return m_minutes; }

    // Shows its messages through this tray icon (the window's, when it has one) instead of one
    // of its own.
    void setTrayIcon(QSystemTrayIcon *trayIcon);
    // Where "now" comes from; the system clock unless a test pins it.
    void setClock(std::function<QDateTime()> clock);

    // When the timer will next fire; invalid when no reminder is pending.
    QDateTime nextReminderAt() const { return m_nextReminderAt; }

Q_SIGNALS:
    void reminderDue(const QString &courseCode, const QString &courseTitle, const QDateTime &start,
                     const QString &joinUrl);

private:
    void schedule();
    void fire();
    void notify(const CourseLiveSession &session, const LiveOccurrence &occurrence);
    QSystemTrayIcon *trayIcon();

    std::function<QDateTime()> m_clock;
    QList<CourseLiveSession> m_sessions;
    int m_minutes = 0;
    QTimer *m_timer;
    QDateTime m_nextReminderAt;
    QSet<QString> m_notified; // "CODE@start ms": each meeting is announced once
    QPointer<QSystemTrayIcon> m_trayIcon;
    bool m_ownsTrayIcon = false;
    bool m_loggedNoTray = false;
    QString m_lastJoinUrl; // what clicking the last message opens
};

} // namespace lectern
