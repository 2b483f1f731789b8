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
    <message>
        <source>This version of Lectern is too old for the server; please update.</source>
        <translation>Esta versión de Lectern es demasiado antigua para el servidor; actualícela.</translation>
    </message>
</context>
<context>
    <name>lectern::AppController</name>
    <message>
        <source>Local data was damaged</source>
        <translation>Los datos locales estaban dañados</translation>
    </message>
    <message>
        <source>Unlocked: %1</source>
        <translation>Desbloqueado: %1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>El servidor rechazó un cambio: %1</translation>
    </message>
    <message numerus="yes">
        <source>The data saved on this computer could not be read. It was kept in %1. %n change(s) not yet sent could be read from it and will be sent; the programme and your progress will be downloaded again.</source>
        <translation>
            <numerusform>No se pudieron leer los datos guardados en este equipo. Se conservaron en %1. De ellos se pudo recuperar %n cambio aún no enviado, que se enviará; el programa y su progreso se volverán a descargar.</numerusform>
            <numerusform>No se pudieron leer los datos guardados en este equipo. Se conservaron en %1. De ellos se pudieron recuperar %n cambios aún no enviados, que se enviarán; el programa y su progreso se volverán a descargar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Cuestionario: %1</translation>
    </message>
    <message>
        <source>Lecture: %1</source>
        <translation>Clase: %1</translation>
    </message>
    <message>
        <source>Changes are waiting to be sent</source>
        <translation>Hay cambios pendientes de enviar</translation>
    </message>
    <message>
        <source>Sending your last changes to the server…</source>
        <translation>Enviando sus últimos cambios al servidor…</translation>
    </message>
    <message numerus="yes">
        <source>%n timed quiz attempt(s) ran out of time while Lectern was closed and were submitted with the answers given.</source>
        <translation>
            <numerusform>A %n intento cronometrado de cuestionario se le acabó el tiempo mientras Lectern estaba cerrado y se envió con las respuestas dadas.</numerusform>
            <numerusform>A %n intentos cronometrados de cuestionario se les acabó el tiempo mientras Lectern estaba cerrado y se enviaron con las respuestas dadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::AttemptSession</name>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>This quiz opens on %1.</source>
        <translation>Este cuestionario se abre el %1.</translation>
    </message>
    <message>
        <source>This quiz closed on %1.</source>
        <translation>Este cuestionario se cerró el %1.</translation>
    </message>
    <message>
        <source>You have used your only attempt at this quiz.</source>
        <translation>Ya ha usado su único intento de este cuestionario.</translation>
    </message>
    <message>
        <source>You have used all %1 attempts at this quiz.</source>
        <translation>Ya ha usado los %1 intentos de este cuestionario.</translation>
    </message>
</context>
<context>
    <name>lectern::AttemptView</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>&amp;All questions on one page</source>
        <translation>&amp;Todas las preguntas en una página</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Preview — nothing is recorded</source>
        <translation>Vista previa: no se registra nada</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preguntas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filled: answered. ⚑: flagged for review.</source>
        <translation>Relleno: respondida. ⚑: marcada para revisar.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation>¿Enviar sus respuestas? Después no podrá cambiarlas.</translation>
    </message>
    <message>
        <source>Not answered: question %1.</source>
        <translation>Sin responder: pregunta %1.</translation>
    </message>
    <message>
        <source>Not answered: questions %1.</source>
        <translation>Sin responder: preguntas %1.</translation>
    </message>
    <message>
        <source>Flagged for review: question %1.</source>
        <translation>Marcada para revisar: pregunta %1.</translation>
    </message>
    <message>
        <source>Flagged for review: questions %1.</source>
        <translation>Marcadas para revisar: preguntas %1.</translation>
    </message>
    <message>
        <source>Submit the quiz</source>
        <translation>Enviar el cuestionario</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Submit by %1</source>
        <translation>Enviar antes del %1</translation>
    </message>
    <message>
        <source>Questions, scrollable</source>
        <translation>Preguntas, con desplazamiento</translation>
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
            <numerusform>&lt;h3&gt;Sesión semanal en directo&lt;/h3&gt;&lt;p&gt;%1 · %n minuto&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Sesión semanal en directo&lt;/h3&gt;&lt;p&gt;%1 · %n minutos&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</numerusform>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;The quiz is unlocked.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El cuestionario está desbloqueado.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The quiz is locked&lt;/b&gt; until %1% of the lecture has been watched (%2% so far).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El cuestionario está bloqueado&lt;/b&gt; hasta que se haya visto el %1% de la clase (visto hasta ahora: %2%).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Lista de estudiantes…</translation>
    </message>
    <message>
        <source>Open the roster of this course</source>
        <translation>Abrir la lista de estudiantes de este curso</translation>
    </message>
    <message>
        <source>Each learner&apos;s viewing, quiz scores and last activity in this course</source>
        <translation>Visualización, puntuaciones de cuestionarios y última actividad de cada estudiante en este curso</translation>
    </message>
