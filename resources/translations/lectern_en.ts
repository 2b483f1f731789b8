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
    <message>
        <source>This version of Lectern is too old for the server; please update.</source>
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
        <source>Unlocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data saved on this computer could not be read. It was kept in %1. %n change(s) not yet sent could be read from it and will be sent; the programme and your progress will be downloaded again.</source>
        <translation>
            <numerusform>The data saved on this computer could not be read. It was kept in %1. %n change not yet sent could be read from it and will be sent; the programme and your progress will be downloaded again.</numerusform>
            <numerusform>The data saved on this computer could not be read. It was kept in %1. %n changes not yet sent could be read from it and will be sent; the programme and your progress will be downloaded again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your last changes to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n timed quiz attempt(s) ran out of time while Lectern was closed and were submitted with the answers given.</source>
        <translation>
            <numerusform>%n timed quiz attempt ran out of time while Lectern was closed and was submitted with the answers given.</numerusform>
            <numerusform>%n timed quiz attempts ran out of time while Lectern was closed and were submitted with the answers given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::AttemptSession</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz opens on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used your only attempt at this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used all %1 attempts at this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::AttemptView</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All questions on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: answered. ⚑: flagged for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: questions %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review: question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review: questions %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions, scrollable</source>
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
    <message>
        <source>Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the roster of this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each learner&apos;s viewing, quiz scores and last activity in this course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::DashboardPage</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the week with your next lecture or quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course is complete, and its units are earned, when every quiz of the course is passed and counted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of your best counted score in each quiz you have taken. Attempts the server did not count are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectures and quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due and upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: trimester %1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimester %1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 · Trimester %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (this week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing half-watched. Pick a lecture of this week to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — resume at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: closed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live session · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the %1 live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due: no quiz of your courses closes soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 units earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quiz average: &lt;b&gt;%1%&lt;/b&gt; over %n quiz(zes)</source>
        <translation>
            <numerusform>Quiz average: &lt;b&gt;%1%&lt;/b&gt; over %n quiz</numerusform>
            <numerusform>Quiz average: &lt;b&gt;%1%&lt;/b&gt; over %n quizzes</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz average: no quiz taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 quizzes passed and counted, %4 of %5 lectures watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) not started yet.</source>
        <translation>
            <numerusform>%n course not started yet.</numerusform>
            <numerusform>%n courses not started yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Li&amp;ve sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course&apos;s weekly live session in your time zone, to join or add to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3, week %4: %5% watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is the share of the course&apos;s quizzes you have passed and the server has counted, not of lectures watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s lectures and quizzes, what to continue and your progress appear here as soon as your programme has been downloaded from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your courses and progress saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of quizzes passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quizzes passed</source>
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
    <message>
        <source>Previewing as a learner, not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line with the moment it is said; Enter plays from there</source>
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
    <name>lectern::LiveSessionCalendar</name>
    <message>
        <source>%1 live session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly live session of %1 %2 with the course faculty, every %3 at %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionNotifier</name>
    <message numerus="yes">
        <source>%1 live session in %n minute(s)</source>
        <translation>
            <numerusform>%1 live session in %n minute</numerusform>
            <numerusform>%1 live session in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts at %2, your time. Click to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionSchedule</name>
    <message>
        <source>the weekday &quot;%1&quot; is not Monday … Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration of %1 minutes is not positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionsPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date of the next live session; a QDate format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>long date, time, zone abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: every %2 at %3 in %4.&lt;/p&gt;&lt;p&gt;Course time (%4):&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;Your time (%6):&lt;br&gt;%7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Live sessions&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each course meets its faculty online once a week. Join from here, or add the sessions to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live sessions yet: they appear here once your programme has been downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder, minutes before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification this many minutes before each session starts, and an alarm in exported calendars. 0 turns them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every session below as one iCalendar (.ics) file for your calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>course code and title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown, because their schedule could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in your time zone, %1 (%2). Hover over a time to see it in the course&apos;s own zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the %1 live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course has no link for its live session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this course&apos;s weekly session as an iCalendar (.ics) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the %1 live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n live session(s) to %1. Open that file with your calendar app to add them.</source>
        <translation>
            <numerusform>Saved %n live session to %1. Open that file with your calendar app to add it.</numerusform>
            <numerusform>Saved %n live sessions to %1. Open that file with your calendar app to add them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file could not be saved as %1:
%2

