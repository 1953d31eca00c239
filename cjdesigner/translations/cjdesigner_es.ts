<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>Nudge</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Añadir punto de contacto</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Mark pain</source>
        <translation>Marcar dolor</translation>
    </message>
    <message>
        <source>Mark opportunity</source>
        <translation>Marcar oportunidad</translation>
    </message>
    <message>
        <source>Mark pains</source>
        <translation>Marcar dolores</translation>
    </message>
    <message>
        <source>Mark opportunities</source>
        <translation>Marcar oportunidades</translation>
    </message>
    <message>
        <source>Link opportunity</source>
        <translation>Vincular oportunidad</translation>
    </message>
    <message>
        <source>Spread evenly</source>
        <translation>Repartir uniformemente</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Retirar voto</translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Borrar votos</translation>
    </message>
    <message>
        <source>Delete {count} objects</source>
        <translation>Eliminar {count} objetos</translation>
    </message>
    <message>
        <source>Delete stage “{name}”</source>
        <translation>Eliminar la etapa «{name}»</translation>
    </message>
    <message>
        <source>Delete touchpoint “{name}”</source>
        <translation>Eliminar el punto de contacto «{name}»</translation>
    </message>
    <message>
        <source>Delete pain “{name}”</source>
        <translation>Eliminar el dolor «{name}»</translation>
    </message>
    <message>
        <source>Delete opportunity “{name}”</source>
        <translation>Eliminar la oportunidad «{name}»</translation>
    </message>
    <message>
        <source>Delete lane “{name}”</source>
        <translation>Eliminar el carril «{name}»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not added: a map holds at most {limit} lanes, and this one has {count}.</source>
        <translation>No se ha añadido: un mapa admite como máximo {limit} carriles y este ya tiene {count}.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Not added: a map holds at most {limit} stages, and this one has {count}.</source>
        <translation>No se ha añadido: un mapa admite como máximo {limit} etapas y este ya tiene {count}.</translation>
    </message>
    <message>
        <source>Not added: a map holds at most {limit} touchpoints, and this one has {count}.</source>
        <translation>No se ha añadido: un mapa admite como máximo {limit} puntos de contacto y este ya tiene {count}.</translation>
    </message>
    <message>
        <source>Not added: a map holds at most {limit} pains, and this one has {count}.</source>
        <translation>No se ha añadido: un mapa admite como máximo {limit} dolores y este ya tiene {count}.</translation>
    </message>
    <message>
        <source>Not added: a map holds at most {limit} opportunities, and this one has {count}.</source>
        <translation>No se ha añadido: un mapa admite como máximo {limit} oportunidades y este ya tiene {count}.</translation>
    </message>
    <message>
        <source>Emotion {score}</source>
        <translation>Emoción {score}</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Mover punto de contacto</translation>
    </message>
    <message>
        <source>Move touchpoints</source>
        <translation>Mover puntos de contacto</translation>
    </message>
    <message>
        <source>Move stage “{name}”</source>
        <translation>Mover la etapa «{name}»</translation>
    </message>
    <message>
        <source>Move lane “{name}”</source>
        <translation>Mover el carril «{name}»</translation>
    </message>
    <message>
        <source>Resize stage “{name}”</source>
        <translation>Cambiar la duración de «{name}»</translation>
    </message>
    <message>
        <source>Move pain</source>
        <translation>Mover dolor</translation>
    </message>
    <message>
        <source>Move opportunity</source>
        <translation>Mover oportunidad</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrarlo?</translation>
    </message>
    <message>
        <source>If you don't save, your changes will be lost.</source>
        <translation>Si no guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo ha cambiado en el disco</translation>
    </message>
    <message>
        <source>“{name}” has been changed by another program since you opened it.</source>
        <translation>Otro programa ha modificado «{name}» desde que lo abriste.</translation>
    </message>
    <message>
        <source>Saving over it replaces those changes with yours. Save As keeps both versions.</source>
        <translation>Si lo guardas encima, tus cambios sustituirán a los suyos. «Guardar como» conserva las dos versiones.</translation>
    </message>
    <message>
        <source>Save Over It</source>
        <translation>Guardar encima</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Journey maps (*.journey.json *.ojf *.csv)</source>
        <translation>Mapas de viaje (*.journey.json *.ojf *.csv)</translation>
    </message>
    <message>
        <source>CJ Designer maps (*.journey.json)</source>
        <translation>Mapas de CJ Designer (*.journey.json)</translation>
    </message>
    <message>
        <source>OpenJourney files (*.ojf)</source>
        <translation>Archivos OpenJourney (*.ojf)</translation>
    </message>
    <message>
        <source>Touchpoint tables (*.csv)</source>
        <translation>Tablas de puntos de contacto (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <source>Use the persona of which map?</source>
        <translation>¿De qué mapa usar la persona?</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Guardar mapa como</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Export PNG image</source>
        <translation>Exportar imagen PNG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch; 150 for screens, 300 for print):</source>
        <translation>Resolución (puntos por pulgada; 150 para pantalla, 300 para imprimir):</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Añadir et&amp;apa</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nombrar</translation>
    </message>
    <message>
        <source>Add T&amp;ouchpoint</source>
        <translation>Añadir punto &amp;de contacto</translation>
    </message>
    <message>
        <source>Mar&amp;k as Pain</source>
        <translation>Marcar como do&amp;lor</translation>
    </message>
    <message>
        <source>Mark as Opportunit&amp;y</source>
        <translation>&amp;Marcar como oportunidad</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Spread Evenly</source>
        <translation>Repartir uniformemente</translation>
    </message>
    <message>
        <source>Add Vote</source>
        <translation>Añadir voto</translation>
    </message>
    <message>
        <source>Take Back Vote</source>
        <translation>Retirar voto</translation>
    </message>
    <message>
        <source>Clear All Votes</source>
        <translation>Borrar todos los votos</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Mover etapa a la izquierda</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Mover etapa a la derecha</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Subir carril</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Bajar carril</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>A&amp;justar mapa</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Acercar a la &amp;selección</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+0 fits the map, Ctrl+1 is 100%)</source>
        <translation>Zoom (Control+0 ajusta el mapa, Control+1 es el 100 %)</translation>
    </message>
    <message>
        <source>Mark the selected touchpoint or stage as a pain (P)</source>
        <translation>Marcar el punto de contacto o la etapa seleccionada como dolor (P)</translation>
    </message>
    <message>
        <source>Mark the selected touchpoint or stage as an opportunity (O)</source>
        <translation>Marcar el punto de contacto o la etapa seleccionada como oportunidad (O)</translation>
    </message>
    <message>
        <source>The map has no stages yet: press {key} to add one.</source>
        <translation>El mapa aún no tiene etapas: pulsa {key} para añadir una.</translation>
    </message>
    <message>
        <source>Double-click in this band to add a touchpoint: the higher, the better the customer feels. Or press {key}.</source>
        <translation>Haz doble clic en esta banda para añadir un punto de contacto: cuanto más arriba, mejor se siente el cliente. O pulsa {key}.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Votes cleared from {n} pain or opportunity</source>
        <translation>Votos borrados de {n} dolor u oportunidad</translation>
    </message>
    <message>
        <source>Votes cleared from {n} pains and opportunities</source>
        <translation>Votos borrados de {n} dolores y oportunidades</translation>
    </message>
    <message>
        <source>Already spread evenly</source>
        <translation>Ya están repartidos uniformemente</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>No se puede abrir el mapa</translation>
    </message>
    <message>
        <source>Imported with notes</source>
        <translation>Importado con observaciones</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>No se puede guardar el mapa</translation>
    </message>
    <message>
        <source>Revert “{name}” to the saved version? Unsaved changes will be lost.</source>
        <translation>¿Volver a la versión guardada de «{name}»? Se perderán los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (no encontrado)</translation>
    </message>
    <message>
        <source>No recent maps</source>
        <translation>No hay mapas recientes</translation>
    </message>
    <message>
        <source>Remove Missing Files</source>
        <translation>Quitar archivos no encontrados</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Scores from 0 to 10, e.g. 9, 10, 7</source>
        <translation>Puntuaciones de 0 a 10, p. ej. 9, 10, 7</translation>
    </message>
    <message>
        <source>Scores must be whole numbers from 0 to 10.</source>
        <translation>Las puntuaciones deben ser números enteros de 0 a 10.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The map has no stages yet.</source>
        <translation>El mapa aún no tiene etapas.</translation>
    </message>
    <message>
        <source>The map has no lanes: Edit ▸ Add Lane adds one.</source>
        <translation>El mapa no tiene carriles: Editar ▸ Añadir carril añade uno.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayúsculas+Tab</translation>
    </message>
    <message>
        <source>Select the next or previous stage, touchpoint, pain, opportunity or lane</source>
        <translation>Seleccionar la etapa, el punto de contacto, el dolor, la oportunidad o el carril siguiente o anterior</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Control+Tab</translation>
    </message>
    <message>
        <source>Leave the canvas (to the docks)</source>
        <translation>Salir del lienzo (a los paneles)</translation>
    </message>
    <message>
        <source>Nudge the selected touchpoints' emotion (Alt: tenths)</source>
        <translation>Ajustar la emoción de los puntos seleccionados (Alt: décimas)</translation>
    </message>
    <message>
        <source>Nudge the selected touchpoints in time</source>
        <translation>Mover en el tiempo los puntos seleccionados</translation>
    </message>
    <message>
        <source>Cancel a drag, clear the selection, leave presentation mode</source>
        <translation>Cancelar un arrastre, quitar la selección, salir del modo presentación</translation>
    </message>
    <message>
        <source>Page Down / Page Up, → / ← (presentation)</source>
        <translation>Av Pág / Re Pág, → / ← (presentación)</translation>
    </message>
    <message>
        <source>Next or previous stage, the rest of the map faded</source>
        <translation>Etapa siguiente o anterior, el resto del mapa atenuado</translation>
    </message>
    <message>
        <source>Home (presentation)</source>
        <translation>Inicio (presentación)</translation>
    </message>
    <message>
        <source>The whole map again</source>
        <translation>Todo el mapa de nuevo</translation>
    </message>
    <message>
        <source>Swipe left / right (presentation, touch screen)</source>
        <translation>Deslizar a la izquierda / derecha (presentación, pantalla táctil)</translation>
    </message>
    <message>
        <source>Next or previous stage</source>
        <translation>Etapa siguiente o anterior</translation>
    </message>
    <message>
        <source>B / . (presentation)</source>
        <translation>B / . (presentación)</translation>
    </message>
    <message>
        <source>Blank the screen; again (or a click) brings the map back</source>
        <translation>Pantalla en negro; otra vez (o un clic) vuelve al mapa</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <source>Add a touchpoint in the emotion band, or edit a title or a lane's notes</source>
        <translation>Añadir un punto de contacto en la banda emocional o editar un título o las notas de un carril</translation>
    </message>
    <message>
        <source>Right-click / Menu key / finger held (touch screen)</source>
        <translation>Clic derecho / tecla de menú / dedo sostenido (pantalla táctil)</translation>
    </message>
    <message>
        <source>The Edit actions for what is under the pointer (or selected)</source>
        <translation>Las acciones de Editar para lo que hay bajo el puntero (o seleccionado)</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter (find bar)</source>
        <translation>Intro / Mayúsculas+Intro (barra de búsqueda)</translation>
    </message>
    <message>
        <source>Next or previous match; Esc closes the bar</source>
        <translation>Resultado siguiente o anterior; Esc cierra la barra</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Ctrl+wheel / pinch</source>
        <translation>Control+rueda / pellizcar</translation>
    </message>
    <message>
        <source>Two-finger double tap</source>
        <translation>Doble toque con dos dedos</translation>
    </message>
    <message>
        <source>Whole map, or 100% where the fingers are</source>
        <translation>Todo el mapa, o 100 % donde están los dedos</translation>
    </message>
    <message>
        <source>Middle button / Space+drag</source>
        <translation>Botón central / Espacio+arrastrar</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar la vista</translation>
    </message>
    <message>
        <source>Alt while dragging</source>
        <translation>Alt al arrastrar</translation>
    </message>
    <message>
        <source>Free emotion (no snapping to whole points)</source>
        <translation>Emoción libre (sin ajustar a puntos enteros)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CJ Designer {version}&lt;/h3&gt;&lt;p&gt;Design customer journey maps: stages, touchpoints, the emotion curve, pains and opportunities. Save maps as JSON and print PDF posters.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License v3 or later.&lt;br&gt;Open Sans font: Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CJ Designer {version}&lt;/h3&gt;&lt;p&gt;Diseña mapas del viaje del cliente: etapas, puntos de contacto, la curva emocional, dolores y oportunidades. Guarda los mapas como JSON e imprime pósteres en PDF.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License v3 o posterior.&lt;br&gt;Fuente Open Sans: Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About CJ Designer</source>
        <translation>&amp;Acerca de CJ Designer</translation>
    </message>
    <message>
        <source>About CJ Designer</source>
        <translation>Acerca de CJ Designer</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Centro de llamadas</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Propio</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Mystery shopping</source>
        <translation>Cliente misterioso</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Grupo focal</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Reclamaciones</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Map language</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Estado futuro</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Touchpoints without evidence</source>
        <translation>Puntos de contacto sin evidencia</translation>
    </message>
    <message>
        <source>NPS per stage</source>
        <translation>NPS por etapa</translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation>Momentos clave</translation>
    </message>
    <message>
        <source>{stage}: no touchpoints</source>
        <translation>{stage}: sin puntos de contacto</translation>
    </message>
    <message>
        <source>{stage}: mean {mean}, from {lowest} to {highest}</source>
        <translation>{stage}: media {mean}, de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>was {before}</source>
        <translation>antes {before}</translation>
    </message>
    <message>
        <source>Emotion per stage</source>
        <translation>Emoción por etapa</translation>
    </message>
    <message>
        <source>Future against current state</source>
        <translation>Estado futuro frente al actual</translation>
    </message>
    <message>
        <source>Pains → opportunities</source>
        <translation>Dolores → oportunidades</translation>
    </message>
    <message>
        <source>Channel coherence</source>
        <translation>Coherencia de canales</translation>
    </message>
    <message>
        <source>Evidence and NPS</source>
        <translation>Evidencia y NPS</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Valley</source>
        <translation>Valle</translation>
    </message>
    <message>
        <source>No touchpoints yet.</source>
        <translation>Todavía no hay puntos de contacto.</translation>
    </message>
    <message>
        <source>No stage has touchpoints yet.</source>
        <translation>Ninguna etapa tiene puntos de contacto todavía.</translation>
    </message>
    <message>
        <source>Lowest stage: “{stage}” (mean {mean}).</source>
        <translation>Etapa más baja: «{stage}» (media {mean}).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Futuro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source> at {emotion}</source>
        <translation> en {emotion}</translation>
    </message>
    <message>
        <source>{pain} — no opportunity yet</source>
        <translation>{pain} — sin oportunidad todavía</translation>
    </message>
    <message>
        <source>No pains marked yet.</source>
        <translation>Todavía no hay dolores marcados.</translation>
    </message>
    <message>
        <source>Every stage has touchpoints; no channel stands alone.</source>
        <translation>Todas las etapas tienen puntos de contacto; ningún canal queda aislado.</translation>
    </message>
    <message>
        <source>“{stage}” has no touchpoint: what does the customer do there?</source>
        <translation>«{stage}» no tiene puntos de contacto: ¿qué hace ahí el cliente?</translation>
    </message>
    <message>
        <source>Every touchpoint in “{stage}” is paid media.</source>
        <translation>Todos los puntos de contacto de «{stage}» son medios pagados.</translation>
    </message>
    <message>
        <source>{channel} appears only in “{stage}”.</source>
        <translation>{channel} solo aparece en «{stage}».</translation>
    </message>
    <message>
        <source>{count} of {total} touchpoints have no evidence: assumptions, not data.</source>
        <translation>{count} de {total} puntos de contacto no tienen evidencia: son suposiciones, no datos.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>No survey answers (0–10) attached yet.</source>
        <translation>Todavía no hay respuestas de encuesta (0–10).</translation>
    </message>
    <message>
        <source>NPS of the whole journey: {score} from {count} answers.</source>
        <translation>NPS de todo el viaje: {score} con {count} respuestas.</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Position in stage</source>
        <translation>Posición en la etapa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel detail</source>
        <translation>Detalle del canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Survey scores (0–10)</source>
        <translation>Puntuaciones de encuesta (0–10)</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Objetivo del cliente</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Duration (relative)</source>
        <translation>Duración (relativa)</translation>
    </message>
    <message>
        <source>Severity (1–3)</source>
        <translation>Gravedad (1–3)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Impact (1–3)</source>
        <translation>Impacto (1–3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Answers pain</source>
        <translation>Responde al dolor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Trastienda</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>{count} objects selected</source>
        <translation>{count} objetos seleccionados</translation>
    </message>
    <message>
        <source>Select a single object to edit its fields.</source>
        <translation>Selecciona un único objeto para editar sus campos.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>The image is too large ({w} × {h} pixels).</source>
        <translation>La imagen es demasiado grande ({w} × {h} píxeles).</translation>
    </message>
    <message>
        <source>The file is not an image CJ Designer can read: {reason}</source>
        <translation>El archivo no es una imagen que CJ Designer pueda leer: {reason}</translation>
    </message>
    <message>
        <source>The clipboard or the drop held no image.</source>
        <translation>El portapapeles o lo que se soltó no contenía ninguna imagen.</translation>
    </message>
    <message>
        <source>The photo is still too large after scaling.</source>
        <translation>La foto sigue siendo demasiado grande tras reducirla.</translation>
    </message>
    <message>
        <source>Drop an image here, paste one or choose a file</source>
        <translation>Suelta aquí una imagen, pega una o elige un archivo</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivaciones</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Le gusta</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>No le gusta</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canales preferidos</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Pegar foto</translation>
    </message>
    <message>
        <source>Use the picture on the clipboard (copied from a browser or a slide)</source>
        <translation>Usar la imagen del portapapeles (copiada de un navegador o de una diapositiva)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Use the Persona of Another Map…</source>
        <translation>Usar la persona de otro mapa…</translation>
    </message>
    <message>
        <source>The same customer in another journey: take their name, lists and photo</source>
        <translation>El mismo cliente en otro viaje: toma su nombre, sus listas y su foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>The clipboard holds no picture</source>
        <translation>El portapapeles no contiene ninguna imagen</translation>
    </message>
    <message>
        <source>Cannot use this photo</source>
        <translation>No se puede usar esta foto</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Cambiar la foto de la persona</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Quitar la foto de la persona</translation>
    </message>
    <message>
        <source>Cannot use this persona</source>
        <translation>No se puede usar esta persona</translation>
    </message>
    <message>
        <source>No persona there</source>
        <translation>Sin persona</translation>
    </message>
    <message>
        <source>{file} has no persona: nothing was changed.</source>
        <translation>{file} no tiene persona: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Use persona “{name}”</source>
        <translation>Usar la persona «{name}»</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Next Stage</source>
        <translation>Etapa siguiente</translation>
    </message>
    <message>
        <source>Previous Stage</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <source>Whole Map</source>
        <translation>Todo el mapa</translation>
    </message>
    <message>
        <source>Blank Screen</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <source>{next} / {previous}: one stage at a time · {home}: the whole map · {leave}: leave</source>
        <translation>{next} / {previous}: de etapa en etapa · {home}: todo el mapa · {leave}: salir</translation>
    </message>
    <message>
        <source>Recover unsaved maps</source>
        <translation>Recuperar mapas sin guardar</translation>
    </message>
    <message>
        <source>CJ Designer closed unexpectedly. These maps had unsaved changes:</source>
        <translation>CJ Designer se cerró inesperadamente. Estos mapas tenían cambios sin guardar:</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(nunca guardado)</translation>
    </message>
    <message>
        <source>Recover checked</source>
        <translation>Recuperar los marcados</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Descartar todos</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Nuevo mapa</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Map language:</source>
        <translation>Idioma del mapa:</translation>
    </message>
    <message>
        <source>Smallest text prints at {size} pt (legible: 7 pt or more).</source>
        <translation>El texto más pequeño se imprime a {size} pt (legible: 7 pt o más).</translation>
    </message>
    <message>
        <source>choose {paper} or larger, or tile it</source>
        <translation>elige {paper} o mayor, o imprímelo en mosaico</translation>
    </message>
    <message>
        <source>split the map or tile it on office sheets</source>
        <translation>divide el mapa o imprímelo en mosaico en hojas de oficina</translation>
    </message>
    <message>
        <source>Too dense for this paper: the smallest text would print at {size} pt; {hint}.</source>
        <translation>Demasiado denso para este papel: el texto más pequeño se imprimiría a {size} pt; {hint}.</translation>
    </message>
    <message>
        <source>Export PDF Poster</source>
        <translation>Exportar póster PDF</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>One sheet</source>
        <translation>Una sola hoja</translation>
    </message>
    <message>
        <source>Tiled on A4 sheets</source>
        <translation>En mosaico sobre hojas A4</translation>
    </message>
    <message>
        <source>Tiled on Letter sheets</source>
        <translation>En mosaico sobre hojas Carta</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>Printing:</source>
        <translation>Impresión:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;PDF Poster…</source>
        <translation>Póster &amp;PDF…</translation>
    </message>
    <message>
        <source>Stage S&amp;lides (PDF)…</source>
        <translation>&amp;Diapositivas por etapa (PDF)…</translation>
    </message>
    <message>
        <source>P&amp;owerPoint Slides…</source>
        <translation>Diapositivas de Po&amp;werPoint…</translation>
    </message>
    <message>
        <source>P&amp;NG Image…</source>
        <translation>Imagen P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;SVG Image…</source>
        <translation>Imagen &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;CSV Table…</source>
        <translation>Tabla &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Findings per Stage (CSV)…</source>
        <translation>&amp;Hallazgos por etapa (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>{path}: the export failed: {reason}</source>
        <translation>{path}: la exportación falló: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Export PDF poster</source>
        <translation>Exportar póster PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF poster…</source>
        <translation>Escribiendo el póster PDF…</translation>
    </message>
    <message>
        <source>Export stage slides</source>
        <translation>Exportar diapositivas por etapa</translation>
    </message>
    <message>
        <source> - slides</source>
        <translation> - diapositivas</translation>
    </message>
    <message>
        <source>Writing the stage slides…</source>
        <translation>Escribiendo las diapositivas por etapa…</translation>
    </message>
    <message>
        <source>Export Stage Slides</source>
        <translation>Exportar diapositivas por etapa</translation>
    </message>
    <message>
        <source>Slides written: {name} ({pages} pages)</source>
        <translation>Diapositivas escritas: {name} ({pages} páginas)</translation>
    </message>
    <message>
        <source>PDF written: {name} ({pages} pages, {paper}, smallest text {size} pt)</source>
        <translation>PDF escrito: {name} ({pages} páginas, {paper}, texto más pequeño {size} pt)</translation>
    </message>
    <message>
        <source>PDF written with notes</source>
        <translation>PDF escrito con observaciones</translation>
    </message>
    <message>
        <source>Export PowerPoint slides</source>
        <translation>Exportar diapositivas de PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Presentaciones de PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Making the slides…</source>
        <translation>Preparando las diapositivas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export PowerPoint Slides</source>
        <translation>Exportar diapositivas de PowerPoint</translation>
    </message>
    <message>
        <source>Making slide {number} of {total}…</source>
        <translation>Preparando la diapositiva {number} de {total}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written</source>
        <translation>Exportación cancelada: no se escribió nada</translation>
    </message>
    <message>
        <source>PowerPoint slides written: {name} ({slides} slides)</source>
        <translation>Diapositivas de PowerPoint escritas: {name} ({slides} diapositivas)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export SVG image</source>
        <translation>Exportar imagen SVG</translation>
    </message>
    <message>
        <source>PNG written: {name} ({width} × {height} px)</source>
        <translation>PNG escrito: {name} ({width} × {height} px)</translation>
    </message>
    <message>
        <source>SVG written: {name}</source>
        <translation>SVG escrito: {name}</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>CSV para Excel, UTF-8 con BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export findings per stage</source>
        <translation>Exportar los hallazgos por etapa</translation>
    </message>
    <message>
        <source>Export CSV table</source>
        <translation>Exportar tabla CSV</translation>
    </message>
    <message>
        <source>CSV written: {name} ({rows} rows)</source>
        <translation>CSV escrito: {name} ({rows} filas)</translation>
    </message>
    <message>
        <source>Duplicate as &amp;Future State</source>
        <translation>Duplicar como estado &amp;futuro</translation>
    </message>
    <message>
        <source>Start the to-be map from this one: same persona, stages and touchpoints</source>
        <translation>Empieza el mapa deseado a partir de este: misma persona, etapas y puntos de contacto</translation>
    </message>
    <message>
        <source>Show &amp;Current-State Curve</source>
        <translation>Mostrar la &amp;curva del estado actual</translation>
    </message>
    <message>
        <source>Future state made from “{title}”: save it under its own name.</source>
        <translation>Estado futuro creado a partir de «{title}»: guárdalo con su propio nombre.</translation>
    </message>
    <message>
        <source>Cannot recover map</source>
        <translation>No se puede recuperar el mapa</translation>
    </message>
    <message>
        <source>{count} touchpoint cards overlap others: the map is too dense for this size</source>
        <translation>{count} tarjetas de puntos de contacto se solapan con otras: el mapa es demasiado denso para este tamaño</translation>
    </message>
    <message>
        <source>{count} labels were shortened to fit; their full text is in the hand-over</source>
        <translation>{count} etiquetas se acortaron para caber; su texto completo está en el resumen para el cliente</translation>
    </message>
    <message>
        <source>Too dense for {paper}: the smallest text would print at {size} pt (the floor is {floor} pt); choose {suggestion} or tile it on A4 or Letter sheets</source>
        <translation>Demasiado denso para {paper}: el texto más pequeño se imprimiría a {size} pt (el mínimo es {floor} pt); elige {suggestion} o imprímelo en mosaico en hojas A4 o Carta</translation>
    </message>
    <message>
        <source>Too dense for {paper}: the smallest text would print at {size} pt (the floor is {floor} pt); tile it on A4 or Letter sheets</source>
        <translation>Demasiado denso para {paper}: el texto más pequeño se imprimiría a {size} pt (el mínimo es {floor} pt); imprímelo en mosaico en hojas A4 o Carta</translation>
    </message>
    <message>
        <source>{count} characters have no font and print as blanks: {characters}</source>
        <translation>{count} caracteres no tienen fuente y se imprimen en blanco: {characters}</translation>
    </message>
    <message>
        <source>Right-to-left text is printed in its stored order without shaping</source>
        <translation>El texto de derecha a izquierda se imprime en el orden guardado, sin formas contextuales</translation>
    </message>
    <message>
        <source>1 node had a sentiment word{ex}; the score is kept, the word is not</source>
        <translation>1 nodo tenía una palabra de sentimiento{ex}; se conserva la puntuación, no la palabra</translation>
    </message>
    <message>
        <source>{n} nodes had a sentiment word{ex}; the score is kept, the word is not</source>
        <translation>{n} nodos tenían una palabra de sentimiento{ex}; se conserva la puntuación, no la palabra</translation>
    </message>
    <message>
        <source>1 node had an icon or icon colour; CJ Designer draws its own channel glyphs</source>
        <translation>1 nodo tenía un icono o un color de icono; CJ Designer dibuja sus propios símbolos de canal</translation>
    </message>
    <message>
        <source>{n} nodes had an icon or icon colour; CJ Designer draws its own channel glyphs</source>
        <translation>{n} nodos tenían un icono o un color de icono; CJ Designer dibuja sus propios símbolos de canal</translation>
    </message>
    <message>
        <source>1 node sat on a swimlane{ex}; touchpoints share one emotion curve, so swimlanes are not kept (blueprint entries became lane notes)</source>
        <translation>1 nodo estaba en un carril de OpenJourney{ex}; los puntos de contacto comparten una sola curva de emoción, así que esos carriles no se conservan (las entradas del blueprint pasaron a notas de carril)</translation>
    </message>
    <message>
        <source>{n} nodes sat on swimlanes{ex}; touchpoints share one emotion curve, so swimlanes are not kept (blueprint entries became lane notes)</source>
        <translation>{n} nodos estaban en carriles de OpenJourney{ex}; los puntos de contacto comparten una sola curva de emoción, así que esos carriles no se conservan (las entradas del blueprint pasaron a notas de carril)</translation>
    </message>
    <message>
        <source>1 node that is not a pain had a severity; only pains keep one</source>
        <translation>1 nodo que no es un dolor tenía una severidad; solo los dolores la conservan</translation>
    </message>
    <message>
        <source>{n} nodes that are not pains had a severity; only pains keep one</source>
        <translation>{n} nodos que no son dolores tenían una severidad; solo los dolores la conservan</translation>
    </message>
    <message>
        <source>1 node had an unknown purpose{ex}; it became a touchpoint</source>
        <translation>1 nodo tenía un propósito desconocido{ex}; pasó a ser un punto de contacto</translation>
    </message>
    <message>
        <source>{n} nodes had an unknown purpose{ex}; they became touchpoints</source>
        <translation>{n} nodos tenían un propósito desconocido{ex}; pasaron a ser puntos de contacto</translation>
    </message>
    <message>
        <source>1 node had fields CJ Designer does not know{ex}; they were not kept</source>
        <translation>1 nodo tenía campos que CJ Designer no conoce{ex}; no se conservaron</translation>
    </message>
    <message>
        <source>{n} nodes had fields CJ Designer does not know{ex}; they were not kept</source>
        <translation>{n} nodos tenían campos que CJ Designer no conoce{ex}; no se conservaron</translation>
    </message>
    <message>
        <source>Top-level fields unknown to CJ Designer{ex} were not kept</source>
        <translation>Los campos de primer nivel que CJ Designer no conoce{ex} no se conservaron</translation>
    </message>
    <message>
        <source>1 node had a score outside -5..+5{ex}; it was clamped</source>
        <translation>1 nodo tenía una puntuación fuera de -5..+5{ex}; se ajustó al límite</translation>
    </message>
    <message>
        <source>{n} nodes had a score outside -5..+5{ex}; it was clamped</source>
        <translation>{n} nodos tenían una puntuación fuera de -5..+5{ex}; se ajustó al límite</translation>
    </message>
    <message>
        <source>1 text was too long and was shortened{ex}</source>
        <translation>1 texto era demasiado largo y se acortó{ex}</translation>
    </message>
    <message>
        <source>{n} texts were too long and were shortened{ex}</source>
        <translation>{n} textos eran demasiado largos y se acortaron{ex}</translation>
    </message>
    <message>
        <source>1 text held control characters, which were removed</source>
        <translation>1 texto contenía caracteres de control, que se eliminaron</translation>
    </message>
    <message>
        <source>{n} texts held control characters, which were removed</source>
        <translation>{n} textos contenían caracteres de control, que se eliminaron</translation>
    </message>
    <message>
        <source>1 node had no title and was named “Untitled”</source>
        <translation>1 nodo no tenía título y se llamó «Untitled»</translation>
    </message>
    <message>
        <source>{n} nodes had no title and were named “Untitled”</source>
        <translation>{n} nodos no tenían título y se llamaron «Untitled»</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Windows-1252 (Excel's CSV); save it as “CSV UTF-8” if letters look wrong</source>
        <translation>El archivo no es UTF-8: se ha leído como Windows-1252 (el CSV de Excel); guárdalo como «CSV UTF-8» si alguna letra se ve mal</translation>
    </message>
    <message>
        <source>Columns CJ Designer does not know{ex} were not read</source>
        <translation>No se han leído las columnas que CJ Designer no conoce{ex}</translation>
    </message>
    <message>
        <source>1 channel name was not recognised{ex} and kept as the channel detail</source>
        <translation>1 nombre de canal no se ha reconocido{ex} y se ha guardado como detalle del canal</translation>
    </message>
    <message>
        <source>{n} channel names were not recognised{ex} and kept as the channel detail</source>
        <translation>{n} nombres de canal no se han reconocido{ex} y se han guardado como detalle del canal</translation>
    </message>
    <message>
        <source>1 metrics cell was not read; enter metrics in the inspector</source>
        <translation>No se ha leído 1 celda de métricas; introduce las métricas en el inspector</translation>
    </message>
    <message>
        <source>{n} metrics cells were not read; enter metrics in the inspector</source>
        <translation>No se han leído {n} celdas de métricas; introduce las métricas en el inspector</translation>
    </message>
    <message>
        <source>1 evidence method was not recognised{ex} and kept as “other”</source>
        <translation>1 método de evidencia no se ha reconocido{ex} y se ha guardado como «otro»</translation>
    </message>
    <message>
        <source>{n} evidence methods were not recognised{ex} and kept as “other”</source>
        <translation>{n} métodos de evidencia no se han reconocido{ex} y se han guardado como «otro»</translation>
    </message>
    <message>
        <source>1 text was too long and shortened</source>
        <translation>1 texto era demasiado largo y se ha acortado</translation>
    </message>
    <message>
        <source>{n} texts were too long and shortened</source>
        <translation>{n} textos eran demasiado largos y se han acortado</translation>
    </message>
    <message>
        <source>1 empty row was skipped</source>
        <translation>Se ha omitido 1 fila vacía</translation>
    </message>
    <message>
        <source>{n} empty rows were skipped</source>
        <translation>Se han omitido {n} filas vacías</translation>
    </message>
    <message>
        <source>1 row had no title and was named “Untitled”</source>
        <translation>1 fila no tenía título y se ha llamado «Sin título»</translation>
    </message>
    <message>
        <source>{n} rows had no title and were named “Untitled”</source>
        <translation>{n} filas no tenían título y se han llamado «Sin título»</translation>
    </message>
    <message>
        <source>CSV holds the stages, touchpoints, pains and opportunities; the persona, lanes, stage details and the map's own fields were left out</source>
        <translation>El CSV guarda las etapas, los puntos de contacto, los dolores y las oportunidades; se han dejado fuera la persona, los carriles, los detalles de las etapas y los datos del propio mapa</translation>
    </message>
    <message>
        <source>Something went wrong in CJ Designer, and the last action may not have finished.</source>
        <translation>Algo ha fallado en CJ Designer y puede que la última acción no se haya completado.</translation>
    </message>
    <message>
        <source>Your work is safe: every map with unsaved changes has just been written to a recovery copy. Save your map now, and restart CJ Designer if anything looks wrong.</source>
        <translation>Tu trabajo está a salvo: todos los mapas con cambios sin guardar se acaban de escribir en una copia de recuperación. Guarda tu mapa ahora y reinicia CJ Designer si algo no se ve bien.</translation>
    </message>
    <message>
        <source>A recovery copy could not be written. Save your map now, under a new name if saving over it fails, and restart CJ Designer.</source>
        <translation>No se pudo escribir una copia de recuperación. Guarda tu mapa ahora (con otro nombre si no se puede guardar encima) y reinicia CJ Designer.</translation>
    </message>
    <message>
        <source>The details were written to {path}. Please include that file when you report the problem.</source>
        <translation>Los detalles se han guardado en {path}. Adjunta ese archivo cuando informes del problema.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Recovery copies cannot be written: save your work yourself</source>
        <translation>No se pueden escribir copias de recuperación: guarda tú el trabajo</translation>
    </message>
    <message>
        <source>expecting ':' delimiter</source>
        <translation>falta ':'</translation>
    </message>
    <message>
        <source>expecting ',' delimiter</source>
        <translation>falta ','</translation>
    </message>
    <message>
        <source>expecting value</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>expecting property name enclosed in double quotes</source>
        <translation>falta un nombre de campo entre comillas dobles</translation>
    </message>
    <message>
        <source>unterminated string starting at</source>
        <translation>un texto no se cierra</translation>
    </message>
    <message>
        <source>invalid control character at</source>
        <translation>un carácter de control dentro de un texto</translation>
    </message>
    <message>
        <source>invalid \escape</source>
        <translation>una secuencia \ no válida</translation>
    </message>
    <message>
        <source>invalid \uXXXX escape</source>
        <translation>una secuencia \u no válida</translation>
    </message>
    <message>
        <source>extra data</source>
        <translation>hay más datos después del final del mapa</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is a folder, not a map file</source>
        <translation>es una carpeta, no un archivo de mapa</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>cannot be read: {os}</source>
        <translation>no se puede leer: {os}</translation>
    </message>
    <message>
        <source>is not a text file (it contains binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at offset {offset} cannot be decoded); save it as UTF-8</source>
        <translation>no es texto UTF-8 (el byte {byte} en la posición {offset} no se puede descodificar); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>the file ends too early (it may have been cut off while saving or copying)</source>
        <translation>el archivo termina antes de tiempo (puede haberse cortado al guardarlo o copiarlo)</translation>
    </message>
    <message>
        <source>is not valid JSON (a number has more than {limit} digits)</source>
        <translation>no es JSON válido (un número tiene más de {limit} cifras)</translation>
    </message>
    <message>
        <source>is not valid JSON ({detail})</source>
        <translation>no es JSON válido ({detail})</translation>
    </message>
    <message>
        <source>is too large to be a map ({size} MB; the limit is {limit} MB)</source>
        <translation>es demasiado grande para ser un mapa ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <source>is nested too deeply to be a map</source>
        <translation>está anidado a demasiada profundidad para ser un mapa</translation>
    </message>
    <message>
        <source>is nested too deeply</source>
        <translation>está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>the top level should be an object with stages and nodes</source>
        <translation>el nivel superior debería ser un objeto con etapas y nodos</translation>
    </message>
    <message>
        <source>the top level should be an object, not {value}</source>
        <translation>el nivel superior debería ser un objeto, no {value}</translation>
    </message>
    <message>
        <source>is missing: every map file states its format version</source>
        <translation>falta: todo archivo de mapa indica su versión de formato</translation>
    </message>
    <message>
        <source>is {version}, newer than this CJ Designer reads (up to {up}): the file was written by a newer release; install a CJ Designer release that reads format version {version} to open it</source>
        <translation>es {version}, más reciente de lo que lee este CJ Designer (hasta {up}): el archivo lo escribió una versión más nueva; instala una versión de CJ Designer que lea el formato {version} para abrirlo</translation>
    </message>
    <message>
        <source>is {version}, which no CJ Designer release ever wrote</source>
        <translation>es {version}, que ninguna versión de CJ Designer ha escrito nunca</translation>
    </message>
    <message>
        <source>is missing: this is not a CJ Designer map (no "format": {format})</source>
        <translation>falta: esto no es un mapa de CJ Designer (no tiene "format": {format})</translation>
    </message>
    <message>
        <source>is {value}, not {format}: this is not a CJ Designer map</source>
        <translation>es {value}, no {format}: esto no es un mapa de CJ Designer</translation>
    </message>
    <message>
        <source>is missing or repeated</source>
        <translation>falta o está repetido</translation>
    </message>
    <message>
        <source>is missing or empty: a journey needs at least one stage</source>
        <translation>falta o está vacío: un viaje necesita al menos una etapa</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not a field CJ Designer knows (a typo, or a file from another program?)</source>
        <translation>no es un campo que CJ Designer conozca (¿una errata, o un archivo de otro programa?)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is too long ({length} characters; the limit is {limit})</source>
        <translation>es demasiado largo ({length} caracteres; el límite es {limit})</translation>
    </message>
    <message>
        <source>{what}has too many entries ({count}; the limit is {limit})</source>
        <translation>{what}tiene demasiadas entradas ({count}; el límite es {limit})</translation>
    </message>
    <message>
        <source>has {count} stages; the limit is {limit}</source>
        <translation>tiene {count} etapas; el límite es {limit}</translation>
    </message>
    <message>
        <source>is not a colour like #1A2B3C (got {value})</source>
        <translation>no es un color como #1A2B3C (vale {value})</translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation>tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>should be text, not {value}</source>
        <translation>debería ser texto, no {value}</translation>
    </message>
    <message>
        <source>should be a whole number, not {value}</source>
        <translation>debería ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>should be a number from -5 to +5, not {value}</source>
        <translation>debería ser un número de -5 a +5, no {value}</translation>
    </message>
    <message>
        <source>should be a number, not {value}</source>
        <translation>debería ser un número, no {value}</translation>
    </message>
    <message>
        <source>should be a finite number</source>
        <translation>debería ser un número finito</translation>
    </message>
    <message>
        <source>should be true or false, not {value}</source>
        <translation>debería ser true o false, no {value}</translation>
    </message>
    <message>
        <source>should be a list, not {value}</source>
        <translation>debería ser una lista, no {value}</translation>
    </message>
    <message>
        <source>should be an object, not {value}</source>
        <translation>debería ser un objeto, no {value}</translation>
    </message>
    <message>
        <source>should be low, medium or high, not {value}</source>
        <translation>debería ser low, medium o high, no {value}</translation>
    </message>
    <message>
        <source>should be one of {choices} or {last}, not {value}</source>
        <translation>debería ser uno de {choices} o {last}, no {value}</translation>
    </message>
    <message>
        <source>should be {expected}, not {value}</source>
        <translation>debería ser {expected}, no {value}</translation>
    </message>
    <message>
        <source>should be a date and time like {example}, not {value}</source>
        <translation>debería ser una fecha y hora como {example}, no {value}</translation>
    </message>
    <message>
        <source>must be between {low} and {high} (got {value})</source>
        <translation>debe estar entre {low} y {high} (vale {value})</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3 (got {value})</source>
        <translation>debe ser 1, 2 o 3 (vale {value})</translation>
    </message>
    <message>
        <source>must be a score from 0 to 10 (got {value})</source>
        <translation>debe ser una puntuación de 0 a 10 (vale {value})</translation>
    </message>
    <message>
        <source>must be at least {low} (got {value})</source>
        <translation>debe ser al menos {low} (vale {value})</translation>
    </message>
    <message>
        <source>must be at most {high} (got {value})</source>
        <translation>debe ser como mucho {high} (vale {value})</translation>
    </message>
    <message>
        <source>contains a control character ({code}), which a map cannot hold</source>
        <translation>contiene un carácter de control ({code}), que un mapa no puede guardar</translation>
    </message>
    <message>
        <source>must be anchored to exactly one touchpoint or one stage</source>
        <translation>debe estar anclado exactamente a un punto de contacto o a una etapa</translation>
    </message>
    <message>
        <source>refers to stage {id}, which is not in the map</source>
        <translation>se refiere a la etapa {id}, que no está en el mapa</translation>
    </message>
    <message>
        <source>refers to stage {id}, which is not in the file</source>
        <translation>se refiere a la etapa {id}, que no está en el archivo</translation>
    </message>
    <message>
        <source>refers to touchpoint {id}, which is not in the map</source>
        <translation>se refiere al punto de contacto {id}, que no está en el mapa</translation>
    </message>
    <message>
        <source>refers to pain {id}, which is not in the map</source>
        <translation>se refiere al dolor {id}, que no está en el mapa</translation>
    </message>
    <message>
        <source>has notes for stage {id}, which is not in the map</source>
        <translation>tiene notas para la etapa {id}, que no está en el mapa</translation>
    </message>
    <message>
        <source>repeats the id {id} already used at {first}</source>
        <translation>repite el id {id}, ya usado en {first}</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image</source>
        <translation>no es una imagen PNG o JPEG</translation>
    </message>
    <message>
        <source>the photo is not valid base64 text</source>
        <translation>la foto no es texto base64 válido</translation>
    </message>
    <message>
        <source>the photo has no pixels</source>
        <translation>la foto no tiene píxeles</translation>
    </message>
    <message>
        <source>the {kind} image is damaged</source>
        <translation>la imagen {kind} está dañada</translation>
    </message>
    <message>
        <source>the photo claims {width} × {height} pixels; the limit is {limit}</source>
        <translation>la foto dice tener {width} × {height} píxeles; el límite es {limit}</translation>
    </message>
    <message>
        <source>the photo is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>la foto es demasiado grande ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <source>has an unknown extension; use {kinds}</source>
        <translation>tiene una extensión desconocida; usa {kinds}</translation>
    </message>
    <message>
        <source>could not be saved: {reason}; the previous file is untouched</source>
        <translation>no se ha podido guardar: {reason}; el archivo anterior sigue intacto</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>se ha superado la cuota de disco</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco ha dado un error de entrada/salida</translation>
    </message>
    <message>
        <source>the path has too many symbolic links</source>
        <translation>la ruta tiene demasiados enlaces simbólicos</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <source>the file name is not allowed on this disk</source>
        <translation>el nombre del archivo no está permitido en este disco</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>hay demasiados archivos abiertos</translation>
    </message>
    <message>
        <source>the file is too large for this disk</source>
        <translation>el archivo es demasiado grande para este disco</translation>
    </message>
    <message>
        <source>not saved, the map is inconsistent: {reason}</source>
        <translation>no se ha guardado, el mapa es incoherente: {reason}</translation>
    </message>
    <message>
        <source>not saved, the file would not open again: {reason}</source>
        <translation>no se ha guardado, el archivo no se podría volver a abrir: {reason}</translation>
    </message>
    <message>
        <source>not saved, the map {reason}</source>
        <translation>no se ha guardado, el mapa {reason}</translation>
    </message>
    <message>
        <source>the map has no file name yet; use Save As</source>
        <translation>el mapa aún no tiene nombre de archivo; usa Guardar como</translation>
    </message>
    <message>
        <source>a {width} × {height} pixel image is too large; choose a lower DPI</source>
        <translation>una imagen de {width} × {height} píxeles es demasiado grande; elige menos PPP</translation>
    </message>
    <message>
        <source>could not be written as PNG</source>
        <translation>no se ha podido escribir como PNG</translation>
    </message>
    <message>
        <source>should be a number, not “{text}”</source>
        <translation>debería ser un número, no «{text}»</translation>
    </message>
    <message>
        <source>should be between {low} and {high}, not {text}</source>
        <translation>debería estar entre {low} y {high}, no {text}</translation>
    </message>
    <message>
        <source>should be touchpoint, pain or opportunity, not “{text}”</source>
        <translation>debería ser punto de contacto, dolor u oportunidad, no «{text}»</translation>
    </message>
    <message>
        <source>should be owned, paid or earned, not “{text}”</source>
        <translation>debería ser propio, pagado o ganado, no «{text}»</translation>
    </message>
    <message>
        <source>should be idea, planned or done, not “{text}”</source>
        <translation>debería ser idea, planificada o hecha, no «{text}»</translation>
    </message>
    <message>
        <source>should be yes or no, not “{text}”</source>
        <translation>debería ser sí o no, no «{text}»</translation>
    </message>
    <message>
        <source>should be whole numbers from 0 to 10</source>
        <translation>deberían ser números enteros del 0 al 10</translation>
    </message>
    <message>
        <source>has no “{column}” column (the first line should name the columns; found: {found})</source>
        <translation>no tiene la columna «{column}» (la primera línea debe nombrar las columnas; hay: {found})</translation>
    </message>
    <message>
        <source>is not a readable CSV table ({detail})</source>
        <translation>no es una tabla CSV legible ({detail})</translation>
    </message>
    <message>
        <source>has more rows than a map can hold</source>
        <translation>tiene más filas de las que caben en un mapa</translation>
    </message>
    <message>
        <source>makes more than {limit} stages</source>
        <translation>da más de {limit} etapas</translation>
    </message>
    <message>
        <source>is empty: every touchpoint belongs to a stage</source>
        <translation>está vacía: cada punto de contacto pertenece a una etapa</translation>
    </message>
    <message>
        <source>is empty: a pain belongs to a stage or a touchpoint</source>
        <translation>está vacía: un dolor pertenece a una etapa o a un punto de contacto</translation>
    </message>
    <message>
        <source>is empty: an opportunity belongs to a stage or a touchpoint</source>
        <translation>está vacía: una oportunidad pertenece a una etapa o a un punto de contacto</translation>
    </message>
    <message>
        <source>names “{text}”, which is not a touchpoint here</source>
        <translation>nombra «{text}», que no es un punto de contacto de esta tabla</translation>
    </message>
    <message>
        <source>names “{text}”, which is not a pain here</source>
        <translation>nombra «{text}», que no es un dolor de esta tabla</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at offset {offset}); save it as “CSV UTF-8”</source>
        <translation>no es texto UTF-8 (byte {byte} en la posición {offset}); guárdalo como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>(and 1 more problem)</source>
        <translation>(y 1 problema más)</translation>
    </message>
    <message>
        <source>(and {n} more problems)</source>
        <translation>(y {n} problemas más)</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>line {line}, column “{name}”</source>
        <translation>línea {line}, columna «{name}»</translation>
    </message>
    <message>
        <source>This map has no stages yet: add one with Add Stage (Insert).</source>
        <translation>Este mapa aún no tiene etapas: añade una con Añadir etapa (Insertar).</translation>
    </message>
    <message>
        <source>Double-click to write notes here</source>
        <translation>Doble clic para escribir notas aquí</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find in stages, touchpoints, pains, opportunities, notes and lanes</source>
        <translation>Buscar en etapas, puntos de contacto, dolores, oportunidades, notas y carriles</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Replace “{old}” with “{new}”</source>
        <translation>Reemplazar «{old}» por «{new}»</translation>
    </message>
    <message>
        <source>Nothing replaced: {name} would not accept it ({reason})</source>
        <translation>No se ha reemplazado nada: {name} no lo admitiría ({reason})</translation>
    </message>
    <message>
        <source>Replaced: {count}</source>
        <translation>Reemplazos: {count}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} de {count}</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Rep&amp;lace…</source>
        <translation>Reempla&amp;zar…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar anteri&amp;or</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Map as opened</source>
        <translation>Mapa al abrirlo</translation>
    </message>
    <message>
        <source>Add Touchpoint &amp;Here</source>
        <translation>Añadir punto de contacto a&amp;quí</translation>
    </message>
    <message>
        <source>Map copied as an image ({width} × {height} px): paste it into slides.</source>
        <translation>Mapa copiado como imagen ({width} × {height} px): pégalo en tus diapositivas.</translation>
    </message>
    <message>
        <source>Copy Map as &amp;Image</source>
        <translation>Copiar el mapa como &amp;imagen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Sheets &amp;across:</source>
        <translation>&amp;Hojas a lo ancho:</translation>
    </message>
    <message>
        <source>Page &amp;Setup…</source>
        <translation>Con&amp;figurar página…</translation>
    </message>
    <message>
        <source>{sheets} sheets ({cols} × {rows}) and an assembly sheet.</source>
        <translation>{sheets} hojas ({cols} × {rows}) y una hoja de montaje.</translation>
    </message>
    <message>
        <source>The whole map on one sheet.</source>
        <translation>El mapa entero en una hoja.</translation>
    </message>
    <message>
        <source>The smallest text prints at {size} pt.</source>
        <translation>El texto más pequeño se imprime a {size} pt.</translation>
    </message>
    <message>
        <source>Under {floor} pt is hard to read on paper.</source>
        <translation>Por debajo de {floor} pt cuesta leerlo en papel.</translation>
    </message>
    <message>
        <source>&amp;Use {n} Sheets Across</source>
        <translation>&amp;Usar {n} hojas a lo ancho</translation>
    </message>
    <message>
        <source>Export a PDF poster for a larger paper instead.</source>
        <translation>Mejor exporta un póster PDF para un papel más grande.</translation>
    </message>
    <message>
        <source>the printer did not take the next sheet</source>
        <translation>la impresora no aceptó la hoja siguiente</translation>
    </message>
    <message>
        <source>the printer did not accept the job</source>
        <translation>la impresora no aceptó el trabajo</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <translation>la impresora informó de un error</translation>
    </message>
    <message>
        <source>{where}: nothing was printed: {reason}.</source>
        <translation>{where}: no se imprimió nada: {reason}.</translation>
    </message>
    <message>
        <source>Sent 1 page to {printer}</source>
        <translation>1 página enviada a {printer}</translation>
    </message>
    <message>
        <source>Sent {pages} pages to {printer}</source>
        <translation>{pages} páginas enviadas a {printer}</translation>
    </message>
    <message>
        <source>{count} items selected</source>
        <translation>{count} elementos seleccionados</translation>
    </message>
    <message>
        <source>Touchpoint {title}, stage {stage}, emotion {emotion}, channel {channel}</source>
        <translation>Punto de contacto {title}, etapa {stage}, emoción {emotion}, canal {channel}</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>{n} stage</source>
        <translation>{n} etapa</translation>
    </message>
    <message>
        <source>{n} stages</source>
        <translation>{n} etapas</translation>
    </message>
    <message>
        <source>{n} touchpoint</source>
        <translation>{n} punto de contacto</translation>
    </message>
    <message>
        <source>{n} touchpoints</source>
        <translation>{n} puntos de contacto</translation>
    </message>
    <message>
        <source>{n} pain</source>
        <translation>{n} dolor</translation>
    </message>
    <message>
        <source>{n} pains</source>
        <translation>{n} dolores</translation>
    </message>
    <message>
        <source>{n} opportunity</source>
        <translation>{n} oportunidad</translation>
    </message>
    <message>
        <source>{n} opportunities</source>
        <translation>{n} oportunidades</translation>
    </message>
    <message>
        <source>{n} vote</source>
        <translation>{n} voto</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} votos</translation>
    </message>
    <message>
        <source>Map {title}: {stages}, {touchpoints}</source>
        <translation>Mapa {title}: {stages}, {touchpoints}</translation>
    </message>
    <message>
        <source>Stage {index} of {count}: {name}, {touchpoints}</source>
        <translation>Etapa {index} de {count}: {name}, {touchpoints}</translation>
    </message>
    <message>
        <source>Pain {title} on {anchor}, severity {severity} of 3</source>
        <translation>Dolor {title} en {anchor}, gravedad {severity} de 3</translation>
    </message>
    <message>
        <source>Opportunity {title} on {anchor}, impact {impact} of 3</source>
        <translation>Oportunidad {title} en {anchor}, impacto {impact} de 3</translation>
    </message>
    <message>
        <source>Lane {index} of {count}: {title}</source>
        <translation>Carril {index} de {count}: {title}</translation>
    </message>
    <message>
        <source>Journey map. Tab and Shift+Tab select the stages, touchpoints, pains, opportunities and lanes one by one; arrow keys move the selection; Enter edits its title; the Inspector shows all its fields.</source>
        <translation>Mapa de experiencia. Tab y Mayús+Tab seleccionan uno a uno las etapas, los puntos de contacto, los dolores, las oportunidades y los carriles; las flechas mueven la selección; Intro edita su título; el Inspector muestra todos sus campos.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
</TS>