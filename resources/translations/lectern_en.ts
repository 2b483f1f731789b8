<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>lectern::ApiClient</name>
    <message>
        <source>The server&apos;s answer to the login could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Your work is kept on this computer; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AppController</name>
    <message>
        <source>Local data was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme saved on this computer could not be read. It was moved to %1 and will be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::CoursePage</name>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3 time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Next: %1, your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Weekly live session&lt;/h3&gt;&lt;p&gt;%1 · %n minute(s)&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Weekly live session&lt;/h3&gt;&lt;p&gt;%1 · %n minute&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Weekly live session&lt;/h3&gt;&lt;p&gt;%1 · %n minutes&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No programme yet&lt;/h2&gt;&lt;p&gt;Log in to download your programme. After the first sync it is available offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 courses · %2 in %3 trimesters&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Programme goals&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 · %n week(s) · %2 lectures · trimester %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 · %n week · %2 lectures · trimester %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 · %n weeks · %2 lectures · trimester %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Draft:&lt;/b&gt; learners do not see this course yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Domains:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Weekly plan&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Week %1: %2&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;%1 (%2 min) · quiz of %n question(s)&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 (%2 min) · quiz of %n question&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 (%2 min) · quiz of %n questions&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Each quiz opens once its lecture has been watched to %1%.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 min · quiz of %n question(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 min · quiz of %n question&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 min · quiz of %n questions&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Learning objectives&lt;/h3&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;About this lecture&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The quiz is unlocked.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The quiz is locked&lt;/b&gt; until %1% of the lecture has been watched (%2% so far).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DownloadManager</name>
    <message numerus="yes">
        <source>%n file(s) of this lecture no longer match the server&apos;s checksum (%1) and were deleted. Press Resume to download them again.</source>
        <translation>
            <numerusform>%n file of this lecture no longer matches the server&apos;s checksum (%1) and was deleted. Press Resume to download it again.</numerusform>
            <numerusform>%n files of this lecture no longer match the server&apos;s checksum (%1) and were deleted. Press Resume to download them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lecture&apos;s video could not be found on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no files for this lecture&apos;s video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived incomplete (%2 of %3 bytes). Press Resume to fetch the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived damaged: its SHA-256 checksum does not match the server&apos;s, so it was deleted. Press Resume to download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped: the server sent nothing for %1 seconds. Press Resume to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download stopped: the server cannot be reached (%1). Press Resume to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the download link for %1 (HTTP 403). Press Resume to ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no file %1 for this lecture (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem sending %1 (HTTP %2). Press Resume to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to send %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DownloadsPage</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (finding its size…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded: plays offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download only on &amp;unmetered networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Downloads&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a metered connection (a phone&apos;s hotspot, a paid plan) downloads wait until the computer is on an unmetered one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage by course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course, week or lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected lectures&apos; files against their checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the downloaded files of the selected lecture, week or course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storage&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of %1 could not be found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Download %n lecture(s) of %1 for offline viewing?</source>
        <translation>
            <numerusform>Download %n lecture of %1 for offline viewing?</numerusform>
            <numerusform>Download %n lectures of %1 for offline viewing?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are already downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They need %1 of disk space; %2 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n downloaded lecture(s) of %1 from this computer?</source>
        <translation>
            <numerusform>Remove %n downloaded lecture of %1 from this computer?</numerusform>
            <numerusform>Remove %n downloaded lectures of %1 from this computer?</numerusform>
        </translation>
    </message>
    <message>
        <source>This frees %1. Viewing progress is kept, and the lectures still play online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download week for offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download course for offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove week&apos;s &amp;downloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove course&apos;s &amp;downloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partly downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline lectures use %1 on this computer, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lectures are downloaded. Right-click a lecture, week or course in the programme to download it for offline viewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not report whether a network is metered, so this option cannot apply: downloads run on any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an unmetered network: downloads continue once the computer is on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LecturePage</name>
    <message>
        <source>&amp;Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show captions (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video for this lecture is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captions file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: viewing is not recorded and the quiz is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% watched · the quiz is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% watched · the quiz unlocks at %2%: %3 left to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked: %1 is ready to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Play or pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back or forward 10 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back or forward 10 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[&lt;/b&gt; / &lt;b&gt;]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Slower or faster&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Captions on or off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Full screen (Esc leaves it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;?&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this lecture on this computer to watch it offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume download (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed: retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded: plays offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LecturePlayback</name>
    <message>
        <source>The connection to the lecture was lost. Playback will continue from here when the network returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lecture cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with the account your programme gave you. Lectern keeps your courses on this computer so you can study offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://lectern.example.edu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Lectures, quizzes and progress for online clinical programmes, online or offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the programme saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded for offline viewing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show d&amp;ownloads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::Parser</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue: a cue needs a timing line such as &apos;00:01.000 --&gt; 00:04.000&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank line must come before each cue; read as a new cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue timing &apos;%1&apos; is not valid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ProgrammeModel</name>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 · Trimester %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the other option was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n question(s)</source>
        <translation>
            <numerusform>%1 · %n question</numerusform>
            <numerusform>%1 · %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens once the lecture has been watched to %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2% watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · locked: %2:%3 left to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · open (preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::QuestionParser</name>
    <message>
        <source>This question has a name but no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question name that starts with &apos;::&apos; is never closed with &apos;::&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text format [%1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer block that opens on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question has one answer block; another one opens on line %1. Leave a blank line between questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;}&apos; with no &apos;{&apos; before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight &apos;%1&apos; is not a percentage between -100 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer after &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; or &apos;~&apos; in front of it to be an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiple-choice question needs at least two answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiple-choice question needs one right answer marked with &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; in front of it to be an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; in front of it to be a matching pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching pairs need &apos;-&gt;&apos; between the item and its match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing follows &apos;-&gt;&apos; in this matching pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matching question needs at least two pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numerical answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numerical question needs a number after &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical answer &apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range &apos;%1&apos; starts above where it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance after &apos;:&apos; can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question on line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::StoreWorker</name>
    <message>
        <source>The local database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::TimingReader</name>
    <message>
        <source>use --&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put --&gt; between the start and the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a space between the end time and any cue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use mm:ss.ttt or hh:mm:ss.ttt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a full stop before the milliseconds, as in 00:01.500</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::WatchedSeekBar</name>
    <message>
        <source>Position in the lecture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::WebVttParser</name>
    <message>
        <source>Line 1 must start with WEBVTT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lectern: lectures, quizzes and progress for online clinical programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to log in to (prefills the login dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local database and settings in DIR instead of the standard location, so several profiles or tests can run side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to prefill in the login dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the bundled demo learner&apos;s credentials (learner / learner-demo). For demos only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
