// Every main page as someone who works with the keyboard and a screen reader meets it, offscreen,
// against a real lectern-server on loopback with the demo programme: the learner logs in with
// Enter, then reaches each page with the keys a user presses (tree type-ahead and arrows, the
// Menu key, Ctrl+1, Ctrl+L, Ctrl+J, Ctrl+F, Alt+H) and the faculty open a roster the same way.
// On each page:
//
//   names  every visible, enabled control a user can operate (buttons, fields, lists, sliders,
//          spin boxes, text views, and anything Tab stops on) has a name a screen reader speaks,
//          as QAccessible reports it; a combo box's current item is its value, not its name;
//   Tab    from where the user stands, Tab reaches every such control, goes through the page in
//          one run, and comes back round: nothing unreachable, no trap;
//   keys   the page's main action works from the keyboard alone, and Esc leaves the page.
//
// A failure lists the page, the class and the objectName of every control at fault.

#include "appcontroller.h"
#include "clientapp.h"
#include "content/programmeloader.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "media/downloadmanager.h"
#include "models/programmemodel.h"
#include "pages/coursepage.h"
#include "pages/dashboardpage.h"
#include "pages/downloadspage.h"
#include "pages/livesessionspage.h"
#include "player/lecturepage.h"
#include "quiz/attemptview.h"
#include "quiz/quiznavigator.h"
#include "quiz/quizpage.h"
#include "quiz/resultview.h"
#include "roster/rosterpage.h"
#include "search/searchbox.h"
#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "store/localstore.h"
#include "store/progressrepository.h"
#include "support/catalogpages.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "syncstatuswidget.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>
#include <QTreeWidget>

using namespace lectern;

namespace {

const QString kCourse = QStringLiteral("PAIN-704");
const QString kLecture = QStringLiteral("PAIN-704-w1-l1"); // watched through: its quiz is open
const QString kStarted = QStringLiteral("PAIN-704-w1-l2"); // half watched: "continue watching"

// Tab may stay on one widget for a while (a text view steps through its links); this long and
// it is a trap (a table that cycles through its cells for ever).
constexpr int kStaysAtMost = 30;

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    const QString name = widget->objectName();
    return QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                       name.isEmpty() ? QStringLiteral("(no objectName)") : name);
}

// Sub-controls of a composite control (the line edit of a spin box, the clear button of a
// search field): the composite is the control a screen reader presents.
bool isPartOfComposite(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root->parentWidget();
         parent = parent->parentWidget()) {
        if (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QComboBox *>(parent)
            || qobject_cast<const QAbstractSpinBox *>(parent)) {
            return true;
        }
    }
    return false;
}

bool acceptsTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

// What a user operates: buttons, fields, lists, sliders, spin boxes, text views, tab bars, and
// anything else Tab stops on (the seek bar, the video, the charts, scroll areas).
bool isInteractive(const QWidget *widget)
{
    // Scroll bars belong to the area they scroll (the keys scroll it); headers to their view.
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QTabBar *>(widget) || acceptsTab(widget);
}

// The visible, enabled controls of root (root included), in the order Qt made them.
QList<QWidget *> controlsOf(QWidget *root)
{
    QList<QWidget *> candidates{root};
    candidates += root->findChildren<QWidget *>();
    QList<QWidget *> controls;
    for (QWidget *widget : std::as_const(candidates)) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusProxy()
            || !isInteractive(widget) || isPartOfComposite(widget, root)) {
            continue;
        }
        // A separate window (a dialog, a popup) is checked as a page of its own.
        if (widget->window() != root->window())
            continue;
        controls.append(widget);
    }
    return controls;
}

bool hasBuddy(const QWidget *widget)
{
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [widget](const QLabel *label) { return label->buddy() == widget; });
}

QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    if (!accessible)
        return {};
    const QString name = accessible->text(QAccessible::Name).trimmed();
    // On Linux Qt falls back to a combo box's current item ("Choose…", "1×"): that is what it
    // holds, not what it is for.
    if (const auto *combo = qobject_cast<const QComboBox *>(widget); combo
        && widget->accessibleName().isEmpty() && !hasBuddy(widget)
        && name == combo->currentText().trimmed()) {
        return {};
    }
    return name;
}

QStringList unnamedControls(const QString &page, QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : controlsOf(root)) {
        if (accessibleNameOf(widget).isEmpty())
            unnamed.append(QStringLiteral("%1: %2").arg(page, describe(widget)));
    }
    return unnamed;
}

// Where Tab goes from start, press by press, until it comes back to start.
struct TabWalk
{
    QList<QWidget *> stops; // in order; start is the last when the walk came round
    QString trap; // why the walk stopped before it came round; empty when it did
};

int tabStopCount(QWidget *window)
{
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    return int(std::count_if(all.cbegin(), all.cend(), [](const QWidget *widget) {
        return widget->isVisible() && widget->isEnabled() && acceptsTab(widget);
    }));
}