</context>
<context>
    <name>lectern::DashboardPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>en menos de una hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Trimester</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Back to the week with your next lecture or quiz</source>
        <translation>Volver a la semana de su próxima clase o cuestionario</translation>
    </message>
    <message>
        <source>A course is complete, and its units are earned, when every quiz of the course is passed and counted by the server.</source>
        <translation>Un curso se completa, y sus créditos se obtienen, cuando todos sus cuestionarios están aprobados y el servidor los ha contabilizado.</translation>
    </message>
    <message>
        <source>The mean of your best counted score in each quiz you have taken. Attempts the server did not count are left out.</source>
        <translation>La media de su mejor puntuación contabilizada en cada cuestionario que ha hecho. Los intentos que el servidor no contabilizó no se incluyen.</translation>
    </message>
    <message>
        <source>Lectures and quizzes</source>
        <translation>Clases y cuestionarios</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Continue watching</source>
        <translation>Seguir viendo</translation>
    </message>
    <message>
        <source>Due and upcoming</source>
        <translation>Pendientes y próximos</translation>
    </message>
    <message>
        <source>Programme progress</source>
        <translation>Progreso en el programa</translation>
    </message>
    <message>
        <source>This week: trimester %1, week %2</source>
        <translation>Esta semana: trimestre %1, semana %2</translation>
    </message>
    <message>
        <source>Trimester %1, week %2</source>
        <translation>Trimestre %1, semana %2</translation>
    </message>
    <message>
        <source>Year %1 · Trimester %2</source>
        <translation>Año %1 · Trimestre %2</translation>
    </message>
    <message>
        <source>Week %1 (this week)</source>
        <translation>Semana %1 (esta semana)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>Nothing half-watched. Pick a lecture of this week to begin.</source>
        <translation>No hay nada a medio ver. Elija una clase de esta semana para empezar.</translation>
    </message>
    <message>
        <source>%1 — resume at %2</source>
        <translation>%1 — continuar en %2</translation>
    </message>
    <message>
        <source>Continue %1 at %2</source>
        <translation>Continuar %1 en %2</translation>
    </message>
    <message>
        <source>Overdue: closed %1 (%2)</source>
        <translation>Vencido: se cerró %1 (%2)</translation>
    </message>
    <message>
        <source>Closes %1 (%2)</source>
        <translation>Se cierra %1 (%2)</translation>
    </message>
    <message>
        <source>%1 live session · %2 (%3)</source>
        <translation>Sesión en directo de %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join the %1 live session</source>
        <translation>Unirse a la sesión en directo de %1</translation>
    </message>
    <message>
        <source>Nothing due: no quiz of your courses closes soon.</source>
        <translation>Nada pendiente: ningún cuestionario de sus cursos se cierra pronto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; of %2 units earned</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de %2 créditos obtenidos</translation>
    </message>
    <message numerus="yes">
        <source>Quiz average: &lt;b&gt;%1%&lt;/b&gt; over %n quiz(zes)</source>
        <translation>
            <numerusform>Media de cuestionarios: &lt;b&gt;%1%&lt;/b&gt; en %n cuestionario</numerusform>
            <numerusform>Media de cuestionarios: &lt;b&gt;%1%&lt;/b&gt; en %n cuestionarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz average: no quiz taken yet</source>
        <translation>Media de cuestionarios: aún no ha hecho ninguno</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>%1: %2 of %3 quizzes passed and counted, %4 of %5 lectures watched</source>
        <translation>%1: %2 de %3 cuestionarios aprobados y contabilizados, %4 de %5 clases vistas</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) not started yet.</source>
        <translation>
            <numerusform>%n curso aún sin empezar.</numerusform>
            <numerusform>%n cursos aún sin empezar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Li&amp;ve sessions</source>
        <translation>Sesiones en &amp;directo</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Sesiones en directo</translation>
    </message>
    <message>
        <source>Every course&apos;s weekly live session in your time zone, to join or add to a calendar</source>
        <translation>La sesión semanal en directo de cada curso en su zona horaria, para unirse o añadirla a un calendario</translation>
    </message>
    <message>
        <source>Home, scrollable</source>
        <translation>Inicio, desplazable</translation>
    </message>
    <message>
        <source>%1
%2 · %3, week %4: %5% watched</source>
        <translation>%1
%2 · %3, semana %4: %5% visto</translation>
    </message>
    <message>
        <source>%1
%2, week %3</source>
        <translation>%1
%2, semana %3</translation>
    </message>
    <message>
        <source>Each bar is the share of the course&apos;s quizzes you have passed and the server has counted, not of lectures watched.</source>
        <translation>Cada barra es la parte de los cuestionarios del curso que ha aprobado y que el servidor ha contabilizado, no de las clases vistas.</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Todavía no hay nada aquí</translation>
    </message>
    <message>
        <source>Loading your programme…</source>
        <translation>Cargando su programa…</translation>
    </message>
    <message>
        <source>This week&apos;s lectures and quizzes, what to continue and your progress appear here as soon as your programme has been downloaded from the server.</source>
        <translation>Las clases y cuestionarios de esta semana, lo que puede continuar y su progreso aparecerán aquí en cuanto su programa se haya descargado del servidor.</translation>
    </message>
    <message>
        <source>Reading your courses and progress saved on this computer.</source>
        <translation>Leyendo los cursos y el progreso guardados en este ordenador.</translation>
    </message>
    <message>
        <source>%p% of quizzes passed</source>
        <translation>%p% de cuestionarios aprobados</translation>
    </message>
    <message>
        <source>%1 quizzes passed</source>
        <translation>%1 cuestionarios aprobados</translation>
    </message>
