<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>learn</name>
        <message>
            <source>Can massage cure neuropathy, or prevent it?</source>
            <extracomment>question 1's title</extracomment>
            <translation>¿Puede el masaje curar la neuropatía, o prevenirla?</translation>
        </message>
        <message>
            <source>No. Massage does not repair nerves, and there is no sign that it prevents neuropathy. What small studies suggest is that it can ease pain and tingling for a while, and that it feels good.</source>
            <extracomment>question 1, paragraph 1</extracomment>
            <translation>No. El masaje no repara los nervios, y no hay indicios de que prevenga la neuropatía. Lo que sugieren algunos estudios pequeños es que puede aliviar el dolor y el hormigueo durante un tiempo, y que sienta bien.</translation>
        </message>
        <message>
            <source>Medicines, blood sugar control and the care from your own team come first. Massage is a comfort you can add, if your team agrees.</source>
            <extracomment>question 1, paragraph 2</extracomment>
            <translation>Lo primero son los medicamentos, el control del azúcar en sangre y la atención de su propio equipo. El masaje es un alivio que puede añadir, si su equipo está de acuerdo.</translation>
        </message>
        <message>
            <source>How often, and for how long?</source>
            <extracomment>question 2's title</extracomment>
            <translation>¿Con qué frecuencia, y cuánto tiempo?</translation>
        </message>
        <message>
            <source>The studies used 20 to 40 minutes a session, about 5 to 10 minutes for each hand or foot, one to three times a week, for 2 to 12 weeks.</source>
            <extracomment>question 2, paragraph 1</extracomment>
            <translation>En los estudios se hicieron sesiones de 20 a 40 minutos, unos 5 a 10 minutos por cada mano o pie, de una a tres veces por semana, durante 2 a 12 semanas.</translation>
        </message>
        <message>
            <source>In the one study that compared them, three sessions a week did better than two. A daily routine is the advice of some practitioners, not something the studies tested. During cancer treatment, a doctor may ask you to keep sessions to about 20 minutes.</source>
            <extracomment>question 2, paragraph 2</extracomment>
            <translation>En el único estudio que las comparó, tres sesiones por semana dieron mejor resultado que dos. Una rutina diaria es lo que aconsejan algunos profesionales, no algo que se haya probado en los estudios. Durante el tratamiento del cáncer, un médico puede pedirle que limite las sesiones a unos 20 minutos.</translation>
        </message>
        <message>
            <source>Is foot massage better than hand massage?</source>
            <extracomment>question 3's title</extracomment>
            <translation>¿Es mejor el masaje en los pies que en las manos?</translation>
        </message>
        <message>
            <source>Most studies massaged the feet, the legs or both; some added the hands. One small study compared massage of the legs with massage of the head and shoulders, and found no clear difference between them. Massage where your symptoms are, and where it feels good.</source>
            <extracomment>question 3, paragraph 1</extracomment>
            <translation>La mayoría de los estudios dieron masaje en los pies, en las piernas o en ambos; algunos añadieron las manos. Un estudio pequeño comparó el masaje de las piernas con el de la cabeza y los hombros, y no encontró una diferencia clara entre ellos. Dé masaje donde tenga los síntomas, y donde le siente bien.</translation>
        </message>
        <message>
            <source>Which techniques?</source>
            <extracomment>question 4's title</extracomment>
            <translation>¿Qué técnicas?</translation>
        </message>
        <message>
            <source>Slow gliding strokes, small circles with a thumb, and stroking each toe or finger from its base to its tip. Keep the pressure as light as smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>question 4, paragraph 1</extracomment>
            <translation>Pasadas lentas y deslizantes, pequeños círculos con el pulgar, y acariciar cada dedo del pie o de la mano desde la base hasta la punta. Mantenga la presión tan ligera como al extender una crema: la piel entumecida no avisa cuando es demasiado.</translation>
        </message>
        <message>
            <source>Pressure points can be restful. The idea that spots on the feet are linked to organs has no scientific basis, so NeuroGuide offers them for relaxation only.</source>
            <extracomment>question 4, paragraph 2</extracomment>
            <translation>Los puntos de presión pueden relajar. La idea de que hay puntos de los pies conectados con órganos no tiene base científica, así que NeuroGuide los ofrece solo para relajarse.</translation>
        </message>
        <message>
            <source>Neuropathy from chemotherapy</source>
            <extracomment>question 5's title</extracomment>
            <translation>Neuropatía por quimioterapia</translation>
        </message>
        <message>
            <source>Small studies of people during or after chemotherapy found less tingling and pain after a few weeks of massage, but they were small and most were not blinded.</source>
            <extracomment>question 5, paragraph 1</extracomment>
            <translation>Algunos estudios pequeños con personas durante o después de la quimioterapia encontraron menos hormigueo y dolor tras unas semanas de masaje, pero eran pequeños y la mayoría no se hicieron a ciegas.</translation>
        </message>
        <message>
            <source>Keep the touch light and stay off tingling areas if pressure hurts. Avoid ports, lines and areas that had radiotherapy.</source>
            <extracomment>question 5, paragraph 2</extracomment>
            <translation>Que el roce sea ligero, y no toque las zonas con hormigueo si la presión duele. Evite los reservorios, las vías y las zonas que hayan recibido radioterapia.</translation>
        </message>
        <message>
            <source>A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, means no massage. Call your cancer team's helpline now.</source>
            <extracomment>question 5, paragraph 3</extracomment>
            <translation>Si tiene una temperatura de 37,5 °C o más, o de menos de 36 °C, o tiene escalofríos o se siente mal: nada de masaje. Llame ahora mismo al teléfono de ayuda de su equipo de oncología.</translation>
        </message>
        <message>
            <source>Neuropathy from diabetes</source>
            <extracomment>question 6's title</extracomment>
            <translation>Neuropatía por diabetes</translation>
        </message>
        <message>
            <source>A few small studies of diabetic neuropathy found less pain after several weeks of massage. The massage in those trials used aromatherapy oils, so it is not clear how much of the change came from the touch. One other study found better balance after foot massage.</source>
            <extracomment>question 6, paragraph 1</extracomment>
            <translation>Unos pocos estudios pequeños sobre neuropatía diabética encontraron menos dolor tras varias semanas de masaje. En esos ensayos el masaje se hizo con aceites de aromaterapia, así que no está claro cuánto del cambio se debió al contacto. Otro estudio encontró mejor equilibrio tras el masaje de pies.</translation>
        </message>
        <message>
            <source>With numb feet: light pressure only, no heat, and never soak your feet. Test bath water with your elbow, not your feet. A red, hot or swollen foot: keep your weight off it. Call your foot clinic now. If it is closed, call the out-of-hours or urgent number.</source>
            <extracomment>question 6, paragraph 2</extracomment>
            <translation>Con los pies entumecidos: solo presión ligera, nada de calor, y nunca ponga los pies en remojo. Compruebe el agua del baño con el codo, no con los pies. Un pie rojo, caliente o hinchado: no apoye peso en él. Llame ahora mismo a su unidad de pie diabético. Si está cerrada, llame al número de urgencias o de fuera de horario.</translation>
        </message>
        <message>
            <source>How long until I feel a difference?</source>
            <extracomment>question 7's title</extracomment>
            <translation>¿Cuánto tardaré en notar una diferencia?</translation>
        </message>
        <message>
            <source>Many people feel calmer and more comfortable during or just after a session. The studies measured changes after 2 to 12 weeks, and the effects of massage tend to be short-lived.</source>
            <extracomment>question 7, paragraph 1</extracomment>
            <translation>Muchas personas se sienten más tranquilas y cómodas durante una sesión o justo después. Los estudios midieron cambios tras 2 a 12 semanas, y los efectos del masaje suelen durar poco.</translation>
        </message>
        <message>
            <source>Your History page shows your own scores before and after each session over time. Remember that a change within one session has no comparison: rest and the time of day play a part too.</source>
            <extracomment>question 7, paragraph 2</extracomment>
            <translation>Su página Historial muestra sus propias puntuaciones de antes y después de cada sesión a lo largo del tiempo. Recuerde que un cambio dentro de una sesión no tiene con qué compararse: el descanso y la hora del día también influyen.</translation>
        </message>
        <message>
            <source>Telling a massage therapist</source>
            <extracomment>question 8's title</extracomment>
            <translation>Qué decirle a un masajista</translation>
        </message>
        <message>
            <source>Tell them what caused your neuropathy, where you cannot feel well, and about blood thinners or low platelets, ports or lines, lymphoedema, radiotherapy, recent surgery or fractures. Ask for light pressure, and say at once if anything hurts or burns.</source>
            <extracomment>question 8, paragraph 1</extracomment>
            <translation>Dígale qué le causó la neuropatía, en qué zonas no siente bien, y si toma anticoagulantes o tiene las plaquetas bajas, reservorios o vías, linfedema, radioterapia, una operación reciente o fracturas. Pida una presión ligera, y avise enseguida si algo duele o quema.</translation>
        </message>
        <message>
            <source>NeuroGuide can print this for you: Settings, About you, Card for a massage therapist.</source>
            <extracomment>question 8, paragraph 2</extracomment>
            <translation>NeuroGuide puede imprimírselo: Ajustes, Sobre usted, Tarjeta para un masajista.</translation>
        </message>
        <message>
            <source>Side effects, and when to stop</source>
            <extracomment>question 9's title</extracomment>
            <translation>Efectos secundarios, y cuándo parar</translation>
        </message>
        <message>
            <source>Massage can leave some soreness or tiredness, and firm pressure can bruise numb skin without you noticing. Stop if pain, burning or tingling flares and stays, if the skin reddens, blisters or breaks, or after a rash from an oil.</source>
            <extracomment>question 9, paragraph 1</extracomment>
            <translation>El masaje puede dejar algo de dolor o cansancio, y una presión firme puede causar moretones en la piel entumecida sin que usted lo note. Pare si el dolor, el ardor o el hormigueo aumentan y no se calman, si la piel se enrojece, le salen ampollas o se rompe, o si le sale un sarpullido por un aceite.</translation>
        </message>
        <message>
            <source>One leg swollen, painful or warm: call your doctor now. Chest pain, trouble breathing, swallowing or speaking, or sudden weakness: call an ambulance on your local emergency number.</source>
            <extracomment>question 9, paragraph 2</extracomment>
            <translation>Una pierna hinchada, dolorida o caliente: llame ahora mismo a su médico. Dolor en el pecho, dificultad para respirar, tragar o hablar, o debilidad repentina: llame a una ambulancia a su número local de emergencias.</translation>
        </message>
        <message>
            <source>Checking your feet every day</source>
            <extracomment>question 10's title</extracomment>
            <translation>Revisar los pies cada día</translation>
        </message>
        <message>
            <source>Look at the tops, the soles and between the toes every day, with a mirror or a helper. Look for cuts, blisters, cracks, redness, swelling or changes in colour. Dry between the toes and wear clean socks, and shoes or slippers: never walk barefoot or in socks alone. This is standard advice whether or not you massage.</source>
            <extracomment>question 10, paragraph 1</extracomment>
            <translation>Mire el empeine, las plantas y entre los dedos cada día, con un espejo o con ayuda de alguien. Busque cortes, ampollas, grietas, enrojecimiento, hinchazón o cambios de color. Seque entre los dedos y use calcetines limpios, y zapatos o zapatillas de casa: no camine nunca sin calzado ni solo con calcetines. Es el consejo habitual, dé o no dé masaje.</translation>
        </message>
        <message>
            <source>Protecting numb feet</source>
            <extracomment>question 11's title</extracomment>
            <translation>Proteger los pies entumecidos</translation>
        </message>
        <message>
            <source>Numb feet cannot warn you about a stone, a burn or a rubbing shoe, so they need protecting. Wear shoes or slippers all the time, indoors too. Never walk barefoot or in socks alone.</source>
            <extracomment>question 11, paragraph 1</extracomment>
            <translation>Los pies entumecidos no pueden avisarle de una piedrecita, una quemadura o un zapato que roza, así que hay que protegerlos. Use zapatos o zapatillas de casa todo el tiempo, también dentro de casa. No camine nunca sin calzado ni solo con calcetines.</translation>
        </message>
        <message>
            <source>Before you put your shoes on, look inside them, feel inside with your hand and shake them out. A small stone or a rough seam can make a sore you do not feel.</source>
            <extracomment>question 11, paragraph 2</extracomment>
            <translation>Antes de ponerse los zapatos, mire dentro, pálpelos por dentro con la mano y sacúdalos. Una piedrecita o una costura áspera pueden hacerle una llaga que no nota.</translation>
        </message>
        <message>
            <source>Cut your toenails straight across, not down into the corners. If you cannot see or reach them well, or they are thick, ask a podiatrist to cut them.</source>
            <extracomment>question 11, paragraph 3</extracomment>
            <translation>Córtese las uñas de los pies rectas, sin entrar en las esquinas. Si no las ve o no las alcanza bien, o si están gruesas, pida a un podólogo que se las corte.</translation>
        </message>
        <message>
            <source>Do not use corn plasters or corn liquids, and never cut corns or hard skin yourself. They can burn or cut skin you cannot feel. A podiatrist can treat them safely.</source>
            <extracomment>question 11, paragraph 4</extracomment>
            <translation>No use parches ni líquidos para callos, y nunca se corte usted mismo los callos ni las durezas. Pueden quemar o cortar piel que usted no siente. Un podólogo puede tratarlos sin riesgo.</translation>
        </message>
        <message>
            <source>Test bath water with your elbow or a bath thermometer before you step in, never with your feet. Do not put heating pads, hot-water bottles or electric blankets on numb feet: they can burn without you feeling it. Warm socks are safer.</source>
            <extracomment>question 11, paragraph 5</extracomment>
            <translation>Compruebe el agua del baño con el codo o con un termómetro de baño antes de meterse, nunca con los pies. No ponga almohadillas térmicas, bolsas de agua caliente ni mantas eléctricas sobre los pies entumecidos: pueden quemar sin que usted lo note. Los calcetines de abrigo son más seguros.</translation>
        </message>
        <message>
            <source>Found a cut, blister or sore? Contact your foot clinic today. A foot that is red, hot or swollen: keep your weight off it. Call your foot clinic now. If it is closed, call the out-of-hours or urgent number.</source>
            <extracomment>question 11, paragraph 6</extracomment>
            <translation>¿Ha encontrado un corte, una ampolla o una llaga? Contacte hoy con su unidad de pie diabético. Un pie rojo, caliente o hinchado: no apoye peso en él. Llame ahora mismo a su unidad de pie diabético. Si está cerrada, llame al número de urgencias o de fuera de horario.</translation>
        </message>
        <message>
            <source>What the evidence does and does not say</source>
            <extracomment>question 12's title</extracomment>
            <translation>Lo que dicen y lo que no dicen los estudios</translation>
        </message>
        <message>
            <source>What it says: in small studies, massage eased pain, tingling and discomfort for a while. Most of those studies were small and not blinded, and the effects of massage tend to be short-lived.</source>
            <extracomment>question 12, paragraph 1</extracomment>
            <translation>Lo que dicen: en estudios pequeños, el masaje alivió el dolor, el hormigueo y las molestias durante un tiempo. La mayoría de esos estudios eran pequeños y no se hicieron a ciegas, y los efectos del masaje suelen durar poco.</translation>
        </message>
        <message>
            <source>What it does not say: no study shows that massage repairs nerves. For painful neuropathy after chemotherapy, the main guideline found one medicine (duloxetine) with enough evidence, and its benefit is modest. Massage is worth trying for comfort, gently, with your team's agreement.</source>
            <extracomment>question 12, paragraph 2</extracomment>
            <translation>Lo que no dicen: ningún estudio demuestra que el masaje repare los nervios. Para la neuropatía dolorosa tras la quimioterapia, la guía principal encontró un solo medicamento (la duloxetina) con pruebas suficientes, y su beneficio es modesto. Vale la pena probar el masaje como alivio, con suavidad y con el acuerdo de su equipo.</translation>
        </message>
        <message>
            <source>Exercise: for people with diabetes, the international foot guideline says a foot and ankle exercise programme may be considered, best with a therapist guiding it at first. It is not for a foot with an open sore. Ask your foot clinic or your doctor which exercises suit you before you start.</source>
            <extracomment>question 12, paragraph 3</extracomment>
            <translation>Ejercicio: para las personas con diabetes, la guía internacional del pie dice que se puede considerar un programa de ejercicios de pies y tobillos, mejor con un terapeuta que lo guíe al principio. No es para un pie con una llaga abierta. Pregunte a su unidad de pie diabético o a su médico qué ejercicios le convienen antes de empezar.</translation>
        </message>
        <message>
            <source>Whom to ask: your foot clinic about your feet, your cancer team about neuropathy during treatment, and your doctor about anything else. During chemotherapy, if numbness gets worse, or buttons, writing or walking get harder, tell your cancer team before your next dose. It helps them decide about your treatment.</source>
            <extracomment>question 12, paragraph 4</extracomment>
            <translation>A quién preguntar: a su unidad de pie diabético, sobre sus pies; a su equipo de oncología, sobre la neuropatía durante el tratamiento; y a su médico, sobre todo lo demás. Durante la quimioterapia, si el entumecimiento empeora, o si abrocharse botones, escribir o caminar le cuesta más, avise a su equipo de oncología antes de la próxima dosis. Les ayuda a decidir sobre su tratamiento.</translation>
        </message>
    </context>
</TS>