// Rows rebuilt a moment ago (a sync or a download finishing in the background) are shown by a
// queued call: let it run before the keys go round, as it would between a user's presses.
void letRowsShow()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

TabWalk walkTabs(QWidget *start)
{
    letRowsShow();
    TabWalk walk;
    QApplication::setActiveWindow(start->window());
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return start->hasFocus(); }, 3000)) {
        walk.trap = QStringLiteral("%1 cannot take the focus").arg(describe(start));
        return walk;
    }
    const int limit = 2 * tabStopCount(start->window()) + kStaysAtMost + 20;
    QWidget *previous = start;
    int stayed = 0;
    for (int press = 0; press < limit; ++press) {
        // (No events between these presses: the walk is a snapshot of the page, and rows a
        // background change rebuilt would leave it pointing at deleted controls.)
        QTest::keyClick(previous, Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus) {
            walk.trap = QStringLiteral("the focus is lost after %1").arg(describe(previous));
            return walk;
        }
        if (focus == start) { // round (a window with one stop never moves at all)
            walk.stops.append(focus);
            return walk;
        }
        if (focus == previous) {
            if (++stayed >= kStaysAtMost) {
                walk.trap = QStringLiteral("Tab stays on %1 (%2 presses)")
                                .arg(describe(focus))
                                .arg(kStaysAtMost);
                return walk;
            }
            continue;
        }
        stayed = 0;
        walk.stops.append(focus);
        previous = focus;
    }
    walk.trap = QStringLiteral("Tab does not come back to %1 in %2 presses; it went %3")
                    .arg(describe(start))
                    .arg(limit)
                    .arg([&walk] {
                        QStringList names;
                        for (QWidget *stop : std::as_const(walk.stops).mid(0, 40))
                            names.append(describe(stop));
                        return names.join(QStringLiteral(" → "));
                    }());
    return walk;
}

// An exclusive group of radio buttons is one Tab stop (the arrows choose within it).
const QObject *radioGroupOf(const QWidget *widget)
{
    const auto *radio = qobject_cast<const QRadioButton *>(widget);
    if (!radio)
        return nullptr;
    if (radio->group() && radio->group()->exclusive())
        return radio->group();
    return radio->autoExclusive() ? radio->parentWidget() : nullptr;
}

QStringList unreachableControls(const QString &page, QWidget *root, const TabWalk &walk)
{
    QSet<const QObject *> reachedGroups;
    for (QWidget *stop : walk.stops) {
        if (const QObject *group = radioGroupOf(stop))
            reachedGroups.insert(group);
    }
    QStringList missing;
    for (QWidget *widget : controlsOf(root)) {
        if (!acceptsTab(widget) || walk.stops.contains(widget))
            continue;
        if (const QObject *group = radioGroupOf(widget); group && reachedGroups.contains(group))
            continue;
        missing.append(QStringLiteral("%1: %2").arg(page, describe(widget)));
    }
    return missing;
}

// Tab goes through root's controls in one run: once it leaves the page it does not come back
// before the walk is round (dynamic rows joining the window's focus chain at its end would).
QString breakInRun(const QString &page, QWidget *root, const TabWalk &walk)
{
    const auto inPage = [root](QWidget *widget) {
        return widget == root || root->isAncestorOf(widget);
    };
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < walk.stops.size(); ++i) {
        if (inPage(walk.stops.at(i))) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    for (qsizetype i = first; first >= 0 && i <= last; ++i) {
        if (!inPage(walk.stops.at(i))) {
            qsizetype back = i;
            while (!inPage(walk.stops.at(back)))
                ++back;
            return QStringLiteral("%1: Tab leaves the page after %2 for %3 and comes back at %4")
                .arg(page, describe(walk.stops.at(i - 1)), describe(walk.stops.at(i)),
                     describe(walk.stops.at(back)));
        }
    }
    return {};
}

// Presses Tab until the focus is on what `wanted` accepts; null (and where Tab went, in the
// log) when a whole round passes without it.
template<typename Wanted>
QWidget *tabUntil(Wanted wanted)
{
    letRowsShow();
    QWidget *start = QApplication::focusWidget();
    if (!start) {
        qWarning("nothing has the focus: is the window active?");
        return nullptr;
    }
    const int limit = 2 * tabStopCount(start->window()) + kStaysAtMost + 20;
    QStringList went;
    for (int press = 0; press < limit; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (wanted(focus))
            return focus;
        went.append(describe(focus));
        QTest::keyClick(focus, Qt::Key_Tab);
        letRowsShow();
    }
    qWarning("Tab went %s", qPrintable(went.join(QStringLiteral(" → "))));
    return nullptr;
}

bool tabTo(QWidget *target)
{
    return tabUntil([target](QWidget *focus) { return focus == target; }) == target;
}

// A key as the user presses it: to whatever has the focus.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    if (!target)
        QFAIL("no window has the keyboard");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

