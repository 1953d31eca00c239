"""Spanish interface strings. ``python tools/update_translations.py`` merges them into
cjdesigner/translations/cjdesigner_es.ts (after lupdate) and compiles the .qm."""

ES = {
    # canvas and undo texts
    "Nudge": "Desplazar",
    "Add touchpoint": "Añadir punto de contacto",
    "Add stage": "Añadir etapa",
    "Mark pain": "Marcar dolor",
    "Mark opportunity": "Marcar oportunidad",
    "Mark pains": "Marcar dolores",
    "Mark opportunities": "Marcar oportunidades",
    "Link opportunity": "Vincular oportunidad",
    "Delete": "Eliminar",
    "Paste": "Pegar",
    "Duplicate": "Duplicar",
    "Not added: a map holds at most {limit} stages, and this one has {count}.": "No se ha añadido: un mapa admite como máximo {limit} etapas y este ya tiene {count}.",
    "Not added: a map holds at most {limit} touchpoints, and this one has {count}.": "No se ha añadido: un mapa admite como máximo {limit} puntos de contacto y este ya tiene {count}.",
    "Not added: a map holds at most {limit} pains, and this one has {count}.": "No se ha añadido: un mapa admite como máximo {limit} dolores y este ya tiene {count}.",
    "Not added: a map holds at most {limit} opportunities, and this one has {count}.": "No se ha añadido: un mapa admite como máximo {limit} oportunidades y este ya tiene {count}.",
    "Move touchpoint": "Mover punto de contacto",
    "Move touchpoints": "Mover puntos de contacto",
    "Emotion {score}": "Emoción {score}",
    "Move stage “{name}”": "Mover la etapa «{name}»",
    "Resize stage “{name}”": "Cambiar la duración de «{name}»",
    "Move pain": "Mover dolor",
    "Move opportunity": "Mover oportunidad",
    "Edit notes": "Editar notas",
    "Rename": "Renombrar",
    # dialogs
    "Unsaved changes": "Cambios sin guardar",
    "Save the changes to “{name}” before closing it?": "¿Guardar los cambios de «{name}» antes de cerrarlo?",
    "If you don't save, your changes will be lost.": "Si no guardas, perderás los cambios.",
    "Journey maps (*.journey.json *.ojf)": "Mapas de viaje (*.journey.json *.ojf)",
    "CJ Designer maps (*.journey.json)": "Mapas de CJ Designer (*.journey.json)",
    "OpenJourney files (*.ojf)": "Archivos OpenJourney (*.ojf)",
    "All files (*)": "Todos los archivos (*)",
    "Open map": "Abrir mapa",
    "Save map as": "Guardar mapa como",
    "Choose a photo": "Elegir una foto",
    "Images (*.png *.jpg *.jpeg)": "Imágenes (*.png *.jpg *.jpeg)",
    # edit and view menus
    "Cu&t": "Cor&tar",
    "&Copy": "&Copiar",
    "&Paste": "&Pegar",
    "D&uplicate": "D&uplicar",
    "&Delete": "&Eliminar",
    "Select &All": "Seleccionar &todo",
    "&Rename": "&Renombrar",
    "Add &Stage": "Añadir &etapa",
    "Add &Touchpoint": "Añadir &punto de contacto",
    "Mark as &Pain": "Marcar como &dolor",
    "Mark as &Opportunity": "Marcar como &oportunidad",
    "Zoom &In": "&Acercar",
    "Zoom &Out": "A&lejar",
    "&Fit Map": "&Ajustar mapa",
    "&Actual Size": "&Tamaño real",
    "Mark the selected touchpoint or stage as a pain (P)": "Marcar el punto de contacto o la etapa seleccionada como dolor (P)",
    "Mark the selected touchpoint or stage as an opportunity (O)": "Marcar el punto de contacto o la etapa seleccionada como oportunidad (O)",
    # file menu
    "&New…": "&Nuevo…",
    "&Open…": "&Abrir…",
    "Open &Recent": "Abrir &reciente",
    "&Save": "&Guardar",
    "Save &As…": "Guardar &como…",
    "Re&vert": "Re&vertir",
    "&Close": "&Cerrar",
    "&Quit": "&Salir",
    "Cannot open map": "No se puede abrir el mapa",
    "Imported with notes": "Importado con observaciones",
    "Cannot save map": "No se puede guardar el mapa",
    "Revert “{name}” to the saved version? Unsaved changes will be lost.": "¿Volver a la versión guardada de «{name}»? Se perderán los cambios sin guardar.",
    "Revert": "Revertir",
    "{name} (missing)": "{name} (no encontrado)",
    "No recent maps": "No hay mapas recientes",
    "Remove Missing Files": "Quitar archivos no encontrados",
    "Clear List": "Vaciar la lista",
    # forms
    "Edit {field}": "Editar {field}",
    "One per line": "Uno por línea",
    "Scores from 0 to 10, e.g. 9, 10, 7": "Puntuaciones de 0 a 10, p. ej. 9, 10, 7",
    "Scores must be whole numbers from 0 to 10.": "Las puntuaciones deben ser números enteros de 0 a 10.",
    "Add": "Añadir",
    "Remove": "Quitar",
    # help
    "Keyboard Shortcuts": "Atajos de teclado",
    "Canvas": "Lienzo",
    "Menu": "Menú",
    "Command": "Orden",
    "Shortcut": "Atajo",
    "<h3>CJ Designer {version}</h3><p>Design customer journey maps: stages, touchpoints, the emotion curve, pains and opportunities. Save maps as JSON and print PDF posters.</p><p>Licence: GNU General Public License v3 or later.<br>Open Sans font: Apache License 2.0.</p>": "<h3>CJ Designer {version}</h3><p>Diseña mapas del viaje del cliente: etapas, puntos de contacto, la curva emocional, dolores y oportunidades. Guarda los mapas como JSON e imprime pósteres en PDF.</p><p>Licencia: GNU General Public License v3 o posterior.<br>Fuente Open Sans: Apache License 2.0.</p>",
    "&Keyboard Shortcuts": "A&tajos de teclado",
    "&About CJ Designer": "&Acerca de CJ Designer",
    "About CJ Designer": "Acerca de CJ Designer",
    "Nudge the selected touchpoints' emotion (Alt: tenths)": "Ajustar la emoción de los puntos seleccionados (Alt: décimas)",
    "Nudge the selected touchpoints in time": "Mover en el tiempo los puntos seleccionados",
    "Cancel a drag, clear the selection, leave presentation mode": "Cancelar un arrastre, quitar la selección, salir del modo presentación",
    "Double-click": "Doble clic",
    "Add a touchpoint in the emotion band, or edit a title": "Añadir un punto de contacto en la banda emocional o editar un título",
    "Ctrl+wheel": "Ctrl+rueda",
    "Zoom": "Zoom",
    "Middle button / Space+drag": "Botón central / Espacio+arrastrar",
    "Pan": "Desplazar la vista",
    "Alt while dragging": "Alt al arrastrar",
    "Free emotion (no snapping to whole points)": "Emoción libre (sin ajustar a puntos enteros)",
    # inspector
    "Web": "Web",
    "Email": "Correo electrónico",
    "Phone": "Teléfono",
    "Store": "Tienda",
    "App": "App",
    "Social media": "Redes sociales",
    "Chat": "Chat",
    "Call centre": "Centro de llamadas",
    "Advertising": "Publicidad",
    "Event": "Evento",
    "Mail": "Correo postal",
    "Other": "Otro",
    "“{text}” is not a number": "«{text}» no es un número",
    "Owned": "Propio",
    "Paid": "Pagado",
    "Earned": "Ganado",
    "Survey": "Encuesta",
    "Interview": "Entrevista",
    "Observation": "Observación",
    "Mystery shopping": "Cliente misterioso",
    "Focus group": "Grupo focal",
    "Analytics": "Analítica",
    "Complaints": "Reclamaciones",
    "Metric": "Métrica",
    "Metrics": "Métricas",
    "Name": "Nombre",
    "Value": "Valor",
    "Target": "Objetivo",
    "Unit": "Unidad",
    "Automatic": "Automático",
    "Title": "Título",
    "Scenario": "Escenario",
    "Map language": "Idioma del mapa",
    "State": "Estado",
    "Current state": "Estado actual",
    "Future state": "Estado futuro",
    "Author": "Autor",
    "Client": "Cliente",
    "Description": "Descripción",
    "Stage": "Etapa",
    "Emotion": "Emoción",
    "Position in stage": "Posición en la etapa",
    "Channel": "Canal",
    "Channel detail": "Detalle del canal",
    "Kind": "Tipo",
    "Department": "Departamento",
    "Moment of truth": "Momento de la verdad",
    "Evidence": "Evidencia",
    "Method": "Método",
    "Note": "Nota",
    "Survey scores (0–10)": "Puntuaciones de encuesta (0–10)",
    "Customer goal": "Objetivo del cliente",
    "Colour": "Color",
    "Duration (relative)": "Duración (relativa)",
    "Severity (1–3)": "Gravedad (1–3)",
    "Impact (1–3)": "Impacto (1–3)",
    "Status": "Estado",
    "Idea": "Idea",
    "Planned": "Planificada",
    "Done": "Hecha",
    "Owner": "Responsable",
    "Answers pain": "Responde al dolor",
    "(none)": "(ninguno)",
    "Actions": "Acciones",
    "Thoughts": "Pensamientos",
    "Feelings": "Sentimientos",
    "Channels": "Canales",
    "Backstage": "Trastienda",
    "KPIs": "Indicadores",
    "Custom": "Personalizado",
    "Inspector": "Inspector",
    "{count} objects selected": "{count} objetos seleccionados",
    "Select a single object to edit its fields.": "Selecciona un único objeto para editar sus campos.",
    "Map": "Mapa",
    "Touchpoint": "Punto de contacto",
    "Pain": "Dolor",
    "Opportunity": "Oportunidad",
    "Lane": "Carril",
    # persona
    "The image is too large ({w} × {h} pixels).": "La imagen es demasiado grande ({w} × {h} píxeles).",
    "The file is not an image CJ Designer can read: {reason}": "El archivo no es una imagen que CJ Designer pueda leer: {reason}",
    "The photo is still too large after scaling.": "La foto sigue siendo demasiado grande tras reducirla.",
    "Persona": "Persona",
    "Role": "Rol",
    "Quote": "Cita",
    "Bio": "Biografía",
    "Goals": "Objetivos",
    "Needs": "Necesidades",
    "Motivations": "Motivaciones",
    "Frustrations": "Frustraciones",
    "Likes": "Le gusta",
    "Dislikes": "No le gusta",
    "Preferred channels": "Canales preferidos",
    "Choose photo…": "Elegir foto…",
    "Remove photo": "Quitar foto",
    "No photo": "Sin foto",
    "Cannot use this photo": "No se puede usar esta foto",
    "Change persona photo": "Cambiar la foto de la persona",
    "Remove persona photo": "Quitar la foto de la persona",
    # presentation, recovery, templates
    "&Presentation Mode": "Modo &presentación",
    "Leave Presentation Mode": "Salir del modo presentación",
    "Recover unsaved maps": "Recuperar mapas sin guardar",
    "CJ Designer closed unexpectedly. These maps had unsaved changes:": "CJ Designer se cerró inesperadamente. Estos mapas tenían cambios sin guardar:",
    "Last change": "Último cambio",
    "File": "Archivo",
    "(never saved)": "(nunca guardado)",
    "Recover checked": "Recuperar los marcados",
    "Discard all": "Descartar todos",
    "New map": "Nuevo mapa",
    "Create": "Crear",
    "Map language:": "Idioma del mapa:",
    "Stages": "Etapas",
    # main window (context MainWindow)
    "Main": "Principal",
    "&File": "&Archivo",
    "&Edit": "&Editar",
    "&View": "&Ver",
    "&Help": "A&yuda",
    "&Undo": "&Deshacer",
    "&Redo": "&Rehacer",
    "&Language": "&Idioma",
    "System default": "Predeterminado del sistema",
    # export
    "Export PNG image": "Exportar imagen PNG",
    "Resolution (dots per inch; 150 for screens, 300 for print):": "Resolución (puntos por pulgada; 150 para pantalla, 300 para imprimir):",
    "Smallest text prints at {size} pt (legible: 7 pt or more).": "El texto más pequeño se imprime a {size} pt (legible: 7 pt o más).",
    "choose {paper} or larger, or tile it": "elige {paper} o mayor, o imprímelo en mosaico",
    "split the map or tile it on office sheets": "divide el mapa o imprímelo en mosaico en hojas de oficina",
    "Too dense for this paper: the smallest text would print at {size} pt; {hint}.": "Demasiado denso para este papel: el texto más pequeño se imprimiría a {size} pt; {hint}.",
    "Export PDF Poster": "Exportar póster PDF",
    "Landscape": "Horizontal",
    "Portrait": "Vertical",
    "One sheet": "Una sola hoja",
    "Tiled on A4 sheets": "En mosaico sobre hojas A4",
    "Tiled on Letter sheets": "En mosaico sobre hojas Carta",
    "Paper:": "Papel:",
    "Orientation:": "Orientación:",
    "Printing:": "Impresión:",
    "Export": "Exportar",
    "&Export": "&Exportar",
    "&PDF Poster…": "Póster &PDF…",
    "P&NG Image…": "Imagen P&NG…",
    "&SVG Image…": "Imagen &SVG…",
    "&CSV Table…": "Tabla &CSV…",
    "{path}: the export failed: {reason}": "{path}: la exportación falló: {reason}",
    "Export failed": "La exportación falló",
    "Cannot export": "No se puede exportar",
    "Export PDF poster": "Exportar póster PDF",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Writing the PDF poster…": "Escribiendo el póster PDF…",
    "PDF written: {name} ({pages} pages, {paper}, smallest text {size} pt)": "PDF escrito: {name} ({pages} páginas, {paper}, texto más pequeño {size} pt)",
    "PDF written with notes": "PDF escrito con observaciones",
    "{count} touchpoint cards overlap others: the map is too dense for this size": (
        "{count} tarjetas de puntos de contacto se solapan con otras: el mapa es demasiado "
        "denso para este tamaño"
    ),
    "{count} labels were shortened to fit; their full text is in the hand-over": (
        "{count} etiquetas se acortaron para caber; su texto completo está en el resumen "
        "para el cliente"
    ),
    "Too dense for {paper}: the smallest text would print at {size} pt (the floor is "
    "{floor} pt); choose {suggestion} or tile it on A4 or Letter sheets": (
        "Demasiado denso para {paper}: el texto más pequeño se imprimiría a {size} pt (el "
        "mínimo es {floor} pt); elige {suggestion} o imprímelo en mosaico en hojas A4 o Carta"
    ),
    "Too dense for {paper}: the smallest text would print at {size} pt (the floor is "
    "{floor} pt); tile it on A4 or Letter sheets": (
        "Demasiado denso para {paper}: el texto más pequeño se imprimiría a {size} pt (el "
        "mínimo es {floor} pt); imprímelo en mosaico en hojas A4 o Carta"
    ),
    "{count} characters have no font and print as blanks: {characters}": (
        "{count} caracteres no tienen fuente y se imprimen en blanco: {characters}"
    ),
    "1 node had a sentiment word{ex}; the score is kept, the word is not": (
        "1 nodo tenía una palabra de sentimiento{ex}; se conserva la puntuación, no la palabra"
    ),
    "{n} nodes had a sentiment word{ex}; the score is kept, the word is not": (
        "{n} nodos tenían una palabra de sentimiento{ex}; se conserva la puntuación, no la palabra"
    ),
    "1 node had an icon or icon colour; CJ Designer draws its own channel glyphs": (
        "1 nodo tenía un icono o un color de icono; CJ Designer dibuja sus propios símbolos "
        "de canal"
    ),
    "{n} nodes had an icon or icon colour; CJ Designer draws its own channel glyphs": (
        "{n} nodos tenían un icono o un color de icono; CJ Designer dibuja sus propios "
        "símbolos de canal"
    ),
    "1 node sat on a swimlane{ex}; touchpoints share one emotion curve, so swimlanes "
    "are not kept (blueprint entries became lane notes)": (
        "1 nodo estaba en un carril de OpenJourney{ex}; los puntos de contacto comparten una "
        "sola curva de emoción, así que esos carriles no se conservan (las entradas del "
        "blueprint pasaron a notas de carril)"
    ),
    "{n} nodes sat on swimlanes{ex}; touchpoints share one emotion curve, so swimlanes "
    "are not kept (blueprint entries became lane notes)": (
        "{n} nodos estaban en carriles de OpenJourney{ex}; los puntos de contacto comparten "
        "una sola curva de emoción, así que esos carriles no se conservan (las entradas del "
        "blueprint pasaron a notas de carril)"
    ),
    "1 node that is not a pain had a severity; only pains keep one": (
        "1 nodo que no es un dolor tenía una severidad; solo los dolores la conservan"
    ),
    "{n} nodes that are not pains had a severity; only pains keep one": (
        "{n} nodos que no son dolores tenían una severidad; solo los dolores la conservan"
    ),
    "1 node had an unknown purpose{ex}; it became a touchpoint": (
        "1 nodo tenía un propósito desconocido{ex}; pasó a ser un punto de contacto"
    ),
    "{n} nodes had an unknown purpose{ex}; they became touchpoints": (
        "{n} nodos tenían un propósito desconocido{ex}; pasaron a ser puntos de contacto"
    ),
    "1 node had fields CJ Designer does not know{ex}; they were not kept": (
        "1 nodo tenía campos que CJ Designer no conoce{ex}; no se conservaron"
    ),
    "{n} nodes had fields CJ Designer does not know{ex}; they were not kept": (
        "{n} nodos tenían campos que CJ Designer no conoce{ex}; no se conservaron"
    ),
    "Top-level fields unknown to CJ Designer{ex} were not kept": (
        "Los campos de primer nivel que CJ Designer no conoce{ex} no se conservaron"
    ),
    "1 node had a score outside -5..+5{ex}; it was clamped": (
        "1 nodo tenía una puntuación fuera de -5..+5{ex}; se ajustó al límite"
    ),
    "{n} nodes had a score outside -5..+5{ex}; it was clamped": (
        "{n} nodos tenían una puntuación fuera de -5..+5{ex}; se ajustó al límite"
    ),
    "1 text was too long and was shortened{ex}": "1 texto era demasiado largo y se acortó{ex}",
    "{n} texts were too long and were shortened{ex}": (
        "{n} textos eran demasiado largos y se acortaron{ex}"
    ),
    "1 text held control characters, which were removed": (
        "1 texto contenía caracteres de control, que se eliminaron"
    ),
    "{n} texts held control characters, which were removed": (
        "{n} textos contenían caracteres de control, que se eliminaron"
    ),
    "1 node had no title and was named “Untitled”": (
        "1 nodo no tenía título y se llamó «Untitled»"
    ),
    "{n} nodes had no title and were named “Untitled”": (
        "{n} nodos no tenían título y se llamaron «Untitled»"
    ),
    "Right-to-left text is printed in its stored order without shaping": (
        "El texto de derecha a izquierda se imprime en el orden guardado, sin formas contextuales"
    ),
    "PNG images (*.png)": "Imágenes PNG (*.png)",
    "SVG images (*.svg)": "Imágenes SVG (*.svg)",
    "Export SVG image": "Exportar imagen SVG",
    "PNG written: {name} ({width} × {height} px)": "PNG escrito: {name} ({width} × {height} px)",
    "SVG written: {name}": "SVG escrito: {name}",
    "CSV, UTF-8 (*.csv)": "CSV, UTF-8 (*.csv)",
    "CSV for Excel, UTF-8 with BOM (*.csv)": "CSV para Excel, UTF-8 con BOM (*.csv)",
    "Export CSV table": "Exportar tabla CSV",
    "CSV written: {name} ({rows} rows)": "CSV escrito: {name} ({rows} filas)",
    # insights and future state
    "Insights": "Hallazgos",
    "Key moments": "Momentos clave",
    "Emotion per stage": "Emoción por etapa",
    "Future against current state": "Estado futuro frente al actual",
    "Pains → opportunities": "Dolores → oportunidades",
    "Channel coherence": "Coherencia de canales",
    "Evidence and NPS": "Evidencia y NPS",
    "… and {count} more": "… y {count} más",
    "Peak": "Pico",
    "Valley": "Valle",
    "No touchpoints yet.": "Todavía no hay puntos de contacto.",
    "No stage has touchpoints yet.": "Ninguna etapa tiene puntos de contacto todavía.",
    "Lowest stage: “{stage}” (mean {mean}).": "Etapa más baja: «{stage}» (media {mean}).",
    "Current": "Actual",
    "Future": "Futuro",
    "Change": "Cambio",
    "No pains marked yet.": "Todavía no hay dolores marcados.",
    "Every stage has touchpoints; no channel stands alone.": "Todas las etapas tienen puntos de contacto; ningún canal queda aislado.",
    "“{stage}” has no touchpoint: what does the customer do there?": "«{stage}» no tiene puntos de contacto: ¿qué hace ahí el cliente?",
    "Every touchpoint in “{stage}” is paid media.": "Todos los puntos de contacto de «{stage}» son medios pagados.",
    "{channel} appears only in “{stage}”.": "{channel} solo aparece en «{stage}».",
    "{count} of {total} touchpoints have no evidence: assumptions, not data.": "{count} de {total} puntos de contacto no tienen evidencia: son suposiciones, no datos.",
    "Answers": "Respuestas",
    "NPS": "NPS",
    "No survey answers (0–10) attached yet.": "Todavía no hay respuestas de encuesta (0–10).",
    "NPS of the whole journey: {score} from {count} answers.": "NPS de todo el viaje: {score} con {count} respuestas.",
    "Duplicate as &Future State": "Duplicar como estado &futuro",
    "Start the to-be map from this one: same persona, stages and touchpoints": "Empieza el mapa deseado a partir de este: misma persona, etapas y puntos de contacto",
    "Show &Current-State Curve": "Mostrar la curva del estado &actual",
    "Future state made from “{title}”: save it under its own name.": "Estado futuro creado a partir de «{title}»: guárdalo con su propio nombre.",
    "Cannot recover map": "No se puede recuperar el mapa",
    " at {emotion}": " en {emotion}",
    "{pain} — no opportunity yet": "{pain} — sin oportunidad todavía",
    # unexpected errors (ui/error_guard.py)
    "Unexpected error": "Error inesperado",
    "Something went wrong in CJ Designer, and the last action may not have finished.": "Algo ha fallado en CJ Designer y puede que la última acción no se haya completado.",
    "Your work is safe: every map with unsaved changes has just been written to a recovery copy. Save your map now, and restart CJ Designer if anything looks wrong.": "Tu trabajo está a salvo: todos los mapas con cambios sin guardar se acaban de escribir en una copia de recuperación. Guarda tu mapa ahora y reinicia CJ Designer si algo no se ve bien.",
    "A recovery copy could not be written. Save your map now, under a new name if saving over it fails, and restart CJ Designer.": "No se pudo escribir una copia de recuperación. Guarda tu mapa ahora (con otro nombre si no se puede guardar encima) y reinicia CJ Designer.",
    "The details were written to {path}. Please include that file when you report the problem.": "Los detalles se han guardado en {path}. Adjunta ese archivo cuando informes del problema.",
    # a file changed by another program (ui/file_actions.py)
    "File changed on disk": "El archivo ha cambiado en el disco",
    "“{name}” has been changed by another program since you opened it.": "Otro programa ha modificado «{name}» desde que lo abriste.",
    "Saving over it replaces those changes with yours. Save As keeps both versions.": "Si lo guardas encima, tus cambios sustituirán a los suyos. «Guardar como» conserva las dos versiones.",
    "Save Over It": "Guardar encima",
    "Save As…": "Guardar como…",
    # autosave health (ui/autosave.py)
    "Recovery copies cannot be written: save your work yourself": "No se pueden escribir copias de recuperación: guarda tú el trabajo",
    "Cut": "Cortar",
}
