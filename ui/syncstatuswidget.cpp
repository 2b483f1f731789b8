#include "syncstatuswidget.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_refusedButton(new QPushButton(this))
    , m_syncButton(new QPushButton(tr("Sync now"), this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_icon->setObjectName(QStringLiteral("syncStatusIcon"));
    m_text->setObjectName(QStringLiteral("syncStatusLabel"));
    m_refusedButton->setObjectName(QStringLiteral("syncRefusedButton"));
    m_syncButton->setObjectName(QStringLiteral("syncButton"));
    m_syncButton->setAccessibleName(tr("Sync now"));
    // A link-like button: it is a count first, a way to the list second.
    m_refusedButton->setFlat(true);
    m_refusedButton->setCursor(Qt::PointingHandCursor);
    m_refusedButton->setToolTip(tr("Show the changes the server refused, and why"));
    m_refusedButton->hide();
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_refusedButton);
    layout->addWidget(m_syncButton);

    connect(m_syncButton, &QPushButton::clicked, this, &SyncStatusWidget::syncRequested);
    connect(m_refusedButton, &QPushButton::clicked, this, &SyncStatusWidget::showRefused);
    showStatus({});
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}

void SyncStatusWidget::showStatus(const SyncStatus &status)
{
    m_status = status;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    const QString waiting = tr("%n change(s) waiting", nullptr, status.waiting);
    switch (status.state) {
    case SyncStatus::State::NotSynced:
        text = status.waiting > 0 ? tr("Not synced yet — %1").arg(waiting) : tr("Not synced yet");
        break;
    case SyncStatus::State::Syncing:
        text = tr("Syncing…");
        icon = QStyle::SP_BrowserReload;
        break;
    case SyncStatus::State::UpToDate:
        text = tr("Up to date");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case SyncStatus::State::Waiting:
        text = waiting;
        icon = QStyle::SP_FileDialogInfoView;
        break;
    case SyncStatus::State::Offline:
        text = status.waiting > 0 ? tr("Offline — %1").arg(waiting) : tr("Offline");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case SyncStatus::State::Error:
        text = tr("Sync failed: %1").arg(status.error);
        if (status.waiting > 0)
            text += QStringLiteral(" — ") + waiting;
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));

    QStringList tip;
    tip.append(
        status.lastSuccess.isValid()
            ? tr("Last synced: %1")
                  .arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synced since Lectern started"));
    if (!status.error.isEmpty())
        tip.append(tr("Last error: %1").arg(status.error));
    if (status.nextAttempt.isValid() && status.state != SyncStatus::State::Syncing)
        tip.append(tr("Next sync: %1")
                       .arg(QLocale().toString(status.nextAttempt.toLocalTime().time(),
                                               QLocale::ShortFormat)));
    const QString toolTip = tip.join(u'\n');
    m_text->setToolTip(toolTip);
    m_icon->setToolTip(toolTip);

    // Refused changes are kept and counted apart from the ones waiting: never hidden.
    const int refused = int(status.refused.size());
    m_refusedButton->setVisible(refused > 0);
    m_refusedButton->setText(tr("%n refused", nullptr, refused));
    m_syncButton->setEnabled(status.state != SyncStatus::State::Syncing);
    if (m_refusedDialog)
        fillRefusedDialog();
}

void SyncStatusWidget::showWorkingOffline()
{
    SyncStatus status = m_status;
    status.state = SyncStatus::State::Offline;
    showStatus(status);
    m_text->setText(tr("Offline: showing the programme saved on this computer"));
}

void SyncStatusWidget::showRefused()
{
    if (!m_refusedDialog) {
        m_refusedDialog = new QDialog(window());
        m_refusedDialog->setObjectName(QStringLiteral("refusedDialog"));
        m_refusedDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_refusedDialog->setWindowTitle(tr("Changes the server refused"));
        auto *intro = new QLabel(tr("The server did not accept these changes. They are kept on "
                                    "this computer and are not sent again."),
                                 m_refusedDialog);
        intro->setWordWrap(true);
        auto *list = new QTreeWidget(m_refusedDialog);
        list->setObjectName(QStringLiteral("refusedList"));
        list->setAccessibleName(tr("Changes the server refused"));
        list->setHeaderLabels({tr("Change"), tr("When"), tr("Server's reason")});
        list->setRootIsDecorated(false);
        list->setWordWrap(true);
        list->header()->setStretchLastSection(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_refusedDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_refusedDialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_refusedDialog);
        layout->addWidget(intro);
        layout->addWidget(list, 1);
        layout->addWidget(buttons);
        m_refusedDialog->resize(720, 360);
    }
    fillRefusedDialog();
    m_refusedDialog->show();
    // The list is what the dialog is for: a screen reader starts there, the arrows read it.
    m_refusedDialog->findChild<QTreeWidget *>(QStringLiteral("refusedList"))->setFocus();
    m_refusedDialog->raise();
}

void SyncStatusWidget::fillRefusedDialog()
{
    auto *list = m_refusedDialog->findChild<QTreeWidget *>(QStringLiteral("refusedList"));
    list->clear();
    for (const OutboxEvent &event : m_status.refused) {
        auto *item = new QTreeWidgetItem(list);
        item->setText(0, describe(event));
        item->setText(1, QLocale().toString(event.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, event.refusedReason);
        item->setToolTip(2, event.refusedReason);
    }
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
}

QString SyncStatusWidget::describe(const OutboxEvent &event) const
{
    if (m_describer) {
        if (const QString text = m_describer(event); !text.isEmpty())
            return text;
    }
    const QString lectureId = event.payload.value(QStringLiteral("lecture_id")).toString();
    return event.kind == u"quiz_attempt" ? tr("Quiz attempt (%1)").arg(lectureId)
                                         : tr("Viewing (%1)").arg(lectureId);
}

} // namespace lectern