bool activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// GStreamer's HTTP source (souphttpsrc, libsoup 3 on Debian 12) can crash or hang when a
// pipeline is torn down while it is still fetching: a lecture is left once its stream is in.
bool settled(const LecturePage *page)
{
    return QTest::qWaitFor(
        [page] {
            switch (page->playback()->player()->mediaStatus()) {
            case QMediaPlayer::LoadedMedia:
            case QMediaPlayer::BufferedMedia:
            case QMediaPlayer::EndOfMedia:
            case QMediaPlayer::InvalidMedia:
                return true;
            default:
                return false;
            }
        },
        20000);
}

QModelIndex findInTree(const QAbstractItemModel *model, int kind, const QString &id,
                       const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(ProgrammeModel::KindRole).toInt() == kind
            && index.data(ProgrammeModel::IdRole).toString() == id) {
            return index;
        }
        if (const QModelIndex found = findInTree(model, kind, id, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

// Join opens the browser: here it lands in this list instead.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void loginDialog();
    void coursePage();
    void home();
    void lecturePage();
    void quizPage();
    void liveSessionsPage();
    void downloadsPage();
    void searchBox();
    void syncStatusAndRefusedChanges();
    void aboutDialog();
    void rosterPage();

private:
    void seedLearner();
    // names, Tab and the run of one page; start is where the user stands (the tree for a page
    // of the window, the focused field of a dialog).
    void checkPage(const QString &page, QWidget *root, QWidget *start);
    std::unique_ptr<ClientApp> logIn(const QString &dataDir, const QString &username,
                                     const QString &password);
    MainWindow *window() const { return m_client->window(); }
    QTreeView *tree() const { return window()->programmeView(); }
    // The tree as a keyboard user moves in it: type-ahead to the course, then arrows to a row
    // of it.
    bool goInTree(ProgrammeModel::NodeKind kind, const QString &id,
                  const QString &courseCode = kCourse);
    bool goToCourse(const QString &code);

    testing::ServerProcess m_server;
    QTemporaryDir m_dir;
    ProgrammeContent m_content;
    bool m_hasMedia = false;
    UrlCatcher m_browser;
    std::unique_ptr<ClientApp> m_client;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The demo media when it was made (scripts/test.sh makes it): then lectures play.
    const QString media = testing::demoMediaDir();
    m_hasMedia = QFile::exists(media + QStringLiteral("/lectures.json"));
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output,
                                      m_hasMedia ? media : QString()),
             qPrintable(output));
    QVERIFY(m_server.start());
    const ProgrammeLoader::Outcome loaded = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(loaded.isOk());
    m_content = loaded.content;
    seedLearner();
    // Join never starts a real browser from a test.
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
}

// Each page is reached from Home, whatever the page before left open after a failure.
void TestAccessibility::init()
{
    if (!m_client || m_client->controller()->loginDialog())
        return;
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != window() && widget->isVisible() && qobject_cast<QDialog *>(widget))
            widget->close();
    }
    QVERIFY(activate(window()));
    tree()->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(tree()->hasFocus());
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(window()->dashboardPage()->isVisible());
    if (auto *lecture = window()->findChild<LecturePage *>()) // made on first use only
        lecture->playback()->pause();
}

void TestAccessibility::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_client.reset();
    QCOMPARE(m_server.stop(), 0);
}

// The catalog, a lecture watched through (its quiz open) and one half watched, as after a few
// days of study; the sync then brings the quizzes and sends the viewing.
void TestAccessibility::seedLearner()
{
    const QString connection = QStringLiteral("seed");
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("learner"));
        QVERIFY(QDir().mkpath(dataDir));
        Result<LocalDatabase::Opened> opened = LocalDatabase::open(
            QDir(dataDir).filePath(QStringLiteral("lectern.sqlite")), connection);
        QVERIFY(opened);
        QSqlDatabase database = opened.value().database;
        CatalogRepository catalog(database);
        ProgressRepository progress(database);
        QVERIFY(catalog.applyPage(testing::pageFor(m_content, QStringLiteral("learner"))));
        const Course *course = nullptr;
        for (const Course &candidate : std::as_const(m_content.courses)) {
            if (candidate.code == kCourse)
                course = &candidate;
        }
        QVERIFY(course);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        IntervalSet all;
        all.add(0, qint64(course->weeks.first().lectures.at(0).durationSeconds) * 1000);
        QVERIFY(progress.recordViewing({kLecture, all, 0, now.addSecs(-3600)}));
        IntervalSet part;
        part.add(0, 12000);
        QVERIFY(progress.recordViewing({kStarted, part, 12000, now.addSecs(-600)}));
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM sync_state WHERE key = 'catalog_cursor'")));
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestAccessibility::checkPage(const QString &page, QWidget *root, QWidget *start)
{
    QVERIFY2(root && root->isVisible(), qPrintable(page + QStringLiteral(" is not on screen")));
    QTest::qWait(50); // rows rebuilt on a timer settle, as they would before a user acts

    const QStringList unnamed = unnamedControls(page, root);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible name:\n  ")
                        + unnamed.join(QStringLiteral("\n  "))));

    const TabWalk walk = walkTabs(start);
    QVERIFY2(walk.trap.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(page, walk.trap)));

    const QStringList missing = unreachableControls(page, root, walk);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("controls Tab never reaches:\n  ")
                        + missing.join(QStringLiteral("\n  "))));

    const QString broken = breakInRun(page, root, walk);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

