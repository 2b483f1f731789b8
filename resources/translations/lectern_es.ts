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
    <message>
        <source>Unlocked: %1</source>
        <translation>Desbloqueado: %1</translation>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;The quiz is unlocked.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El cuestionario está desbloqueado.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The quiz is locked&lt;/b&gt; until %1% of the lecture has been watched (%2% so far).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El cuestionario está bloqueado&lt;/b&gt; hasta que se haya visto el %1% de la clase (visto hasta ahora: %2%).&lt;/p&gt;</translation>
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
