<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>sides</name>
        <message>
            <source>right</source>
            <comment>foot</comment>
            <extracomment>fills {side} in a step about a foot: 'the {side} foot' (a right foot)</extracomment>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <comment>foot</comment>
            <extracomment>fills {side} in a step about a foot: 'the {side} foot' (a left foot)</extracomment>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <comment>hand</comment>
            <extracomment>fills {side} in a step about a hand: 'the {side} hand' (a right hand)</extracomment>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <comment>hand</comment>
            <extracomment>fills {side} in a step about a hand: 'the {side} hand' (a left hand)</extracomment>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <comment>leg</comment>
            <extracomment>fills {side} in a step about a leg: 'the {side} leg' (a right leg)</extracomment>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <comment>leg</comment>
            <extracomment>fills {side} in a step about a leg: 'the {side} leg' (a left leg)</extracomment>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <comment>arm</comment>
            <extracomment>fills {side} in a step about a arm: 'the {side} arm' (a right arm)</extracomment>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <comment>arm</comment>
            <extracomment>fills {side} in a step about a arm: 'the {side} arm' (a left arm)</extracomment>
            <translation>links</translation>
        </message>
    </context>
    <context>
        <name>routine:bad-day-feet</name>
        <message>
            <source>Bad day: gentle feet</source>
            <extracomment>the routine's title</extracomment>
            <translation>Schlechter Tag: Füße ganz sanft</translation>
        </message>
        <message>
            <source>A short look at the skin, then resting hands and a few very slow, light glides on each foot. About four minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Ein kurzer Blick auf die Haut, dann ruhende Hände und ein paar ganz langsame, leichte Streichbewegungen an jedem Fuß. Etwa vier Minuten.</translation>
        </message>
        <message>
            <source>Skip a foot with a cut, blister, crack, sore or sign of infection. With diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Lassen Sie einen Fuß mit Schnitt, Blase, Riss, wunder Stelle oder Zeichen einer Infektion aus. Bei Diabetes: Melden Sie sich heute bei Ihrer Fußambulanz.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot: no massage; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Fuß gerötet, heiß oder geschwollen: keine Massage. Rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an.</translation>
        </message>
        <message>
            <source>If even light strokes hurt today, stop and try the resting touch routine instead.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Wenn heute selbst leichtes Streichen wehtut, hören Sie auf und versuchen Sie stattdessen das Programm „Ruhende Hände“.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, and put socks and shoes or slippers on before you stand.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Sitzen Sie auf einem stabilen Stuhl, und ziehen Sie Socken und Schuhe oder Hausschuhe an, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zur Ruhe kommen</translation>
        </message>
        <message>
            <source>Sit back in a steady chair with your feet resting on a cushion or a folded towel. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Lehnen Sie sich auf einem stabilen Stuhl zurück, die Füße auf einem Kissen oder einem gefalteten Handtuch. Heute geht es ganz sanft: Hören Sie sofort auf, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Help them sit back in a steady chair with their feet resting on a cushion or a folded towel. Today is a gentle one: agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, sich auf einem stabilen Stuhl zurückzulehnen, die Füße auf einem Kissen oder einem gefalteten Handtuch. Heute geht es ganz sanft: Vereinbaren Sie, dass die Person sofort Stopp sagt, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Sit back with your feet resting on a cushion. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Lehnen Sie sich zurück, die Füße auf einem Kissen. Heute geht es ganz sanft. Hören Sie sofort auf, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Help them sit back with their feet on a cushion. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, sich zurückzulehnen, die Füße auf einem Kissen. Vereinbaren Sie, dass die Person sofort Stopp sagt, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>A quick look at the soles</source>
            <extracomment>step quick-look: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Kurzer Blick auf die Fußsohlen</translation>
        </message>
        <message>
            <source>Look at the soles, the heels and between the toes of both feet for a cut, blister, crack, redness or swelling. Use a mirror, or ask someone to look. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the person reads</extracomment>
            <translation>Suchen Sie an beiden Füßen die Sohlen, die Fersen und die Zehenzwischenräume nach einem Schnitt, einer Blase, einem Riss, einer Rötung oder Schwellung ab. Nehmen Sie einen Spiegel, oder bitten Sie jemanden nachzusehen. Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Look at the soles, the heels and between the toes of both their feet for a cut, blister, crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Suchen Sie an beiden Füßen der Person die Sohlen, die Fersen und die Zehenzwischenräume nach einem Schnitt, einer Blase, einem Riss, einer Rötung oder Schwellung ab. Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>A quick look at the soles, the heels and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the voice says to the person</extracomment>
            <translation>Ein kurzer Blick auf die Sohlen, die Fersen und zwischen die Zehen: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>A quick look at their soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the voice says to a caregiver</extracomment>
            <translation>Ein kurzer Blick auf die Sohlen und Fersen der Person, und zwischen die Zehen: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Rest a hand on the {side} foot</source>
            <extracomment>step rest-hand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Hand ruhen lassen: Fuß {side}</translation>
        </message>
        <message>
            <source>Lay one hand flat over the top of your {side} foot and let it rest there, warm and still. Breathe out slowly.</source>
            <extracomment>step rest-hand: what the person reads</extracomment>
            <translation>Legen Sie eine Hand flach oben auf Ihren Fuß {side}, und lassen Sie sie dort ruhen, warm und still. Atmen Sie langsam aus.</translation>
        </message>
        <message>
            <source>Lay one hand flat over the top of their {side} foot and let it rest there, warm and still. Ask them to breathe out slowly.</source>
            <extracomment>step rest-hand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie eine Hand flach oben auf ihren Fuß {side}, und lassen Sie sie dort ruhen, warm und still. Bitten Sie die Person, langsam auszuatmen.</translation>
        </message>
        <message>
            <source>Lay a hand flat over the top of your foot and let it rest there. Breathe out slowly.</source>
            <extracomment>step rest-hand: what the voice says to the person</extracomment>
            <translation>Legen Sie eine Hand flach oben auf den Fuß, und lassen Sie sie dort ruhen. Atmen Sie langsam aus.</translation>
        </message>
        <message>
            <source>Lay a hand flat over the top of their foot and let it rest. Ask them to breathe out slowly.</source>
            <extracomment>step rest-hand: what the voice says to a caregiver</extracomment>
            <translation>Legen Sie eine Hand flach oben auf den Fuß der Person, und lassen Sie sie ruhen. Bitten Sie die Person, langsam auszuatmen.</translation>
        </message>
        <message>
            <source>Very slow glides</source>
            <extracomment>step slow-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ganz langsam streichen</translation>
        </message>
        <message>
            <source>With a flat hand, glide very slowly from the toes toward the ankle, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what the person reads</extracomment>
            <translation>Streichen Sie mit flacher Hand ganz langsam von den Zehen zum Knöchel, leichter als beim Eincremen. Heben Sie die Hand ab, und beginnen Sie von vorn.</translation>
        </message>
        <message>
            <source>With a flat hand, glide very slowly from their toes toward the ankle, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie mit flacher Hand ganz langsam von ihren Zehen zum Knöchel, leichter als beim Eincremen. Heben Sie die Hand ab, und beginnen Sie von vorn.</translation>
        </message>
        <message>
            <source>With a flat hand, very slow, light glides from the toes toward the ankle.</source>
            <extracomment>step slow-glides: what the voice says to the person</extracomment>
            <translation>Streichen Sie mit flacher Hand ganz langsam und leicht von den Zehen zum Knöchel.</translation>
        </message>
        <message>
            <source>With a flat hand, very slow, light glides from their toes toward the ankle.</source>
            <extracomment>step slow-glides: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie mit flacher Hand ganz langsam und leicht von den Zehen der Person zum Knöchel.</translation>
        </message>
        <message>
            <source>Stop if it stings, burns or hurts more.</source>
            <extracomment>step slow-glides: a caution, shown and spoken</extracomment>
            <translation>Hören Sie auf, wenn es sticht, brennt oder mehr wehtut.</translation>
        </message>
        <message>
            <source>Hold, then set it down</source>
            <extracomment>step hold: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Halten, dann ablegen</translation>
        </message>
        <message>
            <source>Cup the foot gently between both hands for a few breaths, then set it down on the cushion.</source>
            <extracomment>step hold: what the person reads</extracomment>
            <translation>Umfassen Sie den Fuß einige Atemzüge lang sanft mit beiden Händen, und legen Sie ihn dann auf dem Kissen ab.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then set it down on the cushion.</source>
            <extracomment>step hold: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Umfassen Sie ihren Fuß einige Atemzüge lang sanft mit beiden Händen, und legen Sie ihn dann auf dem Kissen ab.</translation>
        </message>
        <message>
            <source>Cup the foot gently between both hands for a few breaths, then set it down.</source>
            <extracomment>step hold: what the voice says to the person</extracomment>
            <translation>Umfassen Sie den Fuß einige Atemzüge lang sanft mit beiden Händen. Dann legen Sie ihn ab.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then set it down.</source>
            <extracomment>step hold: what the voice says to a caregiver</extracomment>
            <translation>Umfassen Sie den Fuß der Person einige Atemzüge lang sanft mit beiden Händen. Dann legen Sie ihn ab.</translation>
        </message>
    </context>
    <context>
        <name>routine:bad-day-hands</name>
        <message>
            <source>Bad day: gentle hands</source>
            <extracomment>the routine's title</extracomment>
            <translation>Schlechter Tag: Hände ganz sanft</translation>
        </message>
        <message>
            <source>Resting touch, a few very slow glides and a still hold of each finger, for each hand. About four minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Eine ruhende Hand, ganz langsames Streichen und stilles Halten jedes Fingers, an jeder Hand. Etwa vier Minuten.</translation>
        </message>
        <message>
            <source>Skip a hand with a cut, crack, sore or sign of infection.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Lassen Sie eine Hand mit Schnitt, Riss, wunder Stelle oder Zeichen einer Infektion aus.</translation>
        </message>
        <message>
            <source>Leave out a hand or arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Lassen Sie eine Hand oder einen Arm aus, wenn dort ein Port oder Katheter liegt, ein Lymphödem besteht oder Lymphknoten entfernt wurden.</translation>
        </message>
        <message>
            <source>If even light strokes hurt today, stop and try the resting touch routine instead.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Wenn heute selbst leichtes Streichen wehtut, hören Sie auf und versuchen Sie stattdessen das Programm „Ruhende Hände“.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zur Ruhe kommen</translation>
        </message>
        <message>
            <source>Sit comfortably with both hands resting in your lap on a soft towel. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Sitzen Sie bequem, beide Hände ruhen auf einem weichen Handtuch in Ihrem Schoß. Heute geht es ganz sanft: Hören Sie sofort auf, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Help them sit comfortably with both hands resting in their lap on a soft towel. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, bequem zu sitzen, beide Hände auf einem weichen Handtuch im Schoß. Vereinbaren Sie, dass die Person sofort Stopp sagt, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Sit comfortably, hands resting in your lap. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Sitzen Sie bequem, die Hände ruhen im Schoß. Heute geht es ganz sanft. Hören Sie sofort auf, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Help them sit comfortably, hands resting in their lap. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, bequem zu sitzen, die Hände im Schoß. Vereinbaren Sie, dass die Person sofort Stopp sagt, wenn etwas mehr wehtut.</translation>
        </message>
        <message>
            <source>Rest on the {side} palm</source>
            <extracomment>step rest-palm: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Hand ruhen lassen: Handfläche {side}</translation>
        </message>
        <message>
            <source>Turn your {side} hand palm up. Lay your other hand over the palm and let it rest there, warm and still. Breathe out slowly.</source>
            <extracomment>step rest-palm: what the person reads</extracomment>
            <translation>Drehen Sie Ihre Hand {side} mit der Handfläche nach oben. Legen Sie die andere Hand auf die Handfläche, und lassen Sie sie dort ruhen, warm und still. Atmen Sie langsam aus.</translation>
        </message>
        <message>
            <source>Hold their {side} hand palm up in yours. Lay your other hand over the palm and let it rest there, warm and still.</source>
            <extracomment>step rest-palm: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie ihre Hand {side} mit der Handfläche nach oben in Ihrer Hand. Legen Sie Ihre andere Hand auf die Handfläche, und lassen Sie sie dort ruhen, warm und still.</translation>
        </message>
        <message>
            <source>Lay your other hand over the palm and let it rest there. Breathe out slowly.</source>
            <extracomment>step rest-palm: what the voice says to the person</extracomment>
            <translation>Legen Sie die andere Hand auf die Handfläche, und lassen Sie sie dort ruhen. Atmen Sie langsam aus.</translation>
        </message>
        <message>
            <source>Lay your other hand over their palm and let it rest there, still.</source>
            <extracomment>step rest-palm: what the voice says to a caregiver</extracomment>
            <translation>Legen Sie Ihre andere Hand auf die Handfläche der Person, und lassen Sie sie dort still ruhen.</translation>
        </message>
        <message>
            <source>Very slow glides</source>
            <extracomment>step slow-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ganz langsam streichen</translation>
        </message>
        <message>
            <source>Turn the hand over. With a flat hand, glide very slowly over the back of the hand to the knuckles, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what the person reads</extracomment>
            <translation>Drehen Sie die Hand um. Streichen Sie mit flacher Hand ganz langsam über den Handrücken bis zu den Fingerknöcheln, leichter als beim Eincremen. Heben Sie die Hand ab, und beginnen Sie von vorn.</translation>
        </message>
        <message>
            <source>Turn their hand over. With a flat hand, glide very slowly over the back of the hand to the knuckles, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Drehen Sie ihre Hand um. Streichen Sie mit flacher Hand ganz langsam über den Handrücken bis zu den Fingerknöcheln, leichter als beim Eincremen. Heben Sie die Hand ab, und beginnen Sie von vorn.</translation>
        </message>
        <message>
            <source>Turn the hand over. Very slow, light glides over the back of the hand, to the knuckles.</source>
            <extracomment>step slow-glides: what the voice says to the person</extracomment>
            <translation>Drehen Sie die Hand um. Streichen Sie ganz langsam und leicht über den Handrücken, bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Turn their hand over. Very slow, light glides over the back of the hand, to the knuckles.</source>
            <extracomment>step slow-glides: what the voice says to a caregiver</extracomment>
            <translation>Drehen Sie die Hand der Person um. Streichen Sie ganz langsam und leicht über den Handrücken, bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Stop if it stings, burns or hurts more.</source>
            <extracomment>step slow-glides: a caution, shown and spoken</extracomment>
            <translation>Hören Sie auf, wenn es sticht, brennt oder mehr wehtut.</translation>
        </message>
        <message>
            <source>Hold each finger</source>
            <extracomment>step finger-holds: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Jeden Finger halten</translation>
        </message>
        <message>
            <source>Hold each finger in turn, the thumb first, loosely and without squeezing, for one slow breath each.</source>
            <extracomment>step finger-holds: what the person reads</extracomment>
            <translation>Halten Sie nacheinander jeden Finger, zuerst den Daumen, locker und ohne zu drücken, jeweils einen langsamen Atemzug lang.</translation>
        </message>
        <message>
            <source>Hold each of their fingers in turn, the thumb first, loosely and without squeezing, for one slow breath each.</source>
            <extracomment>step finger-holds: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie nacheinander jeden ihrer Finger, zuerst den Daumen, locker und ohne zu drücken, jeweils einen langsamen Atemzug lang.</translation>
        </message>
        <message>
            <source>Hold each finger loosely for a slow breath, the thumb first. No squeezing.</source>
            <extracomment>step finger-holds: what the voice says to the person</extracomment>
            <translation>Halten Sie jeden Finger einen langsamen Atemzug lang locker, zuerst den Daumen. Nicht drücken.</translation>
        </message>
        <message>
            <source>Hold each of their fingers loosely for a slow breath, the thumb first. No squeezing.</source>
            <extracomment>step finger-holds: what the voice says to a caregiver</extracomment>
            <translation>Halten Sie jeden Finger der Person einen langsamen Atemzug lang locker, zuerst den Daumen. Nicht drücken.</translation>
        </message>
    </context>
    <context>
        <name>routine:bed-or-recliner</name>
        <message>
            <source>In bed or a recliner</source>
            <extracomment>the routine's title</extracomment>
            <translation>Im Bett oder im Liegesessel</translation>
        </message>
        <message>
            <source>For a helper to give while the person lies or reclines: pillows, clean hands, a skin check, then light glides for the feet and hands.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Für Pflegepersonen, während die Person liegt oder zurückgelehnt sitzt: Kissen, saubere Hände, ein Blick auf die Haut, dann leichtes Streichen an Füßen und Händen.</translation>
        </message>
        <message>
            <source>Pressure no firmer than smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Nicht fester drücken als beim Eincremen: Taube Haut spürt nicht, wann es zu viel ist.</translation>
        </message>
        <message>
            <source>Never rub a red patch over a bony place such as a heel or ankle: it may be a pressure sore starting. Tell the nurse or doctor today.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Reiben Sie nie über eine gerötete Stelle an einem Knochenvorsprung wie Ferse oder Knöchel: Es kann ein beginnendes Druckgeschwür sein. Sagen Sie es heute der Pflegekraft oder dem Arzt.</translation>
        </message>
        <message>
            <source>Not over a leg that is swollen, painful or warm, or that has a clot: call their doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Nicht an einem Bein, das geschwollen, schmerzhaft oder warm ist oder ein Blutgerinnsel hat: Rufen Sie sofort den Arzt der Person an.</translation>
        </message>
        <message>
            <source>With low platelets, easy bruising or blood thinners: light touch only, and ask the care team first.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Bei wenigen Blutplättchen, Neigung zu blauen Flecken oder Blutverdünnern: nur leicht berühren, und fragen Sie vorher das Behandlungsteam.</translation>
        </message>
        <message>
            <source>Leave out an arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 5, shown before the routine starts</extracomment>
            <translation>Lassen Sie einen Arm aus, wenn dort ein Port oder Katheter liegt, ein Lymphödem besteht oder Lymphknoten entfernt wurden.</translation>
        </message>
        <message>
            <source>Pillows and position</source>
            <extracomment>step position: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Kissen und Lagerung</translation>
        </message>
        <message>
            <source>Your helper settles you lying back or reclined, head raised, with a pillow under the calves so the heels float free of the mattress.</source>
            <extracomment>step position: what the person reads</extracomment>
            <translation>Ihre Pflegeperson lagert Sie liegend oder zurückgelehnt, den Kopf erhöht, mit einem Kissen unter den Waden, sodass die Fersen die Matratze nicht berühren.</translation>
        </message>
        <message>
            <source>Settle them lying back or reclined, head raised, with a pillow under the calves so the heels float free of the mattress. Ask if they are comfortable.</source>
            <extracomment>step position: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Lagern Sie die Person liegend oder zurückgelehnt, den Kopf erhöht, mit einem Kissen unter den Waden, sodass die Fersen die Matratze nicht berühren. Fragen Sie, ob sie bequem liegt.</translation>
        </message>
        <message>
            <source>Lie back or recline, head raised, with a pillow under the calves so the heels float free.</source>
            <extracomment>step position: what the voice says to the person</extracomment>
            <translation>Legen Sie sich zurück, den Kopf erhöht, mit einem Kissen unter den Waden, sodass die Fersen frei liegen.</translation>
        </message>
        <message>
            <source>Settle them lying back, head raised, with a pillow under the calves so the heels float free. Ask if they are comfortable.</source>
            <extracomment>step position: what the voice says to a caregiver</extracomment>
            <translation>Lagern Sie die Person zurückgelehnt, den Kopf erhöht, mit einem Kissen unter den Waden, sodass die Fersen frei liegen. Fragen Sie, ob sie bequem liegt.</translation>
        </message>
        <message>
            <source>Clean, warm hands</source>
            <extracomment>step wash-hands: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Saubere, warme Hände</translation>
        </message>
        <message>
            <source>Your helper washes and dries their hands, and warms them, before touching you.</source>
            <extracomment>step wash-hands: what the person reads</extracomment>
            <translation>Ihre Pflegeperson wäscht und trocknet sich die Hände und wärmt sie, bevor sie Sie berührt.</translation>
        </message>
        <message>
            <source>Wash and dry your hands, and warm them, before you touch them. Someone in bed or on cancer treatment can catch an infection easily.</source>
            <extracomment>step wash-hands: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Waschen und trocknen Sie Ihre Hände, und wärmen Sie sie, bevor Sie die Person berühren. Wer im Bett liegt oder gegen Krebs behandelt wird, bekommt leicht eine Infektion.</translation>
        </message>
        <message>
            <source>Your helper washes, dries and warms their hands first.</source>
            <extracomment>step wash-hands: what the voice says to the person</extracomment>
            <translation>Ihre Pflegeperson wäscht, trocknet und wärmt sich zuerst die Hände.</translation>
        </message>
        <message>
            <source>Wash, dry and warm your hands before you touch them.</source>
            <extracomment>step wash-hands: what the voice says to a caregiver</extracomment>
            <translation>Waschen, trocknen und wärmen Sie Ihre Hände, bevor Sie die Person berühren.</translation>
        </message>
        <message>
            <source>Check the skin</source>
            <extracomment>step skin-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Haut ansehen</translation>
        </message>
        <message>
            <source>Your helper looks at your soles, heels and between the toes for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what the person reads</extracomment>
            <translation>Ihre Pflegeperson sucht Ihre Sohlen, Fersen und Zehenzwischenräume nach einem Schnitt, einer Blase, einem Riss, einer Rötung oder Schwellung ab.</translation>
        </message>
        <message>
            <source>Look at their soles, heels and between the toes for a cut, blister, crack, redness or swelling; a red patch on a heel matters most. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Suchen Sie ihre Sohlen, Fersen und Zehenzwischenräume nach einem Schnitt, einer Blase, einem Riss, einer Rötung oder Schwellung ab; am wichtigsten ist eine gerötete Stelle an einer Ferse. Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Your helper looks at your soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step skin-check: what the voice says to the person</extracomment>
            <translation>Ihre Pflegeperson schaut sich Ihre Sohlen und Fersen an, und zwischen den Zehen: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung?</translation>
        </message>
        <message>
            <source>Look at their soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling, above all a red heel. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to a caregiver</extracomment>
            <translation>Schauen Sie sich die Sohlen und Fersen der Person an, und zwischen den Zehen: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung? Vor allem: eine gerötete Ferse? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Glides on the {side} foot</source>
            <extracomment>step foot-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Streichen am Fuß {side}</translation>
        </message>
        <message>
            <source>Your helper glides a flat hand slowly over the top of your {side} foot, from the toes toward the ankle.</source>
            <extracomment>step foot-glides: what the person reads</extracomment>
            <translation>Ihre Pflegeperson streicht mit flacher Hand langsam oben über Ihren Fuß {side}, von den Zehen zum Knöchel.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of their {side} foot, from the toes toward the ankle. Lift, and start again.</source>
            <extracomment>step foot-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie mit flacher Hand langsam oben über ihren Fuß {side}, von den Zehen zum Knöchel. Heben Sie die Hand ab, und beginnen Sie von vorn.</translation>
        </message>
        <message>
            <source>Slow, light glides over the top of the foot, from the toes toward the ankle.</source>
            <extracomment>step foot-glides: what the voice says to the person</extracomment>
            <translation>Langsames, leichtes Streichen über den Fußrücken, von den Zehen zum Knöchel.</translation>
        </message>
        <message>
            <source>With a flat hand, slow, light glides from their toes toward the ankle.</source>
            <extracomment>step foot-glides: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie mit flacher Hand langsam und leicht von den Zehen der Person zum Knöchel.</translation>
        </message>
        <message>
            <source>Tell your helper at once if it stings, burns or hurts.</source>
            <extracomment>step foot-glides: a caution, shown and spoken</extracomment>
            <translation>Sagen Sie Ihrer Pflegeperson sofort, wenn es sticht, brennt oder wehtut.</translation>
        </message>
        <message>
            <source>Stop at once if it stings, burns or hurts them.</source>
            <extracomment>step foot-glides: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Hören Sie sofort auf, wenn es bei der Person sticht, brennt oder wehtut.</translation>
        </message>
        <message>
            <source>Hold the {side} foot</source>
            <extracomment>step foot-hold: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fuß {side} halten</translation>
        </message>
        <message>
            <source>Your helper cups the foot gently between both hands for a few breaths, then covers it.</source>
            <extracomment>step foot-hold: what the person reads</extracomment>
            <translation>Ihre Pflegeperson umfasst den Fuß einige Atemzüge lang sanft mit beiden Händen und deckt ihn dann zu.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then cover it with the blanket or a sock.</source>
            <extracomment>step foot-hold: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Umfassen Sie ihren Fuß einige Atemzüge lang sanft mit beiden Händen. Decken Sie ihn dann mit der Bettdecke zu, oder ziehen Sie eine Socke darüber.</translation>
        </message>
        <message>
            <source>A gentle, still hold of the foot, then it is covered.</source>
            <extracomment>step foot-hold: what the voice says to the person</extracomment>
            <translation>Der Fuß wird sanft und still gehalten, dann zugedeckt.</translation>
        </message>
        <message>
            <source>Cup their foot gently for a few breaths, then cover it.</source>
            <extracomment>step foot-hold: what the voice says to a caregiver</extracomment>
            <translation>Umfassen Sie den Fuß der Person einige Atemzüge lang sanft. Dann decken Sie ihn zu.</translation>
        </message>
        <message>
            <source>Glides on the {side} hand</source>
            <extracomment>step hand-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Streichen an der Hand {side}</translation>
        </message>
        <message>
            <source>Your helper holds your {side} hand, resting on a pillow, and glides their thumbs up the grooves on the back of the hand to the knuckles.</source>
            <extracomment>step hand-glides: what the person reads</extracomment>
            <translation>Ihre Pflegeperson hält Ihre Hand {side} auf einem Kissen und streicht mit den Daumen die Rillen auf dem Handrücken entlang bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Rest their {side} hand on a pillow. Glide your thumbs slowly up the grooves on the back of the hand to the knuckles.</source>
            <extracomment>step hand-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie ihre Hand {side} auf ein Kissen. Streichen Sie mit den Daumen langsam die Rillen auf dem Handrücken entlang bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Slow thumb glides over the back of the hand, to the knuckles.</source>
            <extracomment>step hand-glides: what the voice says to the person</extracomment>
            <translation>Langsames Streichen mit den Daumen über den Handrücken, bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Slow thumb glides over the back of their hand, to the knuckles.</source>
            <extracomment>step hand-glides: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie langsam mit den Daumen über den Handrücken der Person, bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Stroke each finger</source>
            <extracomment>step finger-strokes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Jeden Finger ausstreichen</translation>
        </message>
        <message>
            <source>Your helper strokes each finger gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the person reads</extracomment>
            <translation>Ihre Pflegeperson streicht jeden Finger sanft vom Ansatz bis zur Spitze aus, zuerst den Daumen.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step finger-strokes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie jeden ihrer Finger sanft vom Ansatz bis zur Spitze aus, beginnend mit dem Daumen.</translation>
        </message>
        <message>
            <source>Each finger stroked gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the voice says to the person</extracomment>
            <translation>Jeder Finger wird sanft vom Ansatz bis zur Spitze ausgestrichen, zuerst der Daumen.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie jeden Finger der Person sanft vom Ansatz bis zur Spitze aus, zuerst den Daumen.</translation>
        </message>
        <message>
            <source>A last look, then settle</source>
            <extracomment>step after-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Letzter Blick, dann gut lagern</translation>
        </message>
        <message>
            <source>Your helper looks at your heels and soles again for redness, then settles the pillows and covers your feet.</source>
            <extracomment>step after-check: what the person reads</extracomment>
            <translation>Ihre Pflegeperson schaut sich Ihre Fersen und Sohlen noch einmal auf Rötungen an, rückt dann die Kissen zurecht und deckt Ihre Füße zu.</translation>
        </message>
        <message>
            <source>Look at their heels and soles again for redness. A red patch that does not fade: tell the nurse or doctor today. Then settle the pillows and cover their feet.</source>
            <extracomment>step after-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Schauen Sie sich ihre Fersen und Sohlen noch einmal auf Rötungen an. Eine gerötete Stelle, die nicht verblasst: Sagen Sie es heute der Pflegekraft oder dem Arzt. Rücken Sie dann die Kissen zurecht, und decken Sie ihre Füße zu.</translation>
        </message>
        <message>
            <source>A last look at the heels and soles for redness, then the pillows are settled and your feet covered.</source>
            <extracomment>step after-check: what the voice says to the person</extracomment>
            <translation>Ein letzter Blick auf Fersen und Sohlen, ob sie gerötet sind. Dann werden die Kissen zurechtgerückt und Ihre Füße zugedeckt.</translation>
        </message>
        <message>
            <source>A last look at their heels and soles for redness: a red patch that does not fade, tell the nurse or doctor today. Then settle the pillows and cover their feet.</source>
            <extracomment>step after-check: what the voice says to a caregiver</extracomment>
            <translation>Ein letzter Blick auf die Fersen und Sohlen der Person, ob sie gerötet sind. Eine gerötete Stelle, die nicht verblasst: Sagen Sie es heute der Pflegekraft oder dem Arzt. Dann rücken Sie die Kissen zurecht und decken die Füße zu.</translation>
        </message>
    </context>
    <context>
        <name>routine:chemo-hand-function</name>
        <message>
            <source>Hand function during chemotherapy</source>
            <extracomment>the routine's title</extracomment>
            <translation>Handfunktion während der Chemotherapie</translation>
        </message>
        <message>
            <source>Tendon glides, finger glides, opening and closing, and thumb to each fingertip, to keep everyday hand use going. About six minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Sehnengleiten, Finger seitlich schieben, Öffnen und Schließen, Daumen an jede Fingerspitze: damit Sie Ihre Hände im Alltag weiter gut gebrauchen können. Etwa sechs Minuten.</translation>
        </message>
        <message>
            <source>Keep your hands warm: no cold water, cold lotion, ice packs or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Halten Sie Ihre Hände warm: kein kaltes Wasser, keine kalte Creme, keine Kühlakkus, keine kalten Gegenstände. Oxaliplatin kann dazu führen, dass Kälte wehtut.</translation>
        </message>
        <message>
            <source>Red, sore or peeling palms (hand-foot syndrome): leave the exercises out and tell your cancer team.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Gerötete, wunde oder sich schälende Handflächen (Hand-Fuß-Syndrom): Lassen Sie die Übungen weg, und sagen Sie es Ihrem Krebsteam.</translation>
        </message>
        <message>
            <source>Buttons, writing or holding a cup getting harder, or numbness getting worse: tell your cancer team before the next dose.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Knöpfe, Schreiben oder eine Tasse halten fällt schwerer, oder die Taubheit nimmt zu: Sagen Sie es Ihrem Krebsteam vor der nächsten Chemo.</translation>
        </message>
        <message>
            <source>Move only as far as is comfortable. Stop if it hurts.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Bewegen Sie nur so weit, wie es angenehm ist. Hören Sie auf, wenn es wehtut.</translation>
        </message>
        <message>
            <source>Warm hands, and a look</source>
            <extracomment>step warm-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Warme Hände und ein Blick</translation>
        </message>
        <message>
            <source>Sit at a table with your arms resting on it. Look at your palms and fingers: red, sore or peeling skin means no exercises today, and tell your cancer team.</source>
            <extracomment>step warm-check: what the person reads</extracomment>
            <translation>Setzen Sie sich an einen Tisch, die Arme liegen darauf. Schauen Sie sich Handflächen und Finger an: Bei geröteter, wunder oder sich schälender Haut heute keine Übungen, und sagen Sie es Ihrem Krebsteam.</translation>
        </message>
        <message>
            <source>Help them sit at a table with their arms resting on it. Look at their palms and fingers with them: red, sore or peeling skin means no exercises today, and they tell their cancer team.</source>
            <extracomment>step warm-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, sich an einen Tisch zu setzen, die Arme liegen darauf. Schauen Sie sich gemeinsam ihre Handflächen und Finger an: Bei geröteter, wunder oder sich schälender Haut heute keine Übungen, und die Person sagt es ihrem Krebsteam.</translation>
        </message>
        <message>
            <source>Sit at a table, arms resting. Look at your palms and fingers: red, sore or peeling skin means no exercises today, and tell your cancer team.</source>
            <extracomment>step warm-check: what the voice says to the person</extracomment>
            <translation>Setzen Sie sich an einen Tisch, die Arme aufgelegt. Schauen Sie sich Handflächen und Finger an. Ist die Haut gerötet, wund oder schält sie sich, dann heute keine Übungen, und sagen Sie es Ihrem Krebsteam.</translation>
        </message>
        <message>
            <source>Help them sit at a table, arms resting. Look at their palms and fingers: red, sore or peeling skin means no exercises today, and they tell their cancer team.</source>
            <extracomment>step warm-check: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, sich an einen Tisch zu setzen, die Arme aufgelegt. Schauen Sie sich ihre Handflächen und Finger an. Ist die Haut gerötet, wund oder schält sie sich, dann heute keine Übungen, und die Person sagt es ihrem Krebsteam.</translation>
        </message>
        <message>
            <source>Keep your hands warm: no cold water, cold lotion or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>step warm-check: a caution, shown and spoken</extracomment>
            <translation>Halten Sie Ihre Hände warm: kein kaltes Wasser, keine kalte Creme, keine kalten Gegenstände. Oxaliplatin kann dazu führen, dass Kälte wehtut.</translation>
        </message>
        <message>
            <source>Keep their hands warm: no cold water, cold lotion or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>step warm-check: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Halten Sie die Hände der Person warm: kein kaltes Wasser, keine kalte Creme, keine kalten Gegenstände. Oxaliplatin kann dazu führen, dass Kälte wehtut.</translation>
        </message>
        <message>
            <source>Tendon glides, {side} hand</source>
            <extracomment>step tendon-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sehnengleiten, Hand {side}</translation>
        </message>
        <message>
            <source>Hold your {side} hand up, fingers straight. Bend the fingers into a hook, then into a soft fist, then straighten them and bend only at the knuckles, like a tabletop. Hold each shape, then move to the next.</source>
            <extracomment>step tendon-glides: what the person reads</extracomment>
            <translation>Halten Sie Ihre Hand {side} hoch, die Finger gestreckt. Beugen Sie die Finger zu einem Haken, dann zu einer lockeren Faust. Strecken Sie sie dann, und beugen Sie nur an den Fingerknöcheln, wie eine Tischplatte. Halten Sie jede Form, dann kommt die nächste.</translation>
        </message>
        <message>
            <source>Ask them to hold their {side} hand up, fingers straight, then bend the fingers into a hook, a soft fist, and a tabletop, bending only at the knuckles, holding each shape.</source>
            <extracomment>step tendon-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, ihre Hand {side} hochzuhalten, die Finger gestreckt, und die Finger dann zu einem Haken, einer lockeren Faust und einer Tischplatte zu beugen (dabei nur an den Fingerknöcheln beugen) und jede Form zu halten.</translation>
        </message>
        <message>
            <source>Fingers straight, then a hook, a soft fist, and a tabletop, holding each shape.</source>
            <extracomment>step tendon-glides: what the voice says to the person</extracomment>
            <translation>Finger gestreckt, dann ein Haken, eine lockere Faust und eine Tischplatte. Halten Sie jede Form.</translation>
        </message>
        <message>
            <source>Ask them: fingers straight, then a hook, a soft fist, and a tabletop, holding each shape.</source>
            <extracomment>step tendon-glides: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person: Finger gestreckt, dann ein Haken, eine lockere Faust und eine Tischplatte. Jede Form halten.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable. Stop if it hurts.</source>
            <extracomment>step tendon-glides: a caution, shown and spoken</extracomment>
            <translation>Nur so weit, wie es angenehm ist. Hören Sie auf, wenn es wehtut.</translation>
        </message>
        <message>
            <source>Finger glides</source>
            <extracomment>step finger-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Finger seitlich schieben</translation>
        </message>
        <message>
            <source>Lay your {side} hand flat on the table. Slide each finger in turn out to the side and back, keeping the hand flat, as far as is comfortable.</source>
            <extracomment>step finger-glides: what the person reads</extracomment>
            <translation>Legen Sie Ihre Hand {side} flach auf den Tisch. Schieben Sie nacheinander jeden Finger zur Seite und zurück. Die Hand bleibt flach. Nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Ask them to lay their {side} hand flat on the table and slide each finger in turn out to the side and back, keeping the hand flat.</source>
            <extracomment>step finger-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, ihre Hand {side} flach auf den Tisch zu legen und nacheinander jeden Finger zur Seite und zurück zu schieben. Die Hand bleibt flach.</translation>
        </message>
        <message>
            <source>Hand flat on the table. Slide each finger out to the side and back, one at a time.</source>
            <extracomment>step finger-glides: what the voice says to the person</extracomment>
            <translation>Die Hand flach auf den Tisch. Schieben Sie jeden Finger zur Seite und zurück, einen nach dem anderen.</translation>
        </message>
        <message>
            <source>Ask them to slide each finger out to the side and back, one at a time, hand flat on the table.</source>
            <extracomment>step finger-glides: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person, jeden Finger zur Seite und zurück zu schieben, einen nach dem anderen, die Hand flach auf dem Tisch.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable.</source>
            <extracomment>step finger-glides: a caution, shown and spoken</extracomment>
            <translation>Nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Open and close</source>
            <extracomment>step open-close: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Öffnen und schließen</translation>
        </message>
        <message>
            <source>Make a soft fist with your {side} hand, then open it wide, stretching the fingers apart. Hold it open, then close again slowly.</source>
            <extracomment>step open-close: what the person reads</extracomment>
            <translation>Machen Sie mit Ihrer Hand {side} eine lockere Faust, und öffnen Sie sie dann weit, die Finger gespreizt. Halten Sie die Hand offen, und schließen Sie sie dann langsam wieder.</translation>
        </message>
        <message>
            <source>Ask them to make a soft fist with their {side} hand, then open it wide, fingers stretched apart, hold it open, then close again slowly.</source>
            <extracomment>step open-close: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, mit ihrer Hand {side} eine lockere Faust zu machen, sie dann weit zu öffnen, die Finger gespreizt, sie offen zu halten und dann langsam wieder zu schließen.</translation>
        </message>
        <message>
            <source>A soft fist, then open wide and stretch the fingers. Hold it open, then close slowly.</source>
            <extracomment>step open-close: what the voice says to the person</extracomment>
            <translation>Eine lockere Faust, dann weit öffnen und die Finger spreizen. Offen halten, dann langsam schließen.</translation>
        </message>
        <message>
            <source>Ask them: a soft fist, then open wide, fingers stretched. Hold it open, then close slowly.</source>
            <extracomment>step open-close: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person: eine lockere Faust, dann weit öffnen, die Finger gespreizt. Offen halten, dann langsam schließen.</translation>
        </message>
        <message>
            <source>Thumb to each fingertip</source>
            <extracomment>step thumb-to-fingertips: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Daumen an jede Fingerspitze</translation>
        </message>
        <message>
            <source>Touch the tip of your {side} thumb to each fingertip in turn, from the index to the little finger, making an O each time. Then back again.</source>
            <extracomment>step thumb-to-fingertips: what the person reads</extracomment>
            <translation>Berühren Sie an der Hand {side} mit der Daumenspitze nacheinander jede Fingerspitze, vom Zeigefinger bis zum kleinen Finger, sodass jedes Mal ein O entsteht. Dann wieder zurück.</translation>
        </message>
        <message>
            <source>Ask them to touch their {side} thumb to each fingertip in turn, index to little finger, making an O each time, then back again.</source>
            <extracomment>step thumb-to-fingertips: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, an ihrer Hand {side} mit dem Daumen nacheinander jede Fingerspitze zu berühren, vom Zeigefinger bis zum kleinen Finger, sodass jedes Mal ein O entsteht, und dann wieder zurück.</translation>
        </message>
        <message>
            <source>Touch your thumb to each fingertip in turn, making an O, then back again.</source>
            <extracomment>step thumb-to-fingertips: what the voice says to the person</extracomment>
            <translation>Berühren Sie mit dem Daumen nacheinander jede Fingerspitze, sodass ein O entsteht. Dann wieder zurück.</translation>
        </message>
        <message>
            <source>Ask them to touch their thumb to each fingertip in turn, making an O, then back again.</source>
            <extracomment>step thumb-to-fingertips: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person, mit dem Daumen nacheinander jede Fingerspitze zu berühren, sodass ein O entsteht, und dann wieder zurück.</translation>
        </message>
        <message>
            <source>Rest, and notice</source>
            <extracomment>step rest: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ausruhen und darauf achten</translation>
        </message>
        <message>
            <source>Rest your hands in your lap. If buttons, writing, or holding a cup is getting harder, tell your cancer team before your next dose: it helps them plan your treatment.</source>
            <extracomment>step rest: what the person reads</extracomment>
            <translation>Legen Sie die Hände in den Schoß. Wenn Ihnen Knöpfe, das Schreiben oder das Halten einer Tasse schwerer fallen, sagen Sie es Ihrem Krebsteam vor der nächsten Chemo: So kann es Ihre Behandlung besser planen.</translation>
        </message>
        <message>
            <source>Let them rest their hands in their lap. If buttons, writing, or holding a cup is getting harder for them, they tell their cancer team before the next dose: it helps plan the treatment.</source>
            <extracomment>step rest: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Lassen Sie die Person die Hände in den Schoß legen. Wenn ihr Knöpfe, das Schreiben oder das Halten einer Tasse schwerer fallen, sagt sie es ihrem Krebsteam vor der nächsten Chemo: So kann die Behandlung besser geplant werden.</translation>
        </message>
        <message>
            <source>Rest your hands. If everyday things like buttons or writing are getting harder, tell your cancer team before your next dose.</source>
            <extracomment>step rest: what the voice says to the person</extracomment>
            <translation>Lassen Sie die Hände ruhen. Wenn Ihnen Alltägliches wie Knöpfe oder Schreiben schwerer fällt, sagen Sie es Ihrem Krebsteam vor der nächsten Chemo.</translation>
        </message>
        <message>
            <source>Let them rest their hands. If buttons or writing are getting harder, they tell their cancer team before the next dose.</source>
            <extracomment>step rest: what the voice says to a caregiver</extracomment>
            <translation>Lassen Sie die Person die Hände ausruhen. Wenn ihr Knöpfe oder Schreiben schwerer fallen, sagt sie es ihrem Krebsteam vor der nächsten Chemo.</translation>
        </message>
    </context>
    <context>
        <name>routine:cool-down</name>
        <message>
            <source>Cool-down</source>
            <extracomment>the routine's title</extracomment>
            <translation>Ausklang</translation>
        </message>
        <message>
            <source>About a minute to finish: rest, breathe slowly, notice how you feel, and put socks and shoes or slippers on before you stand.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Etwa eine Minute zum Abschluss: ausruhen, langsam atmen, spüren, wie es Ihnen geht, und Socken und Schuhe oder Hausschuhe anziehen, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Lotion on the feet makes them slippery: socks and shoes or slippers on before you stand.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Creme macht die Füße rutschig: Ziehen Sie Socken und Schuhe oder Hausschuhe an, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Stand up slowly, holding on to something steady.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Stehen Sie langsam auf, und halten Sie sich dabei an etwas Stabilem fest.</translation>
        </message>
        <message>
            <source>Rest and breathe</source>
            <extracomment>step rest: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ausruhen und atmen</translation>
        </message>
        <message>
            <source>Rest your hands in your lap. Breathe out slowly, a little longer than you breathe in, three or four times.</source>
            <extracomment>step rest: what the person reads</extracomment>
            <translation>Legen Sie die Hände in den Schoß. Atmen Sie drei- oder viermal langsam aus, etwas länger, als Sie einatmen.</translation>
        </message>
        <message>
            <source>Let them rest their hands in their lap, and breathe out slowly together three or four times.</source>
            <extracomment>step rest: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Lassen Sie die Person die Hände in den Schoß legen, und atmen Sie gemeinsam drei- oder viermal langsam aus.</translation>
        </message>
        <message>
            <source>Rest your hands in your lap, and breathe out slowly, three or four times.</source>
            <extracomment>step rest: what the voice says to the person</extracomment>
            <translation>Legen Sie die Hände in den Schoß, und atmen Sie drei- oder viermal langsam aus.</translation>
        </message>
        <message>
            <source>Let them rest, and breathe out slowly together three or four times.</source>
            <extracomment>step rest: what the voice says to a caregiver</extracomment>
            <translation>Lassen Sie die Person ausruhen, und atmen Sie gemeinsam drei- oder viermal langsam aus.</translation>
        </message>
        <message>
            <source>Notice how you feel</source>
            <extracomment>step notice: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Spüren, wie es Ihnen geht</translation>
        </message>
        <message>
            <source>Notice your feet and hands now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what the person reads</extracomment>
            <translation>Achten Sie jetzt auf Ihre Füße und Hände: wärmer, ruhiger, wie vorher, oder tun sie mehr weh?</translation>
        </message>
        <message>
            <source>Ask how their feet and hands feel now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Fragen Sie, wie sich die Füße und Hände der Person jetzt anfühlen: wärmer, ruhiger, wie vorher, oder tun sie mehr weh?</translation>
        </message>
        <message>
            <source>Notice how your feet and hands feel now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what the voice says to the person</extracomment>
            <translation>Achten Sie darauf, wie sich Ihre Füße und Hände jetzt anfühlen: wärmer, ruhiger, wie vorher, oder tun sie mehr weh?</translation>
        </message>
        <message>
            <source>Socks on, then stand slowly</source>
            <extracomment>step stand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Socken an, dann langsam aufstehen</translation>
        </message>
        <message>
            <source>If there is lotion on your feet, put on clean socks and shoes or slippers while you are still seated. Then stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what the person reads</extracomment>
            <translation>Wenn Creme an Ihren Füßen ist, ziehen Sie saubere Socken und Schuhe oder Hausschuhe an, solange Sie noch sitzen. Stehen Sie dann langsam auf, und halten Sie sich dabei an etwas Stabilem fest.</translation>
        </message>
        <message>
            <source>If there is lotion on their feet, help them into clean socks and shoes or slippers while they are still seated. Then they stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Wenn Creme an ihren Füßen ist, helfen Sie der Person in saubere Socken und Schuhe oder Hausschuhe, solange sie noch sitzt. Dann steht sie langsam auf und hält sich dabei an etwas Stabilem fest.</translation>
        </message>
        <message>
            <source>If there is lotion on your feet, socks and shoes or slippers on while you are seated. Then stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what the voice says to the person</extracomment>
            <translation>Wenn Creme an Ihren Füßen ist: Ziehen Sie im Sitzen Socken und Schuhe oder Hausschuhe an. Dann stehen Sie langsam auf und halten sich an etwas Stabilem fest.</translation>
        </message>
        <message>
            <source>If there is lotion on their feet, help them into socks and shoes or slippers while seated, then to stand up slowly.</source>
            <extracomment>step stand: what the voice says to a caregiver</extracomment>
            <translation>Wenn Creme an ihren Füßen ist, helfen Sie der Person im Sitzen in Socken und Schuhe oder Hausschuhe, und dann beim langsamen Aufstehen.</translation>
        </message>
    </context>
    <context>
        <name>routine:daily-foot-check</name>
        <message>
            <source>Daily foot check</source>
            <extracomment>the routine's title</extracomment>
            <translation>Tägliche Fußkontrolle</translation>
        </message>
        <message>
            <source>Two or three minutes of looking, no massage: tops, soles, heels, between the toes, nails and inside your shoes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Zwei oder drei Minuten nur schauen, keine Massage: Fußrücken, Sohlen, Fersen, zwischen den Zehen, Nägel und innen in Ihren Schuhen.</translation>
        </message>
        <message>
            <source>Numb feet may not hurt when they are hurt: look every day, even when nothing feels wrong.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Taube Füße tun vielleicht nicht weh, wenn sie verletzt sind: Schauen Sie jeden Tag nach, auch wenn sich nichts falsch anfühlt.</translation>
        </message>
        <message>
            <source>A cut, blister, crack, sore or redness that does not fade: with diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Ein Schnitt, eine Blase, ein Riss, eine wunde Stelle oder eine Rötung, die nicht verblasst: Bei Diabetes melden Sie sich heute bei Ihrer Fußambulanz.</translation>
        </message>
        <message>
            <source>A foot that is red, hot or swollen, or changing shape: call your foot clinic or doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Ein Fuß, der gerötet, heiß oder geschwollen ist oder seine Form verändert: Rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an.</translation>
        </message>
        <message>
            <source>Use a mirror or ask someone to look if you cannot see your soles. Never walk barefoot.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Nehmen Sie einen Spiegel, oder bitten Sie jemanden nachzusehen, wenn Sie Ihre Sohlen nicht sehen können. Gehen Sie nie barfuß.</translation>
        </message>
        <message>
            <source>The tops of your feet</source>
            <extracomment>step tops: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Fußrücken</translation>
        </message>
        <message>
            <source>Sit in a steady chair in good light, socks off. Look over the tops of both feet and the toes for a cut, blister, crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the person reads</extracomment>
            <translation>Setzen Sie sich bei gutem Licht auf einen stabilen Stuhl, die Socken aus. Suchen Sie beide Fußrücken und die Zehen nach einem Schnitt, einer Blase, einem Riss, einer Rötung, Schwellung oder Farbveränderung ab.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair in good light, socks off. Look over the tops of both their feet and the toes for a cut, blister, crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, sich bei gutem Licht auf einen stabilen Stuhl zu setzen, die Socken aus. Suchen Sie beide Fußrücken der Person und die Zehen nach einem Schnitt, einer Blase, einem Riss, einer Rötung, Schwellung oder Farbveränderung ab.</translation>
        </message>
        <message>
            <source>Sit in a steady chair in good light. Look at the tops of both feet and the toes, for a cut, a blister, a crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the voice says to the person</extracomment>
            <translation>Setzen Sie sich bei gutem Licht auf einen stabilen Stuhl. Schauen Sie sich beide Fußrücken und die Zehen an: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung, eine Schwellung oder eine Farbveränderung?</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair in good light. Look at the tops of both their feet and the toes, for a cut, a blister, a crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, sich bei gutem Licht auf einen stabilen Stuhl zu setzen. Schauen Sie sich beide Fußrücken und die Zehen an: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung, eine Schwellung oder eine Farbveränderung?</translation>
        </message>
        <message>
            <source>Between the toes</source>
            <extracomment>step between-toes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zwischen den Zehen</translation>
        </message>
        <message>
            <source>Part the toes gently and look between the toes for soft white skin, a crack or a cut. If the skin there is damp, pat it dry.</source>
            <extracomment>step between-toes: what the person reads</extracomment>
            <translation>Halten Sie die Zehen sanft auseinander, und schauen Sie zwischen den Zehen nach weicher, weißer Haut, einem Riss oder einem Schnitt. Wenn die Haut dort feucht ist, tupfen Sie sie trocken.</translation>
        </message>
        <message>
            <source>Part their toes gently and look between the toes for soft white skin, a crack or a cut. If the skin there is damp, pat it dry.</source>
            <extracomment>step between-toes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie die Zehen der Person sanft auseinander, und schauen Sie zwischen den Zehen nach weicher, weißer Haut, einem Riss oder einem Schnitt. Wenn die Haut dort feucht ist, tupfen Sie sie trocken.</translation>
        </message>
        <message>
            <source>Part the toes gently and look between them, for soft white skin, a crack or a cut. Pat it dry if it is damp.</source>
            <extracomment>step between-toes: what the voice says to the person</extracomment>
            <translation>Halten Sie die Zehen sanft auseinander, und schauen Sie dazwischen: weiche, weiße Haut, ein Riss oder ein Schnitt? Tupfen Sie die Haut trocken, wenn sie feucht ist.</translation>
        </message>
        <message>
            <source>Part their toes gently and look between them, for soft white skin, a crack or a cut. Pat it dry if it is damp.</source>
            <extracomment>step between-toes: what the voice says to a caregiver</extracomment>
            <translation>Halten Sie die Zehen der Person sanft auseinander, und schauen Sie dazwischen: weiche, weiße Haut, ein Riss oder ein Schnitt? Tupfen Sie die Haut trocken, wenn sie feucht ist.</translation>
        </message>
        <message>
            <source>The soles</source>
            <extracomment>step soles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Fußsohlen</translation>
        </message>
        <message>
            <source>Look at the soles of both feet, from the ball of the foot along the arch, with a mirror on the floor or with someone's help. Look for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the person reads</extracomment>
            <translation>Schauen Sie sich die Sohlen beider Füße an, vom Fußballen am Fußgewölbe entlang, mit einem Spiegel auf dem Boden oder mit Hilfe einer anderen Person. Achten Sie auf eine Blase, einen Schnitt, Hornhaut, eine Rötung oder Schwellung.</translation>
        </message>
        <message>
            <source>Lift each of their feet in turn, or use a mirror, and look at the soles, from the ball of the foot along the arch. Look for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Heben Sie nacheinander jeden Fuß der Person an, oder nehmen Sie einen Spiegel, und schauen Sie sich die Sohlen an, vom Fußballen am Fußgewölbe entlang. Achten Sie auf eine Blase, einen Schnitt, Hornhaut, eine Rötung oder Schwellung.</translation>
        </message>
        <message>
            <source>Now the soles, with a mirror or with help: the ball of the foot and the arch, for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the voice says to the person</extracomment>
            <translation>Jetzt die Sohlen, mit einem Spiegel oder mit Hilfe: Fußballen und Fußgewölbe. Gibt es eine Blase, einen Schnitt, Hornhaut, eine Rötung oder Schwellung?</translation>
        </message>
        <message>
            <source>Now their soles, from the ball of the foot along the arch, for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the voice says to a caregiver</extracomment>
            <translation>Jetzt die Sohlen der Person, vom Fußballen am Fußgewölbe entlang: Gibt es eine Blase, einen Schnitt, Hornhaut, eine Rötung oder Schwellung?</translation>
        </message>
        <message>
            <source>The heels</source>
            <extracomment>step heels: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Fersen</translation>
        </message>
        <message>
            <source>Look at both heels, underneath and round the back, for dry, cracked skin or a red patch.</source>
            <extracomment>step heels: what the person reads</extracomment>
            <translation>Schauen Sie sich beide Fersen an, unten und hinten herum: trockene, rissige Haut oder eine gerötete Stelle?</translation>
        </message>
        <message>
            <source>Look at both their heels, underneath and round the back, for dry, cracked skin or a red patch.</source>
            <extracomment>step heels: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Schauen Sie sich beide Fersen der Person an, unten und hinten herum: trockene, rissige Haut oder eine gerötete Stelle?</translation>
        </message>
        <message>
            <source>Now both heels, underneath and round the back, for cracked skin or a red patch.</source>
            <extracomment>step heels: what the voice says to the person</extracomment>
            <translation>Jetzt beide Fersen, unten und hinten herum: rissige Haut oder eine gerötete Stelle?</translation>
        </message>
        <message>
            <source>Now both their heels, underneath and round the back, for cracked skin or a red patch.</source>
            <extracomment>step heels: what the voice says to a caregiver</extracomment>
            <translation>Jetzt beide Fersen der Person, unten und hinten herum: rissige Haut oder eine gerötete Stelle?</translation>
        </message>
        <message>
            <source>The toenails</source>
            <extracomment>step nails: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Zehennägel</translation>
        </message>
        <message>
            <source>Look at each toenail: a nail growing into the skin, redness round it, or a nail that has turned thick or dark.</source>
            <extracomment>step nails: what the person reads</extracomment>
            <translation>Schauen Sie sich jeden Zehennagel an: Wächst ein Nagel in die Haut ein, ist die Haut darum gerötet, oder ist ein Nagel dick oder dunkel geworden?</translation>
        </message>
        <message>
            <source>Look at each of their toenails: a nail growing into the skin, redness round it, or a nail that has turned thick or dark.</source>
            <extracomment>step nails: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Schauen Sie sich jeden Zehennagel der Person an: Wächst ein Nagel in die Haut ein, ist die Haut darum gerötet, oder ist ein Nagel dick oder dunkel geworden?</translation>
        </message>
        <message>
            <source>Look at each toenail, for a nail growing into the skin, redness round it, or a nail turned thick or dark.</source>
            <extracomment>step nails: what the voice says to the person</extracomment>
            <translation>Schauen Sie sich jeden Zehennagel an: ein eingewachsener Nagel, eine Rötung darum herum, oder ein Nagel, der dick oder dunkel geworden ist?</translation>
        </message>
        <message>
            <source>Look at each of their toenails, for a nail growing into the skin, redness round it, or a nail turned thick or dark.</source>
            <extracomment>step nails: what the voice says to a caregiver</extracomment>
            <translation>Schauen Sie sich jeden Zehennagel der Person an: ein eingewachsener Nagel, eine Rötung darum herum, oder ein Nagel, der dick oder dunkel geworden ist?</translation>
        </message>
        <message>
            <source>Inside your shoes</source>
            <extracomment>step shoes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Innen in den Schuhen</translation>
        </message>
        <message>
            <source>Before you put your shoes on, feel inside each one with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen. If you have a foot thermometer, the app can keep your left and right readings after the check.</source>
            <extracomment>step shoes: what the person reads</extracomment>
            <translation>Bevor Sie Ihre Schuhe anziehen, tasten Sie jeden Schuh innen mit der Hand ab: ein Steinchen, eine raue Naht oder ein eingerissenes Futter? Beantworten Sie dann die Frage auf dem Bildschirm. Wenn Sie ein Fußthermometer haben, kann die App nach der Kontrolle Ihre Werte für links und rechts speichern.</translation>
        </message>
        <message>
            <source>Before they put their shoes on, feel inside each one with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen. If they have a foot thermometer, the app can keep the left and right readings after the check.</source>
            <extracomment>step shoes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bevor die Person ihre Schuhe anzieht, tasten Sie jeden Schuh innen mit der Hand ab: ein Steinchen, eine raue Naht oder ein eingerissenes Futter? Beantworten Sie dann die Frage auf dem Bildschirm. Wenn die Person ein Fußthermometer hat, kann die App nach der Kontrolle die Werte für links und rechts speichern.</translation>
        </message>
        <message>
            <source>Last, feel inside each shoe with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen.</source>
            <extracomment>step shoes: what the voice says to the person</extracomment>
            <translation>Zuletzt tasten Sie jeden Schuh innen mit der Hand ab: ein Steinchen, eine raue Naht oder ein eingerissenes Futter? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Last, feel inside each of their shoes for a stone, a rough seam or a torn lining. Then answer the question on the screen.</source>
            <extracomment>step shoes: what the voice says to a caregiver</extracomment>
            <translation>Zuletzt tasten Sie jeden Schuh der Person innen ab: ein Steinchen, eine raue Naht oder ein eingerissenes Futter? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
    </context>
    <context>
        <name>routine:foot-ankle-exercises</name>
        <message>
            <source>Foot and ankle exercises</source>
            <extracomment>the routine's title</extracomment>
            <translation>Übungen für Fuß und Knöchel</translation>
        </message>
        <message>
            <source>Seated ankle pumps, ankle circles, toe curls and toe spreads, each counted, then a look at your feet. About five minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Im Sitzen: Fußwippen, Fußkreisen, Zehen krallen und Zehen spreizen, jeweils gezählt, dann ein Blick auf Ihre Füße. Etwa fünf Minuten.</translation>
        </message>
        <message>
            <source>An open wound, ulcer or sore on a foot: do not do these; ask your foot clinic first.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Eine offene Wunde, ein Geschwür oder eine wunde Stelle am Fuß: Machen Sie diese Übungen nicht, fragen Sie zuerst Ihre Fußambulanz.</translation>
        </message>
        <message>
            <source>A foot that is red, hot or swollen: no exercises; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Ein Fuß, der gerötet, heiß oder geschwollen ist: keine Übungen. Rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, feet in socks or shoes. Stop if it hurts or a muscle cramps.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Sitzen Sie auf einem stabilen Stuhl, die Füße in Socken oder Schuhen. Hören Sie auf, wenn es wehtut oder ein Muskel krampft.</translation>
        </message>
        <message>
            <source>Sit well</source>
            <extracomment>step sit: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Gut sitzen</translation>
        </message>
        <message>
            <source>Sit in a steady chair with your back supported and both feet flat on the floor, in socks or shoes.</source>
            <extracomment>step sit: what the person reads</extracomment>
            <translation>Setzen Sie sich auf einen stabilen Stuhl, den Rücken angelehnt und beide Füße flach auf dem Boden, in Socken oder Schuhen.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair with their back supported and both feet flat on the floor, in socks or shoes.</source>
            <extracomment>step sit: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, sich auf einen stabilen Stuhl zu setzen, den Rücken angelehnt und beide Füße flach auf dem Boden, in Socken oder Schuhen.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, back supported, both feet flat on the floor.</source>
            <extracomment>step sit: what the voice says to the person</extracomment>
            <translation>Setzen Sie sich auf einen stabilen Stuhl, den Rücken angelehnt, beide Füße flach auf dem Boden.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair, back supported, both feet flat on the floor.</source>
            <extracomment>step sit: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, sich auf einen stabilen Stuhl zu setzen, den Rücken angelehnt, beide Füße flach auf dem Boden.</translation>
        </message>
        <message>
            <source>Ankle pumps, {side} foot</source>
            <extracomment>step ankle-pumps: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fußwippen, Fuß {side}</translation>
        </message>
        <message>
            <source>Keep your {side} heel on the floor and lift the front of the foot, toes toward you. Then lower it and lift the heel, toes on the floor. Slowly.</source>
            <extracomment>step ankle-pumps: what the person reads</extracomment>
            <translation>Lassen Sie am Fuß {side} die Ferse auf dem Boden, und heben Sie den vorderen Fuß an, die Zehen zu sich hin. Senken Sie ihn dann, und heben Sie die Ferse, die Zehen bleiben auf dem Boden. Langsam.</translation>
        </message>
        <message>
            <source>Ask them to keep their {side} heel on the floor and lift the front of the foot, toes toward them, then lower it and lift the heel, toes on the floor. Slowly.</source>
            <extracomment>step ankle-pumps: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, am Fuß {side} die Ferse auf dem Boden zu lassen und den vorderen Fuß anzuheben, die Zehen zu sich hin, ihn dann zu senken und die Ferse zu heben, die Zehen auf dem Boden. Langsam.</translation>
        </message>
        <message>
            <source>Heel down, lift your toes. Then toes down, lift your heel. Slowly.</source>
            <extracomment>step ankle-pumps: what the voice says to the person</extracomment>
            <translation>Ferse unten, Zehen hoch. Dann Zehen unten, Ferse hoch. Langsam.</translation>
        </message>
        <message>
            <source>Ask them: heel down, lift the toes; then toes down, lift the heel. Slowly.</source>
            <extracomment>step ankle-pumps: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person: Ferse unten, Zehen hoch; dann Zehen unten, Ferse hoch. Langsam.</translation>
        </message>
        <message>
            <source>Stop if it hurts or a muscle cramps.</source>
            <extracomment>step ankle-pumps: a caution, shown and spoken</extracomment>
            <translation>Hören Sie auf, wenn es wehtut oder ein Muskel krampft.</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <extracomment>step ankle-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fußkreisen</translation>
        </message>
        <message>
            <source>Lift your {side} foot a little off the floor and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the person reads</extracomment>
            <translation>Heben Sie Ihren Fuß {side} etwas vom Boden an, und kreisen Sie ihn langsam im Fußgelenk, erst in die eine Richtung, dann in die andere.</translation>
        </message>
        <message>
            <source>Ask them to lift their {side} foot a little off the floor and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, ihren Fuß {side} etwas vom Boden anzuheben und ihn langsam im Fußgelenk zu kreisen, erst in die eine Richtung, dann in die andere.</translation>
        </message>
        <message>
            <source>Lift your foot a little and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the voice says to the person</extracomment>
            <translation>Heben Sie den Fuß etwas an, und kreisen Sie ihn langsam im Fußgelenk, erst in die eine Richtung, dann in die andere.</translation>
        </message>
        <message>
            <source>Ask them to circle the foot slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person, den Fuß langsam im Fußgelenk zu kreisen, erst in die eine Richtung, dann in die andere.</translation>
        </message>
        <message>
            <source>Only as far as it moves easily and comfortably.</source>
            <extracomment>step ankle-circles: a caution, shown and spoken</extracomment>
            <translation>Nur so weit, wie es leicht und angenehm geht.</translation>
        </message>
        <message>
            <source>Toe curls</source>
            <extracomment>step toe-curls: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zehen krallen</translation>
        </message>
        <message>
            <source>With your {side} foot flat, curl the toes down as if to pick up a cloth from the floor. Hold, then relax.</source>
            <extracomment>step toe-curls: what the person reads</extracomment>
            <translation>Stellen Sie den Fuß {side} flach hin, und krallen Sie die Zehen nach unten, als wollten Sie ein Tuch vom Boden aufheben. Halten, dann locker lassen.</translation>
        </message>
        <message>
            <source>Ask them to curl the toes of their {side} foot down, as if to pick up a cloth from the floor, hold, then relax.</source>
            <extracomment>step toe-curls: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, die Zehen am Fuß {side} nach unten zu krallen, als wollte sie ein Tuch vom Boden aufheben, zu halten und dann locker zu lassen.</translation>
        </message>
        <message>
            <source>Curl your toes down, hold, then relax.</source>
            <extracomment>step toe-curls: what the voice says to the person</extracomment>
            <translation>Krallen Sie die Zehen nach unten. Halten, dann locker lassen.</translation>
        </message>
        <message>
            <source>Ask them to curl their toes down, hold, then relax.</source>
            <extracomment>step toe-curls: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person, die Zehen nach unten zu krallen, zu halten und dann locker zu lassen.</translation>
        </message>
        <message>
            <source>Toe spreads</source>
            <extracomment>step toe-spreads: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zehen spreizen</translation>
        </message>
        <message>
            <source>Spread the toes of your {side} foot apart as wide as they will go, hold, then relax. If they hardly move, that is fine: the trying is the exercise.</source>
            <extracomment>step toe-spreads: what the person reads</extracomment>
            <translation>Spreizen Sie die Zehen am Fuß {side} so weit wie möglich. Halten, dann locker lassen. Wenn sie sich kaum bewegen, ist das in Ordnung: Schon der Versuch ist die Übung.</translation>
        </message>
        <message>
            <source>Ask them to spread the toes of their {side} foot apart as wide as they will go, hold, then relax. If they hardly move, that is fine.</source>
            <extracomment>step toe-spreads: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, die Zehen am Fuß {side} so weit wie möglich zu spreizen, zu halten und dann locker zu lassen. Wenn sie sich kaum bewegen, ist das in Ordnung.</translation>
        </message>
        <message>
            <source>Spread your toes apart, hold, then relax.</source>
            <extracomment>step toe-spreads: what the voice says to the person</extracomment>
            <translation>Spreizen Sie die Zehen. Halten, dann locker lassen.</translation>
        </message>
        <message>
            <source>Ask them to spread their toes apart, hold, then relax.</source>
            <extracomment>step toe-spreads: what the voice says to a caregiver</extracomment>
            <translation>Bitten Sie die Person, die Zehen zu spreizen, zu halten und dann locker zu lassen.</translation>
        </message>
        <message>
            <source>A look at your feet</source>
            <extracomment>step look: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ein Blick auf Ihre Füße</translation>
        </message>
        <message>
            <source>Take off your socks and look at the soles and heels, and between the toes, for a red mark, blister or rubbed skin from the exercises or your shoes.</source>
            <extracomment>step look: what the person reads</extracomment>
            <translation>Ziehen Sie die Socken aus, und schauen Sie sich die Sohlen, die Fersen und zwischen den Zehen an: eine rote Stelle, eine Blase oder wund geriebene Haut von den Übungen oder Ihren Schuhen?</translation>
        </message>
        <message>
            <source>Look at their soles and heels, and between the toes, for a red mark, blister or rubbed skin from the exercises or their shoes.</source>
            <extracomment>step look: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Schauen Sie sich die Sohlen, die Fersen und zwischen den Zehen der Person an: eine rote Stelle, eine Blase oder wund geriebene Haut von den Übungen oder ihren Schuhen?</translation>
        </message>
        <message>
            <source>Last, look at the soles, the heels and between the toes, for a red mark, a blister or rubbed skin.</source>
            <extracomment>step look: what the voice says to the person</extracomment>
            <translation>Zuletzt schauen Sie sich die Sohlen, die Fersen und zwischen den Zehen an: eine rote Stelle, eine Blase oder wund geriebene Haut?</translation>
        </message>
        <message>
            <source>Last, look at their soles, heels and between the toes, for a red mark, a blister or rubbed skin.</source>
            <extracomment>step look: what the voice says to a caregiver</extracomment>
            <translation>Zuletzt schauen Sie sich die Sohlen, die Fersen und zwischen den Zehen der Person an: eine rote Stelle, eine Blase oder wund geriebene Haut?</translation>
        </message>
    </context>
    <context>
        <name>routine:foot-care</name>
        <message>
            <source>Morning foot care</source>
            <extracomment>the routine's title</extracomment>
            <translation>Fußpflege am Morgen</translation>
        </message>
        <message>
            <source>Check your skin, then gentle glides and circles for each foot. Light pressure throughout.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Erst die Haut ansehen, dann sanftes Streichen und Kreisen an jedem Fuß. Durchgehend leichter Druck.</translation>
        </message>
        <message>
            <source>Skip a foot with a cut, blister, crack, sore or sign of infection. With diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Lassen Sie einen Fuß mit Schnitt, Blase, Riss, wunder Stelle oder Zeichen einer Infektion aus. Bei Diabetes: Melden Sie sich heute bei Ihrer Fußambulanz.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot: no massage; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Fuß gerötet, heiß oder geschwollen: keine Massage. Rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an.</translation>
        </message>
        <message>
            <source>Numb skin cannot judge force: keep the pressure as light as smoothing on lotion.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Taube Haut kann die Kraft nicht einschätzen: Drücken Sie nur so leicht wie beim Eincremen.</translation>
        </message>
        <message>
            <source>No lotion between the toes, and no heat on numb feet.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Keine Creme zwischen die Zehen, und keine Wärme an taube Füße.</translation>
        </message>
        <message>
            <source>Sit in a steady chair. Lotion makes the soles slippery: put on socks and shoes or slippers before you stand.</source>
            <extracomment>precaution 5, shown before the routine starts</extracomment>
            <translation>Sitzen Sie auf einem stabilen Stuhl. Creme macht die Sohlen rutschig: Ziehen Sie Socken und Schuhe oder Hausschuhe an, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Check your soles</source>
            <extracomment>step sole-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Sohlen ansehen</translation>
        </message>
        <message>
            <source>Sit in a steady chair. Look over the soles of both feet: the toes, between the toes, the ball, the arch and the heel. Look for a cut, blister, crack, redness or swelling. Use a mirror, or ask someone to look.</source>
            <extracomment>step sole-check: what the person reads</extracomment>
            <translation>Setzen Sie sich auf einen stabilen Stuhl. Schauen Sie sich die Sohlen beider Füße an: die Zehen, zwischen den Zehen, den Fußballen, das Fußgewölbe und die Ferse. Achten Sie auf einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung. Nehmen Sie einen Spiegel, oder bitten Sie jemanden nachzusehen.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair. Look over the soles of both their feet: the toes, between the toes, the ball, the arch and the heel. Look for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step sole-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, sich auf einen stabilen Stuhl zu setzen. Schauen Sie sich die Sohlen beider Füße der Person an: die Zehen, zwischen den Zehen, den Fußballen, das Fußgewölbe und die Ferse. Achten Sie auf einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung.</translation>
        </message>
        <message>
            <source>First, sit in a steady chair. Look at the soles: the toes, between the toes, the ball, the arch and the heel, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step sole-check: what the voice says to the person</extracomment>
            <translation>Setzen Sie sich zuerst auf einen stabilen Stuhl. Schauen Sie sich die Sohlen an: die Zehen, zwischen den Zehen, den Fußballen, das Fußgewölbe und die Ferse. Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung?</translation>
        </message>
        <message>
            <source>First, help them sit in a steady chair. Look at the soles of their feet: the toes, between the toes, the ball, the arch and the heel, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step sole-check: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person zuerst, sich auf einen stabilen Stuhl zu setzen. Schauen Sie sich die Sohlen ihrer Füße an: die Zehen, zwischen den Zehen, den Fußballen, das Fußgewölbe und die Ferse. Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung?</translation>
        </message>
        <message>
            <source>Check the tops of your feet</source>
            <extracomment>step skin-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Fußrücken ansehen</translation>
        </message>
        <message>
            <source>Now look over the tops of both feet, the toes and between the toes, as far as the ankle, for the same: a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what the person reads</extracomment>
            <translation>Schauen Sie sich jetzt beide Fußrücken an, die Zehen und zwischen den Zehen, bis zum Knöchel, und achten Sie auf das Gleiche: einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung.</translation>
        </message>
        <message>
            <source>Now look over the tops of both their feet, the toes and between the toes, as far as the ankle, for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Schauen Sie sich jetzt beide Fußrücken der Person an, die Zehen und zwischen den Zehen, bis zum Knöchel. Achten Sie auf einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung.</translation>
        </message>
        <message>
            <source>Now the tops of your feet, the toes and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to the person</extracomment>
            <translation>Jetzt die Fußrücken, die Zehen und zwischen den Zehen: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Now the tops of their feet, the toes and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to a caregiver</extracomment>
            <translation>Jetzt die Fußrücken der Person, die Zehen und zwischen den Zehen: Gibt es einen Schnitt, eine Blase, einen Riss, eine Rötung oder Schwellung? Beantworten Sie dann die Frage auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>Lotion on top of the {side} foot</source>
            <extracomment>step lotion: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fußrücken {side} eincremen</translation>
        </message>
        <message>
            <source>Rest your {side} foot where you can reach it. Smooth a little lotion over the top of the foot.</source>
            <extracomment>step lotion: what the person reads</extracomment>
            <translation>Legen Sie Ihren Fuß {side} so hin, dass Sie ihn gut erreichen. Verteilen Sie etwas Creme auf dem Fußrücken.</translation>
        </message>
        <message>
            <source>Rest their {side} foot on a towel in your lap. Smooth a little lotion over the top of the foot.</source>
            <extracomment>step lotion: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie ihren Fuß {side} auf ein Handtuch in Ihrem Schoß. Verteilen Sie etwas Creme auf dem Fußrücken.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the top of your foot.</source>
            <extracomment>step lotion: what the voice says to the person</extracomment>
            <translation>Verteilen Sie etwas Creme auf Ihrem Fußrücken.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the top of their foot.</source>
            <extracomment>step lotion: what the voice says to a caregiver</extracomment>
            <translation>Verteilen Sie etwas Creme auf dem Fußrücken der Person.</translation>
        </message>
        <message>
            <source>No lotion in the gaps between the toes: damp skin there can break down.</source>
            <extracomment>step lotion: a caution, shown and spoken</extracomment>
            <translation>Keine Creme in die Zwischenräume der Zehen: Feuchte Haut kann dort wund werden.</translation>
        </message>
        <message>
            <source>No lotion in the gaps between their toes: damp skin there can break down.</source>
            <extracomment>step lotion: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Keine Creme in die Zwischenräume ihrer Zehen: Feuchte Haut kann dort wund werden.</translation>
        </message>
        <message>
            <source>Lotion on the {side} sole</source>
            <extracomment>step lotion-sole: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sohle {side} eincremen</translation>
        </message>
        <message>
            <source>Smooth a little more lotion over the sole, from the ball of the foot to the heel, where the skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the person reads</extracomment>
            <translation>Verteilen Sie noch etwas Creme auf der Sohle, vom Fußballen bis zur Ferse, wo die Haut am meisten austrocknet und einreißt.</translation>
        </message>
        <message>
            <source>Smooth a little more lotion over their sole, from the ball of the foot to the heel, where the skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Verteilen Sie noch etwas Creme auf ihrer Sohle, vom Fußballen bis zur Ferse, wo die Haut am meisten austrocknet und einreißt.</translation>
        </message>
        <message>
            <source>Now a little lotion over the sole, from the ball of the foot to the heel, where skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the voice says to the person</extracomment>
            <translation>Jetzt etwas Creme auf die Sohle, vom Fußballen bis zur Ferse, wo die Haut am meisten austrocknet und einreißt.</translation>
        </message>
        <message>
            <source>Now a little lotion over their sole, from the ball of the foot to the heel, where skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the voice says to a caregiver</extracomment>
            <translation>Jetzt etwas Creme auf die Sohle der Person, vom Fußballen bis zur Ferse, wo die Haut am meisten austrocknet und einreißt.</translation>
        </message>
        <message>
            <source>Stay seated: lotion makes the soles slippery. Put on socks and shoes or slippers before you stand.</source>
            <extracomment>step lotion-sole: a caution, shown and spoken</extracomment>
            <translation>Bleiben Sie sitzen: Creme macht die Sohlen rutschig. Ziehen Sie Socken und Schuhe oder Hausschuhe an, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Lotion makes the soles slippery: they stay seated until socks and shoes or slippers are on.</source>
            <extracomment>step lotion-sole: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Creme macht die Sohlen rutschig: Die Person bleibt sitzen, bis Socken und Schuhe oder Hausschuhe an sind.</translation>
        </message>
        <message>
            <source>Glide from the toes to the ankle</source>
            <extracomment>step top-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Von den Zehen zum Knöchel streichen</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of the foot from the toes toward the ankle, then lift and start again. Keep the touch as light as smoothing on lotion.</source>
            <extracomment>step top-glides: what the person reads</extracomment>
            <translation>Streichen Sie mit flacher Hand langsam über den Fußrücken, von den Zehen zum Knöchel, dann heben Sie die Hand ab und beginnen von vorn. Berühren Sie so leicht wie beim Eincremen.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of their foot from the toes toward the ankle, then lift and start again. Keep the touch as light as smoothing on lotion: a numb foot cannot tell you when it is too much.</source>
            <extracomment>step top-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie mit flacher Hand langsam über den Fußrücken der Person, von den Zehen zum Knöchel, dann heben Sie die Hand ab und beginnen von vorn. Berühren Sie so leicht wie beim Eincremen: Ein tauber Fuß spürt nicht, wann es zu viel ist.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly from your toes toward your ankle. Keep it light.</source>
            <extracomment>step top-glides: what the voice says to the person</extracomment>
            <translation>Streichen Sie mit flacher Hand langsam von den Zehen zum Knöchel. Nur leicht.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly from their toes toward the ankle. Keep it as light as smoothing on lotion.</source>
            <extracomment>step top-glides: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie mit flacher Hand langsam von den Zehen der Person zum Knöchel. So leicht wie beim Eincremen.</translation>
        </message>
        <message>
            <source>Thumb circles on the sole</source>
            <extracomment>step sole-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Daumenkreise auf der Sohle</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over the sole: the ball of the foot, the arch, then the heel. Gentle pressure only.</source>
            <extracomment>step sole-circles: what the person reads</extracomment>
            <translation>Machen Sie mit dem Daumen kleine, langsame Kreise auf der Sohle: am Fußballen, am Fußgewölbe, dann an der Ferse. Nur sanfter Druck.</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over their sole: the ball of the foot, the arch, then the heel. Gentle pressure only.</source>
            <extracomment>step sole-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Machen Sie mit dem Daumen kleine, langsame Kreise auf ihrer Sohle: am Fußballen, am Fußgewölbe, dann an der Ferse. Nur sanfter Druck.</translation>
        </message>
        <message>
            <source>Now small, slow thumb circles over your sole: the ball, the arch, then the heel. Gently.</source>
            <extracomment>step sole-circles: what the voice says to the person</extracomment>
            <translation>Jetzt kleine, langsame Daumenkreise auf der Sohle: Fußballen, Fußgewölbe, dann die Ferse. Sanft.</translation>
        </message>
        <message>
            <source>Now small, slow thumb circles over their sole: the ball, the arch, then the heel. Gently.</source>
            <extracomment>step sole-circles: what the voice says to a caregiver</extracomment>
            <translation>Jetzt kleine, langsame Daumenkreise auf der Sohle der Person: Fußballen, Fußgewölbe, dann die Ferse. Sanft.</translation>
        </message>
        <message>
            <source>Stop if it stings or burns.</source>
            <extracomment>step sole-circles: a caution, shown and spoken</extracomment>
            <translation>Hören Sie auf, wenn es sticht oder brennt.</translation>
        </message>
        <message>
            <source>Stroke each toe</source>
            <extracomment>step toes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Jede Zehe ausstreichen</translation>
        </message>
        <message>
            <source>Hold each toe in turn and stroke it gently from the base to the tip, with a soft squeeze as you go. Start with the big toe.</source>
            <extracomment>step toes: what the person reads</extracomment>
            <translation>Halten Sie nacheinander jede Zehe, und streichen Sie sie sanft vom Ansatz bis zur Spitze aus, mit sanftem Drücken dabei. Beginnen Sie mit dem großen Zeh.</translation>
        </message>
        <message>
            <source>Hold each of their toes in turn and stroke it gently from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie nacheinander jede Zehe der Person, und streichen Sie sie sanft vom Ansatz bis zur Spitze aus, mit sanftem Drücken. Beginnen Sie mit dem großen Zeh.</translation>
        </message>
        <message>
            <source>Stroke each toe from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what the voice says to the person</extracomment>
            <translation>Streichen Sie jede Zehe vom Ansatz bis zur Spitze aus, mit sanftem Drücken. Beginnen Sie mit dem großen Zeh.</translation>
        </message>
        <message>
            <source>Stroke each of their toes from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie jede Zehe der Person vom Ansatz bis zur Spitze aus, mit sanftem Drücken. Beginnen Sie mit dem großen Zeh.</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <extracomment>step ankle-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fußkreisen</translation>
        </message>
        <message>
            <source>Slowly circle your {side} foot at the ankle, or trace the letters of the alphabet in the air with your toes.</source>
            <extracomment>step ankle-circles: what the person reads</extracomment>
            <translation>Kreisen Sie Ihren Fuß {side} langsam im Fußgelenk, oder schreiben Sie mit den Zehen die Buchstaben des Alphabets in die Luft.</translation>
        </message>
        <message>
            <source>Support their {side} foot from underneath and slowly circle it at the ankle. Or ask them to trace letters in the air with their toes.</source>
            <extracomment>step ankle-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Stützen Sie ihren Fuß {side} von unten, und kreisen Sie ihn langsam im Fußgelenk. Oder bitten Sie die Person, mit den Zehen Buchstaben in die Luft zu schreiben.</translation>
        </message>
        <message>
            <source>Slowly circle your foot at the ankle, or trace the alphabet in the air with your toes.</source>
            <extracomment>step ankle-circles: what the voice says to the person</extracomment>
            <translation>Kreisen Sie den Fuß langsam im Fußgelenk, oder schreiben Sie mit den Zehen das Alphabet in die Luft.</translation>
        </message>
        <message>
            <source>Support their foot from underneath and slowly circle it at the ankle.</source>
            <extracomment>step ankle-circles: what the voice says to a caregiver</extracomment>
            <translation>Stützen Sie den Fuß der Person von unten, und kreisen Sie ihn langsam im Fußgelenk.</translation>
        </message>
        <message>
            <source>Only as far as it moves easily and comfortably.</source>
            <extracomment>step ankle-circles: a caution, shown and spoken</extracomment>
            <translation>Nur so weit, wie es leicht und angenehm geht.</translation>
        </message>
        <message>
            <source>Closing glides</source>
            <extracomment>step closing-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zum Abschluss streichen</translation>
        </message>
        <message>
            <source>Finish with a few slow glides over the whole foot, from the toes to the ankle.</source>
            <extracomment>step closing-glides: what the person reads</extracomment>
            <translation>Streichen Sie zum Schluss ein paar Mal langsam über den ganzen Fuß, von den Zehen zum Knöchel.</translation>
        </message>
        <message>
            <source>Finish with a few slow glides over their whole foot, from the toes to the ankle.</source>
            <extracomment>step closing-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie zum Schluss ein paar Mal langsam über den ganzen Fuß der Person, von den Zehen zum Knöchel.</translation>
        </message>
        <message>
            <source>To finish this foot, a few slow glides from the toes to the ankle.</source>
            <extracomment>step closing-glides: what the voice says to the person</extracomment>
            <translation>Zum Abschluss dieses Fußes ein paar langsame Streichbewegungen von den Zehen zum Knöchel.</translation>
        </message>
        <message>
            <source>Check again, then socks on</source>
            <extracomment>step after-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Noch einmal schauen, dann Socken an</translation>
        </message>
        <message>
            <source>Look at both feet again, the soles and heels too, for redness, blisters or broken skin. Dry gently between the toes, then put on clean socks and shoes or slippers before you stand up.</source>
            <extracomment>step after-check: what the person reads</extracomment>
            <translation>Schauen Sie sich noch einmal beide Füße an, auch die Sohlen und Fersen: Rötungen, Blasen oder offene Stellen? Trocknen Sie sanft zwischen den Zehen ab, und ziehen Sie dann saubere Socken und Schuhe oder Hausschuhe an, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Look at both their feet again, the soles and heels too, for redness, blisters or broken skin. Dry gently between the toes, then help them into clean socks and shoes or slippers before they stand up.</source>
            <extracomment>step after-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Schauen Sie sich noch einmal beide Füße der Person an, auch die Sohlen und Fersen: Rötungen, Blasen oder offene Stellen? Trocknen Sie sanft zwischen den Zehen ab, und helfen Sie ihr dann in saubere Socken und Schuhe oder Hausschuhe, bevor sie aufsteht.</translation>
        </message>
        <message>
            <source>Last, look at both feet again, the soles and heels too, for redness, blisters or broken skin. Dry between the toes, and put on socks and shoes or slippers before you stand up.</source>
            <extracomment>step after-check: what the voice says to the person</extracomment>
            <translation>Zuletzt schauen Sie sich noch einmal beide Füße an, auch die Sohlen und Fersen: Rötungen, Blasen oder offene Stellen? Trocknen Sie zwischen den Zehen ab, und ziehen Sie Socken und Schuhe oder Hausschuhe an, bevor Sie aufstehen.</translation>
        </message>
        <message>
            <source>Last, look at both their feet again, the soles and heels too, for redness, blisters or broken skin. Dry between the toes, and help with socks and shoes or slippers before they stand up.</source>
            <extracomment>step after-check: what the voice says to a caregiver</extracomment>
            <translation>Zuletzt schauen Sie sich noch einmal beide Füße der Person an, auch die Sohlen und Fersen: Rötungen, Blasen oder offene Stellen? Trocknen Sie zwischen den Zehen ab, und helfen Sie mit Socken und Schuhen oder Hausschuhen, bevor die Person aufsteht.</translation>
        </message>
    </context>
    <context>
        <name>routine:hand-relief</name>
        <message>
            <source>Hand relief</source>
            <extracomment>the routine's title</extracomment>
            <translation>Wohltat für die Hände</translation>
        </message>
        <message>
            <source>Slow circles and glides for the palm, the back of the hand and each finger.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Langsames Kreisen und Streichen für die Handfläche, den Handrücken und jeden Finger.</translation>
        </message>
        <message>
            <source>Skip a hand with a cut, crack, sore or sign of infection.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Lassen Sie eine Hand mit Schnitt, Riss, wunder Stelle oder Zeichen einer Infektion aus.</translation>
        </message>
        <message>
            <source>Leave out a hand or arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Lassen Sie eine Hand oder einen Arm aus, wenn dort ein Port oder Katheter liegt, ein Lymphödem besteht oder Lymphknoten entfernt wurden.</translation>
        </message>
        <message>
            <source>During chemotherapy keep the touch light, with no pressure on tingling areas.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Während der Chemotherapie nur leicht berühren, kein Druck auf kribbelnde Stellen.</translation>
        </message>
        <message>
            <source>Lotion on the {side} hand</source>
            <extracomment>step lotion: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Hand {side} eincremen</translation>
        </message>
        <message>
            <source>Warm a little lotion between your palms and smooth it over your {side} hand, front and back.</source>
            <extracomment>step lotion: what the person reads</extracomment>
            <translation>Wärmen Sie etwas Creme zwischen Ihren Handflächen an, und verteilen Sie sie auf Ihrer Hand {side}, auf Handfläche und Handrücken.</translation>
        </message>
        <message>
            <source>Hold their {side} hand palm-up in yours. Warm a little lotion in your hands and smooth it over the front and back.</source>
            <extracomment>step lotion: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie ihre Hand {side} mit der Handfläche nach oben in Ihrer Hand. Wärmen Sie etwas Creme in Ihren Händen an, und verteilen Sie sie auf Handfläche und Handrücken.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the front and the back.</source>
            <extracomment>step lotion: what the voice says to the person</extracomment>
            <translation>Verteilen Sie etwas Creme auf Handfläche und Handrücken.</translation>
        </message>
        <message>
            <source>Hold it palm-up in yours and smooth on a little lotion, front and back.</source>
            <extracomment>step lotion: what the voice says to a caregiver</extracomment>
            <translation>Halten Sie die Hand mit der Handfläche nach oben in Ihrer Hand, und verteilen Sie etwas Creme auf Handfläche und Handrücken.</translation>
        </message>
        <message>
            <source>Thumb circles on the palm</source>
            <extracomment>step palm-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Daumenkreise in der Handfläche</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over the palm, from the heel of the hand toward the fingers.</source>
            <extracomment>step palm-circles: what the person reads</extracomment>
            <translation>Machen Sie mit dem Daumen kleine, langsame Kreise in der Handfläche, vom Handballen in Richtung Finger.</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumbs over their palm, from the heel of the hand toward the fingers. Keep it light: numb skin cannot tell you when it is too much.</source>
            <extracomment>step palm-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Machen Sie mit den Daumen kleine, langsame Kreise in ihrer Handfläche, vom Handballen in Richtung Finger. Nur leicht: Taube Haut spürt nicht, wann es zu viel ist.</translation>
        </message>
        <message>
            <source>Small, slow thumb circles over your palm, moving toward the fingers.</source>
            <extracomment>step palm-circles: what the voice says to the person</extracomment>
            <translation>Kleine, langsame Daumenkreise in der Handfläche, in Richtung Finger.</translation>
        </message>
        <message>
            <source>Small, slow thumb circles over their palm, moving toward the fingers. Keep it light.</source>
            <extracomment>step palm-circles: what the voice says to a caregiver</extracomment>
            <translation>Kleine, langsame Daumenkreise in der Handfläche der Person, in Richtung Finger. Nur leicht.</translation>
        </message>
        <message>
            <source>Stop if it stings or burns.</source>
            <extracomment>step palm-circles: a caution, shown and spoken</extracomment>
            <translation>Hören Sie auf, wenn es sticht oder brennt.</translation>
        </message>
        <message>
            <source>Glide along the back of the hand</source>
            <extracomment>step back-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Über den Handrücken streichen</translation>
        </message>
        <message>
            <source>Turn your hand over. With your thumb, glide slowly up each groove between the tendons to the knuckles, one groove at a time.</source>
            <extracomment>step back-glides: what the person reads</extracomment>
            <translation>Drehen Sie die Hand um. Streichen Sie mit dem Daumen langsam jede Rille zwischen den Sehnen entlang bis zu den Fingerknöcheln, eine Rille nach der anderen.</translation>
        </message>
        <message>
            <source>Turn their hand over. With your thumb, glide slowly up each groove between the tendons to the knuckles, one groove at a time.</source>
            <extracomment>step back-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Drehen Sie ihre Hand um. Streichen Sie mit dem Daumen langsam jede Rille zwischen den Sehnen entlang bis zu den Fingerknöcheln, eine Rille nach der anderen.</translation>
        </message>
        <message>
            <source>Turn your hand over. Glide your thumb up each groove between the tendons, to the knuckles.</source>
            <extracomment>step back-glides: what the voice says to the person</extracomment>
            <translation>Drehen Sie die Hand um. Streichen Sie mit dem Daumen jede Rille zwischen den Sehnen entlang, bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Turn their hand over. Glide your thumb up each groove between the tendons, to the knuckles.</source>
            <extracomment>step back-glides: what the voice says to a caregiver</extracomment>
            <translation>Drehen Sie die Hand der Person um. Streichen Sie mit dem Daumen jede Rille zwischen den Sehnen entlang, bis zu den Fingerknöcheln.</translation>
        </message>
        <message>
            <source>Stroke each finger</source>
            <extracomment>step fingers: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Jeden Finger ausstreichen</translation>
        </message>
        <message>
            <source>Hold each finger in turn and stroke it gently from the base to the tip. Start with the thumb.</source>
            <extracomment>step fingers: what the person reads</extracomment>
            <translation>Halten Sie nacheinander jeden Finger, und streichen Sie ihn sanft vom Ansatz bis zur Spitze aus. Beginnen Sie mit dem Daumen.</translation>
        </message>
        <message>
            <source>Hold each of their fingers in turn and stroke it gently from the base to the tip. Start with the thumb.</source>
            <extracomment>step fingers: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie nacheinander jeden Finger der Person, und streichen Sie ihn sanft vom Ansatz bis zur Spitze aus. Beginnen Sie mit dem Daumen.</translation>
        </message>
        <message>
            <source>Stroke each finger gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step fingers: what the voice says to the person</extracomment>
            <translation>Streichen Sie jeden Finger sanft vom Ansatz bis zur Spitze aus, beginnend mit dem Daumen.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step fingers: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie jeden Finger der Person sanft vom Ansatz bis zur Spitze aus, beginnend mit dem Daumen.</translation>
        </message>
        <message>
            <source>Gentle pinch of the web</source>
            <extracomment>step web-pinch: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Hautfalte sanft drücken</translation>
        </message>
        <message>
            <source>Hold the soft web between your thumb and index finger with your other thumb and finger. Squeeze gently, let go, and repeat.</source>
            <extracomment>step web-pinch: what the person reads</extracomment>
            <translation>Fassen Sie die weiche Hautfalte zwischen Daumen und Zeigefinger mit Daumen und Finger der anderen Hand. Drücken Sie sanft, lassen Sie los, und wiederholen Sie das.</translation>
        </message>
        <message>
            <source>Hold the soft web between their thumb and index finger. Squeeze gently, let go, and repeat.</source>
            <extracomment>step web-pinch: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Fassen Sie die weiche Hautfalte zwischen Daumen und Zeigefinger der Person. Drücken Sie sanft, lassen Sie los, und wiederholen Sie das.</translation>
        </message>
        <message>
            <source>Gently squeeze the soft web between your thumb and index finger, then let go.</source>
            <extracomment>step web-pinch: what the voice says to the person</extracomment>
            <translation>Drücken Sie sanft die weiche Hautfalte zwischen Daumen und Zeigefinger, dann lassen Sie los.</translation>
        </message>
        <message>
            <source>Gently squeeze the soft web between their thumb and index finger, then let go.</source>
            <extracomment>step web-pinch: what the voice says to a caregiver</extracomment>
            <translation>Drücken Sie sanft die weiche Hautfalte zwischen Daumen und Zeigefinger der Person, dann lassen Sie los.</translation>
        </message>
        <message>
            <source>Closing glides</source>
            <extracomment>step closing-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zum Abschluss streichen</translation>
        </message>
        <message>
            <source>Finish with slow glides from the fingertips back to the wrist.</source>
            <extracomment>step closing-glides: what the person reads</extracomment>
            <translation>Streichen Sie zum Schluss langsam von den Fingerspitzen zurück zum Handgelenk.</translation>
        </message>
        <message>
            <source>Finish with slow glides from their fingertips back to the wrist.</source>
            <extracomment>step closing-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie zum Schluss langsam von den Fingerspitzen der Person zurück zum Handgelenk.</translation>
        </message>
        <message>
            <source>To finish this hand, slow glides from the fingertips to the wrist.</source>
            <extracomment>step closing-glides: what the voice says to the person</extracomment>
            <translation>Zum Abschluss dieser Hand langsame Streichbewegungen von den Fingerspitzen zum Handgelenk.</translation>
        </message>
    </context>
    <context>
        <name>routine:pressure-points</name>
        <message>
            <source>Pressure-point relaxation</source>
            <extracomment>the routine's title</extracomment>
            <translation>Entspannung mit Druckpunkten</translation>
        </message>
        <message>
            <source>Rest gentle, still pressure on a few comfortable spots on each sole, then let go. For relaxation.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Sanfter, ruhiger Druck auf ein paar angenehme Stellen an jeder Sohle, dann loslassen. Zur Entspannung.</translation>
        </message>
        <message>
            <source>Relaxation only: these spots are not linked to organs and do not treat illness.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Nur zur Entspannung: Diese Stellen sind nicht mit Organen verbunden und behandeln keine Krankheit.</translation>
        </message>
        <message>
            <source>Use a fingertip only, never a tool, and press lighter on numb skin.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Nur mit der Fingerspitze, nie mit einem Gegenstand, und auf tauber Haut leichter drücken.</translation>
        </message>
        <message>
            <source>Skip it with a fracture, a wound, gout, a clot or low platelets.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Lassen Sie es weg bei einem Knochenbruch, einer Wunde, Gicht, einem Blutgerinnsel oder wenigen Blutplättchen.</translation>
        </message>
        <message>
            <source>Pregnant? Ask your midwife or doctor before using pressure points.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Schwanger? Fragen Sie Ihre Hebamme oder Ihren Arzt, bevor Sie Druckpunkte nutzen.</translation>
        </message>
        <message>
            <source>Settle the {side} foot</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fuß {side} zurechtlegen</translation>
        </message>
        <message>
            <source>Rest your {side} foot across your knee or on a cushion. Breathe out slowly and stroke the sole a few times, so it gets used to your touch.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Legen Sie Ihren Fuß {side} über das Knie oder auf ein Kissen. Atmen Sie langsam aus, und streichen Sie ein paar Mal über die Sohle, damit sie sich an Ihre Berührung gewöhnt.</translation>
        </message>
        <message>
            <source>Rest their {side} foot on a cushion in your lap. Stroke the sole a few times, so it gets used to your touch, and ask them to breathe out slowly.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie ihren Fuß {side} auf ein Kissen in Ihrem Schoß. Streichen Sie ein paar Mal über die Sohle, damit sie sich an Ihre Berührung gewöhnt, und bitten Sie die Person, langsam auszuatmen.</translation>
        </message>
        <message>
            <source>Rest your foot comfortably, breathe out slowly, and stroke the sole a few times.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Legen Sie den Fuß bequem hin, atmen Sie langsam aus, und streichen Sie ein paar Mal über die Sohle.</translation>
        </message>
        <message>
            <source>Rest their {side} foot comfortably and stroke the sole a few times. Ask them to breathe out slowly.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Legen Sie ihren Fuß {side} bequem hin, und streichen Sie ein paar Mal über die Sohle. Bitten Sie die Person, langsam auszuatmen.</translation>
        </message>
        <message>
            <source>Below the ball of the foot</source>
            <extracomment>step ball: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Unter dem Fußballen</translation>
        </message>
        <message>
            <source>Find the soft hollow just below the ball of the foot. Rest a fingertip there with gentle, still pressure. Breathe slowly, then ease off.</source>
            <extracomment>step ball: what the person reads</extracomment>
            <translation>Suchen Sie die weiche Mulde direkt unter dem Fußballen. Legen Sie eine Fingerspitze mit sanftem, ruhigem Druck darauf. Atmen Sie langsam, dann lassen Sie nach.</translation>
        </message>
        <message>
            <source>Find the soft hollow just below the ball of their foot. Rest a fingertip there with gentle, still pressure, then ease off. Keep it as light as smoothing on lotion: a numb foot cannot tell you when it is too much.</source>
            <extracomment>step ball: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Suchen Sie die weiche Mulde direkt unter dem Fußballen der Person. Legen Sie eine Fingerspitze mit sanftem, ruhigem Druck darauf, dann lassen Sie nach. Drücken Sie so leicht wie beim Eincremen: Ein tauber Fuß spürt nicht, wann es zu viel ist.</translation>
        </message>
        <message>
            <source>Rest a fingertip in the soft hollow below the ball of your foot. Gentle, still pressure, and breathe slowly.</source>
            <extracomment>step ball: what the voice says to the person</extracomment>
            <translation>Legen Sie eine Fingerspitze in die weiche Mulde unter dem Fußballen. Sanfter, ruhiger Druck, und atmen Sie langsam.</translation>
        </message>
        <message>
            <source>Rest a fingertip in the soft hollow below the ball of their foot. Gentle, still pressure.</source>
            <extracomment>step ball: what the voice says to a caregiver</extracomment>
            <translation>Legen Sie eine Fingerspitze in die weiche Mulde unter dem Fußballen der Person. Sanfter, ruhiger Druck.</translation>
        </message>
        <message>
            <source>The middle of the arch</source>
            <extracomment>step arch: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Mitte des Fußgewölbes</translation>
        </message>
        <message>
            <source>Move to the middle of the arch, on the inner side of the sole. Rest your fingertip there gently, then ease off.</source>
            <extracomment>step arch: what the person reads</extracomment>
            <translation>Gehen Sie zur Mitte des Fußgewölbes, an der Innenseite der Sohle. Legen Sie die Fingerspitze sanft darauf, dann lassen Sie nach.</translation>
        </message>
        <message>
            <source>Move to the middle of their arch, on the inner side of the sole. Rest your fingertip there gently, then ease off.</source>
            <extracomment>step arch: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Gehen Sie zur Mitte ihres Fußgewölbes, an der Innenseite der Sohle. Legen Sie die Fingerspitze sanft darauf, dann lassen Sie nach.</translation>
        </message>
        <message>
            <source>Now the middle of the arch. Gentle, still pressure, then ease off.</source>
            <extracomment>step arch: what the voice says to the person</extracomment>
            <translation>Jetzt die Mitte des Fußgewölbes. Sanfter, ruhiger Druck, dann nachlassen.</translation>
        </message>
        <message>
            <source>Now the middle of their arch. Gentle, still pressure, then ease off.</source>
            <extracomment>step arch: what the voice says to a caregiver</extracomment>
            <translation>Jetzt die Mitte des Fußgewölbes der Person. Sanfter, ruhiger Druck, dann nachlassen.</translation>
        </message>
        <message>
            <source>The centre of the heel</source>
            <extracomment>step heel: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Die Mitte der Ferse</translation>
        </message>
        <message>
            <source>Cup the heel and rest your thumb on its centre with gentle pressure. Breathe out slowly.</source>
            <extracomment>step heel: what the person reads</extracomment>
            <translation>Umfassen Sie die Ferse, und legen Sie den Daumen mit sanftem Druck auf ihre Mitte. Atmen Sie langsam aus.</translation>
        </message>
        <message>
            <source>Cup their heel and rest your thumb on its centre with gentle pressure. Ask them to breathe out slowly.</source>
            <extracomment>step heel: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Umfassen Sie die Ferse der Person, und legen Sie den Daumen mit sanftem Druck auf ihre Mitte. Bitten Sie die Person, langsam auszuatmen.</translation>
        </message>
        <message>
            <source>Cup your heel and rest your thumb on its centre. Breathe out slowly.</source>
            <extracomment>step heel: what the voice says to the person</extracomment>
            <translation>Umfassen Sie Ihre Ferse, und legen Sie den Daumen auf ihre Mitte. Atmen Sie langsam aus.</translation>
        </message>
        <message>
            <source>Cup their heel and rest your thumb on its centre, gently.</source>
            <extracomment>step heel: what the voice says to a caregiver</extracomment>
            <translation>Umfassen Sie die Ferse der Person, und legen Sie den Daumen sanft auf ihre Mitte.</translation>
        </message>
        <message>
            <source>Stroke the sole to finish</source>
            <extracomment>step closing: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zum Abschluss die Sohle ausstreichen</translation>
        </message>
        <message>
            <source>Finish with slow strokes from the toes to the heel, then rest the foot down.</source>
            <extracomment>step closing: what the person reads</extracomment>
            <translation>Streichen Sie zum Schluss langsam von den Zehen zur Ferse, dann legen Sie den Fuß ab.</translation>
        </message>
        <message>
            <source>Finish with slow strokes from their toes to the heel, then rest the foot down.</source>
            <extracomment>step closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie zum Schluss langsam von den Zehen der Person zur Ferse, dann legen Sie den Fuß ab.</translation>
        </message>
        <message>
            <source>To finish, slow strokes from the toes to the heel, then rest your foot down.</source>
            <extracomment>step closing: what the voice says to the person</extracomment>
            <translation>Streichen Sie zum Schluss langsam von den Zehen zur Ferse, dann legen Sie Ihren Fuß ab.</translation>
        </message>
        <message>
            <source>To finish, slow strokes from the toes to the heel, then rest their foot down.</source>
            <extracomment>step closing: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie zum Schluss langsam von den Zehen zur Ferse, dann legen Sie den Fuß der Person ab.</translation>
        </message>
    </context>
    <context>
        <name>routine:resting-touch</name>
        <message>
            <source>Resting touch</source>
            <extracomment>the routine's title</extracomment>
            <translation>Ruhende Hände</translation>
        </message>
        <message>
            <source>When even light strokes hurt: a warm, still hand resting on each foot and each hand. No movement, no pressure.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Wenn selbst leichtes Streichen wehtut: eine warme, ruhige Hand, die auf jedem Fuß und jeder Hand liegt. Keine Bewegung, kein Druck.</translation>
        </message>
        <message>
            <source>If even a resting hand hurts, lift it away and leave that foot or hand out today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Wenn selbst eine ruhende Hand wehtut, nehmen Sie sie weg, und lassen Sie diesen Fuß oder diese Hand heute aus.</translation>
        </message>
        <message>
            <source>Skip a foot or hand with a cut, blister, crack, sore or sign of infection.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Lassen Sie einen Fuß oder eine Hand mit Schnitt, Blase, Riss, wunder Stelle oder Zeichen einer Infektion aus.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot or leg: no touch; call your foot clinic or doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Fuß oder Bein gerötet, heiß oder geschwollen: keine Berührung. Rufen Sie sofort Ihre Fußambulanz oder Ihren Arzt an.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zur Ruhe kommen</translation>
        </message>
        <message>
            <source>Sit or lie back comfortably, feet supported. Rest your hands on your thighs and breathe out slowly a few times. Nothing will move over the skin: the hands only rest.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Sitzen oder liegen Sie bequem zurückgelehnt, die Füße gestützt. Legen Sie die Hände auf die Oberschenkel, und atmen Sie ein paar Mal langsam aus. Nichts bewegt sich über die Haut: Die Hände liegen nur auf.</translation>
        </message>
        <message>
            <source>Help them sit or lie back comfortably, feet supported. Warm your hands. Nothing will move over the skin: your hands only rest, and they tell you to stop if anything hurts.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, bequem zurückgelehnt zu sitzen oder zu liegen, die Füße gestützt. Wärmen Sie Ihre Hände. Nichts bewegt sich über die Haut: Ihre Hände liegen nur auf, und die Person sagt Stopp, wenn etwas wehtut.</translation>
        </message>
        <message>
            <source>Sit back comfortably, rest your hands on your thighs, and breathe out slowly. The hands will only rest.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Lehnen Sie sich bequem zurück, legen Sie die Hände auf die Oberschenkel, und atmen Sie langsam aus. Die Hände liegen nur auf.</translation>
        </message>
        <message>
            <source>Help them sit back comfortably and warm your hands. Your hands will only rest, and they tell you to stop if anything hurts.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, sich bequem zurückzulehnen, und wärmen Sie Ihre Hände. Ihre Hände liegen nur auf, und die Person sagt Stopp, wenn etwas wehtut.</translation>
        </message>
        <message>
            <source>Rest a hand on the {side} foot</source>
            <extracomment>step rest-foot: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Hand ruhen lassen: Fuß {side}</translation>
        </message>
        <message>
            <source>Lay one hand softly over the top of your {side} foot. Let it lie there, warm and still, with no pressure at all, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the person reads</extracomment>
            <translation>Legen Sie eine Hand sanft oben auf Ihren Fuß {side}. Lassen Sie sie dort liegen, warm und still, ganz ohne Druck, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Lay one hand softly over the top of their {side} foot. Let it lie there, warm and still, with no pressure at all, for a few slow breaths.</source>
            <extracomment>step rest-foot: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie eine Hand sanft oben auf ihren Fuß {side}. Lassen Sie sie dort liegen, warm und still, ganz ohne Druck, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Lay a hand softly over the top of your foot. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the voice says to the person</extracomment>
            <translation>Legen Sie eine Hand sanft oben auf den Fuß. Lassen Sie sie dort liegen, warm und still, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Lay a hand softly over the top of their foot, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the voice says to a caregiver</extracomment>
            <translation>Legen Sie eine Hand sanft oben auf den Fuß der Person, warm und still, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>If it hurts, lift your hand away.</source>
            <extracomment>step rest-foot: a caution, shown and spoken</extracomment>
            <translation>Wenn es wehtut, nehmen Sie die Hand weg.</translation>
        </message>
        <message>
            <source>If it hurts them, lift your hand away.</source>
            <extracomment>step rest-foot: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Wenn es der Person wehtut, nehmen Sie Ihre Hand weg.</translation>
        </message>
        <message>
            <source>Rest on the {side} hand</source>
            <extracomment>step rest-hand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Hand ruhen lassen: Hand {side}</translation>
        </message>
        <message>
            <source>Lay your other hand softly over the back of your {side} hand. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the person reads</extracomment>
            <translation>Legen Sie die andere Hand sanft auf den Handrücken der Hand {side}. Lassen Sie sie dort liegen, warm und still, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Lay your hand softly over the back of their {side} hand. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie Ihre Hand sanft auf den Handrücken ihrer Hand {side}. Lassen Sie sie dort liegen, warm und still, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Lay your other hand softly over the back of this hand, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the voice says to the person</extracomment>
            <translation>Legen Sie die andere Hand sanft auf den Handrücken dieser Hand, warm und still, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Lay your hand softly over the back of their hand, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the voice says to a caregiver</extracomment>
            <translation>Legen Sie Ihre Hand sanft auf den Handrücken der Person, warm und still, einige langsame Atemzüge lang.</translation>
        </message>
        <message>
            <source>Rest, then finish</source>
            <extracomment>step close: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ausruhen und beenden</translation>
        </message>
        <message>
            <source>Rest your hands in your lap and breathe out slowly. Notice how your feet and hands feel now.</source>
            <extracomment>step close: what the person reads</extracomment>
            <translation>Legen Sie die Hände in den Schoß, und atmen Sie langsam aus. Spüren Sie, wie sich Ihre Füße und Hände jetzt anfühlen.</translation>
        </message>
        <message>
            <source>Rest your hands in your lap and let them breathe out slowly. Ask how their feet and hands feel now.</source>
            <extracomment>step close: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie Ihre Hände in den Schoß, und lassen Sie die Person langsam ausatmen. Fragen Sie, wie sich ihre Füße und Hände jetzt anfühlen.</translation>
        </message>
        <message>
            <source>Rest your hands and let them breathe out slowly. Ask how their feet and hands feel now.</source>
            <extracomment>step close: what the voice says to a caregiver</extracomment>
            <translation>Lassen Sie Ihre Hände ruhen, und lassen Sie die Person langsam ausatmen. Fragen Sie, wie sich ihre Füße und Hände jetzt anfühlen.</translation>
        </message>
    </context>
    <context>
        <name>routine:swedish-strokes</name>
        <message>
            <source>Gentle strokes, given by a caregiver</source>
            <extracomment>the routine's title</extracomment>
            <translation>Sanftes Streichen durch eine Pflegeperson</translation>
        </message>
        <message>
            <source>Long gliding strokes, light kneading and gentle friction for the legs, feet, forearms and hands.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Lange Streichbewegungen, leichtes Kneten und sanftes Reiben für Beine, Füße, Unterarme und Hände.</translation>
        </message>
        <message>
            <source>Pressure no firmer than smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Nicht fester drücken als beim Eincremen: Taube Haut spürt nicht, wann es zu viel ist.</translation>
        </message>
        <message>
            <source>Not over a leg that is swollen, painful or warm, or that has a clot.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Nicht an einem Bein, das geschwollen, schmerzhaft oder warm ist oder ein Blutgerinnsel hat.</translation>
        </message>
        <message>
            <source>Leave out an arm with a port, a line, lymphoedema or lymph nodes removed, and any area that had radiotherapy.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Lassen Sie einen Arm aus, wenn dort ein Port oder Katheter liegt, ein Lymphödem besteht oder Lymphknoten entfernt wurden, ebenso jede Stelle, die bestrahlt wurde.</translation>
        </message>
        <message>
            <source>With low platelets, easy bruising or blood thinners: light touch only, and ask the care team first.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Bei wenigen Blutplättchen, Neigung zu blauen Flecken oder Blutverdünnern: nur leicht berühren, und fragen Sie vorher das Behandlungsteam.</translation>
        </message>
        <message>
            <source>Settle in and agree on pressure</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zur Ruhe kommen, Druck absprechen</translation>
        </message>
        <message>
            <source>Sit comfortably with your legs supported. Agree with your helper that you will say at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Sitzen Sie bequem, die Beine gestützt. Vereinbaren Sie mit Ihrer Pflegeperson, dass Sie sofort Bescheid sagen, wenn etwas wehtut, brennt oder sich zu fest anfühlt.</translation>
        </message>
        <message>
            <source>Help them sit comfortably with their legs supported. Agree that they will tell you at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, bequem zu sitzen, die Beine gestützt. Vereinbaren Sie, dass sie Ihnen sofort Bescheid sagt, wenn etwas wehtut, brennt oder sich zu fest anfühlt.</translation>
        </message>
        <message>
            <source>Sit comfortably with your legs supported, and agree to say at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Sitzen Sie bequem, die Beine gestützt. Vereinbaren Sie, sofort Bescheid zu sagen, wenn etwas wehtut, brennt oder sich zu fest anfühlt.</translation>
        </message>
        <message>
            <source>Help them sit comfortably, legs supported. Agree they will tell you at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, bequem zu sitzen, die Beine gestützt. Vereinbaren Sie, dass die Person sofort Bescheid sagt, wenn etwas wehtut, brennt oder sich zu fest anfühlt.</translation>
        </message>
        <message>
            <source>Long glides up the {side} leg</source>
            <extracomment>step leg-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Lange Streichbewegungen, Bein {side}</translation>
        </message>
        <message>
            <source>Your helper glides both hands slowly from your ankle up toward the knee, then lets them float back down lightly.</source>
            <extracomment>step leg-glides: what the person reads</extracomment>
            <translation>Ihre Pflegeperson streicht mit beiden Händen langsam von Ihrem Knöchel hinauf zum Knie und lässt die Hände dann leicht zurückgleiten.</translation>
        </message>
        <message>
            <source>Glide both hands slowly from their {side} ankle up toward the knee, then let them float back down lightly. Keep the pressure like smoothing on lotion.</source>
            <extracomment>step leg-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Streichen Sie am Bein {side} mit beiden Händen langsam vom Knöchel hinauf zum Knie, und lassen Sie die Hände dann leicht zurückgleiten. Drücken Sie nur so fest wie beim Eincremen.</translation>
        </message>
        <message>
            <source>Long, slow glides from the ankle up toward the knee.</source>
            <extracomment>step leg-glides: what the voice says to the person</extracomment>
            <translation>Lange, langsame Streichbewegungen vom Knöchel hinauf zum Knie.</translation>
        </message>
        <message>
            <source>Long, slow glides with both hands, from the ankle up toward the knee.</source>
            <extracomment>step leg-glides: what the voice says to a caregiver</extracomment>
            <translation>Lange, langsame Streichbewegungen mit beiden Händen, vom Knöchel hinauf zum Knie.</translation>
        </message>
        <message>
            <source>Light kneading of the calf</source>
            <extracomment>step leg-kneading: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Wade leicht kneten</translation>
        </message>
        <message>
            <source>Your helper lifts and gently squeezes the soft calf muscle, like kneading soft dough, working up the leg.</source>
            <extracomment>step leg-kneading: what the person reads</extracomment>
            <translation>Ihre Pflegeperson hebt den weichen Wadenmuskel leicht an und drückt ihn sanft, wie beim Kneten von weichem Teig, und arbeitet sich so am Bein hinauf.</translation>
        </message>
        <message>
            <source>Lift and gently squeeze the soft calf muscle, like kneading soft dough, working up the leg. Keep it as light as smoothing on lotion.</source>
            <extracomment>step leg-kneading: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Heben Sie den weichen Wadenmuskel leicht an, und drücken Sie ihn sanft, wie beim Kneten von weichem Teig. Arbeiten Sie sich so am Bein hinauf. So leicht wie beim Eincremen.</translation>
        </message>
        <message>
            <source>Light kneading of the calf, working up the leg.</source>
            <extracomment>step leg-kneading: what the voice says to the person</extracomment>
            <translation>Leichtes Kneten der Wade, am Bein hinauf.</translation>
        </message>
        <message>
            <source>Lightly knead the soft calf muscle, working up the leg.</source>
            <extracomment>step leg-kneading: what the voice says to a caregiver</extracomment>
            <translation>Kneten Sie leicht den weichen Wadenmuskel, am Bein hinauf.</translation>
        </message>
        <message>
            <source>Never on the shin bone.</source>
            <extracomment>step leg-kneading: a caution, shown and spoken</extracomment>
            <translation>Nie auf dem Schienbein.</translation>
        </message>
        <message>
            <source>Stay off the shin bone: knead only the soft calf.</source>
            <extracomment>step leg-kneading: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Nicht auf das Schienbein: Kneten Sie nur die weiche Wade.</translation>
        </message>
        <message>
            <source>Gentle friction over the top of the foot</source>
            <extracomment>step foot-friction: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sanftes Reiben über den Fußrücken</translation>
        </message>
        <message>
            <source>Your helper rubs lightly over the top of your foot with the flat of the fingers, in small back-and-forth movements.</source>
            <extracomment>step foot-friction: what the person reads</extracomment>
            <translation>Ihre Pflegeperson reibt mit flachen Fingern leicht über Ihren Fußrücken, in kleinen Hin-und-her-Bewegungen.</translation>
        </message>
        <message>
            <source>Rub lightly over the top of their foot with the flat of your fingers, in small back-and-forth movements. Keep it gentle.</source>
            <extracomment>step foot-friction: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Reiben Sie mit flachen Fingern leicht über den Fußrücken der Person, in kleinen Hin-und-her-Bewegungen. Ganz sanft.</translation>
        </message>
        <message>
            <source>Gentle friction over the top of the foot.</source>
            <extracomment>step foot-friction: what the voice says to the person</extracomment>
            <translation>Sanftes Reiben über den Fußrücken.</translation>
        </message>
        <message>
            <source>Gentle friction with the flat of your fingers, over the top of their foot.</source>
            <extracomment>step foot-friction: what the voice says to a caregiver</extracomment>
            <translation>Sanftes Reiben mit flachen Fingern über den Fußrücken der Person.</translation>
        </message>
        <message>
            <source>Gentle friction over the sole</source>
            <extracomment>step sole-friction: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sanftes Reiben über die Sohle</translation>
        </message>
        <message>
            <source>Then the same light, small movements over the sole, from the ball of the foot to the heel.</source>
            <extracomment>step sole-friction: what the person reads</extracomment>
            <translation>Dann die gleichen leichten, kleinen Bewegungen über die Sohle, vom Fußballen bis zur Ferse.</translation>
        </message>
        <message>
            <source>Then the same light, small movements over their sole, from the ball of the foot to the heel. A numb sole cannot tell you when it is too much: keep it gentle.</source>
            <extracomment>step sole-friction: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Dann die gleichen leichten, kleinen Bewegungen über ihre Sohle, vom Fußballen bis zur Ferse. Eine taube Sohle spürt nicht, wann es zu viel ist: ganz sanft.</translation>
        </message>
        <message>
            <source>Now the same gentle friction over the sole, from the ball of the foot to the heel.</source>
            <extracomment>step sole-friction: what the voice says to the person</extracomment>
            <translation>Jetzt das gleiche sanfte Reiben über die Sohle, vom Fußballen bis zur Ferse.</translation>
        </message>
        <message>
            <source>Now the same gentle friction over their sole, from the ball of the foot to the heel. Keep it gentle.</source>
            <extracomment>step sole-friction: what the voice says to a caregiver</extracomment>
            <translation>Jetzt das gleiche sanfte Reiben über die Sohle der Person, vom Fußballen bis zur Ferse. Ganz sanft.</translation>
        </message>
        <message>
            <source>Glides again to finish</source>
            <extracomment>step leg-closing: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Zum Abschluss noch einmal streichen</translation>
        </message>
        <message>
            <source>Your helper finishes the leg with slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what the person reads</extracomment>
            <translation>Ihre Pflegeperson beendet das Bein mit langsamen, leichten Streichbewegungen von den Zehen bis zum Knie.</translation>
        </message>
        <message>
            <source>Finish their {side} leg with slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Beenden Sie ihr Bein {side} mit langsamen, leichten Streichbewegungen von den Zehen bis zum Knie.</translation>
        </message>
        <message>
            <source>To finish this leg, slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what the voice says to the person</extracomment>
            <translation>Zum Abschluss dieses Beins langsame, leichte Streichbewegungen von den Zehen bis zum Knie.</translation>
        </message>
        <message>
            <source>Long glides along the {side} forearm</source>
            <extracomment>step arm-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Lange Streichbewegungen, Unterarm {side}</translation>
        </message>
        <message>
            <source>Your helper glides slowly from your wrist toward the elbow, then lets their hands float back.</source>
            <extracomment>step arm-glides: what the person reads</extracomment>
            <translation>Ihre Pflegeperson streicht langsam von Ihrem Handgelenk zum Ellbogen und lässt die Hände dann zurückgleiten.</translation>
        </message>
        <message>
            <source>Support their {side} forearm on a pillow. Glide slowly from the wrist toward the elbow, then let your hands float back.</source>
            <extracomment>step arm-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Legen Sie ihren Unterarm {side} auf ein Kissen. Streichen Sie langsam vom Handgelenk zum Ellbogen, und lassen Sie Ihre Hände dann zurückgleiten.</translation>
        </message>
        <message>
            <source>Long, slow glides from the wrist toward the elbow.</source>
            <extracomment>step arm-glides: what the voice says to the person</extracomment>
            <translation>Lange, langsame Streichbewegungen vom Handgelenk zum Ellbogen.</translation>
        </message>
        <message>
            <source>Light kneading of the forearm</source>
            <extracomment>step arm-kneading: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Unterarm leicht kneten</translation>
        </message>
        <message>
            <source>Your helper gently squeezes and releases along the soft part of your forearm.</source>
            <extracomment>step arm-kneading: what the person reads</extracomment>
            <translation>Ihre Pflegeperson drückt sanft den weichen Teil Ihres Unterarms und lässt wieder los, am Arm entlang.</translation>
        </message>
        <message>
            <source>Gently squeeze and release along the soft part of their forearm, working toward the elbow.</source>
            <extracomment>step arm-kneading: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Drücken Sie sanft den weichen Teil ihres Unterarms, und lassen Sie wieder los, am Arm entlang in Richtung Ellbogen.</translation>
        </message>
        <message>
            <source>Light kneading along the forearm.</source>
            <extracomment>step arm-kneading: what the voice says to the person</extracomment>
            <translation>Leichtes Kneten am Unterarm entlang.</translation>
        </message>
        <message>
            <source>Light kneading along their forearm, working toward the elbow.</source>
            <extracomment>step arm-kneading: what the voice says to a caregiver</extracomment>
            <translation>Leichtes Kneten am Unterarm der Person entlang, in Richtung Ellbogen.</translation>
        </message>
        <message>
            <source>Glides over the hand</source>
            <extracomment>step hand-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Über die Hand streichen</translation>
        </message>
        <message>
            <source>Your helper holds your hand and glides their thumbs up the grooves on the back of the hand to the knuckles, then strokes each finger to its tip.</source>
            <extracomment>step hand-glides: what the person reads</extracomment>
            <translation>Ihre Pflegeperson hält Ihre Hand, streicht mit den Daumen die Rillen auf dem Handrücken entlang bis zu den Fingerknöcheln und streicht dann jeden Finger bis zur Spitze aus.</translation>
        </message>
        <message>
            <source>Hold their hand and glide your thumbs up the grooves on the back of the hand to the knuckles, then stroke each finger to its tip.</source>
            <extracomment>step hand-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Halten Sie ihre Hand, streichen Sie mit den Daumen die Rillen auf dem Handrücken entlang bis zu den Fingerknöcheln, und streichen Sie dann jeden Finger bis zur Spitze aus.</translation>
        </message>
        <message>
            <source>Thumb glides over the back of the hand, then each finger to its tip.</source>
            <extracomment>step hand-glides: what the voice says to the person</extracomment>
            <translation>Streichen mit den Daumen über den Handrücken, dann jeden Finger bis zur Spitze.</translation>
        </message>
        <message>
            <source>Glide your thumbs over the back of their hand, then stroke each finger to its tip.</source>
            <extracomment>step hand-glides: what the voice says to a caregiver</extracomment>
            <translation>Streichen Sie mit den Daumen über den Handrücken der Person, dann streichen Sie jeden Finger bis zur Spitze aus.</translation>
        </message>
        <message>
            <source>Your helper finishes with slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what the person reads</extracomment>
            <translation>Ihre Pflegeperson beendet mit langsamen, leichten Streichbewegungen von der Hand bis zum Ellbogen.</translation>
        </message>
        <message>
            <source>Finish their {side} arm with slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Beenden Sie ihren Arm {side} mit langsamen, leichten Streichbewegungen von der Hand bis zum Ellbogen.</translation>
        </message>
        <message>
            <source>To finish this arm, slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what the voice says to the person</extracomment>
            <translation>Zum Abschluss dieses Arms langsame, leichte Streichbewegungen von der Hand bis zum Ellbogen.</translation>
        </message>
    </context>
    <context>
        <name>routine:warm-up</name>
        <message>
            <source>Warm-up</source>
            <extracomment>the routine's title</extracomment>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>About a minute before you start: slow breaths, warm your hands, loosen your wrists.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Etwa eine Minute vor dem Beginn: langsam atmen, die Hände wärmen, die Handgelenke lockern.</translation>
        </message>
        <message>
            <source>Seated, slow and easy: only as far as your wrists move comfortably.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Im Sitzen, langsam und locker: nur so weit, wie sich Ihre Handgelenke angenehm bewegen lassen.</translation>
        </message>
        <message>
            <source>Warm your hands by rubbing them, never with a heater or hot water on numb skin.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Wärmen Sie die Hände durch Aneinanderreiben, nie mit einem Heizgerät oder heißem Wasser auf tauber Haut.</translation>
        </message>
        <message>
            <source>Slow breaths</source>
            <extracomment>step breathe: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Langsam atmen</translation>
        </message>
        <message>
            <source>Sit back in a steady chair. Breathe in through your nose, and out slowly through your mouth, three times.</source>
            <extracomment>step breathe: what the person reads</extracomment>
            <translation>Lehnen Sie sich auf einem stabilen Stuhl zurück. Atmen Sie durch die Nase ein und langsam durch den Mund aus, dreimal.</translation>
        </message>
        <message>
            <source>Help them sit back in a steady chair, and breathe slowly together three times, out longer than in.</source>
            <extracomment>step breathe: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Helfen Sie der Person, sich auf einem stabilen Stuhl zurückzulehnen, und atmen Sie dreimal gemeinsam langsam, länger aus als ein.</translation>
        </message>
        <message>
            <source>Sit back in a steady chair. Breathe in, and out slowly, three times.</source>
            <extracomment>step breathe: what the voice says to the person</extracomment>
            <translation>Lehnen Sie sich auf einem stabilen Stuhl zurück. Atmen Sie ein und langsam aus, dreimal.</translation>
        </message>
        <message>
            <source>Help them sit back, and breathe slowly together three times.</source>
            <extracomment>step breathe: what the voice says to a caregiver</extracomment>
            <translation>Helfen Sie der Person, sich zurückzulehnen, und atmen Sie dreimal gemeinsam langsam.</translation>
        </message>
        <message>
            <source>Warm your hands</source>
            <extracomment>step warm-hands: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Hände wärmen</translation>
        </message>
        <message>
            <source>Rub your palms together gently until they feel warm. Warm hands are kinder to numb skin than cold ones.</source>
            <extracomment>step warm-hands: what the person reads</extracomment>
            <translation>Reiben Sie die Handflächen sanft aneinander, bis sie sich warm anfühlen. Warme Hände sind für taube Haut angenehmer als kalte.</translation>
        </message>
        <message>
            <source>Rub your palms together until they are warm, and ask them to do the same if they can. Warm hands are kinder to numb skin.</source>
            <extracomment>step warm-hands: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Reiben Sie Ihre Handflächen aneinander, bis sie warm sind, und bitten Sie die Person, das auch zu tun, wenn sie kann. Warme Hände sind für taube Haut angenehmer.</translation>
        </message>
        <message>
            <source>Rub your palms together gently until they feel warm.</source>
            <extracomment>step warm-hands: what the voice says to the person</extracomment>
            <translation>Reiben Sie die Handflächen sanft aneinander, bis sie sich warm anfühlen.</translation>
        </message>
        <message>
            <source>Rub your palms together until they are warm.</source>
            <extracomment>step warm-hands: what the voice says to a caregiver</extracomment>
            <translation>Reiben Sie Ihre Handflächen aneinander, bis sie warm sind.</translation>
        </message>
        <message>
            <source>Wrist circles</source>
            <extracomment>step wrist-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Handgelenke kreisen</translation>
        </message>
        <message>
            <source>Circle both wrists slowly, one way and then the other.</source>
            <extracomment>step wrist-circles: what the person reads</extracomment>
            <translation>Kreisen Sie beide Handgelenke langsam, erst in die eine Richtung, dann in die andere.</translation>
        </message>
        <message>
            <source>Ask them to circle both wrists slowly, one way and then the other.</source>
            <extracomment>step wrist-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Bitten Sie die Person, beide Handgelenke langsam zu kreisen, erst in die eine Richtung, dann in die andere.</translation>
        </message>
        <message>
            <source>Only as far as it moves comfortably.</source>
            <extracomment>step wrist-circles: a caution, shown and spoken</extracomment>
            <translation>Nur so weit, wie es angenehm geht.</translation>
        </message>
    </context>
</TS>
