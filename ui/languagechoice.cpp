#include "languagechoice.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace lectern {

std::optional<LanguageChoice::Language> LanguageChoice::fromCode(const QString &code)
{
    for (const Language language : all()) {
        if (code == LanguageChoice::code(language))
            return language;
    }
    return std::nullopt;
}

QString LanguageChoice::code(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

QString LanguageChoice::nativeName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::Spanish:
        return QStringLiteral("Español");
    case Language::System:
        break;
    }
    return {};
}

LanguageChoice::Language LanguageChoice::stored(const QSettings &settings)
{
    return fromCode(settings.value(settingsKey()).toString()).value_or(Language::System);
}

void LanguageChoice::store(QSettings &settings, Language language)
{
    settings.setValue(settingsKey(), code(language));
}

LanguageChoice::Language LanguageChoice::chosen(const QString &option, const QSettings &settings)
{
    return fromCode(option).value_or(stored(settings));
}

QLocale LanguageChoice::locale(Language language)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English);
    case Language::Spanish:
        return QLocale(QLocale::Spanish);
    case Language::System:
        break;
    }
    return QLocale::system();
}

QList<QTranslator *> LanguageChoice::install(QCoreApplication &app, Language language,
                                             const QString &directory)
{
    QList<QTranslator *> installed;
    const QLocale wanted = locale(language);
    // Qt's own words (dialog buttons, context menus), where Debian ships them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && app.installTranslator(qtTranslator)) {
        installed.append(qtTranslator);
    } else {
        delete qtTranslator;
    }
    // English is a translation too (it holds the plural forms), and the fallback for any
    // language Lectern does not ship.
    auto *translator = new QTranslator(&app);
    if ((translator->load(wanted, QStringLiteral("lectern"), QStringLiteral("_"), directory)
         || translator->load(QStringLiteral("lectern_en"), directory))
        && app.installTranslator(translator)) {
        installed.append(translator);
    } else {
        delete translator;
    }
    return installed;
}

} // namespace lectern
