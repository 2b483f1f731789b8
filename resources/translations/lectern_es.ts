<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>lectern::ApiClient</name>
    <message>
        <source>The server&apos;s answer to the login could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor al inicio de sesión.</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read (%1).</source>
        <translation>El servidor envió una respuesta que no se pudo leer (%1).</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2).</source>
        <translation>No se puede conectar con el servidor en %1 (%2).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds.</source>
        <translation>El servidor en %1 no respondió en un plazo de %2 segundos.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a minute and try again.</source>
        <translation>Demasiados intentos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Your work is kept on this computer; try again later.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Su trabajo se conserva en este equipo; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>lectern::AppController</name>
    <message>
        <source>Local data was damaged</source>
        <translation>Los datos locales estaban dañados</translation>
    </message>
    <message>
        <source>The programme saved on this computer could not be read. It was moved to %1 and will be downloaded again.</source>
        <translation>No se pudo leer el programa guardado en este equipo. Se movió a %1 y se volverá a descargar.</translation>
    </message>
</context>
<context>
    <name>lectern::CoursePage</name>
    <message>
        <source>1 unit</source>
        <translation>1 crédito</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3 time)</source>
        <translation>Cada %1 a las %2 (hora de %3)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Next: %1, your time</source>
        <translation>&lt;br&gt;Próxima sesión: %1, en su hora local</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Weekly live session&lt;/h3&gt;&lt;p&gt;%1 · %n minute(s)&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Sesión semanal en vivo&lt;/h3&gt;&lt;p&gt;%1 · %n minuto&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Sesión semanal en vivo&lt;/h3&gt;&lt;p&gt;%1 · %n minutos&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No programme yet&lt;/h2&gt;&lt;p&gt;Log in to download your programme. After the first sync it is available offline.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ningún programa&lt;/h2&gt;&lt;p&gt;Inicie sesión para descargar su programa. Después de la primera sincronización, estará disponible sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 courses · %2 in %3 trimesters&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 cursos · %2 en %3 trimestres&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Programme goals&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Objetivos del programa&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 · %n week(s) · %2 lectures · trimester %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 · %n semana · %2 clases · trimestre %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 · %n semanas · %2 clases · trimestre %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Draft:&lt;/b&gt; learners do not see this course yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Borrador:&lt;/b&gt; los estudiantes todavía no pueden ver este curso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Domains:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dominios:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Weekly plan&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Plan semanal&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Week %1: %2&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Semana %1: %2&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;%1 (%2 min) · quiz of %n question(s)&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%1 (%2 min) · cuestionario de %n pregunta&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%1 (%2 min) · cuestionario de %n preguntas&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Each quiz opens once its lecture has been watched to %1%.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada cuestionario se habilita cuando se ha visto el %1% de su clase.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 min · quiz of %n question(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%1 min · cuestionario de %n pregunta&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%1 min · cuestionario de %n preguntas&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Learning objectives&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Objetivos de aprendizaje&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About this lecture&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Acerca de esta clase&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lectern::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabajar sin c&amp;onexión</translation>
    </message>
    <message>
        <source>Log in to Lectern</source>
        <translation>Iniciar sesión en Lectern</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Login problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Log in with the account your programme gave you. Lectern keeps your courses on this computer so you can study offline.</source>
        <translation>Inicie sesión con la cuenta que le proporcionó su programa. Lectern guarda sus cursos en este equipo para que pueda estudiar sin conexión.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://lectern.example.edu.</source>
        <translation>Ingrese la dirección del servidor, por ejemplo, https://lectern.example.edu.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Ingrese su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Log &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Acerca de Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Acerca de Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Lectures, quizzes and progress for online clinical programmes, online or offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Clases, cuestionarios y seguimiento del progreso para programas clínicos en línea, con o sin conexión.&lt;/p&gt;&lt;p&gt;Desarrollado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Todavía no se ha sincronizado</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Offline: showing the programme saved on this computer</source>
        <translation>Sin conexión: se muestra el programa guardado en este equipo</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>No se pudo sincronizar</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
</context>
<context>
    <name>lectern::ProgrammeModel</name>
    <message>
        <source>1 unit</source>
        <translation>1 crédito</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>Year %1 · Trimester %2</source>
        <translation>Año %1 · Trimestre %2</translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (borrador)</translation>
    </message>
    <message>
        <source>%1, %2: the other option was chosen</source>
        <translation>%1, %2: se eligió la otra opción</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Week %1: %2</source>
        <translation>Semana %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n question(s)</source>
        <translation>
            <numerusform>%1 · %n pregunta</numerusform>
            <numerusform>%1 · %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens once the lecture has been watched.</source>
        <translation>Se habilita después de ver la clase.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>lectern::QuestionParser</name>
    <message>
        <source>This question has a name but no text.</source>
        <translation>Esta pregunta tiene nombre, pero no tiene texto.</translation>
    </message>
    <message>
        <source>The question name that starts with &apos;::&apos; is never closed with &apos;::&apos;.</source>
        <translation>El nombre de la pregunta que comienza con &apos;::&apos; nunca se cierra con &apos;::&apos;.</translation>
    </message>
    <message>
        <source>Unknown text format [%1].</source>
        <translation>Formato de texto desconocido [%1].</translation>
    </message>
    <message>
        <source>The answer block that opens on line %1 is never closed.</source>
        <translation>El bloque de respuestas que se abre en la línea %1 nunca se cierra.</translation>
    </message>
    <message>
        <source>A question has one answer block; another one opens on line %1. Leave a blank line between questions.</source>
        <translation>Cada pregunta tiene un solo bloque de respuestas; en la línea %1 se abre otro. Deje una línea en blanco entre las preguntas.</translation>
    </message>
    <message>
        <source>Unexpected &apos;}&apos; with no &apos;{&apos; before it.</source>
        <translation>Hay una &apos;}&apos; inesperada sin una &apos;{&apos; antes.</translation>
    </message>
    <message>
        <source>The weight &apos;%1&apos; is not a percentage between -100 and 100.</source>
        <translation>El peso &apos;%1&apos; no es un porcentaje entre -100 y 100.</translation>
    </message>
    <message>
        <source>The answer after &apos;%1&apos; is empty.</source>
        <translation>La respuesta que sigue a &apos;%1&apos; está vacía.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; or &apos;~&apos; in front of it to be an answer.</source>
        <translation>&apos;%1&apos; necesita &apos;=&apos; o &apos;~&apos; delante para ser una respuesta.</translation>
    </message>
    <message>
        <source>A multiple-choice question needs at least two answers.</source>
        <translation>Una pregunta de opción múltiple necesita al menos dos respuestas.</translation>
    </message>
    <message>
        <source>A multiple-choice question needs one right answer marked with &apos;=&apos;.</source>
        <translation>Una pregunta de opción múltiple necesita una respuesta correcta marcada con &apos;=&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; in front of it to be an answer.</source>
        <translation>&apos;%1&apos; necesita &apos;=&apos; delante para ser una respuesta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; in front of it to be a matching pair.</source>
        <translation>&apos;%1&apos; necesita &apos;=&apos; delante para ser un par de emparejamiento.</translation>
    </message>
    <message>
        <source>Matching pairs need &apos;-&gt;&apos; between the item and its match.</source>
        <translation>Los pares de emparejamiento necesitan &apos;-&gt;&apos; entre el elemento y su pareja.</translation>
    </message>
    <message>
        <source>Nothing follows &apos;-&gt;&apos; in this matching pair.</source>
        <translation>No hay nada después de &apos;-&gt;&apos; en este par de emparejamiento.</translation>
    </message>
    <message>
        <source>A matching question needs at least two pairs.</source>
        <translation>Una pregunta de emparejamiento necesita al menos dos pares.</translation>
    </message>
    <message>
        <source>A numerical answer is empty.</source>
        <translation>Hay una respuesta numérica vacía.</translation>
    </message>
    <message>
        <source>A numerical question needs a number after &apos;#&apos;.</source>
        <translation>Una pregunta numérica necesita un número después de &apos;#&apos;.</translation>
    </message>
    <message>
        <source>Numerical answer &apos;%1&apos; is not a number.</source>
        <translation>La respuesta numérica &apos;%1&apos; no es un número.</translation>
    </message>
    <message>
        <source>The range &apos;%1&apos; starts above where it ends.</source>
        <translation>El rango &apos;%1&apos; empieza en un valor mayor que aquel en el que termina.</translation>
    </message>
    <message>
        <source>The tolerance after &apos;:&apos; can&apos;t be negative.</source>
        <translation>La tolerancia después de &apos;:&apos; no puede ser negativa.</translation>
    </message>
    <message>
        <source>Question on line %1</source>
        <translation>Pregunta en la línea %1</translation>
    </message>
</context>
<context>
    <name>lectern::StoreWorker</name>
    <message>
        <source>The local database is not open.</source>
        <translation>La base de datos local no está abierta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lectern: lectures, quizzes and progress for online clinical programmes.</source>
        <translation>Lectern: clases, cuestionarios y seguimiento del progreso para programas clínicos en línea.</translation>
    </message>
    <message>
        <source>Server to log in to (prefills the login dialog).</source>
        <translation>Servidor en el que se iniciará sesión (se completa de antemano en el diálogo de inicio de sesión).</translation>
    </message>
    <message>
        <source>Keep the local database and settings in DIR instead of the standard location, so several profiles or tests can run side by side.</source>
        <translation>Guardar la base de datos local y la configuración en DIR en lugar de la ubicación estándar, para que varios perfiles o pruebas puedan ejecutarse en paralelo.</translation>
    </message>
    <message>
        <source>User name to prefill in the login dialog.</source>
        <translation>Nombre de usuario que se completa de antemano en el diálogo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Prefill the bundled demo learner&apos;s credentials (learner / learner-demo). For demos only.</source>
        <translation>Completar de antemano las credenciales del estudiante de demostración incluido (learner / learner-demo). Solo para demostraciones.</translation>
    </message>
</context>
</TS>
