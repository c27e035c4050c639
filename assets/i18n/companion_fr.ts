<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../companion/startup/notices.py" line="+14"/>
        <source>Your earlier data file could not be read because {reason}. It has not been deleted: it is kept at {path}. Companion started a fresh, empty one.</source>
        <translation>Ton ancien fichier de données n&apos;a pas pu être lu, car {reason}. Il n&apos;a pas été supprimé, il est conservé dans {path}. Companion en a créé un nouveau, vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 check-in could not be read and was left as it is.</source>
        <translation>1 point n&apos;a pas pu être lu et a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} check-ins could not be read and were left as they are.</source>
        <translation>{n} points n&apos;ont pas pu être lus et ont été laissés tels quels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 break could not be read and was left as it is.</source>
        <translation>1 pause n&apos;a pas pu être lue et a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} breaks could not be read and were left as they are.</source>
        <translation>{n} pauses n&apos;ont pas pu être lues et ont été laissées telles quelles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 practice session could not be read and was left as it is.</source>
        <translation>1 séance n&apos;a pas pu être lue et a été laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} practice sessions could not be read and were left as they are.</source>
        <translation>{n} séances n&apos;ont pas pu être lues et ont été laissées telles quelles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 breathing pattern could not be read and was left as it is.</source>
        <translation>1 rythme de respiration n&apos;a pas pu être lu et a été laissé tel quel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} breathing patterns could not be read and were left as they are.</source>
        <translation>{n} rythmes de respiration n&apos;ont pas pu être lus et ont été laissés tels quels.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../companion/desktop/autostart.py" line="+107"/>
        <source>Companion could not be added to the programs started at login.</source>
        <translation>Companion n&apos;a pas pu être ajouté aux programmes lancés à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Companion could not be removed from the programs started at login.</source>
        <translation>Companion n&apos;a pas pu être retiré des programmes lancés à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting at login is not available on this system.</source>
        <translation>Le lancement à l&apos;ouverture de session n&apos;est pas disponible sur ce système.</translation>
    </message>