// The real client and its login dialog, answered with the keys alone: the fields are filled as
// a returning user finds them, Enter logs in.
std::unique_ptr<ClientApp> TestAccessibility::logIn(const QString &dataDir, const QString &username,
                                                    const QString &password)
{
    ClientApp::Options options;
    options.dataDir = dataDir;
    options.settingsPath = QDir(dataDir).filePath(QStringLiteral("lectern.ini"));
    options.login.server = m_server.url().toString();
    options.login.username = username;
    options.login.password = password;
    if (!QDir().mkpath(dataDir))
        return nullptr;
    auto client = std::make_unique<ClientApp>(options);
    client->start();
    if (!QTest::qWaitFor([&] { return client->controller()->loginDialog(); }, 10000))
        return nullptr;
    LoginDialog *dialog = client->controller()->loginDialog();
    if (!QTest::qWaitFor([dialog] { return dialog->isVisible(); }) || !activate(dialog))
        return nullptr;
    return client;
}

bool TestAccessibility::goToCourse(const QString &code)
{
    tree()->setFocus(Qt::ShortcutFocusReason);
    if (!QTest::qWaitFor([this] { return tree()->hasFocus(); }, 3000))
        return false;
    // Type-ahead, as in any list, after the pause that starts a new search.
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    QTest::keyClicks(tree(), code);
    return tree()->currentIndex().data(ProgrammeModel::CourseCodeRole).toString() == code
        && tree()->currentIndex().data(ProgrammeModel::KindRole).toInt()
        == int(ProgrammeModel::NodeKind::Course);
}

// From the current row down to the row wanted with Right (open) and Down, as with the keys.
bool TestAccessibility::goInTree(ProgrammeModel::NodeKind kind, const QString &id,
                                 const QString &courseCode)
{
    const QAbstractItemModel *model = tree()->model();
    const QModelIndex course = findInTree(model, int(ProgrammeModel::NodeKind::Course), courseCode);
    const QModelIndex target = findInTree(model, int(kind), id, course);
    if (!target.isValid())
        return false;
    for (int step = 0; step < 60; ++step) {
        const QModelIndex current = tree()->currentIndex();
        if (current == target)
            return true;
        bool above = false; // is current a row the target sits under?
        for (QModelIndex parent = target.parent(); parent.isValid(); parent = parent.parent())
            above = above || parent == current;
        QTest::keyClick(tree(),
                        above && !tree()->isExpanded(current) ? Qt::Key_Right : Qt::Key_Down);
    }
    return false;
}

void TestAccessibility::loginDialog()
{
    m_client = logIn(m_dir.filePath(QStringLiteral("learner")), QStringLiteral("learner"),
                     QStringLiteral("learner-demo"));
    QVERIFY(m_client);
    LoginDialog *dialog = m_client->controller()->loginDialog();
    QWidget *field = dialog->focusWidget();
    QVERIFY2(field, "the login dialog opens with no field focused");
    checkPage(QStringLiteral("login dialog"), dialog, field);

    // Enter logs in from any field, as in every login form.
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    password->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(password->hasFocus());
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->controller()->loginDialog(), 30000);
    auto *syncLabel = window()->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(syncLabel->text(), QStringLiteral("Up to date"), 30000);
    QVERIFY(activate(window()));
}

void TestAccessibility::home()
{
    QVERIFY(m_client);
    tree()->setFocus(Qt::ShortcutFocusReason);
    press(Qt::Key_1, Qt::ControlModifier);
    DashboardPage *home = window()->dashboardPage();
    QTRY_VERIFY(home->isVisible());
    // The week list follows the store; wait for this week's rows.
    QTRY_VERIFY(home->findChild<QPushButton *>(QStringLiteral("weekLecture-%1").arg(kLecture)));
    // The window's own controls (tree, tool bar, search, status bar) are checked here too.
    checkPage(QStringLiteral("Home"), window(), tree());
    checkPage(QStringLiteral("Home"), home, tree());
    // In reading order, the page comes next after the programme beside it, and the status line
    // after the page.
    const TabWalk walk = walkTabs(tree());
    QVERIFY(!walk.stops.isEmpty());
    QVERIFY2(home->isAncestorOf(walk.stops.first()),
             qPrintable(QStringLiteral("Tab from the programme goes to %1, not into Home")
                            .arg(describe(walk.stops.first()))));
    qsizetype afterHome = 0;
    while (afterHome < walk.stops.size() && home->isAncestorOf(walk.stops.at(afterHome)))
        ++afterHome;
    QVERIFY2(afterHome < walk.stops.size()
                 && window()->statusBar()->isAncestorOf(walk.stops.at(afterHome)),
             qPrintable(QStringLiteral("Tab from Home's last control goes to %1, not to the "
                                       "status line")
                            .arg(afterHome < walk.stops.size() ? describe(walk.stops.at(afterHome))
                                                               : QStringLiteral("nothing"))));

    // One key from this week's work: Tab to a quiz that is open, Space opens it; Esc goes back.
    // (The lecture beside it opens the same way; the player is the next pages' business.)
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY2(tabUntil([](QWidget *focus) {
                 return focus->objectName() == QStringLiteral("weekQuiz-%1").arg(kLecture);
             }),
             "Tab never reaches this week's quiz on Home");
    press(Qt::Key_Space);
    QTRY_VERIFY(window()->quizPage()->isVisible());
    QCOMPARE(window()->quizPage()->lectureId(), kLecture);
    press(Qt::Key_Escape); // a quiz leaves for its course
    QTRY_VERIFY(window()->coursePage()->isVisible());
    press(Qt::Key_Escape); // any other page for Home
    QTRY_VERIFY(home->isVisible());
}

