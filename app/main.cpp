// The composition root: parses the command line, decides where data lives, builds the
// services and the window, and wires them. Nothing else in the client reads arguments.

#include "clientapp.h"
#include "darkpalette.h"
#include "languagechoice.h"
#include "mainwindow.h"
#include "store/localstore.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace lectern;

namespace {

// Qt 6.4 on Debian ships two multimedia backends and only GStreamer plays HLS here; it must
// be chosen before QApplication exists. A backend the user set explicitly wins.
void selectMediaBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
}

// --help and --version only print, and must work where no display is (a terminal over ssh,
// package checks): they get the offscreen platform unless one was chosen explicitly.
void selectPlatformForTextOptions(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-v" || arg == "--version" || arg == "-h" || arg == "--help"
            || arg == "--help-all" || arg == "-?") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main",
                                "Keep the local database and settings in DIR instead "
                                "of the standard location, so several profiles or "
                                "tests can run side by side."),
        QStringLiteral("DIR"));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Language: system (the default, as the desktop's), en or es. "
                                "Overrides the choice made in View → Language."),
        QStringLiteral("LANGUAGE"));
}

// Settings live beside the database when --data-dir is given, so profiles never mix; empty
// for the platform's standard settings.
QString settingsPathFor(const QCommandLineParser &parser, const QCommandLineOption &dataDir)
{
    if (!parser.isSet(dataDir))
        return {};
    return QDir(QDir(parser.value(dataDir)).absolutePath()).filePath(QStringLiteral("lectern.ini"));
}

// The language is chosen before anything is translated, --help included: --language, else
// the one stored from View → Language in the settings this run will use, else the system's.
// Only the two options that decide it are read here; the full parse below reports any error.
LanguageChoice::Language chosenLanguage(const QStringList &arguments)
{
    QCommandLineParser early;
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption language = languageOption();
    early.addOptions({dataDir, language});
    early.parse(arguments);
    const QString path = settingsPathFor(early, dataDir);
    const auto settings = path.isEmpty() ? std::make_unique<QSettings>()
                                         : std::make_unique<QSettings>(path, QSettings::IniFormat);
    return LanguageChoice::chosen(early.value(language), *settings);
}

// --theme: the system's palette by default (Qt follows the desktop's light or dark theme where
// its platform theme reports one, and every widget reads palette roles); light or dark on
// request, with Fusion, whose drawing follows the palette everywhere.
bool applyTheme(const QString &theme)
{
    if (theme.isEmpty() || theme == u"system")
        return true;
    if (theme != u"light" && theme != u"dark")
        return false;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == u"light") {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return true;
    }
    QApplication::setPalette(darkPalette());
    return true;
}

