<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Reminders appear in the system tray and as a small window.</source>
        <translation>Los recordatorios aparecen en el área de notificaciones y en una ventana pequeña.</translation>
    </message>
    <message>
        <source>There is no system tray here: reminders appear as a small window that comes to the front.</source>
        <translation>Aquí no hay área de notificaciones: los recordatorios aparecen en una ventana pequeña que se pone delante.</translation>
    </message>
    <message>
        <source>No reminder is set.</source>
        <translation>No hay ningún recordatorio.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesto hasta las %1</translation>
    </message>
    <message>
        <source>No reminder is set: choose at least one day.</source>
        <translation>No hay ningún recordatorio: elija al menos un día.</translation>
    </message>
    <message>
        <source>Next reminder: %1 %2</source>
        <translation>Próximo recordatorio: %1 %2</translation>
    </message>
    <message>
        <source>Time for %1 (%2 min)</source>
        <translation>Es la hora: %1 (%2 min)</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>Reminders come as a notification from your desktop, with Start, Snooze and Skip.</source>
        <translation>Los recordatorios llegan como una notificación de su escritorio, con Empezar, Posponer y Saltar hoy.</translation>
    </message>
    <message>
        <source>You missed your %1 routine</source>
        <translation>No hizo su rutina: %1</translation>
    </message>
    <message>
        <source>%1 (%2 min) is still waiting, whenever you are ready.</source>
        <translation>%1 (%2 min) sigue esperándole, cuando usted quiera.</translation>
    </message>
    <message>
        <source>Take a seat somewhere comfortable. Light pressure only.</source>
        <translation>Siéntese en un sitio cómodo. Solo presión ligera.</translation>
    </message>
    <message>
        <source>Start the morning routine</source>
        <translation>Empezar la rutina de la mañana</translation>
    </message>
    <message>
        <source>Open NeuroGuide</source>
        <translation>Abrir NeuroGuide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1). They apply until NeuroGuide closes.</source>
        <translation>No se pudieron guardar sus ajustes (%1). Se aplican hasta que se cierre NeuroGuide.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>History summary for %1, %2 to %3</source>
        <translation>Resumen del historial de %1, del %2 al %3</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este periodo.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>parada antes de tiempo</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2).</source>
        <translation>Sesiones: %1 (%2).</translation>
    </message>
    <message>
        <source>stopped or interrupted after at least half of their steps</source>
        <translation>paradas o interrumpidas después de hacer al menos la mitad de sus pasos</translation>
    </message>
    <message>
        <source>Counted: %1 (%2).</source>
        <translation>Cuentan: %1 (%2).</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Cuentan: %1.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>paradas</translation>
    </message>
    <message>
        <source>Shown, but not counted: %1 that ended before half of their steps (%2).</source>
        <translation>Se muestran, pero no cuentan: %1 que terminaron antes de la mitad de sus pasos (%2).</translation>
    </message>
    <message>
        <source>Not counted yet: %1 still running.</source>
        <translation>Aún no cuentan: %1 en curso.</translation>
    </message>
    <message>
        <source>A session counts when it is finished, or at least half done.</source>
        <translation>Una sesión cuenta cuando se termina o se hace al menos la mitad.</translation>
    </message>
    <message>
        <source>Foot skin temperature: measured on %1 days; one foot more than 2.2 °C warmer on %2.</source>
        <translation>Temperatura de la piel de los pies: medida %1 días; un pie más de 2,2 °C más caliente que el otro: %2.</translation>
    </message>
    <message>
        <source>Last: %1, right foot %2 °C, left foot %3 °C (a difference of %4 °C).</source>
        <translation>Última: %1, pie derecho %2 °C, pie izquierdo %3 °C (una diferencia de %4 °C).</translation>
    </message>
    <message>
        <source>The same foot warmer two days running, %1 to %2: %3 (rest it, and call the foot clinic).</source>
        <translation>El mismo pie más caliente dos días seguidos, del %1 al %2: %3 (déjelo descansar y llame a su unidad de pie diabético).</translation>
    </message>
    <message>
        <source>Never the same foot more than 2.2 °C warmer two days running.</source>
        <translation>Nunca el mismo pie más de 2,2 °C más caliente dos días seguidos.</translation>
    </message>
    <message>
        <source>This week (from %1):</source>
        <translation>Esta semana (desde el %1):</translation>
    </message>
    <message>
        <source>%1 done; your goal of %2 is reached.</source>
        <translation>%1 hechas; ha llegado a su objetivo de %2.</translation>
    </message>
    <message>
        <source>%1 of your %2 sessions.</source>
        <translation>%1 de sus %2 sesiones.</translation>
    </message>
    <message>
        <source>Not counted: %1 that ended early.</source>
        <translation>No cuentan: %1 que terminaron antes de tiempo.</translation>
    </message>
    <message>
        <source>Run of days: %1 days in a row.</source>
        <translation>Días seguidos: %1 días.</translation>
    </message>
    <message>
        <source>Run of days: 1 day.</source>
        <translation>Días seguidos: 1 día.</translation>
    </message>
    <message>
        <source>Run of days: none at the moment (a missed day is just a day).</source>
        <translation>Días seguidos: ninguno por ahora (un día sin sesión es solo un día).</translation>
    </message>
    <message>
        <source>%1: a session that counts is done.</source>
        <translation>%1: hecha una sesión que cuenta.</translation>
    </message>
    <message>
        <source>%1: nothing that counts yet (ended early: %2).</source>
        <translation>%1: aún nada que cuente (terminadas antes de tiempo: %2).</translation>
    </message>
    <message>
        <source>%1: no session yet.</source>
        <translation>%1: aún ninguna sesión.</translation>
    </message>
    <message>
        <source>Given by: %1.</source>
        <translation>Masaje dado por: %1.</translation>
    </message>
    <message>
        <source>Before and after: no session in this period has scores from both check-ins.</source>
        <translation>Antes y después: ninguna sesión de este periodo tiene puntuaciones de antes y de después.</translation>
    </message>
    <message>
        <source>Before → after, over the sessions with scores from both check-ins:</source>
        <translation>Antes → después, en las sesiones con puntuaciones de antes y de después:</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 menos</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4; sessions: %5)</source>
        <translation>%1: %2 → %3 (%4; sesiones: %5)</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>%1: %2 is not a foot&apos;s skin temperature, which is between %3 and %4. Measure again, or check what was typed.</source>
        <translation>%1: %2 no es una temperatura de la piel del pie, que está entre %3 y %4. Vuelva a medir o revise lo que se escribió.</translation>
    </message>
    <message>
        <source>%1: type the degrees as a number, such as %2.</source>
        <translation>%1: escriba los grados con números, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Your right foot is %1 warmer than your left.</source>
        <translation>Su pie derecho está %1 más caliente que el izquierdo.</translation>
    </message>
    <message>
        <source>Your left foot is %1 warmer than your right.</source>
        <translation>Su pie izquierdo está %1 más caliente que el derecho.</translation>
    </message>
    <message>
        <source>Their right foot is %1 warmer than their left.</source>
        <translation>El pie derecho de la persona está %1 más caliente que el izquierdo.</translation>
    </message>
    <message>
        <source>Their left foot is %1 warmer than their right.</source>
        <translation>El pie izquierdo de la persona está %1 más caliente que el derecho.</translation>
    </message>
    <message>
        <source>It was warmer yesterday too. Rest that foot today: stand and walk as little as you can. A warm foot can be the first sign of a problem you cannot feel.</source>
        <translation>Ayer también estaba más caliente. Deje descansar ese pie hoy: esté de pie y camine lo menos posible. Un pie caliente puede ser la primera señal de un problema que usted no nota.</translation>
    </message>
    <message>
        <source>It was warmer yesterday too. They should rest that foot today: standing and walking as little as they can. A warm foot can be the first sign of a problem they cannot feel.</source>
        <translation>Ayer también estaba más caliente. Hoy la persona debe dejar descansar ese pie: estar de pie y caminar lo menos posible. Un pie caliente puede ser la primera señal de un problema que ella no nota.</translation>
    </message>
    <message>
        <source>Measure both feet again tomorrow, at the same time and in the same places.</source>
        <translation>Mañana vuelva a medir los dos pies, a la misma hora y en los mismos puntos.</translation>
    </message>
    <message>
        <source>Measure both their feet again tomorrow, at the same time and in the same places.</source>
        <translation>Mañana vuelva a medir los dos pies de la persona, a la misma hora y en los mismos puntos.</translation>
    </message>
    <message>
        <source>Your feet are within %1 of each other: nothing more to do today.</source>
        <translation>Entre sus dos pies hay %1 de diferencia o menos: hoy no hay que hacer nada más.</translation>
    </message>
    <message>
        <source>Their feet are within %1 of each other: nothing more to do today.</source>
        <translation>Entre los dos pies de la persona hay %1 de diferencia o menos: hoy no hay que hacer nada más.</translation>
    </message>
    <message>
        <source>No trouble</source>
        <translation>Sin dificultad</translation>
    </message>
    <message>
        <source>Some trouble</source>
        <translation>Algo de dificultad</translation>
    </message>
    <message>
        <source>A lot of trouble</source>
        <translation>Mucha dificultad</translation>
    </message>
    <message>
        <source>Cannot do it</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>This past week, how were buttons, zips and picking up small things?</source>
        <translation>Esta última semana, ¿qué tal con los botones, las cremalleras y al coger cosas pequeñas?</translation>
    </message>
    <message>
        <source>This past week, how were buttons, zips and picking up small things for them?</source>
        <translation>Esta última semana, ¿qué tal le fue con los botones, las cremalleras y al coger cosas pequeñas?</translation>
    </message>
    <message>
        <source>Buttons and small things</source>
        <translation>Botones y cosas pequeñas</translation>
    </message>
    <message>
        <source>This past week, how were walking and keeping your balance?</source>
        <translation>Esta última semana, ¿qué tal al caminar y al mantener el equilibrio?</translation>
    </message>
    <message>
        <source>This past week, how were walking and keeping their balance for them?</source>
        <translation>Esta última semana, ¿qué tal le fue al caminar y al mantener el equilibrio?</translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation>Caminar y equilibrio</translation>
    </message>
    <message>
        <source>This past week, did you fall, or nearly fall?</source>
        <translation>Esta última semana, ¿se cayó o estuvo a punto de caerse?</translation>
    </message>
    <message>
        <source>This past week, did they fall, or nearly fall?</source>
        <translation>Esta última semana, ¿se cayó o estuvo a punto de caerse la persona?</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nearly fell</source>
        <translation>Casi una caída</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Una caída</translation>
    </message>
    <message>
        <source>This past week, did pain, tingling or numbness get in the way of sleep?</source>
        <translation>Esta última semana, ¿el dolor, el hormigueo o el entumecimiento no le dejaron dormir bien?</translation>
    </message>
    <message>
        <source>This past week, did pain, tingling or numbness get in the way of their sleep?</source>
        <translation>Esta última semana, ¿el dolor, el hormigueo o el entumecimiento no dejaron dormir bien a la persona?</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>No, nada</translation>
    </message>
    <message>
        <source>Some nights</source>
        <translation>Algunas noches</translation>
    </message>
    <message>
        <source>Most nights</source>
        <translation>Casi todas las noches</translation>
    </message>
    <message>
        <source>Hardly slept</source>
        <translation>Casi sin dormir</translation>
    </message>
    <message>
        <source>I nearly fell</source>
        <translation>Casi me caigo</translation>
    </message>
    <message>
        <source>They nearly fell</source>
        <translation>Casi se cae</translation>
    </message>
    <message>
        <source>I fell</source>
        <translation>Me caí</translation>
    </message>
    <message>
        <source>They fell</source>
        <translation>Se cayó</translation>
    </message>
    <message>
        <source>Falls and near falls are worth telling your care team about, even without an injury.</source>
        <translation>Vale la pena contar a su equipo médico las caídas y las casi caídas, aunque no haya lesión.</translation>
    </message>
    <message>
        <source>Falls and near falls are worth telling their care team about, even without an injury.</source>
        <translation>Vale la pena contar a su equipo médico las caídas y las casi caídas, aunque no haya lesión.</translation>
    </message>
    <message>
        <source>If you were hurt in the fall:</source>
        <translation>Si se hizo daño al caerse:</translation>
    </message>
    <message>
        <source>If they were hurt:</source>
        <translation>Si la persona se hizo daño:</translation>
    </message>
    <message>
        <source>Start with your right foot.</source>
        <translation>Empiece por su pie derecho.</translation>
    </message>
    <message>
        <source>Start with your left foot.</source>
        <translation>Empiece por su pie izquierdo.</translation>
    </message>
    <message>
        <source>Start with your right hand.</source>
        <translation>Empiece por su mano derecha.</translation>
    </message>
    <message>
        <source>Start with your left hand.</source>
        <translation>Empiece por su mano izquierda.</translation>
    </message>
    <message>
        <source>Start with your right leg.</source>
        <translation>Empiece por su pierna derecha.</translation>
    </message>
    <message>
        <source>Start with your left leg.</source>
        <translation>Empiece por su pierna izquierda.</translation>
    </message>
    <message>
        <source>Start with your right arm.</source>
        <translation>Empiece por su brazo derecho.</translation>
    </message>
    <message>
        <source>Start with your left arm.</source>
        <translation>Empiece por su brazo izquierdo.</translation>
    </message>
    <message>
        <source>Start with their right foot.</source>
        <translation>Empiece por el pie derecho de la persona.</translation>
    </message>
    <message>
        <source>Start with their left foot.</source>
        <translation>Empiece por el pie izquierdo de la persona.</translation>
    </message>
    <message>
        <source>Start with their right hand.</source>
        <translation>Empiece por la mano derecha de la persona.</translation>
    </message>
    <message>
        <source>Start with their left hand.</source>
        <translation>Empiece por la mano izquierda de la persona.</translation>
    </message>
    <message>
        <source>Start with their right leg.</source>
        <translation>Empiece por la pierna derecha de la persona.</translation>
    </message>
    <message>
        <source>Start with their left leg.</source>
        <translation>Empiece por la pierna izquierda de la persona.</translation>
    </message>
    <message>
        <source>Start with their right arm.</source>
        <translation>Empiece por el brazo derecho de la persona.</translation>
    </message>
    <message>
        <source>Start with their left arm.</source>
        <translation>Empiece por el brazo izquierdo de la persona.</translation>
    </message>
    <message>
        <source>Now the right foot.</source>
        <translation>Ahora, el pie derecho.</translation>
    </message>
    <message>
        <source>Now the left foot.</source>
        <translation>Ahora, el pie izquierdo.</translation>
    </message>
    <message>
        <source>Now the right hand.</source>
        <translation>Ahora, la mano derecha.</translation>
    </message>
    <message>
        <source>Now the left hand.</source>
        <translation>Ahora, la mano izquierda.</translation>
    </message>
    <message>
        <source>Now the right leg.</source>
        <translation>Ahora, la pierna derecha.</translation>
    </message>
    <message>
        <source>Now the left leg.</source>
        <translation>Ahora, la pierna izquierda.</translation>
    </message>
    <message>
        <source>Now the right arm.</source>
        <translation>Ahora, el brazo derecho.</translation>
    </message>
    <message>
        <source>Now the left arm.</source>
        <translation>Ahora, el brazo izquierdo.</translation>
    </message>
    <message>
        <source>Now their right foot.</source>
        <translation>Ahora, el pie derecho de la persona.</translation>
    </message>
    <message>
        <source>Now their left foot.</source>
        <translation>Ahora, el pie izquierdo de la persona.</translation>
    </message>
    <message>
        <source>Now their right hand.</source>
        <translation>Ahora, la mano derecha de la persona.</translation>
    </message>
    <message>
        <source>Now their left hand.</source>
        <translation>Ahora, la mano izquierda de la persona.</translation>
    </message>
    <message>
        <source>Now their right leg.</source>
        <translation>Ahora, la pierna derecha de la persona.</translation>
    </message>
    <message>
        <source>Now their left leg.</source>
        <translation>Ahora, la pierna izquierda de la persona.</translation>
    </message>
    <message>
        <source>Now their right arm.</source>
        <translation>Ahora, el brazo derecho de la persona.</translation>
    </message>
    <message>
        <source>Now their left arm.</source>
        <translation>Ahora, el brazo izquierdo de la persona.</translation>
    </message>
    <message>
        <source>The right foot is left out today.</source>
        <translation>Hoy se deja fuera el pie derecho.</translation>
    </message>
    <message>
        <source>The left foot is left out today.</source>
        <translation>Hoy se deja fuera el pie izquierdo.</translation>
    </message>
    <message>
        <source>The right hand is left out today.</source>
        <translation>Hoy se deja fuera la mano derecha.</translation>
    </message>
    <message>
        <source>The left hand is left out today.</source>
        <translation>Hoy se deja fuera la mano izquierda.</translation>
    </message>
    <message>
        <source>Get ready: {routine}. First: {step}.</source>
        <translation>Prepárese: {routine}. Primero: {step}.</translation>
    </message>
    <message>
        <source>Get ready. Next: {step}.</source>
        <translation>Prepárese. Siguiente: {step}.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Vamos por la mitad.</translation>
    </message>
    <message>
        <source>{seconds} more seconds.</source>
        <translation>{seconds} segundos más.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sesión parada.</translation>
    </message>
    <message>
        <source>Both hands are left out today.</source>
        <translation>Hoy se dejan fuera las dos manos.</translation>
    </message>
    <message>
        <source>Both feet are left out today.</source>
        <translation>Hoy se dejan fuera los dos pies.</translation>
    </message>
    <message>
        <source>Keep it clean and covered.</source>
        <translation>Mantenga la zona limpia y tapada.</translation>
    </message>
    <message>
        <source>Once more.</source>
        <translation>Una vez más.</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, holding each for %2</source>
        <translation>%1, manteniendo %2 cada vez</translation>
    </message>
    <message>
        <source>Hold for %1</source>
        <translation>Mantenga durante %1</translation>
    </message>
    <message>
        <source>Follow my computer</source>
        <translation>Igual que mi ordenador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Only when the voice is silent</source>
        <translation>Solo cuando no hay voz</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como está escrito</translation>
    </message>
    <message>
        <source>A little slower (×1.25)</source>
        <translation>Un poco más lento (×1,25)</translation>
    </message>
    <message>
        <source>Slower (×1.5)</source>
        <translation>Más lento (×1,5)</translation>
    </message>
    <message>
        <source>Twice as long (×2)</source>
        <translation>El doble de largo (×2)</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Quimioterapia</translation>
    </message>
    <message>
        <source>An injury</source>
        <translation>Una lesión</translation>
    </message>
    <message>
        <source>An infection</source>
        <translation>Una infección</translation>
    </message>
    <message>
        <source>An autoimmune illness</source>
        <translation>Una enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Una notificación del escritorio</translation>
    </message>
    <message>
        <source>A small window</source>
        <translation>Una ventana pequeña</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>The same as the screen</source>
        <translation>Igual que la pantalla</translation>
    </message>
    <message>
        <source>As is usual where I live</source>
        <translation>Lo habitual donde vivo</translation>
    </message>
    <message>
        <source>Celsius (°C)</source>
        <translation>Celsius (°C)</translation>
    </message>
    <message>
        <source>Fahrenheit (°F)</source>
        <translation>Fahrenheit (°F)</translation>
    </message>
    <message>
        <source>How it looks</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>The language of the screens, the routines and the report: the computer&apos;s, or one chosen.</source>
        <translation>El idioma de las pantallas, las rutinas y el informe: el del ordenador o el que usted elija.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language the voice speaks, when the listener prefers another than the reader.</source>
        <translation>El idioma en que habla la voz, si quien escucha prefiere otro distinto del de quien lee.</translation>
    </message>
    <message>
        <source>Language of the voice</source>
        <translation>Idioma de la voz</translation>
    </message>
    <message>
        <source>How temperatures are written, in the questions, the check-ins and the report.</source>
        <translation>Cómo se escriben las temperaturas en las preguntas, las revisiones y el informe.</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>The voice that speaks the instructions; empty for the engine&apos;s default.</source>
        <translation>La voz que lee las instrucciones; vacío para la voz predeterminada del motor de voz.</translation>
    </message>
    <message>
        <source>How fast the voice speaks, in words a minute.</source>
        <translation>La rapidez con que habla la voz, en palabras por minuto.</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>How loud the voice and the chime are (percent).</source>
        <translation>El volumen de la voz y del tono (porcentaje).</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>The sound output to use; empty for the system&apos;s default.</source>
        <translation>La salida de sonido que se usa; vacío para la predeterminada del sistema.</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Salida de sonido</translation>
    </message>
    <message>
        <source>Silence the voice and the chime; instructions stay on screen.</source>
        <translation>Silenciar la voz y el tono; las instrucciones siguen en la pantalla.</translation>
    </message>
    <message>
        <source>Mute the voice and the chime</source>
        <translation>Silenciar la voz y el tono</translation>
    </message>
    <message>
        <source>A soft chime when a new step begins.</source>
        <translation>Un tono suave cuando empieza un paso nuevo.</translation>
    </message>
    <message>
        <source>Play a soft chime when a new step begins</source>
        <translation>Tocar un tono suave cuando empieza un paso nuevo</translation>
    </message>
    <message>
        <source>Show what the voice says on screen: always, or only when the voice is silent.</source>
        <translation>Mostrar en la pantalla lo que dice la voz: siempre, o solo cuando no hay voz.</translation>
    </message>
    <message>
        <source>Show what the voice says</source>
        <translation>Mostrar lo que dice la voz</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Who gives the massage</source>
        <translation>Quién da el masaje</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mis contactos</translation>
    </message>
    <message>
        <source>These numbers are shown whenever NeuroGuide says whom to call.</source>
        <translation>Estos números se muestran siempre que NeuroGuide dice a quién llamar.</translation>
    </message>
    <message>
        <source>The report for your clinician</source>
        <translation>El informe para su médico</translation>
    </message>
    <message>
        <source>What the report you take to your appointments says and how it is printed.</source>
        <translation>Lo que dice el informe que lleva a sus citas y cómo se imprime.</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Recordatorio de la mañana</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>name and number</source>
        <translation>nombre y número</translation>
    </message>
    <message>
        <source>Colours: follow the computer&apos;s light, dark or high-contrast choice, or always use one.</source>
        <translation>Colores: seguir la opción clara, oscura o de alto contraste del ordenador, o usar siempre una.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Text size, in percent of the computer&apos;s own.</source>
        <translation>Tamaño del texto, en porcentaje del tamaño del ordenador.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Show the illustrations&apos; strokes without moving them.</source>
        <translation>Mostrar los movimientos del masaje en los dibujos, sin animación.</translation>
    </message>
    <message>
        <source>Keep the pictures still (no moving strokes)</source>
        <translation>Dibujos quietos (sin animación)</translation>
    </message>
    <message>
        <source>Reading time before the timer starts, so the first step can be read first (seconds).</source>
        <translation>Tiempo para leer antes de que empiece el temporizador, para poder leer antes el primer paso (segundos).</translation>
    </message>
    <message>
        <source>Reading time before the timer starts</source>
        <translation>Tiempo para leer antes del temporizador</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Give the same reading time before every step, not only the first.</source>
        <translation>Dar el mismo tiempo para leer antes de cada paso, no solo del primero.</translation>
    </message>
    <message>
        <source>Give reading time before every step</source>
        <translation>Tiempo para leer antes de cada paso</translation>
    </message>
    <message>
        <source>Make every step longer by this much: 1.5 gives half as long again, 2 twice as long.</source>
        <translation>Alargar cada paso esta cantidad: 1,5 lo alarga la mitad, 2 lo hace el doble de largo.</translation>
    </message>
    <message>
        <source>Pace of every step</source>
        <translation>Ritmo de cada paso</translation>
    </message>
    <message>
        <source>No countdown: each step lasts until you move on to the next.</source>
        <translation>Sin cuenta atrás: cada paso dura hasta que usted pasa al siguiente.</translation>
    </message>
    <message>
        <source>No countdown: I&apos;ll say when to move on</source>
        <translation>Sin cuenta atrás: yo digo cuándo seguir</translation>
    </message>
    <message>
        <source>Two minutes of gentle warming before each massage routine.</source>
        <translation>Dos minutos de calentamiento suave antes de cada rutina de masaje.</translation>
    </message>
    <message>
        <source>Begin each routine with a short warm-up</source>
        <translation>Empezar cada rutina con un breve calentamiento</translation>
    </message>
    <message>
        <source>Two minutes of slow, settling strokes after each massage routine.</source>
        <translation>Dos minutos de movimientos lentos y relajantes después de cada rutina de masaje.</translation>
    </message>
    <message>
        <source>End each routine with a short cool-down</source>
        <translation>Terminar cada rutina con una breve vuelta a la calma</translation>
    </message>
    <message>
        <source>Ask the safety questions before each session.</source>
        <translation>Hacer las preguntas de seguridad antes de cada sesión.</translation>
    </message>
    <message>
        <source>Ask the safety questions before each session</source>
        <translation>Hacer las preguntas de seguridad antes de cada sesión</translation>
    </message>
    <message>
        <source>After a session, at most once a week, offer a few questions about how daily life is going.</source>
        <translation>Después de una sesión, como mucho una vez a la semana, ofrecer unas preguntas sobre cómo va el día a día.</translation>
    </message>
    <message>
        <source>Once a week, ask how daily life is going</source>
        <translation>Preguntar una vez a la semana cómo va el día a día</translation>
    </message>
    <message>
        <source>What caused the neuropathy, if the person chose to say.</source>
        <translation>Qué causó la neuropatía, si la persona quiso decirlo.</translation>
    </message>
    <message>
        <source>What caused the neuropathy</source>
        <translation>Qué causó la neuropatía</translation>
    </message>
    <message>
        <source>After the daily foot check, offer to write down both feet&apos;s skin temperature: a foot warmer than the other can be the first sign of a problem in a foot too numb to hurt.</source>
        <translation>Después de la revisión diaria de los pies, ofrecer anotar la temperatura de la piel de los dos pies: un pie más caliente que el otro puede ser la primera señal de un problema en un pie demasiado entumecido para doler.</translation>
    </message>
    <message>
        <source>I have a foot skin thermometer</source>
        <translation>Tengo un termómetro de piel para los pies</translation>
    </message>
    <message>
        <source>Where the symptoms are, such as the left foot and the right foot.</source>
        <translation>Dónde están los síntomas, por ejemplo el pie izquierdo y el pie derecho.</translation>
    </message>
    <message>
        <source>Where the symptoms are</source>
        <translation>Dónde están los síntomas</translation>
    </message>
    <message>
        <source>Your date of birth, printed on the report for your clinician. You may leave it empty.</source>
        <translation>Su fecha de nacimiento, que aparece en el informe para su médico. Puede dejarla vacía.</translation>
    </message>
    <message>
        <source>Date of birth (optional)</source>
        <translation>Fecha de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>Suggest first the routines that can be done lying in bed or sitting back in a recliner.</source>
        <translation>Sugerir primero las rutinas que se pueden hacer en la cama o en un sillón reclinable.</translation>
    </message>
    <message>
        <source>Mostly in bed or in a recliner</source>
        <translation>Sobre todo en la cama o en un sillón reclinable</translation>
    </message>
    <message>
        <source>A caregiver gives the massage: the instructions and the voice speak to the helper.</source>
        <translation>Un cuidador da el masaje: las instrucciones y la voz se dirigen a quien ayuda.</translation>
    </message>
    <message>
        <source>A caregiver gives it: speak to the helper</source>
        <translation>Lo da un cuidador: hablar a quien ayuda</translation>
    </message>
    <message>
        <source>The name of the caregiver who last helped, offered again next time.</source>
        <translation>El nombre del cuidador que ayudó la última vez, que se vuelve a ofrecer la próxima vez.</translation>
    </message>
    <message>
        <source>Helper&apos;s name</source>
        <translation>Nombre de quien ayuda</translation>
    </message>
    <message>
        <source>the helper&apos;s name (optional)</source>
        <translation>el nombre de quien ayuda (opcional)</translation>
    </message>
    <message>
        <source>Your local emergency number, as you would dial it, such as 999, 112 or 911.</source>
        <translation>Su número local de emergencias, tal como lo marcaría, por ejemplo 999, 112 o 911.</translation>
    </message>
    <message>
        <source>for example 999, 112 or 911</source>
        <translation>por ejemplo 999, 112 o 911</translation>
    </message>
    <message>
        <source>Your cancer team&apos;s helpline: its name and number, as you would dial it.</source>
        <translation>El teléfono de ayuda de su equipo de oncología: nombre y número, tal como lo marcaría.</translation>
    </message>
    <message>
        <source>Your foot clinic: its name and number, as you would dial it.</source>
        <translation>Su unidad de pie diabético: nombre y número, tal como lo marcaría.</translation>
    </message>
    <message>
        <source>Your doctor: their name and number, as you would dial it.</source>
        <translation>Su médico: nombre y número, tal como lo marcaría.</translation>
    </message>
    <message>
        <source>The day of your last appointment. The report&apos;s first page says what changed since then; left empty, it looks at the whole period of the report.</source>
        <translation>El día de su última cita. La primera página del informe dice qué ha cambiado desde entonces; si lo deja vacío, se tiene en cuenta todo el periodo del informe.</translation>
    </message>
    <message>
        <source>Date of your last appointment</source>
        <translation>Fecha de su última cita</translation>
    </message>
    <message>
        <source>The paper the report is laid out on: A4, Letter, or the one your computer is set to.</source>
        <translation>El papel en el que se prepara el informe: A4, Carta o el que tenga configurado su ordenador.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Remind me each morning to do my routine.</source>
        <translation>Recordarme cada mañana que haga mi rutina.</translation>
    </message>
    <message>
        <source>Remind me to do my routine</source>
        <translation>Recordarme que haga mi rutina</translation>
    </message>
    <message>
        <source>The time of the reminder, as HH:MM.</source>
        <translation>La hora del recordatorio, como HH:MM.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>The days of the reminder.</source>
        <translation>Los días del recordatorio.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>The routine the reminder starts.</source>
        <translation>La rutina que abre el recordatorio.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>How the reminder comes: as the desktop&apos;s own notification, with Start, Snooze and Skip, or as a small window that comes to the front. Where the desktop shows no notifications, it is the window.</source>
        <translation>Cómo llega el recordatorio: como una notificación del propio escritorio, con Empezar, Posponer y Saltar hoy, o como una ventana pequeña que pasa al frente. Donde el escritorio no muestra notificaciones, es la ventana.</translation>
    </message>
    <message>
        <source>Show the reminder as</source>
        <translation>Mostrar el recordatorio como</translation>
    </message>
    <message>
        <source>Start NeuroGuide when you log in, so reminders can come.</source>
        <translation>Abrir NeuroGuide al encender el ordenador, para que lleguen los recordatorios.</translation>
    </message>
    <message>
        <source>Start with the desktop when I log in</source>
        <translation>Abrir al encender el ordenador</translation>
    </message>
    <message>
        <source>Start in the background, without the window.</source>
        <translation>Abrir en segundo plano, sin la ventana.</translation>
    </message>
    <message>
        <source>Start in the background, without the window</source>
        <translation>Abrir en segundo plano, sin la ventana</translation>
    </message>
    <message>
        <source>Your daily foot check</source>
        <translation>Su revisión diaria de los pies</translation>
    </message>
    <message>
        <source>Their daily foot check</source>
        <translation>La revisión diaria de sus pies</translation>
    </message>
    <message>
        <source>Short, for a bad day</source>
        <translation>Corta, para un mal día</translation>
    </message>
    <message>
        <source>Can be done in bed</source>
        <translation>Se puede hacer en la cama</translation>
    </message>
    <message>
        <source>Made for chemotherapy</source>
        <translation>Pensada para la quimioterapia</translation>
    </message>
    <message>
        <source>For your feet and hands</source>
        <translation>Para sus pies y manos</translation>
    </message>
    <message>
        <source>For their feet and hands</source>
        <translation>Para sus pies y manos</translation>
    </message>
    <message>
        <source>For your feet</source>
        <translation>Para sus pies</translation>
    </message>
    <message>
        <source>For their feet</source>
        <translation>Para sus pies</translation>
    </message>
    <message>
        <source>For your hands</source>
        <translation>Para sus manos</translation>
    </message>
    <message>
        <source>For their hands</source>
        <translation>Para sus manos</translation>
    </message>
    <message>
        <source>This is your guide&apos;s voice. Keep the pressure light, and stop if anything hurts.</source>
        <translation>Esta es la voz de su guía. Mantenga la presión ligera y pare si algo le duele.</translation>
    </message>
    <message>
        <source>Instructions are shown on screen.</source>
        <translation>Las instrucciones se muestran en la pantalla.</translation>
    </message>
    <message>
        <source>The voice is muted.</source>
        <translation>La voz está silenciada.</translation>
    </message>
    <message>
        <source>no speech engine is set up</source>
        <translation>no hay ningún motor de voz instalado</translation>
    </message>
    <message>
        <source>The usual voice is unavailable: %1. The system voice is used.</source>
        <translation>La voz habitual no está disponible: %1. Se usa la voz del sistema.</translation>
    </message>
    <message>
        <source>Speech is unavailable: %1.</source>
        <translation>La voz no está disponible: %1.</translation>
    </message>
    <message>
        <source>The voice stopped: %1. It comes back by itself when it can.</source>
        <translation>La voz se ha parado: %1. Volverá sola en cuanto pueda.</translation>
    </message>
    <message>
        <source>No sound output was found.</source>
        <translation>No se encontró ninguna salida de sonido.</translation>
    </message>
    <message>
        <source>the sound player stopped working</source>
        <translation>el reproductor de sonido dejó de funcionar</translation>
    </message>
    <message>
        <source>the sound player stopped answering</source>
        <translation>el reproductor de sonido dejó de responder</translation>
    </message>
    <message>
        <source>the sound player could not be started</source>
        <translation>no se pudo iniciar el reproductor de sonido</translation>
    </message>
    <message>
        <source>the sound output stopped working</source>
        <translation>la salida de sonido dejó de funcionar</translation>
    </message>
    <message>
        <source>the sound player stopped</source>
        <translation>el reproductor de sonido se ha parado</translation>
    </message>
    <message>
        <source>its icon in the system tray</source>
        <translation>use su icono en el área de notificaciones</translation>
    </message>
    <message>
        <source>starting NeuroGuide again</source>
        <translation>abra NeuroGuide de nuevo</translation>
    </message>
    <message>
        <source>NeuroGuide keeps running so your morning reminder can come. Open it again with %1; to end it completely, press Ctrl+Q or choose Quit.</source>
        <translation>NeuroGuide sigue abierto para que llegue su recordatorio de la mañana. Para volver a abrirlo, %1; para cerrarlo del todo, pulse Ctrl+Q o elija Salir.</translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation>¿Cómo se encuentra?</translation>
    </message>
    <message>
        <source>How is %1 feeling?</source>
        <translation>¿Cómo se encuentra %1?</translation>
    </message>
    <message>
        <source>How are they feeling?</source>
        <translation>¿Cómo se encuentra la persona?</translation>
    </message>
    <message>
        <source>Before you start: how do you feel?</source>
        <translation>Antes de empezar: ¿cómo se siente?</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>¿Cómo se siente ahora?</translation>
    </message>
    <message>
        <source>Before you start: how does %1 feel?</source>
        <translation>Antes de empezar: ¿cómo se siente %1?</translation>
    </message>
    <message>
        <source>How does %1 feel now?</source>
        <translation>¿Cómo se siente %1 ahora?</translation>
    </message>
    <message>
        <source>Before you start: how does the person you help feel?</source>
        <translation>Antes de empezar: ¿cómo se siente la persona a la que ayuda?</translation>
    </message>
    <message>
        <source>How does the person you helped feel now?</source>
        <translation>¿Cómo se siente ahora la persona a la que ayudó?</translation>
    </message>
    <message>
        <source>%1. Ask them to score each from 0 (not at all) to 10 (the worst they can imagine). Leave any they would rather not score.</source>
        <translation>%1. Pídale que puntúe cada uno de 0 (nada) a 10 (lo peor que pueda imaginar). Deje en blanco los que la persona prefiera no puntuar.</translation>
    </message>
    <message>
        <source>%1. Score each from 0 (not at all) to 10 (the worst you can imagine). Leave any you would rather not score.</source>
        <translation>%1. Puntúe cada uno de 0 (nada) a 10 (lo peor que pueda imaginar). Deje en blanco los que prefiera no puntuar.</translation>
    </message>
    <message>
        <source>I did it myself</source>
        <translation>Lo hice sin ayuda</translation>
    </message>
    <message>
        <source>%1 did it alone</source>
        <translation>%1 lo hizo sin ayuda</translation>
    </message>
    <message>
        <source>They did it alone</source>
        <translation>Lo hizo sin ayuda</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Don&apos;t ask before sessions</source>
        <translation>No preguntar antes de las sesiones</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar y empezar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Revisión de la piel</translation>
    </message>
    <message>
        <source>Tick what you see now. Leave all empty if the skin looks as usual.</source>
        <translation>Marque lo que ve ahora. Deje todo sin marcar si la piel está como siempre.</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Enrojecimiento</translation>
    </message>
    <message>
        <source>Blister</source>
        <translation>Ampolla</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Moratón</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>Sore afterwards</source>
        <translation>Molestias después</translation>
    </message>
    <message>
        <source>Tired afterwards</source>
        <translation>Cansancio después</translation>
    </message>
    <message>
        <source>Who did the massage?</source>
        <translation>¿Quién dio el masaje?</translation>
    </message>
    <message>
        <source>Anything else to remember (optional)</source>
        <translation>Algo más que recordar (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A caregiver:</source>
        <translation>Un cuidador:</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nombre del cuidador</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Minutes: %1 of %2</source>
        <translation>Minutos: %1 de %2</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Pasos hechos: %1 de %2</translation>
    </message>
    <message>
        <source>How it ended: %1</source>
        <translation>Cómo terminó: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>self</source>
        <translation>la propia persona</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Skin: %1</source>
        <translation>Piel: %1</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>como siempre</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>in degrees Fahrenheit</source>
        <translation>en grados Fahrenheit</translation>
    </message>
    <message>
        <source>in degrees Celsius</source>
        <translation>en grados Celsius</translation>
    </message>
    <message>
        <source>such as %1</source>
        <translation>por ejemplo %1</translation>
    </message>
    <message>
        <source>Foot skin temperature</source>
        <translation>Temperatura de la piel de los pies</translation>
    </message>
    <message>
        <source>Measure the same places on both their feet, at the same time each day, as the foot clinic showed you.</source>
        <translation>Mida los mismos puntos en los dos pies de la persona, a la misma hora cada día, como le enseñaron en su unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Measure the same places on both feet, at the same time each day, as your foot clinic showed you.</source>
        <translation>Mida los mismos puntos en los dos pies, a la misma hora cada día, como le enseñaron en su unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>How daily life is going</source>
        <translation>Cómo va el día a día</translation>
    </message>
    <message>
        <source>A few questions about the past week, for you and your care team: a change in what you can do matters to them. Answer the ones you like and leave the rest.</source>
        <translation>Unas preguntas sobre la última semana, para usted y su equipo médico: a ellos les importa si cambia lo que usted puede hacer. Conteste las que quiera y deje las demás.</translation>
    </message>
    <message>
        <source>Questions about daily life</source>
        <translation>Preguntas sobre el día a día</translation>
    </message>
    <message>
        <source>Don&apos;t offer these after sessions</source>
        <translation>No ofrecerlas después de las sesiones</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Esta semana no</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>Añadir una marca</translation>
    </message>
    <message>
        <source>Mark a day that matters, such as an infusion or a new medicine.</source>
        <translation>Marque un día importante, como un tratamiento por vena o un medicamento nuevo.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>for example: infusion</source>
        <translation>por ejemplo: tratamiento por vena</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Who is this session for?</source>
        <translation>¿Para quién es esta sesión?</translation>
    </message>
    <message>
        <source>Each person has their own settings, safety answers and history. Choose a person to switch.</source>
        <translation>Cada persona tiene sus propios ajustes, respuestas de seguridad e historial. Para cambiar, elija una persona.</translation>
    </message>
    <message>
        <source>This person&apos;s name</source>
        <translation>Nombre de esta persona</translation>
    </message>
    <message>
        <source>a name, so you can tell people apart</source>
        <translation>un nombre, para distinguir a las personas</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <source>Add someone you care for</source>
        <translation>Añadir a alguien a quien cuida</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nombre de la nueva persona</translation>
    </message>
    <message>
        <source>Add and switch</source>
        <translation>Añadir y cambiar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>No se pudo guardar el nombre: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Please type their name first.</source>
        <translation>Primero escriba su nombre.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Posponer %1 min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Saltar hoy</translation>
    </message>
    <message>
        <source>Before you start: is it safe today?</source>
        <translation>Antes de empezar: ¿es seguro hoy?</translation>
    </message>
    <message>
        <source>Answer each question. The answers decide what is safe to massage today.</source>
        <translation>Conteste cada pregunta. Las respuestas deciden qué es seguro masajear hoy.</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today, because of cancer treatment</source>
        <translation>Hoy, por el tratamiento del cáncer</translation>
    </message>
    <message>
        <source>About you: asked once, then remembered</source>
        <translation>Sobre usted: se pregunta una vez y se recuerda</translation>
    </message>
    <message>
        <source>About you: remembered from before</source>
        <translation>Sobre usted: recordado de antes</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>What this means for today</source>
        <translation>Qué significa esto hoy</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Cambiar mis respuestas</translation>
    </message>
    <message>
        <source>Close: no session now</source>
        <translation>Cerrar: ahora no hay sesión</translation>
    </message>
    <message>
        <source>Questions still to answer before you can continue: %1.</source>
        <translation>Preguntas que faltan por contestar antes de continuar: %1.</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Todas las preguntas están contestadas.</translation>
    </message>
    <message>
        <source>No massage today</source>
        <translation>Hoy no hay masaje</translation>
    </message>
    <message>
        <source>This routine is not for today</source>
        <translation>Esta rutina no es para hoy</translation>
    </message>
    <message>
        <source>You can go ahead, with care</source>
        <translation>Puede seguir, con cuidado</translation>
    </message>
    <message>
        <source>Another routine may still be fine: the library has others.</source>
        <translation>Quizá otra rutina sí vaya bien: la biblioteca tiene más.</translation>
    </message>
    <message>
        <source>Left out today: %1.</source>
        <translation>Hoy se deja fuera: %1.</translation>
    </message>
    <message>
        <source>Steps left out today: %1.</source>
        <translation>Pasos que hoy se dejan fuera: %1.</translation>
    </message>
    <message>
        <source>Pressure today: %1.</source>
        <translation>Presión hoy: %1.</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>From your answer when you started using NeuroGuide. Still right?</source>
        <translation>Según lo que contestó cuando empezó a usar NeuroGuide. ¿Sigue siendo así?</translation>
    </message>
    <message>
        <source>Answered before. Still right?</source>
        <translation>Contestado antes. ¿Sigue siendo así?</translation>
    </message>
    <message>
        <source>Last answered on %1. Still right?</source>
        <translation>Contestado por última vez el %1. ¿Sigue siendo así?</translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation>La voz habitual</translation>
    </message>
    <message>
        <source>The usual voice for %1</source>
        <translation>La voz habitual para %1</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>La predeterminada del sistema</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectada)</translation>
    </message>
    <message>
        <source>for example 14 March 1950</source>
        <translation>por ejemplo 14 de marzo de 1950</translation>
    </message>
    <message>
        <source>Please write the day with its month in words, such as 14 March 1950.</source>
        <translation>Escriba el día con el mes en letras, por ejemplo 14 de marzo de 1950.</translation>
    </message>
    <message>
        <source>That day is still to come. Please give a day up to today.</source>
        <translation>Ese día todavía no ha llegado. Indique un día hasta hoy.</translation>
    </message>
    <message>
        <source>Please give a day from the year 1900 on.</source>
        <translation>Indique un día a partir del año 1900.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Todos los ajustes</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and are back to their defaults:</source>
        <translation>Algunos ajustes guardados no se pudieron usar y han vuelto a sus valores iniciales:</translation>
    </message>
    <message>
        <source>Card for a massage therapist…</source>
        <translation>Tarjeta para un masajista…</translation>
    </message>
    <message>
        <source>Save a printable card about you for a massage therapist</source>
        <translation>Guardar una tarjeta imprimible sobre usted para un masajista</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Estado de la tarjeta</translation>
    </message>
    <message>
        <source>Reminders are not available here.</source>
        <translation>Aquí no hay recordatorios disponibles.</translation>
    </message>
    <message>
        <source>Add to my calendar (.ics)…</source>
        <translation>Añadir a mi calendario (.ics)…</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Estado de la voz</translation>
    </message>
    <message>
        <source>Save the reminder for your calendar</source>
        <translation>Guardar el recordatorio para su calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Save the card for your massage therapist</source>
        <translation>Guardar la tarjeta para su masajista</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>No se pudo guardar la tarjeta: %1</translation>
    </message>
    <message>
        <source>Saved %1. Print it and hand it over.</source>
        <translation>Se guardó %1. Imprímala y entréguela.</translation>
    </message>
    <message>
        <source>Morning routine</source>
        <translation>Rutina de la mañana</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo de calendario: %1</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>Se guardó %1. Ábralo con su calendario.</translation>
    </message>
    <message>
        <source>The voice is ready.</source>
        <translation>La voz está lista.</translation>
    </message>
    <message>
        <source>The system voice is used.</source>
        <translation>Se usa la voz del sistema.</translation>
    </message>
    <message>
        <source>The reading could not be saved: %1.</source>
        <translation>No se pudo guardar la medición: %1.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: %1. The session goes on, and what was saved before is safe.</source>
        <translation>Ahora mismo no se puede guardar el historial: %1. La sesión sigue, y lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: %1.</source>
        <translation>Ahora mismo no se puede guardar el historial: %1.</translation>
    </message>
    <message>
        <source>Save your history</source>
        <translation>Guardar su historial</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full</source>
        <translation>el disco donde está %1 está lleno</translation>
    </message>
    <message>
        <source>it could not be written in %1 (%2)</source>
        <translation>no se pudo escribir en %1 (%2)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. Please choose another folder.</source>
        <translation>No se pudo guardar el archivo: %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>Se guardó %1 en %2.</translation>
    </message>
    <message>
        <source>The file could not be made: the history cannot be read.</source>
        <translation>No se pudo crear el archivo: no se puede leer el historial.</translation>
    </message>
    <message>
        <source>The report for your clinician was saved to %1.</source>
        <translation>El informe para su médico se guardó en %1.</translation>
    </message>
    <message>
        <source>The report could not be made: the history cannot be read.</source>
        <translation>No se pudo crear el informe: no se puede leer el historial.</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Después de una sesión</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Antes de una sesión</translation>
    </message>
    <message>
        <source>Shaded: the change</source>
        <translation>Sombreado: el cambio</translation>
    </message>
    <message>
        <source>Your markers</source>
        <translation>Sus marcas</translation>
    </message>
    <message>
        <source>Illustration of the step</source>
        <translation>Dibujo del paso</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Brazo derecho</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Brazo izquierdo</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Stopped by the person</source>
        <translation>Parada por la persona</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>%1, worse than last time (%2)</source>
        <translation>%1, peor que la última vez (%2)</translation>
    </message>
    <message>
        <source>Answer this week&apos;s questions…</source>
        <translation>Contestar las preguntas de esta semana…</translation>
    </message>
    <message>
        <source>Answer this week&apos;s questions about daily life</source>
        <translation>Contestar las preguntas de esta semana sobre el día a día</translation>
    </message>
    <message>
        <source>A few questions once a week about buttons and small things, walking and balance, falls and sleep. The answers go in the report for your clinician.</source>
        <translation>Unas preguntas una vez a la semana sobre botones y cosas pequeñas, caminar y equilibrio, caídas y sueño. Las respuestas van en el informe para su médico.</translation>
    </message>
    <message>
        <source>Last answered on %1:</source>
        <translation>Contestado por última vez el %1:</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Su historial</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Add a marker…</source>
        <translation>Añadir una marca…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Report for my clinician…</source>
        <translation>Informe para mi médico…</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendario de sesiones</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Your goal:</source>
        <translation>Su objetivo:</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> sesiones por semana</translation>
    </message>
    <message>
        <source>Your goal, sessions a week</source>
        <translation>Su objetivo, sesiones por semana</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Resumen del periodo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Show older sessions</source>
        <translation>Mostrar sesiones anteriores</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 sessions.</source>
        <translation>Se muestran las %1 sesiones más recientes de %2.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
    <message>
        <source>Days of the month; days with a session that counts are marked, days with one that ended early are underlined</source>
        <translation>Días del mes; los días con una sesión que cuenta están marcados, y los días con una que terminó antes de tiempo están subrayados</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Qué muestra el gráfico</translation>
    </message>
    <message>
        <source>Show %1 on the chart</source>
        <translation>Mostrar %1 en el gráfico</translation>
    </message>
    <message>
        <source>Scores: 0 is none, 10 is the worst</source>
        <translation>Puntuaciones: 0 es nada, 10 es lo peor</translation>
    </message>
    <message>
        <source>Show the scores for: %1</source>
        <translation>Mostrar las puntuaciones de: %1</translation>
    </message>
    <message>
        <source>The chart shows sessions scored both before and after. None in this period yet.</source>
        <translation>El gráfico muestra las sesiones puntuadas antes y después. Aún no hay ninguna en este periodo.</translation>
    </message>
    <message>
        <source>No %1 scores for the %2, before and after, in this period.</source>
        <translation>No hay puntuaciones de %1 en %2, antes y después, en este periodo.</translation>
    </message>
    <message>
        <source>Chart of %1 scores, %2, before and after each session</source>
        <translation>Gráfico de las puntuaciones de %1, %2, antes y después de cada sesión</translation>
    </message>
    <message>
        <source>Chart of symptom scores</source>
        <translation>Gráfico de las puntuaciones de los síntomas</translation>
    </message>
    <message>
        <source>Markers: %1.</source>
        <translation>Marcas: %1.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>no cuenta</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 de %2 pasos</translation>
    </message>
    <message>
        <source>Sessions that end before half of their steps are shown, but not counted (this week: %1).</source>
        <translation>Las sesiones que terminan antes de la mitad de sus pasos se muestran, pero no cuentan (esta semana: %1).</translation>
    </message>
    <message>
        <source>%1 days in a row, today included. Lovely.</source>
        <translation>%1 días seguidos, contando hoy. Estupendo.</translation>
    </message>
    <message>
        <source>%1 days in a row so far; today&apos;s session would make it %2.</source>
        <translation>%1 días seguidos hasta ahora; con la sesión de hoy serían %2.</translation>
    </message>
    <message>
        <source>Today&apos;s session is done. Well done.</source>
        <translation>La sesión de hoy está hecha. Muy bien.</translation>
    </message>
    <message>
        <source>Pick a routine whenever you feel ready.</source>
        <translation>Elija una rutina cuando se sienta con ganas.</translation>
    </message>
    <message>
        <source>Today&apos;s session ended before half of its steps, so it is not counted yet.</source>
        <translation>La sesión de hoy terminó antes de la mitad de sus pasos, así que todavía no cuenta.</translation>
    </message>
    <message>
        <source>This week: %1 of your %2 sessions.</source>
        <translation>Esta semana: %1 de sus %2 sesiones.</translation>
    </message>
    <message>
        <source>No sessions in this period yet. After your first session, your scores will show here.</source>
        <translation>Aún no hay sesiones en este periodo. Después de su primera sesión, sus puntuaciones aparecerán aquí.</translation>
    </message>
    <message>
        <source>This week: %1. Your goal of %2 is reached.</source>
        <translation>Esta semana: %1. Ha llegado a su objetivo de %2.</translation>
    </message>
    <message>
        <source>%1 in this period, %2 finished.</source>
        <translation>%1 en este periodo, %2 terminadas.</translation>
    </message>
    <message>
        <source>Counted toward your goal: %1.</source>
        <translation>Cuentan para su objetivo: %1.</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Brazos</translation>
    </message>
    <message>
        <source>In the last week</source>
        <translation>En la última semana</translation>
    </message>
    <message>
        <source>In the last %1 weeks</source>
        <translation>En las últimas %1 semanas</translation>
    </message>
    <message>
        <source>In the last %1 months</source>
        <translation>En los últimos %1 meses</translation>
    </message>
    <message>
        <source>In the last %1 years</source>
        <translation>En los últimos %1 años</translation>
    </message>
    <message>
        <source>%1 in the %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>was on average %1 lower after a session than before</source>
        <translation>la puntuación media fue %1 más baja después de una sesión que antes</translation>
    </message>
    <message>
        <source>was on average %1 higher after a session than before</source>
        <translation>la puntuación media fue %1 más alta después de una sesión que antes</translation>
    </message>
    <message>
        <source>was on average the same before and after a session</source>
        <translation>la puntuación media fue igual antes y después de una sesión</translation>
    </message>
    <message>
        <source>%1, %2 %3, over %4 sessions.</source>
        <translation>%1, %2: %3, en %4 sesiones.</translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation>Mes de %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>%1: before %2, after %3, over %4.</source>
        <translation>%1: antes %2, después %3, en %4.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1, source for %2, in your browser</source>
        <translation>Abrir %1, fuente de %2, en su navegador</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Today is a bad day</source>
        <translation>Hoy es un mal día</translation>
    </message>
    <message>
        <source>Show the short, gentle routines first, until tonight</source>
        <translation>Mostrar primero las rutinas cortas y suaves, hasta esta noche</translation>
    </message>
    <message>
        <source>Massage can ease discomfort for a while; it does not cure neuropathy. Keep the pressure light, check your skin before and after, and ask your care team if you are unsure.</source>
        <translation>El masaje puede aliviar las molestias durante un tiempo; no cura la neuropatía. Mantenga la presión ligera, revise su piel antes y después, y pregunte a su equipo médico si tiene dudas.</translation>
    </message>
    <message>
        <source>No routines could be loaded.</source>
        <translation>No se pudo cargar ninguna rutina.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elija una rutina</translation>
    </message>
    <message>
        <source>People: who the session is for</source>
        <translation>Personas: para quién es la sesión</translation>
    </message>
    <message>
        <source>Learn: questions and answers about massage for neuropathy</source>
        <translation>Aprender: preguntas y respuestas sobre el masaje para la neuropatía</translation>
    </message>
    <message>
        <source>History: your sessions and reports</source>
        <translation>Historial: sus sesiones e informes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Feet and legs</source>
        <translation>Pies y piernas</translation>
    </message>
    <message>
        <source>Hands and arms</source>
        <translation>Manos y brazos</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded. The others are ready to use.</source>
        <translation>
            <numerusform>No se pudo cargar %n archivo de rutinas. Los demás están listos para usar.</numerusform>
            <numerusform>No se pudieron cargar %n archivos de rutinas. Los demás están listos para usar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in routine files</source>
        <translation>Problemas en los archivos de rutinas</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Sugeridas para usted</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>For: %1. Change who the session is for</source>
        <translation>Para: %1. Cambiar para quién es la sesión</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>On your own</source>
        <translation>Sin ayuda</translation>
    </message>
    <message>
        <source>Given by a caregiver</source>
        <translation>Lo da un cuidador</translation>
    </message>
    <message>
        <source>On your own or with a helper</source>
        <translation>Con o sin ayuda</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop this session? The timer is paused while you decide.</source>
        <translation>¿Parar esta sesión? El temporizador está en pausa mientras decide.</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Parar ahora</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Did you find anything on their skin: a cut, blister, crack, redness or swelling?</source>
        <translation>¿Encontró algo en la piel de la persona: un corte, una ampolla, una grieta, enrojecimiento o hinchazón?</translation>
    </message>
    <message>
        <source>Did you find anything on your skin: a cut, blister, crack, redness or swelling?</source>
        <translation>¿Encontró algo en su piel: un corte, una ampolla, una grieta, enrojecimiento o hinchazón?</translation>
    </message>
    <message>
        <source>No, nothing</source>
        <translation>No, nada</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Las dos manos</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Los dos pies</translation>
    </message>
    <message>
        <source>%1: is any of it hot, red or swollen, or has its shape changed?</source>
        <translation>%1: ¿hay alguna zona caliente, roja o hinchada, o ha cambiado de forma?</translation>
    </message>
    <message>
        <source>Yes: stop now</source>
        <translation>Sí: parar ahora</translation>
    </message>
    <message>
        <source>No, none of these</source>
        <translation>No, nada de esto</translation>
    </message>
    <message>
        <source>Change my answer</source>
        <translation>Cambiar mi respuesta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Repeat this step (R)</source>
        <translation>Repetir este paso (R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Add 30 seconds to this step (+)</source>
        <translation>Añadir 30 segundos a este paso (+)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Skip this side</source>
        <translation>Saltar este lado</translation>
    </message>
    <message>
        <source>Skip this side today (S)</source>
        <translation>Saltar este lado hoy (S)</translation>
    </message>
    <message>
        <source>Something&apos;s wrong</source>
        <translation>Algo va mal</translation>
    </message>
    <message>
        <source>Something&apos;s wrong: stop now (W)</source>
        <translation>Algo va mal: parar ahora (W)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Parar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Seguir (Espacio)</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>los dos pies</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <source>right foot only</source>
        <translation>solo el pie derecho</translation>
    </message>
    <message>
        <source>left foot only</source>
        <translation>solo el pie izquierdo</translation>
    </message>
    <message>
        <source>both hands</source>
        <translation>las dos manos</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>mano derecha</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>mano izquierda</translation>
    </message>
    <message>
        <source>right hand only</source>
        <translation>solo la mano derecha</translation>
    </message>
    <message>
        <source>left hand only</source>
        <translation>solo la mano izquierda</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>You finished %1: %2, %3 of %4 steps, %5.</source>
        <translation>Ha terminado %1: %2, %3 de %4 pasos, %5.</translation>
    </message>
    <message>
        <source>You finished %1: %2, %3 of %4 steps.</source>
        <translation>Ha terminado %1: %2, %3 de %4 pasos.</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>You reached the end of %1: %2, %3 of %4 steps done in full, %5.</source>
        <translation>Ha llegado al final de %1: %2, %3 de %4 pasos hechos por completo, %5.</translation>
    </message>
    <message>
        <source>You reached the end of %1: %2, %3 of %4 steps done in full.</source>
        <translation>Ha llegado al final de %1: %2, %3 de %4 pasos hechos por completo.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión parada</translation>
    </message>
    <message>
        <source>You stopped after %1, with %2 of %3 steps done, %4.</source>
        <translation>Paró después de %1, con %2 de %3 pasos hechos, %4.</translation>
    </message>
    <message>
        <source>You stopped after %1, with %2 of %3 steps done.</source>
        <translation>Paró después de %1, con %2 de %3 pasos hechos.</translation>
    </message>
    <message>
        <source>Enough of it was done to count toward your week.</source>
        <translation>Se hizo lo suficiente para que cuente en su semana.</translation>
    </message>
    <message>
        <source>It is in your history, but does not count toward your week.</source>
        <translation>Está en su historial, pero no cuenta en su semana.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered, leave it out of massage, and call their foot clinic or doctor today: with diabetes a small wound can turn serious quickly.</source>
        <translation>Encontrado hoy: %1. Mantenga la zona limpia y tapada, déjela fuera del masaje y llame hoy a su unidad de pie diabético o a su médico: con diabetes, una herida pequeña puede agravarse rápidamente.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered, leave it out of massage, and call your foot clinic or doctor today: with diabetes a small wound can turn serious quickly.</source>
        <translation>Encontrado hoy: %1. Mantenga la zona limpia y tapada, déjela fuera del masaje y llame hoy a su unidad de pie diabético o a su médico: con diabetes, una herida pequeña puede agravarse rápidamente.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered and leave it out of massage until it heals. If it spreads, gets hot or swollen, or is no better in a few days, call their doctor.</source>
        <translation>Encontrado hoy: %1. Mantenga la zona limpia y tapada, y déjela fuera del masaje hasta que se cure. Si se extiende, se calienta o se hincha, o no mejora en unos días, llame a su médico.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered and leave it out of massage until it heals. If it spreads, gets hot or swollen, or is no better in a few days, call your doctor.</source>
        <translation>Encontrado hoy: %1. Mantenga la zona limpia y tapada, y déjela fuera del masaje hasta que se cure. Si se extiende, se calienta o se hincha, o no mejora en unos días, llame a su médico.</translation>
    </message>
    <message>
        <source>The end of the session</source>
        <translation>Final de la sesión</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Hacerlo otra vez</translation>
    </message>
    <message>
        <source>Foot temperatures…</source>
        <translation>Temperatura de los pies…</translation>
    </message>
    <message>
        <source>Write down today&apos;s foot skin temperatures</source>
        <translation>Anotar la temperatura de la piel de los pies de hoy</translation>
    </message>
    <message>
        <source>Look at their skin once more for redness, blisters or broken skin. A foot that is red, hot or swollen: call their foot clinic or doctor now. Pain that flares up and stays: tell their doctor or nurse before the next session.</source>
        <translation>Mire la piel de la persona una vez más por si hay enrojecimiento, ampollas o piel abierta. Si un pie está rojo, caliente o hinchado: llame ahora mismo a su unidad de pie diabético o a su médico. Si un dolor aumenta y no se pasa: dígaselo a su médico o enfermera antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Look at your skin once more for redness, blisters or broken skin. A foot that is red, hot or swollen: call your foot clinic or doctor now. Pain that flares up and stays: tell your doctor or nurse before the next session.</source>
        <translation>Mire su piel una vez más por si hay enrojecimiento, ampollas o piel abierta. Si un pie está rojo, caliente o hinchado: llame ahora mismo a su unidad de pie diabético o a su médico. Si un dolor aumenta y no se pasa: dígaselo a su médico o enfermera antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Antes y después: %1</translation>
    </message>
    <message>
        <source>Stopped. Here is what to do.</source>
        <translation>Sesión parada. Esto es lo que hay que hacer.</translation>
    </message>
    <message>
        <source>Find what is happening below. When in doubt, ask for help: calling is never wrong.</source>
        <translation>Busque abajo lo que está pasando. Si tiene dudas, pida ayuda: llamar nunca está mal.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Guía por voz</translation>
    </message>
    <message>
        <source>Safety today</source>
        <translation>Seguridad hoy</translation>
    </message>
    <message>
        <source>Found at the skin check: %1. Left out today: keep it clean and covered.</source>
        <translation>Encontrado en la revisión de la piel: %1. Hoy se deja fuera: mantenga la zona limpia y tapada.</translation>
    </message>
    <message>
        <source>With diabetes, contact your foot clinic today.</source>
        <translation>Con diabetes, contacte hoy con su unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Skipped today: %1.</source>
        <translation>Saltado hoy: %1.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Cuántas veces</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>For the helper: ask how it feels as you go, and keep the pressure like smoothing on lotion. Stop at once if they say it hurts, burns or tingles more.</source>
        <translation>Para quien ayuda: pregunte qué tal lo nota mientras masajea, y mantenga la presión como al extender una crema. Pare enseguida si la persona dice que le duele, le quema o le hormiguea más.</translation>
    </message>
    <message>
        <source>Tips for the helper</source>
        <translation>Consejos para quien ayuda</translation>
    </message>
    <message>
        <source>What the voice says</source>
        <translation>Lo que dice la voz</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Time left on this step</source>
        <translation>Tiempo que queda en este paso</translation>
    </message>
    <message>
        <source>Time through this step</source>
        <translation>Tiempo transcurrido en este paso</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 left</source>
        <translation>Paso %1 de %2 · quedan %3</translation>
    </message>
    <message>
        <source>Answer the question below to go on.</source>
        <translation>Conteste la pregunta de abajo para seguir.</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume when you are ready.</source>
        <translation>En pausa. Pulse Espacio o Seguir cuando quiera.</translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the timer starts in %n s</source>
        <translation>
            <numerusform>Prepárese: el temporizador empieza en %n s</numerusform>
            <numerusform>Prepárese: el temporizador empieza en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No countdown: press Next (→) when you are ready to move on. About %1 is usual.</source>
        <translation>Sin cuenta atrás: pulse Siguiente (→) cuando quiera pasar al siguiente paso. Lo habitual: %1.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>Write down today&apos;s…</source>
        <translation>Anotar las de hoy…</translation>
    </message>
    <message>
        <source>Right foot %1, left foot %2</source>
        <translation>Pie derecho %1, pie izquierdo %2</translation>
    </message>
    <message>
        <source>Each day, after your foot check, write down the skin temperature of both feet. A foot more than %1 warmer than the other two days running needs rest and your foot clinic.</source>
        <translation>Cada día, después de la revisión de sus pies, anote la temperatura de la piel de los dos pies. Un pie más de %1 más caliente que el otro dos días seguidos necesita descanso y una llamada a su unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Last measured on %1: %2.</source>
        <translation>Última medición el %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n of the last 14 days.</source>
        <translation>
            <numerusform>Se midió en %n de los últimos 14 días.</numerusform>
            <numerusform>Se midió en %n de los últimos 14 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>A session, step by step</source>
        <translation>Una sesión, paso a paso</translation>
    </message>
    <message>
        <source>1. A few safety questions, so the massage suits you today.</source>
        <translation>1. Unas preguntas de seguridad, para que el masaje le vaya bien hoy.</translation>
    </message>
    <message>
        <source>2. Each step with a picture and a countdown, read aloud if you like.</source>
        <translation>2. Cada paso con un dibujo y una cuenta atrás, leído en voz alta si lo desea.</translation>
    </message>
    <message>
        <source>3. If you wish, how you feel before and after, kept on this computer.</source>
        <translation>3. Si lo desea, cómo se siente antes y después, guardado en este ordenador.</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Por qué preguntamos</translation>
    </message>
    <message>
        <source>Your answers put the routines that fit you first.</source>
        <translation>Sus respuestas ponen primero las rutinas que le van bien.</translation>
    </message>
    <message>
        <source>They stay on this computer. Skip any question you like.</source>
        <translation>Se quedan en este ordenador. Puede saltarse cualquier pregunta.</translation>
    </message>
    <message>
        <source>Drawing of a hand and a foot</source>
        <translation>Dibujo de una mano y un pie</translation>
    </message>
    <message>
        <source>A few questions (all optional)</source>
        <translation>Unas preguntas (todas opcionales)</translation>
    </message>
    <message>
        <source>What caused your neuropathy?</source>
        <translation>¿Qué causó su neuropatía?</translation>
    </message>
    <message>
        <source>Where are your symptoms?</source>
        <translation>¿Dónde tiene los síntomas?</translation>
    </message>
    <message>
        <source>Does someone help you with the massage?</source>
        <translation>¿Alguien le ayuda con el masaje?</translation>
    </message>
    <message>
        <source>No, I do it myself</source>
        <translation>No, lo hago sin ayuda</translation>
    </message>
    <message>
        <source>Yes, a caregiver helps</source>
        <translation>Sí, me ayuda un cuidador</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Puede cambiar todo esto más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>NeuroGuide walks you, or someone who helps you, through gentle hand and foot massage, step by step.</source>
        <translation>NeuroGuide le guía paso a paso, a usted o a quien le ayuda, en un masaje suave de manos y pies.</translation>
    </message>
    <message>
        <source>It is comfort and routine: massage can ease pain and tingling for a while. It does not cure neuropathy or repair nerves, and it is not a medical device.</source>
        <translation>Es bienestar y rutina: el masaje puede aliviar el dolor y el hormigueo durante un tiempo. No cura la neuropatía ni repara los nervios, y no es un dispositivo médico.</translation>
    </message>
    <message>
        <source>Talk to your doctor or nurse before you start, especially during chemotherapy, with diabetic foot problems, blood thinners or low platelets.</source>
        <translation>Hable con su médico o enfermera antes de empezar, sobre todo durante la quimioterapia, o si tiene problemas de pie diabético, toma anticoagulantes o tiene las plaquetas bajas.</translation>
    </message>
    <message>
        <source>Before each session it asks a few safety questions, and it always says when to stop.</source>
        <translation>Antes de cada sesión hace unas preguntas de seguridad, y siempre le dice cuándo parar.</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Saltar la bienvenida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Unas preguntas</translation>
    </message>
    <message>
        <source>Step %1 of 2</source>
        <translation>Paso %1 de 2</translation>
    </message>
    <message>
        <source>Made with NeuroGuide on %1. NeuroGuide is a self-care aid, not a medical device.</source>
        <translation>Creado con NeuroGuide el %1. NeuroGuide es una ayuda para el autocuidado, no un dispositivo médico.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>Notes for my massage therapist</source>
        <translation>Notas para mi masajista</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Contact in an emergency:</source>
        <translation>Contacto en caso de emergencia:</translation>
    </message>
    <message>
        <source>Neuropathy from:</source>
        <translation>Neuropatía por:</translation>
    </message>
    <message>
        <source>Where I feel it:</source>
        <translation>Dónde la siento:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Please keep in mind</source>
        <translation>Por favor, tenga en cuenta</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Shaded: the change from before to after (green lower, red higher)</source>
        <translation>Sombreado: el cambio de antes a después (verde, más bajo; rojo, más alto)</translation>
    </message>
    <message>
        <source>No scores given</source>
        <translation>Sin puntuaciones</translation>
    </message>
    <message>
        <source>at the skin check: %1</source>
        <translation>en la revisión de la piel: %1</translation>
    </message>
    <message>
        <source>soreness</source>
        <translation>molestias</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>no se pudo iniciar la impresora</translation>
    </message>
    <message>
        <source>Each panel averages the right and left side of one part of the body, a week at a time.</source>
        <translation>Cada gráfico muestra la media del lado derecho y el izquierdo de una parte del cuerpo, por semanas.</translation>
    </message>
    <message>
        <source>Each panel averages the right and left side of one part of the body, a month at a time.</source>
        <translation>Cada gráfico muestra la media del lado derecho y el izquierdo de una parte del cuerpo, por meses.</translation>
    </message>
    <message>
        <source>The table below gives each side on its own.</source>
        <translation>La tabla de abajo da cada lado por separado.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Numbered lines: %1.</source>
        <translation>Líneas numeradas: %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Average scores, before and after a session</source>
        <translation>Puntuaciones medias, antes y después de una sesión</translation>
    </message>
    <message>
        <source>No session in this period has scores both before and after.</source>
        <translation>Ninguna sesión de este periodo tiene puntuaciones de antes y de después.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Scores from 0 (none) to 10 (worst), for each hand and foot on its own. Each average rests on the sessions counted beside it: those with a score for that place both before and after. Changes from before to after a session have no control comparison: they may come from rest, expectation or the time of day as much as from the massage.</source>
        <translation>Puntuaciones de 0 (nada) a 10 (lo peor), para cada mano y cada pie por separado. Cada media se basa en las sesiones que figuran a su lado: las que tienen una puntuación de ese sitio antes y después. Los cambios de antes a después de una sesión no se comparan con un grupo de control: pueden deberse tanto al descanso, a las expectativas o a la hora del día como al masaje.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All %1 weeks</source>
        <translation>Todas las %1 semanas</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>The same foot was more than %2 warmer on two or more days running (the sign to rest it and call the foot clinic): %1.</source>
        <translation>El mismo pie estuvo más de %2 más caliente dos o más días seguidos (la señal para dejarlo descansar y llamar a la unidad de pie diabético): %1.</translation>
    </message>
    <message>
        <source>The same foot was never more than %1 warmer on two days running.</source>
        <translation>El mismo pie nunca estuvo más de %1 más caliente dos días seguidos.</translation>
    </message>
    <message>
        <source>Days measured in this period: %1; with one foot more than %3 warmer than the other: %2.</source>
        <translation>Días medidos en este periodo: %1; con un pie más de %3 más caliente que el otro: %2.</translation>
    </message>
    <message>
        <source>Right, %1</source>
        <translation>Derecho, %1</translation>
    </message>
    <message>
        <source>Left, %1</source>
        <translation>Izquierdo, %1</translation>
    </message>
    <message>
        <source>Warmer by over %1</source>
        <translation>Más de %1 más caliente</translation>
    </message>
    <message>
        <source>The newest %1 days measured, the last reading of each day. A difference over %2 on two days running means rest and a call to the foot clinic: %3</source>
        <translation>Los %1 últimos días medidos, con la última medición de cada día. Una diferencia de más de %2 dos días seguidos significa descanso y una llamada a la unidad de pie diabético: %3</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Every week of the period, Monday to Sunday; the first and last may be part weeks.</source>
        <translation>Todas las semanas del periodo, de lunes a domingo; la primera y la última pueden estar incompletas.</translation>
    </message>
    <message>
        <source>Routines used</source>
        <translation>Rutinas usadas</translation>
    </message>
    <message>
        <source>A week, on average</source>
        <translation>Por semana, de media</translation>
    </message>
    <message>
        <source>Skin findings and safety stops</source>
        <translation>Hallazgos en la piel y paradas por seguridad</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Found or why it stopped</source>
        <translation>Qué se encontró o por qué se paró</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Events the person marked on the timeline, numbered as on the chart.</source>
        <translation>Hechos que la persona marcó en la línea de tiempo, numerados como en el gráfico.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>The person&apos;s own notes</source>
        <translation>Notas de la propia persona</translation>
    </message>
    <message>
        <source>The person&apos;s own answers to a few questions asked once a week, each about the week before; a dash is a question left unanswered. Worsening function is what leads a cancer team to change the treatment (recommendation 2.1):</source>
        <translation>Las respuestas de la propia persona a unas preguntas hechas una vez a la semana, cada una sobre la semana anterior; un guion es una pregunta sin contestar. El empeoramiento de la función es lo que lleva a un equipo de oncología a cambiar el tratamiento (recomendación 2.1):</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>%1 is a self-care companion, not a medical device. It does not diagnose or treat; these records are the person&apos;s own.</source>
        <translation>%1 es un acompañante para el autocuidado, no un dispositivo médico. No diagnostica ni trata; estos registros son de la propia persona.</translation>
    </message>
    <message>
        <source>Self-massage sessions and symptoms</source>
        <translation>Sesiones de automasaje y síntomas</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Period: %1 to %2. Made with %3 on %4.</source>
        <translation>Periodo: del %1 al %2. Creado con %3 el %4.</translation>
    </message>
    <message>
        <source>Since your last appointment, on %1</source>
        <translation>Desde su última cita, el %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>The last appointment, on %1, is outside this period: this is the start of the period.</source>
        <translation>La última cita, el %1, queda fuera de este periodo: se usa el inicio del periodo.</translation>
    </message>
    <message>
        <source>No date of the last appointment was given: this is the start of the period.</source>
        <translation>No se indicó la fecha de la última cita: se usa el inicio del periodo.</translation>
    </message>
    <message>
        <source>There are too few sessions from the %1 before to compare with (%2).</source>
        <translation>Hay muy pocas sesiones en el periodo anterior de %1 para comparar (%2).</translation>
    </message>
    <message>
        <source>From the weekly questions about daily life:</source>
        <translation>De las preguntas semanales sobre el día a día:</translation>
    </message>
    <message>
        <source>What got worse, compared with the %1 before:</source>
        <translation>Qué empeoró, comparado con el periodo anterior de %1:</translation>
    </message>
    <message>
        <source>Nothing got worse, compared with the %1 before: no score given before a session was higher on average by %2 point or more, and no larger share of sessions had a skin finding or a safety stop.</source>
        <translation>Nada empeoró, comparado con el periodo anterior de %1: ninguna puntuación dada antes de una sesión fue más alta de media en %2 puntos o más, y no hubo más proporción de sesiones con un hallazgo en la piel o una parada por seguridad.</translation>
    </message>
    <message>
        <source>%1 (%2 finished, %3 stopped early, %4 interrupted), %5 minutes in all.</source>
        <translation>%1 (%2 terminadas, %3 paradas antes de tiempo, %4 interrumpidas), %5 minutos en total.</translation>
    </message>
    <message>
        <source>%1 since then (%2 a week); %3 in the %4 before (%5 a week).</source>
        <translation>%1 desde entonces (%2 por semana); %3 en el periodo anterior de %4 (%5 por semana).</translation>
    </message>
    <message>
        <source>%1, %2: %3 on average before sessions since then (%4), against %5 in the days before (%6).</source>
        <translation>%1, %2: %3 de media antes de las sesiones desde entonces (%4), frente a %5 en los días anteriores (%6).</translation>
    </message>
    <message>
        <source>Sessions with a skin finding: %1 of %2 since then, against %3 of %4 before.</source>
        <translation>Sesiones con un hallazgo en la piel: %1 de %2 desde entonces, frente a %3 de %4 antes.</translation>
    </message>
    <message>
        <source>Sessions stopped for safety: %1 of %2 since then, against %3 of %4 before.</source>
        <translation>Sesiones paradas por seguridad: %1 de %2 desde entonces, frente a %3 de %4 antes.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>A fall, in the weekly questions about daily life: %1.</source>
        <translation>Una caída, en las preguntas semanales sobre el día a día: %1.</translation>
    </message>
    <message>
        <source>%1: “%2” on %3, against “%4” on %5.</source>
        <translation>%1: «%2» el %3, frente a «%4» el %5.</translation>
    </message>
    <message>
        <source>Foot skin temperature: the same foot more than %2 warmer two days running: %1.</source>
        <translation>Temperatura de la piel de los pies: el mismo pie más de %2 más caliente dos días seguidos: %1.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the folder it was saved in</source>
        <translation>Mostrar la carpeta donde se guardó</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>The file is not there any more: %1.</source>
        <translation>El archivo ya no está: %1.</translation>
    </message>
    <message>
        <source>The file could not be opened: no program here opens it. It is saved as %1.</source>
        <translation>No se pudo abrir el archivo: aquí no hay ningún programa que lo abra. Está guardado como %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown.</source>
        <translation>No se pudo mostrar la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 (printed)</source>
        <translation>%1 (impreso)</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
    <message>
        <source>The report was printed to the file %1.</source>
        <translation>El informe se imprimió en el archivo %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>The report was sent to %1.</source>
        <translation>El informe se envió a %1.</translation>
    </message>
    <message>
        <source>the printer did not answer</source>
        <translation>la impresora no respondió</translation>
    </message>
    <message>
        <source>The report could not be printed: %1. The PDF is saved; you can open it and print it from there.</source>
        <translation>No se pudo imprimir el informe: %1. El PDF está guardado; puede abrirlo e imprimirlo desde ahí.</translation>
    </message>
    <message>
        <source>Other steps left out today: %1.</source>
        <translation>Otros pasos que hoy se dejan fuera: %1.</translation>
    </message>
    <message>
        <source>Do you have chest pain, or new or sudden shortness of breath, right now?</source>
        <translation>¿Tiene dolor en el pecho, o falta de aire nueva o repentina, ahora mismo?</translation>
    </message>
    <message>
        <source>Do they have chest pain, or new or sudden shortness of breath, right now?</source>
        <translation>¿Tiene la persona dolor en el pecho, o falta de aire nueva o repentina, ahora mismo?</translation>
    </message>
    <message>
        <source>Is your temperature 37.5 °C or more, or under 36 °C, or do you feel shivery or unwell today?</source>
        <translation>¿Tiene una temperatura de 37,5 °C o más, o de menos de 36 °C, o tiene escalofríos o se encuentra mal hoy?</translation>
    </message>
    <message>
        <source>Is their temperature 37.5 °C or more, or under 36 °C, or do they feel shivery or unwell today?</source>
        <translation>¿Tiene la persona una temperatura de 37,5 °C o más, o de menos de 36 °C, o tiene escalofríos o se encuentra mal hoy?</translation>
    </message>
    <message>
        <source>Is one leg newly swollen, painful, warm or red, in the calf or the thigh?</source>
        <translation>¿Tiene una pierna hinchada, dolorida, caliente o roja desde hace poco, en la pantorrilla o en el muslo?</translation>
    </message>
    <message>
        <source>Is one of their legs newly swollen, painful, warm or red, in the calf or the thigh?</source>
        <translation>¿Tiene la persona una pierna hinchada, dolorida, caliente o roja desde hace poco, en la pantorrilla o en el muslo?</translation>
    </message>
    <message>
        <source>Is a foot red, hot or swollen, or changing shape?</source>
        <translation>¿Tiene un pie rojo, caliente o hinchado, o que está cambiando de forma?</translation>
    </message>
    <message>
        <source>Is one of their feet red, hot or swollen, or changing shape?</source>
        <translation>¿Tiene la persona un pie rojo, caliente o hinchado, o que está cambiando de forma?</translation>
    </message>
    <message>
        <source>Is a foot cold, pale, blue or dark? Does it hurt when you rest or at night? Or is there a wound on it that will not heal?</source>
        <translation>¿Tiene un pie frío, pálido, azulado u oscuro? ¿Le duele cuando descansa o por la noche? ¿O tiene en él una herida que no se cura?</translation>
    </message>
    <message>
        <source>Is one of their feet cold, pale, blue or dark? Does it hurt when they rest or at night? Or is there a wound on it that will not heal?</source>
        <translation>¿Tiene la persona un pie frío, pálido, azulado u oscuro? ¿Le duele cuando descansa o por la noche? ¿O tiene en él una herida que no se cura?</translation>
    </message>
    <message>
        <source>In the last hours or days, has weakness or numbness spread, or suddenly made it harder to walk or hold things?</source>
        <translation>En las últimas horas o días, ¿la debilidad o el entumecimiento se han extendido, o de repente le cuesta más caminar o sujetar cosas?</translation>
    </message>
    <message>
        <source>In the last hours or days, has their weakness or numbness spread, or suddenly made it harder for them to walk or hold things?</source>
        <translation>En las últimas horas o días, ¿la debilidad o el entumecimiento de la persona se han extendido, o de repente le cuesta más caminar o sujetar cosas?</translation>
    </message>
    <message>
        <source>Look at your hands and feet. Is there a cut, blister, crack or sore, or any sign of infection? Where?</source>
        <translation>Mire sus manos y sus pies. ¿Hay un corte, una ampolla, una grieta o una llaga, o alguna señal de infección? ¿Dónde?</translation>
    </message>
    <message>
        <source>Look at their hands and feet. Is there a cut, blister, crack or sore, or any sign of infection? Where?</source>
        <translation>Mire las manos y los pies de la persona. ¿Hay un corte, una ampolla, una grieta o una llaga, o alguna señal de infección? ¿Dónde?</translation>
    </message>
    <message>
        <source>Are your palms or soles red, sore, swollen or peeling (hand-foot syndrome)?</source>
        <translation>¿Tiene las palmas de las manos o las plantas de los pies rojas, doloridas o hinchadas, o se le pelan (síndrome mano-pie)?</translation>
    </message>
    <message>
        <source>Are their palms or soles red, sore, swollen or peeling (hand-foot syndrome)?</source>
        <translation>¿Tiene la persona las palmas de las manos o las plantas de los pies rojas, doloridas o hinchadas, o se le pelan (síndrome mano-pie)?</translation>
    </message>
    <message>
        <source>Is an arm with a PICC line or a port swollen, red, warm or painful?</source>
        <translation>¿Tiene un brazo con un catéter PICC o un reservorio que esté hinchado, rojo, caliente o dolorido?</translation>
    </message>
    <message>
        <source>Is an arm with their PICC line or port swollen, red, warm or painful?</source>
        <translation>¿El brazo donde la persona tiene el catéter PICC o el reservorio está hinchado, rojo, caliente o dolorido?</translation>
    </message>
    <message>
        <source>Are you having chemotherapy or another cancer drug, or have you had it in the last 6 weeks?</source>
        <translation>¿Está recibiendo quimioterapia u otro medicamento contra el cáncer, o lo ha recibido en las últimas 6 semanas?</translation>
    </message>
    <message>
        <source>Are they having chemotherapy or another cancer drug, or have they had it in the last 6 weeks?</source>
        <translation>¿Está recibiendo la persona quimioterapia u otro medicamento contra el cáncer, o lo ha recibido en las últimas 6 semanas?</translation>
    </message>
    <message>
        <source>Do you have diabetes with numb feet, or have you been told your feet are at high risk?</source>
        <translation>¿Tiene diabetes con los pies entumecidos, o le han dicho que tiene los pies de alto riesgo?</translation>
    </message>
    <message>
        <source>Do they have diabetes with numb feet, or have they been told their feet are at high risk?</source>
        <translation>¿Tiene la persona diabetes con los pies entumecidos, o le han dicho que tiene los pies de alto riesgo?</translation>
    </message>
    <message>
        <source>Has a doctor told you that you have poor circulation in your legs or feet (peripheral arterial disease)?</source>
        <translation>¿Le ha dicho un médico que tiene mala circulación en las piernas o los pies (enfermedad arterial periférica)?</translation>
    </message>
    <message>
        <source>Has a doctor told them that they have poor circulation in their legs or feet (peripheral arterial disease)?</source>
        <translation>¿Le ha dicho un médico a la persona que tiene mala circulación en las piernas o los pies (enfermedad arterial periférica)?</translation>
    </message>
    <message>
        <source>Has your doctor said that gentle massage of your feet and legs is all right?</source>
        <translation>¿Le ha dicho su médico que el masaje suave de los pies y las piernas está bien para usted?</translation>
    </message>
    <message>
        <source>Has their doctor said that gentle massage of their feet and legs is all right?</source>
        <translation>¿Le ha dicho su médico a la persona que el masaje suave de sus pies y piernas está bien para ella?</translation>
    </message>
    <message>
        <source>Do you have a blood clot in a leg now, or are you being treated for one?</source>
        <translation>¿Tiene ahora un coágulo de sangre en una pierna, o está en tratamiento por uno?</translation>
    </message>
    <message>
        <source>Do they have a blood clot in a leg now, or are they being treated for one?</source>
        <translation>¿Tiene la persona ahora un coágulo de sangre en una pierna, o está en tratamiento por uno?</translation>
    </message>
    <message>
        <source>Do you have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, daily aspirin or similar)?</source>
        <translation>¿Tiene las plaquetas bajas, le salen moratones con facilidad o toma un anticoagulante (warfarina, apixabán, aspirina a diario o similar)?</translation>
    </message>
    <message>
        <source>Do they have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, daily aspirin or similar)?</source>
        <translation>¿Tiene la persona las plaquetas bajas, le salen moratones con facilidad o toma un anticoagulante (warfarina, apixabán, aspirina a diario o similar)?</translation>
    </message>
    <message>
        <source>Do you have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 weeks? Where?</source>
        <translation>¿Tiene cáncer en un hueso, ha tenido una fractura en los últimos 3 meses o una operación en las últimas 6 semanas? ¿Dónde?</translation>
    </message>
    <message>
        <source>Do they have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 weeks? Where?</source>
        <translation>¿Tiene la persona cáncer en un hueso, ha tenido una fractura en los últimos 3 meses o una operación en las últimas 6 semanas? ¿Dónde?</translation>
    </message>
    <message>
        <source>Do you have a port, a line or a pain patch on an arm or a leg, or have you had radiotherapy there? Where?</source>
        <translation>¿Tiene un reservorio, una vía o un parche para el dolor en un brazo o una pierna, o ha recibido radioterapia ahí? ¿Dónde?</translation>
    </message>
    <message>
        <source>Do they have a port, a line or a pain patch on an arm or a leg, or have they had radiotherapy there? Where?</source>
        <translation>¿Tiene la persona un reservorio, una vía o un parche para el dolor en un brazo o una pierna, o ha recibido radioterapia ahí? ¿Dónde?</translation>
    </message>
    <message>
        <source>Have you had lymph nodes removed, or do you have lymphoedema (long-lasting swelling), in an arm or a leg? Where?</source>
        <translation>¿Le han quitado ganglios linfáticos, o tiene linfedema (hinchazón que dura mucho tiempo), en un brazo o una pierna? ¿Dónde?</translation>
    </message>
    <message>
        <source>Have they had lymph nodes removed, or do they have lymphoedema (long-lasting swelling), in an arm or a leg? Where?</source>
        <translation>¿Le han quitado ganglios linfáticos a la persona, o tiene linfedema (hinchazón que dura mucho tiempo), en un brazo o una pierna? ¿Dónde?</translation>
    </message>
    <message>
        <source>Do you have gout?</source>
        <translation>¿Tiene gota?</translation>
    </message>
    <message>
        <source>Do they have gout?</source>
        <translation>¿Tiene gota la persona?</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>¿Está embarazada?</translation>
    </message>
    <message>
        <source>Are they pregnant?</source>
        <translation>¿Está embarazada la persona?</translation>
    </message>
    <message>
        <source>Do you have an allergy to oils or very sensitive skin?</source>
        <translation>¿Tiene alergia a los aceites o la piel muy sensible?</translation>
    </message>
    <message>
        <source>Do they have an allergy to oils or very sensitive skin?</source>
        <translation>¿Tiene la persona alergia a los aceites o la piel muy sensible?</translation>
    </message>
    <message>
        <source>Chest pain or shortness of breath can be an emergency, such as a clot that has moved to the lungs. No massage.</source>
        <translation>El dolor en el pecho o la falta de aire pueden ser una urgencia, como un coágulo que ha llegado a los pulmones. Nada de masaje.</translation>
    </message>
    <message>
        <source>A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be an infection. No massage today. Rest.</source>
        <translation>Una temperatura de 37,5 °C o más, o de menos de 36 °C, o tener escalofríos o encontrarse mal, puede ser una infección. Hoy nada de masaje. Descanse.</translation>
    </message>
    <message>
        <source>During cancer treatment, a temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be a serious infection. No massage. The helpline is there day and night.</source>
        <translation>Durante el tratamiento del cáncer, una temperatura de 37,5 °C o más, o de menos de 36 °C, o tener escalofríos o encontrarse mal, puede ser una infección grave. Nada de masaje. El teléfono de ayuda atiende de día y de noche.</translation>
    </message>
    <message>
        <source>A swollen, painful or warm leg can be a blood clot. No massage. With chest pain or breathlessness, call an ambulance.</source>
        <translation>Una pierna hinchada, dolorida o caliente puede ser un coágulo de sangre. Nada de masaje. Si hay dolor en el pecho o falta de aire, llame a una ambulancia.</translation>
    </message>
    <message>
        <source>A red, hot or swollen foot can be an infection or Charcot foot. No massage. Keep the weight off it.</source>
        <translation>Un pie rojo, caliente o hinchado puede ser una infección o un pie de Charcot. Nada de masaje. No apoye peso sobre él.</translation>
    </message>
    <message>
        <source>A cold, pale, blue or dark foot, pain at rest or at night, or a wound that will not heal can mean poor blood flow. No massage. If a foot went cold, pale and painful suddenly, call an ambulance.</source>
        <translation>Un pie frío, pálido, azulado u oscuro, el dolor en reposo o por la noche, o una herida que no se cura pueden indicar mala circulación. Nada de masaje. Si un pie se ha quedado de repente frío, pálido y con dolor, llame a una ambulancia.</translation>
    </message>
    <message>
        <source>Weakness or numbness that spreads over hours or days needs a doctor the same day. No massage. If breathing or swallowing gets hard, call an ambulance.</source>
        <translation>Una debilidad o un entumecimiento que se extiende en horas o días necesita que lo vea un médico el mismo día. Nada de masaje. Si cuesta respirar o tragar, llame a una ambulancia.</translation>
    </message>
    <message>
        <source>Broken or infected skin is left out today: massage could make it worse, and numb skin may not feel it.</source>
        <translation>La piel abierta o infectada se deja fuera hoy: el masaje podría empeorarla, y la piel entumecida puede no notarlo.</translation>
    </message>
    <message>
        <source>With diabetes, a cut, blister, crack or sore on a foot needs checking by the foot clinic.</source>
        <translation>Con diabetes, un corte, una ampolla, una grieta o una llaga en un pie tiene que revisarlo su unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Red, sore or peeling palms or soles during cancer treatment (hand-foot syndrome) are left out. The cancer team needs to know: they may change the treatment.</source>
        <translation>Las palmas o plantas rojas, doloridas o que se pelan durante el tratamiento del cáncer (síndrome mano-pie) se dejan fuera. El equipo de oncología tiene que saberlo: puede que cambie el tratamiento.</translation>
    </message>
    <message>
        <source>A swollen, red or painful arm with a line or port can be a clot or an infection. No massage.</source>
        <translation>Un brazo hinchado, rojo o dolorido con una vía o un reservorio puede ser un coágulo o una infección. Nada de masaje.</translation>
    </message>
    <message>
        <source>During cancer treatment white cells may be low: everyone who touches washes their hands first.</source>
        <translation>Durante el tratamiento del cáncer, las defensas (glóbulos blancos) pueden estar bajas: todo el que toque a la persona se lava antes las manos.</translation>
    </message>
    <message>
        <source>With diabetes and numb feet: light pressure only, no heat, and the feet looked at every day.</source>
        <translation>Con diabetes y pies entumecidos: solo presión ligera, nada de calor, y revisar los pies todos los días.</translation>
    </message>
    <message>
        <source>Poor circulation in the legs needs a doctor&apos;s agreement before the feet and legs are massaged: they are left out until the doctor says it is all right.</source>
        <translation>La mala circulación en las piernas necesita el visto bueno de un médico antes de dar masaje en los pies y las piernas: se dejan fuera hasta que el médico diga que se puede.</translation>
    </message>
    <message>
        <source>A leg with a blood clot is left out, and its foot with it. No pressure points while a clot is being treated.</source>
        <translation>Una pierna con un coágulo de sangre se deja fuera, y su pie también. Nada de puntos de presión mientras se trata un coágulo.</translation>
    </message>
    <message>
        <source>With low platelets, easy bruising or a blood thinner: light touch only, no kneading, friction or pressure points. If the doctor or cancer team has not yet said massage is all right, ask at the next appointment.</source>
        <translation>Con plaquetas bajas, facilidad para los moratones o un anticoagulante: solo un toque ligero, sin amasar, sin fricción y sin puntos de presión. Si el médico o el equipo de oncología aún no ha dicho que el masaje se puede hacer, pregunte en la próxima cita.</translation>
    </message>
    <message>
        <source>Where there is cancer in a bone, a recent fracture or an operation, that place is left out. Elsewhere, light touch only: no kneading, friction, pressure points, and no one else moving the joints. If the doctor or cancer team has not yet said massage is all right, ask at the next appointment.</source>
        <translation>Donde hay cáncer en un hueso, una fractura reciente o una operación, esa zona se deja fuera. En el resto, solo un toque ligero: sin amasar, sin fricción, sin puntos de presión, y que nadie más mueva las articulaciones. Si el médico o el equipo de oncología aún no ha dicho que el masaje se puede hacer, pregunte en la próxima cita.</translation>
    </message>
    <message>
        <source>Where there is a port, a line, a patch or radiotherapy, that hand or foot and its limb are left out, and no oils there.</source>
        <translation>Donde hay un reservorio, una vía, un parche o radioterapia, esa mano o ese pie y todo su brazo o su pierna se dejan fuera, y nada de aceites ahí.</translation>
    </message>
    <message>
        <source>A limb with lymphoedema or lymph nodes removed is left out.</source>
        <translation>Un brazo o una pierna con linfedema, o al que le han quitado ganglios linfáticos, se deja fuera.</translation>
    </message>
    <message>
        <source>Pressure points are not for feet with gout.</source>
        <translation>Los puntos de presión no son para pies con gota.</translation>
    </message>
    <message>
        <source>In pregnancy: no pressure on the web between the thumb and first finger, and no pressure points until a midwife or doctor agrees.</source>
        <translation>En el embarazo: nada de presión en la piel entre el pulgar y el índice, y nada de puntos de presión hasta que la matrona o el médico estén de acuerdo.</translation>
    </message>
    <message>
        <source>Use a plain, unscented lotion and no essential oils.</source>
        <translation>Use una crema sencilla, sin perfume, y nada de aceites esenciales.</translation>
    </message>
    <message>
        <source>I have peripheral neuropathy: my skin may not feel pressure, heat or pain properly. Please keep the pressure light, like smoothing on lotion: I may not feel it when it is too much, so watch my skin for redness as you go.</source>
        <translation>Tengo neuropatía periférica: puede que mi piel no note bien la presión, el calor o el dolor. Por favor, mantenga la presión ligera, como al extender una crema: puede que no note cuándo es demasiado, así que vigile si mi piel se enrojece mientras me da el masaje.</translation>
    </message>
    <message>
        <source>Please no heat, hot stones or hot towels on numb areas.</source>
        <translation>Por favor, nada de calor, piedras calientes ni toallas calientes en las zonas entumecidas.</translation>
    </message>
    <message>
        <source>Please stop and tell me if you see a cut, a blister, redness or swelling.</source>
        <translation>Por favor, pare y avíseme si ve un corte, una ampolla, enrojecimiento o hinchazón.</translation>
    </message>
    <message>
        <source>I am having cancer treatment: my white cells may be low, so please wash your hands first. If I have a temperature or feel unwell, no massage.</source>
        <translation>Estoy recibiendo tratamiento contra el cáncer: mis defensas (glóbulos blancos) pueden estar bajas, así que lávese antes las manos, por favor. Si tengo fiebre o me encuentro mal, nada de masaje.</translation>
    </message>
    <message>
        <source>I have a blood clot in a leg, on the side of my {places}: please leave that whole leg and foot out, and no reflexology.</source>
        <translation>Tengo un coágulo de sangre en una pierna, del lado de: {places}. Por favor, deje fuera toda esa pierna y su pie, y nada de reflexología.</translation>
    </message>
    <message>
        <source>I have poor circulation in my legs: please massage my feet and legs only if my doctor agrees.</source>
        <translation>Tengo mala circulación en las piernas: por favor, deme masaje en los pies y las piernas solo si mi médico está de acuerdo.</translation>
    </message>
    <message>
        <source>I bruise easily (low platelets or a blood thinner): light touch only, no kneading, friction or pressure points.</source>
        <translation>Me salen moratones con facilidad (plaquetas bajas o un anticoagulante): solo un toque ligero, sin amasar, sin fricción y sin puntos de presión.</translation>
    </message>
    <message>
        <source>There is a port, a line, a pain patch or a radiotherapy area on my {places}: please leave it out, and no oils there.</source>
        <translation>Tengo un reservorio, una vía, un parche para el dolor o una zona de radioterapia en: {places}. Por favor, deje esa zona fuera, y nada de aceites ahí.</translation>
    </message>
    <message>
        <source>Lymph nodes were removed, or there is lymphoedema, on the side of my {places}: please leave that limb out.</source>
        <translation>Me quitaron ganglios linfáticos, o tengo linfedema, del lado de: {places}. Por favor, deje fuera ese brazo o esa pierna.</translation>
    </message>
    <message>
        <source>I have cancer in a bone, a recent fracture or recent surgery: please leave that place out, and light touch only elsewhere.</source>
        <translation>Tengo cáncer en un hueso, una fractura reciente o una operación reciente: por favor, deje fuera esa zona, y en el resto solo un toque ligero.</translation>
    </message>
    <message>
        <source>I have diabetes and my feet are numb or at high risk: light pressure only, no heat, and please look at my feet before and after.</source>
        <translation>Tengo diabetes y mis pies están entumecidos o son de alto riesgo: solo presión ligera, nada de calor, y por favor, mire mis pies antes y después.</translation>
    </message>
    <message>
        <source>I have gout: no pressure points on my feet.</source>
        <translation>Tengo gota: nada de puntos de presión en los pies.</translation>
    </message>
    <message>
        <source>I am pregnant: no pressure on the web between my thumb and first finger, and no pressure-point work unless my midwife or doctor agrees.</source>
        <translation>Estoy embarazada: nada de presión en la piel entre el pulgar y el índice, y nada de trabajo en puntos de presión salvo que mi matrona o mi médico estén de acuerdo.</translation>
    </message>
    <message>
        <source>I am allergic to oils or have very sensitive skin: plain, unscented lotion only.</source>
        <translation>Tengo alergia a los aceites o la piel muy sensible: solo una crema sencilla, sin perfume.</translation>
    </message>
    <message>
        <source>your local emergency number</source>
        <translation>su número local de emergencias</translation>
    </message>
    <message>
        <source>your cancer team&apos;s helpline</source>
        <translation>el teléfono de ayuda de su equipo de oncología</translation>
    </message>
    <message>
        <source>your foot clinic</source>
        <translation>su unidad de pie diabético</translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation>su médico</translation>
    </message>
    <message>
        <source>their cancer team&apos;s helpline</source>
        <translation>el teléfono de ayuda de su equipo de oncología</translation>
    </message>
    <message>
        <source>their foot clinic</source>
        <translation>su unidad de pie diabético</translation>
    </message>
    <message>
        <source>their doctor</source>
        <translation>su médico</translation>
    </message>
    <message>
        <source>Local emergency number</source>
        <translation>Número local de emergencias</translation>
    </message>
    <message>
        <source>Cancer team&apos;s helpline</source>
        <translation>Teléfono de ayuda de oncología</translation>
    </message>
    <message>
        <source>Foot clinic</source>
        <translation>Unidad de pie diabético</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Call an ambulance now on %1%2.</source>
        <translation>Llame a una ambulancia ahora mismo: %1%2.</translation>
    </message>
    <message>
        <source>Call %1 now%2. If it is closed, call the out-of-hours or urgent number.</source>
        <translation>Llame ahora mismo a %1%2. Si ahora no atienden, llame al número de fuera de horario o de urgencias.</translation>
    </message>
    <message>
        <source>Contact %1 today%2.</source>
        <translation>Contacte hoy con %1%2.</translation>
    </message>
    <message>
        <source>Talk to %1 at the next appointment%2.</source>
        <translation>Hable con %1 en la próxima cita%2.</translation>
    </message>
    <message>
        <source>no touch: looking or talking only</source>
        <translation>sin contacto: solo mirar o hablar</translation>
    </message>
    <message>
        <source>resting touch: the hand only lies there</source>
        <translation>contacto en reposo: la mano solo se apoya</translation>
    </message>
    <message>
        <source>light: no firmer than smoothing on lotion</source>
        <translation>ligera: no más firme que al extender una crema</translation>
    </message>
    <message>
        <source>moderate: a steady press, as if testing a ripe peach</source>
        <translation>moderada: una presión constante, como al comprobar si un melocotón está maduro</translation>
    </message>
    <message>
        <source>firm as a handshake, never painful</source>
        <translation>firme como un apretón de manos, nunca dolorosa</translation>
    </message>
    <message>
        <source>No numbers kept yet: add them in Settings, My contacts.</source>
        <translation>Aún no hay números guardados: añádalos en Ajustes, Mis contactos.</translation>
    </message>
    <message>
        <source>Chest pain, or trouble breathing, swallowing or speaking.</source>
        <translation>Dolor en el pecho, o dificultad para respirar, tragar o hablar.</translation>
    </message>
    <message>
        <source>Stop. Call an ambulance now.</source>
        <translation>Pare. Llame a una ambulancia ahora mismo.</translation>
    </message>
    <message>
        <source>One leg swollen, painful, warm or red.</source>
        <translation>Una pierna hinchada, dolorida, caliente o roja.</translation>
    </message>
    <message>
        <source>Stop: it can be a blood clot. Call your doctor now; if closed, the out-of-hours or urgent number.</source>
        <translation>Pare: puede ser un coágulo de sangre. Llame a su médico ahora mismo; si está cerrado, al número de fuera de horario o de urgencias.</translation>
    </message>
    <message>
        <source>A foot that turns hot and swollen, or changes shape.</source>
        <translation>Un pie que se pone caliente e hinchado, o que cambia de forma.</translation>
    </message>
    <message>
        <source>Stop, take the weight off it, and call your foot clinic or doctor now.</source>
        <translation>Pare, no apoye peso sobre ese pie, y llame ahora mismo a su unidad de pie diabético o a su médico.</translation>
    </message>
    <message>
        <source>A foot that turns cold, pale, blue or dark.</source>
        <translation>Un pie que se pone frío, pálido, azulado u oscuro.</translation>
    </message>
    <message>
        <source>Stop. Call your doctor now. If it happened suddenly and hurts, call an ambulance.</source>
        <translation>Pare. Llame a su médico ahora mismo. Si ha pasado de repente y duele, llame a una ambulancia.</translation>
    </message>
    <message>
        <source>A temperature, shivering or feeling unwell during cancer treatment.</source>
        <translation>Fiebre, escalofríos o encontrarse mal durante el tratamiento del cáncer.</translation>
    </message>
    <message>
        <source>Stop. Call your cancer team&apos;s helpline now, day or night.</source>
        <translation>Pare. Llame ahora mismo al teléfono de ayuda de su equipo de oncología, de día o de noche.</translation>
    </message>
    <message>
        <source>An arm with a line or port that swells, reddens or hurts.</source>
        <translation>Un brazo con una vía o un reservorio que se hincha, se enrojece o duele.</translation>
    </message>
    <message>
        <source>Stop. Call your cancer team&apos;s helpline now.</source>
        <translation>Pare. Llame ahora mismo al teléfono de ayuda de su equipo de oncología.</translation>
    </message>
    <message>
        <source>A temperature, shivering or feeling unwell, at other times.</source>
        <translation>Fiebre, escalofríos o encontrarse mal, en otros casos.</translation>
    </message>
    <message>
        <source>Stop and rest. If it does not settle, contact your doctor today.</source>
        <translation>Pare y descanse. Si no se le pasa, contacte hoy con su médico.</translation>
    </message>
    <message>
        <source>Weakness or numbness that spreads over hours or days.</source>
        <translation>Una debilidad o un entumecimiento que se extiende en horas o días.</translation>
    </message>
    <message>
        <source>Stop. See a doctor today.</source>
        <translation>Pare. Vaya hoy al médico.</translation>
    </message>
    <message>
        <source>Redness that does not fade, bruising, a blister, bleeding or broken skin; a rash after an oil.</source>
        <translation>Un enrojecimiento que no desaparece, un moratón, una ampolla, sangrado o piel abierta; un sarpullido después de usar un aceite.</translation>
    </message>
    <message>
        <source>Stop and leave that place out today. Cover broken skin with a clean dressing. Do not use that oil again. With diabetes, a problem on a foot: contact your foot clinic today.</source>
        <translation>Pare y deje esa zona fuera hoy. Tape la piel abierta con un apósito limpio. No vuelva a usar ese aceite. Con diabetes, si hay un problema en un pie: contacte hoy con su unidad de pie diabético.</translation>
    </message>
    <message>
        <source>Pain, burning or tingling that flares up and stays.</source>
        <translation>Dolor, quemazón u hormigueo que aumenta y no se pasa.</translation>
    </message>
    <message>
        <source>Stop and rest. If it does not settle, tell your doctor or nurse before the next session.</source>
        <translation>Pare y descanse. Si no se le pasa, dígaselo a su médico o enfermera antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Neuropathy that slowly gets worse over weeks; during cancer treatment, before the next dose.</source>
        <translation>Una neuropatía que empeora poco a poco durante semanas; durante el tratamiento del cáncer, antes de la siguiente dosis.</translation>
    </message>
    <message>
        <source>Tell your doctor, or your cancer team before your next treatment.</source>
        <translation>Dígaselo a su médico, o a su equipo de oncología antes de su próximo tratamiento.</translation>
    </message>
    <message>
        <source>The words for %1 are missing from this installation, so NeuroGuide is shown in English.</source>
        <translation>En esta instalación faltan los textos en %1, así que NeuroGuide se muestra en inglés.</translation>
    </message>
    <message>
        <source>Some of the routines&apos; words are not yet translated into %1, and are shown in English.</source>
        <translation>Algunos textos de las rutinas aún no están disponibles en %1 y se muestran en inglés.</translation>
    </message>
</context>
</TS>
