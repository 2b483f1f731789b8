#include "media/webvtt.h"

#include <QTest>

using namespace lectern;

namespace {

// One line per cue: "start-end|id|speaker|text", the text's line breaks shown as "/".
QStringList describe(const QList<Cue> &cues)
{
    QStringList out;
    for (const Cue &c : cues) {
        QString text = c.text;
        text.replace(u'\n', u'/');
        out.append(
            QStringLiteral("%1-%2|%3|%4|%5")
                .arg(QString::number(c.startMs), QString::number(c.endMs), c.id, c.speaker, text));
    }
    return out;
}

QStringList messages(const QList<WebVttWarning> &warnings)
{
    QStringList out;
    for (const WebVttWarning &w : warnings)
        out.append(w.message);
    return out;
}

QList<Cue> cuesOf(const QString &vtt)
{
    const Result<WebVttDocument> r = WebVttParser::parse(vtt);
    return r.isOk() ? r.value().cues : QList<Cue>();
}

} // namespace

class TestWebVtt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCues_data();
    void readsCues();
    void acceptsBomAndAnyLineEnding_data();
    void acceptsBomAndAnyLineEnding();
    void readsUtf8Bytes();
    void refusesFilesThatAreNotWebVtt_data();
    void refusesFilesThatAreNotWebVtt();
    void skipsBadCueAndKeepsTheOthers_data();
    void skipsBadCueAndKeepsTheOthers();
    void fileWithNoUsableCueIsAnError();
    void warningLinesCountCrlfOnce();
    void cueAtFindsTheShowingCue_data();
    void cueAtFindsTheShowingCue();
    void cueAtOnLongFileIsBinarySearch();
};

