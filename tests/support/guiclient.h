#pragma once

#include "clientapp.h"
#include "logindialog.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

// For GUI tests (they link lectern_ui): the real client, logged in through its login dialog as
// the demo learner, with the whole demo programme synced and on screen.
namespace lectern::testing {

inline std::unique_ptr<ClientApp> loggedInDemoLearner(const QUrl &server, const QString &dataDir)
{
    ClientApp::Options options;
    options.dataDir = dataDir;
    options.settingsPath = QDir(dataDir).filePath(QStringLiteral("lectern.ini"));
    options.login.server = server.toString();
    options.login.username = QStringLiteral("learner");
    options.login.password = QStringLiteral("learner-demo");
    auto client = std::make_unique<ClientApp>(options);
    QSignalSpy shown(client->controller(), &AppController::catalogShown);
    client->start();
    if (!QTest::qWaitFor([&] { return client->controller()->loginDialog(); }, 10000))
        return nullptr;
    QTest::mouseClick(client->controller()->loginDialog()->findChild<QPushButton *>(
                          QStringLiteral("loginButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().first().toInt() == 27; },
                         30000)) {
        return nullptr;
    }
    return client;
}

} // namespace lectern::testing
