<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>learn</name>
        <message>
            <source>Can massage cure neuropathy, or prevent it?</source>
            <extracomment>question 1's title</extracomment>
            <translation>Kann Massage Neuropathie heilen oder verhindern?</translation>
        </message>
        <message>
            <source>No. Massage does not repair nerves, and there is no sign that it prevents neuropathy. What small studies suggest is that it can ease pain and tingling for a while, and that it feels good.</source>
            <extracomment>question 1, paragraph 1</extracomment>
            <translation>Nein. Massage repariert keine Nerven, und es gibt keinen Hinweis, dass sie Neuropathie verhindert. Kleine Studien deuten darauf hin, dass sie Schmerzen und Kribbeln eine Zeit lang lindern kann und dass sie guttut.</translation>
        </message>
        <message>
            <source>Medicines, blood sugar control and the care from your own team come first. Massage is a comfort you can add, if your team agrees.</source>
            <extracomment>question 1, paragraph 2</extracomment>
            <translation>Medikamente, die Blutzuckereinstellung und die Behandlung durch Ihr eigenes Team gehen vor. Massage ist eine Wohltat, die Sie ergänzen können, wenn Ihr Team einverstanden ist.</translation>
        </message>
        <message>
            <source>How often, and for how long?</source>
            <extracomment>question 2's title</extracomment>
            <translation>Wie oft und wie lange?</translation>
        </message>
        <message>
            <source>The studies used 20 to 40 minutes a session, about 5 to 10 minutes for each hand or foot, one to three times a week, for 2 to 12 weeks.</source>
            <extracomment>question 2, paragraph 1</extracomment>
            <translation>In den Studien dauerte eine Sitzung 20 bis 40 Minuten, etwa 5 bis 10 Minuten für jede Hand oder jeden Fuß, ein- bis dreimal pro Woche, über 2 bis 12 Wochen.</translation>
        </message>
        <message>
            <source>In the one study that compared them, three sessions a week did better than two. A daily routine is the advice of some practitioners, not something the studies tested. During cancer treatment, a doctor may ask you to keep sessions to about 20 minutes.</source>
            <extracomment>question 2, paragraph 2</extracomment>
            <translation>In der einzigen Studie, die das verglichen hat, wirkten drei Sitzungen pro Woche besser als zwei. Eine tägliche Massage empfehlen manche Therapeuten; in den Studien wurde das nicht geprüft. Während einer Krebsbehandlung bittet Ihr Arzt Sie vielleicht, die Sitzungen auf etwa 20 Minuten zu begrenzen.</translation>
        </message>
        <message>
            <source>Is foot massage better than hand massage?</source>
            <extracomment>question 3's title</extracomment>
            <translation>Ist Fußmassage besser als Handmassage?</translation>
        </message>
        <message>
            <source>Most studies massaged the feet, the legs or both; some added the hands. One small study compared massage of the legs with massage of the head and shoulders, and found no clear difference between them. Massage where your symptoms are, and where it feels good.</source>
            <extracomment>question 3, paragraph 1</extracomment>
            <translation>Die meisten Studien massierten die Füße, die Beine oder beides; manche auch die Hände. Eine kleine Studie verglich eine Massage der Beine mit einer Massage von Kopf und Schultern und fand keinen klaren Unterschied. Massieren Sie dort, wo Ihre Beschwerden sind und wo es guttut.</translation>
        </message>
        <message>
            <source>Which techniques?</source>
            <extracomment>question 4's title</extracomment>
            <translation>Welche Techniken?</translation>
        </message>
        <message>
            <source>Slow gliding strokes, small circles with a thumb, and stroking each toe or finger from its base to its tip. Keep the pressure as light as smoothing on lotion: numb skin cannot tell you when it is too much.</source>
            <extracomment>question 4, paragraph 1</extracomment>
            <translation>Langsames Streichen, kleine Kreise mit dem Daumen und das Ausstreichen jeder Zehe und jedes Fingers vom Ansatz bis zur Spitze. Drücken Sie nur so leicht wie beim Eincremen: Taube Haut spürt nicht, wann es zu viel ist.</translation>
        </message>
        <message>
            <source>Pressure points can be restful. The idea that spots on the feet are linked to organs has no scientific basis, so NeuroGuide offers them for relaxation only.</source>
            <extracomment>question 4, paragraph 2</extracomment>
            <translation>Druckpunkte können entspannend sein. Die Vorstellung, dass Stellen am Fuß mit Organen verbunden sind, hat keine wissenschaftliche Grundlage. Deshalb bietet NeuroGuide sie nur zur Entspannung an.</translation>
        </message>
        <message>
            <source>Neuropathy from chemotherapy</source>
            <extracomment>question 5's title</extracomment>
            <translation>Neuropathie durch Chemotherapie</translation>
        </message>
        <message>
            <source>Small studies of people during or after chemotherapy found less tingling and pain after a few weeks of massage, but they were small and most were not blinded.</source>
            <extracomment>question 5, paragraph 1</extracomment>
            <translation>Kleine Studien mit Menschen während oder nach einer Chemotherapie fanden nach einigen Wochen Massage weniger Kribbeln und Schmerzen. Die Studien waren aber klein, und die meisten waren nicht verblindet.</translation>
        </message>
        <message>
            <source>Keep the touch light and stay off tingling areas if pressure hurts. Avoid ports, lines and areas that had radiotherapy.</source>
            <extracomment>question 5, paragraph 2</extracomment>
            <translation>Berühren Sie nur leicht, und lassen Sie kribbelnde Stellen aus, wenn Druck wehtut. Meiden Sie Ports, Katheter und Stellen, die bestrahlt wurden.</translation>
        </message>
        <message>
            <source>A temperature of 37.5 °C or more, or under 36 °C, or feeling shivery or unwell, means no massage. Call your cancer team's helpline now.</source>
            <extracomment>question 5, paragraph 3</extracomment>
            <translation>Eine Temperatur von 37,5 °C oder mehr oder unter 36 °C, Frösteln oder ein Krankheitsgefühl heißt: keine Massage. Rufen Sie sofort die Hotline Ihres Krebsteams an.</translation>
        </message>
        <message>
            <source>Neuropathy from diabetes</source>
            <extracomment>question 6's title</extracomment>
            <translation>Neuropathie durch Diabetes</translation>
        </message>
        <message>
            <source>A few small studies of diabetic neuropathy found less pain after several weeks of massage. The massage in those trials used aromatherapy oils, so it is not clear how much of the change came from the touch. One other study found better balance after foot massage.</source>
            <extracomment>question 6, paragraph 1</extracomment>
            <translation>Einige kleine Studien zur diabetischen Neuropathie fanden nach mehreren Wochen Massage weniger Schmerzen. Bei der Massage in diesen Studien wurden Aromaöle verwendet, daher ist unklar, wie viel der Veränderung von der Berührung kam. Eine weitere Studie fand nach Fußmassage ein besseres Gleichgewicht.</translation>
        </message>
        <message>
            <source>With numb feet: light pressure only, no heat, and never soak your feet. Test bath water with your elbow, not your feet. A red, hot or swollen foot: keep your weight off it. Call your foot clinic now. If it is closed, call the out-of-hours or urgent number.</source>
            <extracomment>question 6, paragraph 2</extracomment>
            <translation>Bei tauben Füßen: nur leichter Druck, keine Wärme, und weichen Sie Ihre Füße nie ein. Prüfen Sie das Badewasser mit dem Ellbogen, nicht mit den Füßen. Ein Fuß, der gerötet, heiß oder geschwollen ist: Belasten Sie ihn nicht. Rufen Sie sofort Ihre Fußambulanz an. Ist sie geschlossen, rufen Sie den Bereitschaftsdienst oder die Nummer für dringende Fälle an.</translation>
        </message>
        <message>
            <source>How long until I feel a difference?</source>
            <extracomment>question 7's title</extracomment>
            <translation>Wie lange, bis ich einen Unterschied spüre?</translation>
        </message>
        <message>
            <source>Many people feel calmer and more comfortable during or just after a session. The studies measured changes after 2 to 12 weeks, and the effects of massage tend to be short-lived.</source>
            <extracomment>question 7, paragraph 1</extracomment>
            <translation>Viele Menschen fühlen sich während oder direkt nach einer Sitzung ruhiger und wohler. Die Studien haben Veränderungen nach 2 bis 12 Wochen gemessen, und die Wirkung von Massage hält meist nicht lange an.</translation>
        </message>
        <message>
            <source>Your History page shows your own scores before and after each session over time. Remember that a change within one session has no comparison: rest and the time of day play a part too.</source>
            <extracomment>question 7, paragraph 2</extracomment>
            <translation>Auf Ihrer Seite „Verlauf“ sehen Sie Ihre eigenen Werte vor und nach jeder Sitzung über die Zeit. Denken Sie daran: Bei einer Veränderung innerhalb einer Sitzung fehlt der Vergleich. Auch Ruhe und Tageszeit spielen eine Rolle.</translation>
        </message>
        <message>
            <source>Telling a massage therapist</source>
            <extracomment>question 8's title</extracomment>
            <translation>Was Ihr Masseur wissen sollte</translation>
        </message>
        <message>
            <source>Tell them what caused your neuropathy, where you cannot feel well, and about blood thinners or low platelets, ports or lines, lymphoedema, radiotherapy, recent surgery or fractures. Ask for light pressure, and say at once if anything hurts or burns.</source>
            <extracomment>question 8, paragraph 1</extracomment>
            <translation>Sagen Sie, wodurch Ihre Neuropathie entstanden ist und an welchen Stellen Sie schlecht spüren. Nennen Sie auch Blutverdünner oder wenige Blutplättchen, Ports oder Katheter, ein Lymphödem, eine Bestrahlung, kürzliche Operationen oder Knochenbrüche. Bitten Sie um leichten Druck, und sagen Sie sofort Bescheid, wenn etwas wehtut oder brennt.</translation>
        </message>
        <message>
            <source>NeuroGuide can print this for you: Settings, About you, Card for a massage therapist.</source>
            <extracomment>question 8, paragraph 2</extracomment>
            <translation>NeuroGuide kann das für Sie ausdrucken: Einstellungen, Über Sie, Karte für den Masseur.</translation>
        </message>
        <message>
            <source>Side effects, and when to stop</source>
            <extracomment>question 9's title</extracomment>
            <translation>Nebenwirkungen und wann Sie aufhören sollten</translation>
        </message>
        <message>
            <source>Massage can leave some soreness or tiredness, and firm pressure can bruise numb skin without you noticing. Stop if pain, burning or tingling flares and stays, if the skin reddens, blisters or breaks, or after a rash from an oil.</source>
            <extracomment>question 9, paragraph 1</extracomment>
            <translation>Massage kann leichte Schmerzen oder Müdigkeit hinterlassen, und fester Druck kann auf tauber Haut blaue Flecken machen, ohne dass Sie es merken. Hören Sie auf, wenn Schmerzen, Brennen oder Kribbeln stärker werden und anhalten, wenn die Haut rot wird, Blasen bildet oder aufreißt, oder wenn ein Öl einen Ausschlag verursacht hat.</translation>
        </message>
        <message>
            <source>One leg swollen, painful or warm: call your doctor now. Chest pain, trouble breathing, swallowing or speaking, or sudden weakness: call an ambulance on your local emergency number.</source>
            <extracomment>question 9, paragraph 2</extracomment>
            <translation>Ein Bein geschwollen, schmerzhaft oder warm: Rufen Sie sofort Ihren Arzt an. Schmerzen in der Brust, Mühe beim Atmen, Schlucken oder Sprechen, oder plötzliche Schwäche: Rufen Sie über Ihre örtliche Notrufnummer einen Rettungswagen.</translation>
        </message>
        <message>
            <source>Checking your feet every day</source>
            <extracomment>question 10's title</extracomment>
            <translation>Die Füße jeden Tag kontrollieren</translation>
        </message>
        <message>
            <source>Look at the tops, the soles and between the toes every day, with a mirror or a helper. Look for cuts, blisters, cracks, redness, swelling or changes in colour. Dry between the toes and wear clean socks, and shoes or slippers: never walk barefoot or in socks alone. This is standard advice whether or not you massage.</source>
            <extracomment>question 10, paragraph 1</extracomment>
            <translation>Schauen Sie sich jeden Tag die Fußrücken, die Sohlen und zwischen den Zehen an, mit einem Spiegel oder mit Hilfe einer anderen Person. Achten Sie auf Schnitte, Blasen, Risse, Rötungen, Schwellungen oder Farbveränderungen. Trocknen Sie zwischen den Zehen ab, und tragen Sie saubere Socken und Schuhe oder Hausschuhe: Gehen Sie nie barfuß oder nur in Socken. Das ist der übliche Rat, ob Sie massieren oder nicht.</translation>
        </message>
        <message>
            <source>Protecting numb feet</source>
            <extracomment>question 11's title</extracomment>
            <translation>Taube Füße schützen</translation>
        </message>
        <message>
            <source>Numb feet cannot warn you about a stone, a burn or a rubbing shoe, so they need protecting. Wear shoes or slippers all the time, indoors too. Never walk barefoot or in socks alone.</source>
            <extracomment>question 11, paragraph 1</extracomment>
            <translation>Taube Füße können Sie nicht vor einem Steinchen, einer Verbrennung oder einem drückenden Schuh warnen, deshalb brauchen sie Schutz. Tragen Sie immer Schuhe oder Hausschuhe, auch in der Wohnung. Gehen Sie nie barfuß oder nur in Socken.</translation>
        </message>
        <message>
            <source>Before you put your shoes on, look inside them, feel inside with your hand and shake them out. A small stone or a rough seam can make a sore you do not feel.</source>
            <extracomment>question 11, paragraph 2</extracomment>
            <translation>Bevor Sie Ihre Schuhe anziehen, schauen Sie hinein, tasten Sie sie innen mit der Hand ab, und schütteln Sie sie aus. Ein kleines Steinchen oder eine raue Naht kann eine wunde Stelle machen, die Sie nicht spüren.</translation>
        </message>
        <message>
            <source>Cut your toenails straight across, not down into the corners. If you cannot see or reach them well, or they are thick, ask a podiatrist to cut them.</source>
            <extracomment>question 11, paragraph 3</extracomment>
            <translation>Schneiden Sie die Zehennägel gerade ab, nicht schräg in die Ecken. Wenn Sie sie nicht gut sehen oder erreichen können oder wenn sie dick sind, lassen Sie sie in einer podologischen Praxis schneiden.</translation>
        </message>
        <message>
            <source>Do not use corn plasters or corn liquids, and never cut corns or hard skin yourself. They can burn or cut skin you cannot feel. A podiatrist can treat them safely.</source>
            <extracomment>question 11, paragraph 4</extracomment>
            <translation>Benutzen Sie keine Hühneraugenpflaster oder -tinkturen, und schneiden Sie Hühneraugen oder Hornhaut nie selbst. Dabei kann Haut, die Sie nicht spüren, verätzt oder verletzt werden. Eine podologische Praxis kann sie sicher behandeln.</translation>
        </message>
        <message>
            <source>Test bath water with your elbow or a bath thermometer before you step in, never with your feet. Do not put heating pads, hot-water bottles or electric blankets on numb feet: they can burn without you feeling it. Warm socks are safer.</source>
            <extracomment>question 11, paragraph 5</extracomment>
            <translation>Prüfen Sie das Badewasser mit dem Ellbogen oder einem Badethermometer, bevor Sie hineinsteigen, nie mit den Füßen. Legen Sie keine Heizkissen, Wärmflaschen oder Heizdecken an taube Füße: Die Füße können sich verbrennen, ohne dass Sie es spüren. Warme Socken sind sicherer.</translation>
        </message>
        <message>
            <source>Found a cut, blister or sore? Contact your foot clinic today. A foot that is red, hot or swollen: keep your weight off it. Call your foot clinic now. If it is closed, call the out-of-hours or urgent number.</source>
            <extracomment>question 11, paragraph 6</extracomment>
            <translation>Einen Schnitt, eine Blase oder eine wunde Stelle gefunden? Melden Sie sich heute bei Ihrer Fußambulanz. Ein Fuß, der gerötet, heiß oder geschwollen ist: Belasten Sie ihn nicht. Rufen Sie sofort Ihre Fußambulanz an. Ist sie geschlossen, rufen Sie den Bereitschaftsdienst oder die Nummer für dringende Fälle an.</translation>
        </message>
        <message>
            <source>What the evidence does and does not say</source>
            <extracomment>question 12's title</extracomment>
            <translation>Was die Studien sagen und was nicht</translation>
        </message>
        <message>
            <source>What it says: in small studies, massage eased pain, tingling and discomfort for a while. Most of those studies were small and not blinded, and the effects of massage tend to be short-lived.</source>
            <extracomment>question 12, paragraph 1</extracomment>
            <translation>Was sie sagen: In kleinen Studien linderte Massage Schmerzen, Kribbeln und Beschwerden für eine Weile. Die meisten dieser Studien waren klein und nicht verblindet, und die Wirkung von Massage hält meist nicht lange an.</translation>
        </message>
        <message>
            <source>What it does not say: no study shows that massage repairs nerves. For painful neuropathy after chemotherapy, the main guideline found one medicine (duloxetine) with enough evidence, and its benefit is modest. Massage is worth trying for comfort, gently, with your team's agreement.</source>
            <extracomment>question 12, paragraph 2</extracomment>
            <translation>Was sie nicht sagen: Keine Studie zeigt, dass Massage Nerven repariert. Bei schmerzhafter Neuropathie nach Chemotherapie fand die wichtigste Leitlinie ein Medikament (Duloxetin) mit ausreichenden Belegen, und sein Nutzen ist mäßig. Massage ist einen Versuch wert, für das Wohlbefinden, sanft und mit dem Einverständnis Ihres Teams.</translation>
        </message>
        <message>
            <source>Exercise: for people with diabetes, the international foot guideline says a foot and ankle exercise programme may be considered, best with a therapist guiding it at first. It is not for a foot with an open sore. Ask your foot clinic or your doctor which exercises suit you before you start.</source>
            <extracomment>question 12, paragraph 3</extracomment>
            <translation>Übungen: Für Menschen mit Diabetes sagt die internationale Fußleitlinie, dass ein Übungsprogramm für Fuß und Knöchel erwogen werden kann, am besten anfangs unter therapeutischer Anleitung. Bei einem Fuß mit einer offenen Wunde ist es nicht geeignet. Fragen Sie Ihre Fußambulanz oder Ihren Arzt, welche Übungen zu Ihnen passen, bevor Sie beginnen.</translation>
        </message>
        <message>
            <source>Whom to ask: your foot clinic about your feet, your cancer team about neuropathy during treatment, and your doctor about anything else. During chemotherapy, if numbness gets worse, or buttons, writing or walking get harder, tell your cancer team before your next dose. It helps them decide about your treatment.</source>
            <extracomment>question 12, paragraph 4</extracomment>
            <translation>Wen Sie fragen können: Ihre Fußambulanz zu Ihren Füßen, Ihr Krebsteam zur Neuropathie während der Behandlung und Ihren Arzt zu allem anderen. Wenn während der Chemotherapie die Taubheit zunimmt oder Knöpfe, Schreiben oder Gehen schwerer fallen, sagen Sie es Ihrem Krebsteam vor der nächsten Chemo. Das hilft ihm, über Ihre Behandlung zu entscheiden.</translation>
        </message>
    </context>
</TS>
