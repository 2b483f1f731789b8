#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;
class QSettings;
class QTranslator;

namespace lectern {

// The language Lectern speaks: the system's (the default), or one the user chose in View →
// Language (kept in the settings) or with --language (which wins over the setting). Widgets
// translate their text once, when they are built, so main.cpp installs the translators before
// any widget exists and a new choice applies at the next start.
class LanguageChoice final
{
public:
    enum class Language { System, English, Spanish };

    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // "system", "en", "es": the --language values and what the setting holds.
    static std::optional<Language> fromCode(const QString &code);
    static QString code(Language language);
    static QList<Language> all()
    {
        return {Language::System, Language::English, Language::Spanish};
    }
    // A language's own name ("Español"), so that someone who cannot read the current language
    // still finds theirs; empty for System, which is said in the current language instead.
    static QString nativeName(Language language);

    // System when nothing (or something unknown) is stored.
    static Language stored(const QSettings &settings);
    static void store(QSettings &settings, Language language);
    // What this start uses: the --language value when it names one, else the stored choice.
    static Language chosen(const QString &option, const QSettings &settings);

    // The locale whose translations and formats the language uses.
    static QLocale locale(Language language);
    // Installs Qt's own translations and Lectern's (from directory: the executable embeds them
    // under :/i18n) for the language, English for a language Lectern does not ship. Returns the
    // translators installed, children of app.
    static QList<QTranslator *> install(QCoreApplication &app, Language language,
                                        const QString &directory = QStringLiteral(":/i18n"));
};

} // namespace lectern
