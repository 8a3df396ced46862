<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>sides</name>
        <message>
            <source>right</source>
            <comment>foot</comment>
            <extracomment>fills {side} in a step about a foot: 'the {side} foot' (a right foot)</extracomment>
            <translation>droit</translation>
        </message>
        <message>
            <source>left</source>
            <comment>foot</comment>
            <extracomment>fills {side} in a step about a foot: 'the {side} foot' (a left foot)</extracomment>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <comment>hand</comment>
            <extracomment>fills {side} in a step about a hand: 'the {side} hand' (a right hand)</extracomment>
            <translation>droite</translation>
        </message>
        <message>
            <source>left</source>
            <comment>hand</comment>
            <extracomment>fills {side} in a step about a hand: 'the {side} hand' (a left hand)</extracomment>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <comment>leg</comment>
            <extracomment>fills {side} in a step about a leg: 'the {side} leg' (a right leg)</extracomment>
            <translation>droite</translation>
        </message>
        <message>
            <source>left</source>
            <comment>leg</comment>
            <extracomment>fills {side} in a step about a leg: 'the {side} leg' (a left leg)</extracomment>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <comment>arm</comment>
            <extracomment>fills {side} in a step about a arm: 'the {side} arm' (a right arm)</extracomment>
            <translation>droit</translation>
        </message>
        <message>
            <source>left</source>
            <comment>arm</comment>
            <extracomment>fills {side} in a step about a arm: 'the {side} arm' (a left arm)</extracomment>
            <translation>gauche</translation>
        </message>
    </context>
    <context>
        <name>routine:bad-day-feet</name>
        <message>
            <source>Bad day: gentle feet</source>
            <extracomment>the routine's title</extracomment>
            <translation>Jour difficile : pieds en douceur</translation>
        </message>
        <message>
            <source>A short look at the skin, then resting hands and a few very slow, light glides on each foot. About four minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Un rapide coup d’œil à la peau, puis des mains posées et quelques glissements très lents et légers sur chaque pied. Environ quatre minutes.</translation>
        </message>
        <message>
            <source>Skip a foot with a cut, blister, crack, sore or sign of infection. With diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Évitez un pied qui a une coupure, une ampoule, une crevasse, une plaie ou un signe d’infection. En cas de diabète, contactez votre podologue ou consultation du pied aujourd’hui.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot: no massage; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Pied rouge, chaud ou enflé : pas de massage ; appelez immédiatement votre podologue ou consultation du pied, ou votre médecin.</translation>
        </message>
        <message>
            <source>If even light strokes hurt today, stop and try the resting touch routine instead.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Si même des gestes légers font mal aujourd’hui, arrêtez et essayez plutôt la routine « Mains posées ».</translation>
        </message>
        <message>
            <source>Sit in a steady chair, and put socks and shoes or slippers on before you stand.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Asseyez-vous sur une chaise stable, et mettez chaussettes et chaussures ou chaussons avant de vous lever.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Installez-vous</translation>
        </message>
        <message>
            <source>Sit back in a steady chair with your feet resting on a cushion or a folded towel. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Asseyez-vous bien au fond d’une chaise stable, les pieds posés sur un coussin ou une serviette pliée. Aujourd’hui, tout en douceur : arrêtez dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Help them sit back in a steady chair with their feet resting on a cushion or a folded towel. Today is a gentle one: agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir bien au fond d’une chaise stable, les pieds posés sur un coussin ou une serviette pliée. Aujourd’hui, tout en douceur : convenez qu’elle vous dira d’arrêter dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Sit back with your feet resting on a cushion. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Asseyez-vous bien au fond, les pieds posés sur un coussin. Aujourd’hui, tout en douceur : arrêtez dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Help them sit back with their feet on a cushion. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir bien au fond, les pieds sur un coussin. Convenez qu’elle vous dira d’arrêter dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>A quick look at the soles</source>
            <extracomment>step quick-look: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Un coup d’œil sous les pieds</translation>
        </message>
        <message>
            <source>Look at the soles, the heels and between the toes of both feet for a cut, blister, crack, redness or swelling. Use a mirror, or ask someone to look. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the person reads</extracomment>
            <translation>Regardez la plante, le talon et entre les orteils des deux pieds : coupure, ampoule, crevasse, rougeur ou gonflement. Prenez un miroir, ou demandez à quelqu’un de regarder. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Look at the soles, the heels and between the toes of both their feet for a cut, blister, crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez la plante, le talon et entre les orteils de ses deux pieds : coupure, ampoule, crevasse, rougeur ou gonflement. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>A quick look at the soles, the heels and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the voice says to the person</extracomment>
            <translation>Un coup d’œil à la plante, au talon et entre les orteils. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>A quick look at their soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step quick-look: what the voice says to a caregiver</extracomment>
            <translation>Un coup d’œil à la plante de ses pieds, à ses talons et entre ses orteils. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Rest a hand on the {side} foot</source>
            <extracomment>step rest-hand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Une main posée sur le pied {side}</translation>
        </message>
        <message>
            <source>Lay one hand flat over the top of your {side} foot and let it rest there, warm and still. Breathe out slowly.</source>
            <extracomment>step rest-hand: what the person reads</extracomment>
            <translation>Posez une main à plat sur le dessus de votre pied {side} et laissez-la reposer, chaude et immobile. Soufflez lentement.</translation>
        </message>
        <message>
            <source>Lay one hand flat over the top of their {side} foot and let it rest there, warm and still. Ask them to breathe out slowly.</source>
            <extracomment>step rest-hand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez une main à plat sur le dessus de son pied {side} et laissez-la reposer, chaude et immobile. Demandez-lui de souffler lentement.</translation>
        </message>
        <message>
            <source>Lay a hand flat over the top of your foot and let it rest there. Breathe out slowly.</source>
            <extracomment>step rest-hand: what the voice says to the person</extracomment>
            <translation>Posez une main à plat sur le dessus du pied et laissez-la reposer. Soufflez lentement.</translation>
        </message>
        <message>
            <source>Lay a hand flat over the top of their foot and let it rest. Ask them to breathe out slowly.</source>
            <extracomment>step rest-hand: what the voice says to a caregiver</extracomment>
            <translation>Posez une main à plat sur le dessus de son pied et laissez-la reposer. Demandez-lui de souffler lentement.</translation>
        </message>
        <message>
            <source>Very slow glides</source>
            <extracomment>step slow-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements très lents</translation>
        </message>
        <message>
            <source>With a flat hand, glide very slowly from the toes toward the ankle, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what the person reads</extracomment>
            <translation>Main à plat, glissez très lentement des orteils vers la cheville, plus légèrement que pour étaler une crème. Soulevez la main, et recommencez.</translation>
        </message>
        <message>
            <source>With a flat hand, glide very slowly from their toes toward the ankle, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Main à plat, glissez très lentement de ses orteils vers la cheville, plus légèrement que pour étaler une crème. Soulevez la main, et recommencez.</translation>
        </message>
        <message>
            <source>With a flat hand, very slow, light glides from the toes toward the ankle.</source>
            <extracomment>step slow-glides: what the voice says to the person</extracomment>
            <translation>Main à plat, glissez très lentement et légèrement, des orteils vers la cheville.</translation>
        </message>
        <message>
            <source>With a flat hand, very slow, light glides from their toes toward the ankle.</source>
            <extracomment>step slow-glides: what the voice says to a caregiver</extracomment>
            <translation>Main à plat, glissez très lentement et légèrement, de ses orteils vers la cheville.</translation>
        </message>
        <message>
            <source>Stop if it stings, burns or hurts more.</source>
            <extracomment>step slow-glides: a caution, shown and spoken</extracomment>
            <translation>Arrêtez si cela pique, brûle ou fait plus mal.</translation>
        </message>
        <message>
            <source>Hold, then set it down</source>
            <extracomment>step hold: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Tenir, puis reposer</translation>
        </message>
        <message>
            <source>Cup the foot gently between both hands for a few breaths, then set it down on the cushion.</source>
            <extracomment>step hold: what the person reads</extracomment>
            <translation>Prenez doucement le pied entre vos deux mains le temps de quelques respirations, puis reposez-le sur le coussin.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then set it down on the cushion.</source>
            <extracomment>step hold: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Prenez doucement son pied entre vos deux mains le temps de quelques respirations, puis reposez-le sur le coussin.</translation>
        </message>
        <message>
            <source>Cup the foot gently between both hands for a few breaths, then set it down.</source>
            <extracomment>step hold: what the voice says to the person</extracomment>
            <translation>Prenez doucement le pied entre vos deux mains, le temps de quelques respirations, puis reposez-le.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then set it down.</source>
            <extracomment>step hold: what the voice says to a caregiver</extracomment>
            <translation>Prenez doucement son pied entre vos deux mains, le temps de quelques respirations, puis reposez-le.</translation>
        </message>
    </context>
    <context>
        <name>routine:bad-day-hands</name>
        <message>
            <source>Bad day: gentle hands</source>
            <extracomment>the routine's title</extracomment>
            <translation>Jour difficile : mains en douceur</translation>
        </message>
        <message>
            <source>Resting touch, a few very slow glides and a still hold of each finger, for each hand. About four minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Des mains posées, quelques glissements très lents, et chaque doigt tenu sans bouger, pour chaque main. Environ quatre minutes.</translation>
        </message>
        <message>
            <source>Skip a hand with a cut, crack, sore or sign of infection.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Évitez une main qui a une coupure, une crevasse, une plaie ou un signe d’infection.</translation>
        </message>
        <message>
            <source>Leave out a hand or arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Évitez une main ou un bras avec une chambre implantable, un cathéter, un lymphœdème, ou dont on a retiré des ganglions.</translation>
        </message>
        <message>
            <source>If even light strokes hurt today, stop and try the resting touch routine instead.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Si même des gestes légers font mal aujourd’hui, arrêtez et essayez plutôt la routine « Mains posées ».</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Installez-vous</translation>
        </message>
        <message>
            <source>Sit comfortably with both hands resting in your lap on a soft towel. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Asseyez-vous confortablement, les deux mains posées sur les genoux, sur une serviette douce. Aujourd’hui, tout en douceur : arrêtez dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Help them sit comfortably with both hands resting in their lap on a soft towel. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir confortablement, les deux mains posées sur les genoux, sur une serviette douce. Convenez qu’elle vous dira d’arrêter dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Sit comfortably, hands resting in your lap. Today is a gentle one: stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Asseyez-vous confortablement, les mains posées sur les genoux. Aujourd’hui, tout en douceur : arrêtez dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Help them sit comfortably, hands resting in their lap. Agree they will tell you to stop as soon as anything hurts more.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir confortablement, les mains posées sur les genoux. Convenez qu’elle vous dira d’arrêter dès que quelque chose fait plus mal.</translation>
        </message>
        <message>
            <source>Rest on the {side} palm</source>
            <extracomment>step rest-palm: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Main posée sur la paume {side}</translation>
        </message>
        <message>
            <source>Turn your {side} hand palm up. Lay your other hand over the palm and let it rest there, warm and still. Breathe out slowly.</source>
            <extracomment>step rest-palm: what the person reads</extracomment>
            <translation>Tournez votre main {side} paume vers le haut. Posez l’autre main sur la paume et laissez-la reposer, chaude et immobile. Soufflez lentement.</translation>
        </message>
        <message>
            <source>Hold their {side} hand palm up in yours. Lay your other hand over the palm and let it rest there, warm and still.</source>
            <extracomment>step rest-palm: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tenez sa main {side} dans la vôtre, paume vers le haut. Posez votre autre main sur la paume et laissez-la reposer, chaude et immobile.</translation>
        </message>
        <message>
            <source>Lay your other hand over the palm and let it rest there. Breathe out slowly.</source>
            <extracomment>step rest-palm: what the voice says to the person</extracomment>
            <translation>Posez l’autre main sur la paume et laissez-la reposer. Soufflez lentement.</translation>
        </message>
        <message>
            <source>Lay your other hand over their palm and let it rest there, still.</source>
            <extracomment>step rest-palm: what the voice says to a caregiver</extracomment>
            <translation>Posez votre autre main sur sa paume et laissez-la reposer, immobile.</translation>
        </message>
        <message>
            <source>Very slow glides</source>
            <extracomment>step slow-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements très lents</translation>
        </message>
        <message>
            <source>Turn the hand over. With a flat hand, glide very slowly over the back of the hand to the knuckles, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what the person reads</extracomment>
            <translation>Retournez la main. Main à plat, glissez très lentement sur le dos de la main jusqu’aux jointures, plus légèrement que pour étaler une crème. Soulevez la main, et recommencez.</translation>
        </message>
        <message>
            <source>Turn their hand over. With a flat hand, glide very slowly over the back of the hand to the knuckles, lighter than smoothing on lotion. Lift, and start again.</source>
            <extracomment>step slow-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Retournez sa main. Main à plat, glissez très lentement sur le dos de la main jusqu’aux jointures, plus légèrement que pour étaler une crème. Soulevez la main, et recommencez.</translation>
        </message>
        <message>
            <source>Turn the hand over. Very slow, light glides over the back of the hand, to the knuckles.</source>
            <extracomment>step slow-glides: what the voice says to the person</extracomment>
            <translation>Retournez la main. Glissez très lentement et légèrement sur le dos de la main, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Turn their hand over. Very slow, light glides over the back of the hand, to the knuckles.</source>
            <extracomment>step slow-glides: what the voice says to a caregiver</extracomment>
            <translation>Retournez sa main. Glissez très lentement et légèrement sur le dos de la main, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Stop if it stings, burns or hurts more.</source>
            <extracomment>step slow-glides: a caution, shown and spoken</extracomment>
            <translation>Arrêtez si cela pique, brûle ou fait plus mal.</translation>
        </message>
        <message>
            <source>Hold each finger</source>
            <extracomment>step finger-holds: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Tenir chaque doigt</translation>
        </message>
        <message>
            <source>Hold each finger in turn, the thumb first, loosely and without squeezing, for one slow breath each.</source>
            <extracomment>step finger-holds: what the person reads</extracomment>
            <translation>Tenez chaque doigt à son tour, en commençant par le pouce, sans serrer, le temps d’une lente respiration.</translation>
        </message>
        <message>
            <source>Hold each of their fingers in turn, the thumb first, loosely and without squeezing, for one slow breath each.</source>
            <extracomment>step finger-holds: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tenez chacun de ses doigts à son tour, en commençant par le pouce, sans serrer, le temps d’une lente respiration.</translation>
        </message>
        <message>
            <source>Hold each finger loosely for a slow breath, the thumb first. No squeezing.</source>
            <extracomment>step finger-holds: what the voice says to the person</extracomment>
            <translation>Tenez chaque doigt sans serrer, le temps d’une lente respiration, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>Hold each of their fingers loosely for a slow breath, the thumb first. No squeezing.</source>
            <extracomment>step finger-holds: what the voice says to a caregiver</extracomment>
            <translation>Tenez chacun de ses doigts sans serrer, le temps d’une lente respiration, en commençant par le pouce.</translation>
        </message>
    </context>
    <context>
        <name>routine:bed-or-recliner</name>
        <message>
            <source>In bed or a recliner</source>
            <extracomment>the routine's title</extracomment>
            <translation>Au lit ou dans un fauteuil relax</translation>
        </message>
        <message>
            <source>For a helper to give while the person lies or reclines: pillows, clean hands, a skin check, then light glides for the feet and hands.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>À faire par un aidant quand la personne est allongée ou à demi allongée : oreillers, mains propres, examen de la peau, puis glissements légers sur les pieds et les mains.</translation>
        </message>
        <message>
            <source>Pressure no firmer than smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Pression pas plus forte que pour étaler une crème : une peau engourdie ne peut pas vous dire quand c’est trop.</translation>
        </message>
        <message>
            <source>Never rub a red patch over a bony place such as a heel or ankle: it may be a pressure sore starting. Tell the nurse or doctor today.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Ne frottez jamais une tache rouge sur un endroit osseux comme le talon ou la cheville : c’est peut-être le début d’une escarre. Prévenez l’infirmier ou le médecin aujourd’hui.</translation>
        </message>
        <message>
            <source>Not over a leg that is swollen, painful or warm, or that has a clot: call their doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Pas sur une jambe enflée, douloureuse ou chaude, ou qui a un caillot de sang : appelez immédiatement son médecin.</translation>
        </message>
        <message>
            <source>With low platelets, easy bruising or blood thinners: light touch only, and ask the care team first.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>En cas de plaquettes basses, de bleus faciles ou d’anticoagulants : toucher léger seulement, et demandez d’abord l’avis de l’équipe soignante.</translation>
        </message>
        <message>
            <source>Leave out an arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 5, shown before the routine starts</extracomment>
            <translation>Évitez un bras avec une chambre implantable, un cathéter, un lymphœdème, ou dont on a retiré des ganglions.</translation>
        </message>
        <message>
            <source>Pillows and position</source>
            <extracomment>step position: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Oreillers et position</translation>
        </message>
        <message>
            <source>Your helper settles you lying back or reclined, head raised, with a pillow under the calves so the heels float free of the mattress.</source>
            <extracomment>step position: what the person reads</extracomment>
            <translation>Votre aidant vous installe en position allongée ou à demi allongée, la tête surélevée, un oreiller sous les mollets pour que les talons ne touchent pas le matelas.</translation>
        </message>
        <message>
            <source>Settle them lying back or reclined, head raised, with a pillow under the calves so the heels float free of the mattress. Ask if they are comfortable.</source>
            <extracomment>step position: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Installez la personne allongée ou à demi allongée, la tête surélevée, un oreiller sous les mollets pour que les talons ne touchent pas le matelas. Demandez-lui si elle est bien installée.</translation>
        </message>
        <message>
            <source>Lie back or recline, head raised, with a pillow under the calves so the heels float free.</source>
            <extracomment>step position: what the voice says to the person</extracomment>
            <translation>Allongez-vous, ou inclinez le dossier, la tête surélevée, un oreiller sous les mollets pour que les talons ne touchent pas.</translation>
        </message>
        <message>
            <source>Settle them lying back, head raised, with a pillow under the calves so the heels float free. Ask if they are comfortable.</source>
            <extracomment>step position: what the voice says to a caregiver</extracomment>
            <translation>Installez la personne allongée, la tête surélevée, un oreiller sous les mollets pour que les talons ne touchent pas. Demandez-lui si elle est bien installée.</translation>
        </message>
        <message>
            <source>Clean, warm hands</source>
            <extracomment>step wash-hands: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Mains propres et chaudes</translation>
        </message>
        <message>
            <source>Your helper washes and dries their hands, and warms them, before touching you.</source>
            <extracomment>step wash-hands: what the person reads</extracomment>
            <translation>Votre aidant se lave, se sèche et se réchauffe les mains avant de vous toucher.</translation>
        </message>
        <message>
            <source>Wash and dry your hands, and warm them, before you touch them. Someone in bed or on cancer treatment can catch an infection easily.</source>
            <extracomment>step wash-hands: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Lavez-vous et séchez-vous les mains, et réchauffez-les, avant de toucher la personne. Une personne alitée ou sous traitement contre le cancer attrape facilement une infection.</translation>
        </message>
        <message>
            <source>Your helper washes, dries and warms their hands first.</source>
            <extracomment>step wash-hands: what the voice says to the person</extracomment>
            <translation>Votre aidant se lave, se sèche et se réchauffe d’abord les mains.</translation>
        </message>
        <message>
            <source>Wash, dry and warm your hands before you touch them.</source>
            <extracomment>step wash-hands: what the voice says to a caregiver</extracomment>
            <translation>Lavez, séchez et réchauffez vos mains avant de toucher la personne.</translation>
        </message>
        <message>
            <source>Check the skin</source>
            <extracomment>step skin-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Examiner la peau</translation>
        </message>
        <message>
            <source>Your helper looks at your soles, heels and between the toes for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what the person reads</extracomment>
            <translation>Votre aidant regarde vos plantes de pied, vos talons et entre vos orteils : coupure, ampoule, crevasse, rougeur ou gonflement.</translation>
        </message>
        <message>
            <source>Look at their soles, heels and between the toes for a cut, blister, crack, redness or swelling; a red patch on a heel matters most. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez ses plantes de pied, ses talons et entre ses orteils : coupure, ampoule, crevasse, rougeur ou gonflement ; le plus important est une tache rouge sur un talon. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Your helper looks at your soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step skin-check: what the voice says to the person</extracomment>
            <translation>Votre aidant regarde vos plantes de pied, vos talons et entre vos orteils, pour voir s’il y a une coupure, une ampoule, une crevasse, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>Look at their soles, heels and between the toes, for a cut, a blister, a crack, redness or swelling, above all a red heel. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to a caregiver</extracomment>
            <translation>Regardez ses plantes de pied, ses talons et entre ses orteils : une coupure, une ampoule, une crevasse, une rougeur ou un gonflement, et surtout un talon rouge. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Glides on the {side} foot</source>
            <extracomment>step foot-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements sur le pied {side}</translation>
        </message>
        <message>
            <source>Your helper glides a flat hand slowly over the top of your {side} foot, from the toes toward the ankle.</source>
            <extracomment>step foot-glides: what the person reads</extracomment>
            <translation>Votre aidant glisse lentement une main à plat sur le dessus de votre pied {side}, des orteils vers la cheville.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of their {side} foot, from the toes toward the ankle. Lift, and start again.</source>
            <extracomment>step foot-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Main à plat, glissez lentement sur le dessus de son pied {side}, des orteils vers la cheville. Soulevez la main, et recommencez.</translation>
        </message>
        <message>
            <source>Slow, light glides over the top of the foot, from the toes toward the ankle.</source>
            <extracomment>step foot-glides: what the voice says to the person</extracomment>
            <translation>Glissements lents et légers sur le dessus du pied, des orteils vers la cheville.</translation>
        </message>
        <message>
            <source>With a flat hand, slow, light glides from their toes toward the ankle.</source>
            <extracomment>step foot-glides: what the voice says to a caregiver</extracomment>
            <translation>Main à plat, glissez lentement et légèrement de ses orteils vers la cheville.</translation>
        </message>
        <message>
            <source>Tell your helper at once if it stings, burns or hurts.</source>
            <extracomment>step foot-glides: a caution, shown and spoken</extracomment>
            <translation>Dites-le tout de suite à votre aidant si cela pique, brûle ou fait mal.</translation>
        </message>
        <message>
            <source>Stop at once if it stings, burns or hurts them.</source>
            <extracomment>step foot-glides: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Arrêtez tout de suite si cela pique, brûle ou lui fait mal.</translation>
        </message>
        <message>
            <source>Hold the {side} foot</source>
            <extracomment>step foot-hold: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Tenir le pied {side}</translation>
        </message>
        <message>
            <source>Your helper cups the foot gently between both hands for a few breaths, then covers it.</source>
            <extracomment>step foot-hold: what the person reads</extracomment>
            <translation>Votre aidant prend doucement le pied entre ses deux mains le temps de quelques respirations, puis le couvre.</translation>
        </message>
        <message>
            <source>Cup their foot gently between both hands for a few breaths, then cover it with the blanket or a sock.</source>
            <extracomment>step foot-hold: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Prenez doucement son pied entre vos deux mains le temps de quelques respirations, puis couvrez-le avec la couverture ou une chaussette.</translation>
        </message>
        <message>
            <source>A gentle, still hold of the foot, then it is covered.</source>
            <extracomment>step foot-hold: what the voice says to the person</extracomment>
            <translation>Le pied est tenu doucement, sans bouger, puis il est couvert.</translation>
        </message>
        <message>
            <source>Cup their foot gently for a few breaths, then cover it.</source>
            <extracomment>step foot-hold: what the voice says to a caregiver</extracomment>
            <translation>Prenez doucement son pied le temps de quelques respirations, puis couvrez-le.</translation>
        </message>
        <message>
            <source>Glides on the {side} hand</source>
            <extracomment>step hand-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements sur la main {side}</translation>
        </message>
        <message>
            <source>Your helper holds your {side} hand, resting on a pillow, and glides their thumbs up the grooves on the back of the hand to the knuckles.</source>
            <extracomment>step hand-glides: what the person reads</extracomment>
            <translation>Votre aidant tient votre main {side}, posée sur un oreiller, et fait glisser ses pouces dans les sillons du dos de la main jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Rest their {side} hand on a pillow. Glide your thumbs slowly up the grooves on the back of the hand to the knuckles.</source>
            <extracomment>step hand-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez sa main {side} sur un oreiller. Faites glisser lentement vos pouces dans les sillons du dos de la main, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Slow thumb glides over the back of the hand, to the knuckles.</source>
            <extracomment>step hand-glides: what the voice says to the person</extracomment>
            <translation>Glissements lents des pouces sur le dos de la main, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Slow thumb glides over the back of their hand, to the knuckles.</source>
            <extracomment>step hand-glides: what the voice says to a caregiver</extracomment>
            <translation>Glissements lents des pouces sur le dos de sa main, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Stroke each finger</source>
            <extracomment>step finger-strokes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Caresser chaque doigt</translation>
        </message>
        <message>
            <source>Your helper strokes each finger gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the person reads</extracomment>
            <translation>Votre aidant caresse doucement chaque doigt de la base jusqu’au bout, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step finger-strokes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Caressez doucement chacun de ses doigts de la base jusqu’au bout, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>Each finger stroked gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the voice says to the person</extracomment>
            <translation>Chaque doigt est caressé doucement de la base jusqu’au bout, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, the thumb first.</source>
            <extracomment>step finger-strokes: what the voice says to a caregiver</extracomment>
            <translation>Caressez doucement chacun de ses doigts de la base jusqu’au bout, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>A last look, then settle</source>
            <extracomment>step after-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Dernier coup d’œil, puis installation</translation>
        </message>
        <message>
            <source>Your helper looks at your heels and soles again for redness, then settles the pillows and covers your feet.</source>
            <extracomment>step after-check: what the person reads</extracomment>
            <translation>Votre aidant regarde de nouveau vos talons et vos plantes de pied pour voir s’il y a une rougeur, puis arrange les oreillers et vous couvre les pieds.</translation>
        </message>
        <message>
            <source>Look at their heels and soles again for redness. A red patch that does not fade: tell the nurse or doctor today. Then settle the pillows and cover their feet.</source>
            <extracomment>step after-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez de nouveau ses talons et ses plantes de pied pour voir s’il y a une rougeur. Une tache rouge qui ne disparaît pas : prévenez l’infirmier ou le médecin aujourd’hui. Puis arrangez les oreillers et couvrez-lui les pieds.</translation>
        </message>
        <message>
            <source>A last look at the heels and soles for redness, then the pillows are settled and your feet covered.</source>
            <extracomment>step after-check: what the voice says to the person</extracomment>
            <translation>Un dernier coup d’œil aux talons et aux plantes de pied pour voir s’il y a une rougeur, puis les oreillers sont arrangés et vos pieds couverts.</translation>
        </message>
        <message>
            <source>A last look at their heels and soles for redness: a red patch that does not fade, tell the nurse or doctor today. Then settle the pillows and cover their feet.</source>
            <extracomment>step after-check: what the voice says to a caregiver</extracomment>
            <translation>Un dernier coup d’œil à ses talons et ses plantes de pied : une tache rouge qui ne disparaît pas, prévenez l’infirmier ou le médecin aujourd’hui. Puis arrangez les oreillers et couvrez-lui les pieds.</translation>
        </message>
    </context>
    <context>
        <name>routine:chemo-hand-function</name>
        <message>
            <source>Hand function during chemotherapy</source>
            <extracomment>the routine's title</extracomment>
            <translation>Mobilité des mains pendant la chimiothérapie</translation>
        </message>
        <message>
            <source>Tendon glides, finger glides, opening and closing, and thumb to each fingertip, to keep everyday hand use going. About six minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Glissements des tendons, glissements des doigts, ouvrir et fermer la main, et le pouce sur chaque bout de doigt, pour garder l’usage des mains au quotidien. Environ six minutes.</translation>
        </message>
        <message>
            <source>Keep your hands warm: no cold water, cold lotion, ice packs or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Gardez vos mains au chaud : pas d’eau froide, de crème froide, de poche de glace ni d’objets froids. L’oxaliplatine peut rendre le froid douloureux.</translation>
        </message>
        <message>
            <source>Red, sore or peeling palms (hand-foot syndrome): leave the exercises out and tell your cancer team.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Paumes rouges, douloureuses ou qui pèlent (syndrome main-pied) : laissez les exercices de côté et prévenez votre équipe de cancérologie.</translation>
        </message>
        <message>
            <source>Buttons, writing or holding a cup getting harder, or numbness getting worse: tell your cancer team before the next dose.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Plus de mal à boutonner, écrire ou tenir une tasse, ou un engourdissement qui s’aggrave : prévenez votre équipe de cancérologie avant la prochaine cure.</translation>
        </message>
        <message>
            <source>Move only as far as is comfortable. Stop if it hurts.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Bougez seulement jusqu’où c’est confortable. Arrêtez si cela fait mal.</translation>
        </message>
        <message>
            <source>Warm hands, and a look</source>
            <extracomment>step warm-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Mains chaudes, et un coup d’œil</translation>
        </message>
        <message>
            <source>Sit at a table with your arms resting on it. Look at your palms and fingers: red, sore or peeling skin means no exercises today, and tell your cancer team.</source>
            <extracomment>step warm-check: what the person reads</extracomment>
            <translation>Asseyez-vous à une table, les bras posés dessus. Regardez vos paumes et vos doigts : si la peau est rouge, douloureuse ou pèle, pas d’exercices aujourd’hui, et prévenez votre équipe de cancérologie.</translation>
        </message>
        <message>
            <source>Help them sit at a table with their arms resting on it. Look at their palms and fingers with them: red, sore or peeling skin means no exercises today, and they tell their cancer team.</source>
            <extracomment>step warm-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir à une table, les bras posés dessus. Regardez ses paumes et ses doigts avec elle : si la peau est rouge, douloureuse ou pèle, pas d’exercices aujourd’hui, et elle prévient son équipe de cancérologie.</translation>
        </message>
        <message>
            <source>Sit at a table, arms resting. Look at your palms and fingers: red, sore or peeling skin means no exercises today, and tell your cancer team.</source>
            <extracomment>step warm-check: what the voice says to the person</extracomment>
            <translation>Asseyez-vous à une table, les bras posés. Regardez vos paumes et vos doigts : si la peau est rouge, douloureuse ou pèle, pas d’exercices aujourd’hui, et prévenez votre équipe de cancérologie.</translation>
        </message>
        <message>
            <source>Help them sit at a table, arms resting. Look at their palms and fingers: red, sore or peeling skin means no exercises today, and they tell their cancer team.</source>
            <extracomment>step warm-check: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir à une table, les bras posés. Regardez ses paumes et ses doigts : si la peau est rouge, douloureuse ou pèle, pas d’exercices aujourd’hui, et elle prévient son équipe de cancérologie.</translation>
        </message>
        <message>
            <source>Keep your hands warm: no cold water, cold lotion or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>step warm-check: a caution, shown and spoken</extracomment>
            <translation>Gardez vos mains au chaud : pas d’eau froide, de crème froide ni d’objets froids. L’oxaliplatine peut rendre le froid douloureux.</translation>
        </message>
        <message>
            <source>Keep their hands warm: no cold water, cold lotion or cold objects. Oxaliplatin can make cold hurt.</source>
            <extracomment>step warm-check: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Gardez ses mains au chaud : pas d’eau froide, de crème froide ni d’objets froids. L’oxaliplatine peut rendre le froid douloureux.</translation>
        </message>
        <message>
            <source>Tendon glides, {side} hand</source>
            <extracomment>step tendon-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements des tendons, main {side}</translation>
        </message>
        <message>
            <source>Hold your {side} hand up, fingers straight. Bend the fingers into a hook, then into a soft fist, then straighten them and bend only at the knuckles, like a tabletop. Hold each shape, then move to the next.</source>
            <extracomment>step tendon-glides: what the person reads</extracomment>
            <translation>Levez votre main {side}, doigts tendus. Pliez les doigts en crochet, puis en poing souple, puis tendez-les et pliez seulement aux jointures, comme une table. Tenez chaque position, puis passez à la suivante.</translation>
        </message>
        <message>
            <source>Ask them to hold their {side} hand up, fingers straight, then bend the fingers into a hook, a soft fist, and a tabletop, bending only at the knuckles, holding each shape.</source>
            <extracomment>step tendon-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de lever sa main {side}, doigts tendus, puis de plier les doigts en crochet, en poing souple, puis en table, pliés seulement aux jointures, en tenant chaque position.</translation>
        </message>
        <message>
            <source>Fingers straight, then a hook, a soft fist, and a tabletop, holding each shape.</source>
            <extracomment>step tendon-glides: what the voice says to the person</extracomment>
            <translation>Doigts tendus, puis en crochet, en poing souple, et en table. Tenez chaque position.</translation>
        </message>
        <message>
            <source>Ask them: fingers straight, then a hook, a soft fist, and a tabletop, holding each shape.</source>
            <extracomment>step tendon-glides: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui : doigts tendus, puis en crochet, en poing souple, et en table, en tenant chaque position.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable. Stop if it hurts.</source>
            <extracomment>step tendon-glides: a caution, shown and spoken</extracomment>
            <translation>Seulement jusqu’où c’est confortable. Arrêtez si cela fait mal.</translation>
        </message>
        <message>
            <source>Finger glides</source>
            <extracomment>step finger-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements des doigts</translation>
        </message>
        <message>
            <source>Lay your {side} hand flat on the table. Slide each finger in turn out to the side and back, keeping the hand flat, as far as is comfortable.</source>
            <extracomment>step finger-glides: what the person reads</extracomment>
            <translation>Posez votre main {side} à plat sur la table. Écartez chaque doigt à son tour sur le côté, puis ramenez-le, la main bien à plat, seulement jusqu’où c’est confortable.</translation>
        </message>
        <message>
            <source>Ask them to lay their {side} hand flat on the table and slide each finger in turn out to the side and back, keeping the hand flat.</source>
            <extracomment>step finger-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de poser sa main {side} à plat sur la table et d’écarter chaque doigt à son tour sur le côté, puis de le ramener, la main bien à plat.</translation>
        </message>
        <message>
            <source>Hand flat on the table. Slide each finger out to the side and back, one at a time.</source>
            <extracomment>step finger-glides: what the voice says to the person</extracomment>
            <translation>Main à plat sur la table. Écartez chaque doigt sur le côté, puis ramenez-le, un à la fois.</translation>
        </message>
        <message>
            <source>Ask them to slide each finger out to the side and back, one at a time, hand flat on the table.</source>
            <extracomment>step finger-glides: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui d’écarter chaque doigt sur le côté, puis de le ramener, un à la fois, la main à plat sur la table.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable.</source>
            <extracomment>step finger-glides: a caution, shown and spoken</extracomment>
            <translation>Seulement jusqu’où c’est confortable.</translation>
        </message>
        <message>
            <source>Open and close</source>
            <extracomment>step open-close: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Ouvrir et fermer</translation>
        </message>
        <message>
            <source>Make a soft fist with your {side} hand, then open it wide, stretching the fingers apart. Hold it open, then close again slowly.</source>
            <extracomment>step open-close: what the person reads</extracomment>
            <translation>Fermez votre main {side} en poing souple, puis ouvrez-la grand, doigts bien écartés. Gardez-la ouverte, puis refermez lentement.</translation>
        </message>
        <message>
            <source>Ask them to make a soft fist with their {side} hand, then open it wide, fingers stretched apart, hold it open, then close again slowly.</source>
            <extracomment>step open-close: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de fermer sa main {side} en poing souple, puis de l’ouvrir grand, doigts bien écartés, de la garder ouverte, puis de refermer lentement.</translation>
        </message>
        <message>
            <source>A soft fist, then open wide and stretch the fingers. Hold it open, then close slowly.</source>
            <extracomment>step open-close: what the voice says to the person</extracomment>
            <translation>Un poing souple, puis ouvrez grand et écartez les doigts. Gardez la main ouverte, puis refermez lentement.</translation>
        </message>
        <message>
            <source>Ask them: a soft fist, then open wide, fingers stretched. Hold it open, then close slowly.</source>
            <extracomment>step open-close: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui : un poing souple, puis ouvrir grand, doigts écartés. Garder la main ouverte, puis refermer lentement.</translation>
        </message>
        <message>
            <source>Thumb to each fingertip</source>
            <extracomment>step thumb-to-fingertips: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Le pouce sur chaque doigt</translation>
        </message>
        <message>
            <source>Touch the tip of your {side} thumb to each fingertip in turn, from the index to the little finger, making an O each time. Then back again.</source>
            <extracomment>step thumb-to-fingertips: what the person reads</extracomment>
            <translation>Avec votre main {side}, touchez du bout du pouce le bout de chaque doigt à son tour, de l’index à l’auriculaire, en formant un O à chaque fois. Puis revenez en sens inverse.</translation>
        </message>
        <message>
            <source>Ask them to touch their {side} thumb to each fingertip in turn, index to little finger, making an O each time, then back again.</source>
            <extracomment>step thumb-to-fingertips: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de toucher, avec le pouce de sa main {side}, le bout de chaque doigt à son tour, de l’index à l’auriculaire, en formant un O à chaque fois, puis de revenir en sens inverse.</translation>
        </message>
        <message>
            <source>Touch your thumb to each fingertip in turn, making an O, then back again.</source>
            <extracomment>step thumb-to-fingertips: what the voice says to the person</extracomment>
            <translation>Touchez du pouce le bout de chaque doigt à son tour, en formant un O, puis revenez en sens inverse.</translation>
        </message>
        <message>
            <source>Ask them to touch their thumb to each fingertip in turn, making an O, then back again.</source>
            <extracomment>step thumb-to-fingertips: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui de toucher du pouce le bout de chaque doigt à son tour, en formant un O, puis de revenir en sens inverse.</translation>
        </message>
        <message>
            <source>Rest, and notice</source>
            <extracomment>step rest: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Repos, et observation</translation>
        </message>
        <message>
            <source>Rest your hands in your lap. If buttons, writing, or holding a cup is getting harder, tell your cancer team before your next dose: it helps them plan your treatment.</source>
            <extracomment>step rest: what the person reads</extracomment>
            <translation>Posez vos mains sur les genoux. Si boutonner, écrire ou tenir une tasse devient plus difficile, prévenez votre équipe de cancérologie avant votre prochaine cure : cela l’aide à adapter votre traitement.</translation>
        </message>
        <message>
            <source>Let them rest their hands in their lap. If buttons, writing, or holding a cup is getting harder for them, they tell their cancer team before the next dose: it helps plan the treatment.</source>
            <extracomment>step rest: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Laissez la personne poser ses mains sur les genoux. Si boutonner, écrire ou tenir une tasse lui devient plus difficile, elle prévient son équipe de cancérologie avant la prochaine cure : cela aide à adapter le traitement.</translation>
        </message>
        <message>
            <source>Rest your hands. If everyday things like buttons or writing are getting harder, tell your cancer team before your next dose.</source>
            <extracomment>step rest: what the voice says to the person</extracomment>
            <translation>Reposez vos mains. Si les gestes de tous les jours, comme boutonner ou écrire, deviennent plus difficiles, prévenez votre équipe de cancérologie avant votre prochaine cure.</translation>
        </message>
        <message>
            <source>Let them rest their hands. If buttons or writing are getting harder, they tell their cancer team before the next dose.</source>
            <extracomment>step rest: what the voice says to a caregiver</extracomment>
            <translation>Laissez la personne reposer ses mains. Si boutonner ou écrire devient plus difficile, elle prévient son équipe de cancérologie avant la prochaine cure.</translation>
        </message>
    </context>
    <context>
        <name>routine:cool-down</name>
        <message>
            <source>Cool-down</source>
            <extracomment>the routine's title</extracomment>
            <translation>Retour au calme</translation>
        </message>
        <message>
            <source>About a minute to finish: rest, breathe slowly, notice how you feel, and put socks and shoes or slippers on before you stand.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Environ une minute pour finir : se reposer, respirer lentement, remarquer comment on se sent, et mettre chaussettes et chaussures ou chaussons avant de se lever.</translation>
        </message>
        <message>
            <source>Lotion on the feet makes them slippery: socks and shoes or slippers on before you stand.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>La crème sur les pieds les rend glissants : mettez chaussettes et chaussures ou chaussons avant de vous lever.</translation>
        </message>
        <message>
            <source>Stand up slowly, holding on to something steady.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Levez-vous lentement, en vous tenant à quelque chose de stable.</translation>
        </message>
        <message>
            <source>Rest and breathe</source>
            <extracomment>step rest: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Se reposer et respirer</translation>
        </message>
        <message>
            <source>Rest your hands in your lap. Breathe out slowly, a little longer than you breathe in, three or four times.</source>
            <extracomment>step rest: what the person reads</extracomment>
            <translation>Posez vos mains sur les genoux. Soufflez lentement, un peu plus longtemps que vous n’inspirez, trois ou quatre fois.</translation>
        </message>
        <message>
            <source>Let them rest their hands in their lap, and breathe out slowly together three or four times.</source>
            <extracomment>step rest: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Laissez la personne poser ses mains sur les genoux, et soufflez lentement ensemble trois ou quatre fois.</translation>
        </message>
        <message>
            <source>Rest your hands in your lap, and breathe out slowly, three or four times.</source>
            <extracomment>step rest: what the voice says to the person</extracomment>
            <translation>Posez vos mains sur les genoux, et soufflez lentement, trois ou quatre fois.</translation>
        </message>
        <message>
            <source>Let them rest, and breathe out slowly together three or four times.</source>
            <extracomment>step rest: what the voice says to a caregiver</extracomment>
            <translation>Laissez la personne se reposer, et soufflez lentement ensemble trois ou quatre fois.</translation>
        </message>
        <message>
            <source>Notice how you feel</source>
            <extracomment>step notice: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Comment vous sentez-vous ?</translation>
        </message>
        <message>
            <source>Notice your feet and hands now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what the person reads</extracomment>
            <translation>Remarquez vos pieds et vos mains maintenant : plus chauds, plus calmes, pareils, ou plus douloureux.</translation>
        </message>
        <message>
            <source>Ask how their feet and hands feel now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne comment sont ses pieds et ses mains maintenant : plus chauds, plus calmes, pareils, ou plus douloureux.</translation>
        </message>
        <message>
            <source>Notice how your feet and hands feel now: warmer, calmer, the same, or sorer.</source>
            <extracomment>step notice: what the voice says to the person</extracomment>
            <translation>Remarquez comment sont vos pieds et vos mains maintenant : plus chauds, plus calmes, pareils, ou plus douloureux.</translation>
        </message>
        <message>
            <source>Socks on, then stand slowly</source>
            <extracomment>step stand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Chaussettes, puis levez-vous lentement</translation>
        </message>
        <message>
            <source>If there is lotion on your feet, put on clean socks and shoes or slippers while you are still seated. Then stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what the person reads</extracomment>
            <translation>Si vous avez de la crème sur les pieds, mettez des chaussettes propres et des chaussures ou des chaussons tant que vous êtes encore assis. Puis levez-vous lentement, en vous tenant à quelque chose de stable.</translation>
        </message>
        <message>
            <source>If there is lotion on their feet, help them into clean socks and shoes or slippers while they are still seated. Then they stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Si la personne a de la crème sur les pieds, aidez-la à mettre des chaussettes propres et des chaussures ou des chaussons tant qu’elle est encore assise. Puis elle se lève lentement, en se tenant à quelque chose de stable.</translation>
        </message>
        <message>
            <source>If there is lotion on your feet, socks and shoes or slippers on while you are seated. Then stand up slowly, holding on to something steady.</source>
            <extracomment>step stand: what the voice says to the person</extracomment>
            <translation>Si vous avez de la crème sur les pieds, mettez chaussettes et chaussures ou chaussons avant de vous lever. Puis levez-vous lentement, en vous tenant à quelque chose de stable.</translation>
        </message>
        <message>
            <source>If there is lotion on their feet, help them into socks and shoes or slippers while seated, then to stand up slowly.</source>
            <extracomment>step stand: what the voice says to a caregiver</extracomment>
            <translation>Si la personne a de la crème sur les pieds, aidez-la à mettre chaussettes et chaussures ou chaussons pendant qu’elle est assise, puis à se lever lentement.</translation>
        </message>
    </context>
    <context>
        <name>routine:daily-foot-check</name>
        <message>
            <source>Daily foot check</source>
            <extracomment>the routine's title</extracomment>
            <translation>Examen quotidien des pieds</translation>
        </message>
        <message>
            <source>Two or three minutes of looking, no massage: tops, soles, heels, between the toes, nails and inside your shoes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Deux ou trois minutes pour regarder, sans massage : dessus des pieds, plantes, talons, entre les orteils, ongles et intérieur des chaussures.</translation>
        </message>
        <message>
            <source>Numb feet may not hurt when they are hurt: look every day, even when nothing feels wrong.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Des pieds engourdis peuvent ne pas avoir mal quand ils sont blessés : regardez-les chaque jour, même quand tout semble normal.</translation>
        </message>
        <message>
            <source>A cut, blister, crack, sore or redness that does not fade: with diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Une coupure, une ampoule, une crevasse, une plaie ou une rougeur qui ne disparaît pas : en cas de diabète, contactez votre podologue ou consultation du pied aujourd’hui.</translation>
        </message>
        <message>
            <source>A foot that is red, hot or swollen, or changing shape: call your foot clinic or doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Un pied rouge, chaud ou enflé, ou qui change de forme : appelez immédiatement votre podologue ou consultation du pied, ou votre médecin.</translation>
        </message>
        <message>
            <source>Use a mirror or ask someone to look if you cannot see your soles. Never walk barefoot.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Prenez un miroir ou demandez à quelqu’un de regarder si vous ne voyez pas vos plantes de pied. Ne marchez jamais pieds nus.</translation>
        </message>
        <message>
            <source>The tops of your feet</source>
            <extracomment>step tops: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Le dessus des pieds</translation>
        </message>
        <message>
            <source>Sit in a steady chair in good light, socks off. Look over the tops of both feet and the toes for a cut, blister, crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the person reads</extracomment>
            <translation>Asseyez-vous sur une chaise stable, dans une bonne lumière, sans chaussettes. Regardez le dessus des deux pieds et les orteils : coupure, ampoule, crevasse, rougeur, gonflement ou changement de couleur.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair in good light, socks off. Look over the tops of both their feet and the toes for a cut, blister, crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir sur une chaise stable, dans une bonne lumière, sans chaussettes. Regardez le dessus de ses deux pieds et les orteils : coupure, ampoule, crevasse, rougeur, gonflement ou changement de couleur.</translation>
        </message>
        <message>
            <source>Sit in a steady chair in good light. Look at the tops of both feet and the toes, for a cut, a blister, a crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the voice says to the person</extracomment>
            <translation>Asseyez-vous sur une chaise stable, dans une bonne lumière. Regardez le dessus des deux pieds et les orteils. Cherchez une coupure, une ampoule, une crevasse, une rougeur, un gonflement ou un changement de couleur.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair in good light. Look at the tops of both their feet and the toes, for a cut, a blister, a crack, redness, swelling or a change of colour.</source>
            <extracomment>step tops: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir sur une chaise stable, dans une bonne lumière. Regardez le dessus de ses deux pieds et les orteils. Cherchez une coupure, une ampoule, une crevasse, une rougeur, un gonflement ou un changement de couleur.</translation>
        </message>
        <message>
            <source>Between the toes</source>
            <extracomment>step between-toes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Entre les orteils</translation>
        </message>
        <message>
            <source>Part the toes gently and look between the toes for soft white skin, a crack or a cut. If the skin there is damp, pat it dry.</source>
            <extracomment>step between-toes: what the person reads</extracomment>
            <translation>Écartez doucement les orteils et regardez entre eux : peau blanche et ramollie, crevasse ou coupure. Si la peau est humide à cet endroit, séchez-la en tamponnant.</translation>
        </message>
        <message>
            <source>Part their toes gently and look between the toes for soft white skin, a crack or a cut. If the skin there is damp, pat it dry.</source>
            <extracomment>step between-toes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Écartez doucement ses orteils et regardez entre eux : peau blanche et ramollie, crevasse ou coupure. Si la peau est humide à cet endroit, séchez-la en tamponnant.</translation>
        </message>
        <message>
            <source>Part the toes gently and look between them, for soft white skin, a crack or a cut. Pat it dry if it is damp.</source>
            <extracomment>step between-toes: what the voice says to the person</extracomment>
            <translation>Écartez doucement les orteils et regardez entre eux : une peau blanche et ramollie, une crevasse ou une coupure. Séchez en tamponnant si c’est humide.</translation>
        </message>
        <message>
            <source>Part their toes gently and look between them, for soft white skin, a crack or a cut. Pat it dry if it is damp.</source>
            <extracomment>step between-toes: what the voice says to a caregiver</extracomment>
            <translation>Écartez doucement ses orteils et regardez entre eux : une peau blanche et ramollie, une crevasse ou une coupure. Séchez en tamponnant si c’est humide.</translation>
        </message>
        <message>
            <source>The soles</source>
            <extracomment>step soles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Les plantes de pied</translation>
        </message>
        <message>
            <source>Look at the soles of both feet, from the ball of the foot along the arch, with a mirror on the floor or with someone's help. Look for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the person reads</extracomment>
            <translation>Regardez la plante des deux pieds, de l’avant-pied jusqu’à la voûte, avec un miroir posé au sol ou avec l’aide de quelqu’un. Cherchez une ampoule, une coupure, de la peau dure, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>Lift each of their feet in turn, or use a mirror, and look at the soles, from the ball of the foot along the arch. Look for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Soulevez ses pieds l’un après l’autre, ou prenez un miroir, et regardez la plante, de l’avant-pied jusqu’à la voûte. Cherchez une ampoule, une coupure, de la peau dure, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>Now the soles, with a mirror or with help: the ball of the foot and the arch, for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the voice says to the person</extracomment>
            <translation>Maintenant les plantes de pied, avec un miroir ou avec de l’aide : l’avant-pied et la voûte. Cherchez une ampoule, une coupure, de la peau dure, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>Now their soles, from the ball of the foot along the arch, for a blister, a cut, hard skin, redness or swelling.</source>
            <extracomment>step soles: what the voice says to a caregiver</extracomment>
            <translation>Maintenant ses plantes de pied, de l’avant-pied jusqu’à la voûte. Cherchez une ampoule, une coupure, de la peau dure, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>The heels</source>
            <extracomment>step heels: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Les talons</translation>
        </message>
        <message>
            <source>Look at both heels, underneath and round the back, for dry, cracked skin or a red patch.</source>
            <extracomment>step heels: what the person reads</extracomment>
            <translation>Regardez les deux talons, dessous et tout autour à l’arrière : peau sèche et crevassée, ou tache rouge.</translation>
        </message>
        <message>
            <source>Look at both their heels, underneath and round the back, for dry, cracked skin or a red patch.</source>
            <extracomment>step heels: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez ses deux talons, dessous et tout autour à l’arrière : peau sèche et crevassée, ou tache rouge.</translation>
        </message>
        <message>
            <source>Now both heels, underneath and round the back, for cracked skin or a red patch.</source>
            <extracomment>step heels: what the voice says to the person</extracomment>
            <translation>Maintenant les deux talons, dessous et tout autour à l’arrière. Cherchez une peau crevassée ou une tache rouge.</translation>
        </message>
        <message>
            <source>Now both their heels, underneath and round the back, for cracked skin or a red patch.</source>
            <extracomment>step heels: what the voice says to a caregiver</extracomment>
            <translation>Maintenant ses deux talons, dessous et tout autour à l’arrière. Cherchez une peau crevassée ou une tache rouge.</translation>
        </message>
        <message>
            <source>The toenails</source>
            <extracomment>step nails: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Les ongles des pieds</translation>
        </message>
        <message>
            <source>Look at each toenail: a nail growing into the skin, redness round it, or a nail that has turned thick or dark.</source>
            <extracomment>step nails: what the person reads</extracomment>
            <translation>Regardez chaque ongle des pieds : un ongle qui pousse dans la peau, une rougeur autour, ou un ongle devenu épais ou foncé.</translation>
        </message>
        <message>
            <source>Look at each of their toenails: a nail growing into the skin, redness round it, or a nail that has turned thick or dark.</source>
            <extracomment>step nails: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez chacun de ses ongles des pieds : un ongle qui pousse dans la peau, une rougeur autour, ou un ongle devenu épais ou foncé.</translation>
        </message>
        <message>
            <source>Look at each toenail, for a nail growing into the skin, redness round it, or a nail turned thick or dark.</source>
            <extracomment>step nails: what the voice says to the person</extracomment>
            <translation>Regardez chaque ongle des pieds. Cherchez un ongle qui pousse dans la peau, une rougeur autour, ou un ongle devenu épais ou foncé.</translation>
        </message>
        <message>
            <source>Look at each of their toenails, for a nail growing into the skin, redness round it, or a nail turned thick or dark.</source>
            <extracomment>step nails: what the voice says to a caregiver</extracomment>
            <translation>Regardez chacun de ses ongles des pieds. Cherchez un ongle qui pousse dans la peau, une rougeur autour, ou un ongle devenu épais ou foncé.</translation>
        </message>
        <message>
            <source>Inside your shoes</source>
            <extracomment>step shoes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>L’intérieur des chaussures</translation>
        </message>
        <message>
            <source>Before you put your shoes on, feel inside each one with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen. If you have a foot thermometer, the app can keep your left and right readings after the check.</source>
            <extracomment>step shoes: what the person reads</extracomment>
            <translation>Avant de mettre vos chaussures, passez la main à l’intérieur de chacune pour sentir un caillou, une couture rugueuse ou une doublure déchirée. Puis répondez à la question à l’écran. Si vous avez un thermomètre pour les pieds, l’application peut garder vos mesures gauche et droite après l’examen.</translation>
        </message>
        <message>
            <source>Before they put their shoes on, feel inside each one with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen. If they have a foot thermometer, the app can keep the left and right readings after the check.</source>
            <extracomment>step shoes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Avant que la personne mette ses chaussures, passez la main à l’intérieur de chacune pour sentir un caillou, une couture rugueuse ou une doublure déchirée. Puis répondez à la question à l’écran. Si elle a un thermomètre pour les pieds, l’application peut garder les mesures gauche et droite après l’examen.</translation>
        </message>
        <message>
            <source>Last, feel inside each shoe with your hand for a stone, a rough seam or a torn lining. Then answer the question on the screen.</source>
            <extracomment>step shoes: what the voice says to the person</extracomment>
            <translation>Pour finir, passez la main dans chaque chaussure pour sentir un caillou, une couture rugueuse ou une doublure déchirée. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Last, feel inside each of their shoes for a stone, a rough seam or a torn lining. Then answer the question on the screen.</source>
            <extracomment>step shoes: what the voice says to a caregiver</extracomment>
            <translation>Pour finir, passez la main dans chacune de ses chaussures pour sentir un caillou, une couture rugueuse ou une doublure déchirée. Puis répondez à la question à l’écran.</translation>
        </message>
    </context>
    <context>
        <name>routine:foot-ankle-exercises</name>
        <message>
            <source>Foot and ankle exercises</source>
            <extracomment>the routine's title</extracomment>
            <translation>Exercices pieds et chevilles</translation>
        </message>
        <message>
            <source>Seated ankle pumps, ankle circles, toe curls and toe spreads, each counted, then a look at your feet. About five minutes.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Assis : bascules talon-pointe, cercles de cheville, orteils repliés et orteils écartés, chacun compté, puis un coup d’œil à vos pieds. Environ cinq minutes.</translation>
        </message>
        <message>
            <source>An open wound, ulcer or sore on a foot: do not do these; ask your foot clinic first.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Une plaie ouverte, un ulcère ou une blessure au pied : ne faites pas ces exercices ; demandez d’abord l’avis de votre podologue ou consultation du pied.</translation>
        </message>
        <message>
            <source>A foot that is red, hot or swollen: no exercises; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Pied rouge, chaud ou enflé : pas d’exercices ; appelez immédiatement votre podologue ou consultation du pied, ou votre médecin.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, feet in socks or shoes. Stop if it hurts or a muscle cramps.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Asseyez-vous sur une chaise stable, pieds en chaussettes ou en chaussures. Arrêtez si cela fait mal ou si un muscle fait une crampe.</translation>
        </message>
        <message>
            <source>Sit well</source>
            <extracomment>step sit: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Bien s’asseoir</translation>
        </message>
        <message>
            <source>Sit in a steady chair with your back supported and both feet flat on the floor, in socks or shoes.</source>
            <extracomment>step sit: what the person reads</extracomment>
            <translation>Asseyez-vous sur une chaise stable, le dos bien appuyé et les deux pieds à plat au sol, en chaussettes ou en chaussures.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair with their back supported and both feet flat on the floor, in socks or shoes.</source>
            <extracomment>step sit: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir sur une chaise stable, le dos bien appuyé et les deux pieds à plat au sol, en chaussettes ou en chaussures.</translation>
        </message>
        <message>
            <source>Sit in a steady chair, back supported, both feet flat on the floor.</source>
            <extracomment>step sit: what the voice says to the person</extracomment>
            <translation>Asseyez-vous sur une chaise stable, le dos appuyé, les deux pieds à plat au sol.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair, back supported, both feet flat on the floor.</source>
            <extracomment>step sit: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir sur une chaise stable, le dos appuyé, les deux pieds à plat au sol.</translation>
        </message>
        <message>
            <source>Ankle pumps, {side} foot</source>
            <extracomment>step ankle-pumps: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Talon-pointe, pied {side}</translation>
        </message>
        <message>
            <source>Keep your {side} heel on the floor and lift the front of the foot, toes toward you. Then lower it and lift the heel, toes on the floor. Slowly.</source>
            <extracomment>step ankle-pumps: what the person reads</extracomment>
            <translation>Gardez votre talon {side} au sol et levez l’avant du pied, orteils vers vous. Puis reposez-le et levez le talon, orteils au sol. Lentement.</translation>
        </message>
        <message>
            <source>Ask them to keep their {side} heel on the floor and lift the front of the foot, toes toward them, then lower it and lift the heel, toes on the floor. Slowly.</source>
            <extracomment>step ankle-pumps: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de garder le talon {side} au sol et de lever l’avant du pied, orteils vers elle, puis de le reposer et de lever le talon, orteils au sol. Lentement.</translation>
        </message>
        <message>
            <source>Heel down, lift your toes. Then toes down, lift your heel. Slowly.</source>
            <extracomment>step ankle-pumps: what the voice says to the person</extracomment>
            <translation>Talon au sol, levez les orteils. Puis orteils au sol, levez le talon. Lentement.</translation>
        </message>
        <message>
            <source>Ask them: heel down, lift the toes; then toes down, lift the heel. Slowly.</source>
            <extracomment>step ankle-pumps: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui : talon au sol, lever les orteils ; puis orteils au sol, lever le talon. Lentement.</translation>
        </message>
        <message>
            <source>Stop if it hurts or a muscle cramps.</source>
            <extracomment>step ankle-pumps: a caution, shown and spoken</extracomment>
            <translation>Arrêtez si cela fait mal ou si un muscle fait une crampe.</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <extracomment>step ankle-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Cercles de cheville</translation>
        </message>
        <message>
            <source>Lift your {side} foot a little off the floor and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the person reads</extracomment>
            <translation>Soulevez un peu votre pied {side} du sol et faites tourner lentement la cheville, dans un sens puis dans l’autre.</translation>
        </message>
        <message>
            <source>Ask them to lift their {side} foot a little off the floor and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de soulever un peu son pied {side} du sol et de faire tourner lentement la cheville, dans un sens puis dans l’autre.</translation>
        </message>
        <message>
            <source>Lift your foot a little and circle it slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the voice says to the person</extracomment>
            <translation>Soulevez un peu le pied et faites tourner lentement la cheville, dans un sens puis dans l’autre.</translation>
        </message>
        <message>
            <source>Ask them to circle the foot slowly at the ankle, one way and then the other.</source>
            <extracomment>step ankle-circles: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui de faire tourner lentement la cheville, dans un sens puis dans l’autre.</translation>
        </message>
        <message>
            <source>Only as far as it moves easily and comfortably.</source>
            <extracomment>step ankle-circles: a caution, shown and spoken</extracomment>
            <translation>Seulement jusqu’où cela bouge facilement et sans gêne.</translation>
        </message>
        <message>
            <source>Toe curls</source>
            <extracomment>step toe-curls: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Orteils repliés</translation>
        </message>
        <message>
            <source>With your {side} foot flat, curl the toes down as if to pick up a cloth from the floor. Hold, then relax.</source>
            <extracomment>step toe-curls: what the person reads</extracomment>
            <translation>Pied {side} à plat, repliez les orteils vers le bas comme pour ramasser un chiffon par terre. Tenez, puis relâchez.</translation>
        </message>
        <message>
            <source>Ask them to curl the toes of their {side} foot down, as if to pick up a cloth from the floor, hold, then relax.</source>
            <extracomment>step toe-curls: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de replier vers le bas les orteils de son pied {side}, comme pour ramasser un chiffon par terre, de tenir, puis de relâcher.</translation>
        </message>
        <message>
            <source>Curl your toes down, hold, then relax.</source>
            <extracomment>step toe-curls: what the voice says to the person</extracomment>
            <translation>Repliez les orteils vers le bas, tenez, puis relâchez.</translation>
        </message>
        <message>
            <source>Ask them to curl their toes down, hold, then relax.</source>
            <extracomment>step toe-curls: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui de replier les orteils vers le bas, de tenir, puis de relâcher.</translation>
        </message>
        <message>
            <source>Toe spreads</source>
            <extracomment>step toe-spreads: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Orteils écartés</translation>
        </message>
        <message>
            <source>Spread the toes of your {side} foot apart as wide as they will go, hold, then relax. If they hardly move, that is fine: the trying is the exercise.</source>
            <extracomment>step toe-spreads: what the person reads</extracomment>
            <translation>Écartez les orteils de votre pied {side} autant que possible, tenez, puis relâchez. S’ils bougent à peine, ce n’est pas grave : c’est l’effort qui fait l’exercice.</translation>
        </message>
        <message>
            <source>Ask them to spread the toes of their {side} foot apart as wide as they will go, hold, then relax. If they hardly move, that is fine.</source>
            <extracomment>step toe-spreads: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne d’écarter les orteils de son pied {side} autant que possible, de tenir, puis de relâcher. S’ils bougent à peine, ce n’est pas grave.</translation>
        </message>
        <message>
            <source>Spread your toes apart, hold, then relax.</source>
            <extracomment>step toe-spreads: what the voice says to the person</extracomment>
            <translation>Écartez les orteils, tenez, puis relâchez.</translation>
        </message>
        <message>
            <source>Ask them to spread their toes apart, hold, then relax.</source>
            <extracomment>step toe-spreads: what the voice says to a caregiver</extracomment>
            <translation>Demandez-lui d’écarter les orteils, de tenir, puis de relâcher.</translation>
        </message>
        <message>
            <source>A look at your feet</source>
            <extracomment>step look: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Un coup d’œil à vos pieds</translation>
        </message>
        <message>
            <source>Take off your socks and look at the soles and heels, and between the toes, for a red mark, blister or rubbed skin from the exercises or your shoes.</source>
            <extracomment>step look: what the person reads</extracomment>
            <translation>Enlevez vos chaussettes et regardez la plante, les talons et entre les orteils : une marque rouge, une ampoule ou une peau frottée par les exercices ou par vos chaussures.</translation>
        </message>
        <message>
            <source>Look at their soles and heels, and between the toes, for a red mark, blister or rubbed skin from the exercises or their shoes.</source>
            <extracomment>step look: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez ses plantes de pied, ses talons et entre ses orteils : une marque rouge, une ampoule ou une peau frottée par les exercices ou par ses chaussures.</translation>
        </message>
        <message>
            <source>Last, look at the soles, the heels and between the toes, for a red mark, a blister or rubbed skin.</source>
            <extracomment>step look: what the voice says to the person</extracomment>
            <translation>Pour finir, regardez la plante, les talons et entre les orteils. Cherchez une marque rouge, une ampoule ou une peau frottée.</translation>
        </message>
        <message>
            <source>Last, look at their soles, heels and between the toes, for a red mark, a blister or rubbed skin.</source>
            <extracomment>step look: what the voice says to a caregiver</extracomment>
            <translation>Pour finir, regardez ses plantes de pied, ses talons et entre ses orteils. Cherchez une marque rouge, une ampoule ou une peau frottée.</translation>
        </message>
    </context>
    <context>
        <name>routine:foot-care</name>
        <message>
            <source>Morning foot care</source>
            <extracomment>the routine's title</extracomment>
            <translation>Soin des pieds du matin</translation>
        </message>
        <message>
            <source>Check your skin, then gentle glides and circles for each foot. Light pressure throughout.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Examinez votre peau, puis des glissements et des cercles doux sur chaque pied. Pression légère du début à la fin.</translation>
        </message>
        <message>
            <source>Skip a foot with a cut, blister, crack, sore or sign of infection. With diabetes, contact your foot clinic today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Évitez un pied qui a une coupure, une ampoule, une crevasse, une plaie ou un signe d’infection. En cas de diabète, contactez votre podologue ou consultation du pied aujourd’hui.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot: no massage; call your foot clinic or doctor now.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Pied rouge, chaud ou enflé : pas de massage ; appelez immédiatement votre podologue ou consultation du pied, ou votre médecin.</translation>
        </message>
        <message>
            <source>Numb skin cannot judge force: keep the pressure as light as smoothing on lotion.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Une peau engourdie ne peut pas juger la force : gardez une pression aussi légère que pour étaler une crème.</translation>
        </message>
        <message>
            <source>No lotion between the toes, and no heat on numb feet.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Pas de crème entre les orteils, et pas de chaleur sur des pieds engourdis.</translation>
        </message>
        <message>
            <source>Sit in a steady chair. Lotion makes the soles slippery: put on socks and shoes or slippers before you stand.</source>
            <extracomment>precaution 5, shown before the routine starts</extracomment>
            <translation>Asseyez-vous sur une chaise stable. La crème rend les plantes de pied glissantes : mettez chaussettes et chaussures ou chaussons avant de vous lever.</translation>
        </message>
        <message>
            <source>Check your soles</source>
            <extracomment>step sole-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Examinez vos plantes de pied</translation>
        </message>
        <message>
            <source>Sit in a steady chair. Look over the soles of both feet: the toes, between the toes, the ball, the arch and the heel. Look for a cut, blister, crack, redness or swelling. Use a mirror, or ask someone to look.</source>
            <extracomment>step sole-check: what the person reads</extracomment>
            <translation>Asseyez-vous sur une chaise stable. Regardez la plante des deux pieds : les orteils, entre les orteils, l’avant-pied, la voûte et le talon. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement. Prenez un miroir, ou demandez à quelqu’un de regarder.</translation>
        </message>
        <message>
            <source>Help them sit in a steady chair. Look over the soles of both their feet: the toes, between the toes, the ball, the arch and the heel. Look for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step sole-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir sur une chaise stable. Regardez la plante de ses deux pieds : les orteils, entre les orteils, l’avant-pied, la voûte et le talon. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>First, sit in a steady chair. Look at the soles: the toes, between the toes, the ball, the arch and the heel, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step sole-check: what the voice says to the person</extracomment>
            <translation>D’abord, asseyez-vous sur une chaise stable. Regardez la plante des pieds : les orteils, entre les orteils, l’avant-pied, la voûte et le talon. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>First, help them sit in a steady chair. Look at the soles of their feet: the toes, between the toes, the ball, the arch and the heel, for a cut, a blister, a crack, redness or swelling.</source>
            <extracomment>step sole-check: what the voice says to a caregiver</extracomment>
            <translation>D’abord, aidez la personne à s’asseoir sur une chaise stable. Regardez la plante de ses pieds : les orteils, entre les orteils, l’avant-pied, la voûte et le talon. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement.</translation>
        </message>
        <message>
            <source>Check the tops of your feet</source>
            <extracomment>step skin-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Examinez le dessus de vos pieds</translation>
        </message>
        <message>
            <source>Now look over the tops of both feet, the toes and between the toes, as far as the ankle, for the same: a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what the person reads</extracomment>
            <translation>Regardez maintenant le dessus des deux pieds, les orteils et entre les orteils, jusqu’à la cheville, pour les mêmes signes : coupure, ampoule, crevasse, rougeur ou gonflement.</translation>
        </message>
        <message>
            <source>Now look over the tops of both their feet, the toes and between the toes, as far as the ankle, for a cut, blister, crack, redness or swelling.</source>
            <extracomment>step skin-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez maintenant le dessus de ses deux pieds, les orteils et entre les orteils, jusqu’à la cheville : coupure, ampoule, crevasse, rougeur ou gonflement.</translation>
        </message>
        <message>
            <source>Now the tops of your feet, the toes and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to the person</extracomment>
            <translation>Maintenant le dessus des pieds, les orteils et entre les orteils. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Now the tops of their feet, the toes and between the toes, for a cut, a blister, a crack, redness or swelling. Then answer the question on the screen.</source>
            <extracomment>step skin-check: what the voice says to a caregiver</extracomment>
            <translation>Maintenant le dessus de ses pieds, les orteils et entre les orteils. Cherchez une coupure, une ampoule, une crevasse, une rougeur ou un gonflement. Puis répondez à la question à l’écran.</translation>
        </message>
        <message>
            <source>Lotion on top of the {side} foot</source>
            <extracomment>step lotion: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Crème sur le dessus du pied {side}</translation>
        </message>
        <message>
            <source>Rest your {side} foot where you can reach it. Smooth a little lotion over the top of the foot.</source>
            <extracomment>step lotion: what the person reads</extracomment>
            <translation>Posez votre pied {side} à un endroit où vous l’atteignez facilement. Étalez un peu de crème sur le dessus du pied.</translation>
        </message>
        <message>
            <source>Rest their {side} foot on a towel in your lap. Smooth a little lotion over the top of the foot.</source>
            <extracomment>step lotion: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez son pied {side} sur une serviette, sur vos genoux. Étalez un peu de crème sur le dessus du pied.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the top of your foot.</source>
            <extracomment>step lotion: what the voice says to the person</extracomment>
            <translation>Étalez un peu de crème sur le dessus du pied.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the top of their foot.</source>
            <extracomment>step lotion: what the voice says to a caregiver</extracomment>
            <translation>Étalez un peu de crème sur le dessus de son pied.</translation>
        </message>
        <message>
            <source>No lotion in the gaps between the toes: damp skin there can break down.</source>
            <extracomment>step lotion: a caution, shown and spoken</extracomment>
            <translation>Pas de crème entre les orteils : la peau humide à cet endroit peut s’abîmer.</translation>
        </message>
        <message>
            <source>No lotion in the gaps between their toes: damp skin there can break down.</source>
            <extracomment>step lotion: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Pas de crème entre ses orteils : la peau humide à cet endroit peut s’abîmer.</translation>
        </message>
        <message>
            <source>Lotion on the {side} sole</source>
            <extracomment>step lotion-sole: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Crème sous le pied {side}</translation>
        </message>
        <message>
            <source>Smooth a little more lotion over the sole, from the ball of the foot to the heel, where the skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the person reads</extracomment>
            <translation>Étalez encore un peu de crème sur la plante, de l’avant-pied jusqu’au talon, là où la peau sèche et se crevasse le plus.</translation>
        </message>
        <message>
            <source>Smooth a little more lotion over their sole, from the ball of the foot to the heel, where the skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Étalez encore un peu de crème sur sa plante de pied, de l’avant-pied jusqu’au talon, là où la peau sèche et se crevasse le plus.</translation>
        </message>
        <message>
            <source>Now a little lotion over the sole, from the ball of the foot to the heel, where skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the voice says to the person</extracomment>
            <translation>Maintenant un peu de crème sur la plante, de l’avant-pied jusqu’au talon, là où la peau sèche et se crevasse le plus.</translation>
        </message>
        <message>
            <source>Now a little lotion over their sole, from the ball of the foot to the heel, where skin dries and cracks most.</source>
            <extracomment>step lotion-sole: what the voice says to a caregiver</extracomment>
            <translation>Maintenant un peu de crème sur sa plante de pied, de l’avant-pied jusqu’au talon, là où la peau sèche et se crevasse le plus.</translation>
        </message>
        <message>
            <source>Stay seated: lotion makes the soles slippery. Put on socks and shoes or slippers before you stand.</source>
            <extracomment>step lotion-sole: a caution, shown and spoken</extracomment>
            <translation>Restez assis : la crème rend les plantes de pied glissantes. Mettez chaussettes et chaussures ou chaussons avant de vous lever.</translation>
        </message>
        <message>
            <source>Lotion makes the soles slippery: they stay seated until socks and shoes or slippers are on.</source>
            <extracomment>step lotion-sole: a caution for a caregiver, shown and spoken</extracomment>
            <translation>La crème rend les plantes de pied glissantes : la personne reste assise jusqu’à ce qu’elle ait mis chaussettes et chaussures ou chaussons.</translation>
        </message>
        <message>
            <source>Glide from the toes to the ankle</source>
            <extracomment>step top-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glisser des orteils à la cheville</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of the foot from the toes toward the ankle, then lift and start again. Keep the touch as light as smoothing on lotion.</source>
            <extracomment>step top-glides: what the person reads</extracomment>
            <translation>Main à plat, glissez lentement sur le dessus du pied, des orteils vers la cheville, puis soulevez la main et recommencez. Gardez un toucher aussi léger que pour étaler une crème.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly over the top of their foot from the toes toward the ankle, then lift and start again. Keep the touch as light as smoothing on lotion: a numb foot cannot tell you when it is too much.</source>
            <extracomment>step top-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Main à plat, glissez lentement sur le dessus de son pied, des orteils vers la cheville, puis soulevez la main et recommencez. Gardez un toucher aussi léger que pour étaler une crème : un pied engourdi ne peut pas vous dire quand c’est trop.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly from your toes toward your ankle. Keep it light.</source>
            <extracomment>step top-glides: what the voice says to the person</extracomment>
            <translation>Main à plat, glissez lentement des orteils vers la cheville. Gardez un toucher léger.</translation>
        </message>
        <message>
            <source>With a flat hand, glide slowly from their toes toward the ankle. Keep it as light as smoothing on lotion.</source>
            <extracomment>step top-glides: what the voice says to a caregiver</extracomment>
            <translation>Main à plat, glissez lentement de ses orteils vers la cheville. Gardez un toucher aussi léger que pour étaler une crème.</translation>
        </message>
        <message>
            <source>Thumb circles on the sole</source>
            <extracomment>step sole-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Cercles du pouce sur la plante</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over the sole: the ball of the foot, the arch, then the heel. Gentle pressure only.</source>
            <extracomment>step sole-circles: what the person reads</extracomment>
            <translation>Faites de petits cercles lents avec le pouce sur la plante : l’avant-pied, la voûte, puis le talon. Pression douce seulement.</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over their sole: the ball of the foot, the arch, then the heel. Gentle pressure only.</source>
            <extracomment>step sole-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Faites de petits cercles lents avec le pouce sur sa plante de pied : l’avant-pied, la voûte, puis le talon. Pression douce seulement.</translation>
        </message>
        <message>
            <source>Now small, slow thumb circles over your sole: the ball, the arch, then the heel. Gently.</source>
            <extracomment>step sole-circles: what the voice says to the person</extracomment>
            <translation>Maintenant, de petits cercles lents du pouce sur la plante : l’avant-pied, la voûte, puis le talon. Doucement.</translation>
        </message>
        <message>
            <source>Now small, slow thumb circles over their sole: the ball, the arch, then the heel. Gently.</source>
            <extracomment>step sole-circles: what the voice says to a caregiver</extracomment>
            <translation>Maintenant, de petits cercles lents du pouce sur sa plante de pied : l’avant-pied, la voûte, puis le talon. Doucement.</translation>
        </message>
        <message>
            <source>Stop if it stings or burns.</source>
            <extracomment>step sole-circles: a caution, shown and spoken</extracomment>
            <translation>Arrêtez si cela pique ou brûle.</translation>
        </message>
        <message>
            <source>Stroke each toe</source>
            <extracomment>step toes: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Caresser chaque orteil</translation>
        </message>
        <message>
            <source>Hold each toe in turn and stroke it gently from the base to the tip, with a soft squeeze as you go. Start with the big toe.</source>
            <extracomment>step toes: what the person reads</extracomment>
            <translation>Tenez chaque orteil à son tour et caressez-le doucement de la base jusqu’au bout, en le pressant légèrement au passage. Commencez par le gros orteil.</translation>
        </message>
        <message>
            <source>Hold each of their toes in turn and stroke it gently from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tenez chacun de ses orteils à son tour et caressez-le doucement de la base jusqu’au bout, en le pressant légèrement. Commencez par le gros orteil.</translation>
        </message>
        <message>
            <source>Stroke each toe from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what the voice says to the person</extracomment>
            <translation>Caressez chaque orteil de la base jusqu’au bout, en le pressant légèrement. Commencez par le gros orteil.</translation>
        </message>
        <message>
            <source>Stroke each of their toes from the base to the tip, with a soft squeeze. Start with the big toe.</source>
            <extracomment>step toes: what the voice says to a caregiver</extracomment>
            <translation>Caressez chacun de ses orteils de la base jusqu’au bout, en le pressant légèrement. Commencez par le gros orteil.</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <extracomment>step ankle-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Cercles de cheville</translation>
        </message>
        <message>
            <source>Slowly circle your {side} foot at the ankle, or trace the letters of the alphabet in the air with your toes.</source>
            <extracomment>step ankle-circles: what the person reads</extracomment>
            <translation>Faites tourner lentement votre pied {side} à partir de la cheville, ou dessinez les lettres de l’alphabet en l’air avec vos orteils.</translation>
        </message>
        <message>
            <source>Support their {side} foot from underneath and slowly circle it at the ankle. Or ask them to trace letters in the air with their toes.</source>
            <extracomment>step ankle-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Soutenez son pied {side} par-dessous et faites-le tourner lentement à partir de la cheville. Ou demandez-lui de dessiner des lettres en l’air avec ses orteils.</translation>
        </message>
        <message>
            <source>Slowly circle your foot at the ankle, or trace the alphabet in the air with your toes.</source>
            <extracomment>step ankle-circles: what the voice says to the person</extracomment>
            <translation>Faites tourner lentement le pied à partir de la cheville, ou dessinez l’alphabet en l’air avec vos orteils.</translation>
        </message>
        <message>
            <source>Support their foot from underneath and slowly circle it at the ankle.</source>
            <extracomment>step ankle-circles: what the voice says to a caregiver</extracomment>
            <translation>Soutenez son pied par-dessous et faites-le tourner lentement à partir de la cheville.</translation>
        </message>
        <message>
            <source>Only as far as it moves easily and comfortably.</source>
            <extracomment>step ankle-circles: a caution, shown and spoken</extracomment>
            <translation>Seulement jusqu’où cela bouge facilement et sans gêne.</translation>
        </message>
        <message>
            <source>Closing glides</source>
            <extracomment>step closing-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements pour finir</translation>
        </message>
        <message>
            <source>Finish with a few slow glides over the whole foot, from the toes to the ankle.</source>
            <extracomment>step closing-glides: what the person reads</extracomment>
            <translation>Terminez par quelques glissements lents sur tout le pied, des orteils jusqu’à la cheville.</translation>
        </message>
        <message>
            <source>Finish with a few slow glides over their whole foot, from the toes to the ankle.</source>
            <extracomment>step closing-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Terminez par quelques glissements lents sur tout son pied, des orteils jusqu’à la cheville.</translation>
        </message>
        <message>
            <source>To finish this foot, a few slow glides from the toes to the ankle.</source>
            <extracomment>step closing-glides: what the voice says to the person</extracomment>
            <translation>Pour finir ce pied, quelques glissements lents des orteils jusqu’à la cheville.</translation>
        </message>
        <message>
            <source>Check again, then socks on</source>
            <extracomment>step after-check: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Nouvel examen, puis chaussettes</translation>
        </message>
        <message>
            <source>Look at both feet again, the soles and heels too, for redness, blisters or broken skin. Dry gently between the toes, then put on clean socks and shoes or slippers before you stand up.</source>
            <extracomment>step after-check: what the person reads</extracomment>
            <translation>Regardez de nouveau vos deux pieds, plantes et talons compris : rougeur, ampoule ou peau abîmée. Séchez doucement entre les orteils, puis mettez des chaussettes propres et des chaussures ou des chaussons avant de vous lever.</translation>
        </message>
        <message>
            <source>Look at both their feet again, the soles and heels too, for redness, blisters or broken skin. Dry gently between the toes, then help them into clean socks and shoes or slippers before they stand up.</source>
            <extracomment>step after-check: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Regardez de nouveau ses deux pieds, plantes et talons compris : rougeur, ampoule ou peau abîmée. Séchez doucement entre les orteils, puis aidez la personne à mettre des chaussettes propres et des chaussures ou des chaussons avant qu’elle se lève.</translation>
        </message>
        <message>
            <source>Last, look at both feet again, the soles and heels too, for redness, blisters or broken skin. Dry between the toes, and put on socks and shoes or slippers before you stand up.</source>
            <extracomment>step after-check: what the voice says to the person</extracomment>
            <translation>Pour finir, regardez de nouveau vos deux pieds, plantes et talons compris : une rougeur, une ampoule ou une peau abîmée. Séchez entre les orteils, et mettez chaussettes et chaussures ou chaussons avant de vous lever.</translation>
        </message>
        <message>
            <source>Last, look at both their feet again, the soles and heels too, for redness, blisters or broken skin. Dry between the toes, and help with socks and shoes or slippers before they stand up.</source>
            <extracomment>step after-check: what the voice says to a caregiver</extracomment>
            <translation>Pour finir, regardez de nouveau ses deux pieds, plantes et talons compris : une rougeur, une ampoule ou une peau abîmée. Séchez entre les orteils, et aidez-la à mettre chaussettes et chaussures ou chaussons avant qu’elle se lève.</translation>
        </message>
    </context>
    <context>
        <name>routine:hand-relief</name>
        <message>
            <source>Hand relief</source>
            <extracomment>the routine's title</extracomment>
            <translation>Soulager les mains</translation>
        </message>
        <message>
            <source>Slow circles and glides for the palm, the back of the hand and each finger.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Des cercles et des glissements lents pour la paume, le dos de la main et chaque doigt.</translation>
        </message>
        <message>
            <source>Skip a hand with a cut, crack, sore or sign of infection.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Évitez une main qui a une coupure, une crevasse, une plaie ou un signe d’infection.</translation>
        </message>
        <message>
            <source>Leave out a hand or arm with a port, a line, lymphoedema or lymph nodes removed.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Évitez une main ou un bras avec une chambre implantable, un cathéter, un lymphœdème, ou dont on a retiré des ganglions.</translation>
        </message>
        <message>
            <source>During chemotherapy keep the touch light, with no pressure on tingling areas.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Pendant la chimiothérapie, gardez un toucher léger, sans pression sur les zones qui fourmillent.</translation>
        </message>
        <message>
            <source>Lotion on the {side} hand</source>
            <extracomment>step lotion: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Crème sur la main {side}</translation>
        </message>
        <message>
            <source>Warm a little lotion between your palms and smooth it over your {side} hand, front and back.</source>
            <extracomment>step lotion: what the person reads</extracomment>
            <translation>Réchauffez un peu de crème entre vos paumes et étalez-la sur votre main {side}, dessus et dessous.</translation>
        </message>
        <message>
            <source>Hold their {side} hand palm-up in yours. Warm a little lotion in your hands and smooth it over the front and back.</source>
            <extracomment>step lotion: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tenez sa main {side} dans la vôtre, paume vers le haut. Réchauffez un peu de crème dans vos mains et étalez-la dessus et dessous.</translation>
        </message>
        <message>
            <source>Smooth a little lotion over the front and the back.</source>
            <extracomment>step lotion: what the voice says to the person</extracomment>
            <translation>Étalez un peu de crème dessus et dessous.</translation>
        </message>
        <message>
            <source>Hold it palm-up in yours and smooth on a little lotion, front and back.</source>
            <extracomment>step lotion: what the voice says to a caregiver</extracomment>
            <translation>Tenez sa main dans la vôtre, paume vers le haut, et étalez un peu de crème, dessus et dessous.</translation>
        </message>
        <message>
            <source>Thumb circles on the palm</source>
            <extracomment>step palm-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Cercles du pouce sur la paume</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumb over the palm, from the heel of the hand toward the fingers.</source>
            <extracomment>step palm-circles: what the person reads</extracomment>
            <translation>Faites de petits cercles lents avec le pouce sur la paume, de la base de la paume vers les doigts.</translation>
        </message>
        <message>
            <source>Make small, slow circles with your thumbs over their palm, from the heel of the hand toward the fingers. Keep it light: numb skin cannot tell you when it is too much.</source>
            <extracomment>step palm-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Faites de petits cercles lents avec vos pouces sur sa paume, de la base de la paume vers les doigts. Gardez un toucher léger : une peau engourdie ne peut pas vous dire quand c’est trop.</translation>
        </message>
        <message>
            <source>Small, slow thumb circles over your palm, moving toward the fingers.</source>
            <extracomment>step palm-circles: what the voice says to the person</extracomment>
            <translation>De petits cercles lents du pouce sur votre paume, en allant vers les doigts.</translation>
        </message>
        <message>
            <source>Small, slow thumb circles over their palm, moving toward the fingers. Keep it light.</source>
            <extracomment>step palm-circles: what the voice says to a caregiver</extracomment>
            <translation>De petits cercles lents des pouces sur sa paume, en allant vers les doigts. Gardez un toucher léger.</translation>
        </message>
        <message>
            <source>Stop if it stings or burns.</source>
            <extracomment>step palm-circles: a caution, shown and spoken</extracomment>
            <translation>Arrêtez si cela pique ou brûle.</translation>
        </message>
        <message>
            <source>Glide along the back of the hand</source>
            <extracomment>step back-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glisser sur le dos de la main</translation>
        </message>
        <message>
            <source>Turn your hand over. With your thumb, glide slowly up each groove between the tendons to the knuckles, one groove at a time.</source>
            <extracomment>step back-glides: what the person reads</extracomment>
            <translation>Retournez la main. Avec le pouce, glissez lentement dans chaque sillon entre les tendons jusqu’aux jointures, un sillon à la fois.</translation>
        </message>
        <message>
            <source>Turn their hand over. With your thumb, glide slowly up each groove between the tendons to the knuckles, one groove at a time.</source>
            <extracomment>step back-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Retournez sa main. Avec le pouce, glissez lentement dans chaque sillon entre les tendons jusqu’aux jointures, un sillon à la fois.</translation>
        </message>
        <message>
            <source>Turn your hand over. Glide your thumb up each groove between the tendons, to the knuckles.</source>
            <extracomment>step back-glides: what the voice says to the person</extracomment>
            <translation>Retournez la main. Glissez le pouce dans chaque sillon entre les tendons, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Turn their hand over. Glide your thumb up each groove between the tendons, to the knuckles.</source>
            <extracomment>step back-glides: what the voice says to a caregiver</extracomment>
            <translation>Retournez sa main. Glissez le pouce dans chaque sillon entre les tendons, jusqu’aux jointures.</translation>
        </message>
        <message>
            <source>Stroke each finger</source>
            <extracomment>step fingers: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Caresser chaque doigt</translation>
        </message>
        <message>
            <source>Hold each finger in turn and stroke it gently from the base to the tip. Start with the thumb.</source>
            <extracomment>step fingers: what the person reads</extracomment>
            <translation>Tenez chaque doigt à son tour et caressez-le doucement de la base jusqu’au bout. Commencez par le pouce.</translation>
        </message>
        <message>
            <source>Hold each of their fingers in turn and stroke it gently from the base to the tip. Start with the thumb.</source>
            <extracomment>step fingers: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tenez chacun de ses doigts à son tour et caressez-le doucement de la base jusqu’au bout. Commencez par le pouce.</translation>
        </message>
        <message>
            <source>Stroke each finger gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step fingers: what the voice says to the person</extracomment>
            <translation>Caressez doucement chaque doigt de la base jusqu’au bout, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>Stroke each of their fingers gently from the base to the tip, starting with the thumb.</source>
            <extracomment>step fingers: what the voice says to a caregiver</extracomment>
            <translation>Caressez doucement chacun de ses doigts de la base jusqu’au bout, en commençant par le pouce.</translation>
        </message>
        <message>
            <source>Gentle pinch of the web</source>
            <extracomment>step web-pinch: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Pincer doucement entre pouce et index</translation>
        </message>
        <message>
            <source>Hold the soft web between your thumb and index finger with your other thumb and finger. Squeeze gently, let go, and repeat.</source>
            <extracomment>step web-pinch: what the person reads</extracomment>
            <translation>Avec le pouce et l’index de l’autre main, prenez la peau souple entre votre pouce et votre index. Pressez doucement, relâchez, et recommencez.</translation>
        </message>
        <message>
            <source>Hold the soft web between their thumb and index finger. Squeeze gently, let go, and repeat.</source>
            <extracomment>step web-pinch: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Prenez la peau souple entre son pouce et son index. Pressez doucement, relâchez, et recommencez.</translation>
        </message>
        <message>
            <source>Gently squeeze the soft web between your thumb and index finger, then let go.</source>
            <extracomment>step web-pinch: what the voice says to the person</extracomment>
            <translation>Pressez doucement la peau souple entre votre pouce et votre index, puis relâchez.</translation>
        </message>
        <message>
            <source>Gently squeeze the soft web between their thumb and index finger, then let go.</source>
            <extracomment>step web-pinch: what the voice says to a caregiver</extracomment>
            <translation>Pressez doucement la peau souple entre son pouce et son index, puis relâchez.</translation>
        </message>
        <message>
            <source>Closing glides</source>
            <extracomment>step closing-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements pour finir</translation>
        </message>
        <message>
            <source>Finish with slow glides from the fingertips back to the wrist.</source>
            <extracomment>step closing-glides: what the person reads</extracomment>
            <translation>Terminez par des glissements lents du bout des doigts jusqu’au poignet.</translation>
        </message>
        <message>
            <source>Finish with slow glides from their fingertips back to the wrist.</source>
            <extracomment>step closing-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Terminez par des glissements lents du bout de ses doigts jusqu’au poignet.</translation>
        </message>
        <message>
            <source>To finish this hand, slow glides from the fingertips to the wrist.</source>
            <extracomment>step closing-glides: what the voice says to the person</extracomment>
            <translation>Pour finir cette main, des glissements lents du bout des doigts jusqu’au poignet.</translation>
        </message>
    </context>
    <context>
        <name>routine:pressure-points</name>
        <message>
            <source>Pressure-point relaxation</source>
            <extracomment>the routine's title</extracomment>
            <translation>Détente par points de pression</translation>
        </message>
        <message>
            <source>Rest gentle, still pressure on a few comfortable spots on each sole, then let go. For relaxation.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Poser une pression douce et immobile sur quelques points agréables de chaque plante de pied, puis relâcher. Pour la détente.</translation>
        </message>
        <message>
            <source>Relaxation only: these spots are not linked to organs and do not treat illness.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Pour la détente seulement : ces points ne sont pas reliés aux organes et ne soignent pas les maladies.</translation>
        </message>
        <message>
            <source>Use a fingertip only, never a tool, and press lighter on numb skin.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Utilisez seulement le bout d’un doigt, jamais un outil, et appuyez plus légèrement sur une peau engourdie.</translation>
        </message>
        <message>
            <source>Skip it with a fracture, a wound, gout, a clot or low platelets.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>À éviter en cas de fracture, de plaie, de goutte, de caillot de sang ou de plaquettes basses.</translation>
        </message>
        <message>
            <source>Pregnant? Ask your midwife or doctor before using pressure points.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>Enceinte ? Demandez l’avis de votre sage-femme ou de votre médecin avant d’utiliser les points de pression.</translation>
        </message>
        <message>
            <source>Settle the {side} foot</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Installer le pied {side}</translation>
        </message>
        <message>
            <source>Rest your {side} foot across your knee or on a cushion. Breathe out slowly and stroke the sole a few times, so it gets used to your touch.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Posez votre pied {side} sur votre genou ou sur un coussin. Soufflez lentement et caressez la plante quelques fois, pour qu’elle s’habitue à votre toucher.</translation>
        </message>
        <message>
            <source>Rest their {side} foot on a cushion in your lap. Stroke the sole a few times, so it gets used to your touch, and ask them to breathe out slowly.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez son pied {side} sur un coussin, sur vos genoux. Caressez la plante quelques fois, pour qu’elle s’habitue à votre toucher, et demandez-lui de souffler lentement.</translation>
        </message>
        <message>
            <source>Rest your foot comfortably, breathe out slowly, and stroke the sole a few times.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Posez le pied confortablement, soufflez lentement, et caressez la plante quelques fois.</translation>
        </message>
        <message>
            <source>Rest their {side} foot comfortably and stroke the sole a few times. Ask them to breathe out slowly.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Posez son pied {side} confortablement et caressez la plante quelques fois. Demandez-lui de souffler lentement.</translation>
        </message>
        <message>
            <source>Below the ball of the foot</source>
            <extracomment>step ball: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Juste sous l’avant-pied</translation>
        </message>
        <message>
            <source>Find the soft hollow just below the ball of the foot. Rest a fingertip there with gentle, still pressure. Breathe slowly, then ease off.</source>
            <extracomment>step ball: what the person reads</extracomment>
            <translation>Trouvez le petit creux souple juste sous l’avant-pied. Posez-y le bout d’un doigt, avec une pression douce et immobile. Respirez lentement, puis relâchez.</translation>
        </message>
        <message>
            <source>Find the soft hollow just below the ball of their foot. Rest a fingertip there with gentle, still pressure, then ease off. Keep it as light as smoothing on lotion: a numb foot cannot tell you when it is too much.</source>
            <extracomment>step ball: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Trouvez le petit creux souple juste sous son avant-pied. Posez-y le bout d’un doigt, avec une pression douce et immobile, puis relâchez. Gardez une pression aussi légère que pour étaler une crème : un pied engourdi ne peut pas vous dire quand c’est trop.</translation>
        </message>
        <message>
            <source>Rest a fingertip in the soft hollow below the ball of your foot. Gentle, still pressure, and breathe slowly.</source>
            <extracomment>step ball: what the voice says to the person</extracomment>
            <translation>Posez le bout d’un doigt dans le petit creux juste sous l’avant-pied. Une pression douce et immobile, et respirez lentement.</translation>
        </message>
        <message>
            <source>Rest a fingertip in the soft hollow below the ball of their foot. Gentle, still pressure.</source>
            <extracomment>step ball: what the voice says to a caregiver</extracomment>
            <translation>Posez le bout d’un doigt dans le petit creux juste sous son avant-pied. Une pression douce et immobile.</translation>
        </message>
        <message>
            <source>The middle of the arch</source>
            <extracomment>step arch: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Le milieu de la voûte</translation>
        </message>
        <message>
            <source>Move to the middle of the arch, on the inner side of the sole. Rest your fingertip there gently, then ease off.</source>
            <extracomment>step arch: what the person reads</extracomment>
            <translation>Passez au milieu de la voûte plantaire, côté intérieur de la plante. Posez-y doucement le bout du doigt, puis relâchez.</translation>
        </message>
        <message>
            <source>Move to the middle of their arch, on the inner side of the sole. Rest your fingertip there gently, then ease off.</source>
            <extracomment>step arch: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Passez au milieu de sa voûte plantaire, côté intérieur de la plante. Posez-y doucement le bout du doigt, puis relâchez.</translation>
        </message>
        <message>
            <source>Now the middle of the arch. Gentle, still pressure, then ease off.</source>
            <extracomment>step arch: what the voice says to the person</extracomment>
            <translation>Maintenant le milieu de la voûte. Une pression douce et immobile, puis relâchez.</translation>
        </message>
        <message>
            <source>Now the middle of their arch. Gentle, still pressure, then ease off.</source>
            <extracomment>step arch: what the voice says to a caregiver</extracomment>
            <translation>Maintenant le milieu de sa voûte. Une pression douce et immobile, puis relâchez.</translation>
        </message>
        <message>
            <source>The centre of the heel</source>
            <extracomment>step heel: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Le centre du talon</translation>
        </message>
        <message>
            <source>Cup the heel and rest your thumb on its centre with gentle pressure. Breathe out slowly.</source>
            <extracomment>step heel: what the person reads</extracomment>
            <translation>Prenez le talon dans la main et posez le pouce en son centre, avec une pression douce. Soufflez lentement.</translation>
        </message>
        <message>
            <source>Cup their heel and rest your thumb on its centre with gentle pressure. Ask them to breathe out slowly.</source>
            <extracomment>step heel: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Prenez son talon dans la main et posez le pouce en son centre, avec une pression douce. Demandez-lui de souffler lentement.</translation>
        </message>
        <message>
            <source>Cup your heel and rest your thumb on its centre. Breathe out slowly.</source>
            <extracomment>step heel: what the voice says to the person</extracomment>
            <translation>Prenez votre talon dans la main et posez le pouce en son centre. Soufflez lentement.</translation>
        </message>
        <message>
            <source>Cup their heel and rest your thumb on its centre, gently.</source>
            <extracomment>step heel: what the voice says to a caregiver</extracomment>
            <translation>Prenez son talon dans la main et posez le pouce en son centre, doucement.</translation>
        </message>
        <message>
            <source>Stroke the sole to finish</source>
            <extracomment>step closing: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Caresser la plante pour finir</translation>
        </message>
        <message>
            <source>Finish with slow strokes from the toes to the heel, then rest the foot down.</source>
            <extracomment>step closing: what the person reads</extracomment>
            <translation>Terminez par des caresses lentes des orteils jusqu’au talon, puis reposez le pied.</translation>
        </message>
        <message>
            <source>Finish with slow strokes from their toes to the heel, then rest the foot down.</source>
            <extracomment>step closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Terminez par des caresses lentes de ses orteils jusqu’au talon, puis reposez le pied.</translation>
        </message>
        <message>
            <source>To finish, slow strokes from the toes to the heel, then rest your foot down.</source>
            <extracomment>step closing: what the voice says to the person</extracomment>
            <translation>Pour finir, des caresses lentes des orteils jusqu’au talon, puis reposez votre pied.</translation>
        </message>
        <message>
            <source>To finish, slow strokes from the toes to the heel, then rest their foot down.</source>
            <extracomment>step closing: what the voice says to a caregiver</extracomment>
            <translation>Pour finir, des caresses lentes des orteils jusqu’au talon, puis reposez son pied.</translation>
        </message>
    </context>
    <context>
        <name>routine:resting-touch</name>
        <message>
            <source>Resting touch</source>
            <extracomment>the routine's title</extracomment>
            <translation>Mains posées</translation>
        </message>
        <message>
            <source>When even light strokes hurt: a warm, still hand resting on each foot and each hand. No movement, no pressure.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Quand même des gestes légers font mal : une main chaude et immobile posée sur chaque pied et chaque main. Sans mouvement, sans pression.</translation>
        </message>
        <message>
            <source>If even a resting hand hurts, lift it away and leave that foot or hand out today.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Si même une main posée fait mal, retirez-la et laissez ce pied ou cette main de côté aujourd’hui.</translation>
        </message>
        <message>
            <source>Skip a foot or hand with a cut, blister, crack, sore or sign of infection.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Évitez un pied ou une main qui a une coupure, une ampoule, une crevasse, une plaie ou un signe d’infection.</translation>
        </message>
        <message>
            <source>A red, hot or swollen foot or leg: no touch; call your foot clinic or doctor now.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Rougeur, chaleur ou gonflement d’un pied ou d’une jambe : pas de toucher ; appelez immédiatement votre podologue ou consultation du pied, ou votre médecin.</translation>
        </message>
        <message>
            <source>Settle in</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Installez-vous</translation>
        </message>
        <message>
            <source>Sit or lie back comfortably, feet supported. Rest your hands on your thighs and breathe out slowly a few times. Nothing will move over the skin: the hands only rest.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Asseyez-vous ou allongez-vous confortablement, les pieds soutenus. Posez vos mains sur vos cuisses et soufflez lentement quelques fois. Rien ne bougera sur la peau : les mains se posent, c’est tout.</translation>
        </message>
        <message>
            <source>Help them sit or lie back comfortably, feet supported. Warm your hands. Nothing will move over the skin: your hands only rest, and they tell you to stop if anything hurts.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir ou à s’allonger confortablement, les pieds soutenus. Réchauffez vos mains. Rien ne bougera sur la peau : vos mains se posent, c’est tout, et elle vous dit d’arrêter si quelque chose fait mal.</translation>
        </message>
        <message>
            <source>Sit back comfortably, rest your hands on your thighs, and breathe out slowly. The hands will only rest.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Installez-vous confortablement, posez vos mains sur vos cuisses, et soufflez lentement. Les mains vont seulement se poser.</translation>
        </message>
        <message>
            <source>Help them sit back comfortably and warm your hands. Your hands will only rest, and they tell you to stop if anything hurts.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à bien s’installer et réchauffez vos mains. Vos mains vont seulement se poser, et elle vous dit d’arrêter si quelque chose fait mal.</translation>
        </message>
        <message>
            <source>Rest a hand on the {side} foot</source>
            <extracomment>step rest-foot: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Une main posée sur le pied {side}</translation>
        </message>
        <message>
            <source>Lay one hand softly over the top of your {side} foot. Let it lie there, warm and still, with no pressure at all, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the person reads</extracomment>
            <translation>Posez doucement une main sur le dessus de votre pied {side}. Laissez-la là, chaude et immobile, sans aucune pression, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Lay one hand softly over the top of their {side} foot. Let it lie there, warm and still, with no pressure at all, for a few slow breaths.</source>
            <extracomment>step rest-foot: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez doucement une main sur le dessus de son pied {side}. Laissez-la là, chaude et immobile, sans aucune pression, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Lay a hand softly over the top of your foot. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the voice says to the person</extracomment>
            <translation>Posez doucement une main sur le dessus du pied. Laissez-la là, chaude et immobile, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Lay a hand softly over the top of their foot, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-foot: what the voice says to a caregiver</extracomment>
            <translation>Posez doucement une main sur le dessus de son pied, chaude et immobile, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>If it hurts, lift your hand away.</source>
            <extracomment>step rest-foot: a caution, shown and spoken</extracomment>
            <translation>Si cela fait mal, retirez votre main.</translation>
        </message>
        <message>
            <source>If it hurts them, lift your hand away.</source>
            <extracomment>step rest-foot: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Si cela lui fait mal, retirez votre main.</translation>
        </message>
        <message>
            <source>Rest on the {side} hand</source>
            <extracomment>step rest-hand: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Une main sur la main {side}</translation>
        </message>
        <message>
            <source>Lay your other hand softly over the back of your {side} hand. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the person reads</extracomment>
            <translation>Posez doucement votre autre main sur le dos de votre main {side}. Laissez-la là, chaude et immobile, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Lay your hand softly over the back of their {side} hand. Let it lie there, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez doucement votre main sur le dos de sa main {side}. Laissez-la là, chaude et immobile, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Lay your other hand softly over the back of this hand, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the voice says to the person</extracomment>
            <translation>Posez doucement votre autre main sur le dos de cette main, chaude et immobile, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Lay your hand softly over the back of their hand, warm and still, for a few slow breaths.</source>
            <extracomment>step rest-hand: what the voice says to a caregiver</extracomment>
            <translation>Posez doucement votre main sur le dos de sa main, chaude et immobile, le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>Rest, then finish</source>
            <extracomment>step close: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Repos, puis fin</translation>
        </message>
        <message>
            <source>Rest your hands in your lap and breathe out slowly. Notice how your feet and hands feel now.</source>
            <extracomment>step close: what the person reads</extracomment>
            <translation>Posez vos mains sur les genoux et soufflez lentement. Remarquez comment sont vos pieds et vos mains maintenant.</translation>
        </message>
        <message>
            <source>Rest your hands in your lap and let them breathe out slowly. Ask how their feet and hands feel now.</source>
            <extracomment>step close: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez vos mains sur vos genoux et laissez la personne souffler lentement. Demandez-lui comment sont ses pieds et ses mains maintenant.</translation>
        </message>
        <message>
            <source>Rest your hands and let them breathe out slowly. Ask how their feet and hands feel now.</source>
            <extracomment>step close: what the voice says to a caregiver</extracomment>
            <translation>Reposez vos mains et laissez la personne souffler lentement. Demandez-lui comment sont ses pieds et ses mains maintenant.</translation>
        </message>
    </context>
    <context>
        <name>routine:swedish-strokes</name>
        <message>
            <source>Gentle strokes, given by a caregiver</source>
            <extracomment>the routine's title</extracomment>
            <translation>Massage doux, par un aidant</translation>
        </message>
        <message>
            <source>Long gliding strokes, light kneading and gentle friction for the legs, feet, forearms and hands.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Longs glissements, pétrissage léger et frictions douces pour les jambes, les pieds, les avant-bras et les mains.</translation>
        </message>
        <message>
            <source>Pressure no firmer than smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Pression pas plus forte que pour étaler une crème : une peau engourdie ne peut pas vous dire quand c’est trop.</translation>
        </message>
        <message>
            <source>Not over a leg that is swollen, painful or warm, or that has a clot.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Pas sur une jambe enflée, douloureuse ou chaude, ou qui a un caillot de sang.</translation>
        </message>
        <message>
            <source>Leave out an arm with a port, a line, lymphoedema or lymph nodes removed, and any area that had radiotherapy.</source>
            <extracomment>precaution 3, shown before the routine starts</extracomment>
            <translation>Évitez un bras avec une chambre implantable, un cathéter, un lymphœdème, ou dont on a retiré des ganglions, et toute zone traitée par radiothérapie.</translation>
        </message>
        <message>
            <source>With low platelets, easy bruising or blood thinners: light touch only, and ask the care team first.</source>
            <extracomment>precaution 4, shown before the routine starts</extracomment>
            <translation>En cas de plaquettes basses, de bleus faciles ou d’anticoagulants : toucher léger seulement, et demandez d’abord l’avis de l’équipe soignante.</translation>
        </message>
        <message>
            <source>Settle in and agree on pressure</source>
            <extracomment>step settle: its title ({side} is 'right' or 'left')</extracomment>
            <translation>S’installer et convenir de la pression</translation>
        </message>
        <message>
            <source>Sit comfortably with your legs supported. Agree with your helper that you will say at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the person reads</extracomment>
            <translation>Asseyez-vous confortablement, les jambes soutenues. Convenez avec votre aidant que vous direz tout de suite si quelque chose fait mal, brûle ou semble trop fort.</translation>
        </message>
        <message>
            <source>Help them sit comfortably with their legs supported. Agree that they will tell you at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir confortablement, les jambes soutenues. Convenez qu’elle vous dira tout de suite si quelque chose fait mal, brûle ou semble trop fort.</translation>
        </message>
        <message>
            <source>Sit comfortably with your legs supported, and agree to say at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the voice says to the person</extracomment>
            <translation>Asseyez-vous confortablement, les jambes soutenues, et convenez de dire tout de suite si quelque chose fait mal, brûle ou semble trop fort.</translation>
        </message>
        <message>
            <source>Help them sit comfortably, legs supported. Agree they will tell you at once if anything hurts, burns or feels too firm.</source>
            <extracomment>step settle: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir confortablement, les jambes soutenues. Convenez qu’elle vous dira tout de suite si quelque chose fait mal, brûle ou semble trop fort.</translation>
        </message>
        <message>
            <source>Long glides up the {side} leg</source>
            <extracomment>step leg-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Longs glissements sur la jambe {side}</translation>
        </message>
        <message>
            <source>Your helper glides both hands slowly from your ankle up toward the knee, then lets them float back down lightly.</source>
            <extracomment>step leg-glides: what the person reads</extracomment>
            <translation>Votre aidant fait glisser lentement ses deux mains de votre cheville vers le genou, puis les laisse redescendre tout légèrement.</translation>
        </message>
        <message>
            <source>Glide both hands slowly from their {side} ankle up toward the knee, then let them float back down lightly. Keep the pressure like smoothing on lotion.</source>
            <extracomment>step leg-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Faites glisser lentement vos deux mains de sa cheville {side} vers le genou, puis laissez-les redescendre tout légèrement. Gardez une pression comme pour étaler une crème.</translation>
        </message>
        <message>
            <source>Long, slow glides from the ankle up toward the knee.</source>
            <extracomment>step leg-glides: what the voice says to the person</extracomment>
            <translation>De longs glissements lents, de la cheville vers le genou.</translation>
        </message>
        <message>
            <source>Long, slow glides with both hands, from the ankle up toward the knee.</source>
            <extracomment>step leg-glides: what the voice says to a caregiver</extracomment>
            <translation>De longs glissements lents avec les deux mains, de la cheville vers le genou.</translation>
        </message>
        <message>
            <source>Light kneading of the calf</source>
            <extracomment>step leg-kneading: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Pétrissage léger du mollet</translation>
        </message>
        <message>
            <source>Your helper lifts and gently squeezes the soft calf muscle, like kneading soft dough, working up the leg.</source>
            <extracomment>step leg-kneading: what the person reads</extracomment>
            <translation>Votre aidant soulève et presse doucement le muscle souple du mollet, comme on pétrit une pâte molle, en remontant la jambe.</translation>
        </message>
        <message>
            <source>Lift and gently squeeze the soft calf muscle, like kneading soft dough, working up the leg. Keep it as light as smoothing on lotion.</source>
            <extracomment>step leg-kneading: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Soulevez et pressez doucement le muscle souple du mollet, comme on pétrit une pâte molle, en remontant la jambe. Gardez un toucher aussi léger que pour étaler une crème.</translation>
        </message>
        <message>
            <source>Light kneading of the calf, working up the leg.</source>
            <extracomment>step leg-kneading: what the voice says to the person</extracomment>
            <translation>Pétrissage léger du mollet, en remontant la jambe.</translation>
        </message>
        <message>
            <source>Lightly knead the soft calf muscle, working up the leg.</source>
            <extracomment>step leg-kneading: what the voice says to a caregiver</extracomment>
            <translation>Pétrissez légèrement le muscle souple du mollet, en remontant la jambe.</translation>
        </message>
        <message>
            <source>Never on the shin bone.</source>
            <extracomment>step leg-kneading: a caution, shown and spoken</extracomment>
            <translation>Jamais sur le tibia.</translation>
        </message>
        <message>
            <source>Stay off the shin bone: knead only the soft calf.</source>
            <extracomment>step leg-kneading: a caution for a caregiver, shown and spoken</extracomment>
            <translation>Évitez l’os du tibia : pétrissez seulement le mollet, là où c’est souple.</translation>
        </message>
        <message>
            <source>Gentle friction over the top of the foot</source>
            <extracomment>step foot-friction: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Frictions douces sur le dessus du pied</translation>
        </message>
        <message>
            <source>Your helper rubs lightly over the top of your foot with the flat of the fingers, in small back-and-forth movements.</source>
            <extracomment>step foot-friction: what the person reads</extracomment>
            <translation>Votre aidant frotte légèrement le dessus de votre pied avec le plat des doigts, par petits mouvements de va-et-vient.</translation>
        </message>
        <message>
            <source>Rub lightly over the top of their foot with the flat of your fingers, in small back-and-forth movements. Keep it gentle.</source>
            <extracomment>step foot-friction: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Frottez légèrement le dessus de son pied avec le plat de vos doigts, par petits mouvements de va-et-vient. Gardez un toucher doux.</translation>
        </message>
        <message>
            <source>Gentle friction over the top of the foot.</source>
            <extracomment>step foot-friction: what the voice says to the person</extracomment>
            <translation>Frictions douces sur le dessus du pied.</translation>
        </message>
        <message>
            <source>Gentle friction with the flat of your fingers, over the top of their foot.</source>
            <extracomment>step foot-friction: what the voice says to a caregiver</extracomment>
            <translation>Frictions douces avec le plat de vos doigts, sur le dessus de son pied.</translation>
        </message>
        <message>
            <source>Gentle friction over the sole</source>
            <extracomment>step sole-friction: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Frictions douces sous le pied</translation>
        </message>
        <message>
            <source>Then the same light, small movements over the sole, from the ball of the foot to the heel.</source>
            <extracomment>step sole-friction: what the person reads</extracomment>
            <translation>Puis les mêmes petits mouvements légers sur la plante, de l’avant-pied jusqu’au talon.</translation>
        </message>
        <message>
            <source>Then the same light, small movements over their sole, from the ball of the foot to the heel. A numb sole cannot tell you when it is too much: keep it gentle.</source>
            <extracomment>step sole-friction: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Puis les mêmes petits mouvements légers sur sa plante de pied, de l’avant-pied jusqu’au talon. Une plante de pied engourdie ne peut pas vous dire quand c’est trop : gardez un toucher doux.</translation>
        </message>
        <message>
            <source>Now the same gentle friction over the sole, from the ball of the foot to the heel.</source>
            <extracomment>step sole-friction: what the voice says to the person</extracomment>
            <translation>Maintenant les mêmes frictions douces sur la plante, de l’avant-pied jusqu’au talon.</translation>
        </message>
        <message>
            <source>Now the same gentle friction over their sole, from the ball of the foot to the heel. Keep it gentle.</source>
            <extracomment>step sole-friction: what the voice says to a caregiver</extracomment>
            <translation>Maintenant les mêmes frictions douces sur sa plante de pied, de l’avant-pied jusqu’au talon. Gardez un toucher doux.</translation>
        </message>
        <message>
            <source>Glides again to finish</source>
            <extracomment>step leg-closing: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements pour finir</translation>
        </message>
        <message>
            <source>Your helper finishes the leg with slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what the person reads</extracomment>
            <translation>Votre aidant termine la jambe par des glissements lents et légers, des orteils jusqu’au genou.</translation>
        </message>
        <message>
            <source>Finish their {side} leg with slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Terminez sa jambe {side} par des glissements lents et légers, des orteils jusqu’au genou.</translation>
        </message>
        <message>
            <source>To finish this leg, slow, light glides from the toes to the knee.</source>
            <extracomment>step leg-closing: what the voice says to the person</extracomment>
            <translation>Pour finir cette jambe, des glissements lents et légers, des orteils jusqu’au genou.</translation>
        </message>
        <message>
            <source>Long glides along the {side} forearm</source>
            <extracomment>step arm-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Longs glissements sur l’avant-bras {side}</translation>
        </message>
        <message>
            <source>Your helper glides slowly from your wrist toward the elbow, then lets their hands float back.</source>
            <extracomment>step arm-glides: what the person reads</extracomment>
            <translation>Votre aidant glisse lentement de votre poignet vers le coude, puis laisse ses mains revenir tout légèrement.</translation>
        </message>
        <message>
            <source>Support their {side} forearm on a pillow. Glide slowly from the wrist toward the elbow, then let your hands float back.</source>
            <extracomment>step arm-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Posez son avant-bras {side} sur un oreiller. Glissez lentement du poignet vers le coude, puis laissez vos mains revenir tout légèrement.</translation>
        </message>
        <message>
            <source>Long, slow glides from the wrist toward the elbow.</source>
            <extracomment>step arm-glides: what the voice says to the person</extracomment>
            <translation>De longs glissements lents, du poignet vers le coude.</translation>
        </message>
        <message>
            <source>Light kneading of the forearm</source>
            <extracomment>step arm-kneading: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Pétrissage léger de l’avant-bras</translation>
        </message>
        <message>
            <source>Your helper gently squeezes and releases along the soft part of your forearm.</source>
            <extracomment>step arm-kneading: what the person reads</extracomment>
            <translation>Votre aidant presse et relâche doucement la partie souple de votre avant-bras, tout du long.</translation>
        </message>
        <message>
            <source>Gently squeeze and release along the soft part of their forearm, working toward the elbow.</source>
            <extracomment>step arm-kneading: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Pressez et relâchez doucement la partie souple de son avant-bras, en remontant vers le coude.</translation>
        </message>
        <message>
            <source>Light kneading along the forearm.</source>
            <extracomment>step arm-kneading: what the voice says to the person</extracomment>
            <translation>Pétrissage léger le long de l’avant-bras.</translation>
        </message>
        <message>
            <source>Light kneading along their forearm, working toward the elbow.</source>
            <extracomment>step arm-kneading: what the voice says to a caregiver</extracomment>
            <translation>Pétrissage léger le long de son avant-bras, en remontant vers le coude.</translation>
        </message>
        <message>
            <source>Glides over the hand</source>
            <extracomment>step hand-glides: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Glissements sur la main</translation>
        </message>
        <message>
            <source>Your helper holds your hand and glides their thumbs up the grooves on the back of the hand to the knuckles, then strokes each finger to its tip.</source>
            <extracomment>step hand-glides: what the person reads</extracomment>
            <translation>Votre aidant tient votre main et fait glisser ses pouces dans les sillons du dos de la main jusqu’aux jointures, puis caresse chaque doigt jusqu’au bout.</translation>
        </message>
        <message>
            <source>Hold their hand and glide your thumbs up the grooves on the back of the hand to the knuckles, then stroke each finger to its tip.</source>
            <extracomment>step hand-glides: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Tenez sa main et faites glisser vos pouces dans les sillons du dos de la main jusqu’aux jointures, puis caressez chaque doigt jusqu’au bout.</translation>
        </message>
        <message>
            <source>Thumb glides over the back of the hand, then each finger to its tip.</source>
            <extracomment>step hand-glides: what the voice says to the person</extracomment>
            <translation>Glissements des pouces sur le dos de la main, puis chaque doigt jusqu’au bout.</translation>
        </message>
        <message>
            <source>Glide your thumbs over the back of their hand, then stroke each finger to its tip.</source>
            <extracomment>step hand-glides: what the voice says to a caregiver</extracomment>
            <translation>Faites glisser vos pouces sur le dos de sa main, puis caressez chaque doigt jusqu’au bout.</translation>
        </message>
        <message>
            <source>Your helper finishes with slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what the person reads</extracomment>
            <translation>Votre aidant termine par des glissements lents et légers, de la main jusqu’au coude.</translation>
        </message>
        <message>
            <source>Finish their {side} arm with slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Terminez son bras {side} par des glissements lents et légers, de la main jusqu’au coude.</translation>
        </message>
        <message>
            <source>To finish this arm, slow, light glides from the hand to the elbow.</source>
            <extracomment>step arm-closing: what the voice says to the person</extracomment>
            <translation>Pour finir ce bras, des glissements lents et légers, de la main jusqu’au coude.</translation>
        </message>
    </context>
    <context>
        <name>routine:warm-up</name>
        <message>
            <source>Warm-up</source>
            <extracomment>the routine's title</extracomment>
            <translation>Échauffement</translation>
        </message>
        <message>
            <source>About a minute before you start: slow breaths, warm your hands, loosen your wrists.</source>
            <extracomment>the routine's summary, under its title in the library</extracomment>
            <translation>Environ une minute avant de commencer : respirations lentes, mains réchauffées, poignets assouplis.</translation>
        </message>
        <message>
            <source>Seated, slow and easy: only as far as your wrists move comfortably.</source>
            <extracomment>precaution 1, shown before the routine starts</extracomment>
            <translation>Assis, lentement et tranquillement : seulement jusqu’où vos poignets bougent sans gêne.</translation>
        </message>
        <message>
            <source>Warm your hands by rubbing them, never with a heater or hot water on numb skin.</source>
            <extracomment>precaution 2, shown before the routine starts</extracomment>
            <translation>Réchauffez vos mains en les frottant, jamais avec un radiateur ou de l’eau chaude sur une peau engourdie.</translation>
        </message>
        <message>
            <source>Slow breaths</source>
            <extracomment>step breathe: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Respirations lentes</translation>
        </message>
        <message>
            <source>Sit back in a steady chair. Breathe in through your nose, and out slowly through your mouth, three times.</source>
            <extracomment>step breathe: what the person reads</extracomment>
            <translation>Asseyez-vous bien au fond d’une chaise stable. Inspirez par le nez, et soufflez lentement par la bouche, trois fois.</translation>
        </message>
        <message>
            <source>Help them sit back in a steady chair, and breathe slowly together three times, out longer than in.</source>
            <extracomment>step breathe: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Aidez la personne à s’asseoir bien au fond d’une chaise stable, et respirez lentement ensemble trois fois, en soufflant plus longtemps que vous n’inspirez.</translation>
        </message>
        <message>
            <source>Sit back in a steady chair. Breathe in, and out slowly, three times.</source>
            <extracomment>step breathe: what the voice says to the person</extracomment>
            <translation>Asseyez-vous bien au fond d’une chaise stable. Inspirez, et soufflez lentement, trois fois.</translation>
        </message>
        <message>
            <source>Help them sit back, and breathe slowly together three times.</source>
            <extracomment>step breathe: what the voice says to a caregiver</extracomment>
            <translation>Aidez la personne à s’asseoir bien au fond, et respirez lentement ensemble trois fois.</translation>
        </message>
        <message>
            <source>Warm your hands</source>
            <extracomment>step warm-hands: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Réchauffez vos mains</translation>
        </message>
        <message>
            <source>Rub your palms together gently until they feel warm. Warm hands are kinder to numb skin than cold ones.</source>
            <extracomment>step warm-hands: what the person reads</extracomment>
            <translation>Frottez doucement vos paumes l’une contre l’autre jusqu’à ce qu’elles soient chaudes. Des mains chaudes sont plus douces pour une peau engourdie que des mains froides.</translation>
        </message>
        <message>
            <source>Rub your palms together until they are warm, and ask them to do the same if they can. Warm hands are kinder to numb skin.</source>
            <extracomment>step warm-hands: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Frottez vos paumes l’une contre l’autre jusqu’à ce qu’elles soient chaudes, et demandez à la personne de faire de même si elle le peut. Des mains chaudes sont plus douces pour une peau engourdie.</translation>
        </message>
        <message>
            <source>Rub your palms together gently until they feel warm.</source>
            <extracomment>step warm-hands: what the voice says to the person</extracomment>
            <translation>Frottez doucement vos paumes l’une contre l’autre jusqu’à ce qu’elles soient chaudes.</translation>
        </message>
        <message>
            <source>Rub your palms together until they are warm.</source>
            <extracomment>step warm-hands: what the voice says to a caregiver</extracomment>
            <translation>Frottez vos paumes l’une contre l’autre jusqu’à ce qu’elles soient chaudes.</translation>
        </message>
        <message>
            <source>Wrist circles</source>
            <extracomment>step wrist-circles: its title ({side} is 'right' or 'left')</extracomment>
            <translation>Cercles des poignets</translation>
        </message>
        <message>
            <source>Circle both wrists slowly, one way and then the other.</source>
            <extracomment>step wrist-circles: what the person reads</extracomment>
            <translation>Faites tourner lentement les deux poignets, dans un sens puis dans l’autre.</translation>
        </message>
        <message>
            <source>Ask them to circle both wrists slowly, one way and then the other.</source>
            <extracomment>step wrist-circles: what a caregiver reads, giving it to someone else</extracomment>
            <translation>Demandez à la personne de faire tourner lentement ses deux poignets, dans un sens puis dans l’autre.</translation>
        </message>
        <message>
            <source>Only as far as it moves comfortably.</source>
            <extracomment>step wrist-circles: a caution, shown and spoken</extracomment>
            <translation>Seulement jusqu’où cela bouge sans gêne.</translation>
        </message>
    </context>
</TS>