Choose another folder, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join or add to calendar</source>
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
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview as learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your courses exactly as a learner does: locked quizzes, no answer keys. Nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern — previewing as a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, what to continue and your progress (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live session at %2, your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every course&apos;s weekly live session in your time zone (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Lectures, quizzes and progress for online clinical programmes, online or offline.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;GStreamer %3&lt;br&gt;SQLite %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>page — application</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern will use the new language the next time it starts.</source>
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
    <message>
        <source>Not your elective: you chose the other option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ProgressFeed</name>
    <message>
        <source>The server sent progress that could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ProgressRepository</name>
    <message>
        <source>The server refused this change without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ProgressSync</name>
    <message numerus="yes">
        <source>The server did not confirm %n change(s); they are kept on this computer and will be sent again.</source>
        <translation>
            <numerusform>The server did not confirm %n change; it is kept on this computer and will be sent again.</numerusform>
            <numerusform>The server did not confirm %n changes; they are kept on this computer and will be sent again.</numerusform>
        </translation>
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
    <message>
        <source>The directive &apos;// lectern: case-sensitive&apos; must stand on the line directly before its question, with no blank line between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directive &apos;// lectern: case-sensitive&apos; is not followed by a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Lectern directive &apos;%1&apos;. The one Lectern knows is &apos;// lectern: case-sensitive&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directive &apos;// lectern: case-sensitive&apos; applies only to short answers and missing words to type, not to the question on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::QuestionWidget</name>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag question %1 for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, for example 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missing word in question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Also listed, matches nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If true: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If false: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::QuizNavigator</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::QuizPage</name>
    <message>
        <source>&lt;b&gt;Your attempts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attempt to review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: unlimited (%1 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts allowed: unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minute(s); the attempt submits itself when time runs out</source>
        <translation>
            <numerusform>Time limit: %n minute; the attempt submits itself when time runs out</numerusform>
            <numerusform>Time limit: %n minutes; the attempt submits itself when time runs out</numerusform>
        </translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers are shown after each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers are shown after a learner&apos;s last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers are shown after your last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is shown after each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded yet: sync once while online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — nothing is recorded. You see the answer keys and feedback under each question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an attempt in progress, started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz opens once you have watched %1 of the lecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attempt of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing as a learner — nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::QuizRepository</name>
    <message>
        <source>The quiz saved for %1 could not be read (%2). It will be downloaded again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview attempt is not saved as progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an attempt in progress can be saved; submit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was already submitted; its answers can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt is not finished, so it cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::ResultView</name>
    <message>
        <source>&amp;Back to the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted automatically when the time ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — nothing is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional — will be confirmed when you are online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the server: counted as attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the server: counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: the attempt limit was already reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 out of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed (pass mark %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed (pass mark %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark: %1 out of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: 0 out of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the answers, scrollable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General feedback on question %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RosterCodec</name>
    <message>
        <source>The server sent a roster this version of Lectern cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RosterCsv</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course watched %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 watched %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quiz best %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 quiz attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::RosterPage</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster · %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the faculty who teach this course can see its roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner takes this course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s). Each strip is one lecture: solid parts were watched, pale parts skipped or not watched yet.</source>
        <translation>
            <numerusform>%n learner. Each strip is one lecture: solid parts were watched, pale parts skipped or not watched yet.</numerusform>
            <numerusform>%n learners. Each strip is one lecture: solid parts were watched, pale parts skipped or not watched yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 watched; %3:%4 not watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n attempt(s)</source>
        <translation>
            <numerusform>%1 · %n attempt</numerusform>
            <numerusform>%1 · %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none counted · %n attempt(s)</source>
        <translation>
            <numerusform>none counted · %n attempt</numerusform>
            <numerusform>none counted · %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Best counted score over %n counted attempt(s)</source>
        <translation>
            <numerusform>%1
Best counted score over %n counted attempt</numerusform>
            <numerusform>%1
Best counted score over %n counted attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the roster to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SearchBox</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lectures and what is said in them (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search course and lecture titles, objectives, scripts and transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts are still being indexed: more may be found soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken in lectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Week %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture %1, %2 week %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken in %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::StoreWorker</name>
    <message>
        <source>The local database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by the previous user of this computer have not reached the server yet. They are kept: that user must log in and sync before someone else can use Lectern here.</source>
        <translation>
            <numerusform>%n change made by the previous user of this computer has not reached the server yet. It is kept: that user must log in and sync before someone else can use Lectern here.</numerusform>
            <numerusform>%n changes made by the previous user of this computer have not reached the server yet. They are kept: that user must log in and sync before someone else can use Lectern here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::StudyCharts</name>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study time per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture time played on this computer each week (re-watching counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz scores: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lectern::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes the server refused, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet — %1</source>
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
        <source>Offline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced since Lectern started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the programme saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept these changes. They are kept on this computer and are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz attempt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing (%1)</source>
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
    <name>lectern::WeekList</name>
    <message>
        <source>Quiz locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again (best %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed %1% · not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens once the lecture has been watched far enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open the lecture where you stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open the lecture</source>
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
    <message>
        <source>Quit once the main window has shown the programme saved on this computer, to time start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: system (the default, as the desktop&apos;s), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: system (the default, as the desktop&apos;s), en or es. Overrides the choice made in View → Language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
