#pragma once

#include "sync/syncscheduler.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QPushButton;

namespace lectern {

// The sync indicator in the status bar: an icon and a line per state (up to date, syncing,
// offline, N changes waiting, error with its reason), the last sync time in the tooltip, a
// "Sync now" button, and "N refused" that lists each change the server refused and why.
// It only shows a SyncStatus; the scheduler does the work.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    // Names what a refused change was about ("Lecture: Pain pathways"); the event's lecture
    // id is shown when it gives an empty string.
    using Describer = std::function<QString(const OutboxEvent &event)>;

    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void showStatus(const SyncStatus &status);
    // Before any session: working from the copy on this computer by choice or for lack of
    // a server.
    void showWorkingOffline();
    void setDescriber(Describer describer) { m_describer = std::move(describer); }

    SyncStatus status() const { return m_status; }
    QString text() const;
    QDialog *refusedDialog() const { return m_refusedDialog; }
    void showRefused(); // opens (or raises) the list of refused changes

Q_SIGNALS:
    void syncRequested();

private:
    QString describe(const OutboxEvent &event) const;
    void fillRefusedDialog();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_refusedButton;
    QPushButton *m_syncButton;
    SyncStatus m_status;
    Describer m_describer;
    QPointer<QDialog> m_refusedDialog;
};

} // namespace lectern
