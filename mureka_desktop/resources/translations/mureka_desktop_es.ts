<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Acerca de Mureka Desktop</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Songs in the queue: state, tries, progress and last error. Drop or paste song ids to add more.</source>
        <translation>Canciones de la cola: estado, intentos, progreso y último error. Suelte o pegue identificadores de canción para añadir más.</translation>
    </message>
    <message>
        <source>Play or pause the video</source>
        <translation>Reproducir o pausar el vídeo</translation>
    </message>
    <message>
        <source>Video position</source>
        <translation>Posición del vídeo</translation>
    </message>
    <message>
        <source>Drag to seek in the video</source>
        <translation>Arrastre para moverse por el vídeo</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Tiempo transcurrido y total</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>The song&apos;s cover image</source>
        <translation>La imagen de portada de la canción</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Vista previa del vídeo</translation>
    </message>
    <message>
        <source>The queue is empty</source>
        <translation>La cola está vacía</translation>
    </message>
    <message>
        <source>Queue paused</source>
        <translation>Cola en pausa</translation>
    </message>
    <message>
        <source>Why the queue paused, and the fix</source>
        <translation>Por qué se pausó la cola, y la solución</translation>
    </message>
</context>
<context>
    <name>AccountSongsDialog</name>
    <message>
        <source>Add songs from the account</source>
        <translation>Añadir canciones de la cuenta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>In your queue</source>
        <translation>En su cola</translation>
    </message>
    <message>
        <source>Song id</source>
        <translation>Id. de canción</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Cannot list the accounts: %1</source>
        <translation>No se pueden listar las cuentas: %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Cannot list the songs: %1</source>
        <translation>No se pueden listar las canciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) (more to load)</source>
        <translation>
            <numerusform>%n canción (hay más por cargar)</numerusform>
            <numerusform>%n canciones (hay más por cargar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <translation>
            <numerusform>%n canción</numerusform>
            <numerusform>%n canciones</numerusform>
        </translation>
    </message>
    <message>
        <source>exists (free)</source>
        <translation>existe (gratis)</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>no es posible</translation>
    </message>
    <message>
        <source>to generate</source>
        <translation>por generar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>The API makes no videos for V9.5 songs</source>
        <translation>La API no hace vídeos para canciones V9.5</translation>
    </message>
    <message numerus="yes">
        <source>Review %n…</source>
        <translation>
            <numerusform>Revisar %n…</numerusform>
            <numerusform>Revisar %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <comment>%1: a time</comment>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Not loaded yet: Refresh asks useapi.net.</source>
        <translation>Aún no cargado: Actualizar consulta a useapi.net.</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: Mureka accounts</comment>
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <source>All accounts OK</source>
        <translation>Todas las cuentas bien</translation>
    </message>
</context>
<context>
    <name>AccountsDock</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Hide the accounts (View ▸ Accounts shows them again)</source>
        <translation>Ocultar las cuentas (Ver ▸ Cuentas las vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Hide the accounts</source>
        <translation>Ocultar las cuentas</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Llamadas hoy</translation>
    </message>
    <message>
        <source>Videos today</source>
        <translation>Vídeos hoy</translation>
    </message>
    <message>
        <source>What useapi.net says of the account, or why its songs wait</source>
        <translation>Lo que useapi.net dice de la cuenta, o por qué esperan sus canciones</translation>
    </message>
    <message>
        <source>Days since the Mureka session was issued; whether useapi.net refreshes it by itself</source>
        <translation>Días desde que se emitió la sesión de Mureka; si useapi.net la renueva sola</translation>
    </message>
    <message>
        <source>Credits left on the Mureka account</source>
        <translation>Créditos restantes en la cuenta de Mureka</translation>
    </message>
    <message>
        <source>Generations of this app running on the account / the most it may run now</source>
        <translation>Generaciones de esta aplicación en curso en la cuenta / el máximo permitido ahora</translation>
    </message>
    <message>
        <source>Generate calls this app sent to the account today (refused ones included)</source>
        <translation>Llamadas de generación que esta aplicación envió hoy a la cuenta (incluidas las rechazadas)</translation>
    </message>
    <message>
        <source>Videos this app&apos;s generations made on the account today</source>
        <translation>Vídeos que las generaciones de esta aplicación hicieron hoy en la cuenta</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>Requiere atención: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <comment>%1: why, and the fix</comment>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>a session&apos;s age in days</comment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>renovación automática</translation>
    </message>
    <message>
        <source>no auto-refresh</source>
        <translation>sin renovación automática</translation>
    </message>
    <message>
        <source>Credits unknown: %1</source>
        <translation>Créditos desconocidos: %1</translation>
    </message>
    <message>
        <source>Session issued %1 days ago; %2</source>
        <translation>Sesión emitida hace %1 días; %2</translation>
    </message>
    <message>
        <source>useapi.net refreshes it by itself</source>
        <translation>useapi.net la renueva sola</translation>
    </message>
    <message>
        <source>no auto-refresh: update it on useapi.net when it expires</source>
        <translation>sin renovación automática: actualícela en useapi.net cuando caduque</translation>
    </message>
    <message>
        <source>%1
Its songs wait: %2</source>
        <translation>%1
Sus canciones esperan: %2</translation>
    </message>
</context>
<context>
    <name>AccountsSettings</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Cuentas de Mureka</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask useapi.net for the accounts&apos; health and credits again</source>
        <translation>Volver a pedir a useapi.net el estado y los créditos de las cuentas</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Forget what was learned: space calls per Mureka account again until a rejected call shows the 3 s rule counts per token</source>
        <translation>Olvidar lo aprendido: espaciar de nuevo las llamadas por cuenta de Mureka hasta que una llamada rechazada muestre que la regla de 3 s cuenta por token</translation>
    </message>
    <message>
        <source>3 s spacing: learned to count per useapi.net token (a rejected call showed it): every call waits 3 s after any account&apos;s.</source>
        <translation>Espaciado de 3 s: aprendido que cuenta por token de useapi.net (una llamada rechazada lo mostró): cada llamada espera 3 s tras la de cualquier cuenta.</translation>
    </message>
    <message>
        <source>3 s spacing: confirmed per Mureka account: accounts call side by side.</source>
        <translation>Espaciado de 3 s: confirmado por cuenta de Mureka: las cuentas llaman en paralelo.</translation>
    </message>
    <message>
        <source>3 s spacing: not learned yet; per Mureka account until a rejected call shows it counts per token.</source>
        <translation>Espaciado de 3 s: aún no aprendido; por cuenta de Mureka hasta que una llamada rechazada muestre que cuenta por token.</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n account(s) for the token above; Save to use it and list its accounts here.</source>
        <translation>
            <numerusform>Comprobar encontró %n cuenta para el token de arriba; Guarde para usarlo y ver aquí sus cuentas.</numerusform>
            <numerusform>Comprobar encontró %n cuentas para el token de arriba; Guarde para usarlo y ver aquí sus cuentas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTable</name>
    <message>
        <source>Mureka accounts</source>
        <translation>Cuentas de Mureka</translation>
    </message>
</context>
<context>
    <name>AddSongsDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Añadir canciones</translation>
    </message>
    <message>
        <source>Song ids, mureka.ai links, or any text holding them:</source>
        <translation>Identificadores de canción, enlaces de mureka.ai o cualquier texto que los contenga:</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Review the ids before queueing them (Ctrl+Return)</source>
        <translation>Revisar los identificadores antes de ponerlos en cola (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>&lt;b&gt;Account paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cuenta en pausa.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queue paused.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cola en pausa.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Space plays both · ←/→ seek both · Tab switches side · P / X / 1–5 decide on the framed side · M mute · Esc back</source>
        <translation>Espacio reproduce ambos · ←/→ avanzan ambos · Tab cambia de lado · P / X / 1–5 deciden en el lado enmarcado · M silencio · Esc volver</translation>
    </message>
    <message>
        <source>Back to the videos</source>
        <translation>Volver a los vídeos</translation>
    </message>
    <message>
        <source>Compare versions: %1</source>
        <translation>Comparar versiones: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>Versión %1 de %2 · %3</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop highlight</source>
        <translation>Resaltado de soltar</translation>
    </message>
    <message>
        <source>Drop to add these songs (copied, nothing is moved)</source>
        <translation>Suelte para añadir estas canciones (se copian, no se mueve nada)</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ExportPicksDialog</name>
    <message>
        <source>Export picks</source>
        <translation>Exportar elegidos</translation>
    </message>
    <message numerus="yes">
        <source>%n picked video(s) with their covers, %1, named by the file name template, and a playlist (M3U).</source>
        <comment>%1: their size</comment>
        <translation>
            <numerusform>%n vídeo elegido con su portada, %1, nombrado según la plantilla de nombre de archivo, y una lista de reproducción (M3U).</numerusform>
            <numerusform>%n vídeos elegidos con sus portadas, %1, nombrados según la plantilla de nombre de archivo, y una lista de reproducción (M3U).</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Hard-link instead of copying where the disk allows (no extra space; a copy otherwise)</source>
        <translation>Enlace duro en lugar de copia donde el disco lo permita (sin espacio extra; si no, una copia)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export picks to</source>
        <translation>Exportar elegidos a</translation>
    </message>
</context>
<context>
    <name>FileMarks</name>
    <message>
        <source>⚠ File missing</source>
        <translation>⚠ Falta el archivo</translation>
    </message>
    <message>
        <source>♻ In the trash</source>
        <translation>♻ En la papelera</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Falta el archivo</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>⚠ Video file missing</source>
        <translation>⚠ Falta el archivo de vídeo</translation>
    </message>
</context>
<context>
    <name>FullScreenVideo</name>
    <message>
        <source>Mureka Desktop — full screen</source>
        <translation>Mureka Desktop — pantalla completa</translation>
    </message>
    <message>
        <source>Space play / pause · Shift+←/→ or J/L seek 5 s · ←/→ other video · M mute · P / X / 1–5 decide · Esc leave</source>
        <translation>Espacio reproducir / pausar · Mayús+←/→ o J/L avanzar 5 s · ←/→ otro vídeo · M silencio · P / X / 1–5 deciden · Esc salir</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>No application could open this location:

%1

Open it from your file manager; the path can be selected and copied here.</source>
        <translation>Ninguna aplicación pudo abrir esta ubicación:

%1

Ábrala desde su gestor de archivos; la ruta se puede seleccionar y copiar aquí.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Lyrics videos for lists of Mureka songs, through the useapi.net API.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4 (Qt for Python), used under the &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. You may replace them with your own build: the source of &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; and of &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; is published by The Qt Company.&lt;/p&gt;</source>
        <comment>%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, %6 Qt source, %7 PySide6 source</comment>
        <translation>&lt;h3&gt;Mureka Desktop %1&lt;/h3&gt;&lt;p&gt;Vídeos con letra para listas de canciones de Mureka, a través de la API de useapi.net.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;&lt;br&gt;Mureka Desktop es software libre bajo la licencia MIT.&lt;/p&gt;&lt;p&gt;Hecho con Qt %3 y PySide6 %4 (Qt for Python), usados bajo la &lt;a href=&apos;%5&apos;&gt;GNU Lesser General Public License v3&lt;/a&gt;. Puede sustituirlos por su propia compilación: el código fuente de &lt;a href=&apos;%6&apos;&gt;Qt&lt;/a&gt; y de &lt;a href=&apos;%7&apos;&gt;PySide6&lt;/a&gt; lo publica The Qt Company.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Nothing to add</source>
        <translation>Nada que añadir</translation>
    </message>
    <message>
        <source>The dropped data holds no text or files.</source>
        <translation>Los datos soltados no contienen texto ni archivos.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Some files were not read</source>
        <translation>Algunos archivos no se leyeron</translation>
    </message>
    <message>
        <source>%1

Nothing from them was queued.</source>
        <translation>%1

No se puso nada de ellos en la cola.</translation>
    </message>
    <message>
        <source>No song ids</source>
        <translation>No hay identificadores de canción</translation>
    </message>
    <message>
        <source>No song ids were found.</source>
        <translation>No se encontraron identificadores de canción.</translation>
    </message>
    <message>
        <source>From the command line</source>
        <translation>Desde la línea de órdenes</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>Renaming</source>
        <translation>Renombrando</translation>
    </message>
    <message>
        <source>Moving to the trash</source>
        <translation>Moviendo a la papelera</translation>
    </message>
    <message>
        <source>Exporting picks</source>
        <translation>Exportando elegidos</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Enlazando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the file being moved now; the rest is left as it is, to run again later</source>
        <translation>Detener tras el archivo que se mueve ahora; el resto queda como está, para ejecutarlo de nuevo más tarde</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n más en espera)</numerusform>
            <numerusform>(%n más en espera)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>No useapi.net token yet: generating is off. The library works offline.</source>
        <translation>Aún no hay token de useapi.net: la generación está desactivada. La biblioteca funciona sin conexión.</translation>
    </message>
    <message>
        <source>Resuming the queue where the last session stopped.</source>
        <translation>Se reanuda la cola donde se detuvo la última sesión.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Seek back 5 s</source>
        <translation>Retroceder 5 s</translation>
    </message>
    <message>
        <source>Seek forward 5 s</source>
        <translation>Avanzar 5 s</translation>
    </message>
    <message>
        <source>Previous video</source>
        <translation>Vídeo anterior</translation>
    </message>
    <message>
        <source>Next video</source>
        <translation>Vídeo siguiente</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Silenciar / activar sonido</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Play the video full screen (F or Enter; Esc leaves)</source>
        <translation>Reproducir el vídeo en pantalla completa (F o Intro; Esc sale)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Two versions of the song side by side, in sync (C)</source>
        <translation>Dos versiones de la canción lado a lado, sincronizadas (C)</translation>
    </message>
    <message>
        <source>Compare: other side</source>
        <translation>Comparar: otro lado</translation>
    </message>
    <message>
        <source>Leave compare</source>
        <translation>Salir de la comparación</translation>
    </message>
    <message>
        <source>List view</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Show the videos as a list with columns, or as a grid of covers (Ctrl+L)</source>
        <translation>Mostrar los vídeos como una lista con columnas, o como una cuadrícula de portadas (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Canción</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>✔ Picked</source>
        <translation>✔ Elegido</translation>
    </message>
    <message>
        <source>✘ Rejected</source>
        <translation>✘ Descartado</translation>
    </message>
    <message>
        <source>%1 of 5 stars</source>
        <translation>%1 de 5 estrellas</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>seen</source>
        <comment>after a video&apos;s review: watched</comment>
        <translation>visto</translation>
    </message>
</context>
<context>
    <name>LibraryDetail</name>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <source>Song id:</source>
        <translation>Id. de canción:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Video id:</source>
        <translation>Id. de vídeo:</translation>
    </message>
    <message>
        <source>Click to show the file in its folder</source>
        <translation>Pulse para mostrar el archivo en su carpeta</translation>
    </message>
    <message>
        <source>A note (N, then Enter to save)</source>
        <translation>Una nota (N, luego Intro para guardarla)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Compare versions (C)</source>
        <translation>Comparar versiones (C)</translation>
    </message>
    <message>
        <source>Two versions of this song side by side, played in sync</source>
        <translation>Dos versiones de esta canción lado a lado, reproducidas en sincronía</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>No lyrics: the song&apos;s look-up gave none.</source>
        <translation>Sin letra: la consulta de la canción no dio ninguna.</translation>
    </message>
    <message>
        <source>Lyrics:</source>
        <translation>Letra:</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this song</source>
        <translation>
            <numerusform>%n versión de esta canción</numerusform>
            <numerusform>%n versiones de esta canción</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFileCommands</name>
    <message>
        <source>Rename files to the template…</source>
        <translation>Renombrar archivos según la plantilla…</translation>
    </message>
    <message>
        <source>Rename every video and its cover to the file name template in Settings (the renames are shown first)</source>
        <translation>Renombrar cada vídeo y su portada según la plantilla de nombre de archivo de la configuración (los cambios se muestran antes)</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Pick the file of the selected video where it is now</source>
        <translation>Indicar dónde está ahora el archivo del vídeo seleccionado</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Adopt the videos and covers of a folder, matched to songs by the song number in their names or by their content</source>
        <translation>Adoptar los vídeos y portadas de una carpeta, asociados a canciones por el número de canción en su nombre o por su contenido</translation>
    </message>
    <message>
        <source>Export picks…</source>
        <translation>Exportar elegidos…</translation>
    </message>
    <message>
        <source>Copy or hard-link the picked videos and covers into a folder, with a playlist</source>
        <translation>Copiar o enlazar (enlace duro) los vídeos elegidos y sus portadas en una carpeta, con una lista de reproducción</translation>
    </message>
    <message>
        <source>Move rejected to trash…</source>
        <translation>Descartados a la papelera…</translation>
    </message>
    <message>
        <source>Move the rejected videos&apos; files to the system trash (asks first)</source>
        <translation>Mover los archivos de los vídeos descartados a la papelera del sistema (pregunta antes)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>No videos to rename yet.</source>
        <translation>Aún no hay vídeos que renombrar.</translation>
    </message>
    <message>
        <source>Planning the renames…</source>
        <translation>Planificando los cambios de nombre…</translation>
    </message>
    <message>
        <source>Rename files to the template</source>
        <translation>Renombrar archivos según la plantilla</translation>
    </message>
    <message numerus="yes">
        <source>“%1” stopped before the end, with %n file(s) left: run it again from the Library menu for the rest.</source>
        <translation>
            <numerusform>«%1» se detuvo antes del final y queda %n archivo: vuelva a ejecutarlo desde el menú Biblioteca para el resto.</numerusform>
            <numerusform>«%1» se detuvo antes del final y quedan %n archivos: vuelva a ejecutarlo desde el menú Biblioteca para el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1; %n file(s) could not be renamed:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 renombrados; %n archivo no se pudo renombrar:</numerusform>
            <numerusform>%1 renombrados; %n archivos no se pudieron renombrar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vídeo</numerusform>
            <numerusform>%n vídeos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a video in the Library first.</source>
        <translation>Seleccione primero un vídeo en la biblioteca.</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localizar %1</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vídeos MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>%1 does not look like the video of “%2”.</source>
        <translation>%1 no parece el vídeo de «%2».</translation>
    </message>
    <message>
        <source>Is %1 the video of “%2”?</source>
        <translation>¿Es %1 el vídeo de «%2»?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>Vincular de todos modos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Linked %1 to %2.</source>
        <translation>%1 vinculado a %2.</translation>
    </message>
    <message>
        <source>Import a folder of videos</source>
        <translation>Importar una carpeta de vídeos</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) matched</source>
        <translation>
            <numerusform>%n archivo asociado</numerusform>
            <numerusform>%n archivos asociados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n ya en la biblioteca</numerusform>
            <numerusform>%n ya en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matched</source>
        <translation>
            <numerusform>%n sin asociar</numerusform>
            <numerusform>%n sin asociar</numerusform>
        </translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Sin asociar: %1</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Ya en la biblioteca</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>%1: a folder, %2: the counts</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No picked videos to export: pick some with P first.</source>
        <translation>No hay vídeos elegidos que exportar: elija algunos con P primero.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Elegidos</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n pick(s)…</source>
        <translation>
            <numerusform>Exportando %n elegido…</numerusform>
            <numerusform>Exportando %n elegidos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) exported to %1</source>
        <comment>%1: a folder</comment>
        <translation>
            <numerusform>%n vídeo exportado a %1</numerusform>
            <numerusform>%n vídeos exportados a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hard-linked</source>
        <translation>
            <numerusform>%n archivo con enlace duro</numerusform>
            <numerusform>%n archivos con enlace duro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copied</source>
        <translation>
            <numerusform>%n copiado</numerusform>
            <numerusform>%n copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n falta</numerusform>
            <numerusform>%n faltan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist: %1</source>
        <translation>Lista de reproducción: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Missing: its file is gone</source>
        <translation>Falta: su archivo ya no está</translation>
    </message>
    <message>
        <source>Export picks</source>
        <translation>Exportar elegidos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>No rejected videos with files to move to the trash.</source>
        <translation>No hay vídeos descartados con archivos que mover a la papelera.</translation>
    </message>
    <message>
        <source>Move rejected to trash</source>
        <translation>Mover descartados a la papelera</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n rejected video(s) to the trash?</source>
        <translation>
            <numerusform>¿Mover %n vídeo descartado a la papelera?</numerusform>
            <numerusform>¿Mover los %n vídeos descartados a la papelera?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their video and cover files, %1 in all, go to the system trash, where they can be restored. Nothing is deleted.</source>
        <translation>Sus archivos de vídeo y portada, %1 en total, van a la papelera del sistema, de donde se pueden restaurar. No se borra nada.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash</source>
        <translation>
            <numerusform>Mover %n a la papelera</numerusform>
            <numerusform>Mover %n a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n video(s) to the trash…</source>
        <translation>
            <numerusform>Moviendo %n vídeo a la papelera…</numerusform>
            <numerusform>Moviendo %n vídeos a la papelera…</numerusform>
        </translation>
    </message>
    <message>
        <source>This system has no trash for %1, so nothing was moved and nothing was deleted.</source>
        <translation>Este sistema no tiene papelera para %1, así que no se movió ni se borró nada.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %1 to the trash; %n file(s) stayed where they are:</source>
        <comment>%1: how many videos</comment>
        <translation>
            <numerusform>%1 movidos a la papelera; %n archivo se quedó donde está:</numerusform>
            <numerusform>%1 movidos a la papelera; %n archivos se quedaron donde están:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryList</name>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Cover file missing</source>
        <translation>Falta el archivo de portada</translation>
    </message>
    <message>
        <source>Song %1 · video %2</source>
        <translation>Canción %1 · vídeo %2</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Canción %1</translation>
    </message>
    <message>
        <source>%1: %2

%3</source>
        <comment>a file&apos;s mark: its path, then the video</comment>
        <translation>%1: %2

%3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Newest first</source>
        <translation>Más nuevos primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Elegidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Seen or not</source>
        <translation>Vistos o no</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>No vistos</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>No videos yet: finished songs appear here.</source>
        <translation>Aún no hay vídeos: las canciones terminadas aparecen aquí.</translation>
    </message>
    <message>
        <source>Show videos</source>
        <translation>Mostrar vídeos</translation>
    </message>
    <message>
        <source>Rating at least</source>
        <translation>Valoración mínima</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Search title, note, song or video id…</source>
        <translation>Buscar título, nota, canción o id. de vídeo…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Orden:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter&apos;s choice (how many videos it shows)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <comment>%1: one to five stars</comment>
        <translation>%1 o más</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n video(s)</source>
        <translation>
            <numerusform>%1 de %n vídeo</numerusform>
            <numerusform>%1 de %n vídeos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n vídeo</numerusform>
            <numerusform>%n vídeos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n file(s) missing</source>
        <translation>
            <numerusform> · falta %n archivo</numerusform>
            <numerusform> · faltan %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No video matches the filter.</source>
        <translation>Ningún vídeo coincide con el filtro.</translation>
    </message>
    <message>
        <source>By the list&apos;s column</source>
        <translation>Por la columna de la lista</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All songs</source>
        <translation>Todas las canciones</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Mureka Desktop — Demo</source>
        <translation>Mureka Desktop — Demo</translation>
    </message>
    <message>
        <source>Filter by song, title or error…</source>
        <translation>Filtrar por canción, título o error…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Undo review</source>
        <translation>Deshacer revisión</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Deshacer ocultación</translation>
    </message>
    <message>
        <source>Dropped on the window</source>
        <translation>Soltado en la ventana</translation>
    </message>
    <message>
        <source>Run finished: %1</source>
        <translation>Tanda terminada: %1</translation>
    </message>
    <message>
        <source>%1 Ctrl+Z to undo.</source>
        <translation>%1 Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>MissingBar</name>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Pick the file where it is now</source>
        <translation>Indicar dónde está ahora el archivo</translation>
    </message>
    <message>
        <source>Moved to the trash on %1: restore it from the system trash, or locate the file.</source>
        <translation>Movido a la papelera el %1: restáurelo desde la papelera del sistema, o localice el archivo.</translation>
    </message>
    <message>
        <source>The video file is missing: %1</source>
        <translation>Falta el archivo de vídeo: %1</translation>
    </message>
    <message>
        <source>no file was recorded</source>
        <translation>no se registró ningún archivo</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Mureka Desktop</source>
        <translation>Mostrar Mureka Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed.</source>
        <comment>%1: how many videos are done</comment>
        <translation>
            <numerusform>%1, %n fallido.</numerusform>
            <numerusform>%1, %n fallidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done</source>
        <translation>
            <numerusform>%n vídeo terminado</numerusform>
            <numerusform>%n vídeos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) done.</source>
        <translation>
            <numerusform>%n vídeo terminado.</numerusform>
            <numerusform>%n vídeos terminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mureka Desktop: run finished</source>
        <translation>Mureka Desktop: tanda terminada</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Select a song to preview it</source>
        <translation>Seleccione una canción para verla</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausar (Espacio)</translation>
    </message>
    <message>
        <source>Seek</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Song %1</source>
        <translation>Canción %1</translation>
    </message>
    <message>
        <source>This song was cancelled.</source>
        <translation>Esta canción se canceló.</translation>
    </message>
    <message>
        <source>The video appears here once it is downloaded.</source>
        <translation>El vídeo aparece aquí una vez descargado.</translation>
    </message>
    <message>
        <source>The cover file is missing.