void TestAccessibility::coursePage()
{
    QVERIFY(m_client);
    QVERIFY2(goToCourse(kCourse), "type-ahead in the programme does not find the course");
    QTRY_VERIFY(window()->coursePage()->isVisible());
    checkPage(QStringLiteral("course page"), window()->coursePage(), tree());

    // A week kept for offline viewing from the tree's own menu, opened with the Menu key as on
    // any keyboard, and the question with its size answered with the keys. (Its lectures then
    // play from disk for the rest of this test.)
    if (m_hasMedia) {
        QVERIFY(goInTree(ProgrammeModel::NodeKind::Week, QStringLiteral("1")));
        // The Menu key: the platform (X11) sends the window a keyboard context-menu event, which
        // Qt hands to the focused widget at its current item. (Offscreen has no keyboard.)
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
        QApplication::sendEvent(window()->windowHandle(), &menuKey);
        QMenu *menu = nullptr;
        QTRY_VERIFY2((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())),
                     "the Menu key opens no menu on the programme");
        QTest::keyClick(menu, Qt::Key_D); // "&Download week for offline…"
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window()->findChild<QMessageBox *>(QStringLiteral("downloadConfirmation")))
                && box->isVisible(),
            10000);
        QVERIFY(activate(box));
        checkPage(QStringLiteral("download confirmation"), box, box->focusWidget());
        QVERIFY(tabTo(box->findChild<QPushButton *>(QStringLiteral("confirmDownloadButton"))));
        press(Qt::Key_Return);
        const Course *course = m_client->model()->snapshot().course(kCourse);
        QVERIFY(course);
        for (const Lecture &lecture : course->weeks.first().lectures) {
            QTRY_VERIFY_WITH_TIMEOUT(m_client->downloads()->download(lecture.id)
                                         && m_client->downloads()->download(lecture.id)->state
                                             == DownloadState::Done,
                                     30000);
        }
        QVERIFY(activate(window()));
    }

    // A lecture of the course by arrows, Enter on it: the player opens.
    QVERIFY(goToCourse(kCourse));
    QVERIFY(goInTree(ProgrammeModel::NodeKind::Lecture, kLecture));
    press(Qt::Key_Return);
    QTRY_VERIFY(window()->lecturePage()->isVisible());
    QCOMPARE(window()->lecturePage()->lectureId(), kLecture);
    QVERIFY(!m_hasMedia || settled(window()->lecturePage()));
    press(Qt::Key_Escape);
    QTRY_VERIFY(window()->coursePage()->isVisible());
    press(Qt::Key_Escape);
    QTRY_VERIFY(window()->dashboardPage()->isVisible());
}

