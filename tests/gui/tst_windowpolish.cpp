// The main window as someone who uses the keyboard uses it, offscreen, over a real store holding
// the demo programme (offline, as after a sync): the shortcuts that reach each page and leave
// it, Tab through Home with every stop named for a screen reader, the About box with the
// versions of what plays and stores, the window layout and last page remembered at the next
// start, and View → Language: Español chosen in the menu is kept for the next start, which
// then reads in Spanish.

#include "clientapp.h"
#include "content/programmeloader.h"
#include "languagechoice.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "pages/dashboardpage.h"
#include "pages/livesessionspage.h"
#include "player/lecturepage.h"
#include "quiz/quizpage.h"
#include "search/searchbox.h"
#include "store/localstore.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"

#include <QAccessible>
#include <QActionGroup>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace lectern;

class TestWindowPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shortcutsReachAndLeavePages();
    void tabStopsOnHomeAreNamed();
    void arrowingThroughLecturesOpensOnlyWhereTheKeysRest();
    void aboutShowsVersions();
    void layoutAndLastPageAreRemembered();
    void languageChosenInTheMenuIsKeptForTheNextStart();
    void spanishIsSpokenAfterTheNextStart();

private:
    std::unique_ptr<ClientApp> startOffline();

    QTemporaryDir m_dir;
};

void TestWindowPolish::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const ProgrammeLoader::Outcome loaded = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(loaded.isOk());
    LocalStore store(m_dir.filePath(QStringLiteral("lectern.sqlite")));
    QSignalSpy opened(&store, &LocalStore::opened);
    QSignalSpy applied(&store, &LocalStore::pageApplied);
    store.openAsync();
    QVERIFY(opened.wait(10000));
    store.applyPageAsync(testing::pageFor(loaded.content, QStringLiteral("learner")));
    QVERIFY(applied.wait(10000));
}

// The client over the seeded store, the login dialog answered with "Work offline".
std::unique_ptr<ClientApp> TestWindowPolish::startOffline()
{
    ClientApp::Options options;
    options.dataDir = m_dir.path();
    options.settingsPath = m_dir.filePath(QStringLiteral("lectern.ini"));
    auto client = std::make_unique<ClientApp>(options);
    QSignalSpy shown(client->controller(), &AppController::catalogShown);
    client->start();
    if (!shown.wait(10000)
        || !QTest::qWaitFor([&] { return client->controller()->loginDialog(); }, 10000))
        return nullptr;
    auto *offline = client->controller()->loginDialog()->findChild<QPushButton *>(
        QStringLiteral("offlineButton"));
    if (!QTest::qWaitFor([offline] { return offline->isEnabled(); }))
        return nullptr;
    QTest::mouseClick(offline, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !client->controller()->loginDialog(); }))
        return nullptr;
    QApplication::setActiveWindow(client->window());
    if (!QTest::qWaitForWindowActive(client->window()))
        return nullptr;
    return client;
}

void TestWindowPolish::shortcutsReachAndLeavePages()
{
    const auto client = startOffline();
    QVERIFY(client);
    MainWindow *window = client->window();
    DashboardPage *home = window->dashboardPage();
    LiveSessionsPage *live = window->liveSessionsPage();
    QTRY_VERIFY(home->isVisible());

    // Ctrl+F: the search box takes the keys at once.
    auto *search = window->findChild<SearchBox *>();
    QVERIFY(search);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // Bad input: Esc pressed where nothing is open but Home leaves Home where it is.
    QTest::keyClick(window->programmeView(), Qt::Key_Escape);
    QVERIFY(home->isVisible());

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(live->isVisible());
    QTest::keyClick(window, Qt::Key_Escape); // leaves the page for Home
    QTRY_VERIFY(home->isVisible());

    // A course from the tree by keys, then Ctrl+1 home.
    window->openCourse(QStringLiteral("PAIN-704"));
    QTRY_VERIFY(window->coursePage()->isVisible());
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(home->isVisible());

    // F5 asks for a sync (offline, the controller then tries and says why it cannot).
    QSignalSpy sync(window, &MainWindow::syncRequested);
    QTest::keyClick(window, Qt::Key_F5);
    QCOMPARE(sync.size(), 1);
}