%1</source>
        <translation>Falta el archivo de portada.
%1</translation>
    </message>
    <message>
        <source>The cover cannot be shown: %1</source>
        <translation>No se puede mostrar la portada: %1</translation>
    </message>
    <message>
        <source>The video file is missing.
%1</source>
        <translation>Falta el archivo de vídeo.
%1</translation>
    </message>
    <message>
        <source>No audio device was found: videos play without sound.</source>
        <translation>No se encontró ningún dispositivo de audio: los vídeos se reproducen sin sonido.</translation>
    </message>
    <message>
        <source>The video cannot be played: %1</source>
        <translation>No se puede reproducir el vídeo: %1</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>Enter your useapi.net token to start.</source>
        <translation>Introduzca su token de useapi.net para empezar.</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>From the Mureka account</source>
        <translation>De la cuenta de Mureka</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>El portapapeles está vacío.</translation>
    </message>
    <message>
        <source>From the clipboard</source>
        <translation>Del portapapeles</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Regenerate videos</source>
        <translation>Regenerar vídeos</translation>
    </message>
    <message numerus="yes">
        <source>Make a new video for %n song(s)? Each one costs a credit, even when a video already exists.</source>
        <translation>
            <numerusform>¿Hacer un vídeo nuevo para %n canción? Cada uno cuesta un crédito, aunque ya exista un vídeo.</numerusform>
            <numerusform>¿Hacer un vídeo nuevo para %n canciones? Cada uno cuesta un crédito, aunque ya exista un vídeo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Regenerate %n</source>
        <translation>
            <numerusform>Regenerar %n</numerusform>
            <numerusform>Regenerar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the error to the clipboard.</source>
        <translation>Error copiado al portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the links of %n song(s).</source>
        <translation>
            <numerusform>Enlaces de %n canción copiados.</numerusform>
            <numerusform>Enlaces de %n canciones copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>Exportar la cola</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n song(s) to %1</source>
        <translation>
            <numerusform>%n canción exportada a %1</numerusform>
            <numerusform>%n canciones exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Song</source>
        <translation>Canción</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Video id</source>
        <translation>Id. de vídeo</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds a generation has run</comment>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Drop song ids, links or .txt / .csv / .json files here,
