<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Reminders appear in the system tray and as a small window.</source>
        <translation>Les rappels s&apos;affichent dans la zone de notification et dans une petite fenêtre.</translation>
    </message>
    <message>
        <source>There is no system tray here: reminders appear as a small window that comes to the front.</source>
        <translation>Pas de zone de notification ici&#xa0;: les rappels s&apos;affichent dans une petite fenêtre, au premier plan.</translation>
    </message>
    <message>
        <source>No reminder is set.</source>
        <translation>Aucun rappel n&apos;est réglé.</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reporté à %1</translation>
    </message>
    <message>
        <source>No reminder is set: choose at least one day.</source>
        <translation>Aucun rappel n&apos;est réglé&#xa0;: choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>Next reminder: %1 %2</source>
        <translation>Prochain rappel : %1 %2</translation>
    </message>
    <message>
        <source>Time for %1 (%2 min)</source>
        <translation>C&apos;est l&apos;heure : %1 (%2 min)</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>Reminders come as a notification from your desktop, with Start, Snooze and Skip.</source>
        <translation>Les rappels arrivent sous forme de notification de votre bureau, avec Commencer, Reporter et Pas aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>You missed your %1 routine</source>
        <translation>Vous avez manqué votre routine de %1</translation>
    </message>
    <message>
        <source>%1 (%2 min) is still waiting, whenever you are ready.</source>
        <translation>%1 (%2 min) vous attend toujours, quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Take a seat somewhere comfortable. Light pressure only.</source>
        <translation>Installez-vous confortablement. Pression légère uniquement.</translation>
    </message>
    <message>
        <source>Start the morning routine</source>
        <translation>Commencer la routine du matin</translation>
    </message>
    <message>
        <source>Open NeuroGuide</source>
        <translation>Ouvrir NeuroGuide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your settings could not be saved (%1). They apply until NeuroGuide closes.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés (%1). Ils restent valables jusqu&apos;à la fermeture de NeuroGuide.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>History summary for %1, %2 to %3</source>
        <translation>Résumé de l&apos;historique de %1, du %2 au %3</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Aucune séance sur cette période.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>arrêtée tôt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Sessions: %1 (%2).</source>
        <translation>Séances&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>stopped or interrupted after at least half of their steps</source>
        <translation>arrêtée ou interrompue après au moins la moitié des étapes</translation>
    </message>
    <message>
        <source>Counted: %1 (%2).</source>
        <translation>Comptées&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Counted: %1.</source>
        <translation>Comptées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Shown, but not counted: %1 that ended before half of their steps (%2).</source>
        <translation>Affichées mais pas comptées&#xa0;: %1 terminées avant la moitié des étapes (%2).</translation>
    </message>
    <message>
        <source>Not counted yet: %1 still running.</source>
        <translation>Pas encore comptées&#xa0;: %1 en cours.</translation>
    </message>
    <message>
        <source>A session counts when it is finished, or at least half done.</source>
        <translation>Une séance compte quand elle est terminée, ou faite au moins à moitié.</translation>
    </message>
    <message>
        <source>Foot skin temperature: measured on %1 days; one foot more than 2.2 °C warmer on %2.</source>
        <translation>Température de la peau des pieds&#xa0;: mesurée sur %1 jours&#xa0;; un pied plus chaud de plus de 2,2 °C sur %2.</translation>
    </message>
    <message>
        <source>Last: %1, right foot %2 °C, left foot %3 °C (a difference of %4 °C).</source>
        <translation>Dernière mesure&#xa0;: %1, pied droit %2 °C, pied gauche %3 °C (écart de %4 °C).</translation>
    </message>
    <message>
        <source>The same foot warmer two days running, %1 to %2: %3 (rest it, and call the foot clinic).</source>
        <translation>Le même pied plus chaud deux jours de suite, du %1 au %2&#xa0;: %3 (le mettre au repos et appeler le podologue ou la consultation du pied).</translation>
    </message>
    <message>
        <source>Never the same foot more than 2.2 °C warmer two days running.</source>
        <translation>Jamais le même pied plus chaud de plus de 2,2 °C deux jours de suite.</translation>
    </message>
    <message>
        <source>This week (from %1):</source>
        <translation>Cette semaine (depuis le %1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 done; your goal of %2 is reached.</source>
        <translation>%1 faites&#xa0;; votre objectif de %2 est atteint.</translation>
    </message>
    <message>
        <source>%1 of your %2 sessions.</source>
        <translation>%1 sur vos %2 séances.</translation>
    </message>
    <message>
        <source>Not counted: %1 that ended early.</source>
        <translation>Pas comptées&#xa0;: %1 terminées tôt.</translation>
    </message>
    <message>
        <source>Run of days: %1 days in a row.</source>
        <translation>Série&#xa0;: %1 jours d&apos;affilée.</translation>
    </message>
    <message>
        <source>Run of days: 1 day.</source>
        <translation>Série&#xa0;: 1 jour.</translation>
    </message>
    <message>
        <source>Run of days: none at the moment (a missed day is just a day).</source>
        <translation>Série&#xa0;: aucune pour le moment (un jour manqué, ce n&apos;est qu&apos;un jour).</translation>
    </message>
    <message>
        <source>%1: a session that counts is done.</source>
        <translation>%1&#xa0;: une séance qui compte est faite.</translation>
    </message>
    <message>
        <source>%1: nothing that counts yet (ended early: %2).</source>
        <translation>%1&#xa0;: rien qui compte pour l&apos;instant (terminées tôt&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: no session yet.</source>
        <translation>%1&#xa0;: pas encore de séance.</translation>
    </message>
    <message>
        <source>Given by: %1.</source>
        <translation>Massage fait par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Before and after: no session in this period has scores from both check-ins.</source>
        <translation>Avant et après&#xa0;: aucune séance de cette période n&apos;a de notes aux deux bilans.</translation>
    </message>
    <message>
        <source>Before → after, over the sessions with scores from both check-ins:</source>
        <translation>Avant → après, sur les séances notées aux deux bilans&#xa0;:</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 de moins</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>pas de changement</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4; sessions: %5)</source>
        <translation>%1&#xa0;: %2 → %3 (%4&#xa0;; séances&#xa0;: %5)</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <source>%1: %2 is not a foot&apos;s skin temperature, which is between %3 and %4. Measure again, or check what was typed.</source>
        <translation>%1 : %2 n&apos;est pas une température de peau de pied (elle se situe entre %3 et %4). Mesurez à nouveau, ou vérifiez ce qui a été tapé.</translation>
    </message>
    <message>
        <source>%1: type the degrees as a number, such as %2.</source>
        <translation>%1 : tapez les degrés en chiffres, par exemple %2.</translation>
    </message>
    <message>
        <source>Your right foot is %1 warmer than your left.</source>
        <translation>Votre pied droit est plus chaud de %1 que le gauche.</translation>
    </message>
    <message>
        <source>Your left foot is %1 warmer than your right.</source>
        <translation>Votre pied gauche est plus chaud de %1 que le droit.</translation>
    </message>
    <message>
        <source>Their right foot is %1 warmer than their left.</source>
        <translation>Son pied droit est plus chaud de %1 que le gauche.</translation>
    </message>
    <message>
        <source>Their left foot is %1 warmer than their right.</source>
        <translation>Son pied gauche est plus chaud de %1 que le droit.</translation>
    </message>
    <message>
        <source>It was warmer yesterday too. Rest that foot today: stand and walk as little as you can. A warm foot can be the first sign of a problem you cannot feel.</source>
        <translation>Il était déjà plus chaud hier. Mettez ce pied au repos aujourd&apos;hui&#xa0;: évitez autant que possible de rester debout et de marcher. Un pied chaud peut être le premier signe d&apos;un problème que vous ne sentez pas.</translation>
    </message>
    <message>
        <source>It was warmer yesterday too. They should rest that foot today: standing and walking as little as they can. A warm foot can be the first sign of a problem they cannot feel.</source>
        <translation>Il était déjà plus chaud hier. La personne doit mettre ce pied au repos aujourd&apos;hui&#xa0;: éviter autant que possible de rester debout et de marcher. Un pied chaud peut être le premier signe d&apos;un problème qu&apos;elle ne sent pas.</translation>
    </message>
    <message>
        <source>Measure both feet again tomorrow, at the same time and in the same places.</source>
        <translation>Mesurez à nouveau les deux pieds demain, à la même heure et aux mêmes endroits.</translation>
    </message>
    <message>
        <source>Measure both their feet again tomorrow, at the same time and in the same places.</source>
        <translation>Mesurez à nouveau ses deux pieds demain, à la même heure et aux mêmes endroits.</translation>
    </message>
    <message>
        <source>Your feet are within %1 of each other: nothing more to do today.</source>
        <translation>L&apos;écart entre vos pieds ne dépasse pas %1 : rien de plus à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Their feet are within %1 of each other: nothing more to do today.</source>
        <translation>L&apos;écart entre ses pieds ne dépasse pas %1 : rien de plus à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No trouble</source>
        <translation>Aucune difficulté</translation>
    </message>
    <message>
        <source>Some trouble</source>
        <translation>Un peu de difficulté</translation>
    </message>
    <message>
        <source>A lot of trouble</source>
        <translation>Beaucoup de difficulté</translation>
    </message>
    <message>
        <source>Cannot do it</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>This past week, how were buttons, zips and picking up small things?</source>
        <translation>Cette semaine, comment se sont passés les boutons, les fermetures éclair et la prise de petits objets&#xa0;?</translation>
    </message>
    <message>
        <source>This past week, how were buttons, zips and picking up small things for them?</source>
        <translation>Cette semaine, pour la personne, comment se sont passés les boutons, les fermetures éclair et la prise de petits objets&#xa0;?</translation>
    </message>
    <message>
        <source>Buttons and small things</source>
        <translation>Boutons et petits objets</translation>
    </message>
    <message>
        <source>This past week, how were walking and keeping your balance?</source>
        <translation>Cette semaine, comment se sont passés la marche et l&apos;équilibre&#xa0;?</translation>
    </message>
    <message>
        <source>This past week, how were walking and keeping their balance for them?</source>
        <translation>Cette semaine, pour la personne, comment se sont passés la marche et l&apos;équilibre&#xa0;?</translation>
    </message>
    <message>
        <source>Walking and balance</source>
        <translation>Marche et équilibre</translation>
    </message>
    <message>
        <source>This past week, did you fall, or nearly fall?</source>
        <translation>Cette semaine, avez-vous fait une chute, ou failli tomber&#xa0;?</translation>
    </message>
    <message>
        <source>This past week, did they fall, or nearly fall?</source>
        <translation>Cette semaine, la personne est-elle tombée, ou a-t-elle failli tomber&#xa0;?</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Chutes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Nearly fell</source>
        <translation>Presque une chute</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Une chute</translation>
    </message>
    <message>
        <source>This past week, did pain, tingling or numbness get in the way of sleep?</source>
        <translation>Cette semaine, la douleur, les fourmillements ou l&apos;engourdissement ont-ils gêné votre sommeil&#xa0;?</translation>
    </message>
    <message>
        <source>This past week, did pain, tingling or numbness get in the way of their sleep?</source>
        <translation>Cette semaine, la douleur, les fourmillements ou l&apos;engourdissement ont-ils gêné son sommeil&#xa0;?</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>Some nights</source>
        <translation>Certaines nuits</translation>
    </message>
    <message>
        <source>Most nights</source>
        <translation>La plupart des nuits</translation>
    </message>
    <message>
        <source>Hardly slept</source>
        <translation>À peine dormi</translation>
    </message>
    <message>
        <source>I nearly fell</source>
        <translation>J&apos;ai failli tomber</translation>
    </message>
    <message>
        <source>They nearly fell</source>
        <translation>La personne a failli tomber</translation>
    </message>
    <message>
        <source>I fell</source>
        <translation>J&apos;ai fait une chute</translation>
    </message>
    <message>
        <source>They fell</source>
        <translation>La personne a fait une chute</translation>
    </message>
    <message>
        <source>Falls and near falls are worth telling your care team about, even without an injury.</source>
        <translation>Les chutes, et les fois où vous avez failli tomber, sont à signaler à votre équipe soignante, même sans blessure.</translation>
    </message>
    <message>
        <source>Falls and near falls are worth telling their care team about, even without an injury.</source>
        <translation>Les chutes, et les fois où la personne a failli tomber, sont à signaler à son équipe soignante, même sans blessure.</translation>
    </message>
    <message>
        <source>If you were hurt in the fall:</source>
        <translation>Si vous vous êtes fait mal en tombant&#xa0;:</translation>
    </message>
    <message>
        <source>If they were hurt:</source>
        <translation>Si la personne s&apos;est fait mal&#xa0;:</translation>
    </message>
    <message>
        <source>Start with your right foot.</source>
        <translation>Commencez par votre pied droit.</translation>
    </message>
    <message>
        <source>Start with your left foot.</source>
        <translation>Commencez par votre pied gauche.</translation>
    </message>
    <message>
        <source>Start with your right hand.</source>
        <translation>Commencez par votre main droite.</translation>
    </message>
    <message>
        <source>Start with your left hand.</source>
        <translation>Commencez par votre main gauche.</translation>
    </message>
    <message>
        <source>Start with your right leg.</source>
        <translation>Commencez par votre jambe droite.</translation>
    </message>
    <message>
        <source>Start with your left leg.</source>
        <translation>Commencez par votre jambe gauche.</translation>
    </message>
    <message>
        <source>Start with your right arm.</source>
        <translation>Commencez par votre bras droit.</translation>
    </message>
    <message>
        <source>Start with your left arm.</source>
        <translation>Commencez par votre bras gauche.</translation>
    </message>
    <message>
        <source>Start with their right foot.</source>
        <translation>Commencez par son pied droit.</translation>
    </message>
    <message>
        <source>Start with their left foot.</source>
        <translation>Commencez par son pied gauche.</translation>
    </message>
    <message>
        <source>Start with their right hand.</source>
        <translation>Commencez par sa main droite.</translation>
    </message>
    <message>
        <source>Start with their left hand.</source>
        <translation>Commencez par sa main gauche.</translation>
    </message>
    <message>
        <source>Start with their right leg.</source>
        <translation>Commencez par sa jambe droite.</translation>
    </message>
    <message>
        <source>Start with their left leg.</source>
        <translation>Commencez par sa jambe gauche.</translation>
    </message>
    <message>
        <source>Start with their right arm.</source>
        <translation>Commencez par son bras droit.</translation>
    </message>
    <message>
        <source>Start with their left arm.</source>
        <translation>Commencez par son bras gauche.</translation>
    </message>
    <message>
        <source>Now the right foot.</source>
        <translation>Maintenant, le pied droit.</translation>
    </message>
    <message>
        <source>Now the left foot.</source>
        <translation>Maintenant, le pied gauche.</translation>
    </message>
    <message>
        <source>Now the right hand.</source>
        <translation>Maintenant, la main droite.</translation>
    </message>
    <message>
        <source>Now the left hand.</source>
        <translation>Maintenant, la main gauche.</translation>
    </message>
    <message>
        <source>Now the right leg.</source>
        <translation>Maintenant, la jambe droite.</translation>
    </message>
    <message>
        <source>Now the left leg.</source>
        <translation>Maintenant, la jambe gauche.</translation>
    </message>
    <message>
        <source>Now the right arm.</source>
        <translation>Maintenant, le bras droit.</translation>
    </message>
    <message>
        <source>Now the left arm.</source>
        <translation>Maintenant, le bras gauche.</translation>
    </message>
    <message>
        <source>Now their right foot.</source>
        <translation>Maintenant, son pied droit.</translation>
    </message>
    <message>
        <source>Now their left foot.</source>
        <translation>Maintenant, son pied gauche.</translation>
    </message>
    <message>
        <source>Now their right hand.</source>
        <translation>Maintenant, sa main droite.</translation>
    </message>
    <message>
        <source>Now their left hand.</source>
        <translation>Maintenant, sa main gauche.</translation>
    </message>
    <message>
        <source>Now their right leg.</source>
        <translation>Maintenant, sa jambe droite.</translation>
    </message>
    <message>
        <source>Now their left leg.</source>
        <translation>Maintenant, sa jambe gauche.</translation>
    </message>
    <message>
        <source>Now their right arm.</source>
        <translation>Maintenant, son bras droit.</translation>
    </message>
    <message>
        <source>Now their left arm.</source>
        <translation>Maintenant, son bras gauche.</translation>
    </message>
    <message>
        <source>The right foot is left out today.</source>
        <translation>Aujourd&apos;hui, on laisse le pied droit de côté.</translation>
    </message>
    <message>
        <source>The left foot is left out today.</source>
        <translation>Aujourd&apos;hui, on laisse le pied gauche de côté.</translation>
    </message>
    <message>
        <source>The right hand is left out today.</source>
        <translation>Aujourd&apos;hui, on laisse la main droite de côté.</translation>
    </message>
    <message>
        <source>The left hand is left out today.</source>
        <translation>Aujourd&apos;hui, on laisse la main gauche de côté.</translation>
    </message>
    <message>
        <source>Get ready: {routine}. First: {step}.</source>
        <translation>Préparez-vous&#xa0;: {routine}. D&apos;abord&#xa0;: {step}.</translation>
    </message>
    <message>
        <source>Get ready. Next: {step}.</source>
        <translation>Préparez-vous. Ensuite&#xa0;: {step}.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>À mi-chemin.</translation>
    </message>
    <message>
        <source>{seconds} more seconds.</source>
        <translation>Encore {seconds} secondes.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <source>Resuming.</source>
        <translation>On reprend.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Séance arrêtée.</translation>
    </message>
    <message>
        <source>Both hands are left out today.</source>
        <translation>Aujourd&apos;hui, on laisse les deux mains de côté.</translation>
    </message>
    <message>
        <source>Both feet are left out today.</source>
        <translation>Aujourd&apos;hui, on laisse les deux pieds de côté.</translation>
    </message>
    <message>
        <source>Keep it clean and covered.</source>
        <translation>Gardez la zone propre et couverte.</translation>
    </message>
    <message>
        <source>Once more.</source>
        <translation>Encore une fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, holding each for %2</source>
        <translation>%1, en tenant chaque fois %2</translation>
    </message>
    <message>
        <source>Hold for %1</source>
        <translation>Tenez %1</translation>
    </message>
    <message>
        <source>Follow my computer</source>
        <translation>Comme mon ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Only when the voice is silent</source>
        <translation>Seulement quand la voix est coupée</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Comme indiqué</translation>
    </message>
    <message>
        <source>A little slower (×1.25)</source>
        <translation>Un peu plus lent (×1,25)</translation>
    </message>
    <message>
        <source>Slower (×1.5)</source>
        <translation>Plus lent (×1,5)</translation>
    </message>
    <message>
        <source>Twice as long (×2)</source>
        <translation>Deux fois plus long (×2)</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Je préfère ne pas le dire</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabète</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chimiothérapie</translation>
    </message>
    <message>
        <source>An injury</source>
        <translation>Une blessure</translation>
    </message>
    <message>
        <source>An infection</source>
        <translation>Une infection</translation>
    </message>
    <message>
        <source>An autoimmune illness</source>
        <translation>Une maladie auto-immune</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A desktop notification</source>
        <translation>Une notification du bureau</translation>
    </message>
    <message>
        <source>A small window</source>
        <translation>Une petite fenêtre</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>The same as the screen</source>
        <translation>Comme l&apos;écran</translation>
    </message>
    <message>
        <source>As is usual where I live</source>
        <translation>Comme dans mon pays</translation>
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
        <translation>Apparence</translation>
    </message>
    <message>
        <source>The language of the screens, the routines and the report: the computer&apos;s, or one chosen.</source>
        <translation>La langue des écrans, des routines et du rapport : celle de l&apos;ordinateur, ou une autre au choix.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language the voice speaks, when the listener prefers another than the reader.</source>
        <translation>La langue que parle la voix, si la personne qui écoute en préfère une autre que celle qui lit.</translation>
    </message>
    <message>
        <source>Language of the voice</source>
        <translation>Langue de la voix</translation>
    </message>
    <message>
        <source>How temperatures are written, in the questions, the check-ins and the report.</source>
        <translation>La façon d&apos;écrire les températures, dans les questions, les bilans et le rapport.</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>The voice that speaks the instructions; empty for the engine&apos;s default.</source>
        <translation>La voix qui lit les instructions&#xa0;; vide pour la voix par défaut du moteur.</translation>
    </message>
    <message>
        <source>How fast the voice speaks, in words a minute.</source>
        <translation>La vitesse de la voix, en mots par minute.</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit de parole</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> mots par minute</translation>
    </message>
    <message>
        <source>How loud the voice and the chime are (percent).</source>
        <translation>Le volume de la voix et du carillon (pourcentage).</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>The sound output to use; empty for the system&apos;s default.</source>
        <translation>La sortie son à utiliser&#xa0;; vide pour celle du système par défaut.</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Sortie son</translation>
    </message>
    <message>
        <source>Silence the voice and the chime; instructions stay on screen.</source>
        <translation>Couper la voix et le carillon&#xa0;; les instructions restent à l&apos;écran.</translation>
    </message>
    <message>
        <source>Mute the voice and the chime</source>
        <translation>Couper la voix et le carillon</translation>
    </message>
    <message>
        <source>A soft chime when a new step begins.</source>
        <translation>Un carillon doux au début de chaque nouvelle étape.</translation>
    </message>
    <message>
        <source>Play a soft chime when a new step begins</source>
        <translation>Jouer un carillon doux au début de chaque étape</translation>
    </message>
    <message>
        <source>Show what the voice says on screen: always, or only when the voice is silent.</source>
        <translation>Afficher à l&apos;écran ce que dit la voix&#xa0;: toujours, ou seulement quand la voix est coupée.</translation>
    </message>
    <message>
        <source>Show what the voice says</source>
        <translation>Afficher ce que dit la voix</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Who gives the massage</source>
        <translation>Qui fait le massage</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <source>These numbers are shown whenever NeuroGuide says whom to call.</source>
        <translation>Ces numéros s&apos;affichent chaque fois que NeuroGuide indique qui appeler.</translation>
    </message>
    <message>
        <source>The report for your clinician</source>
        <translation>Le rapport pour votre soignant</translation>
    </message>
    <message>
        <source>What the report you take to your appointments says and how it is printed.</source>
        <translation>Ce que dit le rapport que vous apportez à vos rendez-vous, et comment il est imprimé.</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Rappel du matin</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>name and number</source>
        <translation>nom et numéro</translation>
    </message>
    <message>
        <source>Colours: follow the computer&apos;s light, dark or high-contrast choice, or always use one.</source>
        <translation>Couleurs&#xa0;: suivre le choix clair, sombre ou contraste élevé de l&apos;ordinateur, ou toujours en utiliser un.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Text size, in percent of the computer&apos;s own.</source>
        <translation>Taille du texte, en pourcentage de celle de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Show the illustrations&apos; strokes without moving them.</source>
        <translation>Montrer les gestes des illustrations sans les animer.</translation>
    </message>
    <message>
        <source>Keep the pictures still (no moving strokes)</source>
        <translation>Images fixes (gestes non animés)</translation>
    </message>
    <message>
        <source>Reading time before the timer starts, so the first step can be read first (seconds).</source>
        <translation>Temps de lecture avant le début du minuteur, pour pouvoir lire la première étape d&apos;abord (secondes).</translation>
    </message>
    <message>
        <source>Reading time before the timer starts</source>
        <translation>Temps de lecture avant le minuteur</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Give the same reading time before every step, not only the first.</source>
        <translation>Donner le même temps de lecture avant chaque étape, pas seulement la première.</translation>
    </message>
    <message>
        <source>Give reading time before every step</source>
        <translation>Temps de lecture avant chaque étape</translation>
    </message>
    <message>
        <source>Make every step longer by this much: 1.5 gives half as long again, 2 twice as long.</source>
        <translation>Allonger chaque étape d&apos;autant&#xa0;: 1,5 donne moitié plus long, 2 deux fois plus long.</translation>
    </message>
    <message>
        <source>Pace of every step</source>
        <translation>Rythme de chaque étape</translation>
    </message>
    <message>
        <source>No countdown: each step lasts until you move on to the next.</source>
        <translation>Sans compte à rebours&#xa0;: chaque étape dure jusqu&apos;à ce que vous passiez à la suivante.</translation>
    </message>
    <message>
        <source>No countdown: I&apos;ll say when to move on</source>
        <translation>Sans compte à rebours&#xa0;: je dirai quand passer à la suite</translation>
    </message>
    <message>
        <source>Two minutes of gentle warming before each massage routine.</source>
        <translation>Deux minutes d&apos;échauffement doux avant chaque routine de massage.</translation>
    </message>
    <message>
        <source>Begin each routine with a short warm-up</source>
        <translation>Commencer chaque routine par un court échauffement</translation>
    </message>
    <message>
        <source>Two minutes of slow, settling strokes after each massage routine.</source>
        <translation>Deux minutes de gestes lents et apaisants après chaque routine de massage.</translation>
    </message>
    <message>
        <source>End each routine with a short cool-down</source>
        <translation>Finir chaque routine par un court retour au calme</translation>
    </message>
    <message>
        <source>Ask the safety questions before each session.</source>
        <translation>Poser les questions de sécurité avant chaque séance.</translation>
    </message>
    <message>
        <source>Ask the safety questions before each session</source>
        <translation>Poser les questions de sécurité avant chaque séance</translation>
    </message>
    <message>
        <source>After a session, at most once a week, offer a few questions about how daily life is going.</source>
        <translation>Après une séance, une fois par semaine au plus, proposer quelques questions sur la vie de tous les jours.</translation>
    </message>
    <message>
        <source>Once a week, ask how daily life is going</source>
        <translation>Une fois par semaine, demander comment va la vie de tous les jours</translation>
    </message>
    <message>
        <source>What caused the neuropathy, if the person chose to say.</source>
        <translation>La cause de la neuropathie, si la personne a choisi de la dire.</translation>
    </message>
    <message>
        <source>What caused the neuropathy</source>
        <translation>Cause de la neuropathie</translation>
    </message>
    <message>
        <source>After the daily foot check, offer to write down both feet&apos;s skin temperature: a foot warmer than the other can be the first sign of a problem in a foot too numb to hurt.</source>
        <translation>Après le examen quotidien des pieds, proposer de noter la température de la peau des deux pieds&#xa0;: un pied plus chaud que l&apos;autre peut être le premier signe d&apos;un problème dans un pied trop engourdi pour avoir mal.</translation>
    </message>
    <message>
        <source>I have a foot skin thermometer</source>
        <translation>J&apos;ai un thermomètre de peau pour les pieds</translation>
    </message>
    <message>
        <source>Where the symptoms are, such as the left foot and the right foot.</source>
        <translation>Où se trouvent les symptômes, par exemple le pied gauche et le pied droit.</translation>
    </message>
    <message>
        <source>Where the symptoms are</source>
        <translation>Où sont les symptômes</translation>
    </message>
    <message>
        <source>Your date of birth, printed on the report for your clinician. You may leave it empty.</source>
        <translation>Votre date de naissance, imprimée sur le rapport pour votre soignant. Vous pouvez la laisser vide.</translation>
    </message>
    <message>
        <source>Date of birth (optional)</source>
        <translation>Date de naissance (facultatif)</translation>
    </message>
    <message>
        <source>Suggest first the routines that can be done lying in bed or sitting back in a recliner.</source>
        <translation>Proposer d&apos;abord les routines qu&apos;on peut faire au lit ou dans un fauteuil relax.</translation>
    </message>
    <message>
        <source>Mostly in bed or in a recliner</source>
        <translation>Surtout au lit ou dans un fauteuil relax</translation>
    </message>
    <message>
        <source>A caregiver gives the massage: the instructions and the voice speak to the helper.</source>
        <translation>Un aidant fait le massage&#xa0;: les instructions et la voix s&apos;adressent à l&apos;aidant.</translation>
    </message>
    <message>
        <source>A caregiver gives it: speak to the helper</source>
        <translation>Un aidant le fait&#xa0;: parler à l&apos;aidant</translation>
    </message>
    <message>
        <source>The name of the caregiver who last helped, offered again next time.</source>
        <translation>Le nom de l&apos;aidant qui a aidé la dernière fois, proposé à nouveau la fois suivante.</translation>
    </message>
    <message>
        <source>Helper&apos;s name</source>
        <translation>Nom de l&apos;aidant</translation>
    </message>
    <message>
        <source>the helper&apos;s name (optional)</source>
        <translation>le nom de l&apos;aidant (facultatif)</translation>
    </message>
    <message>
        <source>Your local emergency number, as you would dial it, such as 999, 112 or 911.</source>
        <translation>Votre numéro d&apos;urgence local, tel que vous le composez, par exemple 999, 112 ou 911.</translation>
    </message>
    <message>
        <source>for example 999, 112 or 911</source>
        <translation>par exemple 999, 112 ou 911</translation>
    </message>
    <message>
        <source>Your cancer team&apos;s helpline: its name and number, as you would dial it.</source>
        <translation>La permanence de votre équipe de cancérologie&#xa0;: son nom et son numéro, tels que vous les composez.</translation>
    </message>
    <message>
        <source>Your foot clinic: its name and number, as you would dial it.</source>
        <translation>Votre podologue ou consultation du pied&#xa0;: son nom et son numéro, tels que vous les composez.</translation>
    </message>
    <message>
        <source>Your doctor: their name and number, as you would dial it.</source>
        <translation>Votre médecin&#xa0;: son nom et son numéro, tels que vous les composez.</translation>
    </message>
    <message>
        <source>The day of your last appointment. The report&apos;s first page says what changed since then; left empty, it looks at the whole period of the report.</source>
        <translation>Le jour de votre dernier rendez-vous. La première page du rapport dit ce qui a changé depuis&#xa0;; laissé vide, le rapport porte sur toute sa période.</translation>
    </message>
    <message>
        <source>Date of your last appointment</source>
        <translation>Date de votre dernier rendez-vous</translation>
    </message>
    <message>
        <source>The paper the report is laid out on: A4, Letter, or the one your computer is set to.</source>
        <translation>Le papier du rapport&#xa0;: A4, Lettre US, ou celui réglé sur votre ordinateur.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Remind me each morning to do my routine.</source>
        <translation>Me rappeler chaque matin de faire ma routine.</translation>
    </message>
    <message>
        <source>Remind me to do my routine</source>
        <translation>Me rappeler de faire ma routine</translation>
    </message>
    <message>
        <source>The time of the reminder, as HH:MM.</source>
        <translation>L&apos;heure du rappel, au format HH:MM.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>The days of the reminder.</source>
        <translation>Les jours du rappel.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>The routine the reminder starts.</source>
        <translation>La routine que le rappel lance.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>How the reminder comes: as the desktop&apos;s own notification, with Start, Snooze and Skip, or as a small window that comes to the front. Where the desktop shows no notifications, it is the window.</source>
        <translation>La façon dont le rappel arrive : comme une notification du bureau lui-même, avec Commencer, Reporter et Pas aujourd&apos;hui, ou comme une petite fenêtre qui passe au premier plan. Là où le bureau n&apos;affiche pas de notifications, c&apos;est la fenêtre.</translation>
    </message>
    <message>
        <source>Show the reminder as</source>
        <translation>Afficher le rappel comme</translation>
    </message>
    <message>
        <source>Start NeuroGuide when you log in, so reminders can come.</source>
        <translation>Lancer NeuroGuide à l&apos;ouverture de votre session, pour que les rappels puissent arriver.</translation>
    </message>
    <message>
        <source>Start with the desktop when I log in</source>
        <translation>Lancer à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Start in the background, without the window.</source>
        <translation>Démarrer en arrière-plan, sans la fenêtre.</translation>
    </message>
    <message>
        <source>Start in the background, without the window</source>
        <translation>Démarrer en arrière-plan, sans la fenêtre</translation>
    </message>
    <message>
        <source>Your daily foot check</source>
        <translation>Votre examen quotidien des pieds</translation>
    </message>
    <message>
        <source>Their daily foot check</source>
        <translation>Son examen quotidien des pieds</translation>
    </message>
    <message>
        <source>Short, for a bad day</source>
        <translation>Courte, pour un mauvais jour</translation>
    </message>
    <message>
        <source>Can be done in bed</source>
        <translation>Possible au lit</translation>
    </message>
    <message>
        <source>Made for chemotherapy</source>
        <translation>Conçue pour la chimiothérapie</translation>
    </message>
    <message>
        <source>For your feet and hands</source>
        <translation>Pour vos pieds et vos mains</translation>
    </message>
    <message>
        <source>For their feet and hands</source>
        <translation>Pour ses pieds et ses mains</translation>
    </message>
    <message>
        <source>For your feet</source>
        <translation>Pour vos pieds</translation>
    </message>
    <message>
        <source>For their feet</source>
        <translation>Pour ses pieds</translation>
    </message>
    <message>
        <source>For your hands</source>
        <translation>Pour vos mains</translation>
    </message>
    <message>
        <source>For their hands</source>
        <translation>Pour ses mains</translation>
    </message>
    <message>
        <source>This is your guide&apos;s voice. Keep the pressure light, and stop if anything hurts.</source>
        <translation>Voici la voix de votre guide. Gardez une pression légère, et arrêtez si quelque chose fait mal.</translation>
    </message>
    <message>
        <source>Instructions are shown on screen.</source>
        <translation>Les instructions s&apos;affichent à l&apos;écran.</translation>
    </message>
    <message>
        <source>The voice is muted.</source>
        <translation>La voix est coupée.</translation>
    </message>
    <message>
        <source>no speech engine is set up</source>
        <translation>aucun moteur de voix n&apos;est installé</translation>
    </message>
    <message>
        <source>The usual voice is unavailable: %1. The system voice is used.</source>
        <translation>La voix habituelle n&apos;est pas disponible&#xa0;: %1. La voix du système est utilisée.</translation>
    </message>
    <message>
        <source>Speech is unavailable: %1.</source>
        <translation>La voix n&apos;est pas disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The voice stopped: %1. It comes back by itself when it can.</source>
        <translation>La voix s&apos;est arrêtée&#xa0;: %1. Elle reviendra d&apos;elle-même dès que possible.</translation>
    </message>
    <message>
        <source>No sound output was found.</source>
        <translation>Aucune sortie son n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>the sound player stopped working</source>
        <translation>le lecteur audio a cessé de fonctionner</translation>
    </message>
    <message>
        <source>the sound player stopped answering</source>
        <translation>le lecteur audio ne répond plus</translation>
    </message>
    <message>
        <source>the sound player could not be started</source>
        <translation>le lecteur audio n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the sound output stopped working</source>
        <translation>la sortie son a cessé de fonctionner</translation>
    </message>
    <message>
        <source>the sound player stopped</source>
        <translation>le lecteur audio s&apos;est arrêté</translation>
    </message>
    <message>
        <source>its icon in the system tray</source>
        <translation>son icône dans la zone de notification</translation>
    </message>
    <message>
        <source>starting NeuroGuide again</source>
        <translation>un nouveau lancement de NeuroGuide</translation>
    </message>
    <message>
        <source>NeuroGuide keeps running so your morning reminder can come. Open it again with %1; to end it completely, press Ctrl+Q or choose Quit.</source>
        <translation>NeuroGuide reste ouvert pour que votre rappel du matin puisse arriver. Rouvrez-le par %1&#xa0;; pour le fermer complètement, appuyez sur Ctrl+Q ou choisissez Quitter.</translation>
    </message>
    <message>
        <source>How are you feeling?</source>
        <translation>Comment vous sentez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>How is %1 feeling?</source>
        <translation>Comment se sent %1&#xa0;?</translation>
    </message>
    <message>
        <source>How are they feeling?</source>
        <translation>Comment se sent la personne&#xa0;?</translation>
    </message>
    <message>
        <source>Before you start: how do you feel?</source>
        <translation>Avant de commencer&#xa0;: comment vous sentez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>Comment vous sentez-vous maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Before you start: how does %1 feel?</source>
        <translation>Avant de commencer&#xa0;: comment se sent %1&#xa0;?</translation>
    </message>
    <message>
        <source>How does %1 feel now?</source>
        <translation>Comment se sent %1 maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Before you start: how does the person you help feel?</source>
        <translation>Avant de commencer&#xa0;: comment se sent la personne que vous aidez&#xa0;?</translation>
    </message>
    <message>
        <source>How does the person you helped feel now?</source>
        <translation>Comment se sent maintenant la personne que vous avez aidée&#xa0;?</translation>
    </message>
    <message>
        <source>%1. Ask them to score each from 0 (not at all) to 10 (the worst they can imagine). Leave any they would rather not score.</source>
        <translation>%1. Demandez-lui de noter chacun de 0 (pas du tout) à 10 (le pire imaginable). Laissez vides ceux qu&apos;elle préfère ne pas noter.</translation>
    </message>
    <message>
        <source>%1. Score each from 0 (not at all) to 10 (the worst you can imagine). Leave any you would rather not score.</source>
        <translation>%1. Notez chacun de 0 (pas du tout) à 10 (le pire imaginable). Laissez vides ceux que vous préférez ne pas noter.</translation>
    </message>
    <message>
        <source>I did it myself</source>
        <translation>Je l&apos;ai fait moi-même</translation>
    </message>
    <message>
        <source>%1 did it alone</source>
        <translation>%1 l&apos;a fait sans aide</translation>
    </message>
    <message>
        <source>They did it alone</source>
        <translation>La personne l&apos;a fait sans aide</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>pas noté</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Don&apos;t ask before sessions</source>
        <translation>Ne pas demander avant les séances</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et commencer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Skin check</source>
        <translation>Contrôle de la peau</translation>
    </message>
    <message>
        <source>Tick what you see now. Leave all empty if the skin looks as usual.</source>
        <translation>Cochez ce que vous voyez maintenant. Ne cochez rien si la peau a son aspect habituel.</translation>
    </message>
    <message>
        <source>Redness</source>
        <translation>Rougeur</translation>
    </message>
    <message>
        <source>Blister</source>
        <translation>Ampoule</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Gonflement</translation>
    </message>
    <message>
        <source>Sore afterwards</source>
        <translation>Douleur après</translation>
    </message>
    <message>
        <source>Tired afterwards</source>
        <translation>Fatigue après</translation>
    </message>
    <message>
        <source>Who did the massage?</source>
        <translation>Qui a fait le massage&#xa0;?</translation>
    </message>
    <message>
        <source>Anything else to remember (optional)</source>
        <translation>Autre chose à retenir (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A caregiver:</source>
        <translation>Un aidant&#xa0;:</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation>Nom de l&apos;aidant</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la séance</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Minutes: %1 of %2</source>
        <translation>Minutes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Étapes faites&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>How it ended: %1</source>
        <translation>Fin de séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par&#xa0;: %1</translation>
    </message>
    <message>
        <source>self</source>
        <translation>soi-même</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Skin: %1</source>
        <translation>Peau&#xa0;: %1</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>comme d&apos;habitude</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>in degrees Fahrenheit</source>
        <translation>en degrés Fahrenheit</translation>
    </message>
    <message>
        <source>in degrees Celsius</source>
        <translation>en degrés Celsius</translation>
    </message>
    <message>
        <source>such as %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <source>Foot skin temperature</source>
        <translation>Température de la peau des pieds</translation>
    </message>
    <message>
        <source>Measure the same places on both their feet, at the same time each day, as the foot clinic showed you.</source>
        <translation>Mesurez aux mêmes endroits sur ses deux pieds, à la même heure chaque jour, comme le podologue ou la consultation du pied vous l&apos;a montré.</translation>
    </message>
    <message>
        <source>Measure the same places on both feet, at the same time each day, as your foot clinic showed you.</source>
        <translation>Mesurez aux mêmes endroits sur les deux pieds, à la même heure chaque jour, comme votre podologue ou consultation du pied vous l&apos;a montré.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>How daily life is going</source>
        <translation>La vie de tous les jours</translation>
    </message>
    <message>
        <source>A few questions about the past week, for you and your care team: a change in what you can do matters to them. Answer the ones you like and leave the rest.</source>
        <translation>Quelques questions sur la semaine passée, pour vous et votre équipe soignante&#xa0;: un changement dans ce que vous pouvez faire compte pour elle. Répondez à celles que vous voulez et laissez les autres.</translation>
    </message>
    <message>
        <source>Questions about daily life</source>
        <translation>Questions sur la vie de tous les jours</translation>
    </message>
    <message>
        <source>Don&apos;t offer these after sessions</source>
        <translation>Ne plus les proposer après les séances</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Pas cette semaine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a marker</source>
        <translation>Ajouter un repère</translation>
    </message>
    <message>
        <source>Mark a day that matters, such as an infusion or a new medicine.</source>
        <translation>Marquez un jour important, comme une perfusion ou un nouveau médicament.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>for example: infusion</source>
        <translation>par exemple&#xa0;: perfusion</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Who is this session for?</source>
        <translation>Pour qui est cette séance&#xa0;?</translation>
    </message>
    <message>
        <source>Each person has their own settings, safety answers and history. Choose a person to switch.</source>
        <translation>Chaque personne a ses propres réglages, réponses de sécurité et historique. Pour changer, choisissez une personne.</translation>
    </message>
    <message>
        <source>This person&apos;s name</source>
        <translation>Nom de cette personne</translation>
    </message>
    <message>
        <source>a name, so you can tell people apart</source>
        <translation>un nom, pour distinguer les personnes</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Enregistrer le nom</translation>
    </message>
    <message>
        <source>Add someone you care for</source>
        <translation>Ajouter une personne que vous aidez</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>Add and switch</source>
        <translation>Ajouter et choisir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Veuillez taper un nom.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>Le nom n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Please type their name first.</source>
        <translation>Veuillez d&apos;abord taper son nom.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Reporter de %1 min</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Before you start: is it safe today?</source>
        <translation>Avant de commencer&#xa0;: est-ce sans risque aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Answer each question. The answers decide what is safe to massage today.</source>
        <translation>Répondez à chaque question. Les réponses décident de ce qui peut être massé sans risque aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Questions de sécurité</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today, because of cancer treatment</source>
        <translation>Aujourd&apos;hui, à cause du traitement du cancer</translation>
    </message>
    <message>
        <source>About you: asked once, then remembered</source>
        <translation>À propos de vous&#xa0;: demandé une fois, puis retenu</translation>
    </message>
    <message>
        <source>About you: remembered from before</source>
        <translation>À propos de vous&#xa0;: retenu de la dernière fois</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>What this means for today</source>
        <translation>Ce que cela veut dire pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Modifier mes réponses</translation>
    </message>
    <message>
        <source>Close: no session now</source>
        <translation>Fermer&#xa0;: pas de séance maintenant</translation>
    </message>
    <message>
        <source>Questions still to answer before you can continue: %1.</source>
        <translation>Questions auxquelles répondre avant de continuer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every question is answered.</source>
        <translation>Toutes les questions ont une réponse.</translation>
    </message>
    <message>
        <source>No massage today</source>
        <translation>Pas de massage aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This routine is not for today</source>
        <translation>Cette routine n&apos;est pas pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>You can go ahead, with care</source>
        <translation>Vous pouvez y aller, avec prudence</translation>
    </message>
    <message>
        <source>Another routine may still be fine: the library has others.</source>
        <translation>Une autre routine peut quand même convenir&#xa0;: la bibliothèque en propose d&apos;autres.</translation>
    </message>
    <message>
        <source>Left out today: %1.</source>
        <translation>Aujourd’hui, on laisse de côté : %1.</translation>
    </message>
    <message>
        <source>Steps left out today: %1.</source>
        <translation>Étapes laissées de côté aujourd&apos;hui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pressure today: %1.</source>
        <translation>Pression aujourd&apos;hui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>From your answer when you started using NeuroGuide. Still right?</source>
        <translation>D&apos;après votre réponse quand vous avez commencé NeuroGuide. Toujours vrai&#xa0;?</translation>
    </message>
    <message>
        <source>Answered before. Still right?</source>
        <translation>Déjà répondu. Toujours vrai&#xa0;?</translation>
    </message>
    <message>
        <source>Last answered on %1. Still right?</source>
        <translation>Dernière réponse le %1. Toujours vrai&#xa0;?</translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation>La voix habituelle</translation>
    </message>
    <message>
        <source>The usual voice for %1</source>
        <translation>La voix habituelle pour %1</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>Celle du système par défaut</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connectée)</translation>
    </message>
    <message>
        <source>for example 14 March 1950</source>
        <translation>par exemple 14 mars 1950</translation>
    </message>
    <message>
        <source>Please write the day with its month in words, such as 14 March 1950.</source>
        <translation>Veuillez écrire le jour avec le mois en lettres, par exemple 14 mars 1950.</translation>
    </message>
    <message>
        <source>That day is still to come. Please give a day up to today.</source>
        <translation>Ce jour n&apos;est pas encore arrivé. Veuillez donner un jour jusqu&apos;à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Please give a day from the year 1900 on.</source>
        <translation>Veuillez donner un jour à partir de l&apos;année 1900.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Tous les réglages</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and are back to their defaults:</source>
        <translation>Certains réglages enregistrés n&apos;ont pas pu être utilisés et sont revenus à leur valeur par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Card for a massage therapist…</source>
        <translation>Fiche pour un praticien de massage…</translation>
    </message>
    <message>
        <source>Save a printable card about you for a massage therapist</source>
        <translation>Enregistrer une fiche imprimable sur vous pour un praticien de massage</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>État de la fiche</translation>
    </message>
    <message>
        <source>Reminders are not available here.</source>
        <translation>Les rappels ne sont pas disponibles ici.</translation>
    </message>
    <message>
        <source>Add to my calendar (.ics)…</source>
        <translation>Ajouter à mon agenda (.ics)…</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Tester la voix</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>État de la voix</translation>
    </message>
    <message>
        <source>Save the reminder for your calendar</source>
        <translation>Enregistrer le rappel pour votre agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Save the card for your massage therapist</source>
        <translation>Enregistrer la fiche pour votre praticien de massage</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The card could not be saved: %1</source>
        <translation>La fiche n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1. Print it and hand it over.</source>
        <translation>Fiche enregistrée&#xa0;: %1. Imprimez-la et remettez-la.</translation>
    </message>
    <message>
        <source>Morning routine</source>
        <translation>Routine du matin</translation>
    </message>
    <message>
        <source>The calendar file could not be saved: %1</source>
        <translation>Le fichier d&apos;agenda n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar.</source>
        <translation>Fichier enregistré&#xa0;: %1. Ouvrez-le avec votre agenda.</translation>
    </message>
    <message>
        <source>The voice is ready.</source>
        <translation>La voix est prête.</translation>
    </message>
    <message>
        <source>The system voice is used.</source>
        <translation>La voix du système est utilisée.</translation>
    </message>
    <message>
        <source>The reading could not be saved: %1.</source>
        <translation>La mesure n&apos;a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: %1. The session goes on, and what was saved before is safe.</source>
        <translation>L&apos;historique ne peut pas être enregistré pour l&apos;instant&#xa0;: %1. La séance continue, et ce qui a été enregistré avant est conservé.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: %1.</source>
        <translation>L&apos;historique ne peut pas être enregistré pour l&apos;instant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save your history</source>
        <translation>Enregistrer votre historique</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to</source>
        <translation>impossible d&apos;écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>the disk that holds %1 is full</source>
        <translation>le disque qui contient %1 est plein</translation>
    </message>
    <message>
        <source>it could not be written in %1 (%2)</source>
        <translation>impossible d&apos;écrire dans %1 (%2)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1. Please choose another folder.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré&#xa0;: %1. Veuillez choisir un autre dossier.</translation>
    </message>
    <message>
        <source>%1 saved to %2.</source>
        <translation>Fichier enregistré dans %2 : %1.</translation>
    </message>
    <message>
        <source>The file could not be made: the history cannot be read.</source>
        <translation>Le fichier n&apos;a pas pu être créé&#xa0;: l&apos;historique est illisible.</translation>
    </message>
    <message>
        <source>The report for your clinician was saved to %1.</source>
        <translation>Le rapport pour votre soignant a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report could not be made: the history cannot be read.</source>
        <translation>Le rapport n&apos;a pas pu être créé&#xa0;: l&apos;historique est illisible.</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Après une séance</translation>
    </message>
    <message>
        <source>Before a session</source>
        <translation>Avant une séance</translation>
    </message>
    <message>
        <source>Shaded: the change</source>
        <translation>Zone ombrée&#xa0;: le changement</translation>
    </message>
    <message>
        <source>Your markers</source>
        <translation>Vos repères</translation>
    </message>
    <message>
        <source>Illustration of the step</source>
        <translation>Illustration de l&apos;étape</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Main droite</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Main gauche</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Bras droit</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Bras gauche</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Stopped by the person</source>
        <translation>Arrêtée par la personne</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Fourmillements</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>%1, worse than last time (%2)</source>
        <translation>%1, moins bien que la dernière fois (%2)</translation>
    </message>
    <message>
        <source>Answer this week&apos;s questions…</source>
        <translation>Répondre aux questions de la semaine…</translation>
    </message>
    <message>
        <source>Answer this week&apos;s questions about daily life</source>
        <translation>Répondre aux questions de la semaine sur la vie de tous les jours</translation>
    </message>
    <message>
        <source>A few questions once a week about buttons and small things, walking and balance, falls and sleep. The answers go in the report for your clinician.</source>
        <translation>Quelques questions une fois par semaine sur les boutons et petits objets, la marche et l&apos;équilibre, les chutes et le sommeil. Les réponses vont dans le rapport pour votre soignant.</translation>
    </message>
    <message>
        <source>Last answered on %1:</source>
        <translation>Dernière réponse le %1&#xa0;:</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Votre historique</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Back to the routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Add a marker…</source>
        <translation>Ajouter un repère…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Report for my clinician…</source>
        <translation>Rapport pour mon soignant…</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendrier des séances</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Jours d&apos;affilée</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Your goal:</source>
        <translation>Votre objectif&#xa0;:</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> séances par semaine</translation>
    </message>
    <message>
        <source>Your goal, sessions a week</source>
        <translation>Votre objectif, en séances par semaine</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un an</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Summary of the period</source>
        <translation>Résumé de la période</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Show older sessions</source>
        <translation>Afficher les séances plus anciennes</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 sessions.</source>
        <translation>Affichage des %1 séances les plus récentes sur %2.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Choisir le mois</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Choisir l&apos;année</translation>
    </message>
    <message>
        <source>Days of the month; days with a session that counts are marked, days with one that ended early are underlined</source>
        <translation>Jours du mois&#xa0;; les jours avec une séance qui compte sont marqués, ceux avec une séance terminée tôt sont soulignés</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>Show %1 on the chart</source>
        <translation>Afficher %1 sur le graphique</translation>
    </message>
    <message>
        <source>Scores: 0 is none, 10 is the worst</source>
        <translation>Notes&#xa0;: 0 = rien, 10 = le pire</translation>
    </message>
    <message>
        <source>Show the scores for: %1</source>
        <translation>Afficher les notes pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The chart shows sessions scored both before and after. None in this period yet.</source>
        <translation>Le graphique montre les séances notées avant et après. Aucune pour l&apos;instant sur cette période.</translation>
    </message>
    <message>
        <source>No %1 scores for the %2, before and after, in this period.</source>
        <translation>Aucune note de %1 (%2), avant et après, sur cette période.</translation>
    </message>
    <message>
        <source>Chart of %1 scores, %2, before and after each session</source>
        <translation>Graphique des notes de %1 (%2), avant et après chaque séance</translation>
    </message>
    <message>
        <source>Chart of symptom scores</source>
        <translation>Graphique des notes de symptômes</translation>
    </message>
    <message>
        <source>Markers: %1.</source>
        <translation>Repères&#xa0;: %1.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptée</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>pas comptée</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 étapes sur %2</translation>
    </message>
    <message>
        <source>Sessions that end before half of their steps are shown, but not counted (this week: %1).</source>
        <translation>Les séances terminées avant la moitié de leurs étapes sont affichées, mais pas comptées (cette semaine&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 days in a row, today included. Lovely.</source>
        <translation>%1 jours d&apos;affilée, aujourd&apos;hui compris. Bravo.</translation>
    </message>
    <message>
        <source>%1 days in a row so far; today&apos;s session would make it %2.</source>
        <translation>%1 jours d&apos;affilée pour l&apos;instant&#xa0;; la séance d&apos;aujourd&apos;hui en ferait %2.</translation>
    </message>
    <message>
        <source>Today&apos;s session is done. Well done.</source>
        <translation>La séance d&apos;aujourd&apos;hui est faite. Bravo.</translation>
    </message>
    <message>
        <source>Pick a routine whenever you feel ready.</source>
        <translation>Choisissez une routine dès que vous le souhaitez.</translation>
    </message>
    <message>
        <source>Today&apos;s session ended before half of its steps, so it is not counted yet.</source>
        <translation>La séance d&apos;aujourd&apos;hui s&apos;est terminée avant la moitié de ses étapes&#xa0;: elle n&apos;est donc pas encore comptée.</translation>
    </message>
    <message>
        <source>This week: %1 of your %2 sessions.</source>
        <translation>Cette semaine&#xa0;: %1 sur vos %2 séances.</translation>
    </message>
    <message>
        <source>No sessions in this period yet. After your first session, your scores will show here.</source>
        <translation>Aucune séance sur cette période pour l&apos;instant. Après votre première séance, vos notes s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>This week: %1. Your goal of %2 is reached.</source>
        <translation>Cette semaine : %1. Votre objectif de %2 est atteint.</translation>
    </message>
    <message>
        <source>%1 in this period, %2 finished.</source>
        <translation>%1 sur cette période, terminées : %2.</translation>
    </message>
    <message>
        <source>Counted toward your goal: %1.</source>
        <translation>Comptées pour votre objectif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Pieds</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Jambes</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>In the last week</source>
        <translation>Cette dernière semaine</translation>
    </message>
    <message>
        <source>In the last %1 weeks</source>
        <translation>Ces %1 dernières semaines</translation>
    </message>
    <message>
        <source>In the last %1 months</source>
        <translation>Ces %1 derniers mois</translation>
    </message>
    <message>
        <source>In the last %1 years</source>
        <translation>Ces %1 dernières années</translation>
    </message>
    <message>
        <source>%1 in the %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>was on average %1 lower after a session than before</source>
        <translation>en moyenne %1 de moins après une séance qu&apos;avant</translation>
    </message>
    <message>
        <source>was on average %1 higher after a session than before</source>
        <translation>en moyenne %1 de plus après une séance qu&apos;avant</translation>
    </message>
    <message>
        <source>was on average the same before and after a session</source>
        <translation>en moyenne sans changement entre avant et après une séance</translation>
    </message>
    <message>
        <source>%1, %2 %3, over %4 sessions.</source>
        <translation>%1, %2&#xa0;: %3, sur %4 séances.</translation>
    </message>
    <message>
        <source>Month of %1</source>
        <translation>Mois de %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>%1: before %2, after %3, over %4.</source>
        <translation>%1&#xa0;: avant %2, après %3, sur %4.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1, source for %2, in your browser</source>
        <translation>Ouvrir %1, source pour %2, dans votre navigateur</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Today is a bad day</source>
        <translation>Aujourd&apos;hui, c&apos;est un mauvais jour</translation>
    </message>
    <message>
        <source>Show the short, gentle routines first, until tonight</source>
        <translation>Montrer d&apos;abord les routines courtes et douces, jusqu&apos;à ce soir</translation>
    </message>
    <message>
        <source>Massage can ease discomfort for a while; it does not cure neuropathy. Keep the pressure light, check your skin before and after, and ask your care team if you are unsure.</source>
        <translation>Le massage peut soulager l&apos;inconfort un moment&#xa0;; il ne guérit pas la neuropathie. Gardez une pression légère, regardez votre peau avant et après, et demandez à votre équipe soignante en cas de doute.</translation>
    </message>
    <message>
        <source>No routines could be loaded.</source>
        <translation>Aucune routine n&apos;a pu être chargée.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Choisir une routine</translation>
    </message>
    <message>
        <source>People: who the session is for</source>
        <translation>Personnes&#xa0;: pour qui est la séance</translation>
    </message>
    <message>
        <source>Learn: questions and answers about massage for neuropathy</source>
        <translation>Comprendre&#xa0;: questions et réponses sur le massage et la neuropathie</translation>
    </message>
    <message>
        <source>History: your sessions and reports</source>
        <translation>Historique&#xa0;: vos séances et vos rapports</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Feet and legs</source>
        <translation>Pieds et jambes</translation>
    </message>
    <message>
        <source>Hands and arms</source>
        <translation>Mains et bras</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) could not be loaded. The others are ready to use.</source>
        <translation>
            <numerusform>%n fichier de routine n&apos;a pas pu être chargé. Les autres sont prêts à l&apos;emploi.</numerusform>
            <numerusform>%n fichiers de routine n&apos;ont pas pu être chargés. Les autres sont prêts à l&apos;emploi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in routine files</source>
        <translation>Problèmes dans les fichiers de routine</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Suggérées pour vous</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>For: %1. Change who the session is for</source>
        <translation>Pour&#xa0;: %1. Changer la personne de la séance</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>On your own</source>
        <translation>Par vous-même</translation>
    </message>
    <message>
        <source>Given by a caregiver</source>
        <translation>Faite par un aidant</translation>
    </message>
    <message>
        <source>On your own or with a helper</source>
        <translation>Par vous-même ou avec un aidant</translation>
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
        <translation>Arrêter cette séance&#xa0;? Le minuteur est en pause le temps de décider.</translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation>Arrêter maintenant</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Did you find anything on their skin: a cut, blister, crack, redness or swelling?</source>
        <translation>Avez-vous trouvé quelque chose sur sa peau&#xa0;: une coupure, une ampoule, une crevasse, une rougeur ou un gonflement&#xa0;?</translation>
    </message>
    <message>
        <source>Did you find anything on your skin: a cut, blister, crack, redness or swelling?</source>
        <translation>Avez-vous trouvé quelque chose sur votre peau&#xa0;: une coupure, une ampoule, une crevasse, une rougeur ou un gonflement&#xa0;?</translation>
    </message>
    <message>
        <source>No, nothing</source>
        <translation>Non, rien</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Les deux mains</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Les deux pieds</translation>
    </message>
    <message>
        <source>%1: is any of it hot, red or swollen, or has its shape changed?</source>
        <translation>%1&#xa0;: une zone est-elle chaude, rouge ou gonflée, ou la forme a-t-elle changé&#xa0;?</translation>
    </message>
    <message>
        <source>Yes: stop now</source>
        <translation>Oui&#xa0;: arrêter maintenant</translation>
    </message>
    <message>
        <source>No, none of these</source>
        <translation>Non, rien de tout cela</translation>
    </message>
    <message>
        <source>Change my answer</source>
        <translation>Modifier ma réponse</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Étape précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Repeat this step (R)</source>
        <translation>Répéter cette étape (R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Add 30 seconds to this step (+)</source>
        <translation>Ajouter 30 secondes à cette étape (+)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>Skip this side</source>
        <translation>Passer ce côté</translation>
    </message>
    <message>
        <source>Skip this side today (S)</source>
        <translation>Passer ce côté aujourd&apos;hui (S)</translation>
    </message>
    <message>
        <source>Something&apos;s wrong</source>
        <translation>Un problème</translation>
    </message>
    <message>
        <source>Something&apos;s wrong: stop now (W)</source>
        <translation>Un problème&#xa0;: arrêter maintenant (W)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the session (Escape)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>les deux pieds</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>le pied droit</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>le pied gauche</translation>
    </message>
    <message>
        <source>right foot only</source>
        <translation>le pied droit seulement</translation>
    </message>
    <message>
        <source>left foot only</source>
        <translation>le pied gauche seulement</translation>
    </message>
    <message>
        <source>both hands</source>
        <translation>les deux mains</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>la main droite</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>la main gauche</translation>
    </message>
    <message>
        <source>right hand only</source>
        <translation>la main droite seulement</translation>
    </message>
    <message>
        <source>left hand only</source>
        <translation>la main gauche seulement</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>You finished %1: %2, %3 of %4 steps, %5.</source>
        <translation>Vous avez terminé %1&#xa0;: %2, %3 étapes sur %4, %5.</translation>
    </message>
    <message>
        <source>You finished %1: %2, %3 of %4 steps.</source>
        <translation>Vous avez terminé %1&#xa0;: %2, %3 étapes sur %4.</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>You reached the end of %1: %2, %3 of %4 steps done in full, %5.</source>
        <translation>Vous voici à la fin de %1&#xa0;: %2, %3 étapes sur %4 faites en entier, %5.</translation>
    </message>
    <message>
        <source>You reached the end of %1: %2, %3 of %4 steps done in full.</source>
        <translation>Vous voici à la fin de %1&#xa0;: %2, %3 étapes sur %4 faites en entier.</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>You stopped after %1, with %2 of %3 steps done, %4.</source>
        <translation>Vous avez arrêté après %1, avec %2 étapes sur %3 faites, %4.</translation>
    </message>
    <message>
        <source>You stopped after %1, with %2 of %3 steps done.</source>
        <translation>Vous avez arrêté après %1, avec %2 étapes sur %3 faites.</translation>
    </message>
    <message>
        <source>Enough of it was done to count toward your week.</source>
        <translation>Vous en avez fait assez pour que cela compte pour votre semaine.</translation>
    </message>
    <message>
        <source>It is in your history, but does not count toward your week.</source>
        <translation>Elle figure dans votre historique, mais ne compte pas pour votre semaine.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered, leave it out of massage, and call their foot clinic or doctor today: with diabetes a small wound can turn serious quickly.</source>
        <translation>Trouvé aujourd&apos;hui&#xa0;: %1. Gardez la zone propre et couverte, ne la massez pas, et appelez aujourd&apos;hui son podologue ou sa consultation du pied, ou son médecin&#xa0;: avec le diabète, une petite plaie peut vite devenir grave.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered, leave it out of massage, and call your foot clinic or doctor today: with diabetes a small wound can turn serious quickly.</source>
        <translation>Trouvé aujourd&apos;hui&#xa0;: %1. Gardez la zone propre et couverte, ne la massez pas, et appelez aujourd&apos;hui votre podologue ou consultation du pied, ou votre médecin&#xa0;: avec le diabète, une petite plaie peut vite devenir grave.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered and leave it out of massage until it heals. If it spreads, gets hot or swollen, or is no better in a few days, call their doctor.</source>
        <translation>Trouvé aujourd&apos;hui&#xa0;: %1. Gardez la zone propre et couverte, et ne la massez pas jusqu&apos;à la guérison. Si cela s&apos;étend, devient chaud ou gonflé, ou ne va pas mieux dans quelques jours, appelez son médecin.</translation>
    </message>
    <message>
        <source>Found today: %1. Keep it clean and covered and leave it out of massage until it heals. If it spreads, gets hot or swollen, or is no better in a few days, call your doctor.</source>
        <translation>Trouvé aujourd&apos;hui&#xa0;: %1. Gardez la zone propre et couverte, et ne la massez pas jusqu&apos;à la guérison. Si cela s&apos;étend, devient chaud ou gonflé, ou ne va pas mieux dans quelques jours, appelez votre médecin.</translation>
    </message>
    <message>
        <source>The end of the session</source>
        <translation>La fin de la séance</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Foot temperatures…</source>
        <translation>Températures des pieds…</translation>
    </message>
    <message>
        <source>Write down today&apos;s foot skin temperatures</source>
        <translation>Noter les températures de la peau des pieds d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Look at their skin once more for redness, blisters or broken skin. A foot that is red, hot or swollen: call their foot clinic or doctor now. Pain that flares up and stays: tell their doctor or nurse before the next session.</source>
        <translation>Regardez encore une fois sa peau&#xa0;: rougeurs, ampoules ou peau abîmée. Un pied rouge, chaud ou gonflé&#xa0;: appelez immédiatement son podologue ou sa consultation du pied, ou son médecin. Une douleur qui augmente et ne passe pas&#xa0;: prévenez son médecin ou son infirmière avant la prochaine séance.</translation>
    </message>
    <message>
        <source>Look at your skin once more for redness, blisters or broken skin. A foot that is red, hot or swollen: call your foot clinic or doctor now. Pain that flares up and stays: tell your doctor or nurse before the next session.</source>
        <translation>Regardez encore une fois votre peau&#xa0;: rougeurs, ampoules ou peau abîmée. Un pied rouge, chaud ou gonflé&#xa0;: appelez immédiatement votre podologue ou consultation du pied, ou votre médecin. Une douleur qui augmente et ne passe pas&#xa0;: prévenez votre médecin ou votre infirmière avant la prochaine séance.</translation>
    </message>
    <message>
        <source>Before and after: %1</source>
        <translation>Avant et après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped. Here is what to do.</source>
        <translation>Séance arrêtée. Voici ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Find what is happening below. When in doubt, ask for help: calling is never wrong.</source>
        <translation>Cherchez ci-dessous ce qui se passe. En cas de doute, demandez de l&apos;aide&#xa0;: appeler n&apos;est jamais une erreur.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La séance</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Guidage vocal</translation>
    </message>
    <message>
        <source>Safety today</source>
        <translation>Sécurité aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Found at the skin check: %1. Left out today: keep it clean and covered.</source>
        <translation>Trouvé au contrôle de la peau&#xa0;: %1. Pas de massage là aujourd&apos;hui&#xa0;: gardez la zone propre et couverte.</translation>
    </message>
    <message>
        <source>With diabetes, contact your foot clinic today.</source>
        <translation>Avec le diabète, contactez votre podologue ou consultation du pied aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Skipped today: %1.</source>
        <translation>Passé aujourd&apos;hui à votre demande&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Avancement de la séance</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Combien de fois</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>For the helper: ask how it feels as you go, and keep the pressure like smoothing on lotion. Stop at once if they say it hurts, burns or tingles more.</source>
        <translation>Pour l&apos;aidant&#xa0;: demandez au fil du massage ce que la personne ressent, et gardez une pression comme pour étaler une crème. Arrêtez tout de suite si elle dit que ça fait mal, que ça brûle ou que les fourmillements augmentent.</translation>
    </message>
    <message>
        <source>Tips for the helper</source>
        <translation>Conseils pour l&apos;aidant</translation>
    </message>
    <message>
        <source>What the voice says</source>
        <translation>Ce que dit la voix</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>État de la séance</translation>
    </message>
    <message>
        <source>Time left on this step</source>
        <translation>Temps restant pour cette étape</translation>
    </message>
    <message>
        <source>Time through this step</source>
        <translation>Temps écoulé dans cette étape</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 left</source>
        <translation>Étape %1 sur %2 · reste %3</translation>
    </message>
    <message>
        <source>Answer the question below to go on.</source>
        <translation>Répondez à la question ci-dessous pour continuer.</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume when you are ready.</source>
        <translation>En pause. Appuyez sur Espace ou Reprendre quand vous le souhaitez.</translation>
    </message>
    <message numerus="yes">
        <source>Get ready: the timer starts in %n s</source>
        <translation>
            <numerusform>Préparez-vous&#xa0;: le minuteur démarre dans %n s</numerusform>
            <numerusform>Préparez-vous&#xa0;: le minuteur démarre dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No countdown: press Next (→) when you are ready to move on. About %1 is usual.</source>
        <translation>Sans compte à rebours&#xa0;: appuyez sur Suivant (→) quand vous voulez continuer. Environ %1, en général.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>Write down today&apos;s…</source>
        <translation>Noter les températures d&apos;aujourd&apos;hui…</translation>
    </message>
    <message>
        <source>Right foot %1, left foot %2</source>
        <translation>Pied droit %1, pied gauche %2</translation>
    </message>
    <message>
        <source>Each day, after your foot check, write down the skin temperature of both feet. A foot more than %1 warmer than the other two days running needs rest and your foot clinic.</source>
        <translation>Chaque jour, après le contrôle de vos pieds, notez la température de la peau des deux pieds. Un pied plus chaud que l&apos;autre de plus de %1 deux jours de suite : mettez-le au repos et appelez votre podologue ou consultation du pied.</translation>
    </message>
    <message>
        <source>Last measured on %1: %2.</source>
        <translation>Dernière mesure le %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %n of the last 14 days.</source>
        <translation>
            <numerusform>Mesures&#xa0;: %n jour sur les 14 derniers.</numerusform>
            <numerusform>Mesures&#xa0;: %n jours sur les 14 derniers.</numerusform>
        </translation>
    </message>
    <message>
        <source>A session, step by step</source>
        <translation>Une séance, étape par étape</translation>
    </message>
    <message>
        <source>1. A few safety questions, so the massage suits you today.</source>
        <translation>1. Quelques questions de sécurité, pour que le massage vous convienne aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>2. Each step with a picture and a countdown, read aloud if you like.</source>
        <translation>2. Chaque étape avec une image et un compte à rebours, lue à voix haute si vous le souhaitez.</translation>
    </message>
    <message>
        <source>3. If you wish, how you feel before and after, kept on this computer.</source>
        <translation>3. Si vous le souhaitez, comment vous vous sentez avant et après, enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>Pourquoi ces questions</translation>
    </message>
    <message>
        <source>Your answers put the routines that fit you first.</source>
        <translation>Vos réponses font passer en premier les routines qui vous conviennent.</translation>
    </message>
    <message>
        <source>They stay on this computer. Skip any question you like.</source>
        <translation>Elles restent sur cet ordinateur. Passez les questions que vous voulez.</translation>
    </message>
    <message>
        <source>Drawing of a hand and a foot</source>
        <translation>Dessin d&apos;une main et d&apos;un pied</translation>
    </message>
    <message>
        <source>A few questions (all optional)</source>
        <translation>Quelques questions (toutes facultatives)</translation>
    </message>
    <message>
        <source>What caused your neuropathy?</source>
        <translation>Quelle est la cause de votre neuropathie&#xa0;?</translation>
    </message>
    <message>
        <source>Where are your symptoms?</source>
        <translation>Où sont vos symptômes&#xa0;?</translation>
    </message>
    <message>
        <source>Does someone help you with the massage?</source>
        <translation>Quelqu&apos;un vous aide-t-il pour le massage&#xa0;?</translation>
    </message>
    <message>
        <source>No, I do it myself</source>
        <translation>Non, je le fais moi-même</translation>
    </message>
    <message>
        <source>Yes, a caregiver helps</source>
        <translation>Oui, un aidant m&apos;aide</translation>
    </message>
    <message>
        <source>You can change all of this later in Settings.</source>
        <translation>Vous pourrez tout modifier plus tard dans Réglages.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>NeuroGuide walks you, or someone who helps you, through gentle hand and foot massage, step by step.</source>
        <translation>NeuroGuide vous accompagne, vous ou la personne qui vous aide, dans un massage doux des mains et des pieds, étape par étape.</translation>
    </message>
    <message>
        <source>It is comfort and routine: massage can ease pain and tingling for a while. It does not cure neuropathy or repair nerves, and it is not a medical device.</source>
        <translation>C&apos;est du confort et une habitude&#xa0;: le massage peut soulager la douleur et les fourmillements un moment. Il ne guérit pas la neuropathie, ne répare pas les nerfs, et ce n&apos;est pas un dispositif médical.</translation>
    </message>
    <message>
        <source>Talk to your doctor or nurse before you start, especially during chemotherapy, with diabetic foot problems, blood thinners or low platelets.</source>
        <translation>Parlez-en à votre médecin ou votre infirmière avant de commencer, surtout pendant une chimiothérapie, en cas de problèmes de pieds liés au diabète, d&apos;anticoagulant ou de plaquettes basses.</translation>
    </message>
    <message>
        <source>Before each session it asks a few safety questions, and it always says when to stop.</source>
        <translation>Avant chaque séance, il pose quelques questions de sécurité, et il dit toujours quand arrêter.</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Passer l&apos;accueil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Quelques questions</translation>
    </message>
    <message>
        <source>Step %1 of 2</source>
        <translation>Étape %1 sur 2</translation>
    </message>
    <message>
        <source>Made with NeuroGuide on %1. NeuroGuide is a self-care aid, not a medical device.</source>
        <translation>Fait avec NeuroGuide le %1. NeuroGuide est une aide pour prendre soin de soi, pas un dispositif médical.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>À propos de moi</translation>
    </message>
    <message>
        <source>Notes for my massage therapist</source>
        <translation>Notes pour mon praticien de massage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Contact in an emergency:</source>
        <translation>Personne à prévenir en cas d’urgence :</translation>
    </message>
    <message>
        <source>Neuropathy from:</source>
        <translation>Neuropathie due à :</translation>
    </message>
    <message>
        <source>Where I feel it:</source>
        <translation>Où je la ressens :</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Please keep in mind</source>
        <translation>Merci de garder à l’esprit</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Shaded: the change from before to after (green lower, red higher)</source>
        <translation>Zone ombrée&#xa0;: le changement d&apos;avant à après (vert&#xa0;: plus bas, rouge&#xa0;: plus haut)</translation>
    </message>
    <message>
        <source>No scores given</source>
        <translation>Aucune note donnée</translation>
    </message>
    <message>
        <source>at the skin check: %1</source>
        <translation>au contrôle de la peau&#xa0;: %1</translation>
    </message>
    <message>
        <source>soreness</source>
        <translation>douleur après</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>fatigue après</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>l&apos;imprimante n&apos;a pas pu être lancée</translation>
    </message>
    <message>
        <source>Each panel averages the right and left side of one part of the body, a week at a time.</source>
        <translation>Chaque graphique fait la moyenne des côtés droit et gauche d&apos;une partie du corps, semaine par semaine.</translation>
    </message>
    <message>
        <source>Each panel averages the right and left side of one part of the body, a month at a time.</source>
        <translation>Chaque graphique fait la moyenne des côtés droit et gauche d&apos;une partie du corps, mois par mois.</translation>
    </message>
    <message>
        <source>The table below gives each side on its own.</source>
        <translation>Le tableau ci-dessous donne chaque côté séparément.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>Numbered lines: %1.</source>
        <translation>Lignes numérotées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Average scores, before and after a session</source>
        <translation>Notes moyennes, avant et après une séance</translation>
    </message>
    <message>
        <source>No session in this period has scores both before and after.</source>
        <translation>Aucune séance de cette période n&apos;a de notes à la fois avant et après.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptôme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Scores from 0 (none) to 10 (worst), for each hand and foot on its own. Each average rests on the sessions counted beside it: those with a score for that place both before and after. Changes from before to after a session have no control comparison: they may come from rest, expectation or the time of day as much as from the massage.</source>
        <translation>Notes de 0 (rien) à 10 (le pire), pour chaque main et chaque pied séparément. Chaque moyenne repose sur les séances comptées à côté&#xa0;: celles qui ont une note pour cet endroit à la fois avant et après. Les changements entre avant et après une séance n&apos;ont pas de comparaison témoin&#xa0;: ils peuvent venir du repos, des attentes ou du moment de la journée autant que du massage.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>All %1 weeks</source>
        <translation>L&apos;ensemble des %1 semaines</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>The same foot was more than %2 warmer on two or more days running (the sign to rest it and call the foot clinic): %1.</source>
        <translation>Le même pied a été plus chaud de plus de %2 deux jours de suite ou plus (le signe qu&apos;il faut le mettre au repos et appeler le podologue ou la consultation du pied) : %1.</translation>
    </message>
    <message>
        <source>The same foot was never more than %1 warmer on two days running.</source>
        <translation>Le même pied n&apos;a jamais été plus chaud de plus de %1 deux jours de suite.</translation>
    </message>
    <message>
        <source>Days measured in this period: %1; with one foot more than %3 warmer than the other: %2.</source>
        <translation>Jours avec une mesure sur cette période : %1 ; avec un pied plus chaud que l&apos;autre de plus de %3 : %2.</translation>
    </message>
    <message>
        <source>Right, %1</source>
        <translation>Droit, %1</translation>
    </message>
    <message>
        <source>Left, %1</source>
        <translation>Gauche, %1</translation>
    </message>
    <message>
        <source>Warmer by over %1</source>
        <translation>Plus chaud de plus de %1</translation>
    </message>
    <message>
        <source>The newest %1 days measured, the last reading of each day. A difference over %2 on two days running means rest and a call to the foot clinic: %3</source>
        <translation>Les %1 derniers jours mesurés, avec la dernière mesure de chaque jour. Un écart de plus de %2 deux jours de suite signifie repos et appel au podologue ou à la consultation du pied : %3</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Fin de séance</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <source>Every week of the period, Monday to Sunday; the first and last may be part weeks.</source>
        <translation>Chaque semaine de la période, du lundi au dimanche&#xa0;; la première et la dernière peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>Routines used</source>
        <translation>Routines utilisées</translation>
    </message>
    <message>
        <source>A week, on average</source>
        <translation>Une semaine, en moyenne</translation>
    </message>
    <message>
        <source>Skin findings and safety stops</source>
        <translation>Problèmes de peau et arrêts pour raison de sécurité</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien de noté.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Found or why it stopped</source>
        <translation>Constat ou raison de l&apos;arrêt</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Events the person marked on the timeline, numbered as on the chart.</source>
        <translation>Événements marqués par la personne sur la frise, numérotés comme sur le graphique.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>The person&apos;s own notes</source>
        <translation>Notes de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s own answers to a few questions asked once a week, each about the week before; a dash is a question left unanswered. Worsening function is what leads a cancer team to change the treatment (recommendation 2.1):</source>
        <translation>Les réponses de la personne à quelques questions posées une fois par semaine, chacune sur la semaine précédente&#xa0;; un tiret signale une question sans réponse. C&apos;est la dégradation fonctionnelle qui conduit une équipe de cancérologie à modifier le traitement (recommandation 2.1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 is a self-care companion, not a medical device. It does not diagnose or treat; these records are the person&apos;s own.</source>
        <translation>%1 est un outil pour prendre soin de soi, pas un dispositif médical. Il ne pose pas de diagnostic et ne soigne pas&#xa0;; ces relevés sont ceux de la personne elle-même.</translation>
    </message>
    <message>
        <source>Self-massage sessions and symptoms</source>
        <translation>Séances d&apos;automassage et symptômes</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Period: %1 to %2. Made with %3 on %4.</source>
        <translation>Période&#xa0;: du %1 au %2. Fait avec %3 le %4.</translation>
    </message>
    <message>
        <source>Since your last appointment, on %1</source>
        <translation>Depuis votre dernier rendez-vous, le %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>The last appointment, on %1, is outside this period: this is the start of the period.</source>
        <translation>Le dernier rendez-vous, le %1, est en dehors de cette période&#xa0;: ce résumé part du début de la période.</translation>
    </message>
    <message>
        <source>No date of the last appointment was given: this is the start of the period.</source>
        <translation>Aucune date de dernier rendez-vous n&apos;a été donnée&#xa0;: ce résumé part du début de la période.</translation>
    </message>
    <message>
        <source>There are too few sessions from the %1 before to compare with (%2).</source>
        <translation>Trop peu de séances dans les %1 d&apos;avant pour comparer (%2).</translation>
    </message>
    <message>
        <source>From the weekly questions about daily life:</source>
        <translation>D&apos;après les questions hebdomadaires sur la vie de tous les jours&#xa0;:</translation>
    </message>
    <message>
        <source>What got worse, compared with the %1 before:</source>
        <translation>Ce qui s&apos;est aggravé, par rapport aux %1 d&apos;avant&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing got worse, compared with the %1 before: no score given before a session was higher on average by %2 point or more, and no larger share of sessions had a skin finding or a safety stop.</source>
        <translation>Rien ne s&apos;est aggravé par rapport aux %1 d&apos;avant&#xa0;: aucune note donnée avant une séance n&apos;a été plus haute en moyenne de %2 point ou plus, et la part des séances avec un problème de peau ou un arrêt pour raison de sécurité n&apos;a pas augmenté.</translation>
    </message>
    <message>
        <source>%1 (%2 finished, %3 stopped early, %4 interrupted), %5 minutes in all.</source>
        <translation>%1 (terminées : %2, arrêtées tôt : %3, interrompues : %4), %5 minutes en tout.</translation>
    </message>
    <message>
        <source>%1 since then (%2 a week); %3 in the %4 before (%5 a week).</source>
        <translation>%1 depuis (%2 par semaine) ; %3 dans les %4 d&apos;avant (%5 par semaine).</translation>
    </message>
    <message>
        <source>%1, %2: %3 on average before sessions since then (%4), against %5 in the days before (%6).</source>
        <translation>%1, %2 : %3 en moyenne avant les séances depuis (%4), contre %5 dans les jours d&apos;avant (%6).</translation>
    </message>
    <message>
        <source>Sessions with a skin finding: %1 of %2 since then, against %3 of %4 before.</source>
        <translation>Séances avec un problème de peau&#xa0;: %1 sur %2 depuis, contre %3 sur %4 avant.</translation>
    </message>
    <message>
        <source>Sessions stopped for safety: %1 of %2 since then, against %3 of %4 before.</source>
        <translation>Séances arrêtées pour raison de sécurité&#xa0;: %1 sur %2 depuis, contre %3 sur %4 avant.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>A fall, in the weekly questions about daily life: %1.</source>
        <translation>Une chute, dans les questions hebdomadaires sur la vie de tous les jours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: “%2” on %3, against “%4” on %5.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» le %3, contre «&#xa0;%4&#xa0;» le %5.</translation>
    </message>
    <message>
        <source>Foot skin temperature: the same foot more than %2 warmer two days running: %1.</source>
        <translation>Température de la peau des pieds : le même pied plus chaud de plus de %2 deux jours de suite : %1.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Show the folder it was saved in</source>
        <translation>Afficher le dossier où il a été enregistré</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>The file is not there any more: %1.</source>
        <translation>Le fichier n&apos;est plus là&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file could not be opened: no program here opens it. It is saved as %1.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert&#xa0;: aucun programme ici ne sait l&apos;ouvrir. Il est enregistré sous %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be shown.</source>
        <translation>Le dossier %1 n&apos;a pas pu être affiché.</translation>
    </message>
    <message>
        <source>%1 (printed)</source>
        <translation>%1 (imprimé)</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <source>The report was printed to the file %1.</source>
        <translation>Le rapport a été imprimé dans le fichier %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <source>The report was sent to %1.</source>
        <translation>Le rapport a été envoyé à %1.</translation>
    </message>
    <message>
        <source>the printer did not answer</source>
        <translation>l&apos;imprimante n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>The report could not be printed: %1. The PDF is saved; you can open it and print it from there.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé&#xa0;: %1. Le PDF est enregistré&#xa0;; vous pouvez l&apos;ouvrir et l&apos;imprimer à partir de là.</translation>
    </message>
    <message>
        <source>Other steps left out today: %1.</source>
        <translation>Autres étapes laissées de côté aujourd&apos;hui&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Do you have chest pain, or new or sudden shortness of breath, right now?</source>
        <translation>Avez-vous une douleur dans la poitrine, ou un essoufflement nouveau ou soudain, en ce moment même&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have chest pain, or new or sudden shortness of breath, right now?</source>
        <translation>La personne a-t-elle une douleur dans la poitrine, ou un essoufflement nouveau ou soudain, en ce moment même&#xa0;?</translation>
    </message>
    <message>
        <source>Is your temperature 37.5 °C or more, or under 36 °C, or do you feel shivery or unwell today?</source>
        <translation>Votre température est-elle de 37,5 °C ou plus, ou de moins de 36 °C, ou avez-vous des frissons ou vous sentez-vous mal aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Is their temperature 37.5 °C or more, or under 36 °C, or do they feel shivery or unwell today?</source>
        <translation>La température de la personne est-elle de 37,5 °C ou plus, ou de moins de 36 °C, ou a-t-elle des frissons ou se sent-elle mal aujourd&apos;hui&#xa0;?</translation>
    </message>
    <message>
        <source>Is one leg newly swollen, painful, warm or red, in the calf or the thigh?</source>
        <translation>Une de vos jambes est-elle, depuis peu, gonflée, douloureuse, chaude ou rouge, au mollet ou à la cuisse&#xa0;?</translation>
    </message>
    <message>
        <source>Is one of their legs newly swollen, painful, warm or red, in the calf or the thigh?</source>
        <translation>Une de ses jambes est-elle, depuis peu, gonflée, douloureuse, chaude ou rouge, au mollet ou à la cuisse&#xa0;?</translation>
    </message>
    <message>
        <source>Is a foot red, hot or swollen, or changing shape?</source>
        <translation>Un pied est-il rouge, chaud ou gonflé, ou change-t-il de forme&#xa0;?</translation>
    </message>
    <message>
        <source>Is one of their feet red, hot or swollen, or changing shape?</source>
        <translation>Un de ses pieds est-il rouge, chaud ou gonflé, ou change-t-il de forme&#xa0;?</translation>
    </message>
    <message>
        <source>Is a foot cold, pale, blue or dark? Does it hurt when you rest or at night? Or is there a wound on it that will not heal?</source>
        <translation>Un pied est-il froid, pâle, bleu ou foncé&#xa0;? Fait-il mal quand vous êtes au repos ou la nuit&#xa0;? Ou a-t-il une plaie qui ne guérit pas&#xa0;?</translation>
    </message>
    <message>
        <source>Is one of their feet cold, pale, blue or dark? Does it hurt when they rest or at night? Or is there a wound on it that will not heal?</source>
        <translation>Un de ses pieds est-il froid, pâle, bleu ou foncé&#xa0;? Fait-il mal quand la personne est au repos ou la nuit&#xa0;? Ou a-t-il une plaie qui ne guérit pas&#xa0;?</translation>
    </message>
    <message>
        <source>In the last hours or days, has weakness or numbness spread, or suddenly made it harder to walk or hold things?</source>
        <translation>Ces dernières heures ou ces derniers jours, la faiblesse ou l&apos;engourdissement s&apos;est-il étendu, ou a-t-il soudain rendu plus difficile de marcher ou de tenir des objets&#xa0;?</translation>
    </message>
    <message>
        <source>In the last hours or days, has their weakness or numbness spread, or suddenly made it harder for them to walk or hold things?</source>
        <translation>Ces dernières heures ou ces derniers jours, sa faiblesse ou son engourdissement s&apos;est-il étendu, ou lui a-t-il soudain rendu plus difficile de marcher ou de tenir des objets&#xa0;?</translation>
    </message>
    <message>
        <source>Look at your hands and feet. Is there a cut, blister, crack or sore, or any sign of infection? Where?</source>
        <translation>Regardez vos mains et vos pieds. Y a-t-il une coupure, une ampoule, une crevasse ou une plaie, ou un signe d&apos;infection&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Look at their hands and feet. Is there a cut, blister, crack or sore, or any sign of infection? Where?</source>
        <translation>Regardez ses mains et ses pieds. Y a-t-il une coupure, une ampoule, une crevasse ou une plaie, ou un signe d&apos;infection&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Are your palms or soles red, sore, swollen or peeling (hand-foot syndrome)?</source>
        <translation>Vos paumes ou vos plantes de pied sont-elles rouges, douloureuses, gonflées, ou pèlent-elles (syndrome main-pied)&#xa0;?</translation>
    </message>
    <message>
        <source>Are their palms or soles red, sore, swollen or peeling (hand-foot syndrome)?</source>
        <translation>Ses paumes ou ses plantes de pied sont-elles rouges, douloureuses, gonflées, ou pèlent-elles (syndrome main-pied)&#xa0;?</translation>
    </message>
    <message>
        <source>Is an arm with a PICC line or a port swollen, red, warm or painful?</source>
        <translation>Un bras avec un PICC line ou une chambre implantable est-il gonflé, rouge, chaud ou douloureux&#xa0;?</translation>
    </message>
    <message>
        <source>Is an arm with their PICC line or port swollen, red, warm or painful?</source>
        <translation>Un bras avec son PICC line ou sa chambre implantable est-il gonflé, rouge, chaud ou douloureux&#xa0;?</translation>
    </message>
    <message>
        <source>Are you having chemotherapy or another cancer drug, or have you had it in the last 6 weeks?</source>
        <translation>Recevez-vous une chimiothérapie ou un autre médicament contre le cancer, ou en avez-vous reçu dans les 6 dernières semaines&#xa0;?</translation>
    </message>
    <message>
        <source>Are they having chemotherapy or another cancer drug, or have they had it in the last 6 weeks?</source>
        <translation>La personne reçoit-elle une chimiothérapie ou un autre médicament contre le cancer, ou en a-t-elle reçu dans les 6 dernières semaines&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have diabetes with numb feet, or have you been told your feet are at high risk?</source>
        <translation>Avez-vous un diabète avec des pieds engourdis, ou vous a-t-on dit que vos pieds sont à haut risque&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have diabetes with numb feet, or have they been told their feet are at high risk?</source>
        <translation>La personne a-t-elle un diabète avec des pieds engourdis, ou lui a-t-on dit que ses pieds sont à haut risque&#xa0;?</translation>
    </message>
    <message>
        <source>Has a doctor told you that you have poor circulation in your legs or feet (peripheral arterial disease)?</source>
        <translation>Un médecin vous a-t-il dit que vous avez une mauvaise circulation dans les jambes ou les pieds (artérite)&#xa0;?</translation>
    </message>
    <message>
        <source>Has a doctor told them that they have poor circulation in their legs or feet (peripheral arterial disease)?</source>
        <translation>Un médecin a-t-il dit à la personne qu&apos;elle a une mauvaise circulation dans les jambes ou les pieds (artérite)&#xa0;?</translation>
    </message>
    <message>
        <source>Has your doctor said that gentle massage of your feet and legs is all right?</source>
        <translation>Votre médecin a-t-il dit qu&apos;un massage doux de vos pieds et de vos jambes est possible&#xa0;?</translation>
    </message>
    <message>
        <source>Has their doctor said that gentle massage of their feet and legs is all right?</source>
        <translation>Son médecin a-t-il dit qu&apos;un massage doux de ses pieds et de ses jambes est possible&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have a blood clot in a leg now, or are you being treated for one?</source>
        <translation>Avez-vous en ce moment un caillot de sang dans une jambe, ou suivez-vous un traitement pour un caillot&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have a blood clot in a leg now, or are they being treated for one?</source>
        <translation>La personne a-t-elle en ce moment un caillot de sang dans une jambe, ou suit-elle un traitement pour un caillot&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, daily aspirin or similar)?</source>
        <translation>Avez-vous des plaquettes basses, faites-vous facilement des bleus, ou prenez-vous un anticoagulant (warfarine, apixaban, aspirine tous les jours ou autre)&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have low platelets, bruise easily, or take a blood thinner (warfarin, apixaban, daily aspirin or similar)?</source>
        <translation>La personne a-t-elle des plaquettes basses, fait-elle facilement des bleus, ou prend-elle un anticoagulant (warfarine, apixaban, aspirine tous les jours ou autre)&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 weeks? Where?</source>
        <translation>Avez-vous un cancer dans un os, une fracture dans les 3 derniers mois, ou une opération dans les 6 dernières semaines&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have cancer in a bone, a fracture in the last 3 months, or surgery in the last 6 weeks? Where?</source>
        <translation>La personne a-t-elle un cancer dans un os, une fracture dans les 3 derniers mois, ou une opération dans les 6 dernières semaines&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have a port, a line or a pain patch on an arm or a leg, or have you had radiotherapy there? Where?</source>
        <translation>Avez-vous une chambre implantable, un cathéter ou un patch antidouleur sur un bras ou une jambe, ou avez-vous eu une radiothérapie à cet endroit&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have a port, a line or a pain patch on an arm or a leg, or have they had radiotherapy there? Where?</source>
        <translation>La personne a-t-elle une chambre implantable, un cathéter ou un patch antidouleur sur un bras ou une jambe, ou a-t-elle eu une radiothérapie à cet endroit&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Have you had lymph nodes removed, or do you have lymphoedema (long-lasting swelling), in an arm or a leg? Where?</source>
        <translation>Vous a-t-on retiré des ganglions, ou avez-vous un lymphœdème (gonflement durable), dans un bras ou une jambe&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Have they had lymph nodes removed, or do they have lymphoedema (long-lasting swelling), in an arm or a leg? Where?</source>
        <translation>A-t-on retiré des ganglions à la personne, ou a-t-elle un lymphœdème (gonflement durable), dans un bras ou une jambe&#xa0;? Où&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have gout?</source>
        <translation>Avez-vous la goutte&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have gout?</source>
        <translation>La personne a-t-elle la goutte&#xa0;?</translation>
    </message>
    <message>
        <source>Are you pregnant?</source>
        <translation>Êtes-vous enceinte&#xa0;?</translation>
    </message>
    <message>
        <source>Are they pregnant?</source>
        <translation>La personne est-elle enceinte&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have an allergy to oils or very sensitive skin?</source>
        <translation>Avez-vous une allergie aux huiles ou la peau très sensible&#xa0;?</translation>
    </message>
    <message>
        <source>Do they have an allergy to oils or very sensitive skin?</source>
        <translation>La personne a-t-elle une allergie aux huiles ou la peau très sensible&#xa0;?</translation>
    </message>
    <message>
        <source>Chest pain or shortness of breath can be an emergency, such as a clot that has moved to the lungs. No massage.</source>
        <translation>Une douleur dans la poitrine ou un essoufflement peut être une urgence, comme un caillot parti dans les poumons. Pas de massage.</translation>
    </message>
    <message>
        <source>A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be an infection. No massage today. Rest.</source>
        <translation>Une température de 37,5 °C ou plus, ou de moins de 36 °C, des frissons ou le fait de se sentir mal peuvent signaler une infection. Pas de massage aujourd&apos;hui. Reposez-vous.</translation>
    </message>
    <message>
        <source>During cancer treatment, a temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, can be a serious infection. No massage. The helpline is there day and night.</source>
        <translation>Pendant un traitement du cancer, une température de 37,5 °C ou plus, ou de moins de 36 °C, des frissons ou le fait de se sentir mal peuvent signaler une infection grave. Pas de massage. La permanence de l&apos;équipe de cancérologie est joignable jour et nuit.</translation>
    </message>
    <message>
        <source>A swollen, painful or warm leg can be a blood clot. No massage. With chest pain or breathlessness, call an ambulance.</source>
        <translation>Une jambe gonflée, douloureuse ou chaude peut signaler un caillot de sang. Pas de massage. En cas de douleur dans la poitrine ou d&apos;essoufflement, appelez une ambulance.</translation>
    </message>
    <message>
        <source>A red, hot or swollen foot can be an infection or Charcot foot. No massage. Keep the weight off it.</source>
        <translation>Un pied rouge, chaud ou gonflé peut signaler une infection ou un pied de Charcot. Pas de massage. Évitez de prendre appui dessus.</translation>
    </message>
    <message>
        <source>A cold, pale, blue or dark foot, pain at rest or at night, or a wound that will not heal can mean poor blood flow. No massage. If a foot went cold, pale and painful suddenly, call an ambulance.</source>
        <translation>Un pied froid, pâle, bleu ou foncé, une douleur au repos ou la nuit, ou une plaie qui ne guérit pas peuvent signaler une mauvaise circulation du sang. Pas de massage. Si un pied est devenu soudain froid, pâle et douloureux, appelez une ambulance.</translation>
    </message>
    <message>
        <source>Weakness or numbness that spreads over hours or days needs a doctor the same day. No massage. If breathing or swallowing gets hard, call an ambulance.</source>
        <translation>Une faiblesse ou un engourdissement qui s&apos;étend en quelques heures ou quelques jours doit être vu par un médecin le jour même. Pas de massage. Si respirer ou avaler devient difficile, appelez une ambulance.</translation>
    </message>
    <message>
        <source>Broken or infected skin is left out today: massage could make it worse, and numb skin may not feel it.</source>
        <translation>Aujourd&apos;hui, on ne masse pas la peau abîmée ou infectée&#xa0;: le massage pourrait l&apos;aggraver, et une peau engourdie peut ne pas le sentir.</translation>
    </message>
    <message>
        <source>With diabetes, a cut, blister, crack or sore on a foot needs checking by the foot clinic.</source>
        <translation>Avec le diabète, une coupure, une ampoule, une crevasse ou une plaie sur un pied doit être vue par le podologue ou la consultation du pied.</translation>
    </message>
    <message>
        <source>Red, sore or peeling palms or soles during cancer treatment (hand-foot syndrome) are left out. The cancer team needs to know: they may change the treatment.</source>
        <translation>Les paumes ou plantes de pied rouges, douloureuses ou qui pèlent pendant un traitement du cancer (syndrome main-pied) ne sont pas massées. L&apos;équipe de cancérologie doit être prévenue&#xa0;: elle peut modifier le traitement.</translation>
    </message>
    <message>
        <source>A swollen, red or painful arm with a line or port can be a clot or an infection. No massage.</source>
        <translation>Un bras gonflé, rouge ou douloureux avec un cathéter ou une chambre implantable peut signaler un caillot ou une infection. Pas de massage.</translation>
    </message>
    <message>
        <source>During cancer treatment white cells may be low: everyone who touches washes their hands first.</source>
        <translation>Pendant un traitement du cancer, les globules blancs peuvent être bas&#xa0;: toute personne qui touche se lave d&apos;abord les mains.</translation>
    </message>
    <message>
        <source>With diabetes and numb feet: light pressure only, no heat, and the feet looked at every day.</source>
        <translation>Avec le diabète et des pieds engourdis&#xa0;: pression légère uniquement, pas de chaleur, et les pieds regardés chaque jour.</translation>
    </message>
    <message>
        <source>Poor circulation in the legs needs a doctor&apos;s agreement before the feet and legs are massaged: they are left out until the doctor says it is all right.</source>
        <translation>Une mauvaise circulation dans les jambes demande l&apos;accord d&apos;un médecin avant de masser les pieds et les jambes&#xa0;: on ne les masse pas tant que le médecin n&apos;a pas dit que c&apos;est possible.</translation>
    </message>
    <message>
        <source>A leg with a blood clot is left out, and its foot with it. No pressure points while a clot is being treated.</source>
        <translation>Une jambe avec un caillot de sang n&apos;est pas massée, ni son pied. Pas de points de pression pendant le traitement d&apos;un caillot.</translation>
    </message>
    <message>
        <source>With low platelets, easy bruising or a blood thinner: light touch only, no kneading, friction or pressure points. If the doctor or cancer team has not yet said massage is all right, ask at the next appointment.</source>
        <translation>Avec des plaquettes basses, des bleus faciles ou un anticoagulant&#xa0;: toucher léger uniquement, ni pétrissage, ni frictions, ni points de pression. Si le médecin ou l&apos;équipe de cancérologie n&apos;a pas encore dit que le massage est possible, demandez-le au prochain rendez-vous.</translation>
    </message>
    <message>
        <source>Where there is cancer in a bone, a recent fracture or an operation, that place is left out. Elsewhere, light touch only: no kneading, friction, pressure points, and no one else moving the joints. If the doctor or cancer team has not yet said massage is all right, ask at the next appointment.</source>
        <translation>Là où il y a un cancer dans un os, une fracture récente ou une opération, on ne masse pas cet endroit. Ailleurs, toucher léger uniquement&#xa0;: ni pétrissage, ni frictions, ni points de pression, et personne d&apos;autre ne fait bouger les articulations. Si le médecin ou l&apos;équipe de cancérologie n&apos;a pas encore dit que le massage est possible, demandez-le au prochain rendez-vous.</translation>
    </message>
    <message>
        <source>Where there is a port, a line, a patch or radiotherapy, that hand or foot and its limb are left out, and no oils there.</source>
        <translation>Là où il y a une chambre implantable, un cathéter, un patch ou une radiothérapie, on ne masse pas cette main ou ce pied, ni le bras ou la jambe, et pas d&apos;huile à cet endroit.</translation>
    </message>
    <message>
        <source>A limb with lymphoedema or lymph nodes removed is left out.</source>
        <translation>Un bras ou une jambe avec un lymphœdème, ou dont on a retiré des ganglions, n&apos;est pas massé.</translation>
    </message>
    <message>
        <source>Pressure points are not for feet with gout.</source>
        <translation>Pas de points de pression sur des pieds atteints de goutte.</translation>
    </message>
    <message>
        <source>In pregnancy: no pressure on the web between the thumb and first finger, and no pressure points until a midwife or doctor agrees.</source>
        <translation>Pendant la grossesse&#xa0;: pas de pression sur le pli de peau entre le pouce et l&apos;index, et pas de points de pression tant qu&apos;une sage-femme ou un médecin n&apos;a pas donné son accord.</translation>
    </message>
    <message>
        <source>Use a plain, unscented lotion and no essential oils.</source>
        <translation>Utilisez une crème simple, sans parfum, et pas d&apos;huiles essentielles.</translation>
    </message>
    <message>
        <source>I have peripheral neuropathy: my skin may not feel pressure, heat or pain properly. Please keep the pressure light, like smoothing on lotion: I may not feel it when it is too much, so watch my skin for redness as you go.</source>
        <translation>J&apos;ai une neuropathie périphérique&#xa0;: ma peau peut mal sentir la pression, la chaleur ou la douleur. Merci de garder une pression légère, comme pour étaler une crème&#xa0;: je peux ne pas sentir quand c&apos;est trop, alors surveillez les rougeurs sur ma peau au fil du massage.</translation>
    </message>
    <message>
        <source>Please no heat, hot stones or hot towels on numb areas.</source>
        <translation>Pas de chaleur, de pierres chaudes ni de serviettes chaudes sur les zones engourdies, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Please stop and tell me if you see a cut, a blister, redness or swelling.</source>
        <translation>Merci de vous arrêter et de me prévenir si vous voyez une coupure, une ampoule, une rougeur ou un gonflement.</translation>
    </message>
    <message>
        <source>I am having cancer treatment: my white cells may be low, so please wash your hands first. If I have a temperature or feel unwell, no massage.</source>
        <translation>Je suis un traitement contre le cancer&#xa0;: mes globules blancs peuvent être bas, alors merci de vous laver les mains d&apos;abord. Si j&apos;ai de la fièvre ou si je me sens mal, pas de massage.</translation>
    </message>
    <message>
        <source>I have a blood clot in a leg, on the side of my {places}: please leave that whole leg and foot out, and no reflexology.</source>
        <translation>J&apos;ai un caillot de sang dans une jambe (côté {places})&#xa0;: merci de ne masser ni cette jambe ni son pied, et pas de réflexologie.</translation>
    </message>
    <message>
        <source>I have poor circulation in my legs: please massage my feet and legs only if my doctor agrees.</source>
        <translation>J&apos;ai une mauvaise circulation dans les jambes&#xa0;: merci de ne masser mes pieds et mes jambes que si mon médecin est d&apos;accord.</translation>
    </message>
    <message>
        <source>I bruise easily (low platelets or a blood thinner): light touch only, no kneading, friction or pressure points.</source>
        <translation>Je fais facilement des bleus (plaquettes basses ou anticoagulant)&#xa0;: toucher léger uniquement, ni pétrissage, ni frictions, ni points de pression.</translation>
    </message>
    <message>
        <source>There is a port, a line, a pain patch or a radiotherapy area on my {places}: please leave it out, and no oils there.</source>
        <translation>J&apos;ai une chambre implantable, un cathéter, un patch antidouleur ou une zone de radiothérapie (côté {places})&#xa0;: merci de ne pas masser cet endroit, et pas d&apos;huile à cet endroit.</translation>
    </message>
    <message>
        <source>Lymph nodes were removed, or there is lymphoedema, on the side of my {places}: please leave that limb out.</source>
        <translation>On m&apos;a retiré des ganglions, ou j&apos;ai un lymphœdème (côté {places})&#xa0;: merci de ne pas masser ce bras ou cette jambe.</translation>
    </message>
    <message>
        <source>I have cancer in a bone, a recent fracture or recent surgery: please leave that place out, and light touch only elsewhere.</source>
        <translation>J&apos;ai un cancer dans un os, une fracture récente ou une opération récente&#xa0;: merci de ne pas masser cet endroit, et toucher léger uniquement ailleurs.</translation>
    </message>
    <message>
        <source>I have diabetes and my feet are numb or at high risk: light pressure only, no heat, and please look at my feet before and after.</source>
        <translation>J&apos;ai un diabète et mes pieds sont engourdis ou à haut risque&#xa0;: pression légère uniquement, pas de chaleur, et merci de regarder mes pieds avant et après.</translation>
    </message>
    <message>
        <source>I have gout: no pressure points on my feet.</source>
        <translation>J&apos;ai la goutte&#xa0;: pas de points de pression sur mes pieds.</translation>
    </message>
    <message>
        <source>I am pregnant: no pressure on the web between my thumb and first finger, and no pressure-point work unless my midwife or doctor agrees.</source>
        <translation>Je suis enceinte&#xa0;: pas de pression sur le pli de peau entre mon pouce et mon index, et pas de travail sur les points de pression sauf accord de ma sage-femme ou de mon médecin.</translation>
    </message>
    <message>
        <source>I am allergic to oils or have very sensitive skin: plain, unscented lotion only.</source>
        <translation>Je suis allergique aux huiles ou j&apos;ai la peau très sensible&#xa0;: uniquement une crème simple, sans parfum.</translation>
    </message>
    <message>
        <source>your local emergency number</source>
        <translation>votre numéro d&apos;urgence local</translation>
    </message>
    <message>
        <source>your cancer team&apos;s helpline</source>
        <translation>la permanence de votre équipe de cancérologie</translation>
    </message>
    <message>
        <source>your foot clinic</source>
        <translation>votre podologue ou consultation du pied</translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation>votre médecin</translation>
    </message>
    <message>
        <source>their cancer team&apos;s helpline</source>
        <translation>la permanence de son équipe de cancérologie</translation>
    </message>
    <message>
        <source>their foot clinic</source>
        <translation>son podologue ou sa consultation du pied</translation>
    </message>
    <message>
        <source>their doctor</source>
        <translation>son médecin</translation>
    </message>
    <message>
        <source>Local emergency number</source>
        <translation>Numéro d&apos;urgence local</translation>
    </message>
    <message>
        <source>Cancer team&apos;s helpline</source>
        <translation>Permanence de l&apos;équipe de cancérologie</translation>
    </message>
    <message>
        <source>Foot clinic</source>
        <translation>Podologue ou consultation du pied</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Call an ambulance now on %1%2.</source>
        <translation>Appelez une ambulance immédiatement&#xa0;: %1%2.</translation>
    </message>
    <message>
        <source>Call %1 now%2. If it is closed, call the out-of-hours or urgent number.</source>
        <translation>Appelez %1 immédiatement%2. En dehors des heures d&apos;ouverture, appelez le numéro de garde ou d&apos;urgence.</translation>
    </message>
    <message>
        <source>Contact %1 today%2.</source>
        <translation>Contactez %1 aujourd&apos;hui%2.</translation>
    </message>
    <message>
        <source>Talk to %1 at the next appointment%2.</source>
        <translation>Parlez-en à %1 au prochain rendez-vous%2.</translation>
    </message>
    <message>
        <source>no touch: looking or talking only</source>
        <translation>pas de contact&#xa0;: seulement regarder ou parler</translation>
    </message>
    <message>
        <source>resting touch: the hand only lies there</source>
        <translation>toucher immobile&#xa0;: la main est simplement posée</translation>
    </message>
    <message>
        <source>light: no firmer than smoothing on lotion</source>
        <translation>légère&#xa0;: pas plus appuyée que pour étaler une crème</translation>
    </message>
    <message>
        <source>moderate: a steady press, as if testing a ripe peach</source>
        <translation>moyenne&#xa0;: une pression régulière, comme pour tester une pêche mûre</translation>
    </message>
    <message>
        <source>firm as a handshake, never painful</source>
        <translation>ferme comme une poignée de main, jamais douloureuse</translation>
    </message>
    <message>
        <source>No numbers kept yet: add them in Settings, My contacts.</source>
        <translation>Aucun numéro enregistré pour l&apos;instant&#xa0;: ajoutez-les dans Réglages, Mes contacts.</translation>
    </message>
    <message>
        <source>Chest pain, or trouble breathing, swallowing or speaking.</source>
        <translation>Douleur dans la poitrine, ou difficulté à respirer, à avaler ou à parler.</translation>
    </message>
    <message>
        <source>Stop. Call an ambulance now.</source>
        <translation>Arrêtez. Appelez une ambulance immédiatement.</translation>
    </message>
    <message>
        <source>One leg swollen, painful, warm or red.</source>
        <translation>Une jambe gonflée, douloureuse, chaude ou rouge.</translation>
    </message>
    <message>
        <source>Stop: it can be a blood clot. Call your doctor now; if closed, the out-of-hours or urgent number.</source>
        <translation>Arrêtez&#xa0;: cela peut être un caillot de sang. Appelez votre médecin immédiatement&#xa0;; en dehors des heures d&apos;ouverture, le numéro de garde ou d&apos;urgence.</translation>
    </message>
    <message>
        <source>A foot that turns hot and swollen, or changes shape.</source>
        <translation>Un pied qui devient chaud et gonflé, ou qui change de forme.</translation>
    </message>
    <message>
        <source>Stop, take the weight off it, and call your foot clinic or doctor now.</source>
        <translation>Arrêtez, évitez de prendre appui sur ce pied, et appelez immédiatement votre podologue ou consultation du pied, ou votre médecin.</translation>
    </message>
    <message>
        <source>A foot that turns cold, pale, blue or dark.</source>
        <translation>Un pied qui devient froid, pâle, bleu ou foncé.</translation>
    </message>
    <message>
        <source>Stop. Call your doctor now. If it happened suddenly and hurts, call an ambulance.</source>
        <translation>Arrêtez. Appelez votre médecin immédiatement. Si c&apos;est arrivé soudainement et que ça fait mal, appelez une ambulance.</translation>
    </message>
    <message>
        <source>A temperature, shivering or feeling unwell during cancer treatment.</source>
        <translation>De la fièvre, des frissons ou le fait de se sentir mal pendant un traitement du cancer.</translation>
    </message>
    <message>
        <source>Stop. Call your cancer team&apos;s helpline now, day or night.</source>
        <translation>Arrêtez. Appelez immédiatement la permanence de votre équipe de cancérologie, de jour comme de nuit.</translation>
    </message>
    <message>
        <source>An arm with a line or port that swells, reddens or hurts.</source>
        <translation>Un bras avec un cathéter ou une chambre implantable qui gonfle, rougit ou fait mal.</translation>
    </message>
    <message>
        <source>Stop. Call your cancer team&apos;s helpline now.</source>
        <translation>Arrêtez. Appelez immédiatement la permanence de votre équipe de cancérologie.</translation>
    </message>
    <message>
        <source>A temperature, shivering or feeling unwell, at other times.</source>
        <translation>De la fièvre, des frissons ou le fait de se sentir mal, en dehors d&apos;un traitement du cancer.</translation>
    </message>
    <message>
        <source>Stop and rest. If it does not settle, contact your doctor today.</source>
        <translation>Arrêtez et reposez-vous. Si cela ne passe pas, contactez votre médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Weakness or numbness that spreads over hours or days.</source>
        <translation>Une faiblesse ou un engourdissement qui s&apos;étend en quelques heures ou quelques jours.</translation>
    </message>
    <message>
        <source>Stop. See a doctor today.</source>
        <translation>Arrêtez. Consultez un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Redness that does not fade, bruising, a blister, bleeding or broken skin; a rash after an oil.</source>
        <translation>Une rougeur qui ne s&apos;efface pas, un bleu, une ampoule, un saignement ou une peau abîmée&#xa0;; une éruption sur la peau après une huile.</translation>
    </message>
    <message>
        <source>Stop and leave that place out today. Cover broken skin with a clean dressing. Do not use that oil again. With diabetes, a problem on a foot: contact your foot clinic today.</source>
        <translation>Arrêtez et ne massez plus cet endroit aujourd&apos;hui. Couvrez la peau abîmée avec un pansement propre. N&apos;utilisez plus cette huile. Avec le diabète, un problème sur un pied&#xa0;: contactez votre podologue ou consultation du pied aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Pain, burning or tingling that flares up and stays.</source>
        <translation>Une douleur, une brûlure ou des fourmillements qui augmentent et ne passent pas.</translation>
    </message>
    <message>
        <source>Stop and rest. If it does not settle, tell your doctor or nurse before the next session.</source>
        <translation>Arrêtez et reposez-vous. Si cela ne passe pas, prévenez votre médecin ou votre infirmière avant la prochaine séance.</translation>
    </message>
    <message>
        <source>Neuropathy that slowly gets worse over weeks; during cancer treatment, before the next dose.</source>
        <translation>Une neuropathie qui s&apos;aggrave lentement sur plusieurs semaines&#xa0;; pendant un traitement du cancer, avant la prochaine cure.</translation>
    </message>
    <message>
        <source>Tell your doctor, or your cancer team before your next treatment.</source>
        <translation>Prévenez votre médecin, ou votre équipe de cancérologie avant votre prochain traitement.</translation>
    </message>
    <message>
        <source>The words for %1 are missing from this installation, so NeuroGuide is shown in English.</source>
        <translation>Les textes pour %1 sont absents de cette installation : NeuroGuide s&apos;affiche donc en anglais.</translation>
    </message>
    <message>
        <source>Some of the routines&apos; words are not yet translated into %1, and are shown in English.</source>
        <translation>Certains textes des routines ne sont pas encore traduits en %1 : ils s&apos;affichent en anglais.</translation>
    </message>
</context>
</TS>