void TestWebVtt::readsCues_data()
{
    QTest::addColumn<QString>("vtt");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("header only") << "WEBVTT\n" << QStringList();
    QTest::newRow("one cue") << "WEBVTT\n\n00:01.000 --> 00:04.000\nHello\n"
                             << QStringList{"1000-4000|||Hello"};
    QTest::newRow("no final newline")
        << "WEBVTT\n\n00:01.000 --> 00:04.000\nHello" << QStringList{"1000-4000|||Hello"};
    QTest::newRow("text after WEBVTT and header lines")
        << "WEBVTT - Week 1, lecture 2\nKind: captions\nLanguage: en\n\n"
           "00:00.000 --> 00:01.500\nA\n"
        << QStringList{"0-1500|||A"};
    QTest::newRow("tab after WEBVTT") << "WEBVTT\tcaptions\n\n00:00.000 --> 00:01.000\nA\n"
                                      << QStringList{"0-1000|||A"};
    QTest::newRow("HLS timestamp map header")
        << "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n"
           "00:00:02.000 --> 00:00:03.000\nA\n"
        << QStringList{"2000-3000|||A"};
    QTest::newRow("hours") << "WEBVTT\n\n01:02:03.456 --> 01:02:04.000\nLate\n"
                           << QStringList{"3723456-3724000|||Late"};
    QTest::newRow("one-digit hours") << "WEBVTT\n\n1:00:00.000 --> 1:00:01.000\nA\n"
                                     << QStringList{"3600000-3601000|||A"};
    QTest::newRow("identifiers") << "WEBVTT\n\nintro\n00:01.000 --> 00:02.000\nA\n\n"
                                    "2\n00:02.000 --> 00:03.000\nB\n"
                                 << QStringList{"1000-2000|intro||A", "2000-3000|2||B"};
    QTest::newRow("settings ignored")
        << "WEBVTT\n\n00:01.000 --> 00:02.000 align:start position:10% line:0\nA\n"
        << QStringList{"1000-2000|||A"};
    QTest::newRow("multi-line text")
        << "WEBVTT\n\n00:01.000 --> 00:02.000\nPain is a\nmultidimensional experience.\n"
        << QStringList{"1000-2000|||Pain is a/multidimensional experience."};
    QTest::newRow("cue with no text") << "WEBVTT\n\n00:01.000 --> 00:02.000\n\n"
                                      << QStringList{"1000-2000|||"};
    QTest::newRow("NOTE blocks skipped")
        << "WEBVTT\n\nNOTE written by hand\nacross two lines\n\n00:01.000 --> 00:02.000\nA\n"
           "\nNOTE\nanother\n\n00:02.000 --> 00:03.000\nB\n"
        << QStringList{"1000-2000|||A", "2000-3000|||B"};
    QTest::newRow("STYLE and REGION skipped")
        << "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:fred width:40%\n\n"
           "00:01.000 --> 00:02.000 region:fred\nA\n"
        << QStringList{"1000-2000|||A"};
    QTest::newRow("formatting tags stripped")
        << "WEBVTT\n\n00:01.000 --> 00:02.000\n<b>Bold</b>, <i>italic</i>, <u>u</u>, "
           "<c.yellow.bg_blue>c</c>, <lang es>sí</lang>\n"
        << QStringList{"1000-2000|||Bold, italic, u, c, sí"};
    QTest::newRow("voice kept as speaker")
        << "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Dr. Amara Lee>Pain is "
           "multidimensional.</v>\n"
        << QStringList{"1000-2000||Dr. Amara Lee|Pain is multidimensional."};
    QTest::newRow("voice with a class, first voice wins")
        << "WEBVTT\n\n00:01.000 --> 00:02.000\n<v.loud Sam>Hi\n<v Ana>Hello\n"
        << QStringList{"1000-2000||Sam|Hi/Hello"};
    QTest::newRow("timestamp tags stripped")
        << "WEBVTT\n\n00:01.000 --> 00:03.000\none <00:00:02.000>two\n"
        << QStringList{"1000-3000|||one two"};
    QTest::newRow("entities decoded")
        << "WEBVTT\n\n00:01.000 --> 00:02.000\nA &amp; B &lt;3 &gt; C&nbsp;D &quot;q&quot; "
           "&#233; &#x2013;\n"
        << QStringList{QStringLiteral("1000-2000|||A & B <3 > C\u00A0D \"q\" é –")};
    QTest::newRow("escaped tag stays text") << "WEBVTT\n\n00:01.000 --> 00:02.000\n&lt;b&gt;\n"
                                            << QStringList{"1000-2000|||<b>"};
    QTest::newRow("unknown entity and lone signs kept")
        << "WEBVTT\n\n00:01.000 --> 00:02.000\nR&D &copy; 3 < 4\n"
        << QStringList{"1000-2000|||R&D &copy; 3 < 4"};
    QTest::newRow("cues sorted by start")
        << "WEBVTT\n\n00:05.000 --> 00:06.000\nB\n\n00:01.000 --> 00:02.000\nA\n"
        << QStringList{"1000-2000|||A", "5000-6000|||B"};
    QTest::newRow("no blank line after the header") << "WEBVTT\n00:01.000 --> 00:02.000\nA\n"
                                                    << QStringList{"1000-2000|||A"};
    QTest::newRow("blank lines with spaces")
        << "WEBVTT\n  \n00:01.000 --> 00:02.000\nA\n \t\n00:02.000 --> 00:03.000\nB\n"
        << QStringList{"1000-2000|||A", "2000-3000|||B"};
}

void TestWebVtt::readsCues()
{
    QFETCH(QString, vtt);
    QFETCH(QStringList, expected);

    const Result<WebVttDocument> r = WebVttParser::parse(vtt);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(describe(r.value().cues), expected);
    QCOMPARE(messages(r.value().warnings), QStringList());
}

void TestWebVtt::acceptsBomAndAnyLineEnding_data()
{
    QTest::addColumn<QString>("vtt");

    const QString lf = QStringLiteral("WEBVTT\n\nNOTE hi\n\nid\n00:01.000 --> 00:02.000\nA\nB\n\n"
                                      "00:03.000 --> 00:04.000\nC\n");
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << QString(lf).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QTest::newRow("CR") << QString(lf).replace(u'\n', u'\r');
    QTest::newRow("BOM") << QChar(0xFEFF) + lf;
    QTest::newRow("BOM and CRLF") << QChar(0xFEFF)
            + QString(lf).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
}

void TestWebVtt::acceptsBomAndAnyLineEnding()
{
    QFETCH(QString, vtt);

    const Result<WebVttDocument> r = WebVttParser::parse(vtt);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(describe(r.value().cues), (QStringList{"1000-2000|id||A/B", "3000-4000|||C"}));
    QVERIFY(r.value().warnings.isEmpty());
}

void TestWebVtt::readsUtf8Bytes()
{
    const QByteArray bytes = "\xEF\xBB\xBFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n"
                             "Dolor neurop\xC3\xA1tico \xE2\x80\x93 na\xC3\xAFve\r\n";
    const Result<WebVttDocument> r = WebVttParser::parse(bytes);
    QVERIFY(r.isOk());
    QCOMPARE(r.value().cues.size(), 1);
    QCOMPARE(r.value().cues.first().text, QStringLiteral("Dolor neuropático – naïve"));
}

