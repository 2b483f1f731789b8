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
        <source>Opens once the lecture has been watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
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