void TestWindowPolish::tabStopsOnHomeAreNamed()
{
    const auto client = startOffline();
    QVERIFY(client);
    MainWindow *window = client->window();
    QTRY_VERIFY(window->dashboardPage()->isVisible());
    window->programmeView()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(window->programmeView()->hasFocus());
    // Bad input: a control Tab reaches that a screen reader would announce as nothing, or a
    // focus that never reaches Home's controls.
    QStringList unnamed;
    bool reachedHome = false;
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (window->dashboardPage()->isAncestorOf(focus))
            reachedHome = true;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(focus);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(focus->objectName() + u'/'
                           + QLatin1String(focus->metaObject()->className()));
    }
    QVERIFY(reachedHome);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

// Every lecture row would open its player and start streaming: arrowing down a week key after
// key opens none of the lectures passed on the way, the one the keys rest on opens, and
// Enter opens a row at once.
void TestWindowPolish::arrowingThroughLecturesOpensOnlyWhereTheKeysRest()
{
    const auto client = startOffline();
    QVERIFY(client);
    MainWindow *window = client->window();
    QTreeView *tree = window->programmeView();
    QAbstractItemModel *model = tree->model();
    QTRY_VERIFY(window->dashboardPage()->isVisible());
    const auto kindOf = [](const QModelIndex &index) {
        return ProgrammeModel::NodeKind(index.data(ProgrammeModel::KindRole).toInt());
    };
    // The first week of the first course: lecture, its quiz, the next lecture, its quiz, …
    const QModelIndex course = model->index(0, 0, model->index(0, 0));
    const QModelIndex week = model->index(0, 0, course);
    QCOMPARE(kindOf(week), ProgrammeModel::NodeKind::Week);
    QList<QModelIndex> lectures;
    for (int row = 0; row < model->rowCount(week); ++row) {
        if (kindOf(model->index(row, 0, week)) == ProgrammeModel::NodeKind::Lecture)
            lectures.append(model->index(row, 0, week));
    }
    QVERIFY2(lectures.size() >= 2, "the first week has fewer than two lectures");
    const QModelIndex last = lectures.last();

    tree->expand(course);
    tree->expand(week);
    tree->setCurrentIndex(week);
    tree->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QTRY_VERIFY(window->coursePage()->isVisible());
    // Down, key after key (what each key queued runs in between), to the week's last lecture.
    while (tree->currentIndex() != last) {
        QTest::keyClick(tree, Qt::Key_Down);
        QCoreApplication::processEvents();
        QVERIFY2(!window->lecturePage()->isVisible() || tree->currentIndex() == last,
                 qPrintable(QStringLiteral("passing over %1 opened a lecture")
                                .arg(tree->currentIndex().data().toString())));
    }
    QVERIFY(!window->lecturePage()->isVisible()); // (the player is not open yet)
    // Resting on it opens it.
    QTRY_VERIFY(window->lecturePage()->isVisible());
    QCOMPARE(window->lecturePage()->lectureId(), last.data(ProgrammeModel::IdRole).toString());

    // Enter opens the first lecture with no wait: the key is the user's decision.
    tree->setCurrentIndex(lectures.first());
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(window->lecturePage()->isVisible());
    QCOMPARE(window->lecturePage()->lectureId(),
             lectures.first().data(ProgrammeModel::IdRole).toString());
}

void TestWindowPolish::aboutShowsVersions()
{
    const auto client = startOffline();
    QVERIFY(client);
    MainWindow *window = client->window();
    QAction *about = window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"))));
    QTRY_VERIFY(box->isVisible());
    const QString text = box->text();
    // The versions as loaded now: a "not found" would mean the box guesses.
    QVERIFY2(text.contains(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GStreamer 1.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SQLite 3.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("not found")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("aboutDialog")));
}

void TestWindowPolish::layoutAndLastPageAreRemembered()
{
    QList<int> sizes;
    {
        const auto client = startOffline();
        QVERIFY(client);
        MainWindow *window = client->window();
        window->resize(1000, 640);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 700});
        sizes = splitter->sizes();
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window->liveSessionsPage()->isVisible());
        QVERIFY(window->close());
    }
    // Bad input: the next start opening at the default size, splitter and page.
    const auto again = startOffline();
    QVERIFY(again);
    MainWindow *window = again->window();
    QCOMPARE(window->size(), QSize(1000, 640));
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QTRY_VERIFY(window->liveSessionsPage()->isVisible());
}