void TestWebVtt::refusesFilesThatAreNotWebVtt_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("SubRip") << "1\n00:00:01,000 --> 00:00:02,000\nHello\n";
    QTest::newRow("lower case") << "webvtt\n\n00:01.000 --> 00:02.000\nA\n";
    QTest::newRow("space before") << " WEBVTT\n";
    QTest::newRow("glued text") << "WEBVTTcaptions\n";
    QTest::newRow("blank first line") << "\nWEBVTT\n";
    QTest::newRow("HTML") << "<!doctype html><title>404</title>";
}

void TestWebVtt::refusesFilesThatAreNotWebVtt()
{
    QFETCH(QString, text);

    const Result<WebVttDocument> r = WebVttParser::parse(text);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code, QStringLiteral("webvtt_invalid"));
    QCOMPARE(r.error().message, QStringLiteral("Line 1 must start with WEBVTT."));
}

void TestWebVtt::skipsBadCueAndKeepsTheOthers_data()
{
    QTest::addColumn<QString>("badCue");
    QTest::addColumn<QStringList>("expectedCues");
    QTest::addColumn<QString>("warning");

    // Each bad block sits between two good cues; its first line is line 7.
    const QStringList both{"1000-2000|||Before", "9000-9500|||After"};
    QTest::newRow("single-dash arrow")
        << "00:01.000 -> 00:02.000\nBad" << both
        << "Line 7: the cue timing '00:01.000 -> 00:02.000' is not valid (use -->).";
    QTest::newRow("identifier, then a bad timing")
        << "cue-3\n00:03.000 -> 00:04.000\nBad" << both
        << "Line 8: the cue timing '00:03.000 -> 00:04.000' is not valid (use -->).";
    QTest::newRow("comma before milliseconds")
        << "00:03,000 --> 00:04.000\nBad" << both
        << "Line 7: the cue timing '00:03,000 --> 00:04.000' is not valid (use a full "
           "stop before the milliseconds, as in 00:01.500).";
    QTest::newRow("minutes out of range")
        << "00:75.000 --> 00:76.000\nBad" << both
        << "Line 7: the cue timing '00:75.000 --> 00:76.000' is not valid (use mm:ss.ttt "
           "or hh:mm:ss.ttt).";
    QTest::newRow("two-digit milliseconds")
        << "00:03.00 --> 00:04.000\nBad" << both
        << "Line 7: the cue timing '00:03.00 --> 00:04.000' is not valid (use mm:ss.ttt or "
           "hh:mm:ss.ttt).";
    QTest::newRow("no spaces around the arrow")
        << "00:03.000-->00:04.000\nFine" << QStringList{both[0], "3000-4000|||Fine", both[1]} << "";
    QTest::newRow("settings glued to the end time")
        << "00:03.000 --> 00:04.000align:start\nBad" << both
        << "Line 7: the cue timing '00:03.000 --> 00:04.000align:start' is not valid (put a "
           "space between the end time and any cue settings).";
    QTest::newRow("ends before it starts")
        << "00:05.000 --> 00:04.000\nBad" << both
        << "Line 7: the cue timing '00:05.000 --> 00:04.000' is not valid (the end must "
           "come after the start).";
    QTest::newRow("ends as it starts") << "00:05.000 --> 00:05.000\nBad" << both
                                       << "Line 7: the cue timing '00:05.000 --> 00:05.000' is "
                                          "not valid (the end must come after the start).";
    QTest::newRow("text with no timing")
        << "Just some words\nwith no timing" << both
        << "Line 7: 'Just some words' is not a cue: a cue needs a timing line such as "
           "'00:01.000 --> 00:04.000'.";
    QTest::newRow("missing blank line between cues")
        << "00:03.000 --> 00:04.000\nFirst\n00:04.000 --> 00:05.000\nSecond"
        << QStringList{both[0], "3000-4000|||First", "4000-5000|||Second", both[1]}
        << "Line 9: a blank line must come before each cue; read as a new cue.";
}

