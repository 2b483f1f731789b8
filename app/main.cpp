// The composition root: parses the command line, decides where data lives, builds the
// services and the window, and wires them. Nothing else in the client reads arguments.

#include "clientapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdlib>

using namespace lectern;

namespace {

// Qt 6.4 on Debian ships two multimedia backends and only GStreamer plays HLS here; it must
// be chosen before QApplication exists. A backend the user set explicitly wins.
void selectMediaBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
}

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qtTranslator);
    }
    // English is a translation too (it holds the plural forms), and the fallback for any
    // language Lectern does not ship.
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("lectern"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("lectern_en"), QStringLiteral(":/i18n"))) {
        app.installTranslator(translator);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    selectMediaBackend();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lectern"));
    QApplication::setOrganizationName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lectern"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Lectern: lectures, quizzes and progress for online clinical programmes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Server to log in to (prefills the login dialog)."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main",
                                "Keep the local database and settings in DIR instead "
                                "of the standard location, so several profiles or "
                                "tests can run side by side."),
        QStringLiteral("DIR"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "User name to prefill in the login dialog."),
        QStringLiteral("NAME"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Prefill the bundled demo learner's credentials "
                                "(learner / learner-demo). For demos only."));
    parser.addOptions({serverOption, dataDirOption, userOption, demoOption});
    parser.process(app);

    ClientApp::Options options;
    options.dataDir = parser.isSet(dataDirOption)
        ? QDir(parser.value(dataDirOption)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(options.dataDir)) {
        qCritical("Cannot create the data folder %s", qPrintable(options.dataDir));
        return EXIT_FAILURE;
    }
    // Settings live beside the database when --data-dir is given, so profiles never mix.
    if (parser.isSet(dataDirOption))
        options.settingsPath = QDir(options.dataDir).filePath(QStringLiteral("lectern.ini"));
    options.login.server = parser.value(serverOption);
    options.login.username = parser.value(userOption);
    if (parser.isSet(demoOption)) {
        options.login.username = QStringLiteral("learner");
        options.login.password = QStringLiteral("learner-demo");
    }

    ClientApp client(options);
    client.start();
    return app.exec();
}