void TestAccessibility::lecturePage()
{
    QVERIFY(m_client);
    QVERIFY(goToCourse(kCourse));
    QVERIFY(goInTree(ProgrammeModel::NodeKind::Lecture, kLecture));
    LecturePage *page = window()->lecturePage();
    QTRY_VERIFY(page->isVisible());
    auto *quality = page->findChild<QComboBox *>(QStringLiteral("qualityCombo"));
    if (m_hasMedia) {
        QTRY_VERIFY_WITH_TIMEOUT(quality->count() > 0, 20000); // the media is in
        QVERIFY(settled(page));
    }
    checkPage(QStringLiteral("lecture page"), page, tree());

    // A focused control keeps its own keys: Space ticks the captions box and presses "?", the
    // arrows move the volume; none of them plays or seeks.
    LecturePlayback *playback = page->playback();
    auto *captions = page->findChild<QCheckBox *>(QStringLiteral("captionsCheck"));
    const bool captionsOn = captions->isChecked();
    const bool playingBefore = playback->isPlaying();
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY(tabTo(captions));
    press(Qt::Key_Space);
    QCOMPARE(captions->isChecked(), !captionsOn);
    QCOMPARE(playback->isPlaying(), playingBefore);
    press(Qt::Key_Space);
    QCOMPARE(captions->isChecked(), captionsOn);
    auto *volume = page->findChild<QAbstractSlider *>(QStringLiteral("volumeSlider"));
    QVERIFY(tabTo(volume));
    const int loud = volume->value();
    press(Qt::Key_Left);
    QVERIFY2(volume->value() < loud, "Left on the focused volume slider does not turn it down");
    press(Qt::Key_Right);
    QCOMPARE(volume->value(), loud);
    // "?" lists the shortcuts in a box of its own, which Esc closes.
    QVERIFY(tabTo(page->findChild<QAbstractButton *>(QStringLiteral("shortcutsButton"))));
    press(Qt::Key_Space);
    QMessageBox *shortcuts = nullptr;
    QTRY_VERIFY((shortcuts = page->findChild<QMessageBox *>(QStringLiteral("shortcutOverlay")))
                && shortcuts->isVisible());
    QVERIFY(activate(shortcuts));
    checkPage(QStringLiteral("keyboard shortcuts"), shortcuts, shortcuts->focusWidget());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("shortcutOverlay")));
    QVERIFY(activate(window()));

    // Space plays wherever else the focus is (the video here), Enter on a line of the
    // transcript plays from there, and Space pauses again (from the tree here).
    if (m_hasMedia) {
        auto *video = page->findChild<QWidget *>(QStringLiteral("videoWidget"));
        QVERIFY(tabTo(video));
        press(Qt::Key_Space);
        QTRY_VERIFY(playback->isPlaying());
        if (page->cues().size() > 3) {
            auto *transcript
                = page->findChild<QAbstractItemView *>(QStringLiteral("transcriptList"));
            QVERIFY(tabTo(transcript));
            press(Qt::Key_Home);
            press(Qt::Key_Down);
            press(Qt::Key_Down);
            press(Qt::Key_Return);
            const qint64 line = page->cues().at(2).startMs;
            QTRY_VERIFY(playback->position() >= line);
        }
        tree()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(tree()->hasFocus());
        press(Qt::Key_Space);
        QTRY_VERIFY(!playback->isPlaying());
        QVERIFY(settled(page));
    }

    press(Qt::Key_Escape);
    QTRY_VERIFY(window()->coursePage()->isVisible());
    QVERIFY(!playback->isPlaying());
    // Without the demo media the keys were not tried on a playing video: a failure, not a pass.
    QVERIFY2(m_hasMedia,
             "No demo media (scripts/make-demo-media.sh): Space was not tried on a "
             "playing video");
}

void TestAccessibility::quizPage()
{
    QVERIFY(m_client);
    // From Home's list of this week's work (on the tree's way, the lecture row opens the player).
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY(tabUntil([](QWidget *focus) {
        return focus->objectName() == QStringLiteral("weekQuiz-%1").arg(kLecture);
    }));
    press(Qt::Key_Space);
    QuizPage *page = window()->quizPage();
    QTRY_VERIFY(page->isVisible());
    auto *start = page->findChild<QPushButton *>(QStringLiteral("startQuizButton"));
    QTRY_VERIFY_WITH_TIMEOUT(start->isVisible() && start->isEnabled(), 20000);
    checkPage(QStringLiteral("quiz page (start)"), page, tree());

    // Start, answer the first question and submit with the keys alone.
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY(tabTo(start));
    press(Qt::Key_Space);
    AttemptView *attempt = page->attemptView();
    QTRY_VERIFY(attempt->isVisible());
    checkPage(QStringLiteral("quiz page (attempt)"), page, tree());

    tree()->setFocus(Qt::TabFocusReason);
    QWidget *question = attempt->questionWidget(attempt->currentPosition());
    QVERIFY(question);
    QWidget *editor = tabUntil([question](QWidget *focus) {
        return question->isAncestorOf(focus) && focus->objectName() != u"flagCheck"
            && focus->objectName() != u"questionText"
            && focus->objectName() != u"clearChoiceButton";
    });
    QVERIFY2(editor, "Tab never reaches an answer of the question shown");
    if (qobject_cast<QLineEdit *>(editor))
        QTest::keyClicks(editor, QStringLiteral("3"));
    else if (qobject_cast<QComboBox *>(editor))
        press(Qt::Key_Down);
    else
        press(Qt::Key_Space);
    // The navigator says so: "Question N, answered".
    auto *numbered = attempt->navigator()->findChild<QAbstractButton *>(
        QStringLiteral("navButton%1").arg(attempt->currentPosition() + 1));
    QVERIFY(numbered);
    QTRY_VERIFY2(
        !numbered->accessibleName().contains(QStringLiteral("not answered")),
        qPrintable(QStringLiteral("the answer given with %1 did not count").arg(describe(editor))));

    auto *submit = attempt->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(tabTo(submit));
    press(Qt::Key_Space);
    QTRY_VERIFY(attempt->confirmation() && attempt->confirmation()->isVisible());
    QMessageBox *confirmation = attempt->confirmation();
    QVERIFY(activate(confirmation));
    checkPage(QStringLiteral("submit confirmation"), confirmation, confirmation->focusWidget());
    QVERIFY(tabTo(confirmation->findChild<QPushButton *>(QStringLiteral("confirmSubmitButton"))));
    press(Qt::Key_Space);
    QTRY_VERIFY(page->resultView()->isVisible());
    QVERIFY(activate(window()));
    checkPage(QStringLiteral("quiz page (result)"), page, tree());

    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY(
        tabTo(page->resultView()->findChild<QPushButton *>(QStringLiteral("backToQuizButton"))));
    press(Qt::Key_Escape);
    QTRY_VERIFY(window()->coursePage()->isVisible());
}