</context>
<context>
    <name>BreakController</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+6"/>
        <source>{time} tomorrow</source>
        <translation>{time} demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} yesterday</source>
        <translation>{time} hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} on {day}</source>
        <translation>{time} le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try a number of minutes like 20, a length like 1h 15m, or a time like 19:30.</source>
        <translation>Essaie un nombre de minutes comme 20, une durée comme 1h 15m ou une heure comme 19:30.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than a day</source>
        <translation>plus d&apos;une journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That would be {amount}. A break ends within 24 hours, because a longer wait can start to feel like a punishment. For a clock time, write it like 19:30.</source>
        <translation>Cela ferait {amount}. Une pause se termine dans les 24 heures, car une attente plus longue peut finir par ressembler à une punition. Pour une heure précise, écris-la comme 19:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how long you need, or when you&apos;ll be back. {hint}</source>
        <translation>Dis de combien de temps tu as besoin, ou à quelle heure tu reviens. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s longer than a time usually is. {hint}</source>
        <translation>C&apos;est plus long que ce qu&apos;on écrit d&apos;habitude pour une durée ou une heure. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” doesn&apos;t read as a time. {hint}</source>
        <translation>«&#xa0;{text}&#xa0;» ne se lit pas comme une durée ou une heure. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” has more than 59 minutes. {hint}</source>
        <translation>«&#xa0;{text}&#xa0;» compte plus de 59 minutes. {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock only goes up to 23:59, so “{text}” can&apos;t be used.</source>
        <translation>L&apos;horloge ne va que jusqu&apos;à 23:59, donc «&#xa0;{text}&#xa0;» ne peut pas servir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With am or pm, the hour goes from 1 to 12, so “{text}” can&apos;t be used.</source>
        <translation>Avec am ou pm, l&apos;heure va de 1 à 12, donc «&#xa0;{text}&#xa0;» ne peut pas servir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A break needs at least a minute. {hint}</source>
        <translation>Une pause dure au moins une minute. {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More time needs to be a number of minutes above zero.</source>
        <translation>Le temps en plus doit être un nombre de minutes supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That&apos;s shorter than 20 minutes. Bodies usually need about 20 minutes to settle, so a little longer may help. A short break is still fine.</source>
        <translation>C&apos;est moins de 20 minutes. Le corps a en général besoin d&apos;environ 20 minutes pour se calmer, alors un peu plus long peut aider. Une courte pause reste tout à fait possible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clocks go forward that night, so {typed} doesn&apos;t happen; it is read as {read_as}.</source>
        <translation>Cette nuit-là, on avance l&apos;heure, donc {typed} n&apos;existe pas&#xa0;; c&apos;est compris comme {read_as}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It&apos;s {time}, the time you agreed. Go back when you&apos;re ready, or ask for a little more time.</source>
        <translation>Il est {time}, l&apos;heure convenue. Reviens quand le moment te semble venu, ou demande un peu plus de temps.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No break is running.</source>
        <translation>Aucune pause en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for your partner: {line}</source>
        <translation>en attendant ton ou ta partenaire&#xa0;: {line}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back at {time}, less than a minute left</source>
        <translation>retour à {time}, moins d&apos;une minute restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at {time}, {amount} left</source>
        <translation>retour à {time}, encore {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at {time} — that is now</source>
        <translation>retour à {time} — c&apos;est maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back at {time} — that was {amount} ago</source>
        <translation>retour à {time} — c&apos;était il y a {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That time has already passed. Choose a new one.</source>
        <translation>Cette heure est déjà passée. Choisis-en une nouvelle.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A break ends within 24 hours of its start, so at most {amount} can be added now.</source>
        <translation>Une pause se termine au plus tard 24 heures après son début, donc tu peux ajouter au maximum {amount} maintenant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nearly time to go back</source>
        <translation>Bientôt l&apos;heure de revenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} until {time}. Start finding your way back.</source>
        <translation>Encore {amount} avant {time}. Commence doucement à revenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to go back</source>
        <translation>L&apos;heure de revenir</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <location filename="../../companion/ui/pause/break_flow.py" line="+93"/>
        <source>Take a break</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Other words</source>
        <translation>D&apos;autres mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show other words to say</source>
        <translation>Montrer d&apos;autres mots à dire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More choices</source>
        <translation>Plus de choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own length or time, the kind of words, a check-in, the plan</source>
        <translation>Ta propre durée ou heure, le type de mots, un point, le plan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: leave without a break</source>
        <translation>Pas maintenant&#xa0;: partir sans faire de pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+159"/>
        <location line="+7"/>
        <source>Start break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>First say whether you mean {time}.</source>
        <translation>Dis d&apos;abord si tu parles bien de {time}.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your break has started. Back at {time}.</source>
        <translation>Ta pause a commencé. Retour à {time}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start {n}-minute break</source>
        <translation>Commencer une pause de {n} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back at {time}</source>
        <translation>retour à {time}</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The break could not be saved, so its countdown has not started: {problem}
Everything you chose is still here. Press Start again in a moment.</source>
        <translation>La pause n&apos;a pas pu être enregistrée, donc son compte à rebours n&apos;a pas commencé&#xa0;: {problem}
Tout ce que tu as choisi est toujours là. Appuie de nouveau sur «&#xa0;Commencer la pause&#xa0;» dans un instant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A break is already running. Its countdown is open.</source>
        <translation>Une pause est déjà en cours. Son compte à rebours est ouvert.</translation>
    </message>
</context>
<context>
    <name>BreakPage</name>
    <message>
        <location filename="../../companion/ui/pause/break_page.py" line="+137"/>
        <source>My partner is taking a break</source>
        <translation>Mon ou ma partenaire fait une pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait well for your partner&apos;s return time (Ctrl+Shift+B)</source>
        <translation>Attendre sereinement l&apos;heure de retour de ton ou ta partenaire (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome back to each other. Go gently.</source>
        <translation>Vous vous retrouvez. Allez-y doucement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome back. You asked for more time, and came back at {time}.</source>
        <translation>Bon retour. Tu as demandé plus de temps, et tu as fait ton retour à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome back. You came back at {time}.</source>
        <translation>Bon retour. Tu as fait ton retour à {time}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The break was called off. Nothing more to do for it.</source>
        <translation>La pause a été annulée. Il n&apos;y a plus rien à faire pour elle.</translation>
    </message>
</context>
<context>
    <name>BreakTray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+65"/>
        <source>Take a break</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add 10 minutes</source>
        <translation>Ajouter 10 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>I&apos;m back</source>
        <translation>Je suis de retour</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>My partner is taking a break</source>
        <translation>Mon ou ma partenaire fait une pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Companion</source>
        <translation>Ouvrir Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companion: {status}</source>
        <translation>Companion&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No break is running</source>
        <translation>Aucune pause en cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They&apos;re back</source>
        <translation>Iel est de retour</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No more time was added</source>
        <translation>Aucun temps n&apos;a été ajouté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More time was not saved</source>
        <translation>Le temps supplémentaire n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The countdown now runs to {time}.</source>
        <translation>Le compte à rebours va maintenant jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let your partner know you&apos;ll be back at {time}.</source>
        <translation>Dis à l&apos;autre que tu reviens à {time}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More time: back at {time}</source>
        <translation>Plus de temps&#xa0;: retour à {time}</translation>
    </message>
</context>
<context>
    <name>BreathShape</name>
    <message>
        <location filename="../../companion/ui/breathe/breath_shape.py" line="+29"/>
        <source>Breathing shape</source>
        <translation>Forme de la respiration</translation>
    </message>
</context>
<context>
    <name>BreathingPreset</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+194"/>
        <source>Longer exhale 4·6</source>
        <translation>Expiration longue 4·6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer exhale 4·8</source>
        <translation>Expiration longue 4·8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyclic sigh</source>
        <translation>Soupir cyclique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4-7-8</source>
        <translation>4-7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle 3·5</source>
        <translation>Douce 3·5</translation>
    </message>
</context>
<context>
    <name>BridgeWords</name>
    <message>
        <location filename="../../companion/ui/pause/bridge_words.py" line="+48"/>
        <source>Say this, or send it:</source>
        <translation>Dis-le, ou envoie-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to say before you go</source>
        <translation>Ce que tu dis avant de partir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the words to say before you go</source>
        <translation>Copier les mots à dire avant de partir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these words, to paste into a message</source>
        <translation>Copier ces mots pour les coller dans un message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update the words to the new time?</source>
        <translation>Adapter les mots à la nouvelle heure&#xa0;?</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>These words name another time than {time}.</source>
        <translation>Ces mots indiquent une autre heure que {time}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. You can paste it into a message.</source>
        <translation>Copié. Tu peux le coller dans un message.</translation>
    </message>
</context>
<context>
    <name>CheckinEditDialog</name>
    <message>
        <location filename="../../companion/ui/insights/history_edit.py" line="+81"/>
        <source>Edit check-in</source>
        <translation>Modifier le point</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+27"/>
        <source>Strength</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tag</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+21"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This check-in could not be saved: {problem}
Everything you entered is still here; you can try again.</source>
        <translation>Ce point n&apos;a pas pu être enregistré&#xa0;: {problem}
Tout ce que tu as saisi est toujours là&#xa0;; tu peux réessayer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None (settled)</source>
        <translation>Aucune (calme)</translation>
    </message>
</context>
<context>
    <name>CheckinView</name>
    <message>
        <location filename="../../companion/ui/checkin/checkin_view.py" line="+91"/>
        <source>Which is closest to how you feel right now? Further out means stronger; the centre means settled.</source>
        <translation>Qu&apos;est-ce qui se rapproche le plus de ce que tu ressens en ce moment&#xa0;? Plus loin du centre, c&apos;est plus fort&#xa0;; le centre veut dire calme.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-151"/>
        <source>You may notice</source>
        <translation>Tu remarques peut-être</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may help now</source>
        <translation>Ce qui peut aider maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing</source>
        <translation>Commencer à respirer</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/checkin_view.py" line="+36"/>
        <source>No tag</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>Pattern</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Ce que tu veux retenir (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The tips for each state could not be loaded, so only the wheel is here for now. Your check-ins still save as usual.</source>
        <translation>Les repères pour chaque état n&apos;ont pas pu être chargés, donc il n&apos;y a que la roue pour l&apos;instant. Tes points s&apos;enregistrent comme d&apos;habitude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details: {error}</source>
        <translation>Détails&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose a place on the wheel first.</source>
        <translation>Choisis d&apos;abord un endroit sur la roue.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/labels.py" line="+109"/>
        <source>This note is too long to save ({count}). Please shorten it a little.</source>
        <translation>Cette note est trop longue pour être enregistrée ({count}). Raccourcis-la un peu, s&apos;il te plaît.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/checkin_view.py" line="+10"/>
        <source>This check-in is already saved.</source>
        <translation>Ce point est déjà enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This check-in could not be saved: {problem}
Everything you entered is still here; you can try again.</source>
        <translation>Ce point n&apos;a pas pu être enregistré&#xa0;: {problem}
Tout ce que tu as saisi est toujours là&#xa0;; tu peux réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved at {time}.</source>
        <translation>Enregistré à {time}.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a place on the wheel</source>
        <translation>Choisis un endroit sur la roue</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>Pointing at a part of the wheel shows what it can feel like.</source>
        <translation>Pointer une partie de la roue montre ce qu&apos;on peut y ressentir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start breathing ({minutes} min)</source>
        <translation>Commencer à respirer ({minutes} min)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/labels.py" line="-6"/>
        <source>{count} / {limit} characters</source>
        <extracomment>The translation context of the state names (the wheel&apos;s, where they were first written). The English names are ``companion.core.states.STATE_NAMES``; packaging/extract_strings.py lists them for the translation tools. The translation context of the note length texts (the check-in page&apos;s).</extracomment>
        <translation>{count} / {limit} caractères</translation>
    </message>
</context>
<context>
    <name>CheckinWheel</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+172"/>
        <source>Fight</source>
        <translation>Combat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze</source>
        <translation>Figement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fawn</source>
        <translation>Apai­sement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Calme</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/wheel_words.py" line="+21"/>
        <source>very mild</source>
        <translation>très faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mild</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strong</source>
        <translation>très fort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{word} ({n} of {total})</source>
        <translation>{word} ({n} sur {total})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{state}, strength {n} of {total}</source>
        <translation>{state}, intensité {n} sur {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chosen.</source>
        <translation>Choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: {strength}.</source>
        <translation>Choisi&#xa0;: {strength}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You may notice: {signs}.</source>
        <translation>Tu remarques peut-être&#xa0;: {signs}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The centre of the wheel. Key 0.</source>
        <translation>Le centre de la roue. Touche 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key {key}. Further out means stronger.</source>
        <translation>Touche {key}. Plus loin du centre, c&apos;est plus fort.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/checkin_wheel.py" line="+316"/>
        <source>Keys 1 to 4 choose fight, flight, freeze or fawn, and 0 settled. Plus and minus change the strength. Enter saves.</source>
        <translation>Les touches 1 à 4 choisissent combat, fuite, figement ou apaisement, et 0 calme. Plus et moins changent l&apos;intensité. Entrée enregistre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in wheel, nothing chosen yet</source>
        <translation>Roue du point, rien de choisi pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in wheel, chosen: {choice}</source>
        <translation>Roue du point, choisi&#xa0;: {choice}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chosen: {choice}.</source>
        <translation>Choisi&#xa0;: {choice}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin/wheel_access.py" line="+87"/>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <location filename="../../companion/desktop/i18n.py" line="+112"/>
        <source>Your own copy {path} could not be used, so Companion&apos;s own is shown: {why}</source>
        <translation>Ta propre version {path} n&apos;a pas pu être utilisée, donc Companion affiche la sienne&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translation ({language}) {path} is missing, so this part is in English.</source>
        <translation>La traduction ({language}) {path} est introuvable, donc cette partie est en anglais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation ({language}) could not be used, so this part is in English: {why}</source>
        <translation>La traduction ({language}) n&apos;a pas pu être utilisée, donc cette partie est en anglais&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A text file could not be used: {why}</source>
        <translation>Un fichier de texte n&apos;a pas pu être utilisé&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} could not be used: {why}</source>
        <translation>Le fichier {path} n&apos;a pas pu être utilisé&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is missing.</source>
        <translation>le fichier est introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read.</source>
        <translation>le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not saved as UTF-8 text.</source>
        <translation>le fichier n&apos;est pas enregistré en texte UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not written in valid TOML.</source>
        <translation>le fichier n&apos;est pas écrit en TOML valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its tables or lists are nested too deeply.</source>
        <translation>ses tables ou ses listes sont imbriquées trop profondément.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a section, entry or line it needs is missing or wrong.</source>
        <translation>une section, une entrée ou une ligne dont il a besoin manque ou est erronée.</translation>
    </message>
</context>
<context>
    <name>CountdownView</name>
    <message>
        <location filename="../../companion/ui/pause/countdown_view.py" line="+92"/>
        <source>No break is running.</source>
        <translation>Aucune pause en cours.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Breathe</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow breathing with a longer breath out</source>
        <translation>Respiration lente avec une expiration plus longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I need more time</source>
        <translation>J&apos;ai besoin de plus de temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m back</source>
        <translation>Je suis de retour</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Your break</source>
        <translation>Ta pause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the words as a QR code, or add to a calendar</source>
        <translation>Afficher le message en code QR, ou l&apos;ajouter à un agenda</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Call off this break</source>
        <translation>Annuler cette pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the break without a return; it is recorded as called off</source>
        <translation>Terminer la pause sans retour&#xa0;; elle est notée comme annulée</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>was the time</source>
        <translation>était l&apos;heure convenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left</source>
        <translation>restant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>back at {time}</source>
        <translation>retour à {time}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Call off this break?</source>
        <translation>Annuler cette pause&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The countdown stops, and this break is saved as called off rather than as a return.</source>
        <translation>Le compte à rebours s&apos;arrête, et cette pause est enregistrée comme annulée plutôt que comme un retour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call off the break</source>
        <translation>Annuler la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the break</source>
        <translation>Continuer la pause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The break could not be called off, so it is still running: {problem}
Try again in a moment.</source>
        <translation>La pause n&apos;a pas pu être annulée, elle continue donc&#xa0;: {problem}
Réessaie dans un instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take your time. Your return time is set.</source>
        <translation>Prends ton temps. Ton heure de retour est fixée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearly time. Start finding your way back.</source>
        <translation>Bientôt l&apos;heure. Commence doucement à revenir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s {time}, the time you agreed. Go back when you&apos;re ready.</source>
        <translation>Il est {time}, l&apos;heure convenue. Reviens quand le moment te semble venu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It&apos;s past {time}. Go back when you can, and say you&apos;re here.</source>
        <translation>Il est plus de {time}. Reviens quand tu peux, et dis que tu es là.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It&apos;s {time}, the time you agreed.</source>
        <translation>Il est {time}, l&apos;heure convenue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min left, back at {time}.</source>
        <translation>Encore {n} min, retour à {time}.</translation>
    </message>
</context>
<context>
    <name>DailyReminder</name>
    <message>
        <location filename="../../companion/services/reminders.py" line="+126"/>
        <source>Time for your practice</source>
        <translation>C&apos;est le moment de t&apos;exercer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few calm minutes of breathing today make it easier to settle when a hard moment comes.</source>
        <translation>Quelques minutes de respiration calme aujourd&apos;hui aident à se poser quand un moment difficile arrive.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-62"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Export your data</source>
        <translation>Exporter tes données</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This kind of file cannot be exported.</source>
        <translation>Ce type de fichier ne peut pas être exporté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is a folder. Choose a file name instead.</source>
        <translation>{target} est un dossier. Choisis plutôt un nom de fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is not a plain file, so it was left as it is. Choose another name.</source>
        <translation>{target} n’est pas un fichier ordinaire, il a donc été laissé tel quel. Choisis un autre nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {target} does not exist.</source>
        <translation>Le dossier {target} n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no permission to write {target}. Choose another folder.</source>
        <translation>Tu n’as pas l’autorisation d’écrire {target}. Choisis un autre dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no space left to write {target}.</source>
        <translation>Il ne reste plus d’espace pour écrire {target}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} is on a drive that can only be read.</source>
        <translation>{target} se trouve sur un disque accessible en lecture seule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} could not be written.</source>
        <translation>{target} n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file is damaged, so no export was written. When Companion next opens, it keeps the damaged file aside (nothing is deleted) and starts a new one.</source>
        <translation>Ton fichier de données est endommagé, aucun export n’a donc été écrit. À sa prochaine ouverture, Companion met le fichier endommagé de côté (rien n’est supprimé) et en commence un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file could not be read just now, so no export was written. Please try again.</source>
        <translation>Ton fichier de données n’a pas pu être lu pour l’instant, aucun export n’a donc été écrit. Réessaie un peu plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your settings</source>
        <translation>tes réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some data could not be erased: {left}.</source>
        <translation>Certaines données n’ont pas pu être effacées&#xa0;: {left}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting your data…</source>
        <translation>Export de tes données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>L&apos;export a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the chart failed</source>
        <translation>Le graphique n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete all data?</source>
        <translation>Supprimer toutes les données&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This erases every check-in, break and practice session, your own breathing patterns and your settings, from this computer. It cannot be undone.

If you want a copy, export your data first.</source>
        <translation>Cela efface de cet ordinateur chaque point, chaque pause et chaque séance, tes propres rythmes de respiration et tes réglages. C&apos;est définitif.

Si tu veux en garder une copie, exporte d&apos;abord tes données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my data</source>
        <translation>Garder mes données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not everything was deleted</source>
        <translation>Tout n&apos;a pas été supprimé</translation>
    </message>
</context>
<context>
    <name>DurationChoice</name>
    <message>
        <location filename="../../companion/ui/pause/duration_choice.py" line="+31"/>
        <source>How long do you need?</source>
        <translation>De combien de temps as-tu besoin&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Break of {amount}</source>
        <translation>Pause de {amount}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Back at {time}</source>
        <translation>Retour à {time}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../companion/ui/shell/help_dialog.py" line="+26"/>
        <source># Help

Breaks are for heated talks between people who are safe with each other. If you are in danger, leave, go somewhere safe and call for help.</source>
        <translation># Aide

Les pauses servent aux discussions tendues entre personnes qui sont en sécurité l&apos;une avec l&apos;autre. Si tu es en danger, pars, mets-toi en sécurité et demande de l&apos;aide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How breaks work, and when not</source>
        <translation>Comment fonctionnent les pauses, et quand s&apos;en passer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guidance</source>
        <translation>Repères</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../companion/ui/insights/history_filters.py" line="+35"/>
        <source>Check-ins</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+52"/>
        <source>During a break</source>
        <translation>Pendant une pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before returning</source>
        <translation>Avant le retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After returning</source>
        <translation>Après le retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily practice</source>
        <translation>Pratique quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m pursuing</source>
        <translation>J&apos;insiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m withdrawing</source>
        <translation>Je me retire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/history_model.py" line="+233"/>
        <source>When</source>
        <extracomment>Entries read from the store at a time (more load as the list scrolls). Emitted with a user-fit message when the store refused a change. Emitted with the note&apos;s length when an edited note is over MAX_NOTE_CHARS (not saved).</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-181"/>
        <source>Check-in</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state}, {n} of 5</source>
        <translation>{state}, {n} sur 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>called off</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said back at {time}: waiting now</source>
        <translation>Retour annoncé à {time}&#xa0;: attente en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said back at {time}: stopped waiting</source>
        <translation>Retour annoncé à {time}&#xa0;: attente arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They said back at {time}</source>
        <translation>Retour annoncé à {time}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back at {time}: {result}</source>
        <translation>Retour à {time}&#xa0;: {result}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no space left on the disk.</source>
        <translation>Il n’y a plus de place sur le disque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file can only be read at the moment.</source>
        <translation>Le fichier de données ne peut être que lu pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file was busy. Please try again in a moment.</source>
        <translation>Le fichier de données était occupé. Réessaie dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file seems damaged.</source>
        <translation>Le fichier de données semble endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file could not be written. Please try again.</source>
        <translation>Le fichier de données n’a pas pu être écrit. Réessaie, s’il te plaît.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry was not deleted. {reason}</source>
        <translation>Cette entrée n’a pas été supprimée. {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note was not saved. {reason}</source>
        <translation>La note n’a pas été enregistrée. {reason}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Waiting for your partner</source>
        <translation>En attendant ton ou ta partenaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>came back after asking for more time</source>
        <translation>de retour après une demande de temps en plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>came back</source>
        <translation>de retour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pattern}, {length}, finished</source>
        <translation>{pattern}, {length}, terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pattern}, {length}, stopped early</source>
        <translation>{pattern}, {length}, arrêtée plus tôt</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../companion/ui/insights/history_view.py" line="+103"/>
        <source>Saved entries</source>
        <extracomment>Seconds an undo stays offered after a delete. Rows the column widths are fitted to (the first screen and some).</extracomment>
        <translation>Entrées enregistrées</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected check-in (Enter)</source>
        <translation>Modifier le point choisi (Entrée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entries (Delete key)</source>
        <translation>Supprimer les entrées choisies (touche Suppr)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Entry deleted.</source>
        <translation>Entrée supprimée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} entries deleted.</source>
        <translation>{n} entrées supprimées.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../companion/ui/insights/insights_page.py" line="+31"/>
        <location line="+2"/>
        <source>Insights</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charts</source>
        <extracomment>The History tab&apos;s page; the list itself is made in it when first needed.</extracomment>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+9"/>
        <source>Time to look back on</source>
        <translation>Période à regarder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>By time of day</source>
        <translation>Par moment de la journée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Night 0-6, morning 6-12, afternoon 12-18, evening 18-24, in the local time of each check-in.</source>
        <translation>Nuit 0-6, matin 6-12, après-midi 12-18, soir 18-24, à l&apos;heure locale de chaque point.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How to group the check-ins</source>
        <translation>Comment regrouper les points</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Breathing practice</source>
        <translation>Pratique de la respiration</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/insights_view.py" line="+160"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-29"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By state</source>
        <translation>Par état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By strength</source>
        <translation>Par intensité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly at night.</source>
        <translation>Surtout la nuit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly in the morning.</source>
        <translation>Surtout le matin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly in the afternoon.</source>
        <translation>Surtout l&apos;après-midi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly in the evening.</source>
        <translation>Surtout le soir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waited for your partner&apos;s return: {n}.</source>
        <translation>Attentes du retour de ton ou ta partenaire&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Came back to the talk: {n}.</source>
        <translation>Retours à la discussion&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More time was asked for: {n}.</source>
        <translation>Demandes de temps en plus&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called off: {n}.</source>
        <translation>Pauses annulées&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How often each state came up</source>
        <translation>Combien de fois chaque état est apparu</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Minutes of breathing practice per day</source>
        <translation>Minutes de pratique de la respiration par jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-ins</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/insights/insights_view.py" line="-61"/>
        <source>Charts</source>
        <extracomment>How long writes are gathered before a visible view re-queries (a burst redraws once).</extracomment>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing the charts…</source>
        <translation>Tracé des graphiques…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+3"/>
        <source>No check-ins in this time yet. The wheel is there whenever you want it.</source>
        <translation>Pas encore de point sur cette période. La roue est là dès que tu en as envie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state} came up most often: {count} of {total} check-ins.</source>
        <translation>C&apos;est {state} qui revient le plus souvent&#xa0;: {count} points sur {total}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength {n}</source>
        <translation>Intensité {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled check-ins have no strength, so they are not in this chart: {n}.</source>
        <translation>Les points «&#xa0;calme&#xa0;» n&apos;ont pas d&apos;intensité, ils ne figurent donc pas dans ce graphique&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Current streak: 1 day.</source>
        <translation>Série en cours&#xa0;: 1 jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current streak: {n} days.</source>
        <translation>Série en cours&#xa0;: {n} jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(A single missed day does not break it.)</source>
        <translation>(Un seul jour manqué ne l&apos;interrompt pas.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No breathing practice in this time. A few minutes with the pacer count.</source>
        <translation>Pas de pratique de la respiration sur cette période. Quelques minutes avec le guide, ça compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{seconds} seconds on {days} of {span} days.</source>
        <translation>{seconds} secondes sur {days} jours parmi {span}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} minutes on {days} of {span} days.</source>
        <translation>{minutes} minutes sur {days} jours parmi {span}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No breaks in this time.</source>
        <translation>Pas de pause sur cette période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks taken: {n}.</source>
        <translation>Pauses prises&#xa0;: {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When more time was needed, it was {m} minutes on average.</source>
        <translation>Quand il a fallu plus de temps, c&apos;était {m} minutes en moyenne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a break: {settled} settled, {calmer} calmer, {same} about the same, {stronger} stronger.</source>
        <translation>Après une pause&#xa0;: {settled} fois au calme, {calmer} fois plus calme, {same} fois à peu près pareil, {stronger} fois plus fort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength changed by {shift} on average (0 to 5).</source>
        <translation>L&apos;intensité a changé de {shift} en moyenne (de 0 à 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing saved in this time ({when}).

Choose a longer time above, or check in on the wheel, take a break, or breathe with the pacer for a few minutes.</source>
        <translation>Rien d&apos;enregistré sur cette période ({when}).

Choisis une période plus longue ci-dessus, ou fais le point sur la roue, fais une pause, ou respire quelques minutes avec le guide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here yet.

Check in on the wheel when you notice how you feel, take a break when a talk gets too heated, or breathe with the pacer for a few minutes. This page will then show which states visit you most and when, how your breaks go, and how regular your practice is.</source>
        <translation>Rien ici pour l&apos;instant.

Fais le point sur la roue quand tu remarques ce que tu ressens, fais une pause quand une discussion s&apos;échauffe trop, ou respire quelques minutes avec le guide. Cette page montrera ensuite quels états te rendent visite le plus souvent et quand, comment se passent tes pauses et avec quelle régularité tu t&apos;exerces.</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <location filename="../../companion/ui/shell/lazy_page.py" line="+40"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+68"/>
        <source>Breathe</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our plan</source>
        <translation>Notre plan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%s (Ctrl+%d)</source>
        <translation>%s (Ctrl+%d)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Take a break</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Step away now and agree when you will be back (Ctrl+B)</source>
        <translation>Faire une pause maintenant et convenir de l&apos;heure de ton retour (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to the break</source>
        <translation>Retour à la pause</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>&amp;About Companion</source>
        <translation>À &amp;propos de Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How breaks work, and when not</source>
        <translation>&amp;Comment fonctionnent les pauses, et quand s&apos;en passer</translation>
    </message>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+150"/>
        <source>Waiting for your partner: %s</source>
        <translation>En attendant ton ou ta partenaire&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your break is running: %s</source>
        <translation>Ta pause est en cours&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>About Companion</source>
        <translation>À propos de Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Companion %s&lt;/h3&gt;&lt;p&gt;For stepping away well when a fight floods you, and for a few minutes of calm practice each day.&lt;/p&gt;&lt;p&gt;Everything you enter stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Companion %s&lt;/h3&gt;&lt;p&gt;Pour savoir faire une pause quand une dispute te submerge, et pour quelques minutes de pratique au calme chaque jour.&lt;/p&gt;&lt;p&gt;Tout ce que tu saisis reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../companion/startup/desktop.py" line="+165"/>
        <source>Export data as &amp;CSV…</source>
        <translation>Exporter les données en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export data as &amp;JSON…</source>
        <translation>Exporter les données en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete all data…</source>
        <translation>&amp;Supprimer toutes les données…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../../companion/startup/breaks.py" line="+158"/>
        <source>It stays in the tray to remind you to practise. Quit is in its menu.</source>
        <translation>Il reste dans la zone de notification pour te rappeler de t&apos;exercer. «&#xa0;Quitter&#xa0;» se trouve dans son menu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Companion is still here</source>
        <translation>Companion est toujours là</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Your break is still running. Find Companion in the tray.</source>
        <translation>Ta pause est toujours en cours. Tu trouveras Companion dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>MoreChoices</name>
    <message>
        <location filename="../../companion/ui/pause/more_choices.py" line="+29"/>
        <source>Kind of words:</source>
        <translation>Type de mots&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of words</source>
        <translation>Type de mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain words</source>
        <translation>Des mots simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to push to sort it out</source>
        <translation>J&apos;ai tendance à insister pour régler les choses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to go quiet or leave</source>
        <translation>J&apos;ai tendance à me taire ou à partir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in first</source>
        <translation>Faire d&apos;abord le point</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While you&apos;re away:</source>
        <translation>Pendant ton absence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MoreTimePanel</name>
    <message>
        <location filename="../../companion/ui/pause/more_time.py" line="+36"/>
        <source>+10 min</source>
        <translation>+10 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+20 min</source>
        <translation>+20 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or:</source>
        <translation>Ou&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes to add</source>
        <translation>Minutes à ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen minutes</source>
        <translation>Ajouter les minutes choisies</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ask for {n} more minutes</source>
        <translation>Demander {n} min de plus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>More time saved: back at {time}.</source>
        <translation>Plus de temps enregistré&#xa0;: retour à {time}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The extra time could not be saved: {problem}</source>
        <translation>Le temps supplémentaire n&apos;a pas pu être enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The extra time could not be saved, so your return time is still {time}: {problem}
Try again in a moment.</source>
        <translation>Le temps supplémentaire n&apos;a pas pu être enregistré, ton heure de retour reste donc {time}&#xa0;: {problem}
Réessaie dans un instant.</translation>
    </message>
</context>
<context>
    <name>NamedTabBar</name>
    <message>
        <location filename="../../companion/ui/shell/named_tab_bar.py" line="+74"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PacerView</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-167"/>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Encore un peu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold gently</source>
        <translation>Retiens doucement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out slowly</source>
        <translation>Expire lentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="+86"/>
        <source>Ready when you are.</source>
        <translation>Quand tu veux.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+14"/>
        <source>Breathing pattern</source>
        <translation>Rythme de respiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length</source>
        <translation>Durée de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaths</source>
        <translation>Respirations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open-ended</source>
        <translation>Sans fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease in from a faster pace</source>
        <translation>Commencer depuis un rythme plus rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start near 10 breaths a minute and slow down over the first minute.</source>
        <translation>Commencer vers 10 respirations par minute et ralentir pendant la première minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pattern:</source>
        <translation>&amp;Schéma&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="-23"/>
        <source>Breathing pacer</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space starts or pauses, Escape stops.</source>
        <translation>Espace lance ou met en pause, Échap arrête.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Progress through this part of the breath</source>
        <translation>Avancée dans cette partie de la respiration</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-18"/>
        <source>Retry sound</source>
        <translation>Réessayer le son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space starts, pauses and resumes</source>
        <translation>Espace démarre, met en pause et reprend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc stops</source>
        <translation>Échap arrête</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Breathe normally</source>
        <translation>Respirer normalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you feel dizzy, tingly, or any discomfort in your chest, stop and breathe normally.</source>
        <translation>Si tu as la tête qui tourne, des fourmillements ou une gêne dans la poitrine, arrête et respire normalement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit patterns…</source>
        <translation>Modifier les rythmes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} breaths a minute · in : out {ratio}</source>
        <translation>{rate} respirations par minute · insp.&#xa0;: exp. {ratio}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breath out is not longer than the breath in, so this may calm less.</source>
        <translation>L&apos;expiration n&apos;est pas plus longue que l&apos;inspiration, donc ce rythme apaise peut-être moins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> breaths</source>
        <translation> respirations</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="+70"/>
        <source>Paused. Press Space to go on.</source>
        <translation>En pause. Appuie sur Espace pour continuer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Breathe in your own way now, nothing to follow. If you felt dizzy or tingly, sit and rest a moment; it passes.</source>
        <translation>Respire à ta façon maintenant, il n&apos;y a rien à suivre. Si tu as eu la tête qui tourne ou des fourmillements, assieds-toi et repose-toi un instant&#xa0;; ça passe.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-27"/>
        <source>{n} s left</source>
        <translation>encore {n} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} breaths a minute</source>
        <translation>{rate} respirations par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{elapsed} of {total}</source>
        <translation>{elapsed} sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phase}, {n} seconds</source>
        <translation>{phase}, {n} secondes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/breathe/pacer_view.py" line="+122"/>
        <source>This session cannot be saved to your log: {reason}</source>
        <translation>Cette séance ne peut pas être enregistrée dans ton journal&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That is the whole session. Let your breath find its own pace.</source>
        <translation>C&apos;est toute la séance. Laisse ta respiration trouver son propre rythme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. You can start again whenever you like.</source>
        <translation>Arrêté. Tu peux recommencer quand tu veux.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The end of this session could not be saved: {reason}</source>
        <translation>La fin de cette séance n&apos;a pas pu être enregistrée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../../companion/ui/breathe/pattern_editor.py" line="+83"/>
        <source>Your breathing patterns</source>
        <translation>Tes rythmes de respiration</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your patterns</source>
        <translation>Tes rythmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New pattern</source>
        <translation>Nouveau rythme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For example: Evening calm</source>
        <translation>Par exemple&#xa0;: Calme du soir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathe in</source>
        <translation>Inspirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-up breath in</source>
        <translation>Petite inspiration en plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing in</source>
        <translation>Retenir après l&apos;inspiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest after breathing out</source>
        <translation>Repos après l&apos;expiration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A short second breath in on top of the first, 0.5 to 5 seconds.</source>
        <translation>Une courte deuxième inspiration par-dessus la première, de 0,5 à 5 secondes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note about this pattern</source>
        <translation>Remarque sur ce rythme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with this pattern</source>
        <translation>Problème avec ce rythme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save pattern</source>
        <translation>Enregistrer le rythme</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the pattern a name.</source>
        <translation>Donne un nom à ce rythme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A preset already has that name; please choose another.</source>
        <translation>Un modèle porte déjà ce nom&#xa0;; choisis-en un autre, s&apos;il te plaît.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You already have a pattern called “{name}”.</source>
        <translation>Tu as déjà un rythme appelé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{cycle} s per breath · {rate} breaths a minute · in : out {ratio} · written {spec}</source>
        <translation>{cycle} s par respiration · {rate} respirations par minute · insp.&#xa0;: exp. {ratio} · noté {spec}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The breath out ({exhale} s) is not longer than the breath in ({inhale} s). A breath out that is longer than the breath in is what helps the body slow down, so this pattern may feel less calming.</source>
        <translation>L&apos;expiration ({exhale} s) n&apos;est pas plus longue que l&apos;inspiration ({inhale} s). C&apos;est une expiration plus longue que l&apos;inspiration qui aide le corps à ralentir, donc ce rythme apaise peut-être moins.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{name}” is back.</source>
        <translation>«&#xa0;{name}&#xa0;» est de retour.</translation>
    </message>
