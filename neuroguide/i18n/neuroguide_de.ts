<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Reminders appear in the system tray and as a small window.</source>
        <translation>Erinnerungen erscheinen in der Systemleiste und als kleines Fenster.</translation>
    </message>
    <message>
        <source>There is no system tray here: reminders appear as a small window that comes to the front.</source>
        <translation>Hier gibt es keine Systemleiste: Erinnerungen erscheinen als kleines Fenster im Vordergrund.</translation>
    </message>
    <message>
        <source>No reminder is set.</source>
        <translation>Keine Erinnerung eingestellt.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Verschoben bis %1</translation>
    </message>
    <message>
        <source>No reminder is set: choose at least one day.</source>
        <translation>Keine Erinnerung eingestellt: Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Next reminder: %1 %2</source>
        <translation>Nächste Erinnerung: %1 %2</translation>
    </message>
    <message>
        <source>Time for %1 (%2 min)</source>
        <translation>Zeit für %1 (%2 Min.)</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Reminders come as a notification from your desktop, with Start, Snooze and Skip.</source>
        <translation>Erinnerungen kommen als Benachrichtigung Ihres Desktops, mit Starten, Später erinnern und Heute auslassen.</translation>
    </message>
    <message>
        <source>You missed your %1 routine</source>
        <translation>Verpasste Routine: %1</translation>
    </message>
    <message>
        <source>%1 (%2 min) is still waiting, whenever you are ready.</source>
        <translation>%1 (%2 Min.) wartet noch auf Sie, wann immer Sie bereit sind.</translation>
    </message>
    <message>
        <source>Take a seat somewhere comfortable. Light pressure only.</source>
        <translation>Setzen Sie sich bequem hin. Nur leichter Druck.</translation>
    </message>
    <message>
        <source>Start the morning routine</source>
        <translation>Morgenroutine starten</translation>
    </message>
    <message>
        <source>Open NeuroGuide</source>
        <translation>NeuroGuide öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1). They apply until NeuroGuide closes.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden (%1). Sie gelten, bis NeuroGuide geschlossen wird.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>History summary for %1, %2 to %3</source>
        <translation>Verlauf im Überblick: %1, %2 bis %3</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2).</source>
        <translation>Sitzungen: %1 (%2).</translation>
    </message>
    <message>
        <source>stopped or interrupted after at least half of their steps</source>
        <translation>nach mindestens der Hälfte der Schritte beendet oder unterbrochen</translation>
    </message>
    <message>
        <source>Counted: %1 (%2).</source>
        <translation>Gezählt: %1 (%2).</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Gezählt: %1.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Shown, but not counted: %1 that ended before half of their steps (%2).</source>
        <translation>Angezeigt, aber nicht gezählt: %1, vor der Hälfte der Schritte beendet (%2).</translation>
    </message>
    <message>
        <source>Not counted yet: %1 still running.</source>
        <translation>Noch nicht gezählt: %1 (läuft noch).</translation>
    </message>
    <message>
        <source>A session counts when it is finished, or at least half done.</source>
        <translation>Eine Sitzung zählt, wenn sie abgeschlossen oder mindestens zur Hälfte gemacht ist.</translation>
    </message>
    <message>
        <source>Foot skin temperature: measured on %1 days; one foot more than 2.2 °C warmer on %2.</source>
        <translation>Hauttemperatur der Füße: an %1 Tagen gemessen; an %2 davon war ein Fuß mehr als 2,2 °C wärmer.</translation>
    </message>
    <message>
        <source>Last: %1, right foot %2 °C, left foot %3 °C (a difference of %4 °C).</source>
        <translation>Zuletzt: %1, rechter Fuß %2 °C, linker Fuß %3 °C (Unterschied: %4 °C).</translation>
    </message>
    <message>
        <source>The same foot warmer two days running, %1 to %2: %3 (rest it, and call the foot clinic).</source>
        <translation>Derselbe Fuß zwei Tage hintereinander wärmer, %1 bis %2: %3 (schonen und die Fußambulanz anrufen).</translation>
    </message>
    <message>
        <source>Never the same foot more than 2.2 °C warmer two days running.</source>
        <translation>Nie derselbe Fuß an zwei Tagen hintereinander mehr als 2,2 °C wärmer.</translation>
    </message>
    <message>
        <source>This week (from %1):</source>
        <translation>Diese Woche (ab %1):</translation>
    </message>
    <message>
        <source>%1 done; your goal of %2 is reached.</source>
        <translation>%1 gemacht; Ihr Ziel von %2 ist erreicht.</translation>
    </message>
    <message>
        <source>%1 of your %2 sessions.</source>
        <translation>%1 von Ihren %2 Sitzungen.</translation>
    </message>
    <message>
        <source>Not counted: %1 that ended early.</source>
        <translation>Nicht gezählt: %1, vorzeitig beendet.</translation>
    </message>
    <message>
        <source>Run of days: %1 days in a row.</source>
        <translation>Tage in Folge: %1 Tage.</translation>
    </message>
    <message>
        <source>Run of days: 1 day.</source>
        <translation>Tage in Folge: 1 Tag.</translation>
    </message>
    <message>
        <source>Run of days: none at the moment (a missed day is just a day).</source>
        <translation>Tage in Folge: zurzeit keine (ein verpasster Tag ist nur ein Tag).</translation>
    </message>
    <message>
        <source>%1: a session that counts is done.</source>
        <translation>%1: Eine Sitzung, die zählt, ist geschafft.</translation>
    </message>
    <message>
        <source>%1: nothing that counts yet (ended early: %2).</source>
        <translation>%1: noch nichts, was zählt (vorzeitig beendet: %2).</translation>
    </message>
    <message>
        <source>%1: no session yet.</source>
        <translation>%1: noch keine Sitzung.</translation>
    </message>
    <message>
        <source>Given by: %1.</source>
        <translation>Massiert von: %1.</translation>
    </message>
    <message>
        <source>Before and after: no session in this period has scores from both check-ins.</source>
        <translation>Vorher und nachher: Keine Sitzung in diesem Zeitraum hat Werte aus beiden Fragerunden.</translation>
    </message>
    <message>
        <source>Before → after, over the sessions with scores from both check-ins:</source>
        <translation>Vorher → nachher, über die Sitzungen mit Werten aus beiden Fragerunden:</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 niedriger</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 höher</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4; sessions: %5)</source>
        <translation>%1: %2 → %3 (%4; Sitzungen: %5)</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>%1: %2 is not a foot&apos;s skin temperature, which is between %3 and %4. Measure again, or check what was typed.</source>
        <translation>%1: %2 kann keine Hauttemperatur am Fuß sein (sie liegt zwischen %3 und %4). Messen Sie noch einmal, oder prüfen Sie die Eingabe.</translation>
    </message>
    <message>
        <source>%1: type the degrees as a number, such as %2.</source>
        <translation>%1: Geben Sie die Grad als Zahl ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Your right foot is %1 warmer than your left.</source>
        <translation>Ihr rechter Fuß ist %1 wärmer als Ihr linker.</translation>
    </message>
    <message>
        <source>Your left foot is %1 warmer than your right.</source>
        <translation>Ihr linker Fuß ist %1 wärmer als Ihr rechter.</translation>
    </message>
    <message>
        <source>Their right foot is %1 warmer than their left.</source>
        <translation>Der rechte Fuß der Person ist %1 wärmer als der linke.</translation>
    </message>
    <message>
        <source>Their left foot is %1 warmer than their right.</source>
        <translation>Der linke Fuß der Person ist %1 wärmer als der rechte.</translation>
    </message>
    <message>
        <source>It was warmer yesterday too. Rest that foot today: stand and walk as little as you can. A warm foot can be the first sign of a problem you cannot feel.</source>
        <translation>Er war schon gestern wärmer. Schonen Sie diesen Fuß heute: Stehen und gehen Sie so wenig wie möglich. Ein warmer Fuß kann das erste Zeichen eines Problems sein, das Sie nicht spüren.</translation>
    </message>
    <message>
        <source>It was warmer yesterday too. They should rest that foot today: standing and walking as little as they can. A warm foot can be the first sign of a problem they cannot feel.</source>
        <translation>Er war schon gestern wärmer. Die Person sollte diesen Fuß heute schonen und so wenig wie möglich stehen und gehen. Ein warmer Fuß kann das erste Zeichen eines Problems sein, das sie nicht spürt.</translation>
    </message>
    <message>
        <source>Measure both feet again tomorrow, at the same time and in the same places.</source>
        <translation>Messen Sie morgen wieder beide Füße, zur gleichen Zeit und an den gleichen Stellen.</translation>
    </message>
    <message>
        <source>Measure both their feet again tomorrow, at the same time and in the same places.</source>
        <translation>Messen Sie morgen wieder beide Füße der Person, zur gleichen Zeit und an den gleichen Stellen.</translation>
    </message>
    <message>
        <source>Your feet are within %1 of each other: nothing more to do today.</source>
        <translation>Ihre Füße unterscheiden sich um höchstens %1: Heute ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>Their feet are within %1 of each other: nothing more to do today.</source>
        <translation>Die Füße der Person unterscheiden sich um höchstens %1: Heute ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>No trouble</source>
        <translation>Keine Mühe</translation>
    </message>
    <message>
        <source>Some trouble</source>
        <translation>Etwas Mühe</translation>
    </message>
    <message>
        <source>A lot of trouble</source>
        <translation>Viel Mühe</translation>
    </message>
    <message>
        <source>Cannot do it</source>
        <translation>Geht nicht</translation>
    </message>
    <message>
        <source>This past week, how were buttons, zips and picking up small things?</source>
        <translation>Wie ging es in der letzten Woche mit Knöpfen, Reißverschlüssen und dem Aufheben kleiner Dinge?</translation>
    </message>
    <message>
        <source>This past week, how were buttons, zips and picking up small things for them?</source>
        <translation>Wie ging es bei der Person in der letzten Woche mit Knöpfen, Reißverschlüssen und dem Aufheben kleiner Dinge?</translation>
    </message>
    <message>
        <source>Buttons and small things</source>
        <translation>Knöpfe und kleine Dinge</translation>
    </message>
    <message>
        <source>This past week, how were walking and keeping your balance?</source>
        <translation>Wie ging es in der letzten Woche mit dem Gehen und dem Gleichgewicht?</translation>
    </message>
    <message>
        <source>This past week, how were walking and keeping their balance for them?</source>
        <translation>Wie ging es bei der Person in der letzten Woche mit dem Gehen und dem Gleichgewicht?</translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation>Gehen und Gleichgewicht</translation>
    </message>
    <message>
        <source>This past week, did you fall, or nearly fall?</source>
        <translation>Sind Sie in der letzten Woche gestürzt oder fast gestürzt?</translation>
    </message>
    <message>
        <source>This past week, did they fall, or nearly fall?</source>
        <translation>Ist die Person in der letzten Woche gestürzt oder fast gestürzt?</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Stürze</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Nearly fell</source>
        <translation>Fast gestürzt</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Gestürzt</translation>
    </message>
    <message>
        <source>This past week, did pain, tingling or numbness get in the way of sleep?</source>
        <translation>Haben Schmerzen, Kribbeln oder Taubheit in der letzten Woche Ihren Schlaf gestört?</translation>
    </message>
    <message>
        <source>This past week, did pain, tingling or numbness get in the way of their sleep?</source>
        <translation>Haben Schmerzen, Kribbeln oder Taubheit in der letzten Woche den Schlaf der Person gestört?</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>Some nights</source>
        <translation>In manchen Nächten</translation>
    </message>
    <message>
        <source>Most nights</source>
        <translation>In den meisten Nächten</translation>
    </message>
    <message>
        <source>Hardly slept</source>
        <translation>Kaum geschlafen</translation>
    </message>
    <message>
        <source>I nearly fell</source>
        <translation>Ich bin fast gestürzt</translation>
    </message>
    <message>
        <source>They nearly fell</source>
        <translation>Die Person ist fast gestürzt</translation>
    </message>
    <message>
        <source>I fell</source>
        <translation>Ich bin gestürzt</translation>
    </message>
    <message>
        <source>They fell</source>
        <translation>Die Person ist gestürzt</translation>
    </message>
    <message>
        <source>Falls and near falls are worth telling your care team about, even without an injury.</source>
        <translation>Es lohnt sich, Stürze und Beinahe-Stürze Ihrem Behandlungsteam zu sagen, auch ohne Verletzung.</translation>
    </message>
    <message>
        <source>Falls and near falls are worth telling their care team about, even without an injury.</source>
        <translation>Es lohnt sich, Stürze und Beinahe-Stürze dem Behandlungsteam der Person zu sagen, auch ohne Verletzung.</translation>
    </message>
    <message>
        <source>If you were hurt in the fall:</source>
        <translation>Wenn Sie sich beim Sturz verletzt haben:</translation>
    </message>
    <message>
        <source>If they were hurt:</source>
        <translation>Wenn sich die Person verletzt hat:</translation>
    </message>
    <message>
        <source>Start with your right foot.</source>
        <translation>Beginnen Sie mit Ihrem rechten Fuß.</translation>
    </message>
    <message>
        <source>Start with your left foot.</source>
        <translation>Beginnen Sie mit Ihrem linken Fuß.</translation>
    </message>
    <message>
        <source>Start with your right hand.</source>
        <translation>Beginnen Sie mit Ihrer rechten Hand.</translation>
    </message>
    <message>
        <source>Start with your left hand.</source>
        <translation>Beginnen Sie mit Ihrer linken Hand.</translation>
    </message>
    <message>
        <source>Start with your right leg.</source>
        <translation>Beginnen Sie mit Ihrem rechten Bein.</translation>
    </message>
    <message>
        <source>Start with your left leg.</source>
        <translation>Beginnen Sie mit Ihrem linken Bein.</translation>
    </message>
    <message>
        <source>Start with your right arm.</source>
        <translation>Beginnen Sie mit Ihrem rechten Arm.</translation>
    </message>
    <message>
        <source>Start with your left arm.</source>
        <translation>Beginnen Sie mit Ihrem linken Arm.</translation>
    </message>
    <message>
        <source>Start with their right foot.</source>
        <translation>Beginnen Sie mit dem rechten Fuß der Person.</translation>
    </message>
    <message>
        <source>Start with their left foot.</source>
        <translation>Beginnen Sie mit dem linken Fuß der Person.</translation>
    </message>
    <message>
        <source>Start with their right hand.</source>
        <translation>Beginnen Sie mit der rechten Hand der Person.</translation>
    </message>
    <message>
        <source>Start with their left hand.</source>
        <translation>Beginnen Sie mit der linken Hand der Person.</translation>
    </message>
    <message>
        <source>Start with their right leg.</source>
        <translation>Beginnen Sie mit dem rechten Bein der Person.</translation>
    </message>
    <message>
        <source>Start with their left leg.</source>
        <translation>Beginnen Sie mit dem linken Bein der Person.</translation>
    </message>
    <message>
        <source>Start with their right arm.</source>
        <translation>Beginnen Sie mit dem rechten Arm der Person.</translation>
    </message>
    <message>
        <source>Start with their left arm.</source>
        <translation>Beginnen Sie mit dem linken Arm der Person.</translation>
    </message>
    <message>
        <source>Now the right foot.</source>
        <translation>Jetzt der rechte Fuß.</translation>
    </message>
    <message>
        <source>Now the left foot.</source>
        <translation>Jetzt der linke Fuß.</translation>
    </message>
    <message>
        <source>Now the right hand.</source>
        <translation>Jetzt die rechte Hand.</translation>
    </message>
    <message>
        <source>Now the left hand.</source>
        <translation>Jetzt die linke Hand.</translation>
    </message>
    <message>
        <source>Now the right leg.</source>
        <translation>Jetzt das rechte Bein.</translation>
    </message>
    <message>
        <source>Now the left leg.</source>
        <translation>Jetzt das linke Bein.</translation>
    </message>
    <message>
        <source>Now the right arm.</source>
        <translation>Jetzt der rechte Arm.</translation>
    </message>
    <message>
        <source>Now the left arm.</source>
        <translation>Jetzt der linke Arm.</translation>
    </message>
    <message>
        <source>Now their right foot.</source>
        <translation>Jetzt der rechte Fuß der Person.</translation>
    </message>
    <message>
        <source>Now their left foot.</source>
        <translation>Jetzt der linke Fuß der Person.</translation>
    </message>
    <message>
        <source>Now their right hand.</source>
        <translation>Jetzt die rechte Hand der Person.</translation>
    </message>
    <message>
        <source>Now their left hand.</source>
        <translation>Jetzt die linke Hand der Person.</translation>
    </message>
    <message>
        <source>Now their right leg.</source>
        <translation>Jetzt das rechte Bein der Person.</translation>
    </message>
    <message>
        <source>Now their left leg.</source>
        <translation>Jetzt das linke Bein der Person.</translation>
    </message>
    <message>
        <source>Now their right arm.</source>
        <translation>Jetzt der rechte Arm der Person.</translation>
    </message>
    <message>
        <source>Now their left arm.</source>
        <translation>Jetzt der linke Arm der Person.</translation>
    </message>
    <message>
        <source>The right foot is left out today.</source>
        <translation>Der rechte Fuß wird heute ausgelassen.</translation>
    </message>
    <message>
        <source>The left foot is left out today.</source>
        <translation>Der linke Fuß wird heute ausgelassen.</translation>
    </message>
    <message>
        <source>The right hand is left out today.</source>
        <translation>Die rechte Hand wird heute ausgelassen.</translation>
    </message>
    <message>
        <source>The left hand is left out today.</source>
        <translation>Die linke Hand wird heute ausgelassen.</translation>
    </message>
    <message>
        <source>Get ready: {routine}. First: {step}.</source>
        <translation>Machen Sie sich bereit: {routine}. Zuerst: {step}.</translation>
    </message>
    <message>
        <source>Get ready. Next: {step}.</source>
        <translation>Machen Sie sich bereit. Als Nächstes: {step}.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Halbzeit.</translation>
    </message>
    <message>
        <source>{seconds} more seconds.</source>
        <translation>Noch {seconds} Sekunden.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Sitzung beendet.</translation>
    </message>
    <message>
        <source>Both hands are left out today.</source>
        <translation>Beide Hände werden heute ausgelassen.</translation>
    </message>
    <message>
        <source>Both feet are left out today.</source>
        <translation>Beide Füße werden heute ausgelassen.</translation>
    </message>
    <message>
        <source>Keep it clean and covered.</source>
        <translation>Halten Sie die Stelle sauber und abgedeckt.</translation>
    </message>
    <message>
        <source>Once more.</source>
        <translation>Noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n Mal</numerusform>
            <numerusform>%n Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, holding each for %2</source>
        <translation>%1, jeweils %2 halten</translation>
    </message>
    <message>
        <source>Hold for %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>Follow my computer</source>
        <translation>Wie am Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Only when the voice is silent</source>
        <translation>Nur wenn die Stimme stumm ist</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie vorgegeben</translation>
    </message>
    <message>
        <source>A little slower (×1.25)</source>
        <translation>Etwas langsamer (×1,25)</translation>
    </message>
    <message>
        <source>Slower (×1.5)</source>
        <translation>Langsamer (×1,5)</translation>
    </message>
    <message>
        <source>Twice as long (×2)</source>
        <translation>Doppelt so lang (×2)</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chemotherapie</translation>
    </message>
    <message>
        <source>An injury</source>
        <translation>Eine Verletzung</translation>
    </message>
    <message>
        <source>An infection</source>
        <translation>Eine Infektion</translation>
    </message>
    <message>
        <source>An autoimmune illness</source>
        <translation>Eine Autoimmunerkrankung</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Eine Benachrichtigung des Desktops</translation>
    </message>
    <message>
        <source>A small window</source>
        <translation>Ein kleines Fenster</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>The same as the screen</source>
        <translation>Wie auf dem Bildschirm</translation>
    </message>
    <message>
        <source>As is usual where I live</source>
        <translation>Wie in meinem Land üblich</translation>
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
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>The language of the screens, the routines and the report: the computer&apos;s, or one chosen.</source>
        <translation>Die Sprache von Bildschirmen, Routinen und Bericht: wie am Computer oder eine, die Sie wählen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language the voice speaks, when the listener prefers another than the reader.</source>
        <translation>Die Sprache, in der die Stimme spricht, wenn die zuhörende Person eine andere Sprache möchte als die lesende.</translation>
    </message>
    <message>
        <source>Language of the voice</source>
        <translation>Sprache der Stimme</translation>
    </message>
    <message>
        <source>How temperatures are written, in the questions, the check-ins and the report.</source>
        <translation>Wie Temperaturen geschrieben werden: in den Fragen, den Fragerunden und im Bericht.</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturen</translation>
    </message>
    <message>
        <source>The voice that speaks the instructions; empty for the engine&apos;s default.</source>
        <translation>Die Stimme, die die Anleitung spricht; leer für die Standardstimme des Sprachprogramms.</translation>
    </message>
    <message>
        <source>How fast the voice speaks, in words a minute.</source>
        <translation>Wie schnell die Stimme spricht, in Wörtern pro Minute.</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>How loud the voice and the chime are (percent).</source>
        <translation>Wie laut Stimme und Ton sind (Prozent).</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>The sound output to use; empty for the system&apos;s default.</source>
        <translation>Die Tonausgabe, die verwendet wird; leer für die Standardausgabe des Systems.</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>Silence the voice and the chime; instructions stay on screen.</source>
        <translation>Stimme und Ton stummschalten; die Anleitung bleibt auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Mute the voice and the chime</source>
        <translation>Stimme und Ton stummschalten</translation>
    </message>
    <message>
        <source>A soft chime when a new step begins.</source>
        <translation>Ein sanfter Ton, wenn ein neuer Schritt beginnt.</translation>
    </message>
    <message>
        <source>Play a soft chime when a new step begins</source>
        <translation>Sanfter Ton bei jedem neuen Schritt</translation>
    </message>
    <message>
        <source>Show what the voice says on screen: always, or only when the voice is silent.</source>
        <translation>Zeigen, was die Stimme sagt: immer oder nur, wenn die Stimme stumm ist.</translation>
    </message>
    <message>
        <source>Show what the voice says</source>
        <translation>Gesprochenes anzeigen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Who gives the massage</source>
        <translation>Wer massiert</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <source>These numbers are shown whenever NeuroGuide says whom to call.</source>
        <translation>Diese Nummern zeigt NeuroGuide immer dann, wenn es sagt, wen Sie anrufen sollen.</translation>
    </message>
    <message>
        <source>The report for your clinician</source>
        <translation>Bericht für die Sprechstunde</translation>
    </message>
    <message>
        <source>What the report you take to your appointments says and how it is printed.</source>
        <translation>Was im Bericht für Ihre Arzttermine steht und wie er gedruckt wird.</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Morgenerinnerung</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>name and number</source>
        <translation>Name und Nummer</translation>
    </message>
    <message>
        <source>Colours: follow the computer&apos;s light, dark or high-contrast choice, or always use one.</source>
        <translation>Farben: wie am Computer eingestellt (hell, dunkel oder hoher Kontrast) oder immer dieselbe.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Text size, in percent of the computer&apos;s own.</source>
        <translation>Textgröße, in Prozent der Größe am Computer.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Show the illustrations&apos; strokes without moving them.</source>
        <translation>Die Streichbewegungen in den Bildern zeigen, ohne dass sie sich bewegen.</translation>
    </message>
    <message>
        <source>Keep the pictures still (no moving strokes)</source>
        <translation>Bilder ohne Bewegung zeigen</translation>
    </message>
    <message>
        <source>Reading time before the timer starts, so the first step can be read first (seconds).</source>
        <translation>Lesezeit, bevor der Timer startet, damit man den ersten Schritt zuerst lesen kann (Sekunden).</translation>
    </message>
    <message>
        <source>Reading time before the timer starts</source>
        <translation>Lesezeit vor dem Timer</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Give the same reading time before every step, not only the first.</source>
        <translation>Vor jedem Schritt die gleiche Lesezeit geben, nicht nur vor dem ersten.</translation>
    </message>
    <message>
        <source>Give reading time before every step</source>
        <translation>Lesezeit vor jedem Schritt</translation>
    </message>
    <message>
        <source>Make every step longer by this much: 1.5 gives half as long again, 2 twice as long.</source>
        <translation>So viel länger dauert jeder Schritt: 1,5 ergibt anderthalbmal so lang, 2 doppelt so lang.</translation>
    </message>
    <message>
        <source>Pace of every step</source>
        <translation>Tempo der Schritte</translation>
    </message>
    <message>
        <source>No countdown: each step lasts until you move on to the next.</source>
        <translation>Kein Countdown: Jeder Schritt dauert, bis Sie zum nächsten weitergehen.</translation>
    </message>
    <message>
        <source>No countdown: I&apos;ll say when to move on</source>
        <translation>Kein Countdown: Ich sage, wann es weitergeht</translation>
    </message>
    <message>
        <source>Two minutes of gentle warming before each massage routine.</source>
        <translation>Vor jeder Massageroutine zwei Minuten sanftes Aufwärmen.</translation>
    </message>
    <message>
        <source>Begin each routine with a short warm-up</source>
        <translation>Jede Routine mit kurzem Aufwärmen beginnen</translation>
    </message>
    <message>
        <source>Two minutes of slow, settling strokes after each massage routine.</source>
        <translation>Nach jeder Massageroutine zwei Minuten langsame, beruhigende Streichbewegungen.</translation>
    </message>
    <message>
        <source>End each routine with a short cool-down</source>
        <translation>Jede Routine mit kurzem Ausklang beenden</translation>
    </message>
    <message>
        <source>Ask the safety questions before each session.</source>
        <translation>Vor jeder Sitzung die Sicherheitsfragen stellen.</translation>
    </message>
    <message>
        <source>Ask the safety questions before each session</source>
        <translation>Sicherheitsfragen vor jeder Sitzung</translation>
    </message>
    <message>
        <source>After a session, at most once a week, offer a few questions about how daily life is going.</source>
        <translation>Nach einer Sitzung, höchstens einmal pro Woche, ein paar Fragen zum Alltag anbieten.</translation>
    </message>
    <message>
        <source>Once a week, ask how daily life is going</source>
        <translation>Einmal pro Woche nach dem Alltag fragen</translation>
    </message>
    <message>
        <source>What caused the neuropathy, if the person chose to say.</source>
        <translation>Was die Neuropathie verursacht hat, falls die Person es angeben wollte.</translation>
    </message>
    <message>
        <source>What caused the neuropathy</source>
        <translation>Ursache der Neuropathie</translation>
    </message>
    <message>
        <source>After the daily foot check, offer to write down both feet&apos;s skin temperature: a foot warmer than the other can be the first sign of a problem in a foot too numb to hurt.</source>
        <translation>Nach der täglichen Fußkontrolle anbieten, die Hauttemperatur beider Füße einzutragen: Ein Fuß, der wärmer ist als der andere, kann das erste Zeichen eines Problems sein, auch in einem Fuß, der zu taub ist, um zu schmerzen.</translation>
    </message>
    <message>
        <source>I have a foot skin thermometer</source>
        <translation>Ich habe ein Hautthermometer für die Füße</translation>
    </message>
    <message>
        <source>Where the symptoms are, such as the left foot and the right foot.</source>
        <translation>Wo die Beschwerden sind, zum Beispiel linker und rechter Fuß.</translation>
    </message>
    <message>
        <source>Where the symptoms are</source>
        <translation>Wo die Beschwerden sind</translation>
    </message>
    <message>
        <source>Your date of birth, printed on the report for your clinician. You may leave it empty.</source>
        <translation>Ihr Geburtsdatum, gedruckt auf dem Bericht für die Sprechstunde. Sie können es leer lassen.</translation>
    </message>
    <message>
        <source>Date of birth (optional)</source>
        <translation>Geburtsdatum (freiwillig)</translation>
    </message>
    <message>
        <source>Suggest first the routines that can be done lying in bed or sitting back in a recliner.</source>
        <translation>Zuerst die Routinen vorschlagen, die im Liegen im Bett oder zurückgelehnt im Ruhesessel gehen.</translation>
    </message>
    <message>
        <source>Mostly in bed or in a recliner</source>
        <translation>Meist im Bett oder im Ruhesessel</translation>
    </message>
    <message>
        <source>A caregiver gives the massage: the instructions and the voice speak to the helper.</source>
        <translation>Eine Pflegeperson massiert: Anleitung und Stimme sprechen die helfende Person an.</translation>
    </message>
    <message>
        <source>A caregiver gives it: speak to the helper</source>
        <translation>Eine Pflegeperson massiert: Anleitung für sie</translation>
    </message>
    <message>
        <source>The name of the caregiver who last helped, offered again next time.</source>
        <translation>Der Name der Pflegeperson, die zuletzt geholfen hat; er wird beim nächsten Mal wieder vorgeschlagen.</translation>
    </message>
    <message>
        <source>Helper&apos;s name</source>
        <translation>Name der helfenden Person</translation>
    </message>
    <message>
        <source>the helper&apos;s name (optional)</source>
        <translation>Name der helfenden Person (freiwillig)</translation>
    </message>
    <message>
        <source>Your local emergency number, as you would dial it, such as 999, 112 or 911.</source>
        <translation>Ihre örtliche Notrufnummer, so wie Sie sie wählen würden, zum Beispiel 999, 112 oder 911.</translation>
    </message>
    <message>
        <source>for example 999, 112 or 911</source>
        <translation>zum Beispiel 999, 112 oder 911</translation>
    </message>
    <message>
        <source>Your cancer team&apos;s helpline: its name and number, as you would dial it.</source>
        <translation>Die Hotline Ihres Krebsteams: Name und Nummer, so wie Sie sie wählen würden.</translation>
    </message>
    <message>
        <source>Your foot clinic: its name and number, as you would dial it.</source>
        <translation>Ihre Fußambulanz: Name und Nummer, so wie Sie sie wählen würden.</translation>
    </message>
    <message>
        <source>Your doctor: their name and number, as you would dial it.</source>
        <translation>Ihr Arzt: Name und Nummer, so wie Sie sie wählen würden.</translation>
    </message>
    <message>
        <source>The day of your last appointment. The report&apos;s first page says what changed since then; left empty, it looks at the whole period of the report.</source>
        <translation>Der Tag Ihres letzten Termins. Die erste Seite des Berichts zeigt, was sich seitdem verändert hat; bleibt das Feld leer, betrachtet sie den ganzen Zeitraum des Berichts.</translation>
    </message>
    <message>
        <source>Date of your last appointment</source>
        <translation>Datum Ihres letzten Termins</translation>
    </message>
    <message>
        <source>The paper the report is laid out on: A4, Letter, or the one your computer is set to.</source>
        <translation>Das Papierformat für den Bericht: A4, Letter oder das am Computer eingestellte.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Remind me each morning to do my routine.</source>
        <translation>Mich jeden Morgen an meine Routine erinnern.</translation>
    </message>
    <message>
        <source>Remind me to do my routine</source>
        <translation>An meine Routine erinnern</translation>
    </message>
    <message>
        <source>The time of the reminder, as HH:MM.</source>
        <translation>Die Uhrzeit der Erinnerung, als HH:MM.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>The days of the reminder.</source>
        <translation>Die Tage der Erinnerung.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The routine the reminder starts.</source>
        <translation>Die Routine, die mit der Erinnerung startet.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>How the reminder comes: as the desktop&apos;s own notification, with Start, Snooze and Skip, or as a small window that comes to the front. Where the desktop shows no notifications, it is the window.</source>
        <translation>Wie die Erinnerung kommt: als Benachrichtigung des Desktops selbst, mit Starten, Später erinnern und Heute auslassen, oder als kleines Fenster, das in den Vordergrund kommt. Wo der Desktop keine Benachrichtigungen zeigt, ist es das Fenster.</translation>
    </message>
    <message>
        <source>Show the reminder as</source>
        <translation>Die Erinnerung zeigen als</translation>
    </message>
    <message>
        <source>Start NeuroGuide when you log in, so reminders can come.</source>
        <translation>NeuroGuide beim Anmelden starten, damit Erinnerungen kommen können.</translation>
    </message>
    <message>
        <source>Start with the desktop when I log in</source>
        <translation>Beim Anmelden mitstarten</translation>
    </message>
    <message>
        <source>Start in the background, without the window.</source>
        <translation>Im Hintergrund starten, ohne Fenster.</translation>
    </message>
    <message>
        <source>Start in the background, without the window</source>
        <translation>Im Hintergrund starten, ohne Fenster</translation>
    </message>
    <message>
        <source>Your daily foot check</source>
        <translation>Ihre tägliche Fußkontrolle</translation>
    </message>
    <message>
        <source>Their daily foot check</source>
        <translation>Tägliche Fußkontrolle der Person</translation>
    </message>
    <message>
        <source>Short, for a bad day</source>
        <translation>Kurz, für schlechte Tage</translation>
    </message>
    <message>
        <source>Can be done in bed</source>
        <translation>Geht im Bett</translation>
    </message>
    <message>
        <source>Made for chemotherapy</source>
        <translation>Für die Zeit der Chemotherapie</translation>
    </message>
    <message>
        <source>For your feet and hands</source>
        <translation>Für Ihre Füße und Hände</translation>
    </message>
    <message>
        <source>For their feet and hands</source>
        <translation>Für die Füße und Hände der Person</translation>
    </message>
    <message>
        <source>For your feet</source>
        <translation>Für Ihre Füße</translation>
    </message>
    <message>
        <source>For their feet</source>
        <translation>Für die Füße der Person</translation>
    </message>
    <message>
        <source>For your hands</source>
        <translation>Für Ihre Hände</translation>
    </message>
    <message>
        <source>For their hands</source>
        <translation>Für die Hände der Person</translation>
    </message>
    <message>
        <source>This is your guide&apos;s voice. Keep the pressure light, and stop if anything hurts.</source>
        <translation>Das ist die Stimme Ihrer Anleitung. Drücken Sie nur leicht, und hören Sie auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>Instructions are shown on screen.</source>
        <translation>Die Anleitung wird auf dem Bildschirm gezeigt.</translation>
    </message>
    <message>
        <source>The voice is muted.</source>
        <translation>Die Stimme ist stummgeschaltet.</translation>
    </message>
    <message>
        <source>no speech engine is set up</source>
        <translation>kein Sprachprogramm eingerichtet</translation>
    </message>
    <message>
        <source>The usual voice is unavailable: %1. The system voice is used.</source>
        <translation>Die gewohnte Stimme ist nicht verfügbar: %1. Die Systemstimme wird verwendet.</translation>
    </message>
    <message>
        <source>Speech is unavailable: %1.</source>
        <translation>Sprachausgabe nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>The voice stopped: %1. It comes back by itself when it can.</source>
        <translation>Die Stimme ist ausgefallen: %1. Sie kommt von selbst zurück, sobald es geht.</translation>
    </message>
    <message>
        <source>No sound output was found.</source>
        <translation>Keine Tonausgabe gefunden.</translation>
    </message>
    <message>
        <source>the sound player stopped working</source>
        <translation>das Wiedergabeprogramm funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>the sound player stopped answering</source>
        <translation>das Wiedergabeprogramm antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the sound player could not be started</source>
        <translation>das Wiedergabeprogramm konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the sound output stopped working</source>
        <translation>die Tonausgabe funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>the sound player stopped</source>
        <translation>das Wiedergabeprogramm wurde beendet</translation>
    </message>
    <message>
        <source>its icon in the system tray</source>
        <translation>über das Symbol in der Systemleiste</translation>
    </message>
    <message>
        <source>starting NeuroGuide again</source>
        <translation>mit einem Neustart von NeuroGuide</translation>
    </message>
    <message>
        <source>NeuroGuide keeps running so your morning reminder can come. Open it again with %1; to end it completely, press Ctrl+Q or choose Quit.</source>
        <translation>NeuroGuide läuft weiter, damit Ihre Morgenerinnerung kommen kann. Öffnen Sie es wieder %1; um es ganz zu beenden, drücken Sie Strg+Q oder wählen Sie „Beenden“.</translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation>Wie fühlen Sie sich?</translation>
    </message>
    <message>
        <source>How is %1 feeling?</source>
        <translation>Wie fühlt sich %1?</translation>
    </message>
    <message>
        <source>How are they feeling?</source>
        <translation>Wie fühlt sich die Person?</translation>
    </message>
    <message>
        <source>Before you start: how do you feel?</source>
        <translation>Bevor es losgeht: Wie fühlen Sie sich?</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <source>Before you start: how does %1 feel?</source>
        <translation>Bevor es losgeht: Wie fühlt sich %1?</translation>
    </message>
    <message>
        <source>How does %1 feel now?</source>
        <translation>Wie fühlt sich %1 jetzt?</translation>
    </message>
    <message>
        <source>Before you start: how does the person you help feel?</source>
        <translation>Bevor es losgeht: Wie fühlt sich die Person, der Sie helfen?</translation>
    </message>
    <message>
        <source>How does the person you helped feel now?</source>
        <translation>Wie fühlt sich die Person, der Sie geholfen haben, jetzt?</translation>
    </message>
    <message>
        <source>%1. Ask them to score each from 0 (not at all) to 10 (the worst they can imagine). Leave any they would rather not score.</source>
        <translation>%1. Bitten Sie die Person, jeden Punkt von 0 (gar nicht) bis 10 (das Schlimmste, was sie sich vorstellen kann) zu bewerten. Lassen Sie aus, was sie lieber nicht bewerten möchte.</translation>
    </message>
    <message>
        <source>%1. Score each from 0 (not at all) to 10 (the worst you can imagine). Leave any you would rather not score.</source>
        <translation>%1. Bewerten Sie jeden Punkt von 0 (gar nicht) bis 10 (das Schlimmste, was Sie sich vorstellen können). Lassen Sie aus, was Sie lieber nicht bewerten möchten.</translation>
    </message>
    <message>
        <source>I did it myself</source>
        <translation>Ich habe es selbst gemacht</translation>
    </message>
    <message>
        <source>%1 did it alone</source>
        <translation>%1 hat es allein gemacht</translation>
    </message>
    <message>
        <source>They did it alone</source>
        <translation>Die Person hat es allein gemacht</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Don&apos;t ask before sessions</source>
        <translation>Vor Sitzungen nicht fragen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <source>Tick what you see now. Leave all empty if the skin looks as usual.</source>
        <translation>Kreuzen Sie an, was Sie jetzt sehen. Lassen Sie alles leer, wenn die Haut aussieht wie sonst.</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rötung</translation>
    </message>
    <message>
        <source>Blister</source>
        <translation>Blase</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Schnittwunde</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Blauer Fleck</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Sore afterwards</source>
        <translation>Danach schmerzhaft</translation>
    </message>
    <message>
        <source>Tired afterwards</source>
        <translation>Danach müde</translation>
    </message>
    <message>
        <source>Who did the massage?</source>
        <translation>Wer hat massiert?</translation>
    </message>
    <message>
        <source>Anything else to remember (optional)</source>
        <translation>Sonst noch etwas zu merken (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A caregiver:</source>
        <translation>Eine Pflegeperson:</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Name der Pflegeperson</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Minutes: %1 of %2</source>
        <translation>Minuten: %1 von %2</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Erledigte Schritte: %1 von %2</translation>
    </message>
    <message>
        <source>How it ended: %1</source>
        <translation>Ausgang: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Skin: %1</source>
        <translation>Haut: %1</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>wie sonst</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>in degrees Fahrenheit</source>
        <translation>in Grad Fahrenheit</translation>
    </message>
    <message>
        <source>in degrees Celsius</source>
        <translation>in Grad Celsius</translation>
    </message>
    <message>
        <source>such as %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>Foot skin temperature</source>
        <translation>Hauttemperatur der Füße</translation>
    </message>
    <message>
        <source>Measure the same places on both their feet, at the same time each day, as the foot clinic showed you.</source>
        <translation>Messen Sie an beiden Füßen der Person dieselben Stellen, jeden Tag zur gleichen Zeit, so wie es Ihnen die Fußambulanz gezeigt hat.</translation>
    </message>
    <message>
        <source>Measure the same places on both feet, at the same time each day, as your foot clinic showed you.</source>
        <translation>Messen Sie an beiden Füßen dieselben Stellen, jeden Tag zur gleichen Zeit, so wie es Ihnen Ihre Fußambulanz gezeigt hat.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>How daily life is going</source>
        <translation>Wie es im Alltag geht</translation>
    </message>
    <message>
        <source>A few questions about the past week, for you and your care team: a change in what you can do matters to them. Answer the ones you like and leave the rest.</source>
        <translation>Ein paar Fragen zur letzten Woche, für Sie und Ihr Behandlungsteam: Wenn sich ändert, was Sie können, ist das für das Team wichtig. Beantworten Sie, was Sie möchten, und lassen Sie den Rest aus.</translation>
    </message>
    <message>
        <source>Questions about daily life</source>
        <translation>Fragen zum Alltag</translation>
    </message>
    <message>
        <source>Don&apos;t offer these after sessions</source>
        <translation>Nach Sitzungen nicht mehr anbieten</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Diese Woche nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>Markierung setzen</translation>
    </message>
    <message>
        <source>Mark a day that matters, such as an infusion or a new medicine.</source>
        <translation>Markieren Sie einen wichtigen Tag, zum Beispiel eine Infusion oder ein neues Medikament.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>for example: infusion</source>
        <translation>zum Beispiel: Infusion</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was war</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Who is this session for?</source>
        <translation>Für wen ist diese Sitzung?</translation>
    </message>
    <message>
        <source>Each person has their own settings, safety answers and history. Choose a person to switch.</source>
        <translation>Jede Person hat eigene Einstellungen, Sicherheitsantworten und einen eigenen Verlauf. Wählen Sie eine Person, um zu wechseln.</translation>
    </message>
    <message>
        <source>This person&apos;s name</source>
        <translation>Name dieser Person</translation>
    </message>
    <message>
        <source>a name, so you can tell people apart</source>
        <translation>ein Name, um die Personen zu unterscheiden</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <source>Add someone you care for</source>
        <translation>Person hinzufügen, die Sie betreuen</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>Add and switch</source>
        <translation>Hinzufügen und wechseln</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>Der Name konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Please type their name first.</source>
        <translation>Bitte geben Sie zuerst den Namen ein.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>In %1 Min. erinnern</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
    <message>
        <source>Before you start: is it safe today?</source>
        <translation>Vor dem Start: Ist es heute sicher?</translation>
    </message>
    <message>
        <source>Answer each question. The answers decide what is safe to massage today.</source>
        <translation>Beantworten Sie jede Frage. Die Antworten entscheiden, was heute sicher massiert werden kann.</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today, because of cancer treatment</source>
        <translation>Heute, wegen der Krebsbehandlung</translation>
    </message>
    <message>
        <source>About you: asked once, then remembered</source>
        <translation>Über Sie: einmal gefragt, dann gemerkt</translation>
    </message>
    <message>
        <source>About you: remembered from before</source>
        <translation>Über Sie: von früher gemerkt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>What this means for today</source>
        <translation>Was das für heute bedeutet</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Antworten ändern</translation>
    </message>
    <message>
        <source>Close: no session now</source>
        <translation>Schließen: jetzt keine Sitzung</translation>
    </message>
    <message>
        <source>Questions still to answer before you can continue: %1.</source>
        <translation>Noch zu beantworten, bevor es weitergeht: %1.</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Alle Fragen sind beantwortet.</translation>
    </message>
    <message>
        <source>No massage today</source>
        <translation>Heute keine Massage</translation>
    </message>
    <message>
        <source>This routine is not for today</source>
        <translation>Diese Routine ist heute nicht geeignet</translation>
    </message>
    <message>
        <source>You can go ahead, with care</source>
        <translation>Sie können beginnen – mit Vorsicht</translation>
    </message>
    <message>
        <source>Another routine may still be fine: the library has others.</source>
        <translation>Eine andere Routine kann trotzdem passen: In der Sammlung gibt es weitere.</translation>
    </message>
    <message>
        <source>Left out today: %1.</source>
        <translation>Heute ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Steps left out today: %1.</source>
        <translation>Heute ausgelassene Schritte: %1.</translation>
    </message>
    <message>
        <source>Pressure today: %1.</source>
        <translation>Druck heute: %1.</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Woanders</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>From your answer when you started using NeuroGuide. Still right?</source>
        <translation>Aus Ihrer Antwort, als Sie mit NeuroGuide angefangen haben. Stimmt das noch?</translation>
    </message>
    <message>
        <source>Answered before. Still right?</source>
        <translation>Schon beantwortet. Stimmt das noch?</translation>
    </message>
    <message>
        <source>Last answered on %1. Still right?</source>
        <translation>Zuletzt beantwortet am %1. Stimmt das noch?</translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation>Die gewohnte Stimme</translation>
    </message>
    <message>
        <source>The usual voice for %1</source>
        <translation>Die gewohnte Stimme für %1</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>Standard des Systems</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>for example 14 March 1950</source>
        <translation>zum Beispiel 14. März 1950</translation>
    </message>
    <message>
        <source>Please write the day with its month in words, such as 14 March 1950.</source>
        <translation>Bitte schreiben Sie den Tag mit dem Monat in Worten, zum Beispiel 14. März 1950.</translation>
    </message>
    <message>
        <source>That day is still to come. Please give a day up to today.</source>
        <translation>Dieser Tag liegt in der Zukunft. Bitte geben Sie einen Tag bis heute an.</translation>
    </message>
    <message>
        <source>Please give a day from the year 1900 on.</source>
        <translation>Bitte geben Sie einen Tag ab dem Jahr 1900 an.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Alle Einstellungen</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and are back to their defaults:</source>
        <translation>Einige gespeicherte Einstellungen waren nicht verwendbar und stehen wieder auf Standard:</translation>
    </message>
    <message>
        <source>Card for a massage therapist…</source>
        <translation>Karte für den Masseur…</translation>
    </message>
    <message>
        <source>Save a printable card about you for a massage therapist</source>
        <translation>Eine druckbare Karte über Sie für einen Masseur speichern</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Status der Karte</translation>
    </message>
    <message>
        <source>Reminders are not available here.</source>
        <translation>Erinnerungen sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Add to my calendar (.ics)…</source>
        <translation>Zum Kalender hinzufügen (.ics)…</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Status der Stimme</translation>
    </message>
    <message>
        <source>Save the reminder for your calendar</source>
        <translation>Die Erinnerung für Ihren Kalender speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Save the card for your massage therapist</source>
        <translation>Die Karte für Ihren Masseur speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>Die Karte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1. Print it and hand it over.</source>
        <translation>%1 gespeichert. Drucken Sie sie aus und geben Sie sie weiter.</translation>
    </message>
    <message>
        <source>Morning routine</source>
        <translation>Morgenroutine</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %1</source>
        <translation>Die Kalenderdatei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>%1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalender.</translation>
    </message>
    <message>
        <source>The voice is ready.</source>
        <translation>Die Stimme ist bereit.</translation>
    </message>
    <message>
        <source>The system voice is used.</source>
        <translation>Die Systemstimme wird verwendet.</translation>
    </message>
    <message>
        <source>The reading could not be saved: %1.</source>
        <translation>Der Messwert konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: %1. The session goes on, and what was saved before is safe.</source>
        <translation>Der Verlauf kann gerade nicht gespeichert werden: %1. Die Sitzung geht weiter, und was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: %1.</source>
        <translation>Der Verlauf kann gerade nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Save your history</source>
        <translation>Verlauf speichern</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full</source>
        <translation>das Laufwerk mit %1 ist voll</translation>
    </message>
    <message>
        <source>it could not be written in %1 (%2)</source>
        <translation>in %1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. Please choose another folder.</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be made: the history cannot be read.</source>
        <translation>Die Datei konnte nicht erstellt werden: Der Verlauf ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The report for your clinician was saved to %1.</source>
        <translation>Der Bericht für die Sprechstunde wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be made: the history cannot be read.</source>
        <translation>Der Bericht konnte nicht erstellt werden: Der Verlauf ist nicht lesbar.</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Nach einer Sitzung</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Vor einer Sitzung</translation>
    </message>
    <message>
        <source>Shaded: the change</source>
        <translation>Schattiert: die Veränderung</translation>
    </message>
    <message>
        <source>Your markers</source>
        <translation>Ihre Markierungen</translation>
    </message>
    <message>
        <source>Illustration of the step</source>
        <translation>Bild zum Schritt</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Stopped by the person</source>
        <translation>Von der Person beendet</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>%1, worse than last time (%2)</source>
        <translation>%1, schlechter als beim letzten Mal (%2)</translation>
    </message>
    <message>
        <source>Answer this week&apos;s questions…</source>
        <translation>Fragen dieser Woche beantworten…</translation>
    </message>
    <message>
        <source>Answer this week&apos;s questions about daily life</source>
        <translation>Die Fragen dieser Woche zum Alltag beantworten</translation>
    </message>
    <message>
        <source>A few questions once a week about buttons and small things, walking and balance, falls and sleep. The answers go in the report for your clinician.</source>
        <translation>Einmal pro Woche ein paar Fragen zu Knöpfen und kleinen Dingen, Gehen und Gleichgewicht, Stürzen und Schlaf. Die Antworten kommen in den Bericht für die Sprechstunde.</translation>
    </message>
    <message>
        <source>Last answered on %1:</source>
        <translation>Zuletzt beantwortet am %1:</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Add a marker…</source>
        <translation>Markierung setzen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Report for my clinician…</source>
        <translation>Bericht für die Sprechstunde…</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Kalender der Sitzungen</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Your goal:</source>
        <translation>Ihr Ziel:</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Your goal, sessions a week</source>
        <translation>Ihr Ziel, Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Ein Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Zusammenfassung des Zeitraums</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Show older sessions</source>
        <translation>Ältere Sitzungen zeigen</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 sessions.</source>
        <translation>Die neuesten %1 von %2 Sitzungen werden gezeigt.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Jahr wählen</translation>
    </message>
    <message>
        <source>Days of the month; days with a session that counts are marked, days with one that ended early are underlined</source>
        <translation>Tage des Monats; Tage mit einer Sitzung, die zählt, sind markiert, Tage mit einer vorzeitig beendeten sind unterstrichen</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Show %1 on the chart</source>
        <translation>%1 im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Scores: 0 is none, 10 is the worst</source>
        <translation>Werte: 0 ist keine, 10 ist am schlimmsten</translation>
    </message>
    <message>
        <source>Show the scores for: %1</source>
        <translation>Werte zeigen für: %1</translation>
    </message>
    <message>
        <source>The chart shows sessions scored both before and after. None in this period yet.</source>
        <translation>Das Diagramm zeigt Sitzungen mit Werten vorher und nachher. In diesem Zeitraum gibt es noch keine.</translation>
    </message>
    <message>
        <source>No %1 scores for the %2, before and after, in this period.</source>
        <translation>Keine Werte für %1 (%2), vorher und nachher, in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Chart of %1 scores, %2, before and after each session</source>
        <translation>Diagramm der Werte für %1 (%2), vor und nach jeder Sitzung</translation>
    </message>
    <message>
        <source>Chart of symptom scores</source>
        <translation>Diagramm der Beschwerde-Werte</translation>
    </message>
    <message>
        <source>Markers: %1.</source>
        <translation>Markierungen: %1.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message>
        <source>Sessions that end before half of their steps are shown, but not counted (this week: %1).</source>
        <translation>Sitzungen, die vor der Hälfte ihrer Schritte enden, werden angezeigt, aber nicht gezählt (diese Woche: %1).</translation>
    </message>
    <message>
        <source>%1 days in a row, today included. Lovely.</source>
        <translation>%1 Tage in Folge, heute mitgezählt. Schön!</translation>
    </message>
    <message>
        <source>%1 days in a row so far; today&apos;s session would make it %2.</source>
        <translation>Bisher %1 Tage in Folge; mit der heutigen Sitzung wären es %2.</translation>
    </message>
    <message>
        <source>Today&apos;s session is done. Well done.</source>
        <translation>Die heutige Sitzung ist geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>Pick a routine whenever you feel ready.</source>
        <translation>Wählen Sie eine Routine, wann immer Sie bereit sind.</translation>
    </message>
    <message>
        <source>Today&apos;s session ended before half of its steps, so it is not counted yet.</source>
        <translation>Die heutige Sitzung endete vor der Hälfte ihrer Schritte und zählt deshalb noch nicht.</translation>
    </message>
    <message>
        <source>This week: %1 of your %2 sessions.</source>
        <translation>Diese Woche: %1 von Ihren %2 Sitzungen.</translation>
    </message>
    <message>
        <source>No sessions in this period yet. After your first session, your scores will show here.</source>
        <translation>In diesem Zeitraum noch keine Sitzungen. Nach Ihrer ersten Sitzung erscheinen Ihre Werte hier.</translation>
    </message>
    <message>
        <source>This week: %1. Your goal of %2 is reached.</source>
        <translation>Diese Woche: %1. Ihr Ziel von %2 ist erreicht.</translation>
    </message>
    <message>
        <source>%1 in this period, %2 finished.</source>
        <translation>%1 in diesem Zeitraum, %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Counted toward your goal: %1.</source>
        <translation>Für Ihr Ziel gezählt: %1.</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>In the last week</source>
        <translation>In der letzten Woche</translation>
    </message>
    <message>
        <source>In the last %1 weeks</source>
        <translation>In den letzten %1 Wochen</translation>
    </message>
    <message>
        <source>In the last %1 months</source>
        <translation>In den letzten %1 Monaten</translation>
    </message>
    <message>
        <source>In the last %1 years</source>
        <translation>In den letzten %1 Jahren</translation>
    </message>
    <message>
        <source>%1 in the %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>was on average %1 lower after a session than before</source>
        <translation>war nach einer Sitzung im Schnitt um %1 niedriger als davor</translation>
    </message>
    <message>
        <source>was on average %1 higher after a session than before</source>
        <translation>war nach einer Sitzung im Schnitt um %1 höher als davor</translation>
    </message>
    <message>
        <source>was on average the same before and after a session</source>
        <translation>war vor und nach einer Sitzung im Schnitt gleich</translation>
    </message>
    <message>
        <source>%1, %2 %3, over %4 sessions.</source>
        <translation>%1: %2 %3 (Sitzungen: %4).</translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1: before %2, after %3, over %4.</source>
        <translation>%1: vorher %2, nachher %3 (%4).</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1, source for %2, in your browser</source>
        <translation>%1 öffnen, Quelle zu %2, im Browser</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Today is a bad day</source>
        <translation>Heute ist ein schlechter Tag</translation>
    </message>
    <message>
        <source>Show the short, gentle routines first, until tonight</source>
        <translation>Bis heute Abend die kurzen, sanften Routinen zuerst zeigen</translation>
    </message>
    <message>
        <source>Massage can ease discomfort for a while; it does not cure neuropathy. Keep the pressure light, check your skin before and after, and ask your care team if you are unsure.</source>
        <translation>Massage kann Beschwerden eine Weile lindern; sie heilt keine Neuropathie. Drücken Sie nur leicht, prüfen Sie Ihre Haut vorher und nachher, und fragen Sie Ihr Behandlungsteam, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>No routines could be loaded.</source>
        <translation>Es konnten keine Routinen geladen werden.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Routine wählen</translation>
    </message>
    <message>
        <source>People: who the session is for</source>
        <translation>Personen: für wen die Sitzung ist</translation>
    </message>
    <message>
        <source>Learn: questions and answers about massage for neuropathy</source>
        <translation>Wissen: Fragen und Antworten zur Massage bei Neuropathie</translation>
    </message>
    <message>
        <source>History: your sessions and reports</source>
        <translation>Verlauf: Ihre Sitzungen und Berichte</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Feet and legs</source>
        <translation>Füße und Beine</translation>
    </message>
    <message>
        <source>Hands and arms</source>
        <translation>Hände und Arme</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Zeigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded. The others are ready to use.</source>
        <translation>
            <numerusform>%n Routinendatei konnte nicht geladen werden. Die anderen sind bereit.</numerusform>
            <numerusform>%n Routinendateien konnten nicht geladen werden. Die anderen sind bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in routine files</source>
        <translation>Probleme in Routinendateien</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Vorschläge für Sie</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>For: %1. Change who the session is for</source>
        <translation>Für: %1. Ändern, für wen die Sitzung ist</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>On your own</source>
        <translation>Allein</translation>
    </message>
    <message>
        <source>Given by a caregiver</source>
        <translation>Von einer Pflegeperson</translation>
    </message>
    <message>
        <source>On your own or with a helper</source>
        <translation>Allein oder mit Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop this session? The timer is paused while you decide.</source>
        <translation>Diese Sitzung beenden? Der Timer ist angehalten, während Sie entscheiden.</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Did you find anything on their skin: a cut, blister, crack, redness or swelling?</source>
        <translation>Haben Sie etwas auf der Haut der Person gefunden: eine Schnittwunde, Blase, einen Riss, eine Rötung oder Schwellung?</translation>
    </message>
    <message>
        <source>Did you find anything on your skin: a cut, blister, crack, redness or swelling?</source>
        <translation>Haben Sie etwas auf Ihrer Haut gefunden: eine Schnittwunde, Blase, einen Riss, eine Rötung oder Schwellung?</translation>
    </message>
    <message>
        <source>No, nothing</source>
        <translation>Nein, nichts</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Beide Hände</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>%1: is any of it hot, red or swollen, or has its shape changed?</source>
        <translation>%1: Ist etwas davon heiß, rot oder geschwollen, oder hat sich die Form verändert?</translation>
    </message>
    <message>
        <source>Yes: stop now</source>
        <translation>Ja: sofort aufhören</translation>
    </message>
    <message>
        <source>No, none of these</source>
        <translation>Nein, nichts davon</translation>
    </message>
    <message>
        <source>Change my answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Vorheriger Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Repeat this step (R)</source>
        <translation>Diesen Schritt wiederholen (R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Add 30 seconds to this step (+)</source>
        <translation>30 Sekunden zu diesem Schritt hinzufügen (+)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Nächster Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Skip this side</source>
        <translation>Seite auslassen</translation>
    </message>
    <message>
        <source>Skip this side today (S)</source>
        <translation>Diese Seite heute auslassen (S)</translation>
    </message>
    <message>
        <source>Something&apos;s wrong</source>
        <translation>Etwas stimmt nicht</translation>
    </message>
    <message>
        <source>Something&apos;s wrong: stop now (W)</source>
        <translation>Etwas stimmt nicht: sofort aufhören (W)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot only</source>
        <translation>nur rechter Fuß</translation>
    </message>
    <message>
        <source>left foot only</source>
        <translation>nur linker Fuß</translation>
    </message>
    <message>
        <source>both hands</source>
        <translation>beide Hände</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>rechte Hand</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>linke Hand</translation>
    </message>
    <message>
        <source>right hand only</source>
        <translation>nur rechte Hand</translation>
    </message>
    <message>
        <source>left hand only</source>
        <translation>nur linke Hand</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>You finished %1: %2, %3 of %4 steps, %5.</source>
        <translation>Sie haben „%1“ abgeschlossen: %2, %3 von %4 Schritten, %5.</translation>
    </message>
    <message>
        <source>You finished %1: %2, %3 of %4 steps.</source>
        <translation>Sie haben „%1“ abgeschlossen: %2, %3 von %4 Schritten.</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Sitzung zu Ende</translation>
    </message>
    <message>
        <source>You reached the end of %1: %2, %3 of %4 steps done in full, %5.</source>
        <translation>Sie sind am Ende von „%1“ angekommen: %2, %3 von %4 Schritten ganz gemacht, %5.</translation>
    </message>
    <message>
        <source>You reached the end of %1: %2, %3 of %4 steps done in full.</source>
        <translation>Sie sind am Ende von „%1“ angekommen: %2, %3 von %4 Schritten ganz gemacht.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>You stopped after %1, with %2 of %3 steps done, %4.</source>
        <translation>Sie haben nach %1 aufgehört, %2 von %3 Schritten erledigt, %4.</translation>
    </message>
    <message>
        <source>You stopped after %1, with %2 of %3 steps done.</source>
        <translation>Sie haben nach %1 aufgehört, %2 von %3 Schritten erledigt.</translation>
    </message>
    <message>
        <source>Enough of it was done to count toward your week.</source>
        <translation>Es wurde genug gemacht, damit es für Ihre Woche zählt.</translation>
    </message>
    <message>
        <source>It is in your history, but does not count toward your week.</source>
        <translation>Die Sitzung steht in Ihrem Verlauf, zählt aber nicht für Ihre Woche.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered, leave it out of massage, and call their foot clinic or doctor today: with diabetes a small wound can turn serious quickly.</source>
        <translation>Heute gefunden: %1. Halten Sie die Stelle sauber und abgedeckt, lassen Sie sie bei der Massage aus, und rufen Sie heute die Fußambulanz oder den Arzt der Person an: Bei Diabetes kann eine kleine Wunde schnell ernst werden.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered, leave it out of massage, and call your foot clinic or doctor today: with diabetes a small wound can turn serious quickly.</source>
        <translation>Heute gefunden: %1. Halten Sie die Stelle sauber und abgedeckt, lassen Sie sie bei der Massage aus, und rufen Sie heute Ihre Fußambulanz oder Ihren Arzt an: Bei Diabetes kann eine kleine Wunde schnell ernst werden.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered and leave it out of massage until it heals. If it spreads, gets hot or swollen, or is no better in a few days, call their doctor.</source>
        <translation>Heute gefunden: %1. Halten Sie die Stelle sauber und abgedeckt, und lassen Sie sie bei der Massage aus, bis sie verheilt ist. Wenn sie sich ausbreitet, heiß oder geschwollen wird oder nach ein paar Tagen nicht besser ist, rufen Sie den Arzt der Person an.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered and leave it out of massage until it heals. If it spreads, gets hot or swollen, or is no better in a few days, call your doctor.</source>
        <translation>Heute gefunden: %1. Halten Sie die Stelle sauber und abgedeckt, und lassen Sie sie bei der Massage aus, bis sie verheilt ist. Wenn sie sich ausbreitet, heiß oder geschwollen wird oder nach ein paar Tagen nicht besser ist, rufen Sie Ihren Arzt an.</translation>
    </message>
    <message>
        <source>The end of the session</source>
        <translation>Ende der Sitzung</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Foot temperatures…</source>
        <translation>Fußtemperaturen…</translation>
    </message>
    <message>
        <source>Write down today&apos;s foot skin temperatures</source>
        <translation>Heutige Hauttemperaturen der Füße eintragen</translation>
    </message>
    <message>
        <source>Look at their skin once more for redness, blisters or broken skin. A foot that is red, hot or swollen: call their foot clinic or doctor now. Pain that flares up and stays: tell their doctor or nurse before the next session.</source>
        <translation>Sehen Sie sich die Haut der Person noch einmal an: Gibt es Rötungen, Blasen oder offene Haut? Ist ein Fuß rot, heiß oder geschwollen: Rufen Sie sofort die Fußambulanz oder den Arzt der Person an. Schmerzen, die aufflammen und bleiben: Sagen Sie es vor der nächsten Sitzung dem Arzt oder der Pflegekraft der Person.</translation>
    </message>
    <message>
        <source>Look at your skin once more for redness, blisters or broken skin. A foot that is red, hot or swollen: call your foot clinic or doctor now. Pain that flares up and stays: tell your doctor or nurse before the next session.</source>
        <translation>Sehen Sie sich Ihre Haut noch einmal an: Gibt es Rötungen, Blasen oder offene Haut? Ist ein Fuß rot, heiß oder geschwollen: Rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an. Schmerzen, die aufflammen und bleiben: Sagen Sie es vor der nächsten Sitzung Ihrem Arzt oder Ihrer Pflegekraft.</translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Vorher und nachher: %1</translation>
    </message>
    <message>
        <source>Stopped. Here is what to do.</source>
        <translation>Beendet. Das ist jetzt zu tun.</translation>
    </message>
    <message>
        <source>Find what is happening below. When in doubt, ask for help: calling is never wrong.</source>
        <translation>Suchen Sie unten, was gerade passiert. Im Zweifel holen Sie Hilfe: Anrufen ist nie falsch.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Die Sitzung</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Sprachführung</translation>
    </message>
    <message>
        <source>Safety today</source>
        <translation>Sicherheit heute</translation>
    </message>
    <message>
        <source>Found at the skin check: %1. Left out today: keep it clean and covered.</source>
        <translation>Bei der Hautkontrolle gefunden: %1. Heute ausgelassen: Halten Sie die Stelle sauber und abgedeckt.</translation>
    </message>
    <message>
        <source>With diabetes, contact your foot clinic today.</source>
        <translation>Bei Diabetes: Melden Sie sich heute bei Ihrer Fußambulanz.</translation>
    </message>
    <message>
        <source>Skipped today: %1.</source>
        <translation>Heute übersprungen: %1.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>For the helper: ask how it feels as you go, and keep the pressure like smoothing on lotion. Stop at once if they say it hurts, burns or tingles more.</source>
        <translation>Für die helfende Person: Fragen Sie dabei immer wieder, wie es sich anfühlt, und drücken Sie nur so fest wie beim Eincremen. Hören Sie sofort auf, wenn die Person sagt, dass es wehtut, brennt oder mehr kribbelt.</translation>
    </message>
    <message>
        <source>Tips for the helper</source>
        <translation>Tipps für die helfende Person</translation>
    </message>
    <message>
        <source>What the voice says</source>
        <translation>Was die Stimme sagt</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Stand der Sitzung</translation>
    </message>
    <message>
        <source>Time left on this step</source>
        <translation>Restzeit für diesen Schritt</translation>
    </message>
    <message>
        <source>Time through this step</source>
        <translation>Bisherige Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 left</source>
        <translation>Schritt %1 von %2 · noch %3</translation>
    </message>
    <message>
        <source>Answer the question below to go on.</source>
        <translation>Beantworten Sie die Frage unten, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume when you are ready.</source>
        <translation>Angehalten. Drücken Sie die Leertaste oder „Fortsetzen“, wenn Sie bereit sind.</translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the timer starts in %n s</source>
        <translation>
            <numerusform>Machen Sie sich bereit: Der Timer startet in %n s</numerusform>
            <numerusform>Machen Sie sich bereit: Der Timer startet in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No countdown: press Next (→) when you are ready to move on. About %1 is usual.</source>
        <translation>Kein Countdown: Drücken Sie „Weiter“ (→), wenn Sie bereit sind. Üblich sind etwa %1.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>Write down today&apos;s…</source>
        <translation>Heutige Werte eintragen…</translation>
    </message>
    <message>
        <source>Right foot %1, left foot %2</source>
        <translation>Rechter Fuß %1, linker Fuß %2</translation>
    </message>
    <message>
        <source>Each day, after your foot check, write down the skin temperature of both feet. A foot more than %1 warmer than the other two days running needs rest and your foot clinic.</source>
        <translation>Tragen Sie jeden Tag nach Ihrer Fußkontrolle die Hauttemperatur beider Füße ein. Ist ein Fuß zwei Tage hintereinander mehr als %1 wärmer als der andere, schonen Sie ihn und melden Sie sich bei Ihrer Fußambulanz.</translation>
    </message>
    <message>
        <source>Last measured on %1: %2.</source>
        <translation>Zuletzt gemessen am %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n of the last 14 days.</source>
        <translation>
            <numerusform>Gemessen an %n der letzten 14 Tage.</numerusform>
            <numerusform>Gemessen an %n der letzten 14 Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>A session, step by step</source>
        <translation>Eine Sitzung, Schritt für Schritt</translation>
    </message>
    <message>
        <source>1. A few safety questions, so the massage suits you today.</source>
        <translation>1. Ein paar Sicherheitsfragen, damit die Massage heute zu Ihnen passt.</translation>
    </message>
    <message>
        <source>2. Each step with a picture and a countdown, read aloud if you like.</source>
        <translation>2. Jeder Schritt mit Bild und Countdown, auf Wunsch vorgelesen.</translation>
    </message>
    <message>
        <source>3. If you wish, how you feel before and after, kept on this computer.</source>
        <translation>3. Auf Wunsch: wie Sie sich vorher und nachher fühlen, gespeichert auf diesem Computer.</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Warum wir fragen</translation>
    </message>
    <message>
        <source>Your answers put the routines that fit you first.</source>
        <translation>Mit Ihren Antworten stehen die passenden Routinen vorne.</translation>
    </message>
    <message>
        <source>They stay on this computer. Skip any question you like.</source>
        <translation>Sie bleiben auf diesem Computer. Überspringen Sie jede Frage, die Sie möchten.</translation>
    </message>
    <message>
        <source>Drawing of a hand and a foot</source>
        <translation>Zeichnung einer Hand und eines Fußes</translation>
    </message>
    <message>
        <source>A few questions (all optional)</source>
        <translation>Ein paar Fragen (alle freiwillig)</translation>
    </message>
    <message>
        <source>What caused your neuropathy?</source>
        <translation>Was hat Ihre Neuropathie verursacht?</translation>
    </message>
    <message>
        <source>Where are your symptoms?</source>
        <translation>Wo sind Ihre Beschwerden?</translation>
    </message>
    <message>
        <source>Does someone help you with the massage?</source>
        <translation>Hilft Ihnen jemand bei der Massage?</translation>
    </message>
    <message>
        <source>No, I do it myself</source>
        <translation>Nein, ich mache es selbst</translation>
    </message>
    <message>
        <source>Yes, a caregiver helps</source>
        <translation>Ja, eine Pflegeperson hilft</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Sie können all das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>NeuroGuide walks you, or someone who helps you, through gentle hand and foot massage, step by step.</source>
        <translation>NeuroGuide führt Sie – oder jemanden, der Ihnen hilft – Schritt für Schritt durch eine sanfte Hand- und Fußmassage.</translation>
    </message>
    <message>
        <source>It is comfort and routine: massage can ease pain and tingling for a while. It does not cure neuropathy or repair nerves, and it is not a medical device.</source>
        <translation>Es geht um Wohlbefinden und Regelmäßigkeit: Massage kann Schmerzen und Kribbeln eine Weile lindern. Sie heilt keine Neuropathie und repariert keine Nerven, und NeuroGuide ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>Talk to your doctor or nurse before you start, especially during chemotherapy, with diabetic foot problems, blood thinners or low platelets.</source>
        <translation>Sprechen Sie vor dem Start mit Ihrem Arzt oder Ihrer Pflegekraft, besonders während einer Chemotherapie, bei diabetischen Fußproblemen, Blutverdünnern oder wenig Blutplättchen.</translation>
    </message>
    <message>
        <source>Before each session it asks a few safety questions, and it always says when to stop.</source>
        <translation>Vor jeder Sitzung stellt NeuroGuide ein paar Sicherheitsfragen, und es sagt immer, wann Sie aufhören sollen.</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Ein paar Fragen</translation>
    </message>
    <message>
        <source>Step %1 of 2</source>
        <translation>Schritt %1 von 2</translation>
    </message>
    <message>
        <source>Made with NeuroGuide on %1. NeuroGuide is a self-care aid, not a medical device.</source>
        <translation>Erstellt mit NeuroGuide am %1. NeuroGuide ist eine Hilfe zur Selbstpflege, kein Medizinprodukt.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Notes for my massage therapist</source>
        <translation>Hinweise für meinen Masseur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Contact in an emergency:</source>
        <translation>Kontakt im Notfall:</translation>
    </message>
    <message>
        <source>Neuropathy from:</source>
        <translation>Neuropathie durch:</translation>
    </message>
    <message>
        <source>Where I feel it:</source>
        <translation>Wo ich sie spüre:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Please keep in mind</source>
        <translation>Bitte beachten Sie</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Shaded: the change from before to after (green lower, red higher)</source>
        <translation>Schattiert: die Veränderung von vorher zu nachher (grün niedriger, rot höher)</translation>
    </message>
    <message>
        <source>No scores given</source>
        <translation>Keine Werte angegeben</translation>
    </message>
    <message>
        <source>at the skin check: %1</source>
        <translation>bei der Hautkontrolle: %1</translation>
    </message>
    <message>
        <source>soreness</source>
        <translation>Schmerzen danach</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>der Drucker konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Each panel averages the right and left side of one part of the body, a week at a time.</source>
        <translation>Jedes Feld zeigt den Durchschnitt von rechter und linker Seite eines Körperteils, jeweils pro Woche.</translation>
    </message>
    <message>
        <source>Each panel averages the right and left side of one part of the body, a month at a time.</source>
        <translation>Jedes Feld zeigt den Durchschnitt von rechter und linker Seite eines Körperteils, jeweils pro Monat.</translation>
    </message>
    <message>
        <source>The table below gives each side on its own.</source>
        <translation>Die Tabelle unten zeigt jede Seite einzeln.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Numbered lines: %1.</source>
        <translation>Nummerierte Linien: %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Average scores, before and after a session</source>
        <translation>Durchschnittswerte vor und nach einer Sitzung</translation>
    </message>
    <message>
        <source>No session in this period has scores both before and after.</source>
        <translation>Keine Sitzung in diesem Zeitraum hat Werte vorher und nachher.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Scores from 0 (none) to 10 (worst), for each hand and foot on its own. Each average rests on the sessions counted beside it: those with a score for that place both before and after. Changes from before to after a session have no control comparison: they may come from rest, expectation or the time of day as much as from the massage.</source>
        <translation>Werte von 0 (keine) bis 10 (am schlimmsten), für jede Hand und jeden Fuß einzeln. Jeder Durchschnitt beruht auf den daneben gezählten Sitzungen: denen mit einem Wert für diese Stelle vorher und nachher. Für die Veränderungen von vor zu nach einer Sitzung gibt es keinen Kontrollvergleich: Sie können ebenso von Ruhe, Erwartung oder der Tageszeit kommen wie von der Massage.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The same foot was more than %2 warmer on two or more days running (the sign to rest it and call the foot clinic): %1.</source>
        <translation>Derselbe Fuß war an zwei oder mehr Tagen hintereinander mehr als %2 wärmer (das Zeichen, ihn zu schonen und die Fußambulanz anzurufen): %1.</translation>
    </message>
    <message>
        <source>The same foot was never more than %1 warmer on two days running.</source>
        <translation>Derselbe Fuß war nie an zwei Tagen hintereinander mehr als %1 wärmer.</translation>
    </message>
    <message>
        <source>Days measured in this period: %1; with one foot more than %3 warmer than the other: %2.</source>
        <translation>Gemessene Tage in diesem Zeitraum: %1; davon mit einem Fuß mehr als %3 wärmer als der andere: %2.</translation>
    </message>
    <message>
        <source>Right, %1</source>
        <translation>Rechts, %1</translation>
    </message>
    <message>
        <source>Left, %1</source>
        <translation>Links, %1</translation>
    </message>
    <message>
        <source>Warmer by over %1</source>
        <translation>Mehr als %1 wärmer</translation>
    </message>
    <message>
        <source>The newest %1 days measured, the last reading of each day. A difference over %2 on two days running means rest and a call to the foot clinic: %3</source>
        <translation>Die letzten %1 gemessenen Tage, jeweils der letzte Messwert des Tages. Ein Unterschied von mehr als %2 an zwei Tagen hintereinander bedeutet, den Fuß zu schonen und die Fußambulanz anzurufen: %3</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Every week of the period, Monday to Sunday; the first and last may be part weeks.</source>
        <translation>Jede Woche des Zeitraums, Montag bis Sonntag; die erste und die letzte können Teilwochen sein.</translation>
    </message>
    <message>
        <source>Routines used</source>
        <translation>Verwendete Routinen</translation>
    </message>
    <message>
        <source>A week, on average</source>
        <translation>Pro Woche im Schnitt</translation>
    </message>
    <message>
        <source>Skin findings and safety stops</source>
        <translation>Hautbefunde und Sicherheitsstopps</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Found or why it stopped</source>
        <translation>Befund oder Grund für den Stopp</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Events the person marked on the timeline, numbered as on the chart.</source>
        <translation>Ereignisse, die die Person auf der Zeitleiste markiert hat, nummeriert wie im Diagramm.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>The person&apos;s own notes</source>
        <translation>Eigene Notizen der Person</translation>
    </message>
    <message>
        <source>The person&apos;s own answers to a few questions asked once a week, each about the week before; a dash is a question left unanswered. Worsening function is what leads a cancer team to change the treatment (recommendation 2.1):</source>
        <translation>Die eigenen Antworten der Person auf ein paar Fragen, die einmal pro Woche gestellt werden, jeweils zur Woche davor; ein Strich ist eine unbeantwortete Frage. Eine Verschlechterung der Funktion ist es, die ein Krebsteam dazu bringt, die Behandlung zu ändern (Empfehlung 2.1):</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>%1 is a self-care companion, not a medical device. It does not diagnose or treat; these records are the person&apos;s own.</source>
        <translation>%1 ist ein Begleiter zur Selbstpflege, kein Medizinprodukt. Es stellt keine Diagnosen und behandelt nicht; diese Aufzeichnungen sind die eigenen der Person.</translation>
    </message>
    <message>
        <source>Self-massage sessions and symptoms</source>
        <translation>Selbstmassage: Sitzungen und Beschwerden</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Period: %1 to %2. Made with %3 on %4.</source>
        <translation>Zeitraum: %1 bis %2. Erstellt mit %3 am %4.</translation>
    </message>
    <message>
        <source>Since your last appointment, on %1</source>
        <translation>Seit dem letzten Termin am %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>The last appointment, on %1, is outside this period: this is the start of the period.</source>
        <translation>Der letzte Termin am %1 liegt außerhalb dieses Zeitraums: Hier beginnt der Zeitraum.</translation>
    </message>
    <message>
        <source>No date of the last appointment was given: this is the start of the period.</source>
        <translation>Kein Datum des letzten Termins angegeben: Hier beginnt der Zeitraum.</translation>
    </message>
    <message>
        <source>There are too few sessions from the %1 before to compare with (%2).</source>
        <translation>Aus dem Zeitraum davor (%1) gibt es zu wenige Sitzungen für einen Vergleich (%2).</translation>
    </message>
    <message>
        <source>From the weekly questions about daily life:</source>
        <translation>Aus den wöchentlichen Fragen zum Alltag:</translation>
    </message>
    <message>
        <source>What got worse, compared with the %1 before:</source>
        <translation>Was sich verschlechtert hat, verglichen mit dem Zeitraum davor (%1):</translation>
    </message>
    <message>
        <source>Nothing got worse, compared with the %1 before: no score given before a session was higher on average by %2 point or more, and no larger share of sessions had a skin finding or a safety stop.</source>
        <translation>Nichts hat sich verschlechtert, verglichen mit dem Zeitraum davor (%1): Kein Wert vor einer Sitzung war im Schnitt um %2 Punkt oder mehr höher, und der Anteil der Sitzungen mit Hautbefund oder Sicherheitsstopp war nicht größer.</translation>
    </message>
    <message>
        <source>%1 (%2 finished, %3 stopped early, %4 interrupted), %5 minutes in all.</source>
        <translation>%1 (%2 abgeschlossen, %3 vorzeitig beendet, %4 unterbrochen), insgesamt %5 Minuten.</translation>
    </message>
    <message>
        <source>%1 since then (%2 a week); %3 in the %4 before (%5 a week).</source>
        <translation>Seitdem %1 (%2 pro Woche); im Zeitraum davor (%4) %3 (%5 pro Woche).</translation>
    </message>
    <message>
        <source>%1, %2: %3 on average before sessions since then (%4), against %5 in the days before (%6).</source>
        <translation>%1, %2: seitdem im Schnitt %3 vor den Sitzungen (%4), gegenüber %5 in der Zeit davor (%6).</translation>
    </message>
    <message>
        <source>Sessions with a skin finding: %1 of %2 since then, against %3 of %4 before.</source>
        <translation>Sitzungen mit Hautbefund: seitdem %1 von %2, gegenüber %3 von %4 davor.</translation>
    </message>
    <message>
        <source>Sessions stopped for safety: %1 of %2 since then, against %3 of %4 before.</source>
        <translation>Sitzungen mit Sicherheitsstopp: seitdem %1 von %2, gegenüber %3 von %4 davor.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>A fall, in the weekly questions about daily life: %1.</source>
        <translation>Ein Sturz laut den wöchentlichen Fragen zum Alltag: %1.</translation>
    </message>
    <message>
        <source>%1: “%2” on %3, against “%4” on %5.</source>
        <translation>%1: „%2“ am %3, gegenüber „%4“ am %5.</translation>
    </message>
    <message>
        <source>Foot skin temperature: the same foot more than %2 warmer two days running: %1.</source>
        <translation>Hauttemperatur der Füße: derselbe Fuß zwei Tage hintereinander mehr als %2 wärmer: %1.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the folder it was saved in</source>
        <translation>Den Ordner zeigen, in dem er gespeichert ist</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>The file is not there any more: %1.</source>
        <translation>Die Datei ist nicht mehr da: %1.</translation>
    </message>
    <message>
        <source>The file could not be opened: no program here opens it. It is saved as %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: Kein Programm hier kann sie öffnen. Sie ist gespeichert als %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown.</source>
        <translation>Der Ordner %1 konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 (printed)</source>
        <translation>%1 (gedruckt)</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>The report was printed to the file %1.</source>
        <translation>Der Bericht wurde in die Datei %1 gedruckt.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>der Drucker</translation>
    </message>
    <message>
        <source>The report was sent to %1.</source>
        <translation>Der Bericht wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>the printer did not answer</source>
        <translation>der Drucker hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The report could not be printed: %1. The PDF is saved; you can open it and print it from there.</source>
        <translation>Der Bericht konnte nicht gedruckt werden: %1. Das PDF ist gespeichert; Sie können es öffnen und von dort drucken.</translation>
    </message>
    <message>
        <source>Other steps left out today: %1.</source>
        <translation>Weitere heute ausgelassene Schritte: %1.</translation>
    </message>
    <message>
        <source>Do you have chest pain, or new or sudden shortness of breath, right now?</source>
        <translation>Haben Sie gerade jetzt Schmerzen in der Brust oder neue oder plötzliche Atemnot?</translation>
    </message>
    <message>
        <source>Do they have chest pain, or new or sudden shortness of breath, right now?</source>
        <translation>Hat die Person gerade jetzt Schmerzen in der Brust oder neue oder plötzliche Atemnot?</translation>
    </message>
    <message>
        <source>Is your temperature 37.5 °C or more, or under 36 °C, or do you feel shivery or unwell today?</source>
        <translation>Liegt Ihre Temperatur bei 37,5 °C oder höher oder unter 36 °C, oder fühlen Sie sich heute fröstelig oder unwohl?</translation>
    </message>
    <message>
        <source>Is their temperature 37.5 °C or more, or under 36 °C, or do they feel shivery or unwell today?</source>
        <translation>Liegt die Temperatur der Person bei 37,5 °C oder höher oder unter 36 °C, oder fühlt sie sich heute fröstelig oder unwohl?</translation>
    </message>
    <message>
        <source>Is one leg newly swollen, painful, warm or red, in the calf or the thigh?</source>
        <translation>Ist seit Kurzem ein Bein geschwollen, schmerzhaft, warm oder rot, an der Wade oder am Oberschenkel?</translation>
    </message>
    <message>
        <source>Is one of their legs newly swollen, painful, warm or red, in the calf or the thigh?</source>
        <translation>Ist seit Kurzem ein Bein der Person geschwollen, schmerzhaft, warm oder rot, an der Wade oder am Oberschenkel?</translation>
    </message>
    <message>
        <source>Is a foot red, hot or swollen, or changing shape?</source>
        <translation>Ist ein Fuß rot, heiß oder geschwollen, oder verändert er seine Form?</translation>
    </message>
    <message>
        <source>Is one of their feet red, hot or swollen, or changing shape?</source>
        <translation>Ist ein Fuß der Person rot, heiß oder geschwollen, oder verändert er seine Form?</translation>
    </message>
    <message>
        <source>Is a foot cold, pale, blue or dark? Does it hurt when you rest or at night? Or is there a wound on it that will not heal?</source>
        <translation>Ist ein Fuß kalt, blass, blau oder dunkel? Tut er in Ruhe oder nachts weh? Oder hat er eine Wunde, die nicht heilt?</translation>
    </message>
    <message>
        <source>Is one of their feet cold, pale, blue or dark? Does it hurt when they rest or at night? Or is there a wound on it that will not heal?</source>
        <translation>Ist ein Fuß der Person kalt, blass, blau oder dunkel? Tut er in Ruhe oder nachts weh? Oder hat er eine Wunde, die nicht heilt?</translation>
    </message>
    <message>
        <source>In the last hours or days, has weakness or numbness spread, or suddenly made it harder to walk or hold things?</source>
        <translation>Hat sich in den letzten Stunden oder Tagen eine Schwäche oder Taubheit ausgebreitet, oder ist das Gehen oder Halten von Dingen plötzlich schwerer geworden?</translation>
    </message>
    <message>
        <source>In the last hours or days, has their weakness or numbness spread, or suddenly made it harder for them to walk or hold things?</source>
        <translation>Hat sich bei der Person in den letzten Stunden oder Tagen eine Schwäche oder Taubheit ausgebreitet, oder fällt ihr das Gehen oder Halten von Dingen plötzlich schwerer?</translation>
    </message>
    <message>
        <source>Look at your hands and feet. Is there a cut, blister, crack or sore, or any sign of infection? Where?</source>
        <translation>Sehen Sie sich Ihre Hände und Füße an. Gibt es eine Schnittwunde, Blase, einen Riss oder eine wunde Stelle, oder Zeichen einer Infektion? Wo?</translation>
    </message>
    <message>
        <source>Look at their hands and feet. Is there a cut, blister, crack or sore, or any sign of infection? Where?</source>
        <translation>Sehen Sie sich die Hände und Füße der Person an. Gibt es eine Schnittwunde, Blase, einen Riss oder eine wunde Stelle, oder Zeichen einer Infektion? Wo?</translation>
    </message>
    <message>
        <source>Are your palms or soles red, sore, swollen or peeling (hand-foot syndrome)?</source>
        <translation>Sind Ihre Handflächen oder Fußsohlen rot, wund, geschwollen oder schälen sie sich (Hand-Fuß-Syndrom)?</translation>
    </message>
    <message>
        <source>Are their palms or soles red, sore, swollen or peeling (hand-foot syndrome)?</source>
        <translation>Sind die Handflächen oder Fußsohlen der Person rot, wund, geschwollen oder schälen sie sich (Hand-Fuß-Syndrom)?</translation>
    </message>
    <message>
        <source>Is an arm with a PICC line or a port swollen, red, warm or painful?</source>
        <translation>Ist ein Arm mit PICC-Katheter oder Port geschwollen, rot, warm oder schmerzhaft?</translation>
    </message>
    <message>
        <source>Is an arm with their PICC line or port swollen, red, warm or painful?</source>
        <translation>Ist ein Arm mit dem PICC-Katheter oder Port der Person geschwollen, rot, warm oder schmerzhaft?</translation>
    </message>
    <message>
        <source>Are you having chemotherapy or another cancer drug, or have you had it in the last 6 weeks?</source>
        <translation>Bekommen Sie eine Chemotherapie oder ein anderes Krebsmedikament, oder haben Sie in den letzten 6 Wochen eines bekommen?</translation>
    </message>
    <message>
        <source>Are they having chemotherapy or another cancer drug, or have they had it in the last 6 weeks?</source>
        <translation>Bekommt die Person eine Chemotherapie oder ein anderes Krebsmedikament, oder hat sie in den letzten 6 Wochen eines bekommen?</translation>
    </message>
    <message>
        <source>Do you have diabetes with numb feet, or have you been told your feet are at high risk?</source>
        <translation>Haben Sie Diabetes mit tauben Füßen, oder wurde Ihnen gesagt, dass Ihre Füße stark gefährdet sind?</translation>
    </message>
    <message>
        <source>Do they have diabetes with numb feet, or have they been told their feet are at high risk?</source>
        <translation>Hat die Person Diabetes mit tauben Füßen, oder wurde ihr gesagt, dass ihre Füße stark gefährdet sind?</translation>
    </message>
    <message>
        <source>Has a doctor told you that you have poor circulation in your legs or feet (peripheral arterial disease)?</source>
        <translation>Hat Ihnen ein Arzt gesagt, dass Sie eine schlechte Durchblutung in den Beinen oder Füßen haben (pAVK, „Schaufensterkrankheit“)?</translation>
    </message>
    <message>
        <source>Has a doctor told them that they have poor circulation in their legs or feet (peripheral arterial disease)?</source>
        <translation>Hat ein Arzt der Person gesagt, dass sie eine schlechte Durchblutung in den Beinen oder Füßen hat (pAVK, „Schaufensterkrankheit“)?</translation>
    </message>
    <message>
        <source>Has your doctor said that gentle massage of your feet and legs is all right?</source>
        <translation>Hat Ihr Arzt gesagt, dass eine sanfte Massage Ihrer Füße und Beine in Ordnung ist?</translation>
    </message>
    <message>
        <source>Has their doctor said that gentle massage of their feet and legs is all right?</source>
        <translation>Hat der Arzt der Person gesagt, dass eine sanfte Massage ihrer Füße und Beine in Ordnung ist?</translation>
    </message>
    <message>
        <source>Do you have a blood clot in a leg now, or are you being treated for one?</source>
        <translation>Haben Sie jetzt ein Blutgerinnsel in einem Bein, oder werden Sie deswegen behandelt?</translation>
    </message>
    <message>
        <source>Do they have a blood clot in a leg now, or are they being treated for one?</source>
        <translation>Hat die Person jetzt ein Blutgerinnsel in einem Bein, oder wird sie deswegen behandelt?</translation>
    </message>
    <message>
        <source>Do you have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, daily aspirin or similar)?</source>
        <translation>Haben Sie wenig Blutplättchen, bekommen Sie leicht blaue Flecken, oder nehmen Sie einen Blutverdünner (Warfarin, Apixaban, täglich Aspirin oder Ähnliches)?</translation>
    </message>
    <message>
        <source>Do they have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, daily aspirin or similar)?</source>
        <translation>Hat die Person wenig Blutplättchen, bekommt sie leicht blaue Flecken, oder nimmt sie einen Blutverdünner (Warfarin, Apixaban, täglich Aspirin oder Ähnliches)?</translation>
    </message>
    <message>
        <source>Do you have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 weeks? Where?</source>
        <translation>Haben Sie Krebs in einem Knochen, einen Knochenbruch in den letzten 3 Monaten oder eine Operation in den letzten 6 Wochen? Wo?</translation>
    </message>
    <message>
        <source>Do they have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 weeks? Where?</source>
        <translation>Hat die Person Krebs in einem Knochen, einen Knochenbruch in den letzten 3 Monaten oder eine Operation in den letzten 6 Wochen? Wo?</translation>
    </message>
    <message>
        <source>Do you have a port, a line or a pain patch on an arm or a leg, or have you had radiotherapy there? Where?</source>
        <translation>Haben Sie an einem Arm oder Bein einen Port, einen Katheter oder ein Schmerzpflaster, oder wurden Sie dort bestrahlt? Wo?</translation>
    </message>
    <message>
        <source>Do they have a port, a line or a pain patch on an arm or a leg, or have they had radiotherapy there? Where?</source>
        <translation>Hat die Person an einem Arm oder Bein einen Port, einen Katheter oder ein Schmerzpflaster, oder wurde sie dort bestrahlt? Wo?</translation>
    </message>
    <message>
        <source>Have you had lymph nodes removed, or do you have lymphoedema (long-lasting swelling), in an arm or a leg? Where?</source>
        <translation>Wurden Ihnen an einem Arm oder Bein Lymphknoten entfernt, oder haben Sie dort ein Lymphödem (lang anhaltende Schwellung)? Wo?</translation>
    </message>
    <message>
        <source>Have they had lymph nodes removed, or do they have lymphoedema (long-lasting swelling), in an arm or a leg? Where?</source>
        <translation>Wurden der Person an einem Arm oder Bein Lymphknoten entfernt, oder hat sie dort ein Lymphödem (lang anhaltende Schwellung)? Wo?</translation>
    </message>
    <message>
        <source>Do you have gout?</source>
        <translation>Haben Sie Gicht?</translation>
    </message>
    <message>
        <source>Do they have gout?</source>
        <translation>Hat die Person Gicht?</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Sind Sie schwanger?</translation>
    </message>
    <message>
        <source>Are they pregnant?</source>
        <translation>Ist die Person schwanger?</translation>
    </message>
    <message>
        <source>Do you have an allergy to oils or very sensitive skin?</source>
        <translation>Haben Sie eine Allergie gegen Öle oder sehr empfindliche Haut?</translation>
    </message>
    <message>
        <source>Do they have an allergy to oils or very sensitive skin?</source>
        <translation>Hat die Person eine Allergie gegen Öle oder sehr empfindliche Haut?</translation>
    </message>
    <message>
        <source>Chest pain or shortness of breath can be an emergency, such as a clot that has moved to the lungs. No massage.</source>
        <translation>Schmerzen in der Brust oder Atemnot können ein Notfall sein, zum Beispiel ein Blutgerinnsel, das in die Lunge gewandert ist. Keine Massage.</translation>
    </message>
    <message>
        <source>A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be an infection. No massage today. Rest.</source>
        <translation>Eine Temperatur von 37,5 °C oder mehr oder unter 36 °C, Frösteln oder Unwohlsein kann eine Infektion sein. Heute keine Massage. Ruhen Sie sich aus.</translation>
    </message>
    <message>
        <source>During cancer treatment, a temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be a serious infection. No massage. The helpline is there day and night.</source>
        <translation>Während einer Krebsbehandlung kann eine Temperatur von 37,5 °C oder mehr oder unter 36 °C, Frösteln oder Unwohlsein eine schwere Infektion sein. Keine Massage. Die Hotline ist Tag und Nacht für Sie da.</translation>
    </message>
    <message>
        <source>A swollen, painful or warm leg can be a blood clot. No massage. With chest pain or breathlessness, call an ambulance.</source>
        <translation>Ein geschwollenes, schmerzhaftes oder warmes Bein kann ein Blutgerinnsel sein. Keine Massage. Bei Schmerzen in der Brust oder Atemnot rufen Sie einen Rettungswagen.</translation>
    </message>
    <message>
        <source>A red, hot or swollen foot can be an infection or Charcot foot. No massage. Keep the weight off it.</source>
        <translation>Ein roter, heißer oder geschwollener Fuß kann eine Infektion oder ein Charcot-Fuß sein. Keine Massage. Belasten Sie den Fuß nicht.</translation>
    </message>
    <message>
        <source>A cold, pale, blue or dark foot, pain at rest or at night, or a wound that will not heal can mean poor blood flow. No massage. If a foot went cold, pale and painful suddenly, call an ambulance.</source>
        <translation>Ein kalter, blasser, blauer oder dunkler Fuß, Schmerzen in Ruhe oder nachts oder eine Wunde, die nicht heilt, können auf eine schlechte Durchblutung hinweisen. Keine Massage. Wurde ein Fuß plötzlich kalt, blass und schmerzhaft, rufen Sie einen Rettungswagen.</translation>
    </message>
    <message>
        <source>Weakness or numbness that spreads over hours or days needs a doctor the same day. No massage. If breathing or swallowing gets hard, call an ambulance.</source>
        <translation>Schwäche oder Taubheit, die sich über Stunden oder Tage ausbreitet, braucht noch am selben Tag einen Arzt. Keine Massage. Wird das Atmen oder Schlucken schwer, rufen Sie einen Rettungswagen.</translation>
    </message>
    <message>
        <source>Broken or infected skin is left out today: massage could make it worse, and numb skin may not feel it.</source>
        <translation>Offene oder entzündete Haut wird heute ausgelassen: Massage könnte es verschlimmern, und taube Haut spürt es vielleicht nicht.</translation>
    </message>
    <message>
        <source>With diabetes, a cut, blister, crack or sore on a foot needs checking by the foot clinic.</source>
        <translation>Bei Diabetes muss die Fußambulanz eine Schnittwunde, Blase, einen Riss oder eine wunde Stelle am Fuß ansehen.</translation>
    </message>
    <message>
        <source>Red, sore or peeling palms or soles during cancer treatment (hand-foot syndrome) are left out. The cancer team needs to know: they may change the treatment.</source>
        <translation>Rote, wunde oder sich schälende Handflächen oder Fußsohlen während einer Krebsbehandlung (Hand-Fuß-Syndrom) werden ausgelassen. Das Krebsteam muss davon wissen: Es ändert vielleicht die Behandlung.</translation>
    </message>
    <message>
        <source>A swollen, red or painful arm with a line or port can be a clot or an infection. No massage.</source>
        <translation>Ein geschwollener, roter oder schmerzhafter Arm mit Katheter oder Port kann ein Blutgerinnsel oder eine Infektion sein. Keine Massage.</translation>
    </message>
    <message>
        <source>During cancer treatment white cells may be low: everyone who touches washes their hands first.</source>
        <translation>Während einer Krebsbehandlung kann es zu wenig weiße Blutkörperchen geben: Alle, die berühren, waschen sich vorher die Hände.</translation>
    </message>
    <message>
        <source>With diabetes and numb feet: light pressure only, no heat, and the feet looked at every day.</source>
        <translation>Bei Diabetes und tauben Füßen: nur leichter Druck, keine Wärme, und die Füße jeden Tag ansehen.</translation>
    </message>
    <message>
        <source>Poor circulation in the legs needs a doctor&apos;s agreement before the feet and legs are massaged: they are left out until the doctor says it is all right.</source>
        <translation>Bei schlechter Durchblutung der Beine muss ein Arzt zustimmen, bevor Füße und Beine massiert werden: Sie werden ausgelassen, bis der Arzt sagt, dass es in Ordnung ist.</translation>
    </message>
    <message>
        <source>A leg with a blood clot is left out, and its foot with it. No pressure points while a clot is being treated.</source>
        <translation>Ein Bein mit Blutgerinnsel wird ausgelassen, und sein Fuß mit. Keine Druckpunkte, solange ein Gerinnsel behandelt wird.</translation>
    </message>
    <message>
        <source>With low platelets, easy bruising or a blood thinner: light touch only, no kneading, friction or pressure points. If the doctor or cancer team has not yet said massage is all right, ask at the next appointment.</source>
        <translation>Bei wenig Blutplättchen, Neigung zu blauen Flecken oder einem Blutverdünner: nur leichte Berührung, kein Kneten, kein Reiben, keine Druckpunkte. Falls der Arzt oder das Krebsteam noch nicht gesagt hat, dass Massage in Ordnung ist, fragen Sie beim nächsten Termin.</translation>
    </message>
    <message>
        <source>Where there is cancer in a bone, a recent fracture or an operation, that place is left out. Elsewhere, light touch only: no kneading, friction, pressure points, and no one else moving the joints. If the doctor or cancer team has not yet said massage is all right, ask at the next appointment.</source>
        <translation>Wo Krebs im Knochen, ein frischer Bruch oder eine Operation ist, wird diese Stelle ausgelassen. Anderswo nur leichte Berührung: kein Kneten, kein Reiben, keine Druckpunkte, und niemand sonst bewegt die Gelenke. Falls der Arzt oder das Krebsteam noch nicht gesagt hat, dass Massage in Ordnung ist, fragen Sie beim nächsten Termin.</translation>
    </message>
    <message>
        <source>Where there is a port, a line, a patch or radiotherapy, that hand or foot and its limb are left out, and no oils there.</source>
        <translation>Wo ein Port, ein Katheter, ein Pflaster oder eine Bestrahlung ist, werden diese Hand oder dieser Fuß und der ganze Arm oder das ganze Bein ausgelassen, und dort keine Öle.</translation>
    </message>
    <message>
        <source>A limb with lymphoedema or lymph nodes removed is left out.</source>
        <translation>Ein Arm oder Bein mit Lymphödem oder entfernten Lymphknoten wird ausgelassen.</translation>
    </message>
    <message>
        <source>Pressure points are not for feet with gout.</source>
        <translation>Bei Gicht keine Druckpunkte an den Füßen.</translation>
    </message>
    <message>
        <source>In pregnancy: no pressure on the web between the thumb and first finger, and no pressure points until a midwife or doctor agrees.</source>
        <translation>In der Schwangerschaft: kein Druck auf die Hautfalte zwischen Daumen und Zeigefinger und keine Druckpunkte, bis eine Hebamme oder ein Arzt zustimmt.</translation>
    </message>
    <message>
        <source>Use a plain, unscented lotion and no essential oils.</source>
        <translation>Verwenden Sie eine einfache Lotion ohne Duftstoffe und keine ätherischen Öle.</translation>
    </message>
    <message>
        <source>I have peripheral neuropathy: my skin may not feel pressure, heat or pain properly. Please keep the pressure light, like smoothing on lotion: I may not feel it when it is too much, so watch my skin for redness as you go.</source>
        <translation>Ich habe eine periphere Neuropathie: Meine Haut spürt Druck, Hitze oder Schmerz vielleicht nicht richtig. Bitte drücken Sie nur leicht, wie beim Eincremen: Ich merke vielleicht nicht, wenn es zu viel ist. Achten Sie deshalb dabei auf Rötungen meiner Haut.</translation>
    </message>
    <message>
        <source>Please no heat, hot stones or hot towels on numb areas.</source>
        <translation>Bitte keine Wärme, keine heißen Steine und keine heißen Tücher auf tauben Stellen.</translation>
    </message>
    <message>
        <source>Please stop and tell me if you see a cut, a blister, redness or swelling.</source>
        <translation>Bitte hören Sie auf und sagen Sie es mir, wenn Sie eine Schnittwunde, eine Blase, eine Rötung oder eine Schwellung sehen.</translation>
    </message>
    <message>
        <source>I am having cancer treatment: my white cells may be low, so please wash your hands first. If I have a temperature or feel unwell, no massage.</source>
        <translation>Ich bin in Krebsbehandlung: Ich habe vielleicht zu wenig weiße Blutkörperchen, bitte waschen Sie sich deshalb vorher die Hände. Wenn ich Fieber habe oder mich unwohl fühle: keine Massage.</translation>
    </message>
    <message>
        <source>I have a blood clot in a leg, on the side of my {places}: please leave that whole leg and foot out, and no reflexology.</source>
        <translation>Ich habe ein Blutgerinnsel in einem Bein, auf dieser Seite: {places}. Bitte lassen Sie dieses ganze Bein und den Fuß aus, und keine Reflexzonenmassage.</translation>
    </message>
    <message>
        <source>I have poor circulation in my legs: please massage my feet and legs only if my doctor agrees.</source>
        <translation>Ich habe eine schlechte Durchblutung in den Beinen: Bitte massieren Sie meine Füße und Beine nur, wenn mein Arzt zustimmt.</translation>
    </message>
    <message>
        <source>I bruise easily (low platelets or a blood thinner): light touch only, no kneading, friction or pressure points.</source>
        <translation>Ich bekomme leicht blaue Flecken (wenig Blutplättchen oder ein Blutverdünner): nur leichte Berührung, kein Kneten, kein Reiben, keine Druckpunkte.</translation>
    </message>
    <message>
        <source>There is a port, a line, a pain patch or a radiotherapy area on my {places}: please leave it out, and no oils there.</source>
        <translation>An dieser Stelle habe ich einen Port, einen Katheter, ein Schmerzpflaster oder einen Bestrahlungsbereich: {places}. Bitte lassen Sie diese Stelle aus, und dort keine Öle.</translation>
    </message>
    <message>
        <source>Lymph nodes were removed, or there is lymphoedema, on the side of my {places}: please leave that limb out.</source>
        <translation>Mir wurden Lymphknoten entfernt, oder ich habe ein Lymphödem, auf dieser Seite: {places}. Bitte lassen Sie diesen Arm oder dieses Bein aus.</translation>
    </message>
    <message>
        <source>I have cancer in a bone, a recent fracture or recent surgery: please leave that place out, and light touch only elsewhere.</source>
        <translation>Ich habe Krebs in einem Knochen, einen frischen Knochenbruch oder eine frische Operation: Bitte lassen Sie diese Stelle aus, und anderswo nur leichte Berührung.</translation>
    </message>
    <message>
        <source>I have diabetes and my feet are numb or at high risk: light pressure only, no heat, and please look at my feet before and after.</source>
        <translation>Ich habe Diabetes, und meine Füße sind taub oder stark gefährdet: nur leichter Druck, keine Wärme, und bitte sehen Sie sich meine Füße vorher und nachher an.</translation>
    </message>
    <message>
        <source>I have gout: no pressure points on my feet.</source>
        <translation>Ich habe Gicht: keine Druckpunkte an meinen Füßen.</translation>
    </message>
    <message>
        <source>I am pregnant: no pressure on the web between my thumb and first finger, and no pressure-point work unless my midwife or doctor agrees.</source>
        <translation>Ich bin schwanger: kein Druck auf die Hautfalte zwischen Daumen und Zeigefinger, und keine Arbeit an Druckpunkten, außer meine Hebamme oder mein Arzt stimmt zu.</translation>
    </message>
    <message>
        <source>I am allergic to oils or have very sensitive skin: plain, unscented lotion only.</source>
        <translation>Ich bin allergisch gegen Öle oder habe sehr empfindliche Haut: nur einfache Lotion ohne Duftstoffe.</translation>
    </message>
    <message>
        <source>your local emergency number</source>
        <translation>Ihre örtliche Notrufnummer</translation>
    </message>
    <message>
        <source>your cancer team&apos;s helpline</source>
        <translation>die Hotline Ihres Krebsteams</translation>
    </message>
    <message>
        <source>your foot clinic</source>
        <translation>Ihre Fußambulanz</translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation>Ihren Arzt</translation>
    </message>
    <message>
        <source>their cancer team&apos;s helpline</source>
        <translation>die Hotline des Krebsteams der Person</translation>
    </message>
    <message>
        <source>their foot clinic</source>
        <translation>die Fußambulanz der Person</translation>
    </message>
    <message>
        <source>their doctor</source>
        <translation>den Arzt der Person</translation>
    </message>
    <message>
        <source>Local emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Cancer team&apos;s helpline</source>
        <translation>Hotline des Krebsteams</translation>
    </message>
    <message>
        <source>Foot clinic</source>
        <translation>Fußambulanz</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Call an ambulance now on %1%2.</source>
        <translation>Rufen Sie sofort einen Rettungswagen über %1%2.</translation>
    </message>
    <message>
        <source>Call %1 now%2. If it is closed, call the out-of-hours or urgent number.</source>
        <translation>Rufen Sie sofort %1 an%2. Ist dort geschlossen, rufen Sie den Bereitschaftsdienst oder die Nummer für dringende Fälle an.</translation>
    </message>
    <message>
        <source>Contact %1 today%2.</source>
        <translation>Kontaktieren Sie heute %1%2.</translation>
    </message>
    <message>
        <source>Talk to %1 at the next appointment%2.</source>
        <translation>Sprechen Sie %1 beim nächsten Termin darauf an%2.</translation>
    </message>
    <message>
        <source>no touch: looking or talking only</source>
        <translation>keine Berührung: nur anschauen oder sprechen</translation>
    </message>
    <message>
        <source>resting touch: the hand only lies there</source>
        <translation>ruhende Berührung: die Hand liegt nur auf</translation>
    </message>
    <message>
        <source>light: no firmer than smoothing on lotion</source>
        <translation>leicht: nicht fester als beim Eincremen</translation>
    </message>
    <message>
        <source>moderate: a steady press, as if testing a ripe peach</source>
        <translation>mittel: ein gleichmäßiger Druck, wie beim Prüfen eines reifen Pfirsichs</translation>
    </message>
    <message>
        <source>firm as a handshake, never painful</source>
        <translation>fest wie ein Händedruck, nie schmerzhaft</translation>
    </message>
    <message>
        <source>No numbers kept yet: add them in Settings, My contacts.</source>
        <translation>Noch keine Nummern gespeichert: Tragen Sie sie in den Einstellungen unter „Meine Kontakte“ ein.</translation>
    </message>
    <message>
        <source>Chest pain, or trouble breathing, swallowing or speaking.</source>
        <translation>Schmerzen in der Brust oder Mühe beim Atmen, Schlucken oder Sprechen.</translation>
    </message>
    <message>
        <source>Stop. Call an ambulance now.</source>
        <translation>Hören Sie auf. Rufen Sie sofort einen Rettungswagen.</translation>
    </message>
    <message>
        <source>One leg swollen, painful, warm or red.</source>
        <translation>Ein Bein ist geschwollen, schmerzhaft, warm oder rot.</translation>
    </message>
    <message>
        <source>Stop: it can be a blood clot. Call your doctor now; if closed, the out-of-hours or urgent number.</source>
        <translation>Hören Sie auf: Es kann ein Blutgerinnsel sein. Rufen Sie sofort Ihren Arzt an; ist die Praxis geschlossen, den Bereitschaftsdienst oder die Nummer für dringende Fälle.</translation>
    </message>
    <message>
        <source>A foot that turns hot and swollen, or changes shape.</source>
        <translation>Ein Fuß wird heiß und geschwollen oder verändert seine Form.</translation>
    </message>
    <message>
        <source>Stop, take the weight off it, and call your foot clinic or doctor now.</source>
        <translation>Hören Sie auf, belasten Sie den Fuß nicht, und rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an.</translation>
    </message>
    <message>
        <source>A foot that turns cold, pale, blue or dark.</source>
        <translation>Ein Fuß wird kalt, blass, blau oder dunkel.</translation>
    </message>
    <message>
        <source>Stop. Call your doctor now. If it happened suddenly and hurts, call an ambulance.</source>
        <translation>Hören Sie auf. Rufen Sie sofort Ihren Arzt an. Kam es plötzlich und tut es weh, rufen Sie einen Rettungswagen.</translation>
    </message>
    <message>
        <source>A temperature, shivering or feeling unwell during cancer treatment.</source>
        <translation>Fieber, Frösteln oder Unwohlsein während einer Krebsbehandlung.</translation>
    </message>
    <message>
        <source>Stop. Call your cancer team&apos;s helpline now, day or night.</source>
        <translation>Hören Sie auf. Rufen Sie sofort die Hotline Ihres Krebsteams an, Tag oder Nacht.</translation>
    </message>
    <message>
        <source>An arm with a line or port that swells, reddens or hurts.</source>
        <translation>Ein Arm mit Katheter oder Port schwillt an, wird rot oder tut weh.</translation>
    </message>
    <message>
        <source>Stop. Call your cancer team&apos;s helpline now.</source>
        <translation>Hören Sie auf. Rufen Sie sofort die Hotline Ihres Krebsteams an.</translation>
    </message>
    <message>
        <source>A temperature, shivering or feeling unwell, at other times.</source>
        <translation>Fieber, Frösteln oder Unwohlsein zu anderen Zeiten.</translation>
    </message>
    <message>
        <source>Stop and rest. If it does not settle, contact your doctor today.</source>
        <translation>Hören Sie auf und ruhen Sie sich aus. Wenn es nicht besser wird, melden Sie sich heute bei Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Weakness or numbness that spreads over hours or days.</source>
        <translation>Schwäche oder Taubheit, die sich über Stunden oder Tage ausbreitet.</translation>
    </message>
    <message>
        <source>Stop. See a doctor today.</source>
        <translation>Hören Sie auf. Gehen Sie heute zum Arzt.</translation>
    </message>
    <message>
        <source>Redness that does not fade, bruising, a blister, bleeding or broken skin; a rash after an oil.</source>
        <translation>Rötung, die nicht vergeht, ein blauer Fleck, eine Blase, Blutung oder offene Haut; ein Ausschlag nach einem Öl.</translation>
    </message>
    <message>
        <source>Stop and leave that place out today. Cover broken skin with a clean dressing. Do not use that oil again. With diabetes, a problem on a foot: contact your foot clinic today.</source>
        <translation>Hören Sie auf und lassen Sie diese Stelle heute aus. Decken Sie offene Haut mit einem sauberen Verband ab. Verwenden Sie dieses Öl nicht wieder. Bei Diabetes und einem Problem am Fuß: Melden Sie sich heute bei Ihrer Fußambulanz.</translation>
    </message>
    <message>
        <source>Pain, burning or tingling that flares up and stays.</source>
        <translation>Schmerzen, Brennen oder Kribbeln, die aufflammen und bleiben.</translation>
    </message>
    <message>
        <source>Stop and rest. If it does not settle, tell your doctor or nurse before the next session.</source>
        <translation>Hören Sie auf und ruhen Sie sich aus. Wenn es nicht besser wird, sagen Sie es vor der nächsten Sitzung Ihrem Arzt oder Ihrer Pflegekraft.</translation>
    </message>
    <message>
        <source>Neuropathy that slowly gets worse over weeks; during cancer treatment, before the next dose.</source>
        <translation>Neuropathie, die über Wochen langsam schlimmer wird; während einer Krebsbehandlung: vor der nächsten Dosis.</translation>
    </message>
    <message>
        <source>Tell your doctor, or your cancer team before your next treatment.</source>
        <translation>Sagen Sie es Ihrem Arzt, oder vor Ihrer nächsten Behandlung Ihrem Krebsteam.</translation>
    </message>
    <message>
        <source>The words for %1 are missing from this installation, so NeuroGuide is shown in English.</source>
        <translation>Die Texte für %1 fehlen in dieser Installation, daher wird NeuroGuide auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>Some of the routines&apos; words are not yet translated into %1, and are shown in English.</source>
        <translation>Einige Texte der Routinen gibt es noch nicht auf %1; sie werden auf Englisch angezeigt.</translation>
    </message>
</context>
</TS>