void TestAccessibility::liveSessionsPage()
{
    QVERIFY(m_client);
    tree()->setFocus(Qt::ShortcutFocusReason);
    press(Qt::Key_L, Qt::ControlModifier);
    LiveSessionsPage *page = window()->liveSessionsPage();
    QTRY_VERIFY(page->isVisible());
    checkPage(QStringLiteral("live sessions"), page, tree());

    // Join with the keys: Tab to a course's Join, Space opens its link.
    tree()->setFocus(Qt::TabFocusReason);
    auto *join = tabUntil([](QWidget *focus) { return focus->objectName() == u"joinButton"; });
    QVERIFY2(join, "Tab never reaches a Join button");
    m_browser.urls.clear();
    press(Qt::Key_Space);
    QCOMPARE(m_browser.urls.size(), 1);

    // Export to a calendar with the keys: the file dialog takes a name and Enter.
    QVERIFY(tabTo(page->findChild<QPushButton *>(QStringLiteral("exportAllButton"))));
    press(Qt::Key_Space);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QFileDialog *>(QStringLiteral("exportDialog")))
                && dialog->isVisible());
    QVERIFY(activate(dialog));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(name->hasFocus());
    const QString path = m_dir.filePath(QStringLiteral("live.ics"));
    name->selectAll();
    QTest::keyClicks(name, path);
    press(Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QVERIFY(activate(window()));
    press(Qt::Key_Escape);
    QTRY_VERIFY(window()->dashboardPage()->isVisible());
}

void TestAccessibility::downloadsPage()
{
    QVERIFY(m_client);
    tree()->setFocus(Qt::ShortcutFocusReason);
    press(Qt::Key_J, Qt::ControlModifier);
    DownloadsPage *page = window()->downloadsPage();
    QTRY_VERIFY(page->isVisible());
    // The week downloaded from the programme's menu, a row each with its buttons.
    auto *list = page->findChild<QTreeWidget *>(QStringLiteral("downloadList"));
    if (m_hasMedia)
        QTRY_COMPARE(list->topLevelItemCount(), 3);
    checkPage(QStringLiteral("downloads"), page, tree());

    // The storage list by keys: a row chosen with the arrows, "Remove…" asks first, Esc keeps.
    if (m_hasMedia) {
        auto *storage = page->findChild<QTreeWidget *>(QStringLiteral("storageTree"));
        tree()->setFocus(Qt::TabFocusReason);
        QVERIFY(tabTo(storage));
        press(Qt::Key_Home);
        press(Qt::Key_Space);
        QTRY_VERIFY(storage->currentItem());
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeStorageButton"));
        QTRY_VERIFY(remove->isEnabled());
        QVERIFY(tabTo(remove));
        press(Qt::Key_Space);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("removeConfirmation")))
                    && box->isVisible());
        QVERIFY(activate(box));
        checkPage(QStringLiteral("remove confirmation"), box, box->focusWidget());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("removeConfirmation")));
        QVERIFY(m_client->downloads()->download(kLecture).has_value());
        QVERIFY(activate(window()));
    }
    press(Qt::Key_Escape);
    QTRY_VERIFY(window()->dashboardPage()->isVisible());
}

void TestAccessibility::searchBox()
{
    QVERIFY(m_client);
    tree()->setFocus(Qt::ShortcutFocusReason);
    press(Qt::Key_F, Qt::ControlModifier);
    auto *search = window()->findChild<SearchBox *>();
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("pain and society")); // a course's title
    QTRY_VERIFY(search->isShowingResults());
    QAbstractItemView *results = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"searchResults")
            results = qobject_cast<QAbstractItemView *>(widget);
    }
    QVERIFY2(results, "the search results are not a list of their own");
    QVERIFY(results->isVisible());
    QStringList unnamed = unnamedControls(QStringLiteral("search"), search);
    unnamed += unnamedControls(QStringLiteral("search results"), results);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));

    // The arrows move through the hits, Enter opens the one chosen (the course, first); the focus
    // stays in the box all along.
    press(Qt::Key_Down);
    press(Qt::Key_Up);
    QVERIFY(search->hasFocus());
    press(Qt::Key_Return);
    QTRY_VERIFY(!search->isShowingResults());
    QTRY_VERIFY(window()->coursePage()->isVisible());
    QCOMPARE(tree()->currentIndex().data(ProgrammeModel::CourseCodeRole).toString(), kCourse);
    press(Qt::Key_Escape); // the box keeps Esc for itself: it empties
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(window()->dashboardPage()->isVisible());
}

