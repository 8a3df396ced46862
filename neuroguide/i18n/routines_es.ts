<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>sides</name>
        <message>
            <source>right</source>
            <comment>foot</comment>
            <extracomment>fills {side} in a step about a foot: 'the {side} foot' (a right foot)</extracomment>
            <translation>derecho</translation>
        </message>
        <message>
            <source>left</source>
            <comment>foot</comment>
            <extracomment>fills {side} in a step about a foot: 'the {side} foot' (a left foot)</extracomment>
            <translation>izquierdo</translation>
        </message>
        <message>
            <source>right</source>
            <comment>hand</comment>
            <extracomment>fills {side} in a step about a hand: 'the {side} hand' (a right hand)</extracomment>
            <translation>derecha</translation>
        </message>
        <message>
            <source>left</source>
            <comment>hand</comment>
            <extracomment>fills {side} in a step about a hand: 'the {side} hand' (a left hand)</extracomment>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <comment>leg</comment>
            <extracomment>fills {side} in a step about a leg: 'the {side} leg' (a right leg)</extracomment>
            <translation>derecha</translation>
        </message>
        <message>
            <source>left</source>
            <comment>leg</comment>
            <extracomment>fills {side} in a step about a leg: 'the {side} leg' (a left leg)</extracomment>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>right</source>
            <comment>arm</comment>
            <extracomment>fills {side} in a step about a arm: 'the {side} arm' (a right arm)</extracomment>
            <translation>derecho</translation>
        </message>
        <message>
            <source>left</source>
            <comment>arm</comment>
            <extracomment>fills {side} in a step about a arm: 'the {side} arm' (a left arm)</extracomment>
            <translation>izquierdo</translation>
        </message>
    </context>
    <context>
        <name>routine:bad-day-feet</name>
        <message>
            <source>Bad day: gentle feet</source>
            <extracomment>the routine's title</extracomment>
            <translation>Día malo: pies con suavidad</translation>
        </message>
        <message>
            <source>A short look at the skin, then resting hands and a few very slow, light glides on each foot. About four minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Un vistazo rápido a la piel, luego manos en reposo y unos pocos deslizamientos muy lentos y suaves en cada pie. Unos cuatro minutos.</translation>
        </message>
        <message>
            <source>Skip a foot with a cut, blister, crack, sore or sign of infection. With diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Sáltese un pie con un corte, una ampolla, una grieta, una llaga o señales de infección. Si tiene diabetes, contacte hoy con su unidad de pie diabético.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot: no massage; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Pie rojo, caliente o hinchado: nada de masaje; llame ahora mismo a su unidad de pie diabético o a su médico.</translation>
        </message>
        <message>
            <source>If even light strokes hurt today, stop and try the resting touch routine instead.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Si hoy duelen incluso las pasadas suaves, pare y pruebe mejor la rutina Contacto en reposo.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, and put socks and shoes or slippers on before you stand.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Siéntese en una silla estable, y póngase calcetines y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acomódese</translation>
        </message>
        <message>
            <source>Sit back in a steady chair with your feet resting on a cushion or a folded towel. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Siéntese con la espalda apoyada en una silla estable, con los pies sobre un cojín o una toalla doblada. Hoy toca algo suave: pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Help them sit back in a steady chair with their feet resting on a cushion or a folded towel. Today is a gentle one: agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse con la espalda apoyada en una silla estable, con los pies sobre un cojín o una toalla doblada. Hoy toca algo suave: acuerden que le dirá que pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Sit back with your feet resting on a cushion. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Siéntese con la espalda apoyada y los pies sobre un cojín. Hoy toca algo suave: pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Help them sit back with their feet on a cushion. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse con la espalda apoyada y los pies sobre un cojín. Acuerden que le dirá que pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>A quick look at the soles</source>
            <extracomment>step quick-look: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Un vistazo a las plantas</translation>
        </message>
        <message>
            <source>Look at the soles, the heels and between the toes of both feet for a cut, blister, crack, redness or swelling. Use a mirror, or ask someone to look. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the person reads</extracomment>
            <translation>Mire las plantas, los talones y entre los dedos de los dos pies, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Use un espejo o pida a alguien que mire. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Look at the soles, the heels and between the toes of both their feet for a cut, blister, crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Mire las plantas, los talones y entre los dedos de sus dos pies, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>A quick look at the soles, the heels and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the voice says to the person</extracomment>
            <translation>Un vistazo rápido a las plantas, los talones y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>A quick look at their soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the voice says to a caregiver</extracomment>
            <translation>Un vistazo rápido a sus plantas, sus talones y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Rest a hand on the {side} foot</source>
            <extracomment>step rest-hand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Una mano sobre el pie {side}</translation>
        </message>
        <message>
            <source>Lay one hand flat over the top of your {side} foot and let it rest there, warm and still. Breathe out slowly.</source>
            <extracomment>step rest-hand: what the person reads</extracomment>
            <translation>Ponga una mano plana sobre el empeine del pie {side} y déjela ahí, cálida y quieta. Suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Lay one hand flat over the top of their {side} foot and let it rest there, warm and still. Ask them to breathe out slowly.</source>
            <extracomment>step rest-hand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ponga una mano plana sobre el empeine de su pie {side} y déjela ahí, cálida y quieta. Pídale que suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Lay a hand flat over the top of your foot and let it rest there. Breathe out slowly.</source>
            <extracomment>step rest-hand: what the voice says to the person</extracomment>
            <translation>Ponga una mano plana sobre el empeine y déjela ahí. Suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Lay a hand flat over the top of their foot and let it rest. Ask them to breathe out slowly.</source>
            <extracomment>step rest-hand: what the voice says to a caregiver</extracomment>
            <translation>Ponga una mano plana sobre su empeine y déjela ahí. Pídale que suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Very slow glides</source>
            <extracomment>step slow-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos muy lentos</translation>
        </message>
        <message>
            <source>With a flat hand, glide very slowly from the toes toward the ankle, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what the person reads</extracomment>
            <translation>Con la mano plana, deslícela muy despacio desde los dedos hacia el tobillo, más suave que al extender una crema. Levántela y vuelva a empezar.</translation>
        </message>
        <message>
            <source>With a flat hand, glide very slowly from their toes toward the ankle, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Con la mano plana, deslícela muy despacio desde los dedos de su pie hacia el tobillo, más suave que al extender una crema. Levántela y vuelva a empezar.</translation>
        </message>
        <message>
            <source>With a flat hand, very slow, light glides from the toes toward the ankle.</source>
            <extracomment>step slow-glides: what the voice says to the person</extracomment>
            <translation>Con la mano plana, deslícela muy despacio y suave desde los dedos hacia el tobillo.</translation>
        </message>
        <message>
            <source>With a flat hand, very slow, light glides from their toes toward the ankle.</source>
            <extracomment>step slow-glides: what the voice says to a caregiver</extracomment>
            <translation>Con la mano plana, deslícela muy despacio y suave desde los dedos de su pie hacia el tobillo.</translation>
        </message>
        <message>
            <source>Stop if it stings, burns or hurts more.</source>
            <extracomment>step slow-glides: a caution, shown and spoken</extracomment>
            <translation>Pare si pica, quema o duele más.</translation>
        </message>
        <message>
            <source>Hold, then set it down</source>
            <extracomment>step hold: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sostener y apoyar</translation>
        </message>
        <message>
            <source>Cup the foot gently between both hands for a few breaths, then set it down on the cushion.</source>
            <extracomment>step hold: what the person reads</extracomment>
            <translation>Envuelva el pie con suavidad entre las dos manos durante unas respiraciones, y luego déjelo sobre el cojín.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then set it down on the cushion.</source>
            <extracomment>step hold: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Envuelva su pie con suavidad entre las dos manos durante unas respiraciones, y luego déjelo sobre el cojín.</translation>
        </message>
        <message>
            <source>Cup the foot gently between both hands for a few breaths, then set it down.</source>
            <extracomment>step hold: what the voice says to the person</extracomment>
            <translation>Envuelva el pie con suavidad entre las dos manos durante unas respiraciones, y luego déjelo.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then set it down.</source>
            <extracomment>step hold: what the voice says to a caregiver</extracomment>
            <translation>Envuelva su pie con suavidad entre las dos manos durante unas respiraciones, y luego déjelo.</translation>
        </message>
    </context>
    <context>
        <name>routine:bad-day-hands</name>
        <message>
            <source>Bad day: gentle hands</source>
            <extracomment>the routine's title</extracomment>
            <translation>Día malo: manos con suavidad</translation>
        </message>
        <message>
            <source>Resting touch, a few very slow glides and a still hold of each finger, for each hand. About four minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Contacto en reposo, unos pocos deslizamientos muy lentos y sostener cada dedo sin moverlo, en cada mano. Unos cuatro minutos.</translation>
        </message>
        <message>
            <source>Skip a hand with a cut, crack, sore or sign of infection.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Sáltese una mano con un corte, una grieta, una llaga o señales de infección.</translation>
        </message>
        <message>
            <source>Leave out a hand or arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Deje fuera la mano o el brazo con un reservorio, una vía, linfedema o ganglios linfáticos extirpados.</translation>
        </message>
        <message>
            <source>If even light strokes hurt today, stop and try the resting touch routine instead.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Si hoy duelen incluso las pasadas suaves, pare y pruebe mejor la rutina Contacto en reposo.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acomódese</translation>
        </message>
        <message>
            <source>Sit comfortably with both hands resting in your lap on a soft towel. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Siéntese a gusto, con las dos manos apoyadas en el regazo sobre una toalla suave. Hoy toca algo suave: pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Help them sit comfortably with both hands resting in their lap on a soft towel. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse a gusto, con las dos manos apoyadas en el regazo sobre una toalla suave. Acuerden que le dirá que pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Sit comfortably, hands resting in your lap. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Siéntese a gusto, con las manos en el regazo. Hoy toca algo suave: pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Help them sit comfortably, hands resting in their lap. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse a gusto, con las manos en el regazo. Acuerden que le dirá que pare en cuanto algo le duela más.</translation>
        </message>
        <message>
            <source>Rest on the {side} palm</source>
            <extracomment>step rest-palm: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sobre la palma {side}</translation>
        </message>
        <message>
            <source>Turn your {side} hand palm up. Lay your other hand over the palm and let it rest there, warm and still. Breathe out slowly.</source>
            <extracomment>step rest-palm: what the person reads</extracomment>
            <translation>Ponga la mano {side} con la palma hacia arriba. Apoye la otra mano sobre la palma y déjela ahí, cálida y quieta. Suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Hold their {side} hand palm up in yours. Lay your other hand over the palm and let it rest there, warm and still.</source>
            <extracomment>step rest-palm: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sostenga su mano {side} con la palma hacia arriba en la suya. Apoye la otra mano sobre la palma y déjela ahí, cálida y quieta.</translation>
        </message>
        <message>
            <source>Lay your other hand over the palm and let it rest there. Breathe out slowly.</source>
            <extracomment>step rest-palm: what the voice says to the person</extracomment>
            <translation>Apoye la otra mano sobre la palma y déjela ahí. Suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Lay your other hand over their palm and let it rest there, still.</source>
            <extracomment>step rest-palm: what the voice says to a caregiver</extracomment>
            <translation>Apoye su otra mano sobre la palma de la persona y déjela ahí, quieta.</translation>
        </message>
        <message>
            <source>Very slow glides</source>
            <extracomment>step slow-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos muy lentos</translation>
        </message>
        <message>
            <source>Turn the hand over. With a flat hand, glide very slowly over the back of the hand to the knuckles, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what the person reads</extracomment>
            <translation>Dé la vuelta a la mano. Con la mano plana, deslícela muy despacio por el dorso de la mano hasta los nudillos, más suave que al extender una crema. Levántela y vuelva a empezar.</translation>
        </message>
        <message>
            <source>Turn their hand over. With a flat hand, glide very slowly over the back of the hand to the knuckles, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Dé la vuelta a su mano. Con la mano plana, deslícela muy despacio por el dorso de la mano hasta los nudillos, más suave que al extender una crema. Levántela y vuelva a empezar.</translation>
        </message>
        <message>
            <source>Turn the hand over. Very slow, light glides over the back of the hand, to the knuckles.</source>
            <extracomment>step slow-glides: what the voice says to the person</extracomment>
            <translation>Dé la vuelta a la mano. Deslice la mano muy despacio y suave por el dorso, hasta los nudillos.</translation>
        </message>
        <message>
            <source>Turn their hand over. Very slow, light glides over the back of the hand, to the knuckles.</source>
            <extracomment>step slow-glides: what the voice says to a caregiver</extracomment>
            <translation>Dé la vuelta a su mano. Deslice la mano muy despacio y suave por el dorso, hasta los nudillos.</translation>
        </message>
        <message>
            <source>Stop if it stings, burns or hurts more.</source>
            <extracomment>step slow-glides: a caution, shown and spoken</extracomment>
            <translation>Pare si pica, quema o duele más.</translation>
        </message>
        <message>
            <source>Hold each finger</source>
            <extracomment>step finger-holds: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sostener cada dedo</translation>
        </message>
        <message>
            <source>Hold each finger in turn, the thumb first, loosely and without squeezing, for one slow breath each.</source>
            <extracomment>step finger-holds: what the person reads</extracomment>
            <translation>Sostenga cada dedo por turno, primero el pulgar, con suavidad y sin apretar, durante una respiración lenta cada uno.</translation>
        </message>
        <message>
            <source>Hold each of their fingers in turn, the thumb first, loosely and without squeezing, for one slow breath each.</source>
            <extracomment>step finger-holds: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sostenga cada uno de sus dedos por turno, primero el pulgar, con suavidad y sin apretar, durante una respiración lenta cada uno.</translation>
        </message>
        <message>
            <source>Hold each finger loosely for a slow breath, the thumb first. No squeezing.</source>
            <extracomment>step finger-holds: what the voice says to the person</extracomment>
            <translation>Sostenga cada dedo con suavidad durante una respiración lenta, primero el pulgar. Sin apretar.</translation>
        </message>
        <message>
            <source>Hold each of their fingers loosely for a slow breath, the thumb first. No squeezing.</source>
            <extracomment>step finger-holds: what the voice says to a caregiver</extracomment>
            <translation>Sostenga cada uno de sus dedos con suavidad durante una respiración lenta, primero el pulgar. Sin apretar.</translation>
        </message>
    </context>
    <context>
        <name>routine:bed-or-recliner</name>
        <message>
            <source>In bed or a recliner</source>
            <extracomment>the routine's title</extracomment>
            <translation>En la cama o en un sillón reclinable</translation>
        </message>
        <message>
            <source>For a helper to give while the person lies or reclines: pillows, clean hands, a skin check, then light glides for the feet and hands.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>La da un cuidador mientras la persona está tumbada o recostada: almohadas, manos limpias, revisar la piel y luego deslizamientos suaves en pies y manos.</translation>
        </message>
        <message>
            <source>Pressure no firmer than smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Presión nunca más firme que al extender una crema: la piel entumecida no avisa cuando es demasiado.</translation>
        </message>
        <message>
            <source>Never rub a red patch over a bony place such as a heel or ankle: it may be a pressure sore starting. Tell the nurse or doctor today.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Nunca frote una zona roja sobre un hueso, como el talón o el tobillo: puede ser una úlcera por presión que empieza. Avise hoy a la enfermera o al médico.</translation>
        </message>
        <message>
            <source>Not over a leg that is swollen, painful or warm, or that has a clot: call their doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Nunca sobre una pierna hinchada, dolorida o caliente, o con un coágulo: llame ahora mismo a su médico.</translation>
        </message>
        <message>
            <source>With low platelets, easy bruising or blood thinners: light touch only, and ask the care team first.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Con plaquetas bajas, tendencia a los moretones o anticoagulantes: solo un roce suave, y consulte antes al equipo médico.</translation>
        </message>
        <message>
            <source>Leave out an arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 5, shown before the routine starts</extracomment>
            <translation>Deje fuera el brazo con un reservorio, una vía, linfedema o ganglios linfáticos extirpados.</translation>
        </message>
        <message>
            <source>Pillows and position</source>
            <extracomment>step position: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Almohadas y postura</translation>
        </message>
        <message>
            <source>Your helper settles you lying back or reclined, head raised, with a pillow under the calves so the heels float free of the mattress.</source>
            <extracomment>step position: what the person reads</extracomment>
            <translation>La persona que le ayuda le acomoda para que se tumbe o se recueste, con la cabeza alta y una almohada bajo las pantorrillas, para que los talones queden en el aire, sin tocar el colchón.</translation>
        </message>
        <message>
            <source>Settle them lying back or reclined, head raised, with a pillow under the calves so the heels float free of the mattress. Ask if they are comfortable.</source>
            <extracomment>step position: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a tumbarse o recostarse, con la cabeza alta y una almohada bajo las pantorrillas, para que los talones queden en el aire, sin tocar el colchón. Pregúntele si está a gusto.</translation>
        </message>
        <message>
            <source>Lie back or recline, head raised, with a pillow under the calves so the heels float free.</source>
            <extracomment>step position: what the voice says to the person</extracomment>
            <translation>Túmbese o recuéstese, con la cabeza alta y una almohada bajo las pantorrillas, para que los talones queden en el aire.</translation>
        </message>
        <message>
            <source>Settle them lying back, head raised, with a pillow under the calves so the heels float free. Ask if they are comfortable.</source>
            <extracomment>step position: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a tumbarse, con la cabeza alta y una almohada bajo las pantorrillas, para que los talones queden en el aire. Pregúntele si está a gusto.</translation>
        </message>
        <message>
            <source>Clean, warm hands</source>
            <extracomment>step wash-hands: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Manos limpias y templadas</translation>
        </message>
        <message>
            <source>Your helper washes and dries their hands, and warms them, before touching you.</source>
            <extracomment>step wash-hands: what the person reads</extracomment>
            <translation>La persona que le ayuda se lava, se seca y se calienta las manos antes de tocarle.</translation>
        </message>
        <message>
            <source>Wash and dry your hands, and warm them, before you touch them. Someone in bed or on cancer treatment can catch an infection easily.</source>
            <extracomment>step wash-hands: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Lávese y séquese las manos, y caliénteselas, antes de tocarle. Quien está en cama o en tratamiento contra el cáncer coge infecciones con facilidad.</translation>
        </message>
        <message>
            <source>Your helper washes, dries and warms their hands first.</source>
            <extracomment>step wash-hands: what the voice says to the person</extracomment>
            <translation>La persona que le ayuda primero se lava, se seca y se calienta las manos.</translation>
        </message>
        <message>
            <source>Wash, dry and warm your hands before you touch them.</source>
            <extracomment>step wash-hands: what the voice says to a caregiver</extracomment>
            <translation>Lávese, séquese y caliéntese las manos antes de tocarle.</translation>
        </message>
        <message>
            <source>Check the skin</source>
            <extracomment>step skin-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Revisar la piel</translation>
        </message>
        <message>
            <source>Your helper looks at your soles, heels and between the toes for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what the person reads</extracomment>
            <translation>La persona que le ayuda mira sus plantas, sus talones y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Look at their soles, heels and between the toes for a cut, blister, crack, redness or swelling; a red patch on a heel matters most. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Mire sus plantas, sus talones y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón; lo más importante es una zona roja en un talón. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Your helper looks at your soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step skin-check: what the voice says to the person</extracomment>
            <translation>La persona que le ayuda mira sus plantas, sus talones y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Look at their soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling, above all a red heel. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to a caregiver</extracomment>
            <translation>Mire sus plantas, sus talones y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón, sobre todo un talón rojo. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Glides on the {side} foot</source>
            <extracomment>step foot-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos en el pie {side}</translation>
        </message>
        <message>
            <source>Your helper glides a flat hand slowly over the top of your {side} foot, from the toes toward the ankle.</source>
            <extracomment>step foot-glides: what the person reads</extracomment>
            <translation>La persona que le ayuda desliza despacio una mano plana por el empeine de su pie {side}, desde los dedos hacia el tobillo.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of their {side} foot, from the toes toward the ankle. Lift, and start again.</source>
            <extracomment>step foot-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Con la mano plana, deslícela despacio por el empeine de su pie {side}, desde los dedos hacia el tobillo. Levántela y vuelva a empezar.</translation>
        </message>
        <message>
            <source>Slow, light glides over the top of the foot, from the toes toward the ankle.</source>
            <extracomment>step foot-glides: what the voice says to the person</extracomment>
            <translation>Deslizamientos lentos y suaves por el empeine, desde los dedos hacia el tobillo.</translation>
        </message>
        <message>
            <source>With a flat hand, slow, light glides from their toes toward the ankle.</source>
            <extracomment>step foot-glides: what the voice says to a caregiver</extracomment>
            <translation>Con la mano plana, deslícela despacio y suave desde los dedos de su pie hacia el tobillo.</translation>
        </message>
        <message>
            <source>Tell your helper at once if it stings, burns or hurts.</source>
            <extracomment>step foot-glides: a caution, shown and spoken</extracomment>
            <translation>Avise enseguida a la persona que le ayuda si pica, quema o duele.</translation>
        </message>
        <message>
            <source>Stop at once if it stings, burns or hurts them.</source>
            <extracomment>step foot-glides: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Pare enseguida si le pica, le quema o le duele.</translation>
        </message>
        <message>
            <source>Hold the {side} foot</source>
            <extracomment>step foot-hold: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sostener el pie {side}</translation>
        </message>
        <message>
            <source>Your helper cups the foot gently between both hands for a few breaths, then covers it.</source>
            <extracomment>step foot-hold: what the person reads</extracomment>
            <translation>La persona que le ayuda envuelve el pie con suavidad entre las dos manos durante unas respiraciones, y luego lo tapa.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then cover it with the blanket or a sock.</source>
            <extracomment>step foot-hold: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Envuelva su pie con suavidad entre las dos manos durante unas respiraciones, y luego tápelo con la manta o un calcetín.</translation>
        </message>
        <message>
            <source>A gentle, still hold of the foot, then it is covered.</source>
            <extracomment>step foot-hold: what the voice says to the person</extracomment>
            <translation>Le sostienen el pie con suavidad, sin moverlo, y luego se lo tapan.</translation>
        </message>
        <message>
            <source>Cup their foot gently for a few breaths, then cover it.</source>
            <extracomment>step foot-hold: what the voice says to a caregiver</extracomment>
            <translation>Envuelva su pie con suavidad durante unas respiraciones, y luego tápelo.</translation>
        </message>
        <message>
            <source>Glides on the {side} hand</source>
            <extracomment>step hand-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos en la mano {side}</translation>
        </message>
        <message>
            <source>Your helper holds your {side} hand, resting on a pillow, and glides their thumbs up the grooves on the back of the hand to the knuckles.</source>
            <extracomment>step hand-glides: what the person reads</extracomment>
            <translation>La persona que le ayuda sostiene su mano {side}, apoyada en una almohada, y desliza los pulgares por los surcos del dorso de la mano hasta los nudillos.</translation>
        </message>
        <message>
            <source>Rest their {side} hand on a pillow. Glide your thumbs slowly up the grooves on the back of the hand to the knuckles.</source>
            <extracomment>step hand-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Apoye su mano {side} en una almohada. Deslice los pulgares despacio por los surcos del dorso de la mano hasta los nudillos.</translation>
        </message>
        <message>
            <source>Slow thumb glides over the back of the hand, to the knuckles.</source>
            <extracomment>step hand-glides: what the voice says to the person</extracomment>
            <translation>Deslizamientos lentos con los pulgares por el dorso de la mano, hasta los nudillos.</translation>
        </message>
        <message>
            <source>Slow thumb glides over the back of their hand, to the knuckles.</source>
            <extracomment>step hand-glides: what the voice says to a caregiver</extracomment>
            <translation>Deslizamientos lentos con los pulgares por el dorso de su mano, hasta los nudillos.</translation>
        </message>
        <message>
            <source>Stroke each finger</source>
            <extracomment>step finger-strokes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acariciar cada dedo</translation>
        </message>
        <message>
            <source>Your helper strokes each finger gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the person reads</extracomment>
            <translation>La persona que le ayuda acaricia con suavidad cada dedo desde la base hasta la punta, primero el pulgar.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step finger-strokes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Acaricie con suavidad cada uno de sus dedos desde la base hasta la punta, empezando por el pulgar.</translation>
        </message>
        <message>
            <source>Each finger stroked gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the voice says to the person</extracomment>
            <translation>Le acarician cada dedo con suavidad desde la base hasta la punta, primero el pulgar.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the voice says to a caregiver</extracomment>
            <translation>Acaricie con suavidad cada uno de sus dedos desde la base hasta la punta, primero el pulgar.</translation>
        </message>
        <message>
            <source>A last look, then settle</source>
            <extracomment>step after-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Último vistazo y acomodar</translation>
        </message>
        <message>
            <source>Your helper looks at your heels and soles again for redness, then settles the pillows and covers your feet.</source>
            <extracomment>step after-check: what the person reads</extracomment>
            <translation>La persona que le ayuda vuelve a mirar sus talones y plantas por si hay enrojecimiento, y luego coloca las almohadas y le tapa los pies.</translation>
        </message>
        <message>
            <source>Look at their heels and soles again for redness. A red patch that does not fade: tell the nurse or doctor today. Then settle the pillows and cover their feet.</source>
            <extracomment>step after-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Vuelva a mirar sus talones y plantas por si hay enrojecimiento. Una zona roja que no se va: avise hoy a la enfermera o al médico. Luego coloque las almohadas y tápele los pies.</translation>
        </message>
        <message>
            <source>A last look at the heels and soles for redness, then the pillows are settled and your feet covered.</source>
            <extracomment>step after-check: what the voice says to the person</extracomment>
            <translation>Un último vistazo a los talones y las plantas por si hay enrojecimiento; luego le colocan las almohadas y le tapan los pies.</translation>
        </message>
        <message>
            <source>A last look at their heels and soles for redness: a red patch that does not fade, tell the nurse or doctor today. Then settle the pillows and cover their feet.</source>
            <extracomment>step after-check: what the voice says to a caregiver</extracomment>
            <translation>Un último vistazo a sus talones y plantas por si hay enrojecimiento: una zona roja que no se va, avise hoy a la enfermera o al médico. Luego coloque las almohadas y tápele los pies.</translation>
        </message>
    </context>
    <context>
        <name>routine:chemo-hand-function</name>
        <message>
            <source>Hand function during chemotherapy</source>
            <extracomment>the routine's title</extracomment>
            <translation>Las manos durante la quimioterapia</translation>
        </message>
        <message>
            <source>Tendon glides, finger glides, opening and closing, and thumb to each fingertip, to keep everyday hand use going. About six minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Deslizamientos de tendones, deslizamientos de dedos, abrir y cerrar, y el pulgar a cada yema, para seguir usando las manos en el día a día. Unos seis minutos.</translation>
        </message>
        <message>
            <source>Keep your hands warm: no cold water, cold lotion, ice packs or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Mantenga las manos calientes: nada de agua fría, crema fría, bolsas de hielo ni objetos fríos. El oxaliplatino puede hacer que el frío duela.</translation>
        </message>
        <message>
            <source>Red, sore or peeling palms (hand-foot syndrome): leave the exercises out and tell your cancer team.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Palmas rojas, doloridas o que se pelan (síndrome mano-pie): no haga los ejercicios y avise a su equipo de oncología.</translation>
        </message>
        <message>
            <source>Buttons, writing or holding a cup getting harder, or numbness getting worse: tell your cancer team before the next dose.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Si abrocharse botones, escribir o sostener una taza le cuesta más, o si el entumecimiento empeora: avise a su equipo de oncología antes de la próxima dosis.</translation>
        </message>
        <message>
            <source>Move only as far as is comfortable. Stop if it hurts.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Muévase solo hasta donde le resulte cómodo. Pare si duele.</translation>
        </message>
        <message>
            <source>Warm hands, and a look</source>
            <extracomment>step warm-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Manos calientes, y un vistazo</translation>
        </message>
        <message>
            <source>Sit at a table with your arms resting on it. Look at your palms and fingers: red, sore or peeling skin means no exercises today, and tell your cancer team.</source>
            <extracomment>step warm-check: what the person reads</extracomment>
            <translation>Siéntese a una mesa con los brazos apoyados en ella. Mírese las palmas y los dedos: si la piel está roja, dolorida o se pela, hoy no haga ejercicios y avise a su equipo de oncología.</translation>
        </message>
        <message>
            <source>Help them sit at a table with their arms resting on it. Look at their palms and fingers with them: red, sore or peeling skin means no exercises today, and they tell their cancer team.</source>
            <extracomment>step warm-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse a una mesa con los brazos apoyados en ella. Miren juntos sus palmas y sus dedos: si la piel está roja, dolorida o se pela, hoy no hay ejercicios, y debe avisar a su equipo de oncología.</translation>
        </message>
        <message>
            <source>Sit at a table, arms resting. Look at your palms and fingers: red, sore or peeling skin means no exercises today, and tell your cancer team.</source>
            <extracomment>step warm-check: what the voice says to the person</extracomment>
            <translation>Siéntese a una mesa, con los brazos apoyados. Mírese las palmas y los dedos: si la piel está roja, dolorida o se pela, hoy no haga ejercicios y avise a su equipo de oncología.</translation>
        </message>
        <message>
            <source>Help them sit at a table, arms resting. Look at their palms and fingers: red, sore or peeling skin means no exercises today, and they tell their cancer team.</source>
            <extracomment>step warm-check: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse a una mesa, con los brazos apoyados. Miren sus palmas y sus dedos: si la piel está roja, dolorida o se pela, hoy no hay ejercicios, y debe avisar a su equipo de oncología.</translation>
        </message>
        <message>
            <source>Keep your hands warm: no cold water, cold lotion or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>step warm-check: a caution, shown and spoken</extracomment>
            <translation>Mantenga las manos calientes: nada de agua fría, crema fría ni objetos fríos. El oxaliplatino puede hacer que el frío duela.</translation>
        </message>
        <message>
            <source>Keep their hands warm: no cold water, cold lotion or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>step warm-check: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Mantenga sus manos calientes: nada de agua fría, crema fría ni objetos fríos. El oxaliplatino puede hacer que el frío duela.</translation>
        </message>
        <message>
            <source>Tendon glides, {side} hand</source>
            <extracomment>step tendon-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos de tendones, mano {side}</translation>
        </message>
        <message>
            <source>Hold your {side} hand up, fingers straight. Bend the fingers into a hook, then into a soft fist, then straighten them and bend only at the knuckles, like a tabletop. Hold each shape, then move to the next.</source>
            <extracomment>step tendon-glides: what the person reads</extracomment>
            <translation>Levante la mano {side}, con los dedos estirados. Doble los dedos en forma de gancho, luego en un puño suave, luego estírelos y doble solo los nudillos, como una mesa. Mantenga cada forma y pase a la siguiente.</translation>
        </message>
        <message>
            <source>Ask them to hold their {side} hand up, fingers straight, then bend the fingers into a hook, a soft fist, and a tabletop, bending only at the knuckles, holding each shape.</source>
            <extracomment>step tendon-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que levante la mano {side}, con los dedos estirados, y que doble los dedos en forma de gancho, luego en un puño suave y luego como una mesa, doblando solo los nudillos, manteniendo cada forma.</translation>
        </message>
        <message>
            <source>Fingers straight, then a hook, a soft fist, and a tabletop, holding each shape.</source>
            <extracomment>step tendon-glides: what the voice says to the person</extracomment>
            <translation>Dedos estirados, luego un gancho, un puño suave y una mesa, manteniendo cada forma.</translation>
        </message>
        <message>
            <source>Ask them: fingers straight, then a hook, a soft fist, and a tabletop, holding each shape.</source>
            <extracomment>step tendon-glides: what the voice says to a caregiver</extracomment>
            <translation>Pídale: dedos estirados, luego un gancho, un puño suave y una mesa, manteniendo cada forma.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable. Stop if it hurts.</source>
            <extracomment>step tendon-glides: a caution, shown and spoken</extracomment>
            <translation>Solo hasta donde le resulte cómodo. Pare si duele.</translation>
        </message>
        <message>
            <source>Finger glides</source>
            <extracomment>step finger-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos de dedos</translation>
        </message>
        <message>
            <source>Lay your {side} hand flat on the table. Slide each finger in turn out to the side and back, keeping the hand flat, as far as is comfortable.</source>
            <extracomment>step finger-glides: what the person reads</extracomment>
            <translation>Apoye la mano {side} plana sobre la mesa. Deslice cada dedo por turno hacia un lado y de vuelta, sin levantar la mano, hasta donde le resulte cómodo.</translation>
        </message>
        <message>
            <source>Ask them to lay their {side} hand flat on the table and slide each finger in turn out to the side and back, keeping the hand flat.</source>
            <extracomment>step finger-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que apoye la mano {side} plana sobre la mesa y que deslice cada dedo por turno hacia un lado y de vuelta, sin levantar la mano.</translation>
        </message>
        <message>
            <source>Hand flat on the table. Slide each finger out to the side and back, one at a time.</source>
            <extracomment>step finger-glides: what the voice says to the person</extracomment>
            <translation>La mano plana sobre la mesa. Deslice cada dedo hacia un lado y de vuelta, de uno en uno.</translation>
        </message>
        <message>
            <source>Ask them to slide each finger out to the side and back, one at a time, hand flat on the table.</source>
            <extracomment>step finger-glides: what the voice says to a caregiver</extracomment>
            <translation>Pídale que deslice cada dedo hacia un lado y de vuelta, de uno en uno, con la mano plana sobre la mesa.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable.</source>
            <extracomment>step finger-glides: a caution, shown and spoken</extracomment>
            <translation>Solo hasta donde le resulte cómodo.</translation>
        </message>
        <message>
            <source>Open and close</source>
            <extracomment>step open-close: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Abrir y cerrar</translation>
        </message>
        <message>
            <source>Make a soft fist with your {side} hand, then open it wide, stretching the fingers apart. Hold it open, then close again slowly.</source>
            <extracomment>step open-close: what the person reads</extracomment>
            <translation>Cierre la mano {side} en un puño suave, y luego ábrala bien, separando los dedos. Manténgala abierta y vuelva a cerrarla despacio.</translation>
        </message>
        <message>
            <source>Ask them to make a soft fist with their {side} hand, then open it wide, fingers stretched apart, hold it open, then close again slowly.</source>
            <extracomment>step open-close: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que cierre la mano {side} en un puño suave, que luego la abra bien, con los dedos separados, que la mantenga abierta y que vuelva a cerrarla despacio.</translation>
        </message>
        <message>
            <source>A soft fist, then open wide and stretch the fingers. Hold it open, then close slowly.</source>
            <extracomment>step open-close: what the voice says to the person</extracomment>
            <translation>Un puño suave, y luego abra bien y separe los dedos. Manténgala abierta y cierre despacio.</translation>
        </message>
        <message>
            <source>Ask them: a soft fist, then open wide, fingers stretched. Hold it open, then close slowly.</source>
            <extracomment>step open-close: what the voice says to a caregiver</extracomment>
            <translation>Pídale: un puño suave, y luego abrir bien, con los dedos separados. Mantenerla abierta y cerrar despacio.</translation>
        </message>
        <message>
            <source>Thumb to each fingertip</source>
            <extracomment>step thumb-to-fingertips: its title ({side} is 'right' or 'left')</extracomment>
            <translation>El pulgar a cada yema</translation>
        </message>
        <message>
            <source>Touch the tip of your {side} thumb to each fingertip in turn, from the index to the little finger, making an O each time. Then back again.</source>
            <extracomment>step thumb-to-fingertips: what the person reads</extracomment>
            <translation>Toque con la punta del pulgar de la mano {side} cada yema por turno, del índice al meñique, formando una O cada vez. Luego vuelva en sentido contrario.</translation>
        </message>
        <message>
            <source>Ask them to touch their {side} thumb to each fingertip in turn, index to little finger, making an O each time, then back again.</source>
            <extracomment>step thumb-to-fingertips: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que toque con el pulgar de la mano {side} cada yema por turno, del índice al meñique, formando una O cada vez, y que luego vuelva en sentido contrario.</translation>
        </message>
        <message>
            <source>Touch your thumb to each fingertip in turn, making an O, then back again.</source>
            <extracomment>step thumb-to-fingertips: what the voice says to the person</extracomment>
            <translation>Toque con el pulgar cada yema por turno, formando una O, y luego vuelva en sentido contrario.</translation>
        </message>
        <message>
            <source>Ask them to touch their thumb to each fingertip in turn, making an O, then back again.</source>
            <extracomment>step thumb-to-fingertips: what the voice says to a caregiver</extracomment>
            <translation>Pídale que toque con el pulgar cada yema por turno, formando una O, y que luego vuelva en sentido contrario.</translation>
        </message>
        <message>
            <source>Rest, and notice</source>
            <extracomment>step rest: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Descansar y observar</translation>
        </message>
        <message>
            <source>Rest your hands in your lap. If buttons, writing, or holding a cup is getting harder, tell your cancer team before your next dose: it helps them plan your treatment.</source>
            <extracomment>step rest: what the person reads</extracomment>
            <translation>Deje descansar las manos en el regazo. Si abrocharse botones, escribir o sostener una taza le cuesta más, avise a su equipo de oncología antes de la próxima dosis: les ayuda a planificar su tratamiento.</translation>
        </message>
        <message>
            <source>Let them rest their hands in their lap. If buttons, writing, or holding a cup is getting harder for them, they tell their cancer team before the next dose: it helps plan the treatment.</source>
            <extracomment>step rest: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Deje que descanse las manos en el regazo. Si abrocharse botones, escribir o sostener una taza le cuesta más, debe avisar a su equipo de oncología antes de la próxima dosis: ayuda a planificar el tratamiento.</translation>
        </message>
        <message>
            <source>Rest your hands. If everyday things like buttons or writing are getting harder, tell your cancer team before your next dose.</source>
            <extracomment>step rest: what the voice says to the person</extracomment>
            <translation>Descanse las manos. Si cosas de cada día, como abrocharse botones o escribir, le cuestan más, avise a su equipo de oncología antes de la próxima dosis.</translation>
        </message>
        <message>
            <source>Let them rest their hands. If buttons or writing are getting harder, they tell their cancer team before the next dose.</source>
            <extracomment>step rest: what the voice says to a caregiver</extracomment>
            <translation>Deje que descanse las manos. Si abrocharse botones o escribir le cuesta más, debe avisar a su equipo de oncología antes de la próxima dosis.</translation>
        </message>
    </context>
    <context>
        <name>routine:cool-down</name>
        <message>
            <source>Cool-down</source>
            <extracomment>the routine's title</extracomment>
            <translation>Vuelta a la calma</translation>
        </message>
        <message>
            <source>About a minute to finish: rest, breathe slowly, notice how you feel, and put socks and shoes or slippers on before you stand.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Un minuto para terminar: descansar, respirar despacio, notar cómo se siente y ponerse calcetines y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Lotion on the feet makes them slippery: socks and shoes or slippers on before you stand.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>La crema en los pies resbala: calcetines y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Stand up slowly, holding on to something steady.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Levántese despacio, agarrándose a algo firme.</translation>
        </message>
        <message>
            <source>Rest and breathe</source>
            <extracomment>step rest: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Descansar y respirar</translation>
        </message>
        <message>
            <source>Rest your hands in your lap. Breathe out slowly, a little longer than you breathe in, three or four times.</source>
            <extracomment>step rest: what the person reads</extracomment>
            <translation>Deje descansar las manos en el regazo. Suelte el aire despacio, tardando un poco más que al tomarlo, tres o cuatro veces.</translation>
        </message>
        <message>
            <source>Let them rest their hands in their lap, and breathe out slowly together three or four times.</source>
            <extracomment>step rest: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Deje que descanse las manos en el regazo, y suelten el aire despacio juntos tres o cuatro veces.</translation>
        </message>
        <message>
            <source>Rest your hands in your lap, and breathe out slowly, three or four times.</source>
            <extracomment>step rest: what the voice says to the person</extracomment>
            <translation>Deje descansar las manos en el regazo, y suelte el aire despacio, tres o cuatro veces.</translation>
        </message>
        <message>
            <source>Let them rest, and breathe out slowly together three or four times.</source>
            <extracomment>step rest: what the voice says to a caregiver</extracomment>
            <translation>Deje que descanse, y suelten el aire despacio juntos tres o cuatro veces.</translation>
        </message>
        <message>
            <source>Notice how you feel</source>
            <extracomment>step notice: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Note cómo se siente</translation>
        </message>
        <message>
            <source>Notice your feet and hands now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what the person reads</extracomment>
            <translation>Note ahora sus pies y sus manos: más calientes, más tranquilos, igual, o más doloridos.</translation>
        </message>
        <message>
            <source>Ask how their feet and hands feel now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pregúntele cómo siente ahora los pies y las manos: más calientes, más tranquilos, igual, o más doloridos.</translation>
        </message>
        <message>
            <source>Notice how your feet and hands feel now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what the voice says to the person</extracomment>
            <translation>Note cómo siente ahora los pies y las manos: más calientes, más tranquilos, igual, o más doloridos.</translation>
        </message>
        <message>
            <source>Socks on, then stand slowly</source>
            <extracomment>step stand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Calcetines, y levantarse despacio</translation>
        </message>
        <message>
            <source>If there is lotion on your feet, put on clean socks and shoes or slippers while you are still seated. Then stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what the person reads</extracomment>
            <translation>Si tiene crema en los pies, póngase calcetines limpios y zapatos o zapatillas de casa sin levantarse. Luego levántese despacio, agarrándose a algo firme.</translation>
        </message>
        <message>
            <source>If there is lotion on their feet, help them into clean socks and shoes or slippers while they are still seated. Then they stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Si tiene crema en los pies, ayúdele a ponerse calcetines limpios y zapatos o zapatillas de casa sin levantarse. Luego se levanta despacio, agarrándose a algo firme.</translation>
        </message>
        <message>
            <source>If there is lotion on your feet, socks and shoes or slippers on while you are seated. Then stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what the voice says to the person</extracomment>
            <translation>Si tiene crema en los pies, calcetines y zapatos o zapatillas de casa sin levantarse. Luego levántese despacio, agarrándose a algo firme.</translation>
        </message>
        <message>
            <source>If there is lotion on their feet, help them into socks and shoes or slippers while seated, then to stand up slowly.</source>
            <extracomment>step stand: what the voice says to a caregiver</extracomment>
            <translation>Si tiene crema en los pies, ayúdele a ponerse calcetines y zapatos o zapatillas de casa sin levantarse, y luego a levantarse despacio.</translation>
        </message>
    </context>
    <context>
        <name>routine:daily-foot-check</name>
        <message>
            <source>Daily foot check</source>
            <extracomment>the routine's title</extracomment>
            <translation>Revisión diaria de los pies</translation>
        </message>
        <message>
            <source>Two or three minutes of looking, no massage: tops, soles, heels, between the toes, nails and inside your shoes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Dos o tres minutos de mirar, sin masaje: empeines, plantas, talones, entre los dedos, uñas y el interior de los zapatos.</translation>
        </message>
        <message>
            <source>Numb feet may not hurt when they are hurt: look every day, even when nothing feels wrong.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Los pies entumecidos pueden no doler aunque estén heridos: mírelos cada día, aunque no note nada raro.</translation>
        </message>
        <message>
            <source>A cut, blister, crack, sore or redness that does not fade: with diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Un corte, una ampolla, una grieta, una llaga o un enrojecimiento que no se va: si tiene diabetes, contacte hoy con su unidad de pie diabético.</translation>
        </message>
        <message>
            <source>A foot that is red, hot or swollen, or changing shape: call your foot clinic or doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Un pie rojo, caliente o hinchado, o que cambia de forma: llame ahora mismo a su unidad de pie diabético o a su médico.</translation>
        </message>
        <message>
            <source>Use a mirror or ask someone to look if you cannot see your soles. Never walk barefoot.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Use un espejo o pida a alguien que mire si no puede ver sus plantas. No camine nunca sin calzado.</translation>
        </message>
        <message>
            <source>The tops of your feet</source>
            <extracomment>step tops: its title ({side} is 'right' or 'left')</extracomment>
            <translation>El empeine de los pies</translation>
        </message>
        <message>
            <source>Sit in a steady chair in good light, socks off. Look over the tops of both feet and the toes for a cut, blister, crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the person reads</extracomment>
            <translation>Siéntese en una silla estable con buena luz, sin calcetines. Mire el empeine de los dos pies y los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento, hinchazón o un cambio de color.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair in good light, socks off. Look over the tops of both their feet and the toes for a cut, blister, crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse en una silla estable con buena luz, sin calcetines. Mire el empeine de sus dos pies y los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento, hinchazón o un cambio de color.</translation>
        </message>
        <message>
            <source>Sit in a steady chair in good light. Look at the tops of both feet and the toes, for a cut, a blister, a crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the voice says to the person</extracomment>
            <translation>Siéntese en una silla estable con buena luz. Mire el empeine de los dos pies y los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento, hinchazón o un cambio de color.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair in good light. Look at the tops of both their feet and the toes, for a cut, a blister, a crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse en una silla estable con buena luz. Mire el empeine de sus dos pies y los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento, hinchazón o un cambio de color.</translation>
        </message>
        <message>
            <source>Between the toes</source>
            <extracomment>step between-toes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Entre los dedos</translation>
        </message>
        <message>
            <source>Part the toes gently and look between the toes for soft white skin, a crack or a cut. If the skin there is damp, pat it dry.</source>
            <extracomment>step between-toes: what the person reads</extracomment>
            <translation>Separe los dedos con suavidad y mire entre ellos, buscando piel blanca y blanda, una grieta o un corte. Si la piel ahí está húmeda, séquela con toques suaves.</translation>
        </message>
        <message>
            <source>Part their toes gently and look between the toes for soft white skin, a crack or a cut. If the skin there is damp, pat it dry.</source>
            <extracomment>step between-toes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Separe sus dedos con suavidad y mire entre ellos, buscando piel blanca y blanda, una grieta o un corte. Si la piel ahí está húmeda, séquela con toques suaves.</translation>
        </message>
        <message>
            <source>Part the toes gently and look between them, for soft white skin, a crack or a cut. Pat it dry if it is damp.</source>
            <extracomment>step between-toes: what the voice says to the person</extracomment>
            <translation>Separe los dedos con suavidad y mire entre ellos, buscando piel blanca y blanda, una grieta o un corte. Séquela con toques suaves si está húmeda.</translation>
        </message>
        <message>
            <source>Part their toes gently and look between them, for soft white skin, a crack or a cut. Pat it dry if it is damp.</source>
            <extracomment>step between-toes: what the voice says to a caregiver</extracomment>
            <translation>Separe sus dedos con suavidad y mire entre ellos, buscando piel blanca y blanda, una grieta o un corte. Séquela con toques suaves si está húmeda.</translation>
        </message>
        <message>
            <source>The soles</source>
            <extracomment>step soles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Las plantas</translation>
        </message>
        <message>
            <source>Look at the soles of both feet, from the ball of the foot along the arch, with a mirror on the floor or with someone's help. Look for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the person reads</extracomment>
            <translation>Mire las plantas de los dos pies, desde la parte delantera de la planta a lo largo del arco, con un espejo en el suelo o con ayuda de alguien. Busque una ampolla, un corte, durezas, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Lift each of their feet in turn, or use a mirror, and look at the soles, from the ball of the foot along the arch. Look for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Levántele cada pie por turno, o use un espejo, y mire las plantas, desde la parte delantera de la planta a lo largo del arco. Busque una ampolla, un corte, durezas, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Now the soles, with a mirror or with help: the ball of the foot and the arch, for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the voice says to the person</extracomment>
            <translation>Ahora las plantas, con un espejo o con ayuda: la parte delantera de la planta y el arco, buscando una ampolla, un corte, durezas, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Now their soles, from the ball of the foot along the arch, for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the voice says to a caregiver</extracomment>
            <translation>Ahora sus plantas, desde la parte delantera de la planta a lo largo del arco, buscando una ampolla, un corte, durezas, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>The heels</source>
            <extracomment>step heels: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Los talones</translation>
        </message>
        <message>
            <source>Look at both heels, underneath and round the back, for dry, cracked skin or a red patch.</source>
            <extracomment>step heels: what the person reads</extracomment>
            <translation>Mire los dos talones, por debajo y por detrás, buscando piel seca y agrietada o una zona roja.</translation>
        </message>
        <message>
            <source>Look at both their heels, underneath and round the back, for dry, cracked skin or a red patch.</source>
            <extracomment>step heels: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Mire sus dos talones, por debajo y por detrás, buscando piel seca y agrietada o una zona roja.</translation>
        </message>
        <message>
            <source>Now both heels, underneath and round the back, for cracked skin or a red patch.</source>
            <extracomment>step heels: what the voice says to the person</extracomment>
            <translation>Ahora los dos talones, por debajo y por detrás, buscando piel agrietada o una zona roja.</translation>
        </message>
        <message>
            <source>Now both their heels, underneath and round the back, for cracked skin or a red patch.</source>
            <extracomment>step heels: what the voice says to a caregiver</extracomment>
            <translation>Ahora sus dos talones, por debajo y por detrás, buscando piel agrietada o una zona roja.</translation>
        </message>
        <message>
            <source>The toenails</source>
            <extracomment>step nails: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Las uñas de los pies</translation>
        </message>
        <message>
            <source>Look at each toenail: a nail growing into the skin, redness round it, or a nail that has turned thick or dark.</source>
            <extracomment>step nails: what the person reads</extracomment>
            <translation>Mire cada uña: una uña que se clava en la piel, enrojecimiento alrededor, o una uña que se ha vuelto gruesa u oscura.</translation>
        </message>
        <message>
            <source>Look at each of their toenails: a nail growing into the skin, redness round it, or a nail that has turned thick or dark.</source>
            <extracomment>step nails: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Mire cada una de sus uñas: una uña que se clava en la piel, enrojecimiento alrededor, o una uña que se ha vuelto gruesa u oscura.</translation>
        </message>
        <message>
            <source>Look at each toenail, for a nail growing into the skin, redness round it, or a nail turned thick or dark.</source>
            <extracomment>step nails: what the voice says to the person</extracomment>
            <translation>Mire cada uña, buscando una uña que se clava en la piel, enrojecimiento alrededor, o una uña gruesa u oscura.</translation>
        </message>
        <message>
            <source>Look at each of their toenails, for a nail growing into the skin, redness round it, or a nail turned thick or dark.</source>
            <extracomment>step nails: what the voice says to a caregiver</extracomment>
            <translation>Mire cada una de sus uñas, buscando una uña que se clava en la piel, enrojecimiento alrededor, o una uña gruesa u oscura.</translation>
        </message>
        <message>
            <source>Inside your shoes</source>
            <extracomment>step shoes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Dentro de los zapatos</translation>
        </message>
        <message>
            <source>Before you put your shoes on, feel inside each one with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen. If you have a foot thermometer, the app can keep your left and right readings after the check.</source>
            <extracomment>step shoes: what the person reads</extracomment>
            <translation>Antes de ponerse los zapatos, palpe el interior de cada uno con la mano, buscando una piedrecita, una costura áspera o un forro roto. Luego responda a la pregunta de la pantalla. Si tiene un termómetro de pie, la aplicación puede guardar sus mediciones del pie izquierdo y del derecho después de la revisión.</translation>
        </message>
        <message>
            <source>Before they put their shoes on, feel inside each one with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen. If they have a foot thermometer, the app can keep the left and right readings after the check.</source>
            <extracomment>step shoes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Antes de que se ponga los zapatos, palpe el interior de cada uno con la mano, buscando una piedrecita, una costura áspera o un forro roto. Luego responda a la pregunta de la pantalla. Si tiene un termómetro de pie, la aplicación puede guardar las mediciones del pie izquierdo y del derecho después de la revisión.</translation>
        </message>
        <message>
            <source>Last, feel inside each shoe with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen.</source>
            <extracomment>step shoes: what the voice says to the person</extracomment>
            <translation>Por último, palpe el interior de cada zapato con la mano, buscando una piedrecita, una costura áspera o un forro roto. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Last, feel inside each of their shoes for a stone, a rough seam or a torn lining. Then answer the question on the screen.</source>
            <extracomment>step shoes: what the voice says to a caregiver</extracomment>
            <translation>Por último, palpe el interior de cada uno de sus zapatos, buscando una piedrecita, una costura áspera o un forro roto. Luego responda a la pregunta de la pantalla.</translation>
        </message>
    </context>
    <context>
        <name>routine:foot-ankle-exercises</name>
        <message>
            <source>Foot and ankle exercises</source>
            <extracomment>the routine's title</extracomment>
            <translation>Ejercicios de pies y tobillos</translation>
        </message>
        <message>
            <source>Seated ankle pumps, ankle circles, toe curls and toe spreads, each counted, then a look at your feet. About five minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>En la silla: punta y talón, círculos con el tobillo, encoger y separar los dedos, cada uno con su cuenta, y luego un vistazo a los pies. Unos cinco minutos.</translation>
        </message>
        <message>
            <source>An open wound, ulcer or sore on a foot: do not do these; ask your foot clinic first.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Una herida abierta, una úlcera o una llaga en un pie: no haga estos ejercicios; consulte antes a su unidad de pie diabético.</translation>
        </message>
        <message>
            <source>A foot that is red, hot or swollen: no exercises; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Un pie rojo, caliente o hinchado: nada de ejercicios; llame ahora mismo a su unidad de pie diabético o a su médico.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, feet in socks or shoes. Stop if it hurts or a muscle cramps.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Siéntese en una silla estable, con calcetines o zapatos. Pare si duele o si le da un calambre.</translation>
        </message>
        <message>
            <source>Sit well</source>
            <extracomment>step sit: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Siéntese bien</translation>
        </message>
        <message>
            <source>Sit in a steady chair with your back supported and both feet flat on the floor, in socks or shoes.</source>
            <extracomment>step sit: what the person reads</extracomment>
            <translation>Siéntese en una silla estable con la espalda apoyada y los dos pies planos en el suelo, con calcetines o zapatos.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair with their back supported and both feet flat on the floor, in socks or shoes.</source>
            <extracomment>step sit: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse en una silla estable con la espalda apoyada y los dos pies planos en el suelo, con calcetines o zapatos.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, back supported, both feet flat on the floor.</source>
            <extracomment>step sit: what the voice says to the person</extracomment>
            <translation>Siéntese en una silla estable, con la espalda apoyada y los dos pies planos en el suelo.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair, back supported, both feet flat on the floor.</source>
            <extracomment>step sit: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse en una silla estable, con la espalda apoyada y los dos pies planos en el suelo.</translation>
        </message>
        <message>
            <source>Ankle pumps, {side} foot</source>
            <extracomment>step ankle-pumps: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Punta y talón, pie {side}</translation>
        </message>
        <message>
            <source>Keep your {side} heel on the floor and lift the front of the foot, toes toward you. Then lower it and lift the heel, toes on the floor. Slowly.</source>
            <extracomment>step ankle-pumps: what the person reads</extracomment>
            <translation>Mantenga el talón {side} en el suelo y levante la parte delantera del pie, con los dedos hacia usted. Luego bájela y levante el talón, con los dedos en el suelo. Despacio.</translation>
        </message>
        <message>
            <source>Ask them to keep their {side} heel on the floor and lift the front of the foot, toes toward them, then lower it and lift the heel, toes on the floor. Slowly.</source>
            <extracomment>step ankle-pumps: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que mantenga el talón {side} en el suelo y levante la parte delantera del pie, con los dedos hacia sí, y que luego la baje y levante el talón, con los dedos en el suelo. Despacio.</translation>
        </message>
        <message>
            <source>Heel down, lift your toes. Then toes down, lift your heel. Slowly.</source>
            <extracomment>step ankle-pumps: what the voice says to the person</extracomment>
            <translation>Talón abajo, levante los dedos. Luego dedos abajo, levante el talón. Despacio.</translation>
        </message>
        <message>
            <source>Ask them: heel down, lift the toes; then toes down, lift the heel. Slowly.</source>
            <extracomment>step ankle-pumps: what the voice says to a caregiver</extracomment>
            <translation>Pídale: talón abajo, levantar los dedos; luego dedos abajo, levantar el talón. Despacio.</translation>
        </message>
        <message>
            <source>Stop if it hurts or a muscle cramps.</source>
            <extracomment>step ankle-pumps: a caution, shown and spoken</extracomment>
            <translation>Pare si duele o si le da un calambre.</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <extracomment>step ankle-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Círculos con el tobillo</translation>
        </message>
        <message>
            <source>Lift your {side} foot a little off the floor and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the person reads</extracomment>
            <translation>Levante un poco del suelo el pie {side} y haga círculos lentos con el tobillo, hacia un lado y luego hacia el otro.</translation>
        </message>
        <message>
            <source>Ask them to lift their {side} foot a little off the floor and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que levante un poco del suelo el pie {side} y haga círculos lentos con el tobillo, hacia un lado y luego hacia el otro.</translation>
        </message>
        <message>
            <source>Lift your foot a little and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the voice says to the person</extracomment>
            <translation>Levante un poco el pie y haga círculos lentos con el tobillo, hacia un lado y luego hacia el otro.</translation>
        </message>
        <message>
            <source>Ask them to circle the foot slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the voice says to a caregiver</extracomment>
            <translation>Pídale que haga círculos lentos con el tobillo, hacia un lado y luego hacia el otro.</translation>
        </message>
        <message>
            <source>Only as far as it moves easily and comfortably.</source>
            <extracomment>step ankle-circles: a caution, shown and spoken</extracomment>
            <translation>Solo hasta donde se mueva con facilidad y comodidad.</translation>
        </message>
        <message>
            <source>Toe curls</source>
            <extracomment>step toe-curls: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Encoger los dedos</translation>
        </message>
        <message>
            <source>With your {side} foot flat, curl the toes down as if to pick up a cloth from the floor. Hold, then relax.</source>
            <extracomment>step toe-curls: what the person reads</extracomment>
            <translation>Con el pie {side} plano, encoja los dedos hacia abajo como si fuera a coger un paño del suelo. Mantenga, y luego relaje.</translation>
        </message>
        <message>
            <source>Ask them to curl the toes of their {side} foot down, as if to pick up a cloth from the floor, hold, then relax.</source>
            <extracomment>step toe-curls: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que encoja hacia abajo los dedos del pie {side}, como si fuera a coger un paño del suelo, que mantenga y que luego relaje.</translation>
        </message>
        <message>
            <source>Curl your toes down, hold, then relax.</source>
            <extracomment>step toe-curls: what the voice says to the person</extracomment>
            <translation>Encoja los dedos hacia abajo, mantenga, y luego relaje.</translation>
        </message>
        <message>
            <source>Ask them to curl their toes down, hold, then relax.</source>
            <extracomment>step toe-curls: what the voice says to a caregiver</extracomment>
            <translation>Pídale que encoja los dedos hacia abajo, que mantenga y que luego relaje.</translation>
        </message>
        <message>
            <source>Toe spreads</source>
            <extracomment>step toe-spreads: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Separar los dedos</translation>
        </message>
        <message>
            <source>Spread the toes of your {side} foot apart as wide as they will go, hold, then relax. If they hardly move, that is fine: the trying is the exercise.</source>
            <extracomment>step toe-spreads: what the person reads</extracomment>
            <translation>Separe los dedos del pie {side} todo lo que pueda, mantenga, y luego relaje. Si apenas se mueven, no pasa nada: intentarlo ya es el ejercicio.</translation>
        </message>
        <message>
            <source>Ask them to spread the toes of their {side} foot apart as wide as they will go, hold, then relax. If they hardly move, that is fine.</source>
            <extracomment>step toe-spreads: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que separe los dedos del pie {side} todo lo que pueda, que mantenga y que luego relaje. Si apenas se mueven, no pasa nada.</translation>
        </message>
        <message>
            <source>Spread your toes apart, hold, then relax.</source>
            <extracomment>step toe-spreads: what the voice says to the person</extracomment>
            <translation>Separe los dedos, mantenga, y luego relaje.</translation>
        </message>
        <message>
            <source>Ask them to spread their toes apart, hold, then relax.</source>
            <extracomment>step toe-spreads: what the voice says to a caregiver</extracomment>
            <translation>Pídale que separe los dedos, que mantenga y que luego relaje.</translation>
        </message>
        <message>
            <source>A look at your feet</source>
            <extracomment>step look: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Un vistazo a los pies</translation>
        </message>
        <message>
            <source>Take off your socks and look at the soles and heels, and between the toes, for a red mark, blister or rubbed skin from the exercises or your shoes.</source>
            <extracomment>step look: what the person reads</extracomment>
            <translation>Quítese los calcetines y mire las plantas, los talones y entre los dedos, buscando una marca roja, una ampolla o una rozadura por los ejercicios o los zapatos.</translation>
        </message>
        <message>
            <source>Look at their soles and heels, and between the toes, for a red mark, blister or rubbed skin from the exercises or their shoes.</source>
            <extracomment>step look: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Mire sus plantas, sus talones y entre los dedos, buscando una marca roja, una ampolla o una rozadura por los ejercicios o los zapatos.</translation>
        </message>
        <message>
            <source>Last, look at the soles, the heels and between the toes, for a red mark, a blister or rubbed skin.</source>
            <extracomment>step look: what the voice says to the person</extracomment>
            <translation>Por último, mire las plantas, los talones y entre los dedos, buscando una marca roja, una ampolla o una rozadura.</translation>
        </message>
        <message>
            <source>Last, look at their soles, heels and between the toes, for a red mark, a blister or rubbed skin.</source>
            <extracomment>step look: what the voice says to a caregiver</extracomment>
            <translation>Por último, mire sus plantas, sus talones y entre los dedos, buscando una marca roja, una ampolla o una rozadura.</translation>
        </message>
    </context>
    <context>
        <name>routine:foot-care</name>
        <message>
            <source>Morning foot care</source>
            <extracomment>the routine's title</extracomment>
            <translation>Cuidado de los pies por la mañana</translation>
        </message>
        <message>
            <source>Check your skin, then gentle glides and circles for each foot. Light pressure throughout.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Revise la piel y luego deslizamientos y círculos suaves en cada pie. Presión ligera todo el tiempo.</translation>
        </message>
        <message>
            <source>Skip a foot with a cut, blister, crack, sore or sign of infection. With diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Sáltese un pie con un corte, una ampolla, una grieta, una llaga o señales de infección. Si tiene diabetes, contacte hoy con su unidad de pie diabético.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot: no massage; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Pie rojo, caliente o hinchado: nada de masaje; llame ahora mismo a su unidad de pie diabético o a su médico.</translation>
        </message>
        <message>
            <source>Numb skin cannot judge force: keep the pressure as light as smoothing on lotion.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>La piel entumecida no sabe medir la fuerza: mantenga la presión tan ligera como al extender una crema.</translation>
        </message>
        <message>
            <source>No lotion between the toes, and no heat on numb feet.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Nada de crema entre los dedos, y nada de calor en pies entumecidos.</translation>
        </message>
        <message>
            <source>Sit in a steady chair. Lotion makes the soles slippery: put on socks and shoes or slippers before you stand.</source>
            <extracomment>precaution 5, shown before the routine starts</extracomment>
            <translation>Siéntese en una silla estable. La crema hace que las plantas resbalen: póngase calcetines y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Check your soles</source>
            <extracomment>step sole-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Revise las plantas</translation>
        </message>
        <message>
            <source>Sit in a steady chair. Look over the soles of both feet: the toes, between the toes, the ball, the arch and the heel. Look for a cut, blister, crack, redness or swelling. Use a mirror, or ask someone to look.</source>
            <extracomment>step sole-check: what the person reads</extracomment>
            <translation>Siéntese en una silla estable. Mire las plantas de los dos pies: los dedos, entre los dedos, la parte delantera de la planta, el arco y el talón. Busque un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Use un espejo o pida a alguien que mire.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair. Look over the soles of both their feet: the toes, between the toes, the ball, the arch and the heel. Look for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step sole-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse en una silla estable. Mire las plantas de sus dos pies: los dedos, entre los dedos, la parte delantera de la planta, el arco y el talón. Busque un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>First, sit in a steady chair. Look at the soles: the toes, between the toes, the ball, the arch and the heel, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step sole-check: what the voice says to the person</extracomment>
            <translation>Primero, siéntese en una silla estable. Mire las plantas: los dedos, entre los dedos, la parte delantera, el arco y el talón, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>First, help them sit in a steady chair. Look at the soles of their feet: the toes, between the toes, the ball, the arch and the heel, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step sole-check: what the voice says to a caregiver</extracomment>
            <translation>Primero, ayúdele a sentarse en una silla estable. Mire las plantas de sus pies: los dedos, entre los dedos, la parte delantera, el arco y el talón, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Check the tops of your feet</source>
            <extracomment>step skin-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Revise el empeine</translation>
        </message>
        <message>
            <source>Now look over the tops of both feet, the toes and between the toes, as far as the ankle, for the same: a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what the person reads</extracomment>
            <translation>Ahora mire el empeine de los dos pies, los dedos y entre los dedos, hasta el tobillo, buscando lo mismo: un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Now look over the tops of both their feet, the toes and between the toes, as far as the ankle, for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ahora mire el empeine de sus dos pies, los dedos y entre los dedos, hasta el tobillo, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón.</translation>
        </message>
        <message>
            <source>Now the tops of your feet, the toes and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to the person</extracomment>
            <translation>Ahora el empeine, los dedos y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Now the tops of their feet, the toes and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to a caregiver</extracomment>
            <translation>Ahora su empeine, los dedos y entre los dedos, buscando un corte, una ampolla, una grieta, enrojecimiento o hinchazón. Luego responda a la pregunta de la pantalla.</translation>
        </message>
        <message>
            <source>Lotion on top of the {side} foot</source>
            <extracomment>step lotion: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Crema en el empeine del pie {side}</translation>
        </message>
        <message>
            <source>Rest your {side} foot where you can reach it. Smooth a little lotion over the top of the foot.</source>
            <extracomment>step lotion: what the person reads</extracomment>
            <translation>Apoye el pie {side} donde pueda alcanzarlo. Extienda un poco de crema por el empeine.</translation>
        </message>
        <message>
            <source>Rest their {side} foot on a towel in your lap. Smooth a little lotion over the top of the foot.</source>
            <extracomment>step lotion: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Apoye su pie {side} sobre una toalla en su regazo. Extienda un poco de crema por el empeine.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the top of your foot.</source>
            <extracomment>step lotion: what the voice says to the person</extracomment>
            <translation>Extienda un poco de crema por el empeine.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the top of their foot.</source>
            <extracomment>step lotion: what the voice says to a caregiver</extracomment>
            <translation>Extienda un poco de crema por su empeine.</translation>
        </message>
        <message>
            <source>No lotion in the gaps between the toes: damp skin there can break down.</source>
            <extracomment>step lotion: a caution, shown and spoken</extracomment>
            <translation>Nada de crema en los huecos entre los dedos: la piel húmeda ahí puede romperse.</translation>
        </message>
        <message>
            <source>No lotion in the gaps between their toes: damp skin there can break down.</source>
            <extracomment>step lotion: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Nada de crema en los huecos entre sus dedos: la piel húmeda ahí puede romperse.</translation>
        </message>
        <message>
            <source>Lotion on the {side} sole</source>
            <extracomment>step lotion-sole: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Crema en la planta del pie {side}</translation>
        </message>
        <message>
            <source>Smooth a little more lotion over the sole, from the ball of the foot to the heel, where the skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the person reads</extracomment>
            <translation>Extienda un poco más de crema por la planta, desde la parte delantera hasta el talón, donde la piel más se seca y se agrieta.</translation>
        </message>
        <message>
            <source>Smooth a little more lotion over their sole, from the ball of the foot to the heel, where the skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Extienda un poco más de crema por su planta, desde la parte delantera hasta el talón, donde la piel más se seca y se agrieta.</translation>
        </message>
        <message>
            <source>Now a little lotion over the sole, from the ball of the foot to the heel, where skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the voice says to the person</extracomment>
            <translation>Ahora un poco de crema por la planta, desde la parte delantera hasta el talón, donde la piel más se seca y se agrieta.</translation>
        </message>
        <message>
            <source>Now a little lotion over their sole, from the ball of the foot to the heel, where skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the voice says to a caregiver</extracomment>
            <translation>Ahora un poco de crema por su planta, desde la parte delantera hasta el talón, donde la piel más se seca y se agrieta.</translation>
        </message>
        <message>
            <source>Stay seated: lotion makes the soles slippery. Put on socks and shoes or slippers before you stand.</source>
            <extracomment>step lotion-sole: a caution, shown and spoken</extracomment>
            <translation>No se levante: la crema hace que las plantas resbalen. Póngase calcetines y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Lotion makes the soles slippery: they stay seated until socks and shoes or slippers are on.</source>
            <extracomment>step lotion-sole: a caution for a caregiver, shown and spoken</extracomment>
            <translation>La crema hace que las plantas resbalen: no debe levantarse hasta tener puestos calcetines y zapatos o zapatillas de casa.</translation>
        </message>
        <message>
            <source>Glide from the toes to the ankle</source>
            <extracomment>step top-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>De los dedos al tobillo</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of the foot from the toes toward the ankle, then lift and start again. Keep the touch as light as smoothing on lotion.</source>
            <extracomment>step top-glides: what the person reads</extracomment>
            <translation>Con la mano plana, deslícela despacio por el empeine desde los dedos hacia el tobillo, luego levántela y vuelva a empezar. Que el roce sea tan ligero como al extender una crema.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of their foot from the toes toward the ankle, then lift and start again. Keep the touch as light as smoothing on lotion: a numb foot cannot tell you when it is too much.</source>
            <extracomment>step top-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Con la mano plana, deslícela despacio por su empeine desde los dedos hacia el tobillo, luego levántela y vuelva a empezar. Que el roce sea tan ligero como al extender una crema: un pie entumecido no avisa cuando es demasiado.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly from your toes toward your ankle. Keep it light.</source>
            <extracomment>step top-glides: what the voice says to the person</extracomment>
            <translation>Con la mano plana, deslícela despacio desde los dedos hacia el tobillo. Con suavidad.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly from their toes toward the ankle. Keep it as light as smoothing on lotion.</source>
            <extracomment>step top-glides: what the voice says to a caregiver</extracomment>
            <translation>Con la mano plana, deslícela despacio desde los dedos de su pie hacia el tobillo. Tan ligero como al extender una crema.</translation>
        </message>
        <message>
            <source>Thumb circles on the sole</source>
            <extracomment>step sole-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Círculos con el pulgar en la planta</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over the sole: the ball of the foot, the arch, then the heel. Gentle pressure only.</source>
            <extracomment>step sole-circles: what the person reads</extracomment>
            <translation>Haga círculos pequeños y lentos con el pulgar por la planta: la parte delantera, el arco y luego el talón. Solo presión suave.</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over their sole: the ball of the foot, the arch, then the heel. Gentle pressure only.</source>
            <extracomment>step sole-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Haga círculos pequeños y lentos con el pulgar por su planta: la parte delantera, el arco y luego el talón. Solo presión suave.</translation>
        </message>
        <message>
            <source>Now small, slow thumb circles over your sole: the ball, the arch, then the heel. Gently.</source>
            <extracomment>step sole-circles: what the voice says to the person</extracomment>
            <translation>Ahora círculos pequeños y lentos con el pulgar por la planta: la parte delantera, el arco y luego el talón. Con suavidad.</translation>
        </message>
        <message>
            <source>Now small, slow thumb circles over their sole: the ball, the arch, then the heel. Gently.</source>
            <extracomment>step sole-circles: what the voice says to a caregiver</extracomment>
            <translation>Ahora círculos pequeños y lentos con el pulgar por su planta: la parte delantera, el arco y luego el talón. Con suavidad.</translation>
        </message>
        <message>
            <source>Stop if it stings or burns.</source>
            <extracomment>step sole-circles: a caution, shown and spoken</extracomment>
            <translation>Pare si pica o quema.</translation>
        </message>
        <message>
            <source>Stroke each toe</source>
            <extracomment>step toes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acariciar cada dedo</translation>
        </message>
        <message>
            <source>Hold each toe in turn and stroke it gently from the base to the tip, with a soft squeeze as you go. Start with the big toe.</source>
            <extracomment>step toes: what the person reads</extracomment>
            <translation>Sostenga cada dedo por turno y acarícielo con suavidad desde la base hasta la punta, con una presión ligera al avanzar. Empiece por el dedo gordo.</translation>
        </message>
        <message>
            <source>Hold each of their toes in turn and stroke it gently from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sostenga cada uno de sus dedos por turno y acarícielo con suavidad desde la base hasta la punta, con una presión ligera. Empiece por el dedo gordo.</translation>
        </message>
        <message>
            <source>Stroke each toe from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what the voice says to the person</extracomment>
            <translation>Acaricie cada dedo desde la base hasta la punta, con una presión ligera. Empiece por el dedo gordo.</translation>
        </message>
        <message>
            <source>Stroke each of their toes from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what the voice says to a caregiver</extracomment>
            <translation>Acaricie cada uno de sus dedos desde la base hasta la punta, con una presión ligera. Empiece por el dedo gordo.</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <extracomment>step ankle-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Círculos con el tobillo</translation>
        </message>
        <message>
            <source>Slowly circle your {side} foot at the ankle, or trace the letters of the alphabet in the air with your toes.</source>
            <extracomment>step ankle-circles: what the person reads</extracomment>
            <translation>Haga círculos lentos con el pie {side} desde el tobillo, o dibuje en el aire las letras del abecedario con los dedos.</translation>
        </message>
        <message>
            <source>Support their {side} foot from underneath and slowly circle it at the ankle. Or ask them to trace letters in the air with their toes.</source>
            <extracomment>step ankle-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sujete su pie {side} por debajo y gírelo despacio en círculos desde el tobillo. O pídale que dibuje letras en el aire con los dedos.</translation>
        </message>
        <message>
            <source>Slowly circle your foot at the ankle, or trace the alphabet in the air with your toes.</source>
            <extracomment>step ankle-circles: what the voice says to the person</extracomment>
            <translation>Haga círculos lentos con el pie desde el tobillo, o dibuje el abecedario en el aire con los dedos.</translation>
        </message>
        <message>
            <source>Support their foot from underneath and slowly circle it at the ankle.</source>
            <extracomment>step ankle-circles: what the voice says to a caregiver</extracomment>
            <translation>Sujete su pie por debajo y gírelo despacio en círculos desde el tobillo.</translation>
        </message>
        <message>
            <source>Only as far as it moves easily and comfortably.</source>
            <extracomment>step ankle-circles: a caution, shown and spoken</extracomment>
            <translation>Solo hasta donde se mueva con facilidad y comodidad.</translation>
        </message>
        <message>
            <source>Closing glides</source>
            <extracomment>step closing-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos para terminar</translation>
        </message>
        <message>
            <source>Finish with a few slow glides over the whole foot, from the toes to the ankle.</source>
            <extracomment>step closing-glides: what the person reads</extracomment>
            <translation>Termine con unos deslizamientos lentos por todo el pie, desde los dedos hasta el tobillo.</translation>
        </message>
        <message>
            <source>Finish with a few slow glides over their whole foot, from the toes to the ankle.</source>
            <extracomment>step closing-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Termine con unos deslizamientos lentos por todo su pie, desde los dedos hasta el tobillo.</translation>
        </message>
        <message>
            <source>To finish this foot, a few slow glides from the toes to the ankle.</source>
            <extracomment>step closing-glides: what the voice says to the person</extracomment>
            <translation>Para terminar este pie, unos deslizamientos lentos desde los dedos hasta el tobillo.</translation>
        </message>
        <message>
            <source>Check again, then socks on</source>
            <extracomment>step after-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Revisar otra vez y calcetines</translation>
        </message>
        <message>
            <source>Look at both feet again, the soles and heels too, for redness, blisters or broken skin. Dry gently between the toes, then put on clean socks and shoes or slippers before you stand up.</source>
            <extracomment>step after-check: what the person reads</extracomment>
            <translation>Vuelva a mirar los dos pies, también las plantas y los talones, buscando enrojecimiento, ampollas o piel rota. Seque con suavidad entre los dedos, y póngase calcetines limpios y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Look at both their feet again, the soles and heels too, for redness, blisters or broken skin. Dry gently between the toes, then help them into clean socks and shoes or slippers before they stand up.</source>
            <extracomment>step after-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Vuelva a mirar sus dos pies, también las plantas y los talones, buscando enrojecimiento, ampollas o piel rota. Seque con suavidad entre los dedos, y ayúdele a ponerse calcetines limpios y zapatos o zapatillas de casa antes de que se levante.</translation>
        </message>
        <message>
            <source>Last, look at both feet again, the soles and heels too, for redness, blisters or broken skin. Dry between the toes, and put on socks and shoes or slippers before you stand up.</source>
            <extracomment>step after-check: what the voice says to the person</extracomment>
            <translation>Por último, vuelva a mirar los dos pies, también las plantas y los talones, buscando enrojecimiento, ampollas o piel rota. Seque entre los dedos, y póngase calcetines y zapatos o zapatillas de casa antes de levantarse.</translation>
        </message>
        <message>
            <source>Last, look at both their feet again, the soles and heels too, for redness, blisters or broken skin. Dry between the toes, and help with socks and shoes or slippers before they stand up.</source>
            <extracomment>step after-check: what the voice says to a caregiver</extracomment>
            <translation>Por último, vuelva a mirar sus dos pies, también las plantas y los talones, buscando enrojecimiento, ampollas o piel rota. Seque entre los dedos, y ayúdele con los calcetines y los zapatos o zapatillas de casa antes de que se levante.</translation>
        </message>
    </context>
    <context>
        <name>routine:hand-relief</name>
        <message>
            <source>Hand relief</source>
            <extracomment>the routine's title</extracomment>
            <translation>Alivio para las manos</translation>
        </message>
        <message>
            <source>Slow circles and glides for the palm, the back of the hand and each finger.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Círculos y deslizamientos lentos para la palma, el dorso de la mano y cada dedo.</translation>
        </message>
        <message>
            <source>Skip a hand with a cut, crack, sore or sign of infection.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Sáltese una mano con un corte, una grieta, una llaga o señales de infección.</translation>
        </message>
        <message>
            <source>Leave out a hand or arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Deje fuera la mano o el brazo con un reservorio, una vía, linfedema o ganglios linfáticos extirpados.</translation>
        </message>
        <message>
            <source>During chemotherapy keep the touch light, with no pressure on tingling areas.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Durante la quimioterapia, que el roce sea ligero, sin presión en las zonas con hormigueo.</translation>
        </message>
        <message>
            <source>Lotion on the {side} hand</source>
            <extracomment>step lotion: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Crema en la mano {side}</translation>
        </message>
        <message>
            <source>Warm a little lotion between your palms and smooth it over your {side} hand, front and back.</source>
            <extracomment>step lotion: what the person reads</extracomment>
            <translation>Caliente un poco de crema entre las palmas y extiéndala por la mano {side}, por delante y por detrás.</translation>
        </message>
        <message>
            <source>Hold their {side} hand palm-up in yours. Warm a little lotion in your hands and smooth it over the front and back.</source>
            <extracomment>step lotion: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sostenga su mano {side} con la palma hacia arriba en la suya. Caliente un poco de crema en las manos y extiéndala por delante y por detrás.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the front and the back.</source>
            <extracomment>step lotion: what the voice says to the person</extracomment>
            <translation>Extienda un poco de crema por delante y por detrás.</translation>
        </message>
        <message>
            <source>Hold it palm-up in yours and smooth on a little lotion, front and back.</source>
            <extracomment>step lotion: what the voice says to a caregiver</extracomment>
            <translation>Sosténgala con la palma hacia arriba en la suya y extienda un poco de crema, por delante y por detrás.</translation>
        </message>
        <message>
            <source>Thumb circles on the palm</source>
            <extracomment>step palm-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Círculos con el pulgar en la palma</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over the palm, from the heel of the hand toward the fingers.</source>
            <extracomment>step palm-circles: what the person reads</extracomment>
            <translation>Haga círculos pequeños y lentos con el pulgar por la palma, desde la base de la mano hacia los dedos.</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumbs over their palm, from the heel of the hand toward the fingers. Keep it light: numb skin cannot tell you when it is too much.</source>
            <extracomment>step palm-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Haga círculos pequeños y lentos con los pulgares por su palma, desde la base de la mano hacia los dedos. Con suavidad: la piel entumecida no avisa cuando es demasiado.</translation>
        </message>
        <message>
            <source>Small, slow thumb circles over your palm, moving toward the fingers.</source>
            <extracomment>step palm-circles: what the voice says to the person</extracomment>
            <translation>Círculos pequeños y lentos con el pulgar por la palma, avanzando hacia los dedos.</translation>
        </message>
        <message>
            <source>Small, slow thumb circles over their palm, moving toward the fingers. Keep it light.</source>
            <extracomment>step palm-circles: what the voice says to a caregiver</extracomment>
            <translation>Círculos pequeños y lentos con el pulgar por su palma, avanzando hacia los dedos. Con suavidad.</translation>
        </message>
        <message>
            <source>Stop if it stings or burns.</source>
            <extracomment>step palm-circles: a caution, shown and spoken</extracomment>
            <translation>Pare si pica o quema.</translation>
        </message>
        <message>
            <source>Glide along the back of the hand</source>
            <extracomment>step back-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Por el dorso de la mano</translation>
        </message>
        <message>
            <source>Turn your hand over. With your thumb, glide slowly up each groove between the tendons to the knuckles, one groove at a time.</source>
            <extracomment>step back-glides: what the person reads</extracomment>
            <translation>Dé la vuelta a la mano. Deslice el pulgar despacio por cada surco entre los tendones hasta los nudillos, un surco cada vez.</translation>
        </message>
        <message>
            <source>Turn their hand over. With your thumb, glide slowly up each groove between the tendons to the knuckles, one groove at a time.</source>
            <extracomment>step back-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Dé la vuelta a su mano. Deslice el pulgar despacio por cada surco entre los tendones hasta los nudillos, un surco cada vez.</translation>
        </message>
        <message>
            <source>Turn your hand over. Glide your thumb up each groove between the tendons, to the knuckles.</source>
            <extracomment>step back-glides: what the voice says to the person</extracomment>
            <translation>Dé la vuelta a la mano. Deslice el pulgar por cada surco entre los tendones, hasta los nudillos.</translation>
        </message>
        <message>
            <source>Turn their hand over. Glide your thumb up each groove between the tendons, to the knuckles.</source>
            <extracomment>step back-glides: what the voice says to a caregiver</extracomment>
            <translation>Dé la vuelta a su mano. Deslice el pulgar por cada surco entre los tendones, hasta los nudillos.</translation>
        </message>
        <message>
            <source>Stroke each finger</source>
            <extracomment>step fingers: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acariciar cada dedo</translation>
        </message>
        <message>
            <source>Hold each finger in turn and stroke it gently from the base to the tip. Start with the thumb.</source>
            <extracomment>step fingers: what the person reads</extracomment>
            <translation>Sostenga cada dedo por turno y acarícielo con suavidad desde la base hasta la punta. Empiece por el pulgar.</translation>
        </message>
        <message>
            <source>Hold each of their fingers in turn and stroke it gently from the base to the tip. Start with the thumb.</source>
            <extracomment>step fingers: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sostenga cada uno de sus dedos por turno y acarícielo con suavidad desde la base hasta la punta. Empiece por el pulgar.</translation>
        </message>
        <message>
            <source>Stroke each finger gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step fingers: what the voice says to the person</extracomment>
            <translation>Acaricie cada dedo con suavidad desde la base hasta la punta, empezando por el pulgar.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step fingers: what the voice says to a caregiver</extracomment>
            <translation>Acaricie cada uno de sus dedos con suavidad desde la base hasta la punta, empezando por el pulgar.</translation>
        </message>
        <message>
            <source>Gentle pinch of the web</source>
            <extracomment>step web-pinch: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Pellizco suave entre pulgar e índice</translation>
        </message>
        <message>
            <source>Hold the soft web between your thumb and index finger with your other thumb and finger. Squeeze gently, let go, and repeat.</source>
            <extracomment>step web-pinch: what the person reads</extracomment>
            <translation>Tome la piel blanda entre el pulgar y el índice con el pulgar y un dedo de la otra mano. Apriete con suavidad, suelte y repita.</translation>
        </message>
        <message>
            <source>Hold the soft web between their thumb and index finger. Squeeze gently, let go, and repeat.</source>
            <extracomment>step web-pinch: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tome la piel blanda entre su pulgar y su índice. Apriete con suavidad, suelte y repita.</translation>
        </message>
        <message>
            <source>Gently squeeze the soft web between your thumb and index finger, then let go.</source>
            <extracomment>step web-pinch: what the voice says to the person</extracomment>
            <translation>Apriete con suavidad la piel blanda entre el pulgar y el índice, y luego suelte.</translation>
        </message>
        <message>
            <source>Gently squeeze the soft web between their thumb and index finger, then let go.</source>
            <extracomment>step web-pinch: what the voice says to a caregiver</extracomment>
            <translation>Apriete con suavidad la piel blanda entre su pulgar y su índice, y luego suelte.</translation>
        </message>
        <message>
            <source>Closing glides</source>
            <extracomment>step closing-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos para terminar</translation>
        </message>
        <message>
            <source>Finish with slow glides from the fingertips back to the wrist.</source>
            <extracomment>step closing-glides: what the person reads</extracomment>
            <translation>Termine con deslizamientos lentos desde la punta de los dedos hasta la muñeca.</translation>
        </message>
        <message>
            <source>Finish with slow glides from their fingertips back to the wrist.</source>
            <extracomment>step closing-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Termine con deslizamientos lentos desde la punta de sus dedos hasta la muñeca.</translation>
        </message>
        <message>
            <source>To finish this hand, slow glides from the fingertips to the wrist.</source>
            <extracomment>step closing-glides: what the voice says to the person</extracomment>
            <translation>Para terminar esta mano, deslizamientos lentos desde la punta de los dedos hasta la muñeca.</translation>
        </message>
    </context>
    <context>
        <name>routine:pressure-points</name>
        <message>
            <source>Pressure-point relaxation</source>
            <extracomment>the routine's title</extracomment>
            <translation>Relajación con puntos de presión</translation>
        </message>
        <message>
            <source>Rest gentle, still pressure on a few comfortable spots on each sole, then let go. For relaxation.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Una presión suave y quieta en unos pocos puntos cómodos de cada planta, y luego soltar. Para relajarse.</translation>
        </message>
        <message>
            <source>Relaxation only: these spots are not linked to organs and do not treat illness.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Solo para relajarse: estos puntos no están conectados con órganos y no sirven para tratar enfermedades.</translation>
        </message>
        <message>
            <source>Use a fingertip only, never a tool, and press lighter on numb skin.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Use solo la yema del dedo, nunca un objeto, y presione más suave sobre la piel entumecida.</translation>
        </message>
        <message>
            <source>Skip it with a fracture, a wound, gout, a clot or low platelets.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>No la haga si tiene una fractura, una herida, gota, un coágulo o las plaquetas bajas.</translation>
        </message>
        <message>
            <source>Pregnant? Ask your midwife or doctor before using pressure points.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>¿Está embarazada? Pregunte a su matrona o a su médico antes de usar puntos de presión.</translation>
        </message>
        <message>
            <source>Settle the {side} foot</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acomodar el pie {side}</translation>
        </message>
        <message>
            <source>Rest your {side} foot across your knee or on a cushion. Breathe out slowly and stroke the sole a few times, so it gets used to your touch.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Apoye el pie {side} sobre la rodilla o sobre un cojín. Suelte el aire despacio y acaricie la planta unas cuantas veces, para que se acostumbre al contacto.</translation>
        </message>
        <message>
            <source>Rest their {side} foot on a cushion in your lap. Stroke the sole a few times, so it gets used to your touch, and ask them to breathe out slowly.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Apoye su pie {side} sobre un cojín en su regazo. Acaricie la planta unas cuantas veces, para que se acostumbre a su contacto, y pídale que suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Rest your foot comfortably, breathe out slowly, and stroke the sole a few times.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Apoye el pie a gusto, suelte el aire despacio y acaricie la planta unas cuantas veces.</translation>
        </message>
        <message>
            <source>Rest their {side} foot comfortably and stroke the sole a few times. Ask them to breathe out slowly.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Apoye a gusto su pie {side} y acaricie la planta unas cuantas veces. Pídale que suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Below the ball of the foot</source>
            <extracomment>step ball: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Bajo la parte delantera del pie</translation>
        </message>
        <message>
            <source>Find the soft hollow just below the ball of the foot. Rest a fingertip there with gentle, still pressure. Breathe slowly, then ease off.</source>
            <extracomment>step ball: what the person reads</extracomment>
            <translation>Busque el hueco blando justo debajo de la parte delantera de la planta. Apoye ahí la yema de un dedo con una presión suave y quieta. Respire despacio, y luego afloje.</translation>
        </message>
        <message>
            <source>Find the soft hollow just below the ball of their foot. Rest a fingertip there with gentle, still pressure, then ease off. Keep it as light as smoothing on lotion: a numb foot cannot tell you when it is too much.</source>
            <extracomment>step ball: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Busque el hueco blando justo debajo de la parte delantera de su planta. Apoye ahí la yema de un dedo con una presión suave y quieta, y luego afloje. Tan ligero como al extender una crema: un pie entumecido no avisa cuando es demasiado.</translation>
        </message>
        <message>
            <source>Rest a fingertip in the soft hollow below the ball of your foot. Gentle, still pressure, and breathe slowly.</source>
            <extracomment>step ball: what the voice says to the person</extracomment>
            <translation>Apoye la yema de un dedo en el hueco blando debajo de la parte delantera de la planta. Presión suave y quieta, y respire despacio.</translation>
        </message>
        <message>
            <source>Rest a fingertip in the soft hollow below the ball of their foot. Gentle, still pressure.</source>
            <extracomment>step ball: what the voice says to a caregiver</extracomment>
            <translation>Apoye la yema de un dedo en el hueco blando debajo de la parte delantera de su planta. Presión suave y quieta.</translation>
        </message>
        <message>
            <source>The middle of the arch</source>
            <extracomment>step arch: its title ({side} is 'right' or 'left')</extracomment>
            <translation>El centro del arco</translation>
        </message>
        <message>
            <source>Move to the middle of the arch, on the inner side of the sole. Rest your fingertip there gently, then ease off.</source>
            <extracomment>step arch: what the person reads</extracomment>
            <translation>Pase al centro del arco, en el lado interior de la planta. Apoye ahí la yema del dedo con suavidad, y luego afloje.</translation>
        </message>
        <message>
            <source>Move to the middle of their arch, on the inner side of the sole. Rest your fingertip there gently, then ease off.</source>
            <extracomment>step arch: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pase al centro de su arco, en el lado interior de la planta. Apoye ahí la yema del dedo con suavidad, y luego afloje.</translation>
        </message>
        <message>
            <source>Now the middle of the arch. Gentle, still pressure, then ease off.</source>
            <extracomment>step arch: what the voice says to the person</extracomment>
            <translation>Ahora el centro del arco. Presión suave y quieta, y luego afloje.</translation>
        </message>
        <message>
            <source>Now the middle of their arch. Gentle, still pressure, then ease off.</source>
            <extracomment>step arch: what the voice says to a caregiver</extracomment>
            <translation>Ahora el centro de su arco. Presión suave y quieta, y luego afloje.</translation>
        </message>
        <message>
            <source>The centre of the heel</source>
            <extracomment>step heel: its title ({side} is 'right' or 'left')</extracomment>
            <translation>El centro del talón</translation>
        </message>
        <message>
            <source>Cup the heel and rest your thumb on its centre with gentle pressure. Breathe out slowly.</source>
            <extracomment>step heel: what the person reads</extracomment>
            <translation>Envuelva el talón con la mano y apoye el pulgar en su centro con una presión suave. Suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Cup their heel and rest your thumb on its centre with gentle pressure. Ask them to breathe out slowly.</source>
            <extracomment>step heel: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Envuelva su talón con la mano y apoye el pulgar en su centro con una presión suave. Pídale que suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Cup your heel and rest your thumb on its centre. Breathe out slowly.</source>
            <extracomment>step heel: what the voice says to the person</extracomment>
            <translation>Envuelva el talón con la mano y apoye el pulgar en su centro. Suelte el aire despacio.</translation>
        </message>
        <message>
            <source>Cup their heel and rest your thumb on its centre, gently.</source>
            <extracomment>step heel: what the voice says to a caregiver</extracomment>
            <translation>Envuelva su talón con la mano y apoye el pulgar en su centro, con suavidad.</translation>
        </message>
        <message>
            <source>Stroke the sole to finish</source>
            <extracomment>step closing: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acariciar la planta para terminar</translation>
        </message>
        <message>
            <source>Finish with slow strokes from the toes to the heel, then rest the foot down.</source>
            <extracomment>step closing: what the person reads</extracomment>
            <translation>Termine con pasadas lentas desde los dedos hasta el talón, y luego apoye el pie.</translation>
        </message>
        <message>
            <source>Finish with slow strokes from their toes to the heel, then rest the foot down.</source>
            <extracomment>step closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Termine con pasadas lentas desde los dedos de su pie hasta el talón, y luego apoye el pie.</translation>
        </message>
        <message>
            <source>To finish, slow strokes from the toes to the heel, then rest your foot down.</source>
            <extracomment>step closing: what the voice says to the person</extracomment>
            <translation>Para terminar, pasadas lentas desde los dedos hasta el talón, y luego apoye el pie.</translation>
        </message>
        <message>
            <source>To finish, slow strokes from the toes to the heel, then rest their foot down.</source>
            <extracomment>step closing: what the voice says to a caregiver</extracomment>
            <translation>Para terminar, pasadas lentas desde los dedos hasta el talón, y luego apoye su pie.</translation>
        </message>
    </context>
    <context>
        <name>routine:resting-touch</name>
        <message>
            <source>Resting touch</source>
            <extracomment>the routine's title</extracomment>
            <translation>Contacto en reposo</translation>
        </message>
        <message>
            <source>When even light strokes hurt: a warm, still hand resting on each foot and each hand. No movement, no pressure.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Cuando incluso las pasadas suaves duelen: una mano cálida y quieta apoyada en cada pie y en cada mano. Sin movimiento, sin presión.</translation>
        </message>
        <message>
            <source>If even a resting hand hurts, lift it away and leave that foot or hand out today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Si incluso una mano en reposo duele, retírela y deje fuera hoy ese pie o esa mano.</translation>
        </message>
        <message>
            <source>Skip a foot or hand with a cut, blister, crack, sore or sign of infection.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Sáltese un pie o una mano con un corte, una ampolla, una grieta, una llaga o señales de infección.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot or leg: no touch; call your foot clinic or doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Pie o pierna rojos, calientes o hinchados: nada de contacto; llame ahora mismo a su unidad de pie diabético o a su médico.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acomódese</translation>
        </message>
        <message>
            <source>Sit or lie back comfortably, feet supported. Rest your hands on your thighs and breathe out slowly a few times. Nothing will move over the skin: the hands only rest.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Siéntese o recuéstese a gusto, con los pies apoyados. Apoye las manos en los muslos y suelte el aire despacio unas cuantas veces. Nada se moverá sobre la piel: las manos solo reposan.</translation>
        </message>
        <message>
            <source>Help them sit or lie back comfortably, feet supported. Warm your hands. Nothing will move over the skin: your hands only rest, and they tell you to stop if anything hurts.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse o recostarse a gusto, con los pies apoyados. Caliéntese las manos. Nada se moverá sobre la piel: sus manos solo reposan, y le dirá que pare si algo le duele.</translation>
        </message>
        <message>
            <source>Sit back comfortably, rest your hands on your thighs, and breathe out slowly. The hands will only rest.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Siéntese a gusto, apoye las manos en los muslos y suelte el aire despacio. Las manos solo van a reposar.</translation>
        </message>
        <message>
            <source>Help them sit back comfortably and warm your hands. Your hands will only rest, and they tell you to stop if anything hurts.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse a gusto y caliéntese las manos. Sus manos solo van a reposar, y le dirá que pare si algo le duele.</translation>
        </message>
        <message>
            <source>Rest a hand on the {side} foot</source>
            <extracomment>step rest-foot: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Una mano sobre el pie {side}</translation>
        </message>
        <message>
            <source>Lay one hand softly over the top of your {side} foot. Let it lie there, warm and still, with no pressure at all, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the person reads</extracomment>
            <translation>Ponga una mano con suavidad sobre el empeine del pie {side}. Déjela ahí, cálida y quieta, sin ninguna presión, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Lay one hand softly over the top of their {side} foot. Let it lie there, warm and still, with no pressure at all, for a few slow breaths.</source>
            <extracomment>step rest-foot: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ponga una mano con suavidad sobre el empeine de su pie {side}. Déjela ahí, cálida y quieta, sin ninguna presión, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Lay a hand softly over the top of your foot. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the voice says to the person</extracomment>
            <translation>Ponga una mano con suavidad sobre el empeine. Déjela ahí, cálida y quieta, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Lay a hand softly over the top of their foot, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the voice says to a caregiver</extracomment>
            <translation>Ponga una mano con suavidad sobre su empeine, cálida y quieta, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>If it hurts, lift your hand away.</source>
            <extracomment>step rest-foot: a caution, shown and spoken</extracomment>
            <translation>Si duele, retire la mano.</translation>
        </message>
        <message>
            <source>If it hurts them, lift your hand away.</source>
            <extracomment>step rest-foot: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Si le duele, retire la mano.</translation>
        </message>
        <message>
            <source>Rest on the {side} hand</source>
            <extracomment>step rest-hand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Sobre la mano {side}</translation>
        </message>
        <message>
            <source>Lay your other hand softly over the back of your {side} hand. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the person reads</extracomment>
            <translation>Ponga la otra mano con suavidad sobre el dorso de la mano {side}. Déjela ahí, cálida y quieta, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Lay your hand softly over the back of their {side} hand. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ponga la mano con suavidad sobre el dorso de su mano {side}. Déjela ahí, cálida y quieta, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Lay your other hand softly over the back of this hand, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the voice says to the person</extracomment>
            <translation>Ponga la otra mano con suavidad sobre el dorso de esta mano, cálida y quieta, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Lay your hand softly over the back of their hand, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the voice says to a caregiver</extracomment>
            <translation>Ponga la mano con suavidad sobre el dorso de la mano de la persona, cálida y quieta, durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>Rest, then finish</source>
            <extracomment>step close: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Descansar y terminar</translation>
        </message>
        <message>
            <source>Rest your hands in your lap and breathe out slowly. Notice how your feet and hands feel now.</source>
            <extracomment>step close: what the person reads</extracomment>
            <translation>Deje descansar las manos en el regazo y suelte el aire despacio. Note cómo siente ahora los pies y las manos.</translation>
        </message>
        <message>
            <source>Rest your hands in your lap and let them breathe out slowly. Ask how their feet and hands feel now.</source>
            <extracomment>step close: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Deje descansar sus manos en el regazo y deje que suelte el aire despacio. Pregúntele cómo siente ahora los pies y las manos.</translation>
        </message>
        <message>
            <source>Rest your hands and let them breathe out slowly. Ask how their feet and hands feel now.</source>
            <extracomment>step close: what the voice says to a caregiver</extracomment>
            <translation>Deje descansar sus manos y deje que suelte el aire despacio. Pregúntele cómo siente ahora los pies y las manos.</translation>
        </message>
    </context>
    <context>
        <name>routine:swedish-strokes</name>
        <message>
            <source>Gentle strokes, given by a caregiver</source>
            <extracomment>the routine's title</extracomment>
            <translation>Pasadas suaves, dadas por un cuidador</translation>
        </message>
        <message>
            <source>Long gliding strokes, light kneading and gentle friction for the legs, feet, forearms and hands.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Pasadas largas y deslizantes, amasado ligero y fricción suave para piernas, pies, antebrazos y manos.</translation>
        </message>
        <message>
            <source>Pressure no firmer than smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Presión nunca más firme que al extender una crema: la piel entumecida no avisa cuando es demasiado.</translation>
        </message>
        <message>
            <source>Not over a leg that is swollen, painful or warm, or that has a clot.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Nunca sobre una pierna hinchada, dolorida o caliente, o con un coágulo.</translation>
        </message>
        <message>
            <source>Leave out an arm with a port, a line, lymphoedema or lymph nodes removed, and any area that had radiotherapy.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Deje fuera el brazo con un reservorio, una vía, linfedema o ganglios linfáticos extirpados, y cualquier zona que haya recibido radioterapia.</translation>
        </message>
        <message>
            <source>With low platelets, easy bruising or blood thinners: light touch only, and ask the care team first.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Con plaquetas bajas, tendencia a los moretones o anticoagulantes: solo un roce suave, y consulte antes al equipo médico.</translation>
        </message>
        <message>
            <source>Settle in and agree on pressure</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Acomodarse y acordar la presión</translation>
        </message>
        <message>
            <source>Sit comfortably with your legs supported. Agree with your helper that you will say at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Siéntese a gusto con las piernas apoyadas. Acuerde con la persona que le ayuda que avisará enseguida si algo duele, quema o se nota demasiado firme.</translation>
        </message>
        <message>
            <source>Help them sit comfortably with their legs supported. Agree that they will tell you at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse a gusto con las piernas apoyadas. Acuerden que le avisará enseguida si algo duele, quema o se nota demasiado firme.</translation>
        </message>
        <message>
            <source>Sit comfortably with your legs supported, and agree to say at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Siéntese a gusto con las piernas apoyadas, y acuerde avisar enseguida si algo duele, quema o se nota demasiado firme.</translation>
        </message>
        <message>
            <source>Help them sit comfortably, legs supported. Agree they will tell you at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse a gusto, con las piernas apoyadas. Acuerden que le avisará enseguida si algo duele, quema o se nota demasiado firme.</translation>
        </message>
        <message>
            <source>Long glides up the {side} leg</source>
            <extracomment>step leg-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos largos por la pierna {side}</translation>
        </message>
        <message>
            <source>Your helper glides both hands slowly from your ankle up toward the knee, then lets them float back down lightly.</source>
            <extracomment>step leg-glides: what the person reads</extracomment>
            <translation>La persona que le ayuda desliza las dos manos despacio desde el tobillo hacia la rodilla, y luego las deja volver hacia abajo, ligeras.</translation>
        </message>
        <message>
            <source>Glide both hands slowly from their {side} ankle up toward the knee, then let them float back down lightly. Keep the pressure like smoothing on lotion.</source>
            <extracomment>step leg-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Deslice las dos manos despacio por su pierna {side}, desde el tobillo hacia la rodilla, y luego déjelas volver hacia abajo, ligeras. Que la presión sea como al extender una crema.</translation>
        </message>
        <message>
            <source>Long, slow glides from the ankle up toward the knee.</source>
            <extracomment>step leg-glides: what the voice says to the person</extracomment>
            <translation>Deslizamientos largos y lentos desde el tobillo hacia la rodilla.</translation>
        </message>
        <message>
            <source>Long, slow glides with both hands, from the ankle up toward the knee.</source>
            <extracomment>step leg-glides: what the voice says to a caregiver</extracomment>
            <translation>Deslizamientos largos y lentos con las dos manos, desde el tobillo hacia la rodilla.</translation>
        </message>
        <message>
            <source>Light kneading of the calf</source>
            <extracomment>step leg-kneading: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Amasado ligero de la pantorrilla</translation>
        </message>
        <message>
            <source>Your helper lifts and gently squeezes the soft calf muscle, like kneading soft dough, working up the leg.</source>
            <extracomment>step leg-kneading: what the person reads</extracomment>
            <translation>La persona que le ayuda levanta y aprieta con suavidad el músculo blando de la pantorrilla, como quien amasa una masa blanda, subiendo por la pierna.</translation>
        </message>
        <message>
            <source>Lift and gently squeeze the soft calf muscle, like kneading soft dough, working up the leg. Keep it as light as smoothing on lotion.</source>
            <extracomment>step leg-kneading: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Levante y apriete con suavidad el músculo blando de la pantorrilla, como quien amasa una masa blanda, subiendo por la pierna. Tan ligero como al extender una crema.</translation>
        </message>
        <message>
            <source>Light kneading of the calf, working up the leg.</source>
            <extracomment>step leg-kneading: what the voice says to the person</extracomment>
            <translation>Amasado ligero de la pantorrilla, subiendo por la pierna.</translation>
        </message>
        <message>
            <source>Lightly knead the soft calf muscle, working up the leg.</source>
            <extracomment>step leg-kneading: what the voice says to a caregiver</extracomment>
            <translation>Amase con suavidad el músculo blando de la pantorrilla, subiendo por la pierna.</translation>
        </message>
        <message>
            <source>Never on the shin bone.</source>
            <extracomment>step leg-kneading: a caution, shown and spoken</extracomment>
            <translation>Nunca sobre la espinilla.</translation>
        </message>
        <message>
            <source>Stay off the shin bone: knead only the soft calf.</source>
            <extracomment>step leg-kneading: a caution for a caregiver, shown and spoken</extracomment>
            <translation>No toque la espinilla: amase solo la parte blanda de la pantorrilla.</translation>
        </message>
        <message>
            <source>Gentle friction over the top of the foot</source>
            <extracomment>step foot-friction: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fricción suave en el empeine</translation>
        </message>
        <message>
            <source>Your helper rubs lightly over the top of your foot with the flat of the fingers, in small back-and-forth movements.</source>
            <extracomment>step foot-friction: what the person reads</extracomment>
            <translation>La persona que le ayuda frota con suavidad el empeine con los dedos planos, con pequeños movimientos de ida y vuelta.</translation>
        </message>
        <message>
            <source>Rub lightly over the top of their foot with the flat of your fingers, in small back-and-forth movements. Keep it gentle.</source>
            <extracomment>step foot-friction: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Frote ligeramente su empeine con los dedos planos, con pequeños movimientos de ida y vuelta. Siempre con suavidad.</translation>
        </message>
        <message>
            <source>Gentle friction over the top of the foot.</source>
            <extracomment>step foot-friction: what the voice says to the person</extracomment>
            <translation>Fricción suave en el empeine.</translation>
        </message>
        <message>
            <source>Gentle friction with the flat of your fingers, over the top of their foot.</source>
            <extracomment>step foot-friction: what the voice says to a caregiver</extracomment>
            <translation>Fricción suave con los dedos planos, sobre su empeine.</translation>
        </message>
        <message>
            <source>Gentle friction over the sole</source>
            <extracomment>step sole-friction: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Fricción suave en la planta</translation>
        </message>
        <message>
            <source>Then the same light, small movements over the sole, from the ball of the foot to the heel.</source>
            <extracomment>step sole-friction: what the person reads</extracomment>
            <translation>Luego los mismos movimientos pequeños y ligeros por la planta, desde la parte delantera hasta el talón.</translation>
        </message>
        <message>
            <source>Then the same light, small movements over their sole, from the ball of the foot to the heel. A numb sole cannot tell you when it is too much: keep it gentle.</source>
            <extracomment>step sole-friction: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Luego los mismos movimientos pequeños y ligeros por su planta, desde la parte delantera hasta el talón. Una planta entumecida no avisa cuando es demasiado: siempre con suavidad.</translation>
        </message>
        <message>
            <source>Now the same gentle friction over the sole, from the ball of the foot to the heel.</source>
            <extracomment>step sole-friction: what the voice says to the person</extracomment>
            <translation>Ahora la misma fricción suave por la planta, desde la parte delantera hasta el talón.</translation>
        </message>
        <message>
            <source>Now the same gentle friction over their sole, from the ball of the foot to the heel. Keep it gentle.</source>
            <extracomment>step sole-friction: what the voice says to a caregiver</extracomment>
            <translation>Ahora la misma fricción suave por su planta, desde la parte delantera hasta el talón. Siempre con suavidad.</translation>
        </message>
        <message>
            <source>Glides again to finish</source>
            <extracomment>step leg-closing: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos para terminar</translation>
        </message>
        <message>
            <source>Your helper finishes the leg with slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what the person reads</extracomment>
            <translation>La persona que le ayuda termina la pierna con deslizamientos lentos y ligeros desde los dedos del pie hasta la rodilla.</translation>
        </message>
        <message>
            <source>Finish their {side} leg with slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Termine su pierna {side} con deslizamientos lentos y ligeros desde los dedos del pie hasta la rodilla.</translation>
        </message>
        <message>
            <source>To finish this leg, slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what the voice says to the person</extracomment>
            <translation>Para terminar esta pierna, deslizamientos lentos y ligeros desde los dedos del pie hasta la rodilla.</translation>
        </message>
        <message>
            <source>Long glides along the {side} forearm</source>
            <extracomment>step arm-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos largos por el antebrazo {side}</translation>
        </message>
        <message>
            <source>Your helper glides slowly from your wrist toward the elbow, then lets their hands float back.</source>
            <extracomment>step arm-glides: what the person reads</extracomment>
            <translation>La persona que le ayuda desliza las manos despacio desde su muñeca hacia el codo, y luego las deja volver, ligeras.</translation>
        </message>
        <message>
            <source>Support their {side} forearm on a pillow. Glide slowly from the wrist toward the elbow, then let your hands float back.</source>
            <extracomment>step arm-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Apoye su antebrazo {side} sobre una almohada. Deslice las manos despacio desde la muñeca hacia el codo, y luego déjelas volver, ligeras.</translation>
        </message>
        <message>
            <source>Long, slow glides from the wrist toward the elbow.</source>
            <extracomment>step arm-glides: what the voice says to the person</extracomment>
            <translation>Deslizamientos largos y lentos desde la muñeca hacia el codo.</translation>
        </message>
        <message>
            <source>Light kneading of the forearm</source>
            <extracomment>step arm-kneading: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Amasado ligero del antebrazo</translation>
        </message>
        <message>
            <source>Your helper gently squeezes and releases along the soft part of your forearm.</source>
            <extracomment>step arm-kneading: what the person reads</extracomment>
            <translation>La persona que le ayuda aprieta y suelta con suavidad a lo largo de la parte blanda de su antebrazo.</translation>
        </message>
        <message>
            <source>Gently squeeze and release along the soft part of their forearm, working toward the elbow.</source>
            <extracomment>step arm-kneading: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Apriete y suelte con suavidad a lo largo de la parte blanda de su antebrazo, avanzando hacia el codo.</translation>
        </message>
        <message>
            <source>Light kneading along the forearm.</source>
            <extracomment>step arm-kneading: what the voice says to the person</extracomment>
            <translation>Amasado ligero a lo largo del antebrazo.</translation>
        </message>
        <message>
            <source>Light kneading along their forearm, working toward the elbow.</source>
            <extracomment>step arm-kneading: what the voice says to a caregiver</extracomment>
            <translation>Amasado ligero a lo largo de su antebrazo, avanzando hacia el codo.</translation>
        </message>
        <message>
            <source>Glides over the hand</source>
            <extracomment>step hand-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Deslizamientos por la mano</translation>
        </message>
        <message>
            <source>Your helper holds your hand and glides their thumbs up the grooves on the back of the hand to the knuckles, then strokes each finger to its tip.</source>
            <extracomment>step hand-glides: what the person reads</extracomment>
            <translation>La persona que le ayuda le sostiene la mano y desliza los pulgares por los surcos del dorso hasta los nudillos, y luego acaricia cada dedo hasta la punta.</translation>
        </message>
        <message>
            <source>Hold their hand and glide your thumbs up the grooves on the back of the hand to the knuckles, then stroke each finger to its tip.</source>
            <extracomment>step hand-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Sostenga su mano y deslice los pulgares por los surcos del dorso hasta los nudillos, y luego acaricie cada dedo hasta la punta.</translation>
        </message>
        <message>
            <source>Thumb glides over the back of the hand, then each finger to its tip.</source>
            <extracomment>step hand-glides: what the voice says to the person</extracomment>
            <translation>Deslizamientos con los pulgares por el dorso de la mano, y luego cada dedo hasta la punta.</translation>
        </message>
        <message>
            <source>Glide your thumbs over the back of their hand, then stroke each finger to its tip.</source>
            <extracomment>step hand-glides: what the voice says to a caregiver</extracomment>
            <translation>Deslice los pulgares por el dorso de su mano, y luego acaricie cada dedo hasta la punta.</translation>
        </message>
        <message>
            <source>Your helper finishes with slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what the person reads</extracomment>
            <translation>La persona que le ayuda termina con deslizamientos lentos y ligeros desde la mano hasta el codo.</translation>
        </message>
        <message>
            <source>Finish their {side} arm with slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Termine su brazo {side} con deslizamientos lentos y ligeros desde la mano hasta el codo.</translation>
        </message>
        <message>
            <source>To finish this arm, slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what the voice says to the person</extracomment>
            <translation>Para terminar este brazo, deslizamientos lentos y ligeros desde la mano hasta el codo.</translation>
        </message>
    </context>
    <context>
        <name>routine:warm-up</name>
        <message>
            <source>Warm-up</source>
            <extracomment>the routine's title</extracomment>
            <translation>Calentamiento</translation>
        </message>
        <message>
            <source>About a minute before you start: slow breaths, warm your hands, loosen your wrists.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Un minuto antes de empezar: respiraciones lentas, calentar las manos, soltar las muñecas.</translation>
        </message>
        <message>
            <source>Seated, slow and easy: only as far as your wrists move comfortably.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>En la silla, despacio y con calma: solo hasta donde las muñecas se muevan con comodidad.</translation>
        </message>
        <message>
            <source>Warm your hands by rubbing them, never with a heater or hot water on numb skin.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Caliéntese las manos frotándolas, nunca con una estufa o agua caliente sobre la piel entumecida.</translation>
        </message>
        <message>
            <source>Slow breaths</source>
            <extracomment>step breathe: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Respiraciones lentas</translation>
        </message>
        <message>
            <source>Sit back in a steady chair. Breathe in through your nose, and out slowly through your mouth, three times.</source>
            <extracomment>step breathe: what the person reads</extracomment>
            <translation>Siéntese con la espalda apoyada en una silla estable. Tome aire por la nariz y suéltelo despacio por la boca, tres veces.</translation>
        </message>
        <message>
            <source>Help them sit back in a steady chair, and breathe slowly together three times, out longer than in.</source>
            <extracomment>step breathe: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Ayúdele a sentarse con la espalda apoyada en una silla estable, y respiren despacio juntos tres veces, tardando más en soltar el aire que en tomarlo.</translation>
        </message>
        <message>
            <source>Sit back in a steady chair. Breathe in, and out slowly, three times.</source>
            <extracomment>step breathe: what the voice says to the person</extracomment>
            <translation>Siéntese con la espalda apoyada en una silla estable. Tome aire, y suéltelo despacio, tres veces.</translation>
        </message>
        <message>
            <source>Help them sit back, and breathe slowly together three times.</source>
            <extracomment>step breathe: what the voice says to a caregiver</extracomment>
            <translation>Ayúdele a sentarse con la espalda apoyada, y respiren despacio juntos tres veces.</translation>
        </message>
        <message>
            <source>Warm your hands</source>
            <extracomment>step warm-hands: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Caliéntese las manos</translation>
        </message>
        <message>
            <source>Rub your palms together gently until they feel warm. Warm hands are kinder to numb skin than cold ones.</source>
            <extracomment>step warm-hands: what the person reads</extracomment>
            <translation>Frótese las palmas con suavidad hasta notarlas calientes. Las manos calientes son más amables con la piel entumecida que las frías.</translation>
        </message>
        <message>
            <source>Rub your palms together until they are warm, and ask them to do the same if they can. Warm hands are kinder to numb skin.</source>
            <extracomment>step warm-hands: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Frótese las palmas hasta que estén calientes, y pídale que haga lo mismo si puede. Las manos calientes son más amables con la piel entumecida.</translation>
        </message>
        <message>
            <source>Rub your palms together gently until they feel warm.</source>
            <extracomment>step warm-hands: what the voice says to the person</extracomment>
            <translation>Frótese las palmas con suavidad hasta notarlas calientes.</translation>
        </message>
        <message>
            <source>Rub your palms together until they are warm.</source>
            <extracomment>step warm-hands: what the voice says to a caregiver</extracomment>
            <translation>Frótese las palmas hasta que estén calientes.</translation>
        </message>
        <message>
            <source>Wrist circles</source>
            <extracomment>step wrist-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Círculos con las muñecas</translation>
        </message>
        <message>
            <source>Circle both wrists slowly, one way and then the other.</source>
            <extracomment>step wrist-circles: what the person reads</extracomment>
            <translation>Haga círculos lentos con las dos muñecas, hacia un lado y luego hacia el otro.</translation>
        </message>
        <message>
            <source>Ask them to circle both wrists slowly, one way and then the other.</source>
            <extracomment>step wrist-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pídale que haga círculos lentos con las dos muñecas, hacia un lado y luego hacia el otro.</translation>
        </message>
        <message>
            <source>Only as far as it moves comfortably.</source>
            <extracomment>step wrist-circles: a caution, shown and spoken</extracomment>
            <translation>Solo hasta donde se mueva con comodidad.</translation>
        </message>
    </context>
</TS>