// --quit-after-startup: start-up is over once the main window has painted the programme and
// its progress as loaded from the local database. The process then exits 0 and prints what it
// showed, so start-up can be timed from outside (bench/startup.sh) and checked for content.
class StartupProbe final : public QObject
{
public:
    StartupProbe(ClientApp &client, const QElapsedTimer &sinceLaunch)
        : m_window(client.window())
        , m_sinceLaunch(sinceLaunch)
    {
        connect(client.controller(), &AppController::catalogShown, this, [this](int courses) {
            m_courses = courses;
            m_catalogShown = true;
        });
        // Connected after the controller's own slot: the model has the progress when this runs.
        connect(client.store(), &LocalStore::progressLoaded, this,
                [this](const QHash<QString, LectureProgress> &progress) {
                    if (!m_catalogShown || m_painting)
                        return;
                    m_lecturesWithProgress = int(progress.size());
                    m_painting = true;
                    // The next paint of the whole window shows both.
                    m_window->installEventFilter(this);
                    m_window->windowHandle()->installEventFilter(this);
                    m_window->update();
                });
        connect(client.store(), &LocalStore::operationFailed, this, [](const Error &error) {
            qCritical("Start-up failed: %s", qPrintable(error.message));
            QCoreApplication::exit(EXIT_FAILURE);
        });
        // A start-up that never finishes must not hang whoever is timing it.
        QTimer::singleShot(std::chrono::minutes(1), this, [] {
            qCritical("Start-up did not finish within a minute");
            QCoreApplication::exit(2);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The window paints its dirty widgets on UpdateRequest, or all of it when first
        // exposed; either counts once it is exposed. The queued finish runs after the event,
        // so after the paint it causes.
        const bool paints = (watched == m_window && event->type() == QEvent::UpdateRequest)
            || (watched == m_window->windowHandle() && event->type() == QEvent::Expose);
        if (paints && !m_finishing && m_window->windowHandle()->isExposed()) {
            m_finishing = true;
            QMetaObject::invokeMethod(this, &StartupProbe::finish, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void finish()
    {
        std::printf("lectern: painted %d courses with progress on %d lectures after %lld ms\n",
                    m_courses, m_lecturesWithProgress, qlonglong(m_sinceLaunch.elapsed()));
        std::fflush(stdout);
        QCoreApplication::exit(EXIT_SUCCESS);
    }

    QWidget *m_window;
    QElapsedTimer m_sinceLaunch;
    int m_courses = 0;
    int m_lecturesWithProgress = 0;
    bool m_catalogShown = false;
    bool m_painting = false;
    bool m_finishing = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    selectMediaBackend();
    selectPlatformForTextOptions(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lectern"));
    QApplication::setOrganizationName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    const LanguageChoice::Language language = chosenLanguage(QApplication::arguments());
    // A language chosen by name also writes dates and numbers its way.
    if (language != LanguageChoice::Language::System)
        QLocale::setDefault(LanguageChoice::locale(language));
    LanguageChoice::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Lectern: lectures, quizzes and progress for online clinical programmes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Server to log in to (prefills the login dialog)."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "User name to prefill in the login dialog."),
        QStringLiteral("NAME"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Prefill the bundled demo learner's credentials "
                                "(learner / learner-demo). For demos only."));
    const QCommandLineOption quitAfterStartupOption(
        QStringLiteral("quit-after-startup"),
        QApplication::translate("main",
                                "Quit once the main window has shown the programme saved on "
                                "this computer, to time start-up."));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main",
                                "Colours: system (the default, as the desktop's), light or "
                                "dark."),
        QStringLiteral("THEME"));
    const QCommandLineOption languageSetting = languageOption();
    parser.addOptions({serverOption, dataDir, userOption, demoOption, quitAfterStartupOption,
                       themeOption, languageSetting});
    parser.process(app);
    if (parser.isSet(languageSetting) && !LanguageChoice::fromCode(parser.value(languageSetting))) {
        qCritical("Unknown --language %s: use system, en or es",
                  qPrintable(parser.value(languageSetting)));
        return EXIT_FAILURE;
    }
    if (!applyTheme(parser.value(themeOption))) {
        qCritical("Unknown --theme %s: use system, light or dark",
                  qPrintable(parser.value(themeOption)));
        return EXIT_FAILURE;
    }

    ClientApp::Options options;
    options.dataDir = parser.isSet(dataDir)
        ? QDir(parser.value(dataDir)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(options.dataDir)) {
        qCritical("Cannot create the data folder %s", qPrintable(options.dataDir));
        return EXIT_FAILURE;
    }
    options.settingsPath = settingsPathFor(parser, dataDir);
    options.login.server = parser.value(serverOption);
    options.login.username = parser.value(userOption);
    if (parser.isSet(demoOption)) {
        options.login.username = QStringLiteral("learner");
        options.login.password = QStringLiteral("learner-demo");
    }

    ClientApp client(options);
    std::unique_ptr<StartupProbe> probe;
    if (parser.isSet(quitAfterStartupOption))
        probe = std::make_unique<StartupProbe>(client, sinceLaunch);
    client.start();
    return app.exec();
}