</context>
<context>
    <name>lectern::DownloadManager</name>
    <message numerus="yes">
        <source>%n file(s) of this lecture no longer match the server&apos;s checksum (%1) and were deleted. Press Resume to download them again.</source>
        <translation>
            <numerusform>%n archivo de esta clase ya no coincide con la suma de comprobación del servidor (%1) y se eliminó. Haga clic en Reanudar para volver a descargarlo.</numerusform>
            <numerusform>%n archivos de esta clase ya no coinciden con la suma de comprobación del servidor (%1) y se eliminaron. Haga clic en Reanudar para volver a descargarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lecture&apos;s video could not be found on the server: %1</source>
        <translation>No se encontró el vídeo de la clase en el servidor: %1</translation>
    </message>
    <message>
        <source>The server lists no files for this lecture&apos;s video.</source>
        <translation>El servidor no indica ningún archivo para el vídeo de esta clase.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Is the disk full?</source>
        <translation>No se puede escribir %1: %2. ¿Está lleno el disco?</translation>
    </message>
    <message>
        <source>%1 arrived incomplete (%2 of %3 bytes). Press Resume to fetch the rest.</source>
        <translation>%1 llegó incompleto (%2 de %3 bytes). Haga clic en Reanudar para descargar el resto.</translation>
    </message>
    <message>
        <source>Cannot read %1 to check it: %2</source>
        <translation>No se puede leer %1 para comprobarlo: %2</translation>
    </message>
    <message>
        <source>%1 arrived damaged: its SHA-256 checksum does not match the server&apos;s, so it was deleted. Press Resume to download it again.</source>
        <translation>%1 llegó dañado: su suma de comprobación SHA-256 no coincide con la del servidor, por lo que se eliminó. Haga clic en Reanudar para volver a descargarlo.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
    <message>
        <source>The download stopped: the server sent nothing for %1 seconds. Press Resume to continue where it stopped.</source>
        <translation>La descarga se detuvo: el servidor no envió nada durante %1 segundos. Haga clic en Reanudar para continuar desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The download stopped: the server cannot be reached (%1). Press Resume to continue where it stopped.</source>
        <translation>La descarga se detuvo: no se puede conectar con el servidor (%1). Haga clic en Reanudar para continuar desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The server refused the download link for %1 (HTTP 403). Press Resume to ask for a new one.</source>
        <translation>El servidor rechazó el enlace de descarga de %1 (HTTP 403). Haga clic en Reanudar para solicitar uno nuevo.</translation>
    </message>
    <message>
        <source>The server has no file %1 for this lecture (HTTP 404).</source>
        <translation>El servidor no tiene el archivo %1 para esta clase (HTTP 404).</translation>
    </message>
    <message>
        <source>The server had a problem sending %1 (HTTP %2). Press Resume to try again.</source>
        <translation>El servidor tuvo un problema al enviar %1 (HTTP %2). Haga clic en Reanudar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused to send %1 (HTTP %2).</source>
        <translation>El servidor se negó a enviar %1 (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lectern::DownloadsPage</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Queued (finding its size…)</source>
        <translation>En cola (calculando el tamaño…)</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2</source>
        <translation>Descargando… %1 de %2</translation>
    </message>
    <message>
        <source>Paused at %1 of %2</source>
        <translation>En pausa: %1 de %2</translation>
    </message>
    <message>
        <source>Downloaded: plays offline</source>
        <translation>Descargada: se puede ver sin conexión</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Download only on &amp;unmetered networks</source>
        <translation>Descargar solo en redes de uso no &amp;medido</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Comprobar archivos</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Downloads&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Descargas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>On a metered connection (a phone&apos;s hotspot, a paid plan) downloads wait until the computer is on an unmetered one.</source>
        <translation>En una conexión de uso medido (el punto de acceso de un teléfono, un plan de datos de pago), las descargas esperan hasta que el equipo se conecte a una red de uso no medido.</translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation>Cola de descargas</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Storage by course</source>
        <translation>Almacenamiento por curso</translation>
    </message>
    <message>
        <source>Course, week or lecture</source>
        <translation>Curso, semana o clase</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>En disco</translation>
    </message>
    <message>
        <source>Check the selected lectures&apos; files against their checksums</source>
        <translation>Comprobar los archivos de las clases seleccionadas con sus sumas de comprobación</translation>
    </message>
    <message>
        <source>Delete the downloaded files of the selected lecture, week or course</source>
        <translation>Eliminar los archivos descargados de la clase, la semana o el curso seleccionado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storage&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Almacenamiento&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Descargar para ver sin conexión</translation>
    </message>
    <message>
        <source>The size of %1 could not be found: %2</source>
        <translation>No se pudo determinar el tamaño de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Download %n lecture(s) of %1 for offline viewing?</source>
        <translation>
            <numerusform>¿Descargar %n clase de %1 para verla sin conexión?</numerusform>
            <numerusform>¿Descargar %n clases de %1 para verlas sin conexión?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are already downloaded.</source>
        <translation>Ya están descargadas.</translation>
    </message>
    <message>
        <source>They need %1 of disk space; %2 is free.</source>
        <translation>Necesitan %1 de espacio en disco; espacio disponible: %2.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Remove downloads</source>
        <translation>Eliminar descargas</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n downloaded lecture(s) of %1 from this computer?</source>
        <translation>
            <numerusform>¿Eliminar de este equipo %n clase descargada de %1?</numerusform>
            <numerusform>¿Eliminar de este equipo %n clases descargadas de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This frees %1. Viewing progress is kept, and the lectures still play online.</source>
        <translation>Esto liberará %1. Se conserva el progreso de visualización y las clases se pueden seguir viendo en línea.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation>&amp;Descargar para ver sin conexión</translation>
    </message>
    <message>
        <source>&amp;Resume download</source>
        <translation>&amp;Reanudar descarga</translation>
    </message>
    <message>
        <source>&amp;Pause download</source>
        <translation>&amp;Pausar descarga</translation>
    </message>
    <message>
        <source>Remove &amp;download…</source>
        <translation>&amp;Eliminar descarga…</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>la semana %1 de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Download week for offline…</source>
        <translation>&amp;Descargar la semana para ver sin conexión…</translation>
    </message>
    <message>
        <source>&amp;Download course for offline…</source>
        <translation>&amp;Descargar el curso para ver sin conexión…</translation>
    </message>
    <message>
        <source>Remove week&apos;s &amp;downloads…</source>
        <translation>&amp;Eliminar las descargas de la semana…</translation>
    </message>
    <message>
        <source>Remove course&apos;s &amp;downloads…</source>
        <translation>&amp;Eliminar las descargas del curso…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>%1 (partly downloaded)</source>
        <translation>%1 (descarga parcial)</translation>
    </message>
    <message>
        <source>Offline lectures use %1 on this computer, in %2.</source>
        <translation>Las clases descargadas para ver sin conexión ocupan %1 en este equipo, en %2.</translation>
    </message>
    <message>
        <source>No lectures are downloaded. Right-click a lecture, week or course in the programme to download it for offline viewing.</source>
        <translation>No hay clases descargadas. Haga clic con el botón derecho en una clase, una semana o un curso del programa para descargarlo y verlo sin conexión.</translation>
    </message>
    <message>
        <source>This system does not report whether a network is metered, so this option cannot apply: downloads run on any network.</source>
        <translation>Este sistema no indica si una red es de uso medido, por lo que esta opción no se puede aplicar: las descargas se realizan en cualquier red.</translation>
    </message>
    <message>
        <source>Waiting for an unmetered network: downloads continue once the computer is on one.</source>
        <translation>Esperando una red de uso no medido: las descargas continuarán cuando el equipo se conecte a una.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>lectern::LecturePage</name>
    <message>
        <source>&amp;Captions</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Lecture video</source>
        <translation>Vídeo de la clase</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Reproducir o pausar (Espacio, K)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Velocidad de reproducción ([ más lenta, ] más rápida)</translation>
    </message>
    <message>
        <source>Video quality</source>
        <translation>Calidad del vídeo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Show captions (C)</source>
        <translation>Mostrar subtítulos (C)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (?)</source>
        <translation>Atajos de teclado (?)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transcripción&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The video for this lecture is not available: %1</source>
        <translation>El vídeo de esta clase no está disponible: %1</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Captions could not be loaded: %1</source>
        <translation>No se pudieron cargar los subtítulos: %1</translation>
    </message>
    <message>
        <source>The captions file is damaged: %1</source>
        <translation>El archivo de subtítulos está dañado: %1</translation>
    </message>
    <message>
        <source>Preview: viewing is not recorded and the quiz is open.</source>
        <translation>Vista previa: la visualización no se registra y el cuestionario está habilitado.</translation>
    </message>
    <message>
        <source>%1% watched · the quiz is unlocked</source>
        <translation>%1% visto · el cuestionario está desbloqueado</translation>
    </message>
    <message>
        <source>%1% watched · the quiz unlocks at %2%: %3 left to watch</source>
        <translation>%1% visto · el cuestionario se desbloquea al %2%: quedan %3 por ver</translation>
    </message>
    <message>
        <source>Unlocked: %1 is ready to take.</source>
        <translation>Desbloqueado: ya puede realizar %1.</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt; or &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Play or pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back or forward 10 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Back or forward 10 seconds&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[&lt;/b&gt; / &lt;b&gt;]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Slower or faster&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Captions on or off&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mute&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Full screen (Esc leaves it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;?&lt;/b&gt;&lt;/td&gt;&lt;td&gt;This list&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Espacio&lt;/b&gt; o &lt;b&gt;K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Reproducir o pausar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retroceder o avanzar 10 segundos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J&lt;/b&gt; / &lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Retroceder o avanzar 10 segundos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[&lt;/b&gt; / &lt;b&gt;]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Más lento o más rápido&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Activar o desactivar los subtítulos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Silenciar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Pantalla completa (Esc para salir)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;?&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Esta lista&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Keep this lecture on this computer to watch it offline</source>
        <translation>Guardar esta clase en este equipo para verla sin conexión</translation>
    </message>
    <message>
        <source>Download for offline</source>
        <translation>Descargar para ver sin conexión</translation>
    </message>
    <message>
        <source>Queued for download</source>
        <translation>En cola de descarga</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>Descargando… %1%</translation>
    </message>
    <message>
        <source>Resume download (%1%)</source>
        <translation>Reanudar descarga (%1%)</translation>
    </message>
    <message>
        <source>Download failed: retry</source>
        <translation>Error en la descarga: reintentar</translation>
    </message>
    <message>
        <source>Downloaded: plays offline</source>
        <translation>Descargada: se puede ver sin conexión</translation>
    </message>
    <message>
        <source>Previewing as a learner, not recorded: %1</source>
        <translation>Vista previa como estudiante, no se registra: %1</translation>
    </message>
    <message>
        <source>Each line with the moment it is said; Enter plays from there</source>
        <translation>Cada línea con el momento en que se dice; Intro reproduce desde ahí</translation>
    </message>
</context>
<context>
    <name>lectern::LecturePlayback</name>
    <message>
        <source>The connection to the lecture was lost. Playback will continue from here when the network returns.</source>
        <translation>Se perdió la conexión con la clase. La reproducción continuará desde este punto cuando se restablezca la red.</translation>
    </message>
    <message>
        <source>This lecture cannot be played: %1</source>
        <translation>No se puede reproducir esta clase: %1</translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionCalendar</name>
    <message>
        <source>%1 live session: %2</source>
        <translation>Sesión en directo de %1: %2</translation>
    </message>
    <message>
        <source>Weekly live session of %1 %2 with the course faculty, every %3 at %4 (%5).</source>
        <translation>Sesión semanal en directo de %1 %2 con el profesorado del curso, cada %3 a las %4 (%5).</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Unirse: %1</translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionNotifier</name>
    <message numerus="yes">
        <source>%1 live session in %n minute(s)</source>
        <translation>
            <numerusform>Sesión en directo de %1 en %n minuto</numerusform>
            <numerusform>Sesión en directo de %1 en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts at %2, your time. Click to join.</source>
        <translation>%1 empieza a las %2, en su hora. Haga clic para unirse.</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionSchedule</name>
    <message>
        <source>the weekday &quot;%1&quot; is not Monday … Sunday</source>
        <translation>el día de la semana «%1» no es de lunes a domingo</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not HH:MM</source>
        <translation>la hora «%1» no tiene el formato HH:MM</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>zona horaria desconocida «%1»</translation>
    </message>
    <message>
        <source>the duration of %1 minutes is not positive</source>
        <translation>la duración de %1 minutos no es positiva</translation>
    </message>
</context>
<context>
    <name>lectern::LiveSessionsPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Now, until %1</source>
        <translation>Ahora, hasta las %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date of the next live session; a QDate format</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>long date, time, zone abbreviation</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: every %2 at %3 in %4.&lt;/p&gt;&lt;p&gt;Course time (%4):&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;Your time (%6):&lt;br&gt;%7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: cada %2 a las %3 en %4.&lt;/p&gt;&lt;p&gt;Hora del curso (%4):&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;Su hora (%6):&lt;br&gt;%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export all…</source>
        <translation>&amp;Exportar todas…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Live sessions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sesiones en directo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Each course meets its faculty online once a week. Join from here, or add the sessions to your calendar.</source>
        <translation>Cada curso se reúne en línea con su profesorado una vez por semana. Únase desde aquí o añada las sesiones a su calendario.</translation>
    </message>
    <message>
        <source>No live sessions yet: they appear here once your programme has been downloaded.</source>
        <translation>Aún no hay sesiones en directo: aparecerán aquí cuando se haya descargado su programa.</translation>
    </message>
    <message>
        <source>Weekly live sessions</source>
        <translation>Sesiones semanales en directo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Next session (your time)</source>
        <translation>Próxima sesión (su hora)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>Reminder, minutes before each session</source>
        <translation>Recordatorio, minutos antes de cada sesión</translation>
    </message>
    <message>
        <source>A desktop notification this many minutes before each session starts, and an alarm in exported calendars. 0 turns them off.</source>
        <translation>Una notificación de escritorio esta cantidad de minutos antes de que empiece cada sesión, y una alarma en los calendarios exportados. 0 las desactiva.</translation>
    </message>
    <message>
        <source>&amp;Remind me:</source>
        <translation>&amp;Recordarme:</translation>
    </message>
    <message>
        <source>Save every session below as one iCalendar (.ics) file for your calendar app</source>
        <translation>Guardar todas las sesiones de abajo en un único archivo iCalendar (.ics) para su aplicación de calendario</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>course code and title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not shown, because their schedule could not be read:
%1</source>
        <translation>No se muestran porque no se pudo leer su horario:
%1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1 (%2). Hover over a time to see it in the course&apos;s own zone.</source>
        <translation>Las horas están en su zona horaria, %1 (%2). Pase el puntero sobre una hora para verla en la zona del curso.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join the %1 live session</source>
        <translation>Unirse a la sesión en directo de %1</translation>
    </message>
    <message>
        <source>Open %1 in your browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <source>This course has no link for its live session yet.</source>
        <translation>Este curso aún no tiene enlace para su sesión en directo.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save this course&apos;s weekly session as an iCalendar (.ics) file</source>
        <translation>Guardar la sesión semanal de este curso como archivo iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export the %1 live session</source>
        <translation>Exportar la sesión en directo de %1</translation>
    </message>
    <message>
        <source>Export all live sessions</source>
        <translation>Exportar todas las sesiones en directo</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 live session</source>
        <translation>Sesión en directo de %1</translation>
    </message>
    <message>
        <source>%1: live sessions</source>
        <translation>%1: sesiones en directo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n live session(s) to %1. Open that file with your calendar app to add them.</source>
        <translation>
            <numerusform>Se guardó %n sesión en directo en %1. Abra ese archivo con su aplicación de calendario para añadirla.</numerusform>
            <numerusform>Se guardaron %n sesiones en directo en %1. Abra ese archivo con su aplicación de calendario para añadirlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the live sessions</source>
        <translation>No se pudieron exportar las sesiones en directo</translation>
    </message>
    <message>
        <source>The calendar file could not be saved as %1:
%2

Choose another folder, such as your Documents folder.</source>
        <translation>No se pudo guardar el archivo de calendario como %1:
%2

Elija otra carpeta, como la de Documentos.</translation>
    </message>
    <message>
        <source>Join or add to calendar</source>
        <translation>Unirse o añadir al calendario</translation>
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
        <source>Not logged in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Downloaded for offline viewing: %1</source>
        <translation>Descargada para ver sin conexión: %1</translation>
    </message>
    <message>
        <source>Download of %1 stopped: %2</source>
        <translation>Se detuvo la descarga de %1: %2</translation>
    </message>
    <message>
        <source>Show d&amp;ownloads</source>
        <translation>&amp;Mostrar descargas</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Quiz unlocked</source>
        <translation>Cuestionario desbloqueado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Preview as learner</source>
        <translation>Vista &amp;previa como estudiante</translation>
    </message>
    <message>
        <source>See your courses exactly as a learner does: locked quizzes, no answer keys. Nothing is recorded.</source>
        <translation>Vea sus cursos exactamente como los ve un estudiante: cuestionarios bloqueados, sin claves de respuesta. No se registra nada.</translation>
    </message>
    <message>
        <source>Lectern — previewing as a learner</source>
        <translation>Lectern — vista previa como estudiante</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Download finished</source>
        <translation>Descarga terminada</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>This week, what to continue and your progress (Ctrl+1)</source>
        <translation>Esta semana, qué continuar y su progreso (Ctrl+1)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>%1 live session at %2, your time</source>
        <translation>Sesión en directo de %1 a las %2, en su hora</translation>
    </message>
    <message>
        <source>&amp;Live sessions</source>
        <translation>&amp;Sesiones en directo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Every course&apos;s weekly live session in your time zone (Ctrl+L)</source>
        <translation>La sesión semanal en directo de cada curso en su zona horaria (Ctrl+L)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Lectures, quizzes and progress for online clinical programmes, online or offline.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;GStreamer %3&lt;br&gt;SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Clases, cuestionarios y progreso para programas clínicos en línea, con o sin conexión.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;GStreamer %3&lt;br&gt;SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>&amp;Lista de estudiantes…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>page — application</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lectern will use the new language the next time it starts.</source>
        <translation>Lectern usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>lectern::Parser</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue: a cue needs a timing line such as &apos;00:01.000 --&gt; 00:04.000&apos;.</source>
        <translation>&apos;%1&apos; no es un subtítulo: cada subtítulo necesita una línea de tiempos como &apos;00:01.000 --&gt; 00:04.000&apos;.</translation>
    </message>
    <message>
        <source>a blank line must come before each cue; read as a new cue.</source>
        <translation>debe haber una línea en blanco antes de cada subtítulo; se interpretó como un subtítulo nuevo.</translation>
    </message>
    <message>
        <source>the cue timing &apos;%1&apos; is not valid (%2).</source>
        <translation>los tiempos del subtítulo &apos;%1&apos; no son válidos (%2).</translation>
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
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Opens once the lecture has been watched to %1%.</source>
        <translation>Se habilita cuando se ha visto el %1% de la clase.</translation>
    </message>
    <message>
        <source>%1 · %2% watched</source>
        <translation>%1 · %2% visto</translation>
    </message>
    <message>
        <source>%1 · unlocked</source>
        <translation>%1 · desbloqueado</translation>
    </message>
    <message>
        <source>%1 · locked</source>
        <translation>%1 · bloqueado</translation>
    </message>
    <message>
        <source>%1 · locked: %2:%3 left to watch</source>
        <translation>%1 · bloqueado: quedan %2:%3 por ver</translation>
    </message>
    <message>
        <source>%1 · open (preview)</source>
        <translation>%1 · abierto (vista previa)</translation>
    </message>
    <message>
        <source>Not your elective: you chose the other option.</source>
        <translation>No es su optativa: eligió la otra opción.</translation>
    </message>
    <message>
        <source>%1 · not chosen</source>
        <translation>%1 · sin elegir</translation>
    </message>
</context>
<context>
    <name>lectern::ProgressFeed</name>
    <message>
        <source>The server sent progress that could not be read (%1).</source>
        <translation>El servidor envió un progreso que no se pudo leer (%1).</translation>
    </message>
</context>
<context>
    <name>lectern::ProgressRepository</name>
    <message>
        <source>The server refused this change without a reason.</source>
        <translation>El servidor rechazó este cambio sin dar un motivo.</translation>
    </message>
</context>
<context>
    <name>lectern::ProgressSync</name>
    <message numerus="yes">
        <source>The server did not confirm %n change(s); they are kept on this computer and will be sent again.</source>
        <translation>
            <numerusform>El servidor no confirmó %n cambio; se conserva en este equipo y se volverá a enviar.</numerusform>
            <numerusform>El servidor no confirmó %n cambios; se conservan en este equipo y se volverán a enviar.</numerusform>
        </translation>
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
    <message>
        <source>The directive &apos;// lectern: case-sensitive&apos; must stand on the line directly before its question, with no blank line between.</source>
        <translation>La directiva &apos;// lectern: case-sensitive&apos; debe estar en la línea inmediatamente anterior a su pregunta, sin ninguna línea en blanco entre ambas.</translation>
    </message>
    <message>
        <source>The directive &apos;// lectern: case-sensitive&apos; is not followed by a question.</source>
        <translation>La directiva &apos;// lectern: case-sensitive&apos; no va seguida de ninguna pregunta.</translation>
    </message>
    <message>
        <source>Unknown Lectern directive &apos;%1&apos;. The one Lectern knows is &apos;// lectern: case-sensitive&apos;.</source>
        <translation>Directiva de Lectern desconocida &apos;%1&apos;. La única que Lectern conoce es &apos;// lectern: case-sensitive&apos;.</translation>
    </message>
    <message>
        <source>The directive &apos;// lectern: case-sensitive&apos; applies only to short answers and missing words to type, not to the question on line %1.</source>
        <translation>La directiva &apos;// lectern: case-sensitive&apos; solo se aplica a respuestas cortas y a palabras que faltan para escribir, no a la pregunta de la línea %1.</translation>
    </message>
</context>
<context>
    <name>lectern::QuestionWidget</name>
    <message>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>&amp;Flag for review</source>
        <translation>&amp;Marcar para revisar</translation>
    </message>
    <message>
        <source>Flag question %1 for review</source>
        <translation>Marcar la pregunta %1 para revisar</translation>
    </message>
    <message>
        <source>Question %1 text</source>
        <translation>Texto de la pregunta %1</translation>
    </message>
    <message>
        <source>Clear my choice</source>
        <translation>Borrar mi elección</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Respuesta a la pregunta %1</translation>
    </message>
    <message>
        <source>A number, for example 2.5</source>
        <translation>Un número, por ejemplo 2,5</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>The missing word in question %1</source>
        <translation>La palabra que falta en la pregunta %1</translation>
    </message>
    <message>
        <source>Match for %1</source>
        <translation>Pareja de %1</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message>
        <source>• Also listed, matches nothing: %1</source>
        <translation>• También en la lista, no corresponde a nada: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>(hidden answer)</source>
        <translation>(respuesta oculta)</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>If true: %1</source>
        <translation>Si es verdadero: %1</translation>
    </message>
    <message>
        <source>If false: %1</source>
        <translation>Si es falso: %1</translation>
    </message>
    <message>
        <source>General feedback: %1</source>
        <translation>Retroalimentación general: %1</translation>
    </message>
</context>
<context>
    <name>lectern::QuizNavigator</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>marcada para revisar</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>mostrada</translation>
    </message>
</context>
<context>
    <name>lectern::QuizPage</name>
    <message>
        <source>&lt;b&gt;Your attempts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sus intentos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation>Sus intentos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choose an attempt to review it</source>
        <translation>Elija un intento para revisarlo</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: %1</source>
        <translation>Nota para aprobar: %1</translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 used</source>
        <translation>Intentos: %1 de %2 usados</translation>
    </message>
    <message>
        <source>Attempts: unlimited (%1 used)</source>
        <translation>Intentos: ilimitados (%1 usados)</translation>
    </message>
    <message>
        <source>Attempts allowed: %1</source>
        <translation>Intentos permitidos: %1</translation>
    </message>
    <message>
        <source>Attempts allowed: unlimited</source>
        <translation>Intentos permitidos: ilimitados</translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minute(s); the attempt submits itself when time runs out</source>
        <translation>
            <numerusform>Tiempo límite: %n minuto; el intento se envía solo cuando se acaba el tiempo</numerusform>
            <numerusform>Tiempo límite: %n minutos; el intento se envía solo cuando se acaba el tiempo</numerusform>
        </translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Sin tiempo límite</translation>
    </message>
    <message>
        <source>Correct answers are not shown</source>
        <translation>Las respuestas correctas no se muestran</translation>
    </message>
    <message>
        <source>Correct answers are shown after each attempt</source>
        <translation>Las respuestas correctas se muestran después de cada intento</translation>
    </message>
    <message>
        <source>Correct answers are shown after a learner&apos;s last attempt</source>
        <translation>Las respuestas correctas se muestran después del último intento de cada estudiante</translation>
    </message>
    <message>
        <source>Correct answers are shown after your last attempt</source>
        <translation>Las respuestas correctas se muestran después de su último intento</translation>
    </message>
    <message>
        <source>Feedback is shown after each attempt</source>
        <translation>La retroalimentación se muestra después de cada intento</translation>
    </message>
    <message>
        <source>No feedback is shown</source>
        <translation>No se muestra retroalimentación</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <translation>Se abre: %1</translation>
    </message>
    <message>
        <source>Closes: %1</source>
        <translation>Se cierra: %1</translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (vista previa)</translation>
    </message>
    <message>
        <source>Not downloaded yet: sync once while online.</source>
        <translation>Aún no se ha descargado: sincronice una vez con conexión.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Preview — nothing is recorded. You see the answer keys and feedback under each question.</source>
        <translation>Vista previa: no se registra nada. Verá las claves de respuesta y la retroalimentación debajo de cada pregunta.</translation>
    </message>
    <message>
        <source>&amp;Start a preview</source>
        <translation>&amp;Iniciar una vista previa</translation>
    </message>
    <message>
        <source>You have an attempt in progress, started %1.</source>
        <translation>Tiene un intento en curso, empezado el %1.</translation>
    </message>
    <message>
        <source>&amp;Resume the attempt</source>
        <translation>&amp;Reanudar el intento</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Empezar el cuestionario</translation>
    </message>
    <message>
        <source>This quiz opens once you have watched %1 of the lecture.</source>
        <translation>Este cuestionario se abre cuando haya visto el %1 de la clase.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Your attempt of %1 — %2</source>
        <translation>Su intento del %1 — %2</translation>
    </message>
    <message>
        <source>Previewing as a learner — nothing is recorded.</source>
        <translation>Vista previa como estudiante: no se registra nada.</translation>
    </message>
    <message>
        <source>Quiz, scrollable</source>
        <translation>Cuestionario, con desplazamiento</translation>
    </message>
</context>
<context>
    <name>lectern::QuizRepository</name>
    <message>
        <source>The quiz saved for %1 could not be read (%2). It will be downloaded again at the next sync.</source>
        <translation>No se pudo leer el cuestionario guardado para %1 (%2). Se volverá a descargar en la próxima sincronización.</translation>
    </message>
    <message>
        <source>A preview attempt is not saved as progress.</source>
        <translation>Un intento de vista previa no se guarda como progreso.</translation>
    </message>
    <message>
        <source>Only an attempt in progress can be saved; submit it instead.</source>
        <translation>Solo se puede guardar un intento en curso; envíelo en su lugar.</translation>
    </message>
    <message>
        <source>This attempt was already submitted; its answers can no longer change.</source>
        <translation>Este intento ya se envió; sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>The attempt is not finished, so it cannot be submitted.</source>
        <translation>El intento no está terminado, así que no se puede enviar.</translation>
    </message>
    <message>
        <source>This attempt was already submitted.</source>
        <translation>Este intento ya se envió.</translation>
    </message>
</context>
<context>
    <name>lectern::ResultView</name>
    <message>
        <source>&amp;Back to the quiz</source>
        <translation>&amp;Volver al cuestionario</translation>
    </message>
    <message>
        <source>Submitted automatically when the time ran out.</source>
        <translation>Enviado automáticamente al acabarse el tiempo.</translation>
    </message>
    <message>
        <source>Preview — nothing is recorded</source>
        <translation>Vista previa: no se registra nada</translation>
    </message>
    <message>
        <source>Provisional — will be confirmed when you are online</source>
        <translation>Provisional: se confirmará cuando tenga conexión</translation>
    </message>
    <message>
        <source>Confirmed by the server: counted as attempt %1</source>
        <translation>Confirmado por el servidor: cuenta como intento %1</translation>
    </message>
    <message>
        <source>Confirmed by the server: counted</source>
        <translation>Confirmado por el servidor: cuenta</translation>
    </message>
    <message>
        <source>Not counted: the attempt limit was already reached</source>
        <translation>No cuenta: ya se había alcanzado el límite de intentos</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>No cuenta: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>No aceptado: %1</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Terminado el %1</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Aún no hay resultado.</translation>
    </message>
    <message>
        <source>Score: %1 out of %2 (%3%)</source>
        <translation>Puntuación: %1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>Passed (pass mark %1%)</source>
        <translation>Aprobado (nota para aprobar: %1%)</translation>
    </message>
    <message>
        <source>Not passed (pass mark %1%)</source>
        <translation>No aprobado (nota para aprobar: %1%)</translation>
    </message>
    <message>
        <source>Mark: %1 out of 1</source>
        <translation>Nota: %1 de 1</translation>
    </message>
    <message>
        <source>Not answered: 0 out of 1</source>
        <translation>Sin responder: 0 de 1</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Retroalimentación: %1</translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message>
        <source>Review of the answers, scrollable</source>
        <translation>Revisión de las respuestas, con desplazamiento</translation>
    </message>
    <message>
        <source>General feedback on question %1</source>
        <translation>Comentario general sobre la pregunta %1</translation>
    </message>
</context>
<context>
    <name>lectern::RosterCodec</name>
    <message>
        <source>The server sent a roster this version of Lectern cannot read (%1).</source>
        <translation>El servidor envió una lista de estudiantes que esta versión de Lectern no puede leer (%1).</translation>
    </message>
</context>
<context>
    <name>lectern::RosterCsv</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Course watched %</source>
        <translation>Curso: % visto</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>%1 watched %</source>
        <translation>%1: % visto</translation>
    </message>
    <message>
        <source>%1 quiz best %</source>
        <translation>%1: mejor % del cuestionario</translation>
    </message>
    <message>
        <source>%1 quiz attempts</source>
        <translation>%1: intentos del cuestionario</translation>
    </message>
</context>
<context>
    <name>lectern::RosterPage</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de estudiantes</translation>
    </message>
    <message>
        <source>Learners of the course</source>
        <translation>Estudiantes del curso</translation>
    </message>
    <message>
        <source>Export the roster as CSV</source>
        <translation>Exportar la lista de estudiantes como CSV</translation>
    </message>
    <message>
        <source>Roster · %1 %2</source>
        <translation>Lista de estudiantes · %1 %2</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Cargando la lista de estudiantes…</translation>
    </message>
    <message>
        <source>The roster needs a connection to the server.</source>
        <translation>La lista de estudiantes necesita conexión con el servidor.</translation>
    </message>
    <message>
        <source>Only the faculty who teach this course can see its roster.</source>
        <translation>Solo el profesorado que imparte este curso puede ver su lista de estudiantes.</translation>
    </message>
    <message>
        <source>No learner takes this course yet.</source>
        <translation>Aún no hay ningún estudiante en este curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s). Each strip is one lecture: solid parts were watched, pale parts skipped or not watched yet.</source>
        <translation>
            <numerusform>%n estudiante. Cada franja es una clase: las partes sólidas se vieron; las pálidas se saltaron o aún no se han visto.</numerusform>
            <numerusform>%n estudiantes. Cada franja es una clase: las partes sólidas se vieron; las pálidas se saltaron o aún no se han visto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>S%1 · %2</translation>
    </message>
    <message>
        <source>Quiz %1</source>
        <translation>Cuestionario %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1
%2 watched; %3:%4 not watched</source>
        <translation>%1
%2 visto; %3:%4 sin ver</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n attempt(s)</source>
        <translation>
            <numerusform>%1 · %n intento</numerusform>
            <numerusform>%1 · %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none counted · %n attempt(s)</source>
        <translation>
            <numerusform>ninguno contabilizado · %n intento</numerusform>
            <numerusform>ninguno contabilizado · %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>no realizado</translation>
    </message>
    <message numerus="yes">
        <source>%1
Best counted score over %n counted attempt(s)</source>
        <translation>
            <numerusform>%1
Mejor puntuación contabilizada en %n intento contabilizado</numerusform>
            <numerusform>%1
Mejor puntuación contabilizada en %n intentos contabilizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the roster to %1.</source>
        <translation>Se guardó la lista de estudiantes en %1.</translation>
    </message>
    <message>
        <source>Export the roster of %1</source>
        <translation>Exportar la lista de estudiantes de %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>lectern::SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search lectures and what is said in them (Ctrl+K)</source>
        <translation>Buscar clases y lo que se dice en ellas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search course and lecture titles, objectives, scripts and transcripts</source>
        <translation>Buscar en títulos de cursos y clases, objetivos, guiones y transcripciones</translation>
    </message>
    <message>
        <source>Transcripts are still being indexed: more may be found soon.</source>
        <translation>Las transcripciones aún se están indexando: pronto puede haber más resultados.</translation>
    </message>
</context>
<context>
    <name>lectern::SearchResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Ningún resultado para «%1»</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Spoken in lectures</source>
        <translation>Dicho en las clases</translation>
    </message>
    <message>
        <source>Group heading</source>
        <translation>Encabezado de grupo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Curso %1</translation>
    </message>
    <message>
        <source>%1 · Week %2</source>
        <translation>%1 · Semana %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Lecture %1, %2 week %3</source>
        <translation>Clase %1, %2, semana %3</translation>
    </message>
    <message>
        <source>Spoken in %1 at %2</source>
        <translation>Dicho en %1 en %2</translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation> · «%1»</translation>
    </message>
</context>
<context>
    <name>lectern::StoreWorker</name>
    <message>
        <source>The local database is not open.</source>
        <translation>La base de datos local no está abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made by the previous user of this computer have not reached the server yet. They are kept: that user must log in and sync before someone else can use Lectern here.</source>
        <translation>
            <numerusform>%n cambio hecho por el usuario anterior de este equipo aún no ha llegado al servidor. Se conserva: ese usuario debe iniciar sesión y sincronizar antes de que otra persona pueda usar Lectern aquí.</numerusform>
            <numerusform>%n cambios hechos por el usuario anterior de este equipo aún no han llegado al servidor. Se conservan: ese usuario debe iniciar sesión y sincronizar antes de que otra persona pueda usar Lectern aquí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::StudyCharts</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Study time per week</source>
        <translation>Tiempo de estudio por semana</translation>
    </message>
    <message>
        <source>Quiz score</source>
        <translation>Puntuación del cuestionario</translation>
    </message>
    <message>
        <source>Quiz scores</source>
        <translation>Puntuaciones de cuestionarios</translation>
    </message>
    <message>
        <source>Quiz scores over time</source>
        <translation>Puntuaciones de cuestionarios a lo largo del tiempo</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week label</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Lecture time played on this computer each week (re-watching counts).</source>
        <translation>Tiempo de clase reproducido en este equipo cada semana (volver a ver cuenta).</translation>
    </message>
    <message>
        <source>Quiz scores: none yet</source>
        <translation>Puntuaciones de cuestionarios: aún ninguna</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
</context>
<context>
    <name>lectern::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Show the changes the server refused, and why</source>
        <translation>Mostrar los cambios que rechazó el servidor y el motivo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet — %1</source>
        <translation>Todavía no se ha sincronizado — %1</translation>
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
        <source>Offline — %1</source>
        <translation>Sin conexión — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced since Lectern started</source>
        <translation>Sin sincronizar desde que se inició Lectern</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Próxima sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the programme saved on this computer</source>
        <translation>Sin conexión: se muestra el programa guardado en este equipo</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <source>The server did not accept these changes. They are kept on this computer and are not sent again.</source>
        <translation>El servidor no aceptó estos cambios. Se conservan en este equipo y no se vuelven a enviar.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>Quiz attempt (%1)</source>
        <translation>Intento de cuestionario (%1)</translation>
    </message>
    <message>
        <source>Viewing (%1)</source>
        <translation>Visualización (%1)</translation>
    </message>
</context>
<context>
    <name>lectern::TimingReader</name>
    <message>
        <source>use --&gt;</source>
        <translation>use --&gt;</translation>
    </message>
    <message>
        <source>put --&gt; between the start and the end</source>
        <translation>ponga --&gt; entre el inicio y el final</translation>
    </message>
    <message>
        <source>put a space between the end time and any cue settings</source>
        <translation>ponga un espacio entre el tiempo final y los ajustes del subtítulo</translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation>el final debe ser posterior al inicio</translation>
    </message>
    <message>
        <source>use mm:ss.ttt or hh:mm:ss.ttt</source>
        <translation>use mm:ss.ttt o hh:mm:ss.ttt</translation>
    </message>
    <message>
        <source>use a full stop before the milliseconds, as in 00:01.500</source>
        <translation>use un punto antes de los milisegundos, como en 00:01.500</translation>
    </message>
</context>
<context>
    <name>lectern::WatchedSeekBar</name>
    <message>
        <source>Position in the lecture</source>
        <translation>Posición en la clase</translation>
    </message>
</context>
<context>
    <name>lectern::WebVttParser</name>
    <message>
        <source>Line 1 must start with WEBVTT.</source>
        <translation>La línea 1 debe comenzar con WEBVTT.</translation>
    </message>
</context>
<context>
    <name>lectern::WeekList</name>
    <message>
        <source>Quiz locked</source>
        <translation>Cuestionario bloqueado</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>Hacer el cuestionario</translation>
    </message>
    <message>
        <source>Try again (best %1%)</source>
        <translation>Intentar de nuevo (mejor: %1%)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Passed %1% · not yet confirmed</source>
        <translation>Aprobado con %1% · aún sin confirmar</translation>
    </message>
    <message>
        <source>Passed %1%</source>
        <translation>Aprobado con %1%</translation>
    </message>
    <message>
        <source>Nothing is planned for this week.</source>
        <translation>No hay nada previsto para esta semana.</translation>
    </message>
    <message>
        <source>Lecture %1, %2</source>
        <translation>Clase %1, %2</translation>
    </message>
    <message>
        <source>%p% watched</source>
        <translation>%p% visto</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Opens once the lecture has been watched far enough</source>
        <translation>Se abre cuando se haya visto lo suficiente de la clase</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Open the lecture where you stopped</source>
        <translation>%1
Abrir la clase donde la dejó</translation>
    </message>
    <message>
        <source>%1
Open the lecture</source>
        <translation>%1
Abrir la clase</translation>
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
    <message>
        <source>Quit once the main window has shown the programme saved on this computer, to time start-up.</source>
        <translation>Salir en cuanto la ventana principal muestre el programa guardado en este equipo, para medir el arranque.</translation>
    </message>
    <message>
        <source>Colours: system (the default, as the desktop&apos;s), light or dark.</source>
        <translation>Colores: system (el valor predeterminado, como el escritorio), light o dark.</translation>
    </message>
    <message>
        <source>Language: system (the default, as the desktop&apos;s), en or es. Overrides the choice made in View → Language.</source>
        <translation>Idioma: system (el valor predeterminado, como el escritorio), en o es. Tiene prioridad sobre lo elegido en Ver → Idioma.</translation>
    </message>
</context>
</TS>