void TestWebVtt::skipsBadCueAndKeepsTheOthers()
{
    QFETCH(QString, badCue);
    QFETCH(QStringList, expectedCues);
    QFETCH(QString, warning);

    // Lines: 1 WEBVTT, 2 a header line, 4 timing, 5 text, 7 the bad block.
    const QString vtt = QStringLiteral("WEBVTT\nKind: captions\n\n00:01.000 --> 00:02.000\n"
                                       "Before\n\n")
        + badCue + QStringLiteral("\n\n00:09.000 --> 00:09.500\nAfter\n");
    const Result<WebVttDocument> r = WebVttParser::parse(vtt);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(describe(r.value().cues), expectedCues);
    QCOMPARE(messages(r.value().warnings),
             warning.isEmpty() ? QStringList() : QStringList{warning});
    if (!warning.isEmpty())
        QCOMPARE(r.value().warnings.first().line, warning.section(u':', 0, 0).mid(5).toInt());
}

void TestWebVtt::fileWithNoUsableCueIsAnError()
{
    const Result<WebVttDocument> r
        = WebVttParser::parse(QStringLiteral("WEBVTT\n\n00:01.000 -> 00:02.000\nHello\n"));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code, QStringLiteral("webvtt_invalid"));
    QCOMPARE(
        r.error().message,
        QStringLiteral("Line 3: the cue timing '00:01.000 -> 00:02.000' is not valid (use -->)."));
}

void TestWebVtt::warningLinesCountCrlfOnce()
{
    const Result<WebVttDocument> r
        = WebVttParser::parse(QStringLiteral("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nA\r\n\r\n"
                                             "00:03.000 -> 00:04.000\r\nB\r\n"));
    QVERIFY(r.isOk());
    QCOMPARE(r.value().cues.size(), 1);
    QCOMPARE(r.value().warnings.size(), 1);
    QCOMPARE(r.value().warnings.first().line, 6);
    QCOMPARE(r.value().cues.first().line, 3);
}

void TestWebVtt::cueAtFindsTheShowingCue_data()
{
    QTest::addColumn<QString>("vtt");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("expected");

    const QString three = QStringLiteral("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\n"
                                         "00:02.000 --> 00:03.000\nB\n\n"
                                         "00:05.000 --> 00:06.000\nC\n");
    QTest::newRow("before the first") << three << qint64(999) << -1;
    QTest::newRow("start is inside") << three << qint64(1000) << 0;
    QTest::newRow("inside") << three << qint64(1500) << 0;
    QTest::newRow("end belongs to the next") << three << qint64(2000) << 1;
    QTest::newRow("in a gap") << three << qint64(4000) << -1;
    QTest::newRow("last") << three << qint64(5999) << 2;
    QTest::newRow("after all") << three << qint64(6000) << -1;
    QTest::newRow("no cues") << "WEBVTT\n" << qint64(0) << -1;

    const QString overlapping = QStringLiteral("WEBVTT\n\n00:01.000 --> 00:10.000\nLong\n\n"
                                               "00:02.000 --> 00:03.000\nShort\n");
    QTest::newRow("overlap: later start wins") << overlapping << qint64(2500) << 1;
    QTest::newRow("overlap: long one shows again") << overlapping << qint64(5000) << 0;
}

void TestWebVtt::cueAtFindsTheShowingCue()
{
    QFETCH(QString, vtt);
    QFETCH(qint64, ms);
    QFETCH(int, expected);

    QCOMPARE(cueAt(cuesOf(vtt), ms), qsizetype(expected));
}

void TestWebVtt::cueAtOnLongFileIsBinarySearch()
{
    // Three hours of 3-second captions with 1-second gaps.
    QString vtt = QStringLiteral("WEBVTT\n");
    const auto stamp = [](qint64 ms) {
        return QStringLiteral("%1:%2:%3.%4")
            .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
            .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
            .arg(ms % 1000, 3, 10, QLatin1Char('0'));
    };
    constexpr int count = 2700;
    for (int k = 0; k < count; ++k) {
        vtt += QStringLiteral("\n%1 --> %2\nCaption %3\n")
                   .arg(stamp(k * 4000), stamp(k * 4000 + 3000))
                   .arg(k);
    }
    const QList<Cue> cues = cuesOf(vtt);
    QCOMPARE(cues.size(), count);
    for (int k = 0; k < count; k += 37) {
        QCOMPARE(cueAt(cues, k * 4000 + 1500), qsizetype(k));
        QCOMPARE(cueAt(cues, k * 4000 + 3500), qsizetype(-1));
    }
    QCOMPARE(cues.last().text, QStringLiteral("Caption %1").arg(count - 1));
}

QTEST_GUILESS_MAIN(TestWebVtt)
#include "tst_webvtt.moc"