void TestAccessibility::syncStatusAndRefusedChanges()
{
    QVERIFY(m_client);
    QStatusBar *bar = window()->statusBar();
    SyncStatusWidget *status = window()->syncStatus();
    auto *syncNow = status->findChild<QPushButton *>(QStringLiteral("syncButton"));
    auto *label = status->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text() == QStringLiteral("Up to date") && syncNow->isEnabled(),
                             30000);
    // "Sync now" from the keys.
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY2(tabTo(syncNow), "Tab never reaches Sync now");
    QSignalSpy started(m_client->controller()->syncScheduler(), &SyncScheduler::runStarted);
    press(Qt::Key_Space);
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Up to date"), 30000);

    // A change the server refuses (viewing past the end of a lecture, as a broken player might
    // record it): its count is a button in the line, its list a dialog.
    const Lecture *lecture = m_client->model()->lecture(kLecture);
    QVERIFY(lecture);
    const qint64 pastTheEnd = qint64(lecture->durationSeconds) * 1000 + 600000;
    IntervalSet watched;
    watched.add(pastTheEnd, pastTheEnd + 1000);
    m_client->store()->recordViewingAsync(
        ViewingUpdate{kLecture, watched, pastTheEnd + 1000, QDateTime::currentDateTimeUtc()});
    auto *refused = status->findChild<QPushButton *>(QStringLiteral("syncRefusedButton"));
    QTRY_VERIFY_WITH_TIMEOUT(refused->isVisibleTo(status) && !bar->currentMessage().isEmpty(),
                             30000);
    // The notice that says so must leave the line, and the way to the list, where they are.
    QVERIFY2(
        status->isVisible(),
        qPrintable(
            QStringLiteral("the notice \"%1\" hides the sync line").arg(bar->currentMessage())));
    QVERIFY(refused->isVisible());
    checkPage(QStringLiteral("sync status"), status, tree());
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY2(tabTo(refused), "Tab never reaches the refused changes");
    press(Qt::Key_Space);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = status->refusedDialog()) && dialog->isVisible());
    QVERIFY(activate(dialog));
    QWidget *first = dialog->focusWidget() ? dialog->focusWidget() : dialog->nextInFocusChain();
    checkPage(QStringLiteral("refused changes"), dialog, first);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!status->refusedDialog());
    QVERIFY(activate(window()));
}

void TestAccessibility::aboutDialog()
{
    QVERIFY(m_client);
    tree()->setFocus(Qt::ShortcutFocusReason);
    // Help by its mnemonic, About as its first entry.
    press(Qt::Key_H, Qt::AltModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QTest::keyClick(menu, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window()->findChild<QMessageBox *>(QStringLiteral("aboutDialog")))
                && box->isVisible());
    QVERIFY(activate(box));
    QWidget *first = box->focusWidget() ? box->focusWidget() : box->nextInFocusChain();
    checkPage(QStringLiteral("About"), box, first);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!window()->findChild<QMessageBox *>(QStringLiteral("aboutDialog")));
    QVERIFY(activate(window()));
}

void TestAccessibility::rosterPage()
{
    m_client.reset(); // one client at a time, as on one computer
    m_client = logIn(m_dir.filePath(QStringLiteral("faculty")), QStringLiteral("faculty"),
                     QStringLiteral("faculty-demo"));
    QVERIFY(m_client);
    QTest::keyClick(m_client->controller()->loginDialog()->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->controller()->loginDialog()
                                 && m_client->model()->snapshot().course(kCourse)
                                 && window()->isFaculty(),
                             30000);
    QVERIFY(activate(window()));

    QVERIFY(goToCourse(kCourse));
    auto *roster = window()->coursePage()->findChild<QPushButton *>(QStringLiteral("rosterButton"));
    QTRY_VERIFY(roster && roster->isVisible());
    checkPage(QStringLiteral("course page (faculty)"), window()->coursePage(), tree());
    tree()->setFocus(Qt::TabFocusReason);
    QVERIFY2(tabTo(roster), "Tab never reaches Roster…");
    press(Qt::Key_Space);
    RosterPage *page = nullptr;
    QTRY_VERIFY((page = window()->findChild<RosterPage *>()) && page->isVisible());
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("rosterTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 0, 20000);
    if (page->isWindow()) {
        QVERIFY(activate(page));
        checkPage(QStringLiteral("roster"), page, table);
        page->close();
    } else {
        checkPage(QStringLiteral("roster"), page, tree());
        press(Qt::Key_Escape); // back to the course
        QTRY_VERIFY(window()->coursePage()->isVisible());
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
