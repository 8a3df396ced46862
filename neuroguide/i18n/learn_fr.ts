<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>learn</name>
        <message>
            <source>Can massage cure neuropathy, or prevent it?</source>
            <extracomment>question 1's title</extracomment>
            <translation>Le massage peut-il guérir la neuropathie, ou l’éviter ?</translation>
        </message>
        <message>
            <source>No. Massage does not repair nerves, and there is no sign that it prevents neuropathy. What small studies suggest is that it can ease pain and tingling for a while, and that it feels good.</source>
            <extracomment>question 1, paragraph 1</extracomment>
            <translation>Non. Le massage ne répare pas les nerfs, et rien n’indique qu’il évite la neuropathie. De petites études suggèrent qu’il peut soulager la douleur et les fourmillements pendant un moment, et qu’il fait du bien.</translation>
        </message>
        <message>
            <source>Medicines, blood sugar control and the care from your own team come first. Massage is a comfort you can add, if your team agrees.</source>
            <extracomment>question 1, paragraph 2</extracomment>
            <translation>Les médicaments, le contrôle du sucre dans le sang et les soins de votre propre équipe passent en premier. Le massage est un confort que vous pouvez ajouter, si votre équipe est d’accord.</translation>
        </message>
        <message>
            <source>How often, and for how long?</source>
            <extracomment>question 2's title</extracomment>
            <translation>À quelle fréquence, et combien de temps ?</translation>
        </message>
        <message>
            <source>The studies used 20 to 40 minutes a session, about 5 to 10 minutes for each hand or foot, one to three times a week, for 2 to 12 weeks.</source>
            <extracomment>question 2, paragraph 1</extracomment>
            <translation>Les études ont utilisé des séances de 20 à 40 minutes, environ 5 à 10 minutes pour chaque main ou chaque pied, une à trois fois par semaine, pendant 2 à 12 semaines.</translation>
        </message>
        <message>
            <source>In the one study that compared them, three sessions a week did better than two. A daily routine is the advice of some practitioners, not something the studies tested. During cancer treatment, a doctor may ask you to keep sessions to about 20 minutes.</source>
            <extracomment>question 2, paragraph 2</extracomment>
            <translation>Dans la seule étude qui les a comparées, trois séances par semaine ont donné de meilleurs résultats que deux. Une routine quotidienne est le conseil de certains praticiens, pas quelque chose que les études ont testé. Pendant un traitement contre le cancer, un médecin peut vous demander de limiter les séances à environ 20 minutes.</translation>
        </message>
        <message>
            <source>Is foot massage better than hand massage?</source>
            <extracomment>question 3's title</extracomment>
            <translation>Le massage des pieds est-il meilleur que celui des mains ?</translation>
        </message>
        <message>
            <source>Most studies massaged the feet, the legs or both; some added the hands. One small study compared massage of the legs with massage of the head and shoulders, and found no clear difference between them. Massage where your symptoms are, and where it feels good.</source>
            <extracomment>question 3, paragraph 1</extracomment>
            <translation>La plupart des études ont massé les pieds, les jambes ou les deux ; certaines ont ajouté les mains. Une petite étude a comparé le massage des jambes à celui de la tête et des épaules, et n’a pas trouvé de différence nette. Massez là où sont vos symptômes, et là où cela fait du bien.</translation>
        </message>
        <message>
            <source>Which techniques?</source>
            <extracomment>question 4's title</extracomment>
            <translation>Quels gestes ?</translation>
        </message>
        <message>
            <source>Slow gliding strokes, small circles with a thumb, and stroking each toe or finger from its base to its tip. Keep the pressure as light as smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>question 4, paragraph 1</extracomment>
            <translation>Des glissements lents, de petits cercles avec le pouce, et des caresses sur chaque orteil ou chaque doigt, de la base jusqu’au bout. Gardez une pression aussi légère que pour étaler une crème : une peau engourdie ne peut pas vous dire quand c’est trop.</translation>
        </message>
        <message>
            <source>Pressure points can be restful. The idea that spots on the feet are linked to organs has no scientific basis, so NeuroGuide offers them for relaxation only.</source>
            <extracomment>question 4, paragraph 2</extracomment>
            <translation>Les points de pression peuvent être reposants. L’idée que des points des pieds sont reliés aux organes n’a aucune base scientifique, c’est pourquoi NeuroGuide les propose seulement pour la détente.</translation>
        </message>
        <message>
            <source>Neuropathy from chemotherapy</source>
            <extracomment>question 5's title</extracomment>
            <translation>Neuropathie due à la chimiothérapie</translation>
        </message>
        <message>
            <source>Small studies of people during or after chemotherapy found less tingling and pain after a few weeks of massage, but they were small and most were not blinded.</source>
            <extracomment>question 5, paragraph 1</extracomment>
            <translation>De petites études chez des personnes pendant ou après une chimiothérapie ont trouvé moins de fourmillements et de douleur après quelques semaines de massage, mais elles étaient petites et la plupart n’étaient pas en aveugle.</translation>
        </message>
        <message>
            <source>Keep the touch light and stay off tingling areas if pressure hurts. Avoid ports, lines and areas that had radiotherapy.</source>
            <extracomment>question 5, paragraph 2</extracomment>
            <translation>Gardez un toucher léger et évitez les zones qui fourmillent si la pression fait mal. Évitez les chambres implantables, les cathéters et les zones traitées par radiothérapie.</translation>
        </message>
        <message>
            <source>A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, means no massage. Call your cancer team's helpline now.</source>
            <extracomment>question 5, paragraph 3</extracomment>
            <translation>Si vous avez 37,5 °C ou plus, ou moins de 36 °C, ou si vous avez des frissons ou vous sentez mal : pas de massage. Appelez immédiatement la permanence de votre équipe de cancérologie.</translation>
        </message>
        <message>
            <source>Neuropathy from diabetes</source>
            <extracomment>question 6's title</extracomment>
            <translation>Neuropathie due au diabète</translation>
        </message>
        <message>
            <source>A few small studies of diabetic neuropathy found less pain after several weeks of massage. The massage in those trials used aromatherapy oils, so it is not clear how much of the change came from the touch. One other study found better balance after foot massage.</source>
            <extracomment>question 6, paragraph 1</extracomment>
            <translation>Quelques petites études sur la neuropathie diabétique ont trouvé moins de douleur après plusieurs semaines de massage. Le massage de ces essais utilisait des huiles d’aromathérapie : on ne sait donc pas bien quelle part du changement venait du toucher. Une autre étude a trouvé un meilleur équilibre après un massage des pieds.</translation>
        </message>
        <message>
            <source>With numb feet: light pressure only, no heat, and never soak your feet. Test bath water with your elbow, not your feet. A red, hot or swollen foot: keep your weight off it. Call your foot clinic now. If it is closed, call the out-of-hours or urgent number.</source>
            <extracomment>question 6, paragraph 2</extracomment>
            <translation>Avec des pieds engourdis : pression légère seulement, pas de chaleur, et ne faites jamais tremper vos pieds. Vérifiez l’eau du bain avec le coude, pas avec les pieds. Pied rouge, chaud ou enflé : ne mettez pas votre poids dessus. Appelez immédiatement votre podologue ou consultation du pied. Si c’est fermé, appelez le numéro de garde ou d’urgence.</translation>
        </message>
        <message>
            <source>How long until I feel a difference?</source>
            <extracomment>question 7's title</extracomment>
            <translation>Au bout de combien de temps vais-je sentir une différence ?</translation>
        </message>
        <message>
            <source>Many people feel calmer and more comfortable during or just after a session. The studies measured changes after 2 to 12 weeks, and the effects of massage tend to be short-lived.</source>
            <extracomment>question 7, paragraph 1</extracomment>
            <translation>Beaucoup de personnes se sentent plus calmes et plus à l’aise pendant une séance ou juste après. Les études ont mesuré les changements après 2 à 12 semaines, et les effets du massage ont tendance à ne pas durer.</translation>
        </message>
        <message>
            <source>Your History page shows your own scores before and after each session over time. Remember that a change within one session has no comparison: rest and the time of day play a part too.</source>
            <extracomment>question 7, paragraph 2</extracomment>
            <translation>Votre page Historique montre vos propres notes avant et après chaque séance, au fil du temps. N’oubliez pas qu’un changement au cours d’une seule séance n’a pas de point de comparaison : le repos et le moment de la journée jouent aussi.</translation>
        </message>
        <message>
            <source>Telling a massage therapist</source>
            <extracomment>question 8's title</extracomment>
            <translation>Ce qu’il faut dire au praticien de massage</translation>
        </message>
        <message>
            <source>Tell them what caused your neuropathy, where you cannot feel well, and about blood thinners or low platelets, ports or lines, lymphoedema, radiotherapy, recent surgery or fractures. Ask for light pressure, and say at once if anything hurts or burns.</source>
            <extracomment>question 8, paragraph 1</extracomment>
            <translation>Dites-lui la cause de votre neuropathie, les endroits où vous ne sentez pas bien, et parlez-lui des anticoagulants ou de plaquettes basses, d’une chambre implantable ou d’un cathéter, d’un lymphœdème, d’une radiothérapie, d’une opération ou de fractures récentes. Demandez une pression légère, et dites tout de suite si quelque chose fait mal ou brûle.</translation>
        </message>
        <message>
            <source>NeuroGuide can print this for you: Settings, About you, Card for a massage therapist.</source>
            <extracomment>question 8, paragraph 2</extracomment>
            <translation>NeuroGuide peut vous l’imprimer : Réglages, À propos de vous, Fiche pour un praticien de massage.</translation>
        </message>
        <message>
            <source>Side effects, and when to stop</source>
            <extracomment>question 9's title</extracomment>
            <translation>Effets indésirables, et quand arrêter</translation>
        </message>
        <message>
            <source>Massage can leave some soreness or tiredness, and firm pressure can bruise numb skin without you noticing. Stop if pain, burning or tingling flares and stays, if the skin reddens, blisters or breaks, or after a rash from an oil.</source>
            <extracomment>question 9, paragraph 1</extracomment>
            <translation>Le massage peut laisser un peu de courbatures ou de fatigue, et une pression forte peut faire des bleus sur une peau engourdie sans que vous le remarquiez. Arrêtez si la douleur, les brûlures ou les fourmillements augmentent et persistent, si la peau rougit, fait des cloques ou s’abîme, ou en cas d’éruption due à une huile.</translation>
        </message>
        <message>
            <source>One leg swollen, painful or warm: call your doctor now. Chest pain, trouble breathing, swallowing or speaking, or sudden weakness: call an ambulance on your local emergency number.</source>
            <extracomment>question 9, paragraph 2</extracomment>
            <translation>Une jambe enflée, douloureuse ou chaude : appelez immédiatement votre médecin. Douleur dans la poitrine, difficulté à respirer, à avaler ou à parler, ou faiblesse soudaine : appelez une ambulance au numéro d’urgence local.</translation>
        </message>
        <message>
            <source>Checking your feet every day</source>
            <extracomment>question 10's title</extracomment>
            <translation>Examiner vos pieds chaque jour</translation>
        </message>
        <message>
            <source>Look at the tops, the soles and between the toes every day, with a mirror or a helper. Look for cuts, blisters, cracks, redness, swelling or changes in colour. Dry between the toes and wear clean socks, and shoes or slippers: never walk barefoot or in socks alone. This is standard advice whether or not you massage.</source>
            <extracomment>question 10, paragraph 1</extracomment>
            <translation>Regardez le dessus, la plante et entre les orteils chaque jour, avec un miroir ou avec l’aide de quelqu’un. Cherchez des coupures, des ampoules, des crevasses, des rougeurs, un gonflement ou des changements de couleur. Séchez entre les orteils et portez des chaussettes propres, et des chaussures ou des chaussons : ne marchez jamais pieds nus ni en chaussettes seulement. C’est un conseil habituel, que vous fassiez des massages ou non.</translation>
        </message>
        <message>
            <source>Protecting numb feet</source>
            <extracomment>question 11's title</extracomment>
            <translation>Protéger des pieds engourdis</translation>
        </message>
        <message>
            <source>Numb feet cannot warn you about a stone, a burn or a rubbing shoe, so they need protecting. Wear shoes or slippers all the time, indoors too. Never walk barefoot or in socks alone.</source>
            <extracomment>question 11, paragraph 1</extracomment>
            <translation>Des pieds engourdis ne peuvent pas vous prévenir d’un caillou, d’une brûlure ou d’une chaussure qui frotte : il faut donc les protéger. Portez des chaussures ou des chaussons tout le temps, à la maison aussi. Ne marchez jamais pieds nus ni en chaussettes seulement.</translation>
        </message>
        <message>
            <source>Before you put your shoes on, look inside them, feel inside with your hand and shake them out. A small stone or a rough seam can make a sore you do not feel.</source>
            <extracomment>question 11, paragraph 2</extracomment>
            <translation>Avant de mettre vos chaussures, regardez à l’intérieur, passez-y la main et secouez-les. Un petit caillou ou une couture rugueuse peut faire une plaie que vous ne sentez pas.</translation>
        </message>
        <message>
            <source>Cut your toenails straight across, not down into the corners. If you cannot see or reach them well, or they are thick, ask a podiatrist to cut them.</source>
            <extracomment>question 11, paragraph 3</extracomment>
            <translation>Coupez vos ongles de pied bien droit, sans descendre dans les coins. Si vous ne les voyez pas bien ou ne les atteignez pas bien, ou s’ils sont épais, demandez à un podologue de les couper.</translation>
        </message>
        <message>
            <source>Do not use corn plasters or corn liquids, and never cut corns or hard skin yourself. They can burn or cut skin you cannot feel. A podiatrist can treat them safely.</source>
            <extracomment>question 11, paragraph 4</extracomment>
            <translation>N’utilisez pas de pansements ni de liquides contre les cors, et ne coupez jamais vous-même les cors ou la peau dure. Cela peut brûler ou couper une peau que vous ne sentez pas. Un podologue peut les traiter sans danger.</translation>
        </message>
        <message>
            <source>Test bath water with your elbow or a bath thermometer before you step in, never with your feet. Do not put heating pads, hot-water bottles or electric blankets on numb feet: they can burn without you feeling it. Warm socks are safer.</source>
            <extracomment>question 11, paragraph 5</extracomment>
            <translation>Vérifiez l’eau du bain avec le coude ou un thermomètre de bain avant d’entrer, jamais avec les pieds. Ne mettez pas de coussin chauffant, de bouillotte ni de couverture chauffante sur des pieds engourdis : ils peuvent vous brûler sans que vous le sentiez. Des chaussettes chaudes sont plus sûres.</translation>
        </message>
        <message>
            <source>Found a cut, blister or sore? Contact your foot clinic today. A foot that is red, hot or swollen: keep your weight off it. Call your foot clinic now. If it is closed, call the out-of-hours or urgent number.</source>
            <extracomment>question 11, paragraph 6</extracomment>
            <translation>Vous avez trouvé une coupure, une ampoule ou une plaie ? Contactez votre podologue ou consultation du pied aujourd’hui. Pied rouge, chaud ou enflé : ne mettez pas votre poids dessus. Appelez immédiatement votre podologue ou consultation du pied. Si c’est fermé, appelez le numéro de garde ou d’urgence.</translation>
        </message>
        <message>
            <source>What the evidence does and does not say</source>
            <extracomment>question 12's title</extracomment>
            <translation>Ce que les études disent, et ne disent pas</translation>
        </message>
        <message>
            <source>What it says: in small studies, massage eased pain, tingling and discomfort for a while. Most of those studies were small and not blinded, and the effects of massage tend to be short-lived.</source>
            <extracomment>question 12, paragraph 1</extracomment>
            <translation>Ce qu’elles disent : dans de petites études, le massage a soulagé la douleur, les fourmillements et l’inconfort pendant un moment. La plupart de ces études étaient petites et pas en aveugle, et les effets du massage ont tendance à ne pas durer.</translation>
        </message>
        <message>
            <source>What it does not say: no study shows that massage repairs nerves. For painful neuropathy after chemotherapy, the main guideline found one medicine (duloxetine) with enough evidence, and its benefit is modest. Massage is worth trying for comfort, gently, with your team's agreement.</source>
            <extracomment>question 12, paragraph 2</extracomment>
            <translation>Ce qu’elles ne disent pas : aucune étude ne montre que le massage répare les nerfs. Pour la neuropathie douloureuse après une chimiothérapie, la principale recommandation médicale ne retient qu’un médicament (la duloxétine) avec assez de preuves, et son effet est modeste. Le massage vaut la peine d’être essayé pour le confort, en douceur, avec l’accord de votre équipe.</translation>
        </message>
        <message>
            <source>Exercise: for people with diabetes, the international foot guideline says a foot and ankle exercise programme may be considered, best with a therapist guiding it at first. It is not for a foot with an open sore. Ask your foot clinic or your doctor which exercises suit you before you start.</source>
            <extracomment>question 12, paragraph 3</extracomment>
            <translation>L’exercice : pour les personnes diabétiques, la recommandation internationale sur le pied indique qu’un programme d’exercices des pieds et des chevilles peut être envisagé, de préférence guidé au début par un thérapeute. Il ne convient pas à un pied qui a une plaie ouverte. Demandez à votre podologue ou consultation du pied, ou à votre médecin, quels exercices vous conviennent avant de commencer.</translation>
        </message>
        <message>
            <source>Whom to ask: your foot clinic about your feet, your cancer team about neuropathy during treatment, and your doctor about anything else. During chemotherapy, if numbness gets worse, or buttons, writing or walking get harder, tell your cancer team before your next dose. It helps them decide about your treatment.</source>
            <extracomment>question 12, paragraph 4</extracomment>
            <translation>Qui consulter : votre podologue ou consultation du pied pour vos pieds, votre équipe de cancérologie pour la neuropathie pendant le traitement, et votre médecin pour tout le reste. Pendant une chimiothérapie, si l’engourdissement s’aggrave, ou si boutonner, écrire ou marcher devient plus difficile, prévenez votre équipe de cancérologie avant votre prochaine cure. Cela l’aide à décider de votre traitement.</translation>
        </message>
    </context>
</TS>