or press Ctrl+V to paste, or Ctrl+N to type them.</source>
        <translation>Suelte aquí identificadores de canción, enlaces o archivos .txt / .csv / .json,
o pulse Ctrl+V para pegar, o Ctrl+N para escribirlos.</translation>
    </message>
</context>
<context>
    <name>RenamePreviewDialog</name>
    <message>
        <source>Rename files to the template</source>
        <translation>Renombrar archivos según la plantilla</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) will be renamed to “%1”, each cover with its video.</source>
        <comment>%1: the file name template</comment>
        <translation>
            <numerusform>%n vídeo se renombrará a «%1», cada portada con su vídeo.</numerusform>
            <numerusform>%n vídeos se renombrarán a «%1», cada portada con su vídeo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already named so.</source>
        <translation>
            <numerusform>%n ya tiene ese nombre.</numerusform>
            <numerusform>%n ya tienen ese nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a missing file skipped.</source>
        <translation>
            <numerusform>%n con archivo faltante omitido.</numerusform>
            <numerusform>%n con archivo faltante omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names already taken get “ (2)”; no file is ever overwritten.</source>
        <translation>Los nombres ya usados reciben « (2)»; nunca se sobrescribe ningún archivo.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Será</translation>
    </message>
    <message numerus="yes">
        <source>Rename %n</source>
        <translation>
            <numerusform>Renombrar %n</numerusform>
            <numerusform>Renombrar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Add songs</source>
        <translation>Añadir canciones</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Not song ids (skipped):</source>
        <translation>No son identificadores de canción (omitidos):</translation>
    </message>
    <message>
        <source>Rejected earlier: not made again (Regenerate makes a new version):</source>
        <translation>Descartadas antes: no se generan de nuevo (Regenerar crea una versión nueva):</translation>
    </message>
    <message numerus="yes">
        <source>Also generate the %Ln already done song(s) again (costs %Ln credit(s))</source>
        <translation>
            <numerusform>Generar también de nuevo %Ln canción ya terminada (cuesta %Ln crédito)</numerusform>
            <numerusform>Generar también de nuevo las %Ln canciones ya terminadas (cuesta %Ln créditos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln</source>
        <translation>
            <numerusform>Añadir %Ln</numerusform>
            <numerusform>Añadir %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nueva</numerusform>
            <numerusform>%Ln nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln restored from an export</source>
        <translation>
            <numerusform>%Ln restaurada de una exportación</numerusform>
            <numerusform>%Ln restauradas de una exportación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected earlier: not made again</source>
        <translation>
            <numerusform>%Ln descartada antes: no se genera de nuevo</numerusform>
            <numerusform>%Ln descartadas antes: no se generan de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to retry</source>
        <translation>
            <numerusform>%Ln por reintentar</numerusform>
            <numerusform>%Ln por reintentar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicada</numerusform>
            <numerusform>%Ln duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already done</source>
        <translation>
            <numerusform>%Ln ya terminada</numerusform>
            <numerusform>%Ln ya terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid</source>
        <translation>
            <numerusform>%Ln no válida</numerusform>
            <numerusform>%Ln no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (line(s) %2)</source>
        <translation>
            <numerusform>%1 (línea %2)</numerusform>
            <numerusform>%1 (líneas %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Ask the API for the accounts behind this token</source>
        <translation>Preguntar a la API por las cuentas detrás de este token</translation>
    </message>
    <message>
        <source>The token comes from USEAPI_TOKEN; it overrides the saved one.</source>
        <translation>El token viene de USEAPI_TOKEN; prevalece sobre el guardado.</translation>
    </message>
    <message>
        <source>No system keyring is available: the token is kept for this session only, never written to a file.</source>
        <translation>No hay llavero del sistema disponible: el token se guarda solo para esta sesión, nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Saved in the system keyring; sent only to the API host.</source>
        <translation>Guardado en el llavero del sistema; se envía solo al servidor de la API.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator needs no token, and videos go to the demo folder.</source>
        <translation>Modo demo: el simulador integrado no necesita token, y los vídeos van a la carpeta de demo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Fields: {title} the song&apos;s title, {song} the song number, {video} the video id, {date} the day the video was made (YYYY-MM-DD), {model} the model. {{ and }} write a brace.</source>
        <translation>Campos: {title} el título de la canción, {song} el número de la canción, {video} el id. del vídeo, {date} el día en que se hizo el vídeo (AAAA-MM-DD), {model} el modelo. {{ y }} escriben una llave.</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>generations at once</comment>
        <translation> a la vez</translation>
    </message>
    <message>
        <source>Reuse videos that already exist (saves credits)</source>
        <translation>Reutilizar los vídeos que ya existen (ahorra créditos)</translation>
    </message>
    <message>
        <source>Set by the environment variable MUREKA_API_BASE</source>
        <translation>Fijado por la variable de entorno MUREKA_API_BASE</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>After a decision, go to the next unreviewed video</source>
        <translation>Tras una decisión, ir al siguiente vídeo sin revisar</translation>
    </message>
    <message>
        <source>In the library: P, X and the stars move on by themselves</source>
        <translation>En la biblioteca: P, X y las estrellas pasan al siguiente solos</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Un idioma nuevo se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>useapi.net account</source>
        <translation>Cuenta de useapi.net</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Nombres de archivo</translation>
    </message>
    <message>
        <source>Generations</source>
        <translation>Generaciones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Summer Rain</source>
        <translation>Lluvia de verano</translation>
    </message>
    <message>
        <source>For new downloads, e.g. %1 (and .png for the cover)</source>
        <translation>Para descargas nuevas, p. ej. %1 (y .png para la portada)</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Introduzca primero un token.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>✗ The API rejected this token.</source>
        <translation>✗ La API rechazó este token.</translation>
    </message>
    <message>
        <source>✗ Check failed: %1</source>
        <translation>✗ Falló la comprobación: %1</translation>
    </message>
    <message>
        <source>✓ Token accepted, but no Mureka account is configured on useapi.net.</source>
        <translation>✓ Token aceptado, pero no hay ninguna cuenta de Mureka configurada en useapi.net.</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <comment>%1: useapi.net&apos;s words</comment>
        <translation>requiere atención: %1</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>bien</translation>
    </message>
    <message numerus="yes">
        <source>session %n day(s) old</source>
        <translation>
            <numerusform>sesión de %n día</numerusform>
            <numerusform>sesión de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 credit(s) left</source>
        <translation>
            <numerusform>queda %1 crédito</numerusform>
            <numerusform>quedan %1 créditos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mureka account %2: %3</source>
        <comment>✓ or ✗, the account, its facts</comment>
        <translation>%1 Cuenta de Mureka %2: %3</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between an account&apos;s facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That does not look like a useapi.net token (user:&lt;digits&gt;-&lt;letters and digits&gt;).</source>
        <translation>Eso no parece un token de useapi.net (user:&lt;dígitos&gt;-&lt;letras y dígitos&gt;).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a video&apos;s title · when it was made</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SongDetail</name>
    <message>
        <source>No video: this song failed (the error is above).</source>
        <translation>Sin vídeo: esta canción falló (el error está arriba).</translation>
    </message>
    <message>
        <source>No video: this song failed (no reason was recorded).</source>
        <translation>Sin vídeo: esta canción falló (no se registró motivo).</translation>
    </message>
    <message>
        <source>The API makes no videos for this model; Retry leaves it as it is.</source>
        <translation>La API no hace vídeos para este modelo; Reintentar la deja como está.</translation>
    </message>
    <message>
        <source>Retry failed (Ctrl+Shift+R) tries again.</source>
        <translation>Reintentar fallidas (Ctrl+Mayús+R) lo intenta de nuevo.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>song %1</source>
        <translation>canción %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a song&apos;s state, its attempts</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a song&apos;s state and attempts. its error</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Generating %1: %2</source>
        <translation>Generando %1: %2</translation>
    </message>
    <message>
        <source>Generating %1/%2 (window %3)</source>
        <translation>Generando %1/%2 (ventana %3)</translation>
    </message>
    <message>
        <source>Generating %1/%2</source>
        <translation>Generando %1/%2</translation>
    </message>
    <message>
        <source>%1 · paused: %2</source>
        <comment>%2: Mureka accounts</comment>
        <translation>%1 · en pausa: %2</translation>
    </message>
    <message>
        <source>Offline: waiting for the API</source>
        <translation>Sin conexión: esperando a la API</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message numerus="yes">
        <source>account %1 paused (%n song(s))</source>
        <translation>
            <numerusform>cuenta %1 en pausa (%n canción)</numerusform>
            <numerusform>cuenta %1 en pausa (%n canciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Running · %1</source>
        <comment>%1: the paused accounts</comment>
        <translation>En curso · %1</translation>
    </message>
    <message>
        <source>Nothing queued</source>
        <translation>Nada en cola</translation>
    </message>
    <message>
        <source>Next call in %1 s</source>
        <translation>Próxima llamada en %1 s</translation>
    </message>
    <message>
        <source>Next call: now</source>
        <translation>Próxima llamada: ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminada</numerusform>
            <numerusform>%n terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>ETA —</source>
        <translation>Tiempo restante —</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Tiempo restante %1</translation>
    </message>
    <message>
        <source>default</source>
        <comment>the songs whose account is not known</comment>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <comment>%1: a Mureka account</comment>
        <translation>%1 en pausa</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <comment>a Mureka account, its generations/its slots</comment>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>Pick</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>Quitar marca</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n estrella</numerusform>
            <numerusform>%n estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear stars</source>
        <translation>Borrar estrellas</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what it does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add songs…</source>
        <translation>Añadir canciones…</translation>
    </message>
    <message>
        <source>Type or paste song ids</source>
        <translation>Escribir o pegar identificadores de canción</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Add song ids from the clipboard</source>
        <translation>Añadir identificadores de canción desde el portapapeles</translation>
    </message>
    <message>
        <source>From account…</source>
        <translation>De la cuenta…</translation>
    </message>
    <message>
        <source>Pick songs from the Mureka account</source>
        <translation>Elegir canciones de la cuenta de Mureka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Start or pause the queue</source>
        <translation>Iniciar o pausar la cola</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Iniciar / Pausar</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected songs from the queue</source>
        <translation>Quitar de la cola las canciones seleccionadas</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Ocultar terminadas</translation>
    </message>
    <message>
        <source>Hide done and cancelled songs from the list (they stay in the history and the export; Ctrl+Z brings them back)</source>
        <translation>Ocultar de la lista las canciones terminadas y canceladas (siguen en el historial y la exportación; Ctrl+Z las trae de vuelta)</translation>
    </message>
    <message>
        <source>Undo clear</source>
        <translation>Deshacer ocultación</translation>
    </message>
    <message>
        <source>Bring back the songs the last Clear finished hid</source>
        <translation>Traer de vuelta las canciones que ocultó el último Ocultar terminadas</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Regenerar…</translation>
    </message>
    <message>
        <source>Make a new video for the selected songs (costs credits)</source>
        <translation>Hacer un vídeo nuevo para las canciones seleccionadas (cuesta créditos)</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>Abrir vídeo</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Copy links</source>
        <translation>Copiar enlaces</translation>
    </message>
    <message>
        <source>Copy the video and cover links of the selected songs</source>
        <translation>Copiar los enlaces de vídeo y portada de las canciones seleccionadas</translation>
    </message>
    <message>
        <source>Copy error</source>
        <translation>Copiar error</translation>
    </message>
    <message>
        <source>Copy the error of the selected songs</source>
        <translation>Copiar el error de las canciones seleccionadas</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Play / pause preview</source>
        <translation>Reproducir / pausar la vista previa</translation>
    </message>
    <message>
        <source>Play the song&apos;s video</source>
        <translation>Reproducir el vídeo de la canción</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Show the queue</source>
        <translation>Mostrar la cola</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Show the library: every video made, to review</source>
        <translation>Mostrar la biblioteca: todos los vídeos hechos, para revisar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the queue and history as CSV or JSON</source>
        <translation>Guardar la cola y el historial como CSV o JSON</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter the list by song, title or error</source>
        <translation>Filtrar la lista por canción, título o error</translation>
    </message>
    <message>
        <source>Refresh accounts</source>
        <translation>Actualizar cuentas</translation>
    </message>
    <message>
        <source>Ask useapi.net for the Mureka accounts&apos; health and credits again</source>
        <translation>Volver a pedir a useapi.net el estado y los créditos de las cuentas de Mureka</translation>
    </message>
    <message>
        <source>Show or hide the Mureka accounts under the queue</source>
        <translation>Mostrar u ocultar las cuentas de Mureka bajo la cola</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Mureka Desktop</source>
        <translation>Acerca de Mureka Desktop</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registro</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Filter</source>
        <comment>toolbar</comment>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show songs in state</source>
        <translation>Mostrar canciones en el estado</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter by song, title or error</source>
        <translation>Filtrar por canción, título o error</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Running against the built-in simulator: no token, no credits.
Demo songs and videos are kept apart in %1; a normal start does not show them.</source>
        <translation>Funcionando con el simulador integrado: sin token, sin créditos.
Las canciones y vídeos de demo se guardan aparte en %1; un inicio normal no los muestra.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Song</source>
        <translation>Ca&amp;nción</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message>
        <source>The Mureka account needs attention (%1): %2. Update the account on useapi.net, then resume.</source>
        <comment>account_attention</comment>
        <extracomment>core/queue/events.py; %1: code, %2: error</extracomment>
        <translation>La cuenta de Mureka requiere atención (%1): %2. Actualice la cuenta en useapi.net y reanude.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token any more: its songs wait. Add it again on useapi.net, then resume.</source>
        <comment>account_gone</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>La cuenta de Mureka %1 ya no está en este token: sus canciones esperan. Vuelva a añadirla en useapi.net y reanude.</translation>
    </message>
    <message>
        <source>Mureka account %1 is not on this token: its songs wait. Add the account on useapi.net, or give the songs&apos; ids with their own account.</source>
        <comment>account_not_on_token</comment>
        <extracomment>core/queue/roster.py; %1: account</extracomment>
        <translation>La cuenta de Mureka %1 no está en este token: sus canciones esperan. Añada la cuenta en useapi.net o dé los identificadores de las canciones con su propia cuenta.</translation>
    </message>
    <message>
        <source>Mureka account %1: %2 Songs of other accounts carry on.</source>
        <comment>account_problem</comment>
        <extracomment>core/queue/events.py; %1: account, %2: problem</extracomment>
        <translation>Cuenta de Mureka %1: %2 Las canciones de otras cuentas continúan.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1.</source>
        <comment>accounts_failed</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>No se pudieron cargar las cuentas: %1.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1. Showing what was known before.</source>
        <comment>accounts_failed_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>No se pudieron cargar las cuentas: %1. Se muestra lo que se sabía antes.</translation>
    </message>
    <message>
        <source>No useapi.net token: add one in Settings to see the accounts.</source>
        <comment>accounts_no_token</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>No hay token de useapi.net: añada uno en la configuración para ver las cuentas.</translation>
    </message>
    <message>
        <source>No Mureka account is configured for this token on useapi.net.</source>
        <comment>accounts_none</comment>
        <extracomment>core/accounts/info.py</extracomment>
        <translation>No hay ninguna cuenta de Mureka configurada para este token en useapi.net.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1).</source>
        <comment>accounts_offline</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Sin conexión: no se puede contactar con la API (%1).</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Showing what was known before.</source>
        <comment>accounts_offline_kept</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>Sin conexión: no se puede contactar con la API (%1). Se muestra lo que se sabía antes.</translation>
    </message>
    <message>
        <source>The API rejected the token (%1): enter a new one in Settings.</source>
        <comment>accounts_token_rejected</comment>
        <extracomment>core/accounts/info.py; %1: error</extracomment>
        <translation>La API rechazó el token (%1): introduzca uno nuevo en la configuración.</translation>
    </message>
    <message>
        <source>Mureka Desktop is already running on this queue (process %1). Use that window, or close it first.</source>
        <comment>already_running</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Mureka Desktop ya se está ejecutando con esta cola (proceso %1). Use esa ventana, o ciérrela primero.</translation>
    </message>
    <message>
        <source>Another mureka-desktop (process %1) is using this data folder. Wait for it to end, or stop it first.</source>
        <comment>already_running_cli</comment>
        <extracomment>core/runtime/instance.py; %1: owner</extracomment>
        <translation>Otro mureka-desktop (proceso %1) está usando esta carpeta de datos. Espere a que termine o deténgalo primero.</translation>
    </message>
    <message>
        <source>Subscription or credits: %1. Top up the account, then resume.</source>
        <comment>billing</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>Suscripción o créditos: %1. Recargue la cuenta y reanude.</translation>
    </message>
    <message>
        <source>Cannot use the data folder %1: %2. %3</source>
        <comment>cannot_use_data_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>No se puede usar la carpeta de datos %1: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the queue database %1: %2. %3</source>
        <comment>cannot_use_database</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>No se puede usar la base de datos de la cola %1: %2. %3</translation>
    </message>
    <message>
        <source>Cannot use the log folder %1: %2. %3</source>
        <comment>cannot_use_log_folder</comment>
        <extracomment>core/storage/database.py; %1: path, %2: problem, %3: advice</extracomment>
        <translation>No se puede usar la carpeta de registro %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished song(s) (still in the history).</source>
        <comment>cleared</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción terminada ocultada (sigue en el historial).</numerusform>
            <numerusform>%n canciones terminadas ocultadas (siguen en el historial).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the queue database in %1: %2. %3</source>
        <comment>database_unwritable</comment>
        <extracomment>core/queue/applying.py; %1: folder, %2: error, %3: advice</extracomment>
        <translation>No se puede escribir la base de datos de la cola en %1: %2. %3</translation>
    </message>
    <message>
        <source>The disk is full: %1. Free some space, then resume.</source>
        <comment>disk_full</comment>
        <extracomment>core/queue/download_jobs.py; %1: error</extracomment>
        <translation>El disco está lleno: %1. Libere espacio y reanude.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pick(s).</source>
        <comment>exported</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>
            <numerusform>%n elegido exportado.</numerusform>
            <numerusform>%n elegidos exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file is already in the library as %1.</source>
        <comment>file_in_library</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>Ese archivo ya está en la biblioteca como %1.</translation>
    </message>
    <message>
        <source>it is not a directory (a file is in the way)</source>
        <comment>folder_in_the_way</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>no es un directorio (hay un archivo en medio)</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <comment>folder_is_a_file</comment>
        <extracomment>core/queue/download_jobs.py</extracomment>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>it is not writable (operation not permitted)</source>
        <comment>folder_not_permitted</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>no se puede escribir (operación no permitida)</translation>
    </message>
    <message>
        <source>it is not writable (permission denied)</source>
        <comment>folder_permission_denied</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>no se puede escribir (permiso denegado)</translation>
    </message>
    <message>
        <source>it is not writable (read-only file system)</source>
        <comment>folder_read_only</comment>
        <extracomment>core/downloads/fetch.py</extracomment>
        <translation>no se puede escribir (sistema de archivos de solo lectura)</translation>
    </message>
    <message>
        <source>Found %1 again.</source>
        <comment>found_again</comment>
        <extracomment>core/library/files.py; %1: title</extracomment>
        <translation>%1 encontrado de nuevo.</translation>
    </message>
    <message>
        <source>song number in the name: %1 (found again)</source>
        <comment>import_by_number</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>número de canción en el nombre: %1 (encontrado de nuevo)</translation>
    </message>
    <message>
        <source>the cover of %1 (found again)</source>
        <comment>import_cover_found</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>la portada de %1 (encontrada de nuevo)</translation>
    </message>
    <message>
        <source>the cover of %1</source>
        <comment>import_cover_of</comment>
        <extracomment>core/library/importing.py; %1: name</extracomment>
        <translation>la portada de %1</translation>
    </message>
    <message>
        <source>song %1, %2 (new to this library)</source>
        <comment>import_new_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>canción %1, %2 (nueva en esta biblioteca)</translation>
    </message>
    <message>
        <source>song %1 (new to this library)</source>
        <comment>import_new_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>canción %1 (nueva en esta biblioteca)</translation>
    </message>
    <message>
        <source>a new version of %1</source>
        <comment>import_new_version</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>una versión nueva de %1</translation>
    </message>
    <message>
        <source>no song number in the name and no video with this content</source>
        <comment>import_no_match</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>ni número de canción en el nombre ni vídeo con este contenido</translation>
    </message>
    <message>
        <source>no video of the library lacks this cover</source>
        <comment>import_no_video</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>a ningún vídeo de la biblioteca le falta esta portada</translation>
    </message>
    <message>
        <source>not an MP4 video</source>
        <comment>import_not_mp4</comment>
        <extracomment>core/library/importing.py</extracomment>
        <translation>no es un vídeo MP4</translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) came in done from an imported folder.</source>
        <comment>import_restored</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n canción llegó terminada de una carpeta importada.</numerusform>
            <numerusform>%n canciones llegaron terminadas de una carpeta importada.</numerusform>
        </translation>
    </message>
    <message>
        <source>same content as %1 (found again)</source>
        <comment>import_same_content</comment>
        <extracomment>core/library/importing.py; %1: title</extracomment>
        <translation>mismo contenido que %1 (encontrado de nuevo)</translation>
    </message>
    <message>
        <source>song %1, %2</source>
        <comment>import_song</comment>
        <extracomment>core/library/importing.py; %1: song, %2: title</extracomment>
        <translation>canción %1, %2</translation>
    </message>
    <message>
        <source>song %1</source>
        <comment>import_song_untitled</comment>
        <extracomment>core/library/importing.py; %1: song</extracomment>
        <translation>canción %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <comment>imported</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n archivo importado.</numerusform>
            <numerusform>%n archivos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: %1. Resume to try again; the log has the details.</source>
        <comment>internal_error</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Error interno: %1. Reanude para volver a intentarlo; el registro tiene los detalles.</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <comment>job_done</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done</extracomment>
        <translation>%1: %2 hechos.</translation>
    </message>
    <message>
        <source>export of picks</source>
        <comment>job_export</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>exportación de elegidos</translation>
    </message>
    <message>
        <source>import of a folder</source>
        <comment>job_import</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>importación de una carpeta</translation>
    </message>
    <message>
        <source>locating missing files</source>
        <comment>job_locate</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>localización de archivos que faltan</translation>
    </message>
    <message>
        <source>Paused by the user</source>
        <comment>paused</comment>
        <extracomment>core/queue/scheduler.py</extracomment>
        <translation>Pausado por el usuario</translation>
    </message>
    <message>
        <source>Not started: the app is quitting.</source>
        <comment>job_not_started</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>No iniciado: la aplicación se está cerrando.</translation>
    </message>
    <message>
        <source>The Mureka account needs attention: %1. Update the account on useapi.net, then resume.</source>
        <comment>account_attention_no_code</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>La cuenta de Mureka necesita atención: %1. Actualice la cuenta en useapi.net y luego reanude.</translation>
    </message>
    <message>
        <source>useapi.net did not list the accounts in time; going on with what is known.</source>
        <comment>accounts_late</comment>
        <extracomment>core/queue/roster.py</extracomment>
        <translation>useapi.net no listó las cuentas a tiempo; se continúa con lo que se sabe.</translation>
    </message>
    <message>
        <source>An interrupted %1 was completed on disk (%2 finished, %3 not started); %4 left to do: run it again.</source>
        <comment>job_recovered</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: forward, %3: back, %4: left</extracomment>
        <translation>Se completó en el disco una operación interrumpida (%1): %2 terminados, %3 sin empezar; quedan %4: vuelva a ejecutarla.</translation>
    </message>
    <message>
        <source>rename to the template</source>
        <comment>job_rename</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>cambio de nombre según la plantilla</translation>
    </message>
    <message>
        <source>Stopped the %1: %2 done, %3 left; run it again for the rest.</source>
        <comment>job_stopped</comment>
        <extracomment>core/library/jobs/runner.py; %1: what, %2: done, %3: left</extracomment>
        <translation>Detenido (%1): %2 hechos, %3 pendientes; vuelva a ejecutarlo para el resto.</translation>
    </message>
    <message>
        <source>move to the trash</source>
        <comment>job_trash</comment>
        <extracomment>core/library/jobs/runner.py</extracomment>
        <translation>traslado a la papelera</translation>
    </message>
    <message>
        <source>Its content differs from the video downloaded: it is another video, or a changed copy.</source>
        <comment>locate_differs</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Su contenido difiere del vídeo descargado: es otro vídeo, o una copia modificada.</translation>
    </message>
    <message>
        <source>It is not an MP4 video.</source>
        <comment>locate_not_mp4</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>No es un vídeo MP4.</translation>
    </message>
    <message>
        <source>Its content matches the video downloaded.</source>
        <comment>locate_same</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Su contenido coincide con el vídeo descargado.</translation>
    </message>
    <message>
        <source>It has the size of the video downloaded, but no content hash was recorded to be sure.</source>
        <comment>locate_same_size</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>Tiene el tamaño del vídeo descargado, pero no se registró ningún hash del contenido para asegurarlo.</translation>
    </message>
    <message>
        <source>It is %1 bytes; the video downloaded was %2 bytes.</source>
        <comment>locate_size_differs</comment>
        <extracomment>core/library/disk.py; %1: size, %2: recorded</extracomment>
        <translation>Tiene %1 bytes; el vídeo descargado tenía %2 bytes.</translation>
    </message>
    <message>
        <source>Nothing was recorded at download to compare it with.</source>
        <comment>locate_unknown</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>No se registró nada al descargar con qué compararlo.</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <comment>name_taken</comment>
        <extracomment>core/library/disk.py</extracomment>
        <translation>ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>New video: %1</source>
        <comment>new_video</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Vídeo nuevo: %1</translation>
    </message>
    <message>
        <source>no free name</source>
        <comment>no_free_name</comment>
        <extracomment>core/library/export.py</extracomment>
        <translation>no hay nombre libre</translation>
    </message>
    <message>
        <source>No system keyring: the token is kept for this session only.</source>
        <comment>no_keyring</comment>
        <extracomment>core/engine/settings.py</extracomment>
        <translation>No hay llavero del sistema: el token se guarda solo para esta sesión.</translation>
    </message>
    <message>
        <source>Not seen: %1.</source>
        <comment>not_seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>No visto: %1.</translation>
    </message>
    <message>
        <source>Noted %1.</source>
        <comment>noted</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Nota guardada en %1.</translation>
    </message>
    <message>
        <source>Offline: the API cannot be reached (%1). Nothing is lost; the queue carries on by itself when the API answers again.</source>
        <comment>offline</comment>
        <extracomment>core/queue/scheduler.py; %1: error</extracomment>
        <translation>Sin conexión: no se puede contactar con la API (%1). No se pierde nada; la cola sigue sola cuando la API responda de nuevo.</translation>
    </message>
    <message>
        <source>Cannot write to the output folder %1: %2. Choose another folder (Settings, or --out) or fix its permissions, then resume.</source>
        <comment>output_unwritable</comment>
        <extracomment>core/queue/download_jobs.py; %1: folder, %2: why</extracomment>
        <translation>No se puede escribir en la carpeta de salida %1: %2. Elija otra carpeta (Configuración, o --out) o corrija sus permisos y reanude.</translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <comment>picked</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 elegido.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n finished song(s).</source>
        <comment>put_back</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción terminada restituida.</numerusform>
            <numerusform>%n canciones terminadas restituidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s).</source>
        <comment>queued</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción en cola.</numerusform>
            <numerusform>%n canciones en cola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %1; restored %n from an export.</source>
        <comment>queued_restored</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 en cola; %n restaurada de una exportación.</numerusform>
            <numerusform>%1 en cola; %n restauradas de una exportación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rated %1 %n star(s).</source>
        <comment>rated</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>
            <numerusform>%1 valorado con %n estrella.</numerusform>
            <numerusform>%1 valorado con %n estrellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n song(s) to regenerate.</source>
        <comment>regenerating</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción en cola para regenerar.</numerusform>
            <numerusform>%n canciones en cola para regenerar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <comment>rejected</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>%1 descartado.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n song(s).</source>
        <comment>removed</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción quitada.</numerusform>
            <numerusform>%n canciones quitadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; kept %n song(s) still generating or downloading.</source>
        <comment>removed_kept</comment>
        <extracomment>core/engine/queue.py; %1: songs</extracomment>
        <translation>
            <numerusform>%1 quitadas; se conservó %n canción que aún se genera o descarga.</numerusform>
            <numerusform>%1 quitadas; se conservaron %n canciones que aún se generan o descargan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n video(s) to the file name template.</source>
        <comment>renamed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n vídeo renombrado según la plantilla de nombre de archivo.</numerusform>
            <numerusform>%n vídeos renombrados según la plantilla de nombre de archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back from the trash: %n video(s).</source>
        <comment>restored_from_trash</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>Recuperado de la papelera: %n vídeo.</numerusform>
            <numerusform>Recuperados de la papelera: %n vídeos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s) queued again.</source>
        <comment>retrying</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción de nuevo en cola.</numerusform>
            <numerusform>%n canciones de nuevo en cola.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <comment>seen</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Visto: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The Mureka account has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held</comment>
        <extracomment>core/queue/applying.py</extracomment>
        <translation>
            <numerusform>La cuenta de Mureka tiene todos sus espacios de generación ocupados desde hace %n minuto sin que ninguno sea de esta aplicación: otras generaciones (¿canciones que se hacen en mureka.ai?) los ocupan. Reanude cuando terminen.</numerusform>
            <numerusform>La cuenta de Mureka tiene todos sus espacios de generación ocupados desde hace %n minutos sin que ninguno sea de esta aplicación: otras generaciones (¿canciones que se hacen en mureka.ai?) los ocupan. Reanude cuando terminen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mureka account %1 has had all its generation slots busy for %n minute(s) while none of them was this app&apos;s: other generations (songs being made on mureka.ai?) hold them. Resume when they are done.</source>
        <comment>slots_held_account</comment>
        <extracomment>core/queue/applying.py; %1: account</extracomment>
        <translation>
            <numerusform>La cuenta de Mureka %1 tiene todos sus espacios de generación ocupados desde hace %n minuto sin que ninguno sea de esta aplicación: otras generaciones (¿canciones que se hacen en mureka.ai?) los ocupan. Reanude cuando terminen.</numerusform>
            <numerusform>La cuenta de Mureka %1 tiene todos sus espacios de generación ocupados desde hace %n minutos sin que ninguno sea de esta aplicación: otras generaciones (¿canciones que se hacen en mureka.ai?) los ocupan. Reanude cuando terminen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n song(s)</source>
        <comment>songs</comment>
        <extracomment>core/engine/queue.py</extracomment>
        <translation>
            <numerusform>%n canción</numerusform>
            <numerusform>%n canciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Spacing reset: calls are spaced per Mureka account until a rejected call shows the rule is token-wide.</source>
        <comment>spacing_reset</comment>
        <extracomment>core/engine/accounts.py</extracomment>
        <translation>Espaciado restablecido: las llamadas se espacian por cuenta de Mureka hasta que una llamada rechazada muestre que la regla vale para todo el token.</translation>
    </message>
    <message>
        <source>Cleared the stars of %1.</source>
        <comment>stars_cleared</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Estrellas de %1 borradas.</translation>
    </message>
    <message>
        <source>The file is damaged (your video files are not in it). Move it aside and start again: re-importing an export (`mureka-desktop generate export.csv`) restores the finished songs without paying again.</source>
        <comment>store_damaged</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>El archivo está dañado (sus archivos de vídeo no están en él). Apártelo y empiece de nuevo: reimportar una exportación (`mureka-desktop generate export.csv`) restaura las canciones terminadas sin pagar de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <comment>store_disk_full</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>El disco está lleno: libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another program holds the database: close it, then try again.</source>
        <comment>store_locked</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Otro programa tiene la base de datos: ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Move the file aside or use another folder with --data-dir, then try again.</source>
        <comment>store_move_aside</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>Aparte el archivo o use otra carpeta con --data-dir y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>it was written by a newer Mureka Desktop (schema %1); this one knows schema %2</source>
        <comment>store_newer</comment>
        <extracomment>core/storage/store.py; %1: version, %2: known</extracomment>
        <translation>lo escribió un Mureka Desktop más reciente (esquema %1); este conoce el esquema %2</translation>
    </message>
    <message>
        <source>The file holds no Mureka Desktop queue (empty, or another program&apos;s database): check --data-dir (or MUREKA_DESKTOP_HOME).</source>
        <comment>store_not_a_queue</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>El archivo no contiene una cola de Mureka Desktop (vacío, o la base de datos de otro programa): revise --data-dir (o MUREKA_DESKTOP_HOME).</translation>
    </message>
    <message>
        <source>The data folder is read-only or not accessible: make it writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). `mureka-desktop export` can still read it.</source>
        <comment>store_read_only</comment>
        <extracomment>core/storage/database.py</extracomment>
        <translation>La carpeta de datos es de solo lectura o no es accesible: hágala escribible, o use otra carpeta con --data-dir (o MUREKA_DESKTOP_HOME). `mureka-desktop export` aún puede leerla.</translation>
    </message>
    <message>
        <source>Update Mureka Desktop.</source>
        <comment>store_update</comment>
        <extracomment>core/storage/store.py</extracomment>
        <translation>Actualice Mureka Desktop.</translation>
    </message>
    <message>
        <source>The file name template has an unmatched %1: write %2 for the character itself</source>
        <comment>template_braces</comment>
        <extracomment>core/library/naming.py; %1: brace, %2: double</extracomment>
        <translation>La plantilla de nombre de archivo tiene un %1 sin pareja: escriba %2 para el propio carácter</translation>
    </message>
    <message>
        <source>The file name template is empty: use for example %1</source>
        <comment>template_empty</comment>
        <extracomment>core/library/naming.py; %1: example</extracomment>
        <translation>La plantilla de nombre de archivo está vacía: use por ejemplo %1</translation>
    </message>
    <message>
        <source>Empty braces %1 in the file name template: name a field, %2</source>
        <comment>template_empty_braces</comment>
        <extracomment>core/library/naming.py; %1: braces, %2: fields</extracomment>
        <translation>Llaves vacías %1 en la plantilla de nombre de archivo: nombre un campo, %2</translation>
    </message>
    <message>
        <source>A file name template cannot make folders: remove %1</source>
        <comment>template_folders</comment>
        <extracomment>core/library/naming.py; %1: slashes</extracomment>
        <translation>Una plantilla de nombre de archivo no puede crear carpetas: quite %1</translation>
    </message>
    <message>
        <source>Field %1 cannot carry a format (: or !) in the file name template</source>
        <comment>template_format</comment>
        <extracomment>core/library/naming.py; %1: field</extracomment>
        <translation>El campo %1 no admite formato (: o !) en la plantilla de nombre de archivo</translation>
    </message>
    <message>
        <source>The file name template names no field: use %1</source>
        <comment>template_no_field</comment>
        <extracomment>core/library/naming.py; %1: fields</extracomment>
        <translation>La plantilla de nombre de archivo no nombra ningún campo: use %1</translation>
    </message>
    <message>
        <source>The template has no %1: Import folder will then match these files by their content only.</source>
        <comment>template_no_song</comment>
        <extracomment>core/library/naming.py; %1: song</extracomment>
        <translation>La plantilla no tiene %1: Importar carpeta emparejará entonces estos archivos solo por su contenido.</translation>
    </message>
    <message>
        <source>Unknown field %1 in the file name template: use %2</source>
        <comment>template_unknown_field</comment>
        <extracomment>core/library/naming.py; %1: field, %2: fields</extracomment>
        <translation>Campo desconocido %1 en la plantilla de nombre de archivo: use %2</translation>
    </message>
    <message>
        <source>The API rejected the token or the Mureka login: %1. Enter a new token in Settings, then resume.</source>
        <comment>token_rejected</comment>
        <extracomment>core/queue/events.py; %1: error</extracomment>
        <translation>La API rechazó el token o el inicio de sesión de Mureka: %1. Introduzca un token nuevo en la configuración y reanude.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n rejected video(s) to the trash.</source>
        <comment>trashed</comment>
        <extracomment>core/library/files.py</extracomment>
        <translation>
            <numerusform>%n vídeo descartado movido a la papelera.</numerusform>
            <numerusform>%n vídeos descartados movidos a la papelera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <comment>undone</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Deshecho: %1 vuelve a estar como antes.</translation>
    </message>
    <message>
        <source>Unflagged %1.</source>
        <comment>unflagged</comment>
        <extracomment>core/engine/library.py; %1: title</extracomment>
        <translation>Marca quitada de %1.</translation>
    </message>
</context>
</TS>