void TestWindowPolish::languageChosenInTheMenuIsKeptForTheNextStart()
{
    const QString ini = m_dir.filePath(QStringLiteral("lectern.ini"));
    {
        const auto client = startOffline();
        QVERIFY(client);
        MainWindow *window = client->window();
        auto *menu = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->menuAction()->text(), MainWindow::tr("Lan&guage"));
        const QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.size(), qsizetype(3));
        // Each language in its own words, so it can be found whatever the app speaks now.
        QCOMPARE(entries.at(1)->text(), QStringLiteral("English"));
        QCOMPARE(entries.at(2)->text(), QStringLiteral("Español"));
        QVERIFY(entries.at(0)->isChecked()); // nothing chosen yet: the system's
        QAction *spanish = entries.at(2);
        QVERIFY(spanish->isCheckable() && spanish->actionGroup()
                && spanish->actionGroup()->isExclusive());

        // View → Language → Español, clicked.
        menu->popup(window->mapToGlobal(QPoint(40, 40)));
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(spanish).center());
        QTRY_VERIFY(!menu->isVisible());
        QVERIFY(spanish->isChecked());
        QVERIFY(!entries.at(0)->isChecked());
        // The user is told when it applies.
        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = window->findChild<QMessageBox *>(QStringLiteral("languageNotice"))));
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(),
                 MainWindow::tr("Lectern will use the new language the next time it starts."));
        QTest::keyClick(notice, Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<QMessageBox *>(QStringLiteral("languageNotice")));
        QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("ui/language")),
                 QVariant(QStringLiteral("es")));
        QVERIFY(window->close());
    }
    // The next start: what main.cpp reads before building any widget, and the menu agrees.
    const QSettings settings(ini, QSettings::IniFormat);
    QCOMPARE(LanguageChoice::chosen({}, settings), LanguageChoice::Language::Spanish);
    // --language wins over the setting; an unknown value does not replace it.
    QCOMPARE(LanguageChoice::chosen(QStringLiteral("en"), settings),
             LanguageChoice::Language::English);
    QCOMPARE(LanguageChoice::chosen(QStringLiteral("fr"), settings),
             LanguageChoice::Language::Spanish);
    const auto again = startOffline();
    QVERIFY(again);
    QVERIFY(
        again->window()->findChild<QAction *>(QStringLiteral("languageAction_es"))->isChecked());
    // Back to the system's language: stored as such.
    again->window()->findChild<QAction *>(QStringLiteral("languageAction_system"))->trigger();
    QTRY_VERIFY(again->window()->findChild<QMessageBox *>(QStringLiteral("languageNotice")));
    QCOMPARE(QSettings(ini, QSettings::IniFormat).value(QStringLiteral("ui/language")),
             QVariant(QStringLiteral("system")));
}

// What main.cpp does at a start with Spanish chosen: the translators installed before the
// window is built. The window then reads in Spanish.
void TestWindowPolish::spanishIsSpokenAfterTheNextStart()
{
    // The translations are compiled into the lectern executable (app/CMakeLists.txt); the test
    // reads the same .qm files from where that build writes them.
    const QString folder = QDir(QCoreApplication::applicationDirPath())
                               .absoluteFilePath(QStringLiteral("../../app"));
    QVERIFY2(
        QFile::exists(folder + QStringLiteral("/lectern_es.qm")),
        qPrintable(
            QStringLiteral("no lectern_es.qm in %1: build the lectern target first").arg(folder)));
    const QList<QTranslator *> translators
        = LanguageChoice::install(*qApp, LanguageChoice::Language::Spanish, folder);
    const auto uninstall = qScopeGuard([&] {
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    });
    QVERIFY(!translators.isEmpty());
    const auto client = startOffline();
    QVERIFY(client);
    MainWindow *window = client->window();
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.at(0)->text(), QStringLiteral("&Archivo"));
    QCOMPARE(menus.at(1)->text(), QStringLiteral("&Ver"));
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("homeAction"))->text(),
             QStringLiteral("&Inicio"));
    // The language entries keep their own names whatever the app speaks.
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("languageAction_en"))->text(),
             QStringLiteral("English"));
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
