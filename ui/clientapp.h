#pragma once

#include "appcontroller.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace lectern {

class DownloadManager;
class LecturePage;
class LocalStore;
class MainWindow;
class ProgrammeModel;
class QuizPage;
class SessionVault;

// The client's object graph, built once in dependency order: network, API, settings and
// keychain, store, model, window, controller. main.cpp and the GUI tests build exactly this,
// so the tests drive the wiring users get.
class ClientApp final
{
public:
    struct Options
    {
        QString dataDir; // holds lectern.sqlite
        QString settingsPath; // an .ini file; empty for the platform's default settings
        AppController::Options login;
    };

    explicit ClientApp(const Options &options);
    ~ClientApp();
    Q_DISABLE_COPY_MOVE(ClientApp)

    void start(); // begins opening the store, then shows the window

    MainWindow *window() const { return m_window.get(); }
    AppController *controller() const { return m_controller.get(); }
    ProgrammeModel *model() const { return m_model.get(); }
    DownloadManager *downloads() const { return m_downloads.get(); }
    LocalStore *store() const { return m_store.get(); }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionVault> m_vault;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ProgrammeModel> m_model;
    std::unique_ptr<DownloadManager> m_downloads; // after the store: it saves on the way out
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;
};

} // namespace lectern