</context>
<context>
    <name>PatternProblem</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+177"/>
        <source>A phase length must be a number of seconds.</source>
        <translation>La durée d&apos;une phase doit être un nombre de secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase length must be a real number of seconds.</source>
        <translation>La durée d&apos;une phase doit être un vrai nombre de secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use steps of a tenth of a second (got {seconds}).</source>
        <translation>Utilise des pas d&apos;un dixième de seconde ({seconds} ne convient pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of phase.</source>
        <translation>Ce type de phase n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase cannot last less than zero seconds.</source>
        <translation>Une phase ne peut pas durer moins de zéro seconde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {word} must last {low} to {high} seconds (this one is {seconds}).</source>
        <translation>{word}&#xa0;: de {low} à {high} secondes (ici, {seconds}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern is a sequence of phases.</source>
        <translation>Un rythme est une suite de phases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A breath goes: in, optional top-up, optional hold, out, optional rest.</source>
        <translation>Une respiration se fait ainsi&#xa0;: inspiration, petite inspiration en plus si tu veux, rétention si tu veux, expiration, repos si tu veux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole breath must take {low} to {high} seconds (this one takes {seconds}).</source>
        <translation>Une respiration complète dure de {low} à {high} secondes (celle-ci dure {seconds}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a number of seconds. Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre de secondes. Écris un rythme avec 2 à 4 nombres de secondes&#xa0;: inspiration, rétention, expiration, repos, par exemple 4-6, 4-7-8 ou 4-0-6-0. Ajoute une petite inspiration en plus avec +, par exemple 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use steps of a tenth of a second, like 4.5 (not {text}).</source>
        <translation>Utilise des pas d&apos;un dixième de seconde, par exemple 4,5 (pas {text}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern must be text, like 4-6.</source>
        <translation>Un rythme s&apos;écrit en texte, par exemple 4-6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pattern is empty. Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>Le rythme est vide. Écris un rythme avec 2 à 4 nombres de secondes&#xa0;: inspiration, rétention, expiration, repos, par exemple 4-6, 4-7-8 ou 4-0-6-0. Ajoute une petite inspiration en plus avec +, par exemple 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That pattern is too long. Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>Ce rythme est trop long. Écris un rythme avec 2 à 4 nombres de secondes&#xa0;: inspiration, rétention, expiration, repos, par exemple 4-6, 4-7-8 ou 4-0-6-0. Ajoute une petite inspiration en plus avec +, par exemple 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a pattern as 2 to 4 numbers of seconds: in, hold, out, rest, like 4-6, 4-7-8 or 4-0-6-0. Add a short top-up breath with +, like 3+1-8.</source>
        <translation>Écris un rythme avec 2 à 4 nombres de secondes&#xa0;: inspiration, rétention, expiration, repos, par exemple 4-6, 4-7-8 ou 4-0-6-0. Ajoute une petite inspiration en plus avec +, par exemple 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one top-up breath can follow the breath in, like 3+1-8.</source>
        <translation>Une seule petite inspiration en plus peut suivre l&apos;inspiration, par exemple 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A top-up breath (+) can only follow the breath in, like 3+1-8.</source>
        <translation>Une petite inspiration en plus (+) ne peut suivre que l&apos;inspiration, par exemple 3+1-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pattern must be text, like exhale-4-6 or 4-6.</source>
        <translation>Un rythme s&apos;écrit en texte, par exemple exhale-4-6 ou 4-6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} The presets are: {names}.</source>
        <translation>{problem} Les rythmes proposés sont&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breath in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-up breath</source>
        <translation>Petite inspiration en plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breath out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>Repos</translation>
    </message>
</context>
<context>
    <name>PausePlan</name>
    <message>
        <location filename="../../companion/ui/shell/plan_texts.py" line="+33"/>
        <location line="+6"/>
        <location filename="../../build/i18n/extra_strings.py" line="-87"/>
        <location line="+5"/>
        <location line="+42"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No messages during a pause</source>
        <translation>Pas de message pendant une pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One short message halfway</source>
        <translation>Un court message à mi-parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A message only if it is needed</source>
        <translation>Un message seulement si c&apos;est nécessaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The one who asked for the pause</source>
        <translation>La personne qui a demandé la pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The one who stayed</source>
        <translation>La personne qui est restée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever is ready first</source>
        <translation>La première personne prête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rather not say</source>
        <translation>Je préfère ne pas le dire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to push to sort it out</source>
        <translation>J&apos;ai tendance à insister pour régler les choses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I tend to go quiet</source>
        <translation>J&apos;ai tendance à me taire</translation>
    </message>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-59"/>
        <source>Name (optional)</source>
        <translation>Prénom (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a fight</source>
        <translation>Dans une dispute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where I go</source>
        <translation>Où je vais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I do during a pause:</source>
        <translation>Ce que je fais pendant une pause&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something of my own, e.g. music, a shower</source>
        <translation>Autre chose qui m&apos;aide, par exemple de la musique, une douche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something of my own</source>
        <translation>Autre chose qui m&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to:</source>
        <translation>Lieu de pause&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a pause:</source>
        <translation>Pendant une pause&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not filled in yet</source>
        <translation>Pas encore rempli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gesture</source>
        <translation>un geste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a word</source>
        <translation>un mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pause usually lasts</source>
        <translation>Une pause dure en général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never longer than</source>
        <translation>Jamais plus de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages during a pause</source>
        <translation>Messages pendant une pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the return time, who reaches out</source>
        <translation>À l&apos;heure du retour, qui fait le premier pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either of us may call a pause. Taking one is keeping our agreement, not leaving, and we come back at the time we said.</source>
        <translation>L&apos;un comme l&apos;autre peut demander une pause. En prendre une, c&apos;est tenir notre accord, pas s&apos;en aller, et nous revenons à l&apos;heure convenue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Our pause plan</source>
        <translation>Notre plan de pause</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Made together, when we were both calm.</source>
        <translation>Fait ensemble, quand nous étions calmes tous les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our signal</source>
        <translation>Notre signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner A</source>
        <translation>Partenaire A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner B</source>
        <translation>Partenaire B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we come back</source>
        <translation>Comment nous revenons</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A pause works best when it lasts at least {shortest}: that is how long a body needs to settle.</source>
        <translation>Une pause aide le mieux quand elle dure au moins {shortest}&#xa0;: c&apos;est le temps qu&apos;il faut au corps pour se calmer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest pause should be at least {shortest}, so there is time to settle.</source>
        <translation>La pause la plus longue devrait durer au moins {shortest}, pour laisser le temps de se calmer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>A pause should end within {longest}; longer starts to feel like being shut out.</source>
        <translation>Une pause devrait durer {longest} au plus&#xa0;; au-delà, elle commence à ressembler à une porte fermée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longest pause is shorter than the usual one. Make it at least as long.</source>
        <translation>La pause la plus longue est plus courte que la pause habituelle. Donnez-lui au moins la même durée.</translation>
    </message>
</context>
<context>
    <name>PlanChecklist</name>
    <message>
        <location filename="../../companion/ui/pause/plan_checklist.py" line="+24"/>
        <source>Your plan:</source>
        <translation>Ton plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That change to your plan could not be saved, so it is shown as before: {problem}
Try again in a moment.</source>
        <translation>Cette modification de ton plan n&apos;a pas pu être enregistrée, il est donc affiché comme avant&#xa0;: {problem}
Réessaie dans un instant.</translation>
    </message>
</context>
<context>
    <name>PlanHook</name>
    <message>
        <location filename="../../companion/ui/pause/plan_hook.py" line="+48"/>
        <source>“{signal}”: that&apos;s our word for a pause, as we agreed. {sentence}</source>
        <translation>«&#xa0;{signal}&#xa0;»&#xa0;: c&apos;est notre mot pour une pause, comme convenu. {sentence}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Our words: {opener}</source>
        <translation>Nos mots&#xa0;: {opener}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As we agreed in our plan:</source>
        <translation>Comme convenu dans notre plan&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlanItem</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="+1"/>
        <source>Take a short walk</source>
        <translation>Faire une petite marche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe with the pacer</source>
        <translation>Respirer avec le guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drink a glass of water</source>
        <translation>Boire un verre d&apos;eau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground yourself: feet on the floor, name what you see</source>
        <translation>Revenir au sol&#xa0;: les pieds par terre, nommer ce que tu vois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something warm or cold: a warm mug, cool water on your face</source>
        <translation>Quelque chose de chaud ou de froid&#xa0;: une tasse chaude, de l&apos;eau fraîche sur le visage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the argument rest: no rehearsing what to say</source>
        <translation>Laisser la dispute de côté&#xa0;: ne pas répéter ce que tu vas dire</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../companion/ui/plan/plan_page.py" line="+62"/>
        <location line="+230"/>
        <source>Our pause plan</source>
        <translation>Notre plan de pause</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Make this together, when you&apos;re both calm. Every part is optional and you can change it later. In a fight, each break then starts from what you agree here.</source>
        <translation>Faites-le ensemble, quand vous êtes calmes tous les deux. Chaque partie est facultative et vous pourrez la changer plus tard. Pendant une dispute, chaque pause partira ensuite de ce que vous aurez convenu ici.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1. Our signal for a pause</source>
        <translation>1. Notre signal pour une pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word or a gesture either of us may use</source>
        <translation>Un mot ou un geste que l&apos;un comme l&apos;autre peut utiliser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signal is</source>
        <translation>Le signal est</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word we say</source>
        <translation>un mot que nous disons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gesture we make</source>
        <translation>un geste que nous faisons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. A pause usually lasts</source>
        <translation>2. Une pause dure en général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and never longer than</source>
        <translation>et jamais plus de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Messages during a pause</source>
        <translation>3. Messages pendant une pause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>4. At the return time, who reaches out</source>
        <translation>4. À l&apos;heure du retour, qui fait le premier pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and how</source>
        <translation>et comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a knock on the door, a short call</source>
        <translation>par exemple frapper à la porte, un petit appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Each of us (names and tendencies only if you like):</source>
        <translation>5. Chacun de nous (prénoms et tendances seulement si vous le souhaitez)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner A</source>
        <translation>Partenaire A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner B</source>
        <translation>Partenaire B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>6. How we start again</source>
        <translation>6. Comment nous reprenons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick words you both like, or write your own</source>
        <translation>Choisissez des mots qui vous plaisent à tous les deux, ou écrivez les vôtres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save our plan</source>
        <translation>Enregistrer notre plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print or save as PDF…</source>
        <translation>Imprimer ou enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as picture (PNG)…</source>
        <translation>Enregistrer en image (PNG)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The saved plan could not be read. Saving here replaces it.</source>
        <translation>Le plan enregistré n&apos;a pas pu être lu. L&apos;enregistrer ici le remplacera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan could not be saved: {problem}. Everything is still here.</source>
        <translation>Le plan n&apos;a pas pu être enregistré&#xa0;: {problem}. Tout est toujours là.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. Each break now starts from this plan.</source>
        <translation>Enregistré. Chaque pause part désormais de ce plan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>our-pause-plan</source>
        <translation>notre-plan-de-pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the card as PDF</source>
        <translation>Enregistrer la carte en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the card as PNG</source>
        <translation>Enregistrer la carte en PNG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The card could not be saved in {folder}.</source>
        <translation>La carte n&apos;a pas pu être enregistrée dans {folder}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card could not be saved as {path}.</source>
        <translation>La carte n&apos;a pas pu être enregistrée sous {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card is saved as {path}. Open it to print.</source>
        <translation>La carte est enregistrée sous {path}. Ouvrez-la pour l&apos;imprimer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The card was sent to the printer.</source>
        <translation>La carte a été envoyée à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../companion/ui/pause/progress_ring.py" line="+90"/>
        <source>Time left: {time}</source>
        <translation>Temps restant&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>QuickCheckin</name>
    <message>
        <location filename="../../companion/ui/pause/quick_checkin.py" line="+32"/>
        <source>How you feel: state and strength</source>
        <translation>Ce que tu ressens&#xa0;: état et intensité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calm enough to talk and listen</source>
        <translation>Assez calme pour parler et écouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot, tense, wanting to push or win</source>
        <translation>Chaleur, tension, envie d&apos;insister ou de gagner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restless, racing, wanting to leave</source>
        <translation>Agitation, pensées qui s&apos;emballent, envie de partir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numb, heavy, words won&apos;t come</source>
        <translation>Engourdissement, lourdeur, les mots ne viennent pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wanting to smooth it over, saying yes while feeling no</source>
        <translation>Envie d&apos;arrondir les angles, dire oui en ressentant non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>How strong (1 gentle, 5 very strong):</source>
        <translation>Quelle intensité (1 légère, 5 très forte)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strength {n} of 5</source>
        <translation>Intensité {n} sur 5</translation>
    </message>
</context>
<context>
    <name>ReturnView</name>
    <message>
        <location filename="../../companion/ui/pause/return_view.py" line="+68"/>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your return time passed while Companion was closed. That&apos;s all right: you&apos;re here now, and that counts.</source>
        <translation>Ton heure de retour est passée pendant que Companion était fermé. Ce n&apos;est pas grave&#xa0;: tu es là maintenant, et c&apos;est ce qui compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How are you now?</source>
        <translation>Comment te sens-tu maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A gentle way to start again:</source>
        <translation>Une façon douce de reprendre&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No break is running.</source>
        <translation>Aucune pause en cours.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You said you&apos;d be back at {time}.</source>
        <translation>Tu avais dit que tu reviendrais à {time}.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Instead of “{protest}”, try: “{need}”</source>
        <translation>Au lieu de «&#xa0;{protest}&#xa0;», essaie&#xa0;: «&#xa0;{need}&#xa0;»</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Other words</source>
        <translation>D&apos;autres mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show other words to start again</source>
        <translation>Montrer d&apos;autres mots pour reprendre la discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the words to start again</source>
        <translation>Copier les mots pour reprendre la discussion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet: back to my countdown</source>
        <translation>Pas encore&#xa0;: retour à mon compte à rebours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the break</source>
        <translation>Terminer la pause</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What you wrote while you waited: “{draft}”</source>
        <translation>Ce que tu as écrit pendant l&apos;attente&#xa0;: «&#xa0;{draft}&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your partner said they&apos;d be back at {time}.</source>
        <translation>Ton ou ta partenaire a dit revenir à {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied. You can paste it into a message.</source>
        <translation>Copié. Tu peux le coller dans un message.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your return could not be saved yet, so the break is still open: {problem}
How you feel is still here. Press Finish again in a moment.</source>
        <translation>Ton retour n&apos;a pas encore pu être enregistré, la pause reste donc ouverte&#xa0;: {problem}
Ce que tu ressens est toujours là. Appuie de nouveau sur «&#xa0;Terminer la pause&#xa0;» dans un instant.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before the break: {state}, {n} of 5.</source>
        <translation>Avant la pause&#xa0;: {state}, {n} sur 5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now: {state}, {n} of 5.</source>
        <translation>Maintenant&#xa0;: {state}, {n} sur 5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You&apos;ve come back to settled. The break helped.</source>
        <translation>Te revoilà au calme. La pause a aidé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmer than before. Your body is settling.</source>
        <translation>Plus calme qu&apos;avant. Ton corps s&apos;apaise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the same as before. Go gently, or take a little more time.</source>
        <translation>À peu près comme avant. Vas-y en douceur, ou prends encore un peu de temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stronger than before. It&apos;s fine to ask for more time before you talk.</source>
        <translation>Plus fort qu&apos;avant. Tu as le droit de demander plus de temps avant de parler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different state from before, about as strong.</source>
        <translation>Un autre état qu&apos;avant, à peu près aussi fort.</translation>
    </message>
</context>
<context>
    <name>SaidWords</name>
    <message>
        <location filename="../../companion/ui/pause/said_words.py" line="+44"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy these words, to send them as a message</source>
        <translation>Copier ces mots pour les envoyer dans un message</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What you said when asking for more time:</source>
        <translation>Ce que tu as dit en demandant plus de temps&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you said when you left:</source>
        <translation>Ce que tu as dit en partant&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy: {words}</source>
        <translation>Copier&#xa0;: {words}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. You can paste it into a message.</source>
        <translation>Copié. Tu peux le coller dans un message.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Earlier words ({n})</source>
        <translation>Mots précédents ({n})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../companion/ui/shell/settings_dialog.py" line="+58"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Put every setting here back as it was at first (until OK)</source>
        <translation>Remettre tous ces réglages comme au départ (appliqué avec OK)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reduce motion (no growing and shrinking)</source>
        <translation>&amp;Réduire les animations (ni agrandissement ni rétrécissement)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twenty minutes or more gives the body time to calm down.</source>
        <translation>Vingt minutes ou plus laissent au corps le temps de se calmer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;break length:</source>
        <translation>Durée de &amp;pause habituelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;mind me to practise each day</source>
        <translation>&amp;Me rappeler de m&apos;exercer chaque jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;At:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder comes while Companion is running, and not on days you have already practised.</source>
        <translation>Le rappel arrive pendant que Companion est ouvert, et pas les jours où tu as déjà pratiqué.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start at login</source>
        <translation>Lancement à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart Companion when I log in</source>
        <translation>&amp;Lancer Companion à l&apos;ouverture de ma session</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../companion/ui/pause/share_dialog.py" line="+59"/>
        <source>Save the return time to a calendar file</source>
        <translation>Enregistrer l&apos;heure de retour dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Share the return time</source>
        <translation>Partager l&apos;heure de retour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your partner can scan this with a phone camera, or open the calendar file, to see when you&apos;ll be back. Nothing is sent anywhere.</source>
        <translation>Ton ou ta partenaire peut scanner ce code avec l&apos;appareil photo d&apos;un téléphone, ou ouvrir le fichier d&apos;agenda, pour savoir quand tu reviens. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QR code of the words below</source>
        <translation>Code QR du message ci-dessous</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show as QR code</source>
        <translation>Afficher en code QR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to calendar…</source>
        <translation>Ajouter à l&apos;agenda…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>I&apos;ll be back at {time}.</source>
        <translation>Je reviens à {time}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back together</source>
        <translation>De nouveau ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your partner will be back in 5 minutes</source>
        <translation>Ton ou ta partenaire revient dans 5 minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>return-time.ics</source>
        <translation>heure-de-retour.ics</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar file could not be saved: {reason}</source>
        <translation>Le fichier d&apos;agenda n&apos;a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>SoundOutput</name>
    <message>
        <location filename="../../companion/audio/messages.py" line="+33"/>
        <source>Sound is off because the PortAudio sound library is missing. Install it (on Debian or Ubuntu: sudo apt install libportaudio2), then press Retry.</source>
        <extracomment>The translation context of every message below; ``status_message`` translates with it.</extracomment>
        <translation>Le son est coupé car la bibliothèque audio PortAudio est absente. Installe-la (sous Debian ou Ubuntu&#xa0;: sudo apt install libportaudio2), puis appuie sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is off because no speakers or headphones were found. Connect some, then press Retry.</source>
        <translation>Le son est coupé car aucun haut-parleur ni casque n&apos;a été trouvé. Branches-en un, puis appuie sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound is off because the chosen sound device is not available. Choose another one, or connect it and press Retry.</source>
        <translation>Le son est coupé car le périphérique audio choisi n&apos;est pas disponible. Choisis-en un autre, ou branche-le et appuie sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is off because the sound device could not be opened ({detail}). Choose another device or press Retry.</source>
        <translation>Le son est coupé car le périphérique audio n&apos;a pas pu être ouvert ({detail}). Choisis un autre périphérique ou appuie sur «&#xa0;Réessayer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound stopped because the sound device went away. Reconnect it or choose another, then press Retry. The breathing guide carries on without sound.</source>
        <translation>Le son s&apos;est arrêté car le périphérique audio a disparu. Rebranche-le ou choisis-en un autre, puis appuie sur «&#xa0;Réessayer&#xa0;». Le guide de respiration continue sans le son.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is paused because the sound system is not answering. The breathing guide carries on, and sound comes back by itself when the system answers again.</source>
        <translation>Le son est en pause car le système audio ne répond pas. Le guide de respiration continue, et le son reviendra tout seul dès que le système répondra de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reason given</source>
        <extracomment>Stands in for the device&apos;s own words when it gave none.</extracomment>
        <translation>aucune raison indiquée</translation>
    </message>
</context>
<context>
    <name>SoundSettings</name>
    <message>
        <location filename="../../companion/ui/shell/sound_settings.py" line="+54"/>
        <source>Play sound cues with the breathing guide</source>
        <translation>Jouer des signaux sonores avec le guide de respiration</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Soft tones (rise in, fall out)</source>
        <translation>Sons doux (montent à l&apos;inspiration, descendent à l&apos;expiration)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bells (high in, low out)</source>
        <translation>Cloches (aiguë à l&apos;inspiration, grave à l&apos;expiration)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breath sounds</source>
        <translation>Bruits de souffle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silent</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound style</source>
        <translation>Type de son</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Mark in and out by taps too (one in, two out)</source>
        <translation>Marquer aussi les phases par des tapotements (un pour inspirer, deux pour expirer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Helps to follow with eyes closed: the taps count the phase for you.</source>
        <translation>Aide à suivre les yeux fermés&#xa0;: les tapotements comptent la phase pour toi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Sound device</source>
        <translation>Périphérique audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test sound</source>
        <translation>Tester le son</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Style</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>System default</source>
        <translation>Réglage du système</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The sound skipped %n time(s). If that is distracting, try another device.</source>
        <translation>
            <numerusform>Le son a sauté %n fois. Si cela te gêne, essaie un autre périphérique.</numerusform>
            <numerusform>Le son a sauté %n fois. Si cela te gêne, essaie un autre périphérique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <location filename="../../companion/ui/shell/labels.py" line="+72"/>
        <source>Another program is using Companion&apos;s data right now, so nothing was changed. Close it and try again.</source>
        <extracomment>The translation context of the presets&apos; names. The core keeps their English names (stored in the practice log; packaging/extract_strings.py lists them for the translation tools). The translation context of the situation and tag labels of ``companion.core.states`` (the history&apos;s, where they were first translated; packaging/extract_strings.py lists them). The translation context of a pattern&apos;s problems (``companion.core.breath_pattern``).</extracomment>
        <translation>Un autre programme utilise en ce moment les données de Companion, donc rien n&apos;a été modifié. Ferme-le et réessaie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein, donc rien n&apos;a été modifié. Libère un peu de place et réessaie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Companion&apos;s data folder cannot be written to, so nothing was changed.</source>
        <translation>Impossible d&apos;écrire dans le dossier de données de Companion, donc rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something saved already has this name, so nothing was changed. Choose another name.</source>
        <translation>Un élément enregistré porte déjà ce nom, donc rien n&apos;a été modifié. Choisis un autre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This could not be saved, so nothing was changed. Try again in a moment.</source>
        <translation>Cela n&apos;a pas pu être enregistré, donc rien n&apos;a été modifié. Réessaie dans un instant.</translation>
    </message>
</context>
<context>
    <name>TimeEntry</name>
    <message>
        <location filename="../../companion/ui/pause/time_input.py" line="+86"/>
        <source>Your own length or time:</source>
        <translation>Ta propre durée ou heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or type a length or a time: 1h 15m, 19:30</source>
        <translation>ou tape une durée ou une heure&#xa0;: 1h 15m, 19:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the break, or the time to be back</source>
        <translation>Durée de la pause, ou heure de retour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes, tomorrow</source>
        <translation>Oui, demain</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That time has already passed today. Be back at {time}?</source>
        <translation>Cette heure est déjà passée aujourd&apos;hui. Retour à {time}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WaitingCountdown</name>
    <message>
        <location filename="../../companion/ui/pause/waiting_view.py" line="+92"/>
        <source>They named a time, so this pause is a promise to come back, not a goodbye. They are stepping away so the two of you can talk better, not to leave you.</source>
        <translation>Iel a donné une heure&#xa0;: cette pause est une promesse de revenir, pas un adieu. Iel s&apos;éloigne pour que vous puissiez mieux vous parler, pas pour te quitter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write it here instead of sending it:</source>
        <translation>Écris-le ici au lieu de l&apos;envoyer&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you want to say</source>
        <translation>Ce que tu veux dire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it here</source>
        <translation>Le garder ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on this computer only (Ctrl+Enter)</source>
        <translation>Enregistré sur cet ordinateur seulement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept here, for when they are back:</source>
        <translation>Gardé ici, pour son retour&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you kept here</source>
        <translation>Ce que tu as gardé ici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If they ask for more time:</source>
        <translation>Si iel demande plus de temps&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+10 min</source>
        <translation>+10 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+20 min</source>
        <translation>+20 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their new message</source>
        <translation>Son nouveau message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or paste their new message</source>
        <translation>ou colle son nouveau message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the new time</source>
        <translation>Trouver la nouvelle heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the new time</source>
        <translation>Prendre la nouvelle heure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop waiting</source>
        <translation>Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this wait; it is recorded as called off</source>
        <translation>Mettre fin à cette attente&#xa0;; elle est notée comme annulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathe</source>
        <translation>Respirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They&apos;re back</source>
        <translation>Iel est de retour</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>They said they&apos;d be back at {time}</source>
        <translation>Iel a dit revenir à {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your partner said they would be back about now. Give them a little time; a few minutes either way is all right.</source>
        <translation>Ton ou ta partenaire a dit revenir à peu près maintenant. Laisse-lui un peu de temps&#xa0;; quelques minutes de plus ou de moins, ce n&apos;est pas grave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nearly time. Let your breath slow down before they come back.</source>
        <translation>C&apos;est presque l&apos;heure. Laisse ta respiration ralentir avant son retour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>While you wait:
• Let your messages wait here: no following, no texting again.
• Do something that takes your attention: a walk, a task, music.
• Breathe with a longer breath out.
• The time is set: {time}. You don&apos;t need to check.</source>
        <translation>Pendant l&apos;attente&#xa0;:
• Laisse tes messages attendre ici&#xa0;: ne le ou la suis pas, ne réécris pas.
• Fais quelque chose qui occupe ton attention&#xa0;: une marche, une tâche, de la musique.
• Respire avec une expiration plus longue.
• L&apos;heure est fixée&#xa0;: {time}. Tu n&apos;as pas besoin de vérifier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not kept yet: {problem}</source>
        <translation>Pas encore gardé&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New time: back at {time}. Use it?</source>
        <translation>Nouvelle heure&#xa0;: retour à {time}. La prendre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WaitingService</name>
    <message>
        <location filename="../../build/i18n/extra_strings.py" line="-191"/>
        <source>Paste the message your partner sent, or type the time they gave.</source>
        <translation>Colle le message de ton ou ta partenaire, ou tape l&apos;heure qu&apos;iel a donnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message has more than one time in it, so Companion won&apos;t guess. Type the time your partner said they&apos;d be back, like 19:30 or 20 min.</source>
        <translation>Ce message contient plus d&apos;une heure, alors Companion ne devine pas. Tape l&apos;heure de retour que ton ou ta partenaire a donnée, comme 19:30 ou 20 min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return time found in this message. Type the time your partner said they&apos;d be back, like 19:30 or 20 min.</source>
        <translation>Aucune heure de retour trouvée dans ce message. Tape l&apos;heure de retour que ton ou ta partenaire a donnée, comme 19:30 ou 20 min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your partner is nearly back</source>
        <translation>Ton ou ta partenaire revient bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} until {time}, the time your partner said they&apos;d be back.</source>
        <translation>Encore {amount} jusqu&apos;à {time}, l&apos;heure de retour donnée par ton ou ta partenaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It&apos;s about {time}</source>
        <translation>Il est environ {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your partner said they&apos;d be back about now. Give them a moment; a few minutes either way is all right.</source>
        <translation>Ton ou ta partenaire a dit revenir à peu près maintenant. Laisse-lui un moment&#xa0;; quelques minutes de plus ou de moins, ce n&apos;est pas grave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} could not be read: {reason}</source>
        <translation>Le fichier {name} n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No return time found in this file. Type the time instead.</source>
        <translation>Aucune heure de retour trouvée dans ce fichier. Tape plutôt l&apos;heure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time has already passed.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That time is more than a day away.</source>
        <translation>Cette heure est à plus d&apos;un jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That isn&apos;t later than {time}, the time already set.</source>
        <translation>Ce n&apos;est pas plus tard que {time}, l&apos;heure déjà fixée.</translation>
    </message>
</context>
<context>
    <name>WaitingSetup</name>
    <message>
        <location filename="../../companion/ui/pause/waiting_setup.py" line="+50"/>
        <source>Your partner is taking a break</source>
        <translation>Ton ou ta partenaire fait une pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pause with a time is a promise to come back, not a goodbye. Set the time they gave, and Companion keeps it with you.</source>
        <translation>Une pause avec une heure est une promesse de revenir, pas un adieu. Indique l&apos;heure donnée, et Companion la garde avec toi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When did they say they&apos;d be back?</source>
        <translation>À quelle heure iel a dit revenir&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>like 19:30 or 20 min</source>
        <translation>comme 19:30 ou 20 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When your partner will be back</source>
        <translation>Quand ton ou ta partenaire revient</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this time</source>
        <translation>Prendre cette heure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Or paste the message they sent:</source>
        <translation>Ou colle le message reçu&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your partner&apos;s message</source>
        <translation>Le message de ton ou ta partenaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the time</source>
        <translation>Trouver l&apos;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the return time in the message (Ctrl+Enter)</source>
        <translation>Trouver l&apos;heure de retour dans le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calendar file…</source>
        <translation>Ouvrir un fichier d&apos;agenda…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A calendar file your partner shared; or drop it here</source>
        <translation>Un fichier d&apos;agenda partagé par ton ou ta partenaire&#xa0;; ou dépose-le ici</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Open a calendar file</source>
        <translation>Ouvrir un fichier d&apos;agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the time they gave, or paste their message.</source>
        <translation>Tape l&apos;heure donnée, ou colle son message.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A break is already running.</source>
        <translation>Une pause est déjà en cours.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Back at {time}, {amount} from now.</source>
        <translation>Retour à {time}, dans {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back at {time}.</source>
        <translation>Retour à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from “{words}”.</source>
        <translation>Lu dans «&#xa0;{words}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this time?</source>
        <translation>Prendre cette heure&#xa0;?</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../companion/ui/shell/welcome.py" line="+33"/>
        <source>Where would you like to start?</source>
        <translation>Par quoi veux-tu commencer&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I need a break now</source>
        <translation>J&apos;ai besoin d&apos;une pause maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go straight to starting a break</source>
        <translation>Commencer tout de suite une pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make our pause plan together</source>
        <translation>Faire ensemble notre plan de pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a calm moment: agree how you will pause, then print it</source>
        <translation>Pour un moment calme&#xa0;: convenez ensemble de vos pauses, puis imprimez le plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe for a few minutes</source>
        <translation>Respirer quelques minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breaks are for heated talks between people who are safe with each other. If there is abuse or you are in danger, a break is not the tool: go somewhere safe and get help. &lt;a href=&quot;help&quot;&gt;Read more in Help&lt;/a&gt;.</source>
        <translation>Les pauses servent aux discussions tendues entre personnes qui sont en sécurité l&apos;une avec l&apos;autre. S&apos;il y a des violences ou si tu es en danger, une pause n&apos;est pas le bon outil&#xa0;: mets-toi en sécurité et demande de l&apos;aide. &lt;a href=&quot;help&quot;&gt;En savoir plus dans l&apos;Aide&lt;/a&gt;.</translation>
    </message>
</context>
</TS>
